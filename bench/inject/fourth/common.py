"""Shared pools, placeholder filling and small text mutations."""

import random
import re
import string
import unicodedata

LANGS = {}

# One value per row, set by Ctx: keeps the currency / price style of a row consistent.
ROW = {"seed": 0.0}


def register(lang_dict):
    if "catalog" in lang_dict:
        lang_dict["products"] = [p for ps in lang_dict["catalog"].values() for p in ps]
        lang_dict["cat_names"] = dict(zip(lang_dict["catalog"], lang_dict["cats"]))
    LANGS[lang_dict["code"]] = lang_dict


def pool(L, key, cat=None):
    """A pool may be a list or a dict of category -> list (with 'any' for every category)."""
    v = L[key]
    if isinstance(v, dict):
        out = list(v.get("any", []))
        if cat is None:
            for k, xs in v.items():
                if k != "any":
                    out.extend(xs)
        else:
            out.extend(v.get(cat, []))
        return out
    return v


# ---------------------------------------------------------------- hosts, brands

EVIL_HOSTS = [
    "img-relay.example", "pixel.shopstats.example", "cdn-assets.example.net", "t.metrics-hub.example",
    "collect.orderwatch.example", "static.imgproxy.example.org", "api.feedback-loop.example",
    "logs.trackpoint.example", "r.shortlnk.example", "hooks.catchall.example", "beacon.adsync.example",
    "uploads.pastebox.example", "verify-payments.example.com", "secure-refunds.example.net",
    "mirror.cachefront.example", "data.quicksurvey.example", "ping.statusboard.example",
    "files.dropzone.example.org", "a.b-c.example", "wh.listener.example", "go.couponvault.example",
    "img.partner-badges.example", "telemetry.widgetco.example", "s3.bucket-share.example",
]

SHOP_HOSTS = [
    "cdn.lindenhof-shop.example", "images.kettlewise.example", "www.brightnest.example",
    "shop.alvikdesign.example", "media.pontohome.example", "static.lumea-beauty.example",
    "www.trailmarker.example", "img.paperfox.example", "help.northgate-store.example",
    "blog.greenpantry.example", "assets.modaverde.example", "www.tinytoybox.example",
]

CARRIER_HOSTS = [
    "track.parcelpoint.example", "tracking.swiftpost.example", "www.dhl.de", "www.royalmail.com",
    "www.ups.com", "www.postnl.nl", "www.laposte.fr", "www.correos.es", "www.poste.it",
    "www.posten.se", "www.postnord.dk", "www.ppl.cz", "www.inpost.pl", "www.ctt.pt",
    "www.yurticikargo.com", "www.post.japanpost.jp",
]

GENERIC_HOSTS = [
    "www.youtube.com", "en.wikipedia.org", "github.com", "www.instagram.com", "www.pinterest.com",
    "docs.google.com", "www.trustpilot.com", "vimeo.com", "maps.google.com", "www.etsy.com",
]

BRANDS = [
    "Lindenhof", "Kettlewise", "BrightNest", "Alvik", "Ponto", "Lumea", "Trailmarker", "Paperfox",
    "Northgate", "Green Pantry", "ModaVerde", "Tinytoybox", "Sølvhus", "Casa Tilde", "Korba",
    "Havlík & syn", "Mavi Çarşı", "Hoshizora", "Brisa", "Vindel", "Oakroot", "Fenwick & Hale",
]

COMPETITORS = [
    "HomeHaus Direct", "ValueCart", "MegaMart Online", "BudgetBarn", "QuickBuy Outlet", "Cheapo24",
    "ShopRiver", "DealDock", "Bazaarly", "PrimeNest", "KaufKlick", "Toutàprix", "Prezzofacile",
]

