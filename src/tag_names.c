/* Names in action text: the characters', and the names the script gives
 * to vehicles and animals. */
#include "tag.h"

#include <string.h>

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

int32_t dp__tg_name_find(const tagger *g, const char *key)
{
    for (size_t i = hash_str(key) & (g->names_cap - 1); g->names[i].key;
         i = (i + 1) & (g->names_cap - 1))
        if (strcmp(g->names[i].key, key) == 0)
            return g->names[i].character;
    return -1;
}

/* Every character by full name and first word ("MARGOT" for
 * "MARGOT DELACROIX", "HÉLÈNE"), upper-case, titles skipped. */
dp_status dp__tg_build_names(tagger *g)
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
int32_t dp__tg_character_at(tagger *g, const dp__tok *t)
{
    if (!t->word || (t->shape != DP__SH_CAPS && t->shape != DP__SH_TITLE))
        return -1;
    dp__buf_reset(&g->tmp);
    if (dp__utf8_upper(g->text + t->a, t->b - t->a, &g->tmp) != DP_OK)
        return -1;
    return dp__tg_name_find(g, g->tmp.data ? g->tmp.data : "");
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
const dp__lex_entry *dp__tg_alias_at(tagger *g, size_t i, size_t *words)
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
dp_status dp__tg_aliases_in(tagger *g)
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
        static const dp__lit indefinite[] = {DP__LIT("a"), DP__LIT("an"), DP__LIT("un"),
                                             DP__LIT("une"), DP__LIT("des")};
        size_t vw;
        if (dp__tg_character_at(g, &T->t[i]) >= 0 || dp__tg_match_verb(g, i, &vw) ||
            (i > 0 && T->t[i - 1].word && IN(indefinite, &T->t[i - 1]))) {
            i = r - 1;
            continue;
        }
        const dp__lex_entry *e = NULL;
        if (i > 1 && T->t[i - 1].word && T->t[i - 1].shape == DP__SH_LOWER &&
            dp__tg_is_definite(g, &T->t[i - 2]) &&
            dp__tg_match_noun(g, i - 1, &m) && m.words == 1 && names_thing(m.e))
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
                if (dp__tg_match_noun(g, k, &m) && names_thing(m.e)) {
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
