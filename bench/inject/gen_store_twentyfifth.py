#!/usr/bin/env python3
"""Writes store_twentyfifth.jsonl: 1,500 labelled texts (750 benign, at least 400
of them hard negatives, and 750 injections) from a fashion marketplace, an
electronics retailer and a grocery delivery service, in sixteen languages and
six sources (review, ticket, feed, email, web, tool).

Run: python3 bench/inject/gen_store_twentyfifth.py  (standard library only,
fixed seed; the output is byte-identical on every run).
"""

import collections
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentyfifth import build_rows, validate  # noqa: E402

OUT = os.path.join(HERE, "store_twentyfifth.jsonl")
EXPECTED_LANG = {
    "en": 500, "de": 100, "fr": 100, "es": 100, "it": 70, "pt": 70, "nl": 60,
    "pl": 60, "da": 20, "sv": 20, "nb": 20, "cs": 30, "el": 30, "ja": 100,
    "zh": 100, "ko": 80, "th": 20, "vi": 20,
}


def main():
    rows = build_rows()
    errors = validate(rows)
    base = collections.Counter(r["lang"].split("-")[0] for r in rows)
    for lang, n in EXPECTED_LANG.items():
        if base[lang] != n:
            errors.append("language {}: {} rows, expected {}".format(lang, base[lang], n))
    n_inj = sum(r["injection"] for r in rows)
    n_hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    if len(rows) != 1500 or n_inj != 750:
        errors.append("totals: {} rows, {} injections".format(len(rows), n_inj))
    if n_hard < 400:
        errors.append("only {} hard negatives".format(n_hard))
    if errors:
        for e in errors[:50]:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  {:<28} {}".format(k, v))

    show("rows per language:", collections.Counter(r["lang"] for r in rows))
    show("rows per source:", collections.Counter(r["source"] for r in rows))
    show("rows per family:", collections.Counter(r["family"] for r in rows))
    show("rows per label:", collections.Counter(
        "injection" if r["injection"] else ("benign-hard" if r["family"].startswith("hard-") else "benign-plain")
        for r in rows))
    print("total {} rows, {} injections, {} benign ({} hard negatives) -> {}".format(
        len(rows), n_inj, len(rows) - n_inj, n_hard, os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
