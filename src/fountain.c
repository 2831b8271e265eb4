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
#define STR_BLOCK ((size_t)64 << 10)

typedef enum line_kind { LK_TEXT, LK_BLANK, LK_SPACER } line_kind;

/* A logical line that is not removed, as the parser sees it (computed
 * once per line): its index, its bounds without surrounding white space,
 * its kind, and what its bytes may hold (DP__LINE_* of its source lines). */
typedef struct pline {
    uint32_t li;    /* logical line index */
    uint32_t a, b;  /* trimmed bounds in the line's text (a == b: blank) */
    uint8_t flags;  /* DP__LINE_* */
    uint8_t kind;   /* line_kind */
} pline;

/* A text the parser did not look at may hold anything. */
#define LINE_ANY (DP__LINE_HIGH | DP__LINE_TAB | DP__LINE_MARKUP)

typedef struct parser {
    dp_doc *doc;
    const dp__source *src;
    const fl_prep *prep;
    pline *pl; /* logical lines that are not removed */
    size_t n;
    uint32_t line_flags; /* DP__LINE_* of the line being read */
    dp__arena scratch; /* per-line analysis, released at the end */

    /* the element being built */
    int cur_type; /* dp_element_type or -1 */
    uint32_t cur_flags;
    uint32_t cur_line_flags; /* DP__LINE_* of its lines */
    size_t cur_first, cur_last; /* logical line indices */
    uint16_t cur_blank_before;
    bool paren_open; /* a parenthetical waiting for its ')' */
    const char *cur_line; /* its text while it has one line (not copied; */
    size_t cur_line_len;  /* NULL once cur_text holds the text) */
    dp__buf cur_text;
    const char *cur_number;

    bool in_dialogue;
    bool dual_right; /* the current dialogue block is a right column */
    size_t blank_run;
    size_t block_start, block_end; /* last dialogue block, for '^' */
    size_t next_note;
    dp__buf plain;
    char *str_next; /* room for element strings in the document's arena */
    size_t str_left;
    bool oom; /* a scratch allocation failed: the reading is void */
} parser;

/* ---- line access ------------------------------------------------------- */

/* Logical line 'li': a line of the prepared text, or the source line
 * itself when nothing was cut. */
static fl_line logical_line(const parser *P, size_t li)
{
    if (P->prep->lines)
        return P->prep->lines[li];
    const dp__src_line *S = &P->src->lines[li];
    return (fl_line){S->start, S->len, (uint32_t)li, (uint32_t)li, false, S->flags};
}

static const char *line_text(const parser *P, size_t li, size_t *len)
{
    if (!P->prep->lines) {
        *len = P->src->lines[li].len;
        return P->prep->data + P->src->lines[li].start;
    }
    const fl_line *L = &P->prep->lines[li];
    *len = L->len;
    return P->prep->data + L->start;
}

/* First and last source lines (0-based) of logical line 'li'. */
static uint32_t line_first(const parser *P, size_t li)
{
    return P->prep->lines ? P->prep->lines[li].first : (uint32_t)li;
}

static uint32_t line_last(const parser *P, size_t li)
{
    return P->prep->lines ? P->prep->lines[li].last : (uint32_t)li;
}

/* The parser's record of logical line 'li': kind, trimmed bounds, flags. */
static pline classify_line(const char *t, size_t len, uint32_t flags, size_t li)
{
    pline r = {(uint32_t)li, 0, 0, (uint8_t)flags, LK_BLANK};
    if (len == 2 && t[0] == ' ' && t[1] == ' ') {
        r.kind = LK_SPACER;
        return r;
    }
    size_t a = 0, b = len;
    dp__trim(t, &a, &b);
    r.a = (uint32_t)a;
    r.b = (uint32_t)b;
    r.kind = a == b ? LK_BLANK : LK_TEXT;
    return r;
}

/* Kind of the k-th non-removed line (computed once). */
static line_kind kind_at(const parser *P, size_t k) { return (line_kind)P->pl[k].kind; }

/* ---- emitting elements -------------------------------------------------- */

/* Bytes the element strings drawn from a line of 'len' bytes may need:
 * the text and a separator or NUL, four bytes a tab, a plain copy when
 * the line holds markup. */
