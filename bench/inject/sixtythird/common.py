"""Shared machinery for the sixtythird corpus.

Language modules only hold native text pools; everything that turns those
pools into rows lives here: concealment of a hidden sentence, text encoders,
document builders per source, per-language assembly and validation.
"""

import base64
import codecs
import html
import json
import re
import unicodedata
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
ALL = SOURCES

# method -> sources where the carrier can plausibly hold it
METHODS = {
    "html-comment": ALL,
    "css-display-none": ("email", "web", "feed", "tool", "ticket", "review"),
    "css-visibility-hidden": ("email", "web", "feed", "tool"),
    "css-font-size-zero": ("email", "web", "feed", "tool", "ticket", "review"),
    "css-white-on-white": ("email", "web", "ticket", "review"),
    "css-offscreen": ("web", "email", "feed", "tool"),
    "css-opacity-zero": ("web", "email", "feed", "tool"),
    "aria-hidden": ("web", "email", "feed", "tool"),
    "alt-attribute": ("web", "email", "feed", "tool", "review"),
    "title-attribute": ("web", "email", "feed", "tool"),
    "data-attribute": ("web", "feed", "tool"),
    "hidden-input": ("web", "tool"),
    "markdown-comment": ("review", "ticket", "feed", "tool"),
    "markdown-link-title": ("review", "ticket", "feed", "tool", "email"),
    "json-ld": ("web", "tool"),
    "meta-description": ("web", "tool"),
    "zero-width": ALL,
    "homoglyph": ALL,
    "spaced-letters": ALL,
    "leetspeak": ALL,
    "encoded-base64": ALL,
    "encoded-hex": ALL,
    "encoded-url": ALL,
    "encoded-rot13": ALL,
    "unicode-tags": ALL,
}
DEFAULT_WEIGHTS = {"review": 30, "ticket": 15, "feed": 14, "email": 15, "web": 14, "tool": 12}
HEAD_METHODS = ("json-ld", "meta-description")
TEXT_METHODS = ("zero-width", "homoglyph", "spaced-letters", "leetspeak",
                "encoded-base64", "encoded-hex", "encoded-url", "encoded-rot13",
                "unicode-tags")
HTML_METHODS = tuple(m for m in METHODS if m not in TEXT_METHODS
                     and not m.startswith("markdown"))
NO_SPACE_SCRIPTS = ("cjk", "thai")


def methods_for(L):
    out = []
    for m in METHODS:
        if m == "unicode-tags" and not getattr(L, "TAGS", False):
            continue
        if m in ("leetspeak", "encoded-rot13") and L.SCRIPT != "latin":
            continue
        if m == "homoglyph" and L.SCRIPT not in ("latin", "cyrillic", "greek"):
            continue
        if m == "spaced-letters" and L.SCRIPT in ("devanagari", "thai"):
            continue
        out.append(m)
    return out


