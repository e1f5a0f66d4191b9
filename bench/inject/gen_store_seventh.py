#!/usr/bin/env python3
"""Generate bench/inject/store_seventh.jsonl: store text at both ends of the length range.

Short texts (20-200 chars), long documents (1500-6000 chars) and some medium ones, in English and
fifteen other languages, labelled as prompt injections or benign (many hard negatives).

Usage: python3 bench/inject/gen_store_seventh.py [--out PATH] [--seed N]
"""
import sys

sys.dont_write_bytecode = True

import argparse
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from seventh.payloads import make_ctx, families_for  # noqa: E402
from seventh import short_en, short_ml, medium, long_build  # noqa: E402
from seventh.long_ml import LONG_LANGS  # noqa: E402

INJ_W = {"store-action": 12, "note-to-ai": 10, "tool-call": 7, "prompt-leak": 8, "exfil-link": 6, "fake-system": 7,
         "fake-turns": 5, "summary-manipulation": 8, "memory-poison": 5, "persona-switch": 5, "hidden-markup": 8,
         "encoded": 6, "obfuscated": 7, "cross-lingual": 6}
BEN_W = {"benign": 30, "hard-ai-mention": 13, "hard-trigger-words": 14, "hard-human-request": 14, "hard-tool-data": 8,
         "hard-markup": 7, "hard-encoded": 6, "hard-links": 8}
BANDS = {"short": (20, 200, 1350), "medium": (201, 1499, 900), "long": (1500, 6000, 750)}
INJ_SHARE = 0.45
ML_W = {"de": 14, "fr": 13, "es": 13, "it": 9, "nl": 8, "pt": 8, "pl": 6, "da": 4, "no": 4, "fi": 3.5, "cs": 3.5,
        "hu": 3, "tr": 4, "ja": 4, "zh": 3.5}
EN_SHARE = {"short": 0.5, "medium": 0.5, "long": 0.58}
LONG_ML_W = {"de": 10, "fr": 8, "es": 8, "it": 5, "nl": 5, "pt": 4, "pl": 4}
HARD_TEXT = {"hard-human-request", "hard-trigger-words", "hard-ai-mention"}
INJ_FAMS = set(INJ_W)


def alloc(total, weights):
    tw = sum(weights.values())
    raw = {k: total * w / tw for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: raw[k] - out[k], reverse=True)[:rest]:
        out[k] += 1
    return out


def wchoice(rng, weights):
    keys = list(weights)
    r = rng.random() * sum(weights.values())
    for k in keys:
        r -= weights[k]
        if r <= 0:
            return k
    return keys[-1]


def pick_lang(rng, band, fam):
    if rng.random() < EN_SHARE[band]:
        return "en"
    w = LONG_ML_W if band == "long" else ML_W
    for _ in range(20):
        lang = wchoice(rng, w)
        if fam in INJ_FAMS and fam not in families_for(lang):
            continue
        return lang
    return "en"


def build(rng, band, lang, fam):
    c = make_ctx(rng, lang)
    if band == "short":
        if lang == "en":
            if fam in INJ_FAMS:
                r = short_en.inject_short(rng, fam, c)
                return None if r is None else (r[0], r[2], r[3])
            if fam == "benign":
                s, _, t = short_en.benign(rng, c)
            elif fam in HARD_TEXT:
                s, _, t = short_en.hard_text(rng, fam, c)
            else:
                s, _, t = short_en.hard_struct(rng, fam, c)
            return s, t, ""
        if fam in INJ_FAMS:
            r = short_ml.inject_short(rng, lang, fam, c)
            return None if r is None else (r[0], r[2], r[3])
        r = short_ml.benign(rng, lang, c) if fam == "benign" else short_ml.hard(rng, lang, fam, c)
        return None if r is None else (r[0], r[2], "")
    if band == "medium":
        if rng.random() < 0.3 and (lang == "en" or lang in LONG_LANGS):
            # a small instance of a long-document layout (short thread, few reviews, small JSON result)
            if lang == "en":
                return long_build.long_en(rng, fam, c, lo=450, hi=1499)
            return long_build.long_ml(rng, lang, fam, c, lo=450, hi=1499)
        return medium.medium_en(rng, fam, c) if lang == "en" else medium.medium_ml(rng, lang, fam, c)
    if lang == "en":
        return long_build.long_en(rng, fam, c)
    return long_build.long_ml(rng, lang, fam, c)


def norm(t):
    return " ".join(t.lower().split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "store_seventh.jsonl"))
    ap.add_argument("--seed", type=int, default=7007)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    plan = []
    for band, (lo, hi, n) in BANDS.items():
        n_inj = round(n * INJ_SHARE)
        for fam, k in alloc(n_inj, INJ_W).items():
            plan += [(band, fam)] * k
        for fam, k in alloc(n - n_inj, BEN_W).items():
            plan += [(band, fam)] * k

    rows, seen, failed = [], set(), Counter()
    for band, fam in plan:
        lo, hi, _ = BANDS[band]
        done = False
        for attempt in range(60):
            lang = pick_lang(rng, band, fam) if attempt < 45 else "en"
            if band == "long" and lang != "en" and lang not in LONG_LANGS:
                continue
            try:
                res = build(rng, band, lang, fam)
            except (IndexError, KeyError, ValueError) as e:  # a template did not fit this context; try again
                failed["err:%s" % type(e).__name__] += 1
                continue
            if not res:
                continue
            src, text, payload = res
            if not (lo <= len(text) <= hi):
                continue
            key = norm(text)
            if key in seen:
                continue
            inj = fam in INJ_FAMS
            if inj and (not payload or payload not in text):
                continue
            seen.add(key)
            rows.append({"split": "train", "source": src, "lang": lang, "family": fam, "text": text,
                         "injection": inj, "payload": payload if inj else ""})
            done = True
            break
        if not done:
            failed["%s/%s" % (band, fam)] += 1

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "seventh-%05d" % i, "split": r["split"], "source": r["source"], "lang": r["lang"],
                     "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})

    # checks
    for r in out:
        assert set(r) == {"id", "split", "source", "lang", "family", "text", "injection", "payload"}
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}, r["source"]
        if r["injection"]:
            assert r["payload"] and r["payload"] in r["text"], r["id"]
        else:
            assert r["payload"] == "", r["id"]
    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def band_of(t):
        n = len(t)
        return "short(20-200)" if n <= 200 else ("long(1500-6000)" if n >= 1500 else "medium(201-1499)")

    err = sys.stderr
    n = len(out)
    inj = sum(r["injection"] for r in out)
    ben = n - inj
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("rows: %d  injections: %d (%.1f%%)  benign: %d  hard negatives: %d (%.1f%% of benign)" % (
        n, inj, 100.0 * inj / n, ben, hard, 100.0 * hard / max(1, ben)), file=err)
    for title, key in [("label", lambda r: "injection" if r["injection"] else "benign"), ("family", lambda r: r["family"]),
                       ("source", lambda r: r["source"]), ("lang", lambda r: r["lang"]), ("length band", lambda r: band_of(r["text"]))]:
        cnt = Counter(key(r) for r in out)
        print("-- %s" % title, file=err)
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
            print("   %-22s %5d  %5.1f%%" % (k, v, 100.0 * v / n), file=err)
    if failed:
        print("-- unfilled slots / retries: %s" % dict(failed), file=err)
    print("payload check: all %d injection payloads occur verbatim in their text" % inj, file=err)
    print("wrote %s" % os.path.relpath(args.out), file=err)


if __name__ == "__main__":
    main()
