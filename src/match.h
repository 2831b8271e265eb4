/* Draft matching: which scenes of a new draft continue which scenes of the
 * old one (match_scenes.c), from fingerprints of their text and anchors
 * for words (match_text.c). */
#ifndef DP_MATCH_H
#define DP_MATCH_H

#include "breakdown.h"

/* A scene as draft matching sees it. */
typedef struct dp__mscene {
    const char *number;  /* scene number */
    bool locked;         /* the number was written in the script */
    const char *heading; /* as written */
    const uint64_t *sh;  /* shingles of its text: sorted, distinct */
    size_t n_sh;
} dp__mscene;

/* new scenes */
#define DP__M_SAME 1    /* continues an old scene, same heading and words */
#define DP__M_CHANGED 2 /* continues an old scene, rewritten */
#define DP__M_SPLIT 3   /* a part split off an old scene (not its heir) */
#define DP__M_NEW 4     /* added */
/* old scenes */
#define DP__M_KEPT 1    /* continued by a new scene */
#define DP__M_MERGED 2  /* its text went into a new scene that continues
                         * another old scene */
#define DP__M_OMITTED 3

typedef struct dp__match {
    int32_t *new_from; /* per new scene: the old scene it continues (SAME,
                        * CHANGED) or was split from (SPLIT); -1 (NEW) */
    uint8_t *new_kind;
    int32_t *old_to;   /* per old scene: the new scene continuing it (KEPT)
                        * or holding its text (MERGED); -1 (OMITTED) */
    uint8_t *old_kind;
} dp__match;

/* Pairs the scenes, in this order of trust: equal numbers written in both
 * drafts (locked numbers) unless the texts have nothing in common; then
 * pairs of similar text (Jaccard of shingles, a same heading counting for
 * more), best first; then the rest of a split (a new scene whose text is
 * mostly inside an old one) and of a merge (an old scene whose text is
 * mostly inside a new one). The caller sizes the four arrays of 'm'. At
 * most DP__MATCH_MAX_SCENES on each side. */
#define DP__MATCH_MAX_SCENES 20000u
dp_status dp__match_scenes(const dp__mscene *old, size_t n_old, const dp__mscene *nw,
                           size_t n_new, dp__match *m);

/* ---- match_text.c ------------------------------------------------------- */

/* Shingles of scene s: hashes of its consecutive word pairs (heading
 * excluded; words lower-cased, punctuation ignored), sorted and distinct,
 * in 'a'. A scene of one word has that word's hash. */
dp_status dp__scene_shingles(dp__arena *a, const dp_breakdown *bd, size_t s,
                             uint64_t **out, size_t *n);
/* A hash of scene s's words (heading excluded): equal when only spacing
 * and line breaks changed. */
uint64_t dp__scene_text_hash(const dp_breakdown *bd, size_t s);

/* Words an edit was made on, with what surrounded them. */
#define DP__CONTEXT 32u /* bytes of context kept on each side */
typedef struct dp__anchor {
    const char *text;
    const char *before; /* the bytes just before, at most DP__CONTEXT */
    const char *after;  /* the bytes just after */
} dp__anchor;

typedef struct dp__anchor_hit {
    int32_t scene;
    size_t element;
    uint32_t start, end; /* bytes of the element's plain text */
    uint32_t score;      /* context bytes that match (0..2*DP__CONTEXT) */
    uint32_t count;      /* places found */
} dp__anchor_hit;

/* Finds the anchor's words in scenes [s0, s1) of bd: exactly, as whole
 * words, in a printed element; else ignoring ASCII case. The place whose
 * context matches best wins (then the first). False when absent. */
bool dp__anchor_find(const dp_breakdown *bd, size_t s0, size_t s1, const dp__anchor *an,
                     dp__anchor_hit *hit);
/* The context of plain[start, end): [*b, start) and [end, *e), at most
 * DP__CONTEXT bytes each, cut on UTF-8 boundaries within the text. */
void dp__anchor_context(const char *plain, uint32_t start, uint32_t end, size_t *b, size_t *e);

#endif