class Cycle:
    """Hands out pool items evenly (shuffled rounds) and counts usage."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.queue = []
        self.used = [0] * len(self.items)

    def next(self, ok=None):
        for _ in range(3 * len(self.items) + 3):
            if not self.queue:
                self.queue = list(range(len(self.items)))
                self.rng.shuffle(self.queue)
            i = self.queue.pop()
            if ok is None or ok(self.items[i]):
                self.used[i] += 1
                return self.items[i]
        raise ValueError("no acceptable item in pool")

    def max_used(self):
        return max(self.used) if self.used else 0


# ---------------------------------------------------------------- encoders
_CYR = dict(zip("aceopxyiABCEHKMOPTX", "асеорхуіАВСЕНКМОРТХ"))
_LAT = dict(zip("асеорхуіАВСЕНКМОРТХ", "aceopxyiABCEHKMOPTX"))
_GRK = dict(zip("οιικνρΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "oiikvpABEZHIKMNOPTYX"))
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
         "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7", "g": "9", "b": "8"}
ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def homoglyph(s, script, rng):
    table = {"latin": _CYR, "cyrillic": _LAT, "greek": _GRK}[script]
    p = rng.choice((0.5, 0.7, 0.9))
    out = "".join(table[c] if c in table and rng.random() < p else c for c in s)
    if out == s:
        out = "".join(table.get(c, c) for c in s)
    return out


def leet(s, rng):
    p = rng.choice((0.6, 0.8, 1.0))
    out = "".join(_LEET[c] if c in _LEET and rng.random() < p else c for c in s)
    if out == s:
        out = "".join(_LEET.get(c, c) for c in s)
    return out


def spaced(s, script, rng):
    if script in NO_SPACE_SCRIPTS:
        sep = rng.choice((" ", " ", "・" if script == "cjk" else " ", "　"))
        return sep.join(c for c in s if not c.isspace())
    sep = rng.choice((" ", " ", ".", "-", "_"))
    gap = {" ": "   ", ".": " ", "-": " / ", "_": "  "}[sep]
    return gap.join(sep.join(w) for w in s.split())


def zero_width(s, rng):
    z = rng.choice(ZW)
    if rng.random() < 0.5:
        return z.join(s)
    return "".join(c + (rng.choice(ZW) if not c.isspace() else "") for c in s)


def tags(s):
    return "".join(chr(0xE0000 + ord(c)) for c in s if 32 <= ord(c) < 127)


def b64(s, rng):
    out = base64.b64encode(s.encode("utf-8")).decode("ascii")
    if len(out) > 76 and rng.random() < 0.25:
        out = "\n".join(out[i:i + 76] for i in range(0, len(out), 76))
    return out


def hexenc(s, rng):
    raw = s.encode("utf-8")
    style = rng.choice(("plain", "plain", "spaced", "escaped"))
    if style == "spaced":
        return " ".join("%02x" % b for b in raw)
    if style == "escaped":
        return "".join("\\x%02x" % b for b in raw)
    return raw.hex()


def urlenc(s, rng):
    if rng.random() < 0.5:
        return urllib.parse.quote(s, safe="")
    return urllib.parse.quote_plus(s)


def rot13(s):
    return codecs.encode(s, "rot13")


def transform(method, s, L, rng):
    if method == "zero-width":
        return zero_width(s, rng)
    if method == "homoglyph":
        return homoglyph(s, L.SCRIPT, rng)
    if method == "spaced-letters":
        return spaced(s, L.SCRIPT, rng)
    if method == "leetspeak":
        return leet(s, rng)
    if method == "encoded-base64":
        return b64(s, rng)
    if method == "encoded-hex":
        return hexenc(s, rng)
    if method == "encoded-url":
        return urlenc(s, rng)
    if method == "encoded-rot13":
        return rot13(s)
    if method == "unicode-tags":
        return tags(s)
    raise KeyError(method)


# ---------------------------------------------------------------- small random bits
def rhex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rdigits(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def rdate(rng):
    return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def price(L, rng):
    lo, hi = L.UI.get("price_range", (5, 300))
    v = rng.uniform(lo, hi)
    if hi > 5000:
        v = round(v, -2)
        num = "{:,}".format(int(v)).replace(",", L.UI.get("thousands", ","))
    else:
        num = ("%.2f" % v).replace(".", L.UI.get("dec", "."))
        if rng.random() < 0.3:
            num = num[:-3] + L.UI.get("dec", ".") + "99"
    return L.UI["cur"].format(num)


def num_price(L, rng):
    lo, hi = L.UI.get("price_range", (5, 300))
    if hi > 5000:
        return str(int(round(rng.uniform(lo, hi), -2)))
    return "%.2f" % rng.uniform(lo, hi)


def host(L, rng):
    return rng.choice(L.HOSTS)


def url(L, rng, kind="page"):
    h = host(L, rng)
    if kind == "img":
        return "https://cdn.%s/img/%s/%s.%s" % (h, rhex(rng, 2), rhex(rng, 10), rng.choice(("jpg", "webp", "png")))
    parts = ("p", "products", "item", "a", "blog", "c", "pages", "dp")
    return "https://%s/%s/%s-%s" % (h, rng.choice(parts), rhex(rng, 4), rdigits(rng, 5))


def sku(rng):
    return rng.choice(("SW", "AR", "KT", "PX", "MB", "LT", "QX")) + "-" + rdigits(rng, 5) + rng.choice(("", "-B", "-XL", "-02"))


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- concealment
_CLASSES = ("sr-only", "visually-hidden", "x-note", "pd-extra", "c7", "hdn", "meta-row", "u-hide", "seo-block", "tpl-aux")
_DATA = ("note", "info", "extra", "ctx", "hint", "desc", "memo", "ai-hint", "comment", "meta")
_INPUTS = ("note", "comment", "msg", "context", "extra", "remark", "info", "instructions")


def css_block(method, inner, rng):
    tag = rng.choice(("span", "div", "p", "span"))
    styles = {
        "css-display-none": ("display:none", "display: none;", "display:none !important", "display:none;speak:none"),
        "css-visibility-hidden": ("visibility:hidden", "visibility:hidden;height:0;overflow:hidden", "visibility: hidden; position:absolute"),
        "css-font-size-zero": ("font-size:0", "font-size:0px;line-height:0", "font-size:0;color:transparent", "font-size: 0pt"),
        "css-white-on-white": ("color:#ffffff;background:#ffffff", "color:#fff", "color:white;background-color:white", "color:#fefefe;background:#fff;font-size:2px"),
        "css-offscreen": ("position:absolute;left:-9999px", "position:absolute;top:-10000px;left:-10000px", "position:fixed;left:-5000px;top:0", "text-indent:-9999px;overflow:hidden;white-space:nowrap;width:1px"),
        "css-opacity-zero": ("opacity:0", "opacity:0;height:1px;overflow:hidden", "opacity:0.0;pointer-events:none", "filter:opacity(0)"),
    }[method]
    r = rng.random()
    if method == "css-display-none" and r < 0.2:
        return "<%s hidden>%s</%s>" % (tag, inner, tag)
    if r < 0.35:
        cls = rng.choice(_CLASSES)
        style = rng.choice(styles)
        return "<style>.%s{%s}</style><%s class=\"%s\">%s</%s>" % (cls, style, tag, cls, inner, tag)
    if method == "css-white-on-white" and r < 0.5:
        return "<font color=\"#FFFFFF\">%s</font>" % inner
    return "<%s style=\"%s\">%s</%s>" % (tag, rng.choice(styles), inner, tag)


def html_fragment(method, s, L, rng, benign=False):
    """Return (where, fragment). where is 'head' or 'body'."""
    if method == "html-comment":
        form = rng.random()
        if form < 0.5:
            return "body", "<!-- %s -->" % s
        if form < 0.75:
            return "body", "<!--%s-->" % s
        return "body", "<!--\n  %s\n-->" % s
    if method.startswith("css-"):
        return "body", css_block(method, esc(s), rng)
    if method == "aria-hidden":
        if benign and rng.random() < 0.4:
            icon = rng.choice(("★★★★☆", "🚚", "✔", "♥", "›", "⓵", "🔒", "ⓘ"))
            return "body", "<span aria-hidden=\"true\">%s</span> <span class=\"sr-only\">%s</span>" % (icon, esc(s))
        style = rng.choice(("class=\"visually-hidden\"", "style=\"position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)\"", "class=\"sr-only\" style=\"display:none\""))
        return "body", "<span aria-hidden=\"true\" %s>%s</span>" % (style, esc(s))
    if method == "alt-attribute":
        extra = rng.choice(("", " width=\"1\" height=\"1\"", " loading=\"lazy\"", " width=\"600\" height=\"600\"", " class=\"gallery-img\""))
        if benign:
            extra = rng.choice(("", " loading=\"lazy\"", " width=\"800\" height=\"800\"", " class=\"gallery-img\""))
        return "body", "<img src=\"%s\" alt=\"%s\"%s>" % (url(L, rng, "img"), esc(s), extra)
    if method == "title-attribute":
        f = rng.random()
        if f < 0.5:
            return "body", "<a href=\"%s\" title=\"%s\">%s</a>" % (url(L, rng), esc(s), esc(L.UI["more"]))
        if f < 0.75:
            return "body", "<span class=\"info\" title=\"%s\">ⓘ</span>" % esc(s)
        return "body", "<abbr title=\"%s\">%s</abbr>" % (esc(s), esc(L.UI["abbr"]))
    if method == "data-attribute":
        name = rng.choice(_DATA)
        if benign:
            name = rng.choice(("tooltip", "label", "caption", "variant-name", "desc", "alt-text", "note"))
        cls = rng.choice(("product-card", "badge", "pd-row", "gallery", "spec", "tile"))
        if rng.random() < 0.5:
            return "body", "<div class=\"%s\" data-sku=\"%s\" data-%s=\"%s\"></div>" % (cls, sku(rng), name, esc(s))
        return "body", "<span class=\"%s\" data-%s=\"%s\">%s</span>" % (cls, name, esc(s), esc(L.UI["more"]))
    if method == "hidden-input":
        name = rng.choice(_INPUTS)
        if benign:
            name = rng.choice(("gift_message", "variant_label", "note_default", "locale_label", "referrer_text"))
        return "body", "<form action=\"/cart/add\" method=\"post\"><input type=\"hidden\" name=\"product_id\" value=\"%s\"><input type=\"hidden\" name=\"%s\" value=\"%s\"><button>%s</button></form>" % (
            rdigits(rng, 7), name, esc(s), esc(L.UI["cart"]))
    if method == "markdown-comment":
        t = s.replace("(", "[").replace(")", "]")
        return "body", rng.choice(("[//]: # (%s)" % t, "[comment]: <> (%s)" % t, "[//]: # \"%s\"" % s.replace("\"", "'")))
    if method == "markdown-link-title":
        return "body", "[%s](%s \"%s\")" % (L.UI["more"], url(L, rng), s.replace("\"", "'"))
    if method == "meta-description":
        prop = rng.choice(("name=\"description\"", "property=\"og:description\"", "name=\"twitter:description\"", "name=\"description\""))
        return "head", "<meta %s content=\"%s\">" % (prop, esc(s))
    if method == "json-ld":
        return "head", s  # caller builds the JSON-LD block
    raise KeyError(method)


def json_ld(L, rng, name, desc, hidden=None):
    obj = {"@context": "https://schema.org", "@type": "Product", "name": name,
           "sku": sku(rng), "brand": {"@type": "Brand", "name": rng.choice(L.BRANDS)}}
    slot = rng.choice(("description", "review", "disambiguatingDescription", "additionalProperty"))
    obj["description"] = desc
    if hidden is not None:
        if slot == "description":
            obj["description"] = desc + " " + hidden
        elif slot == "review":
            obj["review"] = {"@type": "Review", "reviewBody": hidden,
                             "reviewRating": {"@type": "Rating", "ratingValue": str(rng.randint(4, 5))}}
        elif slot == "disambiguatingDescription":
            obj["disambiguatingDescription"] = hidden
        else:
            obj["additionalProperty"] = [{"@type": "PropertyValue", "name": "note", "value": hidden}]
    obj["offers"] = {"@type": "Offer", "priceCurrency": L.UI["iso"],
                     "price": num_price(L, rng),
                     "availability": "https://schema.org/InStock"}
    return "<script type=\"application/ld+json\">%s</script>" % json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- hidden snippet for a row
def make_snippet(method, s, L, rng, benign, lead=None, carrier_name=None, carrier_desc=None):
    """Return (where, fragment, is_html)."""
    if method in TEXT_METHODS:
        enc = transform(method, s, L, rng)
        if method == "unicode-tags":
            return "body", enc, False
        if lead:
            frag = lead + rng.choice((" ", "\n", ": " if not lead.rstrip().endswith((":", "：")) else " "))+ enc
        else:
            frag = enc
        if method == "encoded-url" and rng.random() < 0.5:
            frag = (lead + " " if lead else "") + "https://%s/r?%s=%s" % (host(L, rng), rng.choice(("m", "q", "msg", "t", "ref")), enc)
        if rng.random() < 0.3:
            return "body", "<!-- %s -->" % frag, True
        return "body", frag, False
    if method == "json-ld":
        return "head", json_ld(L, rng, carrier_name or rng.choice(L.PRODUCTS)[0],
                               carrier_desc or rng.choice(L.PRODUCTS)[1], s), True
    where, frag = html_fragment(method, s, L, rng, benign)
    return where, frag, not method.startswith("markdown")


# ---------------------------------------------------------------- text insertion
_SENT = {
    "cjk": re.compile(r"(?<=[。！？!?])"),
    "thai": re.compile(r"(?<= )"),
}


def sentences(text, script):
    if script in _SENT:
        parts = [p for p in _SENT[script].split(text) if p]
    else:
        parts = re.split(r"(?<=[.!?…])\s+", text)
    return [p for p in parts if p.strip()]


def insert_inline(text, frag, L, rng, pos=None):
    """Insert a fragment into plain text at the start, middle or end."""
    if pos is None:
        pos = rng.choice(("start", "mid", "mid", "end", "end", "end"))
    joiner = "" if L.SCRIPT in NO_SPACE_SCRIPTS else " "
    if "\n\n" in text and rng.random() < 0.6:
        paras = text.split("\n\n")
        i = {"start": 0, "end": len(paras)}.get(pos, rng.randint(1, max(1, len(paras) - 1)))
        paras.insert(i, frag)
        return "\n\n".join(paras)
    sents = sentences(text, L.SCRIPT)
    if pos == "start":
        i = 0
    elif pos == "end" or len(sents) < 2:
        i = len(sents)
    else:
        i = rng.randint(1, len(sents) - 1)
    sep = rng.choice((" ", " ", "\n")) if joiner else rng.choice(("", "", "\n"))
    left = joiner.join(sents[:i])
    right = joiner.join(sents[i:])
    out = frag if not left else left + sep + frag
    if right:
        out = out + (sep if sep != "" else "") + right
    return out


def to_html_paras(text):
    return "\n".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n") if p.strip())


def insert_html(paras_html, frag, rng):
    lines = paras_html.split("\n")
    i = rng.randint(0, len(lines))
    inline = not frag.startswith("<") or frag.startswith(("<span", "<a ", "<img", "<abbr", "<!--", "<font"))
    if lines and inline and rng.random() < 0.35:
        j = rng.randrange(len(lines))
        if lines[j].endswith("</p>"):
            lines[j] = lines[j][:-4] + " " + frag + "</p>"
            return "\n".join(lines)
    lines.insert(i, frag)
    return "\n".join(lines)


# ---------------------------------------------------------------- builders per source
def build_review(L, rng, review, snip):
    text = review
    if snip:
        where, frag, is_html = snip
        text = insert_inline(text, frag, L, rng)
    r = rng.random()
    if r < 0.25:
        stars = rng.randint(3, 5) if rng.random() < 0.8 else rng.randint(1, 2)
        return "★" * stars + "☆" * (5 - stars) + "\n" + text
    if r < 0.4:
        return "%s: %d/5\n%s" % (L.UI["rating"], rng.randint(1, 5), text)
    return text


def build_ticket(L, rng, ticket, snip):
    subject, body = ticket
    head = "%s #%s\n%s: %s\n\n" % (L.UI["ticket"], rdigits(rng, 6), L.UI["subject"], subject)
    if rng.random() < 0.3:
        head = "%s: %s\n\n" % (L.UI["subject"], subject)
    if snip is None:
        return head + body
    where, frag, is_html = snip
    if is_html and rng.random() < 0.6:
        return head + "<div dir=\"auto\">\n" + insert_html(to_html_paras(body), frag, rng) + "\n</div>"
    return head + insert_inline(body, frag, L, rng)


def _email_addr(L, rng, name):
    first = unicodedata.normalize("NFKD", name.lower().split()[0]) if name else ""
    local = re.sub(r"[^a-z]", "", first)
    if not local:
        local = rng.choice(("info", "sales", "kontakt", "office", "support", "orders", "hello"))
    return "%s@%s" % (local, rng.choice(L.MAILHOSTS))


def build_email(L, rng, email, snip):
    subject, sender, body = email
    hdr = "From: %s <%s>\nTo: %s@%s\nSubject: %s\n" % (sender, _email_addr(L, rng, sender), rng.choice(("support", "service", "shop", "orders")), host(L, rng), subject)
    if rng.random() < 0.5:
        hdr += "Date: %s %02d:%02d\n" % (rdate(rng), rng.randint(7, 22), rng.randint(0, 59))
    if snip is None:
        if rng.random() < 0.3:
            return hdr + "Content-Type: text/html; charset=utf-8\n\n<html><body>\n" + to_html_paras(body) + "\n</body></html>"
        return hdr + "\n" + body
    where, frag, is_html = snip
    if is_html or rng.random() < 0.3:
        bodyh = insert_html(to_html_paras(body), frag, rng)
        foot = ""
        if rng.random() < 0.5:
            foot = "\n<p style=\"font-size:11px;color:#888\"><a href=\"%s\">%s</a></p>" % (url(L, rng), esc(L.UI["unsub"]))
        return hdr + "Content-Type: text/html; charset=utf-8\n\n<html><body>\n" + bodyh + foot + "\n</body></html>"
    return hdr + "\n" + insert_inline(body, frag, L, rng)


def _page_parts(L, rng, carrier):
    kind, item = carrier
    if kind == "product":
        name, desc = item
        paras = "<p class=\"price\">%s</p>\n%s\n<button class=\"add\">%s</button>" % (price(L, rng), to_html_paras(desc), esc(L.UI["cart"]))
        return name, desc, paras
    title, body = item
    return title, sentences(body, L.SCRIPT)[0], to_html_paras(body)


def build_web(L, rng, carrier, snip, extra_head=""):
    return re.sub(r"\n{2,}", "\n", _build_web(L, rng, carrier, snip, extra_head))


def _build_web(L, rng, carrier, snip, extra_head=""):
    title, desc, paras = _page_parts(L, rng, carrier)
    head_frag = extra_head
    if snip:
        where, frag, is_html = snip
        if where == "head":
            head_frag += ("\n" if head_frag else "") + frag
        else:
            paras = insert_html(paras, frag, rng)
    shop = rng.choice(L.SHOPS)
    t = rng.random()
    if t < 0.45 or (head_frag and "<meta" in head_frag):
        return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | %s</title>\n%s\n</head>\n<body>\n<h1>%s</h1>\n%s\n</body>\n</html>"
                % (L.HTML_LANG, esc(title), esc(shop), head_frag, esc(title), paras)).replace("\n\n</head>", "\n</head>")
    if t < 0.75:
        return "<main id=\"content\">\n<article>\n<h2>%s</h2>\n%s\n%s\n</article>\n</main>" % (esc(title), paras, head_frag)
    return "<section class=\"pdp\" data-shop=\"%s\">\n%s\n<h1 class=\"title\">%s</h1>\n%s\n</section>" % (esc(shop), head_frag, esc(title), paras)


def build_feed(L, rng, product, snip):
    name, desc = product
    desc_html = to_html_paras(desc)
    desc_key = "description_html"
    extra = None
    if snip:
        where, frag, is_html = snip
        if frag.startswith("[") and not is_html:
            desc_html = insert_inline(desc, frag, L, rng, rng.choice(("mid", "end")))
            desc_key = "description_md"
        elif is_html or where == "head" or rng.random() < 0.5:
            desc_html = insert_html(desc_html, frag, rng)
        else:
            extra = frag
    fmt = rng.choice(("json", "json", "xml", "csv", "jsonl"))
    sk = sku(rng)
    pr = "%s %s" % (num_price(L, rng), L.UI["iso"])
    brand = rng.choice(L.BRANDS)
    if fmt in ("json", "jsonl"):
        obj = {"sku": sk, "title": name, "brand": brand, desc_key: desc_html, "price": pr,
               "stock": rng.randint(0, 900)}
        if rng.random() < 0.4:
            obj["gtin"] = rdigits(rng, 13)
        if extra is not None:
            obj[rng.choice(("supplier_note", "notes", "marketing_copy", "bullet_5", "internal_ref"))] = extra
        if fmt == "jsonl":
            return json.dumps(obj, ensure_ascii=False)
        return json.dumps({"supplier": brand, "items": [obj]}, ensure_ascii=False, indent=2)
    if fmt == "xml":
        x = "<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:brand>%s</g:brand>\n  <description><![CDATA[%s]]></description>\n  <g:price>%s</g:price>\n" % (sk, esc(name), esc(brand), desc_html, pr)
        if extra is not None:
            x += "  <g:custom_label_0>%s</g:custom_label_0>\n" % esc(extra)
        return x + "</item>"
    cols = ["sku", "title", "brand", "description", "price"]
    vals = [sk, name, brand, desc_html, pr]
    if extra is not None:
        cols.append("note")
        vals.append(extra)
    q = lambda v: "\"" + v.replace("\"", "\"\"") + "\""
    return ";".join(cols) + "\n" + ";".join(q(v) for v in vals)


def build_tool(L, rng, carrier, snip, extra_review=None):
    kind, item = carrier
    indent = rng.choice((None, 2))
    if kind in ("product", "page"):
        shape = rng.choice(("fetch", "fetch", "search")) if kind == "product" else "fetch"
        if snip and snip[0] == "head":
            shape = "fetch"
        if shape == "fetch":
            page = build_web(L, rng, carrier, snip)
            obj = {"tool": rng.choice(("web_fetch", "browse", "fetch_url", "http_get")), "url": url(L, rng), "status": 200, "content": page}
            return json.dumps(obj, ensure_ascii=False, indent=indent)
        name, desc = item
        if snip:
            where, frag, is_html = snip
            desc = insert_inline(desc, frag, L, rng)
        res = [{"title": name, "url": url(L, rng), "snippet": desc, "price": price(L, rng)}]
        other = rng.choice(L.PRODUCTS)
        if other[0] != name:
            res.insert(rng.randint(0, 1), {"title": other[0], "url": url(L, rng), "snippet": sentences(other[1], L.SCRIPT)[0], "price": price(L, rng)})
        return json.dumps({"tool": "search_catalog", "query": name.split()[0], "results": res}, ensure_ascii=False, indent=indent)
    if kind == "review":
        text = item
        if snip:
            text = insert_inline(text, snip[1], L, rng)
        revs = [{"id": rdigits(rng, 6), "rating": rng.randint(1, 5), "text": text}]
        if extra_review:
            revs.insert(rng.randint(0, 1), {"id": rdigits(rng, 6), "rating": rng.randint(3, 5), "text": extra_review})
        return json.dumps({"tool": "get_reviews", "product_sku": sku(rng), "reviews": revs}, ensure_ascii=False, indent=indent)
    if kind == "ticket":
        subject, body = item
        if snip:
            body = insert_inline(body, snip[1], L, rng)
        return json.dumps({"tool": "helpdesk.get_ticket", "ticket": {"id": rdigits(rng, 6), "subject": subject, "channel": rng.choice(("email", "web_form", "chat")), "body": body}}, ensure_ascii=False, indent=indent)
    subject, sender, body = item
    if snip:
        body = insert_inline(body, snip[1], L, rng) if not snip[2] else insert_html(to_html_paras(body), snip[1], rng)
    return json.dumps({"tool": "mail.read", "message": {"from": _email_addr(L, rng, sender), "subject": subject, "body": body}}, ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------- assembly
def _fits(text):
    n = len(text.encode("utf-8"))
    return 40 <= n <= 3000


def build_language(L, rng, n_rows):
    n_inj = n_rows // 2 + (n_rows % 2)
    n_ben = n_rows - n_inj
    n_sem = min(len(L.HARD), max(1, round(n_ben * 0.18)))
    n_plain = round(n_ben * 0.28)
    n_mark = n_ben - n_sem - n_plain
    methods = methods_for(L)
    pools = {
        "review": Cycle(L.REVIEWS, rng), "ticket": Cycle(L.TICKETS, rng), "email": Cycle(L.EMAILS, rng),
        "product": Cycle(L.PRODUCTS, rng), "page": Cycle(L.PAGES, rng),
    }
    inj = Cycle(L.INJ, rng)
    notes = Cycle(L.NOTES, rng)
    labels = Cycle(L.LABELS, rng)
    leads = Cycle(L.LEADS, rng)
    weights = getattr(L, "SOURCE_WEIGHTS", DEFAULT_WEIGHTS)
    seen = set()
    rows = []

    def pick_source(allowed):
        srcs = [s for s in SOURCES if s in allowed]
        return rng.choices(srcs, weights=[weights[s] for s in srcs])[0]

    def carrier_for(source):
        if source == "review":
            return ("review", pools["review"].next())
        if source == "ticket":
            return ("ticket", pools["ticket"].next())
        if source == "email":
            return ("email", pools["email"].next())
        if source == "feed":
            return ("product", pools["product"].next())
        if source == "web":
            if rng.random() < 0.55:
                return ("product", pools["product"].next())
            return ("page", pools["page"].next())
        k = rng.choice(("product", "page", "review", "review", "ticket", "email"))
        return (k, pools[k].next())

    def render(source, carrier, snip):
        kind, item = carrier
        if source == "review":
            return build_review(L, rng, item, snip)
        if source == "ticket":
            return build_ticket(L, rng, item, snip)
        if source == "email":
            return build_email(L, rng, item, snip)
        if source == "feed":
            return build_feed(L, rng, item, snip)
        if source == "web":
            return build_web(L, rng, carrier, snip)
        extra = None
        if kind == "review" and rng.random() < 0.4:
            extra = pools["review"].next()
            if extra == item:
                extra = None
        return build_tool(L, rng, carrier, snip, extra)

    def add(source, family, text, injection, payload):
        if text in seen or not _fits(text):
            return False
        seen.add(text)
        rows.append({"split": "train", "source": source, "lang": L.LANG, "family": family,
                     "text": text, "injection": injection, "payload": payload})
        return True

    def pick_method(counter, allowed_methods):
        return allowed_methods[counter % len(allowed_methods)]

    order = list(methods)
    rng.shuffle(order)

    def carrier_name_desc(carrier):
        kind, item = carrier
        if kind == "product":
            return item
        if kind == "page":
            return item[0], sentences(item[1], L.SCRIPT)[0]
        return None, None

    # injections
    i = 0
    tries = 0
    while sum(1 for r in rows if r["injection"]) < n_inj:
        tries += 1
        if tries > n_inj * 40:
            raise RuntimeError("%s: cannot fill injections" % L.LANG)
        method = order[i % len(order)]
        i += 1
        source = pick_source(METHODS[method])
        carrier = carrier_for(source)
        if method in HEAD_METHODS and carrier[0] not in ("product", "page"):
            continue
        payload = inj.next(ok=(lambda s: all(ord(c) < 127 for c in s)) if method == "unicode-tags" else None)
        lead = None
        if method in TEXT_METHODS and method != "unicode-tags" and rng.random() < 0.5:
            lead = leads.next()
        name, desc = carrier_name_desc(carrier)
        snip = make_snippet(method, payload, L, rng, False, lead, name, desc)
        if method == "unicode-tags":
            snip = ("body", rng.choice(L.TAG_COVERS) + snip[1], False)
        text = render(source, carrier, snip)
        add(source, method, text, True, payload)

    # benign: hard semantic
    for source, fam, text in L.HARD[:n_sem]:
        if not add(source, fam, text, False, ""):
            raise RuntimeError("%s: bad hard row %r" % (L.LANG, text[:40]))
    # benign: hard markup
    j = 0
    tries = 0
    start = len(rows)
    while len(rows) - start < n_mark:
        tries += 1
        if tries > n_mark * 40:
            raise RuntimeError("%s: cannot fill hard markup" % L.LANG)
        method = order[j % len(order)]
        j += 1
        source = pick_source(METHODS[method])
        carrier = carrier_for(source)
        if method in HEAD_METHODS and carrier[0] not in ("product", "page"):
            continue
        name, desc = carrier_name_desc(carrier)
        if source == "review" and (method == "encoded-hex" or method.startswith("css-") or method == "alt-attribute"):
            continue
        changed = None
        if method in INPLACE_OK and source in ("review", "ticket", "email"):
            changed = inplace_carrier(method, carrier, L, rng)
        if changed is not None:
            text = render(source, changed, None)
        else:
            snip = benign_snippet(method, L, rng, notes, labels, carrier, name, desc)
            text = render(source, carrier, snip)
        add(source, "hard-" + method, text, False, "")
    # benign: plain carriers
    start = len(rows)
    tries = 0
    while len(rows) - start < n_plain:
        tries += 1
        if tries > n_plain * 40:
            raise RuntimeError("%s: cannot fill plain" % L.LANG)
        source = pick_source(SOURCES)
        carrier = carrier_for(source)
        add(source, "benign", render(source, carrier, None), False, "")
    usage = {k: p.max_used() for k, p in pools.items()}
    usage["inj"] = inj.max_used()
    return rows, usage


INPLACE_OK = ("zero-width", "homoglyph", "spaced-letters", "leetspeak", "encoded-rot13")


def inplace_carrier(method, carrier, L, rng):
    """Benign use of an obfuscation on the carrier's own words (emphasis, layout mix-ups, spoilers)."""
    kind, item = carrier
    body = item if kind == "review" else item[-1]
    sents = sentences(body, L.SCRIPT)
    if method == "spaced-letters":
        cands = [x for x in sents if len(x) <= 40] or [min(sents, key=len)]
        if len(cands[0]) > 60:
            return None
    else:
        cands = sents
    target = rng.choice(cands)
    new = transform(method, target.strip(), L, rng)
    if method == "zero-width" and rng.random() < 0.5:
        new = target.strip() + rng.choice(ZW_NATURAL)
    body2 = body.replace(target.strip(), new, 1)
    if body2 == body:
        return None
    if kind == "review":
        return (kind, body2)
    return (kind, item[:-1] + (body2,))


