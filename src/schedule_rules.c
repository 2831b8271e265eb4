/* dp_constraints_parse: the constraints file (README, "Shooting
 * schedule") into a dp_constraints, with the line and column of the first
 * problem. Dates are turned into shoot days here, on the file's calendar. */
#include "jsonr.h"
#include "schedule.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const dp__sterm_names[DP__T_COUNT] = {
    "shoot_days", "actor_days", "company_moves", "location_days", "day_night_switches",
    "moved_strips"};

void dp__constraints_defaults(dp_constraints *c)
{
    c->eighths_per_day = 40;
    c->minor_eighths = 24;
    c->mix_day_night = false;
    c->max_moves = 1;
    c->turnaround = true;
    c->extra_stunt = 2;
    c->extra_sfx = 1;
    c->extra_background = 1;
    static const int64_t w[DP__T_COUNT] = {40, 1, 4, 2, 2, 10};
    memcpy(c->weights, w, sizeof w);
}

typedef struct ctx {
    dp_constraints *c;
    dp_error *err;
} ctx;

static dp_status bad(ctx *x, const dp__jval *v, const char *fmt, const char *arg)
{
    return dp__error_set(x->err, DP_E_FORMAT, v->line, v->col, fmt, arg);
}

static dp_status want(ctx *x, const dp__jval *v, dp__jtype t, const char *what)
{
    if (v->type == t)
        return DP_OK;
    return dp__error_set(x->err, DP_E_FORMAT, v->line, v->col, "%s must be %s, not %s", what,
                         dp__jtype_name(t), dp__jtype_name(v->type));
}

static dp_status uint_of(ctx *x, const dp__jval *v, const char *what, double min, double max,
                         uint32_t *out)
{
    dp_status st = want(x, v, DP__J_NUMBER, what);
    if (st != DP_OK)
        return st;
    if (v->num != floor(v->num) || v->num < min || v->num > max)
        return dp__error_set(x->err, DP_E_FORMAT, v->line, v->col,
                             "%s must be a whole number from %.0f to %.0f", what, min, max);
    *out = (uint32_t)v->num;
    return DP_OK;
}

static dp_status bool_of(ctx *x, const dp__jval *v, const char *what, bool *out)
{
    dp_status st = want(x, v, DP__J_BOOL, what);
    if (st == DP_OK)
        *out = v->b;
    return st;
}

static dp_status string_of(ctx *x, const dp__jval *v, const char *what, const char **out)
{
    dp_status st = want(x, v, DP__J_STRING, what);
    if (st != DP_OK)
        return st;
    if (!v->str[0] || strlen(v->str) > 1000)
        return dp__error_set(x->err, DP_E_FORMAT, v->line, v->col,
                             "%s must be 1 to 1000 bytes long", what);
    *out = v->str;
    return DP_OK;
}

/* Checks that every member of object 'v' is one of 'keys' (NULL-ended). */
static dp_status known_keys(ctx *x, const dp__jval *v, const char *where,
                            const char *const *keys)
{
    for (size_t i = 0; i < v->count; i++) {
        bool ok = false;
        for (size_t k = 0; keys[k] && !ok; k++)
            ok = !strcmp(v->keys[i], keys[k]);
        if (!ok)
            return dp__error_set(x->err, DP_E_FORMAT, v->items[i]->line, v->items[i]->col,
                                 "unknown member \"%.100s\" in %s", v->keys[i], where);
    }
    return DP_OK;
}

/* A shoot day (0-based) from a day number (1-based) or a date. */
static dp_status day_of(ctx *x, const dp__jval *v, int32_t *out, bool *exact)
{
    *exact = true;
    if (v->type == DP__J_NUMBER) {
        uint32_t d;
        dp_status st = uint_of(x, v, "a day number", 1, DP_SCHEDULE_MAX_DAYS, &d);
        *out = (int32_t)d - 1;
        return st;
    }
    int32_t date;
    if (v->type != DP__J_STRING || !dp__date_parse(v->str, &date))
        return bad(x, v, "%s", "a day must be a shoot-day number (1, 2 ...) or a date "
                               "\"YYYY-MM-DD\"");
    if (!x->c->has_start)
        return bad(x, v, "%s", "a date needs \"start\", the first shoot date");
    *out = dp__calendar_day(x->c, date, exact);
    return DP_OK;
}

