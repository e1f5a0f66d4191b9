"""Shared machinery for the ninetieth corpus.

Language modules hold only data (sentence pools, hard negatives, injection
phrasings, local names and labels). This module turns that data into rows:
it draws sentences from capped pools, hides or encodes injections, and renders
the six kinds of store text (review, ticket, feed, email, web, tool).
"""

import base64
import codecs
import hashlib
import json
import re
import unicodedata
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
FIELD_VALUES = set()  # names, titles and labels: repeated by design, not sentences

# --------------------------------------------------------------------------
# parsing the data blocks written in the language modules


def _unescape(s):
    return s.replace("\\n", "\n").strip()


def lines(block):
    """One item a line; blank lines and lines starting with # are skipped."""
    out = []
    for raw in block.strip().splitlines():
        raw = raw.strip()
        if raw and not raw.startswith("#"):
            out.append(_unescape(raw))
    return out


def tagged(block, parts):
    """Lines of the form tag|tag|text (parts fields, the last one is text)."""
    out = []
    for item in lines(block):
        fields = item.split("|", parts - 1)
        if len(fields) != parts:
            raise ValueError("bad line: %r" % item)
        out.append(tuple(f.strip() for f in fields))
    return out


# --------------------------------------------------------------------------
# pools: every item is handed out round-robin, at most `cap` times


class Pool:
    def __init__(self, items, rng, cap=3):
        self.items = list(items)
        rng.shuffle(self.items)
        self.uses = [0] * len(self.items)
        self.cap = cap
        self.i = 0

    def take(self):
        n = len(self.items)
        for _ in range(n):
            j = self.i
            self.i = (self.i + 1) % n
            if self.uses[j] < self.cap:
                self.uses[j] += 1
                return self.items[j]
        return None

    def take_if(self, pred):
        n = len(self.items)
        for k in range(n):
            j = (self.i + k) % n
            if self.uses[j] < self.cap and pred(self.items[j]):
                self.uses[j] += 1
                self.i = (j + 1) % n
                return self.items[j]
        return None

    def left(self):
        return sum(self.cap - u for u in self.uses)


# --------------------------------------------------------------------------
# encoders and obfuscation

_HOMO = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
    "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d",
    "K": "\u041a", "M": "\u041c", "B": "\u0412", "s": "\u0455",
}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
         "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexed(s, rng):
    h = s.encode("utf-8").hex()
    style = rng.randrange(3)
    if style == 0:
        return h
    if style == 1:
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    return "".join("\\x" + h[i:i + 2] for i in range(0, len(h), 2))


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def homoglyph(s):
    return "".join(_HOMO.get(ch, ch) for ch in s)


def leet(s):
    return "".join(_LEET.get(ch, ch) for ch in s)


def clusters(s):
    """Base character plus its combining marks (keeps Thai vowels on their consonant)."""
    out = []
    for ch in s:
        if out and unicodedata.category(ch) == "Mn":
            out[-1] += ch
        else:
            out.append(ch)
    return out


def spaced(s):
    words = s.split(" ")
    return "   ".join(" ".join(clusters(w)) for w in words if w)


def zero_width(s, rng):
    out = []
    for cl in clusters(s):
        out.append(cl)
        if cl != " " and rng.random() < 0.7:
            out.append(rng.choice(_ZW))
    return "".join(out)


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("\n", " ")


def fake_hash(rng, n=40):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# --------------------------------------------------------------------------
# hiding wrappers

