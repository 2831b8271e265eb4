/* Times of day ("effets"), English and French, matched on folded text
 * (lower case, no accents; see dp__fold_make). */
#include "heading.h"

#include <string.h>

typedef struct time_phrase {
    const char *text; /* folded */
    size_t len;
    dp_time time;
    bool day_for_night;
} time_phrase;

static const time_phrase phrases[] = {
    {"day", sizeof("day") - 1, DP_TIME_DAY, false},
    {"daytime", sizeof("daytime") - 1, DP_TIME_DAY, false},
    {"noon", sizeof("noon") - 1, DP_TIME_DAY, false},
    {"midday", sizeof("midday") - 1, DP_TIME_DAY, false},
    {"jour", sizeof("jour") - 1, DP_TIME_DAY, false},
    {"journee", sizeof("journee") - 1, DP_TIME_DAY, false},
    {"midi", sizeof("midi") - 1, DP_TIME_DAY, false},
    {"plein jour", sizeof("plein jour") - 1, DP_TIME_DAY, false},
    {"lendemain", sizeof("lendemain") - 1, DP_TIME_DAY, false},
    {"night", sizeof("night") - 1, DP_TIME_NIGHT, false},
    {"nighttime", sizeof("nighttime") - 1, DP_TIME_NIGHT, false},
    {"midnight", sizeof("midnight") - 1, DP_TIME_NIGHT, false},
    {"nuit", sizeof("nuit") - 1, DP_TIME_NIGHT, false},
    {"minuit", sizeof("minuit") - 1, DP_TIME_NIGHT, false},
    {"nuit americaine", sizeof("nuit americaine") - 1, DP_TIME_NIGHT, true},
    {"day for night", sizeof("day for night") - 1, DP_TIME_NIGHT, true},
    {"dawn", sizeof("dawn") - 1, DP_TIME_DAWN, false},
    {"sunrise", sizeof("sunrise") - 1, DP_TIME_DAWN, false},
    {"daybreak", sizeof("daybreak") - 1, DP_TIME_DAWN, false},
    {"first light", sizeof("first light") - 1, DP_TIME_DAWN, false},
    {"aube", sizeof("aube") - 1, DP_TIME_DAWN, false},
    {"aurore", sizeof("aurore") - 1, DP_TIME_DAWN, false},
    {"petit jour", sizeof("petit jour") - 1, DP_TIME_DAWN, false},
    {"lever du jour", sizeof("lever du jour") - 1, DP_TIME_DAWN, false},
    {"lever du soleil", sizeof("lever du soleil") - 1, DP_TIME_DAWN, false},
    {"point du jour", sizeof("point du jour") - 1, DP_TIME_DAWN, false},
    {"dusk", sizeof("dusk") - 1, DP_TIME_DUSK, false},
    {"sunset", sizeof("sunset") - 1, DP_TIME_DUSK, false},
    {"twilight", sizeof("twilight") - 1, DP_TIME_DUSK, false},
    {"magic hour", sizeof("magic hour") - 1, DP_TIME_DUSK, false},
    {"golden hour", sizeof("golden hour") - 1, DP_TIME_DUSK, false},
    {"crepuscule", sizeof("crepuscule") - 1, DP_TIME_DUSK, false},
    {"coucher du soleil", sizeof("coucher du soleil") - 1, DP_TIME_DUSK, false},
    {"coucher de soleil", sizeof("coucher de soleil") - 1, DP_TIME_DUSK, false},
    {"fin de journee", sizeof("fin de journee") - 1, DP_TIME_DUSK, false},
    {"fin de jour", sizeof("fin de jour") - 1, DP_TIME_DUSK, false},
    {"entre chien et loup", sizeof("entre chien et loup") - 1, DP_TIME_DUSK, false},
    {"tombee du jour", sizeof("tombee du jour") - 1, DP_TIME_DUSK, false},
    {"tombee de la nuit", sizeof("tombee de la nuit") - 1, DP_TIME_DUSK, false},
    {"heure bleue", sizeof("heure bleue") - 1, DP_TIME_DUSK, false},
    {"morning", sizeof("morning") - 1, DP_TIME_MORNING, false},
    {"matin", sizeof("matin") - 1, DP_TIME_MORNING, false},
    {"matinee", sizeof("matinee") - 1, DP_TIME_MORNING, false},
    {"petit matin", sizeof("petit matin") - 1, DP_TIME_MORNING, false},
    {"afternoon", sizeof("afternoon") - 1, DP_TIME_AFTERNOON, false},
    {"apres-midi", sizeof("apres-midi") - 1, DP_TIME_AFTERNOON, false},
    {"apres midi", sizeof("apres midi") - 1, DP_TIME_AFTERNOON, false},
    {"evening", sizeof("evening") - 1, DP_TIME_EVENING, false},
    {"soir", sizeof("soir") - 1, DP_TIME_EVENING, false},
    {"soiree", sizeof("soiree") - 1, DP_TIME_EVENING, false},
    {"continuous", sizeof("continuous") - 1, DP_TIME_CONTINUOUS, false},
    {"continuous action", sizeof("continuous action") - 1, DP_TIME_CONTINUOUS, false},
    {"continued", sizeof("continued") - 1, DP_TIME_CONTINUOUS, false},
    {"cont'd", sizeof("cont'd") - 1, DP_TIME_CONTINUOUS, false},
    {"cont", sizeof("cont") - 1, DP_TIME_CONTINUOUS, false},
    {"continu", sizeof("continu") - 1, DP_TIME_CONTINUOUS, false},
    {"continue", sizeof("continue") - 1, DP_TIME_CONTINUOUS, false},
    {"en continu", sizeof("en continu") - 1, DP_TIME_CONTINUOUS, false},
    {"suite", sizeof("suite") - 1, DP_TIME_CONTINUOUS, false},
    {"later", sizeof("later") - 1, DP_TIME_LATER, false},
    {"shortly after", sizeof("shortly after") - 1, DP_TIME_LATER, false},
    {"plus tard", sizeof("plus tard") - 1, DP_TIME_LATER, false},
    {"peu apres", sizeof("peu apres") - 1, DP_TIME_LATER, false},
    {"same", sizeof("same") - 1, DP_TIME_SAME, false},
    {"same time", sizeof("same time") - 1, DP_TIME_SAME, false},
    {"same moment", sizeof("same moment") - 1, DP_TIME_SAME, false},
    {"simultaneous", sizeof("simultaneous") - 1, DP_TIME_SAME, false},
    {"meme moment", sizeof("meme moment") - 1, DP_TIME_SAME, false},
    {"meme instant", sizeof("meme instant") - 1, DP_TIME_SAME, false},
    {"meme heure", sizeof("meme heure") - 1, DP_TIME_SAME, false},
    {"simultanement", sizeof("simultanement") - 1, DP_TIME_SAME, false},
    /* Russian, seen in the corpus */
    {"день", sizeof("день") - 1, DP_TIME_DAY, false},
    {"ночь", sizeof("ночь") - 1, DP_TIME_NIGHT, false},
    {"утро", sizeof("утро") - 1, DP_TIME_MORNING, false},
    {"вечер", sizeof("вечер") - 1, DP_TIME_EVENING, false},
};

