/* XML output for the Final Draft writer: escaping, buffering to a sink,
 * and name-based UUIDs. */
#include "fdx_write.h"

#include <stdio.h>
#include <string.h>

void dp__fdxo_init(fdx_out *o, const dp_sink *sink) { dp__out_init(o, sink, (size_t)1 << 30); }

static void put(fdx_out *o, const char *s, size_t n) { dp__out_put(o, s, n); }

/* Escapes s[0..n): always & and <; > in text; " and line breaks in
 * attributes. Control characters XML 1.0 forbids are dropped. */
static void escaped(fdx_out *o, const char *s, size_t n, bool attr)
{
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        if (c == '&')
            rep = "&amp;";
        else if (c == '<')
            rep = "&lt;";
        else if (c == '>')
            rep = "&gt;";
        else if (attr && c == '"')
            rep = "&quot;";
        else if (attr && c == '\n')
            rep = "&#10;";
        else if (attr && c == '\t')
            rep = "&#9;";
        else if (c < 0x20 && c != '\n' && c != '\t')
            rep = "";
        else
            continue;
        put(o, s + start, i - start);
        put(o, rep, strlen(rep));
        start = i + 1;
    }
    put(o, s + start, n - start);
}

void dp__fdxo_text(fdx_out *o, const char *s, size_t n) { escaped(o, s, n, false); }

void dp__fdxo_attr(fdx_out *o, const char *name, const char *value)
{
    put(o, " ", 1);
    put(o, name, strlen(name));
    put(o, "=\"", 2);
    escaped(o, value, strlen(value), true);
    put(o, "\"", 1);
}

static uint64_t fnv1a(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

void dp__fdx_uuid(const char *a, size_t an, const char *b, size_t bn, char out[37])
{
    uint64_t h1 = fnv1a(fnv1a(0xcbf29ce484222325ull, a, an), "\x1f", 1);
    uint64_t h2 = fnv1a(fnv1a(0x84222325cbf29ce4ull, b, bn), a, an);
    h1 = fnv1a(h1, b, bn);
    unsigned char x[16];
    for (int i = 0; i < 8; i++) {
        x[i] = (unsigned char)(h1 >> (8 * i));
        x[8 + i] = (unsigned char)(h2 >> (8 * i));
    }
    x[6] = (unsigned char)((x[6] & 0x0F) | 0x40); /* version 4 layout */
    x[8] = (unsigned char)((x[8] & 0x3F) | 0x80); /* RFC 4122 variant */
    static const char hex[] = "0123456789abcdef";
    size_t w = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[w++] = '-';
        out[w++] = hex[x[i] >> 4];
        out[w++] = hex[x[i] & 15];
    }
    out[w] = '\0';
}