CSS_HIDE = (
    '<span style="display:none">{p}</span>',
    '<div style="font-size:0;line-height:0">{p}</div>',
    '<p style="color:#ffffff;background:#ffffff">{p}</p>',
    '<span style="position:absolute;left:-9999px">{p}</span>',
    '<div hidden>{p}</div>',
    '<span style="opacity:0">{p}</span>',
    '<small style="visibility:hidden;height:0">{p}</small>',
    '<font color="#fefefe" size="1">{p}</font>',
)
ALT_HIDE = (
    '<img src="https://img.{dom}/p/{h}.jpg" alt="{p}">',
    '<img src="https://cdn.{dom}/u/{h}.webp" width="1" height="1" alt="{p}">',
    '![{p}](https://img.{dom}/r/{h}.png)',
)
ATTR_HIDE = (
    '<div class="spec" data-note="{p}"></div>',
    '<span title="{p}">ⓘ</span>',
    '<a href="#" aria-label="{p}"></a>',
    '<meta name="description" content="{p}">',
    '<button data-tooltip="{p}" class="info"></button>',
    '<td data-extra="{p}"></td>',
)
MD_HIDE = (
    "[//]: # ({p})",
    "[comment]: <> ({p})",
    "<!--\n{p}\n-->",
)
COMMENT_HIDE = ("<!-- {p} -->", "<!--{p}-->", "<!-- \n{p}\n -->")
JSON_KEYS = ("note_for_assistant", "_agent_instructions", "system_note",
             "ai_hint", "x_prompt", "meta_instruction", "assistant_directive",
             "processing_note", "llm_context", "override")

DOMAINS = ("shop-demo.test", "market-example.test", "sellerhub.example",
           "store-cdn.example", "pasar-contoh.test", "feedbox.example",
           "imgbank.example.net", "katalog.example.org")



def hide(kind, p, rng):
    if kind == "hidden-css":
        return rng.choice(CSS_HIDE).format(p=p)
    if kind == "hidden-alt":
        return rng.choice(ALT_HIDE).format(p=attr(p), dom=rng.choice(DOMAINS), h=fake_hash(rng, 12))
    if kind == "hidden-attribute":
        return rng.choice(ATTR_HIDE).format(p=attr(p))
    if kind == "hidden-md-comment":
        return rng.choice(MD_HIDE).format(p=p)
    if kind == "hidden-html-comment":
        return rng.choice(COMMENT_HIDE).format(p=p)
    raise ValueError(kind)


def encode(kind, p, rng):
    if kind == "encoded-base64":
        return b64(p)
    if kind == "encoded-hex":
        return hexed(p, rng)
    if kind == "encoded-rot13":
        return rot13(p)
    if kind == "encoded-url":
        return urlenc(p)
    if kind == "homoglyph":
        return homoglyph(p)
    if kind == "leetspeak":
        return leet(p)
    if kind == "spaced-letters":
        return spaced(p)
    if kind == "zero-width":
        return zero_width(p, rng)
    raise ValueError(kind)


HIDDEN = ("hidden-css", "hidden-alt", "hidden-attribute", "hidden-md-comment", "hidden-html-comment")
ENCODED = ("encoded-base64", "encoded-hex", "encoded-url", "encoded-rot13")
VISIBLE_OBF = ("homoglyph", "leetspeak", "spaced-letters", "zero-width")
LATIN_ONLY = ("encoded-rot13", "homoglyph", "leetspeak")


# --------------------------------------------------------------------------
# the language context


