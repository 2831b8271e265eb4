/* Edits applied while a breakdown is built: the effective breakdown is the
 * automatic pipeline with these steps between its stages (see edits.h).
 * Every fix has been resolved against this document (project_replay.c):
 * its scene and words exist. A fix whose character is not in the cast
 * applies without an owner. */
#include "edits.h"
#include "heading.h"

#include <stdlib.h>
#include <string.h>

int32_t dp__character_find(const dp_breakdown *bd, const char *name)
{
    if (!name)
        return -1;
    dp__buf want, have;
    dp__buf_init(&want, 1 << 12);
    dp__buf_init(&have, 1 << 12);
    int32_t found = -1;
    if (dp__name_key(name, strlen(name), &want) == DP_OK && want.data)
        for (size_t i = 0; i < bd->n_chars && found < 0; i++) {
            dp__buf_reset(&have);
            if (dp__name_key(bd->chars[i].name, strlen(bd->chars[i].name), &have) == DP_OK &&
                have.data && strcmp(have.data, want.data) == 0)
                found = (int32_t)i;
        }
    dp__buf_release(&want);
    dp__buf_release(&have);
    return found;
}

long dp__scene_cast_pos(const dp_breakdown *bd, size_t s, int32_t c)
{
    if (s >= bd->n_scenes || c < 0)
        return -1;
    const dp_scene *sc = &bd->scenes[s];
    for (size_t q = 0; q < sc->cast_count; q++)
        if (sc->cast[q] == (uint32_t)c)
            return (long)q;
    return -1;
}

static bool in_scene(const dp_breakdown *bd, int32_t s) { return s >= 0 && (size_t)s < bd->n_scenes; }

dp_status dp__overlay_headings(dp_breakdown *bd, const dp__overlay *ov)
{
    for (size_t i = 0; ov && i < ov->n; i++) {
        const dp__fix *x = &ov->fix[i];
        if (x->op != DP_EDIT_HEADING || !in_scene(bd, x->scene) || !x->value)
            continue;
        dp__heading h;
        size_t n = strlen(x->value);
        dp_status st = dp__heading_analyze(&bd->arena, x->value, n, &h);
        if (st != DP_OK)
            return st;
        dp_scene *sc = &bd->scenes[x->scene];
        sc->heading = h.number ? dp__arena_strndup(&bd->arena, x->value + h.body_start,
                                                   h.body_end - h.body_start)
                               : dp__arena_strndup(&bd->arena, x->value, n);
        if (!sc->heading)
            return DP_E_NOMEM;
        sc->int_ext = h.int_ext;
        sc->set = h.set;
        sc->subset = h.subset;
        sc->time = h.time;
        sc->time_text = h.time_text;
        sc->flags = h.day_for_night ? sc->flags | DP_SCF_DAY_FOR_NIGHT
                                    : sc->flags & ~DP_SCF_DAY_FOR_NIGHT;
    }
    return DP_OK;
}

dp_status dp__overlay_story_days(dp_breakdown *bd, const dp__overlay *ov)
{
    for (size_t i = 0; ov && i < ov->n; i++) {
        const dp__fix *x = &ov->fix[i];
        if (x->op != DP_EDIT_STORY_DAY || !in_scene(bd, x->scene) || !x->value)
            continue;
        char *end = NULL;
        unsigned long d = strtoul(x->value, &end, 10);
        if (!end || *end || d == 0 || d > 100000)
            continue; /* refused when the edit was made */
        bd->scenes[x->scene].story_day = (uint32_t)d;
        bd->scenes[x->scene].story_day_reason = "set by hand";
    }
    return DP_OK;
}

/* Does finding f carry the element key of fix x? A fix without a
 * character matches every owner. */
static bool same_key(const dp_breakdown *bd, const dp__found *f, const dp__fix *x, int32_t who)
{
    (void)bd;
    if (f->category < 100 || f->category != x->category || strcmp(f->name, x->name) != 0)
        return false;
    return !x->character || f->character == who;
}

