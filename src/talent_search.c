/* Exact search for one talent-scheduling core: dynamic programming over
 * the set Q of scenes still to shoot, shot from the front (Garcia de la
 * Banda, Stuckey & Chu 2011). The idle cost still to come depends on Q
 * alone, so a cache keyed by Q holds its exact value or a lower bound;
 * search(Q, budget) returns the exact value when it is below the budget,
 * else a lower bound at least the budget. Children are tried in order of
 * immediate cost plus lower bound; a scene whose actors are exactly those
 * on location is shot at once (it cannot cost anything now or later), and
 * scenes dominated by a free one are not tried first. Reaching a limit
 * unwinds the search with valid lower bounds. */
#define _POSIX_C_SOURCE 200809L
#include "talent.h"
#include "talent_memo.h"

#include <string.h>
#include <time.h>

#define INF INT64_MAX

typedef struct child {
    int64_t bound; /* immediate cost + lower bound of the rest */
    int64_t cost;  /* immediate cost */
    uint32_t s;
} child;

typedef struct tsearch {
    const dp__tcore *c;
    const dp__tlimits *lim;
    size_t n, m, nw;
    uint64_t *q;        /* remaining scenes */
    uint32_t *cnt;      /* remaining scenes per actor */
    uint8_t *seen;      /* actor appeared in a shot scene */
    uint8_t *on;        /* seen and still needed */
    size_t aw;          /* words in an actor set */
    uint64_t *amask;    /* n * aw: actors of each scene */
    uint64_t *pmask;    /* aw: actors on location (on[] as a set) */
    int64_t on_cost;
    uint8_t *saved;     /* n * m: seen flags before each depth's move */
    child *ch;          /* n * n */
    uint32_t *path;     /* n */
    dp__tmemo memo;
    dp__tbound_scratch bs;
    uint32_t *inc;      /* incumbent order */
    int64_t inc_idle;
    uint64_t nodes;
    bool stop, building;
} tsearch;

double dp__tclock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int64_t move_cost(const tsearch *t, uint32_t s)
{
    const dp__tcore *c = t->c;
    int64_t in = 0;
    for (uint32_t j = c->sa_start[s]; j < c->sa_start[s + 1]; j++)
        if (t->on[c->sa[j]])
            in += c->cost[c->sa[j]];
    return c->dur[s] * (t->on_cost - in);
}

static void set_on(tsearch *t, uint32_t a, bool on)
{
    uint64_t bit = (uint64_t)1 << (a % 64);
    t->on[a] = on;
    if (on)
        t->pmask[a / 64] |= bit;
    else
        t->pmask[a / 64] &= ~bit;
}

static void apply(tsearch *t, size_t depth, uint32_t s)
{
    const dp__tcore *c = t->c;
    uint8_t *saved = t->saved + depth * t->m;
    t->q[s / 64] &= ~((uint64_t)1 << (s % 64));
    for (uint32_t j = c->sa_start[s], k = 0; j < c->sa_start[s + 1]; j++, k++) {
        uint32_t a = c->sa[j];
        saved[k] = t->seen[a];
        if (t->on[a])
            t->on_cost -= c->cost[a];
        t->seen[a] = 1;
        t->cnt[a]--;
        set_on(t, a, t->cnt[a] > 0);
        if (t->on[a])
            t->on_cost += c->cost[a];
    }
}

static void undo(tsearch *t, size_t depth, uint32_t s)
{
    const dp__tcore *c = t->c;
    const uint8_t *saved = t->saved + depth * t->m;
    t->q[s / 64] |= (uint64_t)1 << (s % 64);
    for (uint32_t j = c->sa_start[s], k = 0; j < c->sa_start[s + 1]; j++, k++) {
        uint32_t a = c->sa[j];
        if (t->on[a])
            t->on_cost -= c->cost[a];
        t->cnt[a]++;
        t->seen[a] = saved[k];
        set_on(t, a, t->seen[a] && t->cnt[a] > 0);
        if (t->on[a])
            t->on_cost += c->cost[a];
    }
}

