"""Generate store_hundredfortyfifth.jsonl: a labelled prompt-injection test corpus.

1,500 texts (750 injections, 750 benign, of which most benign rows are hard
negatives) written for five shops: a bakery, a camera and rental shop, a
school-uniform supplier, a home-security installer and a vintage/vinyl
marketplace, in 32 languages and six sources (review, ticket, feed, email,
web, tool).

Run:  python3 bench/inject/gen_store_hundredfortyfifth.py
Output is deterministic (fixed seed).
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
from hundredfortyfifth import common  # noqa: E402

NAME = "hundredfortyfifth"
SEED = 145_0145
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_%s.jsonl" % NAME)
MAIN = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk", "sl", "hr", "hu", "ro",
        "bg", "el", "ru", "uk", "tr", "ar", "he", "fa", "vi", "lt"]
MINOR = ["ja", "ko", "zh", "sq"]
TOTAL = 1500


def plan():
    counts = {"en": 375}
    for c in MINOR:
        counts[c] = 24
    rest = TOTAL - sum(counts.values())
    for i, c in enumerate(MAIN):
        counts[c] = rest // len(MAIN) + (1 if i < rest % len(MAIN) else 0)
    return counts


def main():
    rng = random.Random(SEED)
    en = importlib.import_module("hundredfortyfifth.en").L
    rows = []
    seen = set()
    inj_left = TOTAL // 2
    flip = 0
    for code, n in plan().items():
        L = en if code == "en" else importlib.import_module("hundredfortyfifth." + code.replace("-", "_")).L
        n_inj = n // 2 + (n % 2) * flip
        flip ^= n % 2
        inj_left -= n_inj
        n_ben = n - n_inj
        n_hard = round(n_ben * 0.58)
        made = common.build_lang(rng, code, L, en, n_inj, n_hard, n_ben - n_hard, seen)
        for src, fam, text, inj, payload in made:
            rows.append({"source": src, "lang": code, "family": fam, "text": text, "injection": inj, "payload": payload})
    texts = collections.Counter(r["text"] for r in rows)
    assert all(v == 1 for v in texts.values()), [t for t, v in texts.items() if v > 1][:3]
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "test", **r})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert len({r["text"] for r in rows}) == len(rows)
    n_inj = sum(r["injection"] for r in rows)
    assert abs(n_inj - 750) <= 10 and abs(len(rows) - n_inj - 750) <= 10
    assert sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-")) >= 400
    for r in rows:
        assert list(r) == ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if r["injection"] and not r["family"].startswith(("enc-", "zero-width", "homoglyph", "leetspeak")):
            assert r["payload"] in r["text"], (r["id"], r["family"])


def sentences(rows):
    # natural-language sentences only: tags stripped, headers and JSON/CSV lines skipped
    c = collections.Counter()
    for r in rows:
        text = re.sub(r"<[^>]+>", " ", r["text"])
        for s in set(x.strip() for x in re.split(r"(?<=[.!?。！？])\s+|\n", text)):
            if len(s) >= 25 and not re.match(r"^(From|To|Subject):|^[{\"\[]|^sku;", s):
                c[s] += 1
    return c


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(r[key]) for r in rows)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    print("hard negatives: %d" % hard)
    c = sentences(rows)
    print("distinct sentences: %d over %d rows; most repeated sentence in %d rows" % (len(c), len(rows), max(c.values())))
    print("sentences in more than 10 rows: %d" % sum(1 for v in c.values() if v > 10))


if __name__ == "__main__":
    main()