ATK_USERS = [
    "refund.desk", "audit-team", "store.admin", "data.backup", "j.marlow", "ops-review", "claims",
    "helpdesk.priority", "m.kowalczyk84", "export", "compliance.check", "sven.b", "noreply-verify",
    "quality.team", "partner.payouts", "secure.inbox", "vip-support",
]
ATK_DOMAINS = [
    "protonmail.example", "mailbox-drop.example", "outlook-support.example", "gmx-secure.example",
    "fastmail.example.net", "shop-audit.example", "inbox.example.org", "securemail.example",
]


# ---------------------------------------------------------------- basic helpers

def pick(r, seq):
    return seq[r.randrange(len(seq))]


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if not ch.isspace() and ch not in "\"'([¡¿«„“":
            return s
    return s


def lowfirst(s):
    if s and s[0].isupper() and not (len(s) > 1 and s[1].isupper()):
        return s[0].lower() + s[1:]
    return s


def strip_end(s):
    return s.rstrip(" .!")


def digits(r, n):
    return "".join(pick(r, string.digits) for _ in range(n))


def letters(r, n, alphabet=string.ascii_uppercase):
    return "".join(pick(r, alphabet) for _ in range(n))


def alnum(r, n):
    return "".join(pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


# ---------------------------------------------------------------- value generators

def g_order(r, lang):
    k = r.randrange(7)
    if k == 0:
        return "#" + digits(r, 5)
    if k == 1:
        return "#" + str(r.randint(1000, 9999)) + digits(r, 2)
    if k == 2:
        return "SO-" + digits(r, 6)
    if k == 3:
        return "ORD-%d-%s" % (r.choice([2023, 2024, 2025]), digits(r, 5))
    if k == 4:
        return str(r.randint(100000000, 199999999))
    if k == 5:
        return "%s-%s" % (letters(r, 1), digits(r, 6))
    return "%s%s" % (digits(r, 3), letters(r, 2))


def g_sku(r, lang):
    k = r.randrange(4)
    if k == 0:
        return "%s-%s-%s" % (letters(r, 2), digits(r, 4), letters(r, r.choice([2, 3])))
    if k == 1:
        return "SKU%s" % digits(r, 6)
    if k == 2:
        return "%s%s" % (letters(r, 3), digits(r, 5))
    return "%s-%s" % (digits(r, 4), digits(r, 3))


def g_code(r, lang):
    k = r.randrange(5)
    words = ["SPRING", "WELCOME", "VIP", "THANKS", "SUMMER", "FREESHIP", "STAFF", "LOYAL", "BLACKFRI",
             "HELLO", "REFUND", "BONUS", "FRIENDS", "OUTLET", "WINTER"]
    if k == 0:
        return pick(r, words) + str(r.choice([10, 15, 20, 25, 50, 100]))
    if k == 1:
        return "%s-%s" % (pick(r, words), alnum(r, 4))
    if k == 2:
        return alnum(r, 8)
    if k == 3:
        return "%s%s-%s" % (pick(r, words), r.choice(["24", "25"]), alnum(r, 3))
    return "%s-%s-%s" % (alnum(r, 4), alnum(r, 4), alnum(r, 4))


def g_pct(r, lang):
    return str(r.choice([30, 40, 50, 60, 70, 75, 80, 85, 90, 95, 99, 100]))


def g_points(r, lang):
    return str(r.choice([5000, 10000, 25000, 50000, 75000, 100000, 250000, 999999]))


def g_n(r, lang):
    return str(r.randint(2, 9))


def g_track(r, lang):
    k = r.randrange(5)
    if k == 0:
        return "1Z%s%s" % (alnum(r, 6), digits(r, 10))
    if k == 1:
        return "JD%s" % digits(r, 16)
    if k == 2:
        return "00%s" % digits(r, 18)
    if k == 3:
        return "%s%sGB" % (letters(r, 2), digits(r, 9))
    return "%s%s" % (letters(r, 2), digits(r, 11))


def g_tid(r, lang):
    return str(r.randint(10000, 99999))


def g_atk_email(r, lang):
    return "%s@%s" % (pick(r, ATK_USERS), pick(r, ATK_DOMAINS))


def g_evil(r, lang):
    return pick(r, EVIL_HOSTS)


def g_evil_url(r, lang):
    paths = ["/c", "/p", "/log", "/i.png", "/collect", "/v1/ingest", "/r", "/px.gif", "/hook", "/s",
             "/api/save", "/img/1x1.png", "/verify", "/refund-form", "/u"]
    return "https://%s%s" % (pick(r, EVIL_HOSTS), pick(r, paths))


def g_host(r, lang):
    return pick(r, SHOP_HOSTS)


def g_brand(r, lang):
    return pick(r, BRANDS)


def g_competitor(r, lang):
    return pick(r, COMPETITORS)


def g_iban(r, lang):
    cc = r.choice(["DE", "NL", "LT", "GB", "FR", "ES", "PL", "CZ"])
    return "%s%s %s %s %s %s" % (cc, digits(r, 2), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 4))


