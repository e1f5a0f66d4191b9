"""Labelled injection corpus "seventieth": 2,500 records from inside a store's back office
(CRM notes, order comments, returns entries, pick lists, courier exceptions, payment webhooks,
loyalty records, helpdesk tickets, supplier and seller messages, spreadsheet exports) in 22
languages, about 45% carrying orders planted in outsider-controlled fields for the agent that
processes the record, the rest genuine records, most of them hard negatives full of staff
imperatives and workflow words.

Run with `python3 bench/inject/gen_store_seventieth.py`; it writes store_seventieth.jsonl next to
itself (byte-identical on every run), validates the rows and prints counts.
"""
import collections
import importlib
import json
import os
import random
import re
import sys
import zlib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventieth import common  # noqa: E402

NAME = "seventieth"
SPLIT = "train"
SEED = 7070
LANG_MODULES = ["en", "de", "fr", "es", "it", "pt_br", "nl", "pl", "sv", "cs", "ro", "ru",
                "tr", "ar", "he", "hi", "ja", "zh", "zh_tw", "ko", "vi", "id_", "th"]
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def generate():
    rows = []
    for name in LANG_MODULES:
        mod = importlib.import_module(f"{NAME}.{name}")
        rng = random.Random(SEED * 1000003 + zlib.crc32(name.encode()))
        rows.extend(common.build(mod, rng))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": f"{NAME}-{i:05d}", "split": SPLIT}
        row.update(r)
        out.append({k: row[k] for k in KEYS})
    return out


def validate(rows):
    ids, texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for r in rows:
        assert list(r) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        size = len(r["text"].encode("utf-8"))
        assert 40 <= size <= 3000, (r["id"], size)
        assert r["source"] in common.SOURCES, r
        assert r["split"] == SPLIT
        assert fam_re.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]


def report(rows):
    def show(title, counter):
        print(f"== {title}")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:32s} {v}")
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    benign = [r for r in rows if not r["injection"]]
    hard = sum(1 for r in benign if r["family"].startswith("hard-"))
    print(f"== hard negatives {hard} of {len(benign)} benign ({hard / len(benign):.0%}); total {len(rows)}")


def main():
    rows = generate()
    validate(rows)
    path = os.path.join(HERE, f"store_{NAME}.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
