"""Shared machinery: pool parsing, encoders, carriers and row assembly."""

import base64
import codecs
import html
import json
import random
import re
import unicodedata
import urllib.parse
import zlib

LATIN = {"en", "de", "fr", "es", "pt-BR", "pt-PT", "it", "pl", "nl", "cs",
         "ro", "hu", "id", "ms"}

BUSINESSES = ("fashion", "jewel", "toys", "soft", "home")


# ---------------------------------------------------------------- parsing

def lines(block):
    """Non-empty, non-comment lines of a block; a literal \\n becomes a newline."""
    out = []
    for raw in block.strip("\n").split("\n"):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        out.append(s.replace("\\n", "\n"))
    return out


def inj_items(block):
    """Lines 'kind | slots | text' or 'kind | slots | text || payload'."""
    items = []
    for ln in lines(block):
        kind, slots, rest = [p.strip() for p in ln.split(" | ", 2)]
        if " || " in rest:
            text, payload = [p.strip() for p in rest.split(" || ", 1)]
        else:
            text, payload = rest, rest
        items.append({"kind": kind, "slots": slots, "text": text,
                      "payload": payload})
    return items


def hard_items(block):
    """Lines 'kind | slot | text'."""
    items = []
    for ln in lines(block):
        kind, slot, text = [p.strip() for p in ln.split(" | ", 2)]
        items.append({"kind": kind, "slot": slot, "text": text})
    return items


# ---------------------------------------------------------------- encoders

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
        "c": "\u0441", "x": "\u0445", "i": "\u0456", "y": "\u0443",
        "A": "\u0410", "E": "\u0415", "O": "\u041e", "T": "\u0422"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def enc_base64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_leet(s):
    return "".join(LEET.get(ch, ch) for ch in s)


def enc_homoglyph(s):
    out = []
    for i, ch in enumerate(s):
        out.append(HOMO.get(ch, ch) if i % 2 == 0 else ch)
    return "".join(out)


def enc_zero_width(s):
    zw = ["\u200b", "\u200c", "\u200d"]
    return "".join(ch + (zw[i % 3] if ch != " " else "") for i, ch in enumerate(s))


def enc_spaced(s):
    return " ".join(ch for ch in s if ch != " ").replace("  ", " ")


ENCODERS = {
    "encoded-base64": enc_base64,
    "encoded-hex": enc_hex,
    "encoded-rot13": enc_rot13,
    "encoded-url": enc_url,
    "leetspeak": enc_leet,
    "homoglyph": enc_homoglyph,
    "zero-width": enc_zero_width,
    "spaced-letters": enc_spaced,
}

HIDDEN = ["hidden-html-comment", "hidden-css", "alt-text", "hidden-attribute",
          "meta-tag", "json-ld", "markdown-comment"]


def esc(s):
    return html.escape(s, quote=True)


def hidden_snippet(rng, kind, text):
    t = esc(text)
    if kind == "hidden-html-comment":
        return rng.choice([f"<!-- {text} -->", f"<!--\n{text}\n-->",
                           f"<!-- note: {text} -->"])
    if kind == "hidden-css":
        return rng.choice([
            f'<span style="display:none">{t}</span>',
            f'<div style="font-size:0;line-height:0;color:#ffffff">{t}</div>',
            f'<p style="position:absolute;left:-9999px" aria-hidden="true">{t}</p>',
            f'<span class="visually-hidden" style="opacity:0">{t}</span>',
            f'<div hidden>{t}</div>',
            f'<font color="#fefefe" size="1">{t}</font>',
        ])
    if kind == "alt-text":
        img = rng.choice(["detail-2.jpg", "lifestyle.webp", "size-chart.png",
                          "pack-shot_03.jpg", "banner-ss.png", "unbox.jpg"])
        return f'<img src="/media/catalog/{img}" alt="{t}" loading="lazy">'
    if kind == "hidden-attribute":
        attr = rng.choice(["data-note", "title", "aria-label", "data-seo",
                           "data-comment"])
        return f'<div class="spec-row" {attr}="{t}"></div>'
    if kind == "meta-tag":
        nm = rng.choice(["description", "ai-instructions", "robots-note",
                         "og:description", "summary"])
        prop = "property" if nm.startswith("og:") else "name"
        return f'<meta {prop}="{nm}" content="{t}">'
    raise ValueError(kind)


# ---------------------------------------------------------------- helpers

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[^\sa-z0-9(])|(?<=[。！？])")


def split_sentences(text):
    parts = [p for p in SENT_SPLIT.split(text) if p]
    return parts


def insert_at(rng, carrier, inj, pos=None, cjk=False):
    """Place inj into carrier at the start, middle or end."""
    pos = pos or rng.choice(["start", "end", "end", "middle", "middle"])
    sep = "" if cjk else " "
    if rng.random() < 0.3:
        sep = "\n\n" if rng.random() < 0.5 else "\n"
    if pos == "start":
        return inj + sep + carrier
    if pos == "end":
        return carrier + sep + inj
    parts = split_sentences(carrier)
    if len(parts) < 2:
        return carrier + sep + inj
    k = rng.randint(1, len(parts) - 1)
    j = "" if cjk else " "
    return j.join(parts[:k]) + sep + inj + sep + j.join(parts[k:])


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if ord(ch) < 128)
    s = re.sub(r"[^A-Za-z0-9]+", ".", s).strip(".").lower()
    return s


