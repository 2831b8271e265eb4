/* Unit tests: src/report_dood.c (day out of days, needs by day). */
#include "report_util.h"

#include <stdlib.h>

static void script_order(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    dp_status st;
    size_t n;
    char *s = dpt_report(bd, DP_REPORT_DOOD, DP_RF_CSV, NULL, &st, &n);
    CHECK_INT(st, DP_OK);
    CHECK(s && DPT_STARTS(s, "ID,Character,1,2,3,Work,Hold,Total,Start,Finish\r\n"));
    /* MARY in 1 and 3: held on 2; JOHN in 2 and 3 */
    CHECK(s && strstr(s, "\r\n1,MARY,SW,H,WF,2,1,3,1,3\r\n") != NULL);
    CHECK(s && strstr(s, "\r\n2,JOHN,,SW,WF,2,0,2,2,3\r\n") != NULL);
    CHECK(s && strstr(s, "\r\n,Total,1,1,2,,,,,\r\n") != NULL);
    free(s);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void scheduled(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    /* day 1 shoots the kitchen (scenes 1 and 3), day 2 the garden */
    uint32_t d1[] = {0, 2}, d2[] = {1};
    dp_report_day days[] = {{"Mon", 2, d1}, {NULL, 1, d2}};
    dp_report_options o = {NULL, days, 2, 0, NULL};
    dp_status st;
    size_t n;
    char *s = dpt_report(bd, DP_REPORT_DOOD, DP_RF_CSV, &o, &st, &n);
    CHECK_INT(st, DP_OK);
    CHECK(s && DPT_STARTS(s, "ID,Character,Mon,Day 2,Work,"));
    CHECK(s && strstr(s, "\r\n1,MARY,SWF,,1,0,1,Mon,Mon\r\n") != NULL);
    CHECK(s && strstr(s, "\r\n2,JOHN,SW,WF,2,0,2,Mon,Day 2\r\n") != NULL);
    free(s);
    /* a category instead of the cast */
    o.dood_category = 103;
    s = dpt_report(bd, DP_REPORT_DOOD, DP_RF_CSV, &o, &st, &n);
    CHECK_INT(st, DP_OK);
    CHECK(s && DPT_STARTS(s, "ID,Element,"));
    CHECK(s && strstr(s, "\r\n1,car,,SWF,1,0,1,Day 2,Day 2\r\n") != NULL);
    free(s);
    /* needs, day by day */
    o.dood_category = 0;
    s = dpt_report(bd, DP_REPORT_NEEDS, DP_RF_CSV, &o, &st, &n);
    CHECK_INT(st, DP_OK);
    CHECK(s && strstr(s, "\r\nMon,\"1, 3\",Cast Members,\"1. MARY, 2. JOHN\"\r\n") != NULL);
    CHECK(s && strstr(s, "\r\nMon,\"1, 3\",Wardrobe,\"MARY: costume 1, 2; JOHN: costume 1 — "
                         "dress (MARY)\"\r\n") != NULL);
    CHECK(s && strstr(s, "\r\nDay 2,2,Vehicles,car\r\n") != NULL);
    CHECK(s && strstr(s, "\r\nMon,\"1, 3\",Background Actors,passenger ×30\r\n") != NULL);
    free(s);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_report_dood(void)
{
    dpt_run("report_dood: script order, codes and totals", script_order);
    dpt_run("report_dood: a schedule, a category, the needs by day", scheduled);
}
