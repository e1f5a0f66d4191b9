"""Text transforms used to hide instructions (and, for hard negatives, harmless data)."""
import base64
import codecs
import urllib.parse

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]

HOMOGLYPHS = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
    "y": "\u0443", "x": "\u0445", "i": "\u0456", "s": "\u0455", "A": "\u0410",
    "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422",
}

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s, sep=""):
    return sep.join("%02x" % b for b in s.encode("utf-8"))


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def leet(s):
    return "".join(LEET.get(ch.lower(), ch) if ch.isalpha() else ch for ch in s)


def homoglyph(s, rng, rate=0.6):
    out = []
    for ch in s:
        if ch in HOMOGLYPHS and rng.random() < rate:
            out.append(HOMOGLYPHS[ch])
        else:
            out.append(ch)
    return "".join(out)


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.5:
            out.append(rng.choice(ZW))
    return "".join(out)


def spaced(s):
    words = s.split(" ")
    return "   ".join(" ".join(w) for w in words)


def reverse(s):
    return s[::-1]
