/* dp-score [-v] [--lang en|fr] GOLD.tsv...: the element tagger against the
 * hand-made breakdowns of tests/gold/. For each scene of each file, the
 * engine's (category, head noun) pairs are compared with the gold's: an
 * element matches when category and lemmatised head noun match within its
 * scene (cast: the character's name). Prints precision, recall and F1 per
 * category and overall (micro), for English and French apart. Paths in a
 * gold file are relative to the repository root (run from there); a
 * script that is absent (../shared) is skipped with a message. -v lists
 * every miss and every extra. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "depouille.h"

#define MAX_CAT 1000

typedef struct pair {
    int scene;     /* 1-based position */
    int category;
    char head[128];
    char why[160]; /* -v: the gold's evidence, or our words and rule */
} pair;

typedef struct pairs {
    pair *p;
    size_t n, cap;
} pairs;

typedef struct tally {
    long gold[MAX_CAT], ours[MAX_CAT], tp[MAX_CAT];
} tally;

static void add(pairs *ps, int scene, int cat, const char *head, const char *why)
{
    for (size_t i = 0; i < ps->n; i++)
        if (ps->p[i].scene == scene && ps->p[i].category == cat && !strcmp(ps->p[i].head, head))
            return; /* a set: one pair per scene */
    if (ps->n == ps->cap) {
        ps->cap = ps->cap ? ps->cap * 2 : 256;
        ps->p = realloc(ps->p, ps->cap * sizeof *ps->p);
        if (!ps->p) {
            fprintf(stderr, "dp-score: out of memory\n");
            exit(70);
        }
    }
    pair *x = &ps->p[ps->n++];
    x->scene = scene;
    x->category = cat;
    snprintf(x->head, sizeof x->head, "%s", head);
    snprintf(x->why, sizeof x->why, "%s", why ? why : "");
}

/* The head noun of a name: English, the last word; French, the first
 * word (before " de ", " à ", an adjective). Cast names are kept whole. */
static void head_of(const char *name, int cat, int french, char *out, size_t cap)
{
    if (cat == 100) {
        snprintf(out, cap, "%s", name);
        return;
    }
    const char *a = name, *b = name + strlen(name);
    if (french) {
        const char *sp = strchr(name, ' ');
        if (sp)
            b = sp;
    } else {
        const char *sp = strrchr(name, ' ');
        if (sp)
            a = sp + 1;
    }
    snprintf(out, cap, "%.*s", (int)(b - a), a);
}

static int has(const pairs *ps, const pair *x)
{
    for (size_t i = 0; i < ps->n; i++)
        if (ps->p[i].scene == x->scene && ps->p[i].category == x->category &&
            !strcmp(ps->p[i].head, x->head))
            return 1;
    return 0;
}

static const char *label(int cat)
{
    return dp_category_name((uint16_t)cat, 0);
}

/* Reads a gold file: its script, language and scene range, and pairs. */
static int read_gold(const char *path, char *script, size_t scap, int *french, int *first,
                     int *last, pairs *gold)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "dp-score: %s: cannot open\n", path);
        return -1;
    }
    char line[8192];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!strncmp(line, "# script: ", 10)) {
            snprintf(script, scap, "%.4000s", line + 10);
        } else if (!strncmp(line, "# language: ", 12)) {
            *french = !strcmp(line + 12, "fr");
        } else if (!strncmp(line, "# scenes: ", 10)) {
            if (sscanf(line + 10, "%d-%d", first, last) != 2) {
                fprintf(stderr, "dp-score: %s: bad scenes line\n", path);
                fclose(f);
                return -1;
            }
        } else if (line[0] && line[0] != '#' && strncmp(line, "scene\t", 6) != 0) {
            char *col[7] = {0};
            int n = 0;
            char *p = line;
            col[n++] = p;
            for (; *p && n < 7; p++)
                if (*p == '\t') {
                    *p = '\0';
                    col[n++] = p + 1;
                }
            if (n < 4)
                continue;
            char head[128];
            int cat = atoi(col[2]);
            head_of(col[3], cat, *french, head, sizeof head);
            add(gold, atoi(col[0]), cat, head, n > 6 ? col[6] : "");
        }
    }
    fclose(f);
    return 0;
}