def jdump(rng, obj):
    if rng.random() < 0.55:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False)


class Ctx:
    def __init__(self, spec, rng):
        self.s = spec
        self.r = rng
        self.lang = spec["lang"]
        self.cjk = spec["lang"].split("-")[0] in ("zh", "ja")

    # --- random bits
    def pick(self, key):
        return self.r.choice(self.s[key])

    def name(self):
        return self.r.choice(self.s["names"])

    def mail(self, name=None):
        name = name or self.name()
        local = slug(name)
        if len(local) < 3:
            local = self.r.choice(["buyer", "kunde", "cust", "user", "mail",
                                   "shopper", "home"]) + str(self.r.randint(10, 9999))
        elif self.r.random() < 0.4:
            local += str(self.r.randint(1, 99))
        dom = self.r.choice(["mail.example", "inbox.example", "post.example",
                             "example.com", "example.net", "webmail.example"])
        return f"{local}@{dom}"

    def biz(self):
        return self.r.choice(BUSINESSES)

    def store(self, biz=None):
        biz = biz or self.biz()
        nm = self.s["stores"][biz]
        stem = slug(nm).replace(".", "-")
        if len(stem) < 4 or stem in ("soft",):
            stem = self.lang.split("-")[0].lower() + "-" + {"fashion": "shoes", "jewel": "jewels", "toys": "toys",
                                                             "soft": "keys", "home": "diy"}[biz] + "-shop"
        return nm, stem + ".example"

    def product(self, biz=None):
        biz = biz or self.biz()
        return self.r.choice(self.s["products"][biz])

    def price(self):
        lo, hi = self.s.get("price_range", (5, 400))
        v = self.r.uniform(lo, hi)
        if hi > 5000:
            return int(round(v, -2))
        return round(v, 2)

    def money(self, v):
        return self.s["money"](v)

    def date(self):
        y = self.r.choice([2024, 2025])
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d, self.r.randint(7, 22), self.r.randint(0, 59)

    def iso(self):
        y, m, d, H, M = self.date()
        return f"{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{self.r.randint(0,59):02d}Z"

    def ldate(self, back=None):
        if back is None:
            y, m, d, H, M = self.date()
            self._last = (y, m, d, H, M)
        else:
            y, m, d, H, M = self._last
            d -= back
            while d < 1:
                m -= 1
                d += 28
                if m < 1:
                    m, y = 12, y - 1
            H = self.r.randint(8, 18)
            M = self.r.randint(0, 59)
        return self.s["datefmt"].format(y=y, m=m, d=d, H=H, M=M)

    def oid(self):
        pre = self.r.choice(["", "#", "SO-", "ORD-", "A", "W"])
        return f"{pre}{self.r.randint(100000, 9999999)}"

    def sku(self):
        return f"{self.r.choice('ABCDEFGHJKLMNPRSTUVWXZ')}{self.r.choice('ABCDEFGHJKLMNPRSTUVWXZ')}-{self.r.randint(1000, 99999)}"

    def title(self):
        """Listing title taken from the current description carrier, if any."""
        t = getattr(self, "cur", None)
        if not t:
            return self.product()
        first = split_sentences(t)[0] if split_sentences(t) else t
        if self.cjk or self.lang.split("-")[0] in ("ko", "th"):
            return first[:18].rstrip("，。,. ")
        head = first.split(",")[0].rstrip(".")
        if len(head) <= 56:
            return head
        words = head.split()
        out = []
        for w in words:
            if len(" ".join(out + [w])) > 48:
                break
            out.append(w)
        while len(out) > 2 and len(out[-1]) <= 4 and out[-1].islower():
            out.pop()
        return " ".join(out).rstrip(",.;:–-") or first[:40]

    def carrier_text(self, slot):
        return self.r.choice(self.s["carriers"][slot])

    def reply(self):
        return self.r.choice(self.s["replies"])

    def address(self):
        return self.r.choice(self.s["addresses"])


# ---------------------------------------------------------------- wrappers
# Each returns (source, text). `t` is the stranger-controlled field content.
# `hid` is an optional raw HTML snippet (only for HTML-capable wrappers).

