/* Tokens of action text, their lower-case forms and lemmas. */
#include "words.h"

#include <string.h>

/* ---- lemmas --------------------------------------------------------------- */

static bool ends(const char *w, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n > m && memcmp(w + n - m, suf, m) == 0;
}

/* A noun of the lexicon, or a word of its stop list ("bras", "corps"). */
static bool known(const dp__lex *lex, const char *w, size_t n)
{
    return dp__lex_find(lex->nouns, lex->n_nouns, w, n) != NULL ||
           dp__lex_find(lex->stop, lex->n_stop, w, n) != NULL;
}

/* Appends w[0..n - cut) + add to the candidates (four at most). */
static void cand(const char *w, size_t n, size_t cut, const char *add, char out[4][96],
                 size_t len[4], size_t *k)
{
    size_t al = strlen(add);
    if (*k >= 4 || cut > n || n - cut + al >= 96)
        return;
    size_t base = n - cut;
    memcpy(out[*k], w, base);
    memcpy(out[*k] + base, add, al);
    len[*k] = base + al;
    (*k)++;
}

/* Singular candidates by rule, best first; returns how many. */
static size_t candidates(dp__lang lang, const char *w, size_t n, char out[4][96],
                         size_t len[4])
{
    size_t k = 0;
#define CAND(cut, add) cand(w, n, (cut), (add), out, len, &k)
    if (lang == DP__LANG_FR) {
        if (ends(w, n, "eaux"))
            CAND(1, "");
        if (ends(w, n, "aux")) {
            CAND(3, "al");
            CAND(3, "ail");
        }
        if (ends(w, n, "eux") || ends(w, n, "oux"))
            CAND(1, "");
        if (ends(w, n, "s") && !ends(w, n, "ss") && n > 2)
            CAND(1, "");
        return k;
    }
    if (ends(w, n, "ies") && n > 4)
        CAND(3, "y");
    if (ends(w, n, "ves")) {
        CAND(3, "f");
        CAND(3, "fe");
    }
    if (ends(w, n, "ches") || ends(w, n, "shes") || ends(w, n, "sses") || ends(w, n, "xes") ||
        ends(w, n, "zes") || ends(w, n, "oes"))
        CAND(2, "");
    if (ends(w, n, "s") && !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is") &&
        n > 2)
        CAND(1, "");
#undef CAND
    return k;
}

char *dp__lemma(dp__arena *a, const dp__lex *lex, dp__lang lang, const char *w, size_t n,
                uint32_t *len)
{
    const dp__lex_entry *irr = dp__lex_find(lex->plurals, lex->n_plurals, w, n);
    if (irr) {
        *len = (uint32_t)strlen(irr->value);
        return dp__arena_strndup(a, irr->value, *len);
    }
    char c[4][96];
    size_t cl[4];
    size_t k = n < 90 ? candidates(lang, w, n, c, cl) : 0;
    if (k > 0 && !known(lex, w, n)) {
        for (size_t i = 0; i < k; i++)
            if (known(lex, c[i], cl[i])) {
                *len = (uint32_t)cl[i];
                return dp__arena_strndup(a, c[i], cl[i]);
            }
        if (k > 0) { /* unknown word: the last rule is the plainest */
            *len = (uint32_t)cl[k - 1];
            return dp__arena_strndup(a, c[k - 1], cl[k - 1]);
        }
    }
    *len = (uint32_t)n;
    return dp__arena_strndup(a, w, n);
}

/* ---- tokens --------------------------------------------------------------- */

static bool is_apos_at(const char *s, size_t n, size_t i, size_t *k)
{
    if (s[i] == '\'') {
        *k = 1;
        return true;
    }
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x99) {
        *k = 3;
        return true;
    }
    return false;
}

static bool alnum_at(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    int32_t cp;
    dp__utf8_decode(s + i, n - i, &cp);
    return dp__uc_is_alnum(cp);
}

/* End of the word starting at s[i]: letters and digits, with apostrophes
 * and hyphens inside. */
static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n) {
        if (alnum_at(s, n, i)) {
            int32_t cp;
            i += dp__utf8_decode(s + i, n - i, &cp);
            continue;
        }
        size_t k = 1;
        if ((s[i] == '-' || is_apos_at(s, n, i, &k)) && i + k < n && alnum_at(s, n, i + k)) {
            i += k;
            continue;
        }
        break;
    }
    return i;
}

static const char *const elisions[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu",
                                       "jusqu", "lorsqu", "puisqu"};

/* Length of a French elided prefix ("l'", "qu’") at the start of word
 * s[a..b), including the apostrophe; 0 when none. */
static size_t elision_len(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b && i < a + 7; i++) {
        size_t k;
        if (is_apos_at(s, b, i, &k)) {
            for (size_t e = 0; e < DP__COUNT(elisions); e++)
                if (dp__ascii_ieq(s + a, i - a, elisions[e]))
                    return i - a + k;
            return 0;
        }
    }
    return 0;
}

