/* Draft matching: pairs the scenes of a new draft with the old draft's
 * (see match.h for the order of trust). Deterministic: every choice is
 * ordered by score, then by how far apart the two scenes sit, then by
 * index. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

#define SCALE 1000000u
#define PAIR_MIN (SCALE * 35u / 100u)       /* Jaccard to pair on text alone */
#define PAIR_MIN_HEADING (SCALE * 20u / 100u) /* ... with the same heading */
#define HEADING_BONUS (SCALE * 15u / 100u)
#define CONTAIN_MIN 60u                     /* % of a scene inside another */
#define CONTAIN_MIN_SHINGLES 3u

typedef struct cand {
    uint32_t i, j;
    uint32_t score;
    uint64_t dist;
} cand;

typedef struct entry {
    uint64_t h;
    uint32_t i;
} entry;

static int cmp_entry(const void *a_, const void *b_)
{
    const entry *a = a_, *b = b_;
    if (a->h != b->h)
        return a->h < b->h ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

static int cmp_cand(const void *a_, const void *b_)
{
    const cand *a = a_, *b = b_;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    if (a->dist != b->dist)
        return a->dist < b->dist ? -1 : 1;
    if (a->i != b->i)
        return a->i < b->i ? -1 : 1;
    return a->j < b->j ? -1 : a->j > b->j;
}

/* Headings equal ignoring ASCII case and surrounding spaces. */
static bool same_heading(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    while (*a == ' ')
        a++;
    while (*b == ' ')
        b++;
    size_t na = strlen(a), nb = strlen(b);
    while (na && a[na - 1] == ' ')
        na--;
    while (nb && b[nb - 1] == ' ')
        nb--;
    if (na != nb)
        return false;
    for (size_t k = 0; k < na; k++) {
        unsigned char x = (unsigned char)a[k], y = (unsigned char)b[k];
        if (x >= 'a' && x <= 'z')
            x = (unsigned char)(x - 32);
        if (y >= 'a' && y <= 'z')
            y = (unsigned char)(y - 32);
        if (x != y)
            return false;
    }
    return true;
}

typedef struct numidx {
    const char *number;
    uint32_t i;
} numidx;

static int cmp_numidx(const void *a_, const void *b_)
{
    const numidx *a = a_, *b = b_;
    int r = strcmp(a->number, b->number);
    return r ? r : (a->i < b->i ? -1 : a->i > b->i);
}

/* The old scene with locked number 'num', or -1. */
static long locked_partner(const numidx *idx, size_t n, const char *num)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(idx[mid].number, num) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && !strcmp(idx[lo].number, num) ? (long)idx[lo].i : -1;
}

typedef struct best {
    int32_t other;
    uint32_t inter;
} best;

typedef struct work {
    entry *index;
    size_t n_index;
    uint32_t *cnt, *touched;
    cand *cands;
    size_t n_cands, cap_cands;
    cand *locked;
    size_t n_locked;
    numidx *nums;
    size_t n_nums;
    best *split_of; /* per new scene: the old scene holding most of it */
    best *merge_to; /* per old scene: the new scene holding most of it */
} work;

static void work_free(work *w)
{
    dp__free(w->index);
    dp__free(w->cnt);
    dp__free(w->touched);
    dp__free(w->cands);
    dp__free(w->locked);
    dp__free(w->nums);
    dp__free(w->split_of);
    dp__free(w->merge_to);
}

static uint64_t distance(size_t i, size_t n_old, size_t j, size_t n_new)
{
    uint64_t a = (uint64_t)i * n_new, b = (uint64_t)j * n_old;
    return a > b ? a - b : b - a;
}

