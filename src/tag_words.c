/* The tagger's words: determiners, pronouns, function words, counts, and
 * what they say of the words next to them. */
#include "tag.h"

#include <string.h>

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
    DP__LIT("doesn't"), DP__LIT("don't"), DP__LIT("didn't"), DP__LIT("won't"), DP__LIT("can't"),
};

static const dp__lit subj_fr[] = {
    DP__LIT("il"), DP__LIT("elle"), DP__LIT("ils"), DP__LIT("elles"), DP__LIT("on"),
    DP__LIT("qui"), DP__LIT("je"), DP__LIT("tu"), DP__LIT("nous"), DP__LIT("vous"),
    DP__LIT("se"), DP__LIT("s'"), DP__LIT("ne"), DP__LIT("n'"),
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

static const dp__lit definite[] = {
    DP__LIT("the"), DP__LIT("le"), DP__LIT("la"), DP__LIT("l'"), DP__LIT("les"),
};

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


/* English nouns of a quantity of something: "a bundle of mail" */
static const dp__lit quantities[] = {
    DP__LIT("bundle"), DP__LIT("stack"),  DP__LIT("pile"),    DP__LIT("heap"),
    DP__LIT("pair"),   DP__LIT("dozen"),  DP__LIT("sheet"),   DP__LIT("wad"),
    DP__LIT("bunch"),  DP__LIT("armful"), DP__LIT("handful"), DP__LIT("stash"),
    DP__LIT("gust"),   DP__LIT("puff"),   DP__LIT("plume"),   DP__LIT("wisp"),
};

bool dp__tg_is_det(const tagger *g, const dp__tok *t)
{
    return t->word && (g->lang == DP__LANG_FR ? IN(det_fr, t) : IN(det_en, t));
}

bool dp__tg_is_subject(const tagger *g, const dp__tok *t)
{
    return t->word && (g->lang == DP__LANG_FR ? IN(subj_fr, t) : IN(subj_en, t));
}

bool dp__tg_is_definite(const tagger *g, const dp__tok *t)
{
    (void)g;
    return t->word && IN(definite, t);
}

bool dp__tg_is_function(const tagger *g, const dp__tok *t)
{
    return t->word && (g->lang == DP__LANG_FR ? IN(function_fr, t) : IN(function_en, t));
}

bool dp__tg_is_adverb(const tagger *g, const dp__tok *t)
{
    static const dp__lit adv[] = {
        DP__LIT("still"), DP__LIT("badly"), DP__LIT("already"), DP__LIT("freshly"),
        DP__LIT("encore"), DP__LIT("déjà"), DP__LIT("toujours"), DP__LIT("mal"),
        DP__LIT("bien"), DP__LIT("légèrement"), DP__LIT("très"),
    };
    (void)g;
    return t->word && IN(adv, t);
}

/* A word that may describe the noun next to it: not a determiner,
 * pronoun, preposition, name or (French) verb of the third person
 * plural. */
bool dp__tg_describes(const tagger *g, size_t k, const int32_t *named)
{
    const dp__tok *t = &g->toks.t[k];
    if (!t->word || t->number || named[k] >= 0 || dp__tg_is_det(g, t) || dp__tg_is_subject(g, t) ||
        dp__tg_is_function(g, t))
        return false;
    return !(g->lang == DP__LANG_FR && dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ent")));
}

/* Is the noun of tokens [i, i + words) described: an adjective or
 * participle before it, or (French) after it, or a participle after it
 * ("hair combed back")? */
bool dp__tg_described(const tagger *g, size_t i, size_t words, const int32_t *named)
{
    const dp__toks *T = &g->toks;
    size_t after = i + words;
    bool before = i > 0 && !T->t[i].sent_start && dp__tg_describes(g, i - 1, named);
    if (g->lang == DP__LANG_FR)
        return before || (after < T->n && dp__tg_describes(g, after, named));
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
size_t dp__tg_word_match(const dp__toks *T, size_t i, const char *w)
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

/* Is token i used as a noun: after a determiner or a number, or (English)
 * after a quantity and "of" ("a stack of paper", "pairs of shoes")? */
bool dp__tg_after_det(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    if (i > 0 && (dp__tg_is_det(g, &T->t[i - 1]) || T->t[i - 1].number))
        return true;
    return g->lang == DP__LANG_EN && i > 1 && T->t[i - 1].word && !strcmp(T->t[i - 1].low, "of") &&
           T->t[i - 2].word &&
           dp__lit_in(quantities, DP__COUNT(quantities), T->t[i - 2].lemma, T->t[i - 2].lemma_len);
}

/* English: "can" as a container, "a can of Ensure" (the word is no entry
 * of the lexicon, being mostly a verb). */
bool dp__tg_can_of(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    const dp__tok *t = &T->t[i];
    return g->lang == DP__LANG_EN && i + 1 < T->n && T->t[i + 1].word &&
           !strcmp(T->t[i + 1].low, "of") && (!strcmp(t->lemma, "can") || !strcmp(t->lemma, "glass")) &&
           i > 0 &&
           (dp__tg_is_det(g, &T->t[i - 1]) || T->t[i - 1].shape == DP__SH_LOWER);
}

/* English: is token i "smoking" used as an adjective, after a determiner
 * and before a noun ("the smoking barrel", "a smoking wreck")? The thing
 * gives off smoke on screen, an effect; "smoking his pipe" is no effect. */
bool dp__tg_smoking(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    return g->lang == DP__LANG_EN && i > 0 && i + 1 < T->n && !strcmp(T->t[i].low, "smoking") &&
           dp__tg_is_det(g, &T->t[i - 1]) && T->t[i + 1].word &&
           !dp__tg_is_function(g, &T->t[i + 1]) && !dp__tg_is_det(g, &T->t[i + 1]);
}

/* English: is token i a word of a proper name of a shop or a company, not
 * a thing? A Title-case word inside a sentence after another Title-case
 * word that is no character ("Talbot's Five and Dime", "Cole's
 * Pharmacy"), or a word in a run of capitals that ends in a company's
 * suffix ("ISLAND LAUNDRY CO."). */
bool dp__tg_in_proper_name(const tagger *g, size_t i, const int32_t *named)
{
    static const dp__lit join[] = {DP__LIT("and"), DP__LIT("&"), DP__LIT("of"), DP__LIT("'s")};
    static const dp__lit company[] = {
        DP__LIT("co"),  DP__LIT("inc"), DP__LIT("ltd"), DP__LIT("corp"),
        DP__LIT("llc"), DP__LIT("plc"), DP__LIT("company"),
    };
    const dp__toks *T = &g->toks;
    const dp__tok *t = &T->t[i];
    if (g->lang != DP__LANG_EN || !t->word)
        return false;
    if (t->shape == DP__SH_CAPS) {
        for (size_t k = i; k < T->n && k < i + 4 && T->t[k].word && T->t[k].shape == DP__SH_CAPS; k++)
            if (IN(company, &T->t[k]))
                return true;
        return false;
    }
    if (t->shape != DP__SH_TITLE || t->sent_start || i == 0)
        return false;
    size_t p = i - 1;
    if (T->t[p].word && IN(join, &T->t[p]) && p > 0)
        p--;
    const dp__tok *q = &T->t[p];
    static const dp__lit article[] = {DP__LIT("the"), DP__LIT("a"), DP__LIT("an")};
    return q->word && q->shape == DP__SH_TITLE && named[p] < 0 && !IN(article, q) &&
           !dp__tg_is_function(g, q) && !dp__tg_is_subject(g, q);
}

/* English: is the prop noun at token i a part of a body here, after a
 * possessive ("this man's nails", "her nails") or, for a rump, "on the"
 * ("smacks the horse on the butt")? A cigarette butt or a box of nails is
 * a prop. */
bool dp__tg_body_sense(const tagger *g, size_t i)
{
    static const dp__lit possessive[] = {
        DP__LIT("his"), DP__LIT("her"), DP__LIT("their"), DP__LIT("its"),
        DP__LIT("my"),  DP__LIT("your"), DP__LIT("our"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i == 0)
        return false;
    const dp__tok *t = &T->t[i], *p = &T->t[i - 1];
    bool nail = !strcmp(t->lemma, "nail"), butt = !strcmp(t->lemma, "butt");
    if (!nail && !butt)
        return false;
    if ((!p->word && p->punct == '\'') || IN(possessive, p)) /* the possessive 's, "his" */
        return true;
    return butt && i > 1 && !strcmp(p->low, "the") && T->t[i - 2].word &&
           !strcmp(T->t[i - 2].low, "on") && (i + 1 >= T->n || !T->t[i + 1].word);
}

/* English: is "toast" at token i a speech ("ostensibly for a toast",
 * "raises a toast to the bride"), not bread? */
bool dp__tg_toast_speech(const tagger *g, size_t i)
{
    static const dp__lit before[] = {
        DP__LIT("for"),   DP__LIT("raise"),    DP__LIT("raises"), DP__LIT("propose"),
        DP__LIT("proposes"), DP__LIT("make"),  DP__LIT("makes"),  DP__LIT("give"),
        DP__LIT("gives"), DP__LIT("raising"), DP__LIT("proposing"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i < 2 || strcmp(T->t[i].lemma, "toast") != 0 ||
        strcmp(T->t[i - 1].low, "a") != 0)
        return false;
    return (T->t[i - 2].word && IN(before, &T->t[i - 2])) ||
           (i + 1 < T->n && T->t[i + 1].word && !strcmp(T->t[i + 1].low, "to"));
}

/* English: is the noun at token i in a hypothetical, the object of a
 * modal verb in its clause ("could hold a lot of money", "would fit a
 * small car")? It is not in the scene. */
bool dp__tg_hypothetical(const tagger *g, size_t i)
{
    static const dp__lit modal[] = {DP__LIT("could"), DP__LIT("would"), DP__LIT("might")};
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN)
        return false;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 6; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word)
            return false;
        if (IN(modal, t))
            return k + 1 < i; /* a verb between: "could hold" */
    }
    return false;
}

/* English: is the animal noun at token i a shape someone makes, in a list
 * after "making" ("using his hands to cast shadows, making a convincing
 * bird, a passable monkey, and finally a dog")? No live animal then. The
 * words between may be articles, adjectives, adverbs, commas, "and" and
 * the list's other animals; any other noun, verb or clause word stops. */
bool dp__tg_made_shape(tagger *g, size_t i)
{
    static const dp__lit make[] = {
        DP__LIT("making"), DP__LIT("makes"), DP__LIT("make"), DP__LIT("forming"),
        DP__LIT("forms"),  DP__LIT("shaping"), DP__LIT("shapes"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN)
        return false;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 12; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word) {
            if (t->punct == ',')
                continue;
            return false;
        }
        if (IN(make, t))
            return k + 1 < i && dp__tg_is_det(g, &T->t[k + 1]);
        if (t->shape != DP__SH_LOWER || dp__tg_is_subject(g, t) || t->number ||
            (dp__tg_is_function(g, t) && strcmp(t->low, "and") != 0))
            return false;
        if (dp__tg_is_det(g, t) || !strcmp(t->low, "and") ||
            dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ly")))
            continue;
        match m;
        if (dp__tg_match_noun(g, k, &m) && m.e->category != 108)
            return false; /* "makes coffee while the dog sleeps" */
        if (dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ed")) ||
            (dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("s")) &&
             !(dp__tg_match_noun(g, k, &m) && m.e->category == 108)))
            return false; /* a verb: "feeds the dog" */
    }
    return false;
}

/* English: is the noun m at token i straw counted, "a straw" or
 * "straws", a drinking straw (a prop) rather than straw the material? */
bool dp__tg_counted_straw(const tagger *g, size_t i, const match *m)
{
    const dp__toks *T = &g->toks;
    const dp__tok *t = &T->t[i];
    if (g->lang != DP__LANG_EN || m->words != 1 || strcmp(t->lemma, "straw") != 0)
        return false;
    return strcmp(t->low, t->lemma) != 0 ||
           (i > 0 && (!strcmp(T->t[i - 1].low, "a") || !strcmp(T->t[i - 1].low, "another")));
}

/* after_det, or after a determiner and one lower-case word ("a long
 * SCREAM", "un long HURLEMENT"): a word in capitals used as a noun. */
bool dp__tg_caps_noun(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    return dp__tg_after_det(g, i) || (i > 1 && T->t[i - 1].word && T->t[i - 1].shape == DP__SH_LOWER &&
                               dp__tg_after_det(g, i - 1));
}

/* Is the noun at token i a comparison, not a thing in the scene ("barks
 * like a dog", "comme un fou")? */
bool dp__tg_simile(const tagger *g, size_t i)
{
    static const dp__lit like[] = {DP__LIT("like"), DP__LIT("comme")};
    const dp__toks *T = &g->toks;
    size_t k = i;
    /* English: up to two adjectives between ("like an open wound", "like
     * a big hungry dog") */
    for (size_t a = 0; g->lang == DP__LANG_EN && a < 2 && k > 1; a++) {
        const dp__tok *w = &T->t[k - 1];
        if (!w->word || w->shape != DP__SH_LOWER || dp__tg_is_det(g, w) ||
            dp__tg_is_function(g, w) || dp__tg_is_subject(g, w) ||
            dp__lit_in(like, 2, w->low, w->low_len))
            break;
        k--;
    }
    if (k > 0 && dp__tg_is_det(g, &T->t[k - 1]))
        k--;
    else if (k != i)
        return false; /* "like" then no article: "like fresh snow" reads as before */
    return k > 0 && T->t[k - 1].word && dp__lit_in(like, 2, T->t[k - 1].low, T->t[k - 1].low_len);
}

/* English: is token i, which looks like a plural noun, the verb of the
 * singular noun before it, with the verb's object after it: "Rain hammers
 * the pier", "the car barrels the ...", "Sweat beads a ..."? A plural noun
 * is not followed by a determiner. */
bool dp__tg_verb_after_noun(tagger *g, size_t i)
{
    /* particles of a verb of motion: "Fire roars up inside the van" */
    static const dp__lit motion[] = {
        DP__LIT("up"),   DP__LIT("down"), DP__LIT("across"), DP__LIT("through"),
        DP__LIT("into"), DP__LIT("out"),  DP__LIT("off"),    DP__LIT("along"),
        DP__LIT("past"), DP__LIT("away"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i == 0 || i + 1 >= T->n)
        return false;
    const dp__tok *t = &T->t[i], *p = &T->t[i - 1], *n = &T->t[i + 1];
    if (!t->word || t->shape != DP__SH_LOWER || !n->word ||
        !dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("s")) ||
        !strcmp(t->low, t->lemma) || n->number)
        return false;
    /* "WALTER, 40's, smokes a pipe": the end of an aside */
    if (!p->word)
        return p->punct == ',' && dp__tg_is_det(g, n);
    if (strcmp(p->low, p->lemma) != 0 || !(dp__tg_is_det(g, n) || IN(motion, n)))
        return false;
    match m;
    return dp__tg_stopped(g, p) || (dp__tg_match_noun(g, i - 1, &m) && m.words == 1);
}

/* English: is the weather noun at token i the cause of a state, rain
 * that fell before the scene ("cobwebs heavy from the rain", "the bottoms
 * collapsing from the rain")? No effect to make then, only wet things.
 * Not after a particle: "comes in from the rain" may show it. */
bool dp__tg_weather_cause(const tagger *g, size_t i)
{
    static const dp__lit weather[] = {
        DP__LIT("rain"), DP__LIT("snow"), DP__LIT("drizzle"), DP__LIT("sleet"),
        DP__LIT("hail"), DP__LIT("downpour"), DP__LIT("storm"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i < 2 || !T->t[i].word ||
        !dp__lit_in(weather, DP__COUNT(weather), T->t[i].lemma, T->t[i].lemma_len))
        return false;
    size_t k = i - 1;
    if (dp__tg_is_definite(g, &T->t[k]))
        k--;
    if (k == 0 || !T->t[k].word || strcmp(T->t[k].low, "from") != 0)
        return false;
    const dp__tok *before = &T->t[k - 1];
    return before->word && !before->number && !dp__tg_is_function(g, before) &&
           !dp__tg_is_subject(g, before) && !dp__tg_is_det(g, before);
}

/* English: is token i, a bare singular word after a plural noun and
 * before a preposition, the verb of that plural ("Floodlights haze in the
 * drizzle", "Gulls wheel over the slipway")? */
bool dp__tg_verb_after_plural(tagger *g, size_t i)
{
    static const dp__lit prep[] = {
        DP__LIT("in"),   DP__LIT("into"),  DP__LIT("across"), DP__LIT("through"),
        DP__LIT("over"), DP__LIT("along"), DP__LIT("around"), DP__LIT("above"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i == 0 || i + 1 >= T->n)
        return false;
    const dp__tok *t = &T->t[i], *p = &T->t[i - 1], *n = &T->t[i + 1];
    if (!t->word || t->shape != DP__SH_LOWER || strcmp(t->low, t->lemma) != 0 ||
        dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("s")) || !n->word ||
        !IN(prep, n) || !p->word || p->shape == DP__SH_CAPS || !strcmp(p->low, p->lemma) ||
        dp__tg_stopped(g, p))
        return false;
    if (!dp__ends_with(p->low, p->low_len, &(const dp__lit)DP__LIT("s")))
        return false;
    match m;
    return p->sent_start || (i >= 2 && dp__tg_is_det(g, &T->t[i - 2])) ||
           (dp__tg_match_noun(g, i - 1, &m) && m.words == 1);
}

/* English: is the noun at token i what a sound is the sound of ("over the
 * sound of rain", "the noise of the fire")? Then it is only heard. */
bool dp__tg_sound_of(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i < 2)
        return false;
    size_t k = i - 1;
    if (T->t[k].word && dp__tg_is_det(g, &T->t[k]) && k > 1)
        k--;
    if (!T->t[k].word || strcmp(T->t[k].low, "of") || !T->t[k - 1].word)
        return false;
    const char *w = T->t[k - 1].lemma;
    return !strcmp(w, "sound") || !strcmp(w, "noise");
}

/* English nouns that name a part of a machine, a vehicle or a weapon */
static const dp__lit parts_en[] = {
    DP__LIT("barrel"), DP__LIT("bumper"), DP__LIT("drawer"), DP__LIT("hood"),
    DP__LIT("lever"),  DP__LIT("lid"),    DP__LIT("needle"), DP__LIT("tray"),
    DP__LIT("trigger"), DP__LIT("trunk"),
};

/* The index in parts_en of token k plus one; 0 for no part. */
static size_t part_index(const tagger *g, size_t k)
{
    const dp__tok *t = &g->toks.t[k];
    if (g->lang != DP__LANG_EN || !t->word)
        return 0;
    for (size_t p = 0; p < DP__COUNT(parts_en); p++)
        if (t->lemma_len == parts_en[p].n && !memcmp(t->lemma, parts_en[p].s, t->lemma_len))
            return p + 1;
    return 0;
}

static bool is_part(const tagger *g, size_t k)
{
    return part_index(g, k) != 0;
}

/* Is token k a one-word prop or vehicle that is no part itself? */
static bool whole_at(tagger *g, size_t k)
{
    match m;
    return g->toks.t[k].word && !is_part(g, k) && dp__tg_match_noun(g, k, &m) &&
           m.words == 1 && (m.e->category == 103 || m.e->category == 104);
}

/* Is the part at token i next to its whole (see dp__tg_part_of)? */
static bool next_to_whole(tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    for (size_t k = i; k-- > 0 && i - k <= 3;) {
        const dp__tok *t = &T->t[k];
        if (!t->word)
            break;
        if (!strcmp(t->low, "'s"))
            continue;
        if (whole_at(g, k))
            return true;
        if (dp__tg_is_det(g, t) || dp__tg_is_function(g, t))
            break;
    }
    size_t k = i + 1;
    if (k < T->n && T->t[k].word && !strcmp(T->t[k].low, "out"))
        k++;
    if (k >= T->n || !T->t[k].word || (strcmp(T->t[k].low, "of") && strcmp(T->t[k].low, "on")))
        return false;
    for (size_t q = k + 1; q < T->n && q <= k + 3 && T->t[q].word; q++)
        if (whole_at(g, q))
            return true;
    return false;
}

/* English: is the noun at token i a part of the machine, vehicle or weapon
 * named next to it: before it ("the gun barrel", "the car's trunk", "the
 * printer output tray") or after "of" or "on" ("the barrel of his rifle",
 * "the lever on his rifle", "the tray out of the printer")? The whole is
 * the element, its part none; a part once named so stays that part in the
 * rest of the scene ("He pulls the paper tray again"). */
bool dp__tg_part_of(tagger *g, size_t i)
{
    size_t p = part_index(g, i);
    if (!p)
        return false;
    if (g->part_scene != g->scene) {
        g->part_scene = g->scene;
        g->part_bits = 0;
    }
    uint32_t bit = (uint32_t)1 << (p - 1);
    if (g->part_bits & bit)
        return true;
    if (!next_to_whole(g, i))
        return false;
    g->part_bits |= bit;
    return true;
}

/* English materials that name what a thing is made of */
static const dp__lit materials_en[] = {
    DP__LIT("brick"), DP__LIT("chrome"),  DP__LIT("concrete"), DP__LIT("glass"),
    DP__LIT("iron"),  DP__LIT("marble"),  DP__LIT("metal"),    DP__LIT("plastic"),
    DP__LIT("steel"), DP__LIT("stone"),   DP__LIT("wood"),
};

/* English: is token i a material joined to another one before a noun ("a
 * glass and steel skyscraper", "a brick and stone wall")? It says what
 * the noun is made of and is no element itself. */
static bool materials_before_noun(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    if (i + 3 >= T->n || !T->t[i + 1].word || strcmp(T->t[i + 1].low, "and") ||
        !T->t[i + 2].word || !T->t[i + 3].word)
        return false;
    return IN(materials_en, &T->t[i]) && IN(materials_en, &T->t[i + 2]);
}

/* English: are the animals at token i a mass no wrangler supplies,
 * "thousands", "millions" or "everywhere" in their sentence or the next
 * ("The fireflies are out. Thousands of them.", "The locusts are
 * everywhere now.")? They are a visual effect (119). */
bool dp__tg_massed(const tagger *g, size_t i)
{
    static const dp__lit many[] = {DP__LIT("billions"), DP__LIT("millions"),
                                   DP__LIT("thousands"), DP__LIT("everywhere")};
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN)
        return false;
    size_t a = i;
    while (a > 0 && !T->t[a].sent_start)
        a--;
    size_t starts = 0;
    for (size_t k = a; k < T->n; k++) {
        if (k > a && T->t[k].sent_start && ++starts == 2)
            break;
        if (T->t[k].word && IN(many, &T->t[k]))
            return true;
    }
    return false;
}

