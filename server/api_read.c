/* The API's reading routes: project, categories, scenes, a scene with its
 * script and sheet, the costume plot, the edits. */
#include "api_internal.h"

#include <string.h>

/* The effective breakdown of the current draft, or an error answer. */
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

/* UTF-16 code units in the first 'bytes' bytes of 's' (JavaScript string
 * offsets). */
static size_t u16_units(const char *s, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes && s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) != 0x80)
            n += c >= 0xF0 ? 2 : 1;
    }
    return n;
}

static void version_json(dps_buf *b, const dp_project_version *v)
{
    dps_buf_printf(b, "{\"number\":%u,", v->number);
    dps_json_kv_str(b, "label", v->label);
    dps_buf_str(b, ",");
    dps_json_kv_str(b, "file_name", v->file_name);
    dps_buf_str(b, ",");
    dps_json_kv_str(b, "format", v->format);
    dps_buf_str(b, ",");
    dps_json_kv_str(b, "sha256", v->sha256);
    dps_buf_printf(b,
                   ",\"size\":%llu,\"created\":%lld,\"scenes\":%u,\"same\":%u,\"changed\":%u,"
                   "\"added\":%u,\"omitted\":%u,\"split\":%u,\"merged\":%u}",
                   (unsigned long long)v->size, (long long)v->created, v->scenes, v->same,
                   v->changed, v->added, v->omitted, v->split, v->merged);
}

void dps_get_project(dps_app *app, const dps_request *rq, dps_response *rs)
{
    (void)rq;
    const dp_breakdown *bd = current(app, rs);
    if (!bd)
        return;
    dps_buf b = {0};
    dps_buf_str(&b, "{");
    dps_json_kv_str(&b, "title", dp_breakdown_title(bd));
    dps_buf_str(&b, ",");
    dps_json_kv_str(&b, "language", dp_breakdown_language(bd));
    dps_buf_str(&b, ",");
    dps_json_kv_str(&b, "paper", dp_paper_name(dp_breakdown_paper(bd)));
    dps_buf_printf(&b, ",\"pages\":%u,\"eighths\":%u,\"scene_count\":%zu,\"edit_count\":%zu",
                   dp_breakdown_pages(bd), dp_breakdown_eighths(bd),
                   dp_breakdown_scene_count(bd), dp_project_edit_count(app->project));
    dps_buf_str(&b, ",\"versions\":[");
    size_t nv = dp_project_version_count(app->project);
    for (size_t i = 0; i < nv; i++) {
        if (i)
            dps_buf_str(&b, ",");
        version_json(&b, dp_project_version_at(app->project, i));
    }
    dps_buf_str(&b, "],\"reports\":[");
    for (int k = 0; k < DP_REPORT_COUNT_; k++) {
        dps_buf_str(&b, k ? "," : "");
        dps_json_str(&b, dp_report_kind_name((dp_report_kind)k));
    }
    dps_buf_str(&b, ",\"changes\"],\"formats\":[");
    for (int f = 0; f < DP_RF_COUNT_; f++) {
        dps_buf_str(&b, f ? "," : "");
        dps_json_str(&b, dp_report_format_name((dp_report_format)f));
    }
    dps_buf_str(&b, "]}\n");
    dps_respond_json(rs, 200, &b);
}

void dps_get_categories(dps_app *app, const dps_request *rq, dps_response *rs)
{
    (void)app;
    (void)rq;
    dps_buf b = {0};
    dps_buf_str(&b, "[");
    for (uint16_t id = 100; id <= 124; id++) {
        dps_buf_printf(&b, "%s{\"id\":%u,", id > 100 ? "," : "", id);
        dps_json_kv_str(&b, "en", dp_category_name(id, 0));
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "fr", dp_category_name(id, 1));
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "color", dp_category_color(id));
        dps_buf_str(&b, "}");
    }
    dps_buf_str(&b, "]\n");
    dps_respond_json(rs, 200, &b);
}

/* The scene's fields shared by the list, the scene and the sheet. */
static void scene_head(dps_buf *b, const dp_breakdown *bd, size_t i)
{
    const dp_scene *sc = dp_breakdown_scene(bd, i);
    char eighths[16];
    dp_eighths_format(sc->eighths, eighths);
    dps_buf_printf(b, "\"index\":%zu,", i);
    dps_json_kv_str(b, "number", sc->number);
    dps_buf_str(b, ",");
    dps_json_kv_str(b, "heading", sc->heading);
    dps_buf_str(b, ",");
    dps_json_kv_str(b, "int_ext", dp_int_ext_name(sc->int_ext));
    dps_buf_str(b, ",");
    dps_json_kv_str(b, "time", dp_time_name(sc->time));
    dps_buf_str(b, ",");
    dps_json_kv_str(b, "set", sc->set);
    dps_buf_str(b, ",");
    dps_json_kv_str(b, "subset", sc->subset);
    dps_buf_printf(b, ",\"page\":%u,\"eighths\":%u,", sc->page, sc->eighths);
    dps_json_kv_str(b, "length", eighths);
    const char *strip = dp_scene_strip(bd, i);
    dps_buf_printf(b, ",\"story_day\":%u,", sc->story_day);
    dps_json_kv_str(b, "strip", strip);
    dps_buf_printf(b, ",\"night\":%s,\"cast\":[", strstr(strip, "night") ? "true" : "false");
    for (size_t k = 0; k < sc->cast_count; k++) {
        if (k)
            dps_buf_str(b, ",");
        dps_json_str(b, dp_breakdown_character(bd, sc->cast[k])->name);
    }
    dps_buf_str(b, "],\"cast_ids\":[");
    for (size_t k = 0; k < sc->cast_count; k++)
        dps_buf_printf(b, "%s%u", k ? "," : "", dp_breakdown_character(bd, sc->cast[k])->id);
    dps_buf_str(b, "]");
}

