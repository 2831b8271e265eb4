/* The Final Draft writer: the script as Final Draft paragraphs, in the
 * structure of Final Draft's own files (Content, TitlePage,
 * ElementSettings, PageLayout, Revisions, TagData). Element types map to
 * paragraph types; centered text is a centered Action, a section an
 * "Outline N" paragraph, a synopsis the scene's Summary (or an "Outline
 * Body"), a note a ScriptNote of the paragraph before it, a page break
 * StartsNewPage on the paragraph after it, dual dialogue a DualDialogue.
 * Text is written without Fountain's emphasis markers. */
#include "fdx_write.h"

#include <stdio.h>
#include <string.h>

typedef struct writer {
    fdx_out o;
    const dp_doc *doc;
    const fdx_tagset *ts;
    size_t next_tag; /* first tag not yet written */
    uint32_t used;   /* FDXU_* */
} writer;

static const dp_element *el_at(const writer *W, size_t i) { return &W->doc->elements[i]; }

static bool in_dual(const dp_element *el)
{
    return (el->flags & (DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT)) &&
           (el->type == DP_EL_CHARACTER || el->type == DP_EL_PARENTHETICAL ||
            el->type == DP_EL_DIALOGUE || el->type == DP_EL_LYRIC);
}

static const char *para_type(writer *W, const dp_element *el, char buf[16])
{
    switch (el->type) {
    case DP_EL_SCENE_HEADING:
        return "Scene Heading";
    case DP_EL_CHARACTER:
        return "Character";
    case DP_EL_PARENTHETICAL:
        return "Parenthetical";
    case DP_EL_DIALOGUE:
        return "Dialogue";
    case DP_EL_TRANSITION:
        return "Transition";
    case DP_EL_LYRIC:
        W->used |= FDXU_LYRICS;
        return "Lyrics";
    case DP_EL_SYNOPSIS:
        W->used |= FDXU_OUTLINE_BODY;
        return "Outline Body";
    case DP_EL_SECTION: {
        int d = el->depth < 1 ? 1 : el->depth > 9 ? 9 : el->depth;
        W->used |= FDXU_OUTLINE(d);
        memcpy(buf, "Outline ", 8);
        buf[8] = (char)('0' + d);
        buf[9] = '\0';
        return buf;
    }
    default:
        return "Action";
    }
}

/* ---- runs -------------------------------------------------------------------- */

static void run(writer *W, const char *ind, const char *s, size_t n, uint32_t revision,
                uint32_t tag)
{
    dp__out_printf(&W->o, "%s  <Text", ind);
    if (revision)
        dp__out_printf(&W->o, " RevisionID=\"%u\"", revision);
    if (tag)
        dp__out_printf(&W->o, " TagNumber=\"%u\"", tag);
    dp__out_puts(&W->o, ">");
    dp__fdxo_text(&W->o, s, n);
    dp__out_puts(&W->o, "</Text>\n");
}

/* The element's plain text as runs: a new run after each line break (so
 * indentation of the next line is not taken for XML layout) and at each
 * tag's edges. */
static void write_runs(writer *W, size_t e, const char *ind)
{
    const dp_element *el = el_at(W, e);
    const char *p = el->plain;
    size_t n = strlen(p);
    const fdx_tagset *ts = W->ts;
    size_t t = W->next_tag;
    while (t < ts->n_tags && ts->tags[t].element < e)
        t++;
    if (n == 0)
        run(W, ind, "", 0, el->revision, 0);
    size_t i = 0;
    while (i < n) {
        while (t < ts->n_tags && ts->tags[t].element == e && ts->tags[t].end <= i)
            t++;
        const fdx_wtag *tag = t < ts->n_tags && ts->tags[t].element == e ? &ts->tags[t] : NULL;
        size_t end = n;
        uint32_t num = 0;
        if (tag && tag->start <= i) {
            end = tag->end;
            num = tag->number;
        } else if (tag) {
            end = tag->start;
        }
        if (end > n)
            end = n;
        const char *nl = memchr(p + i, '\n', end - i);
        if (nl)
            end = (size_t)(nl - p) + 1;
        run(W, ind, p + i, end - i, el->revision, num);
        i = end;
    }
    W->next_tag = t;
}

