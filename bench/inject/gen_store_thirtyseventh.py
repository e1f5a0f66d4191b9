#!/usr/bin/env python3
"""Generate store_thirtyseventh.jsonl: 2,500 labelled store texts in 19 languages, mostly long
documents (product pages, listings, supplier feeds, help articles, email threads, tickets, tool
results) where one or two sentences try to steer the store's AI, plus equally long hard negatives.
Run: python3 bench/inject/gen_store_thirtyseventh.py (standard library only, fixed seed, same bytes every run).
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtyseventh import engine  # noqa: E402
from thirtyseventh import lang_en  # noqa: E402

NAME = "thirtyseventh"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def all_bundles():
    out = list(lang_en.bundles())
    for mod in LANG_MODULES:
        out += mod.bundles()
    return out


NAME = "thirtyseventh"
LANG_MODULES = []
for _m in ("lang_de", "lang_fr", "lang_es", "lang_it", "lang_pt", "lang_nl", "lang_pl", "lang_cs",
           "lang_fi", "lang_nb", "lang_uk", "lang_ru", "lang_ja", "lang_zh", "lang_ko", "lang_vi",
           "lang_ms", "lang_ar"):
    if os.path.exists(os.path.join(HERE, NAME, _m + ".py")):
        LANG_MODULES.append(__import__(NAME + "." + _m, fromlist=["bundles"]))


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool"), r["source"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["split"] == "train"
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if r["injection"]:
            assert not fam.startswith("hard-") and fam != "benign", (r["id"], fam)
        else:
            assert fam == "benign" or fam.startswith("hard-"), (r["id"], fam)


def main():
    rows = []
    seen = set()
    for b, n in all_bundles():
        key = "%s-%s-%s" % (NAME, b["lang"], b.get("market", ""))
        rng = random.Random(key)
        rows += engine.make_rows(b, n, rng, seen=seen)
    random.Random(NAME + "-shuffle").shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"],
                      "lang": r["lang"], "family": r["family"], "text": r["text"],
                      "injection": r["injection"], "payload": r["payload"]})
    validate(final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in final:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %5d" % (k, v))

    show("by language:", collections.Counter(r["lang"] for r in final))
    show("by source:", collections.Counter(r["source"] for r in final))
    show("by family:", collections.Counter(r["family"] for r in final))
    show("by label:", collections.Counter("injection" if r["injection"] else "benign" for r in final))
    hard = sum(1 for r in final if r["family"].startswith("hard-"))
    long_ = sum(1 for r in final if len(r["text"].encode("utf-8")) >= 600)
    print("hard negatives: %d   rows >= 600 bytes: %d   total: %d" % (hard, long_, len(final)))


if __name__ == "__main__":
    main()
