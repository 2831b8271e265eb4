#!/usr/bin/env bash
# make lint: the library's house rules, then cppcheck.
#  - src/ never prints, exits, aborts or reads the environment;
#  - the C allocator is called from src/alloc.c only.
set -u
cd "$(dirname "$0")/.."
fail=0
check() { # check PATTERN WHY [FILES to exclude...]
    local pattern=$1 why=$2
    shift 2
    local hits
    # comment lines (" * ...", "/* ...", "// ...") are prose, not calls
    hits=$(grep -nE "$pattern" src/*.c src/*.h | grep -v -E "^[^:]+:[0-9]+:[[:space:]]*(\*|/\*|//)" |
        grep -v -E "${1:-^$}" || true)
    if [ -n "$hits" ]; then
        echo "lint: $why:"
        echo "$hits"
        fail=1
    fi
}
check '\b(printf|fprintf|puts|fputs|putchar|perror)\s*\(' "the library does not print"
check '\b(exit|_exit|abort|assert)\s*\(' "the library does not exit or abort"
check '\bgetenv\s*\(' "the library does not read the environment"
check '\b(malloc|calloc|realloc|free)\s*\(' "the C allocator is called from alloc.c only" '^src/alloc\.c:'
check '\b(strcpy|strcat|sprintf|vsprintf|gets|atoi|atol)\s*\(' "unbounded or unchecked calls"
if command -v cppcheck >/dev/null 2>&1; then
    if ! cppcheck --quiet --error-exitcode=1 --std=c11 --enable=warning,portability \
        --inline-suppr -Iinclude -Isrc -Iserver src cli server bench fuzz 2>&1; then
        fail=1
    fi
else
    echo "lint: cppcheck not installed; skipped"
fi
[ "$fail" -eq 0 ] && echo "lint: ok"
exit "$fail"
