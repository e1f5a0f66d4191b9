#!/usr/bin/env python3
"""Builds store_seventyeighth.jsonl: about 2,500 labelled training rows of East Asian
store text (Japanese, Chinese, Korean, Asian English, Vietnamese, Thai reviews, Q&A,
chats, listings, emails, web pages and tool results), about 45% carrying instructions
aimed at the store's AI and the rest benign, most of them hard negatives.
Run with: python3 bench/inject/gen_store_seventyeighth.py
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventyeighth import build_rows, common  # noqa: E402

NAME = "seventyeighth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)


def main():
    rows = build_rows()
    random.Random(78_2500).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    common.validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    print("rows: %d -> %s" % (len(out), os.path.basename(OUT)))
    show("by lang:", collections.Counter(r["lang"] for r in out))
    show("by source:", collections.Counter(r["source"] for r in out))
    show("by label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    benign = [r for r in out if not r["injection"]]
    print("hard negatives: %d of %d benign" % (sum(r["family"].startswith("hard-") for r in benign), len(benign)))
    show("by family:", collections.Counter(r["family"] for r in out))
    show("by lang x label:", collections.Counter(
        "%s/%s" % (r["lang"], "inj" if r["injection"] else "ben") for r in out))


if __name__ == "__main__":
    main()
