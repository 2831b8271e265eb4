/* depouille project ...: a project file holding every draft of a script,
 * the user's edits and the revision reports. */
#ifndef DPX_CMD_PROJECT_H
#define DPX_CMD_PROJECT_H

/* Runs the command on argv[1] == "project"; returns the exit code. */
int dpx_project_main(int argc, char **argv);

#endif
