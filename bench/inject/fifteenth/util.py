"""Small helpers: placeholder filling, encoders, obfuscators, payload lookup."""

import base64
import codecs
import html
import json
import re
import urllib.parse


class Raw(str):
    """A fragment of markup that renderers insert as-is (not wrapped as a paragraph)."""


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- placeholders

_EVIL_HOSTS = [
    "secure-refunds.help", "shop-verify-center.com", "account-check.site",
    "parcel-hold.info", "giftcard-balance.net", "support-desk-login.com",
    "cdn-stats.link", "trk-pixel.io", "promo-claim.shop", "order-status-check.net",
    "customer-care-portal.org", "returns-express.top", "img-cache-eu.net",
    "fast-payout.biz", "loyalty-rewards.click", "track-my-box.xyz",
]
_EVIL_PATHS = ["login", "verify", "claim", "refund/start", "secure/update",
               "account", "pay", "r", "go", "portal/sign-in", "check"]
_DROP_USERS = ["orders.backup", "data.sync", "mk.reports", "archive2024",
               "helpdesk.mirror", "j.kowal.export", "ledger", "shopaudit"]
_DROP_DOMAINS = ["mailbox-relay.net", "inbox-sync.io", "fastdrop.email",
                 "protonbox.example", "quickforward.org", "mx-collect.com"]
_ADDRESSES = [
    "14 Mill Lane, Leeds LS2 7QT", "221 Harbor Rd, Unit 5, Tacoma WA 98402",
    "Kastanienweg 8, 04109 Leipzig", "27 rue des Tanneurs, 59000 Lille",
    "Calle Alcalá 190, 3ºB, 28028 Madrid", "Via Po 41, 10124 Torino",
    "Dorpsstraat 12, 3511 AB Utrecht", "ul. Długa 17/4, 80-827 Gdańsk",
    "Storgatan 3, 411 38 Göteborg", "PO Box 7713, Miami FL 33152",
    "Unit 9, Riverside Trading Estate, Dartford DA1 5PS",
    "1-4-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
    "Rua Augusta 55, 1100-048 Lisboa", "Korkeavuorenkatu 22, 00130 Helsinki",
    "88 Queen St W, Toronto ON M5H 2M5", "Parcel locker 4471, Brno-Královo Pole",
]
_BRANDS = ["Kovra", "Ardent Home", "Lumelle", "NorthPeak", "Vexa", "Brightwick",
           "Solano", "Mirabel & Co", "Tallis", "Quorra"]
_COMPETITORS = ["MegaMart Online", "cheapdeals-outlet.com", "ShopRival",
                "BargainBay", "DealHarbor", "PrimeCart Direct"]
_CODES = ["STAFF90", "VIP-FOREVER", "FREESHIP-ALL", "FRIEND75", "INSIDER60",
          "EMP-2024-FULL", "ZERO-TOTAL", "GOLD100"]
_PRICES = ["$0.99", "€1.00", "£1", "$4.99", "€2,50", "$1.50", "£0.50"]
_NAMES = ["Anna", "Tom", "Priya", "Lukas", "Sofia", "Mehmet", "Yuki", "Carlos"]


def _order(rng):
    k = rng.randrange(6)
    if k == 0:
        return "#%d" % rng.randrange(10000, 999999)
    if k == 1:
        return "SW-%d-%05d" % (rng.choice([2023, 2024, 2025]), rng.randrange(100000))
    if k == 2:
        return "%s%d" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
                         rng.randrange(1000, 99999))
    if k == 3:
        return "ORD%08d" % rng.randrange(10 ** 8)
    if k == 4:
        return "%d-%04d" % (rng.randrange(100, 1999), rng.randrange(10000))
    return "W%07d" % rng.randrange(10 ** 7)


def _sku(rng):
    return "%s-%d" % ("".join(rng.choice("ABCDEFGHKLMNPRSTVX") for _ in range(2)),
                      rng.randrange(100, 9999))


