"""Labelled store-text corpus "sixtyfifth": reviews, tickets, emails, supplier feeds,
web pages and tool results from European shops in sixteen smaller languages, with
injections aimed at the store's AI and hard negatives that share their vocabulary.
Run ``python3 bench/inject/gen_store_sixtyfifth.py``; it writes
bench/inject/store_sixtyfifth.jsonl deterministically and prints counts.
"""

import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import zlib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtyfifth import LANGUAGES  # noqa: E402
from sixtyfifth.common import SOURCES, build_language  # noqa: E402

NAME = "sixtyfifth"
SPLIT = "train"
SEED = 6565
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def generate():
    rows = []
    for mod_name, n in LANGUAGES:
        mod = importlib.import_module("sixtyfifth." + mod_name)
        rows.extend(build_language(mod, n, SEED * 1000 + zlib.crc32(mod_name.encode())))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        row.update(r)
        out.append({k: row[k] for k in KEYS})
    return out


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert FAMILY_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert not (r["family"] == "benign" or r["family"].startswith("hard-")), r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))
    print("rows: %d" % len(rows))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    show("hard negatives vs plain benign", collections.Counter(
        ("hard" if r["family"].startswith("hard-") else "plain") for r in rows if not r["injection"]))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("lang / injections", collections.Counter(r["lang"] for r in rows if r["injection"]))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))


def main():
    rows = generate()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
