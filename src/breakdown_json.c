/* The breakdown as JSON ("depouille breakdown"). Field names are a
 * contract with other tools: add fields, never rename them. */
#include "breakdown.h"

#include <stdlib.h>
#include <string.h>

typedef struct set_item {
    const char *set;
    uint32_t scene;
    uint32_t group_first; /* first scene of the item's set */
} set_item;

static int cmp_set_name(const void *x, const void *y)
{
    const set_item *a = x, *b = y;
    int r = strcmp(a->set, b->set);
    if (r)
        return r;
    return a->scene < b->scene ? -1 : a->scene > b->scene;
}

static int cmp_set_first(const void *x, const void *y)
{
    const set_item *a = x, *b = y;
    if (a->group_first != b->group_first)
        return a->group_first < b->group_first ? -1 : 1;
    return a->scene < b->scene ? -1 : a->scene > b->scene;
}

/* Sets (décors) in order of first appearance, each with its scenes. */
static dp_status write_sets(const dp_breakdown *bd, dp__json *j)
{
    size_t n = bd->n_scenes;
    set_item *it = dp__malloc((n + 1) * sizeof *it);
    if (!it)
        return DP_E_NOMEM;
    for (size_t i = 0; i < n; i++)
        it[i] = (set_item){bd->scenes[i].set, (uint32_t)i, 0};
    if (n)
        qsort(it, n, sizeof *it, cmp_set_name);
    for (size_t i = 0; i < n; i++)
        it[i].group_first = (i && strcmp(it[i].set, it[i - 1].set) == 0)
                                ? it[i - 1].group_first
                                : it[i].scene;
    if (n)
        qsort(it, n, sizeof *it, cmp_set_first);
    dp__json_key(j, "sets");
    dp__json_begin_array(j);
    for (size_t i = 0; i < n;) {
        size_t k = i;
        while (k < n && it[k].group_first == it[i].group_first)
            k++;
        bool ie_seen[4] = {false, false, false, false};
        for (size_t m = i; m < k; m++)
            ie_seen[bd->scenes[it[m].scene].int_ext & 3] = true;
        dp__json_begin_object(j);
        dp__json_key(j, "name");
        dp__json_string(j, it[i].set);
        dp__json_key(j, "int_ext");
        dp__json_begin_array_inline(j);
        for (int ie = 1; ie < 4; ie++)
            if (ie_seen[ie])
                dp__json_string(j, dp_int_ext_name((dp_int_ext)ie));
        dp__json_end_array(j);
        dp__json_key(j, "scenes");
        dp__json_begin_array_inline(j);
        for (size_t m = i; m < k; m++)
            dp__json_string(j, bd->scenes[it[m].scene].number);
        dp__json_end_array(j);
        dp__json_end_object(j);
        i = k;
    }
    dp__json_end_array(j);
    dp__free(it);
    return DP_OK;
}

static bool french(const dp_breakdown *bd) { return strcmp(bd->language, "fr") == 0; }

static void write_item_fields(const dp_breakdown *bd, dp__json *j, const dp_item *it)
{
    dp__json_key(j, "category");
    dp__json_int(j, it->category);
    dp__json_key(j, "category_name");
    dp__json_string(j, dp_category_name(it->category, french(bd)));
    dp__json_key(j, "name");
    dp__json_string(j, it->name);
    dp__json_key(j, "character");
    if (it->character)
        dp__json_string(j, it->character);
    else
        dp__json_null(j);
}

static void write_mention_fields(const dp_breakdown *bd, dp__json *j, const dp_mention *m)
{
    const dp_element *el = &bd->doc->elements[m->element];
    dp__json_key(j, "text");
    dp__json_string_n(j, el->plain + m->start, m->length);
    dp__json_key(j, "line");
    dp__json_int(j, m->line);
    dp__json_key(j, "rule");
    dp__json_string(j, m->rule);
    dp__json_key(j, "confidence");
    dp__json_int(j, m->confidence);
}

/* A scene's items, each with its most confident (then first) mention in
 * the scene; mentions [ma, mb) are the scene's. */
