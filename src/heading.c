/* Scene heading analysis. Works on a folded copy of the heading (lower
 * case, no accents) and maps positions back to the original text. */
#include "heading.h"

#include <string.h>

static bool is_alnum_f(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           (unsigned char)c >= 0x80;
}

static bool is_sep_f(char c)
{
    return c == ' ' || c == '.' || c == ',' || c == '-' || c == ':' ||
           c == ';' || c == '/' || c == ')';
}

typedef struct ie_word {
    const char *text;
    size_t len;
    dp_int_ext ie;
    bool spelled;
    bool short_form; /* "i" / "e": only inside a compound */
} ie_word;

static const ie_word ie_words[] = {
    {"interieur", sizeof("interieur") - 1, DP_IE_INT, true, false}, {"exterieur", sizeof("exterieur") - 1, DP_IE_EXT, true, false},
    {"interior", sizeof("interior") - 1, DP_IE_INT, true, false},  {"exterior", sizeof("exterior") - 1, DP_IE_EXT, true, false},
    {"int", sizeof("int") - 1, DP_IE_INT, false, false},      {"ext", sizeof("ext") - 1, DP_IE_EXT, false, false},
    {"инт", sizeof("инт") - 1, DP_IE_INT, false, false},      {"нат", sizeof("нат") - 1, DP_IE_EXT, false, false},
    {"i", sizeof("i") - 1, DP_IE_INT, false, true},         {"e", sizeof("e") - 1, DP_IE_EXT, false, true},
};

/* Matches one INT/EXT word at f[i]; returns its length or 0. */
static size_t ie_word_at(const char *f, size_t n, size_t i, const ie_word **w)
{
    if (i >= n || !(f[i] == 'i' || f[i] == 'e' || (unsigned char)f[i] == 0xD0))
        return 0;
    for (size_t k = 0; k < DP__COUNT(ie_words); k++) {
        size_t len = ie_words[k].len;
        if (i + len <= n && memcmp(f + i, ie_words[k].text, len) == 0 &&
            (i + len == n || !is_alnum_f(f[i + len]))) {
            *w = &ie_words[k];
            return len;
        }
    }
    return 0;
}

/* Matches an INT/EXT token at f[i] ("int.", "ext", "int./ext.", "i/e",
 * "e/i", "interieur", "est" when 'allow_est'). Returns its length (with
 * a trailing '.') or 0. A token must end at a non-alphanumeric. */
static size_t ie_token_at(const char *f, size_t n, size_t i, bool allow_est,
                          dp_int_ext *ie, bool *spelled)
{
    if (i > 0 && is_alnum_f(f[i - 1]))
        return 0;
    if (allow_est && i + 3 <= n && memcmp(f + i, "est", 3) == 0 &&
        (i + 3 == n || !is_alnum_f(f[i + 3]))) {
        *ie = DP_IE_EXT;
        *spelled = false;
        return (i + 3 < n && f[i + 3] == '.') ? 4 : 3;
    }
    const ie_word *w1;
    size_t l1 = ie_word_at(f, n, i, &w1);
    if (!l1)
        return 0;
    size_t j = i + l1;
    if (j < n && f[j] == '.')
        j++;
    /* compound: "/" or "-" then a second word */
    size_t k = j;
    while (k < n && f[k] == ' ' && k - j < 2)
        k++;
    if (k < n && (f[k] == '/' || f[k] == '-')) {
        size_t m = k + 1;
        while (m < n && f[m] == ' ' && m - k < 3)
            m++;
        const ie_word *w2;
        size_t l2 = ie_word_at(f, n, m, &w2);
        if (l2 && w2->ie != w1->ie) {
            size_t e = m + l2;
            if (e < n && f[e] == '.')
                e++;
            *ie = DP_IE_INT_EXT;
            *spelled = w1->spelled;
            return e - i;
        }
    }
    if (w1->short_form)
        return 0;
    *ie = w1->ie;
    *spelled = w1->spelled;
    return j - i;
}