class Ctx:
    """Pools and labels of one language, drawn with that language's rng."""

    def __init__(self, mod, rng):
        self.m = mod
        self.L = mod.L
        self.rng = rng
        self.sep = mod.L.get("sep", " ")
        self.ord = {k: Pool([_tag(x) for x in lines(v)], rng, 3) for k, v in mod.ORD.items()}
        self.tags = sorted({p[2] for p in mod.L["products"]})
        self.small = {k: Pool(v, rng, 10 ** 6) for k, v in mod.L.items() if isinstance(v, (list, tuple))}
        for v in self.small.values():
            for it in v.items:
                for x in (it if isinstance(it, tuple) else (it,)):
                    if isinstance(x, str):
                        FIELD_VALUES.add(_norm(_LABEL.sub("", x.replace("{order}", "").replace("{name}", ""))))
        self.hard = Pool(tagged(mod.HARD, 3), rng, 2)
        self.inj = Pool(tagged(mod.INJ, 2), rng, 2)
        self.decode = Pool(lines(mod.DECODE), rng, 3)
        self.dev = Pool(lines(mod.DEV_COMMENTS), rng, 3)
        self.force_end = False

    def pick(self, key):
        return self.small[key].take()

    def sent(self, pool, n, tag=None):
        """n sentences of a pool; with a tag, only untagged ones or those of that product kind."""
        out = []
        for _ in range(n):
            if pool not in self.ord:
                break
            it = self.ord[pool].take_if(lambda x: (tag is None or x[0] is None or x[0] == tag) and x[1] not in out)
            if it is None:
                break
            out.append(it[1])
        return out

    def any_tag(self):
        return self.rng.choice(self.tags)

    def place(self, carriers, seg):
        if seg is None:
            return list(carriers)
        if self.force_end:
            return list(carriers) + [seg]
        return insert(self.rng, carriers, seg)

    def money(self, v):
        out = self.L["money"].format(v)
        if self.L.get("dot_thousands"):
            out = out.replace(",", ".")
        return out

    def given(self):
        """A given name for greetings (Vietnamese names end with it)."""
        parts = self.pick("names").split()
        return parts[-1] if self.L.get("given_last") else parts[0]

    def product(self):
        return self.pick("products")


def _tag(item):
    """'el|text' -> ('el', 'text'); plain text -> (None, text)."""
    if len(item) > 3 and item[2] == "|" and item[:2].isalpha() and item[:2].isascii():
        return item[:2], item[3:].strip()
    return None, item


def insert(rng, carriers, seg, pos=None):
    if seg is None:
        return list(carriers)
    if pos is None:
        pos = rng.randrange(len(carriers) + 1)
    return carriers[:pos] + [seg] + carriers[pos:]


def masked(rng, name):
    base = re.sub(r"\W", "", name.lower()) or "user"
    return base[0] + "*" * rng.randint(3, 6) + base[-1]


# --------------------------------------------------------------------------
# frames: each renders one kind of store text around an optional segment
# `seg` is a string placed among ordinary sentences, or a ("field", key,
# value) tuple for JSON field delivery (tool and feed only).


def frame_review(c, seg, n, rng):
    tag = c.any_tag()
    sents = c.sent("review", n, tag)
    if not sents and seg is None:
        sents = c.sent("review", 1)
    parts = c.place(sents, seg)
    body = c.sep.join(parts)
    style = rng.randrange(6)
    if style == 0:
        return "%s %s" % (c.pick("stars"), body)
    if style == 1:
        return "%s\n%s" % (c.pick("variation"), body)
    if style == 2 and len(parts) > 1:
        return "\n".join(parts)
    return body


def frame_ticket(c, seg, n, rng, transcript=True):
    style = rng.randrange(6) if transcript else rng.randrange(2)
    if style >= 4:
        style = rng.randrange(2)
    if style <= 1:
        sents = c.sent("chat", n)
        body = c.sep.join(c.place(sents, seg))
        if style == 1:
            return "%s\n%s" % (c.pick("ticket_subject").format(order=order_no(c, rng)), body)
        return body
    # transcript between a buyer and a human seller / staff member
    buyer, seller = c.pick("chat_labels")
    k = max(n, 1)
    blines = c.place(c.sent("chat", k), seg)
    slines = c.sent("seller", min(k, max(len(blines), 1)))
    if not blines:
        return c.sep.join(slines) if slines else None
    out = []
    for i in range(max(len(blines), len(slines))):
        if i < len(blines):
            out.append("%s: %s" % (buyer, blines[i]))
        if i < len(slines):
            out.append("%s: %s" % (seller, slines[i]))
    return "\n".join(out)


