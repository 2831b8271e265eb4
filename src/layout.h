/* The layout model shared by the PDF and plain-text readers: printed rows
 * of text with their horizontal positions in character widths, page by
 * page; and the classifier that turns them into script elements by their
 * columns, which it learns from each document. */
#ifndef DP_LAYOUT_H
#define DP_LAYOUT_H

#include "doc.h"
#include "rules.h"

/* A run of text on a row, set apart from the next run by a wide gap. */
typedef struct dp__lseg {
    float x, x_end;      /* left and right edges, in character widths */
    uint32_t start, len; /* bytes in dp__layout.text */
} dp__lseg;

/* One printed line. */
typedef struct dp__lrow {
    uint32_t page;           /* physical page, 1-based */
    uint32_t line;           /* text: source line; PDF: running row number */
    uint32_t offset, length; /* text: byte span in the input; PDF: 0 */
    float y;                 /* PDF: points from the page top; text: unused */
    uint16_t blank_before;   /* empty lines since the previous row of the page */
    uint32_t seg, n_seg;     /* its segments in dp__layout.segs, by x */
} dp__lrow;

typedef struct dp__layout {
    dp__lrow *rows;
    size_t n_rows, cap_rows;
    dp__lseg *segs;
    size_t n_segs, cap_segs;
    dp__buf text;
    uint32_t n_pages; /* physical pages */
    bool paged;       /* page breaks are known (PDF pages, form feeds) */
} dp__layout;

void dp__layout_init(dp__layout *lay);
void dp__layout_release(dp__layout *lay);
/* Appends a row; its segments follow, left to right. */
dp_status dp__layout_add_row(dp__layout *lay, const dp__lrow *row);
dp_status dp__layout_add_seg(dp__layout *lay, float x, float x_end,
                             const char *s, size_t n);

/* ---- the classifier (layout_*.c) ---------------------------------------- */

typedef enum dp__rkind {
    DP__R_BODY = 0,
    DP__R_DROP,    /* header, footer, CONTINUED:, SUITE :, separator */
    DP__R_MORE,    /* (MORE) / (SUITE) under a dialogue: it goes on */
    DP__R_PAGENUM, /* a printed page number */
    DP__R_TITLE    /* on the title page */
} dp__rkind;

/* A row once its margins are read. */
typedef struct dp__rinfo {
    uint32_t t, n;       /* main text in dp__lctx.text */
    uint32_t num, num_n; /* margin scene number in dp__layout.text (num_n 0: none) */
    float x, x_end;      /* edges of the main text */
    uint32_t seg, n_seg; /* the main text's segments */
    uint32_t vpage;      /* page index, 0-based (physical or from numbers) */
    uint32_t printed;    /* DP__R_PAGENUM: the number */
    uint8_t kind;        /* dp__rkind */
    bool revised;        /* a revision mark in the right margin */
} dp__rinfo;

/* What the classifier knows of a document. Columns are in character
 * widths: A heading/action, D dialogue, P parenthetical, C cue, R the
 * right edge of the text. */
typedef struct dp__lctx {
    dp_doc *doc;
    const dp__layout *lay;
    dp__rinfo *ri; /* one per row */
    dp__buf text;
    uint32_t n_vpages;
    uint32_t *page_no; /* script page number of each vpage (0 unknown) */
    float A, D, P, C, R;
    dp__arena scratch;
    dp__buf tmp;
    dp__rules rules;
} dp__lctx;

/* Text of row i's main part. */
const char *dp__lrow_text(const dp__lctx *c, size_t i, size_t *n);
/* Is s[0..n) a scene heading by its words: the Fountain prefixes (INT.,
 * EXT., ...) or a French form? */
bool dp__layout_heading_words(dp__lctx *c, const char *s, size_t n);

/* layout_page.c: margins (scene numbers, revision marks), page furniture,
 * page numbers. Needs A and R; fills ri[], vpages and page_no. */
dp_status dp__layout_pages(dp__lctx *c);
/* layout_title.c: marks the title page's rows and stores its entries. */
dp_status dp__layout_title(dp__lctx *c);
/* layout_classify.c: the columns and the elements. */
void dp__layout_learn_margins(dp__lctx *c);
dp_status dp__layout_elements(dp__lctx *c);

/* Reads 'lay' into 'doc' (all of the above, in order). */
dp_status dp__layout_classify(dp_doc *doc, const dp__layout *lay,
                              dp_error *err);

#endif