/* A list of days and [from, to] runs into ranges. */
static dp_status ranges_of(ctx *x, const dp__jval *v, const char *what, dp__srange **out,
                           size_t *n)
{
    dp_status st = want(x, v, DP__J_ARRAY, what);
    if (st != DP_OK)
        return st;
    *out = v->count ? dp__arena_alloc(&x->c->arena, v->count * sizeof **out) : NULL;
    if (v->count && !*out)
        return dp__error_set(x->err, DP_E_NOMEM, 0, 0, "out of memory");
    *n = 0;
    for (size_t i = 0; i < v->count; i++) {
        const dp__jval *it = v->items[i];
        int32_t from, to;
        bool e1, e2;
        if (it->type == DP__J_ARRAY) {
            if (it->count != 2)
                return bad(x, it, "%s", "a run of days is [first, last]");
            st = day_of(x, it->items[0], &from, &e1);
            if (st == DP_OK)
                st = day_of(x, it->items[1], &to, &e2);
            if (st != DP_OK)
                return st;
            if (!e2 && to >= 0)
                to--; /* a last date that is a day off: the shoot day before */
            if (to < from && e1 && e2)
                return bad(x, it, "%s", "a run of days ends before it starts");
        } else {
            st = day_of(x, it, &from, &e1);
            if (st != DP_OK)
                return st;
            if (!e1) /* a date that is not a shoot day: nothing to say */
                continue;
            to = from;
        }
        if (from < 0)
            from = 0;
        if (to < from)
            continue;
        (*out)[(*n)++] = (dp__srange){from, to};
    }
    return DP_OK;
}

static dp_status avail_of(ctx *x, const dp__jval *v, dp__savail *av)
{
    const dp__jval *a = dp__jget(v, "available"), *u = dp__jget(v, "unavailable");
    dp_status st = DP_OK;
    if (a) {
        av->only = true;
        st = ranges_of(x, a, "\"available\"", &av->avail, &av->n_avail);
    }
    if (st == DP_OK && u)
        st = ranges_of(x, u, "\"unavailable\"", &av->unavail, &av->n_unavail);
    return st;
}

static dp_status list_of(ctx *x, const dp__jval *v, const char *what, size_t size, void **out)
{
    dp_status st = want(x, v, DP__J_ARRAY, what);
    if (st != DP_OK)
        return st;
    if (v->count > DP_SCHEDULE_MAX_RULES)
        return dp__error_set(x->err, DP_E_LIMIT, v->line, v->col, "more than %u entries in %s",
                             DP_SCHEDULE_MAX_RULES, what);
    *out = v->count ? dp__arena_alloc(&x->c->arena, v->count * size) : NULL;
    if (v->count && !*out)
        return dp__error_set(x->err, DP_E_NOMEM, 0, 0, "out of memory");
    return DP_OK;
}

static dp_status read_actors(ctx *x, const dp__jval *v)
{
    static const char *const keys[] = {"name", "plays", "rate", "minor", "turnaround",
                                       "available", "unavailable", NULL};
    dp_constraints *c = x->c;
    dp_status st = list_of(x, v, "\"actors\"", sizeof *c->actors, (void **)&c->actors);
    for (size_t i = 0; st == DP_OK && i < v->count; i++) {
        const dp__jval *o = v->items[i];
        dp__cactor *a = &c->actors[i];
        *a = (dp__cactor){NULL, NULL, 0, o->line, o->col, 1, false, -1, {0}};
        st = want(x, o, DP__J_OBJECT, "an actor");
        if (st == DP_OK)
            st = known_keys(x, o, "an actor", keys);
        const dp__jval *f = dp__jget(o, "name");
        if (st == DP_OK && !f)
            st = bad(x, o, "%s", "an actor needs a \"name\"");
        if (st == DP_OK)
            st = string_of(x, f, "\"name\"", &a->name);
        if (st == DP_OK && (f = dp__jget(o, "plays")) != NULL) {
            st = list_of(x, f, "\"plays\"", sizeof *a->plays, (void **)&a->plays);
            for (size_t k = 0; st == DP_OK && k < f->count; k++)
                st = string_of(x, f->items[k], "a character", &a->plays[k]);
            a->n_plays = f->count;
            if (st == DP_OK && !f->count)
                st = bad(x, f, "%s", "\"plays\" lists the characters the actor plays");
        }
        if (st == DP_OK && (f = dp__jget(o, "rate")) != NULL) {
            uint32_t r;
            st = uint_of(x, f, "\"rate\"", 0, 1000000, &r);
            a->rate = r;
        }
        if (st == DP_OK && (f = dp__jget(o, "minor")) != NULL)
            st = bool_of(x, f, "\"minor\"", &a->minor);
        if (st == DP_OK && (f = dp__jget(o, "turnaround")) != NULL) {
            bool t = false;
            st = bool_of(x, f, "\"turnaround\"", &t);
            a->turnaround = t;
        }
        if (st == DP_OK)
            st = avail_of(x, o, &a->av);
        c->n_actors = i + 1;
    }
    return st;
}

