/* The API's writing routes: an edit (the same dp_project_edit() as the
 * command line, one transaction each), a new draft, and the revision
 * report. */
#include "api_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "json_in.h"

/* A category: a number 101..124 or a name in English or French (any case).
 * 0 when unknown. */
static uint16_t category_of(const dps_jnode *n)
{
    if (!n)
        return 0;
    if (n->type == DPS_JNUM)
        return n->num >= 101 && n->num <= 124 && n->num == (double)(int)n->num
                   ? (uint16_t)n->num
                   : 0;
    if (n->type != DPS_JSTR)
        return 0;
    char *end = NULL;
    long v = strtol(n->str, &end, 10);
    if (end != n->str && !*end)
        return v >= 101 && v <= 124 ? (uint16_t)v : 0;
    for (uint16_t id = 101; id <= 124; id++)
        if (!strcasecmp(n->str, dp_category_name(id, 0)) ||
            !strcasecmp(n->str, dp_category_name(id, 1)))
            return id;
    return 0;
}

/* Field 'key' of the body: a string, absent (NULL), or a bad type (*bad). */
static const char *field(const dps_json *j, const char *key, int *bad)
{
    const dps_jnode *n = dps_json_get(j, &j->nodes[0], key);
    if (!n || n->type == DPS_JNULL)
        return NULL;
    if (n->type != DPS_JSTR) {
        *bad = 1;
        return NULL;
    }
    return n->str;
}

void dps_post_edit(dps_app *app, const dps_request *rq, dps_response *rs)
{
    dps_json j;
    char msg[128];
    if (dps_json_parse(rq->body ? rq->body : "", rq->body_len, &j, msg, sizeof msg) != 0) {
        dps_response_error(rs, 400, msg);
        return;
    }
    if (j.nodes[0].type != DPS_JOBJ) {
        dps_json_free(&j);
        dps_response_error(rs, 400, "the body must be a JSON object");
        return;
    }
    dp_edit e;
    memset(&e, 0, sizeof e);
    int bad = 0;
    const char *op = field(&j, "op", &bad);
    for (int k = DP_EDIT_ADD; op && k <= DP_EDIT_HEADING; k++)
        if (!strcmp(op, dp_edit_op_name((dp_edit_op)k)))
            e.op = (dp_edit_op)k;
    e.scene = field(&j, "scene", &bad);
    e.name = field(&j, "name", &bad);
    e.character = field(&j, "character", &bad);
    e.text = field(&j, "text", &bad);
    e.new_name = field(&j, "new_name", &bad);
    e.new_character = field(&j, "new_character", &bad);
    e.value = field(&j, "value", &bad);
    e.note = field(&j, "note", &bad);
    const dps_jnode *cat = dps_json_get(&j, &j.nodes[0], "category");
    const dps_jnode *ncat = dps_json_get(&j, &j.nodes[0], "new_category");
    e.category = category_of(cat);
    e.new_category = category_of(ncat);
    if (bad) {
        dps_response_error(rs, 400, "a field that must be a string is not");
    } else if (!e.op) {
        dps_response_error(rs, 400,
                           "op must be add, remove, recategorise, rename, merge, story-day, "
                           "costume or heading");
    } else if ((cat && !e.category) || (ncat && !e.new_category)) {
        dps_response_error(rs, 400, "unknown category (101 to 124, or a name)");
    } else {
        dp_error err = {0};
        int64_t id = 0;
        if (dp_project_edit(app->project, &e, rq->now, &id, &err) != DP_OK) {
            /* a bad request when the body lacks what the edit needs */
            dps_respond_dp(rs, &err);
        } else {
            dp_project *p = app->project;
            const dp_edit_info *info = dp_project_edit_at(p, dp_project_edit_count(p) - 1);
            dps_buf b = {0};
            dps_buf_printf(&b, "{\"id\":%lld,", (long long)id);
            dps_json_kv_str(&b, "op", dp_edit_op_name(e.op));
            dps_buf_str(&b, ",");
            dps_json_kv_str(&b, "status", dp_edit_status_name(info->status));
            dps_buf_str(&b, ",");
            dps_json_kv_str(&b, "scene", info->scene);
            dps_buf_str(&b, ",");
            dps_json_kv_str(&b, "detail", info->detail);
            dps_buf_printf(&b, ",\"edit_count\":%zu}\n", dp_project_edit_count(p));
            dps_respond_json(rs, 201, &b);
        }
    }
    dps_json_free(&j);
}