void dps_get_scenes(dps_app *app, const dps_request *rq, dps_response *rs)
{
    (void)rq;
    const dp_breakdown *bd = current(app, rs);
    if (!bd)
        return;
    dps_buf b = {0};
    dps_buf_str(&b, "[");
    size_t n = dp_breakdown_scene_count(bd);
    for (size_t i = 0; i < n; i++) {
        dps_buf_str(&b, i ? ",\n{" : "{");
        scene_head(&b, bd, i);
        dps_buf_str(&b, "}");
    }
    dps_buf_str(&b, "]\n");
    dps_respond_json(rs, 200, &b);
}

static void sheet_json(dps_buf *b, const dp_breakdown *bd, size_t s, int fr)
{
    const dp_scene *sc = dp_breakdown_scene(bd, s);
    dps_buf_str(b, "{\"cast\":[");
    for (size_t k = 0; k < sc->cast_count; k++) {
        const dp_character *c = dp_breakdown_character(bd, sc->cast[k]);
        dps_buf_printf(b, "%s{\"id\":%u,", k ? "," : "", c->id);
        dps_json_kv_str(b, "name", c->name);
        dps_buf_str(b, ",");
        dps_json_kv_str(b, "costume", sc->costumes ? sc->costumes[k] : NULL);
        dps_buf_str(b, ",");
        dps_json_kv_str(b, "makeup", sc->makeup ? sc->makeup[k] : NULL);
        dps_buf_str(b, "}");
    }
    dps_buf_str(b, "],\"categories\":[");
    /* items are sorted by category: one group per run */
    uint16_t cat = 0;
    int groups = 0;
    for (size_t k = 0; k < sc->item_count; k++) {
        const dp_item *it = dp_breakdown_item(bd, sc->items[k]);
        if (it->category != cat || groups == 0) {
            if (groups++)
                dps_buf_str(b, "]},");
            cat = it->category;
            dps_buf_printf(b, "{\"id\":%u,", cat);
            dps_json_kv_str(b, "name", dp_category_name(cat, fr));
            dps_buf_str(b, ",");
            dps_json_kv_str(b, "color", dp_category_color(cat));
            dps_buf_str(b, ",\"items\":[");
        } else {
            dps_buf_str(b, ",");
        }
        dps_buf_printf(b, "{\"item\":%u,", sc->items[k]);
        dps_json_kv_str(b, "name", it->name);
        dps_buf_str(b, ",");
        dps_json_kv_str(b, "character", it->character);
        dps_buf_printf(b, ",\"count\":%u}", it->count);
    }
    dps_buf_str(b, groups ? "]}]}" : "]}");
}

static int printed(dp_element_type t)
{
    return t != DP_EL_PAGE_BREAK && t != DP_EL_NOTE && t != DP_EL_SECTION &&
           t != DP_EL_SYNOPSIS;
}

static void script_json(dps_buf *b, const dp_breakdown *bd, size_t s)
{
    const dp_scene *sc = dp_breakdown_scene(bd, s);
    const dp_doc *doc = dp_breakdown_doc(bd);
    dps_buf_str(b, ",\"elements\":[");
    int first = 1;
    for (size_t e = sc->first_element; e < sc->end_element; e++) {
        const dp_element *el = dp_doc_element(doc, e);
        if (!printed(el->type))
            continue;
        dps_buf_printf(b, "%s{\"id\":%zu,", first ? "" : ",\n", e);
        first = 0;
        dps_json_kv_str(b, "type", dp_element_type_name(el->type));
        dps_buf_str(b, ",");
        dps_json_kv_str(b, "text", el->plain);
        dps_buf_printf(b, ",\"dual\":%s}",
                       el->flags & DP_ELF_DUAL_LEFT    ? "\"left\""
                       : el->flags & DP_ELF_DUAL_RIGHT ? "\"right\""
                                                       : "null");
    }
    dps_buf_str(b, "],\"tags\":[");
    first = 1;
    size_t nm = dp_breakdown_mention_count(bd);
    for (size_t m = 0; m < nm; m++) {
        const dp_mention *mn = dp_breakdown_mention(bd, m);
        if (mn->scene != s || mn->element < sc->first_element || mn->element >= sc->end_element)
            continue;
        const dp_item *it = dp_breakdown_item(bd, mn->item);
        const char *plain = dp_doc_element(doc, mn->element)->plain;
        size_t start = u16_units(plain, mn->start);
        size_t end = start + u16_units(plain + mn->start, mn->length);
        dps_buf_printf(b, "%s{\"element\":%zu,\"start\":%zu,\"end\":%zu,\"item\":%u,\"category\":%u,",
                       first ? "" : ",\n", mn->element, start, end, mn->item, it->category);
        first = 0;
        dps_json_kv_str(b, "name", it->name);
        dps_buf_str(b, ",");
        dps_json_kv_str(b, "character", it->character);
        dps_buf_str(b, ",");
        dps_json_kv_str(b, "rule", mn->rule);
        dps_buf_str(b, "}");
    }
    dps_buf_str(b, "]");
}

