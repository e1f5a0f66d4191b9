"""Shared machinery: block parsing, slot filling, text wrappers, hiding and encoding."""

import base64
import codecs
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

# Which wrappers a core may get after its first use (first use: its own source).
ALTERNATES = {
    "review": ("review", "review", "review", "tool", "web"),
    "ticket": ("ticket", "ticket", "ticket", "tool", "email"),
    "email": ("email", "email", "email", "email", "tool"),
    "feed": ("feed", "feed", "feed", "tool", "web"),
    "web": ("web", "web", "web", "web", "tool"),
    "tool": ("tool",),
}


class Core:
    __slots__ = ("label", "family", "body", "x", "payload", "source", "mod", "uses", "prod")

    def __init__(self, label, family, body, x, payload, source, mod, prod=None):
        self.prod = prod
        self.label = label
        self.family = family
        self.body = body
        self.x = x
        self.payload = payload
        self.source = source
        self.mod = mod
        self.uses = 0


def parse(mod):
    """Turn a module's BLOCKS text into Core objects.

    Block syntax:  '= source' starts a block, plain lines are the body with {X}
    where the key sentence goes, '+ family | sentence [|| payload]' adds an
    injection variant, '- family | sentence' adds a benign variant.  The two
    characters backslash-n inside a line stand for a line break.
    """
    cores = []
    cur = None

    def flush(block):
        if block is None:
            return
        body = "\n".join(block["body"]) if block["body"] else "{X}"
        body = body.replace("\\n", "\n")
        if "{X}" not in body:
            raise ValueError("block without {X}: %r" % body[:60])
        for fam, x, p in block["inj"]:
            cores.append(Core(True, fam, body, x, p, block["src"], mod, block["prod"]))
        for fam, x in block["ben"]:
            cores.append(Core(False, fam, body, x, "", block["src"], mod, block["prod"]))

    for raw in mod.BLOCKS.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("= "):
            flush(cur)
            src, _, prod = line[2:].partition("@")
            src = src.strip()
            if src not in SOURCES:
                raise ValueError("bad source %r in %s" % (src, mod.LANG))
            cur = {"src": src, "prod": prod.strip() or None, "body": [], "inj": [], "ben": []}
        elif line.startswith("+ "):
            fam, rest = line[2:].split(" | ", 1)
            if " || " in rest:
                x, p = rest.split(" || ", 1)
            else:
                x, p = rest, rest
            cur["inj"].append((fam.strip(), x.strip().replace("\\n", "\n"),
                               p.strip().replace("\\n", "\n").strip()))
        elif line.startswith("- "):
            fam, x = line[2:].split(" | ", 1)
            cur["ben"].append((fam.strip(), x.strip().replace("\\n", "\n")))
        else:
            cur["body"].append(line)
    flush(cur)
    return cores


# ---------------------------------------------------------------- slots

def make_slots(mod, rng):
    s = mod.SLOTS
    v = {}
    for key in ("P", "N", "S", "C", "A"):
        v[key] = rng.choice(s[key])
    v["M"] = rng.choice(s["N"])  # second person name
    while v["M"] == v["N"] and len(s["N"]) > 1:
        v["M"] = rng.choice(s["N"])
    prefix = rng.choice(getattr(mod, "ORDER_PREFIX", ["#"]))
    v["O"] = prefix + str(rng.randint(100000, 9999999))
    v["T"] = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(2)) + \
        str(rng.randint(100000000, 999999999)) + rng.choice(["", "DE", "NL", "PL", "JP", "KR", "IN", "US"])
    v["D"] = "%02d.%02d." % (rng.randint(1, 28), rng.randint(1, 12))
    user = "".join(ch for ch in v["N"].lower().split(" ")[0] if ch.isascii() and ch.isalnum())
    if not user:
        user = "kunde"
    v["E"] = "%s%d@%s" % (user, rng.randint(2, 99), mod.DOMAIN)
    return v


ENC_MARK = re.compile(r"\[\[(b64|hex|rot13|url):(.+?)\]\]", re.S)


