/* The API's router and shared answers (see api.h). Routes are matched on
 * the exact decoded path; the page's files come from the table compiled
 * into the binary (assets.h), so no path ever reaches the file system. */
#include "api_internal.h"

#include <stdlib.h>
#include <string.h>

#include "assets.h"

int dps_app_init(dps_app *app, dp_project *p, const dp_constraints *c, const char *ctext,
                 size_t clen)
{
    app->project = p;
    app->constraints = c;
    app->constraints_text = c ? ctext : NULL;
    app->constraints_len = c && ctext ? clen : 0;
    return pthread_mutex_init(&app->lock, NULL) == 0 ? 0 : -1;
}

void dps_app_fini(dps_app *app) { pthread_mutex_destroy(&app->lock); }

void dps_response_free(dps_response *rs)
{
    if (rs->owned)
        free(rs->body);
    rs->body = NULL;
    rs->len = 0;
    rs->owned = 0;
}

void dps_response_error(dps_response *rs, int status, const char *msg)
{
    dps_response_free(rs);
    dps_buf b = {0};
    dps_buf_str(&b, "{");
    dps_json_kv_str(&b, "error", msg);
    dps_buf_str(&b, ",");
    dps_json_kv_int(&b, "code", status);
    dps_buf_str(&b, "}\n");
    rs->status = status;
    rs->mime = "application/json";
    rs->filename[0] = '\0';
    if (b.failed) {
        dps_buf_free(&b);
        static const char oom[] = "{\"error\":\"out of memory\",\"code\":500}\n";
        rs->status = 500;
        rs->body = (char *)oom;
        rs->len = sizeof oom - 1;
        return;
    }
    rs->body = dps_buf_take(&b, &rs->len);
    rs->owned = 1;
}

void dps_respond_json(dps_response *rs, int status, dps_buf *b)
{
    if (b->failed) {
        dps_buf_free(b);
        dps_response_error(rs, 500, "out of memory, or the answer is too large");
        return;
    }
    dps_response_free(rs);
    rs->status = status;
    rs->mime = "application/json";
    rs->body = dps_buf_take(b, &rs->len);
    rs->owned = 1;
}

int dps_status_http(dp_status st)
{
    switch (st) {
    case DP_E_ARG:
    case DP_E_EXISTS:
        return 409; /* the request names what the project does not have */
    case DP_E_BINARY:
    case DP_E_FORMAT:
        return 400;
    case DP_E_TOOBIG:
    case DP_E_LIMIT:
        return 413;
    default:
        return 500;
    }
}

void dps_respond_dp(dps_response *rs, const dp_error *err)
{
    dps_response_error(rs, dps_status_http(err->code),
                       err->msg[0] ? err->msg : dp_strerror(err->code));
}

const char *dps_query(const dps_request *rq, const char *key)
{
    return rq->query ? rq->query(rq->query_ctx, key) : NULL;
}

const char *dps_lang(const dps_request *rq, const dp_breakdown *bd)
{
    const char *l = dps_query(rq, "lang");
    if (l && (!strcmp(l, "fr") || !strcmp(l, "en")))
        return l;
    return dp_breakdown_language(bd);
}

long dps_scene_find(const dp_breakdown *bd, const char *number)
{
    size_t n = dp_breakdown_scene_count(bd);
    for (size_t i = 0; i < n; i++)
        if (!strcmp(dp_breakdown_scene(bd, i)->number, number))
            return (long)i;
    return -1;
}

size_t dps_api_body_limit(const char *method, const char *path)
{
    if (!strcmp(method, "POST") && !strcmp(path, "/api/import"))
        return DPS_MAX_IMPORT_BODY;
    return DPS_MAX_JSON_BODY;
}

static int is(const dps_request *rq, const char *m) { return !strcmp(rq->method, m); }

static void not_allowed(dps_response *rs, const char *allow)
{
    dps_response_error(rs, 405, "method not allowed here");
    rs->allow = allow;
}

static void serve_asset(const dps_request *rq, dps_response *rs)
{
    const char *name = !strcmp(rq->path, "/") ? "/index.html" : rq->path;
    const dps_asset *a = dps_asset_find(name);
    if (!a) {
        dps_response_error(rs, 404, "not found");
        return;
    }
    if (!is(rq, "GET") && !is(rq, "HEAD")) {
        not_allowed(rs, "GET, HEAD");
        return;
    }
    rs->status = 200;
    rs->mime = a->mime;
    rs->body = (char *)a->data;
    rs->len = a->len;
    rs->owned = 0;
}

