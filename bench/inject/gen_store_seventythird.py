"""Short store texts in thirty languages: star reviews, Q&A, chat messages,
order notes, listing lines, short emails and tool results, about 45% of them
carrying an instruction aimed at the store's AI and the rest ordinary texts or
hard negatives of the same shapes addressed to people or about products.

Run ``python3 bench/inject/gen_store_seventythird.py``; it writes
``bench/inject/store_seventythird.jsonl`` and prints counts.
"""

import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from seventythird import LANG_MODULES  # noqa: E402
from seventythird.common import build  # noqa: E402

NAME = "seventythird"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection",
        "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (n, r["text"])
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        assert r["family"] and r["family"] == r["family"].lower()
        assert " " not in r["family"], r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-")
        else:
            assert not r["family"].startswith("hard-") \
                and r["family"] != "benign"


def main():
    rows = []
    for name in LANG_MODULES:
        mod = importlib.import_module("seventythird." + name)
        rows.extend(build(mod.L))
    rows.sort(key=lambda r: (r["lang"], r["text"]))
    random.Random(7303).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT,
                    "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    inj = sum(r["injection"] for r in out)
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("rows %d  injections %d  benign %d  (hard negatives %d)"
          % (len(out), inj, len(out) - inj, hard))
    show("per language:", collections.Counter(r["lang"] for r in out))
    show("per source:", collections.Counter(r["source"] for r in out))
    show("per label:", collections.Counter(
        "injection" if r["injection"] else "benign" for r in out))
    show("per family:", collections.Counter(r["family"] for r in out))


if __name__ == "__main__":
    main()
