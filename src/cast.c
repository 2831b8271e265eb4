/* Cast: speaking characters from cues, and characters named in capitals
 * in action (a known name, or an introduction such as "BRICK BRADDOCK,
 * retired..." / "HÉLÈNE (40 ans)"). */
#include "breakdown.h"
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#define MAX_RUN_WORDS 8
#define MAX_INTRO_WORDS 4

typedef struct chr {
    const char *key, *display;
    size_t key_len;
    bool speaking;
    uint32_t cues;
    uint32_t first_line;
    size_t n_scenes;
    uint32_t id; /* final cast number - 1 */
} chr;

typedef struct pair {
    uint32_t scene, chr;
    uint32_t heard; /* 1: only heard there (V.O., phone, pre-lap) */
} pair;

typedef struct cast_ctx {
    dp_breakdown *bd;
    chr *chars;
    size_t n, cap;
    uint32_t *table; /* open addressing: index + 1, 0 = empty */
    size_t tcap;
    pair *pairs;
    size_t np, pcap;
    dp__buf name, key;
    dp__strset sets; /* the script's set names: places, not people */
    bool oom;        /* a test could not be made for want of memory */
} cast_ctx;

/* ---- names -------------------------------------------------------------- */

dp_status dp__cue_name(const char *s, size_t n, dp__buf *out)
{
    size_t a = 0, b = n;
    dp__trim(s, &a, &b);
    if (b > a && s[b - 1] == '^')
        b--;
    const char *open = memchr(s + a, '(', b - a);
    if (open)
        b = (size_t)(open - s);
    dp__trim(s, &a, &b);
    /* "NAME CONT'D" written without parentheses */
    static const dp__lit conts[] = {DP__LIT(" CONT'D"), DP__LIT(" CONT\xE2\x80\x99" "D"), DP__LIT(" CONT.")};
    for (size_t k = 0; k < DP__COUNT(conts); k++) {
        if (b - a > conts[k].n && dp__ends_with(s + a, b - a, &conts[k])) {
            b -= conts[k].n;
            dp__trim(s, &a, &b);
        }
    }
    bool space = false;
    for (size_t i = a; i < b; i++) {
        if (s[i] == ' ') {
            space = true;
            continue;
        }
        dp_status st = DP_OK;
        if (space)
            st = dp__buf_putc(out, ' ');
        space = false;
        if (st == DP_OK)
            st = dp__buf_putc(out, s[i]);
        if (st != DP_OK)
            return st;
    }
    return DP_OK;
}

dp_status dp__name_key(const char *s, size_t n, dp__buf *out)
{
    size_t start = out->len;
    dp_status st = dp__utf8_upper(s, n, out);
    if (st != DP_OK)
        return st;
    /* ’ (E2 80 99) -> ' in place, shifting the rest */
    char *p = out->data ? out->data + start : NULL;
    size_t len = out->len - start, w = 0;
    for (size_t r = 0; p && r < len; r++) {
        if (r + 2 < len && (unsigned char)p[r] == 0xE2 && (unsigned char)p[r + 1] == 0x80 &&
            (unsigned char)p[r + 2] == 0x99) {
            p[w++] = '\'';
            r += 2;
        } else {
            p[w++] = p[r];
        }
    }
    out->len = start + w;
    if (out->data)
        out->data[out->len] = '\0';
    return DP_OK;
}

/* ---- the character table ------------------------------------------------ */

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static dp_status table_grow(cast_ctx *c)
{
    size_t ncap = c->tcap ? c->tcap * 2 : 256;
    uint32_t *t = dp__calloc(ncap, sizeof *t);
    if (!t)
        return DP_E_NOMEM;
    for (size_t i = 0; i < c->n; i++) {
        size_t h = (size_t)hash_bytes(c->chars[i].key, c->chars[i].key_len) & (ncap - 1);
        while (t[h])
            h = (h + 1) & (ncap - 1);
        t[h] = (uint32_t)i + 1;
    }
    dp__free(c->table);
    c->table = t;
    c->tcap = ncap;
    return DP_OK;
}

static size_t find(const cast_ctx *c, const char *key, size_t n)
{
    if (!c->tcap)
        return SIZE_MAX;
    size_t h = (size_t)hash_bytes(key, n) & (c->tcap - 1);
    while (c->table[h]) {
        const chr *x = &c->chars[c->table[h] - 1];
        if (x->key_len == n && memcmp(x->key, key, n) == 0)
            return c->table[h] - 1;
        h = (h + 1) & (c->tcap - 1);
    }
    return SIZE_MAX;
}

static dp_status add_char(cast_ctx *c, const char *key, size_t klen,
                          const char *display, size_t dlen, uint32_t line,
                          size_t *out)
{
    if (c->n >= DP_MAX_ELEMENTS)
        return DP_E_LIMIT;
    if ((c->n + 1) * 2 > c->tcap) {
        dp_status st = table_grow(c);
        if (st != DP_OK)
            return st;
    }
    dp_status st = dp__grow((void **)&c->chars, &c->cap, c->n, sizeof *c->chars,
                            DP_MAX_ELEMENTS);
    if (st != DP_OK)
        return st;
    chr *x = &c->chars[c->n];
    memset(x, 0, sizeof *x);
    x->key = dp__arena_strndup(&c->bd->arena, key, klen);
    x->display = dp__arena_strndup(&c->bd->arena, display, dlen);
    if (!x->key || !x->display)
        return DP_E_NOMEM;
    x->key_len = klen;
    x->first_line = line;
    size_t h = (size_t)hash_bytes(key, klen) & (c->tcap - 1);
    while (c->table[h])
        h = (h + 1) & (c->tcap - 1);
    c->table[h] = (uint32_t)c->n + 1;
    *out = c->n++;
    return DP_OK;
}

