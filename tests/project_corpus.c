/* Projects on corpus scripts: edits made on draft 1, a revised draft from
 * the test reviser (scenes inserted, deleted, reordered, split, merged,
 * renumbered, text rewritten), then, edit by edit: the outcome expected
 * (kept, moved, orphaned), the scene it now applies to, and its effect in
 * the effective breakdown. No edit may be lost. */
#define _GNU_SOURCE /* memmem */
#include "harness.h"
#include "reviser.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- words of the script, counted (case ignored) --------------------------- */

static int is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_wordc(unsigned char c) { return is_alpha(c) || (c >= '0' && c <= '9') || c >= 0x80; }

static uint64_t word_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)(s[i] | (is_alpha((unsigned char)s[i]) ? 32 : 0))) * 1099511628211ull;
    return h;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct words {
    uint64_t *h;
    size_t n;
} words;

static words count_words(const char *t, size_t len)
{
    words w = {malloc((len / 2 + 1) * sizeof(uint64_t)), 0};
    for (size_t i = 0; i < len;) {
        while (i < len && !is_wordc((unsigned char)t[i]))
            i++;
        size_t a = i;
        while (i < len && is_wordc((unsigned char)t[i]))
            i++;
        if (i > a)
            w.h[w.n++] = word_hash(t + a, i - a);
    }
    qsort(w.h, w.n, sizeof *w.h, cmp_u64);
    return w;
}

