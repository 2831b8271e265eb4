/* depouille report KIND FILE, and depouille breakdown FILE -o DIR/: the
 * documents crews work from, one report or the full set. */
#ifndef DPX_CMD_REPORT_H
#define DPX_CMD_REPORT_H

#include "depouille.h"

typedef struct dpx_report_args {
    const char *kind;     /* report KIND; NULL for breakdown -o DIR */
    const char *format;   /* --format, or NULL */
    const char *lang;     /* --lang, or NULL (the script's) */
    const char *category; /* --category (dood), or NULL (the cast) */
    const char *output;   /* -o, or NULL (stdout) */
} dpx_report_args;

/* Checks the arguments before the script is read: 0, or 2 (usage) after
 * printing why. */
int dpx_report_check(const dpx_report_args *a);
/* Writes the report of 'bd' to a->output or stdout; returns the exit code. */
int dpx_report_run(const dp_breakdown *bd, const dpx_report_args *a);
/* True when OUT names a directory: it ends with '/' or is one. */
int dpx_is_dir_target(const char *out);
/* Writes breakdown.json and every report (every format, or a->format's)
 * into the directory a->output, made when missing; all files are made in
 * memory first, so a failure writes none. Returns the exit code. */
int dpx_breakdown_dir(const dp_breakdown *bd, const dpx_report_args *a);

#endif