/* Is s forced: are its actors exactly those on location? */
static bool forced(const tsearch *t, uint32_t s)
{
    const dp__tcore *c = t->c;
    int64_t in = 0;
    for (uint32_t j = c->sa_start[s]; j < c->sa_start[s + 1]; j++) {
        if (!t->seen[c->sa[j]])
            return false;
        in += c->cost[c->sa[j]];
    }
    return in == t->on_cost;
}

static int64_t lower(tsearch *t)
{
    dp__tslot *e = dp__tmemo_find(&t->memo, t->q);
    int64_t lb = dp__tbound(t->c, t->q, t->on, &t->bs);
    if (e && e->value > lb)
        lb = e->value;
    return lb;
}

static void store(tsearch *t, size_t depth, int64_t v, bool exact, uint32_t best)
{
    dp__tslot *e = dp__tmemo_put(&t->memo, t->q, (uint32_t)(t->n - depth));
    if (e->exact)
        return;
    if (exact) {
        e->value = v;
        e->exact = 1;
        e->best = (uint16_t)best;
    } else if (v > e->value) {
        e->value = v;
    }
}

static int64_t search(tsearch *t, size_t depth, int64_t g, int64_t budget, bool *exact);

/* Shoot order: the path to 'depth', then the cached best moves; makes it
 * the incumbent when it is complete and cheaper. */
static void try_incumbent(tsearch *t, size_t depth)
{
    if (t->building)
        return;
    t->building = true;
    size_t d = depth;
    bool ok = true;
    while (d < t->n && ok) {
        dp__tslot *e = dp__tmemo_find(&t->memo, t->q);
        if (!e || !e->exact) {
            /* evicted: find it again (its value is below any budget) */
            bool ex = false;
            search(t, d, 0, INF, &ex);
            e = dp__tmemo_find(&t->memo, t->q);
            ok = ex && e && e->exact;
            if (!ok)
                break;
        }
        t->path[d] = e->best;
        apply(t, d, e->best);
        d++;
    }
    if (ok) {
        int64_t v = dp__tcore_idle(t->c, t->path);
        if (v < t->inc_idle) {
            t->inc_idle = v;
            memcpy(t->inc, t->path, t->n * sizeof *t->inc);
        }
    }
    while (d > depth) {
        d--;
        undo(t, d, t->path[d]);
    }
    t->building = false;
}

static void check_limits(tsearch *t)
{
    const dp__tlimits *lim = t->lim;
    if (lim->node_limit && t->nodes >= lim->node_limit)
        t->stop = true;
    /* the clock every 512 nodes, or every node when nodes are large */
    bool large = t->n > 64 || t->m > 64;
    if (lim->deadline > 0 && (large || (t->nodes & 511) == 0) && dp__tclock() >= lim->deadline)
        t->stop = true;
}

static int cmp_child(const child *a, const child *b)
{
    if (a->bound != b->bound)
        return a->bound < b->bound ? -1 : 1;
    return a->s < b->s ? -1 : a->s > b->s;
}

static void sort_children(child *ch, size_t k)
{
    for (size_t i = 1; i < k; i++) {
        child v = ch[i];
        size_t j = i;
        while (j > 0 && cmp_child(&v, &ch[j - 1]) < 0) {
            ch[j] = ch[j - 1];
            j--;
        }
        ch[j] = v;
    }
}

/* Drops the children dominated by a free one. A scene s whose actors
 * include everyone on location costs nothing now; with A(s) its actors not
 * yet on location, a scene t with A(s) inside its actors is no better a
 * first move: moving s from anywhere in an order that starts with t to
 * the front lengthens no actor's stay (those on location are all in s,
 * the others of s are in t, which was first). Only scenes with the same
 * actors dominate each other, and of those the first stays, so the
 * minimal scenes stay. Returns the new count. */
