#!/usr/bin/env python3
"""Validate the English lexicon TSVs in data/lexicon and print counts per category.

    tools/lexicon_check.py                 check every file, print counts
    tools/lexicon_check.py --eval FILE     also score a hand-labelled word list against en.tsv

Checks: column counts, categories, flags, byte-order sorting, duplicates, lowercase, single
spaces, no lemma both in en.tsv and en-stop.tsv, verb categories, plurals that point at a
lemma we have. Exits 1 on the first file with errors (after printing all of them).

An --eval FILE has `word<TAB>gold` lines, gold being a category (104w = a prop with the
weapon flag), NONE, or alternatives `104|114` (the first is the strict answer, any is the
lenient one). Words are looked up the way the engine does (README.md, "Lookup").
"""
import argparse
import os
import sys
from collections import Counter

CATEGORIES = {"101", "102", "103", "104", "105", "106", "107", "108", "111", "112",
              "114", "115", "117", "119"}
FLAGS = ["weapon", "mass", "plural", "ambiguous"]
VERB_CATEGORIES = {"102", "105", "111", "112"}
NAMES = {"101": "Background Actors", "102": "Stunts", "103": "Vehicles", "104": "Props",
         "105": "Special Effects", "106": "Wardrobe", "107": "Makeup/Hair", "108": "Animals",
         "111": "Music", "112": "Sound", "114": "Set Dressing", "115": "Greenery",
         "117": "Special Equipment", "119": "Visual Effects"}
