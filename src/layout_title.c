/* The title page of a printed script, kept as title-page entries: Title,
 * Credit, Author, Draft date, Contact, Notes. */
#include "layout.h"

#include <string.h>

#define TITLE_PAGE_MAX_ROWS 30

static const dp__lit credit_words[] = {
    DP__LIT("written by"), DP__LIT("screenplay by"), DP__LIT("story by"), DP__LIT("teleplay by"),
    DP__LIT("by"), DP__LIT("adapted by"), DP__LIT("based on"), DP__LIT("ecrit par"),
    DP__LIT("scenario de"), DP__LIT("scenario"), DP__LIT("un film de"), DP__LIT("d'apres"),
    DP__LIT("adaptation de"), DP__LIT("un scenario de"),
};

static bool is_credit(dp__lctx *c, const char *s, size_t n)
{
    dp__fold f;
    if (n > 40 || dp__fold_make(&c->scratch, s, n, &f) != DP_OK)
        return false;
    size_t a = 0, b = f.len;
    dp__trim(f.text, &a, &b);
    while (b > a && f.text[b - 1] == ':')
        b--;
    return dp__lit_in(credit_words, DP__COUNT(credit_words), f.text + a, b - a);
}

/* A short row with a date in digits (7/8/1998, 2024-03-01) or a month. */
static bool is_date(dp__lctx *c, const char *s, size_t n)
{
    static const char *const months[] = {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "janvier", "fevrier", "mars",
        "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre",
    };
    if (n > 40)
        return false;
    size_t digits = 0, seps = 0;
    for (size_t i = 0; i < n; i++) {
        digits += s[i] >= '0' && s[i] <= '9';
        seps += s[i] == '/' || s[i] == '-' || s[i] == '.';
    }
    if (digits >= 4 && seps >= 2)
        return true;
    dp__fold f;
    if (digits == 0 || dp__fold_make(&c->scratch, s, n, &f) != DP_OK)
        return false;
    for (size_t m = 0; m < DP__COUNT(months); m++)
        if (strstr(f.text, months[m]))
            return true;
    return false;
}

/* Which rows make the title page: page 1 of a paged script when it has no
 * scene heading and few rows; otherwise, when the first row stands off the
 * action column, the rows before the first heading or action paragraph. */
static size_t title_page(dp__lctx *c)
{
    const dp__layout *lay = c->lay;
    size_t end = 0, body = 0;
    if (lay->n_pages < 2)
        return 0;
    while (end < lay->n_rows && c->ri[end].vpage == c->ri[0].vpage) {
        size_t n;
        const char *t = dp__lrow_text(c, end, &n);
        if (c->ri[end].kind == DP__R_BODY &&
            (++body > TITLE_PAGE_MAX_ROWS || dp__layout_heading_words(c, t, n)))
            return 0;
        end++;
    }
    return end;
}

static size_t title_rows(dp__lctx *c)
{
    const dp__layout *lay = c->lay;
    size_t end = lay->paged ? title_page(c) : 0, body = 0;
    if (end)
        return end;
    size_t first = 0;
    while (first < lay->n_rows && c->ri[first].kind != DP__R_BODY)
        first++;
    if (first == lay->n_rows || c->ri[first].x < c->A + 5)
        return 0;
    for (end = first; end < lay->n_rows; end++) {
        const dp__rinfo *r = &c->ri[end];
        if (r->kind != DP__R_BODY)
            continue;
        size_t n;
        const char *t = dp__lrow_text(c, end, &n);
        bool action = r->x < c->A + 1.5f && r->x_end - r->x >= 30;
        if (action || r->num_n || dp__layout_heading_words(c, t, n))
            break;
        if (++body > TITLE_PAGE_MAX_ROWS)
            return 0;
    }
    /* a cue and its speech are not a title page */
    if (end > first + 1 && c->ri[first + 1].kind == DP__R_BODY &&
        c->lay->rows[first + 1].blank_before == 0 && c->ri[first + 1].x < c->ri[first].x - 1)
        return 0;
    return end;
}

static dp_status put(dp__lctx *c, const char *key, const dp__buf *val, uint32_t line)
{
    if (val->len == 0)
        return DP_OK;
    char *v = dp__arena_strndup(&c->doc->arena, val->data, val->len);
    if (!v)
        return DP_E_NOMEM;
    return dp__doc_add_title(c->doc, key, v, line);
}

dp_status dp__layout_title(dp__lctx *c)
{
    size_t end = title_rows(c);
    if (end == 0)
        return DP_OK;
    const dp__layout *lay = c->lay;
    float center = (c->A + c->R) / 2;
    dp__buf val;
    dp__buf_init(&val, 1 << 16);
    const char *key = NULL;
    uint32_t key_line = 0;
    bool have_title = false, author_next = false;
    dp_status st = DP_OK;
    for (size_t i = 0; i < end && st == DP_OK; i++) {
        dp__rinfo *r = &c->ri[i];
        if (r->kind != DP__R_BODY)
            continue;
        r->kind = DP__R_TITLE;
        size_t n;
        const char *t = dp__lrow_text(c, i, &n);
        bool new_block = !key || lay->rows[i].blank_before > 0;
        const char *next_key = NULL;
        if (is_credit(c, t, n)) {
            next_key = "Credit";
        } else if (new_block || author_next) {
            if (!have_title)
                next_key = "Title";
            else if (author_next)
                next_key = "Author";
            else if (is_date(c, t, n))
                next_key = "Draft date";
            else
                next_key = (r->x + r->x_end) / 2 < center - 4 ? "Contact" : "Notes";
        }
        if (next_key) {
            st = key ? put(c, key, &val, key_line) : DP_OK;
            dp__buf_reset(&val);
            have_title |= !strcmp(next_key, "Title");
            author_next = !strcmp(next_key, "Credit");
            key = next_key;
            key_line = lay->rows[i].line;
        } else if (st == DP_OK && val.len) {
            st = dp__buf_putc(&val, '\n');
        }
        if (st == DP_OK)
            st = dp__buf_append(&val, t, n);
    }
    if (st == DP_OK && key)
        st = put(c, key, &val, key_line);
    dp__buf_release(&val);
    return st;
}
