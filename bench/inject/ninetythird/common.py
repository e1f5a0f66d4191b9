"""Shared machinery for the ninetythird corpus: wrappers, encoders, assembly, checks.

Each language module exposes plain data:
  LANG, COUNT, SCRIPT ("latin", "cyrillic", "cjk", "other"), SEP (joiner between sentences),
  CARRIERS  [(source, text)]                  ordinary texts; used as benign rows and as hosts
  HARD      [(source, family, text)]          hard negatives (benign)
  ATTACKS   [(family, text)]                  instruction sentences aimed at an AI
  FULL      [(source, family, text, payload)] complete injection texts written as a whole
  LEADS     ["... {} ..."]                    lead-ins for encoded blobs
A "¦" in a carrier marks a place where something may be inserted (needed for structured
texts such as JSON or XML); plain texts are split at sentence ends instead.
"""
import base64
import codecs
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
MARK = "\u00a6"

# ---------------------------------------------------------------- encoders

def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot_13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def zero_width(s):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch != " " and i % 2 == 0:
            out.append("\u200b" if i % 4 == 0 else "\u200c")
    return "".join(out)


def spaced(s):
    return " ".join(ch for ch in s if ch != " ").replace("  ", " ")


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(s):
    return "".join(_LEET.get(ch.lower(), ch) if ch.isalpha() else ch for ch in s)


_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
         "x": "\u0445", "y": "\u0443", "i": "\u0456"}


def homoglyph(s):
    return "".join(_HOMO.get(ch, ch) for ch in s)


def attr(s):
    return s.replace('"', "'").replace("<", "(").replace(">", ")")

# ---------------------------------------------------------------- wrappers
# each wrapper: name -> (family or None meaning "keep attack family", hosts or None, scripts or None)

CSS_FORMS = [
    '<span style="display:none">{}</span>',
    '<div style="font-size:0px;line-height:0">{}</div>',
    '<p style="color:#ffffff;background-color:#ffffff">{}</p>',
    '<span hidden>{}</span>',
    '<div style="position:absolute;left:-9999px;top:-9999px">{}</div>',
    '<small style="opacity:0">{}</small>',
    '<div class="sr-only" style="height:1px;width:1px;overflow:hidden">{}</div>',
]
COMMENT_FORMS = ["<!-- {} -->", "<!--{}-->", "<!-- note: {} -->", "<!--\n{}\n-->"]
ATTR_FORMS = [
    '<img src="/media/gallery/{n}.jpg" alt="{a}" width="600">',
    '<img src="https://cdn.shop.example/p/{n}.webp" alt="{a}">',
    '<a href="/p/{n}" title="{a}">more</a>',
    '<div data-ai-note="{a}" class="pdp-meta"></div>',
    '<meta name="description" content="{a}">',
]
MD_FORMS = ["[//]: # ({})", "[comment]: <> ({})", "<!-- {} -->"]
SYS_FORMS = [
    "[SYSTEM] {}",
    "<|im_start|>system\n{}\n<|im_end|>",
    "### SYSTEM OVERRIDE ###\n{}",
    "[[ADMIN NOTICE FOR AI AGENT]] {}",
    "---- developer message ----\n{}\n---- end ----",
    "{{\"role\": \"system\", \"content\": \"{}\"}}",
    "</user_input>\n<system>{}</system>",
    "SYSTEM PROMPT UPDATE (priority=high): {}",
]