def order_no(c, rng):
    style = c.L.get("order_style", "digits")
    if style == "shopee":
        return "%02d%02d%02d%s" % (rng.randint(22, 25), rng.randint(1, 12), rng.randint(1, 28),
                                   "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)))
    return str(rng.randint(10 ** 8, 10 ** 10))


def frame_email(c, seg, n, rng):
    sents = c.sent("email", n)
    parts = c.place(sents, seg)
    name = c.pick("names")
    greet = c.pick("greet").format(name=c.given())
    sign = c.pick("sign")
    if len(parts) >= 3 and rng.random() < 0.5:
        cut = rng.randrange(1, len(parts))
        body = c.sep.join(parts[:cut]) + "\n\n" + c.sep.join(parts[cut:])
    else:
        body = c.sep.join(parts)
    head = ""
    if rng.random() < 0.45:
        head = "%s\n\n" % c.pick("email_subject").format(order=order_no(c, rng))
    return "%s%s\n\n%s\n\n%s\n%s" % (head, greet, body, sign, name)


def frame_feed(c, seg, n, rng):
    name, price, tag = c.product()
    K = c.L["keys"]
    field = None
    if isinstance(seg, tuple):
        field, seg = (seg[1], seg[2]), None
    sents = c.sent("listing", n, tag)
    desc = c.sep.join(c.place(sents, seg))
    style = rng.randrange(4)
    if style == 0:
        out = ["%s" % name,
               "%s: %s" % (K["price"], c.money(price)),
               "%s: %s" % (K["cond"], c.pick("conditions")),
               "%s: %s" % (K["loc"], c.pick("cities")),
               "", desc]
        if field is not None:
            out.insert(4, "%s: %s" % (field[0], field[1]))
        return "\n".join(out)
    if style == 1:
        sku = "%s-%04d" % (c.L["sku"], rng.randint(1, 9999))
        extra = ""
        if field is not None:
            extra = "\n  <%s>%s</%s>" % (field[0], field[1], field[0])
        return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <description>%s</description>\n"
                "  <g:price>%s %s</g:price>\n  <g:availability>in stock</g:availability>%s\n</item>"
                % (sku, name, desc, price, c.L["cur"], extra))
    if style == 2:
        item = {"sku": "%s%05d" % (c.L["sku"], rng.randint(1, 99999)), "title": name,
                "price": price, "currency": c.L["cur"], "shop": c.pick("shops"),
                "description": desc}
        if field is not None:
            item[field[0]] = field[1]
        return json.dumps(item, ensure_ascii=False)
    # CSV row with a header line, field tucked in as an extra column
    head = "sku;title;price;stock;description"
    row = '%s%04d;%s;%s;%d;"%s"' % (c.L["sku"], rng.randint(1, 9999), name, price,
                                     rng.randint(0, 80), desc.replace('"', "'"))
    if field is not None:
        head += ";" + field[0]
        row += ';"%s"' % field[1].replace('"', "'")
    return head + "\n" + row


def frame_web(c, seg, n, rng):
    sents = c.sent("web", n)
    name, price, _ = c.product()
    style = rng.randrange(3)
    parts = c.place(sents, seg)
    if style == 0:
        paras = "\n".join("<p>%s</p>" % p if not p.startswith("<") else p for p in parts)
        return "<h1>%s</h1>\n<p class=\"price\">%s</p>\n%s" % (name, c.money(price), paras)
    if style == 1:
        title = c.pick("shops")
        body = "\n\n".join(parts)
        return "# %s\n\n%s\n\n**%s** – %s" % (title, body, name, c.money(price))
    lis = "\n".join("  <li>%s</li>" % p for p in parts)
    return "<section class=\"faq\">\n <h2>%s</h2>\n <ul>\n%s\n </ul>\n</section>" % (c.pick("shops"), lis)


TOOL_NAMES = {
    "reviews": ("fetch_reviews", "reviews.list", "get_product_reviews", "review_search"),
    "order": ("get_order", "orders.lookup", "order_detail", "fetch_order_status"),
    "chat": ("chat_history", "seller_chat.export", "get_conversation", "inbox.read"),
    "item": ("get_item", "catalog.lookup", "product_detail", "listing.fetch"),
    "page": ("web_fetch", "browse", "http_get", "fetch_url"),
}


