"""Generate store_hundredeleventh.jsonl: a labelled training corpus of store texts
(reviews, tickets, supplier feeds, emails, web pages, tool results) in Persian, Hebrew,
Arabic, Urdu, Hindi, Thai, Vietnamese and Greek, half of them carrying prompt injections
aimed at an AI reader and half benign (more than half of those hard negatives).

Run:  python3 bench/inject/gen_store_hundredeleventh.py
Writes bench/inject/store_hundredeleventh.jsonl (deterministic) and prints row counts.
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredeleventh import LANGS  # noqa: E402
from hundredeleventh.common import (  # noqa: E402
    Gen, METHODS, METHOD_FAMILY, KIND_FAMILY, INJ_KINDS, KIND_SOURCES, ALL_SOURCES,
    HARD_FAMILIES, BENIGN_FAMILIES)

NAME = "hundredeleventh"
SEED = 111_0111
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
N_INJ, N_HARD, N_PLAIN = 156, 88, 68


def lang_rows(code, rng, extra_inj, extra_ben, seen):
    L = importlib.import_module("%s.%s" % (NAME, code))
    g = Gen(L, rng)
    methods = [m for m in METHODS if m != "homoglyph" or L.HGLYPH]
    rows = []

    def add(text, src, fam, inj, payload):
        if text in seen or not text.strip() or len(text) >= 4000:
            return False
        seen.add(text)
        rows.append(dict(source=src, lang=code, family=fam, text=text, injection=inj, payload=payload))
        return True

    for i in range(N_INJ + extra_inj):
        while True:
            kind = INJ_KINDS[i % len(INJ_KINDS)]
            method = None
            if kind not in KIND_SOURCES and rng.random() < 0.42:
                method = methods[rng.randrange(len(methods))]
            srcs = METHODS[method] if method else KIND_SOURCES.get(kind, ALL_SOURCES)
            src = rng.choice(srcs)
            text, pl = g.injection(kind, method, src)
            fam = METHOD_FAMILY[method] if method else KIND_FAMILY[kind]
            if add(text, src, fam, True, pl):
                break
    hard = list(HARD_FAMILIES)
    for i in range(N_HARD):
        while True:
            fam = hard[i % len(hard)]
            src = rng.choice(HARD_FAMILIES[fam])
            if add(g.hard(fam, src), src, fam, False, ""):
                break
    plain = list(BENIGN_FAMILIES)
    for i in range(N_PLAIN + extra_ben):
        while True:
            fam = plain[i % len(plain)]
            src = BENIGN_FAMILIES[fam][0]
            if add(g.benign(fam, src), src, fam, False, ""):
                break
    return rows


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in ALL_SOURCES
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(r["family"].startswith("hard-") for r in rows)
    assert abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10, (n_inj, n_ben)
    assert n_hard >= 650, n_hard


SPLIT = re.compile(r"(?<=[.!?؟۔।;])\s+|\n+")


def sentence_stats(rows):
    c = collections.Counter()
    for r in rows:
        segs = {s.strip(" >-*#\t") for s in SPLIT.split(r["text"])}
        for s in segs:
            if len(s) >= 12 and not s.startswith(("{", "}", "<", "[", "\"", "`", "sku,")):
                c[s] += 1
    return len(c), sum(c.values()), c.most_common(5)


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for i, code in enumerate(LANGS):
        extra = 1 if i < 2 else 0
        rows += lang_rows(code, rng, extra, extra, seen)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("rows:", len(out))
    for key in ("lang", "source", "injection"):
        print("by %s:" % key, dict(sorted(collections.Counter(str(r[key]) for r in out).items())))
    print("by family:")
    for k, n in sorted(collections.Counter(r["family"] for r in out).items()):
        print("  %-32s %d" % (k, n))
    print("hard negatives:", sum(r["family"].startswith("hard-") for r in out))
    distinct, total, top = sentence_stats(out)
    print("distinct sentences: %d (of %d sentence uses) over %d rows" % (distinct, total, len(out)))
    print("most repeated:", [(s[:40], n) for s, n in top])


if __name__ == "__main__":
    main()
