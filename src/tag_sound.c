/* Sounds, stunts and effects said with verbs: a sound named for its
 * source, a stunt that needs a body, a sound the script calls for. */
#include "tag.h"

#include <string.h>

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
const char *dp__tg_of_source(tagger *g, size_t of, const char *sound, size_t *len, size_t *end)
{
    const dp__toks *T = &g->toks;
    if (dp__lit_in(signals, DP__COUNT(signals), sound, strlen(sound)) || of + 1 >= T->n ||
        !T->t[of].word ||
        !(!strcmp(T->t[of].low, "of") || !strcmp(T->t[of].low, "de") ||
          !strcmp(T->t[of].low, "d'") || !strcmp(T->t[of].low, "du")))
        return NULL;
    for (size_t k = of + 1; k < T->n && k < of + 4 && T->t[k].word; k++) {
        match x;
        if (dp__tg_match_noun(g, k, &x) && x.e->category != 101) {
            *len = strlen(x.e->key);
            *end = k + x.words - 1;
            return x.e->key;
        }
        if (!dp__tg_is_det(g, &T->t[k]))
            break;
    }
    return NULL;
}

/* English: people the lexicon does not list as background (a sound they
 * make is named for itself: "Somewhere a baby CRIES"), and building parts
 * (stop words) that do make sounds of their own ("the stairs CREAK"). */
static const dp__lit humans_en[] = {
    DP__LIT("baby"), DP__LIT("babies"), DP__LIT("infant"), DP__LIT("newborn"),
    DP__LIT("toddler"),
};
static const dp__lit fixtures_en[] = {
    DP__LIT("door"),    DP__LIT("doors"),    DP__LIT("gate"),       DP__LIT("gates"),
    DP__LIT("stair"),   DP__LIT("stairs"),   DP__LIT("staircase"),  DP__LIT("floorboard"),
    DP__LIT("floorboards"), DP__LIT("window"), DP__LIT("windows"),  DP__LIT("shutter"),
    DP__LIT("shutters"), DP__LIT("hinge"),   DP__LIT("hinges"),     DP__LIT("roof"),
};

/* The singular of the building part t (all of them take -s) */
static const char *fixture_name(const dp__tok *t, size_t *len, bool *plural)
{
    *plural = t->low[t->low_len - 1] == 's';
    *len = t->low_len - *plural;
    return t->low;
}

/* Is token k a word a determiner, a possessive or (English) the start of
 * a sentence introduces as a noun: "the boards", "the ship's horn",
 * "Metal SHRIEKS", "the kite line" (after a noun of the lexicon)? */
static bool introduced(tagger *g, size_t k)
{
    static const dp__lit honorifics[] = {DP__LIT("mr"), DP__LIT("mrs"), DP__LIT("ms"),
                                         DP__LIT("dr"), DP__LIT("st")};
    const dp__toks *T = &g->toks;
    bool en = g->lang == DP__LANG_EN;
    if (k > 0 && (dp__tg_is_det(g, &T->t[k - 1]) || (en && T->t[k - 1].punct == '\'')))
        return true;
    if (!en)
        return false;
    if (T->t[k].sent_start) /* not after "Mr." */
        return T->t[k].shape != DP__SH_CAPS && !(k > 1 && !T->t[k - 1].word && T->t[k - 2].word &&
                                                 IN(honorifics, &T->t[k - 2]));
    match m;
    return k > 1 && T->t[k - 1].word && T->t[k - 1].shape == DP__SH_LOWER &&
           dp__tg_match_noun(g, k - 1, &m) && m.words == 1 && m.e->category != 101 &&
           dp__tg_is_det(g, &T->t[k - 2]);
}

/* Is the noun phrase that starts at token d the place of the sound, after
 * a preposition ("the foghorn on the lighthouse"), rather than its
 * subject ("and the birds still CHIRPING")? */
static bool place_of_sound(const tagger *g, size_t d)
{
    static const dp__lit joins[] = {DP__LIT("and"), DP__LIT("or"), DP__LIT("but"),
                                    DP__LIT("et"), DP__LIT("ou"), DP__LIT("mais")};
    const dp__toks *T = &g->toks;
    return d > 0 && dp__tg_is_function(g, &T->t[d - 1]) && !dp__tg_is_adverb(g, &T->t[d - 1]) &&
           !IN(joins, &T->t[d - 1]);
}

/* Is token k a sound: a sound verb or noun of the lexicon? */
static bool sound_at(tagger *g, size_t k)
{
    size_t w;
    match m;
    const dp__lex_entry *v = dp__tg_match_verb(g, k, &w);
    return (v && v->category == 112) || (dp__tg_match_noun(g, k, &m) && m.e->category == 112);
}

/* What token q can stand for as the antecedent of a pronoun: 2 for a
 * person, 1 for a thing (its name in *key, *kl; *many when plural), 0 for
 * none. */
