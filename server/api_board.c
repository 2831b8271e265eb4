/* GET /api/board, PUT /api/board, POST /api/board/evaluate and
 * /api/board/solve: the stripboard of the current draft with the
 * scheduler's cost terms (board.c), stored in the project
 * (dp_project_board_set()). */
#include "api_internal.h"

#include <stdlib.h>
#include <string.h>

#include "board.h"

static void answer(dps_app *app, dps_response *rs, const dp_breakdown *bd, const dps_board *b,
                   int stored, int placed_all)
{
    dps_buf out = {0};
    dp_error err = {0};
    if (dps_board_json(bd, app->constraints, b, &out, &err) != DP_OK) {
        dps_buf_free(&out);
        dps_respond_dp(rs, &err);
        return;
    }
    /* the object ends with '}': add the flags */
    if (!out.failed && out.len && out.data[out.len - 1] == '}') {
        out.len--;
        dps_buf_printf(&out, ",\"stored\":%s,\"placed_all\":%s}\n", stored ? "true" : "false",
                       placed_all ? "true" : "false");
    }
    dps_respond_json(rs, 200, &out);
}

static const dp_breakdown *current(dps_app *app, dps_response *rs)
{
    const dp_breakdown *bd = NULL;
    dp_error err = {0};
    if (dp_project_breakdown(app->project, 0, &bd, &err) != DP_OK) {
        dps_respond_dp(rs, &err);
        return NULL;
    }
    return bd;
}

static int store(dps_app *app, const dps_request *rq, dps_response *rs, const dp_breakdown *bd,
                 const dps_board *b)
{
    dps_buf text = {0};
    dp_error err = {0};
    dps_board_stored_json(bd, b, &text);
    dp_status st = text.failed ? DP_E_NOMEM
                               : dp_project_board_set(app->project, text.data, text.len,
                                                      rq->now, &err);
    dps_buf_free(&text);
    if (st == DP_OK)
        return 0;
    if (err.code == DP_OK)
        dps_response_error(rs, 500, "out of memory");
    else
        dps_respond_dp(rs, &err);
    return -1;
}

void dps_get_board(dps_app *app, const dps_request *rq, dps_response *rs)
{
    (void)rq;
    const dp_breakdown *bd = current(app, rs);
    if (!bd)
        return;
    dp_error err = {0};
    char *text = NULL;
    size_t len = 0;
    if (dp_project_board_get(app->project, &text, &len, &err) != DP_OK) {
        dps_respond_dp(rs, &err);
        return;
    }
    dps_board b;
    int placed_all = 1;
    int rc = text ? dps_board_from_stored(bd, text, len, &b, &placed_all)
                  : dps_board_default(bd, &b);
    int stored = text != NULL;
    dp_free(text);
    if (rc != 0) {
        dps_response_error(rs, 500, "out of memory");
        return;
    }
    answer(app, rs, bd, &b, stored, placed_all);
    dps_board_free(&b);
}

void dps_put_board(dps_app *app, const dps_request *rq, dps_response *rs, int save)
{
    const dp_breakdown *bd = current(app, rs);
    if (!bd)
        return;
    dps_json j;
    char msg[128];
    if (dps_json_parse(rq->body ? rq->body : "", rq->body_len, &j, msg, sizeof msg) != 0) {
        dps_response_error(rs, 400, msg);
        return;
    }
    dps_board b;
    int rc = dps_board_from_json(bd, &j, &b, msg, sizeof msg);
    dps_json_free(&j);
    if (rc != 0) {
        dps_response_error(rs, 400, msg);
        return;
    }
    if (!save || store(app, rq, rs, bd, &b) == 0)
        answer(app, rs, bd, &b, save, 1);
    dps_board_free(&b);
}

void dps_solve_board(dps_app *app, const dps_request *rq, dps_response *rs)
{
    const dp_breakdown *bd = current(app, rs);
    if (!bd)
        return;
    const char *q = dps_query(rq, "seconds");
    double seconds = 2.0;
    if (q) {
        char *end = NULL;
        seconds = strtod(q, &end);
        if (end == q || *end || !(seconds > 0) || seconds > DPS_MAX_SOLVE_SECONDS) {
            dps_response_error(rs, 400, "seconds is a number above 0, at most 10");
            return;
        }
    }
    dps_board b;
    int placed_all = 1;
    dp_error err = {0};
    if (dps_board_solve(bd, app->constraints, seconds, &b, &placed_all, &err) != DP_OK) {
        if (err.code == DP_OK)
            dps_response_error(rs, 500, "out of memory");
        else
            dps_respond_dp(rs, &err);
        return;
    }
    if (store(app, rq, rs, bd, &b) == 0)
        answer(app, rs, bd, &b, 1, placed_all);
    dps_board_free(&b);
}