/* Routes on the project: the path after "/api/". Runs with the lock held. */
static void route(dps_app *app, const dps_request *rq, dps_response *rs, const char *p)
{
    static const char scenes[] = "scenes/", report[] = "report/";
    if (!strcmp(p, "project")) {
        if (is(rq, "GET"))
            dps_get_project(app, rq, rs);
        else
            not_allowed(rs, "GET");
    } else if (!strcmp(p, "categories")) {
        if (is(rq, "GET"))
            dps_get_categories(app, rq, rs);
        else
            not_allowed(rs, "GET");
    } else if (!strcmp(p, "scenes")) {
        if (is(rq, "GET"))
            dps_get_scenes(app, rq, rs);
        else
            not_allowed(rs, "GET");
    } else if (!strncmp(p, scenes, sizeof scenes - 1) && p[sizeof scenes - 1]) {
        char num[64];
        const char *s = p + sizeof scenes - 1, *slash = strchr(s, '/');
        size_t n = slash ? (size_t)(slash - s) : strlen(s);
        int sheet = slash && !strcmp(slash, "/sheet");
        if (n == 0 || n >= sizeof num || (slash && !sheet)) {
            dps_response_error(rs, 404, "not found");
            return;
        }
        memcpy(num, s, n);
        num[n] = '\0';
        if (is(rq, "GET"))
            dps_get_scene(app, rq, rs, num, sheet);
        else
            not_allowed(rs, "GET");
    } else if (!strcmp(p, "costumes")) {
        if (is(rq, "GET"))
            dps_get_costumes(app, rq, rs);
        else
            not_allowed(rs, "GET");
    } else if (!strcmp(p, "edits")) {
        if (is(rq, "GET"))
            dps_get_edits(app, rq, rs);
        else if (is(rq, "POST"))
            dps_post_edit(app, rq, rs);
        else
            not_allowed(rs, "GET, POST");
    } else if (!strcmp(p, "import")) {
        if (is(rq, "POST"))
            dps_post_import(app, rq, rs);
        else
            not_allowed(rs, "POST");
    } else if (!strcmp(p, "changes")) {
        if (is(rq, "GET"))
            dps_get_changes(app, rq, rs);
        else
            not_allowed(rs, "GET");
    } else if (!strncmp(p, report, sizeof report - 1)) {
        if (is(rq, "GET"))
            dps_get_report(app, rq, rs, p + sizeof report - 1);
        else
            not_allowed(rs, "GET");
    } else if (!strcmp(p, "board")) {
        if (is(rq, "GET"))
            dps_get_board(app, rq, rs);
        else if (is(rq, "PUT"))
            dps_put_board(app, rq, rs, 1);
        else
            not_allowed(rs, "GET, PUT");
    } else if (!strcmp(p, "board/evaluate")) {
        if (is(rq, "POST"))
            dps_put_board(app, rq, rs, 0);
        else
            not_allowed(rs, "POST");
    } else if (!strcmp(p, "board/solve")) {
        if (is(rq, "POST"))
            dps_solve_board(app, rq, rs);
        else
            not_allowed(rs, "POST");
    } else {
        dps_response_error(rs, 404, "no such route");
    }
}

void dps_api_handle(dps_app *app, const dps_request *rq, dps_response *rs)
{
    static const char api[] = "/api/";
    memset(rs, 0, sizeof *rs);
    if (!rq->path || rq->path[0] != '/' || strlen(rq->path) > DPS_MAX_PATH) {
        dps_response_error(rs, 404, "not found");
        return;
    }
    if (rq->body_len > dps_api_body_limit(rq->method, rq->path)) {
        dps_response_error(rs, 413, "request body too large");
        return;
    }
    if (strncmp(rq->path, api, sizeof api - 1) != 0) {
        serve_asset(rq, rs);
        return;
    }
    pthread_mutex_lock(&app->lock);
    route(app, rq, rs, rq->path + sizeof api - 1);
    pthread_mutex_unlock(&app->lock);
}
