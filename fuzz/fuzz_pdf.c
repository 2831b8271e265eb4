/* libFuzzer target: the PDF reader (poppler-glib, then the layout
 * classifier) on arbitrary bytes, then the breakdown and both JSON
 * writers. Input is capped at 256 KB. */
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
    if (size > (1u << 18))
        return 0;
    dp_doc *doc = NULL;
    dp_error err;
    dp_parse_options po = {DP_FORMAT_PDF, NULL};
    if (dp_doc_parse((const char *)data, size, &po, &doc, &err) != DP_OK)
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
