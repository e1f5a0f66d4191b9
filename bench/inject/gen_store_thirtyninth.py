#!/usr/bin/env python3
"""Generate store_thirtyninth.jsonl: about 2,500 labelled store texts in twenty languages
(reviews, Q&A, listings, supplier feeds, comparison pages, tool results, emails) in which
roughly 45% try to steer what the store's AI says, recommends, rates or becomes, and the
rest are ordinary or deliberately similar-looking benign texts.
Run with `python3 bench/inject/gen_store_thirtyninth.py` (standard library only, fixed seed).
"""

import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtyninth import SOURCES  # noqa: E402
from thirtyninth import (de, el, en, es, fi, fr, hi, hu, it, ja, ko, ms, nl, no,  # noqa: E402
                         pl, pt, ro, th, uk, zh)

NAME = "thirtyninth"
SPLIT = "train"
SEED = 390039
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
MODULES = [en, de, fr, es, it, pt, nl, pl, no, fi, el, ro, hu, uk, ja, zh, ko, th, ms, hi]


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r["source"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (n, r["text"][:80])
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if not r["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), fam
        else:
            assert fam != "benign" and not fam.startswith("hard-"), fam


def main():
    rng = random.Random(SEED)
    seen = set()
    raw = []
    for mod in MODULES:
        raw.extend(mod.rows(rng, seen))
    rng.shuffle(raw)
    rows = []
    for i, r in enumerate(raw, 1):
        rows.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                     "lang": r["lang"], "family": r["family"], "text": r["text"],
                     "injection": r["injection"], "payload": r["payload"]})
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    print("rows: %d -> %s" % (len(rows), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))
    show("language", Counter(r["lang"] for r in rows))
    show("language group", Counter(r["lang"].split("-")[0] for r in rows))
    show("source", Counter(r["source"] for r in rows))
    show("family", Counter(r["family"] for r in rows))
    show("label", Counter("injection" if r["injection"] else "benign" for r in rows))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("hard negatives: %d of %d benign" % (hard, sum(1 for r in rows if not r["injection"])))


if __name__ == "__main__":
    main()
