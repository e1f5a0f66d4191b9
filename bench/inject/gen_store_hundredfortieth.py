"""Generate store_hundredfortieth.jsonl: a labelled prompt-injection evaluation corpus.

Store texts (reviews, Q&A, tickets and helpdesk chats, supplier feeds, marketplace listings,
seller messages, newsletters, web pages, tool results) from five shops: sporting goods, musical
instruments, a plant nursery, a second-hand electronics marketplace and a party/gift-box service.
Half of the rows carry instructions aimed at an AI reader (plain, hidden, encoded or posing as
system/tool output); the rest are benign, more than half of them hard negatives.

Run:  python3 bench/inject/gen_store_hundredfortieth.py
Writes bench/inject/store_hundredfortieth.jsonl (deterministic) and prints row counts.
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
sys.dont_write_bytecode = True

from hundredfortieth import LANGS  # noqa: E402
from hundredfortieth import common as C  # noqa: E402

NAME = "hundredfortieth"
SEED = 140_0140
TOTAL = 1500
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
SMALL = {"ja", "ko", "zh", "th"}


def quotas():
    q = {"en": 375}
    for l in SMALL:
        q[l] = 28
    rest = [l for l in LANGS if l not in q]
    left = TOTAL - sum(q.values())
    for i, l in enumerate(rest):
        q[l] = left // len(rest) + (1 if i < left % len(rest) else 0)
    return q


def main():
    rng = random.Random(SEED)
    mods = {l: importlib.import_module("hundredfortieth.%s" % l) for l in LANGS}
    en = mods["en"]
    rows, seen = [], set()
    q = quotas()
    flip = 0
    for lang in LANGS:
        L = mods[lang]
        n = q[lang]
        n_inj = n // 2 + (flip if n % 2 else 0)
        if n % 2:
            flip ^= 1
        n_ben = n - n_inj
        n_hard = int(round(n_ben * 0.57))
        plan = ["inj"] * n_inj + ["hard"] * n_hard + ["ben"] * (n_ben - n_hard)
        for kind in plan:
            for _ in range(200):
                if kind == "inj":
                    src, fam, text, payload, tech = C.make_injection(L, rng, lang, en)
                    if tech not in C.DECODED and payload not in text:
                        continue
                    inj = True
                elif kind == "hard":
                    src, fam, text = C.make_hard(L, rng, lang)
                    payload, inj = "", False
                else:
                    src, fam, text = C.make_benign(L, rng, lang)
                    payload, inj = "", False
                if text in seen or not text.strip() or len(text) >= 4000:
                    continue
                seen.add(text)
                rows.append({"source": src, "lang": lang, "family": fam, "text": text,
                             "injection": inj, "payload": payload})
                break
            else:
                raise SystemExit("could not build a unique row for %s" % lang)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "test", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool"), r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert abs(len(rows) - TOTAL) <= 10 and abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10
    assert n_hard >= 400, n_hard


SPLIT = re.compile(r"(?<=[.!?。！？।؟])\s+|\n+")


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(r[key]) for r in rows)
        print("== %s" % key)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-26s %d" % (k, v))
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    per = collections.Counter()
    total = 0
    for r in rows:
        ss = {s.strip() for s in SPLIT.split(prose(r["text"])) if is_sentence(s.strip())}
        total += len(ss)
        per.update(ss)
    top = per.most_common(1)[0]
    print("full sentences: %d distinct / %d occurrences in %d rows; most repeated in %d rows: %s"
          % (len(per), total, len(rows), top[1], top[0]))


def prose(t):
    """Text with markup, JSON punctuation and field separators turned into line breaks."""
    t = re.sub(r"<[^>]*>", "\n", t)
    t = re.sub(r'"\s*[:,]\s*"?|"?\s*[:,]\s*"|[{}\[\]|;\t]', "\n", t)
    return t.replace('"', "\n")


def is_sentence(s):
    """Prose of three or more words (or eight or more characters in unspaced scripts); no JSON/markup lines."""
    if not s or s[0] in '"{}[]<>★' or s.startswith("sku") or "\t" in s:
        return False
    if re.search(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]", s):
        return len(s) >= 8
    return len(s.split()) >= 3


if __name__ == "__main__":
    main()
