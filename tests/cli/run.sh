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
expect "encrypted pdf" 4 "encrypted.pdf: this PDF is encrypted" -- "$DP" breakdown tests/data/pdf/encrypted.pdf
expect "scanned pdf" 4 "no text layer (a scan?); depouille does not do OCR" -- "$DP" breakdown tests/data/pdf/notext.pdf
expect "bad --from" 2 "unknown input format 'doc'" -- "$DP" breakdown --from doc tests/golden/bom.fountain
expect "--from pdf on text" 4 "damaged or is not a PDF" -- "$DP" breakdown --from pdf tests/golden/bom.fountain
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
expect "bad paper" 2 "unknown paper 'legal'" -- "$DP" breakdown --paper legal tests/golden/bom.fountain
expect "paper" 0 "" -- "$DP" breakdown --paper a4 tests/golden/bom.fountain
grep -q '"paper": "a4"' "$TMP/out" && ok || bad "--paper a4 is not in the JSON"

# the golden files, through the command: scripts, text exports, and the
# print-* scripts printed as PDF by mkpdf (as tests/golden.c does)
for f in tests/golden/*.fountain tests/golden/*.txt tests/golden/*.fdx; do
    case $f in *.pages.txt) continue ;; esac
    name=${f%.*}
    for kind in parse.json breakdown.json pages.txt; do
        if "$DP" "${kind%%.*}" -q "$f" >"$TMP/g.out" 2>"$TMP/err" && cmp -s "$TMP/g.out" "$name.$kind"; then
            ok
        else
            bad "golden $name.$kind through the CLI"
        fi
    done
done

for f in tests/golden/print-*.fountain; do
    name=${f%.fountain}
    for style in "letter" "a4 --a4 --numbers --revised"; do
        set -- $style
        "$BUILD/mkpdf" "$f" "$TMP/$1.pdf" "${@:2}" || bad "mkpdf $f $style"
        for kind in parse breakdown; do
            if "$DP" "$kind" -q "$TMP/$1.pdf" >"$TMP/g.json" 2>"$TMP/err" && cmp -s "$TMP/g.json" "$name.$1.$kind.json"; then
                ok
            else
                bad "golden $name.$1.$kind.json through the CLI"
            fi
        done
    done
done

# Final Draft: breakdown --format fdx, convert, and what is refused
valid_xml() { # the file is well-formed XML (when xmllint is installed)
    if command -v xmllint >/dev/null 2>&1; then
        xmllint --noout "$1" 2>>"$TMP/err" && ok || bad "xmllint $1"
    fi
}
expect "breakdown as fdx" 0 "" -- "$DP" breakdown -q --format fdx -o "$TMP/t.fdx" tests/golden/fdx-tags.fdx
valid_xml "$TMP/t.fdx"
grep -q '<TagDefinition CatId="05c556eb-6bc1-4a3a-b09f-f8b5ba1b6afa" Id="d0000000-0000-4000-8000-000000000002" Label="crate of oranges"' \
    "$TMP/t.fdx" && ok || bad "the user's tag definition is not in the FDX"
expect "our fdx reads back" 0 "" -- "$DP" parse -q "$TMP/t.fdx"
[ "$(grep -c '"category": 104' "$TMP/out")" -ge 1 ] && ok || bad "tags lost through our FDX"
expect "convert to fdx" 0 "" -- "$DP" convert -q tests/golden/cast.fountain "$TMP/d.fdx"
valid_xml "$TMP/d.fdx"
expect "convert to stdout" 0 "" -- "$DP" convert -q tests/golden/cast.fountain - --to fdx
cmp -s "$TMP/out" "$TMP/d.fdx" && ok || bad "convert to stdout differs from the file"
expect "convert back to fountain" 0 "" -- "$DP" convert -q "$TMP/d.fdx" "$TMP/d.fountain"
# (Final Draft shows cues in capitals: "Mme LEBRUN" comes back "MME LEBRUN")
"$DP" breakdown -q tests/golden/cast.fountain | grep '"cast"' | tr '[:lower:]' '[:upper:]' >"$TMP/a.txt"
"$DP" breakdown -q "$TMP/d.fountain" | grep '"cast"' | tr '[:lower:]' '[:upper:]' >"$TMP/b.txt"
cmp -s "$TMP/a.txt" "$TMP/b.txt" && ok || bad "Fountain -> FDX -> Fountain changed the cast"
expect "convert with --to" 0 "" -- "$DP" convert --to=fountain tests/golden/fdx-title.fdx "$TMP/t.txt"
grep -q "^Title:" "$TMP/t.txt" && ok || bad "convert --to fountain"
expect "convert: no OUT" 2 "needs IN and OUT" -- "$DP" convert tests/golden/bom.fountain
expect "convert: unknown extension" 2 "use --to" -- "$DP" convert tests/golden/bom.fountain "$TMP/x.doc"
expect "convert: unknown --to" 2 "unknown output format" -- "$DP" convert --to pdf tests/golden/bom.fountain "$TMP/x"
expect "convert: missing input" 3 "no such file" -- "$DP" convert "$TMP/nope.fdx" "$TMP/x.fountain"
[ ! -e "$TMP/x.fountain" ] && ok || bad "convert created an output on error"
printf '<?xml version="1.0"?>\n<svg><g/></svg>\n' >"$TMP/svg.fdx"
expect "other XML" 4 "not a Final Draft script" -- "$DP" breakdown "$TMP/svg.fdx"
printf '<?xml version="1.0"?>\n<FinalDraft>\n<Content>\n<Paragraph></Content>\n' >"$TMP/bad.fdx"
expect "malformed XML" 4 "bad.fdx:4:" -- "$DP" parse "$TMP/bad.fdx"
{
    printf '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    prev=lol
    for i in 1 2 3 4 5 6 7 8 9; do
        printf '<!ENTITY lol%s "' "$i"
        for k in 1 2 3 4 5 6 7 8 9 10; do printf '&%s;' "$prev"; done
        printf '">\n'
        prev=lol$i
    done
    printf ']>\n<FinalDraft><Content>&lol9;</Content></FinalDraft>\n'
} >"$TMP/laughs.fdx"
expect "billion laughs" 4 "DTD" -- "$DP" breakdown "$TMP/laughs.fdx"
truncate -s 1G "$TMP/huge.fdx"
expect "a 1 GB fdx" 4 "the limit is 52428800 bytes" -- "$DP" breakdown "$TMP/huge.fdx"
rm -f "$TMP/huge.fdx"

# Projects: new, edit, import, show, export, history, changes; refusals and
# exit codes; the effective breakdown exported in the breakdown's format
export SOURCE_DATE_EPOCH=1700000000
P="$TMP/p.dpj"
cp tests/golden/cast.fountain "$TMP/d1.fountain"
expect "project help" 0 "" -- "$DP" project help
grep -q "usage: depouille project" "$TMP/out" && ok || bad "project help"
expect "project: no command" 2 "usage" -- "$DP" project
expect "project: unknown command" 2 "unknown project command 'frob'" -- "$DP" project frob "$P"
expect "project new" 0 "draft 1 (white)" -- "$DP" project new "$P" "$TMP/d1.fountain"
expect "project new again" 6 "already exists" -- "$DP" project new "$P" "$TMP/d1.fountain"
expect "project new: missing script" 3 "no such file" -- "$DP" project new "$TMP/q.dpj" "$TMP/none.fountain"
[ ! -e "$TMP/q.dpj" ] && ok || bad "a project was made from a missing script"
expect "project new: binary script" 4 "binary data" -- "$DP" project new "$TMP/q.dpj" "$TMP/bin.fountain"
[ ! -e "$TMP/q.dpj" ] && ok || bad "a project was made from a binary file"
expect "project open: not a project" 6 "not a depouille project" -- "$DP" project show tests/golden/cast.fountain
expect "project open: missing" 3 "no such project" -- "$DP" project show "$TMP/none.dpj"
first_scene=$("$DP" breakdown -q tests/golden/cast.fountain | grep -m1 '"number"' | sed 's/.*: "\(.*\)".*/\1/')
expect "edit: story day" 0 "recorded (kept)" -- "$DP" project edit "$P" story-day "$first_scene" 4
expect "edit: add" 0 "recorded" -- "$DP" project edit "$P" add "$first_scene" props "lucky coin" --note "hero prop"
expect "edit: unknown scene" 2 "no scene 999" -- "$DP" project edit "$P" story-day 999 4
expect "edit: unknown category" 2 "unknown category" -- "$DP" project edit "$P" add "$first_scene" gizmos x
expect "edit: bad day" 2 "story day is a number" -- "$DP" project edit "$P" story-day "$first_scene" zero
expect "edit: unknown op" 2 "unknown edit 'paint'" -- "$DP" project edit "$P" paint 1
expect "edit: wrong arguments" 2 "wrong number of arguments" -- "$DP" project edit "$P" add 1 props
expect "project show" 0 "" -- "$DP" project show "$P"
grep -q '"op": "story-day"' "$TMP/out" && grep -q '"status": "kept"' "$TMP/out" && ok || bad "show lists the edits"
expect "project show text" 0 "" -- "$DP" project show "$P" -f text
grep -q "lucky coin" "$TMP/out" && ok || bad "show text lists the edits"
# the effective breakdown, in the breakdown's own format, with the edits in it
expect "project export" 0 "" -- "$DP" project export "$P" -o "$TMP/eff.json"
grep -q '"name": "lucky coin"' "$TMP/eff.json" && grep -q '"rule": "edit"' "$TMP/eff.json" && ok ||
    bad "the export lacks the added element"
