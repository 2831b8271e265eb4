/* The paginator: lays a dp_doc out on the industry page (Courier 12,
 * 10 characters and 6 lines to the inch) with the break rules screenplay
 * software applies, and records where each element falls. One walk over
 * the elements serves both the counts and the text rendering. */
#include "paginate.h"
#include "breakdown.h"

#include <string.h>

/* ---- page profiles -------------------------------------------------------
 * Columns are characters from the left margin (10 per inch), from Final
 * Draft's element settings; lines per page and the spacing before each
 * element were measured against Final Draft's own scene lengths and
 * afterwriting's page counts (see README, "Pages and eighths"). */

typedef struct profile {
    uint16_t lines;
    uint8_t text_width; /* the full line, for centring and right alignment */
    uint8_t width[DP_EL_COUNT_];
    uint8_t indent[DP_EL_COUNT_];
    uint8_t before[DP_EL_COUNT_];
} profile;

static const profile letter = {
    55, 60,
    /* width */ {[DP_EL_SCENE_HEADING] = 60, [DP_EL_ACTION] = 60, [DP_EL_CHARACTER] = 33,
                 [DP_EL_PARENTHETICAL] = 25, [DP_EL_DIALOGUE] = 36, [DP_EL_TRANSITION] = 16,
                 [DP_EL_CENTERED] = 60, [DP_EL_LYRIC] = 36},
    /* indent */ {[DP_EL_CHARACTER] = 20, [DP_EL_PARENTHETICAL] = 15, [DP_EL_DIALOGUE] = 10,
                  [DP_EL_LYRIC] = 10},
    /* before */ {[DP_EL_SCENE_HEADING] = 1, [DP_EL_ACTION] = 1, [DP_EL_CHARACTER] = 1,
                  [DP_EL_TRANSITION] = 1, [DP_EL_CENTERED] = 1, [DP_EL_LYRIC] = 1},
};

static const profile a4 = {
    57, 58,
    /* width */ {[DP_EL_SCENE_HEADING] = 58, [DP_EL_ACTION] = 58, [DP_EL_CHARACTER] = 33,
                 [DP_EL_PARENTHETICAL] = 26, [DP_EL_DIALOGUE] = 36, [DP_EL_TRANSITION] = 16,
                 [DP_EL_CENTERED] = 58, [DP_EL_LYRIC] = 36},
    /* indent */ {[DP_EL_CHARACTER] = 20, [DP_EL_PARENTHETICAL] = 15, [DP_EL_DIALOGUE] = 10,
                  [DP_EL_LYRIC] = 10},
    /* before */ {[DP_EL_SCENE_HEADING] = 1, [DP_EL_ACTION] = 1, [DP_EL_CHARACTER] = 1,
                  [DP_EL_TRANSITION] = 1, [DP_EL_CENTERED] = 1, [DP_EL_LYRIC] = 1},
};

const char *dp_paper_name(dp_paper p)
{
    return p == DP_PAPER_LETTER ? "letter" : p == DP_PAPER_A4 ? "a4" : "auto";
}

void dp_eighths_format(uint32_t eighths, char out[16])
{
    uint32_t w = eighths / 8, f = eighths % 8;
    size_t n = 0;
    char tmp[16];
    if (w) {
        uint32_t v = w;
        size_t k = 0;
        do {
            tmp[k++] = (char)('0' + v % 10);
            v /= 10;
        } while (v && k < 10);
        while (k)
            out[n++] = tmp[--k];
    }
    if (f || !w) {
        if (w)
            out[n++] = ' ';
        out[n++] = (char)('0' + f);
        out[n++] = '/';
        out[n++] = '8';
    }
    out[n] = '\0';
}

/* ---- rows ------------------------------------------------------------------ */

/* One printed line: a span of an element's plain text, a decoration such
 * as "(MORE)", or a blank line inside an element. */
typedef struct row {
    size_t element;
    const char *text;
    uint32_t len;
    uint8_t indent;
    uint8_t align; /* 0 left, 1 centred, 2 right */
} row;

