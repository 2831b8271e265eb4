/* The layout model (rows of positioned text) and the classifier's driver:
 * margins, page furniture, title page, columns, then elements. */
#include "layout.h"

#include "heading.h"

#include <string.h>

#define LAYOUT_TEXT_MAX ((size_t)DP_MAX_INPUT_BYTES * 4)
#define SCRATCH_CAP ((size_t)256 << 20)

void dp__layout_init(dp__layout *lay)
{
    memset(lay, 0, sizeof *lay);
    dp__buf_init(&lay->text, LAYOUT_TEXT_MAX);
}

void dp__layout_release(dp__layout *lay)
{
    dp__free(lay->rows);
    dp__free(lay->segs);
    dp__buf_release(&lay->text);
    memset(lay, 0, sizeof *lay);
}

dp_status dp__layout_add_row(dp__layout *lay, const dp__lrow *row)
{
    dp_status st = dp__grow((void **)&lay->rows, &lay->cap_rows, lay->n_rows,
                            sizeof *lay->rows, DP_MAX_LINES);
    if (st != DP_OK)
        return st;
    dp__lrow *r = &lay->rows[lay->n_rows++];
    *r = *row;
    r->seg = (uint32_t)lay->n_segs;
    r->n_seg = 0;
    return DP_OK;
}

dp_status dp__layout_add_seg(dp__layout *lay, float x, float x_end,
                             const char *s, size_t n)
{
    if (lay->n_rows == 0)
        return DP_E_ARG;
    dp_status st = dp__grow((void **)&lay->segs, &lay->cap_segs, lay->n_segs,
                            sizeof *lay->segs, (size_t)DP_MAX_LINES * 4);
    if (st == DP_OK && lay->text.len + n >= UINT32_MAX)
        st = DP_E_LIMIT;
    if (st != DP_OK)
        return st;
    uint32_t start = (uint32_t)lay->text.len;
    if ((st = dp__buf_append(&lay->text, s, n)) != DP_OK)
        return st;
    lay->segs[lay->n_segs++] = (dp__lseg){x, x_end, start, (uint32_t)n};
    lay->rows[lay->n_rows - 1].n_seg++;
    return DP_OK;
}

const char *dp__lrow_text(const dp__lctx *c, size_t i, size_t *n)
{
    *n = c->ri[i].n;
    return c->text.data ? c->text.data + c->ri[i].t : "";
}

bool dp__layout_heading_words(dp__lctx *c, const char *s, size_t n)
{
    if (dp__heading_fountain_prefix(s, n) == 1)
        return true;
    if (n == 0 || n > 160)
        return false;
    dp__heading h;
    return dp__heading_analyze(&c->scratch, s, n, &h) == DP_OK &&
           dp__heading_is_french_form(&h, s, n);
}

dp_status dp__layout_classify(dp_doc *doc, const dp__layout *lay, dp_error *err)
{
    dp__lctx c;
    memset(&c, 0, sizeof c);
    c.doc = doc;
    c.lay = lay;
    dp__buf_init(&c.text, LAYOUT_TEXT_MAX);
    dp__buf_init(&c.tmp, LAYOUT_TEXT_MAX);
    dp__arena_init(&c.scratch, SCRATCH_CAP);
    c.rules = (dp__rules){&c.scratch, &c.tmp, false};
    dp_status st = DP_OK;
    if (lay->n_rows > 0) {
        c.ri = dp__calloc(lay->n_rows, sizeof *c.ri);
        if (!c.ri)
            st = DP_E_NOMEM;
    }
    if (st == DP_OK && lay->n_rows > 0) {
        dp__layout_learn_margins(&c);
        st = dp__layout_pages(&c);
        if (st == DP_OK)
            st = dp__layout_title(&c);
        if (st == DP_OK)
            st = dp__layout_elements(&c);
    }
    if (st == DP_OK && (c.scratch.failed || c.tmp.failed || c.text.failed))
        st = DP_E_NOMEM;
    dp__free(c.ri);
    dp__free(c.page_no);
    dp__buf_release(&c.text);
    dp__buf_release(&c.tmp);
    dp__arena_release(&c.scratch);
    if (st == DP_E_LIMIT)
        return dp__error_set(err, st, 0, 0,
                             "the script has more than %u elements or lines",
                             DP_MAX_ELEMENTS);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "%s", dp_strerror(st));
    return DP_OK;
}
