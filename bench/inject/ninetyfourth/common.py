"""Shared building blocks for the ninetyfourth corpus: encoders, hiding
wrappers, carrier insertion, structured feed/tool builders and row checks.
Language modules supply only their own text; everything reusable lives here."""

import base64
import codecs
import json
import re
import urllib.parse
import zlib

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")
ZW_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060")

_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                       "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
_HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
                       "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
                       "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
                       "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a",
                       "M": "\u041c", "B": "\u0412"})

# Wrappers that hide or encode the instruction; these name the row's family.
HIDING = {"html-comment", "hidden-css", "alt-text", "html-attribute", "markdown-comment",
          "encoded-base64", "encoded-hex", "encoded-url", "encoded-rot13", "zero-width",
          "spaced-letters", "leetspeak", "homoglyph", "fake-system", "quoted-thread"}
LATIN_ONLY = {"encoded-rot13", "leetspeak", "homoglyph"}

# Which wrappers suit which carrier source (repeats weight the choice).
BY_SOURCE = {
    "review": ["plain", "plain", "plain", "plain", "ps", "ps", "fake-system", "zero-width",
               "spaced-letters", "leetspeak", "homoglyph", "encoded-base64", "markdown-comment"],
    "ticket": ["plain", "plain", "plain", "ps", "fake-system", "encoded-base64", "spaced-letters",
               "encoded-url", "zero-width", "homoglyph"],
    "email": ["plain", "plain", "ps", "ps", "fake-system", "html-comment", "hidden-css",
              "quoted-thread", "quoted-thread", "encoded-base64", "encoded-hex"],
    "web": ["html-comment", "html-comment", "hidden-css", "hidden-css", "alt-text",
            "html-attribute", "plain", "fake-system", "zero-width", "encoded-rot13"],
    "feed": ["plain", "plain", "plain", "fake-system", "html-comment", "hidden-css",
             "encoded-base64", "zero-width"],
    "tool": ["plain", "plain", "plain", "fake-system", "encoded-base64", "encoded-hex",
             "zero-width", "encoded-url", "homoglyph"],
}

SYS_TAGS = [
    "[SYSTEM] {p}",
    "<<SYS>> {p} <</SYS>>",
    "### System message\n{p}",
    "<|im_start|>system\n{p}<|im_end|>",
    "-----BEGIN ADMIN DIRECTIVE-----\n{p}\n-----END ADMIN DIRECTIVE-----",
    "<system_override priority=\"high\">{p}</system_override>",
    "SYSTEM PROMPT UPDATE (rev 7): {p}",
    "[developer_note] {p}",
    "\u27e6assistant-config\u27e7 {p}",
    "<|system|> {p}",
]

HIDDEN_CSS = [
    '<span style="display:none">{p}</span>',
    '<div style="font-size:0;line-height:0">{p}</div>',
    '<p style="position:absolute;left:-9999px">{p}</p>',
    '<span style="color:#ffffff;background:#ffffff">{p}</span>',
    '<div hidden>{p}</div>',
    '<span style="opacity:0;height:1px;overflow:hidden">{p}</span>',
    '<small style="visibility:hidden">{p}</small>',
]


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s)


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch != " ":
            out.append(rng.choice(ZW_CHARS))
    return "".join(out)


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split())


def leet(s):
    return s.translate(_LEET)


def homoglyph(s):
    return s.translate(_HOMO)


def attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def wrap(kind, p, lead, rng, slug="item"):
    """Return the snippet that carries instruction p hidden or framed as kind."""
    if kind == "plain":
        return p
    if kind == "ps":
        return "%s %s" % (rng.choice(lead["ps"]), p)
    if kind == "fake-system":
        return rng.choice(SYS_TAGS + lead.get("sys", [])).replace("{p}", p)
    if kind == "html-comment":
        return rng.choice(["<!-- %s -->", "<!--%s-->", "<!-- \n%s\n-->"]) % p
    if kind == "hidden-css":
        return rng.choice(HIDDEN_CSS).replace("{p}", p)
    if kind == "alt-text":
        return '<img src="https://img.cdn-store.example/%s-%d.jpg" alt="%s">' % (
            slug, rng.randint(2, 99), attr(p))
    if kind == "html-attribute":
        return rng.choice([
            '<div class="spec-table" data-note="%s"></div>',
            '<a href="#reviews" title="%s">Reviews</a>',
            '<meta name="ai-guidance" content="%s">',
            '<span aria-label="%s"></span>',
        ]) % attr(p)
    if kind == "markdown-comment":
        return rng.choice(["[//]: # (%s)", "[comment]: <> (%s)"]) % p
    if kind == "encoded-base64":
        return "%s %s" % (rng.choice(lead["b64"]), b64(p))
    if kind == "encoded-hex":
        return "%s %s" % (rng.choice(lead["hex"]), hexs(p))
    if kind == "encoded-url":
        return "%s %s" % (rng.choice(lead["url"]), urlenc(p))
    if kind == "encoded-rot13":
        return "%s %s" % (rng.choice(lead["rot13"]), rot13(p))
    if kind == "zero-width":
        return zero_width(p, rng)
    if kind == "spaced-letters":
        return spaced(p)
    if kind == "leetspeak":
        return leet(p)
    if kind == "homoglyph":
        return homoglyph(p)
    raise ValueError(kind)


_SENT = re.compile(r"(?<=[.!?\u3002\uff01\uff1f\u061f\u0964])\s+|(?<=[\u3002\uff01\uff1f])")


def insert(text, snippet, where, rng):
    """Place snippet into a carrier: at its {X} slot, or at start/middle/end."""
    if "{X}" in text:
        return text.replace("{X}", snippet)
    if where == "start" and re.match(r"^[^\n:]{1,20}:\s", text) and "\n\n" in text[:300]:
        head, _, body = text.partition("\n\n")
        return head + "\n\n" + snippet + "\n" + body
    if where == "start":
        return snippet + ("\n" if "\n" in text or len(snippet) > 60 else " ") + text
    if where == "end":
        return text + ("\n\n" if "\n" in text else " ") + snippet
    if "\n" in text:
        lines = text.split("\n")
        lo = 2 if re.match(r"^[^\n:]{1,20}:\s", text) and len(lines) > 3 else 1
        i = rng.randint(lo, max(lo, len(lines) - 1))
        return "\n".join(lines[:i] + [snippet] + lines[i:])
    parts = [x for x in _SENT.split(text) if x]
    if len(parts) < 2:
        return text + " " + snippet
    i = rng.randint(1, len(parts) - 1)
    joiner = "" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) else " "
    return joiner.join(parts[:i] + [snippet] + parts[i:])


def strip_slot(text):
    t = text.replace("{X}\n", "").replace("\n{X}", "").replace(" {X}", "").replace("{X}", "")
    return t


def quoted_thread(carrier, p, lead, rng):
    """Append an older message, quoted with '>' and carrying the instruction."""
    fill = rng.choice(lead["quote_fill"])
    head = rng.choice(lead["wrote"])
    body = [fill, p] if rng.random() < 0.6 else [p, fill]
    quoted = "\n".join("> " + ln for ln in "\n".join(body).split("\n"))
    return strip_slot(carrier) + "\n\n" + head + "\n" + quoted


# ---------------------------------------------------------------- structured

def _oid(rng, prefix="SW"):
    return "%s-%d" % (prefix, rng.randint(100000, 999999))


def _sku(rng, name):
    letters = re.sub(r"[^A-Z]", "", name.upper())[:3] or "ITM"
    return "%s-%04d" % (letters, rng.randint(10, 9999))


_RATE = {"USD": 1, "EUR": 1, "GBP": 1, "SEK": 11, "NOK": 11, "CZK": 23, "PLN": 4, "TRY": 32,
         "RUB": 92, "SAR": 4, "ILS": 4, "INR": 83, "CNY": 7, "TWD": 32, "BRL": 5, "JPY": 155,
         "KRW": 1360, "HUF": 360, "IDR": 16000, "VND": 25000}


