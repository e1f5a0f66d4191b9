#!/usr/bin/env python3
"""Generate bench/inject/store_eleventh.jsonl (store prompt-injection cases; a development set first, now in training).

Usage: python3 bench/inject/gen_store_eleventh.py
"""
import sys

sys.dont_write_bytecode = True

import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eleventh.build import generate  # noqa: E402

KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def main():
    rows = generate()
    texts = set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        if r["injection"]:
            assert r["payload"] and r["payload"] in r["text"], r["id"]
            assert not r["family"].startswith("hard-"), r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]
    path = os.path.join(HERE, "store_eleventh.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    err = sys.stderr
    print("wrote %d rows to %s" % (len(rows), os.path.relpath(path)), file=err)
    for key in ("injection", "source", "lang", "family"):
        cnt = collections.Counter(str(r[key]) for r in rows)
        print("-- %s" % key, file=err)
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v), file=err)
    ben = [r for r in rows if not r["injection"]]
    hard = sum(1 for r in ben if r["family"].startswith("hard-"))
    print("hard negatives: %d / %d benign (%.1f%%)" % (hard, len(ben), 100.0 * hard / len(ben)), file=err)
    print("all payloads present in text: ok", file=err)


if __name__ == "__main__":
    main()
