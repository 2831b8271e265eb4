/* The Final Draft reader, XML pass: libxml2's SAX2 parser, with network
 * access, DTDs and entity expansion off and depth and node caps, keeps the
 * script and title page paragraphs (with their runs, notes and summaries),
 * the tags, the revisions, the element settings and the page size. No tree
 * is built: memory follows what is kept, not the number of XML nodes. */
#include "fdx.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdio.h>
#include <string.h>

#define FDX_MAX_DEPTH 64
#define FDX_MAX_NODES 8000000u
#define FDX_MAX_ITEMS (DP_MAX_ELEMENTS * (size_t)4)

typedef enum kind {
    K_IGNORE = 0, /* an element we skip, with everything inside */
    K_ROOT,       /* FinalDraft */
    K_CONTENT,    /* FinalDraft/Content */
    K_PARA,       /* a script paragraph */
    K_TEXT,       /* one of its runs */
    K_PROPS,      /* its SceneProperties */
    K_EXTRA,      /* its ScriptNote, or SceneProperties/Summary */
    K_XPARA,      /* a paragraph of a note or summary */
    K_XTEXT,      /* a run of it */
    K_DUAL,       /* DualDialogue */
    K_TITLE,      /* TitlePage */
    K_TCONTENT,   /* TitlePage/Content */
    K_TPARA,      /* a title page paragraph */
    K_TTEXT,      /* a run of it */
    K_LAYOUT,     /* PageLayout */
    K_REVS,       /* Revisions */
    K_SETTINGS,   /* ElementSettings */
    K_TAGDATA,
    K_TAGCATS,
    K_TAGDEFS,
    K_TAGS,
    K_TAG,
    K_DEFID
} kind;

typedef struct frame {
    uint8_t kind;
    uint32_t index; /* the paragraph, extra, run, settings or tag it opened */
} frame;

typedef struct reader {
    dp_doc *doc;
    fdx_raw *raw;
    xmlParserCtxtPtr ctxt;
    const char *src; /* what libxml2 reads: the input after a BOM */
    size_t n;
    uint32_t base;   /* bytes of the input before src */
    size_t pos;      /* src[0..pos) holds line - 1 line breaks */
    uint32_t line;
    frame stack[FDX_MAX_DEPTH];
    int depth;
    uint32_t nodes;
    uint32_t dual_speakers; /* Character paragraphs in the open DualDialogue */
    uint32_t extra_paras;   /* paragraphs in the open note or summary */
    dp__buf xrun, xpara;    /* the open run and paragraph of a note or summary */
    dp__buf scratch;
    dp__buf defid;          /* characters of the open DefId */
    /* our own reason to stop */
    bool stopped;
    dp_status stop_code;
    uint32_t stop_line;
    char stop_msg[200];
    /* libxml2's first error */
    bool xml_failed;
    uint32_t xml_line, xml_col;
    char xml_msg[200];
} reader;

/* ---- positions ---------------------------------------------------------- */

static size_t consumed(reader *R)
{
    long c = xmlByteConsumed(R->ctxt);
    if (c < 0)
        return R->pos;
    return (size_t)c > R->n ? R->n : (size_t)c;
}

/* 1-based line of src[p]. Positions mostly grow; a step back recounts. */
static uint32_t line_at(reader *R, size_t p)
{
    if (p < R->pos) {
        R->pos = 0;
        R->line = 1;
    }
    const char *s = R->src + R->pos, *e = R->src + p;
    while (s < e && (s = memchr(s, '\n', (size_t)(e - s))) != NULL) {
        R->line++;
        s++;
    }
    R->pos = p;
    return R->line;
}

/* Offset of the '<' of the start tag being reported (the parser stands at
 * its end; an attribute value cannot hold '<'). */
static size_t tag_start(reader *R)
{
    size_t p = consumed(R);
    while (p > 0 && R->src[p - 1] != '<')
        p--;
    return p > 0 ? p - 1 : 0;
}

/* ---- stopping ----------------------------------------------------------- */

static void stop(reader *R, dp_status code, const char *fmt, ...) DP__PRINTF(3, 4);

static void stop(reader *R, dp_status code, const char *fmt, ...)
{
    if (R->stopped)
        return;
    R->stopped = true;
    R->stop_code = code;
    R->stop_line = line_at(R, consumed(R));
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(R->stop_msg, sizeof R->stop_msg, fmt, ap);
    va_end(ap);
    xmlStopParser(R->ctxt);
}

