/* The layout classifier, through plain-text exports: columns learned from
 * the script, page furniture dropped, margins read, title page kept. */
#include "../harness.h"

#include <stdio.h>
#include <stdlib.h>

static dp_doc *parse_text(const char *s)
{
    dp_doc *doc = NULL;
    dp_error err = {0};
    dp_parse_options po = {DP_FORMAT_TEXT, NULL};
    if (dp_doc_parse(s, strlen(s), &po, &doc, &err) != DP_OK)
        dpt_fail(__FILE__, __LINE__, "parse failed: %s", err.msg);
    return doc;
}

/* The usual columns (0 / 10 / 15 / 22) and the same script shifted by 7
 * columns and with narrower indents read the same. */
static const char plain[] =
    "INT. KITCHEN - DAY\n"
    "\n"
    "Anna cuts bread. BEN watches.\n"
    "\n"
    "                      ANNA\n"
    "               (quietly)\n"
    "          Eat something.\n"
    "\n"
    "                      BEN\n"
    "          Later.\n"
    "\n"
    "                                             CUT TO:\n"
    "\n"
    "EXT. GARDEN - NIGHT\n"
    "\n"
    "Rain.\n";

static const char shifted[] =
    "       INT. KITCHEN - DAY\n"
    "\n"
    "       Anna cuts bread. BEN watches.\n"
    "\n"
    "                         ANNA\n"
    "                    (quietly)\n"
    "                Eat something.\n"
    "\n"
    "                         BEN\n"
    "                Later.\n"
    "\n"
    "                                                    CUT TO:\n"
    "\n"
    "       EXT. GARDEN - NIGHT\n"
    "\n"
    "       Rain.\n";

static void check_basic(const char *s)
{
    dp_doc *doc = parse_text(s);
    if (!doc)
        return;
    CHECK_INT(dp_doc_format(doc), DP_FORMAT_TEXT);
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 2);
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 2);
    CHECK_INT(dpt_count(doc, DP_EL_PARENTHETICAL), 1);
    CHECK_INT(dpt_count(doc, DP_EL_DIALOGUE), 2);
    CHECK_INT(dpt_count(doc, DP_EL_TRANSITION), 1);
    const dp_element *cue = dpt_nth(doc, DP_EL_CHARACTER, 0);
    if (cue) {
        CHECK_STR(cue->text, "ANNA");
        CHECK_INT(cue->line, 5);
    }
    const dp_element *act = dpt_nth(doc, DP_EL_ACTION, 0);
    if (act)
        CHECK_STR(act->text, "Anna cuts bread. BEN watches.");
    dp_doc_free(doc);
}

static void columns_learned(void)
{
    check_basic(plain);
    check_basic(shifted);
}

/* Page numbers, (MORE) / NAME (CONT'D), CONTINUED:, scene numbers in both
 * margins, a revision mark, a form feed between pages. */
static const char paged[] =
    "1    INT. KITCHEN - DAY                                          1\n"
    "\n"
    "     Anna cuts bread.\n"
    "\n"
    "                           ANNA\n"
    "               I have said this before and I will\n"
    "               say it again.\n"
    "                    (MORE)\n"
    "                                                       (CONTINUED)\n"
    "\f                                                              2.\n"
    "     CONTINUED:\n"
    "\n"
    "                           ANNA (CONT'D)\n"
    "               Eat something.                                      *\n"
    "\n"
    "2    EXT. GARDEN - NIGHT                                         2\n"
    "\n"
    "     Rain.\n";

static void furniture_dropped(void)
{
    dp_doc *doc = parse_text(paged);
    if (!doc)
        return;
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 2);
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 1);
    CHECK_INT(dpt_count(doc, DP_EL_DIALOGUE), 1);
    CHECK_INT(dpt_count(doc, DP_EL_ACTION), 2);
    const dp_element *h = dpt_nth(doc, DP_EL_SCENE_HEADING, 0);
    if (h) {
        CHECK_STR(h->text, "INT. KITCHEN - DAY");
        CHECK_STR(h->scene_number, "1");
        CHECK_INT(h->page, 1);
    }
    const dp_element *d = dpt_nth(doc, DP_EL_DIALOGUE, 0);
    if (d) {
        CHECK_STR(d->text, "I have said this before and I will\nsay it again.\nEat something.");
        CHECK(d->flags & DP_ELF_REVISED);
        CHECK_INT(d->page, 1);
    }
    const dp_element *g = dpt_nth(doc, DP_EL_SCENE_HEADING, 1);
    if (g) {
        CHECK_STR(g->scene_number, "2");
        CHECK_INT(g->page, 2);
        CHECK(!(g->flags & DP_ELF_REVISED));
    }
    for (size_t i = 0; i < dp_doc_element_count(doc); i++) {
        const char *t = dp_doc_element(doc, i)->text;
        CHECK(!strstr(t, "MORE") && !strstr(t, "CONTINUED") && strcmp(t, "2.") != 0);
    }
    dp_doc_free(doc);
}

