/* Final Draft on the shared corpus (../shared/data/scripts): every .fdx
 * reads with as many scenes as it has Scene Heading paragraphs outside
 * notes; the tagged files give their tags; Fountain -> FDX -> dp_doc keeps
 * the elements, scenes and cast of every Fountain file; FDX -> our FDX ->
 * dp_doc keeps every tag. Skipped, with a message, when the corpus is
 * absent. */
#define _XOPEN_SOURCE 700
#include "harness.h"
#include "internal.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>

static const char *root;

static dp_doc *parse_bytes(const char *bytes, size_t len, dp_error *err)
{
    dp_doc *doc = NULL;
    return dp_doc_parse(bytes, len, NULL, &doc, err) == DP_OK ? doc : NULL;
}

static dp_doc *load(const char *rel)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    size_t len;
    char *src = dpt_read_file(path, &len);
    if (!src) {
        dpt_fail(__FILE__, __LINE__, "%s: cannot read", path);
        return NULL;
    }
    dp_error err = {0};
    dp_doc *doc = parse_bytes(src, len, &err);
    if (!doc)
        dpt_fail(__FILE__, __LINE__, "%s: %s", rel, err.msg);
    free(src);
    return doc;
}

/* Scene Heading paragraphs outside ScriptNote and Summary, counted on the
 * XML text by a scan independent of the reader. */
static size_t heading_paragraphs(const char *s)
{
    size_t count = 0;
    int hidden = 0;
    for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
        const char *end = strchr(p, '>');
        if (!end)
            break;
        bool closing = p[1] == '/', empty = end[-1] == '/';
        const char *name = p + 1 + closing;
        if (!strncmp(name, "ScriptNote", 10) || !strncmp(name, "Summary", 7)) {
            if (closing)
                hidden--;
            else if (!empty)
                hidden++;
        } else if (!closing && !strncmp(name, "Paragraph", 9) && hidden == 0) {
            const char *type = strstr(p, "Type=\"Scene Heading\"");
            count += type && type < end;
        }
    }
    return count;
}

static int n_fdx, n_fdx_failed;

static int visit_fdx(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    size_t l = strlen(path);
    if (flag != FTW_F || l < 4 || strcmp(path + l - 4, ".fdx") != 0)
        return 0;
    n_fdx++;
    size_t len;
    char *src = dpt_read_file(path, &len);
    dp_error err = {0};
    dp_doc *doc = src ? parse_bytes(src, len, &err) : NULL;
    dp_breakdown *bd = NULL;
    if (!doc || dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK) {
        n_fdx_failed++;
        dpt_fail(__FILE__, __LINE__, "%s: %s", path, err.msg);
    } else if (dp_breakdown_scene_count(bd) != heading_paragraphs(src)) {
        n_fdx_failed++;
        dpt_fail(__FILE__, __LINE__, "%s: %zu scenes, %zu Scene Heading paragraphs", path,
                 dp_breakdown_scene_count(bd), heading_paragraphs(src));
    }
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(src);
    return 0;
}

static void every_fdx_file(void)
{
    n_fdx = n_fdx_failed = 0;
    nftw(root, visit_fdx, 16, FTW_PHYS);
    CHECK(n_fdx >= 30);
    CHECK_INT(n_fdx_failed, 0);
    dp_doc *doc = load("alexc-hollywood-screenplay-parser/examples/test.fdx");
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 29);
    dp_doc_free(doc);
}

/* Tags of 'doc' as "category|label|scene" lines, the scene from 'bd'. */
static void tag_lines(const dp_doc *doc, const dp_breakdown *bd, dp__buf *out)
{
    for (size_t i = 0; i < dp_doc_tag_count(doc); i++) {
        const dp_tag *t = dp_doc_tag(doc, i);
        const char *scene = "-";
        for (size_t s = 0; s < dp_breakdown_scene_count(bd); s++) {
            const dp_scene *sc = dp_breakdown_scene(bd, s);
            if (t->element >= sc->first_element && t->element < sc->end_element)
                scene = sc->number;
        }
        dp__buf_printf(out, "%u|%s|%s|%s\n", t->category, t->category_name, t->label, scene);
    }
}

