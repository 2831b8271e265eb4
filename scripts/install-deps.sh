#!/bin/sh
# Installs the Debian packages depouille needs, and only those that are missing.
#   scripts/install-deps.sh            build + test dependencies
#   scripts/install-deps.sh --bench    also what `make bench` needs (Node.js, npm,
#                                      MiniZinc and Gecode for the talent peer)
#   scripts/install-deps.sh --lexicon  also WordNet 3.0 for `make lexicon` (dev-time only)
# Exits 0 when everything is present; non-zero with the missing list otherwise.
set -eu

# Build and test: compiler, pkg-config, libraries, sanitizers, fuzzing, valgrind.
PKGS="build-essential pkg-config libutf8proc-dev clang libclang-rt-14-dev valgrind"
# PDF input (poppler-glib); cairo and a monospace font for the PDFs the tests make
PKGS="$PKGS libpoppler-glib-dev libcairo2-dev fonts-dejavu-core"
# Final Draft files: libxml2 to read them, xmllint to check what we write.
PKGS="$PKGS libxml2-dev libxml2-utils"
# Projects: SQLite (the store), and its shell for the tests that build old files
PKGS="$PKGS libsqlite3-dev sqlite3"
# Reports: PDF with pango over cairo, XLSX with libxlsxwriter; the tests check
# the PDFs with poppler-utils (pdfinfo, pdftotext) and the XLSX with python3.
PKGS="$PKGS libpango1.0-dev libxlsxwriter-dev poppler-utils python3"
if [ "${1:-}" = "--bench" ]; then
    PKGS="$PKGS hyperfine minizinc flatzinc"
    command -v node >/dev/null 2>&1 || PKGS="$PKGS nodejs"
    command -v npm >/dev/null 2>&1 || PKGS="$PKGS npm"
fi
if [ "${1:-}" = "--lexicon" ]; then
    PKGS="$PKGS wordnet-base wordnet-dev wordnet-sense-index"
fi

missing=""
for p in $PKGS; do
    st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$st" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: need root or sudo to install:$missing" >&2
    echo "install-deps: run as root: apt-get install -y$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
if ! $SUDO apt-get install -y --no-install-recommends $missing >/tmp/depouille-apt.log 2>&1; then
    $SUDO apt-get update >>/tmp/depouille-apt.log 2>&1 || true
    # shellcheck disable=SC2086
    if ! $SUDO apt-get install -y --no-install-recommends $missing >>/tmp/depouille-apt.log 2>&1; then
        echo "install-deps: apt-get failed; see /tmp/depouille-apt.log" >&2
        tail -n 20 /tmp/depouille-apt.log >&2
        exit 1
    fi
fi
echo "install-deps: done"
