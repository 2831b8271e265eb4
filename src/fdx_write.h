/* Final Draft writer internals: XML output to a sink (fdx_out.c), the tags
 * to write with their definitions (fdx_tagset.c), the blocks around the
 * script (fdx_meta.c) and the script itself (fdx_write.c). */
#ifndef DP_FDX_WRITE_H
#define DP_FDX_WRITE_H

#include "breakdown.h"

/* Buffered XML output (dp__out): markup goes through dp__out_puts and
 * dp__out_printf as it is; the first failure sticks. */
typedef dp__out fdx_out;

void dp__fdxo_init(fdx_out *o, const dp_sink *sink);
/* Character data: & < > escaped, characters XML forbids dropped. */
void dp__fdxo_text(fdx_out *o, const char *s, size_t n);
/* ' name="value"', the value escaped for an attribute. */
void dp__fdxo_attr(fdx_out *o, const char *name, const char *value);

/* A deterministic UUID (version 4 layout) from the bytes of 'a' and 'b'. */
void dp__fdx_uuid(const char *a, size_t an, const char *b, size_t bn, char out[37]);

/* One TagDefinition: an element of a category. */
typedef struct fdx_wdef {
    uint16_t category;
    const char *category_name;
    const char *label;
    char id[37];
    uint32_t number; /* TagDefinition Number = Tag Number, from 1 */
} fdx_wdef;

/* One anchored tag: a span of an element's plain text. */
typedef struct fdx_wtag {
    size_t element;
    uint32_t start, end; /* in the element's 'plain' text */
    uint32_t number;     /* its definition's number */
} fdx_wtag;

typedef struct fdx_tagset {
    dp__arena arena;
    fdx_wdef *defs; /* by number */
    size_t n_defs;
    fdx_wtag *tags; /* by element, then start; no two overlap */
    size_t n_tags;
} fdx_tagset;

/* The document's tags, plus (when 'bd' is not NULL) the breakdown's
 * items on their mentions and the cast as Cast Members tags on their
 * names in cues and action. A tag of the document wins over an automatic
 * one on the same words. */
dp_status dp__fdx_tagset_build(const dp_doc *doc, const dp_breakdown *bd, fdx_tagset *out);
void dp__fdx_tagset_release(fdx_tagset *ts);

/* fdx_meta.c: what follows the script's Content. 'used' says which
 * optional paragraph types the Content holds (FDXU_*). */
#define FDXU_LYRICS 0x01u
#define FDXU_OUTLINE_BODY 0x02u
#define FDXU_OUTLINE(d) (0x100u << ((d) - 1)) /* Outline 1..9 */
void dp__fdx_write_title_page(fdx_out *o, const dp_doc *doc);
void dp__fdx_write_settings(fdx_out *o, const dp_doc *doc, uint32_t used);
void dp__fdx_write_layout(fdx_out *o, const dp_doc *doc);
void dp__fdx_write_revisions(fdx_out *o, const dp_doc *doc);
void dp__fdx_write_tagdata(fdx_out *o, const fdx_tagset *ts);

#endif