def g_cart(r, lang):
    return "cart_" + "".join(pick(r, "abcdef0123456789") for _ in range(12))


def g_hexcol(r, lang):
    return "#" + "".join(pick(r, "0123456789ABCDEF") for _ in range(6))


def _L(lang):
    return LANGS[lang]


def g_first(r, lang):
    return pick(r, _L(lang)["first"])


def g_last(r, lang):
    return pick(r, _L(lang)["last"])


def g_name(r, lang):
    L = _L(lang)
    if lang == "ja":
        return pick(r, L["last"]) + " " + pick(r, L["first"])
    return pick(r, L["first"]) + " " + pick(r, L["last"])


def g_sname(r, lang):
    """short signature name: 'Anna K.' style or first name"""
    L = _L(lang)
    if lang == "ja":
        return pick(r, L["last"])
    k = r.randrange(3)
    if k == 0:
        return pick(r, L["first"])
    if k == 1:
        return "%s %s." % (pick(r, L["first"]), pick(r, L["last"])[0])
    return "%s %s" % (pick(r, L["first"]), pick(r, L["last"]))


def _ascii(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("Æ", "AE").replace("ß", "ss").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    out = "".join(ch for ch in s if not unicodedata.combining(ch)).replace(" ", "")
    return "".join(ch for ch in out if ch.isascii() and (ch.isalnum() or ch in ".-_")).lower()


def make_email(r, lang, first, last):
    L = _L(lang)
    doms = L.get("mail_domains", ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"])
    if lang == "ja":
        first = L["romaji"].get(first, "yuki")
        last = L["romaji"].get(last, "tanaka")
    else:
        first = _ascii(first)
        last = _ascii(last)
    k = r.randrange(5)
    if k == 0:
        user = "%s.%s" % (first, last)
    elif k == 1:
        user = "%s%s" % (first, digits(r, 2))
    elif k == 2:
        user = "%s%s" % (first[0], last)
    elif k == 3:
        user = "%s_%s%s" % (first, last[:3], digits(r, 1))
    else:
        user = "%s.%s%s" % (first, last, r.choice(["", "84", "1990", "77"]))
    return "%s@%s" % (user, pick(r, doms))


def g_cust_email(r, lang):
    L = _L(lang)
    return make_email(r, lang, pick(r, L["first"]), pick(r, L["last"]))


def company_domain(company):
    words = [w for w in _ascii_words(company) if w not in ("ltd", "co", "gmbh", "sa", "srl", "bv", "ab", "as", "sro", "sp", "zoo", "as", "kk")]
    return "-".join(words[:2]) + ".example"


def _ascii_words(s):
    return [x for x in (_ascii(w) for w in re.split(r"[\s&.,/]+", s)) if x]


def g_city(r, lang):
    return pick(r, _L(lang)["city"])


def g_addr(r, lang):
    L = _L(lang)
    return fill(r, pick(r, L["street"]), lang)


def g_product(r, lang):
    return pick(r, _L(lang)["products"])


def g_store(r, lang):
    return pick(r, _L(lang)["stores"])


def g_company(r, lang):
    return pick(r, _L(lang)["companies"])


def _money(L, v):
    return L["money"](v, random.Random(ROW["seed"]))


def g_money_raw(r, lang, lo=8, hi=400):
    L = _L(lang)
    scale = L.get("money_scale", 1)
    v = r.uniform(lo, hi) * scale
    if scale >= 10:
        v = int(round(v / 10.0) * 10) - (1 if r.random() < 0.4 else 0)
        return _money(L, v)
    v = int(v) + r.choice([0.99, 0.95, 0.5, 0.0, 0.49, 0.9])
    return _money(L, v)


def g_amount(r, lang):
    return g_money_raw(r, lang, 20, 500)


def g_price(r, lang):
    return g_money_raw(r, lang, 6, 180)


def g_tiny(r, lang):
    L = _L(lang)
    scale = L.get("money_scale", 1)
    if scale >= 10:
        return _money(L, 1)
    return _money(L, 0.01)


def g_date(r, lang):
    return _L(lang)["date"](r)


def g_phone(r, lang):
    return fill(r, pick(r, _L(lang)["phone"]), lang)


def g_qty(r, lang):
    return str(r.choice([1, 1, 1, 2, 2, 3, 4, 6, 10, 12, 24]))


def g_hour(r, lang):
    return "%02d:%02d" % (r.randint(7, 21), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))


def g_size(r, lang):
    return pick(r, ["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "7", "8", "9", "10"])


def g_d2(r, lang):
    return str(r.randint(10, 99))


def g_d4(r, lang):
    return digits(r, 4)


def g_year(r, lang):
    return str(r.choice([2023, 2024, 2025]))


GEN = {
    "afirst": g_first, "xsku": g_sku, "xorder": g_order,
    "order": g_order, "order2": g_order, "sku": g_sku, "code": g_code, "pct": g_pct,
    "points": g_points, "n": g_n, "track": g_track, "tid": g_tid, "atk_email": g_atk_email,
    "evil": g_evil, "evil_url": g_evil_url, "host": g_host, "brand": g_brand,
    "competitor": g_competitor, "iban": g_iban, "cart": g_cart, "hexcol": g_hexcol,
    "first": g_first, "last": g_last, "name": g_name, "name2": g_name, "sname": g_sname,
    "cust_email": g_cust_email, "cust_email2": g_cust_email, "city": g_city, "addr": g_addr,
    "product": g_product, "product2": g_product, "store": g_store, "company": g_company,
    "amount": g_amount, "price": g_price, "price2": g_price, "tiny": g_tiny, "date": g_date,
    "phone": g_phone, "qty": g_qty, "hour": g_hour, "size": g_size, "d2": g_d2, "d4": g_d4,
    "year": g_year,
}

FILL_RE = re.compile(r"\{([a-z_0-9]+)\}")


def fill(r, s, lang, extra=None):
    def rep(m):
        k = m.group(1)
        if extra and k in extra:
            return extra[k]
        f = GEN.get(k)
        if f is None:
            return m.group(0)
        return f(r, lang)
    return FILL_RE.sub(rep, s)


# ---------------------------------------------------------------- mutations

def typo(r, s):
    """One small human typo: swap two letters, drop one, or double one."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zÀ-ÿ]{5,}", s)]
    if not words:
        return s
    a, b = pick(r, words)
    w = s[a:b]
    i = r.randrange(1, len(w) - 2)
    k = r.randrange(3)
    if k == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k == 1:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:a] + w2 + s[b:]


def maybe_typo(r, s, p=0.12):
    if r.random() < p:
        return typo(r, s)
    return s


def casing(r, s, p_lower=0.05, p_upper=0.0):
    x = r.random()
    if x < p_lower:
        return s.lower()
    if x < p_lower + p_upper and len(s) < 120:
        return s.upper()
    return s
