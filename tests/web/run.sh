#!/usr/bin/env bash
# Browser tests of depouille serve (tests/web/web.test.mjs): Playwright from
# tests/web/node_modules driving Debian's Chromium. Usage: tests/web/run.sh
# BUILD_DIR [SHOTS_DIR]. Skips (0 passed, 0 failed, with the reason) only
# when Node.js, Chromium or playwright-core is not installed.
set -u
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
SHOTS=${2:-}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
skip() {
    echo "SKIP web: $*"
    echo "0 passed, 0 failed"
    exit 0
}
command -v node >/dev/null 2>&1 || skip "node is not installed (scripts/install-deps.sh)"
[ -x "$CHROMIUM" ] || skip "$CHROMIUM is not installed (scripts/install-deps.sh)"
[ -f tests/web/node_modules/playwright-core/package.json ] ||
    skip "playwright-core is not installed in tests/web (scripts/install-deps.sh)"
TMP=$(mktemp -d)
PID=
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT
"$BUILD/depouille" project new "$TMP/p.dpj" samples/en/the-night-ferry.fountain -q || {
    echo "FAIL web: project new"
    echo "0 passed, 1 failed"
    exit 1
}
sed -e 's/brass compass/brass sextant/; s/radar screens/radar screens and a revolver/' \
    samples/en/the-night-ferry.fountain >"$TMP/draft2.fountain"
: >"$TMP/out"
"$BUILD/depouille" serve "$TMP/p.dpj" --port 0 \
    --constraints samples/en/the-night-ferry.constraints.json >"$TMP/out" 2>"$TMP/err" &
PID=$!
url=
for _ in $(seq 1 100); do
    url=$(sed -n 's/^depouille: serving .* on \(http:[^ ]*\)$/\1/p' "$TMP/out")
    [ -n "$url" ] && break
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "FAIL web: the server did not start: $(head -c 300 "$TMP/err")"
    echo "0 passed, 1 failed"
    exit 1
fi
(cd tests/web && timeout 300 node web.test.mjs "$url" "$TMP/draft2.fountain" ${SHOTS:+"$SHOTS"})
rc=$?
kill -TERM "$PID"
wait "$PID"
src=$?
PID=
if [ "$src" -ne 0 ]; then
    echo "FAIL web: the server exited $src on SIGTERM: $(head -c 300 "$TMP/err")"
    echo "0 passed, 1 failed"
    exit 1
fi
exit $rc
