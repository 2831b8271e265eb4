/* libFuzzer target: the layout classifier through the plain-text reader
 * (columns, page furniture, margins, title page, dual dialogue), then the
 * breakdown and both JSON writers. Input is capped at 1 MB. */
#include <stddef.h>
#include <stdint.h>

#include "depouille.h"
#include "sink.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dp_parse_options po = {DP_FORMAT_TEXT, NULL};
    return fuzz_doc_pipeline(data, size, (1u << 20), &po);
}
