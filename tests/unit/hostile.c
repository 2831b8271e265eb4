/* Hostile inputs: every one parses (or fails cleanly) and analyses. */
#include "../harness.h"

#include <stdio.h>
#include <stdlib.h>

static int null_write(void *ctx, const void *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 0;
}

/* Parses, analyses and writes both JSON forms; returns the parse status. */
static dp_status run_all(const char *bytes, size_t len)
{
    dp_doc *doc = NULL;
    dp_error err = {0};
    dp_status st = dp_doc_parse(bytes, len, NULL, &doc, &err);
    if (st != DP_OK) {
        CHECK(doc == NULL);
        CHECK(err.msg[0] != '\0');
        return st;
    }
    dp_sink sink = {null_write, NULL};
    CHECK_INT(dp_doc_write_json(doc, &sink, &err), DP_OK);
    dp_breakdown *bd = NULL;
    CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
    if (bd)
        CHECK_INT(dp_breakdown_write_json(bd, &sink, &err), DP_OK);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    return DP_OK;
}

static char *repeat(const char *unit, size_t times, size_t *len)
{
    size_t u = strlen(unit);
    char *s = malloc(u * times + 1);
    for (size_t i = 0; i < times; i++)
        memcpy(s + i * u, unit, u);
    s[u * times] = '\0';
    *len = u * times;
    return s;
}

static void random_bytes(void)
{
    /* deterministic pseudo-random text-ish bytes (no NUL) */
    uint32_t x = 12345;
    char *buf = malloc(1 << 16);
    for (int round = 0; round < 50; round++) {
        size_t n = (size_t)(round * 1300 + 1);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            static const char alphabet[] = "INTEX. -#@!~=/*[]^()>< \n\n\nabcAB\xC3\xA9\xFF:";
            buf[i] = alphabet[(x >> 16) % (sizeof alphabet - 1)];
        }
        run_all(buf, n);
    }
    free(buf);
}

static void pathological_nesting(void)
{
    const char *units[] = {"/*", "*/", "[[", "]]", "/*[[", "*/]]", "((((", "^\n", "@\n",
                           "INT. X\n\n", "A\nB\n", "#", "=", "\xC3", "\r", "\t",
                           "  \n", "~\n", ">x<\n", "**_", "\\*"};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t len;
        char *s = repeat(units[i], 100000, &len);
        run_all(s, len);
        free(s);
    }
}

static void long_line_and_many_scenes(void)
{
    size_t len;
    char *s = repeat("word ", 400000, &len); /* one 2 MB line */
    CHECK_INT(run_all(s, len), DP_OK);
    free(s);
    s = repeat("INT. HOUSE - DAY\n\nBOB\nHi.\n\n", 100000, &len);
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    dp_error err;
    CHECK_INT(dp_doc_parse(s, len, NULL, &doc, &err), DP_OK);
    CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
    CHECK_INT(dp_breakdown_scene_count(bd), 100000);
    CHECK_INT(dp_breakdown_character(bd, 0)->scene_count, 100000);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(s);
}

static void limits(void)
{
    size_t len;
    char *s = repeat("\n", DP_MAX_LINES + 10, &len);
    dp_doc *doc = NULL;
    dp_error err = {0};
    CHECK_INT(dp_doc_parse(s, len, NULL, &doc, &err), DP_E_LIMIT);
    CHECK(strstr(err.msg, "lines") != NULL);
    free(s);
    /* a heading, a cue, then one element a line: parentheticals and
     * dialogue lines (DP_MAX_ELEMENTS is met before DP_MAX_LINES) */
    size_t pairs = (DP_MAX_ELEMENTS - 2) / 2;
    char *body = repeat("(a)\nb\n", pairs + 1, &len);
    const char head[] = "INT. A - DAY\n\nBOB\n";
    s = malloc(sizeof head + len);
    memcpy(s, head, sizeof head - 1);
    memcpy(s + sizeof head - 1, body, len + 1);
    free(body);
    size_t at = sizeof head - 1 + pairs * 6; /* just under: 1,000,000 elements */
    CHECK_INT(dp_doc_parse(s, at, NULL, &doc, &err), DP_OK);
    CHECK_INT(dp_doc_element_count(doc), DP_MAX_ELEMENTS);
    dp_doc_free(doc);
    doc = NULL;
    CHECK_INT(dp_doc_parse(s, at + 4, NULL, &doc, &err), DP_E_LIMIT); /* one more */
    CHECK(doc == NULL);
    CHECK(strstr(err.msg, "more than 1000000 elements") != NULL);
    CHECK(err.line > 999990);
    free(s);
    CHECK_INT(dp_doc_parse("x", (size_t)DP_MAX_INPUT_BYTES + 1, NULL, &doc, &err), DP_E_TOOBIG);
    CHECK_INT(dp_doc_parse(NULL, 1, NULL, &doc, &err), DP_E_ARG);
}

static void warnings_are_capped(void)
{
    size_t len;
    char *s = repeat("\xFF\n", 5000, &len);
    dp_doc *doc = NULL;
    dp_error err;
    CHECK_INT(dp_doc_parse(s, len, NULL, &doc, &err), DP_OK);
    /* no valid multi-byte sequence: read as Windows-1252, one warning */
    CHECK_INT(dp_doc_warning_count(doc), 1);
    dp_doc_free(doc);
    free(s);
    s = repeat("\xC3\xA9\xFF\n", 5000, &len);
    CHECK_INT(dp_doc_parse(s, len, NULL, &doc, &err), DP_OK);
    CHECK_INT(dp_doc_warning_count(doc), DP_MAX_WARNINGS);
    dp_doc_free(doc);
    free(s);
}

void dpt_suite_hostile(void)
{
    dpt_run("hostile: random text", random_bytes);
    dpt_run("hostile: 100,000 repeats of every sigil", pathological_nesting);
    dpt_run("hostile: a 2 MB line, 100,000 scenes", long_line_and_many_scenes);
    dpt_run("hostile: size limits", limits);
    dpt_run("hostile: warnings are capped", warnings_are_capped);
}
