"""Generate store_hundredthirtyfifth.jsonl: a labelled train corpus for a store prompt-injection screener.

Theme: text ABOUT attacks on AI (rogue-AI book and game blurbs, news, course catalogues, security
notices, API docs, server logs, quoted chat transcripts, support macros, reviews of misbehaving AI
gadgets) as hard negatives, and the same shapes carrying a live order aimed at the AI reading them
as injections. 16 languages, English about 30%.

Run:  python3 bench/inject/gen_store_hundredthirtyfifth.py
Writes bench/inject/store_hundredthirtyfifth.jsonl (deterministic) and prints row counts.
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

from hundredthirtyfifth import common  # noqa: E402

NAME = "hundredthirtyfifth"
SEED = 135_0135
TOTAL = 2500
LANGS = ["en", "sl", "nb", "ja", "zh", "tr", "fr", "el", "vi", "nl", "da", "hu", "fa", "he", "uk", "de"]
EN_ROWS = 750
HARD_SHARE = 0.57
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)


def plan():
    others = LANGS[1:]
    rest = TOTAL - EN_ROWS
    base, extra = divmod(rest, len(others))
    rows = {"en": EN_ROWS}
    for i, lg in enumerate(others):
        rows[lg] = base + (1 if i < extra else 0)
    inj, acc = {}, 0
    for i, lg in enumerate(LANGS):
        n = rows[lg]
        k = n // 2 + (n % 2 if i % 2 == 0 else 0)
        inj[lg] = k
        acc += k
    # settle exact balance on English
    inj["en"] += TOTAL // 2 - acc
    return rows, inj


def cycle(rng, items, k):
    out = []
    while len(out) < k:
        block = list(items)
        rng.shuffle(block)
        out.extend(block)
    return out[:k]


def sentences(text):
    out = []
    for line in text.split("\n"):
        if line.strip().startswith(("```", "{", "}", '"', "<")):
            continue
        for s in re.split(r"(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])", line):
            s = s.strip()
            if len(s) > 12:
                out.append(s)
    return out


def main():
    rng = random.Random(SEED)
    mods = {lg: importlib.import_module("hundredthirtyfifth." + lg).L for lg in LANGS}
    rows_per, inj_per = plan()
    seen = set()
    rows = []

    def add(lg, source, fam, text, inj, payload):
        rows.append({"split": "train", "source": source, "lang": lg, "family": fam, "text": text,
                     "injection": inj, "payload": payload})
        seen.add(text)

    for lg in LANGS:
        L = mods[lg]
        n, ni = rows_per[lg], inj_per[lg]
        nb = n - ni
        nh = int(round(nb * HARD_SHARE))
        for fam in cycle(rng, list(common.HARD), nh):
            for _ in range(200):
                text, src = common.make_hard(rng, L, fam)
                if text not in seen:
                    break
            else:
                raise SystemExit("no unique text for %s %s" % (lg, fam))
            add(lg, src, fam, text, False, "")
        for fam in cycle(rng, list(common.PLAIN), nb - nh):
            for _ in range(200):
                text, src = common.make_plain(rng, L, fam)
                if text not in seen:
                    break
            else:
                raise SystemExit("no unique text for %s %s" % (lg, fam))
            add(lg, src, fam, text, False, "")
        for shape in cycle(rng, list(common.INJ), ni):
            for _ in range(200):
                text, src, fam, pay = common.make_injection(rng, lg, L, mods["en"], shape)
                if text not in seen:
                    break
            else:
                raise SystemExit("no unique text for %s %s" % (lg, shape))
            add(lg, src, fam, text, True, pay)

    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), **r})

    # validation
    ids = [r["id"] for r in final]
    texts = [r["text"] for r in final]
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)
    n_inj = sum(r["injection"] for r in final)
    n_hard = sum(1 for r in final if not r["injection"] and r["family"].startswith("hard-"))
    assert len(final) == TOTAL and abs(n_inj - TOTAL // 2) <= 10, n_inj
    assert n_hard >= 650, n_hard
    for r in final:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if r["injection"] and not r["family"].startswith(("encoded-", "zero-width", "homoglyph", "leetspeak")):
            assert r["payload"] in r["text"], r["id"]

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in final:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("== %s" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-32s %d" % (k, v))

    show("lang", collections.Counter(r["lang"] for r in final))
    show("source", collections.Counter(r["source"] for r in final))
    show("family", collections.Counter(r["family"] for r in final))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in final))
    print("hard negatives: %d" % n_hard)
    per = collections.Counter()
    for r in final:
        for s in set(sentences(r["text"])):
            per[s] += 1
    print("distinct sentences: %d, rows: %d, max rows per sentence: %d, sentences in >10 rows: %d"
          % (len(per), len(final), max(per.values()), sum(1 for v in per.values() if v > 10)))
    print("wrote %s" % os.path.basename(OUT))


if __name__ == "__main__":
    main()