typedef struct layout {
    const dp_doc *doc;
    const profile *pf;
    dp_pagination *pg;
    /* rendering, when not NULL */
    dp__buf *out;
    dp_status status;
    uint32_t page, y; /* current page (1-based once printing) and line on it */
    row *rows;
    size_t n_rows, cap_rows;
    dp__arena *arena; /* decorations ("NAME (CONT'D)") */
} layout;

static size_t cp_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Byte length of the first 'cps' code points of s[0..n). */
static size_t cp_prefix(const char *s, size_t n, size_t cps)
{
    size_t i = 0;
    while (i < n && cps > 0) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        cps--;
    }
    return i;
}

static dp_status push_row(layout *L, size_t el, const char *text, size_t len,
                          uint8_t indent, uint8_t align)
{
    dp_status st = dp__grow((void **)&L->rows, &L->cap_rows, L->n_rows, sizeof *L->rows,
                            (size_t)DP_MAX_LINES * 4);
    if (st != DP_OK)
        return st;
    L->rows[L->n_rows++] = (row){el, text, (uint32_t)len, indent, align};
    return DP_OK;
}

/* Word-wraps element el's text into rows of at most 'width' characters. */
static dp_status wrap(layout *L, size_t el, const char *s, size_t n, size_t width,
                      uint8_t indent, uint8_t align)
{
    if (width == 0)
        width = 1;
    size_t i = 0;
    dp_status st = DP_OK;
    while (i <= n && st == DP_OK) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) : n;
        size_t a = i;
        if (a == end) /* an empty line inside the element */
            st = push_row(L, el, s + a, 0, indent, align);
        while (a < end && st == DP_OK) {
            size_t rest = end - a;
            size_t take = cp_prefix(s + a, rest, width);
            if (take < rest) { /* break at the last space that fits */
                size_t b = take;
                while (b > 0 && s[a + b] != ' ')
                    b--;
                if (b > 0)
                    take = b;
            }
            size_t e = take;
            while (e > 0 && s[a + e - 1] == ' ')
                e--;
            st = push_row(L, el, s + a, e, indent, align);
            a += take;
            while (a < end && s[a] == ' ')
                a++;
        }
        if (!nl)
            break;
        i = end + 1;
    }
    return st;
}

/* ---- output --------------------------------------------------------------- */

static void out_text(layout *L, const char *s, size_t n)
{
    if (L->out && L->status == DP_OK)
        L->status = dp__buf_append(L->out, s, n);
}

static void out_spaces(layout *L, size_t n)
{
    static const char sp[] = "                                                            ";
    while (n > 0) {
        size_t k = n < sizeof sp - 1 ? n : sizeof sp - 1;
        out_text(L, sp, k);
        n -= k;
    }
}

static void new_page(layout *L)
{
    L->page++;
    L->y = 0;
    if (L->out && L->status == DP_OK)
        L->status = dp__buf_printf(L->out, "%s==== page %u ====\n", L->page > 1 ? "\n" : "",
                                   (unsigned)L->page);
}

/* Prints rows [a, b) at the cursor; the space before them is 'space'. */
static void print_rows(layout *L, size_t a, size_t b, uint32_t space)
{
    if (L->page == 0)
        new_page(L);
    if (L->y == 0)
        space = 0; /* spacing is dropped at the top of a page */
    for (uint32_t k = 0; k < space; k++)
        out_text(L, "\n", 1);
    dp_pagination *pg = L->pg;
    if (a < b && pg->el[L->rows[a].element].page == 0) {
        pg->el[L->rows[a].element].page = L->page;
        pg->el[L->rows[a].element].at = (uint64_t)(L->page - 1) * L->pf->lines + L->y;
    }
    if (a < b)
        pg->el[L->rows[a].element].lines += space;
    uint64_t base = (uint64_t)(L->page - 1) * L->pf->lines + L->y + space;
    for (size_t r = a; r < b; r++) {
        const row *w = &L->rows[r];
        if (pg->el[w->element].page == 0) {
            pg->el[w->element].page = L->page;
            pg->el[w->element].at = base + (r - a);
        }
        pg->el[w->element].lines++;
        pg->el[w->element].end = base + (r - a) + 1;
        if (L->out && w->len) {
            size_t cps = cp_count(w->text, w->len), pad = w->indent;
            if (w->align == 1 && cps < L->pf->text_width)
                pad = (L->pf->text_width - cps) / 2;
            else if (w->align == 2 && cps < L->pf->text_width)
                pad = L->pf->text_width - cps;
            out_spaces(L, pad);
            out_text(L, w->text, w->len);
            out_text(L, "\n", 1);
        } else if (L->out) {
            out_text(L, "\n", 1);
        }
    }
    L->y += space + (uint32_t)(b - a);
}

