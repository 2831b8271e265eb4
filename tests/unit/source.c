/* Unit tests: src/source.c (through dp_doc_parse and directly). */
#include "../harness.h"
#include "source.h"

/* The decoded text equals 'want'. */
#define CHECK_TEXT(src, want)                                                  \
    do {                                                                       \
        const char *w_ = (want);                                               \
        if ((src).len != strlen(w_) || memcmp((src).data, w_, (src).len) != 0) \
            dpt_fail(__FILE__, __LINE__, "decoded text differs: %.*s",         \
                     (int)(src).len, (src).data);                              \
    } while (0)

static dp_status decode(const char *bytes, size_t len, dp__source *src, dp_doc **doc,
                        dp_error *err)
{
    dp__doc_new(DP_FORMAT_FOUNTAIN, doc);
    return dp__source_decode(*doc, bytes, len, src, err);
}

static void line_endings(void)
{
    const char *inputs[] = {"a\nb\n\nc", "a\r\nb\r\n\r\nc\r\n", "a\rb\r\rc"};
    for (size_t i = 0; i < 3; i++) {
        dp__source src;
        dp_doc *doc;
        dp_error err;
        CHECK_INT(decode(inputs[i], strlen(inputs[i]), &src, &doc, &err), DP_OK);
        CHECK_INT(src.n_lines, 4);
        CHECK_TEXT(src, "a\nb\n\nc");
        CHECK_INT(src.lines[1].src_off, i == 1 ? 3 : 2);
        dp__source_release(&src);
        dp_doc_free(doc);
    }
}

static void bom_tabs_controls(void)
{
    const char in[] = "\xEF\xBB\xBF\tA\x07" "B";
    dp__source src;
    dp_doc *doc;
    dp_error err;
    CHECK_INT(decode(in, sizeof in - 1, &src, &doc, &err), DP_OK);
    CHECK_TEXT(src, "\tAB"); /* tabs are expanded by the elements */
    CHECK_INT(src.lines[0].src_off, 3);
    CHECK_INT(dp_doc_warning_count(doc), 1);
    CHECK(strstr(dp_doc_warning(doc, 0)->message, "U+0007") != NULL);
    dp__source_release(&src);
    dp_doc_free(doc);
}

static void invalid_utf8_replaced(void)
{
    const char in[] = "ok \xC3\xA9\nbad \xFF here\n";
    dp__source src;
    dp_doc *doc;
    dp_error err;
    CHECK_INT(decode(in, sizeof in - 1, &src, &doc, &err), DP_OK);
    CHECK_TEXT(src, "ok \xC3\xA9\nbad \xEF\xBF\xBD here");
    CHECK_INT(dp_doc_warning_count(doc), 1);
    CHECK_INT(dp_doc_warning(doc, 0)->line, 2);
    CHECK_INT(dp_doc_warning(doc, 0)->col, 5);
    dp__source_release(&src);
    dp_doc_free(doc);
}

static void windows_1252_fallback(void)
{
    const char in[] = "H\xC9L\xC8NE\ncaf\xE9 \x92quoted\x92";
    dp__source src;
    dp_doc *doc;
    dp_error err;
    CHECK_INT(decode(in, sizeof in - 1, &src, &doc, &err), DP_OK);
    CHECK_TEXT(src, "HÉLÈNE\ncafé ’quoted’");
    CHECK(src.transcoded);
    CHECK(strstr(dp_doc_warning(doc, 0)->message, "Windows-1252") != NULL);
    dp__source_release(&src);
    dp_doc_free(doc);
}

static void utf16_input(void)
{
    /* "É\nb" in UTF-16LE with BOM, and a surrogate pair in UTF-16BE */
    const char le[] = "\xFF\xFE\xC9\x00\x0A\x00\x62\x00";
    const char be[] = "\xFE\xFF\xD8\x3D\xDE\x06";
    dp__source src;
    dp_doc *doc;
    dp_error err;
    CHECK_INT(decode(le, sizeof le - 1, &src, &doc, &err), DP_OK);
    CHECK_TEXT(src, "É\nb");
    dp__source_release(&src);
    dp_doc_free(doc);
    CHECK_INT(decode(be, sizeof be - 1, &src, &doc, &err), DP_OK);
    CHECK_TEXT(src, "\xF0\x9F\x98\x86");
    dp__source_release(&src);
    dp_doc_free(doc);
}

static void rejects_binary_and_formats(void)
{
    struct {
        const char *bytes;
        size_t len;
        dp_status want;
        const char *says;
    } cases[] = {
        {"INT. X\n\0\1\2", 10, DP_E_BINARY, "line 2, column 1"},
        {"%PDF-1.7\n", 9, DP_E_FORMAT, "PDF"},
        {"<?xml version=\"1.0\"?>\n<FinalDraft>", 34, DP_E_FORMAT, "Final Draft"},
        {"<?xml version=\"1.0\"?>\n<svg/>", 28, DP_E_FORMAT, "Final Draft"},
        {"PK\x03\x04", 4, DP_E_FORMAT, "ZIP"},
        {"{\\rtf1\\ansi", 11, DP_E_FORMAT, "RTF"},
        {"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17"
         "\x18\x19", 20, DP_E_BINARY, "control bytes"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dp_doc *doc = NULL;
        dp_error err = {0};
        CHECK_INT(dp_doc_parse(cases[i].bytes, cases[i].len, NULL, &doc, &err), cases[i].want);
        CHECK(doc == NULL);
        CHECK(strstr(err.msg, cases[i].says) != NULL);
    }
}

static void empty_input(void)
{
    dp_doc *doc = dpt_parse("");
    CHECK(doc != NULL);
    CHECK_INT(dp_doc_element_count(doc), 0);
    dp_doc_free(doc);
    doc = dpt_parse("\n\n\n");
    CHECK_INT(dp_doc_element_count(doc), 0);
    dp_doc_free(doc);
}

void dpt_suite_source(void)
{
    dpt_run("source: LF, CRLF and CR line ends", line_endings);
    dpt_run("source: BOM, tabs, control characters", bom_tabs_controls);
    dpt_run("source: invalid UTF-8 replaced with line and column", invalid_utf8_replaced);
    dpt_run("source: Windows-1252 fallback", windows_1252_fallback);
    dpt_run("source: UTF-16 input", utf16_input);
    dpt_run("source: binary and foreign formats rejected", rejects_binary_and_formats);
    dpt_run("source: empty input", empty_input);
}
