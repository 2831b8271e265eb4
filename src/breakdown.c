/* The breakdown: scenes from headings, then cast; accessors. */
#include "breakdown.h"
#include "edits.h"
#include "heading.h"
#include "paginate.h"
#include "tagger.h"

#include <stdio.h>
#include <string.h>

#define BD_ARENA_CAP ((size_t)1 << 31)

static const char *const time_names[DP_TIME_COUNT_] = {
    "UNSPECIFIED", "DAY",     "NIGHT",     "DAWN", "DUSK",  "MORNING",
    "AFTERNOON",   "EVENING", "CONTINUOUS", "LATER", "SAME",
};

const char *dp_time_name(dp_time t)
{
    return (unsigned)t < DP_TIME_COUNT_ ? time_names[t] : "UNSPECIFIED";
}

const char *dp_int_ext_name(dp_int_ext ie)
{
    switch (ie) {
    case DP_IE_INT:
        return "INT";
    case DP_IE_EXT:
        return "EXT";
    case DP_IE_INT_EXT:
        return "INT/EXT";
    default:
        return "";
    }
}

/* The title-page title, lines joined by a space. */
static const char *title_of(dp_breakdown *bd)
{
    const char *t = dp_doc_title_value(bd->doc, "title");
    if (!t)
        t = dp_doc_title_value(bd->doc, "titre");
    if (!t)
        t = "";
    size_t n = strlen(t);
    char *r = dp__arena_strndup(&bd->arena, t, n);
    if (r)
        for (size_t i = 0; i < n; i++)
            if (r[i] == '\n')
                r[i] = ' ';
    return r;
}

static dp_status scene_from_heading(dp_breakdown *bd, size_t ei, dp_scene *sc)
{
    const dp_element *el = &bd->doc->elements[ei];
    dp__heading h;
    size_t n = strlen(el->plain);
    dp_status st = dp__heading_analyze(&bd->arena, el->plain, n, &h);
    if (st != DP_OK)
        return st;
    memset(sc, 0, sizeof *sc);
    sc->number = el->scene_number ? el->scene_number : h.number; /* or NULL */
    sc->heading = h.number ? dp__arena_strndup(&bd->arena, el->plain + h.body_start,
                                               h.body_end - h.body_start)
                           : el->plain;
    if (!sc->heading)
        return DP_E_NOMEM;
    sc->int_ext = h.int_ext;
    sc->set = h.set;
    sc->subset = h.subset;
    sc->time = h.time;
    sc->time_text = h.time_text;
    if (el->flags & DP_ELF_FORCED)
        sc->flags |= DP_SCF_FORCED;
    if (h.day_for_night)
        sc->flags |= DP_SCF_DAY_FOR_NIGHT;
    if ((el->flags & DP_ELF_HEADING_FR) || (h.number && !el->scene_number))
        sc->flags |= DP_SCF_FRENCH_FORM;
    sc->line = el->line;
    sc->first_element = ei;
    return DP_OK;
}

static dp_status build_scenes(dp_breakdown *bd)
{
    const dp_doc *doc = bd->doc;
    size_t count = 0;
    for (size_t i = 0; i < doc->n_elements; i++)
        if (doc->elements[i].type == DP_EL_SCENE_HEADING)
            count++;
    if (count == 0)
        return DP_OK;
    bd->scenes = dp__arena_alloc(&bd->arena, count * sizeof *bd->scenes);
    if (!bd->scenes)
        return DP_E_NOMEM;
    for (size_t i = 0; i < doc->n_elements; i++) {
        if (doc->elements[i].type != DP_EL_SCENE_HEADING)
            continue;
        if (bd->n_scenes) {
            dp_scene *prev = &bd->scenes[bd->n_scenes - 1];
            prev->end_element = i;
        }
        dp_status st = scene_from_heading(bd, i, &bd->scenes[bd->n_scenes]);
        if (st != DP_OK)
            return st;
        bd->n_scenes++;
    }
    bd->scenes[bd->n_scenes - 1].end_element = doc->n_elements;
    for (size_t s = 0; s < bd->n_scenes; s++) {
        dp_scene *sc = &bd->scenes[s];
        uint32_t end = sc->line;
        for (size_t e = sc->first_element; e < sc->end_element; e++)
            if (doc->elements[e].line_end > end)
                end = doc->elements[e].line_end;
        sc->line_end = end;
    }
    return dp__number_scenes(bd);
}

/* Pages, and each scene's first page and length in eighths. */
static dp_status measure_pages(dp_breakdown *bd, dp_paper paper)
{
    dp_pagination *pg = NULL;
    dp_status st = dp_paginate(bd->doc, paper, &pg, NULL);
    if (st != DP_OK)
        return st;
    bd->paper = dp_pagination_paper(pg);
    bd->pages = dp_pagination_pages(pg);
    uint32_t lpp = dp_pagination_lines_per_page(pg);
    for (size_t s = 0; s < bd->n_scenes; s++) {
        dp_scene *sc = &bd->scenes[s];
        /* from the heading (with its spacing) to the scene's last printed
         * line, across pages: space left at the foot of a page because the
         * break rules moved a block counts, as in Final Draft */
        const pg_element *h = &pg->el[sc->first_element];
        uint64_t end = h->end;
        for (size_t e = sc->first_element; e < sc->end_element; e++)
            if (pg->el[e].end > end)
                end = pg->el[e].end;
        uint32_t lines = h->page ? (uint32_t)(end - h->at) : 0;
        sc->page = dp_pagination_element_page(pg, sc->first_element);
        sc->eighths = dp__eighths(lines, lpp);
        bd->eighths += sc->eighths;
    }
    dp_pagination_free(pg);
    return DP_OK;
}

