/* Language guess from function words: French or English. */
#include "breakdown.h"

#include <string.h>

/* Enough words to decide; a feature script has about 25,000. */
#define LANG_MAX_WORDS 4000

static const dp__lit fr_words[] = {
    DP__LIT("le"), DP__LIT("la"), DP__LIT("les"), DP__LIT("des"), DP__LIT("une"),
    DP__LIT("est"), DP__LIT("et"), DP__LIT("dans"), DP__LIT("sur"), DP__LIT("pas"),
    DP__LIT("qui"), DP__LIT("que"), DP__LIT("avec"), DP__LIT("pour"), DP__LIT("il"),
    DP__LIT("elle"), DP__LIT("du"), DP__LIT("au"), DP__LIT("aux"), DP__LIT("ce"),
    DP__LIT("cette"), DP__LIT("son"), DP__LIT("sa"), DP__LIT("ses"), DP__LIT("ne"),
    DP__LIT("se"), DP__LIT("vous"), DP__LIT("nous"), DP__LIT("je"), DP__LIT("tu"),
    DP__LIT("mais"), DP__LIT("sont"), DP__LIT("lui"), DP__LIT("leur"), DP__LIT("tout"),
    DP__LIT("sous"), DP__LIT("vers"), DP__LIT("chez"), DP__LIT("puis"),
};
static const dp__lit en_words[] = {
    DP__LIT("the"), DP__LIT("and"), DP__LIT("of"), DP__LIT("to"), DP__LIT("is"),
    DP__LIT("in"), DP__LIT("his"), DP__LIT("her"), DP__LIT("he"), DP__LIT("she"),
    DP__LIT("with"), DP__LIT("at"), DP__LIT("it"), DP__LIT("you"), DP__LIT("that"),
    DP__LIT("an"), DP__LIT("are"), DP__LIT("was"), DP__LIT("what"), DP__LIT("this"),
    DP__LIT("for"), DP__LIT("from"), DP__LIT("up"), DP__LIT("out"), DP__LIT("into"),
    DP__LIT("they"), DP__LIT("we"), DP__LIT("him"), DP__LIT("them"), DP__LIT("their"),
    DP__LIT("but"), DP__LIT("not"), DP__LIT("have"), DP__LIT("has"), DP__LIT("over"),
    DP__LIT("back"), DP__LIT("just"),
};

/* A word of at most 8 ASCII letters as an integer, for quick comparison. */
static uint64_t pack(const char *w, size_t n)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++)
        v |= (uint64_t)(unsigned char)w[i] << (8 * i);
    return v;
}

static void pack_list(const dp__lit *list, size_t count, uint64_t *out)
{
    for (size_t i = 0; i < count; i++)
        out[i] = pack(list[i].s, list[i].n);
}

static bool in_packed(const uint64_t *list, size_t count, uint64_t v)
{
    for (size_t i = 0; i < count; i++)
        if (list[i] == v)
            return true;
    return false;
}

static bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

const char *dp__detect_language(const dp_doc *doc)
{
    uint64_t fr[DP__COUNT(fr_words)], en[DP__COUNT(en_words)];
    pack_list(fr_words, DP__COUNT(fr_words), fr);
    pack_list(en_words, DP__COUNT(en_words), en);
    size_t nfr = 0, nen = 0, words = 0;
    for (size_t e = 0; e < doc->n_elements && words < LANG_MAX_WORDS; e++) {
        const dp_element *el = &doc->elements[e];
        if (el->type != DP_EL_ACTION && el->type != DP_EL_DIALOGUE)
            continue;
        const char *s = el->plain;
        while (*s && words < LANG_MAX_WORDS) {
            if (!is_ascii_letter(*s) && (unsigned char)*s < 0x80) {
                s++;
                continue;
            }
            const char *w = s;
            bool ascii = true;
            while (is_ascii_letter(*s) || (unsigned char)*s >= 0x80) {
                ascii &= (unsigned char)*s < 0x80;
                s++;
            }
            size_t n = (size_t)(s - w);
            words++;
            if (!ascii || n > 5)
                continue;
            char low[8] = {0};
            for (size_t i = 0; i < n; i++)
                low[i] = (char)(w[i] | 0x20);
            uint64_t v = pack(low, n);
            if (in_packed(fr, DP__COUNT(fr), v))
                nfr++;
            else if (in_packed(en, DP__COUNT(en), v))
                nen++;
        }
    }
    return nfr > nen ? "fr" : "en";
}
