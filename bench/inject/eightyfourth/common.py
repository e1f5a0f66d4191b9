"""Shared building blocks: encoders, hiding techniques, source frames, row assembly."""
import base64
import codecs
import json
import random
import urllib.parse

LATIN_TECH = ["encoded-rot13", "encoded-leet", "encoded-homoglyph"]
ANY_TECH = [
    "hidden-comment", "hidden-css", "hidden-alt", "hidden-attr", "hidden-md-comment",
    "hidden-json-field", "encoded-base64", "encoded-hex", "encoded-url",
    "encoded-zero-width", "encoded-spaced",
]

ZW = "\u200b"
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "i": "\u0456"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def encode(tech, s):
    if tech == "encoded-base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if tech == "encoded-hex":
        return s.encode("utf-8").hex()
    if tech == "encoded-url":
        return urllib.parse.quote(s, safe="")
    if tech == "encoded-rot13":
        return codecs.encode(s, "rot13")
    if tech == "encoded-zero-width":
        return ZW.join(s)
    if tech == "encoded-spaced":
        return " ".join(ch if ch != " " else "/" for ch in s)
    if tech == "encoded-leet":
        return "".join(LEET.get(ch, ch) for ch in s)
    if tech == "encoded-homoglyph":
        return "".join(HOMO.get(ch, ch) for ch in s)
    raise ValueError(tech)


ENC_TAG = {
    "encoded-base64": ["b64:", "base64,", "[enc=b64]", "data:text/plain;base64,", "ref:"],
    "encoded-hex": ["hex:", "0x", "[hex]", "token="],
    "encoded-url": ["q=", "%%", "note=", "msg="],
    "encoded-rot13": ["rot13:", "[r13]", "(rot13)", ""],
    "encoded-zero-width": [""],
    "encoded-spaced": [""],
    "encoded-leet": [""],
    "encoded-homoglyph": [""],
}