static size_t prune_dominated(tsearch *t, child *ch, size_t k)
{
    size_t aw = t->aw, out = 0;
    for (size_t i = 0; i < k; i++) {
        const uint64_t *at = t->amask + ch[i].s * aw;
        bool dominated = false;
        for (size_t j = 0; j < k && !dominated; j++) {
            if (j == i || ch[j].cost != 0)
                continue;
            const uint64_t *as = t->amask + ch[j].s * aw;
            bool free_s = true, inside = true, back = ch[i].cost == 0;
            for (size_t w = 0; w < aw; w++) {
                free_s &= (t->pmask[w] & ~as[w]) == 0;
                inside &= (as[w] & ~t->pmask[w] & ~at[w]) == 0;
                back &= (t->pmask[w] & ~at[w]) == 0 && (at[w] & ~t->pmask[w] & ~as[w]) == 0;
            }
            /* scenes with the same actors (unmerged) dominate each other:
             * the first one stays */
            dominated = free_s && inside && (!back || ch[j].s < ch[i].s);
        }
        if (!dominated)
            ch[out++] = ch[i];
    }
    return out;
}

/* Fills the children of the current state; returns their count. */
static size_t expand(tsearch *t, size_t depth, child *ch)
{
    size_t k = 0;
    for (size_t w = 0; w < t->nw; w++) {
        for (uint64_t bits = t->q[w]; bits; bits &= bits - 1) {
            uint32_t s = (uint32_t)(w * 64 + (size_t)__builtin_ctzll(bits));
            int64_t cost = move_cost(t, s);
            if (cost == 0 && forced(t, s)) {
                ch[0] = (child){0, 0, s};
                return 1;
            }
            ch[k++] = (child){0, cost, s};
        }
    }
    k = prune_dominated(t, ch, k);
    for (size_t i = 0; i < k; i++) { /* the children's entries, ahead */
        uint32_t s = ch[i].s;
        t->q[s / 64] &= ~((uint64_t)1 << (s % 64));
        dp__tmemo_prefetch(&t->memo, t->q);
        t->q[s / 64] |= (uint64_t)1 << (s % 64);
    }
    for (size_t i = 0; i < k; i++) {
        apply(t, depth, ch[i].s);
        dp__tslot *e = dp__tmemo_find(&t->memo, t->q);
        int64_t lb = e ? e->value : dp__tbound(t->c, t->q, t->on, &t->bs);
        undo(t, depth, ch[i].s);
        ch[i].bound = ch[i].cost + lb;
    }
    sort_children(ch, k);
    return k;
}

static int64_t search(tsearch *t, size_t depth, int64_t g, int64_t budget, bool *exact)
{
    *exact = false;
    if (depth == t->n) {
        *exact = true;
        return 0;
    }
    dp__tslot *e = dp__tmemo_find(&t->memo, t->q);
    if (e && (e->exact || e->value >= budget)) {
        *exact = e->exact;
        return e->value;
    }
    t->nodes++;
    check_limits(t);
    if (t->stop)
        return lower(t);
    child *ch = t->ch + depth * t->n;
    size_t k = expand(t, depth, ch);
    int64_t best = INF, nonexact = INF;
    uint32_t best_s = 0;
    for (size_t i = 0; i < k; i++) {
        int64_t lim = budget < best ? budget : best;
        if (ch[i].bound >= lim || t->stop) {
            if (ch[i].bound < nonexact)
                nonexact = ch[i].bound;
            break; /* sorted: the rest are no lower */
        }
        apply(t, depth, ch[i].s);
        t->path[depth] = ch[i].s;
        bool ex;
        int64_t v = search(t, depth + 1, g + ch[i].cost, lim - ch[i].cost, &ex);
        undo(t, depth, ch[i].s);
        v += ch[i].cost;
        if (ex && v < best) {
            best = v;
            best_s = ch[i].s;
        } else if (!ex && v < nonexact) {
            nonexact = v;
        }
    }
    if (best < INF && best <= nonexact) {
        store(t, depth, best, true, best_s);
        *exact = true;
        if (g + best < t->inc_idle)
            try_incumbent(t, depth);
        return best;
    }
    int64_t lb = best < nonexact ? best : nonexact;
    store(t, depth, lb, false, 0);
    return lb;
}

