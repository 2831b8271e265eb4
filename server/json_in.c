/* The JSON reader (see json_in.h): recursive descent, RFC 8259. */
#include "json_in.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
    const char *begin, *s, *end;
    dps_json *j;
    size_t cap;
    char *out; /* next free byte of j->strs */
    char *msg;
    size_t msgsz;
} parser;

static int fail(parser *p, const char *what)
{
    if (p->msg && p->msgsz)
        snprintf(p->msg, p->msgsz, "%s at byte %zu", what, (size_t)(p->s - p->begin));
    return -1;
}

static void ws(parser *p)
{
    while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r'))
        p->s++;
}

static size_t new_node(parser *p, dps_jtype t)
{
    dps_json *j = p->j;
    if (j->n == p->cap) {
        if (p->cap >= DPS_JSON_MAX_NODES)
            return DPS_JSON_NONE;
        size_t cap = p->cap ? p->cap * 2 : 16;
        if (cap > DPS_JSON_MAX_NODES)
            cap = DPS_JSON_MAX_NODES;
        dps_jnode *n = realloc(j->nodes, cap * sizeof *n);
        if (!n)
            return DPS_JSON_NONE;
        j->nodes = n;
        p->cap = cap;
    }
    dps_jnode *n = &j->nodes[j->n];
    memset(n, 0, sizeof *n);
    n->type = t;
    n->first = n->next = DPS_JSON_NONE;
    return j->n++;
}

static int hex4(const char *s, unsigned *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                            : 16u;
        if (d > 15)
            return -1;
        *v = *v * 16 + d;
    }
    return 0;
}

static void put_utf8(parser *p, unsigned cp)
{
    char *o = p->out;
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    p->out = o;
}

/* A string at p->s (the opening quote): decoded into p->out. */
static int string(parser *p, const char **out)
{
    p->s++;
    char *start = p->out;
    while (p->s < p->end && *p->s != '"') {
        unsigned char c = (unsigned char)*p->s;
        if (c < 0x20)
            return fail(p, "control character in a string");
        if (c != '\\') {
            *p->out++ = (char)c;
            p->s++;
            continue;
        }
        if (p->end - p->s < 2)
            return fail(p, "unfinished escape");
        char e = p->s[1];
        p->s += 2;
        switch (e) {
        case '"': *p->out++ = '"'; break;
        case '\\': *p->out++ = '\\'; break;
        case '/': *p->out++ = '/'; break;
        case 'b': *p->out++ = '\b'; break;
        case 'f': *p->out++ = '\f'; break;
        case 'n': *p->out++ = '\n'; break;
        case 'r': *p->out++ = '\r'; break;
        case 't': *p->out++ = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (p->end - p->s < 4 || hex4(p->s, &cp) != 0)
                return fail(p, "bad \\u escape");
            p->s += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (p->end - p->s < 6 || p->s[0] != '\\' || p->s[1] != 'u' ||
                    hex4(p->s + 2, &lo) != 0 || lo < 0xDC00 || lo > 0xDFFF)
                    return fail(p, "lone surrogate");
                p->s += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return fail(p, "lone surrogate");
            }
            if (cp == 0)
                return fail(p, "NUL in a string");
            put_utf8(p, cp);
            break;
        }
        default:
            return fail(p, "bad escape");
        }
    }
    if (p->s >= p->end)
        return fail(p, "unfinished string");
    p->s++;
    *p->out++ = '\0';
    *out = start;
    return 0;
}

static int number(parser *p, double *v)
{
    const char *s = p->s;
    if (s < p->end && *s == '-')
        s++;
    if (s >= p->end || *s < '0' || *s > '9')
        return fail(p, "bad value");
    if (*s == '0')
        s++;
    else
        while (s < p->end && *s >= '0' && *s <= '9')
            s++;
    if (s < p->end && *s == '.') {
        s++;
        if (s >= p->end || *s < '0' || *s > '9')
            return fail(p, "bad number");
        while (s < p->end && *s >= '0' && *s <= '9')
            s++;
    }
    if (s < p->end && (*s == 'e' || *s == 'E')) {
        s++;
        if (s < p->end && (*s == '+' || *s == '-'))
            s++;
        if (s >= p->end || *s < '0' || *s > '9')
            return fail(p, "bad number");
        while (s < p->end && *s >= '0' && *s <= '9')
            s++;
    }
    char tmp[64];
    size_t n = (size_t)(s - p->s);
    if (n >= sizeof tmp)
        return fail(p, "number too long");
    memcpy(tmp, p->s, n);
    tmp[n] = '\0';
    *v = strtod(tmp, NULL);
    if (!isfinite(*v))
        return fail(p, "number out of range");
    p->s = s;
    return 0;
}

