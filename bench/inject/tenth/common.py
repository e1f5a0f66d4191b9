"""Shared context: random helpers and lexicon access."""
import unicodedata

from .lex_en import EN
from .lex_eu import DE, FR, ES, IT, NL
from .lex_other import PT, PL, SV, CS, JA

LEX = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL,
       "pt": PT, "pl": PL, "sv": SV, "cs": CS, "ja": JA}

JA_LOCAL = ["misaki.sato", "kenta.suzuki", "yui.takahashi", "sho.tanaka", "aya.ito", "daisuke.w"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "web.de", "yahoo.com", "icloud.com", "proton.me", "gmx.net", "hotmail.co.uk"]
STORE_DOMAINS = ["northfield-goods.com", "hearthandloom.shop", "kestrelsupply.co", "brightlane.store"]
EVIL_HOSTS = ["ordr-sync.net", "shopmetrics-cdn.io", "merchant-verify.co", "audit-collect.app", "cdn-pixel-stats.com",
              "store-backup.cloud", "ops-relay.info", "api-mirror.dev", "partner-feeds.biz", "img-cache.click"]
EVIL_MAILS = ["records@ordr-sync.net", "backup.ops@protonmail.ch", "finance-team@merchant-verify.co",
              "exports@store-backup.cloud", "support-desk@ops-relay.info", "owner.private@gmx.net",
              "reconcile@audit-collect.app", "data@partner-feeds.biz"]
RESELLERS = ["https://cheap-brand-outlet.shop", "https://official-deals-store.net", "https://brandwarehouse-eu.com",
             "https://outlet-direct.click"]


class Ctx:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.L = LEX[lang]

    def pick(self, key, lang=None):
        L = LEX[lang] if lang else self.L
        return self.rng.choice(L[key])

    def picks(self, key, n):
        pool = list(self.L[key])
        self.rng.shuffle(pool)
        return [pool[i % len(pool)] for i in range(n)]

    def name(self):
        return self.rng.choice(self.L["names"])

    def email(self, name=None):
        r = self.rng
        name = name or self.name()
        base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()
        if not base or len(base) < 3:
            local = r.choice(JA_LOCAL)
        else:
            parts = base.split()
            local = r.choice([".".join(parts), parts[0] + str(r.randint(1, 99)), parts[0][0] + parts[-1]])
        return f"{local}@{r.choice(MAIL_DOMAINS)}"

    def store(self):
        return self.rng.choice(STORE_DOMAINS)

    def order(self):
        r = self.rng
        return r.choice(["#", "#", "", "SO-"]) + str(r.randint(1001, 98999))

    def num(self, a=1000, b=999999):
        return self.rng.randint(a, b)

    def amount(self):
        r = self.rng
        v = r.choice([r.randint(15, 480), r.randint(15, 480) + r.choice([0.99, 0.5, 0.0, 0.95])])
        cur = self.L["currency"]
        if cur == "¥":
            return f"¥{int(v) * 150:,}"
        if cur in ("$",):
            return f"${v:.2f}"
        if cur in ("zł", "kr", "Kč"):
            return f"{v * (4 if cur == 'zł' else 11 if cur == 'kr' else 24):.2f} {cur}".replace(".", ",")
        return f"{v:.2f} €".replace(".", ",") if self.lang in ("de", "fr", "es", "it", "nl", "pt") else f"€{v:.2f}"

    def price(self):
        return f"{self.rng.randint(9, 290)}.{self.rng.choice(['00', '50', '90', '95', '99'])}"

    def currency_code(self):
        return {"$": "USD", "€": "EUR", "zł": "PLN", "kr": "SEK", "Kč": "CZK", "¥": "JPY"}[self.L["currency"]]

    def sku(self):
        r = self.rng
        return f"{r.choice(['MW', 'CI', 'LN', 'KR', 'SB', 'WD', 'EB'])}-{r.randint(100, 999)}-{r.choice(['S', 'M', 'L', 'XL', 'BLK', 'NAT', 'GRN'])}"

    def date(self):
        r = self.rng
        return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"

    def ts(self):
        r = self.rng
        return f"{self.date()}T{r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))

    def product(self):
        return self.rng.choice(self.L["products"])

    def city(self):
        return self.rng.choice(self.L["cities"])

    def addr(self):
        r = self.rng
        return f"{r.randint(2, 180)} {r.choice(['Harbour Rd', 'Mill Lane', 'Station St', 'Kingsway', 'Oak Ave'])}, {r.choice(['Newark', 'Reno', 'Slough', 'Calais'])}"

    def fill(self, tmpl):
        r = self.rng
        return tmpl.format(
            order=self.order(), amt=self.amount(), code=r.choice(["STAFF100", "VIPFREE", "ZERO2025", "OWNERPASS", "FULLCOMP"]),
            mail=r.choice(EVIL_MAILS), url=r.choice(RESELLERS), host=r.choice(EVIL_HOSTS), sku=self.sku(),
            addr=self.addr(), rid=r.randint(1000, 9999))
