/* The Fountain 1.1 reader (fountain.io/syntax): title page, then each
 * logical line is classified from its sigil, its text, and whether the
 * lines around it are blank; French heading forms and transitions are
 * recognised too. */
#include "fountain.h"
#include "heading.h"
#include "rules.h"

#include <string.h>

#define NONE ((size_t)-1)
#define CUE_MAX_BYTES 80
#define SCRATCH_CAP ((size_t)256 << 20)

typedef enum line_kind { LK_TEXT, LK_BLANK, LK_SPACER } line_kind;

typedef struct parser {
    dp_doc *doc;
    const dp__source *src;
    const fl_prep *prep;
    size_t *idx; /* logical lines that are not removed */
    uint8_t *kind; /* line_kind of each entry of idx */
    size_t n;
    dp__arena scratch; /* per-line analysis, released at the end */

    /* the element being built */
    int cur_type; /* dp_element_type or -1 */
    uint32_t cur_flags;
    size_t cur_first, cur_last; /* logical line indices */
    uint16_t cur_blank_before;
    bool paren_open; /* a parenthetical waiting for its ')' */
    dp__buf cur_text;
    const char *cur_number;

    bool in_dialogue;
    bool dual_right; /* the current dialogue block is a right column */
    size_t blank_run;
    size_t block_start, block_end; /* last dialogue block, for '^' */
    size_t next_note;
    dp__buf plain;
    bool oom; /* a scratch allocation failed: the reading is void */
} parser;

/* ---- line access ------------------------------------------------------- */

static const char *line_text(const parser *P, size_t li, size_t *len)
{
    const fl_line *L = &P->prep->lines[li];
    *len = L->len;
    return P->prep->data + L->start;
}

static line_kind classify_kind(const parser *P, size_t li)
{
    size_t len;
    const char *t = line_text(P, li, &len);
    if (len == 2 && t[0] == ' ' && t[1] == ' ')
        return LK_SPACER;
    size_t a = 0, b = len;
    dp__trim(t, &a, &b);
    return a == b ? LK_BLANK : LK_TEXT;
}

/* Kind of the k-th non-removed line (computed once). */
static line_kind kind_at(const parser *P, size_t k) { return (line_kind)P->kind[k]; }

/* ---- emitting elements -------------------------------------------------- */

static dp_status emit_raw(parser *P, dp_element_type type, uint32_t flags,
                          const char *text, size_t len, uint32_t first,
                          uint32_t last, const char *number, uint16_t depth,
                          uint16_t blank_before)
{
    dp_doc *doc = P->doc;
    dp_status st;
    char *t;
    if (memchr(text, '\t', len)) { /* a tab is four spaces */
        size_t tabs = 0;
        for (size_t i = 0; i < len; i++)
            tabs += text[i] == '\t';
        t = dp__arena_alloc(&doc->arena, len + tabs * 3 + 1);
        if (!t)
            return DP_E_NOMEM;
        size_t w = 0;
        for (size_t i = 0; i < len; i++) {
            if (text[i] == '\t') {
                memcpy(t + w, "    ", 4);
                w += 4;
            } else {
                t[w++] = text[i];
            }
        }
        t[w] = '\0';
        text = t;
        len = w;
    } else if (!(t = dp__arena_strndup(&doc->arena, text, len))) {
        return DP_E_NOMEM;
    }
    const char *pl = t;
    bool markup = dp__has_markup(text, len);
    if (markup) {
        dp__buf_reset(&P->plain);
        if ((st = dp__strip_emphasis(text, len, &P->plain)) != DP_OK)
            return st;
    }
    if (markup && (P->plain.len != len || (len && memcmp(P->plain.data, text, len) != 0))) {
        pl = dp__arena_strndup(&doc->arena, P->plain.data ? P->plain.data : "",
                               P->plain.len);
        if (!pl)
            return DP_E_NOMEM;
    }
    const dp__src_line *sf = &P->src->lines[first];
    const dp__src_line *sl = &P->src->lines[last];
    dp_element el = {
        .type = type,
        .flags = flags,
        .text = t,
        .plain = pl,
        .scene_number = number,
        .line = first + 1,
        .line_end = last + 1,
        .offset = sf->src_off,
        .length = sl->src_end - sf->src_off,
        .depth = depth,
        .blank_before = blank_before,
    };
    st = dp__doc_add_element(doc, &el);
    if (st != DP_OK)
        return st;
    bool dialogue = type == DP_EL_CHARACTER || type == DP_EL_DIALOGUE ||
                    type == DP_EL_PARENTHETICAL ||
                    (type == DP_EL_LYRIC && (flags & DP_ELF_IN_DIALOGUE));
    if (dialogue)
        P->block_end = doc->n_elements;
    else if (type != DP_EL_NOTE)
        P->block_start = NONE;
    return DP_OK;
}

