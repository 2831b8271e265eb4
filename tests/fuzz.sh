#!/usr/bin/env bash
# Runs every fuzz target built by `make fuzzbuild` (build/fuzz/fuzz_NAME)
# for FUZZ_TIME seconds, FUZZ_JOBS targets at once (default: one per
# processor), each on its seed corpus fuzz/corpus/NAME (new inputs go to
# build/fuzz/corpus-NAME, or FUZZ_CORPUS_ROOT/NAME: make check starts from
# the seeds alone, as CI does), with fuzz/NAME.dict when there is one. A crash,
# a leak, undefined behaviour, a broken rule of the target or an input
# slower than FUZZ_UNIT_TIMEOUT seconds fails it: the input is kept in
# build/fuzz/artifacts/NAME/ (copy it to tests/fuzz/NAME/ with the fix).
# One line per target with its executions; ends with "N passed, N failed".
# Usage: tests/fuzz.sh [NAME...]
set -u
cd "$(dirname "$0")/.."
FUZZ_TIME=${FUZZ_TIME:-60}
FUZZ_JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
FUZZ_UNIT_TIMEOUT=${FUZZ_UNIT_TIMEOUT:-30}
FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-65536}
if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for f in fuzz/fuzz_*.c; do
        t=${f#fuzz/fuzz_}
        targets+=("${t%.c}")
    done
fi
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
logs=build/fuzz/logs
mkdir -p "$logs"

run_one() { # NAME: runs it, leaves build/fuzz/logs/NAME.log and .rc
    local t=$1
    local art=build/fuzz/artifacts/$t
    local corpus=build/fuzz/corpus-$t
    [ -n "${FUZZ_CORPUS_ROOT:-}" ] && corpus=$FUZZ_CORPUS_ROOT/$t
    mkdir -p "$corpus" "$art"
    local dict=()
    [ -f "fuzz/$t.dict" ] && dict=("-dict=fuzz/$t.dict")
    if [ ! -x "build/fuzz/fuzz_$t" ]; then
        echo "build/fuzz/fuzz_$t is missing (make fuzzbuild)" >"$logs/$t.log"
        echo 127 >"$logs/$t.rc"
        return
    fi
    "build/fuzz/fuzz_$t" -max_total_time="$FUZZ_TIME" -max_len="$FUZZ_MAX_LEN" \
        -timeout="$FUZZ_UNIT_TIMEOUT" -print_final_stats=1 -artifact_prefix="$art/" \
        "${dict[@]}" "$corpus" "fuzz/corpus/$t" >"$logs/$t.log" 2>&1
    echo $? >"$logs/$t.rc"
}

# FUZZ_JOBS at a time
running=0
for t in "${targets[@]}"; do
    rm -f "$logs/$t.rc" "$logs/$t.log"
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$FUZZ_JOBS" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

pass=0
fail=0
for t in "${targets[@]}"; do
    rc=$(cat "$logs/$t.rc" 2>/dev/null || echo 1)
    execs=$(grep -E '^stat::number_of_executed_units:' "$logs/$t.log" | awk '{print $2}')
    if [ "$rc" -eq 0 ]; then
        pass=$((pass + 1))
        echo "fuzz $t: ${FUZZ_TIME} s, ${execs:-?} executions, no finding"
    else
        fail=$((fail + 1))
        echo "FAIL fuzz $t (exit $rc; log $logs/$t.log):"
        grep -E 'ERROR|runtime error|SUMMARY|Test unit written|missing|timeout|leak' \
            "$logs/$t.log" | head -n 20
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
