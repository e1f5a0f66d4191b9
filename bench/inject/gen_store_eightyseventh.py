"""Labelled injection corpus "eightyseventh": about 2,500 open-web pages a shopping or research
agent might fetch (product pages, listings, best-of articles, coupon sites, forum threads, FAQs,
price trackers, video pages, feeds, search-tool results) in fifteen languages, about 40% carrying
instructions aimed at the agent and the rest benign, most of them hard negatives.
Run `python3 bench/inject/gen_store_eightyseventh.py` to write bench/inject/store_eightyseventh.jsonl
(deterministic, standard library only) and print counts per language, source, family and label.
"""
import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from eightyseventh import common  # noqa: E402
from eightyseventh import (en, de, fr, es, it, pt_br, pt_pt, nl, pl, sv, cs, ru, tr,  # noqa: E402
                           ja, zh, ko)

NAME = "eightyseventh"
SPLIT = "train"
SEED = 87087
MODULES = [en, de, fr, es, it, pt_br, pt_pt, nl, pl, sv, cs, ru, tr, ja, zh, ko]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_%s.jsonl" % NAME)


def main():
    rows = []
    shortfall = {}
    for i, mod in enumerate(MODULES):
        got, short = common.build_language(mod, SEED * 100 + i, SPLIT)
        rows.extend(got)
        if any(short.values()):
            shortfall[mod.LANG] = short
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        r = dict(r)
        r["id"] = "%s-%05d" % (NAME, i)
        out.append({k: r[k] for k in common.KEYS})
    errors = common.validate(out, ignore=common.ui_strings(MODULES))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("== %s" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-32s %5d" % (k, v))

    show("language", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    ben = [r for r in out if not r["injection"]]
    hard = sum(1 for r in ben if r["family"].startswith("hard-"))
    print("total %d, hard negatives %d of %d benign (%.0f%%)" % (len(out), hard, len(ben), 100.0 * hard / max(1, len(ben))))
    if shortfall:
        print("rows not built (pools exhausted):", json.dumps(shortfall, sort_keys=True))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation ok ->", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