static dp_status emit_notes(parser *P, size_t upto)
{
    const fl_prep *pr = P->prep;
    while (P->next_note < pr->n_notes && pr->notes[P->next_note].at <= upto) {
        const fl_note *nt = &pr->notes[P->next_note++];
        const char *t = pr->notes_text.data ? pr->notes_text.data + nt->start : "";
        size_t a = 0, b = nt->len;
        dp__trim(t, &a, &b);
        dp_status st = emit_raw(P, DP_EL_NOTE, P->in_dialogue ? DP_ELF_IN_DIALOGUE : 0,
                                t + a, b - a, nt->first, nt->last, NULL, 0, 0);
        if (st != DP_OK)
            return st;
    }
    return DP_OK;
}

static dp_status flush(parser *P)
{
    if (P->cur_type < 0)
        return DP_OK;
    const fl_line *F = &P->prep->lines[P->cur_first];
    const fl_line *L = &P->prep->lines[P->cur_last];
    dp_status st = emit_raw(P, (dp_element_type)P->cur_type, P->cur_flags,
                            P->cur_text.data ? P->cur_text.data : "",
                            P->cur_text.len, F->first, L->last, P->cur_number, 0,
                            P->cur_blank_before);
    P->cur_type = -1;
    P->cur_number = NULL;
    P->paren_open = false;
    dp__buf_reset(&P->cur_text);
    if (st != DP_OK)
        return st;
    return emit_notes(P, P->cur_last);
}

/* Starts a new element (closing the open one), or continues the open one
 * when it has the same type and 'join' is set. */
static dp_status add_line(parser *P, size_t li, dp_element_type type,
                          uint32_t flags, const char *t, size_t len, bool join)
{
    dp_status st;
    if (!(join && P->cur_type == (int)type)) {
        if ((st = flush(P)) != DP_OK)
            return st;
        P->cur_type = (int)type;
        P->cur_flags = flags;
        P->cur_first = li;
        P->cur_blank_before = P->blank_run > UINT16_MAX ? UINT16_MAX : (uint16_t)P->blank_run;
        P->blank_run = 0;
    } else if ((st = dp__buf_putc(&P->cur_text, '\n')) != DP_OK) {
        return st;
    }
    P->cur_last = li;
    return dp__buf_append(&P->cur_text, t, len);
}

/* A one-line element, emitted at once. */
static dp_status add_single(parser *P, size_t li, dp_element_type type,
                            uint32_t flags, const char *t, size_t len,
                            const char *number, uint16_t depth)
{
    dp_status st = flush(P);
    if (st != DP_OK)
        return st;
    const fl_line *L = &P->prep->lines[li];
    uint16_t bb = P->blank_run > UINT16_MAX ? UINT16_MAX : (uint16_t)P->blank_run;
    P->blank_run = 0;
    st = emit_raw(P, type, flags, t, len, L->first, L->last, number, depth, bb);
    if (st != DP_OK)
        return st;
    return emit_notes(P, li);
}

/* ---- recognisers -------------------------------------------------------- */

