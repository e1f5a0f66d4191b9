#!/usr/bin/env python3
"""Labelled injection corpus for the store gateway, 23 languages, split "train".

Most benign rows are hard negatives that describe, quote or warn about attacks,
scams and AI misuse for human readers (trust-and-safety notices, moderation
notes, bulletins, quizzes, post-mortems); the injections are live orders to the
reading AI, many of them hidden inside the same kinds of notices.
Run: python3 bench/inject/gen_store_fiftysixth.py  (writes bench/inject/store_fiftysixth.jsonl)
"""

import sys

sys.dont_write_bytecode = True

import collections
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fiftysixth import LANGUAGES  # noqa: E402
from fiftysixth.common import Builder, SOURCES, DEFAULT_SLOTS  # noqa: E402

NAME = "fiftysixth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAM_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


SLOT_KEYS = set(DEFAULT_SLOTS) | {k for lang in LANGUAGES for k in lang.slots} | {"inj", "q", "qhtml", "qcomment"}


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n, r["text"][:80])
        assert r["split"] == "train"
        assert r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert FAM_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        assert "{inj}" not in r["text"] and "{q}" not in r["text"] and "\x00" not in r["text"], r["id"]
        leftover = [k for k in re.findall(r"\{([a-z_0-9]+)\}", r["text"]) if k in SLOT_KEYS]
        assert not leftover, (r["id"], leftover)


def main():
    rows, reuse = [], {}
    for lang in LANGUAGES:
        b = Builder(lang)
        rows.extend(b.build())
        reuse[lang.code] = b.reuse()
    random.Random(NAME + "-shuffle").shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i)}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-32s %5d" % (k, v))

    inj = sum(r["injection"] for r in out)
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("rows %d  injection %d  benign %d  (hard negatives %d, plain %d)" % (
        len(out), inj, len(out) - inj, hard, len(out) - inj - hard))
    show("per language:", collections.Counter(r["lang"] for r in out))
    show("per source:", collections.Counter(r["source"] for r in out))
    show("per family:", collections.Counter(r["family"] for r in out))
    show("per label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    if "-v" in sys.argv:
        for code, d in reuse.items():
            print(code, " ".join("%s=%d/max%d" % (k, v[0], v[1]) for k, v in d.items()))


if __name__ == "__main__":
    main()
