"""Store-text corpus for prompt-injection screening: five shops (outdoor outfitter, furniture,
pharmacy and supplements, car rental and travel, handmade craft marketplace), six sources and
31 languages; half the rows carry instructions aimed at an AI reader, half are benign, over half
of those hard negatives.

Run from the repository root:  python3 bench/inject/gen_store_hundredthirtyfirst.py
Writes bench/inject/store_hundredthirtyfirst.jsonl (deterministic) and prints row counts.
"""
import collections
import importlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hundredthirtyfirst import common  # noqa: E402

NAME = "hundredthirtyfirst"
SEED = 131_0131
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_%s.jsonl" % NAME)
QUOTA = {"en": 370, "ja": 16, "ko": 16, "zh": 16, "sr": 16}
OTHERS = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk", "hr", "hu", "ro",
          "bg", "el", "ru", "uk", "tr", "fa", "et", "lv", "ms", "th"]
for _l in OTHERS:
    QUOTA[_l] = 41
HARD_SHARE = 0.56


def build():
    r = random.Random(SEED)
    rows, seen = [], set()
    flip = 0
    for lang in sorted(QUOTA, key=lambda x: (x != "en", x)):
        bank = importlib.import_module("hundredthirtyfirst." + lang).BANK
        n = QUOTA[lang]
        n_inj = n // 2 + (flip if n % 2 else 0)
        if n % 2:
            flip ^= 1
        n_ben = n - n_inj
        n_hard = int(round(n_ben * HARD_SHARE + 0.499))
        plan = [("inj", n_inj), ("hard", n_hard), ("ben", n_ben - n_hard)]
        for kind, cnt in plan:
            made, tries = 0, 0
            while made < cnt:
                tries += 1
                if tries > cnt * 200:
                    raise SystemExit("cannot fill %s/%s" % (lang, kind))
                if kind == "inj":
                    src, fam, text, pay = common.inject(r, bank)
                elif kind == "hard":
                    src, fam, text = common.hard(r, bank)
                    pay = ""
                else:
                    src, fam, text = common.benign(r, bank)
                    pay = ""
                text = text.strip()
                if text in seen or not text or len(text) >= 4000:
                    continue
                seen.add(text)
                rows.append({"source": src, "lang": bank["lang"], "family": fam, "text": text,
                             "injection": kind == "inj", "payload": pay})
                made += 1
    r.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "test", "source": row["source"],
                    "lang": row["lang"], "family": row["family"], "text": row["text"],
                    "injection": row["injection"], "payload": row["payload"]})
    return out


def validate(rows):
    ids = [x["id"] for x in rows]
    texts = [x["text"] for x in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    for x in rows:
        assert x["text"] and len(x["text"]) < 4000, x["id"]
        assert bool(x["payload"]) == x["injection"], x["id"]
        assert x["source"] in ("review", "ticket", "feed", "email", "web", "tool"), x["id"]
        if x["injection"] and x["payload"] not in x["text"]:
            assert x["family"].startswith(("encoded-", "hidden-zero", "hidden-homo")), x["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x["family"]), x["family"]
    inj = sum(x["injection"] for x in rows)
    ben = len(rows) - inj
    hard = sum(1 for x in rows if not x["injection"] and x["family"].startswith("hard-"))
    assert abs(len(rows) - 1500) <= 10 and abs(inj - 750) <= 10 and abs(ben - 750) <= 10, (inj, ben)
    assert hard >= 400, hard


def sentences(rows):
    c = collections.Counter()
    for x in rows:
        text = re.sub(r"<[^>]+>", "\n", x["text"])
        for s in re.split(r"(?<=[.!?。！？])\s+|\n+", text):
            s = s.strip()
            if len(s) > 3 and re.search(r"\w\w", s):
                c[s] += 1
    return c


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(x[key]) for x in rows)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    hard = sum(1 for x in rows if not x["injection"] and x["family"].startswith("hard-"))
    print("rows=%d injection=%d benign=%d hard=%d" % (len(rows), sum(x["injection"] for x in rows),
                                                      sum(not x["injection"] for x in rows), hard))
    c = sentences(rows)
    print("distinct sentences=%d occurrences=%d max_repeat=%d" % (len(c), sum(c.values()), max(c.values())))
    if "-v" in sys.argv:
        for s, k in c.most_common(25):
            print(k, s[:100])


if __name__ == "__main__":
    main()
