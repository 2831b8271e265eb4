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
    {"bloody", "blood"},    {"bloodied", "blood"}, {"bleeding", "blood"},
    {"bleeds", "blood"},    {"bruised", "bruise"}, {"sweaty", "sweat"},
    {"sweating", "sweat"},  {"scarred", "scar"},   {"wounded", "wound"},
    {"tear-streaked", "tears"},
};
static const mk_word makeup_fr[] = {
    {"ensanglanté", "sang"},  {"ensanglantée", "sang"}, {"ensanglantés", "sang"},
    {"ensanglantées", "sang"}, {"saigne", "sang"},       {"saignent", "sang"},
    {"tuméfié", "ecchymose"}, {"tuméfiée", "ecchymose"}, {"blessé", "blessure"},
    {"blessée", "blessure"},  {"en sueur", "sueur"},     {"en sang", "sang"},
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

typedef struct tagger {
    dp_breakdown *bd;
    dp__lang lang;
    const dp__lex *lex;
    dp__findings *out;
    dp__arena scratch;
    dp__toks toks;
    name_slot *names; /* open addressing */
    size_t names_cap;
    dp__buf tmp;
    int32_t last_character; /* last named in the scene */
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
static bool match_noun(tagger *g, size_t i, match *m)
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

static bool stopped(const tagger *g, const dp__tok *t)
{
    return dp__lex_find(g->lex->stop, g->lex->n_stop, t->lemma, t->lemma_len) ||
           dp__lex_find(g->lex->stop, g->lex->n_stop, t->low, t->low_len);
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

/* Words of token range [i, i + words) as the item name: the lexicon's
 * lemma. */
static dp_status found_noun(tagger *g, size_t i, const match *m, const int32_t *named,
                            const char *rule, uint8_t conf, uint16_t force_cat)
{
    const dp__toks *T = &g->toks;
    uint16_t cat = force_cat ? force_cat : m->e->category;
    uint32_t flags = dp__lex_flag(m->e, "weapon") ? DP_ITEMF_WEAPON : 0;
    int32_t who = (cat == 106 || cat == 107) ? owner(g, i, named) : -1;
    uint32_t count = cat == 101 ? count_before(g, i) : 0;
    return find(g, cat, m->e->key, strlen(m->e->key), who, T->t[i].a,
                T->t[i + m->words - 1].b, rule, conf, count, flags);
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

/* Makeup said with an adjective: "bloody", "ensanglanté", "en sang". */
static dp_status makeup_word(tagger *g, size_t i, const int32_t *named, bool *hit)
{
    const dp__toks *T = &g->toks;
    const mk_word *list = g->lang == DP__LANG_FR ? makeup_fr : makeup_en;
    size_t n = g->lang == DP__LANG_FR ? DP__COUNT(makeup_fr) : DP__COUNT(makeup_en);
    const dp__tok *t = &T->t[i];
    *hit = false;
    for (size_t q = 0; q < n; q++) {
        const char *w = list[q].word;
        const char *sp = strchr(w, ' ');
        if (!sp) {
            if (strlen(w) == t->low_len && !memcmp(w, t->low, t->low_len)) {
                *hit = true;
                return find(g, 107, list[q].lemma, strlen(list[q].lemma), owner(g, i, named),
                            t->a, t->b, "makeup-word", 80, 0, 0);
            }
        } else if (i + 1 < T->n && (size_t)(sp - w) == t->low_len &&
                   !memcmp(w, t->low, t->low_len) && T->t[i + 1].word &&
                   strlen(sp + 1) == T->t[i + 1].low_len &&
                   !memcmp(sp + 1, T->t[i + 1].low, T->t[i + 1].low_len)) {
            *hit = true;
            return find(g, 107, list[q].lemma, strlen(list[q].lemma), owner(g, i, named), t->a,
                        T->t[i + 1].b, "makeup-word", 80, 0, 0);
        }
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

/* A verb of the verb lexicon at token i (one to three words). */
static const dp__lex_entry *match_verb(tagger *g, size_t i, size_t *words)
{
    const dp__toks *T = &g->toks;
    char key[256];
    size_t len = 0;
    const dp__lex_entry *best = NULL;
    for (size_t k = i; k < T->n && k < i + 3; k++) {
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

/* A run of words in CAPITALS that is not a name: an element the writer
 * points at ("Mom's PORSCHE", "The phone RINGS"). */
static dp_status caps_run(tagger *g, size_t i, size_t end, const int32_t *named, bool *used)
{
    const dp__toks *T = &g->toks;
    dp_status st = DP_OK;
    for (size_t k = i; k < end && st == DP_OK; k++) {
        if (used[k])
            continue;
        match m;
        if (match_noun(g, k, &m) && k + m.words <= end) {
            st = found_noun(g, k, &m, named, "caps", 90, 0);
            for (size_t q = k; q < k + m.words; q++)
                used[q] = true;
            k += m.words - 1;
            continue;
        }
        size_t vw;
        const dp__lex_entry *v = match_verb(g, k, &vw);
        if (v && k + vw <= end) {
            st = find(g, v->category, v->value, strlen(v->value), -1, T->t[k].a,
                      T->t[k + vw - 1].b, "caps", 85, 0, 0);
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
    g->text = el->plain;
    dp_status st = dp__tokenize(&g->scratch, g->lex, g->lang, el->plain, strlen(el->plain), T);
    if (st != DP_OK || T->n == 0)
        return st;
    int32_t *named = dp__arena_alloc(&g->scratch, T->n * sizeof *named);
    bool *used = dp__arena_alloc(&g->scratch, T->n * sizeof *used);
    if (!named || !used)
        return DP_E_NOMEM;
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
        if (is_wear_word(g, i, named)) {
            st = wardrobe_after(g, i, named, used);
            continue;
        }
        bool hit;
        if ((st = costume_word(g, i, named, &hit)) != DP_OK)
            break;
        if ((st = makeup_word(g, i, named, &hit)) != DP_OK || hit) {
            used[i] = true;
            continue;
        }
        /* 3. the lexicons */
        if (stopped(g, t) || t->elision)
            continue;
        match m;
        if (match_noun(g, i, &m)) {
            bool ambiguous = dp__lex_flag(m.e, "ambiguous");
            bool det = i > 0 && (is_det(g, &T->t[i - 1]) || T->t[i - 1].number);
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
                if (!speaking_role)
                    st = found_noun(g, i, &m, named, "lexicon", ambiguous ? 55 : 75, 0);
                for (size_t q = i; q < i + m.words; q++)
                    used[q] = true;
                i += m.words - 1;
                continue;
            }
        }
        size_t vw;
        const dp__lex_entry *v = match_verb(g, i, &vw);
        if (v) {
            st = find(g, v->category, v->value, strlen(v->value), -1, t->a, T->t[i + vw - 1].b,
                      "verb", 70, 0, 0);
            for (size_t q = i; q < i + vw; q++)
                used[q] = true;
            i += vw - 1;
        }
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
    dp__arena_release(&g.scratch);
    dp__buf_release(&g.tmp);
    return st;
}
