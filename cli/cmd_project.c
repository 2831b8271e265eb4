/* depouille project new|import|show|edit|export|history|changes: see
 * README, "Projects". Arguments -> dp_project_* -> output written at once
 * (cli/output.c) -> exit code. */
#define _POSIX_C_SOURCE 200809L
#include "cmd_project.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "depouille.h"
#include "status.h"
#include "output.h"
#include "summary.h"

#define MAX_POS 8

static const char usage[] =
    "usage: depouille project COMMAND PROJECT.dpj ...\n"
    "\n"
    "  new PROJECT SCRIPT [--label L]        a project with SCRIPT as draft 1\n"
    "  import PROJECT DRAFT [--label L]      a new draft: scenes matched, edits replayed\n"
    "  show PROJECT [-f json|text]           drafts, and every edit with its outcome\n"
    "  edit PROJECT OP ARGS... [--note N]    record an edit on the current draft:\n"
    "      add SCENE CATEGORY NAME [--character C] [--text WORDS]\n"
    "      remove SCENE|all CATEGORY NAME [--character C]\n"
    "      recategorise CATEGORY NAME NEW-CATEGORY [--character C]\n"
    "      rename CATEGORY NAME NEW-NAME [--character C]\n"
    "      merge CATEGORY NAME INTO-CATEGORY INTO-NAME [--character C] [--into-character C]\n"
    "      story-day SCENE DAY\n"
    "      costume SCENE CHARACTER NUMBER\n"
    "      heading SCENE HEADING\n"
    "  export PROJECT [breakdown|changes|REPORT] [-f FMT] [--draft N] [--old N] [--new N]\n"
    "                [--lang fr|en]          the effective breakdown (json, text, fdx), the\n"
    "                                        revision report (json, text, csv, xlsx, pdf, html),\n"
    "                                        or a report of the\n"
    "                                        effective breakdown (sheets, scenes, sets, cast,\n"
    "                                        elements, costumes, dood, needs: csv, xlsx, pdf,\n"
    "                                        html, json; default from -o's extension, else csv)\n"
    "  history PROJECT [-f json|text]        what was done, when\n"
    "  changes PROJECT [OLD [NEW]] [-f json|text|csv|xlsx|pdf|html] [--lang fr|en]\n"
    "                                        the revision report between two drafts (a number\n"
    "                                        or a label; default: the last two)\n"
    "\n"
    "CATEGORY is a number (104) or a name (props, prop, accessoires, wardrobe...).\n"
    "-o OUT writes to OUT (replaced atomically); -q silences the script's warnings.\n";

typedef struct args {
    const char *sub;
    const char *pos[MAX_POS];
    int npos;
    const char *output, *format, *label, *character, *text, *note, *into_character, *lang;
    const char *draft, *old_v, *new_v;
    int quiet;
} args;

static int usage_error(const char *fmt, const char *what)
{
    fprintf(stderr, "depouille: ");
    fprintf(stderr, fmt, what);
    fprintf(stderr, "\nTry 'depouille project help'.\n");
    return EXIT_USAGE;
}

static int parse(int argc, char **argv, args *a)
{
    memset(a, 0, sizeof *a);
    static const struct {
        const char *name, *alt;
        size_t off;
    } opts[] = {
        {"--output", "-o", offsetof(args, output)},   {"--format", "-f", offsetof(args, format)},
        {"--label", NULL, offsetof(args, label)},     {"--character", NULL, offsetof(args, character)},
        {"--text", NULL, offsetof(args, text)},       {"--note", NULL, offsetof(args, note)},
        {"--into-character", NULL, offsetof(args, into_character)},
        {"--lang", NULL, offsetof(args, lang)},       {"--draft", NULL, offsetof(args, draft)},
        {"--old", NULL, offsetof(args, old_v)},       {"--new", NULL, offsetof(args, new_v)},
    };
    for (int i = 2; i < argc; i++) {
        const char *s = argv[i];
        bool matched = false;
        for (size_t k = 0; k < sizeof opts / sizeof opts[0] && !matched; k++) {
            size_t n = strlen(opts[k].name);
            const char **slot = (const char **)((char *)a + opts[k].off);
            if (!strcmp(s, opts[k].name) || (opts[k].alt && !strcmp(s, opts[k].alt))) {
                if (i + 1 >= argc)
                    return usage_error("%s needs a value", s);
                *slot = argv[++i];
                matched = true;
            } else if (!strncmp(s, opts[k].name, n) && s[n] == '=') {
                *slot = s + n + 1;
                matched = true;
            }
        }
        if (matched)
            continue;
        if (!strcmp(s, "-q") || !strcmp(s, "--quiet")) {
            a->quiet = 1;
        } else if (s[0] == '-' && s[1] != '\0') {
            return usage_error("unknown option %s", s);
        } else if (!a->sub) {
            a->sub = s;
        } else if (a->npos < MAX_POS) {
            a->pos[a->npos++] = s;
        } else {
            return usage_error("unexpected argument %s", s);
        }
    }
    return 0;
}

