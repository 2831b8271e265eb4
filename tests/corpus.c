/* Tests on the shared corpus (../shared/data/scripts, or $DP_SHARED/data/
 * scripts): the scene counts the issues ask for, and every Fountain file
 * read without a crash. Skipped, with a message, when it is absent. */
#define _XOPEN_SOURCE 700
#include "harness.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>

static const char *root;

static dp_breakdown *load(const char *rel, dp_doc **doc)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    size_t len;
    char *src = dpt_read_file(path, &len);
    *doc = NULL;
    if (!src) {
        dpt_fail(__FILE__, __LINE__, "%s: cannot read", path);
        return NULL;
    }
    dp_error err = {0};
    dp_breakdown *bd = NULL;
    if (dp_doc_parse(src, len, NULL, doc, &err) != DP_OK ||
        dp_breakdown_new(*doc, NULL, &bd, &err) != DP_OK)
        dpt_fail(__FILE__, __LINE__, "%s: %s", rel, err.msg);
    free(src);
    return bd;
}

static void expect_scenes(const char *rel, size_t want)
{
    dp_doc *doc;
    dp_breakdown *bd = load(rel, &doc);
    if (bd && dp_breakdown_scene_count(bd) != want)
        dpt_fail(__FILE__, __LINE__, "%s: %zu scenes, expected %zu", rel,
                 dp_breakdown_scene_count(bd), want);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void scene_counts(void)
{
    expect_scenes("nyousefi-Fountain/FountainTests/SceneHeaders.fountain", 16);
    expect_scenes("vilcans-screenplain/examples/Big-Fish.fountain", 190);
    expect_scenes("nyousefi-Fountain/FountainTests/Big Fish.fountain", 190);
    expect_scenes("piersdeseilligny-betterfountain/src/test/scripts/big_fish_crlf.fountain", 190);
    expect_scenes("rsdoiel-scripttool/testdata/sample-07.fountain", 209);
    expect_scenes("alexc-hollywood-screenplay-parser/examples/test.fountain", 29);
    expect_scenes("vilcans-screenplain/examples/Brick-and-Steel.fountain", 8);
    expect_scenes("vilcans-screenplain/examples/The-Last-Birthday-Card.fountain", 48);
    expect_scenes("synthetic-fr/fr-standard.fountain", 9);
    expect_scenes("synthetic-fr/fr-french-headings.fountain", 10);
}

static void bom_heading(void)
{
    dp_doc *doc;
    dp_breakdown *bd = load("vilcans-screenplain/tests/files/utf-8-bom.fountain", &doc);
    CHECK(bd && dp_breakdown_scene_count(bd) == 1);
    if (bd && dp_breakdown_scene_count(bd) == 1) {
        CHECK_STR(dp_breakdown_scene(bd, 0)->heading, "EXT. SOMEWHERE - DAY");
        CHECK_INT(dp_breakdown_scene(bd, 0)->line, 1);
    }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void french_headings(void)
{
    /* synthetic-fr/fr-french-headings.expected.json, "french_aware" */
    static const struct {
        const char *number;
        dp_int_ext ie;
        const char *set;
        dp_time time;
        const char *time_text;
    } want[] = {
        {"1", DP_IE_INT, "CUISINE", DP_TIME_DAY, "JOUR"},
        {"2", DP_IE_EXT, "RUE DE LA PAIX", DP_TIME_NIGHT, "NUIT"},
        {"3", DP_IE_EXT, "CIMETIÈRE", DP_TIME_DAY, "JOUR"},
        {"4", DP_IE_INT, "CHAMBRE DE JULIE", DP_TIME_EVENING, "SOIR"},
        {"5", DP_IE_INT, "COULOIR DE L'HÔPITAL", DP_TIME_NIGHT, "NUIT"},
        {"6", DP_IE_INT, "BAR EN SOUS-SOL", DP_TIME_EVENING, "SOIR"},
        {"7A", DP_IE_EXT, "JARDIN", DP_TIME_DAWN, "AUBE"},
        {"8", DP_IE_INT, "CUISINE", DP_TIME_MORNING, "MATIN"},
        {"9", DP_IE_INT, "SALON", DP_TIME_LATER, "PLUS TARD"},
        {"10", DP_IE_EXT, "ROUTE DE CAMPAGNE", DP_TIME_NIGHT, "NUIT AMÉRICAINE"},
    };
    dp_doc *doc;
    dp_breakdown *bd = load("synthetic-fr/fr-french-headings.fountain", &doc);
    if (!bd)
        return;
    CHECK_INT(dp_breakdown_scene_count(bd), 10);
    for (size_t i = 0; i < 10 && i < dp_breakdown_scene_count(bd); i++) {
        const dp_scene *s = dp_breakdown_scene(bd, i);
        CHECK_STR(s->number, want[i].number);
        CHECK_INT(s->int_ext, want[i].ie);
        CHECK_STR(s->set, want[i].set);
        CHECK_INT(s->time, want[i].time);
        CHECK_STR(s->time_text, want[i].time_text);
    }
    CHECK(dp_breakdown_scene(bd, 9)->flags & DP_SCF_DAY_FOR_NIGHT);
    CHECK_STR(dp_breakdown_language(bd), "fr");
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void french_standard_speakers(void)
{
    /* synthetic-fr/fr-standard.expected.json: speaking characters per scene */
    static const char *want[9][4] = {
        {"HÉLÈNE", "MARC"}, {"MARC", "Mme LEBRUN", "CHEF DE GARE"}, {0}, {0},
        {"ÉLODIE"}, {0}, {"LIVREUR"}, {0}, {0},
    };
    dp_doc *doc;
    dp_breakdown *bd = load("synthetic-fr/fr-standard.fountain", &doc);
    if (!bd || dp_breakdown_scene_count(bd) != 9)
        goto done;
    for (size_t i = 0; i < 9; i++) {
        const dp_scene *s = dp_breakdown_scene(bd, i);
        for (size_t k = 0; k < 4 && want[i][k]; k++) {
            bool found = false;
            for (size_t c = 0; c < s->cast_count; c++) {
                const dp_character *ch = dp_breakdown_character(bd, s->cast[c]);
                found |= ch->speaking && strcmp(ch->name, want[i][k]) == 0;
            }
            if (!found)
                dpt_fail(__FILE__, __LINE__, "scene %zu: %s missing", i + 1, want[i][k]);
        }
    }
    CHECK_STR(dp_breakdown_title(bd), "Le Dernier Train");
    CHECK_INT(dp_breakdown_scene(bd, 3)->int_ext, DP_IE_INT_EXT); /* EXT./INT. */
    CHECK_INT(dp_breakdown_scene(bd, 7)->int_ext, DP_IE_EXT);     /* EST. */
done:
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static int n_files, n_failed;

static int visit(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    size_t l = strlen(path);
    if (flag != FTW_F || l < 9 || strcmp(path + l - 9, ".fountain") != 0)
        return 0;
    n_files++;
    size_t len;
    char *src = dpt_read_file(path, &len);
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    dp_error err = {0};
    if (!src || dp_doc_parse(src, len, NULL, &doc, &err) != DP_OK ||
        dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK) {
        n_failed++;
        dpt_fail(__FILE__, __LINE__, "%s: %s", path, err.msg);
    }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(src);
    return 0;
}

static void every_fountain_file(void)
{
    n_files = n_failed = 0;
    nftw(root, visit, 16, FTW_PHYS);
    CHECK(n_files >= 100);
    CHECK_INT(n_failed, 0);
}

void dpt_suite_corpus(void)
{
    root = dpt_shared_scripts();
    if (!root) {
        dpt_skip("corpus", "../shared/data/scripts not found (set DP_SHARED to "
                           "the shared folder to run these tests)");
        return;
    }
    dpt_run("corpus: scene counts (16, 190, 209, 29, ...)", scene_counts);
    dpt_run("corpus: UTF-8 BOM file keeps its heading", bom_heading);
    dpt_run("corpus: French headings, 10 scenes", french_headings);
    dpt_run("corpus: French script, speakers per scene", french_standard_speakers);
    dpt_run("corpus: every .fountain file reads", every_fountain_file);
}
