/* The lists of scenes: the scene list (one-liner), the scenes by set (liste
 * des séquences par décor), and the cast list. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#define L(id) dp__l(DP__L_##id, r->fr)

/* Fills the scene columns shared by the scene list and the sets report,
 * from column 'c' on: I/E, set, sub-set, time, story day, page, length,
 * cast ('with_set' false leaves the set out). Returns the next column. */
static size_t scene_cells(dp__report *r, const char **cells, size_t c, size_t i,
                          bool with_set)
{
    const dp_scene *s = dp_breakdown_scene(r->bd, i);
    cells[c++] = dp_int_ext_name(s->int_ext);
    if (with_set)
        cells[c++] = s->set;
    cells[c++] = s->subset;
    cells[c++] = dp__scene_time(r, i);
    cells[c++] = dp__rp_strf(r, "%u", s->story_day);
    cells[c++] = dp__rp_strf(r, "%u", s->page);
    cells[c++] = dp__rp_eighths(r, s->eighths);
    cells[c++] = dp__scene_cast_ids(r, i);
    return c;
}

static const char *n_scenes(dp__report *r, size_t n)
{
    return dp__rp_count(r, n, DP__L_ONE_SCENE, DP__L_N_SCENES);
}

void dp__report_scenes(dp__report *r)
{
    r->title = L(T_SCENES);
    r->landscape = true;
    const dp__rcol cols[] = {
        {L(SC), 5, DP__RIGHT, 0, 0},        {L(IE), 7, DP__LEFT, 0, 0},
        {L(SET), 24, DP__LEFT, 0, 0},       {L(SUBSET), 16, DP__LEFT, 0, 0},
        {L(TIME), 11, DP__LEFT, 0, 0},      {L(STORY_DAY), 6, DP__RIGHT, 1, 0},
        {L(PAGE), 5, DP__RIGHT, 1, 0},      {L(LENGTH), 7, DP__RIGHT, 0, 0},
        {L(CAST), 14, DP__LEFT, 0, 0},      {L(SYNOPSIS), 44, DP__LEFT, 0, 0},
    };
    dp__rtable *t = dp__rp_table(r, L(T_SCENES), L(T_SCENES),
                                 DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT, cols,
                                 DP__COUNT(cols));
    if (!t)
        return;
    t->frozen = 1;
    t->note = L(STRIP_LEGEND);
    size_t n = dp_breakdown_scene_count(r->bd);
    for (size_t i = 0; i < n; i++) {
        const char **c = dp__rp_row(r, t, DP__ROW_DATA, dp__scene_strip(r->bd, i));
        if (!c)
            return;
        c[0] = dp_breakdown_scene(r->bd, i)->number;
        size_t k = scene_cells(r, c, 1, i, true);
        c[k] = dp__scene_synopsis(r, i);
    }
    const char **c = dp__rp_row(r, t, DP__ROW_TOTAL, DP__STRIP_NONE);
    if (c) {
        c[0] = L(TOTAL);
        c[2] = n_scenes(r, n);
        c[7] = dp__rp_eighths(r, dp_breakdown_eighths(r->bd));
    }
}

/* ---- scenes by set -------------------------------------------------------- */

typedef struct set_key {
    uint32_t set_first; /* first scene of the set */
    uint32_t sub_first; /* first scene of the set's sub-set */
    uint32_t scene;
} set_key;

static int cmp_set_key(const void *x, const void *y)
{
    const set_key *a = x, *b = y;
    if (a->set_first != b->set_first)
        return a->set_first < b->set_first ? -1 : 1;
    if (a->sub_first != b->sub_first)
        return a->sub_first < b->sub_first ? -1 : 1;
    return a->scene < b->scene ? -1 : a->scene > b->scene;
}

