/* Lower bounds of the cost terms over every board that keeps the hard
 * rules, from relaxations:
 * - shoot days: the day scenes' and the night scenes' eighths each fill
 *   whole days (all scenes when day and night may mix), and so do their
 *   locations, max_company_moves + 1 a day at most; no board ends before
 *   a scene's first possible day;
 * - paid actor days, per actor: the days their own scenes fill (as
 *   above), and the span between the latest first possible day and the
 *   earliest last possible day of their scenes;
 * - location days: per location (and day/night), the days its scenes fill;
 * - day/night switches: one when there are both and they may not mix;
 * - company moves: 0. */
#include "schedule.h"

#include <string.h>

/* A scene longer than a day takes one day: its load counts as 'cap'. */
static uint64_t clip(uint32_t load, uint32_t cap) { return load < cap ? load : cap; }

static int64_t fill(uint64_t load, uint32_t cap)
{
    return (int64_t)((load + cap - 1) / cap);
}

/* The first and last day (0-based) scene i can be shot on, by its own
 * rules: its actors, its location, its pin, the horizon. */
static void window(const dp_schedule *s, size_t i, int32_t *lo, int32_t *hi)
{
    const dp__sscene *x = &s->sc[i];
    int32_t H = (int32_t)s->H;
    if (s->c->max_days && (int32_t)s->c->max_days < H)
        H = (int32_t)s->c->max_days;
    *lo = -1;
    *hi = -1;
    for (int32_t d = 0; d < H; d++) {
        bool ok = x->pin < 0 || x->pin == d;
        for (size_t k = 0; k < x->n_cast && ok; k++)
            ok = s->ac[x->cast[k]].ok[d] != 0;
        if (ok && s->lc[x->loc].ok)
            ok = s->lc[x->loc].ok[d] != 0;
        if (ok) {
            if (*lo < 0)
                *lo = d;
            *hi = d;
        }
    }
}

void dp__sched_bounds(dp_schedule *s)
{
    const dp_constraints *c = s->c;
    uint32_t cap = c->eighths_per_day;
    bool mix = c->mix_day_night;
    memset(s->lb, 0, sizeof s->lb);
    uint64_t load[2] = {0, 0};
    bool kinds[2] = {false, false};
    int32_t latest_start = -1;
    int32_t *wlo = dp__arena_alloc(&s->arena, (s->n + 1) * sizeof *wlo);
    int32_t *whi = dp__arena_alloc(&s->arena, (s->n + 1) * sizeof *whi);
    for (size_t i = 0; i < s->n; i++) {
        const dp__sscene *x = &s->sc[i];
        load[mix ? 0 : x->night] += clip(x->load, cap);
        kinds[x->night] = true;
        int32_t lo = -1, hi = -1;
        if (wlo && whi) {
            window(s, i, &lo, &hi);
            wlo[i] = lo;
            whi[i] = hi;
        }
        if (lo > latest_start)
            latest_start = lo;
    }
    /* locations of each kind */
    uint64_t nloc[2] = {0, 0};
    for (size_t l = 0; l < s->nl; l++) {
        bool has[2] = {false, false};
        for (size_t i = 0; i < s->n; i++)
            if (s->sc[i].loc == l)
                has[mix ? 0 : s->sc[i].night] = true;
        nloc[0] += has[0];
        nloc[1] += has[1];
    }
    int64_t days = 0;
    for (int k = 0; k < 2; k++) {
        int64_t by_load = fill(load[k], cap), by_locs = fill(nloc[k], c->max_moves + 1);
        days += by_load > by_locs ? by_load : by_locs;
    }
    s->lb[DP__T_SHOOT_DAYS] = days > latest_start + 1 ? days : latest_start + 1;
    s->lb[DP__T_SWITCHES] = !mix && kinds[0] && kinds[1];
    /* per location */
    for (size_t l = 0; l < s->nl; l++) {
        uint64_t ll[2] = {0, 0};
        for (size_t i = 0; i < s->n; i++)
            if (s->sc[i].loc == l)
                ll[mix ? 0 : s->sc[i].night] += clip(s->sc[i].load, cap);
        s->lb[DP__T_LOCATION_DAYS] += fill(ll[0], cap) + fill(ll[1], cap);
    }
    /* per actor: the load of their day and night scenes, the latest first
     * possible day and the earliest last possible day of their scenes */
    size_t m = s->m;
    uint64_t *al = dp__arena_alloc(&s->arena, (2 * m + 1) * sizeof *al);
    int32_t *max_lo = dp__arena_alloc(&s->arena, (m + 1) * sizeof *max_lo);
    int32_t *min_hi = dp__arena_alloc(&s->arena, (m + 1) * sizeof *min_hi);
    if (!al || !max_lo || !min_hi)
        return;
    for (size_t a = 0; a < m; a++) {
        max_lo[a] = -1;
        min_hi[a] = INT32_MAX;
    }
    for (size_t i = 0; i < s->n; i++) {
        const dp__sscene *x = &s->sc[i];
        int32_t lo = wlo && whi ? wlo[i] : -1, hi = wlo && whi ? whi[i] : -1;
        for (size_t j = 0; j < x->n_cast; j++) {
            uint32_t a = x->cast[j];
            al[2 * a + (mix ? 0 : x->night)] += clip(x->load, cap);
            if (lo >= 0) {
                max_lo[a] = lo > max_lo[a] ? lo : max_lo[a];
                min_hi[a] = hi < min_hi[a] ? hi : min_hi[a];
            }
        }
    }
    for (size_t a = 0; a < m; a++) {
        if (!al[2 * a] && !al[2 * a + 1])
            continue;
        int64_t need = fill(al[2 * a], cap) + fill(al[2 * a + 1], cap);
        int64_t span = max_lo[a] >= 0 && min_hi[a] != INT32_MAX && max_lo[a] > min_hi[a]
                           ? (int64_t)(max_lo[a] - min_hi[a]) + 1
                           : 1;
        s->lb[DP__T_ACTOR_DAYS] += s->ac[a].rate * (need > span ? need : span);
    }
}