static dp_status read_locations(ctx *x, const dp__jval *v)
{
    static const char *const keys[] = {"name", "sets", "available", "unavailable", NULL};
    dp_constraints *c = x->c;
    dp_status st = list_of(x, v, "\"locations\"", sizeof *c->locs, (void **)&c->locs);
    for (size_t i = 0; st == DP_OK && i < v->count; i++) {
        const dp__jval *o = v->items[i];
        dp__cloc *l = &c->locs[i];
        *l = (dp__cloc){NULL, NULL, 0, o->line, o->col, {0}};
        st = want(x, o, DP__J_OBJECT, "a location");
        if (st == DP_OK)
            st = known_keys(x, o, "a location", keys);
        const dp__jval *f = dp__jget(o, "name");
        if (st == DP_OK && !f)
            st = bad(x, o, "%s", "a location needs a \"name\" (a set of the script)");
        if (st == DP_OK)
            st = string_of(x, f, "\"name\"", &l->name);
        if (st == DP_OK && (f = dp__jget(o, "sets")) != NULL) {
            st = list_of(x, f, "\"sets\"", sizeof *l->sets, (void **)&l->sets);
            for (size_t k = 0; st == DP_OK && k < f->count; k++)
                st = string_of(x, f->items[k], "a set", &l->sets[k]);
            l->n_sets = f->count;
        }
        if (st == DP_OK)
            st = avail_of(x, o, &l->av);
        c->n_locs = i + 1;
    }
    return st;
}

static dp_status scene_of(ctx *x, const dp__jval *v, const char **out)
{
    if (v->type == DP__J_NUMBER) {
        uint32_t k;
        dp_status st = uint_of(x, v, "a scene number", 0, 1e9, &k);
        if (st != DP_OK)
            return st;
        char buf[16];
        int len = 0;
        char rev[16];
        do {
            rev[len++] = (char)('0' + k % 10);
            k /= 10;
        } while (k);
        for (int i = 0; i < len; i++)
            buf[i] = rev[len - 1 - i];
        *out = dp__arena_strndup(&x->c->arena, buf, (size_t)len);
        return *out ? DP_OK : dp__error_set(x->err, DP_E_NOMEM, 0, 0, "out of memory");
    }
    return string_of(x, v, "a scene number", out);
}

static dp_status read_pins(ctx *x, const dp__jval *v)
{
    static const char *const keys[] = {"scene", "day", NULL};
    dp_constraints *c = x->c;
    dp_status st = list_of(x, v, "\"pinned\"", sizeof *c->pins, (void **)&c->pins);
    for (size_t i = 0; st == DP_OK && i < v->count; i++) {
        const dp__jval *o = v->items[i];
        dp__cpin *p = &c->pins[i];
        *p = (dp__cpin){NULL, o->line, o->col, 0};
        st = want(x, o, DP__J_OBJECT, "a pinned scene");
        if (st == DP_OK)
            st = known_keys(x, o, "a pinned scene", keys);
        const dp__jval *s = dp__jget(o, "scene"), *d = dp__jget(o, "day");
        if (st == DP_OK && (!s || !d))
            st = bad(x, o, "%s", "a pinned scene needs \"scene\" and \"day\"");
        if (st == DP_OK)
            st = scene_of(x, s, &p->scene);
        bool exact = true;
        if (st == DP_OK)
            st = day_of(x, d, &p->day, &exact);
        if (st == DP_OK && (!exact || p->day < 0))
            st = bad(x, d, "%s", "this date is not a shoot day");
        c->n_pins = i + 1;
    }
    return st;
}

