/* UTF-8 decoding/encoding and Unicode properties (via utf8proc). */
#include "internal.h"

#include <string.h>
#include <utf8proc.h>

size_t dp__utf8_decode(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t len;
    int32_t v;
    int32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = (int32_t)(c & 0x1F), min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = (int32_t)(c & 0x0F), min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = (int32_t)(c & 0x07), min = 0x10000;
    } else {
        *cp = -1;
        return 1;
    }
    if (n < len) {
        *cp = -1;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *cp = -1;
            return 1;
        }
        v = (v << 6) | (int32_t)(u[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = -1;
        return 1;
    }
    *cp = v;
    return len;
}

size_t dp__utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    uint32_t c = (uint32_t)cp;
    if (cp < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = DP__REPLACEMENT;
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (unsigned char)(0xC0 | (c >> 6));
        o[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (c >> 18));
    o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

static utf8proc_category_t category(int32_t cp)
{
    if (cp < 0 || !utf8proc_codepoint_valid(cp))
        return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(cp);
}

bool dp__uc_is_upper(int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool dp__uc_is_lower(int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return category(cp) == UTF8PROC_CATEGORY_LL;
}

bool dp__uc_is_letter(int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool dp__uc_is_digit(int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return cp >= '0' && cp <= '9';
    return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool dp__uc_is_alnum(int32_t cp)
{
    return dp__uc_is_letter(cp) || dp__uc_is_digit(cp);
}

bool dp__uc_is_space(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
        cp == '\v')
        return true;
    if (cp < 0x80)
        return false;
    if (cp == 0xFEFF || cp == 0x200B)
        return true; /* BOM / zero-width space inside a line */
    utf8proc_category_t c = category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
           c == UTF8PROC_CATEGORY_ZP;
}

int32_t dp__uc_toupper(int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    if (cp < 0 || !utf8proc_codepoint_valid(cp))
        return cp;
    return utf8proc_toupper(cp);
}

int32_t dp__uc_tolower(int32_t cp)
{
    if (cp >= 0 && cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp < 0 || !utf8proc_codepoint_valid(cp))
        return cp;
    return utf8proc_tolower(cp);
}

dp_status dp__utf8_lower(const char *s, size_t n, dp__buf *out)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = dp__utf8_decode(s + i, n - i, &cp);
        char enc[4];
        dp_status st = cp < 0 ? dp__buf_append(out, s + i, k)
                              : dp__buf_append(out, enc, dp__utf8_encode(dp__uc_tolower(cp), enc));
        if (st != DP_OK)
            return st;
        i += k;
    }
    return DP_OK;
}

bool dp__utf8_is_upper_text(const char *s, size_t n)
{
    bool letter = false;
    size_t i = 0;
    while (i < n) {
        uint64_t x;
        if (i + 8 <= n && (memcpy(&x, s + i, 8), !(x & 0x8080808080808080ull))) {
            if (dp__bytes_in_range(x, 'a', 'z')) /* eight ASCII bytes at once */
                return false;
            letter |= dp__bytes_in_range(x, 'A', 'Z') != 0;
            i += 8;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { /* ASCII: no decoding */
            if (c >= 'a' && c <= 'z')
                return false;
            letter |= c >= 'A' && c <= 'Z';
            i++;
            continue;
        }
        int32_t cp;
        i += dp__utf8_decode(s + i, n - i, &cp);
        if (dp__uc_is_lower(cp))
            return false;
        if (dp__uc_is_letter(cp))
            letter = true;
    }
    return letter;
}

dp_status dp__utf8_upper(const char *s, size_t n, dp__buf *out)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && (unsigned char)s[j] < 0x80)
            j++;
        if (j > i) { /* an ASCII run, upper-cased in place */
            size_t at = out->len;
            dp_status st = dp__buf_append(out, s + i, j - i);
            if (st != DP_OK)
                return st;
            for (size_t k = at; k < out->len; k++)
                if (out->data[k] >= 'a' && out->data[k] <= 'z')
                    out->data[k] = (char)(out->data[k] - 32);
            i = j;
            continue;
        }
        int32_t cp;
        size_t k = dp__utf8_decode(s + i, n - i, &cp);
        dp_status st;
        if (cp < 0) {
            st = dp__buf_append(out, s + i, k);
        } else {
            char enc[4];
            st = dp__buf_append(out, enc,
                                dp__utf8_encode(dp__uc_toupper(cp), enc));
        }
        if (st != DP_OK)
            return st;
        i += k;
    }
    return DP_OK;
}

/* Folding of one code point into at most 'cap' ASCII-or-UTF-8 bytes. */
static size_t fold_cp(int32_t cp, char *out, size_t cap)
{
    if (cp >= 0 && cp < 0x80) {
        out[0] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp == '\t' ? ' ' : cp);
        return 1;
    }
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032:
        out[0] = '\'';
        return 1;
    case 0x201C: case 0x201D: case 0x00AB: case 0x00BB:
        out[0] = '"';
        return 1;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
        out[0] = '-';
        return 1;
    case 0x0153: case 0x0152:
        memcpy(out, "oe", 2);
        return 2;
    case 0x00E6: case 0x00C6:
        memcpy(out, "ae", 2);
        return 2;
    case 0x3002:
        out[0] = '.';
        return 1;
    default:
        break;
    }
    if (cp < 0) {
        out[0] = '?';
        return 1;
    }
    if (dp__uc_is_space(cp)) {
        out[0] = ' ';
        return 1;
    }
    utf8proc_int32_t dst[8];
    int last = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char(
        cp, dst, 8,
        UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
            UTF8PROC_STRIPMARK,
        &last);
    size_t len = 0;
    if (k < 0 || k > 8) {
        return dp__utf8_encode(cp, out);
    }
    for (utf8proc_ssize_t i = 0; i < k; i++) {
        char enc[4];
        size_t e = dp__utf8_encode(dst[i], enc);
        if (len + e > cap)
            break;
        memcpy(out + len, enc, e);
        len += e;
    }
    return len;
}

dp_status dp__fold_make(dp__arena *a, const char *s, size_t n, dp__fold *out)
{
    /* A folded code point never takes more than 3x its source bytes. */
    size_t cap = n * 3 + 1;
    char *text = dp__arena_alloc(a, cap + 1);
    uint32_t *map = dp__arena_alloc(a, (cap + 1) * sizeof *map);
    if (!text || !map)
        return DP_E_NOMEM;
    size_t i = 0, len = 0;
    while (i < n) {
        int32_t cp;
        size_t k = dp__utf8_decode(s + i, n - i, &cp);
        char tmp[40];
        size_t f = fold_cp(cp, tmp, sizeof tmp);
        if (f > k * 3) { /* keep the folded text within 3x the source */
            memcpy(tmp, s + i, k);
            f = k;
        }
        for (size_t j = 0; j < f; j++) {
            text[len] = tmp[j];
            map[len] = (uint32_t)i;
            len++;
        }
        i += k;
    }
    text[len] = '\0';
    map[len] = (uint32_t)n;
    out->text = text;
    out->map = map;
    out->len = len;
    return DP_OK;
}
