/* Breakdown sheets: one per scene, a header (number, I/E, set, time, story
 * day, page, length, synopsis) and one box per category with its elements;
 * the cast with their costume and makeup numbers, background with counts.
 * CSV and XLSX get the same content flat: one row per scene and element. */
#include "categories.h"
#include "report.h"

#include <string.h>

#define L(id) dp__l(DP__L_##id, r->fr)

/* "costume 2A, makeup 1B" for the k-th character of scene s. */
static const char *cast_details(dp__report *r, const dp_scene *s, size_t k)
{
    dp__rjoin j;
    dp__rj_init(&j, r);
    if (s->costumes && s->costumes[k] && s->costumes[k][0])
        dp__rj_printf(&j, "%s %s", L(COSTUME_NO), s->costumes[k]);
    if (s->makeup && s->makeup[k]) {
        dp__rj_sep(&j, ", ");
        dp__rj_printf(&j, "%s %s", L(MAKEUP_NO), s->makeup[k]);
    }
    return dp__rj_done(&j);
}

/* An element as a box line: "robe (HÉLÈNE)", "passengers (30)". */
static const char *item_line(dp__report *r, const dp_item *it)
{
    dp__rjoin j;
    dp__rj_init(&j, r);
    dp__rj_puts(&j, it->name);
    if (it->character)
        dp__rj_printf(&j, " (%s)", it->character);
    if (it->count)
        dp__rj_printf(&j, " (%u)", it->count);
    if (it->flags & DP_ITEMF_WEAPON)
        dp__rj_printf(&j, " [%s]", L(WEAPON));
    return dp__rj_done(&j);
}

/* Details of an item for the flat table: character, count, weapon. */
static const char *item_details(dp__report *r, const dp_item *it)
{
    dp__rjoin j;
    dp__rj_init(&j, r);
    if (it->character)
        dp__rj_puts(&j, it->character);
    if (it->count) {
        dp__rj_sep(&j, ", ");
        dp__rj_printf(&j, "%u", it->count);
    }
    if (it->flags & DP_ITEMF_WEAPON) {
        dp__rj_sep(&j, ", ");
        dp__rj_puts(&j, L(WEAPON));
    }
    return dp__rj_done(&j);
}

static const char *hex_of(uint16_t cat)
{
    const dp__category *c = dp__category_by_id(cat);
    return c ? c->color : "#607D8B";
}

