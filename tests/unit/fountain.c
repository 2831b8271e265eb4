/* Unit tests: src/fountain.c (classification and title page). */
#include "../harness.h"

static void headings_spec_cases(void)
{
    /* the reference parser's own test file: 16 headings */
    dp_doc *doc = dpt_parse(
        "INT. HOUSE - DAY\n\nEXT. HOUSE - DAY\n\nINT HOUSE DAY\n\nEXT HOUSE DAY\n\n"
        "INT/EXT. HOUSE - DAY\n\nINT./EXT. HOUSE - DAY\n\nI/E. HOUSE - DAY\n\n"
        "I./E. HOUSE - DAY\n\nI/E HOUSE DAY\n\nINT - HOUSE - DAY\n\nEXT - HOUSE - DAY\n\n"
        "EST. HOUSE - DAY\n\nEST HOUSE DAY\n\nINT. HOUSE - DAY (1979)\n\n.KITCHEN\n\n"
        "... not a scene header.\n\nINT. HOUSE - DAY\nEXT. HOUSE - DAY\n\nESTABLISHING\n\n"
        "int. house - day");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 16);
    CHECK_STR(dpt_nth(doc, DP_EL_SCENE_HEADING, 14)->text, "KITCHEN");
    CHECK(dpt_nth(doc, DP_EL_SCENE_HEADING, 14)->flags & DP_ELF_FORCED);
    CHECK_STR(dpt_nth(doc, DP_EL_SCENE_HEADING, 15)->text, "int. house - day");
    /* the two glued heading lines are not a cue either */
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 0);
    dp_doc_free(doc);
}

static void heading_scene_numbers(void)
{
    const char *nums[] = {"1", "1A", "1a", "A1", "I-1-A", "1.", "110A"};
    dp_doc *doc = dpt_parse("INT. HOUSE - DAY #1#\n\nINT. HOUSE - DAY #1A#\n\n"
                            "INT. HOUSE - DAY #1a#\n\nINT. HOUSE - DAY #A1#\n\n"
                            "INT. HOUSE - DAY #I-1-A#\n\nINT. HOUSE - DAY #1.#\n\n"
                            "INT. HOUSE - DAY - FLASHBACK (1944) #110A#\n\n"
                            "INT. ROOM #5 - DAY\n");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 8);
    for (size_t i = 0; i < 7; i++) {
        const dp_element *h = dpt_nth(doc, DP_EL_SCENE_HEADING, i);
        CHECK_STR(h->scene_number, nums[i]);
        CHECK(strstr(h->text, "#") == NULL);
    }
    CHECK(dpt_nth(doc, DP_EL_SCENE_HEADING, 7)->scene_number == NULL);
    CHECK_STR(dpt_nth(doc, DP_EL_SCENE_HEADING, 7)->text, "INT. ROOM #5 - DAY");
    dp_doc_free(doc);
}

static void heading_near_misses(void)
{
    dp_doc *doc = dpt_parse("EXT/INT. SWAMP SHACK - DAY\n\nText.\n\n"
                            "INT. HOUSE - DAY\nJohn enters.\n");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 0);
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 0);
    CHECK_INT(dp_doc_warning_count(doc), 2);
    CHECK(strstr(dp_doc_warning(doc, 0)->message, "prefix") != NULL);
    CHECK_INT(dp_doc_warning(doc, 1)->line, 5);
    dp_doc_free(doc);
}

static void french_headings(void)
{
    dp_doc *doc = dpt_parse("1. INT. CUISINE - JOUR\n\nA.\n\nSÉQ. 2 - EXT. RUE - NUIT\n\nB.\n\n"
                            "3 - CIMETIÈRE. EXT. JOUR.\n\nC.\n\nINTÉRIEUR NUIT - COULOIR\n\nD.\n\n"
                            "6 / BAR, INT. SOIR\n\nE.\n\n12 heures plus tard, tout change.\n\n"
                            "Le salon est vide.\n");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 5);
    CHECK(dpt_nth(doc, DP_EL_SCENE_HEADING, 0)->flags & DP_ELF_HEADING_FR);
    CHECK_INT(dpt_count(doc, DP_EL_ACTION), 7);
    dp_doc_free(doc);
}

static void action_forced_multiline_indented(void)
{
    dp_doc *doc = dpt_parse("!SCANNING THE AISLES...\nWhere is that pit boss?\n\n"
                            "Line one\n    indented two\n  \nafter a spacer\n");
    CHECK_INT(dpt_count(doc, DP_EL_ACTION), 2);
    const dp_element *a = dpt_nth(doc, DP_EL_ACTION, 0);
    CHECK_STR(a->text, "SCANNING THE AISLES...\nWhere is that pit boss?");
    CHECK(a->flags & DP_ELF_FORCED);
    CHECK_INT(a->line, 1);
    CHECK_INT(a->line_end, 2);
    CHECK_STR(dpt_nth(doc, DP_EL_ACTION, 1)->text,
              "Line one\n    indented two\n\nafter a spacer");
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 0);
    dp_doc_free(doc);
}

