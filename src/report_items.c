/* The department lists: every element by category with its scenes, and the
 * costume plot (each character's costumes and looks, and the character by
 * scene matrices). */
#include "report.h"

#include <string.h>

#define L(id) dp__l(DP__L_##id, r->fr)

/* "weapon", "tagged" ... for an item's notes column. */
static const char *item_notes(dp__report *r, const dp_item *it)
{
    dp__rjoin j;
    dp__rj_init(&j, r);
    if (it->flags & DP_ITEMF_WEAPON)
        dp__rj_puts(&j, L(WEAPON));
    if (it->flags & DP_ITEMF_USER) {
        dp__rj_sep(&j, ", ");
        dp__rj_puts(&j, L(TAGGED));
    }
    return dp__rj_done(&j);
}

void dp__report_elements(dp__report *r)
{
    r->title = L(T_ELEMENTS);
    r->landscape = true;
    const dp__rcol cols[] = {
        {L(DEPARTMENT), 20, DP__LEFT, 0, 1}, {L(ELEMENT), 28, DP__LEFT, 0, 0},
        {L(CHARACTER), 18, DP__LEFT, 0, 0},  {L(QTY), 5, DP__RIGHT, 1, 0},
        {L(NOTES), 10, DP__LEFT, 0, 0},      {L(SCENES), 9, DP__RIGHT, 1, 0},
        {L(SCENE_LIST), 60, DP__LEFT, 0, 0},
    };
    dp__rtable *t = dp__rp_table(r, L(T_ELEMENTS), L(T_ELEMENTS),
                                 DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT, cols,
                                 DP__COUNT(cols));
    if (!t)
        return;
    t->frozen = 2;
    size_t n = dp_breakdown_item_count(r->bd);
    for (size_t i = 0; i < n;) {
        uint16_t cat = dp_breakdown_item(r->bd, i)->category;
        size_t k = i;
        while (k < n && dp_breakdown_item(r->bd, k)->category == cat)
            k++;
        const char *name = dp_category_name(cat, r->fr);
        const char **c = dp__rp_row(r, t, DP__ROW_GROUP, DP__STRIP_NONE);
        if (!c)
            return;
        c[0] = dp__rp_strf(r, "%s — %s", name, dp__rp_count(r, k - i, DP__L_ONE_ELEMENT, DP__L_N_ELEMENTS));
        for (; i < k; i++) {
            const dp_item *it = dp_breakdown_item(r->bd, i);
            c = dp__rp_row(r, t, DP__ROW_DATA, DP__STRIP_NONE);
            if (!c)
                return;
            c[0] = name;
            c[1] = it->name;
            c[2] = it->character ? it->character : "";
            c[3] = it->count ? dp__rp_strf(r, "%u", it->count) : "";
            c[4] = item_notes(r, it);
            c[5] = dp__rp_strf(r, "%zu", it->scene_count);
            c[6] = dp__rp_scene_list(r, it->scenes, it->scene_count);
        }
    }
    const char **c = dp__rp_row(r, t, DP__ROW_TOTAL, DP__STRIP_NONE);
    if (c) {
        c[0] = L(TOTAL);
        c[1] = dp__rp_count(r, n, DP__L_ONE_ELEMENT, DP__L_N_ELEMENTS);
    }
}

/* ---- the costume plot --------------------------------------------------- */

/* Costumes (makeup 0) or looks (makeup 1) of character 'ch', as rows. */
static void costume_rows(dp__report *r, dp__rtable *t, uint32_t ch, int makeup)
{
    const dp_character *who = dp_breakdown_character(r->bd, ch);
    size_t n = dp_breakdown_costume_count(r->bd);
    for (size_t i = 0; i < n; i++) {
        const dp_costume *co = dp_breakdown_costume(r->bd, i);
        if (co->character != ch || co->makeup != makeup)
            continue;
        const char **c = dp__rp_row(r, t, DP__ROW_DATA, DP__STRIP_NONE);
        if (!c)
            return;
        c[0] = who->name;
        c[1] = makeup ? L(MAKEUP) : L(COSTUME);
        c[2] = co->number;
        c[3] = co->description;
        c[4] = dp__rp_story_days(r, co->scenes, co->scene_count);
        c[5] = dp__rp_strf(r, "%zu", co->scene_count);
        c[6] = dp__rp_scene_list(r, co->scenes, co->scene_count);
    }
}

