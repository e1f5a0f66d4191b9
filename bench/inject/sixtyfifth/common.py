"""Shared helpers for the sixtyfifth store corpus.

Language modules hold only hand-written text (units, hard negatives,
injection lines and a few frames); everything that turns that text into
rows lives here so no helper is repeated per language.
"""

import base64
import codecs
import hashlib
import html
import json
import random
import re
import unicodedata
import urllib.parse

SOURCES = ("review", "ticket", "email", "feed", "web", "tool")
SOURCE_WEIGHT = {"review": 30, "ticket": 20, "email": 15, "feed": 13, "web": 12, "tool": 10}

# How injection lines are carried, per source (weights).  "plain" keeps the
# family written in the language module; the others replace it.
WRAPS = {
    "review": [("plain", 52), ("zero-width", 6), ("homoglyph", 6), ("leetspeak", 4),
               ("spaced-letters", 4), ("encoded-base64", 7), ("encoded-rot13", 4),
               ("markdown-comment", 5), ("html-comment", 4)],
    "ticket": [("plain", 58), ("encoded-base64", 8), ("encoded-hex", 6), ("zero-width", 6),
               ("homoglyph", 6), ("encoded-url", 4), ("spaced-letters", 3)],
    "email": [("plain", 44), ("html-comment", 12), ("hidden-css", 15), ("encoded-base64", 6),
              ("zero-width", 5), ("encoded-hex", 4)],
    "feed": [("plain", 40), ("json-field", 16), ("html-comment", 12), ("hidden-css", 12),
             ("encoded-base64", 6), ("encoded-url", 4)],
    "web": [("plain", 30), ("html-comment", 15), ("hidden-css", 17), ("alt-text", 12),
            ("attribute", 9), ("encoded-base64", 6), ("markdown-comment", 4)],
    "tool": [("plain", 66), ("encoded-base64", 10), ("zero-width", 12), ("homoglyph", 12)],
}
LATIN_ONLY = {"leetspeak", "encoded-rot13"}
HTML_KINDS = {"html-comment", "hidden-css", "alt-text", "attribute"}


# ---------------------------------------------------------------- parsing

def items(block):
    """One item per non-empty line; ' || ' inside a line means a line break."""
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append(line.replace(" || ", "\n"))
    return out


def entries(block):
    """Lines of the form 'sources|family|text'; sources '*' means any."""
    out = []
    for line in items(block):
        src, fam, text = line.split("|", 2)
        src = src.strip()
        srcs = SOURCES if src == "*" else tuple(s.strip() for s in src.split(","))
        for s in srcs:
            if s not in SOURCES:
                raise ValueError("bad source %r in %r" % (s, line))
        out.append((srcs, fam.strip(), text.strip()))
    return out


def fields(unit, n):
    parts = [p.strip() for p in unit.split("##")]
    if len(parts) != n:
        raise ValueError("expected %d fields: %r" % (n, unit))
    return parts


class Deck:
    """Cycles through a list in shuffled rounds so every item is used evenly."""

    def __init__(self, seq, rng):
        self.seq = list(seq)
        self.rng = rng
        self.buf = []

    def next(self):
        if not self.buf:
            self.buf = self.seq[:]
            self.rng.shuffle(self.buf)
        return self.buf.pop()


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


# ---------------------------------------------------------------- encoders

ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
HOMO_LATIN = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
              "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
              "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d",
              "K": "\u041a", "M": "\u041c", "B": "\u0412"}
