#!/usr/bin/env bash
# Hostile input through the command: odd bytes and line ends, nesting,
# XML bombs, PDF garbage, damaged projects, a full disk, two writers on one
# project, a signal during a run. Never a crash (exit 70 or a signal), an
# output file only on success. Ends with "N passed, N failed".
# Usage: tests/cli/hostile.sh BUILD_DIR (from the repo root).
set -u
BUILD=${1:-build}
DP="$BUILD/depouille"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL hostile: $*" >&2; }

# run NAME CODE STDERR_SUBSTRING -- command...
run() {
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
py() { python3 -c "import sys; sys.stdout.buffer.write($1)" >"$2"; } # BYTES_EXPR FILE
scenes() { python3 -c "import json, sys; print(len(json.load(sys.stdin)['scenes']))" <"$1"; }

# bytes and line ends
py 'b"INT. A - DAY\n\nBOB\nHi\x00 there.\n"' "$TMP/nul.fountain"
run "a NUL byte" 4 "nul.fountain:4:3: binary data" -- "$DP" breakdown "$TMP/nul.fountain" -o "$TMP/o.json"
[ ! -e "$TMP/o.json" ] && ok || bad "a NUL byte: an output was written"
py 'b"INT. A - DAY\n\nBOB \xff\xfe walks. \xc3\xa9t\xc3\xa9\n"' "$TMP/invalid.fountain"
run "invalid UTF-8" 0 "invalid.fountain:3:5: warning: invalid UTF-8 byte 0xFF replaced by U+FFFD" -- \
    "$DP" breakdown "$TMP/invalid.fountain" -o "$TMP/o.json"
py 'b"INT. A - DAY \xc3\xa9\n\nBOB \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf \xed\xa0\x80 \xf4\x90\x80\x80 walks.\n"' \
    "$TMP/overlong.fountain"
run "overlong UTF-8, surrogates, over U+10FFFF" 0 "overlong.fountain:3:5: warning: invalid UTF-8 byte 0xC0" -- \
    "$DP" breakdown "$TMP/overlong.fountain" -o "$TMP/o.json"
grep -q '/' "$TMP/o.json" && grep -q 'INT. A - DAY' "$TMP/o.json" && ! grep -q 'BOB /' "$TMP/o.json" &&
    ok || bad "an overlong '/' was decoded as '/'"
py 'b"INT. A - DAY\r\rBOB\rHi.\r\rEXT. B - NIGHT\r\rMARY walks.\r"' "$TMP/cr.fountain"
run "CR line ends" 0 "" -- "$DP" breakdown -q "$TMP/cr.fountain" -o "$TMP/o.json"
[ "$(scenes "$TMP/o.json")" = 2 ] && ok || bad "CR line ends: $(scenes "$TMP/o.json") scenes, expected 2"

# nesting: 10,000 boneyards and notes opened in a row
py 'b"INT. A - DAY\n\n" + b"/* " * 10000 + b"hidden\n\nEXT. B - DAY\n\nRain.\n"' "$TMP/bone.fountain"
run "10,000 nested boneyards" 0 "bone.fountain:3:1: warning: '/*' has no closing '*/'; kept as text" -- \
    "$DP" breakdown "$TMP/bone.fountain" -o "$TMP/o.json"
[ "$(scenes "$TMP/o.json")" = 2 ] && ok || bad "an unclosed boneyard hid what follows"
py 'b"INT. A - DAY\n\n" + b"/*\n" * 10000 + b"x\n" + b"*/\n" * 10000 + b"\nEXT. B - DAY\n\nRain.\n"' \
    "$TMP/bone2.fountain"
run "10,000 boneyards over lines" 0 "" -- "$DP" breakdown -q "$TMP/bone2.fountain" -o "$TMP/o.json"
py 'b"INT. A - DAY\n\nRain " + b"[[ " * 10000 + b"note" + b" ]]" * 10000 + b"\n"' "$TMP/notes.fountain"
run "10,000 nested notes" 0 "" -- "$DP" breakdown -q "$TMP/notes.fountain" -o "$TMP/o.json"

# XML: depth, entities, external entities
py 'b"<?xml version=\"1.0\"?>\n<FinalDraft><Content>\n" + b"<Paragraph>" * 100000 + b"</Paragraph>" * 100000 + b"</Content></FinalDraft>\n"' \
    "$TMP/deep.fdx"
run "100,000 nested XML elements" 4 "deep.fdx:3: XML elements nested more than 64 deep" -- \
    "$DP" breakdown "$TMP/deep.fdx" -o "$TMP/o.json"
py 'b"<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&x;</Text></Paragraph></Content></FinalDraft>\n"' \
    "$TMP/xxe.fdx"
run "an external entity" 4 "xxe.fdx:2: the file declares a DTD" -- "$DP" parse "$TMP/xxe.fdx"
py 'b"<?xml version=\"1.0\"?>\n<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&x; &#0; &#xD800;</Text></Paragraph></Content></FinalDraft>\n"' \
    "$TMP/ent.fdx"
run "an undeclared entity" 4 "ent.fdx:2:" -- "$DP" parse "$TMP/ent.fdx"

# PDF: random bytes as a content stream, an unknown font, broken operators
for seed in 1 2 3; do
    python3 tests/cli/rawpdf.py garbage "$seed" >"$TMP/garbage.pdf"
    run "PDF garbage streams ($seed)" 0 "" -- "$DP" parse -q "$TMP/garbage.pdf" -o "$TMP/o.json"
    grep -q '"INT. HOUSE - DAY"' "$TMP/o.json" && ok || bad "PDF garbage ($seed): the good page was lost"
done
head -c 3000 tests/data/pdf/encrypted.pdf >"$TMP/cut.pdf"
"$DP" parse -q "$TMP/cut.pdf" >/dev/null 2>"$TMP/err"
rc=$?
[ "$rc" -eq 4 ] && ok || bad "a truncated PDF: exit $rc ($(head -c 200 "$TMP/err"))"

# damaged projects: truncated, overwritten, empty; never a crash
export SOURCE_DATE_EPOCH=1700000000
P="$TMP/p.dpj"
"$DP" project new "$P" samples/en/the-night-ferry.fountain -q >/dev/null 2>&1
"$DP" project edit "$P" add 1 props lantern >/dev/null 2>&1
size=$(stat -c %s "$P")
for cut in 0 100 512 1024 $((size / 2)) $((size - 512)); do
    head -c "$cut" "$P" >"$TMP/cut.dpj"
    "$DP" project show "$TMP/cut.dpj" >/dev/null 2>"$TMP/err"
    rc=$?
    # the last page may be free: then the project still reads whole
    { [ "$rc" -eq 6 ] || { [ "$rc" -eq 0 ] && [ "$cut" -gt $((size / 2)) ]; }; } && ok ||
        bad "a project cut at $cut bytes: exit $rc ($(head -c 200 "$TMP/err"))"
done
for at in 100 1024 4096 $((size / 2)); do
    cp "$P" "$TMP/bad.dpj"
    python3 -c "import sys
with open(sys.argv[1], 'r+b') as f:
    f.seek(int(sys.argv[2])); f.write(bytes((i * 37 + 11) % 256 for i in range(512)))" "$TMP/bad.dpj" "$at"
    for cmd in "show" "history" "export"; do
        "$DP" project $cmd "$TMP/bad.dpj" >/dev/null 2>"$TMP/err"
        rc=$?
        { [ "$rc" -eq 0 ] || [ "$rc" -eq 6 ]; } && ok ||
            bad "a project overwritten at $at, $cmd: exit $rc ($(head -c 200 "$TMP/err"))"
    done
done

# a full disk: the output is not written, exit 5; a device is written in
# place, never replaced (through a link: a regression replaces the link)
ln -s /dev/full "$TMP/full"
run "-o a full device" 5 "full: No space left on device" -- \
    "$DP" breakdown -q samples/en/the-night-ferry.fountain -o "$TMP/full"
[ -L "$TMP/full" ] && ok || bad "-o onto a device replaced it"
"$DP" breakdown -q samples/en/the-night-ferry.fountain >/dev/full 2>"$TMP/err"
rc=$?
[ "$rc" -eq 5 ] && ok || bad "stdout on a full disk: exit $rc ($(cat "$TMP/err"))"

# a project that cannot be written: refused (exit 3, as any file we may not
# write), unchanged. Root is not stopped by a file's mode: it runs the
# command as nobody (setpriv, util-linux).
as_user=()
if [ "$(id -u)" -eq 0 ]; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chmod 0755 "$TMP"
fi
cp "$P" "$TMP/ro.dpj"
chmod 0444 "$TMP/ro.dpj"
if [ "$(id -u)" -ne 0 ] || "${as_user[@]}" test -r "$DP"; then
    run "a read-only project" 3 "ro.dpj: project: attempt to write a readonly database" -- \
        "${as_user[@]}" "$DP" project edit "$TMP/ro.dpj" add 1 props rope
    cmp -s "$P" "$TMP/ro.dpj" && ok || bad "a read-only project was changed"
else
    echo "SKIP hostile: a read-only project: nobody cannot run $DP"
fi
chmod 0700 "$TMP"

# two writers on one project at once: each edit is stored whole or refused
# as in use (exit 6), and the project reads back with every stored edit
cp "$P" "$TMP/two.dpj"
before=$("$DP" project show "$TMP/two.dpj" -f json | grep -c '"op":')
for w in 1 2; do
    (
        for i in 1 2 3 4 5 6 7 8; do
            "$DP" project edit "$TMP/two.dpj" add 1 props "thing$w$i" >/dev/null 2>>"$TMP/w$w.err"
            echo $? >>"$TMP/w$w.rc"
        done
    ) &
done
wait
stored=$(cat "$TMP/w1.rc" "$TMP/w2.rc" | grep -c '^0$')
others=$(cat "$TMP/w1.rc" "$TMP/w2.rc" | grep -vc '^[06]$')
[ "$others" -eq 0 ] && ok || bad "two writers: exits $(cat "$TMP/w1.rc" "$TMP/w2.rc" | tr '\n' ' ')"
after=$("$DP" project show "$TMP/two.dpj" -f json | grep -c '"op":')
[ "$after" -eq $((before + stored)) ] && ok ||
    bad "two writers: $after edits, expected $before + $stored"

# a signal during a run: no output file, no temporary file
python3 -c "import sys
sys.stdout.write(''.join('INT. ROOM %d - DAY\n\nMARY opens a door.\n\n' % i for i in range(30000)))" \
    >"$TMP/long.fountain"
for sig in INT TERM HUP; do
    rm -f "$TMP/sig.json"
    "$DP" breakdown -q "$TMP/long.fountain" -o "$TMP/sig.json" &
    pid=$!
    sleep 0.3
    kill -s "$sig" "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if ls "$TMP" | grep -q 'sig.json.tmp'; then
        bad "SIG$sig: a temporary file was left"
    elif [ -e "$TMP/sig.json" ] && ! python3 -c "import json, sys; json.load(open(sys.argv[1]))" "$TMP/sig.json"; then
        bad "SIG$sig: a partial output file"
    else
        ok
    fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
