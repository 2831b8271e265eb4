/* Unit tests: src/io.c. */
#define _POSIX_C_SOURCE 200809L
#include "../harness.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static void read_errors(void)
{
    char *data;
    size_t len;
    dp_error err = {0};
    CHECK_INT(dp_file_read("/nonexistent/x.fountain", 100, &data, &len, &err), DP_E_NOTFOUND);
    CHECK_INT(err.code, DP_E_NOTFOUND);
    CHECK_INT(dp_file_read("tests", 100, &data, &len, &err), DP_E_ISDIR);
    CHECK_INT(dp_file_read(NULL, 100, &data, &len, &err), DP_E_ARG);
}

static void read_limits(void)
{
    char path[] = "/tmp/dp-test-io-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    CHECK_INT(write(fd, "0123456789", 10), 10);
    close(fd);
    char *data = NULL;
    size_t len = 0;
    dp_error err = {0};
    CHECK_INT(dp_file_read(path, 10, &data, &len, &err), DP_OK);
    CHECK_INT(len, 10);
    CHECK(data && memcmp(data, "0123456789", 10) == 0);
    dp_free(data);
    CHECK_INT(dp_file_read(path, 9, &data, &len, &err), DP_E_TOOBIG);
    CHECK(strstr(err.msg, "10 bytes") != NULL);
    if (geteuid() != 0) { /* root reads anything */
        chmod(path, 0);
        CHECK_INT(dp_file_read(path, 100, &data, &len, &err), DP_E_ACCESS);
    }
    unlink(path);
}

void dpt_suite_io(void)
{
    dpt_run("io: missing, directory, bad arguments", read_errors);
    dpt_run("io: size limit, permissions", read_limits);
}