def benign_snippet(method, L, rng, notes, labels, carrier, name, desc):
    r = rng.random()
    if method == "html-comment":
        if r < 0.65:
            return make_snippet(method, notes.next(), L, rng, True)
        return ("body", rng.choice(PROCEDURAL_COMMENTS)(rng), True)
    if method == "markdown-comment":
        return make_snippet(method, notes.next(), L, rng, True)
    if method.startswith("css-"):
        return make_snippet(method, (labels if r < 0.7 else notes).next(), L, rng, True)
    if method == "json-ld":
        return ("head", json_ld(L, rng, name or rng.choice(L.PRODUCTS)[0], desc or labels.next()), True)
    if method == "hidden-input" and r < 0.5:
        nm, val = rng.choice((("csrf_token", rhex(rng, 32)), ("variant_id", rdigits(rng, 11)), ("return_to", "/cart"),
                              ("form_type", "product"), ("utf8", "✓"), ("ab_bucket", rng.choice(("A", "B", "control")))))
        return ("body", "<form action=\"/cart/add\" method=\"post\"><input type=\"hidden\" name=\"%s\" value=\"%s\"><input type=\"hidden\" name=\"id\" value=\"%s\"><button>%s</button></form>" % (nm, val, rdigits(rng, 8), esc(L.UI["cart"])), True)
    if method == "alt-attribute" and name and carrier[0] == "product" and r < 0.6:
        return make_snippet(method, name, L, rng, True)
    if method == "meta-description" and desc and r < 0.6:
        return make_snippet(method, desc, L, rng, True)
    if method in ("alt-attribute", "title-attribute", "data-attribute", "hidden-input", "aria-hidden",
                  "markdown-link-title", "meta-description"):
        return make_snippet(method, labels.next(), L, rng, True)
    # text methods
    if method == "encoded-base64" and r < 0.55:
        return ("body", rng.choice(PROCEDURAL_B64)(rng), True)
    if method == "encoded-hex" and r < 0.5:
        return ("body", rng.choice(PROCEDURAL_HEX)(rng), False)
    if method == "encoded-url" and r < 0.6:
        term = labels.next()
        q = urllib.parse.quote(term, safe="")
        return ("body", rng.choice((
            "https://%s/search?q=%s&utm_source=newsletter" % (host(L, rng), q),
            "https://%s/redirect?to=%%2Fproducts%%2F%s&utm_campaign=%s" % (host(L, rng), rdigits(rng, 6), q),
            "https://maps.example.com/?q=%s" % q)), False)
    if method == "zero-width" and r < 0.5:
        return ("body", rng.choice(ZW_NATURAL), False)
    if method == "unicode-tags":
        return ("body", rng.choice(("🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f")), False)
    lead = None
    if method in ("encoded-base64", "encoded-hex", "encoded-rot13") and rng.random() < 0.5:
        lead = rng.choice(L.BLEADS)
    return make_snippet(method, labels.next(), L, rng, True, lead)