# reports of the effective breakdown, the edit in them
expect "project export: a report" 0 "" -- "$DP" project export "$P" elements -o "$TMP/eff.csv"
grep -q "lucky coin" "$TMP/eff.csv" && ok || bad "the elements report of the project lacks the edit"
expect "project export: report by extension" 0 "" -- "$DP" project export "$P" costumes -o "$TMP/eff.html"
grep -q "<html" "$TMP/eff.html" && ok || bad "project export costumes -o X.html is not HTML"
expect "project export: unknown report" 2 "unknown report 'frob'" -- "$DP" project export "$P" frob
expect "project export: unknown report format" 2 "unknown report format 'doc'" -- "$DP" project export "$P" cast -f doc
grep -q '"story_day": 4' "$TMP/eff.json" && ok || bad "the export lacks the story day"
"$DP" breakdown -q tests/golden/cast.fountain >"$TMP/auto.json"
[ "$(sed -n 1,6p "$TMP/auto.json")" = "$(sed -n 1,6p "$TMP/eff.json")" ] && ok ||
    bad "the export's head differs from the breakdown's"
expect "project export text" 0 "" -- "$DP" project export "$P" breakdown -f text
grep -q "^scenes" "$TMP/out" && ok || bad "export as text"
expect "project export fdx" 0 "" -- "$DP" project export "$P" -f fdx -o "$TMP/eff.fdx"
valid_xml "$TMP/eff.fdx"
expect "project export: bad report" 2 "unknown report 'budget'" -- "$DP" project export "$P" budget
# a new draft: a scene added at the end
cp "$TMP/d1.fountain" "$TMP/d2.fountain"
printf '\nEXT. HARBOUR - NIGHT\n\nA fisherman mends a net beside a rusty anchor.\n' >>"$TMP/d2.fountain"
expect "project import same bytes" 6 "draft 1 already" -- "$DP" project import "$P" "$TMP/d1.fountain"
expect "project import" 0 "draft 2 (blue)" -- "$DP" project import "$P" "$TMP/d2.fountain" --label blue
grep -q "1 added" "$TMP/err" && grep -q "2 kept" "$TMP/err" && ok || bad "import summary: $(cat "$TMP/err")"
expect "project changes" 0 "" -- "$DP" project changes "$P" -f text
grep -q "Changes from draft 1 (white) to draft 2 (blue)" "$TMP/out" && grep -q "(added" "$TMP/out" && ok ||
    bad "changes text"
