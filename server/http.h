/* depouille serve: the API (api.h) over HTTP with libmicrohttpd. */
#ifndef DPS_HTTP_H
#define DPS_HTTP_H

#include <stdint.h>

#include "api.h"

typedef struct dps_server dps_server;

typedef struct dps_server_options {
    const char *bind;  /* an IPv4 or IPv6 address; NULL: 127.0.0.1 */
    uint16_t port;     /* 0: any free port */
    const char *token; /* non-NULL: every /api/ request must carry it */
    unsigned threads;  /* connection threads; 0: 4 */
} dps_server_options;

/* Starts serving 'app' (which must outlive the server). 0, or -1 with a
 * message in 'msg'. */
int dps_server_start(dps_app *app, const dps_server_options *o, dps_server **out, char *msg,
                     size_t msgsz);
/* The port it listens on. */
uint16_t dps_server_port(const dps_server *s);
/* Stops accepting, finishes the requests in flight, and frees 's'. */
void dps_server_stop(dps_server *s);

#endif
