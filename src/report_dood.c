/* The reports that follow a schedule: the day out of days and the needs of
 * each department day by day. A schedule is a list of days, each with its
 * scenes; without one, each scene in script order stands for a day. */
#include "report.h"

#include <string.h>

#define L(id) dp__l(DP__L_##id, r->fr)

typedef struct day_view {
    const char *label;
    size_t n;
    const uint32_t *scenes;
} day_view;

/* The days to report on: the schedule's, or one per scene. */
static day_view *days_of(dp__report *r, const dp_report_day *days, size_t ndays,
                         size_t *count)
{
    size_t ns = dp_breakdown_scene_count(r->bd);
    size_t n = days ? ndays : ns;
    day_view *v = dp__rp_alloc(r, n + 1, sizeof *v);
    uint32_t *ident = days ? NULL : dp__rp_alloc(r, ns + 1, sizeof *ident);
    *count = 0;
    if (!v || (!days && !ident))
        return NULL;
    for (size_t d = 0; d < n; d++) {
        if (days) {
            v[d].label = days[d].label ? days[d].label
                                       : dp__rp_strf(r, "%s %zu", L(DAY), d + 1);
            v[d].n = days[d].scene_count;
            v[d].scenes = days[d].scenes;
        } else {
            ident[d] = (uint32_t)d;
            v[d].label = dp_breakdown_scene(r->bd, d)->number;
            v[d].n = 1;
            v[d].scenes = &ident[d];
        }
    }
    *count = n;
    return v;
}

/* ---- day out of days --------------------------------------------------- */

/* Marks work[row * ndays + d] for each row (character, or the category's
 * items in catalogue order) present on day d; returns the rows' count and
 * sets '*rows' to their indices (characters or items). */
static size_t dood_marks(dp__report *r, const day_view *days, size_t ndays, uint16_t cat,
                         uint8_t **work, uint32_t **rows)
{
    const dp_breakdown *bd = r->bd;
    size_t n = cat == 100 ? dp_breakdown_character_count(bd) : dp_breakdown_item_count(bd);
    size_t *row_of = dp__rp_alloc(r, n + 1, sizeof *row_of);
    *rows = dp__rp_alloc(r, n + 1, sizeof **rows);
    size_t m = 0;
    if (!row_of || !*rows)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (cat == 100 || dp_breakdown_item(bd, i)->category == cat) {
            row_of[i] = m;
            (*rows)[m++] = (uint32_t)i;
        } else {
            row_of[i] = SIZE_MAX;
        }
    *work = dp__rp_alloc(r, m * ndays + 1, 1);
    if (!*work)
        return 0;
    for (size_t d = 0; d < ndays; d++)
        for (size_t k = 0; k < days[d].n; k++) {
            const dp_scene *s = dp_breakdown_scene(bd, days[d].scenes[k]);
            size_t cnt = cat == 100 ? s->cast_count : s->item_count;
            for (size_t q = 0; q < cnt; q++) {
                size_t row = row_of[cat == 100 ? s->cast[q] : s->items[q]];
                if (row != SIZE_MAX)
                    (*work)[row * ndays + d] = 1;
            }
        }
    return m;
}

