/* The catalogue: findings merged into one item per thing (category, name
 * and, for wardrobe and makeup, whose), every finding kept as a mention. */
#include "tagger.h"

#include <stdlib.h>
#include <string.h>

static dp_status build(dp_breakdown *bd, const dp__findings *F);

typedef struct keyed {
    const dp__found *f;
    uint32_t index; /* position in the findings: script order */
} keyed;

static int cmp_item_key(const dp__found *a, const dp__found *b)
{
    if (a->category != b->category)
        return a->category < b->category ? -1 : 1;
    int r = strcmp(a->name, b->name);
    if (r)
        return r;
    return a->character < b->character ? -1 : a->character > b->character;
}

static int cmp_keyed(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    int r = cmp_item_key(a->f, b->f);
    if (r)
        return r;
    return a->index < b->index ? -1 : a->index > b->index;
}

typedef struct scene_item {
    uint32_t scene, item;
} scene_item;

static int cmp_scene_item(const void *x, const void *y)
{
    const scene_item *a = x, *b = y;
    if (a->scene != b->scene)
        return a->scene < b->scene ? -1 : 1;
    return a->item < b->item ? -1 : a->item > b->item;
}

dp_status dp__build_items(dp_breakdown *bd, const dp__findings *all)
{
    /* items are the findings of category 100 and up */
    dp__findings only = {NULL, 0, 0};
    for (size_t i = 0; i < all->n; i++)
        if (all->f[i].category >= 100) {
            dp_status st = dp__grow((void **)&only.f, &only.cap, only.n, sizeof *only.f,
                                    all->n + 1);
            if (st != DP_OK) {
                dp__free(only.f);
                return st;
            }
            only.f[only.n++] = all->f[i];
        }
    dp_status st = build(bd, &only);
    dp__free(only.f);
    return st;
}

static dp_status build(dp_breakdown *bd, const dp__findings *F)
{
    size_t n = F->n;
    if (n == 0)
        return DP_OK;
    keyed *k = dp__malloc(n * sizeof *k);
    uint32_t *item_of = dp__malloc(n * sizeof *item_of);
    scene_item *si = dp__malloc(n * sizeof *si);
    if (!k || !item_of || !si) {
        dp__free(k);
        dp__free(item_of);
        dp__free(si);
        return DP_E_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        k[i] = (keyed){&F->f[i], (uint32_t)i};
    qsort(k, n, sizeof *k, cmp_keyed);
    /* items: one per distinct key, in category/name order */
    size_t items = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || cmp_item_key(k[i].f, k[i - 1].f) != 0)
            items++;
        item_of[k[i].index] = (uint32_t)(items - 1);
    }
    dp_status st = DP_OK;
    bd->items = dp__arena_alloc(&bd->arena, items * sizeof *bd->items);
    bd->mentions = dp__arena_alloc(&bd->arena, n * sizeof *bd->mentions);
    uint32_t *scene_store = dp__arena_alloc(&bd->arena, n * sizeof *scene_store);
    uint32_t *item_store = dp__arena_alloc(&bd->arena, n * sizeof *item_store);
    if (!bd->items || !bd->mentions || !scene_store || !item_store)
        st = DP_E_NOMEM;
    for (size_t i = 0; st == DP_OK && i < n; i++) {
        const dp__found *f = k[i].f;
        dp_item *it = &bd->items[item_of[k[i].index]];
        if (i == 0 || cmp_item_key(f, k[i - 1].f) != 0) {
            it->category = f->category;
            it->name = f->name;
            it->character = f->character >= 0 ? bd->chars[f->character].name : NULL;
        }
        it->flags |= f->flags;
        if (f->count > it->count)
            it->count = f->count;
    }
    bd->n_items = st == DP_OK ? items : 0;
    /* mentions, in script order */
    for (size_t i = 0; st == DP_OK && i < n; i++) {
        const dp__found *f = &F->f[i];
        bd->mentions[i] = (dp_mention){item_of[i], f->scene, f->element, f->start,
                                       f->end - f->start, bd->doc->elements[f->element].line,
                                       f->rule, f->confidence};
        si[i] = (scene_item){f->scene, item_of[i]};
    }
    bd->n_mentions = st == DP_OK ? n : 0;
    /* each item's scenes, each scene's items (distinct, sorted) */
    if (st == DP_OK) {
        qsort(si, n, sizeof *si, cmp_scene_item);
        size_t w = 0;
        for (size_t i = 0; i < n; i++)
            if (w == 0 || si[i].scene != si[w - 1].scene || si[i].item != si[w - 1].item)
                si[w++] = si[i];
        for (size_t i = 0; i < w; i++)
            bd->items[si[i].item].scene_count++;
        size_t off = 0;
        for (size_t i = 0; i < bd->n_items; i++) {
            bd->items[i].scenes = scene_store + off;
            off += bd->items[i].scene_count;
            bd->items[i].scene_count = 0;
        }
        for (size_t i = 0; i < w; i++) {
            dp_item *it = &bd->items[si[i].item];
            ((uint32_t *)it->scenes)[it->scene_count++] = si[i].scene;
            dp_scene *sc = &bd->scenes[si[i].scene];
            if (sc->item_count == 0)
                sc->items = item_store + i;
            item_store[i] = si[i].item;
            sc->item_count++;
        }
    }
    dp__free(k);
    dp__free(item_of);
    dp__free(si);
    return st;
}
