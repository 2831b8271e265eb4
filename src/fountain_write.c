/* The Fountain writer: a dp_doc as Fountain 1.1 text that reads back to the
 * same elements. What the rules would read otherwise is forced: a heading
 * without INT/EXT with '.', a cue in mixed case with '@', a transition not
 * ending in TO: with '>', an action line that looks like a heading, a cue,
 * a transition or a sigil with '!'. Emphasis characters of text that did
 * not come from Fountain are escaped. Two consecutive dialogue paragraphs
 * of one speaker read back as one, and Fountain has no way to keep a
 * dialogue line that starts with '(', nor text holding a note or boneyard
 * opener ("[[", slash-star), as it is. */
#include "doc.h"
#include "heading.h"

#include <string.h>

#define FLUSH_AT 65536u

typedef struct fw {
    const dp_sink *sink;
    dp__buf out;
    dp_status st;
    bool escape;   /* escape * _ \ of plain text (not from Fountain) */
    bool in_block; /* inside a dialogue block */
    bool started;  /* something was written */
} fw;

static void put(fw *W, const char *s, size_t n)
{
    if (W->st != DP_OK)
        return;
    dp_status st = dp__buf_append(&W->out, s, n);
    if (st != DP_OK) {
        W->st = st;
    } else if (W->out.len >= FLUSH_AT) {
        if (W->sink->write(W->sink->ctx, W->out.data, W->out.len) != 0)
            W->st = DP_E_SINK;
        dp__buf_reset(&W->out);
    }
}

static void puts_(fw *W, const char *s) { put(W, s, strlen(s)); }

/* Text, with * and _ (and a backslash before them) escaped when asked. */
static void text(fw *W, const char *s, size_t n)
{
    if (!W->escape) {
        put(W, s, n);
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '*' && s[i] != '_')
            continue;
        put(W, s + start, i - start);
        put(W, "\\", 1);
        start = i;
    }
    put(W, s + start, n - start);
}

/* ---- what would read as something else ------------------------------------------ */

static bool has_lower(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        i += dp__utf8_decode(s + i, n - i, &cp);
        if (dp__uc_is_lower(cp))
            return true;
    }
    return false;
}

static bool has_letter(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        i += dp__utf8_decode(s + i, n - i, &cp);
        if (dp__uc_is_letter(cp))
            return true;
    }
    return false;
}

/* Does the trimmed line start with a sigil the reader acts on anywhere? */
static bool sigil_line(const char *s, size_t n)
{
    size_t a = 0, b = n;
    dp__trim(s, &a, &b);
    if (a == b)
        return false;
    char c = s[a];
    return c == '!' || c == '~' || c == '=' || c == '#' || c == '>' || c == '@' || c == '.';
}

/* Could the first line of an action be read as a heading, cue or
 * transition? */
static bool looks_special(const char *s, size_t n)
{
    size_t a = 0, b = n;
    dp__trim(s, &a, &b);
    if (a == b)
        return false;
    if (dp__heading_fountain_prefix(s + a, b - a) != 0)
        return true;
    if (s[a] >= '0' && s[a] <= '9')
        return true; /* "12. CUISINE. INT. JOUR" */
    return !has_lower(s + a, b - a);
}

/* ---- elements ----------------------------------------------------------------------- */

typedef enum line_mode {
    LM_ACTION,   /* '!' where a line would read as something else */
    LM_DIALOGUE, /* as written */
    LM_PREFIX    /* after a sigil ('~', '= ') */
} line_mode;

/* Each line of s. An empty line of action or dialogue becomes two spaces,
 * which keep the block together; in action, the '!' that forces a line
 * goes after its indentation. */
static void lines(fw *W, line_mode mode, const char *prefix, const char *s, bool force_first)
{
    bool first = true;
    do {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        size_t ind = 0;
        while (ind < n && s[ind] == ' ')
            ind++;
        if (mode == LM_PREFIX) {
            puts_(W, prefix);
            text(W, s, n);
        } else if (ind == n) {
            puts_(W, "  ");
        } else if (mode == LM_DIALOGUE) {
            text(W, s, n);
        } else {
            put(W, s, ind);
            if ((first && force_first) || sigil_line(s, n))
                puts_(W, "!");
            text(W, s + ind, n - ind);
        }
        puts_(W, "\n");
        first = false;
        s += n + (nl != NULL);
        if (!nl)
            break;
    } while (1);
}

