/* Unit tests: src/schedule*.c and src/jsonr.c — the constraints reader and
 * its errors, the calendar, the board's cost terms and breaches, the
 * search (hard rules kept, determinism, time limit), the lower bound, the
 * infeasible explanation, the writers. */
#include "../harness.h"
#include "jsonr.h"
#include "schedule.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Eight scenes: two sets (HOUSE, PARK) and a third (STATION), day and
 * night; ANNA in most, MARC in some, LEO (a child) in two. */
static const char *const SCRIPT =
    "Title: Test\n\n"
    "INT. HOUSE - KITCHEN - DAY\n\nANNA cooks.\n\nANNA\nHello.\n\n"
    "EXT. PARK - NIGHT\n\nMARC runs.\n\nMARC\nWho is there?\n\n"
    "INT. HOUSE - BEDROOM - NIGHT\n\nANNA sleeps.\n\nANNA\nGood night.\n\n"
    "EXT. PARK - DAY\n\nLEO plays with ANNA.\n\nLEO\nCatch!\n\nANNA\nGot it.\n\n"
    "INT. STATION - DAY\n\nMARC waits.\n\nMARC\nLate again.\n\n"
    "INT. HOUSE - KITCHEN - DAY\n\nANNA and LEO eat.\n\nLEO\nMore.\n\nANNA\nNo.\n\n"
    "EXT. PARK - NIGHT\n\nMARC and ANNA walk.\n\nMARC\nCold.\n\nANNA\nYes.\n\n"
    "INT. STATION - NIGHT\n\nANNA leaves.\n\nANNA\nBye.\n\n";

static dp_constraints *parse(const char *json, dp_error *err)
{
    dp_constraints *c = NULL;
    if (dp_constraints_parse(json, strlen(json), &c, err) != DP_OK)
        return NULL;
    return c;
}

static void sched_reader_errors(void)
{
    static const struct {
        const char *json;
        dp_status code;
        uint32_t line, col;
        const char *msg;
    } cases[] = {
        {"{\"days\": \"x\"}", DP_E_FORMAT, 1, 10, "must be a number"},
        {"{\n  \"dayz\": 3\n}", DP_E_FORMAT, 2, 11, "unknown member \"dayz\""},
        {"{\"start\": \"2027-02-30\"}", DP_E_FORMAT, 1, 11, "YYYY-MM-DD"},
        {"{\"pinned\": [{\"scene\": \"1\", \"day\": \"2027-03-01\"}]}", DP_E_FORMAT, 1, 35,
         "needs \"start\""},
        {"{\n\"actors\": [\n  {\"rate\": 2}\n]}", DP_E_FORMAT, 3, 3, "needs a \"name\""},
        {"{\"actors\": [{\"name\": \"A\", \"rate\": -1}]}", DP_E_FORMAT, 1, 35, "whole number"},
        {"{\"weekdays_off\": [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\",\"sat\",\"sun\"]}",
         DP_E_FORMAT, 1, 18, "every weekday"},
        {"{\"days\": 3,}", DP_E_FORMAT, 1, 12, "member name"},
        {"{\"days\": 3", DP_E_FORMAT, 1, 11, "expected ','"},
        {"[1, 2]", DP_E_FORMAT, 1, 1, "must be an object"},
        {"{\"consecutive\": [[\"1\"]]}", DP_E_FORMAT, 1, 18, "2 to 100 scenes"},
        {"{} x", DP_E_FORMAT, 1, 4, "text after"},
    };
    for (size_t i = 0; i < DP__COUNT(cases); i++) {
        dp_error err = {0};
        dp_constraints *c = parse(cases[i].json, &err);
        CHECK(c == NULL);
        CHECK_INT(err.code, cases[i].code);
        CHECK_INT(err.line, cases[i].line);
        CHECK_INT(err.col, cases[i].col);
        if (!strstr(err.msg, cases[i].msg))
            dpt_fail(__FILE__, __LINE__, "case %zu: \"%s\" lacks \"%s\"", i, err.msg,
                     cases[i].msg);
        dp_constraints_free(c);
    }
    /* nesting and size limits */
    char deep[200];
    memset(deep, '[', sizeof deep - 1);
    deep[sizeof deep - 1] = '\0';
    dp_error err = {0};
    CHECK(parse(deep, &err) == NULL);
    CHECK_INT(err.code, DP_E_LIMIT);
    dp_constraints *c = NULL;
    CHECK_INT(dp_constraints_parse("{}", DP_SCHEDULE_MAX_INPUT + 1u, &c, &err), DP_E_TOOBIG);
    CHECK(c == NULL);
}

