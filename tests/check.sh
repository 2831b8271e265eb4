#!/usr/bin/env bash
# make check: the tests of each build given (plain, then ASan+UBSan), every
# allocation made to fail (FAULT_INPUTS), then on the first build the size
# limits, the stress suite and the command under valgrind (CHECK_LEAKS=0:
# not), every fuzz target for FUZZ_TIME seconds (0: not); one summary line
# at the end. Usage: tests/check.sh BUILD_DIR...
set -u
cd "$(dirname "$0")/.."
pass=0
fail=0
for b in "$@"; do
    echo "== tests on $b"
    out=$(tests/run.sh "$b" 2>&1)
    printf '%s\n' "$out" | sed '$d'
    line=$(printf '%s\n' "$out" | tail -n 1)
    case "$line" in
        *" passed, "*" failed")
            p=${line%% passed*}
            f=${line#*, }
            f=${f%% failed}
            pass=$((pass + p))
            fail=$((fail + f))
            ;;
        *)
            echo "FAIL: no summary from $b"
            fail=$((fail + 1))
            ;;
    esac
done
# Runs one phase that ends with "N passed, N failed" and adds it up.
phase() { # LABEL COMMAND...
    local label=$1
    shift
    echo "== $label"
    local out rc line p f
    out=$("$@" 2>&1)
    rc=$?
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
# every allocation made to fail in turn (make faultbuild; FAULT_INPUTS from make)
if [ -n "${FAULT_INPUTS:-}" ]; then
    # shellcheck disable=SC2086
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" phase "allocation failures (build/fault)" \
        build/fault/fault $FAULT_INPUTS
fi
# the README's limits, each just under and just over, and the stress suite
# (100,000 scenes through every writer, timed), on the first build given
phase "limits ($1)" tests/cli/limits.sh "$1"
DPT_STRESS=1 phase "stress ($1)" "$1/dp-test" stress
# the command under valgrind (make leakcheck), on the first build given
if [ "${CHECK_LEAKS:-1}" != 0 ]; then
    phase "valgrind (make leakcheck)" tests/leakcheck.sh "$1"
fi
# every fuzz target for FUZZ_TIME seconds (make fuzzbuild); FUZZ_TIME=0: none
export FUZZ_TIME=${FUZZ_TIME:-20}
if [ "$FUZZ_TIME" != 0 ]; then
    phase "fuzzing, $FUZZ_TIME s a target (make fuzz)" tests/fuzz.sh
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