static dp_status add_heard(cast_ctx *c, size_t scene, size_t ch, bool heard)
{
    dp_status st = dp__grow((void **)&c->pairs, &c->pcap, c->np, sizeof *c->pairs,
                            (size_t)DP_MAX_ELEMENTS * 8);
    if (st != DP_OK)
        return st;
    c->pairs[c->np++] = (pair){(uint32_t)scene, (uint32_t)ch, heard};
    return DP_OK;
}

static dp_status add_pair(cast_ctx *c, size_t scene, size_t ch)
{
    return add_heard(c, scene, ch, false);
}

/* Cue extensions of a voice that is not there: narration, a telephone,
 * a radio, a pre-lap from the next scene (folded, without dots). */
static const dp__lit heard_only[] = {
    DP__LIT("vo"),        DP__LIT("voice over"), DP__LIT("voice-over"), DP__LIT("voiceover"),
    DP__LIT("prelap"),    DP__LIT("pre-lap"),    DP__LIT("phone"),      DP__LIT("on phone"),
    DP__LIT("on the phone"), DP__LIT("over phone"), DP__LIT("filtered"), DP__LIT("on radio"),
    DP__LIT("on the radio"), DP__LIT("over radio"), DP__LIT("radio"),   DP__LIT("tel"),
    DP__LIT("telephone"), DP__LIT("au telephone"), DP__LIT("on tv"),    DP__LIT("tv"),
};

/* Does the cue's extension say the speaker is only heard ("(V.O.)",
 * "(O.S., PRELAP)", "(on the phone)", "(AU TÉL.)")? */
static bool cue_heard_only(cast_ctx *c, const char *cue)
{
    for (const char *p = strchr(cue, '('); p; p = strchr(p + 1, '(')) {
        const char *q = strchr(p, ')');
        if (!q)
            break;
        dp__fold f;
        if (dp__fold_make(&c->bd->arena, p + 1, (size_t)(q - p - 1), &f) != DP_OK)
            return false;
        /* drop dots, split at commas: "o.s., prelap" -> "os", "prelap" */
        size_t w = 0;
        for (size_t i = 0; i < f.len; i++)
            if (f.text[i] != '.')
                f.text[w++] = f.text[i];
        size_t a = 0;
        for (size_t i = 0; i <= w; i++) {
            if (i == w || f.text[i] == ',' || f.text[i] == '/') {
                size_t x = a, y = i;
                while (x < y && f.text[x] == ' ')
                    x++;
                while (y > x && f.text[y - 1] == ' ')
                    y--;
                if (dp__lit_in(heard_only, DP__COUNT(heard_only), f.text + x, y - x))
                    return true;
                a = i + 1;
            }
        }
    }
    return false;
}

/* A cue that names no one in particular ("A VOICE", "MAN'S VOICE",
 * "VARIOUS TOWNFOLK", "ALL", "TOUS", "THE CROWD") or a device that speaks
 * ("INTERCOM", "RADIO", "TV"): no one to cast. */
static bool cue_nobody(const char *key, size_t n)
{
    static const char *const words[] = {
        "VOICE",     "VOICES",    "VOIX",  "VARIOUS",  "ALL",      "EVERYONE", "EVERYBODY",
        "TOUS",      "TOUTES",    "ENSEMBLE", "CROWD", "FOULE",    "INTERCOM", "INTERPHONE",
        "RADIO",     "TV",        "TÉLÉ",  "TELEVISION", "TÉLÉVISION", "LOUDSPEAKER",
        "HAUT-PARLEUR", "ANSWERING", "RÉPONDEUR", "P.A.", "SPEAKERPHONE"};
    for (size_t k = 0; k < DP__COUNT(words); k++) {
        size_t m = strlen(words[k]);
        for (size_t i = 0; i + m <= n; i++)
            if (memcmp(key + i, words[k], m) == 0 && (i == 0 || key[i - 1] == ' ') &&
                (i + m == n || key[i + m] == ' '))
                return true;
    }
    return false;
}

/* ---- cues --------------------------------------------------------------- */

/* Registers one cue of the name in c->name (key in c->key). */
static dp_status count_cue(cast_ctx *c, const dp_element *el, size_t scene)
{
    dp_status st;
    if (cue_nobody(c->key.data, c->key.len))
        return DP_OK;
    size_t ch = find(c, c->key.data, c->key.len);
    if (ch == SIZE_MAX &&
        (st = add_char(c, c->key.data, c->key.len, c->name.data, c->name.len,
                       el->line, &ch)) != DP_OK)
        return st;
    c->chars[ch].speaking = true;
    c->chars[ch].cues++;
    return scene == SIZE_MAX ? DP_OK : add_heard(c, scene, ch, cue_heard_only(c, el->plain));
}

/* Where a cue names two speakers ("BRICK & STEEL", "EDWARD AND WILL",
 * "MARC ET JULIE", "A/B"): the position and length of the joiner. */
static bool compound_cue(const char *s, size_t n, size_t *at, size_t *len)
{
    static const dp__lit joiners[] = {DP__LIT(" AND "), DP__LIT(" & "), DP__LIT(" ET "), DP__LIT("/"), DP__LIT(" + ")};
    for (size_t k = 0; k < DP__COUNT(joiners); k++) {
        size_t m = joiners[k].n;
        for (size_t i = 1; i + m < n; i++)
            if (memcmp(s + i, joiners[k].s, m) == 0) {
                *at = i;
                *len = m;
                return true;
            }
    }
    return false;
}

static dp_status cue_key(cast_ctx *c, const char *s, size_t n)
{
    dp__buf_reset(&c->name);
    dp__buf_reset(&c->key);
    dp_status st = dp__cue_name(s, n, &c->name);
    if (st == DP_OK && c->name.len)
        st = dp__name_key(c->name.data, c->name.len, &c->key);
    return st;
}

/* Pass 0: a cue is one speaker, or - once every cue is known - two known
 * speakers speaking together ('compound' true on that second look). */