static void fail(reader *R, dp_status st)
{
    if (st == DP_E_LIMIT)
        stop(R, st, "the script is too large (more than %zu paragraphs, runs or tags)",
             (size_t)DP_MAX_ELEMENTS);
    else
        stop(R, st, "%s", dp_strerror(st));
}

static void on_error(void *ctx, xmlErrorPtr e)
{
    reader *R = ctx;
    if (!e || e->level < XML_ERR_ERROR || R->xml_failed)
        return;
    R->xml_failed = true;
    R->xml_line = e->line > 0 ? (uint32_t)e->line : 0;
    R->xml_col = e->int2 > 0 ? (uint32_t)e->int2 : 0;
    snprintf(R->xml_msg, sizeof R->xml_msg, "%s", e->message ? e->message : "XML error");
    size_t k = strlen(R->xml_msg);
    while (k > 0 && (R->xml_msg[k - 1] == '\n' || R->xml_msg[k - 1] == ' '))
        R->xml_msg[--k] = '\0';
}

static void on_dtd(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    (void)name;
    (void)ext;
    (void)sys;
    stop(ctx, DP_E_FORMAT,
         "the file declares a DTD (<!DOCTYPE>), which Final Draft files never do: "
         "refused (a DTD can hide entity expansion bombs)");
}

/* ---- what each element opens -------------------------------------------- */

static uint32_t new_para(reader *R, fdx_attrs *A, uint32_t flags)
{
    fdx_raw *raw = R->raw;
    dp_status st = dp__grow((void **)&raw->paras, &raw->cap_paras, raw->n_paras,
                            sizeof *raw->paras, FDX_MAX_ITEMS);
    if (st != DP_OK) {
        fail(R, st);
        return FDX_NONE;
    }
    size_t at = tag_start(R);
    fdx_para *p = &raw->paras[raw->n_paras];
    memset(p, 0, sizeof *p);
    p->type = dp__fdx_attr(A, "Type", &raw->arena);
    if (!(flags & FDXP_TITLE))
        p->number = dp__fdx_attr(A, "Number", &raw->arena);
    if (dp__fdx_attr_is(A, "StartsNewPage", "Yes"))
        flags |= FDXP_NEW_PAGE;
    if (dp__fdx_attr_is(A, "Alignment", "Center"))
        flags |= FDXP_CENTER;
    else if (dp__fdx_attr_is(A, "Alignment", "Right"))
        flags |= FDXP_RIGHT;
    p->flags = flags;
    p->offset = R->base + (uint32_t)at;
    p->line = line_at(R, at);
    p->end = p->offset;
    p->line_end = p->line;
    return (uint32_t)raw->n_paras++;
}

static uint32_t new_run(reader *R, fdx_attrs *A, uint32_t para)
{
    fdx_raw *raw = R->raw;
    dp_status st = dp__grow((void **)&raw->runs, &raw->cap_runs, raw->n_runs,
                            sizeof *raw->runs, FDX_MAX_ITEMS);
    if (st != DP_OK) {
        fail(R, st);
        return FDX_NONE;
    }
    raw->runs[raw->n_runs] = (fdx_run){
        .text = (uint32_t)raw->text.len,
        .allcaps = dp__fdx_attr_allcaps(A),
        .revision = dp__fdx_attr_u32(A, "RevisionID"),
        .tag = dp__fdx_attr_u32(A, "TagNumber"),
        .para = para,
    };
    return (uint32_t)raw->n_runs++;
}

static uint32_t new_extra(reader *R, bool is_note, uint32_t para)
{
    fdx_raw *raw = R->raw;
    dp_status st = dp__grow((void **)&raw->extras, &raw->cap_extras, raw->n_extras,
                            sizeof *raw->extras, FDX_MAX_ITEMS);
    if (st != DP_OK) {
        fail(R, st);
        return FDX_NONE;
    }
    size_t at = tag_start(R);
    fdx_extra *x = &raw->extras[raw->n_extras];
    *x = (fdx_extra){.is_note = is_note, .para = para, .text = (uint32_t)raw->text.len};
    x->offset = R->base + (uint32_t)at;
    x->line = line_at(R, at);
    R->extra_paras = 0;
    return (uint32_t)raw->n_extras++;
}

