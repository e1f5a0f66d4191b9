"""Row assembly for the thirtieth store corpus.

Each market module supplies pools of sentences and text fragments; this
module combines them into rows.  Injection sentences are always addressed to the
store's AI (by vocative, by condition or in the third person); their
hard-negative twins reuse the same polite requests but address human staff,
other shoppers, or mention the assistant without speaking to it.
"""

import json
import re

SOURCES = ("review", "ticket", "email", "web", "feed", "tool")
WEIGHTS = {"review": 32, "ticket": 20, "email": 19, "web": 11, "feed": 8, "tool": 10}

CJK_LANGS = ("ja", "zh-CN", "zh-TW")
REVIEW_ONLY_HARD = ("hard-product-imperative", "hard-ai-product-review", "hard-to-shoppers")


class Deck:
    """Draw items evenly: every item is used once before any is reused."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.stack = []
        if not self.items:
            raise ValueError("empty pool")

    def draw(self):
        if not self.stack:
            self.stack = self.items[:]
            self.rng.shuffle(self.stack)
        return self.stack.pop()


def cap(text, lang):
    if not text:
        return text
    lead = ""
    while text and text[0] in "¿¡«\"'(":
        lead += text[0]
        text = text[1:]
    if not text:
        return lead
    first = text[0]
    if lang == "tr" and first == "i":
        up = "İ"
    else:
        up = first.upper()
    return lead + up + text[1:]


def sep_for(lang):
    return "" if lang in CJK_LANGS else " "


def join_addr(addr, core, lang):
    sep = sep_for(lang)
    if addr.rstrip().endswith((",", "、", "，", "،")):
        return addr + sep + core
    return addr + sep + cap(core, lang)


_SPLIT = re.compile(r"(?<=[.!?؟])\s+(?=\S)|(?<=[。！？])(?=\S)")


def split_sents(text):
    return [s for s in _SPLIT.split(text) if s]


def spread(counts_total, rng):
    """Deterministic source list with the configured proportions."""
    total = sum(WEIGHTS.values())
    out = []
    acc = 0.0
    for src in SOURCES:
        k = round(counts_total * WEIGHTS[src] / total + acc)
        acc += counts_total * WEIGHTS[src] / total - k
        out.extend([src] * k)
    while len(out) < counts_total:
        out.append("review")
    out = out[:counts_total]
    rng.shuffle(out)
    return out


class Market:
    def __init__(self, mod, rng):
        self.m = mod
        self.lang = mod.LANG
        self.rng = rng
        self.sep = sep_for(self.lang)
        d = lambda xs: Deck(xs, rng)
        self.review = d(mod.REVIEW)
        self.service = d(mod.SERVICE)
        self.listing = d(mod.LISTING)
        self.ai_addr = d(mod.AI_ADDR)
        self.human_addr = d(mod.HUMAN_ADDR)
        self.ask = d(mod.ASK)
        self.ai_only = d(mod.AI_ONLY)
        self.ai_full = d(mod.AI_FULL)
        self.hard = d(mod.HARD)
        self.seller_inj = d(mod.SELLER_INJ)
        self.seller_hard = d(mod.SELLER_HARD)
        self.close = d(mod.CLOSE)
        self.names = d(mod.NAMES)
        self.subjects = d(mod.SUBJECTS)
        self.greet = d(mod.GREET)
        self.sign = d(mod.SIGN)
        self.products = d(mod.PRODUCTS)
        self.standalone = d(mod.STANDALONE) if getattr(mod, "STANDALONE", None) else None
        self.L = mod.L

    # ---------- small helpers ----------
    def order_no(self):
        r = self.rng
        style = r.randrange(4)
        if style == 0:
            return "#%d" % r.randrange(10000, 99999)
        if style == 1:
            return "%d-%07d" % (r.randrange(100, 999), r.randrange(10 ** 6, 10 ** 7))
        if style == 2:
            return "SW%06d" % r.randrange(10 ** 5, 10 ** 6)
        return "%d" % r.randrange(10 ** 7, 10 ** 8)

    def date(self):
        r = self.rng
        return "2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29))

    def stars(self):
        k = self.rng.choice([5, 5, 4, 4, 4, 3, 2, 1])
        return "★" * k + "☆" * (5 - k)

    def title_for(self, listing):
        """A product title that matches the listing text."""
        for prod in self.m.PRODUCTS:
            key = prod.split()[0].lower()
            if len(key) > 3 and key[:5] in listing.lower():
                return prod
        first = re.split(r"[,.，。、،]", listing)[0]
        return first[:60].strip()

    def subject_for(self, body):
        if self.rng.random() < 0.4:
            return self.subjects.draw()
        first = split_sents(body)[0].rstrip(".!?。！？")
        if self.lang in CJK_LANGS:
            return first[:18] + ("…" if len(first) > 18 else "")
        words = first.split()
        if len(words) <= 7:
            return first
        return " ".join(words[:6]) + "…"

    def maybe_close(self, sent, p=0.35):
        if self.rng.random() < p:
            return sent + self.sep + self.close.draw()
        return sent

    def place(self, host, sent):
        r = self.rng.random()
        sents = split_sents(host)
        if r < 0.22:
            return sent + ("\n" if self.rng.random() < 0.3 else self.sep) + host
        if r < 0.58 or (r < 0.85 and len(sents) < 2):
            return host + ("\n\n" if self.rng.random() < 0.25 else self.sep) + sent
        if r < 0.85:
            i = self.rng.randrange(1, len(sents))
            return self.sep.join(sents[:i] + [sent] + sents[i:])
        return host + "\n\n" + self.L["ps"] + self.sep + sent

    # ---------- sentence makers ----------
    def inj_customer(self):
        r = self.rng.random()
        if r < 0.42:
            addr = self.ai_addr.draw()
            fam, core = self.ask.draw()
            return fam, addr, core
        if r < 0.74:
            addr = self.ai_addr.draw()
            fam, core = self.ai_only.draw()
            return fam, addr, core
        fam, s = self.ai_full.draw()
        return fam, None, s

    def hard_customer(self, source):
        p_staff = 0.25 if source in ("review", "web") else 0.55
        if self.rng.random() < p_staff:
            addr = self.human_addr.draw()
            _fam, core = self.ask.draw()
            return "hard-polite-to-staff", addr, core
        fam, s = self.hard.draw()
        if source in ("ticket", "email"):
            for _ in range(4):
                if fam not in REVIEW_ONLY_HARD:
                    break
                fam, s = self.hard.draw()
        return fam, None, s

    # ---------- wrappers ----------
    def wrap_review(self, text):
        r = self.rng.random()
        if r < 0.55:
            return text
        if r < 0.85:
            return self.stars() + "\n" + text
        return "%s %s\n%s" % (self.stars(), self.names.draw(), text)

    def wrap_ticket(self, text):
        r = self.rng.random()
        L = self.L
        if r < 0.45:
            return "%s: %s\n%s: %s\n\n%s" % (L["subject"], self.subject_for(text), L["order"], self.order_no(), text)
        if r < 0.7:
            return "[%s] %s: %s" % (L["chat"], self.names.draw(), text)
        return text

    def wrap_email(self, body, greet=None):
        L = self.L
        g = greet if greet is not None else self.greet.draw()
        return "%s: %s\n\n%s\n\n%s\n\n%s\n%s" % (
            L["subject"], self.subject_for(body), g, body, self.sign.draw(), self.names.draw())

    def wrap_web_comment(self, text):
        r = self.rng.random()
        if r < 0.5:
            return "%s · %s\n%s" % (self.names.draw(), self.date(), text)
        return '<div class="comment"><span class="author">%s</span><p>%s</p></div>' % (self.names.draw(), text)

    def wrap_feed(self, product, desc):
        r = self.rng.random()
        sku = "%s-%05d" % (self.rng.choice(["SKU", "ART", "P", "ITM", "VND"]), self.rng.randrange(100000))
        price = "%d.%02d" % (self.rng.randrange(5, 400), self.rng.choice([0, 49, 90, 95, 99]))
        if r < 0.5:
            return json.dumps({"sku": sku, "title": product, "price": price, "description": desc}, ensure_ascii=False)
        if r < 0.8:
            return "sku: %s\ntitle: %s\nprice: %s\ndescription: %s" % (sku, product, price, desc)
        return '<div class="listing"><h2>%s</h2><p>%s</p></div>' % (product, desc)

    def wrap_tool(self, text, kind):
        r = self.rng
        if kind == "review":
            obj = {"tool": r.choice(["get_reviews", "fetch_product_reviews", "reviews.search"]),
                   "product_id": "%d" % r.randrange(10000, 99999),
                   "results": [{"author": self.names.draw(), "rating": r.choice([2, 3, 4, 5]), "text": text}]}
        else:
            obj = {"tool": r.choice(["get_ticket", "helpdesk.fetch", "read_inbox_message"]),
                   "ticket_id": "T-%d" % r.randrange(100000, 999999),
                   "status": r.choice(["open", "pending", "new"]),
                   "body": text}
        return json.dumps(obj, ensure_ascii=False)

    # ---------- row builders ----------
    def customer_row(self, source, label, sentence_info):
        """sentence_info: (family, addr, core) or None for plain rows."""
        r = self.rng
        payload = ""
        fam = "benign"
        sent = None
        addr = core = None
        if sentence_info is not None:
            fam, addr, core = sentence_info
            sent = core if addr is None else join_addr(addr, core, self.lang)
            payload = sent if label else ""
            if label:
                sent = self.maybe_close(sent)
        if source == "review":
            host = self.review.draw()
            text = self.place(host, sent) if sent else host
            return self.wrap_review(text), fam, payload
        if source == "ticket":
            host = self.service.draw()
            text = self.place(host, sent) if sent else host
            return self.wrap_ticket(text), fam, payload
        if source == "email":
            host = self.service.draw()
            if r.random() < 0.4:
                extra = self.service.draw()
                if extra != host:
                    host = host + self.sep + extra
            if addr is not None and r.random() < 0.45:
                greet = addr.rstrip()
                if not greet.endswith((",", "、", "，", "،", ":", "!")):
                    greet = greet
                body = host + "\n\n" + cap(core, self.lang)
                if label:
                    body = self.maybe_close(body, 0.3)
                return self.wrap_email(body, greet), fam, payload
            text = self.place(host, sent) if sent else host
            return self.wrap_email(text), fam, payload
        if source == "web":
            host = self.review.draw()
            if label and r.random() < 0.35:
                if r.random() < 0.6:
                    text = '<div class="review"><p>%s</p><!-- %s --></div>' % (host, sent)
                    return text, "hidden-html-comment", payload
                text = '<p>%s</p><p style="display:none">%s</p>' % (host, sent)
                return text, "hidden-css", payload
            text = self.place(host, sent) if sent else host
            if not label and r.random() < 0.2:
                return '<div class="review"><p>%s</p><!-- end review body --></div>' % text, fam, payload
            return self.wrap_web_comment(text), fam, payload
        if source == "tool":
            kind = r.choice(["review", "ticket"])
            host = (self.review if kind == "review" else self.service).draw()
            text = self.place(host, sent) if sent else host
            return self.wrap_tool(text, kind), fam, payload
        raise ValueError(source)

    def seller_row(self, label, kind):
        """Feed rows: supplier or marketplace seller copy."""
        host = self.listing.draw()
        product = self.title_for(host)
        if kind == "plain":
            return self.wrap_feed(product, host), "benign", ""
        if label:
            fam, s = self.seller_inj.draw()
            if self.rng.random() < 0.2:
                desc = host + ' <span style="font-size:0">%s</span>' % s
                return self.wrap_feed(product, desc), "hidden-css", s
            return self.wrap_feed(product, self.place(host, s)), fam, s
        fam, s = self.seller_hard.draw()
        return self.wrap_feed(product, self.place(host, s)), fam, ""

    def rows(self):
        m = self.m
        n = m.N
        n_inj = round(n * 0.45)
        n_ben = n - n_inj
        n_hard = (n_ben * 6 + 9) // 10
        n_plain = n_ben - n_hard
        plan = []
        for src in spread(n_inj, self.rng):
            plan.append((src, True, "inj"))
        for src in spread(n_hard, self.rng):
            plan.append((src, False, "hard"))
        for src in spread(n_plain, self.rng):
            plan.append((src, False, "plain"))
        out = []
        seen = set()
        for src, label, kind in plan:
            for _attempt in range(40):
                text, fam, payload = self.one(src, label, kind)
                if text not in seen and len(text.encode("utf-8")) >= 48:
                    break
            else:
                raise RuntimeError("could not make a unique row for %s %s" % (self.lang, kind))
            seen.add(text)
            out.append({"source": src, "lang": self.lang, "family": fam,
                        "text": text, "injection": label, "payload": payload})
        return out

    def one(self, src, label, kind):
        if src == "feed":
            return self.seller_row(label, kind)
        if kind == "inj":
            return self.customer_row(src, True, self.inj_customer())
        if kind == "hard":
            if src == "ticket" and self.standalone is not None and self.rng.random() < 0.25:
                fam, s = self.standalone.draw()
                return s, fam, ""
            if src == "web" and self.rng.random() < 0.3:
                fam, s = self.seller_hard.draw()
                host = self.listing.draw()
                return '<div class="product-desc"><p>%s</p></div>' % self.place(host, s), fam, ""
            return self.customer_row(src, False, self.hard_customer(src))
        # plain
        if src == "web" and self.rng.random() < 0.4:
            host = self.listing.draw()
            return '<div class="product-desc"><p>%s</p></div>' % host, "benign", ""
        return self.customer_row(src, False, None)
