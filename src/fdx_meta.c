/* The Final Draft blocks around the script: title page, element settings
 * and page layout (Final Draft's standard US Letter and A4 templates, as
 * in docs/formats.md §2.6), revisions and the Tagger's TagData. */
#include "categories.h"
#include "fdx_write.h"

#include <stdio.h>
#include <string.h>

/* ---- title page ----------------------------------------------------------- */

static void title_para(fdx_out *o, const char *align, const char *s, size_t n)
{
    dp__out_printf(o, "      <Paragraph Alignment=\"%s\" FirstIndent=\"0.00\" Leading=\"Regular\" "
                       "LeftIndent=\"1.00\" RightIndent=\"7.50\" SpaceBefore=\"0\" Spacing=\"1\" "
                       "StartsNewPage=\"No\">\n        <Text>",
                    align);
    dp__fdxo_text(o, s, n);
    dp__out_puts(o, "</Text>\n      </Paragraph>\n");
}

/* Each line of 'v' as a paragraph, then an empty one. */
static void title_block(fdx_out *o, const char *align, const char *prefix, const char *v)
{
    while (*v) {
        const char *nl = strchr(v, '\n');
        size_t n = nl ? (size_t)(nl - v) : strlen(v);
        if (prefix) {
            dp__buf line;
            dp__buf_init(&line, DP_MAX_INPUT_BYTES);
            if (dp__buf_printf(&line, "%s: ", prefix) == DP_OK &&
                dp__buf_append(&line, v, n) == DP_OK)
                title_para(o, align, line.data, line.len);
            else if (o->status == DP_OK)
                o->status = DP_E_NOMEM;
            dp__buf_release(&line);
            prefix = NULL;
        } else {
            title_para(o, align, v, n);
        }
        v += n + (nl != NULL);
    }
    title_para(o, align, "", 0);
}

static bool key_is(const dp_title_entry *t, const char *k)
{
    return dp__ascii_ieq(t->key, strlen(t->key), k);
}

void dp__fdx_write_title_page(fdx_out *o, const dp_doc *doc)
{
    static const char *const centered[] = {"title", "titre", "credit", "author", "authors",
                                           "auteur", "auteurs", "source", "notes"};
    if (doc->n_title == 0)
        return;
    dp__out_puts(o, "  <TitlePage>\n    <Content>\n");
    for (size_t i = 0; i < doc->n_title; i++)
        for (size_t k = 0; k < DP__COUNT(centered); k++)
            if (key_is(&doc->title[i], centered[k])) {
                title_block(o, "Center", NULL, doc->title[i].value);
                break;
            }
    for (size_t i = 0; i < doc->n_title; i++) {
        const dp_title_entry *t = &doc->title[i];
        bool done = false;
        for (size_t k = 0; k < DP__COUNT(centered); k++)
            done |= key_is(t, centered[k]);
        if (done || key_is(t, "draft date"))
            continue;
        title_block(o, "Left", key_is(t, "contact") ? NULL : t->key, t->value);
    }
    for (size_t i = 0; i < doc->n_title; i++)
        if (key_is(&doc->title[i], "draft date"))
            title_block(o, "Right", NULL, doc->title[i].value);
    dp__out_puts(o, "    </Content>\n  </TitlePage>\n");
}

/* ---- element settings and layout ------------------------------------------ */

typedef struct setting {
    const char *type, *style, *align;
    const char *left_us, *right_us, *left_a4, *right_a4;
    const char *first_indent;
    int space_before;
    const char *paginate_as, *return_key;
    uint32_t needs; /* FDXU_* bit, or 0: always written */
    const char *shortcut;
} setting;

