#!/usr/bin/env bash
# make check: the tests of each build given (plain, then ASan+UBSan), every
# allocation made to fail (FAULT_INPUTS), then on the first build the size
# limits, the stress suite and the command under valgrind (CHECK_LEAKS=0:
# not), every fuzz target for FUZZ_TIME seconds (0: not); one summary line
# at the end. Phases that use one processor each run side by side, two at a
# time (the machine has two); their output is printed in order.
# Usage: tests/check.sh BUILD_DIR...
set -u
cd "$(dirname "$0")/.."
pass=0
fail=0
OUT=$(mktemp -d /tmp/dp-check.XXXXXX)
trap 'rm -rf "$OUT"' EXIT

# Starts one phase in the background: its output and exit code in $OUT.
start() { # NAME COMMAND...
    local name=$1
    shift
    ("$@" >"$OUT/$name.out" 2>&1; echo $? >"$OUT/$name.rc") &
}

# Prints a finished phase and adds up its "N passed, N failed".
report() { # NAME LABEL
    local name=$1 label=$2 out rc line p f
    echo "== $label"
    out=$(cat "$OUT/$name.out" 2>/dev/null)
    rc=$(cat "$OUT/$name.rc" 2>/dev/null || echo 1)
    printf '%s\n' "$out" | sed '$d'
    line=$(printf '%s\n' "$out" | tail -n 1)
    case "$line" in
        *" passed, "*" failed")
            p=${line%% passed*}
            f=${line#*, }
            f=${f%% failed}
            echo "$label: $line"
            pass=$((pass + p))
            fail=$((fail + f))
            [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && { echo "FAIL $label: exit $rc"; fail=$((fail + 1)); }
            ;;
        *)
            printf '%s\n' "$line"
            echo "FAIL $label: no summary (exit $rc)"
            fail=$((fail + 1))
            ;;
    esac
}

# the tests of each build, side by side
i=0
for b in "$@"; do
    start "tests$i" tests/run.sh "$b"
    i=$((i + 1))
done
wait
i=0
for b in "$@"; do
    report "tests$i" "tests on $b"
    i=$((i + 1))
done
# every allocation made to fail in turn (make faultbuild; FAULT_INPUTS from
# make), beside the README's limits (each just under and just over)
if [ -n "${FAULT_INPUTS:-}" ]; then
    # shellcheck disable=SC2086
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" start fault build/fault/fault $FAULT_INPUTS
fi
start limits tests/cli/limits.sh "$1"
wait
[ -n "${FAULT_INPUTS:-}" ] && report fault "allocation failures (build/fault)"
report limits "limits ($1)"
# the stress suite (100,000 scenes through every writer, timed), beside the
# command under valgrind (make leakcheck)
DPT_STRESS=1 start stress "$1/dp-test" stress
if [ "${CHECK_LEAKS:-1}" != 0 ]; then
    start leaks tests/leakcheck.sh "$1"
fi
wait
report stress "stress ($1)"
[ "${CHECK_LEAKS:-1}" != 0 ] && report leaks "valgrind (make leakcheck)"
# every fuzz target for FUZZ_TIME seconds (make fuzzbuild); FUZZ_TIME=0: none
export FUZZ_TIME=${FUZZ_TIME:-20}
if [ "$FUZZ_TIME" != 0 ]; then
    FUZZ_CORPUS_ROOT=$OUT/corpus start fuzz tests/fuzz.sh
    wait
    report fuzz "fuzzing, $FUZZ_TIME s a target (make fuzz)"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
