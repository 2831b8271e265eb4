/* Reports as PDF (cairo + pango): pages of the script's paper (A4 or US
 * Letter), wide reports on their side; on each page the report's and the
 * script's titles and "Page n of N". Tables repeat their header row on each
 * page; a table too wide for the page is cut into column slices, each
 * repeating the table's leading columns. Strip colours are pale and every
 * strip also says INT/EXT and the time in words, so a black and white print
 * loses nothing. The creation date is fixed (1980-01-01) so the same report
 * gives the same bytes. Text is DejaVu Sans (fonts-dejavu-core), whatever
 * fontconfig gives for it. */
#include "report_pdf.h"

#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MARGIN 30.0
#define PAD 2.5
#define HEADER_H 24.0
#define FOOTER_H 16.0

/* ---- text and shapes ------------------------------------------------------ */

double dp__pdf_text_in(dp__pdf *p, PangoLayout *l, const char *text, dp__pdf_font font,
                       double width, dp__align align, int max_lines)
{
    pango_layout_set_font_description(l, p->font[font]);
    pango_layout_set_width(l, width > 1 ? (int)(width * PANGO_SCALE) : -1);
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(l, align == DP__RIGHT    ? PANGO_ALIGN_RIGHT
                                  : align == DP__CENTER ? PANGO_ALIGN_CENTER
                                                        : PANGO_ALIGN_LEFT);
    pango_layout_set_ellipsize(l, max_lines ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
    pango_layout_set_height(l, max_lines ? -max_lines : -1);
    pango_layout_set_text(l, text, -1);
    int w, h;
    pango_layout_get_size(l, &w, &h);
    return (double)h / PANGO_SCALE;
}

double dp__pdf_text(dp__pdf *p, const char *text, dp__pdf_font font, double width,
                    dp__align align, int max_lines)
{
    return dp__pdf_text_in(p, p->lay, text, font, width, align, max_lines);
}

PangoLayout *dp__pdf_cached_text(dp__pdf *p, const char *text, dp__pdf_font font,
                                 double width, dp__align align, double *h)
{
    size_t n = strlen(text);
    if (!p->cache || n >= sizeof p->cache[0].text)
        return NULL;
    int w64 = (int)(width * 64);
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < n; i++)
        hash = (hash ^ (unsigned char)text[i]) * 16777619u;
    hash = (hash ^ (uint32_t)font ^ ((uint32_t)align << 4) ^ ((uint32_t)w64 << 8)) * 16777619u;
    for (size_t probe = 0; probe < 8; probe++) {
        dp__pdf_cached *c = &p->cache[(hash + probe) % DP__PDF_CACHE];
        if (!c->lay) {
            c->lay = pango_layout_new(p->ctx);
            memcpy(c->text, text, n + 1);
            c->font = (uint8_t)font;
            c->align = (uint8_t)align;
            c->width = w64;
            c->h = dp__pdf_text_in(p, c->lay, text, font, width, align, 1);
        } else if (c->font != font || c->align != align || c->width != w64 ||
                   strcmp(c->text, text) != 0) {
            continue;
        }
        *h = c->h;
        return c->lay;
    }
    return NULL;
}

void dp__pdf_show_in(dp__pdf *p, PangoLayout *l, double x, double y)
{
    if (!p->cr)
        return;
    cairo_set_source_rgb(p->cr, 0, 0, 0);
    cairo_move_to(p->cr, x, y);
    pango_cairo_show_layout(p->cr, l);
}

void dp__pdf_show(dp__pdf *p, double x, double y) { dp__pdf_show_in(p, p->lay, x, y); }

static void set_hex(cairo_t *cr, const char *hex)
{
    unsigned long v = strtoul(hex + 1, NULL, 16);
    cairo_set_source_rgb(cr, (double)((v >> 16) & 255) / 255.0,
                         (double)((v >> 8) & 255) / 255.0, (double)(v & 255) / 255.0);
}