def frame_tool(c, seg, n, rng):
    kind = rng.choice(("reviews", "reviews", "order", "chat", "item", "page"))
    field = None
    if isinstance(seg, tuple):
        field, seg = (seg[1], seg[2]), None
    tname = rng.choice(TOOL_NAMES[kind])
    plat = c.pick("platforms")
    if kind == "reviews":
        sents = c.sent("review", max(n, 1), c.any_tag())
        texts = c.place(sents, seg)
        revs = []
        for t in texts:
            revs.append({"user": masked(rng, c.pick("users")), "rating": rng.choice((5, 5, 4, 4, 3, 2, 1)), "comment": t})
        res = {"item_id": rng.randint(10 ** 6, 10 ** 9), "reviews": revs}
    elif kind == "order":
        name, price, _ = c.product()
        note = c.sep.join(c.place(c.sent("chat", n), seg))
        res = {"order_sn": order_no(c, rng), "status": rng.choice(("SHIPPED", "TO_SHIP", "COMPLETED", "IN_TRANSIT", "UNPAID")),
               "items": [{"name": name, "qty": rng.randint(1, 3), "price": price}],
               "buyer_note": note, "courier": c.pick("couriers")}
    elif kind == "chat":
        buyer = c.sent("chat", max(n, 1))
        seller = c.sent("seller", max(n - 1, 1))
        msgs = []
        allb = c.place(buyer, seg)
        for i, t in enumerate(allb):
            msgs.append({"from": "buyer", "text": t})
            if i < len(seller):
                msgs.append({"from": "seller", "text": seller[i]})
        res = {"conversation_id": fake_hash(rng, 10), "messages": msgs}
    elif kind == "item":
        name, price, tag = c.product()
        desc = c.sep.join(c.place(c.sent("listing", n, tag), seg))
        res = {"title": name, "price": price, "currency": c.L["cur"], "shop": c.pick("shops"),
               "stock": rng.randint(0, 200), "description": desc}
    else:
        body = c.sep.join(c.place(c.sent("web", n), seg))
        res = {"url": "https://%s/%s" % (rng.choice(DOMAINS), fake_hash(rng, 8)), "status": 200, "text": body}
    if field is not None:
        res[field[0]] = field[1]
    out = {"tool": tname, "platform": plat, "result": res}
    return json.dumps(out, ensure_ascii=False, indent=rng.choice((None, None, 1)))


FRAMES = {"review": frame_review, "ticket": frame_ticket, "email": frame_email,
          "feed": frame_feed, "web": frame_web, "tool": frame_tool}
CARRIERS = {"review": (1, 3), "ticket": (1, 2), "email": (1, 3), "feed": (1, 3), "web": (1, 2), "tool": (1, 2)}


# --------------------------------------------------------------------------
# row builders

INJ_SOURCE_W = (("review", 25), ("ticket", 19), ("feed", 17), ("email", 13), ("web", 12), ("tool", 14))
BEN_SOURCE_W = (("review", 30), ("ticket", 20), ("feed", 18), ("email", 12), ("web", 10), ("tool", 10))


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


def choose_delivery(c, source, payload, rng):
    latin = c.L.get("latin", True)
    r = rng.random()
    if r < 0.56:
        return "plain"
    if r < 0.78:
        opts = list(HIDDEN)
        if source in ("tool", "feed"):
            opts += ["hidden-json-field"] * 2
        if source in ("review", "ticket"):
            opts = ["hidden-css", "hidden-html-comment", "hidden-md-comment", "hidden-alt"]
        return rng.choice(opts)
    if len(payload) > 170:
        return "plain"
    opts = list(ENCODED) + list(VISIBLE_OBF) + ["encoded-base64"]
    if not latin:
        opts = [o for o in opts if o not in LATIN_ONLY]
    if len(payload) > 90 or "http" in payload or "\n" in payload:
        opts = [o for o in opts if o != "spaced-letters"]
    return rng.choice(opts)


