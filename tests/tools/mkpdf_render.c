/* The screenplay page layout of mkpdf.h. Page: 1.5 in left margin, 1 in
 * top; columns from the left margin in characters: heading and action 0,
 * dialogue 10, parenthetical 15, cue 22, transitions right-aligned at 60;
 * page numbers top right from page 2; dialogue split across pages with
 * (MORE) and NAME (CONT'D); scenes running on with (CONTINUED) and
 * CONTINUED:. */
#include "mkpdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "depouille.h"

#define PT 12.0    /* line height */
#define CW 7.2     /* a Courier 12 character */
#define LEFT 108.0 /* 1.5 in */
#define TOP 72.0

typedef struct line {
    int col;           /* characters from the left margin; -1: right-aligned */
    char text[256];
    int kind;          /* the element type, for keeping blocks together */
    const char *num;   /* scene number for the margins */
    bool star;
    bool centered;
} line;

typedef struct page_writer {
    cairo_t *cr;
    const dpt_pdf_style *st;
    double width, height;
    int per_page, used, page; /* body lines on a page, used, page number */
    bool title_page;
} page_writer;

static void show(page_writer *w, double x, int row, const char *s)
{
    cairo_move_to(w->cr, x, TOP + PT * (row + 1) - 2);
    cairo_show_text(w->cr, s);
}

static void new_page(page_writer *w)
{
    if (w->page > 0 || w->title_page)
        cairo_show_page(w->cr);
    w->page++;
    w->used = 0;
    if (w->page > 1) {
        char n[32];
        snprintf(n, sizeof n, "%d.", w->page);
        show(w, LEFT + CW * (60 - (int)strlen(n)), -3, n);
    }
}

static void put(page_writer *w, const line *l)
{
    if (l->text[0]) {
        double x = l->col < 0 ? LEFT + CW * (60 - (int)strlen(l->text)) : LEFT + CW * l->col;
        if (l->centered)
            x = LEFT + CW * (30 - (int)strlen(l->text) / 2);
        show(w, x, w->used, l->text);
        if (l->num) {
            show(w, LEFT - CW * 7, w->used, l->num);
            show(w, LEFT + CW * 62, w->used, l->num);
        }
        if (l->star)
            show(w, LEFT + CW * 66, w->used, "*");
    }
    w->used++;
}

/* ---- element -> lines ----------------------------------------------------- */

typedef struct lines {
    line *v;
    size_t n, cap;
} lines;

static line *push(lines *L, int col, int kind, const char *s, size_t n)
{
    if (L->n == L->cap) {
        L->cap = L->cap ? L->cap * 2 : 256;
        L->v = realloc(L->v, L->cap * sizeof *L->v);
        if (!L->v)
            abort();
    }
    line *l = &L->v[L->n++];
    memset(l, 0, sizeof *l);
    l->col = col;
    l->kind = kind;
    if (n >= sizeof l->text)
        n = sizeof l->text - 1;
    memcpy(l->text, s, n);
    return l;
}

/* Code points in s[0..n). */
static size_t width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* Word-wraps 's' to 'cols' columns, one line per source line at least. */
static void wrap(lines *L, int col, int kind, const char *s, int cols)
{
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        size_t a = 0;
        do {
            size_t b = a, last_space = 0;
            while (b < len && width(s + a, b - a) < (size_t)cols) {
                if (s[b] == ' ')
                    last_space = b;
                b++;
            }
            if (b < len && last_space > a)
                b = last_space;
            push(L, col, kind, s + a, b - a);
            a = b;
            while (a < len && s[a] == ' ')
                a++;
        } while (a < len);
        s += len + (nl ? 1 : 0);
    }
}

static void blank(lines *L) { push(L, 0, -1, "", 0); }

