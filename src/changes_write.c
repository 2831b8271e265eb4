/* The revision report written out: JSON (every scene that changed, and
 * per department the elements gained and lost in each scene) and plain
 * text ("scene 42: new prop: revolver; wardrobe: STEEL's costume 3 no
 * longer needed"), in English or French. */
#include "project.h"

#include <stdio.h>
#include <string.h>

/* Singular names of the element categories, for sentences. */
const char *dp__changes_noun(uint16_t cat, bool fr)
{
    static const char *const en[] = {
        "background actor", "stunt", "vehicle", "prop", "special effect", "wardrobe item",
        "makeup", "animal", "animal wrangler", "camera item", "music", "sound",
        "art department item", "set dressing", "greenery", "security", "special equipment",
        "additional labor", "visual effect", "mechanical effect", "note", "comment",
        "miscellaneous item", "other item"};
    static const char *const fr_[] = {
        "figurant", "cascade", "véhicule", "accessoire", "effet spécial", "élément de costume",
        "maquillage", "animal", "dresseur", "matériel caméra", "musique", "son",
        "élément de déco", "élément de décor", "végétation", "sécurité", "équipement spécial",
        "renfort", "effet visuel", "effet mécanique", "note", "commentaire", "divers", "autre"};
    if (cat >= 101 && cat <= 124)
        return fr ? fr_[cat - 101] : en[cat - 101];
    return dp_category_name(cat, fr);
}

const char *dp__changes_status_word(const char *status, bool fr)
{
    static const char *const map[][3] = {
        {"added", "added", "ajoutée"},     {"omitted", "omitted", "supprimée"},
        {"merged", "merged into", "fusionnée dans"}, {"split", "split from", "scindée de"},
        {"changed", "changed", "modifiée"}, {"same", "unchanged", "inchangée"}};
    for (size_t i = 0; i < DP__COUNT(map); i++)
        if (!strcmp(map[i][0], status))
            return map[i][fr ? 2 : 1];
    return status;
}

const char *dp__changes_number(const dp__changes *c, const dp__cscene *x)
{
    return x->new_scene >= 0 ? c->nw->eff->scenes[x->new_scene].number
                             : c->old->eff->scenes[x->old_scene].number;
}

static void json_elem(dp__json *j, const dp__celem *e)
{
    dp__json_begin_object_inline(j);
    dp__json_key(j, "name");
    dp__json_string(j, e->name);
    dp__json_key(j, "character");
    if (e->character)
        dp__json_string(j, e->character);
    else
        dp__json_null(j);
    dp__json_end_object(j);
}

static void json_side(dp__json *j, const char *key, const dp_project *p, const dp__draft *d)
{
    const dp_project_version *v = &p->versions[d->version - 1];
    dp__json_key(j, key);
    dp__json_begin_object_inline(j);
    dp__json_key(j, "draft");
    dp__json_int(j, d->version);
    dp__json_key(j, "label");
    dp__json_string(j, v->label);
    dp__json_key(j, "pages");
    dp__json_int(j, d->eff->pages);
    dp__json_key(j, "eighths");
    dp__json_int(j, d->eff->eighths);
    dp__json_key(j, "scenes");
    dp__json_int(j, (long long)d->eff->n_scenes);
    dp__json_end_object(j);
}

