/* Unit tests: the Final Draft reader (src/fdx_read.c, fdx_doc.c,
 * fdx_tags.c, fdx_title.c). */
#include "../harness.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

#define HEAD                                                                   \
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"          \
    "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n"
#define CONTENT(x) HEAD "<Content>\n" x "</Content>\n</FinalDraft>\n"
#define PARA(type, text) "<Paragraph Type=\"" type "\"><Text>" text "</Text></Paragraph>\n"

static dp_status parse_err(const char *xml, size_t len, dp_error *err)
{
    dp_doc *doc = NULL;
    dp_status st = dp_doc_parse(xml, len, NULL, &doc, err);
    CHECK((st == DP_OK) == (doc != NULL));
    dp_doc_free(doc);
    return st;
}

static void paragraph_types(void)
{
    static const struct {
        const char *type;
        dp_element_type want;
        const char *text;
    } cases[] = {
        {"Scene Heading", DP_EL_SCENE_HEADING, "INT. A - DAY"},
        {"Action", DP_EL_ACTION, "x"},
        {"Character", DP_EL_CHARACTER, "BOB"},
        {"Parenthetical", DP_EL_PARENTHETICAL, "(x)"},
        {"Dialogue", DP_EL_DIALOGUE, "x"},
        {"Transition", DP_EL_TRANSITION, "CUT TO:"},
        {"General", DP_EL_ACTION, "x"},
        {"Shot", DP_EL_ACTION, "ANGLE"},
        {"Cast List", DP_EL_ACTION, "BOB"},
        {"New Act", DP_EL_SECTION, "ACT ONE"},
        {"End of Act", DP_EL_CENTERED, "END OF ACT ONE"},
        {"Lyrics", DP_EL_LYRIC, "la la"},
        {"Outline 3", DP_EL_SECTION, "x"},
        {"Outline Body", DP_EL_SYNOPSIS, "x"},
        {"Montage", DP_EL_ACTION, "x"},
    };
    for (size_t i = 0; i < DP__COUNT(cases); i++) {
        char xml[512];
        snprintf(xml, sizeof xml,
                 CONTENT("<Paragraph Type=\"%s\"><Text>%s</Text></Paragraph>\n"), cases[i].type,
                 cases[i].text);
        dp_doc *doc = dpt_parse(xml);
        if (!doc)
            continue;
        CHECK_INT(dp_doc_element_count(doc), 1);
        const dp_element *el = dp_doc_element(doc, 0);
        if (el && el->type != cases[i].want)
            dpt_fail(__FILE__, __LINE__, "%s -> %s", cases[i].type, dp_element_type_name(el->type));
        if (el && el->type == DP_EL_SECTION)
            CHECK_INT(el->depth, cases[i].type[0] == 'O' ? 3 : 1);
        CHECK_INT(dp_doc_warning_count(doc), !strcmp(cases[i].type, "Montage"));
        dp_doc_free(doc);
    }
    dp_doc *doc = dpt_parse(CONTENT("<Paragraph Alignment=\"Center\" Type=\"Action\"><Text>THE "
                                    "END</Text></Paragraph>\n"));
    CHECK_INT(dpt_count(doc, DP_EL_CENTERED), 1);
    dp_doc_free(doc);
}

static void all_caps(void)
{
    dp_doc *doc = dpt_parse(
        HEAD "<Content>\n" PARA("Scene Heading", "int. mast farm - nIGHT")
            PARA("Character", "hélène") PARA("Transition", "cut to:")
            "<Paragraph Type=\"Action\"><Text>Fade </Text><Text Style=\"Bold+AllCaps\">in:</Text>"
            "</Paragraph>\n"
            "<Paragraph Type=\"Scene Heading\"><Text Style=\"Bold\">ext. yard</Text></Paragraph>\n"
            "</Content>\n"
            "<ElementSettings Type=\"Transition\"><FontSpec Style=\"Italic\"/></ElementSettings>\n"
            "</FinalDraft>\n");
    if (!doc)
        return;
    CHECK_STR(dp_doc_element(doc, 0)->text, "INT. MAST FARM - NIGHT");
    CHECK_STR(dp_doc_element(doc, 1)->text, "HÉLÈNE");
    CHECK_STR(dp_doc_element(doc, 2)->text, "cut to:"); /* its settings say no AllCaps */
    CHECK_STR(dp_doc_element(doc, 3)->text, "Fade IN:");
    CHECK_STR(dp_doc_element(doc, 4)->text, "EXT. YARD");
    CHECK(dp_doc_element(doc, 0)->plain == dp_doc_element(doc, 0)->text);
    dp_doc_free(doc);
}