def w_order(c, t, hid=None):
    r = c.r
    biz = c.biz()
    items = []
    for _ in range(r.randint(1, 3)):
        items.append({"sku": c.sku(), "name": c.product(biz),
                      "qty": r.randint(1, 3), "unit_price": c.price()})
    key = r.choice(["customer_note", "buyer_note", "order_comment", "notes",
                    "comment_from_customer"])
    nm = c.name()
    obj = {"order_id": c.oid(),
           "status": r.choice(["processing", "paid", "shipped", "on_hold",
                               "awaiting_fulfillment", "delivered"]),
           "created_at": c.iso(),
           "customer": {"name": nm, "email": c.mail(nm)},
           "shipping_address": c.address(),
           "items": items,
           key: t}
    if r.random() < 0.5:
        obj["currency"] = c.s["currency"]
    if r.random() < 0.4:
        obj["tags"] = r.sample(["vip", "first_order", "gift", "express",
                                "marketplace", "b2b", "repeat"], 2)
    head = r.choice(["", "get_order result:\n", "tool_result (orders.lookup):\n",
                     "", "Order lookup OK\n"])
    return "tool", head + jdump(r, obj)


def w_return(c, t, hid=None):
    r = c.r
    obj = {"return_id": f"RMA-{r.randint(10000, 99999)}",
           "order_id": c.oid(),
           "item": c.product(),
           "reason_code": r.choice(["wrong_size", "damaged", "not_as_described",
                                    "changed_mind", "late_delivery", "defective"]),
           "customer_comment": t,
           "requested_at": c.iso(),
           "refund_method": r.choice(["original_payment", "store_credit",
                                      "bank_transfer"])}
    if r.random() < 0.5:
        obj["photos"] = [f"https://cdn.returns.example/{r.randint(10**6, 10**7)}.jpg"]
    return "tool", r.choice(["", "returns.get -> ", "RETURN REQUEST\n"]) + jdump(r, obj)


def w_tracker(c, t, hid=None):
    r = c.r
    evs = []
    for lbl in r.sample(c.s["track_events"], min(3, len(c.s["track_events"]))):
        evs.append({"ts": c.iso(), "status": lbl})
    obj = {"tracking_number": f"{r.choice(['JD', '1Z', 'LX', 'CP', 'RR'])}{r.randint(10**9, 10**10)}",
           "carrier": c.pick("couriers"),
           "events": evs,
           r.choice(["sender_reference_note", "consignee_remark",
                     "customer_comment"]): t}
    return "tool", jdump(r, obj)


def w_profile(c, t, hid=None):
    r = c.r
    nm = c.name()
    obj = {"customer_id": f"cus_{r.randint(10**5, 10**6)}",
           "display_name": nm,
           "email": c.mail(nm),
           "orders_count": r.randint(1, 40),
           "lifetime_value": c.price() * r.randint(1, 6),
           "marketing_opt_in": r.random() < 0.5,
           r.choice(["about_me", "preferences", "customer_comment",
                     "profile_note"]): t}
    return "tool", r.choice(["crm.get_customer:\n", "", "Customer profile\n"]) + jdump(r, obj)


def w_webhook(c, t, hid=None):
    r = c.r
    obj = {"id": f"evt_{r.randint(10**11, 10**12)}",
           "type": r.choice(["payment_intent.succeeded", "charge.dispute.created",
                             "checkout.session.completed", "payment.captured"]),
           "created": r.randint(1700000000, 1760000000),
           "data": {"object": {"amount": r.randint(500, 90000),
                               "currency": c.s["currency"].lower(),
                               "metadata": {"order": c.oid(),
                                            r.choice(["customer_message",
                                                      "order_comment",
                                                      "note"]): t}}}}
    return "tool", jdump(r, obj)


def w_crm(c, t, hid=None):
    r = c.r
    nm = c.name()
    staff = c.s.get("staff_notes") or []
    notes = []
    if staff and r.random() < 0.7:
        notes.append({"author": r.choice(["agent.m", "ops", "cs-team", "l2"]),
                      "text": r.choice(staff)})
    obj = {"contact": nm, "email": c.mail(nm), "channel": r.choice(["email", "chat", "form", "whatsapp"]),
           "last_inbound_message": t, "internal_notes": notes,
           "open_tickets": r.randint(0, 3)}
    return "tool", jdump(r, obj)


def subject(c):
    r = c.r
    x = r.random()
    order = c.s["ticket"][3]
    if x < 0.3:
        return f"{r.choice(['', 'Re: ', 'RE: ', 'AW: ' if c.lang == 'de' else 'Fwd: '])}{order} {c.oid()}"
    if x < 0.36:
        return "(no subject)" if c.lang == "en" else c.s["subjects"][0]
    return r.choice(c.s["subjects"])


def w_email(c, t, hid=None):
    r = c.r
    L = c.s["email"]
    nm = c.name()
    sname, sdom = c.store()
    body = t
    if hid:
        body = f"<html><body><p>{esc(t)}</p>\n{hid}\n</body></html>"
    parts = [f"{L['from']}: {nm} <{c.mail(nm)}>",
             f"{L['to']}: {r.choice(['support', 'service', 'hello', 'orders', 'info'])}@{sdom}",
             f"{L['subj']}: {subject(c)}",
             f"{L['date']}: {c.ldate()}", "", body]
    if not hid and r.random() < 0.6:
        parts += ["", r.choice(L["bye"]), nm.split()[0] if " " in nm else nm]
    if r.random() < 0.45:
        q = L["quote"].format(d=c.ldate(back=r.randint(1, 6)), n=sname)
        parts += ["", q] + ["> " + x for x in c.reply().split("\n")]
    return "email", "\n".join(parts)


