#!/usr/bin/env python3
"""Build bench/inject/store_fortysixth.jsonl: 2,500 labelled store texts (reviews, tickets,
supplier feeds, emails, web pages, tool results) in eleven language variants, where the
injections are subtle and indirect (norms, processing notes, conditionals, passive voice,
steering questions) and the benign half is mostly equally indirect business text.
Run with `python3 bench/inject/gen_store_fortysixth.py`; output is deterministic.
"""

import json
import os
import random
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fortysixth import PLAN  # noqa: E402
from fortysixth.common import SOURCES, build_language  # noqa: E402

NAME = "fortysixth"
SEED = 4646
OUT = os.path.join(HERE, "store_fortysixth.jsonl")
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (n, r["text"][:80])
        assert r["split"] == "train"
        assert r["source"] in SOURCES, r["source"]
        assert re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", r["lang"]), r["lang"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        if r["injection"]:
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        assert not re.search(r"[§¤]|\{[a-z_]+\d?\}", r["text"]), r["text"]
        if r["source"] == "tool" and r["text"].lstrip().startswith(("{", "[")):
            json.loads(r["text"])


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for mod, n in PLAN:
        rows.extend(build_language(mod, rng, n, seen))
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({
            "id": "%s-%05d" % (NAME, i),
            "split": "train",
            "source": r["source"],
            "lang": r["lang"],
            "family": r["family"],
            "text": r["text"],
            "injection": r["injection"],
            "payload": r["payload"],
        })
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    print("rows: %d -> %s" % (len(out), os.path.relpath(OUT)))
    show("by lang:", Counter(r["lang"] for r in out))
    show("by source:", Counter(r["source"] for r in out))
    show("by label:", Counter("injection" if r["injection"] else "benign" for r in out))
    show("by family:", Counter(r["family"] for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("hard negatives: %d of %d benign" % (hard, sum(1 for r in out if not r["injection"])))


if __name__ == "__main__":
    main()
