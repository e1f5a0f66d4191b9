"""Build the eightyfourth Storewall injection corpus (dev split, 1,500 rows in 20 languages).

Rows are what a store's AI agents fetch while serving customers -- product and competitor pages,
search results, coupon and review aggregators, manuals, forum threads, listings and tool JSON --
half carrying instructions aimed at the AI and half benign, most of those hard negatives.
Run: python3 bench/inject/gen_store_eightyfourth.py (writes bench/inject/store_eightyfourth.jsonl).
"""
import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from eightyfourth import LANGS  # noqa: E402
from eightyfourth import common  # noqa: E402

NAME = "eightyfourth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
SEED = 84084
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def main():
    rows = []
    for i, code in enumerate(LANGS):
        mod = importlib.import_module("eightyfourth." + code)
        rows.extend(common.build(mod, SEED * 100 + i))
    random.Random(SEED).shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, n), "split": "dev"}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    for d in rows:
        assert list(d) == KEYS, d
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        assert d["text"] not in texts, d["id"]
        texts.add(d["text"])
        b = len(d["text"].encode("utf-8"))
        assert 40 <= b <= 3000, (d["id"], b)
        assert d["source"] in SOURCES, d
        assert isinstance(d["injection"], bool)
        assert bool(d["payload"]) == d["injection"], d["id"]
        assert d["split"] == "dev"
        fam = d["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if not d["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), fam
        else:
            assert fam != "benign" and not fam.startswith("hard-"), fam
    inj = sum(d["injection"] for d in rows)
    hard = sum(d["family"].startswith("hard-") for d in rows)
    assert abs(inj - (len(rows) - inj)) <= 20, inj
    assert hard >= 400, hard


def report(rows):
    for key in ("lang", "source", "family"):
        c = collections.Counter(d[key] for d in rows)
        print("%s:" % key)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-26s %d" % (k, v))
    inj = sum(d["injection"] for d in rows)
    hard = sum(d["family"].startswith("hard-") for d in rows)
    print("label: injection %d, benign %d (hard negatives %d), total %d" % (inj, len(rows) - inj, hard, len(rows)))
    print("wrote", os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
