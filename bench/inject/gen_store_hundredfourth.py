"""Training corpus `hundredfourth` for the Storewall prompt-injection screener.

Store texts (reviews, tickets, supplier feeds, emails, web pages, tool results) from DIY, baby, pharmacy,
gaming, furniture, outdoor, wine, jewellery, pet and office stores, written in Bulgarian, Slovak, Russian,
Finnish, Ukrainian and Czech. Half carry instructions aimed at an AI reader (some hidden or encoded);
half are benign, most of those hard negatives that use attack-like words without addressing an AI.

Run from the repository root:
    python3 bench/inject/gen_store_hundredfourth.py
It writes bench/inject/store_hundredfourth.jsonl (same bytes every run) and prints row counts.
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredfourth import bg, common, cs, fi, ru, sk, uk  # noqa: E402

NAME = "hundredfourth"
SEED = 104_0104
LANGS = [bg, sk, ru, fi, uk, cs]
HARD_PER_LANG = 125
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")


def lang_rows(L, idx, rng, seen):
    extra = 1 if idx < 2 else 0
    n_inj, n_ben = 208 + extra, 208 + extra
    goals = sorted(L.INJ)
    specs = []
    for i in range(n_inj):
        specs.append(("inj", goals[i % len(goals)], rng.random() < 0.45))
    for i in range(HARD_PER_LANG):
        specs.append(("hard", common.HARD_FAMILIES[i % len(common.HARD_FAMILIES)], None))
    for i in range(n_ben - HARD_PER_LANG):
        specs.append(("easy", common.EASY_FAMILIES[i % len(common.EASY_FAMILIES)], None))
    rows = []
    for kind, what, hidden in specs:
        for _ in range(200):
            if kind == "inj":
                src, fam, text, payload = common.build_injection(L, rng, what, hidden)
            elif kind == "hard":
                src, text = common.build_hard(L, rng, what)
                fam, payload = what, ""
            else:
                src, text = common.build_easy(L, rng, what)
                fam, payload = what, ""
            if text not in seen and len(text) < 4000:
                break
        else:
            raise RuntimeError(f"no unique text for {L.CODE} {what}")
        seen.add(text)
        rows.append({"source": src, "lang": L.CODE, "family": fam, "text": text, "injection": kind == "inj",
                     "payload": payload})
    return rows


def sentences(text):
    """Full sentences: pieces between sentence ends or line breaks with at least four words."""
    for s in re.split(r"(?<=[.!?…])\s+|\n+", text):
        s = s.strip()
        if sum(any(ch.isalpha() for ch in w) for w in s.split(" ")) >= 4:
            yield s


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts)
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if r["injection"] and r["family"] not in ("zero-width-split", "homoglyph-swap", "leetspeak", "encoded-base64",
                                                  "encoded-hex", "encoded-rot13", "encoded-url"):
            assert r["payload"] in r["text"], (r["id"], r["payload"])
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(r["family"].startswith("hard-") for r in rows)
    assert abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10 and n_hard >= 650, (n_inj, n_ben, n_hard)


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for idx, L in enumerate(LANGS):
        rows += lang_rows(L, idx, rng, seen)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items()):
            print(f"  {k}: {v}")

    show("rows per language:", collections.Counter(r["lang"] for r in out))
    show("rows per source:", collections.Counter(r["source"] for r in out))
    show("rows per family:", collections.Counter(r["family"] for r in out))
    show("rows per label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    print(f"hard negatives: {sum(r['family'].startswith('hard-') for r in out)}")
    per_sentence = collections.defaultdict(set)
    total = 0
    for i, r in enumerate(out):
        for s in sentences(r["text"]):
            per_sentence[s].add(i)
            total += 1
    top = max(len(v) for v in per_sentence.values())
    print(f"rows: {len(out)}; sentence occurrences: {total}; distinct full sentences: {len(per_sentence)}; "
          f"most rows sharing one sentence: {top}")


if __name__ == "__main__":
    main()