expect "project changes fr" 0 "" -- "$DP" project changes "$P" white blue --lang fr -f text
grep -q "ajoutée" "$TMP/out" && ok || bad "changes in French"
expect "project changes json" 0 "" -- "$DP" project changes "$P" 1 2 -o "$TMP/ch.json"
grep -q '"added": 1' "$TMP/ch.json" && ok || bad "changes JSON counts"
expect "project export changes" 0 "" -- "$DP" project export "$P" changes -o "$TMP/ch2.json"
cmp -s "$TMP/ch.json" "$TMP/ch2.json" && ok || bad "export changes differs from changes"
# the revision report in the report formats
expect "project changes csv" 0 "" -- "$DP" project changes "$P" -f csv
head -n 1 "$TMP/out" | grep -q "^Department,Sc.,Change,Element,Character" && grep -q ",new,net," "$TMP/out" && ok ||
    bad "changes CSV: $(head -n 3 "$TMP/out")"
expect "project changes xlsx" 0 "" -- "$DP" project changes "$P" -f xlsx -o "$TMP/ch.xlsx"
python3 tests/cli/xlsx_check.py "$TMP/ch.xlsx" "By department" A1=Department >/dev/null && ok ||
    bad "changes XLSX"
expect "project export changes html" 0 "" -- "$DP" project export "$P" changes -f html --lang fr -o "$TMP/ch.html"
grep -q "Par poste" "$TMP/ch.html" && grep -q "Séquences modifiées" "$TMP/ch.html" && ok || bad "changes HTML in French"
if command -v pdftotext >/dev/null 2>&1; then
    expect "project changes pdf" 0 "" -- "$DP" project changes "$P" -f pdf -o "$TMP/ch.pdf"
    pdftotext "$TMP/ch.pdf" - | grep -q "Scenes that changed" && ok || bad "changes PDF text"