def _price(rng, cur, title=""):
    """A plausible, stable price for an item: fixed per title, small random drift."""
    base = 15 + zlib.crc32(title.encode("utf-8")) % 480
    val = base * (1 + rng.randint(-5, 5) / 100.0) * _RATE.get(cur, 1)
    if _RATE.get(cur, 1) >= 100:
        return int(round(val, -2))
    if _RATE.get(cur, 1) >= 20:
        return int(round(val))
    return "%.2f" % (int(val) + 0.99 if rng.random() < 0.6 else round(val, 2))


def _date(rng):
    return "2024-%02d-%02dT%02d:%02d:00Z" % (rng.randint(3, 5), rng.randint(1, 28),
                                             rng.randint(6, 21), rng.randint(0, 59))


def _two_dates(rng):
    first = _date(rng)
    day = min(28, int(first[8:10]) + rng.randint(0, 2))
    second = "%s%02dT%02d:%02d:00Z" % (first[:8], day, rng.randint(6, 21), rng.randint(0, 59))
    return sorted([first, second])


def fake_png_b64(rng):
    raw = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(
        rng.randint(0, 255) for _ in range(rng.randint(30, 60)))
    return base64.b64encode(raw).decode("ascii")


def _review_pool(M):
    pool = list(getattr(M, "NOTES_REVIEW", []))
    pool += [t for s, t in M.PLAIN if s == "review" and len(t) < 200]
    return pool or [i[1] for i in M.ITEMS]


def tool_result(M, rng, note=None):
    """A tool/API result in one of seven shapes; note (if given) sits in a free-text field.
    Returns (text, has_encoded_benign_data)."""
    shape = rng.randrange(7)
    name = rng.choice(M.NAMES)
    item = rng.choice(M.ITEMS)
    cur = M.CUR
    enc = False
    free = note if note is not None else rng.choice(M.NOTES)
    if shape == 0:
        data = {"tool": "orders.get", "status": "ok", "result": {
            "order_id": _oid(rng), "placed_at": _date(rng), "state": rng.choice(["paid", "packed", "shipped", "on_hold"]),
            "customer": name, "items": [{"sku": _sku(rng, item[0]), "title": item[0], "qty": rng.randint(1, 3),
                                         "unit_price": _price(rng, cur, item[0])}],
            "currency": cur, "ship_to": {"city": rng.choice(M.CITIES), "country": M.COUNTRY},
            "customer_note": free}}
    elif shape == 1:
        data = {"tool": "crm.customer_lookup", "ok": True, "customer": {
            "id": "C%07d" % rng.randint(1, 9999999), "display_name": name,
            "segment": rng.choice(["retail", "club", "wholesale", "vip"]),
            "orders_total": rng.randint(1, 40), "locale": M.LOCALE,
            "notes": [rng.choice(M.NOTES), free] if rng.random() < 0.5 else [free]}}
    elif shape == 2:
        data = {"tool": "inventory.check", "sku": _sku(rng, item[0]), "title": item[0],
                "warehouses": [{"code": "WH-%s" % rng.choice("ABCDE"), "available": rng.randint(0, 300)}
                               for _ in range(rng.randint(1, 3))],
                "next_delivery": _date(rng)[:10]}
        if note is not None:
            data["supplier_comment"] = note
    elif shape == 3:
        data = {"tool": "shipping.track", "tracking_no": "%s%09d" % (rng.choice(["JD", "1Z", "TR", "PX"]), rng.randint(0, 999999999)),
                "carrier": rng.choice(M.CARRIERS), "events": [
                    {"at": d, "text": e} for d, e in zip(_two_dates(rng),
                                                         rng.sample(M.EVENTS, min(2, len(M.EVENTS))))],
                "delivery_instructions": free}
    elif shape == 4:
        data = {"tool": "payments.get", "payment": {
            "id": "pay_%s" % "".join(rng.choice("abcdef0123456789") for _ in range(14)),
            "status": rng.choice(["captured", "authorized", "refunded_partial"]),
            "amount": _price(rng, cur, item[0]), "currency": cur, "method": rng.choice(["card", "paypal", "bank_transfer", "klarna"]),
            "fingerprint": "".join(rng.choice("0123456789abcdef") for _ in range(40)),
            "memo": free if note is not None else "order %s" % _oid(rng)}}
        enc = True
    elif shape == 5:
        pool = _review_pool(M)
        revs = [{"rating": rng.randint(3, 5), "author": rng.choice(M.NAMES), "body": rng.choice(pool)}]
        body = note if note is not None else rng.choice([b for b in pool if b != revs[0]["body"]] or pool)
        revs.append({"rating": rng.randint(1, 5), "author": name, "body": body})
        rng.shuffle(revs)
        data = {"tool": "reviews.list", "product": item[0], "page": 1, "reviews": revs}
    else:
        q = item[0].split()[0]
        data = {"tool": "web.search", "query": item[0], "results": [
            {"title": item[0], "url": "https://%s/p/%s?q=%s&utm_source=feed" % (M.DOMAIN, _sku(rng, item[0]).lower(), urlenc(q)),
             "snippet": item[1]},
            {"title": rng.choice(M.ITEMS)[0], "url": "https://compare.%s/offers/%d" % (M.DOMAIN.split(".", 1)[-1], rng.randint(100, 9999)),
             "snippet": note if note is not None else rng.choice(M.ITEMS)[1]}]}
        enc = True
    if rng.random() < 0.15 and shape in (0, 2):
        data["thumbnail"] = "data:image/png;base64," + fake_png_b64(rng)
        enc = True
    indent = rng.choice([None, 2, 1])
    return json.dumps(data, ensure_ascii=False, indent=indent), enc


