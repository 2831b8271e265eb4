/* Unit tests: src/report_lists.c (scene list, scenes by set, cast list). */
#include "report_util.h"

#include <stdlib.h>

static dp_breakdown *bd;
static dp_doc *doc;

static char *csv_of(dp_report_kind k)
{
    dp_status st;
    size_t n;
    char *s = dpt_report(bd, k, DP_RF_CSV, NULL, &st, &n);
    CHECK_INT(st, DP_OK);
    return s;
}

static void scenes(void)
{
    char *s = csv_of(DP_REPORT_SCENES);
    if (!s)
        return;
    CHECK(DPT_STARTS(s, "Sc.,I/E,Set,Sub-set,Time,Story day,Page,Length,Cast,Synopsis\r\n"));
    CHECK(strstr(s, "\r\n1,INT,HOUSE,KITCHEN,DAY,1,1,") != NULL);
    CHECK(strstr(s, "\r\n2,EXT,GARDEN,,NIGHT,") != NULL);
    CHECK(strstr(s, "\r\n3,INT,HOUSE,KITCHEN,CONTINUOUS,") != NULL);
    /* a line in capitals is not the synopsis; cast ids by cast number */
    CHECK(strstr(s, ",JOHN waits by the car.\r\n") != NULL);
    CHECK(strstr(s, "\"1, 2\"") != NULL);
    CHECK(strstr(s, "\r\nTotal,,3 scenes,") != NULL);
    CHECK_INT(dpt_count_str(s, strlen(s), "\r\n"), 5);
    free(s);
}

static void sets(void)
{
    char *s = csv_of(DP_REPORT_SETS);
    if (!s)
        return;
    /* HOUSE first (its two scenes together), then GARDEN, then the total */
    const char *house = strstr(s, "\r\nHOUSE,1,");
    const char *house3 = strstr(s, "\r\nHOUSE,3,");
    const char *house_total = strstr(s, "\r\nHOUSE,Total,,2 scenes,");
    const char *garden = strstr(s, "\r\nGARDEN,2,");
    const char *all = strstr(s, "\r\nAll sets,Total,2 sets,3 scenes,");
    CHECK(house && house3 && house_total && garden && all);
    CHECK(house < house3 && house3 < house_total && house_total < garden && garden < all);
    free(s);
}

static void cast(void)
{
    char *s = csv_of(DP_REPORT_CAST);
    if (!s)
        return;
    CHECK(strstr(s, "\r\n1,MARY,Speaking,2,2,") != NULL);
    CHECK(strstr(s, "\r\n2,JOHN,Speaking,2,2,") != NULL);
    CHECK(strstr(s, ",1,3,\"1, 2\",\"1, 3\"\r\n") != NULL); /* first, last, days, scenes */
    CHECK(strstr(s, "\r\nTotal,2 characters,") != NULL);
    free(s);
}

void dpt_suite_report_lists(void)
{
    bd = dpt_breakdown(DPT_REPORT_SCRIPT, &doc);
    if (!bd)
        return;
    dpt_run("report_lists: scene list", scenes);
    dpt_run("report_lists: scenes by set, with totals", sets);
    dpt_run("report_lists: cast list", cast);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}
