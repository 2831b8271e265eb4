/* In-memory output and atomic commit (temp file + rename). */
#define _POSIX_C_SOURCE 200809L
#include "output.h"
#include "status.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int out_write(void *ctx, const void *data, size_t len)
{
    dpx_out *o = ctx;
    if (o->failed)
        return -1;
    if (o->len + len + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 4096;
        while (cap < o->len + len + 1)
            cap *= 2;
        char *p = realloc(o->data, cap);
        if (!p) {
            o->failed = 1;
            return -1;
        }
        o->data = p;
        o->cap = cap;
    }
    memcpy(o->data + o->len, data, len);
    o->len += len;
    o->data[o->len] = '\0';
    return 0;
}

dp_sink dpx_out_sink(dpx_out *out)
{
    dp_sink s = {out_write, out};
    return s;
}

void dpx_out_printf(dpx_out *out, const char *fmt, ...)
{
    char small[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        out->failed = 1;
        return;
    }
    if ((size_t)n < sizeof small) {
        out_write(out, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        out->failed = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    out_write(out, big, (size_t)n);
    free(big);
}

void dpx_out_free(dpx_out *out)
{
    free(out->data);
    memset(out, 0, sizeof *out);
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int dpx_out_commit(const dpx_out *out, const char *path)
{
    const char *data = out->data ? out->data : "";
    if (!path) {
        if (write_all(STDOUT_FILENO, data, out->len) != 0)
            return -1;
        return 0;
    }
    /* a device or a pipe (/dev/stdout, /dev/full, a FIFO) is written in
     * place: renaming onto it would replace it */
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        if (S_ISDIR(sb.st_mode)) {
            errno = EISDIR;
            return -1;
        }
        int fd = open(path, O_WRONLY | O_TRUNC);
        if (fd < 0)
            return -1;
        int rc = write_all(fd, data, out->len);
        int e = errno;
        if (close(fd) != 0 && rc == 0)
            return -1;
        errno = e;
        return rc;
    }
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 16);
    if (!tmp) {
        errno = ENOMEM;
        return -1;
    }
    /* Ctrl-C, a hangup or a kill between the temporary file and the rename
     * waits for the rename: the output is whole or absent, no temporary
     * file is left (SIGKILL aside) */
    sigset_t stop, old;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    sigaddset(&stop, SIGQUIT);
    sigprocmask(SIG_BLOCK, &stop, &old);
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp.XXXXXX", 12);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        sigprocmask(SIG_SETMASK, &old, NULL);
        errno = e;
        return -1;
    }
    /* mkstemp makes the file private (0600): give it the mode a new file
     * gets, 0666 less the umask (read back by setting it; the CLI writes
     * from one thread) */
    mode_t mask = umask(0);
    umask(mask);
    int rc = fchmod(fd, 0666 & ~mask);
    if (rc == 0)
        rc = write_all(fd, data, out->len);
    if (rc == 0)
        rc = fsync(fd);
    if (close(fd) != 0)
        rc = -1;
    if (rc == 0)
        rc = rename(tmp, path);
    int e = errno;
    if (rc != 0)
        unlink(tmp);
    free(tmp);
    sigprocmask(SIG_SETMASK, &old, NULL);
    errno = e;
    return rc;
}

int dpx_out_finish(const dpx_out *out, const char *path)
{
    if (out->failed) {
        fprintf(stderr, "depouille: out of memory\n");
        return EXIT_INTERNAL;
    }
    if (dpx_out_commit(out, path) != 0) {
        fprintf(stderr, "depouille: %s: %s\n", path ? path : "<stdout>", strerror(errno));
        return EXIT_OUTPUT;
    }
    return EXIT_OK;
}
