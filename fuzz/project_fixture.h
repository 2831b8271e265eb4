/* Shared by fuzz_project.c and fuzz_import.c: a scratch folder per
 * process, a small project made once (two drafts, an edit of every kind,
 * outcomes kept, moved and orphaned) kept as bytes and copied into place
 * for each input, and the reports read back from an open project. */
#ifndef DP_FUZZ_PROJECT_FIXTURE_H
#define DP_FUZZ_PROJECT_FIXTURE_H

#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "depouille.h"

/* What a broken rule does: a crash libFuzzer reports (the replay of
 * tests/fuzz_replay.c makes it a test failure). */
#ifndef DP_FUZZ_FAIL
#define DP_FUZZ_FAIL() __builtin_trap()
#endif

static const char fx_draft1[] =
    "Title: Brick\n\n"
    "INT. KITCHEN - DAY\n\n"
    "MARY picks up a knife and a red apple from the table. She wears a blue apron.\n\n"
    "MARY\nHello there, John.\n\n"
    "EXT. GARDEN - DAY\n\n"
    "JOHN drinks a cold beer under the old oak tree. A DOG barks.\n\n"
    "JOHN\nNice weather for it.\n\n"
    "INT. GARAGE - NIGHT\n\n"
    "MARY starts the old car. The engine coughs twice. Smoke fills the room.\n\n"
    "EXT. STREET - NIGHT\n\n"
    "Twenty PEDESTRIANS hurry past. A police car, siren wailing.\n";

/* scene 2 gone, scene 4 split in two, a new scene, the rest the same */
static const char fx_draft2[] =
    "Title: Brick\n\n"
    "INT. KITCHEN - DAY\n\n"
    "MARY picks up a knife and a red apple from the table. She wears a blue apron.\n\n"
    "MARY\nHello there, John.\n\n"
    "EXT. PARK - DAY\n\n"
    "A police car passes with a revolver on the dashboard.\n\n"
    "INT. GARAGE - NIGHT\n\n"
    "MARY starts the old car. The engine coughs twice. Smoke fills the room.\n\n"
    "EXT. STREET - NIGHT\n\n"
    "Twenty PEDESTRIANS hurry past.\n\n"
    "EXT. STREET - LATER\n\n"
    "A police car, siren wailing.\n";

static const dp_edit fx_edits[] = {
    {DP_EDIT_ADD, "1", 104, "fruit bowl", NULL, "red apple", 0, NULL, NULL, NULL, "hero"},
    {DP_EDIT_ADD, "3", 105, "smoke machine", NULL, NULL, 0, NULL, NULL, NULL, NULL},
    {DP_EDIT_ADD, "1", 106, "apron", "MARY", "blue apron", 0, NULL, NULL, NULL, NULL},
    {DP_EDIT_REMOVE, "1", 104, "knife", NULL, NULL, 0, NULL, NULL, NULL, NULL},
    {DP_EDIT_REMOVE, NULL, 103, "car", NULL, NULL, 0, NULL, NULL, NULL, NULL},
    {DP_EDIT_RECATEGORISE, NULL, 104, "beer", NULL, NULL, 114, NULL, NULL, NULL, NULL},
    {DP_EDIT_RENAME, NULL, 104, "apple", NULL, NULL, 0, "green apple", NULL, NULL, NULL},
    {DP_EDIT_MERGE, NULL, 104, "fruit bowl", NULL, NULL, 104, "green apple", NULL, NULL, NULL},
    {DP_EDIT_STORY_DAY, "3", 0, NULL, NULL, NULL, 0, NULL, NULL, "2", NULL},
    {DP_EDIT_COSTUME, "1", 0, NULL, "MARY", NULL, 0, NULL, NULL, "4A", NULL},
    {DP_EDIT_HEADING, "2", 0, NULL, NULL, NULL, 0, NULL, NULL, "EXT. BACK GARDEN - DAY", NULL},
    {DP_EDIT_HEADING, "4", 0, NULL, NULL, NULL, 0, NULL, NULL, "EXT. MAIN STREET - NIGHT", NULL},
};

typedef struct fx_state {
    char dir[96];
    char path[160];
    char *tmpl;     /* the project file made once */
    size_t tmpl_len;
} fx_state;

static fx_state fx;

static void fx_unlink_all(void)
{
    static const char *const sfx[] = {"", "-wal", "-shm", "-journal", ".new", ".new-wal",
                                      ".new-shm", ".new-journal"};
    char b[200];
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
        snprintf(b, sizeof b, "%s%s", fx.path, sfx[i]);
        unlink(b);
    }
}