fi
expect "project changes: bad format" 2 "unknown format 'doc'" -- "$DP" project changes "$P" -f doc
expect "project changes: no such draft" 2 "no draft pink" -- "$DP" project changes "$P" pink
expect "project export: old draft" 0 "" -- "$DP" project export "$P" --draft 1 -o "$TMP/eff1.json"
cmp -s "$TMP/eff.json" "$TMP/eff1.json" && ok || bad "draft 1's effective breakdown changed"
expect "project history" 0 "" -- "$DP" project history "$P" -f text
[ "$(wc -l <"$TMP/out")" -eq 4 ] && grep -q "2023-11-14T22:13:20Z" "$TMP/out" && ok || bad "history: $(cat "$TMP/out")"
expect "project history json" 0 "" -- "$DP" project history "$P"
grep -q '"action": "import"' "$TMP/out" && ok || bad "history JSON"
# same input, same bytes out
"$DP" project show "$P" >"$TMP/s1.json" && "$DP" project show "$P" >"$TMP/s2.json"
cmp -s "$TMP/s1.json" "$TMP/s2.json" && ok || bad "show is not deterministic"
# a failed write leaves the project as it was
cp "$P" "$TMP/before.dpj"
expect "edit refused" 2 "" -- "$DP" project edit "$P" costume "$first_scene" NOBODY 3
"$DP" project show "$P" >"$TMP/s3.json"
cmp -s "$TMP/s1.json" "$TMP/s3.json" && ok || bad "a refused edit changed the project"
ls "$TMP" | grep -q '\.dpj\.new' && bad "a temporary project file was left" || ok
unset SOURCE_DATE_EPOCH
# ---- reports -------------------------------------------------------------
NF=samples/en/the-night-ferry.fountain
DS=samples/fr/le-dernier-service.fountain
# the golden reports, through the command (tests/golden_reports.c)
for pair in "$NF:night-ferry" "$DS:dernier-service"; do
    src=${pair%%:*}
    name=${pair##*:}
    for kind in sheets scenes sets cast elements costumes dood needs; do
        for fmt in csv html json; do
            if "$DP" report "$kind" -q -f "$fmt" "$src" >"$TMP/g.out" 2>"$TMP/err" &&
                cmp -s "$TMP/g.out" "tests/golden-reports/$name.$kind.$fmt"; then
                ok
            else
                bad "golden report $name.$kind.$fmt through the CLI"
            fi
        done
    done
done
expect "report: no kind" 2 "needs a KIND and a FILE" -- "$DP" report
expect "report: no file" 2 "needs a FILE" -- "$DP" report cast
expect "report: unknown kind" 2 "unknown report 'callsheet'" -- "$DP" report callsheet "$NF"
expect "report: unknown format" 2 "unknown report format 'docx'" -- "$DP" report cast -f docx "$NF"
expect "report: unknown language" 2 "unknown language 'de'" -- "$DP" report cast --lang de "$NF"
expect "report: unknown category" 2 "unknown category 'Catering'" -- "$DP" report dood --category Catering "$NF"
expect "report: category off dood" 2 "--category is for the dood report" -- "$DP" report cast --category 108 "$NF"
expect "lang on a JSON breakdown" 2 "are for reports" -- "$DP" breakdown --lang fr "$NF"
expect "report: missing script" 3 "no such file" -- "$DP" report cast "$TMP/nope.fountain"
expect "report: csv by default" 0 "" -- "$DP" report cast -q "$NF"
head -n 1 "$TMP/out" | grep -q '^ID,Character,Type,Cues,Scenes' && ok || bad "report cast is CSV by default"
expect "report: --lang fr" 0 "" -- "$DP" report cast -q --lang=fr "$NF"
head -n 1 "$TMP/out" | grep -q '^N°,Rôle,Type,Répliques,Séquences' && ok || bad "report --lang fr"
expect "report: dood of a category by name" 0 "" -- "$DP" report dood -q --category Animals "$NF"
grep -q '^[0-9]*,labrador' "$TMP/out" && ok || bad "dood --category Animals lists the labrador"
expect "report: format from -o" 0 "" -- "$DP" report scenes -q "$NF" -o "$TMP/scenes.html"
grep -q '^<!DOCTYPE html>' "$TMP/scenes.html" && ok || bad "-o x.html writes HTML"
expect "report: no output on error" 4 "" -- "$DP" report cast -o "$TMP/r.csv" "$TMP/bin.fountain"
[ ! -e "$TMP/r.csv" ] && ok || bad "report made a file on error"

# XLSX, read back with python3's zipfile and XML parser
if command -v python3 >/dev/null 2>&1; then
    xl() { # xl NAME KIND SHEET CHECKS...
        local n=$1 k=$2
        shift 2
        if "$DP" report "$k" -q -f xlsx "$NF" -o "$TMP/$n.xlsx" 2>"$TMP/err" &&
            python3 tests/cli/xlsx_check.py "$TMP/$n.xlsx" "$@"; then ok; else bad "xlsx $n"; fi
    }
    xl cast cast "Cast list" A1=ID B1=Character A2=1 B2=MARGOT C2=Speaking E2=14
    xl scenes scenes "Scene list" A1=Sc. C2="CARRICK HARBOUR" E2=DUSK J2="A squat concrete hut at the end of the breakwater."
    xl sets sets "Scenes by set" A1=Set A2="CARRICK HARBOUR" B6=Total
    xl elements elements "Elements by department" A1=Department A2="Background Actors"
    xl costumes costumes "Costume plot" A1=Character A2=MARGOT C2=1
    xl matrix costumes "Costumes by scene" D1="1 MARGOT" D2=1
    xl sheets sheets "Breakdown" H1=Department H2="Cast Members" I2="1 MARGOT"
    xl dood dood "DOOD" C1=1 C2=SW R2=WF S2=14
    xl needs needs "Needs by day" C2="Cast Members" D2="1. MARGOT, 3. TOMAS"
    "$DP" report cast -q -f xlsx --lang fr "$DS" -o "$TMP/fr.xlsx" &&
        python3 tests/cli/xlsx_check.py "$TMP/fr.xlsx" "Liste des rôles" A1=N° B1=Rôle && ok ||
        bad "xlsx in French"
else
    echo "SKIP cli: XLSX read-back: python3 is not installed"
fi

# PDF: pdfinfo reads it, the page count, the text (poppler-utils)
if command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
    pdf() { # pdf KIND PAGES SCRIPT WORDS...
        local k=$1 want=$2 src=$3
        shift 3
        "$DP" report "$k" -q -f pdf "$src" -o "$TMP/$k.pdf" 2>"$TMP/err" || { bad "pdf $k: $(cat "$TMP/err")"; return; }
        local pages
        pages=$(pdfinfo "$TMP/$k.pdf" 2>>"$TMP/err" | sed -n 's/^Pages: *//p')
        [ "$pages" = "$want" ] && ok || bad "pdf $k: $pages pages, expected $want"
        pdftotext -layout "$TMP/$k.pdf" "$TMP/$k.txt" || bad "pdftotext $k"
        for w in "$@"; do
            grep -qF -- "$w" "$TMP/$k.txt" && ok || bad "pdf $k lacks '$w'"
        done
    }
    pdf sheets 16 "$NF" "Breakdown sheets" "Scene 1" "Scene 16" "EXT. CARRICK HARBOUR - PILOT STATION" \
        "Cast Members" "MARGOT — costume 1" "Page 16 of 16" "passenger (30)"
    pdf scenes 1 "$NF" "Scene list" "Synopsis" "CARRICK HARBOUR" "16 scenes" "Page 1 of 1"
    pdf sets 1 "$NF" "Scenes by set" "SAINT BRENDAN — 6 scenes"
    pdf cast 1 "$NF" "Cast list" "MARGOT" "MRS. AGNEW"
    pdf elements 5 "$NF" "Elements by department" "Background Actors" "labrador"
    pdf costumes 5 "$NF" "Costume plot" "Costumes by scene" "Makeup and hair by scene"
    pdf dood 1 "$NF" "Day out of days" "SWF" "Work" "Hold"
    pdf needs 4 "$NF" "Needs by day" "Sc. 1 — EXT. CARRICK HARBOUR"
    "$DP" report sheets -q -f pdf "$DS" -o "$TMP/fr.pdf" && pdftotext "$TMP/fr.pdf" "$TMP/fr.txt" &&
        grep -q "Fiches de dépouillement" "$TMP/fr.txt" && grep -q "Séquence 1" "$TMP/fr.txt" &&
        pdfinfo "$TMP/fr.pdf" | grep -q "^Page size: *595.* x 841.* (A4)" && ok || bad "pdf in French on A4"
else
    echo "SKIP cli: PDF checks: poppler-utils (pdfinfo, pdftotext) is not installed"
fi

# breakdown -o DIR/: the JSON and every report; nothing on failure
expect "breakdown to a directory" 0 "" -- "$DP" breakdown -q "$NF" -o "$TMP/set/"
[ "$(ls "$TMP/set" | wc -l)" -eq 33 ] && ok || bad "breakdown -o DIR/ wrote $(ls "$TMP/set" | wc -l) files, expected 33"
cmp -s "$TMP/set/breakdown.json" <("$DP" breakdown -q "$NF") && ok || bad "DIR/breakdown.json differs"
cmp -s "$TMP/set/cast.csv" tests/golden-reports/night-ferry.cast.csv && ok || bad "DIR/cast.csv differs"
ls "$TMP/set" | grep -q '\.tmp\.' && bad "a temporary file was left in DIR" || ok
expect "breakdown to an existing directory" 0 "" -- "$DP" breakdown -q "$NF" -o "$TMP/set" -f pdf
expect "breakdown to a directory, bad format" 2 "writes csv, xlsx, pdf or html" -- "$DP" breakdown -q "$NF" -o "$TMP/set2/" -f text
expect "breakdown to a directory on error" 4 "" -- "$DP" breakdown -o "$TMP/set3/" "$TMP/bin.fountain"
[ ! -e "$TMP/set3" ] && ok || bad "breakdown -o DIR/ made the directory on error"

# Big Fish: every report, from the shared corpus
BF="${DP_SHARED:-../shared}/data/scripts/vilcans-screenplain/examples/Big-Fish.fountain"
if [ -f "$BF" ]; then
    expect "Big Fish: every report" 0 "" -- "$DP" breakdown -q "$BF" -o "$TMP/bf/"
    if command -v pdfinfo >/dev/null 2>&1; then
        scenes=$(grep -c '"heading":' "$TMP/bf/breakdown.json")
        [ "$(pdfinfo "$TMP/bf/sheets.pdf" | sed -n 's/^Pages: *//p')" = "$scenes" ] && ok ||
            bad "Big Fish: a breakdown sheet per scene ($scenes)"
    fi
else
    echo "SKIP cli: Big Fish reports: $BF is absent (the shared corpus)"
fi

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