void dp__pdf_rect(dp__pdf *p, double x, double y, double w, double h, const char *fill,
                  double line)
{
    if (!p->cr)
        return;
    cairo_rectangle(p->cr, x, y, w, h);
    if (fill) {
        set_hex(p->cr, fill);
        if (line > 0)
            cairo_fill_preserve(p->cr);
        else
            cairo_fill(p->cr);
    }
    if (line > 0) {
        cairo_set_source_rgb(p->cr, 0.55, 0.55, 0.55);
        cairo_set_line_width(p->cr, line);
        cairo_stroke(p->cr);
    }
}

static void hline(dp__pdf *p, double x0, double x1, double y, double width, double grey)
{
    if (!p->cr)
        return;
    cairo_set_source_rgb(p->cr, grey, grey, grey);
    cairo_set_line_width(p->cr, width);
    cairo_move_to(p->cr, x0, y);
    cairo_line_to(p->cr, x1, y);
    cairo_stroke(p->cr);
}

/* ---- pages ----------------------------------------------------------------- */

/* The titles at the top of the page being recorded. */
static void page_header(dp__pdf *p)
{
    const dp__report *r = p->r;
    double w = p->right - p->left;
    dp__pdf_text(p, r->title, DP__PF_TITLE, w * 0.6, DP__LEFT, 1);
    dp__pdf_show(p, p->left, MARGIN);
    dp__pdf_text(p, r->script_title, DP__PF_BOLD, w * 0.38, DP__RIGHT, 1);
    dp__pdf_show(p, p->right - w * 0.38, MARGIN + 4);
    hline(p, p->left, p->right, MARGIN + HEADER_H - 6, 1.0, 0);
}

/* "depouille" and "Page n of N" at the foot of the PDF page. */
static void page_footer(dp__pdf *p, size_t n)
{
    double w = p->right - p->left;
    char foot[64];
    snprintf(foot, sizeof foot, dp__l(DP__L_PAGE_OF, p->r->fr), (unsigned)n + 1,
             (unsigned)p->npages);
    dp__pdf_text(p, foot, DP__PF_SMALL, w / 2, DP__RIGHT, 1);
    dp__pdf_show(p, p->right - w / 2, p->ph - MARGIN - 8);
    dp__pdf_text(p, "depouille " DP_VERSION, DP__PF_SMALL, w / 2, DP__LEFT, 1);
    dp__pdf_show(p, p->left, p->ph - MARGIN - 8);
}

void dp__pdf_new_page(dp__pdf *p, bool force)
{
    if (p->npages && p->fresh && !force)
        return;
    if (p->cr)
        cairo_destroy(p->cr);
    p->cr = NULL;
    if (p->status != DP_OK)
        return;
    if (p->npages >= DP_MAX_REPORT_PDF_PAGES) {
        p->status = DP_E_LIMIT; /* every page is kept until the last is known */
        return;
    }
    if (dp__grow((void **)&p->pages, &p->cap, p->npages, sizeof *p->pages, 1u << 20) != DP_OK) {
        p->status = DP_E_NOMEM;
        return;
    }
    cairo_rectangle_t extents = {0, 0, p->pw, p->ph};
    cairo_surface_t *rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    p->pages[p->npages++] = rec;
    p->cr = cairo_create(rec);
    p->y = p->top;
    p->fresh = true;
    page_header(p);
}

double dp__pdf_room(const dp__pdf *p) { return p->bottom - p->y; }

/* ---- tables ----------------------------------------------------------------- */

typedef struct slice {
    size_t ncols;
    size_t *cols;   /* indices of the table's columns in this slice */
    double *widths; /* points */
} slice;

/* Column widths: the hints scaled to the page; 'out' gets slices of columns
 * that fit, each beginning with the frozen columns. Returns the count. */
