/* libFuzzer target: the project file (.dpj, SQLite) from a stranger.
 *
 * Two kinds of input, told apart by their first bytes:
 * - "SQLite format 3\0...": the bytes are the file itself (corpus: small
 *   projects with 512-byte pages);
 * - anything else: changes to the cells of a good project (the template of
 *   project_fixture.h: two drafts, an edit of every kind), so the fuzzer
 *   reaches what the library does with odd values rather than SQLite's
 *   page checks. The input is a list of records
 *     op  column  row  kind  [len  bytes...]
 *   op 0 sets the cell (column: an index into 'cols', row: which row),
 *   1 deletes the row, 2 copies the row with the cell changed, 3 sets the
 *   schema version (kind 1: back to version 1, the version-2 tables
 *   dropped, so the migration runs on the changed data). kind: 0 NULL,
 *   1 a small integer, 2 an 8-byte integer, 3 an edge integer, 4 text,
 *   5 a blob, 6 one of fx_draft1/2 with the bytes spliced in, 7 a real.
 *
 * The file is then opened (migrated when old), read (show, history,
 * every draft's effective breakdown and reports, the changes), a draft
 * is imported and an edit made. Errors are fine; a crash, a leak,
 * undefined behaviour, or an error without its message is not. */
#include "project_fixture.h"

#include <sqlite3.h>

typedef struct col {
    const char *table, *column;
} col;

static const col cols[] = {
    {"project", "next_uid"},      {"project", "created"},        {"versions", "id"},
    {"versions", "label"},        {"versions", "file_name"},     {"versions", "format"},
    {"versions", "sha256"},       {"versions", "size"},          {"versions", "bytes"},
    {"versions", "created"},      {"versions", "scenes"},        {"versions", "same"},
    {"versions", "split"},        {"versions", "merged"},        {"scenes", "version_id"},
    {"scenes", "idx"},            {"scenes", "uid"},             {"scenes", "line"},
    {"scenes", "number"},         {"scenes", "heading"},         {"scenes", "kind"},
    {"scenes", "from_uid"},       {"scene_links", "version_id"}, {"scene_links", "old_uid"},
    {"scene_links", "new_uid"},   {"scene_links", "kind"},       {"edits", "id"},
    {"edits", "version_id"},      {"edits", "op"},               {"edits", "scene_uid"},
    {"edits", "scene_number"},    {"edits", "category"},         {"edits", "name"},
    {"edits", "character"},       {"edits", "anchor"},           {"edits", "before"},
    {"edits", "after"},           {"edits", "new_category"},     {"edits", "new_name"},
    {"edits", "new_character"},   {"edits", "value"},            {"edits", "old_value"},
    {"edits", "note"},            {"history", "at"},             {"history", "action"},
    {"history", "version_id"},    {"history", "edit_id"},        {"history", "detail"},
    {"scene_elements", "version_id"}, {"scene_elements", "scene_idx"},
    {"scene_elements", "category"}, {"scene_elements", "name"},  {"scene_elements", "character"},
    {"scene_elements", "mentions"}, {"edit_results", "edit_id"}, {"edit_results", "version_id"},
    {"edit_results", "status"},   {"edit_results", "scene_uid"}, {"edit_results", "detail"},
};

static const int64_t edges[] = {0, -1, 1, 2, 3, 100, 124, 125, 499, 500, 65535, 65536,
                                INT32_MAX, (int64_t)INT32_MAX + 1, UINT32_MAX,
                                (int64_t)UINT32_MAX + 1, INT64_MAX, INT64_MIN, -2, 20000};

typedef struct rd {
    const uint8_t *p;
    size_t n;
} rd;

static int rd_byte(rd *r)
{
    if (!r->n)
        return -1;
    r->n--;
    return *r->p++;
}

/* Binds the value the record's kind asks for to parameter 1. */
static void bind_value(sqlite3_stmt *st, int kind, rd *r)
{
    switch (kind % 8) {
    case 0:
        sqlite3_bind_null(st, 1);
        break;
    case 1:
        sqlite3_bind_int64(st, 1, (int8_t)rd_byte(r));
        break;
    case 2: {
        uint64_t v = 0;
        for (int i = 0; i < 8; i++)
            v = v << 8 | (uint8_t)rd_byte(r);
        sqlite3_bind_int64(st, 1, (int64_t)v);
        break;
    }
    case 3:
        sqlite3_bind_int64(st, 1, edges[(unsigned)rd_byte(r) % (sizeof edges / sizeof edges[0])]);
        break;
    case 4:
    case 5: {
        int len = rd_byte(r);
        size_t n = len < 0 ? 0 : (size_t)len;
        if (n > r->n)
            n = r->n;
        if (kind % 8 == 4)
            sqlite3_bind_text(st, 1, (const char *)r->p, (int)n, SQLITE_TRANSIENT);
        else
            sqlite3_bind_blob(st, 1, r->p, (int)n, SQLITE_TRANSIENT);
        r->p += n;
        r->n -= n;
        break;
    }
    case 6: {
        /* a draft with some bytes spliced in at a chosen place */
        const char *d = rd_byte(r) & 1 ? fx_draft2 : fx_draft1;
        size_t dl = strlen(d), at = (size_t)(uint8_t)rd_byte(r) * dl / 256;
        int len = rd_byte(r);
        size_t n = len < 0 ? 0 : (size_t)len;
        if (n > r->n)
            n = r->n;
        char *b = malloc(dl + n + 1);
        if (!b)
            abort();
        memcpy(b, d, at);
        memcpy(b + at, r->p, n);
        memcpy(b + at + n, d + at, dl - at);
        sqlite3_bind_blob(st, 1, b, (int)(dl + n), SQLITE_TRANSIENT);
        free(b);
        r->p += n;
        r->n -= n;
        break;
    }
    default:
        sqlite3_bind_double(st, 1, (double)(int8_t)rd_byte(r) / 3.0);
        break;
    }
}

