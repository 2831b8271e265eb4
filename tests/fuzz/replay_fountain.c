/* fuzz/fuzz_fountain.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/fountain/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_fountain
#include "../../fuzz/fuzz_fountain.c"
