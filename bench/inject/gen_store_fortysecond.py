#!/usr/bin/env python3
"""Builds store_fortysecond.jsonl: 2,500 labelled East Asian store texts (mainland
Chinese, Taiwan/Hong Kong Chinese, Korean, Japanese reviews, tickets, feeds, emails,
web pages and tool results), about 45% carrying instructions aimed at the store's AI
and the rest ordinary or deliberately confusable benign text.
Run: python3 bench/inject/gen_store_fortysecond.py  (standard library only, fixed seed,
byte-identical output on every run; prints counts and validates the rows)."""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fortysecond import common, ja, ko, zh_cn, zh_hk, zh_tw  # noqa: E402

NAME = "fortysecond"
SPLIT = "train"
SEED = 4242
OUT = HERE / ("store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def collect():
    rows = []
    for k, mod in enumerate([zh_cn, zh_tw, zh_hk, ko, ja]):
        b = mod.build(random.Random(SEED * 10 + k))
        rows.extend(b.rows)
    return rows


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (n, r["text"][:80])
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r["source"]
        assert FAMILY_RE.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        if r["injection"]:
            assert r["payload"].strip(), r
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r
        else:
            assert r["payload"] == "", r
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r


def sentence_reuse(rows):
    c = Counter()
    for r in rows:
        for s in set(common.split_sents(r["text"])):
            if len(s) >= 10:
                c[s] += 1
    return c


def main():
    rows = collect()
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %5d" % (k, v))

    print("rows: %d  -> %s" % (len(out), OUT.name))
    show("label", Counter("injection" if r["injection"] else "benign" for r in out))
    show("lang", Counter(r["lang"] for r in out))
    show("lang x label", Counter("%s %s" % (r["lang"], "inj" if r["injection"] else "ben") for r in out))
    show("source", Counter(r["source"] for r in out))
    show("family", Counter(r["family"] for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    ben = sum(1 for r in out if not r["injection"])
    print("hard negatives: %d of %d benign" % (hard, ben))
    top = sentence_reuse(out).most_common(5)
    print("most reused sentences:", ", ".join(str(v) for _, v in top))


if __name__ == "__main__":
    main()
