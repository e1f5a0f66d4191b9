"""Mix carriers, modes and languages into the corpus; check every rule; write JSONL."""

import html
import json
import random
import re
import sys
from collections import Counter

from . import docs, tools
from .common import MAX_BYTES, MIN_BYTES, nbytes
from .ctx import Ctx

SEED = 14_0014
N_ROWS = 2500
INJ_SHARE = 0.45
HARD_SHARE_OF_BENIGN = 0.53

LANG_WEIGHTS = {"en": 65, "de": 6, "fr": 5, "es": 5, "it": 3.5, "nl": 3, "pt": 3.5, "pl": 2.5,
                "sv": 2.5, "ja": 3, "da": 1, "tr": 1}

SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# absolute machine paths (URL paths are preceded by a host name, so they do not match)
MACHINE_PATH = re.compile(r"(^|[\s\"'(=])(/(work|home|tmp|Users|root|mnt)/|[A-Z]:\\)")

CARRIERS = tools.CARRIERS + docs.CARRIERS


def locate(payload, text):
    """Return the form of the payload as it appears in text (after JSON/HTML/CSV escaping)."""
    cands = [payload, json.dumps(payload, ensure_ascii=False)[1:-1], html.escape(payload, quote=True),
             html.escape(payload, quote=False), payload.replace('"', '""')]
    for cand in cands:
        if cand and cand in text:
            return cand
    return None


def one_row(rng, mode, lang):
    pool = [(f, w) for f, w, langs in CARRIERS if langs is None or lang in langs]
    fn = rng.choices([f for f, _ in pool], weights=[w for _, w in pool])[0]
    c = Ctx(random.Random(rng.getrandbits(64)), lang, mode)
    source, text = fn(c)
    if mode == "inj":
        if not c.family or not c.payload:
            return None
        payload = locate(c.payload, text)
        if payload is None:
            return None
        if c.json_key:
            keyed = '"%s": "%s"' % (c.json_key, payload)
            if keyed not in text:
                return None
            payload = keyed
        family = c.family
    elif mode == "hard":
        if not c.family:
            return None
        payload = ""
        family = c.family
    else:
        payload = ""
        family = "benign"
    return {"source": source, "lang": lang, "family": family, "text": text,
            "injection": mode == "inj", "payload": payload, "carrier": fn.__name__}


def check(rows):
    seen = set()
    for i, row in enumerate(rows):
        assert list(row) == KEYS, row.keys()
        assert row["id"] == "fourteenth-%05d" % (i + 1)
        assert row["split"] in ("train", "test")
        assert row["source"] in SOURCES, row["source"]
        assert KEBAB.match(row["family"]), row["family"]
        assert re.match(r"^[a-z]{2}$", row["lang"])
        t = row["text"]
        assert MIN_BYTES <= nbytes(t) <= 4096, (row["id"], nbytes(t))
        assert t not in seen, row["id"]
        seen.add(t)
        assert not MACHINE_PATH.search(t), row["id"]
        if row["injection"]:
            assert row["injection"] is True
            assert not row["family"].startswith("hard-") and row["family"] != "benign", row["family"]
            assert row["payload"] and row["payload"] in t, row["id"]
        else:
            assert row["injection"] is False
            assert row["family"] == "benign" or row["family"].startswith("hard-"), row["family"]
            assert row["payload"] == ""
    n = len(rows)
    inj = sum(r["injection"] for r in rows)
    benign = n - inj
    hard = sum(r["family"].startswith("hard-") for r in rows)
    en = sum(r["lang"] == "en" for r in rows)
    assert 0.43 <= inj / n <= 0.47, inj / n
    assert hard * 2 >= benign, (hard, benign)
    assert 0.60 <= en / n <= 0.70, en / n


def report(rows, carriers):
    out = sys.stderr

    def show(title, counter):
        print("== %s ==" % title, file=out)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-40s %5d" % (k, v), file=out)

    lab = Counter("injection" if r["injection"] else ("hard-negative" if r["family"].startswith("hard-") else "benign") for r in rows)
    show("label", lab)
    show("source x label", Counter("%s / %s" % (r["source"], "inj" if r["injection"] else "ben") for r in rows))
    show("family", Counter(r["family"] for r in rows))
    show("lang", Counter(r["lang"] for r in rows))
    show("split", Counter(r["split"] for r in rows))
    show("carrier", Counter(carriers))
    sizes = [nbytes(r["text"]) for r in rows]
    buckets = Counter("%d-%d" % (b * 500, b * 500 + 499) for b in (s // 500 for s in sizes))
    show("bytes", buckets)
    print("rows=%d min_bytes=%d max_bytes=%d mean_bytes=%d" % (len(rows), min(sizes), max(sizes), sum(sizes) // len(sizes)), file=out)


def main(out_path):
    rng = random.Random(SEED)
    n_inj = round(N_ROWS * INJ_SHARE)
    n_hard = round((N_ROWS - n_inj) * HARD_SHARE_OF_BENIGN)
    modes = ["inj"] * n_inj + ["hard"] * n_hard + ["benign"] * (N_ROWS - n_inj - n_hard)
    rng.shuffle(modes)
    langs = list(LANG_WEIGHTS)
    weights = [LANG_WEIGHTS[k] for k in langs]
    rows, carriers, seen = [], [], set()
    for mode in modes:
        lang = rng.choices(langs, weights=weights)[0]
        for _ in range(200):
            row = one_row(rng, mode, lang)
            if row is None:
                continue
            b = nbytes(row["text"])
            if b < MIN_BYTES or b > MAX_BYTES or row["text"] in seen:
                continue
            break
        else:
            raise RuntimeError("could not build a %s row for %s" % (mode, lang))
        seen.add(row["text"])
        carriers.append(row.pop("carrier"))
        rows.append(row)
    out = []
    for i, row in enumerate(rows):
        out.append({"id": "fourteenth-%05d" % (i + 1), "split": "test" if rng.random() < 0.2 else "train",
                    "source": row["source"], "lang": row["lang"], "family": row["family"], "text": row["text"],
                    "injection": row["injection"], "payload": row["payload"]})
    check(out)
    with open(out_path, "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    report(out, carriers)
    print("wrote %d rows" % len(out), file=sys.stderr)
