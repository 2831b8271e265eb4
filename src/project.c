/* dp_project: creating, opening (and migrating), importing drafts,
 * recording edits, and the accessors. Every write is one transaction; on
 * any failure it is rolled back and the state in memory read again. */
#define _POSIX_C_SOURCE 200809L
#include "project.h"
#include "sha256.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const colours[] = {"white", "blue", "pink", "yellow", "green",
                                      "goldenrod", "buff", "salmon", "cherry"};

/* The revision colour of draft n (1-based): white, blue, pink... then
 * "blue 2"... on the next cycle. In 'buf'. */
static const char *default_label(uint32_t n, char buf[32])
{
    uint32_t k = (n - 1) % DP__COUNT(colours), cycle = (n - 1) / (uint32_t)DP__COUNT(colours);
    if (cycle == 0)
        return colours[k];
    snprintf(buf, 32, "%s %u", colours[k], (unsigned)cycle + 1);
    return buf;
}

int dp_project_opened_schema(const dp_project *p) { return p ? p->opened_schema : 0; }
size_t dp_project_version_count(const dp_project *p) { return p ? p->n_versions : 0; }
size_t dp_project_edit_count(const dp_project *p) { return p ? p->n_edits : 0; }

const dp_project_version *dp_project_version_at(const dp_project *p, size_t i)
{
    return p && i < p->n_versions ? &p->versions[i] : NULL;
}

const dp_edit_info *dp_project_edit_at(const dp_project *p, size_t i)
{
    return p && i < p->n_edits ? &p->edits[i] : NULL;
}

void dp_project_close(dp_project *p)
{
    if (!p)
        return;
    dp__draft_free(p->cur);
    dp__draft_free(p->aux);
    dp__arena_release(&p->arena);
    sqlite3_close(p->db);
    dp__free(p);
}

/* Inserts draft d as a version row. */
static dp_status store_version(dp_project *p, const dp__draft *d, const char *label,
                               const char *name, const char *bytes, size_t len, int64_t now,
                               const uint32_t counts[6], dp_error *err)
{
    char sha[65];
    dp__sha256_hex(bytes, len, sha);
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "INSERT INTO versions(id, label, file_name, format, sha256, size,"
                                 " bytes, created, scenes, same, changed, added, omitted, split,"
                                 " merged) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                 &st, err);
    if (s != DP_OK)
        return s;
    sqlite3_bind_int64(st, 1, d->version);
    dp__db_text(st, 2, label);
    dp__db_text(st, 3, name ? name : "");
    dp__db_text(st, 4, dp_format_name(dp_doc_format(d->doc)));
    dp__db_text(st, 5, sha);
    sqlite3_bind_int64(st, 6, (sqlite3_int64)len);
    sqlite3_bind_blob64(st, 7, bytes, len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 8, now);
    sqlite3_bind_int64(st, 9, (sqlite3_int64)d->bd->n_scenes);
    for (int k = 0; k < 6; k++)
        sqlite3_bind_int64(st, 10 + k, counts[k]);
    s = dp__db_run(p->db, st, err);
    sqlite3_finalize(st);
    return s;
}

static dp_status set_next_uid(dp_project *p, int64_t next, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db, "UPDATE project SET next_uid = ?", &st, err);
    if (s == DP_OK) {
        sqlite3_bind_int64(st, 1, next);
        s = dp__db_run(p->db, st, err);
    }
    sqlite3_finalize(st);
    return s;
}

/* ---- new ----------------------------------------------------------------- */

static void remove_db_files(const char *path, char *buf, size_t cap)
{
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < DP__COUNT(suffix); i++) {
        snprintf(buf, cap, "%s%s", path, suffix[i]);
        (void)unlink(buf);
    }
}

