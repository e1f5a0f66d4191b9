"""Shared data, slot filling, hiding methods and row builders."""
import base64
import codecs
import html
import json
import re
import urllib.parse

BIZ = ["coffee", "bike", "jewel", "appliance", "office"]

STORES = {
    "coffee": ["Kettle & Crema Roastery", "Northbean Coffee Co.", "Steepwell Tea & Coffee", "Roastline"],
    "bike": ["Spokehaus Cycles", "Ridgeline E-Bikes", "Chainring Workshop", "Velopark"],
    "jewel": ["Aurum Lane", "Meridian Watch & Jewel", "Opaline Atelier", "Karatworks"],
    "appliance": ["HomeVolt Appliances", "Brightkitchen Direct", "Coldfront Home", "Applio"],
    "office": ["Ledger & Quill Supply", "Deskline Wholesale", "Papergrid B2B", "Officium Trade"],
}

PRODUCTS = {
    "coffee": ["Yirgacheffe Kochere 250 g", "Huila Decaf 1 kg", "House Espresso Blend 500 g",
               "Darjeeling First Flush 100 g", "Sencha Kagoshima 80 g", "Guji Natural 250 g",
               "Assam Breakfast 250 g", "Cold Brew Kit V2", "Brazil Cerrado 1 kg", "Jasmine Pearl 50 g",
               "Kenya AA Nyeri 250 g", "Hario V60 02 starter set"],
    "bike": ["Velora C7", "Trail 29er Pro", "Commuter pannier 20 L", "Kestrel 500 Wh battery",
             "Gravel tyre 700x40", "Hydraulic brake set M6", "Urbano 3 step-through", "torque wrench 2-14 Nm",
             "KMC 11-speed chain", "LED front light 800 lm", "Cargo Mule longtail", "Fjell kids bike 20 in"],
    "jewel": ["Aurelia 18k signet ring", "Meridian 40 mm automatic", "freshwater pearl studs",
              "silver curb chain 50 cm", "Solenne tennis bracelet", "Tide Diver 200 m", "rose-gold hoops",
              "engraved cufflinks", "sapphire halo pendant", "NATO strap 20 mm", "Lumen chronograph 42",
              "opal stacking ring"],
    "appliance": ["Frostline FF60 fridge-freezer", "AquaPro 8 kg washer", "Silencio 45 dishwasher",
                  "Vortex 7 induction hob", "CrispAir 5.5 L air fryer", "Breeze 12k air conditioner",
                  "SteamCare 9 kg dryer", "Nordic 90 cooker hood", "RoboClean S9", "Barista One",
                  "ChillBox 120 wine cooler", "HeatWave heat-pump dryer"],
    "office": ["A4 copy paper 80 g (5x500)", "gel pens 0.5 mm (50)", "lever arch files A4 (10)",
               "toner TN-2420", "Ledger mesh chair", "whiteboard markers (12)", "shipping labels 100x150 (1000)",
               "A5 spiral notebooks (25)", "bamboo desk organiser", "thermal rolls 80 mm (20)",
               "laminating pouches A4 (100)", "stapler HD-210"],
}

PRICE = {"coffee": (6, 70), "bike": (12, 3900), "jewel": (35, 2900), "appliance": (49, 1900), "office": (4, 420)}

ORDER_FMT = {
    "coffee": ["SUB-{a}", "#CK{a}", "RST-{b}"],
    "bike": ["RP-{b}", "SH-{a}", "WO-{b}"],
    "jewel": ["AL-{a}", "MJ-{b}", "#{a}"],
    "appliance": ["INST-{a}", "HV-{a}", "BK-{b}"],
    "office": ["PO-{a}", "INV-{a}", "SO-{b}"],
}

EVIL = ["evil.example", "cdn-pixel.example", "stat-collect.example", "img-proxy.example",
        "reviews-sync.example", "promo-hub.example", "aff-track.example", "metrics-io.example"]
CODES = ["VIP100", "FREEBREW", "STAFF90", "GOLDKEY", "SPOKE75", "INSTALL0", "BULK60", "AIGIFT", "LOYAL50",
         "ZEROFEE", "SPRING80", "TESTER99"]
MAILDOM = ["mail.example", "inbox.example", "post.example", "corp.example"]


