/* The layout classifier: learns a document's columns from its own rows
 * (the action column, then cues and what follows them), and reads each row
 * as a scene heading, action, cue, parenthetical, dialogue, transition or
 * centered text by its column, its case and its neighbours. */
#include "layout.h"

#include "breakdown.h"

#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)
#define TOL 2.5f       /* character widths around a column */
#define WIDE_GAP 6.0f  /* between the two columns of dual dialogue */
#define DUAL_MAX_ROWS 256
#define SLUG_MAX_BYTES 80

static int cmp_float(const void *x, const void *y)
{
    float a = *(const float *)x, b = *(const float *)y;
    return (a > b) - (a < b);
}

/* The most common value of v[0..n) (sorted in place), values within half a
 * character counting together; 'dflt' when n is 0. */
static float mode_of(float *v, size_t n, float dflt)
{
    if (n == 0)
        return dflt;
    qsort(v, n, sizeof *v, cmp_float);
    float best = v[0];
    size_t best_n = 0;
    for (size_t a = 0; a < n;) {
        size_t b = a;
        double sum = 0;
        while (b < n && v[b] - v[a] <= 0.6f)
            sum += v[b++];
        if (b - a > best_n) {
            best_n = b - a;
            best = (float)(sum / (double)(b - a));
        }
        a = b;
    }
    return best;
}

/* With no long row to learn A from, the leftmost rows may be dialogue (a
 * script of dialogue alone): when at least half of them sit right under a
 * row in capitals 5 to 16 widths to their right (a cue), A is the usual
 * 10 widths left of them. Otherwise A stays at min_x. */
static float margin_without_action(const dp__layout *lay, float min_x)
{
    size_t at = 0, under_cue = 0;
    for (size_t i = 0; i < lay->n_rows; i++) {
        const dp__lrow *r = &lay->rows[i];
        if (r->n_seg == 0 || lay->segs[r->seg].x > min_x + 0.6f)
            continue;
        at++;
        if (i == 0 || r->blank_before || lay->rows[i - 1].page != r->page ||
            lay->rows[i - 1].n_seg == 0)
            continue;
        const dp__lseg *g = &lay->segs[lay->rows[i - 1].seg];
        under_cue += g->x >= min_x + 5 && g->x <= min_x + 16 &&
                     dp__utf8_is_upper_text(lay->text.data + g->start, g->len);
    }
    return under_cue > 0 && under_cue * 2 >= at ? min_x - 10 : min_x;
}

/* A: where the long rows (action) start; R: how far rows at A reach. */
void dp__layout_learn_margins(dp__lctx *c)
{
    const dp__layout *lay = c->lay;
    float *v = dp__malloc((lay->n_segs + 1) * sizeof *v);
    if (!v)
        c->scratch.failed = true; /* the margins are guessed: the reading is void */
    size_t n = 0;
    float min_x = 1e9f;
    for (size_t i = 0; v && i < lay->n_segs; i++) {
        const dp__lseg *g = &lay->segs[i];
        if (g->x_end - g->x >= 35)
            v[n++] = g->x;
        if (g->len > 3 && g->x < min_x)
            min_x = g->x;
    }
    c->A = n ? mode_of(v, n, 0) : min_x < 1e9f ? margin_without_action(lay, min_x) : 0;
    float r = 0;
    for (size_t i = 0; i < lay->n_segs; i++) {
        const dp__lseg *g = &lay->segs[i];
        if (g->x > c->A - TOL && g->x < c->A + TOL && g->x_end > r)
            r = g->x_end;
    }
    c->R = r > c->A + 20 ? r : c->A + 60;
    dp__free(v);
}

/* ---- rows --------------------------------------------------------------- */

typedef struct cls {
    dp__lctx *c;
    size_t n_rows;
    bool numbered;  /* scene numbers in the margins on most headings */
    bool sluglines; /* lines like slugline_like() are headings here */
    /* the element being built */
    int type;
    uint32_t flags;
    size_t first, last;
    const char *number;
    dp__buf cur;
    bool paren_open;
    /* dialogue across page breaks */
    bool in_dialogue;
    bool more; /* a (MORE) ended the page */
    dp__buf last_cue;
    dp__buf name;
} cls;

static bool body(const cls *k, size_t i) { return k->c->ri[i].kind == DP__R_BODY; }

