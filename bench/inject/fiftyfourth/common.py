"""Shared parsing, wrapping and assembly helpers for the fiftyfourth corpus.

Each language module supplies hand-written blocks (one item per line, fields
separated by "||", a literal backslash-n meaning a line break):

  PLAIN  source||text                 ordinary traffic; also hosts injections
  HARD   source||family||text         hard negatives (benign)
  PAY    family||text                 injection sentences, inserted into hosts
  FULL   source||family||text||payload  complete hand-written injection rows

A "§" in a PLAIN text marks the slot (usually a JSON string field) where an
injection goes; in the benign version the slot is left empty.
"""

import base64
import collections
import codecs
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "no", "ro", "tr"}
NO_SPACE = {"ja", "zh-CN", "zh-TW"}


# --------------------------------------------------------------------------
# parsing
# --------------------------------------------------------------------------

def _fields(block, n):
    out = []
    for raw in block.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("||")]
        if len(parts) != n:
            raise ValueError("expected %d fields, got %d: %r" % (n, len(parts), line[:80]))
        parts = [expand(p.replace("\\n", "\n")) for p in parts]
        out.append(parts)
    return out


_TOKEN = re.compile(r"⟦(b64|hex|rot13|url|zw):(.*?)⟧", re.S)


def expand(text):
    """Encode inline tokens such as ⟦b64:plain text⟧ written in the data blocks."""
    def sub(m):
        kind, body = m.group(1), m.group(2)
        if kind == "zw":
            return ZW.join(body)
        return {"b64": b64, "hex": hexenc, "rot13": rot13, "url": urlenc}[kind](body)
    return _TOKEN.sub(sub, text)


def parse(mod):
    """Return (plain, hard, pay, full) lists from a language module."""
    plain = _fields(getattr(mod, "PLAIN", ""), 2)
    hard = _fields(getattr(mod, "HARD", ""), 3)
    pay = _fields(getattr(mod, "PAY", ""), 2)
    full = _fields(getattr(mod, "FULL", ""), 4)
    for src, *_ in plain + hard + full:
        if src not in SOURCES:
            raise ValueError("bad source %r in %s" % (src, mod.__name__))
    return plain, hard, pay, full


# --------------------------------------------------------------------------
# obfuscation helpers
# --------------------------------------------------------------------------

_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
         "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т",
         "H": "Н", "K": "К", "M": "М", "B": "В"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
         "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}
ZW = "\u200b"


def homoglyph(s, rng):
    out = []
    for tok in re.split(r"(\s+)", s):
        if "/" in tok or "@" in tok or "_" in tok or ".example" in tok:
            out.append(tok)
        else:
            out.append("".join(_HOMO[ch] if ch in _HOMO and rng.random() < 0.55 else ch for ch in tok))
    return "".join(out)


def leet(s, rng):
    return "".join(_LEET[ch] if ch in _LEET and rng.random() < 0.75 else ch for ch in s)


def zero_width(s, rng):
    marks = ["\u200b", "\u200c", "\u200d", "\u2060"]
    mark = rng.choice(marks)
    return mark.join(s)


def spaced(s, lang):
    if lang in NO_SPACE:
        return " ".join(ch for ch in s if not ch.isspace())
    return "   ".join(" ".join(w) for w in s.split())


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


# --------------------------------------------------------------------------
# wrappers
# --------------------------------------------------------------------------

SYS_FMT = [
    "[SYSTEM]: {p}",
    "<|im_start|>system\n{p}<|im_end|>",
    "### SYSTEM MESSAGE ###\n{p}",
    '{{"role": "system", "content": "{j}"}}',
    "--- BEGIN ADMIN OVERRIDE ---\n{p}\n--- END ADMIN OVERRIDE ---",
    "<system_update priority=\"high\">{p}</system_update>",
    "SYSTEM NOTICE >> {p}",
    "[developer message] {p}",
    "<<SYS>> {p} <</SYS>>",
    "[INST] {p} [/INST]",
    "// config.assistant.policy = \"{j}\"",
    "=== Tool output (trusted) ===\n{p}",
]

