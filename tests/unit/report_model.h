/* Shared by the writer unit tests: a hand-made report model. */
#ifndef DPT_REPORT_MODEL_H
#define DPT_REPORT_MODEL_H

#include "../harness.h"
#include "report.h"
#include "report_util.h"

/* A report titled "Test" with one table of 'ncols' columns (the first
 * frozen) and 'nrows' data rows of cells "r<row>c<col>", a group band and
 * a total; cell (0, 1) holds 'tricky'. Release with dp__arena_release(). */
void dpt_model(dp__report *r, size_t ncols, size_t nrows, const char *tricky);
/* Renders 'r' with 'w' into a new buffer (release it). */
dp_status dpt_render(const dp__report *r,
                     dp_status (*w)(const dp__report *, const dp_sink *, dp_error *),
                     dp__buf *out);

#endif