static size_t next_body(const cls *k, size_t i)
{
    for (size_t j = i + 1; j < k->n_rows; j++)
        if (body(k, j))
            return j;
    return NONE;
}

static const char *text(const cls *k, size_t i, size_t *n) { return dp__lrow_text(k->c, i, n); }
static float X(const cls *k, size_t i) { return k->c->ri[i].x; }
static bool near(float x, float col) { return x > col - TOL && x < col + TOL; }

/* Row j follows row i in the same paragraph: same page, no blank line. */
static bool joined(const cls *k, size_t i, size_t j)
{
    return j != NONE && k->c->ri[j].vpage == k->c->ri[i].vpage &&
           k->c->lay->rows[j].blank_before == 0;
}

static bool upper(const cls *k, size_t i)
{
    size_t n;
    const char *t = text(k, i, &n);
    return dp__utf8_is_upper_text(t, n);
}

static bool cue_text(cls *k, size_t i)
{
    size_t n;
    const char *t = text(k, i, &n);
    bool dual;
    return n > 0 && dp__rule_cue(&k->c->rules, t, n, &dual) &&
           !dp__layout_heading_words(k->c, t, n);
}

/* At the cue column, a name need not be in capitals (McCABE): a short
 * line starting with a capital, not a sentence. */
static bool mixed_case_cue(cls *k, size_t i)
{
    size_t n;
    const char *t = text(k, i, &n);
    int32_t cp;
    if (!near(X(k, i), k->c->C) || n == 0 || n > 40 || (dp__utf8_decode(t, n, &cp), !dp__uc_is_upper(cp)))
        return false;
    char e = t[n - 1];
    return e != '.' && e != '!' && e != '?' && e != ',' && e != ':' && e != ';';
}

/* A cue: right of the dialogue, a name in capitals (one row or more), and
 * then rows to its left that are not at the action column. Returns its
 * last row, or NONE. */
static size_t cue_at(cls *k, size_t i)
{
    dp__lctx *c = k->c;
    float x = X(k, i);
    if (x < c->A + 4 || x > c->R - 6 || !(cue_text(k, i) || mixed_case_cue(k, i)))
        return NONE;
    size_t last = i, j = next_body(k, i);
    while (joined(k, last, j) && near(X(k, j), x) && upper(k, j) && j - i < 4) {
        last = j;
        j = next_body(k, j);
    }
    if (!joined(k, last, j) || X(k, j) > x - 1 || X(k, j) < c->A + 2)
        return NONE;
    return last;
}

/* Ends like a sentence or a cut-off one: . ! ? ; : - and … – —. */
static bool ends_sentence(const char *t, size_t n)
{
    size_t b = n;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    if (b == 0)
        return true;
    char e = t[b - 1];
    return e == '.' || e == '!' || e == '?' || e == ';' || e == ':' || e == '-' ||
           (b >= 3 && (unsigned char)t[b - 3] == 0xE2);
}

/* First words of camera directions ("CLOSE SHOT -- BODY", "ANOTHER
 * ANGLE", "INSERT NAMEPLATE"): shots within a scene, not scenes. */
static const dp__lit shot_words[] = {
    DP__LIT("angle"), DP__LIT("another"), DP__LIT("close"), DP__LIT("closeup"), DP__LIT("close-up"),
    DP__LIT("closer"), DP__LIT("extreme"), DP__LIT("ecu"), DP__LIT("insert"), DP__LIT("pov"),
    DP__LIT("reverse"), DP__LIT("wide"), DP__LIT("wider"), DP__LIT("med"), DP__LIT("med."),
    DP__LIT("medium"), DP__LIT("full"), DP__LIT("two"), DP__LIT("tracking"), DP__LIT("pan"),
    DP__LIT("zoom"), DP__LIT("deleted"), DP__LIT("omitted"), DP__LIT("intercut"), DP__LIT("montage"),
    DP__LIT("series"), DP__LIT("various"), DP__LIT("moving"), DP__LIT("group"), DP__LIT("high"),
    DP__LIT("low"), DP__LIT("aerial"), DP__LIT("overhead"), DP__LIT("dolly"), DP__LIT("crane"),
    DP__LIT("favoring"), DP__LIT("shooting"), DP__LIT("super"), DP__LIT("title"), DP__LIT("titles"),
    DP__LIT("gros"), DP__LIT("plan"), DP__LIT("contrechamp"), DP__LIT("insert"), DP__LIT("travelling"),
};