void dps_get_scene(dps_app *app, const dps_request *rq, dps_response *rs, const char *number,
                   int sheet_only)
{
    const dp_breakdown *bd = current(app, rs);
    if (!bd)
        return;
    long s = dps_scene_find(bd, number);
    if (s < 0) {
        dps_response_error(rs, 404, "no such scene in the current draft");
        return;
    }
    int fr = !strcmp(dps_lang(rq, bd), "fr");
    dps_buf b = {0};
    dps_buf_str(&b, "{");
    scene_head(&b, bd, (size_t)s);
    dps_buf_str(&b, ",\"sheet\":");
    sheet_json(&b, bd, (size_t)s, fr);
    if (!sheet_only)
        script_json(&b, bd, (size_t)s);
    dps_buf_str(&b, "}\n");
    dps_respond_json(rs, 200, &b);
}

void dps_get_costumes(dps_app *app, const dps_request *rq, dps_response *rs)
{
    (void)rq;
    const dp_breakdown *bd = current(app, rs);
    if (!bd)
        return;
    dps_buf b = {0};
    dps_buf_str(&b, "{\"characters\":[");
    size_t nc = dp_breakdown_character_count(bd), ncos = dp_breakdown_costume_count(bd);
    for (size_t c = 0; c < nc; c++) {
        const dp_character *ch = dp_breakdown_character(bd, c);
        dps_buf_printf(&b, "%s{\"id\":%u,", c ? ",\n" : "", ch->id);
        dps_json_kv_str(&b, "name", ch->name);
        for (int makeup = 0; makeup < 2; makeup++) {
            dps_buf_str(&b, makeup ? "],\"looks\":[" : ",\"costumes\":[");
            int first = 1;
            for (size_t k = 0; k < ncos; k++) {
                const dp_costume *co = dp_breakdown_costume(bd, k);
                if (co->character != c || (co->makeup != 0) != makeup)
                    continue;
                dps_buf_str(&b, first ? "{" : ",{");
                first = 0;
                dps_json_kv_str(&b, "number", co->number);
                dps_buf_str(&b, ",");
                dps_json_kv_str(&b, "description", co->description);
                dps_buf_str(&b, ",\"scenes\":[");
                for (size_t i = 0; i < co->scene_count; i++) {
                    const dp_scene *sc = dp_breakdown_scene(bd, co->scenes[i]);
                    dps_buf_str(&b, i ? ",{" : "{");
                    dps_json_kv_str(&b, "number", sc->number);
                    dps_buf_printf(&b, ",\"story_day\":%u}", sc->story_day);
                }
                dps_buf_str(&b, "]}");
            }
        }
        dps_buf_str(&b, "]}");
    }
    dps_buf_str(&b, "]}\n");
    dps_respond_json(rs, 200, &b);
}

void dps_get_edits(dps_app *app, const dps_request *rq, dps_response *rs)
{
    (void)rq;
    dp_project *p = app->project;
    size_t n = dp_project_edit_count(p);
    dps_buf b = {0};
    dps_buf_printf(&b, "{\"count\":%zu,\"edits\":[", n);
    for (size_t i = 0; i < n; i++) {
        const dp_edit_info *e = dp_project_edit_at(p, i);
        dps_buf_printf(&b, "%s{\"id\":%lld,\"version\":%u,", i ? ",\n" : "", (long long)e->id,
                       e->version);
        dps_json_kv_str(&b, "op", dp_edit_op_name(e->edit.op));
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "scene", e->edit.scene);
        dps_buf_printf(&b, ",\"category\":%u,", e->edit.category);
        dps_json_kv_str(&b, "name", e->edit.name);
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "character", e->edit.character);
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "text", e->edit.text);
        dps_buf_printf(&b, ",\"new_category\":%u,", e->edit.new_category);
        dps_json_kv_str(&b, "new_name", e->edit.new_name);
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "value", e->edit.value);
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "status", dp_edit_status_name(e->status));
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "now_scene", e->scene);
        dps_buf_str(&b, ",");
        dps_json_kv_str(&b, "detail", e->detail);
        dps_buf_str(&b, "}");
    }
    dps_buf_str(&b, "]}\n");
    dps_respond_json(rs, 200, &b);
}