static size_t occurrences(const words *w, const char *s, size_t n)
{
    uint64_t h = word_hash(s, n);
    size_t lo = 0, hi = w->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (w->h[mid] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t c = 0;
    while (lo + c < w->n && w->h[lo + c] == h)
        c++;
    return c;
}

/* ---- the script under test ------------------------------------------------- */

typedef struct script {
    const char *name;
    char *text;
    size_t len;
    dp_doc *doc;
    dp_breakdown *bd;
    words w;
} script;

/* A word of 5+ letters found once in the script, in an action element
 * without markup of elements [e0, e1). Its element and raw byte offset. */
typedef struct word {
    size_t element, raw;
    char text[64];
} word;

/* The whole-word occurrence of w[0..n) in raw[0..len), or NULL. */
static const char *find_raw(const char *raw, size_t len, const char *w, size_t n)
{
    for (size_t i = 0; i + n <= len; i++)
        if (!strncmp(raw + i, w, n) && (i == 0 || !is_wordc((unsigned char)raw[i - 1])) &&
            (i + n == len || !is_wordc((unsigned char)raw[i + n])))
            return raw + i;
    return NULL;
}

static int unique_word(const script *S, size_t e0, size_t e1, word *out)
{
    for (size_t e = e0; e < e1; e++) {
        const dp_element *el = dp_doc_element(S->doc, e);
        if (el->type != DP_EL_ACTION || strcmp(el->plain, el->text))
            continue;
        const char *p = el->plain;
        for (size_t i = 0; p[i];) {
            while (p[i] && !is_wordc((unsigned char)p[i]))
                i++;
            size_t a = i;
            int letters = 1;
            while (p[i] && is_wordc((unsigned char)p[i]))
                letters &= is_alpha((unsigned char)p[i++]);
            if (!letters || i - a < 5 || i - a >= sizeof out->text ||
                occurrences(&S->w, p + a, i - a) != 1)
                continue;
            const char *raw = find_raw(S->text + el->offset, el->length, p + a, i - a);
            if (!raw)
                continue;
            out->element = e;
            out->raw = (size_t)(raw - S->text);
            memcpy(out->text, p + a, i - a);
            out->text[i - a] = '\0';
            return 1;
        }
    }
    return 0;
}

/* ---- expectations ------------------------------------------------------------ */

typedef struct expect {
    dp_edit e;
    char buf[4][96]; /* strings of e */
    dp_edit_status status;
    long new_scene;  /* index in the new draft; -1: none */
    int made;        /* recorded */
} expect;

#define MAX_EXPECT 96

typedef struct run {
    const script *S;
    dp_project *p;
    expect x[MAX_EXPECT];
    size_t n;
    rv_scene *rv;
    int item_no;
} run;

static expect *add_expect(run *r, dp_edit_op op, long scene)
{
    if (r->n >= MAX_EXPECT)
        return NULL;
    expect *x = &r->x[r->n++];
    memset(x, 0, sizeof *x);
    x->e.op = op;
    if (scene >= 0)
        x->e.scene = dp_breakdown_scene(r->S->bd, (size_t)scene)->number;
    return x;
}

static int record(run *r, expect *x)
{
    dp_error err = {0};
    int64_t id = 0;
    if (dp_project_edit(r->p, &x->e, 0, &id, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "%s: edit %s on scene %s refused: %s", r->S->name,
                 dp_edit_op_name(x->e.op), x->e.scene ? x->e.scene : "-", err.msg);
        r->n--;
        return 0;
    }
    x->made = 1;
    return 1;
}

/* ADD of a made-up element on word w of scene s. */
static void edit_add(run *r, long s, const word *w, dp_edit_status st, long ns)
{
    expect *x = add_expect(r, DP_EDIT_ADD, s);
    if (!x)
        return;
    snprintf(x->buf[0], sizeof x->buf[0], "edited thing %d", ++r->item_no);
    snprintf(x->buf[1], sizeof x->buf[1], "%s", w->text);
    x->e.category = 104;
    x->e.name = x->buf[0];
    x->e.text = x->buf[1];
    x->status = st;
    x->new_scene = st == DP_EDIT_ORPHANED ? -1 : ns;
    record(r, x);
}

static void edit_day(run *r, long s, dp_edit_status st, long ns)
{
    expect *x = add_expect(r, DP_EDIT_STORY_DAY, s);
    if (!x)
        return;
    snprintf(x->buf[0], sizeof x->buf[0], "%d", 40 + (int)r->n);
    x->e.value = x->buf[0];
    x->status = st;
    x->new_scene = st == DP_EDIT_ORPHANED ? -1 : ns;
    record(r, x);
}

static void edit_heading(run *r, long s, dp_edit_status st, long ns)
{
    expect *x = add_expect(r, DP_EDIT_HEADING, s);
    if (!x)
        return;
    snprintf(x->buf[0], sizeof x->buf[0], "INT. FIXED PLACE %zu - NIGHT", r->n);
    x->e.value = x->buf[0];
    x->status = st;
    x->new_scene = st == DP_EDIT_ORPHANED ? -1 : ns;
    record(r, x);
}

/* COSTUME for the first cast member of scene s (when there is one). */
static void edit_costume(run *r, long s, dp_edit_status st, long ns)
{
    const dp_scene *sc = dp_breakdown_scene(r->S->bd, (size_t)s);
    if (!sc->cast_count)
        return;
    expect *x = add_expect(r, DP_EDIT_COSTUME, s);
    if (!x)
        return;
    snprintf(x->buf[0], sizeof x->buf[0], "%s", dp_breakdown_character(r->S->bd, sc->cast[0])->name);
    snprintf(x->buf[1], sizeof x->buf[1], "%zuZ", r->n);
    x->e.character = x->buf[0];
    x->e.value = x->buf[1];
    x->status = st;
    x->new_scene = st == DP_EDIT_ORPHANED ? -1 : ns;
    record(r, x);
}

/* The first item of scene s (not wardrobe or makeup) found in no other
 * scene and named by no other edit; -1. */
static long lone_item(const run *r, long s)
{
    const dp_scene *sc = dp_breakdown_scene(r->S->bd, (size_t)s);
    for (size_t k = 0; k < sc->item_count; k++) {
        const dp_item *it = dp_breakdown_item(r->S->bd, sc->items[k]);
        if (it->category == 106 || it->category == 107 || it->scene_count != 1)
            continue;
        return (long)sc->items[k];
    }
    return -1;
}

static void edit_remove(run *r, long s, long item, dp_edit_status st, long ns)
{
    const dp_item *it = dp_breakdown_item(r->S->bd, (size_t)item);
    expect *x = add_expect(r, DP_EDIT_REMOVE, s);
    if (!x)
        return;
    snprintf(x->buf[0], sizeof x->buf[0], "%s", it->name);
    x->e.category = it->category;
    x->e.name = x->buf[0];
    x->status = st;
    x->new_scene = st == DP_EDIT_ORPHANED ? -1 : ns;
    record(r, x);
}

/* ---- checks ------------------------------------------------------------------ */

static const dp_item *find(const dp_breakdown *bd, long s, uint16_t cat, const char *name)
{
    size_t n = s >= 0 ? dp_breakdown_scene(bd, (size_t)s)->item_count : dp_breakdown_item_count(bd);
    for (size_t k = 0; k < n; k++) {
        const dp_item *it =
            dp_breakdown_item(bd, s >= 0 ? dp_breakdown_scene(bd, (size_t)s)->items[k] : k);
        if (it->category == cat && !strcmp(it->name, name))
            return it;
    }
    return NULL;
}

static long scene_numbered(const dp_breakdown *bd, const char *num)
{
    for (size_t s = 0; num && s < dp_breakdown_scene_count(bd); s++)
        if (!strcmp(dp_breakdown_scene(bd, s)->number, num))
            return (long)s;
    return -1;
}

/* The edit's effect is in the effective breakdown, at scene s. */
static void check_effect(const run *r, const expect *x, const dp_breakdown *eff, long s)
{
    const char *who = r->S->name;
    const dp_scene *sc = s >= 0 ? dp_breakdown_scene(eff, (size_t)s) : NULL;
    switch (x->e.op) {
    case DP_EDIT_ADD:
        if (!find(eff, s, x->e.category, x->e.name))
            dpt_fail(__FILE__, __LINE__, "%s: %s not in scene %s", who, x->e.name, sc->number);
        break;
    case DP_EDIT_REMOVE:
        if (find(eff, s, x->e.category, x->e.name))
            dpt_fail(__FILE__, __LINE__, "%s: %s still in scene %s", who, x->e.name, sc->number);
        break;
    case DP_EDIT_STORY_DAY:
        if (sc->story_day != (uint32_t)atoi(x->e.value))
            dpt_fail(__FILE__, __LINE__, "%s: scene %s story day %u, not %s", who, sc->number,
                     sc->story_day, x->e.value);
        break;
    case DP_EDIT_HEADING:
        if (strcmp(sc->heading, x->e.value))
            dpt_fail(__FILE__, __LINE__, "%s: scene %s heading %s", who, sc->number, sc->heading);
        break;
    case DP_EDIT_COSTUME: {
        int ok = 0;
        for (size_t q = 0; q < sc->cast_count; q++)
            if (!strcmp(dp_breakdown_character(eff, sc->cast[q])->name, x->e.character))
                ok = sc->costumes && sc->costumes[q] && !strcmp(sc->costumes[q], x->e.value);
        if (!ok)
            dpt_fail(__FILE__, __LINE__, "%s: %s does not wear %s in scene %s", who,
                     x->e.character, x->e.value, sc->number);
        break;
    }
    case DP_EDIT_RENAME:
        if (find(eff, -1, x->e.category, x->e.name) || !find(eff, -1, x->e.category, x->e.new_name))
            dpt_fail(__FILE__, __LINE__, "%s: rename %s -> %s not applied", who, x->e.name,
                     x->e.new_name);
        break;
    case DP_EDIT_RECATEGORISE:
        if (find(eff, -1, x->e.category, x->e.name) || !find(eff, -1, x->e.new_category, x->e.name))
            dpt_fail(__FILE__, __LINE__, "%s: recategorise %s not applied", who, x->e.name);
        break;
    case DP_EDIT_MERGE:
        if (find(eff, -1, x->e.category, x->e.name) ||
            !find(eff, -1, x->e.new_category, x->e.new_name))
            dpt_fail(__FILE__, __LINE__, "%s: merge %s -> %s not applied", who, x->e.name,
                     x->e.new_name);
        break;
    }
}

/* ---- one script ---------------------------------------------------------------- */

static int load(script *S, const char *rel, int locked)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dpt_shared_scripts(), rel);
    size_t len = 0;
    char *text = dpt_read_file(path, &len);
    if (!text) {
        dpt_fail(__FILE__, __LINE__, "cannot read %s", path);
        return 0;
    }
    S->name = rel;
    S->text = text;
    S->len = len;
    dp_error err = {0};
    if (dp_doc_parse(text, len, NULL, &S->doc, &err) != DP_OK ||
        dp_breakdown_new(S->doc, NULL, &S->bd, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "%s: %s", rel, err.msg);
        return 0;
    }
    if (locked) {
        size_t n = 0;
        char *l = rv_lock(text, len, S->doc, S->bd, &n);
        dp_breakdown_free(S->bd);
        dp_doc_free(S->doc);
        free(text);
        S->text = l;
        S->len = n;
        S->bd = NULL;
        S->doc = NULL;
        if (dp_doc_parse(l, n, NULL, &S->doc, &err) != DP_OK ||
            dp_breakdown_new(S->doc, NULL, &S->bd, &err) != DP_OK) {
            dpt_fail(__FILE__, __LINE__, "%s locked: %s", rel, err.msg);
            return 0;
        }
    }
    S->w = count_words(S->text, S->len);
    return 1;
}

