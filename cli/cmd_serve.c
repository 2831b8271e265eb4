/* depouille serve PROJECT.dpj [--port N] [--bind ADDR] [--constraints
 * FILE]: the web app (see README, "Web app"); the stripboard is costed
 * under the constraints file's rules (dp_constraints_parse()), else under
 * those saved with the project's board. Opens the project, starts the server, waits for
 * SIGINT or SIGTERM, then finishes the requests in flight and closes the
 * project. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include "cmd_serve.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../server/api.h"
#include "../server/http.h"
#include "depouille.h"
#include "status.h"

static int usage_error(const char *what)
{
    fprintf(stderr, "depouille: %s\nusage: depouille serve PROJECT.dpj [--port N] [--bind ADDR]\n",
            what);
    return EXIT_USAGE;
}

/* 127.0.0.0/8 and ::1 */
static int loopback(const char *addr)
{
    return !strncmp(addr, "127.", 4) || !strcmp(addr, "::1");
}

/* 32 random bytes as 64 hex digits. */
static int make_token(char out[65])
{
    unsigned char r[32];
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, r, sizeof r);
    close(fd);
    if (n != (ssize_t)sizeof r)
        return -1;
    for (size_t i = 0; i < sizeof r; i++)
        snprintf(out + 2 * i, 3, "%02x", r[i]);
    return 0;
}

int dpx_cmd_serve(int argc, char **argv)
{
    /* blocked before any thread starts (the libraries' and the server's
     * inherit the mask): SIGINT and SIGTERM come to sigwait() below */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    const char *path = NULL, *bind = "127.0.0.1", *cfile = NULL;
    long port = 8080;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        int known = !strcmp(a, "--port") || !strcmp(a, "--bind") || !strcmp(a, "--constraints");
        if (known && i + 1 < argc) {
            const char *v = argv[++i];
            if (a[2] == 'c') {
                cfile = v;
            } else if (a[2] == 'b') {
                bind = v;
            } else {
                char *end = NULL;
                port = strtol(v, &end, 10);
                if (!*v || *end || port < 0 || port > 65535)
                    return usage_error("--port needs a number from 0 to 65535");
            }
        } else if (known) {
            return usage_error("an option needs a value");
        } else if (a[0] == '-') {
            fprintf(stderr, "depouille: unknown option %s\n", a);
            return EXIT_USAGE;
        } else if (!path) {
            path = a;
        } else {
            return usage_error("serve takes one PROJECT");
        }
    }
    if (!path)
        return usage_error("serve needs a PROJECT");
    dp_error err = {0};
    dp_constraints *cons = NULL;
    char *ctext = NULL;
    size_t clen = 0;
    if (cfile) {
        dp_status st = dp_file_read(cfile, DP_SCHEDULE_MAX_INPUT, &ctext, &clen, &err);
        if (st == DP_OK)
            st = dp_constraints_parse(ctext, clen, &cons, &err);
        if (st != DP_OK) {
            dp_free(ctext);
            if (err.line)
                fprintf(stderr, "depouille: %s:%u:%u: %s\n", cfile, err.line, err.col, err.msg);
            else
                fprintf(stderr, "depouille: %s: %s\n", cfile, err.msg);
            return st == DP_E_NOTFOUND || st == DP_E_ACCESS || st == DP_E_ISDIR ? EXIT_INPUT
                                                                                : EXIT_USAGE;
        }
    }
    dp_project *p = NULL;
    if (dp_project_open(path, &p, &err) != DP_OK) {
        dp_constraints_free(cons);
        dp_free(ctext);
        fprintf(stderr, "depouille: %s: %s\n", path, err.msg);
        return err.code == DP_E_NOTFOUND || err.code == DP_E_ACCESS || err.code == DP_E_ISDIR
                   ? EXIT_INPUT
                   : EXIT_PROJECT;
    }
    char token[65] = "";
    int need_token = !loopback(bind);
    if (need_token && make_token(token) != 0) {
        fprintf(stderr, "depouille: cannot read /dev/urandom for a token\n");
        dp_project_close(p);
        dp_constraints_free(cons);
        dp_free(ctext);
        return EXIT_INTERNAL;
    }
    dps_app app;
    if (dps_app_init(&app, p, cons, ctext, clen) != 0) {
        dp_project_close(p);
        dp_constraints_free(cons);
        dp_free(ctext);
        return EXIT_INTERNAL;
    }
    dps_server_options o = {bind, (uint16_t)port, need_token ? token : NULL, 0};
    dps_server *s = NULL;
    char msg[256];
    int rc = EXIT_OK;
    if (dps_server_start(&app, &o, &s, msg, sizeof msg) != 0) {
        fprintf(stderr, "depouille: %s\n", msg);
        rc = strstr(msg, "--bind") ? EXIT_USAGE : EXIT_INPUT;
    } else {
        int v6 = strchr(bind, ':') != NULL;
        printf("depouille: serving %s on http://%s%s%s:%u/%s%s\n", path, v6 ? "[" : "", bind,
               v6 ? "]" : "", (unsigned)dps_server_port(s), need_token ? "?token=" : "",
               need_token ? token : "");
        if (need_token)
            printf("depouille: token %s (Authorization: Bearer TOKEN, or ?token=TOKEN)\n", token);
        fflush(stdout);
        int sig = 0;
        sigwait(&set, &sig);
        fprintf(stderr, "depouille: %s, stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
        dps_server_stop(s);
    }
    dps_app_fini(&app);
    dp_project_close(p);
    dp_constraints_free(cons);
    dp_free(ctext);
    return rc;
}
