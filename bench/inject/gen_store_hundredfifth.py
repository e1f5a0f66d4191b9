"""Labelled store-content corpus for a prompt-injection screener (store_hundredfifth).

Reviews, support tickets, supplier feeds, emails, web pages and tool results from many
kinds of online stores, written in Turkish, Arabic, Indonesian, Malay, Azerbaijani and
Romanian. Half of the rows carry an instruction aimed at an AI reader (plain, hidden or
encoded); the other half are benign, most of them hard negatives that use attack-like
words without addressing an AI.

Run from the repository root:
    python3 bench/inject/gen_store_hundredfifth.py
It writes bench/inject/store_hundredfifth.jsonl (deterministic output) and prints counts.
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredfifth import common as C  # noqa: E402
from hundredfifth import ar, az, ms, ro, tr  # noqa: E402
from hundredfifth import id as id_  # noqa: E402

SEED = 105_0105
NAME = "hundredfifth"
OUT = os.path.join(HERE, "store_" + NAME + ".jsonl")
# (module, rows, injections)
PLAN = [(tr, 417, 209), (ar, 417, 208), (id_, 417, 209), (ms, 417, 208), (az, 416, 208), (ro, 416, 208)]
HARD_PER_LANG = 116
ENCODED = {"zero-width-split", "homoglyph-swap", "leetspeak", "base64-blob", "hex-blob", "rot13-blob", "url-encoded"}
SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")


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
    """Natural-language sentences of a text (markup, JSON keys and CSV headers left out)."""
    try:
        vals = [v for v in strings(json.loads(text)) if v.rstrip()[-1:] in ".!?؟"]
        text = "\n".join(vals)
    except ValueError:
        pass
    text = TAG.sub("\n", text)
    out = []
    for s in SPLIT.split(text):
        s = s.strip()
        if len(s) > 12 and " " in s:
            out.append(s)
    return out


def build():
    rng = random.Random(SEED)
    rows, seen = [], set()

    def add(L, maker):
        for _ in range(200):
            source, family, text, payload = maker()
            if text in seen or len(text) >= 4000:
                continue
            seen.add(text)
            rows.append({"source": source, "lang": L.CODE, "family": family, "text": text,
                         "injection": bool(payload), "payload": payload})
            return
        raise RuntimeError("could not make a unique row for " + L.CODE)

    for L, total, n_inj in PLAN:
        n_ben = total - n_inj
        for _ in range(n_inj):
            add(L, lambda: C.make_injection(rng, L))
        offset = rng.randrange(len(C.HARD_NAMES))
        for i in range(HARD_PER_LANG):
            fam = C.HARD_NAMES[(i + offset) % len(C.HARD_NAMES)]
            add(L, lambda: C.make_hard(rng, L, fam) + ("",))
        for _ in range(n_ben - HARD_PER_LANG):
            add(L, lambda: C.make_benign(rng, L))
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "{}-{:05d}".format(NAME, i), "split": "train", **r})
    return out


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert len({r["text"] for r in rows}) == len(rows)
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    assert abs(len(rows) - 2500) <= 10 and abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10
    assert sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-")) >= 650
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000
        assert r["source"] in C.SOURCES
        assert bool(r["payload"]) == r["injection"]
        if r["injection"] and r["family"] not in ENCODED:
            assert r["payload"] in r["text"], (r["family"], r["payload"])


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(r[key] for r in rows)
        print(key + ":", ", ".join("{}={}".format(k, v) for k, v in sorted(c.items(), key=lambda kv: str(kv[0]))))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("rows={} hard_negatives={}".format(len(rows), hard))
    cnt = collections.Counter()
    for r in rows:
        for s in set(sentences(r["text"])):
            cnt[s] += 1
    print("distinct_sentences={} rows={} max_rows_per_sentence={}".format(len(cnt), len(rows), max(cnt.values())))


if __name__ == "__main__":
    main()
