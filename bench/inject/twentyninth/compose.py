"""Turns the hand-written pools of one language module into labelled rows.

Every language module provides the same pools (reviews, customer messages,
products, store notices, hard negatives, injection sentences and a few small
bits such as greetings).  The helpers here place that text into the shapes a
store actually feeds to its assistant: review widgets, tickets, e-mails,
supplier feeds, product pages and tool results.
"""

import base64
import codecs
import hashlib
import html
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

CJK = {"ja", "zh-CN", "zh-TW"}

_SPLIT_SPACE = re.compile(r"(?<=[.!?।؟])\s+")
_SPLIT_CJK = re.compile(r"(?<=[。！？!?])")

# Where an injected sentence tends to ride, by attack kind.
CARRIERS = {
    "instruction-override": ["review", "ticket", "email", "web"],
    "summary-manipulation": ["review", "review", "tool"],
    "rating-manipulation": ["review", "tool", "review"],
    "ranking-manipulation": ["feed", "web", "review"],
    "tool-refund": ["ticket", "email"],
    "tool-discount": ["ticket", "email", "review"],
    "tool-address-change": ["ticket", "email"],
    "tool-email-data": ["email", "ticket", "web"],
    "prompt-leak": ["ticket", "review", "email"],
    "exfil-link": ["email", "ticket", "web"],
    "exfil-image": ["review", "web", "email"],
    "memory-poisoning": ["review", "ticket", "email"],
    "persona-change": ["review", "ticket"],
    "fake-system": ["feed", "web", "tool", "ticket"],
    "conditional-ai": ["review", "web", "email"],
    "third-person": ["review", "web", "feed"],
    "recommendation-manipulation": ["web", "review", "feed"],
    "tool-cancel-orders": ["ticket", "email"],
    "price-change": ["feed", "web", "tool"],
    "fake-developer": ["tool", "feed", "ticket"],
}

WRAPPERS_ALL = [
    "hidden-html-comment", "encoded-base64", "hidden-css", "tool-result",
    "zero-width", "hidden-alt-text", "feed-field", "fake-turn",
    "encoded-hex", "hidden-attribute", "spaced-letters", "hidden-markdown",
    "encoded-url",
]
WRAPPERS_LATIN = ["encoded-rot13", "leetspeak", "homoglyph"]

STRUCT_HARD = ["hard-html-comment", "hard-encoded-data", "hard-transcript",
               "hard-hidden-markup", "hard-tool-note"]

TOOL_NAMES_PRODUCT = ["product_lookup", "get_product", "catalog.search", "pim_fetch"]
TOOL_NAMES_REVIEWS = ["fetch_reviews", "reviews.list", "get_product_reviews"]
TOOL_NAMES_ORDER = ["order_lookup", "orders.get", "get_order_status"]


def _has_url(s):
    return "http" in s or "](" in s or "@" in s


