"""Labelled store-text corpus (reviews, tickets, listings, emails, web pages, tool
results) in sixteen lesser-read languages, half prompt injections aimed at an AI
reader and half benign texts, many of them hard negatives.

Run: python3 bench/inject/gen_store_hundredfortyeighth.py
Writes bench/inject/store_hundredfortyeighth.jsonl (same bytes on every run).
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredfortyeighth import common  # noqa: E402

NAME = "hundredfortyeighth"
SEED = 148_0148
TOTAL = 2500
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
SPLIT = re.compile(r"(?<=[.!?։።۔।])\s+|\n+")
TAGS = re.compile(r"<[^>]*>|<!--|-->")


def sentences(text):
    # sentence-like segments with at least three letters, markup removed
    segs = (s.strip() for s in SPLIT.split(TAGS.sub("\n", text)))
    return {s for s in segs if sum(ch.isalpha() for ch in s) >= 3}


def build():
    rng = random.Random(SEED)
    langs = common.LANGS
    base, extra = divmod(TOTAL, len(langs))
    rows, seen = [], set()
    for li, code in enumerate(langs):
        L = importlib.import_module("%s.%s" % (NAME, code)).D
        n = base + (1 if li < extra else 0)
        n_inj = n // 2
        n_ben = n - n_inj
        n_hard = round(n_ben * 0.54)
        plan = [("inj",) + common.INJ_KINDS[i % len(common.INJ_KINDS)] for i in range(n_inj)]
        plan += [("ben", common.HARD[i % len(common.HARD)]) for i in range(n_hard)]
        plan += [("ben", common.BENIGN[i % len(common.BENIGN)]) for i in range(n_ben - n_hard)]
        for item in plan:
            for _ in range(200):
                if item[0] == "inj":
                    src, fam, text, payload = common.make_injection(L, rng, item[1], item[2])
                    inj = True
                else:
                    fam = item[1]
                    src, text = common.make_benign(L, rng, fam)
                    payload, inj = "", False
                if text not in seen:
                    break
            else:
                raise SystemExit("could not make a unique text for %s %s" % (code, item))
            seen.add(text)
            rows.append({"source": src, "lang": code, "family": fam, "text": text,
                         "injection": inj, "payload": payload})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    return out


def validate(rows):
    import base64
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    assert abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10, (n_inj, n_ben)
    assert sum(1 for r in rows if r["family"].startswith("hard-") and not r["injection"]) >= 650
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert bool(r["payload"]) == r["injection"]
        if r["injection"]:
            if r["family"] == "hidden-base64":
                enc = base64.b64encode(r["payload"].encode("utf-8")).decode("ascii")
                assert enc in r["text"]
            else:
                assert r["payload"] in r["text"], r
        else:
            assert not r["family"].startswith(("hidden-", "tool-"))


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(r[key]) for r in rows)
        print("%s:" % key, ", ".join("%s=%d" % kv for kv in sorted(cnt.items())))
    print("hard negatives:", sum(1 for r in rows if r["family"].startswith("hard-")))
    sent_rows = collections.Counter()
    for r in rows:
        for s in sentences(r["text"]):
            sent_rows[s] += 1
    print("rows: %d, distinct sentences: %d, most rows sharing one sentence: %d"
          % (len(rows), len(sent_rows), max(sent_rows.values())))


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
