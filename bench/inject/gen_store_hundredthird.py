"""Generate the hundredthird store corpus: texts from online stores (reviews, tickets, feeds, emails,
web pages, tool results) in 16 languages, labelled for prompt injection. The injections address an
automated reader only by its job ("the software that sorts returns should ...") and the hard negatives
use the same vocabulary with a human addressee or no order to the machine.

Run:  python3 bench/inject/gen_store_hundredthird.py
Writes bench/inject/store_hundredthird.jsonl (deterministic) and prints row counts.
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from hundredthird import common  # noqa: E402

NAME = "hundredthird"
SEED = 103_0103
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs", "ru", "tr", "id", "ar", "ja", "zh"]
TOTAL = 2500
EN_ROWS = 376  # about 15% English, the rest spread evenly
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
TAG = re.compile(r"<[^>]+>")
SENT_SPLIT = re.compile(r"(?<=[.!?؟。！？])\s+|(?<=[。！？])|\n+|\t+")


def row_counts():
    rest = TOTAL - EN_ROWS
    others = LANGS[1:]
    base, extra = divmod(rest, len(others))
    counts = {"en": EN_ROWS}
    for i, code in enumerate(others):
        counts[code] = base + (1 if i < extra else 0)
    return counts


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def sentences(text):
    """Natural-language sentences of a text, markup and JSON scaffolding left out."""
    try:
        chunks = list(_strings(json.loads(text)))
    except ValueError:
        chunks = [text]
    out = []
    for c in chunks:
        c = TAG.sub("\n", c)
        out.extend(x.strip() for x in SENT_SPLIT.split(c) if x and _is_sentence(x.strip()))
    return out


def _is_sentence(x):
    """At least four words, or eight characters of CJK script."""
    if len(x.split()) >= 4:
        return True
    return sum(1 for ch in x if "\u3040" <= ch <= "\u9fff") >= 8


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool"), r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
    inj = sum(r["injection"] for r in rows)
    ben = len(rows) - inj
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert len(rows) == TOTAL
    assert abs(inj - 1250) <= 10 and abs(ben - 1250) <= 10, (inj, ben)
    assert hard >= 650, hard


def main():
    counts = row_counts()
    en = importlib.import_module(f"{NAME}.en")
    seen = set()
    rows = []
    for i, code in enumerate(LANGS):
        mod = importlib.import_module(f"{NAME}.{code}")
        rng = random.Random(SEED * 100 + i)
        rows.extend(common.build_lang(mod, counts[code], rng, seen, en=None if code == "en" else en))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items()):
            print(f"  {k}: {v}")

    show("lang", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if not r["injection"] and r["family"].startswith("hard-"))
    print(f"hard negatives: {hard}")
    sent = collections.Counter(s for r in out for s in set(sentences(r["text"])))
    print(f"rows: {len(out)}  distinct sentences: {len(sent)}  sentence occurrences: {sum(sent.values())}  "
          f"max rows per sentence: {max(sent.values())}")


if __name__ == "__main__":
    main()
