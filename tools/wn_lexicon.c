/*
 * wn_lexicon — build-time generator of the English element lexicon from WordNet 3.0.
 *
 * Walks every noun lemma of WordNet 3.0 and gives it the breakdown category (UCI id,
 * docs/DESIGN.md) of the nearest anchor synset above its chosen sense. The anchors are
 * `lemma#sense<TAB>category[<TAB>flags]` lines in tools/wn_anchors.tsv; category NONE
 * marks what is never an element (building parts, body parts, persons, places…).
 *
 *   - Climb: breadth-first over hypernyms (@) AND instance hypernyms (@i); the
 *     nearest anchor wins, ties go to the more specific category (weapons, vehicles,
 *     wardrobe, animals, makeup, effects … props, then NONE). Memoised per synset.
 *   - Sense choice, "FIRST+" (docs/nlp.md §1.3): sense 1 if it reaches a category.
 *     If it reaches NONE or nothing and its lexicographer file is concrete (artifact,
 *     body, person, object, location, phenomenon, animal, plant), the lemma is NONE.
 *     Otherwise sense 1 is abstract (table = data, fall = autumn, tattoo = drumbeat):
 *     take the first later sense that reaches any anchor.
 *
 * Output (default data/lexicon/en-wordnet.tsv), sorted by lemma (byte order), one row
 * per lemma that gets a category:
 *   lemma  category  flags  sense  lexfile  anchor  depth  semcor  semcor_all
 * semcor is the SemCor tag count of the chosen sense, semcor_all that of all senses
 * (index.sense, GetTagcnt). This raw table is not what the engine ships: it is the
 * starting point that is filtered, pruned and completed by hand into data/lexicon/en.tsv.
 *
 * Other modes, for curation:
 *   wn_lexicon -g -o FILE       the same table with the gloss of the chosen sense added
 *   wn_lexicon -x WORD...       explain: every sense, its lexfile, SemCor count, the
 *                               anchor it reaches and through which synsets
 *   wn_lexicon -p FILE...       print the noun.exc pairs (plural<TAB>lemma) whose lemma
 *                               is a lemma, or the last word of a lemma, in FILEs
 *
 * Regenerate: `make lexicon` (installs wordnet-base wordnet-dev wordnet-sense-index
 * through scripts/install-deps.sh --lexicon, builds build/wn_lexicon, writes the raw
 * table; about a minute). WordNet is never needed at run time.
 *
 * Licence of the output: it is derived from WordNet 3.0, under the WordNet 3.0 licence
 * (Princeton University, permissive, BSD-like: use, copy, modify and distribute for any
 * purpose, keeping its copyright notice; see data/lexicon/README.md). This program is
 * part of depouille, GPL-3.0-or-later.
 */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <wn.h>

enum { MAX_ANCHORS = 1024, MEMO_BITS = 18, LINE_MAX_LEN = 8192 };

enum {
    F_WEAPON = 1u << 0,
    F_MASS = 1u << 1,
    F_PLURAL = 1u << 2,
    F_AMBIGUOUS = 1u << 3,
};

static const char *const flag_names[] = {"weapon", "mass", "plural", "ambiguous"};
enum { NFLAGS = sizeof flag_names / sizeof flag_names[0] };

/* Categories an anchor may name; 0 is NONE. */
static const int categories[] = {101, 102, 103, 104, 105, 106, 107, 108,
                                 111, 112, 114, 115, 117, 119};

/* Tie-break order at equal depth: the more specific department first. */
static int rank(int cat, unsigned flags)
{
    static const int order[] = {103, 106, 108, 107, 105, 102, 112, 111,
                                119, 117, 115, 114, 101, 104};
    if (cat == 104 && (flags & F_WEAPON))
        return 0;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (order[i] == cat)
            return (int)i + 1;
    return 100; /* NONE loses every tie */
}

struct anchor {
    char name[128]; /* lemma#sense as written */
    long offset;
    int cat;        /* 0 = NONE */
    unsigned flags;
};

static struct anchor anchors[MAX_ANCHORS];
static size_t nanchors;

