#!/usr/bin/env python3
"""Generate bench/inject/store_fifteenth.jsonl (1,200 labelled rows).

Deterministic (fixed seed), Python 3 standard library only:

    python3 bench/inject/gen_store_fifteenth.py

Half the rows carry a prompt injection aimed at an AI assistant or agent that
reads store text; the other half are benign, at least 300 of them hard
negatives that look suspicious on the surface. The data lives in the
``fifteenth`` package next to this script.
"""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from fifteenth.build import MAX_BYTES, build_rows  # noqa: E402

OUT = os.path.join(HERE, "store_fifteenth.jsonl")
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LANG = re.compile(r"^[a-z]{2}$")


def check(rows):
    assert len(rows) == 1200, len(rows)
    inj = [r for r in rows if r["injection"]]
    ben = [r for r in rows if not r["injection"]]
    assert len(inj) == 600 and len(ben) == 600, (len(inj), len(ben))
    hard = [r for r in ben if r["family"].startswith("hard-")]
    assert len(hard) >= 300, len(hard)
    seen = set()
    for i, r in enumerate(rows, 1):
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] == "fifteenth-%05d" % i, r["id"]
        assert r["split"] == "dev"
        assert r["source"] in SOURCES, r["source"]
        assert LANG.match(r["lang"]), r["lang"]
        assert KEBAB.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        t = r["text"]
        assert t and t.strip(), r["id"]
        assert len(t.encode("utf-8")) <= MAX_BYTES, (r["id"], len(t.encode("utf-8")))
        assert t not in seen, "duplicate text: " + r["id"]
        seen.add(t)
        for bad in ("/home/", "/Users/", "C:\\"):
            assert bad not in t, (r["id"], bad)
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r["family"]
            assert r["payload"] and r["payload"] in t, r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
            assert r["payload"] == "", r["id"]


def report(rows):
    def show(title, counter):
        sys.stderr.write("\n%s\n" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            sys.stderr.write("  %-34s %4d\n" % (k, v))

    inj = [r for r in rows if r["injection"]]
    ben = [r for r in rows if not r["injection"]]
    sys.stderr.write("rows %d  injections %d  benign %d  hard negatives %d\n" % (
        len(rows), len(inj), len(ben), sum(r["family"].startswith("hard-") for r in ben)))
    show("injection families", collections.Counter(r["family"] for r in inj))
    show("benign families", collections.Counter(r["family"] for r in ben))
    show("lang (injection/benign)", collections.Counter(
        "%s %s" % (r["lang"], "inj" if r["injection"] else "ben") for r in rows))
    show("lang", collections.Counter(r["lang"] for r in rows))
    show("source (injection/benign)", collections.Counter(
        "%s %s" % (r["source"], "inj" if r["injection"] else "ben") for r in rows))
    sizes = sorted(len(r["text"].encode("utf-8")) for r in rows)
    sys.stderr.write("\ntext bytes: min %d  median %d  p90 %d  max %d\n" % (
        sizes[0], sizes[len(sizes) // 2], sizes[int(len(sizes) * 0.9)], sizes[-1]))


def main():
    rows = build_rows()
    check(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)
    sys.stderr.write("\nwrote %d rows to %s\n" % (len(rows), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
