/* CLI output: everything is built in memory, then written at once, so a
 * failed run never leaves a partial file. */
#ifndef DPX_OUTPUT_H
#define DPX_OUTPUT_H

#include <stddef.h>

#include "depouille.h"

typedef struct dpx_out {
    char *data;
    size_t len, cap;
    int failed; /* out of memory */
} dpx_out;

/* A dp_sink appending to 'out'. */
dp_sink dpx_out_sink(dpx_out *out);
void dpx_out_printf(dpx_out *out, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void dpx_out_free(dpx_out *out);

/* Writes 'out' to 'path' through a temporary file renamed into place, or
 * to standard output when path is NULL. Returns 0, or -1 with errno set. */
int dpx_out_commit(const dpx_out *out, const char *path);

/* Commits 'out' to 'path' (NULL: standard output) unless it ran out of
 * memory, prints what went wrong, and returns the exit code: EXIT_OK,
 * EXIT_INTERNAL (out of memory) or EXIT_OUTPUT. Does not free 'out'. */
int dpx_out_finish(const dpx_out *out, const char *path);

#endif
