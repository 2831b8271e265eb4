/* The stripboard (see board.h): the default board, boards read from the
 * page or from the project, and a board as JSON with the scheduler's cost
 * terms and each actor's days (paid from the first to the last day they
 * work). */
#include "board.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dps_board_free(dps_board *b)
{
    free(b->order);
    free(b->day_end);
    memset(b, 0, sizeof *b);
}

/* Trailing empty days say nothing: dropped. Empty days between others
 * stay (a day off the shoot, as the scheduler may leave one). */
static void trim(dps_board *b)
{
    while (b->days > 1 && b->day_end[b->days - 1] == b->day_end[b->days - 2])
        b->days--;
    if (b->days == 1 && b->day_end[0] == 0)
        b->days = 0;
}

static int board_alloc(dps_board *b, size_t n)
{
    memset(b, 0, sizeof *b);
    b->order = calloc(n ? n : 1, sizeof *b->order);
    b->day_end = calloc(DPS_BOARD_MAX_DAYS + 2, sizeof *b->day_end);
    if (!b->order || !b->day_end) {
        dps_board_free(b);
        return -1;
    }
    return 0;
}

int dps_board_default(const dp_breakdown *bd, dps_board *out)
{
    size_t n = dp_breakdown_scene_count(bd);
    if (board_alloc(out, n) != 0)
        return -1;
    uint32_t day = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t e = dp_breakdown_scene(bd, i)->eighths;
        if (day && day + e > DPS_BOARD_DAY_EIGHTHS) {
            out->day_end[out->days++] = i;
            day = 0;
        }
        out->order[i] = (uint32_t)i;
        day += e;
    }
    out->n = n;
    if (n)
        out->day_end[out->days++] = n;
    return 0;
}

int dps_board_from_json(const dp_breakdown *bd, const dps_json *j, dps_board *out, char *msg,
                        size_t msgsz)
{
    size_t n = dp_breakdown_scene_count(bd);
    const dps_jnode *days = dps_json_get(j, &j->nodes[0], "days");
    if (!days || days->type != DPS_JARR) {
        snprintf(msg, msgsz, "the body must be {\"days\": [[scene index, ...], ...]}");
        return -1;
    }
    if (days->count > DPS_BOARD_MAX_DAYS) {
        snprintf(msg, msgsz, "too many days");
        return -1;
    }
    if (board_alloc(out, n) != 0) {
        snprintf(msg, msgsz, "out of memory");
        return -1;
    }
    unsigned char *seen = calloc(n ? n : 1, 1);
    if (!seen) {
        dps_board_free(out);
        snprintf(msg, msgsz, "out of memory");
        return -1;
    }
    int rc = 0;
    for (size_t d = 0; d < days->count && rc == 0; d++) {
        const dps_jnode *day = dps_json_child(j, days, d);
        if (day->type != DPS_JARR) {
            snprintf(msg, msgsz, "day %zu is not an array", d + 1);
            rc = -1;
            break;
        }
        for (size_t k = 0; k < day->count; k++) {
            const dps_jnode *s = dps_json_child(j, day, k);
            if (s->type != DPS_JNUM || s->num < 0 || s->num >= (double)n ||
                s->num != (double)(size_t)s->num) {
                snprintf(msg, msgsz, "day %zu: not a scene index (0 to %zu)", d + 1,
                         n ? n - 1 : 0);
                rc = -1;
                break;
            }
            size_t i = (size_t)s->num;
            if (seen[i]++) {
                snprintf(msg, msgsz, "scene index %zu is on the board twice", i);
                rc = -1;
                break;
            }
            out->order[out->n++] = (uint32_t)i;
        }
        if (rc == 0)
            out->day_end[out->days++] = out->n;
    }
    if (rc == 0 && out->n != n) {
        snprintf(msg, msgsz, "the board holds %zu of the %zu scenes: every scene once", out->n,
                 n);
        rc = -1;
    }
    free(seen);
    if (rc != 0)
        dps_board_free(out);
    else
        trim(out);
    return rc;
}