/* English: is the animal noun m at token i a computer mouse: "mouse" in a
 * scene where a computer, laptop, keyboard or monitor was found? */
bool dp__tg_computer_mouse(const tagger *g, size_t i, const match *m)
{
    static const dp__lit computers[] = {DP__LIT("computer"), DP__LIT("keyboard"),
                                        DP__LIT("laptop"), DP__LIT("monitor")};
    if (g->lang != DP__LANG_EN || m->words != 1 || strcmp(g->toks.t[i].lemma, "mouse"))
        return false;
    const dp__findings *o = g->out;
    for (size_t k = o->n; k-- > 0 && o->f[k].scene == g->scene;)
        if (dp__lit_in(computers, DP__COUNT(computers), o->f[k].name, strlen(o->f[k].name)))
            return true;
    return false;
}

/* English: is the singular noun m at token i the modifier of a noun after
 * it ("fish crate", "butterfly stitches", "car alarm")? Not before a verb
 * ("a dog barks", "the phone rings"), nor a thing before a part of it
 * ("the gun barrel": the gun is the element; a material is no thing).
 * Two materials joined before a noun are ("a glass and steel tower"). */
bool dp__tg_modifier(tagger *g, size_t i, const match *m)
{
    const dp__toks *T = &g->toks;
    size_t n = i + m->words;
    if (g->lang != DP__LANG_EN || n >= T->n || !T->t[n].word ||
        T->t[n].shape == DP__SH_CAPS || strcmp(T->t[i + m->words - 1].low,
                                                T->t[i + m->words - 1].lemma) != 0)
        return false;
    /* "the kettle whistles": after a determiner, a plural-looking word is
     * the verb of the noun, not its head */
    if (dp__tg_after_det(g, i) && strcmp(T->t[n].low, T->t[n].lemma) != 0)
        return false;
    size_t vw;
    match next;
    if (materials_before_noun(g, i))
        return true;
    if (is_part(g, n) && (m->e->category == 103 || m->e->category == 104) &&
        !dp__lex_flag(m->e, "mass"))
        return false; /* "the gun barrel", but "the paper tray", "the pilot lever" */
    return dp__tg_match_noun(g, n, &next) && !dp__tg_match_verb(g, n, &vw) &&
           !dp__tg_stopped(g, &T->t[n]) && !dp__tg_verb_after_noun(g, n);
}

