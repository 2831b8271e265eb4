/* The fuzz targets (fuzz/fuzz_*.c, built in by tests/fuzz/replay_*.c) run
 * on every input of their seed corpus (fuzz/corpus/NAME) and on what
 * fuzzing found (tests/fuzz/NAME: each input that once crashed, leaked or
 * broke a rule, kept after its fix). Under ASan+UBSan (make check) a
 * finding that comes back stops the run. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "fuzz/replay.h"

#include <dirent.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#define DPT_FUZZ_TARGETS(X) X(fountain) X(fdx) X(layout) X(pdf) X(report) X(project) X(import) X(talent) X(constraints)

#define DPT_FUZZ_DECL_(name) int dpt_fuzz_##name(const uint8_t *data, size_t size);
DPT_FUZZ_TARGETS(DPT_FUZZ_DECL_)
#undef DPT_FUZZ_DECL_

typedef int (*target_fn)(const uint8_t *data, size_t size);

static jmp_buf back;
static const char *current; /* the input being replayed */

_Noreturn void dpt_fuzz_fail(const char *file, int line)
{
    dpt_fail(file, line, "a fuzz target's rule is broken on %s", current);
    longjmp(back, 1);
}

/* One input; a broken rule comes back here. */
static void run_one(target_fn fn, const char *bytes, size_t len)
{
    if (setjmp(back) == 0)
        fn((const uint8_t *)bytes, len);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs 'fn' on every file of 'dir' (sorted); the number run. A missing
 * folder has none. */
static size_t replay_dir(target_fn fn, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **q = realloc(names, cap * sizeof *q);
            if (!q)
                break;
            names = q;
        }
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n])
            break;
        snprintf(names[n], len, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    size_t ran = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        char *bytes = dpt_read_file(names[i], &len);
        if (!bytes) {
            dpt_fail(__FILE__, __LINE__, "cannot read %s", names[i]);
            continue;
        }
        current = names[i];
        run_one(fn, bytes, len);
        free(bytes);
        ran++;
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return ran;
}

static const char *target_name;
static target_fn target;

static void replay_target(void)
{
    char corpus[128], found[128];
    snprintf(corpus, sizeof corpus, "fuzz/corpus/%s", target_name);
    snprintf(found, sizeof found, "tests/fuzz/%s", target_name);
    size_t n = replay_dir(target, corpus);
    CHECK(n > 0); /* every target has seeds */
    replay_dir(target, found);
}

void dpt_suite_fuzz_replay(void)
{
#define DPT_FUZZ_RUN_(name)                                                    \
    target_name = #name;                                                       \
    target = dpt_fuzz_##name;                                                  \
    dpt_run("fuzz replay: " #name ", seeds and findings", replay_target);
    DPT_FUZZ_TARGETS(DPT_FUZZ_RUN_)
#undef DPT_FUZZ_RUN_
}