static void heading(fw *W, const dp_element *el)
{
    const char *t = el->text;
    size_t n = strlen(t);
    if (dp__heading_fountain_prefix(el->plain, strlen(el->plain)) != 1 || memchr(t, '\n', n))
        puts_(W, ".");
    for (size_t i = 0; i < n; i++) /* a heading is one line */
        if (t[i] == '\n')
            n = i;
    text(W, t, n);
    if (el->scene_number) {
        puts_(W, " #");
        puts_(W, el->scene_number);
        puts_(W, "#");
    }
    puts_(W, "\n");
}

/* A cue, with the notes that follow it glued to its line (on a line of
 * their own they would come back after the dialogue); returns the index
 * of the element after those notes. */
static size_t cue(fw *W, const dp_doc *doc, size_t i, const dp_element *next)
{
    const dp_element *el = &doc->elements[i];
    const char *p = el->plain;
    const char *paren = strchr(p, '(');
    size_t name = paren ? (size_t)(paren - p) : strlen(p);
    size_t a = 0, b = name;
    dp__trim(p, &a, &b);
    bool dialogue_next = next && (next->type == DP_EL_DIALOGUE ||
                                  next->type == DP_EL_PARENTHETICAL || next->type == DP_EL_LYRIC);
    bool plain_cue = b > a && b - a <= 80 && has_letter(p + a, b - a) &&
                     !has_lower(p + a, b - a) && p[b - 1] != ':' && p[b - 1] != '.' &&
                     p[a] != '!' && p[a] != '@' && dialogue_next && !strchr(p, '\n');
    if (!plain_cue)
        puts_(W, "@");
    const char *t = el->text;
    size_t n = strcspn(t, "\n");
    text(W, t, n);
    if (el->flags & DP_ELF_DUAL_RIGHT)
        puts_(W, " ^");
    size_t k = i + 1;
    for (; k < doc->n_elements && doc->elements[k].type == DP_EL_NOTE; k++) {
        puts_(W, "[[");
        puts_(W, doc->elements[k].text);
        puts_(W, "]]");
    }
    puts_(W, "\n");
    return k;
}

static void transition(fw *W, const dp_element *el)
{
    const char *p = el->plain;
    size_t n = strcspn(p, "\n");
    bool to = n >= 3 && memcmp(p + n - 3, "TO:", 3) == 0 && !has_lower(p, n);
    if (!to)
        puts_(W, "> ");
    text(W, el->text, strcspn(el->text, "\n"));
    puts_(W, "\n");
}

static void note(fw *W, const dp_element *el)
{
    puts_(W, "[[");
    put(W, el->text, strlen(el->text));
    puts_(W, "]]\n");
}

/* The element after i that is not a note, or NULL. */
static const dp_element *next_of(const dp_doc *doc, size_t i)
{
    for (size_t k = i + 1; k < doc->n_elements; k++)
        if (doc->elements[k].type != DP_EL_NOTE)
            return &doc->elements[k];
    return NULL;
}

static bool in_dialogue(const dp_element *el)
{
    return el && (el->type == DP_EL_PARENTHETICAL || el->type == DP_EL_DIALOGUE ||
                  (el->type == DP_EL_LYRIC && (el->flags & DP_ELF_IN_DIALOGUE)));
}

/* Does element i go on in the open dialogue block (no blank line)? A
 * note does when the block goes on after it. */
static bool continues_block(const fw *W, const dp_doc *doc, size_t i)
{
    const dp_element *el = &doc->elements[i];
    if (!W->in_block)
        return false;
    if (el->type == DP_EL_NOTE)
        return (el->flags & DP_ELF_IN_DIALOGUE) || in_dialogue(next_of(doc, i));
    return in_dialogue(el) || (el->type == DP_EL_LYRIC && (el->flags & DP_ELF_IN_DIALOGUE));
}