static int literal(parser *p, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(p->end - p->s) < n || memcmp(p->s, word, n) != 0)
        return fail(p, "bad value");
    p->s += n;
    return 0;
}

static int value(parser *p, size_t *idx, int depth);

static int container(parser *p, size_t self, int depth, int is_obj)
{
    char close = is_obj ? '}' : ']';
    p->s++;
    ws(p);
    size_t prev = DPS_JSON_NONE;
    if (p->s < p->end && *p->s == close) {
        p->s++;
        return 0;
    }
    for (;;) {
        const char *key = NULL;
        ws(p);
        if (is_obj) {
            if (p->s >= p->end || *p->s != '"')
                return fail(p, "expected a member name");
            if (string(p, &key) != 0)
                return -1;
            ws(p);
            if (p->s >= p->end || *p->s != ':')
                return fail(p, "expected ':'");
            p->s++;
        }
        size_t kid;
        if (value(p, &kid, depth + 1) != 0)
            return -1;
        p->j->nodes[kid].key = key;
        if (prev == DPS_JSON_NONE)
            p->j->nodes[self].first = kid;
        else
            p->j->nodes[prev].next = kid;
        prev = kid;
        p->j->nodes[self].count++;
        ws(p);
        if (p->s < p->end && *p->s == ',') {
            p->s++;
            continue;
        }
        if (p->s < p->end && *p->s == close) {
            p->s++;
            return 0;
        }
        return fail(p, is_obj ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static int value(parser *p, size_t *idx, int depth)
{
    if (depth > DPS_JSON_MAX_DEPTH)
        return fail(p, "nested too deep");
    ws(p);
    if (p->s >= p->end)
        return fail(p, "expected a value");
    char c = *p->s;
    dps_jtype t = c == '{' ? DPS_JOBJ
                  : c == '[' ? DPS_JARR
                  : c == '"' ? DPS_JSTR
                  : c == 't' || c == 'f' ? DPS_JBOOL
                  : c == 'n' ? DPS_JNULL
                             : DPS_JNUM;
    size_t self = new_node(p, t);
    if (self == DPS_JSON_NONE)
        return fail(p, "too many values");
    *idx = self;
    switch (t) {
    case DPS_JOBJ:
    case DPS_JARR:
        return container(p, self, depth, t == DPS_JOBJ);
    case DPS_JSTR: {
        const char *s = NULL;
        if (string(p, &s) != 0)
            return -1;
        p->j->nodes[self].str = s;
        return 0;
    }
    case DPS_JBOOL:
        p->j->nodes[self].num = c == 't';
        return literal(p, c == 't' ? "true" : "false");
    case DPS_JNULL:
        return literal(p, "null");
    default: {
        double v = 0;
        if (number(p, &v) != 0)
            return -1;
        p->j->nodes[self].num = v;
        return 0;
    }
    }
}

int dps_json_parse(const char *s, size_t len, dps_json *out, char *msg, size_t msgsz)
{
    memset(out, 0, sizeof *out);
    if (msg && msgsz)
        msg[0] = '\0';
    out->strs = malloc(len + 1);
    if (!out->strs) {
        if (msg && msgsz)
            snprintf(msg, msgsz, "out of memory");
        return -1;
    }
    parser p = {s, s, s + len, out, 0, out->strs, msg, msgsz};
    size_t root;
    int rc = value(&p, &root, 0);
    if (rc == 0) {
        ws(&p);
        if (p.s != p.end)
            rc = fail(&p, "text after the value");
    }
    if (rc != 0)
        dps_json_free(out);
    return rc;
}

void dps_json_free(dps_json *j)
{
    free(j->nodes);
    free(j->strs);
    memset(j, 0, sizeof *j);
}

const dps_jnode *dps_json_get(const dps_json *j, const dps_jnode *obj, const char *key)
{
    if (!obj || obj->type != DPS_JOBJ)
        return NULL;
    const dps_jnode *found = NULL;
    for (size_t i = obj->first; i != DPS_JSON_NONE; i = j->nodes[i].next)
        if (!strcmp(j->nodes[i].key, key))
            found = &j->nodes[i]; /* the last one wins, as in JavaScript */
    return found;
}

const dps_jnode *dps_json_child(const dps_json *j, const dps_jnode *n, size_t i)
{
    if (!n || (n->type != DPS_JARR && n->type != DPS_JOBJ))
        return NULL;
    size_t k = n->first;
    while (k != DPS_JSON_NONE && i-- > 0)
        k = j->nodes[k].next;
    return k == DPS_JSON_NONE ? NULL : &j->nodes[k];
}
