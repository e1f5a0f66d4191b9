"""Storewall evaluation corpus `hundredtwentyeighth`.

1,500 labelled store texts (reviews, Q&A, tickets and helpdesk chats, supplier feeds, newsletters,
web pages, tool results) from five shops: an events ticket marketplace, an auto-parts shop, a skincare
brand, a DIY store and a bookstore. Half carry instructions aimed at an AI reader (plain, hidden,
encoded, fake system/tool/conversation turns); half are benign, most of those hard negatives.

Run:  python3 bench/inject/gen_store_hundredtwentyeighth.py
Writes bench/inject/store_hundredtwentyeighth.jsonl (deterministic) and prints counts.
"""
import importlib
import json
import os
import random
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hundredtwentyeighth import common  # noqa: E402

NAME = "hundredtwentyeighth"
SEED = 128_0128
MAIN = "de fr es it pt nl pl sv da nb fi cs sk sl hu ro bg el ru uk tr ar he id et".split()
EXTRA = "ja ko zh th".split()
COUNTS = {"en": 376, **{c: 40 for c in MAIN}, **{c: 31 for c in EXTRA}}
HARD_SHARE = 0.56
ENCODED = {"zero-width-obfuscation", "homoglyph-obfuscation", "leetspeak", "encoded-base64", "encoded-hex",
           "encoded-rot13", "encoded-url"}


def plan(rng):
    slots, flip = [], 0
    for lang, n in COUNTS.items():
        ninj = n // 2 + (flip if n % 2 else 0)
        if n % 2:
            flip ^= 1
        nben = n - ninj
        nhard = round(nben * HARD_SHARE)
        slots += [(lang, True, False)] * ninj + [(lang, False, True)] * nhard + [(lang, False, False)] * (nben - nhard)
    return slots


def main():
    rng = random.Random(SEED)
    mods = {c: importlib.import_module(f"{NAME}.{c}").L for c in COUNTS}
    en = mods["en"]
    rows, seen = [], set()
    for lang, inj, hard in plan(rng):
        L = mods[lang]
        for _ in range(200):
            c = common.Ctx(L, rng)
            if inj:
                src, fam, text, pay = common.injection(c, en)
                if fam not in ENCODED and pay not in text:
                    continue
            else:
                src, fam, text = common.benign(c, hard)
                pay = ""
            if text not in seen and 0 < len(text) < 4000:
                break
        else:
            raise SystemExit(f"could not build unique row for {lang}")
        seen.add(text)
        rows.append({"source": src, "lang": lang, "family": fam, "text": text, "injection": inj, "payload": pay})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "test", **r})
    validate(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"store_{NAME}.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}, r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if r["injection"] and r["family"] not in ENCODED:
            assert r["payload"] in r["text"], r["id"]
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    assert len(rows) == 1500 and abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10, (n_inj, n_ben)
    assert n_hard >= 400, n_hard
    assert all(r["family"].startswith("hard-") is False for r in rows if r["injection"])


SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+|(?<=[。！？])")


def report(rows):
    def show(title, cnt):
        print(title)
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k}: {v}")
    show("lang", Counter(r["lang"] for r in rows))
    show("source", Counter(r["source"] for r in rows))
    show("family", Counter(r["family"] for r in rows))
    show("injection", Counter(r["injection"] for r in rows))
    print("hard negatives:", sum(r["family"].startswith("hard-") for r in rows))
    sents = Counter()
    for r in rows:
        for s in set(x.strip() for x in SPLIT.split(r["text"])):
            if len(s.split()) >= 4 or (len(s) >= 12 and " " not in s[:12]):
                sents[s] += 1
    print(f"rows: {len(rows)}  distinct sentences: {len(sents)}  sentence occurrences: {sum(sents.values())}  "
          f"max rows sharing one sentence: {max(sents.values())}")
    for s, n in sents.most_common(8):
        print(f"  {n}x {s[:90]}")


if __name__ == "__main__":
    main()
