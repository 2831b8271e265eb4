/* The document model behind the opaque dp_doc, for readers and analysis. */
#ifndef DP_DOC_H
#define DP_DOC_H

#include "internal.h"

struct dp_doc {
    dp__arena arena; /* every string of the document */
    dp_format format;
    dp_element *elements;
    size_t n_elements, cap_elements;
    dp_title_entry *title;
    size_t n_title, cap_title;
    dp_diag *warnings;
    size_t n_warnings, cap_warnings;
    size_t warnings_dropped; /* beyond DP_MAX_WARNINGS */
    bool oom; /* a warning could not be kept for want of memory */
    /* what Final Draft files carry */
    dp_paper paper; /* DP_PAPER_AUTO: not said */
    dp_revision *revisions;
    size_t n_revisions, cap_revisions;
    dp_tag *tags;
    size_t n_tags, cap_tags;
};

dp_status dp__doc_new(dp_format format, dp_doc **out);
/* Room for 'n' elements in all (at most DP_MAX_ELEMENTS), made at once
 * when a reader knows how many may come. */
dp_status dp__doc_reserve_elements(dp_doc *doc, size_t n);
/* dp__doc_add_element() when the array must grow first. */
dp_status dp__doc_add_element_grow(dp_doc *doc, const dp_element *el);
/* Room for one more element: the slot past the last one, which the caller
 * fills and then counts (doc->n_elements++); NULL with '*st' set when the
 * array cannot grow. Readers that build elements in place use it. */
static inline dp_element *dp__doc_element_slot(dp_doc *doc, dp_status *st)
{
    if (doc->n_elements >= doc->cap_elements &&
        (*st = dp__doc_reserve_elements(doc, doc->n_elements < 32 ? 64 : doc->n_elements * 2)) !=
            DP_OK)
        return NULL;
    if (doc->n_elements >= doc->cap_elements) {
        *st = DP_E_LIMIT;
        return NULL;
    }
    return &doc->elements[doc->n_elements];
}
/* Appends a copy of 'el' (its strings must already live in the arena).
 * Inline when there is room. */
static inline dp_status dp__doc_add_element(dp_doc *doc, const dp_element *el)
{
    if (doc->n_elements >= doc->cap_elements)
        return dp__doc_add_element_grow(doc, el);
    dp_element *d = &doc->elements[doc->n_elements++];
    *d = *el;
    if (doc->format != DP_FORMAT_FDX) /* only Final Draft gives lengths */
        d->fd_eighths = -1;
    return DP_OK;
}
dp_status dp__doc_add_title(dp_doc *doc, const char *key, const char *value,
                            uint32_t line);
/* Appends a copy of 'tag' / 'rev' (strings already in the arena). */
dp_status dp__doc_add_tag(dp_doc *doc, const dp_tag *tag);
dp_status dp__doc_add_revision(dp_doc *doc, const dp_revision *rev);
/* Records a warning; beyond DP_MAX_WARNINGS only counts it. */
dp_status dp__doc_warn(dp_doc *doc, uint32_t line, uint32_t col,
                       const char *fmt, ...) DP__PRINTF(4, 5);

/* format.c: the reader 's' needs ('name' may be NULL). */
dp_format dp__sniff_format(const char *s, size_t n, const char *name);

/* Fountain reader (fountain.c). */
dp_status dp__fountain_parse(dp_doc *doc, const char *text, size_t len,
                             dp_error *err);

/* PDF reader (layout_pdf.c) and plain-text reader (layout_text.c): both
 * classify printed lines by their columns (layout_*.c). */
dp_status dp__pdf_parse(dp_doc *doc, const char *bytes, size_t len, dp_error *err);
dp_status dp__text_parse(dp_doc *doc, const char *text, size_t len, dp_error *err);
/* Does the text look laid out in columns (a text export of a script)?
 * See dp__sniff_format(). */
bool dp__text_looks_laid_out(const char *s, size_t n);

/* Final Draft reader (fdx_read.c). */
dp_status dp__fdx_parse(dp_doc *doc, const char *text, size_t len,
                        dp_error *err);

#endif