static void add_revision(reader *R, fdx_attrs *A)
{
    dp_revision rev = {
        .id = dp__fdx_attr_u32(A, "ID"),
        .name = dp__fdx_attr(A, "Name", &R->doc->arena),
        .color = dp__fdx_attr_color(A, "PageColor", &R->doc->arena),
        .mark = dp__fdx_attr(A, "Mark", &R->doc->arena),
    };
    if (!rev.color)
        rev.color = dp__fdx_attr_color(A, "Color", &R->doc->arena);
    if (!rev.name)
        rev.name = "";
    dp_status st = rev.id ? dp__doc_add_revision(R->doc, &rev) : DP_OK;
    if (st != DP_OK)
        fail(R, st);
}

static void add_settings(reader *R, fdx_attrs *A, uint32_t *index)
{
    fdx_raw *raw = R->raw;
    dp_status st = dp__grow((void **)&raw->caps, &raw->cap_caps, raw->n_caps,
                            sizeof *raw->caps, 4096);
    if (st != DP_OK) {
        fail(R, st);
        return;
    }
    const char *type = dp__fdx_attr(A, "Type", &raw->arena);
    raw->caps[raw->n_caps] = (fdx_caps){type ? type : "", false};
    *index = (uint32_t)raw->n_caps++;
}

static void add_tag_item(reader *R, const char *name, fdx_attrs *A, kind parent,
                         uint32_t *index)
{
    fdx_raw *raw = R->raw;
    dp__arena *a = &raw->arena;
    dp_status st = DP_OK;
    if (parent == K_TAGCATS && strcmp(name, "TagCategory") == 0) {
        st = dp__grow((void **)&raw->cats, &raw->cap_cats, raw->n_cats, sizeof *raw->cats,
                      FDX_MAX_ITEMS);
        if (st == DP_OK)
            raw->cats[raw->n_cats++] =
                (fdx_tagcat){dp__fdx_attr(A, "Id", a), dp__fdx_attr(A, "Name", a)};
    } else if (parent == K_TAGDEFS && strcmp(name, "TagDefinition") == 0) {
        st = dp__grow((void **)&raw->defs, &raw->cap_defs, raw->n_defs, sizeof *raw->defs,
                      FDX_MAX_ITEMS);
        if (st == DP_OK)
            raw->defs[raw->n_defs++] =
                (fdx_tagdef){dp__fdx_attr(A, "Id", a), dp__fdx_attr(A, "CatId", a),
                             dp__fdx_attr(A, "Label", a), dp__fdx_attr_u32(A, "Number")};
    } else if (parent == K_TAGS && strcmp(name, "Tag") == 0) {
        st = dp__grow((void **)&raw->refs, &raw->cap_refs, raw->n_refs, sizeof *raw->refs,
                      FDX_MAX_ITEMS);
        if (st == DP_OK) {
            raw->refs[raw->n_refs] = (fdx_tagref){dp__fdx_attr_u32(A, "Number"), NULL};
            *index = (uint32_t)raw->n_refs++;
        }
    }
    if (st != DP_OK)
        fail(R, st);
}