static dp_status scan_cue(cast_ctx *c, const dp_element *el, size_t scene,
                          bool compound)
{
    const char *p = el->plain;
    dp_status st = cue_key(c, p, strlen(p));
    if (st != DP_OK || c->name.len == 0)
        return st;
    size_t at, jl;
    bool is_compound = compound_cue(c->key.data, c->key.len, &at, &jl);
    if (is_compound != compound)
        return DP_OK;
    if (!compound)
        return count_cue(c, el, scene);
    /* both halves must already be speakers; otherwise the cue is a name */
    char *both = dp__arena_strndup(&c->bd->arena, c->name.data, c->name.len);
    if (!both)
        return DP_E_NOMEM;
    size_t halves[2][2] = {{0, at}, {at + jl, c->name.len}};
    size_t found[2];
    for (int h = 0; h < 2; h++) {
        if ((st = cue_key(c, both + halves[h][0], halves[h][1] - halves[h][0])) != DP_OK)
            return st;
        found[h] = c->name.len ? find(c, c->key.data, c->key.len) : SIZE_MAX;
        if (found[h] == SIZE_MAX || !c->chars[found[h]].speaking)
            return cue_key(c, p, strlen(p)) == DP_OK ? count_cue(c, el, scene) : DP_E_NOMEM;
    }
    for (int h = 0; h < 2; h++) {
        c->chars[found[h]].cues++;
        if (scene != SIZE_MAX && (st = add_pair(c, scene, found[h])) != DP_OK)
            return st;
    }
    return DP_OK;
}

/* ---- capitalised names in action ---------------------------------------- */

typedef struct word {
    size_t a, b;     /* the name part, bytes in the text */
    bool caps;       /* >= 2 letters, none lower-case */
    bool possessive; /* "STEEL'S": the run ends here */
    bool has_lower;
    size_t letters;
} word;

static bool is_apos(const char *s, size_t n, size_t i, size_t *len)
{
    if (s[i] == '\'') {
        *len = 1;
        return true;
    }
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x99) {
        *len = 3;
        return true;
    }
    return false;
}

static const dp__lit abbrevs[] = {
    DP__LIT("MR"), DP__LIT("MRS"), DP__LIT("MS"), DP__LIT("DR"), DP__LIT("ST"),
    DP__LIT("JR"), DP__LIT("SR"), DP__LIT("M"), DP__LIT("MME"), DP__LIT("MLLE"),
    DP__LIT("PR"), DP__LIT("ME"),
};

/* Reads the word starting at s[i] (a letter or digit); returns its end. */
static size_t read_word(const char *s, size_t n, size_t i, word *w)
{
    memset(w, 0, sizeof *w);
    size_t a = i;
    while (i < n) {
        int32_t cp;
        size_t k = 1;
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80) { /* ASCII, the common case */
            if (ch >= 'a' && ch <= 'z') {
                w->has_lower = true;
                w->letters++;
                i++;
                continue;
            }
            if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
                w->letters += ch >= 'A';
                i++;
                continue;
            }
            cp = ch;
        } else {
            k = dp__utf8_decode(s + i, n - i, &cp);
        }
        if (ch >= 0x80 && dp__uc_is_alnum(cp)) {
            if (dp__uc_is_lower(cp))
                w->has_lower = true;
            if (dp__uc_is_letter(cp))
                w->letters++;
            i += k;
            continue;
        }
        size_t al;
        bool inner = cp == '-' || cp == '.' || is_apos(s, n, i, &al);
        if (!inner)
            break;
        size_t skip = cp == '-' || cp == '.' ? 1 : al;
        if (i + skip >= n)
            break;
        int32_t next;
        dp__utf8_decode(s + i + skip, n - i - skip, &next);
        if (!dp__uc_is_alnum(next))
            break;
        i += skip;
    }
    size_t b = i;
    /* abbreviation with its dot: "DR." */
    if (b < n && s[b] == '.' && b - a <= 4) {
        char up[4];
        for (size_t k = 0; k < b - a; k++)
            up[k] = (char)(s[a + k] >= 'a' && s[a + k] <= 'z' ? s[a + k] - 32 : s[a + k]);
        if (dp__lit_in(abbrevs, DP__COUNT(abbrevs), up, b - a))
            b++;
    }
    size_t end = b;
    /* French elision: l', d', qu' ... before a capitalised name */
    for (size_t p = a; p < a + 3 && p < b; p++) {
        size_t al;
        if (is_apos(s, b, p, &al)) {
            size_t pre = p - a;
            if (pre >= 1 && pre <= 2) {
                a = p + al;
                w->has_lower = false;
                for (size_t q = a; q < b;) {
                    int32_t cp;
                    q += dp__utf8_decode(s + q, b - q, &cp);
                    if (dp__uc_is_lower(cp))
                        w->has_lower = true;
                }
            }
            break;
        }
    }
    /* possessive 'S */
    if (b - a > 2 && (s[b - 1] == 'S' || s[b - 1] == 's')) {
        size_t al;
        if (is_apos(s, b, b - 2, &al) && al == 1) {
            b -= 2;
            w->possessive = true;
        } else if (b - a > 4 && is_apos(s, b, b - 4, &al) && al == 3) {
            b -= 4;
            w->possessive = true;
        }
    }
    w->a = a;
    w->b = b;
    w->caps = !w->has_lower && w->letters >= 2;
    return end;
}

