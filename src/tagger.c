/* The element tagger. Over each action line and parenthetical of a scene,
 * in this order of trust: the screenplay's conventions (words in
 * CAPITALS), patterns that attach wardrobe and makeup to a character
 * ("STEEL, in a Hawaiian shirt", "vêtue d'une robe noire", "le visage
 * couvert de sang"), then the lexicons (nouns, and verbs for stunts,
 * effects and sounds), with a count for background people. */
#include "tag.h"

#include <string.h>

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
        if (noun) {
            st = dp__tg_found_noun(g, k, &m, named, "caps", 90, 0);
            for (size_t q = k; q < k + m.words; q++)
                used[q] = true;
            k += m.words - 1;
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
    if (!named || !used || !g->memo || !g->memo_done)
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
            /* a whole line in capitals is a title or a shot, not an element */
            bool line = t->sent_start && e - i >= 3 && (e == T->n || !T->t[e].word);
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
        if (t->elision)
            continue;
        if (dp__tg_stopped(g, t)) {
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
            bool det = dp__tg_after_det(g, i) ||
                       (m.e->category == 104 && !dp__lex_flag(m.e, "weapon") &&
                        dp__tg_after_det_adjective(g, i));
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
                if (cat == 105 && dp__tg_sound_of(g, i)) { /* "the sound of rain": heard only */
                    st = dp__tg_find(g, 112, m.e->key, strlen(m.e->key), -1, t->a,
                                     T->t[i + m.words - 1].b, "heard", 65, 0, 0);
                    for (size_t q = i; q < i + m.words; q++)
                        used[q] = true;
                    i += m.words - 1;
                    continue;
                }
                if ((cat == 115 && dp__tg_material(g, i)) ||
                    (cat == 101 && g->lang == DP__LANG_FR && dp__tg_apposition(g, i, named))) {
                    for (size_t q = i; q < i + m.words; q++) /* "table de chêne", "KARIM, commis" */
                        used[q] = true;
                    i += m.words - 1;
                    continue;
                }
                if (cat == 114 && !dp__tg_is_graphic(m.e->key)) {
                    /* set dressing that is handled is a prop; otherwise it
                     * counts when the script describes it */
                    if (dp__tg_handled(g, i))
                        force = 104;
                    else if (m.words == 1 && !dp__tg_described(g, i, 1, named)) {
                        used[i] = true;
                        continue;
                    }
                }
                if (g->lang == DP__LANG_FR && dp__tg_is_graphic(m.e->key) && dp__tg_handled(g, i))
                    force = 104; /* printed matter handled: "pose une pile d'affichettes" */
                if (cat == 104 && !force && !dp__tg_handled(g, i) && on_set(g, i + m.words))
                    force = 114; /* "photos encadrées au mur", "a brass bell on the desk" */
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
                    st = dp__tg_found_noun(g, i, &m, named, "lexicon", ambiguous ? 55 : 75, force);
                for (size_t q = i; q < i + m.words; q++)
                    used[q] = true;
                i += m.words - 1;
                continue;
            }
        }
        if (v) {
            st = dp__tg_found_verb(g, i, vw, v, named, "verb", 70);
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
