/* Fountain preparation: the boneyard (slash-star ... star-slash, nested,
 * spanning lines) and notes [[ ]] (spanning lines) are cut out before
 * classification. */
#include "fountain.h"

#include <string.h>

typedef struct vec {
    void *items;
    size_t n, cap;
} vec;

static dp_status vec_push(vec *v, const void *item, size_t size, size_t max)
{
    dp_status st = dp__grow(&v->items, &v->cap, v->n, size, max);
    if (st != DP_OK)
        return st;
    memcpy((char *)v->items + v->n * size, item, size);
    v->n++;
    return DP_OK;
}

static bool all_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ')
            return false;
    return true;
}

/* Finds the last occurrence of the two-byte 'pat' in s[0..n), or n. */
static size_t last_pair(const char *s, size_t n, char a, char b)
{
    for (size_t i = n; i-- > 1;)
        if (s[i - 1] == a && s[i] == b)
            return i - 1;
    return n;
}

/* Pass 1: boneyard. Reads the decoded text line by line; writes logical
 * lines to 'text'/'lines'. An opening marker counts only when a closing
 * one follows somewhere after it; nesting is counted; the last closing
 * marker of the file closes whatever is still open. */
static dp_status cut_boneyard(dp_doc *doc, const dp__source *src, dp__buf *text,
                              vec *lines)
{
    const char *s = src->data;
    size_t n = src->len;
    size_t last_close = last_pair(s, n, '*', '/');
    int depth = 0;
    bool warned = false;
    dp_status st = DP_OK;
    fl_line cur = {0, 0, 0, 0, false, 0};
    for (size_t li = 0; li < src->n_lines && st == DP_OK; li++) {
        const dp__src_line *sl = &src->lines[li];
        const char *p = s + sl->start;
        size_t len = sl->len, i = 0;
        if (depth == 0) {
            cur.start = (uint32_t)text->len;
            cur.first = (uint32_t)li;
        }
        while (i < len && st == DP_OK) {
            size_t abs = sl->start + i;
            if (depth == 0) {
                /* copy up to the next '/' in one piece */
                const char *slash = memchr(p + i, '/', len - i);
                size_t stop = slash ? (size_t)(slash - p) : len;
                if (stop > i) {
                    st = dp__buf_append(text, p + i, stop - i);
                    i = stop;
                    continue;
                }
                if (i + 1 < len && p[i] == '/' && p[i + 1] == '*') {
                    if (last_close != n && last_close >= abs + 2) {
                        depth = 1;
                        i += 2;
                        continue;
                    }
                    if (!warned) {
                        warned = true;
                        st = dp__doc_warn(doc, (uint32_t)li + 1, (uint32_t)i + 1,
                                          "'/*' has no closing '*/'; kept as text");
                    }
                }
                if (st == DP_OK)
                    st = dp__buf_putc(text, p[i]);
                i++;
            } else if (i + 1 < len && p[i] == '*' && p[i + 1] == '/') {
                depth = abs == last_close ? 0 : depth - 1;
                i += 2;
            } else if (i + 1 < len && p[i] == '/' && p[i + 1] == '*' &&
                       abs + 1 != last_close) {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        if (depth == 0 && st == DP_OK) {
            cur.len = (uint32_t)(text->len - cur.start);
            cur.last = (uint32_t)li;
            cur.removed = false; /* a line of boneyard alone reads as blank */
            st = vec_push(lines, &cur, sizeof cur, DP_MAX_LINES);
            if (st == DP_OK)
                st = dp__buf_putc(text, '\n');
        }
    }
    if (depth > 0 && st == DP_OK) { /* unreachable by construction; keep text */
        cur.len = (uint32_t)(text->len - cur.start);
        cur.last = src->n_lines ? (uint32_t)src->n_lines - 1 : 0;
        cur.removed = false;
        st = vec_push(lines, &cur, sizeof cur, DP_MAX_LINES);
    }
    return st;
}

/* Position of the "]]" closing a note opened just before 'from', or 0
 * when a "[[" or the end of the text comes first. */
static size_t note_close(const char *s, size_t n, size_t from)
{
    for (size_t i = from; i + 1 < n; i++) {
        if (s[i] == ']' && s[i + 1] == ']')
            return i;
        if (s[i] == '[' && s[i + 1] == '[')
            return 0;
    }
    return 0;
}

/* Pass 2: notes, over the logical lines of pass 1. */
static dp_status cut_notes(dp_doc *doc, const dp__buf *in, const vec *in_lines,
                           fl_prep *out, vec *lines, vec *notes)
{
    const char *s = in->data ? in->data : "";
    size_t n = in->len;
    const fl_line *L = in_lines->items;
    dp_status st = DP_OK;
    size_t li = 0;
    while (li < in_lines->n && st == DP_OK) {
        fl_line cur = {(uint32_t)out->text.len, 0, L[li].first, L[li].last, false, 0};
        bool had_note = false;
        size_t pos = L[li].start, end = L[li].start + L[li].len;
        size_t line_start = pos;
        while (pos < end && st == DP_OK) {
            if (s[pos] == '[' && pos + 1 < end && s[pos + 1] == '[') {
                size_t close = note_close(s, n, pos + 2);
                if (close) {
                    fl_note note = {(uint32_t)out->notes_text.len, 0,
                                    L[li].first, 0,
                                    (uint32_t)(pos - line_start + 1), lines->n};
                    st = dp__buf_append(&out->notes_text, s + pos + 2, close - pos - 2);
                    note.len = (uint32_t)(out->notes_text.len - note.start);
                    /* move to the logical line holding the "]]" */
                    while (li + 1 < in_lines->n && close >= L[li].start + L[li].len) {
                        li++;
                        cur.last = L[li].last;
                    }
                    note.last = L[li].last;
                    if (st == DP_OK)
                        st = vec_push(notes, &note, sizeof note, DP_MAX_ELEMENTS);
                    had_note = true;
                    pos = close + 2;
                    end = L[li].start + L[li].len;
                    line_start = L[li].start;
                    continue;
                }
                st = dp__doc_warn(doc, L[li].first + 1, (uint32_t)(pos - line_start + 1),
                                  "'[[' has no closing ']]'; kept as text");
                if (st == DP_OK)
                    st = dp__buf_append(&out->text, "[[", 2);
                pos += 2;
                continue;
            }
            const char *br = memchr(s + pos + 1, '[', end - pos - 1);
            size_t stop = br ? (size_t)(br - s) : end;
            st = dp__buf_append(&out->text, s + pos, stop - pos);
            pos = stop;
        }
        if (st != DP_OK)
            break;
        cur.len = (uint32_t)(out->text.len - cur.start);
        const char *t = out->text.data ? out->text.data + cur.start : "";
        cur.removed = had_note && all_space(t, cur.len);
        st = vec_push(lines, &cur, sizeof cur, DP_MAX_LINES);
        if (st == DP_OK)
            st = dp__buf_putc(&out->text, '\n');
        li++;
    }
    return st;
}

static bool has_pair(const char *s, size_t n, char a, char b)
{
    for (const char *p = s; (p = memchr(p, a, (size_t)(s + n - p))) != NULL; p++)
        if (p + 1 < s + n && p[1] == b)
            return true;
    return false;
}

dp_status dp__fountain_prepare(dp_doc *doc, const dp__source *src, fl_prep *out)
{
    memset(out, 0, sizeof *out);
    const char *s = src->data;
    if (!has_pair(s, src->len, '/', '*') && !has_pair(s, src->len, '[', '[')) {
        /* nothing to cut: the logical lines are the source lines */
        out->n_lines = src->n_lines;
        out->data = s;
        return DP_OK;
    }
    dp__buf_init(&out->text, (size_t)DP_MAX_INPUT_BYTES * 5);
    dp__buf_init(&out->notes_text, (size_t)DP_MAX_INPUT_BYTES * 5);
    dp__buf pass1;
    dp__buf_init(&pass1, (size_t)DP_MAX_INPUT_BYTES * 5);
    vec lines1 = {0}, lines2 = {0}, notes = {0};
    dp_status st = cut_boneyard(doc, src, &pass1, &lines1);
    if (st == DP_OK)
        st = cut_notes(doc, &pass1, &lines1, out, &lines2, &notes);
    dp__buf_release(&pass1);
    dp__free(lines1.items);
    out->lines = lines2.items;
    out->n_lines = lines2.n;
    out->notes = notes.items;
    out->n_notes = notes.n;
    out->data = out->text.data ? out->text.data : "";
    for (size_t i = 0; i < out->n_lines; i++) { /* cut text: its sources' flags */
        fl_line *L = &out->lines[i];
        for (uint32_t k = L->first; k <= L->last && k < src->n_lines; k++)
            L->flags |= src->lines[k].flags;
    }
    return st;
}

void dp__fountain_prep_release(fl_prep *p)
{
    dp__buf_release(&p->text);
    dp__buf_release(&p->notes_text);
    dp__free(p->lines);
    dp__free(p->notes);
    memset(p, 0, sizeof *p);
}
