#include "status.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int dpx_exit_for(dp_status st)
{
    switch (st) {
    case DP_OK:
        return EXIT_OK;
    case DP_E_NOTFOUND:
    case DP_E_ACCESS:
    case DP_E_ISDIR:
    case DP_E_IO:
        return EXIT_INPUT;
    case DP_E_TOOBIG:
    case DP_E_BINARY:
    case DP_E_LIMIT:
    case DP_E_FORMAT:
    case DP_E_ARG:
        return EXIT_REJECTED;
    case DP_E_STORE:
    case DP_E_SCHEMA:
    case DP_E_EXISTS:
        return EXIT_PROJECT;
    case DP_E_SINK:
        return EXIT_OUTPUT;
    default:
        return EXIT_INTERNAL;
    }
}

int dpx_fail(const char *file, const dp_error *err)
{
    if (err->line && err->col)
        fprintf(stderr, "depouille: %s:%u:%u: %s\n", file, err->line, err->col, err->msg);
    else if (err->line)
        fprintf(stderr, "depouille: %s:%u: %s\n", file, err->line, err->msg);
    else
        fprintf(stderr, "depouille: %s: %s\n", file, err->msg);
    return dpx_exit_for(err->code);
}

int dpx_parse_number(const char *opt, const char *s, double max, double *out)
{
    char *end = NULL;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v >= 0 && v <= max)) {
        fprintf(stderr, "depouille: %s needs a number from 0 to %g, not '%s'\n", opt, max, s);
        return -1;
    }
    *out = v;
    return 0;
}