/* Plain (emphasis-free) copy of t[0..n) in the scratch arena. */
static const char *plain_of(parser *P, const char *t, size_t n, size_t *out_len)
{
    dp__rules r = {&P->scratch, &P->plain};
    return dp__rule_plain(&r, t, n, out_len);
}

static bool is_transition(parser *P, const char *t, size_t n)
{
    dp__rules r = {&P->scratch, &P->plain};
    return dp__rule_transition(&r, t, n);
}

static bool is_cue(parser *P, const char *t, size_t n, bool *dual)
{
    dp__rules r = {&P->scratch, &P->plain};
    return dp__rule_cue(&r, t, n, dual);
}

static bool is_page_break(const char *t, size_t n)
{
    size_t eq = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '=')
            eq++;
        else if (t[i] != ' ')
            return false;
    }
    return eq >= 3;
}

/* "#12A#" at the end of a heading: returns the number's span. */
static bool scene_number(const char *t, size_t n, size_t *hash, size_t *na,
                         size_t *nb)
{
    size_t b = n;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    if (b < 3 || t[b - 1] != '#')
        return false;
    size_t k = b - 1;
    while (k > 0 && t[k - 1] != '#')
        k--;
    if (k == 0)
        return false;
    size_t a = k, e = b - 1;
    while (a < e && t[a] == ' ')
        a++;
    while (e > a && t[e - 1] == ' ')
        e--;
    if (a == e)
        return false;
    for (size_t i = a; i < e; i++) {
        char c = t[i];
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
              (c >= 'a' && c <= 'z') || c == '-' || c == '.'))
            return false;
    }
    *hash = k - 1;
    *na = a;
    *nb = e;
    return true;
}

static dp_status add_heading(parser *P, size_t li, const char *t, size_t n,
                             uint32_t flags)
{
    size_t hash, na, nb;
    const char *number = NULL;
    if (scene_number(t, n, &hash, &na, &nb)) {
        number = dp__arena_strndup(&P->doc->arena, t + na, nb - na);
        if (!number)
            return DP_E_NOMEM;
        n = hash;
        while (n > 0 && t[n - 1] == ' ')
            n--;
    }
    return add_single(P, li, DP_EL_SCENE_HEADING, flags, t, n, number, 0);
}

/* ---- title page --------------------------------------------------------- */

static const dp__lit title_keys[] = {
    DP__LIT("title"), DP__LIT("credit"), DP__LIT("credits"), DP__LIT("author"), DP__LIT("authors"), DP__LIT("source"), DP__LIT("draft date"),
    DP__LIT("date"), DP__LIT("contact"), DP__LIT("copyright"), DP__LIT("notes"), DP__LIT("note"), DP__LIT("revision"), DP__LIT("revisions"),
    DP__LIT("watermark"), DP__LIT("font"), DP__LIT("based on"), DP__LIT("written by"), DP__LIT("titre"), DP__LIT("auteur"),
    DP__LIT("auteurs"), DP__LIT("auteure"), DP__LIT("scenario"), DP__LIT("scenariste"), DP__LIT("d'apres"), DP__LIT("adaptation"),
    DP__LIT("version"), DP__LIT("date de version"), DP__LIT("production"), DP__LIT("producteur"), DP__LIT("realisation"),
    DP__LIT("realisateur"), DP__LIT("episode"), DP__LIT("saison"),
};

/* "Key: value" with a key of letters, digits and spaces. */
static bool title_key(const char *t, size_t n, size_t *klen, size_t *vstart)
{
    if (n == 0 || t[0] == ' ')
        return false;
    const char *colon = memchr(t, ':', n < 48 ? n : 48);
    if (!colon || colon == t)
        return false;
    size_t k = (size_t)(colon - t);
    size_t i = 0;
    while (i < k) {
        int32_t cp;
        i += dp__utf8_decode(t + i, k - i, &cp);
        if (!(dp__uc_is_alnum(cp) || dp__uc_is_space(cp) || cp == '-' || cp == '\'' ||
              cp == 0x2019 || cp == '.'))
            return false;
    }
    size_t a = 0;
    dp__trim(t, &a, &k); /* also a no-break space before the colon */
    *klen = k;
    *vstart = (size_t)(colon - t) + 1;
    return k > 0;
}

