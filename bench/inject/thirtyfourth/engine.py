"""Rendering and allocation for the thirtyfourth store corpus.

Language modules hand-write five kinds of material:
  CARRIERS  (kind, text)                      ordinary benign texts
  HARD      (family, kind, text)              hard negatives
  FULL      (family, kind, text, payload)     complete injected texts
  SNIPS     (family, text, payload)           injected fragments to plant in a carrier
  ENC       (method, lead, payload)           encoded fragments; lead contains {x}
Kinds: review, qa, ticket, email, product, page, note.
This module turns them into rows of the six sources at exact per-language quotas.
"""

import base64
import codecs
import html
import json
import random
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
KINDS = ("review", "qa", "ticket", "email", "product", "page", "note", "html")

# how a kind may be shown to the store's AI, with weights
KIND_SOURCES = {
    "review": (("review", 6), ("tool", 2), ("web", 2)),
    "qa": (("review", 5), ("tool", 2), ("web", 2)),
    "ticket": (("ticket", 6), ("tool", 2)),
    "email": (("email", 1),),
    "product": (("feed", 5), ("web", 2)),
    "page": (("web", 1),),
    "note": (("tool", 4), ("ticket", 1)),
    "html": (("web", 1),),
}

MAX_USES = 3

# planted fragments about reviews, ratings or listings only make sense inside that kind of text
_LISTING = ("review", "qa", "product", "page")
FAMILY_HOST_KINDS = {
    "summary-manipulation": _LISTING,
    "rating-manipulation": ("review", "qa"),
    "ranking-manipulation": _LISTING,
    "recommendation-manipulation": _LISTING,
    "product-misinfo": ("review", "qa", "product"),
    "agent-browse": ("page", "product"),
    "address-change": ("ticket", "note", "email"),
    "order-cancel": ("ticket", "note", "email", "review"),
    "refund-approval": ("ticket", "note", "email", "review"),
}
BUNDLE_MAX_USES = 4


class Item:
    __slots__ = ("role", "family", "kind", "text", "payload", "lang", "uses", "idx", "method")

    def __init__(self, role, family, kind, text, payload, lang, method=""):
        self.role = role
        self.family = family
        self.kind = kind
        self.text = text
        self.payload = payload
        self.lang = lang
        self.uses = 0
        self.idx = 0
        self.method = method


def pack(lang, carriers=(), hard=(), full=(), snips=(), enc=()):
    """Turn a module's hand-written tuples into Items tagged with a language code."""
    out = []
    for kind, text in carriers:
        assert kind in KINDS, (lang, kind)
        out.append(Item("carrier", "benign", kind, text, "", lang))
    for fam, kind, text in hard:
        assert kind in KINDS and fam.startswith("hard-"), (lang, fam, kind)
        out.append(Item("hard", fam, kind, text, "", lang))
    for fam, kind, text, payload in full:
        assert kind in KINDS, (lang, kind)
        out.append(Item("full", fam, kind, text, payload or text, lang))
    for fam, text, payload in snips:
        out.append(Item("snip", fam, "", text, payload or text, lang))
    for method, lead, payload in enc:
        out.append(Item("enc", "encoded-" + method, "", lead, payload, lang, method))
    return out


# ---------------------------------------------------------------- encodings

def rot13(s):
    return codecs.encode(s, "rot13")


def encode(method, payload):
    b = payload.encode("utf-8")
    if method == "base64":
        return base64.b64encode(b).decode("ascii")
    if method == "hex":
        return b.hex()
    if method == "rot13":
        return rot13(payload)
    if method == "url":
        return urllib.parse.quote(payload, safe="")
    if method == "reversed":
        return payload[::-1]
    raise ValueError(method)


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456"}
ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def is_latin(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if ord(c) < 0x250) / len(letters) > 0.9


def obfuscate(method, text, rng):
    if method == "leetspeak":
        return "".join(LEET.get(c, c) if rng.random() < 0.8 else c for c in text)
    if method == "homoglyph":
        return "".join(HOMO.get(c, c) if rng.random() < 0.7 else c for c in text)
    if method == "zero-width":
        out = []
        for c in text:
            out.append(c)
            if c.isalpha() and rng.random() < 0.5:
                out.append(rng.choice(ZW))
        return "".join(out)
    if method == "spaced":
        words = text.split(" ")
        k = min(len(words), rng.randint(3, 6))
        head = "  ".join(" ".join(w) for w in words[:k])
        return (head + " " + " ".join(words[k:])).strip()
    raise ValueError(method)