SUFFIX_RULES = (("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
                ("shes", "sh"), ("men", "man"), ("s", ""))

errors = []


def err(path, lineno, msg):
    errors.append("%s:%d: %s" % (os.path.basename(path), lineno, msg))


def rows(path):
    """(lineno, fields) for every line that is not a comment or blank."""
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.endswith("\r"):
                err(path, i, "CRLF line ending")
                line = line[:-1]
            if not line or line.startswith("#"):
                continue
            yield i, line.split("\t")


def check_key(path, i, key, what="lemma"):
    if key != key.strip() or "  " in key or not key:
        err(path, i, "%s %r: stray or double spaces" % (what, key))
    if key != key.lower():
        err(path, i, "%s %r is not lowercase" % (what, key))
    if "_" in key:
        err(path, i, "%s %r has an underscore (use a space)" % (what, key))


def check_sorted_unique(path, keys):
    seen = set()
    prev = None
    for i, k in keys:
        if k in seen:
            err(path, i, "duplicate %r" % k)
        seen.add(k)
        if prev is not None and k.encode() < prev.encode():
            err(path, i, "not sorted: %r after %r" % (k, prev))
        prev = k


def load_lexicon(path):
    table = {}
    keys = []
    for i, f in rows(path):
        if len(f) != 3:
            err(path, i, "expected 3 columns (lemma, category, flags), got %d" % len(f))
            continue
        lemma, cat, flags = f
        check_key(path, i, lemma)
        if cat not in CATEGORIES:
            err(path, i, "unknown category %r" % cat)
        fl = [x for x in flags.split(",") if x] if flags else []
        for x in fl:
            if x not in FLAGS:
                err(path, i, "unknown flag %r" % x)
        if fl != sorted(fl, key=lambda x: FLAGS.index(x) if x in FLAGS else 99) or len(set(fl)) != len(fl):
            err(path, i, "flags must be unique and in the order %s" % ",".join(FLAGS))
        if "weapon" in fl and cat != "104":
            err(path, i, "weapon flag outside 104 Props")
        keys.append((i, lemma))
        table[lemma] = (cat, set(fl))
    check_sorted_unique(path, keys)
    return table


def load_stop(path):
    stop = set()
    keys = []
    for i, f in rows(path):
        if len(f) > 2:
            err(path, i, "expected lemma[<TAB>reason]")
        check_key(path, i, f[0])
        keys.append((i, f[0]))
        stop.add(f[0])
    check_sorted_unique(path, keys)
    return stop


def load_verbs(path):
    verbs = {}
    keys = []
    for i, f in rows(path):
        if len(f) != 3:
            err(path, i, "expected 3 columns (form, category, lemma), got %d" % len(f))
            continue
        form, cat, lemma = f
        check_key(path, i, form, "form")
        check_key(path, i, lemma)
        if cat not in VERB_CATEGORIES:
            err(path, i, "verb category must be 102, 105, 111 or 112, not %r" % cat)
        keys.append((i, form))
        verbs[form] = cat
    check_sorted_unique(path, keys)
    return verbs


def load_plurals(path, known):
    plurals = {}
    keys = []
    for i, f in rows(path):
        if len(f) != 2:
            err(path, i, "expected 2 columns (plural, lemma)")
            continue
        pl, lemma = f
        check_key(path, i, pl, "plural")
        check_key(path, i, lemma)
        if pl == lemma:
            err(path, i, "plural equals lemma")
        if lemma not in known:
            err(path, i, "lemma %r is in neither en.tsv nor en-stop.tsv (nor ends one)" % lemma)
        keys.append((i, pl))
        plurals[pl] = lemma
    check_sorted_unique(path, keys)
    return plurals


def check_wordnet(path):
    n = 0
    for i, f in rows(path):
        n += 1
        if len(f) != 9:
            err(path, i, "expected 9 columns, got %d" % len(f))
            continue
        if f[1] not in CATEGORIES:
            err(path, i, "unknown category %r" % f[1])
    return n


def candidates(phrase, plurals):
    """The forms the engine tries, in order: surface, irregular plural, suffix rules."""
    yield phrase
    pre, _, last = phrase.rpartition(" ")
    pre = pre + " " if pre else ""
    if last in plurals:
        yield pre + plurals[last]
    for suf, rep in SUFFIX_RULES:
        if last.endswith(suf) and len(last) > len(suf) + 1:
            yield pre + last[: -len(suf)] + rep


def lookup(word, table, stop, plurals):
    if word in stop:
        return None
    for c in candidates(word, plurals):
        if c in stop:
            return None
        if c in table:
            return c
    return None


def evaluate(path, table, stop, plurals):
    gold_n, pred_n, tp, tp_len = Counter(), Counter(), Counter(), Counter()
    misses = []
    for _, f in rows(path):
        word, gold = f[0], f[1].split("|")
        hit = lookup(word, table, stop, plurals)
        if hit:
            cat, fl = table[hit]
            pred = "104w" if "weapon" in fl else cat
        else:
            pred = "NONE"
        gold_n[gold[0]] += 1
        pred_n[pred] += 1
        if pred == gold[0]:
            tp[pred] += 1
        if pred in gold:
            tp_len[pred] += 1
        if pred != gold[0]:
            misses.append("  %-20s gold %-9s got %s" % (word, "|".join(gold), pred))
    print("\n%s: %d words" % (os.path.basename(path), sum(gold_n.values())))
    print("  cat    gold  pred   P     R     P(lenient)")

    def ratio(a, b):
        return "%.2f" % (a / b) if b else "  - "

    for c in sorted(set(gold_n) | set(pred_n)):
        print("  %-5s %5d %5d  %s  %s  %s" % (c, gold_n[c], pred_n[c], ratio(tp[c], pred_n[c]),
                                             ratio(tp[c], gold_n[c]), ratio(tp_len[c], pred_n[c])))
    el = [c for c in set(gold_n) | set(pred_n) if c != "NONE"]
    t = sum(tp[c] for c in el)
    tl = sum(tp_len[c] for c in el)
    p = sum(pred_n[c] for c in el)
    g = sum(gold_n[c] for c in el)
    print("  micro over elements: P %s R %s (lenient P %s); distractors kept out %d/%d"
          % (ratio(t, p), ratio(t, g), ratio(tl, p), tp["NONE"], gold_n["NONE"]))
    for m in misses:
        print(m)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "..", "data", "lexicon"))
    ap.add_argument("--eval", action="append", default=[], metavar="FILE")
    args = ap.parse_args()
    d = args.dir
    table = load_lexicon(os.path.join(d, "en.tsv"))
    stop = load_stop(os.path.join(d, "en-stop.tsv"))
    for lemma in sorted(set(table) & stop):
        errors.append("en.tsv/en-stop.tsv: %r is in both" % lemma)
    verbs = load_verbs(os.path.join(d, "en-verbs.tsv"))
    known = set(table) | stop | {k.rsplit(" ", 1)[-1] for k in table}
    plurals = load_plurals(os.path.join(d, "en-plurals.tsv"), known)
    wn_path = os.path.join(d, "en-wordnet.tsv")
    wn_rows = check_wordnet(wn_path) if os.path.exists(wn_path) else 0
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print("lexicon_check: %d error(s)" % len(errors), file=sys.stderr)
        return 1

    wn = {}
    if os.path.exists(wn_path):
        for _, f in rows(wn_path):
            wn[f[0]] = f[1]
    cats = Counter(c for c, _ in table.values())
    flags = Counter(x for _, fl in table.values() for x in fl)
    multi = sum(1 for k in table if " " in k)
    from_wn = sum(1 for k, (c, _) in table.items() if wn.get(k) == c)
    print("en.tsv: %d lemmas (%d single words, %d multiword); %d agree with the WordNet table"
          % (len(table), len(table) - multi, multi, from_wn))
    for c in sorted(cats):
        print("  %s %-18s %5d" % (c, NAMES[c], cats[c]))
    print("  flags: " + ", ".join("%s %d" % (x, flags[x]) for x in FLAGS))
    vc = Counter(verbs.values())
    print("en-verbs.tsv: %d forms (%s)" % (len(verbs), ", ".join("%s %d" % kv for kv in sorted(vc.items()))))
    print("en-stop.tsv: %d lemmas; en-plurals.tsv: %d plurals; en-wordnet.tsv: %d rows"
          % (len(stop), len(plurals), wn_rows))
    for path in args.eval:
        evaluate(path, table, stop, plurals)
    print("lexicon_check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
