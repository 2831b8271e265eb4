/* The lexicons compiled from data/lexicon/ by tools/lexgen.c, and their
 * lookups. Keys are lower-case, accents kept, words separated by one
 * space. */
#ifndef DP_LEXICON_H
#define DP_LEXICON_H

#include "internal.h"

typedef struct dp__lex_entry {
    const char *key;   /* lemma (nouns, stop), form (verbs, plurals) */
    const char *value; /* flags (nouns), lemma (verbs, plurals) */
    uint16_t category; /* UCI id (nouns, verbs) */
    uint16_t key_len;  /* strlen(key) */
} dp__lex_entry;

typedef struct dp__lex {
    const dp__lex_entry *nouns, *verbs, *stop, *plurals;
    size_t n_nouns, n_verbs, n_stop, n_plurals;
} dp__lex;

typedef enum dp__lang { DP__LANG_EN = 0, DP__LANG_FR = 1 } dp__lang;

/* The lexicon of a language. */
const dp__lex *dp__lexicon(dp__lang lang);
/* The entry whose key is s[0..n), or NULL. */
const dp__lex_entry *dp__lex_find(const dp__lex_entry *table, size_t count,
                                  const char *s, size_t n);
/* Is there a longer key that starts with s[0..n) (a multiword entry to
 * read on)? */
bool dp__lex_extends(const dp__lex_entry *table, size_t count, const char *s, size_t n);
/* dp__lex_find and dp__lex_extends in one search. */
const dp__lex_entry *dp__lex_seek(const dp__lex_entry *table, size_t count, const char *s,
                                  size_t n, bool *extends);
/* Does entry e's flag list (comma-separated) hold 'flag'? */
bool dp__lex_flag(const dp__lex_entry *e, const char *flag);

/* Generated tables (build/gen/lexicon_data.c). */
extern const dp__lex dp__lex_en, dp__lex_fr;

#endif
