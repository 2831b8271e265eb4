/* poppler-glib through dlopen (pdf_dl.h). */
#include "pdf_dl.h"

#include <dlfcn.h>
#include <string.h>

#ifndef DP_POPPLER_SO
#define DP_POPPLER_SO "libpoppler-glib.so.8"
#endif

/* 'name' from the library into the function pointer at 'fn' (POSIX lets a
 * dlsym result be copied into a function pointer). */
static bool bind(void *handle, const char *name, void *fn, size_t size)
{
    void *sym = dlsym(handle, name);
    if (!sym || size != sizeof sym)
        return false;
    memcpy(fn, &sym, size);
    return true;
}

dp_status dp__poppler_open(dp__poppler *p, dp_error *err)
{
    memset(p, 0, sizeof *p);
    p->handle = dlopen(DP_POPPLER_SO, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!p->handle)
        return dp__error_set(err, DP_E_FORMAT, 0, 0,
                             "reading a PDF needs the poppler-glib library (%s, Debian package "
                             "libpoppler-glib8), which is not installed",
                             DP_POPPLER_SO);
#define BIND(field, name) bind(p->handle, name, &p->field, sizeof p->field)
    bool ok = BIND(document_new_from_bytes, "poppler_document_new_from_bytes") &&
              BIND(document_get_n_pages, "poppler_document_get_n_pages") &&
              BIND(document_get_page, "poppler_document_get_page") &&
              BIND(page_get_text, "poppler_page_get_text") &&
              BIND(page_get_text_layout, "poppler_page_get_text_layout") &&
              BIND(error_quark, "poppler_error_quark");
#undef BIND
    if (!ok) {
        dp__poppler_close(p);
        return dp__error_set(err, DP_E_FORMAT, 0, 0,
                             "the poppler-glib library (%s) lacks a function the PDF reader "
                             "needs: install Debian's libpoppler-glib8",
                             DP_POPPLER_SO);
    }
    return DP_OK;
}

void dp__poppler_close(dp__poppler *p)
{
    if (p->handle)
        dlclose(p->handle);
    p->handle = NULL;
}
