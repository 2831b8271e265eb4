/* A deterministic reviser for tests: makes a new draft of a Fountain
 * script by deleting, splitting, merging, reordering, rewriting and
 * inserting scenes, and says where each old scene went. */
#ifndef DPT_REVISER_H
#define DPT_REVISER_H

#include <stddef.h>

#include "depouille.h"

typedef enum rv_role {
    RV_KEEP = 0,
    RV_TOUCH,   /* a sentence appended: the text changes a little */
    RV_REWRITE, /* the bytes [at, at + len) are replaced by another word */
    RV_DELETE,
    RV_SPLIT,   /* a new heading before element 'split' */
    RV_MERGE    /* the heading is removed: the text joins the scene before */
} rv_role;

typedef struct rv_scene {
    rv_role role;
    size_t split;   /* RV_SPLIT: doc element starting the new part */
    size_t at, len; /* RV_REWRITE: bytes of the script */
    long swap;      /* this scene trades places with scene 'swap'; -1 */
    long insert_before; /* 1: a new scene is inserted before this one */
    /* results */
    long heir;  /* new scene index continuing this one, -1 */
    long piece; /* RV_SPLIT: the new part's index */
    long into;  /* RV_MERGE: the index of the scene it joined */
} rv_scene;

/* Writes the new draft (free with free()); fills the results of sc[]
 * (one per scene of bd) and '*scenes' (the new draft's scene count).
 * 'locked': the script's headings carry #N# numbers; new headings get
 * A-numbers ("12A"). */
char *rv_revise(const char *text, size_t len, const dp_doc *doc, const dp_breakdown *bd,
                rv_scene *sc, int locked, size_t *out_len, size_t *scenes);

/* The script with every heading numbered #N# as the breakdown numbers
 * it (free with free()). */
char *rv_lock(const char *text, size_t len, const dp_doc *doc, const dp_breakdown *bd,
              size_t *out_len);

#endif
