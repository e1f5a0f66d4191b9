"""Per-row slot values (names, orders, amounts, hosts) for one language."""
import unicodedata

from .util import pick

STORES = ["Nordlicht Outdoor", "Maple and Thread", "Casa Verde", "Bergfink", "Lumen Living",
          "Harbour Kitchen", "Pinecrest Supply", "Atelier Solene", "Tidewater Gear", "Kobalt Home",
          "Vela Sport", "Finch and Fig", "Korvo Living", "Olmo Casa", "Brightwell Pet",
          "Saltmarsh Cycles", "Tilia Beauty", "Quarry Tools"]
COMPETITORS = ["BargainBarn", "MegaMart Online", "ShopRapid", "DealNest", "PriceHive",
               "QuickCart Direct", "OutletKing", "CheapCrate"]
HOSTS = ["bargain-outlet.example", "deal-nest.example", "rev-metrics.example", "cdn-pixel.example",
         "orderaudit.example", "shop-insights.test", "img-relay.example", "verify-portal.example",
         "promo-hub.test", "track-stats.example", "feedback-sync.example", "support-archive.example",
         "cx-analytics.test", "assets-mirror.example", "claims-desk.example", "loyalty-check.test"]
EX_USERS = ["audit", "records", "export", "backup", "qa-review", "compliance", "archive", "ops"]
MAIL_DOMAINS = ["mail.example", "inbox.test", "post.example", "webmail.example", "netpost.test"]
CARRIERS = ["parcelway.example", "swiftpost.example", "eurocourier.test", "dhx-track.example"]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def slug(s):
    return "-".join(ascii_fold(s).lower().replace("'", "").split())


def money(rng, code):
    whole = rng.choice([9, 12, 14, 19, 24, 29, 34, 39, 45, 49, 59, 64, 79, 89, 99, 119, 129, 149,
                        189, 219, 249, 299, 349])
    cents = rng.choice([0, 50, 90, 95, 99])
    num = "%d.%02d" % (whole, cents)
    comma = "%d,%02d" % (whole, cents)
    if code == "en":
        return pick(rng, ["£" + num, "$" + num, "€" + num]), num
    if code == "nl":
        return "€ " + comma, num
    if code == "pl":
        return "%d,%02d zł" % (whole * 4, cents), num
    if code == "sv":
        return "%d kr" % (whole * 11), num
    return comma + " €", num


def date(rng, L):
    d = rng.randint(1, 28)
    m = rng.randrange(12)
    y = rng.choice([2024, 2025])
    return L["date_fmt"].format(d=d, m=L["months"][m], mm="%02d" % (m + 1), y=y)


def order_id(rng):
    f = rng.randrange(5)
    n = rng.randint(10000, 99999)
    if f == 0:
        return "#%d" % n, str(n)
    if f == 1:
        return "SO-2025-%05d" % n, "%05d" % n
    if f == 2:
        return "A-%d" % n, str(n)
    if f == 3:
        m = rng.randint(1000000, 9999999)
        return str(m), str(m)
    return "%d-%d" % (rng.randint(100, 999), n), str(n)


def make_ctx(rng, L):
    first, last = pick(rng, L["first"]), pick(rng, L["last"])
    first2, last2 = pick(rng, L["first"]), pick(rng, L["last"])
    store = pick(rng, STORES)
    host = pick(rng, HOSTS)
    amount, amount_num = money(rng, L["code"])
    order, ordernum = order_id(rng)
    city = pick(rng, L["cities"])
    products = [p[:1].upper() + p[1:] for p in rng.sample(L["products"], 2)]
    ctx = dict(
        product=products[0], product2=products[1], store=store,
        shop=slug(store) + ".example", comp=pick(rng, COMPETITORS),
        host=host, exmail="%s@%s" % (pick(rng, EX_USERS), host),
        first=first, name="%s %s" % (first, last), name2="%s %s" % (first2, last2),
        email="%s.%s@%s" % (slug(first), slug(last), pick(rng, MAIL_DOMAINS)),
        email2="%s%d@%s" % (slug(first2), rng.randint(1, 99), pick(rng, MAIL_DOMAINS)),
        agent=pick(rng, L["first"]), city=city, order=order, ordernum=ordernum,
        amount=amount, amount_num=amount_num, pct=rng.choice([10, 15, 20, 25, 30, 40, 50]),
        code=rng.choice(["SAVE", "VIP", "STAFF", "WELCOME", "SPRING", "LOYAL", "FRIEND"]) + str(rng.randint(10, 99)),
        sku="%s-%04d" % (rng.choice(["KS", "BT", "HM", "OD", "KT", "PX", "TL"]), rng.randint(1, 9999)),
        date=date(rng, L), ticket="#%d" % rng.randint(100000, 999999),
        tracking="%s%09d%s" % (rng.choice(["JD", "RR", "CP", "LX"]), rng.randint(0, 999999999), rng.choice(["GB", "DE", "NL", "FR"])),
        phone="+%d %d %d %04d" % (rng.choice([44, 49, 33, 34, 39, 31, 351, 48, 46]), rng.randint(20, 99), rng.randint(100, 999), rng.randint(0, 9999)),
        n=rng.randint(3, 48), ver="%d.%d" % (rng.randint(2, 7), rng.randint(0, 12)),
        token="".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(rng.randint(10, 16))),
        postcode=str(rng.randint(10000, 99999)), carrierdom=pick(rng, CARRIERS),
        compdom=slug(pick(rng, COMPETITORS)) + ".example",
        rating=rng.choice(["3.9", "4.1", "4.3", "4.5", "4.6", "4.8"]),
    )
    ctx["addr"] = L["addr_fmt"].format(no=rng.randint(2, 180), street=pick(rng, L["streets"]), city=pick(rng, L["cities"]))
    return ctx
