#!/usr/bin/env bash
# The size limits of the README's "Limits" table, each through the command:
# an input just under the limit is read and its output written; one just
# over exits non-zero with the documented message (FILE:LINE: where the
# limit has a line) and leaves no output file. Ends with "N passed, N failed".
# Usage: tests/cli/limits.sh BUILD_DIR (from the repo root).
set -u
BUILD=${1:-build}
DP="$BUILD/depouille"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL limits: $*" >&2; }

# under NAME OUT -- command...: exit 0 and OUT written
under() {
    local name=$1 out=$2
    shift 3
    rm -f "$out"
    "$@" >/dev/null 2>"$TMP/err"
    local rc=$?
    if [ "$rc" -ne 0 ]; then
        bad "$name, just under: exit $rc ($(head -c 300 "$TMP/err"))"
    elif [ ! -s "$out" ]; then
        bad "$name, just under: no output"
    else
        ok
    fi
}

# over NAME CODE MESSAGE OUT -- command...: exit CODE, MESSAGE on stderr, no OUT
over() {
    local name=$1 code=$2 msg=$3 out=$4
    shift 5
    rm -f "$out"
    "$@" >/dev/null 2>"$TMP/err"
    local rc=$?
    if [ "$rc" -ne "$code" ]; then
        bad "$name, just over: exit $rc, expected $code ($(head -c 300 "$TMP/err"))"
    elif ! grep -qF -- "$msg" "$TMP/err"; then
        bad "$name, just over: stderr lacks '$msg': $(head -c 300 "$TMP/err")"
    elif [ -e "$out" ]; then
        bad "$name, just over: an output file was left"
    elif ls "$(dirname "$out")" | grep -q '\.tmp\.'; then
        bad "$name, just over: a temporary file was left"
    else
        ok
    fi
}

gen() { python3 -c "$1" >"$2"; } # PYTHON_CODE FILE

