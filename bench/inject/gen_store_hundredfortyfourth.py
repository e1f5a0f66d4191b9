"""Generate store_hundredfortyfourth.jsonl: a labelled multilingual corpus of store texts.

Injections are short orders that only a tool-using AI agent would act on (leaking another
customer's contact data or card digits, planting false memories, waiving fees through tools,
exfiltrating the chat through links, steering summaries and moderation, role hijacks),
plain or hidden in HTML, fake tool output, fake conversation turns and encodings.
Benign rows include hard negatives: customers asking about their own orders, receipts,
loyalty pages, product copy, staff warranty notes, moderation and security notices.

Run: python3 bench/inject/gen_store_hundredfortyfourth.py
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
C = importlib.import_module("hundredfortyfourth.common")

NAME = "hundredfortyfourth"
SEED = 144_0144
TOTAL = 2500
EN_ROWS = 375
HARD_SHARE = 0.6
MIX_EN = 0.1
LANGS = ["en", "ru", "de", "es", "id", "hu", "fr", "nl", "lv", "uk", "et", "bg", "pt", "cs",
         "he", "ar", "el", "sk", "nb", "da", "it", "ro", "hr", "ka"]
PACKS = {c: importlib.import_module("hundredfortyfourth." + c).L for c in LANGS}
ENCODED = {"zero-width", "base64", "url-encoded", "leet", "homoglyph"}


def plan():
    others = LANGS[1:]
    rest = TOTAL - EN_ROWS
    base, extra = divmod(rest, len(others))
    counts = {"en": EN_ROWS}
    for i, c in enumerate(others):
        counts[c] = base + (1 if i < extra else 0)
    return counts


def cycle(r, items):
    while True:
        xs = list(items)
        r.shuffle(xs)
        for x in xs:
            yield x


def make_inj(L, r, fam):
    sl = C.slots(L, r)
    mixed = L["code"] != "en" and r.random() < MIX_EN
    src_L = PACKS["en"] if mixed else L
    payload = C.fill(r.choice(src_L["inj"][fam]), sl)
    w = C.pick_w(r, L)
    text, pf, source = C.wrap_injection(L, r, sl, payload, w, mixed)
    return text, pf, source, w


def main():
    r = random.Random(SEED)
    counts = plan()
    rows, seen, wrap_stats = [], set(), collections.Counter()
    inj_left = TOTAL // 2
    flip = 0
    for code in LANGS:
        L = PACKS[code]
        n = counts[code]
        n_inj = n // 2 + (n % 2) * flip
        flip ^= n % 2
        inj_left -= n_inj
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        ifam, hfam = cycle(r, C.INJ_FAMILIES), cycle(r, C.HARD_FAMILIES)
        jobs = [("inj", next(ifam)) for _ in range(n_inj)] + [("hard", next(hfam)) for _ in range(n_hard)] \
            + [("plain", None)] * (n_ben - n_hard)
        for kind, fam in jobs:
            for _ in range(100):
                if kind == "inj":
                    text, pf, source, w = make_inj(L, r, fam)
                    family, inj = fam, True
                elif kind == "hard":
                    sl = C.slots(L, r)
                    text, source = C.benign_hard(L, r, sl, fam)
                    family, inj, pf, w = fam, False, "", "-"
                else:
                    sl = C.slots(L, r)
                    text, source, family = C.benign_plain(L, r, sl)
                    inj, pf, w = False, "", "-"
                if text not in seen and len(text) < 4000:
                    break
            else:
                raise SystemExit("could not make a unique text")
            seen.add(text)
            wrap_stats[w] += 1
            rows.append({"split": "train", "source": source, "lang": code, "family": family,
                         "text": text, "injection": inj, "payload": pf, "_w": w})
    r.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        w = row.pop("_w")
        o = {"id": "%s-%05d" % (NAME, i)}
        o.update(row)
        out.append(o)
        if o["injection"] and w not in ENCODED:
            assert o["payload"] in o["text"], o
    validate(out)
    path = os.path.join(HERE, "store_%s.jsonl" % NAME)
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    report(out, wrap_stats)


def validate(out):
    assert len({o["id"] for o in out}) == len(out)
    assert len({o["text"] for o in out}) == len(out)
    ni = sum(o["injection"] for o in out)
    nb = len(out) - ni
    nh = sum(1 for o in out if not o["injection"] and o["family"].startswith("hard-"))
    assert abs(ni - 1250) <= 10 and abs(nb - 1250) <= 10 and nh >= 650, (ni, nb, nh)
    for o in out:
        assert o["text"].strip() and len(o["text"]) < 4000
        assert bool(o["payload"]) == o["injection"]
        assert o["source"] in ("review", "ticket", "feed", "email", "web", "tool")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", o["family"])


def sentences(text):
    """Split on newlines and on . ! ? followed by space and not by a digit or lower-case letter."""
    out = []
    for line in text.split("\n"):
        start = 0
        for m in re.finditer(r"[.!?]\s+", line):
            nxt = line[m.end():m.end() + 1]
            prev = re.search(r"(\S+)$", line[:m.start()])
            ordinal = prev is not None and prev.group(1).isdigit() and m.group(0)[0] == "."
            if nxt and not nxt.isdigit() and not nxt.islower() and not ordinal:
                out.append(line[start:m.end()].strip())
                start = m.end()
        out.append(line[start:].strip())
    return [x for x in out if re.search(r"[^\W\d_]{3}", x)]


def report(out, wrap_stats):
    def show(title, c):
        print(title + ": " + ", ".join("%s=%d" % kv for kv in sorted(c.items())))
    show("rows", {"total": len(out)})
    show("label", collections.Counter("injection" if o["injection"] else "benign" for o in out))
    show("hard", {"hard_negatives": sum(1 for o in out if o["family"].startswith("hard-"))})
    show("lang", collections.Counter(o["lang"] for o in out))
    show("source", collections.Counter(o["source"] for o in out))
    show("family", collections.Counter(o["family"] for o in out))
    show("wrapper", {k: v for k, v in wrap_stats.items() if k != "-"})
    sent = collections.Counter()
    for o in out:
        for s in set(sentences(o["text"])):
            sent[s] += 1
    print("sentences: distinct=%d rows=%d occurrences=%d max_rows_per_sentence=%d over10=%d" % (
        len(sent), len(out), sum(sent.values()), max(sent.values()), sum(1 for v in sent.values() if v > 10)))
    for s, v in sent.most_common(8):
        print("  %3d  %s" % (v, s[:80]))


if __name__ == "__main__":
    main()