static int referent(tagger *g, size_t q, const int32_t *named, const char **key, size_t *kl,
                    bool *many)
{
    const dp__toks *T = &g->toks;
    const dp__tok *t = &T->t[q];
    match m;
    *many = false;
    if (!t->word)
        return 0;
    *many = strcmp(t->low, t->lemma) != 0;
    if (named[q] >= 0 || IN(humans_en, t))
        return 2;
    if (dp__tg_match_noun(g, q, &m) && !dp__tg_stopped(g, t)) {
        if (m.e->category == 101)
            return 2;
        *key = m.e->key;
        *kl = strlen(*key);
        *many = *many || dp__lex_flag(m.e, "plural");
        return 1;
    }
    if (IN(fixtures_en, t)) {
        *key = fixture_name(t, kl, many);
        return 1;
    }
    if (t->shape == DP__SH_LOWER && !dp__tg_stopped(g, t) && !dp__tg_is_det(g, t) &&
        !dp__tg_is_function(g, t) && !dp__tg_is_adverb(g, t) && !dp__tg_is_subject(g, t) &&
        introduced(g, q) && !t->sent_start) {
        *key = t->lemma; /* "the collar button" */
        *kl = t->lemma_len;
        return 1;
    }
    return 0;
}

/* English: the thing "it" or "they" at token p stands for: the nearest
 * thing of its number before it, in its sentence or the one before ("Two
 * fat ewes look up. They BLEAT"; "climbs the stairs. They CREAK"; "the
 * collar button when it POPS"). NULL when a person comes first ("they"
 * only: "it" is never a person); with no sentence before in the element,
 * the source of the last sound of the scene ("a phone RINGS" ... "As it
 * keeps RINGING"). */
static const char *antecedent(tagger *g, size_t p, const int32_t *named, size_t *len)
{
    const dp__toks *T = &g->toks;
    bool plural = !strcmp(T->t[p].low, "they");
    size_t starts = 0;
    for (size_t q = p; q-- > 0;) {
        if (T->t[q + 1].sent_start && ++starts == 2)
            break;
        const char *key = NULL;
        size_t kl = 0;
        bool many;
        int r = referent(g, q, named, &key, &kl, &many);
        if (r == 2 && plural)
            return NULL;
        if (r == 1 && many == plural) {
            *len = kl;
            return key;
        }
    }
    if (starts < 2) {
        const dp__findings *o = g->out;
        for (size_t f = o->n; f-- > 0 && o->f[f].scene == g->scene;)
            if (o->f[f].category == 112 && o->f[f].element != g->element) {
                *len = strlen(o->f[f].name);
                return o->f[f].name;
            }
    }
    return NULL;
}

/* The thing that makes the sound of the verb at token i: the noun before
 * it in its clause ("a phone RINGS", "the ship's horn BOOMS", "Les chiens
 * ABOIENT"), or the word right before it that a determiner introduces
 * ("The boards SQUEAL", "the kite line SNAPS", "Metal SHRIEKS"); a second
 * sound joined by "and" has the first one's ("The boards SQUEAL and
 * CREAK"); "it" and "they" stand for a thing said before. NULL for a
 * person (a character, a people noun, a pronoun) or when there is none:
 * the sound is then named for itself; "" (length 0) for a sound that is
 * no element: a gunshot's, a voice's (acted). */
