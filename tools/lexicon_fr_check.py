#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate the French element lexicon in data/lexicon/ and measure it.

    tools/lexicon_fr_check.py                 validate every TSV, print counts
    tools/lexicon_fr_check.py --eval FILE     precision/recall on a labelled list
    tools/lexicon_fr_check.py --scan FILE...  naive longest match over the action
                                              lines of Fountain scripts
    tools/lexicon_fr_check.py --hunspell      ask hunspell-fr for each lemma's
                                              plural and check that it comes back
                                              (dev only: needs the hunspell binary
                                              and hunspell-fr-comprehensive)

Exit status 0 when every check passes, 1 otherwise. Python 3 standard library
only; the lookup rules implemented here (Lexicon.candidates, lookup, match_at) are the
contract described in data/lexicon/README-fr.md that the C engine follows.
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXDIR = os.path.join(ROOT, "data", "lexicon")

CATEGORIES = {
    "101": "Figuration",
    "102": "Cascades",
    "103": "Véhicules",
    "104": "Accessoires",
    "105": "Effets spéciaux",
    "106": "Costumes",
    "107": "Maquillage/Coiffure",
    "108": "Animaux",
    "111": "Musique",
    "112": "Son",
    "114": "Décoration",
    "115": "Végétation",
    "117": "Matériel spécial",
    "119": "Effets visuels",
}
VERB_CATEGORIES = {"102", "105", "112"}
FLAGS = ("ambiguous", "mass", "plural", "weapon")
# Letters (any script, lowercase checked separately), digits, the ASCII
# apostrophe, the hyphen and single spaces between words.
LEMMA_RE = re.compile(r"^[^\W_]+(?:[-'][^\W_]+|' ?[^\W_]+| [^\W_]+)*$")
TOKEN_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*'?")

errors = []
shadowed = []   # (plural, lemma, table that wins): deliberate, reported


def err(path, lineno, msg):
    errors.append(f"{os.path.relpath(path, ROOT)}:{lineno}: {msg}")


def read_tsv(path, ncols_min, ncols_max):
    """Yields (lineno, fields); reports format errors common to all files."""
    if not os.path.exists(path):
        err(path, 0, "missing file")
        return
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(path, 0, f"not UTF-8: {e}")
        return
    if text.startswith("\ufeff"):
        err(path, 1, "byte-order mark")
    if "\r" in text:
        err(path, 0, "CR line ending")
    if text and not text.endswith("\n"):
        err(path, 0, "no final newline")
    for i, line in enumerate(text.split("\n")[:-1], 1):
        if line == "":
            err(path, i, "empty line")
            continue
        if line != line.strip(" ") or "  " in line or " \t" in line or "\t " in line:
            err(path, i, "stray spaces")
        fields = line.split("\t")
        if not ncols_min <= len(fields) <= ncols_max:
            err(path, i, f"{len(fields)} columns, expected {ncols_min}-{ncols_max}")
            continue
        yield i, fields


def check_key(path, i, s):
    if unicodedata.normalize("NFC", s) != s:
        err(path, i, f"{s!r} is not NFC")
    if s != s.lower():
        err(path, i, f"{s!r} is not lowercase")
    if "\u2019" in s:
        err(path, i, f"{s!r}: use the ASCII apostrophe")
    if not LEMMA_RE.match(s):
        err(path, i, f"{s!r}: bad characters or spacing")


def check_sorted(path, keys):
    prev = None
    for i, k in keys:
        b = k.encode("utf-8")
        if prev is not None:
            if b == prev:
                err(path, i, f"duplicate {k!r}")
            elif b < prev:
                err(path, i, f"{k!r} out of order (byte order of UTF-8)")
        prev = b


def tokens(s):
    """Lowercase, NFC, typographic apostrophes folded, elisions split off:
    "Boucles d’oreilles" -> ["boucles", "d'", "oreilles"]."""
    s = unicodedata.normalize("NFC", s).lower().replace("\u2019", "'")
    s = s.replace("\u02bc", "'")
    return TOKEN_RE.findall(s)


