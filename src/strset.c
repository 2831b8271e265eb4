/* A fixed-size set of NUL-terminated strings (open addressing). The
 * strings are not copied: they must outlive the set. */
#include "internal.h"

#include <string.h>

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

dp_status dp__strset_init(dp__strset *set, size_t max_items)
{
    size_t cap = 16;
    while (cap < max_items * 2 + 2)
        cap *= 2;
    set->slots = dp__calloc(cap, sizeof *set->slots);
    set->cap = cap;
    return set->slots ? DP_OK : DP_E_NOMEM;
}

bool dp__strset_has(const dp__strset *set, const char *s)
{
    for (size_t i = hash_str(s) & (set->cap - 1); set->slots[i]; i = (i + 1) & (set->cap - 1))
        if (strcmp(set->slots[i], s) == 0)
            return true;
    return false;
}

void dp__strset_add(dp__strset *set, const char *s)
{
    size_t i = hash_str(s) & (set->cap - 1);
    while (set->slots[i]) {
        if (strcmp(set->slots[i], s) == 0)
            return;
        i = (i + 1) & (set->cap - 1);
    }
    set->slots[i] = s;
}

void dp__strset_release(dp__strset *set)
{
    dp__free(set->slots);
    set->slots = NULL;
    set->cap = 0;
}
