/* depouille — screenplay breakdown engine. Public API.
 *
 * Conventions:
 * - Every fallible function returns a dp_status (DP_OK = 0, errors < 0) and,
 *   when 'err' is not NULL, fills it with the code, a line/column when the
 *   error has one, and a message a person can read.
 * - Objects are opaque handles created by dp_<object>_new/_parse/... and
 *   released by dp_<object>_free(); _free(NULL) is a no-op.
 * - Strings are UTF-8, NUL-terminated, and owned by the object they come
 *   from: they stay valid until that object is freed.
 * - The library never prints, exits, aborts or reads the environment.
 *
 * Copyright (C) 2026 the depouille authors. GPL-3.0-or-later.
 */
#ifndef DEPOUILLE_H
#define DEPOUILLE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DP_VERSION "0.1.0"

#if defined(__GNUC__) || defined(__clang__)
#define DP_NODISCARD __attribute__((warn_unused_result))
#else
#define DP_NODISCARD
#endif

/* ---- Status codes ------------------------------------------------------ */

/* X(name, value, description) */
#define DP_STATUS_MAP(X)                                                       \
    X(DP_OK, 0, "success")                                                     \
    X(DP_E_NOMEM, -1, "out of memory")                                         \
    X(DP_E_IO, -2, "input/output error")                                       \
    X(DP_E_NOTFOUND, -3, "no such file")                                       \
    X(DP_E_ACCESS, -4, "permission denied")                                    \
    X(DP_E_ISDIR, -5, "is a directory, not a file")                            \
    X(DP_E_TOOBIG, -6, "input too large")                                      \
    X(DP_E_BINARY, -7, "binary data, not a screenplay")                        \
    X(DP_E_LIMIT, -8, "a size limit was exceeded")                             \
    X(DP_E_ARG, -9, "invalid argument")                                        \
    X(DP_E_FORMAT, -10, "unsupported or unrecognised format")                  \
    X(DP_E_SINK, -11, "output sink failed")

typedef enum dp_status {
#define DP_STATUS_ENUM_(name, value, text) name = (value),
    DP_STATUS_MAP(DP_STATUS_ENUM_)
#undef DP_STATUS_ENUM_
} dp_status;

/* A short English description of 'st' (static storage, never NULL). */
const char *dp_strerror(dp_status st);
/* The symbolic name of 'st', e.g. "DP_E_NOMEM" (static storage). */
const char *dp_status_name(dp_status st);

#define DP_ERROR_MSG_SIZE 256

/* Filled by a failing call. 'line' and 'col' are 1-based; 0 when unknown. */
typedef struct dp_error {
    dp_status code;
    uint32_t line;
    uint32_t col;
    char msg[DP_ERROR_MSG_SIZE];
} dp_error;

/* ---- Limits ------------------------------------------------------------ */

#define DP_MAX_INPUT_BYTES (50u * 1024u * 1024u) /* a script file        */
#define DP_MAX_LINES 2000000u                    /* source lines          */
#define DP_MAX_ELEMENTS 1000000u                 /* script elements       */
#define DP_MAX_WARNINGS 1000u                    /* warnings kept per doc */

/* ---- Output sinks ------------------------------------------------------- */

/* Writers send their bytes to a sink. 'write' returns 0 on success and
 * non-zero on failure (the writer then stops and returns DP_E_SINK). */
typedef struct dp_sink {
    int (*write)(void *ctx, const void *data, size_t len);
    void *ctx;
} dp_sink;

/* ---- Files -------------------------------------------------------------- */

/* Reads the whole regular file at 'path' into a new buffer (free with
 * dp_free()). Fails with DP_E_NOTFOUND, DP_E_ACCESS, DP_E_ISDIR, DP_E_IO,
 * or DP_E_TOOBIG when the file is larger than 'max_bytes'. */
DP_NODISCARD dp_status dp_file_read(const char *path, size_t max_bytes,
                                    char **out, size_t *out_len,
                                    dp_error *err);

/* Releases memory the library returned to the caller. NULL is a no-op. */
void dp_free(void *p);

/* ---- The document model (import) -------------------------------------- */

typedef enum dp_format {
    DP_FORMAT_AUTO = 0, /* detected from the bytes (and the file name) */
    DP_FORMAT_FOUNTAIN,
    DP_FORMAT_FDX,      /* Final Draft */
    DP_FORMAT_PDF,
    DP_FORMAT_TEXT      /* a plain-text export laid out in columns */
} dp_format;

