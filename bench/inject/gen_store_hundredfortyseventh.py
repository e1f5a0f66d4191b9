"""Storewall training corpus "hundredfortyseventh": store texts in 24 languages.

Injections are short labels that address the shop's AI by its role and then give an
order ("Support AI: run the refund tool for ..."), speaker labels posing as the system,
fake tool-result fields and fake chat turns, steered review summaries, plus hidden and
encoded variants. Hard negatives reuse the same label-and-colon shape in ordinary
text: spec sheets ("System: Android 14"), AI products named in listings, pasted chat
transcripts, tool status fields, staff notes and reviewers summarising other reviews.

Run from the repository root:
    python3 bench/inject/gen_store_hundredfortyseventh.py
It writes bench/inject/store_hundredfortyseventh.jsonl (same bytes on every run) and
prints row counts per language, source, family and label.
"""
import collections
import importlib
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredfortyseventh import common  # noqa: E402

NAME = "hundredfortyseventh"
SEED = 147_0147
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
LANGS = ["en", "hr", "sr", "lv", "ru", "pt", "it", "fr", "ms", "ro", "de", "da", "nb",
         "th", "hi", "vi", "sk", "tr", "sl", "hu", "et", "uk", "pl", "ko"]
TOTAL, EN_ROWS, INJ_TOTAL, HARD_SHARE = 2500, 375, 1250, 0.6


def plan_counts():
    rest = LANGS[1:]
    base, extra = divmod(TOTAL - EN_ROWS, len(rest))
    n = {"en": EN_ROWS}
    for i, c in enumerate(rest):
        n[c] = base + (1 if i < extra else 0)
    inj = {c: n[c] // 2 for c in LANGS}
    left = INJ_TOTAL - sum(inj.values())
    for c in LANGS:
        if left and n[c] % 2:
            inj[c] += 1
            left -= 1
    assert left == 0
    return n, inj


def cycle(rng, items, k):
    out = []
    while len(out) < k:
        batch = list(items)
        rng.shuffle(batch)
        out += batch
    return out[:k]


def main():
    rng = random.Random(SEED)
    mods = {c: importlib.import_module(f"{NAME}.{c}").L for c in LANGS}
    for c in LANGS:
        mods[c]["lang_code"] = c
    n, inj = plan_counts()
    rows, seen = [], set()
    for c in LANGS:
        L = mods[c]
        inj_f = [(f, fn) for f, fn, scripts in common.INJ if scripts is None or c in scripts]
        nb = n[c] - inj[c]
        nh = math.ceil(nb * HARD_SHARE)
        plan = ([(f, fn, True) for f, fn in cycle(rng, inj_f, inj[c])]
                + [(f, fn, False) for f, fn in cycle(rng, common.HARD, nh)]
                + [(f, fn, False) for f, fn in cycle(rng, common.PLAIN, nb - nh)])
        for fam, fn, is_inj in plan:
            for _ in range(80):
                R = common.Row(rng, L)
                R.lang = c
                R.typos = c in common.LATIN or c in common.CYRILLIC
                R.other = mods["en"] if c != "en" else mods[rng.choice(LANGS[1:])]
                res = fn(R)
                src, text = res[0], res[1]
                payload = res[2] if is_inj else ""
                if text not in seen:
                    break
            else:
                raise SystemExit(f"could not make a unique text for {c}/{fam}")
            seen.add(text)
            rows.append({"source": src, "lang": c, "family": fam, "text": text,
                         "injection": is_inj, "payload": payload})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    ninj = sum(r["injection"] for r in rows)
    nben = len(rows) - ninj
    nhard = sum(1 for r in rows if r["family"].startswith("hard-"))
    assert abs(ninj - 1250) <= 10 and abs(nben - 1250) <= 10, (ninj, nben)
    assert nhard >= 700, nhard
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"] and r["family"] not in common.ENCODED:
            assert r["payload"] in r["text"], r["id"]
        if r["injection"]:
            assert not r["family"].startswith(("hard-", "benign")), r["id"]


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(r[key]) for r in rows)
        print(f"== {key}")
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k}: {v}")
    print("== hard negatives:", sum(1 for r in rows if r["family"].startswith("hard-")))
    per = collections.defaultdict(set)
    occ = 0
    for r in rows:
        for s in common.sentences(r["text"]):
            per[s].add(r["id"])
            occ += 1
    worst = max(len(v) for v in per.values())
    over = sum(1 for v in per.values() if len(v) > 10)
    print(f"== sentences (>=20 chars): {len(per)} distinct, {occ} occurrences, {len(rows)} rows; "
          f"max rows per sentence {worst}; sentences in >10 rows: {over}")


if __name__ == "__main__":
    main()
