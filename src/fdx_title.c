/* The Final Draft title page: free paragraphs, grouped into blocks by
 * empty ones, a change of alignment, or a credit line. Centered blocks
 * give Title (the first), Credit ("by", "écrit par"), Author (after a
 * credit, or the first other block), Source ("based on", "d'après") and
 * Notes; right-aligned blocks
 * the Draft date; left-aligned ones the Contact. */
#include "fdx.h"

#include <string.h>

static const dp__lit credits[] = {
    DP__LIT("by"), DP__LIT("written by"), DP__LIT("screenplay by"), DP__LIT("story by"),
    DP__LIT("teleplay by"), DP__LIT("a screenplay by"), DP__LIT("written and directed by"),
    DP__LIT("ecrit par"), DP__LIT("scenario de"), DP__LIT("un scenario de"),
    DP__LIT("scenario"), DP__LIT("un film de"), DP__LIT("de"), DP__LIT("par"),
    DP__LIT("scenario et dialogues de"), DP__LIT("adaptation de"), DP__LIT("adapte par"),
};

static const dp__lit sources[] = {
    DP__LIT("based on"), DP__LIT("adapted from"), DP__LIT("d'apres"), DP__LIT("inspire de"),
};

typedef struct title_ctx {
    dp_doc *doc;
    const fdx_raw *raw;
    dp__arena scratch;
    dp__buf line, block, tmp;
    uint32_t block_line, block_flags;
    bool have_title, have_author, expect_author;
} title_ctx;

static dp_status put(title_ctx *T, const char *key, const char *s, size_t n)
{
    size_t a = 0, b = n;
    dp__trim(s, &a, &b);
    if (a == b)
        return DP_OK;
    char *v = dp__arena_strndup(&T->doc->arena, s + a, b - a);
    return v ? dp__doc_add_title(T->doc, key, v, T->block_line) : DP_E_NOMEM;
}

/* Length of the credit phrase the folded text starts with, followed by
 * a space and more text ('whole': the phrase is the whole text). */
static size_t credit_prefix(const dp__fold *f, bool *whole)
{
    *whole = dp__lit_in(credits, DP__COUNT(credits), f->text, f->len);
    if (*whole)
        return f->len;
    size_t best = 0;
    for (size_t i = 0; i < DP__COUNT(credits); i++) {
        const dp__lit *c = &credits[i];
        bool phrase = memchr(c->s, ' ', c->n) != NULL || strcmp(c->s, "by") == 0;
        if (phrase && f->len > c->n + 1 && memcmp(f->text, c->s, c->n) == 0 &&
            f->text[c->n] == ' ' && c->n > best)
            best = c->n;
    }
    return best;
}

static bool starts_with_source(const dp__fold *f)
{
    for (size_t i = 0; i < DP__COUNT(sources); i++)
        if (f->len >= sources[i].n && memcmp(f->text, sources[i].s, sources[i].n) == 0)
            return true;
    return false;
}

static dp_status end_block(title_ctx *T)
{
    if (T->block.len == 0)
        return DP_OK;
    const char *s = T->block.data;
    size_t n = T->block.len;
    dp_status st = DP_OK;
    if (T->block_flags & FDXP_RIGHT) {
        st = put(T, "Draft date", s, n);
    } else if (!(T->block_flags & FDXP_CENTER)) {
        st = put(T, "Contact", s, n);
    } else if (!T->have_title) {
        T->have_title = true;
        st = put(T, "Title", s, n);
    } else {
        dp__fold f;
        if ((st = dp__fold_make(&T->scratch, s, n, &f)) != DP_OK)
            return st;
        bool whole;
        size_t k = credit_prefix(&f, &whole);
        if (whole) {
            st = put(T, "Credit", s, n);
            T->expect_author = true;
        } else if (k > 0) {
            size_t cut = f.map[k];
            st = put(T, "Credit", s, cut);
            if (st == DP_OK)
                st = put(T, "Author", s + cut, n - cut);
            T->have_author = true;
        } else if (T->expect_author || (!T->have_author && !starts_with_source(&f))) {
            st = put(T, "Author", s, n);
            T->expect_author = false;
            T->have_author = true;
        } else {
            st = put(T, starts_with_source(&f) ? "Source" : "Notes", s, n);
        }
    }
    dp__buf_reset(&T->block);
    return st;
}

static dp_status paragraph(title_ctx *T, const fdx_para *p)
{
    dp__buf_reset(&T->line);
    dp_status st = DP_OK;
    for (uint32_t i = 0; i < p->n_runs && st == DP_OK; i++) {
        const fdx_run *r = &T->raw->runs[p->first_run + i];
        st = dp__fdx_run_text(T->raw->text.data + r->text, r->len, r->allcaps == 1, &T->tmp,
                              &T->line);
    }
    if (st != DP_OK)
        return st;
    size_t a = 0, b = T->line.len;
    const char *s = T->line.data ? T->line.data : "";
    dp__trim(s, &a, &b);
    if (a == b)
        return end_block(T);
    uint32_t align = FDXP_CENTER | FDXP_RIGHT;
    if (T->block.len > 0 && (p->flags & align) != (T->block_flags & align) &&
        (st = end_block(T)) != DP_OK) /* a new alignment starts a block */
        return st;
    if (T->block.len > 0 && (p->flags & T->block_flags & FDXP_CENTER)) {
        /* a credit line starts a block of its own: "écrit par X" */
        dp__fold f;
        bool whole;
        if ((st = dp__fold_make(&T->scratch, s + a, b - a, &f)) != DP_OK)
            return st;
        if ((credit_prefix(&f, &whole) > 0 || whole) && (st = end_block(T)) != DP_OK)
            return st;
    }
    if (T->block.len == 0) {
        T->block_line = p->line;
        T->block_flags = p->flags;
    } else if ((st = dp__buf_putc(&T->block, '\n')) != DP_OK) {
        return st;
    }
    return dp__buf_append(&T->block, s + a, b - a);
}

dp_status dp__fdx_title_page(dp_doc *doc, const fdx_raw *raw)
{
    title_ctx T;
    memset(&T, 0, sizeof T);
    T.doc = doc;
    T.raw = raw;
    dp__arena_init(&T.scratch, (size_t)DP_MAX_INPUT_BYTES * 4);
    dp__buf_init(&T.line, DP_MAX_INPUT_BYTES);
    dp__buf_init(&T.block, DP_MAX_INPUT_BYTES);
    dp__buf_init(&T.tmp, DP_MAX_INPUT_BYTES);
    dp_status st = DP_OK;
    for (size_t i = 0; i < raw->n_paras && st == DP_OK; i++)
        if (raw->paras[i].flags & FDXP_TITLE)
            st = paragraph(&T, &raw->paras[i]);
    if (st == DP_OK)
        st = end_block(&T);
    dp__arena_release(&T.scratch);
    dp__buf_release(&T.line);
    dp__buf_release(&T.block);
    dp__buf_release(&T.tmp);
    return st;
}
