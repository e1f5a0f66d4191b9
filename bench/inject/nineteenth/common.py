"""Shared helpers: slot filling, encoders and obfuscators (standard library only)."""
import base64
import codecs
import re
import urllib.parse

_SLOT = re.compile(r"\{([a-z_]+)\}")

ZW_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMOGLYPHS = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
    "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
    "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d",
    "K": "\u041a", "M": "\u041c", "B": "\u0412",
}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5"}

FAKE_HOSTS = [
    "stat-pixel.net", "cdn-imgcheck.com", "track-beacon.io", "shop-analytics.biz",
    "img-proxy.click", "review-sync.org", "coupon-verify.net", "pix-loader.xyz",
    "orderstatus-check.com", "metrics-edge.io", "static-banner.site", "feedback-relay.net",
]
PATHS = ["p.png", "t.gif", "log", "c", "i.jpg", "collect", "v1/px", "r", "b.png", "ping"]


def fill(template, slots):
    """Replace {key} only for known keys; leave any other braces untouched."""
    return _SLOT.sub(lambda m: str(slots[m.group(1)]) if m.group(1) in slots else m.group(0), template)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.8:
            out.append(rng.choice(ZW_CHARS))
    return "".join(out)


def homoglyph(s, rng):
    return "".join(HOMOGLYPHS[c] if c in HOMOGLYPHS and rng.random() < 0.7 else c for c in s)


def leet(s):
    return "".join(LEET.get(c, c) for c in s)


def spaced(s):
    return " ".join(ch for ch in s if ch != " ").replace("  ", " ")


def spaced_words(s):
    return "  ".join(" ".join(w) for w in s.split())


def interleave(s, sep):
    return sep.join(ch for ch in s if not ch.isspace())


def is_latin(s):
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return True
    return sum(1 for c in letters if ord(c) < 0x250) / len(letters) > 0.7


def fake_url(rng, data_key="q"):
    host = rng.choice(FAKE_HOSTS)
    return "https://%s/%s" % (host, rng.choice(PATHS))


def strip_quotes(s):
    return s.replace('"', "").replace("<", "").replace(">", "")
