/* Unit tests: src/breakdown.c, src/lang.c, src/breakdown_json.c. */
#include "../harness.h"

static void scenes_fields(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(
        "Title: _The **Test**_\n    Part Two\n\nFADE IN:\n\nPrologue text.\n\n"
        "INT. HOUSE - KITCHEN - DAY #4A#\n\nThe kettle whistles.\n\n"
        ".8. EXT. ROAD - NUIT AMÉRICAINE\n\nA car.\n\nEXT. ROAD - NIGHT\n\nAgain.\n",
        &doc);
    CHECK_STR(dp_breakdown_title(bd), "The Test Part Two");
    CHECK_INT(dp_breakdown_scene_count(bd), 3);
    const dp_scene *s = dp_breakdown_scene(bd, 0);
    CHECK_STR(s->number, "4A");
    CHECK_STR(s->heading, "INT. HOUSE - KITCHEN - DAY");
    CHECK_INT(s->int_ext, DP_IE_INT);
    CHECK_STR(s->set, "HOUSE");
    CHECK_STR(s->subset, "KITCHEN");
    CHECK_INT(s->time, DP_TIME_DAY);
    CHECK_INT(s->line, 8);
    CHECK_INT(s->line_end, 10);
    s = dp_breakdown_scene(bd, 1);
    CHECK_STR(s->number, "8");
    CHECK_STR(s->heading, "EXT. ROAD - NUIT AMÉRICAINE");
    CHECK(s->flags & DP_SCF_DAY_FOR_NIGHT);
    CHECK(s->flags & DP_SCF_FORCED);
    CHECK_STR(dp_breakdown_scene(bd, 2)->number, "9"); /* after a written 8 */
    CHECK_STR(dp_breakdown_language(bd), "en");
    CHECK_STR(dp_int_ext_name(DP_IE_INT_EXT), "INT/EXT");
    CHECK_STR(dp_time_name(DP_TIME_CONTINUOUS), "CONTINUOUS");
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static int collect(void *ctx, const void *data, size_t len)
{
    char *buf = ctx;
    size_t have = strlen(buf);
    if (have + len >= 65536)
        return -1;
    memcpy(buf + have, data, len);
    buf[have + len] = '\0';
    return 0;
}

static void json_contract_fields(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown("INT. A - DAY\n\nBOB\nHi.\n", &doc);
    static char buf[65536];
    buf[0] = '\0';
    dp_sink sink = {collect, buf};
    dp_error err;
    CHECK_INT(dp_breakdown_write_json(bd, &sink, &err), DP_OK);
    const char *fields[] = {"\"title\"", "\"scenes\"", "\"number\": \"1\"", "\"heading\"",
                            "\"int_ext\": \"INT\"", "\"set\": \"A\"", "\"time\": \"DAY\"",
                            "\"time_text\": \"DAY\"", "\"line\": 1", "\"cast\": [\"BOB\"]",
                            "\"name\": \"BOB\"", "\"scenes\": [\"1\"]"};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (!strstr(buf, fields[i]))
            dpt_fail(__FILE__, __LINE__, "missing %s", fields[i]);
    buf[0] = '\0';
    CHECK_INT(dp_doc_write_json(doc, &sink, &err), DP_OK);
    CHECK(strstr(buf, "\"type\": \"character\"") != NULL);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void no_scenes(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown("BOB\nA play without headings.\n", &doc);
    CHECK_INT(dp_breakdown_scene_count(bd), 0);
    CHECK_INT(dp_breakdown_character_count(bd), 1);
    CHECK_INT(dp_breakdown_character(bd, 0)->scene_count, 0);
    CHECK(dp_breakdown_scene(bd, 0) == NULL);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    dp_breakdown_free(NULL);
    dp_doc_free(NULL);
}

void dpt_suite_breakdown(void)
{
    dpt_run("breakdown: scene fields", scenes_fields);
    dpt_run("breakdown: JSON contract fields", json_contract_fields);
    dpt_run("breakdown: a script without scenes", no_scenes);
}