static void text_runs(void)
{
    dp_doc *doc = dpt_parse(CONTENT(
        "<Paragraph Type=\"Scene Heading\">\n"
        "  <SceneProperties Length=\"1\"><Summary><Paragraph><Text>summary</Text></Paragraph>"
        "</Summary><SceneArcBeats><CharacterArcBeat Name=\"A\"><Paragraph><Text>beat</Text>"
        "</Paragraph></CharacterArcBeat></SceneArcBeats></SceneProperties>\n"
        "  <ScriptNote><Paragraph><Text>note</Text></Paragraph></ScriptNote>\n"
        "  <Text>INT. </Text><Text>HOUSE</Text>\n"
        "</Paragraph>\n"
        "<Paragraph Type=\"Action\"><Text>Tom &amp; Jerry\n\t\t   look &lt;up&gt;.</Text>"
        "<Text>\n   </Text></Paragraph>\n"
        "<Paragraph Type=\"Action\"><Text>One.\n</Text><Text>  Two&#233;.</Text></Paragraph>\n"
        "<Paragraph Type=\"Action\"><Text>a\tb <![CDATA[<c>]]></Text></Paragraph>\n"
        "<Paragraph Type=\"Dialogue\"><Text>\n      Hi.\n    </Text></Paragraph>\n"));
    if (!doc)
        return;
    CHECK_INT(dp_doc_element_count(doc), 7);
    CHECK_STR(dp_doc_element(doc, 0)->text, "INT. HOUSE");
    CHECK_STR(dp_doc_element(doc, 1)->text, "summary");
    CHECK_INT(dp_doc_element(doc, 1)->type, DP_EL_SYNOPSIS);
    CHECK_STR(dp_doc_element(doc, 2)->text, "note");
    CHECK_INT(dp_doc_element(doc, 2)->type, DP_EL_NOTE);
    CHECK_STR(dp_doc_element(doc, 3)->text, "Tom & Jerry look <up>.");
    CHECK_STR(dp_doc_element(doc, 4)->text, "One.\n  Twoé.");
    CHECK_STR(dp_doc_element(doc, 5)->text, "a    b <c>");
    CHECK_STR(dp_doc_element(doc, 6)->text, "Hi.");
    dp_doc_free(doc);
}

static void positions(void)
{
    const char *xml = CONTENT("  <Paragraph Type=\"Action\">\n    <Text>Hello.</Text>\n"
                              "  </Paragraph>\n" PARA("Action", "Two."));
    dp_doc *doc = dpt_parse(xml);
    if (!doc)
        return;
    const dp_element *el = dp_doc_element(doc, 0);
    CHECK_INT(el->line, 4);
    CHECK_INT(el->line_end, 6);
    CHECK(!strncmp(xml + el->offset, "<Paragraph", 10));
    CHECK(!strncmp(xml + el->offset + el->length - 12, "</Paragraph>", 12));
    el = dp_doc_element(doc, 1);
    CHECK_INT(el->line, 7);
    CHECK_INT(el->line_end, 7);
    CHECK(!strncmp(xml + el->offset + el->length - 12, "</Paragraph>", 12));
    dp_doc_free(doc);
    /* after a BOM, offsets are still those of the file */
    char bom[512];
    snprintf(bom, sizeof bom, "\xEF\xBB\xBF%s", xml);
    doc = dpt_parse(bom);
    if (doc)
        CHECK(!strncmp(bom + dp_doc_element(doc, 0)->offset, "<Paragraph", 10));
    dp_doc_free(doc);
}