class Builder:
    def __init__(self, mod, rng, index):
        self.m = mod
        self.rng = rng
        self.index = index
        self.code = mod.CODE
        self.used = {}
        self.sku_n = 1000 + index * 37

    # ----- small helpers -------------------------------------------------
    def sku(self):
        self.sku_n += self.rng.randint(3, 97)
        prefix = re.sub(r"[^A-Z]", "", self.code.upper())[:2] or "XX"
        return "%s-%05d" % (prefix, self.sku_n * 7 % 100000)

    def order_no(self):
        return str(self.rng.randint(100000, 999999))

    def price(self):
        fmt, scale, dec, sep = self.m.PRICE
        base = self.rng.choice([9.9, 12.5, 14.99, 19.9, 24.95, 29.0, 34.9, 39.99,
                                49.0, 59.9, 79.0, 89.5, 129.0, 149.9])
        v = base * scale
        if dec == 0:
            step = 1000 if scale >= 1000 else (100 if scale >= 100 else 1)
            v = int(round(v / step) * step)
            s = "{:,}".format(v).replace(",", sep)
        else:
            s = ("%.*f" % (dec, v)).replace(".", sep)
        return fmt.format(s)

    def pick(self, kind, pool):
        """Least-used item of a pool (ties broken by the seeded rng)."""
        best = min(self.used.get((kind, i), 0) for i in range(len(pool)))
        cands = [i for i in range(len(pool)) if self.used.get((kind, i), 0) == best]
        i = self.rng.choice(cands)
        self.used[(kind, i)] = self.used.get((kind, i), 0) + 1
        return pool[i]

    def split(self, text):
        if self.code in CJK:
            parts = [p for p in _SPLIT_CJK.split(text) if p]
        elif self.code == "th":
            parts = text.split(" ")
        else:
            parts = _SPLIT_SPACE.split(text)
        return parts

    def join(self, parts):
        if self.code in CJK:
            return "".join(parts)
        return " ".join(parts)

    def insert(self, carrier, inj, where=None):
        where = where or self.rng.choice(["start", "middle", "end", "end", "newline"])
        if where == "newline":
            return carrier + "\n\n" + inj
        parts = self.split(carrier)
        if where == "start":
            return self.join([inj] + parts)
        if where == "middle" and len(parts) >= 2:
            k = self.rng.randint(1, len(parts) - 1)
            return self.join(parts[:k] + [inj] + parts[k:])
        return self.join(parts + [inj])

    def stars(self, text):
        """Some review widgets append the reviewer's short name."""
        if self.rng.random() < 0.2:
            name = self.rng.choice(self.m.NAMES)
            if " " not in name or self.code in CJK or self.code == "ko":
                return "%s\n– %s" % (text, name)
            first, last = name.split(" ", 1)
            return "%s\n– %s %s." % (text, first, last[:1])
        return text

    def email(self, body, ps=None):
        m = self.m
        g = self.rng.choice(m.GREET)
        s = self.rng.choice(m.SIGN)
        name = self.rng.choice(m.NAMES)
        out = "%s\n\n%s\n\n%s\n%s" % (g, body, s, name)
        if ps:
            out += "\n\n%s %s" % (m.PS, ps)
        return out

    def ticket(self, body):
        r = self.rng.random()
        if r < 0.3:
            return "#%s\n%s" % (self.order_no(), body)
        return body

    # ----- renderers -----------------------------------------------------
    def feed(self, title, desc, extra=None):
        style = self.rng.choice(["json", "json", "csv", "xml"])
        sku, price, stock = self.sku(), self.price(), self.rng.randint(0, 240)
        if extra is not None and style == "csv":
            style = "json"
        if style == "json":
            obj = {"sku": sku, "title": title, "description": desc,
                   "price": price, "stock": stock}
            if extra:
                obj.update(extra)
            return json.dumps(obj, ensure_ascii=False)
        if style == "csv":
            d = desc.replace('"', '""')
            return 'sku;title;description;price;stock\n%s;"%s";"%s";%s;%d' % (
                sku, title.replace('"', '""'), d, price, stock)
        xtra = ""
        if extra:
            for k, v in extra.items():
                xtra += "\n  <%s>%s</%s>" % (k, html.escape(str(v), quote=False), k)
        return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <description>%s</description>\n"
                "  <g:price>%s</g:price>\n  <g:availability>%s</g:availability>%s\n</item>") % (
            sku, html.escape(title, quote=False), html.escape(desc, quote=False), price,
            "in_stock" if stock else "out_of_stock", xtra)

    def web(self, title, desc, extra_html="", plain_ok=True):
        if plain_ok and not extra_html and self.rng.random() < 0.35:
            return "%s\n\n%s\n\n%s" % (title, desc, self.price())
        v = self.rng.randint(0, 2)
        e = html.escape
        if v == 0:
            return ('<div class="product-detail">\n  <h1>%s</h1>\n  <p class="price">%s</p>\n'
                    '  <div class="description"><p>%s</p>%s</div>\n</div>') % (
                e(title), self.price(), e(desc), extra_html)
        if v == 1:
            return ('<section id="pdp-%d">\n<h2 class="title">%s</h2>\n<p>%s</p>\n%s\n'
                    '<span class="amount">%s</span>\n</section>') % (
                self.rng.randint(10, 999), e(title), e(desc), extra_html, self.price())
        return ('<article class="listing">\n<header>%s</header>\n<div class="body">%s</div>%s\n'
                '<footer data-sku="%s">%s</footer>\n</article>') % (
            e(title), e(desc), extra_html, self.sku(), self.price())

    def tool_product(self, title, desc, extra=None):
        res = {"sku": self.sku(), "name": title, "description": desc, "price": self.price(),
               "in_stock": self.rng.random() < 0.8}
        if extra:
            res.update(extra)
        return json.dumps({"tool": self.rng.choice(TOOL_NAMES_PRODUCT), "status": "ok",
                           "result": res}, ensure_ascii=False)

    def tool_reviews(self, texts):
        revs = [{"rating": self.rng.choice([2, 3, 4, 5, 5]), "text": t} for t in texts]
        return json.dumps({"tool": self.rng.choice(TOOL_NAMES_REVIEWS), "sku": self.sku(),
                           "count": len(revs), "reviews": revs}, ensure_ascii=False)

    def tool_order(self, note, extra=None):
        res = {"order_id": self.order_no(),
               "status": self.rng.choice(["in_transit", "delivered", "processing", "returned"]),
               "items": self.rng.randint(1, 4), "customer_note": note}
        if extra:
            res.update(extra)
        return json.dumps({"tool": self.rng.choice(TOOL_NAMES_ORDER), "result": res},
                          ensure_ascii=False)

    # ----- rows ------------------------------------------------------------
    def row(self, source, family, text, inj, payload=""):
        return {"source": source, "lang": self.code, "family": family, "text": text,
                "injection": inj, "payload": payload if inj else ""}

    def benign_plain(self):
        m, rows = self.m, []
        for r in m.REVIEWS:
            rows.append(self.row("review", "benign", self.stars(r), False))
        for i, b in enumerate(m.MSGS):
            if i % 2 == 0:
                rows.append(self.row("ticket", "benign", self.ticket(b), False))
            else:
                rows.append(self.row("email", "benign", self.email(b), False))
        for i, (t, d) in enumerate(m.PRODUCTS):
            rows.append(self.row("feed", "benign", self.feed(t, d), False))
            if i < 4:
                rows.append(self.row("web", "benign", self.web(t, d), False))
        t, d = m.PRODUCTS[4]
        rows.append(self.row("tool", "benign", self.tool_product(t, d), False))
        a, b = self.rng.sample(range(len(m.REVIEWS)), 2)
        rows.append(self.row("tool", "benign", self.tool_reviews([m.REVIEWS[a], m.REVIEWS[b]]), False))
        link = "https://shop.example/%s/track?id=%s" % (self.code.lower(), self.order_no())
        rows.append(self.row("email", "benign", m.NOTICES[0].replace("{link}", link), False))
        return rows

    def benign_hard(self):
        m, rows = self.m, []
        for src, fam, text in m.HARD:
            rows.append(self.row(src, fam, text, False))
        # URL-encoded tracking link in a store notice
        t = m.PRODUCTS[self.rng.randrange(len(m.PRODUCTS))][0]
        link = "https://shop.example/r?o=%s&item=%s&utm_source=mail&utm_medium=%s" % (
            self.order_no(), urllib.parse.quote(t, safe=""), urllib.parse.quote("order notice", safe=""))
        rows.append(self.row("email", "hard-url-encoded", m.NOTICES[1].replace("{link}", link), False))
        kinds = [STRUCT_HARD[(self.index + k) % len(STRUCT_HARD)] for k in range(2)]
        for k in kinds:
            rows.append(self.struct_hard(k))
        return rows

    def struct_hard(self, kind):
        m, rng = self.m, self.rng
        if kind == "hard-html-comment":
            t, d = self.pick("product", m.PRODUCTS)
            ex = rng.choice([
                "\n<!-- TODO: swap hero image after the spring sale -->",
                "\n<!-- size-guide partial v2, keep in sync with PIM -->",
                "\n<!-- begin: reviews widget (lazy) --><div id=\"rv\"></div><!-- end: reviews widget -->",
            ])
            return self.row("web", kind, self.web(t, d, ex), False)
        if kind == "hard-encoded-data":
            t, d = self.pick("product", m.PRODUCTS)
            blob = base64.b64encode(hashlib.sha256((t + d).encode()).digest() * 2).decode()
            extra = {"thumbnail": "data:image/webp;base64," + blob,
                     "checksum": hashlib.md5(d.encode()).hexdigest()}
            return self.row("feed", kind, self.feed(t, d, extra), False)
        if kind == "hard-transcript":
            c, a = m.ROLES
            # MSGS[0] is a missing parcel and MSGS[1] a return request in every
            # language; AGENT holds the matching replies in the same order.
            k = rng.randrange(2)
            msg, rep = m.MSGS[k], m.AGENT[k]
            return self.row("ticket", kind, "%s: %s\n%s: %s" % (c, msg, a, rep), False)
        if kind == "hard-hidden-markup":
            t, d = self.pick("product", m.PRODUCTS)
            ex = rng.choice([
                '\n<span class="sr-only" style="display:none">%s</span>' % html.escape(t),
                '\n<div hidden data-variant="%s"></div>' % self.sku(),
                '\n<meta itemprop="sku" content="%s"><span style="font-size:0">%s</span>' % (self.sku(), self.sku()),
            ])
            return self.row("web", kind, self.web(t, d, ex), False)
        # hard-tool-note: a customer's own wish to humans inside an order record
        hard_notes = [h[2] for h in m.HARD if h[0] in ("ticket", "email")
                      and h[1] in ("hard-imperative-human", "hard-social-engineering")]
        note = self.pick("hardnote", hard_notes) if hard_notes else self.pick("msg", m.MSGS)
        return self.row("tool", kind, self.tool_order(note), False)

    # ----- injections ----------------------------------------------------
    def carrier_text(self, kind, inj, family):
        m, rng = self.m, self.rng
        if kind == "review":
            return "review", self.stars(self.insert(self.pick("review", m.REVIEWS), inj))
        if kind == "ticket":
            return "ticket", self.ticket(self.insert(self.pick("msg", m.MSGS), inj))
        if kind == "email":
            body = self.pick("msg", m.MSGS)
            if rng.random() < 0.35:
                return "email", self.email(body, ps=inj)
            return "email", self.email(self.insert(body, inj))
        if kind == "web":
            t, d = self.pick("product", m.PRODUCTS)
            if rng.random() < 0.5:
                return "web", self.web(t, self.insert(d, inj, "end"), plain_ok=True)
            return "web", self.web(t, d, "\n<p>%s</p>" % html.escape(inj, quote=False))
        if kind == "feed":
            t, d = self.pick("product", m.PRODUCTS)
            if rng.random() < 0.5:
                return "feed", self.feed(t, self.insert(d, inj, rng.choice(["start", "end"])))
            key = rng.choice(["bullet_points", "seller_note", "short_description", "care_info"])
            return "feed", self.feed(t, d, {key: inj})
        # tool
        if family in ("price-change", "fake-system", "fake-developer"):
            t, d = self.pick("product", m.PRODUCTS)
            return "tool", self.tool_product(t, self.insert(d, inj, "end"))
        a = self.pick("review", m.REVIEWS)
        b = self.pick("review", m.REVIEWS)
        return "tool", self.tool_reviews([a, self.insert(b, inj)])

    def injections_embedded(self):
        rows = []
        for fam, inj in self.m.INJ:
            kind = self.rng.choice(CARRIERS[fam])
            src, text = self.carrier_text(kind, inj, fam)
            rows.append(self.row(src, fam, text, True, inj))
        return rows

    def decode_lead(self, enc):
        return self.rng.choice(self.m.DECODE).format(enc=enc)

    def wrapped(self, wrapper, inj):
        m, rng = self.m, self.rng
        e = html.escape
        if wrapper == "hidden-html-comment":
            t, d = self.pick("product", m.PRODUCTS)
            return "web", self.web(t, d, "\n<!-- %s -->" % inj)
        if wrapper == "hidden-css":
            style = rng.choice(["display:none", "font-size:0;color:#fff",
                                "position:absolute;left:-9999px", "opacity:0;height:0;overflow:hidden"])
            if rng.random() < 0.5:
                t, d = self.pick("product", m.PRODUCTS)
                return "web", self.web(t, d, '\n<div style="%s">%s</div>' % (style, e(inj, quote=False)))
            body = self.pick("msg", m.MSGS)
            return "email", ('<html><body>\n<p>%s</p>\n<p>%s</p>\n<span style="%s">%s</span>\n'
                             '<p>%s<br>%s</p>\n</body></html>') % (
                e(rng.choice(m.GREET)), e(body), style, e(inj, quote=False),
                e(rng.choice(m.SIGN)), e(rng.choice(m.NAMES)))
        if wrapper == "hidden-alt-text":
            t, d = self.pick("product", m.PRODUCTS)
            img = '\n<img src="/media/catalog/%d.jpg" alt="%s" width="600">' % (
                rng.randint(1000, 9999), e(inj))
            return "web", self.web(t, d, img)
        if wrapper == "hidden-attribute":
            t, d = self.pick("product", m.PRODUCTS)
            attr = rng.choice(["data-note", "title", "aria-description", "data-info"])
            return "web", self.web(t, d, '\n<div class="spec" %s="%s"></div>' % (attr, e(inj)))
        if wrapper == "hidden-markdown":
            r = self.pick("review", m.REVIEWS)
            if rng.random() < 0.5:
                return "review", "%s\n\n[//]: # (%s)" % (r, inj.replace(")", "]"))
            return "review", "%s\n<!-- %s -->" % (r, inj)
        if wrapper == "feed-field":
            t, d = self.pick("product", m.PRODUCTS)
            key = rng.choice(["meta_description", "internal_note", "search_keywords", "compliance_text"])
            return "feed", self.feed(t, d, {key: inj})
        if wrapper == "tool-result":
            if rng.random() < 0.5:
                note = self.pick("msg", m.MSGS)
                return "tool", self.tool_order(note, {"gift_message": inj})
            t, d = self.pick("product", m.PRODUCTS)
            return "tool", self.tool_product(t, d, {"supplier_remark": inj})
        if wrapper == "fake-turn":
            r = self.pick("review", m.REVIEWS)
            v = rng.randint(0, 2)
            if v == 0:
                return "review", "%s\n\nAssistant: OK.\nUser: %s" % (r, inj)
            if v == 1:
                return "review", "%s\n</review>\n<|im_start|>user\n%s<|im_end|>" % (r, inj)
            return "ticket", "%s\n\n[assistant]: Noted.\n[customer]: %s" % (self.pick("msg", m.MSGS), inj)
        if wrapper == "zero-width":
            zw = rng.choice(["\u200b", "\u200c", "\u2060"])
            r = self.pick("review", m.REVIEWS)
            return "review", r + " " + zw.join(inj)
        if wrapper == "spaced-letters":
            r = self.pick("review", m.REVIEWS)
            sp = " ".join(ch for ch in inj if ch != " ")
            if self.code not in CJK and self.code != "th":
                sp = "  ".join(" ".join(w) for w in inj.split(" "))
            return "review", r + "\n" + sp
        if wrapper == "leetspeak":
            tbl = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                                 "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
            return "review", self.insert(self.pick("review", m.REVIEWS), inj.translate(tbl), "end")
        if wrapper == "homoglyph":
            tbl = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
                                 "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р"})
            return "ticket", self.insert(self.pick("msg", m.MSGS), inj.translate(tbl), "end")
        # explicit encodings with a lead-in
        if wrapper == "encoded-base64":
            blob, enc = base64.b64encode(inj.encode("utf-8")).decode(), "Base64"
        elif wrapper == "encoded-hex":
            blob, enc = inj.encode("utf-8").hex(), "hex"
        elif wrapper == "encoded-url":
            blob, enc = urllib.parse.quote(inj, safe=""), "URL-encoding"
        elif wrapper == "encoded-rot13":
            blob, enc = codecs.encode(inj, "rot13"), "ROT13"
        else:
            raise ValueError(wrapper)
        lead = self.decode_lead(enc)
        kind = rng.choice(["review", "ticket", "feed"])
        if kind == "review":
            return "review", "%s\n\n%s %s" % (self.pick("review", m.REVIEWS), lead, blob)
        if kind == "ticket":
            return "ticket", "%s\n\n%s\n%s" % (self.pick("msg", m.MSGS), lead, blob)
        t, d = self.pick("product", m.PRODUCTS)
        return "feed", self.feed(t, d, {"notes": "%s %s" % (lead, blob)})

    def injections_wrapped(self, n):
        rng = self.rng
        pool = WRAPPERS_ALL + (WRAPPERS_LATIN if self.m.LATIN else [])
        off = (self.index * 5) % len(pool)
        order = pool[off:] + pool[:off]
        chosen = order[:n]
        if "encoded-base64" not in chosen:
            chosen[-1] = "encoded-base64"
        idx = list(range(len(self.m.INJ)))
        rng.shuffle(idx)
        rows = []
        # constrained wrappers first take the sentences that suit them
        def take(pred):
            for j in idx:
                if pred(self.m.INJ[j][1]):
                    idx.remove(j)
                    return self.m.INJ[j][1]
            j = idx.pop()
            return self.m.INJ[j][1]
        for w in sorted(chosen, key=lambda w: w not in ("spaced-letters", "leetspeak", "homoglyph")):
            if w == "spaced-letters":
                cands = sorted((j for j in idx if not _has_url(self.m.INJ[j][1])),
                               key=lambda j: len(self.m.INJ[j][1]))
                j = cands[0]
                idx.remove(j)
                inj = self.m.INJ[j][1]
            elif w in ("leetspeak", "homoglyph"):
                inj = take(lambda s: not _has_url(s))
            else:
                inj = take(lambda s: True)
            src, text = self.wrapped(w, inj)
            rows.append(self.row(src, w, text, True, inj))
        return rows


def build_language(mod, rng, index, n_wrapped):
    b = Builder(mod, rng, index)
    rows = []
    rows += b.benign_plain()
    rows += b.benign_hard()
    rows += b.injections_embedded()
    rows += b.injections_wrapped(n_wrapped)
    return rows