static size_t line_text_bound(size_t len, uint32_t flags)
{
    size_t n = len + 1;
    if (flags & DP__LINE_TAB)
        n += 3 * len;
    if (flags & DP__LINE_MARKUP)
        n *= 2;
    return n;
}

/* The same for every note. */
static size_t notes_text_bound(const fl_prep *pr)
{
    return 2 * (4 * pr->notes_text.len + pr->n_notes) + 16;
}

/* A NUL-terminated copy of s[0..n) in the document's arena, or NULL when
 * out of memory. Strings need no alignment: short ones are carved one
 * after the other from blocks of STR_BLOCK bytes. */
static inline char *doc_strndup(parser *P, const char *s, size_t n)
{
    if (n >= P->str_left) {
        if (n >= STR_BLOCK / 8)
            return dp__arena_strndup(&P->doc->arena, s, n);
        P->str_next = dp__arena_alloc_raw(&P->doc->arena, STR_BLOCK);
        P->str_left = P->str_next ? STR_BLOCK : 0;
        if (!P->str_next)
            return NULL;
    }
    char *p = P->str_next;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    P->str_next += n + 1;
    P->str_left -= n + 1;
    return p;
}

/* Adds an element of text[0..len); 'lflags' (DP__LINE_*) says what the
 * text may hold: without a tab or markup it is copied as it is. */
static dp_status emit_raw(parser *P, dp_element_type type, uint32_t flags,
                          const char *text, size_t len, uint32_t lflags,
                          uint32_t first, uint32_t last, const char *number,
                          uint16_t depth, uint16_t blank_before)
{
    dp_doc *doc = P->doc;
    dp_status st;
    char *t;
    if ((lflags & DP__LINE_TAB) && memchr(text, '\t', len)) { /* a tab is four spaces */
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
    } else if (!(t = doc_strndup(P, text, len))) {
        return DP_E_NOMEM;
    }
    const char *pl = t;
    bool markup = (lflags & DP__LINE_MARKUP) && dp__has_markup(text, len);
    if (markup) {
        dp__buf_reset(&P->plain);
        if ((st = dp__strip_emphasis(text, len, &P->plain)) != DP_OK)
            return st;
    }
    if (markup && (P->plain.len != len || (len && memcmp(P->plain.data, text, len) != 0))) {
        pl = doc_strndup(P, P->plain.data ? P->plain.data : "", P->plain.len);
        if (!pl)
            return DP_E_NOMEM;
    }
    const dp__src_line *sf = &P->src->lines[first];
    const dp__src_line *sl = &P->src->lines[last];
    dp_element *el = dp__doc_element_slot(doc, &st);
    if (!el)
        return st;
    *el = (dp_element){
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
        .fd_eighths = -1, /* only Final Draft gives lengths */
    };
    doc->n_elements++;
    bool dialogue = type == DP_EL_CHARACTER || type == DP_EL_DIALOGUE ||
                    type == DP_EL_PARENTHETICAL ||
                    (type == DP_EL_LYRIC && (flags & DP_ELF_IN_DIALOGUE));
    if (dialogue)
        P->block_end = doc->n_elements;
    else if (type != DP_EL_NOTE)
        P->block_start = NONE;
    return DP_OK;
}

static dp_status emit_notes_upto(parser *P, size_t upto)
{
    const fl_prep *pr = P->prep;
    while (P->next_note < pr->n_notes && pr->notes[P->next_note].at <= upto) {
        const fl_note *nt = &pr->notes[P->next_note++];
        const char *t = pr->notes_text.data ? pr->notes_text.data + nt->start : "";
        size_t a = 0, b = nt->len;
        dp__trim(t, &a, &b);
        dp_status st = emit_raw(P, DP_EL_NOTE, P->in_dialogue ? DP_ELF_IN_DIALOGUE : 0,
                                t + a, b - a, LINE_ANY, nt->first, nt->last, NULL, 0, 0);
        if (st != DP_OK)
            return st;
    }
    return DP_OK;
}

/* Emits the notes found on logical lines up to 'upto' (none left: the
 * usual case, decided inline). */
static inline dp_status emit_notes(parser *P, size_t upto)
{
    return P->next_note < P->prep->n_notes ? emit_notes_upto(P, upto) : DP_OK;
}