static bool is_shot(dp__lctx *c, const char *t, size_t n)
{
    dp__fold f;
    if (dp__fold_make(&c->scratch, t, n, &f) != DP_OK)
        return false;
    size_t w = 0;
    while (w < f.len && f.text[w] != ' ')
        w++;
    if (dp__lit_in(shot_words, DP__COUNT(shot_words), f.text, w))
        return true;
    for (size_t i = 0; i + 4 <= f.len; i++) /* "... SHOT", "... ANGLE", "... POV" */
        if ((i == 0 || f.text[i - 1] == ' ') &&
            (!strncmp(f.text + i, "shot", 4) || !strncmp(f.text + i, "pov", 3) ||
             (i + 5 <= f.len && !strncmp(f.text + i, "angle", 5))))
            return true;
    return false;
}

static bool starts_lower(const char *t, size_t n)
{
    int32_t cp;
    return n > 0 && (dp__utf8_decode(t, n, &cp), dp__uc_is_lower(cp));
}

static size_t prev_body(const cls *k, size_t i)
{
    while (i-- > 0)
        if (body(k, i))
            return i;
    return NONE;
}

/* One phrase closed by a single full stop: no other stop, no ellipsis. */
static bool one_phrase_period(const char *t, size_t n)
{
    while (n > 0 && t[n - 1] == ' ')
        n--;
    if (n < 2 || t[n - 1] != '.' || t[n - 2] == '.')
        return false;
    for (size_t q = 0; q + 1 < n; q++)
        if (t[q] == '.' || t[q] == '!' || t[q] == '?')
            return false;
    return true;
}

/* Row i is where a shot must begin: after a transition ("CUT TO:"), or
 * after action that runs on into it ("He turns and is faced with" +
 * "A LAND ROVER AND A GTI."). */
static bool after_lead_in(cls *k, size_t i)
{
    size_t p = prev_body(k, i), n;
    if (p == NONE)
        return false;
    const char *t = text(k, p, &n);
    if (upper(k, p) && dp__rule_transition(&k->c->rules, t, n))
        return true;
    return near(X(k, p), k->c->A) && !upper(k, p) && !ends_sentence(t, n) && t[n - 1] != ',';
}

/* A line that may be a heading without INT./EXT. (a slugline such as
 * "BACK IN THE APARTMENT"): short, in capitals, at the action column,
 * standing alone (blank lines around it), not a sentence, not a
 * transition. One phrase with a full stop counts where a shot must begin
 * (after_lead_in). 'strict': nor the start of a sentence the next
 * paragraph ends ("TWO HANDS" + "reach in..."), nor ending with a comma,
 * nor a full stop. */
static bool slugline_like(cls *k, size_t i, bool strict)
{
    size_t n;
    const char *t = text(k, i, &n);
    size_t j = next_body(k, i);
    if (!near(X(k, i), k->c->A) || (i > 0 && joined(k, i - 1, i) && body(k, i - 1)) ||
        j == NONE || joined(k, i, j) || n > SLUG_MAX_BYTES || n < 2 || t[0] == '(' ||
        !upper(k, i))
        return false;
    if (ends_sentence(t, n) && (strict || !one_phrase_period(t, n) || !after_lead_in(k, i)))
        return false;
    for (size_t q = 0; q + 1 < n; q++)
        if (t[q] == ':' && t[q + 1] == ' ')
            return false;
    size_t letters = 0, nn;
    for (size_t q = 0; q < n;) {
        int32_t cp;
        q += dp__utf8_decode(t + q, n - q, &cp);
        letters += dp__uc_is_upper(cp); /* letters with a case */
    }
    const char *next = text(k, j, &nn);
    if (strict && (t[n - 1] == ',' || starts_lower(next, nn)))
        return false;
    return letters >= 2 && !dp__rule_transition(&k->c->rules, t, n) && !is_shot(k->c, t, n);
}

/* ---- columns ------------------------------------------------------------ */

/* D, P and C from the cues the document has; the usual distances from A
 * (10, 15 and 20 characters) when it has none. */
