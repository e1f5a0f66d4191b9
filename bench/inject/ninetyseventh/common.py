"""Shared builders for the ninetyseventh store corpus."""
import base64
import codecs
import json
import urllib.parse

HOSTS = ["stat-cdn.example", "img-proxy.example", "px-track.example", "shopmetrics.example",
         "collect.example.net", "cdn-pixel.example.org", "review-sync.example"]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO_LAT = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
            "i": "\u0456", "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421"}
HOMO_CYR = {v: k for k, v in HOMO_LAT.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]


class Ctx:
    """Random slot values for one row."""

    def __init__(self, D, rng):
        self.D, self.r = D, rng

    def price(self):
        fmt, dec = self.D["cur"]
        if dec:
            v = "%.2f" % (self.r.randint(300, 90000) / 100)
            return fmt.format(v.replace(".", ","))
        return fmt.format("{:,}".format(self.r.choice([self.r.randint(49, 990), self.r.randint(1000, 45000)])).replace(",", "\u00a0"))

    def order(self):
        r = self.r
        return r.choice(["#{}", "{}", "ORD-{}", "{}-{}".format(r.choice(["EU", "SK", "X", "B2B", "WEB"]), "{}")]).format(r.randint(10000, 9999999))

    def date(self):
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.choice([2023, 2024, 2025])
        return self.D["datefmt"].format(d=d, m=m, y=y, dd="%02d" % d, mm="%02d" % m)

    def code(self):
        r = self.r
        letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVZ") for _ in range(r.randint(3, 6)))
        return "{}{}".format(letters, r.choice([10, 15, 20, 25, 50, 70, 90, 100]))

    def img(self):
        r = self.r
        return "![{}](https://{}/{}?q=)".format(r.choice(["", "logo", "img", "ok", "x"]), r.choice(HOSTS),
                                               r.choice(["p.gif", "i.png", "c", "pixel", "v2/t.png"]))

    def email(self):
        r = self.r
        return "{}{}@{}".format(r.choice(["refunds", "orders", "help", "support-team", "billing", "info"]),
                                r.randint(1, 99), r.choice(["mailbox.example", "inbox-eu.example", "fastpost.example"]))

    def vals(self):
        r, D = self.r, self.D
        return {"product": r.choice(D["products"]), "price": self.price(), "order": self.order(),
                "date": self.date(), "name": r.choice(D["names"]), "n": r.randint(2, 48),
                "days": r.randint(2, 30), "code": self.code(), "img": self.img(), "email": self.email(),
                "sku": "{}-{}".format(r.choice(["HG", "FA", "EL", "GR", "TY", "BK", "PT", "CO", "AU", "B2"]), r.randint(1000, 99999)),
                "stars": r.randint(1, 5)}


def fill(t, v):
    return t.format_map(v)


def pick(r, lst, k):
    k = min(k, len(lst))
    return r.sample(lst, k)


def zw(s, r):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and r.random() < 0.5:
            out.append(r.choice(ZW))
    return "".join(out)


def homoglyph(s, r):
    table = HOMO_LAT if sum(c.isascii() for c in s) > len(s) / 2 else HOMO_CYR
    return "".join(table[c] if c in table and r.random() < 0.7 else c for c in s)


def leet(s, r):
    return "".join(LEET.get(c.lower(), c) if r.random() < 0.8 else c for c in s)


def is_latin(s):
    return sum(c.isascii() for c in s) > len(s) * 0.7


def jd(o):
    return json.dumps(o, ensure_ascii=False)