void dp__report_sets(dp__report *r)
{
    r->title = L(T_SETS);
    r->landscape = true;
    const dp__rcol cols[] = {
        {L(SET), 24, DP__LEFT, 0, 1},       {L(SC), 6, DP__RIGHT, 0, 0},
        {L(IE), 7, DP__LEFT, 0, 0},         {L(SUBSET), 22, DP__LEFT, 0, 0},
        {L(TIME), 12, DP__LEFT, 0, 0},      {L(STORY_DAY), 6, DP__RIGHT, 1, 0},
        {L(PAGE), 5, DP__RIGHT, 1, 0},      {L(LENGTH), 8, DP__RIGHT, 0, 0},
        {L(CAST), 20, DP__LEFT, 0, 0},      {L(SYNOPSIS), 40, DP__LEFT, 0, 0},
    };
    dp__rtable *t = dp__rp_table(r, L(T_SETS), L(T_SETS),
                                 DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT, cols,
                                 DP__COUNT(cols));
    size_t n = dp_breakdown_scene_count(r->bd);
    set_key *keys = dp__rp_alloc(r, n, sizeof *keys);
    if (!t || !keys)
        return;
    t->frozen = 2;
    t->note = L(STRIP_LEGEND);
    for (size_t i = 0; i < n; i++) {
        const dp_scene *s = dp_breakdown_scene(r->bd, i);
        keys[i] = (set_key){(uint32_t)i, (uint32_t)i, (uint32_t)i};
        for (size_t k = 0; k < i; k++) {
            const dp_scene *p = dp_breakdown_scene(r->bd, k);
            if (strcmp(p->set, s->set) != 0)
                continue;
            keys[i].set_first = keys[k].set_first;
            if (strcmp(p->subset, s->subset) == 0) {
                keys[i].sub_first = keys[k].sub_first;
                break;
            }
        }
    }
    if (n)
        qsort(keys, n, sizeof *keys, cmp_set_key);
    size_t nsets = 0;
    for (size_t i = 0; i < n;) {
        size_t k = i;
        uint32_t eighths = 0;
        while (k < n && keys[k].set_first == keys[i].set_first)
            eighths += dp_breakdown_scene(r->bd, keys[k++].scene)->eighths;
        const char *set = dp_breakdown_scene(r->bd, keys[i].scene)->set;
        const char **c = dp__rp_row(r, t, DP__ROW_GROUP, DP__STRIP_NONE);
        if (!c)
            return;
        c[0] = dp__rp_strf(r, "%s — %s, %s %s", *set ? set : "?", n_scenes(r, k - i),
                           dp__rp_eighths(r, eighths), eighths <= 8 ? L(ONE_PAGE) : L(PAGES));
        for (size_t m = i; m < k; m++) {
            uint32_t sc = keys[m].scene;
            c = dp__rp_row(r, t, DP__ROW_DATA, dp__scene_strip(r->bd, sc));
            if (!c)
                return;
            c[0] = set;
            c[1] = dp_breakdown_scene(r->bd, sc)->number;
            size_t col = scene_cells(r, c, 2, sc, false);
            c[col] = dp__scene_synopsis(r, sc);
        }
        c = dp__rp_row(r, t, DP__ROW_TOTAL, DP__STRIP_NONE);
        if (!c)
            return;
        c[0] = set;
        c[1] = L(TOTAL);
        c[3] = n_scenes(r, k - i);
        c[7] = dp__rp_eighths(r, eighths);
        nsets++;
        i = k;
    }
    const char **c = dp__rp_row(r, t, DP__ROW_TOTAL, DP__STRIP_NONE);
    if (c) {
        c[0] = L(ALL_SETS);
        c[1] = L(TOTAL);
        c[2] = dp__rp_count(r, nsets, DP__L_ONE_SET, DP__L_N_SETS);
        c[3] = n_scenes(r, n);
        c[7] = dp__rp_eighths(r, dp_breakdown_eighths(r->bd));
    }
}

/* ---- cast list -------------------------------------------------------------- */

