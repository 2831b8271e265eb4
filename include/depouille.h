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
    X(DP_E_SINK, -11, "output sink failed")                                    \
    X(DP_E_STORE, -12, "project store error")                                  \
    X(DP_E_SCHEMA, -13, "project written by a newer depouille")                \
    X(DP_E_EXISTS, -14, "file already exists")

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
#define DP_MAX_REPORT_PDF_PAGES 5000u            /* pages of a PDF report */

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
#define DP_ELF_REVISED 0x20u     /* PDF/text: a revision mark ('*') in the margin;
                                  * Final Draft: a run of a revision */

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
    /* PDF and plain text: the page the element starts on, as numbered in
     * the script (its printed page numbers); 0 when unknown. */
    uint32_t page;
    /* What a Final Draft file says (defaults for other formats). */
    int32_t fd_eighths;  /* scene headings: SceneProperties Length in
                          * eighths ("1 2/8" = 10); -1 when absent */
    const char *fd_page; /* scene headings: SceneProperties Page, or NULL */
    const char *fd_title; /* scene headings: SceneProperties Title, or NULL */
    uint32_t revision;   /* newest RevisionID among the element's runs;
                          * 0 when not revised */
    const char *revision_name;  /* that revision's Name, or NULL */
    const char *revision_color; /* its page colour "#RRGGBB", or NULL */
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

/* ---- Pages (paginate) --------------------------------------------------- */

/* The industry page: Courier 12 (10 characters and 6 lines per inch). */
typedef enum dp_paper {
    DP_PAPER_AUTO = 0, /* the file's (Final Draft), else A4 for a French
                        * script, US Letter otherwise */
    DP_PAPER_LETTER,   /* 55 lines a page */
    DP_PAPER_A4        /* 57 lines a page */
} dp_paper;

/* "letter", "a4" ("auto" for DP_PAPER_AUTO). */
const char *dp_paper_name(dp_paper p);

/* The script laid out on pages: where each element falls and how many
 * lines it takes, with the break rules of screenplay software (no heading
 * alone at the bottom of a page, a cue kept with its dialogue, long
 * dialogue split with (MORE)/(CONT'D), no lone first or last line of an
 * action block, forced breaks). Read-only once made. */
typedef struct dp_pagination dp_pagination;

/* Lays 'doc' out on 'paper' (DP_PAPER_AUTO: decided from the script's
 * language). The pagination keeps a reference to 'doc'. */
DP_NODISCARD dp_status dp_paginate(const dp_doc *doc, dp_paper paper,
                                   dp_pagination **out, dp_error *err);
void dp_pagination_free(dp_pagination *p);
dp_paper dp_pagination_paper(const dp_pagination *p);
/* Body pages (the title page is not counted). */
uint32_t dp_pagination_pages(const dp_pagination *p);
uint32_t dp_pagination_lines_per_page(const dp_pagination *p);
/* Page (1-based) on which element i starts; 0 for elements not printed
 * (notes, sections, synopses). */
uint32_t dp_pagination_element_page(const dp_pagination *p, size_t i);
/* Lines element i takes, with the spacing before it and the (MORE) /
 * (CONT'D) lines of a split. */
uint32_t dp_pagination_element_lines(const dp_pagination *p, size_t i);
/* Writes the pages as plain text (Courier columns, a rule and the page
 * number at each page break): what the paginator decided, line by line. */
DP_NODISCARD dp_status dp_pagination_write_text(const dp_pagination *p,
                                                const dp_sink *sink,
                                                dp_error *err);

/* Eighths of a page, written the way crews do: "1 3/8", "6/8", "2". The
 * result is NUL-terminated in 'out' (at least 16 bytes). */
void dp_eighths_format(uint32_t eighths, char out[16]);

/* ---- Final Draft data, tags, and the script writers -------------------- */

/* The paper a Final Draft file was laid out for (its PageSize):
 * DP_PAPER_AUTO when the file does not say, or names another size. */
dp_paper dp_doc_paper(const dp_doc *doc);

/* A revision set of a Final Draft file. Owned by its dp_doc. */
typedef struct dp_revision {
    uint32_t id;        /* the RevisionID its runs carry (1, 2, ...) */
    const char *name;   /* "Blue Rev. (mm/dd/yyyy)" */
    const char *color;  /* page colour "#RRGGBB", or NULL */
    const char *mark;   /* revision mark ("*"), or NULL */
} dp_revision;

