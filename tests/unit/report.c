/* Unit tests: src/report.c (entry point, model helpers, strips, synopses)
 * and src/report_labels.c. */
#include "report_util.h"
#include "report.h"

#include <stdio.h>
#include <stdlib.h>

char *dpt_report(const dp_breakdown *bd, dp_report_kind k, dp_report_format f,
                 const dp_report_options *o, dp_status *st, size_t *len)
{
    dp__buf b;
    dp__buf_init(&b, (size_t)1 << 28);
    dp_sink sink = {dp__buf_sink_write, &b};
    dp_error err = {0};
    *st = dp_report_write(bd, k, f, o, &sink, &err);
    char *out = malloc(b.len + 1);
    if (out) {
        if (b.len)
            memcpy(out, b.data, b.len);
        out[b.len] = '\0';
    }
    *len = b.len;
    dp__buf_release(&b);
    return out;
}

size_t dpt_count_str(const char *hay, size_t len, const char *needle)
{
    size_t n = 0, k = strlen(needle);
    for (size_t i = 0; k && i + k <= len; i++)
        n += memcmp(hay + i, needle, k) == 0;
    return n;
}

static void names(void)
{
    for (int k = 0; k < DP_REPORT_COUNT_; k++) {
        dp_report_kind got;
        CHECK_INT(dp_report_kind_parse(dp_report_kind_name((dp_report_kind)k), &got), 0);
        CHECK_INT(got, k);
    }
    for (int f = 0; f < DP_RF_COUNT_; f++) {
        dp_report_format got;
        CHECK_INT(dp_report_format_parse(dp_report_format_name((dp_report_format)f), &got), 0);
        CHECK_INT(got, f);
    }
    dp_report_kind k;
    dp_report_format f;
    CHECK_INT(dp_report_kind_parse("callsheet", &k), -1);
    CHECK_INT(dp_report_format_parse("docx", &f), -1);
    CHECK_INT(dp_report_kind_parse(NULL, &k), -1);
    CHECK(dp_report_kind_name(DP_REPORT_COUNT_) == NULL);
    CHECK_STR(dp_report_kind_name(DP_REPORT_DOOD), "dood");
}

static void labels(void)
{
    for (int i = 0; i < DP__L_COUNT_; i++) {
        CHECK(dp__l((dp__label)i, false)[0] != '\0');
        CHECK(dp__l((dp__label)i, true)[0] != '\0');
    }
    CHECK_STR(dp__l(DP__L_SET, true), "Décor");
    CHECK_STR(dp__l(DP__L_SET, false), "Set");
    CHECK_STR(dp__l(DP__L_COUNT_, false), "");
}