/* Writes draft d as a new project in the file 'tmp' (one transaction). */
static dp_status write_first(const char *tmp, dp__draft *d, const char *name, const char *bytes,
                             size_t len, const char *label, int64_t now, dp_error *err)
{
    dp_project p;
    memset(&p, 0, sizeof p);
    dp_status st = dp__db_open(tmp, true, &p.db, err);
    if (st != DP_OK)
        return st;
    st = dp__db_begin(p.db, err);
    if (st == DP_OK)
        st = dp__schema_create(p.db, err);
    for (size_t i = 0; i < d->bd->n_scenes; i++)
        d->uid[i] = (int64_t)i + 1;
    d->version = 1;
    char sql[128];
    snprintf(sql, sizeof sql, "INSERT INTO project(id, next_uid, created) VALUES (1, %lld, %lld)",
             (long long)d->bd->n_scenes + 1, (long long)now);
    if (st == DP_OK)
        st = dp__db_exec(p.db, sql, err);
    uint32_t counts[6] = {0, 0, 0, 0, 0, 0};
    if (st == DP_OK)
        st = store_version(&p, d, label, name, bytes, len, now, counts, err);
    if (st == DP_OK)
        st = dp__draft_store_scenes(&p, d, NULL, NULL, err);
    if (st == DP_OK)
        st = dp__draft_store_elements(&p, d, err);
    char what[256];
    snprintf(what, sizeof what, "draft 1 (%s): %s, %zu scenes", label, name ? name : "",
             d->bd->n_scenes);
    if (st == DP_OK)
        st = dp__history_add(&p, now, "new", 1, 0, what, err);
    if (st == DP_OK)
        st = dp__db_commit(p.db, err);
    if (st == DP_OK)
        st = dp__db_exec(p.db, "PRAGMA wal_checkpoint(TRUNCATE)", err);
    if (st != DP_OK)
        dp__db_rollback(p.db);
    if (sqlite3_close(p.db) != SQLITE_OK && st == DP_OK)
        st = dp__error_set(err, DP_E_STORE, 0, 0, "closing the new project failed");
    return st;
}

dp_status dp_project_new(const char *path, const char *name, const char *script, size_t len,
                         const char *label, int64_t now, dp_project **out, dp_error *err)
{
    if (!path || !script || !out)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_new: NULL argument");
    *out = NULL;
    if (label && strlen(label) > DP_PROJECT_MAX_TEXT)
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "the label is too long");
    struct stat sb;
    if (stat(path, &sb) == 0)
        return dp__error_set(err, DP_E_EXISTS, 0, 0, "%s already exists", path);
    dp__draft *d = NULL;
    dp_status st = dp__draft_from_bytes(name, script, len, &d, err);
    if (st != DP_OK)
        return st;
    /* built aside, then linked into place: a crash leaves no half project */
    size_t n = strlen(path) + 32;
    char *tmp = dp__malloc(n), *scratch = dp__malloc(n);
    if (!tmp || !scratch) {
        dp__free(tmp);
        dp__free(scratch);
        dp__draft_free(d);
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    }
    snprintf(tmp, n, "%s.new", path);
    remove_db_files(tmp, scratch, n);
    st = write_first(tmp, d, name, script, len, label ? label : "white", now, err);
    dp__draft_free(d);
    if (st == DP_OK && link(tmp, path) != 0) {
        int e = errno;
        st = e == EEXIST ? dp__error_set(err, DP_E_EXISTS, 0, 0, "%s already exists", path)
             : rename(tmp, path) == 0 ? DP_OK
                                      : dp__error_set(err, DP_E_IO, 0, 0, "%s: %s", path,
                                                      strerror(errno));
    }
    remove_db_files(tmp, scratch, n);
    dp__free(tmp);
    dp__free(scratch);
    if (st != DP_OK)
        return st;
    return dp_project_open(path, out, err);
}

/* ---- open and migrate ---------------------------------------------------- */

/* Migration 2's data: each draft's automatic breakdown, and the edits'
 * outcomes on the current draft. */
static dp_status fill_2(dp_project *p, dp_error *err)
{
    dp_status st = dp__project_load(p, err);
    for (size_t i = 0; st == DP_OK && i < p->n_versions; i++) {
        dp__draft *d = NULL;
        st = dp__draft_load(p, p->versions[i].number, &d, err);
        if (st == DP_OK)
            st = dp__draft_store_elements(p, d, err);
        dp__draft_free(d);
    }
    dp__draft *cur = NULL;
    if (st == DP_OK)
        st = dp__project_draft(p, 0, &cur, err);
    if (st == DP_OK)
        st = dp__replay_store(p, cur, 0, err);
    return st;
}

static dp_status migrate(dp_project *p, int from, dp_error *err)
{
    dp_status st = dp__db_begin(p->db, err);
    int v = from;
    if (st == DP_OK) /* another process may have migrated meanwhile */
        st = dp__schema_version(p->db, &v, err);
    for (int k = v + 1; st == DP_OK && k <= DP_PROJECT_SCHEMA_VERSION; k++) {
        st = dp__db_exec(p->db, dp__schema_step(k), err);
        if (st == DP_OK && k == 2)
            st = fill_2(p, err);
    }
    if (st == DP_OK && v < DP_PROJECT_SCHEMA_VERSION) {
        char what[64];
        snprintf(what, sizeof what, "schema %d to %d", v, DP_PROJECT_SCHEMA_VERSION);
        st = dp__schema_stamp(p->db, DP_PROJECT_SCHEMA_VERSION, err);
        if (st == DP_OK)
            st = dp__history_add(p, 0, "migrate", 0, 0, what, err);
    }
    if (st == DP_OK)
        st = dp__db_commit(p->db, err);
    if (st != DP_OK)
        dp__db_rollback(p->db);
    return st;
}

