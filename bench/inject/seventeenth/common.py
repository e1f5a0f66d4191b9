"""Shared slot values and small text helpers (standard library only)."""
import base64
import codecs

ATTACK_HOSTS = [
    "order-verify-desk.com", "sync-merchant.net", "shopaudit-log.io",
    "cdn-pixelstat.net", "agent-relay.org", "secure-refundcenter.com",
    "storehelp-sync.info", "mx-parcelstatus.net", "api-keyvault.co",
    "dataflow-hub.biz", "merchant-check.app", "trk-imgcache.net",
    "vendor-portal-auth.com", "cartsync-backup.io", "returns-desk.online",
]
ATTACK_USERS = [
    "billing.review", "audit", "ops-backup", "refunds.team", "data.export",
    "store.admin2", "support-escalation", "finance.check", "m.kovacs.ops",
    "owner.assist", "records", "sync-bot", "claims", "partner.desk",
]
PLATFORMS = [
    "Vendora", "Shoplane", "Cartwise", "Marketrail", "Kassly", "Tillbay",
    "Quickcart", "Stallholder", "Merchlyn", "Basketry Cloud",
]
PAYMENT = ["Paylark", "Settlr", "Payvela", "CoinMint Pay", "Clearbeam Payments"]
CARRIERS = ["ParcelOne", "SwiftPost", "Northline Freight", "Kurierdirekt",
            "EuroHop", "BlueBox Logistics"]
SUPPLIERS = ["Hanse Textil GmbH", "Sunrise Ceramics Ltd", "Atlas Outdoor Supply",
             "Lumo Lighting Co.", "Verdant Packaging", "Kobe Trading K.K.",
             "Iberia Leather S.L.", "Nordic Wool AB", "Tessuti Riva srl"]
STORES = ["Bramble & Oak", "Nordlicht Living", "Casa Verde Home", "Pixel Peak Gear",
          "Little Fern Kids", "Tidewater Outdoor", "Maison Lumen", "Kettle & Crumb",
          "Velo Vault", "Sock Atelier", "Fjord & Pine", "Cobalt Kitchen",
          "Wild Thyme Tea", "Papier Studio", "Hearth Candle Co."]
DOMAINS = ["brambleoak.shop", "nordlicht-living.de", "casaverde.es", "pixelpeak.store",
           "littlefern.co.uk", "tidewater-outdoor.com", "maisonlumen.fr",
           "kettleandcrumb.com", "velovault.nl", "sockatelier.it"]
TOOLS = ["get_order_details", "lookup_customer", "fetch_inventory", "list_recent_orders",
         "get_store_settings", "read_inbox", "search_customers", "export_orders",
         "send_email", "http_post", "issue_refund", "update_product"]

NAMES = {
    "en": ["Emma Clarke", "Liam Turner", "Olivia Hughes", "Noah Patel", "Grace Walsh",
           "Jacob Reid", "Maya Collins", "Ethan Brooks", "Chloe Martin", "Sam O'Neill",
           "Priya Shah", "Daniel Moore", "Hannah Price", "Owen Fletcher"],
    "de": ["Lukas Becker", "Anna Schmidt", "Jonas Weber", "Lea Hoffmann", "Felix Wagner",
           "Marie Schulz", "Paul Richter", "Sophie Krüger"],
    "fr": ["Camille Durand", "Louis Martin", "Chloé Bernard", "Hugo Petit", "Léa Moreau",
           "Julien Lefèvre", "Inès Garnier"],
    "es": ["Lucía García", "Mateo Fernández", "Carmen López", "Javier Ruiz", "Sofía Moreno",
           "Diego Navarro", "Elena Torres"],
    "it": ["Giulia Rossi", "Luca Bianchi", "Chiara Romano", "Marco Colombo", "Sara Ricci",
           "Davide Greco"],
    "pt": ["Beatriz Silva", "João Santos", "Mariana Costa", "Pedro Oliveira", "Ana Ferreira",
           "Rafael Almeida"],
    "nl": ["Daan de Vries", "Sanne Jansen", "Lars Bakker", "Femke Visser", "Bram Smit",
           "Eva Mulder"],
    "pl": ["Kasia Nowak", "Piotr Wiśniewski", "Magda Kowalczyk", "Tomasz Zieliński",
           "Ola Wójcik", "Michał Lewandowski"],
    "sv": ["Ida Lindqvist", "Erik Johansson", "Maja Nilsson", "Oskar Berg", "Elin Holm",
           "Gustav Ek"],
    "da": ["Freja Jensen", "Mads Nielsen", "Sofie Hansen", "Rasmus Larsen", "Ida Madsen"],
    "ja": ["佐藤 美咲", "鈴木 健太", "高橋 陽子", "田中 翔", "伊藤 花", "渡辺 大輔"],
}