static size_t plan_slices(dp__pdf *p, const dp__rtable *t, slice *out, size_t max,
                          size_t *idx, double *wid)
{
    double avail = p->right - p->left;
    const double cw = 4.3; /* the average character of DejaVu Sans 8 pt */
    size_t nvis = 0, nfrozen = 0;
    double frozen_w = 0, total = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        if (t->cols[c].data_only)
            continue;
        double w = t->cols[c].width * cw + 2 * PAD;
        total += w;
        if (c < t->frozen) {
            nfrozen++;
            frozen_w += w;
        }
        idx[nvis] = c;
        wid[nvis++] = w;
    }
    if (total <= avail) {
        for (size_t k = 0; k < nvis; k++)
            wid[k] *= avail / total;
        out[0] = (slice){nvis, idx, wid};
        return 1;
    }
    /* slices: frozen columns + as many of the others as fit */
    size_t ns = 0, k = nfrozen;
    size_t *ci = idx + nvis;
    double *cwid = wid + nvis;
    while (k < nvis && ns < max) {
        size_t start = (size_t)(ci - idx);
        size_t m = 0;
        double used = frozen_w;
        for (size_t f = 0; f < nfrozen; f++) {
            ci[m] = idx[f];
            cwid[m++] = wid[f];
        }
        while (k < nvis && (used + wid[k] <= avail || m == nfrozen)) {
            used += wid[k];
            ci[m] = idx[k];
            cwid[m++] = wid[k++];
        }
        for (size_t q = 0; q < m; q++)
            cwid[q] *= avail / used > 1.25 ? 1.0 : avail / used;
        out[ns++] = (slice){m, idx + start, wid + start};
        ci += m;
        cwid += m;
    }
    return ns;
}

#define MAX_LINES 40

static bool is_code(const char *s);

/* Lays out the row's cells, each in a shared layout of the cache or in its
 * column's layout of 'cells', and sets use[k] to the one to draw; returns
 * the row's height. */
static double row_height(dp__pdf *p, const dp__rtable *t, const dp__rrow *row, const slice *s,
                         double width, PangoLayout **cells, PangoLayout **use)
{
    if (row->kind == DP__ROW_GROUP)
        return dp__pdf_text(p, row->cells[0], DP__PF_BOLD, width - 2 * PAD, DP__LEFT, 2) +
               2 * PAD + 2;
    bool dood = p->r->kind == DP_REPORT_DOOD && row->kind == DP__ROW_DATA;
    double h = 0;
    for (size_t k = 0; k < s->ncols; k++) {
        size_t c = s->cols[k];
        const char *v = row->cells[c];
        if (!*v)
            continue;
        dp__pdf_font f = row->kind == DP__ROW_TOTAL ? DP__PF_BOLD : DP__PF_BODY;
        if (dood && c >= t->frozen && is_code(v))
            f = strcmp(v, "H") && strcmp(v, "W") ? DP__PF_BOLD : DP__PF_BODY;
        double th;
        PangoLayout *l = dp__pdf_cached_text(p, v, f, s->widths[k] - 2 * PAD,
                                             (dp__align)t->cols[c].align, &th);
        if (l)
            use[k] = l;
        else
            th = dp__pdf_text_in(p, use[k] = cells[k], v, f, s->widths[k] - 2 * PAD,
                                 (dp__align)t->cols[c].align, MAX_LINES);
        if (th > h)
            h = th;
    }
    return (h > 0 ? h : 9.0) + 2 * PAD;
}

static bool is_code(const char *s)
{
    return !strcmp(s, "SW") || !strcmp(s, "W") || !strcmp(s, "WF") || !strcmp(s, "SWF") ||
           !strcmp(s, "H");
}

static void draw_header(dp__pdf *p, const dp__rtable *t, const slice *s)
{
    double h = 0;
    for (size_t k = 0; k < s->ncols; k++) {
        double th = dp__pdf_text(p, t->cols[s->cols[k]].label, DP__PF_BOLD,
                                 s->widths[k] - 2 * PAD, DP__LEFT, 3);
        if (th > h)
            h = th;
    }
    h += 2 * PAD;
    double x = p->left, width = 0;
    for (size_t k = 0; k < s->ncols; k++)
        width += s->widths[k];
    dp__pdf_rect(p, x, p->y, width, h, "#E4E4E4", 0);
    hline(p, p->left, p->left + width, p->y, 0.4, 0.55);
    for (size_t k = 0; k < s->ncols; k++) {
        const dp__rcol *c = &t->cols[s->cols[k]];
        double th = dp__pdf_text(p, c->label, DP__PF_BOLD, s->widths[k] - 2 * PAD,
                                 (dp__align)c->align, 3);
        dp__pdf_show(p, x + PAD, p->y + h - PAD - th);
        x += s->widths[k];
    }
    hline(p, p->left, x, p->y + h, 1.0, 0);
    p->y += h;
    p->fresh = false;
}

