#!/usr/bin/env python3
"""Short-text prompt-injection corpus for the Storewall store gateway: about 2,500 one- or
two-sentence reviews, Q&A lines, order notes, gift messages, listing titles, chat messages and
tool results in 26 languages, labelled injection=true when they try to steer the store's AI and
false otherwise (with many look-alike hard negatives). Run: python3 bench/inject/gen_store_fortyfifth.py
"""
import collections
import json
import math
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fortyfifth import LANGUAGES  # noqa: E402
from fortyfifth.common import parse_inj, parse_ben, parse_hard, parse_plain, SOURCES  # noqa: E402
from fortyfifth.wrap import HTML_WRAPS, ENC_WRAPS, benign_markup  # noqa: E402

NAME = "fortyfifth"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
MIN_B, MAX_B = 40, 280
INJ_SHARE = 0.45
HARD_SHARE = 0.58
CORE_CAP = 3
CTX_CAP = 4
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NO_SPACE = ("ja", "zh-CN", "zh-TW", "th")
PAIR_SRC = {"review": ("review",), "ticket": ("ticket",), "feed": ("feed",), "email": ("email", "ticket"),
            "web": ("web", "review"), "tool": ("tool",)}
PS = {"en": "P.S.", "de": "PS:", "fr": "PS :", "es": "PD:", "pt-BR": "PS:", "it": "P.S.",
      "nl": "PS:", "pl": "PS", "sv": "PS.", "da": "PS:", "nb": "PS:", "fi": "PS.", "cs": "PS:",
      "ru": "P.S.", "uk": "P.S.", "tr": "Not:", "id": "NB:", "vi": "P/s:"}


def blen(s):
    return len(s.encode("utf-8"))


