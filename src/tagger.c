/* The element tagger. Over each action line and parenthetical of a scene,
 * in this order of trust: the screenplay's conventions (words in
 * CAPITALS), patterns that attach wardrobe and makeup to a character
 * ("STEEL, in a Hawaiian shirt", "vêtue d'une robe noire", "le visage
 * couvert de sang"), then the lexicons (nouns, and verbs for stunts,
 * effects and sounds), with a count for background people. */
#include "tagger.h"
#include "words.h"

#include <string.h>

#define NP_WINDOW 8 /* words after "wearing" in which its nouns are found */
#define MAX_MATCH 4 /* words in a multiword lexicon entry */
#define MAX_VERB_WORDS 5 /* words in a verb phrase ("donne un coup de poing") */

/* ---- word lists ------------------------------------------------------------ */

static const dp__lit det_en[] = {
    DP__LIT("a"), DP__LIT("an"), DP__LIT("the"), DP__LIT("his"), DP__LIT("her"),
    DP__LIT("their"), DP__LIT("its"), DP__LIT("my"), DP__LIT("your"), DP__LIT("our"),
    DP__LIT("this"), DP__LIT("that"), DP__LIT("these"), DP__LIT("those"), DP__LIT("some"),
    DP__LIT("another"), DP__LIT("each"), DP__LIT("every"), DP__LIT("no"), DP__LIT("one"),
    DP__LIT("two"), DP__LIT("three"), DP__LIT("four"), DP__LIT("five"), DP__LIT("several"),
    DP__LIT("many"), DP__LIT("few"), DP__LIT("both"), DP__LIT("'s"),
};
static const dp__lit det_fr[] = {
    DP__LIT("un"), DP__LIT("une"), DP__LIT("des"), DP__LIT("le"), DP__LIT("la"),
    DP__LIT("les"), DP__LIT("l'"), DP__LIT("du"), DP__LIT("de"), DP__LIT("d'"),
    DP__LIT("son"), DP__LIT("sa"), DP__LIT("ses"), DP__LIT("leur"), DP__LIT("leurs"),
    DP__LIT("mon"), DP__LIT("ma"), DP__LIT("mes"), DP__LIT("ton"), DP__LIT("ta"),
    DP__LIT("tes"), DP__LIT("notre"), DP__LIT("votre"), DP__LIT("nos"), DP__LIT("vos"),
    DP__LIT("ce"), DP__LIT("cet"), DP__LIT("cette"), DP__LIT("ces"), DP__LIT("quelques"),
    DP__LIT("plusieurs"), DP__LIT("deux"), DP__LIT("trois"), DP__LIT("chaque"),
    DP__LIT("aux"), DP__LIT("au"),
};
static const dp__lit subj_en[] = {
    DP__LIT("he"), DP__LIT("she"), DP__LIT("it"), DP__LIT("they"), DP__LIT("we"),
    DP__LIT("i"), DP__LIT("you"), DP__LIT("who"), DP__LIT("which"), DP__LIT("to"),
    DP__LIT("will"), DP__LIT("can"), DP__LIT("could"), DP__LIT("would"), DP__LIT("must"),
};
static const dp__lit subj_fr[] = {
    DP__LIT("il"), DP__LIT("elle"), DP__LIT("ils"), DP__LIT("elles"), DP__LIT("on"),
    DP__LIT("qui"), DP__LIT("je"), DP__LIT("tu"), DP__LIT("nous"), DP__LIT("vous"),
    DP__LIT("se"), DP__LIT("s'"), DP__LIT("ne"), DP__LIT("n'"),
};
/* words that introduce what a character wears */
static const dp__lit wear_en[] = {
    DP__LIT("wearing"), DP__LIT("wears"), DP__LIT("wear"), DP__LIT("dressed"),
    DP__LIT("clad"), DP__LIT("sporting"), DP__LIT("donning"), DP__LIT("dons"),
    DP__LIT("puts"), DP__LIT("pulls"), DP__LIT("changes"), DP__LIT("changed"),
    DP__LIT("slips"), DP__LIT("in"),
};
static const dp__lit wear_fr[] = {
    DP__LIT("vêtu"), DP__LIT("vêtue"), DP__LIT("vêtus"), DP__LIT("vêtues"),
    DP__LIT("habillé"), DP__LIT("habillée"), DP__LIT("habillés"), DP__LIT("habillées"),
    DP__LIT("porte"), DP__LIT("portent"), DP__LIT("portant"), DP__LIT("enfile"),
    DP__LIT("enfilent"), DP__LIT("met"), DP__LIT("mettent"), DP__LIT("revêt"),
    DP__LIT("en"), DP__LIT("engoncé"), DP__LIT("engoncée"), DP__LIT("sanglé"),
    DP__LIT("sanglée"),
};
/* adjectives that put makeup on a character: word -> element */
typedef struct mk_word {
    const char *word, *lemma;
} mk_word;
static const mk_word makeup_en[] = {
    {"bloody", "blood"},          {"bloodied", "blood"},        {"bleeding", "blood"},
    {"bleeds", "blood"},          {"blood-soaked", "blood"},    {"blood-spattered", "blood"},
    {"blood-smeared", "blood"},   {"blood-streaked", "blood"},  {"bruised", "bruise"},
    {"sweaty", "sweat"},          {"sweating", "sweat"},        {"sweats", "sweat"},
    {"sweat-soaked", "sweat"},    {"perspiring", "sweat"},      {"scarred", "scar"},
    {"wounded", "wound"},
    {"pregnant", "pregnancy"},    {"unshaven", "stubble"},      {"unshaved", "stubble"},
    {"stubbled", "stubble"},      {"bearded", "beard"},         {"moustached", "moustache"},
    {"mustachioed", "mustache"},  {"tattooed", "tattoo"},       {"freckled", "freckle"},
    {"swollen", "swelling"},      {"sunburnt", "sunburn"},      {"sunburned", "sunburn"},
    {"bee-stung", "sting"},       {"red-headed", "hair"},       {"redheaded", "hair"},
    {"white-haired", "hair"},     {"grey-haired", "hair"},      {"gray-haired", "hair"},
    {"silver-haired", "hair"},    {"dark-haired", "hair"},      {"fair-haired", "hair"},
    {"curly-haired", "hair"},     {"long-haired", "hair"},      {"shaved head", "head"},
    {"shaven head", "head"},      {"black eye", "eye"},         {"burned himself", "burn"},
    {"burned herself", "burn"},   {"burns himself", "burn"},    {"burns herself", "burn"},
};
static const mk_word makeup_fr[] = {
    {"ensanglanté", "sang"},     {"ensanglantée", "sang"},      {"ensanglantés", "sang"},
    {"ensanglantées", "sang"},   {"saigne", "sang"},            {"saignent", "sang"},
    {"en sang", "sang"},         {"tuméfié", "ecchymose"},      {"tuméfiée", "ecchymose"},
    {"tuméfiés", "ecchymose"},   {"blessé", "blessure"},        {"blessée", "blessure"},
    {"en sueur", "sueur"},       {"sue", "sueur"},              {"suent", "sueur"},
    {"tatoué", "tatouage"},      {"tatouée", "tatouage"},       {"tatoués", "tatouage"},
    {"tatouées", "tatouage"},    {"cerné", "cerne"},            {"cernée", "cerne"},
    {"cernés", "cerne"},         {"cernées", "cerne"},          {"enceinte", "grossesse"},
    {"mal rasé", "barbe"},       {"ridé", "rides"},             {"ridée", "rides"},
    {"balafré", "cicatrice"},    {"balafrée", "cicatrice"},     {"se coupe", "coupure"},
    {"s' entaille", "coupure"},
};
/* participles that are makeup only said of a body part: "la main
 * brûlée", "his hand bandaged", "a swollen eye" */
static const mk_word body_states_en[] = {
    {"scratched", "scratch"}, {"blistered", "blister"}, {"burned", "burn"},
    {"burnt", "burn"},        {"bandaged", "bandage"},  {"stitched", "stitch"},
    {"grazed", "graze"},      {"split", "cut"},
};
static const mk_word body_states_fr[] = {
    {"brûlé", "brûlure"},     {"brûlée", "brûlure"},     {"brûlés", "brûlure"},
    {"brûlées", "brûlure"},   {"bandé", "pansement"},    {"bandée", "pansement"},
    {"bandés", "pansement"},  {"bandées", "pansement"},  {"fendu", "coupure"},
    {"fendue", "coupure"},    {"ouvert", "blessure"},    {"ouverte", "blessure"},
    {"écorché", "écorchure"}, {"écorchée", "écorchure"}, {"écorchés", "écorchure"},
    {"égratigné", "égratignure"}, {"égratignée", "égratignure"},
};
static const dp__lit body_en[] = {
    DP__LIT("face"),   DP__LIT("hand"),    DP__LIT("hands"),   DP__LIT("fingernails"),
    DP__LIT("nails"),  DP__LIT("cheek"),   DP__LIT("cheeks"),  DP__LIT("cheekbone"),
    DP__LIT("forehead"), DP__LIT("brow"),  DP__LIT("arm"),     DP__LIT("arms"),
    DP__LIT("hair"),   DP__LIT("skin"),    DP__LIT("neck"),    DP__LIT("lip"),
    DP__LIT("lips"),   DP__LIT("knuckles"), DP__LIT("chin"),   DP__LIT("nose"),
    DP__LIT("eye"),    DP__LIT("eyes"),    DP__LIT("eyebrow"), DP__LIT("finger"),
    DP__LIT("fingers"), DP__LIT("knee"),   DP__LIT("knees"),   DP__LIT("leg"),
    DP__LIT("legs"),   DP__LIT("temple"),  DP__LIT("wrist"),   DP__LIT("shoulder"),
    DP__LIT("palm"),   DP__LIT("palms"),   DP__LIT("head"),    DP__LIT("mouth"),
};
static const dp__lit body_fr[] = {
    DP__LIT("visage"), DP__LIT("figure"),  DP__LIT("main"),    DP__LIT("mains"),
    DP__LIT("joue"),   DP__LIT("joues"),   DP__LIT("front"),   DP__LIT("bras"),
    DP__LIT("cheveux"), DP__LIT("peau"),   DP__LIT("cou"),     DP__LIT("lèvre"),
    DP__LIT("lèvres"), DP__LIT("ongles"),  DP__LIT("nez"),     DP__LIT("menton"),
    DP__LIT("doigt"),  DP__LIT("doigts"),  DP__LIT("index"),   DP__LIT("genou"),
    DP__LIT("genoux"), DP__LIT("jambe"),   DP__LIT("jambes"),  DP__LIT("tempe"),
    DP__LIT("tempes"), DP__LIT("œil"),     DP__LIT("yeux"),    DP__LIT("arcade"),
    DP__LIT("pommette"), DP__LIT("poignet"), DP__LIT("épaule"), DP__LIT("paume"),
    DP__LIT("crâne"),  DP__LIT("bouche"),  DP__LIT("tête"),
};
/* what covers a face or hands: makeup when said of a body ("soot on her
 * face", "couverts de cendre") */
