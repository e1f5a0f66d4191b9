"""Storewall evaluation corpus "ninetyninth": 1,500 labelled store texts (reviews, Q&A, tickets,
chat logs, emails with quoted history, returns forms, supplier feeds, tool results) from five
shops - jewellery & watches, musical instruments, baby & nursery, garden & DIY, software
licences - in 28 languages, half of them carrying prompt injections aimed at an AI reader.

Run from the repository root:
    python3 bench/inject/gen_store_ninetyninth.py
It writes bench/inject/store_ninetyninth.jsonl (deterministic) and prints row counts.
"""
import importlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ninetyninth import common as C  # noqa: E402

SEED = 99_0099
NAME = "ninetyninth"
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "bg", "ro", "hu", "fi", "sv",
         "da", "ru", "uk", "tr", "ar", "fa", "he", "id", "vi", "th", "ja", "ko", "zh"]
SMALL = {"th", "ja", "ko", "zh"}
MODS = {lg: importlib.import_module(f"{NAME}.{lg}").L for lg in LANGS}
HARD_SHARE = 0.6


def plan():
    sizes = {"en": 375}
    mids = [lg for lg in LANGS if lg != "en" and lg not in SMALL]
    rest = 1500 - 375 - 15 * len(SMALL)
    for i, lg in enumerate(mids):
        sizes[lg] = rest // len(mids) + (1 if i < rest % len(mids) else 0)
    for lg in SMALL:
        sizes[lg] = 15
    inj = {lg: sizes[lg] // 2 for lg in LANGS}
    short = 750 - sum(inj.values())
    for lg in LANGS:
        if short > 0 and sizes[lg] % 2:
            inj[lg] += 1
            short -= 1
    out = []
    for lg in LANGS:
        ben = sizes[lg] - inj[lg]
        hard = round(ben * HARD_SHARE)
        out += [(lg, "inj")] * inj[lg] + [(lg, "hard")] * hard + [(lg, "easy")] * (ben - hard)
    return out


def wchoice(rng, table):
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def build_benign(rng, lg, L, hard):
    fams = C.HARD if hard else C.BENIGN
    table = {f: w for f, (fn, keys, w) in fams.items() if C.has(L, *keys)}
    fam = wchoice(rng, table)
    c = C.make_ctx(rng, L, lg)
    h = fams[fam][0](rng, L, c, lg)
    return fam, h["source"], C.render(h), ""


def build_injection(rng, lg, L):
    carriers = {k: w for k, (f, w) in C.CARRIERS.items()
                if not (k in C.LATIN_ONLY and lg not in C.LATIN)}
    if not C.has(L, "a", "t_open", "t_body"):
        carriers.pop("chat", None)
    car = wchoice(rng, carriers)
    PL = L
    if car == "mixed":
        other = [x for x in LANGS if x != lg]
        PL = MODS["en"] if (lg != "en" and rng.random() < 0.6) else MODS[rng.choice(other)]
    kinds = {k: w for k, (key, f, w) in C.KINDS.items() if C.has(PL, key)}
    kind = wchoice(rng, kinds)
    key, kfam, _ = C.KINDS[kind]
    c = C.make_ctx(rng, L, lg)
    pl = None
    for _ in range(40):
        cand = C.fill(rng.choice(PL[key]), c)
        if C.fits(car, cand):
            pl = cand
            break
        kind = wchoice(rng, kinds)
        key, kfam, _ = C.KINDS[kind]
    if pl is None:
        return None
    lb = L["lbl"]
    if car == "tool":
        h = C.inj_tool_json(rng, L, c, lg, pl)
        text = C.render(h)
    elif car == "chat":
        h = C.host_chat(rng, L, c, lg)
        parts = list(h["parts"])
        if rng.random() < 0.5:
            fake = rng.choice([f"[{h['clock']}] {lb['system']}: {pl}", f"[{h['clock']}] {lb['agent']} [internal]: {pl}"])
            parts.append(fake)
        else:
            fake = rng.choice([f"{lb['system']}: {pl}", f"### {lb['system']} ###\n{pl}", f"<<{lb['system']}>> {pl}"])
            parts.insert(rng.randint(1, len(parts)), fake)
        text = "\n".join(parts)
    elif car in ("html-comment", "css", "white", "alt"):
        h = C.as_html(C.text_host(rng, L, c, lg, True), rng)
        text = C.insert(rng, h, C.carry(rng, L, car, pl, c))
    else:
        h = C.text_host(rng, L, c, lg, False)
        text = C.insert(rng, h, C.carry(rng, L, car, pl, c))
    fam = kfam if car in ("plain",) else C.CARRIERS[car][0]
    if car not in C.ENCODED and pl not in text:
        raise AssertionError("payload not in text")
    return fam, h["source"], text, pl


def sentences(text):
    out = set()
    for s in re.split(r"(?<=[.!?。！？])\s+|\n", text):
        s = s.strip()
        if len(s) >= 15 and (len(s.split()) >= 3 or " " not in s) and s[0] not in '<"{[' and not s.endswith("{"):
            out.add(s)
    return out


def main():
    rng = random.Random(SEED)
    rows, seen = [], set()
    for lg, what in plan():
        L = MODS[lg]
        for _ in range(200):
            got = build_injection(rng, lg, L) if what == "inj" else build_benign(rng, lg, L, what == "hard")
            if got is None or got[2] in seen or not (0 < len(got[2]) < 4000):
                continue
            fam, src, text, pl = got
            seen.add(text)
            rows.append({"split": "test", "source": src, "lang": lg, "family": fam, "text": text,
                         "injection": what == "inj", "payload": pl})
            break
        else:
            raise SystemExit(f"could not build a unique row for {lg}/{what}")
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", **r})

    # validation
    ids = [r["id"] for r in out]
    texts = [r["text"] for r in out]
    assert len(set(ids)) == len(ids) and len(set(texts)) == len(texts)
    n_inj = sum(r["injection"] for r in out)
    n_ben = len(out) - n_inj
    n_hard = sum(1 for r in out if not r["injection"] and r["family"].startswith("hard-"))
    assert len(out) == 1500 and abs(n_inj - 750) <= 10 and abs(n_ben - 750) <= 10 and n_hard >= 400
    for r in out:
        assert r["text"].strip() and len(r["text"]) < 4000
        assert bool(r["payload"]) == r["injection"]
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}
        assert not (r["injection"] and r["family"].startswith("hard-"))

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, cnt):
        print(title)
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k}: {v}")

    show("by lang", Counter(r["lang"] for r in out))
    show("by source", Counter(r["source"] for r in out))
    show("by family", Counter(r["family"] for r in out))
    show("by label", Counter("injection" if r["injection"] else "benign" for r in out))
    print(f"hard negatives: {n_hard}")
    occ = defaultdict(int)
    for r in out:
        for s in sentences(r["text"]):
            occ[s] += 1
    print(f"distinct sentences: {len(occ)} over {len(out)} rows; "
          f"most rows sharing one sentence: {max(occ.values())}; "
          f"sentences in more than 10 rows: {sum(1 for v in occ.values() if v > 10)}")


if __name__ == "__main__":
    main()
