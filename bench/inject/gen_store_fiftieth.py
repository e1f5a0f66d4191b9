#!/usr/bin/env python3
"""Store-text injection corpus "fiftieth": about 2,500 rows of native Swedish, Danish,
Norwegian, Finnish, Dutch, Polish, Czech, Slovak, Hungarian, Greek and Romanian shop text
(reviews, tickets, supplier feeds, emails, web pages, tool results), about 45 % of them
carrying instructions aimed at the store's AI and the rest benign, mostly hard negatives.
Run `python3 bench/inject/gen_store_fiftieth.py` to rewrite bench/inject/store_fiftieth.jsonl.
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from fiftieth import LANGS  # noqa: E402
from fiftieth import common  # noqa: E402

NAME = "fiftieth"
SPLIT = "train"
SEED = 5050
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def validate(rows):
    ids, texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for r in rows:
        assert list(r) == KEYS, r
        assert re.fullmatch(NAME + r"-\d{5}", r["id"]), r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["split"] == SPLIT
        assert r["source"] in common.SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert fam_re.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]


def main():
    rows = []
    for i, code in enumerate(LANGS):
        mod = importlib.import_module("fiftieth." + code)
        rows += common.build(mod, SEED + 101 * i)
    random.Random(SEED).shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, k), "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"],
                    "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    print("rows: %d -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))
    show("per language:", collections.Counter(r["lang"] for r in out))
    show("per source:", collections.Counter(r["source"] for r in out))
    show("per family:", collections.Counter(r["family"] for r in out))
    inj = sum(r["injection"] for r in out)
    hard = sum(r["family"].startswith("hard-") for r in out)
    print("label: injection %d, benign %d (hard negatives %d, plain %d)" % (inj, len(out) - inj, hard, len(out) - inj - hard))
    show("injections per language:", collections.Counter(r["lang"] for r in out if r["injection"]))


if __name__ == "__main__":
    main()