static void unload(script *S)
{
    dp_breakdown_free(S->bd);
    dp_doc_free(S->doc);
    free(S->text);
    free(S->w.h);
}

static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* Scene s's printed length in bytes, from its heading to the next. */
static size_t scene_bytes(const script *S, size_t s)
{
    const dp_scene *sc = dp_breakdown_scene(S->bd, s);
    size_t a = dp_doc_element(S->doc, sc->first_element)->offset;
    size_t e = s + 1 < dp_breakdown_scene_count(S->bd)
                   ? dp_doc_element(S->doc, dp_breakdown_scene(S->bd, s + 1)->first_element)->offset
                   : S->len;
    return e - a;
}

/* The element at about 60% of scene s's bytes where a new scene can start
 * (an action or a cue after a blank line), leaving text after it; 0. */
static size_t split_point(const script *S, size_t s)
{
    const dp_scene *sc = dp_breakdown_scene(S->bd, s);
    size_t a = dp_doc_element(S->doc, sc->first_element)->offset, total = scene_bytes(S, s);
    for (size_t e = sc->first_element + 2; e + 1 < sc->end_element; e++) {
        const dp_element *el = dp_doc_element(S->doc, e);
        if ((el->type == DP_EL_ACTION || el->type == DP_EL_CHARACTER) && el->blank_before &&
            !(el->flags & (DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT)) &&
            (el->offset - a) * 10 >= total * 6 && (el->offset - a) * 10 <= total * 8)
            return e;
    }
    return 0;
}

