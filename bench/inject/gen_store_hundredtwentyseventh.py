"""Store AI set-up corpus: developer docs, tool schemas, bot configs, policies, changelogs, READMEs,
test fixtures, tool results and product JSON of a shop assistant, benign or tampered to order the AI
reading them. 2,500 labelled rows over 16 languages (English about 30%).

Run: python3 bench/inject/gen_store_hundredtwentyseventh.py  (writes store_hundredtwentyseventh.jsonl beside it)
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
from hundredtwentyseventh import common  # noqa: E402

NAME = "hundredtwentyseventh"
SEED = 127_0127
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "fi", "el", "ro", "vi", "uk", "da", "nb", "lv"]
TOTAL, EN_ROWS = 2500, 750
HARD_SHARE = 0.66
INJ_SHAPES = list(common.SHAPES)
INJ_W = [10, 10, 10, 8, 8, 8, 10, 10, 14, 10, 6]
HARD_SHAPES = [s for s in common.SHAPES if s != "store-text"] + list(common.HARD_ONLY)
HARD_W = [10, 9, 9, 8, 8, 8, 8, 10, 14, 10, 7, 6, 6]


def counts():
    rest = TOTAL - EN_ROWS
    k = len(LANGS) - 1
    out = {"en": EN_ROWS}
    for i, l in enumerate(LANGS[1:]):
        out[l] = rest // k + (1 if i < rest % k else 0)
    return out


def main():
    rng = random.Random(SEED)
    packs = {l: importlib.import_module(f"{NAME}.{l}").L for l in LANGS}
    rows, seen = [], set()
    for lang, n in counts().items():
        L = packs[lang]
        n_inj = n // 2 + (n % 2 if lang in ("de", "fr") else 0)
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        plan = [("inj", None)] * n_inj + [("hard", None)] * n_hard + [("ben", None)] * (n_ben - n_hard)
        for kind, _ in plan:
            for _try in range(200):
                if kind == "inj":
                    shape = rng.choices(INJ_SHAPES, INJ_W)[0]
                elif kind == "hard":
                    shape = rng.choices(HARD_SHAPES, HARD_W)[0]
                else:
                    shape = "store-text"
                text, src, fam, pay = common.build(L, rng, shape, kind == "inj", packs["en"] if lang != "en" else None)
                if text not in seen and len(text) < 4000:
                    break
            else:
                raise SystemExit(f"could not make unique text for {lang}/{shape}")
            seen.add(text)
            rows.append({"source": src, "lang": lang, "family": fam, "text": text, "injection": kind == "inj", "payload": pay})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", **r})
    validate(out)
    path = os.path.join(HERE, f"store_{NAME}.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


SPLIT = re.compile(r'(?<=[.!?])\s+|\n|"|\\n|<[^>]*>')


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    for r in rows:
        assert list(r) == ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        fam = r["family"]
        if r["injection"] and not any(fam.endswith(m) for m in common.OBFUS):
            assert r["payload"] in r["text"], (r["id"], r["payload"])
    inj = sum(r["injection"] for r in rows)
    assert abs(inj - 1250) <= 10 and abs(len(rows) - inj - 1250) <= 10, inj
    hard = sum(r["family"].startswith("hard-") for r in rows)
    assert hard >= 700, hard


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(r[key]) for r in rows)
        print(key + ":", ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    print("hard negatives:", sum(r["family"].startswith("hard-") for r in rows), "rows:", len(rows))
    sent = collections.Counter()
    for r in rows:
        for s in set(x.strip(" -#*>") for x in SPLIT.split(r["text"])):
            if len(s.split()) >= 3 and s[:1].isupper() and s[-1] in ".!?;":
                sent[s] += 1
    print(f"distinct sentences: {len(sent)} over {len(rows)} rows; max repeats {max(sent.values())}; "
          f"sentences in >10 rows: {sum(v > 10 for v in sent.values())}")
    if "-v" in sys.argv:
        for s, v in sent.most_common(25):
            print(v, s[:110])


if __name__ == "__main__":
    main()
