"""Per-row context: language bank, consistent random slots, small helpers."""

import datetime as _dt
import re
import unicodedata

from . import lex_en, vocab
from .lex_de_fr_es import DE, ES, FR
from .lex_it_nl_pt_pl import IT, NL, PL, PT
from .lex_sv_ja_da_tr import DA, JA, SV, TR

BANK_KEYS = ["COURIER", "GIFT_HARD", "REFUND_REQ", "ADDR_CHANGE", "BOT_COMMENT", "IGNORE_TIP",
             "STAFF_NOTE", "MEMO", "CAPS_TITLE", "ROLLOUT", "POLICY", "DISCLAIMER", "PRODUCT_SYS",
             "DELIVERY", "GIFT", "REVIEW_POS", "REVIEW_NEG", "REVIEW_TITLE", "TICKET", "GREET", "SIGN",
             "QUESTION", "ANSWER"]


def _en_bank():
    d = {k: getattr(lex_en, k) for k in BANK_KEYS}
    d.update({"ACTS": lex_en.ACTS, "WRAP": lex_en.WRAP, "SHORT_WRAP": lex_en.SHORT_WRAP, "FULL": [],
              "DECODE": lex_en.DECODE, "LABELS": lex_en.LABELS})
    return d


LEX = {"en": _en_bank(), "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "pl": PL,
       "sv": SV, "ja": JA, "da": DA, "tr": TR}

for _lang, _bank in LEX.items():
    for _k in BANK_KEYS + ["ACTS", "WRAP", "SHORT_WRAP", "DECODE", "LABELS"]:
        assert _bank.get(_k), (_lang, _k)

LATIN = {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "tr"}

_SLOT = re.compile(r"\{(\w+)\}")

# rough exchange factors from a GBP/EUR-like base price
SCALE = {"pl": 4.3, "sv": 11.0, "da": 7.4, "ja": 160.0, "tr": 35.0}


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z.]", "", s.lower())


