"""Labelled store-text corpus for training a prompt-injection screener.

2,500 rows of reviews, support tickets, supplier feeds, emails, web pages and tool results
in Estonian, Latvian, Lithuanian, Slovenian, Croatian, Serbian (Latin), Danish and Norwegian
Bokmål. Half carry an instruction aimed at an AI reader (plain, hidden or encoded); the other
half are benign, most of them hard negatives that share an attack's words but not its intent.

Run from anywhere:  python3 bench/inject/gen_store_hundredtenth.py
Writes bench/inject/store_hundredtenth.jsonl (same bytes on every run).
"""
import collections
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredtenth import LANGS  # noqa: E402
from hundredtenth import common as C  # noqa: E402

NAME = "hundredtenth"
SEED = 110_0110
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
TOTAL = 2500
HARD_PER_LANG = 86
MAX_SENT = 10  # a full sentence may recur in at most this many rows


def build_lang(i, code, n_inj, n_ben, seen, used):
    L = importlib.import_module(f"hundredtenth.{code}")
    rng = random.Random(SEED + 7919 * (i + 1))
    rows = []

    def add(row):
        if row["text"] in seen or not row["text"].strip():
            return False
        sents = set(C.sentences(row["text"]))
        if any(used[s] >= MAX_SENT for s in sents):
            return False
        used.update(sents)
        seen.add(row["text"])
        row["lang"] = code
        rows.append(row)
        return True

    made = 0
    while made < n_inj:
        r = C.make_injection(rng, L)
        if add(dict(source=r["source"], family=r["family"], text=r["text"], injection=True, payload=r["payload"],
                    _tech=r["tech"])):
            made += 1
    hard_plan = [C.HARD_KINDS[j % len(C.HARD_KINDS)] for j in range(HARD_PER_LANG)]
    for kind in hard_plan:
        for _ in range(400):
            src, fam, text = C.make_hard(rng, L, kind)
            if add(dict(source=src, family=fam, text=text, injection=False, payload="")):
                break
        else:
            raise RuntimeError(f"could not make unique {kind} for {code}")
    made = 0
    while made < n_ben - HARD_PER_LANG:
        kind = C.weighted(rng, C.BENIGN_KINDS)
        src, fam, text = C.make_benign(rng, L, kind)
        if add(dict(source=src, family=fam, text=text, injection=False, payload="")):
            made += 1
    return rows


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    inj = sum(r["injection"] for r in rows)
    ben = len(rows) - inj
    assert abs(inj - 1250) <= 10 and abs(ben - 1250) <= 10, (inj, ben)
    hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert hard >= 650, hard
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, (r["id"], len(r["text"]))
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}
        assert list(r) == ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def main():
    seen, used = set(), collections.Counter()
    rows = []
    base, extra = divmod(TOTAL, len(LANGS))
    for i, code in enumerate(LANGS):
        n = base + (1 if i < extra else 0)
        rows += build_lang(i, code, (n + 1) // 2, n // 2, seen, used)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        tech = r.pop("_tech", None)
        if r["injection"] and tech in ("plain", "html-comment", "hidden-css", "alt-attribute", "white-text",
                                       "markdown-comment", "json-field"):
            assert r["payload"] in r["text"], (tech, r["payload"][:60])
        out.append({"id": f"{NAME}-{k:05d}", "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, key):
        cnt = collections.Counter(key(r) for r in out)
        print(f"{title}:")
        for k in sorted(cnt):
            print(f"  {k}: {cnt[k]}")

    show("lang", lambda r: r["lang"])
    show("source", lambda r: r["source"])
    show("label", lambda r: "injection" if r["injection"] else "benign")
    show("family", lambda r: r["family"])
    print("hard negatives:", sum(1 for r in out if r["family"].startswith("hard-")))
    sent = collections.Counter()
    for r in out:
        for s in set(C.sentences(r["text"])):
            sent[s] += 1
    top = sent.most_common(1)[0] if sent else ("", 0)
    print(f"rows: {len(out)}  distinct sentences: {len(sent)}  max rows per sentence: {top[1]}")
    print(f"wrote {os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))}")


if __name__ == "__main__":
    main()