static void json_scene(dp__json *j, const dp__changes *c, const dp__cscene *x)
{
    dp__json_begin_object(j);
    dp__json_key(j, "scene");
    dp__json_string(j, dp__changes_number(c, x));
    dp__json_key(j, "old_number");
    if (x->old_scene >= 0)
        dp__json_string(j, c->old->eff->scenes[x->old_scene].number);
    else
        dp__json_null(j);
    dp__json_key(j, "status");
    dp__json_string(j, x->status);
    if (x->other) {
        dp__json_key(j, !strcmp(x->status, "split") ? "split_from" : "merged_into");
        dp__json_string(j, x->other);
    }
    dp__json_key(j, "heading_changed");
    dp__json_bool(j, x->heading_changed);
    dp__json_key(j, "text_changed");
    dp__json_bool(j, x->text_changed);
    dp__json_key(j, "eighths_delta");
    dp__json_int(j, x->eighths_delta);
    dp__json_key(j, "cast_gained");
    dp__json_begin_array_inline(j);
    for (size_t k = 0; k < x->n_cast_gained; k++)
        dp__json_string(j, x->cast_gained[k]);
    dp__json_end_array(j);
    dp__json_key(j, "cast_lost");
    dp__json_begin_array_inline(j);
    for (size_t k = 0; k < x->n_cast_lost; k++)
        dp__json_string(j, x->cast_lost[k]);
    dp__json_end_array(j);
    dp__json_key(j, "costumes");
    dp__json_begin_array(j);
    for (size_t k = 0; k < x->n_costume; k++) {
        const dp__cnote *n = &x->costume[k];
        static const char *const kinds[] = {"", "no_longer_needed", "new", "changed"};
        dp__json_begin_object_inline(j);
        dp__json_key(j, "character");
        dp__json_string(j, n->character);
        dp__json_key(j, "change");
        dp__json_string(j, kinds[n->kind]);
        dp__json_key(j, "was");
        if (n->was)
            dp__json_string(j, n->was);
        else
            dp__json_null(j);
        dp__json_key(j, "now");
        if (n->now)
            dp__json_string(j, n->now);
        else
            dp__json_null(j);
        dp__json_end_object(j);
    }
    dp__json_end_array(j);
    dp__json_end_object(j);
}

/* Categories met among gains and losses, ascending. */
static size_t categories_used(const dp__changes *c, uint16_t *out, size_t max)
{
    bool used[125] = {false};
    for (size_t i = 0; i < c->n_scenes; i++) {
        const dp__cscene *x = &c->scene[i];
        for (size_t k = 0; k < x->n_gained; k++)
            used[x->gained[k].category <= 124 ? x->gained[k].category : 124] = true;
        for (size_t k = 0; k < x->n_lost; k++)
            used[x->lost[k].category <= 124 ? x->lost[k].category : 124] = true;
    }
    size_t n = 0;
    for (uint16_t k = 101; k <= 124 && n < max; k++)
        if (used[k])
            out[n++] = k;
    return n;
}

static bool cat_of(const dp__celem *e, uint16_t cat)
{
    return (e->category <= 124 ? e->category : 124) == cat;
}

dp_status dp__changes_write_json(const dp_project *p, const dp__changes *c, bool french,
                                 const dp_sink *sink)
{
    dp__json j;
    dp__json_init(&j, sink);
    dp__json_begin_object(&j);
    json_side(&j, "old", p, c->old);
    json_side(&j, "new", p, c->nw);
    dp__json_key(&j, "pages_delta");
    dp__json_int(&j, (long long)c->nw->eff->pages - (long long)c->old->eff->pages);
    dp__json_key(&j, "eighths_delta");
    dp__json_int(&j, (long long)c->nw->eff->eighths - (long long)c->old->eff->eighths);
    dp__json_key(&j, "counts");
    dp__json_begin_object_inline(&j);
    const char *names[] = {"added", "omitted", "changed", "split", "merged", "renumbered"};
    size_t vals[] = {c->added, c->omitted, c->changed, c->split, c->merged, c->renumbered};
    for (size_t k = 0; k < DP__COUNT(names); k++) {
        dp__json_key(&j, names[k]);
        dp__json_int(&j, (long long)vals[k]);
    }
    dp__json_end_object(&j);
    dp__json_key(&j, "scenes");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < c->n_scenes; i++)
        if (strcmp(c->scene[i].status, "same") != 0)
            json_scene(&j, c, &c->scene[i]);
    dp__json_end_array(&j);
    dp__json_key(&j, "departments");
    dp__json_begin_array(&j);
    uint16_t cats[24];
    size_t nc = categories_used(c, cats, DP__COUNT(cats));
    for (size_t ci = 0; ci < nc; ci++) {
        dp__json_begin_object(&j);
        dp__json_key(&j, "category");
        dp__json_int(&j, cats[ci]);
        dp__json_key(&j, "category_name");
        dp__json_string(&j, dp_category_name(cats[ci], french));
        dp__json_key(&j, "scenes");
        dp__json_begin_array(&j);
        for (size_t i = 0; i < c->n_scenes; i++) {
            const dp__cscene *x = &c->scene[i];
            size_t g = 0, l = 0;
            for (size_t k = 0; k < x->n_gained; k++)
                g += cat_of(&x->gained[k], cats[ci]);
            for (size_t k = 0; k < x->n_lost; k++)
                l += cat_of(&x->lost[k], cats[ci]);
            if (!g && !l)
                continue;
            dp__json_begin_object(&j);
            dp__json_key(&j, "scene");
            dp__json_string(&j, dp__changes_number(c, x));
            dp__json_key(&j, "gained");
            dp__json_begin_array(&j);
            for (size_t k = 0; k < x->n_gained; k++)
                if (cat_of(&x->gained[k], cats[ci]))
                    json_elem(&j, &x->gained[k]);
            dp__json_end_array(&j);
            dp__json_key(&j, "lost");
            dp__json_begin_array(&j);
            for (size_t k = 0; k < x->n_lost; k++)
                if (cat_of(&x->lost[k], cats[ci]))
                    json_elem(&j, &x->lost[k]);
            dp__json_end_array(&j);
            dp__json_end_object(&j);
        }
        dp__json_end_array(&j);
        dp__json_end_object(&j);
    }
    dp__json_end_array(&j);
    dp__json_end_object(&j);
    return dp__json_finish(&j);
}

