/* The talent command (see cmd_talent.c). */
#ifndef DPX_CMD_TALENT_H
#define DPX_CMD_TALENT_H

/* Runs `depouille talent ...` (argv[1] is "talent"); returns the exit code. */
int dpx_cmd_talent(int argc, char **argv);

#endif