static void scene_properties(void)
{
    static const struct {
        const char *length;
        int eighths;
    } cases[] = {{"1/8", 1}, {"6/8", 6}, {"2", 16}, {"1 3/8", 11}, {"2 7/8", 23},
                 {"about one", -1}, {"1/4", -1}, {"", -1}};
    for (size_t i = 0; i < DP__COUNT(cases); i++) {
        char xml[512];
        snprintf(xml, sizeof xml,
                 CONTENT("<Paragraph Number=\" 12A \" Type=\"Scene Heading\"><SceneProperties "
                         "Length=\"%s\" Page=\"3A\" Title=\"The &amp; end\"/><Text>INT. A</Text>"
                         "</Paragraph>\n"),
                 cases[i].length);
        dp_doc *doc = dpt_parse(xml);
        if (!doc)
            continue;
        const dp_element *el = dp_doc_element(doc, 0);
        CHECK_INT(el->fd_eighths, cases[i].eighths);
        CHECK_STR(el->fd_page, "3A");
        CHECK_STR(el->fd_title, "The & end");
        CHECK_STR(el->scene_number, "12A");
        CHECK_INT(dp_doc_warning_count(doc), cases[i].eighths < 0);
        dp_doc_free(doc);
    }
    dp_doc *doc = dpt_parse(CONTENT(PARA("Scene Heading", "INT. B") PARA("Action", "x")));
    if (doc) {
        CHECK_INT(dp_doc_element(doc, 0)->fd_eighths, -1);
        CHECK(dp_doc_element(doc, 0)->fd_page == NULL && dp_doc_element(doc, 0)->scene_number == NULL);
        CHECK_INT(dp_doc_element(doc, 1)->fd_eighths, -1);
    }
    dp_doc_free(doc);
}

static void dual_dialogue(void)
{
    dp_doc *doc = dpt_parse(CONTENT(
        "<Paragraph Type=\"Character\"><DualDialogue>\n" PARA("Character", "AMY")
            PARA("Dialogue", "Hi.") PARA("Character", "BEN") PARA("Parenthetical", "(low)")
                PARA("Dialogue", "Yo.") "</DualDialogue></Paragraph>\n" PARA("Action", "After.")));
    if (!doc)
        return;
    CHECK_INT(dp_doc_element_count(doc), 6);
    for (size_t i = 0; i < 5; i++)
        CHECK_INT(dp_doc_element(doc, i)->flags & (DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT),
                  i < 2 ? DP_ELF_DUAL_LEFT : DP_ELF_DUAL_RIGHT);
    CHECK_INT(dp_doc_element(doc, 5)->flags, 0);
    dp_doc_free(doc);
}

static void notes_summaries_breaks(void)
{
    dp_doc *doc = dpt_parse(CONTENT(
        "<Paragraph Type=\"Scene Heading\"><SceneProperties><Summary>"
        "<Paragraph><Text>One.</Text></Paragraph><Paragraph><Text></Text></Paragraph>"
        "<Paragraph><Text>  Two.</Text></Paragraph></Summary></SceneProperties>"
        "<ScriptNote><Paragraph><Text>first</Text></Paragraph></ScriptNote>"
        "<Text>INT. A</Text><ScriptNote><Paragraph><Text></Text></Paragraph></ScriptNote>"
        "</Paragraph>\n" PARA("Character", "BOB")
        "<Paragraph Type=\"Dialogue\"><ScriptNote><Paragraph><Text>in dialogue</Text></Paragraph>"
        "</ScriptNote><Text>Hi.</Text></Paragraph>\n"
        "<Paragraph StartsNewPage=\"Yes\" Type=\"Action\"><Text>Next page.</Text></Paragraph>\n"
        "<Paragraph Type=\"Action\"><Text></Text></Paragraph><Paragraph Type=\"Action\"/>\n"
        PARA("Action", "After two blank paragraphs.")));
    if (!doc)
        return;
    static const dp_element_type want[] = {
        DP_EL_SCENE_HEADING, DP_EL_SYNOPSIS, DP_EL_NOTE,       DP_EL_NOTE,  DP_EL_CHARACTER,
        DP_EL_DIALOGUE,      DP_EL_NOTE,     DP_EL_PAGE_BREAK, DP_EL_ACTION, DP_EL_ACTION};
    CHECK_INT(dp_doc_element_count(doc), DP__COUNT(want));
    for (size_t i = 0; i < DP__COUNT(want) && i < dp_doc_element_count(doc); i++)
        CHECK_INT(dp_doc_element(doc, i)->type, want[i]);
    CHECK_STR(dp_doc_element(doc, 1)->text, "One.\n\n  Two.");
    CHECK_STR(dp_doc_element(doc, 2)->text, "first");
    CHECK_STR(dp_doc_element(doc, 3)->text, "");
    CHECK(dp_doc_element(doc, 6)->flags & DP_ELF_IN_DIALOGUE);
    CHECK_INT(dp_doc_element(doc, 8)->blank_before, 1);
    CHECK_INT(dp_doc_element(doc, 9)->blank_before, 3);
    CHECK_INT(dp_doc_element(doc, 0)->blank_before, 2);
    dp_doc_free(doc);
}

