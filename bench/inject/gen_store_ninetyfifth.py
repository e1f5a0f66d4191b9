"""Generate store_ninetyfifth.jsonl: a labelled prompt-injection evaluation corpus.

1,500 store texts (reviews, tickets, supplier/marketplace feeds, emails, web pages, tool results)
from five shops: furniture and home decor, second-hand fashion resale, an over-the-counter pharmacy,
a concert and event ticket reseller, and a bicycle and outdoor store. Half the rows carry an
instruction aimed at an AI reader (injection=true), half are benign, most of those hard negatives.
24 languages, English about a quarter.

Run:  python3 bench/inject/gen_store_ninetyfifth.py
Writes bench/inject/store_ninetyfifth.jsonl (same bytes every run) and prints row counts.
"""

import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ninetyfifth import LANGS  # noqa: E402
from ninetyfifth import common as C  # noqa: E402

NAME = "ninetyfifth"
SEED = 95_0095
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
QUOTA = {"en": 374, "zh": 40, "vi": 36}
DEFAULT_QUOTA = 50
HARD_SHARE = 0.66
SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


def alloc(kinds, n, r):
    """Split n jobs over weighted kinds; remainders go to random kinds by weight."""
    items = list(kinds.items())
    total = sum(w for _, w in items)
    counts = [int(n * w / total) for _, w in items]
    fracs = [n * w / total - k for (_, w), k in zip(items, counts)]
    left = n - sum(counts)
    pool = list(range(len(items)))
    while left > 0:
        i = r.choices(pool, weights=[fracs[j] + 0.05 for j in pool])[0]
        counts[i] += 1
        pool.remove(i)
        left -= 1
    jobs = [fn for (fn, _), k in zip(items, counts) for _ in range(k)]
    r.shuffle(jobs)
    return jobs


def build_lang(lang, idx, packs, seen):
    r = random.Random(SEED * 100 + idx)
    n = QUOTA.get(lang, DEFAULT_QUOTA)
    n_inj = n // 2
    n_ben = n - n_inj
    n_hard = round(n_ben * HARD_SHARE)
    jobs = [(fn, True) for fn in alloc(C.INJ_KINDS, n_inj, r)]
    jobs += [(fn, False) for fn in alloc(C.PLAIN_KINDS, n_ben - n_hard, r)]
    jobs += [(fn, False) for fn in alloc(C.HARD_KINDS, n_hard, r)]
    rows = []
    for fn, inj in jobs:
        for _ in range(60):
            ctx = C.Ctx(lang, packs[lang], r, packs)
            got = fn(ctx)
            text = got["text"]
            if text and text not in seen and len(text) < 4000:
                break
        else:
            raise SystemExit(f"could not build a unique {fn.__name__} row for {lang}")
        seen.add(text)
        check = got.pop("check")
        if inj:
            assert got["payload"] and check in text, (lang, fn.__name__, got["payload"][:60])
        rows.append({"lang": lang, "injection": inj, **got})
    return rows


SENT_SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+|(?<=[。！？])")
TAG = re.compile(r"<[^>]+>")


def sentences(text):
    out = []
    for s in SENT_SPLIT.split(TAG.sub("\n", text)):
        s = s.strip(" \t-–—>*#\"'[](){},;:")
        if not s or "://" in s or '":' in s:
            continue
        if re.search(r"\S/\S", s) or "=" in s or "$" in s:
            continue
        cjk = sum(1 for ch in s if ord(ch) > 0x2e80)
        words = re.findall(r"[^\W\d_]{2,}", s)
        if (len(words) >= 4 and " " in s) or cjk >= 8:
            out.append(s)
    return out


def validate(rows):
    ids = [x["id"] for x in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [x["text"] for x in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    for x in rows:
        assert x["text"].strip() and len(x["text"]) < 4000, x["id"]
        assert bool(x["payload"]) == x["injection"], x["id"]
        assert x["source"] in SOURCES, x["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x["family"]), x["family"]
    n_inj = sum(x["injection"] for x in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(1 for x in rows if not x["injection"] and x["family"].startswith("hard-"))
    assert 1490 <= len(rows) <= 1510, len(rows)
    assert abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10, (n_inj, n_ben)
    assert n_hard >= 400, n_hard
    for x in rows:
        if x["injection"]:
            assert x["family"] != "benign" and not x["family"].startswith("hard-"), x["id"]
        else:
            assert x["family"].startswith(("benign", "hard-")), x["id"]


def main():
    packs = {lang: importlib.import_module(f"{NAME}.{lang}").PACK for lang in LANGS}
    seen = set()
    rows = []
    for i, lang in enumerate(LANGS):
        rows += build_lang(lang, i, packs, seen)
    random.Random(SEED).shuffle(rows)
    final = []
    for i, x in enumerate(rows, 1):
        final.append({"id": f"{NAME}-{i:05d}", "split": "test", "source": x["source"], "lang": x["lang"],
                      "family": x["family"], "text": x["text"], "injection": x["injection"], "payload": x["payload"]})
    validate(final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for x in final:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(f"{title}:")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:32s} {v}")

    show("label", collections.Counter("injection" if x["injection"] else "benign" for x in final))
    print(f"  hard negatives                   {sum(1 for x in final if x['family'].startswith('hard-'))}")
    show("lang", collections.Counter(x["lang"] for x in final))
    show("source", collections.Counter(x["source"] for x in final))
    show("family", collections.Counter(x["family"] for x in final))
    sc = collections.Counter()
    for x in final:
        sc.update(set(sentences(x["text"])))
    top = sc.most_common(1)[0] if sc else ("", 0)
    print(f"sentences: {len(sc)} distinct full sentences across {len(final)} rows; "
          f"most repeated appears in {top[1]} rows")
    print(f"wrote {len(final)} rows to {os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))}")


if __name__ == "__main__":
    main()
