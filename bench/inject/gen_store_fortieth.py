#!/usr/bin/env python3
"""Builds store_fortieth.jsonl: 1,500 labelled texts of online-store traffic (reviews,
tickets, supplier feeds, emails, web pages, agent tool results) in nineteen languages from
a pet shop, a skincare store, a refurbished-electronics marketplace, a grocery/meal-kit
service and a bike retailer, half carrying instructions aimed at the store's AI and half
benign, most of those hard negatives. Run with `python3 bench/inject/gen_store_fortieth.py`;
the output is deterministic and the script validates it and prints counts.
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

from fortieth import build  # noqa: E402

NAME = "fortieth"
SPLIT = "dev"
SEED = 40404040
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
LANG_MODULES = ["en", "es", "zh", "ko", "ja", "de", "fr", "pl", "pt", "it", "nl", "sv",
                "ru", "uk", "tr", "hi", "th", "vi", "id"]
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def lang_seed(code):
    return SEED + sum((i + 1) * ord(c) for i, c in enumerate(code))


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n, r["text"][:80])
        assert r["split"] == SPLIT
        assert r["source"] in build.SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if r["injection"]:
            assert fam != "benign" and not fam.startswith("hard-"), (r["id"], fam)
        else:
            assert fam == "benign" or fam.startswith("hard-"), (r["id"], fam)


def main():
    rows = []
    for code in LANG_MODULES:
        mod = importlib.import_module("fortieth.lang_" + code)
        rows.extend(build.build(mod, random.Random(lang_seed(code))))
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
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    show("per language", collections.Counter(r["lang"] for r in out))
    show("per language group", collections.Counter(r["lang"].split("-")[0] for r in out))
    show("per source", collections.Counter(r["source"] for r in out))
    show("per family", collections.Counter(r["family"] for r in out))
    show("per label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    print("hard negatives: %d" % sum(1 for r in out if r["family"].startswith("hard-")))
    print("total rows: %d -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))


if __name__ == "__main__":
    main()
