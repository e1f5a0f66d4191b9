"""Builds store_sixtyfourth.jsonl: 2,500 labelled texts from Asian marketplaces and shops
(Japanese, Chinese, Korean, Vietnamese, Thai, Indonesian, Malay, Filipino/Taglish, Hinglish)
in which injections aimed at a store's AI sit next to hard negatives written to humans.
Run `python3 bench/inject/gen_store_sixtyfourth.py`; output is byte-identical on every run.
"""

import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtyfourth import SPECS  # noqa: E402
from sixtyfourth.common import Builder, finalize, report  # noqa: E402

NAME = "sixtyfourth"
SPLIT = "train"
SEED = 640064


def main():
    rows = []
    for i, spec in enumerate(SPECS):
        rows.extend(Builder(spec, SEED + 101 * i).build())
    rows = finalize(rows, NAME, SPLIT, SEED)
    out = os.path.join(HERE, "store_%s.jsonl" % NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
