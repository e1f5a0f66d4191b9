"""Parsing, wrapping and insertion helpers shared by the language modules."""

import base64
import codecs
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

_HEAD = re.compile(r"^@@ (.*)$", re.M)
_SPAN = re.compile(r"⟦(.*?)⟧", re.S)


def blocks(blob):
    """Split a blob into (header_words, body) pairs.

    A block starts with a line "@@ word word ..." and runs until the next one.
    Lines starting with "-- payload" inside a body separate an explicit payload.
    """
    out = []
    blob = expand(blob)
    parts = _HEAD.split(blob)
    # parts = [pre, head1, body1, head2, body2, ...]
    for i in range(1, len(parts), 2):
        head = parts[i].split()
        body = parts[i + 1].strip("\n")
        out.append((head, body))
    return out


_TOKEN = re.compile(r"⟪(b64|hex|url|rot13)\|(.*?)⟫", re.S)


def expand(blob):
    """Replace ⟪kind|text⟫ tokens with the encoded text."""
    fn = {"b64": b64, "hex": hexs, "url": urlenc, "rot13": rot13}
    return _TOKEN.sub(lambda m: fn[m.group(1)](m.group(2)), blob)


def _split_payload(body):
    if "\n-- payload\n" in body:
        text, payload = body.split("\n-- payload\n", 1)
        return text.strip("\n"), payload.strip()
    return body, None


def parse_carriers(blob):
    """@@ source  -> list of (source, text-with-markers)."""
    res = []
    for head, body in blocks(blob):
        src = head[0]
        assert src in SOURCES, (src, body[:60])
        res.append((src, body))
    return res


def parse_hard(blob):
    """@@ source hard-family -> list of (source, family, text)."""
    res = []
    for head, body in blocks(blob):
        src, fam = head[0], head[1]
        assert src in SOURCES, (src, body[:60])
        assert fam.startswith("hard-"), fam
        res.append((src, fam, body))
    return res


def parse_snips(blob):
    """@@ family -> list of (family, snippet)."""
    res = []
    for head, body in blocks(blob):
        res.append((head[0], body))
    return res


def parse_full(blob):
    """@@ source family -> (source, family, text, payload).

    The payload is either the span marked with ⟦...⟧ (markers removed from the
    text) or given after a "-- payload" line.
    """
    res = []
    for head, body in blocks(blob):
        src, fam = head[0], head[1]
        assert src in SOURCES, (src, body[:60])
        text, payload = _split_payload(body)
        spans = _SPAN.findall(text)
        text = _SPAN.sub(lambda m: m.group(1), text)
        if payload is None:
            assert spans, ("no payload", text[:80])
            payload = " ".join(" ".join(s.split()) for s in spans)
        res.append((src, fam, text, payload))
    return res


def strip_markers(text):
    return re.sub(r" ?[§¤]", "", text)


def plain_payload(snippet):
    s = re.sub(r"<[^>]+>", " ", snippet)
    return " ".join(s.split())


# ---------------------------------------------------------------- wrappers

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def zero_width(s):
    return "\u200b".join(s)


def unicode_tags(s):
    return "".join(chr(0xE0000 + ord(c)) for c in s)


_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
         "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р",
         "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}


def homoglyph(s, rng):
    return "".join(_HOMO[c] if c in _HOMO and rng.random() < 0.7 else c for c in s)


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
         "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def leet(s):
    return "".join(_LEET.get(c, c) for c in s)


def spaced(s):
    words = s.split()
    if len(words) == 1:
        return " ".join(s)
    return "   ".join(" ".join(w) for w in words)


LATIN = {"en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "sv", "da", "cs",
         "tr", "vi", "id"}
ASCIIISH = {"en", "nl", "id"}
NOSPACE = {"ja", "zh-CN", "ko-nospace"}