/* One memo slot per synset: nearest anchor above it (or -1) and its distance. */
struct node {
    long offset; /* 0 = empty slot */
    int state;   /* 0 new, 1 on the stack, 2 done */
    int fnum;
    int depth;
    int anchor;
};

static struct node memo[1u << MEMO_BITS];

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "wn_lexicon: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("%s", "out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = xmalloc(n);
    memcpy(p, s, n);
    return p;
}

static struct node *memo_slot(long offset)
{
    size_t mask = (1u << MEMO_BITS) - 1;
    size_t i = ((unsigned long)offset * 2654435761u) & mask;
    while (memo[i].offset != 0 && memo[i].offset != offset)
        i = (i + 1) & mask;
    memo[i].offset = offset;
    return &memo[i];
}

static int anchor_at(long offset)
{
    for (size_t i = 0; i < nanchors; i++)
        if (anchors[i].offset == offset)
            return (int)i;
    return -1;
}

static int better(int depth, int anchor, int best_depth, int best_anchor)
{
    if (best_anchor < 0)
        return 1;
    if (depth != best_depth)
        return depth < best_depth;
    return rank(anchors[anchor].cat, anchors[anchor].flags) <
           rank(anchors[best_anchor].cat, anchors[best_anchor].flags);
}

static int is_hypernym(const SynsetPtr s, int i)
{
    return (s->ptrtyp[i] == HYPERPTR || s->ptrtyp[i] == INSTANCE) && s->ppos[i] == NOUN;
}

/* Nearest anchor at or above the noun synset at `offset` (memoised, exact over the DAG). */
static struct node *classify(long offset)
{
    struct node *n = memo_slot(offset);
    if (n->state == 2)
        return n;
    if (n->state == 1) /* a cycle; WordNet has none, but stay safe */
        return n;
    n->state = 1;
    n->anchor = -1;
    n->depth = 0;
    SynsetPtr s = read_synset(NOUN, offset, "");
    if (!s)
        die("cannot read synset %s", "(bad offset)");
    n->fnum = s->fnum;
    int a = anchor_at(offset);
    if (a >= 0) {
        n->anchor = a;
    } else {
        int best_depth = 0, best_anchor = -1;
        for (int i = 0; i < s->ptrcount; i++) {
            if (!is_hypernym(s, i))
                continue;
            struct node *up = classify(s->ptroff[i]);
            if (up->state != 2 || up->anchor < 0)
                continue;
            if (better(up->depth + 1, up->anchor, best_depth, best_anchor)) {
                best_depth = up->depth + 1;
                best_anchor = up->anchor;
            }
        }
        n->anchor = best_anchor;
        n->depth = best_depth;
    }
    free_synset(s);
    n->state = 2;
    return n;
}

static int concrete_lexfile(int fnum)
{
    static const char *const concrete[] = {"noun.artifact", "noun.body",     "noun.person",
                                           "noun.object",   "noun.location", "noun.phenomenon",
                                           "noun.animal",   "noun.plant"};
    for (size_t i = 0; i < sizeof concrete / sizeof concrete[0]; i++)
        if (strcmp(lexfiles[fnum], concrete[i]) == 0)
            return 1;
    return 0;
}

/* FIRST+: the 0-based sense chosen, or -1 when the lemma is not an element. */
static int choose_sense(const IndexPtr idx)
{
    if (idx->off_cnt < 1)
        return -1;
    struct node *first = classify((long)idx->offset[0]);
    if (first->anchor >= 0 && anchors[first->anchor].cat != 0)
        return 0;
    if (concrete_lexfile(first->fnum))
        return -1;
    for (int i = 1; i < idx->off_cnt; i++) {
        struct node *n = classify((long)idx->offset[i]);
        if (n->anchor >= 0)
            return anchors[n->anchor].cat != 0 ? i : -1;
    }
    return -1;
}

static void underscores(char *s)
{
    for (; *s; s++)
        if (*s == ' ')
            *s = '_';
}

static void spaces(char *s)
{
    for (; *s; s++)
        if (*s == '_')
            *s = ' ';
}