def w_chat(c, t, hid=None):
    r = c.r
    cu, ag = c.s["chat"]
    agent = r.choice(c.s["agents"])
    mins = r.randint(8 * 60, 21 * 60)

    def ts(step):
        nonlocal mins
        mins += step
        return f"{mins // 60:02d}:{mins % 60:02d}"
    msgs = [f"[{ts(0)}] {ag} ({agent}): {r.choice(c.s['chat_open'])}"]
    msgs.append(f"[{ts(r.randint(0, 2))}] {cu}: {t}")
    if r.random() < 0.7:
        msgs.append(f"[{ts(r.randint(1, 6))}] {ag} ({agent}): {c.reply()}")
    head = r.choice(["Chat transcript", "helpdesk.get_conversation", "Conversation #" + str(r.randint(10000, 99999))])
    return "ticket", head + "\n" + "\n".join(msgs)


def w_ticket(c, t, hid=None):
    r = c.r
    T = c.s["ticket"]
    nm = c.name()
    parts = [f"{T[0]}: {r.randint(10000, 999999)}", f"{T[1]}: {subject(c)}",
             f"{T[2]}: {nm} <{c.mail(nm)}>", f"{T[3]}: {c.oid()}", "", t]
    return "ticket", "\n".join(parts)


def w_review_api(c, t, hid=None):
    r = c.r
    revs = []
    pool = [x for x in c.s["carriers"]["review"] if x not in t]
    names = r.sample(c.s["names"], min(3, len(c.s["names"])))
    for k in range(r.randint(0, 2)):
        revs.append({"rating": r.randint(3, 5), "author": names[k],
                     "body": pool.pop(r.randrange(len(pool)))})
    revs.insert(r.randint(0, len(revs)), {"rating": r.randint(1, 5), "author": names[-1],
                                         "verified": r.random() < 0.7, "body": t})
    obj = {"seller": r.choice(c.s["sellers"]), "average": round(r.uniform(3.1, 4.9), 1),
           "recent_feedback": revs}
    return "tool", r.choice(["reviews.list ->\n", "", "tool_output:\n"]) + jdump(r, obj)


def w_review_plain(c, t, hid=None):
    r = c.r
    stars = r.randint(1, 5)
    head = r.choice(["★" * stars + "☆" * (5 - stars), f"{stars}/5", f"Rating: {stars}"])
    return "review", f"{head}\n{t}\n— {c.name()}"


def w_review_html(c, t, hid=None):
    r = c.r
    other = r.choice([x for x in c.s["carriers"]["review"] if x not in t])
    body = esc(t)
    block = [f'<div class="review" data-rating="{r.randint(1, 5)}">',
             f'  <span class="author">{esc(c.name())}</span>',
             f'  <p class="review-body">{body}</p>']
    if hid:
        block.append("  " + hid)
    block.append("</div>")
    o = [f'<div class="review" data-rating="{r.randint(3, 5)}">',
         f'  <span class="author">{esc(c.name())}</span>',
         f'  <p class="review-body">{esc(other)}</p>', "</div>"]
    blocks = [o, block] if r.random() < 0.5 else [block, o]
    html_ = ['<section id="reviews">', f"<h2>{esc(c.s['ui']['reviews'])}</h2>"]
    for b in blocks:
        html_ += b
    html_.append("</section>")
    return "web", "\n".join(html_)


def w_qa_api(c, t, hid=None):
    r = c.r
    obj = {"listing_id": c.sku(), "questions": [
        {"id": r.randint(1000, 99999), "asked_by": c.name(), "question": t,
         "answers": [] if r.random() < 0.5 else [{"by": "seller", "text": c.reply()}]}]}
    if r.random() < 0.4:
        obj["questions"].append({"id": r.randint(1000, 99999), "asked_by": c.name(),
                                 "question": c.carrier_text("question"), "answers": []})
    return "tool", r.choice(["qa.fetch:\n", "", "product_questions =\n"]) + jdump(r, obj)


def w_qa_html(c, t, hid=None):
    r = c.r
    parts = ['<div class="qa">', f'<h3>{esc(c.s["ui"]["qa"])}</h3>',
             f'<div class="q"><b>{esc(c.name())}:</b> {esc(t)}</div>']
    if hid:
        parts.append(hid)
    if r.random() < 0.35:
        parts.append(f'<div class="a">{esc(c.reply())}</div>')
    parts.append("</div>")
    return "web", "\n".join(parts)


