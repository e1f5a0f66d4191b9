"""Labelled store-text corpus: staff notes and back-office text read by store AI agents.

Rows are CRM notes, shift handovers, admin instructions to staff, approval rules, warehouse and
fraud-team notes, agent macros and tool results (crm_notes, order_lookup, voucher_log) in 20
languages. Benign rows (many of them hard negatives full of words like admin, override, system,
prompt, ignore) sit next to injections: the same notes tampered so that a line addresses the AI
agent reading them, plainly or hidden (HTML/markdown comments, hidden CSS, zero-width characters,
base64 in a JSON field, fake priority notes, markdown-image exfiltration).

Run:  python3 bench/inject/gen_store_hundredthirtysixth.py
Writes bench/inject/store_hundredthirtysixth.jsonl (deterministic) and prints row counts.
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

from hundredthirtysixth import common  # noqa: E402

NAME = "hundredthirtysixth"
SEED = 136_0136
OUT = os.path.join(HERE, "store_%s.jsonl" % NAME)
LANGS = ["en", "sv", "fi", "pt", "ru", "fa", "cs", "lv", "hr", "it", "bg", "sk", "tr", "nb",
         "de", "fr", "es", "pl", "ro", "uk"]
EN_ROWS = 505
OTHER_ROWS = 105
HARD_SHARE = 0.6


def plan():
    # (lang, n_rows, n_injections); totals 2500 rows, 1250 injections
    out = [("en", EN_ROWS, 252)]
    for i, lang in enumerate(LANGS[1:]):
        out.append((lang, OTHER_ROWS, 53 if i < 10 else 52))
    return out


def build():
    rng = random.Random(SEED)
    mods = {lang: importlib.import_module("%s.%s" % (NAME, lang)).P for lang in LANGS}
    EN = mods["en"]
    rows, seen = [], set()
    for lang, n, n_inj in plan():
        P = mods[lang]
        n_ben = n - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        kinds = ["inj"] * n_inj + ["hard"] * n_hard + ["plain"] * (n_ben - n_hard)
        for kind in kinds:
            for _ in range(200):
                if kind == "inj":
                    r = common.make_injection(P, rng, EN)
                else:
                    r = common.make_benign(P, rng, kind == "hard")
                if r["text"] not in seen and len(r["text"]) < 4000:
                    break
            else:
                raise SystemExit("could not make a unique row")
            seen.add(r["text"])
            r["lang"] = lang
            rows.append(r)
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        final.append({"id": "%s-%05d" % (NAME, i), "split": "train", "source": r["source"], "lang": r["lang"],
                      "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    return final


def validate(rows):
    import base64
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    n_inj = sum(r["injection"] for r in rows)
    n_ben = len(rows) - n_inj
    n_hard = sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-"))
    assert len(rows) == 2500 and abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10, (n_inj, n_ben)
    assert n_hard >= 700, n_hard
    for r in rows:
        assert r["text"] and len(r["text"]) < 4000
        assert r["source"] in {"review", "ticket", "feed", "email", "web", "tool"}
        assert bool(r["payload"]) == r["injection"], r["id"]
        if r["injection"]:
            fam, t, p = r["family"], r["text"], r["payload"]
            if fam == "hidden-zero-width":
                assert p in t.replace(common.ZW, ""), r["id"]
            elif fam == "tool-json-base64":
                assert base64.b64encode(p.encode()).decode() in t, r["id"]
            else:
                assert p in t, r["id"]
        else:
            assert not r["family"].startswith(("note-", "hidden-", "fake-")), r["id"]


def main():
    rows = build()
    validate(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(r[key]) for r in rows)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    print("hard negatives: %d" % sum(1 for r in rows if not r["injection"] and r["family"].startswith("hard-")))
    print("rows: %d -> %s" % (len(rows), os.path.basename(OUT)))


if __name__ == "__main__":
    main()