static void cues_and_extensions(void)
{
    dp_doc *doc = dpt_parse("ADAM\nI like to write.\n\nEVE (O.S.)\nWhat kind?\n\n"
                            "HÉLÈNE (SUITE)\nOui.\n\n@McCLANE\nYippee.\n\nR2D2\nBleep.\n\n"
                            "23 (O.S.)\nNot a cue.\n\nHANS (on the radio)\nHello.\n\n"
                            "LONELY CAPS\n\nCUT TO:\nnot a cue\n");
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 6);
    CHECK_STR(dpt_nth(doc, DP_EL_CHARACTER, 2)->text, "HÉLÈNE (SUITE)");
    CHECK_STR(dpt_nth(doc, DP_EL_CHARACTER, 3)->text, "McCLANE");
    CHECK(dpt_nth(doc, DP_EL_CHARACTER, 3)->flags & DP_ELF_FORCED);
    CHECK_STR(dpt_nth(doc, DP_EL_CHARACTER, 5)->text, "HANS (on the radio)");
    CHECK_STR(dpt_nth(doc, DP_EL_DIALOGUE, 0)->text, "I like to write.");
    /* "23 (O.S.)", "LONELY CAPS" (blank after) and "CUT TO:" are action */
    CHECK_INT(dpt_count(doc, DP_EL_ACTION), 3);
    dp_doc_free(doc);
}

static void dialogue_blocks(void)
{
    dp_doc *doc = dpt_parse("STEEL\n(beer raised)\nTo retirement.\n(beat)\nAnd beyond.\n\n"
                            "BRICK\n(looking up at\nthe sky)\nLine one\n  \nafter spacer\n\n"
                            "SINGER\n~These are the songs\n~That I sing.\n");
    CHECK_INT(dpt_count(doc, DP_EL_PARENTHETICAL), 3);
    CHECK_STR(dpt_nth(doc, DP_EL_PARENTHETICAL, 2)->text, "(looking up at\nthe sky)");
    CHECK_INT(dpt_count(doc, DP_EL_DIALOGUE), 3);
    CHECK_STR(dpt_nth(doc, DP_EL_DIALOGUE, 2)->text, "Line one\n\nafter spacer");
    const dp_element *ly = dpt_nth(doc, DP_EL_LYRIC, 0);
    CHECK(ly != NULL);
    if (ly) {
        CHECK_STR(ly->text, "These are the songs\nThat I sing.");
        CHECK(ly->flags & DP_ELF_IN_DIALOGUE);
    }
    dp_doc_free(doc);
}

static void dual_dialogue(void)
{
    dp_doc *doc = dpt_parse("BRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n\n"
                            "ALONE ^\nNo partner.\n");
    const dp_element *b = dpt_nth(doc, DP_EL_CHARACTER, 0);
    const dp_element *s = dpt_nth(doc, DP_EL_CHARACTER, 1);
    CHECK(b->flags & DP_ELF_DUAL_LEFT);
    CHECK(dpt_nth(doc, DP_EL_DIALOGUE, 0)->flags & DP_ELF_DUAL_LEFT);
    CHECK(s->flags & DP_ELF_DUAL_RIGHT);
    CHECK_STR(s->text, "STEEL");
    CHECK(dpt_nth(doc, DP_EL_DIALOGUE, 1)->flags & DP_ELF_DUAL_RIGHT);
    /* a third '^' has no free left column: no chain, a warning */
    CHECK_INT(dpt_nth(doc, DP_EL_CHARACTER, 2)->flags & DP_ELF_DUAL_RIGHT, 0);
    CHECK_INT(s->flags & DP_ELF_DUAL_LEFT, 0);
    CHECK_INT(dp_doc_warning_count(doc), 1);
    dp_doc_free(doc);
}

static void transitions_and_centered(void)
{
    dp_doc *doc = dpt_parse("FADE IN:\n\nText.\n\nCUT TO:\n\nText.\n\n> Burn to White.\n\n"
                            "FADE OUT.\n\nFONDU ENCHAÎNÉ\xC2\xA0:\n\nCOUPE À :\n\n>THE END<\n\n"
                            "> FIN <\n\nSMASH CUT TO:\n\nText.\n");
    CHECK_INT(dpt_count(doc, DP_EL_TRANSITION), 6);
    CHECK_STR(dpt_nth(doc, DP_EL_TRANSITION, 1)->text, "Burn to White.");
    CHECK(dpt_nth(doc, DP_EL_TRANSITION, 1)->flags & DP_ELF_FORCED);
    CHECK_STR(dpt_nth(doc, DP_EL_ACTION, 0)->text, "FADE IN:");
    CHECK_INT(dpt_count(doc, DP_EL_CENTERED), 2);
    CHECK_STR(dpt_nth(doc, DP_EL_CENTERED, 0)->text, "THE END");
    dp_doc_free(doc);
}

