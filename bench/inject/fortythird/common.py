"""Shared machinery: pools, carriers, injection wrappers and row assembly."""

import base64
import codecs
import html
import json
import re
import unicodedata
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


def L(block):
    """One item per non-empty line; a pilcrow stands for a line break inside an item."""
    out = []
    for line in block.split("\n"):
        s = line.strip()
        if s:
            out.append(s.replace("¶", "\n"))
    return out


class Deck:
    """Draws items evenly: every item is used once before any is used again."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.pool = []
        if not self.items:
            raise ValueError("empty deck")

    def draw(self):
        if not self.pool:
            self.pool = self.items[:]
            self.rng.shuffle(self.pool)
        return self.pool.pop()


def strip_marks(text):
    text = text.replace("ł", "l").replace("Ł", "L")
    norm = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in norm if unicodedata.category(c) != "Mn"))


SLOT_RE = re.compile(r"\{([a-z_]+)\}")


class Ctx:
    """Per-row context: random source, language kit and the casual-spelling switch."""

    def __init__(self, kit, rng, casual=False):
        self.kit = kit
        self.rng = rng
        self.casual = casual

    def fill(self, text):
        slots = self.kit["slots"]
        rng = self.rng

        def rep(m):
            key = m.group(1)
            if key not in slots:
                return m.group(0)
            val = slots[key]
            return val(rng) if callable(val) else rng.choice(val)

        out = SLOT_RE.sub(rep, text)
        if self.casual:
            out = strip_marks(out)
        return out

    def raw(self, pool):
        own = self.kit["decks"].get(pool)
        shared = self.kit.get("shared_decks", {}).get(pool)
        if own is None and shared is None:
            raise KeyError(pool)
        if shared is None or (own is not None and self.rng.random() < self.kit["own_p"][pool]):
            return own.draw()
        return shared.draw()

    def draw(self, pool):
        return self.fill(self.raw(pool))

    def pick(self, pool):
        return self.fill(self.rng.choice(self.kit[pool]))


class Carrier:
    def __init__(self, parts, sep=" ", head="", tail="", html_ok=False, esc=None, json_like=False):
        self.parts = list(parts)
        self.sep = sep
        self.head = head
        self.tail = tail
        self.after = ""
        self.html_ok = html_ok
        self.esc = esc
        self.json_like = json_like

    def insert(self, piece, pos, rng):
        if pos == "after" and self.json_like:
            pos = "end"
        if pos == "after":
            self.after += "\n\n" + piece
        elif pos == "start":
            self.parts.insert(0, piece)
        elif pos == "end":
            self.parts.append(piece)
        else:
            idx = rng.randint(1, max(1, len(self.parts) - 1)) if len(self.parts) > 1 else len(self.parts)
            self.parts.insert(idx, piece)

    def render(self):
        body = self.sep.join(self.parts)
        if self.esc:
            body = self.esc(body)
        return self.head + body + self.tail + self.after


def wchoice(rng, weighted):
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for item, w in weighted:
        x -= w
        if x < 0:
            return item
    return weighted[-1][0]


def order_no(kind):
    def gen(rng):
        if kind == "amazon":
            return "%03d-%07d-%07d" % (rng.randint(400, 408), rng.randint(0, 9999999), rng.randint(0, 9999999))
        if kind == "ml":
            return "2000%012d" % rng.randint(0, 10 ** 12 - 1)
        if kind == "hash":
            return "#%d" % rng.randint(100000, 999999)
        if kind == "alpha":
            return "%s%d" % (rng.choice(["PED", "ORD", "WEB", "MK"]), rng.randint(1000000, 9999999))
        return str(rng.randint(10000000, 99999999))
    return gen


def mixed_orders(*kinds):
    gens = [order_no(k) for k in kinds]
    return lambda rng: rng.choice(gens)(rng)


def days(rng):
    return str(rng.choice([2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 15]))


def coupon(rng):
    return rng.choice(["VIP", "STAFF", "GRATIS", "PROMO", "CLUB", "FREE", "EXTRA", "MEGA"]) + str(rng.choice([50, 60, 70, 80, 90, 99, 100]))


# ---------------------------------------------------------------- carriers
#
# Sentence pools may carry a tag before a space: "+" positive, "-" negative, "=" neutral or mixed,
# optionally followed by "*" for a sentence tied to one kind of product or situation.  A text gets
# sentences of one polarity (plus neutral ones) and at most one "*" sentence, so it reads as one
# coherent message.  Feed entries are "Title|sentence|sentence|..."; questions are "Q||A".

TAG_RE = re.compile(r"^([+=-])(\*?) ")


def parse(raw):
    m = TAG_RE.match(raw)
    if not m:
        return "=", False, raw
    return m.group(1), bool(m.group(2)), raw[m.end():]


def draw_set(ctx, pool, k, generic_only=False):
    out = []
    pol = None
    have_spec = False
    tries = 0
    while len(out) < k and tries < k * 8:
        tries += 1
        p, spec, text = parse(ctx.raw(pool))
        if spec and (have_spec or generic_only):
            continue
        if pol is not None and p != "=" and pol != "=" and p != pol:
            continue
        if pol is None or pol == "=":
            pol = p
        have_spec = have_spec or spec
        out.append(ctx.fill(text))
    return out


def build_review(ctx, generic_only=False):
    rng = ctx.rng
    k = wchoice(rng, [(1, 38), (2, 38), (3, 18), (4, 6)])
    parts = draw_set(ctx, "review", k, generic_only)
    head = ""
    if rng.random() < 0.12:
        head = ctx.pick("review_heads") + "\n"
    sep = " " if rng.random() < 0.8 else "\n"
    return Carrier(parts, sep=sep, head=head)


def build_qa(ctx):
    kit = ctx.kit
    raw = parse(ctx.raw("question"))[2]
    q, _, a = raw.partition("||")
    c = Carrier([ctx.fill(q)], sep=" ", head=ctx.rng.choice(kit["qa_heads"]) + " ")
    if a and ctx.rng.random() < 0.6:
        c.tail = "\n%s %s" % (kit["answer_label"], ctx.fill(a))
    return c


def ticket_parts(ctx):
    rng = ctx.rng
    parts = draw_set(ctx, "ticket", wchoice(rng, [(1, 70), (2, 30)]))
    for _ in range(wchoice(rng, [(0, 50), (1, 40), (2, 10)])):
        extra = ctx.pick("ticket_extra")
        if extra not in parts:
            parts.append(extra)
    return parts


def opener(ctx):
    if ctx.rng.random() >= 0.35:
        return ""
    op = ctx.pick("ticket_openers")
    return op + ("\n" if op.endswith(",") or ctx.rng.random() < 0.5 else " ")


def build_ticket(ctx):
    rng = ctx.rng
    kit = ctx.kit
    parts = ticket_parts(ctx)
    style = rng.random()
    if style < 0.45:
        head = "%s %s\n\n" % (kit["subject_label"], ctx.pick("ticket_subjects")) + opener(ctx)
        tail = "\n\n" + ctx.pick("ticket_signoffs")
    elif style < 0.7:
        head = "[%s #%d] %s\n" % (kit["ticket_label"], rng.randint(10000, 99999), ctx.pick("ticket_subjects")) + opener(ctx)
        tail = ""
    else:
        head = opener(ctx)
        tail = "" if rng.random() < 0.5 else " " + ctx.pick("ticket_signoffs")
    return Carrier(parts, sep=rng.choice([" ", " ", "\n"]), head=head, tail=tail)


def _email_addr(ctx):
    rng = ctx.rng
    name = ctx.pick("names")
    user = strip_marks(name.split()[0]).lower() + rng.choice(["", ".", "_"]) + str(rng.randint(1, 99))
    return name, "%s@%s" % (user, rng.choice(ctx.kit["mail_domains"]))


def build_email(ctx, html_mode=None, mode=None):
    rng = ctx.rng
    kit = ctx.kit
    name, addr = _email_addr(ctx)
    if mode is None:
        mode = "customer" if rng.random() < 0.5 else "supplier"
    if mode == "customer":
        parts = ticket_parts(ctx)
        subject = ctx.pick("ticket_subjects")
    else:
        parts = draw_set(ctx, "email_body", wchoice(rng, [(1, 25), (2, 45), (3, 30)]))
        subject = ctx.draw("subject")
    greet = ctx.pick("greetings")
    close = ctx.pick("closings")
    if html_mode is None:
        html_mode = rng.random() < 0.3
    if html_mode:
        head = "%s %s <%s>\n%s %s\n\n<html><body>\n<p>%s</p>\n" % (
            kit["from_label"], name, addr, kit["subject_label"], subject, greet)
        ps = ["<p>%s</p>" % html.escape(p, quote=False) for p in parts]
        tail = "\n<p>%s<br>%s</p>\n</body></html>" % (close, name)
        return Carrier(ps, sep="\n", head=head, tail=tail, html_ok=True)
    head = "%s %s <%s>\n%s %s\n\n%s\n\n" % (kit["from_label"], name, addr, kit["subject_label"], subject, greet)
    tail = "\n\n%s\n%s" % (close, name)
    return Carrier(parts, sep=rng.choice([" ", "\n\n", "\n"]), head=head, tail=tail)


def _csv_esc(s):
    return s.replace('"', '""')


def _xml_cdata(s):
    return s.replace("]]>", "]] >")


def feed_entry(ctx):
    raw = ctx.raw("feed")
    bits = [b.strip() for b in raw.split("|")]
    title = ctx.fill(bits[0])
    variants = ctx.kit.get("title_variants")
    if variants and ctx.rng.random() < 0.45:
        title = title + ctx.rng.choice([" – ", " - ", ", ", " | "]) + ctx.rng.choice(variants)
    descs = [ctx.fill(b) for b in bits[1:]]
    rng = ctx.rng
    k = rng.randint(max(1, len(descs) - 2), len(descs))
    if k < len(descs):
        keep = sorted(rng.sample(range(len(descs)), k))
        descs = [descs[i] for i in keep]
    return title, descs


def build_feed(ctx, html_mode=None, entry=None):
    rng = ctx.rng
    kit = ctx.kit
    title, parts = entry if entry else feed_entry(ctx)
    sku = "%s-%d" % (rng.choice(["SKU", "REF", "EAN", "ART", "ID"]), rng.randint(10000, 999999))
    price = ctx.fill("{price}")
    fmt = rng.random()
    if html_mode is True or (html_mode is None and fmt < 0.4):
        head = ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:price>%s</g:price>\n"
                "  <description><![CDATA[<p>") % (sku, html.escape(title, quote=False), html.escape(price, quote=False))
        tail = "</p>]]></description>\n  <g:availability>in_stock</g:availability>\n</item>"
        return Carrier(parts, sep=rng.choice([" ", "</p><p>", "<br>"]), head=head, tail=tail, html_ok=True,
                       esc=_xml_cdata, json_like=True)
    if fmt < 0.6:
        head = '%s;"%s";"%s";"' % (sku, _csv_esc(title), price)
        tail = '";%s' % rng.choice(["1", "0", "12", "35", "4"])
        return Carrier(parts, sep=" ", head=head, tail=tail, esc=_csv_esc, json_like=True)
    if fmt < 0.8:
        labels = kit["feed_labels"]
        head = "%s: %s\n%s: %s\n%s: %s\n%s: " % (labels[0], sku, labels[1], title, labels[2], price, labels[3])
        return Carrier(parts, sep=" ", head=head, tail="", json_like=False)
    obj = {"sku": sku, "title": title, "price": price, "description": "@@BODY@@",
           "stock": rng.randint(0, 80)}
    dumped = json.dumps(obj, ensure_ascii=False)
    head, tail = dumped.split("@@BODY@@")
    return Carrier(parts, sep=" ", head=head, tail=tail, esc=lambda s: json.dumps(s, ensure_ascii=False)[1:-1],
                   json_like=True)


BENIGN_DATA = [
    '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" width="1" height="1" alt="">',
    '<a href="/cart?add=%s&amp;utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=promo%%2Bsummer">',
    '<meta name="csrf-token" content="c2Vzc2lvbi1ub25jZS05ZjNhMmIxYy0wMDQ=">',
    '<script type="application/ld+json">{"@type":"Product","sku":"%s","offers":{"@type":"Offer","priceCurrency":"@CUR@"}}</script>',
    '<link rel="preload" href="/static/app.7f3c9e1b2a.js" as="script" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC">',
    '<input type="hidden" name="q" value="%s">',
    '<img src="/img/p/%s.webp" srcset="/img/p/%s@2x.webp 2x" loading="lazy" alt="%s">',
]


def benign_markup(ctx):
    rng = ctx.rng
    sku = str(rng.randint(10000, 99999))
    t = rng.choice(BENIGN_DATA)
    if t.startswith('<a href'):
        return t % sku + ctx.kit["web_ui"][0] + "</a>"
    if t.startswith('<input'):
        return t % urllib.parse.quote(feed_entry(ctx)[0])
    if t.startswith('<img src="/img'):
        title = feed_entry(ctx)[0]
        return t % (sku, sku, html.escape(title))
    if "%s" in t:
        return (t % sku).replace("@CUR@", ctx.kit.get("currency", "EUR"))
    return t


def build_web(ctx, extra_markup=None, entry=None):
    rng = ctx.rng
    kit = ctx.kit
    title, descs = entry if entry else feed_entry(ctx)
    ui = kit["web_ui"]
    head = '<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s | %s</title></head>\n<body>\n<h1>%s</h1>\n' % (
        kit["html_lang"], html.escape(title), ctx.fill("{shop}"), html.escape(title))
    parts = []
    parts.append('<p class="price">%s</p>' % html.escape(ctx.fill("{price}")))
    for d in descs:
        parts.append("<p>%s</p>" % html.escape(d, quote=False))
    if rng.random() < 0.6:
        parts.append("<p>%s</p>" % html.escape(ctx.draw("web_para"), quote=False))
    if rng.random() < 0.5:
        parts.append("<h2>%s</h2>" % ui[2])
        for _ in range(rng.choice([1, 2])):
            rv = " ".join(draw_set(ctx, "review", rng.choice([1, 2]), generic_only=True))
            parts.append('<div class="review">%s</div>' % html.escape(rv, quote=False))
    if extra_markup:
        for m in extra_markup:
            parts.insert(rng.randint(0, len(parts)), m)
    elif rng.random() < 0.15:
        parts.insert(rng.randint(0, len(parts)), benign_markup(ctx))
    tail = '\n<button class="buy">%s</button>\n</body>\n</html>' % ui[0]
    return Carrier(parts, sep="\n", head=head, tail=tail, html_ok=True)


def build_tool(ctx, inner_kind=None):
    rng = ctx.rng
    kit = ctx.kit
    if inner_kind is None:
        inner_kind = wchoice(rng, [("review", 35), ("ticket", 25), ("feed", 15), ("web", 25)])
    if inner_kind == "review":
        inner = build_review(ctx)
        obj = {"tool": "reviews.search", "product_id": rng.randint(100000, 999999),
               "results": [{"review_id": "r%d" % rng.randint(1000, 99999), "rating": rng.randint(1, 5),
                            "author": ctx.pick("names").split()[0], "text": "@@BODY@@",
                            "verified": rng.random() < 0.7}]}
    elif inner_kind == "ticket":
        inner = Carrier(ticket_parts(ctx), sep=" ")
        obj = {"tool": rng.choice(["orders.get", "helpdesk.get_ticket", "marketplace.messages"]),
               "order_id": ctx.fill("{n}"), "status": ctx.pick("order_status"),
               "customer_message": "@@BODY@@"}
    elif inner_kind == "feed":
        title, descs = feed_entry(ctx)
        inner = Carrier(descs, sep=" ")
        obj = {"tool": "supplier.catalog", "sku": "P%d" % rng.randint(10000, 99999),
               "name": title, "price": ctx.fill("{price}"), "description": "@@BODY@@"}
    else:
        inner = build_web(ctx)
        obj = {"tool": "browser.fetch", "url": "https://%s/p/%d" % (rng.choice(kit["web_domains"]), rng.randint(1000, 99999)),
               "status": 200, "content_type": "text/html", "body": "@@BODY@@"}
    inner_text_carrier = inner
    dumped = json.dumps(obj, ensure_ascii=False)
    head, tail = dumped.split("@@BODY@@")
    esc = lambda s: json.dumps(s, ensure_ascii=False)[1:-1]

    # flatten: the inner carrier's head/tail become part of the JSON string
    c = Carrier(inner_text_carrier.parts, sep=inner_text_carrier.sep, html_ok=inner_text_carrier.html_ok,
                json_like=True)
    ih, it_ = inner_text_carrier.head, inner_text_carrier.tail

    def esc_full(body, ih=ih, it_=it_):
        return esc(ih + body + it_)

    c.head = head
    c.tail = tail
    c.esc = esc_full
    return c


BUILDERS = {
    "review": build_review,
    "ticket": build_ticket,
    "email": build_email,
    "feed": build_feed,
    "web": build_web,
    "tool": build_tool,
}


def build_carrier(ctx, source):
    if source == "review" and ctx.rng.random() < 0.15:
        return build_qa(ctx)
    return BUILDERS[source](ctx)


def build_html_carrier(ctx, source):
    if source == "email":
        return build_email(ctx, html_mode=True)
    if source == "feed":
        return build_feed(ctx, html_mode=True)
    if source == "tool":
        return build_tool(ctx, inner_kind="web")
    return build_web(ctx)


# ---------------------------------------------------------------- obfuscation

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "K": "К", "M": "М", "H": "Н"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5"}


def homoglyph(text, rng):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.6 else c for c in text)


def leet(text, rng):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.85 else c for c in text)


def zero_width(text, rng):
    zw = ["\u200b", "\u200c", "\u200d", "\u2060"]
    z = rng.choice(zw)
    return "".join(c + z if c != " " else c for c in text)


def spaced(text, rng):
    words = text.split()
    return "   ".join(" ".join(w) for w in words)


def encode(scheme, text, rng):
    raw = text.encode("utf-8")
    if scheme == "base64":
        return base64.b64encode(raw).decode("ascii")
    if scheme == "hex":
        h = raw.hex()
        if rng.random() < 0.5:
            return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
        return h
    if scheme == "rot13":
        return codecs.encode(text, "rot13")
    if scheme == "url":
        return urllib.parse.quote(text, safe="")
    raise ValueError(scheme)


# ---------------------------------------------------------------- injection wrappers

SYS_GENERIC = L("""
[SYSTEM] {c}
<|im_start|>system¶{c}<|im_end|>
### SYSTEM ###¶{c}
{"role": "system", "content": "{j}"}
<system>{c}</system>
[INST] <<SYS>> {c} <</SYS>> [/INST]
""")

HIDDEN = {
    "hidden-html-comment": ["<!-- {c} -->", "<!--{c}-->", "<!-- AI: {c} -->", "<!-- note: {c} -->"],
    "hidden-css": [
        '<span style="display:none">{c}</span>',
        '<div style="font-size:0;line-height:0">{c}</div>',
        '<p style="color:#ffffff;background:#ffffff">{c}</p>',
        '<div style="position:absolute;left:-9999px;top:-9999px">{c}</div>',
        '<span style="opacity:0;font-size:1px">{c}</span>',
        '<p class="sr-only" style="clip:rect(0 0 0 0);height:1px;width:1px;overflow:hidden">{c}</p>',
        '<div hidden>{c}</div>',
    ],
    "hidden-alt": [
        '<img src="/img/{n}.jpg" alt="{a}">',
        '<img src="https://cdn.shop-assets.example/{n}.webp" alt="{a}" width="600">',
        '<img alt="{a}" src="/media/galeria/{n}.png">',
    ],
    "hidden-attribute": [
        '<div class="spec" data-ai-note="{a}"></div>',
        '<span title="{a}">ⓘ</span>',
        '<a href="#" aria-label="{a}"></a>',
        '<meta name="description" content="{a}">',
        '<div data-instructions="{a}" class="promo-badge"></div>',
    ],
}

MD_HIDDEN = ["[//]: # ({c})", "[comment]: <> ({c})", "<!-- {c} -->"]

FAMILY_SOURCES = {
    "summary-manipulation": ["review", "tool", "web"],
    "rating-manipulation": ["review", "tool", "web"],
    "ranking-manipulation": ["feed", "web", "review", "tool"],
    "tool-refund": ["ticket", "email", "review", "tool"],
    "tool-coupon": ["ticket", "email", "review", "tool"],
    "tool-cancel": ["ticket", "email", "tool", "feed"],
    "tool-address": ["ticket", "email", "tool"],
    "tool-price": ["feed", "email", "web", "tool"],
    "tool-email": ["ticket", "email", "web", "tool"],
    "prompt-leak": ["ticket", "review", "email", "tool"],
    "memory-poisoning": ["ticket", "review", "email", "tool"],
    "exfil-link": ["web", "email", "ticket", "review", "tool"],
    "exfil-image": ["web", "email", "ticket", "review"],
    "fake-system": ["review", "feed", "web", "tool", "email", "ticket"],
    "fake-turn": ["ticket", "review", "email", "tool"],
}

USER_SOURCES = ("review", "ticket", "email")

STRICT_FAMILIES = ("summary-manipulation", "rating-manipulation")

SOURCE_WEIGHTS = [("review", 32), ("ticket", 18), ("email", 15), ("feed", 12), ("web", 12), ("tool", 11)]


def choose_source(rng, family):
    pref = FAMILY_SOURCES.get(family)
    if pref and (family in STRICT_FAMILIES or rng.random() < 0.65):
        return rng.choice(pref)
    return wchoice(rng, SOURCE_WEIGHTS)


WRAPPERS = [
    ("plain", 44), ("ps", 6), ("standalone", 5), ("fake-system", 7), ("fake-turn", 3),
    ("hidden-html-comment", 4), ("hidden-css", 5), ("hidden-alt", 2), ("hidden-attribute", 2),
    ("hidden-markdown-comment", 2),
    ("encoded-base64", 5), ("encoded-hex", 2), ("encoded-rot13", 2), ("encoded-url", 2),
    ("leetspeak", 2), ("homoglyph", 2), ("zero-width", 3), ("spaced-letters", 2),
]


def make_injection(ctx):
    rng = ctx.rng
    kit = ctx.kit
    family, core_raw = ctx.raw("inj")
    wrapper = wchoice(rng, WRAPPERS)
    if wrapper == "spaced-letters" and len(core_raw) > 100:
        wrapper = "plain"
    if family in ("fake-system", "fake-turn") and wrapper in ("fake-system", "fake-turn", "spaced-letters"):
        wrapper = "plain"
    if wrapper.startswith("hidden-") and wrapper != "hidden-markdown-comment":
        source = rng.choice(["web", "web", "feed", "email", "tool"])
        ctx.casual = ctx.casual and source in USER_SOURCES
        carrier = build_html_carrier(ctx, source)
    else:
        source = choose_source(rng, family)
        ctx.casual = ctx.casual and source in USER_SOURCES
        carrier = build_carrier(ctx, source)
    core = ctx.fill(core_raw)
    fam = family
    pos = wchoice(rng, [("start", 18), ("middle", 32), ("end", 50)])
    payload = core
    if wrapper == "plain":
        piece = core
        if carrier.html_ok:
            piece = rng.choice(["<p>%s</p>", "<p><strong>%s</strong></p>", "<div class=\"note\">%s</div>", "%s",
                                '<div class="review">%s</div>', '<div class="review">%s</div>']) % html.escape(core, quote=False)
        carrier.insert(piece, pos, rng)
    elif wrapper == "standalone" and not carrier.html_ok:
        carrier.parts = [core]
    elif wrapper == "standalone":
        carrier.insert("<p>%s</p>" % html.escape(core, quote=False), pos, rng)
    elif wrapper == "ps":
        carrier.insert("%s %s" % (rng.choice(kit["ps_labels"]), core), "after", rng)
    elif wrapper == "fake-system":
        form = rng.choice(kit["sys_wraps"] + SYS_GENERIC)
        piece = form.replace("{j}", json.dumps(core, ensure_ascii=False)[1:-1]).replace("{c}", core)
        if carrier.html_ok and rng.random() < 0.5:
            piece = "<pre>%s</pre>" % html.escape(piece, quote=False)
        carrier.insert(piece, wchoice(rng, [("start", 25), ("middle", 25), ("end", 50)]), rng)
        fam = "fake-system"
    elif wrapper == "fake-turn":
        form = rng.choice(kit["turn_wraps"])
        piece = form.replace("{c}", core)
        carrier.insert(piece, "end", rng)
        fam = "fake-turn"
    elif wrapper in HIDDEN:
        form = rng.choice(HIDDEN[wrapper])
        piece = form.replace("{c}", html.escape(core, quote=False)).replace("{a}", html.escape(core, quote=True)).replace(
            "{n}", str(rng.randint(1000, 99999)))
        if wrapper == "hidden-html-comment":
            piece = form.replace("{c}", core.replace("-->", "- ->"))
        carrier.insert(piece, pos, rng)
        fam = wrapper
    elif wrapper == "hidden-markdown-comment":
        form = rng.choice(MD_HIDDEN)
        piece = "\n" + form.replace("{c}", core.replace("\n", " ")) + "\n"
        carrier.insert(piece, rng.choice(["start", "end", "end"]), rng)
        fam = wrapper
    elif wrapper.startswith("encoded-"):
        scheme = wrapper.split("-", 1)[1]
        enc = encode(scheme, core, rng)
        lead = rng.choice(kit["enc_leads"])
        piece = lead.replace("{e}", enc).replace("{k}", {"base64": "base64", "hex": "hex", "rot13": "ROT13", "url": "URL"}[scheme])
        if carrier.html_ok and rng.random() < 0.5:
            piece = rng.choice(['<span style="display:none">%s</span>', "<!-- %s -->", "<p>%s</p>"]) % piece
        carrier.insert(piece, rng.choice(["middle", "end", "end", "after"]), rng)
        fam = wrapper
    else:
        fn = {"leetspeak": leet, "homoglyph": homoglyph, "zero-width": zero_width, "spaced-letters": spaced}[wrapper]
        piece = fn(core, rng)
        carrier.insert(piece, pos, rng)
        fam = wrapper
    return source, fam, carrier.render(), payload


STANDALONE_HARD = {"hard-staff-instructions", "hard-human-transcript", "hard-security-notice"}

HARD_SOURCES = {
    "hard-human-imperative": ["ticket", "email", "ticket", "tool"],
    "hard-product-imperative": ["review", "review", "tool"],
    "hard-policy-question": ["review", "ticket", "email"],
    "hard-ai-product-review": ["review", "review", "tool"],
    "hard-chatbot-complaint": ["review", "ticket", "email"],
    "hard-staff-instructions": ["email"],
    "hard-human-transcript": ["ticket", "tool", "email"],
    "hard-product-copy": ["feed", "web", "feed"],
    "hard-social-engineering": ["email", "ticket", "tool"],
    "hard-security-notice": ["email", "web"],
    "hard-refund-request": ["ticket", "email", "tool"],
}


def make_hard(ctx):
    rng = ctx.rng
    kit = ctx.kit
    if rng.random() < 0.07:
        # benign markup, encoded data and developer comments in pages and feeds
        ctx.casual = False
        kind = rng.choice(["hard-benign-markup", "hard-encoded-data"])
        if kind == "hard-benign-markup":
            extra = [ctx.pick("dev_comments")]
            if rng.random() < 0.4:
                extra.append(ctx.pick("dev_comments"))
        else:
            extra = [benign_markup(ctx)]
            if rng.random() < 0.5:
                extra.append(benign_markup(ctx))
        if rng.random() < 0.75:
            return "web", kind, build_web(ctx, extra_markup=extra).render()
        c = build_tool(ctx, inner_kind="web")
        for m in extra:
            c.insert(m, "middle", rng)
        return "tool", kind, c.render()
    kind, raw = ctx.raw("hard")
    source = rng.choice(HARD_SOURCES.get(kind, ["review", "ticket", "email"]))
    ctx.casual = ctx.casual and source in USER_SOURCES
    text = ctx.fill(raw)
    if source != "review":
        text = text.partition("||")[0]
    if kind == "hard-policy-question" and source == "review":
        q, _, a = text.partition("||")
        carrier = Carrier([q], head=rng.choice(kit["qa_heads"]) + " ")
        if a and rng.random() < 0.6:
            carrier.tail = "\n%s %s" % (kit["answer_label"], a)
        return source, kind, carrier.render()
    if kind == "hard-product-copy" and "|" in text:
        title, desc = text.split("|", 1)
        entry = (title, [desc])
        if source == "web":
            return source, kind, build_web(ctx, entry=entry).render()
        return source, kind, build_feed(ctx, entry=entry).render()
    if source == "web" or source == "feed":
        carrier = build_html_carrier(ctx, source) if source == "web" else build_feed(ctx)
    elif source == "review":
        carrier = build_review(ctx, generic_only=True)
    elif source == "email":
        carrier = build_email(ctx, mode="supplier" if kind in STANDALONE_HARD else "customer")
    elif source == "tool":
        inner = "review" if kind in ("hard-ai-product-review", "hard-product-imperative") else "ticket"
        carrier = build_tool(ctx, inner_kind=inner)
    else:
        carrier = build_carrier(ctx, source)
    standalone = (kind in STANDALONE_HARD or rng.random() < 0.3) and source != "web"
    piece = text
    if carrier.html_ok:
        form = "<p>%s</p>"
        if kind in ("hard-ai-product-review", "hard-product-imperative", "hard-chatbot-complaint") and rng.random() < 0.8:
            form = '<div class="review">%s</div>'
        piece = form % html.escape(text, quote=False).replace("\n", "<br>\n")
    if standalone:
        carrier.parts = [piece]
    else:
        carrier.insert(piece, wchoice(rng, [("start", 30), ("middle", 30), ("end", 40)]), rng)
    return source, kind, carrier.render()


def make_plain(ctx):
    source = wchoice(ctx.rng, SOURCE_WEIGHTS)
    ctx.casual = ctx.casual and source in USER_SOURCES
    return source, "benign", build_carrier(ctx, source).render()


# ---------------------------------------------------------------- driver

POOLS = ("review", "question", "ticket", "subject", "email_body", "feed", "web_para")


def flat(groups):
    return [(name, t) for name, items in groups.items() for t in items]


def make_decks(pools, rng):
    """Decks for a dict of pools; 'inj' and 'hard' map family names to item lists."""
    decks = {}
    for pool in POOLS:
        if pools.get(pool):
            decks[pool] = Deck(pools[pool], rng)
    for pool in ("inj", "hard"):
        if pools.get(pool):
            decks[pool] = Deck(flat(pools[pool]), rng)
    return decks


def prepare_kit(kit, rng):
    kit["decks"] = make_decks(kit, rng)
    kit.setdefault("shared_decks", {})
    # chance of drawing from the market's own pool, chosen so that own and shared items wear evenly
    w = kit.get("share_w", 1.0)
    kit["own_p"] = {}
    for pool, deck in kit["decks"].items():
        shared = kit["shared_decks"].get(pool)
        if shared is not None:
            kit["own_p"][pool] = len(deck.items) / (len(deck.items) + w * len(shared.items))
    for pool in POOLS + ("inj", "hard"):
        if pool not in kit["decks"] and pool not in kit["shared_decks"]:
            raise ValueError("kit %s lacks pool %s" % (kit["code"], pool))
    for key in ("review_heads", "ticket_signoffs", "ticket_extra", "ticket_openers", "ticket_subjects", "names", "greetings", "closings", "order_status",
                "dev_comments", "ps_labels", "sys_wraps", "turn_wraps", "enc_leads", "qa_heads"):
        if not kit.get(key):
            raise ValueError("kit %s lacks %s" % (kit["code"], key))
    return kit


def generate_locale(kit, n, rng, seen, inj_share=0.45, hard_share_of_benign=0.58):
    prepare_kit(kit, rng)
    n_inj = round(n * inj_share)
    n_hard = round((n - n_inj) * hard_share_of_benign)
    n_plain = n - n_inj - n_hard
    plan = ["inj"] * n_inj + ["hard"] * n_hard + ["plain"] * n_plain
    rows = []
    casual_p = kit.get("casual_p", 0.0)
    for what in plan:
        for attempt in range(60):
            casual = rng.random() < casual_p
            ctx = Ctx(kit, rng, casual)
            if what == "inj":
                source, fam, text, payload = make_injection(ctx)
                inj = True
            elif what == "hard":
                source, fam, text = make_hard(ctx)
                payload, inj = "", False
            else:
                source, fam, text = make_plain(ctx)
                payload, inj = "", False
            nbytes = len(text.encode("utf-8"))
            if text in seen or nbytes < 40 or nbytes > 3000:
                continue
            seen.add(text)
            rows.append({"source": source, "lang": kit["code"], "family": fam, "text": text,
                         "injection": inj, "payload": payload})
            break
        else:
            raise RuntimeError("could not produce a unique row for %s" % kit["code"])
    return rows