static void revisions(void)
{
    dp_doc *doc = dpt_parse(
        HEAD "<Content><Paragraph Type=\"Action\"><Text RevisionID=\"1\">a</Text>"
             "<Text RevisionID=\"3\">b</Text><Text>c</Text></Paragraph>\n"
             "<Paragraph Type=\"Action\"><Text RevisionID=\"0\">d</Text></Paragraph>\n"
             "<Paragraph Type=\"Action\"><Text RevisionID=\"7\">e</Text></Paragraph></Content>\n"
             "<Revisions><Revision ID=\"1\" Name=\"Blue\" PageColor=\"#C6C6EDEDFEFE\" Mark=\"*\"/>"
             "<Revision ID=\"3\" Name=\"Pink &amp; co\" Color=\"#fdccd4\"/></Revisions>\n"
             "</FinalDraft>\n");
    if (!doc)
        return;
    const dp_element *a = dp_doc_element(doc, 0), *d = dp_doc_element(doc, 1),
                     *e = dp_doc_element(doc, 2);
    CHECK_INT(a->revision, 3);
    CHECK_STR(a->revision_name, "Pink & co");
    CHECK_STR(a->revision_color, "#FDCCD4");
    CHECK(a->flags & DP_ELF_REVISED);
    CHECK_INT(d->revision, 0);
    CHECK(!(d->flags & DP_ELF_REVISED) && d->revision_name == NULL);
    CHECK_INT(e->revision, 7); /* a revision the file does not describe */
    CHECK(e->revision_name == NULL);
    CHECK_INT(dp_doc_revision_count(doc), 2);
    CHECK_STR(dp_doc_revision(doc, 0)->color, "#C6EDFE");
    CHECK_STR(dp_doc_revision(doc, 0)->mark, "*");
    CHECK(dp_doc_revision(doc, 2) == NULL);
    dp_doc_free(doc);
}

static void paper(void)
{
    static const struct {
        const char *size;
        dp_paper want;
    } cases[] = {
        {"<PageSize Height=\"11.00\" Width=\"8.50\"/>", DP_PAPER_LETTER},
        {"<PageSize Height=\"11.69\" Width=\"8.26\"/>", DP_PAPER_A4},
        {"<PageSize Height=\"14.00\" Width=\"8.50\"/>", DP_PAPER_AUTO},
        {"", DP_PAPER_AUTO},
    };
    for (size_t i = 0; i < DP__COUNT(cases); i++) {
        char xml[512];
        snprintf(xml, sizeof xml, HEAD "<Content/><PageLayout>%s</PageLayout></FinalDraft>",
                 cases[i].size);
        dp_doc *doc = dpt_parse(xml);
        CHECK_INT(dp_doc_paper(doc), cases[i].want);
        dp_doc_free(doc);
    }
}