/* A title page before the first heading, and dual dialogue. */
static void title_and_dual(void)
{
    dp_doc *doc = parse_text("                      MY FILM\n"
                             "\n"
                             "                     Written by\n"
                             "                     Jo Smith\n"
                             "\n"
                             "INT. HALL - DAY\n"
                             "\n"
                             "They meet.\n"
                             "\n"
                             "             ANNA                          BEN\n"
                             "     Hello!                        Hi!\n"
                             "\n"
                             "                      ANNA\n"
                             "          Well.\n"
                             "\n"
                             "                      BEN\n"
                             "          Well.\n");
    if (!doc)
        return;
    CHECK_STR(dp_doc_title_value(doc, "Title"), "MY FILM");
    CHECK_STR(dp_doc_title_value(doc, "Credit"), "Written by");
    CHECK_STR(dp_doc_title_value(doc, "Author"), "Jo Smith");
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 4);
    const dp_element *a = dpt_nth(doc, DP_EL_CHARACTER, 0), *b = dpt_nth(doc, DP_EL_CHARACTER, 1);
    if (a && b) {
        CHECK_STR(a->text, "ANNA");
        CHECK(a->flags & DP_ELF_DUAL_LEFT);
        CHECK_STR(b->text, "BEN");
        CHECK(b->flags & DP_ELF_DUAL_RIGHT);
    }
    const dp_element *d = dpt_nth(doc, DP_EL_DIALOGUE, 1);
    if (d) {
        CHECK_STR(d->text, "Hi!");
        CHECK(d->flags & DP_ELF_DUAL_RIGHT);
    }
    dp_doc_free(doc);
}

/* Lines in capitals alone at the action column: headings when the script
 * uses them often, shots (action) when it rarely does; camera directions
 * never. */
static void sluglines(void)
{
    dp_doc *doc = parse_text("INT. HOUSE - DAY\n\nA hall.\n\n"
                             "THE KITCHEN\n\nA pot boils.\n\n"
                             "CLOSE SHOT - THE POT\n\nSteam.\n\n"
                             "                      ANNA\n          Soup.\n");
    if (doc) {
        CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 2);
        const dp_element *h = dpt_nth(doc, DP_EL_SCENE_HEADING, 1);
        if (h) {
            CHECK_STR(h->text, "THE KITCHEN");
            CHECK(h->flags & DP_ELF_FORCED);
        }
    }
    dp_doc_free(doc);
    /* one lone line for eleven INT./EXT. headings: a shot */
    char buf[4096] = "";
    for (int i = 0; i < 11; i++)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "INT. ROOM %d - DAY\n\nA room.\n\n", i);
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
             "THE DOOR\n\nIt opens.\n\n                      ANNA\n          Hi.\n");
    doc = parse_text(buf);
    if (doc)
        CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 11);
    dp_doc_free(doc);
}

/* A lone phrase in capitals ending with a full stop is a shot where one
 * must begin (after CUT TO:, or where action runs on into it); elsewhere,
 * and when it holds two sentences, it is shouted action. */
static void sluglines_with_stop(void)
{
    dp_doc *doc = parse_text("INT. HOUSE - DAY\n\nA hall.\n\n"
                             "THE KITCHEN\n\nA pot boils.\n\n"
                             "He turns and is faced with\n\n"
                             "A LAND ROVER AND A GTI.\n\nBoth bright.\n\n"
                             "                                            CUT TO:\n\n"
                             "THE PAIR, DRINKING IN THE YARD.\n\nEmpties.\n\n"
                             "Anna shouts.\n\n"
                             "NOBODY MOVES.\n\nSilence.\n\n"
                             "He waits for\n\n"
                             "THE BANG. THE FLASH.\n\nSmoke.\n\n"
                             "                      ANNA\n          Soup.\n");
    if (!doc)
        return;
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 4);
    const dp_element *a = dpt_nth(doc, DP_EL_SCENE_HEADING, 2), *b = dpt_nth(doc, DP_EL_SCENE_HEADING, 3);
    if (a && b) {
        CHECK_STR(a->text, "A LAND ROVER AND A GTI.");
        CHECK_STR(b->text, "THE PAIR, DRINKING IN THE YARD.");
    }
    dp_doc_free(doc);
}

/* A script of dialogue alone: the leftmost rows are dialogue under cues,
 * and a speech goes on after one blank line at the dialogue column. */
static void dialogue_only(void)
{
    dp_doc *doc = parse_text("                    DEALER\n"
                             "          Dealer gets a seven.\n"
                             "\n"
                             "          Hit or stand sir?\n"
                             "\n"
                             "                    GUY\n"
                             "          Stand.\n");
    if (!doc)
        return;
    CHECK_INT(dpt_count(doc, DP_EL_CHARACTER), 2);
    CHECK_INT(dpt_count(doc, DP_EL_ACTION), 0);
    const dp_element *d = dpt_nth(doc, DP_EL_DIALOGUE, 0);
    if (d)
        CHECK_STR(d->text, "Dealer gets a seven.\nHit or stand sir?");
    dp_doc_free(doc);
}

