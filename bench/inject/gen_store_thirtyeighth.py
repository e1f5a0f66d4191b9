#!/usr/bin/env python3
"""Writes store_thirtyeighth.jsonl: 2,500 labelled store texts in 19 languages (reviews,
tickets, supplier feeds, emails, web pages, tool results) where injections address an
unnamed automated reader ("processing note", "routing rule", handling fields, orders only
a machine acting on the text could carry out) and hard negatives use the same addressing
but speak plainly to people.  Run: python3 bench/inject/gen_store_thirtyeighth.py
"""

import importlib
import json
import os
import random
import re
import sys
import zlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtyeighth import LANG_MODULES  # noqa: E402
from thirtyeighth.engine import build_language, SRC  # noqa: E402

NAME = "thirtyeighth"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAMILY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


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
        assert r["split"] == SPLIT
        assert r["source"] in SRC.values(), r["source"]
        assert FAMILY.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]


def main():
    rows = []
    stats = []
    for mod_name in LANG_MODULES:
        mod = importlib.import_module("thirtyeighth." + mod_name)
        rng = random.Random(zlib.crc32(("%s/%s" % (NAME, mod_name)).encode()))
        got, st = build_language(rng, mod.POOLS)
        if st["inj"] != mod.POOLS["n_inj"] or st["inj"] + st["benign"] != mod.POOLS["target"]:
            print("WARNING short %s: %s" % (mod_name, st), file=sys.stderr)
        rows.extend(got)
        stats.append(st)
    random.Random(38038).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({
            "id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"], "lang": r["lang"],
            "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"],
        })
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    inj = sum(r["injection"] for r in out)
    hard = sum(r["family"].startswith("hard-") for r in out)
    print("rows %d  injections %d  benign %d  hard negatives %d" % (len(out), inj, len(out) - inj, hard))
    show("language", Counter(r["lang"] for r in out))
    show("language group", Counter(r["lang"].split("-")[0] for r in out))
    show("source", Counter(r["source"] for r in out))
    show("family", Counter(r["family"] for r in out))
    show("label", Counter("injection" if r["injection"] else "benign" for r in out))
    print("pool reuse (max uses of one carrier / directive / note):")
    for st in stats:
        print("  %-6s carrier %d  directive %d  note %d" % (st["lang"], st["max_carrier"], st["max_inj"], st["max_hard"]))
    print("wrote %s" % os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
