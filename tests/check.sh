#!/usr/bin/env bash
# make check: the tests of each build given (plain, then ASan+UBSan), one
# summary line at the end. Usage: tests/check.sh BUILD_DIR...
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
# every allocation made to fail in turn (make faultbuild; FAULT_INPUTS from make)
if [ -n "${FAULT_INPUTS:-}" ] && [ -x build/fault/fault ]; then
    echo "== allocation failures (build/fault)"
    # shellcheck disable=SC2086
    out=$(LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" build/fault/fault $FAULT_INPUTS 2>&1)
    rc=$?
    printf '%s\n' "$out" | sed '$d'
    line=$(printf '%s\n' "$out" | tail -n 1)
    case "$line" in
        *" passed, "*" failed")
            p=${line%% passed*}
            f=${line#*, }
            f=${f%% failed}
            pass=$((pass + p))
            fail=$((fail + f))
            [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && { echo "FAIL fault: exit $rc"; fail=$((fail + 1)); }
            ;;
        *)
            echo "FAIL fault: no summary (exit $rc)"
            fail=$((fail + 1))
            ;;
    esac
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
