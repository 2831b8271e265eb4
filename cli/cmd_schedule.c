/* depouille schedule SCRIPT|PROJECT.dpj [--constraints FILE] [--time-limit S]
 * [--seed N] [--iterations N] [--format json|csv|ics|html] [--report
 * dood|needs] [--from BOARD.json] [--save] [-o OUT]: builds the shooting
 * schedule and writes the board, or a report that follows it (README,
 * "Shooting schedule"). The output is made in memory and written at once.
 * With a project, --save stores the board (and the constraints file) in
 * it; without --constraints, the constraints saved with its board apply. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd_schedule.h"
#include "depouille.h"
#include "status.h"
#include "output.h"

typedef struct args {
    const char *input, *constraints, *format, *report, *output, *from;
    bool save, explain;
    dp_schedule_options opts;
    const char *ctext; /* the constraints file's bytes */
    size_t clen;
    dp_project *project;
} args;

static int usage_error(const char *fmt, const char *arg)
{
    fputs("depouille: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'depouille help'.\n", stderr);
    return EXIT_USAGE;
}

static int parse_args(int argc, char **argv, args *a)
{
    for (int i = 2; i < argc; i++) {
        const char *o = argv[i];
        bool has_value = !strcmp(o, "--constraints") || !strcmp(o, "--time-limit") ||
                         !strcmp(o, "--seed") || !strcmp(o, "--iterations") ||
                         !strcmp(o, "--format") || !strcmp(o, "--report") || !strcmp(o, "-o") ||
                         !strcmp(o, "--from") ||
                         !strcmp(o, "--output");
        if (has_value && i + 1 >= argc)
            return usage_error("%s needs a value", o);
        double v;
        if (!strcmp(o, "--constraints")) {
            a->constraints = argv[++i];
        } else if (!strcmp(o, "--time-limit")) {
            if (dpx_parse_number(o, argv[++i], 1e6, &v) != 0)
                return EXIT_USAGE;
            a->opts.time_limit = v;
        } else if (!strcmp(o, "--seed")) {
            if (dpx_parse_number(o, argv[++i], 1e15, &v) != 0 || v != (double)(uint64_t)v)
                return usage_error("--seed needs a whole number, not '%s'", argv[i]);
            a->opts.seed = (uint64_t)v;
        } else if (!strcmp(o, "--iterations")) {
            if (dpx_parse_number(o, argv[++i], 1e9, &v) != 0 || v != (double)(uint32_t)v || v < 1)
                return usage_error("--iterations needs a whole number from 1 to 1e9, not '%s'",
                                   argv[i]);
            a->opts.iterations = (uint32_t)v;
        } else if (!strcmp(o, "--format")) {
            a->format = argv[++i];
        } else if (!strcmp(o, "--explain")) {
            a->explain = true;
        } else if (!strcmp(o, "--save")) {
            a->save = true;
        } else if (!strcmp(o, "--from")) {
            a->from = argv[++i];
        } else if (!strcmp(o, "--report")) {
            a->report = argv[++i];
        } else if (!strcmp(o, "-o") || !strcmp(o, "--output")) {
            a->output = argv[++i];
        } else if (o[0] == '-' && o[1] != '\0') {
            return usage_error("unknown option %s", o);
        } else if (!a->input) {
            a->input = o;
        } else {
            return usage_error("unexpected argument %s", o);
        }
    }
    if (!a->input)
        return usage_error("%s needs a SCRIPT or a PROJECT", "schedule");
    size_t n = strlen(a->input);
    if (a->save && !(n > 4 && !strcmp(a->input + n - 4, ".dpj")))
        return usage_error("--save needs a PROJECT (.dpj), not '%s'", a->input);
    if (a->report && strcmp(a->report, "dood") && strcmp(a->report, "needs"))
        return usage_error("--report is dood or needs, not '%s'", a->report);
    return EXIT_OK;
}

static bool is_project(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && !strcmp(path + n - 4, ".dpj");
}

/* The format from --format, else OUT's extension, else JSON (CSV for a
 * report); -1 when unknown. */
