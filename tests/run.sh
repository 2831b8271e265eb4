#!/usr/bin/env bash
# Runs every test of one build: the C suites (unit, golden, corpus) and the
# CLI tests. Usage: tests/run.sh BUILD_DIR. Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build}
# sanitizer builds: leaks in third-party caches are listed there
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
total_pass=0
total_fail=0
run() {
    local label=$1
    shift
    local out
    out=$("$@" 2>&1)
    local rc=$?
    printf '%s\n' "$out" | grep -v '^[0-9]* passed, [0-9]* failed$'
    local line
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
    if [ -z "$line" ]; then
        echo "FAIL $label: no summary line (exit $rc)"
        total_fail=$((total_fail + 1))
        return
    fi
    local p f
    p=${line%% passed*}
    f=${line#*, }
    f=${f%% failed}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "FAIL $label: exit $rc"
        f=1
    fi
    echo "$label: $line"
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
}
run "$BUILD/dp-test" "$BUILD/dp-test"
run "cli ($BUILD)" tests/cli/run.sh "$BUILD"
run "cli, hostile input ($BUILD)" tests/cli/hostile.sh "$BUILD"
run "serve ($BUILD)" tests/cli/serve.sh "$BUILD"
run "web ($BUILD)" tests/web/run.sh "$BUILD"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