static int element_lines(lines *L, const dp_element *el, int cols, size_t index,
                         const dpt_pdf_style *st)
{
    size_t first = L->n;
    const char *t = el->plain;
    switch (el->type) {
    case DP_EL_SCENE_HEADING:
        blank(L);
        wrap(L, 0, el->type, t, cols);
        if (st->numbers && el->scene_number)
            L->v[first + 1].num = el->scene_number;
        break;
    case DP_EL_ACTION:
    case DP_EL_LYRIC:
        blank(L);
        wrap(L, (el->flags & DP_ELF_IN_DIALOGUE) ? 10 : 0, el->type, t, cols);
        break;
    case DP_EL_CHARACTER:
        blank(L);
        push(L, 22, el->type, t, strlen(t));
        break;
    case DP_EL_PARENTHETICAL:
        wrap(L, 15, el->type, t, 25);
        break;
    case DP_EL_DIALOGUE:
        wrap(L, 10, el->type, t, 35);
        break;
    case DP_EL_TRANSITION:
        blank(L);
        push(L, -1, el->type, t, strlen(t));
        break;
    case DP_EL_CENTERED:
        blank(L);
        push(L, 0, el->type, t, strlen(t))->centered = true;
        break;
    default:
        return 0;
    }
    if (st->revised && index % 5 == 3)
        for (size_t i = first; i < L->n; i++)
            L->v[i].star = L->v[i].text[0] != '\0';
    return 1;
}

/* Dual dialogue: left and right blocks side by side. */
static void dual_lines(lines *L, const dp_doc *doc, size_t *i)
{
    lines side[2] = {{0}, {0}};
    size_t n = dp_doc_element_count(doc);
    for (; *i < n; (*i)++) {
        const dp_element *el = dp_doc_element(doc, *i);
        if (!(el->flags & (DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT)))
            break;
        lines *s = &side[(el->flags & DP_ELF_DUAL_RIGHT) ? 1 : 0];
        if (el->type == DP_EL_CHARACTER)
            push(s, 8, el->type, el->plain, strlen(el->plain));
        else if (el->type == DP_EL_PARENTHETICAL)
            wrap(s, 4, el->type, el->plain, 20);
        else
            wrap(s, 0, el->type, el->plain, 24);
    }
    (*i)--;
    blank(L);
    size_t rows = side[0].n > side[1].n ? side[0].n : side[1].n;
    for (size_t r = 0; r < rows; r++) {
        char buf[256];
        memset(buf, ' ', sizeof buf);
        size_t end = 0;
        for (int s = 0; s < 2; s++) {
            if (r >= side[s].n)
                continue;
            const line *l = &side[s].v[r];
            size_t at = (size_t)(l->col + (s ? 32 : 1)), len = strlen(l->text);
            if (at + len >= sizeof buf)
                continue;
            /* byte offsets equal columns only for ASCII; enough here */
            memcpy(buf + at, l->text, len);
            end = at + len;
        }
        push(L, 0, DP_EL_DIALOGUE, buf, end);
    }
    free(side[0].v);
    free(side[1].v);
}

/* ---- pages ---------------------------------------------------------------- */

static void cue_name(const char *cue, char *out, size_t cap)
{
    size_t n = strcspn(cue, "(");
    while (n > 0 && cue[n - 1] == ' ')
        n--;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, cue, n);
    out[n] = '\0';
}

static void paginate(page_writer *w, const lines *L)
{
    const char *more = w->st->french ? "(SUITE)" : "(MORE)";
    const char *contd = w->st->french ? "(SUITE)" : "(CONT'D)";
    const char *continued_bottom = w->st->french ? "(SUITE)" : "(CONTINUED)";
    const char *continued_top = w->st->french ? "SUITE :" : "CONTINUED:";
    char speaker[128] = "";
    bool in_scene = false;
    new_page(w);
    for (size_t i = 0; i < L->n; i++) {
        const line *l = &L->v[i];
        if (l->kind == DP_EL_CHARACTER)
            cue_name(l->text, speaker, sizeof speaker);
        if (l->kind == DP_EL_SCENE_HEADING)
            in_scene = true;
        if (l->kind == DP_EL_PAGE_BREAK) {
            new_page(w);
            continue;
        }
        bool dialogue = l->kind == DP_EL_DIALOGUE || l->kind == DP_EL_PARENTHETICAL;
        /* a heading keeps two lines after it; a cue one */
        int keep = (l->kind == DP_EL_SCENE_HEADING || l->kind == DP_EL_CHARACTER) ? 2 : 0;
        if (w->used == 0 && l->kind == -1)
            continue; /* no blank line at the top of a page */
        if (w->used + 1 + keep < w->per_page - (dialogue ? 1 : 0))
            goto emit;
        if (dialogue && i > 0 && L->v[i - 1].kind != DP_EL_CHARACTER) {
            line m = {.col = 15, .kind = -1};
            snprintf(m.text, sizeof m.text, "%s", more);
            put(w, &m);
            new_page(w);
            line c = {.col = 22, .kind = -1};
            snprintf(c.text, sizeof c.text, "%s %s", speaker, contd);
            put(w, &c);
        } else if (in_scene && l->kind != DP_EL_SCENE_HEADING) {
            line b = {.col = -1, .kind = -1};
            snprintf(b.text, sizeof b.text, "%s", continued_bottom);
            put(w, &b);
            new_page(w);
            line t = {.col = 0, .kind = -1};
            snprintf(t.text, sizeof t.text, "%s", continued_top);
            put(w, &t);
            line e = {.col = 0, .kind = -1};
            put(w, &e);
        } else {
            new_page(w);
        }
        if (l->kind == -1)
            continue;
emit:
        put(w, l);
    }
}

