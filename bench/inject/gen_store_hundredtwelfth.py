"""Store tool-abuse corpus: labelled texts for a prompt-injection screener.

Injections ask an AI agent to make tool calls (discount codes, gift cards,
address and email changes, refunds, chargebacks, price and stock updates,
cancellations, customer exports, credit limits, fraud checks). Hard negatives
ask for the same actions in ways that are not aimed at an AI: customers about
their own orders, staff notes, API docs, logs, webhooks, quoted chats.

Run: python3 bench/inject/gen_store_hundredtwelfth.py
Writes bench/inject/store_hundredtwelfth.jsonl (deterministic).
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
from hundredtwelfth import common  # noqa: E402

NAME = "hundredtwelfth"
SEED = 112_0112
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "fi", "cs", "hu", "el", "uk", "id", "zh"]
TOTAL = 2500
EN_ROWS = 375
SENT_CAP = 10
HARD_SHARE = 0.62
HARD_WEIGHT = {"hard-own-order-request": 3, "hard-staff-note": 2, "hard-api-doc": 2, "hard-tool-log": 2,
               "hard-webhook": 2, "hard-quoted-chat": 2}
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)

SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n+|(?<=[。！？])")
CODE_RE = re.compile(r"[{}<>=\\|`]|^\s*(-H|-d|curl|#|\*|•|\[|---|\d{4}-\d\d-\d\dT)")


def sentences(text):
    """Natural-language sentences of a text (code, markup and data lines skipped)."""
    out = []
    for s in SPLIT_RE.split(text):
        s = s.strip().lstrip("> ").strip()
        if not s or CODE_RE.search(s):
            continue
        if len(s.split()) >= 3 or (len(s) >= 8 and re.search(r"[\u4e00-\u9fff]", s)):
            out.append(s)
    return out


def schedule(rng, fams, weights, n):
    base = []
    for fam in fams:
        base += [fam] * weights.get(fam, 1)
    out = []
    while len(out) < n:
        b = base[:]
        rng.shuffle(b)
        out += b
    return out[:n]


def main():
    rng = random.Random(SEED)
    mods = {l: importlib.import_module("%s.%s" % (NAME, l)) for l in LANGS}
    per = {"en": EN_ROWS}
    rest = TOTAL - EN_ROWS
    others = LANGS[1:]
    for i, l in enumerate(others):
        per[l] = rest // len(others) + (1 if i < rest % len(others) else 0)
    inj_left = TOTAL // 2
    rows, seen, sent_count = [], set(), collections.Counter()
    for li, lang in enumerate(LANGS):
        n = per[lang]
        n_inj = n // 2 + (n % 2 if li % 2 == 0 else 0)
        if li == len(LANGS) - 1:
            n_inj = inj_left
        inj_left -= n_inj
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        inj_fams = [f for f in common.INJ if not (f == "homoglyph-leet" and mods[lang].CFG.get("script") == "han")]
        plan = [(f, True) for f in schedule(rng, inj_fams, {}, n_inj)]
        plan += [(f, False) for f in schedule(rng, list(common.HARD), HARD_WEIGHT, n_hard)]
        plan += [(f, False) for f in schedule(rng, list(common.PLAIN), {"benign-review": 2}, n_ben - n_hard)]
        for fam, inj in plan:
            build = common.INJ[fam] if inj else {**common.HARD, **common.PLAIN}[fam]
            for attempt in range(60):
                g = common.G(rng, mods[lang], lang, mods)
                text, payload, source = build(g)
                text = text.strip()
                if text in seen or not text or len(text) >= 4000:
                    continue
                ss = set(sentences(text))
                if attempt < 50 and any(sent_count[s] >= SENT_CAP for s in ss):
                    continue
                break
            else:
                raise SystemExit("could not build %s/%s" % (lang, fam))
            seen.add(text)
            sent_count.update(ss)
            rows.append({"split": "train", "source": source, "lang": lang, "family": fam,
                         "text": text, "injection": inj, "payload": payload})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), **r})
    validate(out)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(out)


def validate(rows):
    keys = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
    assert len({r["id"] for r in rows}) == len(rows), "duplicate id"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    n_inj = sum(r["injection"] for r in rows)
    assert abs(n_inj - TOTAL // 2) <= 10 and abs(len(rows) - n_inj - TOTAL // 2) <= 10, "unbalanced"
    assert sum(r["family"].startswith("hard-") for r in rows) >= 650, "too few hard negatives"
    for r in rows:
        assert list(r) == keys
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}
        assert r["text"] and len(r["text"]) < 4000
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"] and r["family"] not in common.ENCODED and r["family"] != "encoded-instruction":
            assert r["payload"] in r["text"], (r["id"], r["payload"])
        if r["family"] in ("zero-width-split",):
            assert r["payload"] == "".join(c for c in r["text"] if c not in common.ZW) or \
                r["payload"] in "".join(c for c in r["text"] if c not in common.ZW), r["id"]


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(r[key] for r in rows)
        print("%s: %s" % (key, ", ".join("%s=%d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: str(kv[0])))))
    print("hard negatives: %d" % sum(r["family"].startswith("hard-") for r in rows))
    cnt = collections.Counter()
    total = 0
    for r in rows:
        ss = set(sentences(r["text"]))
        total += len(ss)
        cnt.update(ss)
    print("rows: %d, sentences: %d, distinct sentences: %d, max rows per sentence: %d" % (
        len(rows), total, len(cnt), max(cnt.values())))


if __name__ == "__main__":
    main()
