"""Assemble the store_twelfth corpus, check every rule, write JSONL, print stats."""
import collections
import json
import random
import re
import sys

from . import attacks as at
from . import attacks_intl as ati
from . import benign as bn
from . import benign_intl as bni
from . import carriers as cr
from . import lexicons as lx
from .textkit import expand, P_OPEN, P_CLOSE

SEED = 1212
N_INJ, N_HARD, N_BENIGN = 1125, 900, 475
SPLIT = "train"
LANG_WEIGHTS = [("en", 0.60)] + [(l, 0.40 / 12) for l in lx.LANGS if l != "en"]
SIZES = (["s", "m", "l", "xl"], [0.28, 0.40, 0.20, 0.12])
SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# programmatic entry weights (how many template slots they count as)
W_ENC = {"en": 8}
W_HIDE = {"en": 14}
W_ENCDATA = {"en": 6}
DEFAULT_W_INTL = 2


class Entry:
    __slots__ = ("label", "family", "lang", "kind", "tpl", "sources", "key")

    def __init__(self, label, family, lang, kind, tpl=None, sources=None):
        self.label, self.family, self.lang, self.kind = label, family, lang, kind
        if isinstance(tpl, tuple):
            sources, tpl = tpl
        self.tpl = tpl
        self.sources = sources
        self.key = "%s|%s|%s|%s" % (lang, family, kind, (tpl or "")[:60])


def _src_list(letters):
    return [at.SRC[c] for c in letters]


def build_registry():
    reg = []
    for fam, tpls in at.EN_ATTACKS.items():
        for t in tpls:
            reg.append(Entry("inj", fam, "en", "tpl", t))
    for lang, fams in ati.INTL_ATTACKS.items():
        for fam, tpls in fams.items():
            for t in tpls:
                reg.append(Entry("inj", fam, lang, "tpl", t))
    at.ENCODE_PLAIN.update(ati.INTL_ENCODE_PLAIN)
    at.ENCODE_WRAP.update(ati.INTL_ENCODE_WRAP)
    for lang in lx.LANGS:
        for i in range(W_ENC.get(lang, DEFAULT_W_INTL)):
            reg.append(Entry("inj", "encoded-instruction", lang, "enc", "enc%d" % i))
        for i in range(W_HIDE.get(lang, DEFAULT_W_INTL)):
            reg.append(Entry("inj", "hidden-markup", lang, "hide", "hide%d" % i))
    for fam, tpls in bn.EN_HARD.items():
        for t in tpls:
            reg.append(Entry("hard", fam, "en", "tpl", t))
    for lang, fams in bni.INTL_HARD.items():
        for fam, tpls in fams.items():
            for t in tpls:
                reg.append(Entry("hard", fam, lang, "tpl", t))
        for fam, tpls in bni.NEUTRAL_INTL.items():
            for t in tpls:
                reg.append(Entry("hard", fam, lang, "tpl", t))
    for lang in lx.LANGS:
        for i in range(W_ENCDATA.get(lang, 1)):
            reg.append(Entry("hard", "hard-encoded-data", lang, "encdata", "ed%d" % i))
        reg.append(Entry("benign", "benign", lang, "plain", "plain"))
    return reg


def sources_for(entry):
    if entry.sources:
        return _src_list(entry.sources)
    if entry.kind == "plain":
        return list(SOURCES)
    if entry.label == "inj":
        return _src_list(at.FAMILY_SOURCES[entry.family])
    return _src_list(bn.HARD_SOURCES[entry.family])


def hide_pool(reg, lang):
    return [e for e in reg if e.label == "inj" and e.lang == lang and e.kind == "tpl"
            and e.family not in ("accessibility-meta-injection", "role-label-spoof")]


def realise(rng, entry, ctx, source, pools):
    """Return (insert, payload or '')."""
    if entry.kind == "tpl":
        text, payload = expand(rng, entry.tpl, ctx)
        if entry.label == "inj":
            return text, (payload if payload is not None else text)
        return text, ""
    if entry.kind == "enc":
        return at.gen_encoded(rng, ctx, entry.lang)
    if entry.kind == "hide":
        pool = pools[entry.lang]
        for _ in range(20):
            e = rng.choice(pool)
            text, payload = expand(rng, e.tpl, ctx)
            p = payload if payload is not None else text
            if "\n" not in p and "<" not in p and '"' not in p:
                return at.gen_hidden(rng, p)
        raise RuntimeError("no hideable payload for " + entry.lang)
    if entry.kind == "encdata":
        for _ in range(40):
            s = bn.gen_encoded_data(rng, ctx)
            if entry.lang == "en" or s.startswith(("next_cursor", "Webhook", "![thumb")):
                return s, ""
    if entry.kind == "plain":
        return bn.plain_benign(rng, ctx, source, cr.LOC[entry.lang]), ""
    raise ValueError(entry.kind)


def pick_lang(rng):
    langs, ws = zip(*LANG_WEIGHTS)
    return rng.choices(langs, ws)[0]


