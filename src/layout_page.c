/* Page furniture of a printed script: scene numbers and revision marks in
 * the margins, page numbers, repeated headers and footers, (MORE),
 * (CONT'D), CONTINUED:, (SUITE), SUITE :. */
#include "layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PAGE_NUMBER 99999u

static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
static bool is_upper_ascii(char ch) { return ch >= 'A' && ch <= 'Z'; }

/* A scene number as printed in a margin: 12, 12., 12A, A12, 2-B, 1-A. */
static bool scene_number_token(const char *s, size_t n)
{
    if (n > 0 && s[n - 1] == '.')
        n--;
    if (n == 0 || n > 8)
        return false;
    size_t i = 0, digits = 0, letters = 0;
    while (i < n && is_upper_ascii(s[i]) && letters < 2)
        i++, letters++;
    while (i < n && is_digit(s[i]))
        i++, digits++;
    while (i < n && is_upper_ascii(s[i]) && letters < 3)
        i++, letters++;
    if (i < n && s[i] == '-') {
        size_t k = ++i;
        while (i < n && (is_upper_ascii(s[i]) || is_digit(s[i])) && i - k < 3)
            i++;
        if (i == k)
            return false;
    }
    return digits > 0 && i == n;
}

/* A printed page number alone on its row: "12", "12.", "12A.", "- 12 -",
 * "Page 12", "page 12 of 90", "12/90". Sets '*num'. */
static bool page_number_token(const char *s, size_t n, uint32_t *num)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '-'))
        i++;
    if (n - i > 5 && dp__ascii_ieq(s + i, 4, "page") && s[i + 4] == ' ')
        i += 5;
    while (i < n && s[i] == ' ')
        i++;
    uint32_t v = 0;
    size_t d = i;
    while (i < n && is_digit(s[i]) && v <= MAX_PAGE_NUMBER)
        v = v * 10 + (uint32_t)(s[i++] - '0');
    if (i == d || v == 0 || v > MAX_PAGE_NUMBER)
        return false;
    if (i < n && is_upper_ascii(s[i]))
        i++; /* a locked page: 12A */
    if (i < n && s[i] == '.')
        i++;
    while (i < n && (s[i] == ' ' || s[i] == '-'))
        i++;
    if (i < n && (s[i] == '/' || (n - i > 3 && dp__ascii_ieq(s + i, 3, "of ")))) {
        i += s[i] == '/' ? 1 : 3;
        while (i < n && s[i] == ' ')
            i++;
        size_t k = i;
        while (i < n && is_digit(s[i]))
            i++;
        if (i == k)
            return false;
    }
    *num = v;
    return i == n;
}

static bool revision_mark(const char *s, size_t n)
{
    if (n == 0 || n > 3)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '*')
            return false;
    return true;
}

static const char *seg_text(const dp__layout *lay, const dp__lseg *g)
{
    return lay->text.data ? lay->text.data + g->start : "";
}

/* Reads the margins of row i and joins what is left into its main text. */
static dp_status read_margins(dp__lctx *c, size_t i)
{
    const dp__layout *lay = c->lay;
    const dp__lrow *row = &lay->rows[i];
    const dp__lseg *g = lay->segs + row->seg;
    dp__rinfo *r = &c->ri[i];
    size_t first = 0, last = row->n_seg;
    dp_status st;
    for (int pass = 0; pass < 2 && last - first >= 2; pass++) {
        const dp__lseg *e = &g[last - 1];
        if (revision_mark(seg_text(lay, e), e->len) && e->x > c->R - 4) {
            r->revised = true;
            last--;
        } else if (!r->num_n && scene_number_token(seg_text(lay, e), e->len) &&
                   e->x >= c->A + 40) {
            r->num = e->start;
            r->num_n = e->len;
            last--;
        }
    }
    if (last - first >= 2 && scene_number_token(seg_text(lay, &g[0]), g[0].len) &&
        g[0].x_end <= c->A - 0.5f) {
        r->num = g[0].start; /* the left number wins */
        r->num_n = g[0].len;
        first++;
    }
    r->seg = row->seg + (uint32_t)first;
    r->n_seg = (uint32_t)(last - first);
    r->t = (uint32_t)c->text.len;
    r->x = last > first ? g[first].x : 0;
    r->x_end = last > first ? g[last - 1].x_end : 0;
    for (size_t k = first; k < last; k++) {
        if (k > first) {
            long spaces = lroundf(g[k].x - g[k - 1].x_end);
            for (long s = spaces < 1 ? 1 : spaces; s > 0; s--)
                if ((st = dp__buf_putc(&c->text, ' ')) != DP_OK)
                    return st;
        }
        if ((st = dp__buf_append(&c->text, seg_text(lay, &g[k]), g[k].len)) != DP_OK)
            return st;
    }
    if (c->text.len >= UINT32_MAX)
        return DP_E_LIMIT;
    r->n = (uint32_t)(c->text.len - r->t);
    return DP_OK;
}