static int pick_format(const args *a, int *fmt)
{
    const char *dot = a->output ? strrchr(a->output, '.') : NULL;
    const char *name = a->format ? a->format : dot && !strchr(dot, '/') ? dot + 1 : NULL;
    if (a->report) {
        dp_report_format f = DP_RF_CSV;
        if (name && dp_report_format_parse(name, &f) != 0) {
            if (a->format)
                return -1;
            f = DP_RF_CSV;
        }
        *fmt = (int)f;
        return 0;
    }
    dp_schedule_format f = DP_SF_JSON;
    if (name && dp_schedule_format_parse(name, &f) != 0) {
        if (a->format)
            return -1;
        f = DP_SF_JSON;
    }
    *fmt = (int)f;
    return 0;
}

static void show_infeasible(const dp_schedule *s)
{
    fprintf(stderr, "depouille: no schedule keeps every constraint.\n");
    size_t n = dp_schedule_conflict_count(s);
    if (n) {
        fprintf(stderr, "These constraints cannot all hold together:\n");
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "  - %s\n", dp_schedule_conflict(s, i));
    }
    size_t v = dp_schedule_violation_count(s);
    if (v)
        fprintf(stderr, "The best board found breaks %zu of them, e.g. %s\n", v,
                dp_schedule_violation(s, 0));
}

/* The board as JSON into the project, with the constraints file. */
static dp_status save(const args *a, const dp_schedule *s, dp_error *err)
{
    dpx_out json = {0};
    dp_sink sink = dpx_out_sink(&json);
    dp_status st = dp_schedule_write(s, DP_SF_JSON, &sink, err);
    if (st == DP_OK && json.failed) {
        snprintf(err->msg, sizeof err->msg, "out of memory");
        err->code = st = DP_E_NOMEM;
    }
    if (st == DP_OK)
        st = dp_project_board_put(a->project, json.data, json.len, a->ctext, a->clen,
                                  (int64_t)time(NULL), err);
    if (st == DP_OK)
        fprintf(stderr, "schedule: board saved in %s\n", a->input);
    dpx_out_free(&json);
    return st;
}

static int schedule(const args *a, const dp_breakdown *bd, const dp_constraints *c, int fmt)
{
    dp_error err = {0};
    dp_schedule *s = NULL;
    const char *cfile = a->constraints ? a->constraints : a->input;
    if (dp_schedule_new(bd, c, &s, &err) != DP_OK)
        return dpx_fail(cfile, &err);
    int rc = EXIT_OK;
    if (a->from) {
        char *bytes = NULL;
        size_t len = 0;
        dp_status rs = dp_file_read(a->from, 4u * DP_SCHEDULE_MAX_INPUT, &bytes, &len, &err);
        if (rs == DP_OK)
            rs = dp_schedule_read_board(s, bytes, len, &err);
        dp_free(bytes);
        if (rs == DP_OK)
            rs = dp_schedule_set_reference(s, &err);
        if (rs != DP_OK) {
            dp_schedule_free(s);
            return dpx_fail(a->from, &err);
        }
    }
    dp_status st = dp_schedule_solve(s, &a->opts, &err);
    if (st == DP_OK && a->explain && dp_schedule_feasible(s))
        st = dp_schedule_explain_costs(s, &a->opts, &err);
    dpx_out out = {0};
    dp_sink sink = dpx_out_sink(&out);
    if (st == DP_OK && a->report) {
        dp_report_options ro = {NULL, NULL, 0, 100, NULL};
        ro.days = dp_schedule_report_days(s, &ro.day_count);
        st = dp_report_write(bd, !strcmp(a->report, "dood") ? DP_REPORT_DOOD : DP_REPORT_NEEDS,
                             (dp_report_format)fmt, &ro, &sink, &err);
    } else if (st == DP_OK) {
        st = dp_schedule_write(s, (dp_schedule_format)fmt, &sink, &err);
    }
    if (st != DP_OK) {
        rc = dpx_fail(a->input, &err);
    } else if ((rc = dpx_out_finish(&out, a->output)) != EXIT_OK) {
        /* said */
    } else if (a->save && (st = save(a, s, &err)) != DP_OK) {
        rc = dpx_fail(a->input, &err);
        rc = rc == EXIT_REJECTED ? EXIT_PROJECT : rc;
    } else if (!dp_schedule_feasible(s)) {
        show_infeasible(s);
        rc = EXIT_INFEASIBLE;
    }
    if (rc == EXIT_OK && a->from)
        fprintf(stderr, "schedule: %zu strips moved from %s\n", dp_schedule_moved_count(s),
                a->from);
    if (rc == EXIT_OK)
        fprintf(stderr, "schedule: %zu shoot days, cost %lld, lower bound %lld, gap %.1f%%, "
                        "%.2f s\n",
                dp_schedule_day_count(s), (long long)dp_schedule_total(s),
                (long long)dp_schedule_lower_bound(s), 100.0 * dp_schedule_gap(s),
                dp_schedule_seconds(s));
    dpx_out_free(&out);
    dp_schedule_free(s);
    return rc;
}

