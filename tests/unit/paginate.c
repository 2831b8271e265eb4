/* Unit tests: src/paginate.c (pages, break rules, eighths). */
#include "../harness.h"
#include "paginate.h"

#include <stdio.h>
#include <stdlib.h>

static void eighths_written(void)
{
    char b[16];
    dp_eighths_format(1, b);
    CHECK_STR(b, "1/8");
    dp_eighths_format(8, b);
    CHECK_STR(b, "1");
    dp_eighths_format(11, b);
    CHECK_STR(b, "1 3/8");
    dp_eighths_format(23, b);
    CHECK_STR(b, "2 7/8");
    dp_eighths_format(0, b);
    CHECK_STR(b, "0/8");
    dp_eighths_format(800, b);
    CHECK_STR(b, "100");
}

static void eighths_rounding(void)
{
    CHECK_INT(dp__eighths(0, 55), 1);  /* at least 1/8 */
    CHECK_INT(dp__eighths(1, 55), 1);
    CHECK_INT(dp__eighths(7, 55), 2);  /* 7 lines: just over one eighth */
    CHECK_INT(dp__eighths(55, 55), 8); /* a whole page */
    CHECK_INT(dp__eighths(56, 55), 9);
}

/* n one-line action paragraphs after a heading: 1 + 2n lines */
static char *filler_script(int n, const char *tail)
{
    size_t cap = (size_t)n * 32 + strlen(tail) + 64;
    char *s = malloc(cap);
    size_t len = (size_t)snprintf(s, cap, "INT. A - DAY\n\n");
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(s + len, cap - len, "Filler %d.\n\n", i);
    snprintf(s + len, cap - len, "%s", tail);
    return s;
}

static dp_pagination *pages_of(const char *script, dp_paper paper, dp_doc **doc)
{
    *doc = dpt_parse(script);
    dp_pagination *pg = NULL;
    dp_error err;
    if (*doc)
        CHECK_INT(dp_paginate(*doc, paper, &pg, &err), DP_OK);
    return pg;
}

static void lines_and_pages(void)
{
    dp_doc *doc;
    char *s = filler_script(27, "");
    dp_pagination *pg = pages_of(s, DP_PAPER_LETTER, &doc);
    /* 1 + 2 x 27 = 55 lines: exactly one page */
    CHECK_INT(dp_pagination_pages(pg), 1);
    CHECK_INT(dp_pagination_lines_per_page(pg), 55);
    CHECK_INT(dp_pagination_element_lines(pg, 0), 1); /* no space at the top */
    CHECK_INT(dp_pagination_element_lines(pg, 1), 2);
    dp_pagination_free(pg);
    dp_doc_free(doc);
    free(s);
    s = filler_script(28, "");
    pg = pages_of(s, DP_PAPER_LETTER, &doc);
    CHECK_INT(dp_pagination_pages(pg), 2);
    /* the last filler starts page 2 and loses its spacing */
    CHECK_INT(dp_pagination_element_page(pg, 28), 2);
    CHECK_INT(dp_pagination_element_lines(pg, 28), 1);
    dp_pagination_free(pg);
    dp_doc_free(doc);
    /* A4 holds 57 lines */
    pg = pages_of(s, DP_PAPER_A4, &doc);
    CHECK_INT(dp_pagination_pages(pg), 1);
    CHECK_INT(dp_pagination_paper(pg), DP_PAPER_A4);
    dp_pagination_free(pg);
    dp_doc_free(doc);
    free(s);
}

static void heading_keeps_with_next(void)
{
    dp_doc *doc;
    char *s = filler_script(26, "INT. B - NIGHT\n\nAction.\n");
    dp_pagination *pg = pages_of(s, DP_PAPER_LETTER, &doc);
    CHECK_INT(dp_pagination_element_page(pg, 27), 2); /* the heading */
    CHECK_INT(dp_pagination_element_page(pg, 28), 2);
    dp_pagination_free(pg);
    dp_doc_free(doc);
    free(s);
}

static void cue_keeps_with_dialogue(void)
{
    dp_doc *doc;
    char *s = filler_script(26, "BOB\nHello there.\n");
    dp_pagination *pg = pages_of(s, DP_PAPER_LETTER, &doc);
    CHECK_INT(dp_pagination_element_page(pg, 27), 2); /* the cue */
    CHECK_INT(dp_pagination_element_page(pg, 28), 2);
    dp_pagination_free(pg);
    dp_doc_free(doc);
    free(s);
}

