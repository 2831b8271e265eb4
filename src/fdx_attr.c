/* Attributes of a Final Draft element as libxml2's SAX2 parser reports
 * them: five pointers each (name, prefix, URI, value, end of value). */
#include "fdx.h"

#include <string.h>

static bool get(const fdx_attrs *A, const char *name, const char **val, size_t *len)
{
    for (int i = 0; i < A->n; i++) {
        if (strcmp((const char *)A->v[5 * i], name) == 0) {
            *val = (const char *)A->v[5 * i + 3];
            *len = (size_t)(A->v[5 * i + 4] - A->v[5 * i + 3]);
            return true;
        }
    }
    return false;
}

const char *dp__fdx_attr(fdx_attrs *A, const char *name, dp__arena *a)
{
    const char *v;
    size_t n;
    if (!get(A, name, &v, &n))
        return NULL;
    char *out = dp__arena_alloc(a, n + 1);
    if (!out) {
        A->nomem = true;
        return NULL;
    }
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '&' && n - i >= 5 && memcmp(v + i, "&#38;", 5) == 0) {
            out[w++] = '&';
            i += 4;
        } else {
            out[w++] = v[i];
        }
    }
    out[w] = '\0';
    return out;
}

bool dp__fdx_attr_is(const fdx_attrs *A, const char *name, const char *want)
{
    const char *v;
    size_t n;
    return get(A, name, &v, &n) && n == strlen(want) && memcmp(v, want, n) == 0;
}

uint32_t dp__fdx_attr_u32(const fdx_attrs *A, const char *name)
{
    const char *v;
    size_t n;
    if (!get(A, name, &v, &n) || n == 0 || n > 9)
        return 0;
    uint32_t x = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] < '0' || v[i] > '9')
            return 0;
        x = x * 10 + (uint32_t)(v[i] - '0');
    }
    return x;
}

double dp__fdx_attr_inches(const fdx_attrs *A, const char *name)
{
    const char *v;
    size_t n;
    if (!get(A, name, &v, &n))
        return 0;
    double x = 0, scale = 0;
    for (size_t i = 0; i < n && i < 16; i++) {
        if (v[i] == '.' && scale == 0) {
            scale = 1;
        } else if (v[i] >= '0' && v[i] <= '9') {
            x = x * 10 + (v[i] - '0');
            if (scale > 0)
                scale *= 10;
        } else {
            return 0;
        }
    }
    return scale > 0 ? x / scale : x;
}

int8_t dp__fdx_attr_allcaps(const fdx_attrs *A)
{
    const char *v;
    size_t n;
    if (!get(A, "Style", &v, &n))
        return -1;
    size_t i = 0;
    while (i < n) {
        const char *plus = memchr(v + i, '+', n - i);
        size_t e = plus ? (size_t)(plus - v) : n;
        if (e - i == 7 && memcmp(v + i, "AllCaps", 7) == 0)
            return 1;
        i = e + 1;
    }
    return 0;
}

static bool hex(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

const char *dp__fdx_attr_color(fdx_attrs *A, const char *name, dp__arena *a)
{
    const char *v;
    size_t n;
    if (!get(A, name, &v, &n) || (n != 13 && n != 7) || v[0] != '#')
        return NULL;
    for (size_t i = 1; i < n; i++)
        if (!hex(v[i]))
            return NULL;
    size_t step = n == 13 ? 4 : 2; /* the high byte of each channel */
    char c[8] = {'#', v[1], v[2], v[1 + step], v[2 + step], v[1 + 2 * step], v[2 + 2 * step], 0};
    for (size_t i = 1; i < 7; i++)
        if (c[i] >= 'a' && c[i] <= 'f')
            c[i] = (char)(c[i] - 32);
    char *out = dp__arena_strndup(a, c, 7);
    if (!out)
        A->nomem = true;
    return out;
}
