#!/usr/bin/env python3
"""Build the thirtythird store injection corpus: 1,500 hand-written rows of
online-store traffic (reviews, tickets, supplier feeds, emails, web pages and
agent tool results) in twenty languages, half of them instructions planted for
the store's AI and half ordinary or hard-negative text with no such instruction.

Run: python3 bench/inject/gen_store_thirtythird.py  (writes store_thirtythird.jsonl
next to this file; output is deterministic).
"""

import collections
import importlib
import json
import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtythird import LANGS  # noqa: E402
from thirtythird import core  # noqa: E402

NAME = "thirtythird"
SPLIT = "dev"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
SEED = 3333
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAM_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def lang_rng(code):
    return random.Random(SEED * 1000003 + zlib.crc32(code.encode("utf-8")))


def build_language(modname, code, total):
    mod = importlib.import_module("thirtythird." + modname)
    assert mod.LANG == code, (modname, mod.LANG, code)
    rng = lang_rng(code)
    half = total // 2
    carriers = core.parse_carriers(mod.CARRIERS)
    carriers += core.parse_carriers(getattr(mod, "HOSTS", ""))
    hard = core.parse_hard(mod.HARD)
    snips = core.parse_snips(mod.SNIPS)
    full = core.parse_full(getattr(mod, "FULL", ""))
    leads = list(getattr(mod, "LEADS", []))

    rows = []
    for src, fam, text in hard:
        rows.append(dict(source=src, lang=code, family=fam, text=text,
                         injection=False, payload=""))
    plain_needed = half - len(hard)
    if plain_needed < 0 or plain_needed > len(carriers):
        raise SystemExit("%s: benign needs %d carriers, has %d (hard %d)" %
                         (code, plain_needed, len(carriers), len(hard)))
    for src, text in carriers[:plain_needed]:
        rows.append(dict(source=src, lang=code, family="benign",
                         text=core.strip_markers(text), injection=False, payload=""))

    for src, fam, text, payload in full:
        rows.append(dict(source=src, lang=code, family=fam, text=text,
                         injection=True, payload=payload))

    need = half - len(full)
    if need < 0:
        raise SystemExit("%s: too many full injections (%d > %d)" % (code, len(full), half))
    if not snips and need:
        raise SystemExit("%s: no snippets" % code)
    hosts = carriers
    use = [0] * len(hosts)
    order = list(range(len(snips)))
    rng.shuffle(order)
    seen = set(r["text"] for r in rows)
    kinds = collections.Counter()
    made = 0
    i = 0
    while made < need:
        fam, snippet = snips[order[i % len(snips)]]
        pass_no = i // len(snips)
        i += 1
        prefer = None
        if ":" in fam:
            fam, pref = fam.split(":", 1)
            prefer = set(pref.split(","))
        cand = [k for k in range(len(hosts)) if prefer is None or hosts[k][0] in prefer]
        if not cand:
            cand = list(range(len(hosts)))
        low = min(use[k] for k in cand)
        pool = [k for k in cand if use[k] == low]
        pool2 = [k for k in cand if use[k] == low + 1]
        for attempt in range(12):
            k = rng.choice(pool if attempt < 6 or not pool2 else pool + pool2)
            src, host = hosts[k]
            wrap = pass_no > 0 or rng.random() < 0.3
            if wrap:
                opts = sorted(set(core.wrapper_options(code, src, snippet)))
                low_k = min(kinds[o] for o in opts)
                kind = rng.choice([o for o in opts if kinds[o] <= low_k + 1])
                piece = core.apply_wrapper(kind, snippet, code, leads, rng)
                family = kind
            else:
                piece = snippet
                family = fam
            text = core.insert(host, piece, code, rng)
            n = len(text.encode("utf-8"))
            if 40 <= n <= 3000 and text not in seen:
                break
        else:
            raise SystemExit("%s: could not place snippet %r" % (code, snippet[:50]))
        use[k] += 1
        if wrap:
            kinds[kind] += 1
        seen.add(text)
        rows.append(dict(source=src, lang=code, family=family, text=text,
                         injection=True, payload=core.plain_payload(snippet)))
        made += 1
    return rows, max(use) if use else 0


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, ("duplicate text", r["text"][:80])
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n, r["text"][:80])
        assert r["split"] == SPLIT
        assert r["source"] in core.SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert FAM_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["family"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
        assert "§" not in r["text"] and "¤" not in r["text"] and "⟦" not in r["text"], r["id"]


def main():
    rows = []
    maxuse = {}
    for modname, code, total in LANGS:
        part, mu = build_language(modname, code, total)
        assert len(part) == total, (code, len(part), total)
        maxuse[code] = mu
        rows.extend(part)
    rng = random.Random(SEED)
    rng.shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, n), "split": SPLIT, "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    assert len(out) == sum(t for _, _, t in LANGS)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    lab = collections.Counter("injection" if r["injection"] else "benign" for r in out)
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    show("by language:", collections.Counter(r["lang"] for r in out))
    show("by source:", collections.Counter(r["source"] for r in out))
    show("by source (injection):", collections.Counter(r["source"] for r in out if r["injection"]))
    show("by family (injection):", collections.Counter(r["family"] for r in out if r["injection"]))
    show("by family (benign):", collections.Counter(r["family"] for r in out if not r["injection"]))
    show("by label:", lab)
    print("hard negatives: %d" % hard)
    print("max host reuse per language:", ", ".join("%s=%d" % kv for kv in maxuse.items()))
    print("wrote %d rows to %s" % (len(out), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))


if __name__ == "__main__":
    main()
