/* Reports as XLSX (libxlsxwriter): one worksheet per table, a frozen header
 * row (and the table's leading columns), column widths, an autofilter,
 * the strip colours on scene rows, totals in bold, and print settings
 * (the script's paper, the report's orientation, header row repeated,
 * one page wide). Group bands are left out, as in CSV: their rows say the
 * group in a column of their own, which the filter can select.
 *
 * libxlsxwriter 1.1.4 (Debian 12) writes to a named file only: the
 * workbook goes to a scratch file in 'tmpdir', is read back into the sink
 * and removed. The creation date is fixed (1980-01-01, the ZIP entries'
 * date) so that the same report gives the same bytes. */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#define FIXED_DATE ((time_t)315532800) /* 1980-01-01T00:00:00Z */
#define MAX_XLSX_BYTES ((size_t)1 << 30)

/* Formats by row kind, strip, alignment and wrapping, made on demand. */
typedef struct xfmt {
    lxw_workbook *wb;
    lxw_format *header;
    lxw_format *cell[3][DP__STRIP_COUNT_][3][2];
    dp__buf cut; /* a cell cut to Excel's length */
} xfmt;

#define XLSX_CELL_MAX_CHARS 32767 /* Excel's limit on a cell's text */

/* Writes a text cell; a text longer than Excel allows is cut to
 * XLSX_CELL_MAX_CHARS characters, the last one "…". */
static lxw_error write_text(xfmt *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
                            const char *s, lxw_format *f)
{
    size_t chars = 0, i = 0, keep = 0;
    for (; s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && ++chars == XLSX_CELL_MAX_CHARS)
            keep = i; /* where the last character that fits starts */
    if (chars <= XLSX_CELL_MAX_CHARS)
        return worksheet_write_string(ws, row, col, s, f);
    dp__buf_reset(&x->cut);
    if (dp__buf_append(&x->cut, s, keep) != DP_OK ||
        dp__buf_append(&x->cut, "\xE2\x80\xA6", 3) != DP_OK)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    return worksheet_write_string(ws, row, col, x->cut.data, f);
}

static uint32_t rgb(const char *hex)
{
    return (uint32_t)strtoul(hex + 1, NULL, 16);
}

static lxw_format *new_format(lxw_workbook *wb, dp__row_kind kind, dp__strip strip,
                              uint8_t align, bool wrap)
{
    lxw_format *f = workbook_add_format(wb);
    if (!f)
        return NULL;
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, 0xB0B0B0);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(f, align == DP__RIGHT    ? LXW_ALIGN_RIGHT
                         : align == DP__CENTER ? LXW_ALIGN_CENTER
                                               : LXW_ALIGN_LEFT);
    if (wrap)
        format_set_text_wrap(f);
    if (strip != DP__STRIP_NONE && strip != DP__STRIP_INT_DAY)
        format_set_bg_color(f, rgb(dp__strip_color(strip)));
    if (kind == DP__ROW_TOTAL) {
        format_set_bold(f);
        format_set_top(f, LXW_BORDER_MEDIUM);
        format_set_top_color(f, 0x000000);
    }
    return f;
}

static lxw_format *cell_format(xfmt *x, dp__row_kind kind, dp__strip strip, uint8_t align,
                               bool wrap)
{
    lxw_format **slot = &x->cell[kind % 3][strip % DP__STRIP_COUNT_][align % 3][wrap];
    if (!*slot)
        *slot = new_format(x->wb, kind, strip, align, wrap);
    return *slot;
}

/* An integer the cell holds entirely ("12"), for a numeric column. */
static bool as_number(const char *s, double *out)
{
    size_t n = strlen(s);
    if (n == 0 || n > 9 || strspn(s, "0123456789") != n)
        return false;
    *out = (double)strtol(s, NULL, 10);
    return true;
}