def w_csv(c, t, hid=None):
    r = c.r
    biz = c.biz()
    head = r.choice(["sku;title;price;stock;description", "sku,name,net_price,qty,notes",
                     "ean;artikel;ek;bestand;beschreibung" if c.lang == "de" else "id;title;cost;stock;long_description"])
    sep = ";" if ";" in head else ","
    rows = [head]
    n = r.randint(2, 4)
    k = r.randint(0, n - 1)
    for i in range(n):
        desc = t if i == k else ""
        if i != k and r.random() < 0.4:
            desc = c.carrier_text("desc")
        desc = '"' + desc.replace('"', '""') + '"'
        price = c.price()
        title = c.title() if i == k else c.product(biz)
        rows.append(sep.join([c.sku(), '"' + title.replace('"', "'") + '"', f"{price}",
                              str(r.randint(0, 500)), desc]))
    return "feed", "\n".join(rows)


def w_xml(c, t, hid=None):
    r = c.r
    tx = esc(t)
    if hid:
        tx = "<![CDATA[" + t + "\n" + hid + "]]>"
    x = ['<?xml version="1.0" encoding="UTF-8"?>', "<feed>", "  <item>",
         f"    <g:id>{c.sku()}</g:id>", f"    <title>{esc(c.title())}</title>",
         f"    <description>{tx}</description>",
         f"    <g:price>{c.price()} {c.s['currency']}</g:price>",
         f"    <g:availability>{r.choice(['in stock', 'preorder', 'out of stock'])}</g:availability>",
         "  </item>", "</feed>"]
    return "feed", "\n".join(x)


def w_listing(c, t, hid=None):
    r = c.r
    obj = {"url": f"https://{r.choice(['market', 'bazaar', 'mall', 'shop'])}.example/item/{r.randint(10**6, 10**8)}",
           "title": c.title(), "seller": r.choice(c.s["sellers"]),
           "price": c.money(c.price()), "rating": round(r.uniform(3.5, 5), 1),
           "description": t}
    if hid:
        obj["description_html"] = "<p>" + esc(t) + "</p>" + hid
        del obj["description"]
    return "tool", r.choice(["web_scrape result:\n", "", "marketplace.fetch_listing ->\n"]) + jdump(r, obj)


def w_product_html(c, t, hid=None):
    r = c.r
    prod = c.title()
    sname = r.choice(c.s["sellers"])
    price = c.price()
    ld = {"@context": "https://schema.org", "@type": "Product", "name": prod,
          "sku": c.sku(), "offers": {"@type": "Offer", "price": str(price),
                                     "priceCurrency": c.s["currency"]}}
    h = ["<!DOCTYPE html>", f'<html lang="{c.lang}">', "<head>",
         f"<title>{esc(prod)} | {esc(sname)}</title>",
         f'<meta charset="utf-8">']
    if hid and hid.startswith("<meta"):
        h.append(hid)
        hid = None
    h.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    h += ["</head>", "<body>", f"<h1>{esc(prod)}</h1>",
          f'<div class="price">{esc(c.money(price))}</div>',
          '<div class="description">', f"<p>{esc(t)}</p>"]
    if hid:
        h.append(hid)
    h += ["</div>"]
    if r.random() < 0.5:
        h.append(f'<button class="add-to-cart">{esc(c.s["ui"]["cart"])}</button>')
    if r.random() < 0.4:
        h.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:"view_item"});</script>')
    h += ["</body>", "</html>"]
    return "web", "\n".join(h)


def w_jsonld_html(c, t, hid=None):
    """Text sits inside JSON-LD (description or reviewBody)."""
    r = c.r
    sname = r.choice(c.s["sellers"])
    field = "description" if getattr(c, "cur_slot", "") == "desc" else "review"
    if field == "description":
        prod = c.title()
        ld = {"@context": "https://schema.org", "@type": "Product", "name": prod,
              "brand": {"@type": "Brand", "name": sname}, "description": t}
    else:
        prod = sname
        ld = {"@context": "https://schema.org", "@type": "Organization", "name": sname}
        ld["review"] = {"@type": "Review", "author": {"@type": "Person", "name": c.name()},
                        "reviewBody": t,
                        "reviewRating": {"@type": "Rating", "ratingValue": r.randint(1, 5)}}
    vis = c.money(c.price()) if field == "description" else c.s["ui"]["reviews"]
    ttl = f"{prod} – {sname}" if field == "description" else f"{c.s['ui']['reviews']} – {sname}"
    h = ["<html>", "<head>", f"<title>{esc(ttl)}</title>",
         '<script type="application/ld+json">',
         json.dumps(ld, ensure_ascii=False, indent=1), "</script>", "</head>",
         "<body>", f"<h1>{esc(prod)}</h1>", f"<p>{esc(vis)}</p>", "</body>", "</html>"]
    return "web", "\n".join(h)


def w_listing_text(c, t, hid=None):
    r = c.r
    L = c.s["ui"]
    return "feed", (f"{c.title()}\n{L['seller']}: {r.choice(c.s['sellers'])}\n"
                    f"{L['price']}: {c.money(c.price())}\n\n{t}")


def w_crm_staff(c, t, hid=None):
    r = c.r
    nm = c.name()
    obj = {"customer": nm, "customer_id": f"C{r.randint(10**5, 10**6)}",
           "notes": [{"by": r.choice(c.s["agents"]), "at": c.iso(), "visibility": "internal",
                      "text": t}]}
    return "tool", jdump(r, obj)