static void sched_reader(void)
{
    dp_error err = {0};
    dp_constraints *c = parse(
        "{\"start\": \"2027-03-05\", \"weekdays_off\": [\"saturday\", \"sun\"],\n"
        " \"days_off\": [\"2027-03-09\"], \"days\": 12, \"eighths_per_day\": 32,\n"
        " \"mix_day_night\": true, \"max_company_moves\": 2, \"turnaround\": false,\n"
        " \"extra_eighths\": {\"stunt\": 4}, \"weights\": {\"actor_days\": 3},\n"
        " \"actors\": [{\"name\": \"anna\", \"rate\": 5, \"available\": [[\"2027-03-08\", 4], 7],\n"
        "               \"unavailable\": [\"2027-03-10\"]}],\n"
        " \"pinned\": [{\"scene\": 2, \"day\": \"2027-03-11\"}],\n"
        " \"consecutive\": [[\"1\", 6]], \"comment\": \"x\"}",
        &err);
    CHECK(c != NULL);
    if (!c) {
        dpt_fail(__FILE__, __LINE__, "%s at %u:%u", err.msg, err.line, err.col);
        return;
    }
    CHECK(c->has_start);
    CHECK_INT(c->weekdays_off, 0x60);
    CHECK_INT(c->max_days, 12);
    CHECK_INT(c->eighths_per_day, 32);
    CHECK(c->mix_day_night);
    CHECK_INT(c->max_moves, 2);
    CHECK(!c->turnaround);
    CHECK_INT(c->extra_stunt, 4);
    CHECK_INT(c->extra_sfx, 1);
    CHECK_INT(c->weights[DP__T_ACTOR_DAYS], 3);
    CHECK_INT(c->weights[DP__T_SHOOT_DAYS], 40);
    /* Fri 5 (day 0), Mon 8 (1), Tue 9 off, Wed 10 (2), Thu 11 (3), Fri 12 (4) */
    CHECK_INT(c->n_actors, 1);
    CHECK_INT(c->actors[0].rate, 5);
    CHECK_INT(c->actors[0].av.n_avail, 2);
    CHECK_INT(c->actors[0].av.avail[0].from, 1);
    CHECK_INT(c->actors[0].av.avail[0].to, 3);
    CHECK_INT(c->actors[0].av.avail[1].from, 6);
    CHECK_INT(c->actors[0].av.unavail[0].from, 2);
    CHECK_INT(c->pins[0].day, 3);
    CHECK_STR(c->pins[0].scene, "2");
    CHECK_STR(c->consec[0].scenes[1], "6");
    dp_constraints_free(c);
}

static void sched_dates(void)
{
    int32_t d = 0;
    CHECK(dp__date_parse("1970-01-01", &d));
    CHECK_INT(d, 0);
    CHECK(dp__date_parse("2027-03-01", &d));
    CHECK_INT(dp__date_weekday(d), 0); /* a Monday */
    char out[11];
    dp__date_format(d + 365, out);
    CHECK_STR(out, "2028-02-29");
    CHECK(dp__date_parse("2028-02-29", &d));
    CHECK(!dp__date_parse("2027-02-29", &d));
    CHECK(!dp__date_parse("2027-3-01", &d));
    CHECK(!dp__date_parse("2027-03-01x", &d));
    dp_constraints c = {0};
    dp__constraints_defaults(&c);
    c.has_start = true;
    CHECK(dp__date_parse("2027-03-05", &c.start)); /* a Friday */
    c.weekdays_off = 0x60;
    dp__date_format(dp__calendar_date(&c, 1), out);
    CHECK_STR(out, "2027-03-08");
    bool exact = false;
    int32_t sat = 0;
    CHECK(dp__date_parse("2027-03-06", &sat));
    CHECK_INT(dp__calendar_day(&c, sat, &exact), 1);
    CHECK(!exact);
}

