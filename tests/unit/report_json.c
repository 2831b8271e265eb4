/* Unit tests: src/report_json.c. */
#include "report_model.h"

static void data(void)
{
    dp__report r;
    dpt_model(&r, 2, 1, "say \"hi\"");
    dp__buf b;
    CHECK_INT(dpt_render(&r, dp__report_json, &b), DP_OK);
    const char *s = b.data ? b.data : "";
    CHECK(DPT_STARTS(s, "{\n  \"report\": \"scenes\",\n  \"title\": \"Test\","));
    CHECK(strstr(s, "{\"kind\": \"group\", \"strip\": \"\", \"cells\": [\"Group band\"]}") != NULL);
    CHECK(strstr(s, "{\"kind\": \"data\", \"strip\": \"int-day\", \"cells\": [\"1\", "
                    "\"say \\\"hi\\\"\"]}") != NULL);
    CHECK(strstr(s, "{\"label\": \"Col 0\", \"numeric\": true}") != NULL);
    CHECK(strstr(s, "\"sheets\": []") != NULL);
    dp__buf_release(&b);
    dp__arena_release(&r.arena);
}

void dpt_suite_report_json(void) { dpt_run("report_json: tables as data", data); }
