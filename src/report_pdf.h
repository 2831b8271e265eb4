/* The PDF writer's page machinery (report_pdf.c), shared with the breakdown
 * sheets (report_pdf_sheet.c). Each page is drawn once, into a recording
 * surface; when all are done, and their count is known, each is played
 * onto a PDF page under its "Page n of N" footer. */
#ifndef DP_REPORT_PDF_H
#define DP_REPORT_PDF_H

#include "report.h"

#include <cairo.h>
#include <pango/pangocairo.h>

/* A laid-out short text, kept for reuse: tables repeat "1", "W", "INT". */
typedef struct dp__pdf_cached {
    char text[16];
    uint8_t font, align;
    int width; /* in 1/64 points */
    PangoLayout *lay;
    double h;
} dp__pdf_cached;

#define DP__PDF_CACHE 2048

typedef struct dp__pdf {
    const dp__report *r;
    PangoContext *ctx;    /* 72 dpi: a font's size is in points */
    PangoLayout *lay;     /* one layout, reset for each text */
    PangoFontDescription *font[5]; /* dp__pdf_font */
    cairo_t *cr;          /* the current page's recording */
    cairo_surface_t **pages; /* the recordings, one per page */
    size_t npages, cap;
    double pw, ph;        /* page size, points */
    double left, right;   /* content edges */
    double top, bottom;   /* content area below the header, above the footer */
    double y;             /* where the next thing goes */
    bool fresh;           /* nothing on the current page yet */
    dp_status status;     /* the first failure (out of memory) */
    dp__pdf_cached *cache; /* DP__PDF_CACHE slots, or NULL */
} dp__pdf;

typedef enum dp__pdf_font {
    DP__PF_BODY = 0, /* 8 pt */
    DP__PF_BOLD,     /* 8 pt bold */
    DP__PF_SMALL,    /* 6.5 pt */
    DP__PF_TITLE,    /* 12 pt bold */
    DP__PF_BIG       /* 15 pt bold */
} dp__pdf_font;

/* Sets the layout to 'text' in 'font', 'width' points wide (wrapping at
 * words, then anywhere), aligned; at most 'max_lines' lines (0: no limit),
 * the last one ending in "…" when cut. Returns the height in points. */
double dp__pdf_text(dp__pdf *p, const char *text, dp__pdf_font font, double width,
                    dp__align align, int max_lines);
/* The same with a layout of the caller's (pango_layout_new(p->ctx)). */
double dp__pdf_text_in(dp__pdf *p, PangoLayout *l, const char *text, dp__pdf_font font,
                       double width, dp__align align, int max_lines);
/* A layout of 'text' (shorter than 16 bytes) shared by every such call
 * with the same arguments, and its height in '*h'; NULL when the text is
 * longer or the cache is full (then lay it out yourself). */
PangoLayout *dp__pdf_cached_text(dp__pdf *p, const char *text, dp__pdf_font font,
                                 double width, dp__align align, double *h);
/* Draws the layout last set with dp__pdf_text() at (x, y). */
void dp__pdf_show(dp__pdf *p, double x, double y);
void dp__pdf_show_in(dp__pdf *p, PangoLayout *l, double x, double y);
/* Fills a rectangle with "#RRGGBB" and/or strokes it in grey 'line' (0:
 * none). */
void dp__pdf_rect(dp__pdf *p, double x, double y, double w, double h, const char *fill,
                  double line);
/* Ends the current page (unless nothing is on it and 'force' is false) and
 * begins the next, with its header and footer. */
void dp__pdf_new_page(dp__pdf *p, bool force);
/* Room left on the page, in points. */
double dp__pdf_room(const dp__pdf *p);

/* report_pdf_sheet.c: the breakdown sheets, one (or more) pages each. */
void dp__pdf_sheets(dp__pdf *p);

#endif
