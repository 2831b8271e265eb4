/* Unit tests: src/report_html.c. */
#include "report_model.h"

static void page(void)
{
    dp__report r;
    dpt_model(&r, 3, 2, "<b>&\"x\"</b>");
    r.landscape = true;
    dp__buf b;
    CHECK_INT(dpt_render(&r, dp__report_html, &b), DP_OK);
    const char *s = b.data ? b.data : "";
    CHECK(DPT_STARTS(s, "<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK(strstr(s, "<title>Test — A &lt;Script&gt; &amp; Co</title>") != NULL);
    CHECK(strstr(s, "@page{size:A4 landscape;") != NULL);
    CHECK(strstr(s, "<td>&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</td>") != NULL);
    CHECK(strstr(s, "<tr class=\"group\"><th colspan=\"3\">Group band</th></tr>") != NULL);
    CHECK(strstr(s, "<tr class=\"int-day\"><td class=\"r\">1</td>") != NULL);
    CHECK(strstr(s, "<tr class=\"total\">") != NULL);
    CHECK(strstr(s, "<p class=\"note\">A note.</p>") != NULL);
    CHECK(strstr(s, "http") == NULL); /* self-contained */
    CHECK(!strcmp(s + b.len - 8, "</html>\n"));
    dp__buf_release(&b);
    /* a column for the data only is not printed */
    r.tables[0]->cols[2].data_only = 1;
    CHECK_INT(dpt_render(&r, dp__report_html, &b), DP_OK);
    CHECK(b.data && strstr(b.data, "<th>Col 2</th>") == NULL);
    CHECK(b.data && strstr(b.data, "colspan=\"2\"") != NULL);
    dp__buf_release(&b);
    dp__arena_release(&r.arena);
}

/* A table wider than a printed page is cut into slices of columns, each
 * with the frozen column. */
static void slices(void)
{
    dp__report r;
    dpt_model(&r, 70, 2, "x");
    dp__buf b;
    CHECK_INT(dpt_render(&r, dp__report_html, &b), DP_OK);
    const char *s = b.data ? b.data : "";
    CHECK(strstr(s, "<h2>Test (1/3)</h2>") != NULL);
    CHECK(strstr(s, "<h2>Test (3/3)</h2>") != NULL);
    CHECK_INT(dpt_count_str(s, b.len, "<th class=\"r\">Col 0</th>"), 3);
    CHECK_INT(dpt_count_str(s, b.len, "<th>Col 69</th>"), 1);
    CHECK_INT(dpt_count_str(s, b.len, "<p class=\"note\">"), 1);
    dp__buf_release(&b);
    dp__arena_release(&r.arena);
}

void dpt_suite_report_html(void)
{
    dpt_run("report_html: a self-contained page", page);
    dpt_run("report_html: wide tables in slices", slices);
}