static void fr_tagged(void)
{
    dp_doc *doc = load("synthetic-fr/fr-tagged.fdx");
    dp_breakdown *bd = NULL;
    dp_error err;
    if (!doc || dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK) {
        dp_doc_free(doc);
        return;
    }
    dp__buf b;
    dp__buf_init(&b, 1 << 20);
    tag_lines(doc, bd, &b);
    CHECK_STR(b.data, "100|Cast Members|HÉLÈNE|1\n"
                      "106|Wardrobe|tablier noué|1\n"
                      "104|Props|poireaux|1\n"
                      "112|Sound|radio|1\n"
                      "100|Cast Members|MARC|2\n"
                      "103|Vehicles|mobylette|2\n");
    CHECK_INT(dp_breakdown_scene_count(bd), 3);
    CHECK_STR(dp_breakdown_title(bd), "LE DERNIER TRAIN");
    dp__buf_release(&b);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
}

static void hernangonzalez_tagged(void)
{
    static const struct {
        uint16_t category;
        size_t count;
    } want[] = {{101, 7}, {104, 6}, {110, 3}, {100, 3}, {112, 3}, {116, 3}, {114, 2}, {108, 2}};
    dp_doc *doc = load("hernangonzalez1987-scriptBreakdown/test/example.fdx");
    if (!doc)
        return;
    CHECK_INT(dp_doc_tag_count(doc), 29);
    for (size_t k = 0; k < DP__COUNT(want); k++) {
        size_t n = 0;
        for (size_t i = 0; i < dp_doc_tag_count(doc); i++)
            n += dp_doc_tag(doc, i)->category == want[k].category;
        if (n != want[k].count)
            dpt_fail(__FILE__, __LINE__, "category %u: %zu tags, expected %zu",
                     want[k].category, n, want[k].count);
    }
    const dp_tag *t = dp_doc_tag(doc, 0);
    const dp_element *el = dp_doc_element(doc, t->element);
    CHECK_STR(t->label, "multidão");
    CHECK(t->length == strlen("multidão") && !memcmp(el->text + t->start, "multidão", t->length));
    CHECK(t->flags & DP_TAGF_USER);
    CHECK_INT(dpt_count(doc, DP_EL_SCENE_HEADING), 1);
    dp_doc_free(doc);
}

/* ---- round trips ----------------------------------------------------------- */

static dp_doc *through_fountain(const dp_doc *doc, dp_error *err)
{
    dp__buf b;
    dp__buf_init(&b, (size_t)1 << 30);
    dp_sink sink = {dp__buf_sink_write, &b};
    dp_doc *out = dp_doc_write_fountain(doc, &sink, err) == DP_OK
                      ? parse_bytes(b.data ? b.data : "", b.len, err)
                      : NULL;
    dp__buf_release(&b);
    return out;
}

static dp_doc *through_fdx(const dp_doc *doc, const dp_breakdown *bd, dp_error *err)
{
    dp__buf b;
    dp__buf_init(&b, (size_t)1 << 30);
    dp_sink sink = {dp__buf_sink_write, &b};
    dp_status st = bd ? dp_breakdown_write_fdx(bd, &sink, err) : dp_doc_write_fdx(doc, &sink, err);
    dp_doc *out = st == DP_OK ? parse_bytes(b.data, b.len, err) : NULL;
    dp__buf_release(&b);
    return out;
}

static void upper(const char *s, dp__buf *out)
{
    dp__buf_reset(out);
    dp__utf8_upper(s, strlen(s), out);
}

static bool ieq(const char *a, const char *b)
{
    dp__buf x, y;
    dp__buf_init(&x, 1 << 20);
    dp__buf_init(&y, 1 << 20);
    upper(a, &x);
    upper(b, &y);
    bool eq = x.data && y.data && strcmp(x.data, y.data) == 0;
    dp__buf_release(&x);
    dp__buf_release(&y);
    return eq;
}

