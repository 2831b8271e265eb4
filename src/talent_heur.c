/* The first upper bound of the talent-scheduling search: a greedy order
 * (each step takes the scene of least immediate idle cost plus lower bound
 * on what remains), then iterated local search moving blocks of one to
 * three scenes to their best place. Seeded, so deterministic. */
#include "talent.h"

#include <string.h>

#define HEUR_BOUND_MAX_N 128   /* the greedy looks at bounds up to this n */
/* scene-actor visits of the local search: 8 passes' worth of moves, at
 * most 4 million */
#define HEUR_EVAL_BUDGET 4000000u
#define HEUR_EVAL_PASSES 8u

typedef struct heur {
    const dp__tcore *c;
    uint32_t *cur, *tmp;
    uint64_t budget; /* scene-actor visits left */
} heur;

static int64_t eval(heur *h, const uint32_t *order)
{
    uint64_t cost = h->c->sa_start[h->c->n] + h->c->n;
    h->budget = h->budget > cost ? h->budget - cost : 0;
    return dp__tcore_idle(h->c, order);
}

/* h->tmp = h->cur with its block [i, i + len) moved to position j of the
 * remaining order. */
static void place_block(heur *h, size_t i, size_t len, size_t j)
{
    size_t n = h->c->n;
    size_t k = 0;
    for (size_t x = 0; x < n && k < j; x++)
        if (x < i || x >= i + len)
            h->tmp[k++] = h->cur[x];
    memcpy(h->tmp + k, h->cur + i, len * sizeof *h->tmp);
    k += len;
    size_t skipped = 0;
    for (size_t x = 0; x < n; x++) {
        if (x >= i && x < i + len)
            continue;
        if (skipped++ >= j)
            h->tmp[k++] = h->cur[x];
    }
}

/* Moves the block order[i..i+len) to the place of least cost; true when
 * that improved 'best'. */
static bool move_block(heur *h, size_t i, size_t len, int64_t *best)
{
    size_t n = h->c->n;
    size_t best_j = i;
    for (size_t j = 0; j + len <= n && h->budget; j++) {
        if (j == i)
            continue;
        place_block(h, i, len, j);
        int64_t v = eval(h, h->tmp);
        if (v < *best) {
            *best = v;
            best_j = j;
        }
    }
    if (best_j == i)
        return false;
    place_block(h, i, len, best_j);
    memcpy(h->cur, h->tmp, n * sizeof *h->cur);
    return true;
}

static int64_t local_search(heur *h, int64_t v)
{
    size_t n = h->c->n;
    bool improved = true;
    while (improved && h->budget) {
        improved = false;
        for (size_t len = 1; len <= 3 && len < n; len++)
            for (size_t i = 0; i + len <= n && h->budget; i++)
                improved |= move_block(h, i, len, &v);
    }
    return v;
}

