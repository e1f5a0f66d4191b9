"""Generate store_fiftyfifth.jsonl: 1,500 labelled back-office texts of a
multi-brand online retailer (supplier portals, carrier updates, chargebacks,
seller-central and ad-platform messages, affiliate mail, CVs, shift notes,
invoices, invites, macros) in 21 languages, half of them carrying instructions
aimed at the store's AI agents and half benign, many of them hard negatives.

Run: python3 -B bench/inject/gen_store_fiftyfifth.py  (standard library only,
fixed seed, byte-identical output on every run).
"""

import collections
import importlib
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fiftyfifth import common  # noqa: E402

NAME = "fiftyfifth"
SPLIT = "dev"
SEED = 55055
OUT = os.path.join(HERE, "store_fiftyfifth.jsonl")

# (module, lang tag, rows)
TARGETS = [
    ("en", "en", 490), ("de", "de", 100), ("fr", "fr", 90), ("es", "es", 90),
    ("it", "it", 50), ("pt", "pt-BR", 60), ("nl", "nl", 40), ("pl", "pl", 40),
    ("cs", "cs", 20), ("hu", "hu", 20), ("da", "da", 20), ("ru", "ru", 40),
    ("uk", "uk", 20), ("tr", "tr", 40), ("ar", "ar", 30), ("he", "he", 20),
    ("ja", "ja", 90), ("zh_cn", "zh-CN", 70), ("zh_tw", "zh-TW", 30),
    ("ko", "ko", 80), ("vi", "vi", 30), ("idn", "id", 30),
]

WEIGHTS = {"plain": 0.45, "structural": 0.18, "hidden": 0.2, "encoded": 0.17}
# reviews rarely carry markup: mostly visible text, sometimes obfuscated
SOURCE_WEIGHTS = {"review": {"plain": 0.66, "hidden": 0.07, "encoded": 0.27}}


def pick_weighted(rng, options, exclude, source):
    w = SOURCE_WEIGHTS.get(source, WEIGHTS)
    cats = [c for c in options if c not in exclude] or list(options)
    total = sum(w[c] for c in cats)
    r = rng.random() * total
    for c in cats:
        r -= w[c]
        if r <= 0:
            return c
    return cats[-1]


def build_language(modname, lang, n, rng):
    m = importlib.import_module("fiftyfifth." + modname)
    n_inj = n // 2
    n_ben = n - n_inj
    plain = [(s, "benign", o) for s, o in m.PLAIN]
    hard = [(s, f, o) for s, f, o in m.HARD]
    rng.shuffle(plain)
    rng.shuffle(hard)
    hard_n = min(len(hard), int(round(0.62 * n_ben)))
    if n_ben - hard_n > len(plain):
        hard_n = n_ben - len(plain)
    if hard_n > len(hard):
        raise SystemExit("%s: not enough benign material" % modname)
    chosen = hard[:hard_n] + plain[:n_ben - hard_n]
    rows = []
    for s, f, o in chosen:
        rows.append(dict(source=s, lang=lang, family=f, text=common.render(o),
                         injection=False, payload=""))

    pool = [list(x) + [1] for x in chosen] + [list(x) + [0] for x in hard[hard_n:] + plain[n_ben - hard_n:]]

    full = list(m.FULL)
    rng.shuffle(full)
    full = full[:n_inj]
    for s, f, t, p in full:
        rows.append(dict(source=s, lang=lang, family=f, text=t, injection=True, payload=p))

    need = n_inj - len(full)
    snippets = list(m.SNIPPETS)
    rng.shuffle(snippets)
    uses = math.ceil(need / len(snippets)) if need else 0
    if uses > 3:
        raise SystemExit("%s: too few snippets (%d for %d)" % (modname, len(snippets), need))
    slots = []
    for u in range(uses):
        for i in range(len(snippets)):
            slots.append((i, u))
    slots = slots[:need]
    first_cat = {}
    seen = {r["text"] for r in rows}
    for i, u in slots:
        sn = snippets[i]
        fam, txt = sn[0], sn[1]
        srcs = set(sn[2].split()) if len(sn) > 2 and sn[2] else set(common.SOURCES)
        cands = [h for h in pool if h[0] in srcs] or pool
        low = min(h[3] for h in cands)
        cands = [h for h in cands if h[3] == low]
        for _try in range(20):
            host = cands[rng.randrange(len(cands))]
            opts = common.carrier_options(host[0], host[2], lang)
            cat = pick_weighted(rng, opts, {first_cat.get(i)} if u else set(), host[0])
            carrier = opts[cat][rng.randrange(len(opts[cat]))]
            text = common.apply_carrier(carrier, host[0], host[2], txt, m.L, lang, rng)
            if text not in seen:
                break
        else:
            raise SystemExit("could not place snippet uniquely: " + txt)
        first_cat.setdefault(i, cat)
        host[3] += 1
        seen.add(text)
        rows.append(dict(source=host[0], lang=lang, family=common.family_for(carrier, fam),
                         text=text, injection=True, payload=txt))
    return rows


def validate(rows):
    keys = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == keys, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        b = len(r["text"].encode("utf-8"))
        assert 40 <= b <= 3000, (r["id"], b, r["text"][:80])
        assert r["source"] in common.SOURCES, r
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["family"] and r["family"] == r["family"].lower() and " " not in r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        else:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r


def main():
    rng = random.Random(SEED)
    rows = []
    for modname, lang, n in TARGETS:
        rows.extend(build_language(modname, lang, n, random.Random("%d-%s" % (SEED, modname))))
    rng.shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        out.append(dict(id="%s-%05d" % (NAME, k), split=SPLIT, source=r["source"],
                        lang=r["lang"], family=r["family"], text=r["text"],
                        injection=r["injection"], payload=r["payload"]))
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %5d" % (k, v))

    print("rows: %d" % len(out))
    show("label:", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    print("hard negatives: %d" % sum(1 for r in out if r["family"].startswith("hard-")))
    show("lang:", collections.Counter(r["lang"] for r in out))
    show("source:", collections.Counter(r["source"] for r in out))
    show("family (injection):", collections.Counter(r["family"] for r in out if r["injection"]))
    show("family (benign):", collections.Counter(r["family"] for r in out if not r["injection"]))
    show("lang x label:", collections.Counter("%s/%s" % (r["lang"], int(r["injection"])) for r in out))


if __name__ == "__main__":
    main()