static unsigned parse_flags(char *s, const char *line)
{
    unsigned flags = 0;
    for (char *tok = strtok(s, ","); tok; tok = strtok(NULL, ",")) {
        size_t i = 0;
        while (i < NFLAGS && strcmp(tok, flag_names[i]) != 0)
            i++;
        if (i == NFLAGS)
            die("unknown flag in anchor line: %s", line);
        flags |= 1u << i;
    }
    return flags;
}

static void load_anchors(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        die("cannot open %s", path);
    char line[LINE_MAX_LEN];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0' || line[0] == '#')
            continue;
        char copy[LINE_MAX_LEN];
        memcpy(copy, line, sizeof copy);
        char *fields[3] = {NULL, NULL, NULL};
        int nf = 0;
        for (char *p = line; p && nf < 3; nf++) {
            fields[nf] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = '\0';
        }
        if (nf < 2)
            die("anchor line needs lemma#sense<TAB>category: %s", copy);
        char *hash = strrchr(fields[0], '#');
        if (!hash)
            die("anchor without #sense: %s", copy);
        *hash = '\0';
        char *end;
        long sense = strtol(hash + 1, &end, 10);
        if (*end != '\0' || sense < 1)
            die("bad sense number: %s", copy);
        if (nanchors == MAX_ANCHORS)
            die("too many anchors at: %s", copy);
        struct anchor *a = &anchors[nanchors];
        int cat = 0;
        if (strcmp(fields[1], "NONE") != 0) {
            cat = atoi(fields[1]);
            size_t i = 0;
            while (i < sizeof categories / sizeof categories[0] && categories[i] != cat)
                i++;
            if (i == sizeof categories / sizeof categories[0])
                die("unknown category: %s", copy);
        }
        a->cat = cat;
        a->flags = fields[2] ? parse_flags(fields[2], copy) : 0;
        snprintf(a->name, sizeof a->name, "%s#%ld", fields[0], sense);
        underscores(fields[0]);
        IndexPtr idx = index_lookup(fields[0], NOUN);
        if (!idx || sense > idx->off_cnt)
            die("anchor not in WordNet: %s", copy);
        a->offset = (long)idx->offset[sense - 1];
        free_index(idx);
        for (size_t i = 0; i < nanchors; i++)
            if (anchors[i].offset == a->offset)
                die("two anchors name the same synset: %s", copy);
        nanchors++;
    }
    fclose(f);
}

static void format_flags(unsigned flags, char *out, size_t n)
{
    out[0] = '\0';
    for (size_t i = 0; i < NFLAGS; i++) {
        if (!(flags & (1u << i)))
            continue;
        size_t len = strlen(out);
        snprintf(out + len, n - len, "%s%s", len ? "," : "", flag_names[i]);
    }
}

static void category_name(int cat, char *out, size_t n)
{
    if (cat == 0)
        snprintf(out, n, "NONE");
    else
        snprintf(out, n, "%d", cat);
}

struct row {
    char *lemma;
    char *text; /* the whole output line after the lemma */
};

static int row_cmp(const void *a, const void *b)
{
    return strcmp(((const struct row *)a)->lemma, ((const struct row *)b)->lemma);
}

static FILE *open_dict(const char *name)
{
    const char *dir = SetSearchdir();
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir ? dir : "/usr/share/wordnet", name);
    FILE *f = fopen(path, "r");
    if (!f)
        die("cannot open %s", path);
    return f;
}