class Lexicon:
    def __init__(self, lexdir=LEXDIR):
        self.dir = lexdir
        self.entries = {}      # lemma -> (category, flags)
        self.stop = {}         # lemma -> reason
        self.plurals = {}      # surface -> lemma
        self.verbs = {}        # form -> (category, lemma)
        self.lines = {}        # (file, lemma) -> line number
        self.load()
        # Multiword lemmas indexed by their first token, longest first.
        self.mwe = collections.defaultdict(list)
        for table, kind in ((self.entries, "fr"), (self.stop, "stop")):
            for lemma in table:
                t = tokens(lemma)
                if len(t) > 1:
                    self.mwe[t[0]].append((t, lemma, kind))
        self.vmwe = collections.defaultdict(list)
        for form in self.verbs:
            t = tokens(form)
            self.vmwe[t[0]].append((t, form, "verb"))
        for d in (self.mwe, self.vmwe):
            for lst in d.values():
                lst.sort(key=lambda x: -len(x[0]))

    def path(self, name):
        return os.path.join(self.dir, name)

    def load(self):
        p = self.path("fr.tsv")
        keys = []
        for i, f in read_tsv(p, 3, 3):
            lemma, cat, flags = f
            check_key(p, i, lemma)
            keys.append((i, lemma))
            if cat not in CATEGORIES:
                err(p, i, f"{lemma!r}: unknown category {cat!r}")
            fl = flags.split(",") if flags else []
            if any(x not in FLAGS for x in fl):
                err(p, i, f"{lemma!r}: unknown flag in {flags!r}")
            if fl != sorted(set(fl)):
                err(p, i, f"{lemma!r}: flags must be sorted and unique")
            if "weapon" in fl and cat != "104":
                err(p, i, f"{lemma!r}: weapon flag outside 104")
            if "plural" in fl and "mass" in fl:
                err(p, i, f"{lemma!r}: plural and mass")
            self.entries[lemma] = (cat, set(fl))
            self.lines[("fr", lemma)] = i
        check_sorted(p, keys)

        p = self.path("fr-stop.tsv")
        keys = []
        for i, f in read_tsv(p, 1, 2):
            lemma = f[0]
            check_key(p, i, lemma)
            keys.append((i, lemma))
            self.stop[lemma] = f[1] if len(f) > 1 else ""
            self.lines[("stop", lemma)] = i
            if lemma in self.entries:
                err(p, i, f"{lemma!r} is also in fr.tsv")
        check_sorted(p, keys)

        p = self.path("fr-plurals.tsv")
        keys = []
        for i, f in read_tsv(p, 2, 2):
            surface, lemma = f
            check_key(p, i, surface)
            check_key(p, i, lemma)
            keys.append((i, surface))
            self.plurals[surface] = lemma
            self.lines[("plurals", surface)] = i
        check_sorted(p, keys)

        p = self.path("fr-verbs.tsv")
        keys = []
        for i, f in read_tsv(p, 3, 3):
            form, cat, lemma = f
            check_key(p, i, form)
            check_key(p, i, lemma)
            keys.append((i, form))
            if cat not in VERB_CATEGORIES:
                err(p, i, f"{form!r}: category {cat!r} not one of 102, 105, 112")
            self.verbs[form] = (cat, lemma)
        check_sorted(p, keys)

    # -- the lookup contract -------------------------------------------------
    def candidates(self, tok):
        """Surface, then the exception list, then the suffix rules."""
        out = [tok]
        if tok in self.plurals:
            out.append(self.plurals[tok])
        out.extend(rule_candidates(tok))
        return out

    def lookup(self, tok):
        """One token -> (lemma, category, flags) or None. The first candidate
        found in either table decides: a stop-list hit means no element."""
        for c in self.candidates(tok):
            if c in self.stop:
                return None
            if c in self.entries:
                cat, fl = self.entries[c]
                return c, cat, fl
        return None

    def match_at(self, toks, i, verbs=False):
        """Longest match starting at toks[i]: (length, lemma, kind) or None.
        Multiword lemmas match token by token on the surface or on any
        candidate lemma of the text token."""
        table = self.vmwe if verbs else self.mwe
        cands = self.candidates(toks[i])
        for first in dict.fromkeys(cands):
            for mt, lemma, kind in table.get(first, ()):
                n = len(mt)
                if i + n > len(toks):
                    continue
                if all(mt[k] == toks[i + k] or mt[k] in self.candidates(toks[i + k])
                       for k in range(1, n)):
                    return n, lemma, kind
        if verbs:
            return None
        hit = self.lookup(toks[i])
        if hit:
            return 1, hit[0], "fr"
        return None

    def tag(self, text):
        """Greedy left-to-right longest match over a line: noun table and
        verb table each get the longest span; the longer wins. A naive
        reference for judging the tables, not the engine's tagger."""
        toks = tokens(text)
        out = []
        i = 0
        while i < len(toks):
            m = self.match_at(toks, i)
            v = self.match_at(toks, i, verbs=True)
            # The verb wins when it is longer, or as long as an ambiguous noun
            # ("un coup de feu claque": claque is the verb here).
            amb = m and m[2] == "fr" and "ambiguous" in self.entries[m[1]][1]
            if v and (not m or v[0] > m[0] or (v[0] == m[0] and amb)):
                form = v[1]
                out.append((" ".join(toks[i:i + v[0]]), form, self.verbs[form][0], "verb"))
                i += v[0]
            elif m and m[2] == "fr":
                lemma = m[1]
                cat, fl = self.entries[lemma]
                out.append((" ".join(toks[i:i + m[0]]), lemma, cat, ",".join(sorted(fl))))
                i += m[0]
            elif m:
                i += m[0]          # a stop-listed multiword: skip it whole
            else:
                i += 1
        return out


