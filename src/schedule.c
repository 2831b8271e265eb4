/* dp_schedule: the problem built from a breakdown and constraints (scenes
 * with their location, day or night, time estimate and cast; actors and
 * locations with the days they can work; the hard rules), and the
 * accessors of the current board. */
#include "report.h"
#include "schedule.h"

#include <string.h>

static bool same_name(const char *a, const char *b)
{
    dp__buf x, y;
    dp__buf_init(&x, 4096);
    dp__buf_init(&y, 4096);
    bool same = dp__utf8_lower(a, strlen(a), &x) == DP_OK &&
                dp__utf8_lower(b, strlen(b), &y) == DP_OK && x.len == y.len &&
                (x.len == 0 || memcmp(x.data, y.data, x.len) == 0);
    dp__buf_release(&x);
    dp__buf_release(&y);
    return same;
}

static bool has_category(const dp_breakdown *bd, const dp_scene *sc, uint16_t cat)
{
    for (size_t k = 0; k < sc->item_count; k++)
        if (dp_breakdown_item(bd, sc->items[k])->category == cat)
            return true;
    return false;
}

/* Day flags from an availability: ok[d] for d < H. */
static void fill_avail(const dp__savail *av, uint8_t *ok, uint32_t H)
{
    memset(ok, av->only ? 0 : 1, H);
    for (size_t i = 0; i < av->n_avail; i++)
        for (int32_t d = av->avail[i].from; d <= av->avail[i].to && d < (int32_t)H; d++)
            ok[d] = 1;
    for (size_t i = 0; i < av->n_unavail; i++)
        for (int32_t d = av->unavail[i].from; d <= av->unavail[i].to && d < (int32_t)H; d++)
            ok[d] = 0;
}

static int32_t last_day(const dp__savail *av)
{
    int32_t m = -1;
    for (size_t i = 0; i < av->n_avail; i++)
        m = av->avail[i].to > m ? av->avail[i].to : m;
    for (size_t i = 0; i < av->n_unavail; i++)
        m = av->unavail[i].to > m ? av->unavail[i].to : m;
    return m;
}

/* "days 3-5 and 9", or with dates "2027-03-03 to 2027-03-05 and ...". */
static void ranges_text(const dp_constraints *c, const dp__srange *r, size_t n, dp__buf *b)
{
    for (size_t i = 0; i < n && i < 12; i++) {
        if (i)
            dp__buf_puts(b, i + 1 == n ? " and " : ", ");
        if (c->has_start) {
            char d1[11], d2[11];
            dp__date_format(dp__calendar_date(c, r[i].from), d1);
            dp__date_format(dp__calendar_date(c, r[i].to), d2);
            if (r[i].from == r[i].to)
                dp__buf_printf(b, "%s (day %d)", d1, (int)r[i].from + 1);
            else
                dp__buf_printf(b, "%s to %s (days %d-%d)", d1, d2, (int)r[i].from + 1,
                               (int)r[i].to + 1);
        } else if (r[i].from == r[i].to) {
            dp__buf_printf(b, "day %d", (int)r[i].from + 1);
        } else {
            dp__buf_printf(b, "days %d-%d", (int)r[i].from + 1, (int)r[i].to + 1);
        }
    }
    if (n > 12)
        dp__buf_printf(b, " and %zu more", n - 12);
}

static void avail_text(const dp_constraints *c, const char *who, const dp__savail *av,
                       uint32_t line, dp__buf *b)
{
    dp__buf_puts(b, who);
    if (av->only) {
        dp__buf_puts(b, av->n_avail ? " is available only on " : " is never available");
        ranges_text(c, av->avail, av->n_avail, b);
    }
    if (av->n_unavail) {
        dp__buf_puts(b, av->only ? ", and not on " : " is not available on ");
        ranges_text(c, av->unavail, av->n_unavail, b);
    }
    dp__buf_printf(b, " (line %u)", line);
}