/* ---- blocks --------------------------------------------------------------- */

typedef enum block_kind { BK_SINGLE, BK_SPEECH } block_kind;

typedef struct block {
    block_kind kind;
    size_t first, end;   /* elements [first, end) */
    size_t rows_a, rows_b;
    uint32_t before;
    size_t body;         /* speech: first row after the cue */
    const char *cue;     /* speech: the cue's plain text */
} block;

static bool is_speech_part(const dp_element *e)
{
    return e->type == DP_EL_PARENTHETICAL || e->type == DP_EL_DIALOGUE ||
           (e->type == DP_EL_LYRIC && (e->flags & DP_ELF_IN_DIALOGUE));
}

static bool printed(dp_element_type t)
{
    return t != DP_EL_NOTE && t != DP_EL_SECTION && t != DP_EL_SYNOPSIS &&
           t != DP_EL_PAGE_BREAK;
}

/* Dual dialogue: the two columns' rows side by side, the left one from
 * the margin and the right one from the middle; the pair takes the height
 * of its longer column and is never split. */
#define DUAL_RIGHT_COLUMN 32

static dp_status merge_columns(layout *L, block *bk, size_t nl, size_t nr)
{
    size_t tall = nl > nr ? nl : nr;
    dp_status st = DP_OK;
    size_t base = L->n_rows;
    for (size_t r = 0; r < tall && st == DP_OK; r++) {
        /* copies: push_row below may move the array */
        row lv = r < nl ? L->rows[r] : (row){0};
        row rv = r < nr ? L->rows[nl + r] : (row){0};
        const row *l = r < nl ? &lv : NULL;
        const row *rt = r < nr ? &rv : NULL;
        size_t need = (l ? l->len : 0) + (rt ? rt->len : 0) + 2 * DUAL_RIGHT_COLUMN + 2;
        char *t = dp__arena_alloc(L->arena, need);
        if (!t)
            return DP_E_NOMEM;
        size_t n = 0, col = 0;
        if (l && l->len) {
            for (size_t k = 0; k < l->indent / 2u; k++, col++)
                t[n++] = ' ';
            memcpy(t + n, l->text, l->len);
            n += l->len;
            col += cp_count(l->text, l->len);
        }
        if (rt && rt->len) {
            size_t at = DUAL_RIGHT_COLUMN + rt->indent / 2u;
            do
                t[n++] = ' ';
            while (++col < at);
            memcpy(t + n, rt->text, rt->len);
            n += rt->len;
        }
        t[n] = '\0';
        st = push_row(L, bk->first, t, n, 0, 0);
    }
    if (st != DP_OK)
        return st;
    memmove(L->rows, L->rows + base, tall * sizeof *L->rows);
    L->n_rows = tall;
    bk->rows_b = tall;
    bk->body = tall; /* a dual pair is never split */
    return DP_OK;
}