static const dp__lit substances_en[] = {
    DP__LIT("soot"), DP__LIT("ash"),    DP__LIT("ashes"), DP__LIT("mud"),   DP__LIT("blood"),
    DP__LIT("dirt"), DP__LIT("grime"),  DP__LIT("grease"), DP__LIT("oil"),  DP__LIT("toner"),
    DP__LIT("dust"), DP__LIT("paint"),  DP__LIT("flour"), DP__LIT("sweat"), DP__LIT("ink"),
};
static const dp__lit substances_fr[] = {
    DP__LIT("suie"),   DP__LIT("cendre"),  DP__LIT("cendres"), DP__LIT("boue"),
    DP__LIT("sang"),   DP__LIT("poussière"), DP__LIT("graisse"), DP__LIT("cambouis"),
    DP__LIT("farine"), DP__LIT("peinture"), DP__LIT("sueur"),  DP__LIT("terre"),
    DP__LIT("encre"),
};
static const dp__lit covered_en[] = {
    DP__LIT("covered"), DP__LIT("streaked"), DP__LIT("smeared"), DP__LIT("caked"),
    DP__LIT("spattered"), DP__LIT("splattered"), DP__LIT("smudged"), DP__LIT("plastered"),
    DP__LIT("dusted"), DP__LIT("coated"),
};
static const dp__lit covered_fr[] = {
    DP__LIT("couvert"), DP__LIT("couverte"), DP__LIT("couverts"), DP__LIT("couvertes"),
    DP__LIT("maculé"), DP__LIT("maculée"), DP__LIT("maculés"), DP__LIT("barbouillé"),
    DP__LIT("barbouillée"), DP__LIT("plein"), DP__LIT("pleine"), DP__LIT("noirci"),
    DP__LIT("noircie"), DP__LIT("noircis"),
};
/* hair is makeup when the script describes it ("cropped dark hair",
 * "cheveux gris tressés") */
static const dp__lit hair_words[] = {
    DP__LIT("hair"), DP__LIT("cheveux"), DP__LIT("chevelure"),
};
/* words that do not describe a noun next to them */
static const dp__lit function_en[] = {
    DP__LIT("of"), DP__LIT("in"), DP__LIT("on"), DP__LIT("at"), DP__LIT("to"),
    DP__LIT("from"), DP__LIT("with"), DP__LIT("by"), DP__LIT("for"), DP__LIT("into"),
    DP__LIT("onto"), DP__LIT("over"), DP__LIT("under"), DP__LIT("and"), DP__LIT("or"),
    DP__LIT("but"), DP__LIT("back"), DP__LIT("out"), DP__LIT("up"), DP__LIT("down"),
    DP__LIT("off"), DP__LIT("through"), DP__LIT("across"), DP__LIT("behind"),
    DP__LIT("is"), DP__LIT("are"), DP__LIT("was"), DP__LIT("has"), DP__LIT("have"),
    DP__LIT("own"), DP__LIT("all"), DP__LIT("still"), DP__LIT("just"), DP__LIT("then"),
    DP__LIT("him"), DP__LIT("them"), DP__LIT("me"), DP__LIT("us"), DP__LIT("toward"),
    DP__LIT("towards"), DP__LIT("around"), DP__LIT("against"), DP__LIT("onto"),
};
static const dp__lit function_fr[] = {
    DP__LIT("de"), DP__LIT("du"), DP__LIT("des"), DP__LIT("à"), DP__LIT("au"),
    DP__LIT("aux"), DP__LIT("en"), DP__LIT("dans"), DP__LIT("sur"), DP__LIT("sous"),
    DP__LIT("avec"), DP__LIT("par"), DP__LIT("pour"), DP__LIT("et"), DP__LIT("ou"),
    DP__LIT("mais"), DP__LIT("qui"), DP__LIT("que"), DP__LIT("est"), DP__LIT("sont"),
    DP__LIT("a"), DP__LIT("ont"), DP__LIT("contre"), DP__LIT("vers"), DP__LIT("entre"),
    DP__LIT("derrière"), DP__LIT("devant"), DP__LIT("encore"), DP__LIT("déjà"),
    DP__LIT("tout"), DP__LIT("toute"), DP__LIT("puis"), DP__LIT("comme"),
};
/* a costume's state, said of what a character wears */
static const mk_word states_en[] = {
    {"torn", "torn"},         {"ripped", "torn"},     {"tattered", "torn"},
    {"wet", "wet"},           {"soaked", "wet"},      {"drenched", "wet"},
    {"sodden", "wet"},        {"muddy", "muddy"},     {"mud-caked", "muddy"},
    {"bloodied", "bloodied"}, {"blood-stained", "bloodied"}, {"bloodstained", "bloodied"},
    {"stained", "stained"},   {"burnt", "burnt"},     {"scorched", "burnt"},
    {"singed", "burnt"},      {"filthy", "dirty"},    {"dusty", "dirty"},
};
static const mk_word states_fr[] = {
    {"déchiré", "déchiré"},   {"déchirée", "déchiré"}, {"déchirés", "déchiré"},
    {"déchirées", "déchiré"}, {"lacéré", "déchiré"},   {"trempé", "trempé"},
    {"trempée", "trempé"},    {"trempés", "trempé"},   {"trempées", "trempé"},
    {"mouillé", "trempé"},    {"mouillée", "trempé"},  {"boueux", "boueux"},
    {"boueuse", "boueux"},    {"crotté", "boueux"},    {"taché", "taché"},
    {"tachée", "taché"},      {"tachés", "taché"},     {"tachées", "taché"},
    {"ensanglanté", "ensanglanté"}, {"ensanglantée", "ensanglanté"},
    {"brûlé", "brûlé"},       {"brûlée", "brûlé"},     {"roussi", "brûlé"},
};
/* words that say a character changes clothes */
static const dp__lit change_en[] = {
    DP__LIT("changes"), DP__LIT("changed"), DP__LIT("puts"), DP__LIT("slips"),
    DP__LIT("borrowed"), DP__LIT("fresh"), DP__LIT("clean"), DP__LIT("dry"),
};
static const dp__lit change_fr[] = {
    DP__LIT("change"), DP__LIT("changé"), DP__LIT("changée"), DP__LIT("enfile"),
    DP__LIT("propre"), DP__LIT("propres"), DP__LIT("sec"), DP__LIT("sèche"),
    DP__LIT("emprunté"), DP__LIT("empruntés"), DP__LIT("empruntée"),
};

/* numbers that count background people */
typedef struct num_word {
    const char *word;
    uint32_t value;
} num_word;
static const num_word numbers_en[] = {
    {"two", 2},     {"three", 3},   {"four", 4},    {"five", 5},      {"six", 6},
    {"seven", 7},   {"eight", 8},   {"nine", 9},    {"ten", 10},      {"eleven", 11},
    {"twelve", 12}, {"dozen", 12},  {"fifteen", 15}, {"twenty", 20},  {"thirty", 30},
    {"forty", 40},  {"fifty", 50},  {"sixty", 60},  {"hundred", 100}, {"hundreds", 200},
    {"dozens", 36}, {"couple", 2},
};
static const num_word numbers_fr[] = {
    {"deux", 2},       {"trois", 3},       {"quatre", 4},      {"cinq", 5},
    {"six", 6},        {"sept", 7},        {"huit", 8},        {"neuf", 9},
    {"dix", 10},       {"douze", 12},      {"quinze", 15},     {"vingt", 20},
    {"trente", 30},    {"quarante", 40},   {"cinquante", 50},  {"cent", 100},
    {"dizaine", 10},   {"douzaine", 12},   {"quinzaine", 15},  {"vingtaine", 20},
    {"trentaine", 30}, {"cinquantaine", 50}, {"centaine", 100}, {"dizaines", 30},
    {"centaines", 200},
};

/* ---- context --------------------------------------------------------------- */

typedef struct name_slot {
    const char *key; /* upper-case word or whole name */
    int32_t character;
} name_slot;

/* A proper name the script gives a vehicle or an animal: "the MV SAINT
 * BRENDAN, a ferry", "BOSUN, an old black Labrador", "le chalutier
 * KITTIWAKE". Later mentions of the name are that vehicle or animal. */