/* The frame a child element 'name' of 'parent' opens. */
static frame open_child(reader *R, const frame *parent, const char *name, fdx_attrs *A)
{
    frame f = {K_IGNORE, FDX_NONE};
    fdx_raw *raw = R->raw;
#define IS(lit) (strcmp(name, lit) == 0)
    switch ((kind)parent->kind) {
    case K_ROOT:
        if (IS("Content"))
            f.kind = K_CONTENT;
        else if (IS("TitlePage"))
            f.kind = K_TITLE;
        else if (IS("PageLayout"))
            f.kind = K_LAYOUT;
        else if (IS("Revisions"))
            f.kind = K_REVS;
        else if (IS("TagData"))
            f.kind = K_TAGDATA;
        else if (IS("ElementSettings")) {
            f.kind = K_SETTINGS;
            add_settings(R, A, &f.index);
        }
        break;
    case K_CONTENT:
    case K_DUAL:
        if (IS("Paragraph")) {
            uint32_t flags = 0;
            if (parent->kind == K_DUAL) {
                if (dp__fdx_attr_is(A, "Type", "Character"))
                    R->dual_speakers++;
                flags = R->dual_speakers > 1 ? FDXP_DUAL_RIGHT : FDXP_DUAL_LEFT;
            }
            f = (frame){K_PARA, new_para(R, A, flags)};
        }
        break;
    case K_PARA:
        if (IS("Text")) {
            f = (frame){K_TEXT, new_run(R, A, parent->index)};
        } else if (IS("SceneProperties")) {
            f = (frame){K_PROPS, parent->index};
            fdx_para *p = &raw->paras[parent->index];
            p->length = dp__fdx_attr(A, "Length", &raw->arena);
            p->page = dp__fdx_attr(A, "Page", &raw->arena);
            p->title = dp__fdx_attr(A, "Title", &raw->arena);
        } else if (IS("ScriptNote")) {
            f = (frame){K_EXTRA, new_extra(R, true, parent->index)};
        } else if (IS("DualDialogue")) {
            f.kind = K_DUAL;
            R->dual_speakers = 0;
        }
        break;
    case K_PROPS:
        if (IS("Summary"))
            f = (frame){K_EXTRA, new_extra(R, false, parent->index)};
        break;
    case K_EXTRA:
        if (IS("Paragraph")) {
            f = (frame){K_XPARA, parent->index};
            dp__buf_reset(&R->xpara);
        }
        break;
    case K_XPARA:
        if (IS("Text")) {
            f = (frame){K_XTEXT, parent->index};
            dp__buf_reset(&R->xrun);
        }
        break;
    case K_TITLE:
        if (IS("Content"))
            f.kind = K_TCONTENT;
        break;
    case K_TCONTENT:
        if (IS("Paragraph"))
            f = (frame){K_TPARA, new_para(R, A, FDXP_TITLE)};
        break;
    case K_TPARA:
        if (IS("Text"))
            f = (frame){K_TTEXT, new_run(R, A, parent->index)};
        break;
    case K_LAYOUT:
        if (IS("PageSize")) {
            raw->page_width = dp__fdx_attr_inches(A, "Width");
            raw->page_height = dp__fdx_attr_inches(A, "Height");
        }
        break;
    case K_REVS:
        if (IS("Revision"))
            add_revision(R, A);
        break;
    case K_SETTINGS:
        if (IS("FontSpec") && parent->index != FDX_NONE)
            raw->caps[parent->index].allcaps = dp__fdx_attr_allcaps(A) == 1;
        break;
    case K_TAGDATA:
        if (IS("TagCategories"))
            f.kind = K_TAGCATS;
        else if (IS("TagDefinitions"))
            f.kind = K_TAGDEFS;
        else if (IS("Tags"))
            f.kind = K_TAGS;
        break;
    case K_TAGCATS:
    case K_TAGDEFS:
        add_tag_item(R, name, A, (kind)parent->kind, &f.index);
        break;
    case K_TAGS:
        add_tag_item(R, name, A, K_TAGS, &f.index);
        if (f.index != FDX_NONE)
            f.kind = K_TAG;
        break;
    case K_TAG:
        if (IS("DefId")) {
            f = (frame){K_DEFID, parent->index};
            dp__buf_reset(&R->defid);
        }
        break;
    default:
        break;
    }
#undef IS
    if (f.index == FDX_NONE && f.kind != K_IGNORE &&
        (f.kind == K_PARA || f.kind == K_TEXT || f.kind == K_EXTRA || f.kind == K_TPARA ||
         f.kind == K_TTEXT))
        f.kind = K_IGNORE; /* could not be recorded: the reader is stopping */
    return f;
}

