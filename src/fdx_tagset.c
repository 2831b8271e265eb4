/* The tags the Final Draft writer writes: the document's own, the
 * breakdown's items where they are mentioned, and its cast on their
 * names. Equal elements (same category, same
 * name ignoring case) share one TagDefinition, numbered in order of first
 * appearance; a tag of the document keeps its definition's Id. */
#include "categories.h"
#include "fdx_write.h"

#include <stdlib.h>
#include <string.h>

typedef struct entry {
    const char *key;  /* category and upper-cased label */
    uint16_t category;
    const char *category_name, *label, *source_id;
    size_t element;   /* SIZE_MAX: not anchored in the text */
    uint32_t start, end;
    size_t order;     /* collection order: the document's tags first */
    uint32_t def;
} entry;

typedef struct collect {
    const dp_doc *doc;
    dp__arena *arena;
    entry *items;
    size_t n, cap;
    dp__buf tmp;
} collect;

/* ---- collecting ---------------------------------------------------------- */

static dp_status add(collect *C, uint16_t category, const char *cat_name, const char *label,
                     const char *source_id, size_t element, uint32_t start, uint32_t end)
{
    dp_status st = dp__grow((void **)&C->items, &C->cap, C->n, sizeof *C->items,
                            DP_MAX_ELEMENTS * (size_t)4);
    if (st != DP_OK)
        return st;
    dp__buf_reset(&C->tmp);
    st = dp__buf_printf(&C->tmp, "%05u\x1f", (unsigned)category);
    if (st == DP_OK)
        st = dp__utf8_upper(label, strlen(label), &C->tmp);
    char *key = st == DP_OK ? dp__arena_strndup(C->arena, C->tmp.data, C->tmp.len) : NULL;
    if (!key)
        return st == DP_OK ? DP_E_NOMEM : st;
    C->items[C->n] = (entry){key, category, cat_name, label, source_id, element, start, end,
                             C->n, 0};
    C->n++;
    return DP_OK;
}

/* The spans of the tags collected before the cast's, sorted by (element,
 * start), to ask in log time whether a span overlaps one of them; max_end
 * is the largest end among this span and those before it in its element. */
typedef struct span {
    size_t element;
    uint32_t start, end, max_end;
} span;

typedef struct placed {
    span *s;
    size_t n;
} placed;

