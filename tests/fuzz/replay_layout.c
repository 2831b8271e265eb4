/* fuzz/fuzz_layout.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/layout/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_layout
#include "../../fuzz/fuzz_layout.c"
