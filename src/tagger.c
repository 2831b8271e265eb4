/* The element tagger. Over each action line and parenthetical of a scene,
 * in this order of trust: the screenplay's conventions (words in
 * CAPITALS), patterns that attach wardrobe and makeup to a character
 * ("STEEL, in a Hawaiian shirt", "vêtue d'une robe noire", "le visage
 * couvert de sang"), then the lexicons (nouns, and verbs for stunts,
 * effects and sounds), with a count for background people. */
#include "tag.h"

#include <string.h>

/* English: plain words for a person ("a BORED BOY", "KIDS", "his WIFE
 * and TWO DAUGHTERS"), no element in lower case, where the writer's
 * capitals introduce someone with no cue and no name: background. */
static const char *caps_person(const dp__tok *t)
{
    static const struct {
        dp__lit word;
        const char *name;
    } people[] = {
        {DP__LIT("man"), "man"},           {DP__LIT("men"), "man"},
        {DP__LIT("woman"), "woman"},       {DP__LIT("women"), "woman"},
        {DP__LIT("boy"), "boy"},           {DP__LIT("boys"), "boy"},
        {DP__LIT("girl"), "girl"},         {DP__LIT("girls"), "girl"},
        {DP__LIT("kid"), "kid"},           {DP__LIT("kids"), "kid"},
        {DP__LIT("child"), "child"},       {DP__LIT("children"), "child"},
        {DP__LIT("teenager"), "teenager"}, {DP__LIT("teen"), "teen"},
        {DP__LIT("teens"), "teen"},        {DP__LIT("wife"), "wife"},
        {DP__LIT("daughter"), "daughter"}, {DP__LIT("daughters"), "daughter"},
        {DP__LIT("son"), "son"},           {DP__LIT("sons"), "son"},
    };
    for (size_t q = 0; q < DP__COUNT(people); q++)
        if (people[q].word.n == t->low_len && !memcmp(people[q].word.s, t->low, t->low_len))
            return people[q].name;
    return NULL;
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
        bool as_verb = dp__tg_match_verb(g, k, &vw0) && !dp__tg_caps_noun(g, k);
        bool noun = !as_verb && dp__tg_match_noun(g, k, &m) && k + m.words <= end;
        if (noun && m.words == 1 && dp__lex_flag(m.e, "ambiguous") && g->lang == DP__LANG_EN &&
            strcmp(g->toks.t[k].low, g->toks.t[k].lemma) != 0 && dp__tg_used_as_verb(g, k, named)) {
            used[k] = true; /* "Edward WHISTLES": a verb, no element */
            continue;
        }
        if (noun && m.e->category == 101 && end < g->toks.n && named[end] >= 0) {
            for (size_t q = k; q < k + m.words; q++) /* "DETECTIVE SERGEANT ALAN CROFT" */
                used[q] = true;
            k += m.words - 1;
            continue;
        }
        if (noun) {
            st = dp__tg_found_noun(g, k, &m, named, "caps", 90, 0);
            for (size_t q = k; q < k + m.words; q++)
                used[q] = true;
            k += m.words - 1;
            continue;
        }
        /* "HIS WIFE'S GRAVE": an owner, not someone there; "THE BOY BAND":
         * a word that qualifies the capitals noun after it */
        match mod;
        bool not_a_person =
            k + 1 < g->toks.n &&
            ((!g->toks.t[k + 1].word && g->toks.t[k + 1].punct == '\'') ||
             (g->toks.t[k + 1].word && g->toks.t[k + 1].shape == DP__SH_CAPS &&
              dp__tg_match_noun(g, k + 1, &mod) && !dp__tg_match_verb(g, k + 1, &vw0)));
        const char *who =
            g->lang == DP__LANG_EN && !noun && !not_a_person ? caps_person(&g->toks.t[k]) : NULL;
        if (who) {
            st = dp__tg_find(g, 101, who, strlen(who), -1, g->toks.t[k].a, g->toks.t[k].b,
                             "caps-person", 80, dp__tg_count_before(g, k), 0);
            used[k] = true;
            continue;
        }
        size_t vw;
        const dp__lex_entry *v = dp__tg_match_verb(g, k, &vw);
        if (v) { /* "A SHOT rings out": the phrase may run on in lower case */
            st = dp__tg_found_verb(g, k, vw, v, named, "caps", 85);
            for (size_t q = k; q < k + vw; q++)
                used[q] = true;
            k += vw - 1;
        }
    }
    return st;
}

/* Does the action line before the current element stop in mid-sentence
 * (on a lower-case word), so that the element goes on with it? */
static bool runs_on(const tagger *g)
{
    if (g->element == 0)
        return false;
    const dp_element *p = &g->bd->doc->elements[g->element - 1];
    size_t n = p->type == DP_EL_ACTION ? strlen(p->plain) : 0;
    while (n > 0 && (p->plain[n - 1] == ' ' || p->plain[n - 1] == '\n'))
        n--;
    return n > 0 && p->plain[n - 1] >= 'a' && p->plain[n - 1] <= 'z';
}

/* Do the words after token 'from' place a thing in the set rather than in
 * someone's hands: "on the wall", "au mur", "pendues", "encadrées"? */