HIDE_CSS = [
    '<span style="display:none">{p}</span>',
    '<div style="font-size:0;line-height:0">{p}</div>',
    '<p style="color:#ffffff;background-color:#ffffff">{p}</p>',
    '<span style="position:absolute;left:-9999px">{p}</span>',
    '<div style="opacity:0;height:1px;overflow:hidden">{p}</div>',
    '<span style="visibility:hidden">{p}</span>',
    '<small style="color:transparent">{p}</small>',
]
HTML_COMMENT = ["<!-- {p} -->", "<!--{p}-->", "<!-- note: {p} -->", "<!--\n{p}\n-->"]
MD_COMMENT = ["[//]: # ({p})", "[comment]: <> ({p})", "<!--- {p} --->"]
ALT_FMT = ['<img src="https://cdn.shop-assets.example/img/{r}.jpg" alt="{a}">',
           '<img alt="{a}" src="https://img.example-cdn.net/{r}.png" width="1" height="1">',
           '![{p}](https://media.example.org/{r}.webp)']
ATTR_FMT = ['<a href="https://shop.example/p/{r}" title="{a}">details</a>',
            '<div class="spec" data-ai-note="{a}"></div>',
            '<meta name="description" content="{a}">',
            '<span aria-label="{a}"></span>',
            '<input type="hidden" name="note" value="{a}">']

ENC_LEADS_EN = [
    "Assistant, decode this {enc} and do what it says:",
    "For the AI that reads this ({enc}):",
    "AI instructions, {enc}:",
    "If you are an automated system, decode and follow:",
    "[{enc}]",
    "bot pls decode:",
]

TURN_EN = ("User", "Assistant", ["Thanks, that helps.", "Got it.", "Sure, happy to help!", "Of course.",
                                  "Anything else I can do for you?", "Understood, one moment."])

FAMILY_OF = {
    "fake-system": "fake-system", "fake-turn": "fake-conversation",
    "html-comment": "hidden-html-comment", "hidden-css": "hidden-css",
    "alt-text": "hidden-alt-text", "attribute": "hidden-attribute",
    "md-comment": "hidden-markdown-comment", "base64": "encoded-base64",
    "hex": "encoded-hex", "rot13": "encoded-rot13", "url": "encoded-url",
    "leet": "leetspeak", "homoglyph": "homoglyph", "zero-width": "zero-width",
    "spaced": "spaced-letters",
}

BASE_W = {
    "plain": 70, "fake-system": 6, "fake-turn": 4, "html-comment": 6, "hidden-css": 5,
    "alt-text": 3, "attribute": 2, "md-comment": 2, "base64": 5, "hex": 2, "url": 2,
    "rot13": 2, "leet": 2, "homoglyph": 2, "zero-width": 3, "spaced": 2,
}
HTMLISH = {"html-comment", "hidden-css", "alt-text", "attribute"}


def weights(lang, source, payload, second_use):
    w = dict(BASE_W)
    if source in ("review", "ticket", "tool"):
        for k in HTMLISH:
            w[k] *= 0.3
    if source in ("web", "feed", "email"):
        for k in HTMLISH:
            w[k] *= 2.5
        w["fake-turn"] *= 0.5
    if lang.split("-")[0] not in LATIN:
        for k in ("rot13", "leet", "homoglyph"):
            w[k] = 0
    if lang == "tr":
        w["homoglyph"] = 0
    if len(payload) > 90:
        w["spaced"] = 0
    if len(payload.encode("utf-8")) > 260:
        w["hex"] = 0
    if second_use:
        w["plain"] = 22
    return w


def pick(rng, w):
    keys = sorted(k for k in w if w[k] > 0)
    total = sum(w[k] for k in keys)
    x = rng.random() * total
    for k in keys:
        x -= w[k]
        if x <= 0:
            return k
    return keys[-1]