void dp__report_dood(dp__report *r, const dp_report_day *sched, size_t nsched,
                     uint16_t cat)
{
    r->title = cat == 100 ? L(T_DOOD)
                          : dp__rp_strf(r, "%s — %s", L(T_DOOD), dp_category_name(cat, r->fr));
    r->landscape = true;
    size_t ndays;
    day_view *days = days_of(r, sched, nsched, &ndays);
    uint8_t *work = NULL;
    uint32_t *rows = NULL;
    size_t m = days ? dood_marks(r, days, ndays, cat, &work, &rows) : 0;
    size_t ncols = 2 + ndays + 5;
    dp__rcol *cols = dp__rp_alloc(r, ncols, sizeof *cols);
    if (!cols || r->status != DP_OK)
        return;
    cols[0] = (dp__rcol){L(ID), 4, DP__RIGHT, 1, 0};
    cols[1] = (dp__rcol){cat == 100 ? L(CHARACTER) : L(ELEMENT), 20, DP__LEFT, 0, 0};
    for (size_t d = 0; d < ndays; d++)
        cols[2 + d] = (dp__rcol){days[d].label, 5, DP__CENTER, 0, 0}; /* "SWF" in bold */
    const dp__rcol tail[] = {
        {L(WORK), 7, DP__RIGHT, 1, 0},  {L(HOLD), 7, DP__RIGHT, 1, 0},
        {L(TOTAL), 6, DP__RIGHT, 1, 0}, {L(START), 8, DP__CENTER, 0, 0},
        {L(FINISH), 8, DP__CENTER, 0, 0},
    };
    memcpy(cols + 2 + ndays, tail, sizeof tail);
    dp__rtable *t = dp__rp_table(r, r->title, "DOOD", DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT,
                                 cols, ncols);
    if (!t)
        return;
    t->frozen = 2;
    t->note = sched ? L(DOOD_LEGEND)
                    : dp__rp_strf(r, "%s %s", L(DOOD_LEGEND), L(DOOD_SCRIPT_ORDER));
    uint32_t *per_day = dp__rp_alloc(r, ndays + 1, sizeof *per_day);
    if (!per_day)
        return;
    for (size_t i = 0; i < m; i++) {
        const uint8_t *w = work + i * ndays;
        size_t first = SIZE_MAX, last = 0, worked = 0;
        for (size_t d = 0; d < ndays; d++)
            if (w[d]) {
                first = first == SIZE_MAX ? d : first;
                last = d;
                worked++;
                per_day[d]++;
            }
        if (!worked)
            continue;
        const char **c = dp__rp_row(r, t, DP__ROW_DATA, DP__STRIP_NONE);
        if (!c)
            return;
        if (cat == 100) {
            const dp_character *ch = dp_breakdown_character(r->bd, rows[i]);
            c[0] = dp__rp_strf(r, "%u", ch->id);
            c[1] = ch->name;
        } else {
            const dp_item *it = dp_breakdown_item(r->bd, rows[i]);
            c[0] = dp__rp_strf(r, "%zu", i + 1);
            c[1] = it->character ? dp__rp_strf(r, "%s (%s)", it->name, it->character)
                                 : it->name;
        }
        size_t hold = 0;
        for (size_t d = first; d <= last; d++) {
            const char *code = !w[d]           ? "H"
                               : first == last ? "SWF"
                               : d == first    ? "SW"
                               : d == last     ? "WF"
                                               : "W";
            hold += !w[d];
            c[2 + d] = code;
        }
        c[2 + ndays] = dp__rp_strf(r, "%zu", worked);
        c[3 + ndays] = dp__rp_strf(r, "%zu", hold);
        c[4 + ndays] = dp__rp_strf(r, "%zu", last - first + 1);
        c[5 + ndays] = days[first].label;
        c[6 + ndays] = days[last].label;
    }
    const char **c = dp__rp_row(r, t, DP__ROW_TOTAL, DP__STRIP_NONE);
    if (!c)
        return;
    c[1] = L(TOTAL);
    for (size_t d = 0; d < ndays; d++)
        c[2 + d] = dp__rp_strf(r, "%u", per_day[d]);
}

/* ---- needs by day ------------------------------------------------------- */

/* Appends "NAME: 1, 2A" for each character present, with the costumes
 * (makeup 0) or looks (makeup 1) worn that day. */
static void worn(dp__report *r, dp__rjoin *j, const day_view *day, int makeup)
{
    const dp_breakdown *bd = r->bd;
    size_t nch = dp_breakdown_character_count(bd);
    for (size_t ch = 0; ch < nch; ch++) {
        const char *seen[16];
        size_t nseen = 0;
        for (size_t k = 0; k < day->n; k++) {
            const dp_scene *s = dp_breakdown_scene(bd, day->scenes[k]);
            const char *const *v = makeup ? s->makeup : s->costumes;
            for (size_t q = 0; v && q < s->cast_count; q++) {
                if (s->cast[q] != ch || !v[q] || !v[q][0])
                    continue;
                bool dup = false;
                for (size_t x = 0; x < nseen; x++)
                    dup |= !strcmp(seen[x], v[q]);
                if (dup || nseen == DP__COUNT(seen))
                    continue;
                if (!nseen) {
                    dp__rj_sep(j, "; ");
                    dp__rj_printf(j, "%s: %s ", dp_breakdown_character(bd, ch)->name,
                                  dp__l(makeup ? DP__L_MAKEUP_NO : DP__L_COSTUME_NO, r->fr));
                } else {
                    dp__rj_puts(j, ", ");
                }
                dp__rj_puts(j, v[q]);
                seen[nseen++] = v[q];
            }
        }
    }
}

