/* Scene heading analysis: INT/EXT, décor, sous-décor, time of day, scene
 * number, in the English and French forms. */
#ifndef DP_HEADING_H
#define DP_HEADING_H

#include "internal.h"

typedef struct dp__time_match {
    dp_time time;
    bool day_for_night;
    size_t start, end;   /* matched phrase in the folded text */
    size_t words_before; /* words between the range start and the phrase */
} dp__time_hit;

/* Does folded f[a..b) end with a time phrase (after trailing punctuation,
 * parentheticals and a story-day number), preceded by at most three
 * words? With 'exact', nothing may precede the phrase. */
bool dp__time_match(const char *f, size_t a, size_t b, bool exact,
                    dp__time_hit *m);

typedef struct dp__heading {
    char *number;      /* leading "12." / "SÉQ. 12" / NULL */
    dp_int_ext int_ext;
    char *set;         /* upper-cased */
    char *subset;      /* upper-cased, "" when none */
    char *time_text;   /* as written, "" when none */
    dp_time time;
    bool day_for_night;
    bool has_token;    /* an INT/EXT word was found */
    bool token_first;  /* ... at the start of the heading (after a number) */
    bool spelled;      /* ... written INTÉRIEUR, EXTERIOR, ... */
    bool has_time;
    size_t body_start, body_end; /* heading without its number, in bytes */
} dp__heading;

/* Analyses heading text s[0..n) (no "#12#", no forcing '.'). Strings are
 * allocated in 'a'. */
dp_status dp__heading_analyze(dp__arena *a, const char *s, size_t n,
                              dp__heading *out);

/* The Fountain rule: starts with INT, EXT, EST, INT./EXT, INT/EXT, I/E
 * (any case; also Cyrillic ИНТ./НАТ.) followed by a dot, space or dash
 * and more text. Returns 1 for a heading, 2 for a near miss the spec
 * rejects (EXT/INT., E/I), 0 otherwise. */
int dp__heading_fountain_prefix(const char *s, size_t n);

/* The French forms (number first, SÉQ., décor first, INTÉRIEUR NUIT),
 * judged on an analysed line s[0..n). */
bool dp__heading_is_french_form(const dp__heading *h, const char *s, size_t n);

#endif
