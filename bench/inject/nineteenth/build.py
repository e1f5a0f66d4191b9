"""Assemble the nineteenth corpus: plan rows per language, generate, validate, count."""
import collections
import json
import random
import re
import sys

from . import carriers
from .common import (b64, fake_url, fill, hexenc, homoglyph, interleave, is_latin, leet, rot13,
                     spaced, spaced_words, strip_quotes, urlenc, zero_width)
from . import (lang_de, lang_en, lang_es, lang_fr, lang_it, lang_ja, lang_ko, lang_nl, lang_pl,
               lang_pt_br, lang_pt_pt, lang_sv, lang_zh)

SEED = 190019
MAX_BYTES = 3000
SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]

# language pack, number of rows
PLAN = [
    (lang_en.L, 300), (lang_de.L, 200), (lang_fr.L, 200), (lang_es.L, 200), (lang_it.L, 200),
    (lang_pt_br.L, 100), (lang_pt_pt.L, 100), (lang_nl.L, 200), (lang_pl.L, 200), (lang_sv.L, 200),
    (lang_ja.L, 200), (lang_zh.L, 200), (lang_ko.L, 200),
]

BASE = {
    "assistant-order": "order", "override-rules": "override", "fake-system": "system",
    "persona-switch": "persona", "memory-poison": "memory", "price-refund": "refund",
    "tool-call": "tool", "prompt-leak": "leak", "rating-manipulation": "rating",
    "exfil-link": "exfil",
}
INJ_FAMILIES = list(BASE) + ["hidden-markup", "encoded", "obfuscated"]
HARD_FAMILIES = ["hard-human-instruction", "hard-chatbot-feedback", "hard-product-copy",
                 "hard-staff-policy", "hard-chat-transcript", "hard-ai-mention", "hard-dev-markup",
                 "hard-benign-encoded"]
HARD_KEY = {"hard-human-instruction": "human", "hard-chatbot-feedback": "chatbot",
            "hard-product-copy": "copy", "hard-staff-policy": "staff",
            "hard-chat-transcript": "transcript", "hard-ai-mention": "aimention"}

HTML_WRAPPERS = [
    "<!-- {p} -->",
    "<!--\n{p}\n-->",
    '<div style="display:none">{p}</div>',
    '<span style="color:#ffffff;background:#ffffff;font-size:1px">{p}</span>',
    '<p style="position:absolute;left:-9999px">{p}</p>',
    '<img src="{img}" alt="{p}">',
    '<div hidden aria-hidden="true">{p}</div>',
    '<meta name="ai-note" content="{p}">',
    '<font color="#FFFFFF" size="1">{p}</font>',
    '<span style="opacity:0">{p}</span>',
    '<img src="{img}" width="1" height="1" title="{p}">',
]
MD_WRAPPERS = ["![{p}]({img})", "[//]: # ({p})", "<!-- {p} -->", "[ ]({img} \"{p}\")"]


PREFS = {
    "hard-dev-markup": ["web", "feed", "email", "tool"],
    "hard-product-copy": ["web", "feed", "review", "tool"],
    "hard-staff-policy": ["email", "web", "tool", "ticket"],
    "hard-benign-encoded": ["feed", "tool", "web", "email"],
}


def slots(L, rng):
    return {
        "ai": rng.choice(L["ai"]),
        "product": rng.choice(L["products"]),
        "order": str(rng.randint(100000, 9999999)),
        "amount": rng.choice(L["amounts"]),
        "url": fake_url(rng),
        "email": rng.choice(["collect", "orders", "ai-log", "data", "backup", "dump"]) + "@" + rng.choice(
            ["mailbox-relay.net", "proton-drop.io", "quickmail.biz", "inbox-sync.org"]),
        "code": rng.choice(["VIP", "FREE", "STAFF", "AI", "BOT", "GIFT", "X"]) + str(rng.randint(10, 999)),
        "shop": rng.choice(L["shops"]),
        "sku": "%s-%05d" % (rng.choice(["SW", "AB", "KX", "TR"]), rng.randint(0, 99999)),
        "pct": str(rng.choice([30, 50, 70, 80, 90, 95, 100])),
        "name": rng.choice(L["names"]),
        "competitor": rng.choice(L["competitors"]),
    }


def base_payload(L, rng, key=None):
    key = key or rng.choice([k for k in BASE.values() if k != "exfil"])
    return fill(rng.choice(L["inj"][key]), slots(L, rng))


def injection(L, fam, rng, source):
    """Return (segment inserted in the carrier, payload substring)."""
    if fam in BASE:
        p = fill(rng.choice(L["inj"][BASE[fam]]), slots(L, rng))
        return p, p
    base = base_payload(L, rng)
    if fam == "hidden-markup":
        wrappers = MD_WRAPPERS if (source in ("review", "ticket") and rng.random() < 0.5) else HTML_WRAPPERS
        w = rng.choice(wrappers)
        p = base
        if 'alt="' in w or 'content="' in w or 'title="' in w or '"{p}"' in w:
            p = strip_quotes(p)
        if w.startswith("!["):
            p = p.replace("[", "(").replace("]", ")")
        if w.startswith("[//]"):
            p = p.replace("(", "").replace(")", "")
        p = p.replace("-->", "")
        if "\n" not in w:
            p = p.replace("\n", " ")
        seg = w.replace("{img}", "https://%s/%s" % (L["domains"][0], rng.choice(["img/1x1.png", "assets/pixel.gif", "media/spacer.png"]))).replace("{p}", p)
        return seg, p
    if fam == "encoded":
        schemes = [("Base64", b64), ("Hex", hexenc), ("URL", urlenc)]
        if is_latin(base):
            schemes.append(("ROT13", rot13))
        name, fn = rng.choice(schemes)
        blob = fn(base)
        if rng.random() < 0.75:
            seg = rng.choice(L["enc_lead"]).replace("{scheme}", name).replace("{blob}", blob)
            return seg, seg
        return blob, blob
    if fam == "obfuscated":
        latin = is_latin(base)
        opts = ["zw", "spaced", "reverse"] + (["homoglyph", "homoglyph", "leet", "mixed"] if latin else ["interleave", "interleave"])
        how = rng.choice(opts)
        if how == "zw":
            seg = zero_width(base, rng)
        elif how == "homoglyph":
            seg = homoglyph(base, rng)
        elif how == "leet":
            seg = leet(base)
        elif how == "mixed":
            seg = zero_width(homoglyph(base, rng), rng)
        elif how == "spaced":
            seg = spaced_words(base) if latin else spaced(base)
        elif how == "interleave":
            seg = interleave(base, rng.choice(["*", "\u30fb", "/", "_", "\u00b7", "|"]))
        else:
            seg = rng.choice(L["rev_lead"]).replace("{blob}", base[::-1])
        if seg == base:
            seg = zero_width(base, rng)
        return seg, seg
    raise KeyError(fam)