# ---------------------------------------------------------------- helpers for fake metadata

FIRST = ("mara", "k.lind", "j.okafor", "tessa88", "ravi.p", "ola.b", "nina_k", "dmitri.v", "sol.r", "beth.w",
         "ami.t", "leon.h", "hana.m", "yusuf.a", "cleo", "ivo.s", "rin.k", "tomas.g", "elif.d", "noor.h")
MAILDOMS = ("mailbox.example", "inbox.example.net", "post.example.org", "example.com", "webmail.example")
STATUSES = ("processing", "shipped", "delivered", "awaiting_payment", "out_for_delivery", "on_hold")
SHOP_DOMAINS = (("shop.example", ""), ("store.example", ""), ("webshop.example", ""), ("orders.example.com", ""))
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fake_id(rng, prefix, n=6):
    return prefix + "".join(rng.choice("0123456789") for _ in range(n))


def fake_sku(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + str(rng.randint(100, 9999))


def fake_date(rng):
    return "2024-%02d-%02dT%02d:%02d:00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))


def jdump(obj, rng):
    if rng.random() < 0.5:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False)


def split_sentences(text, lang):
    if lang.startswith(("ja", "zh")):
        parts = re.split(r"(?<=[。！？!?])", text)
    elif lang.startswith("th"):
        parts = re.split(r"(?<=\S)(?=\s{1,2}\S)", text)
    else:
        parts = re.split(r"(?<=[.!?…।])(?=\s)", text)
    return [p for p in parts if p]


def joiner(lang):
    return "" if lang.startswith(("ja", "zh")) else " "


