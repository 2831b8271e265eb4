/* What characters wear and what is on their bodies: wardrobe after a
 * wear word, costume states and changes, makeup words, substances on
 * skin, described hair, props held in hand. */
#include "tag.h"

#include <string.h>

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
    {"s' entaille", "coupure"},  {"en écharpe", "écharpe"},
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
    DP__LIT("jaw"),    DP__LIT("chest"),   DP__LIT("throat"),  DP__LIT("ear"),
    DP__LIT("ears"),   DP__LIT("scalp"),   DP__LIT("feet"),    DP__LIT("foot"),
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
    DP__LIT("noircie"), DP__LIT("noircis"), DP__LIT("trempé"), DP__LIT("trempée"),
    DP__LIT("trempés"), DP__LIT("trempées"), DP__LIT("ruisselant"), DP__LIT("ruisselante"),
    DP__LIT("ruisselants"), DP__LIT("ruisselantes"), DP__LIT("luisant"), DP__LIT("luisante"),
};

/* hair is makeup when the script describes it ("cropped dark hair",
 * "cheveux gris tressés") */
static const dp__lit hair_words[] = {
    DP__LIT("hair"), DP__LIT("cheveux"), DP__LIT("chevelure"),
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

/* French prepositions of place: the noun after them is where a handled
 * thing goes, not the thing */
static const dp__lit place_fr[] = {
    DP__LIT("à"),    DP__LIT("au"),   DP__LIT("aux"),    DP__LIT("dans"), DP__LIT("sur"),
    DP__LIT("sous"), DP__LIT("vers"), DP__LIT("contre"), DP__LIT("derrière"),
};

/* English: where a handled thing goes ("hurls it into the sheets") */
static const dp__lit place_en[] = {
    DP__LIT("into"), DP__LIT("onto"),
};

/* particles after a verb of handling: "picks up", "hands over" */
static const dp__lit particles[] = {
    DP__LIT("up"), DP__LIT("down"), DP__LIT("out"), DP__LIT("over"), DP__LIT("back"),
    DP__LIT("away"),
};

/* words that say a garment tears */
static const dp__lit rip[] = {DP__LIT("tears"), DP__LIT("rips"), DP__LIT("se déchire")};

/* ---- the vocabulary of this file's rules ---------------------------------- */

static uint64_t hash_word(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* The first word of w (up to a space). */
static size_t first_word(const char *w) { return strcspn(w, " "); }

static void vocab_add(dp__tg_vocab *v, const char *w)
{
    size_t n = first_word(w);
    size_t i = hash_word(w, n) & (DP__TG_VOCAB_SLOTS - 1);
    while (v->slot[i]) {
        if (first_word(v->slot[i]) == n && !memcmp(v->slot[i], w, n))
            return;
        i = (i + 1) & (DP__TG_VOCAB_SLOTS - 1);
    }
    v->slot[i] = w;
}

static void vocab_lits(dp__tg_vocab *v, const dp__lit *l, size_t n)
{
    for (size_t i = 0; i < n; i++)
        vocab_add(v, l[i].s);
}

static void vocab_words(dp__tg_vocab *v, const mk_word *l, size_t n)
{
    for (size_t i = 0; i < n; i++)
        vocab_add(v, l[i].word);
}

void dp__tg_vocab_init(dp__tg_vocab *v)
{
    memset(v, 0, sizeof *v);
    vocab_words(v, makeup_en, DP__COUNT(makeup_en));
    vocab_words(v, makeup_fr, DP__COUNT(makeup_fr));
    vocab_words(v, body_states_en, DP__COUNT(body_states_en));
    vocab_words(v, body_states_fr, DP__COUNT(body_states_fr));
    vocab_words(v, states_en, DP__COUNT(states_en));
    vocab_words(v, states_fr, DP__COUNT(states_fr));
    vocab_lits(v, substances_en, DP__COUNT(substances_en));
    vocab_lits(v, substances_fr, DP__COUNT(substances_fr));
    vocab_lits(v, hair_words, DP__COUNT(hair_words));
    vocab_lits(v, change_en, DP__COUNT(change_en));
    vocab_lits(v, change_fr, DP__COUNT(change_fr));
    vocab_lits(v, rip, DP__COUNT(rip));
    vocab_add(v, "cut");
}

/* Can token t start one of the makeup or costume rules? */
static bool in_vocab(const tagger *g, const dp__tok *t)
{
    const dp__tg_vocab *v = &g->vocab;
    size_t i = hash_word(t->low, t->low_len) & (DP__TG_VOCAB_SLOTS - 1);
    for (; v->slot[i]; i = (i + 1) & (DP__TG_VOCAB_SLOTS - 1))
        if (first_word(v->slot[i]) == t->low_len && !memcmp(v->slot[i], t->low, t->low_len))
            return true;
    return false;
}

static bool is_body(const tagger *g, const dp__tok *t)
{
    return t->word && (g->lang == DP__LANG_FR ? IN(body_fr, t) : IN(body_en, t));
}

/* "wearing a red silk dress and a grey coat": the nouns after a wardrobe
 * word, up to the end of the clause. */
dp_status dp__tg_wardrobe_after(tagger *g, size_t i, const int32_t *named, bool *used)
{
    const dp__toks *T = &g->toks;
    int32_t who = dp__tg_owner(g, i, named);
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
        if (!used[k] && dp__tg_match_noun(g, k, &m) &&
            (m.e->category == 106 || m.e->category == 107)) {
            st = dp__tg_find(g, m.e->category, m.e->key, strlen(m.e->key), who, t->a,
                      T->t[k + m.words - 1].b, "wears", 90, 0, 0);
            for (size_t q = k; q < k + m.words; q++)
                used[q] = true;
            k += m.words - 1;
            end = k + NP_WINDOW; /* "... and a grey coat" */
        }
    }
    return st;
}

bool dp__tg_is_wear_word(const tagger *g, size_t i, const int32_t *named)
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

/* Is there a body part next to the participle at token i ("la main
 * brûlée", "l'index encore bandé", "a swollen left eye")? */
static bool body_next_to(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    if (i > 0 && is_body(g, &T->t[i - 1]))
        return true;
    if (i > 1 && dp__tg_is_adverb(g, &T->t[i - 1]) && is_body(g, &T->t[i - 2]))
        return true;
    static const dp__lit is_fr[] = {DP__LIT("est"), DP__LIT("sont")};
    if (g->lang == DP__LANG_FR) /* "sa main est brûlée" */
        return i > 1 && IN(is_fr, &T->t[i - 1]) && is_body(g, &T->t[i - 2]);
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
    /* "sweat beads on his upper lip", "blood runs down to her jaw" */
    for (size_t k = i + 1; k < T->n && k < i + (fr ? 5 : 6); k++) {
        if (!T->t[k].word)
            break;
        if (is_body(g, &T->t[k]))
            return true;
    }
    return false;
}

/* Is the noun at token i handled: the object of a verb of handling a few
 * words before it ("picks up a broken sign", "tend le makhila")? */
bool dp__tg_handled(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 4; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word)
            return false;
        if (fr ? IN(handle_fr, t) : IN(handle_en, t))
            return true;
        if (fr ? IN(place_fr, t) : IN(place_en, t)) /* "la jette à la poubelle": where it goes */
            return false;
    }
    return false;
}