dp_status dp_project_open(const char *path, dp_project **out, dp_error *err)
{
    if (!path || !out)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_open: NULL argument");
    *out = NULL;
    struct stat sb;
    if (stat(path, &sb) != 0)
        return dp__error_set(err, errno == ENOENT ? DP_E_NOTFOUND : DP_E_ACCESS, 0, 0, "%s",
                             errno == ENOENT ? "no such project" : strerror(errno));
    if (S_ISDIR(sb.st_mode))
        return dp__error_set(err, DP_E_ISDIR, 0, 0, "is a directory, not a project");
    dp_project *p = dp__calloc(1, sizeof *p);
    if (!p)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    dp__arena_init(&p->arena, 1);
    dp_status st = dp__db_open(path, false, &p->db, err);
    int v = 0;
    if (st == DP_OK)
        st = dp__schema_version(p->db, &v, err);
    if (st == DP_OK && v == 0)
        st = dp__error_set(err, DP_E_FORMAT, 0, 0, "not a depouille project (an empty database)");
    if (st == DP_OK && v > DP_PROJECT_SCHEMA_VERSION)
        st = dp__error_set(err, DP_E_SCHEMA, 0, 0,
                           "the project has schema version %d; this depouille reads up to %d",
                           v, DP_PROJECT_SCHEMA_VERSION);
    p->opened_schema = v;
    if (st == DP_OK && v < DP_PROJECT_SCHEMA_VERSION)
        st = migrate(p, v, err);
    if (st == DP_OK)
        st = dp__project_load(p, err);
    dp__draft *cur = NULL;
    if (st == DP_OK)
        st = dp__project_draft(p, 0, &cur, err);
    if (st != DP_OK) {
        dp_project_close(p);
        return st;
    }
    *out = p;
    return DP_OK;
}

/* ---- import -------------------------------------------------------------- */

/* Matching inputs for draft d's scenes (shingles in 'a'). */
static dp_status scenes_for_match(dp__arena *a, const dp__draft *d, dp__mscene **out)
{
    size_t n = d->bd->n_scenes;
    dp__mscene *m = dp__arena_alloc(a, (n + 1) * sizeof *m);
    if (!m)
        return DP_E_NOMEM;
    for (size_t i = 0; i < n; i++) {
        const dp_scene *sc = &d->bd->scenes[i];
        uint64_t *sh = NULL;
        size_t nsh = 0;
        dp_status st = dp__scene_shingles(a, d->bd, i, &sh, &nsh);
        if (st != DP_OK)
            return st;
        m[i] = (dp__mscene){sc->number, d->doc->elements[sc->first_element].scene_number != NULL,
                            sc->heading, sh, nsh};
    }
    *out = m;
    return DP_OK;
}

typedef struct import_plan {
    dp__arena a;
    dp__match m;
    uint8_t *kind;
    int64_t *from;
    uint32_t counts[6]; /* same, changed, added, omitted, split, merged */
    int64_t next_uid;
} import_plan;

