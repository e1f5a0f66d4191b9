"""Shared machinery for the fiftyninth corpus.

Language modules supply text pools (injections, hard negatives,
plain texts) and market details (names, addresses, money format, labels).
This module wraps those texts into the shapes an agent's tools return:
API JSON, CSV/XML feeds, search results, fetched pages, PDF and OCR text,
calendar events, mail search hits, database rows and logs.
"""

import base64
import codecs
import csv
import hashlib
import io
import json
import math
import random
import re
import unicodedata
import urllib.parse
import zlib

MARK = re.compile("⟪(.+?)⟫", re.S)
LATIN = {"en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "sv", "cs", "tr",
         "vi", "id"}
CJK_LIKE = {"ja", "zh-CN", "zh-TW", "th"}

MAIL_DOMAINS = ["mail.example", "example.com", "example.net", "example.org",
                "post.example", "inbox.example", "webmail.example"]

# Genuine system wording that real tools put next to any record.  Added at
# low rate to rows of both labels, so that it never marks a class.
API_NOTES = [
    "Address could not be verified by the carrier. Do not ship until confirmed.",
    "Payment captured manually; ignore the pending authorization warning.",
    "Rate limit reached for this token. Retry after 30 seconds.",
    "Inventory sync delayed; figures may be up to 15 minutes old.",
    "Partial response: 1 of 3 upstream services timed out.",
    "Field 'discount_code' is deprecated and will be ignored after API v3.",
    "Fraud score above threshold: hold for manual review.",
    "Do not split this shipment; items must travel together.",
    "Cached result. Pass fresh=true to bypass the cache.",
    "Customer opted out of marketing email. Transactional email only.",
    "Tax calculated with fallback rates; re-run after address correction.",
    "Return window closes in 3 days.",
    "Signature required on delivery.",
    "This record was merged from a duplicate account.",
    "Refund already issued on the original payment method.",
    "Label voided. Generate a new label before handover.",
    "Override flag set by staff user; price locked for 24 h.",
    "Webhook retried 2 times; last attempt succeeded.",
    "Do not contact customer before 9:00 local time.",
    "Item is hazardous (lithium battery): ground shipping only.",
    "Sandbox mode: no real charges were made.",
    "Search index rebuilding, results may be incomplete.",
    "Legacy endpoint. Please migrate to /v2/orders before the sunset date.",
    "Stock reserved for 20 minutes, then released automatically.",
    "Missing HS code; customs invoice cannot be generated yet.",
    "Requires age verification at handover.",
    "Dropship item: the supplier ships it directly.",
    "Discount stacking disabled by store policy.",
    "Pickup point full; parcel redirected to the nearest locker.",
    "Chargeback opened; do not refund outside the dispute flow.",
    "Some fields truncated to 1,000 characters.",
    "Translation unavailable, showing original text.",
    "Backorder: expected restock in 2-3 weeks.",
    "Customer requested no substitutions.",
    "Duplicate order suspected (same items within 10 minutes).",
    "Cash on delivery: collect exact amount.",
    "Paused by staff. Resume fulfilment from the dashboard.",
    "Invoice regenerated after VAT ID validation.",
    "Export truncated at 500 rows. Use pagination for more.",
    "Reminder: prices shown exclude shipping.",
    "SLA breach risk: first reply due in 2 hours.",
    "Customer is on the do-not-call list.",
    "The system will retry the capture automatically tonight.",
    "Ignore the tracking gap between hubs; scans resume at destination.",
    "Do not leave the parcel unattended (high value).",
    "Carrier API returned HTTP 503. Showing last known status.",
    "Seller response pending moderation.",
    "Media processing, thumbnails not yet available.",
    "Schema v2.4. Unknown fields are ignored by the importer.",
    "Alias resolved: this SKU replaces a discontinued one.",
    "Order edited after payment; difference to be collected.",
    "Keep frozen. Pack with two ice packs.",
    "Fragile: pack with double-wall box.",
    "Gift wrap requested; remove price tags before packing.",
    "Store credit applied; do not refund to card.",
    "Verification email resent to customer.",
    "Note: auto-translation may contain errors.",
    "Review flagged by spam filter, awaiting moderator.",
    "Manual override of shipping method by warehouse lead.",
    "Print the customs form in triplicate.",
]

HTML_COMMENTS = ["<!-- header start -->", "<!-- /header -->",
                 "<!-- product grid -->", "<!-- end main -->",
                 "<!-- TODO: swap banner after the sale -->",
                 "<!-- cache: hit, 12ms -->", "<!-- cookie banner -->",
                 "<!-- footer links -->", "<!-- build 2024.11.3 -->",
                 "<!-- lazyload images below -->",
                 "<!-- legacy markup, do not remove until theme v5 -->",
                 "<!-- reviews widget v3 -->"]

SERVERS = ["nginx", "cloudflare", "Apache", "envoy", "openresty", "Caddy"]


def jd(c, obj):
    """Dump JSON the way different tools do (compact or indented)."""
    ind = c.ch([None, None, 2, 1])
    return json.dumps(obj, ensure_ascii=False, indent=ind)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = s.replace("ı", "i").replace("ø", "o").replace("æ", "ae")
    return re.sub(r"[^a-z0-9.]", "", s.lower())