static dp_status run(tsearch *t, uint32_t *order, int64_t idle, dp__tsol *out)
{
    const dp__tcore *c = t->c;
    for (size_t s = 0; s < t->n; s++)
        t->q[s / 64] |= (uint64_t)1 << (s % 64);
    memcpy(t->cnt, c->nsc, t->m * sizeof *t->cnt);
    memcpy(t->inc, order, t->n * sizeof *order);
    t->inc_idle = idle;
    bool ex;
    int64_t v = search(t, 0, 0, idle, &ex);
    out->nodes = t->nodes;
    out->idle = t->inc_idle;
    memcpy(order, t->inc, t->n * sizeof *order);
    if (!t->stop)
        /* exact below the heuristic's cost, or proof that it is optimal */
        out->lower = ex ? v : idle;
    else
        out->lower = v;
    if (out->lower > out->idle)
        out->lower = out->idle;
    out->optimal = out->lower >= out->idle;
    return DP_OK;
}

dp_status dp__tsearch(const dp__tcore *c, const dp__tlimits *lim, uint32_t *order,
                      int64_t idle, dp__tsol *out)
{
    memset(out, 0, sizeof *out);
    tsearch t;
    memset(&t, 0, sizeof t);
    t.c = c;
    t.lim = lim;
    t.n = c->n;
    t.m = c->m;
    t.nw = c->nw;
    if (t.n == 0) {
        out->optimal = true;
        return DP_OK;
    }
    dp_status st = dp__tmemo_init(&t.memo, t.nw, lim->memory_limit);
    if (st != DP_OK)
        return st;
    t.q = dp__calloc(t.nw, sizeof *t.q);
    t.cnt = dp__calloc(t.m + 1, sizeof *t.cnt);
    t.seen = dp__calloc(t.m + 1, 1);
    t.on = dp__calloc(t.m + 1, 1);
    t.aw = (t.m + 63) / 64 + 1;
    t.amask = dp__calloc(t.n * t.aw, sizeof *t.amask);
    t.pmask = dp__calloc(t.aw, sizeof *t.pmask);
    t.saved = dp__calloc(t.n * (t.m + 1), 1);
    t.ch = dp__calloc(t.n * t.n, sizeof *t.ch);
    t.path = dp__calloc(t.n, sizeof *t.path);
    t.inc = dp__calloc(t.n, sizeof *t.inc);
    t.bs.rho = dp__calloc(t.m + 1, sizeof *t.bs.rho);
    t.bs.keys = dp__calloc(t.m + 1, sizeof *t.bs.keys);
    t.bs.here = dp__calloc(t.m + 1, sizeof *t.bs.here);
    if (t.amask)
        for (size_t sc = 0; sc < t.n; sc++)
            for (uint32_t j = c->sa_start[sc]; j < c->sa_start[sc + 1]; j++)
                t.amask[sc * t.aw + c->sa[j] / 64] |= (uint64_t)1 << (c->sa[j] % 64);
    if (t.q && t.cnt && t.seen && t.on && t.amask && t.pmask && t.saved && t.ch && t.path && t.inc &&
        t.bs.rho && t.bs.keys && t.bs.here)
        st = run(&t, order, idle, out);
    else
        st = DP_E_NOMEM;
    dp__tmemo_release(&t.memo);
    dp__free(t.q);
    dp__free(t.cnt);
    dp__free(t.seen);
    dp__free(t.on);
    dp__free(t.amask);
    dp__free(t.pmask);
    dp__free(t.saved);
    dp__free(t.ch);
    dp__free(t.path);
    dp__free(t.inc);
    dp__free(t.bs.rho);
    dp__free(t.bs.keys);
    dp__free(t.bs.here);
    return st;
}