/* ---- SAX callbacks ------------------------------------------------------- */

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                     const xmlChar *uri, int nb_ns, const xmlChar **ns, int nb_attrs,
                     int nb_defaulted, const xmlChar **attributes)
{
    (void)prefix;
    (void)uri;
    (void)nb_ns;
    (void)ns;
    (void)nb_defaulted;
    reader *R = ctx;
    if (R->stopped)
        return;
    const char *name = (const char *)localname;
    if (++R->nodes > FDX_MAX_NODES) {
        stop(R, DP_E_LIMIT, "more than %u XML elements: too large for a script", FDX_MAX_NODES);
        return;
    }
    if (R->depth >= FDX_MAX_DEPTH) {
        stop(R, DP_E_LIMIT, "XML elements nested more than %d deep: not a Final Draft script",
             FDX_MAX_DEPTH);
        return;
    }
    fdx_attrs A = {attributes, nb_attrs, false};
    frame f = {K_IGNORE, FDX_NONE};
    if (R->depth == 0) {
        if (strcmp(name, "FinalDraft") != 0) {
            stop(R, DP_E_FORMAT,
                 "this XML file is not a Final Draft script: its root element is <%.60s>, "
                 "not <FinalDraft>", name);
            return;
        }
        f.kind = K_ROOT;
    } else if (R->stack[R->depth - 1].kind != K_IGNORE) {
        f = open_child(R, &R->stack[R->depth - 1], name, &A);
        if (A.nomem)
            fail(R, DP_E_NOMEM);
    }
    R->stack[R->depth++] = f;
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                   const xmlChar *uri)
{
    (void)localname;
    (void)prefix;
    (void)uri;
    reader *R = ctx;
    if (R->stopped || R->depth == 0)
        return;
    frame f = R->stack[--R->depth];
    fdx_raw *raw = R->raw;
    switch ((kind)f.kind) {
    case K_PARA:
    case K_TPARA: {
        size_t at = consumed(R);
        raw->paras[f.index].end = R->base + (uint32_t)at;
        raw->paras[f.index].line_end = line_at(R, at > 0 ? at - 1 : 0);
        break;
    }
    case K_TEXT:
    case K_TTEXT:
        raw->runs[f.index].len = (uint32_t)raw->text.len - raw->runs[f.index].text;
        break;
    case K_XTEXT: {
        dp_status st = dp__fdx_run_text(R->xrun.data ? R->xrun.data : "", R->xrun.len, false,
                                        &R->scratch, &R->xpara);
        if (st != DP_OK)
            fail(R, st);
        break;
    }
    case K_XPARA: {
        dp_status st = R->extra_paras++ > 0 ? dp__buf_putc(&raw->text, '\n') : DP_OK;
        if (st == DP_OK)
            st = dp__buf_append(&raw->text, R->xpara.data ? R->xpara.data : "", R->xpara.len);
        if (st != DP_OK)
            fail(R, st);
        break;
    }
    case K_EXTRA: {
        fdx_extra *x = &raw->extras[f.index];
        size_t at = consumed(R);
        x->len = (uint32_t)raw->text.len - x->text;
        x->end = R->base + (uint32_t)at;
        x->line_end = line_at(R, at > 0 ? at - 1 : 0);
        break;
    }
    case K_DEFID: {
        size_t a = 0, b = R->defid.len;
        const char *s = R->defid.data ? R->defid.data : "";
        dp__trim(s, &a, &b);
        raw->refs[f.index].def_id = dp__arena_strndup(&raw->arena, s + a, b - a);
        if (!raw->refs[f.index].def_id)
            fail(R, DP_E_NOMEM);
        break;
    }
    default:
        break;
    }
}

static void on_chars(void *ctx, const xmlChar *ch, int len)
{
    reader *R = ctx;
    if (R->stopped || R->depth == 0 || len <= 0)
        return;
    kind k = (kind)R->stack[R->depth - 1].kind;
    dp__buf *b = NULL;
    if (k == K_TEXT || k == K_TTEXT)
        b = &R->raw->text;
    else if (k == K_XTEXT)
        b = &R->xrun;
    else if (k == K_DEFID)
        b = &R->defid;
    if (!b)
        return;
    dp_status st = dp__buf_append(b, ch, (size_t)len);
    if (st != DP_OK)
        fail(R, st);
}

/* ---- the pass ------------------------------------------------------------ */

void dp__fdx_raw_release(fdx_raw *raw)
{
    dp__arena_release(&raw->arena);
    dp__buf_release(&raw->text);
    dp__free(raw->paras);
    dp__free(raw->runs);
    dp__free(raw->extras);
    dp__free(raw->cats);
    dp__free(raw->defs);
    dp__free(raw->refs);
    dp__free(raw->caps);
    memset(raw, 0, sizeof *raw);
}

/* Orders runs by paragraph, keeping their order within one (an outer
 * paragraph's runs can surround a DualDialogue), and sets each
 * paragraph's first_run / n_runs. */
static dp_status group_runs(fdx_raw *raw)
{
    if (raw->n_runs == 0)
        return DP_OK;
    fdx_run *sorted = dp__malloc(raw->n_runs * sizeof *sorted);
    if (!sorted)
        return DP_E_NOMEM;
    for (size_t i = 0; i < raw->n_runs; i++)
        raw->paras[raw->runs[i].para].n_runs++;
    uint32_t at = 0;
    for (size_t p = 0; p < raw->n_paras; p++) {
        raw->paras[p].first_run = at;
        at += raw->paras[p].n_runs;
        raw->paras[p].n_runs = 0;
    }
    for (size_t i = 0; i < raw->n_runs; i++) {
        fdx_para *p = &raw->paras[raw->runs[i].para];
        sorted[p->first_run + p->n_runs++] = raw->runs[i];
    }
    dp__free(raw->runs);
    raw->runs = sorted;
    raw->cap_runs = raw->n_runs;
    return DP_OK;
}

