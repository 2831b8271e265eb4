/* The schedule command (see cmd_schedule.c). */
#ifndef DPX_CMD_SCHEDULE_H
#define DPX_CMD_SCHEDULE_H

/* Runs `depouille schedule ...` (argv[1] is "schedule"); returns the exit
 * code. */
int dpx_cmd_schedule(int argc, char **argv);

#endif
