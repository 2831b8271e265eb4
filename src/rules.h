/* Text rules shared by the readers (Fountain, and the layout classifier of
 * PDF and plain text): is a line a character cue, is it a transition. */
#ifndef DP_RULES_H
#define DP_RULES_H

#include "internal.h"

/* Scratch space for the rules: per-line copies live in 'scratch' (the
 * caller releases it), 'tmp' is reused between calls. */
typedef struct dp__rules {
    dp__arena *scratch;
    dp__buf *tmp;
    bool no_markup; /* the caller knows its texts hold no '*', '_' or '\\' */
} dp__rules;

/* t[0..n) without emphasis markers (t itself when it has none), or NULL
 * when out of memory. */
const char *dp__rule_plain(const dp__rules *r, const char *t, size_t n,
                           size_t *out_len);

/* A character cue: a name with at least one letter and no lower-case
 * letter, then only parenthesised extensions, then an optional '^'
 * ('*dual' is set). Lines ending in ':' and FADE.../CUT... are not. */
bool dp__rule_cue(const dp__rules *r, const char *t, size_t n, bool *dual);

/* A transition: upper case, ending in "TO:", or an English or French
 * transition phrase (FADE OUT., FONDU ENCHAÎNÉ :, COUPE À :...). */
bool dp__rule_transition(const dp__rules *r, const char *t, size_t n);

#endif