static dp_status learn_columns(cls *k)
{
    dp__lctx *c = k->c;
    size_t n = k->n_rows;
    float *cv = dp__malloc(3 * (n + 1) * sizeof *cv);
    if (!cv)
        return DP_E_NOMEM;
    float *dv = cv + n + 1, *pv = dv + n + 1;
    size_t nc = 0, nd = 0, np = 0, heads = 0, numbered = 0, slugs = 0;
    /* a first guess for the cue test: any x right of A */
    for (size_t i = 0; i < n; i++) {
        if (!body(k, i))
            continue;
        size_t len;
        const char *t = text(k, i, &len);
        if (near(X(k, i), c->A) && dp__layout_heading_words(c, t, len)) {
            heads++;
            numbered += c->ri[i].num_n > 0;
            continue;
        }
        if (slugline_like(k, i, true)) {
            slugs++;
            continue;
        }
        size_t last = cue_at(k, i);
        if (last == NONE)
            continue;
        cv[nc++] = X(k, i);
        bool got_d = false;
        for (size_t j = next_body(k, last); j != NONE && joined(k, i, j) && !got_d;
             j = next_body(k, j)) {
            t = text(k, j, &len);
            if (len && t[0] == '(')
                pv[np++] = X(k, j);
            else if ((got_d = true))
                dv[nd++] = X(k, j);
            i = j;
        }
    }
    c->D = mode_of(dv, nd, c->A + 10);
    c->C = mode_of(cv, nc, c->D + 10);
    c->P = mode_of(pv, np, (c->D + c->C) / 2);
    /* Numbered scripts number every heading. Otherwise lone lines in
     * capitals are headings when the script uses them as such often (one
     * clear one for ten INT./EXT. headings or more); where they are rarer
     * they are shots within a scene, read as action. */
    k->numbered = heads >= 3 && numbered * 5 >= heads * 4;
    k->sluglines = !k->numbered && slugs > 0 && slugs * 10 >= heads;
    dp__free(cv);
    return DP_OK;
}

/* ---- emitting ----------------------------------------------------------- */

static dp_status flush(cls *k)
{
    if (k->type < 0)
        return DP_OK;
    dp__lctx *c = k->c;
    const dp__lrow *f = &c->lay->rows[k->first], *l = &c->lay->rows[k->last];
    char *t = dp__arena_strndup(&c->doc->arena, k->cur.data ? k->cur.data : "", k->cur.len);
    if (!t)
        return DP_E_NOMEM;
    uint32_t flags = k->flags;
    for (size_t i = k->first; i <= k->last; i++)
        if (c->ri[i].revised && c->ri[i].kind == DP__R_BODY)
            flags |= DP_ELF_REVISED;
    dp_element el = {
        .type = (dp_element_type)k->type,
        .flags = flags,
        .text = t,
        .plain = t,
        .scene_number = k->number,
        .line = f->line,
        .line_end = l->line,
        .offset = f->offset,
        .length = l->offset + l->length >= f->offset ? l->offset + l->length - f->offset : 0,
        .blank_before = f->blank_before,
        .page = c->page_no ? c->page_no[c->ri[k->first].vpage] : 0,
    };
    k->type = -1;
    k->number = NULL;
    k->paren_open = false;
    dp__buf_reset(&k->cur);
    return dp__doc_add_element(c->doc, &el);
}

/* Starts an element at row i with s[0..n). */
static dp_status start(cls *k, dp_element_type type, uint32_t flags, size_t i,
                       const char *s, size_t n)
{
    dp_status st = flush(k);
    if (st != DP_OK)
        return st;
    k->type = (int)type;
    k->flags = flags;
    k->first = k->last = i;
    return dp__buf_append(&k->cur, s, n);
}

/* Adds row i to the open element, after 'sep'. */
static dp_status extend(cls *k, size_t i, char sep)
{
    size_t n;
    const char *t = text(k, i, &n);
    dp_status st = dp__buf_putc(&k->cur, sep);
    k->last = i;
    return st == DP_OK ? dp__buf_append(&k->cur, t, n) : st;
}

static dp_status start_row(cls *k, dp_element_type type, uint32_t flags, size_t i)
{
    size_t n;
    const char *t = text(k, i, &n);
    return start(k, type, flags, i, t, n);
}

static dp_status margin_number(cls *k, size_t i)
{
    const dp__rinfo *r = &k->c->ri[i];
    if (!r->num_n)
        return DP_OK;
    const char *s = k->c->lay->text.data + r->num;
    size_t n = r->num_n;
    if (n > 1 && s[n - 1] == '.')
        n--;
    k->number = dp__arena_strndup(&k->c->doc->arena, s, n);
    return k->number ? DP_OK : DP_E_NOMEM;
}

