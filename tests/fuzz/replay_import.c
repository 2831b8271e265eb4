/* fuzz/fuzz_import.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/import/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_import
#include "../../fuzz/fuzz_import.c"
