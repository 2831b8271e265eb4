/* PDF input through poppler-glib: each page's characters with their boxes,
 * gathered into rows by their vertical position and into segments by the
 * gaps between them; positions become character widths. No OCR: a PDF
 * without a text layer is refused. */
#include "layout.h"
#include "pdf_dl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PAGES 10000u
#define MAX_PAGE_GLYPHS 200000u
#define SEG_GAP 2.6f   /* character widths that split a row */
#define SPACE_GAP 0.3f /* character widths that make a space */

typedef struct glyph {
    float x1, x2, ym, h;
    int32_t cp;
} glyph;

typedef struct pdf_reader {
    const dp__poppler *pop;
    dp_doc *doc;
    dp__layout lay;
    glyph *g;
    size_t cap_g;
    float *widths; /* each page's typical character width */
    size_t n_widths, cap_widths;
    uint32_t line;
    dp__buf seg;
} pdf_reader;

static int cmp_ym(const void *a, const void *b)
{
    const glyph *x = a, *y = b;
    return (x->ym > y->ym) - (x->ym < y->ym);
}

static int cmp_x(const void *a, const void *b)
{
    const glyph *x = a, *y = b;
    return (x->x1 > y->x1) - (x->x1 < y->x1);
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* Median of v[0..n) (sorted in place). */
static float median(float *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_float);
    return v[n / 2];
}

/* One row: glyphs g[0..n) sorted by x. x stays in points for now. */
static dp_status add_row(pdf_reader *R, uint32_t page, const glyph *g, size_t n, float cw)
{
    float ym = 0;
    for (size_t i = 0; i < n; i++)
        ym += g[i].ym;
    dp__lrow row = {.page = page, .line = ++R->line, .y = ym / (float)n};
    dp_status st = dp__layout_add_row(&R->lay, &row);
    size_t a = 0;
    while (st == DP_OK && a < n) {
        dp__buf_reset(&R->seg);
        size_t b = a;
        for (; b < n && st == DP_OK; b++) {
            if (b > a) {
                float gap = g[b].x1 - g[b - 1].x2;
                if (gap >= SEG_GAP * cw)
                    break;
                if (gap >= SPACE_GAP * cw) {
                    long sp = lroundf(gap / cw);
                    for (long k = sp < 1 ? 1 : sp; k > 0 && st == DP_OK; k--)
                        st = dp__buf_putc(&R->seg, ' ');
                }
            }
            char enc[4];
            if (st == DP_OK)
                st = dp__buf_append(&R->seg, enc, dp__utf8_encode(g[b].cp, enc));
        }
        if (st == DP_OK)
            st = dp__layout_add_seg(&R->lay, g[a].x1, g[b - 1].x2, R->seg.data, R->seg.len);
        a = b;
    }
    return st;
}

/* The characters of one page, into rows. */
static dp_status read_page(pdf_reader *R, PopplerPage *page, uint32_t pno, size_t *glyphs)
{
    char *txt = R->pop->page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint nr = 0;
    if (!R->pop->page_get_text_layout(page, &rects, &nr))
        nr = 0;
    size_t n = 0;
    dp_status st = DP_OK;
    const char *s = txt ? txt : "";
    size_t len = strlen(s);
    for (size_t i = 0, k = 0; i < len && k < nr && st == DP_OK; k++) {
        int32_t cp;
        i += dp__utf8_decode(s + i, len - i, &cp);
        if (cp <= ' ' || dp__uc_is_space(cp) || (cp >= 0x7F && cp < 0xA0))
            continue;
        if (cp < 0)
            cp = DP__REPLACEMENT;
        const PopplerRectangle *r = &rects[k];
        if (!(isfinite(r->x1) && isfinite(r->x2) && isfinite(r->y1) && isfinite(r->y2)))
            continue;
        if (n >= MAX_PAGE_GLYPHS) {
            st = DP_E_LIMIT;
            break;
        }
        st = dp__grow((void **)&R->g, &R->cap_g, n, sizeof *R->g, MAX_PAGE_GLYPHS);
        if (st == DP_OK)
            R->g[n++] = (glyph){(float)r->x1, (float)r->x2, (float)(r->y1 + r->y2) / 2,
                                (float)(r->y2 - r->y1), cp};
    }
    g_free(rects);
    g_free(txt);
    *glyphs = n;
    if (st != DP_OK || n == 0)
        return st;
    /* the page's character width: the median glyph width, Latin glyphs
     * preferred (CJK glyphs are two wide) */
    float *w = dp__malloc(n * sizeof *w);
    if (!w)
        return DP_E_NOMEM;
    size_t nw = 0;
    for (size_t i = 0; i < n; i++)
        if (R->g[i].cp < 0x2E80 && R->g[i].x2 > R->g[i].x1)
            w[nw++] = R->g[i].x2 - R->g[i].x1;
    if (nw < n / 4 + 1) {
        nw = 0;
        for (size_t i = 0; i < n; i++)
            w[nw++] = R->g[i].h * 0.6f;
    }
    float cw = median(w, nw);
    float h_med = 0;
    for (size_t i = 0; i < n; i++)
        w[i] = R->g[i].h;
    h_med = median(w, n);
    dp__free(w);
    if (!(cw > 0.5f))
        cw = 7.2f;
    if (!(h_med > 0.5f))
        h_med = 12;
    st = dp__grow((void **)&R->widths, &R->cap_widths, R->n_widths, sizeof *R->widths, MAX_PAGES);
    if (st != DP_OK)
        return st;
    R->widths[R->n_widths++] = cw;
    /* rows: glyphs whose middles are within 0.45 line heights */
    qsort(R->g, n, sizeof *R->g, cmp_ym);
    size_t a = 0;
    while (a < n && st == DP_OK) {
        size_t b = a + 1;
        while (b < n && R->g[b].ym - R->g[a].ym <= 0.45f * h_med)
            b++;
        qsort(R->g + a, b - a, sizeof *R->g, cmp_x);
        st = add_row(R, pno, R->g + a, b - a, cw);
        a = b;
    }
    return st;
}