const char *dp__tg_sound_source(tagger *g, size_t i, const int32_t *named, size_t *len)
{
    static const dp__lit ands[] = {DP__LIT("and"), DP__LIT("or"), DP__LIT("et"), DP__LIT("ou")};
    static const dp__lit voice[] = {DP__LIT("voice"), DP__LIT("voix")};
    static const dp__lit it_they[] = {DP__LIT("it"), DP__LIT("they")};
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR, en = !fr;
    while (i >= 2 && T->t[i - 1].word && IN(ands, &T->t[i - 1]) && T->t[i - 2].word &&
           sound_at(g, i - 2))
        i -= 2; /* "SQUEAL and CREAK": the source of SQUEAL */
    if (i > 0 && T->t[i - 1].word && (!strcmp(T->t[i - 1].low, "of") || !strcmp(T->t[i - 1].low, "de")))
        return NULL; /* "a rumble of thunder": the thunder is the source */
    if (fr && i > 0 && T->t[i - 1].word && !strcmp(T->t[i - 1].low, "en") &&
        dp__ends_with(T->t[i].low, T->t[i].low_len, &(const dp__lit)DP__LIT("ant"))) {
        /* a gerund's maker is the subject of its sentence: "Des canards
         * s'envolent de la berge en CRIAILLANT" */
        size_t a = i;
        while (a > 0 && !T->t[a].sent_start)
            a--;
        for (size_t k = a; k + 1 < i; k++) {
            match m;
            if (named[k] >= 0 || dp__tg_is_subject(g, &T->t[k]))
                return NULL;
            if (T->t[k].word && dp__tg_match_noun(g, k, &m) && !dp__tg_stopped(g, &T->t[k])) {
                if (m.e->category == 101)
                    return NULL;
                *len = strlen(m.e->key);
                return m.e->key;
            }
        }
        return NULL;
    }
    bool aside = false;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 8; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word) {
            if (t->punct == '\'')
                continue; /* the ship's horn */
            /* an aside between commas: "un chiot patou blanc, énorme pour
             * son âge, GÉMIT" */
            size_t c = k;
            while (t->punct == ',' && !aside && k + 1 == i && c > 0 && k - c < 6 &&
                   T->t[c - 1].word && !T->t[c - 1].sent_start)
                c--;
            if (t->punct == ',' && !aside && k + 1 == i && c > 0 && c < k &&
                T->t[c - 1].punct == ',') {
                aside = true;
                k = c - 1;
                i = k;
                continue;
            }
            return NULL;
        }
        if (en && dp__tg_is_subject(g, t) && IN(it_they, t))
            return antecedent(g, k, named, len);
        if (named[k] >= 0 || dp__tg_is_subject(g, t))
            return NULL;
        match m;
        bool noun = false;
        for (size_t b = k >= 3 ? k - 3 : 0; b <= k && !noun; b++) /* "coup de feu" */
            if (T->t[b].word && dp__tg_match_noun(g, b, &m) && b + m.words == k + 1) {
                noun = true;
                k = b;
            }
        if (noun) {
            /* French names the head first: "l'alarme incendie HURLE" */
            while (fr && k > 0 && T->t[k - 1].word && !dp__tg_is_det(g, &T->t[k - 1])) {
                match left;
                if (!dp__tg_match_noun(g, k - 1, &left))
                    break;
                m = left;
                k--;
            }
            /* French: "la sirène d'un camion de pompiers HURLE", the siren */
            for (int up = 0; fr && up < 2; up++) {
                size_t d = k > 0 && dp__tg_is_det(g, &T->t[k - 1]) ? k - 1 : k;
                match head;
                if (d < 2 || !T->t[d - 1].word ||
                    !(!strcmp(T->t[d - 1].low, "de") || !strcmp(T->t[d - 1].low, "d'") ||
                      !strcmp(T->t[d - 1].low, "du")) ||
                    !T->t[d - 2].word || !dp__tg_match_noun(g, d - 2, &head) || head.words != 1)
                    break;
                m = head;
                k = d - 2;
            }
            if (m.e->category == 101)
                return NULL;
            /* a sound noun is its own source only right before the verb
             * ("the car alarm WAILS", not "SQUEAL and CREAK") */
            if (m.e->category == 112 && k + m.words < i && T->t[k].shape == DP__SH_CAPS)
                continue;
            /* not the place of the sound: "the foghorn on the lighthouse" */
            size_t d = k > 0 && dp__tg_is_det(g, &T->t[k - 1]) ? k - 1 : k;
            if (place_of_sound(g, d)) /* "and the birds still CHIRPING" */
                continue;
            /* a gunshot's sound is the effect's own, so is a weapon's
             * ("Les cartouches CLAQUENT dans les flammes") */
            if ((m.e->category == 105 && dp__lit_in(gunshots, DP__COUNT(gunshots), m.e->key,
                                                    strlen(m.e->key))) ||
                dp__lex_flag(m.e, "weapon")) {
                *len = 0;
                return "";
            }
            *len = strlen(m.e->key);
            return m.e->key;
        }
        if (en && k + 2 == i && k > 0 && IN(fixtures_en, t) && dp__tg_is_det(g, &T->t[k - 1]) &&
            T->t[k + 1].word && T->t[k + 1].shape == DP__SH_LOWER &&
            !dp__tg_is_function(g, &T->t[k + 1])) {
            bool many; /* "the door swings SHUT", "the gate bangs OPEN" */
            return fixture_name(t, len, &many);
        }
        if (k + 1 == i && IN(voice, t)) { /* "his voice CRACKS": acted */
            *len = 0;
            return "";
        }
        if (fr && k + 1 == i && k > 0 && T->t[k - 1].word &&
            (!strcmp(T->t[k - 1].low, "de") || !strcmp(T->t[k - 1].low, "d'")))
            continue; /* "une Clio de location klaxonne": the Clio's */
        if (k + 1 == i && t->shape != DP__SH_CAPS && !dp__tg_is_det(g, t) && !dp__tg_is_function(g, t) &&
            !dp__tg_is_adverb(g, t) && (!dp__tg_stopped(g, t) || (en && IN(fixtures_en, t))) &&
            introduced(g, k)) {
            if (en && IN(humans_en, t))
                return NULL;
            if (!place_of_sound(g, dp__tg_is_det(g, &T->t[k - (k > 0)]) ? k - 1 : k)) {
                bool many;
                if (en && IN(fixtures_en, t))
                    return fixture_name(t, len, &many);
                *len = t->lemma_len;
                return t->lemma;
            }
        }
        if (T->t[k].sent_start)
            return NULL;
    }
    return NULL;
}

/* Is a gunshot named in the sentence of token i, or right after when the
 * sound starts its own ("CRACK! A SHOT rings out")? Its sound is then the
 * gunshot's own. */
static bool gunshot_at(tagger *g, size_t k)
{
    const dp__toks *T = &g->toks;
    match m;
    size_t w;
    const dp__lex_entry *v = dp__tg_match_verb(g, k, &w);
    if (v && v->category == 105 && dp__lit_in(gunshots, DP__COUNT(gunshots), v->value,
                                              strlen(v->value)))
        return true; /* "A SHOT rings out" */
    return T->t[k].word && dp__tg_match_noun(g, k, &m) && m.e->category == 105 &&
           dp__lit_in(gunshots, DP__COUNT(gunshots), m.e->key, strlen(m.e->key));
}

bool dp__tg_gunshot_near(tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    size_t a = i;
    while (a > 0 && !T->t[a].sent_start)
        a--;
    /* its sentence; the one before too when the sound opens its own ("Un
     * coup de feu CLAQUE. L'écho roule sur l'eau.") */
    bool opens = i - a <= 1;
    for (size_t k = i, starts = 0; k > 0 && i - k < 12;) {
        if (T->t[k].sent_start && (++starts > 1 || !opens))
            break;
        if (T->t[--k].word && gunshot_at(g, k))
            return true;
    }
    size_t ends = 0;
    for (size_t k = i + 1; k < T->n && k <= i + 6; k++) {
        if (T->t[k].sent_start && (++ends > 1 || !T->t[i].sent_start))
            break;
        if (T->t[k].word && gunshot_at(g, k))
            return true;
    }
    return false;
}

