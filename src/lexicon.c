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
        const char *k = table[mid].key;
        int c = strncmp(k, s, n);
        if (c == 0)
            c = k[n] == '\0' ? 0 : 1;
        if (c == 0)
            return &table[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
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