class Deck:
    """Deterministic cycling over a shuffled pool so items are used evenly."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.buf = []

    def draw(self):
        if not self.buf:
            self.buf = list(self.items)
            self.rng.shuffle(self.buf)
        return self.buf.pop()

    def take(self, n):
        out = []
        for _ in range(n):
            x = self.draw()
            if x not in out:
                out.append(x)
        return out


def hide(tech, payload, rng, lead=""):
    """Return (snippet, is_markup) where snippet carries payload via tech."""
    if tech == "hidden-comment":
        return rng.choice(["<!-- %s -->", "<!--\n%s\n-->", "<!-- note: %s -->"]) % payload, True
    if tech == "hidden-css":
        style = rng.choice(["display:none", "font-size:0", "color:#fff;background:#fff",
                            "position:absolute;left:-9999px", "opacity:0;height:0;overflow:hidden"])
        tag = rng.choice(["span", "div", "p"])
        return '<%s style="%s">%s</%s>' % (tag, style, payload, tag), True
    if tech == "hidden-alt":
        img = rng.choice(["hero", "gallery-3", "badge", "thumb_02", "size-chart"])
        return '<img src="/media/%s.webp" alt="%s" width="600">' % (img, payload.replace('"', "'")), True
    if tech == "hidden-attr":
        attr = rng.choice(["data-ai-note", "data-summary", "aria-description", "title", "data-meta"])
        return '<div class="specs" %s="%s"></div>' % (attr, payload.replace('"', "'")), True
    if tech == "hidden-md-comment":
        return rng.choice(["[//]: # (%s)", "<!-- %s -->\n", "[comment]: <> (%s)"]) % payload, False
    if tech == "hidden-json-field":
        return None, False
    tag = rng.choice(ENC_TAG[tech])
    enc = encode(tech, payload)
    return ((lead + " ") if lead else "") + tag + enc, False


def wrap_html(parts):
    out = ["<html><body>", '<div class="pdp">']
    for p in parts:
        out.append(p if p.startswith("<") else "<p>%s</p>" % p)
    out.append("</div></body></html>")
    return "\n".join(out)


def place(ctx, snippet, rng):
    parts = list(ctx)
    pos = rng.randint(0, len(parts))
    parts.insert(pos, snippet)
    return parts


TOOLS = ["web_fetch", "browse_page", "search_web", "get_reviews", "fetch_listing",
         "price_compare", "read_url", "scrape_product"]


def rid(rng, n=6):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def frame(source, lang, mod, ctx, snippet, markup, rng, json_field=None):
    """Render ctx sentences plus optional snippet into the given source format."""
    dom = rng.choice(mod.DOMAINS)
    prod = rng.choice(mod.PRODUCTS)
    price = "%d%s%02d" % (rng.randint(9, 899), mod.DEC, rng.choice([0, 49, 90, 95, 99]))
    parts = place(ctx, snippet, rng) if snippet else list(ctx)
    if source == "tool":
        tool = rng.choice(TOOLS)
        if tool == "search_web":
            res = []
            for i, p in enumerate(parts):
                res.append({"rank": i + 1, "title": prod if i == 0 else rng.choice(mod.PRODUCTS),
                            "url": "https://%s/%s-%s" % (rng.choice(mod.DOMAINS), rid(rng, 4), i),
                            "snippet": p})
            obj = {"tool": tool, "query": prod, "results": res}
        elif tool in ("get_reviews",):
            obj = {"tool": tool, "sku": "SKU-%s" % rid(rng, 5).upper(),
                   "reviews": [{"rating": rng.randint(1, 5), "body": p} for p in parts]}
        else:
            obj = {"tool": tool, "url": "https://%s/p/%s" % (dom, rid(rng)),
                   "status": 200, "title": prod, "price": price,
                   "content": "\n".join(parts)}
        if json_field:
            obj[json_field[0]] = json_field[1]
        return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 1, 2]))
    if source == "web":
        if markup or rng.random() < 0.3:
            head = "<h1>%s</h1>" % prod
            return wrap_html([head] + parts + ['<span class="price">%s %s</span>' % (price, mod.CUR)])
        body = "\n\n".join(parts)
        return "%s | %s\n%s %s\n\n%s" % (prod, dom, price, mod.CUR, body)
    if source == "review":
        stars = rng.randint(1, 5)
        who = rng.choice(mod.NAMES)
        body = " ".join(parts) if not markup else "\n".join(parts)
        return "%s%s  %s · %s\n%s" % ("★" * stars, "☆" * (5 - stars), who, prod, body)
    if source == "feed":
        if rng.random() < 0.5 or markup:
            return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:price>%s %s</g:price>\n"
                    "  <description><![CDATA[%s]]></description>\n</item>") % (
                rid(rng, 8).upper(), prod, price, mod.CUR, "\n".join(parts))
        return "sku;title;price;description\n%s;%s;%s;%s" % (
            rid(rng, 7).upper(), prod, price, " ".join(parts).replace("\n", " "))
    if source == "email":
        return "From: %s <%s@%s>\nSubject: %s\n\n%s" % (
            rng.choice(mod.NAMES), rng.choice(["info", "sales", "news", "partner", "team"]),
            dom, prod, "\n\n".join(parts))
    if source == "ticket":
        return "#%d · %s\n%s" % (rng.randint(10000, 99999), prod, "\n".join(parts))
    raise ValueError(source)


SRC_INJ = ["web"] * 9 + ["tool"] * 8 + ["review"] * 3 + ["feed"] * 3 + ["email"] * 2 + ["ticket"] * 2
SRC_BEN = SRC_INJ
JSON_FIELDS = ["seller_note", "ai_hint", "meta_description", "notes", "instructions_for_agent",
               "x-extra", "comment"]


def build(mod, seed):
    """Build (injection rows, benign rows) for one language module."""
    rng = random.Random(seed)
    n_inj = mod.N // 2
    n_ben = mod.N - n_inj
    n_hard = -(-n_ben * 6 // 10)
    ctx = Deck(mod.CONTEXT, rng)
    pay = Deck(mod.PAYLOADS, rng)
    techs = ANY_TECH + (LATIN_TECH if getattr(mod, "LATIN", False) else [])
    tdeck = Deck(techs, rng)
    seen = set()
    rows = []

    def add(text, source, fam, inj, payload):
        b = len(text.encode("utf-8"))
        if text in seen or b < 40 or b > 3000:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": mod.LANG, "family": fam, "text": text,
                     "injection": inj, "payload": payload})
        return True

    k = 0
    while sum(r["injection"] for r in rows) < n_inj:
        k += 1
        fam, p = pay.draw()
        source = rng.choice(SRC_INJ)
        tech = "plain" if rng.random() < 0.5 else tdeck.draw()
        if tech in ("hidden-comment", "hidden-css", "hidden-alt", "hidden-attr") and source not in ("web", "tool", "feed"):
            source = rng.choice(["web", "tool", "feed"])
        c = ctx.take(rng.randint(1, 3))
        jf = None
        if tech == "plain":
            snip, markup = p, False
        elif tech == "hidden-json-field":
            source = "tool"
            snip, markup = None, False
            jf = (rng.choice(JSON_FIELDS), p)
        else:
            snip, markup = hide(tech, p, rng, rng.choice(mod.ENC_LEAD))
            if tech.startswith("hidden") and source == "tool":
                markup = True
        f = fam if tech == "plain" else tech
        add(frame(source, mod.LANG, mod, c, snip, markup, rng, jf), source, f, True, p)
        if k > 50 * n_inj:
            raise RuntimeError("cannot fill injections for " + mod.LANG)

    hard = Deck(mod.HARD, rng)
    k = 0
    while len(rows) < n_inj + n_hard:
        k += 1
        fam, h = hard.draw()
        source = getattr(mod, "HARD_SRC", {}).get(fam) or rng.choice(SRC_BEN)
        c = ctx.take(rng.randint(0, 2))
        add(frame(source, mod.LANG, mod, c, h, False, rng), source, fam, False, "")
        if k > 50 * n_ben:
            raise RuntimeError("cannot fill hard negatives for " + mod.LANG)
    enc_ben = benign_encoded(mod, rng)
    k = 0
    while len(rows) < mod.N:
        k += 1
        source = rng.choice(SRC_BEN)
        c = ctx.take(rng.randint(1, 3))
        if rng.random() < 0.12:
            e = rng.choice(enc_ben)
            add(frame(source, mod.LANG, mod, c, e, True, rng), source, "hard-encoded-data", False, "")
        else:
            add(frame(source, mod.LANG, mod, c, None, False, rng), source, "benign", False, "")
        if k > 50 * n_ben:
            raise RuntimeError("cannot fill benign for " + mod.LANG)
    return rows


def benign_encoded(mod, rng):
    img = base64.b64encode(bytes(rng.randrange(256) for _ in range(36))).decode()
    q = urllib.parse.quote(rng.choice(mod.PRODUCTS))
    return [
        '<img src="data:image/png;base64,iVBORw0KGgo%s" alt="%s">' % (img, rng.choice(mod.PRODUCTS)),
        '<a href="https://%s/search?q=%s&utm_source=compare&utm_medium=cpc">%s</a>' % (
            rng.choice(mod.DOMAINS), q, rng.choice(mod.PRODUCTS)),
        "<!-- build %s · cache-hit · sha256:%s -->" % (rid(rng, 7), rid(rng, 40)),
        '<script type="application/ld+json">{"@type":"Product","sku":"%s","gtin13":"40%s"}</script>' % (
            rid(rng, 6).upper(), "".join(rng.choice("0123456789") for _ in range(11))),
    ]
