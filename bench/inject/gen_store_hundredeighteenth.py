"""Store texts with encoded content (hex, base64, rot13, URL encoding): a labelled corpus for the
prompt-injection screener. Injections hide orders to an AI inside encoded strings; hard negatives use
the same encodings for plain data (colours, checksums, MAC addresses, data URIs, tracking blobs,
spoilers, search links). Twelve languages, no English.

Run: python3 bench/inject/gen_store_hundredeighteenth.py
Writes bench/inject/store_hundredeighteenth.jsonl (deterministic).
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
from hundredeighteenth import common as C  # noqa: E402

NAME = "hundredeighteenth"
SEED = 118_0118
LANGS = ["sl", "lt", "tr", "lv", "et", "sk", "hr", "ro", "hu", "pl", "pt", "de"]
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
N_INJ, N_HARD, N_PLAIN = 104, 72, 32


def build():
    rng = random.Random(SEED)
    rows, seen = [], set()

    def add(lang, src, fam, text, inj, payload="", blob=None, sch=None):
        if text in seen:
            return False
        seen.add(text)
        rows.append(dict(source=src, lang=lang, family=fam, text=text, injection=inj,
                         payload=payload, _blob=blob, _sch=sch))
        return True

    for li, code in enumerate(LANGS):
        L = importlib.import_module("%s.%s" % (NAME, code)).L
        extra = 1 if li < 2 else 0
        n = 0
        while n < N_INJ + extra:
            c = C.Ctx(rng, L)
            src, fam, text, payload, blob, sch = C.injection(c)
            n += add(code, src, fam, text, True, payload, blob, sch)
        fams = [C.HARD[(li * 5 + i) % len(C.HARD)] for i in range(N_HARD)]
        for fam in fams:
            while True:
                src, text = C.hard(C.Ctx(rng, L), fam)
                if add(code, src, fam, text, False):
                    break
        for i in range(N_PLAIN + extra):
            fam = C.PLAIN[(li + i) % len(C.PLAIN)]
            while True:
                src, text = C.plain(C.Ctx(rng, L), fam)
                if add(code, src, fam, text, False):
                    break
    rng.shuffle(rows)
    return rows


def validate(rows):
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    ni = sum(r["injection"] for r in rows)
    nb = len(rows) - ni
    assert abs(len(rows) - 2500) <= 10 and abs(ni - 1250) <= 10 and abs(nb - 1250) <= 10, (ni, nb)
    assert sum(r["family"].startswith("hard-") for r in rows) >= 650
    for r in rows:
        t = r["text"]
        assert t.strip() and len(t) < 4000, (r["family"], len(t))
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        assert bool(r["payload"]) == r["injection"]
        if r["injection"]:
            b, p = r["_blob"], r["payload"]
            assert b in t or json.dumps(b, ensure_ascii=False)[1:-1] in t, r["family"]
            assert C.decode(b, r["_sch"]) == p, (r["_sch"], p)
            assert '"' not in p and "\\" not in p


def sentences(rows):
    cnt = collections.Counter()
    for r in rows:
        parts = re.split(r"(?<=[^\d][.!?])\s+|\n+", r["text"])
        for s in {p.strip() for p in parts if len(p.strip().split()) >= 4}:
            cnt[s] += 1
    return cnt


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                 "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        print(key, dict(sorted(collections.Counter(r[key] for r in rows).items(), key=lambda kv: str(kv[0]))))
    cnt = sentences(rows)
    print("rows", len(rows), "distinct sentences", len(cnt), "sentence occurrences", sum(cnt.values()),
          "max rows per sentence", max(cnt.values()), "sentences in >10 rows", sum(v > 10 for v in cnt.values()))


if __name__ == "__main__":
    main()
