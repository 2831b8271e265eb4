/* Included first by tests/fuzz/replay_*.c: a broken rule of a fuzz target
 * is a test failure (the replay goes back to tests/fuzz_replay.c). */
#ifndef DPT_FUZZ_REPLAY_H
#define DPT_FUZZ_REPLAY_H

#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>

_Noreturn void dpt_fuzz_fail(const char *file, int line);
#define DP_FUZZ_FAIL() dpt_fuzz_fail(__FILE__, __LINE__)

#endif
