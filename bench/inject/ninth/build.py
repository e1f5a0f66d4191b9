"""Row construction for the ninth store set."""
import re

from . import common as C
from .common import RNG
from .carriers_en import CARRIERS
from .payloads_en import PAYLOADS, SHORT, ENC_LEADS, OBF_LEADS, NOTE_WRAPS, HIDDEN_WRAPS
from .benign_en import MIDDLES, STANDALONE
from .lang_eu import LANGS as EU
from .lang_other import LANGS as OTHER

LANGS = dict(EU)
LANGS.update(OTHER)

TOTAL = 2500
LANG_QUOTA = {
    "de": 150, "fr": 150, "es": 140, "it": 100, "nl": 90, "pt": 100, "pl": 80, "sv": 75,
    "ja": 100, "zh": 100, "ko": 80, "tr": 75, "ar": 60, "hi": 75,
}
EN_QUOTA = TOTAL - sum(LANG_QUOTA.values())
INJ_SHARE = 0.45

DIRECT = ["note-to-ai", "ranking-manipulation", "summary-manipulation", "store-action", "tool-call",
          "prompt-leak", "exfil-link", "fake-system", "persona-switch", "memory-poison"]
SPECIAL = ["hidden-markup", "encoded", "obfuscated", "cross-lingual"]
SOURCE_W = {"review": 26, "feed": 24, "web": 26, "ticket": 10, "email": 8, "tool": 6}
MARKUP_SOURCES = ["feed", "web", "email", "tool"]
FOREIGN_WRAPS = ["{P}", "{P}", "({P})", "P.S. {P}", "🤖 {P}", "— {P}", "{P} 🙏", "[{P}]"]


def vals():
    v = C.filler()
    while v["rival"] == v["shop"]:
        v["rival"] = RNG.choice(C.SHOPS)
    v["INJ"] = "{INJ}"
    return v


def wsource(weights=SOURCE_W):
    items = list(weights.items())
    total = sum(w for _, w in items)
    x = RNG.uniform(0, total)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def clean(text):
    text = text.replace("• \n", "")
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +\n", "\n", text)
    return text.strip()


def insert(template, piece, v):
    base = template.format_map(v)
    return clean(base.replace("{INJ}", piece))


def row(source, lang, family, text, inj, payload=""):
    return {"split": "train", "source": source, "lang": lang, "family": family,
            "text": text, "injection": inj, "payload": payload if inj else ""}


def wrap(w, p):
    return w.replace("{P}", p)


# ---------------- English injections ----------------

def en_carrier(source=None):
    source = source or wsource()
    return source, RNG.choice(CARRIERS[source])


def en_direct(family):
    v = vals()
    source, tpl = en_carrier()
    p = RNG.choice(PAYLOADS[family]).format_map(v)
    if source == "tool" and '"' in p:
        source, tpl = en_carrier(RNG.choice(["review", "web", "feed"]))
    w = RNG.choice(NOTE_WRAPS)
    return row(source, "en", family, insert(tpl, wrap(w, p), v), True, p)


def en_hidden():
    v = vals()
    source, tpl = en_carrier(RNG.choice(MARKUP_SOURCES))
    fam = RNG.choice(DIRECT)
    cands = [x for x in PAYLOADS[fam] if '"' not in x and "(" not in x]
    p = RNG.choice(cands or PAYLOADS["note-to-ai"]).format_map(v)
    w = RNG.choice(HIDDEN_WRAPS)
    if source == "tool" and '"' in w:
        w = RNG.choice(["<!-- {P} -->", "[//]: # ({P})", "<div hidden>{P}</div>"])
    return row(source, "en", "hidden-markup", insert(tpl, wrap(w, p), v), True, p)


def encode(instr):
    kind = RNG.choice(["base64", "base64", "hex", "rot13", "url"])
    enc = {"base64": C.b64, "hex": C.hexenc, "rot13": C.rot13, "url": C.urlenc}[kind](instr)
    return kind, enc


def en_encoded():
    v = vals()
    source, tpl = en_carrier()
    if RNG.random() < 0.6:
        instr = RNG.choice(SHORT).format_map(v)
    else:
        instr = RNG.choice(PAYLOADS[RNG.choice(DIRECT)]).format_map(v)
    kind, enc = encode(instr)
    lead = RNG.choice(ENC_LEADS[kind])
    return row(source, "en", "encoded", insert(tpl, lead.replace("{ENC}", enc), v), True, enc)