/* English: is token n a singular noun of the stop list, a piece of the set
 * ("the chart table", "the glass door", "the chart drawer")? An ambiguous
 * noun just before it qualifies it: the determiner is the compound's, and
 * no evidence that the first noun is a thing of its own. */
bool dp__tg_before_set_noun(const tagger *g, size_t n)
{
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || n >= T->n)
        return false;
    const dp__tok *t = &T->t[n];
    return t->word && t->shape == DP__SH_LOWER && !t->number && !strcmp(t->low, t->lemma) &&
           !dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("s")) &&
           !dp__tg_is_function(g, t) && !dp__tg_is_det(g, t) && !dp__tg_is_subject(g, t) &&
           !dp__tg_is_adverb(g, t) && dp__tg_stopped(g, t);
}

/* French nouns of a quantity, a container or a shape that name what they
 * hold: "une paire de bottes", "un paquet de cigarettes", "un rouleau de
 * scotch", "des bottes de foin", "un nuage de poudre". */
static const dp__lit measure_fr[] = {
    DP__LIT("paire"),  DP__LIT("paquet"),  DP__LIT("pile"),    DP__LIT("tas"),
    DP__LIT("rouleau"), DP__LIT("tranche"), DP__LIT("quignon"), DP__LIT("morceau"),
    DP__LIT("botte"),  DP__LIT("boîte"),   DP__LIT("sachet"),  DP__LIT("poignée"),
    DP__LIT("nuage"),  DP__LIT("gerbe"),   DP__LIT("panache"), DP__LIT("volute"),
    DP__LIT("liasse"),
};