/* Builds the rows of the block starting at element i (a printed one). */
static dp_status make_block(layout *L, size_t i, block *bk)
{
    const dp_doc *doc = L->doc;
    const profile *pf = L->pf;
    const dp_element *e = &doc->elements[i];
    L->n_rows = 0;
    memset(bk, 0, sizeof *bk);
    bk->first = i;
    bk->before = pf->before[e->type];
    dp_status st;
    if (e->type != DP_EL_CHARACTER) {
        uint8_t align = e->type == DP_EL_CENTERED ? 1 : e->type == DP_EL_TRANSITION ? 2 : 0;
        uint8_t indent = pf->indent[e->type];
        size_t width = pf->width[e->type];
        if (e->type == DP_EL_LYRIC) {
            indent = pf->indent[DP_EL_DIALOGUE];
            width = pf->width[DP_EL_DIALOGUE];
        }
        st = wrap(L, i, e->plain, strlen(e->plain), width, indent, align);
        bk->kind = BK_SINGLE;
        bk->end = i + 1;
        bk->rows_b = L->n_rows;
        return st;
    }
    /* a speech: the cue, then its parentheticals, dialogue and lyrics;
     * a dual pair is laid out at three quarters of the width, and takes the
     * height of its longer column */
    bool dual = (e->flags & DP_ELF_DUAL_LEFT) != 0;
    size_t k = i, columns = 0, col_rows[2] = {0, 0};
    bk->kind = BK_SPEECH;
    bk->cue = e->plain;
    do {
        const dp_element *c = &doc->elements[k];
        size_t before_rows = L->n_rows;
        size_t cw = pf->width[DP_EL_CHARACTER] * (dual ? 3u : 4u) / 4u;
        st = wrap(L, k, c->plain, strlen(c->plain), cw, pf->indent[DP_EL_CHARACTER], 0);
        if (columns == 0)
            bk->body = L->n_rows;
        for (k++; k < doc->n_elements && st == DP_OK; k++) {
            const dp_element *p = &doc->elements[k];
            if (p->type == DP_EL_NOTE)
                continue;
            if (!is_speech_part(p))
                break;
            dp_element_type t = p->type == DP_EL_LYRIC ? DP_EL_DIALOGUE : p->type;
            size_t w = pf->width[t] * (dual ? 3u : 4u) / 4u;
            st = wrap(L, k, p->plain, strlen(p->plain), w, pf->indent[t], 0);
        }
        col_rows[columns++] = L->n_rows - before_rows;
        dual = dual && columns == 1 && k < doc->n_elements &&
               doc->elements[k].type == DP_EL_CHARACTER &&
               (doc->elements[k].flags & DP_ELF_DUAL_RIGHT);
    } while (dual && st == DP_OK);
    bk->end = k;
    bk->rows_b = L->n_rows;
    if (columns == 2 && st == DP_OK)
        st = merge_columns(L, bk, col_rows[0], col_rows[1]);
    return st;
}

/* How many rows of block bk must stay with a heading printed before it. */
static size_t min_first_chunk(const block *bk)
{
    size_t n = bk->rows_b - bk->rows_a;
    if (bk->kind == BK_SPEECH) {
        size_t body = bk->rows_b - bk->body;
        return (bk->body - bk->rows_a) + (body < 2 ? body : 2);
    }
    return n < 4 ? n : 2;
}

/* Prints one decoration row ("(MORE)", "NAME (CONT'D)") for block bk. */
static dp_status print_decoration(layout *L, const block *bk, const char *text, size_t len)
{
    dp_status st = push_row(L, bk->first, text, len, L->pf->indent[DP_EL_CHARACTER], 0);
    if (st == DP_OK)
        print_rows(L, L->n_rows - 1, L->n_rows, 0);
    return st != DP_OK ? st : L->status;
}

