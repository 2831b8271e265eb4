/* Reading a whole file with a size cap. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static dp_status errno_status(int e)
{
    switch (e) {
    case ENOENT:
    case ENOTDIR:
        return DP_E_NOTFOUND;
    case EACCES:
    case EPERM:
        return DP_E_ACCESS;
    case EISDIR:
        return DP_E_ISDIR;
    case ENOMEM:
        return DP_E_NOMEM;
    default:
        return DP_E_IO;
    }
}

dp_status dp_file_read(const char *path, size_t max_bytes, char **out,
                       size_t *out_len, dp_error *err)
{
    if (!path || !out || !out_len)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_file_read: NULL argument");
    *out = NULL;
    *out_len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        dp_status st = errno_status(e);
        return dp__error_set(err, st, 0, 0, "%s", st == DP_E_IO ? strerror(e) : dp_strerror(st));
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        int e = errno;
        close(fd);
        return dp__error_set(err, errno_status(e), 0, 0, "%s", strerror(e));
    }
    if (S_ISDIR(sb.st_mode)) {
        close(fd);
        return dp__error_set(err, DP_E_ISDIR, 0, 0, "is a directory, not a file");
    }
    if (S_ISREG(sb.st_mode) && (uintmax_t)sb.st_size > (uintmax_t)max_bytes) {
        close(fd);
        return dp__error_set(err, DP_E_TOOBIG, 0, 0,
                             "file is %ju bytes; the limit is %zu bytes",
                             (uintmax_t)sb.st_size, max_bytes);
    }
    size_t cap = S_ISREG(sb.st_mode) ? (size_t)sb.st_size + 1 : 65536;
    char *buf = dp__malloc(cap);
    if (!buf) {
        close(fd);
        return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory reading the file");
    }
    size_t len = 0;
    for (;;) {
        if (len == cap) {
            if (cap > max_bytes) {
                dp__free(buf);
                close(fd);
                return dp__error_set(err, DP_E_TOOBIG, 0, 0,
                                     "file is larger than the limit of %zu bytes",
                                     max_bytes);
            }
            size_t ncap = cap * 2;
            char *nb = dp__realloc(buf, ncap);
            if (!nb) {
                dp__free(buf);
                close(fd);
                return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory reading the file");
            }
            buf = nb;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            dp__free(buf);
            close(fd);
            dp_status st = errno_status(e);
            return dp__error_set(err, st, 0, 0, "%s", st == DP_E_ISDIR ? dp_strerror(st) : strerror(e));
        }
        if (r == 0)
            break;
        len += (size_t)r;
    }
    close(fd);
    if (len > max_bytes) {
        dp__free(buf);
        return dp__error_set(err, DP_E_TOOBIG, 0, 0,
                             "file is larger than the limit of %zu bytes", max_bytes);
    }
    *out = buf;
    *out_len = len;
    return DP_OK;
}