bool dp__tg_measure(tagger *g, size_t i, const match *m, match *inner, size_t *at)
{
    static const dp__lit of[] = {DP__LIT("de"), DP__LIT("d'"), DP__LIT("du"), DP__LIT("des")};
    static const dp__lit art[] = {DP__LIT("un"), DP__LIT("une"), DP__LIT("la"), DP__LIT("l'"),
                                  DP__LIT("le")};
    const dp__toks *T = &g->toks;
    size_t k = i + 1;
    if (g->lang != DP__LANG_FR || m->words != 1 ||
        !dp__lit_in(measure_fr, DP__COUNT(measure_fr), T->t[i].lemma, T->t[i].lemma_len) ||
        k >= T->n || !T->t[k].word || !IN(of, &T->t[k]))
        return false;
    k++;
    if (k < T->n && T->t[k].word && IN(art, &T->t[k])) /* "deux tranches d'un fromage" */
        k++;
    if (k >= T->n || !T->t[k].word || dp__tg_stopped(g, &T->t[k]) ||
        !dp__tg_match_noun(g, k, inner) || inner->e->category == 101)
        return false;
    *at = k;
    return true;
}

/* French words after an animal noun that make it a dead animal */
static const dp__lit dead_fr[] = {
    DP__LIT("mort"),  DP__LIT("morte"),  DP__LIT("morts"),  DP__LIT("mortes"),
    DP__LIT("crevé"), DP__LIT("crevée"), DP__LIT("crevés"), DP__LIT("crevées"),
};

