/* Story days (la chronologie): day 1 at the first scene; a new day when
 * the script says so (THE NEXT MORNING, LE LENDEMAIN, THREE DAYS LATER,
 * TROIS JOURS PLUS TARD: days are counted up to a month; a jump of months
 * or years is one new day, its words in the reason) or when the time of
 * day runs from evening or night back to morning or day; LATER THAT NIGHT,
 * CONTINUOUS, SAME keep the day. LE SURLENDEMAIN after LE LENDEMAIN is the
 * day after it (both counted from the same day). A flashback is off the
 * count: it keeps the day of the scene before it and is flagged. Each
 * decision keeps its reason. */

#define MAX_DAY_JUMP 31
#include "breakdown.h"
#include "heading.h"

#include <stdio.h>
#include <string.h>

/* How a phrase moves the story: days to add, or 0 for "the same day". */
typedef struct day_cue {
    const char *text; /* folded */
    int32_t days;     /* -1: a count word before it gives the days */
    int32_t unit;     /* days per unit for counted cues */
} day_cue;

static const day_cue cues[] = {
    {"the next day", 1, 0},          {"next day", 1, 0},
    {"the next morning", 1, 0},      {"next morning", 1, 0},
    {"the following day", 1, 0},     {"the following morning", 1, 0},
    {"following morning", 1, 0},    {"the next evening", 1, 0},
    {"the next night", 1, 0},        {"the day after", 1, 0},
    {"the following night", 1, 0},   {"the following evening", 1, 0},
    {"days later", -1, 1},           {"a week later", 7, 0},
    {"weeks later", -1, 7},          {"a month later", 30, 0},
    {"months later", -1, 30},        {"a year later", 365, 0},
    {"years later", -1, 365},        {"le lendemain", 1, 0},
    {"lendemain matin", 1, 0},       {"lendemain soir", 1, 0},
    {"le jour suivant", 1, 0},       {"le surlendemain", 2, 0},
    {"jours plus tard", -1, 1},      {"une semaine plus tard", 7, 0},
    {"semaines plus tard", -1, 7},   {"un mois plus tard", 30, 0},
    {"mois plus tard", -1, 30},      {"un an plus tard", 365, 0},
    {"ans plus tard", -1, 365},      {"annees plus tard", -1, 365},
    {"later that day", 0, 0},        {"later that night", 0, 0},
    {"later that evening", 0, 0},    {"that night", 0, 0},
    {"that evening", 0, 0},          {"same day", 0, 0},
    {"le soir meme", 0, 0},          {"plus tard dans la soiree", 0, 0},
    {"plus tard dans la nuit", 0, 0}, {"plus tard dans la journee", 0, 0},
    {"le meme jour", 0, 0},
};

static const struct {
    const char *word;
    int32_t value;
} counts[] = {
    {"two", 2},    {"three", 3},  {"four", 4},   {"five", 5},      {"six", 6},
    {"seven", 7},  {"eight", 8},  {"nine", 9},   {"ten", 10},      {"twelve", 12},
    {"fifteen", 15}, {"twenty", 20}, {"few", 3}, {"several", 3},   {"deux", 2},
    {"trois", 3},  {"quatre", 4}, {"cinq", 5},   {"six", 6},       {"sept", 7},
    {"huit", 8},   {"neuf", 9},   {"dix", 10},   {"douze", 12},    {"quinze", 15},
    {"vingt", 20}, {"quelques", 3}, {"plusieurs", 3},
};

/* The number word (or digits) that ends folded f[0..end). */
static int32_t count_before(const char *f, size_t end)
{
    while (end > 0 && f[end - 1] == ' ')
        end--;
    size_t a = end;
    while (a > 0 && f[a - 1] != ' ')
        a--;
    if (a == end)
        return 0;
    int32_t v = 0;
    bool digits = true;
    for (size_t i = a; i < end; i++) {
        if (f[i] < '0' || f[i] > '9')
            digits = false;
        else if (v < 100000)
            v = v * 10 + (f[i] - '0');
    }
    if (digits)
        return v;
    for (size_t i = 0; i < DP__COUNT(counts); i++)
        if (strlen(counts[i].word) == end - a && !memcmp(counts[i].word, f + a, end - a))
            return counts[i].value;
    return 0;
}

/* Finds a day cue in text s[0..n); sets '*days' (0 = same day) and the
 * phrase as written (bytes [*a, *b) of s). */
static bool find_cue(dp__arena *ar, const char *s, size_t n, int32_t *days, size_t *a,
                     size_t *b, bool *surl)
{
    dp__fold f;
    if (dp__fold_make(ar, s, n, &f) != DP_OK)
        return false;
    for (size_t i = 0; i < DP__COUNT(cues); i++) {
        const char *hit = strstr(f.text, cues[i].text);
        if (!hit)
            continue;
        size_t at = (size_t)(hit - f.text), len = strlen(cues[i].text);
        if ((at > 0 && f.text[at - 1] != ' ' && f.text[at - 1] != '-' && f.text[at - 1] != ',') ||
            (f.text[at + len] >= 'a' && f.text[at + len] <= 'z'))
            continue;
        int32_t d = cues[i].days;
        size_t start = at;
        if (d < 0) {
            int32_t k = count_before(f.text, at);
            if (k <= 0)
                continue;
            d = k * cues[i].unit;
            while (start > 0 && f.text[start - 1] == ' ')
                start--;
            while (start > 0 && f.text[start - 1] != ' ')
                start--;
        }
        *days = d;
        *surl = strcmp(cues[i].text, "le surlendemain") == 0;
        *a = f.map[start];
        *b = f.map[at + len];
        return true;
    }
    return false;
}

