#!/usr/bin/env bash
# make bench: our timings side by side with two JavaScript Fountain parsers
# (fountain-js and afterwriting), measured warm and in-process on the same files.
#
# Run from the repository root after build/dp-bench and build/depouille are built.
# Environment:
#   BENCH_N       iterations per measurement (default 20)
#   DP_SHARED     shared folder holding data/scripts (default: ../shared beside the repo)
#   DP_PEERS_DIR  where the npm peers are installed (default: user cache, outside the repo)
#   TALENT_TIME   per-instance limit of our talent solver in s (default 60)
#   GECODE_TIME   per-instance limit of MiniZinc+Gecode in s (default 20)
#   BENCH_ONLY    "talent": the talent section alone; "scripts": every section but talent
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${DP_SHARED:-$ROOT/../shared}"
N="${BENCH_N:-20}"
PEERS_DIR="${DP_PEERS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/depouille/bench-peers}"
export DP_PEERS_DIR="$PEERS_DIR"   # read by peer-bench.js
DP_BENCH=build/dp-bench
DEPOUILLE=build/depouille

# The scripts every section runs on: "label|path under $SHARED/data/scripts".
SCRIPTS=(
    "Big Fish|vilcans-screenplain/examples/Big-Fish.fountain"
    "Charade|rsdoiel-scripttool/testdata/sample-07.fountain"
    "The Last Birthday Card|vilcans-screenplain/examples/The-Last-Birthday-Card.fountain"
    "Brick & Steel|vilcans-screenplain/examples/Brick-and-Steel.fountain"
)

HAVE_NODE=0; command -v node >/dev/null 2>&1 && HAVE_NODE=1
HAVE_PEERS=0
declare -A R=()   # results: R[<script index>.<source>.<key>], e.g. R[0.ours.parse_ms]

note() { printf 'bench: %s\n' "$*"; }
label() { printf '%s' "${SCRIPTS[$1]%%|*}"; }
script_path() { printf '%s/data/scripts/%s' "$SHARED" "${SCRIPTS[$1]#*|}"; }
get() { printf '%s' "${R[$1]:-}"; }   # a missing key reads as empty

# JSON object -> "key<TAB>value" lines, nested keys joined with '.'.
# Without node: top-level numbers only (enough for dp-bench's flat line).
flatten() {
    if [ "$HAVE_NODE" = 1 ]; then
        node -e '
            const walk = (o, p) => { for (const [k, v] of Object.entries(o)) {
                const key = p + k;
                if (v && typeof v === "object") walk(v, key + ".");
                else console.log(key + "\t" + String(v).replace(/\s+/g, " "));
            } };
            try { walk(JSON.parse(process.argv[1]), ""); } catch (e) {}' "$1"
    else
        printf '%s\n' "$1" \
            | grep -oE '"[A-Za-z_]+"[[:space:]]*:[[:space:]]*-?[0-9][0-9.eE+-]*' \
            | sed -E 's/^"([^"]+)"[[:space:]]*:[[:space:]]*/\1\t/' || true
    fi
}

# load PREFIX JSON: stores every value of JSON under R[PREFIX.key].
load() {
    local k v
    while IFS=$'\t' read -r k v; do R["$1.$k"]="$v"; done < <(flatten "$2")
}

# ratio A B: "A/B" as e.g. 41.3x, or "-" when either is missing or B is 0.
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        if (a ~ /^[0-9.eE+-]+$/ && b ~ /^[0-9.eE+-]+$/ && b + 0 > 0) printf "%.1fx", a / b; else printf "-" }'
}
# minimum of the numeric arguments (empty when none).
min() { printf '%s\n' "$@" | awk '/^[0-9.eE+-]+$/ && (m == "" || $1 + 0 < m + 0) { m = $1 } END { printf "%s", m }'; }
# median of numbers on stdin.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
or_dash() { printf '%s' "${1:--}"; }

