/* What the API's handlers share (server/api*.c). A handler runs with the
 * app's mutex held and fills the response. */
#ifndef DPS_API_INTERNAL_H
#define DPS_API_INTERNAL_H

#include "api.h"
#include "buf.h"

/* The answer of a finished JSON buffer: 200 (or 'status'), or 500 when the
 * buffer failed. Takes the bytes. */
void dps_respond_json(dps_response *rs, int status, dps_buf *b);
/* The HTTP status for a library failure. */
int dps_status_http(dp_status st);
/* An error answer from a library failure. */
void dps_respond_dp(dps_response *rs, const dp_error *err);
/* The query argument, or NULL. */
const char *dps_query(const dps_request *rq, const char *key);
/* "fr" when ?lang=fr, "en" when ?lang=en, else the script's language. */
const char *dps_lang(const dps_request *rq, const dp_breakdown *bd);
/* The scene of the breakdown numbered 'number', or -1. */
long dps_scene_find(const dp_breakdown *bd, const char *number);

void dps_get_project(dps_app *app, const dps_request *rq, dps_response *rs);
void dps_get_categories(dps_app *app, const dps_request *rq, dps_response *rs);
void dps_get_scenes(dps_app *app, const dps_request *rq, dps_response *rs);
/* 'sheet_only': the breakdown sheet without the script. */
void dps_get_scene(dps_app *app, const dps_request *rq, dps_response *rs, const char *number,
                   int sheet_only);
void dps_get_costumes(dps_app *app, const dps_request *rq, dps_response *rs);
void dps_get_edits(dps_app *app, const dps_request *rq, dps_response *rs);
void dps_post_edit(dps_app *app, const dps_request *rq, dps_response *rs);
void dps_post_import(dps_app *app, const dps_request *rq, dps_response *rs);
void dps_get_changes(dps_app *app, const dps_request *rq, dps_response *rs);
/* 'name' is "KIND.FORMAT". */
void dps_get_report(dps_app *app, const dps_request *rq, dps_response *rs, const char *name);
void dps_get_board(dps_app *app, const dps_request *rq, dps_response *rs);
/* 'save': store the board (PUT), else only evaluate it (POST). */
void dps_put_board(dps_app *app, const dps_request *rq, dps_response *rs, int save);
/* The scheduler's board (?seconds=S, default 2), stored. */
void dps_solve_board(dps_app *app, const dps_request *rq, dps_response *rs);

#endif