def _png(rng):
    raw = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(rng.randrange(256) for _ in range(rng.randint(30, 90)))
    return base64.b64encode(raw).decode()


PROCEDURAL_COMMENTS = (
    lambda r: "<!-- build %s · %s -->" % (rhex(r, 7), rdate(r)),
    lambda r: "<!-- /.product-grid -->",
    lambda r: "<!-- ab:%s variant=%s -->" % (r.choice(("pdp-gallery", "cta-color", "free-ship-banner", "price-badge")), r.choice("AB")),
    lambda r: "<!-- cache %s %dms -->" % (r.choice(("HIT", "MISS")), r.randint(2, 400)),
    lambda r: "<!-- begin newsletter-block v%d -->" % r.randint(2, 9),
    lambda r: "<!-- GTM-%s -->" % rhex(r, 6).upper(),
    lambda r: "<!-- srcset generated %s -->" % rdate(r),
    lambda r: "<!-- tpl: snippets/price.liquid -->",
)
PROCEDURAL_B64 = (
    lambda r: "<img src=\"data:image/png;base64,%s\" alt=\"\">" % _png(r),
    lambda r: "<style>@font-face{font-family:\"Icons\";src:url(data:font/woff2;base64,d09GMgABAAAAA%s) format(\"woff2\")}</style>" % base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode(),
    lambda r: "token=%s.%s.%s" % (base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("="), base64.urlsafe_b64encode(('{"sub":"%s","exp":%d}' % (rdigits(r, 6), r.randint(1700000000, 1800000000))).encode()).decode().rstrip("="), rhex(r, 43)),
)
PROCEDURAL_HEX = (
    lambda r: "sha256: %s" % rhex(r, 64),
    lambda r: "trace-id %s-%s" % (rhex(r, 16), rhex(r, 8)),
    lambda r: "colour #%s / #%s" % (rhex(r, 6), rhex(r, 6)),
    lambda r: "etag \"%s\"" % rhex(r, 32),
)
ZW_NATURAL = (
    "👩\u200d👩\u200d👧", "👨\u200d🍳", "🏳\ufe0f\u200d🌈", "👩\u200d💻", "🧑\u200d🔧", "❤\ufe0f\u200d🔥",
    "\u200b", "\u2060\u2060", "\u200c\u200b\u200d\u200c\u200b\u200b\u200d",
)


# ---------------------------------------------------------------- validation
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")


def validate(rows):
    ids, texts = set(), set()
    fam_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for r in rows:
        assert tuple(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r["source"]
        assert fam_re.match(r["family"]), r["family"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
