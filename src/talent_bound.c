/* The lower bound of the talent-scheduling search.
 *
 * Actors on location stay until their last remaining scene, so each is a
 * job that completes with its last scene; splitting every scene among its
 * actors on location in proportion to their costs turns the remaining
 * scenes into one machine's jobs, where Smith's rule (ascending processing
 * time / weight) is optimal. With rho(a) = sum over a's scenes r of
 * d(r) / T(r), T(r) the cost of r's actors on location, the idle cost to
 * come is at least
 *   sum_a c(a) * sum_{b before a, or a} c(b) rho(b)
 *   - sum_r d(r) (T(r) + sum_{a in r} c(a)^2 / T(r)) / 2
 * (the second sum is the work of those actors less what sharing a scene
 * saves each pair of them). Actors not yet on location count zero. */
#include "talent.h"

#include <math.h>
#include <stdlib.h>

static int key_cmp(const void *x, const void *y)
{
    const dp__tkey *a = x, *b = y;
    if (a->rho != b->rho)
        return a->rho < b->rho ? -1 : 1;
    return a->a < b->a ? -1 : a->a > b->a;
}

static void sort_keys(dp__tkey *k, size_t n)
{
    if (n > 24) {
        qsort(k, n, sizeof *k, key_cmp);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        dp__tkey v = k[i];
        size_t j = i;
        while (j > 0 && key_cmp(&v, &k[j - 1]) < 0) {
            k[j] = k[j - 1];
            j--;
        }
        k[j] = v;
    }
}

int64_t dp__tbound(const dp__tcore *c, const uint64_t *q, const uint8_t *on_loc,
                   dp__tbound_scratch *s)
{
    size_t np = 0;
    for (size_t a = 0; a < c->m; a++) {
        if (on_loc[a]) {
            s->rho[a] = 0;
            np++;
        }
    }
    if (np < 1)
        return 0;
    double corr = 0;
    for (size_t w = 0; w < c->nw; w++) {
        for (uint64_t bits = q[w]; bits; bits &= bits - 1) {
            size_t r = w * 64 + (size_t)__builtin_ctzll(bits);
            double tot = 0, sq = 0;
            uint32_t j0 = c->sa_start[r], j1 = c->sa_start[r + 1], np_r = 0;
            for (uint32_t j = j0; j < j1; j++) {
                uint32_t a = c->sa[j];
                if (on_loc[a]) {
                    double ca = (double)c->cost[a];
                    tot += ca;
                    sq += ca * ca;
                    s->here[np_r++] = a;
                }
            }
            if (np_r == 0)
                continue;
            double d = (double)c->dur[r], inv = d / tot;
            for (uint32_t i = 0; i < np_r; i++)
                s->rho[s->here[i]] += inv;
            corr += d * (tot + sq / tot) / 2;
        }
    }
    size_t k = 0;
    for (size_t a = 0; a < c->m; a++)
        if (on_loc[a])
            s->keys[k++] = (dp__tkey){s->rho[a], (uint32_t)a};
    sort_keys(s->keys, k);
    double done = 0, smith = 0;
    for (size_t i = 0; i < k; i++) {
        double ca = (double)c->cost[s->keys[i].a];
        done += ca * s->keys[i].rho;
        smith += ca * done;
    }
    /* rounding: give up a relative 1e-9 so that the bound stays below the
     * exact value whatever the floating-point error */
    double lb = smith - corr - 1e-9 * (smith + corr) - 1e-6;
    if (!(lb > 0))
        return 0;
    return (int64_t)ceil(lb);
}
