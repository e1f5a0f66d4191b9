"""Ninetysecond injection corpus for Storewall: 2,500 labelled texts in eleven languages, shaped as the
structured data and machine text a store agent's tools return (JSON API responses, CSV/TSV exports, XML
feeds, YAML/INI, logs, SQL output, e-mail, calendar invites, chat exports), with attacks hidden in fields
and hard negatives that share their vocabulary.

Run: python3 -B bench/inject/gen_store_ninetysecond.py  (writes bench/inject/store_ninetysecond.jsonl)
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ninetysecond import common  # noqa: E402
from ninetysecond import en, de, fr, es, it, pt_br, nl, pl, ja, zh_cn, zh_tw, ko  # noqa: E402

NAME = "ninetysecond"
SPLIT = "train"
SEED = 92
OUT = os.path.join(HERE, "store_ninetysecond.jsonl")
MODULES = [en, de, fr, es, it, pt_br, nl, pl, ja, zh_cn, zh_tw, ko]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        else:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r


def main():
    rows = []
    for mod in MODULES:
        rng = random.Random(common.seed_for(mod.LANG, SEED))
        rows.extend(common.build(mod, rng))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "{}-{:05d}".format(NAME, i), "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  {:<28} {:>5}".format(str(k), v))

    show("language", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else
                                      ("hard-negative" if r["family"].startswith("hard-") else "benign") for r in out))
    print("total", len(out))


if __name__ == "__main__":
    main()
