"""Shared machinery for the sixtysixth corpus: pools, slot filling, encoders,
hiding tricks and the per-source text builders used by every language module."""

import base64
import codecs
import json
import math
import random
import re
import unicodedata
import urllib.parse
import zlib

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


def lines(block):
    """One item per non-empty line; ' || ' inside a line becomes a newline."""
    out = []
    for raw in block.strip().splitlines():
        s = raw.strip()
        if not s:
            continue
        out.append(s.replace(" || ", "\n"))
    return out


class Pool:
    """Hands out items, always from the least used ones, so reuse stays even."""

    def __init__(self, items, rng):
        seen = []
        for it in items:
            if it not in seen:
                seen.append(it)
        self.items = seen
        self.use = [0] * len(seen)
        self.rng = rng

    def __bool__(self):
        return bool(self.items)

    def take(self, accept=None):
        order = sorted(range(len(self.items)), key=lambda i: (self.use[i], self.rng.random()))
        for i in order:
            if accept is None or accept(self.items[i]):
                self.use[i] += 1
                return self.items[i]
        i = order[0]
        self.use[i] += 1
        return self.items[i]


SLOT = re.compile(r"\{([a-z_]+)\}")
DIGIT_SLOTS = {"order", "ticket", "track", "phone", "sku", "cp"}


def _digits(pattern, rng):
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def fill(text, vocab, rng, extra=None):
    extra = extra or {}

    def rep(m):
        k = m.group(1)
        if k in extra:
            return extra[k]
        if k in vocab:
            v = rng.choice(vocab[k])
            return _digits(v, rng) if k in DIGIT_SLOTS else v
        return m.group(0)

    return SLOT.sub(rep, text)


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", s.lower())


# ---------------------------------------------------------------- encoders
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                      "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "C": "\u0421", "P": "\u0420"}
ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def enc_base64(p):
    return base64.b64encode(p.encode("utf-8")).decode()


def enc_hex(p, rng):
    h = p.encode("utf-8").hex()
    if rng.random() < 0.4:
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def enc_rot13(p):
    return codecs.encode(p, "rot13")


def enc_url(p):
    return urllib.parse.quote(p, safe="")


def leet(p):
    return p.translate(LEET)


def spaced(p):
    return "  ".join(" ".join(w) for w in p.split())


def homoglyph(p, rng):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in p)


def zero_width(p, rng):
    out = []
    for ch in p:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.45:
            out.append(rng.choice(ZW))
    return "".join(out)


def attr(p):
    return p.replace("&", "&amp;").replace('"', "&quot;").replace("\n", " ")


CDN = ("cdn.shop-assets.example", "img.marketfotos.example", "static.vitrine.example",
       "media.lojaverde.example", "imagenes.catalogo.example")


def hide(fam, p, rng):
    flat = p.replace("\n", " ")
    if fam == "hidden-html-comment":
        return rng.choice(["<!-- {} -->", "<!--{}-->", "<!-- \n{}\n-->"]).format(p)
    if fam == "hidden-css":
        return rng.choice([
            '<span style="display:none">{}</span>',
            '<div style="font-size:0;line-height:0">{}</div>',
            '<p style="color:#ffffff;background-color:#ffffff">{}</p>',
            '<span style="position:absolute;left:-9999px">{}</span>',
            '<div style="opacity:0;height:0;overflow:hidden">{}</div>',
            '<span style="visibility:hidden">{}</span>',
            '<div class="d-none" style="display: none !important">{}</div>',
        ]).format(flat)
    if fam == "hidden-alt-text":
        return '<img src="https://{}/p/{}.jpg" alt="{}" width="1" height="1">'.format(
            rng.choice(CDN), rng.randint(10000, 99999), attr(flat))
    if fam == "hidden-attribute":
        return rng.choice([
            '<div data-note="{}"></div>',
            '<span title="{}">&nbsp;</span>',
            '<a href="#specs" aria-label="{}"></a>',
            '<meta name="description" content="{}">',
            '<input type="hidden" name="obs" value="{}">',
        ]).format(attr(flat))
    if fam == "hidden-markdown-comment":
        return rng.choice(["[//]: # ({})", "[comment]: <> ({})", "<!--- {} --->"]).format(flat)
    raise ValueError(fam)


