/* Unit tests: src/heading.c and src/timeofday.c. */
#include "../harness.h"
#include "heading.h"

typedef struct expect {
    const char *text;
    const char *number; /* NULL: none */
    dp_int_ext ie;
    const char *set, *subset;
    dp_time time;
    const char *time_text;
} expect;

static void check_one(const expect *e)
{
    dp__arena a;
    dp__arena_init(&a, 1 << 20);
    dp__heading h;
    CHECK_INT(dp__heading_analyze(&a, e->text, strlen(e->text), &h), DP_OK);
    if (e->number)
        CHECK_STR(h.number, e->number);
    else if (h.number)
        dpt_fail(__FILE__, __LINE__, "%s: unexpected number %s", e->text, h.number);
    if (h.int_ext != e->ie || strcmp(h.set, e->set) || strcmp(h.subset, e->subset) ||
        h.time != e->time || strcmp(h.time_text, e->time_text))
        dpt_fail(__FILE__, __LINE__, "%s -> [%s|%s|%s|%s|%s]", e->text,
                 dp_int_ext_name(h.int_ext), h.set, h.subset, dp_time_name(h.time),
                 h.time_text);
    dp__arena_release(&a);
}

static void english_forms(void)
{
    const expect cases[] = {
        {"INT. HOUSE - DAY", NULL, DP_IE_INT, "HOUSE", "", DP_TIME_DAY, "DAY"},
        {"ext. mast farm - nIGHT", NULL, DP_IE_EXT, "MAST FARM", "", DP_TIME_NIGHT, "nIGHT"},
        {"INT HOUSE DAY", NULL, DP_IE_INT, "HOUSE", "", DP_TIME_DAY, "DAY"},
        {"INT./EXT. CAR - MOVING - NIGHT", NULL, DP_IE_INT_EXT, "CAR", "MOVING", DP_TIME_NIGHT, "NIGHT"},
        {"I/E. VAN - DAWN", NULL, DP_IE_INT_EXT, "VAN", "", DP_TIME_DAWN, "DAWN"},
        {"EXT./INT. TRUCK - DUSK", NULL, DP_IE_INT_EXT, "TRUCK", "", DP_TIME_DUSK, "DUSK"},
        {"EST. PARIS - NIGHT", NULL, DP_IE_EXT, "PARIS", "", DP_TIME_NIGHT, "NIGHT"},
        {"INT. SUTTER HOUSE - MARY'S ROOM - NIGHT", NULL, DP_IE_INT, "SUTTER HOUSE", "MARY'S ROOM", DP_TIME_NIGHT, "NIGHT"},
        {"INT. HOUSE - DAY (1979)", NULL, DP_IE_INT, "HOUSE", "", DP_TIME_DAY, "DAY (1979)"},
        {"INT. HOUSE - DAY - FLASHBACK (1944)", NULL, DP_IE_INT, "HOUSE", "", DP_TIME_DAY, "DAY - FLASHBACK (1944)"},
        {"EXT. RIVER - NIGHT - CONTINUOUS", NULL, DP_IE_EXT, "RIVER", "", DP_TIME_NIGHT, "NIGHT - CONTINUOUS"},
        {"INT. KITCHEN - CONTINUOUS", NULL, DP_IE_INT, "KITCHEN", "", DP_TIME_CONTINUOUS, "CONTINUOUS"},
        {"INT. OFFICE - MOMENTS LATER", NULL, DP_IE_INT, "OFFICE", "", DP_TIME_LATER, "MOMENTS LATER"},
        {"EXT. STREET - LATER THAT NIGHT", NULL, DP_IE_EXT, "STREET", "", DP_TIME_NIGHT, "LATER THAT NIGHT"},
        {"INT. LOBBY - SAME TIME", NULL, DP_IE_INT, "LOBBY", "", DP_TIME_SAME, "SAME TIME"},
        {"INT. BAR -- EARLY EVENING", NULL, DP_IE_INT, "BAR", "", DP_TIME_EVENING, "EARLY EVENING"},
        {"EXT. HILLSIDE, THE NEXT DAY", NULL, DP_IE_EXT, "HILLSIDE", "", DP_TIME_DAY, "THE NEXT DAY"},
        {"INT. KITCHEN - PRESENT DAY", NULL, DP_IE_INT, "KITCHEN", "", DP_TIME_UNSPECIFIED, ""},
        {"INT. WILL'S CAR - DAY / DRIVING", NULL, DP_IE_INT, "WILL'S CAR", "", DP_TIME_DAY, "DAY / DRIVING"},
        {"EXT. DAY CARE CENTER - NIGHT", NULL, DP_IE_EXT, "DAY CARE CENTER", "", DP_TIME_NIGHT, "NIGHT"},
        {"EXT. BEACH - NIGHT [FLASHBACK]", NULL, DP_IE_EXT, "BEACH", "", DP_TIME_NIGHT, "NIGHT [FLASHBACK]"},
        {"KITCHEN", NULL, DP_IE_NONE, "KITCHEN", "", DP_TIME_UNSPECIFIED, ""},
        {"LATER", NULL, DP_IE_NONE, "", "", DP_TIME_LATER, "LATER"},
        {"INT. INTERVIEW ROOM - DAY", NULL, DP_IE_INT, "INTERVIEW ROOM", "", DP_TIME_DAY, "DAY"},
        {"INT. APARTMENT 5B - NIGHT", NULL, DP_IE_INT, "APARTMENT 5B", "", DP_TIME_NIGHT, "NIGHT"},
        {"ИНТ. КВАРТИРА - НОЧЬ", NULL, DP_IE_INT, "КВАРТИРА", "", DP_TIME_NIGHT, "НОЧЬ"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_one(&cases[i]);
}

static void french_forms(void)
{
    const expect cases[] = {
        {"1. INT. CUISINE - JOUR", "1", DP_IE_INT, "CUISINE", "", DP_TIME_DAY, "JOUR"},
        {"SÉQ. 2 - EXT. RUE DE LA PAIX - NUIT", "2", DP_IE_EXT, "RUE DE LA PAIX", "", DP_TIME_NIGHT, "NUIT"},
        {"3 - CIMETIÈRE. EXT. JOUR.", "3", DP_IE_EXT, "CIMETIÈRE", "", DP_TIME_DAY, "JOUR"},
        {"4. CHAMBRE DE JULIE - INT. SOIR", "4", DP_IE_INT, "CHAMBRE DE JULIE", "", DP_TIME_EVENING, "SOIR"},
        {"INTÉRIEUR NUIT - COULOIR DE L'HÔPITAL", NULL, DP_IE_INT, "COULOIR DE L'HÔPITAL", "", DP_TIME_NIGHT, "NUIT"},
        {"6 / BAR EN SOUS-SOL, INT. SOIR", "6", DP_IE_INT, "BAR EN SOUS-SOL", "", DP_TIME_EVENING, "SOIR"},
        {"7A. EXT. JARDIN - AUBE 7A", "7A", DP_IE_EXT, "JARDIN", "", DP_TIME_DAWN, "AUBE"},
        {"1-A / DUNE ET PISTE, EXT. JOUR 1-A", "1-A", DP_IE_EXT, "DUNE ET PISTE", "", DP_TIME_DAY, "JOUR"},
        {"24 : Ext – Rue/ Immeuble Luc– Nuit", "24", DP_IE_EXT, "RUE/ IMMEUBLE LUC", "", DP_TIME_NIGHT, "Nuit"},
        {"INT. APPART : TERRASSE - CREPUSCULE", NULL, DP_IE_INT, "APPART", "TERRASSE", DP_TIME_DUSK, "CREPUSCULE"},
        {"EXT. ROUTE - NUIT AMÉRICAINE", NULL, DP_IE_EXT, "ROUTE", "", DP_TIME_NIGHT, "NUIT AMÉRICAINE"},
        {"INT. SALON - QUELQUES INSTANTS PLUS TARD", NULL, DP_IE_INT, "SALON", "", DP_TIME_LATER, "QUELQUES INSTANTS PLUS TARD"},
        {"EXT. PLAGE - FIN DE JOURNÉE", NULL, DP_IE_EXT, "PLAGE", "", DP_TIME_DUSK, "FIN DE JOURNÉE"},
        {"INT. BUREAU - APRÈS-MIDI", NULL, DP_IE_INT, "BUREAU", "", DP_TIME_AFTERNOON, "APRÈS-MIDI"},
        {"INT. CUISINE - JOUR 2", NULL, DP_IE_INT, "CUISINE", "", DP_TIME_DAY, "JOUR 2"},
        {"FLASH-BACK - LA GARE EN 1998", NULL, DP_IE_NONE, "LA GARE EN 1998", "", DP_TIME_UNSPECIFIED, ""},
        {"12. CUISINE - NUIT", "12", DP_IE_NONE, "CUISINE", "", DP_TIME_NIGHT, "NUIT"},
        {"1984 - FLASHBACK", NULL, DP_IE_NONE, "1984", "", DP_TIME_UNSPECIFIED, ""},
        {"FLASHBACK - EXT. HARBOUR - PILOT STATION - NIGHT", NULL, DP_IE_EXT, "HARBOUR", "PILOT STATION", DP_TIME_NIGHT, "NIGHT"},
        {"FLASH-BACK - INT. LE RELAIS - CUISINE - NUIT (1994)", NULL, DP_IE_INT, "LE RELAIS", "CUISINE", DP_TIME_NIGHT, "NUIT (1994)"},
        {"EXT. PARIS - MÊME MOMENT", NULL, DP_IE_EXT, "PARIS", "", DP_TIME_SAME, "MÊME MOMENT"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_one(&cases[i]);
}

static void day_for_night(void)
{
    dp__arena a;
    dp__arena_init(&a, 1 << 20);
    dp__heading h;
    const char *s = "EXT. ROUTE - NUIT AMERICAINE";
    CHECK_INT(dp__heading_analyze(&a, s, strlen(s), &h), DP_OK);
    CHECK(h.day_for_night);
    s = "EXT. DESERT - DAY FOR NIGHT";
    CHECK_INT(dp__heading_analyze(&a, s, strlen(s), &h), DP_OK);
    CHECK(h.day_for_night);
    CHECK_INT(h.time, DP_TIME_NIGHT);
    dp__arena_release(&a);
}

static void fountain_prefix_rule(void)
{
    CHECK_INT(dp__heading_fountain_prefix("INT. X", 6), 1);
    CHECK_INT(dp__heading_fountain_prefix("int x", 5), 1);
    CHECK_INT(dp__heading_fountain_prefix("INT.X", 5), 1);
    CHECK_INT(dp__heading_fountain_prefix("INT - X", 7), 1);
    CHECK_INT(dp__heading_fountain_prefix("I./E. X", 7), 1);
    CHECK_INT(dp__heading_fountain_prefix("EXT./INT. X", 11), 1);
    CHECK_INT(dp__heading_fountain_prefix("EXT/INT. X", 10), 2);
    CHECK_INT(dp__heading_fountain_prefix("E/I X", 5), 2);
    CHECK_INT(dp__heading_fountain_prefix("INT.", 4), 0);
    CHECK_INT(dp__heading_fountain_prefix("INTERCUT WITH:", 14), 0);
    CHECK_INT(dp__heading_fountain_prefix("ESTABLISHING", 12), 0);
    CHECK_INT(dp__heading_fountain_prefix("EXTRA", 5), 0);
    CHECK_INT(dp__heading_fountain_prefix("INTÉRIEUR NUIT", strlen("INTÉRIEUR NUIT")), 0);
    CHECK_INT(dp__heading_fountain_prefix("ИНТ. ДОМ", strlen("ИНТ. ДОМ")), 1);
}

static void time_phrases(void)
{
    struct {
        const char *s;
        dp_time t;
    } cases[] = {
        {"day", DP_TIME_DAY},         {"nuit", DP_TIME_NIGHT},
        {"crepuscule", DP_TIME_DUSK}, {"magic hour", DP_TIME_DUSK},
        {"petit matin", DP_TIME_MORNING}, {"early morning", DP_TIME_MORNING},
        {"lever du jour", DP_TIME_DAWN}, {"a bit later", DP_TIME_LATER},
        {"continuous", DP_TIME_CONTINUOUS}, {"soir.", DP_TIME_EVENING},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dp__time_hit m;
        bool ok = dp__time_match(cases[i].s, 0, strlen(cases[i].s), false, &m);
        CHECK(ok);
        if (ok && m.time != cases[i].t)
            dpt_fail(__FILE__, __LINE__, "%s -> %s", cases[i].s, dp_time_name(m.time));
    }
    dp__time_hit m;
    CHECK(!dp__time_match("birthday", 0, 8, false, &m));
    CHECK(!dp__time_match("present day", 0, 11, false, &m));
    CHECK(!dp__time_match("the big old house at night", 0, 26, false, &m));
    CHECK(!dp__time_match("late day", 0, 8, true, &m));
}

void dpt_suite_heading(void)
{
    dpt_run("heading: English forms", english_forms);
    dpt_run("heading: French forms", french_forms);
    dpt_run("heading: day for night", day_for_night);
    dpt_run("heading: the Fountain prefix rule", fountain_prefix_rule);
    dpt_run("heading: time phrases", time_phrases);
}
