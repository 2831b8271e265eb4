/* The project file: SQLite in WAL mode with foreign keys and full sync,
 * every write one transaction (BEGIN IMMEDIATE ... COMMIT), and a schema
 * with a version number and migrations. All the SQL that defines tables
 * is here.
 *
 * Schema history (a migration, once released, never changes; a new one is
 * appended, e.g. 3: the schedules):
 *   1  project, versions (bytes, sha256), scenes (identity per draft),
 *      scene_links (merged and omitted identities), edits, history;
 *   2  scene_elements (each draft's automatic breakdown) and edit_results
 *      (each edit's outcome on each draft imported after it); filled from
 *      the stored bytes when a version-1 file is opened;
 *   3  boards (shooting schedules as saved, the last one current, with the
 *      constraints file they were made under); empty in an older file. */
#include "project.h"

#include <stdio.h>
#include <string.h>

#define DP__APPLICATION_ID 0x44504a31 /* "DPJ1" */
#define BUSY_TIMEOUT_MS 5000

static const char schema_1[] =
    "CREATE TABLE project("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " next_uid INTEGER NOT NULL,"
    " created INTEGER NOT NULL);"
    "CREATE TABLE versions("
    " id INTEGER PRIMARY KEY,"
    " label TEXT NOT NULL,"
    " file_name TEXT NOT NULL,"
    " format TEXT NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " bytes BLOB NOT NULL,"
    " created INTEGER NOT NULL,"
    " scenes INTEGER NOT NULL,"
    " same INTEGER NOT NULL, changed INTEGER NOT NULL, added INTEGER NOT NULL,"
    " omitted INTEGER NOT NULL, split INTEGER NOT NULL, merged INTEGER NOT NULL);"
    "CREATE TABLE scenes("
    " version_id INTEGER NOT NULL REFERENCES versions(id),"
    " idx INTEGER NOT NULL,"
    " uid INTEGER NOT NULL,"
    " line INTEGER NOT NULL,"
    " number TEXT NOT NULL,"
    " heading TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('first','same','changed','split','new')),"
    " from_uid INTEGER,"
    " PRIMARY KEY (version_id, idx),"
    " UNIQUE (version_id, uid));"
    "CREATE TABLE scene_links("
    " version_id INTEGER NOT NULL REFERENCES versions(id),"
    " old_uid INTEGER NOT NULL,"
    " new_uid INTEGER,"
    " kind TEXT NOT NULL CHECK (kind IN ('merged','omitted')),"
    " PRIMARY KEY (version_id, old_uid));"
    "CREATE TABLE edits("
    " id INTEGER PRIMARY KEY,"
    " version_id INTEGER NOT NULL REFERENCES versions(id),"
    " op TEXT NOT NULL,"
    " scene_uid INTEGER,"
    " scene_number TEXT,"
    " category INTEGER NOT NULL DEFAULT 0,"
    " name TEXT, character TEXT,"
    " anchor TEXT, before TEXT, after TEXT,"
    " new_category INTEGER NOT NULL DEFAULT 0,"
    " new_name TEXT, new_character TEXT,"
    " value TEXT, old_value TEXT, note TEXT,"
    " created INTEGER NOT NULL);"
    "CREATE TABLE history("
    " id INTEGER PRIMARY KEY,"
    " at INTEGER NOT NULL,"
    " action TEXT NOT NULL,"
    " version_id INTEGER REFERENCES versions(id),"
    " edit_id INTEGER REFERENCES edits(id),"
    " detail TEXT NOT NULL);";

static const char schema_2[] =
    "CREATE TABLE scene_elements("
    " version_id INTEGER NOT NULL,"
    " scene_idx INTEGER NOT NULL,"
    " category INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " character TEXT NOT NULL DEFAULT '',"
    " mentions INTEGER NOT NULL,"
    " PRIMARY KEY (version_id, scene_idx, category, name, character),"
    " FOREIGN KEY (version_id, scene_idx) REFERENCES scenes(version_id, idx));"
    "CREATE TABLE edit_results("
    " edit_id INTEGER NOT NULL REFERENCES edits(id),"
    " version_id INTEGER NOT NULL REFERENCES versions(id),"
    " status TEXT NOT NULL CHECK (status IN ('kept','moved','orphaned')),"
    " scene_uid INTEGER,"
    " detail TEXT NOT NULL,"
    " PRIMARY KEY (edit_id, version_id));";

static const char schema_3[] =
    "CREATE TABLE boards("
    " id INTEGER PRIMARY KEY,"
    " version_id INTEGER NOT NULL REFERENCES versions(id),"
    " saved INTEGER NOT NULL,"
    " board TEXT NOT NULL,"
    " constraints TEXT);";

const char *dp__schema_step(int v)
{
    switch (v) {
    case 1:
        return schema_1;
    case 2:
        return schema_2;
    case 3:
        return schema_3;
    default:
        return NULL;
    }
}

