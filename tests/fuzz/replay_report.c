/* fuzz/fuzz_report.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/report/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_report
#include "../../fuzz/fuzz_report.c"