class Ctx:
    def __init__(self, rng, lang, mode):
        self.rng = rng
        self.lang = lang
        self.mode = mode  # "inj" | "hard" | "benign"
        self.L = LEX[lang]
        self.family = None
        self.payload = None
        self.json_key = None
        self.usd = lang == "en" and rng.random() < 0.4
        self.store, self.store_domain = rng.choice(vocab.STORES)
        self.base = _dt.datetime(rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 20),
                                 rng.randint(0, 59), rng.randint(0, 59))
        self.me = self.person()
        self.slots = self._slots()

    # ---------- random primitives ----------
    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def oid(self):
        r = self.rng
        f = r.randrange(6)
        if f == 0:
            return "#%d" % r.randint(1001, 99999)
        if f == 1:
            return "SO-%d-%06d" % (r.choice([2023, 2024, 2025]), r.randint(1, 999999))
        if f == 2:
            return "%d-%04d" % (r.randint(100, 999), r.randint(0, 9999))
        if f == 3:
            return "ORD%08d" % r.randint(1, 99999999)
        if f == 4:
            return "W%d" % r.randint(100000, 999999)
        return "%s%05d" % (r.choice("ABCDEFGHJK"), r.randint(0, 99999))

    def sku(self):
        r = self.rng
        return "%s-%04d-%s" % ("".join(r.choice("ABCDEFGHKLMNPRSTVW") for _ in range(2)),
                               r.randint(0, 9999), r.choice(["BLK", "WHT", "S", "M", "L", "XL", "01", "NAT", "BLU"]))

    def money(self, value):
        lang = self.lang
        v = value * SCALE.get(lang, 1.0)
        if lang == "en":
            return ("$%.2f" if self.usd else "£%.2f") % v
        if lang == "ja":
            return "¥{:,}".format(int(round(v, -1)))
        if lang in ("sv", "da"):
            return "%d kr" % round(v)
        if lang == "pl":
            return ("%.2f zł" % v).replace(".", ",")
        if lang == "tr":
            return ("%.2f TL" % v).replace(".", ",")
        if lang == "nl":
            return ("€ %.2f" % v).replace(".", ",")
        return ("%.2f €" % v).replace(".", ",")

    def num(self, value):
        """Plain decimal amount for JSON fields."""
        return round(value * SCALE.get(self.lang, 1.0), 2)

    def currency(self):
        if self.lang == "en":
            return "USD" if self.usd else "GBP"
        return vocab.CURRENCY_CODE[self.lang]

    def date(self):
        r = self.rng
        return "%d-%02d-%02d" % (r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28))

    def ts(self):
        """A timestamp within a few days of this row's base time."""
        t = self.base + _dt.timedelta(seconds=self.rng.randint(0, 5 * 86400))
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def ago(self, lo, hi):
        """Date string some days before this row's base time."""
        return (self.base - _dt.timedelta(days=self.rng.randint(lo, hi))).strftime("%Y-%m-%d")

    def ts_sorted(self, k):
        return sorted(self.ts() for _ in range(k))

    def hexid(self, n=12):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def person(self, lang=None):
        r = self.rng
        lang = lang or self.lang
        first = r.choice(vocab.FIRST[lang])
        last = r.choice(vocab.LAST[lang])
        name = "%s %s" % (last, first) if lang == "ja" else "%s %s" % (first, last)
        city, postcode, country = r.choice(vocab.CITIES[lang])
        street = r.choice(vocab.STREETS[lang])
        if lang == "ja":
            user = r.choice(["sato", "yuki", "hana", "ken", "mika", "taro"]) + str(r.randint(1, 999))
        else:
            user = ascii_fold("%s.%s" % (first, last))
            if r.random() < 0.4:
                user += str(r.randint(1, 99))
        return {"first": first, "last": last, "name": name, "city": city, "postcode": postcode,
                "country": country, "street": street, "n": r.randint(2, 180),
                "email": "%s@%s" % (user, r.choice(vocab.MAIL_HOSTS)),
                "phone": self.phone(lang)}

    def phone(self, lang):
        r = self.rng
        pre = {"en": "+44 7", "de": "+49 15", "fr": "+33 6", "es": "+34 6", "it": "+39 3", "nl": "+31 6",
               "pt": "+351 9", "pl": "+48 5", "sv": "+46 70", "ja": "+81 90", "da": "+45 2", "tr": "+90 5"}[lang]
        return pre + "".join(str(r.randint(0, 9)) for _ in range(8))

    def product(self):
        name, cat, price = self.rng.choice(vocab.PRODUCTS)
        price = price * self.rng.choice([1, 1, 1, 0.9, 1.1, 0.8])
        return {"name": name, "cat": cat, "price": round(price, 2), "sku": self.sku()}

    def items(self, k):
        out = []
        seen = set()
        while len(out) < k:
            p = self.product()
            if p["name"] in seen:
                continue
            seen.add(p["name"])
            p["qty"] = self.rng.choice([1, 1, 1, 2, 3])
            out.append(p)
        return out

    def _slots(self):
        r = self.rng
        me = self.me
        other = self.person()
        prod = self.product()
        evil = r.choice(vocab.EVIL_HOSTS)
        ecity, epost, ecountry = r.choice(vocab.CITIES["nl"] + vocab.CITIES["en"])
        return {
            "oid": self.oid(), "amt": self.money(r.choice([49, 89, 120, 150, 250, 399, 500, 750, 1200])),
            "price": self.money(r.choice([0.01, 0.5, 1, 1.99, 5])),
            "email": me["email"], "cust": me["name"],
            "email2": me["email"].split("@")[0].rstrip("0123456789") + str(r.randint(1, 99)) + "@" + r.choice(vocab.MAIL_HOSTS),
            "evil_email": "%s@%s" % (r.choice(vocab.EVIL_MAIL), r.choice(vocab.EVIL_MAIL_HOSTS)),
            "evil": evil, "evil_addr": "Unit %d, %d Dock Road, %s %s" % (r.randint(1, 40), r.randint(1, 99), ecity, epost),
            "sku": prod["sku"], "product": prod["name"], "cat": prod["cat"],
            "seller": r.choice(vocab.SELLERS), "rma": "RMA-%d" % r.randint(10000, 99999),
            "code": "%s%d" % (r.choice(["STAFF", "VIP", "FREE", "OWNER", "TEST"]), r.randint(100, 999)),
            "n": str(r.randint(2, 9999)), "first": me["first"], "first2": other["first"], "last": me["last"],
            "name": me["name"], "street": me["street"], "city": me["city"], "postcode": me["postcode"],
            "phone": me["phone"], "date": self.date(), "store": self.store, "carrier": r.choice(vocab.SHIPPERS[self.lang]),
        }

    # ---------- text helpers ----------
    def fill(self, template, extra=None):
        slots = self.slots
        if extra:
            slots = dict(slots, **extra)

        def rep(m):
            k = m.group(1)
            return str(slots[k]) if k in slots else m.group(0)
        return _SLOT.sub(rep, template)

    def p(self, key, lang=None):
        """Random phrase from the language bank, slots filled."""
        bank = LEX[lang or self.lang]
        return self.fill(self.rng.choice(bank[key]))

    def ps(self, key, k, lang=None):
        """k distinct phrases from a bank (fewer if the bank is small)."""
        bank = LEX[lang or self.lang][key]
        k = min(k, len(bank))
        return [self.fill(t) for t in self.rng.sample(bank, k)]

    def label(self, key):
        return self.L["LABELS"][key]

    def join(self, base, payload, seps=(" ", " ", "\n", " -- ", " | ", "  ")):
        if not base:
            return payload
        sep = self.rng.choice(seps)
        if self.rng.random() < 0.7:
            return base + sep + payload
        return payload + sep + base

    # ---------- labelling ----------
    def hard(self, family):
        assert family.startswith("hard-")
        self.family = family

    def inj(self, short=False, json_ok=False, prefer=None, styles=None):
        from . import payloads
        pl = payloads.make(self, short=short, json_ok=json_ok, prefer=prefer, styles=styles)
        self.payload = pl.text
        self.family = pl.family
        self.json_key = pl.key
        return pl

    def set_family(self, family):
        assert not family.startswith("hard-")
        self.family = family