/* French cooking verbs: the animal they take as object is a dish */
static const dp__lit cook_fr[] = {
    DP__LIT("flambe"),     DP__LIT("flambent"),   DP__LIT("désosse"),   DP__LIT("désossent"),
    DP__LIT("découpe"),    DP__LIT("découpent"),  DP__LIT("farcit"),    DP__LIT("farcissent"),
    DP__LIT("grille"),     DP__LIT("grillent"),   DP__LIT("décortique"), DP__LIT("décortiquent"),
    DP__LIT("écaille"),    DP__LIT("écaillent"),  DP__LIT("plume"),     DP__LIT("plument"),
    DP__LIT("assaisonne"), DP__LIT("assaisonnent"), DP__LIT("mange"),   DP__LIT("mangent"),
    DP__LIT("cuire"),      DP__LIT("rôtir"),      DP__LIT("griller"),   DP__LIT("mijoter"),
};

/* Does the sentence of token i say, before it, that what follows is out
 * of sight ("Dehors, les chiens ABOIENT", "Quelque part dans le noir")? */
static bool heard_only(const tagger *g, size_t i)
{
    static const dp__lit away[] = {DP__LIT("dehors"), DP__LIT("quelque part"),
                                   DP__LIT("hors champ"), DP__LIT("hors-champ")};
    const dp__toks *T = &g->toks;
    size_t a = i;
    while (a > 0 && !T->t[a].sent_start)
        a--;
    for (size_t k = a; k < i; k++)
        for (size_t q = 0; q < DP__COUNT(away); q++)
            if (T->t[k].word && dp__tg_word_match(T, k, away[q].s))
                return true;
    return false;
}