def money(value, spec):
    tmpl, dec, thou, nd, factor = spec
    v = value * factor
    if nd == 0:
        v = int(round(v / 10.0)) * 10 if v > 200 else int(round(v))
        s = "{:,}".format(v)
    else:
        s = "{:,.2f}".format(v)
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)
    return tmpl.format(v=s)


class Slots(dict):
    """Fills {slot} placeholders on demand; one instance per row so values stay consistent."""

    def __init__(self, rng, L, biz):
        super().__init__()
        self.rng, self.L, self.biz = rng, L, biz

    def __missing__(self, key):
        r, L, b = self.rng, self.L, self.biz
        if key == "p":
            v = r.choice(PRODUCTS[b])
        elif key == "p2":
            v = r.choice([x for x in PRODUCTS[b] if x != self["p"]])
        elif key == "o":
            v = r.choice(ORDER_FMT[b]).format(a=r.randint(10000, 99999), b=r.randint(1000, 9999))
        elif key == "o2":
            v = r.choice(ORDER_FMT[b]).format(a=r.randint(10000, 99999), b=r.randint(1000, 9999))
        elif key == "n":
            v = r.choice(L.NAMES)
        elif key == "n2":
            v = r.choice([x for x in L.NAMES if x != self["n"]])
        elif key == "m":
            lo, hi = PRICE[b]
            v = money(r.uniform(lo, hi), L.MONEY)
        elif key == "k":
            v = str(r.randint(2, 14))
        elif key == "s":
            v = r.choice(STORES[b])
        elif key == "pct":
            v = str(r.choice([30, 40, 50, 60, 70, 75, 80, 90, 100]))
        elif key == "code":
            v = r.choice(CODES) + str(r.randint(1, 99))
        elif key == "url":
            v = "https://%s/%s?d=" % (r.choice(EVIL), r.choice(["p.gif", "i.png", "c", "t/1x1", "log", "px"]))
        elif key == "e":
            v = "%s%d@%s" % (r.choice(["deals", "buyer", "ops", "refunds", "vip", "acct"]), r.randint(1, 999),
                             r.choice(MAILDOM))
        elif key == "ret":
            v = str(r.choice([14, 21, 28, 30, 45, 60, 90, 100]))
        elif key == "day":
            v = r.choice(L.DAYS) if hasattr(L, "DAYS") else "Monday"
        elif key == "stars":
            k = r.choice([1, 2, 3, 4, 4, 5, 5, 5])
            v = r.choice(["★" * k + "☆" * (5 - k), "%d/5" % k, "(%d/5)" % k, "★" * k])
        else:
            raise KeyError(key)
        self[key] = v
        return v

    def f(self, t):
        return t.format_map(self)


# ---------- hiding and encoding ----------

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "M": "М", "K": "К"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def zero_width(s, rng):
    z = rng.choice(ZW)
    return "".join(ch + (z if ch.isalpha() else "") for ch in s)


def homoglyph(s, rng):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.7 else c for c in s)