# Installs the peers into $PEERS_DIR when missing or when bench/peers/package.json changed.
# --ignore-scripts: neither peer needs one, and afterwriting pulls snyk, whose postinstall
# downloads a binary (npm >= 11 skips it anyway; older npm would run it and fail offline).
setup_peers() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        note "node/npm not found: peer columns (fountain-js, afterwriting) skipped"
        return 0
    fi
    mkdir -p "$PEERS_DIR"
    if [ ! -d "$PEERS_DIR/node_modules" ] || ! cmp -s bench/peers/package.json "$PEERS_DIR/package.json"; then
        note "installing peers into $PEERS_DIR (npm install, log in npm-install.log there)"
        cp bench/peers/package.json "$PEERS_DIR/package.json"
        if ! (cd "$PEERS_DIR" && npm install --no-audit --no-fund --ignore-scripts >npm-install.log 2>&1); then
            rm -f "$PEERS_DIR/package.json"   # so that the next run tries again
            note "npm install failed (see $PEERS_DIR/npm-install.log): peer columns skipped"
            return 0
        fi
    fi
    HAVE_PEERS=1
}

print_header() {
    echo "depouille bench — $(date '+%Y-%m-%d %H:%M:%S %Z') — $(uname -m), $(nproc 2>/dev/null || echo '?') CPU(s), N=$N"
    if [ "$HAVE_PEERS" = 1 ]; then
        local versions
        # shellcheck disable=SC2016
        versions=$(cd "$PEERS_DIR" && node -e '
            const { createRequire } = require("module");
            const r = createRequire(process.cwd() + "/package.json");
            const aw = createRequire(r.resolve("afterwriting/package.json"));
            const v = (req, p) => { try { return req(p + "/package.json").version; } catch (e) { return "?"; } };
            console.log(`fountain-js ${v(r, "fountain-js")}, afterwriting ${v(r, "afterwriting")}` +
                ` (aw-parser ${v(aw, "aw-parser")}, aw-liner ${v(aw, "aw-liner")})`);') || versions="?"
        echo "peers: node $(node --version), $versions, from $PEERS_DIR"
    else
        echo "peers: not run"
    fi
    echo
}

# Section: warm in-process timings (medians of N iterations after warm-up), ours vs peers.
section_speed() {
    local i f out have_pag=0
    for i in "${!SCRIPTS[@]}"; do
        f=$(script_path "$i")
        if [ ! -f "$f" ]; then note "missing $f"; continue; fi
        if out=$("$DP_BENCH" "$f" -n "$N" | grep '^{' | tail -n 1); then
            load "$i.ours" "$out"
        else
            note "$DP_BENCH failed on $f"
        fi
        if [ "$HAVE_PEERS" = 1 ]; then
            if out=$(node bench/peers/peer-bench.js "$f" "$N" | tail -n 1); then
                load "$i" "$out"
            else
                note "peer-bench.js failed on $f"
            fi
        fi
        if [ -n "$(get "$i.ours.paginate_ms")" ]; then have_pag=1; fi
    done

    echo "Warm in-process medians (ms) over N=$N runs, one process per tool; ratio = fastest peer / ours"
    local fmt='%-24s %-15s %9s %9s %9s %8s'
    local pfmt='  %9s %10s %8s %14s %16s'
    # shellcheck disable=SC2059
    {
        printf "$fmt" script "scenes o/fjs/aw" "ours" "fjs" "aw" ratio
        if [ "$have_pag" = 1 ]; then printf "$pfmt" "ours pag" "aw pr+pag" ratio "pages L ours/aw" "pages A4 ours/aw"; fi
        echo
        for i in "${!SCRIPTS[@]}"; do
            local ours fjs aw ours_pag aw_pag
            ours=$(get "$i.ours.parse_ms"); fjs=$(get "$i.fjs.parse_ms"); aw=$(get "$i.aw.parse_ms")
            printf "$fmt" "$(label "$i")" \
                "$(or_dash "$(get "$i.ours.scenes")")/$(or_dash "$(get "$i.fjs.scenes")")/$(or_dash "$(get "$i.aw.scenes")")" \
                "$(or_dash "$ours")" "$(or_dash "$fjs")" "$(or_dash "$aw")" "$(ratio "$(min "$fjs" "$aw")" "$ours")"
            if [ "$have_pag" = 1 ]; then
                ours_pag=$(get "$i.ours.paginate_ms"); aw_pag=$(get "$i.aw.paginate_ms")
                printf "$pfmt" "$(or_dash "$ours_pag")" "$(or_dash "$aw_pag")" \
                    "$(ratio "$aw_pag" "$ours_pag")" \
                    "$(or_dash "$(get "$i.ours.pages")")/$(or_dash "$(get "$i.aw.pages_usletter")") ($(or_dash "$(get "$i.aw.pages_usletter_trimmed")"))" \
                    "$(or_dash "$(get "$i.ours.pages_a4")")/$(or_dash "$(get "$i.aw.pages_a4")") ($(or_dash "$(get "$i.aw.pages_a4_trimmed")"))"
            fi
            echo
        done
    }
    if [ "$have_pag" = 1 ]; then
        echo "pagination: both sides parse + paginate (US letter; aw = aw-parser + liner with afterwriting's CLI defaults); pages exclude the title page;"
        echo "  (in brackets: afterwriting on the same script with trailing spaces removed, which its line wrapper turns into empty lines)"
    fi
    for i in "${!SCRIPTS[@]}"; do
        local p
        for p in fjs aw; do
            if [ -n "$(get "$i.$p.error")" ]; then echo "note: $p failed on $(label "$i"): $(get "$i.$p.error")"; fi
        done
    done
    echo
}

# wall_ms FILE: median wall time (ms) of `depouille breakdown FILE >/dev/null`, N runs after warm-up.
wall_ms() {
    local cmd
    cmd="$(printf '%q ' "$DEPOUILLE" breakdown "$1")>/dev/null"
    if command -v hyperfine >/dev/null 2>&1; then
        local json
        json=$(mktemp)
        if hyperfine --style none --warmup 3 --runs "$N" --export-json "$json" "$cmd" >/dev/null 2>&1; then
            grep -oE '"median"[[:space:]]*:[[:space:]]*[0-9.eE+-]+' "$json" | head -n 1 \
                | sed -E 's/.*:[[:space:]]*//' | awk '{ printf "%.2f", $1 * 1000 }' || true
        fi
        rm -f "$json"
        return 0
    fi
    local k t0 t1 times=""
    for k in 1 2; do "$DEPOUILLE" breakdown "$1" >/dev/null 2>&1 || return 0; done
    for ((k = 0; k < N; k++)); do
        t0=${EPOCHREALTIME:-$(date +%s.%N)}
        "$DEPOUILLE" breakdown "$1" >/dev/null 2>&1 || return 0
        t1=${EPOCHREALTIME:-$(date +%s.%N)}
        times+="$t0 $t1"$'\n'
    done
    printf '%s' "$times" | awk '{ printf "%.3f\n", ($2 - $1) * 1000 }' | median
}

# Section: whole-process wall time of the CLI.
section_wall() {
    local i f ms tool="own loop"
    if command -v hyperfine >/dev/null 2>&1; then tool=hyperfine; fi
    echo "Whole process: $DEPOUILLE breakdown FILE >/dev/null, median wall ms of N=$N runs ($tool)"
    printf '%-24s %10s\n' script "wall ms"
    for i in "${!SCRIPTS[@]}"; do
        f=$(script_path "$i")
        [ -f "$f" ] || continue
        ms=$(wall_ms "$f")
        printf '%-24s %10s\n' "$(label "$i")" "${ms:-failed}"
    done
    echo
}

# Section: PDFs made from a Fountain source, read back (build/dp-agree): scenes from the PDF vs
# from the Fountain, headings equal, speaking cast per scene equal (% of the larger scene count).
# "label|pdf|fountain source" without extensions (source: the pdf's name).
# afterwriting's test/client/pdf/jp.pdf and sc.pdf are left out: they hold
# placeholder text, not jp.fountain and sc.fountain.
PDF_PAIRS=(
    "Big Fish|vilcans-screenplain/examples/Big-Fish"
    "Brick & Steel|vilcans-screenplain/examples/Brick-and-Steel"
    "The Last Birthday Card|vilcans-screenplain/examples/The-Last-Birthday-Card"
    "aw client|ifrost-afterwriting-labs/test/client/pdf/client|ifrost-afterwriting-labs/test/data/screenplays/client"
    "aw cyrillic|ifrost-afterwriting-labs/test/client/pdf/cyrillic|ifrost-afterwriting-labs/test/data/screenplays/cyrillic"
    "sp indentation|vilcans-screenplain/tests/files/indentation"
    "sp scene-numbers|vilcans-screenplain/tests/files/scene-numbers"
    "sp title-page|vilcans-screenplain/tests/files/title-page"
    "sp extended-characters|vilcans-screenplain/tests/files/extended-characters"
    "sp dual-dialogue|vilcans-screenplain/tests/files/dual-dialogue"
    "sp dialogue-blank-line|vilcans-screenplain/tests/files/dialogue-with-blank-line"
)
section_pdf_accuracy() {
    local entry name pdf src out k v
    echo "Accuracy: PDF read back against its Fountain source (build/dp-agree)"
    printf '%-24s %6s %8s %9s %10s %10s\n' script "pdf" fountain "headings" "cast/scene" "speakers"
    for entry in "${PDF_PAIRS[@]}"; do
        IFS='|' read -r name pdf src <<<"$entry"
        src=${src:-$pdf}
        pdf="$SHARED/data/scripts/$pdf.pdf"
        src="$SHARED/data/scripts/$src.fountain"
        if [ ! -f "$pdf" ] || [ ! -f "$src" ]; then note "missing $pdf or $src"; continue; fi
        if ! out=$(build/dp-agree "$src" "$pdf"); then note "dp-agree failed on $pdf"; continue; fi
        unset A; declare -A A=()
        while IFS=$'\t' read -r k v; do A[$k]=$v; done < <(flatten "$out")
        local h="${A[headings_pct]:-?}%" c="${A[cast_pct]:-?}%"
        if [ "${A[scenes_ref]:-0}" = 0 ] && [ "${A[scenes]:-0}" = 0 ]; then h="-"; c="-"; fi
        printf '%-24s %6s %8s %9s %10s %10s\n' "$name" "${A[scenes]:-?}" "${A[scenes_ref]:-?}" \
            "$h" "$c" "${A[speakers_equal]:-?}/${A[speakers_ref]:-?}"
    done
    echo "pdf, fountain: scenes; headings, cast/scene: scenes alike in both; speakers: the"
    echo "source's speakers found in the PDF ('-': no scene on either side)."
    echo "aw client: the source's forced action \"!INT. ACTION\" prints as the heading it"
    echo "looks like, and afterwriting prints \$LOCATION and \$PROTAGONIST with their values."
    echo
}

# ---- Talent scheduling ------------------------------------------------------
# Every instance of $SHARED/data/talent/optima.tsv and of bench/talent/generated:
# our cost and time (depouille talent, limit TALENT_TIME s, default 60) beside the
# proved optimum, MiniZinc + Gecode on bench/talent.mzn (limit GECODE_TIME s,
# default 20: what it proves, it proves in seconds; the DDOLib random set and
# generated instances with n > 16 are left to us alone, where a CP model times
# out), and the published times. With the defaults the section takes about 45
# minutes on a 2-core machine, most of it in the 60 s limits of instances not
# proved.
TALENT_TIME="${TALENT_TIME:-60}"
GECODE_TIME="${GECODE_TIME:-20}"

# Published solve times in s (docs/scheduling.md section 3): Qin et al. 2016 B&B on a
# Xeon E5430 2.66 GHz; Garcia de la Banda et al. 2011 DP on a Xeon 2.4 GHz.
declare -A TALENT_QIN=([MobStory]=0.05 [film103.dat]=0.02 [film105.dat]=0.02 [film114.dat]=0.03
    [film116.dat]=0.03 [film117.dat]=0.02 [film118.dat]=0.02 [film119.dat]=0.02)
declare -A TALENT_DLB=([MobStory]=0.11 [film103.dat]=0.06 [film105.dat]=0.02 [film114.dat]=0.08
    [film116.dat]=0.16 [film117.dat]=0.10 [film118.dat]=0.04 [film119.dat]=0.08)

# talent_dzn FILE: the instance format as MiniZinc data.
talent_dzn() {
    tr -s ' \t\r\n' '\n\n\n\n' <"$1" | awk 'NF' | awk '
        NR == 2 { n = $1 } NR == 3 { m = $1 }
        NR > 3 { t[NR - 3] = $1 }
        END {
            printf "numScenes = %d;\nnumActors = %d;\nia = [|", n, m
            k = 0
            for (a = 1; a <= m; a++) {
                row = ""
                for (s = 1; s <= n; s++) row = row (s > 1 ? "," : "") t[++k]
                c[a] = t[++k]
                printf "%s|", row
            }
            printf "];\nc = ["; for (a = 1; a <= m; a++) printf "%s%s", (a > 1 ? "," : ""), c[a]
            printf "];\nd = ["; for (s = 1; s <= n; s++) printf "%s%s", (s > 1 ? "," : ""), t[++k]
            printf "];\n"
        }'
}

# talent_ours FILE: "cost optimal seconds lower_bound" of depouille talent.
talent_ours() {
    local out
    out=$("$DEPOUILLE" talent --time-limit "$TALENT_TIME" "$1" 2>/dev/null | tr -d ' \n') || { echo "- - - -"; return; }
    printf '%s %s %s %s\n' "$(grep -o '"cost":[0-9]*' <<<"$out" | cut -d: -f2)" \
        "$(grep -o '"optimal":[a-z]*' <<<"$out" | cut -d: -f2)" \
        "$(grep -o '"seconds":[0-9.]*' <<<"$out" | cut -d: -f2)" \
        "$(grep -o '"lower_bound":[0-9]*' <<<"$out" | cut -d: -f2)"
}

# talent_gecode FILE: "cost proved seconds" of MiniZinc + Gecode (wall time).
talent_gecode() {
    local dzn out t0 t1
    dzn=$(mktemp --suffix=.dzn)
    talent_dzn "$1" >"$dzn"
    t0=$EPOCHREALTIME
    out=$(timeout $((GECODE_TIME + 30)) minizinc --solver gecode --time-limit $((GECODE_TIME * 1000)) \
        "$ROOT/bench/talent.mzn" "$dzn" 2>/dev/null || true)
    t1=$EPOCHREALTIME
    rm -f "$dzn"
    local cost proved=no
    cost=$(grep -o 'total = [0-9]*' <<<"$out" | tail -n 1 | grep -o '[0-9]*$' || true)
    if grep -q '^==========' <<<"$out"; then proved=yes; fi
    printf '%s %s %s\n' "${cost:--}" "$proved" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')"
}

section_talent() {
    local dir="$SHARED/data/talent" have_gecode=0
    if [ ! -f "$dir/optima.tsv" ]; then note "talent: $dir/optima.tsv not found: section skipped"; return 0; fi
    if command -v minizinc >/dev/null 2>&1 && minizinc --solvers 2>/dev/null | grep -qi gecode; then have_gecode=1; fi
    echo "Talent scheduling: depouille talent (limit ${TALENT_TIME} s) vs MiniZinc+Gecode on bench/talent.mzn (limit ${GECODE_TIME} s, wall)"
    if [ "$have_gecode" = 1 ]; then
        echo "peer: $(minizinc --version | head -n 1 | grep -o 'version [0-9.]*' || true), $(minizinc --solvers | grep -i 'gecode ' | head -n 1 | sed 's/^ *//')"
    else
        echo "peer: minizinc/gecode not installed: Gecode columns skipped"
    fi
    echo "published: Qin 2016 B&B (Xeon E5430 2.66 GHz), de la Banda 2011 DP (Xeon 2.4 GHz)"
    local fmt='%-28s %7s %8s %8s %4s %9s %9s %5s %9s %8s %7s %7s\n'
    # shellcheck disable=SC2059
    printf "$fmt" instance "n x m" ours optimum ok "ours s" gecode proved "gecode s" ratio qin dlb
    local f n m ds tot idle pub wrong=0 count=0
    while IFS=$'\t' read -r f n m ds tot idle pub; do
        case "$f" in '#'* | file) continue ;; esac
        local cost opt sec lb gc gp gs ratio base
        read -r cost opt sec lb < <(talent_ours "$dir/$f")
        base=$(basename "$f")
        local ok=yes
        if [ "$cost" != "$tot" ] || [ "$opt" != true ]; then ok=NO; wrong=$((wrong + 1)); fi
        count=$((count + 1))
        gc=-; gp=-; gs=-; ratio=-
        if [ "$have_gecode" = 1 ] && [[ "$f" != */generated/* ]]; then
            read -r gc gp gs < <(talent_gecode "$dir/$f")
            if [ "$gp" = yes ]; then ratio=$(ratio "$gs" "$sec"); fi
            # the model is checked here: what Gecode proves must be the optimum
            if [ "$gp" = yes ] && [ "$gc" != "$tot" ]; then ratio=WRONG; fi
        fi
        # shellcheck disable=SC2059
        printf "$fmt" "${base:0:28}" "${n}x$m" "$cost" "$tot" "$ok" "$sec" "$gc" "$gp" "$gs" "$ratio" \
            "${TALENT_QIN[$base]:--}" "${TALENT_DLB[$base]:--}"
    done <"$dir/optima.tsv"
    echo "$((count - wrong))/$count instances solved to the optimum of optima.tsv and proved; ratio = Gecode wall / our time, where Gecode proved (WRONG: Gecode proved another cost)"
    echo
    echo "Generated Type-2-like instances (bench/talent/generated, our rules, not the published set), limit ${TALENT_TIME} s"
    printf "$fmt" instance "n x m" ours "lower" ok "ours s" gecode proved "gecode s" ratio - -
    declare -A solved=() total=()
    local g
    for g in "$ROOT"/bench/talent/generated/type2_*.txt; do
        base=$(basename "$g" .txt)
        IFS=_ read -r _ n m _ <<<"$base"
        read -r cost opt sec lb < <(talent_ours "$g")
        gc=-; gp=-; gs=-; ratio=-
        if [ "$have_gecode" = 1 ] && [ "$n" -le 16 ]; then
            read -r gc gp gs < <(talent_gecode "$g")
            if [ "$gp" = yes ]; then ratio=$(ratio "$gs" "$sec"); fi
        fi
        # shellcheck disable=SC2059
        printf "$fmt" "$base" "${n}x$m" "$cost" "$lb" "$([ "$opt" = true ] && echo yes || echo no)" "$sec" "$gc" "$gp" "$gs" "$ratio" - -
        total[$n.$m]=$((${total[$n.$m]:-0} + 1))
        if [ "$opt" = true ]; then solved[$n.$m]=$((${solved[$n.$m]:-0} + 1)); fi
    done
    echo
    echo "Scale: proved optimal within ${TALENT_TIME} s, by n (rows) and m (columns)"
    local ms ns mm nn
    ms=$(for k in "${!total[@]}"; do echo "${k#*.}"; done | sort -n | uniq)
    ns=$(for k in "${!total[@]}"; do echo "${k%.*}"; done | sort -n | uniq)
    printf '%6s' n; for mm in $ms; do printf ' %7s' "m=$mm"; done; echo
    for nn in $ns; do
        printf '%6s' "$nn"
        for mm in $ms; do printf ' %7s' "${solved[$nn.$mm]:-0}/${total[$nn.$mm]:-0}"; done
        echo
    done
    echo
}

# Section: the element tagger against the hand-made breakdowns of tests/gold (build/dp-score):
# precision, recall and F1 per category, English and French apart, then both.
section_gold() {
    echo "Accuracy: breakdown elements against tests/gold (build/dp-score)"
    if [ ! -x build/dp-score ]; then note "build/dp-score not built"; return 0; fi
    build/dp-score tests/gold/*.tsv || note "dp-score failed"
    echo
    echo "Held out: tests/gold/heldout (annotated blind, not tuned on: see tests/gold/README.md)"
    build/dp-score tests/gold/heldout/*.tsv | sed '/^English and French$/,$d' || note "dp-score failed"
}

main() {
    cd "$ROOT"
    if [ ! -d "$SHARED/data/scripts" ]; then
        note "skipped: corpus not found at $SHARED/data/scripts (set DP_SHARED to the shared folder)"
        exit 0
    fi
    SHARED=$(cd "$SHARED" && pwd)
    if [ ! -x "$DP_BENCH" ] || [ ! -x "$DEPOUILLE" ]; then
        note "$DP_BENCH and $DEPOUILLE must be built first (make)"
        exit 1
    fi
    if [ "${BENCH_ONLY:-}" != talent ]; then setup_peers; fi
    print_header
    if [ "${BENCH_ONLY:-}" != talent ]; then
        section_speed
        section_wall
        section_pdf_accuracy
        section_gold
    fi
    if [ "${BENCH_ONLY:-}" != scripts ]; then section_talent; fi
}

main "$@"
