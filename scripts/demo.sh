#!/usr/bin/env bash
# make demo: the breakdown of the two sample scripts the project ships,
# a readable summary on screen and the full JSON in build/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
OUT="$BUILD/demo"
mkdir -p "$OUT"
for script in samples/en/the-night-ferry.fountain samples/fr/le-dernier-service.fountain; do
    name=$(basename "$script" .fountain)
    "$BUILD/depouille" breakdown -q -o "$OUT/$name.json" "$script"
    echo "================================================================"
    echo " depouille breakdown $script"
    echo "================================================================"
    "$BUILD/depouille" breakdown -q --format text "$script"
    echo
    echo "full breakdown (JSON): $OUT/$name.json"
    echo
done