typedef struct alias {
    const char *key; /* upper-case words joined by one space */
    const dp__lex_entry *e;
} alias;

/* what a group noun was said to be a group of: "troupeau" -> "brebis" */
typedef struct group_kind {
    const dp__lex_entry *group, *kind;
} group_kind;

typedef struct tagger {
    dp_breakdown *bd;
    group_kind groups[32];
    size_t n_groups;
    alias *aliases;
    size_t n_aliases, cap_aliases;
    dp__lang lang;
    const dp__lex *lex;
    dp__findings *out;
    dp__arena scratch;
    dp__toks toks;
    name_slot *names; /* open addressing */
    size_t names_cap;
    dp__buf tmp;
    int32_t last_character; /* last named in the scene */
    struct match *memo;     /* noun matches of the element's tokens */
    bool *memo_done;
    size_t memo_n;          /* tokens memo covers; 0: none */
    uint32_t scene;
    size_t element;
    const char *text;
} tagger;

static bool in_lits(const dp__lit *list, size_t n, const char *s, size_t len)
{
    return dp__lit_in(list, n, s, len);
}

#define IN(list, t) in_lits(list, DP__COUNT(list), (t)->low, (t)->low_len)

static bool is_det(const tagger *g, const dp__tok *t)
{
    return t->word && (g->lang == DP__LANG_FR ? IN(det_fr, t) : IN(det_en, t));
}

static bool is_subject(const tagger *g, const dp__tok *t)
{
    return t->word && (g->lang == DP__LANG_FR ? IN(subj_fr, t) : IN(subj_en, t));
}

static const dp__lit definite[] = {
    DP__LIT("the"), DP__LIT("le"), DP__LIT("la"), DP__LIT("l'"), DP__LIT("les"),
};

static bool is_definite(const tagger *g, const dp__tok *t)
{
    (void)g;
    return t->word && IN(definite, t);
}

/* ---- character names ------------------------------------------------------- */

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static void name_add(tagger *g, const char *key, int32_t ch)
{
    size_t i = hash_str(key) & (g->names_cap - 1);
    while (g->names[i].key) {
        if (strcmp(g->names[i].key, key) == 0)
            return; /* the first (most important) character keeps it */
        i = (i + 1) & (g->names_cap - 1);
    }
    g->names[i] = (name_slot){key, ch};
}

static int32_t name_find(const tagger *g, const char *key)
{
    for (size_t i = hash_str(key) & (g->names_cap - 1); g->names[i].key;
         i = (i + 1) & (g->names_cap - 1))
        if (strcmp(g->names[i].key, key) == 0)
            return g->names[i].character;
    return -1;
}

/* Every character by full name and first word ("MARGOT" for
 * "MARGOT DELACROIX", "HÉLÈNE"), upper-case, titles skipped. */
static dp_status build_names(tagger *g)
{
    dp_breakdown *bd = g->bd;
    g->names_cap = 64;
    while (g->names_cap < bd->n_chars * 4 + 4)
        g->names_cap *= 2;
    g->names = dp__arena_alloc(&g->scratch, g->names_cap * sizeof *g->names);
    if (!g->names)
        return DP_E_NOMEM;
    for (size_t c = 0; c < bd->n_chars; c++) {
        const char *name = bd->chars[c].name;
        dp__buf_reset(&g->tmp);
        dp_status st = dp__utf8_upper(name, strlen(name), &g->tmp);
        if (st != DP_OK)
            return st;
        char *up = dp__arena_strndup(&g->scratch, g->tmp.data ? g->tmp.data : "", g->tmp.len);
        if (!up)
            return DP_E_NOMEM;
        name_add(g, up, (int32_t)c);
        /* first and last words of a multiword name */
        char *sp = strchr(up, ' ');
        if (sp) {
            char *first = dp__arena_strndup(&g->scratch, up, (size_t)(sp - up));
            const char *last = strrchr(up, ' ') + 1;
            static const char *const titles[] = {"MME", "M.", "MR.", "MRS.", "MS.", "DR.",
                                                 "MLLE", "YOUNG", "OLD", "LITTLE", "THE"};
            bool title = false;
            for (size_t k = 0; first && k < DP__COUNT(titles); k++)
                title |= strcmp(first, titles[k]) == 0;
            if (!first)
                return DP_E_NOMEM;
            if (!title)
                name_add(g, first, (int32_t)c);
            else
                name_add(g, last, (int32_t)c);
        }
    }
    return DP_OK;
}

/* The character token t names, or -1: a capitalised word (or the first
 * of a capitalised name) equal to a character's name or first name. */
static int32_t character_at(tagger *g, const dp__tok *t)
{
    if (!t->word || (t->shape != DP__SH_CAPS && t->shape != DP__SH_TITLE))
        return -1;
    dp__buf_reset(&g->tmp);
    if (dp__utf8_upper(g->text + t->a, t->b - t->a, &g->tmp) != DP_OK)
        return -1;
    return name_find(g, g->tmp.data ? g->tmp.data : "");
}

/* The upper-case key of word tokens [i, i + words): "SAINT BRENDAN". */
static const char *upper_key(tagger *g, size_t i, size_t words)
{
    dp__buf_reset(&g->tmp);
    for (size_t k = i; k < i + words; k++) {
        const dp__tok *t = &g->toks.t[k];
        if ((k > i && dp__buf_putc(&g->tmp, ' ') != DP_OK) ||
            dp__utf8_upper(g->text + t->a, t->b - t->a, &g->tmp) != DP_OK)
            return NULL;
    }
    return dp__buf_putc(&g->tmp, '\0') == DP_OK ? g->tmp.data : NULL;
}

static const dp__lex_entry *alias_find(tagger *g, size_t i, size_t words)
{
    const char *key = upper_key(g, i, words);
    for (size_t a = 0; key && a < g->n_aliases; a++)
        if (!strcmp(g->aliases[a].key, key))
            return g->aliases[a].e;
    return NULL;
}

/* The longest alias at token i (three words at most): its entry, with the
 * words it covers. */
static const dp__lex_entry *alias_at(tagger *g, size_t i, size_t *words)
{
    const dp__toks *T = &g->toks;
    if (!g->n_aliases || !T->t[i].word ||
        (T->t[i].shape != DP__SH_CAPS && T->t[i].shape != DP__SH_TITLE))
        return NULL;
    size_t run = 1;
    while (run < 3 && i + run < T->n && T->t[i + run].word &&
           (T->t[i + run].shape == DP__SH_CAPS || T->t[i + run].shape == DP__SH_TITLE))
        run++;
    for (size_t w = run; w > 0; w--) {
        const dp__lex_entry *e = alias_find(g, i, w);
        if (e) {
            *words = w;
            return e;
        }
    }
    return NULL;
}

/* ---- findings -------------------------------------------------------------- */

static dp_status find(tagger *g, uint16_t cat, const char *name, size_t name_len,
                      int32_t character, uint32_t start, uint32_t end, const char *rule,
                      uint8_t conf, uint32_t count, uint32_t flags)
{
    dp__findings *o = g->out;
    dp_status st = dp__grow((void **)&o->f, &o->cap, o->n, sizeof *o->f,
                            (size_t)DP_MAX_ELEMENTS * 4);
    if (st != DP_OK)
        return st;
    char *nm = dp__arena_strndup(&g->bd->arena, name, name_len);
    if (!nm)
        return DP_E_NOMEM;
    if (cat != 106 && cat != 107 && cat >= 100)
        character = -1; /* only wardrobe and makeup belong to someone */
    o->f[o->n++] = (dp__found){cat, nm, character, g->scene, g->element, start, end, rule,
                               conf, count, flags};
    return DP_OK;
}

/* ---- lexicon matches ------------------------------------------------------- */

typedef struct match {
    const dp__lex_entry *e;
    size_t words; /* tokens covered */
} match;


/* The longest noun-lexicon entry starting at word token i (lemmas joined
 * by spaces; the words may not cross punctuation). */
static bool match_noun_raw(tagger *g, size_t i, match *m)
{
    const dp__toks *T = &g->toks;
    char key[256];
    size_t len = 0, words = 0;
    m->e = NULL;
    for (size_t k = i; k < T->n && words < MAX_MATCH; k++) {
        const dp__tok *t = &T->t[k];
        if (!t->word)
            break;
        /* inner words keep their surface form ("robe de mariée"), the
         * last one is lemmatised; French lemmatises the first instead */
        const char *w = t->lemma;
        size_t wl = t->lemma_len;
        bool fr = g->lang == DP__LANG_FR;
        if ((fr && words > 0) || (!fr && false)) {
            w = t->low;
            wl = t->low_len;
        }
        if (len + wl + 2 >= sizeof key)
            break;
        if (words > 0)
            key[len++] = t->elision ? '\0' : ' ';
        if (words > 0 && t->elision)
            len--; /* "d'" joins the next word without a space */
        memcpy(key + len, w, wl);
        len += wl;
        words++;
        const dp__lex_entry *e = dp__lex_find(g->lex->nouns, g->lex->n_nouns, key, len);
        if (!e && !fr && words > 1) {
            /* English: the inner words in their surface form */
            size_t l2 = 0;
            char k2[256];
            for (size_t q = i; q <= k && l2 + T->t[q].low_len + 2 < sizeof k2; q++) {
                const dp__tok *u = &T->t[q];
                const char *x = q == k ? u->lemma : u->low;
                size_t xl = q == k ? u->lemma_len : u->low_len;
                if (q > i)
                    k2[l2++] = ' ';
                memcpy(k2 + l2, x, xl);
                l2 += xl;
            }
            e = dp__lex_find(g->lex->nouns, g->lex->n_nouns, k2, l2);
        }
        if (e) {
            m->e = e;
            m->words = words;
        }
        if (t->elision)
            continue;
    }
    return m->e != NULL;
}