static bool on_set(const tagger *g, size_t from)
{
    static const dp__lit placed[] = {
        DP__LIT("wall"),     DP__LIT("walls"),    DP__LIT("shelf"),    DP__LIT("shelves"),
        DP__LIT("hanging"),  DP__LIT("hangs"),    DP__LIT("hung"),     DP__LIT("framed"),
        DP__LIT("mounted"),  DP__LIT("mur"),      DP__LIT("murs"),     DP__LIT("étagère"),
        DP__LIT("pendu"),    DP__LIT("pendue"),   DP__LIT("pendus"),   DP__LIT("pendues"),
        DP__LIT("encadré"),  DP__LIT("encadrée"), DP__LIT("encadrés"), DP__LIT("encadrées"),
        DP__LIT("accroché"), DP__LIT("accrochée"), DP__LIT("accrochés"), DP__LIT("accrochées"),
    };
    const dp__toks *T = &g->toks;
    for (size_t k = from; k < T->n && k < from + 5; k++) {
        if (!T->t[k].word)
            return false;
        if (IN(placed, &T->t[k]))
            return true;
    }
    return false;
}

/* English: do the words after a piece of set dressing at token 'from'
 * say where it stands or what it is like, the script calling for that
 * very thing: "A cradle is still in its carton", "The doorknob is ancient
 * brass", "a lamp stands by the bed", "Clock reads 5:42"? */