typedef struct fixture {
    dp_doc *doc;
    dp_breakdown *bd;
    dp_constraints *c;
    dp_schedule *s;
} fixture;

static bool setup(fixture *f, const char *json)
{
    memset(f, 0, sizeof *f);
    f->bd = dpt_breakdown(SCRIPT, &f->doc);
    dp_error err = {0};
    if (json && !(f->c = parse(json, &err))) {
        dpt_fail(__FILE__, __LINE__, "constraints: %s at %u:%u", err.msg, err.line, err.col);
        return false;
    }
    if (!f->bd || dp_schedule_new(f->bd, f->c, &f->s, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "schedule: %s", err.msg);
        return false;
    }
    return true;
}

static void teardown(fixture *f)
{
    dp_schedule_free(f->s);
    dp_constraints_free(f->c);
    dp_breakdown_free(f->bd);
    dp_doc_free(f->doc);
}

static size_t scene_named(const dp_breakdown *bd, const char *num)
{
    for (size_t i = 0; i < dp_breakdown_scene_count(bd); i++)
        if (!strcmp(dp_breakdown_scene(bd, i)->number, num))
            return i;
    return SIZE_MAX;
}

static bool is_night(const dp_scene *sc) { return sc->time == DP_TIME_NIGHT; }

static void sched_solve_keeps_rules(void)
{
    fixture f;
    /* 4 eighths a day, ANNA never on day 2, scene 5 on day 1, 6 and 2 ... */
    if (!setup(&f, "{\"eighths_per_day\": 4, \"actors\": [{\"name\": \"Anna\", "
                   "\"unavailable\": [2]}], \"pinned\": [{\"scene\": \"5\", \"day\": 1}],"
                   " \"consecutive\": [[\"1\", \"6\"]]}")) {
        teardown(&f);
        return;
    }
    dp_schedule_options o = {0, 7, 20000, 0};
    dp_error err = {0};
    CHECK_INT(dp_schedule_solve(f.s, &o, &err), DP_OK);
    CHECK(dp_schedule_feasible(f.s));
    CHECK_INT(dp_schedule_violation_count(f.s), 0);
    size_t nb = 0;
    dp_schedule_unscheduled(f.s, &nb);
    CHECK_INT(nb, 0);
    size_t total = 0;
    for (size_t d = 0; d < dp_schedule_day_count(f.s); d++) {
        const dp_schedule_day *day = dp_schedule_day_at(f.s, d);
        CHECK_INT(day->number, d + 1);
        CHECK(day->date == NULL);
        bool has_day = false, has_night = false, anna = false;
        uint32_t eighths = 0;
        for (size_t k = 0; k < day->scene_count; k++) {
            const dp_scene *sc = dp_breakdown_scene(f.bd, day->scenes[k]);
            eighths += sc->eighths;
            has_day |= !is_night(sc);
            has_night |= is_night(sc);
            for (size_t j = 0; j < sc->cast_count; j++)
                anna |= !strcmp(dp_breakdown_character(f.bd, sc->cast[j])->name, "ANNA");
            if (!strcmp(sc->number, "5"))
                CHECK_INT(day->number, 1);
        }
        CHECK_INT(day->eighths, eighths);
        CHECK(day->scene_count < 2 || day->load <= 4);
        CHECK(!(has_day && has_night));
        CHECK(!(anna && day->number == 2));
        total += day->scene_count;
    }
    CHECK_INT(total, dp_breakdown_scene_count(f.bd));
    /* 1 and 6 together, one after the other */
    size_t s1 = scene_named(f.bd, "1"), s6 = scene_named(f.bd, "6");
    bool together = false;
    for (size_t d = 0; d < dp_schedule_day_count(f.s); d++) {
        const dp_schedule_day *day = dp_schedule_day_at(f.s, d);
        for (size_t k = 0; k + 1 < day->scene_count; k++)
            together |= (day->scenes[k] == s1 && day->scenes[k + 1] == s6) ||
                        (day->scenes[k] == s6 && day->scenes[k + 1] == s1);
    }
    CHECK(together);
    CHECK(dp_schedule_lower_bound(f.s) <= dp_schedule_total(f.s));
    CHECK(dp_schedule_gap(f.s) >= 0 && dp_schedule_gap(f.s) < 1);
    CHECK_INT(dp_schedule_cost_count(f.s), 5);
    int64_t sum = 0;
    for (size_t k = 0; k < dp_schedule_cost_count(f.s); k++) {
        const dp_schedule_cost *t = dp_schedule_cost_at(f.s, k);
        sum += t->value * t->weight;
        CHECK(t->lower_bound <= t->value);
    }
    CHECK_INT(sum, dp_schedule_total(f.s));
    CHECK_STR(dp_schedule_cost_at(f.s, 0)->name, "shoot_days");
    CHECK_INT(dp_schedule_rule_cost_count(f.s), 0);
    /* what each rule costs: 4 eighths a day costs something */
    o.explain_costs = 1;
    CHECK_INT(dp_schedule_solve(f.s, &o, &err), DP_OK);
    CHECK(dp_schedule_rule_cost_count(f.s) >= 5);
    bool capacity = false;
    for (size_t k = 0; k < dp_schedule_rule_cost_count(f.s); k++) {
        const dp_schedule_rule_cost *rc = dp_schedule_rule_cost_at(f.s, k);
        CHECK(rc->saving >= 0);
        if (strstr(rc->constraint, "eighths_per_day"))
            capacity = rc->saving > 0;
    }
    CHECK(capacity);
    teardown(&f);
}

