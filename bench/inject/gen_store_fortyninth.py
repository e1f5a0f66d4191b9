"""Builds store_fortyninth.jsonl: 2,500 labelled texts from marketplaces in Russian,
Ukrainian, Turkish, Arabic, Persian, Hebrew, Hindi/Hinglish, Vietnamese, Indonesian and
Thai (reviews, tickets, supplier feeds, emails, web pages and agents' tool results), about
45% of them carrying instructions aimed at the store's AI and the rest ordinary or
deliberately confusing benign texts.  Run: python3 bench/inject/gen_store_fortyninth.py
"""

import collections
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fortyninth import MODULES  # noqa: E402
from fortyninth.common import Builder, KEYS, validate  # noqa: E402

OUT = os.path.join(HERE, "store_fortyninth.jsonl")
SEED = 4949


def main():
    rows, reuse = [], {}
    for i, name in enumerate(MODULES):
        mod = importlib.import_module("fortyninth." + name)
        packs = getattr(mod, "PACKS", None) or [mod.PACK]
        for j, pack in enumerate(packs):
            b = Builder(pack, SEED * 100 + i * 10 + j)
            rows.extend(b.build())
            reuse[pack["code"]] = b.reuse_report()
    random.Random(SEED).shuffle(rows)
    final = []
    for n, row in enumerate(rows, 1):
        out = {"id": "fortyninth-%05d" % n, "split": "train"}
        out.update(row)
        final.append({k: out[k] for k in KEYS})
    validate(final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in final:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-30s %5d" % (k, v))

    lang_group = collections.Counter(r["lang"].split("-")[0] for r in final)
    show("per language:", collections.Counter(r["lang"] for r in final))
    show("per language group:", lang_group)
    show("per source:", collections.Counter(r["source"] for r in final))
    show("per family:", collections.Counter(r["family"] for r in final))
    inj = sum(r["injection"] for r in final)
    hard = sum(r["family"].startswith("hard-") for r in final)
    print("label: injection=%d benign=%d (hard negatives %d, plain %d) total=%d"
          % (inj, len(final) - inj, hard, len(final) - inj - hard, len(final)))
    print("max reuse of one carrier piece per pool:")
    for code, rep in reuse.items():
        print("  %-7s %s" % (code, " ".join("%s=%d" % kv for kv in sorted(rep.items()))))
    print("wrote", os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
