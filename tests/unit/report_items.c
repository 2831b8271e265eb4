/* Unit tests: src/report_items.c (elements by department, costume plot). */
#include "report_util.h"

#include <stdlib.h>

static void elements(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    dp_status st;
    size_t n;
    char *s = dpt_report(bd, DP_REPORT_ELEMENTS, DP_RF_CSV, NULL, &st, &n);
    CHECK_INT(st, DP_OK);
    CHECK(s && DPT_STARTS(s, "Department,Element,Character,Qty,Notes,Scenes,Scene list\r\n"));
    CHECK(s && strstr(s, "\r\nBackground Actors,passenger,,30,,1,1\r\n") != NULL);
    CHECK(s && strstr(s, "\r\nProps,knife,,,weapon,1,1\r\n") != NULL);
    CHECK(s && strstr(s, "\r\nWardrobe,dress,MARY,,,1,1\r\n") != NULL);
    CHECK(s && strstr(s, "\r\nTotal,4 elements,") != NULL);
    free(s);
    /* the printed list has a band per department */
    s = dpt_report(bd, DP_REPORT_ELEMENTS, DP_RF_HTML, NULL, &st, &n);
    CHECK(s && strstr(s, "<tr class=\"group\"><th colspan=\"6\">Props — 1 element</th>") !=
                   NULL);
    free(s);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void costumes(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    dp_status st;
    size_t n;
    char *s = dpt_report(bd, DP_REPORT_COSTUMES, DP_RF_CSV, NULL, &st, &n);
    CHECK_INT(st, DP_OK);
    CHECK(s && strstr(s, "\r\nMARY,Costume,1,dress,1,1,1\r\n") != NULL);
    CHECK(s && strstr(s, "\r\nMARY,Costume,2,,2,1,3\r\n") != NULL);
    CHECK(s && strstr(s, "\r\nJOHN,Costume,1,,2,2,\"2, 3\"\r\n") != NULL);
    free(s);
    /* the matrix: scene by character, in the JSON of the report */
    s = dpt_report(bd, DP_REPORT_COSTUMES, DP_RF_JSON, NULL, &st, &n);
    CHECK(s && strstr(s, "\"title\": \"Costumes by scene\"") != NULL);
    CHECK(s && strstr(s, "\"cells\": [\"3\", \"2\", \"HOUSE\", \"2\", \"1\"]") != NULL);
    /* no makeup was said: no makeup matrix */
    CHECK(s && strstr(s, "Makeup and hair by scene") == NULL);
    free(s);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_report_items(void)
{
    dpt_run("report_items: elements by department", elements);
    dpt_run("report_items: costume plot and matrix", costumes);
}
