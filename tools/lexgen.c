/* lexgen: compiles the lexicons (the TSV files of data/lexicon) into C tables sorted
 * for binary search, so the library needs no data file at run time.
 *
 *   lexgen OUT.c [LANG NOUNS.tsv VERBS.tsv STOP.tsv PLURALS.tsv]...
 *
 * NOUNS lines: lemma, category, flags; VERBS: form, category, lemma; STOP:
 * lemma; PLURALS: form, lemma (tab-separated; '#' lines and empty lines
 * skipped; extra columns ignored). Each language becomes
 * `const dp__lex dp__lex_LANG` with its four tables sorted by key (bytes),
 * duplicates rejected. Exit status 1 with a message naming the file and
 * line on any malformed line, and no output file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    char *key;
    char *value; /* lemma for verbs/plurals, flags for nouns */
    unsigned category;
} entry;

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

static char *dup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) {
        fprintf(stderr, "lexgen: out of memory\n");
        exit(1);
    }
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Writes s as a C string literal. */
static void put_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20 || c >= 0x7F)
            fprintf(out, "\\%03o", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static int load(const char *file, const char *kind, entry **out, size_t *n_out)
{
    FILE *f = fopen(file, "r");
    if (!f) {
        fprintf(stderr, "lexgen: %s: cannot open\n", file);
        return 1;
    }
    size_t cap = 1024, n = 0, lineno = 0;
    entry *e = malloc(cap * sizeof *e);
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t len = strcspn(line, "\r\n");
        line[len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        char *field[3] = {line, NULL, NULL};
        int nf = 1;
        for (char *p = line; *p && nf < 3; p++)
            if (*p == '\t') {
                *p = '\0';
                field[nf++] = p + 1;
            }
        char *tab = nf == 3 ? strchr(field[2], '\t') : NULL;
        if (tab)
            *tab = '\0'; /* extra columns (comments) are ignored */
        int need = !strcmp(kind, "stop") ? 1 : 2;
        if (nf < need || field[0][0] == '\0') {
            fprintf(stderr, "lexgen: %s:%zu: expected %d tab-separated fields\n", file,
                    lineno, need);
            fclose(f);
            return 1;
        }
        if (n == cap) {
            cap *= 2;
            e = realloc(e, cap * sizeof *e);
            if (!e) {
                fprintf(stderr, "lexgen: out of memory\n");
                exit(1);
            }
        }
        entry *x = &e[n++];
        x->key = dup(field[0], strlen(field[0]));
        x->value = dup("", 0);
        x->category = 0;
        if (!strcmp(kind, "nouns") || !strcmp(kind, "verbs")) {
            char *end;
            x->category = (unsigned)strtoul(field[1], &end, 10);
            if (*end || x->category < 100 || x->category > 999) {
                fprintf(stderr, "lexgen: %s:%zu: bad category '%s'\n", file, lineno, field[1]);
                fclose(f);
                return 1;
            }
            if (nf == 3)
                x->value = dup(field[2], strlen(field[2]));
        } else if (!strcmp(kind, "plurals")) {
            x->value = dup(field[1], strlen(field[1]));
        }
    }
    fclose(f);
    qsort(e, n, sizeof *e, cmp_entry);
    for (size_t i = 1; i < n; i++)
        if (!strcmp(e[i].key, e[i - 1].key)) {
            fprintf(stderr, "lexgen: %s: '%s' appears twice\n", file, e[i].key);
            return 1;
        }
    *out = e;
    *n_out = n;
    return 0;
}

/* Emits one table; returns its entry count, or (size_t)-1 on error. */
static size_t emit_table(FILE *out, const char *name, const char *kind, const char *file)
{
    entry *e;
    size_t n;
    if (load(file, kind, &e, &n) != 0)
        return (size_t)-1;
    fprintf(out, "static const dp__lex_entry %s[] = {\n", name);
    for (size_t i = 0; i < n; i++) {
        fputs("    {", out);
        put_string(out, e[i].key);
        fputs(", ", out);
        put_string(out, e[i].value);
        fprintf(out, ", %u, %zu},\n", e[i].category, strlen(e[i].key));
        free(e[i].key);
        free(e[i].value);
    }
    if (n == 0)
        fputs("    {\"\", \"\", 0, 0},\n", out);
    fputs("};\n\n", out);
    free(e);
    return n;
}

int main(int argc, char **argv)
{
    static const char *const kinds[4] = {"nouns", "verbs", "stop", "plurals"};
    if (argc < 2 || (argc - 2) % 5 != 0) {
        fprintf(stderr, "usage: lexgen OUT.c [LANG NOUNS VERBS STOP PLURALS]...\n");
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        fprintf(stderr, "lexgen: %s: cannot write\n", argv[1]);
        return 1;
    }
    fprintf(out, "/* Generated by tools/lexgen.c from data/lexicon/: do not edit. */\n"
                 "#include \"lexicon.h\"\n\n");
    for (int a = 2; a + 4 < argc; a += 5) {
        const char *lang = argv[a];
        size_t n[4];
        for (int k = 0; k < 4; k++) {
            char name[64];
            snprintf(name, sizeof name, "%s_%s", lang, kinds[k]);
            n[k] = emit_table(out, name, kinds[k], argv[a + 1 + k]);
            if (n[k] == (size_t)-1) {
                fclose(out);
                remove(argv[1]);
                return 1;
            }
        }
        fprintf(out,
                "const dp__lex dp__lex_%s = {%s_nouns, %s_verbs, %s_stop, %s_plurals,\n"
                "                            %zu, %zu, %zu, %zu};\n\n",
                lang, lang, lang, lang, lang, n[0], n[1], n[2], n[3]);
    }
    if (fclose(out) != 0) {
        fprintf(stderr, "lexgen: %s: write failed\n", argv[1]);
        return 1;
    }
    return 0;
}
