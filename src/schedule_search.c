/* The schedule search: the baseline (scenes by location then day/night,
 * cut into days at the capacity), then simulated annealing over moves of
 * strips and days, and large-neighbourhood moves that re-order a window of
 * days with the exact talent solver (each day a scene of duration 1, its
 * cast the union of its scenes' casts). Deterministic for a seed. */
#include "schedule.h"
#include "talent.h"

#include <math.h>
#include <string.h>

#define PENALTY 200   /* cost of one unit of breach             */
#define WINDOW 10     /* days re-ordered by the talent solver    */
#define TALENT_NODES 20000u

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t next(rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint32_t below(rng *r, uint32_t n) { return n ? (uint32_t)(next(r) % n) : 0; }

static double unit(rng *r) { return (double)(next(r) >> 11) * (1.0 / 9007199254740992.0); }

static int cmp_baseline(const dp_schedule *s, uint32_t a, uint32_t b)
{
    const dp__sscene *x = &s->sc[a], *y = &s->sc[b];
    int c = strcmp(s->lc[x->loc].name, s->lc[y->loc].name);
    if (c)
        return c;
    if (x->night != y->night)
        return x->night ? 1 : -1;
    return a < b ? -1 : a > b;
}

void dp__sched_baseline(const dp_schedule *s, dp__sboard *b, uint32_t *scratch)
{
    uint32_t *ord = scratch;
    for (uint32_t i = 0; i < s->n; i++) {
        uint32_t j = i;
        while (j > 0 && cmp_baseline(s, ord[j - 1], i) > 0) {
            ord[j] = ord[j - 1];
            j--;
        }
        ord[j] = i;
    }
    const dp_constraints *c = s->c;
    int32_t d = 0;
    uint32_t load = 0, moves = 0, count = 0, loc = 0;
    bool night = false;
    for (size_t k = 0; k < s->n; k++) {
        const dp__sscene *x = &s->sc[ord[k]];
        bool cut = count > 0 && (load + x->load > c->eighths_per_day ||
                                 (!c->mix_day_night && x->night != night) ||
                                 (x->loc != loc && moves + 1 > c->max_moves));
        if (cut && d + 1 < (int32_t)s->H) {
            d++;
            load = moves = count = 0;
        }
        if (count && x->loc != loc)
            moves++;
        load += x->load;
        night = x->night;
        loc = x->loc;
        count++;
        b->day_of[ord[k]] = d;
    }
    dp__sboard_order(s, b, scratch);
}

typedef struct search {
    const dp_schedule *s;
    rng r;
    dp__sboard cur, cand, best;
    dp__seval ev_cur, ev_cand, ev_best;
    uint32_t *scratch; /* n + H */
    int32_t *work;
    int32_t *days;     /* H: scratch day list */
    uint8_t *needs;
    int64_t *tcost, *tdur;
    uint32_t *tact;
} search;

static int64_t score(const dp__seval *e) { return e->cost + PENALTY * e->penalty; }

static bool better(const dp__seval *a, const dp__seval *b)
{
    return a->penalty < b->penalty || (a->penalty == b->penalty && a->cost < b->cost);
}

static int32_t last_used(const search *x, const dp__sboard *b)
{
    for (int32_t d = (int32_t)x->s->H - 1; d >= 0; d--)
        if (b->dstart[d + 1] > b->dstart[d])
            return d;
    return -1;
}

/* A scene of the board, or the first scene of its consecutive group. */
static void move_scene(search *x, uint32_t i, int32_t to)
{
    const dp_schedule *s = x->s;
    const dp__sscene *sc = &s->sc[i];
    if (sc->group >= 0) {
        for (size_t k = 0; k < s->group_n[sc->group]; k++)
            x->cand.day_of[s->groups[sc->group][k]] = to;
    } else {
        x->cand.day_of[i] = to;
    }
}

/* A day for scene i: one where a scene of the same location and kind is,
 * a neighbour of its day, or any day up to one past the last. */
static int32_t pick_day(search *x, uint32_t i, int32_t last)
{
    const dp_schedule *s = x->s;
    uint32_t how = below(&x->r, 4);
    if (how < 2) {
        for (int tries = 0; tries < 8; tries++) {
            uint32_t j = below(&x->r, (uint32_t)s->n);
            if (j != i && s->sc[j].loc == s->sc[i].loc && s->sc[j].night == s->sc[i].night &&
                x->cand.day_of[j] >= 0)
                return x->cand.day_of[j];
        }
    }
    if (how == 2) {
        int32_t d = x->cand.day_of[i] + (below(&x->r, 2) ? 1 : -1);
        if (d >= 0 && d < (int32_t)s->H)
            return d;
    }
    uint32_t span = (uint32_t)(last + 2) < s->H ? (uint32_t)(last + 2) : s->H;
    return (int32_t)below(&x->r, span);
}

static void move_relocate(search *x, int32_t last)
{
    uint32_t i = below(&x->r, (uint32_t)x->s->n);
    move_scene(x, i, pick_day(x, i, last));
}

static void move_swap_scenes(search *x)
{
    const dp_schedule *s = x->s;
    uint32_t i = below(&x->r, (uint32_t)s->n), j = below(&x->r, (uint32_t)s->n);
    if (below(&x->r, 2)) {
        for (int tries = 0; tries < 8; tries++) {
            j = below(&x->r, (uint32_t)s->n);
            if (s->sc[j].loc == s->sc[i].loc)
                break;
        }
    }
    int32_t di = x->cand.day_of[i], dj = x->cand.day_of[j];
    if (di == dj)
        return;
    move_scene(x, i, dj);
    move_scene(x, j, di);
}

static void move_swap_days(search *x, int32_t last)
{
    int32_t a = (int32_t)below(&x->r, (uint32_t)last + 1);
    int32_t b = (int32_t)below(&x->r, (uint32_t)last + 1);
    if (below(&x->r, 2) && last > 0)
        b = a + 1 <= last ? a + 1 : a - 1;
    for (size_t i = 0; i < x->s->n; i++) {
        if (x->cand.day_of[i] == a)
            x->cand.day_of[i] = b;
        else if (x->cand.day_of[i] == b)
            x->cand.day_of[i] = a;
    }
}

/* Day a taken out and put back at position b, the days between shifted. */
static void move_shift_day(search *x, int32_t last)
{
    int32_t a = (int32_t)below(&x->r, (uint32_t)last + 1);
    int32_t b = (int32_t)below(&x->r, (uint32_t)last + 1);
    for (size_t i = 0; i < x->s->n; i++) {
        int32_t d = x->cand.day_of[i];
        if (d == a)
            x->cand.day_of[i] = b;
        else if (a < b && d > a && d <= b)
            x->cand.day_of[i] = d - 1;
        else if (b < a && d >= b && d < a)
            x->cand.day_of[i] = d + 1;
    }
}

/* Every scene of day a goes to another day of the same kind with room,
 * where its location already is when there is one. */
static void move_empty_day(search *x, int32_t last)
{
    const dp_schedule *s = x->s;
    int32_t a = (int32_t)below(&x->r, (uint32_t)last + 1);
    uint32_t lo = x->cur.dstart[a], hi = x->cur.dstart[a + 1];
    for (uint32_t k = lo; k < hi; k++) {
        uint32_t i = x->cur.seq[k];
        int32_t to = -1;
        for (int32_t d = 0; d <= last && to < 0; d++) {
            if (d == a)
                continue;
            for (uint32_t q = x->cur.dstart[d]; q < x->cur.dstart[d + 1]; q++)
                if (s->sc[x->cur.seq[q]].loc == s->sc[i].loc &&
                    s->sc[x->cur.seq[q]].night == s->sc[i].night) {
                    to = d;
                    break;
                }
        }
        if (to < 0)
            to = (int32_t)below(&x->r, (uint32_t)last + 1);
        move_scene(x, i, to);
    }
}

/* An empty day before the last closed up: the days after it move back. */
static void move_close_gap(search *x, int32_t last)
{
    int32_t g = -1;
    for (int32_t d = 0; d < last && g < 0; d++)
        if (x->cur.dstart[d + 1] == x->cur.dstart[d])
            g = d;
    if (g < 0)
        return;
    for (size_t i = 0; i < x->s->n; i++)
        if (x->cand.day_of[i] > g)
            x->cand.day_of[i]--;
}

/* A window of used days re-ordered for the least paid actor days among
 * them (the talent solver, a node limit keeping it deterministic). */
static dp_status move_talent(search *x, int32_t last)
{
    const dp_schedule *s = x->s;
    size_t nd = 0;
    for (int32_t d = 0; d <= last; d++)
        if (x->cur.dstart[d + 1] > x->cur.dstart[d])
            x->days[nd++] = d;
    if (nd < 3)
        return DP_OK;
    size_t len = nd < WINDOW ? nd : WINDOW;
    size_t w = below(&x->r, (uint32_t)(nd - len + 1));
    size_t na = 0;
    for (size_t a = 0; a < s->m; a++)
        x->tact[a] = UINT32_MAX;
    memset(x->needs, 0, s->m * WINDOW);
    for (size_t k = 0; k < len; k++) {
        int32_t d = x->days[w + k];
        for (uint32_t q = x->cur.dstart[d]; q < x->cur.dstart[d + 1]; q++) {
            const dp__sscene *sc = &s->sc[x->cur.seq[q]];
            for (size_t j = 0; j < sc->n_cast; j++) {
                uint32_t a = sc->cast[j];
                if (x->tact[a] == UINT32_MAX) {
                    x->tact[a] = (uint32_t)na;
                    x->tcost[na++] = s->ac[a].rate;
                }
                x->needs[x->tact[a] * len + k] = 1;
            }
        }
    }
    for (size_t k = 0; k < len; k++)
        x->tdur[k] = 1;
    if (!na)
        return DP_OK;
    dp_talent *t = NULL;
    dp_talent_result *res = NULL;
    dp_status st = dp_talent_new(len, na, x->needs, x->tcost, x->tdur, NULL, &t, NULL);
    dp_talent_options o = {0, 1, TALENT_NODES, (size_t)16 << 20};
    if (st == DP_OK)
        st = dp_talent_solve(t, &o, &res, NULL);
    if (st == DP_OK) {
        size_t n_order = 0;
        const uint32_t *order = dp_talent_result_order(res, &n_order);
        bool reverse = below(&x->r, 2) != 0;
        for (size_t i = 0; i < s->n; i++) {
            int32_t d = x->cur.day_of[i];
            for (size_t k = 0; k < len && d >= 0; k++) {
                size_t pos = reverse ? len - 1 - k : k;
                if (d == x->days[w + order[k]]) {
                    x->cand.day_of[i] = x->days[w + pos];
                    break;
                }
            }
        }
    }
    dp_talent_result_free(res);
    dp_talent_free(t);
    return st;
}

static void evaluate(search *x, dp__sboard *b, dp__seval *e)
{
    dp__sboard_order(x->s, b, x->scratch);
    dp__seval_board(x->s, b, x->work, e, NULL, NULL);
}

static dp_status alloc_search(search *x, dp__arena *a)
{
    const dp_schedule *s = x->s;
    if (dp__sboard_alloc(s, a, &x->cur) != DP_OK || dp__sboard_alloc(s, a, &x->cand) != DP_OK ||
        dp__sboard_alloc(s, a, &x->best) != DP_OK)
        return DP_E_NOMEM;
    x->scratch = dp__arena_alloc(a, (s->n + s->H + 1) * sizeof *x->scratch);
    x->work = dp__arena_alloc(a, DP__SEVAL_WORK(s) * sizeof *x->work);
    x->days = dp__arena_alloc(a, (s->H + 1) * sizeof *x->days);
    x->needs = dp__arena_alloc(a, (s->m + 1) * WINDOW);
    x->tcost = dp__arena_alloc(a, (s->m + 1) * sizeof *x->tcost);
    x->tdur = dp__arena_alloc(a, WINDOW * sizeof *x->tdur);
    x->tact = dp__arena_alloc(a, (s->m + 1) * sizeof *x->tact);
    return x->scratch && x->work && x->days && x->needs && x->tcost && x->tdur && x->tact
               ? DP_OK
               : DP_E_NOMEM;
}

dp_status dp__sched_search(const dp_schedule *s, const dp__ssearch *o, dp__sboard *best,
                           dp__seval *best_ev)
{
    dp__arena a;
    dp__arena_init(&a, (size_t)1 << 31);
    search x = {0};
    x.s = s;
    x.r.s = o->seed * 0x2545F4914F6CDD1Dull + 1;
    dp_status st = alloc_search(&x, &a);
    if (st != DP_OK) {
        dp__arena_release(&a);
        return st;
    }
    if (o->start) {
        memcpy(x.cur.day_of, o->start, s->n * sizeof *x.cur.day_of);
        dp__sboard_order(s, &x.cur, x.scratch);
    } else if (s->ref_day) { /* re-scheduling: from the reference board */
        int32_t last = -1;
        for (size_t i = 0; i < s->n; i++)
            last = s->ref_day[i] > last ? s->ref_day[i] : last;
        for (size_t i = 0; i < s->n; i++)
            x.cur.day_of[i] = s->ref_day[i] >= 0 ? s->ref_day[i]
                              : last + 1 < (int32_t)s->H ? last + 1 : (int32_t)s->H - 1;
        dp__sboard_order(s, &x.cur, x.scratch);
    } else {
        dp__sched_baseline(s, &x.cur, x.scratch);
    }
    evaluate(&x, &x.cur, &x.ev_cur);
    dp__sboard_copy(s, &x.best, &x.cur);
    x.ev_best = x.ev_cur;
    uint32_t iters = o->iterations;
    double t0 = (double)s->c->weights[DP__T_SHOOT_DAYS] / 2 + 2, t1 = 0.2;
    for (uint32_t it = 0; it < iters && s->n > 1; it++) {
        if (o->deadline > 0 && (it & 63u) == 0 && dp__tclock() > o->deadline)
            break;
        if (it > 0 && it % (iters / 8 + 1) == 0) { /* restart from the best */
            dp__sboard_copy(s, &x.cur, &x.best);
            x.ev_cur = x.ev_best;
        }
        double temp = t0 * pow(t1 / t0, (double)it / (double)iters);
        dp__sboard_copy(s, &x.cand, &x.cur);
        int32_t last = last_used(&x, &x.cur);
        if (last < 0)
            last = 0;
        uint32_t kind = below(&x.r, 100);
        if (kind < 35)
            move_relocate(&x, last);
        else if (kind < 60)
            move_swap_scenes(&x);
        else if (kind < 72)
            move_swap_days(&x, last);
        else if (kind < 82)
            move_shift_day(&x, last);
        else if (kind < 90)
            move_empty_day(&x, last);
        else if (kind < 94)
            move_close_gap(&x, last);
        else if ((st = move_talent(&x, last)) != DP_OK)
            break;
        evaluate(&x, &x.cand, &x.ev_cand);
        int64_t delta = score(&x.ev_cand) - score(&x.ev_cur);
        if (delta <= 0 || unit(&x.r) < exp(-(double)delta / temp)) {
            dp__sboard t = x.cur;
            x.cur = x.cand;
            x.cand = t;
            x.ev_cur = x.ev_cand;
            if (better(&x.ev_cur, &x.ev_best)) {
                dp__sboard_copy(s, &x.best, &x.cur);
                x.ev_best = x.ev_cur;
            }
        }
    }
    if (st == DP_OK) {
        dp__sboard_copy(s, best, &x.best);
        *best_ev = x.ev_best;
    }
    dp__arena_release(&a);
    return st;
}