def feed(M, rng, note=None):
    """A product data feed excerpt (CSV, XML or JSON). Returns (text, encoded_benign)."""
    shape = rng.randrange(3)
    items = rng.sample(M.ITEMS, min(len(M.ITEMS), rng.choice([1, 2, 2, 3])))
    k = rng.randrange(len(items))
    cur = M.CUR
    enc = False
    rows = []
    for i, (title, desc) in enumerate(items):
        d = desc
        if i == k and note is not None:
            d = desc + " " + note if rng.random() < 0.6 else note + " " + desc
        rows.append({"id": _sku(rng, title), "title": title, "description": d,
                     "price": "%s %s" % (_price(rng, cur, title), cur), "brand": rng.choice(getattr(M, "BRANDS", ["Ridgeway", "Fretline", "Greenspade"])),
                     "availability": rng.choice(["in_stock", "out_of_stock", "preorder"])})
    if shape == 0:
        lines = ["id;title;brand;price;availability;description"]
        for r in rows:
            lines.append(";".join([r["id"], r["title"], r["brand"], r["price"], r["availability"],
                                   '"' + r["description"].replace('"', '""') + '"']))
        return "\n".join(lines), enc
    if shape == 1:
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>']
        if rng.random() < 0.3:
            out.append("<!-- feed export %s, batch %d -->" % (_date(rng)[:10], rng.randint(1, 40)))
        for r in rows:
            out.append("<item><g:id>%s</g:id><title>%s</title><g:brand>%s</g:brand><g:price>%s</g:price>"
                       "<g:availability>%s</g:availability><description><![CDATA[%s]]></description></item>"
                       % (r["id"], r["title"], r["brand"], r["price"], r["availability"], r["description"]))
        out.append("</channel></rss>")
        return "\n".join(out), enc
    payload = {"supplier": rng.choice(getattr(M, "BRANDS", ["Ridgeway", "Fretline", "Greenspade"])), "generated": _date(rng), "products": rows}
    if rng.random() < 0.25:
        payload["checksum"] = b64("".join(r["id"] for r in rows))
        enc = True
    return json.dumps(payload, ensure_ascii=False, indent=rng.choice([None, 2])), enc