/* English: the token of "makes" in "makes a (strange) noise" before the
 * sound noun at token i; 0 for none. */
static size_t made_at(const tagger *g, size_t i)
{
    static const dp__lit make[] = {DP__LIT("make"), DP__LIT("makes"), DP__LIT("made"),
                                   DP__LIT("making")};
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN)
        return 0;
    for (size_t k = i; k-- > 1 && k + 3 >= i;)
        if (T->t[k].word && (!strcmp(T->t[k].low, "a") || !strcmp(T->t[k].low, "an")))
            return T->t[k - 1].word && IN(make, &T->t[k - 1]) ? k - 1 : 0;
    return 0;
}

/* English: the thing a sound said as a noun comes from, when the sound is
 * no subject: the nearest thing before "with a CLANG" in its sentence ("a
 * skillet drops to the floor with a CLANG"), the nearest after "a
 * whirring sound" ("... begins as the copier wakes"). NULL when a person
 * comes first or there is none; *end is the source's last token. */
const char *dp__tg_phrase_source(tagger *g, size_t i, size_t words, const int32_t *named,
                                 size_t *len)
{
    static const dp__lit sounds[] = {DP__LIT("sound"), DP__LIT("sounds"), DP__LIT("noise"),
                                     DP__LIT("noises")};
    static const dp__lit persons[] = {DP__LIT("he"), DP__LIT("she"), DP__LIT("they"),
                                      DP__LIT("we"), DP__LIT("i"), DP__LIT("you"),
                                      DP__LIT("him"), DP__LIT("them")};
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i < 2)
        return NULL;
    bool with = T->t[i - 1].word && !strcmp(T->t[i - 1].low, "a") && T->t[i - 2].word &&
                !strcmp(T->t[i - 2].low, "with");
    bool heard = i + words < T->n && T->t[i + words].word && IN(sounds, &T->t[i + words]);
    size_t mk = made_at(g, i);
    if (mk) { /* "The printer makes a noise": the maker's, none for a person's (acted) */
        const char *src = dp__tg_sound_source(g, mk, named, len);
        if (!src)
            *len = 0;
        return src ? src : "";
    }
    if (!with && !heard)
        return NULL;
    for (size_t step = 0, k = with ? i - 2 : i + words + 1; step < 12; step++) {
        if (with ? k-- == 0 : ++k >= T->n)
            break;
        const dp__tok *t = &T->t[with ? k : k - 1];
        size_t at = with ? k : k - 1;
        if (!t->word) {
            if (t->punct == '.' || t->punct == ';' || t->punct == '!' || t->punct == '?')
                break;
            continue;
        }
        if (!strcmp(t->low, "it") || !strcmp(t->low, "they"))
            return antecedent(g, at, named, len); /* "It then dives back under with a SPLASH" */
        if (named[at] >= 0 || IN(persons, t) || IN(humans_en, t))
            return NULL;
        match m;
        if (dp__tg_match_noun(g, at, &m) && !dp__tg_stopped(g, t)) {
            uint16_t c = m.e->category;
            if (c == 101)
                return NULL;
            if (c != 103 && c != 104 && c != 105 && c != 106 && c != 108 && c != 114 &&
                c != 115)
                continue; /* no thing: "dives", a sound */
            *len = strlen(m.e->key);
            return m.e->key;
        }
        if (t->sent_start && with)
            break;
    }
    return NULL;
}

/* Do the tokens [a, b) all describe a noun (adjectives, participles)? */
static bool describes_up_to(const tagger *g, size_t a, size_t b, const int32_t *named)
{
    for (size_t k = a; k < b; k++)
        if (!dp__tg_describes(g, k, named))
            return false;
    return true;
}

/* French: does the phrase at tokens [i, i + words), ending in "sur" ("se
 * jette sur"), fall on a thing or an animal rather than on someone ("se
 * jette sur le chien", "sur la nourriture")? A tackle needs a person. */
static bool lands_on_thing(tagger *g, size_t i, size_t words, const int32_t *named)
{
    const dp__toks *T = &g->toks;
    size_t k = i + words;
    const dp__tok *last = &T->t[k - 1];
    if (g->lang != DP__LANG_FR || last->low_len != 3 || memcmp(last->low, "sur", 3) != 0)
        return false;
    if (k < T->n && dp__tg_is_det(g, &T->t[k]))
        k++;
    if (k >= T->n || !T->t[k].word || named[k] >= 0)
        return false;
    match m;
    return !dp__tg_stopped(g, &T->t[k]) && dp__tg_match_noun(g, k, &m) &&
           m.e->category != 101;
}

/* English: the noun a sound participle describes, "a CAWING crow", "the
 * BUZZING fridge": a determiner before the participle, a noun of the
 * lexicon after it. Its name, or NULL. */