int dpx_cmd_schedule(int argc, char **argv)
{
    args a = {0};
    int rc = parse_args(argc, argv, &a);
    if (rc != EXIT_OK)
        return rc;
    int fmt = 0;
    if (pick_format(&a, &fmt) != 0)
        return usage_error(a.report ? "unknown report format '%s' (csv, xlsx, pdf, html or json)"
                                    : "unknown schedule format '%s' (json, csv, ics, html, pdf or xlsx)",
                           a.format);
    dp_error err = {0};
    dp_constraints *c = NULL;
    char *cbytes = NULL;
    if (a.constraints &&
        dp_file_read(a.constraints, DP_SCHEDULE_MAX_INPUT, &cbytes, &a.clen, &err) != DP_OK)
        return dpx_fail(a.constraints, &err);
    if (is_project(a.input)) {
        const dp_breakdown *bd = NULL;
        char *board = NULL, *saved = NULL;
        if (dp_project_open(a.input, &a.project, &err) != DP_OK ||
            (!cbytes && dp_project_board_get(a.project, &board, NULL, &saved, &a.clen, &err) !=
                            DP_OK) ||
            dp_project_breakdown(a.project, 0, &bd, &err) != DP_OK) {
            rc = dpx_fail(a.input, &err);
            rc = rc == EXIT_REJECTED ? EXIT_PROJECT : rc;
        } else {
            dp_free(board);
            if (saved) {
                cbytes = saved;
                a.constraints = a.input;
            }
            a.ctext = cbytes;
            rc = cbytes && dp_constraints_parse(cbytes, a.clen, &c, &err) != DP_OK
                     ? dpx_fail(a.constraints, &err)
                     : schedule(&a, bd, c, fmt);
        }
        dp_project_close(a.project);
        dp_constraints_free(c);
        dp_free(cbytes);
        return rc;
    }
    if (cbytes) {
        dp_status st = dp_constraints_parse(cbytes, a.clen, &c, &err);
        dp_free(cbytes);
        if (st != DP_OK)
            return dpx_fail(a.constraints, &err);
    }
    const char *path = !strcmp(a.input, "-") ? "/dev/stdin" : a.input;
    const char *shown = !strcmp(a.input, "-") ? "<stdin>" : a.input;
    char *bytes = NULL;
    size_t len = 0;
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    dp_status st = dp_file_read(path, DP_MAX_INPUT_BYTES, &bytes, &len, &err);
    dp_parse_options po = {DP_FORMAT_AUTO, shown};
    if (st == DP_OK)
        st = dp_doc_parse(bytes, len, &po, &doc, &err);
    dp_free(bytes);
    if (st == DP_OK)
        st = dp_breakdown_new(doc, NULL, &bd, &err);
    rc = st == DP_OK ? schedule(&a, bd, c, fmt) : dpx_fail(shown, &err);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    dp_constraints_free(c);
    return rc;
}
