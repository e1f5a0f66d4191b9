"""Generate store_ninetyseventh.jsonl: 2,500 labelled store texts (reviews, tickets, feeds, emails,
web pages, tool results) in twelve Central/Eastern European and Baltic-Finnic languages, half of them
prompt injections aimed at an AI reader and half benign (over half of those hard negatives).

Run from the repository root:  python3 bench/inject/gen_store_ninetyseventh.py
"""
import collections
import importlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ninetyseventh import common  # noqa: E402

SEED = 97_0097
NAME = "ninetyseventh"
LANGS = ["bg", "sk", "cs", "sl", "hr", "sr", "fi", "hu", "ro", "lt", "lv", "et"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store_%s.jsonl" % NAME)


def lang_rows(code, D, rng, n_inj, n_ben, n_hard, seen):
    b = common.Builder(D, rng)
    rows = []
    plan = [(True, common.INJ_FAMS[i % len(common.INJ_FAMS)]) for i in range(n_inj)]
    hard = [(False, common.HARD_FAMS[i % len(common.HARD_FAMS)]) for i in range(n_hard)]
    plain = [(False, common.BEN_FAMS[i % len(common.BEN_FAMS)]) for i in range(n_ben - n_hard)]
    rng.shuffle(plan)
    for inj, fam in plan + hard + plain:
        for _ in range(200):
            if inj:
                src, text, payload = b.inj(fam)
            else:
                (src, text), payload = b.ben(fam), ""
            if text not in seen and len(text) < 4000:
                break
        else:
            raise RuntimeError("could not make a unique %s row for %s" % (fam, code))
        seen.add(text)
        rows.append({"source": src, "lang": D["code"], "family": fam, "text": text, "injection": inj, "payload": payload})
    return rows


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for i, code in enumerate(LANGS):
        mod = importlib.import_module("ninetyseventh." + code)
        n = 209 if i < 4 else 208
        n_inj = n - 104
        if code == "sr":
            half = n_inj // 2
            rows += lang_rows(code, mod.D, rng, half, 52, 30, seen)
            rows += lang_rows(code, mod.D_CYRL, rng, n_inj - half, 52, 30, seen)
        else:
            rows += lang_rows(code, mod.D, rng, n_inj, 104, 60, seen)
    rng.shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        out.append(dict([("id", "%s-%05d" % (NAME, k)), ("split", "train")] + list(r.items())))
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    assert len(rows) == 2500 and abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10
    assert sum(1 for r in rows if r["family"].startswith("hard-")) >= 650
    for r in rows:
        assert list(r) == ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
        assert r["text"].strip() and len(r["text"]) < 4000
        assert r["source"] in common.SOURCES
        assert bool(r["payload"]) == r["injection"]
        if r["injection"] and r["family"] not in ("zero-width-split", "homoglyph-mask", "leetspeak-mask", "encoded-payload"):
            assert r["payload"] in r["text"], r["id"]


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(r[key]) for r in rows)
        print("== %s" % key)
        for k, n in sorted(c.items()):
            print("  %-28s %d" % (k, n))
    print("hard negatives: %d" % sum(1 for r in rows if r["family"].startswith("hard-")))


if __name__ == "__main__":
    main()