static dp_status write_scene_items(const dp_breakdown *bd, dp__json *j, const dp_scene *sc,
                                   size_t ma, size_t mb)
{
    size_t n = sc->item_count;
    size_t *best = dp__malloc((n + 1) * sizeof *best);
    if (!best)
        return DP_E_NOMEM;
    for (size_t i = 0; i < n; i++)
        best[i] = SIZE_MAX;
    for (size_t m = ma; m < mb; m++) {
        /* the mention's item, found by bisection in the sorted scene list */
        size_t lo = 0, hi = n;
        uint32_t want = bd->mentions[m].item;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (sc->items[mid] < want)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < n && sc->items[lo] == want &&
            (best[lo] == SIZE_MAX || bd->mentions[m].confidence > bd->mentions[best[lo]].confidence))
            best[lo] = m;
    }
    dp__json_key(j, "elements");
    dp__json_begin_array(j);
    for (size_t i = 0; i < n; i++) {
        const dp_item *it = &bd->items[sc->items[i]];
        dp__json_begin_object(j);
        write_item_fields(bd, j, it);
        if (best[i] != SIZE_MAX)
            write_mention_fields(bd, j, &bd->mentions[best[i]]);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
    dp__free(best);
    return DP_OK;
}

/* Per cast member of a scene: the costume and makeup look worn. */
static void write_scene_costumes(const dp_breakdown *bd, dp__json *j, const dp_scene *sc)
{
    dp__json_key(j, "costumes");
    dp__json_begin_array(j);
    for (size_t c = 0; c < sc->cast_count; c++) {
        dp__json_begin_object_inline(j);
        dp__json_key(j, "character");
        dp__json_string(j, bd->chars[sc->cast[c]].name);
        dp__json_key(j, "costume");
        if (sc->costumes && sc->costumes[c])
            dp__json_string(j, sc->costumes[c]);
        else
            dp__json_null(j);
        dp__json_key(j, "makeup");
        if (sc->makeup && sc->makeup[c])
            dp__json_string(j, sc->makeup[c]);
        else
            dp__json_null(j);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
}

/* The costume plot: per character, each costume and look with its scenes
 * and story days. */
static void write_costumes(const dp_breakdown *bd, dp__json *j)
{
    dp__json_key(j, "costumes");
    dp__json_begin_array(j);
    for (size_t i = 0; i < bd->n_costumes; i++) {
        const dp_costume *co = &bd->costumes[i];
        dp__json_begin_object(j);
        dp__json_key(j, "character");
        dp__json_string(j, bd->chars[co->character].name);
        dp__json_key(j, "kind");
        dp__json_string(j, co->makeup ? "makeup" : "costume");
        dp__json_key(j, "number");
        dp__json_string(j, co->number);
        dp__json_key(j, "description");
        dp__json_string(j, co->description);
        dp__json_key(j, "scenes");
        dp__json_begin_array_inline(j);
        for (size_t s = 0; s < co->scene_count; s++)
            dp__json_string(j, bd->scenes[co->scenes[s]].number);
        dp__json_end_array(j);
        dp__json_key(j, "story_days");
        dp__json_begin_array_inline(j);
        uint32_t last = 0;
        for (size_t s = 0; s < co->scene_count; s++) {
            uint32_t d = bd->scenes[co->scenes[s]].story_day;
            bool seen = d == last;
            for (size_t q = 0; q < s && !seen; q++)
                seen = bd->scenes[co->scenes[q]].story_day == d;
            if (!seen)
                dp__json_int(j, d);
            last = d;
        }
        dp__json_end_array(j);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
}

static void write_items(const dp_breakdown *bd, dp__json *j)
{
    /* each item's mentions: one pass over the mentions per item would be
     * quadratic; count then place */
    size_t *start = dp__calloc(bd->n_items + 1, sizeof *start);
    size_t *order = dp__malloc((bd->n_mentions + 1) * sizeof *order);
    if (!start || !order) {
        dp__free(start);
        dp__free(order);
        j->status = j->status == DP_OK ? DP_E_NOMEM : j->status;
        return;
    }
    for (size_t m = 0; m < bd->n_mentions; m++)
        start[bd->mentions[m].item + 1]++;
    for (size_t i = 0; i < bd->n_items; i++)
        start[i + 1] += start[i];
    for (size_t m = 0; m < bd->n_mentions; m++)
        order[start[bd->mentions[m].item]++] = m;
    dp__json_key(j, "elements");
    dp__json_begin_array(j);
    size_t at = 0;
    for (size_t i = 0; i < bd->n_items; i++) {
        const dp_item *it = &bd->items[i];
        dp__json_begin_object(j);
        write_item_fields(bd, j, it);
        dp__json_key(j, "count");
        if (it->count)
            dp__json_int(j, it->count);
        else
            dp__json_null(j);
        dp__json_key(j, "weapon");
        dp__json_bool(j, (it->flags & DP_ITEMF_WEAPON) != 0);
        dp__json_key(j, "scenes");
        dp__json_begin_array_inline(j);
        for (size_t s = 0; s < it->scene_count; s++)
            dp__json_string(j, bd->scenes[it->scenes[s]].number);
        dp__json_end_array(j);
        dp__json_key(j, "mentions");
        dp__json_begin_array(j);
        for (; at < start[i]; at++) {
            const dp_mention *m = &bd->mentions[order[at]];
            dp__json_begin_object(j);
            dp__json_key(j, "scene");
            dp__json_string(j, bd->scenes[m->scene].number);
            write_mention_fields(bd, j, m);
            dp__json_end_object(j);
        }
        dp__json_end_array(j);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
    dp__free(start);
    dp__free(order);
}

/* The scene holding element 'e' (scenes are in element order), or -1. */
static long scene_of(const dp_breakdown *bd, size_t e, size_t *hint)
{
    size_t s = *hint;
    while (s < bd->n_scenes && bd->scenes[s].end_element <= e)
        s++;
    *hint = s;
    return s < bd->n_scenes && bd->scenes[s].first_element <= e ? (long)s : -1;
}

/* The script's own tags (a Final Draft file's Tagger data), in script
 * order. */
static void write_tags(const dp_breakdown *bd, dp__json *j)
{
    const dp_doc *doc = bd->doc;
    size_t hint = 0;
    dp__json_key(j, "tags");
    dp__json_begin_array(j);
    for (size_t i = 0; i < doc->n_tags; i++) {
        const dp_tag *t = &doc->tags[i];
        const dp_element *el = &doc->elements[t->element];
        long s = scene_of(bd, t->element, &hint);
        dp__json_begin_object(j);
        dp__json_key(j, "category");
        dp__json_int(j, t->category);
        dp__json_key(j, "category_name");
        dp__json_string(j, t->category_name);
        dp__json_key(j, "label");
        dp__json_string(j, t->label);
        dp__json_key(j, "text");
        dp__json_string_n(j, el->plain + t->start, t->length);
        dp__json_key(j, "scene");
        if (s >= 0)
            dp__json_string(j, bd->scenes[s].number);
        else
            dp__json_null(j);
        dp__json_key(j, "line");
        dp__json_int(j, el->line);
        dp__json_key(j, "user");
        dp__json_bool(j, (t->flags & DP_TAGF_USER) != 0);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
}

dp_status dp_breakdown_write_json(const dp_breakdown *bd, const dp_sink *sink,
                                  dp_error *err)
{
    if (!bd || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0,
                             "dp_breakdown_write_json: NULL argument");
    dp__json j;
    dp__json_init(&j, sink);
    dp__json_begin_object(&j);
    dp__json_key(&j, "title");
    dp__json_string(&j, bd->title);
    dp__json_key(&j, "language");
    dp__json_string(&j, bd->language);
    dp__json_key(&j, "paper");
    dp__json_string(&j, dp_paper_name(bd->paper));
    dp__json_key(&j, "pages");
    dp__json_int(&j, bd->pages);
    dp__json_key(&j, "eighths");
    dp__json_int(&j, bd->eighths);
    dp__json_key(&j, "scenes");
    dp__json_begin_array(&j);
    size_t mention = 0;
    for (size_t i = 0; i < bd->n_scenes; i++) {
        const dp_scene *sc = &bd->scenes[i];
        dp__json_begin_object(&j);
        dp__json_key(&j, "number");
        dp__json_string(&j, sc->number);
        dp__json_key(&j, "heading");
        dp__json_string(&j, sc->heading);
        dp__json_key(&j, "int_ext");
        dp__json_string(&j, dp_int_ext_name(sc->int_ext));
        dp__json_key(&j, "set");
        dp__json_string(&j, sc->set);
        dp__json_key(&j, "subset");
        dp__json_string(&j, sc->subset);
        dp__json_key(&j, "time");
        dp__json_string(&j, dp_time_name(sc->time));
        dp__json_key(&j, "time_text");
        dp__json_string(&j, sc->time_text);
        dp__json_key(&j, "day_for_night");
        dp__json_bool(&j, (sc->flags & DP_SCF_DAY_FOR_NIGHT) != 0);
        dp__json_key(&j, "story_day");
        dp__json_int(&j, sc->story_day);
        dp__json_key(&j, "story_day_reason");
        dp__json_string(&j, sc->story_day_reason);
        dp__json_key(&j, "flashback");
        dp__json_bool(&j, (sc->flags & DP_SCF_FLASHBACK) != 0);
        dp__json_key(&j, "line");
        dp__json_int(&j, sc->line);
        dp__json_key(&j, "line_end");
        dp__json_int(&j, sc->line_end);
        dp__json_key(&j, "page");
        dp__json_int(&j, sc->page);
        dp__json_key(&j, "eighths");
        dp__json_int(&j, sc->eighths);
        char length[16];
        dp_eighths_format(sc->eighths, length);
        dp__json_key(&j, "length");
        dp__json_string(&j, length);
        const dp_element *head = &bd->doc->elements[sc->first_element];
        if (head->fd_eighths >= 0) { /* the length Final Draft wrote in the file */
            dp__json_key(&j, "eighths_final_draft");
            dp__json_int(&j, head->fd_eighths);
        }
        dp__json_key(&j, "cast");
        dp__json_begin_array_inline(&j);
        for (size_t c = 0; c < sc->cast_count; c++)
            dp__json_string(&j, bd->chars[sc->cast[c]].name);
        dp__json_end_array(&j);
        size_t ma = mention;
        while (mention < bd->n_mentions && bd->mentions[mention].scene == i)
            mention++;
        write_scene_costumes(bd, &j, sc);
        dp_status st = write_scene_items(bd, &j, sc, ma, mention);
        if (st != DP_OK && j.status == DP_OK)
            j.status = st;
        dp__json_end_object(&j);
    }
    dp__json_end_array(&j);
    dp__json_key(&j, "cast");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < bd->n_chars; i++) {
        const dp_character *ch = &bd->chars[i];
        dp__json_begin_object(&j);
        dp__json_key(&j, "id");
        dp__json_int(&j, ch->id);
        dp__json_key(&j, "name");
        dp__json_string(&j, ch->name);
        dp__json_key(&j, "speaking");
        dp__json_bool(&j, ch->speaking != 0);
        dp__json_key(&j, "cues");
        dp__json_int(&j, ch->cues);
        dp__json_key(&j, "scenes");
        dp__json_begin_array_inline(&j);
        for (size_t s = 0; s < ch->scene_count; s++)
            dp__json_string(&j, bd->scenes[ch->scenes[s]].number);
        dp__json_end_array(&j);
        dp__json_end_object(&j);
    }
    dp__json_end_array(&j);
    write_items(bd, &j);
    write_costumes(bd, &j);
    dp_status st = write_sets(bd, &j);
    if (st != DP_OK)
        j.status = j.status == DP_OK ? st : j.status;
    write_tags(bd, &j);
    dp__json_end_object(&j);
    st = dp__json_finish(&j);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "writing JSON: %s", dp_strerror(st));
    return DP_OK;
}
