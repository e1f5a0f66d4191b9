"""Generate store_seventyfourth.jsonl: 2,500 labelled store-inbox texts in 16 languages,
mostly long e-mail threads (quoted replies, forwards, signatures and disclaimers, auto-replies,
helpdesk and tool views, multipart HTML) with and without instructions aimed at the store's AI.
Run with `python3 bench/inject/gen_store_seventyfourth.py`; the output is deterministic."""

import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventyfourth import PLAN, load  # noqa: E402
from seventyfourth.common import Gen  # noqa: E402

NAME = "seventyfourth"
SEED = 74_2025
INJ_SHARE = 0.45
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def build():
    en = load("en")
    rows = []
    for i, (mod, n) in enumerate(PLAN):
        L = load(mod)
        gen = Gen(L, en, random.Random(SEED + 1000 * i))
        rows.extend(gen.rows(n, INJ_SHARE))
    random.Random(SEED).shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, k), "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    return out


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r["id"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        fam = r["family"]
        if r["injection"]:
            assert fam != "benign" and not fam.startswith("hard-"), r["id"]
        else:
            assert fam == "benign" or fam.startswith("hard-"), r["id"]


def main():
    rows = build()
    validate(rows)
    path = os.path.join(HERE, "store_%s.jsonl" % NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key in ["lang", "source", "family"]:
        c = collections.Counter(r[key] for r in rows)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    c = collections.Counter(r["injection"] for r in rows)
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("label: injection=%d benign=%d (hard negatives %d)" % (c[True], c[False], hard))
    sizes = sorted(len(r["text"].encode("utf-8")) for r in rows)
    print("rows: %d  bytes min/median/max: %d/%d/%d" % (len(rows), sizes[0], sizes[len(sizes) // 2], sizes[-1]))
    print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    main()