static dp_status place_speech(layout *L, block *bk)
{
    const uint32_t lpp = L->pf->lines;
    size_t a = bk->rows_a;
    uint32_t space = bk->before;
    bool first = true;
    for (;;) {
        size_t n = bk->rows_b - a;
        uint32_t sp = L->y == 0 ? 0 : space;
        if (L->y + sp + n <= lpp) {
            print_rows(L, a, bk->rows_b, space);
            return L->status;
        }
        /* split: the cue and two lines at least, then (MORE); two lines at
         * least after "NAME (CONT'D)" on the next page */
        size_t head = first ? bk->body - a : 0;
        size_t body = n - head;
        uint32_t avail = L->y + sp < lpp ? lpp - L->y - sp : 0;
        size_t k = avail > head + 1 ? avail - head - 1 : 0;
        if (body >= 2 && k > body - 2)
            k = body - 2;
        if (bk->body < bk->rows_b && body >= 4 && k >= 2) {
            print_rows(L, a, a + head + k, space);
            dp_status st = print_decoration(L, bk, "(MORE)", 6);
            if (st != DP_OK)
                return st;
            new_page(L);
            size_t clen = strlen(bk->cue);
            const char *open = memchr(bk->cue, '(', clen);
            size_t nlen = open ? (size_t)(open - bk->cue) : clen;
            while (nlen > 0 && bk->cue[nlen - 1] == ' ')
                nlen--;
            char *contd = dp__arena_alloc(L->arena, nlen + 10);
            if (!contd)
                return DP_E_NOMEM;
            memcpy(contd, bk->cue, nlen);
            memcpy(contd + nlen, " (CONT'D)", 10);
            if ((st = print_decoration(L, bk, contd, nlen + 9)) != DP_OK)
                return st;
            a += head + k;
            space = 0;
            first = false;
            continue;
        }
        if (L->y == 0) { /* taller than a page, no split possible: cut */
            print_rows(L, a, a + lpp, 0);
            a += lpp;
            space = 0;
            new_page(L);
            continue;
        }
        new_page(L);
    }
}

static dp_status place_single(layout *L, block *bk)
{
    const uint32_t lpp = L->pf->lines;
    const dp_element *e = &L->doc->elements[bk->first];
    size_t a = bk->rows_a;
    uint32_t space = bk->before;
    for (;;) {
        size_t n = bk->rows_b - a;
        uint32_t sp = L->y == 0 ? 0 : space;
        if (L->y + sp + n <= lpp) {
            print_rows(L, a, bk->rows_b, space);
            return L->status;
        }
        uint32_t avail = L->y + sp < lpp ? lpp - L->y - sp : 0;
        if (e->type == DP_EL_ACTION && n >= 4 && avail >= 2) {
            /* no lone first or last line: two at least on each page */
            size_t k = avail < n - 2 ? avail : n - 2;
            if (k >= 2) {
                print_rows(L, a, a + k, space);
                a += k;
                space = 0;
                new_page(L);
                continue;
            }
        }
        if (L->y == 0) { /* taller than a page: cut at the page */
            print_rows(L, a, a + lpp, 0);
            a += lpp;
            space = 0;
            new_page(L);
            continue;
        }
        new_page(L);
    }
}

/* ---- the walk ------------------------------------------------------------- */

static const profile *profile_for(dp_paper p) { return p == DP_PAPER_A4 ? &a4 : &letter; }

dp_paper dp__paper_resolve(const dp_doc *doc, dp_paper paper)
{
    if (paper == DP_PAPER_LETTER || paper == DP_PAPER_A4)
        return paper;
    if (doc->paper != DP_PAPER_AUTO) /* what a Final Draft file names */
        return doc->paper;
    return strcmp(dp__detect_language(doc), "fr") == 0 ? DP_PAPER_A4 : DP_PAPER_LETTER;
}

static dp_status run_layout(layout *L)
{
    const dp_doc *doc = L->doc;
    block bk, next;
    size_t i = 0;
    dp_status st = DP_OK;
    while (i < doc->n_elements && st == DP_OK) {
        const dp_element *e = &doc->elements[i];
        if (e->type == DP_EL_PAGE_BREAK) {
            if (L->y > 0)
                new_page(L);
            i++;
            continue;
        }
        if (!printed(e->type)) {
            i++;
            continue;
        }
        if ((st = make_block(L, i, &bk)) != DP_OK)
            break;
        if (e->type == DP_EL_SCENE_HEADING && L->y > 0) {
            /* no heading alone at the foot of a page: it goes with the
             * first lines of what follows */
            size_t j = bk.end;
            while (j < doc->n_elements && !printed(doc->elements[j].type) &&
                   doc->elements[j].type != DP_EL_PAGE_BREAK)
                j++;
            size_t heading_rows = bk.rows_b;
            uint32_t need = bk.before + (uint32_t)heading_rows;
            if (j < doc->n_elements && doc->elements[j].type != DP_EL_PAGE_BREAK) {
                /* measure the next block on the rows after the heading's */
                size_t keep = L->n_rows;
                block tmp;
                if ((st = make_block(L, j, &tmp)) != DP_OK)
                    break;
                next = tmp;
                need += next.before + (uint32_t)min_first_chunk(&next);
                L->n_rows = keep;
                if ((st = make_block(L, i, &bk)) != DP_OK)
                    break;
            }
            if (L->y + need > L->pf->lines)
                new_page(L);
        }
        st = bk.kind == BK_SPEECH ? place_speech(L, &bk) : place_single(L, &bk);
        i = bk.end;
    }
    return st != DP_OK ? st : L->status;
}

