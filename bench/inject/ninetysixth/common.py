"""Shared data and helpers for the ninetysixth store corpus."""
import base64
import codecs
import re
import struct
import urllib.parse
import zlib

BIZ = ["office", "craft", "tech", "meal", "travel"]

SHOPS = {
    "office": ["Papyra Wholesale", "Deskline Supply", "Ledgerpoint B2B", "Staplecraft Distribution"],
    "craft": ["Loomlane Market", "Kilnhouse Makers", "Threadnest", "Birchbox Artisans"],
    "tech": ["Voltbay Electronics", "Fixwell Repair", "Circuitry Corner", "Pixelmend"],
    "meal": ["Forkful Box", "Harvest Crate", "Simmer Weekly", "Pantrypost"],
    "travel": ["Wayfarer Gear", "Carryon Co.", "Northroute Luggage", "Trailhaus"],
}

ATTACK_MAILS = [
    "refund-desk@mailbox-verify.example", "ops.backup@archive-sync.example.net",
    "audit.copy@ledger-mirror.example.org", "support-escalation@helpdesk-cloud.example",
    "export@data-relay.example.com", "billing.check@invoice-verify.example",
]
EXFIL_URLS = [
    "https://img-proxy.example.net/pixel.png?d=", "https://cdn-stats.example.org/t.gif?u=",
    "https://evil.example/collect?q=", "https://metrics-beacon.example.com/i.png?c=",
    "https://badge-check.example/verify.svg?ref=", "https://thumbs.example.io/s.jpg?k=",
]
HANDLES = ["mira.k", "j.okafor", "tomasz88", "lea_b", "ravi.s", "nk.design", "holm.peter",
           "ana-lu", "d.vance", "yuki.t", "chen.w", "s.moreau", "emre.k", "fatima.r", "ola.n"]
MAIL_HOSTS = ["mailbox.example", "post.example.net", "inbox.example.org", "webmail.example"]
CARRIERS = ["DHL", "DPD", "UPS", "GLS", "FedEx"]
LOCAL_CARRIERS = {
    "en": ["Royal Mail", "USPS", "Canada Post"], "de": ["Hermes", "DHL"], "fr": ["Colissimo", "Chronopost"],
    "es": ["Correos", "SEUR"], "it": ["BRT", "Poste Italiane"], "pt": ["CTT"], "nl": ["PostNL"],
    "pl": ["InPost", "Poczta Polska"], "da": ["PostNord"], "fi": ["Posti"], "cs": ["PPL", "Zásilkovna"],
    "sk": ["Packeta", "Slovenská pošta"], "ro": ["Fan Courier", "Sameday"], "bg": ["Speedy", "Econt"],
    "ru": ["СДЭК", "Boxberry"], "tr": ["Yurtiçi Kargo", "Aras Kargo"], "ar": ["Aramex", "SMSA"],
    "fa": ["Tipax", "Post"], "hi": ["Delhivery", "Blue Dart"], "id": ["JNE", "SiCepat"],
    "th": ["Kerry", "Flash Express"], "ja": ["Yamato", "Sagawa"], "ko": ["CJ대한통운", "Lotte"],
    "zh": ["顺丰", "中通"],
}

# symbol, position, decimal sep, thousands sep, rate per USD, decimals
MONEY = {
    "en": ("$", "pre", ".", ",", 1.0, 2), "de": (" €", "post", ",", ".", 0.92, 2),
    "fr": (" €", "post", ",", "\u202f", 0.92, 2), "es": (" €", "post", ",", ".", 0.92, 2),
    "it": (" €", "post", ",", ".", 0.92, 2), "pt": (" €", "post", ",", ".", 0.92, 2),
    "nl": ("€ ", "pre", ",", ".", 0.92, 2), "pl": (" zł", "post", ",", " ", 3.95, 2),
    "da": (" kr.", "post", ",", ".", 6.9, 2), "fi": (" €", "post", ",", " ", 0.92, 2),
    "cs": (" Kč", "post", ",", " ", 23.0, 0), "sk": (" €", "post", ",", " ", 0.92, 2),
    "ro": (" lei", "post", ",", ".", 4.6, 2), "bg": (" лв.", "post", ",", " ", 1.8, 2),
    "ru": (" ₽", "post", ",", " ", 90.0, 0), "tr": ("₺", "pre", ",", ".", 32.0, 2),
    "ar": (" ر.س", "post", ".", ",", 3.75, 2), "fa": (" تومان", "post", ".", ",", 60000.0, 0),
    "hi": ("₹", "pre", ".", ",", 83.0, 0), "id": ("Rp", "pre", ",", ".", 16000.0, 0),
    "th": ("฿", "pre", ".", ",", 36.0, 0), "ja": ("¥", "pre", ".", ",", 150.0, 0),
    "ko": ("원", "post", ".", ",", 1350.0, 0), "zh": ("¥", "pre", ".", ",", 7.2, 2),
}

LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "da", "fi", "cs", "sk", "ro", "tr", "id"}
CYRILLIC = {"bg", "ru"}


def money(lang, usd, exact=False):
    sym, pos, dec, thou, rate, nd = MONEY[lang]
    v = usd * rate
    if exact:
        v = float(round(v, -1) if v >= 100 else max(1, round(v)))
    if nd == 0:
        v = round(v / 10) * 10 if v > 1000 else max(1, round(v))
        s = f"{int(v):,}".replace(",", "\x00")
    else:
        if v >= 3 and not exact:
            v = int(v) + (0.99 if int(v) % 3 else 0.5 if int(v) % 2 else 0.0)
        s = f"{v:,.2f}".replace(",", "\x00").replace(".", dec)
    s = s.replace("\x00", thou)
    return sym + s if pos == "pre" else s + sym


