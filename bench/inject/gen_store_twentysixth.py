"""Generate the twentysixth store corpus: 1,500 labelled texts (750 injections, 750 benign,
most of the benign ones hard negatives) in twenty languages, as four online stores (beauty,
home/DIY, pet supplies, books/media/games) would feed them to their AI: reviews, tickets,
e-mails, supplier feeds, web pages and agents' tool results.

Run: python3 bench/inject/gen_store_twentysixth.py   (writes bench/inject/store_twentysixth.jsonl)
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

from twentysixth import LANG_MODULES  # noqa: E402
from twentysixth.build import build_bank  # noqa: E402

NAME = "twentysixth"
SPLIT = "dev"
OUT = os.path.join(HERE, "store_twentysixth.jsonl")
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def main():
    only = sys.argv[1:]
    rows = []
    for mod_name in LANG_MODULES:
        if only and mod_name not in only:
            continue
        try:
            mod = importlib.import_module(f"{NAME}.{mod_name}")
        except ModuleNotFoundError:
            if only:
                raise
            print(f"missing module {mod_name}", file=sys.stderr)
            continue
        for bank in mod.BANKS:
            rng = random.Random(f"{NAME}-{bank['lang']}-v1")
            rows.extend(build_bank(bank, rng))
    random.Random(f"{NAME}-shuffle").shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"],
                    "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
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
            errors.append(f"{r['id']}: duplicate text: {r['text'][:80]!r}")
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        if not 40 <= n <= 3000:
            errors.append(f"{r['id']}: length {n}")
        if r["source"] not in SOURCES:
            errors.append(f"{r['id']}: source {r['source']}")
        if not isinstance(r["injection"], bool):
            errors.append(f"{r['id']}: injection not bool")
        if bool(r["payload"].strip()) != r["injection"]:
            errors.append(f"{r['id']}: payload must be non-empty iff injection")
        fam = r["family"]
        if not fam or fam != fam.lower() or " " in fam:
            errors.append(f"{r['id']}: family {fam!r}")
        if not r["injection"] and not (fam == "benign" or fam.startswith("hard-")):
            errors.append(f"{r['id']}: benign family {fam!r}")
        if r["injection"] and (fam == "benign" or fam.startswith("hard-")):
            errors.append(f"{r['id']}: injection family {fam!r}")
    if errors:
        for e in errors[:40]:
            print("ERROR", e, file=sys.stderr)
        sys.exit(f"{len(errors)} validation errors")


def report(rows):
    def show(title, counter):
        print(f"== {title}")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k}: {v}")

    print(f"rows: {len(rows)}")
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    show("hard negatives", collections.Counter("hard" if r["family"].startswith("hard-") else ("plain" if not r["injection"] else "injection") for r in rows))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("lang x label", collections.Counter(f"{r['lang']} {'inj' if r['injection'] else 'ben'}" for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("source x label", collections.Counter(f"{r['source']} {'inj' if r['injection'] else 'ben'}" for r in rows))
    show("family", collections.Counter(r["family"] for r in rows))


if __name__ == "__main__":
    main()