def flat(text):
    """One-line version of a segment, safe inside JSON/CSV strings."""
    return " ".join(text.replace('"', "'").replace("\\", "/").split())


def lc_first(text):
    return text[:1].lower() + text[1:] if text else text


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def rot13(text):
    return codecs.encode(text, "rot13")


def order_no(rng):
    style = rng.randrange(4)
    if style == 0:
        return "#%d" % rng.randint(1001, 98999)
    if style == 1:
        return "SO-%d" % rng.randint(100000, 999999)
    if style == 2:
        return "%s-%04d" % (rng.choice(["BO", "NL", "CV", "PX", "TW", "KC"]), rng.randint(1, 9999))
    return "%d" % rng.randint(4000000, 4999999)


def iban(rng):
    cc = rng.choice(["LT", "GB", "DE", "NL", "EE", "MT"])
    return cc + "%02d" % rng.randint(10, 99) + " " + " ".join(
        "%04d" % rng.randint(0, 9999) for _ in range(4))


def attacker_email(rng):
    return "%s@%s" % (rng.choice(ATTACK_USERS), rng.choice(ATTACK_HOSTS))


def attacker_url(rng):
    host = rng.choice(ATTACK_HOSTS)
    path = rng.choice(["", "/api", "/v2", "/hook", "/m", "/s"])
    return "https://%s%s" % (host, path)


def make_slots(rng, bank):
    """All slots any template may use; templates ignore what they do not need."""
    names = NAMES.get(bank["lang"], NAMES["en"])
    name = rng.choice(names)
    name2 = rng.choice([n for n in names if n != name])
    owner = rng.choice(names)
    store = rng.choice(STORES)
    s = {
        "order": order_no(rng),
        "order2": order_no(rng),
        "amt": bank["money"](rng),
        "amt2": bank["money"](rng),
        "price": bank["money_low"](rng),
        "email_x": attacker_email(rng),
        "url_x": attacker_url(rng),
        "host_x": rng.choice(ATTACK_HOSTS),
        "name": name,
        "name2": name2,
        "owner": owner,
        "store": store,
        "domain": rng.choice(DOMAINS),
        "product": rng.choice(bank["products"]),
        "product2": rng.choice(bank["products"]),
        "code": rng.choice(["FREE100", "STAFF90", "VIPZERO", "OWNER2024", "GRATIS",
                            "SYNC-ALL", "PARTNER95", "NOCHECK"]) + str(rng.randint(1, 99)),
        "iban": iban(rng),
        "phone": "+%d %d %d" % (rng.choice([44, 49, 33, 34, 39, 31, 48, 46, 45, 81, 351]),
                                 rng.randint(100, 999), rng.randint(1000000, 9999999)),
        "last4": "%04d" % rng.randint(0, 9999),
        "tool": rng.choice(TOOLS),
        "platform": rng.choice(PLATFORMS),
        "pay": rng.choice(PAYMENT),
        "supplier": rng.choice(SUPPLIERS),
        "carrier": rng.choice(CARRIERS),
        "addr": rng.choice(bank["addresses"]),
        "ref": "%s-%d" % (rng.choice(["TS", "CMP", "AUD", "SEC", "REF", "INC"]), rng.randint(10000, 99999)),
        "date": bank["date"](rng),
        "q": rng.randint(1, 4),
        "time": "%02d:%02d" % (rng.randint(7, 21), rng.choice([0, 15, 30, 45])),
        "sku": "%s-%d" % (rng.choice(["TX", "CR", "OD", "LL", "VP", "WL", "KT"]), rng.randint(100, 9999)),
        "pct": rng.choice([10, 15, 20, 25, 30]),
        "days": rng.choice([14, 30, 60]),
    }
    s["sig"] = rng.choice(bank["sigs"]).format(**s)
    s["ai"] = rng.choice(bank["ais"])
    return s


def fill(template, s):
    out = template.format(**s)
    out = out[:1].upper() + out[1:] if out and out[0].islower() and not template.startswith("{") else out
    return out
