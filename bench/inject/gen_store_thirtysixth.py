"""Storewall injection corpus "thirtysixth": about 2,500 store texts (reviews, tickets, supplier feeds,
emails, web pages, agent tool results) in 18 languages, built as minimal pairs where the same request is
addressed once to the AI that reads the text (injection) and once to a human or stated as fact (benign).
Run with `python3 bench/inject/gen_store_thirtysixth.py`; it writes bench/inject/store_thirtysixth.jsonl
deterministically and prints counts per language, source, family and label.
"""

import collections
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from thirtysixth import MODULES  # noqa: E402
from thirtysixth.common import Picker, parse, render  # noqa: E402

NAME = "thirtysixth"
SPLIT = "train"
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
INJ_SHARE = 0.45
MAX_USES = 3
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]


def build_language(mod):
    rng = random.Random("%s-%s" % (NAME, mod.LANG))
    cores = parse(mod)
    inj = [c for c in cores if c.label]
    ben = [c for c in cores if not c.label]
    rng.shuffle(inj)
    rng.shuffle(ben)
    n_inj = round(mod.TARGET * INJ_SHARE)
    n_ben = mod.TARGET - n_inj
    # every core is used at least once; only the extra rows repeat cores
    n_inj = max(n_inj, len(inj))
    n_ben = max(n_ben, len(ben))
    picker = Picker(cap=3)
    rows = []
    seen = set()
    for pool, n in ((inj, n_inj), (ben, n_ben)):
        for i in range(n):
            core = pool[i % len(pool)]
            for _ in range(20):
                row = render(core, rng, picker)
                if row["text"] not in seen:
                    break
                core.uses -= 1
            seen.add(row["text"])
            rows.append(row)
    over = [c for c in cores if c.uses > MAX_USES]
    if over:
        print("warning: %s reuses %d cores more than %d times" % (mod.LANG, len(over), MAX_USES), file=sys.stderr)
    return rows, len(inj), len(ben)


def validate(rows):
    ids = set()
    texts = set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n, r["text"][:80])
        assert r["source"] in ("review", "ticket", "feed", "email", "web", "tool"), r["source"]
        assert r["split"] == SPLIT
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        fam = r["family"]
        assert fam and fam == fam.lower() and " " not in fam, fam
        if r["injection"]:
            assert fam != "benign" and not fam.startswith("hard-"), (r["id"], fam)
        else:
            assert fam == "benign" or fam.startswith("hard-"), (r["id"], fam)
        assert "{" + "X}" not in r["text"] and "{P}" not in r["text"] and "{N}" not in r["text"], r["id"]


def main():
    rows = []
    stats = []
    for mod in MODULES:
        got, ni, nb = build_language(mod)
        stats.append((mod.LANG, ni, nb, len(got)))
        rows.extend(got)
    random.Random(NAME + "-shuffle").shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"],
                    "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print("== %s" % title)
        for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, n))

    print("rows: %d  injections: %d  benign: %d  hard negatives: %d" % (
        len(out), sum(r["injection"] for r in out), sum(not r["injection"] for r in out),
        sum(r["family"].startswith("hard-") for r in out)))
    print("== distinct cores per language (injection/benign/rows)")
    for lang, ni, nb, n in stats:
        print("  %-8s %4d %4d %5d" % (lang, ni, nb, n))
    show("lang", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign" for r in out))
    show("family (injection)", collections.Counter(r["family"] for r in out if r["injection"]))
    show("family (benign)", collections.Counter(r["family"] for r in out if not r["injection"]))


if __name__ == "__main__":
    main()