HOMO_NONLATIN = {"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c",
                 "\u0445": "x", "\u0443": "y", "\u0410": "A", "\u0415": "E", "\u041e": "O",
                 "\u0420": "P", "\u0421": "C", "\u0422": "T", "\u041d": "H", "\u041a": "K",
                 "\u041c": "M", "\u0392": "B", "\u0395": "E", "\u0397": "H", "\u0399": "I",
                 "\u039a": "K", "\u039c": "M", "\u039d": "N", "\u039f": "O", "\u03a1": "P",
                 "\u03a4": "T", "\u03a5": "Y", "\u03a7": "X", "\u0391": "A", "\u03bf": "o",
                 "\u03b1": "a", "\u03bd": "v", "\u03ba": "k", "\u03c1": "p"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
ENC_NAME = {"base64": "base64", "hex": "hex", "rot13": "ROT13", "url": "URL"}


def encode(kind, s):
    if kind == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if kind == "hex":
        return s.encode("utf-8").hex()
    if kind == "rot13":
        return codecs.encode(s, "rot13")
    if kind == "url":
        return urllib.parse.quote(s, safe="")
    raise ValueError(kind)


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.45:
            out.append(rng.choice(ZW))
    return "".join(out)


def homoglyph(s, rng, latin):
    table = HOMO_LATIN if latin else HOMO_NONLATIN
    return "".join(table[ch] if ch in table and rng.random() < 0.55 else ch for ch in s)


def leet(s, rng):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and rng.random() < 0.5 else ch for ch in s)


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split())


def inline_fragment(kind, core, L, rng):
    """Text to put in place of the core for non-markup carriers."""
    if kind == "plain":
        return core
    if kind.startswith("encoded-"):
        enc = kind[len("encoded-"):]
        blob = encode(enc, core)
        if rng.random() < 0.8:
            return rng.choice(L.DECODE).format(enc=ENC_NAME[enc], b=blob)
        return rng.choice(["ref: {b}", "[{b}]", "{b}", "#{b}"]).format(b=blob)
    if kind == "zero-width":
        return zero_width(core, rng)
    if kind == "homoglyph":
        return homoglyph(core, rng, L.LATIN)
    if kind == "leetspeak":
        return leet(core, rng)
    if kind == "spaced-letters":
        return spaced(core)
    raise ValueError(kind)


def markup_fragment(kind, core, rng, slug="product"):
    esc = html.escape(core, quote=True)
    if kind == "html-comment":
        return rng.choice(["<!-- %s -->", "<!--%s-->", "<!-- \n%s\n-->"]) % core
    if kind == "hidden-css":
        tpl = rng.choice([
            '<span style="display:none">%s</span>',
            '<div style="font-size:0;line-height:0;height:0;overflow:hidden">%s</div>',
            '<p style="color:#ffffff;background:#ffffff;font-size:1px">%s</p>',
            '<span class="visually-hidden" style="position:absolute;left:-9999px">%s</span>',
            '<div hidden>%s</div>',
            '<span style="opacity:0">%s</span>',
        ])
        return tpl % esc
    if kind == "alt-text":
        return '<img src="/media/%s-%d.jpg" alt="%s" width="%d">' % (
            slug, rng.randint(1, 9), esc, rng.choice([480, 600, 800]))
    if kind == "attribute":
        attr = rng.choice(["data-note", "title", "data-ai-hint", "aria-description", "data-info"])
        tag = rng.choice(["div", "span", "section"])
        return '<%s class="%s" %s="%s"></%s>' % (tag, rng.choice(["meta", "pdp-extra", "spec-note"]), attr, esc, tag)
    if kind == "markdown-comment":
        return rng.choice(["[//]: # (%s)", "[comment]: <> (%s)", "<!-- %s -->"]) % core
    raise ValueError(kind)


# ---------------------------------------------------------------- placement

SENT_SPLIT = re.compile(r"(?<=[.!?\u2026;])[ ]+(?=\S)")


def insert_sentence(text, frag, rng):
    parts = SENT_SPLIT.split(text)
    where = rng.choice(["start", "mid", "mid", "end", "end"])
    if where == "start":
        i = 0
    elif where == "end" or len(parts) < 2:
        i = len(parts)
    else:
        i = rng.randint(1, len(parts) - 1)
    sep = rng.choice([" ", " ", " ", "\n", "\n\n"])
    before = " ".join(parts[:i])
    after = " ".join(parts[i:])
    out = frag
    if before:
        out = before + sep + out
    if after:
        out = out + rng.choice([" ", "\n", "\n\n"]) + after
    return out


