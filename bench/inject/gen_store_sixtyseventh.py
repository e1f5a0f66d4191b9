#!/usr/bin/env python3
"""Builds store_sixtyseventh.jsonl: 2,500 labelled texts from online-store channels
(reviews, tickets, emails, supplier feeds, web/FAQ pages, tool results) in nine
languages, about 45% carrying quiet instructions aimed at whatever reads or processes
the text, the rest ordinary or look-alike content addressed to people.
Run: python3 bench/inject/gen_store_sixtyseventh.py  (writes next to this file, deterministic).
"""

import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtyseventh import common, de, en, fr, nl, pl, sv, ja, zh, ko  # noqa: E402

NAME = "sixtyseventh"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)


def main():
    rows, seen = [], set()
    for mod in (de, en, fr, nl, pl, sv, ja, zh, ko):
        rows.extend(common.build(mod, seen))
    common.rng_for("shuffle").shuffle(rows)
    final = []
    for i, row in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": row["source"],
                      "lang": row["lang"], "family": row["family"], "text": row["text"],
                      "injection": row["injection"], "payload": row["payload"]})
    common.validate(final, NAME, SPLIT)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in final:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %5d" % (key, n))

    print("rows: %d -> %s" % (len(final), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))
    show("by language:", collections.Counter(r["lang"] for r in final))
    show("by source:", collections.Counter(r["source"] for r in final))
    show("by label:", collections.Counter("injection" if r["injection"] else "benign" for r in final))
    show("by family:", collections.Counter(r["family"] for r in final))
    hard = sum(1 for r in final if r["family"].startswith("hard-"))
    benign = sum(1 for r in final if not r["injection"])
    print("hard negatives: %d of %d benign (%.0f%%)" % (hard, benign, 100.0 * hard / benign))
    print("most repeated sentences:")
    for sent, n in common.sentence_reuse(final):
        print("  %3d  %s" % (n, sent[:90]))


if __name__ == "__main__":
    main()
