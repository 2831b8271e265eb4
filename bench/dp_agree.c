/* dp-agree REFERENCE OTHER [--list]: how far two readings of one script
 * agree (e.g. a Fountain source and the PDF made from it): scene counts,
 * scene headings (aligned by longest common subsequence), the speaking
 * cast of each aligned scene, and the speakers of the whole script
 * (which also measures scripts without a heading). Prints one JSON line;
 * --list also prints the scenes that differ. Public API only. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "depouille.h"

#define MAX_CAST 64
#define MAX_SPEAKERS 1024

typedef struct scene {
    char heading[256];
    char cast[MAX_CAST][64]; /* speakers, sorted */
    size_t n_cast;
} scene;

typedef struct reading {
    dp_doc *doc;
    dp_breakdown *bd;
    scene *sc;
    size_t n;
    char (*who)[64]; /* every speaker of the script, in order of first cue */
    size_t n_who;
} reading;

/* Upper case, spaces collapsed, trimmed. */
static void norm(const char *s, size_t n, char *out, size_t cap)
{
    size_t w = 0;
    int space = 0;
    for (size_t i = 0; i < n && w + 2 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isspace(c)) {
            space = w > 0;
            continue;
        }
        if (space)
            out[w++] = ' ';
        space = 0;
        out[w++] = (char)toupper(c);
    }
    out[w] = '\0';
}

static int cmp_name(const void *a, const void *b) { return strcmp(a, b); }

/* Adds the name of 'cue' (no extension, no '^') to names[0..*n) unless
 * there or the list holds 'cap'. */
static void add_name(char (*names)[64], size_t *n, size_t cap, const char *cue)
{
    size_t len = strlen(cue);
    const char *open = strchr(cue, '(');
    if (open)
        len = (size_t)(open - cue);
    while (len > 0 && (cue[len - 1] == ' ' || cue[len - 1] == '^'))
        len--;
    char name[64];
    norm(cue, len, name, sizeof name);
    for (size_t i = 0; i < *n; i++)
        if (!strcmp(names[i], name))
            return;
    if (*n < cap && name[0])
        strcpy(names[(*n)++], name);
}

static int load(const char *path, reading *r)
{
    dp_error err = {0};
    char *bytes;
    size_t len;
    memset(r, 0, sizeof *r);
    dp_parse_options po = {DP_FORMAT_AUTO, path};
    if (dp_file_read(path, DP_MAX_INPUT_BYTES, &bytes, &len, &err) != DP_OK ||
        dp_doc_parse(bytes, len, &po, &r->doc, &err) != DP_OK ||
        dp_breakdown_new(r->doc, NULL, &r->bd, &err) != DP_OK) {
        fprintf(stderr, "dp-agree: %s: %s\n", path, err.msg);
        return -1;
    }
    dp_free(bytes);
    r->n = dp_breakdown_scene_count(r->bd);
    r->sc = calloc(r->n + 1, sizeof *r->sc);
    r->who = calloc(MAX_SPEAKERS, sizeof *r->who);
    if (!r->sc || !r->who)
        return -1;
    for (size_t e = 0; e < dp_doc_element_count(r->doc); e++) {
        const dp_element *el = dp_doc_element(r->doc, e);
        if (el->type == DP_EL_CHARACTER)
            add_name(r->who, &r->n_who, MAX_SPEAKERS, el->plain);
    }
    for (size_t i = 0; i < r->n; i++) {
        const dp_scene *s = dp_breakdown_scene(r->bd, i);
        norm(s->heading, strlen(s->heading), r->sc[i].heading, sizeof r->sc[i].heading);
        for (size_t e = s->first_element; e < s->end_element; e++) {
            const dp_element *el = dp_doc_element(r->doc, e);
            if (el->type == DP_EL_CHARACTER)
                add_name(r->sc[i].cast, &r->sc[i].n_cast, MAX_CAST, el->plain);
        }
        qsort(r->sc[i].cast, r->sc[i].n_cast, sizeof r->sc[i].cast[0], cmp_name);
    }
    return 0;
}

static int same_cast(const scene *a, const scene *b)
{
    if (a->n_cast != b->n_cast)
        return 0;
    for (size_t i = 0; i < a->n_cast; i++)
        if (strcmp(a->cast[i], b->cast[i]))
            return 0;
    return 1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: dp-agree REFERENCE OTHER [--list]\n");
        return 2;
    }
    int list = argc > 3 && !strcmp(argv[3], "--list");
    reading a, b;
    if (load(argv[1], &a) || load(argv[2], &b))
        return 1;
    /* longest common subsequence of the headings */
    size_t n = a.n, m = b.n;
    unsigned *L = calloc((n + 1) * (m + 1), sizeof *L);
    if (!L)
        return 70;
#define AT(i, j) L[(i) * (m + 1) + (j)]
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            AT(i, j) = !strcmp(a.sc[i].heading, b.sc[j].heading)
                           ? AT(i + 1, j + 1) + 1
                           : (AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1));
    size_t i = 0, j = 0, matched = 0, cast_ok = 0;
    while (i < n && j < m) {
        if (!strcmp(a.sc[i].heading, b.sc[j].heading)) {
            matched++;
            if (same_cast(&a.sc[i], &b.sc[j]))
                cast_ok++;
            else if (list)
                printf("cast differs: %s\n", a.sc[i].heading);
            i++, j++;
        } else if (AT(i + 1, j) >= AT(i, j + 1)) {
            if (list)
                printf("only in %s: %s\n", argv[1], a.sc[i].heading);
            i++;
        } else {
            if (list)
                printf("only in %s: %s\n", argv[2], b.sc[j].heading);
            j++;
        }
    }
    for (; list && i < n; i++)
        printf("only in %s: %s\n", argv[1], a.sc[i].heading);
    for (; list && j < m; j++)
        printf("only in %s: %s\n", argv[2], b.sc[j].heading);
#undef AT
    size_t both = 0;
    for (size_t x = 0; x < a.n_who; x++) {
        int found = 0;
        for (size_t y = 0; y < b.n_who && !found; y++)
            found = !strcmp(a.who[x], b.who[y]);
        both += found;
        if (!found && list)
            printf("speaker only in %s: %s\n", argv[1], a.who[x]);
    }
    size_t most = n > m ? n : m;
    printf("{\"scenes_ref\": %zu, \"scenes\": %zu, \"headings_equal\": %zu, "
           "\"cast_equal\": %zu, \"headings_pct\": %.1f, \"cast_pct\": %.1f, "
           "\"speakers_ref\": %zu, \"speakers\": %zu, \"speakers_equal\": %zu}\n",
           n, m, matched, cast_ok, most ? 100.0 * (double)matched / (double)most : 100.0,
           most ? 100.0 * (double)cast_ok / (double)most : 100.0, a.n_who, b.n_who, both);
    free(L);
    free(a.who);
    free(b.who);
    free(a.sc);
    free(b.sc);
    dp_breakdown_free(a.bd);
    dp_breakdown_free(b.bd);
    dp_doc_free(a.doc);
    dp_doc_free(b.doc);
    return 0;
}
