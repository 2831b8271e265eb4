/* The stripboard (see board.h): defaults, reading, storing and the cost
 * terms of a board: shoot days, eighths per day, paid actor days (an actor
 * is paid from the first to the last day they work), idle actor days,
 * company moves (a change of set within a day) and days mixing day and
 * night. */
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

static int board_alloc(dps_board *b, size_t n)
{
    memset(b, 0, sizeof *b);
    b->order = calloc(n ? n : 1, sizeof *b->order);
    b->day_end = calloc(n + 2, sizeof *b->day_end);
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
    if (days->count > DPS_BOARD_MAX_DAYS || days->count > n + 1) {
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
        if (rc == 0 && day->count)
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
        size_t before = out->n;
        for (size_t k = 0; day->type == DPS_JARR && k < day->count; k++) {
            const dps_jnode *s = dps_json_child(&j, day, k);
            for (size_t i = 0; s->type == DPS_JSTR && i < n; i++)
                if (!seen[i] && !strcmp(dp_breakdown_scene(bd, i)->number, s->str)) {
                    seen[i] = 1;
                    out->order[out->n++] = (uint32_t)i;
                    break;
                }
        }
        if (out->n > before && out->days < n)
            out->day_end[out->days++] = out->n;
    }
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

void dps_board_stored_json(const dp_breakdown *bd, const dps_board *b, dps_buf *out)
{
    dps_buf_str(out, "{\"days\":[");
    size_t k = 0;
    for (size_t d = 0; d < b->days; d++) {
        dps_buf_str(out, d ? ",[" : "[");
        for (size_t first = k; k < b->day_end[d]; k++) {
            dps_buf_str(out, k > first ? "," : "");
            dps_json_str(out, dp_breakdown_scene(bd, b->order[k])->number);
        }
        dps_buf_str(out, "]");
    }
    dps_buf_str(out, "]}");
}

static int is_night(const dp_scene *sc)
{
    return (sc->time == DP_TIME_NIGHT || sc->time == DP_TIME_DUSK ||
            sc->time == DP_TIME_EVENING) &&
           !(sc->flags & DP_SCF_DAY_FOR_NIGHT);
}

void dps_board_json(const dp_breakdown *bd, const dps_board *b, dps_buf *out)
{
    size_t nc = dp_breakdown_character_count(bd);
    size_t *first = malloc((nc ? nc : 1) * sizeof *first);
    size_t *last = malloc((nc ? nc : 1) * sizeof *last);
    size_t *worked = calloc(nc ? nc : 1, sizeof *worked);
    size_t *mark = malloc((nc ? nc : 1) * sizeof *mark);
    if (!first || !last || !worked || !mark) {
        out->failed = 1;
        free(first);
        free(last);
        free(worked);
        free(mark);
        return;
    }
    for (size_t c = 0; c < nc; c++) {
        first[c] = last[c] = mark[c] = (size_t)-1;
    }
    dps_buf_str(out, "{\"days\":[");
    size_t k = 0, moves = 0, mixed = 0, over = 0;
    for (size_t d = 0; d < b->days; d++) {
        dps_buf_str(out, d ? ",[" : "[");
        int day = 0, night = 0;
        for (size_t start = k; k < b->day_end[d]; k++) {
            const dp_scene *sc = dp_breakdown_scene(bd, b->order[k]);
            dps_buf_printf(out, "%s%u", k > start ? "," : "", b->order[k]);
            if (k > start && strcmp(sc->set, dp_breakdown_scene(bd, b->order[k - 1])->set))
                moves++;
            if (is_night(sc))
                night = 1;
            else
                day = 1;
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
        mixed += day && night;
        dps_buf_str(out, "]");
    }
    dps_buf_str(out, "],\"day_totals\":[");
    k = 0;
    for (size_t d = 0; d < b->days; d++) {
        uint32_t e = 0;
        for (; k < b->day_end[d]; k++)
            e += dp_breakdown_scene(bd, b->order[k])->eighths;
        char txt[16];
        dp_eighths_format(e, txt);
        over += e > DPS_BOARD_DAY_EIGHTHS;
        dps_buf_printf(out, "%s{\"eighths\":%u,", d ? "," : "", e);
        dps_json_kv_str(out, "length", txt);
        dps_buf_str(out, "}");
    }
    size_t paid = 0, work = 0;
    dps_buf_str(out, "],\"actors\":[");
    int firstc = 1;
    for (size_t c = 0; c < nc; c++) {
        if (first[c] == (size_t)-1)
            continue;
        size_t span = last[c] - first[c] + 1;
        paid += span;
        work += worked[c];
        dps_buf_printf(out, "%s{\"id\":%u,", firstc ? "" : ",", dp_breakdown_character(bd, c)->id);
        firstc = 0;
        dps_json_kv_str(out, "name", dp_breakdown_character(bd, c)->name);
        dps_buf_printf(out, ",\"first_day\":%zu,\"last_day\":%zu,\"work_days\":%zu,"
                            "\"paid_days\":%zu}",
                       first[c] + 1, last[c] + 1, worked[c], span);
    }
    dps_buf_printf(out,
                   "],\"terms\":{\"shoot_days\":%zu,\"paid_actor_days\":%zu,\"work_actor_days\":%zu,"
                   "\"idle_actor_days\":%zu,\"company_moves\":%zu,\"day_night_mixed_days\":%zu,"
                   "\"day_target_eighths\":%u,\"days_over_target\":%zu}}",
                   b->days, paid, work, paid - work, moves, mixed, DPS_BOARD_DAY_EIGHTHS, over);
    free(first);
    free(last);
    free(worked);
    free(mark);
}