/* Draws a row whose cells row_height() laid out in 'use'. */
static void draw_row(dp__pdf *p, const dp__rtable *t, const dp__rrow *row, const slice *s,
                     double width, double h, PangoLayout **use)
{
    const char *fill = row->strip != DP__STRIP_NONE ? dp__strip_color((dp__strip)row->strip)
                                                    : NULL;
    if (row->kind == DP__ROW_GROUP) {
        dp__pdf_rect(p, p->left, p->y, width, h, fill ? fill : "#D6D6D6", 0.4);
        dp__pdf_text(p, row->cells[0], DP__PF_BOLD, width - 2 * PAD, DP__LEFT, 2);
        dp__pdf_show(p, p->left + PAD, p->y + PAD + 1);
        p->y += h;
        return;
    }
    bool dood = p->r->kind == DP_REPORT_DOOD && row->kind == DP__ROW_DATA;
    /* the row's colour, the codes' shading, the text and a rule under it;
     * the columns' rules are drawn once for a run of rows (close_run):
     * few drawing operations make a small PDF, fast */
    if (fill && strcmp(fill, "#FFFFFF"))
        dp__pdf_rect(p, p->left, p->y, width, h, fill, 0);
    double x = p->left;
    for (size_t k = 0; k < s->ncols; k++) {
        size_t c = s->cols[k];
        const char *v = row->cells[c];
        if (dood && c >= t->frozen && is_code(v))
            dp__pdf_rect(p, x, p->y, s->widths[k], h, !strcmp(v, "H") ? "#F3F3F3" : "#D9D9D9",
                         0);
        if (*v)
            dp__pdf_show_in(p, use[k], x + PAD, p->y + PAD);
        x += s->widths[k];
    }
    if (row->kind == DP__ROW_TOTAL)
        hline(p, p->left, x, p->y, 1.2, 0);
    p->y += h;
}

/* The rules of the rows drawn since 'top' (a run of rows between the
 * header, group bands and the foot of the page), over their fills: under
 * each row (at rules[0..n)) and between the columns; empties 'n'. */
static void close_run(dp__pdf *p, const slice *s, double top, const double *rules, size_t *n)
{
    size_t count = *n;
    *n = 0;
    if (!p->cr || p->y <= top)
        return;
    double x = p->left;
    for (size_t k = 0; k < s->ncols; k++)
        x += s->widths[k];
    for (size_t i = 0; i < count; i++) {
        cairo_move_to(p->cr, p->left, rules[i]);
        cairo_line_to(p->cr, x, rules[i]);
    }
    x = p->left;
    for (size_t k = 0; k <= s->ncols; k++) {
        cairo_move_to(p->cr, x, top);
        cairo_line_to(p->cr, x, p->y);
        if (k < s->ncols)
            x += s->widths[k];
    }
    cairo_set_source_rgb(p->cr, 0.55, 0.55, 0.55);
    cairo_set_line_width(p->cr, 0.4);
    cairo_stroke(p->cr);
}

