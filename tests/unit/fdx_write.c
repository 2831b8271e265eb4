/* Unit tests: the Final Draft writer (src/fdx_write.c, fdx_meta.c,
 * fdx_tagset.c, fdx_out.c). */
#include "../harness.h"
#include "fdx_write.h"

#include <stdio.h>
#include <stdlib.h>

/* Every Fountain element the writer maps. */
static const char every_element[] =
    "Title: The *Test*\n"
    "Author: Ann & Bob\n"
    "Draft date: 1 May\n"
    "\n"
    "[[a note before anything]]\n"
    "\n"
    "# Act One\n"
    "\n"
    "INT. HOUSE - DAY #1A#\n"
    "\n"
    "= Ann waits.\n"
    "\n"
    "Ann <waits> & \"sighs\".\n"
    "    Indented line.\n"
    "\n"
    "ANN\n"
    "(softly)\n"
    "Hello?\n"
    "[[a note in dialogue]]\n"
    "\n"
    "BOB\n"
    "Hi.\n"
    "\n"
    "CAROL ^\n"
    "Hey.\n"
    "\n"
    "~Happy birthday\n"
    "\n"
    "> THE END <\n"
    "\n"
    "===\n"
    "\n"
    "===\n"
    "\n"
    "ext. garden - night\n"
    "\n"
    "= A synopsis later on.\n"
    "\n"
    "## Part two\n"
    "\n"
    "> Burn to white.\n"
    "\n"
    "===\n";

static char *write_fdx(const dp_doc *doc, const dp_breakdown *bd, size_t *len)
{
    dp__buf b;
    dp__buf_init(&b, (size_t)1 << 30);
    dp_sink sink = {dp__buf_sink_write, &b};
    dp_error err = {0};
    dp_status st = bd ? dp_breakdown_write_fdx(bd, &sink, &err) : dp_doc_write_fdx(doc, &sink, &err);
    CHECK_INT(st, DP_OK);
    *len = b.len;
    return b.data;
}

static dp_doc *read_back(const char *xml, size_t len)
{
    dp_doc *doc = NULL;
    dp_error err = {0};
    if (dp_doc_parse(xml, len, NULL, &doc, &err) != DP_OK)
        dpt_fail(__FILE__, __LINE__, "reading our FDX: %s (line %u)", err.msg, err.line);
    return doc;
}

static void structure(void)
{
    dp_doc *doc = dpt_parse(every_element);
    if (!doc)
        return;
    size_t len;
    char *x = write_fdx(doc, NULL, &len);
    CHECK(!strncmp(x, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
                      "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">",
                   115));
    const char *content = strstr(x, "<Content>"), *title = strstr(x, "<TitlePage>"),
               *settings = strstr(x, "<ElementSettings Type=\"Scene Heading\">"),
               *layout = strstr(x, "<PageLayout"), *tags = strstr(x, "<TagData>");
    CHECK(content && title && settings && layout && tags);
    CHECK(content < title && title < settings && settings < layout && layout < tags);
    CHECK(strstr(x, "Id=\"01fc9642-84ff-4366-b37c-a3068dee57e8\" Name=\"Cast Members\" "
                    "Number=\"2\"") != NULL);
    CHECK(strstr(x, "<ElementSettings Type=\"Lyrics\">") != NULL);
    CHECK(strstr(x, "<ElementSettings Type=\"Outline 2\">") != NULL);
    CHECK(strstr(x, "<ElementSettings Type=\"Outline 3\">") == NULL);
    CHECK(strstr(x, "<PageSize Height=\"11.00\" Width=\"8.50\"/>") != NULL);
    CHECK(strstr(x, "<Text>Ann &lt;waits&gt; &amp; \"sighs\".\n</Text>") != NULL);
    CHECK(strstr(x, "<Text>    Indented line.</Text>") != NULL);
    CHECK(strstr(x, "<Paragraph Number=\"1A\" Type=\"Scene Heading\">") != NULL);
    CHECK(strstr(x, "<DualDialogue>") != NULL);
    CHECK(strstr(x, "</FinalDraft>\n") == x + len - 14);
    dp_doc_free(doc);
    free(x);
}

