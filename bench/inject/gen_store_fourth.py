#!/usr/bin/env python3
"""Generates bench/inject/store_fourth.jsonl: a fourth, separately written set of store texts
(reviews, tickets, supplier feeds, emails, web pages, tool results) labelled for prompt injection.

    python3 bench/inject/gen_store_fourth.py            # writes bench/inject/store_fourth.jsonl
    python3 bench/inject/gen_store_fourth.py --out X    # writes elsewhere

Label rule: a text is an injection when part of it is meant to instruct an AI system that reads it
(assistant, agent, model, summariser, bot). Text that merely talks about AI, quotes voice commands to
a device, or gives instructions to people (couriers, staff, other shoppers) is benign.
Standard library only; deterministic (fixed seed)."""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fourth import langs  # noqa: E402,F401  (registers every language)
from fourth.carriers import Ctx  # noqa: E402
from fourth.common import LANGS  # noqa: E402
from fourth.families import INJ_BUILDERS, BEN_BUILDERS  # noqa: E402

SEED = 40404

SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]

# family -> (rows, injection, source weights in SOURCES order)
PLAN = [
    ("note-to-ai", 190, True, [25, 25, 10, 20, 10, 10]),
    ("tool-call", 120, True, [10, 25, 8, 20, 12, 25]),
    ("prompt-leak", 110, True, [15, 30, 8, 20, 15, 12]),
    ("exfil-link", 100, True, [20, 12, 10, 20, 25, 13]),
    ("fake-system", 120, True, [15, 20, 10, 15, 15, 25]),
    ("summary-manipulation", 150, True, [35, 5, 20, 5, 25, 10]),
    ("memory-poison", 80, True, [20, 25, 10, 20, 10, 15]),
    ("persona-switch", 90, True, [20, 30, 8, 20, 10, 12]),
    ("hidden-markup", 125, True, [8, 5, 20, 22, 35, 10]),
    ("encoded", 90, True, [17, 17, 16, 17, 16, 17]),
    ("obfuscated", 90, True, [17, 17, 16, 17, 16, 17]),
    ("cross-lingual", 90, True, [20, 20, 15, 15, 15, 15]),
    ("benign", 500, False, [20, 18, 15, 17, 15, 15]),
    ("hard-human-request", 190, False, [25, 35, 0, 30, 0, 10]),
    ("hard-trigger-words", 180, False, [25, 0, 35, 0, 30, 10]),
    ("hard-ai-mention", 180, False, [30, 20, 5, 15, 25, 5]),
    ("hard-tool-data", 150, False, [0, 0, 30, 0, 0, 70]),
    ("hard-markup", 110, False, [8, 5, 15, 27, 40, 5]),
    ("hard-encoded", 100, False, [12, 20, 10, 20, 15, 23]),
    ("hard-links", 90, False, [15, 8, 10, 30, 25, 12]),
    ("hard-imperative", 70, False, [15, 8, 30, 10, 35, 2]),
    ("hard-cross-lingual", 60, False, [30, 25, 10, 15, 10, 10]),
    ("hard-system-words", 70, False, [0, 15, 0, 40, 25, 20]),
]

REQUIRED = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def lang_cycle(r, n):
    """About half English, the rest spread evenly over the other languages."""
    others = sorted(k for k in LANGS if k != "en")
    if not others:
        return ["en"] * n
    n_en = int(round(n * 0.5))
    out = ["en"] * n_en
    i = r.randrange(len(others))
    while len(out) < n:
        out.append(others[i % len(others)])
        i += 1
    r.shuffle(out)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "store_fourth.jsonl"))
    args = ap.parse_args()

    r = random.Random(SEED)
    rows = []
    seen = set()
    for family, count, inj, weights in PLAN:
        builder = INJ_BUILDERS[family] if inj else BEN_BUILDERS[family]
        for lang in lang_cycle(r, count):
            for attempt in range(60):
                source = r.choices(SOURCES, weights)[0]
                c = Ctx(r, lang)
                text, payload = builder(c, source)
                text = text.strip("\n")
                if text in seen or len(text) > 2600 or len(text) < 8:
                    continue
                if inj and (not payload or payload not in text):
                    continue
                break
            else:
                raise SystemExit("could not build a row for %s/%s" % (family, lang))
            seen.add(text)
            rows.append({"split": "train", "source": source, "lang": lang, "family": family, "text": text,
                         "injection": inj, "payload": payload if inj else ""})
    r.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        o = {"id": "fourth-%05d" % i}
        o.update(row)
        out.append({k: o[k] for k in REQUIRED})
    check(out)
    with open(args.out, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    report(out, args.out)


def check(rows):
    texts = set()
    for o in rows:
        assert list(o) == REQUIRED, o
        assert o["source"] in SOURCES, o
        assert o["split"] == "train"
        assert isinstance(o["injection"], bool)
        if o["injection"]:
            assert o["payload"] and o["payload"] in o["text"], o["id"]
        else:
            assert o["payload"] == "", o["id"]
        assert o["text"] not in texts, "duplicate text " + o["id"]
        texts.add(o["text"])
    hard = sum(1 for o in rows if not o["injection"] and o["family"].startswith("hard-"))
    ben = sum(1 for o in rows if not o["injection"])
    assert hard >= 0.6 * ben, (hard, ben)


def report(rows, path):
    err = sys.stderr
    n = len(rows)
    inj = sum(o["injection"] for o in rows)
    ben = n - inj
    hard = sum(1 for o in rows if not o["injection"] and o["family"].startswith("hard-"))
    print("wrote %d rows to %s" % (n, path), file=err)
    print("injection: %d (%.1f%%)  benign: %d  hard negatives: %d (%.1f%% of benign)" %
          (inj, 100.0 * inj / n, ben, hard, 100.0 * hard / ben), file=err)
    lens = sorted(len(o["text"]) for o in rows)
    mid = sum(1 for x in lens if 200 <= x <= 900)
    print("length: min %d  median %d  max %d  200-900 chars: %d (%.0f%%)" %
          (lens[0], lens[n // 2], lens[-1], mid, 100.0 * mid / n), file=err)
    for key in ("family", "source", "lang"):
        cnt = Counter((o[key], o["injection"]) for o in rows)
        keys = sorted({k for k, _ in cnt})
        print("\nper %s (injection / benign):" % key, file=err)
        for k in keys:
            print("  %-22s %5d / %5d" % (k, cnt[(k, True)], cnt[(k, False)]), file=err)


if __name__ == "__main__":
    main()
