#!/usr/bin/env python3
"""Generate bench/inject/store_seventeenth.jsonl.

Indirect prompt injection aimed at a store's tool-using agents (important
message blocks in tool results, task updates, fake errors, platform
impersonation, completion tricks, field and hidden-text smuggling, markdown
exfiltration), next to hard negatives in the same carriers.  Standard
library only, deterministic: python3 bench/inject/gen_store_seventeenth.py
"""
import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventeenth import bank_en, bank_north, bank_west  # noqa: E402
from seventeenth import styles  # noqa: E402
from seventeenth.common import make_slots  # noqa: E402

SEED = 17017
OUT = os.path.join(HERE, "store_seventeenth.jsonl")
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
# rows per language; about 65% English
QUOTA = {"en": 1625, "de": 120, "fr": 110, "es": 110, "it": 90, "pt": 85, "nl": 85,
         "pl": 75, "sv": 70, "ja": 75, "da": 55}
INJ_SHARE = 0.45
HARD_SHARE = 0.64  # of benign rows
MIN_BYTES, MAX_BYTES = 150, 4096


def banks():
    out = {"en": bank_en.BANK}
    for b in bank_west.BANKS + bank_north.BANKS:
        out[b["lang"]] = b
    return out


def fits(text):
    n = len(text.encode("utf-8"))
    return MIN_BYTES <= n <= MAX_BYTES


def build(rng):
    B_all = banks()
    rows, seen = [], set()
    for lang, total in QUOTA.items():
        B = B_all[lang]
        n_inj = round(total * INJ_SHARE)
        n_ben = total - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        want = [("inj", n_inj), ("hard", n_hard), ("plain", n_ben - n_hard)]
        for kind, n in want:
            made, tries = 0, 0
            while made < n:
                tries += 1
                if tries > n * 200:
                    raise SystemExit("could not make enough unique %s rows for %s" % (kind, lang))
                s = make_slots(rng, B)
                if kind == "inj":
                    fam, src, text, pay = styles.injection(rng, B, s)
                elif kind == "hard":
                    fam, src, text = styles.hard(rng, B, s)
                    pay = ""
                else:
                    fam, src, text = styles.plain(rng, B, s)
                    pay = ""
                if text in seen or not fits(text):
                    continue
                seen.add(text)
                rows.append({"source": src, "lang": lang, "family": fam, "text": text,
                             "injection": kind == "inj", "payload": pay})
                made += 1
    return rows


def check(rows):
    texts = set()
    for r in rows:
        assert list(r) == ["id", "split", "source", "lang", "family", "text", "injection", "payload"], r
        assert r["source"] in SOURCES, r["source"]
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert fits(r["text"]), r["id"]
        fam = r["family"]
        assert fam == fam.lower() and " " not in fam and "_" not in fam, fam
        if r["injection"]:
            assert r["payload"] and r["payload"] in r["text"], r["id"]
            assert not fam.startswith("hard-") and fam != "benign", fam
        else:
            assert r["payload"] == "", r["id"]
            assert fam == "benign" or fam.startswith("hard-"), fam
        assert "/home/" not in r["text"]
    n = len(rows)
    inj = sum(r["injection"] for r in rows)
    ben = n - inj
    hard = sum(r["family"].startswith("hard-") for r in rows)
    assert 0.40 <= inj / n <= 0.50, inj / n
    assert hard * 2 >= ben, (hard, ben)
    en = sum(r["lang"] == "en" for r in rows)
    assert 0.60 <= en / n <= 0.70, en / n


def report(rows):
    def dump(title, counter):
        print("== %s ==" % title, file=sys.stderr)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-40s %5d" % (k, v), file=sys.stderr)
    dump("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    dump("lang", collections.Counter(r["lang"] for r in rows))
    dump("source", collections.Counter(r["source"] for r in rows))
    dump("family (injection)", collections.Counter(r["family"] for r in rows if r["injection"]))
    dump("family (benign)", collections.Counter(r["family"] for r in rows if not r["injection"]))
    print("total %d rows -> %s" % (len(rows), os.path.basename(OUT)), file=sys.stderr)


def main():
    rng = random.Random(SEED)
    rows = build(rng)
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "seventeenth-%05d" % i, "split": "train", **r})
    check(final)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in final:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(final)


if __name__ == "__main__":
    main()