static void reads_back(void)
{
    dp_doc *a = dpt_parse(every_element);
    if (!a)
        return;
    size_t len;
    char *x = write_fdx(a, NULL, &len);
    dp_doc *b = read_back(x, len);
    if (b) {
        CHECK_INT(dp_doc_element_count(b), dp_doc_element_count(a));
        for (size_t i = 0; i < dp_doc_element_count(a) && i < dp_doc_element_count(b); i++) {
            const dp_element *p = dp_doc_element(a, i), *q = dp_doc_element(b, i);
            if (p->type != q->type)
                dpt_fail(__FILE__, __LINE__, "element %zu: %s became %s", i,
                         dp_element_type_name(p->type), dp_element_type_name(q->type));
            else if (strcmp(p->plain, q->plain) && p->type != DP_EL_SCENE_HEADING &&
                     p->type != DP_EL_TRANSITION)
                dpt_fail(__FILE__, __LINE__, "element %zu: \"%s\" became \"%s\"", i, p->plain,
                         q->plain);
            CHECK_INT(p->flags & (DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT),
                      q->flags & (DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT));
            CHECK_INT(p->depth, q->depth);
        }
        /* Final Draft shows headings and transitions in capitals */
        CHECK_INT(dpt_count(b, DP_EL_SCENE_HEADING), 2);
        CHECK_INT(dpt_count(b, DP_EL_TRANSITION), 1);
        if (dpt_count(b, DP_EL_SCENE_HEADING) == 2 && dpt_count(b, DP_EL_TRANSITION) == 1) {
            CHECK_STR(dpt_nth(b, DP_EL_SCENE_HEADING, 1)->text, "EXT. GARDEN - NIGHT");
            CHECK_STR(dpt_nth(b, DP_EL_TRANSITION, 0)->text, "BURN TO WHITE.");
            CHECK_STR(dpt_nth(b, DP_EL_SCENE_HEADING, 0)->scene_number, "1A");
        }
        CHECK_STR(dp_doc_title_value(b, "title"), "The Test");
        CHECK_STR(dp_doc_title_value(b, "author"), "Ann & Bob");
        CHECK_STR(dp_doc_title_value(b, "draft date"), "1 May");
        CHECK_INT(dp_doc_paper(b), DP_PAPER_LETTER);
    }
    dp_doc_free(a);
    dp_doc_free(b);
    free(x);
}

static void deterministic_and_a4(void)
{
    const char *src =
        "<?xml version=\"1.0\"?><FinalDraft><Content>"
        "<Paragraph Type=\"Scene Heading\"><SceneProperties Length=\"1 3/8\" Page=\"2\" "
        "Title=\"a &quot;b&quot;\"/><Text RevisionID=\"2\">INT. A</Text></Paragraph>"
        "</Content><PageLayout><PageSize Height=\"11.69\" Width=\"8.26\"/></PageLayout>"
        "<Revisions><Revision ID=\"2\" Name=\"Pink\" PageColor=\"#FDFDCCCCD4D4\"/></Revisions>"
        "</FinalDraft>";
    dp_doc *doc = dpt_parse(src);
    if (!doc)
        return;
    size_t n1, n2;
    char *x1 = write_fdx(doc, NULL, &n1), *x2 = write_fdx(doc, NULL, &n2);
    CHECK(n1 == n2 && !memcmp(x1, x2, n1));
    CHECK(strstr(x1, "<PageSize Height=\"11.69\" Width=\"8.26\"/>") != NULL);
    CHECK(strstr(x1, "<SceneProperties Length=\"1 3/8\" Page=\"2\" Title=\"a &quot;b&quot;\"/>"));
    CHECK(strstr(x1, "<Text RevisionID=\"2\">INT. A</Text>") != NULL);
    CHECK(strstr(x1, "ID=\"2\" Mark=\"*\" Name=\"Pink\" PageColor=\"#FDFDCCCCD4D4\"") != NULL);
    dp_doc *b = read_back(x1, n1);
    if (b) {
        const dp_element *h = dp_doc_element(b, 0);
        CHECK_INT(h->fd_eighths, 11);
        CHECK_STR(h->fd_page, "2");
        CHECK_STR(h->fd_title, "a \"b\"");
        CHECK_INT(h->revision, 2);
        CHECK_STR(h->revision_name, "Pink");
        CHECK_INT(dp_doc_paper(b), DP_PAPER_A4);
    }
    dp_doc_free(b);
    dp_doc_free(doc);
    free(x1);
    free(x2);
}