dp__animal_use dp__tg_animal_use(tagger *g, size_t i, const match *m, size_t *end)
{
    static const dp__lit dish[] = {DP__LIT("au"), DP__LIT("aux"), DP__LIT("à")};
    const dp__toks *T = &g->toks;
    size_t n = i + m->words;
    *end = n - 1;
    if (g->lang != DP__LANG_FR)
        return DP__ANIMAL_LIVE;
    match prev;
    if (i > 0 && T->t[i - 1].word && dp__tg_match_noun(g, i - 1, &prev) && prev.words == 1 &&
        prev.e->category == 108)
        return DP__ANIMAL_SAME; /* "un chiot patou": the breed of the same animal */
    static const dp__lit of[] = {DP__LIT("de"), DP__LIT("d'")};
    if (i > 1 && T->t[i - 1].word && IN(of, &T->t[i - 1]) && T->t[i - 2].word &&
        dp__tg_match_noun(g, i - 2, &prev) && prev.words == 1 &&
        (prev.e->category == 104 || prev.e->category == 106))
        return DP__ANIMAL_SAME; /* "un fromage de brebis", "un manteau de vison" */
    if (heard_only(g, i))
        return DP__ANIMAL_HEARD;
    if (n < T->n && T->t[n].word && IN(dead_fr, &T->t[n])) {
        *end = n;
        return DP__ANIMAL_DEAD;
    }
    if (n < T->n && T->t[n].word && IN(dish, &T->t[n]) && dp__lex_flag(m->e, "ambiguous"))
        return DP__ANIMAL_DISH; /* "le brochet au beurre blanc" */
    size_t v = i > 0 && dp__tg_is_det(g, &T->t[i - 1]) ? i - 1 : i;
    if (v > 0 && T->t[v - 1].word && IN(cook_fr, &T->t[v - 1]))
        return DP__ANIMAL_DISH; /* "flambe les écrevisses" */
    return DP__ANIMAL_LIVE;
}

