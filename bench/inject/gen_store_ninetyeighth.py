"""Store-text corpus for training the Storewall prompt-injection screener.

Reviews, tickets, supplier feeds, emails, web pages and tool results from many
kinds of shop, written in twelve languages (ar, fa, hi, ur, bn, id, ms, he, zh,
ko, ta, sw). Half of the rows carry instructions aimed at an AI reader
(injections, some hidden or encoded); the other half are benign, more than half
of those hard negatives that use attack-like words without addressing an AI.

Run:  python3 bench/inject/gen_store_ninetyeighth.py
Writes bench/inject/store_ninetyeighth.jsonl (deterministic) and prints counts.
"""
import base64
import collections
import importlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ninetyeighth import LANGS  # noqa: E402
from ninetyeighth import common  # noqa: E402

SEED = 98_0098
NAME = "ninetyeighth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
TOTAL = 2500


def plan():
    base = TOTAL // len(LANGS)
    extra = TOTAL - base * len(LANGS)
    out = {}
    for i, lang in enumerate(LANGS):
        n = base + (1 if i < extra else 0)
        n_inj = n // 2 + (n % 2 if i % 2 == 0 else 0)
        n_ben = n - n_inj
        n_hard = (n_ben * 57 + 99) // 100
        out[lang] = (n_inj, n_ben - n_hard, n_hard)
    return out


SENT_SPLIT = re.compile(r"(?<=[。！？])|(?<=[.!?؟।۔])\s+|\n+")


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate text"
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert abs(len(rows) - TOTAL) <= 10 and abs(n_inj - TOTAL // 2) <= 10 and abs(n_ben - TOTAL // 2) <= 10
    assert n_hard >= 650, n_hard
    zw = "".join(common.ZW)
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert bool(r["payload"]) == r["injection"]
        if not r["injection"]:
            continue
        fam, t, p = r["family"], r["text"], r["payload"]
        if fam == "encoded-base64":
            assert base64.b64encode(p.encode()).decode() in t
        elif fam == "encoded-hex":
            assert p.encode().hex() in t
        elif fam == "zero-width-split":
            strip = {ord(z): None for z in zw}
            assert p.translate(strip) in t.translate(strip)
        elif fam in ("encoded-url", "encoded-rot13", "leetspeak", "homoglyph"):
            pass
        elif fam in ("tool-result-field", "supplier-feed-field") and t.lstrip().startswith("{"):
            assert json.dumps(p, ensure_ascii=False)[1:-1] in t, (fam, p)
        else:
            assert p in t, (fam, p, t)


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for lang, (n_inj, n_easy, n_hard) in plan().items():
        mod = importlib.import_module("ninetyeighth." + lang)
        rows += common.generate(rng, mod.L, n_inj, n_easy, n_hard, seen)
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                      "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, key):
        print(title)
        for k, v in sorted(collections.Counter(key(r) for r in final).items()):
            print("  %-32s %d" % (k, v))
    show("by lang:", lambda r: r["lang"])
    show("by source:", lambda r: r["source"])
    show("by label:", lambda r: "injection" if r["injection"] else "benign")
    show("by family:", lambda r: r["family"])
    print("hard negatives:", sum(1 for r in final if r["family"].startswith("hard-")))
    sents = collections.Counter()
    for r in final:
        for s in set(x.strip() for x in SENT_SPLIT.split(r["text"])):
            if len(s) <= 8 or s[0] in '"<{[}]-' or s.startswith("sku,") or s.startswith("```"):
                continue  # markup, not prose
            sents[s] += 1
    print("rows:", len(final), "distinct prose sentences:", len(sents), "sentence occurrences:", sum(sents.values()),
          "sentences in >10 rows:", sum(1 for v in sents.values() if v > 10),
          "max rows per sentence:", max(sents.values()))


if __name__ == "__main__":
    main()
