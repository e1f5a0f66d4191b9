#!/usr/bin/env python3
"""Store-text injection corpus "seventyfirst": 2,500 reviews, tickets, feeds, emails,
web pages and tool results in fifteen languages, about 45% carrying quiet instructions
to whatever summarises or answers from the text, the rest ordinary or deliberately
look-alike benign text addressed to people. Run with `python3 bench/inject/gen_store_seventyfirst.py`;
it writes bench/inject/store_seventyfirst.jsonl and prints counts.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from seventyfirst import common  # noqa: E402
from seventyfirst import (  # noqa: E402
    lang_es, lang_it, lang_pt, lang_ru, lang_tr, lang_ar, lang_ja, lang_zh,
    lang_ko, lang_pl, lang_nl, lang_vi, lang_id, lang_th, lang_hi,
)

NAME = "seventyfirst"
SEED = 710071
MODULES = (lang_es, lang_it, lang_pt, lang_ru, lang_tr, lang_ar, lang_ja, lang_zh,
           lang_ko, lang_pl, lang_nl, lang_vi, lang_id, lang_th, lang_hi)


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for mod in MODULES:
        for spec in mod.SPECS:
            rows.extend(common.build_spec(spec, rng, seen))
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    common.validate(out)
    path = os.path.join(HERE, "store_%s.jsonl" % NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    common.report(out)


if __name__ == "__main__":
    main()