const char *dp__tg_sound_before_noun(tagger *g, size_t i, size_t words, size_t *len)
{
    const dp__toks *T = &g->toks;
    const dp__tok *t = &T->t[i];
    match m;
    if (g->lang != DP__LANG_EN || words != 1 || i == 0 || i + 1 >= T->n ||
        !dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ing")) ||
        !dp__tg_is_det(g, &T->t[i - 1]) || !T->t[i + 1].word || !dp__tg_match_noun(g, i + 1, &m) ||
        m.e->category == 101)
        return NULL;
    *len = strlen(m.e->key);
    return m.e->key;
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
        if (named[k] >= 0 || dp__tg_is_subject(g, t))
            return true;
        match m;
        if (dp__tg_match_noun(g, k, &m) && k + m.words <= i)
            return m.e->category == 101 || m.e->category == 103 || m.e->category == 108;
        /* French: adjectives may stand between ("une poutre enflammée tombe") */
        bool next = k + 1 == i || (g->lang == DP__LANG_FR && describes_up_to(g, k + 1, i, named));
        if (next && dp__tg_stopped(g, t) && (t->sent_start || (k > 0 && dp__tg_is_det(g, &T->t[k - 1]))))
            return false; /* "Night falls", "the ground shakes" */
        if (t->sent_start)
            return true;
    }
    return true;
}

/* Is there a vehicle in the sentence of token i (a vehicle noun or a
 * vehicle's name)? A crash is vehicle action: "The Range Rover rams the
 * Land Rover", not "he slams into a stunned Edward"; so is a French
 * collision (percute, heurte): a person hitting a rock is part of a fall. */
static bool vehicle_in_sentence(tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    size_t a = i;
    while (a > 0 && !T->t[a].sent_start)
        a--;
    for (size_t k = a; k < T->n && (k == a || !T->t[k].sent_start); k++) {
        match m;
        size_t w;
        const dp__lex_entry *al = T->t[k].word ? dp__tg_alias_at(g, k, &w) : NULL;
        if ((al && al->category == 103) ||
            (T->t[k].word && dp__tg_match_noun(g, k, &m) && m.e->category == 103))
            return true;
    }
    return false;
}

/* English: is the blow at tokens [i, i + words) aimed at a thing, not at a
 * body: "shoves the paper tray home", "wrestles with the kite line",
 * "slapping it", "strangling vines", "a punching bag"? The object is the
 * word after the verb (after "with" and a determiner); a pronoun for a
 * person or a character is a body, "it" or a noun of the lexicon that is
 * not a person, an animal or a creature is a thing. */
static bool blow_at_thing(tagger *g, size_t i, size_t words, const int32_t *named)
{
    static const dp__lit people[] = {DP__LIT("him"), DP__LIT("her"), DP__LIT("them"),
                                     DP__LIT("me"), DP__LIT("us"), DP__LIT("you")};
    const dp__toks *T = &g->toks;
    size_t k = i + words;
    if (k < T->n && T->t[k].word && !strcmp(T->t[k].low, "with"))
        k++;
    if (k < T->n && T->t[k].word && IN(people, &T->t[k]) && T->t[k].low_len != 3)
        return false; /* "punches him", not "her hand" (below) */
    if (k < T->n && T->t[k].word && dp__tg_is_det(g, &T->t[k]) && named[k] < 0)
        k++;
    if (k >= T->n || !T->t[k].word || named[k] >= 0)
        return false;
    if (!strcmp(T->t[k].low, "it"))
        return true;
    match m;
    if (!dp__tg_match_noun(g, k, &m))
        return dp__tg_stopped(g, &T->t[k]) && T->t[k].shape == DP__SH_LOWER; /* his hand */
    uint16_t c = m.e->category;
    return c != 101 && c != 108 && c != 119;
}

/* English: is the stunt verb at token i a participle that describes a
 * noun, not an action: "the falling water", "a massive hole punched
 * through the side"? */