static dp_status add_rule(dp_schedule *s, dp__rkind kind, uint32_t ref, dp__buf *text)
{
    dp__rule *r = &s->rules[s->n_rules++];
    r->kind = kind;
    r->ref = ref;
    r->on = true;
    r->text = dp__arena_strndup(&s->arena, text->data ? text->data : "", text->len);
    dp__buf_reset(text);
    return r->text ? DP_OK : DP_E_NOMEM;
}

static int32_t scene_by_number(const dp_breakdown *bd, const char *num)
{
    size_t n = dp_breakdown_scene_count(bd);
    for (size_t i = 0; i < n; i++)
        if (!strcmp(dp_breakdown_scene(bd, i)->number, num))
            return (int32_t)i;
    for (size_t i = 0; i < n; i++)
        if (same_name(dp_breakdown_scene(bd, i)->number, num))
            return (int32_t)i;
    return -1;
}

static dp_status build_rules(dp_schedule *s, dp_error *err)
{
    const dp_constraints *c = s->c;
    size_t max = 6 + c->n_actors + c->n_locs + c->n_pins + c->n_consec;
    s->rules = dp__arena_alloc(&s->arena, max * sizeof *s->rules);
    dp__buf t;
    dp__buf_init(&t, 1 << 16);
    dp_status st = s->rules ? DP_OK : DP_E_NOMEM;
    char pages[16];
    dp_eighths_format(c->eighths_per_day, pages);
    dp__buf_printf(&t, "at most %u eighths (%s pages) of shooting a day (eighths_per_day)",
                   c->eighths_per_day, pages);
    if (st == DP_OK)
        st = add_rule(s, DP__R_CAPACITY, 0, &t);
    if (st == DP_OK && !c->mix_day_night) {
        dp__buf_puts(&t, "day and night scenes are not shot on the same day (mix_day_night)");
        st = add_rule(s, DP__R_DAY_NIGHT, 0, &t);
    }
    if (st == DP_OK) {
        dp__buf_printf(&t, "at most %u company move%s a day (max_company_moves)", c->max_moves,
                       c->max_moves == 1 ? "" : "s");
        st = add_rule(s, DP__R_MOVES, 0, &t);
    }
    if (st == DP_OK && c->max_days) {
        dp__buf_printf(&t, "at most %u shoot days (days, line %u)", c->max_days,
                       c->line_max_days);
        st = add_rule(s, DP__R_HORIZON, 0, &t);
    }
    bool minors = false, turn = false;
    for (size_t a = 0; a < s->m; a++) {
        minors |= s->ac[a].minor;
        turn |= s->ac[a].turnaround;
    }
    if (st == DP_OK && minors) {
        dp__buf_printf(&t, "at most %u eighths a day when a minor works (minor_eighths_per_day)",
                       c->minor_eighths);
        st = add_rule(s, DP__R_MINOR, 0, &t);
    }
    if (st == DP_OK && turn) {
        dp__buf_puts(&t, "turnaround: an actor who worked a night scene has no day scene the "
                         "next shoot day (turnaround)");
        st = add_rule(s, DP__R_TURNAROUND, 0, &t);
    }
    for (size_t a = 0; st == DP_OK && a < s->m; a++) {
        const dp__cactor *ca = s->ac[a].src;
        if (!ca || (!ca->av.only && !ca->av.n_unavail))
            continue;
        avail_text(c, s->ac[a].name, &ca->av, ca->line, &t);
        s->ac[a].rule = (int32_t)s->n_rules;
        st = add_rule(s, DP__R_ACTOR, (uint32_t)a, &t);
    }
    for (size_t l = 0; st == DP_OK && l < s->nl; l++) {
        const dp__cloc *cl = NULL;
        for (size_t k = 0; k < c->n_locs; k++)
            if (same_name(c->locs[k].name, s->lc[l].name))
                cl = &c->locs[k];
        if (!cl || (!cl->av.only && !cl->av.n_unavail))
            continue;
        dp__buf_puts(&t, "location ");
        avail_text(c, s->lc[l].name, &cl->av, cl->line, &t);
        s->lc[l].rule = (int32_t)s->n_rules;
        st = add_rule(s, DP__R_LOCATION, (uint32_t)l, &t);
    }
    for (size_t k = 0; st == DP_OK && k < c->n_pins; k++) {
        int32_t sc = scene_by_number(s->bd, c->pins[k].scene);
        s->sc[sc].pin = c->pins[k].day;
        s->sc[sc].pin_rule = (uint32_t)s->n_rules;
        dp__buf_printf(&t, "scene %s is shot on day %d", c->pins[k].scene,
                       (int)c->pins[k].day + 1);
        if (c->has_start) {
            char d[11];
            dp__date_format(dp__calendar_date(c, c->pins[k].day), d);
            dp__buf_printf(&t, " (%s)", d);
        }
        dp__buf_printf(&t, " (pinned, line %u)", c->pins[k].line);
        st = add_rule(s, DP__R_PIN, (uint32_t)k, &t);
    }
    for (size_t k = 0; st == DP_OK && k < c->n_consec; k++) {
        dp__buf_puts(&t, "scenes ");
        for (size_t i = 0; i < c->consec[k].n; i++)
            dp__buf_printf(&t, "%s%s", i ? ", " : "", c->consec[k].scenes[i]);
        dp__buf_printf(&t, " are shot one after the other on one day (consecutive, line %u)",
                       c->consec[k].line);
        st = add_rule(s, DP__R_CONSECUTIVE, (uint32_t)k, &t);
    }
    if (t.failed)
        st = DP_E_NOMEM;
    dp__buf_release(&t);
    return st == DP_OK ? DP_OK : dp__error_set(err, st, 0, 0, "out of memory");
}

