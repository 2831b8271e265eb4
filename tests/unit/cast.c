/* Unit tests: src/cast.c. */
#include "../harness.h"
#include "breakdown.h"

#include <stdio.h>

static const char *cue_name(const char *s)
{
    static char out[256];
    dp__buf b;
    dp__buf_init(&b, 1024);
    dp__cue_name(s, strlen(s), &b);
    snprintf(out, sizeof out, "%s", b.data ? b.data : "");
    dp__buf_release(&b);
    return out;
}

static void cue_identity(void)
{
    CHECK_STR(cue_name("EVE (O.S.)"), "EVE");
    CHECK_STR(cue_name("EVE (cont'd)"), "EVE");
    CHECK_STR(cue_name("MOM (O. S.) (CONT’D)"), "MOM");
    CHECK_STR(cue_name("STEEL ^"), "STEEL");
    CHECK_STR(cue_name("  DR.   BENNETT  "), "DR. BENNETT");
    CHECK_STR(cue_name("HÉLÈNE (SUITE)"), "HÉLÈNE");
    CHECK_STR(cue_name("MARC CONT'D"), "MARC");
    dp__buf b;
    dp__buf_init(&b, 1024);
    dp__name_key("Mme O’Brien", strlen("Mme O’Brien"), &b);
    CHECK_STR(b.data, "MME O'BRIEN");
    dp__buf_release(&b);
}

/* Names in the cast of scene i, joined by ','. */
static const char *scene_cast(const dp_breakdown *bd, size_t i)
{
    static char out[1024];
    out[0] = '\0';
    const dp_scene *sc = dp_breakdown_scene(bd, i);
    for (size_t c = 0; sc && c < sc->cast_count; c++) {
        if (c)
            strncat(out, ",", sizeof out - strlen(out) - 1);
        strncat(out, dp_breakdown_character(bd, sc->cast[c])->name, sizeof out - strlen(out) - 1);
    }
    return out;
}

static void speakers_and_mentions(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(
        "INT. A - DAY\n\nBRICK BRADDOCK, retired police detective, sits. DICK STEEL, his "
        "partner, brings two cold BEERS.\n\nSTEEL\nBeer's ready!\n\nBRICK\nCold?\n\n"
        "EXT. B - DAY\n\nThe phone RINGS, and BRICK's dog barks. We PULL BACK, revealing "
        "the yard.\n\nINT. C - NIGHT\n\nA WAITRESS (60s) pours coffee. BRICK and STEEL "
        "look at her.\n\nBRICK AND STEEL\nThanks.\n\nINT. D - NIGHT\n\nThe ATTENDANT, who "
        "is bored, yawns.\n",
        &doc);
    CHECK_INT(dp_breakdown_scene_count(bd), 4);
    CHECK_STR(scene_cast(bd, 0), "BRICK,STEEL");
    CHECK_STR(scene_cast(bd, 1), ""); /* a possessive and a sound are no one */
    CHECK_STR(scene_cast(bd, 2), "BRICK,STEEL,WAITRESS");
    CHECK_STR(scene_cast(bd, 3), "ATTENDANT");
    /* BRICK: 1 cue + "BRICK AND STEEL" */
    const dp_character *b = dp_breakdown_character(bd, 0);
    CHECK_STR(b->name, "BRICK");
    CHECK_INT(b->cues, 2);
    CHECK(b->speaking);
    CHECK_INT(b->id, 1);
    CHECK_INT(dp_breakdown_character_count(bd), 4);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void french_cast(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(
        "INT. CUISINE - JOUR\n\nHÉLÈNE (40 ans), tablier noué, coupe des poireaux.\n\n"
        "MARC (OFF)\nPas avant minuit.\n\n@Mme LEBRUN\nLe dernier est parti.\n\n"
        "EXT. QUAI - NUIT\n\nUn jeune MARC court. L'INSPECTEUR GARNIER, la cinquantaine, "
        "observe.\n",
        &doc);
    CHECK_STR(scene_cast(bd, 0), "MARC,Mme LEBRUN,HÉLÈNE"); /* speakers first */
    CHECK_STR(scene_cast(bd, 1), "MARC,INSPECTEUR GARNIER");
    CHECK_STR(dp_breakdown_language(bd), "fr");
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void cast_order_is_by_scenes(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown("INT. A - DAY\n\nZED\nHi.\n\nAMY\nHi.\n\n"
                                     "INT. B - DAY\n\nAMY\nAgain.\n",
                                     &doc);
    CHECK_STR(dp_breakdown_character(bd, 0)->name, "AMY");
    CHECK_INT(dp_breakdown_character(bd, 0)->scene_count, 2);
    CHECK_STR(dp_breakdown_character(bd, 1)->name, "ZED");
    CHECK_STR(scene_cast(bd, 0), "AMY,ZED");
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void titles_and_places(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(
        "INT. SAINT BRENDAN - NIGHT\n\nThe MV SAINT BRENDAN, a rust-streaked ferry, "
        "sails. Mme ROUSSEL (75 ans) attend. Dr. HALE (50s) checks a pulse.\n\n"
        "@Mme ROUSSEL\nBonsoir.\n",
        &doc);
    CHECK_STR(scene_cast(bd, 0), "Mme ROUSSEL,Dr. HALE");
    CHECK_INT(dp_breakdown_character_count(bd), 2);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_cast(void)
{
    dpt_run("cast: cue identity and keys", cue_identity);
    dpt_run("cast: speakers, introductions, mentions", speakers_and_mentions);
    dpt_run("cast: French scripts", french_cast);
    dpt_run("cast: numbered by number of scenes", cast_order_is_by_scenes);
    dpt_run("cast: titles join the name, set names are not people", titles_and_places);
}
