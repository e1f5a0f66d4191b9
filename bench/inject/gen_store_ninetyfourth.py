"""Builds store_ninetyfourth.jsonl: 1,500 labelled texts (half instructions aimed at a store's AI
agents, half benign, most benign rows hard negatives) from one week of a store's back office and
customer traffic - emails, tickets, feeds, tool results, pages and reviews - in 22 languages.

Run: python3 bench/inject/gen_store_ninetyfourth.py  (or with -B; the script writes no bytecode either way)
"""

import collections
import importlib
import json
import os
import random
import sys
import zlib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ninetyfourth import LANG_MODULES, common  # noqa: E402

NAME = "ninetyfourth"
SPLIT = "test"
SEED = 94_2024
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)


def main():
    rows = []
    for code in LANG_MODULES:
        mod = importlib.import_module("ninetyfourth." + code)
        lang_rng = random.Random(SEED ^ zlib.crc32(code.encode()))
        got = common.build(mod, lang_rng)
        assert len(got) == mod.N, (code, len(got), mod.N)
        assert sum(r["injection"] for r in got) == mod.N - mod.N // 2, code
        rows.extend(got)
    random.Random(SEED).shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                      "lang": r["lang"], "family": r["family"], "text": r["text"],
                      "injection": r["injection"], "payload": r["payload"]})
    common.validate(final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    inj = sum(r["injection"] for r in final)
    hard = sum(1 for r in final if not r["injection"] and r["family"].startswith("hard-"))
    print("rows %d  injections %d  benign %d  hard negatives %d" % (len(final), inj, len(final) - inj, hard))
    show("by language", collections.Counter(r["lang"] for r in final))
    show("by source", collections.Counter(r["source"] for r in final))
    show("by label", collections.Counter("injection" if r["injection"] else "benign" for r in final))
    show("by family", collections.Counter(r["family"] for r in final))


if __name__ == "__main__":
    main()