/* Detection: a .txt laid out in columns is text; Fountain stays Fountain. */
static void sniffing(void)
{
    dp_doc *doc = NULL;
    dp_error err = {0};
    dp_parse_options txt = {DP_FORMAT_AUTO, "script.txt"};
    CHECK_INT(dp_doc_parse(plain, strlen(plain), &txt, &doc, &err), DP_OK);
    CHECK_INT(dp_doc_format(doc), DP_FORMAT_TEXT);
    dp_doc_free(doc);
    dp_parse_options fountain = {DP_FORMAT_AUTO, "script.fountain"};
    CHECK_INT(dp_doc_parse(plain, strlen(plain), &fountain, &doc, &err), DP_OK);
    CHECK_INT(dp_doc_format(doc), DP_FORMAT_FOUNTAIN);
    dp_doc_free(doc);
    const char *f = "INT. A - DAY\n\nANNA\nHi.\n\nBEN\nHo.\n";
    CHECK_INT(dp_doc_parse(f, strlen(f), &txt, &doc, &err), DP_OK);
    CHECK_INT(dp_doc_format(doc), DP_FORMAT_FOUNTAIN);
    dp_doc_free(doc);
}

/* The corpus text files: their expected scenes and speakers. */
static void corpus_texts(void)
{
    const char *root = dpt_shared_scripts();
    char path[4096];
    snprintf(path, sizeof path, "%s/synthetic-fr/fr-plain-export.txt", root);
    size_t len;
    char *src = dpt_read_file(path, &len);
    dp_doc *doc;
    dp_breakdown *bd;
    dp_error err = {0};
    dp_parse_options po = {DP_FORMAT_AUTO, path};
    CHECK(src != NULL);
    if (src && dp_doc_parse(src, len, &po, &doc, &err) == DP_OK) {
        /* fr-plain-export.expected.json */
        static const char *const want[3][3] = {
            {"INT. CUISINE DE L'APPARTEMENT - JOUR", "HÉLÈNE", "MARC"},
            {"EXT. QUAI DE LA GARE - NUIT", "MARC", "MME LEBRUN"},
            {"INT. CHAMBRE D'ÉLODIE - SOIR", "ÉLODIE", NULL},
        };
        CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
        CHECK_INT(dp_breakdown_scene_count(bd), 3);
        for (size_t i = 0; i < 3 && i < dp_breakdown_scene_count(bd); i++) {
            const dp_scene *s = dp_breakdown_scene(bd, i);
            CHECK_STR(s->heading, want[i][0]);
            char number[8];
            snprintf(number, sizeof number, "%zu", i + 1);
            CHECK_STR(s->number, number);
            for (size_t k = 1; k < 3 && want[i][k]; k++) {
                bool found = false;
                for (size_t c = 0; c < s->cast_count; c++)
                    found |= !strcmp(dp_breakdown_character(bd, s->cast[c])->name, want[i][k]);
                if (!found)
                    dpt_fail(__FILE__, __LINE__, "scene %zu: %s missing", i + 1, want[i][k]);
            }
        }
        CHECK_STR(dp_breakdown_title(bd), "LE DERNIER TRAIN");
        CHECK_INT(dpt_count(doc, DP_EL_TRANSITION), 3);
        dp_breakdown_free(bd);
        dp_doc_free(doc);
    }
    free(src);
    /* trelby's export: the 13 scenes of its test.trelby, 7 speakers */
    snprintf(path, sizeof path, "%s/trelby-trelby/tests/fixtures/test.txt", root);
    src = dpt_read_file(path, &len);
    CHECK(src != NULL);
    if (src && dp_doc_parse(src, len, &po, &doc, &err) == DP_OK) {
        CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
        CHECK_INT(dp_breakdown_scene_count(bd), 13);
        CHECK_INT(dp_breakdown_character_count(bd), 7);
        if (dp_breakdown_scene_count(bd) == 13)
            CHECK_STR(dp_breakdown_scene(bd, 8)->heading, "MAP OF THE ATLANTIC OCEAN");
        dp_breakdown_free(bd);
        dp_doc_free(doc);
    }
    free(src);
}

void dpt_suite_layout(void)
{
    dpt_run("layout: columns learned from the script, wherever they are", columns_learned);
    dpt_run("layout: page numbers, MORE/CONT'D, CONTINUED, margins dropped", furniture_dropped);
    dpt_run("layout: title page and dual dialogue", title_and_dual);
    dpt_run("layout: lone capitals lines, headings or shots", sluglines);
    dpt_run("layout: a capitals phrase with a full stop after a lead-in", sluglines_with_stop);
    dpt_run("layout: a script of dialogue alone", dialogue_only);
    dpt_run("layout: .txt in columns is text, Fountain stays Fountain", sniffing);
    if (dpt_shared_scripts())
        dpt_run("layout: corpus text exports (fr-plain-export, trelby)", corpus_texts);
    else
        dpt_skip("layout: corpus text exports", "../shared/data/scripts not found");
}
