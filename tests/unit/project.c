/* Unit tests: src/project*.c, src/changes_write.c. Projects in a temporary
 * folder: create, reopen, refuse what is not a project, import, edits and
 * their refusals, reports, and the migration of a version-1 file. */
#define _POSIX_C_SOURCE 200809L
#include "../harness.h"
#include "sha256.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char draft1[] = "Title: Brick\n\n"
                             "INT. KITCHEN - DAY\n\n"
                             "MARY picks up a knife and a red apple from the table.\n\n"
                             "MARY\nHello there, John.\n\n"
                             "EXT. GARDEN - DAY\n\n"
                             "JOHN drinks a cold beer under the old oak tree.\n\n"
                             "JOHN\nNice weather for it.\n\n"
                             "INT. GARAGE - NIGHT\n\n"
                             "MARY starts the old car. The engine coughs twice.\n";

/* scene 2 gone, a new scene, scene 3 the same */
static const char draft2[] = "Title: Brick\n\n"
                             "INT. KITCHEN - DAY\n\n"
                             "MARY picks up a knife and a red apple from the table.\n\n"
                             "MARY\nHello there, John.\n\n"
                             "EXT. STREET - DAY\n\n"
                             "A police car passes with a revolver on the dashboard.\n\n"
                             "INT. GARAGE - NIGHT\n\n"
                             "MARY starts the old car. The engine coughs twice.\n";

static char dir[64];
static char path[128];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/dp-unit-project-XXXXXX");
    if (!mkdtemp(dir))
        dpt_fail(__FILE__, __LINE__, "mkdtemp");
    snprintf(path, sizeof path, "%s/p.dpj", dir);
}

static void teardown(void)
{
    char b[160];
    const char *sfx[] = {"", "-wal", "-shm", ".new"};
    for (int i = 0; i < 4; i++) {
        snprintf(b, sizeof b, "%s%s", path, sfx[i]);
        unlink(b);
    }
    rmdir(dir);
}

static dp_project *make(void)
{
    dp_project *p = NULL;
    dp_error err = {0};
    if (dp_project_new(path, "d1.fountain", draft1, sizeof draft1 - 1, NULL, 1700000000, &p,
                       &err) != DP_OK)
        dpt_fail(__FILE__, __LINE__, "new: %s", err.msg);
    return p;
}

typedef struct cap {
    char *s;
    size_t n;
} cap;

static int cap_write(void *ctx, const void *d, size_t n)
{
    cap *c = ctx;
    char *q = realloc(c->s, c->n + n + 1);
    if (!q)
        return 1;
    memcpy(q + c->n, d, n);
    c->s = q;
    c->n += n;
    c->s[c->n] = '\0';
    return 0;
}

static void create_and_reopen(void)
{
    setup();
    dp_project *p = make();
    if (!p) {
        teardown();
        return;
    }
    CHECK_INT(dp_project_version_count(p), 1);
    const dp_project_version *v = dp_project_version_at(p, 0);
    char sha[65];
    dp__sha256_hex(draft1, sizeof draft1 - 1, sha);
    CHECK_STR(v->sha256, sha);
    CHECK_STR(v->label, "white");
    CHECK_STR(v->format, "fountain");
    CHECK_INT(v->scenes, 3);
    CHECK_INT(v->created, 1700000000);
    dp_project_close(p);
    /* a second project on the same path is refused; the first is intact */
    dp_error err = {0};
    CHECK_INT(dp_project_new(path, "x", draft2, sizeof draft2 - 1, NULL, 0, &p, &err), DP_E_EXISTS);
    CHECK_INT(dp_project_open(path, &p, &err), DP_OK);
    CHECK_INT(dp_project_opened_schema(p), DP_PROJECT_SCHEMA_VERSION);
    CHECK_INT(dp_project_version_count(p), 1);
    const dp_breakdown *bd = NULL;
    CHECK_INT(dp_project_breakdown(p, 0, &bd, &err), DP_OK);
    CHECK(bd && dp_breakdown_scene_count(bd) == 3);
    CHECK_INT(dp_project_breakdown(p, 7, &bd, &err), DP_E_ARG);
    dp_project_close(p);
    dp_project_close(NULL);
    /* a bad script makes no project */
    unlink(path);
    CHECK_INT(dp_project_new(path, "b", "INT. A\0\0", 8, NULL, 0, &p, &err), DP_E_BINARY);
    CHECK(access(path, F_OK) != 0);
    teardown();
}

