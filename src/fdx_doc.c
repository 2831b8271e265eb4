/* The Final Draft reader, second pass: script paragraphs become elements
 * (with their notes, synopses, page breaks, revisions and tags), then the
 * title page and the paper. */
#include "fdx.h"

#include <string.h>

#define WARNED_TYPES 32

/* How a paragraph Type reads; 'caps' is Final Draft's default AllCaps. */
typedef struct para_type {
    const char *name;
    dp_element_type type;
    bool caps;
    uint16_t blank_before; /* Final Draft's standard space before, in lines */
} para_type;

static const para_type types[] = {
    {"Scene Heading", DP_EL_SCENE_HEADING, true, 2},
    {"Action", DP_EL_ACTION, false, 1},
    {"Character", DP_EL_CHARACTER, true, 1},
    {"Parenthetical", DP_EL_PARENTHETICAL, false, 0},
    {"Dialogue", DP_EL_DIALOGUE, false, 0},
    {"Transition", DP_EL_TRANSITION, true, 1},
    {"General", DP_EL_ACTION, false, 0},
    {"Shot", DP_EL_ACTION, true, 1},
    {"Cast List", DP_EL_ACTION, true, 0},
    {"New Act", DP_EL_SECTION, true, 1},
    {"End of Act", DP_EL_CENTERED, true, 2},
    {"Lyrics", DP_EL_LYRIC, false, 0},
    {"Outline Body", DP_EL_SYNOPSIS, false, 0},
};

typedef struct builder {
    dp_doc *doc;
    fdx_raw *raw;
    fdx_tagmap *tags;
    dp__buf text;     /* the element being made */
    dp__buf scratch;
    uint32_t *spans;  /* start and end of each run of the paragraph in 'text' */
    size_t cap_spans;
    bool in_dialogue; /* the last element belongs to a dialogue block */
    uint16_t skipped; /* empty paragraphs since the last element */
    const char *warned[WARNED_TYPES];
    size_t n_warned;
} builder;

/* ---- text ---------------------------------------------------------------- */

static bool layout_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

dp_status dp__fdx_run_text(const char *s, size_t n, bool allcaps, dp__buf *scratch,
                           dp__buf *out)
{
    dp__buf *dst = allcaps ? scratch : out;
    if (allcaps)
        dp__buf_reset(scratch);
    size_t start = dst->len;
    dp_status st = DP_OK;
    size_t i = 0;
    while (i < n && st == DP_OK) {
        size_t k = i;
        while (k < n && s[k] != '\n' && s[k] != '\r' && s[k] != '\t')
            k++;
        if (k > i)
            st = dp__buf_append(dst, s + i, k - i);
        if (k >= n || st != DP_OK)
            break;
        if (s[k] == '\t') {
            st = dp__buf_append(dst, "    ", 4);
            i = k + 1;
            continue;
        }
        size_t j = k + 1;
        bool indented = false;
        while (j < n && layout_space(s[j])) {
            indented |= s[j] == ' ' || s[j] == '\t';
            j++;
        }
        if (!indented) { /* line breaks the writer typed */
            for (size_t m = k; m < j && st == DP_OK; m++)
                if (s[m] == '\n' || (s[m] == '\r' && (m + 1 >= n || s[m + 1] != '\n')))
                    st = dp__buf_putc(dst, '\n');
        } else { /* a line break and indentation: the XML's layout */
            while (dst->len > start && (dst->data[dst->len - 1] == ' ' ||
                                        dst->data[dst->len - 1] == '\t'))
                dst->len--;
            if (dst->data)
                dst->data[dst->len] = '\0';
            if (out->len > 0 || dst->len > start)
                st = dp__buf_putc(dst, ' ');
        }
        i = j;
    }
    if (st == DP_OK && allcaps)
        st = dp__utf8_upper(scratch->data ? scratch->data : "", scratch->len, out);
    return st;
}

/* Trims text[0..len): trailing whitespace always, leading line breaks
 * always, leading spaces unless 'keep_indent'. */
static void trim_span(const char *s, size_t len, bool keep_indent, size_t *a, size_t *b)
{
    size_t x = 0, y = len;
    while (x < y && (s[x] == '\n' || s[x] == '\r'))
        x++;
    size_t t = x;
    dp__trim(s, &t, &y);
    if (t == y) {
        *a = *b = 0;
        return;
    }
    *a = keep_indent ? x : t;
    *b = y;
}

