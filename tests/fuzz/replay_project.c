/* fuzz/fuzz_project.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/project/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_project
#include "../../fuzz/fuzz_project.c"