/* French woods that name a material after "de"/"en": "une table de
 * chêne", "un buffet en merisier" */
static const dp__lit woods_fr[] = {
    DP__LIT("chêne"),  DP__LIT("pin"),     DP__LIT("noyer"),  DP__LIT("acajou"),
    DP__LIT("bouleau"), DP__LIT("teck"),   DP__LIT("bambou"), DP__LIT("osier"),
    DP__LIT("rotin"),  DP__LIT("hêtre"),   DP__LIT("érable"), DP__LIT("merisier"),
    DP__LIT("cerisier"), DP__LIT("olivier"), DP__LIT("ébène"), DP__LIT("sapin"),
};

bool dp__tg_material(const tagger *g, size_t i)
{
    static const dp__lit of[] = {DP__LIT("de"), DP__LIT("en")};
    const dp__toks *T = &g->toks;
    return g->lang == DP__LANG_FR && i > 1 && IN(woods_fr, &T->t[i]) && T->t[i - 1].word &&
           IN(of, &T->t[i - 1]) && T->t[i - 2].word && !dp__tg_is_det(g, &T->t[i - 2]) &&
           !dp__tg_is_function(g, &T->t[i - 2]);
}

bool dp__tg_in_hand(const tagger *g, size_t k)
{
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_FR || k + 1 >= T->n || !T->t[k].word || !T->t[k + 1].word)
        return false;
    if (dp__tg_word_match(T, k, "en main"))
        return true; /* "lampe en main" */
    return k + 2 < T->n && dp__tg_word_match(T, k, "à la") && T->t[k + 2].word &&
           T->t[k + 2].low_len == 4 && !memcmp(T->t[k + 2].low, "main", 4);
}

/* French colour adjectives: a garment noun that is also a common word
 * ("casque", "combinaison", "tenue") is the garment when a colour follows */
static const dp__lit colours_fr[] = {
    DP__LIT("blanc"),  DP__LIT("blanche"), DP__LIT("blancs"),  DP__LIT("blanches"),
    DP__LIT("noir"),   DP__LIT("noire"),   DP__LIT("noirs"),   DP__LIT("noires"),
    DP__LIT("bleu"),   DP__LIT("bleue"),   DP__LIT("bleus"),   DP__LIT("bleues"),
    DP__LIT("rouge"),  DP__LIT("rouges"),  DP__LIT("vert"),    DP__LIT("verte"),
    DP__LIT("verts"),  DP__LIT("vertes"),  DP__LIT("jaune"),   DP__LIT("jaunes"),
    DP__LIT("gris"),   DP__LIT("grise"),   DP__LIT("grises"),  DP__LIT("kaki"),
    DP__LIT("beige"),  DP__LIT("marron"),  DP__LIT("orange"),  DP__LIT("rose"),
};

bool dp__tg_colour(const tagger *g, size_t k)
{
    const dp__toks *T = &g->toks;
    return g->lang == DP__LANG_FR && k < T->n && T->t[k].word && IN(colours_fr, &T->t[k]);
}

/* Is the people noun at token i the job of the character just introduced,
 * in apposition ("KARIM (30 ans), second de cuisine", "MORIN,
 * secouriste")? Then it is no background. */
