"""Carriers: ordinary store text for each source, with an editable list of parts.

A carrier holds ``parts`` (sentences, messages or paragraphs) and a closure that
renders them into the final text. Builders insert injected or tricky blocks
into ``parts`` and then render. ``Raw`` parts are markup and are emitted as-is.
"""

import csv
import io
import json

from .util import Raw, fill, pick

SHOPS = ["Ardent Home", "Little Kiln", "Northbound Outdoor", "Maple & Thread", "Brightwick",
         "Quorra Toys", "Solano Kitchen", "Pebble & Pine", "Velo Corner", "Lumen Store",
         "Hartley Books", "Copper Kettle Co.", "Mira Beauty", "Tallis Audio", "Fernweh Gear"]
DOMAINS = ["ardenthome.com", "littlekiln.co.uk", "northbound-outdoor.de", "maplethread.shop",
           "brightwick.store", "quorratoys.com", "solanokitchen.es", "pebbleandpine.fr",
           "velocorner.nl", "lumenstore.jp", "hartleybooks.com", "copperkettle.co"]


CURRENCY = {"en": ["GBP", "USD", "EUR", "AUD", "CAD"], "sv": ["SEK"], "da": ["DKK"], "no": ["NOK"], "pl": ["PLN"],
            "cs": ["CZK"], "hu": ["HUF"], "ro": ["RON"], "tr": ["TRY"], "ru": ["RUB"], "ja": ["JPY"],
            "zh": ["CNY"], "ko": ["KRW"], "pt": ["EUR", "BRL"]}
CUR_MULT = {"SEK": 10, "DKK": 7, "NOK": 10, "PLN": 4, "CZK": 24, "HUF": 390, "RON": 5, "TRY": 35,
            "RUB": 95, "JPY": 160, "CNY": 7, "KRW": 1400, "BRL": 6}


def slugify(title, rng):
    words = ["".join(c for c in w.lower() if c.isascii() and c.isalnum()) for w in title.split()]
    words = [w for w in words if w][:5]
    return "-".join(words) if len(words) >= 2 else "p/%d" % rng.randrange(1000, 99999)


def _override(cache, default):
    """Builders may force a heading (e.g. to match a solo hard negative)."""
    if cache and "__title" in cache:
        return cache["__title"] or default
    return default


def derive_title(text):
    """A short heading taken from the start of a text."""
    first = text.split("\n")[0]
    for mark in (":", "\uff1a", "\u3002", ".", ","):
        head = first.split(mark)[0].strip()
        if 3 <= len(head) <= 48 and head != first:
            return head
    words = first.split()
    if len(words) > 1:
        return " ".join(words[:6])
    return first[:18]


class Carrier:
    def __init__(self, parts, render, html_ok=False, kind=""):
        self.parts = parts
        self._render = render
        self.html_ok = html_ok
        self.kind = kind

    def text(self):
        return self._render(self.parts)


def _is_block(p):
    return isinstance(p, Raw) or "\n" in p


def join_para(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append("\n" if (_is_block(p) or _is_block(parts[i - 1])) else sep)
        out.append(p)
    return "".join(out)


def join_html(parts):
    return "\n".join(p if isinstance(p, Raw) else "<p>%s</p>" % p for p in parts)


def jdump(obj, rng):
    if rng.random() < 0.5:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False)


def _stars(rng, b, n):
    if b["code"] == "en":
        return pick(rng, ["\u2605" * n + "\u2606" * (5 - n), "Rating: %d/5" % n, "%d.0 out of 5 stars" % n, "[%d stars]" % n])
    return pick(rng, ["\u2605" * n + "\u2606" * (5 - n), "%d/5" % n])


def _k(rng, size, short, med, long_):
    return rng.randint(*{"tiny": short, "short": short, "medium": med, "long": long_}[size])


def _fill_all(rng, items, cache):
    return [fill(rng, s, cache) for s in items]


# ------------------------------------------------------------------ review

