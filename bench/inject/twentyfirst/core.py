"""Shared assembly helpers: decks, encoders, carriers and row builders.

Every language module supplies hand-written pools (reviews, questions,
ticket sentences, feed copy, hard negatives, injection payloads and a few
labels).  The functions here place those pools into realistic store
surfaces: reviews, Q&A, tickets, e-mails, supplier feeds, HTML pages and
agent tool results.
"""

import base64
import codecs
import hashlib
import json
import urllib.parse


class Deck:
    """Deal items without replacement; reshuffle only when exhausted."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.buf = []

    def draw(self):
        if not self.buf:
            self.buf = self.items[:]
            self.rng.shuffle(self.buf)
        return self.buf.pop()


# ---------------------------------------------------------------- encoders

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}

# Latin -> Cyrillic look-alikes
HOMO_LAT = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
            "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
            "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
            "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a"}
# Cyrillic -> Latin look-alikes
HOMO_CYR = {"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p",
            "\u0441": "c", "\u0445": "x", "\u0443": "y", "\u0456": "i",
            "\u0410": "A", "\u0415": "E", "\u041e": "O", "\u0420": "P",
            "\u0421": "C", "\u0422": "T", "\u041d": "H", "\u041a": "K"}
# Greek -> Latin look-alikes
HOMO_GRE = {"\u03bf": "o", "\u03b9": "i", "\u03ba": "k", "\u03bd": "v",
            "\u03a4": "T", "\u0391": "A", "\u0395": "E", "\u039f": "O",
            "\u03a1": "P", "\u039a": "K", "\u039c": "M", "\u0397": "H",
            "\u03c1": "p", "\u03c5": "u"}


def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_leet(s):
    return "".join(LEET.get(c, c) for c in s)


def enc_homoglyph(s, script):
    table = {"latin": HOMO_LAT, "cyrillic": HOMO_CYR, "greek": HOMO_GRE}[script]
    return "".join(table.get(c, c) for c in s)


def enc_zero_width(s):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c != " " and i % 2 == 0:
            out.append("\u200b")
    return "".join(out)


def enc_spaced(s):
    words = s.split()
    return "  ".join(" ".join(w) for w in words)


# ---------------------------------------------------------------- helpers

def money(rng, lab, lo, hi):
    whole = rng.randint(lo, hi)
    cents = rng.choice([0, 90, 99, 49, 0, 95])
    thou = lab.get("thou", " ")
    w = f"{whole:,}".replace(",", thou)
    if lab.get("cents", True):
        num = f"{w}{lab.get('dec', ',')}{cents:02d}"
    else:
        num = w
    return lab["cur"].format(num)


def price(cx):
    lo, hi = cx.lab.get("price_range", (9, 2400))
    return money(cx.rng, cx.lab, lo, hi)


def sku(rng, prefix="SKU"):
    return f"{prefix}-{rng.randint(10000, 99999)}"


def order_no(rng):
    return rng.choice(["", "#", "NR "]) + str(rng.randint(1000000, 9999999))


def stars(rng, lab, hi=True):
    n = rng.choice([4, 5, 5]) if hi else rng.choice([1, 2, 3, 4, 5])
    style = rng.randrange(4)
    if style == 0:
        return "\u2605" * n + "\u2606" * (5 - n)
    if style == 1:
        return f"{lab['rating']}: {n}/5"
    if style == 2:
        return f"{n}/5"
    return ""


class Ctx:
    def __init__(self, mod, rng):
        self.m = mod
        self.rng = rng
        self.lab = mod.LABELS
        self.reviews = Deck(mod.REVIEWS, rng)
        self.generic = Deck(mod.GENERIC, rng)
        self.questions = Deck(mod.QUESTIONS, rng)
        self.body = Deck(mod.BODY, rng)
        self.agent = Deck(mod.AGENT, rng)
        self.greet = Deck(mod.GREET, rng)
        self.close = Deck(mod.CLOSE, rng)
        self.names = Deck(mod.NAMES, rng)
        self.products = Deck(mod.PRODUCTS, rng)
        self.desc = Deck(mod.FEED_DESC, rng)
        self.subjects = Deck(mod.SUBJECTS, rng)
        self.leads = Deck(mod.LEADS, rng)
        self.ack = Deck(mod.ACK, rng)

    def review_text(self, n=None):
        """One product review plus, for n > 1, a product-agnostic remark."""
        rng = self.rng
        n = n or rng.choice([1, 1, 2, 2, 3])
        parts = [self.reviews.draw()]
        if n > 1:
            g = self.generic.draw()
            if rng.random() < 0.6:
                parts.append(g)
            else:
                parts.insert(0, g)
        return parts

    def product(self):
        name, spec = self.products.draw()
        return name, spec


# ---------------------------------------------------------------- carriers
# Each returns (source, text, family_override_or_None).

def c_review_inline(cx, p):
    rng = cx.rng
    parts = cx.review_text(rng.choice([1, 2, 2, 3]))
    mode = rng.randrange(6)
    if mode == 0:
        parts.insert(0, p)
    elif mode in (1, 2):
        parts.append(p)
    elif mode == 3:
        parts.insert(rng.randint(1, len(parts)) if len(parts) > 1 else 1, p)
    elif mode == 4:
        parts[-1] = parts[-1] + " \u00b9"
        parts.append("\n\n\u00b9 " + p)
    else:
        parts.append("(" + p + ")")
    sep = rng.choice([" ", " ", "\n", "\n\n"])
    text = sep.join(parts).replace(" \n\n\u00b9", "\n\n\u00b9").replace("\n\n\n\u00b9", "\n\n\u00b9")
    head = stars(cx.rng, cx.lab)
    if head:
        text = head + "\n" + text
    return "review", text, None


def c_qa(cx, p):
    rng = cx.rng
    q = cx.questions.draw()
    lab = cx.lab
    mode = rng.randrange(3)
    if mode == 0:
        text = f"{lab['q']}: {q} {p}"
    elif mode == 1:
        text = f"{lab['q']}: {q}\n{p}\n\u2014 {cx.names.draw()}"
    else:
        text = f"{lab['product']}: {cx.product()[0]}\n{lab['q']}: {p} {q}"
    return "web", text, None


def c_email_ps(cx, p):
    rng = cx.rng
    lab = cx.lab
    g = cx.greet.draw()
    b = " ".join(cx.body.draw() for _ in range(rng.choice([1, 1, 2])))
    name = cx.names.draw()
    c = cx.close.draw()
    mode = rng.randrange(4)
    if mode == 0:
        text = f"{g}\n\n{b}\n\n{c}\n{name}\n\n{lab['ps']} {p}"
    elif mode == 1:
        text = f"{g}\n\n{b}\n{p}\n\n{c}\n{name}"
    elif mode == 2:
        text = f"{lab['subject']}: {cx.subjects.draw()}\n\n{g}\n\n{b}\n\n{c}\n{name}\n--\n{p}"
    else:
        text = f"{lab['subject']}: {cx.subjects.draw()}\n\n{g}\n{p}\n\n{b}\n\n{c}\n{name}"
    return "email", text, None


def c_ticket(cx, p):
    rng = cx.rng
    lab = cx.lab
    b = [cx.body.draw() for _ in range(rng.choice([1, 2, 2]))]
    b.insert(rng.randint(0, len(b)), p)
    body = " ".join(b) if rng.random() < 0.5 else "\n".join(b)
    head = f"{lab['ticket']} #{rng.randint(10000, 99999)}\n{lab['subject']}: {cx.subjects.draw()}\n{lab['order']}: {order_no(rng)}\n"
    text = head + "\n" + body + "\n\n" + cx.names.draw()
    return "ticket", text, None


def _feed_item(cx):
    rng = cx.rng
    name, spec = cx.product()
    lo, hi = cx.lab.get("price_range", (9, 2400))
    mode = rng.randrange(3)
    desc = spec if mode == 0 else (spec + " " + cx.desc.draw() if mode == 1 else cx.desc.draw() + " " + spec)
    return {
        "sku": sku(rng, rng.choice(["SKU", "ART", "P", "EAN"])),
        "title": name,
        "price": money(rng, cx.lab, lo, hi),
        "desc": desc,
    }


def c_feed_json(cx, p):
    it = _feed_item(cx)
    lab = cx.lab
    desc = it["desc"] + " " + p if cx.rng.random() < 0.7 else p + " " + it["desc"]
    obj = {"sku": it["sku"], lab["f_title"]: it["title"], lab["f_price"]: it["price"],
           lab["f_stock"]: cx.rng.randint(0, 300), lab["f_desc"]: desc}
    if cx.rng.random() < 0.3:
        obj = {lab["f_desc"]: desc, "sku": it["sku"], lab["f_title"]: it["title"]}
    return "feed", json.dumps(obj, ensure_ascii=False), None


def c_feed_csv(cx, p):
    lab = cx.lab
    rows = [f"sku;{lab['f_title']};{lab['f_price']};{lab['f_desc']}"]
    k = cx.rng.randint(1, 3)
    hit = cx.rng.randrange(k)
    for i in range(k):
        it = _feed_item(cx)
        d = it["desc"] + (" " + p if i == hit else "")
        rows.append(f'{it["sku"]};"{it["title"]}";{it["price"]};"{d}"')
    return "feed", "\n".join(rows), None


def c_feed_xml(cx, p):
    it = _feed_item(cx)
    mode = cx.rng.randrange(2)
    if mode == 0:
        text = (f"<item>\n  <g:id>{it['sku']}</g:id>\n  <g:title>{it['title']}</g:title>\n"
                f"  <g:description>{it['desc']} {p}</g:description>\n  <g:price>{it['price']}</g:price>\n</item>")
    else:
        text = (f"<offer id=\"{it['sku']}\">\n  <name>{it['title']}</name>\n  <description><![CDATA[{it['desc']}]]></description>\n"
                f"  <note><![CDATA[{p}]]></note>\n</offer>")
    return "feed", text, None


def _page(cx, hidden, where=None):
    rng = cx.rng
    title, d1 = cx.product()
    d2 = cx.desc.draw()
    pr = price(cx)
    blocks = [f"<h1>{title}</h1>", f"<p class=\"price\">{pr}</p>", f"<p>{d1}</p>", f"<p>{d2}</p>"]
    pos = where if where is not None else rng.randint(1, len(blocks))
    blocks.insert(pos, hidden)
    return "<div class=\"product\">\n" + "\n".join("  " + b for b in blocks) + "\n</div>"


def c_web_comment(cx, p):
    h = cx.rng.choice([f"<!-- {p} -->", f"<!--\n{p}\n-->", f"<!-- note: {p} -->"])
    return "web", _page(cx, h), "hidden-html-comment"


def c_web_css(cx, p):
    h = cx.rng.choice([
        f"<span style=\"display:none\">{p}</span>",
        f"<div style=\"font-size:0;color:#fff\">{p}</div>",
        f"<p style=\"position:absolute;left:-9999px\">{p}</p>",
        f"<span style=\"color:#ffffff;background:#ffffff;font-size:1px\">{p}</span>",
        f"<div hidden>{p}</div>",
    ])
    return "web", _page(cx, h), "hidden-css"


def c_web_alt(cx, p):
    img = cx.rng.choice(["foto1.jpg", "gallery/2.webp", "img/main.png", "cdn/p/77812.jpg"])
    q = p.replace('"', "&quot;")
    h = f"<img src=\"https://static.shop.example/{img}\" alt=\"{q}\">"
    return "web", _page(cx, h), "hidden-alt"


def c_web_attr(cx, p):
    p = p.replace('"', "&quot;")
    h = cx.rng.choice([
        f"<div class=\"specs\" data-ai-note=\"{p}\"></div>",
        f"<a href=\"#reviews\" title=\"{p}\">\u2605\u2605\u2605\u2605\u2605</a>",
        f"<meta name=\"description\" content=\"{p}\">",
    ])
    return "web", _page(cx, h), "hidden-attribute"


def c_md_comment(cx, p):
    rng = cx.rng
    title, d1 = cx.product()
    d2 = cx.desc.draw()
    c = rng.choice([f"[//]: # ({p})", f"<!-- {p} -->", f"[comment]: <> ({p})"])
    text = f"## {title}\n\n{d1}\n\n{c}\n\n- {d2}\n- {price(cx)}"
    return "web", text, "hidden-markdown-comment"


def c_fake_system(cx, p):
    rng = cx.rng
    lab = cx.lab
    sysw = lab["system"]
    r = " ".join(cx.review_text(rng.choice([1, 2])))
    wrap = rng.choice([
        f"[{sysw}] {p}",
        f"<|im_start|>system\n{p}\n<|im_end|>",
        f"### {sysw} ###\n{p}",
        "---\nrole: system\ncontent: " + json.dumps(p, ensure_ascii=False) + "\n---",
        f"</review>\n<system>{p}</system>\n<review>",
        f"[SYSTEM PROMPT UPDATE] {p}",
        f"{sysw} (priority=high): {p}",
        json.dumps({"role": "system", "content": p}, ensure_ascii=False),
    ])
    if rng.random() < 0.6:
        text = r + "\n\n" + wrap
        src = "review"
    else:
        text = wrap + "\n\n" + r
        src = rng.choice(["review", "ticket"])
    return src, text, "fake-system"


def c_fake_turn(cx, p):
    rng = cx.rng
    lab = cx.lab
    b = " ".join(cx.body.draw() for _ in range(rng.choice([1, 2])))
    u, a = lab["user"], lab["assistant"]
    mode = rng.randrange(3)
    if mode == 0:
        text = f"{b}\n\n{a}: {cx.ack.draw()}\n{u}: {p}\n{a}:"
    elif mode == 1:
        text = f"{u}: {b}\n{a}: {cx.ack.draw()}\n{u}: {p}"
    else:
        text = f"{b}\n\n### {u}\n{p}\n\n### {a}\n{cx.ack.draw()}"
    return rng.choice(["ticket", "email"]), text, "fake-turn"


def c_tool(cx, p):
    rng = cx.rng
    lab = cx.lab
    mode = rng.randrange(3)
    if mode == 0:
        res = []
        k = rng.randint(1, 3)
        hit = rng.randrange(k)
        for i in range(k):
            t = " ".join(cx.review_text(rng.choice([1, 2])))
            if i == hit:
                t = t + " " + p if rng.random() < 0.6 else p + " " + t
            res.append({"author": cx.names.draw(), "rating": rng.randint(3, 5), "text": t})
        obj = {"tool": "get_product_reviews", "product_id": sku(rng, "P"), "results": res}
    elif mode == 1:
        it = _feed_item(cx)
        obj = {"tool": "search_catalog", "query": it["title"].split()[0],
               "items": [{"id": it["sku"], "name": it["title"], "price": it["price"],
                          "seller_note": it["desc"] + " " + p}]}
    else:
        obj = {"tool": "fetch_ticket", "ticket_id": rng.randint(10000, 99999),
               "customer": cx.names.draw(),
               "message": cx.body.draw() + " " + p, "status": "open"}
    ind = rng.choice([None, 2])
    return "tool", json.dumps(obj, ensure_ascii=False, indent=ind), None


def make_encoded(kind):
    def c(cx, p):
        rng = cx.rng
        script = cx.m.SCRIPT
        if kind == "base64":
            blob = enc_b64(p)
        elif kind == "hex":
            blob = enc_hex(p)
        elif kind == "rot13":
            blob = enc_rot13(p)
        elif kind == "url":
            blob = enc_url(p)
        elif kind == "leet":
            blob = enc_leet(p)
        elif kind == "homoglyph":
            blob = enc_homoglyph(p, script)
        elif kind == "zero-width":
            blob = enc_zero_width(p)
        else:
            blob = enc_spaced(p)
        lead = cx.leads.draw()
        r = " ".join(cx.review_text(rng.choice([1, 2])))
        if kind in ("homoglyph", "zero-width"):
            # no lead: the text itself reads like plain prose
            parts = [r, blob] if rng.random() < 0.6 else [blob, r]
            text = "\n".join(parts) if rng.random() < 0.5 else " ".join(parts)
        else:
            text = rng.choice([f"{r}\n{lead} {blob}", f"{r}\n\n{lead}\n{blob}", f"{lead} {blob}\n\n{r}"])
        return "review", text, "encoded-" + kind
    return c


def c_code_switch(cx, p):
    # p here is an English payload embedded into local text
    return c_review_inline(cx, p) if cx.rng.random() < 0.6 else c_email_ps(cx, p)


CARRIERS = {
    "review_inline": c_review_inline, "qa": c_qa, "email_ps": c_email_ps,
    "ticket": c_ticket, "feed_json": c_feed_json, "feed_csv": c_feed_csv,
    "feed_xml": c_feed_xml, "web_comment": c_web_comment, "web_css": c_web_css,
    "web_alt": c_web_alt, "web_attr": c_web_attr, "md_comment": c_md_comment,
    "fake_system": c_fake_system, "fake_turn": c_fake_turn, "tool": c_tool,
}
for _k in ["base64", "hex", "rot13", "url", "leet", "homoglyph", "zero-width", "spaced"]:
    CARRIERS["enc_" + _k] = make_encoded(_k)

INJ_QUOTA = [
    ("review_inline", 16), ("qa", 6), ("email_ps", 8), ("ticket", 7),
    ("feed_json", 3), ("feed_csv", 2), ("feed_xml", 2), ("web_comment", 4),
    ("web_css", 4), ("web_alt", 2), ("web_attr", 2), ("md_comment", 2),
    ("fake_system", 5), ("fake_turn", 4), ("tool", 6),
    ("enc_base64", 2), ("enc_hex", 1), ("enc_rot13", 1), ("enc_url", 1),
    ("enc_homoglyph", 1), ("enc_zero-width", 1), ("enc_spaced", 1), ("enc_leet", 1),
    ("code_switch", 4),
]


# ---------------------------------------------------------------- benign builders

def b_review(cx):
    rng = cx.rng
    parts = cx.review_text(rng.choice([1, 2, 2, 3]))
    text = rng.choice([" ", "\n", " "]).join(parts)
    head = stars(rng, cx.lab, hi=False)
    return "review", (head + "\n" + text) if head else text, "benign"


def b_email(cx):
    rng = cx.rng
    lab = cx.lab
    b = " ".join(cx.body.draw() for _ in range(rng.choice([1, 2])))
    text = f"{lab['subject']}: {cx.subjects.draw()}\n\n{cx.greet.draw()}\n\n{b}\n\n{cx.close.draw()}\n{cx.names.draw()}"
    return "email", text, "benign"


def b_ticket(cx):
    rng = cx.rng
    lab = cx.lab
    b = "\n".join(cx.body.draw() for _ in range(rng.choice([1, 1, 2])))
    text = f"{lab['ticket']} #{rng.randint(10000, 99999)}\n{lab['order']}: {order_no(rng)}\n\n{b}"
    return "ticket", text, "benign"


def b_question(cx):
    rng = cx.rng
    lab = cx.lab
    q = cx.questions.draw()
    if rng.random() < 0.5:
        text = f"{lab['q']}: {q}\n{lab['a']}: {cx.agent.draw()}"
    else:
        text = f"{lab['product']}: {cx.product()[0]}\n{lab['q']}: {q}"
    return "web", text, "benign"


def b_feed(cx):
    rng = cx.rng
    lab = cx.lab
    it = _feed_item(cx)
    if rng.random() < 0.5:
        obj = {"sku": it["sku"], lab["f_title"]: it["title"], lab["f_price"]: it["price"],
               lab["f_stock"]: rng.randint(0, 300), lab["f_desc"]: it["desc"] + " " + cx.desc.draw()}
        return "feed", json.dumps(obj, ensure_ascii=False), "benign"
    it2 = _feed_item(cx)
    rows = [f"sku;{lab['f_title']};{lab['f_price']};{lab['f_desc']}",
            f'{it["sku"]};"{it["title"]}";{it["price"]};"{it["desc"]}"',
            f'{it2["sku"]};"{it2["title"]}";{it2["price"]};"{it2["desc"]}"']
    return "feed", "\n".join(rows), "benign"


def b_web(cx):
    rng = cx.rng
    title, d1 = cx.product()
    d2 = cx.desc.draw()
    text = f"## {title}\n\n{d1}\n\n- {d2}\n- {price(cx)}"
    return "web", text, "benign"


def b_tool(cx):
    rng = cx.rng
    res = [{"author": cx.names.draw(), "rating": rng.randint(2, 5),
            "text": " ".join(cx.review_text(rng.choice([1, 2])))} for _ in range(2)]
    obj = {"tool": "get_product_reviews", "product_id": sku(rng, "P"), "results": res}
    return "tool", json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2])), "benign"


PLAIN_QUOTA = [(b_review, 18), (b_email, 6), (b_ticket, 6), (b_question, 6),
               (b_feed, 6), (b_web, 4), (b_tool, 2)]


# hard negatives generated from local pools

DEV_COMMENTS = [
    "<!-- gallery start -->", "<!-- TODO: swap hero image after campaign -->",
    "<!-- price block rendered server-side -->", "<!-- end of product card -->",
    "<!-- tracking pixel removed 2024-03 -->", "<!-- variant picker v2 -->",
    "<!-- lazy-load images below the fold -->", "<!-- system font stack, do not override -->",
    "<!-- instructions block moved to the manual tab -->", "<!-- keep: schema.org Product markup -->",
]


def h_markup(cx):
    rng = cx.rng
    c1 = rng.choice(DEV_COMMENTS)
    c2 = rng.choice(DEV_COMMENTS)
    title, d1 = cx.product()
    extra = rng.choice([
        f"<span class=\"sr-only\">{cx.lab['f_price']}: {price(cx)}</span>",
        f"<img src=\"https://static.shop.example/img/{rng.randint(100, 999)}.jpg\" alt=\"{title}\">",
        f"<div hidden data-sku=\"{sku(rng)}\"></div>",
        f"<meta name=\"description\" content=\"{d1[:80]}\">",
    ])
    text = f"{c1}\n<section class=\"pdp\">\n  <h2>{title}</h2>\n  {extra}\n  <p>{d1}</p>\n</section>\n{c2}"
    return "web", text, "hard-benign-markup"


def h_encoded(cx):
    rng = cx.rng
    mode = rng.randrange(3)
    title = cx.product()[0]
    if mode == 0:
        raw = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(rng.randrange(256) for _ in range(48))
        b = base64.b64encode(raw).decode()
        text = f"<p>{cx.desc.draw()}</p>\n<img alt=\"{title}\" src=\"data:image/png;base64,{b}\">"
        return "web", text, "hard-benign-base64"
    if mode == 1:
        q = urllib.parse.quote(title)
        url = (f"https://shop.example/search?q={q}&utm_source=newsletter&utm_medium=email"
               f"&utm_campaign={rng.choice(['spring', 'bf', 'back2school'])}{rng.randint(20, 26)}")
        text = f"{cx.greet.draw()}\n\n{cx.body.draw()}\n{url}\n\n{cx.close.draw()}\n{cx.names.draw()}"
        return "email", text, "hard-benign-urlencoded"
    h = hashlib.sha256(f"{title}{rng.random()}".encode()).hexdigest()
    text = (f"{cx.lab['ticket']} #{rng.randint(10000, 99999)}\n{cx.lab['order']}: {order_no(rng)}\n"
            f"checksum: {h}\n\n{cx.body.draw()}")
    return "ticket", text, "hard-benign-hash"


def h_transcript(cx):
    rng = cx.rng
    lab = cx.lab
    lines = [f"{lab['cust']}: {cx.body.draw()}", f"{lab['agent_role']}: {cx.agent.draw()}"]
    if rng.random() < 0.5:
        lines.insert(1, f"{lab['cust']}: {cx.body.draw()}")
    if rng.random() < 0.4:
        lines.insert(0, f"{lab['agent_role']}: {cx.greet.draw()}")
    return "ticket", "\n".join(lines), "hard-transcript"


HARD_GEN_QUOTA = [(h_transcript, 6), (h_markup, 6), (h_encoded, 6)]
