#!/usr/bin/env python3
"""Twentyninth store corpus: everyday shop text in 28 languages (reviews, tickets,
e-mails, supplier feeds, product pages, tool results), about a third of it carrying
instructions aimed at the store's AI and the rest benign, a quarter of that hard negatives.
Run `python3 bench/inject/gen_store_twentyninth.py` to write bench/inject/store_twentyninth.jsonl.
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentyninth import load_languages  # noqa: E402
from twentyninth.compose import SOURCES, build_language  # noqa: E402

NAME = "twentyninth"
SPLIT = "train"
SEED = 29_2029
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
WRAPPED = 11          # wrapped/encoded injections per language
EXTRA_LANGS = 8       # first languages get one more wrapped injection (2,500 rows)
INJ_FAMILIES = 20


def check_module(mod):
    name = mod.__name__
    assert len(mod.INJ) == INJ_FAMILIES, (name, len(mod.INJ))
    assert len(mod.REVIEWS) >= 18 and len(mod.MSGS) >= 12, name
    assert len(mod.PRODUCTS) >= 6 and len(mod.NOTICES) >= 2, name
    assert len(mod.HARD) >= 12, (name, len(mod.HARD))
    for n in mod.NOTICES:
        assert "{link}" in n, name
    for d in mod.DECODE:
        assert "{enc}" in d, name


def build():
    rows = []
    mods = load_languages()
    for i, mod in enumerate(mods):
        check_module(mod)
        rng = random.Random("%d/%s" % (SEED, mod.CODE))
        n_wrapped = WRAPPED + (1 if i < EXTRA_LANGS else 0)
        rows.extend(build_language(mod, rng, i, n_wrapped))
    random.Random(SEED).shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        row = {"id": "%s-%05d" % (NAME, k), "split": SPLIT}
        row.update(r)
        out.append({key: row[key] for key in KEYS})
    return out


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, ("duplicate text", r["id"], r["text"][:80])
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, ("length", r["id"], n, r["text"][:80])
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if not r["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), r["id"]
        else:
            assert fam != "benign" and not fam.startswith("hard-"), r["id"]


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    lab = collections.Counter("injection" if r["injection"] else "benign" for r in rows)
    show("label", lab)
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("hard negatives: %d of %d benign" % (hard, lab["benign"]))
    print("total: %d rows -> %s" % (len(rows), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
