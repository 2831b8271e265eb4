/* The current board in the public terms: days with dates, eighths and
 * the reason their scenes are together; the boneyard; the cost terms;
 * each breach of a hard rule in plain words. */
#include "schedule.h"

#include <string.h>

#define MAX_VIOLATIONS 1000u
#define MAX_SHARED 6u

typedef struct collect {
    dp_schedule *s;
    dp__buf text;
    dp_status st;
} collect;

static void on_breach(void *ctx, size_t rule, int32_t day, int32_t scene, int64_t amount)
{
    collect *c = ctx;
    dp_schedule *s = c->s;
    (void)amount;
    if (c->st != DP_OK || s->n_violations >= MAX_VIOLATIONS)
        return;
    dp__buf_reset(&c->text);
    if (day >= 0)
        dp__buf_printf(&c->text, "day %d", (int)day + 1);
    if (scene >= 0)
        dp__buf_printf(&c->text, "%sscene %s", day >= 0 ? ", " : "",
                       dp_breakdown_scene(s->bd, (size_t)scene)->number);
    dp__buf_printf(&c->text, ": breaks \"%s\"", s->rules[rule].text);
    const char *t = c->text.failed ? NULL
                                   : dp__arena_strndup(&s->out, c->text.data, c->text.len);
    if (!t)
        c->st = DP_E_NOMEM;
    else
        s->violations[s->n_violations++] = t;
}

/* Why day d's scenes are together: their sets, day or night, the cast in
 * more than one of them, the scenes pinned there. */
static const char *why(dp_schedule *s, const dp__sboard *b, uint32_t d, dp__buf *t,
                       uint32_t *count)
{
    uint32_t lo = b->dstart[d], hi = b->dstart[d + 1];
    dp__buf_reset(t);
    if (lo == hi)
        return "";
    bool day = false, night = false;
    dp__buf_puts(t, "set ");
    for (uint32_t k = lo; k < hi; k++) {
        const dp__sscene *x = &s->sc[b->seq[k]];
        day |= !x->night;
        night |= x->night;
        if (k > lo && s->sc[b->seq[k - 1]].loc == x->loc)
            continue;
        uint32_t n = 0;
        for (uint32_t q = k; q < hi && s->sc[b->seq[q]].loc == x->loc; q++)
            n++;
        const char *name = s->lc[x->loc].name[0] ? s->lc[x->loc].name : "(no set)";
        dp__buf_printf(t, "%s%s (%u scene%s)", k > lo ? ", then " : "", name, n,
                       n == 1 ? "" : "s");
    }
    dp__buf_puts(t, day && night ? "; day and night" : night ? "; night" : "; day");
    size_t shown = 0;
    for (size_t a = 0; a < s->m; a++)
        count[a] = 0;
    for (uint32_t k = lo; k < hi; k++) {
        const dp__sscene *x = &s->sc[b->seq[k]];
        for (size_t j = 0; j < x->n_cast; j++)
            count[x->cast[j]]++;
    }
    for (size_t a = 0; a < s->m && shown < MAX_SHARED; a++)
        if (count[a] > 1)
            dp__buf_printf(t, "%s%s", shown++ ? ", " : "; cast in several scenes: ",
                           s->ac[a].name);
    for (uint32_t k = lo; k < hi; k++)
        if (s->sc[b->seq[k]].pin == (int32_t)d)
            dp__buf_printf(t, "; scene %s pinned to this day",
                           dp_breakdown_scene(s->bd, b->seq[k])->number);
    return NULL;
}

