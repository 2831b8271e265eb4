/* depouille convert IN OUT [--to fdx|fountain] [-q]: reads a screenplay
 * (Fountain or Final Draft) and writes it as Final Draft or Fountain; the
 * output format comes from OUT's extension, or --to. Exit codes as for the
 * other commands (README, "Exit codes"). */
#include "cmd_convert.h"

#include <stdio.h>
#include <string.h>

#include "depouille.h"
#include "status.h"
#include "output.h"

typedef enum target { TO_NONE, TO_FDX, TO_FOUNTAIN } target;

static target target_named(const char *s)
{
    if (!strcmp(s, "fdx"))
        return TO_FDX;
    if (!strcmp(s, "fountain"))
        return TO_FOUNTAIN;
    return TO_NONE;
}

static target target_of_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return TO_NONE;
    return target_named(dot + 1);
}

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "depouille: %s%s\n", msg, arg ? arg : "");
    fputs("usage: depouille convert IN OUT [--to fdx|fountain] [-q]\n", stderr);
    return EXIT_USAGE;
}

static int convert(const char *in, const char *out_path, target to, int quiet)
{
    const char *shown = !strcmp(in, "-") ? "<stdin>" : in;
    dp_error err = {0};
    char *bytes = NULL;
    size_t len = 0;
    dp_status st = dp_file_read(!strcmp(in, "-") ? "/dev/stdin" : in, DP_MAX_INPUT_BYTES,
                                &bytes, &len, &err);
    if (st != DP_OK)
        return dpx_fail(shown, &err);
    dp_doc *doc = NULL;
    dp_parse_options po = {DP_FORMAT_AUTO, shown};
    st = dp_doc_parse(bytes, len, &po, &doc, &err);
    dp_free(bytes);
    if (st != DP_OK)
        return dpx_fail(shown, &err);
    if (!quiet) {
        size_t n = dp_doc_warning_count(doc);
        for (size_t i = 0; i < n && i < 20; i++) {
            const dp_diag *d = dp_doc_warning(doc, i);
            fprintf(stderr, "%s:%u:%u: warning: %s\n", shown, d->line, d->col, d->message);
        }
    }
    dpx_out out = {0};
    dp_sink sink = dpx_out_sink(&out);
    st = to == TO_FDX ? dp_doc_write_fdx(doc, &sink, &err)
                      : dp_doc_write_fountain(doc, &sink, &err);
    int rc = EXIT_OK;
    const char *path = !strcmp(out_path, "-") ? NULL : out_path;
    if (st != DP_OK) {
        rc = dpx_fail(out_path, &err);
    } else {
        rc = dpx_out_finish(&out, path);
    }
    dpx_out_free(&out);
    dp_doc_free(doc);
    return rc;
}

int dpx_convert_main(int argc, char **argv)
{
    const char *in = NULL, *out = NULL;
    target to = TO_NONE;
    int quiet = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--to") || !strncmp(a, "--to=", 5)) {
            const char *v = a[4] == '=' ? a + 5 : (i + 1 < argc ? argv[++i] : NULL);
            if (!v)
                return usage_error("--to needs a value", NULL);
            if ((to = target_named(v)) == TO_NONE)
                return usage_error("unknown output format (fdx or fountain): ", v);
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option ", a);
        } else if (!in) {
            in = a;
        } else if (!out) {
            out = a;
        } else {
            return usage_error("unexpected argument ", a);
        }
    }
    if (!in || !out)
        return usage_error("convert needs IN and OUT", NULL);
    if (to == TO_NONE && (to = target_of_path(out)) == TO_NONE)
        return usage_error("cannot tell the output format from the name (use --to): ", out);
    return convert(in, out, to, quiet);
}
