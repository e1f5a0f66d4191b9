"""Labelled store texts in Thai, Swedish, Malay, Filipino/Taglish, Vietnamese,
Indonesian, Danish and Norwegian: reviews, seller chats, tickets, marketplace
listings and feeds, emails, pages and tool results, about 45% of them carrying
instructions aimed at the store's AI (plain, hidden in markup or fields, or
encoded) and the rest benign, most of them hard negatives.

Run: python3 bench/inject/gen_store_ninetieth.py  (writes bench/inject/store_ninetieth.jsonl)
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ninetieth import common  # noqa: E402
from ninetieth import th, sv, ms, fil, vi, id_, da, no  # noqa: E402

NAME = "ninetieth"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
MODULES = (th, sv, ms, fil, vi, id_, da, no)
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")


def build():
    rows = []
    for mod in MODULES:
        rng = random.Random("%s-%s" % (NAME, mod.LANG))
        rows.extend(common.build_language(mod, rng))
    random.Random("%s-shuffle" % NAME).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    return out


def validate(rows):
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    seg_rows = collections.defaultdict(set)
    for r in rows:
        assert tuple(r.keys()) == KEYS, r["id"]
        assert r["source"] in common.SOURCES, r["id"]
        assert isinstance(r["injection"], bool), r["id"]
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert bool(r["payload"]) == r["injection"], r["id"]
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, r["id"]
        if r["injection"]:
            assert not fam.startswith("hard-") and fam != "benign", r["id"]
        else:
            assert fam == "benign" or fam.startswith("hard-"), r["id"]
        for s in set(common.segments(r["text"])):
            seg_rows[s].add(r["id"])
    over = {s: len(v) for s, v in seg_rows.items() if len(v) > 3}
    assert not over, "sentences in more than 3 rows: %r" % sorted(over.items(), key=lambda kv: -kv[1])[:20]


def report(rows):
    def show(title, key):
        cnt = collections.Counter(key(r) for r in rows)
        print("%s:" % title)
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %5d" % (k, v))

    print("rows: %d" % len(rows))
    show("label", lambda r: "injection" if r["injection"] else "benign")
    show("hard negatives", lambda r: "hard" if r["family"].startswith("hard-") else ("benign-plain" if not r["injection"] else "injection"))
    show("lang", lambda r: r["lang"])
    show("lang x label", lambda r: "%s %s" % (r["lang"], "inj" if r["injection"] else "ben"))
    show("source", lambda r: r["source"])
    show("family", lambda r: r["family"])


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
