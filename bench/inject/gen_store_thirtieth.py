"""Polite, indirect requests aimed at a store's AI, next to human-addressed twins.

Writes bench/inject/store_thirtieth.jsonl: multilingual reviews, tickets, emails,
web snippets, supplier feeds and tool results in which shoppers or sellers kindly
ask the store's assistant for discounts, refunds, exceptions, rankings or its hidden
instructions (injection=true), plus hard negatives using the same courteous wording
towards human staff or other shoppers, or mentioning the assistant only in the third
person (injection=false). Run `python3 bench/inject/gen_store_thirtieth.py`; the output
is byte-identical on every run.
"""

import collections
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtieth import MARKETS, load  # noqa: E402
from thirtieth.build import Market  # noqa: E402

NAME = "thirtieth"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAMILY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def validate(rows):
    ids = set()
    texts = set()
    for row in rows:
        assert list(row) == KEYS, row
        assert row["id"] not in ids, row["id"]
        ids.add(row["id"])
        assert row["text"] not in texts, row["text"]
        texts.add(row["text"])
        size = len(row["text"].encode("utf-8"))
        assert 40 <= size <= 3000, (size, row["text"])
        assert row["split"] == SPLIT
        assert row["source"] in ("review", "ticket", "email", "web", "feed", "tool"), row
        assert isinstance(row["injection"], bool)
        assert FAMILY_RE.match(row["family"]), row["family"]
        if row["injection"]:
            assert row["payload"].strip(), row
            assert row["family"] != "benign" and not row["family"].startswith("hard-"), row
        else:
            assert row["payload"] == "", row
            assert row["family"] == "benign" or row["family"].startswith("hard-"), row


def main():
    rows = []
    for name in MARKETS:
        mod = load(name)
        rng = random.Random("%s-%s" % (NAME, name))
        rows.extend(Market(mod, rng).rows())
    random.Random(30).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        out_rows.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                         "lang": r["lang"], "family": r["family"], "text": r["text"],
                         "injection": r["injection"], "payload": r["payload"]})
    validate(out_rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    show("lang", collections.Counter(r["lang"] for r in out_rows))
    show("language", collections.Counter(r["lang"].split("-")[0] for r in out_rows))
    show("source", collections.Counter(r["source"] for r in out_rows))
    show("family", collections.Counter(r["family"] for r in out_rows))
    labels = collections.Counter("injection" if r["injection"] else
                                 ("hard-negative" if r["family"].startswith("hard-") else "benign")
                                 for r in out_rows)
    show("label", labels)
    print("total rows: %d -> %s" % (len(out_rows), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))


if __name__ == "__main__":
    main()
