/* Fountain reader internals: preparation (boneyard, notes) and
 * classification share these types. */
#ifndef DP_FOUNTAIN_H
#define DP_FOUNTAIN_H

#include "source.h"

/* A logical line: what remains of one or more source lines once boneyard
 * and notes are cut out (a boneyard or note spanning lines joins the text
 * before it and the text after it into one logical line). */
typedef struct fl_line {
    uint32_t start, len;  /* in fl_prep.text */
    uint32_t first, last; /* source line indices (0-based) */
    bool removed;         /* held only notes: not even a blank line */
    uint32_t flags;       /* DP__LINE_* of its source lines */
} fl_line;

typedef struct fl_note {
    uint32_t start, len;  /* note content in fl_prep.notes_text */
    uint32_t first, last; /* source line indices */
    uint32_t col;         /* 1-based column of "[[" in its logical line */
    size_t at;            /* logical line index the note was found on */
} fl_note;

typedef struct fl_prep {
    const char *data;   /* the logical lines' text: 'text', or the source */
    dp__buf text;       /* logical lines joined by '\n', when cut */
    fl_line *lines;     /* NULL when nothing was cut: the logical lines
                         * are the source lines, one for one */
    size_t n_lines;
    dp__buf notes_text;
    fl_note *notes;
    size_t n_notes;
} fl_prep;

/* Cuts boneyard and notes out of 'src' into logical lines. */
dp_status dp__fountain_prepare(dp_doc *doc, const dp__source *src,
                               fl_prep *out);
void dp__fountain_prep_release(fl_prep *p);

#endif