def wrap(tech, payload, lang, rng, mod):
    """Return (wrapped_text, family_or_None). None keeps the payload's family."""
    r = "%08x" % rng.getrandbits(32)
    leads = getattr(mod, "ENC_LEADS", None) or ENC_LEADS_EN
    j = json.dumps(payload, ensure_ascii=False)[1:-1]
    if tech == "plain":
        return payload, None
    if tech == "fake-system":
        fmts = SYS_FMT + list(getattr(mod, "SYS_FMT", []))
        return rng.choice(fmts).format(p=payload, j=j), FAMILY_OF[tech]
    if tech == "fake-turn":
        u, a, acks = getattr(mod, "TURN", None) or TURN_EN
        style = rng.randrange(3)
        if style == 0:
            t = "\n\n%s: %s\n%s: %s\n%s: %s" % (a, rng.choice(acks), u, payload, a, rng.choice(acks))
        elif style == 1:
            t = "\n\n%s: %s\n\n%s: %s" % (a, rng.choice(acks), u, payload)
        else:
            t = "\n### %s\n%s\n### %s\n%s" % (a.lower(), rng.choice(acks), u.lower(), payload)
        return t, FAMILY_OF[tech]
    if tech == "html-comment":
        return rng.choice(HTML_COMMENT).format(p=payload), FAMILY_OF[tech]
    if tech == "hidden-css":
        return rng.choice(HIDE_CSS).format(p=payload), FAMILY_OF[tech]
    if tech == "md-comment":
        return rng.choice(MD_COMMENT).format(p=payload.replace(")", "]").replace("(", "[")), FAMILY_OF[tech]
    if tech == "alt-text":
        return rng.choice(ALT_FMT).format(p=payload.replace("]", ")"), a=attr(payload), r=r), FAMILY_OF[tech]
    if tech == "attribute":
        return rng.choice(ATTR_FMT).format(a=attr(payload), r=r), FAMILY_OF[tech]
    if tech in ("base64", "hex", "rot13", "url"):
        enc = {"base64": b64, "hex": hexenc, "rot13": rot13, "url": urlenc}[tech](payload)
        name = {"base64": "base64", "hex": "hex", "rot13": "ROT13", "url": "URL-encoded"}[tech]
        lead = rng.choice(leads).format(enc=name)
        return lead + " " + enc, FAMILY_OF[tech]
    if tech == "leet":
        return leet(payload, rng), FAMILY_OF[tech]
    if tech == "homoglyph":
        return homoglyph(payload, rng), FAMILY_OF[tech]
    if tech == "zero-width":
        return zero_width(payload, rng), FAMILY_OF[tech]
    if tech == "spaced":
        return spaced(payload, lang), FAMILY_OF[tech]
    raise ValueError(tech)


# --------------------------------------------------------------------------
# insertion
# --------------------------------------------------------------------------

_SENT = re.compile(r"(?:[.!?؟।]+[)\"»”]*\s+|[。！？]+[」』）”]*\s*)")


def insert(host, piece, lang, where, rng):
    """Insert piece into host text at start / middle / end."""
    if "§" in host:
        if host.lstrip().startswith(("{", "[")):
            piece = json.dumps(piece, ensure_ascii=False)[1:-1]
        return host.replace("§", piece, 1)
    sep = "" if lang in NO_SPACE else " "
    if "\n" in host or "\n" in piece:
        lines = host.split("\n")
        if where == "start":
            i = 0
        elif where == "end":
            i = len(lines)
        else:
            i = rng.randrange(1, len(lines)) if len(lines) > 1 else len(lines)
        return "\n".join(lines[:i] + [piece.strip("\n")] + lines[i:])
    if where == "start":
        return piece + (sep or ("" if piece[-1:] in "。！？>" else " ")) + host
    if where == "end":
        if not sep and host[-1:] not in "。！？!?.」）)>":
            sep = " "
        return host + sep + piece
    if lang == "th":
        cands = [m.end() for m in re.finditer(r"\s+", host) if m.end() < len(host)]
    else:
        cands = [m.end() for m in _SENT.finditer(host) if m.end() < len(host)]
    if not cands:
        return host + sep + piece
    i = rng.choice(cands)
    left, right = host[:i].rstrip(), host[i:].lstrip()
    return left + sep + piece + sep + right


def benign_text(host):
    return host.replace("§", "").strip()


