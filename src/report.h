/* Reports: the model every report is built into, and the writers that
 * render it. A builder (report_sheets.c, report_lists.c, report_items.c,
 * report_dood.c) turns a breakdown into tables and breakdown sheets; a
 * writer (report_csv.c, report_html.c, report_json.c, report_xlsx.c,
 * report_pdf*.c) renders any model in its format. Strings of the model are
 * the report's arena or static labels; nothing points into the writers. */
#ifndef DP_REPORT_H
#define DP_REPORT_H

#include "internal.h"

/* The industry strip colour of a scene: INT/EXT by DAY/NIGHT. */
typedef enum dp__strip {
    DP__STRIP_NONE = 0,
    DP__STRIP_INT_DAY,   /* white  */
    DP__STRIP_EXT_DAY,   /* yellow */
    DP__STRIP_INT_NIGHT, /* blue   */
    DP__STRIP_EXT_NIGHT, /* green  */
    DP__STRIP_COUNT_
} dp__strip;

/* Background colour of a strip, "#RRGGBB" (pale enough for black text). */
const char *dp__strip_color(dp__strip s);
/* The CSS class / short name of a strip: "int-day" ... ("" for none). */
const char *dp__strip_name(dp__strip s);

typedef enum dp__row_kind {
    DP__ROW_DATA = 0,
    DP__ROW_GROUP, /* a band heading the rows below it (cells[0] only);
                    * CSV leaves it out: its rows repeat it in a column */
    DP__ROW_TOTAL  /* a total, in bold */
} dp__row_kind;

typedef enum dp__align { DP__LEFT = 0, DP__RIGHT, DP__CENTER } dp__align;

typedef struct dp__rcol {
    const char *label;
    uint16_t width;  /* a width hint, in average characters */
    uint8_t align;   /* dp__align */
    uint8_t numeric; /* integer cells: XLSX writes them as numbers */
    uint8_t data_only; /* left out of HTML and PDF, where a group band
                        * above the rows says it */
} dp__rcol;

typedef struct dp__rrow {
    uint8_t kind;  /* dp__row_kind */
    uint8_t strip; /* dp__strip of the row's scene, or NONE */
    const char **cells; /* the table's ncols strings, never NULL */
} dp__rrow;

#define DP__TF_CSV 1u   /* the table CSV writes (one per report) */
#define DP__TF_XLSX 2u  /* a worksheet of the XLSX workbook */
#define DP__TF_PRINT 4u /* shown in HTML and PDF */

typedef struct dp__rtable {
    const char *title; /* heading above the table */
    const char *sheet; /* XLSX worksheet name (at most 31 characters) */
    unsigned flags;    /* DP__TF_* */
    size_t ncols;
    dp__rcol *cols;
    size_t frozen; /* leading columns frozen in XLSX and repeated when the
                    * PDF splits the columns over several pages */
    size_t nrows, cap;
    dp__rrow *rows;
    const char *note; /* a legend under the table, or NULL */
} dp__rtable;

typedef struct dp__rfield {
    const char *label, *value;
} dp__rfield;

/* A box of a breakdown sheet: one category and its elements. */
typedef struct dp__rbox {
    const char *title;
    const char *color; /* the category's colour "#RRGGBB" */
    size_t nlines;
    const char **lines;
} dp__rbox;

/* One breakdown sheet (a scene). */
typedef struct dp__rsheet {
    uint8_t strip;       /* dp__strip */
    const char *title;   /* "Scene 12" */
    const char *heading; /* the heading as written */
    size_t nfields;
    dp__rfield *fields;  /* scene number, I/E, set ... */
    const char *synopsis;
    size_t nboxes;
    dp__rbox *boxes;
} dp__rsheet;

#define DP__REPORT_MAX_TABLES 8
#define DP__REPORT_ARENA_CAP ((size_t)512 << 20)

typedef struct dp__report {
    dp__arena arena;
    dp_status status; /* the first failure while building; later calls
                       * do nothing */
    const dp_breakdown *bd;
    dp_report_kind kind;
    const char *name;         /* the kind's name in JSON; NULL: kind's */
    bool fr;                  /* labels in French */
    const char *title;        /* the report's ("Cast list") */
    const char *script_title; /* the script's, or "" */
    dp_paper paper;           /* for PDF */
    bool landscape;           /* PDF pages wide side up */
    size_t ntables;
    dp__rtable *tables[DP__REPORT_MAX_TABLES];
    size_t nsheets, sheet_cap;
    dp__rsheet *sheets;
} dp__report;

