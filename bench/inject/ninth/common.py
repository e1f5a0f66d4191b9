"""Shared random source, fillers and text transforms."""
import base64
import codecs
import random
import urllib.parse

RNG = random.Random(90909)

PRODUCTS = [
    "linen duvet cover", "ceramic pour-over set", "trail running shoes", "bamboo cutting board",
    "wireless earbuds", "cast iron skillet", "merino base layer", "phone tripod", "LED desk lamp",
    "kids' rain jacket", "silicone baking mats", "yoga mat", "espresso grinder", "leather card holder",
    "smart plug 4-pack", "dog harness", "vintage denim jacket", "noise machine", "handmade soy candle",
    "waterproof hiking boots", "robot vacuum", "portable blender", "gaming headset", "crossbody bag",
    "stainless water bottle", "air fryer", "mechanical keyboard", "baby carrier", "wool beanie",
    "standing desk converter", "retro film camera", "cordless drill", "satin pillowcase",
    "electric toothbrush", "camping hammock", "knitted cardigan", "smartwatch band", "ring light",
    "walnut phone stand", "acrylic paint set",
]
CATS = [
    "headphones", "kitchen gadgets", "running shoes", "skincare", "phone cases", "home decor",
    "pet supplies", "baby gear", "outdoor gear", "laptops", "vacuum cleaners", "sneakers",
    "candles", "coffee gear", "jackets", "smart home devices",
]
SHOPS = [
    "LumaNest", "Fjordware", "PixelPine", "Crate & Comet", "Oakmoss Supply", "Brightloop",
    "NordKamm", "Velvet Mule", "Sundrip", "TideHaus", "Kettleby", "Marlow & Finch", "ZenBento",
    "Copperleaf", "Quillhaven", "Hollowpeak",
]
NAMES = [
    "Maya", "Jonas", "Priya", "Tom", "Lena", "Carlos", "Aiko", "Sam", "Noor", "Felix", "Grace",
    "Omar", "Ines", "Ravi", "Chloe", "Dev", "Hannah", "Luca", "Zoe", "Ben",
]
DOMAINS = [
    "deal-vault.top", "shopper-sync.io", "review-hub.click", "promo-bridge.net", "cart-metrics.xyz",
    "buyerstats.site", "pricewatch-api.cc", "img-cdn-track.info", "loyalty-sync.app",
]
GOOD_DOMAINS = [
    "example-shop.com", "mystore.example", "brightloop.example", "oakmoss.example",
    "tidehaus.example", "kettleby.example",
]


def code():
    pre = RNG.choice(["SAVE", "VIP", "FREE", "BOT", "SPRING", "FLASH", "LOYAL", "EXTRA", "WELCOME"])
    return pre + str(RNG.randint(10, 99))


def order():
    return "#" + str(RNG.randint(100000, 999999))


def filler():
    return {
        "prod": RNG.choice(PRODUCTS),
        "prod2": RNG.choice(PRODUCTS),
        "cat": RNG.choice(CATS),
        "shop": RNG.choice(SHOPS),
        "rival": RNG.choice(SHOPS),
        "name": RNG.choice(NAMES),
        "code": code(),
        "order": order(),
        "pct": str(RNG.choice([10, 15, 20, 25, 30, 40, 50, 70, 90, 100])),
        "price": str(RNG.choice([0, 1, 4.99, 9, 12.5, 19, 29.99, 49, 79, 129])),
        "price2": str(RNG.choice([14.9, 22, 31.5, 44, 59.99, 84, 99])),
        "price3": str(RNG.choice([16, 24.5, 35, 47.9, 62, 89, 109])),
        "url": "https://" + RNG.choice(DOMAINS) + "/" + RNG.choice(["c", "p", "u", "log", "r", "px"]) + "?id=" + str(RNG.randint(1000, 99999)),
        "goodurl": "https://" + RNG.choice(GOOD_DOMAINS) + "/" + RNG.choice(["sale", "p/" + str(RNG.randint(100, 999)), "coupons", "help", "size-guide"]),
        "n": str(RNG.randint(2, 14)),
        "stars": str(RNG.choice([3, 4, 5])),
        "email": RNG.choice(["support", "hello", "returns", "orders"]) + "@" + RNG.choice(GOOD_DOMAINS),
        "bademail": RNG.choice(["collect", "dump", "ops", "sync"]) + "@" + RNG.choice(DOMAINS),
    }


def fill(template, vals=None):
    vals = vals or filler()
    return template.format_map(vals)


# ---------- encodings ----------

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot_13")


def urlenc(s):
    return urllib.parse.quote(s)


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456"}


def leet(s):
    return "".join(LEET.get(ch.lower(), ch) if RNG.random() < 0.8 else ch for ch in s)


def homoglyph(s):
    return "".join(HOMO.get(ch, ch) if RNG.random() < 0.6 else ch for ch in s)


def zero_width(s):
    zw = RNG.choice(["\u200b", "\u200c", "\u200d", "\u2060"])
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch != " " and i % RNG.choice([1, 2, 3]) == 0:
            out.append(zw)
    return "".join(out)


def spaced(s):
    return " / ".join(" ".join(w) for w in s.upper().split(" "))


def dotted(s):
    return ".".join(w for w in s.split(" "))
