/* The test reviser (see reviser.h). Scenes are byte blocks from their
 * heading's line to the next heading's; every block is written ending
 * with a blank line so headings stay headings. */
#include "reviser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sb {
    char *p;
    size_t n, cap;
} sb;

static void put(sb *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q)
            abort();
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void puts_(sb *b, const char *s) { put(b, s, strlen(s)); }

/* Ends the buffer with a blank line. */
static void blank_line(sb *b)
{
    while (b->n < 2 || b->p[b->n - 1] != '\n' || b->p[b->n - 2] != '\n')
        put(b, "\n", 1);
}

static size_t block_start(const dp_doc *doc, const dp_breakdown *bd, size_t s)
{
    return dp_doc_element(doc, dp_breakdown_scene(bd, s)->first_element)->offset;
}

static size_t block_end(const dp_doc *doc, const dp_breakdown *bd, size_t s, size_t len)
{
    return s + 1 < dp_breakdown_scene_count(bd) ? block_start(doc, bd, s + 1) : len;
}

static size_t line_end(const char *t, size_t at, size_t end)
{
    while (at < end && t[at] != '\n')
        at++;
    return at;
}

char *rv_lock(const char *text, size_t len, const dp_doc *doc, const dp_breakdown *bd,
              size_t *out_len)
{
    sb b = {NULL, 0, 0};
    size_t n = dp_breakdown_scene_count(bd);
    size_t at = 0;
    for (size_t s = 0; s < n; s++) {
        size_t h = block_start(doc, bd, s), e = line_end(text, h, len);
        size_t k = e;
        while (k > h && (text[k - 1] == ' ' || text[k - 1] == '\r'))
            k--;
        put(&b, text + at, k - at);
        char num[64];
        snprintf(num, sizeof num, " #%s#", dp_breakdown_scene(bd, s)->number);
        puts_(&b, num);
        at = k;
    }
    put(&b, text + at, len - at);
    *out_len = b.n;
    return b.p;
}

static void inserted(sb *b, size_t k, const char *after, int locked)
{
    char s[256];
    snprintf(s, sizeof s,
             "EXT. INSERTED PLACE %zu - DAY%s%s%s\n\nA stranger named Zorblax%zu waits by a "
             "crimson lamppost number %zu, humming.\n\n",
             k, locked ? " #" : "", locked ? after : "", locked ? "B#" : "", k, k);
    puts_(b, s);
}

char *rv_revise(const char *text, size_t len, const dp_doc *doc, const dp_breakdown *bd,
                rv_scene *sc, int locked, size_t *out_len, size_t *scenes)
{
    size_t n = dp_breakdown_scene_count(bd);
    size_t *order = malloc((n + 1) * sizeof *order);
    if (!order)
        abort();
    for (size_t i = 0; i < n; i++) {
        order[i] = i;
        sc[i].heir = sc[i].piece = sc[i].into = -1;
    }
    for (size_t i = 0; i < n; i++)
        if (sc[i].swap > (long)i) {
            order[i] = (size_t)sc[i].swap;
            order[sc[i].swap] = i;
        }
    sb b = {NULL, 0, 0};
    put(&b, text, n ? block_start(doc, bd, 0) : len);
    long count = 0;
    size_t inserts = 0;
    for (size_t pos = 0; pos < n; pos++) {
        size_t i = order[pos];
        rv_scene *x = &sc[i];
        const dp_scene *scene = dp_breakdown_scene(bd, i);
        size_t a = block_start(doc, bd, i), e = block_end(doc, bd, i, len);
        if (sc[pos].insert_before > 0) {
            blank_line(&b);
            inserted(&b, ++inserts, scene->number, locked);
            count++;
        }
        blank_line(&b);
        switch (x->role) {
        case RV_DELETE:
            break;
        case RV_MERGE: {
            size_t body = line_end(text, a, e);
            while (body < e && (text[body] == '\n' || text[body] == '\r'))
                body++;
            put(&b, text + body, e - body);
            x->into = count - 1;
            break;
        }
        case RV_SPLIT: {
            size_t cut = dp_doc_element(doc, x->split)->offset;
            put(&b, text + a, cut - a);
            x->heir = count++;
            blank_line(&b);
            char h[512];
            snprintf(h, sizeof h, "INT. %s - LATER%s%s%s\n\n", *scene->set ? scene->set : "PIECE",
                     locked ? " #" : "", locked ? scene->number : "", locked ? "A#" : "");
            puts_(&b, h);
            put(&b, text + cut, e - cut);
            x->piece = count++;
            break;
        }
        case RV_REWRITE:
            put(&b, text + a, x->at - a);
            puts_(&b, "gizmo");
            put(&b, text + x->at + x->len, e - x->at - x->len);
            x->heir = count++;
            break;
        case RV_TOUCH:
            put(&b, text + a, e - a);
            blank_line(&b);
            puts_(&b, "Somewhere far off, a church bell tolls twice.\n\n");
            x->heir = count++;
            break;
        default:
            put(&b, text + a, e - a);
            x->heir = count++;
            break;
        }
    }
    free(order);
    *out_len = b.n;
    *scenes = (size_t)count;
    return b.p;
}
