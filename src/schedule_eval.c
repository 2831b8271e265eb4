/* A board's order within days, its cost terms and its breaches of the
 * hard rules. */
#include "schedule.h"

#include <string.h>

dp_status dp__sboard_alloc(const dp_schedule *s, dp__arena *a, dp__sboard *b)
{
    b->day_of = dp__arena_alloc(a, (s->n + 1) * sizeof *b->day_of);
    b->seq = dp__arena_alloc(a, (s->n + 1) * sizeof *b->seq);
    b->dstart = dp__arena_alloc(a, (s->H + 1) * sizeof *b->dstart);
    b->n_seq = 0;
    return b->day_of && b->seq && b->dstart ? DP_OK : DP_E_NOMEM;
}

void dp__sboard_copy(const dp_schedule *s, dp__sboard *dst, const dp__sboard *src)
{
    memcpy(dst->day_of, src->day_of, s->n * sizeof *dst->day_of);
    memcpy(dst->seq, src->seq, s->n * sizeof *dst->seq);
    memcpy(dst->dstart, src->dstart, (s->H + 1) * sizeof *dst->dstart);
    dst->n_seq = src->n_seq;
}

/* The order key of a scene within its day: day before night, then
 * location, then its consecutive group together in the group's order. */
static uint64_t order_key(const dp_schedule *s, uint32_t i)
{
    const dp__sscene *x = &s->sc[i];
    uint32_t anchor = i, pos = 0;
    if (x->group >= 0) {
        anchor = s->groups[x->group][0];
        pos = x->group_pos;
    }
    const dp__sscene *a = &s->sc[anchor];
    return ((uint64_t)a->night << 62) | ((uint64_t)a->loc << 41) | ((uint64_t)anchor << 20) | pos;
}

void dp__sboard_order(const dp_schedule *s, dp__sboard *b, uint32_t *scratch)
{
    uint32_t H = s->H;
    memset(b->dstart, 0, (H + 1) * sizeof *b->dstart);
    for (size_t i = 0; i < s->n; i++)
        if (b->day_of[i] >= 0)
            b->dstart[b->day_of[i] + 1]++;
    for (uint32_t d = 0; d < H; d++)
        b->dstart[d + 1] += b->dstart[d];
    memcpy(scratch, b->dstart, H * sizeof *scratch);
    for (size_t i = 0; i < s->n; i++)
        if (b->day_of[i] >= 0)
            b->seq[scratch[b->day_of[i]]++] = (uint32_t)i;
    b->n_seq = b->dstart[H];
    for (uint32_t d = 0; d < H; d++) {
        uint32_t lo = b->dstart[d], hi = b->dstart[d + 1];
        for (uint32_t k = lo + 1; k < hi; k++) {
            uint32_t v = b->seq[k];
            uint64_t kv = order_key(s, v);
            uint32_t j = k;
            while (j > lo && order_key(s, b->seq[j - 1]) > kv) {
                b->seq[j] = b->seq[j - 1];
                j--;
            }
            b->seq[j] = v;
        }
    }
}

typedef struct breach_sink {
    dp__sbreach_fn fn;
    void *ctx;
    int64_t penalty;
} breach_sink;

static void breach(breach_sink *b, size_t rule, int32_t day, int32_t scene, int64_t amount)
{
    b->penalty += amount;
    if (b->fn)
        b->fn(b->ctx, rule, day, scene, amount);
}

static int32_t rule_of(const dp_schedule *s, dp__rkind kind)
{
    for (size_t r = 0; r < s->n_rules; r++)
        if (s->rules[r].kind == kind)
            return s->rules[r].on ? (int32_t)r : -1;
    return -1;
}

