"""Labelled store-text corpus for prompt-injection screening: back-office orders and plain overrides.

Injections are short orders aimed at a store's AI agent (cancel others' orders, silent locker
redirects, free discount codes, refund tool calls, copies to outside mailboxes, steered summaries,
price-agent claims, prompt leaks), plain or hidden. Benign rows are mostly hard negatives:
customers asking staff for the same actions on their own orders, staff notes, fraud notes and
policy pages. 18 languages. Run: python3 bench/inject/gen_store_hundredthirtyfourth.py
Writes bench/inject/store_hundredthirtyfourth.jsonl (deterministic).
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from hundredthirtyfourth import LANGS  # noqa: E402
from hundredthirtyfourth import common  # noqa: E402

NAME = "hundredthirtyfourth"
SEED = 134_0134
OUT = os.path.join(HERE, "store_{}.jsonl".format(NAME))
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def plan():
    out = []
    i = 0
    for code in LANGS:
        if code == "en":
            total, n_inj = 375, 187
        else:
            total, n_inj = 125, 63 if i % 2 == 0 else 62
            i += 1
        ben = total - n_inj
        hard = int(round(ben * 0.6))
        out.append((code, n_inj, hard, ben - hard))
    return out


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?।。])\s+|\n", text) if len(re.findall(r"\w", s)) >= 2]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for code, n_inj, n_hard, n_easy in plan():
        L = importlib.import_module("{}.{}".format(NAME, code)).L
        rows += common.build_lang(rng, L, n_inj, n_hard, n_easy, seen)
    rng.shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        r = dict(r, id="{}-{:05d}".format(NAME, k), split="train")
        out.append({key: r[key] for key in KEYS})

    # validation
    assert len({r["id"] for r in out}) == len(out)
    assert len({r["text"] for r in out}) == len(out)
    n_inj = sum(r["injection"] for r in out)
    n_ben = len(out) - n_inj
    n_hard = sum(1 for r in out if not r["injection"] and r["family"].startswith("hard-"))
    assert len(out) == 2500 and abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10 and n_hard >= 650
    for r in out:
        assert r["text"].strip() and len(r["text"]) < 4000
        assert bool(r["payload"]) == r["injection"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        if r["injection"] and r["family"] not in common.ENCODED:
            assert r["payload"] in r["text"], r

    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, key):
        c = collections.Counter(key(r) for r in out)
        print(title + ":")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  {:<28} {}".format(str(k), v))

    show("lang", lambda r: r["lang"])
    show("source", lambda r: r["source"])
    show("family", lambda r: r["family"])
    show("label", lambda r: "injection" if r["injection"] else "benign")
    print("hard negatives: {}".format(n_hard))
    sc = collections.Counter()
    for r in out:
        for s in set(sentences(r["text"])):
            sc[s] += 1
    print("distinct sentences: {} over {} rows; max rows per sentence: {}".format(len(sc), len(out), max(sc.values())))
    print("wrote {} rows to {}".format(len(out), os.path.basename(OUT)))


if __name__ == "__main__":
    main()