typedef struct tally {
    size_t kept, moved, orphaned, edits;
} tally;

static void one_script(const char *rel, int locked, uint64_t seed, tally *t)
{
    script S;
    memset(&S, 0, sizeof S);
    if (!load(&S, rel, locked)) {
        unload(&S);
        return;
    }
    size_t n = dp_breakdown_scene_count(S.bd);
    rv_scene *rv = calloc(n + 1, sizeof *rv);
    unsigned char *used = calloc(n + 2, 1);
    for (size_t i = 0; i < n; i++) {
        rv[i].swap = -1;
        rv[i].insert_before = 0;
    }
    /* roles, in a seeded order over the scenes with room for edits */
    size_t *cand = malloc((n + 1) * sizeof *cand), nc = 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (scene_bytes(&S, i) >= 200)
            cand[nc++] = i;
    for (size_t i = nc; i > 1; i--) {
        size_t j = (size_t)(rng_next(&seed) % i);
        size_t tmp = cand[i - 1];
        cand[i - 1] = cand[j];
        cand[j] = tmp;
    }
    static const rv_role plan[] = {RV_SPLIT, RV_SPLIT, RV_DELETE, RV_DELETE, RV_MERGE, RV_MERGE,
                                   RV_REWRITE, RV_REWRITE, RV_KEEP, RV_KEEP, RV_KEEP, RV_KEEP,
                                   RV_TOUCH, RV_TOUCH};
    long role_scene[sizeof plan / sizeof plan[0]];
    word wfirst[sizeof plan / sizeof plan[0]], wsecond[sizeof plan / sizeof plan[0]];
    size_t np = 0;
    rv_role role_of[sizeof plan / sizeof plan[0]];
    bool placed_kind[RV_MERGE + 1] = {false};
    for (size_t pi = 0; pi < sizeof plan / sizeof plan[0]; pi++) {
        rv_role role = plan[pi];
        for (size_t k = 0; k < nc; k++) {
            size_t i = cand[k];
            if (used[i])
                continue;
            const dp_scene *sc = dp_breakdown_scene(S.bd, i);
            word w1, w2;
            if (role == RV_SPLIT) {
                size_t cut = split_point(&S, i);
                if (!cut || !unique_word(&S, sc->first_element + 1, cut, &w1) ||
                    !unique_word(&S, cut, sc->end_element, &w2))
                    continue;
                rv[i].split = cut;
                wsecond[np] = w2;
            } else if (role == RV_MERGE) {
                /* the scene before must be larger, and free */
                if (i < 2 || used[i - 1] || scene_bytes(&S, i - 1) < 2 * scene_bytes(&S, i) ||
                    !unique_word(&S, sc->first_element + 1, sc->end_element, &w1))
                    continue;
                used[i - 1] = 1;
            } else if (!unique_word(&S, sc->first_element + 1, sc->end_element, &w1)) {
                continue;
            }
            if (role == RV_REWRITE) {
                rv[i].at = w1.raw;
                rv[i].len = strlen(w1.text);
            }
            rv[i].role = role;
            used[i] = 1;
            wfirst[np] = w1;
            role_of[np] = role;
            placed_kind[role] = true;
            role_scene[np++] = (long)i;
            break;
        }
    }
    for (int k = RV_KEEP; k <= RV_MERGE; k++)
        if (!placed_kind[k])
            dpt_fail(__FILE__, __LINE__, "%s: no scene could take role %d", rel, k);
    /* two kept scenes trade places; three scenes inserted */
    long k1 = -1, k2 = -1;
    for (size_t q = 0; q < np; q++)
        if (role_of[q] == RV_KEEP)
            k1 < 0 ? (void)(k1 = role_scene[q]) : (void)(k2 = role_scene[q]);
    if (k1 >= 0 && k2 >= 0 && labs(k1 - k2) > 1) {
        rv[k1].swap = k2;
        rv[k2].swap = k1;
    }
    /* (not before a merged scene: it would join the new one) */
    for (size_t q = 1; q <= 3; q++) {
        size_t at = q * n / 4;
        while (at + 1 < n && rv[at].role == RV_MERGE)
            at++;
        rv[at].insert_before = 1;
    }

    /* the project and the edits, on draft 1 */
    char dir[] = "/tmp/dp-project-XXXXXX";
    if (!mkdtemp(dir)) {
        dpt_fail(__FILE__, __LINE__, "mkdtemp");
        goto out;
    }
    char path[128];
    snprintf(path, sizeof path, "%s/p.dpj", dir);
    run *r = calloc(1, sizeof *r);
    r->S = &S;
    r->rv = rv;
    dp_error err = {0};
    if (dp_project_new(path, "draft1.fountain", S.text, S.len, NULL, 0, &r->p, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "%s: project new: %s", rel, err.msg);
        free(r);
        goto out_dir;
    }
    size_t revised_len = 0, revised_scenes = 0;
    char *revised = rv_revise(S.text, S.len, S.doc, S.bd, rv, locked, &revised_len,
                              &revised_scenes);
    for (size_t q = 0; q < np; q++) {
        long s = role_scene[q];
        const rv_scene *x = &rv[s];
        switch (role_of[q]) {
        case RV_KEEP:
        case RV_TOUCH: {
            edit_add(r, s, &wfirst[q], DP_EDIT_KEPT, x->heir);
            edit_day(r, s, DP_EDIT_KEPT, x->heir);
            edit_costume(r, s, DP_EDIT_KEPT, x->heir);
            if (role_of[q] == RV_KEEP)
                edit_heading(r, s, DP_EDIT_KEPT, x->heir);
            long it = lone_item(r, s);
            if (it >= 0)
                edit_remove(r, s, it, DP_EDIT_KEPT, x->heir);
            break;
        }
        case RV_DELETE:
            edit_add(r, s, &wfirst[q], DP_EDIT_ORPHANED, -1);
            edit_day(r, s, DP_EDIT_ORPHANED, -1);
            edit_heading(r, s, DP_EDIT_ORPHANED, -1);
            break;
        case RV_SPLIT:
            edit_add(r, s, &wfirst[q], DP_EDIT_KEPT, x->heir);
            edit_add(r, s, &wsecond[q], DP_EDIT_MOVED, x->piece);
            edit_day(r, s, DP_EDIT_KEPT, x->heir);
            edit_heading(r, s, DP_EDIT_KEPT, x->heir);
            break;
        case RV_MERGE:
            /* the scene before it continues; this one's text joined it */
            edit_costume(r, s - 1, DP_EDIT_KEPT, rv[s - 1].heir);
            edit_add(r, s, &wfirst[q], DP_EDIT_MOVED, x->into);
            edit_day(r, s, DP_EDIT_MOVED, x->into);
            edit_heading(r, s, DP_EDIT_ORPHANED, -1);
            break;
        case RV_REWRITE:
            edit_add(r, s, &wfirst[q], DP_EDIT_ORPHANED, -1);
            edit_day(r, s, DP_EDIT_KEPT, x->heir);
            break;
        default:
            break;
        }
    }
    /* global edits: a rename that stays, one whose element is gone */
    for (size_t i = 0; i < dp_breakdown_item_count(S.bd); i++) {
        const dp_item *it = dp_breakdown_item(S.bd, i);
        if (it->category != 104 || it->scene_count < 3)
            continue;
        int gone = 1, clash = 0;
        for (size_t k = 0; k < it->scene_count; k++)
            gone &= rv[it->scenes[k]].role == RV_DELETE;
        for (size_t k = 0; k < r->n; k++)
            clash |= r->x[k].e.name && !strcmp(r->x[k].e.name, it->name);
        if (gone || clash)
            continue;
        expect *x = add_expect(r, DP_EDIT_RENAME, -1);
        snprintf(x->buf[0], sizeof x->buf[0], "%s", it->name);
        snprintf(x->buf[1], sizeof x->buf[1], "%s (hero)", it->name);
        x->e.category = 104;
        x->e.name = x->buf[0];
        x->e.new_name = x->buf[1];
        x->status = DP_EDIT_KEPT;
        x->new_scene = -1;
        record(r, x);
        break;
    }
    for (size_t q = 0; q < np; q++) {
        if (role_of[q] != RV_DELETE)
            continue;
        long it = lone_item(r, role_scene[q]);
        if (it < 0)
            continue;
        const dp_item *item = dp_breakdown_item(S.bd, (size_t)it);
        int clash = 0;
        for (size_t k = 0; k < r->n; k++)
            clash |= r->x[k].e.name && !strcmp(r->x[k].e.name, item->name);
        if (clash)
            continue;
        expect *x = add_expect(r, DP_EDIT_RECATEGORISE, -1);
        snprintf(x->buf[0], sizeof x->buf[0], "%s", item->name);
        x->e.category = item->category;
        x->e.name = x->buf[0];
        x->e.new_category = item->category == 123 ? 124 : 123;
        x->status = DP_EDIT_ORPHANED; /* its only scene is deleted */
        x->new_scene = -1;
        /* unless the revised draft names it elsewhere */
        record(r, x);
        break;
    }
    size_t made = dp_project_edit_count(r->p);
    CHECK_INT(made, r->n);
    /* every edit is kept on draft 1 */
    for (size_t i = 0; i < made; i++)
        if (dp_project_edit_at(r->p, i)->status != DP_EDIT_KEPT)
            dpt_fail(__FILE__, __LINE__, "%s: edit %zu not kept on its own draft: %s", rel, i,
                     dp_project_edit_at(r->p, i)->detail);

    /* the revised draft */
    dp_doc *ndoc = NULL;
    dp_breakdown *nbd = NULL;
    if (dp_doc_parse(revised, revised_len, NULL, &ndoc, &err) != DP_OK ||
        dp_breakdown_new(ndoc, NULL, &nbd, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "%s revised: %s", rel, err.msg);
    } else {
        CHECK_INT(dp_breakdown_scene_count(nbd), revised_scenes);
    }
    if (dp_project_import(r->p, "draft2.fountain", revised, revised_len, "blue", 0, &err) != DP_OK)
        dpt_fail(__FILE__, __LINE__, "%s: import: %s", rel, err.msg);
    /* reopened from the file: what is stored is what we check */
    dp_project_close(r->p);
    r->p = NULL;
    if (dp_project_open(path, &r->p, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "%s: reopen: %s", rel, err.msg);
        goto out_free;
    }
    const dp_breakdown *eff = NULL;
    if (dp_project_breakdown(r->p, 0, &eff, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "%s: effective breakdown: %s", rel, err.msg);
        goto out_free;
    }
    CHECK_INT(dp_project_edit_count(r->p), r->n); /* none lost */
    for (size_t i = 0; i < r->n && i < dp_project_edit_count(r->p); i++) {
        const expect *x = &r->x[i];
        const dp_edit_info *e = dp_project_edit_at(r->p, i);
        if (x->e.op == DP_EDIT_RECATEGORISE && x->status == DP_EDIT_ORPHANED &&
            find(nbd, -1, x->e.category, x->e.name))
            continue; /* the revised draft still names it elsewhere: kept is right */
        t->edits++;
        t->kept += e->status == DP_EDIT_KEPT;
        t->moved += e->status == DP_EDIT_MOVED;
        t->orphaned += e->status == DP_EDIT_ORPHANED;
        if (e->status != x->status) {
            dpt_fail(__FILE__, __LINE__, "%s: edit %zu (%s on scene %s): %s, expected %s (%s)",
                     rel, i, dp_edit_op_name(x->e.op), x->e.scene ? x->e.scene : "-",
                     dp_edit_status_name(e->status), dp_edit_status_name(x->status), e->detail);
            continue;
        }
        if (x->status == DP_EDIT_ORPHANED) {
            CHECK(e->scene == NULL);
            CHECK(e->detail && *e->detail);
            continue;
        }
        long s = x->new_scene;
        if (s >= 0) {
            const char *want = dp_breakdown_scene(nbd, (size_t)s)->number;
            if (!e->scene || strcmp(e->scene, want)) {
                dpt_fail(__FILE__, __LINE__, "%s: edit %zu (%s on scene %s) applies to %s, "
                         "expected %s", rel, i, dp_edit_op_name(x->e.op), x->e.scene,
                         e->scene ? e->scene : "(none)", want);
                continue;
            }
        }
        check_effect(r, x, eff, s >= 0 ? scene_numbered(eff, e->scene) : -1);
    }
    printf("  %s%s: %zu scenes -> %zu; %zu edits: %zu kept, %zu moved, %zu orphaned\n", rel,
           locked ? " (locked numbers)" : "", n, revised_scenes, t->edits, t->kept, t->moved,
           t->orphaned);
out_free:
    dp_project_close(r->p);
    dp_breakdown_free(nbd);
    dp_doc_free(ndoc);
    free(revised);
    free(r);
out_dir:
    unlink(path);
    rmdir(dir);
out:
    free(cand);
    free(used);
    free(rv);
    unload(&S);
}