/* Points to character widths, and blank lines from the gaps between rows
 * (the most common distance between two rows is one line). */
static void finish_layout(pdf_reader *R)
{
    dp__layout *lay = &R->lay;
    float cw = R->n_widths ? median(R->widths, R->n_widths) : 7.2f;
    for (size_t i = 0; i < lay->n_segs; i++) {
        lay->segs[i].x /= cw;
        lay->segs[i].x_end /= cw;
    }
    float *d = dp__malloc((lay->n_rows + 1) * sizeof *d);
    size_t nd = 0;
    for (size_t i = 1; d && i < lay->n_rows; i++)
        if (lay->rows[i].page == lay->rows[i - 1].page && lay->rows[i].y > lay->rows[i - 1].y)
            d[nd++] = lay->rows[i].y - lay->rows[i - 1].y;
    float pitch = nd ? median(d, nd) : 12;
    /* the median is the single spacing unless blank lines dominate */
    for (size_t i = 0; i < nd; i++)
        if (d[i] > pitch * 0.4f && d[i] < pitch)
            pitch = d[i];
    dp__free(d);
    if (!(pitch > 1))
        pitch = 12;
    for (size_t i = 1; i < lay->n_rows; i++) {
        if (lay->rows[i].page != lay->rows[i - 1].page)
            continue;
        long blank = lroundf((lay->rows[i].y - lay->rows[i - 1].y) / pitch) - 1;
        lay->rows[i].blank_before = (uint16_t)(blank < 0 ? 0 : blank > 1000 ? 1000 : blank);
    }
}

static dp_status open_error(const dp__poppler *pop, GError *e, dp_error *err)
{
    dp_status st;
    if (e && e->domain == pop->error_quark() && e->code == POPPLER_ERROR_ENCRYPTED)
        st = dp__error_set(err, DP_E_FORMAT, 0, 0,
                           "this PDF is encrypted (it needs a password); depouille "
                           "cannot read it: save an unprotected copy");
    else
        st = dp__error_set(err, DP_E_FORMAT, 0, 0,
                           "this PDF is damaged or is not a PDF (%s)",
                           e && e->message ? e->message : "unreadable");
    if (e)
        g_error_free(e);
    return st;
}

static dp_status read_pdf(const dp__poppler *pop, dp_doc *doc, const char *bytes, size_t len,
                          dp_error *err)
{
    GError *e = NULL;
    GBytes *gb = g_bytes_new_static(bytes, len);
    PopplerDocument *pd = pop->document_new_from_bytes(gb, NULL, &e);
    if (!pd) {
        g_bytes_unref(gb);
        return open_error(pop, e, err);
    }
    pdf_reader R;
    memset(&R, 0, sizeof R);
    R.pop = pop;
    R.doc = doc;
    dp__layout_init(&R.lay);
    R.lay.paged = true;
    dp__buf_init(&R.seg, (size_t)MAX_PAGE_GLYPHS * 8);
    int np = pop->document_get_n_pages(pd);
    dp_status st = DP_OK;
    size_t total = 0;
    if (np < 0 || (unsigned)np > MAX_PAGES)
        st = dp__error_set(err, DP_E_LIMIT, 0, 0, "this PDF has %d pages; the limit is %u",
                           np, MAX_PAGES);
    for (int p = 0; p < np && st == DP_OK; p++) {
        PopplerPage *page = pop->document_get_page(pd, p);
        size_t glyphs = 0;
        if (page) {
            st = read_page(&R, page, (uint32_t)p + 1, &glyphs);
            g_object_unref(page);
        }
        total += glyphs;
        if (st == DP_E_LIMIT)
            st = dp__error_set(err, st, 0, 0, "page %d has more than %u characters", p + 1,
                               MAX_PAGE_GLYPHS);
        else if (st != DP_OK)
            st = dp__error_set(err, st, 0, 0, "%s", dp_strerror(st));
        else if (glyphs == 0 &&
                 dp__doc_warn(doc, 0, 0, "page %d has no text (an image or a scan?); "
                                         "it was skipped", p + 1) != DP_OK)
            st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    }
    g_object_unref(pd);
    g_bytes_unref(gb);
    R.lay.n_pages = np > 0 ? (uint32_t)np : 0;
    if (st == DP_OK && total == 0)
        st = dp__error_set(err, DP_E_FORMAT, 0, 0,
                           "this PDF has no text layer (a scan?); depouille does not do OCR");
    if (st == DP_OK) {
        finish_layout(&R);
        st = dp__layout_classify(doc, &R.lay, err);
    }
    dp__free(R.g);
    dp__free(R.widths);
    dp__buf_release(&R.seg);
    dp__layout_release(&R.lay);
    return st;
}

dp_status dp__pdf_parse(dp_doc *doc, const char *bytes, size_t len, dp_error *err)
{
    if (len > (size_t)G_MAXSSIZE)
        return dp__error_set(err, DP_E_TOOBIG, 0, 0, "this PDF is too large");
    dp__poppler pop;
    dp_status st = dp__poppler_open(&pop, err);
    if (st != DP_OK)
        return st;
    st = read_pdf(&pop, doc, bytes, len, err);
    dp__poppler_close(&pop);
    return st;
}
