/* The breakdown behind the opaque dp_breakdown, and the analysis steps. */
#ifndef DP_BREAKDOWN_H
#define DP_BREAKDOWN_H

#include "doc.h"

struct dp_breakdown {
    dp__arena arena;
    const dp_doc *doc;
    const char *title;
    const char *language;
    dp_scene *scenes;
    size_t n_scenes;
    dp_character *chars; /* in id order */
    size_t n_chars;
    dp_paper paper;
    uint32_t pages;
    uint32_t eighths; /* sum over scenes */
    dp_item *items;
    size_t n_items;
    dp_mention *mentions;
    size_t n_mentions;
    dp_costume *costumes;
    size_t n_costumes;
};

/* cast.c */

/* The identity of a character cue: extensions "(V.O.)", "(CONT'D)", a
 * dual-dialogue '^' and surrounding spaces removed; inner spaces
 * collapsed. Appends the display name to 'out'. */
dp_status dp__cue_name(const char *s, size_t n, dp__buf *out);
/* The matching key of a name: upper-cased, typographic apostrophes
 * straightened. Appends to 'out'. */
dp_status dp__name_key(const char *s, size_t n, dp__buf *out);
/* Fills bd->chars and each scene's cast from cues and from capitalised
 * names in action. */
dp_status dp__cast_analyze(dp_breakdown *bd);

/* numbering.c: gives every scene without a written number one. */
dp_status dp__number_scenes(dp_breakdown *bd);

/* storydays.c: each scene's story day and the reason for it. */
dp_status dp__story_days(dp_breakdown *bd);

/* lang.c: "fr" or "en" from the words of action and dialogue. */
const char *dp__detect_language(const dp_doc *doc);

#endif
