/* Unit tests: the Fountain writer (src/fountain_write.c). */
#include "../harness.h"
#include "internal.h"

#include <stdlib.h>

static char *write_fountain(const dp_doc *doc)
{
    dp__buf b;
    dp__buf_init(&b, (size_t)1 << 30);
    dp_sink sink = {dp__buf_sink_write, &b};
    dp_error err = {0};
    CHECK_INT(dp_doc_write_fountain(doc, &sink, &err), DP_OK);
    if (!b.data)
        return calloc(1, 1);
    return b.data;
}

/* Same element types, plain texts and dual flags. */
static void same_elements(const dp_doc *a, const dp_doc *b)
{
    CHECK_INT(dp_doc_element_count(b), dp_doc_element_count(a));
    for (size_t i = 0; i < dp_doc_element_count(a) && i < dp_doc_element_count(b); i++) {
        const dp_element *p = dp_doc_element(a, i), *q = dp_doc_element(b, i);
        uint32_t dual = DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT;
        if (p->type != q->type || strcmp(p->plain, q->plain) || (p->flags & dual) != (q->flags & dual))
            dpt_fail(__FILE__, __LINE__, "element %zu: %s \"%s\" became %s \"%s\"", i,
                     dp_element_type_name(p->type), p->plain, dp_element_type_name(q->type),
                     q->plain);
    }
}

static const char fountain[] =
    "Title: A *Test*\n"
    "Contact:\n"
    "   1 Main Street\n"
    "   Springfield\n"
    "\n"
    "INT. HOUSE - DAY #3#\n"
    "\n"
    "= Synopsis.\n"
    "\n"
    "Some *emphasis* and a \\* star.\n"
    "  Indented.\n"
    "  \n"
    "After a spacer.\n"
    "\n"
    "ANN[[a note on the cue]]\n"
    "(softly)\n"
    "Hello.\n"
    "  \n"
    "Again.\n"
    "\n"
    "BOB ^\n"
    "Hi.\n"
    "\n"
    "@McCoy\n"
    "Yes.\n"
    "~And a song\n"
    "\n"
    "> THE END <\n"
    "\n"
    "## Part\n"
    "\n"
    "[[multi\n"
    "line note]]\n"
    "\n"
    "===\n"
    "\n"
    ".THE LAB\n"
    "\n"
    "> fade out\n"
    "\n"
    "CUT TO:\n";

static void fountain_round_trip(void)
{
    dp_doc *a = dpt_parse(fountain);
    if (!a)
        return;
    char *out = write_fountain(a);
    dp_doc *b = dpt_parse(out);
    if (b) {
        same_elements(a, b);
        CHECK_STR(dp_doc_title_value(b, "contact"), "1 Main Street\nSpringfield");
        CHECK_STR(dpt_nth(b, DP_EL_SCENE_HEADING, 0)->scene_number, "3");
        CHECK_STR(dpt_nth(a, DP_EL_ACTION, 0)->text, dpt_nth(b, DP_EL_ACTION, 0)->text);
    }
    CHECK(strstr(out, "@McCoy\nYes.\n~And a song\n") != NULL);
    CHECK(strstr(out, "ANN[[a note on the cue]]\n") != NULL);
    CHECK(strstr(out, "\n.THE LAB\n") != NULL);
    CHECK(strstr(out, "\n> fade out\n") != NULL);
    CHECK(strstr(out, "\nCUT TO:\n") != NULL);
    CHECK(strstr(out, "Hello.\n  \nAgain.\n") != NULL);
    dp_doc_free(a);
    dp_doc_free(b);
    free(out);
}

/* Final Draft text that would read as something else in Fountain. */
static void forced_from_final_draft(void)
{
    dp_doc *a = dpt_parse(
        "<?xml version=\"1.0\"?><FinalDraft><Content>"
        "<Paragraph Type=\"Scene Heading\"><Text>THE ROOF</Text></Paragraph>"
        "<Paragraph Type=\"Action\"><Text>INT. NOT A HEADING</Text></Paragraph>"
        "<Paragraph Type=\"Action\"><Text>SHOUTING IN CAPITALS</Text></Paragraph>"
        "<Paragraph Type=\"Action\"><Text>plain\n</Text><Text># not a section\n</Text>"
        "<Text>= not a synopsis\n</Text><Text>~ not a lyric\n</Text><Text>!bang</Text>"
        "</Paragraph>"
        "<Paragraph Type=\"Action\"><Text>a *star* and an_underscore_</Text></Paragraph>"
        "<Paragraph Type=\"Character\"><Text>Dr. Who</Text></Paragraph>"
        "<Paragraph Type=\"Dialogue\"><Text>Hello.</Text></Paragraph>"
        "<Paragraph Type=\"Character\"><Text>ALONE</Text></Paragraph>"
        "<Paragraph Type=\"Transition\"><Text>Dissolve</Text></Paragraph>"
        "<Paragraph Type=\"Scene Heading\"><Text>2. INT. CUISINE - JOUR</Text></Paragraph>"
        "</Content><TitlePage><Content><Paragraph Alignment=\"Center\"><Text>T</Text>"
        "</Paragraph></Content></TitlePage></FinalDraft>");
    if (!a)
        return;
    char *out = write_fountain(a);
    dp_doc *b = dpt_parse(out);
    if (b) {
        same_elements(a, b);
        CHECK_STR(dp_doc_title_value(b, "title"), "T");
    }
    CHECK(strstr(out, "\n.THE ROOF\n") != NULL);
    CHECK(strstr(out, "\n!INT. NOT A HEADING\n") != NULL);
    CHECK(strstr(out, "\n!SHOUTING IN CAPITALS\n") != NULL);
    CHECK(strstr(out, "a \\*star\\* and an\\_underscore\\_") != NULL);
    CHECK(strstr(out, "\nDR. WHO\nHello.\n") != NULL);
    CHECK(strstr(out, "\n@ALONE\n") != NULL);
    CHECK(strstr(out, "\n> DISSOLVE\n") != NULL);
    dp_doc_free(a);
    dp_doc_free(b);
    free(out);
}

static int failing_sink(void *ctx, const void *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return -1;
}

static void errors(void)
{
    dp_doc *doc = dpt_parse("INT. A - DAY\n\nHello.\n");
    dp_sink bad = {failing_sink, NULL};
    dp_error err = {0};
    CHECK_INT(dp_doc_write_fountain(doc, &bad, &err), DP_E_SINK);
    CHECK_INT(dp_doc_write_fountain(NULL, &bad, &err), DP_E_ARG);
    dp_doc_free(doc);
    doc = dpt_parse("");
    char *out = write_fountain(doc);
    CHECK_STR(out, "");
    free(out);
    dp_doc_free(doc);
}

void dpt_suite_fountain_write(void)
{
    dpt_run("fountain_write: Fountain -> doc -> Fountain -> doc keeps every element",
            fountain_round_trip);
    dpt_run("fountain_write: Final Draft text is forced or escaped where Fountain would "
            "misread it", forced_from_final_draft);
    dpt_run("fountain_write: a failing sink, NULL, an empty script", errors);
}
