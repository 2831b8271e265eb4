#!/usr/bin/env bash
# make leakcheck: the command under valgrind (memcheck, definite, indirect
# and possible leaks are errors, --error-exitcode=1: the command itself
# never exits with 1; what libraries keep reachable until the process ends
# is not ours, the library has no global state) on
# every golden input and sample for each output, on a PDF, on every report
# kind in every format, on a conversion, and on a project's whole life (new, edit, import,
# show, history, changes, export), on the talent solver. LEAK_JOBS at a time (default: one per
# processor). Ends with "N passed, N failed".
# Usage: tests/leakcheck.sh [BUILD_DIR]
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build}
DP="$BUILD/depouille"
JOBS=${LEAK_JOBS:-$(nproc 2>/dev/null || echo 2)}
TMP=$(mktemp -d /tmp/dp-leak.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

# One command line per check, in a file: run in parallel, then read back.
jobs_file=$TMP/jobs
: >"$jobs_file"
add() { printf '%s\n' "$*" >>"$jobs_file"; }

for f in tests/golden/*.fountain tests/golden/*.fdx tests/golden/*.txt samples/*/*.fountain; do
    case "$f" in *.pages.txt) continue ;; esac # expected outputs, not inputs
    for cmd in parse breakdown "breakdown --format text" "breakdown --format fdx"; do
        add "$cmd -q $f"
    done
done
# a PDF, made by the tests' renderer (a missing PDF fails the check)
"$BUILD/mkpdf" samples/en/the-night-ferry.fountain "$TMP/ferry.pdf" >/dev/null 2>&1
add "breakdown -q $TMP/ferry.pdf"
# every report: the full set in one run (every kind in CSV, XLSX, PDF, HTML,
# written by parallel threads), then two reports of the French sample
add "breakdown samples/en/the-night-ferry.fountain -o $TMP/all/ -q"
add "report dood samples/fr/le-dernier-service.fountain --format json -q -o $TMP/dood.json"
add "report sheets samples/fr/le-dernier-service.fountain --format pdf -q -o $TMP/sheets.pdf"
add "convert tests/golden/fdx-tags.fdx $TMP/tags.fountain -q"
# the talent solver, on two threads
add "talent fuzz/corpus/talent/gen8.txt --threads 2 -o $TMP/talent.json"

run_check() { # NUMBER COMMAND...: writes $TMP/NUMBER.rc and .log
    local n=$1
    shift
    # shellcheck disable=SC2086,SC2048
    valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
        --suppressions=tests/valgrind.supp --num-callers=50 \
        "$DP" $* >/dev/null 2>"$TMP/$n.log"
    echo $? >"$TMP/$n.rc"
}

n=0
running=0
while IFS= read -r line; do
    n=$((n + 1))
    run_check "$n" "$line" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then
        wait -n
        running=$((running - 1))
    fi
done <"$jobs_file"
wait

pass=0
fail=0
i=0
while IFS= read -r line; do
    i=$((i + 1))
    rc=$(cat "$TMP/$i.rc" 2>/dev/null || echo 99)
    if [ "$rc" -eq 0 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL leakcheck (exit $rc): $line"
        head -n 30 "$TMP/$i.log"
    fi
done <"$jobs_file"

# a project's whole life, in order (each step reads what the last wrote)
export SOURCE_DATE_EPOCH=1700000000
P=$TMP/film.dpj
steps=(
    "project new $P samples/en/the-night-ferry.fountain -q"
    "project edit $P add 1 props lantern --text COMPASS"
    "project edit $P remove all props rope"
    "project edit $P rename props compass \"brass compass\""
    "project edit $P story-day 2 3"
    "project edit $P costume 1 MARGOT 2A"
    "project edit $P heading 3 \"INT. BRIDGE - NIGHT\""
    "project import $P tests/golden/cast.fountain -q"
    "project import $P samples/en/the-night-ferry.fountain -q"
    "project show $P"
    "project show $P -f text"
    "project history $P -f text"
    "project changes $P 1 2 -f text"
    "project export $P -o $TMP/eff.json"
    "project export $P sheets -o $TMP/eff.pdf"
)
for s in "${steps[@]}"; do
    eval "set -- $s"
    valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
        --suppressions=tests/valgrind.supp --num-callers=50 \
        "$DP" "$@" >/dev/null 2>"$TMP/project.log"
    rc=$?
    if [ "$rc" -eq 0 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL leakcheck (exit $rc): $s"
        head -n 30 "$TMP/project.log"
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