def review(rng, b, size, html=False, cache=None):
    grp = pick(rng, b["reviews"])
    if size == "long" and b.get("review_long") and rng.random() < 0.6:
        t, paras = pick(rng, b["review_long"])
        grp = {"t": [t], "l": paras, "r": (4, 5)}
        lines = list(paras)
    elif size == "tiny":
        lines = rng.sample(grp["l"], rng.randint(0, 1))
    else:
        k = _k(rng, size, (1, 2), (2, 4), (4, 6))
        lines = rng.sample(grp["l"], min(k, len(grp["l"])))
    if size not in ("short", "tiny") and rng.random() < 0.5:
        g = pick(rng, b["review_generic"])
        lines.insert(0, g) if rng.random() < 0.4 else lines.append(g)
    if size == "long":
        lines += [g for g in rng.sample(b["review_generic"], min(2, len(b["review_generic"]))) if g not in lines]
    parts = _fill_all(rng, lines, cache)
    title = cache["__title"] if cache and "__title" in cache else pick(rng, grp["t"])
    stars = rng.randint(*grp.get("r", (3, 5)))
    html = html or (size != "tiny" and rng.random() < 0.15)
    name = pick(rng, b["names"])
    ver = pick(rng, b["verified"])
    sep = b["sep"]
    if html:
        img = "https://cdn.reviews-img.com/u/%d.jpg" % rng.randrange(10000, 99999)

        def r(ps):
            body = "\n\n".join(p if isinstance(p, Raw) else p for p in ps)
            return "%s%s\n\n%s\n\n![photo](%s)\n\n%s" % (("**%s** " % title) if title else "", _stars(rng, b, stars), body, img, name)
        return Carrier(parts, r, True, "review-md")
    v = 1 if size == "tiny" else (0 if len(lines) > 4 else rng.randrange(6))
    if v == 0:
        def r(ps):
            tail = "\n\u2014 %s%s" % (name, (", " + ver) if ver else "")
            return "%s%s\n%s%s" % (_stars(rng, b, stars), (" " + title) if title else "", join_para(ps, sep), tail)
    elif v == 1:
        def r(ps):
            return join_para(ps, sep)
    elif v == 2:
        q, a = pick(rng, b["qa"])
        ql, al = b["qa_labels"]
        parts[:] = [a] + ([pick(rng, b["review_generic"])] if rng.random() < 0.3 else [])

        def r(ps):
            return "%s: %s\n%s: %s" % (ql, q, al, join_para(ps, sep))
    elif v == 3:
        rid = "rv_%d" % rng.randrange(10 ** 6, 10 ** 7)
        sku = "%s-%d" % (pick(rng, ["KT", "SH", "HD", "TY", "BK"]), rng.randrange(100, 999))
        day = "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))

        def r(ps):
            return jdump({"review_id": rid, "product_sku": sku, "rating": stars, "title": title,
                          "body": join_para(ps, sep), "author": name, "locale": b["code"],
                          "submitted_at": day}, rng)
    elif v == 4:
        shop = pick(rng, SHOPS)

        def r(ps):
            return "%s | %s | %s\n%s" % (shop, _stars(rng, b, stars), name, join_para(ps, sep))
    else:
        def r(ps):
            return "%s%s\n\n%s" % ((title + "\n\n") if title else "", join_para(ps, sep), _stars(rng, b, stars))
    return Carrier(parts, r, False, "review-%d" % v)


# ------------------------------------------------------------------ ticket

