/* Costume and makeup continuity: what each character wears in each scene.
 *
 * Contract, for each character and scene in script order:
 * - a costume is carried from scene to scene within a story day;
 * - a new number (1, 2, 3...) starts on a story day not seen before for
 *   that character, or where the text says the character changes clothes;
 *   returning to a story day already seen (a flashback ends, intercut
 *   days) returns to the costume worn when that day was left;
 * - a state said of the character (torn, wet, bloodied) gives the costume
 *   a letter (2A, then 2B for a further state), kept until the number
 *   changes;
 * - makeup/hair looks follow the same numbering, with letters for blood,
 *   wounds, bruises, sweat and tears; a character gets looks only when the
 *   script says something of their makeup.
 * Descriptions name the wardrobe (or makeup) the script attaches to the
 * character while the number is worn, then the states. */
#include "tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* makeup findings (lemmas) that are a state of a look, not the look */
static const char *const makeup_states[] = {
    "blood", "bruise", "scar", "sweat", "tears", "wound", "cut", "burn", "dirt",
    "sang", "ecchymose", "blessure", "sueur", "larmes", "cicatrice", "plaie", "coupure",
};

static bool is_makeup_state(const char *name)
{
    for (size_t i = 0; i < DP__COUNT(makeup_states); i++)
        if (!strcmp(makeup_states[i], name))
            return true;
    return false;
}

typedef struct base {
    uint32_t number; /* 1, 2, 3 ... */
    uint32_t letters; /* states lettered so far */
    uint32_t first_desc, n_desc; /* names in the walk's name list */
} base;

typedef struct look {
    uint32_t base;   /* index into the walk's bases */
    uint32_t letter; /* 0: none, 1: A ... */
    uint32_t first_state, n_state; /* names in the walk's name list */
    size_t record;   /* dp_costume index, set when emitted */
} look;

typedef struct day_look {
    uint32_t day;
    bool flashback;
    uint32_t look;
} day_look;

typedef struct pick {
    uint32_t look, scene;
} pick;

/* one character's walk through the script, for one department */
typedef struct walk {
    base *bases;
    size_t n_bases, cap_bases;
    look *looks;
    size_t n_looks, cap_looks;
    day_look *days;
    size_t n_days, cap_days;
    uint32_t *day_slot; /* open addressing on (day, flashback): days index + 1 */
    size_t n_slots;     /* a power of two above 2 * n_days, or 0 */
    const char **names;
    size_t n_names, cap_names;
    pick *picks;
    size_t n_picks, cap_picks;
} walk;

static void walk_free(walk *w)
{
    dp__free(w->bases);
    dp__free(w->looks);
    dp__free(w->days);
    dp__free(w->names);
    dp__free(w->picks);
    dp__free(w->day_slot);
}

#define GROW(w, arr, n, cap)                                                                    \
    dp__grow((void **)&(w)->arr, &(w)->cap, (w)->n, sizeof *(w)->arr, SIZE_MAX / 64)

static size_t day_hash(uint32_t day, bool flashback, size_t n_slots)
{
    uint64_t k = ((uint64_t)day << 1 | flashback) * 0x9E3779B97F4A7C15u;
    return (size_t)(k >> 32) & (n_slots - 1);
}

/* The index in w->days of (day, flashback), or w->n_days. */
static size_t day_find(const walk *w, uint32_t day, bool flashback)
{
    if (!w->n_slots)
        return w->n_days;
    for (size_t h = day_hash(day, flashback, w->n_slots);; h = (h + 1) & (w->n_slots - 1)) {
        uint32_t v = w->day_slot[h];
        if (v == 0)
            return w->n_days;
        if (w->days[v - 1].day == day && w->days[v - 1].flashback == flashback)
            return v - 1;
    }
}

/* Appends a day not in w->days yet. */
static dp_status day_add(walk *w, uint32_t day, bool flashback, uint32_t worn)
{
    dp_status st = GROW(w, days, n_days, cap_days);
    if (st != DP_OK)
        return st;
    if (2 * (w->n_days + 1) > w->n_slots) {
        size_t n = w->n_slots ? w->n_slots * 2 : 16;
        uint32_t *slot = dp__calloc(n, sizeof *slot);
        if (!slot)
            return DP_E_NOMEM;
        dp__free(w->day_slot);
        w->day_slot = slot;
        w->n_slots = n;
        for (size_t i = 0; i < w->n_days; i++) {
            size_t h = day_hash(w->days[i].day, w->days[i].flashback, n);
            while (slot[h])
                h = (h + 1) & (n - 1);
            slot[h] = (uint32_t)i + 1;
        }
    }
    size_t h = day_hash(day, flashback, w->n_slots);
    while (w->day_slot[h])
        h = (h + 1) & (w->n_slots - 1);
    w->day_slot[h] = (uint32_t)w->n_days + 1;
    w->days[w->n_days++] = (day_look){day, flashback, worn};
    return DP_OK;
}

