/* Replaying the edits on a draft. Each edit finds its anchor again:
 * - its scene, by identity: the scene continuing it in this draft, or the
 *   one its text was merged into (moved); a split-off part when what the
 *   edit is about went there (moved);
 * - its words (ADD), in that scene first, else anywhere in the script
 *   where the words stand with enough of the same context (moved);
 * - what it acts on: the element must still be in the scene (REMOVE) or
 *   the script (RENAME...), the character in the scene (COSTUME), the
 *   heading as it was (HEADING).
 * An edit whose anchor is gone is orphaned: not applied, kept, listed. */
#include "project.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MOVE_CONTEXT 16u  /* context bytes that must agree for words to move */
#define MAX_LINK_HOPS 64u /* merges followed from one identity */
#define MAX_PIECES 64u

typedef struct produced {
    int32_t scene; /* -1: everywhere */
    uint16_t category;
    const char *name;
    const char *character;
} produced;

typedef struct replay {
    dp_project *p;
    dp__draft *d;
    produced *made;
    size_t n_made;
} replay;

static const char *detail(dp__draft *d, const char *fmt, ...) DP__PRINTF(2, 3);
static const char *detail(dp__draft *d, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof buf) { /* truncated: no half character at the end */
        n = (int)sizeof buf - 1;
        int i = n - 1;
        while (i > 0 && ((unsigned char)buf[i] & 0xC0) == 0x80)
            i--;
        unsigned char lead = (unsigned char)buf[i];
        int want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (i + want > n)
            n = i;
    }
    const char *r = dp__arena_strndup(&d->rarena, buf, (size_t)n);
    return r ? r : "";
}

static const char *num(const dp__draft *d, long s) { return d->bd->scenes[s].number; }

/* The scene holding identity uid in d: itself, or where merges took it. */
static long scene_for(const replay *rp, int64_t uid, bool *merged)
{
    *merged = false;
    long s = dp__draft_scene_of(rp->d, uid);
    for (unsigned hop = 0; s < 0 && uid && hop < MAX_LINK_HOPS; hop++) {
        int64_t next = 0;
        for (size_t k = 0; k < rp->p->n_links; k++) {
            const dp__link *l = &rp->p->links[k];
            if (l->kind == DP__LINK_MERGED && l->old_uid == uid && l->version <= rp->d->version)
                next = l->new_uid; /* links are in version order: the latest wins */
        }
        if (!next)
            break;
        uid = next;
        s = dp__draft_scene_of(rp->d, uid);
        *merged = s >= 0;
    }
    return s;
}

/* Scenes of d split off identity uid (directly). */
static size_t pieces_of(const replay *rp, int64_t uid, long *out, size_t max)
{
    size_t n = 0;
    for (size_t k = 0; k < rp->p->n_links && n < max; k++) {
        const dp__link *l = &rp->p->links[k];
        if (l->kind == DP__LINK_SPLIT && l->old_uid == uid && l->version <= rp->d->version) {
            long s = dp__draft_scene_of(rp->d, l->new_uid);
            if (s >= 0)
                out[n++] = s;
        }
    }
    return n;
}

static bool key_eq(uint16_t cat, const char *name, const char *ch, uint16_t cat2,
                   const char *name2, const char *ch2)
{
    if (cat != cat2 || !name || !name2 || strcmp(name, name2) != 0)
        return false;
    return !ch || (ch2 && !strcmp(ch, ch2));
}

/* Is the element in scene s (-1: anywhere) of the automatic breakdown, or
 * made by an edit replayed before? */
static bool has_item(const replay *rp, long s, uint16_t cat, const char *name, const char *ch)
{
    const dp_breakdown *bd = rp->d->bd;
    if (s >= 0) {
        const dp_scene *sc = &bd->scenes[s];
        for (size_t k = 0; k < sc->item_count; k++) {
            const dp_item *it = &bd->items[sc->items[k]];
            if (key_eq(cat, name, ch, it->category, it->name, it->character))
                return true;
        }
    } else {
        for (size_t k = 0; k < bd->n_items; k++)
            if (key_eq(cat, name, ch, bd->items[k].category, bd->items[k].name,
                       bd->items[k].character))
                return true;
    }
    for (size_t k = 0; k < rp->n_made; k++) {
        const produced *m = &rp->made[k];
        if ((s < 0 || m->scene < 0 || m->scene == s) &&
            key_eq(cat, name, ch, m->category, m->name, m->character ? m->character : ch))
            return true;
    }
    return false;
}

static bool in_cast(const dp__draft *d, long s, const char *who)
{
    return dp__scene_cast_pos(d->bd, (size_t)s, dp__character_find(d->bd, who)) >= 0;
}

/* Outcome for a scene found by identity: kept (maybe renumbered) or moved
 * (merged). */
static void found_scene(dp__draft *d, const dp__edit_rec *r, long s, bool merged, dp__outcome *o)
{
    const char *was = r->scene_number ? r->scene_number : "?";
    o->scene = (int32_t)s;
    if (merged) {
        o->status = DP_EDIT_MOVED;
        o->detail = detail(d, "scene %s was merged into scene %s", was, num(d, s));
    } else {
        o->status = DP_EDIT_KEPT;
        o->detail = strcmp(was, num(d, s)) ? detail(d, "scene %s is now %s", was, num(d, s)) : "";
    }
}