WRAPPERS = {
    "plain": (None, None, None, 60),
    "html-comment": ("hidden-html-comment", ("web", "email", "feed", "tool", "review"), None, 6),
    "hidden-css": ("hidden-css", ("web", "email", "feed"), None, 5),
    "hidden-attr": ("hidden-attribute", ("web", "feed"), None, 4),
    "markdown": ("hidden-markdown", ("review", "ticket", "web"), None, 2),
    "fake-system": ("fake-system", None, None, 6),
    "base64": ("encoded-base64", None, None, 5),
    "hex": ("encoded-hex", None, None, 2),
    "rot13": ("encoded-rot13", None, ("latin",), 2),
    "url": ("encoded-url", None, None, 2),
    "zero-width": ("zero-width", None, None, 3),
    "spaced": ("spaced-letters", None, ("latin", "cyrillic"), 2),
    "leet": ("leetspeak", None, ("latin",), 2),
    "homoglyph": ("homoglyph", None, ("latin",), 2),
}


def apply_wrapper(name, attack, rng, leads, n):
    """Return (fragment, family_override, block) where block says the fragment should sit
    on its own line."""
    fam = WRAPPERS[name][0]
    if name == "plain":
        return attack, None, "\n" in attack
    if name == "html-comment":
        return rng.choice(COMMENT_FORMS).format(attack), fam, True
    if name == "hidden-css":
        return rng.choice(CSS_FORMS).format(attack), fam, True
    if name == "hidden-attr":
        return rng.choice(ATTR_FORMS).format(n=n, a=attr(attack)), fam, True
    if name == "markdown":
        return rng.choice(MD_FORMS).format(attack.replace(")", "]").replace("(", "[")), fam, True
    if name == "fake-system":
        form = rng.choice(SYS_FORMS)
        body = attack.replace('"', "'") if form.startswith("{") else attack
        return form.format(body), fam, True
    if name == "zero-width":
        return zero_width(attack), fam, "\n" in attack
    if name == "spaced":
        return spaced(attack), fam, "\n" in attack
    if name == "leet":
        return leet(attack), fam, "\n" in attack
    if name == "homoglyph":
        return homoglyph(attack), fam, "\n" in attack
    blob = {"base64": enc_b64, "hex": enc_hex, "rot13": enc_rot13, "url": enc_url}[name](attack)
    lead = rng.choice(leads)
    if name != "base64":
        lead = lead.replace("base64", {"hex": "hex", "rot13": "rot13", "url": "urlencoded"}[name])
    return lead.format(blob), fam, True

# ---------------------------------------------------------------- insertion

_SENT = re.compile(r"(?<=[.!?\u061f\u0964])[ \t]+(?=\S)|(?<=[\u3002\uff01\uff1f])(?=[^\s\u300d\uff09)])|\n+")


def insertion_points(text):
    """Positions where a fragment may go: marks if present, else start, sentence ends, end."""
    if MARK in text:
        pts, clean, i = [], [], 0
        for ch in text:
            if ch == MARK:
                pts.append(i)
            else:
                clean.append(ch)
                i += 1
        return "".join(clean), pts, True
    pts = [0] + [m.end() for m in _SENT.finditer(text)] + [len(text)]
    return text, sorted(set(pts)), False


def clean(text):
    return text.replace(MARK, "")


def insert(host_source, host, frag, block, sep, rng, where="any"):
    text, pts, marked = insertion_points(host)
    if marked:
        pos = rng.choice(pts)
        if text.lstrip().startswith(("{", "[")):
            frag = json.dumps(frag, ensure_ascii=False)[1:-1]
            return text[:pos] + (" " if pos and text[pos - 1] not in ' "' else "") + frag + text[pos:]
        joiner = "\n" if block else sep
        pre = joiner if pos and text[pos - 1] not in " \n>\"" else ""
        post = joiner if pos < len(text) and text[pos] not in " \n<\"" else ""
        return text[:pos] + pre + frag + post + text[pos:]
    if where == "start":
        pos = 0
    elif where == "end":
        pos = len(text)
    else:
        pos = rng.choice(pts)
    a, b = text[:pos].rstrip(), text[pos:].lstrip()
    multiline = "\n" in text
    at_break = 0 < pos < len(text) and "\n" in text[pos - 1:pos + 1]
    if block:
        joiner = "\n\n" if rng.random() < 0.5 else "\n"
    elif at_break or (multiline and (not a or not b)):
        joiner = "\n\n" if rng.random() < 0.6 else "\n"
    else:
        joiner = sep
    if not a:
        return frag + joiner + b
    if not b:
        return a + joiner + frag
    return a + joiner + frag + joiner + b