int dp__heading_fountain_prefix(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned char c0 = (unsigned char)s[0];
    if (!(c0 == 'I' || c0 == 'i' || c0 == 'E' || c0 == 'e' || c0 == 0xD0))
        return 0; /* quick: INT, EXT, EST, I/E, E/I, ИНТ, НАТ only */
    if (c0 != 0xD0) {
        char r1 = n > 1 ? s[1] : 0; /* 's' is not NUL-terminated */
        char c1 = (char)(r1 | 0x20);
        bool ok = (c0 | 0x20) == 'i' ? (c1 == 'n' || r1 == '/' || r1 == '.')
                                     : (c1 == 'x' || c1 == 's' || r1 == '/' || r1 == '.');
        if (!ok)
            return 0;
    }
    /* fold only the start: enough for the longest prefix */
    char f[48];
    size_t fl = 0, i = 0;
    while (i < n && fl + 8 < sizeof f) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { /* ASCII: no decoding */
            f[fl++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        int32_t cp;
        size_t k = dp__utf8_decode(s + i, n - i, &cp);
        if (cp >= 'A' && cp <= 'Z')
            cp += 32;
        else if (cp >= 0x410 && cp <= 0x42F)
            cp += 32; /* Cyrillic capitals */
        if (cp < 0)
            cp = '?';
        fl += dp__utf8_encode(cp, f + fl);
        i += k;
    }
    dp_int_ext ie;
    bool spelled;
    if (fl == 0 || !(f[0] == 'i' || f[0] == 'e' || (unsigned char)f[0] == 0xD0))
        return 0; /* quick: no prefix starts otherwise */
    size_t t = ie_token_at(f, fl, 0, true, &ie, &spelled);
    if (!t || spelled)
        return 0;
    int kind = 1;
    /* the spec lists INT./EXT, INT/EXT and I/E, not EXT/INT or E/I;
     * "EXT./INT." passes as EXT followed by a dot */
    if (ie == DP_IE_INT_EXT && f[0] == 'e' && !(fl > 3 && memcmp(f, "ext.", 4) == 0))
        kind = 2;
    if (f[t - 1] != '.') {
        if (t >= fl || (f[t] != ' ' && f[t] != '\t' && f[t] != '-' && f[t] != '.'))
            return 0;
        t++;
    }
    /* at least one more non-space character */
    for (size_t k = t; k < fl; k++)
        if (f[k] != ' ')
            return kind;
    for (size_t k = i; k < n; k++)
        if (s[k] != ' ')
            return kind;
    return 0;
}

/* ---- analysis ---------------------------------------------------------- */

typedef struct span {
    size_t a, b; /* folded positions */
} span;

typedef struct ctx {
    dp__arena *arena;
    const char *s;  /* original */
    dp__fold f;
} ctx;

static void trim_f(const char *f, size_t *a, size_t *b, bool punct)
{
    while (*a < *b && (f[*a] == ' ' || (punct && is_sep_f(f[*a]) && f[*a] != ')')))
        (*a)++;
    while (*b > *a && (f[*b - 1] == ' ' || (punct && is_sep_f(f[*b - 1]) && f[*b - 1] != ')')))
        (*b)--;
}

/* Original bytes of folded span [a, b). */
static void orig(const ctx *c, size_t a, size_t b, size_t *oa, size_t *ob)
{
    *oa = c->f.map[a];
    *ob = c->f.map[b];
    /* a folded span ending inside a code point ends after it */
    if (b > a && c->f.map[b] == c->f.map[b - 1])
        *ob = c->f.map[b - 1] + 1;
}

static char *upper_copy(const ctx *c, size_t a, size_t b)
{
    trim_f(c->f.text, &a, &b, true);
    size_t oa, ob;
    orig(c, a, b, &oa, &ob);
    /* simple upper-casing never takes more than 3 bytes per source byte */
    char *r = dp__arena_alloc(c->arena, (ob - oa) * 3 + 1);
    if (!r)
        return NULL;
    size_t w = 0;
    for (size_t i = oa; i < ob;) {
        int32_t cp;
        size_t k = dp__utf8_decode(c->s + i, ob - i, &cp);
        if (cp < 0) {
            memcpy(r + w, c->s + i, k);
            w += k;
        } else {
            w += dp__utf8_encode(dp__uc_toupper(cp), r + w);
        }
        i += k;
    }
    r[w] = '\0';
    return r;
}

static char *orig_copy(const ctx *c, size_t a, size_t b, bool trim_dots)
{
    trim_f(c->f.text, &a, &b, false);
    while (trim_dots && b > a && (c->f.text[b - 1] == '.' || c->f.text[b - 1] == ','))
        b--;
    size_t oa, ob;
    orig(c, a, b, &oa, &ob);
    return dp__arena_strndup(c->arena, c->s + oa, ob - oa);
}

/* Splits f[a..b) at dashes that touch a space, "--", ": ", ", " and " / ". */
static size_t split_parts(const char *f, size_t a, size_t b, span *parts,
                          size_t max)
{
    size_t n = 0, start = a;
    for (size_t i = a; i < b; i++) {
        bool cut = false;
        size_t skip = 1;
        if (f[i] == '-') {
            bool before = i > a && f[i - 1] == ' ';
            bool after = i + 1 < b && f[i + 1] == ' ';
            if (i + 1 < b && f[i + 1] == '-') {
                cut = true;
                skip = 2;
            } else {
                cut = before || after;
            }
        } else if ((f[i] == ':' || f[i] == ',') && i + 1 < b && f[i + 1] == ' ') {
            cut = true;
        } else if (f[i] == '/' && i > a && f[i - 1] == ' ' && i + 1 < b && f[i + 1] == ' ') {
            cut = true;
        }
        if (cut && n + 1 < max) {
            size_t pa = start, pb = i;
            trim_f(f, &pa, &pb, false);
            if (pb > pa)
                parts[n++] = (span){pa, pb};
            start = i + skip;
            i += skip - 1;
        }
    }
    size_t pa = start, pb = b;
    trim_f(f, &pa, &pb, false);
    if (pb > pa)
        parts[n++] = (span){pa, pb};
    return n;
}

#define MAX_PARTS 16

/* Parts that qualify a scene rather than name a place or a time. */
static const dp__lit qualifiers[] = {
    DP__LIT("flashback"), DP__LIT("flash-back"), DP__LIT("flash back"), DP__LIT("flashforward"), DP__LIT("flash forward"),
    DP__LIT("flash-forward"), DP__LIT("present day"), DP__LIT("present"), DP__LIT("various shots"), DP__LIT("various"),
    DP__LIT("series of shots"), DP__LIT("montage"), DP__LIT("dream"), DP__LIT("dream sequence"), DP__LIT("continued"),
    DP__LIT("intercut"), DP__LIT("back to present"), DP__LIT("stock shot"), DP__LIT("establishing"), DP__LIT("pov"),
    DP__LIT("slow motion"), DP__LIT("souvenir"), DP__LIT("reve"), DP__LIT("retour au present"), DP__LIT("plusieurs plans"),
    DP__LIT("serie de plans"), DP__LIT("ralenti"), DP__LIT("fantasme"), DP__LIT("cauchemar"), DP__LIT("nightmare"),
};

static bool is_qualifier(const char *f, size_t a, size_t b)
{
    /* a bare year or number, possibly in brackets: "(1979)", "1944" */
    bool digits = true;
    for (size_t i = a; i < b; i++)
        if (!((f[i] >= '0' && f[i] <= '9') || f[i] == '(' || f[i] == ')' ||
              f[i] == '[' || f[i] == ']' || f[i] == ' '))
            digits = false;
    if (digits)
        return true;
    while (b > a && (f[b - 1] == ')' || f[b - 1] == ']')) { /* "FLASHBACK (1944)" */
        char open = f[b - 1] == ')' ? '(' : '[';
        size_t k = b - 1;
        while (k > a && f[k] != open)
            k--;
        if (k == a)
            break;
        b = k;
        while (b > a && f[b - 1] == ' ')
            b--;
    }
    if (b - a >= 2 && (f[a] == '(' || f[a] == '[') && (f[b - 1] == ')' || f[b - 1] == ']')) {
        a++;
        b--;
    }
    return dp__lit_in(qualifiers, DP__COUNT(qualifiers), f + a, b - a);
}

static bool is_relative(dp_time t)
{
    return t == DP_TIME_CONTINUOUS || t == DP_TIME_LATER || t == DP_TIME_SAME;
}

static dp_status set_from_parts(const ctx *c, dp__heading *h, const span *p,
                                size_t from, size_t to)
{
    if (from >= to) {
        h->set = dp__arena_strndup(c->arena, "", 0);
        h->subset = h->set;
        return h->set ? DP_OK : DP_E_NOMEM;
    }
    h->set = upper_copy(c, p[from].a, p[from].b);
    h->subset = from + 1 < to ? upper_copy(c, p[from + 1].a, p[to - 1].b)
                              : dp__arena_strndup(c->arena, "", 0);
    return h->set && h->subset ? DP_OK : DP_E_NOMEM;
}

static void take_time(dp__heading *h, const dp__time_hit *m)
{
    h->time = m->time;
    h->day_for_night = m->day_for_night;
    h->has_time = true;
}

/* "SET - SUBSET - TIME - QUALIFIER", "TIME - SET", "SET TIME", "SET". */
static dp_status parse_body(const ctx *c, dp__heading *h, size_t a, size_t b)
{
    const char *f = c->f.text;
    trim_f(f, &a, &b, true);
    span all[MAX_PARTS], p[MAX_PARTS] = {{0, 0}};
    size_t na = split_parts(f, a, b, all, MAX_PARTS), np = 0;
    for (size_t k = 0; k < na; k++)
        if (!is_qualifier(f, all[k].a, all[k].b))
            p[np++] = all[k];
    if (np == 0 && na > 0)
        p[np++] = all[0];
    if (np == 0)
        return set_from_parts(c, h, p, 0, 0);
    /* the rightmost time; "NIGHT - CONTINUOUS" is a night */
    dp__time_hit m, m2;
    size_t found = 0;
    for (size_t k = np; k-- > 1;) {
        if (dp__time_match(f, p[k].a, p[k].b, false, &m)) {
            found = k;
            break;
        }
    }
    if (found && is_relative(m.time)) {
        for (size_t k = found; k-- > 1;)
            if (dp__time_match(f, p[k].a, p[k].b, false, &m2) && !is_relative(m2.time)) {
                found = k;
                m = m2;
                break;
            }
    }
    if (found) {
        take_time(h, &m);
        h->time_text = orig_copy(c, p[found].a, b, true);
        return h->time_text ? set_from_parts(c, h, p, 0, found) : DP_E_NOMEM;
    }
    if (np >= 2 && dp__time_match(f, p[0].a, p[0].b, true, &m)) {
        take_time(h, &m); /* "INTÉRIEUR NUIT - COULOIR" */
        h->time_text = orig_copy(c, p[0].a, p[0].b, true);
        return h->time_text ? set_from_parts(c, h, p, 1, np) : DP_E_NOMEM;
    }
    if (np == 1 && dp__time_match(f, p[0].a, p[0].b, false, &m)) {
        take_time(h, &m); /* "INT HOUSE DAY", ".LATER" */
        h->time_text = orig_copy(c, m.start, b, true);
        span s = {.a = p[0].a, .b = m.start};
        if (!h->time_text)
            return DP_E_NOMEM;
        return set_from_parts(c, h, &s, 0, m.start > p[0].a ? 1 : 0);
    }
    return set_from_parts(c, h, p, 0, np);
}

/* A leading scene number: "12.", "12A -", "1-A /", "SÉQ. 2 -", "24 :".
 * Returns the position after it and its separator, or 'a' when none. */
static size_t leading_number(const char *f, size_t a, size_t b, span *num)
{
    size_t i = a;
    static const dp__lit prefixes[] = {DP__LIT("sequence"), DP__LIT("seq"), DP__LIT("sq"), DP__LIT("scene"), DP__LIT("sc")};
    bool prefixed = false;
    for (size_t k = 0; k < DP__COUNT(prefixes); k++) {
        size_t len = prefixes[k].n;
        if (i + len < b && memcmp(f + i, prefixes[k].s, len) == 0 &&
            (f[i + len] == '.' || f[i + len] == ' ')) {
            i += len;
            if (f[i] == '.')
                i++;
            while (i < b && f[i] == ' ')
                i++;
            prefixed = true;
            break;
        }
    }
    size_t ns = i;
    while (i < b && f[i] >= '0' && f[i] <= '9')
        i++;
    if (i == ns || i - ns > 5)
        return a;
    size_t letters = 0;
    while (i < b && f[i] >= 'a' && f[i] <= 'z' && letters < 2)
        i++, letters++;
    if (i < b && f[i] == '-' && i + 1 < b && is_alnum_f(f[i + 1]) && f[i + 1] != ' ') {
        size_t j = i + 1;
        while (j < b && ((f[j] >= 'a' && f[j] <= 'z') || (f[j] >= '0' && f[j] <= '9')) && j - i <= 3)
            j++;
        if (j == b || !is_alnum_f(f[j]))
            i = j;
    }
    size_t ne = i;
    if (i < b && is_alnum_f(f[i]))
        return a; /* "1ST FLOOR" */
    size_t sep = i;
    while (i < b && f[i] == ' ')
        i++;
    if (i < b && (f[i] == '.' || f[i] == ':' || f[i] == '/' || f[i] == ')' || f[i] == '-')) {
        i++;
        while (i < b && f[i] == ' ')
            i++;
    } else if (i == sep && !prefixed) {
        return a; /* digits glued to something else */
    }
    if (i >= b)
        return a;
    num->a = ns;
    num->b = ne;
    return i;
}

/* Analysis of folded [r, b), with or without a leading scene number. */
static dp_status analyze(const ctx *c, dp__heading *out, size_t r, size_t b,
                         bool use_number)
{
    const char *f = c->f.text;
    dp__arena *a = c->arena;
    dp_status st = DP_OK;
    memset(out, 0, sizeof *out);
    out->time_text = dp__arena_strndup(a, "", 0);
    if (!out->time_text)
        return DP_E_NOMEM;

    span num = {0, 0};
    size_t body = use_number ? leading_number(f, r, b, &num) : r;
    bool numbered = body != r;

    /* trailing repeat of the number ("7A. EXT. JARDIN - AUBE 7A") */
    size_t nl = num.b - num.a;
    if (numbered && b - body > nl + 1 && memcmp(f + b - nl, f + num.a, nl) == 0 &&
        f[b - nl - 1] == ' ') {
        b -= nl + 1;
        trim_f(f, &body, &b, false);
    }

    /* a leading qualifier: "FLASHBACK - EXT. HARBOUR - NIGHT" */
    {
        span q[2];
        size_t nq = split_parts(f, body, b, q, 2);
        bool word = false;
        for (size_t i = nq ? q[0].a : b; i < (nq ? q[0].b : b); i++)
            word |= f[i] >= 'a' && f[i] <= 'z';
        if (nq == 2 && word && is_qualifier(f, q[0].a, q[0].b))
            body = q[1].a;
    }

    /* the INT/EXT token: the first one, EST only at the start */
    size_t tok = b, tok_len = 0;
    for (size_t i = body; i < b; i++) {
        dp_int_ext ie;
        bool spelled;
        size_t len = ie_token_at(f, b, i, i == body, &ie, &spelled);
        if (len) {
            tok = i;
            tok_len = len;
            out->int_ext = ie;
            out->spelled = spelled;
            out->has_token = true;
            break;
        }
    }

    if (!out->has_token) {
        st = parse_body(c, out, body, b);
    } else if (tok == body) {
        out->token_first = true;
        st = parse_body(c, out, tok + tok_len, b);
    } else {
        /* décor first: "CHAMBRE DE JULIE - INT. SOIR" */
        size_t da = body, db = tok;
        trim_f(f, &da, &db, true);
        span p[MAX_PARTS];
        size_t np = split_parts(f, da, db, p, MAX_PARTS);
        st = set_from_parts(c, out, p, 0, np);
        size_t ta = tok + tok_len, tb = b;
        trim_f(f, &ta, &tb, true);
        dp__time_hit m;
        if (st == DP_OK && tb > ta) {
            span q[MAX_PARTS];
            size_t nq = split_parts(f, ta, tb, q, MAX_PARTS);
            if (nq && dp__time_match(f, q[0].a, q[0].b, false, &m))
                take_time(out, &m);
            out->time_text = orig_copy(c, ta, tb, true);
            if (!out->time_text)
                st = DP_E_NOMEM;
        }
    }
    orig(c, body, b, &out->body_start, &out->body_end);
    if (st == DP_OK && numbered) {
        size_t oa, ob;
        orig(c, num.a, num.b, &oa, &ob);
        dp__buf up;
        dp__buf_init(&up, 64);
        st = dp__utf8_upper(c->s + oa, ob - oa, &up);
        if (st != DP_OK)
            c->arena->failed = true; /* callers that only ask "is it a heading?" see it */
        if (st == DP_OK)
            out->number = dp__arena_strndup(a, up.data ? up.data : "", up.len);
        dp__buf_release(&up);
        if (st == DP_OK && !out->number)
            st = DP_E_NOMEM;
    }
    return st;
}

dp_status dp__heading_analyze(dp__arena *a, const char *s, size_t n,
                              dp__heading *out)
{
    ctx c = {a, s, {0}};
    dp_status st = dp__fold_make(a, s, n, &c.f);
    if (st != DP_OK)
        return st;
    size_t r = 0, b = c.f.len;
    trim_f(c.f.text, &r, &b, false);
    st = analyze(&c, out, r, b, true);
    /* a leading number counts only in front of an INT/EXT word or a time */
    if (st == DP_OK && out->number && !out->has_token && !out->has_time)
        st = analyze(&c, out, r, b, false);
    return st;
}

bool dp__heading_is_french_form(const dp__heading *h, const char *s, size_t n)
{
    if (n > 160)
        return false;
    bool caps = dp__utf8_is_upper_text(s, n);
    if (h->number && h->has_token)
        return true;
    if (h->number && h->has_time && caps)
        return true;
    if (!h->number && h->has_token && h->token_first && h->spelled)
        return true;
    if (!h->number && h->has_token && !h->token_first && h->has_time && caps)
        return true;
    return false;
}
