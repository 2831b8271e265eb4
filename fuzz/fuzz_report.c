/* libFuzzer target: the report writers on the breakdown of arbitrary bytes
 * (read as Fountain, or whatever the detector finds). Every report kind in
 * CSV, HTML and JSON, in the script's language and in the other one, in
 * script order and on a schedule made from the input (days of scenes in a
 * scrambled order, scenes repeated or left out), with the day out of days
 * for the cast and for another category. Every call on a breakdown must
 * succeed. XLSX and PDF (a scratch file for libxlsxwriter, pango laying
 * out every page: ten times slower than the rest) for one kind per input,
 * on inputs up to 4 KB. Input is capped at 64 KB. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "depouille.h"

#ifndef DP_FUZZ_FAIL
#define DP_FUZZ_FAIL() __builtin_trap()
#endif

static int discard(void *ctx, const void *data, size_t len)
{
    (void)data;
    *(size_t *)ctx += len;
    return 0;
}

/* A schedule from the input's bytes: up to 40 days, each of up to 6 scene
 * indices, all in range. 'scenes' holds 240 entries. */
static size_t make_days(const uint8_t *data, size_t size, size_t n_scenes,
                        dp_report_day days[40], uint32_t scenes[240])
{
    if (n_scenes == 0)
        return 0;
    size_t nd = 1 + (size ? data[size / 2] : 0) % 40, used = 0;
    for (size_t d = 0; d < nd; d++) {
        size_t k = size ? (size_t)data[(d * 7) % size] % 7 : 1;
        days[d].label = d % 3 == 0 ? NULL : (d % 3 == 1 ? "Day" : "Lun. 3 mars");
        days[d].scene_count = k;
        days[d].scenes = k ? scenes + used : NULL;
        for (size_t j = 0; j < k; j++) {
            size_t b = size ? data[(d * 13 + j * 5 + 1) % size] : 0;
            scenes[used++] = (uint32_t)((b * 31 + d + j) % n_scenes);
        }
    }
    return nd;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 16))
        return 0;
    dp_doc *doc = NULL;
    dp_error err;
    dp_parse_options po = {DP_FORMAT_AUTO, NULL};
    if (dp_doc_parse((const char *)data, size, &po, &doc, &err) != DP_OK)
        return 0;
    dp_breakdown *bd = NULL;
    if (dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK)
        DP_FUZZ_FAIL();
    size_t total = 0;
    dp_sink sink = {discard, &total};
    static const dp_report_format fmts[] = {DP_RF_CSV, DP_RF_HTML, DP_RF_JSON};
    static const uint16_t cats[] = {101, 103, 104, 106, 108, 124};
    dp_report_day days[40];
    uint32_t scenes[240];
    size_t nd = make_days(data, size, dp_breakdown_scene_count(bd), days, scenes);
    const char *other = strcmp(dp_breakdown_language(bd), "fr") ? "fr" : "en";
    for (int k = 0; k < DP_REPORT_COUNT_; k++)
        for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
            if (dp_report_write(bd, (dp_report_kind)k, fmts[f], NULL, &sink, &err) != DP_OK)
                DP_FUZZ_FAIL();
            /* on the schedule, in the other language; JSON only, the
             * model is the same for every format */
            if (fmts[f] != DP_RF_JSON && k != DP_REPORT_DOOD && k != DP_REPORT_NEEDS)
                continue;
            dp_report_options o = {other, nd ? days : NULL, nd,
                                   cats[(size ? data[0] : 0) % (sizeof cats / sizeof cats[0])],
                                   NULL};
            if (dp_report_write(bd, (dp_report_kind)k, fmts[f], &o, &sink, &err) != DP_OK)
                DP_FUZZ_FAIL();
        }
    /* XLSX and PDF: one kind per input (the one its last byte picks), on
     * small inputs only; a tenth of the speed otherwise */
    if (size <= 4096) {
        dp_report_kind k = (dp_report_kind)((size ? data[size - 1] : 0) % DP_REPORT_COUNT_);
        dp_report_options o = {NULL, NULL, 0, 0, NULL};
        if (dp_report_write(bd, k, DP_RF_XLSX, &o, &sink, &err) != DP_OK ||
            dp_report_write(bd, k, DP_RF_PDF, &o, &sink, &err) != DP_OK)
            DP_FUZZ_FAIL();
    }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    return 0;
}
