"""Generate store_hundredtwentysixth.jsonl: a labelled train corpus of store texts about attacks on AI.

Benign rows are mostly hard negatives (security notices, phishing warnings, moderation logs, staff memos
and forum posts that describe or quote injection attempts); injections use the same kinds of text as
cover for a live order to the AI reading them. 16 languages, English about a quarter.

Run: python3 bench/inject/gen_store_hundredtwentysixth.py
"""
import collections
import importlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hundredtwentysixth import common as C  # noqa: E402

NAME = "hundredtwentysixth"
SEED = 126_0126
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "fi", "hu", "bg", "el", "uk", "tr", "hi"]
COUNTS = dict({l: 125 for l in LANGS}, en=625)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_%s.jsonl" % NAME)


def plan():
    # (lang, kind) pairs: exactly 1250 injections, 1250 benign, ~64% of benign hard.
    out, inj_total = [], 0
    for i, l in enumerate(LANGS):
        n = COUNTS[l]
        ni = n // 2 + (1 if (n % 2 and i % 2 == 1) else 0)
        nb = n - ni
        nh = round(nb * 0.65)
        out += [(l, "inj")] * ni + [(l, "hard")] * nh + [(l, "plain")] * (nb - nh)
        inj_total += ni
    return out


def build(rng):
    mods = {l: importlib.import_module("hundredtwentysixth." + l).D for l in LANGS}
    rows, seen = [], set()
    for l, kind in plan():
        L = mods[l]
        table = {"inj": C.INJ, "hard": C.HARD, "plain": C.PLAIN}[kind]
        if l == "en" and kind == "inj":
            table = [t for t in table if t[0] is not C.inj_mixed]
        for _ in range(200):
            fam, src, text, payload = C.wpick(table, rng)(L, rng)
            if text not in seen and 0 < len(text) < 4000:
                break
        else:
            raise SystemExit("could not make a unique text for %s/%s" % (l, kind))
        seen.add(text)
        rows.append({"source": src, "lang": l, "family": fam, "text": text,
                     "injection": kind == "inj", "payload": payload})
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": "train", **r})
    return final


def validate(rows):
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    ninj = sum(r["injection"] for r in rows)
    nben = len(rows) - ninj
    nhard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert abs(ninj - 1250) <= 10 and abs(nben - 1250) <= 10, (ninj, nben)
    assert nhard >= 700, nhard
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        assert not r["injection"] or r["family"].split("-")[0] in ("encoded", "zero", "homoglyph", "leetspeak") \
            or r["payload"] in r["text"] or json.dumps(r["payload"], ensure_ascii=False)[1:-1] in r["text"], r["id"]


def sentences(rows):
    cnt = collections.Counter()
    for r in rows:
        for s in re.split(r"(?<=[.!?。।])\s+|\n+", r["text"]):
            s = s.strip()
            # skip JSON structure lines (braces, "key": value) in tool results
            if s and not re.fullmatch(r'[{}\[\],]+|"\w+": .*|-->', s):
                cnt[s] += 1
    return cnt


def main():
    rng = random.Random(SEED)
    rows = build(rng)
    validate(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        print(key, dict(sorted(collections.Counter(r[key] for r in rows).items(), key=lambda kv: (-kv[1], str(kv[0])))))
    print("hard negatives", sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-")))
    cnt = sentences(rows)
    print("distinct sentences", len(cnt), "rows", len(rows), "max repeat", cnt.most_common(1)[0][1],
          "sentences in >10 rows", sum(1 for n in cnt.values() if n > 10))


if __name__ == "__main__":
    main()
