/* Unit tests: src/numbering.c (through dp_breakdown_new). */
#include "../harness.h"

#include <stdio.h>

static const char *numbers(const char *script)
{
    static char out[512];
    out[0] = '\0';
    dp_doc *doc;
    dp_breakdown *bd = dpt_breakdown(script, &doc);
    for (size_t i = 0; bd && i < dp_breakdown_scene_count(bd); i++) {
        if (i)
            strncat(out, " ", sizeof out - strlen(out) - 1);
        strncat(out, dp_breakdown_scene(bd, i)->number, sizeof out - strlen(out) - 1);
    }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    return out;
}

static void ordinal_when_unnumbered(void)
{
    CHECK_STR(numbers("INT. A - DAY\n\nx\n\nINT. B - DAY\n\nx\n\nINT. C - DAY\n\nx\n"), "1 2 3");
}

static void follows_written_numbers(void)
{
    CHECK_STR(numbers("INT. A - DAY #5#\n\nx\n\nINT. B - DAY\n\nx\n\nINT. C - DAY\n\nx\n"),
              "5 6 7");
    /* 6 is written later: the scene after 5 becomes 5A, then 5B */
    CHECK_STR(numbers("INT. A - DAY #5#\n\nx\n\nINT. B - DAY\n\nx\n\nINT. C - DAY\n\nx\n\n"
                      "INT. D - DAY #6#\n\nx\n"),
              "5 5A 5B 6");
    CHECK_STR(numbers("INT. A - DAY #7A#\n\nx\n\nINT. B - DAY\n\nx\n\nINT. C - DAY #8#\n\nx\n"),
              "7A 7B 8");
    CHECK_STR(numbers("1. INT. CUISINE - JOUR\n\nx\n\nINT. SALON - NUIT\n\nx\n\n"
                      "2. EXT. RUE - NUIT\n\nx\n"),
              "1 1A 2");
}

void dpt_suite_numbering(void)
{
    dpt_run("numbering: ordinal when nothing is written", ordinal_when_unnumbered);
    dpt_run("numbering: follows written numbers, never repeats one", follows_written_numbers);
}
