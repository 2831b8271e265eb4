/* The JSON API over one project, free of HTTP: a request (method, decoded
 * path, query lookup, body) in, a response (status, type, bytes) out.
 * server/http.c carries it over libmicrohttpd; the fuzz target calls it
 * directly. Every project operation runs under the app's mutex: one SQLite
 * connection is never used by two threads at once. */
#ifndef DPS_API_H
#define DPS_API_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "depouille.h"

#define DPS_MAX_JSON_BODY (64u * 1024u)          /* edits, boards          */
#define DPS_MAX_IMPORT_BODY (16u * 1024u * 1024u) /* a draft's bytes        */
#define DPS_MAX_PATH 1024u                        /* request path, bytes    */
#define DPS_MAX_SOLVE_SECONDS 10.0                /* POST /api/board/solve  */

typedef struct dps_app {
    dp_project *project;
    /* the constraints file given to serve, parsed, and its text (saved with
     * each board); NULL: those saved with the current board, or the
     * scheduler's defaults */
    const dp_constraints *constraints;
    const char *constraints_text;
    size_t constraints_len;
    pthread_mutex_t lock; /* held around every use of 'project' */
} dps_app;

typedef struct dps_request {
    const char *method; /* "GET", "POST", ... */
    const char *path;   /* percent-decoded, without the query */
    /* The query argument 'key' (decoded), or NULL. */
    const char *(*query)(void *ctx, const char *key);
    void *query_ctx;
    const char *body;
    size_t body_len;
    int64_t now; /* the caller's clock, stamped on edits and drafts */
} dps_request;

typedef struct dps_response {
    int status;       /* HTTP status */
    const char *mime; /* Content-Type */
    char *body;       /* owned (free()) when 'owned', else static */
    size_t len;
    int owned;
    char filename[96]; /* non-empty: Content-Disposition: attachment */
    const char *allow; /* 405: the methods the path takes */
} dps_response;

/* 0 on success: the app is ready (its mutex made); it owns neither 'p'
 * nor 'c' and its text 'ctext' ('clen' bytes; both may be NULL). */
int dps_app_init(dps_app *app, dp_project *p, const dp_constraints *c, const char *ctext,
                 size_t clen);
void dps_app_fini(dps_app *app);

/* The largest body 'method' 'path' may carry (413 beyond). */
size_t dps_api_body_limit(const char *method, const char *path);
/* Answers a request; 'rs' is always filled (release with
 * dps_response_free()). */
void dps_api_handle(dps_app *app, const dps_request *rq, dps_response *rs);
void dps_response_free(dps_response *rs);

/* An error answer {"error": msg, "code": status}. */
void dps_response_error(dps_response *rs, int status, const char *msg);

#endif