static bool known_title_key(parser *P, const char *k, size_t n)
{
    dp__fold f;
    if (dp__fold_make(&P->scratch, k, n, &f) != DP_OK)
        return false;
    return dp__lit_in(title_keys, DP__COUNT(title_keys), f.text, f.len);
}

static dp_status store_title(parser *P, const char *key, size_t klen,
                             dp__buf *val, uint32_t line)
{
    dp__buf_reset(&P->plain);
    dp_status st = dp__strip_emphasis(val->data ? val->data : "", val->len, &P->plain);
    if (st != DP_OK)
        return st;
    char *k = dp__arena_strndup(&P->doc->arena, key, klen);
    char *v = dp__arena_strndup(&P->doc->arena, P->plain.data ? P->plain.data : "",
                                P->plain.len);
    if (!k || !v)
        return DP_E_NOMEM;
    for (char *p = v; *p; p++)
        if (*p == '\t')
            *p = ' ';
    return dp__doc_add_title(P->doc, k, v, line);
}

/* Reads the title page at the top, if any; returns the first body line. */
static dp_status title_page(parser *P, size_t *body)
{
    size_t k = 0;
    *body = 0;
    while (k < P->n && kind_at(P, k) != LK_TEXT)
        k++;
    if (k == P->n)
        return DP_OK;
    size_t len, klen, vstart;
    const char *t = line_text(P, P->idx[k], &len);
    if (!title_key(t, len, &klen, &vstart) || !known_title_key(P, t, klen))
        return DP_OK;

    dp__buf val;
    dp__buf_init(&val, DP_MAX_INPUT_BYTES);
    const char *key = NULL;
    size_t key_len = 0;
    uint32_t key_line = 0;
    dp_status st = DP_OK;
    for (; k < P->n && st == DP_OK; k++) {
        size_t li = P->idx[k];
        if (kind_at(P, k) == LK_BLANK)
            break;
        t = line_text(P, li, &len);
        size_t indent = 0;
        while (indent < len && (t[indent] == ' ' || t[indent] == '\t'))
            indent += t[indent] == '\t' ? 4 : 1;
        if (indent < 3 && title_key(t, len, &klen, &vstart)) {
            if (key)
                st = store_title(P, key, key_len, &val, key_line);
            dp__buf_reset(&val);
            key = t;
            key_len = klen;
            key_line = P->prep->lines[li].first + 1;
            size_t a = vstart, b = len;
            dp__trim(t, &a, &b);
            if (st == DP_OK)
                st = dp__buf_append(&val, t + a, b - a);
        } else {
            size_t a = 0, b = len;
            dp__trim(t, &a, &b);
            if (val.len && b > a)
                st = dp__buf_putc(&val, '\n');
            if (st == DP_OK)
                st = dp__buf_append(&val, t + a, b - a);
        }
    }
    if (key && st == DP_OK)
        st = store_title(P, key, key_len, &val, key_line);
    dp__buf_release(&val);
    *body = k;
    return st;
}

/* ---- the body ----------------------------------------------------------- */

