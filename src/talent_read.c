/* Reading a talent-scheduling problem from text: the instance format of
 * Garcia de la Banda, Stuckey & Chu (whitespace-separated tokens: name, n
 * scenes, m actors, m rows of n 0/1 flags each followed by the actor's
 * daily cost, then n durations; '\r' is whitespace), or its JSON form
 *   {"name": "x", "durations": [d0, ...],
 *    "actors": [{"name": "A", "cost": 10, "scenes": [0, 2]}, ...]}
 * ("name"s optional). Errors carry the line and column. */
#include "talent.h"

#include <stdio.h>
#include <string.h>

typedef struct reader {
    const char *s;
    size_t len, pos;
    uint32_t line, col;
    dp_error *err;
} reader;

typedef struct problem {
    size_t n, m;
    uint8_t *needs;
    int64_t *cost, *dur;
    size_t cap_cost;
    char name[1025];
} problem;

static void advance(reader *r)
{
    if (r->s[r->pos] == '\n') {
        r->line++;
        r->col = 1;
    } else if (((unsigned char)r->s[r->pos] & 0xC0) != 0x80) {
        r->col++;
    }
    r->pos++;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

static void skip_ws(reader *r)
{
    while (r->pos < r->len && is_ws(r->s[r->pos]))
        advance(r);
}

static dp_status fail(reader *r, const char *what, const char *at, size_t n)
{
    if (r->pos >= r->len)
        return dp__error_set(r->err, DP_E_FORMAT, r->line, r->col,
                             "expected %s, found the end of the input", what);
    if (n > 24)
        n = 24;
    return dp__error_set(r->err, DP_E_FORMAT, r->line, r->col, "expected %s, found '%.*s'",
                         what, (int)n, at);
}

/* ---- the token format --------------------------------------------------- */

static size_t token(reader *r)
{
    skip_ws(r);
    size_t e = r->pos;
    while (e < r->len && !is_ws(r->s[e]))
        e++;
    return e - r->pos;
}

static void skip_token(reader *r, size_t n)
{
    for (size_t i = 0; i < n; i++)
        advance(r);
}

static dp_status read_uint(reader *r, const char *what, int64_t max, int64_t *out)
{
    size_t n = token(r);
    const char *t = r->s + r->pos;
    int64_t v = 0;
    bool ok = n > 0 && n <= 18;
    for (size_t i = 0; i < n && ok; i++) {
        ok = t[i] >= '0' && t[i] <= '9';
        v = v * 10 + (t[i] - '0');
    }
    if (!ok || v > max) {
        char buf[96];
        snprintf(buf, sizeof buf, "%s (an integer from 0 to %lld)", what, (long long)max);
        return fail(r, buf, t, n);
    }
    skip_token(r, n);
    *out = v;
    return DP_OK;
}

static dp_status read_tokens(reader *r, problem *p)
{
    size_t n = token(r);
    if (n == 0)
        return fail(r, "the instance's name", r->s + r->pos, 0);
    if (n > 1024)
        return dp__error_set(r->err, DP_E_FORMAT, r->line, r->col,
                             "the name is longer than 1024 bytes");
    memcpy(p->name, r->s + r->pos, n);
    p->name[n] = '\0';
    skip_token(r, n);
    int64_t ns, na, v;
    dp_status st = read_uint(r, "the number of scenes", DP_TALENT_MAX_SCENES, &ns);
    if (st == DP_OK)
        st = read_uint(r, "the number of actors", DP_TALENT_MAX_ACTORS, &na);
    if (st != DP_OK)
        return st;
    p->n = (size_t)ns;
    p->m = (size_t)na;
    p->needs = dp__calloc(p->n * p->m + 1, 1);
    p->cost = dp__calloc(p->m + 1, sizeof *p->cost);
    p->dur = dp__calloc(p->n + 1, sizeof *p->dur);
    if (!p->needs || !p->cost || !p->dur)
        return dp__error_set(r->err, DP_E_NOMEM, 0, 0, NULL);
    char what[96];
    for (size_t a = 0; a < p->m; a++) {
        for (size_t s = 0; s < p->n; s++) {
            snprintf(what, sizeof what, "0 or 1 (actor %zu, scene %zu)", a + 1, s + 1);
            n = token(r);
            if (n != 1 || (r->s[r->pos] != '0' && r->s[r->pos] != '1'))
                return fail(r, what, r->s + r->pos, n);
            p->needs[a * p->n + s] = r->s[r->pos] == '1';
            skip_token(r, n);
        }
        snprintf(what, sizeof what, "the daily cost of actor %zu", a + 1);
        if ((st = read_uint(r, what, DP_TALENT_MAX_VALUE, &v)) != DP_OK)
            return st;
        p->cost[a] = v;
    }
    for (size_t s = 0; s < p->n; s++) {
        snprintf(what, sizeof what, "the duration of scene %zu", s + 1);
        if ((st = read_uint(r, what, DP_TALENT_MAX_VALUE, &v)) != DP_OK)
            return st;
        p->dur[s] = v;
    }
    n = token(r);
    if (n > 0)
        return fail(r, "the end of the input after the durations", r->s + r->pos, n);
    return DP_OK;
}

/* ---- the JSON form -------------------------------------------------------- */

static bool peek(reader *r, char c)
{
    skip_ws(r);
    return r->pos < r->len && r->s[r->pos] == c;
}

static dp_status expect(reader *r, char c)
{
    char what[4] = {'\'', c, '\'', '\0'};
    if (!peek(r, c))
        return fail(r, what, r->s + r->pos, 1);
    advance(r);
    return DP_OK;
}

/* A string into out[0..cap) (cap > 0); longer strings are an error. */
static dp_status json_string(reader *r, char *out, size_t cap)
{
    dp_status st = expect(r, '"');
    if (st != DP_OK)
        return st;
    size_t k = 0;
    while (r->pos < r->len && r->s[r->pos] != '"') {
        char c = r->s[r->pos];
        if ((unsigned char)c < 0x20)
            return fail(r, "a character (control characters must be escaped)", &c, 1);
        if (c == '\\') {
            advance(r);
            if (r->pos >= r->len)
                break;
            const char *esc = strchr("\"\\/bfnrt", r->s[r->pos]);
            if (!esc || !*esc)
                return fail(r, "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t; \\u is not read)",
                            r->s + r->pos, 1);
            static const char map[] = "\"\\/\b\f\n\r\t";
            c = map[esc - "\"\\/bfnrt"];
        }
        if (k + 1 >= cap)
            return dp__error_set(r->err, DP_E_FORMAT, r->line, r->col,
                                 "a string is longer than %zu bytes", cap - 1);
        out[k++] = c;
        advance(r);
    }
    out[k] = '\0';
    return expect(r, '"');
}

static dp_status json_uint(reader *r, const char *what, int64_t max, int64_t *out)
{
    skip_ws(r);
    size_t e = r->pos;
    while (e < r->len && ((r->s[e] >= '0' && r->s[e] <= '9') || strchr("+-.eE", r->s[e])))
        e++;
    size_t n = e - r->pos;
    const char *t = r->s + r->pos;
    int64_t v = 0;
    bool ok = n > 0 && n <= 18 && !(n > 1 && t[0] == '0');
    for (size_t i = 0; i < n && ok; i++) {
        ok = t[i] >= '0' && t[i] <= '9';
        v = v * 10 + (t[i] - '0');
    }
    if (!ok || v > max) {
        char buf[96];
        snprintf(buf, sizeof buf, "%s (an integer from 0 to %lld)", what, (long long)max);
        return fail(r, buf, t, n ? n : 1);
    }
    skip_token(r, n);
    *out = v;
    return DP_OK;
}

/* Calls item(r, ctx, index) for each element of an array. */
static dp_status json_array(reader *r, void *ctx,
                            dp_status (*item)(reader *, void *, size_t))
{
    dp_status st = expect(r, '[');
    size_t i = 0;
    if (st == DP_OK && peek(r, ']'))
        return expect(r, ']');
    while (st == DP_OK) {
        if ((st = item(r, ctx, i++)) != DP_OK)
            break;
        if (peek(r, ']'))
            return expect(r, ']');
        st = expect(r, ',');
    }
    return st;
}

typedef struct json_ctx {
    problem *p;
    uint32_t *pairs;    /* actor, scene; the scene checked once n is known */
    uint32_t *pos;      /* line, column of each scene index */
    size_t n_pairs, cap_pairs, cap_pos;
    int64_t *dur;
    size_t cap_dur;
    size_t actor;
    bool has_cost;
} json_ctx;

static dp_status dur_item(reader *r, void *vctx, size_t i)
{
    json_ctx *x = vctx;
    char what[64];
    snprintf(what, sizeof what, "the duration of scene %zu", i + 1);
    int64_t v;
    dp_status st = json_uint(r, what, DP_TALENT_MAX_VALUE, &v);
    if (st == DP_OK && dp__grow((void **)&x->dur, &x->cap_dur, i, sizeof *x->dur,
                                DP_TALENT_MAX_SCENES) != DP_OK)
        return dp__error_set(r->err, DP_E_LIMIT, r->line, r->col,
                             "more than %u scenes", DP_TALENT_MAX_SCENES);
    if (st == DP_OK) {
        x->dur[i] = v;
        x->p->n = i + 1;
    }
    return st;
}

static dp_status scene_item(reader *r, void *vctx, size_t i)
{
    (void)i;
    json_ctx *x = vctx;
    skip_ws(r);
    uint32_t line = r->line, col = r->col;
    int64_t v;
    dp_status st = json_uint(r, "a scene index", DP_TALENT_MAX_SCENES - 1, &v);
    if (st != DP_OK)
        return st;
    size_t k = x->n_pairs;
    if (dp__grow((void **)&x->pairs, &x->cap_pairs, 2 * k + 1, sizeof *x->pairs,
                 (size_t)1 << 22) != DP_OK ||
        dp__grow((void **)&x->pos, &x->cap_pos, 2 * k + 1, sizeof *x->pos,
                 (size_t)1 << 22) != DP_OK)
        return dp__error_set(r->err, DP_E_LIMIT, line, col, "too many scene indices");
    x->pairs[2 * k] = (uint32_t)x->actor;
    x->pairs[2 * k + 1] = (uint32_t)v;
    x->pos[2 * k] = line;
    x->pos[2 * k + 1] = col;
    x->n_pairs++;
    return DP_OK;
}

static dp_status actor_item(reader *r, void *vctx, size_t i)
{
    json_ctx *x = vctx;
    problem *p = x->p;
    if (dp__grow((void **)&p->cost, &p->cap_cost, i, sizeof *p->cost,
                 DP_TALENT_MAX_ACTORS) != DP_OK)
        return dp__error_set(r->err, DP_E_LIMIT, r->line, r->col,
                             "more than %u actors", DP_TALENT_MAX_ACTORS);
    x->actor = i;
    p->m = i + 1;
    p->cost[i] = 0;
    bool has_cost = false, has_scenes = false;
    dp_status st = expect(r, '{');
    while (st == DP_OK && !peek(r, '}')) {
        char key[32];
        uint32_t line = r->line, col = r->col;
        if ((st = json_string(r, key, sizeof key)) != DP_OK || (st = expect(r, ':')) != DP_OK)
            break;
        if (!strcmp(key, "cost")) {
            char what[64];
            snprintf(what, sizeof what, "the daily cost of actor %zu", i + 1);
            st = json_uint(r, what, DP_TALENT_MAX_VALUE, &p->cost[i]);
            has_cost = true;
        } else if (!strcmp(key, "scenes")) {
            st = json_array(r, x, scene_item);
            has_scenes = true;
        } else if (!strcmp(key, "name")) {
            char name[1025];
            st = json_string(r, name, sizeof name);
        } else {
            return dp__error_set(r->err, DP_E_FORMAT, line, col,
                                 "unknown key \"%s\" in actor %zu (cost, scenes, name)", key, i + 1);
        }
        if (st == DP_OK && !peek(r, '}'))
            st = expect(r, ',');
    }
    if (st == DP_OK && (!has_cost || !has_scenes))
        return dp__error_set(r->err, DP_E_FORMAT, r->line, r->col,
                             "actor %zu needs \"cost\" and \"scenes\"", i + 1);
    return st == DP_OK ? expect(r, '}') : st;
}

static dp_status read_json(reader *r, problem *p, json_ctx *x)
{
    bool has_dur = false, has_actors = false;
    dp_status st = expect(r, '{');
    while (st == DP_OK && !peek(r, '}')) {
        char key[32];
        uint32_t line = r->line, col = r->col;
        if ((st = json_string(r, key, sizeof key)) != DP_OK || (st = expect(r, ':')) != DP_OK)
            break;
        if (!strcmp(key, "name")) {
            st = json_string(r, p->name, sizeof p->name);
        } else if (!strcmp(key, "durations") && !has_dur) {
            st = json_array(r, x, dur_item);
            has_dur = true;
        } else if (!strcmp(key, "actors") && !has_actors) {
            st = json_array(r, x, actor_item);
            has_actors = true;
        } else {
            return dp__error_set(r->err, DP_E_FORMAT, line, col,
                                 "unknown or repeated key \"%s\" (name, durations, actors)", key);
        }
        if (st == DP_OK && !peek(r, '}'))
            st = expect(r, ',');
    }
    if (st == DP_OK)
        st = expect(r, '}');
    if (st == DP_OK && (skip_ws(r), r->pos < r->len))
        return fail(r, "the end of the input after the object", r->s + r->pos, 1);
    if (st == DP_OK && (!has_dur || !has_actors))
        return dp__error_set(r->err, DP_E_FORMAT, 1, 1,
                             "the object needs \"durations\" and \"actors\"");
    if (st != DP_OK)
        return st;
    p->dur = x->dur;
    x->dur = NULL;
    p->needs = dp__calloc(p->n * p->m + 1, 1);
    if (!p->needs)
        return dp__error_set(r->err, DP_E_NOMEM, 0, 0, NULL);
    for (size_t k = 0; k < x->n_pairs; k++) {
        size_t a = x->pairs[2 * k], s = x->pairs[2 * k + 1];
        if (s >= p->n)
            return dp__error_set(r->err, DP_E_FORMAT, x->pos[2 * k], x->pos[2 * k + 1],
                                 "actor %zu names scene %zu, but there are %zu scenes "
                                 "(indices from 0)", a + 1, s, p->n);
        p->needs[a * p->n + s] = 1;
    }
    return DP_OK;
}

dp_status dp_talent_parse(const char *text, size_t len, dp_talent **out, dp_error *err)
{
    if (!out || (!text && len))
        return dp__error_set(err, DP_E_ARG, 0, 0, "no input or no output handle");
    *out = NULL;
    if (len > DP_TALENT_MAX_INPUT)
        return dp__error_set(err, DP_E_TOOBIG, 0, 0,
                             "the problem is %zu bytes; the limit is %u bytes", len,
                             DP_TALENT_MAX_INPUT);
    reader r = {text ? text : "", len, 0, 1, 1, err};
    problem p;
    memset(&p, 0, sizeof p);
    json_ctx x;
    memset(&x, 0, sizeof x);
    x.p = &p;
    dp_status st = peek(&r, '{') ? read_json(&r, &p, &x) : read_tokens(&r, &p);
    if (st == DP_OK)
        st = dp_talent_new(p.n, p.m, p.needs, p.cost, p.dur, p.name, out, err);
    dp__free(p.needs);
    dp__free(p.cost);
    dp__free(p.dur);
    dp__free(x.dur);
    dp__free(x.pairs);
    dp__free(x.pos);
    return st;
}
