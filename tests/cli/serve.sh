#!/usr/bin/env bash
# depouille serve through curl: every route, error codes, body limits (413),
# the token of a non-loopback bind, path traversal, graceful shutdown.
# Usage: tests/cli/serve.sh BUILD_DIR (from the repo root).
set -u
BUILD=${1:-build}
DP="$BUILD/depouille"
TMP=$(mktemp -d)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    rm -rf "$TMP"
}
trap cleanup EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL serve: $*" >&2; }
if ! command -v curl >/dev/null 2>&1; then
    echo "SKIP serve: curl is not installed (scripts/install-deps.sh)"
    echo "0 passed, 0 failed"
    exit 0
fi

# start PROJECT ARGS...: sets URL and SPID
start() {
    local project=$1 out
    shift
    out="$TMP/serve.$RANDOM"
    : >"$out"
    "$DP" serve "$project" --port 0 "$@" >"$out" 2>"$out.err" &
    SPID=$!
    PIDS+=("$SPID")
    URL=
    for _ in $(seq 1 100); do
        URL=$(sed -n 's/^depouille: serving .* on \(http:\/\/[^/]*\)\/.*$/\1/p' "$out")
        [ -n "$URL" ] && break
        sleep 0.1
    done
    SOUT=$out
    [ -n "$URL" ] || bad "server did not start: $(cat "$out.err")"
}

