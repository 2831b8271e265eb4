/* The stripboard: the scenes of the current draft in shoot days, read,
 * stored and costed by the scheduler (dp_schedule_*; see README, "Web
 * app"). Pure functions of a breakdown. */
#ifndef DPS_BOARD_H
#define DPS_BOARD_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "depouille.h"
#include "json_in.h"

#define DPS_BOARD_MAX_DAYS 2000u
#define DPS_BOARD_DAY_EIGHTHS 40u /* a day's target: 5 pages */

/* Scenes in days: order[] holds every scene index once, day_end[d] is one
 * past day d's last position in order[]. */
typedef struct dps_board {
    uint32_t *order;
    size_t n;
    size_t *day_end;
    size_t days;
} dps_board;

void dps_board_free(dps_board *b);
/* Script order cut into days of about DPS_BOARD_DAY_EIGHTHS. */
int dps_board_default(const dp_breakdown *bd, dps_board *out);
/* From {"days": [[scene index, ...], ...]}: every scene exactly once.
 * 0, or -1 with a message. */
int dps_board_from_json(const dp_breakdown *bd, const dps_json *j, dps_board *out, char *msg,
                        size_t msgsz);
/* From a saved board, the JSON of dp_schedule_write() ({"days": [{"scenes":
 * ["12", "12A"]}, ...]}; days as plain arrays of numbers are read too):
 * numbers the draft lacks are dropped, scenes the text lacks go to a last
 * day (*placed_all 0 then). Text that is not such JSON gives the default
 * board. */
int dps_board_from_stored(const dp_breakdown *bd, const char *text, size_t len, dps_board *out,
                          int *placed_all);
/* The schedule of 'bd' under 'c' (NULL: the defaults) with board 'b'
 * evaluated (dp_schedule_evaluate()); free it with dp_schedule_free(). */
dp_status dps_board_schedule(const dp_breakdown *bd, const dp_constraints *c,
                             const dps_board *b, dp_schedule **out, dp_error *err);
/* The board's days, their totals, each actor's days, and the schedule's
 * cost terms and broken constraints as JSON (README, "Web app"); 's' is
 * the board's evaluated schedule. */
void dps_board_json(const dp_breakdown *bd, const dps_board *b, const dp_schedule *s,
                    dps_buf *out);
/* The board dp_schedule_solve() builds under 'c' in 'seconds' at most
 * (unscheduled scenes on a last day, *placed_all 0). */
dp_status dps_board_solve(const dp_breakdown *bd, const dp_constraints *c, double seconds,
                          dps_board *out, int *placed_all, dp_error *err);

#endif