int dps_board_from_stored(const dp_breakdown *bd, const char *text, size_t len, dps_board *out,
                          int *placed_all)
{
    size_t n = dp_breakdown_scene_count(bd);
    *placed_all = 1;
    dps_json j;
    char msg[64];
    if (dps_json_parse(text, len, &j, msg, sizeof msg) != 0)
        return dps_board_default(bd, out);
    const dps_jnode *days = dps_json_get(&j, &j.nodes[0], "days");
    unsigned char *seen = calloc(n ? n : 1, 1);
    if (!seen || board_alloc(out, n) != 0) {
        free(seen);
        dps_json_free(&j);
        return -1;
    }
    for (size_t d = 0; days && days->type == DPS_JARR && d < days->count; d++) {
        const dps_jnode *day = dps_json_child(&j, days, d);
        if (day->type == DPS_JOBJ) {
            const dps_jnode *sc = dps_json_get(&j, day, "scenes");
            day = sc ? sc : day;
        }
        for (size_t k = 0; day->type == DPS_JARR && k < day->count; k++) {
            const dps_jnode *s = dps_json_child(&j, day, k);
            for (size_t i = 0; s->type == DPS_JSTR && i < n; i++)
                if (!seen[i] && !strcmp(dp_breakdown_scene(bd, i)->number, s->str)) {
                    seen[i] = 1;
                    out->order[out->n++] = (uint32_t)i;
                    break;
                }
        }
        if (out->days < DPS_BOARD_MAX_DAYS)
            out->day_end[out->days++] = out->n;
    }
    trim(out);
    size_t before = out->n;
    for (size_t i = 0; i < n; i++)
        if (!seen[i])
            out->order[out->n++] = (uint32_t)i;
    if (out->n > before) {
        *placed_all = 0;
        out->day_end[out->days++] = out->n;
    }
    free(seen);
    dps_json_free(&j);
    return 0;
}

/* Each actor's first and last day, and days worked: the payroll view of
 * the board beside the scheduler's terms. */
static void actors_json(const dp_breakdown *bd, const dps_board *b, dps_buf *out)
{
    size_t nc = dp_breakdown_character_count(bd);
    size_t *first = malloc((nc ? nc : 1) * sizeof *first);
    size_t *last = malloc((nc ? nc : 1) * sizeof *last);
    size_t *worked = calloc(nc ? nc : 1, sizeof *worked);
    size_t *mark = malloc((nc ? nc : 1) * sizeof *mark);
    if (!first || !last || !worked || !mark) {
        out->failed = 1;
    } else {
        for (size_t c = 0; c < nc; c++)
            first[c] = last[c] = mark[c] = (size_t)-1;
        size_t k = 0;
        for (size_t d = 0; d < b->days; d++)
            for (; k < b->day_end[d]; k++) {
                const dp_scene *sc = dp_breakdown_scene(bd, b->order[k]);
                for (size_t a = 0; a < sc->cast_count; a++) {
                    uint32_t c = sc->cast[a];
                    if (first[c] == (size_t)-1)
                        first[c] = d;
                    last[c] = d;
                    if (mark[c] != d) {
                        mark[c] = d;
                        worked[c]++;
                    }
                }
            }
        dps_buf_str(out, "\"actors\":[");
        int firstc = 1;
        for (size_t c = 0; c < nc; c++) {
            if (first[c] == (size_t)-1)
                continue;
            const dp_character *ch = dp_breakdown_character(bd, c);
            dps_buf_printf(out, "%s{\"id\":%u,", firstc ? "" : ",", ch->id);
            firstc = 0;
            dps_json_kv_str(out, "name", ch->name);
            dps_buf_printf(out, ",\"first_day\":%zu,\"last_day\":%zu,\"work_days\":%zu,"
                                "\"paid_days\":%zu}",
                           first[c] + 1, last[c] + 1, worked[c], last[c] - first[c] + 1);
        }
        dps_buf_str(out, "]");
    }
    free(first);
    free(last);
    free(worked);
    free(mark);
}

dp_status dps_board_schedule(const dp_breakdown *bd, const dp_constraints *c,
                             const dps_board *b, dp_schedule **out, dp_error *err)
{
    *out = NULL;
    dp_schedule *s = NULL;
    dp_status st = dp_schedule_new(bd, c, &s, err);
    if (st != DP_OK)
        return st;
    dp_schedule_board_day *days = calloc(b->days ? b->days : 1, sizeof *days);
    if (!days) {
        dp_schedule_free(s);
        return DP_E_NOMEM;
    }
    size_t k = 0;
    for (size_t d = 0; d < b->days; d++) {
        days[d].scenes = b->order + k;
        days[d].scene_count = b->day_end[d] - k;
        k = b->day_end[d];
    }
    st = dp_schedule_evaluate(s, days, b->days, err);
    free(days);
    if (st != DP_OK) {
        dp_schedule_free(s);
        return st;
    }
    *out = s;
    return DP_OK;
}

