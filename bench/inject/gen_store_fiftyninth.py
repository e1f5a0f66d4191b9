"""Build store_fiftyninth.jsonl: 2,500 labelled tool results an online-store agent
might receive (order/customer/product API JSON, feeds, search hits, fetched pages,
PDF and OCR text, calendar events, mail search, logs) in 19 languages, about 45%
carrying instructions aimed at the AI and the rest benign, many of them hard negatives.
Run with `python3 bench/inject/gen_store_fiftyninth.py`; output is deterministic.
"""

import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fiftyninth import MODULES  # noqa: E402

OUT = os.path.join(HERE, "store_fiftyninth.jsonl")
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r["source"]
        assert r["split"] == "train"
        assert FAMILY_RE.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert not r["family"].startswith("hard-") and r["family"] != "benign"
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-")


def sentence_reuse(rows):
    """Largest number of rows sharing one long sentence (ignoring structure)."""
    cnt = collections.Counter()
    for r in rows:
        parts = set()
        for p in re.split(r"(?<=[.!?。！？])\s*|\n|\\n|\"", r["text"]):
            p = p.strip()
            if len(p) < 30 or re.search(r"[|<>{}=_]|^[\w-]+[,;][\w-]+[,;]", p):
                continue
            if p.count(" ") >= 6 or re.search(r"[\u3040-\u9fff\uac00-\ud7af\u0e00-\u0e7f]", p):
                parts.add(p)
        cnt.update(parts)
    return cnt.most_common(8)


def main():
    rows = []
    for mod in MODULES:
        got = mod.build()
        assert len(got) == mod.COUNT, (mod.LANG, len(got))
        rows.extend(got)
    random.Random(59).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"fiftyninth-{i:05d}", "split": r["split"],
                    "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"],
                    "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:32s} {v}")

    show("lang", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    show("label", collections.Counter("injection" if r["injection"] else "benign"
                                      for r in out))
    hard = sum(1 for r in out if r["family"].startswith("hard-"))
    print(f"hard negatives: {hard}")
    print("most reused sentences:")
    for s, n in sentence_reuse(out):
        print(f"  {n:3d}  {s[:90]}")
    print(f"wrote {len(out)} rows to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
