/* User edits resolved against one document, and their application while
 * its breakdown is built (the effective breakdown). */
#ifndef DP_EDITS_H
#define DP_EDITS_H

#include "tagger.h"

/* One edit, resolved: every index refers to the document being analysed.
 * Strings are borrowed; they must outlive the build. */
typedef struct dp__fix {
    dp_edit_op op;
    int32_t scene;         /* scene index; -1: every scene (REMOVE) */
    uint16_t category;     /* the element's key: category, name, whose */
    const char *name;
    const char *character; /* a character's name, or NULL */
    size_t element;        /* ADD: the words' element, SIZE_MAX: none */
    uint32_t start, end;   /* ADD: the words, bytes of its plain text */
    uint16_t new_category; /* RECATEGORISE, MERGE */
    const char *new_name;  /* RENAME, MERGE */
    const char *new_character; /* MERGE, or NULL (keeps the owner) */
    const char *value;     /* STORY_DAY, COSTUME, HEADING */
} dp__fix;

/* The fixes, applied in order (a later fix sees the earlier ones). */
typedef struct dp__overlay {
    const dp__fix *fix;
    size_t n;
} dp__overlay;

/* The rule of findings an edit adds. */
#define DP__RULE_EDIT "edit"

/* breakdown.c: dp_breakdown_new with the fixes of 'ov' (NULL: none). */
dp_status dp__breakdown_build(const dp_doc *doc, const dp_breakdown_options *opts,
                              const dp__overlay *ov, dp_breakdown **out,
                              dp_error *err);

/* edits_apply.c, one function per stage of the build: */
/* HEADING: after the scenes are built (a new set, time, INT/EXT). */
dp_status dp__overlay_headings(dp_breakdown *bd, const dp__overlay *ov);
/* STORY_DAY: after the story days. */
dp_status dp__overlay_story_days(dp_breakdown *bd, const dp__overlay *ov);
/* ADD, REMOVE, RECATEGORISE, RENAME, MERGE: on the findings, before the
 * catalogue; leaves them in script order. */
dp_status dp__overlay_findings(dp_breakdown *bd, const dp__overlay *ov, dp__findings *f);
/* COSTUME: after the costume plot, which is rebuilt from the scenes. */
dp_status dp__overlay_costumes(dp_breakdown *bd, const dp__overlay *ov);

/* Index of the character named 'name' (name keys compared: case and
 * apostrophes ignored), or -1. */
int32_t dp__character_find(const dp_breakdown *bd, const char *name);
/* Position of character index c in scene s's cast, or -1. */
long dp__scene_cast_pos(const dp_breakdown *bd, size_t s, int32_t c);

#endif
