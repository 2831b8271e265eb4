/* Golden tests: tests/golden/NAME.fountain against NAME.parse.json,
 * NAME.breakdown.json and NAME.pages.txt, byte for byte, through the library. The CLI runs
 * the same files in tests/cli/run.sh. DP_UPDATE_GOLDEN=1 rewrites the
 * expected files instead (then review the diff). */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "internal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#define GOLDEN_DIR "tests/golden"

static const char *current;

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

static void golden_one(void)
{
    char path[512];
    snprintf(path, sizeof path, GOLDEN_DIR "/%s.fountain", current);
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
    CHECK_INT(dp_doc_parse(src, len, NULL, &doc, &err), DP_OK);
    if (doc) {
        CHECK_INT(dp_doc_write_json(doc, &sink, &err), DP_OK);
        compare(current, "parse.json", &o);
        dp__buf_reset(&o);
        CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
        if (bd) {
            CHECK_INT(dp_breakdown_write_json(bd, &sink, &err), DP_OK);
            compare(current, "breakdown.json", &o);
        }
        dp_pagination *pg = NULL;
        dp__buf_reset(&o);
        CHECK_INT(dp_paginate(doc, DP_PAPER_AUTO, &pg, &err), DP_OK);
        if (pg) {
            CHECK_INT(dp_pagination_write_text(pg, &sink, &err), DP_OK);
            compare(current, "pages.txt", &o);
        }
        dp_pagination_free(pg);
    }
    dp__buf_release(&o);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(src);
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
        if (l > 9 && strcmp(e->d_name + l - 9, ".fountain") == 0) {
            names[n] = strdup(e->d_name);
            names[n][l - 9] = '\0';
            n++;
        }
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char label[300];
        snprintf(label, sizeof label, "golden: %s", names[i]);
        current = names[i];
        dpt_run(label, golden_one);
        free(names[i]);
    }
}