/* Copies the open element's one line into cur_text: before a second
 * line joins, or before the scratch arena it may live in is released. */
static dp_status keep_cur_line(parser *P)
{
    if (!P->cur_line)
        return DP_OK;
    dp_status st = dp__buf_append(&P->cur_text, P->cur_line, P->cur_line_len);
    P->cur_line = NULL;
    return st;
}

static dp_status flush(parser *P)
{
    if (P->cur_type < 0)
        return DP_OK;
    const char *text = P->cur_line ? P->cur_line : P->cur_text.data ? P->cur_text.data : "";
    size_t len = P->cur_line ? P->cur_line_len : P->cur_text.len;
    dp_status st = emit_raw(P, (dp_element_type)P->cur_type, P->cur_flags, text, len,
                            P->cur_line_flags, line_first(P, P->cur_first),
                            line_last(P, P->cur_last), P->cur_number, 0,
                            P->cur_blank_before);
    P->cur_type = -1;
    P->cur_number = NULL;
    P->paren_open = false;
    P->cur_line = NULL;
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
        P->cur_last = li;
        P->cur_line_flags = P->line_flags;
        P->cur_line = t; /* copied only if another line joins */
        P->cur_line_len = len;
        return DP_OK;
    }
    if ((st = keep_cur_line(P)) != DP_OK || (st = dp__buf_putc(&P->cur_text, '\n')) != DP_OK)
        return st;
    P->cur_last = li;
    P->cur_line_flags |= P->line_flags;
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
    uint16_t bb = P->blank_run > UINT16_MAX ? UINT16_MAX : (uint16_t)P->blank_run;
    P->blank_run = 0;
    st = emit_raw(P, type, flags, t, len, P->line_flags, line_first(P, li),
                  line_last(P, li), number, depth, bb);
    if (st != DP_OK)
        return st;
    return emit_notes(P, li);
}

/* ---- recognisers -------------------------------------------------------- */

/* Plain (emphasis-free) copy of t[0..n) in the scratch arena. */
static const char *plain_of(parser *P, const char *t, size_t n, size_t *out_len)
{
    dp__rules r = {&P->scratch, &P->plain, !(P->line_flags & DP__LINE_MARKUP)};
    return dp__rule_plain(&r, t, n, out_len);
}

static bool is_transition(parser *P, const char *t, size_t n)
{
    dp__rules r = {&P->scratch, &P->plain, !(P->line_flags & DP__LINE_MARKUP)};
    return dp__rule_transition(&r, t, n);
}

