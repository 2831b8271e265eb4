/* libFuzzer target: the Fountain reader, the breakdown and both JSON
 * writers on arbitrary bytes. Input is capped at 1 MB. */
#include <stddef.h>
#include <stdint.h>

#include "depouille.h"
#include "sink.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_doc_pipeline(data, size, (1u << 20), NULL);
}
