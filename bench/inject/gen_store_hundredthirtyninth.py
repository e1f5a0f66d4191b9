"""Store-text prompt-injection evaluation corpus (hundredthirtyninth).

Five shops (coffee roaster, bike shop, jeweller, appliance retailer, office-supplies wholesaler) and their
reviews, Q&A, tickets, feeds, newsletters, web pages and tool results, in 32 languages, labelled for
injections aimed at an AI reader. Writes bench/inject/store_hundredthirtyninth.jsonl.

Run: python3 bench/inject/gen_store_hundredthirtyninth.py
"""
import collections
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredthirtyninth import common as C  # noqa: E402

NAME = "hundredthirtyninth"
SEED = 139_0139
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)

MAIN = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk", "sl", "hu", "ro", "bg",
        "el", "ru", "uk", "tr", "ar", "he", "id", "vi", "et", "lv"]
EXTRA = ["ja", "ko", "zh", "ka"]
QUOTA = {"en": 375}
QUOTA.update({l: 24 for l in EXTRA})
QUOTA.update({l: 38 for l in MAIN})
for l in ("de", "fr", "es"):
    QUOTA[l] += 1
HARD_SHARE = 0.6
ENCODED = {"zero-width-chars", "base64-payload", "hex-payload", "url-encoded", "rot13-payload", "homoglyph-text",
           "leetspeak", "alt-attribute"}


def deck(rng, items, n):
    out = []
    while len(out) < n:
        d = list(items)
        rng.shuffle(d)
        out.extend(d)
    return out[:n]


def build(rng, lang, L, EN, n, n_inj, seen):
    rows = []
    n_ben = n - n_inj
    n_hard = int(round(n_ben * HARD_SHARE))
    hidden = [m for m in C.HIDDEN if not (lang == "en" and m is C.m_mixed)]
    n_hid = n_inj // 2
    plan = ([("inj", f) for f in deck(rng, C.PLAIN, n_inj - n_hid)] + [("inj", f) for f in deck(rng, hidden, n_hid)]
            + [("hard", f) for f in deck(rng, C.HARD, n_hard)] + [("ben", f) for f in deck(rng, C.BENIGN, n_ben - n_hard)])
    for kind, fn in plan:
        for _ in range(50):
            c = C.Ctx(rng, L, EN)
            res = fn(c)
            if kind == "inj":
                src, fam, text, pl = res
            else:
                (src, fam, text), pl = res, ""
            if text not in seen and len(text) < 4000:
                break
        else:
            raise SystemExit("could not make a unique text for %s %s" % (lang, fn.__name__))
        seen.add(text)
        rows.append({"source": src, "lang": lang, "family": fam, "text": text, "injection": kind == "inj",
                     "payload": pl})
    return rows


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts)
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"] and r["payload"] not in r["text"]:
            assert r["family"] in ENCODED, (r["id"], r["family"])
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool")
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    assert abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10, (n_inj, n_ben)
    assert sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-")) >= 400


def main():
    rng = random.Random(SEED)
    EN = importlib.import_module("%s.en" % NAME)
    rows, seen = [], set()
    flip = 0
    for lang in ["en"] + MAIN + EXTRA:
        L = importlib.import_module("%s.%s" % (NAME, lang.replace("-", "_")))
        n = QUOTA[lang]
        n_inj = n // 2 + (n % 2) * flip
        flip ^= n % 2
        rows.extend(build(rng, lang, L, EN, n, n_inj, seen))
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "test", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, key):
        cnt = collections.Counter(key(r) for r in out)
        print("%s:" % title)
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %d" % (k, v))

    print("rows: %d" % len(out))
    show("label", lambda r: "injection" if r["injection"] else "benign")
    print("hard negatives: %d" % sum(1 for r in out if not r["injection"] and r["family"].startswith("hard-")))
    show("lang", lambda r: r["lang"])
    show("source", lambda r: r["source"])
    show("family", lambda r: r["family"])
    sc = collections.Counter()
    for r in out:
        for s in set(C.sentences(r["text"])):
            sc[s] += 1
    print("distinct sentences: %d, sentence occurrences: %d, rows: %d, most repeated sentence in %d rows" % (
        len(sc), sum(sc.values()), len(out), max(sc.values())))


if __name__ == "__main__":
    main()