void dps_board_json(const dp_breakdown *bd, const dps_board *b, const dp_schedule *s,
                    dps_buf *out)
{
    dps_buf_str(out, "{\"days\":[");
    size_t k = 0;
    for (size_t d = 0; d < b->days; d++) {
        dps_buf_str(out, d ? ",[" : "[");
        for (size_t start = k; k < b->day_end[d]; k++)
            dps_buf_printf(out, "%s%u", k > start ? "," : "", b->order[k]);
        dps_buf_str(out, "]");
    }
    dps_buf_str(out, "],\"day_totals\":[");
    size_t nd = dp_schedule_day_count(s);
    for (size_t d = 0; d < nd; d++) {
        const dp_schedule_day *day = dp_schedule_day_at(s, d);
        char txt[16];
        dp_eighths_format(day->eighths, txt);
        dps_buf_printf(out, "%s{\"day\":%u,\"eighths\":%u,\"load\":%u,", d ? "," : "",
                       day->number, day->eighths, day->load);
        dps_json_kv_str(out, "length", txt);
        dps_buf_str(out, ",");
        dps_json_kv_str(out, "date", day->date);
        dps_buf_str(out, ",");
        dps_json_kv_str(out, "why", day->why);
        dps_buf_str(out, "}");
    }
    dps_buf_str(out, "],");
    actors_json(bd, b, out);
    dps_buf_str(out, ",\"cost\":{\"terms\":[");
    size_t nt = dp_schedule_cost_count(s);
    for (size_t i = 0; i < nt; i++) {
        const dp_schedule_cost *t = dp_schedule_cost_at(s, i);
        dps_buf_str(out, i ? ",{" : "{");
        dps_json_kv_str(out, "name", t->name);
        dps_buf_printf(out, ",\"value\":%lld,\"weight\":%lld,\"lower_bound\":%lld}",
                       (long long)t->value, (long long)t->weight, (long long)t->lower_bound);
    }
    dps_buf_printf(out, "],\"total\":%lld,\"lower_bound\":%lld,\"gap\":%.4f,\"feasible\":%s,"
                        "\"violations\":[",
                   (long long)dp_schedule_total(s), (long long)dp_schedule_lower_bound(s),
                   dp_schedule_gap(s), dp_schedule_feasible(s) ? "true" : "false");
    size_t nv = dp_schedule_violation_count(s);
    for (size_t i = 0; i < nv; i++) {
        dps_buf_str(out, i ? "," : "");
        dps_json_str(out, dp_schedule_violation(s, i));
    }
    dps_buf_str(out, "]}}");
}

dp_status dps_board_solve(const dp_breakdown *bd, const dp_constraints *c, double seconds,
                          dps_board *out, int *placed_all, dp_error *err)
{
    size_t n = dp_breakdown_scene_count(bd);
    dp_schedule *s = NULL;
    dp_status st = dp_schedule_new(bd, c, &s, err);
    dp_schedule_options o;
    memset(&o, 0, sizeof o);
    o.time_limit = seconds;
    o.seed = 1;
    if (st == DP_OK)
        st = dp_schedule_solve(s, &o, err);
    if (st == DP_OK && board_alloc(out, n) != 0)
        st = DP_E_NOMEM;
    if (st != DP_OK) {
        dp_schedule_free(s);
        return st;
    }
    size_t nd = dp_schedule_day_count(s);
    for (size_t d = 0; d < nd && out->days < DPS_BOARD_MAX_DAYS; d++) {
        const dp_schedule_day *day = dp_schedule_day_at(s, d);
        for (size_t k = 0; k < day->scene_count && out->n < n; k++)
            out->order[out->n++] = day->scenes[k];
        out->day_end[out->days++] = out->n;
    }
    trim(out);
    size_t nu = 0;
    const uint32_t *u = dp_schedule_unscheduled(s, &nu);
    *placed_all = nu == 0;
    for (size_t k = 0; k < nu && out->n < n; k++)
        out->order[out->n++] = u[k];
    if (nu)
        out->day_end[out->days++] = out->n;
    dp_schedule_free(s);
    return DP_OK;
}
