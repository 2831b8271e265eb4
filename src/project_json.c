/* "project show" as JSON, and the history as JSON or text. */
#define _POSIX_C_SOURCE 200809L
#include "project.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static void str_or_null(dp__json *j, const char *key, const char *s)
{
    dp__json_key(j, key);
    if (s)
        dp__json_string(j, s);
    else
        dp__json_null(j);
}

static void write_edit(dp__json *j, const dp_edit_info *e)
{
    dp__json_begin_object(j);
    dp__json_key(j, "id");
    dp__json_int(j, e->id);
    dp__json_key(j, "draft");
    dp__json_int(j, e->version);
    dp__json_key(j, "op");
    dp__json_string(j, dp_edit_op_name(e->edit.op));
    str_or_null(j, "scene", e->edit.scene);
    if (e->edit.category) {
        dp__json_key(j, "category");
        dp__json_int(j, e->edit.category);
        dp__json_key(j, "category_name");
        dp__json_string(j, dp_category_name(e->edit.category, 0));
    }
    if (e->edit.name)
        str_or_null(j, "name", e->edit.name);
    if (e->edit.character)
        str_or_null(j, "character", e->edit.character);
    if (e->edit.text)
        str_or_null(j, "text", e->edit.text);
    if (e->edit.new_category) {
        dp__json_key(j, "new_category");
        dp__json_int(j, e->edit.new_category);
    }
    if (e->edit.new_name)
        str_or_null(j, "new_name", e->edit.new_name);
    if (e->edit.new_character)
        str_or_null(j, "new_character", e->edit.new_character);
    if (e->edit.value)
        str_or_null(j, "value", e->edit.value);
    if (e->edit.note)
        str_or_null(j, "note", e->edit.note);
    dp__json_key(j, "status");
    dp__json_string(j, dp_edit_status_name(e->status));
    str_or_null(j, "scene_now", e->scene);
    dp__json_key(j, "detail");
    dp__json_string(j, e->detail ? e->detail : "");
    dp__json_end_object(j);
}

dp_status dp_project_write_json(dp_project *p, const dp_sink *sink, dp_error *err)
{
    if (!p || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_write_json: NULL argument");
    dp__draft *cur = NULL;
    dp_status st = dp__project_draft(p, 0, &cur, err);
    if (st != DP_OK)
        return st;
    const dp_breakdown *bd = cur->eff;
    dp__json j;
    dp__json_init(&j, sink);
    dp__json_begin_object(&j);
    dp__json_key(&j, "schema");
    dp__json_int(&j, DP_PROJECT_SCHEMA_VERSION);
    dp__json_key(&j, "drafts");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < p->n_versions; i++) {
        const dp_project_version *v = &p->versions[i];
        dp__json_begin_object(&j);
        dp__json_key(&j, "number");
        dp__json_int(&j, v->number);
        dp__json_key(&j, "label");
        dp__json_string(&j, v->label);
        dp__json_key(&j, "file");
        dp__json_string(&j, v->file_name);
        dp__json_key(&j, "format");
        dp__json_string(&j, v->format);
        dp__json_key(&j, "sha256");
        dp__json_string(&j, v->sha256);
        dp__json_key(&j, "size");
        dp__json_int(&j, (long long)v->size);
        dp__json_key(&j, "created");
        dp__json_int(&j, v->created);
        dp__json_key(&j, "scenes");
        dp__json_int(&j, v->scenes);
        if (i > 0) {
            dp__json_key(&j, "from_previous");
            dp__json_begin_object_inline(&j);
            const char *names[] = {"same", "changed", "added", "omitted", "split", "merged"};
            uint32_t vals[] = {v->same, v->changed, v->added, v->omitted, v->split, v->merged};
            for (size_t k = 0; k < 6; k++) {
                dp__json_key(&j, names[k]);
                dp__json_int(&j, vals[k]);
            }
            dp__json_end_object(&j);
        }
        dp__json_end_object(&j);
    }
    dp__json_end_array(&j);
    dp__json_key(&j, "current");
    dp__json_begin_object(&j);
    dp__json_key(&j, "draft");
    dp__json_int(&j, cur->version);
    dp__json_key(&j, "title");
    dp__json_string(&j, dp_breakdown_title(bd));
    dp__json_key(&j, "pages");
    dp__json_int(&j, dp_breakdown_pages(bd));
    dp__json_key(&j, "eighths");
    dp__json_int(&j, dp_breakdown_eighths(bd));
    dp__json_key(&j, "scenes");
    dp__json_int(&j, (long long)dp_breakdown_scene_count(bd));
    dp__json_key(&j, "cast");
    dp__json_int(&j, (long long)dp_breakdown_character_count(bd));
    dp__json_key(&j, "elements");
    dp__json_int(&j, (long long)dp_breakdown_item_count(bd));
    dp__json_end_object(&j);
    size_t c[3] = {0, 0, 0};
    dp__json_key(&j, "edits");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < p->n_edits; i++) {
        write_edit(&j, &p->edits[i]);
        c[p->edits[i].status]++;
    }
    dp__json_end_array(&j);
    dp__json_key(&j, "outcomes");
    dp__json_begin_object_inline(&j);
    for (int k = 0; k < 3; k++) {
        dp__json_key(&j, dp_edit_status_name((dp_edit_status)k));
        dp__json_int(&j, (long long)c[k]);
    }
    dp__json_end_object(&j);
    dp__json_end_object(&j);
    st = dp__json_finish(&j);
    return st == DP_OK ? DP_OK : dp__error_set(err, st, 0, 0, "writing JSON: %s", dp_strerror(st));
}

