"""Per-source containers: how a review, ticket, feed record, email, web page
or tool result looks when the store hands it to its assistant."""

import unicodedata

from . import core

CHANNELS = ("web form", "email", "chat widget", "contact form", "mobile app", "WhatsApp")
STARS = ("★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆")


class Picker:
    """Hands out pool items in shuffled rounds so that no item is reused
    before every other item of the pool has been used once."""

    def __init__(self, rng):
        self.rng = rng
        self.queues = {}

    def next(self, key, pool):
        q = self.queues.get(key)
        if not q:
            q = list(range(len(pool)))
            self.rng.shuffle(q)
            self.queues[key] = q
        return pool[q.pop()]


def slug(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if c.isascii() and (c.isalnum() or c == " "))
    s = ".".join(s.lower().split())
    return s


def addr_for(name, rng, tld):
    s = slug(name)
    if len(s) < 3:
        s = rng.choice(["user", "kunde", "client", "buyer", "mail"]) + str(rng.randrange(100, 9999))
    dom = rng.choice(["mail.example", "post.example", "inbox.example", "example." + tld,
                      "example.net", "example.org"])
    return "{}@{}".format(s, dom)


SCALE = {"JPY": 100, "KRW": 1000, "INR": 80, "TRY": 30, "SEK": 10, "PLN": 4, "BRL": 5,
         "TWD": 30, "CNY": 7, "SAR": 4}


