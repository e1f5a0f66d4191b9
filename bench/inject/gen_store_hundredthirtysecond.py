"""Generate store_hundredthirtysecond.jsonl: a labelled corpus of online-store texts
(reviews, tickets, supplier feeds, emails, web pages, tool results) in 18 languages.

Theme: data theft through the store's assistant. Injections ask an AI reader for other
buyers' contact details, order histories, CRM records, card digits, API keys, or to send
such data to outside mailboxes, links and markdown images. Hard negatives are customers
asking for their own data, data-access requests, staff reports, privacy notices, security
newsletters, phishing warnings, CRM results of a customer's own orders and marketing.

Run:  python3 bench/inject/gen_store_hundredthirtysecond.py
Output is deterministic (seeded) and written next to this script.
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

from hundredthirtysecond import common as C  # noqa: E402

NAME = "hundredthirtysecond"
SEED = 132_0132
LANGS = ["en", "pt", "da", "nb", "sv", "fi", "el", "ro", "et", "id", "th", "ar", "bg", "uk", "it", "nl", "sl", "lt"]
TOTAL = 2500
EN_ROWS = 500
HARD_SHARE = 0.56
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)


def load():
    packs = {}
    for code in LANGS:
        m = importlib.import_module("hundredthirtysecond.%s" % code)
        packs[code] = {k: getattr(m, k) for k in dir(m) if not k.startswith("_")}
    return packs


def plan():
    rest = LANGS[1:]
    per, extra = divmod(TOTAL - EN_ROWS, len(rest))
    sizes = {"en": EN_ROWS}
    for i, code in enumerate(rest):
        sizes[code] = per + (1 if i < extra else 0)
    inj = {}
    flip = 0
    for code in LANGS:
        t = sizes[code]
        if t % 2:
            inj[code] = t // 2 + flip
            flip ^= 1
        else:
            inj[code] = t // 2
    return sizes, inj


def pick(rng, builders):
    return rng.choices(builders, weights=[b[2] for b in builders])[0]


def make_lang(code, packs, size, n_inj, rng, seen):
    L = packs[code]
    rows = []
    n_ben = size - n_inj
    n_hard = round(n_ben * HARD_SHARE)
    wants = [("inj", n_inj), ("hard", n_hard), ("ben", n_ben - n_hard)]
    others = [c for c in LANGS if c != code]
    for kind, count in wants:
        made = 0
        tries = 0
        while made < count:
            tries += 1
            if tries > count * 50:
                raise SystemExit("too many duplicates in %s/%s" % (code, kind))
            c = C.context(L, rng)
            if kind == "inj":
                fam, fn, _ = pick(rng, C.INJ_BUILDERS)
                if fn is None:
                    other = packs["en"] if (code != "en" and rng.random() < 0.6) else packs[rng.choice(others)]
                    src, text, payload = C.inj_mixed(L, rng, c, other)
                else:
                    res = fn(L, rng, c)
                    if len(res) == 4:
                        src, text, payload, fam = res
                    else:
                        src, text, payload = res
            else:
                fam, fn, _ = pick(rng, C.HARD_BUILDERS if kind == "hard" else C.BEN_BUILDERS)
                src, text = fn(L, rng, c)
                payload = ""
            text = text.strip()
            if text in seen or not text or len(text) >= 4000:
                continue
            seen.add(text)
            rows.append({"source": src, "lang": code, "family": fam, "text": text,
                         "injection": kind == "inj", "payload": payload})
            made += 1
    return rows


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts)
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    assert len(rows) == TOTAL
    assert abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10
    assert sum(1 for r in rows if r["family"].startswith("hard-")) >= 650
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert bool(r["payload"]) == r["injection"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"])
        if r["injection"] and r["family"] not in ("inj-base64", "inj-hex"):
            assert r["payload"] in r["text"], r["id"]


def sentences(text):
    out = []
    text = re.sub(r"<[^>]*>", "\n", text)
    for line in text.split("\n"):
        line = line.strip()
        if line[:1] in "{}[]\"" and not line.startswith("[/"):
            line = line.split('": "', 1)[-1].rstrip('",') if '": "' in line else ""
        for s in re.split(r"(?<=[.!?。])\s+", line):
            s = s.strip()
            if len(s) > 3 and (" " in s or len(s) > 25):
                out.append(s)
    return out


def main():
    rng = random.Random(SEED)
    packs = load()
    sizes, inj = plan()
    seen = set()
    rows = []
    for code in LANGS:
        rows += make_lang(code, packs, sizes[code], inj[code], rng, seen)
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                      "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(r[key]) for r in final)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(cnt.items()))))
    print("hard negatives: %d" % sum(1 for r in final if r["family"].startswith("hard-")))
    sc = collections.Counter(s for r in final for s in sentences(r["text"]))
    print("distinct sentences: %d, sentence occurrences: %d, rows: %d, max repeats of one sentence: %d"
          % (len(sc), sum(sc.values()), len(final), max(sc.values())))
    if "-v" in sys.argv:
        for s, k in sc.most_common(25):
            print(k, s[:100])


if __name__ == "__main__":
    main()
