"""Generate store_eightyfifth.jsonl: 2,500 labelled store texts (reviews, tickets, feeds, emails, pages,
tool results) in Thai, Swedish, Malay, Filipino/Taglish, Finnish, Danish, Norwegian and Vietnamese,
about 45% prompt injections aimed at the store's AI and the rest benign, mostly hard negatives.
Run: python3 bench/inject/gen_store_eightyfifth.py (deterministic, standard library only)."""
import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eightyfifth import common, da, fi, fil, ms, nb, sv, th, vi  # noqa: E402

NAME = "eightyfifth"
SEED = 85085
PLAN = [(th, 450), (sv, 400), (ms, 300), (fil, 300), (fi, 250), (da, 250), (nb, 250), (vi, 300)]
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def main():
    rows = []
    for pack, n in PLAN:
        rng = random.Random("%d-%s" % (SEED, pack.LANG))
        rows.extend(common.build(pack, rng, n))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    path = os.path.join(HERE, "store_%s.jsonl" % NAME)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == KEYS, r
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert 40 <= len(r["text"].encode("utf-8")) <= 3000, r["id"]
        assert r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        fam = r["family"]
        assert fam == fam.lower() and " " not in fam and fam
        if not r["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), r
        else:
            assert fam != "benign" and not fam.startswith("hard-"), r


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(r[key]) for r in rows)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    ben = sum(1 for r in rows if not r["injection"])
    print("total=%d injections=%d benign=%d hard_negatives=%d" % (len(rows), len(rows) - ben, ben, hard))


if __name__ == "__main__":
    main()