/* Walk index.noun and write the raw table. */
static int generate(const char *out_path, int glosses)
{
    FILE *in = open_dict("index.noun");
    size_t cap = 32768, nrows = 0;
    struct row *rows = xmalloc(cap * sizeof *rows);
    char line[LINE_MAX_LEN];
    while (fgets(line, sizeof line, in)) {
        if (line[0] == ' ')
            continue; /* licence header */
        char *sp = strchr(line, ' ');
        if (!sp)
            continue;
        *sp = '\0';
        IndexPtr idx = index_lookup(line, NOUN);
        if (!idx)
            continue;
        int sense = choose_sense(idx);
        if (sense >= 0) {
            struct node *n = classify((long)idx->offset[sense]);
            const struct anchor *a = &anchors[n->anchor];
            int semcor = GetTagcnt(idx, sense + 1), all = 0;
            for (int i = 0; i < idx->off_cnt; i++) {
                int c = GetTagcnt(idx, i + 1);
                all += c > 0 ? c : 0;
            }
            char flags[64], cat[8], text[1024];
            format_flags(a->flags, flags, sizeof flags);
            category_name(a->cat, cat, sizeof cat);
            int len = snprintf(text, sizeof text, "%s\t%s\t%d\t%s\t%s\t%d\t%d\t%d", cat, flags,
                               sense + 1, lexfiles[n->fnum] + 5, a->name, n->depth,
                               semcor > 0 ? semcor : 0, all);
            if (glosses && len > 0 && (size_t)len < sizeof text) {
                SynsetPtr s = read_synset(NOUN, (long)idx->offset[sense], "");
                snprintf(text + len, sizeof text - (size_t)len, "\t%.200s",
                         s && s->defn ? s->defn : "");
                free_synset(s);
            }
            if (nrows == cap) {
                cap *= 2;
                struct row *bigger = realloc(rows, cap * sizeof *rows);
                if (!bigger)
                    die("%s", "out of memory");
                rows = bigger;
            }
            spaces(line);
            rows[nrows].lemma = xstrdup(line);
            rows[nrows].text = xstrdup(text);
            nrows++;
        }
        free_index(idx);
    }
    fclose(in);
    qsort(rows, nrows, sizeof *rows, row_cmp);
    FILE *out = fopen(out_path, "w");
    if (!out)
        die("cannot write %s", out_path);
    fprintf(out, "# Generated by tools/wn_lexicon.c from WordNet 3.0 with tools/wn_anchors.tsv;"
                 " do not edit (make lexicon).\n"
                 "# Derived from WordNet 3.0, Copyright 2006 Princeton University, under the"
                 " WordNet 3.0 licence (see data/lexicon/README.md).\n"
                 "# lemma\tcategory\tflags\tsense\tlexfile\tanchor\tdepth\tsemcor\tsemcor_all\n");
    for (size_t i = 0; i < nrows; i++) {
        fprintf(out, "%s\t%s\n", rows[i].lemma, rows[i].text);
        free(rows[i].lemma);
        free(rows[i].text);
    }
    free(rows);
    if (fclose(out) != 0)
        die("cannot write %s", out_path);
    fprintf(stderr, "wn_lexicon: %zu lemmas with a category -> %s\n", nrows, out_path);
    return 0;
}

/* Prints the synsets from `offset` up to its anchor. */
static void print_path(long offset)
{
    for (;;) {
        struct node *n = classify(offset);
        SynsetPtr s = read_synset(NOUN, offset, "");
        printf(" > %s", s->words[0]);
        if (n->anchor < 0 || n->depth == 0) {
            free_synset(s);
            break;
        }
        long next = 0;
        for (int i = 0; i < s->ptrcount && !next; i++) {
            if (!is_hypernym(s, i))
                continue;
            struct node *up = classify(s->ptroff[i]);
            if (up->anchor == n->anchor && up->depth == n->depth - 1)
                next = s->ptroff[i];
        }
        free_synset(s);
        if (!next)
            break;
        offset = next;
    }
    printf("\n");
}

