"""Ways of hiding or encoding an attack inside otherwise ordinary store text."""
from .common import b64, hexenc, rot13, urlenc, homoglyph, leet, spaced, zero_width, is_latin, jdump

CSS_HIDE = (
    "display:none",
    "font-size:0",
    "color:#fff;background:#fff",
    "opacity:0",
    "position:absolute;left:-9999px",
    "visibility:hidden",
    "height:0;overflow:hidden",
)

TOOL_SHAPES = (
    lambda p, n: {"tool": "order_lookup", "order": str(4100 + n), "status": "shipped", "note": p},
    lambda p, n: {"sku": "SKU-%d" % (2200 + n), "stock": n % 17, "supplier_comment": p},
    lambda p, n: {"result": {"ticket": "T-%d" % (900 + n), "customer_message": p}},
    lambda p, n: {"review_id": 77000 + n, "stars": 2 + n % 4, "body": p},
    lambda p, n: {"carrier": "ExampleParcel", "event": "in transit", "remark": p},
    lambda p, n: {"title": "Desk lamp LED %dW" % (5 + n % 9), "bullet_3": p},
)


def _attr(p):
    return p.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def w_comment(core, host, rng, pre, n):
    p = core["payload"]
    if rng.random() < 0.6:
        return host + " <!-- " + p + " -->", "hidden-html-comment", rng.choice(("review", "web", "feed"))
    return "<!-- " + p + " -->" + host, "hidden-html-comment", rng.choice(("web", "feed"))


def w_css(core, host, rng, pre, n):
    style = CSS_HIDE[n % len(CSS_HIDE)]
    tag = rng.choice(("span", "div", "p"))
    hidden = '<%s style="%s">%s</%s>' % (tag, style, core["payload"], tag)
    text = host + " " + hidden if rng.random() < 0.65 else hidden + host
    return text, "hidden-css", rng.choice(("web", "feed", "review"))


def w_alt(core, host, rng, pre, n):
    img = '<img src="/media/p%d.jpg" alt="%s">' % (300 + n, _attr(core["payload"]))
    text = img + " " + host if rng.random() < 0.5 else host + " " + img
    return text, "hidden-alt-text", rng.choice(("web", "feed", "review"))


def w_attr(core, host, rng, pre, n):
    attr = ("data-note", "title", "aria-label", "data-ai-hint", "data-meta")[n % 5]
    tag = ("p", "span", "div", "li")[n % 4]
    return '<%s %s="%s">%s</%s>' % (tag, attr, _attr(core["payload"]), host, tag), "hidden-attribute", rng.choice(("web", "feed"))


def w_md(core, host, rng, pre, n):
    form = n % 3
    if form == 0:
        return host + "\n[//]: # (" + core["payload"] + ")", "markdown-comment", rng.choice(("review", "web", "ticket"))
    if form == 1:
        return host + "\n[comment]: <> (" + core["payload"] + ")", "markdown-comment", rng.choice(("review", "web"))
    return "[note]: # \"" + core["payload"] + "\"\n" + host, "markdown-comment", rng.choice(("web", "feed"))


def w_tool(core, host, rng, pre, n):
    shape = TOOL_SHAPES[n % len(TOOL_SHAPES)]
    return jdump(shape(core["payload"], n)), "tool-result", "tool"


def _enc(kind, fn, core, host, rng, pre, n):
    encoded = fn(core["payload"])
    prefix = pre[n % len(pre)].replace("{enc}", kind)
    text = prefix + " " + encoded
    if host and rng.random() < 0.35:
        text = host + " " + text
    return text


def w_b64(core, host, rng, pre, n):
    return _enc("base64", b64, core, host, rng, pre, n), "encoded-base64", rng.choice(("review", "ticket", "email", "web"))


def w_hex(core, host, rng, pre, n):
    return _enc("hex", hexenc, core, host, rng, pre, n), "encoded-hex", rng.choice(("review", "ticket", "email", "feed"))


def w_rot(core, host, rng, pre, n):
    if not is_latin(core["payload"]):
        return None
    return _enc("ROT13", rot13, core, host, rng, pre, n), "encoded-rot13", rng.choice(("review", "ticket", "web"))


def w_url(core, host, rng, pre, n):
    return _enc("URL", urlenc, core, host, rng, pre, n), "encoded-url", rng.choice(("web", "ticket", "tool"))


def w_leet(core, host, rng, pre, n):
    if not is_latin(core["payload"]):
        return None
    return leet(core["payload"], rng), "leetspeak", rng.choice(("review", "ticket"))


def w_homo(core, host, rng, pre, n):
    if not is_latin(core["payload"]):
        return None
    return homoglyph(core["payload"], rng), "homoglyph", rng.choice(("review", "ticket", "feed"))


def w_spaced(core, host, rng, pre, n):
    p = core["payload"]
    if len(p) > 64:
        return None
    text = spaced(p)
    if host and rng.random() < 0.5:
        text = host + " " + text
    return text, "spaced-letters", rng.choice(("review", "ticket"))


def w_zw(core, host, rng, pre, n):
    text = zero_width(core["payload"], rng)
    if host and rng.random() < 0.4:
        text = host + " " + text
    return text, "zero-width", rng.choice(("review", "ticket", "feed"))


HTML_WRAPS = (w_comment, w_css, w_alt, w_attr, w_md, w_tool)
ENC_WRAPS = (w_b64, w_hex, w_rot, w_url, w_leet, w_homo, w_spaced, w_zw)


# ---------- benign look-alikes: markup and encoded data with no instruction ----------

B64_BLOBS = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
             "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
             "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA")


def benign_markup(host, rng, n):
    """Return (text, family) for a benign host sentence dressed in ordinary markup/data."""
    k = n % 10
    if k == 0:
        return "<!-- review-widget v%d.%d -->" % (2 + n % 3, n % 10) + host, "hard-markup"
    if k == 1:
        return '<p class="rv-body" data-id="%d">%s</p>' % (55000 + n, host), "hard-markup"
    if k == 2:
        return host + ' <span style="display:none">SKU-%05d</span>' % (31000 + n * 7), "hard-markup"
    if k == 3:
        return '<img src="/media/r%d.jpg" alt="photo %d"> %s' % (800 + n, 1 + n % 4, host), "hard-markup"
    if k == 4:
        return host + " ref:" + b64("order:%d|ts:%d" % (610000 + n * 13, 1700000000 + n * 977)), "hard-encoded"
    if k == 5:
        return host + " [img:data:image/png;base64," + B64_BLOBS[n % 3][:40] + "...]", "hard-encoded"
    if k == 6:
        return jdump({"order": str(5300 + n), "status": "delivered", "customer_note": host}), "hard-tool-json"
    if k == 7:
        return host + " <!-- /rating-block -->", "hard-markup"
    if k == 8:
        return host + " (#%s)" % hexenc("rv%d" % (n * 31)), "hard-encoded"
    return "https://shop.example.com/search?q=" + urlenc(host[:60]) + "&page=%d" % (1 + n % 5), "hard-encoded"