static dp_status read_consecutive(ctx *x, const dp__jval *v)
{
    dp_constraints *c = x->c;
    dp_status st = list_of(x, v, "\"consecutive\"", sizeof *c->consec, (void **)&c->consec);
    for (size_t i = 0; st == DP_OK && i < v->count; i++) {
        const dp__jval *o = v->items[i];
        dp__cconsec *g = &c->consec[i];
        *g = (dp__cconsec){NULL, 0, o->line, o->col};
        st = want(x, o, DP__J_ARRAY, "a consecutive group");
        if (st == DP_OK && (o->count < 2 || o->count > 100))
            st = bad(x, o, "%s", "a consecutive group lists 2 to 100 scenes");
        if (st == DP_OK) {
            g->scenes = dp__arena_alloc(&c->arena, o->count * sizeof *g->scenes);
            if (!g->scenes)
                st = dp__error_set(x->err, DP_E_NOMEM, 0, 0, "out of memory");
        }
        for (size_t k = 0; st == DP_OK && k < o->count; k++)
            st = scene_of(x, o->items[k], &g->scenes[k]);
        if (st == DP_OK)
            g->n = o->count;
        c->n_consec = i + 1;
    }
    return st;
}

static dp_status read_calendar(ctx *x, const dp__jval *root)
{
    dp_constraints *c = x->c;
    const dp__jval *v = dp__jget(root, "start");
    dp_status st = DP_OK;
    if (v) {
        if (v->type != DP__J_STRING || !dp__date_parse(v->str, &c->start))
            return bad(x, v, "%s", "\"start\" must be a date \"YYYY-MM-DD\"");
        c->has_start = true;
    }
    if ((v = dp__jget(root, "weekdays_off")) != NULL) {
        static const char *const names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};
        st = want(x, v, DP__J_ARRAY, "\"weekdays_off\"");
        for (size_t i = 0; st == DP_OK && i < v->count; i++) {
            const dp__jval *w = v->items[i];
            int k = 0;
            size_t len = w->type == DP__J_STRING ? strlen(w->str) : 0;
            while (k < 7 && !(len >= 3 && !strncmp(names[k], w->str, len) &&
                              len <= strlen(names[k])))
                k++;
            if (k == 7)
                return bad(x, w, "%s", "a weekday is \"monday\" ... \"sunday\" (or \"mon\" ...)");
            c->weekdays_off |= (uint8_t)(1u << k);
        }
        if (st == DP_OK && c->weekdays_off == 0x7Fu)
            return bad(x, v, "%s", "every weekday is off");
    }
    if (st == DP_OK && (v = dp__jget(root, "days_off")) != NULL) {
        st = list_of(x, v, "\"days_off\"", sizeof *c->days_off, (void **)&c->days_off);
        for (size_t i = 0; st == DP_OK && i < v->count; i++) {
            const dp__jval *d = v->items[i];
            if (d->type != DP__J_STRING || !dp__date_parse(d->str, &c->days_off[i]))
                return bad(x, d, "%s", "a day off is a date \"YYYY-MM-DD\"");
            /* insertion keeps them sorted */
            for (size_t k = i; k > 0 && c->days_off[k - 1] > c->days_off[k]; k--) {
                int32_t t = c->days_off[k];
                c->days_off[k] = c->days_off[k - 1];
                c->days_off[k - 1] = t;
            }
            c->n_days_off = i + 1;
        }
    }
    return st;
}