/* match_noun_raw, remembered per token of the element being tagged. */
static bool match_noun(tagger *g, size_t i, match *m)
{
    if (i >= g->memo_n)
        return match_noun_raw(g, i, m);
    if (!g->memo_done[i]) {
        match_noun_raw(g, i, &g->memo[i]);
        g->memo_done[i] = true;
    }
    *m = g->memo[i];
    return m->e != NULL;
}

static bool stopped(const tagger *g, const dp__tok *t)
{
    return dp__lex_find(g->lex->stop, g->lex->n_stop, t->lemma, t->lemma_len) ||
           dp__lex_find(g->lex->stop, g->lex->n_stop, t->low, t->low_len);
}

/* A verb of the verb lexicon at token i (one to MAX_VERB_WORDS words). */
static const dp__lex_entry *match_verb(tagger *g, size_t i, size_t *words)
{
    const dp__toks *T = &g->toks;
    char key[256];
    size_t len = 0;
    const dp__lex_entry *best = NULL;
    for (size_t k = i; k < T->n && k < i + MAX_VERB_WORDS; k++) {
        const dp__tok *t = &T->t[k];
        if (!t->word || len + t->low_len + 2 >= sizeof key)
            break;
        if (k > i && !T->t[k - 1].elision)
            key[len++] = ' ';
        memcpy(key + len, t->low, t->low_len);
        len += t->low_len;
        const dp__lex_entry *e = dp__lex_find(g->lex->verbs, g->lex->n_verbs, key, len);
        if (e) {
            best = e;
            *words = k - i + 1;
        }
    }
    return best;
}

/* ---- names of vehicles and animals --------------------------------------- */

#define MAX_ALIASES 4096

static dp_status alias_add(tagger *g, size_t i, size_t words, const dp__lex_entry *e)
{
    const char *key = upper_key(g, i, words);
    if (!key)
        return DP_E_NOMEM;
    for (size_t a = 0; a < g->n_aliases; a++)
        if (!strcmp(g->aliases[a].key, key))
            return DP_OK; /* the first introduction holds */
    dp_status st = dp__grow((void **)&g->aliases, &g->cap_aliases, g->n_aliases,
                            sizeof *g->aliases, MAX_ALIASES);
    if (st == DP_E_LIMIT)
        return DP_OK; /* more names are not read */
    char *k = st == DP_OK ? dp__arena_strndup(&g->bd->arena, key, strlen(key)) : NULL;
    if (!k)
        return DP_E_NOMEM;
    g->aliases[g->n_aliases++] = (alias){k, e};
    return DP_OK;
}

static bool names_thing(const dp__lex_entry *e)
{
    return e->category == 103 || e->category == 108;
}

/* Names introduced in capitals in the element just tokenized: "NAME, a
 * [words] NOUN" (a vehicle or animal noun within seven words) and "the
 * NOUN NAME". The name and its last words ("SAINT BRENDAN" of "MV SAINT
 * BRENDAN") become aliases. */
static dp_status aliases_in(tagger *g)
{
    const dp__toks *T = &g->toks;
    dp_status st = DP_OK;
    for (size_t i = 0; i < T->n && st == DP_OK; i++) {
        if (!T->t[i].word || T->t[i].shape != DP__SH_CAPS)
            continue;
        size_t r = i;
        while (r < T->n && r - i < 3 && T->t[r].word && T->t[r].shape == DP__SH_CAPS)
            r++;
        match m;
        if (character_at(g, &T->t[i]) >= 0) {
            i = r - 1;
            continue;
        }
        const dp__lex_entry *e = NULL;
        size_t vw;
        if (i > 1 && T->t[i - 1].word && T->t[i - 1].shape == DP__SH_LOWER &&
            is_definite(g, &T->t[i - 2]) && !match_verb(g, i, &vw) &&
            match_noun(g, i - 1, &m) && m.words == 1 && names_thing(m.e))
            e = m.e;
        if (!e && r < T->n && !T->t[r].word && T->t[r].punct == ',') {
            size_t words = 0;
            for (size_t k = r + 1; k < T->n && words < 7; k++) {
                if (!T->t[k].word) {
                    if (T->t[k].punct == '-')
                        continue;
                    break;
                }
                words++;
                if (match_noun(g, k, &m) && names_thing(m.e)) {
                    e = m.e;
                    break;
                }
            }
        }
        for (size_t w = r - i; e && w > 0 && st == DP_OK; w--)
            if (w >= 2 || r - i == 1)
                st = alias_add(g, r - w, w, e);
        i = r - 1;
    }
    return st;
}

/* ---- the rules ------------------------------------------------------------- */

/* The character a wardrobe or makeup item found at token i belongs to:
 * the nearest character named before it in the sentence, else the last
 * one named in the scene. */
static int32_t owner(tagger *g, size_t i, const int32_t *named)
{
    for (size_t k = i; k-- > 0;) {
        if (named[k] >= 0)
            return named[k];
        if (g->toks.t[k].sent_start)
            break;
    }
    return g->last_character;
}

/* A count before a people noun at token i: "two cops", "a crowd of fifty
 * protesters", "une dizaine de clients". 0 when none. */
static uint32_t count_before(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 4; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word)
            break;
        if (t->number) {
            uint32_t v = 0;
            for (uint32_t q = t->a; q < t->b && v < 100000; q++)
                v = v * 10 + (uint32_t)(g->text[q] - '0');
            return v;
        }
        const num_word *list = g->lang == DP__LANG_FR ? numbers_fr : numbers_en;
        size_t n = g->lang == DP__LANG_FR ? DP__COUNT(numbers_fr) : DP__COUNT(numbers_en);
        for (size_t q = 0; q < n; q++)
            if (strlen(list[q].word) == t->low_len && !memcmp(list[q].word, t->low, t->low_len))
                return list[q].value;
    }
    return 0;
}

/* English: is the singular noun m at token i the modifier of a noun after
 * it ("fish crate", "butterfly stitches", "car alarm")? Not before a verb
 * ("a dog barks", "the phone rings"). */
static bool modifier(tagger *g, size_t i, const match *m)
{
    const dp__toks *T = &g->toks;
    size_t n = i + m->words;
    if (g->lang != DP__LANG_EN || n >= T->n || !T->t[n].word ||
        T->t[n].shape == DP__SH_CAPS || strcmp(T->t[i + m->words - 1].low,
                                                T->t[i + m->words - 1].lemma) != 0)
        return false;
    size_t vw;
    match next;
    return match_noun(g, n, &next) && !match_verb(g, n, &vw) && !stopped(g, &T->t[n]);
}

/* Is the noun at token i a comparison, not a thing in the scene ("barks
 * like a dog", "comme un fou")? */
static bool simile(const tagger *g, size_t i)
{
    static const dp__lit like[] = {DP__LIT("like"), DP__LIT("comme")};
    const dp__toks *T = &g->toks;
    size_t k = i;
    if (k > 0 && is_det(g, &T->t[k - 1]))
        k--;
    return k > 0 && T->t[k - 1].word && dp__lit_in(like, 2, T->t[k - 1].low, T->t[k - 1].low_len);
}

/* Is token i used as a noun: after a determiner or a number? */
static bool after_det(const tagger *g, size_t i)
{
    return i > 0 && (is_det(g, &g->toks.t[i - 1]) || g->toks.t[i - 1].number);
}

/* after_det, or after a determiner and one lower-case word ("a long
 * SCREAM", "un long HURLEMENT"): a word in capitals used as a noun. */
static bool caps_noun(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    return after_det(g, i) || (i > 1 && T->t[i - 1].word && T->t[i - 1].shape == DP__SH_LOWER &&
                               after_det(g, i - 1));
}

static const char *sound_source(tagger *g, size_t i, const int32_t *named, size_t *len);
static bool called_sound(const tagger *g, size_t i, const char *name);

/* sounds that are signals: tagged even in lower case */
static const dp__lit signals[] = {
    DP__LIT("ring"),     DP__LIT("horn"),     DP__LIT("beep"),    DP__LIT("buzz"),
    DP__LIT("chime"),    DP__LIT("ping"),     DP__LIT("toll"),    DP__LIT("blare"),
    DP__LIT("doorbell"), DP__LIT("siren"),    DP__LIT("alarm"),   DP__LIT("foghorn"),
    DP__LIT("buzzer"),   DP__LIT("bell"),     DP__LIT("phone"),   DP__LIT("sonnerie"),
    DP__LIT("klaxon"),   DP__LIT("bip"),      DP__LIT("vibreur"), DP__LIT("carillon"),
    DP__LIT("sonnette"), DP__LIT("sirène"),   DP__LIT("alarme"),  DP__LIT("cloche"),
};

/* words that say a sound comes from out of sight */
static const dp__lit offscreen[] = {
    DP__LIT("distance"), DP__LIT("distant"),  DP__LIT("somewhere"), DP__LIT("outside"),
    DP__LIT("hear"),     DP__LIT("hears"),    DP__LIT("heard"),     DP__LIT("offscreen"),
    DP__LIT("o.s"),      DP__LIT("sound"),    DP__LIT("loin"),      DP__LIT("dehors"),
    DP__LIT("entend"),   DP__LIT("entendent"), DP__LIT("quelque"),  DP__LIT("lointain"),
    DP__LIT("lointaine"), DP__LIT("bruit"),   DP__LIT("hors"),      DP__LIT("écho"),
};

