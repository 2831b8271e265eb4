/* The web server's parts without HTTP: the JSON reader, capped buffers,
 * boards, and the API router called in process on a project. */
#include "../harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../server/api.h"
#include "../../server/board.h"
#include "../../server/buf.h"
#include "../../server/json_in.h"

static int parses(const char *s)
{
    dps_json j;
    char msg[96];
    if (dps_json_parse(s, strlen(s), &j, msg, sizeof msg) != 0)
        return 0;
    dps_json_free(&j);
    return 1;
}

static void json_reader(void)
{
    dps_json j;
    char msg[96];
    const char *s = "{\"a\": [1, -2.5e3, true, null, \"x\\u00e9\\ud83c\\udfac\\n\"], \"a\": {\"b\": {}}}";
    CHECK_INT(dps_json_parse(s, strlen(s), &j, msg, sizeof msg), 0);
    const dps_jnode *a = dps_json_get(&j, &j.nodes[0], "a");
    CHECK(a && a->type == DPS_JOBJ); /* the last member of a name wins */
    const dps_jnode *first = dps_json_child(&j, &j.nodes[0], 0);
    CHECK(first && first->type == DPS_JARR && first->count == 5);
    CHECK(dps_json_child(&j, first, 1)->num == -2500);
    CHECK_STR(dps_json_child(&j, first, 4)->str, "x\xc3\xa9\xf0\x9f\x8e\xac\n");
    CHECK(dps_json_child(&j, first, 5) == NULL);
    dps_json_free(&j);
    static const char *const bad[] = {
        "", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "01", "1.", "-", "tru", "\"\\u0000\"",
        "\"\\ud800\"", "\"\\udc00x\"", "\"a\nb\"", "\"\\x\"", "[1] 2", "{1:2}", "\"abc", "1e",
        "[\"\\u12\"]",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (parses(bad[i]))
            dpt_fail(__FILE__, __LINE__, "accepted bad JSON '%s'", bad[i]);
    CHECK(parses(" {\"k\" : [ ] , \"l\":\"\"} "));
    /* arrays nested DPS_JSON_MAX_DEPTH + 1 deep (the root is depth 0) pass;
     * one more does not */
    char deep[2 * (DPS_JSON_MAX_DEPTH + 2)];
    for (size_t n = DPS_JSON_MAX_DEPTH + 1; n <= DPS_JSON_MAX_DEPTH + 2; n++) {
        memset(deep, '[', n);
        memset(deep + n, ']', n);
        int rc = dps_json_parse(deep, 2 * n, &j, msg, sizeof msg);
        if (rc == 0)
            dps_json_free(&j);
        CHECK_INT(rc, n == DPS_JSON_MAX_DEPTH + 1 ? 0 : -1);
    }
    CHECK(strstr(msg, "nested too deep at byte") != NULL);
}

static void buffers(void)
{
    dps_buf b = {0};
    dps_json_str(&b, "a\"b\\c\n\x01\x7f\xc3\xa9");
    CHECK_STR(b.data, "\"a\\\"b\\\\c\\n\\u0001\\u007f\xc3\xa9\"");
    dps_json_str(&b, NULL);
    CHECK(strstr(b.data, "null") != NULL);
    dps_buf_free(&b);
    dps_buf c = {0};
    c.limit = 8;
    dps_buf_str(&c, "12345");
    CHECK(!c.failed);
    dps_buf_printf(&c, "%d", 1234);
    CHECK(c.failed); /* past the cap: failed, and stays so */
    dps_buf_str(&c, "x");
    CHECK_INT(c.len, 5);
    dps_buf_free(&c);
}

static const char script[] =
    "INT. KITCHEN - DAY\n\nANNA pours wine.\n\nANNA\nWine?\n\n"
    "EXT. GARDEN - NIGHT\n\nBEN digs. A shovel.\n\nBEN\nHere.\n\n"
    "INT. KITCHEN - DAY\n\nANNA and BEN eat.\n\nBEN\nGood.\n";

static void boards(void)
{
    dp_doc *doc = NULL;
    dp_breakdown *bd = dpt_breakdown(script, &doc);
    if (!bd)
        return;
    CHECK_INT(dp_breakdown_scene_count(bd), 3);
    dps_board b;
    CHECK_INT(dps_board_default(bd, &b), 0);
    CHECK_INT(b.n, 3);
    CHECK_INT(b.days, 1);
    dps_board_free(&b);
    dps_json j;
    char msg[128];
    static const struct {
        const char *json;
        int ok;
        size_t days;
    } cases[] = {
        {"{\"days\":[[2,0],[1]]}", 1, 2},
        {"{\"days\":[[2],[],[0,1],[],[]]}", 1, 3}, /* a day off kept, trailing ones dropped */
        {"{\"days\":[[2,0]]}", 0, 0},               /* scene 1 missing */
        {"{\"days\":[[2,0,1,1]]}", 0, 0},           /* twice */
        {"{\"days\":[[2,0,3]]}", 0, 0},             /* no scene 3 */
        {"{\"days\":[[2,0,1.5]]}", 0, 0},
        {"{\"days\":[2,0,1]}", 0, 0},
        {"{\"day\":[[2,0,1]]}", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (dps_json_parse(cases[i].json, strlen(cases[i].json), &j, msg, sizeof msg) != 0) {
            dpt_fail(__FILE__, __LINE__, "case %zu does not parse", i);
            continue;
        }
        int rc = dps_board_from_json(bd, &j, &b, msg, sizeof msg);
        dps_json_free(&j);
        if ((rc == 0) != cases[i].ok) {
            dpt_fail(__FILE__, __LINE__, "case %zu: %s", i, rc ? msg : "accepted");
            continue;
        }
        if (rc == 0) {
            CHECK_INT(b.days, cases[i].days);
            dps_board_free(&b);
        }
    }
    /* saved by number (the scheduler's JSON): unknown numbers dropped,
     * missing scenes on a last day */
    static const char stored[] = "{\"days\":[{\"day\":1,\"scenes\":[\"3\",\"9\"]},"
                                 "{\"day\":2,\"scenes\":[\"1\"]}]}";
    int placed = 1;
    CHECK_INT(dps_board_from_stored(bd, stored, sizeof stored - 1, &b, &placed), 0);
    CHECK_INT(placed, 0);
    CHECK_INT(b.days, 3);
    CHECK_INT(b.order[0], 2);
    CHECK_INT(b.order[1], 0);
    CHECK_INT(b.order[2], 1);
    dp_error err = {0};
    dp_schedule *s = NULL;
    CHECK_INT(dps_board_schedule(bd, NULL, &b, &s, &err), DP_OK);
    dps_buf out = {0};
    if (s)
        dps_board_json(bd, &b, s, &out);
    dp_schedule_free(s);
    CHECK(out.data && strstr(out.data, "\"cost\":{\"terms\":[{\"name\":\"shoot_days\",\"value\":3,"));
    /* BEN works days 1 and 3: paid for 3 */
    CHECK(out.data && strstr(out.data, "{\"id\":1,\"name\":\"BEN\",\"first_day\":1,\"last_day\":3,"
                                       "\"work_days\":2,\"paid_days\":3}"));
    dps_buf_free(&out);
    dps_board_free(&b);
    /* plain arrays of numbers are read too; text that is not JSON: the default */
    static const char plain[] = "{\"days\":[[\"2\",\"1\"],[\"3\"]]}";
    CHECK_INT(dps_board_from_stored(bd, plain, sizeof plain - 1, &b, &placed), 0);
    CHECK_INT(placed, 1);
    CHECK_INT(b.days, 2);
    CHECK_INT(b.order[0], 1);
    dps_board_free(&b);
    CHECK_INT(dps_board_from_stored(bd, "nope", 4, &b, &placed), 0);
    CHECK_INT(b.days, 1);
    dps_board_free(&b);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static const char *no_query(void *ctx, const char *key)
{
    (void)ctx;
    (void)key;
    return NULL;
}

static int call(dps_app *app, const char *method, const char *path, const char *body,
                size_t len, char *out, size_t outsz)
{
    dps_request rq = {method, path, no_query, NULL, body, len, 0};
    dps_response rs;
    dps_api_handle(app, &rq, &rs);
    if (out)
        snprintf(out, outsz, "%.*s", (int)(rs.len < outsz ? rs.len : outsz - 1), rs.body);
    int st = rs.status;
    dps_response_free(&rs);
    return st;
}

static void router(void)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/dp-test-server-%ld.dpj", (long)getpid());
    unlink(path);
    dp_project *p = NULL;
    dp_error err = {0};
    if (dp_project_new(path, "s.fountain", script, sizeof script - 1, NULL, 0, &p, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "project: %s", err.msg);
        return;
    }
    dps_app app;
    CHECK_INT(dps_app_init(&app, p, NULL, NULL, 0), 0);
    char out[512];
    CHECK_INT(call(&app, "GET", "/", NULL, 0, out, sizeof out), 200);
    CHECK(strstr(out, "<!doctype html>") == out);
    CHECK_INT(call(&app, "GET", "/app.js", NULL, 0, NULL, 0), 200);
    CHECK_INT(call(&app, "GET", "/../Makefile", NULL, 0, out, sizeof out), 404);
    CHECK_STR(out, "{\"error\":\"not found\",\"code\":404}\n");
    CHECK_INT(call(&app, "GET", "/web/app.js", NULL, 0, NULL, 0), 404);
    CHECK_INT(call(&app, "GET", "", NULL, 0, NULL, 0), 404);
    CHECK_INT(call(&app, "GET", "/api/scenes/2", NULL, 0, out, sizeof out), 200);
    CHECK(strstr(out, "\"number\":\"2\",\"heading\":\"EXT. GARDEN - NIGHT\"") != NULL);
    CHECK_INT(call(&app, "GET", "/api/scenes/", NULL, 0, NULL, 0), 404);
    CHECK_INT(call(&app, "GET", "/api/scenes/2/sheet/x", NULL, 0, NULL, 0), 404);
    CHECK_INT(call(&app, "PATCH", "/api/board", NULL, 0, NULL, 0), 405);
    static const char add[] = "{\"op\":\"add\",\"scene\":\"2\",\"category\":\"Props\","
                              "\"name\":\"shovel\",\"text\":\"A shovel\"}";
    CHECK_INT(call(&app, "POST", "/api/edits", add, sizeof add - 1, out, sizeof out), 201);
    CHECK(strstr(out, "\"status\":\"kept\"") != NULL);
    CHECK_INT(dp_project_edit_count(p), 1);
    char *big = calloc(1, DPS_MAX_JSON_BODY + 1);
    if (big) {
        memset(big, ' ', DPS_MAX_JSON_BODY + 1);
        CHECK_INT(call(&app, "POST", "/api/edits", big, DPS_MAX_JSON_BODY + 1, NULL, 0), 413);
        free(big);
    }
    /* a one-byte draft in a one-byte buffer (fuzz_api found the reader
     * looking one past it): read within its bytes (ASan checks) */
    char *one = malloc(1);
    if (one) {
        one[0] = 'I';
        int st = call(&app, "POST", "/api/import", one, 1, NULL, 0);
        CHECK(st == 201 || st == 400);
        free(one);
    }
    CHECK_INT(call(&app, "GET", "/api/report/cast.json", NULL, 0, out, sizeof out), 200);
    CHECK_INT(call(&app, "GET", "/api/report/cast.json.csv", NULL, 0, NULL, 0), 404);
    dps_app_fini(&app);
    dp_project_close(p);
    unlink(path);
}

void dpt_suite_server(void)
{
    dpt_run("server: the JSON reader", json_reader);
    dpt_run("server: capped buffers and JSON strings", buffers);
    dpt_run("server: boards read, stored and costed", boards);
    dpt_run("server: the router in process", router);
}
