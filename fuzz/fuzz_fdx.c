/* libFuzzer target: the Final Draft reader on arbitrary bytes, then the
 * breakdown, both JSON writers, both script writers, and our FDX read back
 * (which must always succeed). Input is capped at 1 MB. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "depouille.h"
#include "sink.h"

typedef struct grow {
    char *data;
    size_t len;
} grow;

static int append(void *ctx, const void *data, size_t len)
{
    grow *g = ctx;
    char *p = realloc(g->data, g->len + len);
    if (!p)
        return -1;
    memcpy(p + g->len, data, len);
    g->data = p;
    g->len += len;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    dp_doc *doc = NULL;
    dp_error err;
    dp_parse_options po = {DP_FORMAT_FDX, NULL};
    if (dp_doc_parse((const char *)data, size, &po, &doc, &err) != DP_OK)
        return 0;
    dp_sink sink = {fuzz_discard, NULL};
    dp_breakdown *bd = NULL;
    if (dp_doc_write_json(doc, &sink, &err) != DP_OK ||
        dp_doc_write_fountain(doc, &sink, &err) != DP_OK ||
        dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK ||
        dp_breakdown_write_json(bd, &sink, &err) != DP_OK)
        DP_FUZZ_FAIL();
    grow g = {NULL, 0};
    dp_sink out = {append, &g};
    if (dp_breakdown_write_fdx(bd, &out, &err) != DP_OK)
        DP_FUZZ_FAIL();
    dp_doc *again = NULL;
    if (dp_doc_parse(g.data, g.len, &po, &again, &err) != DP_OK)
        DP_FUZZ_FAIL(); /* what we write, we read */
    dp_doc_free(again);
    free(g.data);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    return 0;
}
