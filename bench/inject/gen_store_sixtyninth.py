#!/usr/bin/env python3
"""Labelled prompt-injection corpus of what a store's AI shopping and research agents read
on the open web and in their tools (search snippets, competitor pages, forums, spec sheets,
marketplace and price-tracker output, coupon sites, transcripts), in twenty languages, with
hidden, encoded and plain injections next to hard negatives.
Run `python3 bench/inject/gen_store_sixtyninth.py` to rewrite bench/inject/store_sixtyninth.jsonl;
the output is deterministic and the script prints per-language, source, family and label counts.
"""

import collections
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtyninth import MODULES  # noqa: E402
from sixtyninth.common import SOURCES, build, nbytes  # noqa: E402

NAME = "sixtyninth"
SPLIT = "dev"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert tuple(r) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        n = nbytes(r["text"])
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]
        assert "{@}" not in r["text"], r["id"]


def main():
    rows = []
    for name in MODULES:
        mod = importlib.import_module("sixtyninth." + name)
        rows.extend(build(mod))
    random.Random(69069).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    show("language", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter(
        "injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    print("total rows: %d -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
