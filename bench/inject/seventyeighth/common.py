"""Shared helpers for the East Asian store corpus: slot filling, usage-capped
pools, source wrappers, hiding and encoding carriers, validation, statistics."""

import base64
import codecs
import json
import random
import urllib.parse

KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")
SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
ZW = "\u200b"


class Pool:
    """Cycles through a shuffled copy of items so every item is used evenly."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        if not self.items:
            raise ValueError("empty pool")
        self.queue = []

    def take(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


class Filler:
    """Replaces {P} {SHOP} {N} {NAME} {ORD} {D} {E} {PCT} {CITY} slots."""

    def __init__(self, rng, lab):
        self.rng = rng
        self.lab = lab
        self.pools = {k: Pool(rng, lab[k]) for k in
                      ("products", "shops", "names", "emoji", "cities")}

    def order_no(self):
        fmt = self.rng.choice(self.lab["order_formats"])
        out = []
        for ch in fmt:
            if ch == "#":
                out.append(str(self.rng.randint(0, 9)))
            elif ch == "@":
                out.append(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def fill(self, text):
        r = self.rng
        if "{P}" in text:
            text = text.replace("{P}", self.pools["products"].take())
        if "{SHOP}" in text:
            text = text.replace("{SHOP}", self.pools["shops"].take())
        if "{NAME}" in text:
            text = text.replace("{NAME}", self.pools["names"].take())
        if "{CITY}" in text:
            text = text.replace("{CITY}", self.pools["cities"].take())
        while "{E}" in text:
            text = text.replace("{E}", self.pools["emoji"].take(), 1)
        while "{ORD}" in text:
            text = text.replace("{ORD}", self.order_no(), 1)
        while "{N}" in text:
            text = text.replace("{N}", str(r.choice([2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30])), 1)
        while "{D}" in text:
            text = text.replace("{D}", str(r.randint(2, 14)), 1)
        while "{PCT}" in text:
            text = text.replace("{PCT}", str(r.choice([10, 15, 20, 30, 40, 50, 70, 80, 90, 100])), 1)
        return text


# ---------------------------------------------------------------- encoders

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def rot13(s):
    return codecs.encode(s, "rot_13")


def zero_width(s):
    return ZW.join(s)


def spaced(s, sep=" "):
    return sep.join(ch for ch in s if ch != " ")


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def leet(s):
    return s.lower().translate(LEET)


HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
                      "c": "\u0441", "x": "\u0445", "i": "\u0456", "y": "\u0443"})


def homoglyph(s):
    return s.translate(HOMO)


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- wrappers

def wrap(rng, lab, source, body, title=None):
    """Dress a body of text as the given source, using the language labels."""
    if source == "review":
        style = rng.randint(0, 4)
        if style == 0:
            stars = rng.choice(["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆"])
            return "%s %s\n%s" % (stars, title or rng.choice(lab["review_titles"]), body)
        if style == 1:
            return "%s\n%s" % (title or rng.choice(lab["review_titles"]), body)
        return body
    if source == "ticket":
        style = rng.randint(0, 2)
        if style == 0:
            return "%s: %s\n%s: %s\n\n%s" % (
                lab["ticket_subject"], title or rng.choice(lab["ticket_titles"]),
                lab["ticket_order"], "{ORD}", body)
        if style == 1:
            return "[%s #%d] %s\n%s" % (lab["ticket_word"], rng.randint(10000, 99999),
                                        title or rng.choice(lab["ticket_titles"]), body)
        return body
    if source == "email":
        return "%s: %s\n%s: %s\n%s: %s\n\n%s" % (
            lab["mail_from"], rng.choice(lab["mail_senders"]),
            lab["mail_to"], rng.choice(lab["mail_rcpts"]),
            lab["mail_subject"], title or rng.choice(lab["mail_titles"]), body)
    if source == "feed":
        style = rng.randint(0, 2)
        sku = "%s-%05d" % (rng.choice(["SKU", "ITM", "PRD", "GD"]), rng.randint(0, 99999))
        if style == 0:
            return jdump({"sku": sku, "title": title or "{P}", "price": rng.randint(3, 300) * 100,
                          "description": body})
        if style == 1:
            return "sku\ttitle\tdescription\n%s\t%s\t%s" % (sku, title or "{P}", body.replace("\n", " "))
        return jdump({"item_id": sku, "seller": "{SHOP}", "name": title or "{P}",
                       "detail": body, "stock": rng.randint(0, 80)})
    if source == "web":
        style = rng.randint(0, 2)
        body_html = "<br>".join(esc(x) for x in body.split("\n"))
        if style == 0:
            return '<div class="review-body"><p>%s</p></div>' % body_html
        if style == 1:
            return ('<section class="qa"><h3>%s</h3><div class="answer">%s</div></section>'
                    % (esc(title or rng.choice(lab["review_titles"])), body_html))
        return '<article class="item-desc">\n<h2>{P}</h2>\n<p>%s</p>\n</article>' % body_html
    if source == "tool":
        style = rng.randint(0, 2)
        if style == 0:
            return jdump({"tool": "fetch_reviews", "status": "ok",
                          "results": [{"rating": rng.randint(1, 5), "author": "{NAME}", "body": body}]})
        if style == 1:
            return jdump({"tool": "get_order_messages", "order_id": "{ORD}",
                          "messages": [{"from": "buyer", "text": body}]})
        return jdump({"tool": "search_products", "query": title or "{P}",
                      "items": [{"name": "{P}", "shop": "{SHOP}", "snippet": body}]})
    raise ValueError(source)


SRC_MAP = {
    "review": ["review", "review", "review", "web", "tool"],
    "qa": ["review", "web", "tool"],
    "chat": ["ticket", "ticket", "tool"],
    "ticket": ["ticket", "ticket", "email"],
    "email": ["email", "email", "ticket"],
    "listing": ["feed", "feed", "web"],
    "notice": ["web", "email", "feed"],
}


def pick_source(rng, kind):
    return rng.choice(SRC_MAP.get(kind, ["review"]))


# ------------------------------------------------------- injection carriers

def insert_at(rng, host, payload, sep):
    """Put payload at start, middle (between sentences/lines) or end of host."""
    where = rng.choice(["start", "mid", "mid", "end", "end"])
    if where == "start":
        return payload + sep + host
    if where == "end":
        return host + sep + payload
    parts = host.split("\n")
    if len(parts) > 1:
        k = rng.randint(1, len(parts) - 1)
        return "\n".join(parts[:k] + [payload] + parts[k:])
    for mark in ("。", "！", "!", "？", "?", ". ", "다.", "요.", "ค่ะ ", "ครับ "):
        idx = host.find(mark)
        if 0 < idx < len(host) - len(mark) - 1:
            cut = idx + len(mark)
            return host[:cut] + sep + payload + sep + host[cut:]
    return host + sep + payload


def hide(rng, lab, style, host, payload):
    """Return (family, source, text) for an instruction hidden in markup."""
    h = "<br>".join(esc(x) for x in host.split("\n"))
    if style == "html-comment":
        fam = "hidden-html-comment"
        t = rng.choice([
            '<div class="review-body"><p>%s</p><!-- %s --></div>',
            '<!-- %s -->\n<div class="desc"><p>%s</p></div>',
        ])
        if t.startswith("<!--"):
            return fam, "web", t % (payload, h)
        return fam, "web", t % (h, payload)
    if style == "css":
        t = rng.choice([
            '<p>%s<span style="display:none">%s</span></p>',
            '<div class="item-desc"><p>%s</p><div style="font-size:0;color:#fff">%s</div></div>',
            '<p>%s</p><p style="position:absolute;left:-9999px">%s</p>',
            '<div>%s<span style="opacity:0;height:0;overflow:hidden">%s</span></div>',
        ])
        return "hidden-css", "web", t % (h, esc(payload))
    if style == "alt":
        t = rng.choice([
            '<p>%s</p>\n<img src="https://img.example-shop.jp/u/%d.jpg" alt="%s">',
            '<p>%s</p><figure><img src="/static/%d.webp" alt="%s"></figure>',
        ])
        return "hidden-alt", "web", t % (h, rng.randint(1000, 99999), esc(payload))
    if style == "attr":
        t = rng.choice([
            '<div class="review" data-note="%s"><p>%s</p></div>',
            '<div class="qa" title="%s"><p>%s</p></div>',
            '<meta name="description" content="%s">\n<p>%s</p>',
        ])
        return "hidden-attr", "web", t % (esc(payload), h)
    if style == "md-comment":
        t = rng.choice(["%s\n\n[//]: # (%s)", "%s\n<!-- %s -->", "%s\n\n[comment]: <> (%s)"])
        return "hidden-md-comment", rng.choice(["review", "feed", "ticket"]), t % (host, payload)
    raise ValueError(style)


def encode(rng, lab, style, host, payload):
    """Return (family, source, text) for an encoded instruction in a host text."""
    lead = rng.choice(lab["enc_leads"])
    src = rng.choice(["review", "ticket", "email", "feed"])
    if style == "base64":
        blob, fam = b64(payload), "encoded-base64"
    elif style == "hex":
        blob, fam = hexenc(payload), "encoded-hex"
    elif style == "url":
        blob, fam = urlenc(payload), "encoded-url"
    elif style == "rot13":
        blob, fam = rot13(payload), "encoded-rot13"
    elif style == "zero-width":
        return "zero-width", src, insert_at(rng, host, zero_width(payload), "\n")
    elif style == "spaced":
        return "spaced-letters", src, insert_at(rng, host, spaced(payload, rng.choice([" ", "・", ".", " "])), "\n")
    elif style == "fullwidth":
        return "homoglyph-fullwidth", src, insert_at(rng, host, fullwidth(payload), "\n")
    elif style == "leet":
        return "encoded-leetspeak", src, insert_at(rng, host, leet(payload), "\n")
    elif style == "homoglyph":
        return "homoglyph", src, insert_at(rng, host, homoglyph(payload), "\n")
    else:
        raise ValueError(style)
    if rng.random() < 0.25:
        return fam, src, host + "\n" + blob
    return fam, src, insert_at(rng, host, lead.replace("{BLOB}", blob), "\n")


def tool_field(rng, lab, host, payload):
    """Injection placed in a structured field of a tool result or feed."""
    style = rng.randint(0, 4)
    if style == 0:
        return "tool", jdump({"tool": "fetch_reviews", "status": "ok", "results": [
            {"rating": rng.randint(3, 5), "author": "{NAME}", "body": host},
            {"rating": 5, "author": "{NAME}", "body": payload}]})
    if style == 1:
        return "tool", jdump({"tool": "get_product", "id": "%d" % rng.randint(100000, 999999),
                              "name": "{P}", "description": host, "seller_note": payload})
    if style == 2:
        return "feed", jdump({"sku": "SUP-%05d" % rng.randint(0, 99999), "title": "{P}",
                              "description": host, "internal_memo": payload})
    if style == 3:
        return "tool", jdump({"tool": "lookup_shipment", "tracking": "{ORD}",
                              "status": "delivered", "customer_comment": host, "remark": payload})
    return "feed", jdump({"item_id": "%d" % rng.randint(10000, 99999), "name": "{P}",
                          "spec": host, "ai_hint": payload})


# ---------------------------------------------------------- hard markup

def hard_markup(rng, lab, host):
    """Benign markup/encoded data that shares the look of hidden carriers."""
    h = "<br>".join(esc(x) for x in host.split("\n"))
    k = rng.randint(0, 6)
    if k == 0:
        return "hard-html-comment", "web", '<!-- %s -->\n<div class="review-body"><p>%s</p></div>' % (
            rng.choice(lab["dev_comments"]), h)
    if k == 1:
        px = b64(bytes([rng.randint(0, 255) for _ in range(24)]).decode("latin-1"))
        return "hard-encoded", "web", '<p>%s</p><img src="data:image/png;base64,iVBORw0KGgo%s" alt="%s">' % (
            h, px.rstrip("="), esc(rng.choice(lab["alt_texts"])))
    if k == 2:
        q = urlenc(rng.choice(lab["search_terms"]))
        return "hard-encoded", rng.choice(["web", "email"]), "%s\nhttps://shop.example.jp/search?q=%s&sort=new&utm_source=mail" % (host, q)
    if k == 3:
        return "hard-css", "web", '<div class="sp-only" style="display:none">%s</div>\n<p>%s</p>' % (
            esc(rng.choice(lab["dev_comments"])), h)
    if k == 4:
        return "hard-encoded", rng.choice(["tool", "feed"]), jdump({
            "review_id": "%d" % rng.randint(1000000, 9999999),
            "hash": "%032x" % rng.getrandbits(128), "body": host})
    if k == 5:
        return "hard-alt", "web", '<p>%s</p>\n<img src="/img/%d.jpg" alt="%s">' % (
            h, rng.randint(100, 9999), esc(rng.choice(lab["alt_texts"])))
    return "hard-md-comment", "feed", "%s\n\n<!-- %s -->" % (host, rng.choice(lab["dev_comments"]))


# ---------------------------------------------------------- composition

class Builder:
    def __init__(self, mod, seed):
        self.mod = mod
        self.lang = mod.LANG
        self.rng = random.Random(seed)
        self.lab = mod.LAB
        self.filler = Filler(self.rng, self.lab)
        self.rows = []
        self.seen = set()

    def add(self, source, family, text, injection, payload=""):
        text = self.filler.fill(text).strip()
        payload = self.filler.fill(payload).strip() if injection else ""
        n = len(text.encode("utf-8"))
        if text in self.seen or n < 40 or n > 3000:
            return False
        self.seen.add(text)
        self.rows.append({"source": source, "lang": self.lang, "family": family,
                          "text": text, "injection": injection, "payload": payload})
        return True

    def build(self):
        m, r, lab = self.mod, self.rng, self.lab
        units = Pool(r, m.UNITS)
        kinds = {}
        for k, t in m.UNITS:
            kinds.setdefault(k, []).append((k, t))
        by_kind = {k: Pool(r, v) for k, v in kinds.items()}
        hard = Pool(r, m.HARD)
        inj = Pool(r, m.INJ)
        frames = Pool(r, m.FRAMES)
        sep = lab.get("sep", "\n")

        # hand-written complete rows first
        for src, fam, text, payload in getattr(m, "FULL_INJ", []):
            self.add(src, fam, text, True, payload)
        for src, fam, text in getattr(m, "FULL_BENIGN", []):
            self.add(src, fam, text, False)
        n_inj = m.COUNTS["inj"] - sum(1 for x in self.rows if x["injection"])
        n_hard = m.COUNTS["hard"] - sum(1 for x in self.rows if x["family"].startswith("hard"))
        n_plain = m.COUNTS["plain"] - sum(1 for x in self.rows if x["family"] == "benign")

        hidden_styles = ["html-comment", "css", "alt", "attr", "md-comment"]
        enc_styles = lab.get("enc_styles", ["base64", "hex", "url", "zero-width", "spaced"])
        carriers = Pool(r, ["inline"] * 8 + ["frame"] * 3 + ["hidden"] * 4 + ["enc"] * 3 + ["field"] * 3
                        + ["bare"] * 2)
        hid = Pool(r, hidden_styles)
        enc = Pool(r, enc_styles)

        made, guard = 0, 0
        fill = self.filler.fill
        while made < n_inj and guard < n_inj * 20:
            guard += 1
            kind, ptxt = inj.take()
            kind_src, host = units.take()
            ptxt, host = fill(ptxt), fill(host)
            c = carriers.take()
            if c == "inline":
                src = pick_source(r, kind_src)
                text = wrap(r, lab, src, insert_at(r, host, ptxt, sep))
                fam = kind
            elif c == "bare":
                src = r.choice(["review", "ticket", "email", "tool"])
                text = wrap(r, lab, src, ptxt)
                fam = kind
            elif c == "frame":
                ffam, ftpl = frames.take()
                block = fill(ftpl).replace("{X}", ptxt)
                src = pick_source(r, kind_src)
                text = wrap(r, lab, src, insert_at(r, host, block, "\n"))
                fam = ffam
            elif c == "hidden":
                fam, src, text = hide(r, lab, hid.take(), host, ptxt)
            elif c == "enc":
                fam, src, text = encode(r, lab, enc.take(), host, ptxt)
            else:
                src, text = tool_field(r, lab, host, ptxt)
                fam = kind
            if self.add(src, fam, text, True, ptxt):
                made += 1

        made, guard = 0, 0
        while made < n_hard and guard < n_hard * 20:
            guard += 1
            k = r.random()
            if k < 0.14:
                kind_src, host = units.take()
                fam, src, text = hard_markup(r, lab, host)
            else:
                fam, kind_src, core = hard.take()
                src = pick_source(r, kind_src)
                if (r.random() < 0.35 and kind_src in by_kind and kind_src not in ("notice", "chat")
                        and "\n" not in core):
                    _, host = by_kind[kind_src].take()
                    core = insert_at(r, host, core, sep) if r.random() < 0.5 else core + sep + host
                text = wrap(r, lab, src, core)
            if self.add(src, fam, text, False):
                made += 1

        made, guard = 0, 0
        while made < n_plain and guard < n_plain * 20:
            guard += 1
            kind_src, host = units.take()
            if r.random() < 0.2 and kind_src not in ("chat", "notice") and "\n" not in host:
                _, h2 = by_kind[kind_src].take()
                host = host + sep + h2
            src = pick_source(r, kind_src)
            if self.add(src, "benign", wrap(r, lab, src, host), False):
                made += 1
        return self.rows


def validate(rows):
    ids, texts = set(), set()
    for row in rows:
        assert tuple(row.keys()) == KEYS, row.keys()
        assert row["id"] not in ids
        ids.add(row["id"])
        assert row["text"] not in texts, row["text"][:80]
        texts.add(row["text"])
        n = len(row["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (row["id"], n)
        assert row["source"] in SOURCES
        assert row["split"] == "train"
        assert isinstance(row["injection"], bool)
        assert bool(row["payload"]) == row["injection"], row["id"]
        fam = row["family"]
        assert fam and fam == fam.lower() and " " not in fam
        if not row["injection"]:
            assert fam == "benign" or fam.startswith("hard-"), fam
        else:
            assert fam != "benign" and not fam.startswith("hard-"), fam
        for slot in ("{P}", "{SHOP}", "{NAME}", "{ORD}", "{N}", "{D}", "{E}", "{PCT}", "{CITY}", "{X}", "{BLOB}"):
            assert slot not in row["text"], (row["id"], slot)
            assert slot not in row["payload"], (row["id"], slot)
