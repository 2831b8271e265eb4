/* The HTTP side of depouille serve (see http.h): libmicrohttpd with a pool
 * of threads; a request's body is gathered up to its route's limit (413
 * beyond), the token checked, then the API answers. */
#define _POSIX_C_SOURCE 200809L
#include "http.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

struct dps_server {
    struct MHD_Daemon *d;
    dps_app *app;
    char token[128];
    int need_token;
    uint16_t port;
};

/* One request's state while its body arrives. */
typedef struct pending {
    char *body;
    size_t len, cap, limit;
    int too_big;
} pending;

static const char *query_arg(void *ctx, const char *key)
{
    return MHD_lookup_connection_value((struct MHD_Connection *)ctx, MHD_GET_ARGUMENT_KIND, key);
}

/* Equal strings, in time independent of where they differ. */
static int same_secret(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    unsigned diff = (unsigned)(la ^ lb);
    for (size_t i = 0; i < la && i < lb; i++)
        diff |= (unsigned)(a[i] ^ b[i]);
    return diff == 0;
}

static int authorised(const dps_server *s, struct MHD_Connection *c)
{
    if (!s->need_token)
        return 1;
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
    static const char bearer[] = "Bearer ";
    if (h && !strncmp(h, bearer, sizeof bearer - 1) && same_secret(h + sizeof bearer - 1, s->token))
        return 1;
    const char *q = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token");
    return q && same_secret(q, s->token);
}

static enum MHD_Result reply(struct MHD_Connection *c, dps_response *rs)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(
        rs->len, rs->body, rs->owned ? MHD_RESPMEM_MUST_COPY : MHD_RESPMEM_PERSISTENT);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type", rs->mime ? rs->mime : "application/json");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                            "img-src 'self' data:");
    if (rs->allow)
        MHD_add_response_header(r, "Allow", rs->allow);
    if (rs->filename[0]) {
        char cd[160];
        snprintf(cd, sizeof cd, "attachment; filename=\"%s\"", rs->filename);
        MHD_add_response_header(r, "Content-Disposition", cd);
    }
    enum MHD_Result ret = MHD_queue_response(c, (unsigned)rs->status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status, const char *msg)
{
    dps_response rs;
    memset(&rs, 0, sizeof rs);
    dps_response_error(&rs, status, msg);
    enum MHD_Result ret = reply(c, &rs);
    dps_response_free(&rs);
    return ret;
}

static int64_t clock_now(void) { return (int64_t)time(NULL); }

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_size, void **state)
{
    (void)version;
    dps_server *s = cls;
    pending *pd = *state;
    if (!pd) {
        pd = calloc(1, sizeof *pd);
        if (!pd)
            return MHD_NO;
        *state = pd;
        pd->limit = dps_api_body_limit(method, url);
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl) {
            char *end = NULL;
            unsigned long long v = strtoull(cl, &end, 10);
            if (end == cl || *end || v > pd->limit)
                pd->too_big = 1;
        }
        if (pd->too_big)
            return send_error(c, 413, "request body too large");
        return MHD_YES;
    }
    if (*upload_size) {
        size_t n = *upload_size;
        *upload_size = 0;
        if (pd->too_big)
            return MHD_YES;
        if (n > pd->limit - pd->len) {
            pd->too_big = 1;
            return MHD_YES;
        }
        if (pd->len + n > pd->cap) {
            size_t cap = pd->cap ? pd->cap : 4096;
            while (cap < pd->len + n)
                cap *= 2;
            if (cap > pd->limit)
                cap = pd->limit;
            char *b = realloc(pd->body, cap);
            if (!b)
                return MHD_NO;
            pd->body = b;
            pd->cap = cap;
        }
        memcpy(pd->body + pd->len, upload_data, n);
        pd->len += n;
        return MHD_YES;
    }
    if (pd->too_big)
        return send_error(c, 413, "request body too large");
    if (!strncmp(url, "/api/", 5) && !authorised(s, c))
        return send_error(c, 401, "a token is required (Authorization: Bearer TOKEN or ?token=)");
    dps_request rq = {method, url, query_arg, c, pd->body, pd->len, clock_now()};
    dps_response rs;
    dps_api_handle(s->app, &rq, &rs);
    enum MHD_Result ret = reply(c, &rs);
    dps_response_free(&rs);
    return ret;
}

static void on_done(void *cls, struct MHD_Connection *c, void **state,
                    enum MHD_RequestTerminationCode code)
{
    (void)cls;
    (void)c;
    (void)code;
    pending *pd = *state;
    if (pd) {
        free(pd->body);
        free(pd);
        *state = NULL;
    }
}

int dps_server_start(dps_app *app, const dps_server_options *o, dps_server **out, char *msg,
                     size_t msgsz)
{
    *out = NULL;
    const char *bind = o->bind ? o->bind : "127.0.0.1";
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    struct sockaddr_in *v4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&ss;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    if (inet_pton(AF_INET, bind, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(o->port);
    } else if (inet_pton(AF_INET6, bind, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(o->port);
        flags |= MHD_USE_IPv6;
    } else {
        snprintf(msg, msgsz, "--bind %s: not an IPv4 or IPv6 address", bind);
        return -1;
    }
    dps_server *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(msg, msgsz, "out of memory");
        return -1;
    }
    s->app = app;
    if (o->token) {
        snprintf(s->token, sizeof s->token, "%s", o->token);
        s->need_token = 1;
    }
    unsigned threads = o->threads ? o->threads : 4;
    s->d = MHD_start_daemon(flags, o->port, NULL, NULL, on_request, s,
                            MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
                            MHD_OPTION_THREAD_POOL_SIZE, threads,
                            MHD_OPTION_NOTIFY_COMPLETED, on_done, s,
                            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)60,
                            MHD_OPTION_CONNECTION_LIMIT, (unsigned)512,
                            MHD_OPTION_END);
    if (!s->d) {
        snprintf(msg, msgsz, "cannot listen on %s port %u (in use?)", bind, (unsigned)o->port);
        free(s);
        return -1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : o->port;
    *out = s;
    return 0;
}

uint16_t dps_server_port(const dps_server *s) { return s->port; }

void dps_server_stop(dps_server *s)
{
    if (!s)
        return;
    MHD_stop_daemon(s->d);
    free(s);
}
