#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Consistency checker for the hand-annotated gold breakdowns in tests/gold/.

Usage: python3 tests/gold/check.py [--bin PATH] [FILE.tsv ...]

For every TSV (all of tests/gold/*.tsv by default) it checks the header
comments, the column names, each row's shape, category id, scene number,
name, character and count, and that the heading column equals the heading
that `depouille breakdown` prints for that scene.  Scripts that live in
../shared (the corpus) are skipped with a message when ../shared is absent.
It then prints, per file, the number of scenes, rows and rows per category.

Exit status: 0 when every checked file is clean, 1 otherwise.
Python 3 standard library only.  See tests/gold/README.md for the rules.
"""

import json
import os
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

COLUMNS = ["scene", "heading", "category", "name", "character", "count", "text"]

CATEGORIES = {
    100: "Cast Members", 101: "Background Actors", 102: "Stunts",
    103: "Vehicles", 104: "Props", 105: "Special Effects", 106: "Wardrobe",
    107: "Makeup/Hair", 108: "Animals", 110: "Camera", 111: "Music",
    112: "Sound", 113: "Art Department", 114: "Set Dressing", 115: "Greenery",
    116: "Security", 117: "Special Equipment", 118: "Additional Labor",
    119: "Visual Effects", 120: "Mechanical Effects",
}
# UCI ids that exist but that the guidelines forbid in the gold set.
FORBIDDEN = {109: "Animal Wranglers", 121: "Notes", 122: "Comments",
             123: "Miscellaneous", 124: "Other"}


def parse_range(spec):
    """'1-29' or '1-10,12' -> sorted list of ints."""
    out = set()
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-", 1)
            out.update(range(int(a), int(b) + 1))
        elif part:
            out.add(int(part))
    return sorted(out)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def flat(s):
    """Text as compared for evidence: NFC, straight quotes, no Fountain
    emphasis marks or leading '!'/'@'/'~', spaces collapsed, lower-case."""
    s = nfc(s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'),
                 ("\u201d", '"'), ("\u00a0", " "), ("\u202f", " ")):
        s = s.replace(a, b)
    for ch in "*_":
        s = s.replace(ch, "")
    return " ".join(s.split()).lower()


def scene_texts(script, scenes):
    """Flattened text of each scene (heading line to last line)."""
    with open(script, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    for sc in scenes:
        body = [l.strip().lstrip("!@~") for l in lines[sc["line"] - 1:sc["line_end"]]]
        out.append(flat(" ".join(l for l in body if l)))
    return out


class Checker:
    def __init__(self, binary):
        self.binary = binary
        self.cache = {}

    def engine_scenes(self, script):
        if script not in self.cache:
            res = subprocess.run([self.binary, "breakdown", "-q", script],
                                 capture_output=True, text=True)
            if res.returncode != 0:
                raise RuntimeError("%s breakdown %s failed: %s"
                                   % (self.binary, script, res.stderr.strip()))
            self.cache[script] = json.loads(res.stdout)["scenes"]
        return self.cache[script]

    def check_file(self, path):
        """Returns (errors, summary dict or None when skipped)."""
        errs = []
        rel = os.path.relpath(path, ROOT)

        def err(lineno, msg):
            errs.append("%s:%d: %s" % (rel, lineno, msg))

        with open(path, encoding="utf-8") as f:
            raw = f.read()
        if raw.startswith("\ufeff"):
            err(1, "byte-order mark at the start of the file")
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines.pop()

        meta = {}
        i = 0
        while i < len(lines) and lines[i].startswith("#"):
            key, sep, val = lines[i][1:].partition(":")
            if sep:
                meta[key.strip()] = val.strip()
            i += 1
        for key in ("script", "language", "scenes"):
            if key not in meta:
                err(1, "missing header comment '# %s: ...'" % key)
        if errs:
            return errs, None
        if meta["language"] not in ("en", "fr"):
            err(1, "language must be en or fr, not %r" % meta["language"])
        try:
            declared = parse_range(meta["scenes"])
        except ValueError:
            err(1, "bad scene range %r" % meta["scenes"])
            return errs, None

        if i >= len(lines) or lines[i].split("\t") != COLUMNS:
            err(i + 1, "column header must be: " + "\\t".join(COLUMNS))
            return errs, None
        header_line = i + 1

        script = os.path.normpath(os.path.join(ROOT, meta["script"]))
        skipped_headings = False
        engine = None
        if not os.path.exists(script):
            if meta["script"].startswith("../shared/"):
                print("%s: %s is absent (no ../shared): headings and evidence not checked"
                      % (rel, meta["script"]))
                skipped_headings = True
            else:
                err(1, "script %s not found" % meta["script"])
                return errs, None
        else:
            try:
                engine = self.engine_scenes(script)
            except (RuntimeError, OSError, ValueError) as e:
                err(1, str(e))
                return errs, None
            if declared and declared[-1] > len(engine):
                err(1, "declared scenes go to %d but the engine finds %d"
                    % (declared[-1], len(engine)))

        texts = scene_texts(script, engine) if engine is not None else None
        declared_set = set(declared)
        rows = []
        seen = {}
        cast = defaultdict(set)
        for lineno in range(header_line + 1, len(lines) + 1):
            line = lines[lineno - 1]
            if not line.strip():
                err(lineno, "blank line")
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != len(COLUMNS):
                err(lineno, "%d columns instead of %d" % (len(cols), len(COLUMNS)))
                continue
            if any(c != c.strip() for c in cols):
                err(lineno, "leading or trailing spaces in a field")
            row = dict(zip(COLUMNS, cols))
            row["line"] = lineno
            try:
                sc = int(row["scene"])
                cat = int(row["category"])
            except ValueError:
                err(lineno, "scene and category must be integers")
                continue
            row["scene"], row["category"] = sc, cat
            if sc not in declared_set:
                err(lineno, "scene %d is outside the declared scenes %s"
                    % (sc, meta["scenes"]))
            if cat in FORBIDDEN:
                err(lineno, "category %d (%s) is not used in the gold set"
                    % (cat, FORBIDDEN[cat]))
            elif cat not in CATEGORIES:
                err(lineno, "unknown category id %d" % cat)
            if engine is not None and 1 <= sc <= len(engine):
                want = engine[sc - 1]["heading"]
                if nfc(row["heading"]) != nfc(want):
                    err(lineno, "heading %r but the engine prints %r for scene %d"
                        % (row["heading"], want, sc))
            name = row["name"]
            if not name:
                err(lineno, "empty name")
            elif cat != 100 and name != name.lower():
                err(lineno, "name %r must be lower-case" % name)
            elif cat == 100 and name != name.upper() and not name.startswith(("Mme ", "Mr ", "Dr ", "M. ")):
                # cast names are written as the engine's cast list (cue
                # names, upper-case); honorifics like 'Mme' keep their case.
                err(lineno, "cast name %r should be upper-case like a cue" % name)
            if cat in (106, 107):
                if not row["character"]:
                    err(lineno, "wardrobe/makeup row without a character")
            elif row["character"]:
                err(lineno, "character is only for 106 and 107 rows")
            cnt = row["count"]
            if cat == 100:
                if cnt != "1":
                    err(lineno, "cast rows have count 1")
            elif cat == 101:
                if cnt and (not cnt.isdigit() or int(cnt) < 1):
                    err(lineno, "background count must be a positive integer or empty")
            elif cnt:
                err(lineno, "count is only for cast and background rows")
            if not row["text"]:
                err(lineno, "empty evidence text")
            elif texts is not None and 1 <= sc <= len(texts):
                # the evidence is one snippet, or several joined by ' ... ',
                # each copied from the scene (heading line included)
                for part in row["text"].split(" ... "):
                    if flat(part) not in texts[sc - 1]:
                        err(lineno, "evidence %r is not in scene %d" % (part, sc))
            key = (sc, cat, name, row["character"])
            if key in seen:
                err(lineno, "duplicate of line %d (one row per element per scene)"
                    % seen[key])
            else:
                seen[key] = lineno
            if cat == 100:
                cast[sc].add(name)
            rows.append(row)

        for row in rows:
            if row["category"] in (106, 107) and row["character"]:
                if row["character"] not in cast[row["scene"]]:
                    err(row["line"], "%s is not a cast row in scene %d"
                        % (row["character"], row["scene"]))

        summary = {
            "file": rel,
            "script": meta["script"],
            "language": meta["language"],
            "scenes": len(declared),
            "scenes_with_rows": len({r["scene"] for r in rows}),
            "rows": len(rows),
            "per_category": Counter(r["category"] for r in rows),
            "headings": "skipped" if skipped_headings else "checked",
        }
        return errs, summary


def main(argv):
    binary = os.environ.get("DEPOUILLE", os.path.join(ROOT, "build", "depouille"))
    files = []
    args = list(argv[1:])
    while args:
        a = args.pop(0)
        if a == "--bin" and args:
            binary = args.pop(0)
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            files.append(os.path.abspath(a))
    if not files:
        files = sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                       if f.endswith(".tsv"))
    if not files:
        print("no .tsv files in %s" % HERE)
        return 1
    if not os.access(binary, os.X_OK):
        print("%s not found: run `make` first (or pass --bin PATH)" % binary)
        return 1

    os.chdir(ROOT)
    checker = Checker(binary)
    all_errs = []
    total = Counter()
    total_rows = total_scenes = 0
    for path in files:
        errs, summary = checker.check_file(path)
        all_errs.extend(errs)
        if summary is None:
            continue
        total.update(summary["per_category"])
        total_rows += summary["rows"]
        total_scenes += summary["scenes"]
        cats = "  ".join("%d:%d" % (c, n)
                         for c, n in sorted(summary["per_category"].items()))
        print("%-34s %-2s scenes %3d (%3d with rows)  rows %4d  headings %s"
              % (os.path.basename(summary["file"]), summary["language"],
                 summary["scenes"], summary["scenes_with_rows"],
                 summary["rows"], summary["headings"]))
        print("    " + cats)
    print("total: %d files, %d scenes, %d rows" % (len(files), total_scenes, total_rows))
    print("    " + "  ".join("%d %s:%d" % (c, CATEGORIES.get(c, "?"), n)
                             for c, n in sorted(total.items())))
    for e in all_errs:
        print(e)
    if all_errs:
        print("%d error(s)" % len(all_errs))
        return 1
    print("gold set OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