static bool stunt_participle(const tagger *g, size_t i, const int32_t *named)
{
    const dp__toks *T = &g->toks;
    const dp__tok *t = &T->t[i];
    if (i > 0 && dp__tg_is_det(g, &T->t[i - 1]) &&
        dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ing")))
        return true;
    if (!dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ed")) || i < 2)
        return false;
    /* "[det] [adjective] noun VERBed" */
    const dp__tok *p = &T->t[i - 1];
    if (!p->word || p->shape != DP__SH_LOWER || named[i - 1] >= 0 || dp__tg_is_subject(g, p) ||
        dp__tg_is_function(g, p) || dp__tg_is_det(g, p))
        return false;
    for (size_t k = i - 1, steps = 0; k-- > 0 && steps < 2; steps++) {
        if (!T->t[k].word)
            return false;
        if (dp__tg_is_det(g, &T->t[k]))
            return true;
    }
    return false;
}

/* Is a sound written in lower case one the script calls for: a signal
 * (ring, horn, sonnerie), or heard from out of sight in its sentence? The
 * sounds of visible action are production sound. */
bool dp__tg_called_sound(const tagger *g, size_t i, const char *name)
{
    const dp__toks *T = &g->toks;
    if (dp__lit_in(signals, DP__COUNT(signals), name, strlen(name)) || made_at(g, i))
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

/* English: is the sound at token i one heard with no maker in sight, said
 * with "a" and nobody before it in its sentence ("After a few moments, a
 * knock at the half open door", "A loud bang.")? Not "He gives a knock". */
bool dp__tg_sound_unseen(tagger *g, size_t i, const int32_t *named)
{
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i == 0)
        return false;
    size_t d = i - 1;
    if (d > 0 && T->t[d].word && T->t[d].shape == DP__SH_LOWER && !dp__tg_is_det(g, &T->t[d]))
        d--; /* "a loud bang" */
    if (!T->t[d].word || (strcmp(T->t[d].low, "a") && strcmp(T->t[d].low, "an")))
        return false;
    /* said on its own: a sentence, after a comma, after "there's" (not
     * "Lets out a roar", "starts with a crash") */
    bool there = d > 1 && T->t[d - 2].word && !strcmp(T->t[d - 2].low, "there") &&
                 (T->t[d - 1].punct == '\'' || !strcmp(T->t[d - 1].word ? T->t[d - 1].low : "", "is"));
    if (!T->t[d].sent_start && !(d > 0 && T->t[d - 1].punct == ',') && !there)
        return false;
    for (size_t k = d; k-- > 0;) {
        const dp__tok *t = &T->t[k];
        match m;
        if (t->word && (named[k] >= 0 || dp__tg_is_subject(g, t) ||
                        (dp__tg_match_noun(g, k, &m) && m.e->category == 101)))
            return false;
        if (t->sent_start)
            break;
    }
    return true;
}

/* English: is the music word at token i the month of a date ("14 MARCH",
 * "March 1875")? */
bool dp__tg_month(const tagger *g, size_t i)
{
    const dp__toks *T = &g->toks;
    return g->lang == DP__LANG_EN && !strcmp(T->t[i].low, "march") &&
           ((i > 0 && T->t[i - 1].number) || (i + 1 < T->n && T->t[i + 1].number));
}

/* Is the singing at tokens [i, i + words) music to perform: no animal
 * sings it ("the birds have stopped singing") and no piece of music the
 * lexicon tags on its own follows it ("sings a lullaby")? */
static bool sung_by_person(tagger *g, size_t i, size_t words, const int32_t *named)
{
    const dp__toks *T = &g->toks;
    for (size_t k = i + words; k < T->n && k < i + words + 3 && T->t[k].word; k++) {
        match m;
        if (dp__tg_match_noun(g, k, &m) && m.e->category == 111)
            return false;
    }
    for (size_t k = i, steps = 0; k-- > 0 && steps < 6; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word || named[k] >= 0 || dp__tg_is_subject(g, t))
            return true;
        match m;
        if (dp__tg_match_noun(g, k, &m))
            return m.e->category != 108;
        if (t->sent_start)
            break;
    }
    return true;
}

bool dp__tg_passive_on_person(const tagger *g, size_t i, const int32_t *named)
{
    static const dp__lit be[] = {DP__LIT("is"),  DP__LIT("was"), DP__LIT("are"), DP__LIT("were"),
                                 DP__LIT("gets"), DP__LIT("got"), DP__LIT("being"), DP__LIT("been")};
    static const dp__lit pron[] = {DP__LIT("he"), DP__LIT("she"), DP__LIT("they"), DP__LIT("i"),
                                   DP__LIT("we"), DP__LIT("you")};
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i == 0 || !T->t[i - 1].word || !IN(be, &T->t[i - 1]))
        return false;
    size_t s = i - 1;
    while (s > 0 && !T->t[s].sent_start)
        s--;
    return named[s] >= 0 || (T->t[s].word && IN(pron, &T->t[s]));
}

/* A verb of the verb lexicon at tokens [i, i + words): a stunt, an effect
 * or a sound (named for its source when it has one). */
dp_status dp__tg_found_verb(tagger *g, size_t i, size_t words, const dp__lex_entry *v,
                            const int32_t *named, const char *rule, uint8_t conf)
{
    const dp__toks *T = &g->toks;
    const char *name = v->value;
    size_t len = strlen(name);
    bool caps = T->t[i].shape == DP__SH_CAPS ||
                (T->t[i].elision && T->t[i + 1].shape == DP__SH_CAPS); /* S'ENTRECHOQUENT */
    if (v->category == 102 && !stunt_subject(g, i, named))
        return DP_OK;
    if (v->category == 102 && g->lang == DP__LANG_FR && !strcmp(name, "accident") &&
        !vehicle_in_sentence(g, i))
        return DP_OK;
    if (v->category == 102 && lands_on_thing(g, i, words, named))
        return DP_OK;
    if (v->category == 102 && g->lang == DP__LANG_EN) {
        static const dp__lit blows[] = {DP__LIT("fight"), DP__LIT("shove"), DP__LIT("slap"),
                                        DP__LIT("tackle")};
        if ((!strcmp(name, "crash") && !vehicle_in_sentence(g, i)) ||
            (words == 1 && stunt_participle(g, i, named)) ||
            (dp__lit_in(blows, DP__COUNT(blows), name, len) && blow_at_thing(g, i, words, named)))
            return DP_OK;
    }
    /* "engine noise": a sound to record, named for its source */
    bool noise = words > 1 && (!strcmp(T->t[i + words - 1].low, "noise") ||
                               !strcmp(T->t[i + words - 1].low, "sound"));
    if (v->category == 112 && !caps && !noise && !dp__tg_called_sound(g, i, name) &&
        !dp__tg_sound_unseen(g, i, named))
        return DP_OK;
    if (v->category == 112 && dp__tg_passive_on_person(g, i, named))
        return DP_OK;
    if (noise)
        return dp__tg_find(g, 112, name, len, -1, T->t[i].a, T->t[i + words - 1].b, rule, conf,
                           0, 0);
    if (v->category == 111 && !sung_by_person(g, i, words, named))
        return DP_OK;
    if (v->category == 112) {
        size_t sl = 0, oe = 0;
        const char *of = dp__tg_of_source(g, i + words, name, &sl, &oe);
        if (of)
            return dp__tg_find(g, 112, of, sl, -1, T->t[i].a, T->t[oe].b, rule, conf, 0, 0);
        const char *src = dp__tg_sound_before_noun(g, i, words, &sl);
        if (!src)
            src = dp__tg_sound_source(g, i, named, &sl);
        if (src && sl == 0)
            return DP_OK;
        size_t o = i + words;
        match obj;
        if (!src && o + 1 < T->n && T->t[o].word && dp__tg_is_det(g, &T->t[o]) &&
            T->t[o + 1].word && dp__tg_match_noun(g, o + 1, &obj) && obj.e->category == 112) {
            /* "RINGS THE DOORBELL", "honks the horn": the thing sounded */
            return dp__tg_find(g, 112, obj.e->key, strlen(obj.e->key), -1, T->t[i].a,
                               T->t[o + obj.words].b, rule, conf, 0, 0);
        }
        bool more;
        const dp__lex_entry *se = src ? dp__lex_seek(g->lex->nouns, g->lex->n_nouns, src, sl, &more)
                                      : NULL;
        if (src && se && se->category == 103 && dp__lit_in(signals, DP__COUNT(signals), name, len)) {
            /* a vehicle that honks: its horn ("une Clio klaxonne") */
        } else if (src) {
            name = src;
            len = sl;
        } else if (!caps && i > 0 && named[i - 1] >= 0) {
            return DP_OK; /* "he can hear Henry screaming": the actor's */
        } else if (dp__tg_gunshot_near(g, i)) {
            return DP_OK; /* "CRACK! A SHOT rings out" */
        } else if (g->lang == DP__LANG_EN && words == 1) {
            /* "the strange, awful BUZZING": the sound noun the lexicon has */
            match m;
            const dp__tok *t = &T->t[i];
            if (dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ing")) &&
                dp__tg_match_noun(g, i, &m) && m.words == 1 && m.e->category == 112 &&
                !strcmp(m.e->key, t->low)) {
                name = m.e->key;
                len = strlen(name);
            }
        }
    }
    return dp__tg_find(g, v->category, name, len, -1, T->t[i].a, T->t[i + words - 1].b, rule, conf, 0,
                0);
}

