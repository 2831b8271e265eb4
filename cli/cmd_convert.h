/* depouille convert IN OUT: a screenplay from one format to another. */
#ifndef DPX_CMD_CONVERT_H
#define DPX_CMD_CONVERT_H

/* Runs the command on argv[1] == "convert"; returns the exit code. */
int dpx_convert_main(int argc, char **argv);

#endif
