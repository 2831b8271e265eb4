/* Unit tests: src/report_pdf.c and src/report_pdf_sheet.c. The text is read
 * back with pdftotext in tests/cli/run.sh; here: a PDF, the same bytes
 * twice, page counts (pages of rows, slices of a wide table, sheets). */
#include "report_model.h"
#include "report_util.h"

#include <stdlib.h>

/* Pages of a cairo PDF: its "/Type /Page" objects. */
static size_t pages(const dp__buf *b)
{
    return b->data ? dpt_count_str(b->data, b->len, "/Type /Page\n") +
                         dpt_count_str(b->data, b->len, "/Type /Page ")
                   : 0;
}

static void document(void)
{
    dp__report r;
    dpt_model(&r, 5, 3, "x");
    dp__buf a, b;
    CHECK_INT(dpt_render(&r, dp__report_pdf, &a), DP_OK);
    CHECK_INT(dpt_render(&r, dp__report_pdf, &b), DP_OK);
    CHECK(a.len > 500 && a.data && !memcmp(a.data, "%PDF-", 5));
    CHECK(a.data && dpt_count_str(a.data, a.len, "%%EOF") == 1);
    CHECK(a.len == b.len && a.data && b.data && !memcmp(a.data, b.data, a.len));
    CHECK_INT(pages(&a), 1);
    dp__buf_release(&a);
    dp__buf_release(&b);
    dp__arena_release(&r.arena);
    /* 200 rows run over several pages */
    dpt_model(&r, 5, 200, "x");
    CHECK_INT(dpt_render(&r, dp__report_pdf, &a), DP_OK);
    CHECK(pages(&a) >= 4 && pages(&a) <= 8);
    dp__buf_release(&a);
    dp__arena_release(&r.arena);
    /* 60 columns of 8 characters do not fit: slices */
    dpt_model(&r, 60, 3, "x");
    CHECK_INT(dpt_render(&r, dp__report_pdf, &a), DP_OK);
    CHECK(pages(&a) >= 3);
    dp__buf_release(&a);
    dp__arena_release(&r.arena);
}

static void sheets(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    dp_status st;
    size_t n;
    char *s = dpt_report(bd, DP_REPORT_SHEETS, DP_RF_PDF, NULL, &st, &n);
    CHECK_INT(st, DP_OK);
    dp__buf b = {s, n, n, n, false};
    CHECK_INT(pages(&b), 3); /* one page per scene */
    free(s);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_report_pdf(void)
{
    dpt_run("report_pdf: pages, slices, deterministic", document);
    dpt_run("report_pdf: a breakdown sheet per page", sheets);
}