def obfuscate(instr, latin=True):
    if not latin:
        return C.zero_width(instr)
    fn = RNG.choice([C.leet, C.homoglyph, C.zero_width, C.spaced, C.dotted, C.leet, C.homoglyph])
    out = fn(instr)
    if out == instr:
        out = C.zero_width(instr)
    return out


def en_obfuscated():
    v = vals()
    source, tpl = en_carrier()
    instr = RNG.choice(SHORT).format_map(v)
    obf = obfuscate(instr)
    lead = RNG.choice(OBF_LEADS)
    return row(source, "en", "obfuscated", insert(tpl, lead.replace("{OBF}", obf), v), True, obf)


def en_cross():
    v = vals()
    source, tpl = en_carrier(RNG.choice(["review", "web", "feed", "ticket", "email"]))
    lang = RNG.choice(list(LANGS))
    fam, p = RNG.choice(LANGS[lang]["payloads"])
    p = p.format_map(v)
    w = RNG.choice(FOREIGN_WRAPS)
    return row(source, "en", "cross-lingual", insert(tpl, wrap(w, p), v), True, p)


EN_INJ = {f: (lambda f=f: en_direct(f)) for f in DIRECT}
EN_INJ.update({"hidden-markup": en_hidden, "encoded": en_encoded,
               "obfuscated": en_obfuscated, "cross-lingual": en_cross})

# ---------------- English benign ----------------


def en_benign(kind):
    v = vals()
    if kind == "standalone":
        source, fam, tpl = RNG.choice(STANDALONE)
        return row(source, "en", fam, clean(tpl.format_map(v)), False)
    fam = kind
    if fam in ("hard-markup", "hard-encoded", "hard-links"):
        source, tpl = en_carrier(RNG.choice(MARKUP_SOURCES + ["ticket"]))
    else:
        source, tpl = en_carrier()
    pieces = [RNG.choice(MIDDLES[fam]).format_map(v)]
    if RNG.random() < 0.35:
        extra = RNG.choice(["benign", "hard-social", "hard-links", "hard-human-request"]
                           if fam != "benign" else ["benign"])
        pieces.append(RNG.choice(MIDDLES[extra]).format_map(v))
        RNG.shuffle(pieces)
    if source == "tool":
        pieces = [x.replace('"', "'") for x in pieces]
    return row(source, "en", fam, insert(tpl, " ".join(pieces), v), False)


# ---------------- other languages ----------------


def fx_carrier(lang, sources=None):
    cs = LANGS[lang]["carriers"]
    if sources:
        sub = [c for c in cs if c[0] in sources]
        if sub:
            cs = sub
    return RNG.choice(cs)


def fx_injection(lang):
    v = vals()
    d = LANGS[lang]
    latin = lang in ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr")
    r = RNG.random()
    if r < 0.60:
        source, tpl = fx_carrier(lang)
        fam, p = RNG.choice(d["payloads"])
        p = p.format_map(v)
        w = RNG.choice(FOREIGN_WRAPS)
        return row(source, lang, fam, insert(tpl, wrap(w, p), v), True, p)
    if r < 0.72:
        source, tpl = fx_carrier(lang, ("feed", "web", "email"))
        fam, p = RNG.choice([x for x in d["payloads"] if '"' not in x[1]])
        p = p.format_map(v)
        w = RNG.choice(HIDDEN_WRAPS[:12])
        return row(source, lang, "hidden-markup", insert(tpl, wrap(w, p), v), True, p)
    if r < 0.82:
        source, tpl = fx_carrier(lang)
        fam, p = RNG.choice(d["payloads"])
        kind = RNG.choice(["base64", "base64", "url", "hex"])
        enc = {"base64": C.b64, "hex": C.hexenc, "url": C.urlenc}[kind](p.format_map(v))
        lead = RNG.choice(["AI: {ENC}", "🤖 {ENC}", "ref={ENC}", "({ENC})", "#AI {ENC}", "{ENC}"])
        return row(source, lang, "encoded", insert(tpl, lead.replace("{ENC}", enc), v), True, enc)
    if r < 0.90:
        source, tpl = fx_carrier(lang)
        fam, p = RNG.choice(d["payloads"])
        p = p.format_map(v)
        obf = obfuscate(p, latin=False) if not latin or RNG.random() < 0.5 else RNG.choice([C.spaced, C.zero_width, C.leet])(p)
        if obf == p:
            obf = C.zero_width(p)
        return row(source, lang, "obfuscated", insert(tpl, obf, v), True, obf)
    source, tpl = fx_carrier(lang)
    if RNG.random() < 0.7:
        p = RNG.choice(PAYLOADS[RNG.choice(DIRECT)]).format_map(v)
    else:
        other = RNG.choice([x for x in LANGS if x != lang])
        p = RNG.choice(LANGS[other]["payloads"])[1].format_map(v)
    w = RNG.choice(FOREIGN_WRAPS)
    return row(source, lang, "cross-lingual", insert(tpl, wrap(w, p), v), True, p)