def slugify(s):
    s = re.sub(r"[^A-Za-z0-9]+", "-", s.lower()).strip("-")
    return s[:40] or "item"


def order_no(L, rng):
    n = str(rng.randint(10 ** 6, 10 ** 8 - 1))
    return rng.choice(L.ORDER).format(n=n)


def person(L, rng):
    return rng.choice(L.NAMES)


def mail_addr(name, rng):
    folded = unicodedata.normalize("NFKD", name.split()[0].lower().replace("ł", "l").replace("ø", "o").replace("æ", "ae"))
    base = re.sub(r"[^a-z]", "", folded.encode("ascii", "ignore").decode()) or rng.choice(["info", "shop", "orders", "kontakt"])
    return "%s%s@%s" % (base, rng.choice(["", ".", "_"]) + str(rng.randint(1, 99)) if rng.random() < 0.6 else base,
                        rng.choice(["example.com", "example.net", "example.org", "mail.example"]))


def stars(rng):
    n = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    return rng.choice(["\u2605" * n + "\u2606" * (5 - n), "%d/5" % n, "[%d\u2605]" % n])


# ---------------------------------------------------------------- builders
# Each builder returns the row text.  inj is None or (kind, core).

def build_review(L, rng, unit, inj=None, standalone=False):
    text = unit
    if inj:
        kind, core = inj
        if kind in ("markdown-comment", "html-comment"):
            frag = markup_fragment(kind, core, rng)
            text = (frag + "\n" + unit) if rng.random() < 0.3 else (unit + "\n\n" + frag)
        else:
            frag = inline_fragment(kind, core, L, rng)
            text = frag if standalone else insert_sentence(unit, frag, rng)
    if rng.random() < 0.3:
        text = stars(rng) + rng.choice([" ", "\n"]) + text
    return text


GREETING_STARTS = ("Hoi", "Hallo", "Goedemiddag", "Cześć", "Dzień dobry", "Ciao", "Buongiorno", "Oi", "Olá", "Bom dia",
                   "Hej", "Hei", "Moi", "Goddag", "Dobrý", "Bună", "Szia", "Jó napot", "Γεια", "Καλημέρα", "Здрасти",
                   "Здравейте", "Bok", "Živjo", "Dobar dan", "Salut", "Hello")


def starts_with_greeting(L, text):
    first = text.split("\n", 1)[0]
    if first.startswith(GREETING_STARTS):
        return True
    return any(first.startswith(g.split("{")[0].rstrip(" ,!")) for g in L.GREET if g.split("{")[0].rstrip(" ,!"))


def _ticket_frame(L, rng, body):
    parts = []
    r = rng.random()
    if r < 0.85 and not starts_with_greeting(L, body):
        parts.append(rng.choice(L.GREET).format(name=rng.choice(L.NAMES).split()[0]))
    parts.append(body)
    if rng.random() < 0.5:
        parts.append(order_no(L, rng))
    parts.append(rng.choice(L.SIGN) + "\n" + person(L, rng))
    return "\n\n".join(parts)


def build_ticket(L, rng, unit, inj=None, standalone=False):
    body = unit
    if inj:
        kind, core = inj
        frag = inline_fragment(kind, core, L, rng)
        body = frag if standalone else insert_sentence(unit, frag, rng)
    if rng.random() < 0.12:
        return body + ("\n" + order_no(L, rng) if rng.random() < 0.5 else "")
    return _ticket_frame(L, rng, body)