/* ---- dialogue ----------------------------------------------------------- */

static dp_status cue_name(const char *s, size_t n, dp__buf *out)
{
    dp__buf_reset(out);
    return dp__cue_name(s, n, out);
}

/* Row i inside a dialogue block: a parenthetical or dialogue. */
static dp_status dialogue_row(cls *k, size_t i, uint32_t flags)
{
    size_t n;
    const char *t = text(k, i, &n);
    dp_status st;
    if (k->paren_open && k->type == DP_EL_PARENTHETICAL) {
        st = extend(k, i, '\n');
        k->paren_open = !(n && t[n - 1] == ')');
        return st;
    }
    if (n && t[0] == '(') {
        st = start_row(k, DP_EL_PARENTHETICAL, flags, i);
        k->paren_open = t[n - 1] != ')';
        return st;
    }
    if (k->type == DP_EL_DIALOGUE)
        return extend(k, i, '\n');
    return start_row(k, DP_EL_DIALOGUE, flags, i);
}

/* Row i, after one blank line on the page of row 'prev' and at the
 * dialogue column, is a new paragraph of the same speech. */
static bool speech_goes_on(const cls *k, size_t prev, size_t i)
{
    return prev != NONE && k->c->ri[prev].vpage == k->c->ri[i].vpage &&
           k->c->lay->rows[i].blank_before == 1 && near(X(k, i), k->c->D);
}

/* A cue at rows i..last: its text, rows joined by a space. */
static dp_status cue(cls *k, size_t i, size_t last, uint32_t flags)
{
    dp_status st = start_row(k, DP_EL_CHARACTER, flags, i);
    for (size_t j = next_body(k, i); st == DP_OK && j != NONE && j <= last; j = next_body(k, j))
        st = extend(k, j, ' ');
    if (st == DP_OK)
        st = cue_name(k->cur.data, k->cur.len, &k->last_cue);
    k->in_dialogue = true;
    k->more = false;
    return st;
}

/* The two columns of dual dialogue, when row i has them: two cues far
 * apart. Sets '*split' to the x between the columns. */
static bool dual_row(cls *k, size_t i, float *split)
{
    dp__lctx *c = k->c;
    const dp__rinfo *r = &c->ri[i];
    if (r->n_seg < 2 || !joined(k, i, next_body(k, i)))
        return false;
    const dp__lseg *g = c->lay->segs + r->seg;
    size_t cut = 0;
    float gap = 0;
    for (size_t s = 1; s < r->n_seg; s++)
        if (g[s].x - g[s - 1].x_end > gap) {
            gap = g[s].x - g[s - 1].x_end;
            cut = s;
        }
    if (gap < WIDE_GAP)
        return false;
    bool dual;
    const char *base = c->lay->text.data;
    size_t ln = g[cut - 1].start + g[cut - 1].len - g[0].start;
    size_t rn = g[r->n_seg - 1].start + g[r->n_seg - 1].len - g[cut].start;
    /* segments of a row are contiguous in the layout text */
    if (!dp__rule_cue(&c->rules, base + g[0].start, ln, &dual) ||
        !dp__rule_cue(&c->rules, base + g[cut].start, rn, &dual))
        return false;
    *split = (g[0].x + g[cut].x) / 2;
    return true;
}

typedef struct side_line {
    size_t row;
    uint32_t start, len; /* in the side's buffer */
} side_line;

/* Dual dialogue from row i: each row's segments go to the left or right
 * column; each column is then read as a cue and its speech. Returns the
 * last row used in '*last'. */