/* Row j: shared shingles with every old scene, candidates, containment. */
static dp_status score_row(work *w, const dp__mscene *old, size_t n_old, const dp__mscene *nw,
                           size_t n_new, size_t j)
{
    size_t n_touched = 0;
    const dp__mscene *b = &nw[j];
    for (size_t k = 0; k < b->n_sh; k++) {
        entry key = {b->sh[k], 0};
        size_t lo = 0, hi = w->n_index;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (cmp_entry(&w->index[mid], &key) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < w->n_index && w->index[lo].h == b->sh[k]; lo++) {
            uint32_t i = w->index[lo].i;
            if (w->cnt[i]++ == 0)
                w->touched[n_touched++] = i;
        }
    }
    long li = b->locked ? locked_partner(w->nums, w->n_nums, b->number) : -1;
    dp_status st = DP_OK;
    if (li >= 0) {
        const dp__mscene *a = &old[li];
        if (w->cnt[li] > 0 || same_heading(a->heading, b->heading) || a->n_sh == 0 ||
            b->n_sh == 0)
            w->locked[w->n_locked++] = (cand){(uint32_t)li, (uint32_t)j, 0, 0};
    }
    /* same heading, no text on either side: the heading is all there is */
    for (size_t i = 0; b->n_sh == 0 && i < n_old; i++)
        if (old[i].n_sh == 0 && same_heading(old[i].heading, b->heading)) {
            st = dp__grow((void **)&w->cands, &w->cap_cands, w->n_cands, sizeof *w->cands,
                          (size_t)1 << 28);
            if (st != DP_OK)
                return st;
            w->cands[w->n_cands++] =
                (cand){(uint32_t)i, (uint32_t)j, HEADING_BONUS, distance(i, n_old, j, n_new)};
        }
    for (size_t t = 0; t < n_touched && st == DP_OK; t++) {
        uint32_t i = w->touched[t];
        uint32_t inter = w->cnt[i];
        w->cnt[i] = 0;
        const dp__mscene *a = &old[i];
        uint64_t uni = a->n_sh + b->n_sh - inter;
        uint32_t jac = (uint32_t)((uint64_t)inter * SCALE / (uni ? uni : 1));
        bool hb = same_heading(a->heading, b->heading);
        if (jac >= PAIR_MIN || (hb && jac >= PAIR_MIN_HEADING)) {
            st = dp__grow((void **)&w->cands, &w->cap_cands, w->n_cands, sizeof *w->cands,
                          (size_t)1 << 28);
            if (st == DP_OK)
                w->cands[w->n_cands++] = (cand){i, (uint32_t)j, jac + (hb ? HEADING_BONUS : 0),
                                                distance(i, n_old, j, n_new)};
        }
        if (b->n_sh >= CONTAIN_MIN_SHINGLES && inter * 100u >= CONTAIN_MIN * b->n_sh &&
            inter > w->split_of[j].inter)
            w->split_of[j] = (best){(int32_t)i, inter};
        if (a->n_sh >= CONTAIN_MIN_SHINGLES && inter * 100u >= CONTAIN_MIN * a->n_sh &&
            inter > w->merge_to[i].inter)
            w->merge_to[i] = (best){(int32_t)j, inter};
    }
    return st;
}

static void pair(dp__match *m, const dp__mscene *old, const dp__mscene *nw, uint32_t i, uint32_t j)
{
    bool same = old[i].n_sh == nw[j].n_sh && same_heading(old[i].heading, nw[j].heading);
    /* equal sizes and a full pair score: same shingles */
    m->new_from[j] = (int32_t)i;
    m->new_kind[j] = DP__M_CHANGED;
    m->old_to[i] = (int32_t)j;
    m->old_kind[i] = DP__M_KEPT;
    if (same) {
        size_t a = 0, b = 0;
        while (a < old[i].n_sh && old[i].sh[a] == nw[j].sh[b]) {
            a++;
            b++;
        }
        if (a == old[i].n_sh)
            m->new_kind[j] = DP__M_SAME;
    }
}

typedef struct order {
    uint32_t inter, j;
} order;

static int cmp_order(const void *a_, const void *b_)
{
    const order *a = a_, *b = b_;
    if (a->inter != b->inter)
        return a->inter > b->inter ? -1 : 1;
    return a->j < b->j ? -1 : a->j > b->j;
}

