#!/usr/bin/env python3
"""Storewall injection corpus "twentyfourth": 1,500 rows of mixed store traffic
(reviews, tickets, supplier feeds, emails, web pages, tool results) in fifteen
languages, half instructions aimed at the store's AI and half benign text, many
of them hard negatives that share the attackers' vocabulary.

Run `python3 bench/inject/gen_store_twentyfourth.py`; it rewrites
bench/inject/store_twentyfourth.jsonl byte for byte and prints counts.
"""

import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from twentyfourth import LANGS, core  # noqa: E402
from twentyfourth.render import Renderer  # noqa: E402

NAME = "twentyfourth"
SPLIT = "dev"
SEED = 24_2417
OUT = os.path.join(HERE, "store_{}.jsonl".format(NAME))
WRAP_SHARE = 0.26
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]

EXPECTED = {"en": 450, "de": 120, "fr": 120, "es": 120, "it": 80, "pt": 80, "nl": 60, "pl": 60,
            "sv": 40, "tr": 40, "ja": 90, "zh": 90, "ko": 90, "ar": 30, "hi": 30}


def choose_source(allowed, counts, target, rng):
    best = None
    for s in allowed:
        score = (target - counts[s]) + rng.random() * 0.4
        if best is None or score > best[0]:
            best = (score, s)
    return best[1]


def entry(e):
    fam, text = e[0], e[1]
    srcs = tuple(e[2].split()) if len(e) > 2 and e[2] else core.SOURCES
    return fam, text, srcs


def build_lang(L, rng, seen):
    R = Renderer(L, rng)
    n = L.N
    n_inj = n // 2
    n_ben = n - n_inj
    hard = list(L.HARD)
    assert len(hard) <= n_ben, (L.LANG, len(hard), n_ben)
    target = n / 6.0
    counts = collections.Counter()
    rows = []

    def add(src, fam, text, inj, payload, lang=None):
        assert text not in seen, (L.LANG, text[:80])
        seen.add(text)
        counts[src] += 1
        rows.append({"split": SPLIT, "source": src, "lang": lang or L.LANG, "family": fam,
                     "text": text, "injection": inj, "payload": payload})

    # hard negatives: complete texts with a fixed source
    for h in hard:
        fam, src, text = h[0], h[1], h[2]
        lang = h[3] if len(h) > 3 else None
        add(src, fam, R.wrap_hard(src, text), False, "", lang)

    # injections
    sem = [entry(e) for e in L.INJ]
    rng.shuffle(sem)
    wraps = [f for f in core.HIDDEN + core.ENCODED + core.OBFUSCATED
             if not (f in core.LATIN_ONLY and not getattr(L, "LATIN", True))]
    n_wrap = int(round(n_inj * WRAP_SHARE))
    n_sem = n_inj - n_wrap
    wrap_fams = []
    while len(wrap_fams) < n_wrap:
        batch = list(wraps)
        rng.shuffle(batch)
        wrap_fams.extend(batch)
    wrap_fams = wrap_fams[:n_wrap]
    sem_rows = [sem[i % len(sem)] for i in range(n_sem)]
    payload_pool = [s for s in sem if len(s[1]) <= 200 and "\n" not in s[1]] or sem
    pi = 0  # rotating start into payload_pool

    # the most constrained first
    for fam in sorted(wrap_fams, key=lambda f: f not in core.WRAP_SOURCES):
        allowed = core.WRAP_SOURCES.get(fam, core.SOURCES)
        for _ in range(20):
            src = choose_source(allowed, counts, target, rng)
            for k in range(len(payload_pool)):
                cand = payload_pool[(pi + k) % len(payload_pool)]
                if src in cand[2]:
                    break
            payload_pool.remove(cand)
            payload_pool.append(cand)
            payload = cand[1]
            pos = rng.choice(["start", "middle", "end", "end"])
            if fam in core.WRAP_SOURCES:
                snip = core.hidden_snippet(fam, payload, rng)
                markup = fam != "markdown-comment"
                text = R.render(src, snip=snip, pos=pos, markup=markup)
            else:
                snip = core.disguise(fam, payload, L.LANG, rng, L.LEADS)
                text = R.render(src, snip=snip, pos=pos)
            if text not in seen and 40 <= len(text.encode()) <= 3000:
                break
        add(src, fam, text, True, payload)

    for fam, snip, allowed in sem_rows:
        for _ in range(20):
            src = choose_source(allowed, counts, target, rng)
            pos = rng.choices(["start", "middle", "end"], [0.25, 0.35, 0.4])[0]
            standalone = (src in ("review", "ticket", "email") and rng.random() < 0.15
                          and len(snip.encode()) >= 40)
            text = R.render(src, snip=snip, pos=pos, standalone=standalone)
            if text not in seen and 40 <= len(text.encode()) <= 3000:
                break
        add(src, fam, text, True, snip)

    # plain benign rows fill what the sources still lack
    for _ in range(n_ben - len(hard)):
        for _ in range(20):
            src = choose_source(core.SOURCES, counts, target, rng)
            text = R.render(src)
            if text not in seen and 40 <= len(text.encode()) <= 3000:
                break
        add(src, "benign", text, False, "")
    return rows


def validate(rows):
    ids = set()
    texts = set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        b = len(r["text"].encode("utf-8"))
        assert 40 <= b <= 3000, (r["id"], b)
        assert r["source"] in core.SOURCES
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"]:
            assert not r["family"].startswith(("benign", "hard-")), r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]
        fam = r["family"]
        assert fam == fam.lower() and " " not in fam and "_" not in fam, fam


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    per_group = collections.Counter()
    for group, L in LANGS:
        lr = build_lang(L, rng, seen)
        per_group[group] += len(lr)
        rows.extend(lr)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "{}-{:05d}".format(NAME, i)}
        d.update(r)
        out.append({k: d[k] for k in KEYS})
    validate(out)
    for g, n in EXPECTED.items():
        assert per_group[g] == n, (g, per_group[g], n)
    assert len(out) == sum(EXPECTED.values())
    assert sum(r["injection"] for r in out) == len(out) // 2
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("== {} ==".format(title))
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  {:<28} {}".format(k, v))

    show("language", collections.Counter(r["lang"] for r in out))
    show("language group", per_group)
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("hard negatives: {}".format(hard))
    print("rows: {} -> {}".format(len(out), os.path.relpath(OUT, os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