/* Writes element i; returns the index of the next one to write. */
static size_t element(fw *W, const dp_doc *doc, size_t i)
{
    const dp_element *el = &doc->elements[i];
    const dp_element *next = next_of(doc, i);
    if (!continues_block(W, doc, i)) {
        if (W->started)
            puts_(W, "\n");
        W->in_block = false;
    }
    W->started = true;
    char hashes[10];
    switch (el->type) {
    case DP_EL_SCENE_HEADING:
        heading(W, el);
        break;
    case DP_EL_CHARACTER:
        W->in_block = true;
        return cue(W, doc, i, next);
    case DP_EL_PARENTHETICAL:
    case DP_EL_DIALOGUE:
        lines(W, LM_DIALOGUE, NULL, el->text, false);
        break;
    case DP_EL_TRANSITION:
        transition(W, el);
        break;
    case DP_EL_CENTERED: {
        const char *s = el->text;
        do {
            const char *nl = strchr(s, '\n');
            size_t n = nl ? (size_t)(nl - s) : strlen(s);
            puts_(W, "> ");
            text(W, s, n);
            puts_(W, " <\n");
            s += n + (nl != NULL);
            if (!nl)
                break;
        } while (1);
        break;
    }
    case DP_EL_LYRIC:
        lines(W, LM_PREFIX, "~", el->text, false);
        break;
    case DP_EL_NOTE:
        note(W, el);
        break;
    case DP_EL_SECTION: {
        size_t d = el->depth < 1 ? 1 : el->depth > 9 ? 9 : el->depth;
        memset(hashes, '#', d);
        hashes[d] = ' ';
        put(W, hashes, d + 1);
        text(W, el->text, strcspn(el->text, "\n"));
        puts_(W, "\n");
        break;
    }
    case DP_EL_SYNOPSIS:
        lines(W, LM_PREFIX, "= ", el->text, false);
        break;
    case DP_EL_PAGE_BREAK:
        puts_(W, "===\n");
        break;
    default:
        lines(W, LM_ACTION, NULL, el->text, looks_special(el->text, strcspn(el->text, "\n")));
        break;
    }
    return i + 1;
}

static void title_page(fw *W, const dp_doc *doc)
{
    for (size_t i = 0; i < doc->n_title; i++) {
        const dp_title_entry *t = &doc->title[i];
        puts_(W, t->key);
        puts_(W, ":");
        const char *v = t->value;
        if (!strchr(v, '\n')) {
            puts_(W, *v ? " " : "");
            puts_(W, v);
            puts_(W, "\n");
            continue;
        }
        puts_(W, "\n");
        do { /* indented lines; an empty one would end the title page */
            const char *nl = strchr(v, '\n');
            size_t n = nl ? (size_t)(nl - v) : strlen(v);
            if (n) {
                puts_(W, "   ");
                put(W, v, n);
                puts_(W, "\n");
            }
            v += n + (nl != NULL);
            if (!nl)
                break;
        } while (1);
    }
    if (doc->n_title)
        puts_(W, "\n");
}

dp_status dp_doc_write_fountain(const dp_doc *doc, const dp_sink *sink, dp_error *err)
{
    if (!doc || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_doc_write_fountain: NULL argument");
    fw W;
    memset(&W, 0, sizeof W);
    W.sink = sink;
    W.escape = doc->format != DP_FORMAT_FOUNTAIN;
    dp__buf_init(&W.out, (size_t)1 << 30);
    title_page(&W, doc);
    for (size_t i = 0; i < doc->n_elements && W.st == DP_OK;)
        i = element(&W, doc, i);
    if (W.st == DP_OK && W.out.len && W.sink->write(W.sink->ctx, W.out.data, W.out.len) != 0)
        W.st = DP_E_SINK;
    dp__buf_release(&W.out);
    if (W.st != DP_OK)
        return dp__error_set(err, W.st, 0, 0, "writing Fountain: %s", dp_strerror(W.st));
    return DP_OK;
}
