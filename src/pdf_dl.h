/* poppler-glib, loaded when a PDF is read rather than when the program
 * starts (it and its 50 libraries would double every command's start-up):
 * the few functions the PDF reader calls. */
#ifndef DP_PDF_DL_H
#define DP_PDF_DL_H

#include "internal.h"

#include <poppler.h>

typedef struct dp__poppler {
    void *handle;
    PopplerDocument *(*document_new_from_bytes)(GBytes *bytes, const char *password,
                                                GError **error);
    int (*document_get_n_pages)(PopplerDocument *doc);
    PopplerPage *(*document_get_page)(PopplerDocument *doc, int index);
    char *(*page_get_text)(PopplerPage *page);
    gboolean (*page_get_text_layout)(PopplerPage *page, PopplerRectangle **rects,
                                     guint *n_rects);
    GQuark (*error_quark)(void);
} dp__poppler;

/* Loads the library (never unloaded: glib keeps its types) and fills 'p';
 * DP_E_FORMAT with a message naming the package when it is missing. */
dp_status dp__poppler_open(dp__poppler *p, dp_error *err);
/* Drops this use of the library. */
void dp__poppler_close(dp__poppler *p);

#endif