/* effects whose sound is part of them */
static const dp__lit gunshots[] = {
    DP__LIT("gunshot"), DP__LIT("shot"), DP__LIT("coup de feu"), DP__LIT("détonation"),
    DP__LIT("tir"), DP__LIT("explosion"),
};

/* "the CRACK of a bat", "le VROMBISSEMENT d'un rotor": the source named
 * after a sound noun (not after a signal: "la sirène d'un camion" is the
 * siren). Its noun, or NULL; *end is its last token. */
static const char *of_source(tagger *g, size_t of, const char *sound, size_t *len, size_t *end)
{
    const dp__toks *T = &g->toks;
    if (dp__lit_in(signals, DP__COUNT(signals), sound, strlen(sound)) || of + 1 >= T->n ||
        !T->t[of].word ||
        !(!strcmp(T->t[of].low, "of") || !strcmp(T->t[of].low, "de") ||
          !strcmp(T->t[of].low, "d'") || !strcmp(T->t[of].low, "du")))
        return NULL;
    for (size_t k = of + 1; k < T->n && k < of + 4 && T->t[k].word; k++) {
        match x;
        if (match_noun(g, k, &x) && x.e->category != 101) {
            *len = strlen(x.e->key);
            *end = k + x.words - 1;
            return x.e->key;
        }
        if (!is_det(g, &T->t[k]))
            break;
    }
    return NULL;
}

/* Words of token range [i, i + words) as the item name: the lexicon's
 * lemma (a sound used as a verb, for its source: "the printer beeps"). */
static dp_status found_noun(tagger *g, size_t i, const match *m, const int32_t *named,
                            const char *rule, uint8_t conf, uint16_t force_cat)
{
    const dp__toks *T = &g->toks;
    uint16_t cat = force_cat ? force_cat : m->e->category;
    uint32_t flags = dp__lex_flag(m->e, "weapon") ? DP_ITEMF_WEAPON : 0;
    int32_t who = (cat == 106 || cat == 107) ? owner(g, i, named) : -1;
    uint32_t count = cat == 101 ? count_before(g, i) : 0;
    if (cat == 112 && T->t[i].shape != DP__SH_CAPS && !called_sound(g, i, m->e->key))
        return DP_OK;
    size_t sl = 0;
    const char *src = cat == 112 && !after_det(g, i) ? sound_source(g, i, named, &sl) : NULL;
    if (src && sl == 0)
        return DP_OK;
    if (src)
        return find(g, cat, src, sl, who, T->t[i].a, T->t[i + m->words - 1].b, rule, conf,
                    count, flags);
    size_t ol = 0, oe = 0;
    const char *of = cat == 112 ? of_source(g, i + m->words, m->e->key, &ol, &oe) : NULL;
    if (of)
        return find(g, cat, of, ol, who, T->t[i].a, T->t[oe].b, rule, conf, count, flags);
    return find(g, cat, m->e->key, strlen(m->e->key), who, T->t[i].a,
                T->t[i + m->words - 1].b, rule, conf, count, flags);
}

/* nouns of a group, named by what it is a group of */
static const dp__lit collectives[] = {
    DP__LIT("crowd"),  DP__LIT("group"),   DP__LIT("mob"),     DP__LIT("throng"),
    DP__LIT("horde"),  DP__LIT("bunch"),   DP__LIT("handful"), DP__LIT("gang"),
    DP__LIT("herd"),   DP__LIT("flock"),   DP__LIT("swarm"),   DP__LIT("pack"),
    DP__LIT("school"), DP__LIT("troop"),   DP__LIT("drove"),   DP__LIT("gaggle"),
    DP__LIT("colony"), DP__LIT("litter"),  DP__LIT("brood"),   DP__LIT("shoal"),
    DP__LIT("foule"),  DP__LIT("groupe"),  DP__LIT("bande"),   DP__LIT("poignée"),
    DP__LIT("troupe"), DP__LIT("troupeau"), DP__LIT("meute"),  DP__LIT("essaim"),
    DP__LIT("nuée"),   DP__LIT("volée"),   DP__LIT("banc"),    DP__LIT("harde"),
    DP__LIT("portée"), DP__LIT("couvée"),
};

/* Is the people or animal noun m at token i a group ("a crowd of thirty
 * passengers", "un troupeau de brebis")? Then *kind is what the group is
 * of: the noun after "of"/"de" (that noun is tagged where it stands, so
 * *kind is NULL), or for a group named alone, what the script said it was
 * a group of before ("le troupeau" after "un troupeau de brebis"). */
static bool collective(tagger *g, size_t i, const match *m, const dp__lex_entry **kind)
{
    const dp__toks *T = &g->toks;
    *kind = NULL;
    if (m->words != 1 || !dp__lit_in(collectives, DP__COUNT(collectives), T->t[i].lemma,
                                     T->t[i].lemma_len))
        return false;
    size_t k = i + 1;
    if (k < T->n && T->t[k].word &&
        ((T->t[k].low_len == 2 && (!memcmp(T->t[k].low, "of", 2) || !memcmp(T->t[k].low, "de", 2))) ||
         (T->t[k].low_len == 2 && !memcmp(T->t[k].low, "d'", 2)))) {
        for (size_t q = k + 1; q < T->n && q < k + 5 && T->t[q].word; q++) {
            match inner;
            if (match_noun(g, q, &inner) && inner.e->category == m->e->category) {
                for (size_t a = 0; a < g->n_groups; a++)
                    if (g->groups[a].group == m->e) {
                        g->groups[a].kind = inner.e;
                        return true;
                    }
                if (g->n_groups < DP__COUNT(g->groups))
                    g->groups[g->n_groups++] = (group_kind){m->e, inner.e};
                return true;
            }
        }
        return false;
    }
    for (size_t a = 0; a < g->n_groups; a++)
        if (g->groups[a].group == m->e) {
            *kind = g->groups[a].kind;
            return true;
        }
    return false;
}

/* Is token i, a noun of the lexicon, used as a verb here ("She smokes",
 * "il fume", "to ring")? */
static bool used_as_verb(const tagger *g, size_t i, const int32_t *named)
{
    if (i == 0)
        return false;
    const dp__tok *p = &g->toks.t[i - 1];
    return is_subject(g, p) || named[i - 1] >= 0;
}

/* "wearing a red silk dress and a grey coat": the nouns after a wardrobe
 * word, up to the end of the clause. */
static dp_status wardrobe_after(tagger *g, size_t i, const int32_t *named, bool *used)
{
    const dp__toks *T = &g->toks;
    int32_t who = owner(g, i, named);
    size_t end = i + 1 + NP_WINDOW;
    dp_status st = DP_OK;
    for (size_t k = i + 1; k < T->n && k < end && st == DP_OK; k++) {
        const dp__tok *t = &T->t[k];
        if (!t->word) {
            if (t->punct == '.' || t->punct == ';' || t->punct == ':' || t->punct == '(' ||
                t->punct == '!' || t->punct == '?')
                break;
            continue;
        }
        if (named[k] >= 0)
            break;
        match m;
        if (!used[k] && match_noun(g, k, &m) &&
            (m.e->category == 106 || m.e->category == 107)) {
            st = find(g, m.e->category, m.e->key, strlen(m.e->key), who, t->a,
                      T->t[k + m.words - 1].b, "wears", 90, 0, 0);
            for (size_t q = k; q < k + m.words; q++)
                used[q] = true;
            k += m.words - 1;
            end = k + NP_WINDOW; /* "... and a grey coat" */
        }
    }
    return st;
}

static bool is_wear_word(const tagger *g, size_t i, const int32_t *named)
{
    const dp__tok *t = &g->toks.t[i];
    bool fr = g->lang == DP__LANG_FR;
    if (!(fr ? IN(wear_fr, t) : IN(wear_en, t)))
        return false;
    /* "in"/"en" only right after a character: "STEEL, in a Hawaiian shirt" */
    if ((fr && t->low_len == 2 && !memcmp(t->low, "en", 2)) ||
        (!fr && t->low_len == 2 && !memcmp(t->low, "in", 2))) {
        size_t k = i;
        while (k > 0 && !g->toks.t[k - 1].word && g->toks.t[k - 1].punct == ',')
            k--;
        return k > 0 && k < i && named[k - 1] >= 0;
    }
    return true;
}

static bool is_function(const tagger *g, const dp__tok *t)
{
    return t->word && (g->lang == DP__LANG_FR ? IN(function_fr, t) : IN(function_en, t));
}

static bool is_body(const tagger *g, const dp__tok *t)
{
    return t->word && (g->lang == DP__LANG_FR ? IN(body_fr, t) : IN(body_en, t));
}

/* A word that may describe the noun next to it: not a determiner,
 * pronoun, preposition, name or (French) verb of the third person
 * plural. */
