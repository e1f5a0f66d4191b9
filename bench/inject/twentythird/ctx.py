"""Per-language context: pools over the language pack plus fake store data."""

from .common import (Pool, ATTACK_HOSTS, ATTACK_MAILBOXES, CUSTOMER_DOMAINS, STORES, RIVALS,
                     CODE_PARTS_A, CODE_PARTS_B, strip_accents)

ORDER_PATTERNS = ["#{n5}", "ORD-{y}-{n6}", "SO-{n6}", "{n3}-{n7}-{n7}", "W{n8}", "{n6}", "A{n2}-{n5}",
                  "R{n9}"]
SKU_PATTERNS = ["{L3}-{n4}-{L1}", "{L2}{n5}", "{n6}-{n2}", "{L3}-{L3}-{n2}", "SKU{n6}", "{L1}{n3}{L2}-{n3}"]
TRACK_PATTERNS = ["{n20}", "TR{n10}{L2}", "{L2}{n9}{L2}", "1X{n16}", "{n12}", "JJ{n18}"]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


class Ctx:
    def __init__(self, pack, rng, generic):
        self.p = pack
        self.rng = rng
        self.g = generic
        self._pools = {}

    # pools -------------------------------------------------------------
    def pool(self, key, items):
        if key not in self._pools:
            self._pools[key] = Pool(items, self.rng)
        return self._pools[key]

    def pick(self, key):
        """Draw from pack[key] (falling back to the generic pack)."""
        if key in self.p and self.p[key]:
            return self.pool("p:" + key, self.p[key]).draw()
        return self.pool("g:" + key, self.g[key]).draw()

    def pick_from(self, key, items):
        return self.pool(key, items).draw()

    def has(self, key):
        return bool(self.p.get(key))

    # random pieces ------------------------------------------------------
    def digits(self, n):
        first = str(self.rng.randint(1, 9))
        return first + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def letters(self, n):
        return "".join(self.rng.choice(LETTERS) for _ in range(n))

    def pattern(self, pat):
        out = pat
        for n in range(20, 0, -1):
            while "{n%d}" % n in out:
                out = out.replace("{n%d}" % n, self.digits(n), 1)
            while "{L%d}" % n in out:
                out = out.replace("{L%d}" % n, self.letters(n), 1)
        return out.replace("{y}", str(self.rng.choice([2024, 2025])))

    def order_id(self):
        if "_order_pat" not in self.__dict__:
            self._order_pat = self.rng.choice(ORDER_PATTERNS)
        pat = self._order_pat if self.rng.random() < 0.4 else self.rng.choice(ORDER_PATTERNS)
        return self.pattern(pat)

    def sku(self):
        return self.pattern(self.rng.choice(SKU_PATTERNS))

    def ean(self):
        return self.digits(13)

    def tracking(self):
        return self.pattern(self.rng.choice(TRACK_PATTERNS))

    def hexid(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def date(self):
        y = self.rng.choice([2024, 2025])
        return "%d-%02d-%02d" % (y, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.rng.randint(0, 23), self.rng.randint(0, 59),
                                       self.rng.randint(0, 59))

    def hm(self):
        return "%02d:%02d" % (self.rng.randint(7, 21), self.rng.randint(0, 59))

    def local_date(self):
        y, m, d = self.date().split("-")
        fmt = self.p.get("date_fmt", "{y}-{m}-{d}")
        return fmt.format(y=y, m=m, d=d, mi=str(int(m)), di=str(int(d)))

    # people and places ---------------------------------------------------
    def name(self):
        f = self.pick("first")
        l = self.pick("last")
        return self.p.get("name_fmt", "{f} {l}").format(f=f, l=l)

    def email(self, name=None):
        dom = self.rng.choice(CUSTOMER_DOMAINS)
        if self.has("handles") and (name is None or not self.p.get("latin", True)):
            return "%s@%s" % (self.pick("handles"), dom)
        name = name or self.name()
        base = strip_accents(name).lower().replace("ł", "l").replace("ß", "ss")
        parts = [x for x in "".join(ch if ch.isalnum() or ch == " " else " " for ch in base).split() if x.isascii()]
        if not parts:
            return "%s@%s" % (self.pick("handles") if self.has("handles") else "kunde" + self.digits(3), dom)
        style = self.rng.randint(0, 3)
        if style == 0 or len(parts) == 1:
            local = ".".join(parts)
        elif style == 1:
            local = parts[0][0] + "." + parts[-1]
        elif style == 2:
            local = parts[0] + self.digits(2)
        else:
            local = parts[-1] + "_" + parts[0][0]
        return "%s@%s" % (local, dom)

    def phone(self):
        fmt = self.p.get("phone_fmt", "+1 555-01##")
        return "".join(str(self.rng.randint(0, 9)) if ch == "#" else ch for ch in fmt)

    def address(self):
        street = self.pick("streets")
        postal, city = self.pick("cities")
        no = str(self.rng.randint(1, 180))
        line1 = self.p.get("addr_fmt", "{no} {street}").format(no=no, street=street)
        return {"line1": line1, "city": city, "postal_code": postal, "country": self.p.get("country", "US")}

    def addr_text(self):
        a = self.address()
        fmt = self.p.get("addr_text_fmt", "{line1}, {postal} {city}")
        return fmt.format(line1=a["line1"], postal=a["postal_code"], city=a["city"])

    def price_val(self, lo=5, hi=250):
        v = self.rng.uniform(lo, hi)
        if self.p.get("no_decimals"):
            mult = self.p.get("price_mult", 1)
            return float(int(v * mult / 10) * 10 + self.rng.choice([0, 0, 80, 90]))
        return round(int(v) + self.rng.choice([0.99, 0.95, 0.5, 0.0, 0.49, 0.9]), 2)

    def money(self, v):
        if self.p.get("no_decimals"):
            s = "{:,}".format(int(v))
        else:
            s = "%.2f" % v
            if self.p.get("dec_comma"):
                s = s.replace(".", ",")
        return self.p.get("price_fmt", "${v}").format(v=s)

    def price(self, lo=5, hi=250):
        v = self.price_val(lo, hi)
        return v, self.money(v)

    def currency(self):
        return self.p.get("cur", "USD")

    def store(self):
        return self.pick_from("stores", STORES)

    def store_domain(self):
        s = self.store().lower().replace(" & ", "-").replace(" ", "")
        return s + "." + self.rng.choice(["example", "example.com", "shop.example", "example.net"])

    def rival(self):
        return self.pick_from("rivals", RIVALS)

    def carrier(self):
        return self.pick("carriers")

    def code(self):
        return self.rng.choice(CODE_PARTS_A) + self.rng.choice(["", "-", "_"]) + self.rng.choice(CODE_PARTS_B)

    def attack_mail(self):
        return "%s@%s" % (self.rng.choice(ATTACK_MAILBOXES), self.rng.choice(ATTACK_HOSTS))

    def attack_url(self):
        path = self.rng.choice(["login", "verify", "claim", "r", "c/ref", "account/confirm", "deal", "go"])
        return "https://%s/%s?id=%s" % (self.rng.choice(ATTACK_HOSTS), path, self.hexid(6))

    def img_url(self):
        path = self.rng.choice(["p.gif", "i.png", "pixel", "b.png", "t/1x1.gif", "img"])
        key = self.rng.choice(["d", "q", "data", "u", "c", "x"])
        return "https://%s/%s?%s=" % (self.rng.choice(ATTACK_HOSTS), path, key)

    # placeholders -----------------------------------------------------------
    def fill(self, s, brand=None):
        reps = [
            ("«ORDER»", self.order_id), ("«SKU»", self.sku), ("«CODE»", self.code),
            ("«MAIL»", self.attack_mail), ("«URL»", self.attack_url), ("«IMG»", self.img_url),
            ("«BRAND»", lambda: brand or self.store()), ("«RIVAL»", self.rival),
            ("«AMT»", lambda: self.money(self.price_val(80, 900))), ("«ADDR»", self.addr_text),
            ("«PCT»", lambda: str(self.rng.choice([50, 60, 70, 80, 90, 100]))),
            ("«NAME»", self.name), ("«PHONE»", self.phone),
        ]
        for tok, fn in reps:
            while tok in s:
                s = s.replace(tok, fn(), 1)
        return s
