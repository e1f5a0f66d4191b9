"""Build the sixtyfirst injection corpus for Storewall (split "train"): about 2,500 store texts in
23 language variants where injections pose as the machine's own voice (fake system, developer, admin and
platform messages, chat-template tokens, fake tool results, persona modes, prompt and key leaks) and most
benign rows are real machine text with the same look (order notices, status pages, changelogs, API output).
Run it with `python3 bench/inject/gen_store_sixtyfirst.py`; it writes bench/inject/store_sixtyfirst.jsonl.
"""
import collections
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtyfirst import common  # noqa: E402

NAME = "sixtyfirst"
SPLIT = "train"
OUT = os.path.join(HERE, "store_sixtyfirst.jsonl")
MODULES = ("en", "de", "fr", "es", "it", "pt_br", "nl", "pl", "sv", "da", "cs", "ru", "tr",
           "ar", "he", "ja", "zh_cn", "zh_tw", "ko", "vi", "ind", "ms", "fil")
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")


def build():
    rows = []
    for name in MODULES:
        mod = importlib.import_module("sixtyfirst." + name)
        rng = random.Random("{}-{}".format(NAME, mod.LANG))
        rows.extend(common.build_language(mod, rng))
    random.Random(61061).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "{}-{:05d}".format(NAME, i), "split": SPLIT}
        row.update(r)
        out.append({k: row[k] for k in KEYS})
    return out


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert tuple(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["split"] == SPLIT
        assert r["source"] in common.SOURCES, r
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, r
        if not r["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), r
        else:
            assert fam != "benign" and not fam.startswith("hard-"), r


def report(rows):
    def show(title, counter):
        print("== " + title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  {:<28} {}".format(k, v))
    show("language", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    inj = sum(r["injection"] for r in rows)
    hard = sum(r["family"].startswith("hard-") for r in rows)
    print("== label\n  injection {}\n  benign {} (hard negatives {})\n  total {}".format(inj, len(rows) - inj, hard, len(rows)))


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