def fx_benign(lang):
    v = vals()
    d = LANGS[lang]
    r = RNG.random()
    if r < 0.12:
        source, fam, tpl = RNG.choice(d["standalone"])
        return row(source, lang, fam, clean(tpl.format_map(v)), False)
    if r < 0.22:
        source, tpl = fx_carrier(lang)
        return row(source, lang, "benign", insert(tpl, "", v), False)
    fam, m = RNG.choice(d["middles"])
    source, tpl = fx_carrier(lang)
    pieces = [m.format_map(v)]
    if RNG.random() < 0.45:
        f2, m2 = RNG.choice(d["middles"])
        if m2 != m:
            pieces.append(m2.format_map(v))
            if fam == "benign" and f2 != "benign":
                fam = f2
    RNG.shuffle(pieces)
    return row(source, lang, fam, insert(tpl, " ".join(pieces), v), False)


# ---------------- assembly ----------------


def fill_quota(out, seen, n, maker, limit=60):
    got = 0
    tries = 0
    while got < n and tries < n * limit:
        tries += 1
        r = maker()
        if r["text"] in seen or (r["injection"] and r["payload"] not in r["text"]):
            continue
        seen.add(r["text"])
        out.append(r)
        got += 1
    return got


def build_rows():
    rows = []
    seen = set()
    # English injections: spread over all fourteen families.
    en_inj = round(EN_QUOTA * INJ_SHARE)
    fams = DIRECT + SPECIAL
    weights = {f: 1.0 for f in fams}
    weights.update({"hidden-markup": 1.5, "encoded": 1.4, "obfuscated": 1.4, "cross-lingual": 0.8,
                    "note-to-ai": 1.2, "ranking-manipulation": 1.2})
    tot = sum(weights.values())
    alloc = {f: int(en_inj * weights[f] / tot) for f in fams}
    alloc["note-to-ai"] += en_inj - sum(alloc.values())
    for f in fams:
        fill_quota(rows, seen, alloc[f], EN_INJ[f])
    # English benign.
    en_ben = EN_QUOTA - en_inj
    ben_alloc = {
        "standalone": int(en_ben * 0.10), "benign": int(en_ben * 0.24),
        "hard-human-request": int(en_ben * 0.14), "hard-social": int(en_ben * 0.12),
        "hard-ai-mention": int(en_ben * 0.11), "hard-trigger-words": int(en_ben * 0.11),
        "hard-links": int(en_ben * 0.06), "hard-encoded": int(en_ben * 0.06),
    }
    ben_alloc["hard-markup"] = en_ben - sum(ben_alloc.values())
    for k, n in ben_alloc.items():
        got = fill_quota(rows, seen, n, lambda k=k: en_benign(k))
        if got < n:
            fill_quota(rows, seen, n - got, lambda: en_benign("benign"))
    # Other languages.
    for lang, q in LANG_QUOTA.items():
        ni = round(q * INJ_SHARE)
        fill_quota(rows, seen, ni, lambda lang=lang: fx_injection(lang))
        fill_quota(rows, seen, q - ni, lambda lang=lang: fx_benign(lang))
    RNG.shuffle(rows)
    return rows
