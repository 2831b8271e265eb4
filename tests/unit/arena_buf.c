/* Unit tests: src/arena.c, src/buf.c, src/alloc.c, src/error.c. */
#include "../harness.h"
#include "internal.h"

static void arena_alloc_aligned_zeroed(void)
{
    dp__arena a;
    dp__arena_init(&a, 1 << 20);
    for (int i = 1; i < 200; i++) {
        unsigned char *p = dp__arena_alloc(&a, (size_t)i * 37);
        CHECK(p != NULL);
        CHECK(((uintptr_t)p & 15) == 0);
        for (int k = 0; k < i * 37; k++)
            if (p[k] != 0) {
                CHECK(p[k] == 0);
                break;
            }
        memset(p, 0xAB, (size_t)i * 37);
    }
    char *s = dp__arena_strndup(&a, "hello world", 5);
    CHECK_STR(s, "hello");
    dp__arena_release(&a);
    CHECK(a.head == NULL);
}

static void arena_cap_refuses(void)
{
    dp__arena a;
    dp__arena_init(&a, 1000);
    CHECK(dp__arena_alloc(&a, 600) != NULL);
    CHECK(dp__arena_alloc(&a, 600) == NULL);
    CHECK(dp__arena_alloc(&a, SIZE_MAX) == NULL);
    CHECK(dp__arena_alloc(&a, 100) != NULL);
    dp__arena_release(&a);
}

static void arena_big_allocation(void)
{
    dp__arena a;
    dp__arena_init(&a, (size_t)1 << 26);
    char *p = dp__arena_alloc(&a, (size_t)1 << 22);
    CHECK(p != NULL);
    p[((size_t)1 << 22) - 1] = 'x';
    CHECK(dp__arena_alloc(&a, 16) != NULL);
    dp__arena_release(&a);
}

static void buf_append_and_cap(void)
{
    dp__buf b;
    dp__buf_init(&b, 10);
    CHECK_INT(dp__buf_puts(&b, "abc"), DP_OK);
    CHECK_INT(dp__buf_printf(&b, "%d", 1234), DP_OK);
    CHECK_STR(b.data, "abc1234");
    CHECK_INT(dp__buf_append(&b, "xyzw", 4), DP_E_LIMIT);
    CHECK_STR(b.data, "abc1234"); /* unchanged after a refusal */
    CHECK_INT(dp__buf_append(&b, "xyz", 3), DP_OK);
    CHECK_INT(b.len, 10);
    dp__buf_reset(&b);
    CHECK_INT(b.len, 0);
    CHECK_STR(b.data, "");
    dp__buf_release(&b);
    CHECK(b.data == NULL);
}

static void buf_printf_long(void)
{
    dp__buf b;
    dp__buf_init(&b, 1 << 16);
    char big[1000];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK_INT(dp__buf_printf(&b, "<%s>", big), DP_OK);
    CHECK_INT(b.len, 1001);
    CHECK(b.data[0] == '<' && b.data[1000] == '>');
    dp__buf_release(&b);
}

static void status_names_and_errors(void)
{
    CHECK_STR(dp_status_name(DP_E_BINARY), "DP_E_BINARY");
    CHECK_STR(dp_strerror(DP_OK), "success");
    CHECK_STR(dp_strerror((dp_status)-999), "unknown error");
    dp_error e;
    CHECK_INT(dp__error_set(&e, DP_E_LIMIT, 3, 4, "too many %s", "things"), DP_E_LIMIT);
    CHECK_INT(e.line, 3);
    CHECK_INT(e.col, 4);
    CHECK_STR(e.msg, "too many things");
    CHECK_INT(dp__error_set(NULL, DP_E_IO, 0, 0, NULL), DP_E_IO);
    dp_free(NULL);
}

void dpt_suite_arena_buf(void)
{
    dpt_run("arena: aligned, zeroed", arena_alloc_aligned_zeroed);
    dpt_run("arena: cap refuses", arena_cap_refuses);
    dpt_run("arena: big allocation", arena_big_allocation);
    dpt_run("buf: append and cap", buf_append_and_cap);
    dpt_run("buf: long printf", buf_printf_long);
    dpt_run("error: names and messages", status_names_and_errors);
}
