/* fuzz/fuzz_pdf.c built into the test binary: tests/fuzz_replay.c runs it
 * on its seed corpus and on the inputs of tests/fuzz/pdf/. */
#include "replay.h"
#define LLVMFuzzerTestOneInput dpt_fuzz_pdf
#include "../../fuzz/fuzz_pdf.c"