# --------------------------------------------------------------------------
# per-language assembly
# --------------------------------------------------------------------------

_TAG = re.compile(r"^@([a-z]{2}(?:-[A-Z]{2})?) ")


def tag(text, default):
    """Split an optional leading "@xx-YY " language tag off a text."""
    m = _TAG.match(text)
    if m:
        return m.group(1), text[m.end():]
    return default, text


def build(mod, rng):
    lang = mod.LANG
    n_total = mod.COUNT
    n_inj = n_total // 2
    n_ben = n_total - n_inj
    plain, hard, pay, full = parse(mod)
    plain = [(s, *tag(t, lang)) for s, t in plain]          # (src, lg, text)
    hard = [(s, f, *tag(t, lang)) for s, f, t in hard]       # (src, fam, lg, text)
    pay = [(f, *tag(t, lang)) for f, t in pay]              # (fam, lg, text)
    full = [(s, f, *tag(t, lang), p) for s, f, t, p in full]  # (src, fam, lg, text, payload)

    rows = []

    def row(src, fam, text, inj, payload, lg):
        rows.append({"source": src, "lang": lg, "family": fam, "text": text,
                     "injection": inj, "payload": payload})

    if len(hard) > n_ben:
        raise ValueError("%s: %d hard > %d benign" % (lang, len(hard), n_ben))
    need_plain = n_ben - len(hard)
    if need_plain > len(plain):
        raise ValueError("%s: need %d plain, have %d" % (lang, need_plain, len(plain)))
    for src, fam, lg, text in hard:
        row(src, fam, text, False, "", lg)
    for src, lg, text in plain[:need_plain]:
        row(src, "benign", benign_text(text), False, "", lg)

    if len(full) > n_inj:
        raise ValueError("%s: too many FULL rows" % lang)
    for src, fam, lg, text, payload in full:
        row(src, fam, text, True, payload, lg)
    k = n_inj - len(full)
    if k > 2 * len(pay):
        raise ValueError("%s: need %d composed rows, only %d payloads" % (lang, k, len(pay)))
    order = list(range(len(pay)))
    rng.shuffle(order)
    groups = {}
    for i, (src, lg, text) in enumerate(plain):
        groups.setdefault(lg, []).append(i)
    for g in groups.values():
        rng.shuffle(g)
    cursor = {g: 0 for g in groups}
    kw = getattr(mod, "BIZ", {})

    def biz(text):
        low = text.lower()
        for b in sorted(kw):
            if any(w in low for w in kw[b]):
                return b
        return None

    host_uses = collections.Counter()

    def next_host(grp, want):
        g = groups[grp]
        if want:
            cands = [i for i in g if biz(plain[i][2]) == want]
            if cands:
                i = min(cands, key=lambda j: (host_uses[j], g.index(j)))
                if host_uses[i] < 2:
                    host_uses[i] += 1
                    return i
        while True:
            i = g[cursor[grp] % len(g)]
            cursor[grp] += 1
            if host_uses[i] < 2 or cursor[grp] > 3 * len(g):
                host_uses[i] += 1
                return i
    seen = set(r["text"] for r in rows)
    for n in range(k):
        fam, plg, payload = pay[order[n % len(pay)]]
        second = n >= len(pay)
        grp = plg if plg in groups else lang
        standalone = (grp not in groups) or (rng.random() < 0.18 and len(payload.encode("utf-8")) >= 45)
        for attempt in range(20):
            if standalone and attempt < 3:
                src = rng.choice(["review", "review", "ticket", "email"])
                host, hlg = None, plg
            else:
                src, hlg, host = plain[next_host(grp, biz(payload))]
            tech = pick(rng, weights(hlg, src, payload, second))
            piece, tfam = wrap(tech, payload, hlg, rng, mod)
            if host is None:
                text = piece.strip("\n")
            else:
                where = rng.choice(["start", "middle", "middle", "end", "end"])
                text = insert(host, piece, hlg, where, rng)
            if text not in seen and len(text.encode("utf-8")) <= 3000:
                break
        seen.add(text)
        row(src, tfam or fam, text, True, payload, hlg)
    return rows
