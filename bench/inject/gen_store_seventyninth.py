"""Build the seventyninth store injection corpus: 2,500 labelled training rows in German,
French, Spanish, Italian and Portuguese (with Austrian, Swiss, Belgian, Quebec, Latin
American and Brazilian variants) covering reviews, tickets, emails, feeds, web pages and
tool results, about 45% prompt injections and the rest benign text, mostly hard negatives.
Run with `python3 bench/inject/gen_store_seventyninth.py`; it writes
bench/inject/store_seventyninth.jsonl deterministically and prints counts.
"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventyninth import common, de, es, fr, it, pt  # noqa: E402

NAME = "seventyninth"
SPLIT = "train"
SEED = 797979
PLAN = [(de, 700), (fr, 600), (es, 600), (it, 400), (pt, 200)]
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def validate(rows):
    ids, texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert re.fullmatch(NAME + r"-\d{5}", r["id"]), r["id"]
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["split"] == SPLIT
        assert r["source"] in common.SOURCES, r
        assert 40 <= len(r["text"].encode("utf-8")) <= 3000, r["id"]
        assert fam_re.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = {}
    for mod, n in PLAN:
        b = common.Builder(mod, rng, seen)
        got = b.run(n)
        if len(got) != n:
            print("warning: %s produced %d of %d rows" % (mod.CODE, len(got), n))
        rows.extend(got)
        stats[mod.CODE] = b.stats()
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"],
                    "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("== %s" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    print("rows: %d -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))
    show("language", Counter(r["lang"] for r in out))
    show("language group", Counter(r["lang"].split("-")[0] for r in out))
    show("source", Counter(r["source"] for r in out))
    show("label", Counter("injection" if r["injection"] else "benign" for r in out))
    show("benign kind", Counter("hard" if r["family"].startswith("hard-") else "plain"
                                for r in out if not r["injection"]))
    show("family", Counter(r["family"] for r in out))
    print("== pool size / max reuse")
    for code, st in stats.items():
        print("  %-6s %s" % (code, ", ".join("%s %d/%d" % (k, v[0], v[1]) for k, v in st.items())))


if __name__ == "__main__":
    main()