def ticket(rng, b, size, html=False, cache=None):
    k = rng.randint(0, 1) if size == "tiny" else _k(rng, size, (1, 1), (1, 2), (2, 3))
    body = rng.sample(b["tickets"], min(k, len(b["tickets"])))
    if size not in ("short", "tiny") and rng.random() < 0.6:
        body.append(pick(rng, b["ticket_extra"]))
    parts = _fill_all(rng, body, cache)
    sep = b["sep"]
    name = pick(rng, b["names"])
    greet, sign = pick(rng, b["greet"]), pick(rng, b["sign"])
    subj = _override(cache, pick(rng, b["ticket_subjects"]))
    tid = rng.randrange(10000, 999999)
    mail = "%s%d@%s" % (pick(rng, ["anna", "tj", "kowalski", "mila", "h.weber", "sato", "lee"]),
                        rng.randrange(1, 99), pick(rng, ["gmail.com", "outlook.com", "web.de", "yahoo.fr", "icloud.com"]))
    v = pick(rng, [1, 3]) if size == "tiny" else rng.randrange(5)
    history = ""
    if size == "long" and b.get("agent_replies"):
        hist = rng.sample(b["agent_replies"], rng.randint(2, 3))
        old = _fill_all(rng, rng.sample(b["tickets"], 2), cache)
        d1 = rng.randint(4, 9)
        history = "\n\n--- Earlier in this conversation ---\nCustomer (%d days ago): %s\n%s\nCustomer (%d days ago): %s\n%s" % (
            d1, old[0], hist[0], rng.randint(1, d1 - 1), old[1], "\n".join(hist[1:]))
        v = 0
    if v == 0:
        ch = pick(rng, ["email", "web form", "chat", "app"])

        def r(ps):
            return "Ticket #%d | Channel: %s\nSubject: %s\nFrom: %s <%s>\n\n%s\n%s\n\n%s\n%s%s" % (
                tid, ch, subj, name, mail, greet, join_para(ps, sep), sign, name, history)
    elif v == 1:
        h, m = rng.randint(8, 21), rng.randint(0, 50)

        def r(ps):
            return "\n".join("[%02d:%02d] %s: %s" % (h, m + i, name, p) for i, p in enumerate(ps))
    elif v == 2:
        order = fill(rng, "{order}", cache)

        def r(ps):
            return "Contact form submission\nName: %s\nEmail: %s\nOrder number: %s\nTopic: %s\nMessage:\n%s" % (
                name, mail, order, subj, join_para(ps, sep))
    elif v == 3:
        def r(ps):
            return "%s %s %s" % (greet, join_para(ps, sep), sign) if sep else greet + join_para(ps, sep) + sign
    else:
        def r(ps):
            return jdump({"ticket_id": tid, "status": pick(rng, ["new", "open", "pending"]), "subject": subj,
                          "requester": {"name": name, "email": mail}, "description": join_para(ps, sep)}, rng)
    return Carrier(parts, r, False, "ticket-%d" % v)


# ------------------------------------------------------------------ feed

def _csv_line(row):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(row)
    return buf.getvalue()


