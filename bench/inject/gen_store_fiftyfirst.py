#!/usr/bin/env python3
"""Storewall injection-classifier evaluation set "fiftyfirst" (split dev).

About 1,500 labelled rows of store traffic (reviews, tickets, feeds, emails,
web pages, tool results) from furniture, fashion resale, car/moto parts,
tours and software-subscription shops, in 19 languages: half contain
instructions aimed at the store's AI (plain, hidden, encoded), half are
benign, most of those hard negatives.  Run: python3 bench/inject/gen_store_fiftyfirst.py
"""

import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fiftyfirst import MODULES  # noqa: E402
from fiftyfirst.common import SOURCES, build_language  # noqa: E402

NAME = "fiftyfirst"
SPLIT = "dev"
SEED = 5151
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        else:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r


def main():
    rows = []
    for name in MODULES:
        mod = importlib.import_module("fiftyfirst." + name)
        rows.extend(build_language(mod, SEED))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    show("lang", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    print("total rows: %d -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))


if __name__ == "__main__":
    main()