static const dp__lit not_names[] = {
    DP__LIT("int"), DP__LIT("ext"), DP__LIT("pov"), DP__LIT("v.o"), DP__LIT("o.s"), DP__LIT("o.c"), DP__LIT("cont'd"), DP__LIT("close"), DP__LIT("close up"),
    DP__LIT("closeup"), DP__LIT("insert"), DP__LIT("angle"), DP__LIT("wide"), DP__LIT("super"), DP__LIT("title"), DP__LIT("titles"),
    DP__LIT("intercut"), DP__LIT("flashback"), DP__LIT("flash-back"), DP__LIT("montage"), DP__LIT("fade"), DP__LIT("cut"),
    DP__LIT("dissolve"), DP__LIT("beat"), DP__LIT("later"), DP__LIT("continuous"), DP__LIT("day"), DP__LIT("night"), DP__LIT("end"), DP__LIT("fin"),
    DP__LIT("sfx"), DP__LIT("vfx"), DP__LIT("off"), DP__LIT("hc"), DP__LIT("cu"), DP__LIT("ecu"), DP__LIT("ms"), DP__LIT("ws"), DP__LIT("ots"), DP__LIT("tv"), DP__LIT("ok"),
    DP__LIT("bang"), DP__LIT("boom"), DP__LIT("crash"), DP__LIT("thud"), DP__LIT("thump"), DP__LIT("slam"), DP__LIT("knock"), DP__LIT("ring"),
    DP__LIT("beep"), DP__LIT("click"), DP__LIT("whoosh"), DP__LIT("splash"), DP__LIT("honk"), DP__LIT("screech"), DP__LIT("the end"), DP__LIT("hiss"),
    DP__LIT("creak"), DP__LIT("rumble"), DP__LIT("roar"), DP__LIT("scream"), DP__LIT("shriek"), DP__LIT("buzz"), DP__LIT("clang"), DP__LIT("clank"),
    DP__LIT("crack"), DP__LIT("pop"), DP__LIT("snap"), DP__LIT("squeal"), DP__LIT("whistle"), DP__LIT("thunder"), DP__LIT("flash"), DP__LIT("blast"),
    DP__LIT("explosion"), DP__LIT("gunshot"), DP__LIT("gunfire"), DP__LIT("siren"), DP__LIT("sirens"), DP__LIT("applause"), DP__LIT("boum"),
    DP__LIT("clac"), DP__LIT("crac"), DP__LIT("sonnerie"), DP__LIT("grincement"), DP__LIT("fracas"), DP__LIT("detonation"), DP__LIT("klaxon"),
    DP__LIT("back to scene"), DP__LIT("series of shots"), DP__LIT("same"), DP__LIT("suite"), DP__LIT("noir"), DP__LIT("black"),
    DP__LIT("pull back"), DP__LIT("back"), DP__LIT("very close"), DP__LIT("low angle"), DP__LIT("high angle"), DP__LIT("towards camera"),
    DP__LIT("toward camera"), DP__LIT("into frame"), DP__LIT("exits frame"), DP__LIT("out of frame"), DP__LIT("look right"),
    DP__LIT("look left"), DP__LIT("pan"), DP__LIT("tilt"), DP__LIT("zoom"), DP__LIT("push in"), DP__LIT("dolly"), DP__LIT("gros plan"),
    DP__LIT("plan large"), DP__LIT("hors champ"), DP__LIT("contrechamp"), DP__LIT("champ"),
};

/* Words before a capitalised name that announce a person. */
static const dp__lit lead_words[] = {
    DP__LIT("a"), DP__LIT("an"), DP__LIT("the"), DP__LIT("his"), DP__LIT("her"), DP__LIT("their"), DP__LIT("our"), DP__LIT("its"), DP__LIT("this"), DP__LIT("that"),
    DP__LIT("meet"), DP__LIT("meets"), DP__LIT("meeting"), DP__LIT("find"), DP__LIT("finds"), DP__LIT("see"), DP__LIT("sees"), DP__LIT("reveal"),
    DP__LIT("reveals"), DP__LIT("revealing"), DP__LIT("introducing"), DP__LIT("enter"), DP__LIT("enters"), DP__LIT("un"), DP__LIT("une"),
    DP__LIT("le"), DP__LIT("la"), DP__LIT("les"), DP__LIT("l'"), DP__LIT("des"), DP__LIT("son"), DP__LIT("sa"), DP__LIT("ses"), DP__LIT("leur"), DP__LIT("leurs"), DP__LIT("ce"),
    DP__LIT("cette"), DP__LIT("voici"), DP__LIT("entre"), DP__LIT("entrent"),
};

/* Words after "NAME, " that show the capitals were not a name. */
static const dp__lit not_after_comma[] = {
    DP__LIT("we"), DP__LIT("and"), DP__LIT("but"), DP__LIT("or"), DP__LIT("as"), DP__LIT("like"), DP__LIT("where"), DP__LIT("when"), DP__LIT("then"), DP__LIT("while"),
    DP__LIT("so"), DP__LIT("until"), DP__LIT("before"), DP__LIT("after"), DP__LIT("leaving"), DP__LIT("looking"), DP__LIT("revealing"),
    DP__LIT("et"), DP__LIT("mais"), DP__LIT("puis"), DP__LIT("ou"), DP__LIT("comme"), DP__LIT("quand"), DP__LIT("alors"), DP__LIT("nous"), DP__LIT("on"),
};

typedef enum lead { LEAD_START, LEAD_WORD, LEAD_OTHER } lead;

static bool in_folded_list(cast_ctx *c, const char *s, size_t n,
                           const dp__lit *list, size_t count)
{
    if (n == 0 || n > 32)
        return false;
    dp__fold f;
    if (dp__fold_make(&c->bd->arena, s, n, &f) != DP_OK)
        return false;
    return dp__lit_in(list, count, f.text, f.len);
}

static bool not_a_name(cast_ctx *c, const char *s, size_t n)
{
    dp__fold f;
    if (dp__fold_make(&c->bd->arena, s, n, &f) != DP_OK)
        return true;
    return dp__lit_in(not_names, DP__COUNT(not_names), f.text, f.len);
}

/* Key of s[a..b) with runs of spaces collapsed, into c->key. */
static dp_status run_key(cast_ctx *c, const char *s, size_t a, size_t b)
{
    dp__buf_reset(&c->name);
    dp__buf_reset(&c->key);
    bool space = false;
    for (size_t i = a; i < b; i++) {
        if (s[i] == ' ') {
            space = true;
            continue;
        }
        dp_status st = space ? dp__buf_putc(&c->name, ' ') : DP_OK;
        space = false;
        if (st == DP_OK)
            st = dp__buf_putc(&c->name, s[i]);
        if (st != DP_OK)
            return st;
    }
    return dp__name_key(c->name.data ? c->name.data : "", c->name.len, &c->key);
}

