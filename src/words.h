/* Words of action text for the tagger: tokens with their shape and
 * position, lower-casing and lemmas (English and French plurals). */
#ifndef DP_WORDS_H
#define DP_WORDS_H

#include "lexicon.h"

typedef enum dp__shape {
    DP__SH_LOWER, /* "beer" */
    DP__SH_TITLE, /* "Steel" */
    DP__SH_CAPS,  /* "BEER", two letters or more, none lower-case */
    DP__SH_OTHER  /* digits, mixed case, single capital "A" */
} dp__shape;

typedef struct dp__tok {
    uint32_t a, b;       /* bytes in the text */
    uint8_t shape;       /* dp__shape */
    bool word;           /* letters or digits (else punctuation) */
    bool number;         /* all digits */
    bool sent_start;     /* first word of a sentence */
    bool elision;        /* French l' d' qu' ... (split from the word after) */
    char punct;          /* punctuation: its first byte */
    char *low;           /* lower-case form (words; "" for punctuation), in the arena */
    char *lemma;         /* lemma of 'low' (words; "" for punctuation) */
    uint32_t low_len, lemma_len;
} dp__tok;

typedef struct dp__toks {
    dp__tok *t;
    size_t n, cap;
} dp__toks;

/* Splits s[0..n) into tokens (appending to 'out'), with lower-case forms
 * and lemmas allocated in 'a'. */
dp_status dp__tokenize(dp__arena *a, const dp__lex *lex, dp__lang lang, const char *s,
                       size_t n, dp__toks *out);

/* The lemma of lower-case word w[0..n): an irregular plural from the
 * lexicon, else the first rule-made singular the noun lexicon knows, else
 * the best rule-made singular, else the word. Allocated in 'a'. */
char *dp__lemma(dp__arena *a, const dp__lex *lex, dp__lang lang, const char *w, size_t n,
                uint32_t *len);

#endif