def json_escape(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def wrapper_options(lang, src, snippet):
    """Wrappers that make sense for this language, host source and snippet."""
    opts = ["encoded-base64", "zero-width"]
    if src in ("web", "email"):
        opts += ["hidden-html-comment", "hidden-css", "hidden-css"]
    if src == "web":
        opts += ["hidden-alt-text", "hidden-attribute"]
    if src in ("review", "ticket"):
        opts += ["markdown-comment"]
    if src in ("review", "ticket", "email", "tool"):
        opts += ["encoded-hex"] if len(snippet) < 160 else []
        opts += ["encoded-url"]
    if lang in LATIN and src in ("review", "ticket", "feed", "email", "tool"):
        opts += ["homoglyph"]
        if len(snippet) < 140:
            opts += ["leetspeak"]
    if lang in ASCIIISH and src in ("review", "ticket", "email"):
        opts += ["encoded-rot13"]
    if lang == "en" and all(ord(c) < 128 for c in snippet) and len(snippet) < 130:
        opts += ["unicode-tags"]
    if len(snippet) <= 70 and "\n" not in snippet:
        opts += ["spaced-letters"]
    return opts


def apply_wrapper(kind, snippet, lang, leads, rng):
    """Return the text to insert for this wrapper kind."""
    one = " ".join(snippet.split())
    lead = rng.choice(leads) if leads and rng.random() < 0.75 else "{}"
    if kind == "encoded-base64":
        return lead.format(b64(one))
    if kind == "encoded-hex":
        return lead.format(hexs(one))
    if kind == "encoded-url":
        return lead.format(urlenc(one))
    if kind == "encoded-rot13":
        return lead.format(rot13(one))
    if kind == "zero-width":
        return zero_width(one)
    if kind == "unicode-tags":
        return unicode_tags(one)
    if kind == "homoglyph":
        return homoglyph(one, rng)
    if kind == "leetspeak":
        return leet(one)
    if kind == "spaced-letters":
        return spaced(one)
    if kind == "markdown-comment":
        return rng.choice(["[//]: # ({})", "<!-- {} -->", "[comment]: <> ({})"]).format(
            one.replace(")", "]").replace("(", "["))
    if kind == "hidden-html-comment":
        return "<!-- {} -->".format(one.replace("--", "—"))
    if kind == "hidden-css":
        style = rng.choice([
            "display:none",
            "color:#ffffff;font-size:0",
            "position:absolute;left:-9999px",
            "opacity:0;height:0;overflow:hidden",
            "font-size:1px;color:#fefefe",
            "visibility:hidden",
        ])
        tag = rng.choice(["span", "div", "p"])
        return '<{t} style="{s}">{x}</{t}>'.format(t=tag, s=style, x=one)
    if kind == "hidden-alt-text":
        img = rng.choice(["/media/p/detail-2.jpg", "/img/banner_summer.webp",
                          "/assets/gallery/03.png", "/cdn/thumbs/a17.jpg"])
        return '<img src="{}" alt="{}">'.format(img, one.replace('"', "'"))
    if kind == "hidden-attribute":
        attr = rng.choice(["data-note", "aria-label", "title", "data-ai-hint"])
        return '<span {}="{}"></span>'.format(attr, one.replace('"', "'"))
    raise ValueError(kind)


_BOUND_SP = re.compile(r"[.!?।؟](?=\s)")
_BOUND_CJK = re.compile(r"[。！？!?](?=.)")


def insert(host, piece, lang, rng):
    """Insert piece into host text (markers first, else a sentence boundary)."""
    marks = [m.start() for m in re.finditer(r"[§¤]", host)]
    if marks:
        pos = rng.choice(marks)
        ch = host[pos]
        rep = json_escape(piece) if ch == "¤" else piece
        text = host[:pos] + rep + host[pos + 1:]
        return strip_markers(text)
    cjk = lang in ("ja", "zh-CN")
    bound = _BOUND_CJK if cjk else _BOUND_SP
    cuts = [m.end() for m in bound.finditer(host)]
    r = rng.random()
    if r < 0.2 or not cuts and r < 0.5:
        sep = "" if cjk else " "
        if rng.random() < 0.3:
            sep = "\n"
        return piece + sep + host
    if r < 0.55 or not cuts:
        sep = rng.choice(["\n", "\n\n"] if cjk else [" ", " ", "\n", "\n\n"])
        return host + sep + piece
    pos = rng.choice(cuts)
    if cjk:
        return host[:pos] + piece + host[pos:]
    return host[:pos] + " " + piece + host[pos:]