static char *write_json(const dp_schedule *s)
{
    dp__buf b;
    dp__buf_init(&b, 1 << 24);
    dp_sink sink = {dp__buf_sink_write, &b};
    dp_error err = {0};
    if (dp_schedule_write(s, DP_SF_JSON, &sink, &err) != DP_OK) {
        dp__buf_release(&b);
        return NULL;
    }
    char *out = malloc(b.len + 1);
    if (out) {
        memcpy(out, b.data ? b.data : "", b.len);
        out[b.len] = '\0';
    }
    dp__buf_release(&b);
    return out;
}

static void sched_deterministic(void)
{
    fixture a, b;
    bool ok = setup(&a, NULL) && setup(&b, NULL);
    dp_schedule_options o = {0, 42, 5000, 0};
    dp_error err = {0};
    if (ok) {
        CHECK_INT(dp_schedule_solve(a.s, &o, &err), DP_OK);
        CHECK_INT(dp_schedule_solve(b.s, &o, &err), DP_OK);
        char *ja = write_json(a.s), *jb = write_json(b.s);
        CHECK(ja && jb && !strcmp(ja, jb));
        CHECK(ja && strstr(ja, "\"lower_bound\""));
        CHECK(ja && strstr(ja, "\"baseline\""));
        free(ja);
        free(jb);
    }
    teardown(&a);
    teardown(&b);
}

static void sched_time_limit(void)
{
    fixture f;
    if (setup(&f, NULL)) {
        /* far more moves than 50 ms allow: the search stops and keeps its best */
        dp_schedule_options o = {0.05, 1, 1000000000u, 0};
        dp_error err = {0};
        CHECK_INT(dp_schedule_solve(f.s, &o, &err), DP_OK);
        CHECK(dp_schedule_feasible(f.s));
        CHECK(dp_schedule_day_count(f.s) > 0);
    }
    teardown(&f);
}

