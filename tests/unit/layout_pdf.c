/* The PDF reader: PDFs printed here by mkpdf (Letter and A4), damaged,
 * encrypted and text-less PDFs, and the corpus PDFs made from Fountain
 * sources. */
#define _POSIX_C_SOURCE 200809L
#include "../harness.h"
#include "../tools/mkpdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static dp_status parse_file(const char *path, dp_doc **doc, dp_error *err)
{
    size_t len;
    char *src = dpt_read_file(path, &len);
    *doc = NULL;
    if (!src) {
        dpt_fail(__FILE__, __LINE__, "%s: cannot read", path);
        return DP_E_IO;
    }
    dp_parse_options po = {DP_FORMAT_AUTO, path};
    dp_status st = dp_doc_parse(src, len, &po, doc, err);
    free(src);
    return st;
}

static void expect_error(const char *path, const char *words)
{
    dp_doc *doc;
    dp_error err = {0};
    CHECK_INT(parse_file(path, &doc, &err), DP_E_FORMAT);
    CHECK(doc == NULL);
    if (!strstr(err.msg, words))
        dpt_fail(__FILE__, __LINE__, "%s: \"%s\" does not say \"%s\"", path, err.msg, words);
}

static void hostile(void)
{
    expect_error("tests/data/pdf/truncated.pdf", "damaged");
    expect_error("tests/data/pdf/encrypted.pdf", "encrypted");
    expect_error("tests/data/pdf/notext.pdf", "no text layer (a scan?); depouille does not do OCR");
    static const char junk[] = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n";
    dp_doc *doc = NULL;
    dp_error err = {0};
    CHECK_INT(dp_doc_parse(junk, sizeof junk - 1, NULL, &doc, &err), DP_E_FORMAT);
    CHECK(doc == NULL);
}

/* One script printed on Letter and on A4 reads the same, and the page of
 * each element comes from the printed page numbers (the title page is
 * not numbered). */
static void paper_sizes(void)
{
    char tmpl[] = "/tmp/dp-pdf-XXXXXX";
    const char *dir = mkdtemp(tmpl);
    CHECK(dir != NULL);
    if (!dir)
        return;
    char letter[256], a4[256];
    snprintf(letter, sizeof letter, "%s/letter.pdf", dir);
    snprintf(a4, sizeof a4, "%s/a4.pdf", dir);
    dpt_pdf_style sl = {.a4 = false}, sa = {.a4 = true, .numbers = true, .french = true};
    CHECK_INT(dpt_mkpdf("tests/golden/print-en.fountain", letter, &sl), 0);
    CHECK_INT(dpt_mkpdf("tests/golden/print-en.fountain", a4, &sa), 0);
    dp_doc *d1 = NULL, *d2 = NULL;
    dp_error err = {0};
    CHECK_INT(parse_file(letter, &d1, &err), DP_OK);
    CHECK_INT(parse_file(a4, &d2, &err), DP_OK);
    if (d1 && d2) {
        CHECK_INT(dp_doc_format(d1), DP_FORMAT_PDF);
        CHECK_STR(dp_doc_title_value(d1, "Title"), "The Night Ferry");
        CHECK_STR(dp_doc_title_value(d2, "Author"), "Ada Quill");
        for (int t = DP_EL_SCENE_HEADING; t <= DP_EL_TRANSITION; t++)
            CHECK_INT(dpt_count(d1, (dp_element_type)t), dpt_count(d2, (dp_element_type)t));
        CHECK_INT(dpt_count(d1, DP_EL_SCENE_HEADING), 5);
        CHECK_INT(dpt_count(d1, DP_EL_CHARACTER), 11);
        const dp_element *h1 = dpt_nth(d1, DP_EL_SCENE_HEADING, 0);
        const dp_element *h5 = dpt_nth(d1, DP_EL_SCENE_HEADING, 4);
        CHECK(h1 && h1->page == 1 && h1->scene_number == NULL);
        CHECK(h5 && h5->page >= 2);
        const dp_element *n4 = dpt_nth(d2, DP_EL_SCENE_HEADING, 3);
        if (n4)
            CHECK_STR(n4->scene_number, "4");
        /* the speech split by (SUITE) / NAME (SUITE) is one element */
        for (size_t i = 0; i < dp_doc_element_count(d2); i++)
            CHECK(!strstr(dp_doc_element(d2, i)->text, "SUITE"));
    }
    dp_doc_free(d1);
    dp_doc_free(d2);
    unlink(letter);
    unlink(a4);
    rmdir(dir);
}

/* Speakers of scene s, sorted, '|'-joined. */
static int cmp_name(const void *a, const void *b) { return strcmp(a, b); }

