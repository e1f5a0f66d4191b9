"""Store-agent prompt-injection evaluation corpus ("hundredth").

Texts that shopping and back-office agents read: comparison and price-tracker API responses,
affiliate pages, JSON-LD and meta tags, llms.txt and robots.txt, seller messages, MCP-style tool
results, supplier feeds, carrier/payment webhooks, calendar and mail tool results. Half carry
instructions planted for an AI reader (some hidden or encoded), half are benign, many of them
hard negatives. 20 languages.

Run:  python3 bench/inject/gen_store_hundredth.py
Writes bench/inject/store_hundredth.jsonl (deterministic) and prints row counts.
"""
import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from hundredth import common  # noqa: E402

NAME = "hundredth"
SEED = 100_0100
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "nb", "cs", "ru", "uk", "tr", "ar", "hi",
         "ja", "ko", "zh", "id"]
TOTAL = 1500
EN_ROWS = 450
HARD_SHARE = 0.6


def quotas():
    rest = TOTAL - EN_ROWS
    per, extra = divmod(rest, len(LANGS) - 1)
    q = {"en": EN_ROWS}
    for i, l in enumerate(LANGS[1:]):
        q[l] = per + (1 if i < extra else 0)
    return q


def main():
    rng = random.Random(SEED)
    packs = {l: importlib.import_module(f"hundredth.{l}").PACK for l in LANGS}
    seen = set()
    rows = []
    for lang, n in quotas().items():
        c = common.Ctx(rng, lang, packs[lang], packs)
        n_inj = n // 2 + (n % 2 if LANGS.index(lang) % 2 else 0)
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        plan = [("inj", n_inj), ("hard", n_hard), ("ben", n_ben - n_hard)]
        for kind, count in plan:
            made = 0
            while made < count:
                c.new_row()
                if kind == "inj":
                    src, fam, text, payload = common.make_injection(c, lang)
                else:
                    src, fam, text = (common.make_hard if kind == "hard" else common.make_benign)(c, lang)
                    payload = ""
                if text in seen:
                    continue
                seen.add(text)
                rows.append({"source": src, "lang": lang, "family": fam, "text": text,
                             "injection": kind == "inj", "payload": payload, "_s": list(c.sents)})
                made += 1
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "test", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"],
                    "payload": r["payload"]})
    validate(out)
    path = os.path.join(HERE, f"store_{NAME}.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out, rows)


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert len({r["text"] for r in rows}) == len(rows)
    srcs = {"review", "ticket", "feed", "email", "web", "tool"}
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000, r["id"]
        assert r["source"] in srcs
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"] and r["family"] not in common.ENCODED:
            assert r["payload"] in r["text"], (r["id"], r["payload"])
    inj = sum(r["injection"] for r in rows)
    ben = len(rows) - inj
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    assert abs(inj - 750) <= 10 and abs(ben - 750) <= 10, (inj, ben)
    assert hard >= 400, hard


def report(out, rows):
    def show(title, counter):
        print(f"== {title}")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k}: {v}")
    show("lang", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    sc = collections.Counter(s for r in rows for s in set(r["_s"]))
    top = sc.most_common(1)[0] if sc else ("", 0)
    for s, k in sc.most_common(int(os.environ.get("TOPS", "0"))):
        print(f"  {k}  {s}")
    print(f"== sentences: {len(sc)} distinct full sentences over {len(out)} rows; "
          f"most repeated appears in {top[1]} rows")


if __name__ == "__main__":
    main()
