"""Store-text corpus for prompt-injection screening, set "hundredfourteenth".

Five shops (sporting goods, online grocery with recipes, jewellery and watches, pet pharmacy,
refurbished phones and laptops) in 27 languages: reviews, tickets, feeds, emails, web pages and
tool results. Half carry instructions aimed at an AI reader (plain, hidden or encoded); the other
half are benign, most of them hard negatives that share the vocabulary of attacks.

Run: python3 bench/inject/gen_store_hundredfourteenth.py
Writes bench/inject/store_hundredfourteenth.jsonl (same bytes on every run) and prints counts.
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

from hundredfourteenth import common  # noqa: E402

NAME = "hundredfourteenth"
SEED = 114_0114
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "cs", "sk", "hu", "ro", "bg", "el",
         "ru", "uk", "tr", "ar", "id", "vi", "hi", "ja", "ko", "zh"]
SMALL = ("ja", "ko", "zh")
HARD_SHARE = 0.58
MIX_SHARE = 0.07
PLAIN_SHARE = 0.5
STRUCT = ("fake-tool", "fake-turn")


def allocate():
    counts = {"en": 375}
    for code in SMALL:
        counts[code] = 25
    mid = [c for c in LANGS if c != "en" and c not in SMALL]
    for i, code in enumerate(mid):
        counts[code] = 46 if i < 15 else 45
    return counts


def lang_rows(code, mods, n, n_inj, rng):
    L = mods[code]
    rows = []
    seen = set()

    def add(src, fam, text, inj, payload):
        if text in seen:
            return False
        seen.add(text)
        rows.append({"source": src, "lang": code, "family": fam, "text": text, "injection": inj, "payload": payload})
        return True

    intents = []
    while len(intents) < n_inj:
        block = list(common.INTENTS)
        rng.shuffle(block)
        intents += block
    techs = list(common.TECH) + list(STRUCT)
    others = [c for c in LANGS if c != code]
    for i in range(n_inj):
        intent = intents[i]
        for _ in range(60):
            other = None
            if rng.random() < MIX_SHARE:
                other = mods["en" if code != "en" and rng.random() < 0.6 else rng.choice(others)]
            tech = None
            if other is not None:
                tech = rng.choice((None, None, "fake-turn", "html-comment", "css", "json-field"))
            elif rng.random() > PLAIN_SHARE:
                tech = rng.choice(techs)
            src, fam, text, payload = common.build_injection(L, rng, intent, tech, other)
            if tech in common.TECH and not common.tech_ok(tech, payload):
                continue
            if add(src, fam, text, True, payload):
                break
        else:
            raise RuntimeError(f"could not build injection for {code}")
    n_ben = n - n_inj
    n_hard = round(n_ben * HARD_SHARE)
    hard = [f for f in common.HARD_BUILDERS if f != "hard-dev-docs" or "docs" in L.HARD]
    easy = list(common.EASY)
    fams = []
    while len(fams) < n_hard:
        block = hard[:]
        rng.shuffle(block)
        fams += block
    fams = fams[:n_hard]
    while len(fams) < n_ben:
        block = easy[:]
        rng.shuffle(block)
        fams += block
    fams = fams[:n_ben]
    for fam in fams:
        for _ in range(60):
            src, text = common.build_benign(L, rng, fam)
            if add(src, fam, text, False, ""):
                break
        else:
            raise RuntimeError(f"could not build {fam} for {code}")
    return rows


def unhide(text):
    for z in common.ZW:
        text = text.replace(z, "")
    return text


def check_payload(r):
    t, p, fam = r["text"], r["payload"], r["family"]
    if fam.startswith("enc-") or fam == "obf-leetspeak":
        return bool(p)
    if fam == "obf-zero-width":
        return p in unhide(t)
    if fam == "obf-homoglyph":
        return p in "".join(common.UNHOMO.get(ch, ch) for ch in t)
    return p in t


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert r["source"] in common.SOURCES, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if r["injection"]:
            assert check_payload(r), (r["id"], r["family"])
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    assert len(rows) == 1500 and abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10
    assert sum(r["family"].startswith("hard-") for r in rows) >= 400
    en = sum(r["lang"] == "en" for r in rows) / len(rows)
    assert 0.22 <= en <= 0.28


SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？।])|\n+")


def sentences(text):
    text = re.sub(r"<[^>]+>", "\n", text).replace('"', "\n")
    for s in SPLIT.split(text):
        s = s.strip(" ,:;|-*>#[]{}")
        if len(s.split()) >= 5 or (len(s.split()) >= 3 and s[-1] in ".!?") or (len(s) >= 8 and " " not in s and not s.isascii()):
            yield s


def main():
    rng = random.Random(SEED)
    mods = {code: importlib.import_module(f"{NAME}.{code}") for code in LANGS}
    counts = allocate()
    rows = []
    up = True
    for code in LANGS:
        n = counts[code]
        n_inj = n // 2
        if n % 2:
            n_inj += 1 if up else 0
            up = not up
        rows += lang_rows(code, mods, n, n_inj, rng)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "test", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, key):
        cnt = collections.Counter(key(r) for r in out)
        print(f"{title}:")
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k}: {v}")

    print(f"rows: {len(out)}")
    show("label", lambda r: "injection" if r["injection"] else "benign")
    show("lang", lambda r: r["lang"])
    show("source", lambda r: r["source"])
    show("family", lambda r: r["family"])
    print(f"hard negatives: {sum(r['family'].startswith('hard-') for r in out)}")
    sc = collections.Counter()
    for r in out:
        for s in set(sentences(r["text"])):
            sc[s] += 1
    print(f"sentences: {len(sc)} distinct, {sum(sc.values())} sentence-row pairs, over {len(out)} rows; "
          f"max rows per sentence {max(sc.values())}")
    if "-v" in sys.argv:
        for s, v in sc.most_common(25):
            print(f"  {v:3d} {s[:100]}")


if __name__ == "__main__":
    main()
