"""Build the eightyfirst store corpus: 1,500 labelled rows (750 prompt injections, 750 benign,
most of them hard negatives) of reviews, tickets, feeds, emails, web pages and tool results in
21 languages from five invented online shops. Run `python3 bench/inject/gen_store_eightyfirst.py`
to write bench/inject/store_eightyfirst.jsonl; the output is identical on every run.
"""

import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eightyfirst import LANG_MODULES  # noqa: E402
from eightyfirst.common import build  # noqa: E402

NAME = "eightyfirst"
SPLIT = "dev"
OUT = os.path.join(HERE, "store_" + NAME + ".jsonl")
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def validate(rows):
    ids, texts = set(), set()
    for row in rows:
        assert list(row.keys()) == KEYS, row
        assert row["id"] not in ids, row["id"]
        ids.add(row["id"])
        assert row["text"] not in texts, row["text"][:80]
        texts.add(row["text"])
        size = len(row["text"].encode("utf-8"))
        assert 40 <= size <= 3000, (row["id"], size, row["text"][:80])
        assert row["source"] in SOURCES, row
        assert row["split"] == SPLIT
        assert isinstance(row["injection"], bool)
        assert bool(row["payload"]) == row["injection"], row
        fam = row["family"]
        assert fam == fam.lower() and " " not in fam, fam
        if not row["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), fam
        else:
            assert fam != "benign" and not fam.startswith("hard-"), fam


def main():
    rows = []
    for name in LANG_MODULES:
        mod = importlib.import_module("eightyfirst." + name)
        got = build(mod)
        assert len(got) == mod.N, (name, len(got), mod.N)
        rows.extend(got)
    random.Random(81081).shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        rec = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        rec.update(row)
        out.append({k: rec[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for key, val in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-32s %5d" % (key, val))

    show("rows per language:", collections.Counter(r["lang"] for r in out))
    show("rows per source:", collections.Counter(r["source"] for r in out))
    show("rows per family:", collections.Counter(r["family"] for r in out))
    show("rows per label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    print("total: %d -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
