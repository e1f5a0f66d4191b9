"""Labelled injection corpus "ninetyfirst": 2,500 store texts (reviews, Q&A, seller chats, tickets, supplier
feeds, emails, web pages, tool results) in Russian, Ukrainian, Turkish, Arabic, Hindi, Persian, Hebrew, Urdu,
Bengali, Kazakh, Azerbaijani, Uzbek, Greek and Romanian; about 45% carry instructions aimed at the store's AI,
the rest are benign, mostly hard negatives. Run `python3 bench/inject/gen_store_ninetyfirst.py`: it writes
bench/inject/store_ninetyfirst.jsonl deterministically, validates it and prints counts.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ninetyfirst import common  # noqa: E402
from ninetyfirst import (lang_ru, lang_uk, lang_tr, lang_ar, lang_hi, lang_fa, lang_he,  # noqa: E402
                         lang_ur, lang_bn, lang_kk, lang_az, lang_uz, lang_el, lang_ro)

NAME = "ninetyfirst"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
MODULES = [lang_ru, lang_uk, lang_tr, lang_ar, lang_hi, lang_fa, lang_he, lang_ur, lang_bn,
           lang_kk, lang_az, lang_uz, lang_el, lang_ro]


def group(lang):
    return lang.split("-")[0]


def main():
    rows = []
    for mod in MODULES:
        built = common.LangBuilder(mod).build()
        if len(built) != mod.QUOTA:
            raise SystemExit("%s: built %d rows, quota %d" % (mod.CODE, len(built), mod.QUOTA))
        rows.extend(built)
    random.Random(common.seed_for("shuffle")).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"],
                    "payload": r["payload"]})
    errors = common.validate(out, NAME, SPLIT)
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        raise SystemExit("%d validation errors" % len(errors))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    common.report(out, group)
    print("wrote %s" % os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