static void draw_table(dp__pdf *p, const dp__rtable *t, bool with_title)
{
    /* the visible columns, then the slices (each repeats the frozen ones) */
    size_t room = (t->frozen + 2) * (t->ncols + 1);
    size_t *idx = dp__calloc(room, sizeof *idx);
    double *wid = dp__calloc(room, sizeof *wid);
    slice *sl = dp__calloc(t->ncols + 1, sizeof *sl);
    if (!idx || !wid || !sl) {
        dp__free(idx);
        dp__free(wid);
        dp__free(sl);
        p->status = DP_E_NOMEM;
        return;
    }
    size_t ns = plan_slices(p, t, sl, t->ncols + 1, idx, wid);
    PangoLayout **cells = dp__calloc(2 * (t->ncols + 1), sizeof *cells);
    PangoLayout **use = cells ? cells + t->ncols + 1 : NULL;
    double *rules = dp__calloc(t->nrows + 1, sizeof *rules); /* under each row */
    if (!rules)
        p->status = DP_E_NOMEM;
    for (size_t k = 0; cells && k < t->ncols; k++)
        cells[k] = pango_layout_new(p->ctx);
    if (!cells)
        p->status = DP_E_NOMEM;
    for (size_t si = 0; si < ns && cells && rules && p->status == DP_OK; si++) {
        const slice *s = &sl[si];
        double width = 0;
        for (size_t k = 0; k < s->ncols; k++)
            width += s->widths[k];
        dp__pdf_new_page(p, false);
        if (with_title || ns > 1) {
            char title[600];
            if (ns > 1)
                snprintf(title, sizeof title, "%s (%zu/%zu)", t->title, si + 1, ns);
            else
                snprintf(title, sizeof title, "%s", t->title);
            double th = dp__pdf_text(p, title, DP__PF_BOLD, width, DP__LEFT, 2);
            dp__pdf_show(p, p->left, p->y);
            p->y += th + 4;
        }
        double top = p->y;
        size_t nrules = 0;
        draw_header(p, t, s);
        for (size_t i = 0; i < t->nrows; i++) {
            const dp__rrow *row = &t->rows[i];
            /* a group band is not left alone at the foot of a page */
            double need = 0;
            if (row->kind == DP__ROW_GROUP && i + 1 < t->nrows)
                need = row_height(p, t, &t->rows[i + 1], s, width, cells, use);
            double h = row_height(p, t, row, s, width, cells, use);
            if (need + h > dp__pdf_room(p)) {
                close_run(p, s, top, rules, &nrules);
                dp__pdf_new_page(p, true);
                top = p->y;
                draw_header(p, t, s);
            }
            if (row->kind == DP__ROW_GROUP)
                close_run(p, s, top, rules, &nrules);
            draw_row(p, t, row, s, width, h, use);
            if (row->kind == DP__ROW_GROUP)
                top = p->y;
            else if (rules)
                rules[nrules++] = p->y;
        }
        close_run(p, s, top, rules, &nrules);
        if (t->note) {
            double nh = dp__pdf_text(p, t->note, DP__PF_SMALL, width, DP__LEFT, 0);
            if (nh + 6 > dp__pdf_room(p))
                dp__pdf_new_page(p, true);
            dp__pdf_text(p, t->note, DP__PF_SMALL, width, DP__LEFT, 0);
            dp__pdf_show(p, p->left, p->y + 4);
            p->y += nh + 6;
        }
        p->fresh = false;
        /* the next slice or table begins a page of its own */
        p->y = p->bottom;
    }
    for (size_t k = 0; cells && k < t->ncols; k++)
        g_object_unref(cells[k]);
    dp__free(cells);
    dp__free(rules);
    dp__free(idx);
    dp__free(wid);
    dp__free(sl);
}

/* ---- the document -------------------------------------------------------- */

static void render(dp__pdf *p)
{
    const dp__report *r = p->r;
    size_t printed = 0;
    for (size_t i = 0; i < r->ntables; i++)
        printed += (r->tables[i]->flags & DP__TF_PRINT) != 0;
    for (size_t i = 0; i < r->ntables; i++)
        if (r->tables[i]->flags & DP__TF_PRINT)
            draw_table(p, r->tables[i], printed > 1 || strcmp(r->tables[i]->title, r->title));
    if (r->nsheets)
        dp__pdf_sheets(p);
    if (!p->npages)
        dp__pdf_new_page(p, true);
    if (p->cr)
        cairo_destroy(p->cr);
    p->cr = NULL;
}