/* ---- paragraph types ----------------------------------------------------- */

static const para_type *type_of(builder *B, const fdx_para *p, uint16_t *depth,
                                para_type *tmp)
{
    const char *name = p->type ? p->type : "";
    *depth = 1; /* New Act: a top-level section */
    for (size_t i = 0; i < DP__COUNT(types); i++)
        if (strcmp(types[i].name, name) == 0)
            return &types[i];
    if (strncmp(name, "Outline ", 8) == 0 && name[8] >= '1' && name[8] <= '9' && !name[9]) {
        *depth = (uint16_t)(name[8] - '0');
        *tmp = (para_type){name, DP_EL_SECTION, false, 1};
        return tmp;
    }
    *tmp = (para_type){name, DP_EL_ACTION, false, 1};
    if (!*name || B->n_warned >= WARNED_TYPES)
        return tmp;
    for (size_t i = 0; i < B->n_warned; i++)
        if (strcmp(B->warned[i], name) == 0)
            return tmp;
    B->warned[B->n_warned++] = name;
    dp__doc_warn(B->doc, p->line, 1,
                 "paragraph type '%.60s' is not a screenplay element; read as action", name);
    return tmp;
}

/* Final Draft's AllCaps for a paragraph type: its ElementSettings, or
 * the standard template's. */
static bool type_caps(const builder *B, const para_type *t)
{
    bool caps = t->caps;
    for (size_t i = 0; i < B->raw->n_caps; i++)
        if (strcmp(B->raw->caps[i].type, t->name) == 0)
            caps = B->raw->caps[i].allcaps;
    return caps;
}

/* "1 2/8" -> 10, "3/8" -> 3, "2" -> 16; -1 when not a length. */
static int32_t parse_eighths(const char *s)
{
    if (!s)
        return -1;
    int32_t whole = 0, num = 0, cur = 0;
    bool digits = false, have_whole = false, frac = false;
    for (const char *p = s;; p++) {
        if (*p >= '0' && *p <= '9') {
            if (cur > 100000)
                return -1;
            cur = cur * 10 + (*p - '0');
            digits = true;
        } else if (*p == ' ' && digits && !have_whole && !frac) {
            whole = cur;
            have_whole = true;
            cur = 0;
            digits = false;
        } else if (*p == '/' && digits && !frac) {
            num = cur;
            frac = true;
            cur = 0;
            digits = false;
        } else if (*p == '\0' && digits) {
            if (frac)
                return cur == 8 ? whole * 8 + num : -1;
            return have_whole ? -1 : cur * 8;
        } else {
            return -1;
        }
    }
}

static const char *nonempty(builder *B, const char *s)
{
    if (!s)
        return NULL;
    size_t a = 0, b = strlen(s);
    dp__trim(s, &a, &b);
    return a == b ? NULL : dp__arena_strndup(&B->doc->arena, s + a, b - a);
}

/* ---- elements ------------------------------------------------------------ */

static dp_status add(builder *B, dp_element *el, const char *s, size_t n)
{
    char *t = dp__arena_strndup(&B->doc->arena, s, n);
    if (!t)
        return DP_E_NOMEM;
    el->text = el->plain = t;
    if (el->type != DP_EL_NOTE)
        B->in_dialogue = el->type == DP_EL_CHARACTER || el->type == DP_EL_PARENTHETICAL ||
                         el->type == DP_EL_DIALOGUE ||
                         (el->type == DP_EL_LYRIC && (el->flags & DP_ELF_IN_DIALOGUE));
    B->skipped = 0;
    return dp__doc_add_element(B->doc, el);
}

static void set_revision(builder *B, dp_element *el, uint32_t rev)
{
    el->revision = rev;
    if (rev)
        el->flags |= DP_ELF_REVISED;
    for (size_t i = 0; rev && i < B->doc->n_revisions; i++) {
        if (B->doc->revisions[i].id == rev) {
            el->revision_name = B->doc->revisions[i].name;
            el->revision_color = B->doc->revisions[i].color;
        }
    }
}

