/* fuzz/fuzz_fdx.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/fdx/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_fdx
#include "../../fuzz/fuzz_fdx.c"
