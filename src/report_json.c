/* Reports as JSON: the model as data, for programs (the web app):
 * {"report", "title", "script_title", "language", "tables": [{"title",
 * "columns": [{"label", "numeric"}], "rows": [{"kind", "strip", "cells"}],
 * "note"}], "sheets": [{"title", "heading", "strip", "fields", "synopsis",
 * "boxes": [{"title", "color", "lines"}]}]}. */
#include "report.h"

static const char *const row_kinds[] = {"data", "group", "total"};

static void table(dp__json *j, const dp__rtable *t)
{
    dp__json_begin_object(j);
    dp__json_key(j, "title");
    dp__json_string(j, t->title);
    dp__json_key(j, "columns");
    dp__json_begin_array(j);
    for (size_t c = 0; c < t->ncols; c++) {
        dp__json_begin_object_inline(j);
        dp__json_key(j, "label");
        dp__json_string(j, t->cols[c].label);
        dp__json_key(j, "numeric");
        dp__json_bool(j, t->cols[c].numeric != 0);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
    dp__json_key(j, "rows");
    dp__json_begin_array(j);
    for (size_t i = 0; i < t->nrows; i++) {
        const dp__rrow *row = &t->rows[i];
        dp__json_begin_object_inline(j);
        dp__json_key(j, "kind");
        dp__json_string(j, row_kinds[row->kind % 3]);
        dp__json_key(j, "strip");
        dp__json_string(j, dp__strip_name((dp__strip)row->strip));
        dp__json_key(j, "cells");
        dp__json_begin_array_inline(j);
        size_t n = row->kind == DP__ROW_GROUP ? 1 : t->ncols;
        for (size_t c = 0; c < n; c++)
            dp__json_string(j, row->cells[c]);
        dp__json_end_array(j);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
    dp__json_key(j, "note");
    if (t->note)
        dp__json_string(j, t->note);
    else
        dp__json_null(j);
    dp__json_end_object(j);
}

static void sheet(dp__json *j, const dp__rsheet *s)
{
    dp__json_begin_object(j);
    dp__json_key(j, "title");
    dp__json_string(j, s->title);
    dp__json_key(j, "heading");
    dp__json_string(j, s->heading);
    dp__json_key(j, "strip");
    dp__json_string(j, dp__strip_name((dp__strip)s->strip));
    dp__json_key(j, "fields");
    dp__json_begin_array(j);
    for (size_t f = 0; f < s->nfields; f++) {
        if (!*s->fields[f].label)
            continue;
        dp__json_begin_object_inline(j);
        dp__json_key(j, "label");
        dp__json_string(j, s->fields[f].label);
        dp__json_key(j, "value");
        dp__json_string(j, s->fields[f].value);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
    dp__json_key(j, "synopsis");
    dp__json_string(j, s->synopsis);
    dp__json_key(j, "boxes");
    dp__json_begin_array(j);
    for (size_t b = 0; b < s->nboxes; b++) {
        const dp__rbox *box = &s->boxes[b];
        dp__json_begin_object(j);
        dp__json_key(j, "title");
        dp__json_string(j, box->title);
        dp__json_key(j, "color");
        dp__json_string(j, box->color);
        dp__json_key(j, "lines");
        dp__json_begin_array(j);
        for (size_t l = 0; l < box->nlines; l++)
            dp__json_string(j, box->lines[l]);
        dp__json_end_array(j);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
    dp__json_end_object(j);
}

dp_status dp__report_json(const dp__report *r, const dp_sink *sink, dp_error *err)
{
    dp__json j;
    dp__json_init(&j, sink);
    dp__json_begin_object(&j);
    dp__json_key(&j, "report");
    dp__json_string(&j, r->name ? r->name : dp_report_kind_name(r->kind));
    dp__json_key(&j, "title");
    dp__json_string(&j, r->title);
    dp__json_key(&j, "script_title");
    dp__json_string(&j, r->script_title);
    dp__json_key(&j, "language");
    dp__json_string(&j, r->fr ? "fr" : "en");
    dp__json_key(&j, "tables");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < r->ntables; i++)
        table(&j, r->tables[i]);
    dp__json_end_array(&j);
    dp__json_key(&j, "sheets");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < r->nsheets; i++)
        sheet(&j, &r->sheets[i]);
    dp__json_end_array(&j);
    dp__json_end_object(&j);
    dp_status st = dp__json_finish(&j);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "writing the report: %s", dp_strerror(st));
    return DP_OK;
}
