"""Builds store_fiftysecond.jsonl: 1,500 labelled texts (half injections aimed at a
store's AI assistants and agents, half benign, most of the benign ones hard
look-alikes) in twenty languages, drawn from marketplace messages, supplier mail,
tickets, product feeds, fetched pages and tool results of online stores.
Run with `python3 bench/inject/gen_store_fiftysecond.py`; it writes the file
next to this script, prints counts and checks the rules.
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

from fiftysecond import common  # noqa: E402

NAME = "fiftysecond"
SPLIT = "dev"
SEED = 52052

# module name, language tag, rows
PLAN = [
    ("en", "en", 530), ("de", "de", 100), ("fr", "fr", 90), ("es", "es", 90),
    ("it", "it", 50), ("pt_br", "pt-BR", 60), ("nl", "nl", 40), ("pl", "pl", 50),
    ("da", "da", 20), ("fi", "fi", 20), ("ru", "ru", 40), ("uk", "uk", 20),
    ("tr", "tr", 30), ("he", "he", 20), ("ja", "ja", 90), ("zh_cn", "zh-CN", 76),
    ("zh_tw", "zh-TW", 24), ("ko", "ko", 80), ("th", "th", 20), ("ms", "ms", 20),
    ("id", "id", 30),
]


def main():
    rows = []
    for modname, lang, n in PLAN:
        mod = importlib.import_module("fiftysecond." + modname)
        rng = random.Random("{}:{}".format(SEED, lang))
        n_inj = n // 2
        n_ben = n - n_inj
        min_hard = getattr(mod, "MIN_HARD", (n_ben * 53 + 99) // 100)
        rows.extend(common.build(mod, lang, n_inj, n_ben, min_hard, rng))
    random.Random(SEED).shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        out.append({"id": "{}-{:05d}".format(NAME, k), "split": SPLIT, "source": r["source"],
                    "lang": r["lang"], "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    common.validate(out)
    path = os.path.join(HERE, "store_{}.jsonl".format(NAME))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  {:<28} {}".format(k, v))

    show("by language:", collections.Counter(r["lang"] for r in out))
    show("by source:", collections.Counter(r["source"] for r in out))
    show("by family:", collections.Counter(r["family"] for r in out))
    labels = collections.Counter("injection" if r["injection"] else "benign" for r in out)
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print("labels: injection {} / benign {} (hard negatives {})".format(labels["injection"], labels["benign"], hard))
    print("total rows:", len(out), "->", os.path.relpath(path))


if __name__ == "__main__":
    main()
