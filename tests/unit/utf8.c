/* Unit tests: src/utf8.c. */
#include "../harness.h"
#include "internal.h"

static void decode_valid_and_invalid(void)
{
    int32_t cp;
    CHECK_INT(dp__utf8_decode("A", 1, &cp), 1);
    CHECK_INT(cp, 'A');
    CHECK_INT(dp__utf8_decode("\xC3\xA9", 2, &cp), 2);
    CHECK_INT(cp, 0xE9);
    CHECK_INT(dp__utf8_decode("\xE2\x80\x99", 3, &cp), 3);
    CHECK_INT(cp, 0x2019);
    CHECK_INT(dp__utf8_decode("\xF0\x9F\x98\x86", 4, &cp), 4);
    CHECK_INT(cp, 0x1F606);
    /* invalid: lone continuation, overlong, truncated, surrogate, > U+10FFFF */
    CHECK_INT(dp__utf8_decode("\x80", 1, &cp), 1);
    CHECK_INT(cp, -1);
    CHECK_INT(dp__utf8_decode("\xC0\xAF", 2, &cp), 1);
    CHECK_INT(cp, -1);
    CHECK_INT(dp__utf8_decode("\xE2\x80", 2, &cp), 1);
    CHECK_INT(cp, -1);
    CHECK_INT(dp__utf8_decode("\xED\xA0\x80", 3, &cp), 1);
    CHECK_INT(cp, -1);
    CHECK_INT(dp__utf8_decode("\xF4\x90\x80\x80", 4, &cp), 1);
    CHECK_INT(cp, -1);
}

static void encode_round_trip(void)
{
    int32_t cps[] = {0x41, 0xE9, 0x152, 0x2019, 0xFFFD, 0x1F606};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        char buf[4];
        size_t n = dp__utf8_encode(cps[i], buf);
        int32_t back;
        CHECK_INT(dp__utf8_decode(buf, n, &back), n);
        CHECK_INT(back, cps[i]);
    }
    char buf[4];
    CHECK_INT(dp__utf8_encode(0xD800, buf), 3); /* surrogate -> U+FFFD */
    CHECK(memcmp(buf, "\xEF\xBF\xBD", 3) == 0);
}

static void case_and_classes(void)
{
    CHECK(dp__uc_is_upper(0xC9));  /* É */
    CHECK(dp__uc_is_lower(0xE9));  /* é */
    CHECK(dp__uc_is_upper(0x152)); /* Œ */
    CHECK(dp__uc_is_letter(0x416)); /* Ж */
    CHECK(!dp__uc_is_letter('3'));
    CHECK(dp__uc_is_digit('3'));
    CHECK(dp__uc_is_space(0xA0));
    CHECK(dp__uc_is_space(0x202F));
    CHECK(!dp__uc_is_space('x'));
    CHECK_INT(dp__uc_toupper(0xE8), 0xC8);
    CHECK_INT(dp__uc_toupper(-1), -1);
    CHECK(dp__utf8_is_upper_text("HÉLÈNE", strlen("HÉLÈNE")));
    CHECK(!dp__utf8_is_upper_text("HÉLèNE", strlen("HÉLèNE")));
    CHECK(dp__utf8_is_upper_text("R2D2 (V.O.)", 11));
    CHECK(!dp__utf8_is_upper_text("23 !", 4)); /* no letter */
}

static void upper_and_fold(void)
{
    dp__buf b;
    dp__buf_init(&b, 100);
    CHECK_INT(dp__utf8_upper("mme lebrun’s café", strlen("mme lebrun’s café"), &b), DP_OK);
    CHECK_STR(b.data, "MME LEBRUN’S CAFÉ");
    dp__buf_release(&b);

    dp__arena a;
    dp__arena_init(&a, 1 << 20);
    dp__fold f;
    const char *s = "CRÉPUSCULE – Cœur’s\xC2\xA0!";
    CHECK_INT(dp__fold_make(&a, s, strlen(s), &f), DP_OK);
    CHECK_STR(f.text, "crepuscule - coeur's !");
    /* the map points back into the source: 'e' of "CRÉ" comes from 'É' */
    CHECK_INT(f.map[2], 2);
    CHECK_INT(f.map[3], 4);
    CHECK_INT(f.map[f.len], strlen(s));
    dp__arena_release(&a);
}

void dpt_suite_utf8(void)
{
    dpt_run("utf8: decode valid and invalid", decode_valid_and_invalid);
    dpt_run("utf8: encode round trip", encode_round_trip);
    dpt_run("utf8: case and classes", case_and_classes);
    dpt_run("utf8: upper and fold", upper_and_fold);
}