/* The object of the verb of handling at token i, when the lexicon does not
 * know it ("picks up a stone", "tend le makhila"): a prop named by its
 * head word (English: the last word of the phrase; French: the first).
 * People, animals, vehicles, set parts of the stop list and characters
 * are not objects here. */
dp_status dp__tg_handled_object(tagger *g, size_t i, const int32_t *named, bool *used)
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
    if (k >= T->n || !dp__tg_is_det(g, &T->t[k]))
        return DP_OK; /* "holds on", "tient bon": no object */
    k++;
    size_t a = k, e = k;
    while (e < T->n && e < a + 3 && T->t[e].word && named[e] < 0 && !dp__tg_is_function(g, &T->t[e]) &&
           !dp__tg_is_det(g, &T->t[e]) && T->t[e].shape != DP__SH_CAPS)
        e++;
    if (e == a)
        return DP_OK;
    /* English: the head is the phrase's last word; one that runs on past
     * the window or into capitals ("holds a lit distress FLARE", "throws
     * his crappy lima bean plants") is not seen here */
    if (!fr && e < T->n && T->t[e].word && named[e] < 0 && !dp__tg_is_function(g, &T->t[e]) &&
        !dp__tg_is_det(g, &T->t[e]))
        return DP_OK;
    for (size_t q = a; q < e; q++)
        if (used[q])
            return DP_OK;
    match m;
    /* English: "grabs a large, heavy crowbar": a word before a comma and a
     * noun of the lexicon is an adjective of that noun, no object */
    if (!fr && e + 1 < T->n && !T->t[e].word && T->t[e].punct == ',')
        for (size_t q = e + 1; q < T->n && q <= e + 3 && T->t[q].word && !dp__tg_is_det(g, &T->t[q]);
             q++)
            if (dp__tg_match_noun(g, q, &m))
                return DP_OK;
    for (size_t q = a; q < e; q++)
        if (dp__tg_match_noun(g, q, &m))
            return DP_OK; /* the lexicon reads it */
    size_t h = fr ? a : e - 1;
    const dp__tok *t = &T->t[h];
    if (dp__tg_stopped(g, t) || t->number || t->low_len < 3)
        return DP_OK;
    /* a participle or adverb is no object: "tient fermement", "holds still" */
    if (dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ly")) ||
        dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ment")) ||
        dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ing")) || dp__tg_is_subject(g, t))
        return DP_OK;
    for (size_t q = a; q < e; q++)
        used[q] = true;
    return dp__tg_find(g, 104, t->lemma, t->lemma_len, -1, t->a, t->b, "handled", 60, 0, 0);
}

