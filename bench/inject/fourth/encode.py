"""Encodings and visual obfuscations used by the 'encoded' and 'obfuscated' families
(and, with harmless content, by the hard-encoded negatives)."""

import base64
import codecs
import urllib.parse

from .common import pick


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64url(s):
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode("ascii").rstrip("=")


def b32(s):
    return base64.b32encode(s.encode("utf-8")).decode("ascii")


def hexenc(s, sep=""):
    return sep.join("%02x" % b for b in s.encode("utf-8"))


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc_full(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def uescape(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def charcodes(s):
    return ",".join(str(ord(c)) for c in s)


def binary(s):
    return " ".join(format(b, "08b") for b in s.encode("utf-8"))


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8", "l": "1"}


def leet(r, s, density=0.8):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in LEET and r.random() < density:
            out.append(LEET[lo])
        else:
            out.append(ch)
    return "".join(out)


HOMO = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
    "X": "Х", "I": "І",
}


def homoglyph(r, s, density=0.7):
    return "".join(HOMO[c] if c in HOMO and r.random() < density else c for c in s)


ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def zero_width(r, s):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch != " " and i + 1 < len(s) and s[i + 1] != " ":
            out.append(pick(r, ZW))
    return "".join(out)


def spaced(s):
    return "  ".join(" ".join(w) for w in s.split(" "))


def dotted(s):
    return " ".join(".".join(w) for w in s.split(" "))


def reverse(s):
    return s[::-1]


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def math_bold(s):
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def tag_chars(s):
    """Invisible Unicode tag characters (U+E0000 block) mirroring ASCII."""
    return "".join(chr(0xE0000 + ord(c)) if 0x20 <= ord(c) < 0x7F else c for c in s)


def hyphen_split(r, s):
    out = []
    for w in s.split(" "):
        if len(w) > 4 and r.random() < 0.7:
            k = r.randrange(2, len(w) - 1)
            w = w[:k] + r.choice(["-", "_", "·", "|"]) + w[k:]
        out.append(w)
    return " ".join(out)


def alt_case(s):
    out, up = [], False
    for ch in s:
        if ch.isalpha():
            out.append(ch.upper() if up else ch.lower())
            up = not up
        else:
            out.append(ch)
    return "".join(out)
