"""Storewall evaluation corpus `hundredseventh`: labelled store texts (reviews, Q&A, tickets,
helpdesk chats, supplier feeds, listings, newsletters, web pages, tool results) from five shops
(outdoor gear, pharmacy, furniture, video games, grocery delivery) in 27 languages, half of them
carrying prompt injections aimed at an AI reader and half benign, many of those hard negatives.

Run:  python3 bench/inject/gen_store_hundredseventh.py
Writes bench/inject/store_hundredseventh.jsonl (deterministic) and prints row counts.
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

from hundredseventh import common as C  # noqa: E402

NAME = "hundredseventh"
SEED = 107_0107
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)

BIG = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "cs", "sk", "hu", "ro", "bg", "el",
       "ru", "uk", "tr", "ar", "id", "vi"]
SMALL = ["ja", "ko", "zh", "hi"]


def plan():
    out = [("en", 375)]
    for i, lg in enumerate(BIG):
        out.append((lg, 48 if i % 2 == 0 else 47))
    for lg in SMALL:
        out.append((lg, 20))
    return out


def main():
    rng = random.Random(SEED)
    en = importlib.import_module("hundredseventh.en").L
    rows, seen = [], set()
    odd = 0
    for lang, n in plan():
        L = importlib.import_module("hundredseventh." + lang).L
        n_inj = n // 2
        if n % 2:
            n_inj += odd
            odd ^= 1
        n_ben = n - n_inj
        n_hard = round(n_ben * 0.56)
        jobs = ["inj"] * n_inj + ["hard"] * n_hard + ["ben"] * (n_ben - n_hard)
        for job in jobs:
            for _ in range(200):
                ctx = C.make_ctx(L, lang, rng)
                if job == "inj":
                    src, fam, text, payload, marker = C.build_injection(L, en, lang, ctx, rng)
                    assert marker in text, (fam, marker, text)
                else:
                    src, fam, text = (C.build_hard if job == "hard" else C.build_benign)(L, ctx, rng)
                    payload = ""
                if text not in seen and 0 < len(text) < 4000:
                    seen.add(text)
                    break
            else:
                raise SystemExit("could not make a unique row")
            rows.append({"source": src, "lang": lang, "family": fam, "text": text,
                         "injection": job == "inj", "payload": payload})
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": "test", "source": r["source"], "lang": r["lang"],
                      "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(final)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(final)


def validate(rows):
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}, r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        assert not re.search(r"\{[a-z0-9]+\}", r["text"]), r["id"]
    inj = sum(r["injection"] for r in rows)
    ben = len(rows) - inj
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert len(rows) == 1500 and abs(inj - 750) <= 10 and abs(ben - 750) <= 10 and hard >= 400, (inj, ben, hard)


SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+")


TAG = re.compile(r"<[^>]+>")


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def sentences(text):
    """Prose sentences of a row: JSON string values, or the text with markup tags removed."""
    try:
        parts = list(strings(json.loads(text)))
    except ValueError:
        parts = [TAG.sub("\n", text)]
    for s in SPLIT.split("\n".join(parts)):
        s = s.strip().lstrip(">").strip()
        if len(s) >= 15 and (s[-1] in ".!?。！？:;" or s.count(" ") >= 4):
            yield s


def report(rows):
    def show(title, key):
        c = collections.Counter(key(r) for r in rows)
        print("== %s ==" % title)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %d" % (k, v))
    show("lang", lambda r: r["lang"])
    show("source", lambda r: r["source"])
    show("family", lambda r: r["family"])
    show("label", lambda r: "injection" if r["injection"] else "benign")
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    per = collections.Counter()
    for r in rows:
        for s in set(sentences(r["text"])):
            per[s] += 1
    print("rows: %d  distinct sentences: %d  sentence occurrences: %d  max rows per sentence: %d"
          % (len(rows), len(per), sum(per.values()), max(per.values())))
    for s, v in per.most_common(8):
        print("  %3d  %s" % (v, s[:90]))


if __name__ == "__main__":
    main()