/* ---- report.c: building the model (sticky errors in r->status) ------- */

/* A formatted string in the report's arena; "" after a failure. */
const char *dp__rp_strf(dp__report *r, const char *fmt, ...) DP__PRINTF(2, 3);
/* Copies s[0..n). */
const char *dp__rp_strn(dp__report *r, const char *s, size_t n);
/* Memory for 'count' items of 'size' bytes, zeroed; NULL after a failure. */
void *dp__rp_alloc(dp__report *r, size_t count, size_t size);
/* A new table with 'ncols' columns copied from 'cols'; NULL on failure. */
dp__rtable *dp__rp_table(dp__report *r, const char *title, const char *sheet,
                         unsigned flags, const dp__rcol *cols, size_t ncols);
/* A new row of 't': its cells, all "" (fill them in), or NULL on failure. */
const char **dp__rp_row(dp__report *r, dp__rtable *t, dp__row_kind kind,
                        dp__strip strip);
/* A new breakdown sheet, or NULL on failure. */
dp__rsheet *dp__rp_sheet(dp__report *r);

/* A string built piece by piece, then copied into the arena: failures go
 * to r->status. */
typedef struct dp__rjoin {
    dp__report *r;
    dp__buf b;
} dp__rjoin;
void dp__rj_init(dp__rjoin *j, dp__report *r);
void dp__rj_put(dp__rjoin *j, const char *s, size_t n);
void dp__rj_puts(dp__rjoin *j, const char *s);
void dp__rj_printf(dp__rjoin *j, const char *fmt, ...) DP__PRINTF(2, 3);
/* Appends 'sep' first unless the string is still empty. */
void dp__rj_sep(dp__rjoin *j, const char *sep);
/* The string, in the arena; releases the buffer. */
const char *dp__rj_done(dp__rjoin *j);

/* The strip of scene i: its INT/EXT by its time of day, where CONTINUOUS,
 * LATER, SAME and an unsaid time carry the previous scene's; DAWN,
 * MORNING, AFTERNOON are day, DUSK, EVENING night; day for night is shot
 * by day. A scene neither INT nor EXT counts as INT, INT/EXT as EXT. */
dp__strip dp__scene_strip(const dp_breakdown *bd, size_t i);
/* "INT. DAY", "EXT. NUIT" ... the strip's label. */
const char *dp__strip_label(dp__strip s, bool fr);
/* A scene's time of day in the report's language ("NUIT", "DAY"). */
const char *dp__time_label(dp_time t, bool fr);
/* The scene's synopsis: its synopsis elements, else the first sentence of
 * its first action, at most about 100 bytes (cut at a word, with "…"). */
const char *dp__scene_synopsis(dp__report *r, size_t scene);
/* The time of scene i in the report's language, with "FLASHBACK" and
 * day for night said ("NUIT AMÉRICAINE"). */
const char *dp__scene_time(dp__report *r, size_t i);
/* The distinct story days of scenes 'idx', ascending, runs as "1–3". */
const char *dp__rp_story_days(dp__report *r, const uint32_t *idx, size_t n);
/* The cast ids of scene i ("1, 2, 5"). */
const char *dp__scene_cast_ids(dp__report *r, size_t i);
/* "1 3/8" in the arena. */
const char *dp__rp_eighths(dp__report *r, uint32_t eighths);
/* The scene numbers of 'idx' (scene indices), joined by ", ". */
const char *dp__rp_scene_list(dp__report *r, const uint32_t *idx, size_t n);

/* ---- report_labels.c --------------------------------------------------- */