static dp_status paginate(const dp_doc *doc, dp_paper paper, dp__buf *text,
                          dp_pagination **out)
{
    dp_pagination *pg = dp__calloc(1, sizeof *pg);
    if (!pg)
        return DP_E_NOMEM;
    pg->doc = doc;
    pg->paper = dp__paper_resolve(doc, paper);
    pg->lines_per_page = profile_for(pg->paper)->lines;
    pg->el = dp__calloc(doc->n_elements + 1, sizeof *pg->el);
    if (!pg->el) {
        dp__free(pg);
        return DP_E_NOMEM;
    }
    dp__arena arena;
    dp__arena_init(&arena, (size_t)1 << 28);
    layout L = {doc, profile_for(pg->paper), pg, text, DP_OK, 0, 0, NULL, 0, 0, &arena};
    dp_status st = run_layout(&L);
    pg->pages = L.page;
    pg->end_at = L.page ? (uint64_t)(L.page - 1) * L.pf->lines + L.y : 0;
    dp__free(L.rows);
    dp__arena_release(&arena);
    if (st != DP_OK) {
        dp_pagination_free(pg);
        return st;
    }
    *out = pg;
    return DP_OK;
}

dp_status dp_paginate(const dp_doc *doc, dp_paper paper, dp_pagination **out,
                      dp_error *err)
{
    if (!doc || !out)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_paginate: NULL argument");
    *out = NULL;
    dp_status st = paginate(doc, paper, NULL, out);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "pagination: %s", dp_strerror(st));
    return DP_OK;
}

dp_status dp_pagination_write_text(const dp_pagination *p, const dp_sink *sink,
                                   dp_error *err)
{
    if (!p || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_pagination_write_text: NULL argument");
    dp__buf text;
    dp__buf_init(&text, (size_t)DP_MAX_INPUT_BYTES * 8);
    dp_pagination *again = NULL;
    dp_status st = paginate(p->doc, p->paper, &text, &again);
    dp_pagination_free(again);
    if (st == DP_OK && text.len && sink->write(sink->ctx, text.data, text.len) != 0)
        st = DP_E_SINK;
    dp__buf_release(&text);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "pages as text: %s", dp_strerror(st));
    return DP_OK;
}

void dp_pagination_free(dp_pagination *p)
{
    if (!p)
        return;
    dp__free(p->el);
    dp__free(p);
}

dp_paper dp_pagination_paper(const dp_pagination *p) { return p ? p->paper : DP_PAPER_AUTO; }
uint32_t dp_pagination_pages(const dp_pagination *p) { return p ? p->pages : 0; }
uint32_t dp_pagination_lines_per_page(const dp_pagination *p) { return p ? p->lines_per_page : 0; }

uint32_t dp_pagination_element_page(const dp_pagination *p, size_t i)
{
    return p && i < p->doc->n_elements ? p->el[i].page : 0;
}

uint32_t dp_pagination_element_lines(const dp_pagination *p, size_t i)
{
    return p && i < p->doc->n_elements ? p->el[i].lines : 0;
}

uint32_t dp__eighths(uint32_t lines, uint32_t lines_per_page)
{
    uint32_t e = (uint32_t)(((uint64_t)lines * 8 + lines_per_page - 1) / lines_per_page);
    return e ? e : 1;
}