/* English: a person knocked off their feet, the object between the verb
 * and where they land: "knocks Walter to the ground", "knocking him
 * halfway down the hill", "knocks the guard over". A `fall` stunt; *hit
 * when token i was one. */
dp_status dp__tg_knockdown(tagger *g, size_t i, const int32_t *named, bool *hit)
{
    static const dp__lit knock[] = {DP__LIT("knock"), DP__LIT("knocks"), DP__LIT("knocked"),
                                    DP__LIT("knocking")};
    static const dp__lit people[] = {DP__LIT("him"), DP__LIT("her"), DP__LIT("them"),
                                     DP__LIT("me"), DP__LIT("us")};
    static const dp__lit lands[] = {DP__LIT("down"), DP__LIT("ground"), DP__LIT("floor"),
                                    DP__LIT("over"), DP__LIT("overboard"), DP__LIT("off")};
    const dp__toks *T = &g->toks;
    *hit = false;
    if (g->lang != DP__LANG_EN || !IN(knock, &T->t[i]) || i + 2 >= T->n)
        return DP_OK;
    size_t k = i + 1; /* the last word of the person knocked */
    match m;
    if (named[k] >= 0) {
        while (k + 1 < T->n && named[k + 1] == named[k])
            k++; /* "MARGOT DELACROIX" */
    } else if (T->t[k].word && dp__tg_is_det(g, &T->t[k]) && T->t[k + 1].word &&
               dp__tg_match_noun(g, k + 1, &m) && m.e->category == 101) {
        k++; /* "the guard" */
    } else if (!(T->t[k].word && IN(people, &T->t[k]))) {
        return DP_OK;
    }
    for (size_t q = k + 1; q < T->n && q <= k + 3 && T->t[q].word; q++)
        if (IN(lands, &T->t[q])) {
            *hit = true;
            return dp__tg_find(g, 102, "fall", 4, -1, T->t[i].a, T->t[q].b, "knockdown", 70, 0,
                               0);
        }
    return DP_OK;
}

/* English: the thing that is the subject of the words at token c: the
 * nearest thing named before it in its sentence, else after it ("Impossibly
 * fast, the door opens"); "it"/"they" for the thing said before. NULL for
 * a person or an animal or a vehicle (they move by themselves) or none;
 * *at is its token. */
static const char *thing_subject(tagger *g, size_t c, size_t after, const int32_t *named,
                                 size_t *len, size_t *at)
{
    static const dp__lit it_they[] = {DP__LIT("it"), DP__LIT("they")};
    const dp__toks *T = &g->toks;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t n = 0, k = c; n < 10; n++) {
            if (pass == 0 ? (T->t[k].sent_start || k-- == 0) : ++k >= T->n)
                break;
            if (pass == 0 && k < c && T->t[k + 1].sent_start)
                break;
            if (pass == 1 && k < after)
                continue;
            const dp__tok *t = &T->t[k];
            if (!t->word) {
                if (t->punct == '.' || t->punct == '!' || t->punct == '?' || t->punct == ';')
                    break;
                continue;
            }
            if (pass == 1 && t->sent_start)
                break;
            *at = k;
            if (IN(it_they, t))
                return antecedent(g, k, named, len);
            match m;
            bool noun = dp__tg_match_noun(g, k, &m) && !dp__tg_stopped(g, t);
            /* a speaking object is still the object: "Printer makes several hops" */
            if ((named[k] >= 0 && !(noun && m.e->category == 104)) || dp__tg_is_subject(g, t) ||
                IN(humans_en, t))
                return NULL;
            if (noun) {
                uint16_t cat = m.e->category;
                if (cat == 101 || cat == 103 || cat == 108 || cat == 112)
                    return NULL;
                *len = strlen(m.e->key);
                return m.e->key;
            }
            if (IN(fixtures_en, t)) {
                bool many;
                return fixture_name(t, len, &many);
            }
        }
    }
    return NULL;
}