/* "fountain", "fdx", "pdf", "text" ("auto" for DP_FORMAT_AUTO). */
const char *dp_format_name(dp_format f);

typedef enum dp_element_type {
    DP_EL_SCENE_HEADING = 0,
    DP_EL_ACTION,
    DP_EL_CHARACTER,
    DP_EL_PARENTHETICAL,
    DP_EL_DIALOGUE,
    DP_EL_TRANSITION,
    DP_EL_CENTERED,
    DP_EL_LYRIC,
    DP_EL_NOTE,
    DP_EL_SECTION,
    DP_EL_SYNOPSIS,
    DP_EL_PAGE_BREAK,
    DP_EL_COUNT_
} dp_element_type;

/* Lower-case name of an element type ("scene_heading", "action", ...). */
const char *dp_element_type_name(dp_element_type t);

/* dp_element.flags */
#define DP_ELF_FORCED 0x01u      /* written with a forcing sigil (. ! @ > ~) */
#define DP_ELF_DUAL_LEFT 0x02u   /* first column of a dual dialogue         */
#define DP_ELF_DUAL_RIGHT 0x04u  /* second column (cue ended with ^)        */
#define DP_ELF_IN_DIALOGUE 0x08u /* lyric or note inside a dialogue block   */
#define DP_ELF_HEADING_FR 0x10u  /* heading recognised by the French forms  */

/* One script element. Read-only; owned by its dp_doc. */
typedef struct dp_element {
    dp_element_type type;
    uint32_t flags;
    /* Text as written, without sigils, notes, boneyard or scene number;
     * lines of a multi-line element are joined with '\n'. */
    const char *text;
    /* 'text' with emphasis markers removed and escapes resolved. */
    const char *plain;
    /* Scene headings: the number written as #12A# (NULL when absent). */
    const char *scene_number;
    uint32_t line;       /* first source line, 1-based */
    uint32_t line_end;   /* last source line */
    uint32_t offset;     /* byte offset of the first source line */
    uint32_t length;     /* bytes up to the end of the last source line */
    uint16_t depth;      /* sections: number of '#' */
    uint16_t blank_before; /* empty source lines just before the element */
} dp_element;

typedef struct dp_title_entry {
    const char *key;   /* as written, e.g. "Draft date" */
    const char *value; /* plain text; continuation lines joined by '\n' */
    uint32_t line;
} dp_title_entry;

typedef struct dp_diag {
    uint32_t line;
    uint32_t col;
    const char *message;
} dp_diag;

typedef struct dp_doc dp_doc;

typedef struct dp_parse_options {
    dp_format format; /* DP_FORMAT_AUTO: detected from the bytes */
    const char *name; /* the file's name, a hint for detection; may be NULL */
} dp_parse_options;

/* Parses a screenplay of 'len' bytes. A malformed script is not an error:
 * oddities become warnings (dp_doc_warning()). Errors: DP_E_BINARY (NUL
 * bytes or non-text), DP_E_TOOBIG (over DP_MAX_INPUT_BYTES), DP_E_LIMIT,
 * DP_E_NOMEM. 'opts' may be NULL. On success '*out' must be released with
 * dp_doc_free(). The doc does not keep a reference to 'text'. */
DP_NODISCARD dp_status dp_doc_parse(const char *text, size_t len,
                                    const dp_parse_options *opts,
                                    dp_doc **out, dp_error *err);
void dp_doc_free(dp_doc *doc);

size_t dp_doc_element_count(const dp_doc *doc);
const dp_element *dp_doc_element(const dp_doc *doc, size_t i);
size_t dp_doc_title_count(const dp_doc *doc);
const dp_title_entry *dp_doc_title(const dp_doc *doc, size_t i);
/* Value of the first title-page entry whose key matches 'key' ignoring
 * case, or NULL. */
const char *dp_doc_title_value(const dp_doc *doc, const char *key);
size_t dp_doc_warning_count(const dp_doc *doc);
const dp_diag *dp_doc_warning(const dp_doc *doc, size_t i);
dp_format dp_doc_format(const dp_doc *doc);