static void sched_infeasible(void)
{
    fixture f;
    /* MARC only on day 1, scene 2 (MARC) pinned to day 3: a conflict of two
     * rules, whatever the rest says */
    if (setup(&f, "{\"actors\": [{\"name\": \"MARC\", \"available\": [1]}, "
                  "{\"name\": \"ANNA\", \"rate\": 3}],\n"
                  " \"pinned\": [{\"scene\": \"2\", \"day\": 3}], \"max_company_moves\": 2}")) {
        dp_schedule_options o = {0, 1, 3000, 0};
        dp_error err = {0};
        CHECK_INT(dp_schedule_solve(f.s, &o, &err), DP_OK);
        CHECK(!dp_schedule_feasible(f.s));
        CHECK(dp_schedule_violation_count(f.s) > 0);
        CHECK_INT(dp_schedule_conflict_count(f.s), 2);
        bool marc = false, pin = false;
        for (size_t i = 0; i < dp_schedule_conflict_count(f.s); i++) {
            const char *t = dp_schedule_conflict(f.s, i);
            marc |= strstr(t, "MARC is available only on day 1") != NULL;
            pin |= strstr(t, "scene 2 is shot on day 3") != NULL;
        }
        CHECK(marc);
        CHECK(pin);
    }
    teardown(&f);
}

static void sched_evaluate(void)
{
    fixture f;
    if (setup(&f, "{\"actors\": [{\"name\": \"ANNA\", \"rate\": 2}]}")) {
        size_t s1 = scene_named(f.bd, "1"), s2 = scene_named(f.bd, "2");
        size_t s3 = scene_named(f.bd, "3");
        uint32_t d1[] = {(uint32_t)s1, (uint32_t)s2}, d2[] = {(uint32_t)s3};
        dp_schedule_board_day days[] = {{2, d1}, {0, NULL}, {1, d2}};
        dp_error err = {0};
        CHECK_INT(dp_schedule_evaluate(f.s, days, 3, &err), DP_OK);
        CHECK_INT(dp_schedule_day_count(f.s), 3);
        CHECK(!dp_schedule_feasible(f.s));
        size_t nb = 0;
        dp_schedule_unscheduled(f.s, &nb);
        CHECK_INT(nb, dp_breakdown_scene_count(f.bd) - 3);
        /* day 1 mixes day (1) and night (2) */
        bool mixed = false;
        for (size_t i = 0; i < dp_schedule_violation_count(f.s); i++)
            mixed |= strstr(dp_schedule_violation(f.s, i), "day 1: breaks \"day and night") != NULL;
        CHECK(mixed);
        /* shoot days 3; ANNA (rate 2) in 1 and 3: days 1-3 = 6; MARC in 2: 1 */
        CHECK_INT(dp_schedule_cost_at(f.s, DP__T_SHOOT_DAYS)->value, 3);
        CHECK_INT(dp_schedule_cost_at(f.s, DP__T_ACTOR_DAYS)->value, 7);
        CHECK_INT(dp_schedule_cost_at(f.s, DP__T_MOVES)->value, 1);
        CHECK_INT(dp_schedule_cost_at(f.s, DP__T_LOCATION_DAYS)->value, 3);
        CHECK_INT(dp_schedule_cost_at(f.s, DP__T_SWITCHES)->value, 0);
        uint32_t twice[] = {(uint32_t)s1, (uint32_t)s1};
        dp_schedule_board_day bad[] = {{2, twice}};
        CHECK_INT(dp_schedule_evaluate(f.s, bad, 1, &err), DP_E_ARG);
        uint32_t out[] = {999};
        dp_schedule_board_day bad2[] = {{1, out}};
        CHECK_INT(dp_schedule_evaluate(f.s, bad2, 1, &err), DP_E_ARG);
        CHECK(strstr(err.msg, "no scene index 999") != NULL);
    }
    teardown(&f);
}

