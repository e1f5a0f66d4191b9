"""Build store_fiftyfourth.jsonl: 1,500 labelled texts (half prompt injections, half benign,
most benign rows hard negatives) from the traffic of an online pharmacy, a pet shop, a toys and
baby store, a grocery/meal-kit service and a jewellery shop, in twenty languages and six sources.
Run `python3 bench/inject/gen_store_fiftyfourth.py`; output is deterministic and written next to
this script."""

import sys

sys.dont_write_bytecode = True

import collections
import importlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fiftyfourth import MODULES, common  # noqa: E402

NAME = "fiftyfourth"
SPLIT = "dev"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
EXPECT = {"en": 440, "de": 100, "fr": 90, "es": 100, "it": 60, "pt": 70, "nl": 50, "pl": 50,
          "sv": 30, "no": 20, "ro": 30, "el": 20, "ru": 50, "tr": 40, "ar": 40, "hi": 30,
          "ja": 90, "zh": 100, "ko": 70, "th": 20}


def main():
    rows = []
    for name in MODULES:
        mod = importlib.import_module("fiftyfourth." + name)
        rows.extend(common.build(mod, random.Random("%s-%s" % (NAME, name))))
    random.Random(5454).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i), "split": SPLIT}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    ids, texts = set(), set()
    errors = []
    for r in rows:
        if list(r) != KEYS:
            errors.append("keys %s" % r["id"])
        if r["id"] in ids:
            errors.append("dup id %s" % r["id"])
        ids.add(r["id"])
        if r["text"] in texts:
            errors.append("dup text %s: %r" % (r["id"], r["text"][:60]))
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        if not 40 <= n <= 3000:
            errors.append("length %d %s: %r" % (n, r["id"], r["text"][:60]))
        if r["source"] not in common.SOURCES:
            errors.append("source %s" % r["id"])
        if r["split"] != SPLIT or not isinstance(r["injection"], bool):
            errors.append("split/label %s" % r["id"])
        if bool(r["payload"]) != r["injection"]:
            errors.append("payload iff injection %s" % r["id"])
        fam = r["family"]
        if not fam or fam != fam.lower() or " " in fam:
            errors.append("family %s %r" % (r["id"], fam))
        if not r["injection"] and not (fam == "benign" or fam.startswith("hard-")):
            errors.append("benign family %s %r" % (r["id"], fam))
        if r["injection"] and (fam == "benign" or fam.startswith("hard-")):
            errors.append("injection family %s %r" % (r["id"], fam))
    base = collections.Counter(r["lang"].split("-")[0] for r in rows)
    for lg, n in EXPECT.items():
        if base[lg] != n:
            errors.append("lang %s: %d rows, expected %d" % (lg, base[lg], n))
    inj = sum(r["injection"] for r in rows)
    hard = sum(r["family"].startswith("hard-") for r in rows)
    if inj != 750 or len(rows) - inj != 750:
        errors.append("label balance %d/%d" % (inj, len(rows) - inj))
    if hard < 400:
        errors.append("only %d hard negatives" % hard)
    if errors:
        for e in errors[:50]:
            print("ERROR", e, file=sys.stderr)
        sys.exit("%d validation errors" % len(errors))


def report(rows):
    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-32s %5d" % (k, v))
    print("rows: %d -> %s" % (len(rows), os.path.relpath(OUT)))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("family (injection)", collections.Counter(r["family"] for r in rows if r["injection"]))
    show("family (benign)", collections.Counter(r["family"] for r in rows if not r["injection"]))


if __name__ == "__main__":
    main()
