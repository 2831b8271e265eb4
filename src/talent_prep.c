/* Preprocessing of a talent-scheduling problem into independent cores.
 *
 * Every step keeps the optimal cost (Garcia de la Banda, Stuckey & Chu
 * 2011): scenes needing the same actors are shot back to back in some
 * optimal order, so they are merged into a unit; actors of zero cost,
 * actors in one unit only and actors in every unit of their component
 * cannot idle while each unit and each component is shot without a break,
 * so they are dropped; components that share no actor are shot one after
 * the other, units left with no actor first. The steps repeat inside each
 * component. A unit keeps its scenes as a chain in the order they were
 * merged, so every unit ever formed stays contiguous. */
#include "talent.h"

#include <string.h>

#define NIL UINT32_MAX

typedef struct prep_work {
    const dp_talent *t;
    size_t mw;        /* words in an actor set */
    uint64_t *aset;   /* n * mw: active actors of each unit, by head scene */
    uint8_t *active;  /* m */
    uint32_t *next;   /* n: next scene in the unit's chain, or NIL */
    uint32_t *tail;   /* n: last scene of the unit, by head */
    uint32_t *parent; /* n: union-find over heads */
    uint32_t *first;  /* m: a unit of the actor's in the current list */
    uint32_t *tmp;    /* n */
    dp__tprep *out;
    size_t cap_segs, cap_comps, n_fixed;
} prep_work;

static bool has(const prep_work *w, uint32_t h, size_t a)
{
    return (w->aset[h * w->mw + a / 64] >> (a % 64)) & 1u;
}

static bool empty(const prep_work *w, uint32_t h)
{
    for (size_t k = 0; k < w->mw; k++)
        if (w->aset[h * w->mw + k])
            return false;
    return true;
}