/* Do the words at i, up to the end of the clause, name an animal or a
 * vehicle ("BOSUN, an old black Labrador", "PINTXO, une mule grise")? The
 * name before them is then no one in the cast. */
static bool introduces_thing(cast_ctx *c, const char *s, size_t n, size_t i)
{
    const dp__lex *lex = dp__lexicon(strcmp(c->bd->language, "fr") == 0 ? DP__LANG_FR
                                                                         : DP__LANG_EN);
    dp__buf low;
    dp__buf_init(&low, n * 2 + 16); /* case mapping grows a code point by half at most */
    bool thing = false;
    for (size_t words = 0; i < n && words < 7 && !thing; words++) {
        size_t a = i;
        while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != '.' && s[i] != ';')
            i++;
        dp__buf_reset(&low);
        if (i > a && dp__utf8_lower(s + a, i - a, &low) != DP_OK)
            c->oom = true;
        else if (i > a && low.data) {
            const dp__lex_entry *e = dp__lex_find(lex->nouns, lex->n_nouns, low.data, low.len);
            thing = e && (e->category == 103 || e->category == 108);
        }
        if (i < n && s[i] != ' ')
            break;
        while (i < n && s[i] == ' ')
            i++;
    }
    dp__buf_release(&low);
    return thing;
}

/* An introduction follows the name: "(40s)" / "(40 ans)" (sets '*age'),
 * or ", " and a lower-case word or a number (not "we", "and"...). */
static bool intro_after(cast_ctx *c, const char *s, size_t n, size_t i, bool *age)
{
    while (i < n && s[i] == ' ')
        i++;
    *age = false;
    if (i < n && s[i] == '(') {
        for (size_t k = i + 1; k < n && k < i + 40 && s[k] != ')'; k++)
            if (s[k] >= '0' && s[k] <= '9')
                *age = true;
        return *age;
    }
    if (i >= n || s[i] != ',')
        return false;
    i++;
    while (i < n && s[i] == ' ')
        i++;
    if (i >= n)
        return false;
    int32_t cp;
    dp__utf8_decode(s + i, n - i, &cp);
    if (dp__uc_is_digit(cp))
        return true;
    if (!dp__uc_is_lower(cp))
        return false;
    word w;
    read_word(s, n, i, &w);
    return !in_folded_list(c, s + w.a, w.b - w.a, not_after_comma,
                           DP__COUNT(not_after_comma)) &&
           !introduces_thing(c, s, n, i);
}

/* Is there a speaking character whose words all appear, in order, in the
 * run, with the same first or last word ("DR. JULIUS BENNETT")? */
static size_t speaker_within(cast_ctx *c, const char *s, const word *w, size_t nw)
{
    if (nw < 3)
        return SIZE_MAX;
    for (size_t skip = 1; skip + 1 < nw; skip++) {
        /* the run without word 'skip' */
        dp__buf_reset(&c->name);
        for (size_t k = 0; k < nw; k++) {
            if (k == skip)
                continue;
            if ((c->name.len && dp__buf_putc(&c->name, ' ') != DP_OK) ||
                dp__buf_append(&c->name, s + w[k].a, w[k].b - w[k].a) != DP_OK)
                return SIZE_MAX;
        }
        dp__buf_reset(&c->key);
        if (dp__name_key(c->name.data, c->name.len, &c->key) != DP_OK)
            return SIZE_MAX;
        size_t ch = find(c, c->key.data, c->key.len);
        if (ch != SIZE_MAX && c->chars[ch].speaking)
            return ch;
    }
    return SIZE_MAX;
}

static dp_status scene_mention(cast_ctx *c, size_t scene, size_t ch, uint32_t line)
{
    if (line < c->chars[ch].first_line)
        c->chars[ch].first_line = line;
    return scene == SIZE_MAX ? DP_OK : add_pair(c, scene, ch);
}

/* Is the run a set name, or does it end with one ("MV SAINT BRENDAN")? */
static bool names_a_set(cast_ctx *c, const char *s, const word *w, size_t nw)
{
    for (size_t k = 0; k < nw; k++) {
        if (run_key(c, s, w[k].a, w[nw - 1].b) != DP_OK)
            return false;
        if (dp__strset_has(&c->sets, c->key.data))
            return true;
    }
    return false;
}

static dp_status handle_run(cast_ctx *c, const dp_element *el, size_t scene,
                            const word *w, size_t nw, lead ld, const word *title)
{
    const char *s = el->plain;
    size_t n = strlen(s);
    if (w[nw - 1].possessive) /* "BRICK's dog", "Mom's PORSCHE": not there */
        return DP_OK;
    dp_status st;
    size_t ch;
    if (title) { /* "Mme ROUSSEL" for the cue "@Mme ROUSSEL" */
        if ((st = run_key(c, s, title->a, w[nw - 1].b)) != DP_OK)
            return st;
        ch = find(c, c->key.data, c->key.len);
        if (ch != SIZE_MAX)
            return scene_mention(c, scene, ch, el->line);
    }
    if ((st = run_key(c, s, w[0].a, w[nw - 1].b)) != DP_OK)
        return st;
    ch = find(c, c->key.data, c->key.len);
    if (ch != SIZE_MAX)
        return scene_mention(c, scene, ch, el->line);
    if (nw > 1) { /* "BRICK BRADDOCK" for BRICK, "BRICK AND STEEL" */
        bool hit = false;
        const word *ends[2] = {&w[0], &w[nw - 1]};
        for (size_t k = 0; k < 2; k++) {
            if ((st = run_key(c, s, ends[k]->a, ends[k]->b)) != DP_OK)
                return st;
            ch = find(c, c->key.data, c->key.len);
            if (ch != SIZE_MAX && c->chars[ch].speaking) {
                hit = true;
                if ((st = scene_mention(c, scene, ch, el->line)) != DP_OK)
                    return st;
            }
        }
        if (hit)
            return DP_OK;
    }
    bool age;
    if (nw > MAX_INTRO_WORDS || !intro_after(c, s, n, w[nw - 1].b, &age))
        return DP_OK;
    /* "NAME, description" only where a person can be announced: at the
     * start of a sentence or after "a", "the", "meet"...; not after
     * "we PULL BACK, ..." or "The phone RINGS, ..." */
    if (!age && ld == LEAD_OTHER)
        return DP_OK;
    ch = speaker_within(c, s, w, nw);
    if (ch != SIZE_MAX)
        return scene_mention(c, scene, ch, el->line);
    if (names_a_set(c, s, w, nw))
        return DP_OK;
    bool long_word = false;
    for (size_t k = 0; k < nw; k++)
        if (w[k].letters >= 3)
            long_word = true;
    if (!long_word || not_a_name(c, s + w[0].a, w[nw - 1].b - w[0].a) ||
        not_a_name(c, s + w[0].a, w[0].b - w[0].a))
        return DP_OK;
    if ((st = run_key(c, s, title ? title->a : w[0].a, w[nw - 1].b)) != DP_OK)
        return st;
    if ((st = add_char(c, c->key.data, c->key.len, c->name.data, c->name.len,
                       el->line, &ch)) != DP_OK)
        return st;
    return scene_mention(c, scene, ch, el->line);
}