static dp_status add_cue(parser *P, size_t li, const char *T, size_t Tn,
                         bool forced)
{
    size_t a = forced ? 1 : 0, b = Tn;
    dp__trim(T, &a, &b);
    bool dual = false;
    if (b > a && T[b - 1] == '^') {
        dual = true;
        b--;
        dp__trim(T, &a, &b);
    }
    dp_status st = flush(P);
    if (st != DP_OK)
        return st;
    uint32_t flags = forced ? DP_ELF_FORCED : 0;
    if (dual) {
        dp_doc *doc = P->doc;
        if (P->block_start != NONE && P->block_end == doc->n_elements &&
            !(doc->elements[P->block_start].flags & DP_ELF_DUAL_RIGHT)) {
            for (size_t i = P->block_start; i < P->block_end; i++)
                if (doc->elements[i].type != DP_EL_NOTE)
                    doc->elements[i].flags |= DP_ELF_DUAL_LEFT;
            flags |= DP_ELF_DUAL_RIGHT;
        } else {
            const fl_line *L = &P->prep->lines[li];
            st = dp__doc_warn(doc, L->first + 1, 1,
                              "'^' asks for dual dialogue but no dialogue comes just before");
            if (st != DP_OK)
                return st;
        }
    }
    st = add_single(P, li, DP_EL_CHARACTER, flags, T + a, b - a, NULL, 0);
    if (st != DP_OK)
        return st;
    P->block_start = P->doc->n_elements - 1;
    P->block_end = P->doc->n_elements;
    P->in_dialogue = true;
    P->dual_right = (flags & DP_ELF_DUAL_RIGHT) != 0;
    return DP_OK;
}

static bool ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Cheap test before the French heading analysis: a leading digit or
 * "SÉQ"/"SC", or the word INT/EXT (also INTÉRIEUR, EXTERIOR...). */
static bool may_be_french_heading(const char *t, size_t n)
{
    if (n == 0 || n > 160)
        return false;
    if ((t[0] >= '0' && t[0] <= '9') || ((t[0] | 0x20) == 's' && n > 1 &&
                                         ((t[1] | 0x20) == 'e' || (t[1] | 0x20) == 'c' ||
                                          (unsigned char)t[1] == 0xC3)))
        return true;
    for (size_t i = 0; i + 3 <= n; i++) {
        if (i > 0 && ascii_letter(t[i - 1]))
            continue;
        char c0 = (char)(t[i] | 0x20), c1 = (char)(t[i + 1] | 0x20),
             c2 = (char)(t[i + 2] | 0x20);
        if (!((c0 == 'i' && c1 == 'n' && c2 == 't') || (c0 == 'e' && c1 == 'x' && c2 == 't')))
            continue;
        if (i + 3 == n || !ascii_letter(t[i + 3]) || (t[i + 3] | 0x20) == 'e')
            return true; /* INT. / INT, / INTÉRIEUR (é is not ASCII) / INTERIOR */
    }
    return false;
}

static bool is_french_heading(parser *P, const char *t, size_t n)
{
    if (!may_be_french_heading(t, n))
        return false;
    size_t pn;
    const char *p = plain_of(P, t, n, &pn);
    dp__heading h;
    if (!p || dp__heading_analyze(&P->scratch, p, pn, &h) != DP_OK)
        return false;
    return dp__heading_is_french_form(&h, p, pn);
}

