"""Build store_seventysixth.jsonl: 2,500 labelled store texts in 22 languages where injections are
fake dialogue and fake machine turns (assistant turns, empty assistant labels, approvals, tool
results, retrieval snippets, chat-template tokens, JSON message arrays) planted in reviews, tickets,
emails, feeds, pages and tool results, next to hard negatives such as genuine chat transcripts,
tool logs, quoted bot answers, call-centre scripts and subtitles.
Run: python3 bench/inject/gen_store_seventysixth.py  (standard library only, deterministic).
"""

import collections
import importlib
import json
import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventysixth import LANG_MODULES  # noqa: E402
from seventysixth import common  # noqa: E402

NAME = "seventysixth"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
TARGETS = {
    "en": 800, "de": 140, "fr": 130, "es": 140, "it": 80, "pt": 100, "nl": 60, "pl": 70,
    "sv": 30, "cs": 30, "ru": 90, "uk": 30, "tr": 60, "ar": 50, "hi": 40, "ja": 150,
    "zh": 170, "ko": 140, "vi": 50, "id": 50, "th": 40, "he": 30,
}
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def build():
    rows = []
    for mod in LANG_MODULES:
        M = importlib.import_module("seventysixth." + mod)
        rng = random.Random(zlib.crc32(("%s:%s" % (NAME, mod)).encode("utf-8")))
        rows.extend(common.build_language(M, rng, TARGETS[mod]))
    random.Random(76076).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    return out


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert tuple(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in common.SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert FAMILY_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]
        assert r["split"] == SPLIT


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))
    show("language", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    ben = [r for r in rows if not r["injection"]]
    hard = sum(1 for r in ben if r["family"].startswith("hard-"))
    print("hard negatives: %d of %d benign (%.0f%%)" % (hard, len(ben), 100.0 * hard / max(1, len(ben))))
    lines = collections.Counter()
    for r in rows:
        for ln in set(x.strip() for x in re.split(r"[\n]|\\n", r["text"]) if len(x.strip()) > 40):
            lines[ln] += 1
    top = lines.most_common(1)
    print("most repeated line: %d rows" % (top[0][1] if top else 0))
    print("total rows: %d" % len(rows))


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