static void fx_cleanup(void)
{
    fx_unlink_all();
    rmdir(fx.dir);
}

static int fx_write_file(const char *path, const void *bytes, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int bad = len && fwrite(bytes, 1, len, f) != len;
    if (fclose(f) != 0)
        bad = 1;
    return bad ? -1 : 0;
}

static char *fx_read_file(const char *path, size_t *len)
{
    char *b = NULL;
    dp_error err;
    if (dp_file_read(path, (size_t)1 << 26, &b, len, &err) != DP_OK)
        return NULL;
    return b;
}

/* An error must say what it is. */
static void fx_check_error(dp_status st, const dp_error *err)
{
    if (st != DP_OK && (err->code != st || err->msg[0] == '\0'))
        DP_FUZZ_FAIL();
}

/* The scratch folder (in /dev/shm when there is one) and the template
 * project: draft 1, every edit of fx_edits, draft 2. */
static void fx_init(void)
{
    const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(fx.dir, sizeof fx.dir, "%s/dp-fuzz-XXXXXX", base);
    if (!mkdtemp(fx.dir))
        abort();
    snprintf(fx.path, sizeof fx.path, "%s/p.dpj", fx.dir);
    atexit(fx_cleanup);
    dp_project *p = NULL;
    dp_error err;
    if (dp_project_new(fx.path, "d1.fountain", fx_draft1, sizeof fx_draft1 - 1, NULL, 1700000000,
                       &p, &err) != DP_OK)
        abort();
    for (size_t i = 0; i < sizeof fx_edits / sizeof fx_edits[0]; i++)
        if (dp_project_edit(p, &fx_edits[i], 1700000100 + (int64_t)i, NULL, &err) != DP_OK)
            abort();
    if (dp_project_import(p, "d2.fountain", fx_draft2, sizeof fx_draft2 - 1, NULL, 1700000200,
                          &err) != DP_OK)
        abort();
    dp_project_close(p);
    fx.tmpl = fx_read_file(fx.path, &fx.tmpl_len);
    if (!fx.tmpl)
        abort();
    fx_unlink_all();
}

static int fx_discard(void *ctx, const void *data, size_t len)
{
    (void)data;
    *(size_t *)ctx += len;
    return 0;
}

/* Everything that reads an open project: show, history, the changes
 * between drafts, each draft's effective breakdown ('reports': and its
 * reports as JSON; else the current draft's only). Errors are allowed (a
 * damaged project) but must say what they are. */
static void fx_read_all(dp_project *p, bool reports)
{
    size_t total = 0;
    dp_sink sink = {fx_discard, &total};
    dp_error err;
    fx_check_error(dp_project_write_json(p, &sink, &err), &err);
    fx_check_error(dp_project_write_history(p, 0, &sink, &err), &err);
    fx_check_error(dp_project_write_history(p, 1, &sink, &err), &err);
    size_t nv = dp_project_version_count(p);
    for (size_t i = reports ? 0 : nv - (nv > 0); i < nv; i++) {
        const dp_project_version *v = dp_project_version_at(p, i);
        if (!v || !v->label || !v->sha256)
            DP_FUZZ_FAIL();
        const dp_breakdown *bd = NULL;
        dp_status st = dp_project_breakdown(p, v->number, &bd, &err);
        fx_check_error(st, &err);
        if (st != DP_OK)
            continue;
        fx_check_error(dp_breakdown_write_json(bd, &sink, &err), &err);
        for (int k = 0; reports && k < DP_REPORT_COUNT_; k++)
            fx_check_error(dp_report_write(bd, (dp_report_kind)k, DP_RF_JSON, NULL, &sink, &err),
                           &err);
    }
    for (size_t i = 0; i < dp_project_edit_count(p); i++) {
        const dp_edit_info *e = dp_project_edit_at(p, i);
        if (!e || !e->detail || !dp_edit_status_name(e->status))
            DP_FUZZ_FAIL();
    }
    if (nv >= 1) {
        uint32_t last = dp_project_version_at(p, nv - 1)->number;
        uint32_t first = dp_project_version_at(p, 0)->number;
        fx_check_error(dp_project_write_changes(p, first, last, 0, 0, &sink, &err), &err);
        fx_check_error(dp_project_write_changes(p, 0, 0, 1, 1, &sink, &err), &err);
    }
    const dp_breakdown *cur = NULL;
    fx_check_error(dp_project_breakdown(p, 0, &cur, &err), &err);
}

#endif