static dp_status plan_import(dp_project *p, const dp__draft *old, dp__draft *nd, import_plan *ip)
{
    size_t no = old->bd->n_scenes, nn = nd->bd->n_scenes;
    if (no > DP__MATCH_MAX_SCENES || nn > DP__MATCH_MAX_SCENES)
        return DP_E_LIMIT;
    dp__mscene *ms_old = NULL, *ms_new = NULL;
    dp_status st = scenes_for_match(&ip->a, old, &ms_old);
    if (st == DP_OK)
        st = scenes_for_match(&ip->a, nd, &ms_new);
    ip->m.new_from = dp__arena_alloc(&ip->a, (nn + 1) * sizeof *ip->m.new_from);
    ip->m.new_kind = dp__arena_alloc(&ip->a, nn + 1);
    ip->m.old_to = dp__arena_alloc(&ip->a, (no + 1) * sizeof *ip->m.old_to);
    ip->m.old_kind = dp__arena_alloc(&ip->a, no + 1);
    ip->from = dp__arena_alloc(&ip->a, (nn + 1) * sizeof *ip->from);
    if (st == DP_OK && (!ip->m.new_from || !ip->m.new_kind || !ip->m.old_to ||
                        !ip->m.old_kind || !ip->from))
        st = DP_E_NOMEM;
    if (st == DP_OK)
        st = dp__match_scenes(ms_old, no, ms_new, nn, &ip->m);
    if (st != DP_OK)
        return st;
    ip->kind = ip->m.new_kind;
    ip->next_uid = p->next_uid;
    for (size_t j = 0; j < nn; j++) {
        int32_t i = ip->m.new_from[j];
        uint8_t k = ip->m.new_kind[j];
        ip->from[j] = 0;
        if (k == DP__M_SAME || k == DP__M_CHANGED) {
            nd->uid[j] = old->uid[i];
            ip->counts[k == DP__M_SAME ? 0 : 1]++;
        } else {
            nd->uid[j] = ip->next_uid++;
            if (k == DP__M_SPLIT) {
                ip->from[j] = old->uid[i];
                ip->counts[4]++;
            } else {
                ip->counts[2]++;
            }
        }
    }
    for (size_t i = 0; i < no; i++)
        ip->counts[ip->m.old_kind[i] == DP__M_MERGED ? 5 : 3] += ip->m.old_kind[i] != DP__M_KEPT;
    return DP_OK;
}

static dp_status store_links(dp_project *p, const dp__draft *old, const dp__draft *nd,
                             const import_plan *ip, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(p->db,
                                 "INSERT INTO scene_links(version_id, old_uid, new_uid, kind)"
                                 " VALUES (?, ?, ?, ?)",
                                 &st, err);
    for (size_t i = 0; s == DP_OK && i < old->bd->n_scenes; i++) {
        if (ip->m.old_kind[i] == DP__M_KEPT)
            continue;
        sqlite3_bind_int64(st, 1, nd->version);
        sqlite3_bind_int64(st, 2, old->uid[i]);
        if (ip->m.old_kind[i] == DP__M_MERGED)
            sqlite3_bind_int64(st, 3, nd->uid[ip->m.old_to[i]]);
        else
            sqlite3_bind_null(st, 3);
        dp__db_text(st, 4, ip->m.old_kind[i] == DP__M_MERGED ? "merged" : "omitted");
        s = dp__db_run(p->db, st, err);
    }
    sqlite3_finalize(st);
    return s;
}

static void outcome_counts(const dp__draft *d, size_t c[3])
{
    c[0] = c[1] = c[2] = 0;
    for (size_t i = 0; i < d->n_out; i++)
        c[d->out[i].status]++;
}