static void run_sql(sqlite3 *db, const char *sql, int kind, rd *r, long row)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return;
    }
    int np = sqlite3_bind_parameter_count(st);
    if (np >= 1 && kind >= 0)
        bind_value(st, kind, r);
    if (np >= 1)
        sqlite3_bind_int64(st, np, row);
    (void)sqlite3_step(st);
    sqlite3_finalize(st);
}

/* The template with the records of 'data' applied. */
static void apply_records(const uint8_t *data, size_t size)
{
    if (fx_write_file(fx.path, fx.tmpl, fx.tmpl_len) != 0)
        abort();
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(fx.path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        abort();
    sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON; BEGIN", NULL, NULL, NULL);
    rd r = {data, size};
    char sql[512];
    for (int rec = 0; r.n >= 4 && rec < 64; rec++) {
        int op = rd_byte(&r) % 4, c = rd_byte(&r), row = rd_byte(&r), kind = rd_byte(&r);
        const col *k = &cols[(unsigned)c % (sizeof cols / sizeof cols[0])];
        switch (op) {
        case 0:
            snprintf(sql, sizeof sql,
                     "UPDATE %s SET %s = ?1 WHERE rowid = (SELECT rowid FROM %s"
                     " ORDER BY rowid LIMIT 1 OFFSET ?2)",
                     k->table, k->column, k->table);
            run_sql(db, sql, kind, &r, row);
            break;
        case 1:
            snprintf(sql, sizeof sql,
                     "DELETE FROM %s WHERE rowid = (SELECT rowid FROM %s"
                     " ORDER BY rowid LIMIT 1 OFFSET ?1)",
                     k->table, k->table);
            run_sql(db, sql, -1, &r, row);
            break;
        case 2:
            /* a copy of the row (a new rowid), then the copy's cell set */
            snprintf(sql, sizeof sql,
                     "CREATE TEMP TABLE t AS SELECT * FROM %s ORDER BY rowid LIMIT 1 OFFSET %d",
                     k->table, row);
            sqlite3_exec(db, sql, NULL, NULL, NULL);
            snprintf(sql, sizeof sql, "UPDATE temp.t SET %s = ?1 WHERE ?2 >= 0", k->column);
            run_sql(db, sql, kind, &r, 0);
            if (!strcmp(k->table, "versions") || !strcmp(k->table, "edits") ||
                !strcmp(k->table, "history"))
                sqlite3_exec(db, "UPDATE temp.t SET id = NULL WHERE id = id", NULL, NULL, NULL);
            snprintf(sql, sizeof sql, "INSERT OR IGNORE INTO %s SELECT * FROM temp.t", k->table);
            sqlite3_exec(db, sql, NULL, NULL, NULL);
            sqlite3_exec(db, "DROP TABLE temp.t", NULL, NULL, NULL);
            break;
        default:
            if (kind % 4 == 1)
                sqlite3_exec(db,
                             "DROP TABLE scene_elements; DROP TABLE edit_results;"
                             " PRAGMA user_version = 1",
                             NULL, NULL, NULL);
            else if (kind % 4 == 2)
                sqlite3_exec(db, "PRAGMA user_version = 3", NULL, NULL, NULL);
            else if (kind % 4 == 3)
                sqlite3_exec(db, "PRAGMA application_id = 7", NULL, NULL, NULL);
            else
                sqlite3_exec(db, "PRAGMA user_version = 0", NULL, NULL, NULL);
            break;
        }
    }
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    sqlite3_close(db);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fx.tmpl)
        fx_init();
    if (size > (1u << 20))
        return 0;
    fx_unlink_all();
    static const char magic[16] = "SQLite format 3";
    if (size >= 100 && !memcmp(data, magic, sizeof magic)) {
        if (fx_write_file(fx.path, data, size) != 0)
            abort();
    } else {
        apply_records(data, size);
    }
    dp_project *p = NULL;
    dp_error err;
    dp_status st = dp_project_open(fx.path, &p, &err);
    fx_check_error(st, &err);
    if (st == DP_OK) {
        fx_read_all(p, true);
        /* a write on what was read: a draft, then an edit on it */
        st = dp_project_import(p, "d1.fountain", fx_draft1, sizeof fx_draft1 - 1, "pink", 7,
                               &err);
        fx_check_error(st, &err);
        dp_edit e = {DP_EDIT_ADD, "1", 104, "table", NULL, "the table", 0, NULL, NULL, NULL,
                     NULL};
        fx_check_error(dp_project_edit(p, &e, 8, NULL, &err), &err);
        fx_read_all(p, false);
        dp_project_close(p);
    }
    fx_unlink_all();
    return 0;
}
