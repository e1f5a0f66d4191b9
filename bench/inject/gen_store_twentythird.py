#!/usr/bin/env python3
"""Builds store_twentythird.jsonl: 2,500 labelled rows of what a store's AI agent reads (tool results, JSON APIs,
CSV/XML feeds, HTML pages, MIME mail, PDF/OCR extracts, chat logs, configs and diffs) in English and ten other
languages, where about 45% carry an instruction to the AI planted in one field and the rest are benign or hard
negatives full of words like system, prompt, override, admin and ignore.

Run: python3 bench/inject/gen_store_twentythird.py  (standard library only; same bytes on every run)."""

import collections
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentythird.build import build_lang  # noqa: E402

NAME = "twentythird"
SPLIT = "train"
SEED = 23_2025
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
# language module, rows, injections, hard negatives
PLAN = [
    ("en", 1200, 540, 380),
    ("de", 130, 59, 40), ("fr", 130, 59, 40), ("es", 130, 59, 40), ("it", 130, 59, 40), ("nl", 130, 59, 40),
    ("pl", 130, 58, 40), ("pt_br", 130, 58, 40), ("ja", 130, 58, 40), ("zh_cn", 130, 58, 40), ("ko", 130, 58, 40),
]
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def main():
    en = importlib.import_module("twentythird.lang_en").PACK
    seen = set()
    rows = []
    only = os.environ.get("TWENTYTHIRD_ONLY")
    for i, (mod, n, n_inj, n_hard) in enumerate(PLAN):
        if only and mod not in only.split(","):
            continue
        pack = importlib.import_module("twentythird.lang_" + mod).PACK
        rows += build_lang(pack, en, n, n_inj, n_hard, SEED + 1009 * i, seen)
    random.Random(SEED).shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, k), "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        size = len(r["text"].encode("utf-8"))
        assert 40 <= size <= 3000, (r["id"], size)
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"], r
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        else:
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r


def report(rows):
    def show(title, key):
        cnt = collections.Counter(key(r) for r in rows)
        print("%s:" % title)
        for k in sorted(cnt):
            print("  %-28s %5d" % (k, cnt[k]))
    print("wrote %d rows to %s" % (len(rows), os.path.relpath(OUT)))
    show("by lang", lambda r: r["lang"])
    show("by source", lambda r: r["source"])
    show("by label", lambda r: "injection" if r["injection"] else "benign")
    show("by kind", lambda r: "injection" if r["injection"] else ("hard-negative" if r["family"].startswith("hard-")
                                                                   else "benign"))
    show("by family", lambda r: r["family"])


if __name__ == "__main__":
    main()