def rule_candidates(tok):
    """The engine's suffix rules, in order: -s, -x, -aux -> -al."""
    out = []
    if len(tok) > 2 and tok.endswith("s"):
        out.append(tok[:-1])
    if len(tok) > 2 and tok.endswith("x"):
        out.append(tok[:-1])
    if len(tok) > 4 and tok.endswith("aux"):
        out.append(tok[:-3] + "al")
    return out


def regular_plural(w):
    """French regular plural of one word (what a script writes)."""
    if w[-1] in "sxz":
        return w
    if w.endswith("al"):
        return w[:-2] + "aux"
    if w.endswith(("au", "eau", "eu")) or w in ("bijou", "caillou", "chou", "genou",
                                                 "hibou", "joujou", "pou"):
        return w + "x"
    return w + "s"


def inflected_tokens(lemma):
    """The tokens of a lemma that take the plural: everything before the first
    preposition (robe de mariée -> robe; voiture piégée -> voiture, piégée)."""
    out = []
    for t in tokens(lemma):
        if t in ("de", "d'", "à", "au", "aux", "en", "du", "des", "sur", "sous",
                 "pour", "sans", "l'", "la", "le", "les", "avec", "par",
                 "trois-pièces"):   # costume trois-pièces: an invariable complement
            break
        out.append(t)
    return out