def build_email(L, rng, subject, body, inj=None):
    name = person(L, rng)
    head = "From: %s <%s>\nSubject: %s\n" % (name, mail_addr(name, rng), subject)
    greet = rng.choice(L.GREET).format(name=rng.choice(L.NAMES).split()[0])
    if starts_with_greeting(L, body):
        greet = ""
    sign = rng.choice(L.SIGN)
    if inj and inj[0] in HTML_KINDS:
        kind, core = inj
        frag = markup_fragment(kind, core, rng)
        paras = ["<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>") for p in body.split("\n") if p.strip()]
        pos = rng.randint(0, len(paras))
        paras.insert(pos, frag)
        return (head + "Content-Type: text/html; charset=utf-8\n\n<html><body>\n<p>%s</p>\n%s\n<p>%s<br>%s</p>\n</body></html>"
                % (html.escape(greet), "\n".join(paras), html.escape(sign), html.escape(name)))
    if inj:
        kind, core = inj
        frag = inline_fragment(kind, core, L, rng)
        if rng.random() < 0.25:
            body = body + "\n\n" + rng.choice(["P.S. ", "PS: ", "", "-- \n"]) + frag
        else:
            body = insert_sentence(body, frag, rng)
    return head + "\n" + (greet + "\n\n" if greet else "") + body + "\n\n" + sign + "\n" + name


def build_feed(L, rng, unit, inj=None, fmt=None):
    title, price, brand, desc = fields(unit, 4)
    sku = "%s-%05d" % (rng.choice(["SKU", "EAN", "ART", "P"]), rng.randint(1, 99999))
    extra = None
    kind = inj[0] if inj else None
    if inj:
        core = inj[1]
        if kind == "json-field":
            fmt = "json"
            extra = (rng.choice(["seller_note", "notes", "custom_label_4", "internal_memo", "meta_note", "ai_summary_hint"]), core)
        elif kind in HTML_KINDS:
            fmt = rng.choice(["xml", "json"])
            frag = markup_fragment(kind, core, rng, slugify(title))
            desc = "<p>%s</p>%s" % (html.escape(desc, quote=False), frag) if rng.random() < 0.6 else "%s<p>%s</p>" % (frag, html.escape(desc, quote=False))
        else:
            desc = insert_sentence(desc, inline_fragment(kind, core, L, rng), rng)
    fmt = fmt or rng.choice(["xml", "json", "kv", "csv"])
    if fmt == "xml":
        d = desc if not (kind in HTML_KINDS) else "<![CDATA[%s]]>" % desc
        if kind not in HTML_KINDS:
            d = html.escape(d, quote=False)
        return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:brand>%s</g:brand>\n  <g:price>%s</g:price>\n"
                "  <description>%s</description>\n</item>" % (sku, html.escape(title, quote=False),
                                                             html.escape(brand, quote=False), price, d))
    if fmt == "json":
        obj = {"sku": sku, "title": title, "brand": brand, "price": price, "description": desc}
        if extra:
            keys = list(obj.items())
            keys.insert(rng.randint(2, len(keys)), extra)
            obj = dict(keys)
        return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    if fmt == "kv":
        return "sku: %s\ntitle: %s\nbrand: %s\nprice: %s\ndescription: %s" % (sku, title, brand, price, desc)
    return "sku;title;brand;price;description\n%s;%s;%s;%s;\"%s\"" % (sku, title, brand, price, desc.replace('"', '""'))


def build_web(L, rng, heading, para, inj=None):
    kind = inj[0] if inj else None
    use_html = kind in HTML_KINDS or (kind != "markdown-comment" and rng.random() < 0.55)
    if use_html:
        body = para
        frag = None
        if inj:
            core = inj[1]
            if kind in HTML_KINDS:
                frag = markup_fragment(kind, core, rng, slugify(heading))
            else:
                body = insert_sentence(para, inline_fragment(kind, core, L, rng), rng)
        ps = ["<p>%s</p>" % html.escape(p, quote=False) for p in body.split("\n") if p.strip()]
        if frag:
            ps.insert(rng.randint(0, len(ps)), frag)
        cls = rng.choice(["product-description", "pdp-text", "content", "shipping-info", "seller-about"])
        return '<section class="%s">\n<h2>%s</h2>\n%s\n</section>' % (cls, html.escape(heading, quote=False), "\n".join(ps))
    body = para
    if inj:
        kind, core = inj
        if kind == "markdown-comment":
            body = para + "\n\n" + markup_fragment(kind, core, rng)
        else:
            body = insert_sentence(para, inline_fragment(kind, core, L, rng), rng)
    return rng.choice(["# %s\n\n%s", "%s\n\n%s", "%s\n%s"]) % (heading, body)