static uint64_t xorshift(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

static dp_status greedy(const dp__tcore *c, uint32_t *order)
{
    size_t n = c->n, m = c->m;
    uint64_t *q = dp__calloc(c->nw + 1, sizeof *q);
    uint32_t *cnt = dp__calloc(m + 1, sizeof *cnt);
    uint8_t *on = dp__calloc(m + 1, 1);
    uint8_t *seen = dp__calloc(m + 1, 1);
    dp__tbound_scratch bs = {dp__calloc(m + 1, sizeof(double)),
                             dp__calloc(m + 1, sizeof(dp__tkey)),
                             dp__calloc(m + 1, sizeof(uint32_t))};
    dp_status st = DP_E_NOMEM;
    if (!q || !cnt || !on || !seen || !bs.rho || !bs.keys || !bs.here)
        goto out;
    for (size_t s = 0; s < n; s++)
        q[s / 64] |= (uint64_t)1 << (s % 64);
    memcpy(cnt, c->nsc, m * sizeof *cnt);
    int64_t on_cost = 0;
    for (size_t step = 0; step < n; step++) {
        size_t pick = n;
        int64_t pick_v = 0;
        for (size_t s = 0; s < n; s++) {
            if (!((q[s / 64] >> (s % 64)) & 1u))
                continue;
            int64_t in = 0;
            for (uint32_t j = c->sa_start[s]; j < c->sa_start[s + 1]; j++)
                if (on[c->sa[j]])
                    in += c->cost[c->sa[j]];
            int64_t v = c->dur[s] * (on_cost - in);
            if (n <= HEUR_BOUND_MAX_N) {
                q[s / 64] &= ~((uint64_t)1 << (s % 64));
                for (uint32_t j = c->sa_start[s]; j < c->sa_start[s + 1]; j++) {
                    uint32_t a = c->sa[j];
                    cnt[a]--;
                    on[a] = cnt[a] > 0;
                }
                v += dp__tbound(c, q, on, &bs);
                for (uint32_t j = c->sa_start[s]; j < c->sa_start[s + 1]; j++) {
                    uint32_t a = c->sa[j];
                    cnt[a]++;
                    on[a] = seen[a] && cnt[a] > 0;
                }
                q[s / 64] |= (uint64_t)1 << (s % 64);
            }
            if (pick == n || v < pick_v) {
                pick = s;
                pick_v = v;
            }
        }
        order[step] = (uint32_t)pick;
        q[pick / 64] &= ~((uint64_t)1 << (pick % 64));
        for (uint32_t j = c->sa_start[pick]; j < c->sa_start[pick + 1]; j++) {
            uint32_t a = c->sa[j];
            cnt[a]--;
            seen[a] = 1;
        }
        on_cost = 0;
        for (size_t a = 0; a < m; a++) {
            on[a] = seen[a] && cnt[a] > 0;
            if (on[a])
                on_cost += c->cost[a];
        }
    }
    st = DP_OK;
out:
    dp__free(q);
    dp__free(cnt);
    dp__free(on);
    dp__free(seen);
    dp__free(bs.rho);
    dp__free(bs.keys);
    dp__free(bs.here);
    return st;
}

dp_status dp__theur(const dp__tcore *c, uint32_t *order, int64_t *idle)
{
    size_t n = c->n;
    dp_status st = greedy(c, order);
    if (st != DP_OK)
        return st;
    uint64_t budget = (uint64_t)HEUR_EVAL_PASSES * 3 * n * n * (n + c->sa_start[n]);
    heur h = {c, dp__calloc(n + 1, sizeof(uint32_t)), dp__calloc(n + 1, sizeof(uint32_t)),
              budget < HEUR_EVAL_BUDGET ? budget : HEUR_EVAL_BUDGET};
    if (!h.cur || !h.tmp) {
        dp__free(h.cur);
        dp__free(h.tmp);
        return DP_E_NOMEM;
    }
    memcpy(h.cur, order, n * sizeof *order);
    int64_t best = local_search(&h, eval(&h, h.cur));
    memcpy(order, h.cur, n * sizeof *order);
    uint64_t seed = 0x9E3779B97F4A7C15u ^ n;
    /* iterated local search: shuffle a short run, optimise, keep if better */
    for (int round = 0; round < 64 && h.budget && n >= 4; round++) {
        memcpy(h.cur, order, n * sizeof *order);
        size_t len = 3 + xorshift(&seed) % (n < 8 ? n - 2 : 6);
        if (len > n)
            len = n;
        size_t at = xorshift(&seed) % (n - len + 1);
        for (size_t i = len - 1; i > 0; i--) {
            size_t j = xorshift(&seed) % (i + 1);
            uint32_t x = h.cur[at + i];
            h.cur[at + i] = h.cur[at + j];
            h.cur[at + j] = x;
        }
        int64_t v = local_search(&h, eval(&h, h.cur));
        if (v < best) {
            best = v;
            memcpy(order, h.cur, n * sizeof *order);
        }
    }
    dp__free(h.cur);
    dp__free(h.tmp);
    *idle = best;
    return DP_OK;
}