static int cmp_span(const void *x, const void *y)
{
    const span *a = x, *b = y;
    if (a->element != b->element)
        return a->element < b->element ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

static dp_status placed_build(const collect *C, placed *P)
{
    P->n = C->n;
    P->s = dp__malloc((C->n + 1) * sizeof *P->s);
    if (!P->s)
        return DP_E_NOMEM;
    for (size_t i = 0; i < C->n; i++) {
        const entry *e = &C->items[i];
        P->s[i] = (span){e->element, e->start, e->end, e->end};
    }
    if (P->n)
        qsort(P->s, P->n, sizeof *P->s, cmp_span);
    for (size_t i = 1; i < P->n; i++)
        if (P->s[i - 1].element == P->s[i].element && P->s[i - 1].max_end > P->s[i].max_end)
            P->s[i].max_end = P->s[i - 1].max_end;
    return DP_OK;
}

static bool overlaps_doc_tag(const placed *P, size_t element, uint32_t start, uint32_t end)
{
    /* the first span placed at or after (element, end) */
    size_t lo = 0, hi = P->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const span *x = &P->s[mid];
        if (x->element < element || (x->element == element && x->start < end))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && P->s[lo - 1].element == element && P->s[lo - 1].max_end > start;
}

static bool word_byte(char c)
{
    return (unsigned char)c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The name in a cue: before its first '(' , trimmed. */
static void cue_span(const char *s, uint32_t *a, uint32_t *b)
{
    const char *paren = strchr(s, '(');
    size_t x = 0, y = paren ? (size_t)(paren - s) : strlen(s);
    dp__trim(s, &x, &y);
    *a = (uint32_t)x;
    *b = (uint32_t)y;
}

static bool same_name(collect *C, const char *s, size_t n, const char *name)
{
    dp__buf_reset(&C->tmp);
    if (dp__name_key(s, n, &C->tmp) != DP_OK)
        return false;
    size_t k = C->tmp.len;
    if (dp__name_key(name, strlen(name), &C->tmp) != DP_OK)
        return false;
    return C->tmp.len - k == k && memcmp(C->tmp.data, C->tmp.data + k, k) == 0;
}

/* Cast Members tags: each cue naming a character, and each whole-word
 * occurrence of a scene's cast names in its action. */
static dp_status cast_tags(collect *C, const dp_breakdown *bd, const placed *doc_tags)
{
    const dp_doc *doc = C->doc;
    for (size_t s = 0; s < bd->n_scenes; s++) {
        const dp_scene *sc = &bd->scenes[s];
        for (size_t e = sc->first_element; e < sc->end_element; e++) {
            const dp_element *el = &doc->elements[e];
            const char *p = el->plain;
            for (size_t c = 0; c < sc->cast_count; c++) {
                const char *name = bd->chars[sc->cast[c]].name;
                size_t nl = strlen(name);
                if (el->type == DP_EL_CHARACTER) {
                    uint32_t a, b;
                    cue_span(p, &a, &b);
                    if (b > a && same_name(C, p + a, b - a, name) &&
                        !overlaps_doc_tag(doc_tags, e, a, b)) {
                        dp_status st = add(C, DP__CAT_CAST, "Cast Members", name, NULL, e, a, b);
                        if (st != DP_OK)
                            return st;
                    }
                    continue;
                }
                if (el->type != DP_EL_ACTION || nl == 0)
                    continue;
                for (const char *hit = strstr(p, name); hit; hit = strstr(hit + 1, name)) {
                    uint32_t a = (uint32_t)(hit - p), b = a + (uint32_t)nl;
                    if ((a > 0 && word_byte(p[a - 1])) || word_byte(p[b]) ||
                        overlaps_doc_tag(doc_tags, e, a, b))
                        continue;
                    dp_status st = add(C, DP__CAT_CAST, "Cast Members", name, NULL, e, a, b);
                    if (st != DP_OK)
                        return st;
                }
            }
        }
    }
    for (size_t i = 0; i < bd->n_chars; i++) { /* every character has a definition */
        dp_status st = add(C, DP__CAT_CAST, "Cast Members", bd->chars[i].name, NULL, SIZE_MAX,
                           0, 0);
        if (st != DP_OK)
            return st;
    }
    return DP_OK;
}

/* The breakdown's items, each mention a tag; wardrobe and makeup named
 * with their character ("robe (HÉLÈNE)"). */
static dp_status item_tags(collect *C, const dp_breakdown *bd)
{
    dp__buf name;
    dp__buf_init(&name, DP_MAX_INPUT_BYTES);
    dp_status st = DP_OK;
    for (size_t i = 0; i < bd->n_mentions && st == DP_OK; i++) {
        const dp_mention *m = &bd->mentions[i];
        const dp_item *it = &bd->items[m->item];
        const char *label = it->name;
        if (it->character) {
            dp__buf_reset(&name);
            st = dp__buf_printf(&name, "%s (%s)", it->name, it->character);
            label = st == DP_OK ? dp__arena_strndup(C->arena, name.data, name.len) : NULL;
            if (!label)
                st = st == DP_OK ? DP_E_NOMEM : st;
        }
        if (st == DP_OK)
            st = add(C, it->category, dp_category_name(it->category, 0), label, NULL,
                     m->element, m->start, m->start + m->length);
    }
    dp__buf_release(&name);
    return st;
}

/* ---- definitions ----------------------------------------------------------- */

static int cmp_key(const void *x, const void *y)
{
    const entry *a = *(entry *const *)x, *b = *(entry *const *)y;
    int r = strcmp(a->key, b->key);
    return r ? r : (a->order < b->order ? -1 : a->order > b->order);
}

/* Position of first appearance: anchored tags by place, the rest after. */
static int cmp_place(const entry *a, const entry *b)
{
    if (a->element != b->element)
        return a->element < b->element ? -1 : 1;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

static int cmp_place_p(const void *x, const void *y)
{
    return cmp_place(*(entry *const *)x, *(entry *const *)y);
}

static int cmp_place_v(const void *x, const void *y) { return cmp_place(x, y); }

static dp_status number_defs(collect *C, fdx_tagset *ts)
{
    entry **by = dp__malloc((C->n + 1) * sizeof *by);
    entry **firsts = dp__malloc((C->n + 1) * sizeof *firsts);
    if (!by || !firsts) {
        dp__free(by);
        dp__free(firsts);
        return DP_E_NOMEM;
    }
    for (size_t i = 0; i < C->n; i++)
        by[i] = &C->items[i];
    if (C->n)
        qsort(by, C->n, sizeof *by, cmp_key);
    size_t n_groups = 0;
    for (size_t i = 0; i < C->n;) {
        size_t k = i;
        entry *first = by[i]; /* the earliest place of the group */
        while (k < C->n && strcmp(by[k]->key, by[i]->key) == 0) {
            if (cmp_place(by[k], first) < 0)
                first = by[k];
            k++;
        }
        firsts[n_groups++] = first;
        first->def = (uint32_t)i; /* the group's first entry in 'by', for now */
        i = k;
    }
    if (n_groups)
        qsort(firsts, n_groups, sizeof *firsts, cmp_place_p);
    ts->defs = dp__arena_alloc(&ts->arena, (n_groups + 1) * sizeof *ts->defs);
    dp_status st = ts->defs ? DP_OK : DP_E_NOMEM;
    for (size_t g = 0; g < n_groups && st == DP_OK; g++) {
        size_t i = firsts[g]->def;
        const entry *head = by[i]; /* the document's own tag when there is one */
        fdx_wdef *d = &ts->defs[g];
        d->category = head->category;
        d->category_name = head->category_name;
        d->label = head->label;
        d->number = (uint32_t)g + 1;
        if (head->source_id && strlen(head->source_id) < sizeof d->id)
            memcpy(d->id, head->source_id, strlen(head->source_id) + 1);
        else
            dp__fdx_uuid(head->key, strlen(head->key), "depouille", 9, d->id);
        for (size_t k = i; k < C->n && strcmp(by[k]->key, head->key) == 0; k++)
            by[k]->def = d->number;
    }
    ts->n_defs = n_groups;
    dp__free(by);
    dp__free(firsts);
    return st;
}

/* Anchored tags by place; one that overlaps the previous one is left out
 * of the text (its definition stays). */
static dp_status place_tags(collect *C, fdx_tagset *ts)
{
    if (C->n)
        qsort(C->items, C->n, sizeof *C->items, cmp_place_v);
    ts->tags = dp__arena_alloc(&ts->arena, (C->n + 1) * sizeof *ts->tags);
    if (!ts->tags)
        return DP_E_NOMEM;
    for (size_t i = 0; i < C->n; i++) {
        const entry *e = &C->items[i];
        if (e->element == SIZE_MAX || e->end <= e->start)
            continue;
        if (ts->n_tags) {
            const fdx_wtag *last = &ts->tags[ts->n_tags - 1];
            if (last->element == e->element && e->start < last->end)
                continue;
        }
        ts->tags[ts->n_tags++] = (fdx_wtag){e->element, e->start, e->end, e->def};
    }
    return DP_OK;
}

dp_status dp__fdx_tagset_build(const dp_doc *doc, const dp_breakdown *bd, fdx_tagset *ts)
{
    memset(ts, 0, sizeof *ts);
    dp__arena_init(&ts->arena, (size_t)1 << 31);
    collect C = {doc, &ts->arena, NULL, 0, 0, {0}};
    dp__buf_init(&C.tmp, DP_MAX_INPUT_BYTES);
    dp_status st = DP_OK;
    for (size_t i = 0; i < doc->n_tags && st == DP_OK; i++) {
        const dp_tag *t = &doc->tags[i];
        if (t->element >= doc->n_elements)
            continue;
        st = add(&C, t->category, t->category_name, t->label, t->source_id, t->element,
                 t->start, t->start + t->length);
    }
    if (st == DP_OK && bd)
        st = item_tags(&C, bd);
    placed P = {0};
    if (st == DP_OK && bd)
        st = placed_build(&C, &P);
    if (st == DP_OK && bd)
        st = cast_tags(&C, bd, &P);
    dp__free(P.s);
    if (st == DP_OK)
        st = number_defs(&C, ts);
    if (st == DP_OK)
        st = place_tags(&C, ts);
    dp__free(C.items);
    dp__buf_release(&C.tmp);
    return st;
}

void dp__fdx_tagset_release(fdx_tagset *ts)
{
    dp__arena_release(&ts->arena);
    memset(ts, 0, sizeof *ts);
}
