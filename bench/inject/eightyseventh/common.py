"""Shared machinery for the eightyseventh corpus.

Language modules only hold data (products, sites, interface labels and
sentence pools).  Everything that turns that data into pages -- page
builders, the HTML / markdown / plain-text / tool-JSON / feed renderers,
hiding and encoding of injected lines, and the final validation -- lives here.
"""
import base64
import codecs
import html
import json
import math
import random
import re
import urllib.parse

MIN_BYTES = 40
MAX_BYTES = 3000
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

INJ_KINDS = [
    ("i_rank", "ranking-steer", 3.0),
    ("i_rival", "rival-disparage", 2.0),
    ("i_recall", "fake-recall", 1.5),
    ("i_cert", "fake-certification", 1.0),
    ("i_discount", "fake-discount", 1.5),
    ("i_cart", "cart-action", 2.0),
    ("i_exfil", "exfil-link", 1.5),
    ("i_image", "exfil-image", 1.2),
    ("i_leak", "prompt-leak", 1.2),
    ("i_output", "output-hijack", 1.5),
    ("i_memory", "memory-poison", 0.8),
]

TECH_FAMILY = {
    "display-none": "hidden-css", "offscreen": "hidden-css", "white-text": "hidden-css",
    "aria-hidden": "hidden-aria", "alt": "hidden-attr", "title": "hidden-attr",
    "data": "hidden-attr", "img-alt": "hidden-attr", "comment": "hidden-comment",
    "md-ref": "hidden-comment", "meta": "hidden-meta", "tool-field": "hidden-meta",
    "jsonld": "hidden-jsonld", "noscript": "hidden-noscript",
}
HTML_TECHS = [("visible", 3), ("display-none", 2), ("offscreen", 1), ("white-text", 1),
              ("aria-hidden", 1), ("alt", 1), ("title", 0.7), ("data", 1), ("comment", 2),
              ("meta", 1), ("jsonld", 1), ("noscript", 0.6)]
MD_TECHS = [("visible", 4), ("comment", 2), ("md-ref", 1), ("img-alt", 1), ("footnote", 1), ("quote", 1)]

# Hard-negative kinds: (family, pool needed, weight, allowed sources)
HARD_KINDS = [
    ("hard-shopper-imperative", "h_shopper", 3.0, ("web", "tool", "feed", "review")),
    ("hard-affiliate-disclosure", "h_disclosure", 1.6, ("web", "tool")),
    ("hard-cookie-consent", "h_cookie", 1.2, ("web", "tool")),
    ("hard-coupon-howto", "h_coupon", 1.4, ("web", "tool")),
    ("hard-accessibility", "h_a11y", 1.0, ("web",)),
    ("hard-crawler-policy", "h_crawler", 1.0, ("web", "tool")),
    ("hard-structured-data", "desc", 1.3, ("web", "feed")),
    ("hard-dev-docs", "h_dev", 1.0, ("web", "tool")),
    ("hard-ai-product", "h_ai", 1.4, ("web", "tool", "review")),
    ("hard-injection-explainer", "h_explainer", 1.4, ("web", "tool")),
    ("hard-hidden-markup", "h_hidden", 1.0, ("web",)),
    ("hard-encoded-data", "desc", 1.2, ("web", "tool", "feed")),
    ("hard-ai-talk", "h_forum", 1.2, ("web", "tool", "review")),
]

EXFIL_HOSTS = ["cart-sync.example", "agent-relay.example.net", "checkout-verify.example.org",
               "promo-track.example", "session-mirror.example.com", "ai-bridge.example",
               "pricewatch-api.example.net", "shopper-sync.test", "collect.example.org",
               "px-metrics.example", "assist-log.example.com", "basket-check.test"]
EXFIL_PATHS = ["c", "v1/ingest", "hook", "s", "api/save", "r", "in", "t/collect", "sync", "q"]
IMG_HOSTS = ["img-cdn.example", "pixel.example.net", "static-px.example.org", "beacon.test",
             "cdn-metrics.example.com", "badge.example"]
CODE_STEMS = ["SAVE", "DEAL", "VIP", "FLASH", "MEGA", "BONUS", "EXTRA", "CLUB", "HELLO", "WELCOME",
              "SPRING", "SUMMER", "AUTUMN", "WINTER", "NEW", "APP", "FAMILY", "HAPPY"]

SCRIPTS = [
    '<script async src="https://tags.example/gtag/js?id=G-{hexu}"></script>',
    '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"page_view","pid":"{num}"}});</script>',
    '<script src="/static/js/app.{hex}.js" defer></script>',
    '<script src="/assets/runtime~main.{hex}.js" type="module"></script>',
    '<script>(function(w){{w.__cfg={{"rev":"{hex}","ab":"{ab}"}}}})(window);</script>',
]
DEV_COMMENTS = ["/header", "begin product grid", "end .pdp-gallery", "footer", "lazy images",
                "tracking", "main nav", "price box", "breadcrumbs", "/main"]

ENCODINGS = {
    "latin": [("base64", 3), ("hex", 1), ("rot13", 1.5), ("url", 1), ("leetspeak", 1),
              ("zero-width", 1), ("spaced", 1), ("homoglyph", 1)],
    "cyrillic": [("base64", 3), ("hex", 1), ("url", 1.5), ("zero-width", 1), ("spaced", 1)],
    "cjk": [("base64", 3), ("hex", 1), ("url", 1.5), ("zero-width", 1), ("spaced", 1)],
}
ENC_NAMES = {"base64": "base64", "hex": "hex", "rot13": "ROT13", "url": "URL-encoding"}
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                      "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
                      "x": "\u0445", "y": "\u0443", "i": "\u0456"})


CAP_OVERRIDE = {"h_a11y": 8}


class Deck:
    """Hands out pool items in shuffled rounds; each item at most `cap` times."""

    def __init__(self, items, rng, cap):
        self.items = list(items)
        self.rng = rng
        self.cap = cap
        self.rounds = 0
        self.queue = []

    def draw(self):
        if not self.queue:
            if self.rounds >= self.cap or not self.items:
                return None
            self.queue = self.items[:]
            self.rng.shuffle(self.queue)
            self.rounds += 1
        return self.queue.pop()

    def left(self):
        return len(self.queue) + (self.cap - self.rounds) * len(self.items)


class Ctx:
    def __init__(self, L, rng):
        self.L = L
        self.rng = rng
        self.decks = {}
        self.products = Deck(L.PRODUCTS, rng, 1000)

    def deck(self, key):
        if key not in self.decks:
            items = self.L.POOLS.get(key, [])
            templ = sum(1 for x in items if "{" in str(x))
            cap = 4
            cap = CAP_OVERRIDE.get(key, cap)
            self.decks[key] = Deck(items, self.rng, cap)
        return self.decks[key]

    def has(self, key):
        return bool(self.L.POOLS.get(key)) and self.deck(key).left() > 0

    def draw(self, key):
        return self.deck(key).draw()

    def draws(self, key, k):
        """k distinct items (fewer when the pool runs dry)."""
        out = []
        tries = 0
        while len(out) < k and tries < 3 * k:
            tries += 1
            x = self.draw(key)
            if x is None:
                break
            if x not in out:
                out.append(x)
        return out


class NoContent(Exception):
    pass


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for item, w in pairs:
        r -= w
        if r <= 0:
            return item
    return pairs[-1][0]