dp_status dp_project_import(dp_project *p, const char *name, const char *script, size_t len,
                            const char *label, int64_t now, dp_error *err)
{
    if (!p || !script)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_import: NULL argument");
    if (label && strlen(label) > DP_PROJECT_MAX_TEXT)
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "the label is too long");
    if (p->n_versions >= DP_PROJECT_MAX_VERSIONS)
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "the project has %u drafts already",
                             DP_PROJECT_MAX_VERSIONS);
    const dp_project_version *last = &p->versions[p->n_versions - 1];
    char sha[65];
    dp__sha256_hex(script, len, sha);
    if (!strcmp(sha, last->sha256))
        return dp__error_set(err, DP_E_EXISTS, 0, 0, "this draft is draft %u already",
                             last->number);
    dp__draft *nd = NULL, *old = NULL;
    dp_status st = dp__draft_from_bytes(name, script, len, &nd, err);
    if (st == DP_OK)
        st = dp__project_draft(p, 0, &old, err);
    if (st != DP_OK) {
        dp__draft_free(nd);
        return st;
    }
    nd->version = last->number + 1;
    char lbuf[32];
    const char *lab = label ? label : default_label(nd->version, lbuf);
    import_plan ip;
    memset(&ip, 0, sizeof ip);
    dp__arena_init(&ip.a, (size_t)1 << 30);
    st = plan_import(p, old, nd, &ip);
    if (st == DP_E_LIMIT)
        st = dp__error_set(err, st, 0, 0,
                           "the drafts have %zu and %zu scenes; matching takes at most %u "
                           "scenes a draft",
                           old->bd->n_scenes, nd->bd->n_scenes, DP__MATCH_MAX_SCENES);
    else if (st != DP_OK)
        st = dp__error_set(err, st, 0, 0, "matching the drafts: %s", dp_strerror(st));
    if (st == DP_OK)
        st = dp__db_begin(p->db, err);
    bool in_tx = st == DP_OK;
    if (st == DP_OK)
        st = store_version(p, nd, lab, name, script, len, now, ip.counts, err);
    if (st == DP_OK)
        st = dp__draft_store_scenes(p, nd, ip.kind, ip.from, err);
    if (st == DP_OK)
        st = store_links(p, old, nd, &ip, err);
    if (st == DP_OK)
        st = dp__draft_store_elements(p, nd, err);
    if (st == DP_OK)
        st = set_next_uid(p, ip.next_uid, err);
    if (st == DP_OK)
        st = dp__project_load(p, err); /* frees the old current draft */
    dp__draft *cur = NULL;
    if (st == DP_OK) {
        dp__draft_free(p->cur);
        p->cur = nd;
        nd = NULL;
        st = dp__project_draft(p, 0, &cur, err);
    }
    if (st == DP_OK)
        st = dp__replay_store(p, cur, 0, err);
    if (st == DP_OK) {
        size_t c[3];
        outcome_counts(cur, c);
        char what[512];
        snprintf(what, sizeof what,
                 "draft %u (%s): %s, %zu scenes: %u same, %u changed, %u added, %u omitted, "
                 "%u split, %u merged; edits: %zu kept, %zu moved, %zu orphaned",
                 cur->version, lab, name ? name : "", cur->bd->n_scenes, ip.counts[0],
                 ip.counts[1], ip.counts[2], ip.counts[3], ip.counts[4], ip.counts[5], c[0],
                 c[1], c[2]);
        st = dp__history_add(p, now, "import", cur->version, 0, what, err);
    }
    if (st == DP_OK)
        st = dp__db_commit(p->db, err);
    if (st != DP_OK && in_tx) {
        dp__db_rollback(p->db);
        dp__draft_free(p->cur);
        p->cur = NULL;
        dp_error ignored;
        if (dp__project_load(p, &ignored) == DP_OK)
            (void)dp__project_draft(p, 0, &cur, &ignored);
    }
    dp__draft_free(nd);
    dp__arena_release(&ip.a);
    return st;
}

/* ---- edits --------------------------------------------------------------- */

dp_status dp_project_edit(dp_project *p, const dp_edit *e, int64_t now, int64_t *id,
                          dp_error *err)
{
    if (!p || !e)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_edit: NULL argument");
    if (p->n_edits >= DP_PROJECT_MAX_EDITS)
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "the project has %u edits already",
                             DP_PROJECT_MAX_EDITS);
    int64_t new_id = 0;
    dp_status st = dp__db_begin(p->db, err);
    bool in_tx = st == DP_OK;
    if (st == DP_OK)
        st = dp__edit_store(p, e, now, &new_id, err);
    if (st == DP_OK)
        st = dp__project_load(p, err);
    dp__draft *cur = NULL;
    if (st == DP_OK)
        st = dp__project_draft(p, 0, &cur, err);
    if (st == DP_OK && p->n_edits)
        st = dp__replay_store(p, cur, p->n_edits - 1, err);
    if (st == DP_OK) {
        const dp__edit_rec *r = &p->recs[p->n_edits - 1];
        char what[512];
        snprintf(what, sizeof what, "%s%s%s%s%s%s%s%s%s", dp_edit_op_name(r->op),
                 r->scene_number ? " scene " : "", r->scene_number ? r->scene_number : "",
                 r->name ? " " : "", r->name ? r->name : "", r->new_name ? " -> " : "",
                 r->new_name ? r->new_name : "", r->value ? " = " : "", r->value ? r->value : "");
        st = dp__history_add(p, now, "edit", cur->version, new_id, what, err);
    }
    if (st == DP_OK)
        st = dp__db_commit(p->db, err);
    if (st != DP_OK && in_tx) {
        dp__db_rollback(p->db);
        dp_error ignored;
        if (dp__project_load(p, &ignored) == DP_OK)
            (void)dp__project_draft(p, 0, &cur, &ignored);
        return st;
    }
    if (st == DP_OK && id)
        *id = new_id;
    return st;
}

dp_status dp_project_breakdown(dp_project *p, uint32_t version, const dp_breakdown **out,
                               dp_error *err)
{
    if (!p || !out)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_breakdown: NULL argument");
    *out = NULL;
    if (version > p->versions[p->n_versions - 1].number)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no draft %u in the project", version);
    dp__draft *d = NULL;
    dp_status st = dp__project_draft(p, version, &d, err);
    if (st == DP_OK)
        *out = d->eff;
    return st;
}