/* Checks the names of the constraints against the script. */
static dp_status check_names(dp_schedule *s, dp_error *err)
{
    const dp_constraints *c = s->c;
    size_t nch = dp_breakdown_character_count(s->bd);
    for (size_t k = 0; k < c->n_actors; k++) {
        const dp__cactor *ca = &c->actors[k];
        for (size_t j = 0; j < (ca->plays ? ca->n_plays : 1); j++) {
            const char *who = ca->plays ? ca->plays[j] : ca->name;
            bool found = false;
            for (size_t ch = 0; ch < nch && !found; ch++)
                found = same_name(who, dp_breakdown_character(s->bd, ch)->name);
            if (!found)
                return dp__error_set(err, DP_E_ARG, ca->line, ca->col,
                                     "no character \"%.100s\" in the script", who);
        }
    }
    size_t n = dp_breakdown_scene_count(s->bd);
    for (size_t k = 0; k < c->n_locs; k++) {
        const dp__cloc *cl = &c->locs[k];
        for (size_t j = 0; j < (cl->sets ? cl->n_sets : 1); j++) {
            const char *set = cl->sets ? cl->sets[j] : cl->name;
            bool found = false;
            for (size_t i = 0; i < n && !found; i++)
                found = same_name(set, dp_breakdown_scene(s->bd, i)->set);
            if (!found)
                return dp__error_set(err, DP_E_ARG, cl->line, cl->col,
                                     "no set \"%.100s\" in the script", set);
        }
    }
    for (size_t k = 0; k < c->n_pins; k++)
        if (scene_by_number(s->bd, c->pins[k].scene) < 0)
            return dp__error_set(err, DP_E_ARG, c->pins[k].line, c->pins[k].col,
                                 "no scene %.100s in the script", c->pins[k].scene);
    for (size_t k = 0; k < c->n_consec; k++)
        for (size_t i = 0; i < c->consec[k].n; i++)
            if (scene_by_number(s->bd, c->consec[k].scenes[i]) < 0)
                return dp__error_set(err, DP_E_ARG, c->consec[k].line, c->consec[k].col,
                                     "no scene %.100s in the script", c->consec[k].scenes[i]);
    return DP_OK;
}

