/* Unit tests: src/json.c. */
#include "../harness.h"
#include "internal.h"

static int failing_write(void *ctx, const void *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return -1;
}

static void json_shapes_and_escapes(void)
{
    dp__buf out;
    dp__buf_init(&out, 1 << 20);
    dp_sink sink = {dp__buf_sink_write, &out};
    dp__json j;
    dp__json_init(&j, &sink);
    dp__json_begin_object(&j);
    dp__json_key(&j, "s");
    dp__json_string(&j, "a\"b\\c\n\x01é");
    dp__json_key(&j, "n");
    dp__json_int(&j, -42);
    dp__json_key(&j, "l");
    dp__json_begin_array_inline(&j);
    dp__json_string(&j, "x");
    dp__json_bool(&j, true);
    dp__json_null(&j);
    dp__json_end_array(&j);
    dp__json_key(&j, "e");
    dp__json_begin_array(&j);
    dp__json_end_array(&j);
    dp__json_key(&j, "o");
    dp__json_begin_array(&j);
    dp__json_begin_object(&j);
    dp__json_end_object(&j);
    dp__json_end_array(&j);
    dp__json_end_object(&j);
    CHECK_INT(dp__json_finish(&j), DP_OK);
    CHECK_STR(out.data, "{\n"
                        "  \"s\": \"a\\\"b\\\\c\\n\\u0001é\",\n"
                        "  \"n\": -42,\n"
                        "  \"l\": [\"x\", true, null],\n"
                        "  \"e\": [],\n"
                        "  \"o\": [\n"
                        "    {}\n"
                        "  ]\n"
                        "}\n");
    dp__buf_release(&out);
}

static void json_sink_failure(void)
{
    dp_sink sink = {failing_write, NULL};
    dp__json j;
    dp__json_init(&j, &sink);
    dp__json_begin_object(&j);
    dp__json_key(&j, "k");
    dp__json_string(&j, "v");
    dp__json_end_object(&j);
    CHECK_INT(dp__json_finish(&j), DP_E_SINK);
}

static void json_depth_limit(void)
{
    dp__buf out;
    dp__buf_init(&out, 1 << 20);
    dp_sink sink = {dp__buf_sink_write, &out};
    dp__json j;
    dp__json_init(&j, &sink);
    for (int i = 0; i < 100; i++)
        dp__json_begin_array(&j);
    for (int i = 0; i < 100; i++)
        dp__json_end_array(&j);
    CHECK_INT(dp__json_finish(&j), DP_E_LIMIT);
    dp__buf_release(&out);
}

void dpt_suite_json(void)
{
    dpt_run("json: shapes and escapes", json_shapes_and_escapes);
    dpt_run("json: a failing sink is reported", json_sink_failure);
    dpt_run("json: nesting is capped", json_depth_limit);
}
