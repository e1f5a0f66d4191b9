#!/usr/bin/env python3
"""Generate store_eighth.jsonl: evasive prompt injections and hard negatives in store text.

Usage (from the repository root or anywhere):
    python3 bench/inject/gen_store_eighth.py

Writes bench/inject/store_eighth.jsonl next to this script and prints counts
per family, source, language and label to stderr. Deterministic (fixed seed),
standard library only.
"""
import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from eighth import carriers as C  # noqa: E402
from eighth import ctxgen  # noqa: E402
from eighth import families as F  # noqa: E402

SEED = 20250808
LANG_CODES = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv"]
EN_SHARE = 0.60
SHORT_SHARE = 0.12
LONG_SHARE = 0.10
OUT = os.path.join(HERE, "store_eighth.jsonl")


def load_langs():
    langs = {}
    for code in LANG_CODES:
        try:
            mod = importlib.import_module("eighth.lang_" + code)
        except ImportError:
            continue
        L = mod.L
        L["products"] = [p[:1].upper() + p[1:] for p in L["products"]]
        langs[code] = L
    return langs


def check_row(row):
    assert set(row) == {"id", "split", "source", "lang", "family", "text", "injection", "payload"}
    if row["injection"]:
        assert row["payload"] and row["payload"] in row["text"], row["id"]
        assert not row["family"].startswith("hard-") and row["family"] != "benign"
    else:
        assert row["payload"] == ""


def main():
    rng = random.Random(SEED)
    langs = load_langs()
    slots = []
    for fam, (_gen, _inj, count, _w) in F.FAMILIES.items():
        slots += [fam] * count
    total = len(slots)
    others = [c for c in langs if c != "en"]
    n_en = round(total * EN_SHARE) if others else total
    lang_list = ["en"] * n_en + [others[i % len(others)] for i in range(total - n_en)]
    rng.shuffle(slots)
    rng.shuffle(lang_list)

    rows, seen = [], set()
    retries = collections.Counter()
    for fam, code in zip(slots, lang_list):
        gen, inj, _count, weights = F.FAMILIES[fam]
        L = langs[code]
        r = rng.random()
        C.set_mode("short" if r < SHORT_SHARE else "long" if r < SHORT_SHARE + LONG_SHARE else "normal")
        for _attempt in range(60):
            ctx = ctxgen.make_ctx(rng, L)
            source = C.weighted(rng, weights)
            text, payload = gen(rng, L, ctx, source, langs)
            text = text.strip()
            if text in seen or len(text) < 60:
                retries[fam + ":dup"] += 1
                continue
            if inj and (not payload or payload not in text):
                retries[fam + ":payload"] += 1
                continue
            break
        else:
            raise RuntimeError("could not generate a row for %s/%s" % (fam, code))
        seen.add(text)
        row = {"id": "eighth-%05d" % (len(rows) + 1), "split": "train", "source": source, "lang": code,
               "family": fam, "text": text, "injection": inj, "payload": payload if inj else ""}
        check_row(row)
        rows.append(row)

    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("== %s" % title, file=sys.stderr)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-24s %5d" % (k, v), file=sys.stderr)

    show("family", collections.Counter(r["family"] for r in rows))
    show("source", collections.Counter(r["source"] for r in rows))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in rows))
    ben = [r for r in rows if not r["injection"]]
    hard = sum(1 for r in ben if r["family"].startswith("hard-"))
    lens = sorted(len(r["text"]) for r in rows)
    print("== rows %d, hard negatives %d of %d benign (%.0f%%)" % (len(rows), hard, len(ben), 100.0 * hard / max(1, len(ben))),
          file=sys.stderr)
    print("== text length min %d, p10 %d, median %d, p90 %d, max %d" % (
        lens[0], lens[len(lens) // 10], lens[len(lens) // 2], lens[9 * len(lens) // 10], lens[-1]), file=sys.stderr)
    if retries:
        show("retries", retries)
    print("== all payloads occur verbatim in their text; wrote %s" % os.path.relpath(OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
