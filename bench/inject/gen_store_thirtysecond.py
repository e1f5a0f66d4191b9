"""Build store_thirtysecond.jsonl: 2,500 labelled store texts in 21 language variants.

Rows are reviews, tickets, supplier feeds, emails, web pages and tool results; about 45% carry
an instruction aimed at the store's AI (summary, rating and ranking manipulation, fake recalls,
competitor defamation, memory poisoning, output formatting, persona changes), plainly or hidden
or encoded, and the benign rows lean on hard negatives that use the same words without addressing
an AI. Run `python3 bench/inject/gen_store_thirtysecond.py` (add -B to keep bytecode out of the tree); output is
deterministic.
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtysecond import common  # noqa: E402
from thirtysecond import (en, de, fr, es, it, pt, nl, pl, nordic, fi, el, ro, hu,  # noqa: E402
                          ja, zh, ko, th)

NAME = "thirtysecond"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
SEED = 32032
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]

TARGETS = {  # language group -> rows
    "en": 900, "de": 160, "fr": 160, "es": 160, "it": 120, "pt": 120, "nl": 100, "pl": 100,
    "nordic": 90, "fi": 50, "el": 50, "ro": 50, "hu": 50, "ja": 120, "zh": 120, "ko": 100, "th": 50,
}
GROUP_OF = {"pt-BR": "pt", "pt-PT": "pt", "da": "nordic", "nb": "nordic", "sv": "nordic",
            "zh-CN": "zh", "zh-TW": "zh"}


def specs():
    out = []
    for mod in (en, de, fr, es, it, pt, nl, pl, nordic, fi, el, ro, hu, ja, zh, ko, th):
        got = mod.spec()
        out.extend(got if isinstance(got, list) else [got])
    return out


def validate(rows):
    ids, texts = set(), set()
    per_group = collections.Counter()
    for r in rows:
        assert list(r) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (n, r["text"][:80])
        assert r["source"] in common.SOURCES, r["source"]
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
        else:
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["family"]
        per_group[GROUP_OF.get(r["lang"], r["lang"])] += 1
    assert dict(per_group) == TARGETS, dict(per_group)
    assert len(rows) == sum(TARGETS.values())


def main():
    rng = random.Random(SEED)
    rows = []
    for sp in specs():
        sub = random.Random("%d-%s" % (SEED, sp["lang"]))
        rows.extend(common.build_rows(sp, sub))
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    show("rows per language:", collections.Counter(r["lang"] for r in out))
    show("rows per source:", collections.Counter(r["source"] for r in out))
    show("rows per family:", collections.Counter(r["family"] for r in out))
    inj = sum(r["injection"] for r in out)
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("labels: injection=%d benign=%d (hard negatives %d) total=%d" % (inj, len(out) - inj, hard, len(out)))
    print("wrote", os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