static void not_projects(void)
{
    setup();
    dp_project *p = NULL;
    dp_error err = {0};
    CHECK_INT(dp_project_open(path, &p, &err), DP_E_NOTFOUND);
    CHECK_INT(dp_project_open(dir, &p, &err), DP_E_ISDIR);
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs("INT. KITCHEN - DAY\n\nThis is a script, not a project, and it is long enough "
              "to fill the header of a database file... and then some more bytes.\n", f);
        fclose(f);
    }
    CHECK_INT(dp_project_open(path, &p, &err), DP_E_FORMAT);
    unlink(path);
    sqlite3 *db = NULL;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "CREATE TABLE other(x)", NULL, NULL, NULL);
    sqlite3_close(db);
    CHECK_INT(dp_project_open(path, &p, &err), DP_E_FORMAT);
    CHECK(strstr(err.msg, "another program") != NULL);
    unlink(path);
    /* a newer schema */
    p = make();
    dp_project_close(p);
    sqlite3_open(path, &db);
    sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
    sqlite3_close(db);
    CHECK_INT(dp_project_open(path, &p, &err), DP_E_SCHEMA);
    CHECK(strstr(err.msg, "99") != NULL);
    CHECK(p == NULL);
    teardown();
}

static void edits_and_refusals(void)
{
    setup();
    dp_project *p = make();
    if (!p) {
        teardown();
        return;
    }
    dp_error err = {0};
    int64_t id = 0;
    dp_edit bad[] = {
        {DP_EDIT_ADD, "9", 104, "x", NULL, NULL, 0, NULL, NULL, NULL, NULL},      /* no scene 9 */
        {DP_EDIT_ADD, "1", 100, "x", NULL, NULL, 0, NULL, NULL, NULL, NULL},      /* cast */
        {DP_EDIT_ADD, "1", 104, "x", NULL, "zebra", 0, NULL, NULL, NULL, NULL},   /* no such words */
        {DP_EDIT_ADD, "1", 106, "x", "NOBODY", NULL, 0, NULL, NULL, NULL, NULL},  /* no such character */
        {DP_EDIT_REMOVE, "3", 104, "knife", NULL, NULL, 0, NULL, NULL, NULL, NULL}, /* not in 3 */
        {DP_EDIT_RENAME, NULL, 104, "sword", NULL, NULL, 0, "blade", NULL, NULL, NULL},
        {DP_EDIT_RECATEGORISE, NULL, 104, "knife", NULL, NULL, 104, NULL, NULL, NULL, NULL},
        {DP_EDIT_STORY_DAY, "1", 0, NULL, NULL, NULL, 0, NULL, NULL, "0", NULL},
        {DP_EDIT_STORY_DAY, "1", 0, NULL, NULL, NULL, 0, NULL, NULL, "2x", NULL},
        {DP_EDIT_COSTUME, "2", 0, NULL, "MARY", NULL, 0, NULL, NULL, "2", NULL}, /* not in 2 */
        {DP_EDIT_HEADING, "1", 0, NULL, NULL, NULL, 0, NULL, NULL, "  ", NULL},
        {DP_EDIT_STORY_DAY, NULL, 0, NULL, NULL, NULL, 0, NULL, NULL, "2", NULL},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err.msg[0] = '\0';
        if (dp_project_edit(p, &bad[i], 0, &id, &err) != DP_E_ARG)
            dpt_fail(__FILE__, __LINE__, "bad edit %zu accepted", i);
        CHECK(err.msg[0] != '\0');
    }
    CHECK_INT(dp_project_edit_count(p), 0);
    dp_edit good[] = {
        {DP_EDIT_ADD, "1", 104, "fruit bowl", NULL, "red apple", 0, NULL, NULL, NULL, "hero"},
        {DP_EDIT_REMOVE, "1", 104, "KNIFE", NULL, NULL, 0, NULL, NULL, NULL, NULL},
        {DP_EDIT_STORY_DAY, "3", 0, NULL, NULL, NULL, 0, NULL, NULL, "2", NULL},
        {DP_EDIT_COSTUME, "1", 0, NULL, "mary", NULL, 0, NULL, NULL, "4", NULL},
        {DP_EDIT_HEADING, "2", 0, NULL, NULL, NULL, 0, NULL, NULL, "EXT. BACK GARDEN - DAY", NULL},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        if (dp_project_edit(p, &good[i], 5, &id, &err) != DP_OK)
            dpt_fail(__FILE__, __LINE__, "edit %zu refused: %s", i, err.msg);
    CHECK_INT(dp_project_edit_count(p), 5);
    for (size_t i = 0; i < dp_project_edit_count(p); i++)
        CHECK_INT(dp_project_edit_at(p, i)->status, DP_EDIT_KEPT);
    const dp_edit_info *e0 = dp_project_edit_at(p, 0);
    CHECK_STR(e0->edit.text, "red apple");
    CHECK_STR(e0->edit.note, "hero");
    CHECK_STR(dp_project_edit_at(p, 1)->edit.name, "knife"); /* the element's own spelling */
    CHECK_STR(dp_project_edit_at(p, 3)->edit.character, "MARY");
    const dp_breakdown *bd = NULL;
    CHECK_INT(dp_project_breakdown(p, 0, &bd, &err), DP_OK);
    CHECK_STR(dp_breakdown_scene(bd, 1)->heading, "EXT. BACK GARDEN - DAY");
    CHECK_INT(dp_breakdown_scene(bd, 2)->story_day, 2);

    /* draft 2: scene 2 omitted (its heading edit orphaned), a new scene */
    CHECK_INT(dp_project_import(p, "d1.fountain", draft1, sizeof draft1 - 1, NULL, 0, &err),
              DP_E_EXISTS);
    CHECK_INT(dp_project_import(p, "d2.fountain", draft2, sizeof draft2 - 1, NULL, 9, &err), DP_OK);
    CHECK_INT(dp_project_version_count(p), 2);
    const dp_project_version *v2 = dp_project_version_at(p, 1);
    CHECK_STR(v2->label, "blue");
    CHECK_INT(v2->same, 2);
    CHECK_INT(v2->added, 1);
    CHECK_INT(v2->omitted, 1);
    CHECK_INT(dp_project_edit_at(p, 0)->status, DP_EDIT_KEPT);
    CHECK_INT(dp_project_edit_at(p, 2)->status, DP_EDIT_KEPT);
    CHECK_STR(dp_project_edit_at(p, 2)->scene, "3");
    CHECK_INT(dp_project_edit_at(p, 4)->status, DP_EDIT_ORPHANED);
    CHECK(strstr(dp_project_edit_at(p, 4)->detail, "omitted") != NULL);

    /* reports */
    cap c = {NULL, 0};
    dp_sink sink = {cap_write, &c};
    CHECK_INT(dp_project_write_changes(p, 1, 2, 0, 1, &sink, &err), DP_OK);
    CHECK(c.s && strstr(c.s, "Changes from draft 1 (white) to draft 2 (blue)"));
    CHECK(c.s && strstr(c.s, "scene 2 (added"));
    CHECK(c.s && strstr(c.s, "new prop: revolver"));
    CHECK(c.s && strstr(c.s, "(omitted"));
    CHECK(c.s && strstr(c.s, "1 added, 1 omitted"));
    free(c.s);
    c = (cap){NULL, 0};
    CHECK_INT(dp_project_write_changes(p, 0, 0, 1, 1, &sink, &err), DP_OK);
    CHECK(c.s && strstr(c.s, "accessoire en plus : revolver"));
    free(c.s);
    c = (cap){NULL, 0};
    CHECK_INT(dp_project_write_changes(p, 1, 2, 0, 0, &sink, &err), DP_OK);
    CHECK(c.s && strstr(c.s, "\"departments\""));
    CHECK(c.s && strstr(c.s, "\"status\": \"omitted\""));
    free(c.s);
    CHECK_INT(dp_project_write_changes(p, 1, 3, 0, 0, &sink, &err), DP_E_ARG);
    c = (cap){NULL, 0};
    CHECK_INT(dp_project_write_json(p, &sink, &err), DP_OK);
    CHECK(c.s && strstr(c.s, "\"orphaned\": 1"));
    free(c.s);
    c = (cap){NULL, 0};
    CHECK_INT(dp_project_write_history(p, 1, &sink, &err), DP_OK);
    CHECK(c.s && strstr(c.s, "2023-11-14T22:13:20Z\tnew\t"));
    CHECK(c.s && strstr(c.s, "\timport\tdraft 2 (blue)"));
    free(c.s);
    /* the old draft's effective breakdown, by number */
    CHECK_INT(dp_project_breakdown(p, 1, &bd, &err), DP_OK);
    CHECK_STR(dp_breakdown_scene(bd, 1)->heading, "EXT. BACK GARDEN - DAY");
    dp_project_close(p);
    teardown();
}

/* The version-1 schema as released: frozen here, so the migration is
 * tested against what old files really hold. */
static const char schema_v1[] =
    "CREATE TABLE project(id INTEGER PRIMARY KEY CHECK (id = 1), next_uid INTEGER NOT NULL,"
    " created INTEGER NOT NULL);"
    "CREATE TABLE versions(id INTEGER PRIMARY KEY, label TEXT NOT NULL, file_name TEXT NOT NULL,"
    " format TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, bytes BLOB NOT NULL,"
    " created INTEGER NOT NULL, scenes INTEGER NOT NULL, same INTEGER NOT NULL,"
    " changed INTEGER NOT NULL, added INTEGER NOT NULL, omitted INTEGER NOT NULL,"
    " split INTEGER NOT NULL, merged INTEGER NOT NULL);"
    "CREATE TABLE scenes(version_id INTEGER NOT NULL REFERENCES versions(id),"
    " idx INTEGER NOT NULL, uid INTEGER NOT NULL, line INTEGER NOT NULL, number TEXT NOT NULL,"
    " heading TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN"
    " ('first','same','changed','split','new')), from_uid INTEGER,"
    " PRIMARY KEY (version_id, idx), UNIQUE (version_id, uid));"
    "CREATE TABLE scene_links(version_id INTEGER NOT NULL REFERENCES versions(id),"
    " old_uid INTEGER NOT NULL, new_uid INTEGER, kind TEXT NOT NULL CHECK (kind IN"
    " ('merged','omitted')), PRIMARY KEY (version_id, old_uid));"
    "CREATE TABLE edits(id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES"
    " versions(id), op TEXT NOT NULL, scene_uid INTEGER, scene_number TEXT,"
    " category INTEGER NOT NULL DEFAULT 0, name TEXT, character TEXT, anchor TEXT, before TEXT,"
    " after TEXT, new_category INTEGER NOT NULL DEFAULT 0, new_name TEXT, new_character TEXT,"
    " value TEXT, old_value TEXT, note TEXT, created INTEGER NOT NULL);"
    "CREATE TABLE history(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, action TEXT NOT NULL,"
    " version_id INTEGER REFERENCES versions(id), edit_id INTEGER REFERENCES edits(id),"
    " detail TEXT NOT NULL);"
    "PRAGMA application_id = 1146112561; PRAGMA user_version = 1;";

static long long one(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void migrates_version_1(void)
{
    setup();
    dp_doc *doc = NULL;
    dp_breakdown *bd = dpt_breakdown(draft1, &doc);
    sqlite3 *db = NULL;
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, schema_v1, NULL, NULL, NULL), SQLITE_OK);
    char sha[65];
    dp__sha256_hex(draft1, sizeof draft1 - 1, sha);
    sqlite3_stmt *st = NULL;
    sqlite3_exec(db, "INSERT INTO project VALUES (1, 4, 0)", NULL, NULL, NULL);
    sqlite3_prepare_v2(db, "INSERT INTO versions VALUES (1, 'white', 'old.fountain', 'fountain',"
                           " ?, ?, ?, 0, 3, 0, 0, 0, 0, 0, 0)", -1, &st, NULL);
    sqlite3_bind_text(st, 1, sha, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (long long)sizeof draft1 - 1);
    sqlite3_bind_blob(st, 3, draft1, (int)sizeof draft1 - 1, SQLITE_STATIC);
    CHECK_INT(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    for (size_t s = 0; bd && s < dp_breakdown_scene_count(bd); s++) {
        const dp_scene *sc = dp_breakdown_scene(bd, s);
        sqlite3_prepare_v2(db, "INSERT INTO scenes VALUES (1, ?, ?, ?, ?, ?, 'first', NULL)", -1,
                           &st, NULL);
        sqlite3_bind_int64(st, 1, (long long)s);
        sqlite3_bind_int64(st, 2, (long long)s + 1);
        sqlite3_bind_int64(st, 3, sc->line);
        sqlite3_bind_text(st, 4, sc->number, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, sc->heading, -1, SQLITE_STATIC);
        CHECK_INT(sqlite3_step(st), SQLITE_DONE);
        sqlite3_finalize(st);
    }
    CHECK_INT(sqlite3_exec(db,
                           "INSERT INTO edits(version_id, op, scene_uid, scene_number, value,"
                           " created) VALUES (1, 'story-day', 3, '3', '5', 0);"
                           "INSERT INTO history(at, action, version_id, detail)"
                           " VALUES (0, 'new', 1, 'draft 1');",
                           NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    dp_breakdown_free(bd);
    dp_doc_free(doc);

    dp_project *p = NULL;
    dp_error err = {0};
    CHECK_INT(dp_project_open(path, &p, &err), DP_OK);
    if (!p) {
        dpt_fail(__FILE__, __LINE__, "open: %s", err.msg);
        teardown();
        return;
    }
    CHECK_INT(dp_project_opened_schema(p), 1);
    CHECK_INT(dp_project_edit_count(p), 1);
    CHECK_INT(dp_project_edit_at(p, 0)->status, DP_EDIT_KEPT);
    const dp_breakdown *eff = NULL;
    CHECK_INT(dp_project_breakdown(p, 0, &eff, &err), DP_OK);
    CHECK(eff && dp_breakdown_scene(eff, 2)->story_day == 5);
    dp_project_close(p);
    sqlite3_open(path, &db);
    CHECK_INT(one(db, "PRAGMA user_version"), DP_PROJECT_SCHEMA_VERSION);
    CHECK(one(db, "SELECT count(*) FROM scene_elements WHERE version_id = 1") > 0);
    CHECK_INT(one(db, "SELECT count(*) FROM edit_results"), 1);
    CHECK_INT(one(db, "SELECT count(*) FROM history WHERE action = 'migrate'"), 1);
    sqlite3_close(db);
    /* opened again: nothing more to migrate */
    CHECK_INT(dp_project_open(path, &p, &err), DP_OK);
    CHECK_INT(dp_project_opened_schema(p), DP_PROJECT_SCHEMA_VERSION);
    dp_project_close(p);
    teardown();
}

/* A draft renumbered by hand (1, 3) is a damaged project, not a read past
 * the end of the drafts (a fuzz finding: the changes report). */
static void draft_numbers_with_a_gap(void)
{
    setup();
    dp_project *p = make();
    dp_error err = {0};
    if (p)
        CHECK_INT(dp_project_import(p, "d2.fountain", draft2, sizeof draft2 - 1, NULL, 1700000100,
                                    &err),
                  DP_OK);
    dp_project_close(p);
    p = NULL;
    sqlite3 *db = NULL;
    sqlite3_open(path, &db);
    CHECK_INT(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; UPDATE versions SET id = 3 WHERE id = 2",
                           NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(dp_project_open(path, &p, &err), DP_E_FORMAT);
    CHECK(strstr(err.msg, "draft 3 where draft 2 should be") != NULL);
    CHECK(p == NULL);
    teardown();
}

static void names(void)
{
    CHECK_STR(dp_edit_op_name(DP_EDIT_STORY_DAY), "story-day");
    CHECK(dp_edit_op_name((dp_edit_op)0) == NULL);
    CHECK_STR(dp_edit_status_name(DP_EDIT_MOVED), "moved");
    CHECK_STR(dp_strerror(DP_E_SCHEMA), "project written by a newer depouille");
}

void dpt_suite_project(void)
{
    dpt_run("project: create, refuse a second, reopen, no project from a bad script",
            create_and_reopen);
    dpt_run("project: not a project, another program's database, a newer schema", not_projects);
    dpt_run("project: edits refused and made, import, outcomes, reports", edits_and_refusals);
    dpt_run("project: a version-1 file opens and migrates", migrates_version_1);
    dpt_run("project: drafts numbered with a gap are a damaged project", draft_numbers_with_a_gap);
    dpt_run("project: names of operations and outcomes", names);
}
