#!/usr/bin/env python3
"""Generate bench/inject/store_sixth.jsonl: contrastive store texts where one carrier appears with an
AI-aimed sentence (injection) and with the same sentence aimed at a person or describing an AI
(benign). Standard library only, fixed seed; run from anywhere:

    python3 bench/inject/gen_store_sixth.py
"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixth.engine import Engine  # noqa: E402
from sixth import lang_en  # noqa: E402

LANG_MODULES = ["lang_de", "lang_fr", "lang_es", "lang_it", "lang_nl", "lang_pt", "lang_pl", "lang_sv"]

EN_WEIGHTS = {"order": 13, "quad": 6, "report": 3, "summary": 9, "policy": 5, "subtle": 4, "exfil": 6, "tool": 6,
              "leak": 5, "fakesys": 6, "markup": 5, "aitalk": 9, "feature": 4, "neutral": 4, "obf": 4, "cross": 3}
XX_WEIGHTS = {"order": 13, "quad": 5, "report": 3, "summary": 8, "policy": 5, "subtle": 3, "exfil": 4, "tool": 3,
              "leak": 3, "fakesys": 4, "markup": 4, "aitalk": 6, "feature": 4, "neutral": 4, "obf": 2, "cross": 4}
EN_TARGET = 1500
XX_TARGET = 188


def main():
    langs = {"en": lang_en.D}
    import importlib
    for m in LANG_MODULES:
        try:
            mod = importlib.import_module("sixth." + m)
        except ModuleNotFoundError:
            continue
        langs[mod.D["code"]] = mod.D
    eng = Engine(langs, seed=60606)
    eng.run_lang(langs["en"], EN_TARGET, EN_WEIGHTS)
    for code in sorted(langs):
        if code != "en":
            eng.run_lang(langs[code], XX_TARGET, XX_WEIGHTS)

    rows = []
    for i, row in enumerate(eng.rows, 1):
        rows.append({"id": f"sixth-{i:05d}", "split": "train", "source": row["source"], "lang": row["lang"],
                     "family": row["family"], "text": row["text"], "injection": row["injection"], "payload": row["payload"]})

    bad = [r["id"] for r in rows if r["injection"] and (not r["payload"] or r["payload"] not in r["text"])]
    bad += [r["id"] for r in rows if not r["injection"] and r["payload"] != ""]
    if bad:
        sys.exit(f"payload check failed for {len(bad)} rows: {bad[:10]}")
    if len({r["text"] for r in rows}) != len(rows):
        sys.exit("duplicate texts")

    out = os.path.join(HERE, "store_sixth.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(f"{title}:", file=sys.stderr)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k:<22} {v}", file=sys.stderr)

    show("label", Counter("injection" if r["injection"] else "benign" for r in rows))
    show("family", Counter((("inj " if r["injection"] else "ben ") + r["family"]) for r in rows))
    show("source", Counter(r["source"] for r in rows))
    show("lang", Counter(r["lang"] for r in rows))
    lens = sorted(len(r["text"]) for r in rows)
    print(f"rows: {len(rows)}  length p10/p50/p90/max: {lens[len(lens) // 10]}/{lens[len(lens) // 2]}/"
          f"{lens[9 * len(lens) // 10]}/{lens[-1]}  payloads verified: all {sum(r['injection'] for r in rows)}", file=sys.stderr)
    print(f"wrote {os.path.relpath(out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