static cairo_status_t to_sink(void *closure, const unsigned char *data, unsigned int len)
{
    const dp_sink *sink = closure;
    return sink->write(sink->ctx, data, len) ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

static const char *const font_names[5] = {"DejaVu Sans 8", "DejaVu Sans Bold 8",
                                          "DejaVu Sans 6.5", "DejaVu Sans Bold 12",
                                          "DejaVu Sans Bold 15"};

/* Plays the recorded pages onto the PDF, each under its footer. */
static cairo_status_t play(dp__pdf *p, const dp_sink *sink)
{
    cairo_surface_t *surf =
        cairo_pdf_surface_create_for_stream(to_sink, (void *)(uintptr_t)sink, p->pw, p->ph);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_TITLE, p->r->title);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATOR, "depouille " DP_VERSION);
    cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATE_DATE,
                                   "1980-01-01T00:00:00Z");
    cairo_t *cr = cairo_create(surf);
    for (size_t i = 0; i < p->npages; i++) {
        cairo_set_source_surface(cr, p->pages[i], 0, 0);
        cairo_paint(cr);
        p->cr = cr;
        page_footer(p, i);
        p->cr = NULL;
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surf);
    cairo_status_t cs = cairo_surface_status(surf);
    cairo_surface_destroy(surf);
    return cs;
}

dp_status dp__report_pdf(const dp__report *r, const dp_sink *sink, dp_error *err)
{
    dp__pdf p;
    memset(&p, 0, sizeof p);
    p.r = r;
    bool a4 = r->paper == DP_PAPER_A4;
    double w = a4 ? 595.276 : 612.0, h = a4 ? 841.89 : 792.0;
    p.pw = r->landscape ? h : w;
    p.ph = r->landscape ? w : h;
    p.left = MARGIN;
    p.right = p.pw - MARGIN;
    p.top = MARGIN + HEADER_H;
    p.bottom = p.ph - MARGIN - FOOTER_H;
    p.ctx = pango_font_map_create_context(pango_cairo_font_map_get_default());
    pango_cairo_context_set_resolution(p.ctx, 72);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(p.ctx, fo);
    cairo_font_options_destroy(fo);
    p.lay = pango_layout_new(p.ctx);
    p.cache = dp__calloc(DP__PDF_CACHE, sizeof *p.cache); /* NULL: no cache, slower */
    for (size_t i = 0; i < 5; i++)
        p.font[i] = pango_font_description_from_string(font_names[i]);
    render(&p);
    cairo_status_t cs = p.status == DP_OK ? play(&p, sink) : CAIRO_STATUS_SUCCESS;
    for (size_t i = 0; i < p.npages; i++)
        cairo_surface_destroy(p.pages[i]);
    dp__free(p.pages);
    for (size_t i = 0; i < 5; i++)
        pango_font_description_free(p.font[i]);
    for (size_t i = 0; p.cache && i < DP__PDF_CACHE; i++)
        if (p.cache[i].lay)
            g_object_unref(p.cache[i].lay);
    dp__free(p.cache);
    g_object_unref(p.lay);
    g_object_unref(p.ctx);
    if (p.status == DP_E_LIMIT)
        return dp__error_set(err, p.status, 0, 0,
                             "the PDF would have more than %u pages; write this report as CSV, "
                             "XLSX or HTML",
                             DP_MAX_REPORT_PDF_PAGES);
    if (p.status != DP_OK)
        return dp__error_set(err, p.status, 0, 0, "writing the PDF: %s", dp_strerror(p.status));
    if (cs == CAIRO_STATUS_WRITE_ERROR)
        return dp__error_set(err, DP_E_SINK, 0, 0, "the output sink failed");
    if (cs == CAIRO_STATUS_NO_MEMORY)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory writing the PDF");
    if (cs != CAIRO_STATUS_SUCCESS)
        return dp__error_set(err, DP_E_IO, 0, 0, "writing the PDF: %s",
                             cairo_status_to_string(cs));
    return DP_OK;
}