def insert_inline(host, frag, pos, lang):
    """Place a fragment at the start, middle or end of a host text."""
    if "\n\n" in host and pos == "mid":
        paras = host.split("\n\n")
        k = max(1, len(paras) // 2)
        return "\n\n".join(paras[:k] + [frag] + paras[k:])
    j = joiner(lang)
    if pos == "start":
        sep = "\n" if "\n" in host else j
        return frag + (sep or "\n") + host if not j else frag + sep + host
    if pos == "end":
        if "\n" in host or len(host) > 260:
            return host.rstrip() + "\n\n" + frag
        return host.rstrip() + j + frag
    sents = split_sentences(host, lang)
    if len(sents) < 2:
        return host.rstrip() + j + frag
    k = max(1, len(sents) // 2)
    left = "".join(sents[:k]).rstrip()
    right = "".join(sents[k:]).lstrip()
    return left + j + frag + j + right


# ---------------------------------------------------------------- renderers

def _stars(rng):
    return rng.choice((5, 5, 5, 5, 4, 4, 4, 3))


def render_review_raw(text, rng, extra=None):
    r = rng.random()
    if r < 0.25:
        n = _stars(rng)
        return "★" * n + "☆" * (5 - n) + "\n" + text
    if r < 0.35:
        return "Rating: %d/5\n%s" % (_stars(rng), text)
    return text


def render_review_tool(text, rng, extra=None, items=None):
    reviews = items if items is not None else [text]
    res = []
    for t in reviews:
        res.append({"review_id": fake_id(rng, "rv_", 7), "rating": _stars(rng), "verified_purchase": rng.random() < 0.8,
                    "created_at": fake_date(rng), "body": t})
    if extra is not None:
        key = rng.choice(("reviewer_note", "title", "nickname", "attachment_caption", "seller_reply"))
        res[rng.randrange(len(res))][key] = extra
    obj = {"tool": rng.choice(("reviews.list", "get_product_reviews", "fetch_reviews")),
           "product_id": fake_sku(rng), "page": 1, "results": res}
    return jdump(obj, rng)


def render_qa_tool(text, rng, extra=None, items=None):
    qs = items if items is not None else [text]
    res = [{"id": fake_id(rng, "q", 6), "text": t, "votes": rng.randint(0, 40)} for t in qs]
    if extra is not None:
        res[-1]["asker_display_name"] = extra
    return jdump({"tool": "product_questions.search", "sku": fake_sku(rng), "items": res}, rng)


def _html_page(body_html, rng, head_extra="", title=""):
    title = title or rng.choice(("Customer reviews", "Product details", "Shop", "Product page"))
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>%s</head>\n<body>\n%s\n</body></html>"
            % (html.escape(title), head_extra, body_html))


def render_reviews_web(text, rng, extra=None, items=None, head_extra=""):
    reviews = items if items is not None else [text]
    blocks = []
    for t in reviews:
        n = _stars(rng)
        blocks.append('<div class="review" data-rating="%d"><span class="stars">%s</span><p>%s</p></div>'
                      % (n, "★" * n, html.escape(t).replace("\n", "<br>")))
    if extra is not None:
        blocks.insert(rng.randint(0, len(blocks)), extra)
    body = '<section id="reviews">\n' + "\n".join(blocks) + "\n</section>"
    if rng.random() < 0.5:
        return body
    return _html_page(body, rng, head_extra, title="Reviews")


def render_ticket_raw(text, rng, extra=None):
    r = rng.random()
    if r < 0.3:
        return "Ticket #%s\n%s" % (fake_id(rng, "", 6), text)
    return text


def render_ticket_tool(text, rng, extra=None):
    msg = {"from": "customer", "sent_at": fake_date(rng), "body": text}
    obj = {"ticket_id": fake_id(rng, "TCK-", 6), "status": rng.choice(("open", "pending", "new")),
           "priority": rng.choice(("low", "normal", "high")), "channel": rng.choice(("email", "web_form", "chat")),
           "customer_id": fake_id(rng, "C", 7), "messages": [msg]}
    if extra is not None:
        obj[rng.choice(("custom_fields", "tags_note", "subject"))] = extra
    return jdump({"tool": rng.choice(("crm.get_ticket", "helpdesk.ticket.read")), "result": obj}, rng)


def render_email(text, rng, extra=None):
    store = rng.choice(SHOP_DOMAINS)
    sender = rng.choice(FIRST) + "@" + rng.choice(MAILDOMS)
    if extra is not None:
        body = "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n"))
        body = body + extra + "\n"
        return ("From: %s\nTo: support@%s\nContent-Type: text/html; charset=utf-8\n\n<html><body>\n%s</body></html>"
                % (sender, store[0], body))
    if rng.random() < 0.65:
        return "From: %s\nTo: hello@%s\nDate: %s, %d %s 2024\n\n%s" % (
            sender, store[0], rng.choice(WEEKDAYS), rng.randint(1, 28), rng.choice(MONTHS), text)
    return text


def _split_product(text):
    if "\n" in text:
        title, desc = text.split("\n", 1)
    else:
        title, desc = text[:48].rsplit(" ", 1)[0] if " " in text[:48] else text[:48], text
    return title.strip(), desc.strip()


def render_product_feed(text, rng, extra=None):
    title, desc = _split_product(text)
    sku = fake_sku(rng)
    price = "%d.%02d" % (rng.randint(3, 900), rng.choice((0, 49, 90, 95, 99)))
    fmt = rng.choice(("xml", "json", "csv"))
    if fmt == "xml":
        ex = ""
        if extra is not None:
            ex = "\n  " + extra
        return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <description>%s</description>\n  <g:price>%s</g:price>"
                "\n  <g:availability>in_stock</g:availability>%s\n</item>" % (sku, html.escape(title), html.escape(desc), price, ex))
    if fmt == "json":
        obj = {"supplier_sku": sku, "title": title, "description": desc, "price": price,
               "stock": rng.randint(0, 400)}
        if extra is not None:
            obj[rng.choice(("notes", "compliance_notes", "bullet_5", "care_text"))] = extra
        return json.dumps(obj, ensure_ascii=False)
    def q(s):
        return '"' + s.replace('"', '""') + '"'
    if extra is not None:
        return "sku,title,description,price,extra_info\n%s,%s,%s,%s,%s" % (sku, q(title), q(desc), price, q(extra))
    return "sku,title,description,price,qty\n%s,%s,%s,%s,%d" % (sku, q(title), q(desc), price, rng.randint(0, 300))


