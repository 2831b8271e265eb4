/* Edits applied while a breakdown is built (the effective breakdown). */
#include "edits.h"
#include "../harness.h"

#include <stdlib.h>

static const char script[] = "INT. KITCHEN - DAY\n\n"
                             "MARY picks up a knife and a red apple.\n\n"
                             "MARY\nHello.\n\n"
                             "EXT. GARDEN - NIGHT\n\n"
                             "JOHN drinks a beer. MARY watches him.\n";

static const dp_item *item_in(const dp_breakdown *bd, long s, uint16_t cat, const char *name)
{
    size_t n = s >= 0 ? dp_breakdown_scene(bd, (size_t)s)->item_count : dp_breakdown_item_count(bd);
    for (size_t k = 0; k < n; k++) {
        const dp_item *it =
            dp_breakdown_item(bd, s >= 0 ? dp_breakdown_scene(bd, (size_t)s)->items[k] : k);
        if (it->category == cat && !strcmp(it->name, name))
            return it;
    }
    return NULL;
}

static int sink_count(void *ctx, const void *data, size_t len)
{
    (void)data;
    *(size_t *)ctx += len;
    return 0;
}

static void every_kind(void)
{
    dp_doc *doc = NULL;
    dp_breakdown *auto_bd = dpt_breakdown(script, &doc);
    if (!auto_bd)
        return;
    CHECK(item_in(auto_bd, 0, 104, "knife") != NULL);
    CHECK(item_in(auto_bd, 1, 104, "beer") != NULL);
    /* "apple" in the first action element (index 1) */
    const dp_element *act = dp_doc_element(doc, 1);
    const char *apple = strstr(act->plain, "apple");
    CHECK(apple != NULL);
    uint32_t at = apple ? (uint32_t)(apple - act->plain) : 0;
    dp__fix fix[] = {
        {DP_EDIT_ADD, 0, 104, "umbrella", NULL, 1, at, at + 5, 0, NULL, NULL, NULL},
        {DP_EDIT_ADD, 1, 103, "bicycle", NULL, SIZE_MAX, 0, 0, 0, NULL, NULL, NULL},
        {DP_EDIT_REMOVE, 0, 104, "knife", NULL, SIZE_MAX, 0, 0, 0, NULL, NULL, NULL},
        {DP_EDIT_RENAME, -1, 104, "beer", NULL, SIZE_MAX, 0, 0, 0, "lager", NULL, NULL},
        {DP_EDIT_RECATEGORISE, -1, 104, "umbrella", NULL, SIZE_MAX, 0, 0, 123, NULL, NULL, NULL},
        {DP_EDIT_STORY_DAY, 1, 0, NULL, NULL, SIZE_MAX, 0, 0, 0, NULL, NULL, "7"},
        {DP_EDIT_COSTUME, 1, 0, NULL, "mary", SIZE_MAX, 0, 0, 0, NULL, NULL, "3B"},
        {DP_EDIT_HEADING, 0, 0, NULL, NULL, SIZE_MAX, 0, 0, 0, NULL, NULL, "EXT. ORCHARD - DUSK"},
    };
    dp__overlay ov = {fix, sizeof fix / sizeof fix[0]};
    dp_breakdown *bd = NULL;
    dp_error err = {0};
    CHECK_INT(dp__breakdown_build(doc, NULL, &ov, &bd, &err), DP_OK);
    if (!bd) {
        dp_breakdown_free(auto_bd);
        dp_doc_free(doc);
        return;
    }
    CHECK(item_in(bd, 0, 123, "umbrella") != NULL); /* added, then recategorised */
    CHECK(item_in(bd, 0, 104, "umbrella") == NULL);
    CHECK(item_in(bd, 1, 103, "bicycle") != NULL);
    CHECK(item_in(bd, 0, 104, "knife") == NULL);
    CHECK(item_in(bd, -1, 104, "beer") == NULL);
    CHECK(item_in(bd, 1, 104, "lager") != NULL);
    /* the added element's evidence: its words, the rule "edit" */
    int seen = 0;
    for (size_t m = 0; m < dp_breakdown_mention_count(bd); m++) {
        const dp_mention *mn = dp_breakdown_mention(bd, m);
        const dp_item *it = dp_breakdown_item(bd, mn->item);
        if (!strcmp(it->name, "umbrella")) {
            CHECK_STR(mn->rule, "edit");
            CHECK_INT(mn->length, 5);
            CHECK_INT(mn->scene, 0);
            seen++;
        }
        if (m)
            CHECK(dp_breakdown_mention(bd, m - 1)->scene <= mn->scene); /* script order */
    }
    CHECK_INT(seen, 1);
    const dp_scene *s0 = dp_breakdown_scene(bd, 0), *s1 = dp_breakdown_scene(bd, 1);
    CHECK_STR(s0->heading, "EXT. ORCHARD - DUSK");
    CHECK_STR(s0->set, "ORCHARD");
    CHECK_INT(s0->int_ext, DP_IE_EXT);
    CHECK_INT(s0->time, DP_TIME_DUSK);
    CHECK_INT(s1->story_day, 7);
    CHECK_STR(s1->story_day_reason, "set by hand");
    int mary = 0;
    for (size_t q = 0; q < s1->cast_count; q++)
        if (!strcmp(dp_breakdown_character(bd, s1->cast[q])->name, "MARY")) {
            CHECK_STR(s1->costumes[q], "3B");
            mary = 1;
        }
    CHECK(mary);
    int plot = 0;
    for (size_t c = 0; c < dp_breakdown_costume_count(bd); c++) {
        const dp_costume *co = dp_breakdown_costume(bd, c);
        if (!co->makeup && !strcmp(co->number, "3B")) {
            CHECK_STR(dp_breakdown_character(bd, co->character)->name, "MARY");
            CHECK_INT(co->scene_count, 1);
            plot = 1;
        }
    }
    CHECK(plot);
    size_t bytes = 0;
    dp_sink sink = {sink_count, &bytes};
    CHECK_INT(dp_breakdown_write_json(bd, &sink, &err), DP_OK);
    CHECK(bytes > 100);
    /* no fixes: the automatic breakdown, byte for byte */
    dp_breakdown *same = NULL;
    dp__overlay none = {NULL, 0};
    CHECK_INT(dp__breakdown_build(doc, NULL, &none, &same, &err), DP_OK);
    CHECK(same && dp_breakdown_item_count(same) == dp_breakdown_item_count(auto_bd));
    dp_breakdown_free(same);
    dp_breakdown_free(bd);
    dp_breakdown_free(auto_bd);
    dp_doc_free(doc);
}

static void characters(void)
{
    dp_doc *doc = NULL;
    dp_breakdown *bd = dpt_breakdown(script, &doc);
    if (!bd)
        return;
    int32_t mary = dp__character_find(bd, "Mary");
    CHECK(mary >= 0);
    CHECK(dp__character_find(bd, "NOBODY") < 0);
    CHECK(dp__character_find(bd, NULL) < 0);
    CHECK(dp__scene_cast_pos(bd, 0, mary) >= 0);
    CHECK(dp__scene_cast_pos(bd, 0, dp__character_find(bd, "JOHN")) < 0);
    CHECK(dp__scene_cast_pos(bd, 9, mary) < 0);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_edits_apply(void)
{
    dpt_run("edits: add, remove, rename, recategorise, story day, costume, heading", every_kind);
    dpt_run("edits: characters by name, cast positions", characters);
}