# req NAME EXPECTED_STATUS METHOD PATH [curl args...]: body in $TMP/body,
# headers in $TMP/headers
req() {
    local name=$1 want=$2 method=$3 path=$4
    shift 4
    local got
    got=$(curl -s --path-as-is -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' -X "$method" \
        "$@" "$URL$path")
    if [ "$got" != "$want" ]; then
        bad "$name: $method $path: status $got, expected $want ($(head -c 200 "$TMP/body"))"
        return 1
    fi
    ok
}
has() { # has NAME TEXT: the last body holds TEXT
    grep -qF -- "$2" "$TMP/body" && ok || bad "$1: body lacks '$2': $(head -c 300 "$TMP/body")"
}
header() { # header NAME TEXT: the last headers hold TEXT (case ignored)
    grep -qiF -- "$2" "$TMP/headers" && ok || bad "$1: headers lack '$2'"
}
json_error() { # the last body is {"error": ..., "code": STATUS}
    grep -q "^{\"error\":\".*\",\"code\":$2}$" "$TMP/body" && ok || bad "$1: not a JSON error $2: $(cat "$TMP/body")"
}

# usage
"$DP" serve >/dev/null 2>"$TMP/e"; [ $? -eq 2 ] && grep -q "needs a PROJECT" "$TMP/e" && ok || bad "no project"
"$DP" serve "$TMP/none.dpj" >/dev/null 2>"$TMP/e"; [ $? -eq 3 ] && ok || bad "missing project"
"$DP" serve x.dpj --port 99999 >/dev/null 2>"$TMP/e"; [ $? -eq 2 ] && ok || bad "bad port"

P="$TMP/p.dpj"
"$DP" project new "$P" samples/en/the-night-ferry.fountain -q || bad "project new"
"$DP" serve "$P" --port 0 --bind nowhere >/dev/null 2>"$TMP/e"; [ $? -eq 2 ] && grep -q "not an IPv4" "$TMP/e" && ok || bad "bad bind"
start "$P"
grep -q "127.0.0.1" <<<"$URL" && ok || bad "binds 127.0.0.1 by default"

# the page
req "index" 200 GET / && header "index type" "Content-Type: text/html"
has "index" '<script type="module" src="/app.js">'
req "app.js" 200 GET /app.js && header "js type" "Content-Type: text/javascript"
req "style.css" 200 GET /style.css && header "css type" "Content-Type: text/css"
req "no such file" 404 GET /nope.html && json_error "404 file" 404
req "POST a file" 405 POST /index.html

# path traversal: never the file system
for p in "/../../../../etc/passwd" "/%2e%2e/%2e%2e/etc/passwd" "/..%2f..%2fetc%2fpasswd" \
    "/web/../../etc/passwd" "/api/../../etc/passwd" "/api/report/..%2f..%2f..%2fetc%2fpasswd" \
    "/api/scenes/..%2f..%2fetc%2fpasswd" "/%2e%2e%2fMakefile" "/./index.html/../../Makefile"; do
    req "traversal $p" 404 GET "$p"
    grep -q "root:" "$TMP/body" && bad "traversal $p: served a file"
done

# reading
req "project" 200 GET /api/project && header "json type" "Content-Type: application/json"
has "project" '"title":"THE NIGHT FERRY"'
has "project" '"scene_count":16'
has "project versions" '"versions":[{"number":1,"label":"white"'
req "categories" 200 GET /api/categories
has "categories" '{"id":104,"en":"Props","fr":"Accessoires","color":"#8A3FC1"}'
req "scenes" 200 GET /api/scenes
[ "$(grep -o '"index":' "$TMP/body" | wc -l)" -eq 16 ] && ok || bad "16 scenes"
# strips as the reports and the scheduler colour them (CONTINUOUS carries NIGHT)
grep -q '"number":"6",[^}]*"strip":"int-night","night":true' "$TMP/body" && ok || bad "scene 6 is INT NIGHT"
grep -q '"number":"11",[^}]*"strip":"ext-day","night":false' "$TMP/body" && ok || bad "scene 11 (INT./EXT.) is EXT DAY"
req "scene" 200 GET /api/scenes/3
has "scene elements" '"type":"scene_heading","text":"INT. SAINT BRENDAN - WHEELHOUSE - NIGHT"'
has "scene tags" '"tags":[{"element":'
has "scene sheet" '"sheet":{"cast":[{"id":1,"name":"MARGOT"'
req "sheet" 200 GET /api/scenes/3/sheet
has "sheet" '"categories":[{"id":103'
grep -q '"elements"' "$TMP/body" && bad "sheet without the script" || ok
req "sheet fr" 200 GET "/api/scenes/3/sheet?lang=fr"
has "sheet fr" '"name":"Accessoires"'
req "no scene" 404 GET /api/scenes/999 && json_error "404 scene" 404
req "scene sub-route" 404 GET /api/scenes/3/other
req "costumes" 200 GET /api/costumes
has "costumes" '{"id":1,"name":"MARGOT","costumes":[{"number":"1"'
req "no route" 404 GET /api/nope && json_error "404 route" 404
req "method" 405 DELETE /api/edits && header "Allow" "Allow: GET, POST"
json_error "405" 405
req "method scenes" 405 POST /api/scenes

# edits: the same operations as the CLI
req "edits empty" 200 GET /api/edits && has "no edits" '"count":0'
req "add" 201 POST /api/edits -d '{"op":"add","scene":"3","category":104,"name":"radar screens","text":"radar screens"}'
has "add" '"status":"kept"'
req "add by name" 201 POST /api/edits -d '{"op":"add","scene":"5","category":"props","name":"lifejacket"}'
req "recategorise" 201 POST /api/edits -d '{"op":"recategorise","category":104,"name":"radar screens","new_category":"Set Dressing"}'
req "remove" 201 POST /api/edits -d '{"op":"remove","scene":"3","category":104,"name":"mug"}'
req "story day" 201 POST /api/edits -d '{"op":"story-day","scene":"4","value":"2"}'
req "bad json" 400 POST /api/edits -d '{"op":"add",' && json_error "400" 400
req "not an object" 400 POST /api/edits -d '[1,2]'
req "empty body" 400 POST /api/edits
req "unknown op" 400 POST /api/edits -d '{"op":"explode"}'
req "unknown category" 400 POST /api/edits -d '{"op":"add","scene":"3","category":99,"name":"x"}'
req "wrong type" 400 POST /api/edits -d '{"op":"add","scene":3,"category":104,"name":"x"}'
req "NUL escape" 400 POST /api/edits -d '{"op":"add","scene":"3","category":104,"name":"a\u0000b"}'
req "deep" 400 POST /api/edits -d "$(printf '%.0s[' $(seq 1 100))"
req "words not in scene" 409 POST /api/edits -d '{"op":"add","scene":"3","category":104,"name":"x","text":"no such words"}'
json_error "409" 409
req "no scene" 409 POST /api/edits -d '{"op":"add","scene":"99","category":104,"name":"x"}'
req "remove absent" 409 POST /api/edits -d '{"op":"remove","scene":"3","category":104,"name":"unicorn"}'
req "edits" 200 GET /api/edits && has "five edits" '"count":5'
req "scene after edits" 200 GET /api/scenes/3
has "edit highlighted" '"category":114,"name":"radar screens","character":null,"rule":"edit"'
grep -q '"name":"mug"' "$TMP/body" && bad "mug removed from scene 3" || ok

# body limits: 413
head -c 70000 /dev/zero | tr '\0' ' ' >"$TMP/big.json"
req "413 edit" 413 POST /api/edits --data-binary @"$TMP/big.json" && json_error "413" 413
req "413 chunked" 413 POST /api/edits -H "Transfer-Encoding: chunked" --data-binary @"$TMP/big.json"
head -c 17000000 /dev/zero | tr '\0' 'a' >"$TMP/big.fountain"
req "413 import" 413 POST "/api/import?name=big.fountain" --data-binary @"$TMP/big.fountain"
req "413 board" 413 PUT /api/board --data-binary @"$TMP/big.json"

# reports: every kind in every format, as downloads
for k in sheets scenes sets cast elements costumes dood needs; do
    for f in csv xlsx pdf html json; do
        req "report $k.$f" 200 GET "/api/report/$k.$f" || continue
        grep -qi "^Content-Disposition: attachment; filename=\"$k.$f\"" "$TMP/headers" && ok ||
            bad "report $k.$f: no attachment header"
        case $f in
            csv) want="text/csv" ;; xlsx) want="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ;;
            pdf) want="application/pdf" ;; html) want="text/html" ;; json) want="application/json" ;;
        esac
        header "report $k.$f type" "Content-Type: $want"
    done
