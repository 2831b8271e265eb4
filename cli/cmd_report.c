/* depouille report KIND FILE [--format csv|xlsx|pdf|html|json] [--lang en|fr]
 * [--category ID] [-o OUT], and depouille breakdown FILE -o DIR/ (README,
 * "Reports"). The format comes from --format, else from OUT's extension,
 * else CSV. Every file is made in memory, then written through a temporary
 * file renamed into place. */
#define _POSIX_C_SOURCE 200809L
#include "cmd_report.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output.h"
#include "status.h"

static int report_exit(dp_status st)
{
    switch (st) {
    case DP_OK:
        return EXIT_OK;
    case DP_E_ARG:
        return EXIT_USAGE;
    case DP_E_LIMIT:
        return EXIT_REJECTED;
    case DP_E_IO:
    case DP_E_SINK:
        return EXIT_OUTPUT;
    default:
        return EXIT_INTERNAL;
    }
}

/* --category: a UCI id (100 to 124) or a category's English or French name. */
static int category_of(const char *s, uint16_t *out)
{
    if (!s) {
        *out = 100;
        return 0;
    }
    char *end;
    long v = strtol(s, &end, 10);
    if (*s && !*end && v >= 100 && v <= 124) {
        *out = (uint16_t)v;
        return 0;
    }
    for (uint16_t id = 100; id <= 124; id++)
        if (!strcasecmp(s, dp_category_name(id, 0)) || !strcasecmp(s, dp_category_name(id, 1))) {
            *out = id;
            return 0;
        }
    return -1;
}

/* The format: --format, else OUT's extension, else CSV; -1 when unknown. */
static int format_of(const dpx_report_args *a, dp_report_format *f)
{
    if (a->format)
        return dp_report_format_parse(a->format, f);
    const char *dot = a->output ? strrchr(a->output, '.') : NULL;
    if (dot && !strchr(dot, '/') && dp_report_format_parse(dot + 1, f) == 0)
        return 0;
    *f = DP_RF_CSV;
    return 0;
}