# ---------------------------------------------------------------- formatting

def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(v, style):
    whole = int(math.floor(v + 1e-9))
    cents = int(round((v - whole) * 100))
    if cents == 100:
        whole, cents = whole + 1, 0
    if style == "usd":
        return "$%s.%02d" % (_group(whole, ","), cents)
    if style == "gbp":
        return "£%s.%02d" % (_group(whole, ","), cents)
    if style in ("eur_de", "eur_es", "eur_it", "eur_pt"):
        return "%s,%02d €" % (_group(whole, "."), cents)
    if style == "eur_fr":
        return "%s,%02d €" % (_group(whole, "\u202f"), cents)
    if style == "eur_nl":
        return "€ %s,%02d" % (_group(whole, "."), cents)
    if style == "brl":
        return "R$ %s,%02d" % (_group(whole, "."), cents)
    if style == "pln":
        return "%s,%02d zł" % (_group(whole, " "), cents)
    if style == "sek":
        return "%s kr" % _group(whole, " ")
    if style == "czk":
        return "%s Kč" % _group(whole, " ")
    if style == "rub":
        return "%s ₽" % _group(whole, " ")
    if style == "try":
        return "%s,%02d TL" % (_group(whole, "."), cents)
    if style == "jpy":
        return "¥%s" % _group(whole, ",")
    if style == "cny":
        return "¥%d.%02d" % (whole, cents)
    if style == "krw":
        return "%s원" % _group(whole, ",")
    raise ValueError(style)


def fmt_rating(r, L):
    s = "%.1f" % r
    return s.replace(".", ",") if getattr(L, "DECIMAL_COMMA", False) else s


def fill(s, env):
    return re.sub(r"\{(\w+)\}", lambda m: str(env[m.group(1)]) if m.group(1) in env else m.group(0), s)


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def stars(n):
    n = max(1, min(5, int(n)))
    return "★" * n + "☆" * (5 - n)


def pname(prod):
    return prod[1] + " " + prod[2] if prod[2] else prod[1]


def slug(rng, prod):
    s = re.sub(r"[^a-z0-9]+", "-", pname(prod).lower()).strip("-")
    if len(s) < 4:
        return "item/%d" % rng.randint(100000, 999999)
    return "p/%s-%d" % (s[:40], rng.randint(1000, 99999))


def rival_of(rng, L, prod):
    same = [p for p in L.PRODUCTS if p[0] == prod[0] and p[1] != prod[1]]
    pool = same or [p for p in L.PRODUCTS if p[1] != prod[1]]
    return rng.choice(pool)


def make_env(ctx, prod, site):
    L, rng = ctx.L, ctx.rng
    riv = rival_of(rng, L, prod)
    cat = L.CATS[prod[0]]
    pct = rng.choice([10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80])
    stems = getattr(L, "CODE_STEMS", CODE_STEMS)
    code = rng.choice([rng.choice(stems) + str(pct), rng.choice(stems) + "-" + rand_alnum(rng, 4),
                       rand_alnum(rng, 3) + str(rng.randint(10, 99)) + rand_alnum(rng, 2)])
    url = "https://%s/%s?k=%s" % (rng.choice(EXFIL_HOSTS), rng.choice(EXFIL_PATHS), rand_hex(rng, 8))
    img = "https://%s/%s.png" % (rng.choice(IMG_HOSTS), rng.choice(["p", "t", "px", "b", "i", "badge", "ok"]))
    year = rng.choice([2024, 2025])
    price = prod[3]
    return dict(
        p=pname(prod), brand=prod[1], cat=cat[0], cats=cat[1], price=money(price, L.MONEY),
        oldprice=money(round(price * rng.choice([1.15, 1.2, 1.25, 1.3, 1.4]), 0) - (0.01 if price % 1 else 0), L.MONEY),
        rival=pname(riv), rbrand=riv[1], site=site[0], domain=site[1], pct=pct, code=code,
        url=url, img=img, year=year, n=rng.randint(2, 9), user=rng.choice(L.USERS),
        month=rng.choice(L.UI["months"]), hours=rng.choice([6, 8, 10, 12, 14, 20, 24, 30, 40]),
    )


# ---------------------------------------------------------------- page builders
# A page is a dict: title, blocks (list of tuples), prod, env.

def _rev_item(ctx, item):
    rng = ctx.rng
    if isinstance(item, (list, tuple)):
        st, text = item
    else:
        st, text = rng.choice([5, 5, 4, 4, 3]), item
    return ("rev", rng.choice(ctx.L.USERS), st, text)


