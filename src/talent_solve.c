/* dp_talent_solve: preprocessing, then per core a heuristic order and the
 * exact search (cores on up to 'threads' threads, each core's search on
 * one), then the segments put back together in original scenes, merged
 * scenes expanded in the order they were merged. Each core's result does
 * not depend on the threads, so neither does the whole. */
#include "talent.h"

#include <pthread.h>
#include <string.h>

#define DEFAULT_MEMORY ((size_t)1 << 30)
#define MAX_THREADS 256u

typedef struct core_job {
    uint32_t *order;
    dp__tsol sol;
    dp_status st;
} core_job;

typedef struct pool {
    const dp__tprep *p;
    dp__tlimits lim; /* memory split between the threads */
    core_job *jobs;
    pthread_mutex_t lock;
    size_t next;
} pool;

static void solve_core(const dp__tcore *c, const dp__tlimits *lim, core_job *job)
{
    int64_t idle = 0;
    job->order = dp__calloc(c->n + 1, sizeof *job->order);
    job->st = job->order ? dp__theur(c, job->order, &idle) : DP_E_NOMEM;
    if (job->st == DP_OK)
        job->st = dp__tsearch(c, lim, job->order, idle, &job->sol);
}

static void *worker(void *arg)
{
    pool *w = arg;
    for (;;) {
        pthread_mutex_lock(&w->lock);
        size_t k = w->next++;
        pthread_mutex_unlock(&w->lock);
        if (k >= w->p->n_comps)
            return NULL;
        solve_core(&w->p->comps[k], &w->lim, &w->jobs[k]);
    }
}

/* Solves every core into jobs[], on 'threads' threads when there are
 * several cores (falling back to this thread if none can start). */
static void solve_cores(const dp__tprep *p, const dp__tlimits *lim, unsigned threads,
                        core_job *jobs)
{
    if (threads > p->n_comps)
        threads = (unsigned)p->n_comps;
    pool w = {p, *lim, jobs, PTHREAD_MUTEX_INITIALIZER, 0};
    pthread_t tid[MAX_THREADS];
    unsigned started = 0;
    if (threads > 1) {
        w.lim.memory_limit = lim->memory_limit / threads;
        while (started < threads - 1 && pthread_create(&tid[started], NULL, worker, &w) == 0)
            started++;
    }
    worker(&w);
    for (unsigned i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    pthread_mutex_destroy(&w.lock);
}

static dp_status assemble(const dp_talent *t, const dp__tprep *p, const core_job *jobs,
                          dp_talent_result *r)
{
    size_t pos = 0;
    int64_t lower = p->work;
    r->optimal = 1;
    for (size_t k = 0; k < p->n_comps; k++)
        if (jobs[k].st != DP_OK)
            return jobs[k].st;
    for (size_t g = 0; g < p->n_segs; g++) {
        const dp__tseg *seg = &p->segs[g];
        if (seg->core < 0) {
            for (uint32_t i = 0; i < seg->count; i++)
                r->order[pos++] = p->fixed[seg->first + i];
            continue;
        }
        const dp__tcore *c = &p->comps[seg->core];
        const core_job *job = &jobs[seg->core];
        for (size_t i = 0; i < c->n; i++)
            for (uint32_t j = c->mem_start[job->order[i]]; j < c->mem_start[job->order[i] + 1]; j++)
                r->order[pos++] = c->mem[j];
        lower += job->sol.lower;
        r->optimal &= job->sol.optimal;
        r->nodes += job->sol.nodes;
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

static dp_status solve(const dp_talent *t, const dp__tprep *p, const dp__tlimits *lim,
                       unsigned threads, dp_talent_result *r)
{
    core_job *jobs = dp__calloc(p->n_comps + 1, sizeof *jobs);
    if (!jobs)
        return DP_E_NOMEM;
    solve_cores(p, lim, threads, jobs);
    dp_status st = assemble(t, p, jobs, r);
    for (size_t k = 0; k < p->n_comps; k++)
        dp__free(jobs[k].order);
    dp__free(jobs);
    return st;
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
    if (o.threads > MAX_THREADS)
        return dp__error_set(err, DP_E_ARG, 0, 0, "at most %u threads", MAX_THREADS);
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
        st = solve(t, &p, &lim, o.threads ? o.threads : 1, r);
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
