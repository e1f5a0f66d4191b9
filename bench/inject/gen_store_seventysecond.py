#!/usr/bin/env python3
"""Labelled injection corpus "seventysecond" for the Storewall classifier: about 2,500
store-world texts in 23 languages (reviews, tickets, supplier feeds, emails, web pages and
tool results), centred on scams, fraud, security notices and AI misuse, with genuine
instructions to the store's AI labelled true and look-alike notices, quotes and customer
requests labelled false.  Run with `python3 bench/inject/gen_store_seventysecond.py`; it
writes bench/inject/store_seventysecond.jsonl deterministically and prints counts.
"""

import collections
import importlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventysecond import LANG_MODULES, common  # noqa: E402

NAME = "seventysecond"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def validate(rows):
    ids = set()
    texts = set()
    for r in rows:
        assert tuple(r.keys()) == common.KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        b = len(r["text"].encode("utf-8"))
        assert 40 <= b <= 3000, (r["id"], b)
        assert r["split"] == SPLIT
        assert r["source"] in common.SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert FAMILY_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), (r["id"], r["family"])


def sentence_reuse(rows, floor=30):
    cnt = collections.Counter()
    for r in rows:
        seen = set()
        plain = re.sub(r"<[^>]*>", " ", r["text"])
        for line in plain.split("\n"):
            for s in common.split_sents(line):
                s = s.strip(" \t\"'\u201c\u201d\u201e\u00ab\u00bb<>-*")
                if len(s) >= floor and s not in seen:
                    seen.add(s)
                    cnt[s] += 1
    return cnt


def main():
    rows = []
    for i, m in enumerate(LANG_MODULES):
        mod = importlib.import_module("seventysecond." + m)
        got = common.build_lang(mod.DATA, seed=72000 + 17 * i)
        if len(got) != mod.DATA["n"]:
            print("warning: %s produced %d of %d rows" % (m, len(got), mod.DATA["n"]))
        rows.extend(got)
    random.Random(7272).shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                      "lang": r["lang"], "family": r["family"], "text": r["text"],
                      "injection": r["injection"], "payload": r["payload"]})
    validate(final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    print("rows: %d" % len(final))
    show("by language", collections.Counter(r["lang"] for r in final))
    show("by source", collections.Counter(r["source"] for r in final))
    show("by family", collections.Counter(r["family"] for r in final))
    lab = collections.Counter("injection" if r["injection"] else "benign" for r in final)
    show("by label", lab)
    hard = sum(1 for r in final if r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    reuse = sentence_reuse(final)
    top = reuse.most_common(5)
    print("most repeated sentences (rows):")
    for s, c in top:
        print("  %3d  %s" % (c, s[:90]))
    assert not top or top[0][1] <= 8, "a sentence repeats too often"


if __name__ == "__main__":
    main()