static dp_status new_base(walk *w, uint32_t *look_out)
{
    dp_status st = GROW(w, bases, n_bases, cap_bases);
    if (st == DP_OK)
        st = GROW(w, looks, n_looks, cap_looks);
    if (st != DP_OK)
        return st;
    w->bases[w->n_bases] = (base){(uint32_t)w->n_bases + 1, 0, 0, 0};
    w->looks[w->n_looks] = (look){(uint32_t)w->n_bases, 0, 0, 0, 0};
    w->n_bases++;
    *look_out = (uint32_t)w->n_looks++;
    return DP_OK;
}

static bool look_has_state(const walk *w, const look *l, const char *name)
{
    for (uint32_t i = 0; i < l->n_state; i++)
        if (!strcmp(w->names[l->first_state + i], name))
            return true;
    return false;
}

/* A new look: 'from' with one more state, the next letter of its base. */
static dp_status add_state(walk *w, uint32_t *cur, const char *name)
{
    look from = w->looks[*cur];
    if (look_has_state(w, &from, name))
        return DP_OK;
    dp_status st = GROW(w, looks, n_looks, cap_looks);
    for (uint32_t i = 0; st == DP_OK && i <= from.n_state; i++)
        st = GROW(w, names, n_names, cap_names);
    if (st != DP_OK)
        return st;
    look l = {from.base, ++w->bases[from.base].letters, (uint32_t)w->n_names,
              from.n_state + 1, 0};
    for (uint32_t i = 0; i < from.n_state; i++)
        w->names[w->n_names++] = w->names[from.first_state + i];
    w->names[w->n_names++] = name;
    w->looks[w->n_looks] = l;
    *cur = (uint32_t)w->n_looks++;
    return DP_OK;
}

/* Names 'name' in the description of base b (bases' names are appended as
 * met, so a base's names are gathered at the end from the notes). */
typedef struct desc_note {
    uint32_t base;
    const char *name;
} desc_note;

typedef struct notes {
    desc_note *n;
    size_t len, cap;
} notes;

static dp_status note_desc(notes *ns, uint32_t b, const char *name)
{
    for (size_t i = 0; i < ns->len; i++)
        if (ns->n[i].base == b && !strcmp(ns->n[i].name, name))
            return DP_OK;
    dp_status st = dp__grow((void **)&ns->n, &ns->cap, ns->len, sizeof *ns->n, SIZE_MAX / 64);
    if (st == DP_OK)
        ns->n[ns->len++] = (desc_note){b, name};
    return st;
}

