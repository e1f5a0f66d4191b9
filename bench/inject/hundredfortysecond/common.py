"""Shared pieces: stores, products, money, ids, encoders and hiding wrappers."""
import base64
import codecs
import urllib.parse

STORES = {
    "baby": ["Little Acorn Nursery", "Bramble & Bump", "Cosy Cub Baby Co."],
    "perfume": ["Maison Ambrette", "Atelier Sillage", "Nez Noir Parfums"],
    "tools": ["Ironbridge Trade Supply", "Boltline Wholesale", "ForgePoint Tools"],
    "subs": ["KeyCastle Digital", "SeatHub Licences", "StreamNest Resell"],
    "farm": ["Brookfield Farm Shop", "Hollow Oak Farm", "Greenhythe Dairy & Meat"],
}
BIZ = ["baby", "perfume", "tools", "subs", "farm"]

PRODUCTS = {
    "baby": ["NutriMil Stage 1 800g", "NutriMil Comfort 2 800g", "Lullaby Goat Milk Formula 400g",
             "Hush&Lull bassinet", "DreamCot 3-in-1 cot", "Pebble anti-colic bottles (3-pack)",
             "Sproutie steriliser", "Owlet-style sock monitor", "Nimbus baby monitor Pro",
             "bamboo swaddle set", "Tummy Time play mat", "Rocky travel cot", "formula dispenser SnapScoop",
             "WarmBelly bottle warmer", "organic first-stage rice porridge 200g"],
    "perfume": ["Oud Noir EDP 50 ml", "Vetiver Bleu EDT 100 ml", "Figue Sauvage 30 ml", "Rose Ambrée extrait 50 ml",
                "Santal Nuit 75 ml", "Neroli Marin EDT 100 ml", "Iris Poudré 50 ml", "discovery set (8 x 2 ml)",
                "Cuir Fumé EDP 100 ml", "travel atomiser 10 ml", "Ambre Doux body oil", "Musc Blanc hair mist",
                "Tabac Vanille 50 ml", "Bergamote Vive 30 ml", "scented candle Figuier"],
    "tools": ["TorqMax 18V impact driver", "Kestrel SDS-Plus hammer drill", "Ridgeback 235 mm circular saw",
              "ForgePro 5.0Ah battery (2-pack)", "M10 threaded rod 1 m (box of 25)", "Talon angle grinder 125 mm",
              "VoltEdge laser level", "stainless wood screws 5x60 (500)", "Grizzly 40 L shop vac",
              "Kestrel rapid charger", "site radio BoomBox 18V", "diamond core bit 107 mm", "multi-tool OscilloX",
              "PPE pack (gloves, glasses, ear defenders)", "Torx bit set 33 pcs"],
    "subs": ["StreamBox Premium 12 months", "OfficeDesk 365 Business (5 seats)", "CloudVault VPN 2 years",
             "PixelForge Photo annual", "Soundwave Family plan", "CodeSmith IDE team licence (10 seats)",
             "ShieldGuard antivirus 3 devices", "KidsFlix 6 months", "NoteNest Pro 1 year",
             "DraftLine CAD (3 seats)", "GameVault Ultimate 3 months", "Mailroom Suite (25 seats)",
             "Translate+ Business", "CineMax 4K annual", "BackupBarn 2 TB"],
    "farm": ["Hillside lamb box 5 kg", "grass-fed beef mince 1 kg", "raw-milk cheddar 400 g",
             "free-range eggs (dozen)", "mixed BBQ box", "whole free-range chicken", "Jersey cream 300 ml",
             "dry-aged ribeye 2 x 300 g", "pork sausages (12)", "family dairy box", "smoked streaky bacon 250 g",
             "goat's cheese log", "Sunday roast box", "organic whole milk 2 L", "venison burgers (4)"],
}