done
req "xlsx" 200 GET /api/report/cast.xlsx
[ "$(head -c 2 "$TMP/body")" = "PK" ] && grep -qa "xl/workbook.xml" "$TMP/body" && ok || bad "xlsx is a ZIP with xl/"
req "pdf" 200 GET "/api/report/sheets.pdf?lang=fr"
[ "$(head -c 5 "$TMP/body")" = "%PDF-" ] && ok || bad "pdf"
req "report lang" 400 GET "/api/report/cast.csv?lang=de"
req "report kind" 404 GET /api/report/nope.csv
req "report format" 404 GET /api/report/cast.docx
req "report name" 404 GET /api/report/cast
req "changes, one draft" 409 GET /api/report/changes.csv
req "changes route, one draft" 409 GET /api/changes

# the stripboard
req "board" 200 GET /api/board
has "board default" '"stored":false'
has "board terms" '"cost":{"terms":[{"name":"shoot_days","value":'
req "board bad" 400 PUT /api/board -d '{"days":3}'
req "board missing scenes" 400 PUT /api/board -d '{"days":[[0,1]]}'
req "board twice" 400 PUT /api/board -d '{"days":[[0,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]]}'
req "board index" 400 PUT /api/board -d '{"days":[[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,16]]}'
req "evaluate" 200 POST /api/board/evaluate -d '{"days":[[15,14,13,12],[11,10,9,8,7,6,5,4,3,2,1,0]]}'
has "evaluate" '{"name":"shoot_days","value":2,'
has "evaluate actors" '{"id":1,"name":"MARGOT","first_day":1,"last_day":2,"work_days":2,"paid_days":2}'
req "board still default" 200 GET /api/board
has "evaluate does not store" '"stored":false'
req "board put" 200 PUT /api/board -d '{"days":[[15,14,13,12],[11,10,9,8,7,6,5,4,3,2,1,0]]}'
req "board get" 200 GET /api/board
has "board stored" '"days":[[15,14,13,12],[11,10,9,8,7,6,5,4,3,2,1,0]]'
has "board stored flag" '"stored":true'
req "board method" 405 POST /api/board
req "board empty day kept" 200 POST /api/board/evaluate -d '{"days":[[15,14,13,12],[],[11,10,9,8,7,6,5,4,3,2,1,0],[]]}'
has "board empty day kept" '"days":[[15,14,13,12],[],[11,10,9,8,7,6,5,4,3,2,1,0]],'
req "solve seconds" 400 POST "/api/board/solve?seconds=99"
req "solve method" 405 GET /api/board/solve
req "solve" 200 POST "/api/board/solve?seconds=1"
has "solve stored" '"stored":true'
cp "$TMP/body" "$TMP/solved"
req "board after solve" 200 GET /api/board
[ "$(sed -n 's/^{"days":\(\[\[[^a-z]*\]\]\),.*/\1/p' "$TMP/body")" = "$(sed -n 's/^{"days":\(\[\[[^a-z]*\]\]\),.*/\1/p' "$TMP/solved")" ] && ok || bad "the solved board is stored"
req "board put back" 200 PUT /api/board -d '{"days":[[15,14,13,12],[11,10,9,8,7,6,5,4,3,2,1,0]]}'

# a new draft
sed -e 's/brass compass/brass sextant/; s/radar screens/radar screens and a revolver/' \
    samples/en/the-night-ferry.fountain >"$TMP/d2.fountain"
