/* libFuzzer target: the Fountain reader, the breakdown and both JSON
 * writers on arbitrary bytes. Input is capped at 1 MB. */
#include <stddef.h>
#include <stdint.h>

#include "depouille.h"
#include "sink.h"

#ifndef DP_FUZZ_FAIL
#define DP_FUZZ_FAIL() __builtin_trap()
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    dp_doc *doc = NULL;
    dp_error err;
    if (dp_doc_parse((const char *)data, size, NULL, &doc, &err) != DP_OK)
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