/* "2026-01-02T03:04:05Z", or "-" for 0 (no clock given). */
static void format_time(int64_t t, char out[32])
{
    if (t == 0) {
        snprintf(out, 32, "-");
        return;
    }
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(out, 32, "%lld", (long long)t);
}

dp_status dp_project_write_history(dp_project *p, int text, const dp_sink *sink, dp_error *err)
{
    if (!p || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_write_history: NULL argument");
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "SELECT id, at, action, version_id, edit_id, detail FROM history"
                                 " ORDER BY id",
                                 &st, err);
    if (s != DP_OK)
        return s;
    dp__json j;
    dp__buf b;
    dp__buf_init(&b, (size_t)1 << 30);
    if (!text) {
        dp__json_init(&j, sink);
        dp__json_begin_array(&j);
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        long long id = sqlite3_column_int64(st, 0);
        int64_t at = sqlite3_column_int64(st, 1);
        const char *action = (const char *)sqlite3_column_text(st, 2);
        long long version = sqlite3_column_int64(st, 3);
        long long edit = sqlite3_column_int64(st, 4);
        const char *what = (const char *)sqlite3_column_text(st, 5);
        char when[32];
        format_time(at, when);
        if (text) {
            if (dp__buf_printf(&b, "%lld\t%s\t%s\t%s\n", id, when, action ? action : "",
                               what ? what : "") != DP_OK)
                s = DP_E_NOMEM;
            continue;
        }
        dp__json_begin_object_inline(&j);
        dp__json_key(&j, "id");
        dp__json_int(&j, id);
        dp__json_key(&j, "at");
        dp__json_string(&j, when);
        dp__json_key(&j, "action");
        dp__json_string(&j, action ? action : "");
        dp__json_key(&j, "draft");
        if (version)
            dp__json_int(&j, version);
        else
            dp__json_null(&j);
        dp__json_key(&j, "edit");
        if (edit)
            dp__json_int(&j, edit);
        else
            dp__json_null(&j);
        dp__json_key(&j, "detail");
        dp__json_string(&j, what ? what : "");
        dp__json_end_object(&j);
    }
    if (rc != SQLITE_DONE && s == DP_OK) {
        dp_status f = dp__db_fail(p->db, rc, err, "reading the history");
        sqlite3_finalize(st);
        if (!text)
            (void)dp__json_finish(&j);
        dp__buf_release(&b);
        return f;
    }
    sqlite3_finalize(st);
    if (!text) {
        dp__json_end_array(&j);
        dp_status js = dp__json_finish(&j);
        if (s == DP_OK)
            s = js;
    } else if (s == DP_OK && b.len && sink->write(sink->ctx, b.data, b.len) != 0) {
        s = DP_E_SINK;
    }
    dp__buf_release(&b);
    if (s != DP_OK)
        return dp__error_set(err, s, 0, 0, "writing the history: %s", dp_strerror(s));
    return DP_OK;
}