def _enc(m):
    kind, body = m.group(1), m.group(2)
    if kind == "b64":
        return base64.b64encode(body.encode("utf-8")).decode("ascii")
    if kind == "hex":
        return body.encode("utf-8").hex()
    if kind == "rot13":
        return codecs.encode(body, "rot13")
    return urllib.parse.quote(body)


SALUTE = re.compile(r"(Hello|Hi\b|Hey\b|Dear|Hola|Querid|Liebe|Chère|Estimad|Cara |Caro |Hej|Hoi|Szia|Salut|Dzień|Olá|Oi\b|"
                    r"Good|Greetings|Respected|To the|To whom|Kedves|Tisztelt|Γεια|Καλη|שלום|היי|Bună|G'day|Bonjour|"
                    r"Buongiorno|Buenas|Hallo|Guten|Moin|Salve|안녕|こんにちは|您好|你好|नमस्ते|สวัสดี)")


def fill(text, v):
    for key, val in v.items():
        if key.startswith("_"):
            continue
        text = text.replace("{%s}" % key, val)
    return text


def encode_marks(text):
    return ENC_MARK.sub(_enc, text)


def strip_marks(text):
    return ENC_MARK.sub(lambda m: m.group(2), text)


# ---------------------------------------------------------------- hiding / encoding

ZW = "\u200b"
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def is_latin(text):
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ord(ch) < 0x250 for ch in letters)


def html_hide(x, rng, mod):
    kind = rng.randrange(7)
    if kind == 0:
        return "<!-- %s -->" % x, "hidden-html-comment"
    if kind == 1:
        return '<span style="display:none">%s</span>' % x, "hidden-css"
    if kind == 2:
        return '<div style="font-size:0;line-height:0;height:0;overflow:hidden">%s</div>' % x, "hidden-css"
    if kind == 3:
        return '<p style="color:#fff;background:#fff;margin:0">%s</p>' % x, "hidden-css"
    if kind == 4:
        return '<img src="https://cdn.%s/img/%d.jpg" alt="%s" width="1" height="1">' % (
            mod.DOMAIN, rng.randint(1000, 99999), x.replace('"', "'")), "hidden-alt"
    if kind == 5:
        return '<div class="meta" data-note="%s" hidden></div>' % x.replace('"', "'"), "hidden-attribute"
    return '<span style="position:absolute;left:-9999px" aria-hidden="true">%s</span>' % x, "hidden-css"


def text_hide(x, rng, mod):
    """Obfuscations that survive in plain text."""
    options = ["base64", "zero-width", "hex", "url"]
    if is_latin(x):
        options += ["rot13", "homoglyph"]
        if len(x) <= 90:
            options.append("spaced")
        if mod.LANG.startswith("en"):
            options.append("leet")
    kind = rng.choice(options)
    lead = rng.choice(mod.LEADS + [""])
    if kind == "base64":
        enc = base64.b64encode(x.encode("utf-8")).decode("ascii")
        return (lead + " " + enc).strip(), "encoded-base64"
    if kind == "hex":
        return (lead + " " + x.encode("utf-8").hex()).strip(), "encoded-hex"
    if kind == "url":
        return (lead + " " + urllib.parse.quote(x)).strip(), "encoded-url"
    if kind == "rot13":
        return (lead + " " + codecs.encode(x, "rot13")).strip(), "encoded-rot13"
    if kind == "zero-width":
        return ZW.join(x[i:i + 2] for i in range(0, len(x), 2)), "zero-width"
    if kind == "homoglyph":
        return "".join(HOMO.get(ch, ch) if rng.random() < 0.6 else ch for ch in x), "homoglyph"
    if kind == "spaced":
        return " ".join(x), "spaced-letters"
    return "".join(LEET.get(ch.lower(), ch) if rng.random() < 0.7 else ch for ch in x), "leetspeak"


# ---------------------------------------------------------------- fillers

