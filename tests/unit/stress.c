/* Stress: 100,000 scenes through the reader, the tagger, every writer and
 * every report in every format; a 10 MB line in a scene. Each stage is
 * timed and the times printed (not checked: they depend on the machine).
 * A report either is written or fails with DP_E_LIMIT and its message (a
 * PDF over DP_MAX_REPORT_PDF_PAGES, a worksheet over Excel's columns).
 * Heavy: runs when DPT_STRESS is set (make check sets it for the plain
 * build). */
#define _POSIX_C_SOURCE 200809L
#include "../harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int count_write(void *ctx, const void *data, size_t len)
{
    (void)data;
    *(size_t *)ctx += len;
    return 0;
}

/* 100,000 scenes: five characters, props, day and night, 300 sets. */
static char *many_scenes(size_t n, size_t *len)
{
    static const char *const names[] = {"MARY", "JOHN", "BOB", "ALICE", "TOM"};
    static const char *const props[] = {"a knife", "a red apple", "a gun", "a lantern",
                                        "the old car", "a dog", "a horse", "a beer"};
    size_t cap = n * 160 + 1;
    char *s = malloc(cap);
    size_t k = 0;
    for (size_t i = 0; s && i < n; i++) {
        const char *who = names[i % 5], *other = names[(i + 2) % 5];
        k += (size_t)snprintf(s + k, cap - k,
                              "%s. PLACE %zu - %s\n\n%s picks up %s and looks at %s.\n\n"
                              "%s\nHello there, %c%s.\n\n",
                              i % 2 ? "INT" : "EXT", i % 300, i % 3 ? "DAY" : "NIGHT", who,
                              props[i % 8], other, who, other[0], other + 1);
    }
    *len = k;
    return s;
}

static void stage(const char *what, double t0, size_t bytes)
{
    printf("  stress: %-28s %7.2f s  %10zu bytes\n", what, now() - t0, bytes);
}

static void hundred_thousand_scenes(void)
{
    size_t len;
    char *s = many_scenes(100000, &len);
    if (!s) {
        dpt_fail(__FILE__, __LINE__, "out of memory");
        return;
    }
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    dp_error err = {0};
    double t = now();
    CHECK_INT(dp_doc_parse(s, len, NULL, &doc, &err), DP_OK);
    stage("read (Fountain)", t, len);
    t = now();
    if (doc)
        CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
    stage("breakdown (tagger, cast...)", t, 0);
    if (!bd) {
        dp_doc_free(doc);
        free(s);
        return;
    }
    CHECK_INT(dp_breakdown_scene_count(bd), 100000);
    size_t out = 0;
    dp_sink sink = {count_write, &out};
    t = now();
    CHECK_INT(dp_doc_write_json(doc, &sink, &err), DP_OK);
    stage("parse JSON", t, out);
    out = 0;
    t = now();
    CHECK_INT(dp_breakdown_write_json(bd, &sink, &err), DP_OK);
    stage("breakdown JSON", t, out);
    out = 0;
    t = now();
    CHECK_INT(dp_breakdown_write_fdx(bd, &sink, &err), DP_OK);
    stage("breakdown as Final Draft", t, out);
    for (int k = 0; k < DP_REPORT_COUNT_; k++)
        for (int f = 0; f < DP_RF_COUNT_; f++) {
            out = 0;
            t = now();
            dp_status st = dp_report_write(bd, (dp_report_kind)k, (dp_report_format)f, NULL,
                                           &sink, &err);
            char what[64];
            snprintf(what, sizeof what, "report %s %s%s", dp_report_kind_name((dp_report_kind)k),
                     dp_report_format_name((dp_report_format)f),
                     st == DP_E_LIMIT ? " (limit)" : "");
            stage(what, t, out);
            if (st == DP_E_LIMIT && (f == DP_RF_PDF || f == DP_RF_XLSX))
                CHECK(strstr(err.msg, "write this report as") != NULL);
            else
                CHECK_INT(st, DP_OK);
        }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(s);
}

static void ten_megabyte_line(void)
{
    const char head[] = "INT. HOUSE - DAY\n\nMARY picks up ";
    const char unit[] = "a knife and a gun, ";
    size_t n = ((size_t)10 << 20) / (sizeof unit - 1);
    size_t len = sizeof head - 1 + n * (sizeof unit - 1) + 1;
    char *s = malloc(len + 1);
    if (!s) {
        dpt_fail(__FILE__, __LINE__, "out of memory");
        return;
    }
    memcpy(s, head, sizeof head - 1);
    for (size_t i = 0; i < n; i++)
        memcpy(s + sizeof head - 1 + i * (sizeof unit - 1), unit, sizeof unit - 1);
    s[len - 1] = '\n';
    s[len] = '\0';
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    dp_error err = {0};
    double t = now();
    CHECK_INT(dp_doc_parse(s, len, NULL, &doc, &err), DP_OK);
    if (doc)
        CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
    stage("10 MB line: read, breakdown", t, len);
    if (bd) {
        size_t out = 0;
        dp_sink sink = {count_write, &out};
        t = now();
        CHECK_INT(dp_breakdown_write_json(bd, &sink, &err), DP_OK);
        CHECK_INT(dp_breakdown_write_fdx(bd, &sink, &err), DP_OK);
        CHECK_INT(dp_report_write(bd, DP_REPORT_ELEMENTS, DP_RF_CSV, NULL, &sink, &err), DP_OK);
        stage("10 MB line: JSON, FDX, CSV", t, out);
    }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(s);
}

void dpt_suite_stress(void)
{
    if (!getenv("DPT_STRESS")) {
        dpt_skip("stress: 100,000 scenes, a 10 MB line",
                 "set DPT_STRESS=1 (make check runs it on the plain build)");
        return;
    }
    dpt_run("stress: 100,000 scenes through every writer and report", hundred_thousand_scenes);
    dpt_run("stress: a 10 MB line in a scene", ten_megabyte_line);
}