def make_row(rng, reg_by, label, pools, seen, usage):
    for attempt in range(60):
        if attempt % 6 == 0:
            lang = pick_lang(rng)
            cands = reg_by.get((label, lang))
            if not cands:
                continue
            # balance: favour entries used less so no template dominates
            ws = [1.0 / (1 + usage[e.key]) ** 1.5 for e in cands]
            entry = rng.choices(cands, ws)[0]
        ctx = lx.make_ctx(rng, entry.lang)
        ctx["size"] = rng.choices(*SIZES)[0]
        source = rng.choice(sources_for(entry))
        insert, payload = realise(rng, entry, ctx, source, pools)
        text, carrier = cr.wrap(rng, source, ctx, insert, markup=cr.is_markup(insert))
        if ctx["size"] == "xl":
            text = cr.lengthen(rng, source, ctx, text)
        if label == "inj" and (not payload.strip() or payload not in text):
            continue
        if text in seen:
            continue
        seen.add(text)
        usage[entry.key] += 1
        return {"source": source, "lang": entry.lang, "family": entry.family, "text": text,
                "injection": label == "inj", "payload": payload}, carrier, entry.key
    raise RuntimeError("could not build a row for label %s" % label)


def check(rows):
    texts = set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert re.match(r"^twelfth-\d{5}$", r["id"]), r["id"]
        assert r["split"] == SPLIT
        assert r["source"] in SOURCES, r["source"]
        assert r["lang"] in lx.LANGS, r["lang"]
        assert FAMILY_RE.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        assert isinstance(r["text"], str) and r["text"].strip()
        assert P_OPEN not in r["text"] and P_CLOSE not in r["text"], r["id"]
        assert "[[" not in r["text"] or "[//]" in r["text"], r["id"]
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r["family"]
            assert r["payload"].strip(), r["id"]
            assert r["payload"] in r["text"], r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
            assert r["payload"] == "", r["id"]
        assert r["text"] not in texts, "duplicate text " + r["id"]
        texts.add(r["text"])
    n = len(rows)
    inj = sum(r["injection"] for r in rows)
    hard = sum(r["family"].startswith("hard-") for r in rows)
    benign = n - inj
    en = sum(r["lang"] == "en" for r in rows)
    assert 0.42 <= inj / n <= 0.48, inj / n
    assert hard * 2 >= benign, (hard, benign)
    assert 0.55 <= en / n <= 0.65, en / n
    for s in SOURCES:
        assert sum(r["source"] == s for r in rows) >= n * 0.06, s


def stats(rows, carriers, usage):
    out = sys.stderr
    c = collections.Counter
    n = len(rows)
    lab = c("injection" if r["injection"] else ("hard" if r["family"].startswith("hard-") else "benign") for r in rows)
    print("rows: %d  %s" % (n, dict(lab)), file=out)
    for title, key in (("family", "family"), ("lang", "lang"), ("source", "source")):
        print("\nby %s:" % title, file=out)
        cnt = c((r[key], r["injection"]) for r in rows)
        names = sorted(set(r[key] for r in rows))
        for k in names:
            print("  %-32s inj=%4d  benign=%4d" % (k, cnt[(k, True)], cnt[(k, False)]), file=out)
    print("\nby carrier:", file=out)
    for k, v in sorted(c(carriers).items()):
        print("  %-22s %d" % (k, v), file=out)
    lens = [len(r["text"]) for r in rows]
    buckets = c("<200" if L < 200 else "<600" if L < 600 else "<1500" if L < 1500 else "<3000" if L < 3000 else ">=3000"
                for L in lens)
    print("\nlength buckets: %s  max=%d  mean=%.0f" % (dict(sorted(buckets.items())), max(lens), sum(lens) / n), file=out)
    top = usage.most_common(3)
    print("most used templates: %s" % [(k[:50], v) for k, v in top], file=out)


def main(out_path):
    rng = random.Random(SEED)
    reg = build_registry()
    reg_by = collections.defaultdict(list)
    for e in reg:
        reg_by[(e.label, e.lang)].append(e)
    pools = {l: hide_pool(reg, l) for l in lx.LANGS}
    labels = ["inj"] * N_INJ + ["hard"] * N_HARD + ["benign"] * N_BENIGN
    rng.shuffle(labels)
    seen = set()
    usage = collections.Counter()
    rows, carriers = [], []
    for label in labels:
        row, carrier, _ = make_row(rng, reg_by, label, pools, seen, usage)
        rows.append(row)
        carriers.append(carrier)
    order = list(range(len(rows)))
    rng.shuffle(order)
    final = []
    for i, k in enumerate(order, 1):
        r = rows[k]
        final.append({"id": "twelfth-%05d" % i, "split": SPLIT, "source": r["source"], "lang": r["lang"],
                      "family": r["family"], "text": r["text"], "injection": r["injection"], "payload": r["payload"]})
    check(final)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    stats(final, [carriers[k] for k in order], usage)
    print("\nwrote %d rows" % len(final), file=sys.stderr)
