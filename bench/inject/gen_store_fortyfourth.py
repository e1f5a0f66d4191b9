"""Generate bench/inject/store_fortyfourth.jsonl: about 2,500 labelled store texts
(reviews, tickets, supplier feeds, emails, web pages, tool results) in twenty
languages, where the injections are persona/mode switches, prompt and context
leak questions, and fake assistant/user turns or fake tool output, and at least
half of the benign rows are hard negatives using the same vocabulary.

Run: python3 -B bench/inject/gen_store_fortyfourth.py  (standard library only,
fixed seeds; the output is byte-identical on every run)
"""

import sys

sys.dont_write_bytecode = True

import collections
import importlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fortyfourth import LANGS, core, en_gen  # noqa: E402

NAME = "fortyfourth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def build():
    rows = en_gen.rows(random.Random("%s-en" % NAME))
    for mod_name, lang, n_rows, n_inj in LANGS:
        mod = importlib.import_module("fortyfourth." + mod_name)
        rng = random.Random("%s-%s" % (NAME, lang))
        got = core.assemble(lang, mod.PLAIN, mod.HARD, mod.INJ, mod.STANDALONE, n_inj, rng)
        rows.extend(got)
    rng = random.Random("%s-shuffle" % NAME)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i), "split": "train"}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    return out


def validate(rows):
    errors = []
    ids, texts = set(), set()
    for r in rows:
        if list(r.keys()) != KEYS:
            errors.append("keys %s" % r.get("id"))
        if r["id"] in ids:
            errors.append("duplicate id %s" % r["id"])
        ids.add(r["id"])
        if r["text"] in texts:
            errors.append("duplicate text %s: %r" % (r["id"], r["text"][:80]))
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        if not 40 <= n <= 3000:
            errors.append("length %d in %s: %r" % (n, r["id"], r["text"][:60]))
        if r["source"] not in core.SOURCES:
            errors.append("source %s" % r["id"])
        if r["split"] != "train":
            errors.append("split %s" % r["id"])
        if not isinstance(r["injection"], bool):
            errors.append("label type %s" % r["id"])
        if bool(r["payload"]) != r["injection"]:
            errors.append("payload/label mismatch %s" % r["id"])
        fam = r["family"]
        if not fam or fam != fam.lower() or " " in fam:
            errors.append("family %s %r" % (r["id"], fam))
        if r["injection"] and (fam == "benign" or fam.startswith("hard-")):
            errors.append("injection with benign family %s" % r["id"])
        if not r["injection"] and not (fam == "benign" or fam.startswith("hard-")):
            errors.append("benign with attack family %s" % r["id"])
    return errors


def main():
    rows = build()
    errors = validate(rows)
    if errors:
        for e in errors[:40]:
            print("ERROR", e, file=sys.stderr)
        sys.exit("%d validation errors" % len(errors))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %5d" % (k, v))

    inj = sum(r["injection"] for r in rows)
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    print("rows %d  injections %d (%.1f%%)  benign %d  hard negatives %d" % (
        len(rows), inj, 100.0 * inj / len(rows), len(rows) - inj, hard))
    show("per language", collections.Counter(r["lang"] for r in rows))
    show("per source", collections.Counter(r["source"] for r in rows))
    show("per label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    show("per family", collections.Counter(r["family"] for r in rows))
    by_lang = collections.defaultdict(lambda: [0, 0, 0])
    for r in rows:
        b = by_lang[r["lang"]]
        b[0] += 1
        b[1] += r["injection"]
        b[2] += r["family"].startswith("hard-")
    print("per language: rows / injections / hard negatives")
    for k in sorted(by_lang):
        print("  %-8s %5d %5d %5d" % (k, *by_lang[k]))
    print("wrote", os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
