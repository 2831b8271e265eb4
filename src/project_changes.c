/* The revision report: two drafts' effective breakdowns compared scene by
 * scene, scenes paired by identity (the matching done at import), each
 * department's elements gained and lost, the cast, costumes and lengths. */
#include "project.h"

#include <stdlib.h>
#include <string.h>

static int cmp_celem(const void *a_, const void *b_)
{
    const dp__celem *a = a_, *b = b_;
    if (a->category != b->category)
        return a->category < b->category ? -1 : 1;
    int r = strcmp(a->name, b->name);
    if (r)
        return r;
    return strcmp(a->character ? a->character : "", b->character ? b->character : "");
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Scene s's elements (none for -1), sorted. */
static dp_status scene_elems(dp__arena *a, const dp_breakdown *bd, long s, dp__celem **out,
                             size_t *n)
{
    *n = s >= 0 ? bd->scenes[s].item_count : 0;
    *out = dp__arena_alloc(a, (*n + 1) * sizeof **out);
    if (!*out)
        return DP_E_NOMEM;
    for (size_t k = 0; k < *n; k++) {
        const dp_item *it = &bd->items[bd->scenes[s].items[k]];
        (*out)[k] = (dp__celem){it->category, it->name, it->character};
    }
    if (*n)
        qsort(*out, *n, sizeof **out, cmp_celem);
    return DP_OK;
}

/* Elements of b not in a ('gained'), of a not in b ('lost'); in 'x'. */
static dp_status diff_elems(dp__arena *ar, const dp__celem *a, size_t na, const dp__celem *b,
                            size_t nb, dp__cscene *x)
{
    x->gained = dp__arena_alloc(ar, (nb + 1) * sizeof *x->gained);
    x->lost = dp__arena_alloc(ar, (na + 1) * sizeof *x->lost);
    if (!x->gained || !x->lost)
        return DP_E_NOMEM;
    size_t i = 0, j = 0;
    while (i < na || j < nb) {
        int r = i == na ? 1 : j == nb ? -1 : cmp_celem(&a[i], &b[j]);
        if (r < 0)
            x->lost[x->n_lost++] = a[i++];
        else if (r > 0)
            x->gained[x->n_gained++] = b[j++];
        else
            i++, j++;
    }
    return DP_OK;
}

static dp_status scene_cast(dp__arena *a, const dp_breakdown *bd, long s, const char ***out,
                            size_t *n)
{
    *n = s >= 0 ? bd->scenes[s].cast_count : 0;
    *out = dp__arena_alloc(a, (*n + 1) * sizeof **out);
    if (!*out)
        return DP_E_NOMEM;
    for (size_t k = 0; k < *n; k++)
        (*out)[k] = bd->chars[bd->scenes[s].cast[k]].name;
    if (*n)
        qsort(*out, *n, sizeof **out, cmp_str);
    return DP_OK;
}

static dp_status diff_cast(dp__arena *ar, const dp_breakdown *ob, long os, const dp_breakdown *nb,
                           long ns, dp__cscene *x)
{
    const char **a = NULL, **b = NULL;
    size_t na = 0, nbn = 0;
    dp_status st = scene_cast(ar, ob, os, &a, &na);
    if (st == DP_OK)
        st = scene_cast(ar, nb, ns, &b, &nbn);
    if (st != DP_OK)
        return st;
    x->cast_gained = dp__arena_alloc(ar, (nbn + 1) * sizeof *x->cast_gained);
    x->cast_lost = dp__arena_alloc(ar, (na + 1) * sizeof *x->cast_lost);
    if (!x->cast_gained || !x->cast_lost)
        return DP_E_NOMEM;
    size_t i = 0, j = 0;
    while (i < na || j < nbn) {
        int r = i == na ? 1 : j == nbn ? -1 : strcmp(a[i], b[j]);
        if (r < 0)
            x->cast_lost[x->n_cast_lost++] = a[i++];
        else if (r > 0)
            x->cast_gained[x->n_cast_gained++] = b[j++];
        else
            i++, j++;
    }
    return DP_OK;
}

/* Is 'number' one of character 'who''s costumes in bd's plot? */
static bool in_plot(const dp_breakdown *bd, const char *who, const char *number)
{
    for (size_t i = 0; i < bd->n_costumes; i++) {
        const dp_costume *c = &bd->costumes[i];
        if (!c->makeup && !strcmp(bd->chars[c->character].name, who) && !strcmp(c->number, number))
            return true;
    }
    return false;
}

/* The costume character 'who' wears in scene s, or NULL. */
static const char *worn(const dp_breakdown *bd, long s, const char *who)
{
    if (s < 0)
        return NULL;
    const dp_scene *sc = &bd->scenes[s];
    for (size_t q = 0; q < sc->cast_count; q++)
        if (!strcmp(bd->chars[sc->cast[q]].name, who))
            return sc->costumes ? sc->costumes[q] : NULL;
    return NULL;
}

static dp_status costume_notes(dp__arena *ar, const dp_breakdown *ob, long os,
                               const dp_breakdown *nb, long ns, dp__cscene *x)
{
    size_t max = 3 * ((os >= 0 ? ob->scenes[os].cast_count : 0) +
                      (ns >= 0 ? nb->scenes[ns].cast_count : 0)) + 1;
    x->costume = dp__arena_alloc(ar, max * sizeof *x->costume);
    if (!x->costume)
        return DP_E_NOMEM;
    for (size_t q = 0; os >= 0 && q < ob->scenes[os].cast_count; q++) {
        const char *who = ob->chars[ob->scenes[os].cast[q]].name;
        const char *was = worn(ob, os, who), *now = worn(nb, ns, who);
        if (!was)
            continue;
        if (now && strcmp(was, now))
            x->costume[x->n_costume++] = (dp__cnote){who, was, now, DP__COSTUME_CHANGED};
        if (!in_plot(nb, who, was))
            x->costume[x->n_costume++] = (dp__cnote){who, was, NULL, DP__COSTUME_GONE};
    }
    for (size_t q = 0; ns >= 0 && q < nb->scenes[ns].cast_count; q++) {
        const char *who = nb->chars[nb->scenes[ns].cast[q]].name;
        const char *now = worn(nb, ns, who);
        if (now && !in_plot(ob, who, now))
            x->costume[x->n_costume++] = (dp__cnote){who, NULL, now, DP__COSTUME_NEW};
    }
    return DP_OK;
}

/* Fills x comparing old scene os with new scene ns (either may be -1). */
static dp_status compare(dp__changes *c, long os, long ns, dp__cscene *x)
{
    const dp_breakdown *ob = c->old->eff, *nb = c->nw->eff;
    x->old_scene = (int32_t)os;
    x->new_scene = (int32_t)ns;
    dp__celem *a = NULL, *b = NULL;
    size_t na = 0, nbn = 0;
    dp_status st = scene_elems(&c->arena, ob, os, &a, &na);
    if (st == DP_OK)
        st = scene_elems(&c->arena, nb, ns, &b, &nbn);
    if (st == DP_OK)
        st = diff_elems(&c->arena, a, na, b, nbn, x);
    if (st == DP_OK)
        st = diff_cast(&c->arena, ob, os, nb, ns, x);
    if (st == DP_OK)
        st = costume_notes(&c->arena, ob, os, nb, ns, x);
    x->eighths_delta = (int32_t)(ns >= 0 ? nb->scenes[ns].eighths : 0) -
                       (int32_t)(os >= 0 ? ob->scenes[os].eighths : 0);
    if (os >= 0 && ns >= 0) {
        x->heading_changed = strcmp(ob->scenes[os].heading, nb->scenes[ns].heading) != 0;
        x->text_changed = dp__scene_text_hash(c->old->bd, (size_t)os) !=
                          dp__scene_text_hash(c->nw->bd, (size_t)ns);
    }
    return st;
}

/* The identity uid came into draft nw by a split of another identity in
 * a draft after old: that identity, else 0. */
static int64_t split_origin(const dp_project *p, const dp__changes *c, int64_t uid)
{
    for (size_t k = 0; k < p->n_links; k++) {
        const dp__link *l = &p->links[k];
        if (l->kind == DP__LINK_SPLIT && l->new_uid == uid && l->version > c->old->version &&
            l->version <= c->nw->version)
            return l->old_uid;
    }
    return 0;
}

/* Where identity uid's text went in nw by merges after old: a scene of
 * nw, or -1. */
static long merged_into(const dp_project *p, const dp__changes *c, int64_t uid)
{
    for (unsigned hop = 0; hop < 64 && uid; hop++) {
        int64_t next = 0;
        for (size_t k = 0; k < p->n_links; k++) {
            const dp__link *l = &p->links[k];
            if (l->kind == DP__LINK_MERGED && l->old_uid == uid && l->version > c->old->version &&
                l->version <= c->nw->version)
                next = l->new_uid;
        }
        if (!next)
            return -1;
        long s = dp__draft_scene_of(c->nw, next);
        if (s >= 0)
            return s;
        uid = next;
    }
    return -1;
}

static bool anything(const dp__cscene *x)
{
    return x->heading_changed || x->text_changed || x->eighths_delta || x->n_gained ||
           x->n_lost || x->n_cast_gained || x->n_cast_lost || x->n_costume;
}

dp_status dp__changes_compute(dp_project *p, const dp__draft *old, const dp__draft *nw,
                              dp__changes *c)
{
    memset(c, 0, sizeof *c);
    dp__arena_init(&c->arena, (size_t)1 << 30);
    c->old = old;
    c->nw = nw;
    size_t no = old->bd->n_scenes, nn = nw->bd->n_scenes;
    c->scene = dp__arena_alloc(&c->arena, (no + nn + 1) * sizeof *c->scene);
    bool *seen = dp__calloc(no + 1, sizeof *seen);
    dp_status st = c->scene && seen ? DP_OK : DP_E_NOMEM;
    for (size_t j = 0; st == DP_OK && j < nn; j++) {
        dp__cscene *x = &c->scene[c->n_scenes++];
        long i = dp__draft_scene_of(old, nw->uid[j]);
        if (i >= 0) {
            seen[i] = true;
            st = compare(c, i, (long)j, x);
            x->status = anything(x) ? "changed" : "same";
            c->changed += anything(x);
            c->renumbered += strcmp(old->eff->scenes[i].number, nw->eff->scenes[j].number) != 0;
            continue;
        }
        long origin = dp__draft_scene_of(old, split_origin(p, c, nw->uid[j]));
        st = compare(c, origin, (long)j, x);
        x->old_scene = -1;
        if (origin >= 0) {
            x->status = "split";
            x->other = old->eff->scenes[origin].number;
            x->heading_changed = x->text_changed = false;
            x->eighths_delta = (int32_t)nw->eff->scenes[j].eighths;
            /* what the part brings; what stayed behind is the heir's */
            x->n_lost = x->n_cast_lost = 0;
            size_t w = 0;
            for (size_t k = 0; k < x->n_costume; k++)
                if (x->costume[k].kind == DP__COSTUME_NEW)
                    x->costume[w++] = x->costume[k];
            x->n_costume = w;
            c->split++;
        } else {
            x->status = "added";
            c->added++;
        }
    }
    for (size_t i = 0; st == DP_OK && i < no; i++) {
        if (seen[i])
            continue;
        dp__cscene *x = &c->scene[c->n_scenes++];
        long j = merged_into(p, c, old->uid[i]);
        st = compare(c, (long)i, j, x);
        x->new_scene = -1;
        x->heading_changed = x->text_changed = false;
        x->eighths_delta = -(int32_t)old->eff->scenes[i].eighths;
        if (j >= 0) {
            x->status = "merged";
            x->other = nw->eff->scenes[j].number;
            c->merged++;
        } else {
            x->status = "omitted";
            c->omitted++;
        }
    }
    dp__free(seen);
    if (st != DP_OK)
        dp__changes_release(c);
    return st;
}

void dp__changes_release(dp__changes *c) { dp__arena_release(&c->arena); }