static dp_status body_line(parser *P, size_t k)
{
    if (P->scratch.used > ((size_t)8 << 20)) {
        P->oom |= P->scratch.failed;
        dp__arena_release(&P->scratch);
        dp__arena_init(&P->scratch, SCRATCH_CAP);
    }
    size_t li = P->idx[k];
    size_t len;
    const char *t = line_text(P, li, &len);
    size_t a = 0, b = len;
    dp__trim(t, &a, &b);
    const char *T = t + a;
    size_t Tn = b - a;
    bool prev_blank = P->blank_run > 0;
    bool next_blank = k + 1 >= P->n || kind_at(P, k + 1) == LK_BLANK;
    dp_status st;

    if (P->in_dialogue) {
        uint32_t df = P->dual_right ? DP_ELF_DUAL_RIGHT : 0;
        if (T[0] == '~')
            return add_line(P, li, DP_EL_LYRIC,
                            DP_ELF_FORCED | DP_ELF_IN_DIALOGUE | df, T + 1,
                            Tn - 1, true);
        if (is_page_break(T, Tn)) {
            P->in_dialogue = false;
            return add_single(P, li, DP_EL_PAGE_BREAK, 0, "", 0, NULL, 0);
        }
        if (P->paren_open) {
            st = add_line(P, li, DP_EL_PARENTHETICAL, df, T, Tn, true);
            if (T[Tn - 1] == ')')
                P->paren_open = false;
            return st;
        }
        if (T[0] == '(') {
            st = add_line(P, li, DP_EL_PARENTHETICAL, df, T, Tn, false);
            P->paren_open = T[Tn - 1] != ')';
            return st;
        }
        return add_line(P, li, DP_EL_DIALOGUE, df, T, Tn, true);
    }

    bool in_action = P->cur_type == DP_EL_ACTION && !prev_blank;
    if (T[0] == '~')
        return add_line(P, li, DP_EL_LYRIC, DP_ELF_FORCED, T + 1, Tn - 1, !prev_blank);
    if (T[0] == '!') {
        /* keep the action's own indentation, minus the sigil */
        size_t ia = 0;
        while (ia < a && t[ia] == ' ')
            ia++;
        dp__buf_reset(&P->plain);
        if ((st = dp__buf_append(&P->plain, t, ia)) != DP_OK ||
            (st = dp__buf_append(&P->plain, T + 1, Tn - 1)) != DP_OK)
            return st;
        char *x = dp__arena_strndup(&P->scratch, P->plain.data, P->plain.len);
        if (!x)
            return DP_E_NOMEM;
        return add_line(P, li, DP_EL_ACTION, DP_ELF_FORCED, x, ia + Tn - 1, in_action);
    }
    if (T[0] == '@' && Tn > 1 && prev_blank)
        return add_cue(P, li, T, Tn, true);
    if (is_page_break(T, Tn))
        return add_single(P, li, DP_EL_PAGE_BREAK, 0, "", 0, NULL, 0);
    if (T[0] == '=' && !(Tn > 1 && T[1] == '=')) {
        size_t sa = 1, sb = Tn;
        dp__trim(T, &sa, &sb);
        return add_single(P, li, DP_EL_SYNOPSIS, 0, T + sa, sb - sa, NULL, 0);
    }
    if (T[0] == '#') {
        size_t depth = 0;
        while (depth < Tn && T[depth] == '#')
            depth++;
        size_t sa = depth, sb = Tn;
        dp__trim(T, &sa, &sb);
        return add_single(P, li, DP_EL_SECTION, 0, T + sa, sb - sa, NULL,
                          depth > UINT16_MAX ? UINT16_MAX : (uint16_t)depth);
    }
    if (T[0] == '.' && Tn > 1 && T[1] != '.' && T[1] != ' ' && prev_blank)
        return add_heading(P, li, T + 1, Tn - 1, DP_ELF_FORCED);
    if (T[0] == '>') {
        size_t sa = 1, sb = Tn;
        if (Tn > 1 && T[Tn - 1] == '<') {
            sb--;
            dp__trim(T, &sa, &sb);
            return add_line(P, li, DP_EL_CENTERED, DP_ELF_FORCED, T + sa, sb - sa,
                            !prev_blank);
        }
        dp__trim(T, &sa, &sb);
        return add_single(P, li, DP_EL_TRANSITION, DP_ELF_FORCED, T + sa, sb - sa,
                          NULL, 0);
    }
    if (prev_blank) {
        size_t pn;
        const char *p = plain_of(P, T, Tn, &pn);
        int prefix = p ? dp__heading_fountain_prefix(p, pn) : 0;
        if (prefix == 1 && next_blank)
            return add_heading(P, li, T, Tn, 0);
        if (prefix) {
            const fl_line *L = &P->prep->lines[li];
            st = dp__doc_warn(P->doc, L->first + 1, 1, "%s",
                              prefix == 2 ? "this looks like a scene heading, but Fountain "
                                            "does not know this prefix (write INT./EXT. or "
                                            "force it with a leading '.'): read as action"
                                          : "this looks like a scene heading, but the next "
                                            "line is not blank: read as action");
            if (st != DP_OK)
                return st;
            return add_line(P, li, DP_EL_ACTION, 0, t, b, false);
        }
        if (next_blank && is_french_heading(P, T, Tn))
            return add_heading(P, li, T, Tn, DP_ELF_HEADING_FR);
        if (next_blank && is_transition(P, T, Tn))
            return add_single(P, li, DP_EL_TRANSITION, 0, T, Tn, NULL, 0);
        bool dual;
        if (!next_blank && is_cue(P, T, Tn, &dual))
            return add_cue(P, li, T, Tn, false);
    }
    /* action keeps its indentation; trailing spaces go */
    return add_line(P, li, DP_EL_ACTION, 0, t, b, in_action);
}