def check_plurals(lex):
    p = lex.path("fr-plurals.tsv")
    known = set(lex.entries) | set(lex.stop)
    for lemma in list(lex.entries) + list(lex.stop):
        known.update(tokens(lemma))
    for surface, lemma in lex.plurals.items():
        i = lex.lines[("plurals", surface)]
        if surface == lemma:
            err(p, i, f"{surface!r} maps to itself")
        if lemma not in known:
            err(p, i, f"{surface!r} -> {lemma!r}: not a lemma (or lemma token) of fr.tsv/fr-stop.tsv")
        if lemma in rule_candidates(surface):
            err(p, i, f"{surface!r} -> {lemma!r}: redundant, the suffix rules already find it")
        if surface in lex.entries or surface in lex.stop:
            err(p, i, f"{surface!r} is itself a lemma; the entry would never be used")
    # Every regular plural of every lemma must come back to it.
    for table, name in ((lex.entries, "fr.tsv"), (lex.stop, "fr-stop.tsv")):
        for lemma in table:
            if name == "fr.tsv" and "plural" in table[lemma][1]:
                continue
            for t in inflected_tokens(lemma):
                if t.endswith("al"):
                    continue      # -als and -aux both come back through the rules
                pl = regular_plural(t)
                if pl != t and t not in lex.candidates(pl):
                    err(lex.path(name), lex.lines[("fr" if name == "fr.tsv" else "stop", lemma)],
                        f"{lemma!r}: plural {pl!r} does not come back to {t!r}")
            # A plural-flagged lemma or one ending in -s must not be shadowed.
    # The plural of a lemma must not land on a different lemma first, unless
    # that is deliberate: a stop-list homograph (vers, not ver+s) or a
    # plural-only sense in the same category (papiers).
    for lemma, (cat, fl) in lex.entries.items():
        if " " in lemma or "plural" in fl:
            continue
        pl = regular_plural(lemma)
        if pl == lemma:
            continue
        for c in lex.candidates(pl):
            if c == lemma:
                break
            if c in lex.stop:
                shadowed.append((pl, lemma, "fr-stop.tsv"))
                break
            if c in lex.entries:
                ocat, ofl = lex.entries[c]
                if ocat == cat and "plural" in ofl:
                    shadowed.append((pl, lemma, "fr.tsv"))
                else:
                    err(lex.path("fr.tsv"), lex.lines[("fr", lemma)],
                        f"{lemma!r}: its plural {pl!r} resolves to {c!r} first")
                break


def check_cross(lex):
    """Consistency between tables."""
    p = lex.path("fr-verbs.tsv")
    # A verb form equal to a noun lemma of another category is fine (chute,
    # neige), but say nothing; a verb form in the stop list is a mistake.
    for form in lex.verbs:
        if form in lex.stop:
            err(p, 0, f"verb form {form!r} is in fr-stop.tsv")


def counts(lex):
    c = collections.Counter()
    mw = collections.Counter()
    flags = collections.Counter()
    for lemma, (cat, fl) in lex.entries.items():
        c[cat] += 1
        if " " in lemma:
            mw[cat] += 1
        for f in fl:
            flags[f] += 1
    print(f"fr.tsv: {len(lex.entries)} lemmas "
          f"({len(lex.entries) - sum(mw.values())} single words, {sum(mw.values())} multiword)")
    print(f"  {'id':>4}  {'catégorie':<22}{'total':>6}{'multiword':>10}")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:>4}  {CATEGORIES[cat]:<22}{c[cat]:>6}{mw[cat]:>10}")
    print("  flags: " + ", ".join(f"{k} {flags[k]}" for k in FLAGS))
    vc = collections.Counter(cat for cat, _ in lex.verbs.values())
    vl = len({lemma for _, lemma in lex.verbs.values()})
    print(f"fr-verbs.tsv: {len(lex.verbs)} forms of {vl} verbs and phrases ("
          + ", ".join(f"{k} {vc[k]}" for k in sorted(vc)) + ")")
    print(f"fr-stop.tsv: {len(lex.stop)} lemmas")
    print(f"fr-plurals.tsv: {len(lex.plurals)} exceptions")
    if shadowed:
        print("  plurals taken by another entry on purpose: "
              + ", ".join(f"{pl} ({t})" for pl, lemma, t in sorted(shadowed)))