def feed(rng, b, size, html=False, cache=None):
    title, desc = pick(rng, b["feed"])
    title = _override(cache, title)
    k = _k(rng, size, (1, 2), (2, 3), (3, 4))
    parts = list(desc[:k]) if rng.random() < 0.6 else rng.sample(desc, min(k, len(desc)))
    sep = b["sep"]
    sku = "%s-%d" % (pick(rng, ["HX", "TB", "LN", "CK", "VP", "MZ"]), rng.randrange(1000, 99999))
    brand = pick(rng, ["Kovra", "Ardent", "Lumelle", "NorthPeak", "Solano", "Tallis", "Mirabel"])
    cur = pick(rng, CURRENCY.get(b["code"], ["EUR"]))
    mult = CUR_MULT.get(cur, 1)
    if mult == 1:
        price = "%d.%02d" % (rng.randint(5, 240), pick(rng, [0, 49, 90, 95, 99]))
    else:
        val = rng.randint(5, 240) * mult
        val = int(round(val, -(len(str(val)) - 2)))
        if val >= 100 and rng.random() < 0.5:
            val -= 10 ** (len(str(val)) - 3)
        price = str(val)
    others = [o for o in b["feed"] if o[0] != title]
    if html or rng.random() < 0.3:
        v = rng.randrange(3)
        if v == 0:
            def r(ps):
                return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:brand>%s</g:brand>\n"
                        "  <description><![CDATA[\n%s\n]]></description>\n  <g:price>%s %s</g:price>\n</item>") % (
                    sku, title, brand, join_html(ps), price, cur)
        elif v == 1:
            def r(ps):
                return jdump({"id": sku, "title": title, "vendor": brand, "body_html": join_html(ps),
                              "variants": [{"price": price, "currency": cur}]}, rng)
        else:
            def r(ps):
                return "%s\nBrand: %s | SKU: %s | %s %s\n\n%s" % (title, brand, sku, price, cur, "\n".join(ps))
        return Carrier(parts, r, True, "feed-html-%d" % v)
    v = rng.randrange(5)
    if v == 0:
        extra = rng.sample(others, min(len(others), rng.randint(0, 2)))
        pos = rng.randrange(len(extra) + 1)
        other_meta = [["%s-%d" % (sku[:2], rng.randrange(1000, 99999)), pick(rng, ["Kovra", "Ardent", "Lumelle", "NorthPeak", "Solano"]),
                       price if CUR_MULT.get(cur, 1) > 1 else "%d.%02d" % (rng.randint(5, 240), pick(rng, [0, 49, 95, 99])),
                       cur, pick(rng, ["in stock", "in stock", "preorder", "out of stock"])] for _ in range(3)]

        def r(ps):
            rows = [_csv_line(["sku", "title", "brand", "price", "currency", "availability", "description"])]
            items = [(t, sep.join(d)) for t, d in extra]
            items.insert(pos, (title, join_para(ps, sep)))
            for i, (t, d) in enumerate(items):
                if t == title:
                    rows.append(_csv_line([sku, t, brand, price, cur, "in stock", d]))
                else:
                    rows.append(_csv_line(other_meta[i % len(other_meta)][:1] + [t] + other_meta[i % len(other_meta)][1:] + [d]))
            return "\n".join(rows)
    elif v == 1:
        def r(ps):
            return jdump({"sku": sku, "title": title, "brand": brand, "price": float(price), "currency": cur,
                          "description": join_para(ps, sep), "stock": rng.randint(0, 400)}, rng)
    elif v == 2:
        country = pick(rng, ["DE", "PL", "CN", "UK", "ES", "NL"])

        def r(ps):
            return "%s\nCondition: New | Ships from: %s | %s %s\n\n%s\n\nSeller: %s" % (
                title, country, price, cur, join_para(ps, sep), pick(rng, SHOPS))
    elif v == 3:
        day = "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))

        def r(ps):
            return "SUPPLIER UPDATE %s\nSKU: %s\nProduct: %s\nBrand: %s\nNotes: %s" % (
                day, sku, title, brand, join_para(ps, sep))
    else:
        def r(ps):
            return "<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <description>%s</description>\n  <g:price>%s %s</g:price>\n</item>" % (
                sku, title, join_para(ps, sep), price, cur)
    return Carrier(parts, r, False, "feed-%d" % v)


# ------------------------------------------------------------------ email

