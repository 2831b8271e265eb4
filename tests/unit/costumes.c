/* Unit tests: src/costumes.c. */
#include "../harness.h"

#include <stdio.h>

/* The costume (or makeup look) of 'who' in each scene, joined by ','
 * ("-" where absent). */
static const char *plot(const dp_breakdown *bd, const char *who, int makeup)
{
    static char out[256];
    out[0] = '\0';
    for (size_t s = 0; s < dp_breakdown_scene_count(bd); s++) {
        const dp_scene *sc = dp_breakdown_scene(bd, s);
        const char *c = "-";
        for (size_t k = 0; k < sc->cast_count; k++)
            if (!strcmp(dp_breakdown_character(bd, sc->cast[k])->name, who)) {
                const char *v = makeup ? sc->makeup[k] : sc->costumes[k];
                c = v ? v : "none";
            }
        if (s)
            strncat(out, ",", sizeof out - strlen(out) - 1);
        strncat(out, c, sizeof out - strlen(out) - 1);
    }
    return out;
}

static void numbers_and_letters(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(
        "INT. HOUSE - DAY\n\nJUNE (20s), wearing a red silk dress, waits.\n\nJUNE\nHello.\n\n"
        "EXT. STREET - DAY\n\nJune runs. Her dress is torn.\n\n"
        "INT. CAR - NIGHT\n\nJune sits.\n\nJUNE\nDrive.\n\n"
        "INT. HOUSE - MORNING\n\nJune, in a grey coat, drinks tea.\n\n"
        "INT. HOUSE - DAY\n\nJune changes into a tracksuit.\n\n"
        "INT. HOUSE - NIGHT\n\nJune sleeps.\n",
        &doc);
    /* day 1: 1, then torn from scene 2 on; day 2: 2, a change: 3 */
    CHECK_STR(plot(bd, "JUNE", 0), "1,1A,1A,2,3,3");
    size_t n = dp_breakdown_costume_count(bd);
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        const dp_costume *c = dp_breakdown_costume(bd, i);
        if (!c->makeup && !strcmp(c->number, "1A")) {
            CHECK(strstr(c->description, "dress") != NULL);
            CHECK(strstr(c->description, "torn") != NULL);
            CHECK_INT(c->scene_count, 2);
            found++;
        }
    }
    CHECK_INT(found, 1);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void flashback_returns(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(
        "INT. A - DAY\n\nMARGOT sits.\n\nMARGOT\nSo.\n\n"
        ".FLASHBACK - EXT. B - NIGHT\n\nMargot, twelve years younger, runs.\n\n"
        "INT. A - DAY\n\nMargot sits.\n",
        &doc);
    CHECK_STR(plot(bd, "MARGOT", 0), "1,2,1");
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void makeup_looks(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(
        "INT. A - DAY\n\nTOMAS (30s) waits.\n\nTOMAS\nYes.\n\n"
        "INT. B - DAY\n\nTomas, bloodied, staggers in.\n\n"
        "INT. C - DAY\n\nTomas sits.\n\nINT. D - DAY\n\nLE LENDEMAIN. THE NEXT DAY.\n\nTomas.\n\n"
        "INT. E - DAY\n\nHELEN (40s) smiles.\n\nHELEN\nHi.\n",
        &doc);
    CHECK_STR(plot(bd, "TOMAS", 1), "1,1A,1A,2,-");
    CHECK_STR(plot(bd, "HELEN", 1), "-,-,-,-,none"); /* nothing said of her makeup */
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_costumes(void)
{
    dpt_run("costumes: numbers by day and change, letters by state", numbers_and_letters);
    dpt_run("costumes: back from a flashback, back to the costume", flashback_returns);
    dpt_run("costumes: makeup looks and their states", makeup_looks);
}