typedef struct placed {
    dp__found f;
    size_t index;
} placed;

static int cmp_placed(const void *a_, const void *b_)
{
    const placed *a = a_, *b = b_;
    if (a->f.scene != b->f.scene)
        return a->f.scene < b->f.scene ? -1 : 1;
    if (a->f.element != b->f.element)
        return a->f.element < b->f.element ? -1 : 1;
    if (a->f.start != b->f.start)
        return a->f.start < b->f.start ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static const char *copy(dp_breakdown *bd, const char *s)
{
    return s ? dp__arena_strndup(&bd->arena, s, strlen(s)) : NULL;
}

/* Applies fix x to the findings. */
static dp_status apply_fix(dp_breakdown *bd, const dp__fix *x, dp__findings *F)
{
    int32_t who = dp__character_find(bd, x->character);
    if (x->op == DP_EDIT_ADD) {
        if (!in_scene(bd, x->scene))
            return DP_OK;
        dp_status st = dp__grow((void **)&F->f, &F->cap, F->n, sizeof *F->f, SIZE_MAX / 64);
        const char *name = copy(bd, x->name);
        if (st == DP_OK && !name)
            st = DP_E_NOMEM;
        if (st != DP_OK)
            return st;
        const dp_scene *sc = &bd->scenes[x->scene];
        bool words = x->element != SIZE_MAX && x->element >= sc->first_element &&
                     x->element < sc->end_element;
        F->f[F->n++] = (dp__found){x->category, name, who, (uint32_t)x->scene,
                                   words ? x->element : sc->first_element,
                                   words ? x->start : 0, words ? x->end : 0,
                                   DP__RULE_EDIT, 100, 0, DP_ITEMF_USER};
        return DP_OK;
    }
    const char *new_name = NULL;
    int32_t new_who = who;
    if (x->op == DP_EDIT_RENAME || x->op == DP_EDIT_MERGE) {
        new_name = copy(bd, x->new_name);
        if (!new_name)
            return DP_E_NOMEM;
    }
    if (x->op == DP_EDIT_MERGE && x->new_character)
        new_who = dp__character_find(bd, x->new_character);
    for (size_t i = 0; i < F->n; i++) {
        dp__found *f = &F->f[i];
        if (!same_key(bd, f, x, who))
            continue;
        switch (x->op) {
        case DP_EDIT_REMOVE:
            if (x->scene < 0 || f->scene == (uint32_t)x->scene)
                f->category = 0; /* dropped below */
            break;
        case DP_EDIT_RECATEGORISE:
            f->category = x->new_category;
            break;
        case DP_EDIT_RENAME:
            f->name = new_name;
            break;
        case DP_EDIT_MERGE:
            f->category = x->new_category;
            f->name = new_name;
            if (x->new_character)
                f->character = new_who;
            break;
        default:
            break;
        }
    }
    return DP_OK;
}

dp_status dp__overlay_findings(dp_breakdown *bd, const dp__overlay *ov, dp__findings *F)
{
    bool any = false;
    for (size_t i = 0; ov && i < ov->n; i++) {
        dp_edit_op op = ov->fix[i].op;
        if (op == DP_EDIT_ADD || op == DP_EDIT_REMOVE || op == DP_EDIT_RECATEGORISE ||
            op == DP_EDIT_RENAME || op == DP_EDIT_MERGE) {
            dp_status st = apply_fix(bd, &ov->fix[i], F);
            if (st != DP_OK)
                return st;
            any = true;
        }
    }
    if (!any || F->n == 0)
        return DP_OK;
    /* drop the removed, put the added in script order */
    placed *p = dp__malloc(F->n * sizeof *p);
    if (!p)
        return DP_E_NOMEM;
    size_t n = 0;
    for (size_t i = 0; i < F->n; i++)
        if (F->f[i].category != 0)
            p[n++] = (placed){F->f[i], i};
    qsort(p, n, sizeof *p, cmp_placed);
    for (size_t i = 0; i < n; i++)
        F->f[i] = p[i].f;
    F->n = n;
    dp__free(p);
    return DP_OK;
}

/* ---- costumes ----------------------------------------------------------- */

/* The description the automatic plot gave character c's costume 'number',
 * or "". */
static const char *old_description(const dp_costume *rec, size_t n, uint32_t c, const char *number)
{
    for (size_t i = 0; i < n; i++)
        if (!rec[i].makeup && rec[i].character == c && !strcmp(rec[i].number, number))
            return rec[i].description;
    return "";
}

/* Rebuilds the costume records (not the makeup looks) from what each
 * scene says each cast member wears: per character, one record per
 * number in order of first wear. */
static dp_status rebuild_plot(dp_breakdown *bd)
{
    size_t n_old = bd->n_costumes, n_makeup = 0, total = 0;
    for (size_t i = 0; i < n_old; i++)
        n_makeup += bd->costumes[i].makeup != 0;
    for (size_t c = 0; c < bd->n_chars; c++)
        total += bd->chars[c].scene_count;
    dp_costume *rec = dp__arena_alloc(&bd->arena, (total + n_makeup + 1) * sizeof *rec);
    uint32_t *scenes = dp__arena_alloc(&bd->arena, (total + 1) * sizeof *scenes);
    if (!rec || !scenes)
        return DP_E_NOMEM;
    size_t n = 0, used = 0;
    for (uint32_t c = 0; c < bd->n_chars; c++) {
        const dp_character *ch = &bd->chars[c];
        size_t first = n;
        for (size_t k = 0; k < ch->scene_count; k++) {
            uint32_t s = ch->scenes[k];
            long q = dp__scene_cast_pos(bd, s, (int32_t)c);
            const char *num = q >= 0 && bd->scenes[s].costumes ? bd->scenes[s].costumes[q] : NULL;
            if (!num)
                continue;
            size_t r = first;
            while (r < n && strcmp(rec[r].number, num) != 0)
                r++;
            if (r == n) {
                rec[n++] = (dp_costume){c, 0, num, old_description(bd->costumes, n_old, c, num),
                                        0, NULL};
            }
        }
        /* each record's scenes, in script order */
        for (size_t r = first; r < n; r++) {
            rec[r].scenes = scenes + used;
            for (size_t k = 0; k < ch->scene_count; k++) {
                uint32_t s = ch->scenes[k];
                long q = dp__scene_cast_pos(bd, s, (int32_t)c);
                const char *num = q >= 0 && bd->scenes[s].costumes ? bd->scenes[s].costumes[q] : NULL;
                if (num && !strcmp(num, rec[r].number))
                    scenes[used + rec[r].scene_count++] = s;
            }
            used += rec[r].scene_count;
        }
    }
    for (size_t i = 0; i < n_old; i++)
        if (bd->costumes[i].makeup)
            rec[n++] = bd->costumes[i];
    bd->costumes = rec;
    bd->n_costumes = n;
    return DP_OK;
}

dp_status dp__overlay_costumes(dp_breakdown *bd, const dp__overlay *ov)
{
    bool any = false;
    for (size_t i = 0; ov && i < ov->n; i++) {
        const dp__fix *x = &ov->fix[i];
        if (x->op != DP_EDIT_COSTUME || !in_scene(bd, x->scene) || !x->value)
            continue;
        long q = dp__scene_cast_pos(bd, (size_t)x->scene, dp__character_find(bd, x->character));
        dp_scene *sc = &bd->scenes[x->scene];
        if (q < 0 || !sc->costumes)
            continue;
        const char *v = copy(bd, x->value);
        if (!v)
            return DP_E_NOMEM;
        ((const char **)sc->costumes)[q] = v;
        any = true;
    }
    return any ? rebuild_plot(bd) : DP_OK;
}