def email(rng, b, size, html=False, cache=None):
    business = rng.random() < 0.6
    k = _k(rng, size, (1, 1), (1, 3), (3, 6))
    pool = b["email_paras"] if business else b["tickets"]
    parts = _fill_all(rng, rng.sample(pool, min(k, len(pool))), cache)
    if size == "long" and len(parts) < 4:
        parts += _fill_all(rng, rng.sample(b["tickets"], min(2, len(b["tickets"]))), cache)
    shop = pick(rng, DOMAINS)
    if business:
        frm = "%s <%s@%s>" % (pick(rng, ["Sales", "Orders", "Vertrieb", "Export Dept", "Account Team"]),
                              pick(rng, ["sales", "orders", "info", "export"]),
                              pick(rng, ["kovra-supply.com", "tallis-wholesale.eu", "mirabel-trading.cn", "ceramica-norte.pt"]))
        to = "purchasing@%s" % shop
    else:
        frm = "%s <%s>" % (pick(rng, b["names"]), "%s%d@%s" % (pick(rng, ["lena", "marc", "yui", "ola", "rita"]),
                                                                 rng.randrange(1, 99), pick(rng, ["gmail.com", "gmx.net", "outlook.com"])))
        to = "support@%s" % shop
    subj = _override(cache, pick(rng, b["email_subjects"]) if business else pick(rng, b["ticket_subjects"]))
    day = "%s, %d %s 2024 %02d:%02d" % (pick(rng, ["Mon", "Tue", "Wed", "Thu", "Fri"]), rng.randint(1, 28),
                                        pick(rng, ["Jan", "Mar", "May", "Jul", "Sep", "Nov"]), rng.randint(7, 19), rng.randint(0, 59))
    greet, sign = pick(rng, b["greet"]), pick(rng, b["sign"])
    name = frm.split(" <")[0]
    if html or rng.random() < 0.3:
        def r(ps):
            return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nContent-Type: text/html; charset=utf-8\n\n"
                    "<html><body style=\"font-family:Arial,sans-serif\">\n<p>%s</p>\n%s\n<p>%s<br>%s</p>\n</body></html>") % (
                frm, to, subj, day, greet, join_html(ps), sign, name)
        return Carrier(parts, r, True, "email-html")
    v = rng.randrange(3)
    quoted = ""
    if size == "long" and b.get("quoted"):
        q = rng.sample(b["quoted"], rng.randint(2, 3))
        quoted = "\n\nOn %s, %s wrote:\n%s" % (day.split(" 20")[0] + " 2024", to,
                                                  "\n>\n".join("> " + x for x in q))
        v = 0
    if v == 0:
        def r(ps):
            return "From: %s\nTo: %s\nSubject: %s\nDate: %s\n\n%s\n\n%s\n\n%s\n%s%s" % (
                frm, to, subj, day, greet, "\n\n".join(ps), sign, name, quoted)
    elif v == 1:
        def r(ps):
            return ("Fwd: %s\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n%s\n\n%s") % (
                subj, frm, day, subj, to, greet, "\n\n".join(ps), sign)
    else:
        def r(ps):
            return "Subject: %s\n\n%s\n%s\n%s" % (subj, greet, "\n".join(ps), sign)
    return Carrier(parts, r, False, "email-%d" % v)


# ------------------------------------------------------------------ web

def web(rng, b, size, html=False, cache=None):
    title, paras = pick(rng, b["web"])
    if size == "long" and rng.random() < 0.5:
        title, paras = max(b["web"], key=lambda w: (sum(len(p) for p in w[1]) + rng.random() * 400))
    title = _override(cache, title)
    k = _k(rng, size, (1, 2), (2, 4), (5, 10))
    parts = list(paras[:k])
    as_html = html or rng.random() < 0.45
    if size == "long" and len(b["web"]) > 1 and (len(parts) < 5 or rng.random() < 0.5):
        t2, p2 = pick(rng, [w for w in b["web"] if w[0] != title])
        parts.append(Raw("<h2>%s</h2>" % t2) if as_html else Raw("## " + t2))
        parts += list(p2[:rng.randint(2, 6)])
    shop = pick(rng, DOMAINS)
    url = "https://www.%s/%s/%s" % (shop, pick(rng, ["blog", "pages", "help", "journal"]), slugify(title, rng))
    lang = b["code"]
    if as_html:
        def r(ps):
            return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n"
                    "<nav><a href=\"/\">Home</a> | <a href=\"/shop\">Shop</a></nav>\n<h1>%s</h1>\n%s\n"
                    "<footer>&copy; 2024 %s</footer>\n</body>\n</html>") % (lang, title, title, join_html(ps), shop)
        return Carrier(parts, r, True, "web-html")
    v = rng.randrange(2)
    if v == 0:
        def r(ps):
            return "Title: %s\nURL: %s\n\n%s" % (title, url, "\n\n".join(ps))
    else:
        def r(ps):
            return "# %s\n\n%s" % (title, "\n\n".join(ps))
    return Carrier(parts, r, False, "web-%d" % v)


# ------------------------------------------------------------------ tool