/* Tags of the element just added: runs with the same TagNumber in a row
 * make one tag. Spans are in the element's text (trimmed by 'a'). */
static dp_status add_tags(builder *B, const fdx_para *p, size_t a, size_t len)
{
    const fdx_run *runs = B->raw->runs + p->first_run;
    const char *text = B->doc->elements[B->doc->n_elements - 1].text;
    for (uint32_t i = 0; i < p->n_runs;) {
        uint32_t num = runs[i].tag, k = i + 1;
        while (k < p->n_runs && runs[k].tag == num)
            k++;
        if (num) {
            size_t s = B->spans[2 * i], e = B->spans[2 * (k - 1) + 1];
            s = s > a ? s - a : 0;
            e = e > a ? e - a : 0;
            if (e > len)
                e = len;
            while (s < e && (text[s] == ' ' || text[s] == '\n'))
                s++;
            while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n'))
                e--;
            dp_tag tag;
            memset(&tag, 0, sizeof tag);
            if (e > s && dp__fdx_tagmap_resolve(B->tags, num, p->line, &tag)) {
                tag.element = B->doc->n_elements - 1;
                tag.start = (uint32_t)s;
                tag.length = (uint32_t)(e - s);
                tag.flags = DP_TAGF_USER;
                if (!tag.label || !*tag.label)
                    tag.label = dp__arena_strndup(&B->doc->arena, text + s, e - s);
                dp_status st = tag.label ? dp__doc_add_tag(B->doc, &tag) : DP_E_NOMEM;
                if (st != DP_OK)
                    return st;
            }
        }
        i = k;
    }
    return DP_OK;
}

static dp_status script_para(builder *B, const fdx_para *p)
{
    dp_status st;
    if (p->flags & FDXP_NEW_PAGE) {
        dp_element pb = {.type = DP_EL_PAGE_BREAK, .line = p->line, .line_end = p->line,
                         .offset = p->offset, .fd_eighths = -1};
        if ((st = add(B, &pb, "", 0)) != DP_OK)
            return st;
    }
    para_type tmp;
    uint16_t depth = 0;
    const para_type *t = type_of(B, p, &depth, &tmp);
    bool caps = type_caps(B, t);
    if (p->n_runs > B->cap_spans / 2) {
        size_t cap = (size_t)p->n_runs * 2;
        uint32_t *sp = dp__realloc(B->spans, cap * sizeof *sp);
        if (!sp)
            return DP_E_NOMEM;
        B->spans = sp;
        B->cap_spans = cap;
    }
    dp__buf_reset(&B->text);
    uint32_t rev = 0;
    for (uint32_t i = 0; i < p->n_runs; i++) {
        const fdx_run *r = &B->raw->runs[p->first_run + i];
        B->spans[2 * i] = (uint32_t)B->text.len;
        st = dp__fdx_run_text(B->raw->text.data + r->text, r->len, caps || r->allcaps == 1,
                              &B->scratch, &B->text);
        if (st != DP_OK)
            return st;
        B->spans[2 * i + 1] = (uint32_t)B->text.len;
        if (r->revision > rev)
            rev = r->revision;
    }
    dp_element_type type = t->type;
    if ((type == DP_EL_ACTION) && (p->flags & FDXP_CENTER))
        type = DP_EL_CENTERED;
    size_t a, b;
    const char *s = B->text.data ? B->text.data : "";
    trim_span(s, B->text.len, type == DP_EL_ACTION || type == DP_EL_LYRIC, &a, &b);
    if (a == b) { /* an empty paragraph: a blank line */
        if (B->skipped < UINT16_MAX)
            B->skipped++;
        return DP_OK;
    }
    dp_element el = {
        .type = type,
        .line = p->line,
        .line_end = p->line_end,
        .offset = p->offset,
        .length = p->end - p->offset,
        .depth = type == DP_EL_SECTION ? depth : 0,
        .blank_before = (uint16_t)(t->blank_before + B->skipped),
        .fd_eighths = -1,
    };
    if (p->flags & FDXP_DUAL_LEFT)
        el.flags |= DP_ELF_DUAL_LEFT;
    if (p->flags & FDXP_DUAL_RIGHT)
        el.flags |= DP_ELF_DUAL_RIGHT;
    if (type == DP_EL_LYRIC && B->in_dialogue)
        el.flags |= DP_ELF_IN_DIALOGUE;
    if (type == DP_EL_SCENE_HEADING) {
        el.scene_number = nonempty(B, p->number);
        el.fd_eighths = parse_eighths(p->length);
        el.fd_page = nonempty(B, p->page);
        el.fd_title = nonempty(B, p->title);
        if (p->length && el.fd_eighths < 0)
            dp__doc_warn(B->doc, p->line, 1,
                         "scene length '%.20s' is not written 'W N/8': ignored", p->length);
    }
    set_revision(B, &el, rev);
    if ((st = add(B, &el, s + a, b - a)) != DP_OK)
        return st;
    return add_tags(B, p, a, b - a);
}

