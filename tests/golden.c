/* Golden tests: tests/golden/NAME.fountain (and NAME.txt, a text export;
 * NAME.fdx, a Final Draft file; NAME.pages.txt files are expected output,
 * not inputs) against
 * NAME.parse.json, NAME.breakdown.json and NAME.pages.txt, byte for byte,
 * through the library. Each print-*.fountain is also printed as a PDF by
 * mkpdf in two styles (NAME.letter: US Letter; NAME.a4: A4 with scene
 * numbers and revision marks) and read back: same scenes, headings and
 * speakers as the Fountain source, and the PDF's own NAME.STYLE.*.json and
 * pages. The CLI runs the same files in tests/cli/run.sh. DP_UPDATE_GOLDEN=1
 * rewrites the expected files instead (then review the diff). */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "internal.h"
#include "tools/mkpdf.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define GOLDEN_DIR "tests/golden"

static const char *current;     /* NAME */
static const char *current_ext; /* ".fountain", ".txt", ".fdx" */

static void compare(const char *name, const char *kind, const dp__buf *got)
{
    char path[512];
    snprintf(path, sizeof path, GOLDEN_DIR "/%s.%s", name, kind);
    const char *update = getenv("DP_UPDATE_GOLDEN");
    if (update && *update == '1') {
        FILE *f = fopen(path, "wb");
        CHECK(f != NULL);
        if (f) {
            fwrite(got->data, 1, got->len, f);
            fclose(f);
        }
        return;
    }
    size_t len;
    char *want = dpt_read_file(path, &len);
    if (!want) {
        dpt_fail(__FILE__, __LINE__, "%s: missing", path);
        return;
    }
    if (len != got->len || memcmp(want, got->data, len) != 0) {
        size_t i = 0, line = 1;
        while (i < len && i < got->len && want[i] == got->data[i])
            line += want[i++] == '\n';
        dpt_fail(__FILE__, __LINE__, "%s differs from line %zu", path, line);
    }
    free(want);
}

/* Parses 'path' (its name a format hint) and compares both JSON forms
 * with NAME.parse.json / NAME.breakdown.json. */
static void golden_file(const char *path, const char *name)
{
    size_t len;
    char *src = dpt_read_file(path, &len);
    CHECK(src != NULL);
    if (!src)
        return;
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    dp_error err = {0};
    dp__buf o;
    dp__buf_init(&o, (size_t)1 << 30);
    dp_sink sink = {dp__buf_sink_write, &o};
    dp_parse_options po = {DP_FORMAT_AUTO, path};
    CHECK_INT(dp_doc_parse(src, len, &po, &doc, &err), DP_OK);
    if (doc) {
        CHECK_INT(dp_doc_write_json(doc, &sink, &err), DP_OK);
        compare(name, "parse.json", &o);
        dp__buf_reset(&o);
        CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
        if (bd) {
            CHECK_INT(dp_breakdown_write_json(bd, &sink, &err), DP_OK);
            compare(name, "breakdown.json", &o);
        }
        dp_pagination *pg = NULL;
        dp__buf_reset(&o);
        CHECK_INT(dp_paginate(doc, DP_PAPER_AUTO, &pg, &err), DP_OK);
        if (pg) {
            CHECK_INT(dp_pagination_write_text(pg, &sink, &err), DP_OK);
            compare(name, "pages.txt", &o);
        }
        dp_pagination_free(pg);
    }
    dp__buf_release(&o);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(src);
}

static void golden_one(void)
{
    char path[512];
    snprintf(path, sizeof path, GOLDEN_DIR "/%s%s", current, current_ext);
    golden_file(path, current);
}

/* ---- printed as PDF ------------------------------------------------------ */

static dp_breakdown *read_script(const char *path, dp_doc **doc)
{
    size_t len;
    char *src = dpt_read_file(path, &len);
    dp_error err = {0};
    dp_breakdown *bd = NULL;
    dp_parse_options po = {DP_FORMAT_AUTO, path};
    *doc = NULL;
    if (!src || dp_doc_parse(src, len, &po, doc, &err) != DP_OK ||
        dp_breakdown_new(*doc, NULL, &bd, &err) != DP_OK)
        dpt_fail(__FILE__, __LINE__, "%s: %s", path, err.msg);
    free(src);
    return bd;
}