static void strips(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown("INT. A - DAY\n\nx\n\nEXT. B - NIGHT\n\nx\n\n"
                                     "INT. C - CONTINUOUS\n\nx\n\nINT./EXT. D - DAY\n\nx\n\n"
                                     "EXT. E - DUSK\n\nx\n\nINT. F\n\nx\n\n"
                                     "EXT. G - NUIT AMÉRICAINE\n\nx\n",
                                     &doc);
    CHECK(bd != NULL);
    if (!bd)
        return;
    CHECK_INT(dp_breakdown_scene_count(bd), 7);
    CHECK_INT(dp__scene_strip(bd, 0), DP__STRIP_INT_DAY);
    CHECK_INT(dp__scene_strip(bd, 1), DP__STRIP_EXT_NIGHT);
    CHECK_INT(dp__scene_strip(bd, 2), DP__STRIP_INT_NIGHT); /* continuous: the night goes on */
    CHECK_INT(dp__scene_strip(bd, 3), DP__STRIP_EXT_DAY);   /* INT./EXT. is weather-bound */
    CHECK_INT(dp__scene_strip(bd, 4), DP__STRIP_EXT_NIGHT);
    CHECK_INT(dp__scene_strip(bd, 5), DP__STRIP_INT_NIGHT); /* unsaid: carried */
    CHECK_INT(dp__scene_strip(bd, 6), DP__STRIP_EXT_DAY);   /* day for night: shot by day */
    CHECK_STR(dp__strip_color(DP__STRIP_EXT_DAY), "#FFF176");
    CHECK_STR(dp__strip_label(DP__STRIP_INT_NIGHT, true), "INT. NUIT");
    CHECK_STR(dp__strip_name(DP__STRIP_EXT_NIGHT), "ext-night");
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void synopsis(void)
{
    dp_doc *doc;
    char script[1024];
    snprintf(script, sizeof script,
             "INT. A - DAY\n\nTHE NEXT MORNING.\n\nRain on the windows. Mary waits.\n\n"
             "INT. B - DAY\n\n%s\n\nEXT. C - DAY\n\n= A synopsis of the scene.\n\nAction.\n",
             "A very long first sentence that goes on and on about the kitchen, the "
             "table, the chairs, the window and the garden beyond it all.");
    dp_breakdown *bd = dpt_breakdown(script, &doc);
    if (!bd)
        return;
    dp__report r;
    memset(&r, 0, sizeof r);
    dp__arena_init(&r.arena, 1 << 20);
    r.bd = bd;
    CHECK_STR(dp__scene_synopsis(&r, 0), "Rain on the windows.");
    const char *s = dp__scene_synopsis(&r, 1);
    CHECK(strlen(s) <= 100 + strlen("…"));
    CHECK(strstr(s, "…") != NULL);
    CHECK(DPT_STARTS(s, "A very long first sentence"));
    CHECK_STR(dp__scene_synopsis(&r, 2), "A synopsis of the scene.");
    CHECK_STR(dp__rp_eighths(&r, 12), "1 4/8");
    uint32_t idx[] = {0, 2};
    CHECK_STR(dp__rp_scene_list(&r, idx, 2), "1, 3");
    CHECK_INT(r.status, DP_OK);
    dp__arena_release(&r.arena);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static int failing_write(void *ctx, const void *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return -1;
}

static void errors(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    dp__buf b;
    dp__buf_init(&b, 1 << 20);
    dp_sink sink = {dp__buf_sink_write, &b};
    dp_error err = {0};
    dp_report_options o = {"de", NULL, 0, 0, NULL};
    CHECK_INT(dp_report_write(bd, DP_REPORT_CAST, DP_RF_CSV, &o, &sink, &err), DP_E_ARG);
    CHECK(strstr(err.msg, "'de'") != NULL);
    o.lang = NULL;
    o.dood_category = 99;
    CHECK_INT(dp_report_write(bd, DP_REPORT_DOOD, DP_RF_CSV, &o, &sink, &err), DP_E_ARG);
    o.dood_category = 0;
    uint32_t bad[] = {0, 7};
    dp_report_day day = {NULL, 2, bad};
    o.days = &day;
    o.day_count = 1;
    CHECK_INT(dp_report_write(bd, DP_REPORT_DOOD, DP_RF_CSV, &o, &sink, &err), DP_E_ARG);
    CHECK(strstr(err.msg, "scene index 7") != NULL);
    CHECK_INT(dp_report_write(bd, DP_REPORT_COUNT_, DP_RF_CSV, NULL, &sink, &err), DP_E_ARG);
    CHECK_INT(dp_report_write(bd, DP_REPORT_CAST, DP_RF_COUNT_, NULL, &sink, &err), DP_E_ARG);
    CHECK_INT(dp_report_write(NULL, DP_REPORT_CAST, DP_RF_CSV, NULL, &sink, &err), DP_E_ARG);
    CHECK_INT(dp_report_write(bd, DP_REPORT_CAST, DP_RF_CSV, NULL, NULL, &err), DP_E_ARG);
    CHECK_INT(b.len, 0);
    /* a failing sink stops every format with DP_E_SINK */
    dp_sink broken = {failing_write, NULL};
    for (int f = 0; f < DP_RF_COUNT_; f++)
        CHECK_INT(dp_report_write(bd, DP_REPORT_SCENES, (dp_report_format)f, NULL, &broken, &err),
                  DP_E_SINK);
    dp__buf_release(&b);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

/* Every kind in every format: it works, and the same call gives the same
 * bytes; the labels follow --lang. */
static void every_report(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    for (int k = 0; k < DP_REPORT_COUNT_; k++)
        for (int f = 0; f < DP_RF_COUNT_; f++) {
            dp_status st1, st2;
            size_t n1, n2;
            char *a = dpt_report(bd, (dp_report_kind)k, (dp_report_format)f, NULL, &st1, &n1);
            char *b = dpt_report(bd, (dp_report_kind)k, (dp_report_format)f, NULL, &st2, &n2);
            CHECK_INT(st1, DP_OK);
            CHECK(n1 > 0 && n1 == n2 && a && b && memcmp(a, b, n1) == 0);
            free(a);
            free(b);
        }
    dp_report_options fr = {"fr", NULL, 0, 0, NULL};
    dp_status st;
    size_t n;
    char *csv = dpt_report(bd, DP_REPORT_SCENES, DP_RF_CSV, &fr, &st, &n);
    CHECK(csv && DPT_STARTS(csv, "Séq.,I/E,Décor,Sous-décor,Moment,Chrono,"));
    CHECK(csv && strstr(csv, ",NUIT,") != NULL);
    free(csv);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_report(void)
{
    dpt_run("report: kind and format names", names);
    dpt_run("report: every label in English and French", labels);
    dpt_run("report: strip colours (INT/EXT by DAY/NIGHT)", strips);
    dpt_run("report: synopses, eighths, scene lists", synopsis);
    dpt_run("report: bad arguments, a failing sink", errors);
    dpt_run("report: every kind in every format, deterministic", every_report);
}
