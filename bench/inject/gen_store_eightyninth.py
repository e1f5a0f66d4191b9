#!/usr/bin/env python3
"""Builds store_eightyninth.jsonl: 2,500 labelled store texts (reviews, tickets,
emails, supplier feeds, web pages, tool results) in 13 languages, where about 45%
carry orders aimed at whatever system reads, summarises or acts on the text
without naming an AI, and most benign rows are hard negatives aimed at people.
Run with `python3 bench/inject/gen_store_eightyninth.py` (standard library only,
fixed seed, byte-identical output on every run).
"""

import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eightyninth import common  # noqa: E402
from eightyninth import (de, en, es, fr, it, ja, ko, nl, pl, pt_br, ru,  # noqa: E402
                         tr, zh)

NAME = "eightyninth"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
MODULES = [en, de, fr, es, it, pt_br, nl, pl, ru, tr, ja, zh, ko]


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert tuple(r.keys()) == common.KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in common.SOURCES, r["source"]
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower()
        if r["injection"]:
            assert not r["family"].startswith(("hard-", "benign")), r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]


def main():
    rows = []
    for mod in MODULES:
        common.check_pools(mod)
        rows.extend(common.build(mod))
    random.Random(8989).shuffle(rows)
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
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    show("lang:", collections.Counter(r["lang"] for r in out))
    show("source:", collections.Counter(r["source"] for r in out))
    show("family:", collections.Counter(r["family"] for r in out))
    inj = sum(r["injection"] for r in out)
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("label: injection=%d benign=%d (hard negatives %d = %.0f%% of benign) total=%d"
          % (inj, len(out) - inj, hard, 100.0 * hard / max(1, len(out) - inj), len(out)))


if __name__ == "__main__":
    main()
