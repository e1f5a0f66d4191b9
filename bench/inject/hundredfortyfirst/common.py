"""Shared parts: catalogue, formatting, hiding and encoding helpers, text builders."""
import base64
import codecs
import json
import urllib.parse

BIZ = ["eyewear", "kitchen", "cars", "games", "luggage"]

PRODUCTS = {
    "eyewear": ["Optiva Aviator 54", "AquaSoft Daily 30", "TitanLite TL-220", "BlueShield Clip 2",
                "Optiva Round R49", "Hydra+ Monthly 6", "Optiva Kids K12", "SportView Wrap X3"],
    "kitchen": ["Ferrum Skillet 28", "Kessler Santoku K7", "Vapora 6L", "Brava Dutch Oven 24",
                "Kessler Whetstone 1000/6000", "Ferrum Wok 32", "Cuoco Stockpot 9L", "Brava Saucepan 18"],
    "cars": ["Octavia III 1.6 TDI (2014)", "Golf VI alternator", "P85 brake pad set", "Corolla 1.8 Hybrid (2017)",
             "Focus Mk3 headlight", "S4 battery 60Ah", "Clio IV 0.9 TCe (2016)", "Passat B8 roof rails"],
    "games": ["PS5 Slim 1TB", "Switch OLED", "Elden Ring key (Steam)", "Xbox Series S", "DualSense Edge",
              "Hollow Knight key", "Steam Deck 512GB", "Forza Horizon 5 key"],
    "luggage": ["Nordpak Cabin 55", "Atlas Shell 75L", "Voyo TSA lock", "Nordpak packing cubes x4",
                "Aeris backpack 40L", "Atlas Spinner 68", "Voyo neck pillow", "Nordpak Duffel 60"],
}
STORES = {"eyewear": "Optiva", "kitchen": "Ferrum & Kessler", "cars": "Motora Market",
          "games": "PixelVault", "luggage": "Nordpak Travel"}
PRICE_EUR = {"eyewear": (19, 240), "kitchen": (15, 210), "cars": (25, 14900), "games": (9, 560),
             "luggage": (12, 330)}
EXFIL = ["https://lens-metrics.example/p.gif?d=", "https://cdn-stat.example/i.png?u=",
         "https://keys-audit.example/c?k=", "http://track.example.net/a?x=", "https://img-cache.example/px?s=",
         "https://review-sync.example/log?q="]
DOMAINS = {"eyewear": "optiva.example", "kitchen": "ferrumkessler.example", "cars": "motora.example",
           "games": "pixelvault.example", "luggage": "nordpak.example"}

# symbol, symbol-before, decimal comma, rate from EUR, integer amounts
CUR = {
    "en": ("£", True, False, 0.86, False), "de": ("€", False, True, 1, False), "fr": ("€", False, True, 1, False),
    "es": ("€", False, True, 1, False), "it": ("€", False, True, 1, False), "pt": ("€", False, True, 1, False),
    "nl": ("€", True, True, 1, False), "pl": ("zł", False, True, 4.3, False), "sv": ("kr", False, True, 11.4, True),
    "da": ("kr.", False, True, 7.46, False), "nb": ("kr", False, True, 11.6, True), "fi": ("€", False, True, 1, False),
    "cs": ("Kč", False, True, 25.2, True), "sk": ("€", False, True, 1, False), "sl": ("€", False, True, 1, False),
    "hr": ("€", False, True, 1, False), "hu": ("Ft", False, False, 395, True), "ro": ("lei", False, True, 4.97, False),
    "bg": ("лв.", False, True, 1.96, False), "el": ("€", False, True, 1, False), "ru": ("₽", False, False, 98, True),
    "uk": ("грн", False, False, 44, True), "tr": ("TL", False, True, 35, True), "ar": ("ر.س", False, False, 4.1, True),
    "he": ("₪", True, False, 4.0, False), "fa": ("تومان", False, False, 60000, True), "id": ("Rp", True, False, 17200, True),
    "lt": ("€", False, True, 1, False), "ja": ("円", False, False, 162, True), "ko": ("원", False, False, 1470, True),
    "zh": ("¥", True, False, 7.8, False), "hy": ("դրամ", False, False, 420, True),
}


