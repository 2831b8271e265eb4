/* Unit tests: src/project_board.c — boards saved in the project (schema 3),
 * the current one read back, a schema-2 file migrated. */
#define _POSIX_C_SOURCE 200809L
#include "../harness.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char script[] = "Title: Boards\n\nINT. HOUSE - DAY\n\nANNA waits.\n\n"
                             "EXT. PARK - NIGHT\n\nANNA runs.\n";

static char dir[64];
static char path[128];

static void cleanup(void)
{
    char b[160];
    const char *sfx[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        snprintf(b, sizeof b, "%s%s", path, sfx[i]);
        unlink(b);
    }
    rmdir(dir);
}

static dp_project *create(void)
{
    snprintf(dir, sizeof dir, "/tmp/dp-unit-board-XXXXXX");
    if (!mkdtemp(dir)) {
        dpt_fail(__FILE__, __LINE__, "mkdtemp");
        return NULL;
    }
    snprintf(path, sizeof path, "%s/p.dpj", dir);
    dp_project *p = NULL;
    dp_error err = {0};
    if (dp_project_new(path, "b.fountain", script, sizeof script - 1, NULL, 1, &p, &err) != DP_OK)
        dpt_fail(__FILE__, __LINE__, "new: %s", err.msg);
    return p;
}

static void board_put_get(void)
{
    dp_project *p = create();
    if (!p) {
        cleanup();
        return;
    }
    dp_error err = {0};
    char *b = NULL, *c = NULL;
    size_t bl = 0, cl = 0;
    CHECK_INT(dp_project_board_get(p, &b, &bl, &c, &cl, &err), DP_OK);
    CHECK(b == NULL && c == NULL);
    static const char one[] = "{\"days\": [{\"day\": 1, \"scenes\": [\"1\"]}]}";
    static const char two[] = "{\"days\": [{\"scenes\": [\"2\", \"1\"]}]}";
    static const char cons[] = "{\"days\": 2}";
    CHECK_INT(dp_project_board_put(p, one, sizeof one - 1, NULL, 0, 10, &err), DP_OK);
    CHECK_INT(dp_project_board_put(p, two, sizeof two - 1, cons, sizeof cons - 1, 11, &err), DP_OK);
    CHECK_INT(dp_project_board_put(p, "{\"days\": 3}", 11, NULL, 0, 12, &err), DP_E_FORMAT);
    CHECK_INT(dp_project_board_put(p, "{\"days\": [", 10, NULL, 0, 12, &err), DP_E_FORMAT);
    CHECK_INT(err.line, 1);
    dp_project_close(p);
    p = NULL;
    CHECK_INT(dp_project_open(path, &p, &err), DP_OK);
    CHECK_INT(dp_project_board_get(p, &b, &bl, &c, &cl, &err), DP_OK);
    CHECK_STR(b, two);
    CHECK_INT(bl, sizeof two - 1);
    CHECK_STR(c, cons);
    CHECK_INT(cl, sizeof cons - 1);
    dp_free(b);
    dp_free(c);
    dp_project_close(p);
    sqlite3 *db = NULL;
    sqlite3_open(path, &db);
    sqlite3_stmt *q = NULL;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM history WHERE action = 'schedule'", -1, &q, NULL);
    CHECK(q && sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0) == 2);
    sqlite3_finalize(q);
    sqlite3_close(db);
    cleanup();
}

static void board_migration(void)
{
    dp_project *p = create();
    if (!p) {
        cleanup();
        return;
    }
    dp_project_close(p);
    /* the file as a schema-2 depouille wrote it: no boards table */
    sqlite3 *db = NULL;
    sqlite3_open(path, &db);
    CHECK_INT(sqlite3_exec(db, "DROP TABLE boards; PRAGMA user_version = 2;", NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    dp_error err = {0};
    p = NULL;
    CHECK_INT(dp_project_open(path, &p, &err), DP_OK);
    if (p) {
        CHECK_INT(dp_project_opened_schema(p), 2);
        char *b = NULL;
        CHECK_INT(dp_project_board_get(p, &b, NULL, NULL, NULL, &err), DP_OK);
        CHECK(b == NULL);
        static const char one[] = "{\"days\": []}";
        CHECK_INT(dp_project_board_put(p, one, sizeof one - 1, NULL, 0, 3, &err), DP_OK);
        dp_project_close(p);
    }
    sqlite3_open(path, &db);
    sqlite3_stmt *q = NULL;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &q, NULL);
    CHECK(q && sqlite3_step(q) == SQLITE_ROW &&
          sqlite3_column_int(q, 0) == DP_PROJECT_SCHEMA_VERSION);
    sqlite3_finalize(q);
    sqlite3_close(db);
    cleanup();
}

void dpt_suite_project_board(void)
{
    dpt_run("project board: saved, the last one current, bad JSON refused", board_put_get);
    dpt_run("project board: a schema-2 file gets the boards table", board_migration);
}
