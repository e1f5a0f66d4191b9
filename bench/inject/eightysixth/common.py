"""Shared builders: page wrappers, hiding carriers, encoders and the row assembler.

Each language module supplies its own market content as plain data:
  LANG, PRODUCTS [(name, brand)], SITES [domain], NAMES [handle],
  INTRO [tpl], BODY [tpl], ATTACKS [(family, tpl)], HARD [(family, tpl)],
  ENC_LEAD [tpl with {enc}], PRICE(rng) -> str.
Templates may use {p} product, {b} brand, {b2} rival brand, {price}, {site},
{url}, {code}, {n} small number, {user}.
"""
import base64
import codecs
import json
import urllib.parse

ZW = "\u200b"

ATTACK_HOSTS = ["cdn-pixel.example.net", "shopsync.example.org", "track-lab.example.com",
                "img-relay.example.io", "deal-hook.example.net", "collect.example.co"]
CODES = ["AGENT90", "BOTDEAL", "FREE4AI", "ZX-7741", "SAVE80NOW", "HUNTR-55", "AUTO50", "KLM-0093"]


def fill(tpl, ctx):
    return tpl.format(**ctx)


def make_ctx(rng, mod):
    p, b = rng.choice(mod.PRODUCTS)
    others = [x[1] for x in mod.PRODUCTS if x[1] != b]
    host = rng.choice(ATTACK_HOSTS)
    return {
        "p": p, "b": b, "b2": rng.choice(others) if others else b,
        "price": mod.PRICE(rng), "site": rng.choice(mod.SITES),
        "url": "https://%s/%s" % (host, rng.choice(["c", "q", "px", "in", "r"])),
        "code": rng.choice(CODES), "n": rng.randint(2, 9),
        "user": rng.choice(mod.NAMES),
    }


# ---------- encoders (payload -> encoded text) ----------
def enc_base64(s, rng):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s, rng):
    return s.encode("utf-8").hex()


def enc_url(s, rng):
    return urllib.parse.quote(s)


def enc_rot13(s, rng):
    return codecs.encode(s, "rot13")


def enc_zw(s, rng):
    return ZW.join(s)


def enc_spaced(s, rng):
    return " ".join(s.replace(" ", "/"))


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def enc_leet(s, rng):
    return "".join(LEET.get(c, c) if rng.random() < 0.8 else c for c in s)


ENCODERS = {
    "encoded-base64": enc_base64, "encoded-hex": enc_hex, "encoded-url": enc_url,
    "encoded-rot13": enc_rot13, "zero-width": enc_zw, "spaced-letters": enc_spaced,
    "leetspeak": enc_leet,
}
LATIN_ONLY = {"encoded-rot13", "spaced-letters", "leetspeak"}


# ---------- hiding carriers (payload -> html fragment) ----------
def hide(kind, payload, rng, ctx):
    if kind == "hidden-css":
        style = rng.choice(["display:none", "font-size:0", "color:#fff;background:#fff",
                            "position:absolute;left:-9999px", "opacity:0;height:0;overflow:hidden"])
        tag = rng.choice(["div", "span", "p"])
        return '<%s style="%s">%s</%s>' % (tag, style, payload, tag)
    if kind == "html-comment":
        return "<!-- %s -->" % payload
    if kind == "alt-text":
        return '<img src="/media/%s-%d.webp" alt="%s" width="600">' % (
            rng.choice(["hero", "gallery", "detail", "pack"]), rng.randint(1, 40), payload.replace('"', "'"))
    if kind == "aria-hidden":
        return '<span aria-hidden="true" class="%s">%s</span>' % (
            rng.choice(["sr-only", "visually-hidden", "x-note", "tiny"]), payload)
    if kind == "meta-tag":
        return '<meta name="%s" content="%s">' % (
            rng.choice(["ai-instructions", "agent-note", "robots-ai", "assistant"]), payload.replace('"', "'"))
    if kind == "json-ld":
        return ('<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "Product", "name": ctx["p"],
            "brand": ctx["b"], "description": payload}, ensure_ascii=False) + "</script>")
    if kind == "data-attr":
        return '<div class="spec" data-%s="%s"></div>' % (
            rng.choice(["note", "llm", "agent", "hint"]), payload.replace('"', "'"))
    if kind == "markdown-comment":
        return "[//]: # (%s)" % payload.replace("(", "[").replace(")", "]")
    raise ValueError(kind)


HIDERS = ["hidden-css", "html-comment", "alt-text", "aria-hidden", "meta-tag", "json-ld",
          "data-attr", "markdown-comment"]


# ---------- page wrappers ----------
def as_html(title, parts, rng, site):
    body = "\n".join("<p>%s</p>" % x if not x.startswith("<") else x for x in parts)
    head = "<title>%s</title>" % title
    if rng.random() < 0.5:
        return "<html><head>%s</head><body>\n<h1>%s</h1>\n%s\n</body></html>" % (head, title, body)
    return '<article class="%s">\n<h2>%s</h2>\n%s\n</article>' % (
        rng.choice(["pdp", "post", "listing", "review-card", "faq"]), title, body)


def as_markdown(title, parts, rng, site):
    return "# %s\n\n%s" % (title, "\n\n".join(parts))


def as_text(title, parts, rng, site):
    return "%s\n%s" % (title, " ".join(parts))