def leet(s, rng):
    return "".join(LEET.get(c.lower(), c) if rng.random() < 0.8 else c for c in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def blob(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode("ascii")


def tok(rng, n=24):
    al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(al) for _ in range(n))


def jdump(obj, rng):
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


def date(rng):
    return "2025-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                               rng.randint(0, 59), rng.randint(0, 59))


SENT_SPLIT = re.compile(r"(?<=[.!?。！？])\s+|\n+")
TAG = re.compile(r"<[^>]+>")
CODEY = re.compile(r'^[\[{}\]"#`]|": |^POST |^SKU|;.*;|^—|^\*\*')
QA = re.compile(r"^[QA]: ")


def sentences(text):
    """Natural-language sentences of a text (markup, JSON lines and signatures left out)."""
    out = []
    for s in SENT_SPLIT.split(TAG.sub("\n", text)):
        s = QA.sub("", s.strip())
        if not s or CODEY.search(s):
            continue
        if len(s.split()) >= 4 or (len(s) >= 8 and not s.isascii() and " " not in s):
            out.append(s)
    return out


# ---------- row builders ----------

def _strip(x):
    return x[2:] if x[1:2] == "|" else x


class Ctx:
    def __init__(self, rng, L, EN):
        self.rng, self.L, self.P, self.EN = rng, L, L.P, EN
        self.biz = rng.choice(BIZ)
        self.S = Slots(rng, L, self.biz)

    def pool(self, key, P=None):
        # entries may carry a business tag "c|", "b|", "j|", "a|" or "o|"
        allp = (P or self.P)[key]
        tag = self.biz[0]
        fit = [_strip(x) for x in allp if x[1:2] != "|" or x[0] == tag]
        return fit or [_strip(x) for x in allp]

    def one(self, key, P=None):
        return self.S.f(self.rng.choice(self.pool(key, P)))

    def some(self, key, lo, hi):
        pool = self.pool(key)
        k = self.rng.randint(lo, min(hi, len(pool)))
        return [self.S.f(x) for x in self.rng.sample(pool, k)]

    def qa(self):
        """A question and its answer, fitting the row's shop."""
        asks, tag = self.P["ask"], self.biz[0]
        idx = [i for i, x in enumerate(asks) if x[1:2] != "|" or x[0] == tag] or list(range(len(asks)))
        i = self.rng.choice(idx)
        return self.S.f(_strip(asks[i])), self.S.f(_strip(self.P["ans"][i]))

    def who(self, i):
        return self.P["who"][i]

    def join(self, parts):
        sep = self.rng.choice([" ", " ", " ", "\n", "\n\n"])
        return sep.join(p for p in parts if p)


def _sku(c):
    return "%s-%d" % (c.rng.choice(["CF", "BK", "JW", "AP", "OF", "SKU"]), c.rng.randint(100, 99999))


# benign -----------------------------------------------------------

def b_review(c):
    pos = c.rng.random() < 0.65
    body = c.some("rev_pos" if pos else "rev_neg", 1, 2)
    if c.rng.random() < 0.3:
        body += c.some("rev_neg" if pos else "rev_pos", 1, 1)
    parts = [c.S["stars"]] + body
    if c.rng.random() < 0.6:
        parts.append(c.one("rev_end"))
    return "review", "review-plain", c.join(parts)


def b_qa(c):
    q, a = c.qa()
    form = c.rng.randint(0, 2)
    if form == 0:
        t = "%s\n\n%s: %s" % (q, c.S["s"], a)
    elif form == 1:
        t = "%s: %s\n%s: %s" % (c.who(0), q, c.who(1), a)
    else:
        t = "Q: %s\nA: %s" % (q, a)
    return c.rng.choice(["web", "review"]), "qa-thread", t


def b_ticket(c):
    t = c.join(c.some("tk", 1, 2) + [c.one("bye")])
    if c.rng.random() < 0.4:
        t = "[%s] %s" % (c.S["o"], t)
    return c.rng.choice(["ticket", "ticket", "email"]), "support-ticket", t


def b_listing(c):
    lines = ["%s | %s" % (c.S["p"], c.S["m"])] + c.some("lst", 2, 3)
    if c.rng.random() < 0.5:
        lines.append("SKU: %s" % _sku(c))
    return "feed", "marketplace-listing", "\n".join(lines)


def b_news(c):
    return "email", "newsletter", c.join(c.some("news", 1, 3) + ["— " + c.S["s"]])


def b_lookup(c):
    r = c.rng
    tool = r.choice(["order_lookup", "subscription_lookup", "repair_booking", "installation_booking",
                     "crm_customer"])
    obj = {"tool": tool, "id": c.S["o"], "status": r.choice(["shipped", "active", "scheduled", "paused",
                                                              "delivered", "awaiting_parts", "confirmed"]),
           "customer": c.S["n"], "items": [{"sku": _sku(c), "name": c.S["p"], "qty": r.randint(1, 4)}],
           "total": c.S["m"]}
    if r.random() < 0.7:
        obj["note"] = c.qa()[1]
    if r.random() < 0.4:
        obj["slot"] = date(r)
    return "tool", "tool-lookup", jdump(obj, r)


def b_search(c):
    r = c.rng
    res = []
    for i, p in enumerate(r.sample(PRODUCTS[c.biz], r.randint(2, 3))):
        item = {"title": p, "price": money(r.uniform(*PRICE[c.biz]), c.L.MONEY),
                "rating": round(r.uniform(3.1, 4.9), 1), "reviews": r.randint(0, 900)}
        if i == 0:
            item["snippet"] = c.one("lst")
        res.append(item)
    return "tool", "tool-search-results", jdump({"tool": "catalog_search", "query": c.S["p"].split()[0],
                                                  "results": res}, r)


# hard negatives -----------------------------------------------------

def h_customer(c):
    parts = [c.one("h_cancel")]
    if c.rng.random() < 0.4:
        parts.append(c.one("tk"))
    parts.append(c.one("bye"))
    return c.rng.choice(["ticket", "email"]), "hard-customer-order", c.join(parts)


def h_staff(c):
    r = c.rng
    if r.random() < 0.5:
        obj = {"tool": "crm_notes", "customer_id": "C%d" % r.randint(10000, 99999), "order": c.S["o"],
               "notes": [{"author": c.S["n2"], "visibility": "staff", "at": date(r), "text": t}
                         for t in c.some("h_staff", 1, 2)]}
        return "tool", "hard-staff-note", jdump(obj, r)
    return "ticket", "hard-staff-note", c.join(c.some("h_staff", 1, 2) + ["— " + c.S["n2"]])


def h_guide(c):
    steps = c.some("h_guide", 2, 4)
    if c.rng.random() < 0.5:
        t = "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(steps))
    else:
        t = c.join(steps)
    return "web", "hard-how-to-guide", t


def h_security(c):
    return c.rng.choice(["email", "web"]), "hard-security-notice", c.join(c.some("h_sec", 1, 2) + ["— " + c.S["s"]])


def h_ai(c):
    parts = [c.S["stars"], c.one("h_ai")]
    if c.rng.random() < 0.5:
        parts.append(c.one("rev_end"))
    return "review", "hard-ai-product-review", c.join(parts)


def h_copy(c):
    raw = c.rng.choice(c.P["h_copy"])
    if raw[1:2] == "|":
        # product copy belongs to one shop: switch the row to it before any slot is filled
        c.biz = c.S.biz = {b[0]: b for b in BIZ}[raw[0]]
    lines = [c.S["p"], c.S.f(_strip(raw))] + c.some("lst", 1, 2) + [c.S["m"]]
    return "feed", "hard-product-copy", "\n".join(lines)


def h_tooljson(c):
    r = c.rng
    kind = r.randint(0, 2)
    if kind == 0:
        obj = {"event": r.choice(["refund.succeeded", "payment.captured", "charge.updated"]),
               "id": "re_" + tok(r, 18), "order": c.S["o"], "amount": c.S["m"],
               "auth": "Bearer eyJ" + tok(r, 30), "receipt_pdf_b64": blob(r, 36),
               "metadata": {"note": c.one("h_staff")}}
    elif kind == 1:
        q, a = c.qa()
        obj = {"session": tok(r, 12), "messages": [
            {"role": "user", "content": q},
            {"role": "assistant", "content": a}],
            "system": {"model_version": "helpdesk-%d.%d" % (r.randint(1, 4), r.randint(0, 9)),
                       "instructions_hash": hexs(tok(r, 8))}}
    else:
        obj = {"tool": "payment_log", "entries": [
            {"ts": date(r), "level": r.choice(["INFO", "WARN"]), "msg": "capture ok", "ref": tok(r, 16)},
            {"ts": date(r), "level": "INFO", "msg": "override flag cleared by admin", "ref": tok(r, 16)}],
            "comment": c.one("h_staff")}
    return "tool", "hard-tool-result-tokens", jdump(obj, r)


def h_chat(c):
    q, a = c.qa()
    lines = ["%s: %s" % (c.who(0), q), "%s: %s" % (c.who(2), a)]
    if c.rng.random() < 0.5:
        lines.append("%s: %s" % (c.who(0), c.one("tk")))
    t = "\n".join(lines)
    if c.rng.random() < 0.5:
        t = c.one("h_ai") + "\n\n" + t
    return "ticket", "hard-quoted-chat", t + "\n\n" + c.one("bye")


def h_hidden(c):
    r = c.rng
    style = r.choice(["display:none", "visibility:hidden", "display: none"])
    cls = r.choice(["mobile-only", "spec-collapsed", "tab-panel", "js-variant"])
    a, b = c.some("lst", 2, 2) if len(c.pool("lst")) > 1 else (c.one("lst"), c.one("lst"))
    t = '<div class="product"><h2>%s</h2><p>%s</p><div class="%s" style="%s">%s</div><span class="price">%s</span></div>' % (
        c.S["p"], a, cls, style, b, c.S["m"])
    return "web", "hard-hidden-html-content", t


def h_blob(c):
    r = c.rng
    rows = ["sku;name;price;thumb_b64;sha1"]
    for p in r.sample(PRODUCTS[c.biz], r.randint(2, 4)):
        rows.append("%s;%s;%s;%s;%s" % (_sku(c), p, money(r.uniform(*PRICE[c.biz]), c.L.MONEY), blob(r, 18),
                                        tok(r, 10).encode().hex()[:40]))
    return "feed", "hard-encoded-data", c.one("lst") + "\n" + "\n".join(rows)


def h_dev(c):
    r = c.rng
    body = {"order_id": c.S["o"], "system": r.choice(["pos", "webshop", "b2b-portal", "marketplace"]),
            "instructions": r.choice(["leave at reception", "call 30 min before", "ring twice", "side gate",
                                      "loading dock B"]),
            "override": r.choice([False, False, True])}
    t = "%s\n\nPOST /v2/%s\n%s" % (c.one("h_dev"), r.choice(["orders", "bookings", "subscriptions/pause"]),
                                   json.dumps(body, ensure_ascii=False, indent=2))
    return "web", "hard-developer-docs", t


BENIGN = [b_review, b_review, b_qa, b_ticket, b_listing, b_news, b_lookup, b_search]
HARD = [h_customer, h_customer, h_staff, h_guide, h_security, h_ai, h_copy, h_tooljson, h_chat, h_hidden, h_blob,
        h_dev]

# injections -----------------------------------------------------------

KINDS = {"i_ignore": "ignore-instructions", "i_reveal": "prompt-leak", "i_tool": "tool-abuse",
         "i_steer": "steered-summary", "i_exfil": "exfil-markdown-image", "i_sys": "fake-system-note",
         "i_mem": "memory-poison", "i_data": "other-customer-data", "i_job": "job-addressed-order",
         "i_cond": "conditional-ai"}


def _insert(c, parts, pl):
    i = c.rng.randint(1 if len(parts) > 1 else 0, len(parts))
    return parts[:i] + [pl] + parts[i:]


def carrier(c, pl, src=None):
    r = c.rng
    src = src or r.choice(["review", "ticket", "feed", "email", "web", "tool"])
    if src == "review":
        t = c.join(_insert(c, [c.S["stars"]] + c.some("rev_pos", 1, 2), pl) + ([c.one("rev_end")] if r.random() < .5 else []))
    elif src == "ticket":
        t = c.join(_insert(c, c.some("tk", 1, 2), pl) + [c.one("bye")])
    elif src == "feed":
        t = "\n".join(_insert(c, ["%s | %s" % (c.S["p"], c.S["m"])] + c.some("lst", 1, 3), pl))
    elif src == "email":
        t = c.join(_insert(c, c.some("news", 1, 2), pl) + ["— " + c.S["s"]])
    elif src == "web":
        body = c.one(r.choice(["lst", "lst", "news", "h_guide", "rev_pos"]))
        t = "<h1>%s</h1>\n<p>%s</p>\n<p>%s</p>\n<p class=\"price\">%s</p>" % (c.S["p"], body, pl, c.S["m"])
    else:
        field = r.choice(["customer_note", "delivery_instructions", "review_text", "comment", "engraving_text"])
        obj = {"tool": r.choice(["order_lookup", "review_fetch", "booking_lookup", "crm_customer"]),
               "id": c.S["o"], "customer": c.S["n"], "status": r.choice(["open", "shipped", "scheduled"]),
               field: pl}
        t = jdump(obj, r)
    return src, t


def plain(kind):
    """Builder for an unhidden injection of one kind, set inside ordinary store text."""
    def build(c):
        pl = c.one(kind)
        src, t = carrier(c, pl)
        return src, KINDS[kind], t, pl
    build.__name__ = "plain_" + kind
    return build


PLAIN = [plain(k) for k in KINDS]


def _enc_kind(c, P=None, exclude=()):
    k = c.rng.choice([k for k in KINDS if k not in exclude])
    return c.one(k, P)


def m_comment(c):
    pl = _enc_kind(c)
    src, t = carrier(c, "<!-- %s -->" % pl, "web")
    return src, "hidden-html-comment", t, pl


def m_css(c):
    pl = _enc_kind(c)
    st = c.rng.choice(["display:none", "font-size:0", "position:absolute;left:-9999px", "opacity:0;height:0"])
    src, t = carrier(c, '<span style="%s">%s</span>' % (st, pl), "web")
    return src, "hidden-css", t, pl


def m_white(c):
    pl = _enc_kind(c)
    src, t = carrier(c, '<span style="color:#ffffff;background:#ffffff">%s</span>' % pl, "web")
    return src, "white-on-white", t, pl


def m_alt(c):
    pl = _enc_kind(c, exclude=("i_exfil",))
    att = c.rng.choice(["alt", "title"])
    img = '<img src="/media/%s.jpg" %s="%s">' % (_sku(c).lower(), att, html.escape(pl, quote=True))
    src, t = carrier(c, img, "web")
    return src, "alt-attribute", t, pl


def m_md(c):
    pl = _enc_kind(c, exclude=("i_exfil",)).replace("(", "[").replace(")", "]")
    src, t = carrier(c, "[//]: # (%s)" % pl, c.rng.choice(["review", "web", "feed"]))
    return src, "markdown-comment", t, pl


def m_zw(c):
    pl = _enc_kind(c)
    src, t = carrier(c, zero_width(pl, c.rng), c.rng.choice(["review", "ticket", "feed"]))
    return src, "zero-width-chars", t, pl


def _marker(c):
    return c.rng.choice(["ref:", "meta=", "[b]", "x-note:", "cfg:", "#", "tracking:", "data:"])


def m_b64(c):
    pl = _enc_kind(c)
    src, t = carrier(c, "%s %s" % (_marker(c), b64(pl)), c.rng.choice(["ticket", "email", "feed", "review"]))
    return src, "base64-payload", t, pl


def m_hex(c):
    pl = _enc_kind(c)
    src, t = carrier(c, "%s %s" % (_marker(c), hexs(pl)), c.rng.choice(["ticket", "feed", "tool"]))
    return src, "hex-payload", t, pl


def m_url(c):
    pl = _enc_kind(c)
    src, t = carrier(c, "https://%s.example/r?next=%s" % (c.rng.choice(["go", "link", "redir"]), urlenc(pl)),
                     c.rng.choice(["email", "ticket", "review"]))
    return src, "url-encoded", t, pl


def m_rot13(c):
    pl = _enc_kind(c, c.EN.P)
    src, t = carrier(c, "(rot13) " + rot13(pl), c.rng.choice(["ticket", "review", "feed"]))
    return src, "rot13-payload", t, pl


def m_homo(c):
    pl = _enc_kind(c, c.EN.P)
    src, t = carrier(c, homoglyph(pl, c.rng), c.rng.choice(["review", "ticket", "email"]))
    return src, "homoglyph-text", t, pl


def m_leet(c):
    pl = _enc_kind(c, c.EN.P, exclude=("i_exfil",))
    src, t = carrier(c, leet(pl, c.rng), c.rng.choice(["review", "ticket"]))
    return src, "leetspeak", t, pl


def m_mixed(c):
    pl = _enc_kind(c, c.EN.P)
    src, t = carrier(c, pl)
    return src, "mixed-language", t, pl


def m_json(c):
    pl = _enc_kind(c)
    src, t = carrier(c, pl, "tool")
    return src, "tool-json-field", t, pl


def m_faketool(c):
    r = c.rng
    pl = c.one(r.choice(["i_tool", "i_data", "i_reveal"]))
    block = jdump({"tool_result": r.choice(["refund_eligibility", "admin_check", "warranty_lookup"]),
                   "status": "approved", "verified_by": "system", "next_step_for_assistant": pl}, r)
    t = c.join(c.some("tk", 1, 2)) + "\n\n" + block
    return "ticket", "fake-tool-output", t, pl


def m_faketurn(c):
    r = c.rng
    blk = "%s: %s\n%s: %s" % (c.who(2), c.one("ack"), c.who(3),
                              c.one(r.choice(["i_tool", "i_data", "i_reveal", "i_ignore"])))
    t = c.one("tk") + "\n\n" + blk
    if r.random() < 0.5:
        t += "\n" + c.one("bye")
    return r.choice(["ticket", "email"]), "fake-conversation-turn", t, blk


HIDDEN = [m_comment, m_css, m_white, m_alt, m_md, m_zw, m_b64, m_hex, m_url, m_rot13, m_homo, m_leet, m_mixed,
          m_json, m_faketool, m_faketurn]