static const char tagged[] =
    "<?xml version=\"1.0\"?><FinalDraft><Content>"
    "<Paragraph Type=\"Scene Heading\"><Text>INT. BAR - NIGHT</Text></Paragraph>"
    "<Paragraph Type=\"Action\"><Text>A WAITER (50s) pours </Text><Text TagNumber=\"1\">"
    "wine</Text><Text> for ROSA. </Text><Text TagNumber=\"2\">ROSA</Text><Text> smiles; "
    "</Text><Text TagNumber=\"3\">jazz</Text><Text>.</Text></Paragraph>"
    "<Paragraph Type=\"Character\"><Text>rosa</Text></Paragraph>"
    "<Paragraph Type=\"Dialogue\"><Text>Merci.</Text></Paragraph>"
    "</Content><TagData><TagCategories>"
    "<TagCategory Id=\"05c556eb-6bc1-4a3a-b09f-f8b5ba1b6afa\" Name=\"Props\"/>"
    "<TagCategory Id=\"01fc9642-84ff-4366-b37c-a3068dee57e8\" Name=\"Cast Members\"/>"
    "<TagCategory Id=\"c-9\" Name=\"Band\"/></TagCategories><TagDefinitions>"
    "<TagDefinition CatId=\"05c556eb-6bc1-4a3a-b09f-f8b5ba1b6afa\" Id=\"def-wine\" "
    "Label=\"Wine\" Number=\"1\"/>"
    "<TagDefinition CatId=\"01fc9642-84ff-4366-b37c-a3068dee57e8\" Id=\"def-rosa\" "
    "Label=\"Rosa\" Number=\"2\"/>"
    "<TagDefinition CatId=\"c-9\" Id=\"def-jazz\" Label=\"jazz trio\" Number=\"3\"/>"
    "</TagDefinitions><Tags><Tag Number=\"1\"><DefId>def-wine</DefId></Tag>"
    "<Tag Number=\"2\"><DefId>def-rosa</DefId></Tag><Tag Number=\"3\"><DefId>def-jazz</DefId>"
    "</Tag></Tags></TagData></FinalDraft>";

static void tags_written(void)
{
    dp_doc *doc = dpt_parse(tagged);
    dp_breakdown *bd = NULL;
    dp_error err;
    if (!doc || dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK) {
        dp_doc_free(doc);
        return;
    }
    size_t len;
    char *x = write_fdx(doc, bd, &len);
    /* the user's definitions keep their ids; the cast shares Rosa's */
    CHECK(strstr(x, "Id=\"def-wine\" Label=\"Wine\"") != NULL);
    CHECK(strstr(x, "Id=\"def-rosa\" Label=\"Rosa\"") != NULL);
    CHECK(strstr(x, "Label=\"ROSA\"") == NULL);
    CHECK(strstr(x, "Label=\"WAITER\"") != NULL || strstr(x, "Label=\"A WAITER\"") != NULL);
    /* a category Final Draft does not know gets an id and a number of its own */
    CHECK(strstr(x, "Name=\"Band\" Number=\"32\"") != NULL);
    dp_doc *b = read_back(x, len);
    if (b) {
        size_t wine = 0, rosa = 0, jazz = 0;
        for (size_t i = 0; i < dp_doc_tag_count(b); i++) {
            const dp_tag *t = dp_doc_tag(b, i);
            const char *s = dp_doc_element(b, t->element)->plain + t->start;
            wine += t->category == 104 && !strcmp(t->label, "Wine") && !strncmp(s, "wine", 4);
            rosa += t->category == 100 && !strcmp(t->label, "Rosa") && (!strncmp(s, "ROSA", 4) || !strncmp(s, "rosa", 4));
            jazz += t->category >= 501 && !strcmp(t->category_name, "Band") &&
                    !strcmp(t->label, "jazz trio");
        }
        CHECK_INT(wine, 1);
        CHECK_INT(rosa, 3); /* the user's tag, ROSA in the action, the cue */
        CHECK_INT(jazz, 1);
    }
    dp_doc_free(b);
    free(x);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
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
    CHECK_INT(dp_doc_write_fdx(doc, &bad, &err), DP_E_SINK);
    CHECK(strstr(err.msg, "FDX") != NULL);
    CHECK_INT(dp_doc_write_fdx(NULL, &bad, &err), DP_E_ARG);
    CHECK_INT(dp_doc_write_fdx(doc, NULL, &err), DP_E_ARG);
    CHECK_INT(dp_breakdown_write_fdx(NULL, &bad, &err), DP_E_ARG);
    dp_doc_free(doc);
}

static void uuids(void)
{
    char a[37], b[37], c[37];
    dp__fdx_uuid("x", 1, "y", 1, a);
    dp__fdx_uuid("x", 1, "y", 1, b);
    dp__fdx_uuid("x", 1, "z", 1, c);
    CHECK_STR(a, b);
    CHECK(strcmp(a, c) != 0);
    CHECK_INT(strlen(a), 36);
    CHECK(a[8] == '-' && a[13] == '-' && a[14] == '4' && a[18] == '-' && a[23] == '-');
    CHECK(strchr("89ab", a[19]) != NULL);
}

void dpt_suite_fdx_write(void)
{
    dpt_run("fdx_write: the structure and ids of Final Draft's own files", structure);
    dpt_run("fdx_write: every element type reads back the same", reads_back);
    dpt_run("fdx_write: same bytes twice; A4, scene properties and revisions kept",
            deterministic_and_a4);
    dpt_run("fdx_write: user tags keep their definitions; cast and custom categories added",
            tags_written);
    dpt_run("fdx_write: a failing sink and NULL arguments", errors);
    dpt_run("fdx_write: name-based UUIDs", uuids);
}
