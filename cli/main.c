/* depouille: the command-line tool. Arguments -> library calls -> output
 * and exit codes (see README, "Exit codes"). */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_talent.h"
#include "depouille.h"
#include "output.h"
#include "summary.h"

enum {
    EXIT_OK = 0,
    EXIT_USAGE = 2,
    EXIT_INPUT = 3,    /* cannot read the input file */
    EXIT_REJECTED = 4, /* the input is not a script we can read */
    EXIT_OUTPUT = 5,   /* cannot write the output */
    EXIT_INTERNAL = 70 /* out of memory, bug */
};

#define MAX_WARNINGS_SHOWN 20

static const char usage[] =
    "usage: depouille COMMAND [options] FILE\n"
    "\n"
    "Reads a screenplay (Fountain) and writes its breakdown.\n"
    "\n"
    "commands:\n"
    "  breakdown FILE   scenes, sets, times of day and cast (JSON, or text)\n"
    "  parse FILE       every script element with its source position (JSON)\n"
    "  talent FILE      the shooting order of least actor cost (JSON); options\n"
    "                   --time-limit S, --threads N, -o OUT (see README)\n"
    "  help             show this help\n"
    "  version          show the version\n"
    "\n"
    "options:\n"
    "  -o, --output OUT   write to OUT (replaced atomically) instead of stdout\n"
    "  -f, --format FMT   breakdown output: json (default) or text\n"
    "  -q, --quiet        do not list the script's warnings on stderr\n"
    "\n"
    "FILE may be - for standard input.\n";

typedef struct options {
    const char *command;
    const char *input;
    const char *output;
    const char *format;
    int quiet;
} options;

static int exit_for(dp_status st)
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
        return EXIT_REJECTED;
    case DP_E_SINK:
        return EXIT_OUTPUT;
    default:
        return EXIT_INTERNAL;
    }
}

static int fail(const char *file, const dp_error *err)
{
    if (err->line && err->col)
        fprintf(stderr, "depouille: %s:%u:%u: %s\n", file, err->line, err->col, err->msg);
    else if (err->line)
        fprintf(stderr, "depouille: %s:%u: %s\n", file, err->line, err->msg);
    else
        fprintf(stderr, "depouille: %s: %s\n", file, err->msg);
    return exit_for(err->code);
}

static int parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool is_out = !strcmp(a, "-o") || !strcmp(a, "--output");
        bool is_fmt = !strcmp(a, "-f") || !strcmp(a, "--format");
        if (is_out || is_fmt) {
            if (i + 1 >= argc) {
                fprintf(stderr, "depouille: %s needs a value\n", a);
                return -1;
            }
            *(is_out ? &o->output : &o->format) = argv[++i];
        } else if (!strncmp(a, "--output=", 9)) {
            o->output = a + 9;
        } else if (!strncmp(a, "--format=", 9)) {
            o->format = a + 9;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            o->quiet = 1;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            o->command = "help";
        } else if (!strcmp(a, "--version")) {
            o->command = "version";
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "depouille: unknown option %s\n", a);
            return -1;
        } else if (!o->command) {
            o->command = a;
        } else if (!o->input) {
            o->input = a;
        } else {
            fprintf(stderr, "depouille: unexpected argument %s\n", a);
            return -1;
        }
    }
    return 0;
}

static void show_warnings(const char *file, const dp_doc *doc)
{
    size_t n = dp_doc_warning_count(doc);
    for (size_t i = 0; i < n && i < MAX_WARNINGS_SHOWN; i++) {
        const dp_diag *d = dp_doc_warning(doc, i);
        fprintf(stderr, "%s:%u:%u: warning: %s\n", file, d->line, d->col, d->message);
    }
    if (n > MAX_WARNINGS_SHOWN)
        fprintf(stderr, "%s: %zu more warnings (see `depouille parse`)\n", file,
                n - MAX_WARNINGS_SHOWN);
}

static int run(const options *o)
{
    const char *shown = !strcmp(o->input, "-") ? "<stdin>" : o->input;
    const char *path = !strcmp(o->input, "-") ? "/dev/stdin" : o->input;
    dp_error err = {0};
    char *bytes = NULL;
    size_t len = 0;
    dp_status st = dp_file_read(path, DP_MAX_INPUT_BYTES, &bytes, &len, &err);
    if (st != DP_OK)
        return fail(shown, &err);
    dp_doc *doc = NULL;
    dp_parse_options po = {DP_FORMAT_AUTO, shown};
    st = dp_doc_parse(bytes, len, &po, &doc, &err);
    dp_free(bytes);
    if (st != DP_OK)
        return fail(shown, &err);
    if (!o->quiet)
        show_warnings(shown, doc);

    dpx_out out = {0};
    dp_sink sink = dpx_out_sink(&out);
    dp_breakdown *bd = NULL;
    if (!strcmp(o->command, "parse")) {
        st = dp_doc_write_json(doc, &sink, &err);
    } else {
        st = dp_breakdown_new(doc, NULL, &bd, &err);
        if (st == DP_OK && o->format && !strcmp(o->format, "text"))
            dpx_summary_write(bd, &out);
        else if (st == DP_OK)
            st = dp_breakdown_write_json(bd, &sink, &err);
    }
    int rc = EXIT_OK;
    if (st != DP_OK) {
        rc = fail(shown, &err);
    } else if (out.failed) {
        fprintf(stderr, "depouille: out of memory\n");
        rc = EXIT_INTERNAL;
    } else if (dpx_out_commit(&out, o->output) != 0) {
        fprintf(stderr, "depouille: %s: %s\n", o->output ? o->output : "<stdout>",
                strerror(errno));
        rc = EXIT_OUTPUT;
    }
    dpx_out_free(&out);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "talent"))
        return dpx_cmd_talent(argc, argv);
    options o;
    if (parse_args(argc, argv, &o) != 0) {
        fputs("Try 'depouille help'.\n", stderr);
        return EXIT_USAGE;
    }
    if (!o.command || !strcmp(o.command, "help")) {
        fputs(usage, o.command ? stdout : stderr);
        return o.command ? EXIT_OK : EXIT_USAGE;
    }
    if (!strcmp(o.command, "version")) {
        printf("depouille %s\n", DP_VERSION);
        return EXIT_OK;
    }
    if (strcmp(o.command, "parse") && strcmp(o.command, "breakdown")) {
        fprintf(stderr, "depouille: unknown command '%s'\nTry 'depouille help'.\n",
                o.command);
        return EXIT_USAGE;
    }
    if (!o.input) {
        fprintf(stderr, "depouille: %s needs a FILE\nTry 'depouille help'.\n", o.command);
        return EXIT_USAGE;
    }
    if (o.format && strcmp(o.format, "json") && strcmp(o.format, "text")) {
        fprintf(stderr, "depouille: unknown format '%s' (json or text)\n", o.format);
        return EXIT_USAGE;
    }
    if (o.format && !strcmp(o.command, "parse") && strcmp(o.format, "json")) {
        fprintf(stderr, "depouille: parse writes JSON only\n");
        return EXIT_USAGE;
    }
    return run(&o);
}
