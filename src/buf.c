/* Growable byte buffer with a hard cap. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void dp__buf_init(dp__buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
    b->failed = false;
}

dp_status dp__buf_reserve(dp__buf *b, size_t extra)
{
    if (extra > b->max || b->len > b->max - extra)
        return DP_E_LIMIT;
    size_t need = b->len + extra + 1; /* room for the NUL */
    if (need <= b->cap)
        return DP_OK;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = dp__realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return DP_E_NOMEM;
    }
    b->data = p;
    b->cap = cap;
    return DP_OK;
}

dp_status dp__buf_append_grow(dp__buf *b, const void *s, size_t n)
{
    dp_status st = dp__buf_reserve(b, n);
    if (st != DP_OK)
        return st;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return DP_OK;
}

dp_status dp__buf_puts(dp__buf *b, const char *s)
{
    return dp__buf_append(b, s, strlen(s));
}

dp_status dp__buf_vprintf(dp__buf *b, const char *fmt, va_list ap)
{
    char small[256];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    dp_status st = n < 0 ? DP_E_ARG : DP_OK;
    if (st == DP_OK && (size_t)n < sizeof small) {
        st = dp__buf_append(b, small, (size_t)n);
    } else if (st == DP_OK && (st = dp__buf_reserve(b, (size_t)n)) == DP_OK) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
    return st;
}

dp_status dp__buf_printf(dp__buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dp_status st = dp__buf_vprintf(b, fmt, ap);
    va_end(ap);
    return st;
}

void dp__buf_reset(dp__buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void dp__buf_release(dp__buf *b)
{
    dp__free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

int dp__buf_sink_write(void *ctx, const void *data, size_t len)
{
    return dp__buf_append(ctx, data, len) == DP_OK ? 0 : -1;
}

/* ---- buffered writer to a sink ------------------------------------------ */

#define OUT_FLUSH 65536u

void dp__out_init(dp__out *o, const dp_sink *sink, size_t max)
{
    o->sink = sink;
    o->status = DP_OK;
    dp__buf_init(&o->buf, max);
}

static void out_flush(dp__out *o)
{
    if (o->status == DP_OK && o->buf.len &&
        o->sink->write(o->sink->ctx, o->buf.data, o->buf.len) != 0)
        o->status = DP_E_SINK;
    dp__buf_reset(&o->buf);
}

void dp__out_put(dp__out *o, const char *s, size_t n)
{
    if (o->status != DP_OK)
        return;
    dp_status st = dp__buf_append(&o->buf, s, n);
    if (st != DP_OK)
        o->status = st;
    else if (o->buf.len >= OUT_FLUSH)
        out_flush(o);
}

void dp__out_puts(dp__out *o, const char *s) { dp__out_put(o, s, strlen(s)); }

void dp__out_printf(dp__out *o, const char *fmt, ...)
{
    if (o->status != DP_OK)
        return;
    va_list ap;
    va_start(ap, fmt);
    dp_status st = dp__buf_vprintf(&o->buf, fmt, ap);
    va_end(ap);
    if (st != DP_OK)
        o->status = st;
    else if (o->buf.len >= OUT_FLUSH)
        out_flush(o);
}

dp_status dp__out_close(dp__out *o)
{
    out_flush(o);
    dp__buf_release(&o->buf);
    return o->status;
}
