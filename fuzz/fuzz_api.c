/* libFuzzer target: the web API's router and JSON body reader
 * (server/api*.c, json_in.c, board.c) on a small project, without HTTP.
 * Input: a first line "METHOD PATH[?QUERY]", then the body. Every answer
 * must be a well-formed response: a status from the API's list and, for
 * JSON answers, text the JSON reader accepts. The project is made again
 * every 256 inputs so that edits and drafts do not pile up. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api.h"
#include "depouille.h"
#include "json_in.h"

static const char script[] =
    "Title: Fuzz\n\n"
    "INT. KITCHEN - DAY\n\n"
    "ANNA pours a glass of red wine. A dog barks outside.\n\n"
    "ANNA\n(quietly)\nWhere is the revolver?\n\n"
    "EXT. GARDEN - NIGHT\n\n"
    "BEN, in a torn raincoat, digs with a shovel. Rain.\n\n"
    "BEN\nHere.\n\n"
    "INT. KITCHEN - DAY\n\n"
    "Anna wears a blue apron. She hides the revolver in a drawer.\n";

typedef struct query {
    char keys[8][64], values[8][256];
    int n;
} query;

static const char *lookup(void *ctx, const char *key)
{
    const query *q = ctx;
    for (int i = 0; i < q->n; i++)
        if (!strcmp(q->keys[i], key))
            return q->values[i];
    return NULL;
}

static void parse_query(const char *s, size_t n, query *q)
{
    q->n = 0;
    size_t i = 0;
    while (i < n && q->n < 8) {
        size_t k = 0, v = 0;
        while (i < n && s[i] != '=' && s[i] != '&' && k < 63)
            q->keys[q->n][k++] = s[i++];
        q->keys[q->n][k] = '\0';
        if (i < n && s[i] == '=')
            i++;
        while (i < n && s[i] != '&' && v < 255)
            q->values[q->n][v++] = s[i++];
        q->values[q->n][v] = '\0';
        while (i < n && s[i] != '&')
            i++;
        i++;
        q->n++;
    }
}

static dp_project *project;
static dps_app app;
static unsigned runs;
static char path[64];

static void fresh(void)
{
    if (project) {
        dps_app_fini(&app);
        dp_project_close(project);
        project = NULL;
    }
    unlink(path);
    dp_error err;
    if (dp_project_new(path, "fuzz.fountain", script, sizeof script - 1, NULL, 0, &project,
                       &err) != DP_OK ||
        dps_app_init(&app, project, NULL, NULL, 0) != 0)
        __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 16))
        return 0;
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/dp-fuzz-api-%ld.dpj", (long)getpid());
    if (!project || ++runs % 256 == 0)
        fresh();
    const char *s = (const char *)data;
    const char *nl = memchr(s, '\n', size);
    size_t line = nl ? (size_t)(nl - s) : size;
    const char *sp = memchr(s, ' ', line);
    if (!sp)
        return 0;
    char method[16], target[1100];
    size_t ml = (size_t)(sp - s), tl = line - ml - 1;
    if (ml >= sizeof method || tl >= sizeof target)
        return 0;
    memcpy(method, s, ml);
    method[ml] = '\0';
    memcpy(target, sp + 1, tl);
    target[tl] = '\0';
    if (memchr(method, '\0', ml) || memchr(target, '\0', tl))
        return 0;
    query q;
    char *qm = strchr(target, '?');
    if (qm) {
        *qm = '\0';
        parse_query(qm + 1, strlen(qm + 1), &q);
    } else {
        q.n = 0;
    }
    const char *body = nl ? nl + 1 : NULL;
    size_t blen = nl ? size - line - 1 : 0;
    /* the body in its own allocation: reads past it are caught */
    char *copy = blen ? malloc(blen) : NULL;
    if (blen && !copy)
        return 0;
    if (blen)
        memcpy(copy, body, blen);
    dps_request rq = {method, target, lookup, &q, copy, blen, 0};
    dps_response rs;
    dps_api_handle(&app, &rq, &rs);
    static const int ok[] = {200, 201, 400, 404, 405, 409, 413, 500};
    int known = 0;
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        known |= rs.status == ok[i];
    if (!known || !rs.mime || (rs.len && !rs.body))
        __builtin_trap();
    if (!strcmp(rs.mime, "application/json") && !rs.filename[0]) {
        dps_json j;
        char msg[96];
        if (dps_json_parse(rs.body, rs.len, &j, msg, sizeof msg) != 0)
            __builtin_trap(); /* the API wrote JSON its own reader refuses */
        dps_json_free(&j);
    }
    dps_response_free(&rs);
    free(copy);
    return 0;
}
