#!/usr/bin/env python3
"""Write bench/inject/store_sixteenth.jsonl: minimal-pair store injections.

Each injection row has one or two benign twins that share its carrier text
and differ only in who the key sentence addresses or what it intends.
Standard library only; deterministic.  Counts go to stderr.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixteenth.build import build, report  # noqa: E402


def main():
    rows = build()
    path = os.path.join(HERE, "store_sixteenth.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)
    print("wrote %d rows to bench/inject/store_sixteenth.jsonl" % len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