/* ---- text ------------------------------------------------------------------ */

typedef struct out {
    dp__buf b;
    bool fr;
    size_t parts; /* clauses written on the current line */
} out;

static void clause(out *o)
{
    if (o->fr)
        dp__buf_puts(&o->b, o->parts++ ? " ; " : " : ");
    else
        dp__buf_puts(&o->b, o->parts++ ? "; " : ": ");
}

static void elems(out *o, const dp__cscene *x, bool gained)
{
    const dp__celem *e = gained ? x->gained : x->lost;
    size_t n = gained ? x->n_gained : x->n_lost;
    for (size_t k = 0; k < n;) {
        size_t m = k;
        clause(o);
        const char *what = dp__changes_noun(e[k].category, o->fr);
        if (o->fr)
            dp__buf_printf(&o->b, "%s en %s : ", what, gained ? "plus" : "moins");
        else if (gained)
            dp__buf_printf(&o->b, "new %s: ", what);
        else
            dp__buf_printf(&o->b, "%s no longer needed: ", what);
        for (; m < n && e[m].category == e[k].category; m++) {
            dp__buf_printf(&o->b, "%s%s", m > k ? ", " : "", e[m].name);
            if (e[m].character)
                dp__buf_printf(&o->b, " (%s)", e[m].character);
        }
        k = m;
    }
}

static void cast_and_costumes(out *o, const dp__cscene *x)
{
    if (x->n_cast_gained) {
        clause(o);
        dp__buf_puts(&o->b, o->fr ? "rôles en plus : " : "new cast: ");
        for (size_t k = 0; k < x->n_cast_gained; k++)
            dp__buf_printf(&o->b, "%s%s", k ? ", " : "", x->cast_gained[k]);
    }
    if (x->n_cast_lost) {
        clause(o);
        dp__buf_puts(&o->b, o->fr ? "rôles en moins : " : "cast no longer in the scene: ");
        for (size_t k = 0; k < x->n_cast_lost; k++)
            dp__buf_printf(&o->b, "%s%s", k ? ", " : "", x->cast_lost[k]);
    }
    for (size_t k = 0; k < x->n_costume; k++) {
        const dp__cnote *n = &x->costume[k];
        clause(o);
        if (n->kind == DP__COSTUME_GONE && o->fr)
            dp__buf_printf(&o->b, "costumes : le costume %s de %s n'est plus nécessaire", n->was,
                           n->character);
        else if (n->kind == DP__COSTUME_GONE)
            dp__buf_printf(&o->b, "wardrobe: %s's costume %s no longer needed", n->character,
                           n->was);
        else if (n->kind == DP__COSTUME_NEW && o->fr)
            dp__buf_printf(&o->b, "costumes : nouveau costume %s de %s", n->now, n->character);
        else if (n->kind == DP__COSTUME_NEW)
            dp__buf_printf(&o->b, "wardrobe: %s's costume %s is new", n->character, n->now);
        else
            dp__buf_printf(&o->b, o->fr ? "costumes : %s porte le costume %s au lieu du %s"
                                        : "wardrobe: %s wears costume %s instead of %s",
                           n->character, n->now, n->was);
    }
}

