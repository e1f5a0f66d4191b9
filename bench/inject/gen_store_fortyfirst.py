"""Builds bench/inject/store_fortyfirst.jsonl: 1,500 labelled texts that a store's AI
agents read while they work (tool results, fetched pages, inbox mail, feeds, helpdesk
transcripts) in 20 languages, half prompt injections aimed at the agent and half benign,
most of the benign ones hard negatives. Run: python3 bench/inject/gen_store_fortyfirst.py
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fortyfirst import build_rows  # noqa: E402

NAME = "fortyfirst"
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def main():
    rows = build_rows()
    random.Random(4141).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "dev", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    errors = []
    for r in rows:
        if list(r.keys()) != KEYS:
            errors.append(f"{r['id']}: keys")
        if r["id"] in ids:
            errors.append(f"{r['id']}: duplicate id")
        ids.add(r["id"])
        if r["text"] in texts:
            errors.append(f"{r['id']}: duplicate text")
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        if not 40 <= n <= 3000:
            errors.append(f"{r['id']}: length {n}")
        if r["source"] not in SOURCES:
            errors.append(f"{r['id']}: source {r['source']}")
        if not isinstance(r["injection"], bool):
            errors.append(f"{r['id']}: injection not bool")
        if bool(r["payload"]) != r["injection"]:
            errors.append(f"{r['id']}: payload/injection mismatch")
        fam = r["family"]
        if not r["injection"] and not (fam == "benign" or fam.startswith("hard-")):
            errors.append(f"{r['id']}: benign family {fam}")
        if r["injection"] and (fam == "benign" or fam.startswith("hard-")):
            errors.append(f"{r['id']}: injection family {fam}")
    if errors:
        for e in errors[:40]:
            print("ERROR", e, file=sys.stderr)
        sys.exit(f"{len(errors)} validation errors")


def report(rows):
    def show(title, counter):
        print(f"\n{title}:")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k:32s} {v}")
    show("per language", collections.Counter(r["lang"] for r in rows))
    show("per source", collections.Counter(r["source"] for r in rows))
    show("per family", collections.Counter(r["family"] for r in rows))
    show("per label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print(f"\nhard negatives: {hard}\ntotal rows: {len(rows)}\nwritten: store_{NAME}.jsonl")


if __name__ == "__main__":
    main()