/* A name said earlier in the scene of which this one is the head ("a
 * stepladder" ... "the ladder"): that name, else this one. */
static const char *earlier_whole(const tagger *g, const char *name, size_t *len)
{
    const dp__findings *o = g->out;
    for (size_t f = o->n; f-- > 0 && o->f[f].scene == g->scene;) {
        size_t n = strlen(o->f[f].name);
        if (n > *len && !memcmp(o->f[f].name + n - *len, name, *len) &&
            o->f[f].name[n - *len - 1] != ' ') {
            *len = n;
            return o->f[f].name;
        }
    }
    return name;
}

/* The words of the phrase ph (words joined by single spaces) at token i:
 * their count, 0 when they are not there. */
static size_t phrase_at(const dp__toks *T, size_t i, const char *ph)
{
    size_t k = i;
    while (*ph) {
        size_t n = strcspn(ph, " ");
        if (k >= T->n || !T->t[k].word || T->t[k].low_len != n || memcmp(T->t[k].low, ph, n))
            return 0;
        k++;
        ph += n + (ph[n] == ' ');
    }
    return k - i;
}

/* English: a mechanical effect (120), a thing that moves by itself or
 * gives way, at token i: "the door swings SHUT on its own", "Impossibly
 * fast, the door opens", "The printer magically takes a short hop",
 * "Printer makes several hops", "the ladder gives way", "crash through
 * the safety chain". Named for the thing; *words: the cue's tokens. */
dp_status dp__tg_rigged(tagger *g, size_t i, const int32_t *named)
{
    static const dp__lit alone[] = {DP__LIT("magically"), DP__LIT("impossibly"),
                                    DP__LIT("mysteriously")};
    static const dp__lit hops[] = {DP__LIT("hop"),   DP__LIT("hops"),   DP__LIT("hopped"),
                                   DP__LIT("hopping"), DP__LIT("leaps"), DP__LIT("leapt"),
                                   DP__LIT("leaped")};
    static const char *const phrases[] = {
        "by itself", "by themselves", "on its own", "on their own", "of its own accord",
        "gives way", "give way", "gave way", "giving way",
        "fly off", "flies off", "flew off", "pop off", "pops off", "popped off",
    };
    static const char *const through[] = {"crash through", "crashes through", "crashed through",
                                          "smash through", "smashes through", "smashed through"};
    const dp__toks *T = &g->toks;
    const dp__tok *t = &T->t[i];
    if (g->lang != DP__LANG_EN || !t->word)
        return DP_OK;
    size_t w = 0;
    bool thing_only = false, object = false;
    static const dp__lit copula[] = {DP__LIT("is"),   DP__LIT("are"),   DP__LIT("was"),
                                     DP__LIT("were"), DP__LIT("be"),    DP__LIT("looks"),
                                     DP__LIT("seems"), DP__LIT("so"),   DP__LIT("too")};
    if (IN(alone, t)) {
        if (i > 0 && T->t[i - 1].word && IN(copula, &T->t[i - 1]))
            return DP_OK; /* "it is impossibly charming" */
        w = 1;
    } else if (IN(hops, t)) {
        w = 1;
        thing_only = true; /* a hopping printer, not a hopping child */
    } else {
        for (size_t p = 0; p < DP__COUNT(phrases) + DP__COUNT(through) && !w; p++) {
            bool thr = p >= DP__COUNT(phrases);
            const char *ph = thr ? through[p - DP__COUNT(phrases)] : phrases[p];
            size_t n = ph[0] == t->low[0] ? phrase_at(T, i, ph) : 0;
            if (n) {
                w = n;
                object = thr;
            }
        }
    }
    if (!w)
        return DP_OK;
    size_t len = 0, at = i;
    const char *name = NULL;
    if (object) { /* the thing crashed through: "the safety chain" */
        size_t k = i + w;
        while (k < T->n && k < i + w + 3 && T->t[k].word && !name) {
            match m;
            if (dp__tg_match_noun(g, k, &m) && !dp__tg_stopped(g, &T->t[k]) &&
                m.e->category != 101 && m.e->category != 108) {
                k += m.words - 1; /* the last word: "safety chain" is a chain */
                if (dp__tg_match_noun(g, k, &m) && m.e->category != 101) {
                    name = m.e->key;
                    len = strlen(name);
                    at = k;
                }
            }
            k++;
        }
    } else {
        name = thing_subject(g, i, i + w, named, &len, &at);
    }
    if (!name || !len)
        return DP_OK;
    if (thing_only) {
        match m;
        if (!dp__tg_match_noun(g, at, &m) || m.e->category != 104)
            return DP_OK;
    }
    name = earlier_whole(g, name, &len);
    size_t a = at < i ? at : i, b = at < i ? i + w - 1 : at;
    return dp__tg_find(g, 120, name, len, -1, T->t[a].a, T->t[b].b, "rigged", 60, 0, 0);
}