static void scene_line(out *o, const dp__changes *c, const dp__cscene *x)
{
    char len[16];
    const char *num = dp__changes_number(c, x);
    dp__buf_printf(&o->b, "%s %s (", o->fr ? "séquence" : "scene", num);
    if (x->old_scene >= 0 && x->new_scene >= 0 &&
        strcmp(c->old->eff->scenes[x->old_scene].number, num))
        dp__buf_printf(&o->b, o->fr ? "était %s, " : "was %s, ",
                       c->old->eff->scenes[x->old_scene].number);
    dp__buf_puts(&o->b, dp__changes_status_word(x->status, o->fr));
    if (x->other)
        dp__buf_printf(&o->b, " %s", x->other);
    if (x->eighths_delta) {
        dp_eighths_format((uint32_t)(x->eighths_delta < 0 ? -x->eighths_delta : x->eighths_delta),
                          len);
        dp__buf_printf(&o->b, ", %s%s", x->eighths_delta < 0 ? "-" : "+", len);
    }
    dp__buf_puts(&o->b, ")");
    o->parts = 0;
    if (x->heading_changed) {
        clause(o);
        dp__buf_printf(&o->b, o->fr ? "nouvel intitulé : %s" : "new heading: %s",
                       c->nw->eff->scenes[x->new_scene].heading);
    }
    if (x->text_changed) {
        clause(o);
        dp__buf_puts(&o->b, o->fr ? "texte modifié" : "text rewritten");
    }
    elems(o, x, true);
    elems(o, x, false);
    cast_and_costumes(o, x);
    dp__buf_puts(&o->b, "\n");
}

dp_status dp__changes_write_text(const dp_project *p, const dp__changes *c, bool french,
                                 const dp_sink *sink)
{
    out o = {{NULL, 0, 0, 0, false}, french, 0};
    dp__buf_init(&o.b, (size_t)1 << 30);
    const dp_project_version *ov = &p->versions[c->old->version - 1];
    const dp_project_version *nv = &p->versions[c->nw->version - 1];
    const dp_breakdown *ob = c->old->eff, *nb = c->nw->eff;
    char e0[16], e1[16];
    dp_eighths_format(ob->eighths, e0);
    dp_eighths_format(nb->eighths, e1);
    dp__buf_printf(&o.b, french ? "Changements de la version %u (%s) à la version %u (%s)\n"
                                : "Changes from draft %u (%s) to draft %u (%s)\n",
                   ov->number, ov->label, nv->number, nv->label);
    dp__buf_printf(&o.b, french ? "pages : %u -> %u (%+d) ; huitièmes : %s -> %s (%+d)\n"
                                : "pages: %u -> %u (%+d); eighths: %s -> %s (%+d)\n",
                   (unsigned)ob->pages, (unsigned)nb->pages, (int)nb->pages - (int)ob->pages,
                   e0, e1, (int)nb->eighths - (int)ob->eighths);
    dp__buf_printf(&o.b, french ? "séquences : %zu ajoutées, %zu supprimées, %zu modifiées, "
                                  "%zu scindées, %zu fusionnées, %zu renumérotées\n\n"
                                : "scenes: %zu added, %zu omitted, %zu changed, %zu split, "
                                  "%zu merged, %zu renumbered\n\n",
                   c->added, c->omitted, c->changed, c->split, c->merged, c->renumbered);
    for (size_t i = 0; i < c->n_scenes; i++)
        if (strcmp(c->scene[i].status, "same") != 0)
            scene_line(&o, c, &c->scene[i]);
    /* per department: its own list */
    uint16_t cats[24];
    size_t nc = categories_used(c, cats, DP__COUNT(cats));
    for (size_t ci = 0; ci < nc; ci++) {
        dp__buf_printf(&o.b, "\n%s\n", dp_category_name(cats[ci], french));
        for (size_t i = 0; i < c->n_scenes; i++) {
            const dp__cscene *x = &c->scene[i];
            size_t before = o.b.len;
            dp__buf_printf(&o.b, "  %s %s:", french ? "séquence" : "scene", dp__changes_number(c, x));
            size_t head = o.b.len;
            for (size_t k = 0; k < x->n_gained; k++)
                if (cat_of(&x->gained[k], cats[ci]))
                    dp__buf_printf(&o.b, " +%s", x->gained[k].name);
            for (size_t k = 0; k < x->n_lost; k++)
                if (cat_of(&x->lost[k], cats[ci]))
                    dp__buf_printf(&o.b, " -%s", x->lost[k].name);
            if (o.b.len == head)
                o.b.len = before; /* nothing for this department here */
            else
                dp__buf_puts(&o.b, "\n");
        }
    }
    dp_status st = DP_OK;
    if (!o.b.data && o.b.len == 0)
        st = DP_OK;
    else if (o.b.data && sink->write(sink->ctx, o.b.data, o.b.len) != 0)
        st = DP_E_SINK;
    else if (!o.b.data)
        st = DP_E_NOMEM;
    dp__buf_release(&o.b);
    return st;
}

