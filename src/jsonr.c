/* JSON reader (RFC 8259) into an arena tree: see jsonr.h. */
#include "jsonr.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct rd {
    dp__arena *a;
    const char *s;
    size_t n, i;
    uint32_t line, col;
    size_t values, max_values;
    dp_error *err;
} rd;

static dp_status fail(rd *r, dp_status code, const char *msg)
{
    return dp__error_set(r->err, code, r->line, r->col, "%s", msg);
}

static void step(rd *r)
{
    if (r->s[r->i] == '\n') {
        r->line++;
        r->col = 1;
    } else if (((unsigned char)r->s[r->i] & 0xC0u) != 0x80u) {
        r->col++;
    }
    r->i++;
}

static void skip_ws(rd *r)
{
    while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' ||
                           r->s[r->i] == '\r'))
        step(r);
}

static dp__jval *make(rd *r, dp__jtype t)
{
    if (r->values >= r->max_values)
        return NULL;
    r->values++;
    dp__jval *v = dp__arena_alloc(r->a, sizeof *v);
    if (v) {
        v->type = t;
        v->line = r->line;
        v->col = r->col;
    }
    return v;
}

static dp_status made_fail(rd *r)
{
    if (r->values >= r->max_values)
        return fail(r, DP_E_LIMIT, "too many values");
    return fail(r, DP_E_NOMEM, "out of memory");
}

static int hex4(const char *s)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

static dp_status read_string(rd *r, const char **out)
{
    step(r); /* the opening quote */
    dp__buf b;
    dp__buf_init(&b, r->n + 1);
    dp_status st = DP_OK;
    for (;;) {
        if (r->i >= r->n) {
            st = fail(r, DP_E_FORMAT, "unterminated string");
            break;
        }
        unsigned char c = (unsigned char)r->s[r->i];
        if (c == '"') {
            step(r);
            break;
        }
        if (c < 0x20) {
            st = fail(r, DP_E_FORMAT, "control character in a string");
            break;
        }
        if (c != '\\') {
            st = dp__buf_putc(&b, (char)c);
            step(r);
            if (st != DP_OK)
                break;
            continue;
        }
        if (r->i + 1 >= r->n) {
            st = fail(r, DP_E_FORMAT, "unterminated string");
            break;
        }
        char e = r->s[r->i + 1];
        static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
        const char *p = e ? strchr(from, e) : NULL;
        if (p) {
            st = dp__buf_putc(&b, to[p - from]);
            step(r);
            step(r);
        } else if (e == 'u' && r->i + 6 <= r->n && hex4(r->s + r->i + 2) >= 0) {
            int32_t cp = hex4(r->s + r->i + 2);
            for (int k = 0; k < 6; k++)
                step(r);
            if (cp >= 0xD800 && cp < 0xDC00 && r->i + 6 <= r->n && r->s[r->i] == '\\' &&
                r->s[r->i + 1] == 'u' && hex4(r->s + r->i + 2) >= 0xDC00 &&
                hex4(r->s + r->i + 2) < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(r->s + r->i + 2) - 0xDC00);
                for (int k = 0; k < 6; k++)
                    step(r);
            } else if (cp >= 0xD800 && cp < 0xE000) {
                cp = DP__REPLACEMENT;
            }
            if (cp == 0)
                cp = DP__REPLACEMENT;
            char u[4];
            st = dp__buf_append(&b, u, dp__utf8_encode(cp, u));
        } else {
            st = fail(r, DP_E_FORMAT, "bad escape in a string");
        }
        if (st != DP_OK)
            break;
    }
    if (st == DP_OK) {
        *out = dp__arena_strndup(r->a, b.data ? b.data : "", b.len);
        if (!*out)
            st = fail(r, DP_E_NOMEM, "out of memory");
    } else if (st == DP_E_NOMEM || st == DP_E_LIMIT) {
        st = fail(r, DP_E_NOMEM, "out of memory");
    }
    dp__buf_release(&b);
    return st;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static dp_status read_number(rd *r, double *out)
{
    size_t start = r->i;
    if (r->s[r->i] == '-')
        step(r);
    if (r->i >= r->n || !is_digit(r->s[r->i]))
        return fail(r, DP_E_FORMAT, "bad number");
    if (r->s[r->i] == '0')
        step(r);
    else
        while (r->i < r->n && is_digit(r->s[r->i]))
            step(r);
    if (r->i < r->n && r->s[r->i] == '.') {
        step(r);
        if (r->i >= r->n || !is_digit(r->s[r->i]))
            return fail(r, DP_E_FORMAT, "bad number");
        while (r->i < r->n && is_digit(r->s[r->i]))
            step(r);
    }
    if (r->i < r->n && (r->s[r->i] == 'e' || r->s[r->i] == 'E')) {
        step(r);
        if (r->i < r->n && (r->s[r->i] == '+' || r->s[r->i] == '-'))
            step(r);
        if (r->i >= r->n || !is_digit(r->s[r->i]))
            return fail(r, DP_E_FORMAT, "bad number");
        while (r->i < r->n && is_digit(r->s[r->i]))
            step(r);
    }
    char tmp[64];
    size_t len = r->i - start;
    if (len >= sizeof tmp)
        return fail(r, DP_E_FORMAT, "number too long");
    memcpy(tmp, r->s + start, len);
    tmp[len] = '\0';
    *out = strtod(tmp, NULL);
    if (!isfinite(*out))
        return fail(r, DP_E_FORMAT, "number out of range");
    return DP_OK;
}