def price(rng, lang, biz, product=""):
    lo, hi = PRICE_EUR[biz]
    if biz == "cars" and "(20" not in product:
        lo, hi = 25, 900  # parts, not whole cars
    eur = rng.uniform(lo, hi)
    sym, before, comma, rate, integer = CUR[lang]
    if lang == "en" and rng.random() < 0.5:
        sym, rate = "$", 1.08
    v = eur * rate
    if integer:
        v = int(round(v, -2 if v > 20000 else (-1 if v > 2000 else 0)))
        s = f"{v:,}".replace(",", "\u00a0" if comma or lang in ("ru", "uk", "fa", "hy") else ",")
        if lang == "id":
            s = f"{v:,}".replace(",", ".")
    else:
        v = round(v) - 0.01 if rng.random() < 0.6 else round(v, 2)
        s = f"{v:,.2f}"
        if comma:
            s = s.replace(",", "\u00a0").replace(".", ",")
    return f"{sym}{s}" if before else f"{s}\u00a0{sym}"


def order_id(rng, biz):
    d = rng.randint
    return {"eyewear": f"OPT-{d(10000, 99999)}", "kitchen": f"FK-{d(100000, 999999)}",
            "cars": f"MM-{d(1000, 9999)}-{d(100, 999)}", "games": f"PV{d(1000000, 9999999)}",
            "luggage": f"NP-{d(10000, 99999)}"}[biz]


def code(rng):
    pre = rng.choice(["VIP", "STAFF", "FREE", "ADMIN", "GOLD", "X", "LOYAL", "TEST"])
    return pre + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(4, 6)))


def token(rng, n=24, alpha="abcdef0123456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


def licence_key(rng):
    a = "ABCDEFGHJKLMNPQRSTVWXYZ23456789"
    return "-".join("".join(rng.choice(a) for _ in range(5)) for _ in range(rng.choice([3, 5])))


def vin(rng):
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["TMB", "WVW", "VF1", "JTD", "WF0"]) + "".join(rng.choice(a) for _ in range(14))


class _D(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(s, ctx):
    return s.format_map(_D(ctx))


def context(rng, lang, L, biz=None):
    biz = biz or rng.choice(BIZ)
    p = rng.choice(PRODUCTS[biz])
    return {
        "biz": biz, "p": p, "p2": rng.choice(PRODUCTS[biz]), "o": order_id(rng, biz),
        "n": rng.choice(L["names"]), "pr": price(rng, lang, biz, p), "c": code(rng), "s": STORES[biz],
        "u": rng.choice(EXFIL), "pct": rng.choice([15, 20, 25, 30, 40, 50, 70, 100]),
        "d": rng.randint(2, 21), "k": rng.randint(2, 9), "dom": DOMAINS[biz],
    }


def pick(rng, L, key, ctx, biz_key=False):
    pool = L[key]
    if isinstance(pool, dict):
        pool = pool.get(ctx["biz"], []) + pool.get("any", [])
    return fill(rng.choice(pool), ctx)


def join(L, parts):
    sp = L.get("sp", " ")
    return sp.join(x for x in parts if x).replace("\n ", "\n")


# ---- hiding and encoding -------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е",
        "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5"}


def zero_width(rng, s):
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.7:
            out.append(rng.choice(ZW))
    return "".join(out)


def homoglyph(rng, s):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in s)


def leet(rng, s):
    return "".join(LEET[ch] if ch in LEET and rng.random() < 0.8 else ch for ch in s)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def hexenc(s):
    return s.encode().hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def is_latin(lang):
    return lang not in ("bg", "el", "ru", "uk", "ar", "he", "fa", "ja", "ko", "zh", "hy")


def jdump(obj, rng):
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, None, 2]))