dp_status dp__db_fail(sqlite3 *db, int rc, dp_error *err, const char *what)
{
    int code = rc & 0xff;
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    switch (code) {
    case SQLITE_NOTADB:
        return dp__error_set(err, DP_E_FORMAT, 0, 0, "not a depouille project (%s)", msg);
    case SQLITE_NOMEM:
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    case SQLITE_FULL:
    case SQLITE_IOERR:
        return dp__error_set(err, DP_E_IO, 0, 0, "%s: %s", what, msg);
    case SQLITE_CANTOPEN:
        return dp__error_set(err, DP_E_NOTFOUND, 0, 0, "%s: %s", what, msg);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return dp__error_set(err, DP_E_ACCESS, 0, 0, "%s: %s", what, msg);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return dp__error_set(err, DP_E_STORE, 0, 0, "%s: the project is in use (%s)", what, msg);
    default:
        return dp__error_set(err, DP_E_STORE, 0, 0, "%s: %s", what, msg);
    }
}

dp_status dp__db_exec(sqlite3 *db, const char *sql, dp_error *err)
{
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? DP_OK : dp__db_fail(db, rc, err, "project");
}

dp_status dp__db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, dp_error *err)
{
    int rc = sqlite3_prepare_v2(db, sql, -1, st, NULL);
    return rc == SQLITE_OK ? DP_OK : dp__db_fail(db, rc, err, "project");
}

dp_status dp__db_run(sqlite3 *db, sqlite3_stmt *st, dp_error *err)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? DP_OK : dp__db_fail(db, rc, err, "project");
}

int dp__db_text(sqlite3_stmt *st, int i, const char *s)
{
    return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i);
}

dp_status dp__db_begin(sqlite3 *db, dp_error *err) { return dp__db_exec(db, "BEGIN IMMEDIATE", err); }
dp_status dp__db_commit(sqlite3 *db, dp_error *err) { return dp__db_exec(db, "COMMIT", err); }

void dp__db_rollback(sqlite3 *db)
{
    if (db && !sqlite3_get_autocommit(db))
        (void)sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
}

dp_status dp__db_open(const char *path, bool create, sqlite3 **out, dp_error *err)
{
    *out = NULL;
    sqlite3 *db = NULL;
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) |
                SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    int rc = sqlite3_open_v2(path, &db, flags, NULL);
    if (rc != SQLITE_OK) {
        dp_status st = dp__db_fail(db, rc, err, path);
        sqlite3_close(db);
        return st;
    }
    sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
    /* journal_mode returns a row: exec ignores it; WAL survives in the
     * file, so later opens only check it */
    dp_status st = dp__db_exec(db,
                               "PRAGMA foreign_keys = ON;"
                               "PRAGMA journal_mode = WAL;"
                               "PRAGMA synchronous = FULL;",
                               err);
    if (st != DP_OK) {
        sqlite3_close(db);
        return st;
    }
    *out = db;
    return DP_OK;
}

static dp_status pragma_int(sqlite3 *db, const char *sql, int *v, dp_error *err)
{
    sqlite3_stmt *st = NULL;
    dp_status s = dp__db_prepare(db, sql, &st, err);
    if (s != DP_OK)
        return s;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *v = sqlite3_column_int(st, 0);
    else
        s = dp__db_fail(db, rc, err, "project");
    sqlite3_finalize(st);
    return s;
}

dp_status dp__schema_version(sqlite3 *db, int *version, dp_error *err)
{
    int app = 0, user = 0, tables = 0;
    dp_status st = pragma_int(db, "PRAGMA application_id", &app, err);
    if (st == DP_OK)
        st = pragma_int(db, "PRAGMA user_version", &user, err);
    if (st == DP_OK)
        st = pragma_int(db, "SELECT count(*) FROM sqlite_master", &tables, err);
    if (st != DP_OK)
        return st;
    if (app == 0 && user == 0 && tables == 0) {
        *version = 0;
        return DP_OK;
    }
    if (app != DP__APPLICATION_ID || user <= 0)
        return dp__error_set(err, DP_E_FORMAT, 0, 0,
                             "not a depouille project (an SQLite database of another program)");
    *version = user;
    return DP_OK;
}

dp_status dp__schema_stamp(sqlite3 *db, int v, dp_error *err)
{
    char sql[96];
    snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d;",
             DP__APPLICATION_ID, v);
    return dp__db_exec(db, sql, err);
}

dp_status dp__schema_create(sqlite3 *db, dp_error *err)
{
    dp_status st = DP_OK;
    for (int v = 1; v <= DP_PROJECT_SCHEMA_VERSION && st == DP_OK; v++)
        st = dp__db_exec(db, dp__schema_step(v), err);
    if (st == DP_OK)
        st = dp__schema_stamp(db, DP_PROJECT_SCHEMA_VERSION, err);
    return st;
}
