"""Storewall injection corpus "fiftyseventh": 2,500 labelled marketplace texts in Russian, Hindi
(Devanagari and Hinglish), Turkish, Ukrainian, Arabic, Bengali, Urdu, Kazakh, Uzbek, Azerbaijani
and Persian -- reviews, tickets, supplier feeds, emails, pages and tool results, about 45% of them
carrying instructions aimed at the store's AI and the rest benign, most of those hard negatives.
Run `python3 bench/inject/gen_store_fiftyseventh.py` from the repository root (no bytecode is written); it
rewrites bench/inject/store_fiftyseventh.jsonl deterministically and prints per-language/source/family/label counts.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from fiftyseventh import common  # noqa: E402
from fiftyseventh import (ru, hi, hi_latn, tr, uk, ar, bn, ur, kk, uz, az, fa)  # noqa: E402

NAME = "fiftyseventh"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
MODULES = [ru, hi, hi_latn, tr, uk, ar, bn, ur, kk, uz, az, fa]
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def spec(mod):
    return {k: getattr(mod, k) for k in dir(mod) if k.isupper()}


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
        assert r["source"] in SOURCES, r["source"]
        assert r["split"] == "train"
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"]
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]


def main():
    rows = []
    for mod in MODULES:
        L = spec(mod)
        rng = random.Random("%s/%s" % (NAME, L["LANG"]))
        part, st = common.build_language(L, rng)
        print("%-8s rows=%4d inj=%3d hard=%3d plain=%3d  max reuse: host=%d payload=%d snippet=%d" % (
            L["LANG"], len(part), st["inj"], st["hard"], st["plain"],
            st["hosts_max_use"], st["inj_max_use"], st["snip_max_use"]))
        rows.extend(part)
    random.Random(NAME + "-shuffle").shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i)}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("\n" + title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %5d" % (k, v))

    show("by language", collections.Counter(r["lang"] for r in out))
    show("by source", collections.Counter(r["source"] for r in out))
    show("by family", collections.Counter(r["family"] for r in out))
    show("by label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    ben = sum(1 for r in out if not r["injection"])
    print("\nhard negatives: %d of %d benign (%.0f%%); total rows %d -> %s" % (
        hard, ben, 100.0 * hard / ben, len(out), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