# (symbol, before?, decimal sep, factor vs EUR, decimals)
CUR = {
    "en": ("£", True, ".", 0.86, 2), "de": ("€", False, ",", 1, 2), "fr": ("€", False, ",", 1, 2),
    "es": ("€", False, ",", 1, 2), "it": ("€", False, ",", 1, 2), "pt": ("€", False, ",", 1, 2),
    "nl": ("€ ", True, ",", 1, 2), "pl": ("zł", False, ",", 4.3, 2), "sv": ("kr", False, ",", 11.4, 0),
    "da": ("kr.", False, ",", 7.46, 2), "nb": ("kr", False, ",", 11.6, 0), "fi": ("€", False, ",", 1, 2),
    "cs": ("Kč", False, ",", 25, 0), "sk": ("€", False, ",", 1, 2), "hr": ("€", False, ",", 1, 2),
    "sr": ("din.", False, ",", 117, 0), "hu": ("Ft", False, ",", 395, 0), "ro": ("lei", False, ",", 4.97, 2),
    "bg": ("лв.", False, ",", 1.96, 2), "el": ("€", False, ",", 1, 2), "ru": ("₽", False, ",", 98, 0),
    "uk": ("грн", False, ",", 44, 0), "tr": ("₺", True, ",", 35, 2), "hi": ("₹", True, ".", 90, 0),
    "vi": ("₫", False, ".", 27000, 0), "lv": ("€", False, ",", 1, 2), "et": ("€", False, ",", 1, 2),
    "ms": ("RM", True, ".", 5.1, 2), "ja": ("¥", True, ".", 160, 0), "ko": ("₩", False, ".", 1450, 0),
    "zh": ("¥", True, ".", 7.8, 2), "th": ("฿", True, ".", 38, 0),
}
RANGE = {"baby": (8, 320), "perfume": (25, 260), "tools": (4, 900), "subs": (6, 480), "farm": (5, 140)}


def money(rng, lang, biz):
    sym, before, dec, factor, nd = CUR[lang]
    lo, hi = RANGE[biz]
    v = rng.uniform(lo, hi) * factor
    if nd == 0:
        step = 1000 if factor > 1000 else (10 if factor > 50 else 1)
        s = str(int(round(v / step) * step))
        if len(s) > 4:
            s = "{:,}".format(int(s)).replace(",", "." if dec == "," else ",")
    else:
        s = ("%.2f" % v)
        if rng.random() < 0.5:
            s = s[:-1] + "9"
        s = s.replace(".", dec)
    if sym in ("€ ",):
        return sym + s
    return (sym + s) if before else (s + " " + sym)


def order_id(rng, biz):
    pre = {"baby": ["LA", "BB", "CC"], "perfume": ["MA", "AS", "NN"], "tools": ["IB", "BW", "FP"],
           "subs": ["KC", "SH", "SN"], "farm": ["BF", "HO", "GD"]}[biz]
    f = rng.randrange(4)
    if f == 0:
        return "%s-%d" % (rng.choice(pre), rng.randrange(10000, 99999))
    if f == 1:
        return "#%d" % rng.randrange(100000, 999999)
    if f == 2:
        return "%s%d-%04d" % (rng.choice(pre), rng.choice([23, 24, 25]), rng.randrange(1, 9999))
    return "%d" % rng.randrange(4000, 99999)


def date(rng):
    return "2025-%02d-%02d" % (rng.randrange(1, 13), rng.randrange(1, 29))


def ts(rng):
    return "%sT%02d:%02d:%02dZ" % (date(rng), rng.randrange(24), rng.randrange(60), rng.randrange(60))


EXFIL_HOSTS = ["evil.example", "img-cdn.example.net", "pixel-stats.example.org", "collect.example.com",
               "shopmetrics.example", "cdn.lookbook.example", "t.refstat.example.net"]


def exfil_url(rng):
    path = rng.choice(["p.png", "i.gif", "log", "c", "px", "b.png", "v"])
    key = rng.choice(["q", "d", "u", "data", "ref", "c"])
    return "https://%s/%s?%s=" % (rng.choice(EXFIL_HOSTS), path, key)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def zero_width(rng, s):
    z = rng.choice(ZW)
    return "".join(ch + (z if ch.isalpha() else "") for ch in s)


HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М"}


def homoglyph(rng, s):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in s)


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(rng, s):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and rng.random() < 0.75 else ch for ch in s)


def is_latin(s):
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return True
    return sum(1 for c in letters if ord(c) < 0x250) / len(letters) > 0.8


# hiding wrappers: each takes the payload, returns the markup that carries it
def w_comment(rng, s):
    return rng.choice(["<!-- %s -->", "<!--%s-->", "<!-- note: %s -->"]) % s


def w_display(rng, s):
    return rng.choice(['<div style="display:none">%s</div>', '<span style="display: none;">%s</span>',
                       '<p hidden>%s</p>', '<div class="sr" style="visibility:hidden;height:0">%s</div>']) % s


def w_font0(rng, s):
    return rng.choice(['<span style="font-size:0">%s</span>', '<span style="font-size:0px;line-height:0">%s</span>']) % s


def w_white(rng, s):
    return rng.choice(['<span style="color:#ffffff;background:#ffffff">%s</span>',
                       '<font color="white">%s</font>', '<p style="color:#fff">%s</p>']) % s


def md_safe(s):
    return s.replace("(", "[").replace(")", "]")


def w_md(rng, s):
    return rng.choice(["[//]: # (%s)", "[comment]: <> (%s)"]) % s
