"""Store-text corpus for the prompt-injection screener: memory poisoning, orders to readers
named by their job (summariser, triage bot, translation engine), fake headers and fake tool
lines, against hard negatives that use the same words for people (shipping reminders, memory
products, release notes, staff notes, logs, refund API results). 18 languages.

Run: python3 bench/inject/gen_store_hundredthirtythird.py
Writes bench/inject/store_hundredthirtythird.jsonl (deterministic).
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

from hundredthirtythird.common import Lang  # noqa: E402

NAME = "hundredthirtythird"
SEED = 133_0133
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
LANGS = ["en", "ru", "uk", "bg", "el", "es", "pt", "cs", "sk", "lt", "tr", "ms", "hr", "fi", "vi", "ja", "de", "pl"]
# rows per language: (injections, hard negatives, easy negatives)
PLAN = {"en": (247, 140, 107)}
for _c in LANGS[1:]:
    PLAN[_c] = (59, 33, 26)


def build():
    r = random.Random(SEED)
    en = importlib.import_module(f"{NAME}.en").D
    rows, seen = [], set()
    for code in LANGS:
        data = importlib.import_module(f"{NAME}.{code}").D
        lang = Lang(code, data, None if code == "en" else en)
        n_inj, n_hard, n_easy = PLAN[code]
        for kind, n in (("inj", n_inj), ("hard", n_hard), ("easy", n_easy)):
            made, tries = 0, 0
            while made < n:
                tries += 1
                if tries > n * 200:
                    raise SystemExit(f"cannot fill {code}/{kind}")
                src, fam, text, inj, pay = lang.make(r, kind)
                if text in seen or not text.strip() or len(text) >= 4000:
                    continue
                seen.add(text)
                rows.append({"source": src, "lang": code, "family": fam, "text": text,
                             "injection": inj, "payload": pay})
                made += 1
    r.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", **row})
    return out


def validate(rows):
    ids = [x["id"] for x in rows]
    assert len(set(ids)) == len(ids)
    assert len({x["text"] for x in rows}) == len(rows)
    for x in rows:
        assert 0 < len(x["text"]) < 4000
        assert bool(x["payload"]) == x["injection"]
        assert x["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x["family"])
    inj = sum(x["injection"] for x in rows)
    ben = len(rows) - inj
    hard = sum(1 for x in rows if not x["injection"] and x["family"].startswith("hard-"))
    assert len(rows) == 2500 and abs(inj - 1250) <= 10 and abs(ben - 1250) <= 10 and hard >= 650
    return inj, ben, hard


SPLIT = re.compile(r"(?<=[.!?。！？])\s*|\n+")


def main():
    rows = build()
    inj, ben, hard = validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"rows={len(rows)} injection={inj} benign={ben} hard={hard}")
    for key in ("lang", "source", "family"):
        cnt = collections.Counter(x[key] for x in rows)
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())))
    fam_lab = collections.Counter((x["family"], x["injection"]) for x in rows)
    print("label by family: " + ", ".join(f"{f}:{'inj' if i else 'ben'}={v}" for (f, i), v in sorted(fam_lab.items())))
    sents = collections.Counter()
    for x in rows:
        for s in {t.strip() for t in SPLIT.split(x["text"]) if len(t.strip()) > 15}:
            sents[s] += 1
    top = sents.most_common(1)[0] if sents else ("", 0)
    print(f"distinct sentences={len(sents)} rows={len(rows)} max_rows_per_sentence={top[1]}")


if __name__ == "__main__":
    main()
