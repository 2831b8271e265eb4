/* Tags a person made (the document's tags, from a Final Draft file) as
 * breakdown findings: each becomes a mention of an item named by its
 * label, with the rule "user" and full confidence. Cast Members tags are
 * left to the cast analysis, and categories outside 101..124 stay tags
 * only; but an automatic finding on words a person tagged, in whatever
 * category, gives way. */
#include "tagger.h"

#include <string.h>

static bool user_item(const dp_tag *t)
{
    return t->category > 100 && t->category <= 124 && (t->flags & DP_TAGF_USER);
}

/* Index of the scene holding element e, or -1 (before the first scene). */
static long scene_of(const dp_breakdown *bd, size_t e)
{
    size_t lo = 0, hi = bd->n_scenes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (bd->scenes[mid].end_element <= e)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < bd->n_scenes && bd->scenes[lo].first_element <= e ? (long)lo : -1;
}

/* Does a user tag (any category) cover part of [start, end) of element
 * e? Tags are in (element, start) order. */
static bool covered(const dp_doc *doc, size_t e, uint32_t start, uint32_t end)
{
    size_t lo = 0, hi = doc->n_tags;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->tags[mid].element < e)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < doc->n_tags && doc->tags[i].element == e; i++) {
        const dp_tag *t = &doc->tags[i];
        if ((t->flags & DP_TAGF_USER) && t->start < end && start < t->start + t->length)
            return true;
    }
    return false;
}

static int cmp_place(const dp__found *a, const dp__found *b)
{
    if (a->scene != b->scene)
        return a->scene < b->scene ? -1 : 1;
    if (a->element != b->element)
        return a->element < b->element ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

dp_status dp__add_user_tags(dp_breakdown *bd, dp__findings *f)
{
    const dp_doc *doc = bd->doc;
    size_t users = 0;
    for (size_t i = 0; i < doc->n_tags; i++)
        users += user_item(&doc->tags[i]) && scene_of(bd, doc->tags[i].element) >= 0;
    if (users == 0)
        return DP_OK;
    dp__found *out = dp__malloc((f->n + users) * sizeof *out);
    if (!out)
        return DP_E_NOMEM;
    size_t n = 0, a = 0;
    for (size_t i = 0; i < doc->n_tags; i++) {
        const dp_tag *t = &doc->tags[i];
        long s = user_item(t) ? scene_of(bd, t->element) : -1;
        if (s < 0)
            continue;
        dp__found u = {t->category, t->label, -1, (uint32_t)s, t->element, t->start,
                       t->start + t->length, "user", 100, 0, DP_ITEMF_USER};
        /* automatic findings before it, in their order, unless covered */
        for (; a < f->n && cmp_place(&f->f[a], &u) <= 0; a++)
            if (f->f[a].category < 100 ||
                !covered(doc, f->f[a].element, f->f[a].start, f->f[a].end))
                out[n++] = f->f[a];
        out[n++] = u;
    }
    for (; a < f->n; a++)
        if (f->f[a].category < 100 || !covered(doc, f->f[a].element, f->f[a].start, f->f[a].end))
            out[n++] = f->f[a];
    dp__free(f->f);
    f->f = out;
    f->n = n;
    f->cap = n;
    return DP_OK;
}