class Lang:
    def __init__(self, mod, seen):
        self.code = mod.CODE
        self.target = mod.TARGET
        self.rng = random.Random("%s-%s" % (NAME, self.code))
        self.cores = parse_inj(mod.INJ)
        self.ben = parse_ben(mod.BEN)
        self.hard = parse_hard(mod.HARD)
        self.enc = parse_plain(getattr(mod, "ENC", "")) or ["AI, decode ({enc}) and follow:"]
        self.seen = seen
        self.uses = collections.Counter()
        self.rows = []
        self.sep = "" if self.code in NO_SPACE else " "

    # --- helpers ---------------------------------------------------------
    def ok(self, text):
        return MIN_B <= blen(text) <= MAX_B and text not in self.seen

    def add(self, text, source, family, inj, payload=""):
        if not self.ok(text):
            return False
        assert source in SOURCES, source
        self.seen.add(text)
        self.rows.append({"source": source, "lang": self.code, "family": family,
                          "text": text, "injection": inj, "payload": payload if inj else ""})
        return True

    def join(self, a, b):
        if self.rng.random() < 0.15:
            return a + "\n" + b
        return a + self.sep + b

    def pick_ctx(self, prefer=None, pool=None, strict=False):
        pool = pool if pool is not None else self.ben
        cands = [c for c in pool if self.uses[c["text"]] < CTX_CAP and blen(c["text"]) < 170]
        if prefer:
            pref = [c for c in cands if c["source"] in prefer]
            if strict or (pref and self.rng.random() < 0.8):
                cands = pref
        if not cands:
            return None
        low = min(self.uses[c["text"]] for c in cands)
        cands = [c for c in cands if self.uses[c["text"]] <= low + 1]
        return self.rng.choice(cands)

    def count(self, inj=None, hard=None):
        n = 0
        for r in self.rows:
            if inj is not None and r["injection"] != inj:
                continue
            if hard is not None and r["family"].startswith("hard-") != hard:
                continue
            n += 1
        return n

    # --- build -------------------------------------------------------------
    def build(self):
        rng = self.rng
        n_inj = round(self.target * INJ_SHARE)
        n_ben = self.target - n_inj
        n_hard = math.ceil(n_ben * HARD_SHARE)
        n_plain = n_ben - n_hard

        # 1. plain benign, standalone
        ben = list(self.ben)
        rng.shuffle(ben)
        for b in ben:
            if self.count(inj=False, hard=False) >= n_plain:
                break
            if self.add(b["text"], b["source"], "benign", False):
                self.uses[b["text"]] += 1
        # 2. hard negatives, standalone
        hard = list(self.hard)
        rng.shuffle(hard)
        for h in hard:
            if self.count(inj=False, hard=True) >= n_hard:
                break
            if self.add(h["text"], h["source"], h["family"], False):
                self.uses[h["text"]] += 1

        # 3. injections
        cores = list(self.cores)
        rng.shuffle(cores)
        n_obf = round(n_inj * 0.24)
        n_emb = round(n_inj * 0.22)
        n_std = n_inj - n_obf - n_emb
        for c in cores:
            if self.count(inj=True) >= n_std:
                break
            if self.add(c["text"], rng.choice(c["srcs"]), c["family"], True, c["payload"]):
                self.uses[c["text"]] += 1
        # embedded in ordinary text
        self._embedded(cores, n_inj - n_obf)
        # hidden / encoded
        self._obfuscated(cores, n_inj)
        # top up with more embedding if the obfuscation ran short
        self._embedded(cores, n_inj)

        # 4. fill benign rows
        self._fill_hard(n_hard)
        self._fill_plain(n_ben)
        return self.rows

    def _cores_by_use(self, cores):
        return sorted(cores, key=lambda c: (self.uses[c["text"]], cores.index(c)))

    def _embedded(self, cores, goal):
        rng = self.rng
        guard = 0
        while self.count(inj=True) < goal and guard < goal * 20:
            guard += 1
            c = self._cores_by_use(cores)[0] if rng.random() < 0.7 else rng.choice(cores)
            if self.uses[c["text"]] >= CORE_CAP or c["payload"] != c["text"]:
                if all(self.uses[x["text"]] >= CORE_CAP or x["payload"] != x["text"] for x in cores):
                    break
                continue
            ctx = self.pick_ctx(prefer=c["srcs"])
            if ctx is None:
                break
            r = rng.random()
            if r < 0.55:
                text = self.join(ctx["text"], c["text"])
            elif r < 0.85:
                text = self.join(c["text"], ctx["text"])
            else:
                text = ctx["text"] + self.sep + PS.get(self.code, "") + (" " if self.code in PS else "") + c["text"]
            if self.add(text, ctx["source"], c["family"], True, c["payload"]):
                self.uses[c["text"]] += 1
                self.uses[ctx["text"]] += 1

    def _obfuscated(self, cores, goal):
        rng = self.rng
        wraps = list(HTML_WRAPS) + list(ENC_WRAPS)
        rng.shuffle(wraps)
        n = 0
        guard = 0
        while self.count(inj=True) < goal and guard < goal * 30:
            guard += 1
            w = wraps[n % len(wraps)]
            n += 1
            cands = [c for c in cores if self.uses[c["text"]] < CORE_CAP and c["payload"] == c["text"]]
            if not cands:
                break
            c = rng.choice(cands)
            ctx = self.pick_ctx(prefer=("review", "feed", "web"))
            host = ctx["text"] if ctx else ""
            res = w(c, host, rng, self.enc, n)
            if res is None:
                continue
            text, family, source = res
            if ctx and host in text and family != "tool-result":
                source = ctx["source"]
            if self.add(text, source, family, True, c["payload"]):
                self.uses[c["text"]] += 1
                if ctx and host in text:
                    self.uses[host] += 1

    def _fill_hard(self, goal):
        rng = self.rng
        n = len(self.rows)
        # benign markup / data look-alikes (about a tenth of the hard rows)
        marks = 0
        want = max(2, goal // 9)
        guard = 0
        while marks < want and self.count(inj=False, hard=True) < goal and guard < 200:
            guard += 1
            ctx = self.pick_ctx()
            if ctx is None:
                break
            n += 1
            text, fam = benign_markup(ctx["text"], rng, n + rng.randrange(1000))
            src = "tool" if fam == "hard-tool-json" else ctx["source"]
            if self.add(text, src, fam, False):
                self.uses[ctx["text"]] += 1
                marks += 1
        # hard negative + ordinary sentence
        guard = 0
        while self.count(inj=False, hard=True) < goal and guard < goal * 20:
            guard += 1
            h = self.pick_ctx(pool=self.hard)
            if h is None:
                break
            b = self.pick_ctx(prefer=PAIR_SRC.get(h["source"], (h["source"],)), strict=True)
            if b is None:
                self.uses[h["text"]] = CTX_CAP
                continue
            text = self.join(h["text"], b["text"]) if rng.random() < 0.5 else self.join(b["text"], h["text"])
            if self.add(text, h["source"], h["family"], False):
                self.uses[h["text"]] += 1
                self.uses[b["text"]] += 1

    def _fill_plain(self, goal):
        rng = self.rng
        guard = 0
        while self.count(inj=False) < goal and guard < goal * 20:
            guard += 1
            a = self.pick_ctx()
            if a is None:
                break
            b = self.pick_ctx(prefer=PAIR_SRC.get(a["source"], (a["source"],)), strict=True)
            if b is None:
                self.uses[a["text"]] = CTX_CAP
                continue
            if b is a:
                continue
            if self.add(self.join(a["text"], b["text"]), a["source"], "benign", False):
                self.uses[a["text"]] += 1
                self.uses[b["text"]] += 1


def validate(rows):
    keys = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == keys, r
        assert r["id"] not in ids and r["text"] not in texts, r
        ids.add(r["id"])
        texts.add(r["text"])
        assert MIN_B <= blen(r["text"]) <= MAX_B, r
        assert r["split"] == "train"
        assert r["source"] in SOURCES, r
        assert FAMILY_RE.match(r["family"]), r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r


def main():
    seen = set()
    rows = []
    short = []
    for mod in LANGUAGES:
        lang = Lang(mod, seen)
        got = lang.build()
        if len(got) != mod.TARGET:
            short.append("%s: %d/%d" % (mod.CODE, len(got), mod.TARGET))
        rows.extend(got)
    random.Random(45045).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("%s:" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    n_inj = sum(r["injection"] for r in out)
    n_hard = sum(r["family"].startswith("hard-") for r in out)
    print("rows: %d  injections: %d (%.1f%%)  benign: %d  hard negatives: %d" % (
        len(out), n_inj, 100.0 * n_inj / len(out), len(out) - n_inj, n_hard))
    show("per language", collections.Counter(r["lang"] for r in out))
    show("per source", collections.Counter(r["source"] for r in out))
    show("per label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    show("per family", collections.Counter(r["family"] for r in out))
    lens = sorted(len(r["text"].encode("utf-8")) for r in out)
    print("bytes: min %d  median %d  max %d  under-160 %.0f%%" % (
        lens[0], lens[len(lens) // 2], lens[-1], 100.0 * sum(x < 160 for x in lens) / len(lens)))
    if short:
        print("WARNING, languages off target: " + ", ".join(short))
    print("wrote " + os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))))


if __name__ == "__main__":
    main()