static void sections_synopses_page_breaks(void)
{
    dp_doc *doc = dpt_parse("# ACT ONE\n\n## Sequence\n\n= Hélène waits.\n\n===\n\n====\n\n"
                            "== not a synopsis\n");
    CHECK_INT(dpt_count(doc, DP_EL_SECTION), 2);
    CHECK_STR(dpt_nth(doc, DP_EL_SECTION, 0)->text, "ACT ONE");
    CHECK_INT(dpt_nth(doc, DP_EL_SECTION, 1)->depth, 2);
    CHECK_STR(dpt_nth(doc, DP_EL_SYNOPSIS, 0)->text, "Hélène waits.");
    CHECK_INT(dpt_count(doc, DP_EL_PAGE_BREAK), 2);
    CHECK_INT(dpt_count(doc, DP_EL_ACTION), 1);
    dp_doc_free(doc);
}

static void title_page(void)
{
    dp_doc *doc = dpt_parse("Title:\n\t_**BRICK & STEEL**_\n\t_**FULL RETIRED**_\n"
                            "Credit: Written by\nDraft date: 1/27/2012\nContact:\n"
                            "    Next Level Productions\n    1588 Mission Dr.\n"
                            "Custom Key: kept\n\nINT. HOUSE - DAY\n\nText.\n");
    CHECK_INT(dp_doc_title_count(doc), 5);
    CHECK_STR(dp_doc_title_value(doc, "title"), "BRICK & STEEL\nFULL RETIRED");
    CHECK_STR(dp_doc_title_value(doc, "Draft Date"), "1/27/2012");
    CHECK_STR(dp_doc_title_value(doc, "contact"), "Next Level Productions\n1588 Mission Dr.");
    CHECK_STR(dp_doc_title_value(doc, "custom key"), "kept");
    CHECK_INT(dp_doc_title(doc, 4)->line, 9);
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 1);
    dp_doc_free(doc);
    /* "FADE IN:" at the top is not a title page */
    doc = dpt_parse("FADE IN:\n\nINT. HOUSE - DAY\n\nText.\n");
    CHECK_INT(dp_doc_title_count(doc), 0);
    CHECK_INT(dpt_count(doc, DP_EL_ACTION), 2);
    dp_doc_free(doc);
    doc = dpt_parse("Titre : Le Dernier Train\nAuteur : Moi\n\nINT. GARE - NUIT\n\nTexte.\n");
    CHECK_STR(dp_doc_title_value(doc, "titre"), "Le Dernier Train");
    dp_doc_free(doc);
}

static void positions(void)
{
    const char *s = "INT. A - DAY\n\nWalks in.\nSits.\n\nBOB\nHi.\n";
    dp_doc *doc = dpt_parse(s);
    const dp_element *a = dpt_nth(doc, DP_EL_ACTION, 0);
    CHECK_INT(a->line, 3);
    CHECK_INT(a->line_end, 4);
    CHECK_INT(a->offset, 14);
    CHECK_INT(a->length, strlen("Walks in.\nSits."));
    CHECK_INT(a->blank_before, 1);
    const dp_element *d = dpt_nth(doc, DP_EL_DIALOGUE, 0);
    CHECK_INT(d->offset, (size_t)(strstr(s, "Hi.") - s));
    dp_doc_free(doc);
}

static void emphasis_in_plain(void)
{
    dp_doc *doc = dpt_parse("**INT. HOUSE - DAY**\n\nHe is *very* _angry_.\n");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 1);
    const dp_element *a = dpt_nth(doc, DP_EL_ACTION, 0);
    CHECK_STR(a->text, "He is *very* _angry_.");
    CHECK_STR(a->plain, "He is very angry.");
    dp_doc_free(doc);
}

void dpt_suite_fountain(void)
{
    dpt_run("fountain: the 16 headings of the reference test", headings_spec_cases);
    dpt_run("fountain: scene numbers", heading_scene_numbers);
    dpt_run("fountain: heading near misses warn", heading_near_misses);
    dpt_run("fountain: French heading forms", french_headings);
    dpt_run("fountain: action forced, multi-line, indented", action_forced_multiline_indented);
    dpt_run("fountain: cues and extensions", cues_and_extensions);
    dpt_run("fountain: dialogue blocks", dialogue_blocks);
    dpt_run("fountain: dual dialogue", dual_dialogue);
    dpt_run("fountain: transitions and centered text", transitions_and_centered);
    dpt_run("fountain: sections, synopses, page breaks", sections_synopses_page_breaks);
    dpt_run("fountain: title page", title_page);
    dpt_run("fountain: source positions", positions);
    dpt_run("fountain: emphasis stripped in plain", emphasis_in_plain);
}
