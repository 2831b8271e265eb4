/* The project's state in memory: drafts (versions), edits and the links
 * between scene identities, read from the store after every write. */
#include "project.h"

#include <string.h>

#define STATE_ARENA_CAP ((size_t)1 << 31)

static const char *const op_names[] = {
    NULL, "add", "remove", "recategorise", "rename", "merge", "story-day", "costume", "heading",
};

const char *dp_edit_op_name(dp_edit_op op)
{
    return (unsigned)op < DP__COUNT(op_names) ? op_names[op] : NULL;
}

static dp_edit_op op_from_name(const char *s)
{
    for (size_t i = 1; s && i < DP__COUNT(op_names); i++)
        if (!strcmp(op_names[i], s))
            return (dp_edit_op)i;
    return (dp_edit_op)0;
}

const char *dp_edit_status_name(dp_edit_status st)
{
    switch (st) {
    case DP_EDIT_KEPT:
        return "kept";
    case DP_EDIT_MOVED:
        return "moved";
    default:
        return "orphaned";
    }
}

/* Column i as a string in the arena; NULL for SQL NULL. */
static const char *col_str(dp__arena *a, sqlite3_stmt *st, int i, bool *nomem)
{
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
        return NULL;
    const unsigned char *t = sqlite3_column_text(st, i);
    int n = sqlite3_column_bytes(st, i);
    char *r = dp__arena_strndup(a, t ? (const char *)t : "", t ? (size_t)n : 0);
    if (!r)
        *nomem = true;
    return r;
}

static dp_status load_versions(dp_project *p, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "SELECT count(*) FROM versions", &st, err);
    if (s != DP_OK)
        return s;
    size_t n = sqlite3_step(st) == SQLITE_ROW ? (size_t)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (n > DP_PROJECT_MAX_VERSIONS)
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "more than %u drafts in the project",
                             DP_PROJECT_MAX_VERSIONS);
    p->versions = dp__arena_alloc(&p->arena, (n + 1) * sizeof *p->versions);
    if (!p->versions)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    s = dp__db_prepare(p->db,
                       "SELECT id, label, file_name, format, sha256, size, created, scenes,"
                       " same, changed, added, omitted, split, merged FROM versions ORDER BY id",
                       &st, err);
    if (s != DP_OK)
        return s;
    bool nomem = false;
    int rc;
    p->n_versions = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && p->n_versions < n) {
        dp_project_version *v = &p->versions[p->n_versions++];
        v->number = (uint32_t)sqlite3_column_int64(st, 0);
        v->label = col_str(&p->arena, st, 1, &nomem);
        v->file_name = col_str(&p->arena, st, 2, &nomem);
        v->format = col_str(&p->arena, st, 3, &nomem);
        v->sha256 = col_str(&p->arena, st, 4, &nomem);
        v->size = (uint64_t)sqlite3_column_int64(st, 5);
        v->created = sqlite3_column_int64(st, 6);
        v->scenes = (uint32_t)sqlite3_column_int64(st, 7);
        v->same = (uint32_t)sqlite3_column_int64(st, 8);
        v->changed = (uint32_t)sqlite3_column_int64(st, 9);
        v->added = (uint32_t)sqlite3_column_int64(st, 10);
        v->omitted = (uint32_t)sqlite3_column_int64(st, 11);
        v->split = (uint32_t)sqlite3_column_int64(st, 12);
        v->merged = (uint32_t)sqlite3_column_int64(st, 13);
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        s = dp__db_fail(p->db, rc, err, "reading the drafts");
    sqlite3_finalize(st);
    if (s == DP_OK && nomem)
        s = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    if (s == DP_OK && p->n_versions == 0)
        s = dp__error_set(err, DP_E_FORMAT, 0, 0, "damaged project: it holds no draft");
    /* drafts are numbered 1..n: version v is p->versions[v - 1] */
    for (size_t i = 0; s == DP_OK && i < p->n_versions; i++)
        if (p->versions[i].number != i + 1)
            s = dp__error_set(err, DP_E_FORMAT, 0, 0,
                              "damaged project: draft %llu where draft %zu should be",
                              (unsigned long long)p->versions[i].number, i + 1);
    return s;
}

static dp_status load_edits(dp_project *p, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db, "SELECT count(*) FROM edits", &st, err);
    if (s != DP_OK)
        return s;
    size_t n = sqlite3_step(st) == SQLITE_ROW ? (size_t)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (n > DP_PROJECT_MAX_EDITS)
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "more than %u edits in the project",
                             DP_PROJECT_MAX_EDITS);
    p->recs = dp__arena_alloc(&p->arena, (n + 1) * sizeof *p->recs);
    p->edits = dp__arena_alloc(&p->arena, (n + 1) * sizeof *p->edits);
    if (!p->recs || !p->edits)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    s = dp__db_prepare(p->db,
                       "SELECT id, version_id, op, scene_uid, scene_number, category, name,"
                       " character, anchor, before, after, new_category, new_name,"
                       " new_character, value, old_value, note FROM edits ORDER BY id",
                       &st, err);
    if (s != DP_OK)
        return s;
    bool nomem = false;
    int rc;
    p->n_edits = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && p->n_edits < n) {
        dp__edit_rec *r = &p->recs[p->n_edits++];
        r->id = sqlite3_column_int64(st, 0);
        r->version = (uint32_t)sqlite3_column_int64(st, 1);
        r->op = op_from_name((const char *)sqlite3_column_text(st, 2));
        r->scene_uid = sqlite3_column_int64(st, 3);
        r->scene_number = col_str(&p->arena, st, 4, &nomem);
        r->category = (uint16_t)sqlite3_column_int(st, 5);
        r->name = col_str(&p->arena, st, 6, &nomem);
        r->character = col_str(&p->arena, st, 7, &nomem);
        r->text = col_str(&p->arena, st, 8, &nomem);
        r->before = col_str(&p->arena, st, 9, &nomem);
        r->after = col_str(&p->arena, st, 10, &nomem);
        r->new_category = (uint16_t)sqlite3_column_int(st, 11);
        r->new_name = col_str(&p->arena, st, 12, &nomem);
        r->new_character = col_str(&p->arena, st, 13, &nomem);
        r->value = col_str(&p->arena, st, 14, &nomem);
        r->old_value = col_str(&p->arena, st, 15, &nomem);
        r->note = col_str(&p->arena, st, 16, &nomem);
        dp_edit_info *e = &p->edits[p->n_edits - 1];
        memset(e, 0, sizeof *e);
        e->id = r->id;
        e->version = r->version;
        e->edit = (dp_edit){r->op, r->scene_number, r->category, r->name, r->character,
                            r->text, r->new_category, r->new_name, r->new_character,
                            r->value, r->note};
        e->status = DP_EDIT_ORPHANED;
        e->detail = "not replayed";
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        s = dp__db_fail(p->db, rc, err, "reading the edits");
    sqlite3_finalize(st);
    for (size_t i = 0; s == DP_OK && i < p->n_edits; i++)
        if (p->recs[i].op == 0)
            s = dp__error_set(err, DP_E_FORMAT, 0, 0, "damaged project: edit %lld has no known operation",
                              (long long)p->recs[i].id);
    if (s == DP_OK && nomem)
        s = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    return s;
}