static dp_status build_groups(dp_schedule *s)
{
    const dp_constraints *c = s->c;
    s->n_groups = c->n_consec;
    s->groups = dp__arena_alloc(&s->arena, (c->n_consec + 1) * sizeof *s->groups);
    s->group_n = dp__arena_alloc(&s->arena, (c->n_consec + 1) * sizeof *s->group_n);
    if (!s->groups || !s->group_n)
        return DP_E_NOMEM;
    for (size_t k = 0; k < c->n_consec; k++) {
        s->groups[k] = dp__arena_alloc(&s->arena, c->consec[k].n * sizeof **s->groups);
        if (!s->groups[k])
            return DP_E_NOMEM;
        size_t n = 0;
        for (size_t i = 0; i < c->consec[k].n; i++) {
            uint32_t sc = (uint32_t)scene_by_number(s->bd, c->consec[k].scenes[i]);
            bool dup = false;
            for (size_t j = 0; j < n; j++)
                dup |= s->groups[k][j] == sc;
            if (dup || s->sc[sc].group >= 0)
                continue; /* a scene belongs to its first group only */
            s->sc[sc].group = (int32_t)k;
            s->sc[sc].group_pos = (uint32_t)n;
            s->groups[k][n++] = sc;
        }
        s->group_n[k] = n;
    }
    return DP_OK;
}