static void sheet_of(dp__report *r, dp__rtable *flat, size_t i)
{
    const dp_scene *s = dp_breakdown_scene(r->bd, i);
    dp__rsheet *sh = dp__rp_sheet(r);
    if (!sh)
        return;
    dp__strip strip = dp__scene_strip(r->bd, i);
    sh->strip = (uint8_t)strip;
    sh->title = dp__rp_strf(r, "%s %s", L(SCENE), s->number);
    sh->heading = s->heading;
    sh->synopsis = dp__scene_synopsis(r, i);
    sh->fields = dp__rp_alloc(r, 8, sizeof *sh->fields);
    if (!sh->fields)
        return;
    const char *time = dp__scene_time(r, i);
    dp__rfield f[] = {
        {L(IE), dp_int_ext_name(s->int_ext)},
        {L(SET), s->set},
        {L(SUBSET), s->subset},
        {L(TIME), time},
        {L(STORY_DAY), dp__rp_strf(r, "%u", s->story_day)},
        {L(PAGE), dp__rp_strf(r, "%u", s->page)},
        {L(LENGTH), dp__rp_eighths(r, s->eighths)},
        {"", dp__strip_label(strip, r->fr)},
    };
    memcpy(sh->fields, f, sizeof f);
    sh->nfields = DP__COUNT(f);

    /* boxes: the cast, then one per category present, in id order */
    size_t nb = 1;
    uint16_t last = 0;
    for (size_t k = 0; k < s->item_count; k++) {
        uint16_t cat = dp_breakdown_item(r->bd, s->items[k])->category;
        nb += cat != last;
        last = cat;
    }
    sh->boxes = dp__rp_alloc(r, nb, sizeof *sh->boxes);
    if (!sh->boxes)
        return;
    dp__rbox *b = &sh->boxes[0];
    b->title = dp_category_name(100, r->fr);
    b->color = hex_of(100);
    b->lines = dp__rp_alloc(r, s->cast_count + 1, sizeof *b->lines);
    if (!b->lines)
        return;
    const char *base[7] = {s->number, dp_int_ext_name(s->int_ext), s->set, time,
                           f[4].value, f[5].value, f[6].value};
    for (size_t k = 0; k < s->cast_count; k++) {
        const dp_character *c = dp_breakdown_character(r->bd, s->cast[k]);
        const char *d = cast_details(r, s, k);
        b->lines[b->nlines++] = *d ? dp__rp_strf(r, "%u. %s — %s", c->id, c->name, d)
                                   : dp__rp_strf(r, "%u. %s", c->id, c->name);
        const char **cells = dp__rp_row(r, flat, DP__ROW_DATA, strip);
        if (!cells)
            return;
        memcpy(cells, base, sizeof base);
        cells[7] = b->title;
        cells[8] = dp__rp_strf(r, "%u %s", c->id, c->name);
        cells[9] = d;
    }
    sh->nboxes = 1;
    for (size_t k = 0; k < s->item_count;) {
        uint16_t cat = dp_breakdown_item(r->bd, s->items[k])->category;
        size_t e = k;
        while (e < s->item_count && dp_breakdown_item(r->bd, s->items[e])->category == cat)
            e++;
        b = &sh->boxes[sh->nboxes++];
        b->title = dp_category_name(cat, r->fr);
        b->color = hex_of(cat);
        b->lines = dp__rp_alloc(r, e - k, sizeof *b->lines);
        if (!b->lines)
            return;
        for (; k < e; k++) {
            const dp_item *it = dp_breakdown_item(r->bd, s->items[k]);
            b->lines[b->nlines++] = item_line(r, it);
            const char **cells = dp__rp_row(r, flat, DP__ROW_DATA, strip);
            if (!cells)
                return;
            memcpy(cells, base, sizeof base);
            cells[7] = b->title;
            cells[8] = it->name;
            cells[9] = item_details(r, it);
        }
    }
    if (!s->cast_count && !s->item_count) {
        const char **cells = dp__rp_row(r, flat, DP__ROW_DATA, strip);
        if (cells)
            memcpy(cells, base, sizeof base);
    }
}

void dp__report_sheets(dp__report *r)
{
    r->title = L(T_SHEETS);
    r->landscape = false;
    const dp__rcol cols[] = {
        {L(SC), 5, DP__RIGHT, 0, 0},         {L(IE), 7, DP__LEFT, 0, 0},
        {L(SET), 24, DP__LEFT, 0, 0},        {L(TIME), 11, DP__LEFT, 0, 0},
        {L(STORY_DAY), 6, DP__RIGHT, 1, 0},  {L(PAGE), 5, DP__RIGHT, 1, 0},
        {L(LENGTH), 7, DP__RIGHT, 0, 0},     {L(DEPARTMENT), 20, DP__LEFT, 0, 0},
        {L(ELEMENT), 28, DP__LEFT, 0, 0},    {L(NOTES), 24, DP__LEFT, 0, 0},
    };
    dp__rtable *flat = dp__rp_table(r, L(T_BREAKDOWN), L(T_BREAKDOWN),
                                    DP__TF_CSV | DP__TF_XLSX, cols, DP__COUNT(cols));
    if (!flat)
        return;
    flat->frozen = 1;
    size_t n = dp_breakdown_scene_count(r->bd);
    for (size_t i = 0; i < n && r->status == DP_OK; i++)
        sheet_of(r, flat, i);
}
