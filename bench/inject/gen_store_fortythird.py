"""Labelled injection corpus "fortythird": 2,500 marketplace texts (reviews, tickets, supplier feeds,
emails, product pages, tool results) in Spanish (Spain, Mexico, Argentina, Colombia, Chile),
Portuguese (Brazil, Portugal), Polish, Italian and Romanian, about 45% of them instructions aimed at
the store's AI and the rest benign, with many hard negatives that share the attack vocabulary.

Run with `python3 bench/inject/gen_store_fortythird.py`; it writes bench/inject/store_fortythird.jsonl
deterministically (standard library only, fixed seed), validates the rows and prints counts.
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from fortythird import common, es, it, pl, pt, ro  # noqa: E402

NAME = "fortythird"
SPLIT = "train"
SEED = 43043
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)

COUNTS = {
    "es-ES": 350, "es-MX": 250, "es-AR": 150, "es-CO": 130, "es-CL": 120,
    "pt-BR": 400, "pt-PT": 150,
    "pl": 500,
    "it": 250,
    "ro": 200,
}

KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def build():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    kit_list = []
    kit_list += es.kits(rng, COUNTS)
    kit_list += pt.kits(rng, COUNTS)
    kit_list += pl.kits(rng, COUNTS)
    kit_list += it.kits(rng, COUNTS)
    kit_list += ro.kits(rng, COUNTS)
    for kit in kit_list:
        rows += common.generate_locale(kit, COUNTS[kit["code"]], rng, seen)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        row.update(r)
        out.append({k: row[k] for k in KEYS})
    return out


def validate(rows):
    ids = set()
    texts = set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["split"] == SPLIT
        assert r["source"] in common.SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"]
        if r["injection"]:
            assert not r["family"].startswith("hard") and r["family"] != "benign", r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]
    expected = [("%s-%05d" % (NAME, i)) for i in range(1, len(rows) + 1)]
    assert [r["id"] for r in rows] == expected


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %5d" % (k, v))

    print("rows: %d" % len(rows))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("hard negatives: %d of %d benign" % (hard, sum(1 for r in rows if not r["injection"])))


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