class Picker:
    """Hands out filler sentences, each at most `cap` times."""

    def __init__(self, cap=3):
        self.cap = cap
        self.used = {}

    def take(self, pool, rng, avoid=""):
        free = [s for s in pool if self.used.get(s, 0) < self.cap and s not in avoid]
        if not free:
            return None
        s = rng.choice(free)
        self.used[s] = self.used.get(s, 0) + 1
        return s


# ---------------------------------------------------------------- benign decorations

DEV_COMMENTS = [
    "<!-- product-grid v2, do not remove wrapper -->",
    "<!-- TODO: swap hero banner after the spring sale -->",
    "<!-- end of reviews widget -->",
    "<!-- lazy-load images below the fold -->",
    "<!-- A/B test: variant B, prompt user to sign in only at checkout -->",
    "<!-- legacy template, system fonts fallback -->",
    "<!-- keep for SEO: structured data below -->",
    "<!-- ignore lint warning, inline style needed for email clients -->",
    "<!-- footer links managed in CMS -->",
    "<!-- admin: price block is rendered server side -->",
]

SR_ONLY = [
    '<span class="sr-only">Rated {r} out of 5</span>',
    '<span class="visually-hidden">Opens in a new window</span>',
    '<span style="display:none" class="sku-meta">{sku}</span>',
    '<div hidden id="cart-template"></div>',
]


def fake_b64(rng, n):
    raw = bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode("ascii")


def data_uri(rng):
    return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + fake_b64(rng, rng.randint(24, 48))


def hexhash(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- wrappers

def stars(r):
    return "\u2605" * r + "\u2606" * (5 - r)


def sku(rng):
    return "%s-%d" % ("".join(rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(3)), rng.randint(1000, 99999))


def dump(obj, rng):
    if rng.random() < 0.5:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=2)


def ts(rng):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                               rng.randint(0, 59), rng.randint(0, 59))


def greet_sign(body, mod, rng, v, p_greet=0.75):
    if v.get("_formatted"):
        return body
    parts = []
    if rng.random() < p_greet:
        parts.append(fill(rng.choice(mod.GREET), v))
    parts.append(body)
    if rng.random() < p_greet:
        parts.append(fill(rng.choice(mod.SIGN), v))
    return "\n\n".join(parts)


def w_review(body, mod, rng, v, picker, ctx):
    r = ctx["rating"]
    k = rng.randrange(4)
    if k == 0:
        return body
    if k == 1:
        return "%s\n%s" % (stars(r), body)
    if k == 2:
        return "%s (%s) %s\n%s" % (v["N"].split(" ")[0], v["C"], stars(r), body)
    return "%d/5 \u2013 %s\n\n%s" % (r, v["P"], body)


def w_ticket(body, mod, rng, v, picker, ctx):
    k = rng.randrange(3)
    msg = greet_sign(body, mod, rng, v)
    if k == 0:
        return msg
    subj = fill(rng.choice(mod.SUBJ), v)
    if k == 1:
        return "Ticket %d | %s\nFrom: %s <%s>\nSubject: %s\n\n%s" % (
            rng.randint(10000, 999999), rng.choice(["web form", "chat", "email", "app"]), v["N"], v["E"], subj, msg)
    return "[%s] %s\n%s" % (rng.choice(["contact form", "help center", "support widget"]), subj, msg)


def w_email(body, mod, rng, v, picker, ctx):
    msg = greet_sign(body, mod, rng, v, 0.8)
    subj = fill(rng.choice(mod.SUBJ), v)
    k = rng.randrange(3)
    extra = ""
    if rng.random() < 0.25:
        extra = "\n\n[%s]: https://links.%s/c/%s?u=%s" % (
            rng.choice(["1", "logo", "unsubscribe", "view"]), mod.DOMAIN, hexhash(rng, 24), hexhash(rng, 10))
        ctx["decor"] = "hard-benign-encoded"
    if k == 0:
        return "From: %s <%s>\nTo: shop@%s\nSubject: %s\n\n%s%s" % (v["N"], v["E"], mod.DOMAIN, subj, msg, extra)
    if k == 1:
        return "Subject: %s\n\n%s%s" % (subj, msg, extra)
    return "From: %s <%s>\nDate: %s\nSubject: %s\nMessage-ID: <%s@mail.%s>\n\n%s%s" % (
        v["N"], v["E"], ts(rng), subj, hexhash(rng, 16), mod.DOMAIN, msg, extra)