/* English: is the hair at token i styled in the action: cut, dyed or
 * shaved on screen ("Karl cuts his hair"), or "his hair is combed"? */
static bool hair_done(const tagger *g, size_t i)
{
    static const dp__lit styling[] = {
        DP__LIT("cuts"),  DP__LIT("trims"),  DP__LIT("shaves"), DP__LIT("dyes"),
        DP__LIT("bleaches"), DP__LIT("braids"), DP__LIT("curls"), DP__LIT("shears"),
    };
    static const dp__lit is[] = {DP__LIT("is"), DP__LIT("was"), DP__LIT("are")};
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN)
        return false;
    if (i > 1 && T->t[i - 2].word && IN(styling, &T->t[i - 2]) && dp__tg_is_det(g, &T->t[i - 1]))
        return true;
    if (i + 2 < T->n && T->t[i + 1].word && IN(is, &T->t[i + 1]) && T->t[i + 2].word) {
        const dp__tok *p = &T->t[i + 2];
        return p->shape == DP__SH_LOWER && dp__ends_with(p->low, p->low_len, &(const dp__lit)DP__LIT("ed"));
    }
    return false;
}

/* Makeup on a character: an adjective ("bloody", "ensanglanté", "en
 * sang"), a body part's state ("la main brûlée"), a substance on a body
 * ("soot on her face"), described hair, a cut. *hit when token i was one
 * (tagged or, for a substance or hair that is not makeup here, left
 * out). */
dp_status dp__tg_makeup_word(tagger *g, size_t i, const int32_t *named, bool *hit,
                             size_t *words)
{
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR;
    const mk_word *list = fr ? makeup_fr : makeup_en;
    size_t n = fr ? DP__COUNT(makeup_fr) : DP__COUNT(makeup_en);
    const dp__tok *t = &T->t[i];
    *hit = false;
    *words = 1;
    if (!in_vocab(g, t))
        return DP_OK;
    for (size_t q = 0; q < n; q++) {
        size_t w = dp__tg_word_match(T, i, list[q].word);
        if (w) {
            *hit = true;
            *words = w;
            return dp__tg_find(g, 107, list[q].lemma, strlen(list[q].lemma), dp__tg_owner(g, i, named),
                        t->a, T->t[i + w - 1].b, "makeup-word", 80, 0, 0);
        }
    }
    const mk_word *bl = fr ? body_states_fr : body_states_en;
    size_t bn = fr ? DP__COUNT(body_states_fr) : DP__COUNT(body_states_en);
    for (size_t q = 0; q < bn; q++)
        if (dp__tg_word_match(T, i, bl[q].word) == 1 && body_next_to(g, i)) {
            *hit = true;
            return dp__tg_find(g, 107, bl[q].lemma, strlen(bl[q].lemma), dp__tg_owner(g, i, named), t->a,
                        t->b, "makeup-body", 75, 0, 0);
        }
    if (fr ? IN(substances_fr, t) : IN(substances_en, t)) {
        match m;
        bool noun = dp__tg_match_noun(g, i, &m);
        if (noun && m.words > 1)
            return DP_OK; /* a compound: "blood stain", "boue séchée" */
        if (on_a_body(g, i)) {
            *hit = true;
            return dp__tg_find(g, 107, t->lemma, t->lemma_len, dp__tg_owner(g, i, named), t->a, t->b,
                        "makeup-on-body", 75, 0, 0);
        }
        /* blood or sweat away from a body is not makeup */
        *hit = noun && m.e->category == 107;
        return DP_OK;
    }
    if (IN(hair_words, t)) {
        *hit = true;
        if (!dp__tg_described(g, i, 1, named) && !hair_done(g, i))
            return DP_OK;
        return dp__tg_find(g, 107, t->low, t->low_len, dp__tg_owner(g, i, named), t->a, t->b, "makeup-hair",
                    70, 0, 0);
    }
    if (!fr && t->low_len == 3 && !memcmp(t->low, "cut", 3) && i > 0 &&
        dp__tg_is_det(g, &T->t[i - 1]) &&
        !(i + 1 < T->n && T->t[i + 1].low_len == 2 && !memcmp(T->t[i + 1].low, "to", 2))) {
        *hit = true;
        return dp__tg_find(g, 107, "cut", 3, dp__tg_owner(g, i, named), t->a, t->b, "makeup-word", 70, 0, 0);
    }
    return DP_OK;
}