/* Sets an orphaned outcome; returns 0 so resolvers can return it. */
static int orphan(dp__outcome *o, const char *why)
{
    o->status = DP_EDIT_ORPHANED;
    o->scene = -1;
    o->detail = why;
    return 0;
}

static int resolve_add(replay *rp, const dp__edit_rec *r, long s, bool merged, dp__outcome *o,
                        dp__fix *fx)
{
    dp__draft *d = rp->d;
    const char *was = r->scene_number ? r->scene_number : "?";
    if (!r->text) {
        if (s < 0)
            return orphan(o, detail(d, "scene %s was omitted", was));
        found_scene(d, r, s, merged, o);
        fx->scene = (int32_t)s;
        return 0;
    }
    dp__anchor an = {r->text, r->before, r->after};
    dp__anchor_hit h;
    if (s >= 0 && dp__anchor_find(d->bd, (size_t)s, (size_t)s + 1, &an, &h)) {
        found_scene(d, r, s, merged, o);
    } else {
        size_t lb = r->before ? strlen(r->before) : 0, la = r->after ? strlen(r->after) : 0;
        uint32_t need = lb + la < MOVE_CONTEXT ? (uint32_t)(lb + la) : MOVE_CONTEXT;
        bool ok = dp__anchor_find(d->bd, 0, d->bd->n_scenes, &an, &h) &&
                  (need ? h.score >= need : h.count == 1);
        if (!ok)
            return orphan(o, s >= 0 ? detail(d, "the words \"%s\" are no longer in scene %s",
                                                r->text, num(d, s))
                                       : detail(d, "scene %s was omitted and the words \"%s\" "
                                                   "are nowhere else", was, r->text));
        o->status = DP_EDIT_MOVED;
        o->scene = h.scene;
        o->detail = detail(d, "the words \"%s\" are now in scene %s", r->text, num(d, h.scene));
    }
    fx->scene = o->scene;
    fx->element = h.element;
    fx->start = h.start;
    fx->end = h.end;
    return 0;
}

/* Does scene 's' still hold what edit 'r' is about? */
typedef bool (*holds_fn)(const replay *rp, const dp__edit_rec *r, long s);

static bool holds_item(const replay *rp, const dp__edit_rec *r, long s)
{
    return has_item(rp, s, r->category, r->name, r->character);
}

static bool holds_costume(const replay *rp, const dp__edit_rec *r, long s)
{
    return in_cast(rp->d, s, r->character);
}

/* Finds what 'r' is about ('what' names it) in scene 's', else in a scene
 * split from the edit's scene; else the edit is orphaned. */
static int follow(replay *rp, const dp__edit_rec *r, long s, bool merged, const char *what,
                  holds_fn holds, dp__outcome *o, dp__fix *fx)
{
    dp__draft *d = rp->d;
    const char *was = r->scene_number ? r->scene_number : "?";
    if (s >= 0 && holds(rp, r, s)) {
        found_scene(d, r, s, merged, o);
        fx->scene = (int32_t)s;
        return 0;
    }
    long piece[MAX_PIECES];
    size_t n = pieces_of(rp, r->scene_uid, piece, MAX_PIECES);
    for (size_t k = 0; k < n; k++)
        if (holds(rp, r, piece[k])) {
            o->status = DP_EDIT_MOVED;
            o->scene = (int32_t)piece[k];
            o->detail = detail(d, "%s is now in scene %s, split from scene %s", what,
                               num(d, piece[k]), was);
            fx->scene = o->scene;
            return 0;
        }
    return orphan(o, s >= 0 ? detail(d, "%s is no longer in scene %s", what, num(d, s))
                        : detail(d, "scene %s was omitted", was));
}

static int resolve_remove(replay *rp, const dp__edit_rec *r, long s, bool merged,
                           dp__outcome *o, dp__fix *fx)
{
    if (!r->scene_uid) {
        if (!has_item(rp, -1, r->category, r->name, r->character))
            return orphan(o, detail(rp->d, "%s is no longer in the script", r->name));
        o->status = DP_EDIT_KEPT;
        o->detail = "";
        return 0;
    }
    return follow(rp, r, s, merged, r->name, holds_item, o, fx);
}

static int resolve_costume(replay *rp, const dp__edit_rec *r, long s, bool merged,
                            dp__outcome *o, dp__fix *fx)
{
    return follow(rp, r, s, merged, r->character, holds_costume, o, fx);
}

static int resolve_heading(replay *rp, const dp__edit_rec *r, long s, bool merged,
                            dp__outcome *o, dp__fix *fx)
{
    dp__draft *d = rp->d;
    const char *was = r->scene_number ? r->scene_number : "?";
    if (s < 0)
        return orphan(o, detail(d, "scene %s was omitted", was));
    const char *now = d->bd->scenes[s].heading;
    if (!merged && r->old_value && !strcmp(now, r->old_value)) {
        found_scene(d, r, s, merged, o);
    } else if (!merged && r->value && !strcmp(now, r->value)) {
        found_scene(d, r, s, merged, o);
        o->detail = "the draft now has this heading";
    } else {
        return orphan(o, detail(d, "the heading of scene %s was rewritten: \"%s\"", num(d, s),
                                   now));
    }
    fx->scene = (int32_t)s;
    return 0;
}

