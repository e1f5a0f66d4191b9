"""Generate store_hundredthirtyeighth.jsonl: a labelled prompt-injection training corpus of store texts.

Theme: attack phrases that are quoted, not meant. Hard negatives are security notices, scam warnings,
moderation notices, help and blog posts that quote injection phrases, pasted chat transcripts, tickets
quoting bot answers, and shipping mails or tool results with base64 data URIs and hex tokens. Injections
use the same shapes but address the reader. 22 languages.

Run: python3 bench/inject/gen_store_hundredthirtyeighth.py
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from hundredthirtyeighth import common  # noqa: E402

NAME = "hundredthirtyeighth"
SEED = 138_0138
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
LANGS = ["en", "hu", "sl", "bg", "lt", "lv", "ms", "zh", "vi", "nb", "sv", "ro", "fa", "es", "ru", "el",
         "fi", "et", "id", "th", "ar", "he"]
TOTAL, EN_ROWS = 2500, 375


def plan():
    rest = TOTAL - EN_ROWS
    others = LANGS[1:]
    per, extra = divmod(rest, len(others))
    sizes = {"en": EN_ROWS}
    for i, l in enumerate(others):
        sizes[l] = per + (1 if i < extra else 0)
    return sizes


def split_for(sizes):
    # per language: injections, hard benign, easy benign
    out, inj_left = {}, TOTAL // 2
    for i, l in enumerate(LANGS):
        n = sizes[l]
        ni = n // 2 + (i % 2 if n % 2 else 0)
        nb = n - ni
        nh = round(nb * 0.62)
        out[l] = (ni, nh, nb - nh)
    return out


def sentences(text):
    # prose sentences only: JSON lines, markup and bare ratings are skipped
    for s in re.split(r"(?<=[.!?。！？])\s+|\n+", text):
        s = s.strip(" >*")
        if len(s) > 3 and not s.startswith(('"', "{", "}", "[", "]", "<", "-->")) and re.search(r"\w\w", s):
            yield s


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10 and n_hard >= 700, (n_inj, n_ben, n_hard)


def main():
    rng = random.Random(SEED)
    sizes = plan()
    rows, seen = [], set()
    for lang, (ni, nh, ne) in split_for(sizes).items():
        rows += common.build(lang, ni, nh, ne, rng, seen)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(r[key]) for r in out)
        print(key + ":", ", ".join("%s=%d" % kv for kv in sorted(cnt.items())))
    sc = collections.Counter(s for r in out for s in sentences(r["text"]))
    print("rows=%d distinct_sentences=%d sentence_occurrences=%d max_repeat=%d"
          % (len(out), len(sc), sum(sc.values()), max(sc.values())))


if __name__ == "__main__":
    main()