size_t dp_doc_revision_count(const dp_doc *doc);
const dp_revision *dp_doc_revision(const dp_doc *doc, size_t i);

/* dp_tag.flags */
#define DP_TAGF_USER 0x01u /* made by a person (read from the file): kept,
                            * never replaced by automatic tags */

/* A breakdown element tagged in the script: "tablier noué" is Wardrobe.
 * Read-only; owned by its dp_doc. */
typedef struct dp_tag {
    uint16_t category;          /* UCI id: 100 Cast Members ... 124 Other,
                                 * 3..6 Script Day, Unit, Sequence,
                                 * Location; 500 and up: other categories */
    const char *category_name;  /* the category's name in the file, or
                                 * its English name */
    const char *label;          /* the element ("tablier noué") */
    size_t element;             /* index of the tagged dp_element */
    uint32_t start, length;     /* bytes in that element's plain text */
    uint32_t flags;             /* DP_TAGF_* */
    const char *source_id;      /* Final Draft TagDefinition Id, or NULL */
} dp_tag;

/* Tags in script order (element, then start). */
size_t dp_doc_tag_count(const dp_doc *doc);
const dp_tag *dp_doc_tag(const dp_doc *doc, size_t i);

/* Writes the script as a Final Draft file (.fdx) with its tags in a
 * TagData block. */
DP_NODISCARD dp_status dp_doc_write_fdx(const dp_doc *doc,
                                        const dp_sink *sink, dp_error *err);
/* Writes the script as Fountain text. */
DP_NODISCARD dp_status dp_doc_write_fountain(const dp_doc *doc,
                                             const dp_sink *sink,
                                             dp_error *err);

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
#define DP_SCF_FLASHBACK 0x08u     /* a flashback (or flash-forward): off
                                    * the story's day count              */

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
    uint32_t page;        /* page the scene starts on (1-based)          */
    uint32_t eighths;     /* length in eighths of a page, at least 1     */
    uint32_t story_day;   /* chronologie: 1, 2, ... (a flashback gets the
                           * day of its own story: see story_day_reason) */
    const char *story_day_reason; /* why this day: "first scene", "NIGHT
                           * then MORNING", "THE NEXT DAY" ...          */
    size_t item_count;
    const uint32_t *items; /* dp_breakdown_item() indices, by category  */
    const char *const *costumes; /* cast_count entries, parallel to cast:
                           * the costume each character wears ("2A")   */
    const char *const *makeup; /* cast_count entries, parallel to cast: the
                           * makeup/hair look ("1B"), NULL when the script
                           * says nothing of the character's makeup    */
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

/* dp_item.flags */
#define DP_ITEMF_WEAPON 0x01u /* a prop the armourer handles */
#define DP_ITEMF_USER 0x02u   /* tagged by a person (e.g. in Final Draft) */

/* One element of the breakdown, the same thing across the script: the
 * beer of scenes 1 and 4, Hélène's red dress. Read-only. */
typedef struct dp_item {
    uint16_t category;     /* UCI id: 101 Background Actors ... 124 Other */
    const char *name;      /* canonical: "beer", "police car", "robe" */
    const char *character; /* wardrobe and makeup: whose it is; else NULL */
    uint32_t flags;        /* DP_ITEMF_* */
    uint32_t count;        /* background: how many people; 0 when unsaid */
    size_t scene_count;
    const uint32_t *scenes; /* scene indices, in script order */
} dp_item;

/* One place in the script that names an item: the evidence. */
typedef struct dp_mention {
    uint32_t item;          /* index for dp_breakdown_item() */
    uint32_t scene;         /* scene index */
    size_t element;         /* the script element (dp_doc_element()) */
    uint32_t start, length; /* the words, bytes in that element's plain text */
    uint32_t line;          /* source line of the element */
    const char *rule;       /* what found it ("wears", "lexicon", "caps" ...) */
    uint8_t confidence;     /* 0 to 100 */
} dp_mention;

/* One costume of a character, or one makeup/hair look: numbered 1, 2, 3...
 * per character (a new number for a new story day or a change of clothes),
 * with a letter for each state of the same costume (2A torn, 2B wet) or
 * look (1A bloodied, 1B bruised). Costumes and looks each in script order
 * of first wear, characters by id. */
typedef struct dp_costume {
    uint32_t character;     /* index for dp_breakdown_character() */
    int makeup;             /* 1: a makeup/hair look; 0: a costume */
    const char *number;     /* "1", "2", "2A" */
    const char *description; /* what the script names for it ("red silk
                              * dress; torn"), or "" */
    size_t scene_count;
    const uint32_t *scenes;  /* scene indices */
} dp_costume;

