/* Reports as CSV (RFC 4180): the report's one CSV table, UTF-8 without a
 * byte order mark, CRLF line ends, a field quoted when it holds a comma, a
 * quote or a line break (quotes doubled). Group bands are left out: their
 * rows say the group in a column of their own. */
#include "report.h"

#include <string.h>

static void field(dp__out *o, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        dp__out_puts(o, s);
        return;
    }
    dp__out_put(o, "\"", 1);
    for (const char *p = s; *p;) {
        const char *q = strchr(p, '"');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        dp__out_put(o, p, n);
        if (!q)
            break;
        dp__out_put(o, "\"\"", 2);
        p = q + 1;
    }
    dp__out_put(o, "\"", 1);
}

static void record(dp__out *o, const char *const *cells, size_t n)
{
    for (size_t c = 0; c < n; c++) {
        if (c)
            dp__out_put(o, ",", 1);
        field(o, cells[c]);
    }
    dp__out_put(o, "\r\n", 2);
}

dp_status dp__report_csv(const dp__report *r, const dp_sink *sink, dp_error *err)
{
    const dp__rtable *t = NULL;
    for (size_t i = 0; i < r->ntables && !t; i++)
        if (r->tables[i]->flags & DP__TF_CSV)
            t = r->tables[i];
    if (!t)
        return dp__error_set(err, DP_E_ARG, 0, 0, "this report has no table for CSV");
    dp__out o;
    dp__rout_init(&o, sink);
    for (size_t c = 0; c < t->ncols; c++) {
        if (c)
            dp__out_put(&o, ",", 1);
        field(&o, t->cols[c].label);
    }
    dp__out_put(&o, "\r\n", 2);
    for (size_t i = 0; i < t->nrows; i++)
        if (t->rows[i].kind != DP__ROW_GROUP)
            record(&o, t->rows[i].cells, t->ncols);
    return dp__rout_finish(&o, err);
}
