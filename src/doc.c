/* dp_doc: construction, accessors, lifetime. */
#include "doc.h"

#include <stdio.h>
#include <string.h>

#define DOC_ARENA_CAP ((size_t)1 << 31)

static const char *const element_names[DP_EL_COUNT_] = {
    "scene_heading", "action",     "character", "parenthetical",
    "dialogue",      "transition", "centered",  "lyric",
    "note",          "section",    "synopsis",  "page_break",
};

const char *dp_element_type_name(dp_element_type t)
{
    return (unsigned)t < DP_EL_COUNT_ ? element_names[t] : "unknown";
}

dp_status dp__doc_new(dp_format format, dp_doc **out)
{
    dp_doc *doc = dp__calloc(1, sizeof *doc);
    if (!doc)
        return DP_E_NOMEM;
    dp__arena_init(&doc->arena, DOC_ARENA_CAP);
    doc->format = format;
    *out = doc;
    return DP_OK;
}

void dp_doc_free(dp_doc *doc)
{
    if (!doc)
        return;
    dp__arena_release(&doc->arena);
    dp__free(doc->elements);
    dp__free(doc->title);
    dp__free(doc->warnings);
    dp__free(doc->revisions);
    dp__free(doc->tags);
    dp__free(doc);
}

dp_status dp__doc_reserve_elements(dp_doc *doc, size_t n)
{
    if (n > DP_MAX_ELEMENTS)
        n = DP_MAX_ELEMENTS;
    if (n <= doc->cap_elements)
        return DP_OK;
    dp_element *p = dp__realloc(doc->elements, n * sizeof *p);
    if (!p)
        return DP_E_NOMEM;
    doc->elements = p;
    doc->cap_elements = n;
    return DP_OK;
}

dp_status dp__doc_add_element_grow(dp_doc *doc, const dp_element *el)
{
    dp_status st = dp__grow((void **)&doc->elements, &doc->cap_elements,
                        doc->n_elements, sizeof *el, DP_MAX_ELEMENTS);
    if (st != DP_OK)
        return st;
    doc->elements[doc->n_elements] = *el;
    if (doc->format != DP_FORMAT_FDX) /* only Final Draft gives lengths */
        doc->elements[doc->n_elements].fd_eighths = -1;
    doc->n_elements++;
    return DP_OK;
}

dp_status dp__doc_add_title(dp_doc *doc, const char *key, const char *value,
                            uint32_t line)
{
    dp_status st = dp__grow((void **)&doc->title, &doc->cap_title, doc->n_title,
                        sizeof *doc->title, 4096);
    if (st != DP_OK)
        return st;
    doc->title[doc->n_title++] = (dp_title_entry){key, value, line};
    return DP_OK;
}

dp_status dp__doc_warn(dp_doc *doc, uint32_t line, uint32_t col,
                       const char *fmt, ...)
{
    if (doc->n_warnings >= DP_MAX_WARNINGS) {
        doc->warnings_dropped++;
        return DP_OK;
    }
    dp_status st = dp__grow((void **)&doc->warnings, &doc->cap_warnings,
                        doc->n_warnings, sizeof *doc->warnings,
                        DP_MAX_WARNINGS);
    if (st != DP_OK) {
        doc->oom = true;
        return st;
    }
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *m = dp__arena_strndup(&doc->arena, msg, strlen(msg));
    if (!m) {
        doc->oom = true;
        return DP_E_NOMEM;
    }
    doc->warnings[doc->n_warnings++] = (dp_diag){line, col, m};
    return DP_OK;
}

/* Warnings in line, then column order; stable (insertion sort: the
 * passes that emit them are each in order already, and they are few). */
static void sort_warnings(dp_doc *doc)
{
    for (size_t i = 1; i < doc->n_warnings; i++) {
        dp_diag d = doc->warnings[i];
        size_t k = i;
        while (k > 0 && (doc->warnings[k - 1].line > d.line ||
                         (doc->warnings[k - 1].line == d.line &&
                          doc->warnings[k - 1].col > d.col))) {
            doc->warnings[k] = doc->warnings[k - 1];
            k--;
        }
        doc->warnings[k] = d;
    }
}