static void action_no_lone_line(void)
{
    dp_doc *doc;
    /* 1 + 2 x 24 = 49; a 6-line block (space + 6) would end at 56: five
     * lines would fit, but one alone would follow, so it splits 4 / 2 */
    char *s = filler_script(24, "l1\nl2\nl3\nl4\nl5\nl6\n");
    dp_pagination *pg = pages_of(s, DP_PAPER_LETTER, &doc);
    CHECK_INT(dp_pagination_pages(pg), 2);
    CHECK_INT(dp_pagination_element_page(pg, 25), 1);
    CHECK_INT(dp_pagination_element_lines(pg, 25), 7); /* space + 6 rows */
    dp_pagination_free(pg);
    dp_doc_free(doc);
    free(s);
    /* a 3-line block does not split: it moves */
    s = filler_script(26, "l1\nl2\nl3\n");
    pg = pages_of(s, DP_PAPER_LETTER, &doc);
    CHECK_INT(dp_pagination_element_page(pg, 27), 2);
    dp_pagination_free(pg);
    dp_doc_free(doc);
    free(s);
}

static int collect(void *ctx, const void *data, size_t len)
{
    char *buf = ctx;
    size_t have = strlen(buf);
    if (have + len >= 65536)
        return -1;
    memcpy(buf + have, data, len);
    buf[have + len] = '\0';
    return 0;
}

static void dialogue_split_more_contd(void)
{
    char speech[4096] = "ALICE (V.O.)\n";
    for (int i = 0; i < 30; i++)
        strncat(speech, "Words that keep the speech going. ", sizeof speech - strlen(speech) - 1);
    strncat(speech, "\n", sizeof speech - strlen(speech) - 1);
    dp_doc *doc;
    char *s = filler_script(20, speech);
    dp_pagination *pg = pages_of(s, DP_PAPER_LETTER, &doc);
    CHECK_INT(dp_pagination_pages(pg), 2);
    static char text[65536];
    text[0] = '\0';
    dp_sink sink = {collect, text};
    dp_error err;
    CHECK_INT(dp_pagination_write_text(pg, &sink, &err), DP_OK);
    char *more = strstr(text, "(MORE)\n");
    char *page2 = strstr(text, "==== page 2 ====\n");
    CHECK(more && page2 && more < page2);
    CHECK(page2 && strncmp(page2 + 17, "                    ALICE (CONT'D)\n", 35) == 0);
    dp_pagination_free(pg);
    dp_doc_free(doc);
    free(s);
}

static void forced_break_and_auto_paper(void)
{
    dp_doc *doc;
    dp_pagination *pg = pages_of("INT. UN - JOUR\n\nElle est là, dans la cuisine.\n\n===\n\n"
                                 "INT. DEUX - NUIT\n\nIl est parti.\n",
                                 DP_PAPER_AUTO, &doc);
    CHECK_INT(dp_pagination_paper(pg), DP_PAPER_A4); /* French: A4 */
    CHECK_INT(dp_pagination_pages(pg), 2);
    CHECK_INT(dp_pagination_element_page(pg, 2), 0); /* the break prints nothing */
    CHECK_INT(dp_pagination_element_page(pg, 3), 2);
    CHECK_STR(dp_paper_name(dp_pagination_paper(pg)), "a4");
    dp_pagination_free(pg);
    dp_doc_free(doc);
    pg = pages_of("", DP_PAPER_AUTO, &doc);
    CHECK_INT(dp_pagination_pages(pg), 0);
    CHECK_INT(dp_pagination_paper(pg), DP_PAPER_LETTER);
    dp_pagination_free(pg);
    dp_doc_free(doc);
}

static void breakdown_scene_lengths(void)
{
    dp_doc *doc;
    char *s = filler_script(27, "INT. B - NIGHT\n\nShort.\n");
    dp_breakdown_options o = {DP_PAPER_LETTER};
    doc = dpt_parse(s);
    dp_breakdown *bd = NULL;
    dp_error err;
    CHECK_INT(dp_breakdown_new(doc, &o, &bd, &err), DP_OK);
    CHECK_INT(dp_breakdown_pages(bd), 2);
    CHECK_INT(dp_breakdown_scene(bd, 0)->eighths, 8); /* a full page */
    CHECK_INT(dp_breakdown_scene(bd, 1)->page, 2);
    CHECK_INT(dp_breakdown_scene(bd, 1)->eighths, 1); /* 3 lines: 1/8 */
    CHECK_INT(dp_breakdown_eighths(bd), 9);
    CHECK_INT(dp_breakdown_paper(bd), DP_PAPER_LETTER);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(s);
}

void dpt_suite_paginate(void)
{
    dpt_run("paginate: eighths written W N/8", eighths_written);
    dpt_run("paginate: eighths rounded up, at least 1", eighths_rounding);
    dpt_run("paginate: lines, pages, Letter and A4", lines_and_pages);
    dpt_run("paginate: a heading keeps with what follows", heading_keeps_with_next);
    dpt_run("paginate: a cue keeps with its dialogue", cue_keeps_with_dialogue);
    dpt_run("paginate: no lone first or last action line", action_no_lone_line);
    dpt_run("paginate: long dialogue split with (MORE)/(CONT'D)", dialogue_split_more_contd);
    dpt_run("paginate: forced breaks; A4 for French scripts", forced_break_and_auto_paper);
    dpt_run("paginate: scene pages and eighths in the breakdown", breakdown_scene_lengths);
}