/* The draft of version v, kept by the project when it is the current one
 * or the other one asked for, else loaded into '*tmp'. */
static dp_status draft_for(dp_project *p, uint32_t v, bool aux_busy, dp__draft **d,
                           dp__draft **tmp, dp_error *err)
{
    uint32_t current = p->versions[p->n_versions - 1].number;
    if (v == current || !aux_busy)
        return dp__project_draft(p, v, d, err);
    dp_status st = dp__draft_load(p, v, tmp, err);
    if (st == DP_OK)
        st = dp__replay(p, *tmp, err);
    *d = *tmp;
    return st;
}

/* The revision report between two drafts: text (text 1), JSON (0) or a
 * report format (text -1, 'fmt'). */
static dp_status write_changes(dp_project *p, uint32_t old_version, uint32_t new_version,
                               int french, int text, int fmt, const dp_sink *sink,
                               dp_error *err)
{
    if (!p || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_write_changes: NULL argument");
    if (text < 0 && (fmt < 0 || fmt >= DP_RF_COUNT_))
        return dp__error_set(err, DP_E_ARG, 0, 0, "unknown report format %d", fmt);
    uint32_t current = p->versions[p->n_versions - 1].number;
    if (new_version == 0)
        new_version = current;
    if (old_version == 0)
        old_version = new_version > 1 ? new_version - 1 : 1;
    if (old_version > current || new_version > current)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no draft %u in the project",
                             old_version > current ? old_version : new_version);
    dp__draft *od = NULL, *nd = NULL, *tmp = NULL;
    dp_status st = draft_for(p, new_version, false, &nd, &tmp, err);
    bool aux_busy = st == DP_OK && nd == p->aux;
    if (st == DP_OK)
        st = draft_for(p, old_version, aux_busy, &od, &tmp, err);
    dp__changes c;
    if (st == DP_OK) {
        st = dp__changes_compute(p, od, nd, &c);
        if (st == DP_OK && text < 0) {
            st = dp__changes_write_report(p, &c, french != 0, (dp_report_format)fmt, sink, err);
            dp__changes_release(&c);
            dp__draft_free(tmp);
            return st;
        }
        if (st == DP_OK) {
            st = text ? dp__changes_write_text(p, &c, french != 0, sink)
                      : dp__changes_write_json(p, &c, french != 0, sink);
            dp__changes_release(&c);
        }
        if (st != DP_OK)
            st = dp__error_set(err, st, 0, 0, "the revision report: %s", dp_strerror(st));
    }
    dp__draft_free(tmp);
    return st;
}

dp_status dp_project_write_changes(dp_project *p, uint32_t old_version, uint32_t new_version,
                                   int french, int text, const dp_sink *sink, dp_error *err)
{
    return write_changes(p, old_version, new_version, french, text ? 1 : 0, 0, sink, err);
}

dp_status dp_project_write_changes_report(dp_project *p, uint32_t old_version,
                                          uint32_t new_version, int french, int format,
                                          const dp_sink *sink, dp_error *err)
{
    return write_changes(p, old_version, new_version, french, -1, format, sink, err);
}