/* Titles written before a name in capitals: "Mme ROUSSEL", "Dr. HALE". */
static const dp__lit titles[] = {
    DP__LIT("mme"), DP__LIT("mlle"), DP__LIT("m."), DP__LIT("mr"), DP__LIT("mr."),
    DP__LIT("mrs"), DP__LIT("mrs."), DP__LIT("ms"), DP__LIT("ms."), DP__LIT("dr"),
    DP__LIT("dr."), DP__LIT("madame"), DP__LIT("monsieur"), DP__LIT("mademoiselle"),
    DP__LIT("miss"), DP__LIT("sir"), DP__LIT("lady"), DP__LIT("lord"), DP__LIT("docteur"),
    DP__LIT("doctor"), DP__LIT("me"), DP__LIT("pr."),
};

/* What precedes the word at s[i], given the previous word prev[a..b)
 * (b == 0 when none) and the gap between them. */
static lead lead_of(cast_ctx *c, const char *s, size_t i, const word *prev,
                    bool have_prev)
{
    size_t g = have_prev ? prev->b : 0;
    for (size_t k = g; k < i; k++)
        if (s[k] == '.' || s[k] == '!' || s[k] == '?' || s[k] == ':' ||
            s[k] == ';' || s[k] == '\n' || s[k] == '"')
            return LEAD_START;
    if (!have_prev)
        return LEAD_START;
    if (prev->caps)
        return LEAD_OTHER;
    return in_folded_list(c, s + prev->a, prev->b - prev->a, lead_words,
                          DP__COUNT(lead_words))
               ? LEAD_WORD
               : LEAD_OTHER;
}

static dp_status scan_action(cast_ctx *c, const dp_element *el, size_t scene)
{
    const char *s = el->plain;
    size_t n = strlen(s), i = 0;
    word run[MAX_RUN_WORDS];
    size_t nw = 0;
    word prev = {0};
    bool have_prev = false;
    lead run_lead = LEAD_START;
    word title = {0};
    bool has_title = false;
    size_t gap_start = 0;
    dp_status st = DP_OK;
    while (i < n && st == DP_OK) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80 && !((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') &&
            !(ch >= '0' && ch <= '9')) {
            i++;
            continue;
        }
        if (ch >= 0x80) {
            int32_t cp;
            size_t k = dp__utf8_decode(s + i, n - i, &cp);
            if (!dp__uc_is_alnum(cp)) {
                i += k;
                continue;
            }
        }
        word w;
        size_t end = read_word(s, n, i, &w);
        /* a run continues only across plain spaces */
        bool joined = nw > 0 && !run[nw - 1].possessive;
        for (size_t g = gap_start; joined && g < i; g++)
            if (s[g] != ' ')
                joined = false;
        if (nw && (!w.caps || !joined || nw == MAX_RUN_WORDS)) {
            st = handle_run(c, el, scene, run, nw, run_lead, has_title ? &title : NULL);
            nw = 0;
        }
        if (w.caps && st == DP_OK) {
            if (nw == 0) {
                run_lead = lead_of(c, s, i, &prev, have_prev);
                has_title = have_prev && !prev.caps && prev.b + 1 == i && s[prev.b] == ' ' &&
                            in_folded_list(c, s + prev.a, prev.b - prev.a, titles,
                                           DP__COUNT(titles));
                title = prev;
            }
            run[nw++] = w;
        }
        prev = w;
        have_prev = true;
        i = end;
        gap_start = end;
    }
    if (nw && st == DP_OK)
        st = handle_run(c, el, scene, run, nw, run_lead, has_title ? &title : NULL);
    return st;
}

/* ---- names in ordinary case: "Walter hacks at the earth" ------------------- */

typedef struct first_name {
    const char *key; /* first word of a multiword name, upper-case */
    size_t len;
    size_t chr;      /* SIZE_MAX: two characters share it */
} first_name;

static int cmp_first(const void *x, const void *y)
{
    const first_name *a = x, *b = y;
    size_t m = a->len < b->len ? a->len : b->len;
    int r = memcmp(a->key, b->key, m);
    return r ? r : a->len < b->len ? -1 : a->len > b->len;
}

typedef struct first_names {
    first_name *f;
    size_t n;
} first_names;

static const char *const name_titles[] = {"MME", "M.", "MR.", "MRS.", "MS.", "DR.", "MLLE",
                                          "YOUNG", "OLD", "LITTLE", "THE", "A", "ADULT"};

/* First words of multiword names ("DON" for DON PRICE), titles skipped;
 * a first word two characters share names neither. */
