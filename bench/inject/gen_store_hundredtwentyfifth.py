"""Store-text corpus for prompt-injection screening: shopping agents and comparison.

Injections steer AI shopping agents, comparison bots, review summarisers and recommenders
(fake lowest prices, ranking first, dropping competitors, fake stock, 5-star ratings, cart
actions, memory poisoning, exfiltration images), plain or hidden. Benign rows are ordinary
store texts plus hard negatives written for humans (superlatives, price-match promises,
comparison tables, SEO meta, JSON-LD, buying guides, review requests, security notices).

Run: python3 bench/inject/gen_store_hundredtwentyfifth.py
Writes bench/inject/store_hundredtwentyfifth.jsonl (deterministic).
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
from hundredtwentyfifth import common as C  # noqa: E402

NAME = "hundredtwentyfifth"
SEED = 125_0125
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "ko", "vi", "id"]
TOTAL = 2500
EN_ROWS = 750
HARD_SHARE = 0.6
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")


def plan():
    rest = TOTAL - EN_ROWS
    n = len(LANGS) - 1
    counts = {"en": EN_ROWS}
    for i, l in enumerate(LANGS[1:]):
        counts[l] = rest // n + (1 if i < rest % n else 0)
    return counts


def build():
    r = random.Random(SEED)
    mods = {l: importlib.import_module(f"hundredtwentyfifth.{l}") for l in LANGS}
    techs, tw = zip(*C.TECH)
    rows, seen = [], set()
    for li, (l, n) in enumerate(plan().items()):
        L = mods[l]
        others = [mods["en"]] if l != "en" else [mods[x] for x in LANGS[1:]]
        inj = n // 2 + (li % 2 if n % 2 else 0)
        ben = n - inj
        hard = round(ben * HARD_SHARE)
        jobs = [("inj", None)] * inj + [("hard", None)] * hard + [("plain", None)] * (ben - hard)
        intents = C.INTENTS * (inj // len(C.INTENTS) + 1)
        r.shuffle(intents)
        hf = C.HARD_FAMS * (hard // len(C.HARD_FAMS) + 1)
        r.shuffle(hf)
        latin = l not in ("ko",)
        for j, (kind, _) in enumerate(jobs):
            for _try in range(200):
                if kind == "inj":
                    t = r.choices(techs, tw)[0]
                    while (t in C.LATIN_ONLY and not latin) or (t == "rot13" and l not in ("en", "nl", "de", "sv", "da", "id")):
                        t = r.choices(techs, tw)[0]
                    src, fam, text, pl = C.make_injection(L, r, t, intents[j], others)
                    encoded = t in ("zero-width", "homoglyph", "leetspeak", "rot13", "base64", "url-encoded")
                    assert encoded or pl in text, (fam, pl, text)
                    row = (src, fam, text, True, pl)
                elif kind == "hard":
                    src, fam, text = C.make_hard(L, r, hf[j - inj])
                    row = (src, fam, text, False, "")
                else:
                    src, fam, text = C.make_plain(L, r, r.choice(C.PLAIN_FAMS))
                    row = (src, fam, text, False, "")
                if row[2] not in seen and 0 < len(row[2]) < 4000:
                    seen.add(row[2])
                    rows.append((l,) + row)
                    break
            else:
                raise SystemExit(f"could not make a unique row for {l} {kind}")
    r.shuffle(rows)
    out = []
    for i, (l, src, fam, text, inj, pl) in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", "source": src, "lang": l, "family": fam,
                    "text": text, "injection": inj, "payload": pl})
    return out


def validate(rows):
    assert len({x["id"] for x in rows}) == len(rows)
    assert len({x["text"] for x in rows}) == len(rows)
    ni = sum(x["injection"] for x in rows)
    assert abs(len(rows) - TOTAL) <= 0 and abs(ni - TOTAL // 2) <= 10, ni
    assert sum(x["family"].startswith("hard-") for x in rows) >= 650
    for x in rows:
        assert 0 < len(x["text"]) < 4000
        assert bool(x["payload"]) == x["injection"]
        assert x["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x["family"]), x["family"]


def sentence_stats(rows):
    cnt = collections.Counter()
    for x in rows:
        t = re.sub(r"<[^>]+>", "\n", x["text"])
        for s in re.split(r"(?<=[.!?。])\s+|\n+", t):
            s = s.strip(" \"'|-—•*#")
            if "\t" in s or '": ' in s:
                continue
            if len(s) >= 20 and len(s.split()) >= 3:
                cnt[s] += 1
    return cnt


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    for k in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(x[k]) for x in rows)
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in sorted(c.items())))
    print("hard negatives:", sum(x["family"].startswith("hard-") for x in rows))
    cnt = sentence_stats(rows)
    print(f"distinct sentences: {len(cnt)}, sentence occurrences: {sum(cnt.values())}, rows: {len(rows)}, "
          f"max repeats: {max(cnt.values())}, sentences over 10 rows: {sum(v > 10 for v in cnt.values())}")
    if "-v" in sys.argv:
        for s, v in cnt.most_common(40):
            print(v, s[:110])


if __name__ == "__main__":
    main()