int dpx_report_check(const dpx_report_args *a)
{
    dp_report_kind k;
    dp_report_format f;
    uint16_t cat;
    if (a->kind && dp_report_kind_parse(a->kind, &k) != 0) {
        fprintf(stderr, "depouille: unknown report '%s' (sheets, scenes, sets, cast, "
                        "elements, costumes, dood or needs)\n", a->kind);
        return EXIT_USAGE;
    }
    if (a->kind && format_of(a, &f) != 0) {
        fprintf(stderr, "depouille: unknown report format '%s' (csv, xlsx, pdf, html or json)\n",
                a->format);
        return EXIT_USAGE;
    }
    if (a->lang && strcmp(a->lang, "en") && strcmp(a->lang, "fr")) {
        fprintf(stderr, "depouille: unknown language '%s' (en or fr)\n", a->lang);
        return EXIT_USAGE;
    }
    if (category_of(a->category, &cat) != 0) {
        fprintf(stderr, "depouille: unknown category '%s' (an id from 100 to 124, or a name: "
                        "Props, Vehicles, Animals...)\n", a->category);
        return EXIT_USAGE;
    }
    if (a->category && a->kind && strcmp(a->kind, "dood")) {
        fprintf(stderr, "depouille: --category is for the dood report\n");
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

static dp_report_options options_of(const dpx_report_args *a)
{
    dp_report_options o = {a->lang, NULL, 0, 100, NULL};
    (void)category_of(a->category, &o.dood_category);
    return o;
}

static int failed(const char *what, const dp_error *err)
{
    fprintf(stderr, "depouille: %s: %s\n", what, err->msg);
    return report_exit(err->code);
}

int dpx_report_run(const dp_breakdown *bd, const dpx_report_args *a)
{
    dp_report_kind k;
    dp_report_format f;
    if (dp_report_kind_parse(a->kind, &k) != 0 || format_of(a, &f) != 0)
        return EXIT_USAGE;
    dp_report_options o = options_of(a);
    dpx_out out = {0};
    dp_sink sink = dpx_out_sink(&out);
    dp_error err = {0};
    int rc = EXIT_OK;
    if (dp_report_write(bd, k, f, &o, &sink, &err) != DP_OK) {
        rc = failed(a->kind, &err);
    } else {
        rc = dpx_out_finish(&out, a->output);
    }
    dpx_out_free(&out);
    return rc;
}

int dpx_is_dir_target(const char *out)
{
    struct stat st;
    size_t n = out ? strlen(out) : 0;
    return n && (out[n - 1] == '/' || (stat(out, &st) == 0 && S_ISDIR(st.st_mode)));
}

#define SET_MAX (1 + DP_REPORT_COUNT_ * 4)
#define MAX_THREADS 8

/* One file of the full set, made by whichever worker takes it. */
typedef struct job {
    dp_report_kind kind;
    dp_report_format format; /* DP_RF_JSON: breakdown.json */
    char name[32];
    dpx_out out;
    dp_status status;
    dp_error err;
} job;

typedef struct pool {
    const dp_breakdown *bd;
    const dp_report_options *opts;
    job *jobs;
    size_t njobs, next;
    pthread_mutex_t lock;
} pool;

static void *worker(void *arg)
{
    pool *pl = arg;
    for (;;) {
        pthread_mutex_lock(&pl->lock);
        size_t i = pl->next < pl->njobs ? pl->next++ : SIZE_MAX;
        pthread_mutex_unlock(&pl->lock);
        if (i == SIZE_MAX)
            return NULL;
        job *j = &pl->jobs[i];
        dp_sink sink = dpx_out_sink(&j->out);
        j->status = j->format == DP_RF_JSON
                        ? dp_breakdown_write_json(pl->bd, &sink, &j->err)
                        : dp_report_write(pl->bd, j->kind, j->format, pl->opts, &sink, &j->err);
    }
}

/* Runs the jobs on up to one thread per processor (the library is
 * reentrant: the breakdown is only read). */
static void run_jobs(pool *pl)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    size_t n = cpus > 1 ? (size_t)cpus : 1;
    if (n > MAX_THREADS)
        n = MAX_THREADS;
    if (n > pl->njobs)
        n = pl->njobs;
    pthread_t th[MAX_THREADS];
    size_t started = 0;
    for (size_t i = 1; i < n; i++)
        if (pthread_create(&th[started], NULL, worker, pl) == 0)
            started++;
    worker(pl);
    for (size_t i = 0; i < started; i++)
        pthread_join(th[i], NULL);
}

int dpx_breakdown_dir(const dp_breakdown *bd, const dpx_report_args *a)
{
    dp_report_format only = DP_RF_CSV;
    if (a->format && (dp_report_format_parse(a->format, &only) != 0 || only == DP_RF_JSON)) {
        fprintf(stderr, "depouille: breakdown -o DIR writes csv, xlsx, pdf or html "
                        "(not '%s')\n", a->format);
        return EXIT_USAGE;
    }
    job *jobs = calloc(SET_MAX, sizeof *jobs);
    if (!jobs) {
        fprintf(stderr, "depouille: out of memory\n");
        return EXIT_INTERNAL;
    }
    size_t n = 0;
    /* the slowest first (PDF, XLSX), so the workers finish together */
    static const dp_report_format order[] = {DP_RF_PDF, DP_RF_XLSX, DP_RF_HTML, DP_RF_CSV};
    for (size_t f = 0; f < sizeof order / sizeof order[0]; f++)
        for (int k = 0; k < DP_REPORT_COUNT_; k++) {
            if (a->format && order[f] != only)
                continue;
            jobs[n].kind = (dp_report_kind)k;
            jobs[n].format = order[f];
            snprintf(jobs[n].name, sizeof jobs[n].name, "%s.%s",
                     dp_report_kind_name((dp_report_kind)k), dp_report_format_name(order[f]));
            n++;
        }
    jobs[n].format = DP_RF_JSON;
    snprintf(jobs[n].name, sizeof jobs[n].name, "breakdown.json");
    n++;
    dp_report_options o = options_of(a);
    pool pl = {bd, &o, jobs, n, 0, PTHREAD_MUTEX_INITIALIZER};
    run_jobs(&pl);
    int rc = EXIT_OK;
    for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
        if (jobs[i].status != DP_OK) {
            rc = failed(jobs[i].name, &jobs[i].err);
        } else if (jobs[i].out.failed) {
            fprintf(stderr, "depouille: out of memory\n");
            rc = EXIT_INTERNAL;
        }
    }
    if (rc == EXIT_OK && mkdir(a->output, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "depouille: %s: %s\n", a->output, strerror(errno));
        rc = EXIT_OUTPUT;
    }
    size_t dl = strlen(a->output);
    const char *sep = dl && a->output[dl - 1] == '/' ? "" : "/";
    for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s%s%s", a->output, sep, jobs[i].name);
        rc = dpx_out_finish(&jobs[i].out, path);
    }
    for (size_t i = 0; i < n; i++)
        dpx_out_free(&jobs[i].out);
    free(jobs);
    return rc;
}
