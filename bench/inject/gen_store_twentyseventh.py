#!/usr/bin/env python3
"""Build store_twentyseventh.jsonl: 1,200 labelled texts that a store's shopping and support
agents read while they work (tool results as JSON, fetched pages, emails with quoted replies and
attachments, supplier CSV/XML/EDI feeds, reviews, chat and ticket transcripts) in twelve languages,
half of them carrying an instruction aimed at the AI and half benign, most benign rows hard negatives.

Run from the repository root with `python3 bench/inject/gen_store_twentyseventh.py`; the output is
deterministic (standard library only, fixed seed) and the script validates it and prints counts.
"""

import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from twentyseventh.build import build_language  # noqa: E402
from twentyseventh import (lang_en, lang_de, lang_fr, lang_es, lang_it, lang_pt, lang_nl,  # noqa: E402
                           lang_ja, lang_zh, lang_ko, lang_pl, lang_sv)

NAME = "twentyseventh"
SPLIT = "dev"
SEED = 27_2027
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)

# (pack, injections, benign, hard negatives among benign)
PLAN = [
    (lang_en.PACK, 300, 300, 190),
    (lang_de.PACK, 35, 35, 22),
    (lang_fr.PACK, 35, 35, 22),
    (lang_es.PACK, 35, 35, 22),
    (lang_it.PACK, 25, 25, 15),
    (lang_pt.PACK, 25, 25, 15),
    (lang_nl.PACK, 25, 25, 15),
    (lang_ja.PACK, 35, 35, 22),
    (lang_zh.PACK, 35, 35, 22),
    (lang_ko.PACK, 25, 25, 15),
    (lang_pl.PACK, 13, 12, 8),
    (lang_sv.PACK, 12, 13, 8),
]

KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def validate(rows):
    assert len(rows) == 1200, len(rows)
    ids, texts = set(), set()
    for i, row in enumerate(rows, 1):
        assert list(row.keys()) == KEYS, row.keys()
        assert row["id"] == "%s-%05d" % (NAME, i)
        assert row["id"] not in ids
        ids.add(row["id"])
        assert row["split"] == SPLIT
        assert row["source"] in SOURCES, row["source"]
        assert FAMILY_RE.match(row["family"]), row["family"]
        assert isinstance(row["injection"], bool)
        n = len(row["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (row["id"], n)
        assert row["text"] not in texts, row["id"]
        texts.add(row["text"])
        if row["injection"]:
            assert row["payload"].strip(), row["id"]
            assert not (row["family"] == "benign" or row["family"].startswith("hard-")), row["id"]
        else:
            assert row["payload"] == "", row["id"]
            assert row["family"] == "benign" or row["family"].startswith("hard-"), row["id"]
    n_inj = sum(r["injection"] for r in rows)
    assert n_inj == 600, n_inj
    n_hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    assert n_hard >= 350, n_hard


def main():
    rows = []
    for k, (pack, n_inj, n_ben, n_hard) in enumerate(PLAN):
        rows.extend(build_language(pack, n_inj, n_ben, n_hard, SEED + 101 * k))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda t: (-t[1], t[0])):
            print("  %-34s %5d" % (k, v))

    print("wrote %d rows to %s" % (len(out), os.path.relpath(OUT)))
    show("label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    show("hard negatives:", collections.Counter(
        "hard" if r["family"].startswith("hard-") else ("plain benign" if not r["injection"] else "injection") for r in out))
    show("lang:", collections.Counter(r["lang"] for r in out))
    show("source:", collections.Counter(r["source"] for r in out))
    show("family:", collections.Counter(r["family"] for r in out))


if __name__ == "__main__":
    main()
