/* The serve command (see cmd_serve.c). */
#ifndef DPX_CMD_SERVE_H
#define DPX_CMD_SERVE_H

/* Runs `depouille serve PROJECT ...` (argv[1] is "serve"); returns the
 * exit code. */
int dpx_cmd_serve(int argc, char **argv);

#endif
