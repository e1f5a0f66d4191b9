"""Labelled store-text corpus for prompt-injection screening.

Reviews, Q&A, tickets and chats, supplier feeds, emails, web pages and tool results from many
kinds of shops, in Bulgarian, Greek, Hebrew, Hungarian, Croatian, Estonian, Persian and Serbian
(Cyrillic and Latin). Half the rows carry instructions aimed at an AI reader, plain or hidden;
the other half are benign, more than half of those hard negatives.

Run:  python3 bench/inject/gen_store_hundredtwentysecond.py
Writes bench/inject/store_hundredtwentysecond.jsonl (deterministic) and prints counts.
"""
import collections
import importlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hundredtwentysecond import common  # noqa: E402

NAME = "hundredtwentysecond"
SEED = 122_0122
LANGS = ["bg", "el", "he", "hu", "hr", "et", "fa", "sr"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"store_{NAME}.jsonl")
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def sentences(text):
    """Natural-language sentences of a text (markup and key/value lines left out)."""
    out = []
    for s in re.split(r"(?<=[.!?؟])\s+|\n+", re.sub(r'<[^>]+>|"\w+":\s*"?', "\n", text)):
        s = s.strip(' >"\',')
        if len(s) >= 15 and " " in s and len(re.findall(r"[^\W\d_]{2,}", s)) >= 3:
            out.append(s)
    return out


def main():
    rows = []
    for i, lang in enumerate(LANGS):
        mod = importlib.import_module(f"{NAME}.{lang}")
        n_inj = 157 if i < 2 else 156
        n_ben = 157 if i in (2, 3) else 156
        alt = None
        if lang == "sr":
            alt = common.sr_latin(mod.D)
            alt["script"] = "latin"
            alt["money"] = lambda r, f=mod.D["money"]: common.sr_latin(f(r))
        rows += common.build(mod.D, SEED + 1000 * i, lang, n_inj, n_ben, alt=alt)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{k:05d}", "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    # validation
    assert len({r["id"] for r in out}) == len(out)
    texts = [r["text"] for r in out]
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, f"{len(dup)} duplicate texts, e.g. {dup[0][:200]!r}"
    for r in out:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert r["source"] in SOURCES, r
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert '"' not in r["payload"] and "\\" not in r["payload"], r["payload"]
    n_inj = sum(r["injection"] for r in out)
    n_ben = len(out) - n_inj
    n_hard = sum(1 for r in out if not r["injection"] and r["family"].startswith("hard-"))
    assert len(out) == 2500 and abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10 and n_hard >= 650
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, key):
        print(f"== {title}")
        for k, v in sorted(collections.Counter(key(r) for r in out).items()):
            print(f"  {k}: {v}")
    show("lang", lambda r: r["lang"])
    show("source", lambda r: r["source"])
    show("family", lambda r: r["family"])
    show("label", lambda r: "injection" if r["injection"] else "benign")
    print(f"== hard negatives: {n_hard}")
    sc = collections.Counter(s for t in texts for s in set(sentences(t)))
    over = sum(1 for v in sc.values() if v > 10)
    print(f"== sentences: {len(sc)} distinct full sentences over {len(out)} rows; "
          f"most repeated in {max(sc.values())} rows; {over} appear in more than 10 rows")


if __name__ == "__main__":
    main()