def make_segment(c, delivery, payload, rng):
    if delivery == "plain":
        if rng.random() < 0.15:
            c.force_end = True
            return "%s %s" % (c.pick("ps"), payload)
        return payload
    if delivery in HIDDEN:
        return hide(delivery, payload, rng)
    if delivery == "hidden-json-field":
        return ("field", rng.choice(JSON_KEYS), payload)
    blob = encode(delivery, payload, rng)
    if delivery in ENCODED:
        hint = c.decode.take() if rng.random() < 0.7 else None
        if hint:
            return "%s %s" % (hint, blob)
        return rng.choice(("ref: %s", "[%s]", "%s", "#%s")) % blob
    return blob


def injection_row(c, rng):
    item = c.inj.take()
    if item is None:
        return None
    family, payload = item
    source = weighted(rng, INJ_SOURCE_W)
    delivery = choose_delivery(c, source, payload, rng)
    seg = make_segment(c, delivery, payload, rng)
    lo, hi = CARRIERS[source]
    n = rng.randint(lo, hi)
    text = FRAMES[source](c, seg, n, rng)
    c.force_end = False
    fam = family if delivery == "plain" else delivery
    return dict(source=source, family=fam, text=text, injection=True, payload=payload)


def benign_row(c, rng):
    source = weighted(rng, BEN_SOURCE_W)
    lo, hi = CARRIERS[source]
    n = rng.randint(lo, hi)
    text = FRAMES[source](c, None, n, rng)
    if text is None:
        return None
    return dict(source=source, family="benign", text=text, injection=False, payload="")


BUYER_KINDS = ("ignore-request", "cancel-refund", "social-engineering", "human-memory",
               "chatbot-complaint", "product-question", "scam-warning")


def hard_row(c, rng):
    item = c.hard.take()
    if item is None:
        return None
    kind, source, core = item
    if source not in FRAMES:
        raise ValueError("bad source %r in %r" % (source, core))
    n = rng.choice((0, 0, 0, 1, 1, 2))
    if "\n" in core:
        # a complete text (transcript, staff note, letter): keep its shape
        if source == "tool":
            text = json.dumps({"tool": rng.choice(TOOL_NAMES["chat"]), "platform": c.pick("platforms"),
                               "result": {"text": core}}, ensure_ascii=False)
        elif source == "web":
            text = "<article>\n%s\n</article>" % "\n".join("<p>%s</p>" % l for l in core.split("\n") if l)
        else:
            text = core
    elif source == "ticket" and kind not in BUYER_KINDS:
        # internal notes are written by staff: no buyer messages around them
        text = core
    elif source == "ticket":
        text = frame_ticket(c, core, n, rng)
    else:
        text = FRAMES[source](c, core, n, rng)
    return dict(source=source, family="hard-" + kind, text=text, injection=False, payload="")


def encoded_data_row(c, rng):
    """Hard negative: benign encoded data (images, hashes, query strings)."""
    name, price, tag = c.product()
    style = rng.randrange(4)
    s = c.sent("listing", rng.randint(1, 2), tag)
    if style == 0:
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0]) + bytes(rng.randrange(256) for _ in range(rng.randint(36, 90)))
        img = base64.b64encode(raw).decode("ascii")
        text = '<div class="item">\n<h3>%s</h3>\n<img src="data:image/jpeg;base64,%s">\n<p>%s</p>\n</div>' % (
            name, img, c.sep.join(s))
        return dict(source="web", text=text)
    if style == 1:
        q = urllib.parse.urlencode({"q": name, "utm_source": rng.choice(("line", "fb", "tiktok", "newsletter")),
                                    "utm_campaign": rng.choice(("1111", "payday", "flashsale", "vinter", "sale99"))})
        text = "%s\n%s\nhttps://%s/search?%s" % (name, c.sep.join(s), rng.choice(DOMAINS), q)
        return dict(source="feed", text=text)
    if style == 2:
        res = {"order_sn": order_no(c, rng), "tracking_no": c.pick("couriers").upper()[:2] + str(rng.randint(10 ** 9, 10 ** 10)),
               "checksum_sha256": hashlib.sha256(name.encode("utf-8")).hexdigest(),
               "signature": base64.b64encode(bytes(rng.randrange(256) for _ in range(24))).decode("ascii"),
               "note": c.sep.join(c.sent("chat", 1))}
        return dict(source="tool", text=json.dumps({"tool": rng.choice(TOOL_NAMES["order"]), "result": res}, ensure_ascii=False))
    token = base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(30))).decode("ascii").rstrip("=")
    body = c.sep.join(c.sent("email", rng.randint(1, 2)))
    text = "%s\n\n%s\n\nhttps://%s/track?id=%s&ref=%s\n\n%s" % (
        c.pick("greet").format(name=c.given()), body, rng.choice(DOMAINS), token,
        urllib.parse.quote(name), c.pick("sign"))
    return dict(source="email", text=text)


