/* Decoding: BOM, UTF-16, Windows-1252 fallback, invalid UTF-8, line ends,
 * tabs and control characters. Everything downstream sees clean UTF-8. */
#include "source.h"

#include <string.h>

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

void dp__source_release(dp__source *src)
{
    dp__buf_release(&src->text);
    dp__free(src->lines);
    src->lines = NULL;
    src->n_lines = 0;
}

static bool starts_with(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && memcmp(s, lit, m) == 0;
}

static dp_status reject_known_formats(const char *s, size_t n, dp_error *err)
{
    size_t i = 0;
    while (i < n && i < 64 && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    const char *p = s + i;
    size_t m = n - i;
    if (starts_with(p, m, "%PDF-"))
        return dp__error_set(err, DP_E_FORMAT, 1, 1,
                             "this is a PDF file, not a text script (read it as a PDF)");
    if (starts_with(s, n, "PK\x03\x04"))
        return dp__error_set(err, DP_E_FORMAT, 1, 1,
                             "this is a ZIP archive (a .docx, .odt or similar), "
                             "not a screenplay text; export it as Fountain");
    if (starts_with(p, m, "{\\rtf"))
        return dp__error_set(err, DP_E_FORMAT, 1, 1,
                             "this is an RTF document; export it as Fountain or plain text");
    if (starts_with(p, m, "<?xml") || starts_with(p, m, "<FinalDraft")) {
        size_t scan = m < 4096 ? m : 4096;
        for (size_t k = 0; k + 11 <= scan; k++)
            if (memcmp(p + k, "<FinalDraft", 11) == 0)
                return dp__error_set(err, DP_E_FORMAT, 1, 1,
                                     "this is a Final Draft (.fdx) file, not Fountain "
                                     "text (Final Draft files are read in UTF-8)");
        return dp__error_set(err, DP_E_FORMAT, 1, 1,
                             "this is an XML file, not a screenplay");
    }
    return DP_OK;
}

/* Rejects data that is not text: NUL bytes or many control bytes. */
static dp_status reject_binary(const char *s, size_t n, dp_error *err)
{
    const char *nul = memchr(s, '\0', n);
    if (nul) {
        uint32_t line = 1, col = 1;
        for (const char *p = s; p < nul; p++) {
            if (*p == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return dp__error_set(err, DP_E_BINARY, line, col,
                             "binary data (a NUL byte at line %u, column %u), "
                             "not a screenplay", line, col);
    }
    size_t scan = n < 8192 ? n : 8192, ctl = 0;
    for (size_t i = 0; (i = dp__ascii_run(s, i, scan)) < scan; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ctl++;
    }
    if (ctl > 16 && ctl * 20 > scan)
        return dp__error_set(err, DP_E_BINARY, 0, 0,
                             "binary data (%zu control bytes in the first %zu), "
                             "not a screenplay", ctl, scan);
    return DP_OK;
}

static dp_status utf16_to_utf8(dp_doc *doc, const char *s, size_t n, bool big,
                               dp__buf *out)
{
    dp_status st = DP_OK;
    size_t i = 0;
    if (n % 2)
        st = dp__doc_warn(doc, 0, 0, "UTF-16 input has an odd number of bytes; the last byte was dropped");
    for (; i + 1 < n && st == DP_OK; i += 2) {
        const unsigned char *u = (const unsigned char *)s + i;
        uint32_t w = big ? (uint32_t)(u[0] << 8 | u[1]) : (uint32_t)(u[1] << 8 | u[0]);
        int32_t cp = (int32_t)w;
        if (w >= 0xD800 && w <= 0xDBFF && i + 3 < n) {
            uint32_t w2 = big ? (uint32_t)(u[2] << 8 | u[3]) : (uint32_t)(u[3] << 8 | u[2]);
            if (w2 >= 0xDC00 && w2 <= 0xDFFF) {
                cp = (int32_t)(0x10000 + ((w - 0xD800) << 10) + (w2 - 0xDC00));
                i += 2;
            } else {
                cp = DP__REPLACEMENT;
            }
        } else if (w >= 0xD800 && w <= 0xDFFF) {
            cp = DP__REPLACEMENT;
        }
        char enc[4];
        st = dp__buf_append(out, enc, dp__utf8_encode(cp, enc));
    }
    return st;
}

static dp_status cp1252_to_utf8(const char *s, size_t n, dp__buf *out)
{
    dp_status st = DP_OK;
    for (size_t i = 0; i < n && st == DP_OK; i++) {
        unsigned char c = (unsigned char)s[i];
        int32_t cp = c;
        if (c >= 0x80 && c < 0xA0)
            cp = cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : (int32_t)DP__REPLACEMENT;
        char enc[4];
        st = dp__buf_append(out, enc, dp__utf8_encode(cp, enc));
    }
    return st;
}

typedef struct line_builder {
    dp__source *src;
    size_t cap_lines;
} line_builder;

/* Room for one more line. */
static dp_status lines_reserve(line_builder *lb)
{
    return dp__grow((void **)&lb->src->lines, &lb->cap_lines, lb->src->n_lines,
                    sizeof *lb->src->lines, DP_MAX_LINES);
}

static dp_status push_line(line_builder *lb, size_t start, uint32_t src_off,
                           uint32_t src_end)
{
    dp_status st = lines_reserve(lb);
    if (st != DP_OK)
        return st;
    dp__source *src = lb->src;
    src->lines[src->n_lines++] = (dp__src_line){
        (uint32_t)start, (uint32_t)(src->text.len - start), src_off, src_end,
        DP__LINE_HIGH | DP__LINE_TAB}; /* not looked at: may hold anything */
    return DP_OK;
}

/* 1-based column (in code points) of s[i] on the line starting at s[a]. */
static uint32_t column(const char *s, size_t a, size_t i)
{
    uint32_t col = 1;
    for (size_t k = a; k < i; k++)
        col += ((unsigned char)s[k] & 0xC0) != 0x80;
    return col;
}

/* Splits 's' into lines, repairing as it goes: runs of bytes that need no
 * change are copied in one piece. 'base' is added to offsets. */
static dp_status split_lines(dp_doc *doc, const char *s, size_t n, size_t base,
                             dp__source *src, size_t *invalid, size_t *multi,
                             dp_error *err)
{
    line_builder lb = {src, 0};
    dp__buf *t = &src->text;
    dp_status st = dp__buf_append(t, "", 0);
    if (st == DP_OK && n + n / 16 + 16 < t->max)
        st = dp__buf_reserve(t, n + n / 16 + 16);
    size_t i = 0, line_start_in = 0, line_start_out = 0;
    uint32_t line = 1;
    while (i < n && st == DP_OK) {
        size_t run = i;
        while (i < n) {
            i = dp__ascii_run(s, i, n);
            if (i >= n || (unsigned char)s[i] < 0x80)
                break;
            int32_t cp;
            size_t k = dp__utf8_decode(s + i, n - i, &cp);
            if (cp < 0xA0 || cp == 0xFEFF)
                break; /* invalid, C1 control, BOM */
            (*multi)++;
            i += k;
        }
        if (i > run && (st = dp__buf_append(t, s + run, i - run)) != DP_OK)
            break;
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == '\n' || c == '\r') {
            st = push_line(&lb, line_start_out, (uint32_t)(base + line_start_in),
                           (uint32_t)(base + i));
            i += (c == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            if (st == DP_OK && i < n)
                st = dp__buf_putc(t, '\n');
            line_start_in = i;
            line_start_out = t->len;
            line++;
            continue;
        }
        if (c == '\t') { /* kept: elements expand tabs when they are made */
            st = dp__buf_putc(t, '\t');
            i++;
            continue;
        }
        int32_t cp;
        size_t k = dp__utf8_decode(s + i, n - i, &cp);
        if (cp < 0) {
            (*invalid)++;
            st = dp__doc_warn(doc, line, column(s, line_start_in, i),
                              "invalid UTF-8 byte 0x%02X replaced by U+FFFD", c);
            if (st == DP_OK)
                st = dp__buf_append(t, "\xEF\xBF\xBD", 3);
        } else if (cp != '\f' && cp != 0xFEFF) {
            st = dp__doc_warn(doc, line, column(s, line_start_in, i),
                              "control character U+%04X removed", (unsigned)cp);
        }
        i += k;
    }
    if (st == DP_OK && (n > line_start_in || t->len > line_start_out))
        st = push_line(&lb, line_start_out, (uint32_t)(base + line_start_in),
                       (uint32_t)(base + n));
    if (st == DP_E_LIMIT)
        return dp__error_set(err, st, line, 0,
                             "more than %u lines; the script is too long",
                             DP_MAX_LINES);
    if (st != DP_OK)
        return dp__error_set(err, st, line, 0, "%s", dp_strerror(st));
    return DP_OK;
}

/* Room for item n of the line array: an estimate from the text's size
 * first (a line is rarely under 24 bytes), then doubling. */
static dp_status reserve_line(dp__source *src, size_t *cap, size_t text_len)
{
    if (src->n_lines < *cap)
        return DP_OK;
    if (*cap == 0) {
        size_t est = text_len / 24 + 64;
        if (est > DP_MAX_LINES)
            est = DP_MAX_LINES;
        void *p = dp__malloc(est * sizeof *src->lines);
        if (!p)
            return DP_E_NOMEM;
        src->lines = p;
        *cap = est;
        return DP_OK;
    }
    return dp__grow((void **)&src->lines, cap, src->n_lines, sizeof *src->lines,
                    DP_MAX_LINES);
}

/* Splits s[0..n) into lines when it is clean: printable ASCII, tabs, valid
 * UTF-8 (no C1 control, no BOM) and '\n' line ends only. Such text is used
 * as it is, not copied. Sets '*clean' to false (and keeps no line) when the
 * text needs repairs. One pass: printable ASCII is skipped 8 bytes at a
 * time; each line records whether it holds a tab or a byte above 0x7F. */
static dp_status split_clean(const char *s, size_t n, size_t base, dp__source *src,
                             bool *clean, dp_error *err)
{
    size_t cap = 0, i = 0, start = 0;
    uint32_t flags = 0;
    *clean = true;
    for (;;) {
        i = dp__ascii_run(s, i, n);
        bool end = i >= n;
        if (!end && s[i] != '\n') {
            unsigned char c = (unsigned char)s[i];
            if (c == '\t') {
                flags |= DP__LINE_TAB;
                i++;
                continue;
            }
            int32_t cp = -1;
            size_t k = c < 0x80 ? 1 : dp__utf8_decode(s + i, n - i, &cp);
            if (cp < 0xA0 || cp == 0xFEFF) { /* control, invalid, C1, BOM */
                *clean = false;
                dp__free(src->lines);
                src->lines = NULL;
                src->n_lines = 0;
                return DP_OK;
            }
            flags |= DP__LINE_HIGH;
            i += k;
            continue;
        }
        if (end && start >= n)
            break; /* no empty line after a final '\n' */
        size_t k = src->n_lines;
        if (k >= cap) {
            dp_status st = reserve_line(src, &cap, n);
            if (st == DP_E_LIMIT)
                return dp__error_set(err, st, (uint32_t)k + 1, 0,
                                     "more than %u lines; the script is too long",
                                     DP_MAX_LINES);
            if (st != DP_OK)
                return dp__error_set(err, st, (uint32_t)k + 1, 0, "%s", dp_strerror(st));
        }
        src->lines[k] = (dp__src_line){(uint32_t)start, (uint32_t)(i - start),
                                       (uint32_t)(base + start), (uint32_t)(base + i), flags};
        src->n_lines = k + 1;
        if (end)
            break;
        start = ++i;
        flags = 0;
    }
    src->data = s;
    src->len = n;
    return DP_OK;
}

static const char markup_chars[3] = {'*', '_', '\\'};

/* Position of markup_chars[m] in s[from..n), or n. */
static size_t find_marker(const char *s, size_t n, size_t from, size_t m)
{
    const char *p = from < n ? memchr(s + from, markup_chars[m], n - from) : NULL;
    return p ? (size_t)(p - s) : n;
}

/* Marks the lines holding emphasis markup ('*', '_', '\\'), found with
 * memchr over the whole text: the cost follows the markers, not the lines.
 * next[m] is the next position of markup_chars[m]; the markers are taken
 * in text order, so the lines are walked once. */
static void mark_markup(dp__source *src)
{
    const char *s = src->data;
    size_t n = src->len, li = 0, next[3];
    for (size_t m = 0; m < 3; m++)
        next[m] = find_marker(s, n, 0, m);
    for (;;) {
        size_t m = next[0] <= next[1] ? 0 : 1;
        if (next[2] < next[m])
            m = 2;
        size_t at = next[m];
        if (at >= n)
            break;
        next[m] = find_marker(s, n, at + 1, m);
        while (li < src->n_lines && src->lines[li].start + src->lines[li].len < at)
            li++;
        if (li == src->n_lines)
            break;
        if (at >= src->lines[li].start)
            src->lines[li].flags |= DP__LINE_MARKUP;
    }
}

dp_status dp__source_decode(dp_doc *doc, const char *bytes, size_t len,
                            dp__source *out, dp_error *err)
{
    memset(out, 0, sizeof *out);
    dp__buf_init(&out->text, (size_t)DP_MAX_INPUT_BYTES * 5);
    const char *s = bytes;
    size_t n = len, base = 0;
    dp__buf tmp;
    dp__buf_init(&tmp, (size_t)DP_MAX_INPUT_BYTES * 3);
    dp_status st = DP_OK;

    bool le = n >= 2 && (unsigned char)s[0] == 0xFF && (unsigned char)s[1] == 0xFE;
    bool be = n >= 2 && (unsigned char)s[0] == 0xFE && (unsigned char)s[1] == 0xFF;
    if (le || be) {
        st = utf16_to_utf8(doc, s + 2, n - 2, be, &tmp);
        if (st != DP_OK)
            goto fail;
        s = tmp.data ? tmp.data : "";
        n = tmp.len;
        out->transcoded = true;
    } else if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        n -= 3;
        base = 3;
    }
    if ((st = reject_known_formats(s, n, err)) != DP_OK ||
        (st = reject_binary(s, n, err)) != DP_OK) {
        dp__buf_release(&tmp);
        return st;
    }
    if (!out->transcoded) {
        bool clean;
        st = split_clean(s, n, base, out, &clean, err);
        if (st != DP_OK || clean) {
            dp__buf_release(&tmp);
            if (st == DP_OK)
                mark_markup(out);
            return st;
        }
    }
    size_t warnings = doc->n_warnings, dropped = doc->warnings_dropped;
    size_t invalid = 0, multi = 0;
    st = split_lines(doc, s, n, base, out, &invalid, &multi, err);
    if (st == DP_OK && !out->transcoded && invalid > 0 && multi == 0) {
        /* bytes above 0x7F, none of them UTF-8: a Latin-1 / Windows-1252
         * file. Read it again as such, without the UTF-8 warnings. */
        doc->n_warnings = warnings;
        doc->warnings_dropped = dropped;
        dp__buf_reset(&out->text);
        out->n_lines = 0;
        st = cp1252_to_utf8(s, n, &tmp);
        if (st != DP_OK)
            goto fail;
        st = dp__doc_warn(doc, 1, 1,
                          "the file is not UTF-8; it was read as Windows-1252 (Latin-1)");
        if (st != DP_OK)
            goto fail;
        out->transcoded = true;
        st = split_lines(doc, tmp.data ? tmp.data : "", tmp.len, 0, out, &invalid, &multi, err);
    }
    dp__buf_release(&tmp);
    out->data = out->text.data ? out->text.data : "";
    out->len = out->text.len;
    if (st == DP_OK)
        mark_markup(out);
    return st;
fail:
    dp__buf_release(&tmp);
    return dp__error_set(err, st, 0, 0, "%s", dp_strerror(st));
}