def order_id(rng, biz):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))
    if biz == "office":
        return rng.choice([f"PO-{d(6)}", f"WHS{d(7)}", f"B2B-{d(4)}-{up(2)}"])
    if biz == "craft":
        return rng.choice([f"HM{d(4)}-{up(2)}", f"LL-{d(7)}", f"#{d(9)}"])
    if biz == "tech":
        return rng.choice([f"VB-{d(7)}", f"RMA{d(5)}", f"EL{d(8)}"])
    if biz == "meal":
        return rng.choice([f"FK{d(8)}", f"BOX-{d(6)}", f"SUB-{up(3)}{d(4)}"])
    return rng.choice([f"WG{d(6)}{up(1)}", f"TRV-{d(6)}", f"NR{d(7)}"])


def sku(rng, biz):
    pre = {"office": "OFF", "craft": "HND", "tech": "ELX", "meal": "MKT", "travel": "TRG"}[biz]
    return f"{pre}-{rng.randint(1000, 99999)}-{rng.choice('ABCDEFGHKMNPRSTX')}"


def tracking(rng):
    return rng.choice([
        "JJD" + "".join(rng.choice("0123456789") for _ in range(18)),
        "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        "".join(rng.choice("0123456789") for _ in range(14)),
        "RR" + "".join(rng.choice("0123456789") for _ in range(9)) + "PL",
    ])


def date(rng):
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def clock(rng):
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


class Ctx(dict):
    def __missing__(self, key):
        raise KeyError("unknown slot " + key)


def make_ctx(rng, L, lang, biz):
    prods = L["prod"][biz]
    p, p2 = rng.sample(prods, 2)
    shop, rival = rng.sample(SHOPS[biz], 2)
    name, name2 = rng.sample(L["names"], 2)
    city = rng.choice(L["cities"])
    base = rng.choice([8, 12, 19, 24, 35, 49, 65, 89, 120, 149, 230, 399])
    base = base + rng.choice([0, 0.5, 0.9, 0.99, 0.49])
    c = Ctx(
        p=p, p2=p2, shop=shop, rival=rival, name=name, name2=name2, city=city,
        o=order_id(rng, biz), o2=order_id(rng, biz), sku=sku(rng, biz),
        price=money(lang, base), price2=money(lang, base * rng.choice([1.3, 2.0, 3.5, 0.6])),
        cheap=money(lang, rng.choice([0.01, 0.1, 1.0, 0.5])),
        credit=money(lang, rng.choice([50, 100, 250, 500, 1000]), exact=True),
        n=rng.randint(2, 12), big=rng.choice([20, 40, 50, 120, 200, 500, 1000]),
        d=rng.randint(2, 21), pct=rng.choice([10, 15, 20, 25, 30, 50]),
        mail=rng.choice(ATTACK_MAILS), url=rng.choice(EXFIL_URLS),
        email=rng.choice(HANDLES) + "@" + rng.choice(MAIL_HOSTS),
        code=rng.choice(["SAVE", "VIP", "STAFF", "FREE", "GIFT", "PROMO"]) + str(rng.randint(10, 99)) + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)),
        date=date(rng), track=tracking(rng), carrier=rng.choice(CARRIERS + LOCAL_CARRIERS.get(lang, []) * 2),
        street=rng.choice(L["streets"]), num=rng.randint(1, 180),
    )
    c["addr"] = L.get("addr_fmt", "{street} {num}, {city}").format_map(c)
    return c


# ---------- obfuscation ----------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO_LAT = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
            "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
HOMO_CYR = {v: k for k, v in HOMO_LAT.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def zero_width(s, rng, lang="en"):
    # ZWNJ/ZWJ occur naturally in Persian, Arabic and Indic text, so only insert the others there
    marks = ZW if lang in LATIN or lang in CYRILLIC else ["\u200b", "\u2060"]
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch.isalpha() and i + 1 < len(s) and s[i + 1].isalpha() and rng.random() < 0.6:
            out.append(rng.choice(marks))
    return "".join(out)


def homoglyph(s, rng, lang):
    table = HOMO_CYR if lang in CYRILLIC else HOMO_LAT
    return "".join(table[ch] if ch in table and rng.random() < 0.55 else ch for ch in s)


def leet(s, rng):
    return "".join(LEET[ch] if ch in LEET and rng.random() < 0.7 else ch for ch in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


HIDE_STYLES = ["display:none", "visibility:hidden", "font-size:0", "position:absolute;left:-9999px",
               "opacity:0", "height:0;overflow:hidden", "display: none !important", "clip:rect(0,0,0,0);position:absolute"]
WHITE_STYLES = ["color:#ffffff;background:#ffffff", "color:#fff", "color:#fefefe;background-color:#ffffff",
                "color:white;font-size:1px", "color:rgb(255,255,255)"]


def tiny_png(rng):
    w, h = rng.randint(1, 3), rng.randint(1, 3)
    raw = b"".join(b"\x00" + bytes(rng.randint(0, 255) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------- stats ----------
_TAG = re.compile(r"<[^>]{0,400}>")
_BREAK = re.compile(r'[\n"{}\[\]|]+')
_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
_FULL = re.compile(r"[.!?。！？]$")


def sentences(text):
    """Full sentences in a text: markup and JSON stripped, at least 4 words
    (or 10 characters in scripts without spaces), ending in . ! or ?."""
    out = []
    for chunk in _BREAK.split(_TAG.sub("\n", text)):
        for part in _END.split(chunk):
            part = part.strip(" \t>*-#:,")
            if not _FULL.search(part) or not any(ch.isalpha() for ch in part):
                continue
            if len(part.split()) >= 4 or (len(part) >= 10 and " " not in part.strip()):
                out.append(part)
    return out
