#!/usr/bin/env bash
# Load on depouille serve over loopback: READERS connections reading scenes
# (wrk, Debian's package) and WRITERS clients posting edits one after the
# other (bench/web/write.mjs, Node.js), at once, for SECONDS. Then counts the
# edits in the project against the 201 answers.
# Usage: bench/web/load.sh [BUILD_DIR] (env SECONDS_=60 READERS=50 WRITERS=10).
set -eu
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
DUR=${SECONDS_:-60}
READERS=${READERS:-50}
WRITERS=${WRITERS:-10}
command -v wrk >/dev/null || { echo "load: wrk is not installed (apt-get install wrk)"; exit 1; }
TMP=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$TMP"' EXIT
"$BUILD/depouille" project new "$TMP/load.dpj" samples/en/the-night-ferry.fountain -q
: >"$TMP/out"
"$BUILD/depouille" serve "$TMP/load.dpj" --port 0 >"$TMP/out" 2>"$TMP/err" &
PID=$!
url=
for _ in $(seq 1 100); do
    url=$(sed -n 's/^depouille: serving .* on \(http:\/\/[^/]*\)\/.*$/\1/p' "$TMP/out")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "load: the server did not start"; cat "$TMP/err"; exit 1; }
echo "load: $url, $READERS readers and $WRITERS writers for ${DUR}s"
wrk -t2 -c"$READERS" -d"${DUR}s" --timeout 10s --latency -s bench/web/read.lua "$url" >"$TMP/read" &
R=$!
node bench/web/write.mjs "$url" "$WRITERS" "$DUR" >"$TMP/write" &
W=$!
wait "$R" "$W"
echo "== readers (GET /api/scenes/N)"
cat "$TMP/read"
echo "== writers (POST /api/edits)"
cat "$TMP/write"
posted=$(sed -n 's/^edits posted: //p' "$TMP/write")
stored=$(curl -s "$url/api/edits" | sed -n 's/^{"count":\([0-9]*\),.*/\1/p')
kill -TERM "$PID"
wait "$PID" || { echo "load: the server did not stop cleanly"; exit 1; }
PID=
cli=$("$BUILD/depouille" project show "$TMP/load.dpj" -f text | sed -n 's/^edits (\([0-9]*\))$/\1/p')
echo "== edits: $posted answered 201, $stored in the project (API), $cli (CLI, after shutdown)"
errors=$(grep -E "Non-2xx|Socket errors" "$TMP/read" || true)
[ "$(sed -n 's/^edits refused: //p' "$TMP/write")" = 0 ] || errors="$errors; edits refused"
grep -q "connection failures: 0$" "$TMP/write" || errors="$errors; writer connection failures"
[ -z "$errors" ] && [ "$posted" = "$stored" ] && [ "$posted" = "$cli" ] || {
    echo "load: FAILED: errors or lost edits: $errors"
    exit 1
}
echo "load: no error, no lost edit"
