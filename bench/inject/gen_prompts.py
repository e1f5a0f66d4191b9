#!/usr/bin/env python3
"""Generate store_prompts.jsonl: direct user prompts for the injection classifier.

Benign rows use attack-like words (ignore, bypass, system, prompt, admin, ...)
in ordinary senses; injection rows try to override, leak, or hijack the
assistant. Deterministic (fixed seed), standard library only.

Usage:  python3 bench/inject/gen_prompts.py [--out PATH] [--seed N]
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from prompts import builder  # noqa: E402

SEED = 20240611

BENIGN_TARGETS = {
    "hard-trigger-prompt": 700,
    "hard-security-topic": 300,
    "hard-roleplay-ok": 260,
    "hard-meta-ai": 230,
    "benign-prompt": 310,
}
INJECTION_TARGETS = {
    "override": 210,
    "prompt-leak": 160,
    "jailbreak-persona": 150,
    "fake-system": 130,
    "exfiltration": 120,
    "tool-abuse": 120,
    "encoded": 100,
    "obfuscated": 100,
    "context-switch": 160,
}
OTHER_LANGS = ["de", "fr", "es", "it", "nl", "pt", "pl"]
EN_SHARE = 0.70
MIN_WORDS, MAX_WORDS = 5, 80


def lang_quota(total, shift=0):
    en = round(total * EN_SHARE)
    rest = total - en
    base, extra = divmod(rest, len(OTHER_LANGS))
    q = {"en": en}
    for i, code in enumerate(OTHER_LANGS):
        q[code] = base + (1 if (i - shift) % len(OTHER_LANGS) < extra else 0)
    return q


def norm(text):
    return re.sub(r"\s+", " ", text.casefold()).strip()


def produce(fam, is_inj, quota, seen, seed):
    rows = []
    short = 0
    for code, want in quota.items():
        L = builder.LANGS[code]
        rng = random.Random("%d:%s:%s" % (seed, fam, code))
        cyc = builder.Cycler(random.Random("%d:%s:%s:cyc" % (seed, fam, code)))
        got = 0
        tries = 0
        while got < want and tries < want * 80:
            tries += 1
            if is_inj:
                text, payload = builder.injection(L, fam, rng, cyc)
            else:
                text, payload = builder.benign(L, fam, rng, cyc)
            n = len(text.split())
            if n < MIN_WORDS or n > MAX_WORDS:
                continue
            key = norm(text)
            if key in seen:
                continue
            seen.add(key)
            rows.append({"lang": code, "family": fam, "text": text,
                         "injection": is_inj, "payload": payload})
            got += 1
        if got < want:
            short += want - got
            print("warning: %s/%s produced %d of %d" % (fam, code, got, want), file=sys.stderr)
    return rows, short


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(HERE, "store_prompts.jsonl"))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()

    seen = set()
    rows = []
    shift = 0
    for fam, total in BENIGN_TARGETS.items():
        r, _ = produce(fam, False, lang_quota(total, shift), seen, args.seed)
        rows.extend(r)
        shift += total - round(total * EN_SHARE)
    for fam, total in INJECTION_TARGETS.items():
        r, _ = produce(fam, True, lang_quota(total, shift), seen, args.seed)
        rows.extend(r)
        shift += total - round(total * EN_SHARE)

    random.Random(args.seed).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({
            "id": "prompts-%05d" % i,
            "split": "train",
            "source": "prompt",
            "lang": r["lang"],
            "family": r["family"],
            "text": r["text"],
            "injection": r["injection"],
            "payload": r["payload"],
        })

    # validation
    bad = 0
    for r in out:
        if r["injection"]:
            if not r["payload"] or r["payload"] not in r["text"]:
                bad += 1
                print("bad payload: %s" % r["id"], file=sys.stderr)
        elif r["payload"] != "":
            bad += 1
            print("benign row with payload: %s" % r["id"], file=sys.stderr)
    texts = [r["text"] for r in out]
    if len(set(texts)) != len(texts):
        bad += 1
        print("duplicate texts found", file=sys.stderr)
    if bad:
        print("validation failed (%d problems)" % bad, file=sys.stderr)
        return 1

    with open(args.out, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    by_fam = collections.Counter(r["family"] for r in out)
    by_lang = collections.Counter(r["lang"] for r in out)
    by_label = collections.Counter("injection" if r["injection"] else "benign" for r in out)
    lens = [len(r["text"].split()) for r in out]
    err = sys.stderr
    print("wrote %d rows to %s" % (len(out), os.path.relpath(args.out)), file=err)
    print("label: " + ", ".join("%s=%d" % kv for kv in sorted(by_label.items())), file=err)
    print("lang:  " + ", ".join("%s=%d" % kv for kv in sorted(by_lang.items())), file=err)
    print("family:", file=err)
    for fam in builder.BENIGN_FAMILIES + builder.INJECTION_FAMILIES:
        print("  %-22s %d" % (fam, by_fam[fam]), file=err)
    print("words: min=%d max=%d mean=%.1f" % (min(lens), max(lens), sum(lens) / len(lens)), file=err)
    print("all payloads verified verbatim in text", file=err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
