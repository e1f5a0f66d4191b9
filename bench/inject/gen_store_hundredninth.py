"""Generate store_hundredninth.jsonl: a labelled corpus of store texts (reviews, tickets, feeds,
emails, web pages, tool results) in 16 languages for training a prompt-injection screener.

Theme: attempts to steer what an AI says about products and sellers (rankings, price comparisons,
review digests, recommendations) versus benign store content, much of it hard negatives such as
superlative marketing copy, price-match policies and comparative reviews written for people.

Run:  python3 bench/inject/gen_store_hundredninth.py
Output is deterministic (seeded RNG).
"""
import base64
import codecs
import collections
import importlib
import json
import os
import random
import sys
import urllib.parse

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredninth import LANGS  # noqa: E402
from hundredninth import common  # noqa: E402

NAME = "hundredninth"
SEED = 109_0109
TOTAL = 2500
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def module_data(mod):
    return {k: getattr(mod, k) for k in dir(mod) if k.isupper()}


def check_obfuscated(row):
    t, p, fam = row["text"], row["payload"], row["family"]
    if fam == "zero-width-steer":
        return p in t.replace(common.ZW, "")
    if fam == "base64-steer":
        return base64.b64encode(p.encode()).decode() in t
    if fam == "hex-steer":
        return p.encode().hex() in t
    if fam == "url-encoded-steer":
        return urllib.parse.quote(p) in t
    if fam == "rot13-steer":
        return codecs.encode(p, "rot13") in t
    return p not in t


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert len(rows) == TOTAL
    assert abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10, (n_inj, n_ben)
    assert n_hard >= 650, n_hard
    for r in rows:
        assert list(r.keys()) == KEYS
        assert r["text"].strip() and len(r["text"]) < 4000
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"]:
            if r["family"] in common.OBFUSCATED:
                assert check_obfuscated(r), r["id"]
            else:
                assert r["payload"] in r["text"], r["id"]
        else:
            assert not r["family"].startswith(("hidden-", "zero-", "base64-")), r["id"]


def main():
    rng = random.Random(SEED)
    n = len(LANGS)
    per = [TOTAL // n + (1 if i < TOTAL % n else 0) for i in range(n)]
    rows = []
    extra_inj = 1250 - sum(p // 2 for p in per)
    for i, code in enumerate(LANGS):
        mod = importlib.import_module("%s.%s" % (NAME, code))
        n_inj = per[i] // 2 + (1 if per[i] % 2 and extra_inj > 0 else 0)
        if per[i] % 2 and extra_inj > 0:
            extra_inj -= 1
        n_ben = per[i] - n_inj
        n_hard = n_ben - 22
        lr = random.Random("%d-%s" % (SEED, code))
        rows.extend(common.build(module_data(mod), lr, n_inj, n_ben, n_hard))
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(r[key]) for r in out)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    print("rows=%d injection=%d benign=%d hard=%d" % (
        len(out), sum(r["injection"] for r in out), sum(not r["injection"] for r in out),
        sum(1 for r in out if r["family"].startswith("hard-"))))


if __name__ == "__main__":
    main()