dp_status dp_breakdown_new(const dp_doc *doc, const dp_breakdown_options *opts,
                           dp_breakdown **out, dp_error *err)
{
    return dp__breakdown_build(doc, opts, NULL, out, err);
}

dp_status dp__breakdown_build(const dp_doc *doc, const dp_breakdown_options *opts,
                              const dp__overlay *ov, dp_breakdown **out, dp_error *err)
{
    if (!doc || !out)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_breakdown_new: NULL argument");
    *out = NULL;
    dp_breakdown *bd = dp__calloc(1, sizeof *bd);
    if (!bd)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    dp__arena_init(&bd->arena, BD_ARENA_CAP);
    bd->doc = doc;
    bd->language = dp__detect_language(doc);
    bd->title = title_of(bd);
    dp_status st = bd->title ? build_scenes(bd) : DP_E_NOMEM;
    if (st == DP_OK && ov)
        st = dp__overlay_headings(bd, ov);
    if (st == DP_OK)
        st = measure_pages(bd, opts ? opts->paper : DP_PAPER_AUTO);
    if (st == DP_OK)
        st = dp__story_days(bd);
    if (st == DP_OK && ov)
        st = dp__overlay_story_days(bd, ov);
    if (st == DP_OK)
        st = dp__cast_analyze(bd);
    if (st == DP_OK) {
        dp__findings f = {NULL, 0, 0};
        st = dp__tag_scenes(bd, &f);
        if (st == DP_OK)
            st = dp__add_user_tags(bd, &f);
        if (st == DP_OK && ov)
            st = dp__overlay_findings(bd, ov, &f);
        if (st == DP_OK)
            st = dp__build_items(bd, &f);
        if (st == DP_OK)
            st = dp__build_costumes(bd, &f);
        if (st == DP_OK && ov)
            st = dp__overlay_costumes(bd, ov);
        dp__free(f.f);
    }
    if (st == DP_OK && bd->arena.failed)
        st = DP_E_NOMEM;
    if (st != DP_OK) {
        dp_breakdown_free(bd);
        return dp__error_set(err, st, 0, 0, "breakdown: %s", dp_strerror(st));
    }
    *out = bd;
    return DP_OK;
}

void dp_breakdown_free(dp_breakdown *bd)
{
    if (!bd)
        return;
    dp__arena_release(&bd->arena);
    dp__free(bd);
}

const dp_doc *dp_breakdown_doc(const dp_breakdown *bd) { return bd ? bd->doc : NULL; }
const char *dp_breakdown_title(const dp_breakdown *bd) { return bd ? bd->title : ""; }
const char *dp_breakdown_language(const dp_breakdown *bd) { return bd ? bd->language : "en"; }
dp_paper dp_breakdown_paper(const dp_breakdown *bd) { return bd ? bd->paper : DP_PAPER_AUTO; }
uint32_t dp_breakdown_pages(const dp_breakdown *bd) { return bd ? bd->pages : 0; }
uint32_t dp_breakdown_eighths(const dp_breakdown *bd) { return bd ? bd->eighths : 0; }
size_t dp_breakdown_item_count(const dp_breakdown *bd) { return bd ? bd->n_items : 0; }
size_t dp_breakdown_mention_count(const dp_breakdown *bd) { return bd ? bd->n_mentions : 0; }
size_t dp_breakdown_costume_count(const dp_breakdown *bd) { return bd ? bd->n_costumes : 0; }

const dp_item *dp_breakdown_item(const dp_breakdown *bd, size_t i)
{
    return bd && i < bd->n_items ? &bd->items[i] : NULL;
}

const dp_mention *dp_breakdown_mention(const dp_breakdown *bd, size_t i)
{
    return bd && i < bd->n_mentions ? &bd->mentions[i] : NULL;
}

const dp_costume *dp_breakdown_costume(const dp_breakdown *bd, size_t i)
{
    return bd && i < bd->n_costumes ? &bd->costumes[i] : NULL;
}
size_t dp_breakdown_scene_count(const dp_breakdown *bd) { return bd ? bd->n_scenes : 0; }

const dp_scene *dp_breakdown_scene(const dp_breakdown *bd, size_t i)
{
    return bd && i < bd->n_scenes ? &bd->scenes[i] : NULL;
}

size_t dp_breakdown_character_count(const dp_breakdown *bd) { return bd ? bd->n_chars : 0; }

const dp_character *dp_breakdown_character(const dp_breakdown *bd, size_t i)
{
    return bd && i < bd->n_chars ? &bd->chars[i] : NULL;
}