static bool describes(const tagger *g, size_t k, const int32_t *named)
{
    const dp__tok *t = &g->toks.t[k];
    if (!t->word || t->number || named[k] >= 0 || is_det(g, t) || is_subject(g, t) ||
        is_function(g, t))
        return false;
    return !(g->lang == DP__LANG_FR && dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ent")));
}

/* Is the noun of tokens [i, i + words) described: an adjective or
 * participle before it, or (French) after it, or a participle after it
 * ("hair combed back")? */
static bool described(const tagger *g, size_t i, size_t words, const int32_t *named)
{
    const dp__toks *T = &g->toks;
    size_t after = i + words;
    bool before = i > 0 && !T->t[i].sent_start && describes(g, i - 1, named);
    if (g->lang == DP__LANG_FR)
        return before || (after < T->n && describes(g, after, named));
    if (before)
        return true;
    if (after < T->n && T->t[after].word && T->t[after].shape == DP__SH_LOWER) {
        const dp__tok *n = &T->t[after];
        return dp__ends_with(n->low, n->low_len, &(const dp__lit)DP__LIT("ed")) ||
               dp__ends_with(n->low, n->low_len, &(const dp__lit)DP__LIT("ing"));
    }
    return false;
}

/* Word q of a word list: token i equal to it, or for a two-word entry,
 * tokens i and i + 1. Returns the words matched, 0 for none. */
static size_t word_match(const dp__toks *T, size_t i, const char *w)
{
    const dp__tok *t = &T->t[i];
    if (w[0] != t->low[0])
        return 0;
    const char *sp = strchr(w, ' ');
    if (!sp)
        return strlen(w) == t->low_len && !memcmp(w, t->low, t->low_len);
    if (i + 1 < T->n && (size_t)(sp - w) == t->low_len && !memcmp(w, t->low, t->low_len) &&
        T->t[i + 1].word && strlen(sp + 1) == T->t[i + 1].low_len &&
        !memcmp(sp + 1, T->t[i + 1].low, T->t[i + 1].low_len))
        return 2;
    return 0;
}

static bool is_adverb(const tagger *g, const dp__tok *t)
{
    static const dp__lit adv[] = {
        DP__LIT("still"), DP__LIT("badly"), DP__LIT("already"), DP__LIT("freshly"),
        DP__LIT("encore"), DP__LIT("déjà"), DP__LIT("toujours"), DP__LIT("mal"),
        DP__LIT("bien"), DP__LIT("légèrement"), DP__LIT("très"),
    };
    (void)g;
    return t->word && IN(adv, t);
}

/* Is there a body part next to the participle at token i ("la main
 * brûlée", "l'index encore bandé", "a swollen left eye")? */
static bool body_next_to(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    if (i > 0 && is_body(g, &T->t[i - 1]))
        return true;
    if (i > 1 && is_adverb(g, &T->t[i - 1]) && is_body(g, &T->t[i - 2]))
        return true;
    if (g->lang == DP__LANG_FR)
        return false;
    for (size_t k = i + 1; k < T->n && k < i + 3 && T->t[k].word; k++)
        if (is_body(g, &T->t[k]))
            return true;
    return false;
}

/* Is the substance at token i on someone: "covered in soot", "soot on her
 * face", "couverts de cendre", "de la boue jusque dans les cheveux"? */
static bool on_a_body(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 3; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word)
            break;
        if (fr ? IN(covered_fr, t) : IN(covered_en, t))
            return true;
    }
    for (size_t k = i, steps = 0; k-- > 0 && steps < 4; steps++) {
        if (!T->t[k].word)
            break;
        if (is_body(g, &T->t[k]))
            return true;
    }
    for (size_t k = i + 1; k < T->n && k < i + 5; k++) {
        if (!T->t[k].word)
            break;
        if (is_body(g, &T->t[k]))
            return true;
    }
    return false;
}

/* verbs of handling: what follows them is a prop */
static const dp__lit handle_en[] = {
    DP__LIT("picks"),   DP__LIT("pick"),    DP__LIT("grabs"),   DP__LIT("takes"),
    DP__LIT("holds"),   DP__LIT("holding"), DP__LIT("hands"),   DP__LIT("carries"),
    DP__LIT("carrying"), DP__LIT("throws"), DP__LIT("tosses"),  DP__LIT("lifts"),
    DP__LIT("drops"),   DP__LIT("sets"),    DP__LIT("puts"),    DP__LIT("places"),
    DP__LIT("drags"),   DP__LIT("clutches"), DP__LIT("clutching"), DP__LIT("waves"),
    DP__LIT("snatches"), DP__LIT("raises"), DP__LIT("swings"),  DP__LIT("offers"),
    DP__LIT("passes"),  DP__LIT("hurls"),   DP__LIT("wields"),  DP__LIT("brandishes"),
};
static const dp__lit handle_fr[] = {
    DP__LIT("prend"),   DP__LIT("prennent"), DP__LIT("saisit"), DP__LIT("tient"),
    DP__LIT("tenant"),  DP__LIT("tend"),    DP__LIT("pose"),    DP__LIT("posent"),
    DP__LIT("jette"),   DP__LIT("lance"),   DP__LIT("soulève"), DP__LIT("attrape"),
    DP__LIT("ramasse"), DP__LIT("brandit"), DP__LIT("traîne"),  DP__LIT("agite"),
    DP__LIT("serre"),   DP__LIT("donne"),   DP__LIT("apporte"), DP__LIT("emporte"),
    DP__LIT("sort"),    DP__LIT("range"),   DP__LIT("porte"),   DP__LIT("tire"),
};

/* Is the noun at token i handled: the object of a verb of handling a few
 * words before it ("picks up a broken sign", "tend le makhila")? */
static bool handled(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 4; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word)
            return false;
        if (fr ? IN(handle_fr, t) : IN(handle_en, t))
            return true;
    }
    return false;
}

/* particles after a verb of handling: "picks up", "hands over" */
static const dp__lit particles[] = {
    DP__LIT("up"), DP__LIT("down"), DP__LIT("out"), DP__LIT("over"), DP__LIT("back"),
    DP__LIT("away"),
};

/* The object of the verb of handling at token i, when the lexicon does not
 * know it ("picks up a stone", "tend le makhila"): a prop named by its
 * head word (English: the last word of the phrase; French: the first).
 * People, animals, vehicles, set parts of the stop list and characters
 * are not objects here. */