#define TAGDATA(cats, defs, tags)                                              \
    "<TagData><TagCategories>" cats "</TagCategories><TagDefinitions>" defs     \
    "</TagDefinitions><Tags>" tags "</Tags></TagData>"
#define CAT(id, name) "<TagCategory Id=\"" id "\" Name=\"" name "\" Number=\"1\"/>"
#define DEF(cat, id, label, n)                                                 \
    "<TagDefinition CatId=\"" cat "\" Id=\"" id "\" Label=\"" label "\" Number=\"" n "\"/>"
#define TAG(n, id) "<Tag Number=\"" n "\"><DefId> " id " </DefId></Tag>"
#define PROPS "05c556eb-6bc1-4a3a-b09f-f8b5ba1b6afa"

static void tags(void)
{
    dp_doc *doc = dpt_parse(
        HEAD "<Content>\n" PARA("Scene Heading", "INT. A")
        "<Paragraph Type=\"Action\"><Text>A </Text><Text TagNumber=\"1\">red </Text>"
        "<Text TagNumber=\"1\" Style=\"Bold\">hat</Text><Text> and </Text>"
        "<Text TagNumber=\"2\"> a van </Text><Text>, </Text><Text TagNumber=\"3\">soup</Text>"
        "<Text>, </Text><Text TagNumber=\"4\">fog</Text><Text>, </Text>"
        "<Text TagNumber=\"5\">x</Text><Text>, </Text><Text TagNumber=\"6\">cat</Text>"
        "<ScriptNote><Paragraph><Text TagNumber=\"1\">in a note</Text></Paragraph></ScriptNote>"
        "</Paragraph>\n</Content>\n"
        TAGDATA(CAT(PROPS, "Accessoires") CAT("c1", "Véhicules") CAT("c2", "Catering")
                CAT("148267AE-50ae-4746-8202-659fb7447b55", "Renamed"),
                DEF(PROPS, "d1", "red hat", "1") DEF("c1", "d2", "van", "2")
                DEF("c2", "d3", "", "3") DEF("148267ae-50ae-4746-8202-659fb7447b55", "d4",
                                              "fog", "4")
                DEF("09cb0d1c-ce01-4f22-bb64-b5f2e6c491c6", "d6", "cat", "6"),
                TAG("1", "d1") TAG("2", "d2") TAG("3", "d3") TAG("4", "d4"))
        "</FinalDraft>\n");
    if (!doc)
        return;
    static const struct {
        uint16_t category;
        const char *name, *label, *text;
    } want[] = {
        {104, "Accessoires", "red hat", "red hat"}, {103, "Véhicules", "van", "a van"},
        {501, "Catering", "soup", "soup"},          {123, "Renamed", "fog", "fog"},
        {108, "Animals", "cat", "cat"},
    };
    CHECK_INT(dp_doc_tag_count(doc), DP__COUNT(want));
    for (size_t i = 0; i < DP__COUNT(want) && i < dp_doc_tag_count(doc); i++) {
        const dp_tag *t = dp_doc_tag(doc, i);
        const dp_element *el = dp_doc_element(doc, t->element);
        CHECK_INT(t->category, want[i].category);
        CHECK_STR(t->category_name, want[i].name);
        CHECK_STR(t->label, want[i].label);
        CHECK(t->length == strlen(want[i].text) &&
              !memcmp(el->plain + t->start, want[i].text, t->length));
        CHECK_INT(t->element, 1);
        CHECK(t->flags & DP_TAGF_USER);
    }
    CHECK_STR(dp_doc_tag(doc, 0)->source_id, "d1");
    /* tag 5 has no definition: one warning */
    CHECK_INT(dp_doc_warning_count(doc), 1);
    CHECK(strstr(dp_doc_warning(doc, 0)->message, "tag 5") != NULL);
    CHECK(dp_doc_tag(doc, DP__COUNT(want)) == NULL);
    dp_doc_free(doc);
}

