/* Unit tests: src/text.c. */
#include "../harness.h"
#include "internal.h"

#include <stdio.h>

static const char *strip(const char *s)
{
    static char out[512];
    dp__buf b;
    dp__buf_init(&b, 4096);
    if (dp__strip_emphasis(s, strlen(s), &b) != DP_OK)
        return "(error)";
    snprintf(out, sizeof out, "%s", b.data ? b.data : "");
    dp__buf_release(&b);
    return out;
}

static void emphasis_pairs(void)
{
    CHECK_STR(strip("plain text"), "plain text");
    CHECK_STR(strip("*italic* and **bold** and ***both***"), "italic and bold and both");
    CHECK_STR(strip("_underlined_ words"), "underlined words");
    CHECK_STR(strip("_**BRICK & STEEL**_"), "BRICK & STEEL");
    CHECK_STR(strip("**_mixed_**"), "mixed");
}

static void emphasis_literals(void)
{
    CHECK_STR(strip("a * b * c"), "a * b * c");       /* spaces around: literal */
    CHECK_STR(strip("2*3=6 and 4*5"), "23=6 and 45"); /* flanking pair */
    CHECK_STR(strip("file_name_here"), "file_name_here");
    CHECK_STR(strip("\\*not italic\\*"), "*not italic*");
    CHECK_STR(strip("\\_x\\_"), "_x_");
    CHECK_STR(strip("unclosed *star"), "unclosed *star");
    CHECK_STR(strip("____ signature line"), "____ signature line");
    CHECK_STR(strip("****"), "****");
}

static void trim_unicode(void)
{
    const char *s = "\xC2\xA0  HÉLÈNE \xE2\x80\xAF";
    size_t a = 0, b = strlen(s);
    dp__trim(s, &a, &b);
    CHECK_INT(b - a, strlen("HÉLÈNE"));
    CHECK(memcmp(s + a, "HÉLÈNE", b - a) == 0);
    const char *e = "   ";
    a = 0;
    b = 3;
    dp__trim(e, &a, &b);
    CHECK_INT(a, b);
    CHECK(dp__ascii_ieq("Title", 5, "title"));
    CHECK(!dp__ascii_ieq("Titles", 6, "title"));
}

void dpt_suite_text(void)
{
    dpt_run("text: emphasis pairs", emphasis_pairs);
    dpt_run("text: emphasis literals and escapes", emphasis_literals);
    dpt_run("text: unicode trim", trim_unicode);
}
