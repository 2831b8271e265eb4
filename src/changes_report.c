/* The revision report in the report formats: one table of the scenes that
 * changed (number now and before, how, length, cast and costumes), one of
 * the elements each department gains and loses scene by scene; rendered
 * by the report writers (CSV holds the second table, one row per element). */
#include "breakdown.h"
#include "project.h"
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FR(en, fr) (french ? (fr) : (en))

/* "+3/8", "-1 1/8", "" for none. */
static const char *eighths_delta(dp__report *r, int32_t d)
{
    if (d == 0)
        return "";
    char buf[16];
    dp_eighths_format((uint32_t)(d < 0 ? -d : d), buf);
    return dp__rp_strf(r, "%c%s", d < 0 ? '-' : '+', buf);
}

static const char *joined(dp__report *r, const char **v, size_t n)
{
    dp__rjoin j;
    dp__rj_init(&j, r);
    for (size_t i = 0; i < n; i++) {
        dp__rj_sep(&j, ", ");
        dp__rj_puts(&j, v[i]);
    }
    return dp__rj_done(&j);
}

static const char *costumes(dp__report *r, const dp__cscene *x, bool french)
{
    dp__rjoin j;
    dp__rj_init(&j, r);
    for (size_t k = 0; k < x->n_costume; k++) {
        const dp__cnote *n = &x->costume[k];
        dp__rj_sep(&j, "; ");
        if (n->kind == DP__COSTUME_GONE)
            dp__rj_printf(&j, FR("%s: costume %s no longer needed", "%s : costume %s plus utile"),
                          n->character, n->was ? n->was : "");
        else if (n->kind == DP__COSTUME_NEW)
            dp__rj_printf(&j, FR("%s: new costume %s", "%s : nouveau costume %s"), n->character,
                          n->now ? n->now : "");
        else
            dp__rj_printf(&j, FR("%s: costume %s instead of %s", "%s : costume %s au lieu de %s"),
                          n->character, n->now ? n->now : "", n->was ? n->was : "");
    }
    return dp__rj_done(&j);
}

static void scenes_table(dp__report *r, const dp__changes *c, bool french)
{
    const dp__rcol cols[] = {
        {FR("Sc.", "Séq."), 5, DP__RIGHT, 0, 0},
        {FR("Was", "Avant"), 5, DP__RIGHT, 0, 0},
        {FR("Change", "Changement"), 16, DP__LEFT, 0, 0},
        {FR("Heading", "Intitulé"), 8, DP__LEFT, 0, 0},
        {FR("Text", "Texte"), 8, DP__LEFT, 0, 0},
        {FR("Length", "Longueur"), 7, DP__RIGHT, 0, 0},
        {FR("Cast in", "Rôles en plus"), 18, DP__LEFT, 0, 0},
        {FR("Cast out", "Rôles en moins"), 18, DP__LEFT, 0, 0},
        {FR("Costumes", "Costumes"), 34, DP__LEFT, 0, 0},
    };
    const char *title = FR("Scenes that changed", "Séquences modifiées");
    dp__rtable *t = dp__rp_table(r, title, FR("Scenes", "Séquences"),
                                 DP__TF_XLSX | DP__TF_PRINT, cols, DP__COUNT(cols));
    if (!t)
        return;
    t->frozen = 1;
    const char *changed = FR("changed", "modifié");
    for (size_t i = 0; i < c->n_scenes; i++) {
        const dp__cscene *x = &c->scene[i];
        if (!strcmp(x->status, "same"))
            continue;
        dp__strip strip = x->new_scene >= 0 ? dp__scene_strip(r->bd, (size_t)x->new_scene)
                                            : DP__STRIP_NONE;
        const char **cell = dp__rp_row(r, t, DP__ROW_DATA, strip);
        if (!cell)
            return;
        cell[0] = x->new_scene >= 0 ? dp__changes_number(c, x) : "";
        cell[1] = x->old_scene >= 0 ? c->old->eff->scenes[x->old_scene].number : "";
        cell[2] = x->other ? dp__rp_strf(r, "%s %s", dp__changes_status_word(x->status, french),
                                         x->other)
                           : dp__changes_status_word(x->status, french);
        cell[3] = x->heading_changed ? changed : "";
        cell[4] = x->text_changed ? changed : "";
        cell[5] = eighths_delta(r, x->eighths_delta);
        cell[6] = joined(r, x->cast_gained, x->n_cast_gained);
        cell[7] = joined(r, x->cast_lost, x->n_cast_lost);
        cell[8] = costumes(r, x, french);
    }
    const dp_breakdown *ob = c->old->eff, *nb = c->nw->eff;
    char e0[16], e1[16];
    dp_eighths_format(ob->eighths, e0);
    dp_eighths_format(nb->eighths, e1);
    t->note = dp__rp_strf(r,
                          FR("pages: %u -> %u; eighths: %s -> %s; scenes: %zu added, %zu "
                             "omitted, %zu changed, %zu split, %zu merged, %zu renumbered",
                             "pages : %u -> %u ; huitièmes : %s -> %s ; séquences : %zu "
                             "ajoutées, %zu supprimées, %zu modifiées, %zu scindées, %zu "
                             "fusionnées, %zu renumérotées"),
                          (unsigned)ob->pages, (unsigned)nb->pages, e0, e1, c->added, c->omitted,
                          c->changed, c->split, c->merged, c->renumbered);
}

