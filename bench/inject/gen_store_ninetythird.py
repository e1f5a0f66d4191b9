#!/usr/bin/env python3
"""Evaluation corpus "ninetythird": 1,500 labelled texts that five online stores (pet supplies,
skincare, car parts and tyres, grocery delivery, game keys and gift cards) might hand to their AI,
in 21 languages, half carrying instructions aimed at the AI and half benign, most of those hard
negatives. Run `python3 bench/inject/gen_store_ninetythird.py` to write store_ninetythird.jsonl
next to this script; output is deterministic and the script checks it before writing.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from ninetythird import common  # noqa: E402
from ninetythird import (ar, cs, da, de, en, es, fi, fr, hi, it, ja, ko, nl, pl, pt,  # noqa: E402
                         ru, sv, th, tr, uk, zh)

NAME = "ninetythird"
SPLIT = "test"
SEED = 93_0093
MODULES = [en, de, fr, es, it, pt, nl, pl, sv, da, fi, cs, ru, uk, tr, ar, hi, ja, zh, ko, th]


def main():
    rows = []
    for mod in MODULES:
        rng = random.Random("%d-%s" % (SEED, mod.LANG))
        got = common.build(mod, rng)
        assert len(got) == mod.COUNT, (mod.LANG, len(got))
        rows.extend(got)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    common.validate(out)
    path = os.path.join(HERE, "store_%s.jsonl" % NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %5d" % (k, v))

    show("rows per language:", collections.Counter(r["lang"] for r in out))
    show("rows per source:", collections.Counter(r["source"] for r in out))
    show("rows per family:", collections.Counter(r["family"] for r in out))
    show("rows per label:", collections.Counter(
        "injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    print("total: %d -> %s" % (len(out), os.path.relpath(path)))


if __name__ == "__main__":
    main()
