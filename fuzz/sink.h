/* What every fuzz target shares: a dp_sink that drops what it is given
 * (the targets run the writers for their errors, not their bytes). */
#ifndef DP_FUZZ_SINK_H
#define DP_FUZZ_SINK_H

#include <stddef.h>

static inline int fuzz_discard(void *ctx, const void *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 0;
}

#endif
