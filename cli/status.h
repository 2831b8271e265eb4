/* The command's exit codes, and the mapping from library errors to them. */
#ifndef DPX_STATUS_H
#define DPX_STATUS_H

#include "depouille.h"

enum {
    EXIT_OK = 0,
    EXIT_USAGE = 2,      /* bad options or arguments                       */
    EXIT_INPUT = 3,      /* cannot read the input file                     */
    EXIT_REJECTED = 4,   /* the input is not something we can read         */
    EXIT_OUTPUT = 5,     /* cannot write the output                        */
    EXIT_PROJECT = 6,    /* the project file is damaged, newer or exists   */
    EXIT_INFEASIBLE = 7, /* no board keeps every scheduling constraint     */
    EXIT_INTERNAL = 70   /* out of memory, bug                             */
};

/* The exit code for a library status. */
int dpx_exit_for(dp_status st);

/* Prints "depouille: FILE[:LINE[:COL]]: message" to standard error and
 * returns dpx_exit_for(err->code). */
int dpx_fail(const char *file, const dp_error *err);

/* Reads option 'opt''s value 's' as a number in [0, max] into '*out': 0,
 * or -1 after printing what was wrong. */
int dpx_parse_number(const char *opt, const char *s, double max, double *out);

#endif
