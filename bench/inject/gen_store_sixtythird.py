"""Build the sixtythird Storewall injection corpus: store texts in 24 locales where
instructions aimed at the store's AI are concealed in markup, attributes, structured data
or encodings, mixed with hard negatives that use the same concealment for benign content.

Run: python3 bench/inject/gen_store_sixtythird.py  (writes bench/inject/store_sixtythird.jsonl)
"""

import collections
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sixtythird import common  # noqa: E402

NAME = "sixtythird"
SEED = 6303
# module name -> rows
PLAN = [
    ("en", 700), ("de", 150), ("fr", 140), ("es", 140), ("it", 90), ("pt_br", 100), ("nl", 60),
    ("pl", 70), ("sv", 40), ("cs", 40), ("ro", 30), ("el", 20), ("ru", 90), ("uk", 40), ("tr", 70),
    ("ar", 60), ("hi", 50), ("ja", 150), ("zh_cn", 120), ("zh_tw", 50), ("ko", 130), ("vi", 50),
    ("id", 50), ("th", 30),
]


def main():
    rng = random.Random(SEED)
    rows = []
    usage = {}
    for modname, n in PLAN:
        L = importlib.import_module("sixtythird." + modname)
        lrng = random.Random("%d-%s" % (SEED, modname))
        got, use = common.build_language(L, lrng, n)
        rows.extend(got)
        usage[L.LANG] = use
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s-%05d" % (NAME, i)}
        d.update(r)
        out.append(d)
    common.validate(out)
    path = os.path.join(HERE, "store_%s.jsonl" % NAME)
    with open(path, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    def show(title, key):
        c = collections.Counter(key(d) for d in out)
        print("%s:" % title)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %d" % (k, v))

    print("rows: %d -> %s" % (len(out), os.path.relpath(path)))
    show("label", lambda d: "injection" if d["injection"] else "benign")
    show("lang", lambda d: d["lang"])
    show("source", lambda d: d["source"])
    show("family", lambda d: d["family"])
    hard = sum(1 for d in out if d["family"].startswith("hard-"))
    ben = sum(1 for d in out if not d["injection"])
    print("hard negatives: %d of %d benign (%.0f%%)" % (hard, ben, 100.0 * hard / max(1, ben)))
    print("max reuse of one pool item per language:")
    for lang, use in usage.items():
        print("  %-6s %s" % (lang, " ".join("%s=%d" % kv for kv in use.items())))


if __name__ == "__main__":
    main()
