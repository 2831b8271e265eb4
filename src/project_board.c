/* The stored stripboard (schema 3, table board): one row holding the
 * caller's text. */
#include "project.h"

#include <string.h>

dp_status dp_project_board_get(dp_project *p, char **out, size_t *len, dp_error *err)
{
    if (!p || !out || !len)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_board_get: NULL argument");
    *out = NULL;
    *len = 0;
    sqlite3_stmt *q = NULL;
    dp_status st = dp__db_prepare(p->db, "SELECT board FROM board WHERE id = 1", &q, err);
    if (st != DP_OK)
        return st;
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(q, 0);
        size_t n = (size_t)sqlite3_column_bytes(q, 0);
        char *c = t ? dp__malloc(n + 1) : NULL;
        if (t && !c) {
            st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
        } else if (c) {
            memcpy(c, t, n);
            c[n] = '\0';
            *out = c;
            *len = n;
        }
    } else if (rc != SQLITE_DONE) {
        st = dp__db_fail(p->db, rc, err, "reading the board");
    }
    sqlite3_finalize(q);
    return st;
}

dp_status dp_project_board_set(dp_project *p, const char *text, size_t len, int64_t now,
                               dp_error *err)
{
    if (!p || (!text && len))
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_project_board_set: NULL argument");
    if (len > DP_PROJECT_MAX_BOARD)
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "a board is at most %u bytes",
                             DP_PROJECT_MAX_BOARD);
    if (len && memchr(text, '\0', len))
        return dp__error_set(err, DP_E_ARG, 0, 0, "a board holds no NUL byte");
    dp_status st = dp__db_begin(p->db, err);
    if (st != DP_OK)
        return st;
    sqlite3_stmt *q = NULL;
    st = dp__db_prepare(p->db, "INSERT OR REPLACE INTO board(id, board, updated) VALUES (1,?,?)",
                        &q, err);
    if (st == DP_OK) {
        sqlite3_bind_text(q, 1, len ? text : "", (int)len, SQLITE_TRANSIENT);
        sqlite3_bind_int64(q, 2, now);
        st = dp__db_run(p->db, q, err);
        sqlite3_finalize(q);
    }
    if (st == DP_OK) {
        st = dp__history_add(p, now, "board", 0, 0, "stripboard saved", err);
    }
    if (st == DP_OK)
        st = dp__db_commit(p->db, err);
    if (st != DP_OK)
        dp__db_rollback(p->db);
    return st;
}