static dp_status extra(builder *B, const fdx_extra *x)
{
    size_t a, b;
    const char *s = B->raw->text.data ? B->raw->text.data + x->text : "";
    trim_span(s, x->len, false, &a, &b);
    if (a == b && !x->is_note)
        return DP_OK; /* an empty summary */
    dp_element el = {
        .type = x->is_note ? DP_EL_NOTE : DP_EL_SYNOPSIS,
        .flags = x->is_note && B->in_dialogue ? DP_ELF_IN_DIALOGUE : 0,
        .line = x->line,
        .line_end = x->line_end,
        .offset = x->offset,
        .length = x->end - x->offset,
        .fd_eighths = -1,
    };
    return add(B, &el, s + a, b - a);
}

/* Extras in paragraph order, each paragraph's in file order. */
static dp_status order_extras(fdx_raw *raw, uint32_t **first, uint32_t **order)
{
    *first = dp__calloc(raw->n_paras + 1, sizeof **first);
    *order = dp__malloc((raw->n_extras + 1) * sizeof **order);
    if (!*first || !*order)
        return DP_E_NOMEM;
    for (size_t i = 0; i < raw->n_extras; i++)
        (*first)[raw->extras[i].para + 1]++;
    for (size_t p = 0; p < raw->n_paras; p++)
        (*first)[p + 1] += (*first)[p];
    uint32_t *fill = dp__calloc(raw->n_paras + 1, sizeof *fill);
    if (!fill)
        return DP_E_NOMEM;
    for (size_t i = 0; i < raw->n_extras; i++) {
        uint32_t p = raw->extras[i].para;
        (*order)[(*first)[p] + fill[p]++] = (uint32_t)i;
    }
    dp__free(fill);
    return DP_OK;
}

/* US Letter or A4 from Final Draft's PageSize; AUTO for no or other sizes. */
static dp_paper paper_of(double w, double h)
{
    if (w > 8.44 && w < 8.56 && h > 10.94 && h < 11.06)
        return DP_PAPER_LETTER;
    if (w > 8.2 && w < 8.33 && h > 11.63 && h < 11.75)
        return DP_PAPER_A4;
    return DP_PAPER_AUTO;
}

dp_status dp__fdx_build(dp_doc *doc, fdx_raw *raw)
{
    builder B;
    memset(&B, 0, sizeof B);
    B.doc = doc;
    B.raw = raw;
    dp__buf_init(&B.text, (size_t)DP_MAX_INPUT_BYTES * 2);
    dp__buf_init(&B.scratch, (size_t)DP_MAX_INPUT_BYTES * 2);
    uint32_t *first = NULL, *order = NULL;
    dp_status st = dp__fdx_tagmap_new(doc, raw, &B.tags);
    if (st == DP_OK)
        st = order_extras(raw, &first, &order);
    for (size_t i = 0; i < raw->n_paras && st == DP_OK; i++) {
        if (raw->paras[i].flags & FDXP_TITLE)
            continue;
        st = script_para(&B, &raw->paras[i]);
        for (uint32_t k = first[i]; k < first[i + 1] && st == DP_OK; k++)
            st = extra(&B, &raw->extras[order[k]]);
    }
    if (st == DP_OK)
        st = dp__fdx_title_page(doc, raw);
    doc->paper = paper_of(raw->page_width, raw->page_height);
    dp__free(first);
    dp__free(order);
    dp__free(B.spans);
    dp__buf_release(&B.text);
    dp__buf_release(&B.scratch);
    dp__fdx_tagmap_free(B.tags);
    return st;
}
