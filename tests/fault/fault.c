/* make faultcheck: every allocation along the reading, breakdown and
 * shooting schedule of small scripts made to fail in turn (a library built with
 * -DDP_FAULT_INJECTION, under ASan+UBSan). Each run must end with an error
 * status, not a crash, and leave nothing allocated (LeakSanitizer checks at
 * exit); the run past the last allocation must succeed. Ends with
 * "N passed, N failed". Usage: fault FILE... */
#include "depouille.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sink_count(void *ctx, const void *data, size_t n)
{
    (void)data;
    *(size_t *)ctx += n;
    return 0;
}

/* A constraints file, a short schedule search, the writers, a board given
 * by hand and re-scheduled from; the first failure. */
static dp_status schedule(const dp_breakdown *bd, const dp_sink *sink, dp_error *err)
{
    static const char rules[] =
        "{\"start\": \"2027-03-01\", \"weekdays_off\": [\"sat\", \"sun\"],"
        " \"days_off\": [\"2027-03-03\"], \"days\": 40, \"turnaround\": true}";
    dp_constraints *c = NULL;
    dp_schedule *s = NULL;
    dp_status st = dp_constraints_parse(rules, sizeof rules - 1, &c, err);
    if (st == DP_OK)
        st = dp_schedule_new(bd, c, &s, err);
    dp_schedule_options o = {0, 1, 60};
    if (st == DP_OK)
        st = dp_schedule_solve(s, &o, err);
    for (int f = DP_SF_JSON; st == DP_OK && f <= DP_SF_HTML; f++)
        st = dp_schedule_write(s, (dp_schedule_format)f, sink, err);
    uint32_t first = 0;
    dp_schedule_board_day day = {dp_breakdown_scene_count(bd) ? 1u : 0u, &first};
    if (st == DP_OK)
        st = dp_schedule_evaluate(s, &day, 1, err);
    if (st == DP_OK)
        st = dp_schedule_set_reference(s, err);
    if (st == DP_OK)
        st = dp_schedule_solve(s, &o, err);
    dp_schedule_free(s);
    dp_constraints_free(c);
    return st;
}

/* Parse, break down and write both JSON forms, then schedule; the first
 * failure. */
static dp_status run(const char *bytes, size_t len, const char *name)
{
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    dp_error err = {0};
    size_t out = 0;
    dp_sink sink = {sink_count, &out};
    dp_parse_options po = {DP_FORMAT_AUTO, name};
    dp_status st = dp_doc_parse(bytes, len, &po, &doc, &err);
    if (st == DP_OK)
        st = dp_doc_write_json(doc, &sink, &err);
    if (st == DP_OK)
        st = dp_breakdown_new(doc, NULL, &bd, &err);
    if (st == DP_OK)
        st = dp_breakdown_write_json(bd, &sink, &err);
    if (st == DP_OK)
        st = schedule(bd, &sink, &err);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    return st;
}

int main(int argc, char **argv)
{
    long pass = 0, fail = 0;
    for (int a = 1; a < argc; a++) {
        char *bytes = NULL;
        size_t len = 0;
        dp_error err = {0};
        if (dp_file_read(argv[a], DP_MAX_INPUT_BYTES, &bytes, &len, &err) != DP_OK) {
            printf("FAIL fault: %s: %s\n", argv[a], err.msg);
            fail++;
            continue;
        }
        dp__fault_at(0);
        dp_status ok = run(bytes, len, argv[a]);
        long total = dp__fault_calls();
        if (ok != DP_OK) {
            printf("FAIL fault: %s does not break down without faults (%s)\n", argv[a],
                   dp_strerror(ok));
            fail++;
        }
        long bad = 0;
        for (long n = 1; n <= total + 1; n++) {
            dp__fault_at(n);
            dp_status st = run(bytes, len, argv[a]);
            bool expect_ok = n > total;
            if (expect_ok ? st != DP_OK : st == DP_OK) {
                if (bad++ < 5)
                    printf("FAIL fault: %s: allocation %ld of %ld failed, status %s\n", argv[a],
                           n, total, dp_strerror(st));
            }
        }
        dp__fault_at(0);
        if (bad)
            fail++;
        else
            pass++;
        printf("fault: %s: %ld allocations, each made to fail: %s\n", argv[a], total,
               bad ? "errors" : "clean");
        dp_free(bytes);
    }
    printf("%ld passed, %ld failed\n", pass, fail);
    return fail ? 1 : 0;
}