static int rank(dp_time t)
{
    switch (t) {
    case DP_TIME_DAWN:
        return 0;
    case DP_TIME_MORNING:
        return 1;
    case DP_TIME_DAY:
        return 2;
    case DP_TIME_AFTERNOON:
        return 3;
    case DP_TIME_DUSK:
        return 4;
    case DP_TIME_EVENING:
        return 5;
    case DP_TIME_NIGHT:
        return 6;
    default:
        return -1; /* relative or unknown: carries the time before */
    }
}

static bool flashback(const dp_scene *sc)
{
    static const char *const marks[] = {"flashback", "flash-back", "flash back",
                                        "flashforward", "flash-forward", "souvenir"};
    char low[256];
    size_t n = strlen(sc->heading), k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof low; i++)
        low[k++] = (char)((sc->heading[i] >= 'A' && sc->heading[i] <= 'Z') ? sc->heading[i] + 32
                                                                           : sc->heading[i]);
    low[k] = '\0';
    for (size_t i = 0; i < DP__COUNT(marks); i++)
        if (strstr(low, marks[i]))
            return true;
    return false;
}

static const char *reason(dp_breakdown *bd, const char *fmt, const char *a, size_t alen,
                          const char *b)
{
    char tmp[256];
    int k = snprintf(tmp, sizeof tmp, fmt, (int)alen, a, b);
    if (k < 0)
        k = 0;
    if ((size_t)k >= sizeof tmp)
        k = sizeof tmp - 1;
    return dp__arena_strndup(&bd->arena, tmp, (size_t)k);
}

/* The day cue of scene s: in its heading, or in the first lines printed
 * before its first cue (an action line "THE NEXT MORNING.", a centred
 * ">LE LENDEMAIN<", a transition), or just before the heading. */
static bool scene_cue(dp_breakdown *bd, size_t s, int32_t *days, const char **why, bool *surl)
{
    const dp_doc *doc = bd->doc;
    const dp_scene *sc = &bd->scenes[s];
    size_t from = sc->first_element;
    /* elements between the previous scene's last dialogue and this heading */
    while (from > 0 && (doc->elements[from - 1].type == DP_EL_CENTERED ||
                        doc->elements[from - 1].type == DP_EL_TRANSITION ||
                        doc->elements[from - 1].type == DP_EL_PAGE_BREAK) &&
           from > (s ? bd->scenes[s - 1].first_element + 1 : 0))
        from--;
    size_t looked = 0;
    for (size_t e = from; e < sc->end_element && looked < 3; e++) {
        const dp_element *el = &doc->elements[e];
        if (el->type == DP_EL_CHARACTER)
            break;
        if (el->type != DP_EL_SCENE_HEADING && el->type != DP_EL_ACTION &&
            el->type != DP_EL_CENTERED && el->type != DP_EL_TRANSITION)
            continue;
        const char *t = el->type == DP_EL_SCENE_HEADING ? sc->heading : el->plain;
        size_t n = strlen(t);
        size_t a, b;
        if (el->type != DP_EL_SCENE_HEADING)
            looked++;
        if (find_cue(&bd->arena, t, n, days, &a, &b, surl)) {
            *why = reason(bd, "%.*s%s", t + a, b - a, "");
            return *why != NULL;
        }
    }
    return false;
}

dp_status dp__story_days(dp_breakdown *bd)
{
    uint32_t day = 1;
    int last_rank = -1;
    dp_time last_time = DP_TIME_UNSPECIFIED;
    bool after_next_day = false; /* the current day came from "the next day" */
    for (size_t s = 0; s < bd->n_scenes; s++) {
        dp_scene *sc = &bd->scenes[s];
        const char *why = NULL;
        int32_t days = 0;
        bool surl = false;
        bool cue = scene_cue(bd, s, &days, &why, &surl);
        if (flashback(sc)) {
            sc->flags |= DP_SCF_FLASHBACK;
            sc->story_day = day;
            sc->story_day_reason = "flashback: off the story's days";
            continue;
        }
        int r = rank(sc->time);
        if (s == 0) {
            why = cue ? why : "first scene";
        } else if (cue && days > 0) {
            bool next = days == 1;
            if (surl && after_next_day)
                days = 1; /* J1, LE LENDEMAIN (J2), LE SURLENDEMAIN (J3) */
            day += days > MAX_DAY_JUMP ? 1u : (uint32_t)days;
            after_next_day = next;
        } else if (cue) {
            /* "LATER THAT NIGHT": the same day, whatever the time says */
        } else if (r >= 0 && ((last_rank >= 4 && r <= 3) || (last_rank == 3 && r <= 1))) {
            /* evening or night, then morning or day: the next day */
            day++;
            why = reason(bd, "%.*s then %s", dp_time_name(last_time),
                         strlen(dp_time_name(last_time)), dp_time_name(sc->time));
        } else {
            why = "same day";
        }
        if (!why)
            return DP_E_NOMEM;
        if (r >= 0) {
            last_rank = r;
            last_time = sc->time;
        }
        sc->story_day = day;
        sc->story_day_reason = why;
    }
    return DP_OK;
}