static dp_status build(dp_schedule *s, dp_error *err)
{
    const dp_breakdown *bd = s->bd;
    const dp_constraints *c = s->c;
    s->n = dp_breakdown_scene_count(bd);
    s->m = dp_breakdown_character_count(bd);
    if (s->n > (1u << 20) || s->m > (1u << 20))
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "too many scenes or characters to schedule");
    int32_t far = (int32_t)s->n;
    if (c->max_days && (int32_t)c->max_days > far)
        far = (int32_t)c->max_days;
    for (size_t k = 0; k < c->n_actors; k++)
        far = last_day(&c->actors[k].av) + 1 > far ? last_day(&c->actors[k].av) + 1 : far;
    for (size_t k = 0; k < c->n_locs; k++)
        far = last_day(&c->locs[k].av) + 1 > far ? last_day(&c->locs[k].av) + 1 : far;
    for (size_t k = 0; k < c->n_pins; k++)
        far = c->pins[k].day + 1 > far ? c->pins[k].day + 1 : far;
    if (far > (int32_t)DP_SCHEDULE_MAX_DAYS)
        far = (int32_t)DP_SCHEDULE_MAX_DAYS;
    s->H = (uint32_t)(far < 1 ? 1 : far);
    s->follows = dp__arena_alloc(&s->arena, s->H);
    if (!s->follows)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    int32_t prev = 0;
    for (uint32_t d = 0; d < s->H; d++) {
        int32_t date = c->has_start ? dp__calendar_date(c, (int32_t)d) : (int32_t)d;
        s->follows[d] = d > 0 && date == prev + 1;
        prev = date;
    }
    s->sc = dp__arena_alloc(&s->arena, (s->n + 1) * sizeof *s->sc);
    s->ac = dp__arena_alloc(&s->arena, (s->m + 1) * sizeof *s->ac);
    s->lc = dp__arena_alloc(&s->arena, (s->n + 1) * sizeof *s->lc);
    if (!s->sc || !s->ac || !s->lc)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    size_t nch = s->m;
    uint32_t *actor_of = dp__arena_alloc(&s->arena, (nch + 1) * sizeof *actor_of);
    if (!actor_of)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    for (size_t ch = 0; ch < nch; ch++)
        actor_of[ch] = UINT32_MAX;
    size_t m = 0;
    /* actors playing several characters first, then one per character */
    for (size_t k = 0; k < c->n_actors; k++) {
        const dp__cactor *ca = &c->actors[k];
        if (!ca->plays)
            continue;
        bool used = false;
        for (size_t ch = 0; ch < nch; ch++)
            for (size_t j = 0; j < ca->n_plays; j++)
                if (actor_of[ch] == UINT32_MAX &&
                    same_name(ca->plays[j], dp_breakdown_character(bd, ch)->name)) {
                    actor_of[ch] = (uint32_t)m;
                    used = true;
                }
        if (used) {
            s->ac[m].name = ca->name;
            s->ac[m].src = ca;
            m++;
        }
    }
    for (size_t ch = 0; ch < nch; ch++) {
        if (actor_of[ch] != UINT32_MAX)
            continue;
        actor_of[ch] = (uint32_t)m;
        s->ac[m].name = dp_breakdown_character(bd, ch)->name;
        for (size_t k = 0; k < c->n_actors; k++)
            if (!c->actors[k].plays && same_name(c->actors[k].name, s->ac[m].name))
                s->ac[m].src = &c->actors[k];
        m++;
    }
    s->m = m;
    for (size_t a = 0; a < s->m; a++) {
        dp__sactor *ac = &s->ac[a];
        const dp__cactor *ca = ac->src;
        ac->rate = ca ? ca->rate : 1;
        ac->minor = ca && ca->minor;
        ac->turnaround = ca && ca->turnaround >= 0 ? ca->turnaround != 0 : c->turnaround;
        ac->rule = -1;
        ac->ok = dp__arena_alloc(&s->arena, s->H);
        if (!ac->ok)
            return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
        if (ca)
            fill_avail(&ca->av, ac->ok, s->H);
        else
            memset(ac->ok, 1, s->H);
    }
    for (size_t i = 0; i < s->n; i++) {
        const dp_scene *sc = dp_breakdown_scene(bd, i);
        dp__sscene *x = &s->sc[i];
        const char *where = sc->set;
        for (size_t k = 0; k < c->n_locs; k++)
            for (size_t j = 0; j < c->locs[k].n_sets; j++)
                if (same_name(c->locs[k].sets[j], sc->set))
                    where = c->locs[k].name;
        size_t l = 0;
        while (l < s->nl && strcmp(s->lc[l].name, where))
            l++;
        if (l == s->nl) {
            s->lc[l].name = where;
            s->lc[l].rule = -1;
            s->nl++;
        }
        x->loc = (uint32_t)l;
        /* day or night as the strip's colour says (report.c) */
        dp__strip strip = dp__scene_strip(bd, i);
        x->night = strip == DP__STRIP_INT_NIGHT || strip == DP__STRIP_EXT_NIGHT;
        x->eighths = sc->eighths;
        x->load = sc->eighths + (has_category(bd, sc, 102) ? c->extra_stunt : 0) +
                  (has_category(bd, sc, 105) || has_category(bd, sc, 120) ? c->extra_sfx : 0) +
                  (has_category(bd, sc, 101) ? c->extra_background : 0);
        x->cast = dp__arena_alloc(&s->arena, (sc->cast_count + 1) * sizeof *x->cast);
        if (!x->cast)
            return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
        for (size_t k = 0; k < sc->cast_count; k++) {
            uint32_t a = actor_of[sc->cast[k]];
            bool dup = false;
            for (size_t j = 0; j < x->n_cast && !dup; j++)
                dup = x->cast[j] == a;
            if (!dup)
                x->cast[x->n_cast++] = a;
            x->minor |= s->ac[a].minor;
        }
        x->pin = -1;
        x->group = -1;
    }
    for (size_t l = 0; l < s->nl; l++) {
        for (size_t k = 0; k < c->n_locs; k++) {
            if (!same_name(c->locs[k].name, s->lc[l].name))
                continue;
            if (!s->lc[l].ok && !(s->lc[l].ok = dp__arena_alloc(&s->arena, s->H)))
                return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
            fill_avail(&c->locs[k].av, s->lc[l].ok, s->H);
        }
    }
    dp_status st = check_names(s, err);
    if (st == DP_OK)
        st = build_rules(s, err);
    if (st == DP_OK && build_groups(s) != DP_OK)
        st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    return st;
}

