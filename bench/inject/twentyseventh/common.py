"""Shared helpers for the twentyseventh corpus: decks, encoders, small fakes."""

import base64
import codecs
import html
import re
import unicodedata
import urllib.parse


class Deck:
    """Cycles through a list in a freshly shuffled order each round."""

    def __init__(self, items, rng):
        self._items = list(items)
        self._rng = rng
        self._queue = []

    def draw(self):
        if not self._items:
            raise ValueError("empty deck")
        if not self._queue:
            self._queue = list(self._items)
            self._rng.shuffle(self._queue)
        return self._queue.pop()

    def __len__(self):
        return len(self._items)


def esc(s):
    return html.escape(s, quote=True)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot_13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                       "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})


def leet(s):
    return s.translate(_LEET)


_HOMO = str.maketrans({"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e",
                       "p": "\u0440", "x": "\u0445", "y": "\u0443", "i": "\u0456",
                       "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
                       "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
                       "P": "\u0420", "T": "\u0422", "X": "\u0425"})


def homoglyph(s):
    return s.translate(_HOMO)


def zero_width(s):
    """Put a zero-width space between the characters of every word."""
    out = []
    for tok in re.split(r"(\s+)", s):
        if tok.strip() and len(tok) > 1:
            out.append("\u200b".join(tok))
        else:
            out.append(tok)
    return "".join(out)


def spaced(s):
    words = s.split()
    return "   ".join(" ".join(w) for w in words)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


SENT_SPLIT = re.compile(r"(?<=[.!?。！？])\s*")


def sentences(text):
    parts = [p for p in SENT_SPLIT.split(text) if p.strip()]
    return parts or [text]


def replace_vars(text, values):
    for k, v in values.items():
        text = text.replace("{" + k + "}", v)
    return text


MAIL_DOMAINS = ["mail.example", "post.example", "inbox.example", "example.com",
                "example.net", "example.org", "webmail.example"]

ATTACK_HOSTS = ["collect-stats.example", "img-cdn-metrics.example", "verify-order.example",
                "promo-check.example", "shop-audit.example", "px.example.net",
                "cdn-thumbs.example", "track-refund.example", "partner-sync.example",
                "login-help.example", "assets-preview.example", "api-mirror.example"]

ATTACK_MAIL_USERS = ["audit", "backup", "export", "ops-team", "finance.review", "records",
                     "it-support", "data", "ceo.office", "claims", "partner", "sync"]

BRANDS = ["KettlePro", "NordVolt", "Lumora", "BrightNest", "Zephyr Home", "Casa Bella",
          "Trailmark", "Velora", "PureLeaf Co.", "Ostra Outdoor", "Hexa Audio", "Mellow Bay",
          "Fernwood", "Quillo", "Sundry & Sons", "Arcadia Kitchen"]

COURIERS = ["SwiftParcel", "NorthLine Logistics", "ParcelHop", "Eurodrop", "RapidRoute",
            "BlueCrate Express", "Cargoo", "LastMile One"]

CHANNELS = ["email", "web_form", "chat", "marketplace", "phone_note"]
