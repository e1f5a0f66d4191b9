"""Build store_seventyfifth.jsonl: 2,500 labelled texts in 18 languages from web pages an AI shopping
agent might browse (product pages, best-of articles, forums, coupon sites, help centres, marketplace
feeds, search/browse tool results), about 45% carrying instructions aimed at the agent and the rest
benign, mostly hard negatives. Run with `python3 bench/inject/gen_store_seventyfifth.py`.
"""
import collections
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from seventyfifth import PLAN  # noqa: E402
from seventyfifth.common import generate  # noqa: E402

NAME = "seventyfifth"
SPLIT = "train"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_seventyfifth.jsonl")
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def validate(rows):
    ids, texts = set(), set()
    for i, r in enumerate(rows, 1):
        assert list(r) == KEYS, r.keys()
        assert r["id"] == f"{NAME}-{i:05d}" and r["id"] not in ids
        ids.add(r["id"])
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r["source"]
        assert re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", r["lang"]), r["lang"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        t = r["text"]
        assert isinstance(t, str) and t not in texts, r["id"]
        texts.add(t)
        n = len(t.encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert not (r["family"] == "benign" or r["family"].startswith("hard-")), r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]


def main():
    seen = set()
    rows = []
    for mod, n in PLAN:
        rows += generate(mod.DATA, n, seen)
    random.Random(7575).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(f"== {title} ==")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:32s} {v}")

    show("lang", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    ben = [r for r in out if not r["injection"]]
    hard = sum(1 for r in ben if r["family"].startswith("hard-"))
    print(f"hard negatives: {hard} of {len(ben)} benign ({100.0 * hard / max(1, len(ben)):.1f}%)")
    print(f"total rows: {len(out)} -> {os.path.basename(OUT)}")


if __name__ == "__main__":
    main()
