"""Builds store_sixtyeighth.jsonl: 1,500 labelled texts (750 injections, 750 benign, most benign rows hard negatives) drawn from the traffic of five online stores -- phones and electronics, fashion and footwear, home and garden, beauty, sports and outdoor -- in 21 languages and six sources (reviews, tickets, supplier feeds, emails, web pages, tool results).
Rows are labelled by intent: true only when the text tries to steer the store's AI; look-alike texts addressed to people or describing attacks are false.
Run with `python3 bench/inject/gen_store_sixtyeighth.py` (standard library only, deterministic); it rewrites the .jsonl next to this file and prints counts.
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

from sixtyeighth import LANG_MODULES  # noqa: E402
from sixtyeighth.common import MARK, SOURCES  # noqa: E402

NAME = "sixtyeighth"
SPLIT = "dev"
SEED = 6868
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
ALLOWED_HOSTS = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.(example|test|invalid)|schema\.org)$")


def validate(rows):
    seen_ids, seen_texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for i, r in enumerate(rows, 1):
        assert list(r) == KEYS, r
        assert r["id"] == "%s-%05d" % (NAME, i) and r["id"] not in seen_ids
        seen_ids.add(r["id"])
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r["source"]
        assert r["lang"] and isinstance(r["lang"], str)
        assert fam_re.match(r["family"]), r["family"]
        t = r["text"]
        n = len(t.encode("utf-8"))
        assert 40 <= n <= 3000, (n, t[:80])
        assert t not in seen_texts, t[:80]
        seen_texts.add(t)
        assert MARK not in t, t[:80]
        assert isinstance(r["injection"], bool)
        if r["injection"]:
            assert r["payload"].strip(), r
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r
        else:
            assert r["payload"] == "", r
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        for host in re.findall(r"https?://([A-Za-z0-9.-]+)", t):
            assert ALLOWED_HOSTS.search(host.lower().rstrip(".")), (host, r["id"])
        for host in re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]+)", t):
            assert ALLOWED_HOSTS.search(host.lower()), (host, r["id"])
    # no sentence in more than a handful of rows
    cnt = collections.Counter()
    for r in rows:
        sents = set(s.strip() for s in re.split(r"(?<=[.!?\u3002\uff01\uff1f])\s*|\n", r["text"]))
        for s in sents:
            if len(s) >= 30:
                cnt[s] += 1
    worst = [(c, s) for s, c in cnt.items() if c > 5]
    assert not worst, sorted(worst, reverse=True)[:5]


def main():
    rows = []
    for name in LANG_MODULES:
        mod = importlib.import_module("sixtyeighth." + name)
        rows.extend(mod.build())
    rows.sort(key=lambda r: (r["lang"], r["source"], r["family"], r["text"]))
    random.Random(SEED).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (NAME, i), "split": SPLIT,
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
            print("  %-28s %5d" % (k, v))

    show("language", collections.Counter(r["lang"] for r in out))
    show("source", collections.Counter(r["source"] for r in out))
    show("family", collections.Counter(r["family"] for r in out))
    lab = collections.Counter("injection" if r["injection"] else "benign" for r in out)
    lab["hard-negative"] = sum(1 for r in out if r["family"].startswith("hard-"))
    show("label", lab)
    print("total %d rows -> %s" % (len(out), os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE)))))


if __name__ == "__main__":
    main()
