/* A small streaming JSON writer: 2-space indentation, inline arrays for
 * lists of scalars; output is deterministic. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#define JSON_FLUSH_AT 65536u
#define JSON_MAX_DEPTH 64

void dp__json_init(dp__json *j, const dp_sink *sink)
{
    memset(j, 0, sizeof *j);
    j->sink = sink;
    dp__buf_init(&j->buf, (size_t)1 << 30);
}

static void json_flush(dp__json *j)
{
    if (j->status == DP_OK && j->buf.len) {
        if (j->sink->write(j->sink->ctx, j->buf.data, j->buf.len) != 0)
            j->status = DP_E_SINK;
    }
    dp__buf_reset(&j->buf);
}

static void json_raw(dp__json *j, const char *s, size_t n)
{
    if (j->status != DP_OK)
        return;
    dp_status st = dp__buf_append(&j->buf, s, n);
    if (st != DP_OK)
        j->status = st;
    else if (j->buf.len >= JSON_FLUSH_AT)
        json_flush(j);
}

static void json_newline(dp__json *j)
{
    static const char spaces[] = "                                ";
    json_raw(j, "\n", 1);
    size_t ind = (size_t)j->depth * 2;
    while (ind > 0) {
        size_t k = ind < sizeof spaces - 1 ? ind : sizeof spaces - 1;
        json_raw(j, spaces, k);
        ind -= k;
    }
}

/* Before a value or a key: comma and newline as needed. */
static void json_pre(dp__json *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->depth > 0) {
        if (j->is_inline[j->depth]) {
            if (j->need_comma[j->depth])
                json_raw(j, ", ", 2);
        } else {
            if (j->need_comma[j->depth])
                json_raw(j, ",", 1);
            json_newline(j);
        }
        j->need_comma[j->depth] = true;
    }
}

static void json_open(dp__json *j, char c, bool is_inline)
{
    json_pre(j);
    json_raw(j, &c, 1);
    if (j->depth + 1 >= JSON_MAX_DEPTH) {
        if (j->status == DP_OK)
            j->status = DP_E_LIMIT;
        return;
    }
    j->depth++;
    j->need_comma[j->depth] = false;
    j->is_inline[j->depth] = is_inline;
}

static void json_close(dp__json *j, char c)
{
    if (j->depth <= 0)
        return;
    bool had = j->need_comma[j->depth] && !j->is_inline[j->depth];
    j->depth--;
    if (had)
        json_newline(j);
    json_raw(j, &c, 1);
}

void dp__json_begin_object(dp__json *j) { json_open(j, '{', false); }
void dp__json_begin_object_inline(dp__json *j) { json_open(j, '{', true); }
void dp__json_end_object(dp__json *j) { json_close(j, '}'); }
void dp__json_begin_array(dp__json *j) { json_open(j, '[', false); }
void dp__json_begin_array_inline(dp__json *j) { json_open(j, '[', true); }
void dp__json_end_array(dp__json *j) { json_close(j, ']'); }

static void json_quoted(dp__json *j, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    json_raw(j, "\"", 1);
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char ubuf[7];
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                memcpy(ubuf, "\\u00", 4);
                ubuf[4] = hex[c >> 4];
                ubuf[5] = hex[c & 15];
                ubuf[6] = '\0';
                esc = ubuf;
            }
        }
        if (esc) {
            json_raw(j, s + start, i - start);
            json_raw(j, esc, strlen(esc));
            start = i + 1;
        }
    }
    json_raw(j, s + start, n - start);
    json_raw(j, "\"", 1);
}

void dp__json_key(dp__json *j, const char *key)
{
    json_pre(j);
    json_quoted(j, key, strlen(key));
    json_raw(j, ": ", 2);
    j->after_key = true;
}

void dp__json_string_n(dp__json *j, const char *s, size_t n)
{
    json_pre(j);
    json_quoted(j, s ? s : "", s ? n : 0);
}

void dp__json_string(dp__json *j, const char *s)
{
    dp__json_string_n(j, s, s ? strlen(s) : 0);
}

void dp__json_int(dp__json *j, long long v)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", v);
    json_pre(j);
    json_raw(j, tmp, (size_t)n);
}

void dp__json_bool(dp__json *j, bool v)
{
    json_pre(j);
    json_raw(j, v ? "true" : "false", v ? 4 : 5);
}

void dp__json_null(dp__json *j)
{
    json_pre(j);
    json_raw(j, "null", 4);
}

void dp__json_fixed(dp__json *j, double v, int decimals)
{
    char tmp[64];
    if (!(v > -1e15 && v < 1e15))
        v = 0;
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    json_pre(j);
    json_raw(j, tmp, (size_t)n);
}

dp_status dp__json_finish(dp__json *j)
{
    json_raw(j, "\n", 1);
    json_flush(j);
    dp__buf_release(&j->buf);
    return j->status;
}