/* Writes the document model as JSON (see README, "parse"). */
DP_NODISCARD dp_status dp_doc_write_json(const dp_doc *doc,
                                         const dp_sink *sink, dp_error *err);

/* ---- The breakdown (analyze) ------------------------------------------- */

typedef enum dp_int_ext {
    DP_IE_NONE = 0,
    DP_IE_INT,
    DP_IE_EXT,
    DP_IE_INT_EXT
} dp_int_ext;

/* Time of day, normalised. */
typedef enum dp_time {
    DP_TIME_UNSPECIFIED = 0,
    DP_TIME_DAY,
    DP_TIME_NIGHT,
    DP_TIME_DAWN,
    DP_TIME_DUSK,
    DP_TIME_MORNING,
    DP_TIME_AFTERNOON,
    DP_TIME_EVENING,
    DP_TIME_CONTINUOUS,
    DP_TIME_LATER,
    DP_TIME_SAME,
    DP_TIME_COUNT_
} dp_time;

/* "INT", "EXT", "INT/EXT" or "". */
const char *dp_int_ext_name(dp_int_ext ie);
/* "DAY", "NIGHT", ... "UNSPECIFIED". */
const char *dp_time_name(dp_time t);

/* dp_scene.flags */
#define DP_SCF_FORCED 0x01u        /* heading forced with '.'            */
#define DP_SCF_DAY_FOR_NIGHT 0x02u /* NUIT AMÉRICAINE / DAY FOR NIGHT    */
#define DP_SCF_FRENCH_FORM 0x04u   /* number-first, décor-first, SÉQ. …  */

/* One scene. Read-only; owned by its dp_breakdown. */
typedef struct dp_scene {
    const char *number;   /* explicit (#12A#, "12." prefix) or ordinal  */
    const char *heading;  /* heading as written, number removed         */
    dp_int_ext int_ext;
    const char *set;      /* décor, upper-cased ("HOUSE")                */
    const char *subset;   /* sous-décor ("KITCHEN") or ""                */
    dp_time time;
    const char *time_text; /* time as written ("NUIT AMÉRICAINE") or "" */
    uint32_t flags;
    uint32_t line;        /* heading's source line                       */
    uint32_t line_end;    /* last source line of the scene               */
    size_t first_element; /* the heading's index in the dp_doc           */
    size_t end_element;   /* one past the scene's last element           */
    size_t cast_count;
    const uint32_t *cast; /* indices into dp_breakdown_character(), by id */
} dp_scene;

/* One character (rôle). Read-only; owned by its dp_breakdown. */
typedef struct dp_character {
    uint32_t id;          /* cast number: 1 = most scenes               */
    const char *name;     /* display name ("HÉLÈNE", "Mme LEBRUN")      */
    int speaking;         /* 1 when the character has at least one cue  */
    uint32_t cues;        /* number of dialogue cues                    */
    uint32_t first_line;  /* first appearance (cue or action)           */
    size_t scene_count;
    const uint32_t *scenes; /* scene indices, in script order           */
} dp_character;

typedef struct dp_breakdown dp_breakdown;

typedef struct dp_breakdown_options {
    int reserved; /* set to 0; options come with the features that use them */
} dp_breakdown_options;

/* Analyses 'doc': scenes, sets, times, cast. 'opts' may be NULL (the
 * defaults). The breakdown keeps a reference to 'doc', which must outlive
 * it. */
DP_NODISCARD dp_status dp_breakdown_new(const dp_doc *doc,
                                        const dp_breakdown_options *opts,
                                        dp_breakdown **out, dp_error *err);
void dp_breakdown_free(dp_breakdown *bd);

const dp_doc *dp_breakdown_doc(const dp_breakdown *bd);
/* Title from the title page (plain text, lines joined by a space) or "". */
const char *dp_breakdown_title(const dp_breakdown *bd);
/* "fr" or "en", guessed from the script's words. */
const char *dp_breakdown_language(const dp_breakdown *bd);
size_t dp_breakdown_scene_count(const dp_breakdown *bd);
const dp_scene *dp_breakdown_scene(const dp_breakdown *bd, size_t i);
/* Characters in cast-number order (index i has id i + 1). */
size_t dp_breakdown_character_count(const dp_breakdown *bd);
const dp_character *dp_breakdown_character(const dp_breakdown *bd, size_t i);