def tool(rng, b, size, html=False, cache=None):
    sep = b["sep"]
    order = fill(rng, "{order}", cache)
    if html or rng.random() < 0.14:
        title, paras = pick(rng, b["web"])
        parts = list(paras[:_k(rng, size, (1, 2), (2, 3), (3, 6))])
        url = "https://www.%s/%s" % (pick(rng, DOMAINS), pick(rng, ["about", "guide", "p/8812", "blog/care"]))

        def r(ps):
            return jdump({"tool": "fetch_url", "url": url, "status": 200,
                          "content": "<html><body><h1>%s</h1>\n%s\n</body></html>" % (title, join_html(ps))}, rng)
        return Carrier(parts, r, True, "tool-fetch-html")
    v = rng.randrange(7)
    if v == 0:
        parts = _fill_all(rng, rng.sample(b["tickets"], 1), cache)
        status = pick(rng, ["processing", "shipped", "delivered", "on_hold", "return_requested"])
        total = "%d.%02d" % (rng.randint(15, 480), rng.randrange(100))

        def r(ps):
            return jdump({"tool": "get_order", "order_id": order, "status": status, "total": total,
                          "items": rng.randint(1, 4), "customer_note": join_para(ps, sep)}, rng)
    elif v == 1:
        lines = []
        n = _k(rng, size, (1, 2), (2, 4), (5, 11))
        for _ in range(n):
            g = pick(rng, b["reviews"])
            lines.append(sep.join(rng.sample(g["l"], min(len(g["l"]), rng.randint(1, 2)))))
        parts = lines
        q = pick(rng, ["kettle", "running shoes", "earbuds", "linen", "toy", "pan"])
        ratings = [rng.randint(1, 5) for _ in range(12)]

        def r(ps):
            return jdump({"tool": "search_reviews", "query": q, "count": len(ps),
                          "results": [{"rating": ratings[i % 12], "text": p} for i, p in enumerate(ps)]}, rng)
    elif v == 2:
        title, paras = pick(rng, b["web"])
        parts = list(paras[:_k(rng, size, (1, 2), (2, 3), (4, 9))])
        url = "https://www.%s/%s" % (pick(rng, DOMAINS), pick(rng, ["about", "guide", "faq", "blog/care"]))

        def r(ps):
            return jdump({"tool": "fetch_url", "url": url, "status": 200, "title": title,
                          "text": "\n\n".join(ps)}, rng)
    elif v == 3:
        pool = b["email_paras"] + b["tickets"]
        parts = _fill_all(rng, rng.sample(pool, min(len(pool), _k(rng, size, (1, 1), (1, 2), (2, 4)))), cache)
        subj = pick(rng, b["email_subjects"])

        def r(ps):
            return jdump({"tool": "read_email", "message": {"from": "%s@%s" % (pick(rng, ["info", "orders", "no-reply"]), pick(rng, DOMAINS)),
                                                             "subject": subj, "body": "\n\n".join(ps)}}, rng)
    elif v == 4:
        g = pick(rng, b["reviews"])
        parts = rng.sample(g["l"], min(len(g["l"]), _k(rng, size, (1, 2), (2, 3), (3, 4))))
        tt = ["%s - %s" % (pick(rng, SHOPS), pick(rng, g["t"])) for _ in range(8)]

        def r(ps):
            return "Observation (web_search):\n" + "\n".join("%d. %s: %s" % (i + 1, tt[i % 8], p) for i, p in enumerate(ps))
    elif v == 5:
        parts = _fill_all(rng, rng.sample(b["tickets"], min(2, len(b["tickets"]))), cache)
        tid = rng.randrange(10000, 99999)

        def r(ps):
            return "<tool_result name=\"get_ticket\">\nticket: %d\nstatus: open\nmessages:\n%s\n</tool_result>" % (
                tid, "\n".join("- " + p for p in ps))
    else:
        title, desc = pick(rng, b["feed"])
        parts = list(desc)

        def r(ps):
            return jdump({"tool": "get_product", "sku": "%s-%d" % (pick(rng, ["HX", "TB", "LN"]), rng.randrange(100, 9999)),
                          "title": title, "description": join_para(ps, sep)}, rng)
    return Carrier(parts, r, False, "tool-%d" % v)


BUILDERS = {"review": review, "ticket": ticket, "feed": feed, "email": email, "web": web, "tool": tool}


def make(rng, bundle, source, size, html=False, cache=None):
    if cache is None:
        cache = {}
    return BUILDERS[source](rng, bundle, size, html=html, cache=cache)