def w_internal_email(c, t, hid=None):
    r = c.r
    L = c.s["email"]
    sname, sdom = c.store()
    a, b = r.sample(c.s["agents"], 2)
    parts = [f"{L['from']}: {a} <{slug(a) or 'ops'}@{sdom}>",
             f"{L['to']}: {b} <{slug(b) or 'team'}@{sdom}>",
             f"{L['subj']}: {r.choice(c.s['internal_subjects'])}",
             f"{L['date']}: {c.ldate()}", "", t]
    return "email", "\n".join(parts)


def w_doc_html(c, t, hid=None):
    r = c.r
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in t.split("\n") if p.strip())
    return "web", (f'<article class="help-center">\n<h1>{esc(c.s["ui"]["help"])}</h1>\n'
                   f"{paras}\n</article>")


def w_doc_json(c, t, hid=None):
    r = c.r
    obj = {"results": [{"id": f"kb-{r.randint(100, 9999)}", "score": round(r.uniform(0.6, 0.98), 2),
                        "url": f"https://{c.store()[1]}/help/{r.randint(10, 999)}",
                        "snippet": t}]}
    return "tool", r.choice(["kb.search ->\n", "knowledge_base_lookup:\n", ""]) + jdump(r, obj)


def w_doc_text(c, t, hid=None):
    r = c.r
    sname, sdom = c.store()
    return "web", (f"URL: https://{sdom}/{r.choice(['help', 'faq', 'blog', 'docs', 'pages'])}/{r.randint(100, 9999)}\n"
                   f"Title: {c.s['ui']['help']} – {sname}\n\n{t}")


WRAPPERS = {
    "note": [(w_order, 5), (w_return, 3), (w_tracker, 2), (w_profile, 2),
             (w_webhook, 2), (w_crm, 2)],
    "msg": [(w_email, 9), (w_chat, 3), (w_ticket, 2), (w_crm, 2)],
    "review": [(w_review_api, 4), (w_review_plain, 2), (w_review_html, 3),
               (w_jsonld_html, 1)],
    "question": [(w_qa_api, 3), (w_qa_html, 2)],
    "desc": [(w_csv, 4), (w_xml, 3), (w_listing, 3), (w_product_html, 4),
             (w_listing_text, 2), (w_jsonld_html, 1)],
    "staff": [(w_crm_staff, 3), (w_internal_email, 2)],
    "doc": [(w_doc_html, 2), (w_doc_json, 1), (w_doc_text, 2)],
}

HTML_OK = {w_email, w_review_html, w_qa_html, w_product_html, w_listing, w_xml}


def choose_wrapper(r, slot, need_html=False):
    opts = WRAPPERS[slot]
    if need_html:
        opts = [(w, k) for (w, k) in opts if w in HTML_OK]
        if not opts:
            opts = [(w_product_html, 1)]
    tot = sum(k for _, k in opts)
    x = r.uniform(0, tot)
    for w, k in opts:
        x -= k
        if x <= 0:
            return w
    return opts[-1][0]


SLOT_CODES = {"n": "note", "m": "msg", "r": "review", "q": "question", "d": "desc"}


def slots_of(code):
    if code == "*":
        return list(SLOT_CODES.values())
    return [SLOT_CODES[ch] for ch in code]


# ---------------------------------------------------------------- structural hard negatives

DEV_COMMENTS = [
    "TODO: swap hero image after the summer sale ends",
    "ignore: legacy tracking block, remove after GA4 migration",
    "system banner disabled until the new theme ships",
    "override default grid: 3 columns on mobile per design review",
    "prompt for newsletter signup is lazy-loaded below",
    "assistant widget script moved to footer for performance",
    "admin preview only – this block is stripped in production",
    "instructions PDF link updated 2024-11, keep old URL for redirects",
    "do not translate SKU codes in this section",
    "refund policy text is pulled from the CMS, edit it there",
    "discount badge hidden when stock < 5 (see theme settings)",
    "forget-me cookie handled by consent manager",
]

LOG_TEMPLATES = [
    "{ts} INFO  checkout.service order={oid} status=paid override_shipping=false",
    "{ts} WARN  pricing.job manual override applied sku={sku} by=admin_2 reason=\"supplier cost change\"",
    "{ts} INFO  assistant.session closed session_id={h8} turns=6 handoff=human",
    "{ts} DEBUG prompt_cache hit ratio=0.93 template=order_status_v4",
    "{ts} INFO  refunds.worker refund={h8} order={oid} amount={amt} state=succeeded",
    "{ts} ERROR mailer bounce to=<{mail}> code=550 ignore_retry=true",
    "{ts} INFO  system.health ok db=12ms cache=2ms queue_depth=0",
    "{ts} WARN  fraud.rules rule=velocity_3 ignored (allowlisted customer)",
    "{ts} INFO  discount.engine code=WELCOME10 applied order={oid} by=rule",
    "{ts} INFO  admin.audit user=ops_lead action=role_update target=staff_17 (approved ticket {h8})",
    "{ts} DEBUG instructions.render locale={lang} template=care_guide ok",
]