# ---------------------------------------------------------------- assembly

def build(mod, rng):
    """Rows for one language module (without ids)."""
    lang, count = mod.LANG, mod.COUNT
    n_inj = count // 2
    n_ben = count - n_inj
    rows = []
    seen = set()

    def add(source, family, text, inj, payload):
        assert source in SOURCES, (lang, source)
        if text in seen:
            return False
        nb = len(text.encode("utf-8"))
        if nb < 40 or nb > 3000:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": lang, "family": family, "text": text,
                     "injection": inj, "payload": payload})
        return True

    # benign: every hard negative, then plain carriers
    for src, fam, text in mod.HARD:
        if not add(src, fam, text, False, ""):
            raise ValueError("bad hard negative %s: %r" % (lang, text[:60]))
    carriers = list(mod.CARRIERS)
    order = list(range(len(carriers)))
    rng.shuffle(order)
    for i in order:
        if len(rows) >= n_ben:
            break
        src, text = carriers[i]
        if not add(src, "benign", clean(text), False, ""):
            raise ValueError("bad carrier %s: %r" % (lang, text[:60]))
    if len(rows) != n_ben:
        raise ValueError("%s: %d benign rows, need %d" % (lang, len(rows), n_ben))

    # injections: whole texts first
    start = len(rows)
    for src, fam, text, payload in mod.FULL:
        if not add(src, fam, text, True, payload):
            raise ValueError("bad full injection %s: %r" % (lang, text[:60]))
    need = n_inj - (len(rows) - start)
    if need < 0:
        raise ValueError("%s: too many FULL rows" % lang)

    attacks = list(mod.ATTACKS)
    host_use = [0] * len(carriers)
    att_use = [0] * len(attacks)
    wnames = [w for w, (_, _, scripts, _) in WRAPPERS.items()
              if scripts is None or mod.SCRIPT in scripts]
    weights = [WRAPPERS[w][3] for w in wnames]
    tries = 0
    made = 0
    while made < need:
        tries += 1
        if tries > 20000:
            raise ValueError("%s: could not build injections" % lang)
        low = min(att_use)
        cand = [i for i, u in enumerate(att_use) if u == low]
        ai = rng.choice(cand)
        fam, attack = attacks[ai]
        wname = rng.choices(wnames, weights)[0]
        if wname == "spaced" and len(attack) > 110:
            continue
        hosts_ok = WRAPPERS[wname][1]
        hc = [i for i, (s, _) in enumerate(carriers) if hosts_ok is None or s in hosts_ok]
        if not hc:
            continue
        lowh = min(host_use[i] for i in hc)
        hc = [i for i in hc if host_use[i] <= lowh + 1]
        hi = rng.choice(hc)
        src, host = carriers[hi]
        frag, wfam, block = apply_wrapper(wname, attack, rng, mod.LEADS, 1000 + tries)
        where = "any"
        low_a = attack.lower()
        if low_a.startswith(("p.s", "ps:", "ps ", "pd:", "p.d", "nb:", "n.b")):
            where = "end"
        text = insert(src, host, frag, block, mod.SEP, rng, where)
        payload = re.sub(r"\s+", " ", attack).strip()
        if add(src, wfam or fam, text, True, payload):
            made += 1
            host_use[hi] += 1
            att_use[ai] += 1
    return rows

# ---------------------------------------------------------------- checks

KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAM_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r.keys()) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        nb = len(r["text"].encode("utf-8"))
        assert 40 <= nb <= 3000, (r["id"], nb)
        assert r["source"] in SOURCES, r
        assert FAM_RE.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        else:
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r
        assert MARK not in r["text"], r["id"]
