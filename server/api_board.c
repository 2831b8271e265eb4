/* GET /api/board, PUT /api/board, POST /api/board/evaluate and
 * /api/board/solve: the stripboard of the current draft, costed by the
 * scheduler (board.c) and saved in the project as the scheduler saves its
 * boards (dp_schedule_write() JSON through dp_project_board_put(), with the
 * constraints it was costed under). */
#include "api_internal.h"

#include <stdlib.h>
#include <string.h>

#include "board.h"

/* What a board route works with: the current breakdown, the saved board,
 * and the constraints in force (serve's, else the saved board's). */
typedef struct ctx {
    const dp_breakdown *bd;
    char *saved, *saved_c;
    size_t saved_len, saved_clen;
    dp_constraints *parsed; /* from saved_c, owned */
    const dp_constraints *c;
    const char *ctext;
    size_t clen;
} ctx;

static void ctx_free(ctx *x)
{
    dp_free(x->saved);
    dp_free(x->saved_c);
    dp_constraints_free(x->parsed);
}

static int ctx_load(dps_app *app, ctx *x, dps_response *rs)
{
    memset(x, 0, sizeof *x);
    dp_error err = {0};
    if (dp_project_breakdown(app->project, 0, &x->bd, &err) != DP_OK ||
        dp_project_board_get(app->project, &x->saved, &x->saved_len, &x->saved_c,
                             &x->saved_clen, &err) != DP_OK) {
        dps_respond_dp(rs, &err);
        return -1;
    }
    if (app->constraints) {
        x->c = app->constraints;
        x->ctext = app->constraints_text;
        x->clen = app->constraints_len;
    } else if (x->saved_c) {
        if (dp_constraints_parse(x->saved_c, x->saved_clen, &x->parsed, &err) != DP_OK) {
            ctx_free(x);
            dps_response_error(rs, 409, "the constraints saved with the board do not parse");
            return -1;
        }
        x->c = x->parsed;
        x->ctext = x->saved_c;
        x->clen = x->saved_clen;
    }
    return 0;
}

/* Costs 'b', saves it when 'save', and answers. */
static void finish(dps_app *app, const dps_request *rq, dps_response *rs, ctx *x,
                   const dps_board *b, int save, int stored, int placed_all)
{
    dp_schedule *s = NULL;
    dp_error err = {0};
    if (dps_board_schedule(x->bd, x->c, b, &s, &err) != DP_OK) {
        if (err.code == DP_OK)
            dps_response_error(rs, 500, "out of memory");
        else
            dps_respond_dp(rs, &err);
        return;
    }
    if (save) {
        dps_buf json = {0};
        dp_sink sink = dps_buf_sink(&json);
        dp_status st = dp_schedule_write(s, DP_SF_JSON, &sink, &err);
        if (st == DP_OK && json.failed)
            st = DP_E_NOMEM;
        if (st == DP_OK)
            st = dp_project_board_put(app->project, json.data, json.len, x->ctext, x->clen,
                                      rq->now, &err);
        dps_buf_free(&json);
        if (st != DP_OK) {
            dp_schedule_free(s);
            if (err.code == DP_OK)
                dps_response_error(rs, 500, "out of memory");
            else
                dps_respond_dp(rs, &err);
            return;
        }
    }
    dps_buf out = {0};
    dps_board_json(x->bd, b, s, &out);
    dp_schedule_free(s);
    /* the object ends with '}': add the flags */
    if (!out.failed && out.len && out.data[out.len - 1] == '}') {
        out.len--;
        dps_buf_printf(&out, ",\"stored\":%s,\"placed_all\":%s}\n", stored ? "true" : "false",
                       placed_all ? "true" : "false");
    }
    dps_respond_json(rs, 200, &out);
}

void dps_get_board(dps_app *app, const dps_request *rq, dps_response *rs)
{
    ctx x;
    if (ctx_load(app, &x, rs) != 0)
        return;
    dps_board b;
    int placed_all = 1;
    int rc = x.saved ? dps_board_from_stored(x.bd, x.saved, x.saved_len, &b, &placed_all)
                     : dps_board_default(x.bd, &b);
    if (rc != 0)
        dps_response_error(rs, 500, "out of memory");
    else
        finish(app, rq, rs, &x, &b, 0, x.saved != NULL, placed_all);
    if (rc == 0)
        dps_board_free(&b);
    ctx_free(&x);
}

void dps_put_board(dps_app *app, const dps_request *rq, dps_response *rs, int save)
{
    ctx x;
    if (ctx_load(app, &x, rs) != 0)
        return;
    dps_json j;
    char msg[128];
    if (dps_json_parse(rq->body ? rq->body : "", rq->body_len, &j, msg, sizeof msg) != 0) {
        dps_response_error(rs, 400, msg);
        ctx_free(&x);
        return;
    }
    dps_board b;
    int rc = dps_board_from_json(x.bd, &j, &b, msg, sizeof msg);
    dps_json_free(&j);
    if (rc != 0) {
        dps_response_error(rs, 400, msg);
    } else {
        finish(app, rq, rs, &x, &b, save, save, 1);
        dps_board_free(&b);
    }
    ctx_free(&x);
}

void dps_solve_board(dps_app *app, const dps_request *rq, dps_response *rs)
{
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
    ctx x;
    if (ctx_load(app, &x, rs) != 0)
        return;
    dps_board b;
    int placed_all = 1;
    dp_error err = {0};
    if (dps_board_solve(x.bd, x.c, seconds, &b, &placed_all, &err) != DP_OK) {
        if (err.code == DP_OK)
            dps_response_error(rs, 500, "out of memory");
        else
            dps_respond_dp(rs, &err);
    } else {
        finish(app, rq, rs, &x, &b, 1, 1, placed_all);
        dps_board_free(&b);
    }
    ctx_free(&x);
}
