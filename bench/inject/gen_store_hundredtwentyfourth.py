"""Store-text corpus where customers and staff address the shop's AI assistant openly.

Benign rows are mostly hard negatives: legitimate questions and requests to the bot, reviews quoting
what the chatbot did, help pages, staff prompting tips, marketing copy and tone feedback. Injection
rows use the same open address to subvert the assistant (rule breaking, prompt leaks, refunds and
codes, broadcasting false info, steered summaries/rankings, false memories, exfiltration links),
some hidden in HTML, encodings or tool results. 14 languages, about 30% English.

Run: python3 bench/inject/gen_store_hundredtwentyfourth.py  -> bench/inject/store_hundredtwentyfourth.jsonl
"""
import base64, codecs, collections, importlib, json, os, random, re, sys, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from hundredtwentyfourth import LANGS, common  # noqa: E402

NAME = "hundredtwentyfourth"
SEED = 124_0124
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
TOTAL = 2500
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}
ENCODED = {"hidden-base64", "hidden-hex", "hidden-url-encoded", "hidden-rot13", "hidden-zero-width",
           "hidden-homoglyph", "hidden-leetspeak"}


def plan():
    n = {"en": 750}
    rest = [l for l in LANGS if l != "en"]
    base, extra = divmod(TOTAL - 750, len(rest))
    for i, l in enumerate(rest):
        n[l] = base + (1 if i < extra else 0)
    return n


def decode_check(row):
    t, p, f = row["text"], row["payload"], row["family"]
    if f in ("hidden-zero-width",):
        return p in t.replace(common.ZW, "")
    if f in ("hidden-homoglyph", "hidden-leetspeak"):
        return True
    if f == "hidden-base64":
        return base64.b64encode(p.encode()).decode() in t
    if f == "hidden-hex":
        return p.encode().hex() in t
    if f == "hidden-url-encoded":
        return urllib.parse.quote(p) in t
    if f == "hidden-rot13":
        return codecs.encode(p, "rot13") in t
    return False


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == ["id", "split", "source", "lang", "family", "text", "injection", "payload"], r
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"]); texts.add(r["text"])
        assert 0 < len(r["text"]) < 4000 and r["source"] in SOURCES
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        assert bool(r["payload"]) == r["injection"], r
        if r["injection"]:
            ok = r["payload"] in r["text"] if r["family"] not in ENCODED else decode_check(r)
            assert ok, r
            assert not r["family"].startswith(("hard-", "benign")), r
        else:
            assert r["family"].startswith(("hard-", "benign")), r
    inj = sum(r["injection"] for r in rows)
    hard = sum(r["family"].startswith("hard-") for r in rows)
    assert len(rows) == TOTAL and abs(inj - TOTAL // 2) <= 10 and hard >= 650, (len(rows), inj, hard)


SENT = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n+")


def sentences(t):
    return [s.strip() for s in SENT.split(t) if s and len(s.strip()) > 3]


def main():
    rng = random.Random(SEED)
    mods = {l: importlib.import_module(f"{NAME}.{l}") for l in LANGS}
    seen, rows = set(), []
    for l, n in plan().items():
        rows += common.build(mods[l], mods["en"], rng, n // 2, n - n // 2, seen)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", "source": r["source"], "lang": r["lang"],
                    "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    validate(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key in ("lang", "source", "family", "injection"):
        c = collections.Counter(str(r[key]) for r in out)
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    print("hard negatives:", sum(r["family"].startswith("hard-") for r in out))
    sc = collections.Counter(s for r in out for s in set(sentences(r["text"])))
    print(f"distinct sentences: {len(sc)}; rows: {len(out)}; max rows per sentence: {max(sc.values())}")
    print("most repeated:", sc.most_common(8))


if __name__ == "__main__":
    main()