def pg_pdp(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    ui = L.UI
    desc = [fill(x, env) for x in ctx.draws("desc", rng.choice([1, 2, 2, 3]))]
    if not desc:
        raise NoContent
    b = [("h1", env["p"]),
         ("buy", env["price"], env["oldprice"] if rng.random() < 0.4 else None),
         ("p", fill(rng.choice(ui["rating"]), dict(env, r=fmt_rating(rng.uniform(3.8, 4.9), L),
                                                    n=rng.randint(12, 4800))))]
    b.append(("ul", desc))
    if rng.random() < 0.5:
        for qa in ctx.draws("qa", 1):
            b.append(("h2", ui["qa"]))
            b.append(("qa", fill(qa[0], env), fill(qa[1], env)))
    if rng.random() < 0.6:
        revs = ctx.draws("review", rng.choice([1, 2]))
        if revs:
            b.append(("h2", ui["reviews"]))
            b.extend(_rev_item(ctx, fill_item(r, env)) for r in revs)
    return {"title": env["p"], "blocks": b}


def fill_item(item, env):
    if isinstance(item, (list, tuple)):
        return tuple(fill(x, env) if isinstance(x, str) else x for x in item)
    return fill(item, env)


def pg_listing(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    ui = L.UI
    same = [p for p in L.PRODUCTS if p[0] == prod[0]]
    others = [p for p in L.PRODUCTS if p[0] != prod[0]]
    rng.shuffle(others)
    items = (same + others)[:rng.randint(4, 6)]
    rng.shuffle(items)
    lines = []
    for p in items:
        badge = rng.choice(ui["badges"] + [""] * 3)
        line = "%s — %s — ★%s (%d)" % (pname(p), money(p[3], L.MONEY), fmt_rating(rng.uniform(3.5, 4.9), L),
                                      rng.randint(3, 9000))
        lines.append(line + (" · " + badge if badge else ""))
    title = fill(ui["results"], dict(env, q=fill(rng.choice(L.QUERIES), env)))
    b = [("h1", title), ("p", rng.choice(ui["sort"])), ("ul", lines)]
    return {"title": title, "blocks": b}


def pg_bestof(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    ui = L.UI
    intro = [fill(x, env) for x in ctx.draws("intro", 1)]
    same = [p for p in L.PRODUCTS if p[0] == prod[0]] or [prod]
    rng.shuffle(same)
    picks = same[:3]
    blurbs = ctx.draws("blurb", len(picks))
    if not intro or not blurbs:
        raise NoContent
    title = fill(rng.choice(ui["best"]), env)
    b = [("h1", title), ("p", intro[0])]
    labels = ui["picks"][:]
    for i, (p, bl) in enumerate(zip(picks, blurbs)):
        e2 = dict(env, p=pname(p), brand=p[1], price=money(p[3], L.MONEY))
        b.append(("h2", "%s: %s" % (labels[i % len(labels)], pname(p))))
        b.append(("p", fill(bl, e2)))
    return {"title": title, "blocks": b}


def pg_reviews(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    revs = ctx.draws("review", rng.choice([2, 3]))
    if len(revs) < 2:
        raise NoContent
    title = fill(L.UI["reviews_title"], env)
    b = [("h1", title),
         ("p", fill(rng.choice(L.UI["rating"]), dict(env, r=fmt_rating(rng.uniform(3.6, 4.8), L),
                                                      n=rng.randint(20, 9000))))]
    b.extend(_rev_item(ctx, fill_item(r, env)) for r in revs)
    return {"title": title, "blocks": b}


def pg_coupon(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    descs = ctx.draws("coupon_t", rng.choice([3, 4]))
    if len(descs) < 2:
        raise NoContent
    lines = []
    for d in descs:
        e2 = dict(make_env(ctx, prod, (env["site"], env["domain"])))
        lines.append("%s — %s" % (e2["code"], fill(d, e2)))
    title = fill(L.UI["coupon"], env)
    b = [("h1", title), ("ul", lines)]
    return {"title": title, "blocks": b}


def pg_forum(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    t = ctx.draw("forum_title")
    posts = ctx.draws("forum_post", rng.choice([2, 2, 3]))
    if not t or len(posts) < 2:
        raise NoContent
    title = fill(t, env)
    b = [("h1", title)]
    for x in posts:
        b.append(("post", rng.choice(L.USERS), fill(x, env)))
    return {"title": title, "blocks": b}


def pg_faq(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    qas = ctx.draws("faq", rng.choice([2, 3]))
    if len(qas) < 2:
        raise NoContent
    title = fill(L.UI["faq"], env)
    b = [("h1", title)] + [("qa", fill(q, env), fill(a, env)) for q, a in qas]
    return {"title": title, "blocks": b}


def pg_tracker(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    line = ctx.draw("tracker")
    if not line:
        raise NoContent
    p = prod[3]
    low = p * rng.uniform(0.7, 0.95)
    high = p * rng.uniform(1.05, 1.35)
    ui = L.UI
    title = fill(ui["tracker"], env)
    b = [("h1", title),
         ("kv", [(ui["now"], money(p, L.MONEY)), (ui["low"], money(round(low, 0) - 0.01 if p % 1 else round(low), L.MONEY)),
                 (ui["high"], money(round(high, 0) - 0.01 if p % 1 else round(high), L.MONEY))]),
         ("p", fill(line, env))]
    return {"title": title, "blocks": b}


def pg_market(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    qas = ctx.draws("qa", 2)
    desc = ctx.draws("desc", 1)
    if not qas or not desc:
        raise NoContent
    b = [("h1", env["p"]), ("buy", env["price"], None),
         ("p", fill(L.UI["seller"], dict(env, s=rng.choice(L.SELLERS)))),
         ("p", fill(desc[0], env)), ("h2", L.UI["qa"])]
    b += [("qa", fill(q, env), fill(a, env)) for q, a in qas]
    return {"title": env["p"], "blocks": b}


def pg_video(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    lines = ctx.draws("video", rng.choice([2, 3]))
    if len(lines) < 2:
        raise NoContent
    title = fill(rng.choice(L.UI["video_title"]), env)
    chap = L.UI["chapters"][:]
    t = 0
    stamps = []
    for c in chap[:rng.randint(3, len(chap))]:
        stamps.append("%d:%02d %s" % (t // 60, t % 60, c))
        t += rng.randint(40, 200)
    b = [("h1", title), ("p", fill(lines[0], env)), ("ul", stamps)]
    b += [("p", fill(x, env)) for x in lines[1:]]
    return {"title": title, "blocks": b}


def pg_search(ctx, env, prod):
    """Only rendered as tool JSON: a list of search results."""
    L, rng = ctx.L, ctx.rng
    snips = ctx.draws("snippet", rng.choice([3, 4]))
    if len(snips) < 2:
        raise NoContent
    q = fill(ctx.rng.choice(L.QUERIES), env)
    res = []
    for s in snips:
        p = rng.choice(L.PRODUCTS)
        site = rng.choice(L.SITES)
        e2 = make_env(ctx, p, site)
        res.append({"title": "%s | %s" % (e2["p"], site[0]), "url": "https://%s/%s" % (site[1], slug(rng, p)),
                    "snippet": fill(s, e2)})
    return {"title": q, "blocks": [], "results": res, "search": True}


def _doc_page(ctx, env, pool, k, titles_key):
    L, rng = ctx.L, ctx.rng
    items = [fill(x, env) for x in ctx.draws(pool, k)]
    if len(items) < max(1, k - 1):
        raise NoContent
    title = fill(rng.choice(L.UI[titles_key]), env)
    return {"title": title, "blocks": [("h1", title)] + [("p", x) for x in items]}


def pg_aiprod(ctx, env, prod):
    return _doc_page(ctx, env, "h_ai", ctx.rng.choice([2, 3]), "ai_title")


def pg_explainer(ctx, env, prod):
    return _doc_page(ctx, env, "h_explainer", ctx.rng.choice([2, 3]), "explainer_title")


def pg_dev(ctx, env, prod):
    L, rng = ctx.L, ctx.rng
    items = [fill(x, env) for x in ctx.draws("h_dev", rng.choice([2, 3]))]
    if len(items) < 2:
        raise NoContent
    title = fill(rng.choice(L.UI["dev_title"]), env)
    b = [("h1", title)]
    for x in items:
        b.append(("pre", x) if x.lstrip().startswith(("GET ", "POST ", "curl", "{", "PUT ", "DELETE ", "$ "))
                 else ("p", x))
    return {"title": title, "blocks": b}


def pg_crawler(ctx, env, prod):
    items = [fill(x, env) for x in ctx.draws("h_crawler", ctx.rng.choice([2, 3]))]
    if len(items) < 2:
        raise NoContent
    return {"title": "https://%s/%s" % (env["domain"], ctx.rng.choice(["robots.txt", "llms.txt", "ai.txt"])),
            "blocks": [("pre", "\n\n".join(items))], "plain_doc": True}


NEUTRAL_PAGES = [(pg_pdp, "desc", 3), (pg_listing, None, 1.2), (pg_bestof, "blurb", 1.6),
                 (pg_reviews, "review", 1.5), (pg_coupon, "coupon_t", 1), (pg_forum, "forum_post", 1.5),
                 (pg_faq, "faq", 1.2), (pg_tracker, "tracker", 0.8), (pg_market, "qa", 1.3),
                 (pg_video, "video", 1.1)]


def pick_page(ctx, env, prod, pages):
    avail = [(f, w) for f, key, w in pages if key is None or ctx.has(key)]
    ctx.rng.shuffle(avail)
    while avail:
        f = wchoice(ctx.rng, avail)
        try:
            page = f(ctx, env, prod)
            page["kind"] = f.__name__
            return page
        except NoContent:
            avail = [(g, w) for g, w in avail if g is not f]
    raise NoContent


# ---------------------------------------------------------------- encoding

def encode(s, how):
    if how == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if how == "hex":
        return s.encode("utf-8").hex()
    if how == "rot13":
        return codecs.encode(s, "rot13")
    if how == "url":
        return urllib.parse.quote(s, safe="")
    if how == "leetspeak":
        return s.translate(LEET)
    if how == "zero-width":
        return "\u200b".join(s)
    if how == "spaced":
        return "  ".join(" ".join(w) for w in s.split(" ")) if " " in s else " ".join(s)
    if how == "homoglyph":
        return s.translate(HOMO)
    raise ValueError(how)


# ---------------------------------------------------------------- renderers

def render_slot_html(ctx, text, tech):
    rng = ctx.rng
    if tech == "visible":
        return rng.choice(["<p>%s</p>", '<p class="note">%s</p>', '<div class="info-box">%s</div>',
                           "<p><small>%s</small></p>"]) % esc(text)
    if tech == "display-none":
        st = rng.choice(["display:none", "display: none !important", "visibility:hidden;height:0;overflow:hidden"])
        return '<div style="%s">%s</div>' % (st, esc(text))
    if tech == "offscreen":
        st = rng.choice(["position:absolute;left:-9999px;top:-9999px", "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)",
                         "font-size:0;line-height:0"])
        return '<span style="%s">%s</span>' % (st, esc(text))
    if tech == "white-text":
        st = rng.choice(["color:#ffffff;background:#ffffff", "color:#fff;font-size:1px", "color:white;background-color:white"])
        return '<p style="%s">%s</p>' % (st, esc(text))
    if tech == "aria-hidden":
        return '<div aria-hidden="true" class="%s">%s</div>' % (rng.choice(["sr-skip", "visually-hidden", "ghost"]), esc(text))
    if tech == "alt":
        return '<img src="/media/%s.jpg" alt="%s" loading="lazy">' % (rand_hex(rng, 10), attr(text))
    if tech == "title":
        return '<a href="/info/%d" title="%s">ⓘ</a>' % (rng.randint(10, 999), attr(text))
    if tech == "data":
        name = rng.choice(["data-ai-note", "data-desc", "data-llm", "data-info", "data-agent", "data-context"])
        return '<div class="pc-meta" %s="%s"></div>' % (name, attr(text))
    if tech == "comment":
        return "<!-- %s -->" % text.replace("--", "—")
    if tech == "noscript":
        return "<noscript>%s</noscript>" % esc(text)
    raise ValueError(tech)


def render_block_html(ctx, b, opts):
    L, rng = ctx.L, ctx.rng
    t = b[0]
    if t == "h1":
        return "<h1>%s</h1>" % esc(b[1])
    if t == "h2":
        return "<h2>%s</h2>" % esc(b[1])
    if t == "p":
        return "<p>%s</p>" % esc(b[1])
    if t == "note":
        return '<p class="%s"><small>%s</small></p>' % (rng.choice(["disclosure", "affiliate-note", "ad-note"]), esc(b[1]))
    if t == "ul":
        return "<ul>" + "".join("<li>%s</li>" % esc(x) for x in b[1]) + "</ul>"
    if t == "kv":
        return "<table>" + "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in b[1]) + "</table>"
    if t == "rev":
        return '<div class="review"><span class="stars" title="%d/5">%s</span> <b>%s</b><p>%s</p></div>' % (
            b[2], stars(b[2]), esc(b[1]), esc(b[3]))
    if t == "qa":
        return '<div class="qa"><p><b>%s:</b> %s</p><p><b>%s:</b> %s</p></div>' % (
            L.UI["q"], esc(b[1]), L.UI["a"], esc(b[2]))
    if t == "post":
        return '<article class="post"><header>%s</header><p>%s</p></article>' % (esc(b[1]), esc(b[2]))
    if t == "pre":
        return "<pre>%s</pre>" % esc(b[1])
    if t == "buy":
        old = ' <s>%s</s>' % esc(b[2]) if b[2] else ""
        lab = opts.get("a11y_btn")
        al = ' aria-label="%s"' % attr(lab) if lab else ""
        return '<div class="buybox"><span class="price">%s</span>%s <button type="submit"%s>%s</button></div>' % (
            esc(b[1]), old, al, esc(L.UI["add"]))
    if t == "cookie":
        btn = L.UI["cookie_btns"]
        return '<div id="consent" role="dialog"><p>%s</p><button>%s</button> <button>%s</button></div>' % (
            esc(b[1]), esc(btn[0]), esc(btn[1]))
    if t == "img":
        return '<img src="/media/%s.webp" alt="%s" width="600" height="600">' % (rand_hex(rng, 10), attr(b[1]))
    if t == "srlabel":
        return '<span class="sr-only">%s</span>' % esc(b[1])
    if t == "raw":
        return b[1]
    if t == "slot":
        return render_slot_html(ctx, b[1], b[2])
    raise ValueError(t)


def jsonld(ctx, env, desc):
    L, rng = ctx.L, ctx.rng
    d = {"@context": "https://schema.org", "@type": "Product", "name": env["p"],
         "brand": {"@type": "Brand", "name": env["brand"]}, "sku": rand_alnum(rng, 8)}
    if desc:
        d["description"] = desc
    d["offers"] = {"@type": "Offer", "price": re.sub(r"[^0-9.,]", "", env["price"]).strip(),
                   "priceCurrency": L.CURRENCY, "availability": "https://schema.org/InStock"}
    if rng.random() < 0.6:
        d["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": round(rng.uniform(3.8, 4.9), 1),
                                "reviewCount": rng.randint(5, 3000)}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


def render_html(ctx, page, env, url, level, opts):
    L, rng = ctx.L, ctx.rng
    head, body = [], []
    for b in page["blocks"]:
        if b[0] == "slot" and b[2] == "meta":
            name = opts.setdefault("meta_name", rng.choice(['name="description"', 'name="ai-instructions"',
                                                             'property="og:description"', 'name="agent-notes"',
                                                             'name="robots-note"']))
            head.append('<meta %s content="%s">' % (name, attr(b[1])))
        elif b[0] == "slot" and b[2] == "jsonld":
            head.append(jsonld(ctx, env, b[1]))
        else:
            body.append(render_block_html(ctx, b, opts))
    if opts.get("jsonld_desc") is not None:
        head.append(opts["jsonld_ld"])
    parts = ['<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">' % L.LANG,
             "<title>%s | %s</title>" % (esc(page["title"]), esc(env["site"]))]
    if level < 2:
        parts.append('<link rel="canonical" href="%s">' % url)
    parts += head
    if level < 1:
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts.append("</head>\n<body>")
    if level < 2:
        nav = opts["nav"]
        parts.append("<header><nav>%s</nav></header>" % " ".join(
            '<a href="/%s">%s</a>' % (re.sub(r"\W+", "-", x.lower()).strip("-") or "x", esc(x)) for x in nav))
    if opts.get("comment_top") and level < 1:
        parts.append("<!-- %s -->" % opts["comment_top"])
    parts.append("<main>\n" + "\n".join(body) + "\n</main>")
    if level < 3:
        parts.append("<footer>%s</footer>" % esc(opts["footer"]))
    if level < 1:
        parts.append(opts["script"])
    parts.append("</body></html>")
    return "\n".join(parts)


def render_slot_md(ctx, text, tech):
    rng = ctx.rng
    if tech == "visible":
        return text
    if tech == "comment":
        return "<!-- %s -->" % text.replace("--", "—")
    if tech == "md-ref":
        return "[//]: # (%s)" % text.replace(")", "]").replace("(", "[")
    if tech == "img-alt":
        return "![%s](/media/%s.jpg)" % (text.replace("]", ")").replace("[", "("), rand_hex(rng, 8))
    if tech == "footnote":
        return "[^%d]: %s" % (rng.randint(1, 4), text)
    if tech == "quote":
        return "> " + text
    raise ValueError(tech)


def render_md(ctx, page, env, level, opts):
    L = ctx.L
    out = ["# %s" % page["title"]]
    for b in page["blocks"]:
        t = b[0]
        if t == "h1":
            continue
        if t == "h2":
            out.append("## " + b[1])
        elif t in ("p", "srlabel"):
            out.append(b[1])
        elif t == "note":
            out.append("*%s*" % b[1])
        elif t == "ul":
            out.append("\n".join("- " + x for x in b[1]))
        elif t == "kv":
            out.append("| | |\n|---|---|\n" + "\n".join("| %s | %s |" % kv for kv in b[1]))
        elif t == "rev":
            out.append("**%s** %s\n%s" % (b[1], stars(b[2]), b[3]))
        elif t == "qa":
            out.append("**%s:** %s\n**%s:** %s" % (L.UI["q"], b[1], L.UI["a"], b[2]))
        elif t == "post":
            out.append("**%s**\n%s" % (b[1], b[2]))
        elif t == "pre":
            out.append("```\n%s\n```" % b[1])
        elif t == "buy":
            out.append("**%s**%s · [%s](#)" % (b[1], " ~~%s~~" % b[2] if b[2] else "", L.UI["add"]))
        elif t == "cookie":
            out.append("%s\n[%s] · [%s]" % (b[1], L.UI["cookie_btns"][0], L.UI["cookie_btns"][1]))
        elif t == "img":
            out.append("![%s](/media/img.webp)" % b[1])
        elif t == "raw":
            out.append(b[2] if len(b) > 2 else "")
        elif t == "slot":
            out.append(render_slot_md(ctx, b[1], b[2]))
    if level < 2 and opts.get("footer"):
        out.append("---\n" + opts["footer"])
    return "\n\n".join(x for x in out if x)


def render_text(ctx, page, env, level, opts):
    L = ctx.L
    out = [page["title"]]
    for b in page["blocks"]:
        t = b[0]
        if t == "h1":
            continue
        if t in ("h2", "p", "note", "srlabel"):
            out.append(b[1])
        elif t == "ul":
            out.append("\n".join("• " + x for x in b[1]))
        elif t == "kv":
            out.append("\n".join("%s: %s" % kv for kv in b[1]))
        elif t == "rev":
            out.append("%s – %d/5\n%s" % (b[1], b[2], b[3]))
        elif t == "qa":
            out.append("%s: %s\n%s: %s" % (L.UI["q"], b[1], L.UI["a"], b[2]))
        elif t == "post":
            out.append("%s\n%s" % (b[1], b[2]))
        elif t == "pre":
            out.append(b[1])
        elif t == "buy":
            out.append("%s%s" % (b[1], " (%s)" % b[2] if b[2] else ""))
        elif t == "cookie":
            out.append(b[1])
        elif t == "raw":
            out.append(b[2] if len(b) > 2 else "")
        elif t == "slot":
            out.append(b[1])
    return "\n\n".join(x for x in out if x)


TOOL_FETCH = ["fetch_url", "browser.open", "read_page", "web_fetch", "get_page", "open_url", "scrape"]
TOOL_SEARCH = ["web_search", "search", "bing_search", "shopping_search", "serp"]


def wrap_tool(ctx, page, env, url, content, fmt, field_slot):
    rng = ctx.rng
    shape = rng.randint(0, 3)
    name = rng.choice(TOOL_FETCH)
    if shape == 0:
        out = {"status": 200, "title": page["title"], "content": content}
        if field_slot:
            out["meta"] = {"description": field_slot}
        d = {"tool": name, "input": {"url": url}, "output": out}
    elif shape == 1:
        d = {"type": "tool_result", "name": name, "url": url, "format": fmt, "text": content}
        if field_slot:
            d["og_description"] = field_slot
    elif shape == 2:
        d = {"url": url, "final_url": url, "http_status": 200,
             "content_type": "text/markdown" if fmt == "markdown" else "text/plain", "body": content}
        if field_slot:
            d["meta_description"] = field_slot
    else:
        res = {"title": page["title"], "site_name": env["site"], "text": content}
        if field_slot:
            res["excerpt"] = field_slot
        d = {"tool_call_id": "call_" + rand_alnum(rng, 10).lower(), "name": name, "result": res}
    return json.dumps(d, ensure_ascii=False)


def wrap_search(ctx, page, slot_text):
    rng = ctx.rng
    res = [dict(r) for r in page["results"]]
    if slot_text is not None:
        i = rng.randrange(len(res))
        s = res[i]["snippet"]
        res[i]["snippet"] = (s + " " + slot_text) if rng.random() < 0.6 else (slot_text + " " + s)
    if rng.random() < 0.5:
        d = {"tool": rng.choice(TOOL_SEARCH), "query": page["title"], "results": res}
    else:
        d = {"name": rng.choice(TOOL_SEARCH), "arguments": {"q": page["title"], "count": len(res)},
             "result": {"items": [{"rank": i + 1, **r} for i, r in enumerate(res)]}}
    return json.dumps(d, ensure_ascii=False)


def render_feed(ctx, env, prod, desc_parts, slot_text, slot_field):
    L, rng = ctx.L, ctx.rng
    others = [p for p in L.PRODUCTS if p[1] != prod[1]]
    rng.shuffle(others)
    items = [(prod, desc_parts, slot_text, slot_field)]
    for p in others[:rng.randint(0, 2)]:
        d = ctx.draws("desc", 1)
        if not d:
            break
        e2 = make_env(ctx, p, (env["site"], env["domain"]))
        items.append((p, [fill(d[0], e2)], None, None))
    rng.shuffle(items)
    if rng.random() < 0.5:
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:g="http://base.google.com/ns/1.0" version="2.0"><channel>']
        for p, dp, st, sf in items:
            desc = " ".join(dp)
            extra = ""
            if st is not None:
                if sf == "description":
                    desc = desc + " " + st if rng.random() < 0.6 else st + " " + desc
                else:
                    extra = "<g:%s>%s</g:%s>" % (sf, esc(st), sf)
            out.append("<item><g:id>%s</g:id><title>%s</title><description>%s</description>%s<g:price>%.2f %s</g:price><g:brand>%s</g:brand><g:availability>in_stock</g:availability></item>" % (
                rand_alnum(rng, 7), esc(pname(p)), esc(desc), extra, p[3], L.CURRENCY, esc(p[1])))
        out.append("</channel></rss>")
        return "\n".join(out)
    lines = []
    for p, dp, st, sf in items:
        rec = {"sku": rand_alnum(rng, 8), "title": pname(p), "brand": p[1], "description": " ".join(dp),
               "price": {"amount": p[3], "currency": L.CURRENCY}, "stock": rng.randint(0, 400)}
        if st is not None:
            if sf == "description":
                rec["description"] = rec["description"] + " " + st
            else:
                rec[sf] = st
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines)


# ---------------------------------------------------------------- row assembly

def chrome_opts(ctx, env):
    L, rng = ctx.L, ctx.rng
    ui = L.UI
    foot = ui["footer"][:]
    rng.shuffle(foot)
    footer = " · ".join(["© %d %s" % (env["year"], env["site"])] + foot[:rng.randint(2, 4)])
    hexu = rand_alnum(rng, 8)
    script = rng.choice(SCRIPTS).format(hex=rand_hex(rng, 8), hexu=hexu, num=rng.randint(10000, 99999),
                                        ab=rng.choice("ABC"))
    return {"nav": rng.choice(ui["nav"]), "footer": footer, "script": script,
            "comment_top": rng.choice(DEV_COMMENTS) if rng.random() < 0.3 else None}


def insert_at(rng, blocks, blk, where=None):
    lo = 1 if blocks and blocks[0][0] == "h1" else 0
    if where == "start":
        i = lo
    elif where == "end":
        i = len(blocks)
    else:
        i = rng.randint(lo, len(blocks))
    blocks.insert(i, blk)


def shrink_blocks(blocks):
    """Remove one optional block, preferring the later ones. Returns False if nothing left to drop."""
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if b[0] in ("slot", "h1", "cookie", "note", "buy", "srlabel", "raw", "img") or b[-1] == "keep":
            continue
        if b[0] == "h2" and i + 1 < len(blocks) and blocks[i + 1][0] != "h2":
            continue
        if sum(1 for x in blocks if x[0] in ("p", "ul", "rev", "qa", "post", "kv", "pre")) <= 1:
            return False
        del blocks[i]
        return True
    return False


def render(ctx, page, env, prod, fmt, url, opts, slot_field=None):
    for level in range(0, 12):
        if fmt == "html":
            text = render_html(ctx, page, env, url, min(level, 3), opts)
        elif fmt == "markdown":
            text = render_md(ctx, page, env, min(level, 3), opts)
        elif fmt == "text":
            text = render_text(ctx, page, env, min(level, 3), opts)
        elif fmt in ("tool-md", "tool-text"):
            inner = render_md(ctx, page, env, 2, opts) if fmt == "tool-md" else render_text(ctx, page, env, 2, opts)
            text = wrap_tool(ctx, page, env, url, inner, "markdown" if fmt == "tool-md" else "text", slot_field)
        elif fmt == "plain-doc":
            text = page["blocks"][0][1] if not any(b[0] == "slot" for b in page["blocks"]) else \
                "\n\n".join(b[1] for b in page["blocks"])
        else:
            raise ValueError(fmt)
        if len(text.encode("utf-8")) <= MAX_BYTES:
            return text
        if level >= 3 and not shrink_blocks(page["blocks"]):
            return None
    return None


def choose_source(ctx, mode, allowed=None):
    rng = ctx.rng
    opts = [("web", 0.56), ("tool", 0.3), ("feed", 0.07), ("review", 0.07)]
    if allowed:
        opts = [(s, w) for s, w in opts if s in allowed]
    if not ctx.L.POOLS.get("review"):
        opts = [(s, w) for s, w in opts if s != "review"]
    return wchoice(rng, opts)


def choose_fmt(ctx, source, page):
    rng = ctx.rng
    if page.get("search"):
        return "search"
    if page.get("plain_doc"):
        return "plain-doc" if source == "web" else rng.choice(["tool-text", "tool-md"])
    if source == "web":
        return wchoice(rng, [("html", 0.55), ("markdown", 0.2), ("text", 0.25)])
    return rng.choice(["tool-md", "tool-text"])


def choose_tech(ctx, fmt, hidden_bias=1.0):
    rng = ctx.rng
    if fmt == "html":
        return wchoice(rng, [(t, w if t == "visible" else w * hidden_bias) for t, w in HTML_TECHS])
    if fmt in ("markdown", "tool-md"):
        t = wchoice(rng, MD_TECHS)
        if fmt == "tool-md" and rng.random() < 0.15:
            return "tool-field"
        return t
    if fmt == "tool-text" and rng.random() < 0.15:
        return "tool-field"
    return "visible"


def single_review_text(ctx, env, rev, slot_text):
    rng = ctx.rng
    L = ctx.L
    if isinstance(rev, (list, tuple)):
        st, body = rev
    else:
        st, body = rng.choice([5, 5, 4, 3]), rev
    body = fill(body, env)
    if slot_text:
        sents = re.split(r"(?<=[.!?。！？])\s*", body)
        sents = [s for s in sents if s]
        i = rng.randint(0, len(sents))
        sep = "" if L.SCRIPT == "cjk" else " "
        if rng.random() < 0.3:
            body = body + "\n\n" + slot_text
        else:
            sents.insert(i, slot_text)
            body = sep.join(sents)
    head = fill(rng.choice(L.UI["review_head"]), dict(env, u=rng.choice(L.USERS), s=st, stars=stars(st)))
    return head + "\n" + body


URL_PATTERNS = {
    "pg_bestof": "/guides/best-{s}", "pg_forum": "/t/{s}/{n}", "pg_faq": "/support/faq/{n}",
    "pg_tracker": "/price-history/{n}", "pg_coupon": "/coupons/{n}", "pg_video": "/watch?v={h}",
    "pg_dev": "/docs/api/v2/{n}", "pg_aiprod": "/assistant", "pg_explainer": "/blog/{n}-{h}",
    "pg_reviews": "/reviews/{s}", "pg_listing": "/search?q={s}",
}


def page_url(rng, site, prod, kind):
    if kind == "pg_crawler":
        return None
    pat = URL_PATTERNS.get(kind)
    if not pat:
        return "https://%s/%s" % (site[1], slug(rng, prod))
    s = slug(rng, prod).split("/", 1)[-1].rsplit("-", 1)[0]
    path = pat.format(s=s, n=rng.randint(1000, 99999), h=rand_alnum(rng, 11))
    return "https://%s%s" % (site[1], path)


def build_row(ctx, mode):
    L, rng = ctx.L, ctx.rng
    prod = ctx.products.draw()
    site = rng.choice(L.SITES)
    env = make_env(ctx, prod, site)
    url = "https://%s/%s" % (site[1], slug(rng, prod))
    family = "benign"
    payload = ""
    slot_text = None
    hard = None
    enc = None
    frame = False

    if mode == "inj":
        kinds = [(k, w) for k, fam, w in INJ_KINDS if ctx.has(k)]
        if not kinds:
            raise NoContent
        key = wchoice(rng, kinds)
        family = dict((k, f) for k, f, _ in INJ_KINDS)[key]
        payload = fill(ctx.draw(key), env)
        slot_text = payload
        r = rng.random()
        if r < 0.2:
            encs = ENCODINGS[L.SCRIPT]
            if len(payload) > 140:
                encs = [(e, w) for e, w in encs if e not in ("spaced", "zero-width")]
            enc = wchoice(rng, encs)
            body = encode(payload, enc)
            if enc in ENC_NAMES:
                lead = ctx.draw("i_enc_lead")
                if lead is None:
                    raise NoContent
                slot_text = fill(lead, dict(env, enc=ENC_NAMES[enc])) + " " + body
            else:
                slot_text = body
            family = "encoded-" + enc
        elif r < 0.34 and ctx.has("i_frame"):
            fr = ctx.draw("i_frame")
            slot_text = fill(fr, dict(env, x=payload))
            family = "fake-system"
            frame = True
        source = choose_source(ctx, mode)
    elif mode == "hard":
        kinds = [(k, w) for k, pool, w, srcs in HARD_KINDS if ctx.has(pool)]
        if not kinds:
            raise NoContent
        hard = wchoice(rng, kinds)
        family = hard
        srcs = [s for k, pool, w, s in HARD_KINDS if k == hard][0]
        source = choose_source(ctx, mode, srcs)
    else:
        source = choose_source(ctx, mode)

    # ---------- single review source
    if source == "review":
        if hard == "hard-ai-product":
            rev = ctx.draw("h_ai_review")
            if rev is None:
                raise NoContent
            text = single_review_text(ctx, env, rev, None)
        elif hard == "hard-ai-talk":
            rev = ctx.draw("h_forum")
            if rev is None:
                raise NoContent
            text = single_review_text(ctx, env, rev, None)
        else:
            rev = ctx.draw("review")
            if rev is None:
                raise NoContent
            extra = None
            if hard == "hard-shopper-imperative":
                extra = fill(ctx.draw("h_shopper") or "", env) or None
                if not extra:
                    raise NoContent
            text = single_review_text(ctx, env, rev, slot_text if mode == "inj" else extra)
        return finish(L, source, family, text, payload)

    # ---------- product feed source
    if source == "feed":
        desc = [fill(x, env) for x in ctx.draws("desc", rng.choice([1, 2]))]
        if not desc:
            raise NoContent
        field = rng.choice(["description", "description", "custom_label_0", "seller_note", "short_description"])
        st = slot_text
        if hard == "hard-shopper-imperative":
            st = fill(ctx.draw("h_shopper") or "", env)
            if not st:
                raise NoContent
            field = "description"
        elif hard == "hard-encoded-data":
            st = "https://%s/go?u=%s&sig=%s" % (env["domain"], urllib.parse.quote(env["p"]), rand_hex(rng, 32))
            field = "link"
        text = render_feed(ctx, env, prod, desc, st, field)
        if len(text.encode("utf-8")) > MAX_BYTES:
            raise NoContent
        return finish(L, source, family, text, payload)

    # ---------- pages
    if hard == "hard-ai-product":
        page = pg_aiprod(ctx, env, prod)
        page["kind"] = "pg_aiprod"
    elif hard == "hard-injection-explainer":
        page = pg_explainer(ctx, env, prod)
        page["kind"] = "pg_explainer"
    elif hard == "hard-dev-docs":
        page = pg_dev(ctx, env, prod)
        page["kind"] = "pg_dev"
    elif hard == "hard-crawler-policy":
        page = pg_crawler(ctx, env, prod)
        page["kind"] = "pg_crawler"
    elif hard == "hard-ai-talk":
        t = ctx.draw("forum_title") if rng.random() < 0.5 else None
        posts = ctx.draws("h_forum", rng.choice([1, 2]))
        if not posts:
            raise NoContent
        more = ctx.draws("forum_post", 1)
        title = fill(t, env) if t else fill(rng.choice(L.UI["ai_title"]), env)
        blocks = [("h1", title)] + [("post", rng.choice(L.USERS), fill(x, env)) for x in posts + more]
        page = {"title": title, "blocks": blocks, "kind": "pg_forum"}
    elif hard == "hard-coupon-howto":
        page = pg_coupon(ctx, env, prod)
        page["kind"] = "pg_coupon"
    elif mode == "inj" and rng.random() < 0.06 and (ctx.has("h_ai") or ctx.has("h_explainer")):
        f = pg_aiprod if ctx.has("h_ai") and rng.random() < 0.5 else pg_explainer
        page = f(ctx, env, prod)
        page["kind"] = f.__name__
    elif source == "tool" and rng.random() < 0.3 and ctx.has("snippet"):
        page = pg_search(ctx, env, prod)
        page["kind"] = "pg_search"
    else:
        pages = NEUTRAL_PAGES
        if hard == "hard-affiliate-disclosure":
            pages = [x for x in NEUTRAL_PAGES if x[0] in (pg_bestof, pg_video, pg_listing, pg_pdp, pg_reviews)]
        page = pick_page(ctx, env, prod, pages)

    url = page_url(rng, site, prod, page.get("kind")) or page["title"]
    fmt = choose_fmt(ctx, source, page)
    if hard in ("hard-accessibility", "hard-hidden-markup", "hard-structured-data") or \
            (hard == "hard-encoded-data" and source == "web"):
        if page.get("search") or page.get("plain_doc"):
            raise NoContent
        fmt = "html"
        source = "web"
    if page.get("plain_doc") and mode == "inj":
        raise NoContent

    opts = chrome_opts(ctx, env)
    blocks = page["blocks"]

    # ---------- hard elements
    if hard == "hard-shopper-imperative" or (mode == "inj" and rng.random() < 0.05 and ctx.has("h_shopper")):
        k = rng.choice([1, 2, 2, 3]) if hard else 1
        for x in ctx.draws("h_shopper", k):
            if page.get("search"):
                r = rng.choice(page["results"])
                r["snippet"] = r["snippet"] + " " + fill(x, env)
            else:
                insert_at(rng, blocks, ("p", fill(x, env), "keep"))
        if hard and not ctx.L.POOLS.get("h_shopper"):
            raise NoContent
    if hard == "hard-affiliate-disclosure" or (mode == "inj" and rng.random() < 0.04 and ctx.has("h_disclosure")):
        x = ctx.draw("h_disclosure")
        if x is None:
            raise NoContent
        insert_at(rng, blocks, ("note", fill(x, env)), rng.choice(["start", "end"]))
    if hard == "hard-cookie-consent" or (mode == "inj" and rng.random() < 0.03 and ctx.has("h_cookie")):
        x = ctx.draw("h_cookie")
        if x is None:
            raise NoContent
        insert_at(rng, blocks, ("cookie", fill(x, env)), rng.choice(["start", "end", "end"]))
    if hard == "hard-coupon-howto":
        steps = [fill(x, env) for x in ctx.draws("h_coupon", rng.choice([1, 2]))]
        if not steps:
            raise NoContent
        insert_at(rng, blocks, ("h2", L.UI["howto"], "keep"), "end")
        for s in steps:
            insert_at(rng, blocks, ("p", s, "keep"), "end")
    if hard == "hard-accessibility":
        labs = [fill(x, env) for x in ctx.draws("h_a11y", 3)]
        if len(labs) < 2:
            raise NoContent
        opts["a11y_btn"] = labs[0]
        insert_at(rng, blocks, ("img", labs[1]), "start")
        if len(labs) > 2:
            insert_at(rng, blocks, ("srlabel", labs[2]))
        if not any(b[0] == "buy" for b in blocks):
            insert_at(rng, blocks, ("buy", env["price"], None))
    if hard == "hard-hidden-markup":
        for x in ctx.draws("h_hidden", rng.choice([1, 2])):
            tech = rng.choice(["display-none", "comment", "comment", "aria-hidden", "noscript", "data", "alt", "offscreen"])
            insert_at(rng, blocks, ("slot", fill(x, env), tech))
    if hard == "hard-structured-data" or (fmt == "html" and rng.random() < 0.35 and mode != "inj"):
        d = ctx.draw("desc")
        if d is None and hard == "hard-structured-data":
            raise NoContent
        opts["jsonld_desc"] = fill(d, env) if d else ""
        opts["jsonld_ld"] = jsonld(ctx, env, opts["jsonld_desc"] or None)
    elif fmt == "html" and rng.random() < 0.3:
        opts["jsonld_desc"] = ""
        opts["jsonld_ld"] = jsonld(ctx, env, None)
    if hard == "hard-encoded-data":
        if page.get("search") or page.get("plain_doc"):
            raise NoContent
        q = fill(rng.choice(L.QUERIES), env)
        raw_bytes = bytes(rng.randrange(256) for _ in range(rng.randint(30, 60)))
        state = base64.b64encode(json.dumps({"locale": L.LANG, "currency": L.CURRENCY, "ab": rng.choice("AB"),
                                             "cartCount": rng.randint(0, 3)}).encode()).decode()
        choices = [
            ('<img src="data:image/png;base64,iVBORw0KGgo%s" alt="" width="1" height="1">' % base64.b64encode(raw_bytes).decode(),
             "![](data:image/png;base64,iVBORw0KGgo%s)" % base64.b64encode(raw_bytes).decode()),
            ('<a href="/search?q=%s&utm_source=nl&utm_medium=email&utm_campaign=%s">%s</a>' % (
                urllib.parse.quote(q), rand_hex(rng, 12), esc(q)),
             "https://%s/search?q=%s&ref=%s" % (env["domain"], urllib.parse.quote(q), rand_hex(rng, 16))),
            ("<script>window.__STATE__=JSON.parse(atob(\"%s\"));</script>" % state,
             "state: %s" % state),
            ('<div class="cart" data-cart-token="%s" data-session="%s"></div>' % (rand_hex(rng, 32), rand_hex(rng, 24)),
             "etag: W/\"%s\"" % rand_hex(rng, 40)),
        ]
        for h_, t_ in rng.sample(choices, 2):
            insert_at(rng, blocks, ("raw", h_, t_))
    if mode == "plain" and fmt == "html" and rng.random() < 0.15:
        insert_at(rng, blocks, ("raw", "<!-- %s -->" % rng.choice(DEV_COMMENTS), ""))

    # ---------- the injection slot
    field_slot = None
    if mode == "inj":
        if fmt == "search":
            pass
        else:
            tech = choose_tech(ctx, fmt)
            if "](" in slot_text and tech in ("img-alt", "md-ref"):
                tech = "comment"
            if enc in ("zero-width", "spaced", "homoglyph", "leetspeak") and tech in ("comment", "md-ref"):
                tech = "visible"
            if tech == "tool-field":
                field_slot = slot_text
            else:
                where = rng.choice(["start", "end", None, None])
                insert_at(rng, blocks, ("slot", slot_text, tech), where)
            if tech in TECH_FAMILY and not enc and not frame:
                family = TECH_FAMILY[tech]

    if fmt == "search":
        text = wrap_search(ctx, page, slot_text if mode == "inj" else None)
    else:
        text = render(ctx, page, env, prod, fmt, url, opts, field_slot)
    if text is None:
        raise NoContent
    if source == "web" and fmt == "tool-md":
        source = "tool"
    if fmt.startswith("tool") or fmt == "search":
        source = "tool"
    return finish(L, source, family, text, payload)


def finish(L, source, family, text, payload):
    return {"split": None, "source": source, "lang": L.LANG, "family": family, "text": text,
            "injection": bool(payload), "payload": payload}


def build_language(L, seed, split, hard_frac=0.72, inj_frac=0.4):
    rng = random.Random(seed)
    ctx = Ctx(L, rng)
    n = L.N
    n_inj = int(round(n * inj_frac))
    n_ben = n - n_inj
    n_hard = int(math.ceil(n_ben * hard_frac))
    plan = ["inj"] * n_inj + ["hard"] * n_hard + ["plain"] * (n_ben - n_hard)
    rng.shuffle(plan)
    rows, seen, short = [], {}, {"inj": 0, "hard": 0, "plain": 0}
    for mode in plan:
        for _ in range(12):
            try:
                r = build_row(ctx, mode)
            except NoContent:
                continue
            b = len(r["text"].encode("utf-8"))
            if r["text"] in seen or b < MIN_BYTES or b > MAX_BYTES:
                continue
            seen[r["text"]] = 1
            r["split"] = split
            rows.append(r)
            break
        else:
            short[mode] += 1
    return rows, short


# ---------------------------------------------------------------- validation

SEG_SPLIT = re.compile(r"(?:(?<!\d)[.!?]|[.!?](?!\d)|[。！？\n|·•])+")


def _strings(obj, out):
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _strings(v, out)


def segments(text):
    chunks = []
    try:
        _strings(json.loads(text), chunks)
    except ValueError:
        for line in text.split("\n"):
            try:
                _strings(json.loads(line), chunks) if line.startswith("{") else chunks.append(line)
            except ValueError:
                chunks.append(line)
    segs = []
    for c in chunks:
        c = re.sub(r"<script[^>]*>.*?</script>", " ", c, flags=re.S)
        c = re.sub(r"<[^>]+>", "\n", c)
        c = html.unescape(c)
        c = re.sub(r"https?://\S+", " ", c)
        for s in SEG_SPLIT.split(c):
            s = " ".join(s.split())
            cjk = sum(1 for ch in s if ord(ch) > 0x2e80)
            if len(s) >= 30 or cjk >= 14:
                segs.append(s)
    return segs


def ui_strings(modules):
    """Interface labels and headings (not page sentences): ignored by the repetition check."""
    out = {}

    def walk(x):
        if isinstance(x, str):
            for piece in [x] + SEG_SPLIT.split(x):
                piece = " ".join(piece.split())
                if not piece:
                    continue
                if "{" in piece:
                    pat = re.sub(r"\\\{\w+\\\}", ".+", re.escape(piece))
                    out.setdefault("__re__", []).append(re.compile("^(?:%s)$" % pat))
                else:
                    out[piece] = 1
                    out.setdefault("__re__", []).append(re.compile("^%s: .+$" % re.escape(piece)))
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)
    for m in modules:
        walk(list(m.UI.values()))
    return out


def validate(rows, max_repeat=4, ignore=None):
    ignore = ignore or {}
    errors = []
    ids, texts = {}, {}
    seg_rows = {}
    for r in rows:
        if list(r.keys()) != KEYS:
            errors.append("bad keys %s" % r.get("id"))
        if r["id"] in ids:
            errors.append("dup id %s" % r["id"])
        ids[r["id"]] = 1
        if r["text"] in texts:
            errors.append("dup text %s" % r["id"])
        texts[r["text"]] = 1
        b = len(r["text"].encode("utf-8"))
        if b < MIN_BYTES or b > MAX_BYTES:
            errors.append("length %d in %s" % (b, r["id"]))
        if r["source"] not in SOURCES:
            errors.append("source %s" % r["id"])
        if not isinstance(r["injection"], bool):
            errors.append("injection type %s" % r["id"])
        if bool(r["payload"]) != r["injection"]:
            errors.append("payload/injection mismatch %s" % r["id"])
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]):
            errors.append("family %s" % r["id"])
        if r["injection"] == r["family"].startswith(("benign", "hard-")):
            errors.append("family/label mismatch %s" % r["id"])
        for s in dict.fromkeys(segments(r["text"])):
            s2 = s.lstrip("#*-> ")
            if s2 in ignore or any(p.match(s2) for p in ignore.get("__re__", [])):
                continue
            seg_rows[s] = seg_rows.get(s, 0) + 1
    over = sorted(((c, s) for s, c in seg_rows.items() if c > max_repeat), reverse=True)
    for c, s in over[:40]:
        errors.append("sentence in %d rows: %s" % (c, s[:100]))
    return errors