static lxw_error sheet_of(xfmt *x, const dp__report *r, const dp__rtable *t)
{
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, t->sheet);
    if (!ws)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    lxw_error e = LXW_NO_ERROR;
    for (size_t c = 0; c < t->ncols && !e; c++) {
        double w = t->cols[c].width < 60 ? t->cols[c].width + 2.0 : 62.0;
        e = worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w, NULL);
        if (!e)
            e = worksheet_write_string(ws, 0, (lxw_col_t)c, t->cols[c].label, x->header);
    }
    lxw_row_t row = 1;
    for (size_t i = 0; i < t->nrows && !e; i++) {
        const dp__rrow *rw = &t->rows[i];
        if (rw->kind == DP__ROW_GROUP)
            continue;
        for (size_t c = 0; c < t->ncols && !e; c++) {
            const dp__rcol *col = &t->cols[c];
            lxw_format *f = cell_format(x, (dp__row_kind)rw->kind, (dp__strip)rw->strip,
                                        col->align, col->width >= 30);
            double v;
            if (!f)
                e = LXW_ERROR_MEMORY_MALLOC_FAILED;
            else if (!rw->cells[c][0])
                e = worksheet_write_blank(ws, row, (lxw_col_t)c, f);
            else if (col->numeric && as_number(rw->cells[c], &v))
                e = worksheet_write_number(ws, row, (lxw_col_t)c, v, f);
            else
                e = write_text(x, ws, row, (lxw_col_t)c, rw->cells[c], f);
        }
        row++;
    }
    if (e)
        return e;
    worksheet_freeze_panes(ws, 1, (lxw_col_t)t->frozen);
    if (t->ncols)
        e = worksheet_autofilter(ws, 0, 0, row - 1, (lxw_col_t)(t->ncols - 1));
    if (r->landscape)
        worksheet_set_landscape(ws);
    worksheet_set_paper(ws, r->paper == DP_PAPER_A4 ? 9 : 1);
    if (!e)
        e = worksheet_repeat_rows(ws, 0, 0);
    worksheet_fit_to_pages(ws, 1, 0);
    return e;
}

static lxw_error workbook_of(const dp__report *r, const char *path, char *tmpdir)
{
    lxw_workbook_options opts = {0, tmpdir, 0};
    lxw_workbook *wb = workbook_new_opt(path, &opts);
    if (!wb)
        return LXW_ERROR_CREATING_XLSX_FILE;
    char title[512];
    snprintf(title, sizeof title, "%s%s%s", r->title, *r->script_title ? " — " : "",
             r->script_title);
    lxw_doc_properties props;
    memset(&props, 0, sizeof props);
    props.title = title;
    props.created = FIXED_DATE;
    lxw_error e = workbook_set_properties(wb, &props);
    xfmt x;
    memset(&x, 0, sizeof x);
    x.wb = wb;
    dp__buf_init(&x.cut, (size_t)XLSX_CELL_MAX_CHARS * 4 + 4);
    x.header = workbook_add_format(wb);
    if (!x.header)
        e = LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (!e) {
        format_set_bold(x.header);
        format_set_bg_color(x.header, 0xE4E4E4);
        format_set_border(x.header, LXW_BORDER_THIN);
        format_set_bottom(x.header, LXW_BORDER_MEDIUM);
        format_set_text_wrap(x.header);
        format_set_align(x.header, LXW_ALIGN_VERTICAL_BOTTOM);
    }
    for (size_t i = 0; i < r->ntables && !e; i++)
        if (r->tables[i]->flags & DP__TF_XLSX)
            e = sheet_of(&x, r, r->tables[i]);
    lxw_error closed = workbook_close(wb); /* frees wb */
    dp__buf_release(&x.cut);
    return e ? e : closed;
}

dp_status dp__report_xlsx(const dp__report *r, const char *tmpdir, const dp_sink *sink,
                          dp_error *err)
{
    char dir[1024], path[1100];
    int n = snprintf(dir, sizeof dir, "%s", tmpdir ? tmpdir : "/tmp");
    if (n < 0 || (size_t)n >= sizeof dir)
        return dp__error_set(err, DP_E_ARG, 0, 0, "the scratch directory's name is too long");
    snprintf(path, sizeof path, "%s/depouille-xlsx-XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd < 0)
        return dp__error_set(err, DP_E_IO, 0, 0, "cannot make a scratch file in %s", dir);
    close(fd);
    for (size_t i = 0; i < r->ntables; i++) {
        const dp__rtable *t = r->tables[i];
        if ((t->flags & DP__TF_XLSX) && (t->ncols > LXW_COL_MAX || t->nrows >= LXW_ROW_MAX)) {
            unlink(path);
            return dp__error_set(err, DP_E_LIMIT, 0, 0,
                                 "%s: %zu columns and %zu rows; a worksheet holds %d columns "
                                 "and %d rows: write this report as CSV or HTML",
                                 t->sheet, t->ncols, t->nrows + 1, LXW_COL_MAX, LXW_ROW_MAX);
        }
    }
    lxw_error e = workbook_of(r, path, dir);
    if (e) {
        unlink(path);
        return dp__error_set(err, e == LXW_ERROR_MEMORY_MALLOC_FAILED ? DP_E_NOMEM : DP_E_IO,
                             0, 0, "writing the workbook: %s", lxw_strerror(e));
    }
    char *data = NULL;
    size_t len = 0;
    dp_status st = dp_file_read(path, MAX_XLSX_BYTES, &data, &len, err);
    unlink(path);
    if (st != DP_OK)
        return st;
    if (sink->write(sink->ctx, data, len) != 0)
        st = dp__error_set(err, DP_E_SINK, 0, 0, "the output sink failed");
    dp_free(data);
    return st;
}