/* Same text, ignoring case for the types Final Draft shows in capitals. */
static bool same_text(const dp_element *a, const dp_element *b, dp__buf *x, dp__buf *y)
{
    if (a->type == DP_EL_SCENE_HEADING || a->type == DP_EL_CHARACTER ||
        a->type == DP_EL_TRANSITION) {
        upper(a->plain, x);
        upper(b->plain, y);
        return strcmp(x->data ? x->data : "", y->data ? y->data : "") == 0;
    }
    return strcmp(a->plain, b->plain) == 0;
}

/* Why two documents differ, or NULL. */
static const char *doc_diff(const dp_doc *a, const dp_doc *b, size_t *at)
{
    dp__buf x, y;
    dp__buf_init(&x, 1 << 24);
    dp__buf_init(&y, 1 << 24);
    const char *why = NULL;
    size_t n = dp_doc_element_count(a);
    if (n != dp_doc_element_count(b))
        why = "element count";
    for (size_t i = 0; i < n && !why; i++) {
        const dp_element *p = dp_doc_element(a, i), *q = dp_doc_element(b, i);
        *at = i;
        uint32_t dual = DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT;
        if (p->type != q->type)
            why = "element type";
        else if (!same_text(p, q, &x, &y))
            why = "element text";
        else if ((p->flags & dual) != (q->flags & dual))
            why = "dual dialogue";
        else if ((p->scene_number == NULL) != (q->scene_number == NULL) ||
                 (p->scene_number && strcmp(p->scene_number, q->scene_number)))
            why = "scene number";
    }
    dp__buf_release(&x);
    dp__buf_release(&y);
    return why;
}

static const char *breakdown_diff(const dp_breakdown *a, const dp_breakdown *b)
{
    if (dp_breakdown_scene_count(a) != dp_breakdown_scene_count(b))
        return "scene count";
    if (strcmp(dp_breakdown_title(a), dp_breakdown_title(b)))
        return "title";
    for (size_t s = 0; s < dp_breakdown_scene_count(a); s++) {
        const dp_scene *p = dp_breakdown_scene(a, s), *q = dp_breakdown_scene(b, s);
        if (strcmp(p->number, q->number) || strcmp(p->set, q->set) || p->time != q->time ||
            p->int_ext != q->int_ext)
            return "scene heading";
        if (p->cast_count != q->cast_count)
            return "cast of a scene";
        for (size_t c = 0; c < p->cast_count; c++) /* Final Draft shows cues in capitals */
            if (!ieq(dp_breakdown_character(a, p->cast[c])->name,
                     dp_breakdown_character(b, q->cast[c])->name))
                return "cast of a scene";
    }
    return NULL;
}

static int n_fountain, n_round_failed;
static const char *round_ext; /* the files a round trip starts from */
static bool round_to_fdx;     /* through FDX, or through Fountain */
static bool round_elements;   /* compare the elements */
static bool round_breakdown;  /* compare the breakdowns */

static int visit_round(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    size_t l = strlen(path), e = strlen(round_ext);
    if (flag != FTW_F || l < e || strcmp(path + l - e, round_ext) != 0)
        return 0;
    n_fountain++;
    size_t len;
    char *src = dpt_read_file(path, &len);
    dp_error err = {0};
    dp_doc *a = src ? parse_bytes(src, len, &err) : NULL;
    dp_doc *b = !a ? NULL : round_to_fdx ? through_fdx(a, NULL, &err) : through_fountain(a, &err);
    dp_breakdown *ba = NULL, *bb = NULL;
    const char *why = !b ? err.msg : NULL;
    size_t at = 0;
    if (!why && round_elements)
        why = doc_diff(a, b, &at);
    if (!why && round_breakdown && (dp_breakdown_new(a, NULL, &ba, &err) != DP_OK ||
                                    dp_breakdown_new(b, NULL, &bb, &err) != DP_OK))
        why = err.msg;
    if (!why && round_breakdown)
        why = breakdown_diff(ba, bb);
    if (why) {
        n_round_failed++;
        dpt_fail(__FILE__, __LINE__, "%s: through %s: %s differs (element %zu)", path,
                 round_to_fdx ? "FDX" : "Fountain", why, at);
    }
    dp_breakdown_free(ba);
    dp_breakdown_free(bb);
    dp_doc_free(a);
    dp_doc_free(b);
    free(src);
    return 0;
}