static const setting settings[] = {
    {"General", "", "Left", "1.50", "7.50", "1.25", "7.25", "0.00", 0, "General", "General", 0, "0"},
    {"Scene Heading", "AllCaps", "Left", "1.50", "7.50", "1.25", "7.25", "0.00", 24,
     "Scene Heading", "Action", 0, "1"},
    {"Action", "", "Left", "1.50", "7.50", "1.25", "7.25", "0.00", 12, "Action", "Action", 0, "2"},
    {"Character", "AllCaps", "Left", "3.50", "7.25", "3.75", "7.25", "0.00", 12, "Character",
     "Dialogue", 0, "3"},
    {"Parenthetical", "", "Left", "3.00", "5.50", "3.25", "5.25", "-0.10", 0, "Parenthetical",
     "Dialogue", 0, "4"},
    {"Dialogue", "", "Left", "2.50", "6.00", "2.56", "6.25", "0.00", 0, "Dialogue", "Action", 0, "5"},
    {"Transition", "AllCaps", "Right", "5.50", "7.10", "5.25", "6.75", "0.00", 12, "Transition",
     "Scene Heading", 0, "6"},
    {"Shot", "AllCaps", "Left", "1.50", "7.50", "1.25", "7.25", "0.00", 24, "Scene Heading",
     "Action", 0, "7"},
    {"Lyrics", "Italic", "Left", "2.50", "6.00", "2.56", "6.25", "0.00", 0, "Dialogue", "Lyrics",
     FDXU_LYRICS, ""},
    {"Outline Body", "Italic+HiddenText", "Left", "1.50", "7.50", "1.25", "7.50", "0.00", 0,
     "General", "Outline Body", FDXU_OUTLINE_BODY, ""},
};

static void write_setting(fdx_out *o, const setting *s, const char *type, bool a4)
{
    dp__out_printf(o, "  <ElementSettings Type=\"%s\">\n", type);
    dp__out_printf(o, "    <FontSpec AdornmentStyle=\"0\" Background=\"#FFFFFFFFFFFF\" "
                       "Color=\"#000000000000\" Font=\"Courier Final Draft\" RevisionID=\"0\" "
                       "Size=\"12\" Style=\"%s\"/>\n",
                    s->style);
    dp__out_printf(o, "    <ParagraphSpec Alignment=\"%s\" FirstIndent=\"%s\" Leading=\"Regular\" "
                       "LeftIndent=\"%s\" RightIndent=\"%s\" SpaceBefore=\"%d\" Spacing=\"1\" "
                       "StartsNewPage=\"No\"/>\n",
                    s->align, s->first_indent, a4 ? s->left_a4 : s->left_us,
                    a4 ? s->right_a4 : s->right_us, s->space_before);
    dp__out_printf(o, "    <Behavior PaginateAs=\"%s\" ReturnKey=\"%s\" Shortcut=\"%s\"/>\n",
                    s->paginate_as, s->return_key, s->shortcut);
    dp__out_puts(o, "  </ElementSettings>\n");
}

void dp__fdx_write_settings(fdx_out *o, const dp_doc *doc, uint32_t used)
{
    bool a4 = doc->paper == DP_PAPER_A4;
    for (size_t i = 0; i < DP__COUNT(settings); i++)
        if (!settings[i].needs || (used & settings[i].needs))
            write_setting(o, &settings[i], settings[i].type, a4);
    static const setting outline = {"", "Italic+HiddenText", "Left", "1.50", "7.50", "1.25",
                                    "7.50", "0.00", 12, "General", "Outline Body", 0, ""};
    for (int d = 1; d <= 9; d++) {
        if (!(used & FDXU_OUTLINE(d)))
            continue;
        char type[] = "Outline 0";
        type[8] = (char)('0' + d);
        write_setting(o, &outline, type, a4);
    }
}

void dp__fdx_write_layout(fdx_out *o, const dp_doc *doc)
{
    bool a4 = doc->paper == DP_PAPER_A4;
    dp__out_printf(o, "  <PageLayout BackgroundColor=\"#FFFFFFFFFFFF\" BottomMargin=\"%d\" "
                       "BreakDialogueAndActionAtSentences=\"Yes\" DocumentLeading=\"Normal\" "
                       "FooterMargin=\"36\" ForegroundColor=\"#000000000000\" HeaderMargin=\"36\" "
                       "InvisiblesColor=\"#808080808080\" TopMargin=\"%d\" UsesSmartQuotes=\"Yes\">\n",
                    a4 ? 65 : 72, a4 ? 75 : 72);
    dp__out_printf(o, "    <PageSize Height=\"%s\" Width=\"%s\"/>\n", a4 ? "11.69" : "11.00",
                    a4 ? "8.26" : "8.50");
    dp__out_puts(o, "  </PageLayout>\n");
}

/* "#C6EDFE" -> "#C6C6EDEDFEFE" (Final Draft's 16 bits per channel). */
static void fd_color(const char *c, char out[14])
{
    if (!c || strlen(c) != 7 || c[0] != '#') {
        memcpy(out, "#000000000000", 14);
        return;
    }
    out[0] = '#';
    for (int i = 0; i < 3; i++) {
        out[1 + 4 * i] = out[3 + 4 * i] = c[1 + 2 * i];
        out[2 + 4 * i] = out[4 + 4 * i] = c[2 + 2 * i];
    }
    out[13] = '\0';
}