static dp_status load_links(dp_project *p, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "SELECT version_id, old_uid, new_uid, 1 FROM scene_links"
                                 " WHERE kind = 'merged' UNION ALL"
                                 " SELECT version_id, from_uid, uid, 2 FROM scenes"
                                 " WHERE kind = 'split' ORDER BY 1, 2, 3",
                                 &st, err);
    if (s != DP_OK)
        return s;
    size_t cap = 0;
    p->links = NULL;
    p->n_links = 0;
    dp__link *tmp = NULL;
    int rc;
    while (s == DP_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        s = dp__grow((void **)&tmp, &cap, p->n_links, sizeof *tmp, (size_t)1 << 24);
        if (s == DP_OK)
            tmp[p->n_links++] = (dp__link){(uint32_t)sqlite3_column_int64(st, 0),
                                           sqlite3_column_int64(st, 1),
                                           sqlite3_column_int64(st, 2),
                                           (uint8_t)sqlite3_column_int(st, 3)};
        else
            s = dp__error_set(err, s, 0, 0, "too many scene links");
    }
    if (s == DP_OK && rc != SQLITE_DONE)
        s = dp__db_fail(p->db, rc, err, "reading scene links");
    sqlite3_finalize(st);
    if (s == DP_OK && p->n_links) {
        p->links = dp__arena_alloc(&p->arena, p->n_links * sizeof *p->links);
        if (!p->links)
            s = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
        else
            memcpy(p->links, tmp, p->n_links * sizeof *tmp);
    }
    dp__free(tmp);
    return s;
}

dp_status dp__project_load(dp_project *p, dp_error *err)
{
    dp__arena_release(&p->arena);
    dp__arena_init(&p->arena, STATE_ARENA_CAP);
    p->versions = NULL;
    p->recs = NULL;
    p->edits = NULL;
    p->links = NULL;
    p->n_versions = p->n_edits = p->n_links = 0;
    if (p->cur)
        dp__draft_forget_replay(p->cur);
    dp__draft_free(p->aux);
    p->aux = NULL;
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db, "SELECT next_uid FROM project", &st, err);
    if (s != DP_OK)
        return s;
    if (sqlite3_step(st) == SQLITE_ROW)
        p->next_uid = sqlite3_column_int64(st, 0);
    else
        s = dp__error_set(err, DP_E_FORMAT, 0, 0, "damaged project: no project row");
    sqlite3_finalize(st);
    /* scene identities count up from next_uid: far from overflowing */
    if (s == DP_OK && (p->next_uid < 1 || p->next_uid > ((int64_t)1 << 62)))
        s = dp__error_set(err, DP_E_FORMAT, 0, 0,
                          "damaged project: next scene identity %lld is out of range",
                          (long long)p->next_uid);
    if (s == DP_OK)
        s = load_versions(p, err);
    if (s == DP_OK)
        s = load_edits(p, err);
    if (s == DP_OK)
        s = load_links(p, err);
    /* a current draft of another version is stale */
    if (s == DP_OK && p->cur && p->cur->version != p->versions[p->n_versions - 1].number) {
        dp__draft_free(p->cur);
        p->cur = NULL;
    }
    return s;
}

long dp__project_edit_index(const dp_project *p, int64_t id)
{
    size_t lo = 0, hi = p->n_edits;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (p->recs[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < p->n_edits && p->recs[lo].id == id ? (long)lo : -1;
}

dp_status dp__history_add(dp_project *p, int64_t at, const char *action, uint32_t version,
                          int64_t edit_id, const char *detail, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "INSERT INTO history(at, action, version_id, edit_id, detail)"
                                 " VALUES (?, ?, ?, ?, ?)",
                                 &st, err);
    if (s != DP_OK)
        return s;
    sqlite3_bind_int64(st, 1, at);
    dp__db_text(st, 2, action);
    if (version)
        sqlite3_bind_int64(st, 3, version);
    else
        sqlite3_bind_null(st, 3);
    if (edit_id)
        sqlite3_bind_int64(st, 4, edit_id);
    else
        sqlite3_bind_null(st, 4);
    dp__db_text(st, 5, detail ? detail : "");
    s = dp__db_run(p->db, st, err);
    sqlite3_finalize(st);
    return s;
}
