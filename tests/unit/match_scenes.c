/* Draft matching on hand-made scene fingerprints. */
#include "../harness.h"
#include "match.h"

#include <stdlib.h>

typedef struct side {
    dp__mscene s[8];
    uint64_t sh[8][32];
    size_t n;
} side;

/* Adds a scene whose shingles are lo..hi (inclusive); hi < lo: none. */
static void scene(side *d, const char *number, int locked, const char *heading, int lo, int hi)
{
    size_t i = d->n++;
    size_t k = 0;
    for (int v = lo; v <= hi && k < 32; v++)
        d->sh[i][k++] = (uint64_t)v * 1000003u; /* sorted: increasing */
    d->s[i] = (dp__mscene){number, locked != 0, heading, d->sh[i], k};
}

typedef struct result {
    int32_t new_from[8], old_to[8];
    uint8_t new_kind[8], old_kind[8];
    dp__match m;
} result;

static void run(const side *o, const side *n, result *r)
{
    r->m = (dp__match){r->new_from, r->new_kind, r->old_to, r->old_kind};
    CHECK_INT(dp__match_scenes(o->s, o->n, n->s, n->n, &r->m), DP_OK);
}

static void same_and_reordered(void)
{
    side o = {0}, n = {0};
    scene(&o, "1", 0, "INT. A - DAY", 1, 10);
    scene(&o, "2", 0, "INT. B - DAY", 20, 30);
    scene(&o, "3", 0, "INT. C - DAY", 40, 50);
    scene(&n, "1", 0, "INT. C - DAY", 40, 50);
    scene(&n, "2", 0, "INT. A - DAY", 1, 10);
    scene(&n, "3", 0, "INT. B - NIGHT", 20, 30);
    result r;
    run(&o, &n, &r);
    CHECK_INT(r.new_from[0], 2);
    CHECK_INT(r.new_kind[0], DP__M_SAME);
    CHECK_INT(r.new_from[1], 0);
    CHECK_INT(r.new_from[2], 1);
    CHECK_INT(r.new_kind[2], DP__M_CHANGED); /* the heading changed */
    for (int i = 0; i < 3; i++)
        CHECK_INT(r.old_kind[i], DP__M_KEPT);
}

static void split_merge_omit_add(void)
{
    side o = {0}, n = {0};
    scene(&o, "1", 0, "INT. A - DAY", 1, 10);  /* split in two */
    scene(&o, "2", 0, "INT. B - DAY", 20, 29); /* B and C merged */
    scene(&o, "3", 0, "INT. C - DAY", 30, 33);
    scene(&o, "4", 0, "INT. D - DAY", 40, 45); /* omitted */
    scene(&n, "1", 0, "INT. A - DAY", 1, 7);
    scene(&n, "2", 0, "INT. A - LATER", 8, 10);
    scene(&n, "3", 0, "INT. B - DAY", 20, 33);
    scene(&n, "4", 0, "INT. E - DAY", 60, 70); /* added */
    result r;
    run(&o, &n, &r);
    CHECK_INT(r.new_from[0], 0);
    CHECK_INT(r.new_kind[0], DP__M_CHANGED);
    CHECK_INT(r.new_from[1], 0);
    CHECK_INT(r.new_kind[1], DP__M_SPLIT);
    CHECK_INT(r.new_from[2], 1);
    CHECK_INT(r.old_kind[2], DP__M_MERGED);
    CHECK_INT(r.old_to[2], 2);
    CHECK_INT(r.old_kind[3], DP__M_OMITTED);
    CHECK_INT(r.old_to[3], -1);
    CHECK_INT(r.new_kind[3], DP__M_NEW);
    CHECK_INT(r.new_from[3], -1);
}

static void locked_numbers_and_a_scenes(void)
{
    side o = {0}, n = {0};
    scene(&o, "12", 1, "INT. A - DAY", 1, 10);
    scene(&o, "13", 1, "INT. B - DAY", 20, 30);
    /* 12 rewritten almost entirely, but its number is locked */
    scene(&n, "12", 1, "INT. A - DAY", 10, 25);
    scene(&n, "12A", 1, "INT. NEW - DAY", 100, 110);
    scene(&n, "13", 1, "INT. B - DAY", 20, 30);
    result r;
    run(&o, &n, &r);
    CHECK_INT(r.new_from[0], 0);
    CHECK_INT(r.new_kind[1], DP__M_NEW);
    CHECK_INT(r.new_from[2], 1);
    CHECK_INT(r.new_kind[2], DP__M_SAME);
}

