/* Cue and transition rules, shared by the Fountain reader and the layout
 * classifier (PDF, plain text). */
#include "rules.h"

#include <string.h>

#define CUE_MAX_BYTES 80

static bool starts_with(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && memcmp(s, lit, m) == 0;
}

const char *dp__rule_plain(const dp__rules *r, const char *t, size_t n,
                           size_t *out_len)
{
    if (r->no_markup || !dp__has_markup(t, n)) {
        *out_len = n;
        return t;
    }
    dp__buf_reset(r->tmp);
    if (dp__strip_emphasis(t, n, r->tmp) != DP_OK)
        return NULL;
    *out_len = r->tmp->len;
    return dp__arena_strndup(r->scratch, r->tmp->data ? r->tmp->data : "", r->tmp->len);
}

static const dp__lit fr_transitions[] = {
    DP__LIT("fondu enchaine"), DP__LIT("fondu au noir"), DP__LIT("fondu en noir"), DP__LIT("fondu au blanc"),
    DP__LIT("fermeture au noir"), DP__LIT("fermeture en fondu"), DP__LIT("fondu en fermeture"),
    DP__LIT("ouverture au noir"), DP__LIT("ouverture en fondu"), DP__LIT("fondu en ouverture"),
    DP__LIT("ouverture a l'iris"), DP__LIT("fermeture a l'iris"), DP__LIT("coupe franche"), DP__LIT("coupe a"),
    DP__LIT("cut"), DP__LIT("enchaine"), DP__LIT("fondu"), DP__LIT("fade out"), DP__LIT("fade to black"), DP__LIT("cut to black"),
    DP__LIT("fade to white"),
};

/* Any ASCII lower-case letter in t[0..n)? (a cheap first test) */
static bool has_ascii_lower(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t[i] >= 'a' && t[i] <= 'z')
            return true;
    return false;
}

/* Folded s[0..n), without trailing ':', '.' and spaces: one of the
 * transition phrases? Short ASCII text is folded on the stack (the
 * folding of ASCII: lower case, a tab is a space). */
static bool is_transition_phrase(const dp__rules *r, const char *s, size_t n)
{
    char small[64];
    const char *f = small;
    size_t e = n;
    bool ascii = n <= sizeof small;
    for (size_t i = 0; ascii && i < n; i++) {
        char c = s[i];
        ascii = (unsigned char)c < 0x80;
        small[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c == '\t' ? ' ' : c;
    }
    if (!ascii) {
        dp__fold fold;
        if (dp__fold_make(r->scratch, s, n, &fold) != DP_OK)
            return false;
        f = fold.text;
        e = fold.len;
    }
    while (e > 0 && (f[e - 1] == ':' || f[e - 1] == '.' || f[e - 1] == ' '))
        e--;
    return dp__lit_in(fr_transitions, DP__COUNT(fr_transitions), f, e);
}

bool dp__rule_transition(const dp__rules *r, const char *t, size_t n)
{
    if (has_ascii_lower(t, n))
        return false;
    size_t pn;
    const char *p = dp__rule_plain(r, t, n, &pn);
    if (!p || !dp__utf8_is_upper_text(p, pn))
        return false;
    size_t a = 0, b = pn;
    dp__trim(p, &a, &b);
    if (b > a && p[b - 1] == ':') {
        size_t e = b - 1;
        dp__trim(p, &a, &e);
        if (e - a >= 2 && memcmp(p + e - 2, "TO", 2) == 0 &&
            (e - a == 2 || p[e - 3] == ' '))
            return true;
    }
    return is_transition_phrase(r, p + a, b - a);
}

/* A character cue: a name with at least one letter and no lower-case
 * letter, then only parenthesised extensions, then an optional '^'. */
bool dp__rule_cue(const dp__rules *r, const char *t, size_t n, bool *dual)
{
    const char *paren = memchr(t, '(', n);
    if (has_ascii_lower(t, paren ? (size_t)(paren - t) : n))
        return false;
    size_t pn;
    const char *p = dp__rule_plain(r, t, n, &pn);
    if (!p)
        return false;
    size_t a = 0, b = pn;
    dp__trim(p, &a, &b);
    *dual = false;
    if (b > a && p[b - 1] == '^') {
        *dual = true;
        b--;
        dp__trim(p, &a, &b);
    }
    const char *open = memchr(p + a, '(', b - a);
    size_t ne = open ? (size_t)(open - p) : b;
    size_t na = a;
    dp__trim(p, &na, &ne);
    if (ne == na || ne - na > CUE_MAX_BYTES)
        return false;
    if (!dp__utf8_is_upper_text(p + na, ne - na))
        return false;
    /* a sentence in capitals, not a name: "A LOCUST LANDS ON HIS GRAVE." */
    size_t words = 1;
    for (size_t w = na; w < ne; w++)
        words += p[w] == ' ' && p[w + 1] != ' ';
    if (words > 6 || (words >= 3 && (p[ne - 1] == '.' || p[ne - 1] == '!' || p[ne - 1] == '?')))
        return false;
    char last = p[ne - 1];
    if (last == ':' || (last == '.' && (starts_with(p + na, ne - na, "FADE") ||
                                        starts_with(p + na, ne - na, "CUT"))))
        return false;
    /* after the name: only (...) groups */
    size_t i = ne;
    while (i < b) {
        if (p[i] == ' ') {
            i++;
            continue;
        }
        if (p[i] != '(')
            return false;
        const char *close = memchr(p + i, ')', b - i);
        if (!close)
            return false;
        i = (size_t)(close - p) + 1;
    }
    return true;
}