/* English (or French) name of a UCI category id ("Props", "Accessoires");
 * "Other" for an unknown id. */
const char *dp_category_name(uint16_t id, int french);
/* The category's colour on paper breakdowns, "#RRGGBB" (static storage):
 * cast red, extras green, props purple ...; Other's for an unknown id. */
const char *dp_category_color(uint16_t id);

typedef struct dp_breakdown dp_breakdown;

typedef struct dp_breakdown_options {
    dp_paper paper; /* page size for pages and eighths; AUTO by default */
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
/* The paper the pages and eighths were measured on (never AUTO). */
dp_paper dp_breakdown_paper(const dp_breakdown *bd);
/* Body pages, and the sum of the scenes' eighths (which is not 8 x pages:
 * each scene is measured and rounded on its own). */
uint32_t dp_breakdown_pages(const dp_breakdown *bd);
uint32_t dp_breakdown_eighths(const dp_breakdown *bd);
size_t dp_breakdown_scene_count(const dp_breakdown *bd);
const dp_scene *dp_breakdown_scene(const dp_breakdown *bd, size_t i);
/* Scene i's strip on a stripboard, as the reports and the scheduler colour
 * it: "int-day" (white), "ext-day" (yellow), "int-night" (blue) or
 * "ext-night" (green); INT/EXT counts as EXT, day-for-night as day, and a
 * time that says neither (CONTINUOUS, LATER) takes the scene before's.
 * Static storage; "" when i is out of range. */
const char *dp_scene_strip(const dp_breakdown *bd, size_t i);
/* Characters in cast-number order (index i has id i + 1). */
size_t dp_breakdown_character_count(const dp_breakdown *bd);
const dp_character *dp_breakdown_character(const dp_breakdown *bd, size_t i);

/* The items, by category then name; the mentions, in script order; the
 * costumes, by character then number. */
size_t dp_breakdown_item_count(const dp_breakdown *bd);
const dp_item *dp_breakdown_item(const dp_breakdown *bd, size_t i);
size_t dp_breakdown_mention_count(const dp_breakdown *bd);
const dp_mention *dp_breakdown_mention(const dp_breakdown *bd, size_t i);
size_t dp_breakdown_costume_count(const dp_breakdown *bd);
const dp_costume *dp_breakdown_costume(const dp_breakdown *bd, size_t i);

/* Writes the breakdown as JSON (see README, "breakdown"). */
DP_NODISCARD dp_status dp_breakdown_write_json(const dp_breakdown *bd,
                                               const dp_sink *sink,
                                               dp_error *err);

/* Writes the breakdown's script as a Final Draft file (.fdx) whose TagData
 * carries every element: the script's own tags, and the cast as Cast
 * Members tags on their names, so Final Draft's Tagger and Movie Magic
 * Scheduling show them. */
DP_NODISCARD dp_status dp_breakdown_write_fdx(const dp_breakdown *bd,
                                              const dp_sink *sink,
                                              dp_error *err);


/* ---- Projects (store) ---------------------------------------------------
 *
 * A project is one SQLite file holding every draft of a script (its bytes
 * and SHA-256), the automatic breakdown of each draft, and the user's
 * edits. Edits are anchored to scene identity (a scene keeps its identity
 * from draft to draft through draft matching) and to the words they were
 * made on, not to positions. The effective breakdown of a draft is its
 * automatic breakdown with every edit replayed on it; each edit is then
 * kept (applied where it was made), moved (applied elsewhere: its scene was
 * merged or split, or its words moved to another scene) or orphaned (its
 * scene or its words are gone). Orphaned edits stay in the project and are
 * listed; nothing is dropped. Every write is one transaction: a crash at
 * any point leaves the previous state. */

#define DP_PROJECT_SCHEMA_VERSION 3
#define DP_PROJECT_MAX_VERSIONS 10000u /* drafts in one project */
#define DP_PROJECT_MAX_EDITS 1000000u  /* edits in one project   */
#define DP_PROJECT_MAX_TEXT 4096u      /* bytes of one edit field  */

typedef struct dp_project dp_project;

/* Creates the project file 'path' (DP_E_EXISTS when something is there)
 * with 'script' (len bytes; 'name' is the script's file name, a hint for
 * the reader) as draft 1 labelled 'label' ("white" when NULL). 'now' is
 * the time stamped on the history (seconds since 1970; the caller's
 * clock, 0 when unknown). On success '*out' is open; release it with
 * dp_project_close(). */
DP_NODISCARD dp_status dp_project_new(const char *path, const char *name,
                                      const char *script, size_t len,
                                      const char *label, int64_t now,
                                      dp_project **out, dp_error *err);
/* Opens an existing project, migrating an older schema in one
 * transaction. DP_E_FORMAT: not a depouille project; DP_E_SCHEMA: written
 * by a newer depouille; DP_E_STORE: SQLite failed (locked, damaged). */
DP_NODISCARD dp_status dp_project_open(const char *path, dp_project **out,
                                       dp_error *err);
void dp_project_close(dp_project *p);
/* The schema version the file had when opened (before any migration). */
int dp_project_opened_schema(const dp_project *p);

/* Adds a new draft: reads it, matches its scenes to the current draft's,
 * replays every edit on it, and stores the draft, its automatic breakdown
 * and the edits' outcomes in one transaction. DP_E_EXISTS when the bytes
 * are those of the current draft. */
DP_NODISCARD dp_status dp_project_import(dp_project *p, const char *name,
                                         const char *script, size_t len,
                                         const char *label, int64_t now,
                                         dp_error *err);

/* One draft. Owned by the project. */
typedef struct dp_project_version {
    uint32_t number;       /* 1, 2, ... in import order */
    const char *label;     /* "white", "blue" ... */
    const char *file_name; /* as given on import */
    const char *format;    /* "fountain", "fdx", ... */
    const char *sha256;    /* of the bytes, 64 hex digits */
    uint64_t size;         /* bytes */
    int64_t created;       /* the 'now' given on import */
    uint32_t scenes;
    /* how its scenes came from the previous draft (0 for draft 1) */
    uint32_t same, changed, added, omitted, split, merged;
} dp_project_version;

size_t dp_project_version_count(const dp_project *p);
/* Versions in import order; the last is the current draft. */
const dp_project_version *dp_project_version_at(const dp_project *p, size_t i);

/* What an edit does. */
typedef enum dp_edit_op {
    DP_EDIT_ADD = 1,      /* add element (category, name[, character]) to a
                           * scene, on words of it ('text') or not       */
    DP_EDIT_REMOVE,       /* remove an element from a scene, or from every
                           * scene when 'scene' is NULL                   */
    DP_EDIT_RECATEGORISE, /* an element changes category, everywhere     */
    DP_EDIT_RENAME,       /* an element changes name, everywhere          */
    DP_EDIT_MERGE,        /* an element becomes another, everywhere       */
    DP_EDIT_STORY_DAY,    /* a scene's story day ('value': "3")           */
    DP_EDIT_COSTUME,      /* a character's costume in a scene ('value')   */
    DP_EDIT_HEADING       /* a scene's heading, rewritten ('value')       */
} dp_edit_op;

/* "add", "remove", "recategorise", "rename", "merge", "story-day",
 * "costume", "heading" (NULL for an unknown op). */
const char *dp_edit_op_name(dp_edit_op op);

/* An edit as the user states it, on the current draft. Unused fields are
 * 0 / NULL. Strings are copied. */
typedef struct dp_edit {
    dp_edit_op op;
    const char *scene;      /* scene number in the current draft ("12A") */
    uint16_t category;      /* the element's UCI category (101..124)      */
    const char *name;       /* the element's name                        */
    const char *character;  /* wardrobe/makeup: whose; COSTUME: who       */
    const char *text;       /* ADD: the words of the scene naming it      */
    uint16_t new_category;  /* RECATEGORISE, MERGE                        */
    const char *new_name;   /* RENAME, MERGE                              */
    const char *new_character; /* MERGE: whose the target is (optional)  */
    const char *value;      /* STORY_DAY, COSTUME, HEADING                */
    const char *note;       /* the user's comment (optional)              */
} dp_edit;

/* Records an edit made on the current draft. DP_E_ARG (with a message)
 * when the edit names a scene, element, character or words the current
 * draft does not have. '*id' (may be NULL) receives the edit's id. */
DP_NODISCARD dp_status dp_project_edit(dp_project *p, const dp_edit *e,
                                       int64_t now, int64_t *id,
                                       dp_error *err);

typedef enum dp_edit_status {
    DP_EDIT_KEPT = 0,  /* applied to the scene (and words) it was made on */
    DP_EDIT_MOVED,     /* applied elsewhere: see 'scene' and 'detail'     */
    DP_EDIT_ORPHANED   /* not applied: its anchor is gone (kept, listed)  */
} dp_edit_status;

/* "kept", "moved", "orphaned". */
const char *dp_edit_status_name(dp_edit_status st);

/* An edit with its outcome on the current draft. Owned by the project. */
typedef struct dp_project_edit {
    int64_t id;
    uint32_t version;       /* the draft it was made on */
    dp_edit edit;           /* as stated; 'scene' is the number then */
    dp_edit_status status;
    const char *scene;      /* the scene it applies to now, or NULL */
    const char *detail;     /* why: "scene 12 is now 14", "words found in
                             * scene 12A", "scene 40 omitted" ...       */
} dp_edit_info;

size_t dp_project_edit_count(const dp_project *p);
/* Edits in the order they were made. */
const dp_edit_info *dp_project_edit_at(const dp_project *p, size_t i);

/* The effective breakdown of draft 'version' (0: the current draft): its
 * automatic breakdown with every edit replayed. It is an ordinary
 * dp_breakdown: every accessor and writer taking one works on it (edits
 * appear as mentions with the rule "edit"). Owned by the project: valid
 * until the next call that changes the project, the next call of this
 * function for another version, or dp_project_close(). */
DP_NODISCARD dp_status dp_project_breakdown(dp_project *p, uint32_t version,
                                            const dp_breakdown **out,
                                            dp_error *err);

/* The project as JSON ("project show"): its drafts, the current draft's
 * summary, and every edit with its outcome. */
DP_NODISCARD dp_status dp_project_write_json(dp_project *p,
                                             const dp_sink *sink,
                                             dp_error *err);
/* The history as JSON or plain text: project made, drafts imported (with
 * how the edits fared), edits made, migrations. */
DP_NODISCARD dp_status dp_project_write_history(dp_project *p, int text,
                                                const dp_sink *sink,
                                                dp_error *err);

/* The revision report between drafts 'old_version' and 'new_version':
 * scenes added, omitted, changed, split, merged and renumbered; per
 * department, elements gained and lost in each scene; costumes new and no
 * longer needed; page and eighths deltas. Both sides are effective
 * breakdowns. 'french': labels in French. 'text': plain text, else JSON. */
DP_NODISCARD dp_status dp_project_write_changes(dp_project *p,
                                                uint32_t old_version,
                                                uint32_t new_version,
                                                int french, int text,
                                                const dp_sink *sink,
                                                dp_error *err);
/* The same revision report in a report format (DP_RF_CSV ... DP_RF_JSON,
 * see "Reports" below, an int here): the scenes that changed, and per
 * department the elements gained and lost scene by scene. */
DP_NODISCARD dp_status dp_project_write_changes_report(dp_project *p,
                                                       uint32_t old_version,
                                                       uint32_t new_version,
                                                       int french, int format,
                                                       const dp_sink *sink,
                                                       dp_error *err);
/* Saves a shooting schedule as the project's current board: 'board' is the
 * JSON of dp_schedule_write() (an object with "days"), 'constraints' the
 * constraints file it was made under (may be NULL), both copied as they
 * are, with the current draft and a history entry, in one transaction.
 * Earlier boards are kept. DP_E_FORMAT (line, column) when 'board' is not
 * such JSON; DP_E_TOOBIG over 4 x DP_SCHEDULE_MAX_INPUT bytes. */
DP_NODISCARD dp_status dp_project_board_put(dp_project *p, const char *board,
                                            size_t len, const char *constraints,
                                            size_t constraints_len, int64_t now,
                                            dp_error *err);
/* The current board and its constraints, as saved: new NUL-terminated
 * copies (free with dp_free()); '*board' NULL when none was saved,
 * '*constraints' NULL when saved without. The lengths may be NULL. */
DP_NODISCARD dp_status dp_project_board_get(dp_project *p, char **board,
                                            size_t *len, char **constraints,
                                            size_t *constraints_len,
                                            dp_error *err);

/* ---- Reports: the documents crews work from ---------------------------- */

/* What a report shows (see README, "Reports"). */
typedef enum dp_report_kind {
    DP_REPORT_SHEETS = 0, /* one breakdown sheet per scene                  */
    DP_REPORT_SCENES,     /* the scene list (one-liner)                     */
    DP_REPORT_SETS,       /* scenes by set (liste des séquences par décor)  */
    DP_REPORT_CAST,       /* the cast list with id numbers                  */
    DP_REPORT_ELEMENTS,   /* every element by department, with its scenes   */
    DP_REPORT_COSTUMES,   /* the costume plot                               */
    DP_REPORT_DOOD,       /* day out of days                                */
    DP_REPORT_NEEDS,      /* what each department needs, day by day        */
    DP_REPORT_COUNT_
} dp_report_kind;

/* How a report is written. */
typedef enum dp_report_format {
    DP_RF_CSV = 0, /* RFC 4180: UTF-8 without BOM, CRLF, one table        */
    DP_RF_XLSX,    /* an Excel workbook, one worksheet per table          */
    DP_RF_PDF,     /* paginated, on the script's paper                    */
    DP_RF_HTML,    /* one self-contained page, printable                  */
    DP_RF_JSON,    /* the report's tables as data                         */
    DP_RF_COUNT_
} dp_report_format;

/* "sheets", "scenes", ... ; "csv", "xlsx", ... (NULL when out of range). */
const char *dp_report_kind_name(dp_report_kind k);
const char *dp_report_format_name(dp_report_format f);
/* The kind or format named 'name' (as above): 0 and '*out' set, or -1. */
int dp_report_kind_parse(const char *name, dp_report_kind *out);
int dp_report_format_parse(const char *name, dp_report_format *out);

/* One shoot day of a schedule: the scenes shot that day, in order. */
typedef struct dp_report_day {
    const char *label;      /* "Day 1", "Mon 3 Mar"; NULL: numbered     */
    size_t scene_count;
    const uint32_t *scenes; /* dp_breakdown_scene() indices             */
} dp_report_day;

typedef struct dp_report_options {
    /* "en" or "fr" for every label, category and code; NULL: the
     * script's language (dp_breakdown_language()). */
    const char *lang;
    /* The shooting schedule the day-out-of-days and the needs follow;
     * NULL (day_count 0): script order, each scene a column (dood) or a
     * section (needs) of its own. The days are not copied. */
    const dp_report_day *days;
    size_t day_count;
    /* dood: 0 or 100 for the cast; another UCI id (101 background, 103
     * vehicles, 108 animals ...) for that category's elements. */
    uint16_t dood_category;
    /* xlsx: the directory for the writer's scratch file (created and
     * removed during the call); NULL: "/tmp". */
    const char *tmpdir;
} dp_report_options;

/* Writes report 'kind' of 'bd' as 'fmt' to 'sink'. 'opts' may be NULL
 * (the defaults above). The same breakdown and options give the same bytes
 * (XLSX and PDF carry a fixed creation date, 1980-01-01). Errors: DP_E_ARG
 * (an unknown kind, format, language or category; a schedule naming a
 * scene that does not exist), DP_E_NOMEM, DP_E_IO (the XLSX scratch file),
 * DP_E_LIMIT (a PDF of more than DP_MAX_REPORT_PDF_PAGES pages, a worksheet
 * of more columns or rows than Excel's), DP_E_SINK. When it fails, part of the report may already have gone to
 * the sink: write to memory, then commit, for atomic output. */
DP_NODISCARD dp_status dp_report_write(const dp_breakdown *bd,
                                       dp_report_kind kind,
                                       dp_report_format fmt,
                                       const dp_report_options *opts,
                                       const dp_sink *sink, dp_error *err);

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


/* ---- Shooting schedule (plan) ------------------------------------------
 *
 * Scenes become shoot days under constraints (see README, "Shooting
 * schedule"): eighths a day, day and night apart, actor and location
 * availability, pinned scenes, consecutive scenes, children's hours,
 * turnaround, company moves. A board is a list of shoot days, each an
 * ordered list of scenes (strips), plus a boneyard of unscheduled scenes.
 * Its cost is a weighted sum of terms (shoot days, paid actor days,
 * company moves, location days, day/night switches), each reported. */

#define DP_SCHEDULE_MAX_INPUT (4u * 1024u * 1024u) /* constraints file bytes */
#define DP_SCHEDULE_MAX_DAYS 2000u   /* shoot days on a board            */
#define DP_SCHEDULE_MAX_RULES 10000u /* entries in a constraints file    */

/* A constraints file, parsed. Read-only once made. */
typedef struct dp_constraints dp_constraints;

/* Parses a constraints file (JSON, README "Shooting schedule"). Errors:
 * DP_E_FORMAT with the line and column of the first problem, DP_E_TOOBIG
 * over DP_SCHEDULE_MAX_INPUT, DP_E_LIMIT, DP_E_NOMEM. Names of actors,
 * locations and scenes are checked against a script by dp_schedule_new. */
DP_NODISCARD dp_status dp_constraints_parse(const char *text, size_t len,
                                            dp_constraints **out,
                                            dp_error *err);
void dp_constraints_free(dp_constraints *c);

typedef struct dp_schedule dp_schedule;

/* A schedule problem for 'bd' under 'c' (NULL: the defaults), with an
 * empty board (every scene in the boneyard). Keeps a reference to 'bd'
 * and 'c', which must outlive it. DP_E_ARG (line and column in the constraints file) when
 * the constraints name an actor, location or scene the script lacks. */
DP_NODISCARD dp_status dp_schedule_new(const dp_breakdown *bd,
                                       const dp_constraints *c,
                                       dp_schedule **out, dp_error *err);
void dp_schedule_free(dp_schedule *s);

typedef struct dp_schedule_options {
    double time_limit;   /* seconds; 0: none (the iteration budget ends it) */
    uint64_t seed;       /* the same seed gives the same board, as long as
                          * the time limit does not cut the search short */
    uint32_t iterations; /* local-search moves; 0: the default (200000)   */
} dp_schedule_options;

/* Builds a board (construction, then large-neighbourhood search with the
 * talent solver on windows of days) and replaces the current one. Not
 * finding a board that keeps every hard constraint is not an error: see
 * dp_schedule_feasible() and dp_schedule_conflict(). 'opts' may be NULL. */
DP_NODISCARD dp_status dp_schedule_solve(dp_schedule *s,
                                         const dp_schedule_options *opts,
                                         dp_error *err);

/* One day of a board as given to dp_schedule_evaluate(). */
typedef struct dp_schedule_board_day {
    size_t scene_count;
    const uint32_t *scenes; /* dp_breakdown_scene() indices, in order */
} dp_schedule_board_day;

/* Replaces the current board with 'days' (scenes not listed go to the
 * boneyard) and computes its cost terms and the hard constraints it
 * breaks. DP_E_ARG when a scene index is out of range or listed twice,
 * or 'n_days' > DP_SCHEDULE_MAX_DAYS. For a UI that drags strips. */
DP_NODISCARD dp_status dp_schedule_evaluate(dp_schedule *s,
                                            const dp_schedule_board_day *days,
                                            size_t n_days, dp_error *err);

/* Replaces the current board with a board in the JSON that
 * dp_schedule_write() writes (only "days" and each day's "scenes", scene
 * numbers in order, are read), and evaluates it as dp_schedule_evaluate()
 * does. DP_E_FORMAT with line and column on bad JSON or a scene number
 * the script lacks. */
DP_NODISCARD dp_status dp_schedule_read_board(dp_schedule *s, const char *json,
                                              size_t len, dp_error *err);

/* Re-scheduling: the current board becomes the reference of the next
 * dp_schedule_solve(), which starts from it and adds the term
 * "moved_strips" (scenes on another day than on the reference, weight 10
 * unless the constraints say otherwise), so that a change of constraints
 * moves as few strips as it can. */
DP_NODISCARD dp_status dp_schedule_set_reference(dp_schedule *s,
                                                 dp_error *err);

/* After a solve with a reference: the strips that moved. */
typedef struct dp_schedule_move {
    uint32_t scene;    /* dp_breakdown_scene() index */
    uint32_t from_day; /* on the reference (0: it was not on it)  */
    uint32_t to_day;   /* now (0: in the boneyard)                */
} dp_schedule_move;
size_t dp_schedule_moved_count(const dp_schedule *s);
const dp_schedule_move *dp_schedule_moved(const dp_schedule *s, size_t i);
/* The reference board's value of cost term i (as dp_schedule_cost_at),
 * under the schedule's constraints; 0 without a reference. */
int64_t dp_schedule_reference_cost(const dp_schedule *s, size_t i);

/* A shoot day of the current board. Owned by the schedule. */
typedef struct dp_schedule_day {
    uint32_t number;        /* 1, 2, ...                                  */
    const char *date;       /* "2027-03-01", or NULL without a start date */
    size_t scene_count;
    const uint32_t *scenes; /* dp_breakdown_scene() indices, in order     */
    uint32_t eighths;       /* script eighths                             */
    uint32_t load;          /* eighths with the time estimate's extras   */
    const char *why;        /* why these scenes are together ("set HOUSE;
                             * DAY; cast ANNA, MARC")                    */
} dp_schedule_day;

size_t dp_schedule_day_count(const dp_schedule *s);
const dp_schedule_day *dp_schedule_day_at(const dp_schedule *s, size_t i);
/* The boneyard: scene indices not on the board. */
const uint32_t *dp_schedule_unscheduled(const dp_schedule *s, size_t *n);

/* One term of the objective: value x weight is its part of the cost. */
typedef struct dp_schedule_cost {
    const char *name; /* "shoot_days", "actor_days", "company_moves",
                       * "location_days", "day_night_switches", and
                       * "moved_strips" when re-scheduling           */
    int64_t value;
    int64_t weight;
    int64_t lower_bound; /* of 'value', over every valid board */
} dp_schedule_cost;

size_t dp_schedule_cost_count(const dp_schedule *s);
const dp_schedule_cost *dp_schedule_cost_at(const dp_schedule *s, size_t i);
/* Sum of value x weight over the terms. */
int64_t dp_schedule_total(const dp_schedule *s);
/* Sum of lower_bound x weight: no valid board costs less. */
int64_t dp_schedule_lower_bound(const dp_schedule *s);
/* (total - lower bound) / total, 0 when total is 0. */
double dp_schedule_gap(const dp_schedule *s);
/* Seconds the last dp_schedule_solve() took. */
double dp_schedule_seconds(const dp_schedule *s);

/* 1 when the current board keeps every hard constraint and schedules
 * every scene. */
int dp_schedule_feasible(const dp_schedule *s);
/* The hard constraints the current board breaks, in plain words
 * ("day 3: GRACE is not available (actors[1])"). */
size_t dp_schedule_violation_count(const dp_schedule *s);
const char *dp_schedule_violation(const dp_schedule *s, size_t i);
/* After a solve found no valid board: a minimal set of constraints that
 * cannot all hold together, each in plain words. */
size_t dp_schedule_conflict_count(const dp_schedule *s);
const char *dp_schedule_conflict(const dp_schedule *s, size_t i);

/* What each hard constraint costs: after a board that keeps them all
 * (dp_schedule_solve), each is relaxed in turn and a short search from
 * that board ('opts' as for the solve: a time limit, the seed; a twentieth
 * of its iterations, 2,000 to 20,000) says how much lower the total goes.
 * Does not change the board. DP_E_ARG when the board breaks a constraint. */
DP_NODISCARD dp_status dp_schedule_explain_costs(dp_schedule *s,
                                                 const dp_schedule_options *opts,
                                                 dp_error *err);
/* The result: each constraint in plain words and its saving (0: it costs
 * nothing). */
typedef struct dp_schedule_rule_cost {
    const char *constraint;
    int64_t saving;
} dp_schedule_rule_cost;
size_t dp_schedule_rule_cost_count(const dp_schedule *s);
const dp_schedule_rule_cost *dp_schedule_rule_cost_at(const dp_schedule *s,
                                                      size_t i);

/* The current board's days for dp_report_options.days (DOOD, needs).
 * Owned by the schedule. */
const dp_report_day *dp_schedule_report_days(const dp_schedule *s,
                                             size_t *n);

typedef enum dp_schedule_format {
    DP_SF_JSON = 0, /* README "Shooting schedule": days, cost, bound, gap */
    DP_SF_CSV,      /* one row per strip, RFC 4180                         */
    DP_SF_ICS,      /* iCalendar (RFC 5545): one all-day event per day     */
    DP_SF_HTML,     /* the stripboard: strips coloured INT/EXT x DAY/NIGHT */
    DP_SF_PDF,      /* the stripboard as the reports print it (landscape)   */
    DP_SF_XLSX,     /* the stripboard as a worksheet (scratch file in /tmp) */
    DP_SF_COUNT_
} dp_schedule_format;

/* "json", "csv", "ics", "html", "pdf", "xlsx"; -1 / NULL when unknown. */
const char *dp_schedule_format_name(dp_schedule_format f);
int dp_schedule_format_parse(const char *name, dp_schedule_format *out);

/* Writes the current board. Same board, same bytes. */
DP_NODISCARD dp_status dp_schedule_write(const dp_schedule *s,
                                         dp_schedule_format fmt,
                                         const dp_sink *sink, dp_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DEPOUILLE_H */
