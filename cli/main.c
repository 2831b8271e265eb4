/* depouille: the command-line tool. Arguments -> library calls -> output
 * and exit codes (see README, "Exit codes"). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_convert.h"
#include "cmd_project.h"
#include "cmd_report.h"
#include "cmd_schedule.h"
#include "cmd_serve.h"
#include "cmd_talent.h"
#include "depouille.h"
#include "status.h"
#include "output.h"
#include "summary.h"

#define MAX_WARNINGS_SHOWN 20

static const char usage[] =
    "usage: depouille COMMAND [options] FILE\n"
    "       depouille report KIND [options] FILE\n"
    "\n"
    "Reads a screenplay (Fountain, Final Draft, PDF, plain text) and writes its\n"
    "breakdown.\n"
    "\n"
    "commands:\n"
    "  breakdown FILE   scenes, sets, times of day and cast (JSON, text, or fdx);\n"
    "                   with -o DIR/ (a directory, or a name ending in /) the\n"
    "                   JSON and every report in CSV, XLSX, PDF and HTML\n"
    "  report KIND FILE a document for the crew, KIND one of:\n"
    "                   sheets    breakdown sheets, one per scene\n"
    "                   scenes    the scene list (one-liner)\n"
    "                   sets      scenes by set (séquences par décor)\n"
    "                   cast      the cast list with id numbers\n"
    "                   elements  every element by department\n"
    "                   costumes  the costume plot\n"
    "                   dood      day out of days (script order until scheduled)\n"
    "                   needs     what each department needs, scene by scene\n"
    "  parse FILE       every script element with its source position (JSON)\n"
    "  pages FILE       the script laid out on pages, as plain text\n"
    "  convert IN OUT   the script as Final Draft or Fountain (from OUT's\n"
    "                   extension .fdx/.fountain, or --to fdx|fountain)\n"
    "  project ...      a project file: drafts, edits, revision reports\n"
    "                   (see 'depouille project help')\n"
    "  talent FILE      the shooting order of least actor cost (JSON); options\n"
    "                   --time-limit S, --threads N, -o OUT (see README)\n"
    "  schedule FILE    the shooting schedule of a script or a project (.dpj):\n"
    "                   --constraints FILE, --time-limit S, --seed N,\n"
    "                   --iterations N, --format json|csv|ics|html|pdf|xlsx,\n"
    "                   --report dood|needs (a report that follows it),\n"
    "                   --from BOARD.json (re-schedule, moving few strips),\n"
    "                   --save (a project: keep the board in it),\n"
    "                   --explain (what each constraint costs),\n"
    "                   -o OUT (see README, \"Shooting schedule\")\n"
    "  serve PROJECT    the web app on http://127.0.0.1:8080/ (--port N,\n"
    "                   --bind ADDR; see README, \"Web app\")\n"
    "  help             show this help\n"
    "  version          show the version\n"
    "\n"
    "options:\n"
    "  -o, --output OUT   write to OUT (replaced atomically) instead of stdout\n"
    "  -f, --format FMT   breakdown output: json (default), text, or fdx (the\n"
    "                     script with the breakdown as Final Draft tags);\n"
    "                     report: csv, xlsx, pdf, html or json (default: from\n"
    "                     OUT's extension, else csv)\n"
    "  --lang LANG        report labels in en or fr (default: the script's)\n"
    "  --category ID      dood: the rows of a category (101 background, 103\n"
    "                     vehicles, 108 animals, or its name) instead of the cast\n"
    "  --paper SIZE       letter or a4 for pages and eighths (default: a Final\n"
    "                     Draft file's, a4 for a French script, letter otherwise)\n"
    "  -q, --quiet        do not list the script's warnings on stderr\n"
    "      --from FMT     read FILE as fountain, fdx, pdf or text (default: detected)\n"
    "\n"
    "FILE may be - for standard input.\n";

typedef struct options {
    const char *command;
    const char *input;
    const char *output;
    const char *format;
    const char *paper;
    const char *from;
    const char *kind;
    const char *lang;
    const char *category;
    int quiet;
} options;

static int parse_args(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool is_out = !strcmp(a, "-o") || !strcmp(a, "--output");
        bool is_fmt = !strcmp(a, "-f") || !strcmp(a, "--format");
        bool is_paper = !strcmp(a, "--paper");
        if (is_out || is_fmt || is_paper) {
            if (i + 1 >= argc) {
                fprintf(stderr, "depouille: %s needs a value\n", a);
                return -1;
            }
            *(is_out ? &o->output : is_fmt ? &o->format : &o->paper) = argv[++i];
        } else if (!strncmp(a, "--paper=", 8)) {
            o->paper = a + 8;
        } else if (!strncmp(a, "--output=", 9)) {
            o->output = a + 9;
        } else if (!strncmp(a, "--format=", 9)) {
            o->format = a + 9;
        } else if (!strcmp(a, "--from") || !strncmp(a, "--from=", 7)) {
            if (a[6] == '\0' && i + 1 >= argc) {
                fprintf(stderr, "depouille: --from needs a value\n");
                return -1;
            }
            o->from = a[6] == '=' ? a + 7 : argv[++i];
        } else if (!strcmp(a, "--lang") || !strcmp(a, "--category")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "depouille: %s needs a value\n", a);
                return -1;
            }
            *(a[2] == 'l' ? &o->lang : &o->category) = argv[++i];
        } else if (!strncmp(a, "--lang=", 7)) {
            o->lang = a + 7;
        } else if (!strncmp(a, "--category=", 11)) {
            o->category = a + 11;
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
        } else if (!strcmp(o->command, "report") && !o->kind) {
            o->kind = a;
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

/* --from NAME: the reader to use, or DP_FORMAT_AUTO. */
static dp_format input_format(const char *from)
{
    static const dp_format formats[] = {DP_FORMAT_FOUNTAIN, DP_FORMAT_FDX, DP_FORMAT_PDF,
                                        DP_FORMAT_TEXT};
    for (size_t i = 0; from && i < sizeof formats / sizeof formats[0]; i++)
        if (!strcmp(from, dp_format_name(formats[i])))
            return formats[i];
    return DP_FORMAT_AUTO;
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
        return dpx_fail(shown, &err);
    dp_doc *doc = NULL;
    dp_parse_options po = {input_format(o->from), shown};
    st = dp_doc_parse(bytes, len, &po, &doc, &err);
    dp_free(bytes);
    if (st != DP_OK)
        return dpx_fail(shown, &err);
    if (!o->quiet)
        show_warnings(shown, doc);

    dpx_out out = {0};
    dp_sink sink = dpx_out_sink(&out);
    dp_breakdown *bd = NULL;
    dp_paper paper = !o->paper ? DP_PAPER_AUTO
                     : !strcmp(o->paper, "a4") ? DP_PAPER_A4 : DP_PAPER_LETTER;
    dp_breakdown_options bo = {paper};
    if (!strcmp(o->command, "parse")) {
        st = dp_doc_write_json(doc, &sink, &err);
    } else if (!strcmp(o->command, "pages")) {
        dp_pagination *pg = NULL;
        st = dp_paginate(doc, paper, &pg, &err);
        if (st == DP_OK)
            st = dp_pagination_write_text(pg, &sink, &err);
        dp_pagination_free(pg);
    } else {
        st = dp_breakdown_new(doc, &bo, &bd, &err);
        dpx_report_args ra = {o->kind, o->format, o->lang, o->category, o->output};
        if (st == DP_OK && (!strcmp(o->command, "report") || dpx_is_dir_target(o->output))) {
            int rc = !strcmp(o->command, "report") ? dpx_report_run(bd, &ra)
                                                   : dpx_breakdown_dir(bd, &ra);
            dpx_out_free(&out);
            dp_breakdown_free(bd);
            dp_doc_free(doc);
            return rc;
        }
        if (st == DP_OK && o->format && !strcmp(o->format, "text"))
            dpx_summary_write(bd, &out);
        else if (st == DP_OK && o->format && !strcmp(o->format, "fdx"))
            st = dp_breakdown_write_fdx(bd, &sink, &err);
        else if (st == DP_OK)
            st = dp_breakdown_write_json(bd, &sink, &err);
    }
    int rc = EXIT_OK;
    if (st != DP_OK) {
        rc = dpx_fail(shown, &err);
    } else {
        rc = dpx_out_finish(&out, o->output);
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
    if (argc > 1 && !strcmp(argv[1], "serve"))
        return dpx_cmd_serve(argc, argv);
    if (argc > 1 && !strcmp(argv[1], "schedule"))
        return dpx_cmd_schedule(argc, argv);
    options o;
    if (argc > 1 && !strcmp(argv[1], "convert"))
        return dpx_convert_main(argc, argv);
    if (argc > 1 && !strcmp(argv[1], "project"))
        return dpx_project_main(argc, argv);
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
    if (strcmp(o.command, "parse") && strcmp(o.command, "breakdown") &&
        strcmp(o.command, "pages") && strcmp(o.command, "report")) {
        fprintf(stderr, "depouille: unknown command '%s'\nTry 'depouille help'.\n",
                o.command);
        return EXIT_USAGE;
    }
    if (!strcmp(o.command, "report") && !o.kind) {
        fprintf(stderr, "depouille: report needs a KIND and a FILE\nTry 'depouille help'.\n");
        return EXIT_USAGE;
    }
    if (!o.input) {
        fprintf(stderr, "depouille: %s needs a FILE\nTry 'depouille help'.\n", o.command);
        return EXIT_USAGE;
    }
    bool reports = !strcmp(o.command, "report") ||
                   (!strcmp(o.command, "breakdown") && dpx_is_dir_target(o.output));
    if ((o.lang || o.category) && !reports) {
        fprintf(stderr, "depouille: --lang and --category are for reports\n");
        return EXIT_USAGE;
    }
    if (reports) {
        dpx_report_args ra = {o.kind, !strcmp(o.command, "report") ? o.format : NULL, o.lang,
                              o.category, o.output};
        if (dpx_report_check(&ra) != 0)
            return EXIT_USAGE;
    } else if (o.format && strcmp(o.format, "json") && strcmp(o.format, "text") &&
        strcmp(o.format, "fdx")) {
        fprintf(stderr, "depouille: unknown format '%s' (json, text or fdx)\n", o.format);
        return EXIT_USAGE;
    }
    if (o.from && input_format(o.from) == DP_FORMAT_AUTO) {
        fprintf(stderr, "depouille: unknown input format '%s' (fountain, fdx, pdf or text)\n",
                o.from);
        return EXIT_USAGE;
    }
    if (o.format && !strcmp(o.command, "parse") && strcmp(o.format, "json")) {
        fprintf(stderr, "depouille: parse writes JSON only\n");
        return EXIT_USAGE;
    }
    if (o.format && !strcmp(o.command, "pages")) {
        fprintf(stderr, "depouille: pages writes text only\n");
        return EXIT_USAGE;
    }
    if (o.paper && strcmp(o.paper, "letter") && strcmp(o.paper, "a4")) {
        fprintf(stderr, "depouille: unknown paper '%s' (letter or a4)\n", o.paper);
        return EXIT_USAGE;
    }
    return run(&o);
}