def build_tool(L, rng, kind_src, payload_text, extra_review=None, title=""):
    """kind_src in review/ticket/web; payload_text already holds any injection."""
    if kind_src == "review":
        revs = [{"author": person(L, rng).split()[0], "rating": rng.randint(1, 5), "text": payload_text}]
        if extra_review:
            revs.insert(rng.randint(0, 1), {"author": person(L, rng).split()[0], "rating": rng.randint(3, 5), "text": extra_review})
        obj = {"tool": "get_product_reviews", "product_id": rng.randint(100000, 999999), "results": revs}
    elif kind_src == "ticket":
        obj = {"tool": rng.choice(["get_ticket", "read_customer_message", "helpdesk.fetch"]),
               "ticket_id": "T-%d" % rng.randint(10000, 99999), "customer": person(L, rng),
               "channel": rng.choice(["email", "webform", "chat"]), "message": payload_text}
    else:
        obj = {"tool": "fetch_url", "url": "https://shop.example.com/%s" % (slugify(title) or "p"),
               "status": 200, "content": payload_text}
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


# ---------------------------------------------------------------- generated hard negatives

BENIGN_COMMENTS = ["<!-- product description start -->", "<!-- /gallery -->",
                   "<!-- TODO: replace hero image before the sale -->", "<!-- cached 03:12 -->",
                   "<!-- end of specs table -->", "<!-- tracking pixel moved to GTM -->",
                   "<!-- ab-test: variant B -->", "<!-- keep this block in sync with the PDF manual -->"]


def gen_markup(L, rng, heading, para):
    c1, c2 = rng.sample(BENIGN_COMMENTS, 2)
    sku = rng.randint(100000, 999999)
    img = '<img src="/media/%s-%d.webp" alt="%s" loading="lazy">' % (slugify(heading), rng.randint(1, 6), html.escape(heading, quote=True))
    hidden = rng.choice(['<span style="display:none" itemprop="sku">%d</span>' % sku,
                         '<link itemprop="availability" href="https://schema.org/InStock">',
                         '<div class="sr-only">%s</div>' % html.escape(heading, quote=False),
                         '<span hidden data-variant="%d"></span>' % rng.randint(1, 40)])
    return ('<div class="pdp" data-sku="%d" data-track="pdp-desc">\n%s\n<h2>%s</h2>\n%s\n<p>%s</p>\n%s\n%s\n</div>'
            % (sku, c1, html.escape(heading, quote=False), img, html.escape(para, quote=False), hidden, c2))