static void need_row(dp__report *r, dp__rtable *t, const day_view *day, const char *scenes,
                     const char *dept, const char *needs)
{
    if (!*needs)
        return;
    const char **c = dp__rp_row(r, t, DP__ROW_DATA, DP__STRIP_NONE);
    if (!c)
        return;
    c[0] = day->label;
    c[1] = scenes;
    c[2] = dept;
    c[3] = needs;
}

static void needs_of_day(dp__report *r, dp__rtable *t, const day_view *day, bool scripted,
                         uint8_t *mark)
{
    const dp_breakdown *bd = r->bd;
    const char *scenes = dp__rp_scene_list(r, day->scenes, day->n);
    const char **g = dp__rp_row(r, t, DP__ROW_GROUP,
                                scripted ? dp__scene_strip(bd, day->scenes[0])
                                         : DP__STRIP_NONE);
    if (!g)
        return;
    if (scripted) {
        const dp_scene *s = dp_breakdown_scene(bd, day->scenes[0]);
        g[0] = dp__rp_strf(r, "%s %s — %s (%s)", L(SC), s->number, s->heading,
                           dp__rp_eighths(r, s->eighths));
    } else {
        g[0] = dp__rp_strf(r, "%s — %s %s", day->label, L(SC), scenes);
    }
    /* the cast, by id */
    size_t nch = dp_breakdown_character_count(bd);
    memset(mark, 0, nch + dp_breakdown_item_count(bd) + 1);
    for (size_t k = 0; k < day->n; k++) {
        const dp_scene *s = dp_breakdown_scene(bd, day->scenes[k]);
        for (size_t q = 0; q < s->cast_count; q++)
            mark[s->cast[q]] = 1;
        for (size_t q = 0; q < s->item_count; q++)
            mark[nch + s->items[q]] = 1;
    }
    dp__rjoin j;
    dp__rj_init(&j, r);
    for (size_t ch = 0; ch < nch; ch++)
        if (mark[ch]) {
            dp__rj_sep(&j, ", ");
            dp__rj_printf(&j, "%u. %s", dp_breakdown_character(bd, ch)->id,
                          dp_breakdown_character(bd, ch)->name);
        }
    need_row(r, t, day, scenes, dp_category_name(100, r->fr), dp__rj_done(&j));
    /* each category in id order; wardrobe and makeup begin with what each
     * character wears */
    size_t ni = dp_breakdown_item_count(bd);
    for (size_t i = 0; i < ni;) {
        uint16_t cat = dp_breakdown_item(bd, i)->category;
        dp__rj_init(&j, r);
        if (cat == 106 || cat == 107)
            worn(r, &j, day, cat == 107);
        const char *sep = j.b.len ? " — " : "";
        for (; i < ni && dp_breakdown_item(bd, i)->category == cat; i++) {
            if (!mark[nch + i])
                continue;
            const dp_item *it = dp_breakdown_item(bd, i);
            dp__rj_puts(&j, sep);
            sep = ", ";
            dp__rj_puts(&j, it->name);
            if (it->character)
                dp__rj_printf(&j, " (%s)", it->character);
            if (it->count)
                dp__rj_printf(&j, " ×%u", it->count);
        }
        need_row(r, t, day, scenes, dp_category_name(cat, r->fr), dp__rj_done(&j));
    }
}

void dp__report_needs(dp__report *r, const dp_report_day *sched, size_t nsched)
{
    r->title = L(T_NEEDS);
    r->landscape = false;
    const dp__rcol cols[] = {
        {L(DAY), 8, DP__LEFT, 0, 1},
        {L(SCENES), 12, DP__LEFT, 0, 1},
        {L(DEPARTMENT), 20, DP__LEFT, 0, 0},
        {L(NEEDS), 70, DP__LEFT, 0, 0},
    };
    dp__rtable *t = dp__rp_table(r, L(T_NEEDS), L(T_NEEDS),
                                 DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT, cols,
                                 DP__COUNT(cols));
    size_t ndays;
    day_view *days = days_of(r, sched, nsched, &ndays);
    uint8_t *mark = dp__rp_alloc(r, dp_breakdown_character_count(r->bd) +
                                        dp_breakdown_item_count(r->bd) + 1, 1);
    if (!t || !days || !mark)
        return;
    t->frozen = 3;
    if (!sched)
        t->note = L(NEEDS_SCRIPT_ORDER);
    for (size_t d = 0; d < ndays && r->status == DP_OK; d++)
        if (days[d].n)
            needs_of_day(r, t, &days[d], !sched, mark);
}
