#!/usr/bin/env python3
"""Labelled prompt-injection corpus "twentyeighth" for the Storewall store gateway.

2,500 texts that strangers send to an online store (reviews, tickets, supplier
feeds, emails, web pages, tool results) in thirteen languages, about 45% carrying
an instruction aimed at the store's AI (mostly memory/policy poisoning, polite,
third-person and split instructions with no word for AI) and the rest benign,
at least half of them hard look-alikes. Run: python3 bench/inject/gen_store_twentyeighth.py
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

from twentyeighth import common  # noqa: E402
from twentyeighth import en, de, fr, es, it, pt_br, nl, pl, sv, ja, zh_cn, zh_tw, ko, tr  # noqa: E402

NAME = "twentyeighth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
SEED = 2828

# (module, lang code, rows, injections, hard negatives, encoded share, hidden share)
PLAN = [
    (en, "en", 1000, 450, 320, 0.08, 0.45),
    (de, "de", 150, 68, 46, 0.03, 0.4),
    (fr, "fr", 150, 68, 46, 0.03, 0.4),
    (es, "es", 150, 68, 46, 0.03, 0.4),
    (it, "it", 120, 54, 37, 0.03, 0.4),
    (pt_br, "pt-BR", 120, 54, 37, 0.03, 0.4),
    (nl, "nl", 100, 45, 31, 0.03, 0.4),
    (pl, "pl", 100, 45, 31, 0.03, 0.4),
    (sv, "sv", 80, 36, 25, 0.03, 0.4),
    (ja, "ja", 160, 72, 50, 0.03, 0.4),
    (zh_cn, "zh-CN", 115, 52, 36, 0.03, 0.4),
    (zh_tw, "zh-TW", 45, 20, 14, 0.03, 0.4),
    (ko, "ko", 110, 50, 34, 0.03, 0.4),
    (tr, "tr", 100, 45, 31, 0.03, 0.4),
]

KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def build():
    rows = []
    for idx, (mod, lang, total, n_inj, n_hard, enc_rate, hide_rate) in enumerate(PLAN):
        rng = random.Random(SEED * 100 + idx)
        b = common.Builder(mod, lang, rng)
        b.injections(n_inj, enc_rate, hide_rate)
        b.hard(n_hard)
        b.plain(total - n_inj - n_hard)
        got = b.rows
        inj = sum(1 for r in got if r["injection"])
        if len(got) != total or inj != n_inj:
            raise SystemExit("%s: built %d rows (%d injections), wanted %d (%d)"
                             % (lang, len(got), inj, total, n_inj))
        rows.extend(got)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "%s-%05d" % (NAME, i)}
        row.update(r)
        out.append({k: row[k] for k in KEYS})
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
        assert 40 <= n <= 3000, (n, r["text"][:80])
        assert r["split"] == "train"
        assert r["source"] in common.SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert FAMILY_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r["family"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
    inj = sum(r["injection"] for r in rows)
    benign = len(rows) - inj
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    assert hard * 2 >= benign, (hard, benign)


def report(rows):
    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))
    show("by language:", collections.Counter(r["lang"] for r in rows))
    show("by source:", collections.Counter(r["source"] for r in rows))
    show("by family:", collections.Counter(r["family"] for r in rows))
    show("by label:", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("hard negatives: %d of %d benign" % (hard, sum(1 for r in rows if not r["injection"])))
    print("total rows: %d -> %s" % (len(rows), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