# ---------------------------------------------------------------- assembly

def build(M, rng):
    """Turn one language module into its labelled rows (without id/split)."""
    n = M.N
    n_ben = n // 2
    n_inj = n - n_ben
    lang = M.LANG
    latin = getattr(M, "LATIN", True)
    out = []

    for src, fam, text in M.HARD:
        out.append(dict(source=src, lang=lang, family=fam, text=strip_slot(text), injection=False, payload=""))
    for src, text in M.PLAIN:
        out.append(dict(source=src, lang=lang, family="benign", text=strip_slot(text), injection=False, payload=""))
    fill = n_ben - len(out)
    assert fill >= 0, (lang, "too many benign rows", len(out), n_ben)
    for i in range(fill):
        if i % 2 == 0:
            text, enc = tool_result(M, rng)
            src = "tool"
        else:
            text, enc = feed(M, rng)
            src = "feed"
        out.append(dict(source=src, lang=lang, family="hard-encoded-data" if enc else "benign",
                        text=text, injection=False, payload=""))

    for src, fam, text, payload in M.FULL:
        out.append(dict(source=src, lang=lang, family=fam, text=text, injection=True, payload=payload))
    need = n_inj - len(M.FULL)
    assert need >= 0, (lang, "too many full injections")
    attacks = list(M.ATTACKS)
    assert len(attacks) * 2 >= need, (lang, "need more attack phrasings", len(attacks), need)
    first, second = attacks[:], attacks[:]
    rng.shuffle(first)
    rng.shuffle(second)
    order = first + second
    carriers = [(s, t) for s, t in M.PLAIN] + [(s, t) for s, f, t in M.HARD if s in ("review", "ticket", "email", "web")]
    rng.shuffle(carriers)
    ci = 0
    lead = M.LEAD
    for j in range(need):
        fam, p = order[j]
        r = rng.random()
        if r < getattr(M, "STRUCT_SHARE", 0.22):
            src = "tool" if rng.random() < 0.55 else "feed"
        else:
            src = None
        if src is None:
            src, carrier = carriers[ci % len(carriers)]
            ci += 1
        kinds = [k for k in BY_SOURCE[src] if latin or k not in LATIN_ONLY]
        open_kinds = [k for k in kinds if k not in HIDING]
        hid_kinds = [k for k in kinds if k in HIDING]
        if rng.random() < getattr(M, "OPEN_SHARE", 0.5):
            kind = rng.choice(open_kinds)
        else:
            kind = rng.choice(hid_kinds)
        if fam == "fake-system":
            kind = "fake-system"
        if kind == "quoted-thread":
            text = quoted_thread(carrier, p, lead, rng)
        else:
            snip = wrap(kind, p, lead, rng, slug=M.LANG.lower())
            if src == "tool":
                text, _ = tool_result(M, rng, note=snip)
            elif src == "feed":
                text, _ = feed(M, rng, note=snip)
            else:
                if src == "web" and carrier.lstrip().startswith("<") and not snip.lstrip().startswith("<"):
                    snip = "<p>%s</p>" % snip
                where = "end" if kind == "ps" else rng.choice(["start", "middle", "middle", "end"])
                text = strip_slot(insert(carrier, snip, where, rng)) if "{X}" not in carrier else insert(carrier, snip, where, rng)
        family = kind if kind in HIDING else fam
        out.append(dict(source=src, lang=lang, family=family, text=text, injection=True, payload=p))
    return out


def validate(rows, expect_total=None):
    ids, texts = set(), set()
    for r in rows:
        assert tuple(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, ("duplicate text", r["text"][:80])
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n, r["text"][:80])
        assert r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], (r["id"], r["payload"])
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r
        else:
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r
        assert "{X}" not in r["text"], r["id"]
    if expect_total is not None:
        assert len(rows) == expect_total, len(rows)
