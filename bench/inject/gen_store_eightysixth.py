"""Labelled injection corpus "eightysixth": pages and results a shopping agent reads
(product pages, best-of lists, coupon sites, forums, listings, search snippets, fetch-tool JSON)
in eleven languages, with visible, hidden and encoded instructions aimed at the agent plus hard
negatives. Run: python3 -B bench/inject/gen_store_eightysixth.py (writes store_eightysixth.jsonl).
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eightysixth import common, de, en, es, fr, it, ja, ko, nl, pl, pt, zh  # noqa: E402

NAME = "eightysixth"
SEED = 86086
PLAN = [(en, 1000), (de, 200), (fr, 180), (es, 180), (it, 100), (pt, 100), (nl, 80), (pl, 80),
        (ja, 200), (zh, 200), (ko, 180)]
INJ_RATIO = 0.45
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def main():
    rows = []
    for mod, n in PLAN:
        rng = random.Random("%d-%s" % (SEED, mod.LANG))
        got = common.build(mod, n, INJ_RATIO, rng)
        if len(got) < n - 5:
            raise SystemExit("%s: only %d of %d rows" % (mod.LANG, len(got), n))
        for source, family, text, inj, payload in got:
            rows.append({"split": "train", "source": source, "lang": mod.LANG, "family": family,
                         "text": text, "injection": inj, "payload": payload})
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i)}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    path = os.path.join(HERE, "store_%s.jsonl" % NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    for d in rows:
        assert list(d) == KEYS, d
        assert d["id"] not in ids and d["text"] not in texts, d["id"]
        ids.add(d["id"])
        texts.add(d["text"])
        assert 40 <= len(d["text"].encode("utf-8")) <= 3000, d["id"]
        assert d["source"] in SOURCES and d["split"] == "train"
        assert isinstance(d["injection"], bool)
        assert bool(d["payload"]) == d["injection"], d["id"]
        if d["injection"]:
            assert not d["family"].startswith("hard-") and d["family"] != "benign"
        else:
            assert d["family"] == "benign" or d["family"].startswith("hard-")


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(d[key]) for d in rows)
        print("== %s" % key)
        for k, v in sorted(c.items()):
            print("  %-24s %d" % (k, v))
    ben = [d for d in rows if not d["injection"]]
    hard = sum(1 for d in ben if d["family"].startswith("hard-"))
    print("total %d, injections %d, benign %d, hard negatives %d" % (
        len(rows), len(rows) - len(ben), len(ben), hard))


if __name__ == "__main__":
    main()
