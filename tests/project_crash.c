/* Crash test: a child process imports drafts and records edits in a loop
 * and is killed (SIGKILL) at a random moment; the project must then open
 * and hold exactly the state after some number k of whole operations:
 * drafts, edits, outcomes and history all agree on k. DP_CRASH_RUNS kills
 * (default 200); the time taken is printed. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SCENES 20
#define RESET_EVERY 40 /* a fresh project every so many kills */

/* Draft 'variant' of a small script: SCENES scenes, one more per variant,
 * the order turned a little. */
static char *draft(unsigned variant, size_t *len)
{
    size_t cap = 16384 + 256 * (size_t)(variant % 97), n = 0;
    char *s = malloc(cap);
    if (!s)
        abort();
    n += (size_t)snprintf(s + n, cap - n, "Title: Crash %u\n\n", variant);
    unsigned extra = variant % 5;
    for (unsigned k = 0; k < SCENES + extra; k++) {
        unsigned i = (k + variant % 3) % (SCENES + extra);
        n += (size_t)snprintf(s + n, cap - n,
                              "INT. ROOM %u - DAY\n\nALICE picks up lamp %u and looks at door %u "
                              "of the house by the quay.\n\nALICE\nLine %u of draft %u.\n\n",
                              i + 1, i, i * 7, i, variant);
    }
    *len = n;
    return s;
}

static int is_import(unsigned j) { return j % 3 == 0; }

/* Operation j on the project: an import or an edit. */
static dp_status op(dp_project *p, unsigned j, dp_error *err)
{
    if (is_import(j)) {
        size_t len = 0;
        char *s = draft(j + 1, &len);
        dp_status st = dp_project_import(p, "d.fountain", s, len, NULL, j, err);
        free(s);
        return st;
    }
    char value[16], name[32];
    dp_edit e;
    memset(&e, 0, sizeof e);
    if (j % 3 == 1) {
        snprintf(value, sizeof value, "%u", j % 50 + 1);
        e = (dp_edit){DP_EDIT_STORY_DAY, "1", 0, NULL, NULL, NULL, 0, NULL, NULL, value, NULL};
    } else {
        snprintf(name, sizeof name, "thing %u", j);
        e = (dp_edit){DP_EDIT_ADD, "2", 104, name, NULL, "lamp", 0, NULL, NULL, NULL, NULL};
    }
    return dp_project_edit(p, &e, j, NULL, err);
}

static long long count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static const char *text1(sqlite3 *db, const char *sql, char *buf, size_t cap)
{
    sqlite3_stmt *st = NULL;
    snprintf(buf, cap, "?");
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        snprintf(buf, cap, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return buf;
}

/* The file holds the state after k whole operations; returns k, -1. */
static long check_state(const char *path)
{
    dp_project *p = NULL;
    dp_error err = {0};
    if (dp_project_open(path, &p, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "the project does not open after a kill: %s", err.msg);
        return -1;
    }
    const dp_breakdown *bd = NULL;
    if (dp_project_breakdown(p, 0, &bd, &err) != DP_OK)
        dpt_fail(__FILE__, __LINE__, "no effective breakdown after a kill: %s", err.msg);
    size_t versions = dp_project_version_count(p), edits = dp_project_edit_count(p);
    dp_project_close(p);
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        dpt_fail(__FILE__, __LINE__, "sqlite cannot open the project");
        return -1;
    }
    char buf[64];
    if (strcmp(text1(db, "PRAGMA integrity_check", buf, sizeof buf), "ok"))
        dpt_fail(__FILE__, __LINE__, "integrity_check: %s", buf);
    CHECK_INT(count(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    long long history = count(db, "SELECT count(*) FROM history");
    long k = (long)history - 1;
    /* what k operations make */
    size_t imports = 0, made = 0, results = 0;
    for (long j = 0; j < k; j++) {
        if (is_import((unsigned)j)) {
            imports++;
            results += made;
        } else {
            made++;
            results++;
        }
    }
    CHECK_INT(versions, 1 + imports);
    CHECK_INT(edits, made);
    CHECK_INT(count(db, "SELECT count(*) FROM edit_results"), results);
    CHECK_INT(count(db, "SELECT count(*) FROM versions v WHERE v.scenes <> "
                        "(SELECT count(*) FROM scenes s WHERE s.version_id = v.id)"),
              0);
    CHECK_INT(count(db, "SELECT count(*) FROM versions v WHERE NOT EXISTS "
                        "(SELECT 1 FROM scene_elements e WHERE e.version_id = v.id)"),
              0);
    sqlite3_close(db);
    return k;
}

static void remove_project(const char *path)
{
    char b[256];
    const char *sfx[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        snprintf(b, sizeof b, "%s%s", path, sfx[i]);
        unlink(b);
    }
}

static int new_project(const char *path)
{
    remove_project(path);
    size_t len = 0;
    char *s = draft(0, &len);
    dp_project *p = NULL;
    dp_error err = {0};
    dp_status st = dp_project_new(path, "d.fountain", s, len, NULL, 0, &p, &err);
    free(s);
    dp_project_close(p);
    if (st != DP_OK)
        dpt_fail(__FILE__, __LINE__, "project new: %s", err.msg);
    return st == DP_OK;
}

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void kill_loop(void)
{
    const char *env = getenv("DP_CRASH_RUNS");
    long runs = env && *env ? atol(env) : 200;
    char dir[] = "/tmp/dp-crash-XXXXXX";
    if (!mkdtemp(dir)) {
        dpt_fail(__FILE__, __LINE__, "mkdtemp");
        return;
    }
    char path[128];
    snprintf(path, sizeof path, "%s/crash.dpj", dir);
    uint64_t seed = 0x853C49E6748FEA9Bull;
    double t0 = seconds();
    long kills = 0, ops = 0, advanced = 0, k = 0;
    for (long run = 0; run < runs; run++) {
        if (run % RESET_EVERY == 0) {
            if (!new_project(path))
                break;
            k = 0;
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        long delay_us = 500 + (long)(seed % 40000); /* 0.5 to 40 ms */
        fflush(NULL);
        pid_t pid = fork();
        if (pid == 0) {
            dp_project *p = NULL;
            dp_error err = {0};
            if (dp_project_open(path, &p, &err) != DP_OK)
                _exit(3);
            for (unsigned j = (unsigned)k;; j++)
                if (op(p, j, &err) != DP_OK)
                    _exit(4);
        }
        if (pid < 0) {
            dpt_fail(__FILE__, __LINE__, "fork failed");
            break;
        }
        struct timespec ts = {0, delay_us * 1000};
        nanosleep(&ts, NULL);
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        if (!WIFSIGNALED(status)) {
            dpt_fail(__FILE__, __LINE__, "the child stopped by itself (exit %d)",
                     WIFEXITED(status) ? WEXITSTATUS(status) : -1);
            break;
        }
        kills++;
        long now_k = check_state(path);
        if (now_k < k) {
            dpt_fail(__FILE__, __LINE__, "the project went back from %ld to %ld operations", k,
                     now_k);
            break;
        }
        advanced += now_k > k;
        ops += now_k - k;
        k = now_k;
    }
    double dt = seconds() - t0;
    printf("  crash test: %ld kills (SIGKILL) in %.1f s; %ld operations committed, %ld runs "
           "committed at least one\n",
           kills, dt, ops, advanced);
    CHECK_INT(kills, runs);
    CHECK(advanced > 0);
    remove_project(path);
    rmdir(dir);
}

void dpt_suite_project_crash(void)
{
    dpt_run("project crash: SIGKILL during imports and edits; old or new state", kill_loop);
}
