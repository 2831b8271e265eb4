/* Unit tests: src/report_csv.c, and the hand-made model the writer tests
 * share (report_model.h). */
#include "report_model.h"

#include <stdio.h>

void dpt_model(dp__report *r, size_t ncols, size_t nrows, const char *tricky)
{
    memset(r, 0, sizeof *r);
    dp__arena_init(&r->arena, (size_t)1 << 26);
    r->title = "Test";
    r->script_title = "A <Script> & Co";
    r->paper = DP_PAPER_A4;
    r->kind = DP_REPORT_SCENES;
    dp__rcol cols[128];
    for (size_t c = 0; c < ncols && c < 128; c++)
        cols[c] = (dp__rcol){dp__rp_strf(r, "Col %zu", c), 8, c ? DP__LEFT : DP__RIGHT, !c, 0};
    dp__rtable *t = dp__rp_table(r, "Test", "Test", DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT,
                                 cols, ncols);
    if (!t)
        return;
    t->frozen = 1;
    t->note = "A note.";
    const char **g = dp__rp_row(r, t, DP__ROW_GROUP, DP__STRIP_NONE);
    if (g)
        g[0] = "Group band";
    for (size_t i = 0; i < nrows; i++) {
        const char **c = dp__rp_row(r, t, DP__ROW_DATA, (dp__strip)(1 + i % 4));
        for (size_t k = 0; c && k < ncols; k++)
            c[k] = k == 0 ? dp__rp_strf(r, "%zu", i + 1) : dp__rp_strf(r, "r%zuc%zu", i, k);
        if (c && i == 0 && ncols > 1)
            c[1] = tricky;
    }
    const char **c = dp__rp_row(r, t, DP__ROW_TOTAL, DP__STRIP_NONE);
    if (c)
        c[0] = "Total";
}

dp_status dpt_render(const dp__report *r,
                     dp_status (*w)(const dp__report *, const dp_sink *, dp_error *),
                     dp__buf *out)
{
    dp__buf_init(out, (size_t)1 << 28);
    dp_sink sink = {dp__buf_sink_write, out};
    dp_error err = {0};
    return w(r, &sink, &err);
}

static void quoting(void)
{
    dp__report r;
    dpt_model(&r, 3, 2, "a, \"b\"\nc");
    dp__buf b;
    CHECK_INT(dpt_render(&r, dp__report_csv, &b), DP_OK);
    CHECK_STR(b.data, "Col 0,Col 1,Col 2\r\n"
                      "1,\"a, \"\"b\"\"\nc\",r0c2\r\n"
                      "2,r1c1,r1c2\r\n"
                      "Total,,\r\n");
    dp__buf_release(&b);
    dp__arena_release(&r.arena);
}

static void no_table(void)
{
    dp__report r;
    memset(&r, 0, sizeof r);
    dp__buf b;
    CHECK_INT(dpt_render(&r, dp__report_csv, &b), DP_E_ARG);
    dp__buf_release(&b);
}

void dpt_suite_report_csv(void)
{
    dpt_run("report_csv: RFC 4180 quoting, no group bands", quoting);
    dpt_run("report_csv: a report without a CSV table", no_table);
}
