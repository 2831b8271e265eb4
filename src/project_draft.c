/* Drafts: a stored version's bytes analysed again, its scenes given their
 * stored identities; and what is stored of each draft (scenes with their
 * identity, the automatic breakdown). */
#include "project.h"

#include <string.h>

#define DRAFT_ARENA_CAP ((size_t)1 << 30)

dp_status dp__draft_from_bytes(const char *name, const char *bytes, size_t len,
                               dp__draft **out, dp_error *err)
{
    *out = NULL;
    dp__draft *d = dp__calloc(1, sizeof *d);
    if (!d)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    dp__arena_init(&d->arena, DRAFT_ARENA_CAP);
    dp__arena_init(&d->rarena, DRAFT_ARENA_CAP);
    dp_parse_options po = {DP_FORMAT_AUTO, name};
    dp_status st = dp_doc_parse(bytes, len, &po, &d->doc, err);
    if (st == DP_OK)
        st = dp_breakdown_new(d->doc, NULL, &d->bd, err);
    if (st == DP_OK) {
        size_t n = dp_breakdown_scene_count(d->bd);
        d->uid = dp__arena_alloc(&d->arena, (n + 1) * sizeof *d->uid);
        if (!d->uid)
            st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
        else
            memset(d->uid, 0, (n + 1) * sizeof *d->uid);
    }
    if (st != DP_OK) {
        dp__draft_free(d);
        return st;
    }
    *out = d;
    return DP_OK;
}

void dp__draft_forget_replay(dp__draft *d)
{
    if (!d)
        return;
    dp_breakdown_free(d->eff);
    d->eff = NULL;
    dp__arena_release(&d->rarena);
    dp__arena_init(&d->rarena, DRAFT_ARENA_CAP);
    d->fix = NULL;
    d->out = NULL;
    d->n_fix = d->n_out = 0;
    d->replayed = false;
}

void dp__draft_free(dp__draft *d)
{
    if (!d)
        return;
    dp_breakdown_free(d->eff);
    dp_breakdown_free(d->bd);
    dp_doc_free(d->doc);
    dp__arena_release(&d->arena);
    dp__arena_release(&d->rarena);
    dp__free(d);
}

dp_status dp__draft_load(dp_project *p, uint32_t v, dp__draft **out, dp_error *err)
{
    *out = NULL;
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db, "SELECT file_name, bytes FROM versions WHERE id = ?",
                                 &st, err);
    if (s != DP_OK)
        return s;
    sqlite3_bind_int64(st, 1, v);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        s = rc == SQLITE_DONE ? dp__error_set(err, DP_E_ARG, 0, 0, "no draft %u in the project", v)
                              : dp__db_fail(p->db, rc, err, "reading a draft");
        sqlite3_finalize(st);
        return s;
    }
    const char *name = (const char *)sqlite3_column_text(st, 0);
    const void *bytes = sqlite3_column_blob(st, 1);
    size_t len = (size_t)sqlite3_column_bytes(st, 1);
    dp__draft *d = NULL;
    s = dp__draft_from_bytes(name, bytes ? bytes : "", len, &d, err);
    sqlite3_finalize(st);
    if (s != DP_OK)
        return s;
    d->version = v;
    /* identities by scene index, checked against the heading's line (a
     * newer reader may find the scenes elsewhere: then by line) */
    s = dp__db_prepare(p->db, "SELECT idx, line, uid FROM scenes WHERE version_id = ?", &st, err);
    if (s == DP_OK) {
        sqlite3_bind_int64(st, 1, v);
        size_t n = d->bd->n_scenes;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            size_t idx = (size_t)sqlite3_column_int64(st, 0);
            uint32_t line = (uint32_t)sqlite3_column_int64(st, 1);
            int64_t uid = sqlite3_column_int64(st, 2);
            if (idx < n && d->bd->scenes[idx].line == line) {
                d->uid[idx] = uid;
                continue;
            }
            for (size_t k = 0; k < n; k++)
                if (d->bd->scenes[k].line == line && d->uid[k] == 0)
                    d->uid[k] = uid;
        }
        if (rc != SQLITE_DONE)
            s = dp__db_fail(p->db, rc, err, "reading scenes");
        sqlite3_finalize(st);
    }
    if (s != DP_OK) {
        dp__draft_free(d);
        return s;
    }
    *out = d;
    return DP_OK;
}