static dp_status dual_block(cls *k, size_t i, float split, size_t *last)
{
    dp__lctx *c = k->c;
    side_line lines[2][DUAL_MAX_ROWS];
    size_t nl[2] = {0, 0};
    dp__buf side[2];
    dp__buf_init(&side[0], 1 << 20);
    dp__buf_init(&side[1], 1 << 20);
    dp_status st = DP_OK;
    size_t j = i;
    *last = i;
    while (j != NONE && (j == i || joined(k, *last, j)) && nl[0] < DUAL_MAX_ROWS &&
           nl[1] < DUAL_MAX_ROWS && st == DP_OK) {
        const dp__rinfo *r = &c->ri[j];
        const dp__lseg *g = c->lay->segs + r->seg;
        for (int s = 0; s < 2; s++) {
            uint32_t at = (uint32_t)side[s].len;
            for (size_t q = 0; q < r->n_seg && st == DP_OK; q++) {
                if ((g[q].x >= split) != (s == 1))
                    continue;
                if (side[s].len > at)
                    st = dp__buf_putc(&side[s], ' ');
                if (st == DP_OK)
                    st = dp__buf_append(&side[s], c->lay->text.data + g[q].start, g[q].len);
            }
            if (side[s].len > at)
                lines[s][nl[s]++] = (side_line){j, at, (uint32_t)(side[s].len - at)};
        }
        *last = j;
        j = next_body(k, j);
    }
    for (int s = 0; s < 2 && st == DP_OK; s++) {
        uint32_t flags = s ? DP_ELF_DUAL_RIGHT : DP_ELF_DUAL_LEFT;
        for (size_t q = 0; q < nl[s] && st == DP_OK; q++) {
            const char *t = side[s].data + lines[s][q].start;
            size_t n = lines[s][q].len;
            size_t row = lines[s][q].row;
            if (q == 0) {
                st = start(k, DP_EL_CHARACTER, flags, row, t, n);
            } else if (k->paren_open) {
                st = dp__buf_putc(&k->cur, '\n');
                if (st == DP_OK)
                    st = dp__buf_append(&k->cur, t, n);
                k->last = row;
                k->paren_open = t[n - 1] != ')';
            } else if (t[0] == '(') {
                st = start(k, DP_EL_PARENTHETICAL, flags, row, t, n);
                k->paren_open = t[n - 1] != ')';
            } else if (k->type == DP_EL_DIALOGUE) {
                st = dp__buf_putc(&k->cur, '\n');
                if (st == DP_OK)
                    st = dp__buf_append(&k->cur, t, n);
                k->last = row;
            } else {
                st = start(k, DP_EL_DIALOGUE, flags, row, t, n);
            }
        }
    }
    dp__buf_release(&side[0]);
    dp__buf_release(&side[1]);
    if (st == DP_OK)
        st = flush(k);
    k->in_dialogue = false;
    return st;
}

/* ---- headings and the rest ---------------------------------------------- */

/* A heading at row i, with the rows in capitals that continue it. */
static dp_status heading(cls *k, size_t i, uint32_t flags, size_t *last)
{
    dp_status st = start_row(k, DP_EL_SCENE_HEADING, flags, i);
    if (st == DP_OK)
        st = margin_number(k, i);
    *last = i;
    for (size_t j = next_body(k, i); st == DP_OK && joined(k, *last, j) &&
                                     near(X(k, j), k->c->A) && upper(k, j) &&
                                     !k->c->ri[j].num_n;
         j = next_body(k, j)) {
        st = extend(k, j, ' ');
        *last = j;
    }
    if (st == DP_OK)
        st = flush(k);
    k->in_dialogue = false;
    return st;
}

/* Rows from i joined to it at the same x, into one element of 'type'. */
static dp_status paragraph(cls *k, size_t i, dp_element_type type, size_t *last)
{
    dp_status st = start_row(k, type, 0, i);
    *last = i;
    for (size_t j = next_body(k, i); st == DP_OK && joined(k, *last, j) &&
                                     near(X(k, j), X(k, i)) && !k->c->ri[j].num_n;
         j = next_body(k, j)) {
        size_t n;
        const char *t = text(k, j, &n);
        if (near(X(k, j), k->c->A) && dp__layout_heading_words(k->c, t, n))
            break;
        st = extend(k, j, '\n');
        *last = j;
    }
    if (st == DP_OK)
        st = flush(k);
    k->in_dialogue = false;
    return st;
}