/* Lines that only say a page or a speech goes on. */
static const dp__lit more_marks[] = {
    DP__LIT("(more)"), DP__LIT("(suite)"), DP__LIT("(a suivre)"), DP__LIT("a suivre"),
};
static const dp__lit continued_marks[] = {
    DP__LIT("(cont'd)"), DP__LIT("(contd)"), DP__LIT("(cont.)"), DP__LIT("(continued)"),
    DP__LIT("continued:"), DP__LIT("continued"), DP__LIT("suite :"), DP__LIT("suite:"),
    DP__LIT("(continuing)"),
};

static dp__rkind furniture_kind(dp__lctx *c, const char *s, size_t n)
{
    if (n == 0 || n > 40)
        return DP__R_BODY;
    dp__fold f;
    if (dp__fold_make(&c->scratch, s, n, &f) != DP_OK)
        return DP__R_BODY;
    size_t a = 0, b = f.len;
    dp__trim(f.text, &a, &b);
    /* "CONTINUED: (2)" */
    if (b > a && f.text[b - 1] == ')') {
        size_t k = b - 1;
        while (k > a && is_digit(f.text[k - 1]))
            k--;
        if (k < b - 1 && k > a && f.text[k - 1] == '(') {
            b = k - 1;
            dp__trim(f.text, &a, &b);
        }
    }
    if (dp__lit_in(more_marks, DP__COUNT(more_marks), f.text + a, b - a))
        return DP__R_MORE;
    if (dp__lit_in(continued_marks, DP__COUNT(continued_marks), f.text + a, b - a))
        return DP__R_DROP;
    return DP__R_BODY;
}

/* Page numbers: alone on a row, at the right or in the middle, at the top
 * or bottom of a known page; anywhere when page breaks are unknown (each
 * then starts a page). */
static void find_page_numbers(dp__lctx *c)
{
    const dp__layout *lay = c->lay;
    float center = (c->A + c->R) / 2;
    size_t page_start = 0;
    for (size_t i = 0; i < lay->n_rows; i++) {
        if (i > 0 && lay->rows[i].page != lay->rows[i - 1].page)
            page_start = i;
        dp__rinfo *r = &c->ri[i];
        if (r->kind != DP__R_BODY || r->n_seg != 1 || r->num_n)
            continue;
        size_t page_end = i;
        while (page_end + 1 < lay->n_rows && lay->rows[page_end + 1].page == lay->rows[i].page)
            page_end++;
        size_t n;
        const char *t = dp__lrow_text(c, i, &n);
        uint32_t v;
        bool placed = r->x >= c->A + 20 || (r->x + r->x_end) / 2 > center - 6;
        bool edge = lay->paged ? (i - page_start < 2 || page_end - i < 2)
                               : lay->rows[i].blank_before >= 1;
        if (placed && edge && page_number_token(t, n, &v)) {
            r->kind = DP__R_PAGENUM;
            r->printed = v;
        }
    }
}

typedef struct key_ref {
    const char *key;
    size_t row;
} key_ref;

static int cmp_key(const void *x, const void *y)
{
    const key_ref *a = x, *b = y;
    int d = strcmp(a->key, b->key);
    return d ? d : (a->row > b->row) - (a->row < b->row);
}

/* The first and last body rows of each page, digits as '#': a text that
 * comes back on 3 pages and 40% of them is a header or a footer. */
