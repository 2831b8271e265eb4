/* Internal API of the depouille library: shared by src/ and the unit tests,
 * never installed. Names are dp__ (non-static, library-private). */
#ifndef DP_INTERNAL_H
#define DP_INTERNAL_H

#include "depouille.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__GNUC__) || defined(__clang__)
#define DP__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define DP__PRINTF(a, b)
#endif

#define DP__COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- alloc.c: the only place that calls the C allocator ---------------- */
void *dp__malloc(size_t n);
void *dp__calloc(size_t count, size_t size);
void *dp__realloc(void *p, size_t n);
void dp__free(void *p);
/* Makes room in a growable array for item n (0-based): doubles '*cap'
 * (from 64) up to 'max' items of 'size' bytes. DP_E_LIMIT when n >= max. */
#ifdef DP_FAULT_INJECTION
/* Test builds only: the n-th allocation from now fails (0: none). */
void dp__fault_at(long n);
/* Allocations made since the last dp__fault_at(). */
long dp__fault_calls(void);
#endif
dp_status dp__grow(void **items, size_t *cap, size_t n, size_t size, size_t max);

/* ---- error.c ----------------------------------------------------------- */
/* Fills 'err' (may be NULL) and returns 'code'. */
dp_status dp__error_set(dp_error *err, dp_status code, uint32_t line,
                        uint32_t col, const char *fmt, ...) DP__PRINTF(5, 6);

/* ---- arena.c: bump allocator freed all at once ------------------------- */
typedef struct dp__arena_chunk dp__arena_chunk;
typedef struct dp__arena {
    dp__arena_chunk *head;
    size_t used;  /* bytes handed out, for the cap */
    size_t cap;   /* refuse allocations beyond this many bytes */
    bool failed;  /* an allocation found no memory: the work is void */
} dp__arena;

void dp__arena_init(dp__arena *a, size_t cap);
/* 16-byte aligned, zeroed memory, or NULL when out of memory or over cap. */
void *dp__arena_alloc(dp__arena *a, size_t n);
/* The same, not cleared: for memory the caller fills at once. */
void *dp__arena_alloc_raw(dp__arena *a, size_t n);
/* Copies 'n' bytes and appends a NUL. */
char *dp__arena_strndup(dp__arena *a, const char *s, size_t n);
void dp__arena_release(dp__arena *a);

/* ---- buf.c: growable byte buffer with a cap ----------------------------- */
typedef struct dp__buf {
    char *data; /* NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
    size_t max; /* refuse to grow beyond this many bytes */
    bool failed; /* a growth found no memory (kept across resets) */
} dp__buf;

void dp__buf_init(dp__buf *b, size_t max);
/* Makes room for 'extra' more bytes (DP_E_LIMIT beyond the cap). */
dp_status dp__buf_reserve(dp__buf *b, size_t extra);
/* dp__buf_append() when the room must be made first. */
dp_status dp__buf_append_grow(dp__buf *b, const void *s, size_t n);
/* Appends s[0..n); inline when the room is there already. */
static inline dp_status dp__buf_append(dp__buf *b, const void *s, size_t n)
{
    if (b->data && b->len <= b->max && n <= b->max - b->len && n < b->cap - b->len) {
        if (n)
            memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
        return DP_OK;
    }
    return dp__buf_append_grow(b, s, n);
}
static inline dp_status dp__buf_putc(dp__buf *b, char c) { return dp__buf_append(b, &c, 1); }
dp_status dp__buf_puts(dp__buf *b, const char *s);
dp_status dp__buf_printf(dp__buf *b, const char *fmt, ...) DP__PRINTF(2, 3);
dp_status dp__buf_vprintf(dp__buf *b, const char *fmt, va_list ap);
void dp__buf_reset(dp__buf *b);
void dp__buf_release(dp__buf *b);
/* A sink that appends to a dp__buf passed as ctx. */
int dp__buf_sink_write(void *ctx, const void *data, size_t len);

/* A buffered writer to a sink, flushed every 64 KiB: the first failure
 * sticks and later calls do nothing. 'max' caps what one call may put. */
typedef struct dp__out {
    const dp_sink *sink;
    dp__buf buf;
    dp_status status;
} dp__out;
void dp__out_init(dp__out *o, const dp_sink *sink, size_t max);
void dp__out_put(dp__out *o, const char *s, size_t n);
void dp__out_puts(dp__out *o, const char *s);
void dp__out_printf(dp__out *o, const char *fmt, ...) DP__PRINTF(2, 3);
/* Flushes, releases the buffer and returns the first failure. */
dp_status dp__out_close(dp__out *o);

