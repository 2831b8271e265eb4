/* Breakdown sheets in the PDF: each scene on a page of its own (continued
 * on the next when its boxes do not fit): a band in the strip's colour
 * with the scene number, the heading and the strip's name; a grid of the
 * scene's fields; the synopsis; then one box per category, in two
 * columns, each box under a bar of its category's colour. */
#include "report_pdf.h"

#include <stdio.h>
#include <string.h>

#define GAP 8.0
#define BOX_PAD 4.0
#define BULLET 8.0

/* The band: "Scene 12", the heading, the strip. */
static void band(dp__pdf *p, const dp__rsheet *s, const char *title)
{
    double w = p->right - p->left;
    const char *label = dp__strip_label((dp__strip)s->strip, p->r->fr);
    double tw = 0.26 * w, lw = 0.17 * w, hw = w - tw - lw - 4 * BOX_PAD;
    double th = dp__pdf_text(p, title, DP__PF_BIG, tw, DP__LEFT, 2);
    double hh = dp__pdf_text(p, s->heading, DP__PF_TITLE, hw, DP__LEFT, 3);
    double h = (th > hh ? th : hh) + 2 * BOX_PAD + 2;
    dp__pdf_rect(p, p->left, p->y, w, h, dp__strip_color((dp__strip)s->strip), 1.2);
    dp__pdf_text(p, title, DP__PF_BIG, tw, DP__LEFT, 2);
    dp__pdf_show(p, p->left + BOX_PAD + 2, p->y + BOX_PAD + 1);
    dp__pdf_text(p, s->heading, DP__PF_TITLE, hw, DP__LEFT, 3);
    dp__pdf_show(p, p->left + tw + 2 * BOX_PAD, p->y + BOX_PAD + 3);
    double lh = dp__pdf_text(p, label, DP__PF_BOLD, lw - 2 * BOX_PAD, DP__CENTER, 1);
    double lx = p->right - lw - BOX_PAD, ly = p->y + (h - lh - 4) / 2;
    dp__pdf_rect(p, lx, ly, lw, lh + 4, "#FFFFFF", 0.8);
    dp__pdf_show(p, lx + BOX_PAD, ly + 2);
    p->y += h;
}

/* The fields, four to a row: a small label over a bold value. */
static void fields(dp__pdf *p, const dp__rsheet *s)
{
    double w = (p->right - p->left) / 4;
    size_t shown[16], n = 0;
    for (size_t f = 0; f < s->nfields && n < 16; f++)
        if (*s->fields[f].label)
            shown[n++] = f;
    for (size_t i = 0; i < n; i += 4) {
        double h = 0;
        for (size_t k = i; k < i + 4 && k < n; k++) {
            const dp__rfield *f = &s->fields[shown[k]];
            double fh = dp__pdf_text(p, f->label, DP__PF_SMALL, w - 2 * BOX_PAD, DP__LEFT, 1) +
                        dp__pdf_text(p, *f->value ? f->value : "—", DP__PF_BOLD,
                                     w - 2 * BOX_PAD, DP__LEFT, 3);
            if (fh > h)
                h = fh;
        }
        h += 2 * BOX_PAD;
        for (size_t k = i; k < i + 4; k++) {
            double x = p->left + (double)(k - i) * w;
            dp__pdf_rect(p, x, p->y, w, h, NULL, 0.5);
            if (k >= n)
                continue;
            const dp__rfield *f = &s->fields[shown[k]];
            double lh = dp__pdf_text(p, f->label, DP__PF_SMALL, w - 2 * BOX_PAD, DP__LEFT, 1);
            dp__pdf_show(p, x + BOX_PAD, p->y + BOX_PAD - 1);
            dp__pdf_text(p, *f->value ? f->value : "—", DP__PF_BOLD, w - 2 * BOX_PAD,
                         DP__LEFT, 3);
            dp__pdf_show(p, x + BOX_PAD, p->y + BOX_PAD + lh);
        }
        p->y += h;
    }
}