static dp__shape shape_of(const char *s, size_t a, size_t b, bool *number)
{
    size_t letters = 0, upper = 0, lower = 0, digits = 0;
    bool first_upper = false;
    for (size_t i = a; i < b;) {
        int32_t cp;
        size_t k = dp__utf8_decode(s + i, b - i, &cp);
        if (dp__uc_is_letter(cp)) {
            if (letters == 0)
                first_upper = dp__uc_is_upper(cp);
            letters++;
            upper += dp__uc_is_upper(cp);
            lower += dp__uc_is_lower(cp);
        } else if (dp__uc_is_digit(cp)) {
            digits++;
        }
        i += k;
    }
    *number = letters == 0 && digits > 0;
    if (letters == 0)
        return DP__SH_OTHER;
    if (lower == 0 && letters >= 2)
        return DP__SH_CAPS;
    if (upper == 0)
        return DP__SH_LOWER;
    if (first_upper && upper == 1)
        return DP__SH_TITLE;
    return DP__SH_OTHER;
}

static dp_status push(dp__toks *out, const dp__tok *t)
{
    dp_status st = dp__grow((void **)&out->t, &out->cap, out->n, sizeof *out->t,
                            (size_t)DP_MAX_INPUT_BYTES);
    if (st == DP_OK)
        out->t[out->n++] = *t;
    return st;
}

static dp_status add_word(dp__arena *a, const dp__lex *lex, dp__lang lang, const char *s,
                          size_t wa, size_t wb, bool sent, bool elision, dp__toks *out)
{
    dp__tok t = {(uint32_t)wa, (uint32_t)wb, 0, true, false, sent, elision, 0, NULL, NULL, 0, 0};
    t.shape = (uint8_t)shape_of(s, wa, wb, &t.number);
    bool ascii = true;
    for (size_t i = wa; i < wb && ascii; i++)
        ascii = (unsigned char)s[i] < 0x80;
    if (ascii) { /* the common case, without a buffer */
        char *p = dp__arena_alloc(a, wb - wa + 1);
        if (!p)
            return DP_E_NOMEM;
        for (size_t i = wa; i < wb; i++)
            p[i - wa] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
        p[wb - wa] = '\0';
        t.low = p;
        t.low_len = (uint32_t)(wb - wa);
        t.lemma = dp__lemma(a, lex, lang, t.low, t.low_len, &t.lemma_len);
        return t.lemma ? push(out, &t) : DP_E_NOMEM;
    }
    dp__buf low;
    dp__buf_init(&low, (wb - wa) * 2 + 16); /* case mapping grows a code point by half at most */
    dp_status st = dp__utf8_lower(s + wa, wb - wa, &low);
    if (st == DP_OK) {
        /* one apostrophe for all: ’ -> ' */
        char *p = low.data ? low.data : (char *)"";
        size_t w = 0;
        for (size_t r = 0; r < low.len; r++) {
            if (r + 2 < low.len && (unsigned char)p[r] == 0xE2 &&
                (unsigned char)p[r + 1] == 0x80 && (unsigned char)p[r + 2] == 0x99) {
                p[w++] = '\'';
                r += 2;
            } else {
                p[w++] = p[r];
            }
        }
        t.low = dp__arena_strndup(a, p, w);
        t.low_len = (uint32_t)w;
        t.lemma = t.low ? dp__lemma(a, lex, lang, t.low, w, &t.lemma_len) : NULL;
        st = t.low && t.lemma ? push(out, &t) : DP_E_NOMEM;
    }
    dp__buf_release(&low);
    return st;
}

dp_status dp__tokenize(dp__arena *a, const dp__lex *lex, dp__lang lang, const char *s,
                       size_t n, dp__toks *out)
{
    bool sent = true;
    size_t i = 0;
    char *none = dp__arena_alloc(a, 1); /* the low and lemma of punctuation */
    if (!none)
        return DP_E_NOMEM;
    *none = '\0';
    dp_status st = DP_OK;
    while (i < n && st == DP_OK) {
        if (alnum_at(s, n, i)) {
            size_t e = word_end(s, n, i);
            size_t el = lang == DP__LANG_FR ? elision_len(s, i, e) : 0;
            if (el && i + el < e) {
                st = add_word(a, lex, lang, s, i, i + el, sent, true, out);
                sent = false;
                i += el;
            }
            /* English possessive 's: a token of its own */
            size_t k, poss = 0;
            if (e - i > 2 && (s[e - 1] == 's' || s[e - 1] == 'S')) {
                if (is_apos_at(s, e, e - 2, &k) && k == 1)
                    poss = 2;
                else if (e - i > 4 && is_apos_at(s, e, e - 4, &k) && k == 3)
                    poss = 4;
            }
            if (st == DP_OK)
                st = add_word(a, lex, lang, s, i, e - poss, sent, false, out);
            if (st == DP_OK && poss) {
                dp__tok t = {(uint32_t)(e - poss), (uint32_t)e, DP__SH_OTHER, false, false,
                             false, false, '\'', none, none, 0, 0};
                st = push(out, &t);
            }
            sent = false;
            i = e;
            continue;
        }
        int32_t cp;
        size_t k = dp__utf8_decode(s + i, n - i, &cp);
        if (!dp__uc_is_space(cp)) {
            dp__tok t = {(uint32_t)i, (uint32_t)(i + k), DP__SH_OTHER, false, false, false,
                         false, s[i], none, none, 0, 0};
            st = push(out, &t);
            if (s[i] == '.' || s[i] == '!' || s[i] == '?' || (s[i] == '-' && i + 1 < n && s[i + 1] == '-'))
                sent = true;
        }
        i += k;
    }
    return st;
}