static void headings_without_text(void)
{
    side o = {0}, n = {0};
    scene(&o, "1", 0, "INT. A - DAY", 1, 0);
    scene(&o, "2", 0, "INT. B - DAY", 1, 0);
    scene(&n, "1", 0, "int. b - day", 1, 0);
    scene(&n, "2", 0, "INT. Z - DAY", 1, 0);
    result r;
    run(&o, &n, &r);
    CHECK_INT(r.new_from[0], 1); /* case ignored */
    CHECK_INT(r.new_kind[1], DP__M_NEW);
    CHECK_INT(r.old_kind[0], DP__M_OMITTED);
}

/* Found by fuzz/fuzz_project.c: two drafts with no text and no heading
 * in common give no candidate pair at all (qsort was handed NULL; UBSan
 * stops the ASan run of this test on it). */
static void nothing_in_common(void)
{
    side o = {0}, n = {0};
    scene(&o, "1", 0, "INT. A - DAY", 1, 10);
    scene(&n, "1", 0, "EXT. ZEBRA - NIGHT", 20, 30);
    scene(&n, "2", 0, "EXT. LAKE - NIGHT", 1, 0);
    result r;
    run(&o, &n, &r);
    CHECK_INT(r.new_kind[0], DP__M_NEW);
    CHECK_INT(r.new_kind[1], DP__M_NEW);
    CHECK_INT(r.old_kind[0], DP__M_OMITTED);
    /* and no scene at all on either side */
    side none = {0};
    run(&none, &n, &r);
    CHECK_INT(r.new_kind[0], DP__M_NEW);
    run(&o, &none, &r);
    CHECK_INT(r.old_kind[0], DP__M_OMITTED);
}

static void shingles_and_anchors(void)
{
    dp_doc *doc = NULL;
    dp_breakdown *bd = dpt_breakdown("INT. A - DAY\n\nThe cat sat on the mat.\n\n"
                                     "INT. B - DAY\n\nThe  CAT sat\non the mat.\n\n"
                                     "INT. C - DAY\n\nA dog barks at the cat.\n",
                                     &doc);
    if (!bd)
        return;
    dp__arena a;
    dp__arena_init(&a, 1 << 20);
    uint64_t *s0 = NULL, *s1 = NULL;
    size_t n0 = 0, n1 = 0;
    CHECK_INT(dp__scene_shingles(&a, bd, 0, &s0, &n0), DP_OK);
    CHECK_INT(dp__scene_shingles(&a, bd, 1, &s1, &n1), DP_OK);
    CHECK_INT(n0, 5); /* the cat, cat sat, sat on, on the, the mat */
    CHECK_INT(n1, n0);
    CHECK(n0 == n1 && memcmp(s0, s1, n0 * sizeof *s0) == 0);
    CHECK(dp__scene_text_hash(bd, 0) == dp__scene_text_hash(bd, 1));
    CHECK(dp__scene_text_hash(bd, 0) != dp__scene_text_hash(bd, 2));
    /* "cat" with its context is found in scene A; without a match of
     * context, the place with the longest one wins */
    dp__anchor an = {"cat", "A dog barks at the ", "."};
    dp__anchor_hit h;
    CHECK(dp__anchor_find(bd, 0, 3, &an, &h));
    CHECK_INT(h.scene, 2);
    CHECK_INT(h.count, 2); /* exact case: A and C; B has CAT */
    CHECK(h.score >= 20);
    dp__anchor word = {"at", NULL, NULL}; /* not inside "sat", "mat" */
    CHECK(dp__anchor_find(bd, 0, 3, &word, &h));
    CHECK_INT(h.scene, 2);
    dp__anchor none = {"zebra", NULL, NULL};
    CHECK(!dp__anchor_find(bd, 0, 3, &none, &h));
    size_t b = 0, e = 0;
    dp__anchor_context("0123456789012345678901234567890123456789 x 0123456789012345678901234567890123456789",
                       41, 42, &b, &e);
    CHECK_INT(b, 41 - DP__CONTEXT);
    CHECK_INT(e, 42 + DP__CONTEXT);
    dp__arena_release(&a);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_match_scenes(void)
{
    dpt_run("match: same scenes, reordered, a heading changed", same_and_reordered);
    dpt_run("match: split, merged, omitted and added scenes", split_merge_omit_add);
    dpt_run("match: locked numbers pair rewritten scenes; A-scenes are new", locked_numbers_and_a_scenes);
    dpt_run("match: scenes with a heading only pair by heading", headings_without_text);
    dpt_run("match: drafts with nothing in common (fuzz)", nothing_in_common);
    dpt_run("match_text: shingles, text hash, anchors and their context", shingles_and_anchors);
}