/* ---- paragraphs --------------------------------------------------------------- */

/* Each line of s as a paragraph of a note or summary. */
static void inner_paras(writer *W, const char *ind, const char *s)
{
    do {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        dp__out_printf(&W->o, "%s<Paragraph>\n%s  <Text>", ind, ind);
        dp__fdxo_text(&W->o, s, n);
        dp__out_printf(&W->o, "</Text>\n%s</Paragraph>\n", ind);
        s += n + (nl != NULL);
        if (!nl)
            break;
    } while (1);
}

/* Notes from element j on, as ScriptNotes; returns the next element. */
static size_t write_notes(writer *W, size_t j, const char *ind)
{
    char inner[64];
    snprintf(inner, sizeof inner, "%s    ", ind);
    while (j < W->doc->n_elements && el_at(W, j)->type == DP_EL_NOTE) {
        dp__out_printf(&W->o, "%s  <ScriptNote Color=\"#FFFFC8C80000\" Name=\"\" Type=\"Info\">\n",
                        ind);
        inner_paras(W, inner, el_at(W, j)->plain);
        dp__out_printf(&W->o, "%s  </ScriptNote>\n", ind);
        j++;
    }
    return j;
}

/* SceneProperties of heading i, with the synopsis at j as its Summary;
 * returns the next element. */
static size_t write_props(writer *W, size_t i, size_t j, const char *ind)
{
    const dp_element *el = el_at(W, i);
    bool summary = j < W->doc->n_elements && el_at(W, j)->type == DP_EL_SYNOPSIS;
    if (el->fd_eighths < 0 && !el->fd_page && !el->fd_title && !summary)
        return j;
    dp__out_printf(&W->o, "%s  <SceneProperties", ind);
    if (el->fd_eighths >= 0) {
        int32_t w = el->fd_eighths / 8, e = el->fd_eighths % 8;
        if (w > 0 && e > 0)
            dp__out_printf(&W->o, " Length=\"%d %d/8\"", (int)w, (int)e);
        else if (w > 0)
            dp__out_printf(&W->o, " Length=\"%d\"", (int)w);
        else
            dp__out_printf(&W->o, " Length=\"%d/8\"", (int)e);
    }
    if (el->fd_page)
        dp__fdxo_attr(&W->o, "Page", el->fd_page);
    if (el->fd_title)
        dp__fdxo_attr(&W->o, "Title", el->fd_title);
    if (!summary) {
        dp__out_puts(&W->o, "/>\n");
        return j;
    }
    char inner[64];
    snprintf(inner, sizeof inner, "%s      ", ind);
    dp__out_printf(&W->o, ">\n%s    <Summary>\n", ind);
    inner_paras(W, inner, el_at(W, j)->plain);
    dp__out_printf(&W->o, "%s    </Summary>\n%s  </SceneProperties>\n", ind, ind);
    return j + 1;
}

static void open_para(writer *W, const char *ind, const char *type, bool center,
                      const char *number, bool new_page)
{
    dp__out_printf(&W->o, "%s<Paragraph", ind);
    if (center)
        dp__out_puts(&W->o, " Alignment=\"Center\"");
    if (number)
        dp__fdxo_attr(&W->o, "Number", number);
    if (new_page)
        dp__out_puts(&W->o, " StartsNewPage=\"Yes\"");
    dp__fdxo_attr(&W->o, "Type", type);
    dp__out_puts(&W->o, ">\n");
}

/* Element i as a paragraph, with the notes (and a heading's synopsis)
 * after it; returns the next element. */
