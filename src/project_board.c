/* Shooting schedules in the project: the boards table (schema 3), the last
 * row the current board. */
#include "jsonr.h"
#include "project.h"

#include <stdio.h>
#include <string.h>

#define BOARD_MAX (4u * DP_SCHEDULE_MAX_INPUT)

/* 'board' must be a JSON object with "days", an array. */
static dp_status check_board(const char *board, size_t len, dp_error *err)
{
    dp__arena a;
    dp__arena_init(&a, (size_t)1 << 30);
    dp__jval *root = NULL;
    dp_status st = dp__jparse(&a, board, len, 16u * DP_SCHEDULE_MAX_DAYS + 1000000u, &root, err);
    const dp__jval *days = st == DP_OK ? dp__jget(root, "days") : NULL;
    if (st == DP_OK && (!days || days->type != DP__J_ARRAY))
        st = dp__error_set(err, DP_E_FORMAT, root->line, root->col,
                           "a board is an object with \"days\", an array");
    dp__arena_release(&a);
    return st;
}

dp_status dp_project_board_put(dp_project *p, const char *board, size_t len,
                               const char *constraints, size_t constraints_len, int64_t now,
                               dp_error *err)
{
    if (!p || !board)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no project or no board");
    if (len > BOARD_MAX || constraints_len > DP_SCHEDULE_MAX_INPUT)
        return dp__error_set(err, DP_E_TOOBIG, 0, 0, "a board over %u bytes, or constraints "
                             "over %u", BOARD_MAX, DP_SCHEDULE_MAX_INPUT);
    dp_status st = check_board(board, len, err);
    if (st != DP_OK)
        return st;
    uint32_t version = p->n_versions ? p->versions[p->n_versions - 1].number : 0;
    sqlite3_stmt *ins = NULL;
    st = dp__db_begin(p->db, err);
    if (st == DP_OK)
        st = dp__db_prepare(p->db,
                            "INSERT INTO boards(version_id, saved, board, constraints)"
                            " VALUES (?, ?, ?, ?)",
                            &ins, err);
    if (st == DP_OK) {
        int rc = sqlite3_bind_int64(ins, 1, version);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_int64(ins, 2, now);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_text(ins, 3, board, (int)len, SQLITE_STATIC);
        if (rc == SQLITE_OK)
            rc = constraints ? sqlite3_bind_text(ins, 4, constraints, (int)constraints_len,
                                                 SQLITE_STATIC)
                             : sqlite3_bind_null(ins, 4);
        st = rc == SQLITE_OK ? dp__db_run(p->db, ins, err) : dp__db_fail(p->db, rc, err, "board");
    }
    sqlite3_finalize(ins);
    if (st == DP_OK) {
        char what[96];
        snprintf(what, sizeof what, "shooting schedule saved (board %lld)",
                 (long long)sqlite3_last_insert_rowid(p->db));
        st = dp__history_add(p, now, "schedule", version, 0, what, err);
    }
    if (st == DP_OK)
        st = dp__db_commit(p->db, err);
    if (st != DP_OK)
        dp__db_rollback(p->db);
    return st;
}

static char *copy(const void *data, int n)
{
    char *s = dp__malloc((size_t)(n > 0 ? n : 0) + 1);
    if (s) {
        if (n > 0)
            memcpy(s, data, (size_t)n);
        s[n > 0 ? n : 0] = '\0';
    }
    return s;
}

dp_status dp_project_board_get(dp_project *p, char **board, size_t *len, char **constraints,
                               size_t *constraints_len, dp_error *err)
{
    *board = NULL;
    if (constraints)
        *constraints = NULL;
    if (!p)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no project");
    sqlite3_stmt *q = NULL;
    dp_status st = dp__db_prepare(p->db,
                                  "SELECT board, constraints FROM boards ORDER BY id DESC LIMIT 1",
                                  &q, err);
    if (st != DP_OK)
        return st;
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        int n = sqlite3_column_bytes(q, 0);
        *board = copy(sqlite3_column_text(q, 0), n);
        if (len)
            *len = (size_t)n;
        bool has_c = sqlite3_column_type(q, 1) != SQLITE_NULL;
        int cn = sqlite3_column_bytes(q, 1);
        if (constraints && has_c)
            *constraints = copy(sqlite3_column_text(q, 1), cn);
        if (constraints_len)
            *constraints_len = has_c ? (size_t)cn : 0;
        if (!*board || (constraints && has_c && !*constraints)) {
            dp__free(*board);
            *board = NULL;
            if (constraints) {
                dp__free(*constraints);
                *constraints = NULL;
            }
            st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
        }
    } else if (rc != SQLITE_DONE) {
        st = dp__db_fail(p->db, rc, err, "board");
    }
    sqlite3_finalize(q);
    return st;
}