dp_status dp_schedule_new(const dp_breakdown *bd, const dp_constraints *c, dp_schedule **out,
                          dp_error *err)
{
    *out = NULL;
    if (!bd)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no breakdown");
    dp_schedule *s = dp__calloc(1, sizeof *s);
    dp_constraints *defaults = c ? NULL : dp__calloc(1, sizeof *defaults);
    if (!s || (!c && !defaults)) {
        dp__free(s);
        dp__free(defaults);
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    }
    if (defaults)
        dp__constraints_defaults(defaults);
    s->bd = bd;
    s->c = c ? (dp_constraints *)c : defaults;
    s->owns_c = defaults != NULL;
    dp__arena_init(&s->arena, (size_t)1 << 31);
    dp__arena_init(&s->out, (size_t)1 << 31);
    dp_status st = build(s, err);
    if (st == DP_OK && dp__sboard_alloc(s, &s->arena, &s->board) != DP_OK)
        st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    if (st == DP_OK) {
        for (size_t i = 0; i < s->n; i++)
            s->board.day_of[i] = -1;
        dp__sched_bounds(s);
        st = dp__sched_publish(s);
        if (st != DP_OK)
            st = dp__error_set(err, st, 0, 0, "out of memory");
    }
    if (st != DP_OK) {
        dp_schedule_free(s);
        return st;
    }
    *out = s;
    return DP_OK;
}

void dp_schedule_free(dp_schedule *s)
{
    if (!s)
        return;
    dp__arena_release(&s->arena);
    dp__arena_release(&s->out);
    if (s->owns_c)
        dp__free(s->c);
    dp__free(s);
}

size_t dp_schedule_day_count(const dp_schedule *s) { return s ? s->n_days : 0; }

const dp_schedule_day *dp_schedule_day_at(const dp_schedule *s, size_t i)
{
    return s && i < s->n_days ? &s->days[i] : NULL;
}

const uint32_t *dp_schedule_unscheduled(const dp_schedule *s, size_t *n)
{
    *n = s ? s->n_boneyard : 0;
    return s ? s->boneyard : NULL;
}

size_t dp_schedule_cost_count(const dp_schedule *s) { return s ? DP__SCHED_TERMS(s) : 0; }

const dp_schedule_cost *dp_schedule_cost_at(const dp_schedule *s, size_t i)
{
    return s && i < (size_t)DP__SCHED_TERMS(s) ? &s->costs[i] : NULL;
}

int64_t dp_schedule_total(const dp_schedule *s) { return s ? s->ev.cost : 0; }

int64_t dp_schedule_lower_bound(const dp_schedule *s)
{
    int64_t t = 0;
    for (int k = 0; s && k < DP__T_COUNT; k++)
        t += s->lb[k] * s->c->weights[k];
    return t;
}

double dp_schedule_gap(const dp_schedule *s)
{
    int64_t total = dp_schedule_total(s), lb = dp_schedule_lower_bound(s);
    return total > 0 && total > lb ? (double)(total - lb) / (double)total : 0.0;
}

double dp_schedule_seconds(const dp_schedule *s) { return s ? s->seconds : 0; }

int dp_schedule_feasible(const dp_schedule *s)
{
    return s && s->ev.penalty == 0 && s->ev.unscheduled == 0;
}

size_t dp_schedule_violation_count(const dp_schedule *s) { return s ? s->n_violations : 0; }

const char *dp_schedule_violation(const dp_schedule *s, size_t i)
{
    return s && i < s->n_violations ? s->violations[i] : NULL;
}

size_t dp_schedule_conflict_count(const dp_schedule *s) { return s ? s->n_conflicts : 0; }

const char *dp_schedule_conflict(const dp_schedule *s, size_t i)
{
    return s && i < s->n_conflicts ? s->conflicts[i] : NULL;
}

const dp_report_day *dp_schedule_report_days(const dp_schedule *s, size_t *n)
{
    *n = s ? s->n_days : 0;
    return s ? s->rdays : NULL;
}
