/* The library's only calls to the C allocator. */
#include "internal.h"

#include <stdlib.h>

void *dp__malloc(size_t n) { return malloc(n ? n : 1); }

void *dp__calloc(size_t count, size_t size)
{
    return calloc(count ? count : 1, size ? size : 1);
}

void *dp__realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }

void dp__free(void *p) { free(p); }

void dp_free(void *p) { free(p); }

dp_status dp__grow(void **items, size_t *cap, size_t n, size_t size, size_t max)
{
    if (n < *cap)
        return DP_OK;
    if (n >= max)
        return DP_E_LIMIT;
    size_t ncap = *cap ? *cap * 2 : 64;
    if (ncap > max)
        ncap = max;
    void *p = realloc(*items, ncap * size);
    if (!p)
        return DP_E_NOMEM;
    *items = p;
    *cap = ncap;
    return DP_OK;
}