/* ---- utf8.c ------------------------------------------------------------- */
#define DP__REPLACEMENT 0xFFFDu
/* Decodes one code point at s[0..n). Sets '*cp' and returns its length
 * (1..4); on an invalid sequence sets '*cp' to -1 and returns 1. n > 0. */
size_t dp__utf8_decode(const char *s, size_t n, int32_t *cp);
/* Encodes 'cp' into out[4]; returns its length (1..4). */
size_t dp__utf8_encode(int32_t cp, char *out);
bool dp__uc_is_upper(int32_t cp);
bool dp__uc_is_lower(int32_t cp);
bool dp__uc_is_letter(int32_t cp);
bool dp__uc_is_digit(int32_t cp);
bool dp__uc_is_alnum(int32_t cp);
/* Whitespace including U+00A0, U+202F and other Zs, tab, CR, LF. */
bool dp__uc_is_space(int32_t cp);
int32_t dp__uc_toupper(int32_t cp);
int32_t dp__uc_tolower(int32_t cp);
/* Lower-cases s[0..n) into 'out' (Unicode simple case mapping). */
dp_status dp__utf8_lower(const char *s, size_t n, dp__buf *out);
/* True when s[0..n) holds at least one letter and no lower-case letter. */
bool dp__utf8_is_upper_text(const char *s, size_t n);
/* Upper-cases s[0..n) into 'out' (Unicode simple case mapping). */
dp_status dp__utf8_upper(const char *s, size_t n, dp__buf *out);

/* A folded view of a text for matching: lower-cased, accents removed,
 * typographic apostrophes and dashes mapped to ASCII, NBSP to space.
 * map[i] is the source offset of folded byte i; map[len] = source length. */
typedef struct dp__fold {
    char *text;
    uint32_t *map;
    size_t len;
} dp__fold;
dp_status dp__fold_make(dp__arena *a, const char *s, size_t n, dp__fold *out);

/* ---- text.c: small string helpers -------------------------------------- */
/* A string literal with its length, for word lists. */
typedef struct dp__lit {
    const char *s;
    size_t n;
} dp__lit;
#define DP__LIT(x) {x, sizeof(x) - 1}
/* True when s[0..n) equals one entry of 'list'. */
bool dp__lit_in(const dp__lit *list, size_t count, const char *s, size_t n);
/* True when s[0..n) ends with 'lit'. */
bool dp__ends_with(const char *s, size_t n, const dp__lit *lit);
/* The first index in s[a..b) that is not an ASCII space or tab, or b.
 * Indented screenplay lines start with long runs of spaces: they are
 * skipped 8 at a time. */
static inline size_t dp__skip_blanks(const char *s, size_t a, size_t b)
{
    const uint64_t spaces = 0x2020202020202020ull;
    while (a + 8 <= b) {
        uint64_t x;
        memcpy(&x, s + a, 8);
        if (x != spaces) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            a += (size_t)(__builtin_ctzll(x ^ spaces) >> 3); /* the first other byte */
#endif
            break;
        }
        a += 8;
    }
    while (a < b && (s[a] == ' ' || s[a] == '\t'))
        a++;
    return a;
}
/* dp__trim() once ASCII blanks are gone: other Unicode white space. */
void dp__trim_unicode(const char *s, size_t *start, size_t *end);
/* Trims Unicode whitespace (incl. NBSP) from both ends of s[*start..*end).
 * Inline: ASCII ends, the usual case, need no decoding. */
static inline void dp__trim(const char *s, size_t *start, size_t *end)
{
    size_t a = dp__skip_blanks(s, *start, *end), b = *end;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    *start = a;
    *end = b;
    if (a != b && !((unsigned char)s[a] > 0x20 && (unsigned char)s[a] < 0x80 &&
                    (unsigned char)s[b - 1] > 0x20 && (unsigned char)s[b - 1] < 0x80))
        dp__trim_unicode(s, start, end);
}
/* Does s[0..n) hold a character of emphasis markup ('*', '_', '\\')? */
bool dp__has_markup(const char *s, size_t n);
/* Eight bytes at a time: the bytes of x in 'lo'..'hi' (ASCII, hi < 0x7F),
 * as the high bit of each byte. Bytes above 0x7F are never in range. */