typedef enum dp__label {
#define DP__LABELS(X)                                                          \
    X(T_SHEETS, "Breakdown sheets", "Fiches de dépouillement")                 \
    X(T_SCENES, "Scene list", "Liste des séquences")                           \
    X(T_SETS, "Scenes by set", "Liste des séquences par décor")                \
    X(T_CAST, "Cast list", "Liste des rôles")                                  \
    X(T_ELEMENTS, "Elements by department", "Éléments par poste")              \
    X(T_COSTUMES, "Costume plot", "Dépouillement costumes")                    \
    X(T_DOOD, "Day out of days", "Jours de travail (DOOD)")                    \
    X(T_NEEDS, "Needs by day", "Besoins par jour")                             \
    X(T_BREAKDOWN, "Breakdown", "Dépouillement")                               \
    X(T_COSTUME_LIST, "Costumes and looks by character",                       \
      "Costumes et maquillages par rôle")                                      \
    X(T_COSTUME_MATRIX, "Costumes by scene", "Costumes par séquence")          \
    X(T_MAKEUP_MATRIX, "Makeup and hair by scene",                             \
      "Maquillage et coiffure par séquence")                                   \
    X(SCENE, "Scene", "Séquence")                                              \
    X(SC, "Sc.", "Séq.")                                                       \
    X(IE, "I/E", "I/E")                                                        \
    X(SET, "Set", "Décor")                                                     \
    X(SUBSET, "Sub-set", "Sous-décor")                                         \
    X(TIME, "Time", "Moment")                                                  \
    X(STORY_DAY, "Story day", "Chrono")                                        \
    X(PAGE, "Page", "Page")                                                    \
    X(LENGTH, "Length", "Longueur")                                            \
    X(CAST, "Cast", "Rôles")                                                   \
    X(SYNOPSIS, "Synopsis", "Résumé")                                          \
    X(ID, "ID", "N°")                                                          \
    X(CHARACTER, "Character", "Rôle")                                          \
    X(SPEAKING, "Speaking", "Parlant")                                         \
    X(SILENT, "Silent", "Muet")                                                \
    X(TYPE, "Type", "Type")                                                    \
    X(CUES, "Cues", "Répliques")                                               \
    X(SCENES, "Scenes", "Séquences")                                           \
    X(FIRST, "First", "Première")                                              \
    X(LAST, "Last", "Dernière")                                                \
    X(STORY_DAYS, "Story days", "Chronologie")                                 \
    X(SCENE_LIST, "Scene list", "Liste des séquences")                         \
    X(DEPARTMENT, "Department", "Poste")                                       \
    X(ELEMENT, "Element", "Élément")                                           \
    X(QTY, "Qty", "Qté")                                                       \
    X(NOTES, "Notes", "Notes")                                                 \
    X(WEAPON, "weapon", "arme")                                                \
    X(TAGGED, "tagged", "balisé")                                              \
    X(COSTUME, "Costume", "Costume")                                           \
    X(MAKEUP, "Makeup/hair", "Maquillage/coiffure")                            \
    X(COSTUME_NO, "costume", "costume")                                        \
    X(MAKEUP_NO, "makeup", "HMC")                                              \
    X(NUMBER, "No.", "N°")                                                     \
    X(DESCRIPTION, "Description", "Description")                               \
    X(DAY, "Day", "Jour")                                                      \
    X(DAYS, "Days", "Jours")                                                   \
    X(WORK, "Work", "Travail")                                                 \
    X(HOLD, "Hold", "Attente")                                                 \
    X(TOTAL, "Total", "Total")                                                 \
    X(START, "Start", "Début")                                                 \
    X(FINISH, "Finish", "Fin")                                                 \
    X(NEEDS, "Needs", "Besoins")                                               \
    X(PAGES, "pages", "pages")                                                 \
    X(ONE_PAGE, "page", "page")                                                \
    X(PAGE_OF, "Page %u of %u", "Page %u sur %u")                              \
    X(N_SCENES, "%zu scenes", "%zu séquences")                                 \
    X(ONE_SCENE, "1 scene", "1 séquence")                                      \
    X(N_SETS, "%zu sets", "%zu décors")                                        \
    X(ONE_SET, "1 set", "1 décor")                                             \
    X(N_CHARACTERS, "%zu characters", "%zu rôles")                             \
    X(ONE_CHARACTER, "1 character", "1 rôle")                                  \
    X(N_ELEMENTS, "%zu elements", "%zu éléments")                              \
    X(ONE_ELEMENT, "1 element", "1 élément")                                   \
    X(ALL_SETS, "All sets", "Tous les décors")                                 \
    X(DOOD_LEGEND,                                                             \
      "SW start work · W work · WF work finish · SWF start, work and finish "  \
      "the same day · H hold (paid, not working). Work = days worked; Hold = " \
      "days held; Total = first to last day.",                                 \
      "SW début de travail · W travail · WF fin de travail · SWF début et "    \
      "fin le même jour · H attente (payé, sans tourner). Travail = jours "    \
      "tournés ; Attente = jours d'attente ; Total = du premier au dernier "    \
      "jour.")                                                                 \
    X(DOOD_SCRIPT_ORDER,                                                       \
      "No schedule yet: one column per scene, in script order.",               \
      "Pas encore de plan de travail : une colonne par séquence, dans "        \
      "l'ordre du scénario.")                                                  \
    X(NEEDS_SCRIPT_ORDER,                                                      \
      "No schedule yet: one section per scene, in script order.",              \
      "Pas encore de plan de travail : une section par séquence, dans "        \
      "l'ordre du scénario.")                                                  \
    X(STRIP_LEGEND,                                                            \
      "Strip colours: white INT. DAY · yellow EXT. DAY · blue INT. NIGHT · "   \
      "green EXT. NIGHT.",                                                     \
      "Couleurs des bandes : blanc INT. JOUR · jaune EXT. JOUR · bleu INT. "   \
      "NUIT · vert EXT. NUIT.")                                                \
    X(COSTUME_NOTE,                                                            \
      "Numbers: a new number for a new story day or a change of clothes; a "   \
      "letter for a state of the same costume (2A torn).",                     \
      "Numérotation : un nouveau numéro à chaque nouveau jour de la "          \
      "chronologie ou changement de tenue ; une lettre pour un état du même "  \
      "costume (2A déchiré).")                                                 \
    X(NONE, "none", "aucun")
#define DP__LABEL_ENUM_(name, en, fr) DP__L_##name,
    DP__LABELS(DP__LABEL_ENUM_)
#undef DP__LABEL_ENUM_
    DP__L_COUNT_
} dp__label;

