"""Evaluation corpus "eightythird": 1,500 labelled texts (reviews, tickets, feeds, emails, web pages and
tool results) from five imagined shops (cookware, books and stationery, baby gear, outdoor, luxury resale)
in 21 languages, half hidden or open instructions aimed at the store's AI and half benign text, most of it
hard negatives. Run: python3 bench/inject/gen_store_eightythird.py  (writes store_eightythird.jsonl next to it)."""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eightythird import MODULES, common  # noqa: E402

NAME = "eightythird"
SPLIT = "dev"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def main():
    rng = random.Random(8300083)
    seen = set()
    rows = []
    for mod in MODULES:
        rows += common.build(mod, random.Random("%s-%s" % (NAME, mod.LANG)), seen)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    for d in rows:
        assert list(d) == KEYS, d
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        assert d["text"] not in texts, d["text"]
        texts.add(d["text"])
        n = len(d["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (d["id"], n)
        assert d["source"] in SOURCES, d
        assert isinstance(d["injection"], bool)
        assert bool(d["payload"]) == d["injection"], d["id"]
        fam = d["family"]
        assert fam and fam == fam.lower() and " " not in fam
        if not d["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), d["id"]
        else:
            assert fam != "benign" and not fam.startswith("hard-"), d["id"]
    inj = sum(d["injection"] for d in rows)
    hard = sum(d["family"].startswith("hard-") for d in rows)
    assert 1490 <= len(rows) <= 1510, len(rows)
    assert inj == len(rows) - inj, inj
    assert hard >= 400, hard


def report(rows):
    def show(title, key):
        c = collections.Counter(key(d) for d in rows)
        print(title + ": " + ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("rows: %d -> %s" % (len(rows), os.path.relpath(OUT, os.path.dirname(HERE))))
    show("label", lambda d: "injection" if d["injection"] else "benign")
    show("lang", lambda d: d["lang"])
    show("source", lambda d: d["source"])
    show("family", lambda d: d["family"])
    print("hard negatives: %d" % sum(d["family"].startswith("hard-") for d in rows))


if __name__ == "__main__":
    main()
