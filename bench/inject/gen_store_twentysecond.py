#!/usr/bin/env python3
"""Builds store_twentysecond.jsonl: 2,500 labelled store texts (reviews, tickets, emails, feeds,
web pages, tool results) in English, German, French, Spanish, Italian and Dutch, about 45% of them
carrying subtle instructions aimed at the store's AI and the rest ordinary or hard-negative texts.

Run: python3 bench/inject/gen_store_twentysecond.py  (standard library only, deterministic output).
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

import twentysecond  # noqa: E402
from twentysecond import compose  # noqa: E402

NAME = "twentysecond"
SPLIT = "train"
SEED = 22022
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def build():
    rows = []
    for mod, n_rows, n_inj in twentysecond.PLAN:
        rng = random.Random("%d-%s" % (SEED, mod.LANG))
        for r in compose.build_language(mod, n_rows, n_inj, rng):
            r["lang"] = mod.LANG
            rows.append(r)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({
            "id": "%s-%05d" % (NAME, i),
            "split": SPLIT,
            "source": r["source"],
            "lang": r["lang"],
            "family": r["family"],
            "text": r["text"],
            "injection": r["injection"],
            "payload": r["payload"],
        })
    return out


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["split"] == SPLIT
        assert r["source"] in compose.SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert FAMILY_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]


def sentence_reuse(rows):
    """How often each prose sentence (markup, headers and JSON keys stripped) recurs across rows."""
    c = collections.Counter()
    for r in rows:
        t = r["text"]
        if t.startswith("{"):
            t = "\n".join(str(v) for v in _leaves(json.loads(t)))
        t = re.sub(r"<[^>]+>", "\n", t)
        for s in set(x.strip() for x in re.split(r"(?<=[.!?。])\s+|\n+", t)):
            if len(s) >= 25 and not re.match(r"^[\w .°-]{1,20} ?: ", s) and ";" not in s[:40]:
                c[s] += 1
    return c


def _leaves(o):
    if isinstance(o, dict):
        for v in o.values():
            yield from _leaves(v)
    elif isinstance(o, list):
        for v in o:
            yield from _leaves(v)
    elif isinstance(o, str):
        yield o


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-32s %5d" % (k, v))

    inj = [r for r in rows if r["injection"]]
    ben = [r for r in rows if not r["injection"]]
    hard = [r for r in ben if r["family"].startswith("hard-")]
    print("rows %d  injection %d  benign %d  (hard negatives %d, plain %d)" % (
        len(rows), len(inj), len(ben), len(hard), len(ben) - len(hard)))
    show("by language", collections.Counter(r["lang"] for r in rows))
    show("by language / label", collections.Counter(
        "%s %s" % (r["lang"], "inj" if r["injection"] else ("hard" if r["family"].startswith("hard-") else "benign"))
        for r in rows))
    show("by source", collections.Counter(r["source"] for r in rows))
    show("by label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    show("by family", collections.Counter(r["family"] for r in rows))
    reuse = sentence_reuse(rows)
    top = reuse.most_common(1)[0][1] if reuse else 0
    print("distinct prose sentences %d, most reused sentence appears in %d rows" % (len(reuse), top))
    print("wrote %s" % os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
