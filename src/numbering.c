/* Scene numbers. A written number (#12A#, "12." prefix) is kept. Others
 * follow the previous scene: its number + 1 when that is free ("5" -> 6),
 * otherwise the next letter ("5" -> 5A -> 5B), the way inserted scenes
 * are numbered; never a number written or given elsewhere in the script. */
#include "breakdown.h"

#include <stdio.h>
#include <string.h>

/* The first free number after 'prev' (NULL: before the first scene). */
static const char *next_free(dp__arena *a, const dp__strset *used, const char *prev)
{
    char tmp[80];
    size_t digits = 0;
    while (prev && prev[digits] >= '0' && prev[digits] <= '9' && digits < 18)
        digits++;
    unsigned long long n = 0;
    for (size_t i = 0; i < digits; i++)
        n = n * 10 + (unsigned)(prev[i] - '0');
    int k = snprintf(tmp, sizeof tmp, "%llu", n + 1);
    if ((!prev || digits > 0) && !dp__strset_has(used, tmp))
        return dp__arena_strndup(a, tmp, (size_t)k);
    /* letters after the previous number: 5 -> 5A, 5A -> 5B */
    const char *base = prev ? prev : "0";
    size_t blen = strlen(base);
    char last = blen > 0 ? base[blen - 1] : 0;
    size_t keep = blen;
    char from = 'A';
    if (blen > 1 && last >= 'A' && last < 'Z' && base[blen - 2] >= '0' && base[blen - 2] <= '9') {
        keep = blen - 1;
        from = (char)(last + 1);
    }
    if (keep > 60)
        keep = 60;
    for (char c = from; c <= 'Z'; c++) {
        k = snprintf(tmp, sizeof tmp, "%.*s%c", (int)keep, base, c);
        if (!dp__strset_has(used, tmp))
            return dp__arena_strndup(a, tmp, (size_t)k);
    }
    for (unsigned i = 1;; i++) {
        k = snprintf(tmp, sizeof tmp, "%.60s.%u", base, i);
        if (!dp__strset_has(used, tmp))
            return dp__arena_strndup(a, tmp, (size_t)k);
    }
}

dp_status dp__number_scenes(dp_breakdown *bd)
{
    dp__strset used;
    if (dp__strset_init(&used, bd->n_scenes) != DP_OK)
        return DP_E_NOMEM;
    for (size_t s = 0; s < bd->n_scenes; s++)
        if (bd->scenes[s].number)
            dp__strset_add(&used, bd->scenes[s].number);
    const char *prev = NULL;
    dp_status st = DP_OK;
    for (size_t s = 0; s < bd->n_scenes && st == DP_OK; s++) {
        dp_scene *sc = &bd->scenes[s];
        if (!sc->number) {
            sc->number = next_free(&bd->arena, &used, prev);
            if (!sc->number)
                st = DP_E_NOMEM;
            else
                dp__strset_add(&used, sc->number);
        }
        prev = sc->number;
    }
    dp__strset_release(&used);
    return st;
}