static void big_fish(void)
{
    tally t = {0, 0, 0, 0};
    one_script("vilcans-screenplain/examples/Big-Fish.fountain", 0, 0x9E3779B97F4A7C15ull, &t);
    CHECK(t.edits >= 30 && t.kept && t.moved && t.orphaned);
}

static void charade(void)
{
    tally t = {0, 0, 0, 0};
    one_script("rsdoiel-scripttool/testdata/sample-07.fountain", 0, 0x2545F4914F6CDD1Dull, &t);
    CHECK(t.edits >= 30 && t.kept && t.moved && t.orphaned);
}

static void birthday_card_locked(void)
{
    tally t = {0, 0, 0, 0};
    one_script("vilcans-screenplain/examples/The-Last-Birthday-Card.fountain", 1,
               0xD1B54A32D192ED03ull, &t);
    CHECK(t.edits >= 20 && t.kept && t.moved && t.orphaned);
}

void dpt_suite_project_corpus(void)
{
    if (!dpt_shared_scripts()) {
        dpt_skip("project_corpus", "../shared/data/scripts not found (set DP_SHARED to "
                                   "the shared folder to run these tests)");
        return;
    }
    dpt_run("project corpus: Big Fish, revised; every edit kept, moved or orphaned", big_fish);
    dpt_run("project corpus: Charade, revised; every edit kept, moved or orphaned", charade);
    dpt_run("project corpus: The Last Birthday Card, locked numbers and A-scenes",
            birthday_card_locked);
}