static int fail(const char *what, const dp_error *err, int code)
{
    fprintf(stderr, "depouille: %s: %s\n", what, err->msg);
    return code;
}

/* Exit code for a failure opening or writing a project. */
static int project_exit(dp_status st)
{
    switch (st) {
    case DP_E_NOTFOUND:
    case DP_E_ACCESS:
    case DP_E_ISDIR:
        return EXIT_INPUT;
    case DP_E_NOMEM:
        return EXIT_INTERNAL;
    case DP_E_ARG:
        return EXIT_USAGE;
    case DP_E_SINK:
        return EXIT_OUTPUT;
    default:
        return EXIT_PROJECT;
    }
}

/* Exit code for a failure reading a script: the command's own code when
 * the script could not be read or was refused, else a project failure. */
static int script_exit(dp_status st)
{
    int code = dpx_exit_for(st);
    return code == EXIT_INPUT || code == EXIT_REJECTED || code == EXIT_INTERNAL ? code : EXIT_PROJECT;
}

/* The caller's clock: SOURCE_DATE_EPOCH when set (reproducible runs),
 * else the time now. */
static int64_t now(void)
{
    const char *e = getenv("SOURCE_DATE_EPOCH");
    if (e && *e) {
        char *end = NULL;
        long long v = strtoll(e, &end, 10);
        if (end && !*end)
            return v;
    }
    return (int64_t)time(NULL);
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* A category: a UCI number, or an English or French name (singular or
 * plural, any case). 0 when unknown. */
static uint16_t category(const char *s)
{
    if (!s || !*s)
        return 0;
    char *end = NULL;
    long v = strtol(s, &end, 10);
    if (end && !*end)
        return v > 100 && v <= 124 ? (uint16_t)v : 0;
    if (!strcasecmp(s, "makeup") || !strcasecmp(s, "hair") || !strcasecmp(s, "maquillage"))
        return 107;
    if (!strcasecmp(s, "costume") || !strcasecmp(s, "costumes"))
        return 106;
    size_t n = strlen(s);
    for (uint16_t id = 101; id <= 124; id++)
        for (int fr = 0; fr < 2; fr++) {
            const char *name = dp_category_name(id, fr);
            size_t m = strlen(name);
            if (!strcasecmp(name, s) ||
                (m == n + 1 && (name[m - 1] == 's' || name[m - 1] == 'x') &&
                 !strncasecmp(name, s, n)))
                return id;
        }
    return 0;
}

static int read_script(const char *path, char **bytes, size_t *len)
{
    dp_error err = {0};
    if (dp_file_read(path, DP_MAX_INPUT_BYTES, bytes, len, &err) != DP_OK)
        return fail(path, &err, script_exit(err.code));
    return EXIT_OK;
}

/* Writes 'out' to -o OUT or stdout, then frees it. */
static int commit(dpx_out *out, const char *path)
{
    int rc = dpx_out_finish(out, path);
    dpx_out_free(out);
    return rc;
}

/* A draft given by number or label; 0 when unknown. */
static uint32_t draft_number(const dp_project *p, const char *s)
{
    if (!s)
        return 0;
    char *end = NULL;
    unsigned long v = strtoul(s, &end, 10);
    size_t n = dp_project_version_count(p);
    if (end && !*end && v >= 1 && v <= n)
        return (uint32_t)v;
    for (size_t i = n; i-- > 0;)
        if (!strcmp(dp_project_version_at(p, i)->label, s))
            return dp_project_version_at(p, i)->number;
    return 0;
}

static int cmd_new_or_import(const args *a, bool is_new)
{
    if (a->npos != 2)
        return usage_error("%s needs PROJECT and SCRIPT", is_new ? "project new" : "project import");
    char *bytes = NULL;
    size_t len = 0;
    int rc = read_script(a->pos[1], &bytes, &len);
    if (rc != EXIT_OK)
        return rc;
    dp_error err = {0};
    dp_project *p = NULL;
    dp_status st;
    if (is_new) {
        st = dp_project_new(a->pos[0], base_name(a->pos[1]), bytes, len, a->label, now(), &p, &err);
        rc = st == DP_OK ? EXIT_OK
             : st == DP_E_EXISTS ? fail(a->pos[0], &err, EXIT_PROJECT)
             : (st == DP_E_BINARY || st == DP_E_TOOBIG || st == DP_E_FORMAT || st == DP_E_LIMIT)
                 ? fail(a->pos[1], &err, EXIT_REJECTED)
                 : fail(a->pos[0], &err, project_exit(st));
    } else {
        st = dp_project_open(a->pos[0], &p, &err);
        if (st != DP_OK) {
            rc = fail(a->pos[0], &err, project_exit(st));
        } else {
            st = dp_project_import(p, base_name(a->pos[1]), bytes, len, a->label, now(), &err);
            rc = st == DP_OK ? EXIT_OK
                 : (st == DP_E_BINARY || st == DP_E_TOOBIG || st == DP_E_FORMAT)
                     ? fail(a->pos[1], &err, EXIT_REJECTED)
                     : fail(a->pos[0], &err, project_exit(st));
        }
    }
    dp_free(bytes);
    if (rc == EXIT_OK) {
        size_t nv = dp_project_version_count(p), ne = dp_project_edit_count(p), c[3] = {0, 0, 0};
        const dp_project_version *v = dp_project_version_at(p, nv - 1);
        for (size_t i = 0; i < ne; i++)
            c[dp_project_edit_at(p, i)->status]++;
        if (!a->quiet)
            fprintf(stderr,
                    "depouille: %s: draft %u (%s), %u scenes; %u same, %u changed, %u added, "
                    "%u omitted, %u split, %u merged; edits: %zu kept, %zu moved, %zu orphaned\n",
                    a->pos[0], v->number, v->label, v->scenes, v->same, v->changed, v->added,
                    v->omitted, v->split, v->merged, c[0], c[1], c[2]);
    }
    dp_project_close(p);
    return rc;
}

static int show_text(dp_project *p, dpx_out *out)
{
    size_t nv = dp_project_version_count(p);
    dpx_out_printf(out, "drafts\n");
    for (size_t i = 0; i < nv; i++) {
        const dp_project_version *v = dp_project_version_at(p, i);
        dpx_out_printf(out, "  %u  %-10s %s  %u scenes  %.12s\n", v->number, v->label,
                       v->file_name, v->scenes, v->sha256);
    }
    size_t ne = dp_project_edit_count(p);
    dpx_out_printf(out, "edits (%zu)\n", ne);
    for (size_t i = 0; i < ne; i++) {
        const dp_edit_info *e = dp_project_edit_at(p, i);
        dpx_out_printf(out, "  #%lld %-9s %-12s scene %s", (long long)e->id,
                       dp_edit_status_name(e->status), dp_edit_op_name(e->edit.op),
                       e->edit.scene ? e->edit.scene : "-");
        if (e->edit.name)
            dpx_out_printf(out, " %s \"%s\"", dp_category_name(e->edit.category, 0), e->edit.name);
        if (e->edit.character)
            dpx_out_printf(out, " (%s)", e->edit.character);
        if (e->edit.new_category)
            dpx_out_printf(out, " -> %s", dp_category_name(e->edit.new_category, 0));
        if (e->edit.new_name)
            dpx_out_printf(out, " -> \"%s\"", e->edit.new_name);
        if (e->edit.value)
            dpx_out_printf(out, " = %s", e->edit.value);
        if (e->detail && *e->detail)
            dpx_out_printf(out, "  [%s]", e->detail);
        dpx_out_printf(out, "\n");
    }
    return 0;
}

static int open_project(const char *path, dp_project **p)
{
    dp_error err = {0};
    if (dp_project_open(path, p, &err) != DP_OK)
        return fail(path, &err, project_exit(err.code));
    return EXIT_OK;
}

static bool fmt_is(const args *a, const char *f) { return a->format && !strcmp(a->format, f); }

static int cmd_read(const args *a)
{
    bool is_show = !strcmp(a->sub, "show"), is_hist = !strcmp(a->sub, "history");
    bool is_changes = !strcmp(a->sub, "changes"), is_export = !strcmp(a->sub, "export");
    if (a->npos < 1)
        return usage_error("project %s needs PROJECT", a->sub);
    const char *report = is_export && a->npos > 1 ? a->pos[1] : is_changes ? "changes" : NULL;
    if ((is_show || is_hist) && a->npos > 1)
        return usage_error("unexpected argument %s", a->pos[1]);
    if (is_export && a->npos > 2)
        return usage_error("unexpected argument %s", a->pos[2]);
    if (is_changes && a->npos > 3)
        return usage_error("unexpected argument %s", a->pos[3]);
    dp_report_kind kind = DP_REPORT_SHEETS;
    bool is_report = is_export && report && dp_report_kind_parse(report, &kind) == 0;
    if (report && !is_report && strcmp(report, "breakdown") && strcmp(report, "changes"))
        return usage_error("unknown report '%s' (breakdown, changes, or a report: sheets, "
                           "scenes, sets, cast, elements, costumes, dood, needs)",
                           report);
    bool breakdown = is_export && (!report || !strcmp(report, "breakdown"));
    /* a report's format: --format, else the output's extension, else CSV */
    dp_report_format rfmt = DP_RF_CSV;
    bool changes_fmt = false; /* the revision report in a report format */
    if ((is_changes || (report && !strcmp(report, "changes"))) && a->format &&
        !fmt_is(a, "json") && !fmt_is(a, "text")) {
        if (dp_report_format_parse(a->format, &rfmt) != 0)
            return usage_error("unknown format '%s' (json, text, csv, xlsx, pdf, html)",
                               a->format);
        changes_fmt = true;
    } else if (is_report) {
        const char *f = a->format;
        const char *dot = !f && a->output ? strrchr(a->output, '.') : NULL;
        if (f && dp_report_format_parse(f, &rfmt) != 0)
            return usage_error("unknown report format '%s' (csv, xlsx, pdf, html, json)", f);
        if (dot && dp_report_format_parse(dot + 1, &rfmt) != 0)
            rfmt = DP_RF_CSV;
    } else if (a->format && !fmt_is(a, "json") && !fmt_is(a, "text") &&
               !(breakdown && fmt_is(a, "fdx"))) {
        return usage_error("unknown format '%s' here", a->format);
    }
    if (a->lang && strcmp(a->lang, "fr") && strcmp(a->lang, "en"))
        return usage_error("unknown language '%s' (fr or en)", a->lang);
    dp_project *p = NULL;
    int rc = open_project(a->pos[0], &p);
    if (rc != EXIT_OK)
        return rc;
    dpx_out out = {0};
    dp_sink sink = dpx_out_sink(&out);
    dp_error err = {0};
    dp_status st = DP_OK;
    bool text = fmt_is(a, "text");
    if (is_show && text) {
        show_text(p, &out);
    } else if (is_show) {
        st = dp_project_write_json(p, &sink, &err);
    } else if (is_hist) {
        st = dp_project_write_history(p, text, &sink, &err);
    } else if (breakdown || is_report) {
        uint32_t v = a->draft ? draft_number(p, a->draft) : 0;
        const dp_breakdown *bd = NULL;
        if (a->draft && !v)
            st = dp_project_breakdown(p, UINT32_MAX, &bd, &err);
        else
            st = dp_project_breakdown(p, v, &bd, &err);
        if (st == DP_OK && is_report) {
            dp_report_options ro = {a->lang, NULL, 0, 0, NULL};
            st = dp_report_write(bd, kind, rfmt, &ro, &sink, &err);
        } else if (st == DP_OK && text)
            dpx_summary_write(bd, &out);
        else if (st == DP_OK && fmt_is(a, "fdx"))
            st = dp_breakdown_write_fdx(bd, &sink, &err);
        else if (st == DP_OK)
            st = dp_breakdown_write_json(bd, &sink, &err);
    } else {
        const char *o = is_changes && a->npos > 1 ? a->pos[1] : a->old_v;
        const char *n = is_changes && a->npos > 2 ? a->pos[2] : a->new_v;
        uint32_t ov = o ? draft_number(p, o) : 0, nv = n ? draft_number(p, n) : 0;
        if ((o && !ov) || (n && !nv)) {
            fprintf(stderr, "depouille: %s: no draft %s in the project\n", a->pos[0],
                    o && !ov ? o : n);
            dp_project_close(p);
            dpx_out_free(&out);
            return EXIT_USAGE;
        }
        int fr = a->lang && !strcmp(a->lang, "fr");
        if (changes_fmt)
            st = dp_project_write_changes_report(p, ov, nv, fr, (int)rfmt, &sink, &err);
        else
            st = dp_project_write_changes(p, ov, nv, fr, text, &sink, &err);
    }
    if (st != DP_OK) {
        rc = fail(a->pos[0], &err, project_exit(st));
        dpx_out_free(&out);
    } else {
        rc = commit(&out, a->output);
    }
    dp_project_close(p);
    return rc;
}

/* project edit PROJECT OP ARGS... -> a dp_edit. */
static int cmd_edit(const args *a)
{
    if (a->npos < 2)
        return usage_error("%s", "project edit needs PROJECT and an operation");
    const char *op = a->pos[1];
    const char *const *v = a->pos + 2;
    int n = a->npos - 2;
    dp_edit e;
    memset(&e, 0, sizeof e);
    e.character = a->character;
    e.note = a->note;
    int need = -1;
    if (!strcmp(op, "add") || !strcmp(op, "remove")) {
        e.op = op[0] == 'a' ? DP_EDIT_ADD : DP_EDIT_REMOVE;
        need = 3;
        if (n == 3) {
            e.scene = strcmp(v[0], "all") || e.op == DP_EDIT_ADD ? v[0] : NULL;
            e.category = category(v[1]);
            e.name = v[2];
        }
        e.text = a->text;
    } else if (!strcmp(op, "recategorise") || !strcmp(op, "recategorize")) {
        e.op = DP_EDIT_RECATEGORISE;
        need = 3;
        if (n == 3) {
            e.category = category(v[0]);
            e.name = v[1];
            e.new_category = category(v[2]);
        }
    } else if (!strcmp(op, "rename")) {
        e.op = DP_EDIT_RENAME;
        need = 3;
        if (n == 3) {
            e.category = category(v[0]);
            e.name = v[1];
            e.new_name = v[2];
        }
    } else if (!strcmp(op, "merge")) {
        e.op = DP_EDIT_MERGE;
        need = 4;
        if (n == 4) {
            e.category = category(v[0]);
            e.name = v[1];
            e.new_category = category(v[2]);
            e.new_name = v[3];
        }
        e.new_character = a->into_character;
    } else if (!strcmp(op, "story-day")) {
        e.op = DP_EDIT_STORY_DAY;
        need = 2;
        if (n == 2) {
            e.scene = v[0];
            e.value = v[1];
        }
    } else if (!strcmp(op, "costume")) {
        e.op = DP_EDIT_COSTUME;
        need = 3;
        if (n == 3) {
            e.scene = v[0];
            e.character = v[1];
            e.value = v[2];
        }
    } else if (!strcmp(op, "heading")) {
        e.op = DP_EDIT_HEADING;
        need = 2;
        if (n == 2) {
            e.scene = v[0];
            e.value = v[1];
        }
    } else {
        return usage_error("unknown edit '%s'", op);
    }
    if (n != need)
        return usage_error("wrong number of arguments for edit %s", op);
    if ((e.op <= DP_EDIT_MERGE && !e.category) ||
        ((e.op == DP_EDIT_RECATEGORISE || e.op == DP_EDIT_MERGE) && !e.new_category))
        return usage_error("%s", "unknown category (a number 101..124, or props, wardrobe...)");
    dp_project *p = NULL;
    int rc = open_project(a->pos[0], &p);
    if (rc != EXIT_OK)
        return rc;
    dp_error err = {0};
    int64_t id = 0;
    dp_status st = dp_project_edit(p, &e, now(), &id, &err);
    if (st != DP_OK) {
        rc = fail(a->pos[0], &err, project_exit(st));
    } else if (!a->quiet) {
        const dp_edit_info *info = dp_project_edit_at(p, dp_project_edit_count(p) - 1);
        fprintf(stderr, "depouille: %s: edit #%lld recorded (%s)\n", a->pos[0], (long long)id,
                dp_edit_status_name(info->status));
    }
    dp_project_close(p);
    return rc;
}

int dpx_project_main(int argc, char **argv)
{
    args a;
    if (parse(argc, argv, &a) != 0)
        return EXIT_USAGE;
    if (!a.sub || !strcmp(a.sub, "help")) {
        fputs(usage, a.sub ? stdout : stderr);
        return a.sub ? EXIT_OK : EXIT_USAGE;
    }
    if (!strcmp(a.sub, "new") || !strcmp(a.sub, "import"))
        return cmd_new_or_import(&a, a.sub[0] == 'n');
    if (!strcmp(a.sub, "edit"))
        return cmd_edit(&a);
    if (!strcmp(a.sub, "show") || !strcmp(a.sub, "history") || !strcmp(a.sub, "changes") ||
        !strcmp(a.sub, "export"))
        return cmd_read(&a);
    return usage_error("unknown project command '%s'", a.sub);
}
