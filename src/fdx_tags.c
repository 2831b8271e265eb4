/* Final Draft Tagger data: a run's TagNumber -> <Tag Number> -> DefId ->
 * <TagDefinition Id> (Label, CatId) -> <TagCategory Id> (Name). Categories
 * are matched to ours by Final Draft's fixed UUID first, then by name;
 * others become custom categories numbered from 501 in file order. */
#include "categories.h"
#include "fdx.h"

#include <stdlib.h>
#include <string.h>

#define WARN_MAX 32

typedef struct cat_entry {
    const char *id;    /* the file's TagCategory Id */
    uint16_t category; /* our id */
    const char *name;
} cat_entry;

struct fdx_tagmap {
    dp_doc *doc;
    fdx_tagref *refs;   /* by number */
    size_t n_refs;
    fdx_tagdef *defs;   /* by id */
    size_t n_defs;
    fdx_tagdef **by_number; /* definitions by number */
    cat_entry *cats;    /* by id */
    size_t n_cats;
    uint32_t warned[WARN_MAX];
    size_t n_warned;
};

/* Ids compare ignoring ASCII case: UUIDs may be written either way. */
static int cmp_str(const char *a, const char *b)
{
    const unsigned char *x = (const unsigned char *)(a ? a : "");
    const unsigned char *y = (const unsigned char *)(b ? b : "");
    for (;; x++, y++) {
        int p = *x >= 'A' && *x <= 'Z' ? *x + 32 : *x;
        int q = *y >= 'A' && *y <= 'Z' ? *y + 32 : *y;
        if (p != q || !p)
            return p - q;
    }
}

static int cmp_ref(const void *x, const void *y)
{
    const fdx_tagref *a = x, *b = y;
    return a->number < b->number ? -1 : a->number > b->number;
}

static int cmp_def(const void *x, const void *y)
{
    return cmp_str(((const fdx_tagdef *)x)->id, ((const fdx_tagdef *)y)->id);
}

static int cmp_def_number(const void *x, const void *y)
{
    const fdx_tagdef *a = *(fdx_tagdef *const *)x, *b = *(fdx_tagdef *const *)y;
    return a->number < b->number ? -1 : a->number > b->number;
}

static int cmp_cat(const void *x, const void *y)
{
    return cmp_str(((const cat_entry *)x)->id, ((const cat_entry *)y)->id);
}

dp_status dp__fdx_tagmap_new(dp_doc *doc, fdx_raw *raw, fdx_tagmap **out)
{
    fdx_tagmap *m = dp__calloc(1, sizeof *m);
    *out = m;
    if (!m)
        return DP_E_NOMEM;
    m->doc = doc;
    m->refs = raw->refs;
    m->n_refs = raw->n_refs;
    m->defs = raw->defs;
    m->n_defs = raw->n_defs;
    m->by_number = dp__malloc((raw->n_defs + 1) * sizeof *m->by_number);
    m->cats = dp__malloc((raw->n_cats + 1) * sizeof *m->cats);
    if (!m->by_number || !m->cats)
        return DP_E_NOMEM;
    if (m->n_refs)
        qsort(m->refs, m->n_refs, sizeof *m->refs, cmp_ref);
    if (m->n_defs)
        qsort(m->defs, m->n_defs, sizeof *m->defs, cmp_def);
    for (size_t i = 0; i < m->n_defs; i++)
        m->by_number[i] = &m->defs[i];
    if (m->n_defs)
        qsort(m->by_number, m->n_defs, sizeof *m->by_number, cmp_def_number);
    uint32_t custom = DP__CAT_CUSTOM;
    for (size_t i = 0; i < raw->n_cats; i++) {
        const fdx_tagcat *c = &raw->cats[i];
        if (!c->id)
            continue;
        const dp__category *known = dp__category_by_fd_uuid(c->id, strlen(c->id));
        if (!known && c->name)
            known = dp__category_by_name(&m->doc->arena, c->name, strlen(c->name));
        cat_entry e = {c->id, 0, c->name && *c->name ? c->name : NULL};
        if (known) {
            e.category = known->id;
            if (!e.name)
                e.name = known->en;
        } else {
            e.category = (uint16_t)(custom < UINT16_MAX ? ++custom : UINT16_MAX);
            if (!e.name)
                e.name = "Category";
        }
        m->cats[m->n_cats++] = e;
    }
    if (m->n_cats)
        qsort(m->cats, m->n_cats, sizeof *m->cats, cmp_cat);
    return DP_OK;
}

void dp__fdx_tagmap_free(fdx_tagmap *m)
{
    if (!m)
        return;
    dp__free(m->by_number);
    dp__free(m->cats);
    dp__free(m);
}

/* Warns once about 'number' (and about at most WARN_MAX numbers). */
static void warn_once(fdx_tagmap *m, uint32_t number, uint32_t line, const char *what)
{
    for (size_t i = 0; i < m->n_warned; i++)
        if (m->warned[i] == number)
            return;
    if (m->n_warned >= WARN_MAX)
        return;
    m->warned[m->n_warned++] = number;
    dp__doc_warn(m->doc, line, 1, "tag %u %s", number, what);
}

static const fdx_tagdef *def_for(fdx_tagmap *m, uint32_t number)
{
    fdx_tagref key = {number, NULL};
    const fdx_tagref *r =
        m->n_refs ? bsearch(&key, m->refs, m->n_refs, sizeof *m->refs, cmp_ref) : NULL;
    if (r && r->def_id) {
        fdx_tagdef dkey = {r->def_id, NULL, NULL, 0};
        return m->n_defs ? bsearch(&dkey, m->defs, m->n_defs, sizeof *m->defs, cmp_def)
                         : NULL;
    }
    if (r || !m->n_defs)
        return NULL;
    /* no <Tag>: some writers number the definitions instead */
    fdx_tagdef nkey = {NULL, NULL, NULL, number};
    const fdx_tagdef *pk = &nkey;
    fdx_tagdef *const *d =
        bsearch(&pk, m->by_number, m->n_defs, sizeof *m->by_number, cmp_def_number);
    return d ? *d : NULL;
}

bool dp__fdx_tagmap_resolve(fdx_tagmap *m, uint32_t number, uint32_t line, dp_tag *tag)
{
    const fdx_tagdef *d = def_for(m, number);
    if (!d) {
        warn_once(m, number, line, "has no definition in the file's TagData: ignored");
        return false;
    }
    tag->label = NULL;
    tag->source_id = d->id ? dp__arena_strndup(&m->doc->arena, d->id, strlen(d->id)) : NULL;
    if (d->label)
        tag->label = dp__arena_strndup(&m->doc->arena, d->label, strlen(d->label));
    cat_entry key = {d->cat_id, 0, NULL};
    const cat_entry *c =
        m->n_cats && d->cat_id ? bsearch(&key, m->cats, m->n_cats, sizeof *m->cats, cmp_cat)
                               : NULL;
    const dp__category *known =
        c || !d->cat_id ? NULL : dp__category_by_fd_uuid(d->cat_id, strlen(d->cat_id));
    if (c) {
        tag->category = c->category;
        tag->category_name = dp__arena_strndup(&m->doc->arena, c->name, strlen(c->name));
    } else if (known) {
        tag->category = known->id;
        tag->category_name = known->en;
    } else {
        warn_once(m, number, line, "names a category the file does not define: read as Other");
        tag->category = DP__CAT_OTHER;
        tag->category_name = "Other";
    }
    return tag->category_name != NULL && (!d->id || tag->source_id) &&
           (!d->label || tag->label);
}