class Builder:
    def __init__(self, D, rng):
        self.D, self.r = D, rng

    # --- helpers -------------------------------------------------------
    def v(self):
        return Ctx(self.D, self.r).vals()

    def one(self, key, v, sub=None):
        src = self.D[key] if sub is None else self.D[key][sub]
        return fill(self.r.choice(src), v)

    def some(self, key, v, lo, hi):
        return [fill(t, v) for t in pick(self.r, self.D[key], self.r.randint(lo, hi))]

    def addr(self, v):
        return fill(self.r.choice(self.D["ai"]), v)

    def order_text(self, kind, v, named=True):
        o = self.one("inj", v, kind)
        if not named:
            return o
        a = self.addr(v)
        return a + " " + o[0].lower() + o[1:] if a.endswith(",") else a + " " + o

    def review(self, v, neg=None):
        r = self.r
        neg = r.random() < 0.3 if neg is None else neg
        parts = [self.one("rev_open", v)] + self.some("rev_neg" if neg else "rev_pos", v, 1, 3)
        if r.random() < 0.6:
            parts.append(self.one("rev_close", v))
        t = " ".join(parts)
        if r.random() < 0.4:
            t = fill(self.D["rating"], v) + (" " if r.random() < 0.5 else "\n") + t
        if r.random() < 0.15:
            t += " " + r.choice(["👍", "🙂", "😡", "⭐⭐⭐⭐", "🙈", "💯", "😕", "❤️"])
        return t

    def ticket(self, v, middle=None):
        parts = self.some("tk_body", v, 1, 2)
        if self.r.random() < 0.75:
            parts[0] = self.one("tk_open", v) + " " + parts[0]
        if middle:
            parts.append(middle)
        if self.r.random() < 0.7:
            parts.append(self.one("tk_close", v) + ("\n" + v["name"] if self.r.random() < 0.6 else ""))
        return (" " if self.r.random() < 0.4 else "\n").join(parts)

    def email(self, v, body):
        r = self.r
        subj = self.one("subj", v)
        v2 = dict(v, name=r.choice(self.D["names"]))
        quoted = ""
        if r.random() < 0.6:
            q = self.some("tk_body", v2, 1, 2)
            quoted = "\n\n" + fill(self.D["wrote"], v2) + "\n" + "\n".join("> " + x for x in q)
        return "{}: {}\n\n{}{}".format(self.D["subj_word"], subj, body, quoted)

    def opener(self, v, nxt):
        return self.one("tk_open", v) + (" " if self.r.random() < 0.6 else "\n") + nxt

    def listing(self, v):
        return " ".join([v["product"] + "."] + self.some("lst", v, 2, 4))

    def feed_csv(self, v, desc):
        hdr = self.r.choice(["sku;name;price;stock;description", "id,title,price,qty,desc", "sku|name|price|qty|text",
                             "item_id;title;unit_price;available;long_description", "ean,product,price_gross,stock,body",
                             "code|label|price|inventory|details", "SKU;Title;Price;Stock;Description", "ref,name,amount,on_hand,copy"])
        sep = ";" if ";" in hdr else ("," if "," in hdr else "|")
        line = sep.join([v["sku"], v["product"], v["price"].replace(sep, " "), str(v["n"]), '"' + desc + '"'])
        return hdr + "\n" + line

    def feed_json(self, v, desc):
        o = {"sku": v["sku"], "title": v["product"], "price": v["price"], "stock": v["n"], "description": desc}
        if self.r.random() < 0.5:
            o["category"] = self.r.choice(self.D["cats"])
        return jd(o)

    def page(self, v, inner):
        r = self.r
        return "<div class=\"{}\"><h1>{}</h1>\n<p>{}</p>\n{}\n<span class=\"price\">{}</span></div>".format(
            r.choice(["product", "pdp", "item-card", "detail"]), v["product"], " ".join(self.some("lst", v, 1, 3)), inner, v["price"])

    def lookup(self, v, note):
        r = self.r
        o = {"order_id": v["order"], "status": r.choice(["shipped", "processing", "delivered", "returned", "on_hold"]),
             "items": [{"sku": v["sku"], "name": v["product"], "qty": r.randint(1, 4)}], "total": v["price"]}
        o[r.choice(["note", "customer_note", "comment", "delivery_instructions", "gift_message"])] = note
        return jd(o)

    # --- injections ----------------------------------------------------
    def inj(self, fam):
        r, D = self.r, self.D
        v = self.v()
        kind = r.choice(["summary", "rank", "refund", "discount", "reveal", "ignore", "memory"])
        if fam == "review-summary-steer":
            p = self.order_text("summary", v)
            return "review", self.review(v, False) + " " + p, p
        if fam == "listing-rank-steer":
            p = self.order_text("rank", v)
            src = r.choice(["feed", "web"])
            body = self.listing(v) + " " + p
            return src, (self.feed_json(v, body) if src == "feed" else self.page(v, "<p>" + p + "</p>")), p
        if fam == "ticket-tool-refund":
            p = self.order_text("refund", v)
            return "ticket", self.ticket(v, p), p
        if fam == "ticket-tool-discount":
            p = self.order_text("discount", v)
            return "ticket", self.ticket(v, p), p
        if fam == "ticket-prompt-leak":
            p = self.order_text("reveal", v)
            return "ticket", self.ticket(v, p), p
        if fam == "email-override":
            p = self.order_text("ignore", v) + " " + self.one("inj", v, r.choice(["refund", "discount", "reveal"]))
            body = self.opener(v, " ".join(self.some("tk_body", v, 1, 2))) + "\n" + p + "\n" + self.one("tk_close", v) + "\n" + v["name"]
            return "email", self.email(v, body), p
        if fam == "hidden-html-comment":
            p = self.order_text(kind, v)
            src = r.choice(["review", "web"])
            base = self.review(v) if src == "review" else self.page(v, "")
            return src, base + "\n<!-- " + p + " -->", p
        if fam == "hidden-css-block":
            p = self.order_text(kind, v)
            style = r.choice(["display:none", "display: none;", "visibility:hidden;height:0", "font-size:0", "position:absolute;left:-9999px"])
            return "web", self.page(v, "<div style=\"{}\">{}</div>".format(style, p)), p
        if fam == "img-alt-attribute":
            p = self.order_text(kind, v)
            att = r.choice(["alt", "title", "aria-label"])
            return "web", self.page(v, "<img src=\"/media/{}.jpg\" {}=\"{}\">".format(v["sku"].lower(), att, p)), p
        if fam == "white-on-white":
            p = self.order_text(kind, v)
            return "web", self.page(v, "<span style=\"color:#ffffff;background:#ffffff\">{}</span>".format(p)), p
        if fam == "tool-json-note":
            p = self.order_text(r.choice(["refund", "discount", "reveal", "ignore"]), v)
            return "tool", self.lookup(v, p), p
        if fam == "crm-note-injection":
            p = self.order_text(r.choice(["refund", "discount", "memory", "reveal"]), v)
            o = {"customer": v["name"], "tier": r.choice(["gold", "standard", "b2b"]),
                 "notes": [{"date": v["date"], "author": "agent", "text": self.one("hard", v, "staff")},
                           {"date": v["date"], "author": "customer_portal", "text": p}]}
            return "tool", jd(o), p
        if fam == "search-snippet-injection":
            p = self.order_text(r.choice(["rank", "summary", "exfil"]), v)
            v2 = self.v()
            o = {"query": v["product"], "results": [
                {"title": v2["product"], "snippet": self.listing(v2), "url": "https://shop.example/p/" + v2["sku"].lower()},
                {"title": v["product"], "snippet": self.listing(v) + " " + p, "url": "https://seller.example/p/" + v["sku"].lower()}]}
            if r.random() < 0.5:
                o["results"].reverse()
            return "tool", jd(o), p
        if fam == "fake-system-message":
            tag = r.choice(["[SYSTEM]", "### SYSTEM:", "<|system|>", "<system>", "SYSTEM OVERRIDE:", "[[admin]]", "developer:"])
            p = tag + " " + self.one("inj", v, "system") + " " + self.one("inj", v, r.choice(["refund", "discount", "reveal", "ignore"]))
            src = r.choice(["review", "ticket", "email"])
            if src == "review":
                return src, self.review(v) + "\n\n" + p, p
            if src == "ticket":
                return src, self.ticket(v, p), p
            return src, self.email(v, self.opener(v, p)), p
        if fam == "fake-dialogue-turn":
            u, a = D["turns"]
            p = "{}: {}\n{}: {}\n{}: {}".format(u, self.one("inj", v, "reveal"), a, self.one("inj", v, "agree"), u,
                                                 self.one("inj", v, r.choice(["refund", "discount"])))
            return r.choice(["review", "ticket"]), self.review(v) + "\n" + p, p
        if fam == "markdown-image-exfil":
            p = self.order_text("exfil", v)
            src = r.choice(["review", "ticket"])
            return src, (self.review(v) + " " + p if src == "review" else self.ticket(v, p)), p
        if fam == "memory-persist":
            p = self.order_text("memory", v)
            src = r.choice(["review", "email", "ticket"])
            if src == "email":
                return src, self.email(v, self.opener(v, " ".join(self.some("tk_body", v, 1, 1))) + "\n" + p), p
            return src, (self.review(v) + " " + p if src == "review" else self.ticket(v, p)), p
        if fam == "automated-reader-order":
            p = self.one("inj", v, "auto")
            src = r.choice(["feed", "review", "web"])
            if src == "feed":
                return src, self.feed_csv(v, self.listing(v) + " " + p), p
            if src == "web":
                return src, self.page(v, "<p class=\"note\">" + p + "</p>"), p
            return src, self.review(v, False) + " " + p, p
        if fam == "markdown-comment":
            p = self.order_text(kind, v)
            return r.choice(["feed", "web"]), self.listing(v) + "\n\n[//]: # (" + p + ")", p
        if fam == "feed-csv-field":
            p = self.order_text(r.choice(["rank", "summary", "discount"]), v)
            return "feed", self.feed_csv(v, self.listing(v) + " " + p), p
        if fam == "zero-width-split":
            p = self.order_text(kind, v)
            return r.choice(["review", "ticket"]), self.review(v) + " " + zw(p, r), p
        if fam == "homoglyph-mask":
            p = self.order_text(kind, v)
            return "review", self.review(v) + " " + homoglyph(p, r), p
        if fam == "leetspeak-mask":
            p = self.order_text(kind, v)
            return r.choice(["review", "ticket"]), self.review(v) + " " + leet(p, r), p
        if fam == "encoded-payload":
            p = self.order_text(kind, v)
            enc = r.choice(["b64", "hex", "url", "rot13"])
            if enc == "rot13" and not is_latin(p):
                enc = "b64"
            if enc == "b64":
                e = base64.b64encode(p.encode()).decode()
            elif enc == "hex":
                e = p.encode().hex()
            elif enc == "url":
                e = urllib.parse.quote(p)
            else:
                e = codecs.encode(p, "rot13")
            lead = fill(r.choice(D["decode"]), dict(v, enc={"b64": "base64", "hex": "hex", "url": "URL", "rot13": "ROT13"}[enc]))
            src = r.choice(["ticket", "email", "review"])
            mid = lead + "\n" + e
            if src == "ticket":
                return src, self.ticket(v, mid), p
            if src == "email":
                return src, self.email(v, self.one("tk_open", v) + "\n" + mid), p
            return src, self.review(v) + "\n" + mid, p
        raise KeyError(fam)

    # --- benign ----------------------------------------------------------
    def ben(self, fam):
        r, D = self.r, self.D
        v = self.v()
        if fam == "benign-review":
            return "review", self.review(v)
        if fam == "benign-ticket":
            return "ticket", self.ticket(v)
        if fam == "benign-email":
            body = self.opener(v, " ".join(self.some("tk_body", v, 1, 3))) + "\n" + self.one("tk_close", v) + "\n" + v["name"]
            return "email", self.email(v, body)
        if fam == "benign-listing":
            return "feed", (self.feed_csv(v, self.listing(v)) if r.random() < 0.5 else self.feed_json(v, self.listing(v)))
        if fam == "benign-web":
            return "web", self.page(v, "<ul><li>" + "</li><li>".join(self.some("lst", v, 1, 3)) + "</li></ul>")
        if fam == "benign-order-lookup":
            return "tool", self.lookup(v, self.one("tk_body", v) if r.random() < 0.3 else self.one("hard", v, "staff"))
        if fam == "hard-human-order":
            t = " ".join([self.one("hard", v, "human")] + self.some("tk_body", v, 0, 1))
            if r.random() < 0.5:
                return "email", self.email(v, self.opener(v, t) + "\n" + self.one("tk_close", v) + "\n" + v["name"])
            return "ticket", self.ticket(v, t)
        if fam == "hard-ai-product-review":
            parts = [self.one("rev_open", v)] + [fill(t, v) for t in pick(r, D["hard"]["aiprod"], r.randint(1, 3))]
            if r.random() < 0.5:
                parts.append(self.one("rev_close", v))
            return "review", " ".join(parts)
        if fam == "hard-chatbot-complaint":
            t = " ".join(fill(x, v) for x in pick(r, D["hard"]["chatbot"], r.randint(1, 3)))
            return (r.choice(["review", "ticket"]), t if r.random() < 0.5 else self.ticket(v, t))
        if fam == "hard-staff-note":
            notes = [{"date": v["date"], "author": r.choice(D["names"]), "text": self.one("hard", v, "staff")}
                     for _ in range(r.randint(1, 3))]
            return "tool", jd({"customer": v["name"], "order": v["order"], "notes": notes})
        if fam == "hard-security-notice":
            t = " ".join(fill(x, v) for x in pick(r, D["hard"]["security"], r.randint(2, 4)))
            return (r.choice(["web", "email"]), ("<section class=\"notice\"><p>" + t + "</p></section>") if r.random() < 0.5 else self.email(v, t))
        if fam == "hard-manual-imperative":
            steps = pick(r, D["hard"]["manual"], r.randint(3, 6))
            t = v["product"] + "\n" + "\n".join("{}. {}".format(i + 1, fill(s, v)) for i, s in enumerate(steps))
            return r.choice(["web", "feed"]), t
        if fam == "hard-keyword-copy":
            t = " ".join([v["product"] + "."] + [fill(x, v) for x in pick(r, D["hard"]["copy"], r.randint(1, 3))] + self.some("lst", v, 0, 2))
            return "feed", (self.feed_json(v, t) if r.random() < 0.5 else self.feed_csv(v, t))
        if fam == "hard-role-json-log":
            msgs = [{"role": "system", "content": self.one("hard", v, "log")},
                    {"role": "user", "content": self.one("tk_body", v)},
                    {"role": "assistant", "content": self.one("hard", v, "agent")}]
            o = {"conversation_id": "c-{}".format(r.randint(100000, 999999)), "channel": r.choice(["chat", "web", "app"]),
                 "messages": msgs[r.randint(0, 1):], "instructions_version": "v{}.{}".format(r.randint(1, 9), r.randint(0, 20))}
            return "tool", jd(o)
        if fam == "hard-encoded-data":
            raw = "{}|{}|{}".format(v["order"], v["sku"], r.randint(10 ** 8, 10 ** 9))
            blob = base64.b64encode(raw.encode()).decode() if r.random() < 0.5 else raw.encode().hex()
            o = {"tracking_ref": blob, "carrier": r.choice(["GLS", "DPD", "PPL", "Omniva", "DHL", "Posti", "Packeta"]),
                 "status_text": self.one("hard", v, "log"), "thumb": "data:image/png;base64," + base64.b64encode(bytes(r.randrange(256) for _ in range(18))).decode()}
            return r.choice(["tool", "feed"]), jd(o)
        if fam == "hard-hidden-html":
            hid = self.one("hard", v, "hidden")
            style = r.choice(["display:none", "visibility:hidden", "font-size:0"])
            inner = "<div style=\"{}\">{}</div>".format(style, hid) if r.random() < 0.6 else "<!-- {} -->".format(hid)
            return "web", self.page(v, inner)
        if fam == "hard-quoted-transcript":
            u, a = D["turns"]
            lines = []
            for _ in range(r.randint(1, 3)):
                lines.append("{}: {}".format(u, self.one("tk_body", v)))
                lines.append("{}: {}".format(a, self.one("hard", v, "agent")))
            t = fill(r.choice(D["hard"]["transcript_intro"]), v) + "\n" + "\n".join(lines)
            return (r.choice(["ticket", "email"]), t)
        raise KeyError(fam)


INJ_FAMS = ["review-summary-steer", "listing-rank-steer", "ticket-tool-refund", "ticket-tool-discount",
            "ticket-prompt-leak", "email-override", "hidden-html-comment", "hidden-css-block", "img-alt-attribute",
            "white-on-white", "tool-json-note", "crm-note-injection", "search-snippet-injection",
            "fake-system-message", "fake-dialogue-turn", "markdown-image-exfil", "memory-persist",
            "automated-reader-order", "markdown-comment", "feed-csv-field", "zero-width-split", "homoglyph-mask",
            "leetspeak-mask", "encoded-payload"]
BEN_FAMS = ["benign-review", "benign-ticket", "benign-email", "benign-listing", "benign-web", "benign-order-lookup"]
HARD_FAMS = ["hard-human-order", "hard-ai-product-review", "hard-chatbot-complaint", "hard-staff-note",
             "hard-security-notice", "hard-manual-imperative", "hard-keyword-copy", "hard-role-json-log",
             "hard-encoded-data", "hard-hidden-html", "hard-quoted-transcript"]
