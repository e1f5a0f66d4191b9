"""Twentieth Storewall injection corpus: 2,500 labelled East and Southeast Asian
store texts (zh-CN, zh-TW, ja, ko, vi, id reviews, tickets, emails, feeds, web
pages and tool results), about 45% instructions aimed at the store's AI and the
rest ordinary or deliberately confusable benign text. Run it with
`python3 bench/inject/gen_store_twentieth.py`; it writes
bench/inject/store_twentieth.jsonl deterministically and prints the counts.
"""

import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from twentieth import common, idn, ja, ko, vi, zh_cn, zh_tw  # noqa: E402

NAME = "twentieth"
SPLIT = "train"
SEED = 20_2024_0520
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}

# (module, rows, injections)
PLAN = [
    (zh_cn, 650, 292),
    (zh_tw, 300, 135),
    (ja, 650, 292),
    (ko, 650, 292),
    (vi, 125, 57),
    (idn, 125, 57),
]


def build():
    rows = []
    for i, (mod, total, n_inj) in enumerate(PLAN):
        rng = random.Random(SEED * 31 + i)
        got = common.Builder(mod, rng, total, n_inj).build()
        assert len(got) == total, (mod.CODE, len(got), total)
        rows.extend(got)
    random.Random(SEED).shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, n), "split": SPLIT}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    return out


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if r["injection"]:
            assert not (fam == "benign" or fam.startswith("hard-")), r["id"]
        else:
            assert fam == "benign" or fam.startswith("hard-"), r["id"]
    benign = [r for r in rows if not r["injection"]]
    hard = [r for r in benign if r["family"].startswith("hard-")]
    assert len(hard) * 2 >= len(benign), (len(hard), len(benign))


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %5d" % (k, v))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    show("lang x label", collections.Counter(
        "%s/%s" % (r["lang"], "inj" if r["injection"] else "benign") for r in rows))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("hard negatives: %d  total: %d" % (hard, len(rows)))


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
