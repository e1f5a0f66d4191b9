#!/usr/bin/env python3
"""Labelled injection corpus for Romance-language marketplaces: reviews, tickets,
emails, supplier feeds, listing pages and tool results in Spanish, Portuguese,
French, Italian, Catalan and mixed English, with injections aimed at the store's AI
and hard negatives addressed to people. Run: python3 bench/inject/gen_store_sixtysixth.py
"""

import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtysixth import common  # noqa: E402
from sixtysixth import (  # noqa: E402
    es_es, es_mx, es_ar, es_co, es_cl, pt_br, pt_pt, fr_fr, fr_be, fr_ca, fr_af, it, ca, en,
)

NAME = "sixtysixth"
OUT = os.path.join(HERE, "store_sixtysixth.jsonl")
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
MODULES = [es_es, es_mx, es_ar, es_co, es_cl, pt_br, pt_pt, fr_fr, fr_be, fr_ca, fr_af, it, ca, en]


def specs():
    for m in MODULES:
        if hasattr(m, "SPECS"):
            for s in m.SPECS:
                yield s
        else:
            yield m.SPEC


def validate(rows):
    ids, texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert re.fullmatch(NAME + r"-\d{5}", r["id"]) and r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["split"] == "train"
        assert r["source"] in common.SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert fam_re.match(r["family"]), r["family"]
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert bool(r["payload"].strip()) == r["injection"], r["id"]
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign"
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-")


def sentence_reuse(rows):
    c = collections.Counter()
    for r in rows:
        seen = set()
        for s in re.split(r"(?<=[.!?])\s+|\n", r["text"]):
            s = s.strip()
            if len(s) >= 30 and s not in seen:
                seen.add(s)
                c[s] += 1
    return c


def main():
    rows = []
    for spec in specs():
        rows.extend(common.build(spec))
    random.Random(6606).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "{}-{:05d}".format(NAME, i), "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  {:<28} {}".format(k, v))

    show("rows per language:", collections.Counter(r["lang"] for r in out))
    show("rows per source:", collections.Counter(r["source"] for r in out))
    show("rows per family:", collections.Counter(r["family"] for r in out))
    show("rows per label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    ben = sum(1 for r in out if not r["injection"])
    print("hard negatives: {} of {} benign ({:.0%})".format(hard, ben, hard / ben))
    reuse = sentence_reuse(out)
    top = reuse.most_common(1)[0] if reuse else ("", 0)
    print("most repeated sentence appears in {} rows".format(top[1]))
    print("total rows: {} -> {}".format(len(out), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