dp_status dp_doc_parse(const char *text, size_t len,
                       const dp_parse_options *opts, dp_doc **out,
                       dp_error *err)
{
    if (!out || (!text && len))
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_doc_parse: NULL argument");
    *out = NULL;
    if (len > DP_MAX_INPUT_BYTES)
        return dp__error_set(err, DP_E_TOOBIG, 0, 0,
                             "input is %zu bytes; the limit is %u bytes", len,
                             DP_MAX_INPUT_BYTES);
    dp_format format = opts ? opts->format : DP_FORMAT_AUTO;
    if (format == DP_FORMAT_AUTO)
        format = dp__sniff_format(text ? text : "", len, opts ? opts->name : NULL);
    dp_doc *doc;
    if (dp__doc_new(format, &doc) != DP_OK)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    dp_status st;
    switch (format) {
    case DP_FORMAT_FOUNTAIN:
        st = dp__fountain_parse(doc, text ? text : "", len, err);
        break;
    case DP_FORMAT_FDX:
        st = dp__fdx_parse(doc, text ? text : "", len, err);
        break;
    case DP_FORMAT_PDF:
        st = dp__pdf_parse(doc, text ? text : "", len, err);
        break;
    case DP_FORMAT_TEXT:
        st = dp__text_parse(doc, text ? text : "", len, err);
        break;
    default:
        st = dp__error_set(err, DP_E_FORMAT, 0, 0, "unknown input format");
        break;
    }
    if (st == DP_OK && (doc->oom || doc->arena.failed))
        st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    if (st != DP_OK) {
        dp_doc_free(doc);
        return st;
    }
    sort_warnings(doc);
    *out = doc;
    return DP_OK;
}

size_t dp_doc_element_count(const dp_doc *doc) { return doc ? doc->n_elements : 0; }

const dp_element *dp_doc_element(const dp_doc *doc, size_t i)
{
    return doc && i < doc->n_elements ? &doc->elements[i] : NULL;
}

size_t dp_doc_title_count(const dp_doc *doc) { return doc ? doc->n_title : 0; }

const dp_title_entry *dp_doc_title(const dp_doc *doc, size_t i)
{
    return doc && i < doc->n_title ? &doc->title[i] : NULL;
}

const char *dp_doc_title_value(const dp_doc *doc, const char *key)
{
    if (!doc || !key)
        return NULL;
    for (size_t i = 0; i < doc->n_title; i++)
        if (dp__ascii_ieq(doc->title[i].key, strlen(doc->title[i].key), key))
            return doc->title[i].value;
    return NULL;
}

size_t dp_doc_warning_count(const dp_doc *doc) { return doc ? doc->n_warnings : 0; }

const dp_diag *dp_doc_warning(const dp_doc *doc, size_t i)
{
    return doc && i < doc->n_warnings ? &doc->warnings[i] : NULL;
}

dp_format dp_doc_format(const dp_doc *doc)
{
    return doc ? doc->format : DP_FORMAT_AUTO;
}

/* ---- Final Draft data and tags ------------------------------------------ */

dp_status dp__doc_add_tag(dp_doc *doc, const dp_tag *tag)
{
    dp_status st = dp__grow((void **)&doc->tags, &doc->cap_tags, doc->n_tags,
                            sizeof *tag, DP_MAX_ELEMENTS);
    if (st != DP_OK)
        return st;
    doc->tags[doc->n_tags++] = *tag;
    return DP_OK;
}

dp_status dp__doc_add_revision(dp_doc *doc, const dp_revision *rev)
{
    dp_status st = dp__grow((void **)&doc->revisions, &doc->cap_revisions,
                            doc->n_revisions, sizeof *rev, 4096);
    if (st != DP_OK)
        return st;
    doc->revisions[doc->n_revisions++] = *rev;
    return DP_OK;
}

dp_paper dp_doc_paper(const dp_doc *doc) { return doc ? doc->paper : DP_PAPER_AUTO; }

size_t dp_doc_revision_count(const dp_doc *doc) { return doc ? doc->n_revisions : 0; }

const dp_revision *dp_doc_revision(const dp_doc *doc, size_t i)
{
    return doc && i < doc->n_revisions ? &doc->revisions[i] : NULL;
}

size_t dp_doc_tag_count(const dp_doc *doc) { return doc ? doc->n_tags : 0; }

const dp_tag *dp_doc_tag(const dp_doc *doc, size_t i)
{
    return doc && i < doc->n_tags ? &doc->tags[i] : NULL;
}
