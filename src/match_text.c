/* Fingerprints of a scene's text, and anchors: the words an edit was made
 * on, found again in another draft by their surroundings. */
#include "match.h"

#include <stdlib.h>
#include <string.h>

#define FNV_OFFSET 1469598103934665603ull
#define FNV_PRIME 1099511628211ull

/* Elements whose words are the scene's text (printed, not the heading). */
static bool printed(dp_element_type t)
{
    return t == DP_EL_ACTION || t == DP_EL_CHARACTER || t == DP_EL_PARENTHETICAL ||
           t == DP_EL_DIALOGUE || t == DP_EL_TRANSITION || t == DP_EL_CENTERED ||
           t == DP_EL_LYRIC;
}

static bool word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Calls fn(ctx, hash) for each word of scene s, in order. */
static void each_word(const dp_breakdown *bd, size_t s, void (*fn)(void *, uint64_t), void *ctx)
{
    const dp_scene *sc = &bd->scenes[s];
    for (size_t e = sc->first_element + 1; e < sc->end_element; e++) {
        const dp_element *el = &bd->doc->elements[e];
        if (!printed(el->type))
            continue;
        const unsigned char *p = (const unsigned char *)el->plain;
        size_t i = 0;
        while (p[i]) {
            while (p[i] && !word_byte(p[i]))
                i++;
            if (!p[i])
                break;
            uint64_t h = FNV_OFFSET;
            while (p[i] && word_byte(p[i])) {
                unsigned char c = p[i++];
                if (c >= 'A' && c <= 'Z')
                    c = (unsigned char)(c - 'A' + 'a');
                h = (h ^ c) * FNV_PRIME;
            }
            fn(ctx, h);
        }
    }
}

typedef struct collect {
    uint64_t *h;
    size_t n, cap;
    uint64_t prev;
    size_t words;
    dp_status st;
} collect;

static void add_pair(void *ctx, uint64_t w)
{
    collect *c = ctx;
    if (c->st != DP_OK)
        return;
    if (c->words++ > 0) {
        c->st = dp__grow((void **)&c->h, &c->cap, c->n, sizeof *c->h, (size_t)1 << 24);
        if (c->st == DP_OK)
            c->h[c->n++] = (c->prev * 0x9E3779B97F4A7C15ull) ^ w;
    }
    c->prev = w;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

dp_status dp__scene_shingles(dp__arena *a, const dp_breakdown *bd, size_t s, uint64_t **out,
                             size_t *n)
{
    collect c = {NULL, 0, 0, 0, 0, DP_OK};
    each_word(bd, s, add_pair, &c);
    if (c.st == DP_OK && c.words == 1) { /* a scene of one word */
        c.st = dp__grow((void **)&c.h, &c.cap, 0, sizeof *c.h, 1);
        if (c.st == DP_OK)
            c.h[c.n++] = c.prev;
    }
    *out = NULL;
    *n = 0;
    if (c.st == DP_OK && c.n) {
        qsort(c.h, c.n, sizeof *c.h, cmp_u64);
        size_t w = 0;
        for (size_t i = 0; i < c.n; i++)
            if (w == 0 || c.h[i] != c.h[w - 1])
                c.h[w++] = c.h[i];
        *out = dp__arena_alloc(a, w * sizeof **out);
        if (!*out)
            c.st = DP_E_NOMEM;
        else {
            memcpy(*out, c.h, w * sizeof **out);
            *n = w;
        }
    }
    dp__free(c.h);
    return c.st;
}

static void add_hash(void *ctx, uint64_t w)
{
    uint64_t *h = ctx;
    *h = (*h ^ w) * FNV_PRIME;
}

uint64_t dp__scene_text_hash(const dp_breakdown *bd, size_t s)
{
    uint64_t h = FNV_OFFSET;
    each_word(bd, s, add_hash, &h);
    return h;
}

/* ---- anchors ------------------------------------------------------------ */

static bool cont_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

void dp__anchor_context(const char *plain, uint32_t start, uint32_t end, size_t *b, size_t *e)
{
    size_t len = strlen(plain);
    size_t lo = start > DP__CONTEXT ? start - DP__CONTEXT : 0;
    while (lo < start && cont_byte((unsigned char)plain[lo]))
        lo++;
    size_t hi = end + DP__CONTEXT < len ? end + DP__CONTEXT : len;
    while (hi > end && hi < len && cont_byte((unsigned char)plain[hi]))
        hi--;
    *b = lo;
    *e = hi;
}

/* Bytes of context that agree: the common end of the befores, the common
 * start of the afters. */
static uint32_t context_score(const char *plain, size_t start, size_t end, const dp__anchor *an)
{
    uint32_t score = 0;
    size_t nb = an->before ? strlen(an->before) : 0;
    while (score < nb && score < start && plain[start - 1 - score] == an->before[nb - 1 - score])
        score++;
    const char *after = an->after ? an->after : "";
    size_t k = 0;
    while (after[k] && plain[end + k] == after[k])
        k++;
    return score + (uint32_t)k;
}

static bool ieq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

static bool search(const dp_breakdown *bd, size_t s0, size_t s1, const dp__anchor *an,
                   bool fold, dp__anchor_hit *hit)
{
    size_t n = strlen(an->text);
    bool found = false;
    hit->count = 0;
    for (size_t s = s0; s < s1 && s < bd->n_scenes; s++) {
        const dp_scene *sc = &bd->scenes[s];
        for (size_t e = sc->first_element + 1; e < sc->end_element; e++) {
            const dp_element *el = &bd->doc->elements[e];
            if (!printed(el->type))
                continue;
            const char *p = el->plain;
            size_t len = strlen(p);
            for (size_t i = 0; i + n <= len; i++) {
                if (fold ? !ieq(p + i, an->text, n) : memcmp(p + i, an->text, n) != 0)
                    continue;
                /* whole words: no word byte glued on either side */
                if ((i > 0 && word_byte((unsigned char)p[i - 1]) &&
                     word_byte((unsigned char)an->text[0])) ||
                    (i + n < len && word_byte((unsigned char)p[i + n]) &&
                     word_byte((unsigned char)an->text[n - 1])))
                    continue;
                uint32_t score = context_score(p, i, i + n, an);
                hit->count++;
                if (!found || score > hit->score) {
                    hit->scene = (int32_t)s;
                    hit->element = e;
                    hit->start = (uint32_t)i;
                    hit->end = (uint32_t)(i + n);
                    hit->score = score;
                    found = true;
                }
            }
        }
    }
    return found;
}

bool dp__anchor_find(const dp_breakdown *bd, size_t s0, size_t s1, const dp__anchor *an,
                     dp__anchor_hit *hit)
{
    memset(hit, 0, sizeof *hit);
    hit->scene = -1;
    if (!an->text || !an->text[0])
        return false;
    return search(bd, s0, s1, an, false, hit) || search(bd, s0, s1, an, true, hit);
}
