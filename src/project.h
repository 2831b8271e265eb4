/* Projects: the SQLite store behind dp_project (project_store.c), its
 * state in memory (project_load.c), drafts analysed and edits replayed on
 * them (project_draft.c, project_replay.c), edits checked before they are
 * recorded (project_edit.c), and the reports (project_json.c,
 * project_changes.c, changes_write.c). */
#ifndef DP_PROJECT_H
#define DP_PROJECT_H

#include <sqlite3.h>

#include "edits.h"
#include "match.h"

/* An edit as stored: its scene by identity, its words by context. */
typedef struct dp__edit_rec {
    int64_t id;
    uint32_t version;
    dp_edit_op op;
    int64_t scene_uid;        /* 0: no scene */
    const char *scene_number; /* the scene's number when the edit was made */
    uint16_t category;
    const char *name, *character;
    const char *text, *before, *after; /* ADD: the words and around them */
    uint16_t new_category;
    const char *new_name, *new_character;
    const char *value;
    const char *old_value;    /* HEADING: the heading the draft had */
    const char *note;
} dp__edit_rec;

/* Scene identities that left a draft: merged into another scene, or a
 * part split off one (new_uid split from old_uid). */
#define DP__LINK_MERGED 1
#define DP__LINK_SPLIT 2
typedef struct dp__link {
    uint32_t version; /* the draft where it happened */
    int64_t old_uid, new_uid;
    uint8_t kind;
} dp__link;

/* What replaying an edit on a draft gave. */
typedef struct dp__outcome {
    dp_edit_status status;
    int32_t scene;      /* scene index in the draft, -1: none */
    const char *detail; /* in the draft's arena */
} dp__outcome;

/* One draft, analysed: its automatic breakdown, each scene's identity,
 * and once replayed, the edits' outcomes and the effective breakdown. */
typedef struct dp__draft {
    uint32_t version;
    dp_doc *doc;
    dp_breakdown *bd;  /* automatic */
    int64_t *uid;      /* per scene of bd: identity, 0 when unknown */
    dp__arena arena;   /* uid */
    dp__arena rarena;  /* the replay: fixes, outcomes, details */
    bool replayed;
    dp__fix *fix;
    size_t n_fix;
    dp__outcome *out;  /* per edit of the project, in order */
    size_t n_out;
    dp_breakdown *eff; /* effective: bd + fixes */
} dp__draft;

struct dp_project {
    sqlite3 *db;
    int opened_schema;
    int64_t next_uid;
    dp__arena arena; /* the state below; renewed by dp__project_load */
    dp_project_version *versions;
    size_t n_versions;
    dp__edit_rec *recs;
    dp_edit_info *edits; /* public view of recs, with the outcomes */
    size_t n_edits;
    dp__link *links;
    size_t n_links;
    dp__draft *cur; /* the current draft, replayed */
    dp__draft *aux; /* another draft asked for */
};

/* ---- project_store.c: SQLite ------------------------------------------- */

/* Opens (creating when 'create') the database file and sets WAL, foreign
 * keys, full sync and a busy timeout. */
dp_status dp__db_open(const char *path, bool create, sqlite3 **db, dp_error *err);
/* Fills 'err' from the database's last error: DP_E_FORMAT for a file
 * that is not a database, DP_E_NOMEM, DP_E_IO (disk full, I/O),
 * DP_E_STORE otherwise ("what: message"). */
dp_status dp__db_fail(sqlite3 *db, int rc, dp_error *err, const char *what);
dp_status dp__db_exec(sqlite3 *db, const char *sql, dp_error *err);
dp_status dp__db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, dp_error *err);
/* Steps a statement that returns no row, then resets it. */
dp_status dp__db_run(sqlite3 *db, sqlite3_stmt *st, dp_error *err);
/* Binds a NUL-terminated string, or NULL. */
int dp__db_text(sqlite3_stmt *st, int i, const char *s);
/* BEGIN IMMEDIATE / COMMIT / ROLLBACK (rollback never fails). */
dp_status dp__db_begin(sqlite3 *db, dp_error *err);
dp_status dp__db_commit(sqlite3 *db, dp_error *err);
void dp__db_rollback(sqlite3 *db);

/* The schema: creates every table of the current version in an empty
 * database (inside the caller's transaction). */
dp_status dp__schema_create(sqlite3 *db, dp_error *err);
/* The file's schema version (0: empty database); DP_E_FORMAT when it is
 * not a depouille project. */
dp_status dp__schema_version(sqlite3 *db, int *version, dp_error *err);
/* The SQL of migration from version v - 1 to v (1 creates version 1). */
const char *dp__schema_step(int v);
/* Marks the database as a depouille project of schema version v. */
dp_status dp__schema_stamp(sqlite3 *db, int v, dp_error *err);

/* ---- project_load.c: the state in memory -------------------------------- */

/* (Re)reads versions, edits and links; drops the drafts' replays (the
 * current draft is analysed again on demand). */
dp_status dp__project_load(dp_project *p, dp_error *err);
/* The stored edit id -> index in p->recs, or -1. */
long dp__project_edit_index(const dp_project *p, int64_t id);
/* Appends a history entry (inside the caller's transaction). */
dp_status dp__history_add(dp_project *p, int64_t at, const char *action, uint32_t version,
                          int64_t edit_id, const char *detail, dp_error *err);