dp_status dp__match_scenes(const dp__mscene *old, size_t n_old, const dp__mscene *nw,
                           size_t n_new, dp__match *m)
{
    if (n_old > DP__MATCH_MAX_SCENES || n_new > DP__MATCH_MAX_SCENES)
        return DP_E_LIMIT;
    for (size_t j = 0; j < n_new; j++) {
        m->new_from[j] = -1;
        m->new_kind[j] = DP__M_NEW;
    }
    for (size_t i = 0; i < n_old; i++) {
        m->old_to[i] = -1;
        m->old_kind[i] = DP__M_OMITTED;
    }
    work w;
    memset(&w, 0, sizeof w);
    size_t total = 0;
    for (size_t i = 0; i < n_old; i++)
        total += old[i].n_sh;
    w.index = dp__malloc((total + 1) * sizeof *w.index);
    w.cnt = dp__calloc(n_old + 1, sizeof *w.cnt);
    w.touched = dp__malloc((n_old + 1) * sizeof *w.touched);
    w.locked = dp__malloc((n_new + 1) * sizeof *w.locked);
    w.nums = dp__malloc((n_old + 1) * sizeof *w.nums);
    w.split_of = dp__calloc(n_new + 1, sizeof *w.split_of);
    w.merge_to = dp__calloc(n_old + 1, sizeof *w.merge_to);
    dp_status st = DP_OK;
    if (!w.index || !w.cnt || !w.touched || !w.locked || !w.nums || !w.split_of || !w.merge_to)
        st = DP_E_NOMEM;
    if (st == DP_OK) {
        for (size_t i = 0; i < n_old; i++)
            for (size_t k = 0; k < old[i].n_sh; k++)
                w.index[w.n_index++] = (entry){old[i].sh[k], (uint32_t)i};
        qsort(w.index, w.n_index, sizeof *w.index, cmp_entry);
        for (size_t i = 0; i < n_old; i++)
            if (old[i].locked && old[i].number)
                w.nums[w.n_nums++] = (numidx){old[i].number, (uint32_t)i};
        if (w.n_nums) /* qsort() takes no NULL array, even empty */
            qsort(w.nums, w.n_nums, sizeof *w.nums, cmp_numidx);
        for (size_t j = 0; j < n_new; j++) {
            w.split_of[j].other = -1;
        }
        for (size_t i = 0; i < n_old; i++)
            w.merge_to[i].other = -1;
    }
    for (size_t j = 0; j < n_new && st == DP_OK; j++)
        st = score_row(&w, old, n_old, nw, n_new, j);
    if (st == DP_OK) {
        /* 1. locked numbers */
        for (size_t k = 0; k < w.n_locked; k++)
            if (m->old_to[w.locked[k].i] < 0 && m->new_from[w.locked[k].j] < 0)
                pair(m, old, nw, w.locked[k].i, w.locked[k].j);
        /* 2. similar text, best first */
        if (w.n_cands) /* none when no scene shares text: cands is NULL */
            qsort(w.cands, w.n_cands, sizeof *w.cands, cmp_cand);
        for (size_t k = 0; k < w.n_cands; k++)
            if (m->old_to[w.cands[k].i] < 0 && m->new_from[w.cands[k].j] < 0)
                pair(m, old, nw, w.cands[k].i, w.cands[k].j);
        /* 3. splits: a new scene mostly inside an old one; the largest
         * piece of an unpaired old scene is its heir */
        order *ord = dp__malloc((n_new + 1) * sizeof *ord);
        size_t n_ord = 0;
        if (!ord)
            st = DP_E_NOMEM;
        for (size_t j = 0; st == DP_OK && j < n_new; j++)
            if (m->new_from[j] < 0 && w.split_of[j].other >= 0)
                ord[n_ord++] = (order){w.split_of[j].inter, (uint32_t)j};
        if (n_ord)
            qsort(ord, n_ord, sizeof *ord, cmp_order);
        for (size_t k = 0; k < n_ord; k++) {
            uint32_t j = ord[k].j, i = (uint32_t)w.split_of[j].other;
            if (m->old_to[i] < 0) {
                pair(m, old, nw, i, j);
            } else {
                m->new_from[j] = (int32_t)i;
                m->new_kind[j] = DP__M_SPLIT;
            }
        }
        dp__free(ord);
        /* 4. merges: an old scene mostly inside a new one */
        for (size_t i = 0; st == DP_OK && i < n_old; i++) {
            int32_t j = w.merge_to[i].other;
            if (m->old_to[i] >= 0 || j < 0)
                continue;
            if (m->new_kind[j] == DP__M_NEW) {
                pair(m, old, nw, (uint32_t)i, (uint32_t)j);
            } else {
                m->old_to[i] = j;
                m->old_kind[i] = DP__M_MERGED;
            }
        }
    }
    work_free(&w);
    return st;
}
