/* Final Draft reader internals: what the XML pass (fdx_read.c) collects,
 * and the passes that turn it into the dp_doc (fdx_doc.c, fdx_title.c,
 * fdx_tags.c). */
#ifndef DP_FDX_H
#define DP_FDX_H

#include "doc.h"

#define FDX_NONE UINT32_MAX

/* A <Text> run. Its characters are fdx_raw.text[text .. text + len). */
typedef struct fdx_run {
    uint32_t text, len;
    int8_t allcaps;    /* Style says AllCaps: 1, says otherwise: 0, no Style: -1 */
    uint32_t revision; /* RevisionID, 0 = none */
    uint32_t tag;      /* TagNumber, 0 = none */
    uint32_t para;     /* the paragraph it belongs to */
} fdx_run;

/* fdx_para.flags */
#define FDXP_TITLE 0x01u      /* a title page paragraph */
#define FDXP_DUAL_LEFT 0x02u  /* first speaker of a DualDialogue */
#define FDXP_DUAL_RIGHT 0x04u /* second speaker */
#define FDXP_NEW_PAGE 0x08u   /* StartsNewPage="Yes" */
#define FDXP_CENTER 0x10u     /* Alignment="Center" */
#define FDXP_RIGHT 0x20u      /* Alignment="Right" */

/* A <Paragraph> of the script or of the title page, with its position
 * in the file: lines are 1-based, offsets in bytes of the input. */
typedef struct fdx_para {
    const char *type;   /* Type attribute, or NULL */
    const char *number; /* Number attribute, or NULL */
    const char *length, *page, *title; /* SceneProperties, or NULL */
    uint32_t flags;
    uint32_t line, line_end, offset, end;
    uint32_t first_run, n_runs;
} fdx_para;

/* A scene's Summary or a ScriptNote: its paragraphs' text as displayed
 * (dp__fdx_run_text), joined by '\n'. */
typedef struct fdx_extra {
    bool is_note;
    uint32_t para;      /* the script paragraph it belongs to */
    uint32_t text, len; /* in fdx_raw.text */
    uint32_t line, line_end, offset, end;
} fdx_extra;

typedef struct fdx_tagcat {
    const char *id, *name;
} fdx_tagcat;

typedef struct fdx_tagdef {
    const char *id, *cat_id, *label;
    uint32_t number;
} fdx_tagdef;

typedef struct fdx_tagref { /* <Tag Number="n"><DefId>...</DefId></Tag> */
    uint32_t number;
    const char *def_id;
} fdx_tagref;

typedef struct fdx_caps { /* ElementSettings Type="..." FontSpec Style */
    const char *type;
    bool allcaps;
} fdx_caps;

/* Everything the XML pass keeps; strings live in 'arena', run and extra
 * texts in 'text'. Arrays grow with dp__grow. */
typedef struct fdx_raw {
    dp__arena arena;
    dp__buf text;
    fdx_para *paras;
    size_t n_paras, cap_paras;
    fdx_run *runs;
    size_t n_runs, cap_runs;
    fdx_extra *extras;
    size_t n_extras, cap_extras;
    fdx_tagcat *cats;
    size_t n_cats, cap_cats;
    fdx_tagdef *defs;
    size_t n_defs, cap_defs;
    fdx_tagref *refs;
    size_t n_refs, cap_refs;
    fdx_caps *caps;
    size_t n_caps, cap_caps;
    double page_width, page_height; /* inches; 0 when absent */
} fdx_raw;

void dp__fdx_raw_release(fdx_raw *raw);

/* fdx_attr.c: an element's attributes as SAX2 reports them (5 pointers
 * each: name, prefix, URI, value, end of value). A copy that fails for
 * want of memory sets 'nomem'. */
typedef struct fdx_attrs {
    const unsigned char **v;
    int n;
    bool nomem;
} fdx_attrs;

/* A copy of attribute 'name' in 'a' ("&#38;" read as '&', which is how
 * the parser hands '&' over without entity substitution), or NULL. */
const char *dp__fdx_attr(fdx_attrs *A, const char *name, dp__arena *a);
bool dp__fdx_attr_is(const fdx_attrs *A, const char *name, const char *want);
/* A decimal attribute; 0 when absent or not a number that fits. */
uint32_t dp__fdx_attr_u32(const fdx_attrs *A, const char *name);
/* "8.50" in inches, whatever the locale; 0 when absent. */
double dp__fdx_attr_inches(const fdx_attrs *A, const char *name);
/* Style="Bold+AllCaps": 1 with AllCaps, 0 without, -1 when absent. */
int8_t dp__fdx_attr_allcaps(const fdx_attrs *A);
/* A colour "#C6C6EDEDFEFE" (16 bits a channel) or "#C6EDFE" as "#C6EDFE"
 * in 'a'; NULL when absent or not a colour. */
const char *dp__fdx_attr_color(fdx_attrs *A, const char *name, dp__arena *a);

/* fdx_doc.c: the script paragraphs become elements, tags, revisions,
 * title page and paper of 'doc'. */
dp_status dp__fdx_build(dp_doc *doc, fdx_raw *raw);

/* fdx_title.c: title page paragraphs become Title, Credit, Author,
 * Source, Notes, Contact and Draft date entries. */
dp_status dp__fdx_title_page(dp_doc *doc, const fdx_raw *raw);

/* A run's text as displayed, appended to 'out' (the paragraph so far): a
 * line break followed by indentation is the XML's layout and becomes one
 * space (none at the start of 'out'); other line breaks stay; a tab is
 * four spaces; AllCaps text is upper-cased ('scratch' is work space). */
dp_status dp__fdx_run_text(const char *s, size_t n, bool allcaps, dp__buf *scratch,
                           dp__buf *out);

/* fdx_tags.c: resolves TagNumber -> Tag -> TagDefinition -> TagCategory.
 * Build once per document; lookups are O(log n). */
typedef struct fdx_tagmap fdx_tagmap;
dp_status dp__fdx_tagmap_new(dp_doc *doc, fdx_raw *raw, fdx_tagmap **out);
/* Fills tag->category, category_name, label, source_id for 'number', or
 * returns false (with one warning per number) when it is not defined. */
bool dp__fdx_tagmap_resolve(fdx_tagmap *m, uint32_t number, uint32_t line,
                            dp_tag *tag);
void dp__fdx_tagmap_free(fdx_tagmap *m);

#endif
