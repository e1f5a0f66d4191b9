#!/usr/bin/env python3
"""Builds bench/inject/store_thirtyfourth.jsonl: 1,500 labelled texts of store traffic (reviews, Q&A,
tickets, supplier feeds, emails, fetched web pages and tool results) in 22 languages, half of them carrying
instructions aimed at the store's AI and half benign, most of those hard negatives. Run it with
`python3 bench/inject/gen_store_thirtyfourth.py`; it is deterministic and uses only the standard library.
"""

import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtyfourth import LANGUAGE_MODULES  # noqa: E402
from thirtyfourth.engine import SOURCES, build_language  # noqa: E402

NAME = "thirtyfourth"
SPLIT = "dev"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")


def main():
    seen = set()
    rows = []
    for name in LANGUAGE_MODULES:
        mod = importlib.import_module("thirtyfourth." + name)
        rng = random.Random("%s-%s" % (NAME, name))
        inj, ben = build_language(mod.ITEMS, mod.TARGET, rng, seen)
        if len(inj) + len(ben) != mod.TARGET:
            print("warning: %s produced %d inj + %d benign for target %d" % (name, len(inj), len(ben), mod.TARGET))
        rows.extend(inj)
        rows.extend(ben)
    random.Random(NAME + "-shuffle").shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        row = {"id": "%s-%05d" % (NAME, n), "split": SPLIT}
        row.update(r)
        out.append({k: row[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert tuple(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"], r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
        else:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r["family"]


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %d" % (k, v))
    show("by language", collections.Counter(r["lang"] for r in rows))
    show("by source", collections.Counter(r["source"] for r in rows))
    show("by family", collections.Counter(r["family"] for r in rows))
    lab = collections.Counter("injection" if r["injection"] else "benign" for r in rows)
    show("by label", lab)
    print("hard negatives: %d" % sum(1 for r in rows if r["family"].startswith("hard-")))
    print("total rows: %d -> %s" % (len(rows), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
