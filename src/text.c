/* Small text helpers: trimming, emphasis stripping, comparisons. */
#include "internal.h"

#include <string.h>

void dp__trim_unicode(const char *s, size_t *start, size_t *end)
{
    size_t a = *start, b = *end;
    while (a < b) {
        int32_t cp;
        size_t k = dp__utf8_decode(s + a, b - a, &cp);
        if (!dp__uc_is_space(cp))
            break;
        a += k;
    }
    while (b > a) {
        size_t p = b - 1; /* step back to the start of the last code point */
        while (p > a && ((unsigned char)s[p] & 0xC0) == 0x80 && b - p < 4)
            p--;
        int32_t cp;
        size_t k = dp__utf8_decode(s + p, b - p, &cp);
        if (k != b - p || !dp__uc_is_space(cp))
            break;
        b = p;
    }
    *start = a;
    *end = b;
}

bool dp__lit_in(const dp__lit *list, size_t count, const char *s, size_t n)
{
    for (size_t i = 0; i < count; i++)
        if (list[i].n == n && memcmp(list[i].s, s, n) == 0)
            return true;
    return false;
}

bool dp__ends_with(const char *s, size_t n, const dp__lit *lit)
{
    return n >= lit->n && memcmp(s + n - lit->n, lit->s, lit->n) == 0;
}

bool dp__ascii_ieq(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    if (m != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char a = s[i], b = lit[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z')
            b = (char)(b + 32);
        if (a != b)
            return false;
    }
    return true;
}

static bool is_space_at(const char *s, size_t n, size_t i)
{
    int32_t cp;
    dp__utf8_decode(s + i, n - i, &cp);
    return dp__uc_is_space(cp);
}

/* The code point ending just before s[i] (i > 0). */
static int32_t cp_before(const char *s, size_t i)
{
    size_t p = i - 1;
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80 && i - p < 4)
        p--;
    int32_t cp;
    dp__utf8_decode(s + p, i - p, &cp);
    return cp;
}

#define EMPH_STACK 64

typedef struct emph_open {
    size_t pos;
    size_t len;
    char ch;
} emph_open;

bool dp__has_markup(const char *s, size_t n)
{
    return memchr(s, '*', n) || memchr(s, '_', n) || memchr(s, '\\', n);
}

dp_status dp__strip_emphasis(const char *s, size_t n, dp__buf *out)
{
    if (!dp__has_markup(s, n))
        return dp__buf_append(out, s, n);

    unsigned char small[1024];
    unsigned char *del = n <= sizeof small ? small : dp__malloc(n);
    if (!del)
        return DP_E_NOMEM;
    memset(del, 0, n);

    emph_open stack[EMPH_STACK];
    size_t depth = 0;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '\\' && i + 1 < n && (s[i + 1] == '*' || s[i + 1] == '_')) {
            del[i] = 1; /* drop the backslash, keep the escaped char */
            i += 2;
            continue;
        }
        if (c != '*' && c != '_') {
            i++;
            continue;
        }
        size_t run = 1;
        while (i + run < n && s[i + run] == c)
            run++;
        bool valid = c == '*' ? run <= 3 : run == 1;
        bool before_space = i == 0 || is_space_at(s, n, i - 1);
        bool after_space = i + run >= n || is_space_at(s, n, i + run);
        bool can_open = valid && !after_space;
        bool can_close = valid && !before_space;
        if (c == '_') { /* no intraword underline: snake_case stays */
            if (i > 0 && dp__uc_is_alnum(cp_before(s, i)))
                can_open = false;
            if (i + run < n) {
                int32_t cp;
                dp__utf8_decode(s + i + run, n - i - run, &cp);
                if (dp__uc_is_alnum(cp))
                    can_close = false;
            }
        }
        bool closed = false;
        if (can_close) {
            for (size_t k = depth; k-- > 0;) {
                if (stack[k].ch == c && stack[k].len == run) {
                    memset(del + stack[k].pos, 1, run);
                    memset(del + i, 1, run);
                    depth = k;
                    closed = true;
                    break;
                }
            }
        }
        if (!closed && can_open && depth < EMPH_STACK)
            stack[depth++] = (emph_open){i, run, c};
        i += run;
    }

    dp_status st = DP_OK;
    size_t start = 0;
    for (size_t k = 0; k <= n && st == DP_OK; k++) {
        if (k == n || del[k]) {
            if (k > start)
                st = dp__buf_append(out, s + start, k - start);
            start = k + 1;
        }
    }
    if (del != small)
        dp__free(del);
    return st;
}
