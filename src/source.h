/* Decoding a text file into clean UTF-8 lines, shared by the text readers. */
#ifndef DP_SOURCE_H
#define DP_SOURCE_H

#include "doc.h"

/* What a line's bytes may hold (dp__src_line.flags). A clear bit is a
 * promise; a set bit may be a false alarm (repaired text sets them all). */
#define DP__LINE_HIGH 1u   /* bytes above 0x7F (non-ASCII UTF-8) */
#define DP__LINE_TAB 2u    /* a tab */
#define DP__LINE_MARKUP 4u /* '*', '_' or '\\' (emphasis markup) */

/* One line of the decoded text. */
typedef struct dp__src_line {
    uint32_t start, len;     /* in dp__source.text, without the newline */
    uint32_t src_off;        /* byte offset of the line in the input */
    uint32_t src_end;        /* end of the line's content in the input */
    uint32_t flags;          /* DP__LINE_* */
} dp__src_line;

/* The decoded text: valid UTF-8, no BOM, lines joined by '\n', control
 * characters removed (tabs are kept: elements expand them). Offsets (src_off/src_end)
 * refer to the input bytes, or to the decoded text when the input was
 * transcoded from UTF-16 or Windows-1252. */
typedef struct dp__source {
    const char *data;  /* the decoded text: 'text', or the input itself */
    size_t len;
    dp__buf text;      /* used when the input needed repairs */
    dp__src_line *lines;
    size_t n_lines;
    bool transcoded;
} dp__source;

/* Decodes 'len' bytes, recording repairs as warnings on 'doc'. Fails with
 * DP_E_BINARY, DP_E_FORMAT (a PDF or Final Draft file), DP_E_LIMIT or
 * DP_E_NOMEM. Release with dp__source_release() in every case. */
dp_status dp__source_decode(dp_doc *doc, const char *bytes, size_t len,
                            dp__source *out, dp_error *err);
void dp__source_release(dp__source *src);

#endif