def w_feed(body, mod, rng, v, picker, ctx):
    k = rng.randrange(4)
    s = sku(rng)
    if k == 0:
        return "SKU: %s\nTitle: %s\nPrice: %s\nDescription: %s" % (s, v["P"], v["A"], body)
    if k == 1:
        img = "https://img.%s/p/%s/%s.jpg" % (mod.DOMAIN, s.lower(), hexhash(rng, 12))
        return ("<item>\n  <g:id>%s</g:id>\n  <g:title>%s</g:title>\n  <g:price>%s</g:price>\n"
                "  <g:image_link>%s</g:image_link>\n  <g:description><![CDATA[%s]]></g:description>\n</item>") % (
            s, v["P"], v["A"], img, body)
    if k == 2:
        return 'sku;title;price;description\n%s;%s;%s;"%s"' % (s, v["P"], v["A"], body.replace('"', "'"))
    return "%s | %s | %s\n%s" % (v["S"], v["P"], v["A"], body)


def w_web(body, mod, rng, v, picker, ctx):
    k = rng.randrange(4)
    lang = mod.LANG.split("-")[0]
    decor = ""
    if rng.random() < 0.35:
        d = rng.randrange(3)
        if d == 0:
            decor = rng.choice(DEV_COMMENTS)
            ctx["decor"] = "hard-benign-markup"
        elif d == 1:
            decor = rng.choice(SR_ONLY).replace("{r}", str(ctx["rating"])).replace("{sku}", sku(rng))
            ctx["decor"] = "hard-benign-markup"
        else:
            decor = '<img src="%s" alt="" width="16" height="16">' % data_uri(rng)
            ctx["decor"] = "hard-benign-encoded"
    if k == 0 or (k == 3 and "<" in body):
        return '<html lang="%s"><body>\n<h1>%s</h1>\n%s\n<div class="content">\n%s\n</div>\n</body></html>' % (
            lang, v["P"], decor, body)
    if k == 1:
        return '<article class="post">\n%s\n<p>%s</p>\n</article>' % (decor, body.replace("\n", "<br>\n"))
    if k == 2:
        return "%s \u2013 %s\n\n%s\n\n\u00a9 %s" % (v["S"], v["P"], body, v["S"])
    return "## %s\n\n%s\n" % (v["P"], body)


def _other_reviews(mod, rng, picker, n):
    out = []
    for _ in range(n):
        s = picker.take(mod.FILL.get("review", []), rng)
        if s:
            out.append(s)
    return out


