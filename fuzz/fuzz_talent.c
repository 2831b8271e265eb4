/* libFuzzer target: the talent-scheduling reader (instance format and
 * JSON), then the solver under a node limit and the JSON writer. Input is
 * capped at 64 KB. */
#include <stddef.h>
#include <stdint.h>

#include "depouille.h"
#include "sink.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 16))
        return 0;
    dp_talent *t = NULL;
    dp_error err;
    if (dp_talent_parse((const char *)data, size, &t, &err) != DP_OK)
        return 0;
    dp_talent_options o = {0, 1, 2000, (size_t)1 << 22};
    dp_talent_result *r = NULL;
    if (dp_talent_solve(t, &o, &r, &err) != DP_OK)
        DP_FUZZ_FAIL();
    size_t n = 0;
    const uint32_t *order = dp_talent_result_order(r, &n);
    int64_t total = 0;
    if (dp_talent_evaluate(t, order, n, &total, NULL, &err) != DP_OK ||
        total != dp_talent_result_cost(r) ||
        dp_talent_result_lower_bound(r) > dp_talent_result_cost(r))
        DP_FUZZ_FAIL();
    dp_sink sink = {fuzz_discard, NULL};
    if (dp_talent_result_write_json(r, &sink, &err) != DP_OK)
        DP_FUZZ_FAIL();
    dp_talent_result_free(r);
    dp_talent_free(t);
    return 0;
}