/* A scene by character matrix of costume numbers (makeup 0) or looks
 * (makeup 1), for the characters who have one. */
static void matrix(dp__report *r, int makeup)
{
    size_t nch = dp_breakdown_character_count(r->bd);
    size_t ns = dp_breakdown_scene_count(r->bd);
    uint32_t *who = dp__rp_alloc(r, nch + 1, sizeof *who);
    if (!who)
        return;
    size_t m = 0;
    for (size_t ch = 0; ch < nch; ch++) {
        bool has = false;
        for (size_t i = 0; i < dp_breakdown_costume_count(r->bd) && !has; i++) {
            const dp_costume *co = dp_breakdown_costume(r->bd, i);
            has = co->character == ch && co->makeup == makeup;
        }
        if (has)
            who[m++] = (uint32_t)ch;
    }
    if (!m)
        return;
    dp__rcol *cols = dp__rp_alloc(r, m + 3, sizeof *cols);
    if (!cols)
        return;
    cols[0] = (dp__rcol){L(SC), 5, DP__RIGHT, 0, 0};
    cols[1] = (dp__rcol){L(STORY_DAY), 6, DP__RIGHT, 1, 0};
    cols[2] = (dp__rcol){L(SET), 20, DP__LEFT, 0, 0};
    for (size_t k = 0; k < m; k++) {
        const dp_character *c = dp_breakdown_character(r->bd, who[k]);
        cols[3 + k] = (dp__rcol){dp__rp_strf(r, "%u %s", c->id, c->name), 9, DP__CENTER, 0, 0};
    }
    const char *title = makeup ? L(T_MAKEUP_MATRIX) : L(T_COSTUME_MATRIX);
    dp__rtable *t = dp__rp_table(r, title, makeup ? (r->fr ? "Maquillage" : "Makeup") : title,
                                 DP__TF_XLSX | DP__TF_PRINT, cols, m + 3);
    if (!t)
        return;
    t->frozen = 3;
    for (size_t i = 0; i < ns; i++) {
        const dp_scene *s = dp_breakdown_scene(r->bd, i);
        const char **c = dp__rp_row(r, t, DP__ROW_DATA, dp__scene_strip(r->bd, i));
        if (!c)
            return;
        c[0] = s->number;
        c[1] = dp__rp_strf(r, "%u", s->story_day);
        c[2] = s->set;
        for (size_t q = 0; q < s->cast_count; q++)
            for (size_t k = 0; k < m; k++)
                if (who[k] == s->cast[q]) {
                    const char *v = makeup ? s->makeup[q] : s->costumes[q];
                    c[3 + k] = v ? v : "";
                }
    }
}

void dp__report_costumes(dp__report *r)
{
    r->title = L(T_COSTUMES);
    r->landscape = true;
    const dp__rcol cols[] = {
        {L(CHARACTER), 20, DP__LEFT, 0, 1}, {L(TYPE), 12, DP__LEFT, 0, 0},
        {L(NUMBER), 5, DP__CENTER, 0, 0},   {L(DESCRIPTION), 44, DP__LEFT, 0, 0},
        {L(STORY_DAYS), 12, DP__LEFT, 0, 0}, {L(SCENES), 9, DP__RIGHT, 1, 0},
        {L(SCENE_LIST), 40, DP__LEFT, 0, 0},
    };
    dp__rtable *t = dp__rp_table(r, L(T_COSTUME_LIST), L(T_COSTUMES),
                                 DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT, cols,
                                 DP__COUNT(cols));
    if (!t)
        return;
    t->frozen = 3;
    t->note = L(COSTUME_NOTE);
    size_t nch = dp_breakdown_character_count(r->bd);
    for (uint32_t ch = 0; ch < nch; ch++) {
        const dp_character *who = dp_breakdown_character(r->bd, ch);
        bool any = false;
        for (size_t i = 0; i < dp_breakdown_costume_count(r->bd) && !any; i++)
            any = dp_breakdown_costume(r->bd, i)->character == ch;
        if (!any)
            continue;
        const char **c = dp__rp_row(r, t, DP__ROW_GROUP, DP__STRIP_NONE);
        if (!c)
            return;
        c[0] = dp__rp_strf(r, "%u. %s", who->id, who->name);
        costume_rows(r, t, ch, 0);
        costume_rows(r, t, ch, 1);
    }
    matrix(r, 0);
    matrix(r, 1);
}
