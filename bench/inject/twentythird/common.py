"""Shared helpers: deterministic pools, fake store data, encodings."""

import base64
import codecs
import unicodedata


class Pool:
    """Draws items in shuffled rounds so every item is used about equally."""

    def __init__(self, items, rng):
        self.items = list(items)
        if not self.items:
            raise ValueError("empty pool")
        self.rng = rng
        self.queue = []

    def draw(self):
        if not self.queue:
            q = list(self.items)
            self.rng.shuffle(q)
            self.queue = q
        return self.queue.pop()


ATTACK_HOSTS = [
    "payout-desk.example", "statbeam.example", "cdn-pixel.test", "order-verify.example.net",
    "loyalty-bonus.test", "img.trackly.example", "secure-checkout.invalid", "returns-portal.example.org",
    "px.metricjar.test", "assets.fastimg.example", "claims-center.example.net", "verify-shopper.test",
    "collect.beaconly.example", "sync.mailrelay.test", "help-refunds.example.org", "log.pixelfarm.example",
]
ATTACK_MAILBOXES = [
    "refunds", "billing-review", "ops.audit", "store.backup", "claims", "vendor-sync", "admin-copy",
    "export", "data.team", "finance.desk", "returns.hub", "archive",
]
CUSTOMER_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example",
                    "post.example", "webmail.test"]
STORES = ["Lumora", "Kettlewood", "Brightfold", "Northpine Goods", "Carrow & Finch", "Tidewell", "Oakhaven Supply",
          "Pebblestone", "Maplecrest", "Vantory", "Hollis Home", "Quillby", "Fernlight", "Ashgrove Outfitters",
          "Bramblebee", "Solvik", "Cobalt Loom", "Driftmark", "Wrenfield", "Aurelo"]
RIVALS = ["ShopNova", "BargainBay Direct", "Prixo", "MegaCart Outlet", "Dealvault", "Zentro Market",
          "QuickBuy Hub", "ValueNest", "Cartwise", "Stockly"]
CODE_PARTS_A = ["VIP", "STAFF", "FRIEND", "LOYAL", "WELCOME", "TEAM", "VOUCHER", "PARTNER", "INSIDER", "BONUS"]
CODE_PARTS_B = ["100", "90", "75", "FREE", "2025", "X", "MAX", "ALL", "50OFF", "ZERO"]


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
        "S": "5", "T": "7"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
        "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a", "M": "\u041c", "B": "\u0412"}


def leet(s, rng):
    return "".join(LEET[ch] if ch in LEET and rng.random() < 0.75 else ch for ch in s)


def homoglyph(s, rng):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in s)


def zero_width(s, rng):
    marks = ["\u200b", "\u200c", "\u200d", "\u2060"]
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.55:
            out.append(rng.choice(marks))
    return "".join(out)


def spaced(s, rng):
    sep = rng.choice([" ", " ", ".", " "])
    words = s.split(" ")
    gap = "   " if sep == " " else " "
    return gap.join(sep.join(w) for w in words)
