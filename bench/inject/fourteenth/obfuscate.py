"""Encoders and obfuscators for payload text."""

import base64
import codecs
import urllib.parse

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]

# Latin -> Cyrillic / Greek look-alikes
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К",
        "M": "М", "B": "В", "s": "ѕ", "j": "ј"}

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
        "I": "1", "O": "0", "S": "5", "T": "7"}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s, rng):
    h = s.encode("utf-8").hex()
    if rng.random() < 0.5:
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def rot13(s):
    return codecs.encode(s, "rot13")


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.55:
            out.append(rng.choice(ZW))
    return "".join(out)


def homoglyph(s, rng):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.7 else ch for ch in s)


def spaced(s):
    """Spell every word letter by letter; words separated by ' / ' or double space."""
    words = s.split(" ")
    return "  ".join(" ".join(w) for w in words)


def leet(s, rng):
    return "".join(LEET[ch] if ch in LEET and rng.random() < 0.8 else ch for ch in s)


ENC_NAMES = {"b64": "base64", "hex": "hex", "url": "URL-encoded", "rot13": "ROT13"}


def encode(kind, s, rng):
    if kind == "b64":
        return b64(s)
    if kind == "hex":
        return hexenc(s, rng)
    if kind == "url":
        return urlenc(s)
    if kind == "rot13":
        return rot13(s)
    raise ValueError(kind)
