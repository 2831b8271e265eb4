#!/usr/bin/env bash
# make leakcheck: the command under valgrind (memcheck, leaks) on every
# golden input and sample, for each output. Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build}
pass=0
fail=0
for f in tests/golden/*.fountain tests/golden/*.fdx samples/*/*.fountain; do
    for cmd in parse breakdown "breakdown --format text" "breakdown --format fdx"; do
        # shellcheck disable=SC2086
        if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all \
            --suppressions=tests/valgrind.supp --num-callers=50 \
            "$BUILD/depouille" $cmd -q "$f" >/dev/null 2>/tmp/dp-leak.$$; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL leakcheck: $cmd $f"
            head -n 30 /tmp/dp-leak.$$
        fi
    done
done
rm -f /tmp/dp-leak.$$
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
