/* Unit tests: src/report_sheets.c (breakdown sheets). */
#include "report_util.h"

#include <stdlib.h>

static void sheets(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    dp_status st;
    size_t n;
    char *s = dpt_report(bd, DP_REPORT_SHEETS, DP_RF_JSON, NULL, &st, &n);
    CHECK_INT(st, DP_OK);
    if (s) {
        CHECK_INT(dpt_count_str(s, n, "\"heading\": "), 3);
        CHECK(strstr(s, "\"title\": \"Scene 1\"") != NULL);
        CHECK(strstr(s, "\"strip\": \"int-day\"") != NULL);
        CHECK(strstr(s, "\"strip\": \"ext-night\"") != NULL);
        CHECK(strstr(s, "\"1. MARY — costume 1\"") != NULL);
        CHECK(strstr(s, "\"passenger (30)\"") != NULL);
        CHECK(strstr(s, "\"dress (MARY)\"") != NULL);
        CHECK(strstr(s, "\"title\": \"Background Actors\"") != NULL);
    }
    free(s);
    /* the flat form: a row per scene and element, the cast first */
    s = dpt_report(bd, DP_REPORT_SHEETS, DP_RF_CSV, NULL, &st, &n);
    CHECK(s && strstr(s, "\r\n1,INT,HOUSE,DAY,1,1,") != NULL);
    CHECK(s && strstr(s, ",Cast Members,1 MARY,costume 1\r\n") != NULL);
    CHECK(s && strstr(s, ",Wardrobe,dress,MARY\r\n") != NULL);
    free(s);
    dp_report_options fr = {"fr", NULL, 0, 0, NULL};
    s = dpt_report(bd, DP_REPORT_SHEETS, DP_RF_HTML, &fr, &st, &n);
    CHECK(s && strstr(s, "<h2>Séquence 1</h2>") != NULL);
    CHECK(s && strstr(s, ">Accessoires</h3>") != NULL);
    CHECK(s && strstr(s, "INT. JOUR") != NULL);
    free(s);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_report_sheets(void) { dpt_run("report_sheets: one sheet per scene", sheets); }
