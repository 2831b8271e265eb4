/* fuzz/fuzz_constraints.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/constraints/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_constraints
#include "../../fuzz/fuzz_constraints.c"
