#!/usr/bin/env python3
"""Sixtieth Storewall injection corpus: 2,500 shop texts (reviews, tickets, feeds, emails, web pages,
tool results) in 22 languages, about 55% of them instructions aimed at the store's AI (summary and ranking
manipulation, memory poisoning, authority claims, leaks, persona switches, tool calls) and the rest benign,
mostly hard negatives using the same words towards people. Run: python3 bench/inject/gen_store_sixtieth.py
"""
import collections
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtieth import load  # noqa: E402
from sixtieth.common import Builder, SOURCES  # noqa: E402

NAME = "sixtieth"
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def validate(rows):
    ids, texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert re.fullmatch(NAME + r"-\d{5}", r["id"]) and r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (n, r["text"])
        assert r["split"] == "train" and r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        assert fam_re.match(r["family"]), r["family"]
        assert r["injection"] or r["family"] == "benign" or r["family"].startswith("hard-"), r
        assert not r["injection"] or not r["family"].startswith("hard-"), r


def main():
    rows = []
    for mod in load():
        rows.extend(Builder(mod).build())
    random.Random(60060).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", **r})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to {os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))}")
    for key in ("lang", "source", "family"):
        c = collections.Counter(r[key] for r in out)
        print(f"\nper {key}:")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:28s} {v}")
    inj = sum(r["injection"] for r in out)
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print(f"\nlabels: injection={inj} benign={len(out) - inj} (hard negatives {hard})")


if __name__ == "__main__":
    main()