/* Resolves edit r; '*applied' when fx is to be applied. */
static void resolve(replay *rp, const dp__edit_rec *r, dp__outcome *o, dp__fix *fx,
                    bool *applied)
{
    dp__draft *d = rp->d;
    *fx = (dp__fix){r->op, -1, r->category, r->name, r->character, SIZE_MAX, 0, 0,
                    r->new_category, r->new_name, r->new_character, r->value};
    o->scene = -1;
    bool merged = false;
    long s = r->scene_uid ? scene_for(rp, r->scene_uid, &merged) : -1;
    const char *was = r->scene_number ? r->scene_number : "?";
    switch (r->op) {
    case DP_EDIT_ADD:
        (void)resolve_add(rp, r, s, merged, o, fx);
        break;
    case DP_EDIT_REMOVE:
        (void)resolve_remove(rp, r, s, merged, o, fx);
        break;
    case DP_EDIT_RECATEGORISE:
    case DP_EDIT_RENAME:
    case DP_EDIT_MERGE:
        if (has_item(rp, -1, r->category, r->name, r->character)) {
            o->status = DP_EDIT_KEPT;
            o->detail = "";
        } else {
            (void)orphan(o, detail(d, "%s is no longer in the script", r->name));
        }
        break;
    case DP_EDIT_STORY_DAY:
        if (s >= 0) {
            found_scene(d, r, s, merged, o);
            fx->scene = (int32_t)s;
        } else {
            (void)orphan(o, detail(d, "scene %s was omitted", was));
        }
        break;
    case DP_EDIT_COSTUME:
        (void)resolve_costume(rp, r, s, merged, o, fx);
        break;
    case DP_EDIT_HEADING:
        (void)resolve_heading(rp, r, s, merged, o, fx);
        break;
    default:
        (void)orphan(o, "unknown edit");
        break;
    }
    *applied = o->status != DP_EDIT_ORPHANED;
}

/* What an applied fix makes exist, for the edits after it. */
static void note_made(replay *rp, const dp__fix *fx)
{
    produced m = {fx->scene, fx->category, fx->name, fx->character};
    if (fx->op == DP_EDIT_RECATEGORISE)
        m = (produced){-1, fx->new_category, fx->name, fx->character};
    else if (fx->op == DP_EDIT_RENAME)
        m = (produced){-1, fx->category, fx->new_name, fx->character};
    else if (fx->op == DP_EDIT_MERGE)
        m = (produced){-1, fx->new_category, fx->new_name,
                       fx->new_character ? fx->new_character : fx->character};
    else if (fx->op != DP_EDIT_ADD)
        return;
    rp->made[rp->n_made++] = m;
}

dp_status dp__replay(dp_project *p, dp__draft *d, dp_error *err)
{
    dp__draft_forget_replay(d);
    size_t n = p->n_edits;
    d->fix = dp__arena_alloc(&d->rarena, (n + 1) * sizeof *d->fix);
    d->out = dp__arena_alloc(&d->rarena, (n + 1) * sizeof *d->out);
    replay rp = {p, d, dp__malloc((n + 1) * sizeof *rp.made), 0};
    if (!d->fix || !d->out || !rp.made) {
        dp__free(rp.made);
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        bool applied = false;
        dp__fix fx;
        resolve(&rp, &p->recs[i], &d->out[i], &fx, &applied);
        if (applied) {
            d->fix[d->n_fix++] = fx;
            note_made(&rp, &fx);
        }
    }
    d->n_out = n;
    dp__free(rp.made);
    dp__overlay ov = {d->fix, d->n_fix};
    dp_status st = dp__breakdown_build(d->doc, NULL, &ov, &d->eff, err);
    if (st == DP_OK)
        d->replayed = true;
    return st;
}

dp_status dp__replay_store(dp_project *p, const dp__draft *d, size_t from, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "INSERT OR REPLACE INTO edit_results(edit_id, version_id, status,"
                                 " scene_uid, detail) VALUES (?, ?, ?, ?, ?)",
                                 &st, err);
    for (size_t i = from; s == DP_OK && i < p->n_edits && i < d->n_out; i++) {
        const dp__outcome *o = &d->out[i];
        sqlite3_bind_int64(st, 1, p->recs[i].id);
        sqlite3_bind_int64(st, 2, d->version);
        dp__db_text(st, 3, dp_edit_status_name(o->status));
        if (o->scene >= 0 && d->uid[o->scene])
            sqlite3_bind_int64(st, 4, d->uid[o->scene]);
        else
            sqlite3_bind_null(st, 4);
        dp__db_text(st, 5, o->detail ? o->detail : "");
        s = dp__db_run(p->db, st, err);
    }
    sqlite3_finalize(st);
    return s;
}