static void tags_in_the_breakdown(void)
{
    dp_doc *doc = dpt_parse(
        HEAD "<Content>\n" PARA("Scene Heading", "INT. A")
        "<Paragraph Type=\"Action\"><Text>He drinks a </Text><Text TagNumber=\"1\">beer</Text>"
        "<Text>.</Text></Paragraph>\n</Content>\n"
        TAGDATA(CAT(PROPS, "Props"), DEF(PROPS, "d1", "cold beer", "1"), TAG("1", "d1"))
        "</FinalDraft>\n");
    dp_breakdown *bd = NULL;
    dp_error err;
    if (!doc || dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK) {
        dp_doc_free(doc);
        return;
    }
    size_t found = 0;
    for (size_t i = 0; i < dp_breakdown_mention_count(bd); i++) {
        const dp_mention *m = dp_breakdown_mention(bd, i);
        const dp_item *it = dp_breakdown_item(bd, m->item);
        bool on_beer = m->element == 1 && m->start == 12;
        if (on_beer) { /* only the user's: an automatic finding gives way */
            found++;
            CHECK_STR(it->name, "cold beer");
            CHECK_INT(it->category, 104);
            CHECK(it->flags & DP_ITEMF_USER);
            CHECK_STR(m->rule, "user");
            CHECK_INT(m->confidence, 100);
        }
    }
    CHECK_INT(found, 1);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void title_page(void)
{
    dp_doc *doc = dpt_parse(
        HEAD "<Content/><TitlePage><Content>\n"
             "<Paragraph Alignment=\"Center\"><Text Style=\"AllCaps\">the title</Text></Paragraph>"
             "<Paragraph Alignment=\"Center\"><Text>second line</Text></Paragraph>"
             "<Paragraph Alignment=\"Center\"><Text>written by Ann Lee</Text></Paragraph>"
             "<Paragraph Alignment=\"Center\"><Text></Text></Paragraph>"
             "<Paragraph Alignment=\"Center\"><Text>d'après X</Text></Paragraph>"
             "<Paragraph Alignment=\"Left\"><Text>ann@example.org</Text></Paragraph>"
             "<Paragraph Alignment=\"Right\"><Text>May 2026</Text></Paragraph>"
             "</Content></TitlePage></FinalDraft>\n");
    if (!doc)
        return;
    static const char *const want[][2] = {
        {"Title", "THE TITLE\nsecond line"}, {"Credit", "written by"}, {"Author", "Ann Lee"},
        {"Source", "d'après X"}, {"Contact", "ann@example.org"}, {"Draft date", "May 2026"},
    };
    CHECK_INT(dp_doc_title_count(doc), DP__COUNT(want));
    for (size_t i = 0; i < DP__COUNT(want) && i < dp_doc_title_count(doc); i++) {
        CHECK_STR(dp_doc_title(doc, i)->key, want[i][0]);
        CHECK_STR(dp_doc_title(doc, i)->value, want[i][1]);
    }
    dp_doc_free(doc);
}

static char *repeat(const char *unit, size_t times, const char *head, const char *tail,
                    size_t *len)
{
    size_t u = strlen(unit), h = strlen(head), t = strlen(tail);
    char *s = malloc(h + u * times + t + 1);
    memcpy(s, head, h);
    for (size_t i = 0; i < times; i++)
        memcpy(s + h + i * u, unit, u);
    memcpy(s + h + u * times, tail, t + 1);
    *len = h + u * times + t;
    return s;
}

static void refused(void)
{
    static const struct {
        const char *xml;
        dp_status want;
        const char *says;
    } cases[] = {
        {HEAD "<Content><Paragraph Type=\"Action\"><Text>x</Paragraph></Content></FinalDraft>",
         DP_E_FORMAT, "well-formed"},
        {"<?xml version=\"1.0\"?>\n<svg><FinalDraft/></svg>", DP_E_FORMAT, "<svg>"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
         "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<FinalDraft>&lol2;"
         "</FinalDraft>",
         DP_E_FORMAT, "DTD"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft SYSTEM \"http://example.org/x.dtd\">\n"
         "<FinalDraft/>",
         DP_E_FORMAT, "DTD"},
        {HEAD "<Content>&secret;</Content></FinalDraft>", DP_E_FORMAT, "secret"},
        {HEAD "<Content><Paragraph><Text>caf\xE9</Text></Paragraph></Content></FinalDraft>",
         DP_E_FORMAT, "UTF-8"},
        {"<?xml version=\"1.0\"?>", DP_E_FORMAT, "well-formed"},
    };
    for (size_t i = 0; i < DP__COUNT(cases); i++) {
        dp_error err = {0};
        dp_status st = parse_err(cases[i].xml, strlen(cases[i].xml), &err);
        if (st != cases[i].want || !strstr(err.msg, cases[i].says))
            dpt_fail(__FILE__, __LINE__, "case %zu: %s, \"%s\"", i, dp_status_name(st), err.msg);
    }
    dp_error err = {0};
    CHECK_INT(parse_err(HEAD "<Content>\0</Content>", sizeof HEAD + 19, &err), DP_E_BINARY);
    dp_doc *doc = NULL;
    dp_parse_options fdx = {DP_FORMAT_FDX, NULL};
    CHECK_INT(dp_doc_parse("INT. HOUSE - DAY\n", 17, &fdx, &doc, &err), DP_E_FORMAT);
    CHECK(strstr(err.msg, "not XML") != NULL);
    /* nesting beyond the cap */
    size_t len;
    char *deep = repeat("<a>", 100, HEAD, "", &len);
    CHECK_INT(parse_err(deep, len, &err), DP_E_LIMIT);
    CHECK(strstr(err.msg, "deep") != NULL);
    free(deep);
}

static void accepted(void)
{
    /* an encoding declaration is not obeyed: the text is read as UTF-8 */
    dp_doc *doc = dpt_parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<FinalDraft>"
                            "<Content>" PARA("Action", "Café") "</Content></FinalDraft>");
    if (doc)
        CHECK_STR(dp_doc_element(doc, 0)->text, "Café");
    dp_doc_free(doc);
    doc = dpt_parse("<FinalDraft/>");
    CHECK_INT(dp_doc_element_count(doc), 0);
    CHECK_INT(dp_doc_format(doc), DP_FORMAT_FDX);
    dp_doc_free(doc);
    size_t len;
    char *many = repeat(PARA("Action", "x"), 100000, HEAD "<Content>", "</Content></FinalDraft>",
                        &len);
    dp_error err;
    CHECK_INT(dp_doc_parse(many, len, NULL, &doc, &err), DP_OK);
    CHECK_INT(dp_doc_element_count(doc), 100000);
    dp_doc_free(doc);
    free(many);
}