static int cmp_name(const void *a, const void *b) { return strcmp(a, b); }

/* The speakers of scene s, sorted, joined by '|'. */
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

static const struct {
    const char *name;
    dpt_pdf_style style;
} pdf_styles[] = {
    {"letter", {.a4 = false}},
    {"a4", {.a4 = true, .numbers = true, .revised = true}},
};

static void golden_pdf(void)
{
    char src[512], tmpl[] = "/tmp/dp-golden-XXXXXX";
    snprintf(src, sizeof src, GOLDEN_DIR "/%s.fountain", current);
    const char *dir = mkdtemp(tmpl);
    CHECK(dir != NULL);
    for (size_t v = 0; dir && v < sizeof pdf_styles / sizeof pdf_styles[0]; v++) {
        char pdf[600], name[300];
        snprintf(pdf, sizeof pdf, "%s/%s.%s.pdf", dir, current, pdf_styles[v].name);
        snprintf(name, sizeof name, "%s.%s", current, pdf_styles[v].name);
        if (dpt_mkpdf(src, pdf, &pdf_styles[v].style) != 0) {
            dpt_fail(__FILE__, __LINE__, "%s: mkpdf failed", pdf);
            continue;
        }
        dp_doc *fdoc, *pdoc;
        dp_breakdown *fb = read_script(src, &fdoc), *pb = read_script(pdf, &pdoc);
        size_t n = dp_breakdown_scene_count(fb);
        if (pb && fb && dp_breakdown_scene_count(pb) != n)
            dpt_fail(__FILE__, __LINE__, "%s: %zu scenes, the source has %zu", name,
                     dp_breakdown_scene_count(pb), n);
        for (size_t i = 0; pb && fb && i < n && i < dp_breakdown_scene_count(pb); i++) {
            const dp_scene *a = dp_breakdown_scene(fb, i), *b = dp_breakdown_scene(pb, i);
            char sa[2048], sb[2048];
            CHECK_STR(b->heading, a->heading);
            speakers(fdoc, a, sa, sizeof sa);
            speakers(pdoc, b, sb, sizeof sb);
            CHECK_STR(sb, sa);
            if (pdf_styles[v].style.numbers)
                CHECK_STR(b->number, a->number);
        }
        dp_breakdown_free(fb);
        dp_breakdown_free(pb);
        dp_doc_free(fdoc);
        dp_doc_free(pdoc);
        golden_file(pdf, name);
        unlink(pdf);
    }
    if (dir)
        rmdir(dir);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void dpt_suite_golden(void)
{
    DIR *d = opendir(GOLDEN_DIR);
    if (!d) {
        dpt_skip("golden", "run from the repository root");
        return;
    }
    char *names[512];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 512) {
        size_t l = strlen(e->d_name);
        if ((l > 9 && strcmp(e->d_name + l - 9, ".fountain") == 0) ||
            (l > 4 && strcmp(e->d_name + l - 4, ".fdx") == 0) ||
            (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0 &&
             !(l > 10 && strcmp(e->d_name + l - 10, ".pages.txt") == 0)))
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char label[300];
        snprintf(label, sizeof label, "golden: %s", names[i]);
        char *dot = strrchr(names[i], '.');
        current_ext = dot[1] == 't' ? ".txt" : dot[2] == 'd' ? ".fdx" : ".fountain";
        *dot = '\0';
        current = names[i];
        dpt_run(label, golden_one);
        if (!strncmp(names[i], "print-", 6) && !strcmp(current_ext, ".fountain")) {
            snprintf(label, sizeof label, "golden: %s printed as PDF (Letter, A4)", names[i]);
            dpt_run(label, golden_pdf);
        }
        free(names[i]);
    }
}
