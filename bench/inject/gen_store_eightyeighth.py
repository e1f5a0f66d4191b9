#!/usr/bin/env python3
"""Writes bench/inject/store_eightyeighth.jsonl: a multilingual training corpus for the
store injection classifier that pits text ABOUT attacks (security notices, phishing
alerts, staff trainings, post-mortems, moderation notes that quote attacker wording)
against real instructions to the store's AI hidden inside the same frames, plus plain
reviews, tickets, feeds, emails, pages and tool results.  Run it with
`python3 bench/inject/gen_store_eightyeighth.py`; output is deterministic.
"""

import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eightyeighth import LANG_MODULES  # noqa: E402
from eightyeighth.common import build_language  # noqa: E402

NAME = "eightyeighth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
SEED = 880088
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r
        assert r["split"] == "train"
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r


def main():
    rows = []
    for i, name in enumerate(LANG_MODULES):
        mod = importlib.import_module("eightyeighth." + name)
        rows.extend(build_language(mod, SEED * 100 + i))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "%s-%05d" % (NAME, i)}
        row.update(r)
        out.append({k: row[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title + ":")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    show("lang", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("hard negatives: %d of %d benign" % (hard, sum(1 for r in out if not r["injection"])))
    print("total rows: %d -> %s" % (len(out), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