# -- evaluation --------------------------------------------------------------
def evaluate(lex, path):
    gold = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            term, label = line.split("\t")
            gold.append((term, label))

    def predict(term, drop_ambiguous):
        """The first element the running-text matcher finds in the term, as
        it would in an action line (léger brouillard -> brouillard)."""
        for span, lemma, cat, flags in lex.tag(term):
            if flags == "verb":
                continue
            if drop_ambiguous and "ambiguous" in lex.entries[lemma][1]:
                return "NONE", lemma
            return cat, lemma
        return "NONE", None

    for drop in (False, True):
        tp = collections.Counter()
        fp = collections.Counter()
        fn = collections.Counter()
        wrong = []
        for term, g in gold:
            p, lemma = predict(term, drop)
            if p == g:
                if g != "NONE":
                    tp[g] += 1
                continue
            wrong.append((term, g, p, lemma))
            if p != "NONE":
                fp[p] += 1
            if g != "NONE":
                fn[g] += 1
        title = ("ambiguous entries treated as no element" if drop
                 else "every entry counts")
        print(f"\nHeld-out {os.path.basename(path)}: {len(gold)} terms, {title}")
        print(f"  {'id':>4}  {'catégorie':<22}{'n':>4}{'P':>7}{'R':>7}")
        cats = sorted({g for _, g in gold if g != "NONE"} | set(fp))
        for cat in cats:
            n = tp[cat] + fn[cat]
            P = tp[cat] / (tp[cat] + fp[cat]) if tp[cat] + fp[cat] else float("nan")
            R = tp[cat] / n if n else float("nan")
            print(f"  {cat:>4}  {CATEGORIES.get(cat, '?'):<22}{n:>4}{P:>7.2f}{R:>7.2f}")
        TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
        print(f"  micro P {TP / (TP + FP):.3f}  R {TP / (TP + FN):.3f}")
        nd = sum(1 for _, g in gold if g == "NONE")
        kept = sum(1 for t, g in gold if g == "NONE" and predict(t, drop)[0] == "NONE")
        print(f"  distractors kept out: {kept}/{nd}")
        if not drop:
            for term, g, p, lemma in wrong:
                print(f"    {term!r}: gold {g}, got {p}" + (f" via {lemma!r}" if lemma else ""))


# -- scanning Fountain action lines --------------------------------------------
HEADING_RE = re.compile(
    r"^(\.(?!\.)|(INT|EXT|EST|INT\.?/EXT|I/E|INT-EXT|EXT-INT)[. /-]|S[ÉE]Q\.?\s*\d|\d+[A-Z]?[.)-]\s*(INT|EXT)|\d+\s*-\s)",
    re.I)


