#!/usr/bin/env python3
"""Labelled prompt-injection corpus for a store's back office as its AI agents see it:
supplier invoices and bank-detail letters, CVs and job-board messages, RFQs and purchase
orders, carrier and customs notices, chargebacks, IT access requests, agency emails and
legal notices in 22 languages, with injections aimed at the agent's powers and hard
negatives that give genuine instructions to people. Run with
`python3 bench/inject/gen_store_sixtysecond.py`; it writes bench/inject/store_sixtysecond.jsonl.
"""

import collections
import importlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtysecond import LANGUAGE_MODULES  # noqa: E402
from sixtysecond import common  # noqa: E402

NAME = "sixtysecond"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
SEED = 62062
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def validate(rows):
    ids, texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["split"] == "train"
        assert r["source"] in common.SOURCES, r["source"]
        assert fam_re.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"]:
            assert not r["family"].startswith("hard") and r["family"] != "benign", r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]
        assert "{" + "me}" not in r["text"] and not re.search(r"\{[a-z_]+[0-9]*\}", r["text"]), r["id"]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for modname in LANGUAGE_MODULES:
        mod = importlib.import_module("sixtysecond." + modname)
        rows.extend(common.build_language(mod, rng, seen))
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"],
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

    print("rows: %d -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))
    show("by language:", collections.Counter(r["lang"] for r in out))
    show("by source:", collections.Counter(r["source"] for r in out))
    show("by family:", collections.Counter(r["family"] for r in out))
    show("by label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    ben = sum(1 for r in out if not r["injection"])
    print("hard negatives: %d of %d benign (%.0f%%)" % (hard, ben, 100.0 * hard / max(1, ben)))
    print("by language x label:")
    per = collections.defaultdict(lambda: [0, 0, 0])
    for r in out:
        p = per[r["lang"]]
        p[0 if r["injection"] else 1] += 1
        if r["family"].startswith("hard-"):
            p[2] += 1
    for k in sorted(per):
        print("  %-6s inj=%4d benign=%4d hard=%4d" % (k, *per[k]))


if __name__ == "__main__":
    main()
