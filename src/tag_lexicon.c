/* Lexicon matches (nouns, verbs, stop words) and the findings they
 * make. */
#include "tag.h"

#include <string.h>

dp_status dp__tg_find(tagger *g, uint16_t cat, const char *name, size_t name_len,
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

/* French: the longest noun-lexicon entry starting at word token i, its
 * first word read as its lemma or (first_surface) as written, each later
 * word as written or else as its lemma ("yeux rouges", "coupures de
 * journaux" -> "coupure de journal"). */
static void match_noun_fr(tagger *g, size_t i, bool first_surface, match *m)
{
    const dp__toks *T = &g->toks;
    char key[256];
    size_t len = 0, words = 0;
    m->e = NULL;
    for (size_t k = i; k < T->n && words < MAX_MATCH; k++) {
        const dp__tok *t = &T->t[k];
        if (!t->word || len + t->low_len + t->lemma_len + 2 >= sizeof key)
            break;
        if (words > 0 && !T->t[k - 1].elision) /* "d'" joins the next word */
            key[len++] = ' ';
        bool surface = words > 0 || first_surface;
        const char *w = surface ? t->low : t->lemma;
        size_t wl = surface ? t->low_len : t->lemma_len;
        memcpy(key + len, w, wl);
        bool more;
        const dp__lex_entry *e = dp__lex_seek(g->lex->nouns, g->lex->n_nouns, key, len + wl, &more);
        if (!e && !more && words > 0 && t->lemma_len != t->low_len) {
            memcpy(key + len, t->lemma, t->lemma_len);
            wl = t->lemma_len;
            e = dp__lex_seek(g->lex->nouns, g->lex->n_nouns, key, len + wl, &more);
        }
        len += wl;
        words++;
        if (e) {
            m->e = e;
            m->words = words;
        }
        if (!more)
            break;
    }
}

/* The longest noun-lexicon entry starting at word token i (lemmas joined
 * by spaces; the words may not cross punctuation). */
static bool match_noun_raw(tagger *g, size_t i, match *m)
{
    const dp__toks *T = &g->toks;
    bool fr = g->lang == DP__LANG_FR;
    if (i >= T->n || !T->t[i].word) { /* punctuation starts no noun */
        m->e = NULL;
        m->words = 0;
        return false;
    }
    if (fr) {
        const dp__tok *t = &T->t[i];
        match_noun_fr(g, i, false, m);
        if (t->lemma_len != t->low_len || memcmp(t->lemma, t->low, t->low_len) != 0) {
            match alt;
            match_noun_fr(g, i, true, &alt);
            if (alt.e && (!m->e || alt.words > m->words))
                *m = alt;
        }
        return m->e != NULL;
    }
    char key[256], surf[256]; /* lemmas (French: the first only); surface words */
    size_t len = 0, slen = 0, words = 0;
    m->e = NULL;
    for (size_t k = i; k < T->n && words < MAX_MATCH; k++) {
        const dp__tok *t = &T->t[k];
        if (!t->word)
            break;
        const char *w = fr && words > 0 ? t->low : t->lemma;
        size_t wl = fr && words > 0 ? t->low_len : t->lemma_len;
        bool sep = words > 0 && !T->t[k - 1].elision; /* "d'" joins the next word */
        if (len + wl + 2 >= sizeof key || slen + t->low_len + 2 >= sizeof surf)
            break;
        if (sep) {
            key[len++] = ' ';
            surf[slen++] = ' ';
        }
        memcpy(key + len, w, wl);
        len += wl;
        words++;
        bool more_key, more_surf = false;
        const dp__lex_entry *e = dp__lex_seek(g->lex->nouns, g->lex->n_nouns, key, len, &more_key);
        if (!e && !fr && words > 1) {
            /* English: inner words in their surface form, the last a lemma */
            char k2[256];
            memcpy(k2, surf, slen);
            memcpy(k2 + slen, t->lemma, t->lemma_len);
            e = dp__lex_find(g->lex->nouns, g->lex->n_nouns, k2, slen + t->lemma_len);
        }
        memcpy(surf + slen, t->low, t->low_len);
        slen += t->low_len;
        if (e) {
            m->e = e;
            m->words = words;
        }
        /* read on while a longer entry starts with the words read */
        if (!fr && !more_key)
            more_surf = dp__lex_extends(g->lex->nouns, g->lex->n_nouns, surf, slen);
        if (!more_key && !more_surf)
            break;
    }
    return m->e != NULL;
}

/* match_noun_raw, remembered per token of the element being tagged. */
bool dp__tg_match_noun(tagger *g, size_t i, match *m)
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

bool dp__tg_stopped(const tagger *g, const dp__tok *t)
{
    return dp__lex_find(g->lex->stop, g->lex->n_stop, t->lemma, t->lemma_len) ||
           dp__lex_find(g->lex->stop, g->lex->n_stop, t->low, t->low_len);
}

/* The words (two or more) of the longest stop-list phrase at token i, its
 * first word read as written or as its lemma, the others as written; 0
 * for none. */
static size_t stop_phrase_from(tagger *g, size_t i, bool first_lemma)
{
    const dp__toks *T = &g->toks;
    char key[256];
    size_t len = 0, best = 0;
    for (size_t k = i; k < T->n && k < i + MAX_STOP_WORDS; k++) {
        const dp__tok *t = &T->t[k];
        const char *w = k == i && first_lemma ? t->lemma : t->low;
        size_t wl = k == i && first_lemma ? t->lemma_len : t->low_len;
        if (!t->word || len + wl + 2 >= sizeof key)
            break;
        if (k > i && !T->t[k - 1].elision)
            key[len++] = ' ';
        memcpy(key + len, w, wl);
        len += wl;
        bool more;
        if (dp__lex_seek(g->lex->stop, g->lex->n_stop, key, len, &more) && k > i)
            best = k - i + 1;
        if (!more)
            break;
    }
    return best;
}

size_t dp__tg_stop_phrase(tagger *g, size_t i)
{
    const dp__tok *t = &g->toks.t[i];
    size_t a = stop_phrase_from(g, i, false);
    size_t b = t->lemma_len != t->low_len || memcmp(t->lemma, t->low, t->low_len) != 0
                   ? stop_phrase_from(g, i, true)
                   : 0;
    return a > b ? a : b;
}

/* A verb of the verb lexicon at token i (one to MAX_VERB_WORDS words). */
const dp__lex_entry *dp__tg_match_verb(tagger *g, size_t i, size_t *words)
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
        bool more;
        const dp__lex_entry *e = dp__lex_seek(g->lex->verbs, g->lex->n_verbs, key, len, &more);
        if (e) {
            best = e;
            *words = k - i + 1;
        }
        if (!more)
            break;
    }
    return best;
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
bool dp__tg_collective(tagger *g, size_t i, const match *m, const dp__lex_entry **kind)
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
            if (dp__tg_match_noun(g, q, &inner) && inner.e->category == m->e->category) {
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

/* Words of token range [i, i + words) as the item name: the lexicon's
 * lemma (a sound used as a verb, for its source: "the printer beeps"). */
/* signs and printed matter the art department makes */
static const dp__lit graphics[] = {
    DP__LIT("sign"),      DP__LIT("poster"),     DP__LIT("banner"),    DP__LIT("placard"),
    DP__LIT("billboard"), DP__LIT("logo"),       DP__LIT("graffiti"),  DP__LIT("signboard"),
    DP__LIT("enseigne"),  DP__LIT("affichette"), DP__LIT("affiche"),   DP__LIT("pancarte"),
    DP__LIT("panneau"),   DP__LIT("publicité"),  DP__LIT("banderole"), DP__LIT("écriteau"),
};

bool dp__tg_is_graphic(const char *key)
{
    return dp__lit_in(graphics, DP__COUNT(graphics), key, strlen(key));
}

/* Do the words after token 'from' (to the end of the sentence, eight at
 * most) say the thing carries text: "painted to read", "stencilled on its
 * side", "au logo de", "shows a web page"? */
static bool shows_text(const tagger *g, size_t from)
{
    static const dp__lit says[] = {
        DP__LIT("painted"), DP__LIT("stencilled"), DP__LIT("stenciled"), DP__LIT("lettered"),
        DP__LIT("logo"),    DP__LIT("reads"),      DP__LIT("display"),   DP__LIT("displays"),
        DP__LIT("shows"),   DP__LIT("peint"),      DP__LIT("peinte"),    DP__LIT("floqué"),
        DP__LIT("floquée"), DP__LIT("affiche"),    DP__LIT("marqué"),    DP__LIT("marquée"),
    };
    const dp__toks *T = &g->toks;
    for (size_t k = from; k < T->n && k < from + 8; k++) {
        if (!T->t[k].word && (T->t[k].punct == '.' || T->t[k].punct == ';'))
            break;
        if (T->t[k].word && IN(says, &T->t[k]))
            return true;
    }
    return false;
}

/* Is the music key a group of players seen playing ("marching band",
 * "orchestra", "choir")? */
static bool musicians(const char *key)
{
    static const dp__lit groups[] = {
        DP__LIT("band"),     DP__LIT("orchestra"), DP__LIT("choir"),    DP__LIT("quartet"),
        DP__LIT("mariachis"),
    };
    const char *sp = strrchr(key, ' ');
    const char *head = sp ? sp + 1 : key;
    return dp__lit_in(groups, DP__COUNT(groups), head, strlen(head));
}

/* English: the firearm named earlier in the scene that a generic word
 * ("the gun", "each other's guns", "his weapon") stands for, or NULL. A
 * props master reads one rifle there, not a rifle and a gun. Looks back
 * over a bounded number of findings of the scene. */
static const char *firearm_before(const tagger *g, const char *key)
{
    static const dp__lit generic[] = {DP__LIT("gun"), DP__LIT("weapon"), DP__LIT("firearm")};
    static const dp__lit firearms[] = {
        DP__LIT("rifle"),  DP__LIT("pistol"),    DP__LIT("revolver"), DP__LIT("shotgun"),
        DP__LIT("handgun"), DP__LIT("musket"),   DP__LIT("carbine"),  DP__LIT("derringer"),
        DP__LIT("sidearm"), DP__LIT("winchester"),
    };
    if (g->lang != DP__LANG_EN || !dp__lit_in(generic, DP__COUNT(generic), key, strlen(key)))
        return NULL;
    const dp__findings *o = g->out;
    for (size_t k = o->n, seen = 0; k-- > 0 && seen < 256; seen++) {
        const dp__found *f = &o->f[k];
        if (f->scene != g->scene)
            break;
        if (f->category != 104 || !(f->flags & DP_ITEMF_WEAPON))
            continue;
        const char *w = strrchr(f->name, ' ');
        w = w ? w + 1 : f->name;
        if (dp__lit_in(firearms, DP__COUNT(firearms), w, strlen(w)))
            return f->name;
    }
    return NULL;
}

dp_status dp__tg_found_noun(tagger *g, size_t i, const match *m, const int32_t *named,
                            const char *rule, uint8_t conf, uint16_t force_cat)
{
    const dp__toks *T = &g->toks;
    uint16_t cat = force_cat ? force_cat : m->e->category;
    size_t after = i + m->words;
    if (after < T->n && !T->t[after].word && T->t[after].punct == ',')
        after++;
    if (after < T->n && T->t[after].word && !strcmp(T->t[after].low, "aka"))
        return DP_OK; /* "THE BOY BAND, AKA DAN and JACK": the characters' nickname */
    /* a weapon on the weapons list only as a prop, not a pike in a glass case */
    uint32_t flags = cat == 104 && dp__lex_flag(m->e, "weapon") ? DP_ITEMF_WEAPON : 0;
    int32_t who = (cat == 106 || cat == 107) ? dp__tg_owner(g, i, named) : -1;
    uint32_t count = cat == 101 ? dp__tg_count_before(g, i) : 0;
    if (cat == 112 && T->t[i].shape != DP__SH_CAPS && !dp__tg_called_sound(g, i, m->e->key) &&
        (dp__lex_flag(m->e, "ambiguous") || !dp__tg_sound_unseen(g, i, named)))
        return DP_OK; /* "A crack of sunlight" */
    if (cat == 112 && dp__tg_passive_on_person(g, i, named))
        return DP_OK; /* "COGNITO is SLAMMED against the wall": done to him */
    if (cat == 111 && dp__tg_month(g, i)) /* "14 MARCH" */
        return DP_OK;
    const char *same = cat == 104 ? firearm_before(g, m->e->key) : NULL;
    if (same) /* "grabs his rifle ... each other's guns": the rifle again */
        return dp__tg_find(g, 104, same, strlen(same), -1, T->t[i].a, T->t[i + m->words - 1].b,
                           "same-weapon", conf, 0, flags);
    if (force_cat != 104 && (dp__tg_is_graphic(m->e->key) ||
                             (!strcmp(m->e->key, "screen") && shows_text(g, i + m->words))))
        cat = 113; /* the art department draws it; printed matter in hand is a prop */
    if (cat == 103 && shows_text(g, i + m->words)) {
        /* "a van, ISLAND LAUNDRY CO. stencilled on its side": its lettering */
        dp_status st = dp__tg_find(g, 113, m->e->key, strlen(m->e->key), -1, T->t[i].a,
                                   T->t[i + m->words - 1].b, "lettering", 65, 0, 0);
        if (st != DP_OK)
            return st;
    }
    if (cat == 111 && g->lang == DP__LANG_EN && musicians(m->e->key)) {
        /* "the high school MARCHING BAND": the players are seen, as extras */
        dp_status st = dp__tg_find(g, 101, m->e->key, strlen(m->e->key), -1, T->t[i].a,
                                   T->t[i + m->words - 1].b, "musicians", 65, 0, 0);
        if (st != DP_OK)
            return st;
    }
    size_t sl = 0;
    /* French: "un long HURLEMENT", the adjective is no source */
    bool noun_here = g->lang == DP__LANG_FR ? dp__tg_caps_noun(g, i) : dp__tg_after_det(g, i);
    /* "with a CLANG", "a whirring sound ... the copier" */
    const char *src = cat == 112 ? dp__tg_phrase_source(g, i, m->words, named, &sl) : NULL;
    if (cat == 112 && !src && !noun_here)
        src = dp__tg_sound_source(g, i, named, &sl);
    if (cat == 112 && !src && dp__tg_gunshot_near(g, i))
        return DP_OK; /* "CRACK! A SHOT rings out" */
    if (src && sl == 0)
        return DP_OK;
    if (src)
        return dp__tg_find(g, cat, src, sl, who, T->t[i].a, T->t[i + m->words - 1].b, rule, conf,
                    count, flags);
    size_t ol = 0, oe = 0;
    const char *of = cat == 112 ? dp__tg_of_source(g, i + m->words, m->e->key, &ol, &oe) : NULL;
    if (of)
        return dp__tg_find(g, cat, of, ol, who, T->t[i].a, T->t[oe].b, rule, conf, count, flags);
    return dp__tg_find(g, cat, m->e->key, strlen(m->e->key), who, T->t[i].a,
                T->t[i + m->words - 1].b, rule, conf, count, flags);
}