/* The label in English or French (static storage). */
const char *dp__l(dp__label id, bool fr);
/* "1 scene" or "12 scenes": label 'one' for 1, else 'many' (a "%zu"
 * format). */
const char *dp__rp_count(dp__report *r, size_t n, dp__label one, dp__label many);


/* ---- builders ---------------------------------------------------------- */

void dp__report_sheets(dp__report *r);   /* report_sheets.c */
void dp__report_scenes(dp__report *r);   /* report_lists.c */
void dp__report_sets(dp__report *r);     /* report_lists.c */
void dp__report_cast(dp__report *r);     /* report_lists.c */
void dp__report_elements(dp__report *r); /* report_items.c */
void dp__report_costumes(dp__report *r); /* report_items.c */
/* report_dood.c: over 'days' (a schedule) or script order when NULL;
 * 'category' 100 for the cast, another UCI id for its elements. */
void dp__report_dood(dp__report *r, const dp_report_day *days, size_t ndays,
                     uint16_t category);
void dp__report_needs(dp__report *r, const dp_report_day *days, size_t ndays);

/* ---- writers: each renders any model to the sink ------------------------ */

dp_status dp__report_csv(const dp__report *r, const dp_sink *sink, dp_error *err);
dp_status dp__report_html(const dp__report *r, const dp_sink *sink, dp_error *err);
dp_status dp__report_json(const dp__report *r, const dp_sink *sink, dp_error *err);
dp_status dp__report_xlsx(const dp__report *r, const char *tmpdir,
                          const dp_sink *sink, dp_error *err);
dp_status dp__report_pdf(const dp__report *r, const dp_sink *sink, dp_error *err);
/* Writes the built report 'r' in format 'fmt' (XLSX scratch files in
 * 'tmpdir', NULL for the default). */
dp_status dp__report_emit(const dp__report *r, dp_report_format fmt, const char *tmpdir,
                          const dp_sink *sink, dp_error *err);

/* The buffered writer of the text formats (dp__out, one call capped at
 * 64 MiB), and its close with the failure described in 'err'. */
void dp__rout_init(dp__out *o, const dp_sink *sink);
dp_status dp__rout_finish(dp__out *o, dp_error *err);

#endif