long dp__draft_scene_of(const dp__draft *d, int64_t uid)
{
    for (size_t s = 0; uid && s < d->bd->n_scenes; s++)
        if (d->uid[s] == uid)
            return (long)s;
    return -1;
}

long dp__draft_scene_numbered(const dp__draft *d, const char *number)
{
    for (size_t s = 0; number && s < d->bd->n_scenes; s++)
        if (!strcmp(d->bd->scenes[s].number, number))
            return (long)s;
    return -1;
}

dp_status dp__project_draft(dp_project *p, uint32_t v, dp__draft **out, dp_error *err)
{
    *out = NULL;
    uint32_t current = p->versions[p->n_versions - 1].number;
    if (v == 0)
        v = current;
    dp__draft **slot = v == current ? &p->cur : &p->aux;
    dp_status st = DP_OK;
    if (*slot && (*slot)->version != v) {
        dp__draft_free(*slot);
        *slot = NULL;
    }
    if (!*slot)
        st = dp__draft_load(p, v, slot, err);
    if (st == DP_OK && !(*slot)->replayed)
        st = dp__replay(p, *slot, err);
    if (st != DP_OK)
        return st;
    if (*slot == p->cur)
        for (size_t i = 0; i < p->n_edits && i < p->cur->n_out; i++) {
            const dp__outcome *o = &p->cur->out[i];
            p->edits[i].status = o->status;
            p->edits[i].scene = o->scene >= 0 ? p->cur->bd->scenes[o->scene].number : NULL;
            p->edits[i].detail = o->detail;
        }
    *out = *slot;
    return DP_OK;
}

static const char *const kind_names[] = {"first", "same", "changed", "split", "new"};

dp_status dp__draft_store_scenes(dp_project *p, const dp__draft *d, const uint8_t *kind,
                                 const int64_t *from, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "INSERT INTO scenes(version_id, idx, uid, line, number, heading,"
                                 " kind, from_uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 &st, err);
    for (size_t i = 0; s == DP_OK && i < d->bd->n_scenes; i++) {
        const dp_scene *sc = &d->bd->scenes[i];
        sqlite3_bind_int64(st, 1, d->version);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, d->uid[i]);
        sqlite3_bind_int64(st, 4, sc->line);
        dp__db_text(st, 5, sc->number);
        dp__db_text(st, 6, sc->heading);
        dp__db_text(st, 7, kind_names[kind && kind[i] <= DP__M_NEW ? kind[i] : 0]);
        if (from && from[i])
            sqlite3_bind_int64(st, 8, from[i]);
        else
            sqlite3_bind_null(st, 8);
        s = dp__db_run(p->db, st, err);
    }
    sqlite3_finalize(st);
    return s;
}

dp_status dp__draft_store_elements(dp_project *p, const dp__draft *d, dp_error *err)
{
    const dp_breakdown *bd = d->bd;
    uint32_t *count = dp__calloc(bd->n_items + 1, sizeof *count);
    if (!count)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "INSERT INTO scene_elements(version_id, scene_idx, category,"
                                 " name, character, mentions) VALUES (?, ?, ?, ?, ?, ?)",
                                 &st, err);
    size_t m = 0;
    for (size_t i = 0; s == DP_OK && i < bd->n_scenes; i++) {
        const dp_scene *sc = &bd->scenes[i];
        for (; m < bd->n_mentions && bd->mentions[m].scene == i; m++)
            count[bd->mentions[m].item]++;
        for (size_t k = 0; s == DP_OK && k < sc->item_count; k++) {
            const dp_item *it = &bd->items[sc->items[k]];
            sqlite3_bind_int64(st, 1, d->version);
            sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
            sqlite3_bind_int(st, 3, it->category);
            dp__db_text(st, 4, it->name);
            dp__db_text(st, 5, it->character ? it->character : "");
            sqlite3_bind_int64(st, 6, count[sc->items[k]]);
            count[sc->items[k]] = 0;
            s = dp__db_run(p->db, st, err);
        }
    }
    sqlite3_finalize(st);
    dp__free(count);
    return s;
}