static size_t write_para(writer *W, size_t i, bool new_page, const char *ind)
{
    const dp_element *el = el_at(W, i);
    char buf[16];
    bool heading = el->type == DP_EL_SCENE_HEADING;
    open_para(W, ind, para_type(W, el, buf), el->type == DP_EL_CENTERED,
              heading ? el->scene_number : NULL, new_page);
    size_t j = i + 1;
    if (heading)
        j = write_props(W, i, j, ind);
    j = write_notes(W, j, ind);
    write_runs(W, i, ind);
    dp__out_printf(&W->o, "%s</Paragraph>\n", ind);
    return j;
}

/* Notes with no paragraph before them, in an empty one. */
static size_t write_lone_notes(writer *W, size_t i, bool new_page)
{
    open_para(W, "    ", "Action", false, NULL, new_page);
    i = write_notes(W, i, "    ");
    dp__out_puts(&W->o, "      <Text></Text>\n    </Paragraph>\n");
    return i;
}

/* Both columns of a dual dialogue from element i; returns the next. */
static size_t write_dual(writer *W, size_t i, bool new_page)
{
    open_para(W, "    ", "Character", false, NULL, new_page);
    dp__out_puts(&W->o, "      <DualDialogue>\n");
    bool right = false;
    while (i < W->doc->n_elements && in_dual(el_at(W, i))) {
        const dp_element *el = el_at(W, i);
        if (right && (el->flags & DP_ELF_DUAL_LEFT))
            break; /* the next pair */
        right |= (el->flags & DP_ELF_DUAL_RIGHT) != 0;
        i = write_para(W, i, false, "        ");
    }
    dp__out_puts(&W->o, "      </DualDialogue>\n    </Paragraph>\n");
    return i;
}

static void write_content(writer *W)
{
    dp__out_puts(&W->o, "  <Content>\n");
    bool new_page = false;
    size_t i = 0;
    while (i < W->doc->n_elements && W->o.status == DP_OK) {
        const dp_element *el = el_at(W, i);
        if (el->type == DP_EL_PAGE_BREAK) {
            if (new_page) /* two breaks in a row: an empty page between */
                write_lone_notes(W, i, true);
            new_page = true;
            i++;
            continue;
        }
        if (el->type == DP_EL_NOTE)
            i = write_lone_notes(W, i, new_page);
        else if (in_dual(el))
            i = write_dual(W, i, new_page);
        else
            i = write_para(W, i, new_page, "    ");
        new_page = false;
    }
    if (new_page)
        write_lone_notes(W, W->doc->n_elements, true);
    dp__out_puts(&W->o, "  </Content>\n");
}

static dp_status write_fdx(const dp_doc *doc, const dp_breakdown *bd, const dp_sink *sink,
                           dp_error *err)
{
    fdx_tagset ts;
    dp_status st = dp__fdx_tagset_build(doc, bd, &ts);
    if (st != DP_OK) {
        dp__fdx_tagset_release(&ts);
        return dp__error_set(err, st, 0, 0, "writing FDX: %s", dp_strerror(st));
    }
    writer W;
    memset(&W, 0, sizeof W);
    W.doc = doc;
    W.ts = &ts;
    dp__fdxo_init(&W.o, sink);
    dp__out_puts(&W.o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
                       "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n\n");
    write_content(&W);
    dp__fdx_write_title_page(&W.o, doc);
    dp__fdx_write_settings(&W.o, doc, W.used);
    dp__fdx_write_layout(&W.o, doc);
    dp__fdx_write_revisions(&W.o, doc);
    dp__fdx_write_tagdata(&W.o, &ts);
    dp__out_puts(&W.o, "</FinalDraft>\n");
    st = dp__out_close(&W.o);
    dp__fdx_tagset_release(&ts);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "writing FDX: %s", dp_strerror(st));
    return DP_OK;
}

dp_status dp_doc_write_fdx(const dp_doc *doc, const dp_sink *sink, dp_error *err)
{
    if (!doc || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_doc_write_fdx: NULL argument");
    return write_fdx(doc, NULL, sink, err);
}

dp_status dp_breakdown_write_fdx(const dp_breakdown *bd, const dp_sink *sink, dp_error *err)
{
    if (!bd || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_breakdown_write_fdx: NULL argument");
    return write_fdx(bd->doc, bd, sink, err);
}
