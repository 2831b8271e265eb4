/* What every fuzz target shares: DP_FUZZ_FAIL() (a trap, unless the test
 * replay defines it first), a dp_sink that drops what it is given (the
 * targets run the writers for their errors, not their bytes), and the
 * document pipeline of the script-reader targets. */
#ifndef DP_FUZZ_SINK_H
#define DP_FUZZ_SINK_H

#include <stddef.h>
#include <stdint.h>

#include "depouille.h"

#ifndef DP_FUZZ_FAIL
#define DP_FUZZ_FAIL() __builtin_trap()
#endif

static inline int fuzz_discard(void *ctx, const void *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 0;
}

/* Parses 'data' (nothing over 'max' bytes) with 'po' (NULL: the format
 * found from the bytes), then runs the breakdown and both JSON writers,
 * none of which may fail on a document that parsed. */
static inline int fuzz_doc_pipeline(const uint8_t *data, size_t size, size_t max,
                                    const dp_parse_options *po)
{
    if (size > max)
        return 0;
    dp_doc *doc = NULL;
    dp_error err;
    if (dp_doc_parse((const char *)data, size, po, &doc, &err) != DP_OK)
        return 0;
    dp_sink sink = {fuzz_discard, NULL};
    if (dp_doc_write_json(doc, &sink, &err) != DP_OK)
        DP_FUZZ_FAIL();
    dp_breakdown *bd = NULL;
    if (dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK)
        DP_FUZZ_FAIL();
    if (dp_breakdown_write_json(bd, &sink, &err) != DP_OK)
        DP_FUZZ_FAIL();
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    return 0;
}

#endif