static dp_status find_headers(dp__lctx *c)
{
    const dp__layout *lay = c->lay;
    if (!lay->paged || lay->n_pages < 3)
        return DP_OK;
    key_ref *keys = dp__calloc((size_t)lay->n_pages * 2, sizeof *keys);
    if (!keys)
        return DP_E_NOMEM;
    size_t nk = 0, i = 0;
    while (i < lay->n_rows) {
        size_t e = i;
        while (e < lay->n_rows && lay->rows[e].page == lay->rows[i].page)
            e++;
        size_t first = e, last = e;
        for (size_t k = i; k < e; k++)
            if (c->ri[k].kind == DP__R_BODY) {
                if (first == e)
                    first = k;
                last = k;
            }
        for (int side = 0; side < 2 && first < e && nk < (size_t)lay->n_pages * 2; side++) {
            size_t k = side ? last : first;
            if (side && last == first)
                break;
            size_t n;
            const char *t = dp__lrow_text(c, k, &n);
            char *key = dp__arena_alloc(&c->scratch, n + 1);
            if (!key) {
                dp__free(keys);
                return DP_E_NOMEM;
            }
            for (size_t q = 0; q < n; q++)
                key[q] = is_digit(t[q]) ? '#' : (char)(t[q] | (t[q] >= 'A' && t[q] <= 'Z' ? 0x20 : 0));
            key[n] = '\0';
            keys[nk++] = (key_ref){key, k};
        }
        i = e;
    }
    qsort(keys, nk, sizeof *keys, cmp_key);
    for (size_t a = 0; a < nk;) {
        size_t b = a;
        while (b < nk && strcmp(keys[b].key, keys[a].key) == 0)
            b++;
        if (b - a >= 3 && (b - a) * 10 >= (size_t)lay->n_pages * 4 && keys[a].key[0]) {
            for (size_t k = a; k < b; k++) {
                dp__rinfo *r = &c->ri[keys[k].row];
                uint32_t v;
                r->kind = DP__R_DROP;
                if (r->num_n && c->lay->text.data) {
                    /* a header's own page number, read as a margin number */
                    const char *num = c->lay->text.data + r->num;
                    if (page_number_token(num, r->num_n, &v)) {
                        r->kind = DP__R_PAGENUM;
                        r->printed = v;
                    }
                }
            }
        }
        a = b;
    }
    dp__free(keys);
    return DP_OK;
}

/* Pages and their numbers: printed numbers where there are some, the
 * others counted from them (the most common offset from the page index
 * wins); physical pages when nothing is printed. */
static dp_status number_pages(dp__lctx *c)
{
    const dp__layout *lay = c->lay;
    uint32_t v = 0;
    for (size_t i = 0; i < lay->n_rows; i++) {
        if (lay->paged)
            v = lay->rows[i].page ? lay->rows[i].page - 1 : 0;
        else if (c->ri[i].kind == DP__R_PAGENUM)
            v++;
        c->ri[i].vpage = v;
    }
    c->n_vpages = lay->paged ? (lay->n_pages ? lay->n_pages : 1) : v + 1;
    if (lay->n_rows)
        c->n_vpages = c->n_vpages > c->ri[lay->n_rows - 1].vpage + 1
                          ? c->n_vpages
                          : c->ri[lay->n_rows - 1].vpage + 1;
    c->page_no = dp__calloc(c->n_vpages, sizeof *c->page_no);
    long *offs = dp__calloc(c->n_vpages, sizeof *offs);
    if (!c->page_no || !offs) {
        dp__free(offs);
        return DP_E_NOMEM;
    }
    size_t n_offs = 0;
    for (size_t i = 0; i < lay->n_rows; i++) {
        dp__rinfo *r = &c->ri[i];
        if (r->kind == DP__R_PAGENUM && !c->page_no[r->vpage]) {
            c->page_no[r->vpage] = r->printed;
            offs[n_offs++] = (long)r->printed - (long)r->vpage;
        }
    }
    long best = lay->paged ? 1 : 0;
    size_t best_n = 0;
    for (size_t a = 0; a < n_offs; a++) {
        size_t k = 0;
        for (size_t b = 0; b < n_offs; b++)
            k += offs[b] == offs[a];
        if (k > best_n || (k == best_n && offs[a] < best)) {
            best_n = k;
            best = offs[a];
        }
    }
    dp__free(offs);
    for (uint32_t p = 0; p < c->n_vpages; p++)
        if (!c->page_no[p] && (long)p + best >= 1)
            c->page_no[p] = (uint32_t)((long)p + best);
    return DP_OK;
}

dp_status dp__layout_pages(dp__lctx *c)
{
    const dp__layout *lay = c->lay;
    dp_status st = DP_OK;
    for (size_t i = 0; i < lay->n_rows && st == DP_OK; i++) {
        st = read_margins(c, i);
        if (st == DP_OK) {
            size_t n;
            const char *t = dp__lrow_text(c, i, &n);
            c->ri[i].kind = (uint8_t)furniture_kind(c, t, n);
        }
    }
    if (st != DP_OK)
        return st;
    find_page_numbers(c);
    if ((st = find_headers(c)) != DP_OK)
        return st;
    return number_pages(c);
}