# script file: DP_MAX_INPUT_BYTES (52,428,800 bytes)
gen 'import sys
head = "INT. HOUSE - DAY\n\nMARY waits.\n\n"
line = " " * 99 + "\n"
n = 52428800 - len(head)
sys.stdout.write(head + line * (n // 100) + " " * (n % 100))' "$TMP/size-under.fountain"
cp "$TMP/size-under.fountain" "$TMP/size-over.fountain"
printf ' ' >>"$TMP/size-over.fountain"
under "file size" "$TMP/o.json" -- "$DP" breakdown -q "$TMP/size-under.fountain" -o "$TMP/o.json"
over "file size" 4 "size-over.fountain: file is 52428801 bytes; the limit is 52428800 bytes" \
    "$TMP/o.json" -- "$DP" breakdown -q "$TMP/size-over.fountain" -o "$TMP/o.json"
rm -f "$TMP"/size-*.fountain

# source lines: DP_MAX_LINES (2,000,000)
gen 'import sys; sys.stdout.write("INT. HOUSE - DAY\n\nMARY waits.\n" + "\n" * 1999997)' \
    "$TMP/lines-under.fountain"
gen 'import sys; sys.stdout.write("INT. HOUSE - DAY\n\nMARY waits.\n" + "\n" * 1999998)' \
    "$TMP/lines-over.fountain"
under "lines" "$TMP/o.json" -- "$DP" parse -q "$TMP/lines-under.fountain" -o "$TMP/o.json"
over "lines" 4 "lines-over.fountain:2000001: more than 2000000 lines" "$TMP/o.json" -- \
    "$DP" parse -q "$TMP/lines-over.fountain" -o "$TMP/o.json"
rm -f "$TMP"/lines-*.fountain

# script elements: DP_MAX_ELEMENTS (1,000,000): a heading, a cue, then
# parentheticals and dialogue lines, one element a line
gen 'import sys; sys.stdout.write("INT. A - DAY\n\nBOB\n" + "(a)\nb\n" * 499999)' \
    "$TMP/el-under.fountain"
gen 'import sys; sys.stdout.write("INT. A - DAY\n\nBOB\n" + "(a)\nb\n" * 499999 + "(a)\n")' \
    "$TMP/el-over.fountain"
under "elements" "$TMP/o.json" -- "$DP" parse -q "$TMP/el-under.fountain" -o "$TMP/o.json"
over "elements" 4 "el-over.fountain:1000002: the script has more than 1000000 elements" \
    "$TMP/o.json" -- "$DP" parse -q "$TMP/el-over.fountain" -o "$TMP/o.json"
rm -f "$TMP"/el-*.fountain

# Final Draft: XML elements nested 64 deep
fdx_nested() { # DEPTH: FinalDraft, Content, a paragraph, then DEPTH - 3 more inside it
    python3 -c "import sys
d = $1 - 3
sys.stdout.write('<?xml version=\"1.0\"?>\n<FinalDraft DocumentType=\"Script\" Version=\"4\"><Content>'
                 '<Paragraph Type=\"Action\"><Text>Rain.</Text></Paragraph>\n'
                 + '<Paragraph>' + '<x>' * d + '</x>' * d + '</Paragraph>'
                 + '</Content></FinalDraft>\n')"
}
fdx_nested 64 >"$TMP/deep-under.fdx"
fdx_nested 65 >"$TMP/deep-over.fdx"
under "XML depth" "$TMP/o.json" -- "$DP" parse -q "$TMP/deep-under.fdx" -o "$TMP/o.json"
over "XML depth" 4 "deep-over.fdx:3: XML elements nested more than 64 deep" "$TMP/o.json" -- \
    "$DP" parse -q "$TMP/deep-over.fdx" -o "$TMP/o.json"

# Final Draft: 8,000,000 XML elements
fdx_nodes() { # COUNT of elements in all
    python3 -c "import sys
sys.stdout.write('<?xml version=\"1.0\"?>\n<FinalDraft DocumentType=\"Script\" Version=\"4\"><Content>'
                 '<Paragraph Type=\"Action\"><Text>Rain.</Text></Paragraph>\n'
                 + '<x/>' * ($1 - 4) + '\n</Content></FinalDraft>\n')"
}
fdx_nodes 8000000 >"$TMP/nodes-under.fdx"
fdx_nodes 8000001 >"$TMP/nodes-over.fdx"
under "XML elements" "$TMP/o.json" -- "$DP" parse -q "$TMP/nodes-under.fdx" -o "$TMP/o.json"
over "XML elements" 4 "nodes-over.fdx:3: more than 8000000 XML elements" "$TMP/o.json" -- \
    "$DP" parse -q "$TMP/nodes-over.fdx" -o "$TMP/o.json"
rm -f "$TMP"/nodes-*.fdx

# a PDF script: 10,000 pages, 200,000 characters a page
python3 tests/cli/rawpdf.py pages 10000 >"$TMP/p-under.pdf"
python3 tests/cli/rawpdf.py pages 10001 >"$TMP/p-over.pdf"
under "PDF pages" "$TMP/o.json" -- "$DP" parse -q "$TMP/p-under.pdf" -o "$TMP/o.json"
over "PDF pages" 4 "p-over.pdf: this PDF has 10001 pages; the limit is 10000" "$TMP/o.json" -- \
    "$DP" parse -q "$TMP/p-over.pdf" -o "$TMP/o.json"
python3 tests/cli/rawpdf.py glyphs 200000 >"$TMP/g-under.pdf"
python3 tests/cli/rawpdf.py glyphs 200001 >"$TMP/g-over.pdf"
under "PDF characters a page" "$TMP/o.json" -- "$DP" parse -q "$TMP/g-under.pdf" -o "$TMP/o.json"
over "PDF characters a page" 4 "g-over.pdf: page 1 has more than 200000 characters" \
    "$TMP/o.json" -- "$DP" parse -q "$TMP/g-over.pdf" -o "$TMP/o.json"
rm -f "$TMP"/*.pdf

# a PDF report: DP_MAX_REPORT_PDF_PAGES (5,000), one breakdown sheet a scene
scenes() { # N: N short scenes
    python3 -c "import sys
sys.stdout.write(''.join('INT. ROOM %d - DAY\n\nMARY opens a door.\n\n' % i for i in range($1)))"
}
scenes 5000 >"$TMP/s5000.fountain"
scenes 5001 >"$TMP/s5001.fountain"
under "PDF report pages" "$TMP/o.pdf" -- "$DP" report sheets -q "$TMP/s5000.fountain" -o "$TMP/o.pdf"
over "PDF report pages" 4 "the PDF would have more than 5000 pages" "$TMP/o.pdf" -- \
    "$DP" report sheets -q "$TMP/s5001.fountain" -o "$TMP/o.pdf"

# an XLSX report: 16,384 columns (day out of days: one column a day)
days() { # N: N scenes, each a story day of its own
    python3 -c "import sys
sys.stdout.write(''.join('INT. ROOM - DAY %d\n\nMARY waits.\n\nMARY\nDay %d.\n\n' % (i + 1, i + 1) for i in range($1)))"
}
days 16370 >"$TMP/d-under.fountain"
cols=$("$DP" report dood -q -f csv "$TMP/d-under.fountain" | head -n 1 | tr ',' '\n' | wc -l)
extra=$((16384 - cols))
days $((16370 + extra)) >"$TMP/d-under.fountain"
days $((16370 + extra + 1)) >"$TMP/d-over.fountain"
under "XLSX columns" "$TMP/o.xlsx" -- "$DP" report dood -q "$TMP/d-under.fountain" -o "$TMP/o.xlsx"
over "XLSX columns" 4 "16385 columns" "$TMP/o.xlsx" -- \
    "$DP" report dood -q "$TMP/d-over.fountain" -o "$TMP/o.xlsx"
rm -f "$TMP"/d-*.fountain

# a project: an edit field of DP_PROJECT_MAX_TEXT (4,096) bytes
"$DP" project new "$TMP/p.dpj" "$TMP/s5000.fountain" -q 2>/dev/null
name4096=$(python3 -c 'print("n" * 4096)')
edit_ok=$("$DP" project edit "$TMP/p.dpj" add 1 props "$name4096" 2>&1 >/dev/null) &&
    ok || bad "edit field, just under: $edit_ok"
over "edit field" 6 "an edit field is longer than 4096 bytes" "$TMP/none" -- \
    "$DP" project edit "$TMP/p.dpj" add 1 props "${name4096}n"
# a draft of more scenes than matching takes (20,000) is refused on import
scenes 20000 >"$TMP/s20000.fountain"
scenes 20001 >"$TMP/s20001.fountain"
"$DP" project import "$TMP/p.dpj" "$TMP/s20000.fountain" -q >/dev/null 2>"$TMP/err" &&
    ok || bad "matching, just under: $(head -c 300 "$TMP/err")"
over "matching" 6 "the drafts have 20000 and 20001 scenes; matching takes at most 20000" \
    "$TMP/none" -- "$DP" project import "$TMP/p.dpj" "$TMP/s20001.fountain" -q
"$DP" project show "$TMP/p.dpj" -f text 2>/dev/null | grep -qc "draft 3" &&
    bad "matching, just over: a third draft was stored" || ok
rm -f "$TMP"/s*.fountain

# a project: DP_PROJECT_MAX_VERSIONS (10,000) drafts and DP_PROJECT_MAX_EDITS
# (1,000,000) edits; the rows copied in SQL, the last one through the command
copy_rows() { # PROJECT TABLE KEY UNTIL: copies row KEY=1 as KEY=2..UNTIL
    python3 -c "import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
table, key, until = sys.argv[2], sys.argv[3], int(sys.argv[4])
cols = ','.join(r[1] for r in db.execute('PRAGMA table_info(%s)' % table) if r[1] != key)
db.execute('WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < ?) '
           'INSERT INTO %s(%s, %s) SELECT i, %s FROM %s, n WHERE %s = 1'
           % (table, key, cols, cols, table, key), (until,))
db.commit()" "$@"
}
"$DP" project new "$TMP/v.dpj" tests/golden/cast.fountain -q 2>/dev/null
copy_rows "$TMP/v.dpj" versions id 9999
python3 -c "import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
cols = ','.join(r[1] for r in db.execute('PRAGMA table_info(scenes)') if r[1] != 'version_id')
db.execute('INSERT INTO scenes(version_id, %s) SELECT 9999, %s FROM scenes WHERE version_id = 1'
           % (cols, cols))
db.commit()" "$TMP/v.dpj" # the current draft's scenes
"$DP" project import "$TMP/v.dpj" tests/golden/bom.fountain -q >/dev/null 2>"$TMP/err" &&
    ok || bad "drafts, just under: $(head -c 300 "$TMP/err")"
over "drafts" 6 "the project has 10000 drafts already" "$TMP/none" -- \
    "$DP" project import "$TMP/v.dpj" samples/en/the-night-ferry.fountain -q
rm -f "$TMP/v.dpj"
"$DP" project new "$TMP/e.dpj" tests/golden/cast.fountain -q 2>/dev/null
"$DP" project edit "$TMP/e.dpj" add 1 props lantern >/dev/null 2>&1
copy_rows "$TMP/e.dpj" edits id 999999
copy_rows "$TMP/e.dpj" edit_results edit_id 999999
"$DP" project edit "$TMP/e.dpj" add 1 props rope >/dev/null 2>"$TMP/err" &&
    ok || bad "edits, just under: $(head -c 300 "$TMP/err")"
over "edits" 6 "the project has 1000000 edits already" "$TMP/none" -- \
    "$DP" project edit "$TMP/e.dpj" add 1 props chain
rm -f "$TMP/e.dpj"

# the talent solver: 1,024 scenes, 1,024 actors, values up to 10^9, 16 MiB
talent() { # SCENES ACTORS COST PAD: one actor in every scene
    python3 -c "import sys
s, a, c, pad = $1, $2, $3, $4
rows = ['1 ' * s + str(c)] + ['0 ' * (s - 1) + '1 1'] * (a - 1)
text = 'limits\n%d %d\n' % (s, a) + '\n'.join(rows) + '\n' + '1 ' * s + '\n'
sys.stdout.write(text + ' ' * (pad - len(text) if pad else 0))"
}
talent 1024 1 5 0 >"$TMP/t.txt"
under "talent scenes" "$TMP/o.json" -- "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"
talent 1025 1 5 0 >"$TMP/t.txt"
over "talent scenes" 4 "t.txt:2:1: expected the number of scenes (an integer from 0 to 1024)" \
    "$TMP/o.json" -- "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"
talent 2 1024 5 0 >"$TMP/t.txt"
under "talent actors" "$TMP/o.json" -- "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"
talent 2 1025 5 0 >"$TMP/t.txt"
over "talent actors" 4 "t.txt:2:3: expected the number of actors (an integer from 0 to 1024)" \
    "$TMP/o.json" -- \
    "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"
talent 2 1 1000000000 0 >"$TMP/t.txt"
under "talent value" "$TMP/o.json" -- "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"
talent 2 1 1000000001 0 >"$TMP/t.txt"
over "talent value" 4 "t.txt:3:" "$TMP/o.json" -- "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"
talent 2 1 5 0 | sed '$ s/^1 /1000000001 /' >"$TMP/t.txt"
over "talent duration" 4 "t.txt:4:1: expected the duration of scene 1" "$TMP/o.json" -- \
    "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"
talent 2 1 5 16777216 >"$TMP/t.txt"
under "talent input" "$TMP/o.json" -- "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"
talent 2 1 5 16777217 >"$TMP/t.txt"
over "talent input" 4 "the limit is 16777216 bytes" "$TMP/o.json" -- \
    "$DP" talent "$TMP/t.txt" -o "$TMP/o.json"

# output and breakdown memory (1 GB of JSON or FDX, 2 GB of breakdown): a
# 50 MB line of seven million props; just under: the stress suite's 10 MB
# line, 230 MB of output
python3 -c "import sys
head = 'INT. HOUSE - DAY\n\nMARY picks up '
sys.stdout.write(head + 'a gun, ' * ((52428800 - len(head) - 2) // 7) + '\n')" >"$TMP/big.fountain"
over "output size" 4 "big.fountain: breakdown: a size limit was exceeded" "$TMP/o.json" -- \
    "$DP" breakdown "$TMP/big.fountain" -o "$TMP/o.json"
rm -f "$TMP/big.fountain"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
