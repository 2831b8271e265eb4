/* fuzz/fuzz_talent.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/talent/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_talent
#include "../../fuzz/fuzz_talent.c"