static void sched_names(void)
{
    fixture f;
    memset(&f, 0, sizeof f);
    f.bd = dpt_breakdown(SCRIPT, &f.doc);
    dp_error err = {0};
    f.c = parse("{\n\"actors\": [{\"name\": \"NOBODY\"}]}", &err);
    CHECK(f.c != NULL);
    CHECK_INT(dp_schedule_new(f.bd, f.c, &f.s, &err), DP_E_ARG);
    CHECK_INT(err.line, 2);
    CHECK_INT(err.col, 12);
    CHECK(strstr(err.msg, "no character \"NOBODY\"") != NULL);
    dp_constraints_free(f.c);
    f.c = parse("{\"locations\": [{\"name\": \"X\", \"sets\": [\"HOUSE\", \"MARS\"]}]}", &err);
    CHECK_INT(dp_schedule_new(f.bd, f.c, &f.s, &err), DP_E_ARG);
    CHECK(strstr(err.msg, "no set \"MARS\"") != NULL);
    dp_constraints_free(f.c);
    f.c = parse("{\"pinned\": [{\"scene\": \"99\", \"day\": 1}]}", &err);
    CHECK_INT(dp_schedule_new(f.bd, f.c, &f.s, &err), DP_E_ARG);
    CHECK(strstr(err.msg, "no scene 99") != NULL);
    teardown(&f);
}

static void sched_writers(void)
{
    fixture f;
    if (setup(&f, "{\"start\": \"2027-03-01\", \"weekdays_off\": [\"sat\", \"sun\"],"
                  " \"actors\": [{\"name\": \"LEO\", \"minor\": true}]}")) {
        dp_schedule_options o = {0, 3, 3000, 0};
        dp_error err = {0};
        CHECK_INT(dp_schedule_solve(f.s, &o, &err), DP_OK);
        CHECK_STR(dp_schedule_day_at(f.s, 0)->date, "2027-03-01");
        static const char *const want[DP_SF_COUNT_] = {"\"days\"", "day,date,scene",
                                                       "BEGIN:VCALENDAR\r\n", "<table>",
                                                       "%PDF-", "PK"};
        for (int fmt = 0; fmt < DP_SF_COUNT_; fmt++) {
            dp__buf b;
            dp__buf_init(&b, 1 << 24);
            dp_sink sink = {dp__buf_sink_write, &b};
            CHECK_INT(dp_schedule_write(f.s, (dp_schedule_format)fmt, &sink, &err), DP_OK);
            CHECK(b.data && b.len > 4 &&
                  (fmt >= DP_SF_PDF ? !memcmp(b.data, want[fmt], strlen(want[fmt]))
                                    : strstr(b.data, want[fmt]) != NULL));
            if (fmt == DP_SF_ICS && b.data) {
                CHECK(strstr(b.data, "DTSTART;VALUE=DATE:20270301\r\n") != NULL);
                CHECK(strstr(b.data, "DTSTAMP:19800101T000000Z\r\n") != NULL);
                /* every line ends in CRLF and holds at most 75 octets */
                size_t start = 0;
                for (size_t i = 0; i < b.len; i++)
                    if (b.data[i] == '\n') {
                        CHECK(i > 0 && b.data[i - 1] == '\r');
                        CHECK(i - start - 1 <= 75);
                        start = i + 1;
                    }
            }
            dp__buf_release(&b);
        }
        dp_schedule_format fm;
        CHECK_INT(dp_schedule_format_parse("ics", &fm), 0);
        CHECK_INT(fm, DP_SF_ICS);
        CHECK_INT(dp_schedule_format_parse("docx", &fm), -1);
        size_t n = 0;
        const dp_report_day *rd = dp_schedule_report_days(f.s, &n);
        CHECK_INT(n, dp_schedule_day_count(f.s));
        CHECK(rd && rd[0].label && !strcmp(rd[0].label, "2027-03-01"));
    }
    teardown(&f);
}

