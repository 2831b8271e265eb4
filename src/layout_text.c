/* Plain text laid out in columns (a `pdftotext -layout` output, a text
 * export): each line becomes a row, columns counted in characters, runs
 * of three or more spaces split a row into segments; form feeds and
 * separator lines (------) break pages. */
#include "layout.h"
#include "source.h"

#include <string.h>

#define TAB_STOP 8
#define SEG_GAP 3      /* spaces that split a row */
#define SNIFF_LINES 4000

/* Marks the source lines holding a form feed (before decoding removes
 * them). Lines are counted the way dp__source_decode counts them. */
static dp_status form_feeds(const char *s, size_t n, size_t n_lines, uint8_t **out)
{
    *out = dp__calloc(n_lines + 1, 1);
    if (!*out)
        return DP_E_NOMEM;
    size_t line = 0;
    for (size_t i = 0; i < n && line < n_lines; i++) {
        if (s[i] == '\f')
            (*out)[line] = 1;
        else if (s[i] == '\n' || s[i] == '\r') {
            if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
                i++;
            line++;
        }
    }
    return DP_OK;
}

static bool separator(const char *t, size_t n)
{
    size_t marks = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '-' || t[i] == '=' || t[i] == '_')
            marks++;
        else if (t[i] != ' ' && t[i] != '\t')
            return false;
    }
    return marks >= 10;
}

/* Adds the segments of one line: x in columns (code points, tabs to the
 * next multiple of 8). */
static dp_status add_segments(dp__layout *lay, const char *t, size_t n)
{
    size_t i = 0;
    uint32_t col = 0;
    while (i < n) {
        while (i < n && (t[i] == ' ' || t[i] == '\t')) {
            col += t[i] == '\t' ? TAB_STOP - col % TAB_STOP : 1;
            i++;
        }
        if (i >= n)
            break;
        size_t a = i;
        uint32_t x = col, end = col;
        /* up to the next run of SEG_GAP spaces (or a tab) */
        while (i < n) {
            if (t[i] == '\t')
                break;
            if (t[i] == ' ') {
                size_t k = i;
                while (k < n && t[k] == ' ')
                    k++;
                if (k - i >= SEG_GAP || k == n)
                    break;
                col += (uint32_t)(k - i);
                i = k;
                continue;
            }
            col += ((unsigned char)t[i] & 0xC0) != 0x80;
            i++;
            end = col;
        }
        size_t b = i;
        while (b > a && t[b - 1] == ' ')
            b--;
        dp_status st = dp__layout_add_seg(lay, (float)x, (float)end, t + a, b - a);
        if (st != DP_OK)
            return st;
    }
    return DP_OK;
}

dp_status dp__text_parse(dp_doc *doc, const char *bytes, size_t len, dp_error *err)
{
    dp__source src;
    dp_status st = dp__source_decode(doc, bytes, len, &src, err);
    if (st != DP_OK) {
        dp__source_release(&src);
        return st;
    }
    uint8_t *ff = NULL;
    bool utf16 = len >= 2 && (((unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xFE) ||
                              ((unsigned char)bytes[0] == 0xFE && (unsigned char)bytes[1] == 0xFF));
    st = form_feeds(bytes, utf16 ? 0 : len, src.n_lines, &ff);
    dp__layout lay;
    dp__layout_init(&lay);
    uint32_t page = 1;
    uint16_t blank = 0;
    for (size_t li = 0; li < src.n_lines && st == DP_OK; li++) {
        const dp__src_line *L = &src.lines[li];
        const char *t = src.data + L->start;
        if (ff[li] && (lay.n_rows || blank)) {
            page++;
            blank = 0;
            lay.paged = true;
        }
        size_t a = 0, b = L->len;
        dp__trim(t, &a, &b);
        if (a == b) {
            blank += blank < UINT16_MAX;
            continue;
        }
        if (separator(t, L->len)) {
            page++;
            blank = 0;
            lay.paged = true;
            continue;
        }
        dp__lrow row = {
            .page = page,
            .line = (uint32_t)li + 1,
            .offset = L->src_off,
            .length = L->src_end - L->src_off,
            .blank_before = blank,
        };
        st = dp__layout_add_row(&lay, &row);
        if (st == DP_OK)
            st = add_segments(&lay, t, b);
        blank = 0;
    }
    lay.n_pages = lay.n_rows ? lay.rows[lay.n_rows - 1].page : 0;
    dp__free(ff);
    dp__source_release(&src);
    if (st == DP_OK) {
        st = dp__layout_classify(doc, &lay, err);
        dp__layout_release(&lay);
        return st;
    }
    dp__layout_release(&lay);
    if (st == DP_E_LIMIT)
        return dp__error_set(err, st, 0, 0, "the text has more than %u lines", DP_MAX_LINES);
    return dp__error_set(err, st, 0, 0, "%s", dp_strerror(st));
}

/* ---- detection ---------------------------------------------------------- */

static size_t indent_of(const char *t, size_t n, size_t *content)
{
    size_t col = 0, i = 0;
    while (i < n && (t[i] == ' ' || t[i] == '\t'))
        col += t[i++] == '\t' ? TAB_STOP - col % TAB_STOP : 1;
    *content = i;
    return col;
}

bool dp__text_looks_laid_out(const char *s, size_t n)
{
    size_t nonblank = 0, deep = 0, cues = 0, lines = 0;
    size_t prev_indent = 0;
    bool prev_cue_like = false;
    size_t i = 0;
    while (i < n && lines < SNIFF_LINES) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n;
        size_t len = e - i;
        if (len && s[i + len - 1] == '\r')
            len--;
        const char *t = s + i;
        size_t content;
        size_t indent = indent_of(t, len, &content);
        bool blank = content == len;
        if (!blank) {
            nonblank++;
            deep += indent >= 10;
            if (prev_cue_like && indent >= 5 && indent + 2 < prev_indent)
                cues++;
        }
        /* a short line in capitals, indented 15 or more */
        bool cue_like = !blank && indent >= 15 && len - content <= 40;
        for (size_t k = content; cue_like && k < len && t[k] != '('; k++)
            if (t[k] >= 'a' && t[k] <= 'z')
                cue_like = false;
        prev_cue_like = cue_like;
        prev_indent = indent;
        lines++;
        i = e + 1;
    }
    return nonblank >= 4 && cues >= 2 && deep * 5 >= nonblank;
}
