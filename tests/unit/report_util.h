/* Shared by the report unit tests: a small script and its reports. */
#ifndef DPT_REPORT_UTIL_H
#define DPT_REPORT_UTIL_H

#include "../harness.h"
#include "internal.h"

/* Three scenes: a day interior, a night exterior, a continuous interior. */
#define DPT_REPORT_SCRIPT                                                      \
    "Title: The Test\n\n"                                                      \
    "INT. HOUSE - KITCHEN - DAY\n\n"                                           \
    "MARY, in a red dress, picks up a knife. A crowd of thirty passengers "   \
    "waits, \"quoted\", outside.\n\n"                                          \
    "MARY\nHello.\n\n"                                                         \
    "EXT. GARDEN - NIGHT\n\n"                                                  \
    "THE NEXT NIGHT.\n\n"                                                      \
    "JOHN waits by the car.\n\n"                                               \
    "JOHN\nHi.\n\n"                                                            \
    "INT. HOUSE - KITCHEN - CONTINUOUS\n\n"                                    \
    "MARY and JOHN sit.\n\n"                                                   \
    "MARY\nBye.\n\n"                                                           \
    "JOHN\nBye.\n"

/* Writes report 'k' of 'bd' as 'f' with 'o' (may be NULL); returns the
 * bytes (free with free()) and the status in '*st'. */
char *dpt_report(const dp_breakdown *bd, dp_report_kind k, dp_report_format f,
                 const dp_report_options *o, dp_status *st, size_t *len);
/* Does s start with the string literal 'lit'? */
#define DPT_STARTS(s, lit) (strncmp((s), (lit), sizeof(lit) - 1) == 0)
/* Occurrences of 'needle' in 'hay'. */
size_t dpt_count_str(const char *hay, size_t len, const char *needle);

#endif