def w_tool(body, mod, rng, v, picker, ctx):
    origin = ctx["origin"]
    if origin == "review":
        others = [n for n in mod.SLOTS["N"] if n != v["N"]]
        items = [{"author": rng.choice(others).split(" ")[0], "rating": rng.randint(3, 5), "text": t}
                 for t in _other_reviews(mod, rng, picker, rng.randint(0, 2))]
        pos = rng.randint(0, len(items))
        items.insert(pos, {"author": v["N"].split(" ")[0], "rating": ctx["rating"], "text": body})
        return dump({"tool": rng.choice(["get_reviews", "reviews.list", "fetch_product_reviews"]),
                     "product": v["P"], "results": items}, rng)
    if origin == "ticket":
        return dump({"ticket": {"id": rng.randint(10000, 999999), "status": rng.choice(["open", "new", "pending"]),
                                "subject": fill(rng.choice(mod.SUBJ), v), "requester": v["E"],
                                "description": body}}, rng)
    if origin == "email":
        return dump({"tool": rng.choice(["email.search", "inbox.read", "mail_fetch"]),
                     "results": [{"from": v["E"], "subject": fill(rng.choice(mod.SUBJ), v),
                                  "received": ts(rng), "body": body}]}, rng)
    if origin == "feed":
        return dump({"source": "supplier_sync", "supplier": v["S"], "items": [
            {"sku": sku(rng), "title": v["P"], "price": v["A"], "description": body}]}, rng)
    if origin == "web":
        return dump({"tool": rng.choice(["browser.fetch", "web_fetch", "open_url"]),
                     "url": "https://www.%s/%s" % (mod.DOMAIN, rng.choice(["blog", "p", "help", "forum/t", "deals"])
                                                   + "/" + str(rng.randint(100, 99999))),
                     "status": 200, "content": body}, rng)
    # native tool rows: pick an envelope
    k = rng.randrange(5)
    if k == 0:
        return dump({"order_id": v["O"], "status": rng.choice(["paid", "shipped", "processing"]),
                     "customer": {"name": v["N"], "city": v["C"]}, "total": v["A"],
                     "customer_note": body}, rng)
    if k == 1:
        return dump({"tool": "crm.get_contact", "contact": {"name": v["N"], "email": v["E"],
                                                            "notes": [body]}}, rng)
    if k == 2:
        return dump({"tool": "shipping.track", "tracking": v["T"], "events": [
            {"time": ts(rng), "status": rng.choice(["in_transit", "exception", "out_for_delivery"]),
             "message": body}]}, rng)
    if k == 3:
        return dump({"tool": "catalog.search", "results": [
            {"sku": sku(rng), "name": v["P"], "price": v["A"], "seller_notes": body}]}, rng)
    return dump({"tool": "inbox.next", "queue": rng.choice(["support", "returns", "wholesale"]),
                 "message": {"from": v["E"], "subject": fill(rng.choice(mod.SUBJ), v), "body": body}}, rng)


WRAPPERS = {"review": w_review, "ticket": w_ticket, "email": w_email, "feed": w_feed, "web": w_web, "tool": w_tool}

HTML_OK = ("web", "feed", "email")


def render(core, rng, picker):
    mod = core.mod
    use = core.uses
    core.uses += 1
    target = core.source if use == 0 else rng.choice(ALTERNATES[core.source])
    v = make_slots(mod, rng)
    if core.prod:
        v["P"] = core.prod
    x = fill(core.x, v)
    payload = strip_marks(fill(core.payload, v))
    family = core.family
    # obfuscate some injections on repeated uses, and a few on first use
    if core.label and not family.startswith(("hidden", "encoded")):
        p = 0.08 if use == 0 else 0.3
        if rng.random() < p:
            if target in HTML_OK and rng.random() < 0.6:
                x, family = html_hide(x, rng, mod)
            else:
                x, family = text_hide(x, rng, mod)
    template = core.body
    if core.source == "review" and use > 0 and template != "{X}" and "\n" not in template and rng.random() < 0.65:
        template = "{X}"  # same key sentence, but without the block's shared context
    body = encode_marks(fill(template.replace("{X}", x), v))
    formatted = ("\n" in core.body) or ("\n" in core.x) or SALUTE.match(core.body) is not None or \
        (core.body.startswith("{X}") and SALUTE.match(core.x) is not None)
    v["_formatted"] = "1" if formatted else ""
    # lengthen with a filler sentence sometimes
    if core.source in ("review", "ticket", "email", "web") and not formatted and \
            rng.random() < (0.8 if template == "{X}" and core.body != "{X}" else 0.35):
        f = picker.take(mod.FILL.get(core.source, []), rng, avoid=body)
        if f:
            f = fill(f, v)
            body = f + " " + body if rng.random() < 0.5 else body + " " + f
    ctx = {"origin": core.source, "rating": rng.choice([1, 2, 3, 4, 4, 5, 5]) if not core.label else rng.randint(1, 5)}
    text = WRAPPERS[target](body, mod, rng, v, picker, ctx)
    if not core.label and family == "benign" and ctx.get("decor"):
        family = ctx["decor"]
    return {"source": target, "lang": mod.LANG, "family": family, "text": text,
            "injection": core.label, "payload": payload if core.label else ""}