static void sched_json_reader(void)
{
    dp__arena a;
    dp__arena_init(&a, 1 << 20);
    dp__jval *v = NULL;
    dp_error err = {0};
    const char *t = "{\"a\": [1, -2.5e1, true, null, \"x\\u00e9\\ud83d\\ude00\\n\"]}";
    CHECK_INT(dp__jparse(&a, t, strlen(t), 100, &v, &err), DP_OK);
    const dp__jval *arr = dp__jget(v, "a");
    CHECK(arr && arr->count == 5);
    if (arr && arr->count == 5) {
        CHECK(arr->items[1]->num == -25.0);
        CHECK(arr->items[2]->b);
        CHECK_INT(arr->items[3]->type, DP__J_NULL);
        CHECK_STR(arr->items[4]->str, "x\xc3\xa9\xf0\x9f\x98\x80\n");
    }
    CHECK_INT(dp__jparse(&a, t, strlen(t), 3, &v, &err), DP_E_LIMIT);
    CHECK_INT(dp__jparse(&a, "\"a\x01\"", 4, 10, &v, &err), DP_E_FORMAT);
    CHECK_INT(dp__jparse(&a, "01", 2, 10, &v, &err), DP_E_FORMAT);
    dp__arena_release(&a);
}

static void sched_reschedule(void)
{
    fixture f;
    if (setup(&f, NULL)) {
        dp_schedule_options o = {0, 5, 5000, 0};
        dp_error err = {0};
        CHECK_INT(dp_schedule_solve(f.s, &o, &err), DP_OK);
        char *old = write_json(f.s);
        CHECK(old != NULL);
        /* the board read back is the same board */
        CHECK_INT(dp_schedule_read_board(f.s, old, strlen(old), &err), DP_OK);
        char *again = write_json(f.s);
        CHECK(again && strstr(again, "\"days\"") && dp_schedule_feasible(f.s));
        CHECK_INT(dp_schedule_set_reference(f.s, &err), DP_OK);
        CHECK_INT(dp_schedule_cost_count(f.s), 6);
        CHECK_STR(dp_schedule_cost_at(f.s, 5)->name, "moved_strips");
        CHECK_INT(dp_schedule_cost_at(f.s, 5)->value, 0);
        /* solving again under the same rules moves nothing worth a strip */
        CHECK_INT(dp_schedule_solve(f.s, &o, &err), DP_OK);
        CHECK(dp_schedule_total(f.s) <= dp_schedule_reference_cost(f.s, 0) * 40 +
                                          dp_schedule_reference_cost(f.s, 1) +
                                          dp_schedule_reference_cost(f.s, 2) * 4 +
                                          dp_schedule_reference_cost(f.s, 3) * 2 +
                                          dp_schedule_reference_cost(f.s, 4) * 2);
        CHECK_INT(dp_schedule_moved_count(f.s), dp_schedule_cost_at(f.s, 5)->value);
        CHECK_INT(dp_schedule_read_board(f.s, "{\"days\": [{\"scenes\": [\"1\", \"1\"]}]}", 36,
                                         &err), DP_E_FORMAT);
        CHECK_INT(dp_schedule_read_board(f.s, "{\"days\": 3}", 11, &err), DP_E_FORMAT);
        CHECK_INT(err.line, 1);
        free(old);
        free(again);
    }
    teardown(&f);
}

void dpt_suite_schedule(void)
{
    dpt_run("schedule: constraints reader errors name line and column", sched_reader_errors);
    dpt_run("schedule: constraints reader, days from dates on the calendar", sched_reader);
    dpt_run("schedule: dates and the shoot calendar", sched_dates);
    dpt_run("schedule: a solved board keeps every hard rule", sched_solve_keeps_rules);
    dpt_run("schedule: the same seed gives the same bytes", sched_deterministic);
    dpt_run("schedule: the time limit stops the search with its best board", sched_time_limit);
    dpt_run("schedule: an infeasible file names a minimal conflicting set", sched_infeasible);
    dpt_run("schedule: a board given by hand, its terms and breaches", sched_evaluate);
    dpt_run("schedule: names of the constraints checked against the script", sched_names);
    dpt_run("schedule: JSON, CSV, iCalendar and HTML writers", sched_writers);
    dpt_run("schedule: the JSON reader", sched_json_reader);
    dpt_run("schedule: a board read back, re-scheduling from it", sched_reschedule);
}