void dpt_suite_fdx_read(void)
{
    dpt_run("fdx_read: paragraph types, centered action, unknown types warned", paragraph_types);
    dpt_run("fdx_read: AllCaps from the run, the element's default, or its settings", all_caps);
    dpt_run("fdx_read: direct runs only, layout whitespace, line breaks, entities, tabs",
            text_runs);
    dpt_run("fdx_read: line, last line and byte span of each paragraph", positions);
    dpt_run("fdx_read: scene numbers and SceneProperties (Length W N/8, Page, Title)",
            scene_properties);
    dpt_run("fdx_read: DualDialogue gives left and right columns", dual_dialogue);
    dpt_run("fdx_read: summaries, notes, page breaks, empty paragraphs", notes_summaries_breaks);
    dpt_run("fdx_read: revision runs with the revision's name and colour", revisions);
    dpt_run("fdx_read: US Letter, A4, other sizes", paper);
    dpt_run("fdx_read: TagData resolved by UUID, name, alternative UUID, custom", tags);
    dpt_run("fdx_read: a user tag is an item; an automatic finding gives way", tags_in_the_breakdown);
    dpt_run("fdx_read: title page blocks to Title, Credit, Author, Source, Contact, Draft date",
            title_page);
    dpt_run("fdx_read: malformed XML, other XML, DTDs and entity bombs, NUL, bad UTF-8, depth",
            refused);
    dpt_run("fdx_read: declared encodings, an empty script, 100,000 paragraphs", accepted);
}