/* Writes the breakdown as JSON (see README, "breakdown"). */
DP_NODISCARD dp_status dp_breakdown_write_json(const dp_breakdown *bd,
                                               const dp_sink *sink,
                                               dp_error *err);

/* ---- Talent scheduling ------------------------------------------------- */

/* Scenes with durations, actors with daily costs, each scene needing a set
 * of actors; an actor is paid every day from their first scene to their
 * last. dp_talent_solve() finds the scene order of least total cost (work +
 * idle), proves it optimal or reports a lower bound. */

#define DP_TALENT_MAX_SCENES 1024u     /* scenes in a problem             */
#define DP_TALENT_MAX_ACTORS 1024u     /* actors in a problem             */
#define DP_TALENT_MAX_VALUE 1000000000 /* a cost or a duration            */
#define DP_TALENT_MAX_INPUT (16u * 1024u * 1024u) /* bytes of a text form */

typedef struct dp_talent dp_talent;
typedef struct dp_talent_result dp_talent_result;

/* A problem from arrays: needs[a * n_scenes + s] is non-zero when actor a
 * is in scene s; cost[a] >= 0 per day; duration[s] >= 0 days. The arrays
 * are copied. 'name' may be NULL. DP_E_ARG or DP_E_LIMIT on bad input. */
DP_NODISCARD dp_status dp_talent_new(size_t n_scenes, size_t n_actors,
                                     const uint8_t *needs, const int64_t *cost,
                                     const int64_t *duration, const char *name,
                                     dp_talent **out, dp_error *err);
/* A problem from text: the instance format of Garcia de la Banda et al.
 * (name, n, m, m rows of n 0/1 flags each followed by the actor's cost, n
 * durations) or its JSON form (see README, "talent"). DP_E_FORMAT with the
 * line and column of the first problem. */
DP_NODISCARD dp_status dp_talent_parse(const char *text, size_t len,
                                       dp_talent **out, dp_error *err);
void dp_talent_free(dp_talent *t);

const char *dp_talent_name(const dp_talent *t); /* "" when none */
size_t dp_talent_scene_count(const dp_talent *t);
size_t dp_talent_actor_count(const dp_talent *t);
/* Total and idle cost of shooting the scenes in 'order' (a permutation of
 * 0..n_scenes-1). DP_E_ARG when it is not a permutation. */
DP_NODISCARD dp_status dp_talent_evaluate(const dp_talent *t,
                                          const uint32_t *order, size_t n,
                                          int64_t *total, int64_t *idle,
                                          dp_error *err);

typedef struct dp_talent_options {
    double time_limit;     /* seconds of search; 0 = none                   */
    unsigned threads;      /* independent parts solved at once; 0 = 1, <= 256 */
    uint64_t node_limit;   /* search nodes per independent part; 0 = none    */
    size_t memory_limit;   /* bytes for the search cache; 0 = 1 GiB          */
} dp_talent_options;

/* Solves 't'. 'opts' may be NULL (no limits, one thread). Reaching a limit
 * is not an error: the result holds the best order found, a lower bound
 * and optimal = 0. Without a limit reached, the result depends only on
 * the problem. Free '*out' with dp_talent_result_free(). */
DP_NODISCARD dp_status dp_talent_solve(const dp_talent *t,
                                       const dp_talent_options *opts,
                                       dp_talent_result **out, dp_error *err);
void dp_talent_result_free(dp_talent_result *r);

int64_t dp_talent_result_cost(const dp_talent_result *r);        /* total  */
int64_t dp_talent_result_idle_cost(const dp_talent_result *r);
int64_t dp_talent_result_lower_bound(const dp_talent_result *r); /* total  */
int dp_talent_result_optimal(const dp_talent_result *r);
/* Scene indices (0-based) in shooting order; '*n' receives the count. */
const uint32_t *dp_talent_result_order(const dp_talent_result *r, size_t *n);
uint64_t dp_talent_result_nodes(const dp_talent_result *r);
double dp_talent_result_seconds(const dp_talent_result *r);

/* Writes {"cost", "idle_cost", "lower_bound", "optimal", "order",
 * "seconds", "nodes"} as JSON. */
DP_NODISCARD dp_status dp_talent_result_write_json(const dp_talent_result *r,
                                                   const dp_sink *sink,
                                                   dp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DEPOUILLE_H */
