"""Generate store_hundredsixth.jsonl: a labelled training corpus of store texts for the prompt-injection screener.

Theme: text that quotes, reports or warns about attacks on a shop's AI (benign hard negatives) against text
that really gives orders to that AI, often dressed as a notice or a quoted example (injections).
14 languages, 2,500 rows, half injections. Deterministic output.

Run: python3 bench/inject/gen_store_hundredsixth.py
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredsixth import common  # noqa: E402
from hundredsixth import ar, de, en, es, fr, it, ja, ko, nl, pl, pt, ru, tr, zh  # noqa: E402

SEED = 106_0106
NAME = "hundredsixth"
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
MODS = [en, de, fr, es, it, pt, nl, pl, ru, tr, ar, ja, zh, ko]
COUNTS = {m.CODE: 144 for m in MODS}
COUNTS["en"] = 626
COUNTS["de"] = 146
HARD_SHARE = 0.72


def cycle(rng, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        rng.shuffle(block)
        out += block
    return out[:n]


def build():
    rng = random.Random(SEED)
    rows, seen = [], set()

    def add(L, make):
        for _ in range(200):
            c = common.make_ctx(rng, L)
            r = make(c)
            if r is None:
                continue
            src, fam, text, inj, payload = r
            if text in seen or not text.strip() or len(text) >= 4000:
                continue
            seen.add(text)
            rows.append({"source": src, "lang": L.CODE, "family": fam, "text": text, "injection": inj,
                         "payload": payload})
            return
        raise RuntimeError(f"could not make a unique row for {L.CODE}")

    for L in MODS:
        n = COUNTS[L.CODE]
        n_inj = n // 2
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        others = [m for m in MODS if m is not L]
        for fam in cycle(rng, common.families_for(L.CODE, True), n_inj):
            def mk(c, fam=fam):
                other = en if (L is not en and rng.random() < 0.6) else rng.choice(others)
                src, text, payload = common.inject(rng, L, fam, c, other)
                return src, fam, text, True, payload
            add(L, mk)
        hard, plain = common.families_for(L.CODE, False)
        for fam in cycle(rng, hard, n_hard):
            def mk(c, fam=fam):
                src, text = common.b_hard(rng, L, fam, c)
                return src, fam, text, False, ""
            add(L, mk)
        for fam in cycle(rng, plain, n_ben - n_hard):
            def mk(c, fam=fam):
                src, text = common.b_plain(rng, L, fam, c)
                return src, fam, text, False, ""
            add(L, mk)

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    return out


ENCODED = {"inj-zero-width", "inj-homoglyph", "inj-leetspeak", "inj-base64", "inj-hex", "inj-rot13",
           "inj-url-encoded"}


def validate(rows):
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate texts"
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if r["injection"] and r["family"] not in ENCODED and r["family"] not in {"inj-tool-json",
                                                                                  "inj-forged-moderation-log"}:
            assert r["payload"] in r["text"], r["id"]
        if r["injection"] and r["family"] in {"inj-tool-json", "inj-forged-moderation-log"}:
            assert r["payload"] in json.dumps(json.loads(r["text"]), ensure_ascii=False) or \
                r["payload"] in r["text"], r["id"]
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert len(rows) == 2500 and abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10, (n_inj, n_ben)
    assert n_hard >= 650, n_hard
    return n_inj, n_ben, n_hard


SENT = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")
TAG = re.compile(r"<[^>]+>")


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def sentences(text):
    """Prose sentences of a row: JSON string values and HTML text, split on sentence ends."""
    try:
        chunks = list(strings(json.loads(text)))
    except ValueError:
        chunks = [text]
    for ch in chunks:
        for s in SENT.split(TAG.sub("\n", ch)):
            s = s.strip(" -•`")
            if sum(c.isalpha() for c in s) >= 4 and not re.fullmatch(r"[A-Za-z_]+", s):
                yield s


def stats(rows):
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(r[key]) for r in rows)
        print(f"== {key}")
        for k, v in sorted(cnt.items()):
            print(f"  {k}: {v}")
    sents = collections.Counter()
    for r in rows:
        sents.update(sentences(r["text"]))
    total = sum(sents.values())
    over = sum(1 for v in sents.values() if v > 10)
    print(f"== sentences: {len(sents)} distinct of {total} in {len(rows)} rows; "
          f"max repeats {max(sents.values())}; distinct sentences used in more than 10 places: {over}")


def main():
    rows = build()
    n_inj, n_ben, n_hard = validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"rows {len(rows)}: injection {n_inj}, benign {n_ben} (hard {n_hard})")
    stats(rows)


if __name__ == "__main__":
    main()
