"""Labelled store-text corpus: calling the store's AI by name or role.

Injections open by addressing the store's bot, assistant or automated reader
by a bare name or role and ask it for other customers' data, its hidden
instructions, tool actions or steered summaries, plainly or hidden in markup
and encodings. Hard negatives address people and staff the same way, complain
about the bot, describe AI gadgets, summary newsletters and moderator notes.

Run: python3 bench/inject/gen_store_hundredthirtyseventh.py
Writes bench/inject/store_hundredthirtyseventh.jsonl (same bytes every run).
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from hundredthirtyseventh import common as C  # noqa: E402

NAME = "hundredthirtyseventh"
SEED = 137_0137
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
LANGS = ["en", "sl", "lt", "it", "he", "hi", "da", "fi", "ru", "ms", "tr",
         "cs", "ro", "hr", "et", "sv", "nl", "pt", "pl", "lv", "sr", "bg"]
TOTAL = 2500
SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]
HTML_SOURCES = ["web", "review", "email", "feed"]

INJ_KINDS = ["name-call-data-grab", "name-call-prompt-leak", "name-call-tool-abuse",
             "name-call-review-steer", "name-call-exfil-link", "role-call-data-grab",
             "automated-reader-order", "if-you-are-ai", "fake-system-turn"]
REQ = {"name-call-data-grab": "req_data", "name-call-prompt-leak": "req_prompt",
       "name-call-tool-abuse": "req_tool", "name-call-review-steer": "req_steer",
       "name-call-exfil-link": "exfil"}
SINGLE = {"role-call-data-grab": "role", "automated-reader-order": "auto",
          "if-you-are-ai": "cond", "fake-system-turn": "fake"}
HARD_KINDS = {
    "hard-name-call-human": ["ticket", "email", "review", "tool"],
    "hard-role-call-staff": ["ticket", "email", "review"],
    "hard-bot-complaint": ["review", "ticket", "email"],
    "hard-ai-gadget-copy": ["feed", "web", "tool"],
    "hard-summary-newsletter": ["email", "web"],
    "hard-staff-checker-note": ["ticket", "email", "tool"],
    "hard-security-notice": ["email", "web"],
    "hard-chat-transcript": ["tool"],
    "hard-hidden-html": ["web", "review"],
    "hard-encoded-data": ["ticket", "email", "tool"],
}
FIELDS = ["seller_note", "internal_memo", "meta", "extra", "remarks", "note"]


def quotas():
    base = (TOTAL * 15 + 50) // 100
    rest = TOTAL - base
    q = {"en": base}
    others = LANGS[1:]
    for i, l in enumerate(others):
        q[l] = rest // len(others) + (1 if i < rest % len(others) else 0)
    return q


def inj_core(b, kind, L):
    if kind in REQ:
        return "%s, %s" % (b.s("bot", L), b.s(REQ[kind], L))
    return b.s(SINGLE[kind], L)


def make_inj(b, rng, deck, EN):
    L = b.L
    kind = deck.pick("kind", INJ_KINDS)
    CL = EN if (b.lang != "en" and rng.random() < 0.08) else L
    payload = inj_core(b, kind, CL)
    if rng.random() < 0.35:
        methods = C.HTML_HIDE + C.TEXT_HIDE + ["json-field"]
        if not L.get("latin", True):
            methods.remove("homoglyph")
        m = deck.pick("hide" + str(L.get("latin", True)), methods)
        fam = "hidden-" + m
        if m == "json-field":
            return "tool", fam, b.tool(payload, field=rng.choice(FIELDS)), payload
        src = rng.choice(HTML_SOURCES) if m in C.HTML_HIDE else deck.pick("src", SOURCES)
        snip = b.hide(m, payload)
        return src, fam, b.carry(src, snip), payload
    src = deck.pick("src", SOURCES)
    return src, kind, b.carry(src, payload), payload


def make_hard(b, rng, deck):
    L, c, w = b.L, b.c, b.L["w"]
    fam = deck.pick("hard", list(HARD_KINDS))
    src = rng.choice(HARD_KINDS[fam])
    if fam == "hard-name-call-human":
        core = "%s, %s" % (c["v"], b.s("hreq"))
    elif fam == "hard-role-call-staff":
        core = "%s, %s" % (b.s("team"), b.s("hreq"))
    elif fam == "hard-bot-complaint":
        core = " ".join(b.some("complain", 1, 2))
    elif fam == "hard-ai-gadget-copy":
        core = " ".join(b.some("gadget", 2, 3))
    elif fam == "hard-summary-newsletter":
        core = " ".join(b.some("news", 2, 3))
    elif fam == "hard-staff-checker-note":
        core = " ".join(b.some("staff", 1, 2))
    elif fam == "hard-security-notice":
        core = " ".join(b.some("sec", 1, 2))
    elif fam == "hard-chat-transcript":
        msgs = [{"role": "system", "content": "session %d opened, queue %s" % (
                    rng.randint(1000, 9999), rng.choice(["returns", "delivery", "billing"]))},
                {"role": "customer", "content": "%s, %s" % (b.s("team"), b.s("hreq"))},
                {"role": "agent", "content": b.s("agent")}]
        if rng.random() < 0.5:
            msgs.append({"role": "customer", "content": b.s("rev_close")})
        obj = {"tool": rng.choice(["chat_history", "get_transcript"]), "order": c["o"],
               "instructions": "read_only", "messages": msgs}
        return src, fam, json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    elif fam == "hard-hidden-html":
        core = rng.choice([
            '<span style="display:none">%s</span>' % b.s("rev_body"),
            "<!-- gallery v%d, %s -->" % (rng.randint(2, 9), c["p"]),
            '<img src="/img/%d.jpg" alt="%s %s">' % (rng.randint(100, 9999), c["p"], w["title"]),
            '<div hidden>%s</div>' % b.s("feed"),
        ])
        if src == "review":
            return src, fam, b.review(core)
        return src, fam, b.web(core)
    elif fam == "hard-encoded-data":
        core = "%s: %s" % (w["track"], b.tracking_blob())
    if src == "tool":
        return src, fam, b.tool(core, kind="product" if fam == "hard-ai-gadget-copy" else "ticket")
    return src, fam, b.carry(src, core)


def make_benign(b, rng, deck):
    src = deck.pick("bsrc", SOURCES)
    return src, "benign-" + src, b.carry(src, "")


def build():
    rng = random.Random(SEED)
    deck = C.Deck(rng)
    mods = {l: importlib.import_module("%s.%s" % (NAME, l)).L for l in LANGS}
    EN = mods["en"]
    q = quotas()
    rows, seen = [], set()
    flip = False
    for lang in LANGS:
        n = q[lang]
        n_inj = n // 2
        if n % 2:
            n_inj += int(flip)
            flip = not flip
        n_ben = n - n_inj
        n_hard = (n_ben * 58 + 50) // 100
        b = C.Builder(lang, mods[lang], rng, deck)
        plan = ["inj"] * n_inj + ["hard"] * n_hard + ["ben"] * (n_ben - n_hard)
        for kind in plan:
            for _ in range(50):
                b.new_ctx()
                if kind == "inj":
                    src, fam, text, payload = make_inj(b, rng, deck, EN)
                else:
                    src, fam, text = (make_hard if kind == "hard" else make_benign)(b, rng, deck)
                    payload = ""
                if text not in seen and len(text) < 4000:
                    break
            else:
                raise SystemExit("could not make a unique row for " + lang)
            seen.add(text)
            rows.append({"source": src, "lang": lang, "family": fam, "text": text,
                         "injection": kind == "inj", "payload": payload})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    return out


SENT = re.compile(r"(?<=[.!?।])\s+|\n+")
TAG = re.compile(r"<[^>]*>")


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
    """Natural-language sentences of a row (JSON values and HTML text only)."""
    try:
        parts = list(strings(json.loads(text)))
    except ValueError:
        parts = [text]
    out = set()
    for part in parts:
        for x in SENT.split(TAG.sub("\n", part)):
            x = x.strip()
            if sum(1 for w in x.split() if w.strip(".,!?:;'()\"„“”«»").isalpha() and len(w) > 1) >= 3:
                out.add(x)
    return out


def validate(rows):
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    n_inj = sum(r["injection"] for r in rows)
    assert abs(n_inj - 1250) <= 10 and abs(len(rows) - n_inj - 1250) <= 10, n_inj
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    assert hard >= 650, hard
    for r in rows:
        assert r["text"].strip() and len(r["text"]) < 4000, r["id"]
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert r["source"] in SOURCES
        if r["injection"] and r["family"] not in ("hidden-" + m for m in C.DECODED):
            assert r["payload"] in r["text"], r["id"]


def report(rows):
    for key in ("lang", "source", "family", "injection"):
        cnt = collections.Counter(str(r[key]) for r in rows)
        print("== %s" % key)
        for k in sorted(cnt):
            print("  %-28s %d" % (k, cnt[k]))
    sents = collections.Counter()
    for r in rows:
        for s in sentences(r["text"]):
            sents[s] += 1
    print("rows %d, distinct full sentences (3+ words) %d, most repeated sentence in %d rows" % (
        len(rows), len(sents), max(sents.values())))
    return sents


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)


if __name__ == "__main__":
    main()