/* A costume state ("torn", "trempée") or a change of clothes ("changes
 * into", "enfile", "borrowed clothes") said of a character: findings for
 * the costume department. Returns true when token i was one. */
/* Is a garment named within three words of token i ("his shirt is soaked",
 * "the torn red dress"), so that a state word there is said of clothes,
 * not of hair or skin? */
static bool garment_near(tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    size_t a = i > 3 ? i - 3 : 0;
    for (size_t k = a; k < T->n && k <= i + 3; k++) {
        match m;
        if (k != i && T->t[k].word && dp__tg_match_noun(g, k, &m) && m.e->category == 106 &&
            (k < i ? k + m.words > i - 3 : true))
            return true;
        if (k > i && !T->t[k].word && T->t[k].punct != '-')
            break;
    }
    return false;
}

/* Is the state word at token i said of what someone wears: a garment near
 * it, or a person ("TOMAS, soaked,") — not hair or skin ("her hair still
 * wet") nor a thing ("the wet plates")? */
static bool said_of_clothes(tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    if (garment_near(g, i))
        return true;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 3 && T->t[k].word; steps++)
        if (is_body(g, &T->t[k]))
            return false;
    if (i + 1 < T->n && T->t[i + 1].word && !dp__tg_is_function(g, &T->t[i + 1]) &&
        !dp__tg_is_det(g, &T->t[i + 1])) {
        match m;
        if (dp__tg_match_noun(g, i + 1, &m) || dp__tg_stopped(g, &T->t[i + 1]))
            return false;
    }
    return true;
}

dp_status dp__tg_costume_word(tagger *g, size_t i, const int32_t *named, bool *hit)
{
    const dp__tok *t = &g->toks.t[i];
    bool fr = g->lang == DP__LANG_FR;
    const mk_word *list = fr ? states_fr : states_en;
    size_t n = fr ? DP__COUNT(states_fr) : DP__COUNT(states_en);
    *hit = false;
    if (!in_vocab(g, t))
        return DP_OK;
    int32_t who = dp__tg_owner(g, i, named);
    if (who < 0)
        return DP_OK;
    for (size_t q = 0; q < n; q++)
        if (strlen(list[q].word) == t->low_len && !memcmp(list[q].word, t->low, t->low_len) &&
            said_of_clothes(g, i)) {
            *hit = true;
            return dp__tg_find(g, DP__FOUND_STATE, list[q].lemma, strlen(list[q].lemma), who,
                               t->a, t->b, "costume-state", 70, 0, 0);
        }
    /* "the shoulder of her red dress tears" */
    match prev;
    if (IN(rip, t) && i > 0 && dp__tg_match_noun(g, i - 1, &prev) && prev.e->category == 106) {
        *hit = true;
        return dp__tg_find(g, DP__FOUND_STATE, fr ? "déchiré" : "torn", fr ? 8 : 4, who, t->a,
                           t->b, "costume-state", 70, 0, 0);
    }
    if (fr ? IN(change_fr, t) : IN(change_en, t)) {
        /* a change only when clothes follow: "changes into", "fresh clothes" */
        for (size_t k = i + 1; k < g->toks.n && k < i + 4; k++) {
            match m;
            if (g->toks.t[k].word && dp__tg_match_noun(g, k, &m) && m.e->category == 106) {
                *hit = false; /* the wardrobe itself is tagged as usual */
                return dp__tg_find(g, DP__FOUND_CHANGE, t->low, t->low_len, who, t->a, t->b,
                            "costume-change", 70, 0, 0);
            }
        }
    }
    return DP_OK;
}