static uint32_t find(uint32_t *parent, uint32_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static void fill_set(prep_work *w, uint32_t h)
{
    const dp_talent *t = w->t;
    uint64_t *row = w->aset + h * w->mw;
    memset(row, 0, w->mw * sizeof *row);
    for (size_t a = 0; a < t->m; a++)
        if (w->active[a] && t->needs[a * t->n + h])
            row[a / 64] |= (uint64_t)1 << (a % 64);
}

/* Merges units with equal actor sets; returns the new count. */
static size_t merge(prep_work *w, uint32_t *u, size_t k)
{
    size_t out = 0;
    for (size_t i = 0; i < k; i++) {
        size_t j = 0;
        while (j < out && memcmp(w->aset + u[i] * w->mw, w->aset + u[j] * w->mw,
                                 w->mw * sizeof *w->aset))
            j++;
        if (j < out) {
            w->next[w->tail[u[j]]] = u[i];
            w->tail[u[j]] = w->tail[u[i]];
        } else {
            u[out++] = u[i];
        }
    }
    return out;
}

/* Drops the actors of these units who cannot idle; true when one was. */
static bool drop(prep_work *w, const uint32_t *u, size_t k)
{
    bool changed = false;
    for (size_t a = 0; a < w->t->m; a++) {
        if (!w->active[a])
            continue;
        size_t in = 0;
        for (size_t i = 0; i < k; i++)
            in += has(w, u[i], a);
        if (in == 0)
            continue; /* another component's */
        if (in == 1 || in == k) {
            w->active[a] = 0;
            changed = true;
        }
    }
    if (changed)
        for (size_t i = 0; i < k; i++)
            fill_set(w, u[i]);
    return changed;
}

static dp_status add_seg(prep_work *w, uint32_t first, uint32_t count, int32_t core)
{
    dp__tprep *p = w->out;
    if (dp__grow((void **)&p->segs, &w->cap_segs, p->n_segs, sizeof *p->segs,
                 w->t->n + 1) != DP_OK)
        return DP_E_NOMEM;
    p->segs[p->n_segs++] = (dp__tseg){first, count, core};
    return DP_OK;
}

static dp_status emit_fixed(prep_work *w, uint32_t h)
{
    uint32_t first = (uint32_t)w->n_fixed;
    for (uint32_t s = h; s != NIL; s = w->next[s])
        w->out->fixed[w->n_fixed++] = s;
    return add_seg(w, first, (uint32_t)(w->n_fixed - first), -1);
}

static dp_status emit_core(prep_work *w, const uint32_t *u, size_t k)
{
    dp__tprep *p = w->out;
    const dp_talent *t = w->t;
    if (dp__grow((void **)&p->comps, &w->cap_comps, p->n_comps, sizeof *p->comps,
                 t->n + 1) != DP_OK)
        return DP_E_NOMEM;
    dp__tcore *c = &p->comps[p->n_comps];
    memset(c, 0, sizeof *c);
    dp__arena *ar = &p->arena;
    size_t na = 0, nsa = 0, nmem = 0;
    uint32_t *amap = dp__arena_alloc(ar, (t->m + 1) * sizeof *amap);
    if (!amap)
        return DP_E_NOMEM;
    for (size_t a = 0; a < t->m; a++) {
        amap[a] = NIL;
        for (size_t i = 0; i < k && w->active[a]; i++) {
            if (has(w, u[i], a)) {
                amap[a] = (uint32_t)na++;
                break;
            }
        }
    }
    for (size_t i = 0; i < k; i++) {
        for (size_t a = 0; a < t->m; a++)
            nsa += amap[a] != NIL && has(w, u[i], a);
        for (uint32_t s = u[i]; s != NIL; s = w->next[s])
            nmem++;
    }
    c->n = k;
    c->m = na;
    c->nw = (k + 63) / 64;
    c->dur = dp__arena_alloc(ar, (k + 1) * sizeof *c->dur);
    c->cost = dp__arena_alloc(ar, (na + 1) * sizeof *c->cost);
    c->sa_start = dp__arena_alloc(ar, (k + 1) * sizeof *c->sa_start);
    c->sa = dp__arena_alloc(ar, (nsa + 1) * sizeof *c->sa);
    c->nsc = dp__arena_alloc(ar, (na + 1) * sizeof *c->nsc);
    c->mem_start = dp__arena_alloc(ar, (k + 1) * sizeof *c->mem_start);
    c->mem = dp__arena_alloc(ar, (nmem + 1) * sizeof *c->mem);
    if (!c->dur || !c->cost || !c->sa_start || !c->sa || !c->nsc || !c->mem_start || !c->mem)
        return DP_E_NOMEM;
    for (size_t a = 0; a < t->m; a++)
        if (amap[a] != NIL)
            c->cost[amap[a]] = t->cost[a];
    nsa = nmem = 0;
    for (size_t i = 0; i < k; i++) {
        c->sa_start[i] = (uint32_t)nsa;
        c->mem_start[i] = (uint32_t)nmem;
        for (size_t a = 0; a < t->m; a++) {
            if (amap[a] != NIL && has(w, u[i], a)) {
                c->sa[nsa++] = amap[a];
                c->nsc[amap[a]]++;
            }
        }
        for (uint32_t s = u[i]; s != NIL; s = w->next[s]) {
            c->mem[nmem++] = s;
            c->dur[i] += t->dur[s];
        }
    }
    c->sa_start[k] = (uint32_t)nsa;
    c->mem_start[k] = (uint32_t)nmem;
    dp_status st = add_seg(w, 0, 0, (int32_t)p->n_comps);
    p->n_comps++;
    return st;
}

/* Reduces the units u[0..k) (one component, or the whole problem) and
 * emits their segments. u is scratch owned by the caller. */
static dp_status process(prep_work *w, uint32_t *u, size_t k)
{
    k = merge(w, u, k);
    while (drop(w, u, k))
        k = merge(w, u, k);
    size_t live = 0;
    for (size_t i = 0; i < k; i++) {
        if (empty(w, u[i])) {
            dp_status st = emit_fixed(w, u[i]);
            if (st != DP_OK)
                return st;
        } else {
            u[live++] = u[i];
        }
    }
    k = live;
    for (size_t i = 0; i < k; i++)
        w->parent[u[i]] = u[i];
    for (size_t a = 0; a < w->t->m; a++) {
        w->first[a] = NIL;
        for (size_t i = 0; i < k && w->active[a]; i++) {
            if (!has(w, u[i], a))
                continue;
            if (w->first[a] == NIL)
                w->first[a] = u[i];
            else
                w->parent[find(w->parent, u[i])] = find(w->parent, w->first[a]);
        }
    }
    size_t roots = 0;
    for (size_t i = 0; i < k; i++)
        roots += find(w->parent, u[i]) == u[i];
    if (roots <= 1)
        return k ? emit_core(w, u, k) : DP_OK;
    /* several components: each in turn, in order of their first unit */
    uint32_t *sub = dp__calloc(k, sizeof *sub);
    uint32_t *root_of = dp__calloc(k, sizeof *root_of);
    if (!sub || !root_of) {
        dp__free(sub);
        dp__free(root_of);
        return DP_E_NOMEM;
    }
    for (size_t i = 0; i < k; i++)
        root_of[i] = find(w->parent, u[i]);
    dp_status st = DP_OK;
    for (size_t i = 0; i < k && st == DP_OK; i++) {
        if (root_of[i] != u[i])
            continue;
        size_t ns = 0;
        for (size_t j = 0; j < k; j++)
            if (root_of[j] == u[i])
                sub[ns++] = u[j];
        st = process(w, sub, ns);
    }
    dp__free(sub);
    dp__free(root_of);
    return st;
}

static dp_status build(prep_work *w, bool reduce)
{
    const dp_talent *t = w->t;
    for (size_t a = 0; a < t->m; a++)
        w->active[a] = t->cost[a] > 0;
    for (size_t s = 0; s < t->n; s++) {
        w->next[s] = NIL;
        w->tail[s] = (uint32_t)s;
        w->tmp[s] = (uint32_t)s;
        fill_set(w, (uint32_t)s);
    }
    w->out->fixed = dp__arena_alloc(&w->out->arena, (t->n + 1) * sizeof(uint32_t));
    if (!w->out->fixed)
        return DP_E_NOMEM;
    if (!reduce)
        return t->n ? emit_core(w, w->tmp, t->n) : DP_OK;
    return process(w, w->tmp, t->n);
}

dp_status dp__tprep_build(const dp_talent *t, bool reduce, dp__tprep *out)
{
    memset(out, 0, sizeof *out);
    dp__arena_init(&out->arena, (size_t)1 << 28);
    for (size_t a = 0; a < t->m; a++)
        for (size_t s = 0; s < t->n; s++)
            if (t->needs[a * t->n + s])
                out->work += t->cost[a] * t->dur[s];
    prep_work w;
    memset(&w, 0, sizeof w);
    w.t = t;
    w.out = out;
    w.mw = (t->m + 63) / 64;
    w.aset = dp__calloc(t->n * w.mw + 1, sizeof *w.aset);
    w.active = dp__calloc(t->m + 1, 1);
    w.next = dp__calloc(t->n + 1, sizeof *w.next);
    w.tail = dp__calloc(t->n + 1, sizeof *w.tail);
    w.parent = dp__calloc(t->n + 1, sizeof *w.parent);
    w.first = dp__calloc(t->m + 1, sizeof *w.first);
    w.tmp = dp__calloc(t->n + 1, sizeof *w.tmp);
    dp_status st = DP_E_NOMEM;
    if (w.aset && w.active && w.next && w.tail && w.parent && w.first && w.tmp)
        st = build(&w, reduce);
    dp__free(w.aset);
    dp__free(w.active);
    dp__free(w.next);
    dp__free(w.tail);
    dp__free(w.parent);
    dp__free(w.first);
    dp__free(w.tmp);
    if (st != DP_OK)
        dp__tprep_release(out);
    return st;
}

void dp__tprep_release(dp__tprep *p)
{
    dp__free(p->segs);
    dp__free(p->comps);
    dp__arena_release(&p->arena);
    memset(p, 0, sizeof *p);
}

int64_t dp__tcore_idle(const dp__tcore *c, const uint32_t *order)
{
    int64_t idle = 0;
    int64_t first[64], last[64], work[64];
    for (size_t base = 0; base < c->m; base += 64) {
        size_t hi = c->m - base < 64 ? c->m - base : 64;
        for (size_t k = 0; k < hi; k++)
            first[k] = -1, last[k] = 0, work[k] = 0;
        int64_t t = 0;
        for (size_t i = 0; i < c->n; i++) {
            uint32_t s = order[i];
            for (uint32_t j = c->sa_start[s]; j < c->sa_start[s + 1]; j++) {
                uint32_t a = c->sa[j];
                if (a < base || a >= base + hi)
                    continue;
                if (first[a - base] < 0)
                    first[a - base] = t;
                last[a - base] = t + c->dur[s];
                work[a - base] += c->dur[s];
            }
            t += c->dur[s];
        }
        for (size_t k = 0; k < hi; k++)
            if (first[k] >= 0)
                idle += c->cost[base + k] * (last[k] - first[k] - work[k]);
    }
    return idle;
}
