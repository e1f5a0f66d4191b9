#!/usr/bin/env python3
"""Generate bench/inject/store_ninth.jsonl: marketplace listings, seller-buyer messages,
Q&A, reviews, social posts, coupon and price-comparison text, with and without
prompt injections aimed at shopping assistants and marketplace agents.

Usage: python3 bench/inject/gen_store_ninth.py
"""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ninth import build  # noqa: E402

OUT = os.path.join(HERE, "store_ninth.jsonl")


def main():
    rows = build.build_rows()
    seen = set()
    for i, row in enumerate(rows, 1):
        row["id"] = "ninth-%05d" % i
        assert row["text"] not in seen, row["text"]
        seen.add(row["text"])
        if row["injection"]:
            assert row["payload"] and row["payload"] in row["text"], row
        else:
            assert row["payload"] == "", row
    keys = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in keys}, ensure_ascii=False) + "\n")
    n = len(rows)
    inj = sum(r["injection"] for r in rows)
    ben = n - inj
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    en = sum(1 for r in rows if r["lang"] == "en")
    err = sys.stderr
    print("rows=%d injection=%d (%.1f%%) benign=%d hard=%d (%.1f%% of benign) en=%.1f%%"
          % (n, inj, 100.0 * inj / n, ben, hard, 100.0 * hard / max(ben, 1), 100.0 * en / n), file=err)
    for key in ("family", "source", "lang", "injection"):
        c = collections.Counter(str(r[key]) for r in rows)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items()))), file=err)
    print("wrote %s" % os.path.relpath(OUT), file=err)


if __name__ == "__main__":
    main()