static dp_status read_numbers(ctx *x, const dp__jval *root)
{
    dp_constraints *c = x->c;
    const dp__jval *v;
    dp_status st = DP_OK;
    if ((v = dp__jget(root, "days")) != NULL) {
        st = uint_of(x, v, "\"days\"", 1, DP_SCHEDULE_MAX_DAYS, &c->max_days);
        c->line_max_days = v->line;
        c->col_max_days = v->col;
    }
    if (st == DP_OK && (v = dp__jget(root, "eighths_per_day")) != NULL)
        st = uint_of(x, v, "\"eighths_per_day\"", 1, 8000, &c->eighths_per_day);
    if (st == DP_OK && (v = dp__jget(root, "minor_eighths_per_day")) != NULL)
        st = uint_of(x, v, "\"minor_eighths_per_day\"", 1, 8000, &c->minor_eighths);
    if (st == DP_OK && (v = dp__jget(root, "mix_day_night")) != NULL)
        st = bool_of(x, v, "\"mix_day_night\"", &c->mix_day_night);
    if (st == DP_OK && (v = dp__jget(root, "max_company_moves")) != NULL)
        st = uint_of(x, v, "\"max_company_moves\"", 0, 100, &c->max_moves);
    if (st == DP_OK && (v = dp__jget(root, "turnaround")) != NULL)
        st = bool_of(x, v, "\"turnaround\"", &c->turnaround);
    if (st == DP_OK && (v = dp__jget(root, "extra_eighths")) != NULL) {
        static const char *const keys[] = {"stunt", "sfx", "background", NULL};
        st = want(x, v, DP__J_OBJECT, "\"extra_eighths\"");
        if (st == DP_OK)
            st = known_keys(x, v, "\"extra_eighths\"", keys);
        uint32_t *dst[3] = {&c->extra_stunt, &c->extra_sfx, &c->extra_background};
        for (int k = 0; st == DP_OK && k < 3; k++) {
            const dp__jval *f = dp__jget(v, keys[k]);
            if (f)
                st = uint_of(x, f, keys[k], 0, 800, dst[k]);
        }
    }
    if (st == DP_OK && (v = dp__jget(root, "weights")) != NULL) {
        st = want(x, v, DP__J_OBJECT, "\"weights\"");
        const char *keys[DP__T_COUNT + 1];
        for (int k = 0; k < DP__T_COUNT; k++)
            keys[k] = dp__sterm_names[k];
        keys[DP__T_COUNT] = NULL;
        if (st == DP_OK)
            st = known_keys(x, v, "\"weights\"", keys);
        for (int k = 0; st == DP_OK && k < DP__T_COUNT; k++) {
            const dp__jval *f = dp__jget(v, keys[k]);
            uint32_t w;
            if (f && (st = uint_of(x, f, keys[k], 0, 1000000, &w)) == DP_OK)
                c->weights[k] = w;
        }
    }
    return st;
}

dp_status dp_constraints_parse(const char *text, size_t len, dp_constraints **out,
                               dp_error *err)
{
    *out = NULL;
    if (!text && len)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no text");
    if (len > DP_SCHEDULE_MAX_INPUT)
        return dp__error_set(err, DP_E_TOOBIG, 0, 0, "constraints file over %u bytes",
                             DP_SCHEDULE_MAX_INPUT);
    dp_constraints *c = dp__calloc(1, sizeof *c);
    if (!c)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    dp__arena_init(&c->arena, 64u * DP_SCHEDULE_MAX_INPUT);
    dp__constraints_defaults(c);
    ctx x = {c, err};
    dp__jval *root = NULL;
    dp_status st = dp__jparse(&c->arena, text ? text : "", len, 8u * DP_SCHEDULE_MAX_RULES + 100000u,
                              &root, err);
    static const char *const keys[] = {
        "start", "weekdays_off", "days_off", "days", "eighths_per_day",
        "minor_eighths_per_day", "mix_day_night", "max_company_moves", "turnaround",
        "extra_eighths", "weights", "actors", "locations", "pinned", "consecutive",
        "comment", NULL};
    if (st == DP_OK)
        st = want(&x, root, DP__J_OBJECT, "the constraints file");
    if (st == DP_OK)
        st = known_keys(&x, root, "the constraints file", keys);
    if (st == DP_OK)
        st = read_calendar(&x, root);
    if (st == DP_OK)
        st = read_numbers(&x, root);
    const dp__jval *v;
    if (st == DP_OK && (v = dp__jget(root, "actors")) != NULL)
        st = read_actors(&x, v);
    if (st == DP_OK && (v = dp__jget(root, "locations")) != NULL)
        st = read_locations(&x, v);
    if (st == DP_OK && (v = dp__jget(root, "pinned")) != NULL)
        st = read_pins(&x, v);
    if (st == DP_OK && (v = dp__jget(root, "consecutive")) != NULL)
        st = read_consecutive(&x, v);
    if (st == DP_OK && c->arena.failed)
        st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    if (st != DP_OK) {
        dp_constraints_free(c);
        return st;
    }
    *out = c;
    return DP_OK;
}

void dp_constraints_free(dp_constraints *c)
{
    if (!c)
        return;
    dp__arena_release(&c->arena);
    dp__free(c);
}