/* The distinct story days of scenes 'idx', ascending, with runs as "1–3". */
static const char *story_days(dp__report *r, const uint32_t *idx, size_t n)
{
    uint32_t *days = dp__rp_alloc(r, n + 1, sizeof *days);
    if (!days)
        return "";
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t d = dp_breakdown_scene(r->bd, idx[i])->story_day;
        size_t k = 0;
        while (k < m && days[k] < d)
            k++;
        if (k < m && days[k] == d)
            continue;
        memmove(days + k + 1, days + k, (m - k) * sizeof *days);
        days[k] = d;
        m++;
    }
    dp__rjoin j;
    dp__rj_init(&j, r);
    for (size_t i = 0; i < m;) {
        size_t k = i;
        while (k + 1 < m && days[k + 1] == days[k] + 1)
            k++;
        dp__rj_sep(&j, ", ");
        if (k >= i + 2)
            dp__rj_printf(&j, "%u–%u", days[i], days[k]);
        else if (k == i + 1)
            dp__rj_printf(&j, "%u, %u", days[i], days[k]);
        else
            dp__rj_printf(&j, "%u", days[i]);
        i = k + 1;
    }
    return dp__rj_done(&j);
}

const char *dp__rp_story_days(dp__report *r, const uint32_t *idx, size_t n)
{
    return story_days(r, idx, n);
}

void dp__report_cast(dp__report *r)
{
    r->title = L(T_CAST);
    r->landscape = true;
    const dp__rcol cols[] = {
        {L(ID), 4, DP__RIGHT, 1, 0},        {L(CHARACTER), 22, DP__LEFT, 0, 0},
        {L(TYPE), 9, DP__LEFT, 0, 0},       {L(CUES), 8, DP__RIGHT, 1, 0},
        {L(SCENES), 9, DP__RIGHT, 1, 0},    {L(LENGTH), 8, DP__RIGHT, 0, 0},
        {L(FIRST), 8, DP__RIGHT, 0, 0},     {L(LAST), 8, DP__RIGHT, 0, 0},
        {L(STORY_DAYS), 14, DP__LEFT, 0, 0}, {L(SCENE_LIST), 50, DP__LEFT, 0, 0},
    };
    dp__rtable *t = dp__rp_table(r, L(T_CAST), L(T_CAST),
                                 DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT, cols,
                                 DP__COUNT(cols));
    if (!t)
        return;
    t->frozen = 2;
    size_t n = dp_breakdown_character_count(r->bd);
    for (size_t i = 0; i < n; i++) {
        const dp_character *ch = dp_breakdown_character(r->bd, i);
        const char **c = dp__rp_row(r, t, DP__ROW_DATA, DP__STRIP_NONE);
        if (!c)
            return;
        uint32_t eighths = 0;
        for (size_t k = 0; k < ch->scene_count; k++)
            eighths += dp_breakdown_scene(r->bd, ch->scenes[k])->eighths;
        c[0] = dp__rp_strf(r, "%u", ch->id);
        c[1] = ch->name;
        c[2] = ch->speaking ? L(SPEAKING) : L(SILENT);
        c[3] = dp__rp_strf(r, "%u", ch->cues);
        c[4] = dp__rp_strf(r, "%zu", ch->scene_count);
        c[5] = dp__rp_eighths(r, eighths);
        if (ch->scene_count) {
            c[6] = dp_breakdown_scene(r->bd, ch->scenes[0])->number;
            c[7] = dp_breakdown_scene(r->bd, ch->scenes[ch->scene_count - 1])->number;
        }
        c[8] = story_days(r, ch->scenes, ch->scene_count);
        c[9] = dp__rp_scene_list(r, ch->scenes, ch->scene_count);
    }
    const char **c = dp__rp_row(r, t, DP__ROW_TOTAL, DP__STRIP_NONE);
    if (c) {
        c[0] = L(TOTAL);
        c[1] = dp__rp_count(r, n, DP__L_ONE_CHARACTER, DP__L_N_CHARACTERS);
    }
}