static dp_status handled_object(tagger *g, size_t i, const int32_t *named, bool *used)
{
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR;
    static const dp__lit grip_en[] = {
        DP__LIT("picks"), DP__LIT("grabs"), DP__LIT("holds"), DP__LIT("clutches"),
        DP__LIT("carries"), DP__LIT("throws"), DP__LIT("tosses"), DP__LIT("hurls"),
        DP__LIT("wields"), DP__LIT("brandishes"), DP__LIT("lifts"), DP__LIT("snatches"),
    };
    static const dp__lit grip_fr[] = {
        DP__LIT("saisit"), DP__LIT("attrape"), DP__LIT("ramasse"), DP__LIT("tient"),
        DP__LIT("tend"), DP__LIT("jette"), DP__LIT("lance"), DP__LIT("brandit"),
        DP__LIT("soulève"), DP__LIT("serre"), DP__LIT("empoigne"),
    };
    const dp__tok *v = &T->t[i];
    if (!(fr ? IN(grip_fr, v) : IN(grip_en, v)))
        return DP_OK;
    size_t k = i + 1;
    while (k < T->n && T->t[k].word && IN(particles, &T->t[k]))
        k++;
    if (k >= T->n || !is_det(g, &T->t[k]))
        return DP_OK; /* "holds on", "tient bon": no object */
    k++;
    size_t a = k, e = k;
    while (e < T->n && e < a + 3 && T->t[e].word && named[e] < 0 && !is_function(g, &T->t[e]) &&
           !is_det(g, &T->t[e]) && T->t[e].shape != DP__SH_CAPS)
        e++;
    if (e == a)
        return DP_OK;
    for (size_t q = a; q < e; q++)
        if (used[q])
            return DP_OK;
    match m;
    for (size_t q = a; q < e; q++)
        if (match_noun(g, q, &m))
            return DP_OK; /* the lexicon reads it */
    size_t h = fr ? a : e - 1;
    const dp__tok *t = &T->t[h];
    if (stopped(g, t) || t->number || t->low_len < 3)
        return DP_OK;
    /* a participle or adverb is no object: "tient fermement", "holds still" */
    if (dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ly")) ||
        dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ment")) ||
        dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ing")) || is_subject(g, t))
        return DP_OK;
    for (size_t q = a; q < e; q++)
        used[q] = true;
    return find(g, 104, t->lemma, t->lemma_len, -1, t->a, t->b, "handled", 60, 0, 0);
}

/* Makeup on a character: an adjective ("bloody", "ensanglanté", "en
 * sang"), a body part's state ("la main brûlée"), a substance on a body
 * ("soot on her face"), described hair, a cut. *hit when token i was one
 * (tagged or, for a substance or hair that is not makeup here, left
 * out). */
static dp_status makeup_word(tagger *g, size_t i, const int32_t *named, bool *hit,
                             size_t *words)
{
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR;
    const mk_word *list = fr ? makeup_fr : makeup_en;
    size_t n = fr ? DP__COUNT(makeup_fr) : DP__COUNT(makeup_en);
    const dp__tok *t = &T->t[i];
    *hit = false;
    *words = 1;
    for (size_t q = 0; q < n; q++) {
        size_t w = word_match(T, i, list[q].word);
        if (w) {
            *hit = true;
            *words = w;
            return find(g, 107, list[q].lemma, strlen(list[q].lemma), owner(g, i, named),
                        t->a, T->t[i + w - 1].b, "makeup-word", 80, 0, 0);
        }
    }
    const mk_word *bl = fr ? body_states_fr : body_states_en;
    size_t bn = fr ? DP__COUNT(body_states_fr) : DP__COUNT(body_states_en);
    for (size_t q = 0; q < bn; q++)
        if (word_match(T, i, bl[q].word) == 1 && body_next_to(g, i)) {
            *hit = true;
            return find(g, 107, bl[q].lemma, strlen(bl[q].lemma), owner(g, i, named), t->a,
                        t->b, "makeup-body", 75, 0, 0);
        }
    if (fr ? IN(substances_fr, t) : IN(substances_en, t)) {
        match m;
        bool noun = match_noun(g, i, &m);
        if (noun && m.words > 1)
            return DP_OK; /* a compound: "blood stain", "boue séchée" */
        if (on_a_body(g, i)) {
            *hit = true;
            return find(g, 107, t->lemma, t->lemma_len, owner(g, i, named), t->a, t->b,
                        "makeup-on-body", 75, 0, 0);
        }
        /* blood or sweat away from a body is not makeup */
        *hit = noun && m.e->category == 107;
        return DP_OK;
    }
    if (IN(hair_words, t)) {
        *hit = true;
        if (!described(g, i, 1, named))
            return DP_OK;
        return find(g, 107, t->low, t->low_len, owner(g, i, named), t->a, t->b, "makeup-hair",
                    70, 0, 0);
    }
    if (!fr && t->low_len == 3 && !memcmp(t->low, "cut", 3) && i > 0 &&
        is_det(g, &T->t[i - 1]) &&
        !(i + 1 < T->n && T->t[i + 1].low_len == 2 && !memcmp(T->t[i + 1].low, "to", 2))) {
        *hit = true;
        return find(g, 107, "cut", 3, owner(g, i, named), t->a, t->b, "makeup-word", 70, 0, 0);
    }
    return DP_OK;
}

/* A costume state ("torn", "trempée") or a change of clothes ("changes
 * into", "enfile", "borrowed clothes") said of a character: findings for
 * the costume department. Returns true when token i was one. */
static dp_status costume_word(tagger *g, size_t i, const int32_t *named, bool *hit)
{
    const dp__tok *t = &g->toks.t[i];
    bool fr = g->lang == DP__LANG_FR;
    const mk_word *list = fr ? states_fr : states_en;
    size_t n = fr ? DP__COUNT(states_fr) : DP__COUNT(states_en);
    *hit = false;
    int32_t who = owner(g, i, named);
    if (who < 0)
        return DP_OK;
    for (size_t q = 0; q < n; q++)
        if (strlen(list[q].word) == t->low_len && !memcmp(list[q].word, t->low, t->low_len)) {
            *hit = true;
            return find(g, DP__FOUND_STATE, list[q].lemma, strlen(list[q].lemma), who, t->a,
                        t->b, "costume-state", 70, 0, 0);
        }
    if (fr ? IN(change_fr, t) : IN(change_en, t)) {
        /* a change only when clothes follow: "changes into", "fresh clothes" */
        for (size_t k = i + 1; k < g->toks.n && k < i + 4; k++) {
            match m;
            if (g->toks.t[k].word && match_noun(g, k, &m) && m.e->category == 106) {
                *hit = false; /* the wardrobe itself is tagged as usual */
                return find(g, DP__FOUND_CHANGE, t->low, t->low_len, who, t->a, t->b,
                            "costume-change", 70, 0, 0);
            }
        }
    }
    return DP_OK;
}


/* The thing that makes the sound of the verb at token i: the noun before
 * it in its clause ("a phone RINGS", "the ship's horn BOOMS", "Les chiens
 * ABOIENT"), or the word right before it that a determiner introduces
 * ("The boards SQUEAL"). NULL for a person (a character, a people noun,
 * a pronoun) or when there is none: the sound is then named for itself. */
static const char *sound_source(tagger *g, size_t i, const int32_t *named, size_t *len)
{
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 8; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word) {
            if (t->punct == '\'')
                continue; /* the ship's horn */
            return NULL;
        }
        if (named[k] >= 0 || is_subject(g, t))
            return NULL;
        match m;
        bool noun = false;
        for (size_t b = k >= 3 ? k - 3 : 0; b <= k && !noun; b++) /* "coup de feu" */
            if (T->t[b].word && match_noun(g, b, &m) && b + m.words == k + 1) {
                noun = true;
                k = b;
            }
        if (noun) {
            /* French names the head first: "l'alarme incendie HURLE" */
            while (fr && k > 0 && T->t[k - 1].word && !is_det(g, &T->t[k - 1])) {
                match left;
                if (!match_noun(g, k - 1, &left))
                    break;
                m = left;
                k--;
            }
            if (m.e->category == 101)
                return NULL;
            /* a sound noun is its own source only right before the verb
             * ("the car alarm WAILS", not "SQUEAL and CREAK") */
            if (m.e->category == 112 && k + m.words < i)
                continue;
            /* not the place of the sound: "the foghorn on the lighthouse" */
            size_t d = k > 0 && is_det(g, &T->t[k - 1]) ? k - 1 : k;
            if (d > 0 && is_function(g, &T->t[d - 1]) && !is_adverb(g, &T->t[d - 1]))
                continue;
            /* a gunshot's sound is the effect's own */
            if (m.e->category == 105 && dp__lit_in(gunshots, DP__COUNT(gunshots), m.e->key,
                                                   strlen(m.e->key))) {
                *len = 0;
                return "";
            }
            *len = strlen(m.e->key);
            return m.e->key;
        }
        if (k + 1 == i && t->shape != DP__SH_CAPS && !is_det(g, t) && !is_function(g, t) &&
            !is_adverb(g, t) && !stopped(g, t) && k > 0 && is_det(g, &T->t[k - 1])) {
            *len = t->lemma_len;
            return t->lemma;
        }
        if (T->t[k].sent_start)
            return NULL;
    }
    return NULL;
}

/* Can the verb at token i be a stunt: its subject, when it has one, is a
 * person, an animal or a vehicle ("night falls", "la pluie tombe", "laisse
 * tomber" are no stunts)? */
static bool stunt_subject(tagger *g, size_t i, const int32_t *named)
{
    static const dp__lit causes[] = {
        DP__LIT("laisse"), DP__LIT("laissent"), DP__LIT("fait"), DP__LIT("font"),
        DP__LIT("let"), DP__LIT("lets"),
    };
    const dp__toks *T = &g->toks;
    if (i > 0 && T->t[i - 1].word &&
        dp__lit_in(causes, DP__COUNT(causes), T->t[i - 1].low, T->t[i - 1].low_len))
        return false;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 5; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word) {
            if (t->punct == '\'')
                continue;
            return true;
        }
        if (named[k] >= 0 || is_subject(g, t))
            return true;
        match m;
        if (match_noun(g, k, &m) && k + m.words <= i)
            return m.e->category == 101 || m.e->category == 103 || m.e->category == 108;
        if (k + 1 == i && stopped(g, t) && (t->sent_start || (k > 0 && is_det(g, &T->t[k - 1]))))
            return false; /* "Night falls", "the ground shakes" */
        if (t->sent_start)
            return true;
    }
    return true;
}


/* Is a sound written in lower case one the script calls for: a signal
 * (ring, horn, sonnerie), or heard from out of sight in its sentence? The
 * sounds of visible action are production sound. */
static bool called_sound(const tagger *g, size_t i, const char *name)
{
    const dp__toks *T = &g->toks;
    if (dp__lit_in(signals, DP__COUNT(signals), name, strlen(name)))
        return true;
    size_t a = i;
    while (a > 0 && !T->t[a].sent_start)
        a--;
    for (size_t k = a; k < T->n && (k == a || !T->t[k].sent_start); k++)
        if (T->t[k].word && dp__lit_in(offscreen, DP__COUNT(offscreen), T->t[k].low,
                                       T->t[k].low_len))
            return true;
    return false;
}

/* A verb of the verb lexicon at tokens [i, i + words): a stunt, an effect
 * or a sound (named for its source when it has one). */
static dp_status found_verb(tagger *g, size_t i, size_t words, const dp__lex_entry *v,
                            const int32_t *named, const char *rule, uint8_t conf)
{
    const dp__toks *T = &g->toks;
    const char *name = v->value;
    size_t len = strlen(name);
    bool caps = T->t[i].shape == DP__SH_CAPS;
    if (v->category == 102 && !stunt_subject(g, i, named))
        return DP_OK;
    if (v->category == 112 && !caps && !called_sound(g, i, name))
        return DP_OK;
    if (v->category == 112) {
        size_t sl = 0, oe = 0;
        const char *of = of_source(g, i + words, name, &sl, &oe);
        if (of)
            return find(g, 112, of, sl, -1, T->t[i].a, T->t[oe].b, rule, conf, 0, 0);
        const char *src = sound_source(g, i, named, &sl);
        if (src && sl == 0)
            return DP_OK;
        if (src) {
            name = src;
            len = sl;
        }
    }
    return find(g, v->category, name, len, -1, T->t[i].a, T->t[i + words - 1].b, rule, conf, 0,
                0);
}

/* A run of words in CAPITALS that is not a name: an element the writer
 * points at ("Mom's PORSCHE", "The phone RINGS"). */
static dp_status caps_run(tagger *g, size_t i, size_t end, const int32_t *named, bool *used)
{
    dp_status st = DP_OK;
    for (size_t k = i; k < end && st == DP_OK; k++) {
        if (used[k])
            continue;
        match m;
        size_t vw0;
        bool as_verb = match_verb(g, k, &vw0) && !caps_noun(g, k);
        if (!as_verb && match_noun(g, k, &m) && k + m.words <= end) {
            st = found_noun(g, k, &m, named, "caps", 90, 0);
            for (size_t q = k; q < k + m.words; q++)
                used[q] = true;
            k += m.words - 1;
            continue;
        }
        size_t vw;
        const dp__lex_entry *v = match_verb(g, k, &vw);
        if (v) { /* "A SHOT rings out": the phrase may run on in lower case */
            st = found_verb(g, k, vw, v, named, "caps", 85);
            for (size_t q = k; q < k + vw; q++)
                used[q] = true;
            k += vw - 1;
        }
    }
    return st;
}