static bool said_of(const tagger *g, size_t from)
{
    static const dp__lit rests[] = {
        DP__LIT("lies"),   DP__LIT("lie"),    DP__LIT("lay"),   DP__LIT("sits"),
        DP__LIT("sit"),    DP__LIT("sat"),    DP__LIT("stands"), DP__LIT("stand"),
        DP__LIT("stood"),  DP__LIT("hangs"),  DP__LIT("hang"),  DP__LIT("rests"),
        DP__LIT("rest"),   DP__LIT("leans"),  DP__LIT("lean"),  DP__LIT("reads"),
        DP__LIT("read"),   DP__LIT("shows"),  DP__LIT("displays"), DP__LIT("says"),
    };
    static const dp__lit be[] = {
        DP__LIT("is"), DP__LIT("are"), DP__LIT("was"), DP__LIT("were"),
    };
    static const dp__lit where[] = {
        DP__LIT("in"),     DP__LIT("on"),      DP__LIT("at"),     DP__LIT("against"),
        DP__LIT("under"),  DP__LIT("by"),      DP__LIT("beside"), DP__LIT("near"),
        DP__LIT("inside"), DP__LIT("behind"),  DP__LIT("among"),  DP__LIT("atop"),
        DP__LIT("above"),  DP__LIT("below"),   DP__LIT("next"),   DP__LIT("propped"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || from >= T->n || !T->t[from].word)
        return false;
    const dp__tok *v = &T->t[from];
    if (IN(rests, v))
        return true;
    if (!IN(be, v))
        return false;
    size_t k = from + 1;
    while (k < T->n && dp__tg_is_adverb(g, &T->t[k]))
        k++;
    if (k >= T->n || !T->t[k].word || T->t[k].shape != DP__SH_LOWER)
        return false;
    const dp__tok *a = &T->t[k];
    if (IN(where, a))
        return true;
    /* an adjective: no determiner, function word or verb in -ing */
    return !a->number && !dp__tg_is_det(g, a) && !dp__tg_is_function(g, a) &&
           !dp__tg_is_subject(g, a) &&
           !dp__ends_with(a->low, a->low_len, &(const dp__lit)DP__LIT("ing"));
}

/* English: is the piece of set dressing at token i after a determiner
 * and one or two words that describe it ("two wooden crosses", "a broken
 * wicker rocker")? Then it is the thing, not a verb or another sense. */
static bool dressing_after_det(tagger *g, size_t i, const int32_t *named)
{
    if (dp__tg_after_det_adjective(g, i))
        return true;
    return i > 0 && !g->toks.t[i - 1].sent_start && g->toks.t[i - 1].shape == DP__SH_LOWER &&
           dp__tg_describes(g, i - 1, named) && dp__tg_after_det_adjective(g, i - 1);
}

/* English: is the thing at token i what a place is filled or strewn with
 * ("a room filled with sheets of crumpled, half printed paper", "a desk
 * littered with cups")? It dresses the set. */
static bool dressed_with(const tagger *g, size_t i)
{
    static const dp__lit filled[] = {
        DP__LIT("filled"),  DP__LIT("littered"), DP__LIT("strewn"),  DP__LIT("cluttered"),
        DP__LIT("crammed"), DP__LIT("stacked"),  DP__LIT("piled"),   DP__LIT("lined"),
        DP__LIT("packed"),  DP__LIT("heaped"),   DP__LIT("crowded"), DP__LIT("decorated"),
        DP__LIT("adorned"), DP__LIT("stocked"),  DP__LIT("jammed"),  DP__LIT("scattered"),
        DP__LIT("blocked"), DP__LIT("plastered"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN)
        return false;
    for (size_t k = i, steps = 0; k-- > 1 && steps < 8; steps++) {
        const dp__tok *t = &T->t[k];
        if (!t->word && t->punct != ',')
            return false;
        if (t->word && !strcmp(t->low, "with"))
            return T->t[k - 1].word && IN(filled, &T->t[k - 1]);
        if (T->t[k].sent_start)
            return false;
    }
    return false;
}

/* Is the people noun at token i a group named with "the" ("The crowd
 * CHEERS", "the townsfolk") in a scene that already has its background
 * ("the good CITIZENS of Ashton are gathered")? It is those people
 * again, not another row. */
static bool same_group(const tagger *g, size_t i)
{
    static const dp__lit groups[] = {
        DP__LIT("crowd"),     DP__LIT("mob"),       DP__LIT("throng"),      DP__LIT("horde"),
        DP__LIT("townsfolk"), DP__LIT("townspeople"), DP__LIT("audience"), DP__LIT("rabble"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || i == 0 || !T->t[i - 1].word || strcmp(T->t[i - 1].low, "the") != 0 ||
        !dp__lit_in(groups, DP__COUNT(groups), T->t[i].lemma, T->t[i].lemma_len))
        return false;
    for (size_t f = g->out->n; f-- > 0 && g->out->f[f].scene == g->scene;)
        if (g->out->f[f].category == 101)
            return true;
    return false;
}

/* Is token k the possessive 's ("a fisherman's jumper", "the salesman's
 * smile")? The noun before it owns something; it is not there itself. */
static bool possessive(const tagger *g, size_t k)
{
    const dp__toks *T = &g->toks;
    return g->lang == DP__LANG_EN && k < T->n && !T->t[k].word && T->t[k].punct == '\'';
}

/* English: does the set dressing of tokens [i, i + words) light the scene
 * ("by the light of a desk lamp", "by lantern light", "in the glow of
 * the candles")? A practical light is called for. */
static bool gives_light(const tagger *g, size_t i, size_t words)
{
    static const dp__lit light[] = {
        DP__LIT("light"), DP__LIT("glow"), DP__LIT("glare"), DP__LIT("flicker"),
        DP__LIT("beam"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN)
        return false;
    size_t n = i + words;
    if (n < T->n && T->t[n].word && IN(light, &T->t[n]))
        return true; /* "lantern light" */
    size_t k = i;
    if (k > 0 && dp__tg_is_det(g, &T->t[k - 1]))
        k--;
    return k > 1 && T->t[k - 1].word && !strcmp(T->t[k - 1].low, "of") && T->t[k - 2].word &&
           IN(light, &T->t[k - 2]); /* "the light of a desk lamp" */
}

/* English: "marked" or "labelled" followed by words in capitals ("a door
 * marked CREW ONLY") is a sign; returns the end of those words, 0 for
 * none. */
static size_t marked_sign(const tagger *g, size_t i, const int32_t *named)
{
    static const dp__lit marked[] = {
        DP__LIT("marked"), DP__LIT("labelled"), DP__LIT("labeled"), DP__LIT("signposted"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || !IN(marked, &T->t[i]))
        return 0;
    size_t e = i + 1;
    while (e < T->n && T->t[e].word && T->t[e].shape == DP__SH_CAPS && named[e] < 0)
        e++;
    return e > i + 1 ? e : 0;
}

/* English: is token i a screen that shows something ("watches the screen
 * display a variety of status bars", "his computer screen that shows a web
 * page")? Its graphics are the art department's (113). */
static bool screen_shows(const tagger *g, size_t i)
{
    static const dp__lit shows[] = {
        DP__LIT("display"), DP__LIT("displays"), DP__LIT("shows"), DP__LIT("show"),
        DP__LIT("reads"),   DP__LIT("flashes"),  DP__LIT("showing"), DP__LIT("displaying"),
    };
    static const dp__lit that[] = {DP__LIT("that"), DP__LIT("which"), DP__LIT("now")};
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN || strcmp(T->t[i].lemma, "screen") != 0)
        return false;
    size_t k = i + 1;
    if (k < T->n && T->t[k].word && IN(that, &T->t[k]))
        k++;
    return k < T->n && T->t[k].word && IN(shows, &T->t[k]);
}

/* Set pieces built for the story, never generic furniture: a grave, a
 * headstone, a statue is listed wherever the action names it. */
static bool built_piece(const char *key)
{
    static const dp__lit built[] = {
        DP__LIT("grave"),     DP__LIT("gravestone"), DP__LIT("headstone"), DP__LIT("tombstone"),
        DP__LIT("gargoyle"),  DP__LIT("statue"),     DP__LIT("crucifix"),  DP__LIT("tomb"),
    };
    return dp__lit_in(built, DP__COUNT(built), key, strlen(key));
}

/* English: does token k look like the verb of a clause: a form of "be"
 * or "have", an auxiliary, a pronoun subject, a verb of the verb lexicon,
 * a word in -s that is no plural noun of the lexicon, a plural followed
 * by an object or a preposition ("hammers the windows"), or a word right
 * after a character's name ("Margot, June and Tomas wait")? */
static bool verb_like(tagger *g, size_t k, const int32_t *named)
{
    static const dp__lit aux[] = {
        DP__LIT("is"),    DP__LIT("are"),   DP__LIT("was"),   DP__LIT("were"),  DP__LIT("be"),
        DP__LIT("been"),  DP__LIT("has"),   DP__LIT("have"),  DP__LIT("had"),   DP__LIT("does"),
        DP__LIT("do"),    DP__LIT("did"),   DP__LIT("can"),   DP__LIT("will"),  DP__LIT("would"),
        DP__LIT("could"), DP__LIT("should"), DP__LIT("may"),  DP__LIT("might"), DP__LIT("must"),
        DP__LIT("he"),    DP__LIT("she"),   DP__LIT("it"),    DP__LIT("they"),  DP__LIT("we"),
        DP__LIT("i"),     DP__LIT("you"),   DP__LIT("who"),   DP__LIT("which"), DP__LIT("there"),
        DP__LIT("here"),  DP__LIT("we're"), DP__LIT("looks"), DP__LIT("seems"),
    };
    static const dp__lit after[] = {
        DP__LIT("in"),   DP__LIT("on"),    DP__LIT("at"),      DP__LIT("into"), DP__LIT("onto"),
        DP__LIT("over"), DP__LIT("through"), DP__LIT("across"), DP__LIT("from"), DP__LIT("to"),
        DP__LIT("off"),  DP__LIT("out"),   DP__LIT("up"),      DP__LIT("down"), DP__LIT("back"),
        DP__LIT("away"), DP__LIT("along"), DP__LIT("against"), DP__LIT("past"),
    };
    const dp__toks *T = &g->toks;
    const dp__tok *t = &T->t[k];
    if (!t->word || named[k] >= 0)
        return false;
    size_t vw;
    if (IN(aux, t) || dp__tg_match_verb(g, k, &vw))
        return true;
    if (t->shape != DP__SH_LOWER)
        return false;
    if (k > 0 && named[k - 1] >= 0 && !dp__tg_is_function(g, t) && !dp__tg_is_det(g, t))
        return true;
    const dp__tok *n = k + 1 < T->n ? &T->t[k + 1] : NULL;
    if (n && n->word && dp__tg_is_det(g, n) &&
        dp__ends_with(t->low, t->low_len, &(const dp__lit)DP__LIT("ing")))
        return true; /* "drawing our attention" */
    bool s_form = t->low_len > 3 && t->low[t->low_len - 1] == 's' &&
                  t->low[t->low_len - 2] != 's' && t->low[t->low_len - 2] != 'u' &&
                  t->low[t->low_len - 2] != 'i';
    if (!s_form)
        return false;
    match m;
    if (dp__tg_stopped(g, t) && strcmp(t->low, t->lemma) != 0 && k + 1 < T->n &&
        T->t[k + 1].word && T->t[k + 1].shape == DP__SH_LOWER &&
        dp__ends_with(T->t[k + 1].low, T->t[k + 1].low_len, &(const dp__lit)DP__LIT("ed")))
        return false; /* "bones picked clean": the plural of a noun of the stop list */
    if (!dp__tg_match_noun(g, k, &m) || strcmp(t->low, t->lemma) == 0)
        return true; /* "sits", "crackles": no plural of the lexicon */
    return n && n->word && (dp__tg_is_det(g, n) || IN(after, n));
}

/* English: marks in still[] the words of the verbless parts of sentences
 * that list things with commas ("Orange plastic seats, a shuttered bar.",
 * "Faded velvet, a stuffed pike in a glass case, a brass bell on the
 * desk."): a description of the set, whose things dress it. */
static void still_lifes(tagger *g, const int32_t *named, bool *still)
{
    const dp__toks *T = &g->toks;
    memset(still, 0, T->n * sizeof *still);
    if (g->lang != DP__LANG_EN)
        return;
    size_t a = 0;
    while (a < T->n) {
        size_t b = a + 1;
        while (b < T->n && !T->t[b].sent_start && (T->t[b].word || (T->t[b].punct != ':' &&
                                                                    T->t[b].punct != ';')))
            b++;
        bool comma = false, verb = false;
        size_t words = 0;
        for (size_t k = a; k < b && !verb; k++) {
            if (!T->t[k].word) {
                comma = comma || T->t[k].punct == ',';
                continue;
            }
            words++;
            verb = verb_like(g, k, named);
        }
        /* "INSERT: The encyclopedia article": a shot of a thing, no set;
         * "Steel, in the middle of a phone call": about a character */
        bool shot = a >= 2 && !T->t[a - 1].word && T->t[a - 1].punct == ':' &&
                    T->t[a - 2].shape == DP__SH_CAPS;
        size_t na = a;
        while (na < b && named[na] >= 0)
            na++;
        bool about = na > a && na < b && !T->t[na].word && T->t[na].punct == ',';
        if (comma && !verb && !shot && !about && words >= 3)
            for (size_t k = a; k < b; k++) /* "no monitors": not there */
                still[k] = !(k > 0 && T->t[k - 1].word && !strcmp(T->t[k - 1].low, "no"));
        a = b < T->n && !T->t[b].word ? b + 1 : b;
    }
}

/* English: is the noun m at token i a figure, not a thing of the set:
 * "a living carpet of hungry insects", "a blanket of fog", "a sign from
 * his wife", "the sign of the cross"? */
static bool figure(const tagger *g, size_t i, const match *m)
{
    static const dp__lit cover[] = {
        DP__LIT("carpet"), DP__LIT("blanket"), DP__LIT("curtain"), DP__LIT("canopy"),
    };
    const dp__toks *T = &g->toks;
    size_t n = i + m->words;
    if (g->lang != DP__LANG_EN || m->words != 1 || n >= T->n || !T->t[n].word)
        return false;
    const char *key = m->e->key;
    if (!strcmp(key, "sign"))
        return !strcmp(T->t[n].low, "of") || !strcmp(T->t[n].low, "from");
    return dp__lit_in(cover, DP__COUNT(cover), key, strlen(key)) && !strcmp(T->t[n].low, "of") &&
           n + 1 < T->n && T->t[n + 1].word && !dp__tg_is_det(g, &T->t[n + 1]);
}

/* English: is the set dressing of tokens [i, i + words) moved by the air
 * ("A soft breeze tickles the curtains", "the curtains billow")? It is
 * dressed, and rigged, to move. */
static bool stirred(const tagger *g, size_t i, size_t words)
{
    static const dp__lit air[] = {
        DP__LIT("breeze"), DP__LIT("wind"), DP__LIT("draft"), DP__LIT("draught"), DP__LIT("gust"),
    };
    static const dp__lit move[] = {
        DP__LIT("billow"), DP__LIT("billows"), DP__LIT("flutter"), DP__LIT("flutters"),
        DP__LIT("sway"),   DP__LIT("sways"),   DP__LIT("stir"),    DP__LIT("stirs"),
        DP__LIT("flap"),   DP__LIT("flaps"),   DP__LIT("ripple"),  DP__LIT("ripples"),
    };
    const dp__toks *T = &g->toks;
    if (g->lang != DP__LANG_EN)
        return false;
    size_t n = i + words;
    if (n < T->n && T->t[n].word && IN(move, &T->t[n]))
        return true;
    for (size_t k = i, steps = 0; k-- > 0 && steps < 6; steps++) {
        if (!T->t[k].word && T->t[k].punct != ',')
            return false;
        if (T->t[k].word && dp__lit_in(air, DP__COUNT(air), T->t[k].lemma, T->t[k].lemma_len))
            return true;
        if (T->t[k].sent_start)
            return false;
    }
    return false;
}

/* Is the stop-list phrase of sw words at token i the longest reading
 * there, no noun or verb entry starting at i being longer? */
static bool stop_wins(tagger *g, size_t i, size_t sw)
{
    match m;
    size_t vw = 0;
    return (!dp__tg_match_noun(g, i, &m) || m.words <= sw) &&
           (!dp__tg_match_verb(g, i, &vw) || vw <= sw);
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
    if (el->type == DP_EL_ACTION && strchr(el->plain, ',') && (st = dp__tg_aliases_in(g)) != DP_OK)
        return st;
    int32_t *named = dp__arena_alloc(&g->scratch, T->n * sizeof *named);
    bool *used = dp__arena_alloc(&g->scratch, T->n * sizeof *used);
    g->memo = dp__arena_alloc(&g->scratch, T->n * sizeof *g->memo);
    g->memo_done = dp__arena_alloc(&g->scratch, T->n * sizeof *g->memo_done);
    bool *still = dp__arena_alloc(&g->scratch, T->n * sizeof *still);
    if (!named || !used || !g->memo || !g->memo_done || !still)
        return DP_E_NOMEM;
    memset(g->memo_done, 0, T->n * sizeof *g->memo_done);
    g->memo_n = T->n;
    for (size_t i = 0; i < T->n; i++) {
        named[i] = dp__tg_character_at(g, &T->t[i]);
        used[i] = named[i] >= 0 || !T->t[i].word;
    }
    /* a capitalised name of two words ("MARGOT DELACROIX"): both are name */
    for (size_t i = 1; i < T->n; i++)
        if (named[i - 1] >= 0 && T->t[i].word && T->t[i].shape == DP__SH_CAPS &&
            T->t[i - 1].shape == DP__SH_CAPS && named[i] < 0) {
            named[i] = named[i - 1];
            used[i] = true;
        }
    still_lifes(g, named, still);
    for (size_t i = 0; i < T->n && st == DP_OK; i++) {
        const dp__tok *t = &T->t[i];
        if (named[i] >= 0) {
            g->last_character = named[i];
            continue;
        }
        /* a thing that moves by itself or gives way: a mechanical effect */
        if ((st = dp__tg_rigged(g, i, named)) != DP_OK)
            break;
        if (used[i])
            continue;
        /* 0. a vehicle or animal by its name */
        size_t aw;
        const dp__lex_entry *ae = dp__tg_alias_at(g, i, &aw);
        if (ae) {
            st = dp__tg_find(g, ae->category, ae->key, strlen(ae->key), -1, t->a, T->t[i + aw - 1].b,
                      "named", 85, 0, 0);
            for (size_t q = i; q < i + aw; q++)
                used[q] = true;
            i += aw - 1;
            continue;
        }
        /* a stop-list phrase ("C'est le coup de feu", "GROS PLAN") */
        size_t sw = dp__tg_stop_phrase(g, i);
        if (sw && stop_wins(g, i, sw)) {
            for (size_t q = i; q < i + sw; q++)
                used[q] = true;
            i += sw - 1;
            continue;
        }
        /* a shop's or a company's name ("Talbot's Five and Dime", "ISLAND
         * LAUNDRY CO."): no element */
        if (dp__tg_in_proper_name(g, i, named)) {
            used[i] = true;
            continue;
        }
        /* 1. CAPITALS */
        if (t->shape == DP__SH_CAPS) {
            size_t e = i;
            while (e < T->n && T->t[e].word && T->t[e].shape == DP__SH_CAPS && named[e] < 0)
                e++;
            /* a whole line in capitals is a title or a shot, not an element,
             * unless it ends the sentence of the line before ("before he
             * finally" / "RINGS THE DOORBELL.") */
            bool line = t->sent_start && e - i >= 3 && (e == T->n || !T->t[e].word) &&
                        !(i == 0 && runs_on(g));
            if (!line)
                st = caps_run(g, i, e, named, used);
            for (size_t q = i; q < e; q++)
                used[q] = true;
            continue;
        }
        /* 2. wardrobe and makeup on a character */
        bool hit;
        if ((st = dp__tg_costume_word(g, i, named, &hit)) != DP_OK)
            break;
        if (dp__tg_is_wear_word(g, i, named)) {
            st = dp__tg_wardrobe_after(g, i, named, used);
            continue;
        }
        size_t mw;
        if ((st = dp__tg_makeup_word(g, i, named, &hit, &mw)) != DP_OK || hit) {
            for (size_t q = i; q < i + mw; q++)
                used[q] = true;
            i += mw - 1;
            continue;
        }
        if ((st = dp__tg_handled_object(g, i, named, used)) != DP_OK)
            break;
        if ((st = dp__tg_knockdown(g, i, named, &hit)) != DP_OK || hit)
            continue;
        size_t sign_end = marked_sign(g, i, named);
        if (sign_end) { /* "a door marked CREW ONLY": a sign the art department makes */
            st = dp__tg_find(g, 113, "sign", 4, -1, t->a, T->t[sign_end - 1].b, "marked", 70, 0, 0);
            for (size_t q = i; q < sign_end; q++)
                used[q] = true;
            i = sign_end - 1;
            continue;
        }
        if (screen_shows(g, i)) { /* what a screen shows is drawn by the art department */
            st = dp__tg_find(g, 113, "screen", 6, -1, t->a, t->b, "display", 70, 0, 0);
            continue;
        }
        if (dp__tg_can_of(g, i)) {
            /* "a can of Ensure", "a glass of water": the container is the prop */
            st = dp__tg_find(g, 104, t->lemma, t->lemma_len, -1, t->a, t->b, "container", 70, 0, 0);
            continue;
        }
        if (dp__tg_smoking(g, i)) { /* "the smoking barrel": it smokes on screen */
            st = dp__tg_find(g, 105, "smoke", 5, -1, t->a, t->b, "smoking", 65, 0, 0);
            used[i] = true;
            continue;
        }
        /* 3. the lexicons: a stop word only starts a longer entry ("coup
         * de feu", "ground shakes"); a longer verb phrase wins over a noun
         * ("barrels down the street") */
        match m;
        bool noun = dp__tg_match_noun(g, i, &m);
        size_t vw = 0;
        const dp__lex_entry *v = dp__tg_match_verb(g, i, &vw);
        if (t->elision && !(v && vw > 1)) /* "S'ENTRECHOQUENT" is one verb */
            continue;
        /* a verb form of the stop list used as a noun of the set: "two
         * wooden crosses", "blocked with signs" */
        bool set_noun = false;
        if (g->lang == DP__LANG_EN && !noun && dp__tg_stopped(g, t) && t->low_len > 2 &&
            t->low[t->low_len - 1] == 's') {
            const dp__lex_entry *e = NULL;
            for (size_t cut = 1; cut <= 2 && !e; cut++)
                e = dp__lex_find(g->lex->nouns, g->lex->n_nouns, t->low, t->low_len - cut);
            set_noun = e && e->category == 114 &&
                       (dp__tg_after_det(g, i) || dressing_after_det(g, i, named) ||
                        dressed_with(g, i));
            if (set_noun) {
                m.e = e;
                m.words = 1;
                noun = true;
            }
        }
        if (dp__tg_stopped(g, t) && !set_noun) {
            noun = noun && m.words > 1;
            v = v && vw > 1 ? v : NULL;
            if (!noun && !v)
                continue;
        }
        if (noun && v && vw > m.words)
            noun = false;
        size_t at;
        match inner;
        if (noun && dp__tg_measure(g, i, &m, &inner, &at)) {
            /* "un paquet de cigarettes": the thing held; a cloud or a
             * plume of something stays an effect */
            uint16_t force = m.e->category == 105 ? 105 : 0;
            if (dp__tg_is_graphic(inner.e->key)) /* "une pile d'affichettes" */
                force = 104;
            st = dp__tg_found_noun(g, at, &inner, named, "lexicon", 70, force);
            for (size_t q = i; q < at + inner.words; q++)
                used[q] = true;
            i = at + inner.words - 1;
            continue;
        }
        if (noun && m.words == 1 && dp__tg_part_of(g, i)) {
            used[i] = true; /* "the gun barrel", "the trunk of the car": the whole is the thing */
            continue;
        }
        if (noun && (dp__tg_modifier(g, i, &m) || dp__tg_quantity_of(g, i, &m))) {
            used[i] = true; /* "fish crate", "a bundle of mail": the next noun is the thing */
            continue;
        }
        if (noun && m.e->category == 108 && dp__tg_made_shape(g, i)) {
            for (size_t q = i; q < i + m.words; q++) /* "making a convincing bird" */
                used[q] = true;
            i += m.words - 1;
            continue;
        }
        if (noun && dp__tg_hypothetical(g, i)) {
            for (size_t q = i; q < i + m.words; q++) /* "could hold a lot of money" */
                used[q] = true;
            i += m.words - 1;
            continue;
        }
        if (noun && m.words == 1 && m.e->category == 104 && dp__tg_toast_speech(g, i)) {
            used[i] = true; /* "for a toast": a speech */
            continue;
        }
        if (noun && m.words == 1 && m.e->category == 104 && dp__tg_body_sense(g, i)) {
            used[i] = true; /* "this man's nails": a body, makeup's if anyone's */
            continue;
        }
        if (noun && m.words == 1 && dp__lex_flag(m.e, "ambiguous") &&
            dp__tg_before_set_noun(g, i + 1)) {
            used[i] = true; /* "the chart table": a kind of table, no chart */
            continue;
        }
        if (noun && dp__tg_simile(g, i)) {
            for (size_t q = i; q < i + m.words; q++)
                used[q] = true;
            i += m.words - 1;
            continue;
        }
        if (noun) {
            bool ambiguous = dp__lex_flag(m.e, "ambiguous");
            bool det = dp__tg_after_det(g, i) || dp__tg_sound_of(g, i) ||
                       (((m.e->category == 104 && !dp__lex_flag(m.e, "weapon")) ||
                         (m.e->category == 101 && m.words == 1 &&
                          strcmp(t->low, t->lemma) != 0)) &&
                        dp__tg_after_det_adjective(g, i)) ||
                       (m.e->category == 114 && dressing_after_det(g, i, named)) ||
                       ((m.e->category == 104 || m.e->category == 114) &&
                        (dressed_with(g, i) ||
                         (still[i] && (t->sent_start || (i > 0 && T->t[i - 1].word &&
                                                          T->t[i - 1].shape == DP__SH_LOWER)))));
            if (m.words == 1 && (dp__tg_used_as_verb(g, i, named) || dp__tg_verb_after_noun(g, i) ||
                                 dp__tg_verb_after_plural(g, i))) {
                /* a verb: maybe one of the verb lexicon */
            } else if (!ambiguous || det || dp__tg_in_hand(g, i + m.words) ||
                       (m.e->category == 106 && dp__tg_colour(g, i + m.words))) {
                uint16_t cat = m.e->category;
                bool speaking_role = false;
                if (cat == 101) { /* a people noun that is a character is cast */
                    dp__buf_reset(&g->tmp);
                    if (dp__utf8_upper(m.e->key, strlen(m.e->key), &g->tmp) == DP_OK)
                        speaking_role = dp__tg_name_find(g, g->tmp.data ? g->tmp.data : "") >= 0;
                }
                uint16_t force = 0;
                if (cat == 108 && dp__tg_computer_mouse(g, i, &m))
                    cat = force = 104; /* "He works the mouse" at his computer */
                if (cat == 115 && dp__tg_counted_straw(g, i, &m))
                    cat = force = 104; /* "a straw", "two straws": to drink with */
                size_t end = i;
                dp__animal_use use = cat == 108 ? dp__tg_animal_use(g, i, &m, &end) : DP__ANIMAL_LIVE;
                if (use == DP__ANIMAL_DEAD) /* dead animals are props */
                    st = dp__tg_find(g, 104, "carcasse", 8, -1, t->a, T->t[end].b, "dead-animal",
                                     70, 0, 0);
                if (use == DP__ANIMAL_DEAD || use == DP__ANIMAL_SAME) {
                    for (size_t q = i; q <= end; q++)
                        used[q] = true;
                    i = end;
                    continue;
                }
                if (use == DP__ANIMAL_DISH)
                    force = 104;
                if (use == DP__ANIMAL_HEARD) { /* animals only heard are sound */
                    st = dp__tg_find(g, 112, m.e->key, strlen(m.e->key), -1, t->a, T->t[end].b,
                                     "heard", 65, 0, 0);
                    for (size_t q = i; q <= end; q++)
                        used[q] = true;
                    i = end;
                    continue;
                }
                if (cat == 105 && m.words == 1 && dp__tg_weather_cause(g, i)) {
                    used[i] = true; /* "heavy from the rain": it rained before */
                    continue;
                }
                /* "the sound of rain", "Sound of paper crumpling": heard only */
                if ((cat == 103 || cat == 104 || cat == 105 || cat == 114) && dp__tg_sound_of(g, i)) {
                    st = dp__tg_find(g, 112, m.e->key, strlen(m.e->key), -1, t->a,
                                     T->t[i + m.words - 1].b, "heard", 65, 0, 0);
                    for (size_t q = i; q < i + m.words; q++)
                        used[q] = true;
                    i += m.words - 1;
                    continue;
                }
                if ((cat == 115 && dp__tg_material(g, i)) ||
                    (cat == 101 && (dp__tg_apposition(g, i, named) || same_group(g, i) ||
                                     (i + m.words < T->n && named[i + m.words] >= 0) ||
                                     possessive(g, i + m.words)))) {
                    /* "table de chêne", "KARIM, commis", "his friends Wilbur and Ruthie",
                     * "a fisherman's jumper" */
                    for (size_t q = i; q < i + m.words; q++)
                        used[q] = true;
                    i += m.words - 1;
                    continue;
                }
                const char *rule = "lexicon";
                if (cat == 114 && figure(g, i, &m)) {
                    for (size_t q = i; q < i + m.words; q++) /* "a living carpet of insects" */
                        used[q] = true;
                    i += m.words - 1;
                    continue;
                }
                if (cat == 114 && !dp__tg_is_graphic(m.e->key)) {
                    /* set dressing that is handled is a prop; otherwise it
                     * counts when the script describes it, or says where it
                     * stands or what it is like */
                    if (dp__tg_handled(g, i))
                        force = 104;
                    else if ((m.words == 1 || g->lang == DP__LANG_EN) && !built_piece(m.e->key) &&
                             !dp__tg_described(g, i, m.words, named)) {
                        bool placed = said_of(g, i + m.words);
                        bool lit = !placed && gives_light(g, i, m.words);
                        bool blown = !placed && !lit && stirred(g, i, m.words);
                        if (!placed && !lit && !blown && !still[i] && !dressed_with(g, i)) {
                            for (size_t q = i; q < i + m.words; q++) /* "the kitchen table" */
                                used[q] = true;
                            i += m.words - 1;
                            continue;
                        }
                        rule = placed  ? "placed"
                               : lit     ? "practical"
                               : blown   ? "stirred"
                               : still[i] ? "still"
                                          : "dressed";
                    }
                }
                if (g->lang == DP__LANG_FR && dp__tg_is_graphic(m.e->key) && dp__tg_handled(g, i))
                    force = 104; /* printed matter handled: "pose une pile d'affichettes" */
                if (cat == 104 && !force && !dp__tg_handled(g, i) && on_set(g, i + m.words))
                    force = 114; /* "photos encadrées au mur", "a brass bell on the desk" */
                if (cat == 104 && !force && !dp__tg_handled(g, i) && dressed_with(g, i)) {
                    force = 114; /* "a room filled with sheets of paper" */
                    rule = "dressed";
                }
                if (cat == 104 && !force && still[i]) {
                    force = 114; /* "Game balls, a framed jersey, various trophies" */
                    rule = "still";
                }
                const dp__lex_entry *kind = NULL;
                bool group = (cat == 101 || cat == 108) && dp__tg_collective(g, i, &m, &kind);
                bool massed = cat == 108 && dp__tg_massed(g, i); /* "Millions of them." */
                if (massed)
                    force = 119;
                if (group && kind)
                    st = dp__tg_find(g, massed ? 119 : cat, kind->key, strlen(kind->key), -1, t->a,
                              T->t[i + m.words - 1].b, "collective", 65,
                              cat == 101 ? dp__tg_count_before(g, i) : 0, 0);
                else if (!speaking_role && !group)
                    st = dp__tg_found_noun(g, i, &m, named, rule, ambiguous ? 55 : 75, force);
                for (size_t q = i; q < i + m.words; q++)
                    used[q] = true;
                i += m.words - 1;
                continue;
            }
        }
        if (v) {
            bool caps = t->elision && T->t[i + 1].shape == DP__SH_CAPS; /* S'ENTRECHOQUENT */
            st = dp__tg_found_verb(g, i, vw, v, named, caps ? "caps" : "verb", caps ? 85 : 70);
            for (size_t q = i; q < i + vw; q++)
                used[q] = true;
            i += vw - 1;
        }
    }
    return st;
}

/* An interior set inside a vehicle ("INT. CAR", "INT. SAINT BRENDAN -
 * WHEELHOUSE"): the vehicle is in the scene. A set that is an effect
 * ("EXT. CAMPFIRE - NIGHT", "EXT. BONFIRE"), inside or out: the effect is
 * in the scene. */
static dp_status heading_elements(tagger *g, const dp_element *el, bool inside)
{
    dp__toks *T = &g->toks;
    T->n = 0;
    g->memo_n = 0;
    g->text = el->plain;
    dp_status st = dp__tokenize(&g->scratch, g->lex, g->lang, el->plain, strlen(el->plain), T);
    for (size_t i = 0; i < T->n && st == DP_OK; i++) {
        size_t words = 0;
        const dp__lex_entry *e = dp__tg_alias_at(g, i, &words);
        match m;
        if (!e && T->t[i].word && dp__tg_match_noun(g, i, &m)) {
            words = m.words;
            e = m.e;
        }
        size_t after = i + (words ? words : 1);
        bool ends = after >= T->n || !T->t[after].word; /* "CAR DECK" is no car */
        if (e && ((e->category == 103 && inside) || e->category == 105) && ends)
            st = dp__tg_find(g, e->category, e->key, strlen(e->key), -1, T->t[i].a,
                             T->t[i + words - 1].b, "heading", 80, 0, 0);
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
    dp__tg_vocab_init(&g.vocab);
    dp_status st = dp__tg_build_names(&g);
    const dp_doc *doc = bd->doc;
    for (size_t s = 0; s < bd->n_scenes && st == DP_OK; s++) {
        const dp_scene *sc = &bd->scenes[s];
        g.scene = (uint32_t)s;
        g.element = sc->first_element;
        if (sc->first_element < sc->end_element &&
            doc->elements[sc->first_element].type == DP_EL_SCENE_HEADING)
            st = heading_elements(&g, &doc->elements[sc->first_element],
                                  sc->int_ext == DP_IE_INT || sc->int_ext == DP_IE_INT_EXT);
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
                dp__buf_init(&up, DP_MAX_INPUT_BYTES);
                if (st == DP_OK)
                    st = dp__name_key(g.tmp.data ? g.tmp.data : "", g.tmp.len, &up);
                speaker = st == DP_OK ? dp__tg_name_find(&g, up.data ? up.data : "") : -1;
                dp__buf_release(&up);
                if (speaker >= 0)
                    g.last_character = speaker;
            } else if (el->type == DP_EL_ACTION || el->type == DP_EL_PARENTHETICAL) {
                st = tag_element(&g, el);
            }
        }
        if (g.scratch.used > ((size_t)64 << 20)) {
            if (g.scratch.failed && st == DP_OK)
                st = DP_E_NOMEM;
            dp__arena_release(&g.scratch);
            dp__arena_init(&g.scratch, (size_t)1 << 30);
            st = st == DP_OK ? dp__tg_build_names(&g) : st;
        }
    }
    /* a test that could not be made for want of memory is no answer */
    if (st == DP_OK && (g.scratch.failed || g.tmp.failed))
        st = DP_E_NOMEM;
    dp__free(g.toks.t);
    dp__free(g.aliases);
    dp__arena_release(&g.scratch);
    dp__buf_release(&g.tmp);
    return st;
}
