/* Capped growable buffers and JSON strings (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_LIMIT ((size_t)64 * 1024 * 1024)

void dps_buf_free(dps_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

char *dps_buf_take(dps_buf *b, size_t *len)
{
    char *d = b->data;
    *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

static int reserve(dps_buf *b, size_t n)
{
    size_t limit = b->limit ? b->limit : DEFAULT_LIMIT;
    if (b->failed)
        return -1;
    if (n > limit || b->len > limit - n) {
        b->failed = 1;
        return -1;
    }
    if (b->len + n + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) {
        b->failed = 1;
        return -1;
    }
    b->data = d;
    b->cap = cap;
    return 0;
}

void dps_buf_add(dps_buf *b, const void *data, size_t n)
{
    if (reserve(b, n) != 0)
        return;
    if (n)
        memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void dps_buf_str(dps_buf *b, const char *s) { dps_buf_add(b, s, strlen(s)); }

void dps_buf_printf(dps_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
        return;
    }
    if ((size_t)n < sizeof small) {
        dps_buf_add(b, small, (size_t)n);
        return;
    }
    if (reserve(b, (size_t)n) != 0)
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

static int sink_write(void *ctx, const void *data, size_t len)
{
    dps_buf *b = ctx;
    dps_buf_add(b, data, len);
    return b->failed ? -1 : 0;
}

dp_sink dps_buf_sink(dps_buf *b)
{
    dp_sink s = {sink_write, b};
    return s;
}

void dps_json_strn(dps_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    dps_buf_add(b, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
            continue;
        dps_buf_add(b, s + run, i - run);
        run = i + 1;
        char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        switch (c) {
        case '"': dps_buf_add(b, "\\\"", 2); break;
        case '\\': dps_buf_add(b, "\\\\", 2); break;
        case '\n': dps_buf_add(b, "\\n", 2); break;
        case '\t': dps_buf_add(b, "\\t", 2); break;
        case '\r': dps_buf_add(b, "\\r", 2); break;
        default: dps_buf_add(b, esc, 6); break;
        }
    }
    dps_buf_add(b, s + run, n - run);
    dps_buf_add(b, "\"", 1);
}

void dps_json_str(dps_buf *b, const char *s)
{
    if (!s)
        dps_buf_add(b, "null", 4);
    else
        dps_json_strn(b, s, strlen(s));
}

void dps_json_key(dps_buf *b, const char *key)
{
    dps_json_str(b, key);
    dps_buf_add(b, ":", 1);
}

void dps_json_kv_str(dps_buf *b, const char *key, const char *value)
{
    dps_json_key(b, key);
    dps_json_str(b, value);
}

void dps_json_kv_int(dps_buf *b, const char *key, long long value)
{
    dps_json_key(b, key);
    dps_buf_printf(b, "%lld", value);
}