req "import empty" 400 POST "/api/import?name=d2.fountain"
printf 'INT. A\n\0\0\0binary' >"$TMP/bin"
req "import binary" 400 POST "/api/import?name=x.fountain" --data-binary @"$TMP/bin"
req "import" 201 POST "/api/import?name=../../d2.fountain&label=blue" --data-binary @"$TMP/d2.fountain"
has "import version" '"version":{"number":2,"label":"blue"'
has "import changes" '"gained": ['
has "import edits" '"edits":{"kept":'
req "import again" 409 POST "/api/import?name=d2.fountain" --data-binary @"$TMP/d2.fountain"
req "import method" 405 GET /api/import
req "changes" 200 GET "/api/changes?old=1&new=blue"
has "changes" '"counts": {'
req "changes no draft" 404 GET "/api/changes?old=7"
req "changes report" 200 GET /api/report/changes.xlsx
req "project 2 drafts" 200 GET /api/project
has "two drafts" '"number":2,"label":"blue","file_name":"d2.fountain"'
req "board after import" 200 GET /api/board
has "board kept over drafts" '"days":[[15,14,13,12],[11,10,9,8,7,6,5,4,3,2,1,0]]'

# the board saved as the scheduler saves one (its JSON, scenes by number)
if command -v sqlite3 >/dev/null 2>&1; then
    sqlite3 "$P" "SELECT board FROM boards ORDER BY id DESC LIMIT 1" >"$TMP/saved" 2>&1
    tr -d ' \n' <"$TMP/saved" | grep -q '"days":\[{"day":1,[^]]*"scenes":\["16","15","14","13"\]' && ok ||
        bad "saved board is the scheduler's JSON: $(head -c 300 "$TMP/saved")"
fi

# graceful shutdown on SIGTERM: the edits are in the project for the CLI
kill -TERM "$SPID"
wait "$SPID"
rc=$?
[ "$rc" -eq 0 ] && grep -q "SIGTERM, stopping" "$SOUT.err" && ok || bad "SIGTERM: exit $rc"
"$DP" project show "$P" -f text >"$TMP/show" 2>&1
grep -q "edits (5)" "$TMP/show" && ok || bad "the CLI sees the 5 edits: $(cat "$TMP/show")"

# a constraints file: the board's days get dates, the rules are checked
printf '{"eighths_per_day": 2}' >"$TMP/bad.json"
"$DP" serve "$P" --port 0 --constraints "$TMP/nope.json" >/dev/null 2>"$TMP/e"; [ $? -eq 3 ] && ok || bad "missing constraints"
printf '{"days": "x"' >"$TMP/bad.json"
"$DP" serve "$P" --port 0 --constraints "$TMP/bad.json" >/dev/null 2>"$TMP/e"; [ $? -eq 2 ] && grep -q "bad.json:1:" "$TMP/e" && ok || bad "bad constraints: $(cat "$TMP/e")"
start "$P" --constraints samples/en/the-night-ferry.constraints.json
req "board with constraints" 200 GET /api/board
has "dates" '"date":"2027-03-01"'
has "violations" '"violations":["'
kill -TERM "$SPID"
wait "$SPID"

# IPv6 loopback: no token
if [ -e /proc/net/if_inet6 ]; then
    start "$P" --bind ::1
    if [ -n "$URL" ]; then
        req "IPv6 loopback, no token" 200 GET /api/project -g
        kill -TERM "$SPID"
        wait "$SPID"
        rc=$?
        [ "$rc" -eq 0 ] && ok || bad "SIGTERM (IPv6): exit $rc"
    fi
fi

# a non-loopback bind needs the token
start "$P" --bind 0.0.0.0
token=$(sed -n 's/^depouille: token \([0-9a-f]*\) .*/\1/p' "$SOUT")
[ ${#token} -eq 64 ] && ok || bad "a token is printed"
URL=${URL/0.0.0.0/127.0.0.1}
req "no token" 401 GET /api/project && json_error "401" 401
req "wrong token" 401 GET /api/project -H "Authorization: Bearer nope"
req "wrong query token" 401 GET "/api/project?token=${token}x"
req "bearer" 200 GET /api/project -H "Authorization: Bearer $token"
req "query token" 200 GET "/api/project?token=$token"
req "token edit" 401 POST /api/edits -d '{"op":"story-day","scene":"4","value":"3"}'
req "the page needs no token" 200 GET /
kill -INT "$SPID"
wait "$SPID"
rc=$?
[ "$rc" -eq 0 ] && grep -q "SIGINT, stopping" "$SOUT.err" && ok || bad "SIGINT: exit $rc"
PIDS=()

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
