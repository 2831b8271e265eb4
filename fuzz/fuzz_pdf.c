/* libFuzzer target: the PDF reader (poppler-glib, then the layout
 * classifier) on arbitrary bytes, then the breakdown and both JSON
 * writers. Input is capped at 256 KB. */
#include <stddef.h>
#include <stdint.h>

#include "depouille.h"
#include "sink.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dp_parse_options po = {DP_FORMAT_PDF, NULL};
    return fuzz_doc_pipeline(data, size, (1u << 18), &po);
}
