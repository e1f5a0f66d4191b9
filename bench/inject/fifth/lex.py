"""Shared vocabulary: shop names, brands, hosts, couriers, money formats."""

STORES = [
    "Northfield Outfitters", "Kettle & Crumb", "Bramble Home", "Pixel Harbour",
    "Little Fox Toys", "Saltmarsh Supply", "Copper Lane", "Greenhouse Goods",
    "Atlas Bike Parts", "Moonbeam Bedding", "Fjordline Outdoor", "Casa Olivo",
    "Linden & Co", "Sunday Ceramics", "Voltwerk", "Paper Crane Stationery",
    "Oak & Ember", "Tidepool Swim", "Wildflower Tea", "Hearth Kitchenware",
    "Studio Mira", "Blue Heron Pets", "Rocket Garden", "Kvist Interiør",
    "Maison Lune", "Tienda Alba", "Bottega Verde Lino", "De Kleine Fietser",
]

BRANDS = [
    "Kelvo", "Arden", "Nuvi", "Brisa", "Hallmo", "Trekka", "Solano", "Vantry",
    "Mokka", "Lumio", "Strata", "Pebble & Pine", "Ostra", "Quill", "Fennix",
    "Rundt", "Zefir", "Halden", "Corvo", "Ilse",
]

MODELS = ["X200", "S3", "Pro 2", "Mini", "Air", "V8", "Max", "Lite", "R5", "One", "Plus", "2024"]

# hosts used by attackers to collect data (fictional)
EVIL_HOSTS = [
    "cdn-reviewpix.net", "stats-collector.io", "img.trkpx.co", "a1-analytics.top",
    "shop-verify.info", "px.ordersync.app", "assets-cache.xyz", "log.helpdesk-mirror.com",
    "static.imgproxy-eu.net", "pixel.review-hub.biz", "api.quickrefund.live",
    "m.cartrecover.site", "feedback-img.cc", "telemetry.storefront-cdn.org",
    "u.shortlnk.click", "beacon.partner-metrics.net", "files.supplierdocs.xyz",
]

COUPON_HEADS = [
    "SPRING", "VIP", "STAFF", "WELCOME", "FREESHIP", "SORRY", "LOYAL", "BF",
    "SUMMER", "GIFT", "MEGA", "FRIENDS", "SAVE", "INSIDER", "PARTNER", "EMP",
]

EMAIL_DOMAINS = [
    "gmail.com", "outlook.com", "yahoo.com", "gmx.de", "web.de", "hotmail.fr",
    "orange.fr", "libero.it", "icloud.com", "proton.me", "wp.pl", "live.se",
    "mail.ru", "163.com", "naver.com", "ziggo.nl", "sapo.pt", "online.no",
]

ATTACKER_MAILS = [
    "refunds.desk", "billing-check", "ops.review", "verify.team", "support-audit",
    "data.export", "store.owner.backup", "admin-recovery", "payouts", "claims.dept",
]

COURIERS = {
    "en": ["Royal Mail", "Evri", "UPS", "DPD", "FedEx", "USPS", "DHL", "Parcelforce", "Yodel", "An Post"],
    "de": ["DHL", "Hermes", "DPD", "GLS", "UPS"],
    "fr": ["Colissimo", "Chronopost", "Mondial Relay", "DPD", "UPS"],
    "es": ["Correos", "SEUR", "MRW", "GLS", "Nacex"],
    "it": ["Poste Italiane", "BRT", "SDA", "GLS", "DHL"],
    "nl": ["PostNL", "DHL", "DPD", "GLS"],
    "pt": ["CTT", "DPD", "GLS", "Correios"],
    "pl": ["InPost", "DPD", "Poczta Polska", "DHL", "GLS"],
    "sv": ["PostNord", "DHL", "Budbee", "Instabox"],
    "no": ["Posten", "Bring", "PostNord", "Helthjem"],
    "fi": ["Posti", "Matkahuolto", "DB Schenker"],
    "ro": ["Fan Courier", "Sameday", "Cargus", "DPD"],
    "el": ["ΕΛΤΑ", "ACS", "Speedex", "Γενική Ταχυδρομική"],
    "ru": ["СДЭК", "Почта России", "Boxberry", "DPD"],
    "zh": ["顺丰", "中通", "圆通", "京东物流", "韵达"],
    "ko": ["CJ대한통운", "우체국택배", "한진택배", "롯데택배"],
}

SIZES = ["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "36", "9", "10", "11"]

LATIN_FIRST = [
    "anna", "mark", "julia", "tom", "sara", "leon", "marta", "david", "eva", "paul",
    "nina", "omar", "lucy", "jonas", "ines", "piet", "kasia", "lars", "elena", "marco",
]
LATIN_LAST = [
    "smith", "becker", "martin", "garcia", "rossi", "devries", "silva", "nowak",
    "lindqvist", "hansen", "popescu", "ivanova", "wang", "kim", "brown", "muller",
]


def money(rng, lang, cur=None):
    """Return a price string in a format usual for the language (cur: the row's currency for English)."""
    euros = rng.choice([9, 12, 14, 19, 24, 29, 34, 39, 45, 49, 59, 64, 79, 89, 99, 119, 129, 149, 189, 249, 320, 480])
    cents = rng.choice([0, 0, 50, 90, 95, 99])
    if lang == "en":
        cur = cur or rng.choice(["$", "£", "€", "$", "£"])
        return f"{cur}{euros}" if cents == 0 else f"{cur}{euros}.{cents:02d}"
    if lang == "pl":
        return f"{euros * 4},{cents:02d} zł"
    if lang in ("sv", "no"):
        return f"{euros * 11} kr"
    if lang == "ro":
        return f"{euros * 5} lei"
    if lang == "ru":
        v = euros * 100
        return rng.choice([f"{v:,}".replace(",", " ") + " ₽", f"{v} руб."])
    if lang == "zh":
        v = euros * 8
        return rng.choice([f"¥{v}", f"{v}元"])
    if lang == "ko":
        v = euros * 1400
        return f"{v:,}원"
    if rng.random() < 0.5:
        return f"{euros},{cents:02d} €"
    return f"€{euros},{cents:02d}" if cents else f"{euros} €"