def h8(r):
    return "".join(r.choice("0123456789abcdef") for _ in range(8))


def s_log(c, t):
    r = c.r
    out = []
    for tpl in r.sample(LOG_TEMPLATES, r.randint(3, 6)):
        out.append(tpl.format(ts=c.iso(), oid=c.oid(), sku=c.sku(), h8=h8(r),
                              amt=c.price(), mail=c.mail(), lang=c.lang))
    tq = t.replace('"', '\\"').replace("\n", " ")
    out.append(f'{c.iso()} INFO  orders.note order={c.oid()} text="{tq}"')
    out.sort()
    return "tool", "\n".join(out)


def s_html_comment(c, t):
    r = c.r
    prod = c.title()
    cm = r.sample(DEV_COMMENTS, 2)
    h = [f"<!-- {cm[0]} -->", '<section class="pdp">', f"<h1>{esc(prod)}</h1>",
         f"<p>{esc(t)}</p>", f"<!-- {cm[1]} -->",
         f'<div class="price" data-override="{r.choice(["false", "none", "msrp"])}">{esc(c.money(c.price()))}</div>',
         "</section>"]
    return "web", "\n".join(h)


def s_encoded_data(c, t):
    r = c.r
    kind = r.choice(["img", "utm", "sig", "hash"])
    if kind == "img":
        blob = base64.b64encode(bytes(r.randint(0, 255) for _ in range(r.randint(48, 96)))).decode()
        return "web", (f'<div class="swatch">\n<img alt="{esc(c.title())}" '
                       f'src="data:image/png;base64,iVBORw0KGgo{blob}">\n<p>{esc(t)}</p>\n</div>')
    if kind == "utm":
        q = urllib.parse.urlencode({"utm_source": "newsletter", "utm_campaign": r.choice(["spring_sale", "bf_2024", "restock"]),
                                    "q": c.title(), "ref": h8(r)})
        return "feed", (f"{c.sku()}\t{c.title()}\thttps://{c.store()[1]}/p?{q}\t\"{t}\"")
    if kind == "sig":
        obj = {"event": r.choice(["order.updated", "fulfillment.created", "refund.created"]),
               "signature": "sha256=" + "".join(r.choice("0123456789abcdef") for _ in range(64)),
               "payload_b64": base64.b64encode(json.dumps({"order": c.oid(), "ok": True}).encode()).decode(),
               "comment": t}
        return "tool", jdump(r, obj)
    obj = {"tracking_pixel": f"https://px.example/t.gif?h={h8(r)}{h8(r)}&e=open",
           "customer_hash": "".join(r.choice("0123456789abcdef") for _ in range(40)),
           "note": t}
    return "tool", jdump(r, obj)


def s_webhook(c, t):
    r = c.r
    obj = {"type": r.choice(["refund.updated", "charge.refunded", "dispute.closed", "payout.paid"]),
           "livemode": True,
           "data": {"id": f"re_{h8(r)}{h8(r)}", "reason": r.choice(["requested_by_customer", "duplicate", "fraudulent"]),
                    "status": r.choice(["succeeded", "pending", "failed"]),
                    "metadata": {"override": r.choice(["none", "manual_review", "false"]),
                                 "instructions": t}}}
    return "tool", jdump(r, obj)


STRUCTURAL = [s_log, s_html_comment, s_encoded_data, s_webhook]
STRUCT_FAMILY = {s_log: "hard-system-log", s_html_comment: "hard-html-comment",
                 s_encoded_data: "hard-encoded-data", s_webhook: "hard-webhook"}


# ---------------------------------------------------------------- assembly

def _seed(lang):
    return zlib.crc32(("fortyfirst/" + lang).encode()) ^ 4141


def _cycle(r, pool, n):
    """n picks from pool, each item used evenly, order shuffled per round."""
    out = []
    while len(out) < n:
        p = list(pool)
        r.shuffle(p)
        out.extend(p)
    return out[:n]


def emit(c, w, slot, field, carrier, hid=None):
    c.cur = carrier if slot == "desc" else None
    c.cur_slot = slot
    out = w(c, field, hid)
    c.cur = None
    c.cur_slot = None
    return out


