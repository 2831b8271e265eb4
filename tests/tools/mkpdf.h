/* Renders a screenplay (any input the library reads) as a PDF page layout
 * with cairo: Courier 12, real margins, US Letter or A4, for the PDF
 * reader's tests. */
#ifndef DPT_MKPDF_H
#define DPT_MKPDF_H

#include <stdbool.h>

typedef struct dpt_pdf_style {
    bool a4;             /* A4 (57 lines) instead of US Letter (55) */
    bool numbers;        /* scene numbers in both margins */
    bool revised;        /* a '*' in the right margin on some elements */
    bool french;         /* (SUITE) / SUITE : instead of (MORE) / CONTINUED: */
} dpt_pdf_style;

/* Renders script file 'in' to PDF file 'out'. Returns 0, or -1 with a
 * message on stderr. */
int dpt_mkpdf(const char *in, const char *out, const dpt_pdf_style *style);

#endif