dp_status dp__fountain_parse(dp_doc *doc, const char *text, size_t len,
                             dp_error *err)
{
    dp__source src;
    fl_prep prep;
    memset(&prep, 0, sizeof prep);
    dp_status st = dp__source_decode(doc, text, len, &src, err);
    if (st != DP_OK) {
        dp__source_release(&src);
        return st;
    }
    st = dp__fountain_prepare(doc, &src, &prep);
    uint32_t limit_line = 0; /* the line being read when a limit was met */
    parser P;
    memset(&P, 0, sizeof P);
    P.doc = doc;
    P.src = &src;
    P.prep = &prep;
    P.cur_type = -1;
    P.block_start = NONE;
    dp__arena_init(&P.scratch, SCRATCH_CAP);
    dp__buf_init(&P.cur_text, DP_MAX_INPUT_BYTES * (size_t)5);
    dp__buf_init(&P.plain, DP_MAX_INPUT_BYTES * (size_t)5);
    if (st == DP_OK) {
        P.idx = dp__malloc((prep.n_lines + 1) * sizeof *P.idx);
        P.kind = dp__malloc(prep.n_lines + 1);
        if (!P.idx || !P.kind)
            st = DP_E_NOMEM;
    }
    if (st == DP_OK) {
        for (size_t i = 0; i < prep.n_lines; i++)
            if (!prep.lines[i].removed) {
                P.kind[P.n] = (uint8_t)classify_kind(&P, i);
                P.idx[P.n++] = i;
            }
        size_t k;
        st = title_page(&P, &k);
        P.blank_run = 1; /* the top of the body counts as after a blank */
        for (; k < P.n && st == DP_OK; k++) {
            size_t li = P.idx[k];
            limit_line = prep.lines[li].first + 1;
            line_kind lk = kind_at(&P, k);
            if (lk == LK_TEXT) {
                st = body_line(&P, k);
                P.blank_run = 0;
                continue;
            }
            if (lk == LK_SPACER && P.in_dialogue) {
                st = add_line(&P, li, DP_EL_DIALOGUE,
                              P.dual_right ? DP_ELF_DUAL_RIGHT : 0, "", 0, true);
                continue;
            }
            if (lk == LK_SPACER && P.cur_type == DP_EL_ACTION) {
                st = add_line(&P, li, DP_EL_ACTION, 0, "", 0, true);
                continue;
            }
            /* a blank line ends any block */
            st = flush(&P);
            if (st == DP_OK)
                st = emit_notes(&P, li);
            P.in_dialogue = false;
            P.dual_right = false;
            P.blank_run++;
        }
        if (st == DP_OK)
            st = flush(&P);
        if (st == DP_OK)
            st = emit_notes(&P, (size_t)-1);
    }
    if (st == DP_OK && (P.oom || P.scratch.failed || P.plain.failed || P.cur_text.failed))
        st = DP_E_NOMEM; /* a test that could not be made is no answer */
    dp__free(P.idx);
    dp__free(P.kind);
    dp__buf_release(&P.cur_text);
    dp__buf_release(&P.plain);
    dp__arena_release(&P.scratch);
    dp__fountain_prep_release(&prep);
    dp__source_release(&src);
    if (st == DP_E_LIMIT)
        return dp__error_set(err, st, limit_line, 0,
                             "the script has more than %u elements or lines",
                             DP_MAX_ELEMENTS);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "%s", dp_strerror(st));
    return DP_OK;
}