bool dp__tg_apposition(const tagger *g, size_t i, const int32_t *named)
{
    const dp__toks *T = &g->toks;
    size_t k = i;
    if (k > 0 && dp__tg_is_det(g, &T->t[k - 1]))
        k--;
    if (k < 2 || T->t[k - 1].word || T->t[k - 1].punct != ',')
        return false;
    const dp__tok *p = &T->t[k - 2];
    return (!p->word && p->punct == ')') || named[k - 2] >= 0;
}

/* The character a wardrobe or makeup item found at token i belongs to:
 * the nearest character named before it in the sentence (not in a
 * possessive), else the last one named in the scene. */
int32_t dp__tg_owner(tagger *g, size_t i, const int32_t *named)
{
    static const dp__lit people[] = {
        DP__LIT("man"),    DP__LIT("woman"),  DP__LIT("men"),    DP__LIT("women"),
        DP__LIT("boy"),    DP__LIT("girl"),   DP__LIT("guy"),    DP__LIT("someone"),
        DP__LIT("homme"),  DP__LIT("femme"),  DP__LIT("hommes"), DP__LIT("femmes"),
        DP__LIT("garçon"), DP__LIT("fille"),  DP__LIT("type"),   DP__LIT("quelqu'un"),
    };
    const dp__toks *T = &g->toks;
    for (size_t k = i; k-- > 0;) {
        /* "June wears Margot's coat", "le frère d'Hélène, en costume": a
         * possessive name is not the wearer */
        static const dp__lit of[] = {DP__LIT("de"), DP__LIT("d'"), DP__LIT("of"),
                                     DP__LIT("du")};
        bool possessive = (k + 1 < T->n && !T->t[k + 1].word && T->t[k + 1].punct == '\'') ||
                          (k > 0 && T->t[k - 1].word && IN(of, &T->t[k - 1]));
        if (named[k] >= 0 && !possessive)
            return named[k];
        /* "un homme en costume trois-pièces": someone who is not in the cast */
        static const dp__lit some[] = {DP__LIT("a"), DP__LIT("an"), DP__LIT("un"),
                                       DP__LIT("une"), DP__LIT("des"), DP__LIT("two")};
        match m;
        bool intro = (k > 0 && IN(some, &T->t[k - 1])) ||
                     (k > 1 && T->t[k - 1].word && IN(some, &T->t[k - 2]));
        if (T->t[k].word && intro &&
            (IN(people, &T->t[k]) || (dp__tg_match_noun(g, k, &m) && m.e->category == 101)))
            return -1;
        if (T->t[k].sent_start)
            break;
    }
    return g->last_character;
}

/* A count before a people noun at token i: "two cops", "a crowd of fifty
 * protesters", "une dizaine de clients". 0 when none. */
uint32_t dp__tg_count_before(const tagger *g, size_t i)
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

/* Is token i, a noun of the lexicon, used as a verb here ("She smokes",
 * "il fume", "to ring")? */
bool dp__tg_used_as_verb(const tagger *g, size_t i, const int32_t *named)
{
    if (i == 0)
        return false;
    const dp__tok *p = &g->toks.t[i - 1];
    return dp__tg_is_subject(g, p) || named[i - 1] >= 0;
}

/* English: is the noun m at token i a quantity of what follows "of" ("a
 * bundle of mail", "a stack of paper", "two pairs of shoes")? The thing
 * after "of" is then the element. */
bool dp__tg_quantity_of(const tagger *g, size_t i, const match *m)
{
    const dp__toks *T = &g->toks;
    size_t n = i + m->words;
    const dp__tok *t = &T->t[i];
    /* "sheets" is also a plural-only entry (bed sheets), kept as written */
    bool plural = t->low_len > 1 && t->low[t->low_len - 1] == 's' &&
                  dp__lit_in(quantities, DP__COUNT(quantities), t->low, t->low_len - 1);
    return g->lang == DP__LANG_EN && m->words == 1 && n + 1 < T->n && T->t[n].word &&
           !strcmp(T->t[n].low, "of") && T->t[n + 1].word &&
           (plural || dp__lit_in(quantities, DP__COUNT(quantities), t->lemma, t->lemma_len));
}

/* English: is token i a noun after a determiner and one adjective ("a
 * blue ribbon", "a common stick")? The adjective is a lower-case word that
 * is no noun of the lexicon, no function word and no verb in -s. */
bool dp__tg_after_det_adjective(tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i < 2 || !dp__tg_is_det(g, &T->t[i - 2]))
        return false;
    const dp__tok *a = &T->t[i - 1];
    match m;
    return a->word && a->shape == DP__SH_LOWER && !a->number && !dp__tg_is_function(g, a) &&
           !dp__tg_is_subject(g, a) && !dp__tg_is_det(g, a) &&
           (!dp__ends_with(a->low, a->low_len, &(const dp__lit)DP__LIT("s")) ||
            memchr(a->low, '-', a->low_len) != NULL) && /* "plain-clothes" */
           !dp__tg_stopped(g, a) && !dp__tg_match_noun(g, i - 1, &m);
}