static dp_status build_first_names(cast_ctx *c, first_names *out)
{
    out->f = dp__malloc((c->n + 1) * sizeof *out->f);
    out->n = 0;
    if (!out->f)
        return DP_E_NOMEM;
    for (size_t i = 0; i < c->n; i++) {
        const char *k = c->chars[i].key;
        const char *sp = memchr(k, ' ', c->chars[i].key_len);
        if (!sp)
            continue;
        bool title = false;
        for (size_t t = 0; t < DP__COUNT(name_titles); t++)
            title |= strlen(name_titles[t]) == (size_t)(sp - k) &&
                     !memcmp(k, name_titles[t], (size_t)(sp - k));
        if (!title)
            out->f[out->n++] = (first_name){k, (size_t)(sp - k), i};
    }
    if (out->n)
        qsort(out->f, out->n, sizeof *out->f, cmp_first);
    for (size_t i = 1; i < out->n; i++)
        if (cmp_first(&out->f[i], &out->f[i - 1]) == 0)
            out->f[i].chr = out->f[i - 1].chr = SIZE_MAX;
    return DP_OK;
}

static size_t first_name_find(const first_names *fn, const char *k, size_t n)
{
    first_name probe = {k, n, 0};
    const first_name *hit = fn->n ? bsearch(&probe, fn->f, fn->n, sizeof *fn->f, cmp_first) : NULL;
    return hit ? hit->chr : SIZE_MAX;
}

/* Is the name at s[wa] the owner of something ("la mobylette de Karim",
 * "l'Audi grise de Ferrand") rather than someone there? Not after "suivi
 * de", "accompagné de", "entouré de", even in a list ("suivi d'Hélène,
 * d'Élodie et de Karim"). i: where the word begins (before an elision). */
static bool owned_by(const char *s, size_t i, size_t wa)
{
    size_t k = i;
    bool de = wa > i; /* "d'Élodie" */
    if (!de) {
        while (k > 0 && s[k - 1] == ' ')
            k--;
        de = (k >= 2 && !memcmp(s + k - 2, "de", 2) && (k == 2 || s[k - 3] == ' ')) ||
             (k >= 2 && !memcmp(s + k - 2, "du", 2) && (k == 2 || s[k - 3] == ' '));
        if (de)
            k -= 2;
    }
    if (!de)
        return false;
    /* walk back over a list of names to the word that governs it */
    static const char *const with[] = {"suivi", "suivie", "suivis", "suivies", "accompagné",
                                       "accompagnée", "accompagnés", "accompagnées", "entouré",
                                       "entourée", "entourés", "entourées", "près", "auprès"};
    for (int guard = 0; guard < 12 && k > 0; guard++) {
        while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == ','))
            k--;
        size_t e = k;
        while (k > 0 && s[k - 1] != ' ' && s[k - 1] != ',')
            k--;
        size_t len = e - k;
        for (size_t t = 0; t < DP__COUNT(with); t++)
            if (strlen(with[t]) == len && !memcmp(s + k, with[t], len))
                return false;
        /* a name of the list ("d'Hélène", "Élodie") or "et": keep walking */
        bool listy = (len == 2 && !memcmp(s + k, "et", 2)) || (len == 2 && !memcmp(s + k, "de", 2));
        int32_t cp = 0;
        size_t off = k;
        if (len > 2 && (s[k + 1] == '\'' || (unsigned char)s[k + 1] == 0xE2))
            off = k + (s[k + 1] == '\'' ? 2 : 4);
        if (off < e)
            dp__utf8_decode(s + off, e - off, &cp);
        if (!listy && !dp__uc_is_upper(cp))
            return true;
    }
    return true;
}

/* A character named in ordinary case in action ("Walter", "Don Price",
 * "Hélène"): there in the scene. Possessives ("Walter's farm") are not. */
static dp_status scan_names(cast_ctx *c, const first_names *fn, const dp_element *el,
                            size_t scene)
{
    const char *s = el->plain;
    size_t n = strlen(s), i = 0;
    dp_status st = DP_OK;
    while (i < n && st == DP_OK) {
        unsigned char ch = (unsigned char)s[i];
        int32_t cp;
        size_t k = dp__utf8_decode(s + i, n - i, &cp);
        if (!dp__uc_is_alnum(cp)) {
            i += k;
            continue;
        }
        word w;
        size_t end = read_word(s, n, i, &w);
        (void)ch;
        dp__utf8_decode(s + w.a, n - w.a, &cp); /* after an elision: "d'Élodie" */
        if (!dp__uc_is_upper(cp) || !w.has_lower || w.letters < 2 || w.possessive ||
            owned_by(s, i, w.a)) {
            i = end;
            continue;
        }
        /* two words first ("Don Price"), then one */
        size_t j = end;
        while (j < n && s[j] == ' ')
            j++;
        size_t found = SIZE_MAX;
        word w2;
        if (j < n && j > end) {
            size_t end2 = read_word(s, n, j, &w2);
            if (end2 > j && w2.has_lower && !w2.possessive) {
                if ((st = run_key(c, s, w.a, w2.b)) != DP_OK)
                    return st;
                found = find(c, c->key.data, c->key.len);
                if (found != SIZE_MAX)
                    end = end2;
            }
        }
        if (found == SIZE_MAX) {
            if ((st = run_key(c, s, w.a, w.b)) != DP_OK)
                return st;
            found = find(c, c->key.data, c->key.len);
            if (found == SIZE_MAX)
                found = first_name_find(fn, c->key.data, c->key.len);
        }
        if (found != SIZE_MAX)
            st = scene_mention(c, scene, found, el->line);
        i = end;
    }
    return st;
}

/* ---- assembling ---------------------------------------------------------- */

static int cmp_pair(const void *x, const void *y)
{
    const pair *a = x, *b = y;
    if (a->scene != b->scene)
        return a->scene < b->scene ? -1 : 1;
    if (a->chr != b->chr)
        return a->chr < b->chr ? -1 : 1;
    return a->heard < b->heard ? -1 : a->heard > b->heard;
}

typedef struct order_item {
    const chr *c;
    uint32_t index;
} order_item;

