/* The element tagger: finds what each scene needs in its action lines
 * and parentheticals, and the catalogue built from it. */
#ifndef DP_TAGGER_H
#define DP_TAGGER_H

#include "breakdown.h"

/* Findings that are not items: what the costume department reads. */
#define DP__FOUND_STATE 1  /* a costume's state: "torn", "trempé" */
#define DP__FOUND_CHANGE 2 /* a change of clothes: "changes into" */

/* One finding, before items are merged (category 100 and up), or a
 * costume state or change (DP__FOUND_*, for one character). */
typedef struct dp__found {
    uint16_t category;
    const char *name;   /* canonical lemma, in the breakdown's arena */
    int32_t character;  /* character index, -1: none */
    uint32_t scene;
    size_t element;
    uint32_t start, end; /* bytes in the element's plain text */
    const char *rule;
    uint8_t confidence;
    uint32_t count;
    uint32_t flags;     /* DP_ITEMF_* */
} dp__found;

typedef struct dp__findings {
    dp__found *f;
    size_t n, cap;
} dp__findings;

/* Tags every scene of bd (scenes and cast already built). */
dp_status dp__tag_scenes(dp_breakdown *bd, dp__findings *out);
/* Adds the document's user tags to the findings, in script order, and
 * drops the automatic findings they cover (user_tags.c). */
dp_status dp__add_user_tags(dp_breakdown *bd, dp__findings *f);
/* Merges findings into bd's items, mentions and per-scene item lists. */
dp_status dp__build_items(dp_breakdown *bd, const dp__findings *f);
/* Numbers each character's costumes scene by scene (costumes.c). */
dp_status dp__build_costumes(dp_breakdown *bd, const dp__findings *f);

#endif
