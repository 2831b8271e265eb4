/* depouille talent FILE [--time-limit S] [--threads N] [-o OUT]: solves a
 * talent-scheduling problem and prints the result as JSON. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_talent.h"
#include "depouille.h"
#include "status.h"
#include "output.h"

static int usage_error(const char *fmt, const char *arg)
{
    fputs("depouille: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'depouille help'.\n", stderr);
    return EXIT_USAGE;
}

int dpx_cmd_talent(int argc, char **argv)
{
    const char *input = NULL, *output = NULL;
    dp_talent_options opts = {0, 1, 0, 0};
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = !strcmp(a, "--time-limit") || !strcmp(a, "--threads") ||
                         !strcmp(a, "-o") || !strcmp(a, "--output");
        if (has_value && i + 1 >= argc)
            return usage_error("%s needs a value", a);
        double v;
        if (!strcmp(a, "--time-limit")) {
            if (dpx_parse_number(a, argv[++i], 1e6, &v) != 0)
                return EXIT_USAGE;
            opts.time_limit = v;
        } else if (!strcmp(a, "--threads")) {
            if (dpx_parse_number(a, argv[++i], 256, &v) != 0 || v != (unsigned)v || v < 1)
                return usage_error("--threads needs a whole number from 1 to 256, not '%s'",
                                   argv[i]);
            opts.threads = (unsigned)v;
        } else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
            output = argv[++i];
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option %s", a);
        } else if (!input) {
            input = a;
        } else {
            return usage_error("unexpected argument %s", a);
        }
    }
    if (!input)
        return usage_error("%s needs a FILE", "talent");
    const char *shown = !strcmp(input, "-") ? "<stdin>" : input;
    const char *path = !strcmp(input, "-") ? "/dev/stdin" : input;
    dp_error err = {0};
    char *bytes = NULL;
    size_t len = 0;
    dp_status st = dp_file_read(path, DP_TALENT_MAX_INPUT, &bytes, &len, &err);
    if (st != DP_OK)
        return dpx_fail(shown, &err);
    dp_talent *t = NULL;
    st = dp_talent_parse(bytes, len, &t, &err);
    dp_free(bytes);
    if (st != DP_OK)
        return dpx_fail(shown, &err);
    dp_talent_result *r = NULL;
    st = dp_talent_solve(t, &opts, &r, &err);
    dpx_out out = {0};
    dp_sink sink = dpx_out_sink(&out);
    if (st == DP_OK)
        st = dp_talent_result_write_json(r, &sink, &err);
    int rc = EXIT_OK;
    if (st != DP_OK) {
        rc = dpx_fail(shown, &err);
    } else {
        rc = dpx_out_finish(&out, output);
    }
    dpx_out_free(&out);
    dp_talent_result_free(r);
    dp_talent_free(t);
    return rc;
}