void dp__seval_board(const dp_schedule *s, const dp__sboard *b, int32_t *work,
                     dp__seval *out, dp__sbreach_fn fn, void *ctx)
{
    const dp_constraints *c = s->c;
    memset(out, 0, sizeof *out);
    breach_sink bs = {fn, ctx, 0};
    int32_t r_cap = rule_of(s, DP__R_CAPACITY), r_dn = rule_of(s, DP__R_DAY_NIGHT),
            r_moves = rule_of(s, DP__R_MOVES), r_hor = rule_of(s, DP__R_HORIZON),
            r_minor = rule_of(s, DP__R_MINOR), r_turn = rule_of(s, DP__R_TURNAROUND);
    /* per actor: first day, last day, last night day; per location: stamp */
    int32_t *first = work, *last = work + s->m, *nightday = work + 2 * s->m;
    int32_t *stamp = work + 3 * s->m;
    for (size_t a = 0; a < s->m; a++)
        first[a] = last[a] = nightday[a] = -2;
    for (size_t l = 0; l < s->nl; l++)
        stamp[l] = -1;
    int32_t last_day = -1;
    int prev_kind = -1;
    for (uint32_t d = 0; d < s->H; d++) {
        uint32_t lo = b->dstart[d], hi = b->dstart[d + 1];
        if (lo == hi)
            continue;
        last_day = (int32_t)d;
        uint32_t load = 0;
        bool day = false, night = false, minor = false;
        int64_t moves = 0, locs = 0;
        bool follows = d > 0 && s->follows[d];
        for (uint32_t k = lo; k < hi; k++) {
            uint32_t i = b->seq[k];
            const dp__sscene *x = &s->sc[i];
            load += x->load;
            day |= !x->night;
            night |= x->night;
            minor |= x->minor;
            if (k > lo && s->sc[b->seq[k - 1]].loc != x->loc)
                moves++;
            if (stamp[x->loc] != (int32_t)d) {
                stamp[x->loc] = (int32_t)d;
                locs++;
            }
            for (size_t j = 0; j < x->n_cast; j++) {
                uint32_t a = x->cast[j];
                if (first[a] == -2)
                    first[a] = (int32_t)d;
                last[a] = (int32_t)d;
                if (s->ac[a].rule >= 0 && s->rules[s->ac[a].rule].on && !s->ac[a].ok[d])
                    breach(&bs, (size_t)s->ac[a].rule, (int32_t)d, (int32_t)i, 1);
                if (r_turn >= 0 && s->ac[a].turnaround && !x->night && follows &&
                    nightday[a] == (int32_t)d - 1)
                    breach(&bs, (size_t)r_turn, (int32_t)d, (int32_t)i, 1);
            }
            const dp__sloc *lc = &s->lc[x->loc];
            if (lc->rule >= 0 && s->rules[lc->rule].on && !lc->ok[d])
                breach(&bs, (size_t)lc->rule, (int32_t)d, (int32_t)i, 1);
            if (r_hor >= 0 && d >= c->max_days)
                breach(&bs, (size_t)r_hor, (int32_t)d, (int32_t)i, (int64_t)(d - c->max_days) + 1);
        }
        for (uint32_t k = lo; k < hi; k++) {
            const dp__sscene *x = &s->sc[b->seq[k]];
            if (x->night)
                for (size_t j = 0; j < x->n_cast; j++)
                    nightday[x->cast[j]] = (int32_t)d;
        }
        /* a scene longer than a day is shot alone on its day */
        if (r_cap >= 0 && load > c->eighths_per_day && hi - lo > 1)
            breach(&bs, (size_t)r_cap, (int32_t)d, -1, load - c->eighths_per_day);
        if (r_minor >= 0 && minor && load > c->minor_eighths && hi - lo > 1)
            breach(&bs, (size_t)r_minor, (int32_t)d, -1, load - c->minor_eighths);
        if (r_dn >= 0 && day && night)
            breach(&bs, (size_t)r_dn, (int32_t)d, -1, 8);
        if (r_moves >= 0 && moves > (int64_t)c->max_moves)
            breach(&bs, (size_t)r_moves, (int32_t)d, -1, 8 * (moves - (int64_t)c->max_moves));
        int kind_first = s->sc[b->seq[lo]].night, kind_last = s->sc[b->seq[hi - 1]].night;
        if (prev_kind >= 0 && prev_kind != kind_first)
            out->terms[DP__T_SWITCHES]++;
        prev_kind = kind_last;
        out->terms[DP__T_MOVES] += moves;
        out->terms[DP__T_LOCATION_DAYS] += locs;
    }
    out->terms[DP__T_SHOOT_DAYS] = last_day + 1;
    for (size_t a = 0; a < s->m; a++)
        if (first[a] >= 0)
            out->terms[DP__T_ACTOR_DAYS] += s->ac[a].rate * (last[a] - first[a] + 1);
    for (size_t i = 0; i < s->n; i++) {
        const dp__sscene *x = &s->sc[i];
        if (b->day_of[i] < 0)
            out->unscheduled++;
        else if (x->pin >= 0 && s->rules[x->pin_rule].on && b->day_of[i] != x->pin) {
            int32_t diff = b->day_of[i] - x->pin;
            breach(&bs, x->pin_rule, b->day_of[i], (int32_t)i, 1 + (diff < 0 ? -diff : diff));
        }
    }
    for (size_t r = 0; r < s->n_rules; r++) {
        if (s->rules[r].kind != DP__R_CONSECUTIVE || !s->rules[r].on)
            continue;
        const uint32_t *g = s->groups[s->rules[r].ref];
        size_t gn = s->group_n[s->rules[r].ref], placed = 0;
        /* every scene of the group on one day, with nothing in between */
        int32_t d0 = -3;
        uint32_t pmin = UINT32_MAX, pmax = 0;
        int64_t bad = 0;
        for (size_t k = 0; k < gn; k++) {
            uint32_t i = g[k];
            int32_t d = b->day_of[i];
            if (d < 0)
                continue;
            placed++;
            if (d0 == -3)
                d0 = d;
            else if (d != d0)
                bad += 8;
            for (uint32_t p = b->dstart[d]; p < b->dstart[d + 1]; p++)
                if (b->seq[p] == i) {
                    pmin = p < pmin ? p : pmin;
                    pmax = p > pmax ? p : pmax;
                }
        }
        if (!bad && pmin != UINT32_MAX && pmax - pmin + 1 != placed)
            bad = 1;
        if (bad)
            breach(&bs, r, d0, -1, bad);
    }
    if (s->ref_day)
        for (size_t i = 0; i < s->n; i++)
            out->terms[DP__T_MOVED] += b->day_of[i] != s->ref_day[i];
    out->penalty = bs.penalty;
    for (int k = 0; k < DP__T_COUNT; k++)
        out->cost += out->terms[k] * c->weights[k];
}