static int cmp_order(const void *x, const void *y)
{
    const chr *a = ((const order_item *)x)->c, *b = ((const order_item *)y)->c;
    if (a->n_scenes != b->n_scenes)
        return a->n_scenes > b->n_scenes ? -1 : 1;
    if (a->cues != b->cues)
        return a->cues > b->cues ? -1 : 1;
    if (a->first_line != b->first_line)
        return a->first_line < b->first_line ? -1 : 1;
    size_t m = a->key_len < b->key_len ? a->key_len : b->key_len;
    int r = memcmp(a->key, b->key, m);
    if (r)
        return r;
    return a->key_len < b->key_len ? -1 : a->key_len > b->key_len;
}

static dp_status assemble(cast_ctx *c)
{
    dp_breakdown *bd = c->bd;
    if (c->np)
        qsort(c->pairs, c->np, sizeof *c->pairs, cmp_pair);
    /* one pair per scene and character; a voice only heard there (its
     * pairs sort after the others) does not put the character in it */
    size_t w = 0;
    for (size_t i = 0; i < c->np; i++) {
        bool first = i == 0 || c->pairs[i].scene != c->pairs[i - 1].scene ||
                     c->pairs[i].chr != c->pairs[i - 1].chr;
        if (first && !c->pairs[i].heard)
            c->pairs[w++] = c->pairs[i];
    }
    c->np = w;
    for (size_t i = 0; i < c->np; i++)
        c->chars[c->pairs[i].chr].n_scenes++;

    if (c->n == 0)
        return DP_OK;
    order_item *ord = dp__malloc(c->n * sizeof *ord);
    if (!ord)
        return DP_E_NOMEM;
    for (size_t i = 0; i < c->n; i++)
        ord[i] = (order_item){&c->chars[i], (uint32_t)i};
    qsort(ord, c->n, sizeof *ord, cmp_order);
    bd->chars = dp__arena_alloc(&bd->arena, c->n * sizeof *bd->chars);
    uint32_t *scene_store = dp__arena_alloc(&bd->arena, (c->np + 1) * sizeof *scene_store);
    uint32_t *cast_store = dp__arena_alloc(&bd->arena, (c->np + 1) * sizeof *cast_store);
    if (!bd->chars || !scene_store || !cast_store) {
        dp__free(ord);
        return DP_E_NOMEM;
    }
    for (size_t r = 0; r < c->n; r++)
        c->chars[ord[r].index].id = (uint32_t)r;
    /* characters: scene lists in script order (pairs are sorted by scene) */
    size_t off = 0;
    for (size_t r = 0; r < c->n; r++) {
        const chr *x = ord[r].c;
        dp_character *d = &bd->chars[r];
        d->id = (uint32_t)r + 1;
        d->name = x->display;
        d->speaking = x->speaking;
        d->cues = x->cues;
        d->first_line = x->first_line;
        d->scenes = scene_store + off;
        d->scene_count = 0;
        off += x->n_scenes;
    }
    for (size_t i = 0; i < c->np; i++) {
        dp_character *d = &bd->chars[c->chars[c->pairs[i].chr].id];
        ((uint32_t *)d->scenes)[d->scene_count++] = c->pairs[i].scene;
    }
    /* scenes: cast by cast number */
    for (size_t i = 0; i < c->np; i++)
        c->pairs[i].chr = c->chars[c->pairs[i].chr].id;
    if (c->np)
        qsort(c->pairs, c->np, sizeof *c->pairs, cmp_pair);
    for (size_t i = 0; i < c->np; i++) {
        dp_scene *sc = &bd->scenes[c->pairs[i].scene];
        if (sc->cast_count == 0)
            sc->cast = cast_store + i;
        cast_store[i] = c->pairs[i].chr;
        sc->cast_count++;
    }
    bd->n_chars = c->n;
    dp__free(ord);
    return DP_OK;
}

dp_status dp__cast_analyze(dp_breakdown *bd)
{
    cast_ctx c;
    memset(&c, 0, sizeof c);
    c.bd = bd;
    dp__buf_init(&c.name, DP_MAX_INPUT_BYTES);
    dp__buf_init(&c.key, DP_MAX_INPUT_BYTES);
    const dp_doc *doc = bd->doc;
    dp_status st = dp__strset_init(&c.sets, bd->n_scenes * 2);
    for (size_t i = 0; i < bd->n_scenes && st == DP_OK; i++) {
        dp__strset_add(&c.sets, bd->scenes[i].set);
        if (*bd->scenes[i].subset)
            dp__strset_add(&c.sets, bd->scenes[i].subset);
    }
    /* 0: single-speaker cues; 1: two-speaker cues; 2: names in capitals in
     * action; 3: names in ordinary case in action */
    first_names fn = {NULL, 0};
    for (int pass = 0; pass < 4 && st == DP_OK; pass++) {
        if (pass == 3)
            st = build_first_names(&c, &fn);
        size_t scene = SIZE_MAX;
        for (size_t i = 0; i < doc->n_elements && st == DP_OK; i++) {
            const dp_element *el = &doc->elements[i];
            if (el->type == DP_EL_SCENE_HEADING)
                scene = scene == SIZE_MAX ? 0 : scene + 1;
            else if (pass < 2 && el->type == DP_EL_CHARACTER)
                st = scan_cue(&c, el, scene, pass == 1);
            else if (pass == 2 && el->type == DP_EL_ACTION)
                st = scan_action(&c, el, scene);
            else if (pass == 3 && el->type == DP_EL_ACTION && scene != SIZE_MAX)
                st = scan_names(&c, &fn, el, scene);
        }
    }
    dp__free(fn.f);
    if (st == DP_OK)
        st = assemble(&c);
    if (st == DP_OK && (c.oom || c.name.failed || c.key.failed))
        st = DP_E_NOMEM;
    dp__free(c.chars);
    dp__free(c.table);
    dp__free(c.pairs);
    dp__buf_release(&c.name);
    dp__buf_release(&c.key);
    dp__strset_release(&c.sets);
    return st;
}