void dp__fdx_write_revisions(fdx_out *o, const dp_doc *doc)
{
    if (doc->n_revisions == 0)
        return;
    dp__out_printf(o, "  <Revisions ActiveSet=\"%u\" Location=\"7.75\" RevisionMode=\"No\" "
                       "RevisionsShown=\"Active\" ShowAllMarks=\"No\" ShowAllSets=\"No\" "
                       "ShowPageColor=\"No\">\n",
                    doc->revisions[doc->n_revisions - 1].id);
    for (size_t i = 0; i < doc->n_revisions; i++) {
        const dp_revision *r = &doc->revisions[i];
        char page[14];
        fd_color(r->color, page);
        dp__out_printf(o, "    <Revision Color=\"#000000000000\" FullRevision=\"No\" ID=\"%u\"",
                        r->id);
        dp__fdxo_attr(o, "Mark", r->mark ? r->mark : "*");
        dp__fdxo_attr(o, "Name", r->name);
        dp__fdxo_attr(o, "PageColor", page);
        dp__out_puts(o, " Style=\"\"/>\n");
    }
    dp__out_puts(o, "  </Revisions>\n");
}

/* ---- TagData ------------------------------------------------------------------ */

static void category_line(fdx_out *o, const char *color, const char *id, const char *name,
                          unsigned number)
{
    char c[14];
    fd_color(color, c);
    dp__out_printf(o, "      <TagCategory Color=\"%s\" Id=\"%s\"", c, id);
    dp__fdxo_attr(o, "Name", name);
    dp__out_printf(o, " Number=\"%u\" Style=\"Bold\"/>\n", number);
}

/* Id of category 'cat': Final Draft's own, or one made from its name. */
static const char *category_id(const fdx_wdef *d, char buf[37])
{
    const dp__category *c = dp__category_by_id(d->category);
    if (c && c->fd_uuid)
        return c->fd_uuid;
    dp__fdx_uuid("category", 8, d->category_name, strlen(d->category_name), buf);
    return buf;
}

void dp__fdx_write_tagdata(fdx_out *o, const fdx_tagset *ts)
{
    dp__out_puts(o, "  <TagData>\n    <TagCategories>\n");
    for (size_t i = 0; i < dp__category_count(); i++) {
        const dp__category *c = dp__category_at(i);
        if (c->fd_uuid)
            category_line(o, c->color, c->fd_uuid, c->fd_name, c->fd_number);
    }
    unsigned next = 32; /* after Final Draft's own numbers */
    for (size_t i = 0; i < ts->n_defs; i++) { /* the other categories, once each */
        const fdx_wdef *d = &ts->defs[i];
        const dp__category *c = dp__category_by_id(d->category);
        if (c && c->fd_uuid)
            continue;
        bool seen = false;
        for (size_t k = 0; k < i && !seen; k++)
            seen = ts->defs[k].category == d->category;
        if (seen)
            continue;
        char id[37];
        category_line(o, c ? c->color : "#607D8B", category_id(d, id), d->category_name, next++);
    }
    dp__out_puts(o, "    </TagCategories>\n    <TagDefinitions>\n");
    for (size_t i = 0; i < ts->n_defs; i++) {
        const fdx_wdef *d = &ts->defs[i];
        char buf[37];
        dp__out_puts(o, "      <TagDefinition");
        dp__fdxo_attr(o, "CatId", category_id(d, buf));
        dp__fdxo_attr(o, "Id", d->id);
        dp__fdxo_attr(o, "Label", d->label);
        dp__out_printf(o, " Number=\"%u\"/>\n", d->number);
    }
    dp__out_puts(o, "    </TagDefinitions>\n    <Tags>\n");
    for (size_t i = 0; i < ts->n_defs; i++) {
        dp__out_printf(o, "      <Tag Number=\"%u\">\n        <DefId>", ts->defs[i].number);
        dp__fdxo_text(o, ts->defs[i].id, strlen(ts->defs[i].id));
        dp__out_puts(o, "</DefId>\n      </Tag>\n");
    }
    dp__out_puts(o, "    </Tags>\n  </TagData>\n");
}