static bool literal(rd *r, const char *word)
{
    size_t k = strlen(word);
    if (r->n - r->i < k || memcmp(r->s + r->i, word, k) != 0)
        return false;
    for (size_t j = 0; j < k; j++)
        step(r);
    return true;
}

static dp_status read_value(rd *r, int depth, dp__jval **out);

/* Reads the items of an array or members of an object into a list. */
static dp_status read_list(rd *r, int depth, dp__jval *v, bool object)
{
    char close = object ? '}' : ']';
    step(r);
    skip_ws(r);
    size_t cap = 0;
    dp__jval **items = NULL;
    const char **keys = NULL;
    if (r->i < r->n && r->s[r->i] == close) {
        step(r);
        return DP_OK;
    }
    for (;;) {
        skip_ws(r);
        const char *key = NULL;
        if (object) {
            if (r->i >= r->n || r->s[r->i] != '"')
                return fail(r, DP_E_FORMAT, "expected a member name in quotes");
            dp_status st = read_string(r, &key);
            if (st != DP_OK)
                return st;
            skip_ws(r);
            if (r->i >= r->n || r->s[r->i] != ':')
                return fail(r, DP_E_FORMAT, "expected ':' after a member name");
            step(r);
        }
        dp__jval *item = NULL;
        dp_status st = read_value(r, depth + 1, &item);
        if (st != DP_OK)
            return st;
        if (v->count == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            dp__jval **ni = dp__arena_alloc(r->a, ncap * sizeof *ni);
            const char **nk = object ? dp__arena_alloc(r->a, ncap * sizeof *nk) : NULL;
            if (!ni || (object && !nk))
                return fail(r, DP_E_NOMEM, "out of memory");
            if (cap) {
                memcpy(ni, items, cap * sizeof *ni);
                if (object)
                    memcpy(nk, keys, cap * sizeof *nk);
            }
            items = ni;
            keys = nk;
            cap = ncap;
        }
        items[v->count] = item;
        if (object)
            keys[v->count] = key;
        v->count++;
        v->items = items;
        v->keys = keys;
        skip_ws(r);
        if (r->i < r->n && r->s[r->i] == ',') {
            step(r);
            continue;
        }
        if (r->i < r->n && r->s[r->i] == close) {
            step(r);
            return DP_OK;
        }
        return fail(r, DP_E_FORMAT, object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static dp_status read_value(rd *r, int depth, dp__jval **out)
{
    skip_ws(r);
    if (depth > DP__JSON_MAX_DEPTH)
        return fail(r, DP_E_LIMIT, "nested too deep");
    if (r->i >= r->n)
        return fail(r, DP_E_FORMAT, "unexpected end of the file");
    char c = r->s[r->i];
    dp__jval *v = NULL;
    dp_status st = DP_OK;
    if (c == '{' || c == '[') {
        v = make(r, c == '{' ? DP__J_OBJECT : DP__J_ARRAY);
        if (!v)
            return made_fail(r);
        st = read_list(r, depth, v, c == '{');
    } else if (c == '"') {
        v = make(r, DP__J_STRING);
        if (!v)
            return made_fail(r);
        st = read_string(r, &v->str);
    } else if (c == '-' || is_digit(c)) {
        v = make(r, DP__J_NUMBER);
        if (!v)
            return made_fail(r);
        st = read_number(r, &v->num);
    } else if (c == 't' || c == 'f' || c == 'n') {
        v = make(r, c == 'n' ? DP__J_NULL : DP__J_BOOL);
        if (!v)
            return made_fail(r);
        v->b = c == 't';
        if (!literal(r, c == 't' ? "true" : c == 'f' ? "false" : "null"))
            return fail(r, DP_E_FORMAT, "unexpected word");
    } else {
        return fail(r, DP_E_FORMAT, "unexpected character");
    }
    *out = v;
    return st;
}

dp_status dp__jparse(dp__arena *a, const char *text, size_t len, size_t max_values,
                     dp__jval **out, dp_error *err)
{
    rd r = {a, text, len, 0, 1, 1, 0, max_values, err};
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        r.i = 3;
    dp_status st = read_value(&r, 0, out);
    if (st != DP_OK)
        return st;
    skip_ws(&r);
    if (r.i < r.n)
        return fail(&r, DP_E_FORMAT, "text after the end of the JSON value");
    return DP_OK;
}

const dp__jval *dp__jget(const dp__jval *v, const char *key)
{
    if (!v || v->type != DP__J_OBJECT)
        return NULL;
    for (size_t i = 0; i < v->count; i++)
        if (!strcmp(v->keys[i], key))
            return v->items[i];
    return NULL;
}

const char *dp__jtype_name(dp__jtype t)
{
    static const char *const names[] = {"null", "true or false", "a number", "a string",
                                        "an array", "an object"};
    return names[t];
}