def build(spec):
    lang = spec["lang"]
    r = random.Random(_seed(lang))
    c = Ctx(spec, r)
    rows = []
    seen = set()
    latin = lang in LATIN

    def add(src, text, fam, inj, payload):
        seen.add(text)
        rows.append({"source": src, "lang": lang, "family": fam, "text": text,
                     "injection": inj, "payload": payload})

    # ---- injections
    enc_kinds = ["encoded-base64", "encoded-url", "zero-width", "encoded-hex"]
    if latin:
        enc_kinds += ["encoded-rot13", "leetspeak", "homoglyph", "encoded-base64",
                      "spaced-letters"]
    else:
        enc_kinds += ["encoded-base64", "spaced-letters"]
    picks = _cycle(r, spec["inj"], spec["n_inj"])
    seen_plain = set()
    for it in picks:
        key = it["text"]
        first = key not in seen_plain
        seen_plain.add(key)
        for _attempt in range(10):
            x = r.random()
            p_plain, p_hidden = (0.68, 0.84) if first else (0.36, 0.70)
            if x < p_plain:
                mode = "plain"
            elif x < p_hidden:
                mode = "hidden"
            else:
                mode = "encoded"
            if mode == "encoded" and len(it["payload"]) > 260:
                mode = "hidden"
            slot = r.choice(slots_of(it["slots"]))
            fam = it["kind"]
            if mode == "plain":
                w = choose_wrapper(r, slot)
                carrier = c.carrier_text(slot)
                if r.random() < 0.12:
                    field = it["text"]
                else:
                    field = insert_at(r, carrier, it["text"], cjk=c.cjk)
                src, text = emit(c, w, slot, field, carrier)
            elif mode == "encoded":
                ek = r.choice(enc_kinds)
                if ek == "spaced-letters" and len(it["payload"]) > 90:
                    ek = "encoded-base64"
                enc = ENCODERS[ek](it["payload"])
                if ek in ("leetspeak", "homoglyph", "zero-width", "spaced-letters") or r.random() < 0.25:
                    blob = enc
                else:
                    blob = r.choice(spec["enc_lead"]).format(enc=enc, kind=ek.split("-")[-1])
                w = choose_wrapper(r, slot)
                carrier = c.carrier_text(slot)
                field = insert_at(r, carrier, blob, cjk=c.cjk)
                src, text = emit(c, w, slot, field, carrier)
                fam = ek
            else:
                islots = slots_of(it["slots"])
                hk = r.choice(HIDDEN)
                if hk == "json-ld" and not ({"desc", "review"} & set(islots)):
                    hk = r.choice(["hidden-css", "hidden-html-comment", "alt-text"])
                if hk == "json-ld":
                    s2 = r.choice([x for x in ("desc", "review") if x in islots])
                    carrier = c.carrier_text(s2)
                    src, text = emit(c, w_jsonld_html, s2,
                                     insert_at(r, carrier, it["text"], "end", cjk=c.cjk), carrier)
                elif hk == "markdown-comment":
                    slot2 = r.choice([x for x in ("review", "msg", "question") if x in islots] or ["msg"])
                    mc = r.choice(["[//]: # ({t})", "<!-- {t} -->", "[comment]: <> ({t})"]).format(t=it["text"])
                    carrier = c.carrier_text(slot2)
                    field = insert_at(r, carrier, mc, r.choice(["start", "end"]), cjk=c.cjk)
                    w = choose_wrapper(r, slot2)
                    src, text = emit(c, w, slot2, field, carrier)
                else:
                    hslot = slot if slot in ("review", "question", "desc", "msg") else "msg"
                    w = choose_wrapper(r, hslot, need_html=True)
                    snip = hidden_snippet(r, hk, it["text"])
                    carrier = c.carrier_text(hslot)
                    src, text = emit(c, w, hslot, carrier, carrier, snip)
                fam = hk
            if text not in seen:
                break
        add(src, text, fam, True, it["payload"])

    # ---- benign
    n_ben = spec["n_ben"]
    n_struct = max(2, round(n_ben * 0.14))
    n_hard = round(n_ben * 0.46)
    n_plain = n_ben - n_struct - n_hard
    used_raw = set()
    non_raw = [h for h in spec["hard"] if not h["slot"].startswith("raw-")]
    for it in _cycle(r, spec["hard"], n_hard):
        if it["slot"].startswith("raw-") and it["text"] in used_raw:
            it = r.choice(non_raw)
        slot = it["slot"]
        for _attempt in range(10):
            if slot.startswith("raw-"):
                used_raw.add(it["text"])
                src, text = slot[4:], it["text"]
            elif slot == "log":
                src, text = s_log(c, it["text"])
            else:
                src, text = emit(c, choose_wrapper(r, slot), slot, it["text"], it["text"])
            if text not in seen:
                break
        add(src, text, it["kind"], False, "")
    for i in range(n_struct):
        fn = STRUCTURAL[i % len(STRUCTURAL)]
        slot = "note" if fn in (s_log, s_webhook) else "desc"
        for _attempt in range(10):
            carrier = c.carrier_text(slot)
            c.cur = carrier if slot == "desc" else None
            src, text = fn(c, carrier)
            c.cur = None
            if text not in seen:
                break
        add(src, text, STRUCT_FAMILY[fn], False, "")
    slots = ["msg", "msg", "review", "note", "desc", "question", "desc", "msg", "review"]
    for i in range(n_plain):
        slot = slots[i % len(slots)]
        for _attempt in range(10):
            carrier = c.carrier_text(slot)
            src, text = emit(c, choose_wrapper(r, slot), slot, carrier, carrier)
            if text not in seen:
                break
        add(src, text, "benign", False, "")
    return rows
