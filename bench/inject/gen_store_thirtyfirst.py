"""Generate bench/inject/store_thirtyfirst.jsonl: 2,500 labelled store texts in 15 languages
(reviews, tickets, emails, supplier feeds, web pages, tool results) where injections pose as the
conversation or the system around the AI (fake turns, fake system/developer/admin messages,
chat-template tokens, fake tool results and calls, fake quoted replies and summaries), mixed with
ordinary content and look-alike hard negatives (human support transcripts, logs, API docs, configs).

Run: python3 bench/inject/gen_store_thirtyfirst.py   (standard library only, fixed seed, byte-identical output)
"""
import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from thirtyfirst import LANG_MODULES  # noqa: E402
from thirtyfirst.core import build_language  # noqa: E402

NAME = "thirtyfirst"
SPLIT = "train"
SEED = 31031
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "email", "feed", "web", "tool"}
TARGET = {"en": 1000, "de": 150, "fr": 150, "es": 150, "it": 100, "pt-BR": 100, "nl": 80, "pl": 80,
          "ja": 150, "zh-CN": 150, "ko": 100, "ru": 100, "tr": 60, "vi": 60, "id": 70}


def main():
    seen = set()
    rows = []
    for i, mod in enumerate(LANG_MODULES):
        L = importlib.import_module("thirtyfirst." + mod).L
        rows.extend(build_language(L, random.Random(SEED * 100 + i), seen))
    random.Random(SEED).shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, n), "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    report(out)


def validate(out):
    ids = set()
    texts = set()
    for o in out:
        assert list(o.keys()) == KEYS, o
        assert o["id"] not in ids, o["id"]
        ids.add(o["id"])
        assert o["text"] not in texts, o["id"]
        texts.add(o["text"])
        n = len(o["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (o["id"], n)
        assert o["source"] in SOURCES, o
        assert o["split"] == SPLIT
        assert isinstance(o["injection"], bool)
        assert bool(o["payload"].strip()) == o["injection"], o["id"]
        fam = o["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if not o["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), fam
        else:
            assert fam != "benign" and not fam.startswith("hard-"), fam
    langs = collections.Counter(o["lang"] for o in out)
    assert dict(langs) == TARGET, langs
    assert len(out) == sum(TARGET.values())


def report(out):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))
    print("rows: %d -> %s" % (len(out), os.path.relpath(OUT)))
    show("label", collections.Counter("injection" if o["injection"] else "benign" for o in out))
    show("hard negatives", collections.Counter(
        "hard" if o["family"].startswith("hard-") else ("plain benign" if not o["injection"] else "injection") for o in out))
    show("lang", collections.Counter(o["lang"] for o in out))
    show("lang x label", collections.Counter("%s/%s" % (o["lang"], "inj" if o["injection"] else "ben") for o in out))
    show("source", collections.Counter(o["source"] for o in out))
    show("family", collections.Counter(o["family"] for o in out))


if __name__ == "__main__":
    main()
