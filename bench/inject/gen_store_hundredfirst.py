"""Generate store_hundredfirst.jsonl: a labelled prompt-injection test corpus of store texts.

Five shops (electronics accessories marketplace, bookshop with e-books and audiobooks,
sports nutrition, flower and gift delivery, second-hand car parts) in 28 languages:
reviews, helpdesk tickets and chats, seller feeds, customer emails with quoted history,
web pages and order-status tool results. Half the rows carry instructions aimed at an
automated reader; the benign half is mostly hard negatives (staff notes, customer orders
to humans, security warnings, quoted transcripts, logs, encoded data).

Run:  python3 bench/inject/gen_store_hundredfirst.py
Output is deterministic (fixed seed).
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredfirst import common  # noqa: E402

SEED = 101_0101
NAME = "hundredfirst"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)

MAIN = ["de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bg", "ro", "hu",
        "fi", "et", "lt", "ru", "uk", "tr", "ar", "id", "vi"]
SMALL = ["ja", "ko", "zh", "th"]
NON_LATIN = {"bg", "ru", "uk", "ar", "ja", "ko", "zh", "th"}
QUOTA = dict([("en", 376)] + [(l, 44) for l in MAIN] + [(l, 28) for l in SMALL])
MASKED = ("encoded-", "zero-width", "homoglyph", "leetspeak")


def load(lang):
    return importlib.import_module("hundredfirst." + lang).P


def make_rows(rng):
    en = load("en")
    rows, seen = [], set()
    for lang in ["en"] + MAIN + SMALL:
        L = en if lang == "en" else load(lang)
        n = QUOTA[lang]
        n_inj = n // 2
        n_ben = n - n_inj
        n_hard = round(n_ben * 0.56)
        plan = [("inj", n_inj), ("hard", n_hard), ("easy", n_ben - n_hard)]
        for kind, k in plan:
            made, tries = 0, 0
            while made < k:
                tries += 1
                if tries > k * 200:
                    raise SystemExit("cannot fill %s/%s" % (lang, kind))
                c = common.ctx(rng, L)
                if kind == "inj":
                    src, fam, text, pay = common.inject(rng, L, en, c, lang not in NON_LATIN)
                    inj = True
                else:
                    src, fam, text = rng.choice(common.HARD if kind == "hard" else common.EASY)(rng, L, c)
                    inj, pay = False, ""
                text = text.strip()
                if not text or len(text) >= 4000 or text in seen:
                    continue
                if inj and not fam.startswith(MASKED) and pay not in text:
                    raise SystemExit("payload not in text: %s %s" % (lang, fam))
                seen.add(text)
                rows.append({"source": src, "lang": lang, "family": fam, "text": text, "injection": inj, "payload": pay})
                made += 1
    return rows


def sentences(text):
    for part in re.split(r"(?<=[.!?。！？])\s+|\n+", text):
        part = part.strip(" >")
        if len(part) > 3:
            yield part


def main():
    rng = random.Random(SEED)
    rows = make_rows(rng)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "test", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    # validation
    assert len({r["id"] for r in out}) == len(out)
    assert len({r["text"] for r in out}) == len(out)
    n_inj = sum(r["injection"] for r in out)
    n_ben = len(out) - n_inj
    n_hard = sum(1 for r in out if not r["injection"] and r["family"].startswith("hard-"))
    assert 1490 <= len(out) <= 1510 and abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10 and n_hard >= 400
    for r in out:
        assert r["text"] and len(r["text"]) < 4000
        assert bool(r["payload"]) == r["injection"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"])
        assert r["injection"] or not r["family"].startswith(("hidden", "encoded", "fake", "tool-", "prompt"))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("rows %d  injection %d  benign %d  hard %d" % (len(out), n_inj, n_ben, n_hard))
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(r[key]) for r in out)
        print("\n[%s]" % key)
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-40s %d" % (k, v))
    sc = collections.Counter(s for r in out for s in set(sentences(r["text"])))
    print("\nsentences: distinct %d, occurrences %d, rows %d, max rows per sentence %d" %
          (len(sc), sum(sc.values()), len(out), max(sc.values())))
    print("sentences in more than 10 rows: %d" % sum(1 for v in sc.values() if v > 10))


if __name__ == "__main__":
    main()
