/* Lexicon lookups: binary search over the generated sorted tables. */
#include "lexicon.h"

#include <string.h>

const dp__lex *dp__lexicon(dp__lang lang) { return lang == DP__LANG_FR ? &dp__lex_fr : &dp__lex_en; }

const dp__lex_entry *dp__lex_find(const dp__lex_entry *table, size_t count, const char *s,
                                  size_t n)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const dp__lex_entry *e = &table[mid];
        size_t kl = e->key_len, m = kl < n ? kl : n, j = 0;
        const unsigned char *k = (const unsigned char *)e->key, *q = (const unsigned char *)s;
        while (j < m && k[j] == q[j])
            j++;
        int c = j < m ? (k[j] < q[j] ? -1 : 1) : kl < n ? -1 : kl > n;
        if (c == 0)
            return e;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const dp__lex_entry *dp__lex_seek(const dp__lex_entry *table, size_t count, const char *s,
                                  size_t n, bool *extends)
{
    size_t lo = 0, hi = count; /* the first key not below s */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const dp__lex_entry *e = &table[mid];
        size_t kl = e->key_len, m = kl < n ? kl : n, j = 0;
        while (j < m && e->key[j] == s[j])
            j++;
        bool below = j < m ? (unsigned char)e->key[j] < (unsigned char)s[j] : kl < n;
        if (below)
            lo = mid + 1;
        else
            hi = mid;
    }
    const dp__lex_entry *exact = NULL;
    *extends = false;
    for (size_t k = lo; k < count && k < lo + 2; k++) {
        if (table[k].key_len == n && memcmp(table[k].key, s, n) == 0)
            exact = &table[k];
        else if (table[k].key_len > n && memcmp(table[k].key, s, n) == 0)
            *extends = true;
    }
    return exact;
}

bool dp__lex_extends(const dp__lex_entry *table, size_t count, const char *s, size_t n)
{
    bool ext;
    (void)dp__lex_seek(table, count, s, n, &ext);
    return ext;
}

bool dp__lex_flag(const dp__lex_entry *e, const char *flag)
{
    size_t fl = strlen(flag);
    for (const char *p = e->value; *p;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == fl && memcmp(p, flag, fl) == 0)
            return true;
        if (!comma)
            break;
        p = comma + 1;
    }
    return false;
}
