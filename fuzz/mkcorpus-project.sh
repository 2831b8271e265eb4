#!/usr/bin/env bash
# Remakes fuzz/corpus/project: small project files (512-byte pages, no
# WAL) made with the command, and records of changes to the template of
# fuzz/project_fixture.h (see fuzz/fuzz_project.c). Usage:
# fuzz/mkcorpus-project.sh [BUILD_DIR]. Needs the sqlite3 command.
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
DP="$BUILD/depouille"
OUT=fuzz/corpus/project
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1700000000
cat > "$tmp/d1.fountain" <<'S'
Title: Brick

INT. KITCHEN - DAY

MARY picks up a knife and a red apple. She wears a blue apron.

MARY
Hello there, John.

EXT. GARDEN - NIGHT

JOHN drinks a cold beer. A DOG barks.
S
cat > "$tmp/d2.fountain" <<'S'
Title: Brick

INT. KITCHEN - DAY

MARY picks up a knife and a red apple. She wears a blue apron.

EXT. PARK - DAY

A police car passes with a revolver on the dashboard.

EXT. GARDEN - NIGHT

JOHN drinks a cold beer.
S
small() { # journal off WAL, 512-byte pages, compacted
    sqlite3 "$1" "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;" >/dev/null
}
"$DP" project new "$tmp/one.dpj" "$tmp/d1.fountain" -q
small "$tmp/one.dpj"
cp "$tmp/one.dpj" "$OUT/one-draft.dpj"
"$DP" project edit "$tmp/one.dpj" add 1 props "fruit bowl" --text "red apple" -q
"$DP" project edit "$tmp/one.dpj" remove 1 props knife -q
"$DP" project edit "$tmp/one.dpj" rename props beer "cold beer" -q
"$DP" project edit "$tmp/one.dpj" story-day 2 3 -q
"$DP" project edit "$tmp/one.dpj" costume 1 MARY 2A -q
"$DP" project edit "$tmp/one.dpj" heading 2 "EXT. BACK GARDEN - NIGHT" -q
"$DP" project import "$tmp/one.dpj" "$tmp/d2.fountain" -q
small "$tmp/one.dpj"
cp "$tmp/one.dpj" "$OUT/two-drafts-edits.dpj"
# the same at schema version 1 (the migration fills the rest)
sqlite3 "$tmp/one.dpj" "DROP TABLE scene_elements; DROP TABLE edit_results;
  PRAGMA user_version = 1; VACUUM;" >/dev/null
cp "$tmp/one.dpj" "$OUT/schema-1.dpj"
# records: op column row kind [len bytes]
rec() { printf "$1" > "$OUT/$2"; }
rec '' template
rec '\000\037\000\003\011' edit-category-500      # edits.category = 500
rec '\000\034\002\004\005merge' edit-op-merge       # edits.op = 'merge'
rec '\000\035\000\003\001' edit-scene-uid-neg       # edits.scene_uid = -1
rec '\000\010\001\006\001\100\004/*[[' draft-spliced  # versions.bytes spliced
rec '\000\020\003\003\020' scene-uid-maxint         # scenes.uid = INT64_MAX
rec '\000\017\001\003\016' scene-idx-big            # scenes.idx = 2^32
rec '\000\024\004\004\005split' scene-kind-split    # scenes.kind = split
rec '\001\002\000\000' delete-draft-1               # versions row 1 gone
rec '\002\032\000\003\001' edit-copy                # an edit copied, id -1
rec '\003\000\000\001' back-to-schema-1             # the migration on the template
rec '\000\030\000\003\002\000\027\000\003\001' link-new-uid # scene_links
