"""Multilingual store-gateway injection corpus (eightysecond, dev split).

Rows are what a store's AI agents read across the support inbox, helpdesk,
marketplace messages, product feeds, tool results and fetched web pages for an
appliance, kidswear, cycling, craft and pharmacy business; half carry
instructions aimed at the AI (plain, hidden, encoded, in fields or quoted
threads) and half are benign, many of them hard negatives.
Run: python3 bench/inject/gen_store_eightysecond.py
"""

import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eightysecond import LANGUAGE_MODULES  # noqa: E402
from eightysecond import common  # noqa: E402

NAME = "eightysecond"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def main():
    rows = []
    for mod in LANGUAGE_MODULES:
        L = importlib.import_module("eightysecond." + mod)
        got = common.build(L)
        if len(got) != L.COUNT:
            raise SystemExit("%s: built %d rows, want %d" % (mod, len(got), L.COUNT))
        rows.extend(got)
    random.Random(8282).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "%s-%05d" % (NAME, i), "split": "dev"}
        row.update(r)
        out.append({k: row[k] for k in KEYS})
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
            errors.append("keys %s" % r["id"])
        if r["id"] in ids:
            errors.append("dup id %s" % r["id"])
        ids.add(r["id"])
        if r["text"] in texts:
            errors.append("dup text %s: %r" % (r["id"], r["text"][:80]))
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        if not 40 <= n <= 3000:
            errors.append("length %d %s" % (n, r["id"]))
        if r["source"] not in common.SOURCES:
            errors.append("source %s" % r["id"])
        if not isinstance(r["injection"], bool):
            errors.append("label type %s" % r["id"])
        if bool(r["payload"]) != r["injection"]:
            errors.append("payload/label mismatch %s" % r["id"])
        if not r["family"] or r["family"] != r["family"].lower() or " " in r["family"]:
            errors.append("family %s" % r["id"])
        if not r["injection"] and not (r["family"] == "benign" or r["family"].startswith("hard-")):
            errors.append("benign family %s" % r["id"])
        if r["injection"] and (r["family"] == "benign" or r["family"].startswith("hard-")):
            errors.append("injection family %s" % r["id"])
    inj = sum(r["injection"] for r in rows)
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    if inj != len(rows) - inj:
        errors.append("unbalanced: %d injections of %d" % (inj, len(rows)))
    if hard < 400:
        errors.append("only %d hard negatives" % hard)
    if set(r["source"] for r in rows) != set(common.SOURCES):
        errors.append("not all sources used")
    if errors:
        for e in errors[:40]:
            print("ERROR", e, file=sys.stderr)
        raise SystemExit("%d validation errors" % len(errors))


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-32s %5d" % (k, v))
    print("rows: %d -> %s" % (len(rows), os.path.relpath(OUT)))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))
    show("hard negatives", collections.Counter("hard" if r["family"].startswith("hard-") else ("plain benign" if not r["injection"] else "injection") for r in rows))
    show("lang x label", collections.Counter("%s/%s" % (r["lang"], "inj" if r["injection"] else "ben") for r in rows))


if __name__ == "__main__":
    main()
