#!/usr/bin/env python3
"""Dev/evaluation corpus of store traffic (reviews, tickets, supplier feeds, emails,
web pages and agent tool results) from five kinds of online shops in 21 languages,
half of it carrying instructions aimed at the store's AI and half benign, many of
them hard negatives.  Run with `python3 bench/inject/gen_store_thirtyfifth.py`;
it writes bench/inject/store_thirtyfifth.jsonl and prints counts.
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
sys.dont_write_bytecode = True

from thirtyfifth import LANG_MODULES  # noqa: E402
from thirtyfifth import common  # noqa: E402

NAME = "thirtyfifth"
SPLIT = "dev"
SEED = 3535
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)

TARGETS = {
    "en": 470, "de": 98, "fr": 90, "es": 90, "it": 60, "pt": 60, "nl": 50,
    "pl": 40, "cs": 30, "sk": 20, "sv": 30, "da": 20, "ru": 50, "tr": 40,
    "ja": 86, "zh": 86, "ko": 50, "vi": 40, "id": 40, "ar": 30, "fa": 20,
}
HARD_SHARE = 0.56
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
NO_CARRY = {"staff-policy", "internal-memo", "security-notice"}
TOOL_WRAP_P = 0.11
CROSS_LANG_P = 0.08  # share of embedded payloads written in English inside other languages


def norm_plain(item, lang):
    if len(item) == 3:
        return item[0], "benign", item[1], item[2]
    return item[0], "benign", item[1], lang


def norm_hard(item, lang):
    if len(item) == 4:
        return item[0], "hard-" + item[1], item[2], item[3]
    return item[0], "hard-" + item[1], item[2], lang


_DOM_CACHE = {}


def _dom(text):
    if text not in _DOM_CACHE:
        _DOM_CACHE[text] = common.domains(text)
    return _DOM_CACHE[text]


def pick_payload(pool, carrier, usage, rng):
    """Least-used payload whose business domain fits the carrier (ties broken by pool order)."""
    cdom = _dom(carrier)
    best = None
    for item in pool:
        if not common.compatible(cdom, _dom(item[1])):
            continue
        key = (usage[item[1]], rng.random())
        if best is None or key < best[0]:
            best = (key, item)
    if best is None:
        best = (None, min(pool, key=lambda it: usage[it[1]]))
    item = best[1]
    usage[item[1]] += 1
    return item[0], item[1]


def build_lang(mod, target, rng, en_payloads=None):
    lang = mod.LANG
    ps_marker = getattr(mod, "PS", "P.S.")
    plain = [norm_plain(x, lang) for x in mod.PLAIN]
    hard = [norm_hard(x, lang) for x in mod.HARD]
    extra_plain = getattr(mod, "extra_plain", None)
    if extra_plain:
        plain += [norm_plain(x, lang) for x in extra_plain(random.Random(SEED + 7))]
    extra_hard = getattr(mod, "extra_hard", None)
    if extra_hard:
        hard += [norm_hard(x, lang) for x in extra_hard(random.Random(SEED + 8))]
    payloads = list(mod.PAYLOADS)
    standalone = list(mod.STANDALONE)
    n_inj = target // 2
    n_ben = target - n_inj
    quota = math.ceil(HARD_SHARE * n_ben)
    rng.shuffle(plain)
    rng.shuffle(hard)
    hard_take = min(len(hard), max(quota, n_ben - len(plain)))
    plain_take = min(len(plain), n_ben - hard_take)
    rows = []
    used = set()
    for src, fam, text, lg in hard[:hard_take] + plain[:plain_take]:
        rows.append({"source": src, "lang": lg, "family": fam, "text": text,
                     "injection": False, "payload": ""})
        used.add(text)
    # injections
    inj_rows = []
    for item in standalone[:n_inj]:
        src, fam, text, payload = item[:4]
        lg = item[4] if len(item) > 4 else lang
        inj_rows.append({"source": src, "lang": lg, "family": fam, "text": text,
                         "injection": True, "payload": payload})
    carriers = [c for c in hard + plain if c[1][5:] not in NO_CARRY]
    fresh = [c for c in carriers if c[2] not in used]
    reused = [c for c in carriers if c[2] in used]
    carriers = fresh + reused
    rng.shuffle(payloads)
    usage = collections.Counter()
    need = n_inj - len(inj_rows)
    ci = 0
    guard = 0
    while need > 0 and guard < 10 * n_inj:
        guard += 1
        if ci >= len(carriers):
            ci = 0
        src, _fam, ctext, lg = carriers[ci]
        ci += 1
        pool = payloads
        if en_payloads and rng.random() < CROSS_LANG_P:
            pool = en_payloads
        fam, ptext = pick_payload(pool, ctext, usage, rng)
        style = common.pick_style(src, ptext, rng)
        frag, override = common.wrap(ptext, style, rng, ps_marker)
        text = common.insert(ctext, frag, rng)
        if len(text.encode("utf-8")) > 3000:
            frag, override = common.wrap(ptext, "plain", rng, ps_marker)
            text = common.insert(ctext, frag, rng)
            if len(text.encode("utf-8")) > 3000:
                continue
        inj_rows.append({"source": src, "lang": lg, "family": override or fam, "text": text,
                         "injection": True, "payload": ptext})
        need -= 1
    rows += inj_rows
    # some rows travel as agent tool results
    for r in rows:
        if r["source"] in ("review", "ticket", "feed", "email") and rng.random() < TOOL_WRAP_P:
            wrapped = common.tool_wrap(r["text"], rng, r["source"])
            if len(wrapped.encode("utf-8")) <= 3000:
                r["text"] = wrapped
                r["source"] = "tool"
    return rows, hard_take


def validate(rows):
    keys = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
    ids = set()
    texts = set()
    for r in rows:
        assert list(r.keys()) == keys, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (n, r["id"], r["text"][:80])
        assert r["source"] in SOURCES, r
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if not r["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), fam
        else:
            assert fam != "benign" and not fam.startswith("hard-"), fam


def main():
    rng = random.Random(SEED)
    all_rows = []
    en_payloads = importlib.import_module("thirtyfifth.en").PAYLOADS
    for modname in LANG_MODULES:
        mod = importlib.import_module("thirtyfifth." + modname)
        key = mod.LANG.split("-")[0]
        cross = None if key == "en" else en_payloads
        rows, _ = build_lang(mod, TARGETS[key], random.Random("%d-%s" % (SEED, modname)), cross)
        all_rows += rows
    # drop accidental duplicate texts (keep first)
    seen = set()
    uniq = []
    for r in all_rows:
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        uniq.append(r)
    rng.shuffle(uniq)
    out = []
    for i, r in enumerate(uniq, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-34s %5d" % (k, v))

    print("rows: %d" % len(out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    print("hard negatives: %d" % sum(1 for r in out if r["family"].startswith("hard-")))
    show("lang", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))


if __name__ == "__main__":
    main()