/* A draft number from the query (a number or a label); 0 when absent, -1
 * when there is no such draft. */
static long draft_arg(dp_project *p, const char *s)
{
    if (!s || !*s)
        return 0;
    size_t n = dp_project_version_count(p);
    char *end = NULL;
    unsigned long v = strtoul(s, &end, 10);
    if (end != s && !*end)
        return v >= 1 && v <= n ? (long)v : -1;
    for (size_t i = n; i-- > 0;)
        if (!strcmp(dp_project_version_at(p, i)->label, s))
            return dp_project_version_at(p, i)->number;
    return -1;
}

/* The revision report between 'ov' and 'nv' (0: the last two) as JSON. */
static int changes_json(dp_project *p, uint32_t ov, uint32_t nv, int fr, dps_buf *b,
                        dp_error *err)
{
    dp_sink sink = dps_buf_sink(b);
    return dp_project_write_changes(p, ov, nv, fr, 0, &sink, err) == DP_OK ? 0 : -1;
}

void dps_get_changes(dps_app *app, const dps_request *rq, dps_response *rs)
{
    dp_project *p = app->project;
    if (dp_project_version_count(p) < 2) {
        dps_response_error(rs, 409, "the project has one draft: nothing to compare");
        return;
    }
    long ov = draft_arg(p, dps_query(rq, "old")), nv = draft_arg(p, dps_query(rq, "new"));
    if (ov < 0 || nv < 0) {
        dps_response_error(rs, 404, "no such draft");
        return;
    }
    const char *lang = dps_query(rq, "lang");
    dps_buf b = {0};
    dp_error err = {0};
    if (changes_json(p, (uint32_t)ov, (uint32_t)nv, lang && !strcmp(lang, "fr"), &b, &err) != 0) {
        dps_buf_free(&b);
        dps_respond_dp(rs, &err);
        return;
    }
    dps_respond_json(rs, 200, &b);
}

/* A file name for the draft: the query's, reduced to safe characters. */
static void draft_name(const char *q, char out[128])
{
    size_t n = 0;
    for (const char *s = q ? q : ""; *s && n < 127; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '/' || c == '\\')
            n = 0; /* only the base name */
        else if (c >= 0x20 && c != 0x7f)
            out[n++] = (char)c;
    }
    out[n] = '\0';
    if (!n)
        memcpy(out, "draft", 6);
}

void dps_post_import(dps_app *app, const dps_request *rq, dps_response *rs)
{
    dp_project *p = app->project;
    if (!rq->body_len) {
        dps_response_error(rs, 400, "the body must hold the draft's bytes");
        return;
    }
    char name[128];
    draft_name(dps_query(rq, "name"), name);
    const char *label = dps_query(rq, "label");
    if (label && (!*label || strlen(label) > 64)) {
        dps_response_error(rs, 400, "a label is 1 to 64 bytes");
        return;
    }
    dp_error err = {0};
    if (dp_project_import(p, name, rq->body, rq->body_len, label, rq->now, &err) != DP_OK) {
        dps_respond_dp(rs, &err);
        return;
    }
    size_t nv = dp_project_version_count(p), ne = dp_project_edit_count(p);
    size_t c[3] = {0, 0, 0};
    for (size_t i = 0; i < ne; i++)
        c[dp_project_edit_at(p, i)->status]++;
    const char *lang = dps_query(rq, "lang");
    dps_buf b = {0};
    dps_buf_str(&b, "{\"version\":");
    const dp_project_version *v = dp_project_version_at(p, nv - 1);
    dps_buf_printf(&b, "{\"number\":%u,", v->number);
    dps_json_kv_str(&b, "label", v->label);
    dps_buf_printf(&b, ",\"scenes\":%u,\"same\":%u,\"changed\":%u,\"added\":%u,\"omitted\":%u,"
                       "\"split\":%u,\"merged\":%u},",
                   v->scenes, v->same, v->changed, v->added, v->omitted, v->split, v->merged);
    dps_buf_printf(&b, "\"edits\":{\"kept\":%zu,\"moved\":%zu,\"orphaned\":%zu},\"changes\":",
                   c[DP_EDIT_KEPT], c[DP_EDIT_MOVED], c[DP_EDIT_ORPHANED]);
    if (changes_json(p, 0, 0, lang && !strcmp(lang, "fr"), &b, &err) != 0) {
        dps_buf_free(&b);
        dps_respond_dp(rs, &err);
        return;
    }
    dps_buf_str(&b, "}\n");
    dps_respond_json(rs, 201, &b);
}
