/* Boards from JSON (a board written by dp_schedule_write, read back), and
 * the reference board of re-scheduling with the strips that moved. */
#include "jsonr.h"
#include "schedule.h"

#include <string.h>

static dp_status fmt_error(dp_error *err, const dp__jval *v, const char *msg)
{
    return dp__error_set(err, DP_E_FORMAT, v ? v->line : 0, v ? v->col : 0, "%s", msg);
}

dp_status dp_schedule_read_board(dp_schedule *s, const char *json, size_t len, dp_error *err)
{
    if (!s || (!json && len))
        return dp__error_set(err, DP_E_ARG, 0, 0, "no schedule or no text");
    if (len > DP_SCHEDULE_MAX_INPUT * 4u)
        return dp__error_set(err, DP_E_TOOBIG, 0, 0, "board over %u bytes",
                             DP_SCHEDULE_MAX_INPUT * 4u);
    dp__arena a;
    dp__arena_init(&a, (size_t)1 << 30);
    dp__jval *root = NULL;
    dp_status st = dp__jparse(&a, json ? json : "", len, 4u * s->n + 4u * DP_SCHEDULE_MAX_DAYS + 100000u,
                              &root, err);
    const dp__jval *days = st == DP_OK ? dp__jget(root, "days") : NULL;
    if (st == DP_OK && (!days || days->type != DP__J_ARRAY))
        st = fmt_error(err, root, "a board is an object with \"days\", an array");
    if (st == DP_OK && days->count > s->H)
        st = dp__error_set(err, DP_E_FORMAT, days->line, days->col,
                           "%zu days: this schedule has room for %u", days->count, s->H);
    dp_schedule_board_day *bd = NULL;
    uint32_t *idx = NULL;
    if (st == DP_OK) {
        bd = dp__arena_alloc(&a, (days->count + 1) * sizeof *bd);
        idx = dp__arena_alloc(&a, (s->n + 1) * sizeof *idx);
        if (!bd || !idx)
            st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    }
    size_t used = 0;
    for (size_t d = 0; st == DP_OK && d < days->count; d++) {
        const dp__jval *sc = dp__jget(days->items[d], "scenes");
        if (!sc || sc->type != DP__J_ARRAY) {
            st = fmt_error(err, days->items[d], "a day is an object with \"scenes\", an array");
            break;
        }
        bd[d].scenes = idx + used;
        bd[d].scene_count = 0;
        for (size_t k = 0; st == DP_OK && k < sc->count; k++) {
            const dp__jval *v = sc->items[k];
            if (v->type != DP__J_STRING) {
                st = fmt_error(err, v, "a scene is its number, a string");
                break;
            }
            size_t i = 0;
            while (i < s->n && strcmp(dp_breakdown_scene(s->bd, i)->number, v->str))
                i++;
            if (i == s->n) {
                st = dp__error_set(err, DP_E_FORMAT, v->line, v->col, "no scene %.100s in the script",
                                   v->str);
            } else if (used >= s->n) {
                st = fmt_error(err, v, "a scene is listed twice");
            } else {
                idx[used++] = (uint32_t)i;
                bd[d].scene_count++;
            }
        }
    }
    if (st == DP_OK) {
        st = dp_schedule_evaluate(s, bd, days->count, err);
        if (st == DP_E_ARG)
            st = err ? (err->code = DP_E_FORMAT) : DP_E_FORMAT;
    }
    dp__arena_release(&a);
    return st;
}

dp_status dp_schedule_set_reference(dp_schedule *s, dp_error *err)
{
    if (!s)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no schedule");
    if (!s->ref_day && !(s->ref_day = dp__arena_alloc(&s->arena, (s->n + 1) * sizeof *s->ref_day)))
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    memcpy(s->ref_day, s->board.day_of, s->n * sizeof *s->ref_day);
    int32_t *work = dp__malloc(DP__SEVAL_WORK(s) * sizeof *work);
    if (!work)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    dp__seval_board(s, &s->board, work, &s->ref_ev, NULL, NULL);
    dp__free(work);
    dp_status st = dp__sched_publish(s);
    return st == DP_OK ? DP_OK : dp__error_set(err, st, 0, 0, "out of memory");
}

size_t dp_schedule_moved_count(const dp_schedule *s) { return s ? s->n_moved : 0; }

const dp_schedule_move *dp_schedule_moved(const dp_schedule *s, size_t i)
{
    return s && i < s->n_moved ? &s->moved[i] : NULL;
}

int64_t dp_schedule_reference_cost(const dp_schedule *s, size_t i)
{
    return s && s->ref_day && i < DP__T_COUNT ? s->ref_ev.terms[i] : 0;
}