static bool is_cue(parser *P, const char *t, size_t n, bool *dual)
{
    dp__rules r = {&P->scratch, &P->plain, !(P->line_flags & DP__LINE_MARKUP)};
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
    const char *t = line_text(P, P->pl[k].li, &len);
    if (!title_key(t, len, &klen, &vstart) || !known_title_key(P, t, klen))
        return DP_OK;

    dp__buf val;
    dp__buf_init(&val, DP_MAX_INPUT_BYTES);
    const char *key = NULL;
    size_t key_len = 0;
    uint32_t key_line = 0;
    dp_status st = DP_OK;
    for (; k < P->n && st == DP_OK; k++) {
        size_t li = P->pl[k].li;
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
            key_line = line_first(P, li) + 1;
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
            st = dp__doc_warn(doc, line_first(P, li) + 1, 1,
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

/* Is t[i..i+3) the word INT or EXT (any case) and, after it, no letter
 * or an E (INTÉRIEUR is not ASCII, INTERIOR goes on with an E)? */
static bool int_ext_word_at(const char *t, size_t n, size_t i)
{
    char c0 = (char)(t[i] | 0x20);
    if ((c0 != 'i' && c0 != 'e') || (i > 0 && ascii_letter(t[i - 1])))
        return false;
    char c1 = (char)(t[i + 1] | 0x20), c2 = (char)(t[i + 2] | 0x20);
    if (!((c0 == 'i' && c1 == 'n' && c2 == 't') || (c0 == 'e' && c1 == 'x' && c2 == 't')))
        return false;
    return i + 3 == n || !ascii_letter(t[i + 3]) || (t[i + 3] | 0x20) == 'e';
}

/* Bytes of 'v' that may be zero (each zero byte is flagged; a byte
 * above a flagged one may be flagged wrongly: callers check). */
static uint64_t zero_bytes(uint64_t v)
{
    return (v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull;
}

/* Can one of the eight positions of x (y, z: the same text one and two
 * bytes further) start "int" or "ext" in any case? Never a false no. */
static bool may_hold_int_ext(uint64_t x, uint64_t y, uint64_t z)
{
    const uint64_t ones = 0x0101010101010101ull, lower = ones * 0x20;
    x |= lower;
    y |= lower;
    z |= lower;
    uint64_t in = zero_bytes(x ^ (ones * 'i')) & zero_bytes(y ^ (ones * 'n'));
    uint64_t ex = zero_bytes(x ^ (ones * 'e')) & zero_bytes(y ^ (ones * 'x'));
    return ((in | ex) & zero_bytes(z ^ (ones * 't'))) != 0;
}

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
    /* eight positions at a time: "int" or "ext" in any case (a word of
     * them is a candidate, checked one by one; most words have none) */
    size_t i = 0;
    for (; i + 10 <= n; i += 8) {
        uint64_t x, y, z;
        memcpy(&x, t + i, 8);
        memcpy(&y, t + i + 1, 8);
        memcpy(&z, t + i + 2, 8);
        if (!may_hold_int_ext(x, y, z))
            continue;
        for (size_t k = i; k < i + 8; k++)
            if (int_ext_word_at(t, n, k))
                return true;
    }
    for (; i + 3 <= n; i++)
        if (int_ext_word_at(t, n, i))
            return true;
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
        dp_status kst = keep_cur_line(P); /* it may live in the scratch arena */
        if (kst != DP_OK)
            return kst;
        P->oom |= P->scratch.failed;
        dp__arena_release(&P->scratch);
        dp__arena_init(&P->scratch, SCRATCH_CAP);
    }
    const pline *pl = &P->pl[k];
    size_t li = pl->li;
    size_t len;
    const char *t = line_text(P, li, &len);
    size_t a = pl->a, b = pl->b;
    P->line_flags = pl->flags;
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
        /* a heading prefix starts with I, E (or Cyrillic): without markup,
         * other lines are known at once not to have one */
        unsigned char c0 = (unsigned char)T[0];
        int prefix = 0;
        if ((P->line_flags & DP__LINE_MARKUP) || (c0 | 0x20) == 'i' || (c0 | 0x20) == 'e' ||
            c0 == 0xD0) {
            size_t pn;
            const char *p = plain_of(P, T, Tn, &pn);
            prefix = p ? dp__heading_fountain_prefix(p, pn) : 0;
        }
        if (prefix == 1 && next_blank)
            return add_heading(P, li, T, Tn, 0);
        if (prefix) {
            st = dp__doc_warn(P->doc, line_first(P, li) + 1, 1, "%s",
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
        P.pl = dp__malloc((prep.n_lines + 1) * sizeof *P.pl);
        if (!P.pl)
            st = DP_E_NOMEM;
    }
    if (st == DP_OK) {
        /* each element comes from a line that is not blank, or a note */
        size_t most = prep.n_notes + 1;
        size_t strings = notes_text_bound(&prep);
        for (size_t i = 0; i < prep.n_lines; i++) {
            fl_line L = logical_line(&P, i);
            if (L.removed)
                continue;
            pline *pl = &P.pl[P.n++];
            *pl = classify_line(prep.data + L.start, L.len, L.flags, i);
            if (pl->kind != LK_BLANK) {
                most++;
                strings += line_text_bound(L.len, pl->flags);
            }
        }
        size_t k = 0;
        st = dp__doc_reserve_elements(doc, most);
        if (st == DP_OK && strings < STR_BLOCK * 64) { /* all the strings in one block */
            P.str_next = dp__arena_alloc_raw(&doc->arena, strings);
            P.str_left = P.str_next ? strings : 0;
        }
        if (st == DP_OK)
            st = title_page(&P, &k);
        P.blank_run = 1; /* the top of the body counts as after a blank */
        for (; k < P.n && st == DP_OK; k++) {
            size_t li = P.pl[k].li;
            limit_line = logical_line(&P, li).first + 1;
            line_kind lk = kind_at(&P, k);
            P.line_flags = P.pl[k].flags;
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
    dp__free(P.pl);
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
