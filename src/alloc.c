/* The library's only calls to the C allocator.
 *
 * Built with -DDP_FAULT_INJECTION (make faultcheck, never in a release),
 * the allocation numbered dp__fault_at(N) fails once: the test build that
 * checks every failure path ends cleanly. That build alone has this one
 * piece of global state. */
#include "internal.h"

#include <stdlib.h>

#ifdef DP_FAULT_INJECTION
static long fault_countdown; /* allocations left before the failure; 0: off */
static long fault_calls;

void dp__fault_at(long n)
{
    fault_countdown = n;
    fault_calls = 0;
}

long dp__fault_calls(void) { return fault_calls; }

static bool fault(void)
{
    fault_calls++;
    return fault_countdown > 0 && --fault_countdown == 0;
}
#else
static bool fault(void) { return false; }
#endif

void *dp__malloc(size_t n) { return fault() ? NULL : malloc(n ? n : 1); }

void *dp__calloc(size_t count, size_t size)
{
    return fault() ? NULL : calloc(count ? count : 1, size ? size : 1);
}

void *dp__realloc(void *p, size_t n) { return fault() ? NULL : realloc(p, n ? n : 1); }

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
    void *p = fault() ? NULL : realloc(*items, ncap * size);
    if (!p)
        return DP_E_NOMEM;
    *items = p;
    *cap = ncap;
    return DP_OK;
}