# ---------------------------------------------------------------- benign blobs
def fake_png_b64(rng):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randint(0, 255) for _ in range(rng.randint(30, 60)))
    return "data:image/png;base64," + base64.b64encode(raw).decode()


def fake_hash(rng, n=40):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def fake_url(spec, rng):
    term = rng.choice(spec["search"])
    host = "www." + rng.choice(spec["vocab"]["shopmail"]).split("@", 1)[1]
    params = [("q", term)]
    if rng.random() < 0.6:
        params.append(("utm_source", rng.choice(["newsletter", "instagram", "whatsapp", "google"])))
    if rng.random() < 0.5:
        params.append(("ref", fake_hash(rng, 10)))
    return "https://{}/{}?{}".format(host, rng.choice(["buscar", "search", "s", "busca", "recherche", "cerca"]),
                                     urllib.parse.urlencode(params, quote_via=urllib.parse.quote))


# ---------------------------------------------------------------- the builder
INJ_SOURCES = {
    "instruction-override": ("review", "ticket", "email", "web", "tool", "feed"),
    "persona-switch": ("review", "ticket", "email", "web"),
    "prompt-leak": ("review", "ticket", "email", "web", "tool"),
    "fake-system": ("review", "ticket", "feed", "web", "tool", "email"),
    "fake-turn": ("review", "ticket", "tool", "email"),
    "tool-call": ("ticket", "email", "review", "tool"),
    "summary-manipulation": ("review", "web", "tool"),
    "rating-manipulation": ("review", "web", "tool", "feed"),
    "ranking-manipulation": ("feed", "web", "review", "tool"),
    "memory-poisoning": ("review", "ticket", "email", "web"),
    "exfiltration": ("review", "email", "web", "tool", "ticket"),
}
HARD_CLASS = {
    "hard-human-request": "message", "hard-ignore-previous": "message", "hard-social-engineering": "message",
    "hard-chatbot-complaint": "message", "hard-benign-encoded": "message",
    "hard-product-imperative": "review", "hard-ai-product": "review", "hard-scam-warning": "review",
    "hard-product-copy": "listing", "hard-dev-markup": "listing",
    "hard-staff-policy": "doc", "hard-security-notice": "doc", "hard-transcript": "transcript",
}
HARD_SOURCES = {
    "hard-human-request": ("ticket", "email", "review"),
    "hard-ignore-previous": ("email", "ticket"),
    "hard-product-imperative": ("review", "web", "feed"),
    "hard-ai-product": ("review", "review", "web", "tool"),
    "hard-chatbot-complaint": ("review", "ticket", "email"),
    "hard-staff-policy": ("email", "web", "tool"),
    "hard-transcript": ("ticket", "tool"),
    "hard-product-copy": ("feed", "web"),
    "hard-scam-warning": ("web", "email", "review"),
    "hard-social-engineering": ("email", "ticket"),
    "hard-security-notice": ("web", "email"),
    "hard-benign-encoded": ("ticket", "email", "review", "tool"),
    "hard-dev-markup": ("web", "feed"),
}
DELIVERY = [
    ("plain", 55), ("wrap-system", 6),
    ("hidden-html-comment", 5), ("hidden-css", 5), ("hidden-alt-text", 3),
    ("hidden-attribute", 3), ("hidden-markdown-comment", 2),
    ("encoded-base64", 5), ("encoded-hex", 2), ("encoded-rot13", 2), ("encoded-url", 2),
    ("obfuscated-leetspeak", 3), ("obfuscated-spaced", 2), ("obfuscated-homoglyph", 3),
    ("obfuscated-zero-width", 2),
]
WRAPS = [
    "<|im_start|>system\n{p}\n<|im_end|>",
    '{{"role": "system", "content": "{q}"}}',
    "### SYSTEM ###\n{p}\n### END SYSTEM ###",
    "</review>\n<system>{p}</system>\n<review>",
    "[INST] {p} [/INST]",
    "-----BEGIN SYSTEM PROMPT-----\n{p}\n-----END SYSTEM PROMPT-----",
    "<<SYS>> {p} <</SYS>>",
]


