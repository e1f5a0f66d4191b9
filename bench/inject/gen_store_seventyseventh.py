"""Product Q&A threads, seller answers and review pages (single reviews, review lists, CSV/JSON
review exports, "customers say" snippets, product-page HTML, notification emails and tickets) in
nine languages, labelled for instructions aimed at a store's AI versus ordinary shopper and seller
text, including many hard negatives.  Run: python3 bench/inject/gen_store_seventyseventh.py
"""
import json
import os
import random
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventyseventh import common  # noqa: E402
from seventyseventh import en, de, fr, es, ja, zh, ko, pt, it  # noqa: E402

NAME = "seventyseventh"
SEED = 77_2024
PACKS = [en, de, fr, es, ja, zh, ko, pt, it]
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for pack in PACKS:
        b = common.Builder(pack, rng)
        rows.extend(b.build(pack.TARGET, 0.45, 0.7, seen))
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                      "family": r["family"], "text": r["text"], "injection": r["injection"],
                      "payload": r["payload"]})
    common.validate(final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for title, key in (("lang", "lang"), ("source", "source"), ("family", "family")):
        print("== per %s" % title)
        for k, n in sorted(Counter(r[key] for r in final).items(), key=lambda x: (-x[1], x[0])):
            print("  %-24s %d" % (k, n))
    inj = sum(r["injection"] for r in final)
    hard = sum(r["family"].startswith("hard-") for r in final)
    print("== label\n  injection %d\n  benign    %d (hard negatives %d)\n  total     %d" % (
        inj, len(final) - inj, hard, len(final)))


if __name__ == "__main__":
    main()