/* Row i where no block is open. Sets '*last' to the last row it took. */
static dp_status fresh_row(cls *k, size_t i, size_t *last)
{
    dp__lctx *c = k->c;
    size_t n;
    const char *t = text(k, i, &n);
    float x = X(k, i), center = (c->A + c->R) / 2;
    float mid = (x + c->ri[i].x_end) / 2;
    size_t j = next_body(k, i);
    bool alone = !joined(k, i, j);
    *last = i;
    float split;
    if (dual_row(k, i, &split))
        return dual_block(k, i, split, last);
    if (x < c->A + TOL) {
        if (c->ri[i].num_n || dp__layout_heading_words(c, t, n))
            return heading(k, i, 0, last);
        if (alone && upper(k, i) && dp__rule_transition(&c->rules, t, n))
            return paragraph(k, i, DP_EL_TRANSITION, last);
        if (k->sluglines && slugline_like(k, i, false))
            return heading(k, i, DP_ELF_FORCED, last);
        return paragraph(k, i, DP_EL_ACTION, last);
    }
    size_t cl = cue_at(k, i);
    if (cl != NONE) {
        *last = cl;
        return cue(k, i, cl, 0);
    }
    bool right = c->ri[i].x_end > c->R - 3;
    if (!right && mid > center - 3 && mid < center + 3 && x > c->A + 4)
        return paragraph(k, i, DP_EL_CENTERED, last);
    if (x >= c->C + 4 && upper(k, i))
        return paragraph(k, i, DP_EL_TRANSITION, last);
    return paragraph(k, i, DP_EL_ACTION, last);
}

/* Does row i continue the dialogue of the previous page? After a (MORE),
 * the speaker's cue is repeated (NAME (CONT'D)): it is skipped, up to
 * '*skip_to'. */
static bool continues_dialogue(cls *k, size_t i, size_t *skip_to)
{
    dp__lctx *c = k->c;
    *skip_to = NONE;
    size_t cl = cue_at(k, i);
    if (cl == NONE)
        return X(k, i) > c->A + 2 && X(k, i) < c->C - 2;
    size_t n;
    const char *t = text(k, i, &n);
    if (!k->more || cue_name(t, n, &k->name) != DP_OK)
        return false;
    if (k->name.len != k->last_cue.len ||
        memcmp(k->name.data, k->last_cue.data, k->name.len) != 0)
        return false;
    *skip_to = cl;
    return true;
}

dp_status dp__layout_elements(dp__lctx *c)
{
    cls k;
    memset(&k, 0, sizeof k);
    k.c = c;
    k.n_rows = c->lay->n_rows;
    k.type = -1;
    dp__buf_init(&k.cur, (size_t)DP_MAX_INPUT_BYTES * 4);
    dp__buf_init(&k.last_cue, 4096);
    dp__buf_init(&k.name, 4096);
    dp_status st = learn_columns(&k);
    size_t prev = NONE;
    for (size_t i = 0; i < k.n_rows && st == DP_OK; i++) {
        if (c->scratch.used > ((size_t)8 << 20)) {
            dp__arena_release(&c->scratch);
            dp__arena_init(&c->scratch, (size_t)256 << 20);
        }
        const dp__rinfo *r = &c->ri[i];
        if (r->kind == DP__R_MORE && k.in_dialogue)
            k.more = true;
        if (r->kind != DP__R_BODY)
            continue;
        bool new_page = prev == NONE || c->ri[prev].vpage != r->vpage;
        bool same_para = prev != NONE && joined(&k, prev, i);
        size_t last = i;
        if (k.in_dialogue && (same_para || speech_goes_on(&k, prev, i)) &&
            !(X(&k, i) < c->A + TOL) && cue_at(&k, i) == NONE) {
            st = dialogue_row(&k, i, 0);
        } else if (k.in_dialogue && new_page) {
            size_t skip_to;
            if (continues_dialogue(&k, i, &skip_to)) {
                if (skip_to == NONE)
                    st = dialogue_row(&k, i, 0);
                else
                    last = skip_to;
            } else {
                st = flush(&k);
                k.in_dialogue = false;
                if (st == DP_OK)
                    st = fresh_row(&k, i, &last);
            }
        } else {
            st = flush(&k);
            k.in_dialogue = false;
            if (st == DP_OK)
                st = fresh_row(&k, i, &last);
        }
        if (!new_page || !k.in_dialogue)
            k.more = false;
        i = last;
        prev = last;
    }
    if (st == DP_OK)
        st = flush(&k);
    if (st == DP_OK && (k.cur.failed || k.last_cue.failed || k.name.failed))
        st = DP_E_NOMEM; /* a test that could not be made is no answer */
    dp__buf_release(&k.cur);
    dp__buf_release(&k.last_cue);
    dp__buf_release(&k.name);
    return st;
}