def price(rng, cur="EUR"):
    k = SCALE.get(cur)
    if k is None:
        return "{}.{:02d}".format(rng.randrange(6, 160), rng.choice([0, 49, 50, 90, 95, 99]))
    v = rng.randrange(6, 160) * k
    if k >= 30:
        return str((v // 10) * 10 - (10 if k >= 100 else 1))
    return "{}.{:02d}".format(v - 1, rng.choice([0, 49, 90, 99]))


def sku(rng):
    return "{}-{}-{}".format(rng.choice(["SW", "HM", "KT", "OD", "BX", "LN", "TR"]),
                             rng.randrange(10000, 99999),
                             rng.choice(["BK", "WH", "GR", "NV", "RD", "S", "M", "L", "XL", "01", "02"]))


def join(L, a, b):
    return a + L.SEP + b if a and b else a or b


class Renderer:
    def __init__(self, L, rng):
        self.L = L
        self.rng = rng
        self.p = Picker(rng)

    def pick(self, key):
        return self.p.next(key, getattr(self.L, key))

    def _place(self, text, snip, pos):
        if snip is None:
            return text
        if snip.startswith(("[//]: #", "[comment]:")):
            # a markdown comment only hides on a line of its own
            return core.place(text, snip, "start" if pos == "start" else "end", "\n\n")
        if "\n" in snip:
            sep = "\n"
        elif self.L.SEP:
            sep = self.L.SEP
        else:
            sep = " " if (snip[0].isascii() or snip[-1].isascii()) else ""
        return core.place(text, snip, pos, sep)

    # ------------------------------------------------------------ review
    def review(self, snip=None, pos="end", markup=False, standalone=False):
        rng = self.rng
        L = self.L
        qa = getattr(L, "QA", None)
        if standalone and snip is not None:
            body = snip
        elif qa and rng.random() < 0.22:
            q, a = self.pick("QA")
            ql, al = L.QA_LABELS
            if snip is not None and rng.random() < 0.5:
                a = self._place(a, snip, pos)
            elif snip is not None:
                q = self._place(q, snip, pos)
            return "{} {}\n{} {}".format(ql, q, al, a)
        else:
            body = self._place(self.pick("REVIEWS"), snip, pos)
        r = rng.random()
        if r < 0.45:
            return body
        if r < 0.75:
            return "{} {}".format(rng.choice(STARS), body)
        if r < 0.9:
            return "{}/5\n{}".format(rng.choice([1, 2, 3, 4, 5]), body)
        title = getattr(L, "REVIEW_TITLES", None)
        if title:
            return "{}\n{}".format(self.p.next("REVIEW_TITLES", title), body)
        return body

    # ------------------------------------------------------------ ticket
    def ticket(self, snip=None, pos="end", markup=False, standalone=False):
        rng = self.rng
        subj, body = self.pick("TICKETS")
        if standalone and snip is not None:
            body = snip
        else:
            body = self._place(body, snip, pos)
        n = rng.randrange(100000, 999999)
        fmt = rng.randrange(5)
        if fmt == 0:
            return "Ticket #{} | via {} | Subject: {}\n\n{}".format(n, rng.choice(CHANNELS), subj, body)
        if fmt == 1:
            return "Subject: {}\n\n{}".format(subj, body)
        if fmt == 2:
            return "[#{}] {}\n---\n{}".format(n, subj, body)
        if fmt == 3:
            return "Ticket {} · order {}\nCustomer message:\n{}".format(n, sku(rng), body)
        return body

    # ------------------------------------------------------------ email
    def email(self, snip=None, pos="end", markup=False, standalone=False):
        rng = self.rng
        L = self.L
        subj, body = self.pick("EMAILS")
        name = self.p.next("NAMES", L.NAMES)
        frm = "From: {} <{}>".format(name, addr_for(name, rng, L.TLD))
        to = "To: " + rng.choice(["support@store.example", "hello@shop.example",
                                  "orders@store.example", "service@shop." + L.TLD + ".example"])
        if markup:
            paras = body.split("\n\n")
            html = "".join("<p>{}</p>".format(x.replace("\n", "<br>")) for x in paras)
            if pos == "start":
                html = snip + html
            elif pos == "middle" and len(paras) > 1:
                k = len(paras) // 2
                html = ("".join("<p>{}</p>".format(x.replace("\n", "<br>")) for x in paras[:k]) + snip +
                        "".join("<p>{}</p>".format(x.replace("\n", "<br>")) for x in paras[k:]))
            else:
                html = html + snip
            return "{}\n{}\nSubject: {}\nContent-Type: text/html; charset=utf-8\n\n<html><body>{}</body></html>".format(
                frm, to, subj, html)
        if standalone and snip is not None:
            body = snip
        else:
            body = self._place(body, snip, pos)
        fmt = rng.randrange(3)
        if fmt == 0:
            return "{}\n{}\nSubject: {}\n\n{}".format(frm, to, subj, body)
        if fmt == 1:
            return "Subject: {}\n\n{}".format(subj, body)
        return body

    # ------------------------------------------------------------ feed
    def feed(self, snip=None, pos="end", markup=False, standalone=False):
        rng = self.rng
        L = self.L
        title, desc = self.pick("PRODUCTS")
        s = sku(rng)
        pr = price(rng, L.CUR)
        extra = None
        if snip is not None:
            if markup:
                desc = "<p>{}</p>{}".format(desc, snip) if pos != "start" else "{}<p>{}</p>".format(snip, desc)
            elif rng.random() < 0.35:
                extra = (rng.choice(["supplier_note", "seller_remarks", "internal_comment",
                                     "bullet_5", "search_terms", "notes"]), snip)
            else:
                desc = self._place(desc, snip, pos)
        elif rng.random() < 0.3:
            desc = "<p>{}</p>".format(desc)
        fmt = rng.randrange(4)
        if fmt == 0:
            rec = {"sku": s, "title": title, "description": desc, "price": pr, "currency": L.CUR,
                   "stock": rng.randrange(0, 400)}
            if extra:
                rec[extra[0]] = extra[1]
            return core.dumps(rec)
        if fmt == 1:
            rec = {"offer_id": s, "seller_id": "S{}".format(rng.randrange(1000, 9999)),
                   "product": {"name": title, "body_html" if "<" in desc else "body": desc},
                   "price": {"amount": pr, "currency": L.CUR}}
            if extra:
                rec[extra[0]] = extra[1]
            return core.dumps_pretty(rec)
        if fmt == 2:
            lines = ["<item>", "  <g:id>{}</g:id>".format(s), "  <title>{}</title>".format(title),
                     "  <description><![CDATA[{}]]></description>".format(desc),
                     "  <g:price>{} {}</g:price>".format(pr, L.CUR)]
            if extra:
                lines.append("  <{0}><![CDATA[{1}]]></{0}>".format(extra[0], extra[1]))
            lines.append("</item>")
            return "\n".join(lines)
        head = "sku;title;description;price;currency"
        vals = [s, title, desc, pr, L.CUR]
        if extra:
            head += ";" + extra[0]
            vals.append(extra[1])
        return head + "\n" + ";".join('"{}"'.format(v.replace('"', '""')) if (";" in v or '"' in v or "\n" in v) else v
                                      for v in vals)

    # ------------------------------------------------------------ web
    def web(self, snip=None, pos="end", markup=False, standalone=False):
        rng = self.rng
        L = self.L
        if rng.random() < 0.65:
            title, para = self.pick("PAGES")
        else:
            title, para = self.pick("PRODUCTS")
        fmt = rng.randrange(3)
        if markup:
            fmt = rng.choice([0, 1])
            if pos == "start":
                inner = "{}<p>{}</p>".format(snip, para)
            elif pos == "middle":
                sents = core.split_sentences(para)
                k = max(1, len(sents) // 2)
                inner = "<p>{}</p>{}<p>{}</p>".format(L.SEP.join(sents[:k]), snip, L.SEP.join(sents[k:]))
            else:
                inner = "<p>{}</p>{}".format(para, snip)
        else:
            para = self._place(para, snip, pos)
            inner = "<p>{}</p>".format(para.replace("\n\n", "</p><p>").replace("\n", "<br>"))
        if fmt == 0:
            return ('<!DOCTYPE html>\n<html lang="{}">\n<head><meta charset="utf-8"><title>{}</title></head>\n'
                    '<body>\n<main>\n<h1>{}</h1>\n{}\n</main>\n</body>\n</html>').format(
                        L.LANG, title, title, inner)
        if fmt == 1:
            return '<article class="{}">\n<h2>{}</h2>\n{}\n</article>'.format(
                rng.choice(["faq-entry", "post", "product-info", "help-article", "page-content"]), title, inner)
        return "{}\n\n{}".format(title, para)

    # ------------------------------------------------------------ tool
    def tool(self, snip=None, pos="end", markup=False, standalone=False):
        rng = self.rng
        L = self.L
        kind = rng.choice(["order", "search", "fetch", "reviews", "ticket"])
        if markup:
            kind = "fetch"
        if kind == "order":
            note = self._place(self.pick("NOTES"), snip, pos)
            title, _ = self.pick("PRODUCTS")
            rec = {"tool": "get_order", "ok": True, "result": {
                "order_id": "#{}".format(rng.randrange(100000, 999999)),
                "status": rng.choice(["paid", "shipped", "processing", "delivered", "on_hold"]),
                "items": [{"sku": sku(rng), "name": title, "qty": rng.randrange(1, 4)}],
                "total": price(rng, L.CUR), "currency": L.CUR,
                rng.choice(["customer_note", "delivery_instructions", "gift_message"]): note}}
            return core.dumps_pretty(rec) if rng.random() < 0.5 else core.dumps(rec)
        if kind == "search":
            k = rng.randrange(2, 4)
            items = []
            hit = rng.randrange(k)
            for i in range(k):
                t, d = self.pick("PRODUCTS")
                if i == hit and snip is not None:
                    d = self._place(d, snip, pos)
                items.append({"title": t, "price": price(rng, L.CUR), "snippet": d})
            rec = {"tool": "search_catalog", "query": rng.choice(["gift", "bestseller", "new", "sale", "eco"]),
                   "results": items}
            return core.dumps(rec)
        if kind == "fetch":
            title, para = self.pick("PAGES")
            url = "https://{}.example/{}".format(rng.choice(["blog", "help", "partner", "news", "vendor"]),
                                                 rng.choice(["faq", "post/" + str(rng.randrange(100, 999)),
                                                             "shipping", "about", "care-guide"]))
            if markup:
                content = "<h1>{}</h1><p>{}</p>{}".format(title, para, snip)
            else:
                content = "{}\n\n{}".format(title, self._place(para, snip, pos))
            return core.dumps_pretty({"tool": "fetch_url", "url": url, "status": 200, "content": content})
        if kind == "reviews":
            k = rng.randrange(2, 4)
            hit = rng.randrange(k)
            rv = []
            for i in range(k):
                t = self.pick("REVIEWS")
                if i == hit and snip is not None:
                    t = self._place(t, snip, pos)
                rv.append({"rating": rng.randrange(1, 6), "text": t})
            return core.dumps({"tool": "get_reviews", "product_id": sku(rng), "reviews": rv})
        subj, body = self.pick("TICKETS")
        body = self._place(body, snip, pos)
        return core.dumps_pretty({"tool": "helpdesk.get_ticket", "ticket": {
            "id": rng.randrange(10000, 99999), "subject": subj, "channel": rng.choice(CHANNELS),
            "body": body}})

    def render(self, source, **kw):
        return getattr(self, source)(**kw)

    # ------------------------------------------------------------ hard negatives
    def wrap_hard(self, source, text):
        rng = self.rng
        L = self.L
        if text.lstrip().startswith(("<", "{", "[", "From:", "Subject:", "Ticket", "sku")):
            return text
        if source == "ticket" and rng.random() < 0.5:
            return "Ticket #{} | via {}\n\n{}".format(rng.randrange(100000, 999999), rng.choice(CHANNELS), text)
        if source == "email" and rng.random() < 0.5:
            name = self.p.next("NAMES", L.NAMES)
            return "From: {} <{}>\nTo: support@store.example\n\n{}".format(name, addr_for(name, rng, L.TLD), text)
        if source == "review" and rng.random() < 0.3:
            return "{} {}".format(rng.choice(STARS), text)
        return text
