"""Build bench/inject/store_fortyeighth.jsonl: about 2,500 labelled store texts in 21
languages whose focus is conversations written into text, i.e. planted fake chat turns,
fake approvals, fake tool results and chat-template tokens (injections) next to genuine
pasted transcripts, chat exports, tool logs, staff scripts and role-play scripts (hard negatives).
Run it with `python3 bench/inject/gen_store_fortyeighth.py` (it writes no bytecode); two runs
give byte-identical output.
"""

import collections
import json
import os
import random
import sys
import zlib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fortyeighth import common  # noqa: E402
from fortyeighth import LANG_MODULES  # noqa: E402

NAME = "fortyeighth"
SPLIT = "train"
SEED = 48_4848
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")


def main():
    seen = set()
    rows = []
    for mod in LANG_MODULES:
        seed = SEED ^ zlib.crc32(mod.CODE.encode())
        rows.extend(common.build_language(mod, seen, seed))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": SPLIT, "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"],
                    "payload": r["payload"]})
    common.validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(f"\n{title}:")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k:<28} {v}")

    show("per language", collections.Counter(r["lang"] for r in out))
    show("per source", collections.Counter(r["source"] for r in out))
    show("per family", collections.Counter(r["family"] for r in out))
    inj = sum(r["injection"] for r in out)
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print(f"\nlabels: injection={inj} benign={len(out) - inj} (hard negatives={hard}) total={len(out)}")
    show("injections per language", collections.Counter(r["lang"] for r in out if r["injection"]))
    print(f"\nwrote {OUT}")


if __name__ == "__main__":
    main()
