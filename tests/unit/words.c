/* Unit tests: src/words.c (tokens and lemmas). */
#include "../harness.h"

#include <stdio.h>
#include "words.h"

static const char *lemma(dp__lang lang, const char *w)
{
    static char out[128];
    dp__arena a;
    dp__arena_init(&a, 1 << 20);
    uint32_t n = 0;
    char *l = dp__lemma(&a, dp__lexicon(lang), lang, w, strlen(w), &n);
    snprintf(out, sizeof out, "%.*s", l ? (int)n : 0, l ? l : "");
    dp__arena_release(&a);
    return out;
}

static void lemmas(void)
{
    CHECK_STR(lemma(DP__LANG_EN, "beers"), "beer");
    CHECK_STR(lemma(DP__LANG_EN, "boxes"), "box");
    CHECK_STR(lemma(DP__LANG_EN, "knives"), "knife");
    CHECK_STR(lemma(DP__LANG_EN, "women"), "woman");
    CHECK_STR(lemma(DP__LANG_EN, "glass"), "glass");
    CHECK_STR(lemma(DP__LANG_EN, "bus"), "bus");
    CHECK_STR(lemma(DP__LANG_FR, "robes"), "robe");
    CHECK_STR(lemma(DP__LANG_FR, "chevaux"), "cheval");
    CHECK_STR(lemma(DP__LANG_FR, "couteaux"), "couteau");
    CHECK_STR(lemma(DP__LANG_FR, "yeux"), "œil");
    CHECK_STR(lemma(DP__LANG_FR, "bras"), "bras");
}

static void tokens(void)
{
    dp__arena a;
    dp__arena_init(&a, 1 << 20);
    dp__toks T = {NULL, 0, 0};
    const char *s = "L'homme prend l'OPINEL. Steel's gun.";
    CHECK_INT(dp__tokenize(&a, dp__lexicon(DP__LANG_FR), DP__LANG_FR, s, strlen(s), &T), DP_OK);
    /* l' homme prend l' OPINEL . Steel's gun . */
    CHECK(T.n >= 8);
    CHECK(T.t[0].elision);
    CHECK_STR(T.t[0].low, "l'");
    CHECK_STR(T.t[1].low, "homme");
    CHECK(T.t[0].sent_start);
    CHECK_INT(T.t[4].shape, DP__SH_CAPS);
    CHECK_STR(T.t[4].low, "opinel");
    CHECK(!T.t[5].word);
    T.n = 0;
    s = "Steel's gun, ROBERT VASSEUR.";
    CHECK_INT(dp__tokenize(&a, dp__lexicon(DP__LANG_EN), DP__LANG_EN, s, strlen(s), &T), DP_OK);
    CHECK_STR(T.t[0].low, "steel");
    CHECK_INT(T.t[0].shape, DP__SH_TITLE);
    CHECK(!T.t[1].word); /* 's */
    CHECK_STR(T.t[1].low, ""); /* punctuation has empty forms, never NULL */
    CHECK_STR(T.t[1].lemma, "");
    CHECK_STR(T.t[3].low, ""); /* , */
    CHECK_STR(T.t[2].low, "gun");
    CHECK_INT(T.t[4].shape, DP__SH_CAPS);
    dp__free(T.t);
    dp__arena_release(&a);
}

void dpt_suite_words(void)
{
    dpt_run("words: plurals to lemmas, English and French", lemmas);
    dpt_run("words: tokens, elisions, possessives, shapes; punctuation has empty forms", tokens);
}