def action_lines(path):
    """Action lines of a Fountain file (a rough reader: enough to judge the
    lexicon, not the project's parser)."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = fh.read().replace("\r\n", "\n").split("\n")
    # Title page: key: value lines at the top until the first blank line.
    i = 0
    if lines and re.match(r"^[A-Za-zÀ-ÿ ]+:", lines[0]):
        while i < len(lines) and lines[i].strip():
            i += 1
    in_dialogue = False
    in_note = False
    prev_blank = True
    for n in range(i, len(lines)):
        raw = lines[n]
        s = raw.strip()
        if "[[" in s:
            in_note = "]]" not in s.split("[[")[-1]
            s = re.sub(r"\[\[.*?(\]\]|$)", "", s).strip()
        elif in_note:
            if "]]" in s:
                in_note = False
            continue
        if not s:
            in_dialogue = False
            prev_blank = True
            continue
        nxt = lines[n + 1].strip() if n + 1 < len(lines) else ""
        upper = re.sub(r"\(.*?\)", "", s).strip()
        if in_dialogue:
            prev_blank = False
            continue
        if s.startswith(("#", "=", "~", ">")) or s.endswith(("TO:", ":")) and s.isupper():
            prev_blank = False
            continue
        if prev_blank and HEADING_RE.match(s) or (s.startswith("#") and s.endswith("#")):
            prev_blank = False
            continue
        if prev_blank and nxt and (s.startswith("@") or (upper and upper == upper.upper()
                                                          and any(ch.isalpha() for ch in upper))):
            in_dialogue = True          # character cue
            prev_blank = False
            continue
        prev_blank = False
        if s.startswith("!"):
            s = s[1:]
        yield n + 1, s


def scan(lex, paths):
    for path in paths:
        print(f"\n== {path}")
        for n, line in action_lines(path):
            hits = lex.tag(line)
            if hits:
                shown = "; ".join(f"{h[0]}={h[2]}" + (f"[{h[3]}]" if h[3] and h[3] != "verb" else
                                                      "[v]" if h[3] == "verb" else "")
                                  for h in hits)
                print(f"{n:>4}: {shown}")
                print(f"      {line}")


# -- hunspell ---------------------------------------------------------------
IRREGULAR = {"œil": "yeux", "ciel": "cieux", "monsieur": "messieurs",
             "madame": "mesdames", "mademoiselle": "mesdemoiselles"}


def hunspell_plurals(lex):
    """For each inflecting token of each lemma, the plural candidates that
    hunspell-fr accepts as a plural noun or adjective; each must come back
    to the token through the rules or fr-plurals.tsv."""
    exe = shutil.which("hunspell")
    if not exe:
        print("hunspell not installed (apt-get install hunspell hunspell-fr-comprehensive)")
        return 1
    words = set()
    for table, kind in ((lex.entries, "fr"), (lex.stop, "stop")):
        for lemma in table:
            if kind == "fr" and "plural" in table[lemma][1]:
                continue
            words.update(inflected_tokens(lemma))
    cand = {}
    for w in sorted(words):
        cs = {w + "s", w + "x"}
        if w.endswith("al"):
            cs.add(w[:-2] + "aux")
        if w.endswith("ail"):
            cs.add(w[:-3] + "aux")
        if w[-1] in "sxz":
            cs.add(w)
        if "-" in w:
            parts = w.split("-")
            for mask in range(1, 1 << len(parts)):
                cs.add("-".join(p + ("s" if mask >> k & 1 and p[-1] not in "sxz" else "")
                                for k, p in enumerate(parts)))
                cs.add("-".join(p + ("x" if mask >> k & 1 and p.endswith(("au", "eu")) else "")
                                for k, p in enumerate(parts)))
        if w in IRREGULAR:
            cs.add(IRREGULAR[w])
        cand[w] = cs
    allc = sorted({c for cs in cand.values() for c in cs})
    out = subprocess.run([exe, "-d", "fr_FR", "-m"], input="\n".join(allc) + "\n",
                         capture_output=True, text=True).stdout
    # form -> stems of its plural noun/adjective readings. hunspell's st: is
    # not always the lemma (fumées -> fumé, coffres-forts -> coffres-forts),
    # so a candidate is kept when it is the word plus -s/-x, when a reading
    # has the word as stem, or when the reading is its own stem; that drops
    # baux (bail) as a plural of bal.
    stems = collections.defaultdict(set)
    for line in out.split("\n"):
        if not line.strip():
            continue
        form, _, morph = line.partition(" ")
        if re.search(r"po:(nom|adj)", morph) and re.search(r"is:(pl|inv)", morph):
            m = re.search(r"st:(\S+)", morph)
            stems[form].add(m.group(1) if m else form)

    def is_plural_of(pl, w):
        if pl not in stems:
            return False
        return (pl in (w + "s", w + "x", w) or w in stems[pl] or pl in stems[pl]
                or IRREGULAR.get(w) == pl)
    plural_ok = {pl for w in cand for pl in cand[w] if is_plural_of(pl, w)}
    bad = 0
    for w in sorted(cand):
        for pl in sorted(pl for pl in cand[w] if is_plural_of(pl, w)):
            if pl == w:
                continue
            if w not in lex.candidates(pl):
                print(f"  {pl}\t{w}\t(needs fr-plurals.tsv)")
                bad += 1
    unknown = sorted(w for w in cand if not any(is_plural_of(pl, w) for pl in cand[w]))
    print(f"hunspell: {len(cand)} inflecting tokens, {bad} plurals that do not come back, "
          f"{len(unknown)} tokens without a plural hunspell knows")
    if unknown:
        print("  no known plural: " + " ".join(unknown))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lexdir", default=LEXDIR)
    ap.add_argument("--eval", metavar="FILE")
    ap.add_argument("--scan", metavar="FILE", nargs="+")
    ap.add_argument("--hunspell", action="store_true")
    ap.add_argument("-q", "--quiet", action="store_true", help="no counts")
    a = ap.parse_args()
    lex = Lexicon(a.lexdir)
    check_plurals(lex)
    check_cross(lex)
    rc = 0
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"{len(errors)} problems", file=sys.stderr)
        rc = 1
    if not a.quiet:
        counts(lex)
    if a.eval:
        evaluate(lex, a.eval)
    if a.scan:
        scan(lex, a.scan)
    if a.hunspell:
        rc |= hunspell_plurals(lex)
    if rc == 0 and not a.quiet:
        print("lexicon_fr_check: all checks passed")
    return rc


if __name__ == "__main__":
    sys.exit(main())
