"""Social and community text that online stores feed to their AI (comments, livestream chat, influencer and
affiliate posts, app reviews, forum threads, newsletter replies, survey answers, photo captions) in ten languages,
labelled for instructions aimed at the store's AI, with many look-alike negatives.
Run `python3 bench/inject/gen_store_fiftythird.py` (no bytecode is written); it rewrites store_fiftythird.jsonl
deterministically and prints counts per language, source, family and label."""

import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fiftythird import de, en, es, fr, hi, it, ja, ko, pt_br, zh  # noqa: E402

NAME = "fiftythird"
SPLIT = "train"
SEED = 53053
PLAN = [  # (module, rows)
    (en, 1400), (es, 200), (pt_br, 150), (de, 150), (fr, 150),
    (it, 80), (ja, 120), (ko, 100), (zh, 100), (hi, 50),
]
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def main():
    rows = []
    for i, (mod, n) in enumerate(PLAN):
        got = mod.build(n, SEED * 100 + i)
        if len(got) != n:
            print("warning: {} produced {} of {}".format(mod.__name__, len(got), n), file=sys.stderr)
        rows.extend(got)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({
            "id": "{}-{:05d}".format(NAME, i), "split": SPLIT, "source": r["source"], "lang": r["lang"],
            "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"],
        })
    validate(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_{}.jsonl".format(NAME))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"]
        texts.add(r["text"])
        b = len(r["text"].encode("utf-8"))
        assert 40 <= b <= 3000, (b, r["id"])
        assert r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"], r
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        else:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r


def report(rows):
    def show(title, counter):
        print("== " + title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  {:<28} {}".format(str(k), v))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("hard negatives: {}   total: {}".format(hard, len(rows)))


if __name__ == "__main__":
    main()
