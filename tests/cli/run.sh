#!/usr/bin/env bash
# CLI tests: exit codes, messages, atomic output, and the golden files
# through the command. Usage: tests/cli/run.sh BUILD_DIR (from the repo root).
set -u
BUILD=${1:-build}
DP="$BUILD/depouille"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL cli: $*" >&2; }

# expect NAME EXIT_CODE STDERR_SUBSTRING -- command...
expect() {
    local name=$1 code=$2 msg=$3
    shift 4
    "$@" >"$TMP/out" 2>"$TMP/err"
    local rc=$?
    if [ "$rc" -ne "$code" ]; then
        bad "$name: exit $rc, expected $code ($(head -c 300 "$TMP/err"))"
    elif [ -n "$msg" ] && ! grep -qF -- "$msg" "$TMP/err"; then
        bad "$name: stderr lacks '$msg': $(head -c 300 "$TMP/err")"
    else
        ok
    fi
}

expect "help" 0 "" -- "$DP" help
grep -q "usage: depouille" "$TMP/out" && ok || bad "help prints usage"
expect "no arguments" 2 "usage" -- "$DP"
expect "version" 0 "" -- "$DP" version
grep -q "^depouille [0-9]" "$TMP/out" && ok || bad "version prints a version"
expect "unknown command" 2 "unknown command 'frobnicate'" -- "$DP" frobnicate x
expect "unknown option" 2 "unknown option --nope" -- "$DP" breakdown --nope x
expect "missing FILE" 2 "needs a FILE" -- "$DP" breakdown
expect "bad format" 2 "unknown format" -- "$DP" breakdown -f xml tests/golden/bom.fountain
expect "missing file" 3 "depouille: $TMP/nope.fountain: no such file" -- "$DP" breakdown "$TMP/nope.fountain"
expect "directory" 3 "is a directory" -- "$DP" breakdown tests/golden
printf 'INT. A - DAY\n\n\0\0binary' >"$TMP/bin.fountain"
expect "binary" 4 "bin.fountain:3:1: binary data" -- "$DP" breakdown "$TMP/bin.fountain"
truncate -s 51M "$TMP/big.fountain"
expect "too big" 4 "the limit is 52428800 bytes" -- "$DP" breakdown "$TMP/big.fountain"
printf '%%PDF-1.4\n' >"$TMP/x.pdf"
expect "pdf" 4 "PDF" -- "$DP" breakdown "$TMP/x.pdf"
if [ "$(id -u)" -ne 0 ]; then
    printf 'INT. A - DAY\n' >"$TMP/locked.fountain"
    chmod 0 "$TMP/locked.fountain"
    expect "permission" 3 "permission denied" -- "$DP" breakdown "$TMP/locked.fountain"
fi

# no partial output: a failed run creates nothing and leaves an old file alone
expect "no output on error" 4 "" -- "$DP" breakdown -o "$TMP/out.json" "$TMP/bin.fountain"
[ ! -e "$TMP/out.json" ] && ok || bad "an output file was created on error"
echo "previous" >"$TMP/keep.json"
expect "keep old output" 3 "" -- "$DP" breakdown -o "$TMP/keep.json" "$TMP/nope.fountain"
[ "$(cat "$TMP/keep.json")" = "previous" ] && ok || bad "the old output was overwritten on error"
expect "output to a missing directory" 5 "$TMP/no/such/dir/x.json" -- \
    "$DP" breakdown -o "$TMP/no/such/dir/x.json" tests/golden/bom.fountain

# -o writes the same bytes as stdout, and leaves no temporary file
"$DP" breakdown tests/golden/cast.fountain >"$TMP/stdout.json"
expect "output file" 0 "" -- "$DP" breakdown -o "$TMP/o.json" tests/golden/cast.fountain
cmp -s "$TMP/stdout.json" "$TMP/o.json" && ok || bad "-o differs from stdout"
ls "$TMP" | grep -q '\.tmp\.' && bad "a temporary file was left" || ok

# stdin, text format, warnings and --quiet
expect "stdin" 0 "" -- sh -c "\"$DP\" breakdown - < tests/golden/cast.fountain"
cmp -s "$TMP/stdout.json" "$TMP/out" && ok || bad "stdin output differs"
expect "text format" 0 "" -- "$DP" breakdown --format text tests/golden/cast.fountain
grep -q "^scenes" "$TMP/out" && grep -q "BRICK" "$TMP/out" && ok || bad "text summary"
expect "warnings on stderr" 0 "notes-boneyard.fountain:30:7: warning:" -- \
    "$DP" parse tests/golden/notes-boneyard.fountain
expect "quiet" 0 "" -- "$DP" parse -q tests/golden/notes-boneyard.fountain
[ ! -s "$TMP/err" ] && ok || bad "--quiet still printed warnings"
expect "parse is JSON only" 2 "JSON only" -- "$DP" parse -f text tests/golden/bom.fountain

# the golden files, through the command
for f in tests/golden/*.fountain; do
    name=${f%.fountain}
    for kind in parse breakdown; do
        if "$DP" "$kind" -q "$f" >"$TMP/g.json" 2>"$TMP/err" && cmp -s "$TMP/g.json" "$name.$kind.json"; then
            ok
        else
            bad "golden $name.$kind.json through the CLI"
        fi
    done
done

# talent: a small problem, errors, options
printf 'three\n3 2\n1 0 1 5\n0 1 1 7\n2 1 3\n' >"$TMP/three.txt"
expect "talent" 0 "" -- "$DP" talent "$TMP/three.txt"
grep -q '"cost": 53,' "$TMP/out" && grep -q '"optimal": true,' "$TMP/out" && ok || bad "talent output"
expect "talent -o" 0 "" -- "$DP" talent --time-limit 5 --threads 1 -o "$TMP/t.json" "$TMP/three.txt"
grep -q '"order": \[' "$TMP/t.json" && ok || bad "talent -o writes the result"
printf 'bad\n2 1\n1 x 5\n1 1\n' >"$TMP/bad.txt"
expect "talent bad file" 4 "bad.txt:3:3: expected 0 or 1 (actor 1, scene 2), found 'x'" -- "$DP" talent "$TMP/bad.txt"
expect "talent missing" 3 "no such file" -- "$DP" talent "$TMP/nope.txt"
expect "talent no file" 2 "talent needs a FILE" -- "$DP" talent
expect "talent threads" 2 "--threads needs" -- "$DP" talent --threads 0 "$TMP/three.txt"
expect "talent time" 2 "--time-limit needs a number" -- "$DP" talent --time-limit x "$TMP/three.txt"
expect "talent option" 2 "unknown option --nope" -- "$DP" talent --nope "$TMP/three.txt"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
