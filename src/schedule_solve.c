/* dp_schedule_solve and dp_schedule_evaluate: a board into s->board, then
 * published (days, boneyard, cost terms, reasons, breaches). After a solve
 * that keeps not every hard rule, a deletion filter over the rules finds
 * a minimal set that no board found keeps together. */
#include "schedule.h"
#include "talent.h"

#include <string.h>

#define DEFAULT_ITERATIONS 200000u
#define FILTER_ITERATIONS 20000u

/* Each rule relaxed in turn, a short search from the board found: the
 * saving is what the rule costs. */
static dp_status rule_costs(dp_schedule *s, const dp__ssearch *o)
{
    if (!s->rule_costs &&
        !(s->rule_costs = dp__arena_alloc(&s->arena, (s->n_rules + 1) * sizeof *s->rule_costs)))
        return DP_E_NOMEM;
    dp__arena a;
    dp__arena_init(&a, (size_t)1 << 31);
    dp__sboard b;
    dp__seval ev;
    dp_status st = dp__sboard_alloc(s, &a, &b);
    dp__ssearch f = *o;
    f.iterations = o->iterations / 20 > FILTER_ITERATIONS ? FILTER_ITERATIONS
                   : o->iterations / 20 < 2000u       ? 2000u
                                                      : o->iterations / 20;
    f.start = s->board.day_of;
    for (size_t r = 0; st == DP_OK && r < s->n_rules; r++) {
        if (o->deadline > 0 && dp__tclock() > o->deadline)
            break;
        s->rules[r].on = false;
        st = dp__sched_search(s, &f, &b, &ev);
        s->rules[r].on = true;
        int64_t saving = st == DP_OK && ev.penalty == 0 ? s->ev.cost - ev.cost : 0;
        s->rule_costs[s->n_rule_costs++] =
            (dp_schedule_rule_cost){s->rules[r].text, saving > 0 ? saving : 0};
    }
    dp__arena_release(&a);
    return st;
}

size_t dp_schedule_rule_cost_count(const dp_schedule *s) { return s ? s->n_rule_costs : 0; }

const dp_schedule_rule_cost *dp_schedule_rule_cost_at(const dp_schedule *s, size_t i)
{
    return s && i < s->n_rule_costs ? &s->rule_costs[i] : NULL;
}

dp_status dp_schedule_solve(dp_schedule *s, const dp_schedule_options *opts, dp_error *err)
{
    if (!s)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no schedule");
    double start = dp__tclock();
    dp__ssearch o = {0, opts ? opts->seed : 0,
                     opts && opts->iterations ? opts->iterations : DEFAULT_ITERATIONS, NULL};
    if (opts && opts->time_limit > 0)
        o.deadline = start + opts->time_limit;
    dp__arena a;
    dp__arena_init(&a, (size_t)1 << 31);
    dp__sboard base;
    uint32_t *scratch = dp__arena_alloc(&a, (s->n + s->H + 1) * sizeof *scratch);
    int32_t *work = dp__arena_alloc(&a, DP__SEVAL_WORK(s) * sizeof *work);
    dp_status st = scratch && work ? dp__sboard_alloc(s, &a, &base) : DP_E_NOMEM;
    if (st == DP_OK) {
        dp__seval ev;
        dp__sched_baseline(s, &base, scratch);
        dp__seval_board(s, &base, work, &ev, NULL, NULL);
        s->has_baseline = true;
        memcpy(s->baseline_terms, ev.terms, sizeof ev.terms);
        s->baseline_cost = ev.cost;
        s->baseline_penalty = ev.penalty;
        st = dp__sched_search(s, &o, &s->board, &s->ev);
    }
    dp__arena_release(&a);
    s->n_conflicts = 0;
    s->conflicts = NULL;
    if (st == DP_OK)
        st = dp__sched_publish(s);
    if (st == DP_OK && s->ev.penalty > 0)
        st = dp__sched_explain(s, &o);
    s->n_rule_costs = 0;
    if (st == DP_OK && s->ev.penalty == 0 && opts && opts->explain_costs)
        st = rule_costs(s, &o);
    s->seconds = dp__tclock() - start;
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "out of memory");
    return DP_OK;
}

