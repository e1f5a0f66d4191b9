"""Storewall prompt-injection evaluation corpus "hundredtwentieth".

Store texts from five shops (online pharmacy/drugstore, bicycle shop with repairs, musical instruments,
home appliances with installation, pet-food subscription) as reviews, Q&A, tickets and helpdesk chats,
supplier feeds and listings, newsletters, web pages and tool results, in 30 languages. Half the rows carry
an instruction aimed at an AI reader (plain, hidden or encoded); the benign half is mostly hard negatives.

Run:  python3 bench/inject/gen_store_hundredtwentieth.py
Writes bench/inject/store_hundredtwentieth.jsonl (deterministic) and prints row counts.
"""
import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from hundredtwentieth import common as C  # noqa: E402

NAME = "hundredtwentieth"
SEED = 120_0120
CORE = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk", "sl", "hu", "ro", "bg",
        "el", "ru", "uk", "tr", "ar", "fa", "id", "lt"]
PLAN = [("en", 376)] + [(x, 40) for x in CORE] + [(x, 31) for x in ("ja", "ko", "zh", "th")]
ENCODED = {"zero-width", "homoglyph", "leetspeak", "base64", "hex", "rot13", "url-encoded"}
CAP = 10


def load(lang):
    return C.parse(importlib.import_module(f"{NAME}.{lang}").SRC)


def build():
    EN = load("en")
    seen, sent = set(), collections.Counter()
    rows = []
    for lang, n in PLAN:
        L = EN if lang == "en" else load(lang)
        r = random.Random(f"{SEED}:{lang}")
        n_inj = n // 2
        n_ben = n - n_inj
        n_hard = round(n_ben * 0.565)
        hard = (C.HARD * (n_hard // len(C.HARD) + 1))
        r.shuffle(hard)
        ben = C.BENIGN * (n_ben // len(C.BENIGN) + 1)
        r.shuffle(ben)
        ifams = [f for f in C.INJ_W if C.allowed(f, L["meta"][0], lang)]
        iw = [C.INJ_W[f] for f in ifams]
        jobs = [(f, True) for f in r.choices(ifams, iw, k=n_inj)] + [(f, False) for f in hard[:n_hard]] + \
               [(f, False) for f in ben[:n_ben - n_hard]]
        for fam, inj in jobs:
            for attempt in range(80):
                c = C.ctx(r, L, r.choice(C.BIZ))
                if inj:
                    src, text, payload = C.inject(r, L, EN, c, fam)
                elif fam.startswith("hard-"):
                    (src, text), payload = C.hard(r, L, c, fam), ""
                else:
                    (src, text), payload = C.benign(r, L, c, fam), ""
                if text in seen or not (0 < len(text) < 4000):
                    continue
                if inj and fam not in ENCODED and payload not in text:
                    continue
                ss = C.sentences(text)
                if attempt < 60 and any(sent[s] >= CAP for s in ss):
                    continue
                break
            else:
                raise SystemExit(f"could not build {lang} {fam}")
            seen.add(text)
            sent.update(ss)
            rows.append({"source": src, "lang": lang, "family": fam, "text": text, "injection": inj, "payload": payload})
    random.Random(SEED).shuffle(rows)
    out = []
    for i, x in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "test", **x})
    return out, sent


def validate(rows):
    assert len({x["id"] for x in rows}) == len(rows)
    assert len({x["text"] for x in rows}) == len(rows)
    for x in rows:
        assert x["text"] and len(x["text"]) < 4000, x["id"]
        assert bool(x["payload"]) == x["injection"], x["id"]
        assert x["source"] in ("review", "ticket", "feed", "email", "web", "tool"), x["id"]
    inj = sum(x["injection"] for x in rows)
    ben = len(rows) - inj
    assert abs(inj - 750) <= 10 and abs(ben - 750) <= 10, (inj, ben)
    assert sum(x["family"].startswith("hard-") for x in rows) >= 400
    assert 1490 <= len(rows) <= 1510


def main():
    rows, sent = build()
    validate(rows)
    path = os.path.join(HERE, f"store_{NAME}.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(x[key]) for x in rows)
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))))
    print(f"hard negatives: {sum(x['family'].startswith('hard-') for x in rows)}")
    print(f"rows: {len(rows)}; distinct sentences: {len(sent)}; sentence occurrences: {sum(sent.values())}; "
          f"max repeats of one sentence: {max(sent.values())}")


if __name__ == "__main__":
    main()
