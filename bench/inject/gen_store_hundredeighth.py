"""Store prompt-injection evaluation corpus "hundredeighth".

1,500 labelled rows (about half injections, half benign, most benign rows hard negatives) drawn from
five stores: wedding and party supplies, bikes and e-scooters, second-hand fashion marketplace,
pet insurance and supplies, and a B2B office/packaging wholesaler. Texts are reviews, tickets,
supplier feeds, emails, web pages and agent tool results in 25 languages.

Run:  python3 bench/inject/gen_store_hundredeighth.py
Writes bench/inject/store_hundredeighth.jsonl (deterministic) and prints row counts.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from hundredeighth import common as C  # noqa: E402
from hundredeighth import (en, de, fr, es, it, pt, nl, pl, sv, nb, fi, cs, sl, hr, lt, lv, et,  # noqa: E402
                           ru, uk, tr, he, fa, ja, zh, th)

NAME = "hundredeighth"
SEED = 108_0108
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
MAIN = [de, fr, es, it, pt, nl, pl, sv, nb, fi, cs, sl, hr, lt, lv, et, ru, uk, tr, he, fa]
PLAN = [(en, 375)] + [(m, 50) for m in MAIN] + [(m, 25) for m in (ja, zh, th)]
HARD_SHARE = 0.58
CAP = 9
PLAIN_W = [2, 2, 2.5, 3.5, 1.5, 1]
ENCODED = {"base64", "hex", "url-encoded", "rot13", "zero-width", "homoglyph", "leetspeak"}

SPLIT = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")


def sentences(text):
    return [s.strip() for s in SPLIT.split(text) if s and s.strip()]


def prose_sentences(text):
    """Sentences of running text: skips markup, JSON and code lines."""
    out = []
    for s in sentences(text):
        if s[0] in "{}[]\"<`#>-" or sum(ch.isalpha() for ch in s) < 4 or (len(s) < 10 and s.isascii()):
            continue
        out.append(s)
    return out


def capped(text, seen):
    return all(seen[s] < CAP for s in prose_sentences(text) if len(s) >= 8)


def make_rows(rng):
    rows, seen_text, seen_sent = [], set(), Counter()
    for L, n in PLAN:
        n_inj = n // 2
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        kinds = ["inj"] * n_inj + ["hard"] * n_hard + ["plain"] * (n_ben - n_hard)
        for k in kinds:
            for attempt in range(80):
                biz = rng.choice(C.BIZ)
                if k == "inj":
                    other = rng.choice([de, fr, es]) if L is en else (en if rng.random() < 0.8 else rng.choice([de, ru, fr]))
                    if other is L:
                        other = en
                    src, fam, text, payload = C.injection(rng, L, other, biz)
                elif k == "hard":
                    fam = rng.choice(C.HARD_FAMS)
                    src, text = C.hard(rng, L, fam, biz)
                    payload = ""
                else:
                    src = rng.choices(C.SOURCES, PLAIN_W)[0]
                    if src == "email" and rng.random() < 0.55:
                        biz = rng.choice(["b2b", "b2b", "fash"])
                    fam, text = C.plain_benign(rng, L, src, biz)
                    payload = ""
                if text in seen_text or len(text) >= 4000:
                    continue
                if capped(text, seen_sent) or attempt == 79:
                    break
            seen_text.add(text)
            for s in dict.fromkeys(sentences(text)):
                seen_sent[s] += 1
            rows.append({"id": "", "split": "test", "source": src, "lang": L.CODE, "family": fam,
                         "text": text, "injection": k == "inj", "payload": payload})
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"{NAME}-{i:05d}"
    return rows


def validate(rows):
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    inj = sum(r["injection"] for r in rows)
    ben = len(rows) - inj
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert abs(len(rows) - 1500) <= 10 and abs(inj - 750) <= 10 and abs(ben - 750) <= 10, (inj, ben)
    assert hard >= 400, hard
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in C.SOURCES, r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if r["injection"] and r["family"] not in ENCODED:
            assert r["payload"] in r["text"], (r["id"], r["payload"])
    return inj, ben, hard


def main():
    rng = random.Random(SEED)
    rows = make_rows(rng)
    inj, ben, hard = validate(rows)
    keys = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    for title, key in (("lang", "lang"), ("source", "source"), ("family", "family")):
        c = Counter(r[key] for r in rows)
        print(f"== {title}")
        for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {k}: {v}")
    print(f"== label\n  injection: {inj}\n  benign: {ben} (hard {hard})")
    sent = Counter()
    for r in rows:
        for s in dict.fromkeys(prose_sentences(r["text"])):
            sent[s] += 1
    over = sum(1 for v in sent.values() if v > 10)
    print(f"== sentences (running text)\n  rows: {len(rows)}  distinct sentences: {len(sent)}  "
          f"occurrences: {sum(sent.values())}  max rows per sentence: {max(sent.values())}  sentences in >10 rows: {over}")
    for s, n in sorted(sent.items(), key=lambda x: (-x[1], x[0]))[:3]:
        print(f"  {n}x {s[:70]!r}")


if __name__ == "__main__":
    main()