dp_status dp__sched_explain(dp_schedule *s, const dp__ssearch *o)
{
    dp__arena a;
    dp__arena_init(&a, (size_t)1 << 31);
    dp__sboard b;
    dp__seval ev;
    dp_status st = dp__sboard_alloc(s, &a, &b);
    dp__ssearch f = *o;
    if (f.iterations > FILTER_ITERATIONS)
        f.iterations = FILTER_ITERATIONS;
    bool complete = true;
    for (size_t r = 0; st == DP_OK && r < s->n_rules; r++) {
        if (o->deadline > 0 && dp__tclock() > o->deadline) {
            complete = false;
            break;
        }
        s->rules[r].on = false;
        st = dp__sched_search(s, &f, &b, &ev);
        if (st == DP_OK && ev.penalty == 0)
            s->rules[r].on = true; /* needed: without it a board was found */
    }
    size_t n = 0;
    for (size_t r = 0; r < s->n_rules; r++)
        n += s->rules[r].on;
    s->conflicts = st == DP_OK ? dp__arena_alloc(&s->out, (n + 2) * sizeof *s->conflicts) : NULL;
    if (st == DP_OK && !s->conflicts)
        st = DP_E_NOMEM;
    for (size_t r = 0; st == DP_OK && r < s->n_rules; r++)
        if (s->rules[r].on)
            s->conflicts[s->n_conflicts++] = s->rules[r].text;
    if (st == DP_OK && !complete)
        s->conflicts[s->n_conflicts++] =
            "(the time limit cut this search short: the set above may not be minimal)";
    for (size_t r = 0; r < s->n_rules; r++)
        s->rules[r].on = true;
    dp__arena_release(&a);
    return st;
}

dp_status dp_schedule_evaluate(dp_schedule *s, const dp_schedule_board_day *days,
                               size_t n_days, dp_error *err)
{
    if (!s || (n_days && !days))
        return dp__error_set(err, DP_E_ARG, 0, 0, "no schedule or no days");
    if (n_days > s->H)
        return dp__error_set(err, DP_E_ARG, 0, 0, "%zu days: this schedule has room for %u",
                             n_days, s->H);
    dp__sboard *b = &s->board;
    for (size_t i = 0; i < s->n; i++)
        b->day_of[i] = -1;
    size_t k = 0;
    for (size_t d = 0; d < n_days; d++) {
        b->dstart[d] = (uint32_t)k;
        for (size_t j = 0; j < days[d].scene_count; j++) {
            uint32_t i = days[d].scenes ? days[d].scenes[j] : UINT32_MAX;
            if (i >= s->n || b->day_of[i] >= 0) {
                for (size_t q = 0; q < s->n; q++)
                    b->day_of[q] = -1;
                memset(b->dstart, 0, (s->H + 1) * sizeof *b->dstart);
                b->n_seq = 0;
                return dp__error_set(err, DP_E_ARG, 0, 0,
                                     i >= s->n ? "day %zu: no scene index %u"
                                               : "day %zu: scene index %u is listed twice",
                                     d + 1, i);
            }
            b->day_of[i] = (int32_t)d;
            b->seq[k++] = i;
        }
    }
    for (size_t d = n_days; d <= s->H; d++)
        b->dstart[d] = (uint32_t)k;
    b->n_seq = k;
    int32_t *work = dp__malloc(DP__SEVAL_WORK(s) * sizeof *work);
    if (!work)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    dp__seval_board(s, b, work, &s->ev, NULL, NULL);
    dp__free(work);
    s->n_conflicts = 0;
    dp_status st = dp__sched_publish(s);
    return st == DP_OK ? DP_OK : dp__error_set(err, st, 0, 0, "out of memory");
}