static int explain(int argc, char **argv)
{
    for (int w = 0; w < argc; w++) {
        char word[512];
        snprintf(word, sizeof word, "%s", argv[w]);
        for (char *p = word; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        underscores(word);
        IndexPtr idx = index_lookup(word, NOUN);
        if (!idx) {
            printf("%s: not a WordNet noun\n", argv[w]);
            continue;
        }
        int chosen = choose_sense(idx);
        printf("%s: FIRST+ -> ", argv[w]);
        if (chosen < 0) {
            printf("NONE\n");
        } else {
            char cat[8];
            category_name(anchors[classify((long)idx->offset[chosen])->anchor].cat, cat,
                          sizeof cat);
            printf("%s (sense %d)\n", cat, chosen + 1);
        }
        for (int i = 0; i < idx->off_cnt; i++) {
            struct node *n = classify((long)idx->offset[i]);
            SynsetPtr s = read_synset(NOUN, (long)idx->offset[i], "");
            int tc = GetTagcnt(idx, i + 1);
            printf("  %d. [%s] (%d) %.90s\n     ", i + 1, lexfiles[n->fnum], tc > 0 ? tc : 0,
                   s->defn ? s->defn : "");
            if (n->anchor >= 0) {
                char cat[8];
                category_name(anchors[n->anchor].cat, cat, sizeof cat);
                printf("%s via %s at %d", cat, anchors[n->anchor].name, n->depth);
            } else {
                printf("no anchor");
            }
            free_synset(s);
            print_path((long)idx->offset[i]);
        }
        free_index(idx);
    }
    return 0;
}

/* Lemmas (and last words of multiword lemmas) of the first column of a TSV file. */
struct set {
    char **items;
    size_t n, cap;
};

static void set_add(struct set *s, const char *word)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1024;
        char **bigger = realloc(s->items, s->cap * sizeof *bigger);
        if (!bigger)
            die("%s", "out of memory");
        s->items = bigger;
    }
    s->items[s->n++] = xstrdup(word);
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int plurals(int argc, char **argv)
{
    struct set lemmas = {NULL, 0, 0};
    char line[LINE_MAX_LEN];
    for (int i = 0; i < argc; i++) {
        FILE *f = fopen(argv[i], "r");
        if (!f)
            die("cannot open %s", argv[i]);
        while (fgets(line, sizeof line, f)) {
            if (line[0] == '#')
                continue;
            line[strcspn(line, "\t\r\n")] = '\0';
            if (!line[0])
                continue;
            set_add(&lemmas, line);
            char *last = strrchr(line, ' ');
            if (last)
                set_add(&lemmas, last + 1);
        }
        fclose(f);
    }
    qsort(lemmas.items, lemmas.n, sizeof *lemmas.items, str_cmp);
    FILE *exc = open_dict("noun.exc");
    while (fgets(line, sizeof line, exc)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *plural = strtok(line, " ");
        if (!plural)
            continue;
        spaces(plural);
        for (char *base = strtok(NULL, " "); base; base = strtok(NULL, " ")) {
            spaces(base);
            char *key = base;
            if (strcmp(plural, base) != 0 &&
                bsearch(&key, lemmas.items, lemmas.n, sizeof *lemmas.items, str_cmp))
                printf("%s\t%s\n", plural, base);
        }
    }
    fclose(exc);
    for (size_t i = 0; i < lemmas.n; i++)
        free(lemmas.items[i]);
    free(lemmas.items);
    return 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: wn_lexicon [-a anchors.tsv] [-o out.tsv] [-g]\n"
                    "       wn_lexicon [-a anchors.tsv] -x WORD...\n"
                    "       wn_lexicon -p LEXICON.tsv...\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *anchors_path = "tools/wn_anchors.tsv";
    const char *out_path = "data/lexicon/en-wordnet.tsv";
    char mode = 'g';
    int glosses = 0, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-a") == 0 && i + 1 < argc)
            anchors_path = argv[++i];
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out_path = argv[++i];
        else if (strcmp(argv[i], "-g") == 0)
            glosses = 1;
        else if (strcmp(argv[i], "-x") == 0)
            mode = 'x';
        else if (strcmp(argv[i], "-p") == 0)
            mode = 'p';
        else
            usage();
    }
    if (wninit() != 0)
        die("%s", "cannot open the WordNet database (is wordnet-base installed?)");
    if (mode == 'p')
        return i < argc ? plurals(argc - i, argv + i) : (usage(), 2);
    load_anchors(anchors_path);
    if (mode == 'x')
        return explain(argc - i, argv + i);
    if (i != argc)
        usage();
    return generate(out_path, glosses);
}