def weighted_plan(pairs, n, rng):
    total = sum(w for _, w in pairs)
    plan = []
    for name, w in pairs:
        plan += [name] * int(round(n * w / total))
    while len(plan) < n:
        plan.append(pairs[0][0])
    plan = plan[:n]
    rng.shuffle(plan)
    return plan


class Builder:
    def __init__(self, spec):
        self.s = spec
        self.rng = random.Random(zlib.crc32(("sixtysixth/" + spec["key"]).encode()))
        r = self.rng
        self.review = Pool(spec["review"], r)
        self.ticket = Pool(spec["ticket"], r)
        self.listing = Pool(spec["listing"], r)
        self.titles = Pool(spec["review_titles"], r)
        self.subjects = Pool(spec["subjects"], r)
        self.greet = Pool(spec["greet"], r)
        self.sign = Pool(spec["sign"], r)
        self.inj = Pool([(k, t) for k, v in spec["inj"].items() for t in v], r)
        hard = [(k, t) for k, v in spec["hard"].items() for t in v]
        hard += [("hard-benign-encoded", t) for t in spec["blob_leads"]]
        hard += [("hard-dev-markup", t) for t in spec["dev_comments"]]
        self.hard = Pool(hard, r)
        self.sys_headers = Pool(spec["sys_headers"], r)
        self.seen = set()

    # -- small helpers
    def f(self, text, **extra):
        return fill(text, self.s["vocab"], self.rng, extra)

    def v(self, key):
        return self.f("{" + key + "}")

    def person(self):
        return "{} {}".format(self.v("name"), self.v("surname"))

    def addr(self, who):
        first, last = who.split(" ", 1)
        dom = self.rng.choice(["example.com", "example.net", "example.org", "correo.example", "mail.example"])
        sep = self.rng.choice([".", "_", ""])
        tail = self.rng.choice(["", str(self.rng.randint(1, 99)), str(self.rng.randint(1970, 2004))])
        return "{}{}{}{}@{}".format(ascii_slug(first), sep, ascii_slug(last), tail, dom)

    def sentences(self, pool, k):
        return [self.f(pool.take()) for _ in range(k)]

    def k(self, has_extra, lo=0, hi=3):
        r = self.rng.random()
        k = 0 if r < 0.2 else 1 if r < 0.65 else 2 if r < 0.9 else 3
        k = max(lo, min(hi, k))
        if not has_extra:
            k = max(k, 1)
        return k

    def insert(self, parts, extra, ps_ok=True):
        if extra is None:
            return parts
        r = self.rng.random()
        if not parts or r < 0.45:
            if ps_ok and parts and "\n" not in extra and self.rng.random() < 0.35:
                extra = self.rng.choice(self.s["labels"]["ps"]) + " " + extra
            return parts + [extra]
        if r < 0.7:
            return [extra] + parts
        i = self.rng.randint(1, len(parts)) if len(parts) > 1 else 1
        return parts[:i] + [extra] + parts[i:]

    def join(self, parts):
        if any("\n" in p or p.startswith(("[//]:", "[comment]:")) for p in parts) or self.rng.random() < 0.25:
            return "\n".join(parts)
        return " ".join(parts)

    # -- per-source builders: extra is None (plain benign) or a text to embed
    def b_review(self, extra):
        parts = self.insert(self.sentences(self.review, self.k(extra is not None)), extra)
        body = self.join(parts)
        r = self.rng.random()
        L = self.s["labels"]
        if r < 0.22:
            return "{} {}\n{}".format(self.rng.choice(L["stars"]), self.f(self.titles.take()), body)
        if r < 0.38:
            return "{}\n{}".format(self.f(self.titles.take()), body)
        if r < 0.46:
            return "{} {}".format(self.rng.choice(L["stars"]), body)
        return body

    def b_ticket(self, extra):
        parts = self.insert(self.sentences(self.ticket, self.k(extra is not None, hi=2)), extra)
        body = self.join(parts)
        who = self.person()
        L = self.s["labels"]
        r = self.rng.random()
        if r < 0.4:
            return "{}\n{}\n{}\n{}".format(self.f(self.greet.take()), body, self.f(self.sign.take()), who.split()[0])
        if r < 0.65:
            return "{} {}\n{}".format(L["order"], self.v("order"), body)
        if r < 0.8:
            return "{}\n{}\n{}".format(self.f(self.greet.take()), body, who.split()[0])
        return body

    def b_email(self, extra):
        parts = self.insert(self.sentences(self.ticket, self.k(extra is not None, lo=1, hi=3)), extra)
        body = "\n\n".join(parts) if self.rng.random() < 0.5 else self.join(parts)
        who = self.person()
        L = self.s["labels"]
        head = ""
        if self.rng.random() < 0.6:
            head = "{}: {} <{}>\n{}: {}\n".format(L["frm"], who, self.addr(who), L["to"], self.v("shopmail"))
        return "{}{}: {}\n\n{}\n\n{}\n\n{}\n{}".format(
            head, L["subject"], self.f(self.subjects.take()), self.f(self.greet.take()), body,
            self.f(self.sign.take()), who)

    def product(self):
        p = self.v("prod")
        return p[:1].upper() + p[1:], self.v("brand"), self.v("price"), _digits("SKU-####-##", self.rng)

    def b_feed(self, extra):
        prod, brand, price, sku = self.product()
        parts = self.insert(self.sentences(self.listing, self.k(extra is not None, hi=2)), extra, ps_ok=False)
        desc = " ".join(parts)
        F = self.s["labels"]["feed"]
        r = self.rng.random()
        if r < 0.45:
            keys = ("sku", "title", "brand", "price", "description") if self.rng.random() < 0.6 else ("sku",) + F
            obj = dict(zip(keys, (sku, prod, brand, price, desc)))
            if self.rng.random() < 0.4:
                obj["stock"] = self.rng.randint(0, 250)
            return json.dumps(obj, ensure_ascii=False, indent=2 if self.rng.random() < 0.4 else None)
        if r < 0.75:
            head = ";".join(("sku",) + F)
            return '{}\n{};"{}";"{}";"{}";"{}"'.format(head, sku, prod, brand, price, desc.replace('"', '""'))
        return ("<item>\n  <sku>{}</sku>\n  <title>{}</title>\n  <brand>{}</brand>\n  <price>{}</price>\n"
                "  <description><![CDATA[{}]]></description>\n</item>").format(sku, prod, brand, price, desc)

    def b_web(self, extra, cls=None):
        prod, brand, price, sku = self.product()
        r = self.rng.random()
        if cls == "review":
            r = 0.8
        elif cls == "listing":
            r = r * 0.7
        elif cls in ("doc", "transcript"):
            return '<article class="notice">\n{}\n</article>'.format(
                "\n".join("<p>{}</p>".format(x) for x in extra.split("\n")))
        if r < 0.4:
            parts = self.insert(self.sentences(self.listing, self.k(extra is not None, hi=2)), extra, ps_ok=False)
            ps = "\n".join(p if p.startswith("<") else "<p>{}</p>".format(p) for p in parts)
            return '<div class="product">\n<h1>{}</h1>\n<span class="price">{}</span>\n<div class="description">\n{}\n</div>\n</div>'.format(prod, price, ps)
        if r < 0.7:
            parts = self.insert(self.sentences(self.listing, self.k(extra is not None, hi=2)), extra)
            return "{} | {}\n{}\n{} · {}".format(prod, price, self.join(parts), self.v("city"), self.v("site"))
        parts = self.insert(self.sentences(self.review, self.k(extra is not None, hi=2)), extra, ps_ok=False)
        items = "\n".join('<div class="review"><span class="stars">{}</span><p>{}</p></div>'.format(
            self.rng.randint(1, 5), p) if not p.startswith("<") else p for p in parts)
        return '<section class="reviews" data-product="{}">\n<h2>{}</h2>\n{}\n</section>'.format(sku, prod, items)

    def b_tool(self, extra, cls=None):
        r = self.rng.random()
        rng = self.rng
        if cls == "doc":
            obj = {"tool": "search_help_center", "query": self.f(self.subjects.take()),
                   "results": [{"id": "kb-{}".format(rng.randint(100, 999)), "snippet": extra}]}
            return json.dumps(obj, ensure_ascii=False, indent=2 if rng.random() < 0.35 else None)
        if cls == "transcript":
            obj = {"tool": "get_ticket_history", "ticket": self.v("order"), "transcript": extra}
            return json.dumps(obj, ensure_ascii=False, indent=2 if rng.random() < 0.35 else None)
        if cls == "review":
            r = 0.1
        elif cls == "message":
            r = 0.3 + rng.random() * 0.7
        if r < 0.3:
            parts = self.insert(self.sentences(self.review, self.k(extra is not None, lo=1, hi=2)), extra, ps_ok=False)
            obj = {"tool": "fetch_reviews", "product": self.v("prod"),
                   "reviews": [{"rating": rng.randint(1, 5), "author": self.v("name"), "text": p} for p in parts]}
        elif r < 0.55:
            obj = {"tool": "lookup_order", "ok": True,
                   "order": {"id": self.v("order"), "status": self.v("status"), "items": [self.v("prod")],
                             "total": self.v("price"),
                             "customer_note": extra if extra is not None else self.f(self.ticket.take())}}
        elif r < 0.75:
            obj = {"tool": "track_shipment", "carrier": self.v("carrier"), "tracking": self.v("track"),
                   "events": [{"date": "2024-{:02d}-{:02d}".format(rng.randint(1, 12), rng.randint(1, 28)),
                               "desc": self.v("status")}],
                   "recipient_note": extra if extra is not None else self.f(self.ticket.take())}
        else:
            who = self.person()
            parts = self.insert(self.sentences(self.ticket, self.k(extra is not None, lo=1, hi=2)), extra, ps_ok=False)
            obj = {"tool": "read_inbox", "messages": [{"from": self.addr(who), "subject": self.f(self.subjects.take()),
                                                       "body": "\n".join(parts)}]}
        return json.dumps(obj, ensure_ascii=False, indent=2 if rng.random() < 0.35 else None)

    def compose(self, src, extra, cls=None):
        if src in ("web", "tool"):
            return getattr(self, "b_" + src)(extra, cls)
        if cls in ("doc", "transcript") and extra is not None:
            return extra
        return getattr(self, "b_" + src)(extra)

    def pick_source(self, allowed):
        w = self.s.get("source_weights", {})
        pairs = [(s, w.get(s, 1.0)) for s in allowed]
        total = sum(x for _, x in pairs)
        r = self.rng.random() * total
        for s, x in pairs:
            r -= x
            if r <= 0:
                return s
        return pairs[-1][0]

    def lang(self):
        return self.s["lang"]

    def unique(self, make):
        for _ in range(40):
            src, text = make()
            if text not in self.seen and 40 <= len(text.encode("utf-8")) <= 3000:
                self.seen.add(text)
                return src, text
        raise RuntimeError("could not make a unique text for " + self.s["key"])

    # -- injections
    def deliver(self, fam, p):
        s, rng = self.s, self.rng
        if fam == "plain":
            return p
        if fam == "wrap-system":
            if rng.random() < 0.5:
                return "{}\n{}".format(self.f(self.sys_headers.take()), p)
            return rng.choice(WRAPS).format(p=p, q=p.replace('"', '\\"').replace("\n", "\\n"))
        if fam.startswith("hidden-"):
            return hide(fam, p, rng)
        flat = p.replace("\n", " ")
        if fam in ("encoded-base64", "encoded-hex", "encoded-rot13", "encoded-url"):
            e = fam.split("-")[1]
            blob = {"base64": lambda: enc_base64(flat), "hex": lambda: enc_hex(flat, rng),
                    "rot13": lambda: enc_rot13(flat), "url": lambda: enc_url(flat)}[e]()
            leads = s["enc_leads"].get(e, []) + s["enc_leads"]["generic"]
            if rng.random() < 0.15:
                return hide(rng.choice(["hidden-attribute", "hidden-html-comment"]), blob, rng)
            return self.f(rng.choice(leads), blob=blob, enc=e)
        if fam == "obfuscated-leetspeak":
            return leet(flat)
        if fam == "obfuscated-spaced":
            return spaced(flat)
        if fam == "obfuscated-homoglyph":
            return homoglyph(flat, rng)
        if fam == "obfuscated-zero-width":
            return zero_width(flat, rng)
        raise ValueError(fam)

    def injection_row(self, fam):
        def make():
            if fam == "obfuscated-spaced":
                kind, raw = self.inj.take(lambda it: len(it[1]) <= 130 and "\n" not in it[1])
            elif fam != "plain" and fam != "hidden-html-comment":
                kind, raw = self.inj.take(lambda it: "\n" not in it[1] and it[0] not in ("fake-turn",))
            else:
                kind, raw = self.inj.take()
            payload = self.f(raw)
            text_part = self.deliver(fam, payload)
            family = kind if fam == "plain" else ("fake-system" if fam == "wrap-system" else fam)
            src = self.pick_source(INJ_SOURCES[kind])
            self._last = (family, payload)
            return src, self.compose(src, text_part)
        src, text = self.unique(make)
        family, payload = self._last
        return dict(source=src, lang=self.lang(), family=family, text=text, injection=True, payload=payload)

    def hard_row(self):
        def make():
            kind, raw = self.hard.take()
            if kind == "hard-benign-encoded":
                item = self.f(raw, url=fake_url(self.s, self.rng), hash=fake_hash(self.rng, self.rng.choice([32, 40, 64])),
                              img=fake_png_b64(self.rng), b64id=enc_base64(self.v("order") + ":" + fake_hash(self.rng, 8)))
            elif kind == "hard-dev-markup":
                c = self.f(raw)
                item = self.rng.choice([
                    "<!-- {} -->", '<span class="visually-hidden">{}</span>', '<div hidden data-qa="{}"></div>',
                    "[//]: # ({})", '<div style="display:none" class="promo-off">{}</div>',
                ]).format(c)
                item = item.replace('data-qa="{}"'.format(c), 'data-qa="{}"'.format(attr(c)))
            else:
                item = self.f(raw)
            src = self.pick_source(HARD_SOURCES[kind])
            self._kind = kind
            return src, self.compose(src, item, HARD_CLASS[kind])
        src, text = self.unique(make)
        return dict(source=src, lang=self.lang(), family=self._kind, text=text, injection=False, payload="")

    def plain_row(self):
        def make():
            src = self.pick_source(("review", "review", "ticket", "email", "feed", "web", "tool"))
            return src, self.compose(src, None)
        src, text = self.unique(make)
        return dict(source=src, lang=self.lang(), family="benign", text=text, injection=False, payload="")

    def build(self):
        n = self.s["rows"]
        n_inj = int(round(n * self.s.get("inj_ratio", 0.45)))
        n_ben = n - n_inj
        n_hard = int(math.ceil(n_ben * 0.66))
        rows = []
        for fam in weighted_plan(DELIVERY, n_inj, self.rng):
            rows.append(self.injection_row(fam))
        for _ in range(n_hard):
            rows.append(self.hard_row())
        for _ in range(n_ben - n_hard):
            rows.append(self.plain_row())
        return rows


def build(spec):
    return Builder(spec).build()
