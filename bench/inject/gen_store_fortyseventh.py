#!/usr/bin/env python3
"""Writes store_fortyseventh.jsonl: 2,500 labelled texts in 16 languages from
online-store channels (reviews, tickets, supplier feeds, emails, web pages, tool
results). Most benign rows are hard negatives that talk about prompt injection
and AI manipulation without addressing the reading AI; the injections include
attacks that borrow that security framing plus ordinary embedded, hidden and
encoded ones. Run with `python3 bench/inject/gen_store_fortyseventh.py`.
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

from fortyseventh import LANG_MODULES  # noqa: E402
from fortyseventh.common import KEYS, Builder, validate  # noqa: E402

NAME = "fortyseventh"
SPLIT = "train"
SEED = 47_4747
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)


def main():
    seen = set()
    rows = []
    targets = {}
    k = 0
    for modname in LANG_MODULES:
        mod = importlib.import_module("fortyseventh." + modname)
        for spec in mod.SETS:
            k += 1
            targets[spec["lang"]] = targets.get(spec["lang"], 0) + spec["n"]
            rows.extend(Builder(spec, SEED + 1009 * k, seen).build())
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        row.update(r)
        out.append({key: row[key] for key in KEYS})
    validate(out, targets)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %5d" % (key, n))

    print("rows: %d -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))
    show("language:", collections.Counter(r["lang"] for r in out))
    show("source:", collections.Counter(r["source"] for r in out))
    show("label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    show("family:", collections.Counter(r["family"] for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    inj_lang = collections.Counter(r["lang"] for r in out if r["injection"])
    show("injections per language:", inj_lang)


if __name__ == "__main__":
    main()