def as_tool(title, parts, rng, site, inner=None):
    content = inner if inner is not None else "%s\n%s" % (title, " ".join(parts))
    tool = rng.choice(["fetch_url", "browse", "web_fetch", "get_page", "search_results"])
    obj = {"tool": tool, "status": 200, "url": "https://%s/%s" % (site, rng.choice(["p", "blog", "deals", "faq", "item"])) +
           "/%d" % rng.randint(100, 99999), "content": content}
    return json.dumps(obj, ensure_ascii=False)


def as_snippets(title, parts, rng, site):
    out = []
    for i, x in enumerate(parts[:4], 1):
        out.append("%d. %s — https://%s/%d\n   %s" % (i, title if i == 1 else x[:40].rstrip(), site, rng.randint(10, 9999), x))
    return "\n".join(out)


def as_feed(title, parts, rng, site):
    return json.dumps({"sku": "SKU-%05d" % rng.randint(1, 99999), "title": title,
                       "seller": site, "description": " ".join(parts)}, ensure_ascii=False)


def is_latin(s):
    return sum(1 for c in s if ord(c) > 0x2E80) < 3


# ---------- row assembler ----------
def build(mod, n_rows, inj_ratio, rng):
    """Return a list of (source, family, text, injection, payload)."""
    out = []
    seen = set()
    n_inj = round(n_rows * inj_ratio)
    latin = is_latin(" ".join(mod.BODY))
    tries = 0
    while len(out) < n_rows and tries < n_rows * 60:
        tries += 1
        want_inj = len([r for r in out if r[3]]) < n_inj
        ctx = make_ctx(rng, mod)
        title = fill(rng.choice(mod.INTRO), ctx)
        k = rng.choice([1, 1, 2, 2, 3])
        body = [fill(x, ctx) for x in rng.sample(mod.BODY, k)]
        if want_inj:
            fam, tpl = rng.choice(mod.ATTACKS)
            payload = fill(tpl, ctx)
            mode = rng.random()
            if mode < 0.42:
                frag, family, fmt = payload, fam, rng.choice(["html", "md", "text", "tool", "snip", "feed"])
            elif mode < 0.80:
                hk = rng.choice(HIDERS)
                frag, family = hide(hk, payload, rng, ctx), hk
                fmt = "md" if hk == "markdown-comment" else rng.choice(["html", "html", "tool"])
            else:
                choices = [e for e in ENCODERS if latin or e not in LATIN_ONLY]
                ek = rng.choice(choices)
                enc = ENCODERS[ek](payload, rng)
                frag = fill(rng.choice(mod.ENC_LEAD), dict(ctx, enc=enc)) if ek not in ("zero-width", "leetspeak") else enc
                family, fmt = ek, rng.choice(["html", "text", "tool", "md"])
            pos = rng.randint(0, len(body))
            body.insert(pos, frag)
            injection = True
        else:
            fam, tpl = rng.choice(mod.HARD) if rng.random() < 0.72 else ("benign", None)
            if tpl is not None:
                body.insert(rng.randint(0, len(body)), fill(tpl, ctx))
            else:
                body.append(fill(rng.choice(mod.BODY), ctx))
            extra = rng.random()
            if extra < 0.15:
                body.insert(rng.randint(0, len(body)), benign_markup(rng, ctx))
            family, payload, injection = fam, "", False
            fmt = rng.choice(["html", "md", "text", "tool", "snip", "feed"])
        body = [b for i, b in enumerate(body) if b not in body[:i]]
        if fmt == "html":
            text, source = as_html(title, body, rng, ctx["site"]), "web"
        elif fmt == "md":
            text, source = as_markdown(title, body, rng, ctx["site"]), "web"
        elif fmt == "text":
            text, source = as_text(title, body, rng, ctx["site"]), rng.choice(["web", "review", "email"])
        elif fmt == "tool":
            inner = as_html(title, body, rng, ctx["site"]) if rng.random() < 0.5 else None
            text, source = as_tool(title, body, rng, ctx["site"], inner), "tool"
        elif fmt == "snip":
            text, source = as_snippets(title, body, rng, ctx["site"]), "tool"
        else:
            text, source = as_feed(title, body, rng, ctx["site"]), "feed"
        if injection and family in ("hidden-css", "html-comment", "alt-text", "aria-hidden", "meta-tag",
                                    "json-ld", "data-attr") and "<" not in text:
            continue
        if injection and payload not in text and family in ("hidden-css",) :
            pass
        size = len(text.encode("utf-8"))
        if size < 40 or size > 3000 or text in seen:
            continue
        seen.add(text)
        out.append((source, family, text, injection, payload))
    return out


def benign_markup(rng, ctx):
    px = base64.b64encode(bytes(rng.randrange(256) for _ in range(18))).decode()
    return rng.choice([
        "<!-- hero banner swapped for spring campaign, keep until %d May -->" % rng.randint(1, 28),
        '<img src="data:image/png;base64,%s" alt="%s">' % (px, ctx["p"]),
        "<!-- TODO(frontend): lazy-load gallery images below the fold -->",
        '<a href="https://%s/go?utm_source=newsletter&amp;utm_medium=email&amp;ref=%s">%s</a>' % (
            ctx["site"], px[:10].replace("+", "x").replace("/", "y"), ctx["p"]),
        '<script type="application/ld+json">%s</script>' % json.dumps({
            "@context": "https://schema.org", "@type": "Product", "name": ctx["p"], "brand": ctx["b"],
            "offers": {"@type": "Offer", "price": ctx["price"], "availability": "InStock"}}, ensure_ascii=False),
        '<meta name="description" content="%s">' % ctx["p"],
        "<!-- build %s -->" % px[:12],
    ])