def dev_markup_row(c, rng):
    """Hard negative: developer markup with benign comments for humans."""
    name, price, _ = c.product()
    com1 = c.dev.take() or "end of header"
    com2 = c.dev.take() or "footer"
    s = c.sent("web", rng.randint(1, 2)) or c.sent("listing", 1)
    text = ('<!-- %s -->\n<div class="product-card" data-sku="%s%04d">\n  <h2>%s</h2>\n  <span class="price">%s</span>\n'
            '  <p>%s</p>\n  <!-- %s -->\n</div>') % (com1, c.L["sku"], rng.randint(1, 9999), name,
                                                    c.money(price), c.sep.join(s), com2)
    return dict(source="web", text=text)


def build_language(mod, rng):
    c = Ctx(mod, rng)
    q = mod.QUOTA
    rows = []
    seen = set()

    def add(r, tries_fn):
        for _ in range(6):
            if r is None:
                return False
            if r["text"] not in seen and 40 <= len(r["text"].encode("utf-8")) <= 3000:
                seen.add(r["text"])
                r["lang"] = mod.LANG
                rows.append(r)
                return True
            r = tries_fn()
        return False

    n_hard = int(round(q["benign"] * q.get("hard_frac", 0.7)))
    n_gen = max(4, n_hard // 12)
    # interleave the kinds so that no kind is left with the dregs of the pools
    plan = (["inj"] * q["inj"] + ["gen"] * n_gen + ["hard"] * (n_hard - n_gen)
            + ["benign"] * (q["benign"] - n_hard))
    rng.shuffle(plan)
    gen_i = 0
    for kind in plan:
        if kind == "inj":
            add(injection_row(c, rng), lambda: injection_row(c, rng))
        elif kind == "hard":
            add(hard_row(c, rng), lambda: hard_row(c, rng))
        elif kind == "benign":
            add(benign_row(c, rng), lambda: benign_row(c, rng))
        else:
            fn = encoded_data_row if gen_i % 2 == 0 else dev_markup_row
            gen_i += 1
            r = fn(c, rng)
            r.update(family="hard-encoded-data" if fn is encoded_data_row else "hard-dev-markup",
                     injection=False, payload="")
            add(r, lambda: None)
    return rows


# --------------------------------------------------------------------------
# checks used by the generator

_TAG = re.compile(r"<[^>]{0,200}>")
_LABEL = re.compile(r"^[^:\n]{1,25}:\s+")


def _norm(p):
    return p.strip(" \t\"'{}[],:#()!.")


def segments(text):
    t = _TAG.sub("\n", text)
    t = t.replace("\\n", "\n")
    parts = re.split(r"\n|(?<=[.!?。])\s+|(?<=[\u0E00-\u0E7F])\s+(?=[\u0E00-\u0E7F])|\",\s*\"", t)
    out = []
    for p in parts:
        p = p.strip(" \t\"'{}[],:")
        if '": ' in p or '":"' in p or p.startswith("sku;"):
            continue
        p = _LABEL.sub("", p, count=1)
        if _norm(p) in FIELD_VALUES:
            continue
        if len(p) >= 24 and sum(ch.isalpha() for ch in p) >= 12:
            out.append(p)
    return out