static int cmp_found_ptr(const void *x, const void *y)
{
    const dp__found *a = *(const dp__found *const *)x, *b = *(const dp__found *const *)y;
    if (a->character != b->character)
        return a->character < b->character ? -1 : 1;
    if (a->scene != b->scene)
        return a->scene < b->scene ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int cmp_pick(const void *x, const void *y)
{
    const pick *a = x, *b = y;
    if (a->look != b->look)
        return a->look < b->look ? -1 : 1;
    return a->scene < b->scene ? -1 : a->scene > b->scene;
}

/* The findings about one character, sorted by scene. */
typedef struct about {
    const dp__found *const *f;
    size_t n;
} about;

static bool scene_changes(const about *a, size_t *at, uint32_t scene, int makeup,
                          const dp__found **out, size_t cap, size_t *n_out)
{
    bool change = false;
    *n_out = 0;
    while (*at < a->n && a->f[*at]->scene < scene)
        (*at)++;
    for (size_t k = *at; k < a->n && a->f[k]->scene == scene; k++) {
        const dp__found *f = a->f[k];
        bool mine = makeup ? f->category == 107 : (f->category == 106 || f->category == DP__FOUND_STATE ||
                                                   f->category == DP__FOUND_CHANGE);
        if (!mine)
            continue;
        if (!makeup && f->category == DP__FOUND_CHANGE)
            change = true;
        else if (*n_out < cap)
            out[(*n_out)++] = f;
    }
    return change;
}

/* The number as printed: base number then letters A..Z, AA.. */
static const char *look_number(dp__arena *a, const walk *w, const look *l)
{
    char buf[32], letters[8];
    size_t nl = 0;
    for (uint32_t v = l->letter; v > 0 && nl < sizeof letters; v = (v - 1) / 26)
        letters[nl++] = (char)('A' + (v - 1) % 26);
    int n = snprintf(buf, sizeof buf, "%u", (unsigned)w->bases[l->base].number);
    for (size_t i = 0; i < nl && n + 1 < (int)sizeof buf; i++)
        buf[n++] = letters[nl - 1 - i];
    buf[n] = '\0';
    return dp__arena_strndup(a, buf, (size_t)n);
}

static const char *look_description(dp__arena *a, const walk *w, const look *l,
                                    const notes *ns, dp__buf *tmp)
{
    dp__buf_reset(tmp);
    dp_status st = DP_OK;
    size_t n = 0;
    for (size_t i = 0; i < ns->len && st == DP_OK; i++)
        if (ns->n[i].base == l->base) {
            st = n++ ? dp__buf_append(tmp, ", ", 2) : DP_OK;
            if (st == DP_OK)
                st = dp__buf_append(tmp, ns->n[i].name, strlen(ns->n[i].name));
        }
    for (uint32_t i = 0; i < l->n_state && st == DP_OK; i++) {
        const char *s = w->names[l->first_state + i];
        st = dp__buf_append(tmp, i ? ", " : n ? "; " : "", i || n ? 2 : 0);
        if (st == DP_OK)
            st = dp__buf_append(tmp, s, strlen(s));
    }
    if (st != DP_OK)
        return NULL;
    return dp__arena_strndup(a, tmp->data ? tmp->data : "", tmp->len);
}

/* Walks character c through its scenes for one department; appends its
 * costumes (or looks) to out and sets each scene's entry in 'per'. */
static dp_status walk_character(dp_breakdown *bd, uint32_t c, int makeup, const about *a,
                                dp_costume **out, size_t *n_out, size_t *cap_out,
                                const char ***per, dp__buf *tmp)
{
    const dp_character *ch = &bd->chars[c];
    walk w;
    memset(&w, 0, sizeof w);
    notes ns = {NULL, 0, 0};
    dp_status st = DP_OK;
    size_t at = 0;
    uint32_t cur = 0;
    bool have = false;
    uint32_t cur_day = 0;
    bool cur_fb = false;
    const dp__found *here[256]; /* a scene's findings about c; more are not read */
    for (size_t k = 0; k < ch->scene_count && st == DP_OK; k++) {
        uint32_t s = ch->scenes[k];
        const dp_scene *sc = &bd->scenes[s];
        bool fb = (sc->flags & DP_SCF_FLASHBACK) != 0;
        size_t nh;
        bool change = scene_changes(a, &at, s, makeup, here, DP__COUNT(here), &nh);
        if (!have || sc->story_day != cur_day || fb != cur_fb) {
            /* the look worn when this day was left, else a new number */
            size_t d = day_find(&w, sc->story_day, fb);
            if (d < w.n_days) {
                cur = w.days[d].look;
            } else {
                st = new_base(&w, &cur);
                change = false;
            }
            have = true;
            cur_day = sc->story_day;
            cur_fb = fb;
        }
        if (st == DP_OK && change)
            st = new_base(&w, &cur);
        for (size_t q = 0; q < nh && st == DP_OK; q++) {
            const dp__found *f = here[q];
            bool state = makeup ? is_makeup_state(f->name) : f->category == DP__FOUND_STATE;
            if (state)
                st = add_state(&w, &cur, f->name);
            else
                st = note_desc(&ns, w.looks[cur].base, f->name);
        }
        if (st == DP_OK)
            st = GROW(&w, picks, n_picks, cap_picks);
        if (st == DP_OK)
            w.picks[w.n_picks++] = (pick){cur, s};
        /* remember the look this day is left in */
        size_t d = day_find(&w, cur_day, cur_fb);
        if (st == DP_OK && d == w.n_days)
            st = day_add(&w, cur_day, cur_fb, cur);
        else if (st == DP_OK)
            w.days[d].look = cur;
    }
    /* one record per look worn, in order of first wear */
    if (st == DP_OK && w.n_picks) {
        for (size_t i = 0; i < w.n_looks; i++)
            w.looks[i].record = SIZE_MAX;
        for (size_t i = 0; i < w.n_picks && st == DP_OK; i++) {
            look *l = &w.looks[w.picks[i].look];
            if (l->record != SIZE_MAX)
                continue;
            st = dp__grow((void **)out, cap_out, *n_out, sizeof **out, SIZE_MAX / 64);
            if (st != DP_OK)
                break;
            dp_costume *r = &(*out)[*n_out];
            memset(r, 0, sizeof *r);
            r->character = c;
            r->makeup = makeup;
            r->number = look_number(&bd->arena, &w, l);
            r->description = look_description(&bd->arena, &w, l, &ns, tmp);
            if (!r->number || !r->description)
                st = DP_E_NOMEM;
            l->record = (*n_out)++;
        }
        pick *sorted = st == DP_OK ? dp__malloc(w.n_picks * sizeof *sorted) : NULL;
        uint32_t *scenes =
            sorted ? dp__arena_alloc(&bd->arena, w.n_picks * sizeof *scenes) : NULL;
        if (st == DP_OK && (!sorted || !scenes))
            st = DP_E_NOMEM;
        if (st == DP_OK) {
            memcpy(sorted, w.picks, w.n_picks * sizeof *sorted);
            qsort(sorted, w.n_picks, sizeof *sorted, cmp_pick);
            for (size_t i = 0; i < w.n_picks; i++) {
                dp_costume *r = &(*out)[w.looks[sorted[i].look].record];
                if (r->scene_count == 0)
                    r->scenes = scenes + i;
                scenes[i] = sorted[i].scene;
                r->scene_count++;
            }
            for (size_t i = 0; i < w.n_picks; i++) {
                const dp_scene *sc = &bd->scenes[w.picks[i].scene];
                for (size_t q = 0; q < sc->cast_count; q++)
                    if (sc->cast[q] == c)
                        per[w.picks[i].scene][q] = (*out)[w.looks[w.picks[i].look].record].number;
            }
        }
        dp__free(sorted);
    }
    walk_free(&w);
    dp__free(ns.n);
    return st;
}

dp_status dp__build_costumes(dp_breakdown *bd, const dp__findings *F)
{
    /* the findings that belong to a character, by character then scene */
    const dp__found **mine = dp__malloc((F->n + 1) * sizeof *mine);
    if (!mine)
        return DP_E_NOMEM;
    size_t n = 0;
    for (size_t i = 0; i < F->n; i++) {
        const dp__found *f = &F->f[i];
        if (f->character >= 0 && (f->category == 106 || f->category == 107 ||
                                  f->category == DP__FOUND_STATE ||
                                  f->category == DP__FOUND_CHANGE))
            mine[n++] = f;
    }
    qsort(mine, n, sizeof *mine, cmp_found_ptr);
    /* per scene, one entry per cast member for each department */
    dp_status st = DP_OK;
    const char ***wear = dp__arena_alloc(&bd->arena, (bd->n_scenes + 1) * sizeof *wear);
    const char ***face = dp__arena_alloc(&bd->arena, (bd->n_scenes + 1) * sizeof *face);
    if (!wear || !face)
        st = DP_E_NOMEM;
    for (size_t s = 0; s < bd->n_scenes && st == DP_OK; s++) {
        size_t k = bd->scenes[s].cast_count;
        wear[s] = dp__arena_alloc(&bd->arena, (k + 1) * sizeof **wear);
        face[s] = dp__arena_alloc(&bd->arena, (k + 1) * sizeof **face);
        if (!wear[s] || !face[s])
            st = DP_E_NOMEM;
        else {
            memset(wear[s], 0, (k + 1) * sizeof **wear);
            memset(face[s], 0, (k + 1) * sizeof **face);
        }
    }
    dp_costume *rec = NULL, *mk = NULL;
    size_t n_rec = 0, cap_rec = 0, n_mk = 0, cap_mk = 0;
    dp__buf tmp;
    dp__buf_init(&tmp, 1 << 16);
    /* characters in id order (bd->chars is) */
    size_t lo = 0;
    for (uint32_t c = 0; c < bd->n_chars && st == DP_OK; c++) {
        while (lo < n && mine[lo]->character < (int32_t)c)
            lo++;
        size_t hi = lo;
        bool any_makeup = false;
        while (hi < n && mine[hi]->character == (int32_t)c)
            any_makeup |= mine[hi++]->category == 107;
        about a = {mine + lo, hi - lo};
        st = walk_character(bd, c, 0, &a, &rec, &n_rec, &cap_rec, wear, &tmp);
        if (st == DP_OK && any_makeup)
            st = walk_character(bd, c, 1, &a, &mk, &n_mk, &cap_mk, face, &tmp);
        lo = hi;
    }
    if (st == DP_OK) {
        bd->costumes = dp__arena_alloc(&bd->arena, (n_rec + n_mk + 1) * sizeof *bd->costumes);
        if (!bd->costumes)
            st = DP_E_NOMEM;
    }
    if (st == DP_OK) {
        if (n_rec)
            memcpy(bd->costumes, rec, n_rec * sizeof *rec);
        if (n_mk)
            memcpy(bd->costumes + n_rec, mk, n_mk * sizeof *mk);
        bd->n_costumes = n_rec + n_mk;
        for (size_t s = 0; s < bd->n_scenes; s++) {
            bd->scenes[s].costumes = (const char *const *)wear[s];
            bd->scenes[s].makeup = (const char *const *)face[s];
        }
    }
    dp__free(rec);
    dp__free(mk);
    dp__buf_release(&tmp);
    dp__free(mine);
    return st;
}