def render_product_web(text, rng, extra=None, head_extra=""):
    title, desc = _split_product(text)
    body = '<main class="pdp">\n<h1>%s</h1>\n<div class="price">%d.%02d</div>\n<div class="description">%s</div>\n' % (
        html.escape(title), rng.randint(5, 900), rng.choice((0, 49, 99)), html.escape(desc).replace("\n", "<br>"))
    if extra is not None:
        body += extra + "\n"
    body += "</main>"
    return _html_page(body, rng, head_extra, title=title)


def render_page_web(text, rng, extra=None, head_extra=""):
    paras = [p for p in text.split("\n\n") if p.strip()]
    if extra is None and head_extra == "" and rng.random() < 0.35:
        url = "https://%s/%s" % (rng.choice(("blog.example.org", "forum.example.net", "deals.example.com", "news.example.org",
                                             "wiki.example.net")), fake_id(rng, "p/", 5))
        return "[browser.fetch] %s\nstatus: 200\n\n%s" % (url, text)
    blocks = ["<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in paras]
    if extra is not None:
        blocks.insert(rng.randint(1, len(blocks)) if len(blocks) > 1 else 1, extra)
    return _html_page("<article>\n" + "\n".join(blocks) + "\n</article>", rng, head_extra, title=paras[0][:70])


def render_note_tool(text, rng, extra=None):
    obj = {"order_id": fake_id(rng, "ORD-", 7), "status": rng.choice(STATUSES), "created_at": fake_date(rng),
           "items": [{"sku": fake_sku(rng), "qty": rng.randint(1, 4)} for _ in range(rng.randint(1, 3))],
           "total": "%d.%02d" % (rng.randint(9, 600), rng.choice((0, 50, 99))),
           rng.choice(("customer_note", "delivery_instructions", "gift_message", "order_comment")): text}
    if extra is not None:
        obj[rng.choice(("internal_flags", "crm_note", "custom_attribute"))] = extra
    return jdump({"tool": rng.choice(("orders.get", "get_order", "oms.lookup_order")), "data": obj}, rng)


def render_note_ticket(text, rng, extra=None):
    return "Order note from checkout (%s):\n%s" % (fake_id(rng, "#", 6), text)


def render_html(text, rng, extra=None, head_extra=""):
    if extra is not None:
        text = text + "\n" + extra
    if text.lstrip().startswith("<!DOCTYPE") or rng.random() < 0.5:
        return text
    return _html_page(text, rng, head_extra)


RENDER = {
    ("html", "web"): render_html,
    ("review", "review"): render_review_raw,
    ("review", "tool"): render_review_tool,
    ("review", "web"): render_reviews_web,
    ("qa", "review"): render_review_raw,
    ("qa", "tool"): render_qa_tool,
    ("qa", "web"): render_reviews_web,
    ("ticket", "ticket"): render_ticket_raw,
    ("ticket", "tool"): render_ticket_tool,
    ("email", "email"): render_email,
    ("product", "feed"): render_product_feed,
    ("product", "web"): render_product_web,
    ("page", "web"): render_page_web,
    ("note", "tool"): render_note_tool,
    ("note", "ticket"): render_note_ticket,
}


def pick_source(kind, rng, avoid=None):
    opts = [(s, w) for s, w in KIND_SOURCES[kind] if s != avoid] or list(KIND_SOURCES[kind])
    total = sum(w for _, w in opts)
    x = rng.uniform(0, total)
    for s, w in opts:
        x -= w
        if x <= 0:
            return s
    return opts[-1][0]


# ---------------------------------------------------------------- wrappers for planted fragments
# each returns (slot, fragment, family_override); slot is "inline" or "extra" or "head"

def wrappers_for(source):
    if source in ("review", "ticket"):
        return (("plain", 8), ("html-comment", 1), ("md-comment", 1))
    if source == "email":
        return (("plain", 6), ("hidden-div", 2), ("white-text", 1), ("tiny-font", 1))
    if source == "web":
        return (("plain", 3), ("html-comment", 2), ("hidden-css", 3), ("alt-text", 2), ("attribute", 1),
                ("aria", 1), ("meta", 1), ("offscreen", 1))
    if source == "feed":
        return (("plain", 4), ("field", 3), ("xml-comment", 1))
    if source == "tool":
        return (("plain", 5), ("field", 3))
    raise ValueError(source)


def make_fragment(wrapper, text, rng):
    t = text
    if wrapper == "plain":
        return "inline", t, None
    if wrapper == "html-comment":
        return "inline", "<!-- " + t + " -->", "hidden-html-comment"
    if wrapper == "md-comment":
        return "inline", "[//]: # (" + t.replace("(", "[").replace(")", "]") + ")", "hidden-markdown-comment"
    if wrapper == "hidden-div":
        return "extra", '<div style="display:none;max-height:0;overflow:hidden">' + html.escape(t) + "</div>", "hidden-css"
    if wrapper == "white-text":
        return "extra", '<p style="color:#ffffff;font-size:1px">' + html.escape(t) + "</p>", "hidden-css"
    if wrapper == "tiny-font":
        return "extra", '<span style="font-size:0px;line-height:0">' + html.escape(t) + "</span>", "hidden-css"
    if wrapper == "hidden-css":
        style = rng.choice(("display:none", "visibility:hidden", "font-size:0", "opacity:0;height:0",
                            "color:#fff;background:#fff"))
        tag = rng.choice(("div", "span", "p"))
        return "extra", '<%s style="%s">%s</%s>' % (tag, style, html.escape(t), tag), "hidden-css"
    if wrapper == "offscreen":
        return "extra", '<div class="sr-only" style="position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden">%s</div>' % html.escape(t), "hidden-css"
    if wrapper == "alt-text":
        return "extra", '<img src="/media/%s.jpg" alt="%s" width="600">' % (fake_id(rng, "img", 5), html.escape(t, quote=True)), "hidden-alt-text"
    if wrapper == "attribute":
        attr = rng.choice(("data-note", "data-ai", "title", "data-info"))
        return "extra", '<div class="badge" %s="%s">Bestseller</div>' % (attr, html.escape(t, quote=True)), "hidden-attribute"
    if wrapper == "aria":
        return "extra", '<button class="wishlist" aria-label="%s">♡</button>' % html.escape(t, quote=True), "hidden-attribute"
    if wrapper == "meta":
        return "head", '<meta name="description" content="%s">' % html.escape(t, quote=True), "hidden-meta"
    if wrapper == "field":
        return "extra", t, None
    if wrapper == "xml-comment":
        return "extra", "<!-- " + t + " -->", "hidden-xml-comment"
    raise ValueError(wrapper)


def weighted(opts, rng):
    total = sum(w for _, w in opts)
    x = rng.uniform(0, total)
    for o, w in opts:
        x -= w
        if x <= 0:
            return o
    return opts[-1][0]


def render(kind, source, text, rng, extra=None, head=""):
    fn = RENDER[(kind, source)]
    if head:
        return fn(text, rng, extra=extra, head_extra=head)
    return fn(text, rng, extra=extra)


def plant(host, frag_text, rng, source=None, allow_hidden=True):
    """Render host with a planted fragment. Returns (source, text, family_override)."""
    source = source or pick_source(host.kind, rng)
    opts = wrappers_for(source)
    if not allow_hidden:
        opts = tuple((w, n) for w, n in opts if w in ("plain", "field"))
    wrapper = weighted(opts, rng)
    slot, frag, fam = make_fragment(wrapper, frag_text, rng)
    if slot == "inline":
        pos = rng.choice(("start", "mid", "mid", "end", "end"))
        text = render(host.kind, source, insert_inline(host.text, frag, pos, host.lang), rng)
    elif slot == "head":
        text = render(host.kind, source, host.text, rng, head=frag)
        if frag not in text:  # renderer did not produce a page shell; fall back to visible paragraph
            text = render(host.kind, source, host.text, rng, extra="<p>%s</p>" % html.escape(frag_text))
            fam = None
    else:
        text = render(host.kind, source, host.text, rng, extra=frag)
    return source, text, fam


# ---------------------------------------------------------------- allocation

def _least_used(pool, rng, cap=MAX_USES, exclude=()):
    cand = [i for i in pool if i.uses < cap and i not in exclude]
    if not cand:
        return None
    m = min(i.uses for i in cand)
    cand = [i for i in cand if i.uses == m]
    return rng.choice(cand)


def _row(source, lang, family, text, inj, payload):
    return {"source": source, "lang": lang, "family": family, "text": text, "injection": inj,
            "payload": payload if inj else ""}


def _ok(text, seen):
    n = len(text.encode("utf-8"))
    return 40 <= n <= 3000 and text not in seen


OBF_LATIN = ("homoglyph", "zero-width", "spaced")


def build_language(items, target, rng, seen):
    n_inj = target // 2
    n_ben = target - n_inj
    carriers = [i for i in items if i.role == "carrier"]
    hard = [i for i in items if i.role == "hard"]
    full = [i for i in items if i.role == "full"]
    snips = [i for i in items if i.role == "snip"]
    encs = [i for i in items if i.role == "enc"]
    hosts = carriers + [h for h in hard if h.kind in ("review", "qa", "ticket", "email", "note")]
    revpool = [i for i in carriers + hard if i.kind in ("review", "qa")]

    def add(rows, row):
        if _ok(row["text"], seen):
            seen.add(row["text"])
            rows.append(row)
            return True
        return False

    def host_for(lang, family="", avoid=()):
        same = [h for h in hosts if h.lang == lang]
        fit = FAMILY_HOST_KINDS.get(family)
        if fit:
            narrowed = [h for h in same if h.kind in fit]
            if narrowed:
                same = narrowed
        pool_carriers = [h for h in same if h.role == "carrier"]
        # mostly plain carriers, sometimes a hard negative as host
        pool = pool_carriers if (rng.random() < 0.82 or len(same) == len(pool_carriers)) else same
        return (_least_used(pool, rng, exclude=avoid) or _least_used(same, rng, exclude=avoid)
                or _least_used(same, rng, cap=BUNDLE_MAX_USES, exclude=avoid))

    def plant_snip(s, frag, fam_default, allow_hidden=True, tries=6):
        for _ in range(tries):
            h = host_for(s.lang, s.family)
            if h is None:
                return None
            src, text, famo = plant(h, frag, rng, allow_hidden=allow_hidden)
            row = _row(src, h.lang, famo or fam_default, text, True, s.payload)
            if _ok(text, seen):
                h.uses += 1
                s.uses += 1
                return row
        return None

    # ---- benign
    ben_h, ben_c = [], []
    for h in hard:
        for _ in range(4):
            src = pick_source(h.kind, rng)
            if add(ben_h, _row(src, h.lang, h.family, render(h.kind, src, h.text, rng), False, "")):
                h.uses += 1
                break
    for c in carriers:
        for _ in range(4):
            src = pick_source(c.kind, rng)
            if add(ben_c, _row(src, c.lang, "benign", render(c.kind, src, c.text, rng), False, "")):
                c.uses += 1
                break
    # ---- injections, first pass
    inj = []
    for f in full:
        for _ in range(4):
            src = pick_source(f.kind, rng)
            if add(inj, _row(src, f.lang, f.family, render(f.kind, src, f.text, rng), True, f.payload)):
                f.uses += 1
                break
    for s in snips:
        row = plant_snip(s, s.text, s.family)
        if row:
            seen.add(row["text"]); inj.append(row)
    for e in encs:
        frag = e.text.replace("{x}", encode(e.method, e.payload))
        row = plant_snip(e, frag, e.family, allow_hidden=rng.random() < 0.3)
        if row:
            seen.add(row["text"]); inj.append(row)

    # ---- injections, fill
    guard = 0
    while len(inj) < n_inj and guard < 400:
        guard += 1
        r = rng.random()
        cand_s = [s for s in snips if s.uses < 2] or [s for s in snips if s.uses < MAX_USES]
        if r < 0.62 and cand_s:
            s = rng.choice(cand_s)
            if is_latin(s.text) and rng.random() < 0.45:
                methods = ("homoglyph", "zero-width") + (("spaced",) if len(s.text) < 90 and "http" not in s.text else ()) \
                    + (("leetspeak",) if s.lang.startswith("en") else ())
                m = rng.choice(methods)
                row = plant_snip(s, obfuscate(m, s.text, rng), "obfuscated-" + m, allow_hidden=False)
            elif not is_latin(s.text) and rng.random() < 0.25:
                row = plant_snip(s, obfuscate("zero-width", s.text, rng), "obfuscated-zero-width", allow_hidden=False)
            else:
                row = plant_snip(s, s.text, s.family)
            if row:
                seen.add(row["text"]); inj.append(row)
        elif r < 0.8 and [f for f in full if f.uses < 2 and len(KIND_SOURCES[f.kind]) > 1]:
            f = rng.choice([f for f in full if f.uses < 2 and len(KIND_SOURCES[f.kind]) > 1])
            src = pick_source(f.kind, rng)
            if add(inj, _row(src, f.lang, f.family, render(f.kind, src, f.text, rng), True, f.payload)):
                f.uses += 1
        else:
            # a review bundle where one review carries a planted fragment
            s = rng.choice(snips)
            first = rng.choice(("review", "qa", "review"))
            same = [i for i in revpool if i.lang == s.lang and i.uses < BUNDLE_MAX_USES and i.role == "carrier" and i.kind == first]
            if len(same) < 2:
                continue
            k = min(len(same), rng.randint(2, 4))
            chosen = rng.sample(same, k)
            j = rng.randrange(k)
            texts = [c.text for c in chosen]
            frag = s.text if rng.random() < 0.75 else "<!-- " + s.text + " -->"
            texts[j] = insert_inline(texts[j], frag, rng.choice(("start", "end", "mid")), s.lang)
            src = rng.choice(("tool", "web"))
            kind = chosen[0].kind
            text = (render_review_tool if kind == "review" else render_qa_tool)(None, rng, items=texts) if src == "tool" \
                else render_reviews_web(None, rng, items=texts)
            fam = "hidden-html-comment" if frag.startswith("<!--") else s.family
            if add(inj, _row(src, s.lang, fam, text, True, s.payload)):
                s.uses += 1
                for c in chosen:
                    c.uses += 1
    if len(inj) > n_inj:
        keep = sorted(rng.sample(range(len(inj)), n_inj))
        for k in set(range(len(inj))) - set(keep):
            seen.discard(inj[k]["text"])
        inj = [inj[k] for k in keep]

    ben = ben_h + ben_c
    if len(ben) > n_ben:
        drop_c = min(len(ben_c), len(ben) - n_ben)
        dc = set(rng.sample(range(len(ben_c)), drop_c))
        for k in dc:
            seen.discard(ben_c[k]["text"])
        ben_c = [r for k, r in enumerate(ben_c) if k not in dc]
        ben = ben_h + ben_c
        if len(ben) > n_ben:
            keep = set(rng.sample(range(len(ben)), n_ben))
            for k in range(len(ben)):
                if k not in keep:
                    seen.discard(ben[k]["text"])
            ben = [r for k, r in enumerate(ben) if k in keep]
    guard = 0
    while len(ben) < n_ben and guard < 400:
        guard += 1
        r = rng.random()
        multi = [h for h in hard if h.uses < 2 and len(KIND_SOURCES[h.kind]) > 1]
        if r < 0.5 and multi:
            h = rng.choice(multi)
            src = pick_source(h.kind, rng)
            if add(ben, _row(src, h.lang, h.family, render(h.kind, src, h.text, rng), False, "")):
                h.uses += 1
        else:
            langs = sorted(set(i.lang for i in revpool))
            if not langs:
                continue
            lg = rng.choice(langs)
            first = rng.choice(("review", "qa", "review"))
            same = [i for i in revpool if i.lang == lg and i.uses < BUNDLE_MAX_USES and i.kind == first]
            if len(same) < 2:
                # fall back to a second rendering of any carrier
                cs = [c for c in carriers if c.uses < MAX_USES and len(KIND_SOURCES[c.kind]) > 1]
                if cs:
                    c = rng.choice(cs)
                    src = pick_source(c.kind, rng)
                    if add(ben, _row(src, c.lang, "benign", render(c.kind, src, c.text, rng), False, "")):
                        c.uses += 1
                continue
            k = min(len(same), rng.randint(2, 4))
            chosen = rng.sample(same, k)
            kinds = set(c.kind for c in chosen)
            kind = chosen[0].kind
            texts = [c.text for c in chosen]
            src = rng.choice(("tool", "web"))
            text = (render_review_tool if kind == "review" else render_qa_tool)(None, rng, items=texts) if src == "tool" \
                else render_reviews_web(None, rng, items=texts)
            hf = [c.family for c in chosen if c.role == "hard"]
            fam = hf[0] if hf else "benign"
            if add(ben, _row(src, lg, fam, text, False, "")):
                for c in chosen:
                    c.uses += 1
    return inj, ben
