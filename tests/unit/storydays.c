/* Unit tests: src/storydays.c. */
#include "../harness.h"

#include <stdio.h>

/* Story day of each scene, joined by ','. */
static const char *days(const char *script)
{
    static char out[256];
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(script, &doc);
    out[0] = '\0';
    for (size_t i = 0; bd && i < dp_breakdown_scene_count(bd); i++) {
        char d[16];
        const dp_scene *sc = dp_breakdown_scene(bd, i);
        snprintf(d, sizeof d, "%s%u%s", i ? "," : "", (unsigned)sc->story_day,
                 (sc->flags & DP_SCF_FLASHBACK) ? "fb" : "");
        strncat(out, d, sizeof out - strlen(out) - 1);
    }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    return out;
}

static void night_to_morning(void)
{
    CHECK_STR(days("INT. A - DAY\n\nX.\n\nEXT. B - NIGHT\n\nX.\n\nINT. A - MORNING\n\nX.\n"),
              "1,1,2");
    /* evening then night is the same day; CONTINUOUS and LATER keep it */
    CHECK_STR(days("INT. A - EVENING\n\nX.\n\nEXT. B - NIGHT\n\nX.\n\nINT. C - CONTINUOUS\n\n"
                   "X.\n\nINT. D - LATER\n\nX.\n"),
              "1,1,1,1");
    /* dawn after night: a new day */
    CHECK_STR(days("EXT. A - NIGHT\n\nX.\n\nEXT. A - DAWN\n\nX.\n"), "1,2");
}

static void cues_in_action(void)
{
    CHECK_STR(days("INT. A - DAY\n\nX.\n\nINT. B - DAY\n\nTHE NEXT DAY.\n\n"
                   "INT. C - NIGHT\n\nLATER THAT NIGHT.\n\nINT. D - DAY\n\nTHREE DAYS LATER.\n"),
              "1,2,2,5");
    CHECK_STR(days("INT. CUISINE - JOUR\n\nX.\n\nEXT. RUE - JOUR\n\nLE LENDEMAIN.\n\n"
                   "EXT. RUE - JOUR\n\nLE SURLENDEMAIN.\n\nINT. CUISINE - JOUR\n\n"
                   "TROIS JOURS PLUS TARD.\n"),
              "1,2,3,6");
    /* a jump of years is one new day */
    CHECK_STR(days("INT. A - DAY\n\nX.\n\nINT. A - DAY\n\nTWENTY YEARS LATER.\n"), "1,2");
}

static void flashbacks(void)
{
    CHECK_STR(days("INT. A - DAY\n\nX.\n\n.FLASHBACK - EXT. B - NIGHT\n\nX.\n\n"
                   "INT. A - DAY\n\nX.\n"),
              "1,1fb,1");
}

static void reasons(void)
{
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(
        "INT. A - NIGHT\n\nX.\n\nINT. A - MORNING\n\nX.\n\nINT. A - DAY\n\nTHE NEXT DAY.\n", &doc);
    CHECK_STR(dp_breakdown_scene(bd, 0)->story_day_reason, "first scene");
    CHECK(strstr(dp_breakdown_scene(bd, 1)->story_day_reason, "NIGHT") != NULL);
    CHECK(strstr(dp_breakdown_scene(bd, 2)->story_day_reason, "THE NEXT DAY") != NULL);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

void dpt_suite_storydays(void)
{
    dpt_run("storydays: night then morning is a new day", night_to_morning);
    dpt_run("storydays: cues in action, English and French", cues_in_action);
    dpt_run("storydays: flashbacks are off the count", flashbacks);
    dpt_run("storydays: every decision has its reason", reasons);
}