def _iban(rng):
    cc = rng.choice(["DE", "NL", "LT", "GB", "FR", "EE"])
    digits = "".join(rng.choice("0123456789") for _ in range(18))
    return cc + digits[:2] + " " + " ".join(digits[i:i + 4] for i in range(2, 18, 4))


GENERATORS = {
    "order": _order,
    "sku": _sku,
    "iban": _iban,
    "evil_host": lambda rng: pick(rng, _EVIL_HOSTS),
    "evil": lambda rng: "https://%s/%s" % (pick(rng, _EVIL_HOSTS), pick(rng, _EVIL_PATHS)),
    "email": lambda rng: "%s@%s" % (pick(rng, _DROP_USERS), pick(rng, _DROP_DOMAINS)),
    "email2": lambda rng: "%s%d@gmail.com" % (pick(rng, ["m.baker", "laura.v", "kenji.t", "ola.n"]),
                                               rng.randrange(10, 99)),
    "address": lambda rng: pick(rng, _ADDRESSES),
    "amount": lambda rng: str(pick(rng, [49, 75, 120, 250, 389, 500, 740, 1200, 1999])),
    "price": lambda rng: pick(rng, _PRICES),
    "brand": lambda rng: pick(rng, _BRANDS),
    "competitor": lambda rng: pick(rng, _COMPETITORS),
    "code": lambda rng: pick(rng, _CODES),
    "invoice": lambda rng: "INV-%06d" % rng.randrange(10 ** 6),
    "card4": lambda rng: "%04d" % rng.randrange(10000),
    "name": lambda rng: pick(rng, _NAMES),
    "n": lambda rng: str(rng.randrange(1000, 99999)),
}

_PH = re.compile(r"(?<!\{)\{([a-z_0-9]+)\}(?!\})")


def fill(rng, s, cache=None):
    """Replace {placeholder} names we know; leave any other braces alone."""
    if cache is None:
        cache = {}

    def rep(m):
        key = m.group(1)
        if key not in GENERATORS:
            return m.group(0)
        if key not in cache:
            cache[key] = GENERATORS[key](rng)
        return cache[key]

    return _PH.sub(rep, s)


# ---------------------------------------------------------------- encoders

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hex_spaced(s):
    return " ".join("%02x" % b for b in s.encode("utf-8"))


def hex_tight(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot_13")


def url_full(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def url_quote(s):
    return urllib.parse.quote(s, safe="")


_ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.75:
            out.append(pick(rng, _ZW))
    return "".join(out)


_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
         "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
         "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421",
         "T": "\u0422", "H": "\u041d", "K": "\u041a", "M": "\u041c", "B": "\u0412",
         "I": "\u0406", "X": "\u0425"}


def homoglyph(s, rng, rate=0.7):
    return "".join(_HOMO[c] if c in _HOMO and rng.random() < rate else c for c in s)


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                       "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})


def leet(s):
    return s.translate(_LEET)


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split())


def dotted(s):
    return " ".join(".".join(w) for w in s.split())


def reverse(s):
    return s[::-1]


def tag_chars(s):
    """Unicode 'tag' characters: invisible in most renderers."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7F)


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- lookup

def locate(text, payload):
    """Return the form of ``payload`` that occurs verbatim in ``text``.

    Renderers may have JSON-, HTML- or CSV-escaped the payload; the label must
    be the substring actually present.
    """
    jq = lambda x: json.dumps(x, ensure_ascii=False)[1:-1]
    cands = [payload, jq(payload), html.escape(payload, quote=True),
             html.escape(payload, quote=False), payload.replace('"', '""'),
             jq(html.escape(payload, quote=True)), jq(html.escape(payload, quote=False))]
    for c in cands:
        if c and c in text:
            return c
    raise ValueError("payload not found in text: %r" % payload[:80])


def b64_bytes(b):
    return base64.b64encode(b).decode("ascii")