/* ---- project_draft.c: drafts -------------------------------------------- */

/* Analyses version v's bytes and gives its scenes their stored identity. */
dp_status dp__draft_load(dp_project *p, uint32_t v, dp__draft **out, dp_error *err);
/* Analyses a draft that is not stored yet (uids all 0). */
dp_status dp__draft_from_bytes(const char *name, const char *bytes, size_t len,
                               dp__draft **out, dp_error *err);
void dp__draft_free(dp__draft *d);
/* The draft of version v (0: current), loaded and replayed, owned by p. */
dp_status dp__project_draft(dp_project *p, uint32_t v, dp__draft **out, dp_error *err);
/* Forgets d's replay (after the edits changed). */
void dp__draft_forget_replay(dp__draft *d);
/* Scene index of identity uid in d, or -1. */
long dp__draft_scene_of(const dp__draft *d, int64_t uid);
/* Scene index with this number in d, or -1. */
long dp__draft_scene_numbered(const dp__draft *d, const char *number);
/* Stores d's scenes and automatic breakdown as version d->version
 * (inside the caller's transaction); 'kind' and 'from' per scene as
 * match gave them (NULL for a first draft). */
dp_status dp__draft_store_scenes(dp_project *p, const dp__draft *d, const uint8_t *kind,
                                 const int64_t *from, dp_error *err);
dp_status dp__draft_store_elements(dp_project *p, const dp__draft *d, dp_error *err);

/* ---- project_replay.c ---------------------------------------------------- */

/* Replays every edit of p on d: outcomes, fixes, effective breakdown. */
dp_status dp__replay(dp_project *p, dp__draft *d, dp_error *err);
/* Stores d's outcomes for the edits [from, p->n_edits) as results on
 * version d->version (inside the caller's transaction). */
dp_status dp__replay_store(dp_project *p, const dp__draft *d, size_t from, dp_error *err);

/* ---- project_edit.c ------------------------------------------------------ */

/* Checks edit e against the current draft's effective breakdown and
 * stores it (inside the caller's transaction); '*id' the new id. */
dp_status dp__edit_store(dp_project *p, const dp_edit *e, int64_t now, int64_t *id,
                         dp_error *err);

/* ---- project_changes.c / changes_write.c -------------------------------- */

/* One element of a scene, for comparing two drafts. */
typedef struct dp__celem {
    uint16_t category;
    const char *name;
    const char *character;
} dp__celem;

/* What changed for a character's costume in a scene. */
#define DP__COSTUME_GONE 1    /* 'was' is no longer in the costume plot */
#define DP__COSTUME_NEW 2     /* 'now' is new to the plot */
#define DP__COSTUME_CHANGED 3 /* wears 'now' instead of 'was' */
typedef struct dp__cnote {
    const char *character;
    const char *was, *now;
    uint8_t kind;
} dp__cnote;

/* A scene of either draft and how it changed. */
typedef struct dp__cscene {
    int32_t old_scene, new_scene; /* indices, -1 when absent on that side */
    const char *status; /* "added", "omitted", "merged", "split", "changed",
                         * "same" */
    const char *other;  /* merged into / split from: that scene's number */
    bool heading_changed, text_changed;
    int32_t eighths_delta;
    dp__celem *gained, *lost; /* sorted by category, name, owner */
    size_t n_gained, n_lost;
    const char **cast_gained, **cast_lost;
    size_t n_cast_gained, n_cast_lost;
    dp__cnote *costume;
    size_t n_costume;
} dp__cscene;

/* The revision report between two drafts' effective breakdowns. */
typedef struct dp__changes {
    dp__arena arena;
    const dp__draft *old, *nw;
    dp__cscene *scene; /* the new draft's scenes in order, then the old
                        * scenes no new scene continues, in old order */
    size_t n_scenes;
    size_t added, omitted, changed, split, merged, renumbered;
} dp__changes;

dp_status dp__changes_compute(dp_project *p, const dp__draft *old, const dp__draft *nw,
                              dp__changes *c);
void dp__changes_release(dp__changes *c);
dp_status dp__changes_write_json(const dp_project *p, const dp__changes *c, bool french,
                                 const dp_sink *sink);
dp_status dp__changes_write_text(const dp_project *p, const dp__changes *c, bool french,
                                 const dp_sink *sink);
/* The singular noun of a category ("prop", "accessoire"); a status in
 * words ("merged into", "scindée de"); the scene's number in the draft it
 * is in (the new one, else the old). */
const char *dp__changes_noun(uint16_t cat, bool fr);
const char *dp__changes_status_word(const char *status, bool fr);
const char *dp__changes_number(const dp__changes *c, const dp__cscene *x);
/* changes_report.c: the revision report as a report (CSV, XLSX, PDF,
 * HTML, JSON): a table of the scenes that changed, a table of the
 * elements gained and lost by department. */
dp_status dp__changes_write_report(const dp_project *p, const dp__changes *c, bool french,
                                   dp_report_format fmt, const dp_sink *sink, dp_error *err);

#endif
