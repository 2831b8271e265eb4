/* Unit tests: src/fountain_prep.c (boneyard and notes). */
#include "../harness.h"

static void boneyard_inline_and_multiline(void)
{
    dp_doc *doc = dpt_parse("This is an /* internal */ boneyard.\n\n"
                            "/*\nINT. CUT - DAY\n\nGone.\n*/\n\n"
                            "Kept.\n");
    CHECK_INT(dpt_count(doc, DP_EL_ACTION), 2);
    CHECK_STR(dpt_nth(doc, DP_EL_ACTION, 0)->text, "This is an  boneyard.");
    CHECK_STR(dpt_nth(doc, DP_EL_ACTION, 1)->text, "Kept.");
    CHECK_INT(dpt_nth(doc, DP_EL_ACTION, 1)->line, 9);
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 0);
    dp_doc_free(doc);
}

static void boneyard_nested(void)
{
    dp_doc *doc = dpt_parse("A /* one /* two */ still hidden */ B\n");
    CHECK_STR(dpt_nth(doc, DP_EL_ACTION, 0)->text, "A  B");
    dp_doc_free(doc);
}

static void boneyard_unclosed_is_text(void)
{
    dp_doc *doc = dpt_parse("Cost: 3/*4 of it.\n\nINT. HOUSE - DAY\n\nEnd.\n");
    CHECK_STR(dpt_nth(doc, DP_EL_ACTION, 0)->text, "Cost: 3/*4 of it.");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 1);
    CHECK_INT(dp_doc_warning_count(doc), 1);
    dp_doc_free(doc);
}

static void boneyard_reads_as_blank(void)
{
    /* a boneyard between a transition and a heading separates them */
    dp_doc *doc = dpt_parse("Text.\n\nCUT TO:\n/*\nold scene\n*/\nEXT. NEW - DAY\n\nGo.\n");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 1);
    CHECK_INT(dpt_count(doc, DP_EL_TRANSITION), 1);
    dp_doc_free(doc);
}

static void notes_inline_multiline_glued(void)
{
    dp_doc *doc = dpt_parse("EXT. MAST FARM - NIGHT[[Near Plattsmouth.\n\nRivers nearby]]\n\n"
                            "Wheat [[inline]] fields.\n\n[[Alone\n  on two lines.]]\n\nEnd.\n");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 1);
    CHECK_STR(dpt_nth(doc, DP_EL_SCENE_HEADING, 0)->text, "EXT. MAST FARM - NIGHT");
    CHECK_INT(dpt_count(doc, DP_EL_NOTE), 3);
    CHECK_STR(dpt_nth(doc, DP_EL_NOTE, 0)->text, "Near Plattsmouth.\n\nRivers nearby");
    CHECK_INT(dpt_nth(doc, DP_EL_NOTE, 0)->line, 1);
    CHECK_INT(dpt_nth(doc, DP_EL_NOTE, 0)->line_end, 3);
    CHECK_STR(dpt_nth(doc, DP_EL_ACTION, 0)->text, "Wheat  fields.");
    CHECK_STR(dpt_nth(doc, DP_EL_NOTE, 1)->text, "inline");
    CHECK_STR(dpt_nth(doc, DP_EL_NOTE, 2)->text, "Alone\n  on two lines.");
    /* element order: heading, its note, action, its note, note, action */
    CHECK_INT(dp_doc_element(doc, 1)->type, DP_EL_NOTE);
    CHECK_INT(dp_doc_element(doc, 3)->type, DP_EL_NOTE);
    dp_doc_free(doc);
}

static void notes_unclosed_and_no_nesting(void)
{
    dp_doc *doc = dpt_parse("Array [[0] and [[real note]] here.\n");
    CHECK_STR(dpt_nth(doc, DP_EL_ACTION, 0)->text, "Array [[0] and  here.");
    CHECK_STR(dpt_nth(doc, DP_EL_NOTE, 0)->text, "real note");
    CHECK_INT(dp_doc_warning_count(doc), 1);
    dp_doc_free(doc);
}

static void note_line_is_removed(void)
{
    /* a line holding only a note does not break the dialogue */
    dp_doc *doc = dpt_parse("BOB\n[[check this]]\nHello.\n");
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 1);
    CHECK_STR(dpt_nth(doc, DP_EL_DIALOGUE, 0)->text, "Hello.");
    dp_doc_free(doc);
}

void dpt_suite_fountain_prep(void)
{
    dpt_run("boneyard: inline and multi-line", boneyard_inline_and_multiline);
    dpt_run("boneyard: nested", boneyard_nested);
    dpt_run("boneyard: unclosed is text, with a warning", boneyard_unclosed_is_text);
    dpt_run("boneyard: reads as a blank line", boneyard_reads_as_blank);
    dpt_run("notes: inline, multi-line, glued to a heading", notes_inline_multiline_glued);
    dpt_run("notes: unclosed, not nested", notes_unclosed_and_no_nesting);
    dpt_run("notes: a note-only line is removed", note_line_is_removed);
}