static inline uint64_t dp__bytes_in_range(uint64_t x, unsigned char lo, unsigned char hi)
{
    const uint64_t ones = 0x0101010101010101ull, highs = ones * 0x80;
    uint64_t high = x & highs;
    x &= ~((high >> 7) * 0xFF); /* bytes above 0x7F become 0: out of range */
    /* for b < 0x80, b + (0x80 - lo) has its high bit set iff b >= lo, with
     * no carry into the next byte */
    return (x + ones * (0x80u - lo)) & ~(x + ones * (0x7Fu - hi)) & highs;
}

/* The first index >= i of s[0..n) whose byte is not printable ASCII
 * (0x20..0x7E). Eight bytes at a time: in the word where the run ends,
 * the lowest flagged byte is exact (borrows and carries only go upwards),
 * so on little-endian machines it is found at once. */
static inline size_t dp__ascii_run(const char *s, size_t i, size_t n)
{
#if defined(__SSE2__) && defined(__GNUC__)
    /* 16 at a time: as signed bytes, printable ASCII is > 0x1F and not 0x7F */
    const __m128i below = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F);
    while (i + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i ok = _mm_andnot_si128(_mm_cmpeq_epi8(x, del), _mm_cmpgt_epi8(x, below));
        unsigned bad = (unsigned)_mm_movemask_epi8(ok) ^ 0xFFFFu;
        if (bad)
            return i + (size_t)__builtin_ctz(bad);
        i += 16;
    }
#endif
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (i + 8 <= n) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        /* a byte < 0x20, or > 0x7E (its high bit, or 0x7F + 1) */
        uint64_t hit = (((x - ones * 0x20) & ~x) | (x + ones) | x) & highs;
        if (hit) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return i + (size_t)(__builtin_ctzll(hit) >> 3);
#else
            break;
#endif
        }
        i += 8;
    }
    while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F)
        i++;
    return i;
}
/* Removes Fountain emphasis markers (*, **, ***, _ pairs) and resolves
 * the escapes \* and \_, appending the result to 'out'. */
dp_status dp__strip_emphasis(const char *s, size_t n, dp__buf *out);
/* ASCII case-insensitive equality of s[0..n) and NUL-terminated 'lit'. */
bool dp__ascii_ieq(const char *s, size_t n, const char *lit);

/* ---- strset.c: a set of strings, sized once --------------------------- */
typedef struct dp__strset {
    const char **slots;
    size_t cap;
} dp__strset;
/* Room for 'max_items' strings; adding more is not allowed. */
dp_status dp__strset_init(dp__strset *set, size_t max_items);
bool dp__strset_has(const dp__strset *set, const char *s);
/* Adds 's' (not copied) unless present. */
void dp__strset_add(dp__strset *set, const char *s);
void dp__strset_release(dp__strset *set);

/* ---- json.c: JSON writing to a sink ------------------------------------ */
typedef struct dp__json {
    const dp_sink *sink;
    dp__buf buf;      /* pending output, flushed in blocks */
    dp_status status; /* first failure; later calls do nothing */
    int depth;
    bool need_comma[64];
    bool is_inline[64];
    bool after_key;
} dp__json;

void dp__json_init(dp__json *j, const dp_sink *sink);
void dp__json_begin_object(dp__json *j);
/* An object written on one line: for small records of scalars. */
void dp__json_begin_object_inline(dp__json *j);
void dp__json_end_object(dp__json *j);
void dp__json_begin_array(dp__json *j);
/* An array written on one line: for short lists of scalars. */
void dp__json_begin_array_inline(dp__json *j);
void dp__json_end_array(dp__json *j);
void dp__json_key(dp__json *j, const char *key);
void dp__json_string(dp__json *j, const char *s);
void dp__json_string_n(dp__json *j, const char *s, size_t n);
void dp__json_int(dp__json *j, long long v);
void dp__json_bool(dp__json *j, bool v);
void dp__json_null(dp__json *j);
/* A number with 'decimals' digits after the point (non-finite: 0). */
void dp__json_fixed(dp__json *j, double v, int decimals);
/* Flushes, releases the buffer and returns the first failure. */
dp_status dp__json_finish(dp__json *j);

#endif /* DP_INTERNAL_H */
