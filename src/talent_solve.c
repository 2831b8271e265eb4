/* dp_talent_solve: preprocessing, then per core a heuristic order and the
 * exact search, then the segments put back together in original scenes,
 * merged scenes expanded in the order they were merged. */
#include "talent.h"

#include <string.h>

#define DEFAULT_MEMORY ((size_t)1 << 30)

static dp_status solve_core(const dp__tcore *c, const dp__tlimits *lim,
                            uint32_t *order, dp__tsol *sol)
{
    int64_t idle = 0;
    dp_status st = dp__theur(c, order, &idle);
    if (st != DP_OK)
        return st;
    return dp__tsearch(c, lim, order, idle, sol);
}

static dp_status solve(const dp_talent *t, const dp__tprep *p, const dp__tlimits *lim,
                       dp_talent_result *r)
{
    size_t pos = 0;
    int64_t lower = p->work;
    r->optimal = 1;
    for (size_t g = 0; g < p->n_segs; g++) {
        const dp__tseg *seg = &p->segs[g];
        if (seg->core < 0) {
            for (uint32_t i = 0; i < seg->count; i++)
                r->order[pos++] = p->fixed[seg->first + i];
            continue;
        }
        const dp__tcore *c = &p->comps[seg->core];
        uint32_t *order = dp__calloc(c->n + 1, sizeof *order);
        if (!order)
            return DP_E_NOMEM;
        dp__tsol sol;
        dp_status st = solve_core(c, lim, order, &sol);
        if (st != DP_OK) {
            dp__free(order);
            return st;
        }
        for (size_t i = 0; i < c->n; i++)
            for (uint32_t j = c->mem_start[order[i]]; j < c->mem_start[order[i] + 1]; j++)
                r->order[pos++] = c->mem[j];
        lower += sol.lower;
        r->optimal &= sol.optimal;
        r->nodes += sol.nodes;
        dp__free(order);
    }
    if (pos != t->n)
        return DP_E_ARG;
    dp_status st = dp_talent_evaluate(t, r->order, t->n, &r->cost, &r->idle, NULL);
    if (st != DP_OK)
        return st;
    r->lower_bound = lower < r->cost ? lower : r->cost;
    if (r->lower_bound < r->cost)
        r->optimal = 0;
    return DP_OK;
}

dp_status dp__talent_solve(const dp_talent *t, const dp_talent_options *opts,
                           bool reduce, dp_talent_result **out, dp_error *err)
{
    if (!t || !out)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no problem or no output handle");
    *out = NULL;
    dp_talent_options o = {0, 0, 0, 0};
    if (opts)
        o = *opts;
    if (!(o.time_limit >= 0 && o.time_limit <= 1e9))
        return dp__error_set(err, DP_E_ARG, 0, 0, "the time limit must be 0 or more seconds");
    double t0 = dp__tclock();
    dp__tlimits lim = {o.time_limit > 0 ? t0 + o.time_limit : 0, o.node_limit,
                       o.memory_limit ? o.memory_limit : DEFAULT_MEMORY};
    dp_talent_result *r = dp__calloc(1, sizeof *r);
    if (!r)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, NULL);
    r->n = t->n;
    r->order = dp__calloc(t->n + 1, sizeof *r->order);
    dp__tprep p;
    dp_status st = r->order ? dp__tprep_build(t, reduce, &p) : DP_E_NOMEM;
    if (st == DP_OK) {
        st = solve(t, &p, &lim, r);
        dp__tprep_release(&p);
    }
    if (st != DP_OK) {
        dp_talent_result_free(r);
        return dp__error_set(err, st, 0, 0, "solving failed: %s", dp_strerror(st));
    }
    r->seconds = dp__tclock() - t0;
    *out = r;
    return DP_OK;
}

dp_status dp_talent_solve(const dp_talent *t, const dp_talent_options *opts,
                          dp_talent_result **out, dp_error *err)
{
    return dp__talent_solve(t, opts, true, out, err);
}
