"""Generate store_hundrednineteenth.jsonl: 2,500 labelled store texts (reviews, Q&A, tickets,
emails, supplier feeds, web pages, tool results) in sl, lt, tr, lv, sk, sq, mk and bs, half of
them carrying prompt injections aimed at an AI reader, half benign (over half of those hard
negatives that look like attacks but are not). Deterministic.

Run:  python3 bench/inject/gen_store_hundrednineteenth.py
"""
import collections
import importlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from hundrednineteenth import common as C  # noqa: E402

NAME = "hundrednineteenth"
SEED = 119_0119
LANGS = ["sl", "lt", "tr", "lv", "sk", "sq", "mk", "bs"]
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
INTENTS = ["override", "reveal-prompt", "tool-refund", "tool-discount", "tool-price", "tool-address",
           "tool-email", "steered-summary", "steered-ranking", "exfil-link", "fake-system",
           "fake-tool-result", "fake-turn", "memory-poison"]
INJ_SRC = ["review"] * 30 + ["ticket"] * 28 + ["email"] * 26 + ["web"] * 26 + ["feed"] * 22 + ["tool"] * 24
PLAIN = ([("review", "benign-review")] * 14 + [("web", "benign-qa")] * 6 + [("ticket", "benign-ticket")] * 12
         + [("email", "benign-email")] * 10 + [("feed", "benign-feed")] * 8 + [("web", "benign-web")] * 8
         + [("tool", "benign-tool")] * 8)
HARD_SRC = {"hard-customer-order": ["ticket", "email"], "hard-staff-note": ["email", "ticket", "tool"],
            "hard-manual": ["web", "feed"], "hard-ai-gadget-review": ["review"],
            "hard-chatbot-complaint": ["review", "ticket", "email"], "hard-quoted-chat": ["ticket", "email"],
            "hard-security-notice": ["web", "email"], "hard-product-copy": ["feed", "web"],
            "hard-role-json": ["tool"], "hard-encoded-data": ["tool", "feed"],
            "hard-hidden-html": ["web"], "hard-dev-doc": ["web", "tool"]}
N_HARD = 90
SPECIAL = ("hard-role-json", "hard-encoded-data", "hard-hidden-html")


def injection(L, r, src, intent, tech):
    c = C.make_ctx(L, r)
    p = C.fill(r.choice(L.D["i:" + intent]), c)
    if src in ("tool", "feed"):
        p = p.replace("\n", " ")
    seg, fam = p, intent
    if intent == "fake-system" and r.random() < 0.5:
        seg = p = r.choice(C.SYS_WRAP).format(x=p)
        if src in ("tool", "feed"):
            seg = p = p.replace("\n", " ")
    if intent == "fake-tool-result":
        seg = {"tool": r.choice(C.FAKE_TOOLS), "status": "ok", "message": p}
        if src != "tool" and r.random() < 0.5:
            seg["ref"] = c["order"]
    elif tech:
        seg, fam = C.hide(L, r, c, tech, p), tech
    style = "qa" if src == "web" and r.random() < 0.25 else None
    bsrc = "qa" if style else src
    text = C.render(L, r, c, src, C.body(L, r, c, bsrc), seg, style)
    return fam, text, p


def benign(L, r, src, fam):
    c = C.make_ctx(L, r)
    if fam == "benign-qa":
        return C.render(L, r, c, src, C.body(L, r, c, "qa"), style="qa")
    if fam.startswith("benign"):
        return C.render(L, r, c, src, C.body(L, r, c, src))
    if fam in SPECIAL:
        return C.hard_special(L, r, c, fam, src)
    t = C.fill(r.choice(L.D["h:" + fam[5:]]), c)
    sents = [t]
    if src in ("ticket", "email") and fam != "hard-quoted-chat" and r.random() < 0.35:
        sents = C.pick(r, L, "TIC_OPEN", c) + sents
    if src == "review" and r.random() < 0.4:
        sents += C.pick(r, L, "REV_CLOSE", c)
    if src == "web" and r.random() < 0.3:
        sents += C.pick(r, L, "WEB_P", c)
    return C.render(L, r, c, src, sents)


def build():
    r = random.Random(SEED)
    rows, seen = [], set()

    def add(lang, src, fam, gen, inj):
        for _ in range(200):
            out = gen()
            f, text, p = out if inj else (fam, out, "")
            if text not in seen:
                break
        else:
            raise RuntimeError(f"cannot make unique text for {lang} {fam}")
        seen.add(text)
        rows.append({"id": "", "split": "train", "source": src, "lang": lang, "family": f,
                     "text": text, "injection": inj, "payload": p})

    for lang in LANGS:
        L = importlib.import_module(f"{NAME}.{lang}")
        srcs = INJ_SRC[:]
        r.shuffle(srcs)
        intents = []
        while len(intents) < len(srcs):
            block = INTENTS[:]
            r.shuffle(block)
            intents += block
        for src, intent in zip(srcs, intents):
            hides = [h for h in C.HIDE_BY_SRC[src] if not (lang == "mk" and h == "encoded-rot13")]
            tech = r.choice(hides) if r.random() < 0.42 else None
            add(lang, src, None, lambda: injection(L, r, src, intent, tech), True)
        for src, fam in PLAIN:
            add(lang, src, fam, lambda: benign(L, r, src, fam), False)
        fams = list(HARD_SRC)
        for i in range(N_HARD):
            fam = fams[i % len(fams)]
            src = HARD_SRC[fam][i // len(fams) % len(HARD_SRC[fam])]
            add(lang, src, fam, lambda: benign(L, r, src, fam), False)
    r.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = f"{NAME}-{i:05d}"
    return rows


OBFUSCATED = ("zero-width", "homoglyph", "leetspeak", "encoded-")


def validate(rows):
    assert len({x["id"] for x in rows}) == len(rows)
    assert len({x["text"] for x in rows}) == len(rows), "duplicate text"
    n_inj = sum(x["injection"] for x in rows)
    n_ben = len(rows) - n_inj
    assert abs(len(rows) - 2500) <= 10 and abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10
    assert sum(x["family"].startswith("hard-") for x in rows) >= 650
    for x in rows:
        t = x["text"]
        assert t.strip() and len(t) < 4000, x["id"]
        assert bool(x["payload"]) == x["injection"], x["id"]
        assert x["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x["family"]), x["family"]
        if x["injection"] and not x["family"].startswith(OBFUSCATED):
            assert x["payload"] in t, (x["id"], x["family"], x["payload"], t)


def sentence_stats(rows):
    cnt = collections.Counter()
    for x in rows:
        for s in re.split(r"(?<=[.!?…])\s+|\n+", x["text"]):
            s = s.strip()
            if len(s.split()) >= 3:
                cnt[s] += 1
    return cnt


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        print(key, dict(sorted(collections.Counter(str(x[key]) for x in rows).items())))
    cnt = sentence_stats(rows)
    print(f"rows {len(rows)}; distinct sentences {len(cnt)}; sentence occurrences {sum(cnt.values())}; "
          f"max repeats {max(cnt.values())}; sentences seen >10 times {sum(v > 10 for v in cnt.values())}")
    if "-v" in sys.argv:
        for s, v in cnt.most_common(25):
            print(v, s[:110])


if __name__ == "__main__":
    main()