static int score_file(const char *path, int verbose, tally *t)
{
    char script[4096] = "";  /* "# script: " lines are cut at 4000 bytes */
    int french = 0, first = 0, last = 0;
    pairs gold = {0}, ours = {0};
    if (read_gold(path, script, sizeof script, &french, &first, &last, &gold) != 0)
        return -1;
    dp_error err = {0};
    char *bytes = NULL;
    size_t len = 0;
    if (dp_file_read(script, DP_MAX_INPUT_BYTES, &bytes, &len, &err) != DP_OK) {
        printf("skip %s: %s: %s\n", path, script, err.msg);
        free(gold.p);
        return 1;
    }
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    if (dp_doc_parse(bytes, len, NULL, &doc, &err) != DP_OK ||
        dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK) {
        fprintf(stderr, "dp-score: %s: %s\n", script, err.msg);
        dp_free(bytes);
        return -1;
    }
    dp_free(bytes);
    for (size_t s = 0; s < dp_breakdown_scene_count(bd); s++) {
        int scene = (int)s + 1;
        if (scene < first || scene > last)
            continue;
        const dp_scene *sc = dp_breakdown_scene(bd, s);
        for (size_t c = 0; c < sc->cast_count; c++)
            add(&ours, scene, 100, dp_breakdown_character(bd, sc->cast[c])->name, "");
        for (size_t i = 0; i < sc->item_count; i++) {
            const dp_item *it = dp_breakdown_item(bd, sc->items[i]);
            char head[128];
            head_of(it->name, it->category, french, head, sizeof head);
            char why[160] = "";
            for (size_t m = 0; m < dp_breakdown_mention_count(bd); m++) {
                const dp_mention *mn = dp_breakdown_mention(bd, m);
                if (mn->scene == s && mn->item == sc->items[i]) {
                    const dp_element *el = dp_doc_element(doc, mn->element);
                    snprintf(why, sizeof why, "%.*s [%s]", (int)mn->length,
                             el->plain + mn->start, mn->rule);
                    break;
                }
            }
            add(&ours, scene, it->category, head, why);
        }
    }
    for (size_t i = 0; i < gold.n; i++) {
        const pair *g = &gold.p[i];
        if (g->category < 0 || g->category >= MAX_CAT)
            continue;
        t->gold[g->category]++;
        if (has(&ours, g))
            t->tp[g->category]++;
        else if (verbose)
            printf("  miss  %s #%d %d %s | %s\n", path, g->scene, g->category, g->head,
                   g->why);
    }
    for (size_t i = 0; i < ours.n; i++) {
        const pair *o = &ours.p[i];
        if (o->category < 0 || o->category >= MAX_CAT)
            continue;
        t->ours[o->category]++;
        if (verbose && !has(&gold, o))
            printf("  extra %s #%d %d %s | %s\n", path, o->scene, o->category, o->head,
                   o->why);
    }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(gold.p);
    free(ours.p);
    return french;
}

static void prf(long tp, long ours, long gold, double *p, double *r, double *f)
{
    *p = ours ? (double)tp / (double)ours : 0;
    *r = gold ? (double)tp / (double)gold : 0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static void report(const char *title, const tally *t)
{
    long G = 0, O = 0, T = 0, GE = 0, OE = 0, TE = 0;
    printf("%s\n%-20s %6s %6s %6s %6s %6s %6s\n", title, "category", "gold", "ours", "match",
           "P", "R", "F1");
    for (int c = 0; c < MAX_CAT; c++) {
        if (!t->gold[c] && !t->ours[c])
            continue;
        double p, r, f;
        prf(t->tp[c], t->ours[c], t->gold[c], &p, &r, &f);
        printf("%3d %-16s %6ld %6ld %6ld %6.2f %6.2f %6.2f\n", c, label(c), t->gold[c],
               t->ours[c], t->tp[c], p, r, f);
        G += t->gold[c], O += t->ours[c], T += t->tp[c];
        if (c != 100)
            GE += t->gold[c], OE += t->ours[c], TE += t->tp[c];
    }
    double p, r, f;
    prf(T, O, G, &p, &r, &f);
    printf("%-20s %6ld %6ld %6ld %6.2f %6.2f %6.2f\n", "all (micro)", G, O, T, p, r, f);
    prf(TE, OE, GE, &p, &r, &f);
    printf("%-20s %6ld %6ld %6ld %6.2f %6.2f %6.2f\n\n", "elements (no cast)", GE, OE, TE, p, r,
           f);
}

int main(int argc, char **argv)
{
    int verbose = 0;
    const char *lang = NULL;
    static tally all[2];
    int files = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v")) {
            verbose = 1;
            continue;
        }
        if (!strcmp(argv[i], "--lang") && i + 1 < argc) {
            lang = argv[++i];
            continue;
        }
        tally t;
        memset(&t, 0, sizeof t);
        int fr = score_file(argv[i], verbose, &t);
        if (fr < 0)
            return 1;
        if (lang && strcmp(lang, fr ? "fr" : "en"))
            continue;
        for (int c = 0; c < MAX_CAT; c++) {
            all[fr].gold[c] += t.gold[c];
            all[fr].ours[c] += t.ours[c];
            all[fr].tp[c] += t.tp[c];
        }
        files++;
    }
    if (!files) {
        fprintf(stderr, "usage: dp-score [-v] [--lang en|fr] GOLD.tsv...\n");
        return 2;
    }
    report("English", &all[0]);
    report("French", &all[1]);
    tally both;
    for (int c = 0; c < MAX_CAT; c++) {
        both.gold[c] = all[0].gold[c] + all[1].gold[c];
        both.ours[c] = all[0].ours[c] + all[1].ours[c];
        both.tp[c] = all[0].tp[c] + all[1].tp[c];
    }
    report("English and French", &both);
    return 0;
}