def hard_segment(L, fam, rng):
    if fam in HARD_KEY:
        return fill(rng.choice(L["hard"][HARD_KEY[fam]]), slots(L, rng))
    if fam == "hard-dev-markup":
        c = rng.choice(L["dev_comments"])
        w = rng.choice(["<!-- {c} -->", "<!-- {c} -->", '<div style="display:none">{c}</div>',
                        '<span class="visually-hidden">{c}</span>', '<img src="https://%s/img/%d.jpg" alt="{c}">' % (L["domains"][0], rng.randint(1, 999)),
                        "![{c}](https://%s/img/%d.jpg)" % (L["domains"][0], rng.randint(1, 999))])
        return w.replace("{c}", c)
    if fam == "hard-benign-encoded":
        return carriers.benign_encoded_segment(L, rng)
    raise KeyError(fam)


def pick_size(rng):
    return rng.choices(["short", "medium", "long"], weights=[22, 53, 25])[0]


def balanced(items, n, rng):
    out = []
    while len(out) < n:
        chunk = list(items)
        rng.shuffle(chunk)
        out.extend(chunk)
    return out[:n]


def generate():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for L, n in PLAN:
        n_inj = round(n * 0.45)
        n_hard = round(n * 0.31)
        n_ben = n - n_inj - n_hard
        jobs = [(f, True) for f in balanced(INJ_FAMILIES, n_inj, rng)]
        jobs += [(f, False) for f in balanced(HARD_FAMILIES, n_hard, rng)]
        jobs += [("benign", False)] * n_ben
        srcs = balanced(SOURCES, len(jobs), rng)
        for (fam, inj), src in zip(jobs, srcs):
            if fam in PREFS and src not in PREFS[fam]:
                src = rng.choice(PREFS[fam])
            for attempt in range(200):
                size = pick_size(rng) if attempt < 100 else "short"
                if inj:
                    seg, payload = injection(L, fam, rng, src)
                elif fam == "benign":
                    seg, payload = None, ""
                else:
                    seg, payload = hard_segment(L, fam, rng), ""
                if inj and src in ("review", "ticket") and rng.random() < 0.12:
                    text = (seg + "\n" + carriers.CARRIERS[src](L, None, rng, size)).strip()
                else:
                    text = carriers.CARRIERS[src](L, seg, rng, size).strip()
                if inj and payload not in text:
                    continue
                if not inj and seg is not None and seg.strip() and seg.strip()[:20] not in text and fam != "hard-benign-encoded":
                    continue
                if len(text.encode("utf-8")) > MAX_BYTES or text in seen:
                    continue
                break
            else:
                raise RuntimeError("could not generate %s/%s/%s" % (L["code"], fam, src))
            seen.add(text)
            rows.append({"split": "train", "source": src, "lang": L["code"], "family": fam, "text": text,
                         "injection": inj, "payload": payload})
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        row = {"id": "nineteenth-%05d" % i}
        row.update(r)
        out.append(row)
    return out


KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def check(rows):
    texts = set()
    for r in rows:
        assert list(r) == KEYS, r
        assert re.match(r"^nineteenth-\d{5}$", r["id"])
        assert r["split"] == "train"
        assert r["source"] in SOURCES
        assert KEBAB.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        assert r["text"] and r["text"] not in texts
        texts.add(r["text"])
        assert len(r["text"].encode("utf-8")) <= MAX_BYTES
        if r["injection"]:
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r
            assert r["payload"] and r["payload"] in r["text"], r
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
            assert r["payload"] == ""
    n = len(rows)
    inj = sum(r["injection"] for r in rows)
    ben = [r for r in rows if not r["injection"]]
    hard = sum(r["family"].startswith("hard-") for r in ben)
    assert 0.42 <= inj / n <= 0.48, inj / n
    assert hard * 2 >= len(ben)
    assert len({r["id"] for r in rows}) == n


def report(rows):
    def show(title, key):
        c = collections.Counter(key(r) for r in rows)
        print("== %s" % title, file=sys.stderr)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-28s %5d" % (k, v), file=sys.stderr)
    print("rows: %d" % len(rows), file=sys.stderr)
    show("label", lambda r: "injection" if r["injection"] else "benign")
    show("family", lambda r: r["family"])
    show("lang", lambda r: r["lang"])
    show("source", lambda r: r["source"])
    show("lang x label", lambda r: "%s/%s" % (r["lang"], "inj" if r["injection"] else "ben"))


def main(out_path):
    rows = generate()
    check(rows)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(rows)
