"""Shared machinery: encoders, hiding wrappers and per-source renderers.

Language modules supply the words; this module supplies the containers
(ticket headers, feed records, HTML pages, tool results) and the ways an
instruction can be tucked into them.
"""

import base64
import codecs
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

# Wrapper families: the payload is an ordinary instruction, the family names
# the way it is hidden or disguised.
HIDDEN = ("hidden-html-comment", "hidden-css", "hidden-attribute", "markdown-comment")
ENCODED = ("encoded-base64", "encoded-hex", "encoded-rot13", "encoded-url")
OBFUSCATED = ("obfuscated-leetspeak", "obfuscated-homoglyph", "obfuscated-zero-width",
              "obfuscated-spaced")
LATIN_ONLY = {"encoded-rot13", "obfuscated-leetspeak", "obfuscated-homoglyph"}

WRAP_SOURCES = {
    "hidden-html-comment": ("web", "email", "feed", "tool"),
    "hidden-css": ("web", "email", "feed", "tool"),
    "hidden-attribute": ("web", "email", "feed", "tool"),
    "markdown-comment": ("review", "ticket", "feed", "web"),
}

ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d",
        "K": "\u041a", "M": "\u041c", "B": "\u0412"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
        "I": "1", "O": "0", "S": "5", "T": "7"}


def is_cjk(lang):
    return lang.split("-")[0] in ("ja", "zh", "ko")


def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s, rng):
    h = s.encode("utf-8").hex()
    style = rng.randrange(3)
    if style == 0:
        return h
    if style == 1:
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    return "".join("\\x" + h[i:i + 2] for i in range(0, len(h), 2))


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def leet(s):
    out = []
    for tok in s.split(" "):
        if any(ch in tok for ch in "/:@_{}=<>[]#"):
            out.append(tok)
        else:
            out.append("".join(LEET.get(ch, ch) for ch in tok))
    return " ".join(out)


def homoglyph(s, rng):
    out = []
    for ch in s:
        if ch in HOMO and rng.random() < 0.6:
            out.append(HOMO[ch])
        else:
            out.append(ch)
    return "".join(out)


def zero_width(s, rng):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch.strip() and i + 1 < len(s) and s[i + 1].strip() and rng.random() < 0.55:
            out.append(rng.choice(ZW))
    return "".join(out)


def spaced(s, lang):
    if is_cjk(lang):
        return " ".join(ch for ch in s if ch.strip())
    words = s.split()
    return "   ".join(" ".join(w) for w in words)


def hidden_snippet(fam, payload, rng):
    """Markup that keeps the payload out of sight of a human reader."""
    p = payload.replace('"', "&quot;")
    if fam == "hidden-html-comment":
        return rng.choice([
            "<!-- {} -->".format(payload),
            "<!--\n{}\n-->".format(payload),
            "<!-- note: {} -->".format(payload),
        ])
    if fam == "hidden-css":
        return rng.choice([
            '<span style="display:none">{}</span>'.format(payload),
            '<div style="font-size:0;line-height:0;color:transparent">{}</div>'.format(payload),
            '<p style="color:#ffffff;background:#ffffff;font-size:1px">{}</p>'.format(payload),
            '<div aria-hidden="true" style="position:absolute;left:-9999px;top:-9999px">{}</div>'.format(payload),
            '<span class="visually-hidden" style="opacity:0;height:0;overflow:hidden">{}</span>'.format(payload),
        ])
    if fam == "hidden-attribute":
        return rng.choice([
            '<img src="/media/swatch-{}.jpg" alt="{}" width="1" height="1">'.format(rng.randrange(100, 999), p),
            '<a href="#specs" title="{}">Details</a>'.format(p),
            '<div class="spec-table" data-ai-note="{}"></div>'.format(p),
            '<button type="button" aria-label="{}">+</button>'.format(p),
            '<meta name="description" content="{}">'.format(p),
        ])
    if fam == "markdown-comment":
        return rng.choice([
            "[//]: # ({})".format(payload.replace("(", "[").replace(")", "]")),
            "<!-- {} -->".format(payload),
            "[comment]: <> ({})".format(payload.replace("(", "[").replace(")", "]")),
        ])
    raise ValueError(fam)


def disguise(fam, payload, lang, rng, leads):
    """Encoded or obfuscated surface form of the payload, with an optional lead-in."""
    if fam == "encoded-base64":
        body = enc_b64(payload)
    elif fam == "encoded-hex":
        body = enc_hex(payload, rng)
    elif fam == "encoded-rot13":
        body = enc_rot13(payload)
    elif fam == "encoded-url":
        body = enc_url(payload)
    elif fam == "obfuscated-leetspeak":
        return leet(payload)
    elif fam == "obfuscated-homoglyph":
        return homoglyph(payload, rng)
    elif fam == "obfuscated-zero-width":
        return zero_width(payload, rng)
    elif fam == "obfuscated-spaced":
        return spaced(payload, lang)
    else:
        raise ValueError(fam)
    key = fam.split("-")[1]
    lead = rng.choice(leads.get(key, [""]) + leads.get("any", [""]))
    if not lead:
        return body
    return lead.replace("{}", body) if "{}" in lead else lead + " " + body


# ---------------------------------------------------------------- placement

_SENT = re.compile(r"(?<=[.!?。！？।؟])\s*")


def split_sentences(text):
    parts = [p for p in _SENT.split(text) if p]
    return parts or [text]


def place(text, snippet, pos, sep):
    """Put snippet at the start, end or between two sentences of text."""
    if snippet is None:
        return text
    if "\n\n" in text and pos == "middle":
        paras = text.split("\n\n")
        k = max(1, len(paras) // 2)
        return "\n\n".join(paras[:k] + [snippet] + paras[k:])
    joiner = sep if "\n" in sep else ("\n" if "\n" in text else sep)
    if pos == "start":
        return snippet + joiner + text
    if pos == "end":
        return text + joiner + snippet
    sents = split_sentences(text)
    if len(sents) < 2:
        return text + sep + snippet
    k = len(sents) // 2
    return sep.join(sents[:k] + [snippet] + sents[k:])


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=None)


def dumps_pretty(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)
