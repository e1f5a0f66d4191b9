"""Storewall evaluation corpus ``store_hundredfifteenth``.

1,500 labelled store texts (750 prompt injections, 750 benign, most benign rows hard negatives) from five
online shops: a garden centre and plant nursery, an eyewear and contact-lens shop, a board-game and hobby
store, a second-hand furniture marketplace and a coffee and tea subscription roaster. Sources are reviews and
Q&A, tickets and helpdesk chats, supplier feeds, newsletters, web pages and tool results, in 28 languages.

Run from the repository root:

    python3 bench/inject/gen_store_hundredfifteenth.py

It writes bench/inject/store_hundredfifteenth.jsonl (deterministic) and prints the row counts.
"""
import base64
import codecs
import collections
import importlib
import json
import os
import random
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from hundredfifteenth import common  # noqa: E402

SEED = 115_0115
NAME = "hundredfifteenth"
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
MAIN = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "bg", "el",
        "ru", "uk", "tr", "ar", "he", "id"]
EXTRA = ["ja", "ko", "zh", "vi"]
LANGS = ["en"] + MAIN + EXTRA
COUNTS = {"en": 375, **{k: 43 for k in MAIN}, **{k: 34 for k in EXTRA}}
LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "tr",
         "id", "vi"}
HOMO_OK = LATIN | {"ru", "uk", "bg", "el"}
HARD_SHARE = 0.6
MODS = {k: importlib.import_module(f"{NAME}.{k}") for k in LANGS}


class Deck:
    """Draws items in shuffled rounds so every item is used evenly."""

    def __init__(self, items, rng):
        self.items, self.rng, self.buf = list(items), rng, []

    def draw(self):
        if not self.buf:
            self.buf = list(self.items)
            self.rng.shuffle(self.buf)
        return self.buf.pop()


def payload_module(fam, M, rng):
    P = M
    if M.LANG != "en" and rng.random() < .15:
        P = MODS["en"]
    elif M.LANG == "en" and rng.random() < .06:
        P = MODS[rng.choice(MAIN)]
    if fam in ("leetspeak", "encoded-rot13") and P.LANG not in LATIN:
        P = MODS["en"]
    if fam == "homoglyph" and P.LANG not in HOMO_OK:
        P = MODS["en"]
    return P


def build(rng):
    decks = {"inj": Deck(common.INJ, rng), "hard": Deck(common.HARD, rng), "easy": Deck(common.EASY, rng)}
    rows, seen, toggle = [], set(), 0
    for lang in LANGS:
        M, n = MODS[lang], COUNTS[lang]
        n_inj = n // 2 + (toggle if n % 2 else 0)
        if n % 2:
            toggle ^= 1
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        slots = ([(True, decks["inj"].draw()) for _ in range(n_inj)]
                 + [(False, decks["hard"].draw()) for _ in range(n_hard)]
                 + [(False, decks["easy"].draw()) for _ in range(n_ben - n_hard)])
        for label, fam in slots:
            for _ in range(60):
                c = common.Ctx(M, rng, rng.choice(common.BIZ))
                if label:
                    src = rng.choice(common.INJ[fam][1])
                    text, payload = common.make_injection(fam, c, src, payload_module(fam, M, rng))
                elif fam in common.HARD:
                    fn, srcs = common.HARD[fam]
                    src = rng.choice(srcs)
                    text, payload = fn(c, src), ""
                else:
                    src = common.EASY[fam][0]
                    text, payload = common.CARRIERS[src](c), ""
                text = text.strip()
                if text not in seen and 0 < len(text) < 4000:
                    break
            else:
                raise RuntimeError(f"could not make a unique text for {lang}/{fam}")
            seen.add(text)
            rows.append({"source": src, "lang": lang, "family": fam, "text": text, "injection": label,
                         "payload": payload})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "test", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    return out


def check(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    assert abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10, (n_inj, n_ben)
    assert sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-")) >= 400
    for r in rows:
        t, p, fam = r["text"], r["payload"], r["family"]
        assert t and len(t) < 4000, r["id"]
        assert bool(p) == r["injection"], r["id"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        if not p:
            continue
        if fam == "zero-width":
            assert p in common.strip_zw(t), r["id"]
        elif fam == "encoded-base64":
            assert base64.b64encode(p.encode()).decode() in t, r["id"]
        elif fam == "encoded-hex":
            assert p.encode().hex() in t.replace(" ", "").replace("0x", ""), r["id"]
        elif fam == "encoded-rot13":
            assert codecs.encode(p, "rot13") in t, r["id"]
        elif fam == "encoded-url":
            assert urllib.parse.quote(p, safe="") in t, r["id"]
        elif fam in ("homoglyph", "leetspeak"):
            assert p not in t, r["id"]
        else:
            assert p in t, (r["id"], fam, p)


PRODUCT_NAMES = {p for ps in common.PRODUCTS.values() for p in ps}
SPLIT = re.compile(r"(?<=[.!?。！？؟])\s+|\n+|(?<=[。！？])")


def is_sentence(s):
    """A prose sentence: three or more words (or ten CJK characters), not a line of markup or data."""
    if s[:1] in "{}[]<\"" or s.startswith(("```", "sku;", "##")) or s in PRODUCT_NAMES:
        return False
    return len(s.split()) >= 3 or len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", s)) >= 10


def sentence_stats(rows):
    per = collections.Counter()
    total = 0
    for r in rows:
        sents = {s.strip() for s in SPLIT.split(re.sub(r"<[^>]+>", "\n", r["text"])) if is_sentence(s.strip())}
        total += len(sents)
        per.update(sents)
    return per, total


def main():
    rows = build(random.Random(SEED))
    check(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_inj = sum(r["injection"] for r in rows)
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    print(f"rows {len(rows)}  injection {n_inj}  benign {len(rows) - n_inj}  hard negatives {hard}")
    for key in ("lang", "source", "family"):
        cnt = collections.Counter((r[key], r["injection"]) for r in rows)
        names = sorted({r[key] for r in rows}, key=lambda k: (-(cnt[(k, True)] + cnt[(k, False)]), k))
        print(f"\nby {key}:  (total / injection / benign)")
        for k in names:
            print(f"  {k:28s} {cnt[(k, True)] + cnt[(k, False)]:4d} {cnt[(k, True)]:4d} {cnt[(k, False)]:4d}")
    per, total = sentence_stats(rows)
    top = per.most_common(8)
    print(f"\nsentences: {len(per)} distinct of {total} in {len(rows)} rows; "
          f"most repeated in {top[0][1]} rows; over 10 rows: {sum(1 for v in per.values() if v > 10)}")
    if "-v" in sys.argv:
        for s, k in top:
            print(f"  {k:3d}  {s[:110]}")


if __name__ == "__main__":
    main()