static void title_page(page_writer *w, const dp_doc *doc)
{
    const char *title = dp_doc_title_value(doc, "title");
    if (!title)
        return;
    w->title_page = true;
    int row = 18;
    char buf[256];
    for (const char *s = title; *s;) {
        size_t n = strcspn(s, "\n");
        snprintf(buf, sizeof buf, "%.*s", (int)n, s);
        show(w, LEFT + CW * (30 - (int)strlen(buf) / 2), row++, buf);
        s += n + (s[n] == '\n');
    }
    const char *keys[] = {"credit", "author", "authors"};
    row += 1;
    for (size_t k = 0; k < 3; k++) {
        const char *v = dp_doc_title_value(doc, keys[k]);
        if (!v)
            continue;
        snprintf(buf, sizeof buf, "%s", v);
        show(w, LEFT + CW * (30 - (int)strlen(buf) / 2), ++row, buf);
    }
    const char *contact = dp_doc_title_value(doc, "contact");
    if (contact)
        show(w, LEFT, w->per_page - 3, contact);
}

int dpt_mkpdf(const char *in, const char *out, const dpt_pdf_style *st)
{
    dp_error err = {0};
    char *bytes;
    size_t len;
    dp_doc *doc = NULL;
    dp_parse_options po = {DP_FORMAT_AUTO, in};
    if (dp_file_read(in, DP_MAX_INPUT_BYTES, &bytes, &len, &err) != DP_OK ||
        dp_doc_parse(bytes, len, &po, &doc, &err) != DP_OK) {
        fprintf(stderr, "mkpdf: %s: %s\n", in, err.msg);
        return -1;
    }
    dp_free(bytes);
    page_writer w = {.st = st};
    w.width = st->a4 ? 595.28 : 612;
    w.height = st->a4 ? 841.89 : 792;
    w.per_page = st->a4 ? 57 : 55;
    int cols = st->a4 ? 58 : 60;
    cairo_surface_t *surf = cairo_pdf_surface_create(out, w.width, w.height);
    w.cr = cairo_create(surf);
    cairo_select_font_face(w.cr, "Courier", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(w.cr, 12);
    title_page(&w, doc);
    lines L = {0};
    size_t n = dp_doc_element_count(doc);
    for (size_t i = 0; i < n; i++) {
        const dp_element *el = dp_doc_element(doc, i);
        if (el->flags & (DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT))
            dual_lines(&L, doc, &i);
        else if (el->type == DP_EL_PAGE_BREAK)
            push(&L, 0, DP_EL_PAGE_BREAK, "", 0);
        else
            element_lines(&L, el, cols, i, st);
    }
    paginate(&w, &L);
    free(L.v);
    cairo_destroy(w.cr);
    cairo_surface_finish(surf);
    int rc = cairo_surface_status(surf) == CAIRO_STATUS_SUCCESS ? 0 : -1;
    if (rc)
        fprintf(stderr, "mkpdf: %s: %s\n", out, cairo_status_to_string(cairo_surface_status(surf)));
    cairo_surface_destroy(surf);
    dp_doc_free(doc);
    return rc;
}