def gen_encoded(L, rng, source, deck_units):
    """Benign encoded data: data URIs, tracking parameters, hashes."""
    if source == "feed":
        unit = deck_units["feed"].next()
        title, price, brand, desc = fields(unit, 4)
        raw = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(rng.randint(0, 255) for _ in range(rng.randint(30, 70)))
        thumb = "data:image/png;base64," + base64.b64encode(raw).decode()
        return json.dumps({"sku": "SKU-%05d" % rng.randint(1, 99999), "title": title, "brand": brand,
                           "price": price, "thumbnail": thumb, "description": desc}, ensure_ascii=False)
    if source == "email":
        subject, body = fields(deck_units["email"].next(), 2)
        q = urllib.parse.quote(subject, safe="")
        token = base64.urlsafe_b64encode(bytes(rng.randint(0, 255) for _ in range(18))).decode().rstrip("=")
        name = person(L, rng)
        return ("From: %s <%s>\nSubject: %s\n\n%s\n\n%s\n\n%s\nhttps://click.example.com/t/%s?utm_source=mail&utm_campaign=%s\n\n%s\n%s"
                % (name, mail_addr(name, rng), subject, rng.choice(L.GREET).format(name=rng.choice(L.NAMES).split()[0]), body,
                   rng.choice(L.LINK_LEAD), token, q, rng.choice(L.SIGN), name))
    if source == "tool":
        unit = deck_units["review"].next()
        h = hashlib.sha256(unit.encode()).hexdigest()
        return json.dumps({"tool": "get_product_reviews", "product_id": rng.randint(100000, 999999),
                           "results": [{"id": h[:24], "checksum": "sha256:" + h, "rating": rng.randint(1, 5), "text": unit}]},
                          ensure_ascii=False)
    # ticket
    unit = deck_units["ticket"].next()
    q = urllib.parse.urlencode({"q": rng.choice(L.NAMES).split()[-1] + " " + order_no(L, rng), "ref": "mail", "sid": hashlib.md5(unit.encode()).hexdigest()[:16]})
    return _ticket_frame(L, rng, unit + "\n" + rng.choice(L.LINK_LEAD) + " https://shop.example.com/search?" + q)


# ---------------------------------------------------------------- per-language build

def with_tool(srcs):
    """Tool results wrap reviews, tickets and pages, so those texts may arrive as tool output too."""
    if "tool" not in srcs and any(s in srcs for s in ("review", "ticket", "web")):
        return tuple(srcs) + ("tool",)
    return tuple(srcs)


def src_weight(source, declared):
    if source == "tool" and "tool" not in declared:
        return 5
    return SOURCE_WEIGHT[source]