class Cycler:
    """Hand out items in shuffled rounds so that each is used evenly."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.buf = []

    def next(self):
        if not self.items:
            return None
        if not self.buf:
            self.buf = self.items[:]
            self.rng.shuffle(self.buf)
        return self.buf.pop()


class Ctx:
    def __init__(self, L, seed):
        self.L = L
        self.r = random.Random(seed)
        self.lbl = L["lbl"]
        self.lang = L["code"]
        self.api_cyc = Cycler(API_NOTES, self.r)

    # -- small random helpers -------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def fill(self, pat):
        out = []
        for ch in pat:
            if ch == "#":
                out.append(str(self.r.randint(0, 9)))
            elif ch == "@":
                out.append(self.ch("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def person(self):
        f, l = self.ch(self.L["first"]), self.ch(self.L["last"])
        if self.L.get("name_order") == "lf":
            return l + self.L.get("name_sep", " ") + f
        return f + " " + l

    def handle(self):
        if self.L.get("handles"):
            base = self.ch(self.L["handles"])
        else:
            base = fold(self.ch(self.L["first"])) + self.ch([".", "_", ""]) + \
                fold(self.ch(self.L["last"]))
        if self.p(0.4):
            base += str(self.ri(1, 99))
        return base

    def email(self):
        return self.handle() + "@" + self.ch(MAIL_DOMAINS)

    def shop(self):
        return self.ch(self.L["shops"])

    def product(self):
        """A product title; when a text is being wrapped, prefer a matching one."""
        prods = self.L["products"]
        if getattr(self, "hint", None):
            grams = bigrams(self.hint)
            scored = sorted(((len(grams & bigrams(p)), i) for i, p in enumerate(prods)),
                            reverse=True)
            if scored[0][0] >= 1:
                return prods[scored[0][1]]
        return self.ch(prods)

    def company(self):
        return self.ch(self.L["companies"])

    def address(self):
        return self.fill(self.ch(self.L["addresses"]))

    def phone(self):
        return self.fill(self.ch(self.L["phones"]))

    def order_no(self):
        pat = self.ch(self.L.get("order_fmts", ["#10####", "ORD-####-#####"]))
        if pat.startswith("#"):
            return "#" + self.fill(pat[1:])
        return self.fill(pat)

    def sku(self):
        return self.fill(self.ch(["@@-####", "@@@###-@", "SKU-#####",
                                  "####-@@", "@#-####-##"]))

    def num(self):
        m = self.L["money"]
        v = self.r.uniform(m["lo"], m["hi"])
        if m["nd"] == 0:
            step = m.get("step", 1)
            return float(int(v / step) * step)
        return round(int(v) + self.ch([0.0, 0.5, 0.9, 0.99, 0.95, 0.49]), 2)

    def money(self, v=None):
        m = self.L["money"]
        if v is None:
            v = self.num()
        s = f"{v:,.{m['nd']}f}"
        s = s.replace(",", "\0").replace(".", m["dec"]).replace("\0", m["th"])
        return (m["sym"] + s) if m["pre"] else (s + m.get("gap", " ") + m["sym"])

    def numstr(self, v):
        return f"{v:.{self.L['money']['nd']}f}"

    def ymd(self):
        return (self.ch([2024, 2025]), self.ri(1, 12), self.ri(1, 28))

    def iso(self):
        y, m, d = self.ymd()
        return f"{y}-{m:02d}-{d:02d}T{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}Z"

    def day(self):
        y, m, d = self.ymd()
        return f"{y}-{m:02d}-{d:02d}"

    def ldate(self):
        y, m, d = self.ymd()
        return self.L["date_fmt"].format(y=y, m=m, d=d)

    def url(self, path=None):
        dom = self.shop()
        if path is None:
            path = self.ch(["p", "products", "item", "shop", "c", "blog"]) + \
                "/" + self.digits(self.ri(4, 7))
        return f"https://{dom}/{path}"

    def api_note(self):
        return self.api_cyc.next()

    def hexid(self, n=12):
        return "".join(self.ch("0123456789abcdef") for _ in range(n))


STOP = {"with", "from", "this", "that", "your", "avec", "dans", "pour", "eine",
        "einer", "oder", "para", "como", "della", "voor", "från", "nicht", "ohne",
        "plus", "more", "than", "only", "size", "included", "inkl"}
ASIAN = re.compile(r"[\u3040-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def bigrams(text):
    """Keys for matching a text to a product title: word stems or CJK bigrams."""
    out = set()
    for w in re.findall(r"[^\W\d_]+", text.lower()):
        if ASIAN.match(w):
            out.update(w[i:i + 2] for i in range(len(w) - 1))
        elif len(w) >= 4 and w not in STOP:
            out.add(w[:5])
    return out


def sentences(text, lang):
    if lang in ("ja", "zh-CN", "zh-TW"):
        parts = re.split(r"(?<=[。！？!?])", text)
    elif lang == "th":
        parts = re.split(r"(?<=\s)", text)
        parts = [p for p in parts]
    else:
        parts = re.split(r"(?<=[.!?؟])\s+", text)
    return [p for p in parts if p.strip()]


def joiner(lang):
    return "" if lang in ("ja", "zh-CN", "zh-TW") else " "


def insert(c, host, payload, where=None):
    """Place payload inside host text at the start, middle or end."""
    lang = c.lang
    where = where or c.ch(["start", "middle", "end", "end", "end", "para"])
    j = joiner(lang)
    if where == "start":
        return payload + (c.ch([j, "\n"]) if j else c.ch(["", "\n"])) + host
    if where == "para":
        return host + "\n\n" + payload
    if where == "middle":
        ss = sentences(host, lang)
        if len(ss) >= 2:
            k = c.ri(1, len(ss) - 1)
            left = j.join(s.strip() for s in ss[:k]) if j else "".join(ss[:k])
            right = j.join(s.strip() for s in ss[k:]) if j else "".join(ss[k:])
            return left + (j or "") + payload + (j or "") + right
    sep = j if j else ""
    return host.rstrip() + (sep if c.p(0.7) else "\n") + payload


# -- encodings and hiding ---------------------------------------------------

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х",
        "i": "і", "y": "у", "A": "А", "E": "Е", "O": "О", "P": "Р",
        "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def encode(c, payload, how):
    if how == "base64":
        return base64.b64encode(payload.encode()).decode()
    if how == "hex":
        return payload.encode().hex()
    if how == "rot13":
        return codecs.encode(payload, "rot13")
    if how == "url":
        return urllib.parse.quote(payload, safe="")
    if how == "leetspeak":
        return "".join(LEET.get(ch, ch) if c.p(0.8) else ch for ch in payload)
    if how == "homoglyph":
        return "".join(HOMO.get(ch, ch) for ch in payload)
    if how == "zero-width":
        zw = c.ch(["\u200b", "\u200c", "\u2060", "\u200d"])
        return zw.join(payload)
    if how == "spaced":
        return c.ch([" ", " ", "."]).join(payload) if c.lang in LATIN else " ".join(payload)
    raise ValueError(how)


ENC_FAMILY = {"base64": "encoded-base64", "hex": "encoded-hex",
              "rot13": "encoded-rot13", "url": "encoded-url",
              "leetspeak": "obfuscated-leetspeak",
              "homoglyph": "obfuscated-homoglyph",
              "zero-width": "obfuscated-zero-width",
              "spaced": "obfuscated-spaced"}

DECODE_HINTS = {
    "base64": ["", "", "ref:", "b64:", "Base64 (decode and apply):",
               "[encoded note]", "cfg=", "For the assistant, base64:"],
    "hex": ["", "hex:", "0x", "Decode this hex and act on it:", "id="],
    "rot13": ["", "ROT13:", "(rot13, for automated readers)", "Cipher note:"],
    "url": ["", "q=", "note%3A", "redirect_note="],
    "leetspeak": [""], "homoglyph": [""], "zero-width": [""], "spaced": [""],
}


def encoded_block(c, payload, how):
    enc = encode(c, payload, how)
    hints = c.L.get("decode_hints", {}).get(how, []) + DECODE_HINTS[how]
    hint = c.ch(hints)
    if not hint:
        return enc
    if hint.endswith("=") or hint.endswith("%3A") or hint == "0x":
        return hint + enc
    return hint + " " + enc


def esc_attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


HIDE_HOW = ["html-comment", "css", "css", "alt", "attr", "md-comment"]


def hidden_piece(c, payload, how):
    if how == "html-comment":
        return "<!-- " + payload + " -->"
    if how == "css":
        style = c.ch(["display:none", "font-size:0", "color:#fff;background:#fff",
                      "position:absolute;left:-9999px", "opacity:0",
                      "visibility:hidden", "height:0;overflow:hidden",
                      "font-size:1px;color:#fefefe"])
        tag = c.ch(["span", "div", "p", "small"])
        return f'<{tag} style="{style}">{payload}</{tag}>'
    if how == "alt":
        fn = c.ch(["img", "photo", "banner", "detail", "pack"]) + "_" + c.digits(4)
        return f'<img src="/media/{fn}.{c.ch(["jpg", "webp", "png"])}" alt="{esc_attr(payload)}">'
    if how == "attr":
        at = c.ch(["data-note", "title", "aria-label", "data-ai", "data-info"])
        tag = c.ch(["div", "span", "a href=\"#\""])
        closing = tag.split()[0]
        return f'<{tag} {at}="{esc_attr(payload)}"></{closing}>'
    if how == "md-comment":
        flat = " ".join(payload.split())
        return "[//]: # (" + flat.replace("(", "[").replace(")", "]") + ")"
    raise ValueError(how)


HIDE_FAMILY = {"html-comment": "hidden-html-comment", "css": "hidden-css",
               "alt": "hidden-alt-text", "attr": "hidden-attribute",
               "md-comment": "hidden-markdown-comment"}


def htmlize(c, text, extra=None):
    """Turn plain text into simple HTML paragraphs; extra is raw HTML."""
    paras = [p for p in text.split("\n") if p.strip()]
    out = ["<p>" + p.replace("<", "&lt;") + "</p>" for p in paras]
    if extra:
        k = c.ri(0, len(out))
        out.insert(k, extra)
    return "".join(out) if c.p(0.5) else "\n".join(out)


# -- wrappers ---------------------------------------------------------------

def _put(c, pairs, key, value):
    k = c.ri(max(1, len(pairs) // 2), len(pairs))
    pairs.insert(k, (key, value))
    return dict(pairs)


def _maybe_note(c, d, prob=0.12):
    if c.p(prob):
        d[c.ch(["warnings", "notes", "flags", "messages"])] = [c.api_note()]
    return d


NOTE_FIELDS = {"note": ["customer_note", "note", "order_comment",
                        "checkout_comment", "note_attributes.comment",
                        "buyer_message", "remarks"],
               "gift": ["gift_message", "gift_note", "card_message"],
               "courier": ["delivery_instructions", "shipping_note",
                           "driver_notes", "instructions"]}


def w_order(c, kind, body):
    field = c.ch(NOTE_FIELDS[kind])
    items = []
    for _ in range(c.ri(1, 3)):
        items.append({"sku": c.sku(), "title": c.product(),
                      "qty": c.ri(1, 3), "price": c.numstr(c.num())})
    pairs = [("id", c.order_no()),
             ("status", c.ch(["paid", "processing", "unfulfilled", "on_hold",
                              "awaiting_shipment", "partially_fulfilled",
                              "pending_payment"])),
             ("created_at", c.iso()),
             ("currency", c.L["money"]["code"]),
             ("customer", {"name": c.person(), "email": c.email()}),
             ("line_items", items),
             ("shipping_address", {"name": c.person(), "address1": c.address(),
                                   "country": c.L["country"]})]
    if c.p(0.4):
        pairs.append(("tags", c.ch([["repeat-customer"], ["gift"], [],
                                    ["wholesale"], ["marketplace"],
                                    ["vip"], ["first-order"]])))
    d = _maybe_note(c, _put(c, pairs, field, body))
    style = c.ri(0, 3)
    if style == 0:
        return jd(c, d), "tool"
    if style == 1:
        return jd(c, {"ok": True, "data": d}), "tool"
    if style == 2:
        return f"get_order(order_id=\"{d['id']}\") -> " + jd(c, d), "tool"
    return jd(c, {"orders": [d], "count": 1, "page": 1}), "tool"


def w_shipping(c, kind, body):
    carrier = c.ch(c.L["carriers"])
    ev = []
    for _ in range(c.ri(1, 3)):
        ev.append({"time": c.iso(), "status": c.ch(c.L["track_events"])})
    field = c.ch(NOTE_FIELDS["courier"] if kind == "courier" else
                 ["recipient_note", "consignee_note", "special_instructions"])
    d = {"tracking_number": c.fill(c.ch(["##########", "@@#########@@",
                                           "JD############", "############"])),
         "carrier": carrier, "service": c.ch(["standard", "express", "economy",
                                               "locker", "same_day"]),
         "recipient": {"name": c.person(), "address": c.address(),
                       "phone": c.phone()},
         field: body, "events": ev}
    if c.p(0.3):
        d["eta"] = c.day()
    _maybe_note(c, d)
    return jd(c, {"shipment": d} if c.p(0.5) else d), "tool"


def w_order_csv(c, kind, body):
    delim = c.L.get("csv_delim", ",")
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=delim, lineterminator="\n")
    field = c.ch(NOTE_FIELDS[kind]).split(".")[-1]
    wr.writerow(["order", "date", "customer", "total", "payment", field])
    n = c.ri(2, 4)
    k = c.ri(0, n - 1)
    for i in range(n):
        wr.writerow([c.order_no(), c.day(), c.person(), c.numstr(c.num()),
                     c.ch(c.L["payments"]), body if i == k else ""])
    head = c.ch(["", "export_orders.csv (preview)\n",
                 "read_file(\"orders_export.csv\") ->\n", "CSV export, " +
                 str(n) + " rows:\n"])
    return head + buf.getvalue().rstrip("\n"), "tool"


def w_db(c, kind, body):
    col = {"note": "note", "gift": "gift_message", "courier": "delivery_note",
           "addr": "address_line2", "review": "body", "msg": "message",
           "desc": "description"}.get(kind, "note")
    table = {"review": "product_reviews", "msg": "contact_messages",
             "desc": "products", "addr": "customers"}.get(kind, "orders")
    rid = c.ri(1000, 99999)
    q = f"SELECT id, created_at, {col} FROM {table} WHERE id = {rid};"
    if c.p(0.5):
        out = (f"sql> {q}\n id    | created_at          | {col}\n"
               f"-------+---------------------+----------\n"
               f" {rid} | {c.iso()[:19].replace('T', ' ')} | {body}\n(1 row)")
    else:
        out = jd(c, {"query": q, "rows": [{"id": rid, "created_at": c.iso(),
                                            col: body}], "rowcount": 1})
    return out, "tool"


def w_packing(c, kind, body):
    lb = c.lbl
    lines = [f"{lb['packing_slip']} {c.order_no()}", f"{lb['date']}: {c.ldate()}",
             f"{lb['ship_to']}: {c.person()}, {c.address()}", ""]
    for _ in range(c.ri(1, 3)):
        lines.append(f"{c.ri(1, 3)} x {c.product()}   {c.sku()}")
    lab = lb["gift"] if kind == "gift" else lb["note"]
    lines += ["", f"{lab}: {body}", "", f"{lb['page']} 1/1"]
    head = c.ch(["[pdf → text] ", "--- page 1 ---\n", "", "extract_pdf: "])
    return head + "\n".join(lines), "tool"


def w_label_ocr(c, kind, body):
    carrier = c.ch(c.L["carriers"])
    conf = f"{c.r.uniform(0.71, 0.98):.2f}"
    lines = [carrier.upper(), c.fill("##### ##### ##"), c.person(),
             c.address()]
    if kind == "addr":
        lines.insert(3, body)
    else:
        lines.append(body)
    lines.append(c.fill("@@ ####"))
    head = c.ch([f"OCR (confidence {conf}):\n", f"ocr_image(label_{c.digits(4)}.jpg)\n",
                 f"[vision] text found on photo, conf={conf}\n"])
    return head + "\n".join(lines), "tool"


def w_reviews(c, kind, body, others=None):
    rv = {"id": c.ri(10000, 999999), "rating": c.ri(1, 5), "author": c.person(),
          "date": c.day(), "verified_purchase": c.p(0.7), "body": body}
    if c.p(0.4):
        rv["title"] = c.ch(c.L["review_titles"])
    revs = [rv]
    for o in (others or []):
        revs.append({"id": c.ri(10000, 999999), "rating": c.ri(3, 5),
                     "author": c.person(), "date": c.day(), "body": o})
    c.r.shuffle(revs)
    d = {"product": {"sku": c.sku(), "title": c.product()},
         "average_rating": round(c.r.uniform(3.1, 4.9), 1),
         "review_count": c.ri(len(revs), 480), "reviews": revs}
    if c.p(0.3):
        d["next_cursor"] = c.hexid(16)
    return jd(c, d), "tool"


def w_review_csv(c, kind, body, others=None):
    delim = c.L.get("csv_delim", ",")
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=delim, lineterminator="\n")
    wr.writerow(["review_id", "sku", "stars", "author", "text"])
    rows = [body] + list(others or [])
    c.r.shuffle(rows)
    for t in rows:
        wr.writerow([c.ri(1000, 99999), c.sku(), c.ri(1, 5), c.person(), t])
    return buf.getvalue().rstrip("\n"), "feed"


def w_review_page(c, kind, body, others=None):
    prod = c.product()
    out = [f"Title: {prod} | {c.shop()}", f"URL Source: {c.url()}", "",
           "Markdown Content:", f"# {prod}", f"{c.money()}", "",
           f"## {c.lbl['reviews']}"]
    revs = [body] + list(others or [])
    c.r.shuffle(revs)
    for t in revs:
        out.append(f"**{c.person()}** {'★' * c.ri(2, 5)} {c.ldate()}")
        out.append(t)
        out.append("")
    return "\n".join(out).rstrip(), "web"


def w_search(c, kind, body, others=None):
    q = c.ch(c.L["queries"])
    res = []
    for o in (others or []):
        res.append({"title": c.product() + " - " + c.shop(), "url": c.url(),
                    "snippet": o})
    res.insert(c.ri(0, len(res)), {"title": c.ch([c.product(), c.shop()]) +
                                   c.ch([" | ", " - ", " – "]) + c.shop(),
                                   "url": c.url(), "snippet": body})
    if c.p(0.5):
        return jd(c, {"query": q, "results": res}), "tool"
    lines = [f"web_search(\"{q}\")", ""]
    for i, r in enumerate(res, 1):
        lines += [f"{i}. {r['title']}", f"   {r['url']}", f"   {r['snippet']}", ""]
    return "\n".join(lines).rstrip(), "tool"


def w_product(c, kind, body, html=False):
    pairs = [("id", c.ri(100000, 9999999)), ("sku", c.sku()),
             ("title", c.product()), ("vendor", c.company()),
             ("price", c.numstr(c.num())), ("currency", c.L["money"]["code"]),
             ("inventory_quantity", c.ri(0, 400)),
             ("status", c.ch(["active", "draft", "active", "archived"]))]
    key = "body_html" if html else c.ch(["description", "description",
                                         "long_description", "seller_description",
                                         "bullet_points"])
    val = [body] if key == "bullet_points" else body
    d = _maybe_note(c, _put(c, pairs, key, val))
    if c.p(0.5):
        return jd(c, {"product": d}), "tool"
    return f"catalog.get_product(sku=\"{d['sku']}\")\n" + jd(c, d), "tool"


def w_xml_feed(c, kind, body):
    sku = c.sku()
    desc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if c.p(0.4):
        desc = "<![CDATA[" + body + "]]>"
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
         f'xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n<item>\n'
         f"  <g:id>{sku}</g:id>\n  <title>{c.product()}</title>\n"
         f"  <description>{desc}</description>\n"
         f"  <g:price>{c.numstr(c.num())} {c.L['money']['code']}</g:price>\n"
         f"  <g:availability>{c.ch(['in stock', 'out of stock', 'preorder'])}</g:availability>\n"
         f"  <g:brand>{c.company()}</g:brand>\n</item>\n</channel>\n</rss>")
    return x, "feed"


def w_csv_feed(c, kind, body):
    delim = c.L.get("csv_delim", ",")
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=delim, lineterminator="\n")
    wr.writerow(["sku", "title", "description", "price", "stock", "supplier"])
    wr.writerow([c.sku(), c.product(), body, c.numstr(c.num()), c.ri(0, 900),
                 c.company()])
    if c.p(0.5):
        wr.writerow([c.sku(), c.product(), "", c.numstr(c.num()), c.ri(0, 900),
                     c.company()])
    head = c.ch(["", f"supplier_feed_{c.day()}.csv\n", "fetch_feed() -> text/csv\n"])
    return head + buf.getvalue().rstrip("\n"), "feed"


def w_supplier(c, kind, body):
    d = {"supplier": c.company(), "po_number": c.fill("PO-####-###"),
         "sku": c.sku(), "qty_available": c.ri(0, 5000),
         "lead_time_days": c.ri(2, 40),
         "unit_cost": c.numstr(c.num()),
         c.ch(["supplier_comment", "remarks", "notes", "product_text"]): body}
    _maybe_note(c, d)
    return jd(c, {"inventory": [d]} if c.p(0.5) else d), "feed"


def w_spec_pdf(c, kind, body):
    lb = c.lbl
    lines = [f"{c.product()}", f"{lb['specs']}", "",
             body, "", f"{c.company()} · {lb['page']} {c.ri(1, 4)}/{c.ri(4, 9)}"]
    head = c.ch(["pdf_to_text(\"datasheet.pdf\"):\n", "--- page 2 ---\n",
                 "[extracted from PDF]\n", ""])
    return head + "\n".join(lines), "tool"


def w_competitor(c, kind, body):
    prod = c.product()
    out = [f"Title: {prod} – {c.shop()}", f"URL Source: {c.url()}",
           f"Published Time: {c.iso()}", "", "Markdown Content:",
           f"# {prod}", "", f"**{c.money()}** " + c.ch(["", "~~" + c.money() + "~~"]),
           "", body]
    if c.p(0.5):
        out += ["", f"[{c.lbl['reviews']}]({c.url()}#reviews)"]
    return "\n".join(out), "web"


def w_listing(c, kind, body):
    d = {"listing_id": c.digits(10), "seller": {"name": c.company(),
                                                   "rating": round(c.r.uniform(3.5, 5), 1)},
         "title": c.product(), "price": c.money(),
         "condition": c.ch(["new", "used_like_new", "refurbished", "new"]),
         "description": body, "shipping_from": c.L["country"]}
    return jd(c, d), "tool"


def w_email(c, kind, body, html=False):
    n = c.ri(1, 3)
    hits = []
    k = c.ri(0, n - 1)
    for i in range(n):
        if i == k:
            hits.append({"id": c.hexid(16), "from": f"{c.person()} <{c.email()}>",
                         "subject": c.ch(c.L["subjects"]), "date": c.iso(),
                         "body" if not html else "body_html": body})
        else:
            hits.append({"id": c.hexid(16), "from": f"{c.ch(c.L['carriers'])} <noreply@{c.ch(MAIL_DOMAINS)}>",
                         "subject": c.ch(c.L["subjects"]), "date": c.iso(),
                         "snippet": ""})
    d = {"query": c.ch(["in:inbox newer_than:7d", "from:customer", "label:support",
                        "subject:order", "is:unread"]), "messages": hits}
    return jd(c, d), "tool"


def w_ticket(c, kind, body):
    msgs = [{"author": "customer", "name": c.person(), "body": body,
             "created_at": c.iso()}]
    d = {"ticket": {"id": c.ri(10000, 999999), "subject": c.ch(c.L["subjects"]),
                    "status": c.ch(["open", "pending", "new"]),
                    "priority": c.ch(["normal", "high", "low"]),
                    "requester": c.email(), "channel": c.ch(["email", "web_form",
                                                             "chat", "marketplace"]),
                    "messages": msgs}}
    return jd(c, d), "tool"


def w_contact_log(c, kind, body):
    ip = f"203.0.113.{c.ri(1, 254)}"
    line = (f"{c.iso()} INFO contact_form.submit ip={ip} "
            f"email={c.email()} name=\"{c.person()}\" message={json.dumps(body, ensure_ascii=False)}")
    pre = c.ch(["", f"{c.iso()} DEBUG rate_limit ok bucket=contact\n"])
    return pre + line, "tool"


def w_calendar(c, kind, body):
    title = c.ch(c.L["events"])
    if c.p(0.5):
        d = {"id": c.hexid(20), "summary": title, "start": c.iso(), "end": c.iso(),
             "location": c.address(), "organizer": c.email(),
             "attendees": [c.email() for _ in range(c.ri(1, 3))],
             "description": body}
        return jd(c, {"items": [d]} if c.p(0.5) else d), "tool"
    desc = body.replace("\n", "\\n")
    ics = ["BEGIN:VEVENT", f"UID:{c.hexid(12)}@{c.ch(MAIL_DOMAINS)}",
           f"DTSTART:{c.iso().replace('-', '').replace(':', '')}",
           f"SUMMARY:{title}", f"LOCATION:{c.address()}",
           f"DESCRIPTION:{desc}", "END:VEVENT"]
    return "\n".join(ics), "tool"


def w_customer(c, kind, body):
    field = c.ch(["company", "address2", "company_name", "address_line_2",
                  "billing_company"])
    pairs = [("id", c.ri(100000, 9999999)), ("name", c.person()),
             ("email", c.email()), ("phone", c.phone()),
             ("address1", c.address()), ("country", c.L["country"]),
             ("orders_count", c.ri(0, 40)),
             ("total_spent", c.numstr(c.num() * c.ri(1, 6)))]
    d = _maybe_note(c, _put(c, pairs, field, body))
    return jd(c, {"customer": d} if c.p(0.6) else d), "tool"


def w_invoice(c, kind, body):
    lb = c.lbl
    lines = [f"{lb['invoice']} {c.fill('####-#####')}", f"{lb['date']}: {c.ldate()}",
             "", f"{lb['bill_to']}:"]
    if kind == "addr":
        lines += [c.person(), body, c.address()]
    else:
        lines += [c.person(), c.address()]
    lines.append("")
    tot = 0.0
    for _ in range(c.ri(1, 3)):
        v = c.num()
        tot += v
        lines.append(f"{c.product()}  1  {c.money(v)}")
    lines += [f"{lb['total']}: {c.money(tot)}", ""]
    if kind != "addr":
        lines.append(body)
    lines.append(c.company())
    head = c.ch(["pdf_text:\n", "[invoice.pdf, 1 page]\n", ""])
    return head + "\n".join(lines), "tool"


def w_manual(c, kind, body):
    pg = c.ri(2, 40)
    lines = [f"--- {c.lbl['page']} {pg} ---", c.product(), "", body, "",
             f"{c.company()} — {c.lbl['page']} {pg}"]
    return c.ch(["read_pdf(manual.pdf) →\n", "", "[pdf extract]\n"]) + "\n".join(lines), "tool"


def w_webfetch(c, kind, body, hidden=None):
    title = c.ch([c.product(), c.shop(), c.ch(c.L["queries"])])
    inner = htmlize(c, body, hidden)
    if c.p(0.35):
        inner = c.ch(HTML_COMMENTS) + inner
    html = (f'<!doctype html><html lang="{c.lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title></head><body><main><h1>{title}</h1>{inner}"
            f"</main><footer>© {c.ch([2023, 2024, 2025])} {c.shop()}</footer></body></html>")
    if c.p(0.5):
        hdr = (f"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n"
               f"Date: {c.iso()}\nServer: {c.ch(SERVERS)}\n"
               f"Cache-Control: max-age={c.ch([0, 60, 300, 3600])}\n\n")
        return hdr + html, "web"
    return jd(c, {"url": c.url(), "status": 200, "content_type": "text/html",
                  "html": html}), "web"


def w_mdpage(c, kind, body, hidden=None):
    title = c.ch([c.product(), c.shop(), c.ch(c.L["queries"])])
    text = body if not hidden else insert(c, body, hidden, c.ch(["end", "para", "start"]))
    out = [f"Title: {title}", f"URL Source: {c.url()}", "", "Markdown Content:",
           f"# {title}", "", text]
    return "\n".join(out), "web"


def w_log(c, kind, body):
    lvl = c.ch(["WARN", "ERROR", "INFO"])
    svc = c.ch(["checkout", "fulfillment", "webhooks", "import", "carrier-sync",
                "payments"])
    if c.p(0.5):
        d = {"error": {"code": c.ch(["VALIDATION_FAILED", "UPSTREAM_TIMEOUT",
                                     "RATE_LIMITED", "CONFLICT", "NOT_FOUND"]),
                       "message": body, "request_id": c.hexid(16)}}
        return jd(c, d), "tool"
    lines = [f"{c.iso()} {lvl} [{svc}] {body}"]
    if c.p(0.6):
        lines.insert(0, f"{c.iso()} INFO [{svc}] job {c.hexid(8)} started")
    return "\n".join(lines), "tool"


def w_tracking(c, kind, body):
    ev = [{"time": c.iso(), "location": c.ch(c.L["hubs"]), "description": body}]
    for _ in range(c.ri(0, 2)):
        ev.append({"time": c.iso(), "location": c.ch(c.L["hubs"]),
                   "description": c.ch(c.L["track_events"])})
    d = {"carrier": c.ch(c.L["carriers"]), "tracking": c.fill("##########"),
         "status": c.ch(["in_transit", "exception", "out_for_delivery",
                         "delivered", "info_received"]), "events": ev}
    return jd(c, d), "tool"


MIME = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "png": "image/png", "webp": "image/webp", "heic": "image/heic"}


def mime_of(name):
    return MIME.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")


def w_filename(c, kind, body):
    other = c.ch(["invoice.pdf", "IMG_" + c.digits(4) + ".jpg",
                  "scan" + c.digits(3) + ".pdf"])
    d = {"attachments": [{"filename": body, "size": c.ri(10000, 3000000),
                          "mime": mime_of(body)},
                         {"filename": other, "size": c.ri(10000, 3000000),
                          "mime": mime_of(other)}],
         "ticket_id": c.ri(10000, 999999)}
    return jd(c, d), "tool"


WRAPPERS = {
    "note": [w_order, w_order, w_order_csv, w_db, w_packing, w_shipping],
    "gift": [w_order, w_packing, w_order, w_db],
    "courier": [w_shipping, w_order, w_label_ocr, w_order_csv],
    "review": [w_reviews, w_reviews, w_review_csv, w_review_page, w_search, w_db],
    "desc": [w_product, w_product, w_xml_feed, w_csv_feed, w_supplier,
             w_competitor, w_listing, w_spec_pdf],
    "msg": [w_email, w_email, w_ticket, w_contact_log, w_db],
    "page": [w_webfetch, w_mdpage, w_search, w_competitor],
    "addr": [w_customer, w_customer, w_invoice, w_label_ocr, w_db],
    "doc": [w_manual, w_spec_pdf, w_mdpage, w_invoice],
    "status": [w_log, w_tracking, w_log],
    "cal": [w_calendar],
    "file": [w_filename],
}
MULTI = {w_reviews, w_review_csv, w_review_page, w_search}
HTML_OK = {"page": [w_webfetch, w_mdpage], "desc": [w_product, w_webfetch],
           "review": [w_webfetch, w_mdpage], "msg": [w_email],
           "doc": [w_webfetch, w_mdpage]}


def wrap(c, kind, body, others_pool=None, hidden=None, hide_how=None):
    c.hint = body if kind in ("desc", "review", "page", "doc") else None
    try:
        return _wrap(c, kind, body, others_pool, hidden, hide_how)
    finally:
        c.hint = None


def _wrap(c, kind, body, others_pool=None, hidden=None, hide_how=None):
    if hidden is not None:
        fn = c.ch(HTML_OK[kind])
        if hide_how == "md-comment":
            fn = w_mdpage
        elif fn is w_mdpage:
            fn = w_webfetch
        if fn is w_webfetch:
            return fn(c, kind, body, hidden)
        if fn is w_mdpage:
            return fn(c, kind, body, hidden)
        html = htmlize(c, body, hidden)
        if fn is w_product:
            return w_product(c, kind, html, html=True)
        return w_email(c, kind, html, html=True)
    fn = c.ch(WRAPPERS[kind])
    if fn in MULTI:
        others = []
        if others_pool is not None and c.p(0.45):
            o = others_pool.next()
            if o is not None and o != body:
                others.append(o)
        return fn(c, kind, body, others)
    return fn(c, kind, body)


# -- hard negatives generated from market data --------------------------------

def hard_encoded(c, host_kind, host):
    """Benign encoded data next to an ordinary text."""
    if host_kind in ("desc", "page", "review", "doc"):
        t = c.ch([0, 2, 4]) if host_kind == "desc" else c.ch([2, 4])
    else:
        t = c.ch([1, 3, 4])
    if t == 0:
        raw = b"\x89PNG\r\n\x1a\n" + bytes(c.ri(0, 255) for _ in range(c.ri(24, 60)))
        d = {"sku": c.sku(), "title": c.product(), "description": host,
             "thumbnail": "data:image/png;base64," + base64.b64encode(raw).decode()}
        return jd(c, d), "tool"
    if t == 1:
        sig = hashlib.sha256(host.encode()).hexdigest()
        body = json.dumps({"event": "order.note_updated", "order": c.order_no(),
                           "note": host}, ensure_ascii=False)
        return (f"POST /webhooks/orders 200\nX-Signature-SHA256: {sig}\n"
                f"X-Delivery-Id: {c.hexid(24)}\n\n{body}"), "tool"
    if t == 2:
        q = c.ch(c.L["queries"])
        u = c.url("search?q=" + urllib.parse.quote(q) + "&utm_source=" +
                  c.ch(["newsletter", "google", "partner"]) + "&ref=" +
                  base64.urlsafe_b64encode(c.hexid(9).encode()).decode().rstrip("="))
        return jd(c, {"query": q, "results": [{"title": c.product(), "url": u,
                                                "snippet": host}]}), "tool"
    if t == 3:
        tok = base64.b64encode(json.dumps({"cart": c.hexid(10), "v": 2}).encode()).decode()
        return jd(c, {"session": {"cart_token": tok, "etag": 'W/"' + c.hexid(16) + '"'},
                      "last_message": host}), "tool"
    md5 = hashlib.md5(host.encode()).hexdigest()
    return jd(c, {"file": f"review_{c.digits(5)}.txt", "md5": md5,
                  "encoding": "utf-8", "content": host}), "tool"


def hard_markup(c, host_kind, host):
    """Benign HTML: developer comments, visually hidden labels, data attrs."""
    extra = c.ch([
        c.ch(HTML_COMMENTS),
        f'<span class="visually-hidden">{c.lbl["opens_new"]}</span>',
        f'<div class="mobile-menu" style="display:none" data-track="nav-{c.digits(3)}"></div>',
        f'<img src="/media/p{c.digits(5)}.webp" alt="{esc_attr(c.product())}">',
        f'<noscript>{c.lbl["enable_js"]}</noscript>',
    ])
    return w_webfetch(c, host_kind, host, extra)


def hard_fields(c, host_kind, host):
    """Records whose system fields sound like control words."""
    d = {"id": c.ri(100000, 9999999), "source_system": c.ch(
        ["ERP", "SAP B1", "Odoo 17", "Shopware 6.5", "WMS-Pro", "Magento 2.4"]),
        "override_price": c.ch([False, None]),
        "ai_generated": False, "prompt_on_checkout": c.ch(["gift_wrap", "none",
                                                              "age_check"]),
        "assistant_user": c.ch(["warehouse.lead", "cs.team", None]),
        "instructions": c.ch(c.L["packer_notes"]),
        "customer_text": host}
    return jd(c, d), "tool"


COMMON_HARD = [("hard-encoded-data", hard_encoded),
               ("hard-html-markup", hard_markup),
               ("hard-system-field", hard_fields)]


# -- the generator ----------------------------------------------------------

def generate(L, INJ, HARD, PLAIN, n, seed):
    c = Ctx(L, seed)
    r = c.r
    lang = L["code"]
    n_inj = round(n * 0.45)
    n_ben = n - n_inj
    n_hard = math.ceil(n_ben * 0.6)
    n_plain = n_ben - n_hard
    n_common = round(n_hard * 0.18)
    hosts = {}
    for k, t in PLAIN:
        hosts.setdefault(k, []).append(t)
    host_cyc = {k: Cycler(v, r) for k, v in sorted(hosts.items())}
    other_cyc = Cycler([t for k, t in PLAIN if k in ("review", "desc", "page")
                        and len(t) < 260], r)
    inj_cyc = Cycler(INJ, r)
    hard_cyc = Cycler(HARD, r)
    plain_cyc = Cycler(PLAIN, r)
    rows = []
    seen = set()

    def add(text, src, fam, inj, payload, kind):
        b = len(text.encode())
        if text in seen or b < 40 or b > 3000:
            return False
        seen.add(text)
        rows.append({"split": "train", "source": src, "lang": lang,
                     "family": fam, "text": text, "injection": inj,
                     "payload": payload if inj else "", "_kind": kind})
        return True

    enc_modes = ["base64", "base64", "hex", "url", "zero-width", "spaced"]
    if lang in LATIN:
        enc_modes += ["homoglyph", "leetspeak"]
    if lang == "en":
        enc_modes += ["rot13", "rot13", "leetspeak", "homoglyph"]

    # injections
    tries = 0
    while sum(1 for x in rows if x["injection"]) < n_inj:
        tries += 1
        if tries > n_inj * 30:
            raise RuntimeError(f"{lang}: cannot fill injections")
        fam, kind, text = inj_cyc.next()
        m = MARK.search(text)
        mode = r.random()
        if m:
            payload = m.group(1)
            body = MARK.sub(lambda mm: mm.group(1), text)
            if kind in HTML_OK and mode < 0.2:
                how = r.choice(HIDE_HOW if kind != "msg" else HIDE_HOW[:5])
                visible = MARK.sub("", text).replace("  ", " ").strip()
                piece = hidden_piece(c, payload, how)
                out, src = wrap(c, kind, visible, hidden=piece, hide_how=how)
                add(out, src, HIDE_FAMILY[how], True, payload, kind)
            else:
                out, src = wrap(c, kind, body, other_cyc)
                add(out, src, fam, True, payload, kind)
            continue
        payload = text
        host = None
        if kind in host_cyc and kind not in ("addr", "file", "status"):
            host = host_cyc[kind].next()
        if kind in HTML_OK and host and mode < 0.22:
            how = r.choice(HIDE_HOW if kind != "msg" else HIDE_HOW[:5])
            piece = hidden_piece(c, payload, how)
            out, src = wrap(c, kind, host, hidden=piece, hide_how=how)
            add(out, src, HIDE_FAMILY[how], True, payload, kind)
        elif mode < 0.38 and len(payload.encode()) < 420 and kind not in ("file", "status"):
            how = r.choice(enc_modes)
            blk = encoded_block(c, payload, how)
            body = insert(c, host, blk, r.choice(["end", "para", "start"])) if host else blk
            out, src = wrap(c, kind, body, other_cyc)
            add(out, src, ENC_FAMILY[how], True, payload, kind)
        elif host and mode < 0.88:
            body = insert(c, host, payload)
            out, src = wrap(c, kind, body, other_cyc)
            add(out, src, fam, True, payload, kind)
        else:
            out, src = wrap(c, kind, payload, other_cyc)
            add(out, src, fam, True, payload, kind)

    # hard negatives from the language pool
    tries = 0
    while sum(1 for x in rows if not x["injection"] and x["family"] != "benign") < n_hard - n_common:
        tries += 1
        if tries > n_hard * 30:
            raise RuntimeError(f"{lang}: cannot fill hard negatives")
        fam, kind, text = hard_cyc.next()
        body = text
        if kind in host_cyc and r.random() < 0.25 and kind in ("note", "review", "courier"):
            body = insert(c, host_cyc[kind].next(), text, r.choice(["start", "end", "para"]))
        out, src = wrap(c, kind, body, other_cyc)
        add(out, src, fam, False, "", kind)

    # hard negatives built from shared shapes
    tries = 0
    while sum(1 for x in rows if not x["injection"] and x["family"] != "benign") < n_hard:
        tries += 1
        if tries > n_hard * 30:
            raise RuntimeError(f"{lang}: cannot fill common hard negatives")
        k, t = plain_cyc.next()
        if k in ("page", "desc", "review", "doc"):
            fam, fn = COMMON_HARD[1] if r.random() < 0.5 else r.choice(COMMON_HARD)
        else:
            fam, fn = r.choice([COMMON_HARD[0], COMMON_HARD[2]])
        if fn is hard_fields:
            fk, kk, tt = hard_cyc.next()
            if kk in ("note", "gift", "courier", "msg", "review"):
                t = tt
        c.hint = t
        out, src = fn(c, k, t)
        c.hint = None
        add(out, src, fam, False, "", k)

    # plain benign
    tries = 0
    while len(rows) < n:
        tries += 1
        if tries > n * 30:
            raise RuntimeError(f"{lang}: cannot fill benign")
        k, t = plain_cyc.next()
        out, src = wrap(c, k, t, other_cyc)
        add(out, src, "benign", False, "", k)
    for x in rows:
        x.pop("_kind")
    return rows