static void element_rows(dp__report *r, dp__rtable *t, const dp__changes *c,
                         const dp__cscene *x, uint16_t cat, const char *dept, bool gained,
                         bool french)
{
    const dp__celem *v = gained ? x->gained : x->lost;
    size_t n = gained ? x->n_gained : x->n_lost;
    for (size_t k = 0; k < n; k++) {
        if ((v[k].category <= 124 ? v[k].category : 124) != cat)
            continue;
        dp__strip strip = x->new_scene >= 0 ? dp__scene_strip(r->bd, (size_t)x->new_scene)
                                            : DP__STRIP_NONE;
        const char **cell = dp__rp_row(r, t, DP__ROW_DATA, strip);
        if (!cell)
            return;
        cell[0] = dept;
        cell[1] = dp__changes_number(c, x);
        cell[2] = gained ? FR("new", "nouveau") : FR("no longer needed", "plus utile");
        cell[3] = v[k].name;
        cell[4] = v[k].character ? v[k].character : "";
    }
}

static void departments_table(dp__report *r, const dp__changes *c, bool french)
{
    const dp__rcol cols[] = {
        {FR("Department", "Poste"), 18, DP__LEFT, 0, 1},
        {FR("Sc.", "Séq."), 5, DP__RIGHT, 0, 0},
        {FR("Change", "Changement"), 16, DP__LEFT, 0, 0},
        {FR("Element", "Élément"), 30, DP__LEFT, 0, 0},
        {FR("Character", "Rôle"), 18, DP__LEFT, 0, 0},
    };
    const char *title = FR("By department", "Par poste");
    dp__rtable *t = dp__rp_table(r, title, title, DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT, cols,
                                 DP__COUNT(cols));
    if (!t)
        return;
    t->frozen = 1;
    for (uint16_t cat = 101; cat <= 124; cat++) {
        bool any = false;
        for (size_t i = 0; i < c->n_scenes && !any; i++) {
            const dp__cscene *x = &c->scene[i];
            for (size_t k = 0; k < x->n_gained && !any; k++)
                any = (x->gained[k].category <= 124 ? x->gained[k].category : 124) == cat;
            for (size_t k = 0; k < x->n_lost && !any; k++)
                any = (x->lost[k].category <= 124 ? x->lost[k].category : 124) == cat;
        }
        if (!any)
            continue;
        const char *dept = dp_category_name(cat, french);
        const char **band = dp__rp_row(r, t, DP__ROW_GROUP, DP__STRIP_NONE);
        if (!band)
            return;
        band[0] = dept;
        for (size_t i = 0; i < c->n_scenes; i++) {
            element_rows(r, t, c, &c->scene[i], cat, dept, true, french);
            element_rows(r, t, c, &c->scene[i], cat, dept, false, french);
        }
    }
}

dp_status dp__changes_write_report(const dp_project *p, const dp__changes *c, bool french,
                                   dp_report_format fmt, const dp_sink *sink, dp_error *err)
{
    dp__report r;
    memset(&r, 0, sizeof r);
    dp__arena_init(&r.arena, DP__REPORT_ARENA_CAP);
    r.bd = c->nw->eff;
    r.kind = DP_REPORT_SCENES;
    r.name = "changes";
    r.fr = french;
    r.script_title = dp_breakdown_title(r.bd);
    r.paper = dp_breakdown_paper(r.bd);
    r.landscape = true;
    const dp_project_version *ov = &p->versions[c->old->version - 1];
    const dp_project_version *nv = &p->versions[c->nw->version - 1];
    r.title = dp__rp_strf(&r, FR("Changes from draft %u (%s) to draft %u (%s)",
                                 "Changements de la version %u (%s) à la version %u (%s)"),
                          ov->number, ov->label, nv->number, nv->label);
    scenes_table(&r, c, french);
    departments_table(&r, c, french);
    dp_status st = r.status;
    if (st != DP_OK) {
        st = dp__error_set(err, st, 0, 0, "the revision report: %s", dp_strerror(st));
    } else {
        st = dp__report_emit(&r, fmt, NULL, sink, err);
    }
    dp__arena_release(&r.arena);
    return st;
}