static void synopsis(dp__pdf *p, const dp__rsheet *s)
{
    double w = p->right - p->left;
    const char *label = dp__l(DP__L_SYNOPSIS, p->r->fr);
    double lh = dp__pdf_text(p, label, DP__PF_SMALL, w - 2 * BOX_PAD, DP__LEFT, 1);
    const char *text = *s->synopsis ? s->synopsis : "—";
    double th = dp__pdf_text(p, text, DP__PF_BODY, w - 2 * BOX_PAD, DP__LEFT, 4);
    double h = lh + th + 2 * BOX_PAD;
    dp__pdf_rect(p, p->left, p->y, w, h, NULL, 0.5);
    dp__pdf_text(p, label, DP__PF_SMALL, w - 2 * BOX_PAD, DP__LEFT, 1);
    dp__pdf_show(p, p->left + BOX_PAD, p->y + BOX_PAD - 1);
    dp__pdf_text(p, text, DP__PF_BODY, w - 2 * BOX_PAD, DP__LEFT, 4);
    dp__pdf_show(p, p->left + BOX_PAD, p->y + BOX_PAD + lh);
    p->y += h;
}

/* Height of a box 'w' wide; draws it at (x, y) when 'draw'. */
static double box(dp__pdf *p, const dp__rbox *b, double x, double y, double w, bool draw)
{
    double inner = w - 2 * BOX_PAD;
    double th = dp__pdf_text(p, b->title, DP__PF_BOLD, inner, DP__LEFT, 1) + 2 * BOX_PAD;
    double h = 3 + th;
    const char *none = dp__l(DP__L_NONE, p->r->fr);
    size_t n = b->nlines ? b->nlines : 1;
    for (size_t l = 0; l < n; l++)
        h += dp__pdf_text(p, b->nlines ? b->lines[l] : none, DP__PF_BODY, inner - BULLET,
                          DP__LEFT, 6) + 1.5;
    h += BOX_PAD;
    if (!draw)
        return h;
    dp__pdf_rect(p, x, y, w, h, NULL, 0.6);
    dp__pdf_rect(p, x, y, w, 3, b->color, 0);
    dp__pdf_rect(p, x, y + 3, w, th, "#EFEFEF", 0);
    dp__pdf_text(p, b->title, DP__PF_BOLD, inner, DP__LEFT, 1);
    dp__pdf_show(p, x + BOX_PAD, y + 3 + BOX_PAD);
    double ly = y + 3 + th + 1;
    for (size_t l = 0; l < n; l++) {
        const char *text = b->nlines ? b->lines[l] : none;
        double lh = dp__pdf_text(p, text, DP__PF_BODY, inner - BULLET, DP__LEFT, 6) + 1.5;
        dp__pdf_show(p, x + BOX_PAD + BULLET, ly);
        if (b->nlines) {
            dp__pdf_text(p, "•", DP__PF_BODY, BULLET, DP__LEFT, 1);
            dp__pdf_show(p, x + BOX_PAD, ly);
        }
        ly += lh;
    }
    return h;
}

static void sheet(dp__pdf *p, const dp__rsheet *s)
{
    dp__pdf_new_page(p, !p->fresh);
    band(p, s, s->title);
    fields(p, s);
    synopsis(p, s);
    p->fresh = false;
    double cw = (p->right - p->left - GAP) / 2;
    double col_y[2] = {p->y + GAP, p->y + GAP};
    for (size_t i = 0; i < s->nboxes; i++) {
        const dp__rbox *b = &s->boxes[i];
        int c = col_y[1] < col_y[0] ? 1 : 0;
        double h = box(p, b, 0, 0, cw, false);
        if (col_y[c] + h > p->bottom && col_y[c] > p->top + 60) {
            /* on to a continuation page */
            dp__pdf_new_page(p, true);
            char cont[300];
            snprintf(cont, sizeof cont, "%s (%s)", s->title, p->r->fr ? "suite" : "cont.");
            band(p, s, cont);
            p->fresh = false;
            col_y[0] = col_y[1] = p->y + GAP;
            c = 0;
        }
        box(p, b, p->left + (double)c * (cw + GAP), col_y[c], cw, true);
        col_y[c] += h + GAP;
    }
    p->y = col_y[0] > col_y[1] ? col_y[0] : col_y[1];
}

void dp__pdf_sheets(dp__pdf *p)
{
    for (size_t i = 0; i < p->r->nsheets && p->status == DP_OK; i++)
        sheet(p, &p->r->sheets[i]);
}