/* Runs libxml2 over src[0..n); fills 'raw' or returns an error. */
static dp_status xml_pass(reader *R, dp_error *err)
{
    xmlInitParser(); /* thread-safe and idempotent in libxml2 >= 2.9 */
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_chars;
    sax.cdataBlock = on_chars;
    sax.internalSubset = on_dtd;
    sax.serror = on_error;
    R->ctxt = xmlCreateMemoryParserCtxt(R->src, (int)R->n);
    if (!R->ctxt)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    xmlSAXHandlerPtr own = R->ctxt->sax;
    R->ctxt->sax = &sax;
    R->ctxt->userData = R;
    xmlCtxtUseOptions(R->ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                   XML_PARSE_IGNORE_ENC);
    xmlParseDocument(R->ctxt);
    bool well_formed = R->ctxt->wellFormed != 0;
    R->ctxt->sax = own;
    xmlFreeParserCtxt(R->ctxt);
    R->ctxt = NULL;
    if (R->stopped)
        return dp__error_set(err, R->stop_code, R->stop_line, 0, "%s", R->stop_msg);
    if (R->xml_failed || !well_formed) {
        if (!R->xml_failed)
            snprintf(R->xml_msg, sizeof R->xml_msg, "not well-formed");
        if (strstr(R->xml_msg, "UTF-8"))
            return dp__error_set(err, DP_E_FORMAT, R->xml_line, R->xml_col,
                                 "not a well-formed Final Draft (XML) file: the text is "
                                 "not valid UTF-8 (Final Draft files are UTF-8)");
        return dp__error_set(err, DP_E_FORMAT, R->xml_line, R->xml_col,
                             "not a well-formed Final Draft (XML) file: %s", R->xml_msg);
    }
    return DP_OK;
}

dp_status dp__fdx_parse(dp_doc *doc, const char *text, size_t len, dp_error *err)
{
    reader R;
    memset(&R, 0, sizeof R);
    R.doc = doc;
    R.src = text;
    R.n = len;
    R.line = 1;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        R.src += 3;
        R.n -= 3;
        R.base = 3;
    }
    const char *nul = memchr(R.src, '\0', R.n);
    if (nul) {
        uint32_t line = line_at(&R, (size_t)(nul - R.src));
        return dp__error_set(err, DP_E_BINARY, line, 0,
                             "binary data (a NUL byte at line %u), not a Final Draft file", line);
    }
    size_t i = 0;
    while (i < R.n && (R.src[i] == ' ' || R.src[i] == '\t' || R.src[i] == '\r' || R.src[i] == '\n'))
        i++;
    if (i == R.n || R.src[i] != '<')
        return dp__error_set(err, DP_E_FORMAT, 1, 1, "not a Final Draft file (not XML)");
    if (R.n > INT32_MAX)
        return dp__error_set(err, DP_E_TOOBIG, 0, 0, "input too large");

    fdx_raw raw;
    memset(&raw, 0, sizeof raw);
    dp__arena_init(&raw.arena, (size_t)DP_MAX_INPUT_BYTES * 4);
    dp__buf_init(&raw.text, (size_t)DP_MAX_INPUT_BYTES * 2);
    dp__buf_init(&R.defid, 4096);
    dp__buf_init(&R.xrun, DP_MAX_INPUT_BYTES);
    dp__buf_init(&R.xpara, DP_MAX_INPUT_BYTES);
    dp__buf_init(&R.scratch, DP_MAX_INPUT_BYTES);
    R.raw = &raw;
    dp_status st = xml_pass(&R, err);
    dp__buf_release(&R.defid);
    dp__buf_release(&R.xrun);
    dp__buf_release(&R.xpara);
    dp__buf_release(&R.scratch);
    if (st == DP_OK) {
        st = group_runs(&raw);
        if (st == DP_OK)
            st = dp__fdx_build(doc, &raw);
        if (st != DP_OK)
            dp__error_set(err, st, 0, 0, "%s",
                          st == DP_E_LIMIT ? "the script is too large" : dp_strerror(st));
    }
    dp__fdx_raw_release(&raw);
    return st;
}
