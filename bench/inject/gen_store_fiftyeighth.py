"""Store-text injection corpus "fiftyeighth": 2,500 multilingual reviews, tickets, emails,
listings, web pages and tool results from garden/DIY, music, book, bike, outdoor and
appliance shops, where about 45% carry one small planted order aimed at the store's AI
and most of the rest are hard negatives with imperatives to people or product AI features.
Run: python3 bench/inject/gen_store_fiftyeighth.py (writes bench/inject/store_fiftyeighth.jsonl)."""
import collections
import json
import os
import random
import sys
import zlib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fiftyeighth import languages  # noqa: E402
from fiftyeighth.common import make_rows, nbytes  # noqa: E402

NAME = "fiftyeighth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def build(only=None):
    rows = []
    for L in languages(only):
        seed = zlib.crc32(("%s/%s" % (NAME, L["code"])).encode("utf-8"))
        made, _ = make_rows(L, seed)
        for r in made:
            r["lang"] = L["code"]
        rows.extend(made)
    random.Random(5858).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    return out


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        assert 40 <= nbytes(r["text"]) <= 3000, (r["id"], nbytes(r["text"]))
        assert r["source"] in SOURCES, r["source"]
        assert r["split"] == "train"
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
        else:
            assert not r["family"].startswith("hard-") and r["family"] != "benign"


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %5d" % (k, v))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    ben = [r for r in rows if not r["injection"]]
    hard = sum(1 for r in ben if r["family"].startswith("hard-"))
    print("hard negatives: %d of %d benign rows" % (hard, len(ben)))
    print("total rows: %d" % len(rows))


def main():
    only = sys.argv[1:] or None
    rows = build(only)
    validate(rows)
    if only is None:
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