dp_status dp__sched_publish(dp_schedule *s)
{
    dp__arena_release(&s->out);
    dp__arena_init(&s->out, (size_t)1 << 31);
    s->n_violations = 0;
    s->conflicts = NULL;
    s->n_conflicts = 0;
    const dp__sboard *b = &s->board;
    int32_t last = -1;
    for (int32_t d = (int32_t)s->H - 1; d >= 0 && last < 0; d--)
        if (b->dstart[d + 1] > b->dstart[d])
            last = d;
    s->n_days = (size_t)(last + 1);
    s->days = dp__arena_alloc(&s->out, (s->n_days + 1) * sizeof *s->days);
    s->rdays = dp__arena_alloc(&s->out, (s->n_days + 1) * sizeof *s->rdays);
    s->boneyard = dp__arena_alloc(&s->out, (s->n + 1) * sizeof *s->boneyard);
    s->violations = dp__arena_alloc(&s->out, (MAX_VIOLATIONS + s->n + 1) * sizeof *s->violations);
    uint32_t *count = dp__arena_alloc(&s->out, (s->m + 1) * sizeof *count);
    uint32_t *seq = dp__arena_alloc(&s->out, (s->n + 1) * sizeof *seq);
    if (!s->days || !s->rdays || !s->boneyard || !s->violations || !count || !seq)
        return DP_E_NOMEM;
    memcpy(seq, b->seq, b->n_seq * sizeof *seq);
    dp__buf t;
    dp__buf_init(&t, 1 << 16);
    dp_status st = DP_OK;
    for (size_t d = 0; d < s->n_days && st == DP_OK; d++) {
        dp_schedule_day *day = &s->days[d];
        day->number = (uint32_t)d + 1;
        day->scenes = seq + b->dstart[d];
        day->scene_count = b->dstart[d + 1] - b->dstart[d];
        for (size_t k = 0; k < day->scene_count; k++) {
            day->eighths += s->sc[day->scenes[k]].eighths;
            day->load += s->sc[day->scenes[k]].load;
        }
        if (s->c->has_start) {
            char date[11];
            dp__date_format(dp__calendar_date(s->c, (int32_t)d), date);
            day->date = dp__arena_strndup(&s->out, date, 10);
        }
        const char *w = why(s, b, (uint32_t)d, &t, count);
        day->why = w ? w : dp__arena_strndup(&s->out, t.data ? t.data : "", t.len);
        if ((s->c->has_start && !day->date) || !day->why || t.failed)
            st = DP_E_NOMEM;
        s->rdays[d] = (dp_report_day){day->date, day->scene_count, day->scenes};
    }
    s->n_boneyard = 0;
    for (size_t i = 0; i < s->n; i++)
        if (b->day_of[i] < 0)
            s->boneyard[s->n_boneyard++] = (uint32_t)i;
    s->n_moved = 0;
    s->moved = s->ref_day ? dp__arena_alloc(&s->out, (s->n + 1) * sizeof *s->moved) : NULL;
    if (s->ref_day && !s->moved)
        st = DP_E_NOMEM;
    for (size_t i = 0; s->moved && i < s->n; i++)
        if (b->day_of[i] != s->ref_day[i])
            s->moved[s->n_moved++] = (dp_schedule_move){(uint32_t)i,
                                                        (uint32_t)(s->ref_day[i] + 1),
                                                        (uint32_t)(b->day_of[i] + 1)};
    for (int k = 0; k < DP__T_COUNT; k++)
        s->costs[k] = (dp_schedule_cost){dp__sterm_names[k], s->ev.terms[k], s->c->weights[k],
                                         s->lb[k]};
    collect c = {s, {0}, st};
    dp__buf_init(&c.text, 1 << 16);
    int32_t *work = dp__arena_alloc(&s->out, DP__SEVAL_WORK(s) * sizeof *work);
    if (!work)
        c.st = DP_E_NOMEM;
    dp__seval ev;
    if (c.st == DP_OK)
        dp__seval_board(s, b, work, &ev, on_breach, &c);
    for (size_t k = 0; c.st == DP_OK && k < s->n_boneyard; k++) {
        dp__buf_reset(&c.text);
        dp__buf_printf(&c.text, "scene %s is not scheduled",
                       dp_breakdown_scene(s->bd, s->boneyard[k])->number);
        const char *v = c.text.failed ? NULL
                                      : dp__arena_strndup(&s->out, c.text.data, c.text.len);
        if (!v)
            c.st = DP_E_NOMEM;
        else
            s->violations[s->n_violations++] = v;
    }
    st = c.st;
    dp__buf_release(&c.text);
    dp__buf_release(&t);
    return st;
}