static void speakers(const dp_doc *doc, const dp_scene *s, char *out, size_t cap)
{
    char names[64][64];
    size_t n = 0;
    for (size_t e = s->first_element; e < s->end_element && n < 64; e++) {
        const dp_element *el = dp_doc_element(doc, e);
        if (el->type != DP_EL_CHARACTER)
            continue;
        size_t k = strcspn(el->plain, "(^");
        while (k > 0 && el->plain[k - 1] == ' ')
            k--;
        snprintf(names[n], sizeof names[n], "%.*s", (int)k, el->plain);
        bool dup = false;
        for (size_t q = 0; q < n; q++)
            dup |= !strcmp(names[q], names[n]);
        n += !dup;
    }
    qsort(names, n, sizeof names[0], cmp_name);
    out[0] = '\0';
    for (size_t q = 0; q < n; q++)
        snprintf(out + strlen(out), cap - strlen(out), "%s%s", q ? "|" : "", names[q]);
}

/* A corpus PDF against its Fountain source: 'want_equal' scenes with the
 * same heading and speakers, in order, out of the source's count. */
static void against_source(const char *pdf_rel, const char *src_rel, size_t want_scenes,
                           size_t want_equal)
{
    const char *root = dpt_shared_scripts();
    char p1[4096], p2[4096];
    snprintf(p1, sizeof p1, "%s/%s", root, src_rel);
    snprintf(p2, sizeof p2, "%s/%s", root, pdf_rel);
    dp_doc *fd = NULL, *pd = NULL;
    dp_breakdown *fb = NULL, *pb = NULL;
    dp_error err = {0};
    if (parse_file(p1, &fd, &err) != DP_OK || parse_file(p2, &pd, &err) != DP_OK ||
        dp_breakdown_new(fd, NULL, &fb, &err) != DP_OK ||
        dp_breakdown_new(pd, NULL, &pb, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "%s: %s", pdf_rel, err.msg);
    } else {
        CHECK_INT(dp_breakdown_scene_count(pb), want_scenes);
        /* greedy alignment by heading: enough for these files */
        size_t equal = 0, j = 0;
        for (size_t i = 0; i < dp_breakdown_scene_count(fb); i++) {
            const dp_scene *a = dp_breakdown_scene(fb, i);
            for (size_t k = j; k < dp_breakdown_scene_count(pb); k++) {
                const dp_scene *b = dp_breakdown_scene(pb, k);
                if (strcmp(a->heading, b->heading))
                    continue;
                char sa[4096], sb[4096];
                speakers(fd, a, sa, sizeof sa);
                speakers(pd, b, sb, sizeof sb);
                equal += !strcmp(sa, sb);
                j = k + 1;
                break;
            }
        }
        if (equal != want_equal)
            dpt_fail(__FILE__, __LINE__, "%s: %zu scenes agree with the source, expected %zu",
                     pdf_rel, equal, want_equal);
    }
    dp_breakdown_free(fb);
    dp_breakdown_free(pb);
    dp_doc_free(fd);
    dp_doc_free(pd);
}

static void corpus_pdfs(void)
{
    const char *ex = "vilcans-screenplain/examples/";
    char a[256], b[256];
    static const struct {
        const char *name;
        size_t scenes, equal;
    } sp[] = {{"Brick-and-Steel", 8, 8}, {"The-Last-Birthday-Card", 48, 48}, {"Big-Fish", 190, 190}};
    for (size_t i = 0; i < 3; i++) {
        snprintf(a, sizeof a, "%s%s.pdf", ex, sp[i].name);
        snprintf(b, sizeof b, "%s%s.fountain", ex, sp[i].name);
        against_source(a, b, sp[i].scenes, sp[i].equal);
    }
    /* afterwriting prints "!INT. ACTION" as the heading it looks like */
    against_source("ifrost-afterwriting-labs/test/client/pdf/client.pdf",
                   "ifrost-afterwriting-labs/test/data/screenplays/client.fountain", 12, 9);
    against_source("ifrost-afterwriting-labs/test/client/pdf/cyrillic.pdf",
                   "ifrost-afterwriting-labs/test/data/screenplays/cyrillic.fountain", 2, 2);
}

void dpt_suite_layout_pdf(void)
{
    dpt_run("layout_pdf: damaged, encrypted, text-less PDFs get clear errors", hostile);
    dpt_run("layout_pdf: Letter and A4 prints read alike, pages from page numbers",
            paper_sizes);
    if (dpt_shared_scripts())
        dpt_run("layout_pdf: corpus PDFs agree with their Fountain sources", corpus_pdfs);
    else
        dpt_skip("layout_pdf: corpus PDFs", "../shared/data/scripts not found");
}