static dp_status tag_element(tagger *g, const dp_element *el)
{
    dp__toks *T = &g->toks;
    T->n = 0;
    g->memo_n = 0;
    g->text = el->plain;
    dp_status st = dp__tokenize(&g->scratch, g->lex, g->lang, el->plain, strlen(el->plain), T);
    if (st != DP_OK || T->n == 0)
        return st;
    /* names given here to vehicles and animals, for this and later uses */
    if (el->type == DP_EL_ACTION && strchr(el->plain, ',') && (st = aliases_in(g)) != DP_OK)
        return st;
    int32_t *named = dp__arena_alloc(&g->scratch, T->n * sizeof *named);
    bool *used = dp__arena_alloc(&g->scratch, T->n * sizeof *used);
    g->memo = dp__arena_alloc(&g->scratch, T->n * sizeof *g->memo);
    g->memo_done = dp__arena_alloc(&g->scratch, T->n * sizeof *g->memo_done);
    if (!named || !used || !g->memo || !g->memo_done)
        return DP_E_NOMEM;
    memset(g->memo_done, 0, T->n * sizeof *g->memo_done);
    g->memo_n = T->n;
    for (size_t i = 0; i < T->n; i++) {
        named[i] = character_at(g, &T->t[i]);
        used[i] = named[i] >= 0 || !T->t[i].word;
    }
    /* a capitalised name of two words ("MARGOT DELACROIX"): both are name */
    for (size_t i = 1; i < T->n; i++)
        if (named[i - 1] >= 0 && T->t[i].word && T->t[i].shape == DP__SH_CAPS &&
            T->t[i - 1].shape == DP__SH_CAPS && named[i] < 0) {
            named[i] = named[i - 1];
            used[i] = true;
        }
    for (size_t i = 0; i < T->n && st == DP_OK; i++) {
        const dp__tok *t = &T->t[i];
        if (named[i] >= 0) {
            g->last_character = named[i];
            continue;
        }
        if (used[i])
            continue;
        /* 0. a vehicle or animal by its name */
        size_t aw;
        const dp__lex_entry *ae = alias_at(g, i, &aw);
        if (ae) {
            st = find(g, ae->category, ae->key, strlen(ae->key), -1, t->a, T->t[i + aw - 1].b,
                      "named", 85, 0, 0);
            for (size_t q = i; q < i + aw; q++)
                used[q] = true;
            i += aw - 1;
            continue;
        }
        /* 1. CAPITALS */
        if (t->shape == DP__SH_CAPS) {
            size_t e = i;
            while (e < T->n && T->t[e].word && T->t[e].shape == DP__SH_CAPS && named[e] < 0)
                e++;
            st = caps_run(g, i, e, named, used);
            for (size_t q = i; q < e; q++)
                used[q] = true;
            continue;
        }
        /* 2. wardrobe and makeup on a character */
        bool hit;
        if ((st = costume_word(g, i, named, &hit)) != DP_OK)
            break;
        if (is_wear_word(g, i, named)) {
            st = wardrobe_after(g, i, named, used);
            continue;
        }
        size_t mw;
        if ((st = makeup_word(g, i, named, &hit, &mw)) != DP_OK || hit) {
            for (size_t q = i; q < i + mw; q++)
                used[q] = true;
            i += mw - 1;
            continue;
        }
        if ((st = handled_object(g, i, named, used)) != DP_OK)
            break;
        /* 3. the lexicons: a stop word only starts a longer entry ("coup
         * de feu", "ground shakes"); a longer verb phrase wins over a noun
         * ("barrels down the street") */
        if (t->elision)
            continue;
        match m;
        bool noun = match_noun(g, i, &m);
        size_t vw = 0;
        const dp__lex_entry *v = match_verb(g, i, &vw);
        if (stopped(g, t)) {
            noun = noun && m.words > 1;
            v = v && vw > 1 ? v : NULL;
            if (!noun && !v)
                continue;
        }
        if (noun && v && vw > m.words)
            noun = false;
        if (noun && modifier(g, i, &m)) {
            used[i] = true; /* "fish crate", "butterfly stitches": the next noun is the thing */
            continue;
        }
        if (noun && simile(g, i)) {
            for (size_t q = i; q < i + m.words; q++)
                used[q] = true;
            i += m.words - 1;
            continue;
        }
        if (noun) {
            bool ambiguous = dp__lex_flag(m.e, "ambiguous");
            bool det = after_det(g, i);
            if (m.words == 1 && used_as_verb(g, i, named)) {
                /* a verb: maybe one of the verb lexicon */
            } else if (!ambiguous || det) {
                uint16_t cat = m.e->category;
                bool speaking_role = false;
                if (cat == 101) { /* a people noun that is a character is cast */
                    dp__buf_reset(&g->tmp);
                    if (dp__utf8_upper(m.e->key, strlen(m.e->key), &g->tmp) == DP_OK)
                        speaking_role = name_find(g, g->tmp.data ? g->tmp.data : "") >= 0;
                }
                uint16_t force = 0;
                if (cat == 114) {
                    /* set dressing that is handled is a prop; otherwise it
                     * counts when the script describes it */
                    if (handled(g, i))
                        force = 104;
                    else if (m.words == 1 && !described(g, i, 1, named)) {
                        used[i] = true;
                        continue;
                    }
                }
                const dp__lex_entry *kind = NULL;
                bool group = (cat == 101 || cat == 108) && collective(g, i, &m, &kind);
                if (group && kind)
                    st = find(g, cat, kind->key, strlen(kind->key), -1, t->a,
                              T->t[i + m.words - 1].b, "collective", 65,
                              cat == 101 ? count_before(g, i) : 0, 0);
                else if (!speaking_role && !group)
                    st = found_noun(g, i, &m, named, "lexicon", ambiguous ? 55 : 75, force);
                for (size_t q = i; q < i + m.words; q++)
                    used[q] = true;
                i += m.words - 1;
                continue;
            }
        }
        if (v) {
            st = found_verb(g, i, vw, v, named, "verb", 70);
            for (size_t q = i; q < i + vw; q++)
                used[q] = true;
            i += vw - 1;
        }
    }
    return st;
}

/* An interior set inside a vehicle ("INT. CAR", "INT. SAINT BRENDAN -
 * WHEELHOUSE"): the vehicle is in the scene. */
static dp_status heading_vehicle(tagger *g, const dp_element *el)
{
    dp__toks *T = &g->toks;
    T->n = 0;
    g->memo_n = 0;
    g->text = el->plain;
    dp_status st = dp__tokenize(&g->scratch, g->lex, g->lang, el->plain, strlen(el->plain), T);
    for (size_t i = 0; i < T->n && st == DP_OK; i++) {
        size_t words = 0;
        const dp__lex_entry *e = alias_at(g, i, &words);
        match m;
        if (!e && T->t[i].word && match_noun(g, i, &m)) {
            words = m.words;
            e = m.e;
        }
        size_t after = i + (words ? words : 1);
        bool ends = after >= T->n || !T->t[after].word; /* "CAR DECK" is no car */
        if (e && e->category == 103 && ends)
            st = find(g, 103, e->key, strlen(e->key), -1, T->t[i].a, T->t[i + words - 1].b,
                      "heading", 80, 0, 0);
        if (words)
            i += words - 1;
    }
    return st;
}

dp_status dp__tag_scenes(dp_breakdown *bd, dp__findings *out)
{
    tagger g;
    memset(&g, 0, sizeof g);
    g.bd = bd;
    g.lang = strcmp(bd->language, "fr") == 0 ? DP__LANG_FR : DP__LANG_EN;
    g.lex = dp__lexicon(g.lang);
    g.out = out;
    dp__arena_init(&g.scratch, (size_t)1 << 30);
    dp__buf_init(&g.tmp, 1 << 16);
    dp_status st = build_names(&g);
    const dp_doc *doc = bd->doc;
    for (size_t s = 0; s < bd->n_scenes && st == DP_OK; s++) {
        const dp_scene *sc = &bd->scenes[s];
        g.scene = (uint32_t)s;
        if (sc->int_ext == DP_IE_INT || sc->int_ext == DP_IE_INT_EXT) {
            g.element = sc->first_element;
            st = heading_vehicle(&g, &doc->elements[sc->first_element]);
        }
        g.last_character = sc->cast_count == 1 ? (int32_t)sc->cast[0] : -1;
        int32_t speaker = -1;
        for (size_t e = sc->first_element; e < sc->end_element && st == DP_OK; e++) {
            const dp_element *el = &doc->elements[e];
            g.element = e;
            if (el->type == DP_EL_CHARACTER) {
                /* the speaker owns what a parenthetical describes */
                dp__buf_reset(&g.tmp);
                st = dp__cue_name(el->plain, strlen(el->plain), &g.tmp);
                dp__buf up;
                dp__buf_init(&up, 1 << 12);
                if (st == DP_OK)
                    st = dp__name_key(g.tmp.data ? g.tmp.data : "", g.tmp.len, &up);
                speaker = st == DP_OK ? name_find(&g, up.data ? up.data : "") : -1;
                dp__buf_release(&up);
                if (speaker >= 0)
                    g.last_character = speaker;
            } else if (el->type == DP_EL_ACTION || el->type == DP_EL_PARENTHETICAL) {
                st = tag_element(&g, el);
            }
        }
        if (g.scratch.used > ((size_t)64 << 20)) {
            dp__arena_release(&g.scratch);
            dp__arena_init(&g.scratch, (size_t)1 << 30);
            st = st == DP_OK ? build_names(&g) : st;
        }
    }
    dp__free(g.toks.t);
    dp__free(g.aliases);
    dp__arena_release(&g.scratch);
    dp__buf_release(&g.tmp);
    return st;
}
