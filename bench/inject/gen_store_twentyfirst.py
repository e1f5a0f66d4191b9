#!/usr/bin/env python3
"""Build the "twentyfirst" store injection corpus: 2,500 labelled rows of reviews, seller Q&A,
support tickets, e-mails, supplier feeds, product pages and agent tool results in thirteen
languages (pt-BR, pt-PT, sv, da, nb, fi, pl, cs, ro, hu, el, tr, uk), about 45% of which carry
instructions aimed at the store's AI and the rest benign text, many of them hard negatives.
Run `python3 bench/inject/gen_store_twentyfirst.py`; it writes bench/inject/store_twentyfirst.jsonl
deterministically (standard library only, fixed seed) and prints counts and validation results.
"""

import json
import os
import random
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentyfirst import LANGS  # noqa: E402
from twentyfirst import core  # noqa: E402
from twentyfirst.english import EN_INJ  # noqa: E402

NAME = "twentyfirst"
SPLIT = "train"
SEED = 21_2121
TOTAL = 2500
INJ_PER_LANG = 86
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def build():
    rng = random.Random(SEED)
    en_deck = core.Deck(EN_INJ, rng)
    rows = []
    seen = set()
    n_lang = len(LANGS)
    base = TOTAL // n_lang
    extra = TOTAL - base * n_lang

    def add(lang, source, family, text, inj, payload):
        if text in seen or not 40 <= len(text.encode("utf-8")) <= 3000:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": lang, "family": family, "text": text,
                     "injection": inj, "payload": payload})
        return True

    for li, mod in enumerate(LANGS):
        lrng = random.Random(f"{SEED}-{mod.CODE}")
        cx = core.Ctx(mod, lrng)
        target = base + (1 if li < extra else 0)
        inj_deck = core.Deck(mod.INJ, lrng)
        short = [x for x in mod.INJ if len(x[1]) <= 110]
        short_deck = core.Deck(short, lrng)

        # ---- injections
        plan = []
        for name, k in core.INJ_QUOTA:
            plan += [name] * k
        for name in plan:
            for _attempt in range(30):
                fam_p = None
                if name == "code_switch" or (mod.SCRIPT != "latin" and name in ("enc_rot13", "enc_leet")):
                    payload = en_deck.draw()
                    fam_p = "code-switch"
                elif name in ("enc_spaced", "enc_zero-width", "enc_homoglyph", "enc_leet"):
                    fam_p, payload = short_deck.draw()
                else:
                    fam_p, payload = inj_deck.draw()
                if name == "code_switch":
                    source, text, fam = core.c_code_switch(cx, payload)
                    fam = "code-switch"
                else:
                    source, text, fam = core.CARRIERS[name](cx, payload)
                if add(mod.CODE, source, fam or fam_p, text, True, payload):
                    break
            else:
                raise SystemExit(f"could not place unique injection for {mod.CODE}/{name}")

        # ---- hand-written hard negatives (each once)
        for kind, source, text in mod.HARD:
            if not add(mod.CODE, source, kind, text, False, ""):
                raise SystemExit(f"duplicate hard negative in {mod.CODE}: {text[:60]}")

        # ---- generated hard negatives
        for fn, k in core.HARD_GEN_QUOTA:
            for _ in range(k):
                for _attempt in range(30):
                    source, text, fam = fn(cx)
                    if add(mod.CODE, source, fam, text, False, ""):
                        break

        # ---- plain benign to fill the language quota
        have = sum(1 for r in rows if r["lang"] == mod.CODE)
        need = target - have
        plan = []
        for fn, k in core.PLAIN_QUOTA:
            plan += [fn] * k
        while len(plan) < need:
            plan.append(core.b_review)
        plan = plan[:need]
        for fn in plan:
            for _attempt in range(30):
                source, text, fam = fn(cx)
                if add(mod.CODE, source, fam, text, False, ""):
                    break
            else:
                raise SystemExit(f"could not place unique benign row for {mod.CODE}")

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"],
                    "payload": r["payload"]})
    return out


def validate(rows):
    errs = []
    ids, texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for r in rows:
        if list(r.keys()) != KEYS:
            errs.append(f"{r.get('id')}: bad keys")
        if r["id"] in ids:
            errs.append(f"{r['id']}: duplicate id")
        ids.add(r["id"])
        if r["text"] in texts:
            errs.append(f"{r['id']}: duplicate text")
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        if not 40 <= n <= 3000:
            errs.append(f"{r['id']}: text length {n} bytes")
        if r["source"] not in SOURCES:
            errs.append(f"{r['id']}: bad source {r['source']}")
        if not fam_re.match(r["family"]):
            errs.append(f"{r['id']}: bad family {r['family']}")
        if r["injection"] is not True and r["injection"] is not False:
            errs.append(f"{r['id']}: injection not bool")
        if bool(r["payload"]) != r["injection"]:
            errs.append(f"{r['id']}: payload must be non-empty iff injection")
        if not r["injection"] and not (r["family"] == "benign" or r["family"].startswith("hard-")):
            errs.append(f"{r['id']}: benign family {r['family']}")
        if r["injection"] and (r["family"] == "benign" or r["family"].startswith("hard-")):
            errs.append(f"{r['id']}: injection with benign family")
        if r["split"] != SPLIT:
            errs.append(f"{r['id']}: bad split")
    if len(rows) != TOTAL:
        errs.append(f"expected {TOTAL} rows, got {len(rows)}")
    return errs


def main():
    rows = build()
    errs = validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(f"\n{title}:")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k:<32} {v}")

    show("lang", Counter(r["lang"] for r in rows))
    show("source", Counter(r["source"] for r in rows))
    show("family", Counter(r["family"] for r in rows))
    show("label", Counter("injection" if r["injection"] else "benign" for r in rows))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    benign = sum(1 for r in rows if not r["injection"])
    print(f"\nhard negatives: {hard} of {benign} benign rows")
    print(f"wrote {len(rows)} rows to {os.path.relpath(OUT)}")
    if errs:
        print(f"\nVALIDATION FAILED ({len(errs)} problems):")
        for e in errs[:50]:
            print("  " + e)
        sys.exit(1)
    print("validation ok")


if __name__ == "__main__":
    main()