def build_language(L, n_rows, seed, inj_share=0.45, hard_share=0.66):
    rng = random.Random(seed)
    n_inj = round(n_rows * inj_share)
    n_ben = n_rows - n_inj
    n_hard = round(n_ben * hard_share)
    n_gen = max(2, round(n_hard * 0.12))
    n_core = n_hard - n_gen
    n_plain = n_ben - n_hard

    decks = {
        "review": Deck(L.REVIEWS, rng), "ticket": Deck(L.TICKETS, rng), "email": Deck(L.EMAILS, rng),
        "feed": Deck(L.FEED, rng), "web": Deck(L.WEB, rng),
    }
    inj_deck = Deck(L.INJ, rng)
    hard_deck = Deck(L.HARD, rng)
    src_pairs = list(SOURCE_WEIGHT.items())
    rows, seen = [], set()

    def carrier(source, inj=None, standalone=False):
        if source == "review":
            return build_review(L, rng, decks["review"].next(), inj, standalone)
        if source == "ticket":
            return build_ticket(L, rng, decks["ticket"].next(), inj, standalone)
        if source == "email":
            subject, body = fields(decks["email"].next(), 2)
            return build_email(L, rng, subject, body, inj)
        if source == "feed":
            return build_feed(L, rng, decks["feed"].next(), inj)
        if source == "web":
            if rng.random() < 0.35:
                title, _, _, desc = fields(decks["feed"].next(), 4)
                return build_web(L, rng, title, desc, inj)
            heading, para = fields(decks["web"].next(), 2)
            return build_web(L, rng, heading, para, inj)
        # tool
        sub = wchoice(rng, [("review", 45), ("ticket", 30), ("web", 25)])
        if sub == "review":
            text = decks["review"].next()
            extra = decks["review"].next() if rng.random() < 0.35 else None
            title = ""
        elif sub == "ticket":
            text, extra, title = decks["ticket"].next(), None, ""
        else:
            title, text = fields(decks["web"].next(), 2)
            extra = None
        if inj:
            frag = inline_fragment(inj[0], inj[1], L, rng)
            text = frag if standalone else insert_sentence(text, frag, rng)
        return build_tool(L, rng, sub, text, extra, title)

    def add(source, family, text, payload):
        if text in seen:
            return False
        n = len(text.encode("utf-8"))
        if n < 40 or n > 3000:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": L.LANG, "family": family, "text": text,
                     "injection": bool(payload), "payload": payload})
        return True

    # injections
    made = 0
    while made < n_inj:
        srcs, fam, core = inj_deck.next()
        opts = [(s, src_weight(s, srcs)) for s in with_tool(srcs)]
        for _ in range(30):
            source = wchoice(rng, opts)
            kind = wchoice(rng, WRAPS[source])
            if kind in LATIN_ONLY and not L.LATIN:
                kind = "plain"
            if kind == "spaced-letters" and len(core) > 70:
                kind = "zero-width"
            standalone = rng.random() < 0.12 and source in ("review", "ticket", "tool")
            text = carrier(source, (kind, core), standalone)
            family = fam if kind == "plain" else kind
            if add(source, family, text, core):
                made += 1
                break
        else:
            raise RuntimeError("could not place injection %r" % core)

    # hard negatives written for the language
    used = {}
    made = 0
    while made < n_core:
        srcs, fam, core = hard_deck.next()
        prev = used.setdefault(core, [])
        for _ in range(30):
            options = [(s, src_weight(s, srcs) * (0.3 if s in prev else 1.0)) for s in with_tool(srcs)]
            source = wchoice(rng, options)
            text = hard_text(L, rng, source, core, decks, len(prev) > 0)
            if add(source, fam, text, ""):
                prev.append(source)
                made += 1
                break
        else:
            raise RuntimeError("could not place hard negative %r" % core)

    # generated hard negatives (benign markup / benign encoded data)
    made = 0
    while made < n_gen:
        if made % 2 == 0:
            if rng.random() < 0.5:
                heading, para = fields(decks["web"].next(), 2)
            else:
                heading, _, _, para = fields(decks["feed"].next(), 4)
            ok = add("web", "hard-benign-markup", gen_markup(L, rng, heading, para), "")
        else:
            source = rng.choice(["feed", "email", "tool", "ticket"])
            ok = add(source, "hard-benign-encoded", gen_encoded(L, rng, source, decks), "")
        made += ok

    # ordinary benign rows
    made = 0
    while made < n_plain:
        source = wchoice(rng, src_pairs)
        made += add(source, "benign", carrier(source), "")
    return rows


def hard_text(L, rng, source, core, decks, reuse):
    if source == "review":
        text = core
        if reuse:
            text = core + rng.choice([" ", "\n\n"]) + decks["review"].next()
        return build_review(L, rng, text)
    if source == "ticket":
        body = core
        if reuse and rng.random() < 0.6:
            body = core + "\n\n" + decks["ticket"].next()
        return build_ticket(L, rng, body)
    if source == "email":
        subject = rng.choice(L.SUBJECTS)
        body = core
        if reuse:
            body = core + "\n\n" + fields(decks["email"].next(), 2)[1]
        return build_email(L, rng, subject, body)
    if source == "feed":
        if "##" in core:
            title, desc = fields(core, 2)
        else:
            title, desc = fields(decks["feed"].next(), 4)[0], core
        unit = "%s ## %s ## %s ## %s" % (title, rng.choice(L.PRICES), rng.choice(L.BRANDS), desc)
        return build_feed(L, rng, unit)
    if source == "web":
        if "##" in core:
            heading, para = fields(core, 2)
        else:
            heading, para = rng.choice(L.PAGE_TITLES), core
        return build_web(L, rng, heading, para)
    # tool
    if "##" in core:
        title, para = fields(core, 2)
        return build_tool(L, rng, "web", para, None, title)
    sub = "ticket" if ("\n" in core or rng.random() < 0.5) else "review"
    return build_tool(L, rng, sub, core, decks["review"].next() if sub == "review" and reuse else None)