static void round_trips(const char *ext, bool to_fdx, bool elements, bool breakdown,
                        int at_least)
{
    n_fountain = n_round_failed = 0;
    round_ext = ext;
    round_to_fdx = to_fdx;
    round_elements = elements;
    round_breakdown = breakdown;
    nftw(root, visit_round, 16, FTW_PHYS);
    CHECK(n_fountain >= at_least);
    CHECK_INT(n_round_failed, 0);
}

static void fountain_round_trip(void) { round_trips(".fountain", true, true, true, 100); }

/* The Fountain writer: Fountain files come back element for element;
 * Final Draft files with the same scenes and cast (Fountain merges a
 * speaker's consecutive dialogue paragraphs and splits a multi-line
 * synopsis). */
static void fountain_writer(void)
{
    round_trips(".fountain", false, true, false, 100);
    round_trips(".fdx", false, false, true, 30);
}

/* Every tag of 'a' is in 'b' on the same text, category and label. */
static void tags_kept(const char *rel)
{
    dp_doc *a = load(rel);
    dp_breakdown *bd = NULL;
    dp_error err = {0};
    if (!a || dp_breakdown_new(a, NULL, &bd, &err) != DP_OK) {
        dp_doc_free(a);
        return;
    }
    dp_doc *b = through_fdx(a, bd, &err);
    CHECK(b != NULL);
    size_t k = 0;
    for (size_t i = 0; b && i < dp_doc_tag_count(a); i++) {
        const dp_tag *t = dp_doc_tag(a, i);
        const char *text = dp_doc_element(a, t->element)->text + t->start;
        bool found = false;
        for (; k < dp_doc_tag_count(b) && !found; k++) {
            const dp_tag *u = dp_doc_tag(b, k);
            const dp_element *el = dp_doc_element(b, u->element);
            found = u->category == t->category && !strcmp(u->label, t->label) &&
                    u->length == t->length && !memcmp(el->text + u->start, text, t->length) &&
                    !strcmp(el->text, dp_doc_element(a, t->element)->text);
        }
        if (!found)
            dpt_fail(__FILE__, __LINE__, "%s: tag %zu (%s) lost", rel, i, t->label);
    }
    /* and the cast, as Cast Members tags */
    for (size_t c = 0; b && c < dp_breakdown_character_count(bd); c++) {
        const char *name = dp_breakdown_character(bd, c)->name;
        bool found = false;
        for (size_t i = 0; i < dp_doc_tag_count(b) && !found; i++)
            found = dp_doc_tag(b, i)->category == 100 &&
                    ieq(dp_doc_tag(b, i)->label, name);
        if (!found)
            dpt_fail(__FILE__, __LINE__, "%s: no Cast Members tag for %s", rel, name);
    }
    dp_breakdown_free(bd);
    dp_doc_free(a);
    dp_doc_free(b);
}

static void fdx_round_trip(void)
{
    tags_kept("synthetic-fr/fr-tagged.fdx");
    tags_kept("hernangonzalez1987-scriptBreakdown/test/example.fdx");
    tags_kept("alexc-hollywood-screenplay-parser/examples/test.fdx");
}

void dpt_suite_corpus_fdx(void)
{
    root = dpt_shared_scripts();
    if (!root) {
        dpt_skip("corpus_fdx", "../shared/data/scripts not found (set DP_SHARED to the "
                               "shared folder to run these tests)");
        return;
    }
    dpt_run("corpus_fdx: every .fdx reads, scenes = Scene Heading paragraphs (29 in "
            "alexc test.fdx)", every_fdx_file);
    dpt_run("corpus_fdx: fr-tagged.fdx gives its 6 tags in their categories and scenes",
            fr_tagged);
    dpt_run("corpus_fdx: example.fdx gives its 29 tags in 8 categories", hernangonzalez_tagged);
    dpt_run("corpus_fdx: every .fountain -> FDX -> doc keeps elements, scenes and cast",
            fountain_round_trip);
    dpt_run("corpus_fdx: tagged FDX -> our FDX -> doc keeps every tag and adds the cast",
            fdx_round_trip);
    dpt_run("corpus_fdx: every .fountain and .fdx -> Fountain -> doc keeps scenes and cast",
            fountain_writer);
}
