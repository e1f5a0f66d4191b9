"""Shared helpers: hiding and encoding wrappers, insertion, tool envelopes."""

import base64
import codecs
import json
import re
import urllib.parse

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]

HOMO = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
    "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d",
    "K": "\u041a", "M": "\u041c", "B": "\u0412",
}

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}

LATIN_RE = re.compile(r"[A-Za-z]")


def is_latin(text):
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    latin = sum(1 for ch in letters if ord(ch) < 0x250)
    return latin / len(letters) > 0.8


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def leet(s, rng):
    out = []
    for ch in s:
        if ch in LEET and rng.random() < 0.7:
            out.append(LEET[ch])
        else:
            out.append(ch)
    return "".join(out)


def homoglyph(s, rng):
    out = []
    for ch in s:
        if ch in HOMO and rng.random() < 0.55:
            out.append(HOMO[ch])
        else:
            out.append(ch)
    return "".join(out)


def zerowidth(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.6:
            out.append(rng.choice(ZW))
    return "".join(out)


def spaced(s, rng):
    sep = rng.choice([" ", " ", "-", ".", " "])
    words = s.split(" ")
    return "  ".join(sep.join(w) for w in words)


def attr_escape(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


HIDDEN_CSS = [
    '<span style="display:none">{p}</span>',
    '<div style="font-size:0;line-height:0">{p}</div>',
    '<p style="color:#ffffff;background:#ffffff">{p}</p>',
    '<span style="position:absolute;left:-9999px">{p}</span>',
    '<div hidden>{p}</div>',
    '<span style="opacity:0">{p}</span>',
    '<p style="color:transparent;font-size:1px">{p}</p>',
    '<div style="visibility:hidden;height:0;overflow:hidden">{p}</div>',
    '<span class="sr-only" style="clip:rect(0 0 0 0);position:absolute">{p}</span>',
]

ALT = [
    '<img src="https://cdn.shopfront.example/media/{n}.jpg" alt="{p}">',
    '<img src="/uploads/review-{n}.png" width="1" height="1" alt="{p}">',
    '![{p}](https://img.example.net/u/{n}.webp)',
    '<img alt="{p}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
]

ATTR = [
    '<div class="spec" data-note="{p}">&nbsp;</div>',
    '<span title="{p}">ⓘ</span>',
    '<a href="#specs" aria-label="{p}">Specs</a>',
    '<meta name="ai-instructions" content="{p}">',
    '<input type="hidden" name="comment" value="{p}">',
    '<td data-meta="{p}"></td>',
]

HTML_COMMENT = ["<!-- {p} -->", "<!--{p}-->", "<!-- \n{p}\n-->"]
MD_COMMENT = ["[//]: # ({p})", "[comment]: <> ({p})", "<!--- {p} --->"]

B64_LEAD = ["", "", "[b64] ", "ref: ", "data:text/plain;base64,", "token=", "» "]
HEX_LEAD = ["", "0x", "hex: ", "#"]
URL_LEAD = ["", "?note=", "https://ref.example.org/r?m="]
ROT_LEAD = ["", "rot13: ", "(rot13) "]


def wrap(payload, style, rng, ps_marker="P.S."):
    """Return (fragment, family_override). family_override None keeps payload family."""
    p = payload
    if style == "plain":
        return p, None
    if style == "ps":
        return "%s %s" % (ps_marker, p), None
    if style == "html-comment":
        return rng.choice(HTML_COMMENT).format(p=p), "hidden-html-comment"
    if style == "md-comment":
        return rng.choice(MD_COMMENT).format(p=p.replace(")", "]").replace("(", "[")), "hidden-markdown-comment"
    if style == "hidden-css":
        return rng.choice(HIDDEN_CSS).format(p=p), "hidden-css"
    if style == "alt":
        return rng.choice(ALT).format(p=attr_escape(p), n=rng.randint(1000, 99999)), "hidden-alt-text"
    if style == "attribute":
        return rng.choice(ATTR).format(p=attr_escape(p)), "hidden-attribute"
    if style == "base64":
        return rng.choice(B64_LEAD) + b64(p), "encoded-base64"
    if style == "hex":
        return rng.choice(HEX_LEAD) + hexenc(p), "encoded-hex"
    if style == "url":
        return rng.choice(URL_LEAD) + urlenc(p), "encoded-url"
    if style == "rot13":
        return rng.choice(ROT_LEAD) + rot13(p), "encoded-rot13"
    if style == "leet":
        return leet(p, rng), "obfuscated-leetspeak"
    if style == "homoglyph":
        return homoglyph(p, rng), "obfuscated-homoglyph"
    if style == "zerowidth":
        return zerowidth(p, rng), "obfuscated-zero-width"
    if style == "spaced":
        return spaced(p, rng), "obfuscated-spaced-letters"
    raise ValueError(style)


STYLE_WEIGHTS = {
    "review": [("plain", 64), ("ps", 9), ("zerowidth", 3), ("spaced", 3), ("leet", 3),
               ("homoglyph", 3), ("base64", 4), ("rot13", 2), ("md-comment", 3),
               ("html-comment", 3), ("hex", 1), ("alt", 2)],
    "ticket": [("plain", 64), ("ps", 10), ("html-comment", 3), ("base64", 5), ("hex", 2),
               ("url", 2), ("zerowidth", 3), ("homoglyph", 3), ("leet", 2), ("spaced", 2),
               ("hidden-css", 2)],
    "email": [("plain", 52), ("ps", 10), ("html-comment", 9), ("hidden-css", 12),
              ("base64", 4), ("zerowidth", 3), ("alt", 3), ("homoglyph", 3), ("url", 2)],
    "web": [("plain", 34), ("html-comment", 18), ("hidden-css", 20), ("alt", 9),
            ("attribute", 10), ("md-comment", 3), ("url", 3), ("base64", 3)],
    "feed": [("plain", 56), ("html-comment", 10), ("attribute", 8), ("hidden-css", 7),
             ("base64", 7), ("hex", 3), ("zerowidth", 4), ("url", 5)],
    "tool": [("plain", 72), ("html-comment", 8), ("hidden-css", 7), ("base64", 7),
             ("zerowidth", 3), ("url", 3)],
}

LATIN_ONLY = {"leet", "homoglyph", "rot13", "spaced"}


def pick_style(source, payload, rng):
    weights = STYLE_WEIGHTS[source]
    latin = is_latin(payload)
    options = []
    for st, w in weights:
        if st in LATIN_ONLY and not latin:
            continue
        if st == "spaced" and len(payload) > 90:
            continue
        options.append((st, w))
    total = sum(w for _, w in options)
    r = rng.uniform(0, total)
    acc = 0
    for st, w in options:
        acc += w
        if r <= acc:
            return st
    return options[-1][0]


CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
SENT_RE = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


def insert(carrier, fragment, rng):
    """Insert fragment at a start / middle / end boundary of carrier."""
    r = rng.random()
    if "\n" in carrier.strip():
        lines = carrier.split("\n")
        if r < 0.12:
            idx = 0
        elif r < 0.6:
            idx = rng.randint(1, max(1, len(lines) - 1))
        else:
            idx = len(lines)
            # keep a trailing signature block below the fragment sometimes
            if rng.random() < 0.4 and len(lines) > 3:
                idx = len(lines) - rng.randint(1, 2)
        new = lines[:idx] + [fragment] + lines[idx:]
        return "\n".join(new)
    parts = [p for p in SENT_RE.split(carrier) if p]
    joiner = "" if CJK_RE.search(carrier) else " "
    if len(parts) <= 1:
        if r < 0.2:
            return fragment + joiner + carrier
        return carrier + joiner + fragment
    if r < 0.15:
        idx = 0
    elif r < 0.55:
        idx = rng.randint(1, len(parts) - 1)
    else:
        idx = len(parts)
    new = parts[:idx] + [fragment] + parts[idx:]
    return joiner.join(new)


def _env_review(t, rng):
    return {"tool": "reviews.search", "status": "ok", "results": [
        {"review_id": "R-%d" % rng.randint(10000, 99999), "rating": rng.randint(2, 5),
         "verified_purchase": rng.random() < 0.8, "body": t}]}


def _env_ticket(t, rng):
    return {"function": "helpdesk.get_ticket", "output": {
        "ticket_id": rng.randint(100000, 999999), "channel": rng.choice(["email", "web_form", "chat"]),
        "priority": rng.choice(["low", "normal", "high"]), "message": t}}


def _env_feed(t, rng):
    return {"name": "catalog.lookup", "result": {
        "sku": "SKU-%05d" % rng.randint(1, 99999), "supplier_id": "SUP-%03d" % rng.randint(1, 400),
        "description": t}}


def _env_email(t, rng):
    return {"inbox.read": {"from": "%s@%s" % (rng.choice(["info", "sales", "orders", "kontakt", "noreply", "support"]),
                                              rng.choice(["supplier.example", "mail.example.net", "vendor.example.org"])),
                           "unread": True, "body": t}}


def _env_generic(t, rng):
    return {"tool_call_id": "call_%x" % rng.getrandbits(40), "role": "tool", "content": t}


def _env_fetch(t, rng):
    return {"source": "web.fetch", "http_status": 200,
            "url": "https://www.example.com/p/%d" % rng.randint(100, 9999), "text": t}


TOOL_ENVELOPES = {
    "review": [_env_review, _env_review, _env_generic, _env_fetch],
    "ticket": [_env_ticket, _env_ticket, _env_generic],
    "feed": [_env_feed, _env_feed, _env_generic],
    "email": [_env_email, _env_email, _env_generic],
}


def tool_wrap(text, rng, source="review"):
    env = rng.choice(TOOL_ENVELOPES.get(source, [_env_generic]))(text, rng)
    if rng.random() < 0.5:
        return json.dumps(env, ensure_ascii=False)
    return json.dumps(env, ensure_ascii=False, indent=1)


# --- rough business-domain tags, so that planted payloads fit their carrier -------------
DOMAIN_PATTERNS = {
    "tickets": r"(?i)\b(tickets?|karten|konzert|billets?|concerts?|entradas?|boletos?|biglietti|ingressos?|show|festival|bilety|biletów|koncert|vstupenk|lístky|biljett|billetter|билет|концерт|bilet|konser|arrangør|organi[sz]|promot|veranstalter|venue|seller|verkäufer|vendeur|vendedor|venditore|verkoper|sprzedawc|prodejce|predajca|säljare|sælger|продав|satıcı)\w*|チケット|公演|出品者|门票|演唱会|門票|演唱會|卖家|賣家|티켓|공연|판매자|\bvé\b|concert|tiket|penjual|promotor|تذاكر|الحفل|البائع|بلیت|کنسرت|فروشنده",
    "auto": r"(?i)\b(tyres?|tires?|brake|pads|battery|wiper|reifen|brems|felgen|pneus?|plaquettes|jantes|neumátic|pastillas|llantas|gomme|pastiglie|cerchi|pneumatic|banden|remblok|velgen|opony|klocki|felgi|pneumatik|disky|däck|fälg|dæk|шин|колодк|диск|lastik|balata|jant|özfren|tüv|\bhu\b|itv|mot)\w*|タイヤ|ブレーキ|ホイール|车检|轮胎|刹车|轮毂|輪胎|타이어|브레이크|휠|lốp|ắc quy|mâm|\bban\b|\baki\b|velg|إطارات|الجنوط|لاستیک|رینگ",
    "books": r"(?i)\b(books?|novel|buch|bücher|roman|livres?|libros?|novela|libr[oi]|boek|książk|knih|kniha|bok|böcker|bog|книг|kitap|title|titel|titre|título|titolo)\w*|書籍|小説|本を|この本|书|書|책|sách|\bbuku\b|كتاب|کتاب",
    "flowers": r"(?i)\b(flowers?|bouquet|roses?|peonies|tulips?|blumen|strauß|rosen|fleurs?|ramo|flores|fiori|mazzo|bloemen|boeket|tulpen|kwiat|kytic|blommor|bukett|blomster|buket|цвет|букет|çiçek|florist|arrangement|composition|hamper)\w*|花|꽃|\bhoa\b|bunga|hampers|ورد|گل",
    "b2b": r"(?i)\b(invoices?|po\b|purchase order|supplier|vendor|credit note|rechnung|lieferant|kreditor|facture|fournisseur|factura|proveedor|fattura|fornitore|anagrafica|nota fiscal|boleto|factuur|crediteur|faktur|dostawc|kontrahent|dodavatel|leverantör|leverandør|счёт|счет|упд|реквизит|fatura|cari)\w*|請求書|発注|取引先|供应商|发票|發票|账号|거래처|세금계산서|hóa đơn|nhà cung cấp|tagihan|vendor|فاتورة|فاکتور",
}
_DOMAIN_RE = {k: re.compile(v) for k, v in DOMAIN_PATTERNS.items()}


def domains(text):
    return frozenset(k for k, rx in _DOMAIN_RE.items() if rx.search(text))


def compatible(carrier_dom, payload_dom):
    if not payload_dom or not carrier_dom:
        return True
    return bool(carrier_dom & payload_dom)