/* Words before "day" that make it a period, not a time of day. */
static const dp__lit not_a_time[] = {DP__LIT("present day"), DP__LIT("modern day"),
                                         DP__LIT("present-day"), DP__LIT("modern-day")};

static bool is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           (unsigned char)c >= 0x80 || c == '\'';
}

/* Strips what may trail a time in a heading: spaces, punctuation, a
 * parenthetical or bracketed note, a story-day number ("JOUR 2"). */
static size_t clean_end(const char *f, size_t a, size_t b)
{
    for (;;) {
        size_t old = b;
        while (b > a && (f[b - 1] == ' ' || f[b - 1] == '.' || f[b - 1] == ',' ||
                         f[b - 1] == ';' || f[b - 1] == ':' || f[b - 1] == '!'))
            b--;
        if (b > a && (f[b - 1] == ')' || f[b - 1] == ']')) {
            char open = f[b - 1] == ')' ? '(' : '[';
            size_t k = b - 1;
            while (k > a && f[k] != open)
                k--;
            if (f[k] == open && k > a)
                b = k;
        }
        size_t d = b;
        while (d > a && f[d - 1] >= '0' && f[d - 1] <= '9')
            d--;
        if (d < b && d > a && f[d - 1] == ' ')
            b = d;
        if (b == old)
            return b;
    }
}

bool dp__time_match(const char *f, size_t a, size_t b, bool exact,
                    dp__time_hit *m)
{
    size_t e = clean_end(f, a, b);
    const time_phrase *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < DP__COUNT(phrases); i++) {
        size_t len = phrases[i].len;
        if (len > e - a || len <= best_len)
            continue;
        size_t s = e - len;
        if (f[e - 1] != phrases[i].text[len - 1] || memcmp(f + s, phrases[i].text, len) != 0)
            continue;
        if (s > a && is_word_char(f[s - 1]))
            continue;
        if (exact && s != a)
            continue;
        best = &phrases[i];
        best_len = len;
    }
    if (!best)
        return false;
    size_t s = e - best_len;
    for (size_t i = 0; i < DP__COUNT(not_a_time); i++) {
        size_t len = not_a_time[i].n;
        if (len <= e - a && dp__ends_with(f + a, e - a, &not_a_time[i]) &&
            (e - len == a || !is_word_char(f[e - len - 1])))
            return false;
    }
    /* the words before the phrase: at most three ("LATER THAT NIGHT") */
    size_t words = 0;
    bool in_word = false;
    for (size_t k = a; k < s; k++) {
        bool w = f[k] != ' ' && f[k] != '-';
        if (w && !in_word)
            words++;
        in_word = w;
    }
    if (words > 3)
        return false;
    m->time = best->time;
    m->day_for_night = best->day_for_night;
    m->start = s;
    m->end = e;
    m->words_before = words;
    return true;
}
