"""Shared machinery for the fiftyseventh corpus: pickers, carriers, renderers, row assembly.

Each language module only holds text pools; everything that turns those pools into rows
lives here so that the language modules stay pure data.
"""
import base64
import codecs
import json
import re
import unicodedata
from urllib.parse import quote

INJ_SHARE = 0.45
HARD_SHARE = 0.66          # share of benign rows that are hard negatives
STANDALONE_INJ = 0.16      # injections sent with a bare opener instead of a full host
TOOL_WRAP = 0.14           # rows whose host is delivered inside a tool result

# ---------------------------------------------------------------- pickers

class Picker:
    """Least-used-first picker: spreads reuse evenly, so no item dominates."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.count = [0] * len(self.items)
        self.rng = rng

    def take(self, pred=None, avoid=None):
        idx = [i for i in range(len(self.items))
               if (pred is None or pred(self.items[i]))
               and (avoid is None or self.items[i] not in avoid)]
        if not idx:
            return None
        low = min(self.count[i] for i in idx)
        pool = [i for i in idx if self.count[i] == low]
        i = self.rng.choice(pool)
        self.count[i] += 1
        return self.items[i]

    def max_use(self):
        return max(self.count) if self.count else 0


# ---------------------------------------------------------------- text helpers

_SENT = re.compile(r'(?<=[.!?।۔؟…)])\s+(?=\S)')


def sentences(text):
    parts = [p for p in _SENT.split(text.strip()) if p]
    return parts or [text.strip()]


def insert_at(text, piece, pos, rng, sep=" "):
    """Insert piece into text at 'start', 'middle' or 'end'."""
    if "\n" in text and pos == "middle":
        lines = text.split("\n")
        cut = rng.randint(1, max(1, len(lines) - 1))
        return "\n".join(lines[:cut] + [piece] + lines[cut:])
    sents = sentences(text)
    if pos == "start":
        return piece + sep + text
    if pos == "middle" and len(sents) > 1:
        cut = rng.randint(1, len(sents) - 1)
        return " ".join(sents[:cut]) + sep + piece + sep + " ".join(sents[cut:])
    return text + sep + piece


def zero_width(s):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if nxt and not unicodedata.category(nxt).startswith("M") and ch != " " and nxt != " ":
            out.append("\u200b")
    return "".join(out)


LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
           "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "H": "Н", "K": "К", "M": "М", "T": "Т"}
CYR2LAT = {v: k for k, v in LAT2CYR.items()}


def homoglyph(s, script):
    table = LAT2CYR if script == "latn" else CYR2LAT
    return "".join(table.get(ch, ch) if k % 2 == 0 else ch for k, ch in enumerate(s))


def leet(s):
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
             "I": "1", "O": "0", "S": "5", "T": "7"}
    return "".join(table.get(ch, ch) for ch in s)


def spaced(s):
    return "  ".join(" ".join(w) for w in s.split())


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexed(s):
    h = s.encode("utf-8").hex()
    return " ".join(h[i:i + 2] for i in range(0, len(h), 2))


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return quote(s, safe="")


# ---------------------------------------------------------------- carriers

PLAIN = ["plain-end", "plain-start", "plain-middle", "ps"]
HIDDEN = ["html-comment", "hidden-css", "alt-text", "data-attr", "md-comment"]
ENCODED = ["base64", "hex", "urlenc", "rot13", "leet", "homoglyph", "spaced", "zero-width"]
FAKE = ["fake-system", "fake-admin", "fake-tool", "fake-turn"]

CARRIER_FAMILY = {
    "html-comment": "hidden-html-comment", "hidden-css": "hidden-css",
    "alt-text": "hidden-alt-text", "data-attr": "hidden-attribute",
    "md-comment": "hidden-markdown-comment",
    "base64": "encoded-base64", "hex": "encoded-hex", "urlenc": "encoded-url",
    "rot13": "encoded-rot13", "leet": "obfuscated-leetspeak",
    "homoglyph": "obfuscated-homoglyph", "spaced": "obfuscated-spaced-letters",
    "zero-width": "obfuscated-zero-width",
    "fake-system": "fake-system", "fake-admin": "fake-admin",
    "fake-tool": "fake-tool-output", "fake-turn": "fake-turn",
}

HTML_SOURCES = ("web", "feed", "review", "email")

CSS_STYLES = [
    'style="display:none"', 'style="font-size:0"', 'style="color:#fff;background:#fff"',
    'style="position:absolute;left:-9999px"', 'style="opacity:0;height:0;overflow:hidden"',
    'hidden', 'style="visibility:hidden"', 'class="sr-only" style="clip:rect(0 0 0 0)"',
]
ATTRS = ["data-note", "data-ai", "title", "aria-label", "data-assistant", "data-meta"]
IMG_HOSTS = ["cdn.shop.example.net", "img.market.example.com", "static.example.org",
             "media.store.example.org", "i.example.org"]


def carrier_ok(carrier, script, payload):
    if carrier in ("rot13", "leet"):
        return script == "latn"
    if carrier == "homoglyph":
        return script in ("latn", "cyrl")
    if carrier == "spaced":
        return script in ("latn", "cyrl") and len(payload) <= 95
    return True


def build_piece(carrier, payload, L, rng):
    """Return the text fragment that carries the payload (not yet placed in a host)."""
    lab = L["LABELS"]
    if carrier == "ps":
        return rng.choice(lab["ps"]) + " " + payload
    if carrier == "html-comment":
        return "<!-- " + payload + " -->"
    if carrier == "hidden-css":
        tag = rng.choice(["span", "div", "p"])
        return "<%s %s>%s</%s>" % (tag, rng.choice(CSS_STYLES), payload, tag)
    if carrier == "alt-text":
        return '<img src="https://%s/p/%d.jpg" alt="%s">' % (
            rng.choice(IMG_HOSTS), rng.randint(10000, 99999), payload.replace('"', "'"))
    if carrier == "data-attr":
        return '<div class="%s" %s="%s"></div>' % (
            rng.choice(["spec", "gallery", "rating-box", "seller", "meta"]),
            rng.choice(ATTRS), payload.replace('"', "'"))
    if carrier == "md-comment":
        return rng.choice(["[//]: # (%s)", "[comment]: <> (%s)", "<!--- %s --->"]) % payload
    if carrier in ("base64", "hex", "urlenc", "rot13"):
        enc = {"base64": b64, "hex": hexed, "urlenc": urlenc, "rot13": rot13}[carrier](payload)
        if rng.random() < 0.8:
            return rng.choice(lab["enc_lead"]).format(enc=enc, kind=carrier)
        return enc
    if carrier == "leet":
        return leet(payload)
    if carrier == "homoglyph":
        return homoglyph(payload, L["SCRIPT"])
    if carrier == "spaced":
        return spaced(payload)
    if carrier == "zero-width":
        return zero_width(payload)
    if carrier == "fake-system":
        return rng.choice(lab["system"]).format(p=payload)
    if carrier == "fake-admin":
        return rng.choice(lab["admin"]).format(p=payload)
    if carrier == "fake-tool":
        return rng.choice(lab["tool"]).format(p=payload, n=rng.randint(100000, 999999))
    if carrier == "fake-turn":
        u, a = lab["user"], lab["assistant"]
        return "%s: %s\n%s: %s\n%s: %s" % (
            u, rng.choice(lab["turn_q"]), a, rng.choice(lab["ack"]), u, payload)
    return payload


# ---------------------------------------------------------------- renderers

def render_email(body, L, rng, ps=None):
    txt = "%s\n\n%s\n\n%s\n%s" % (rng.choice(L["GREETINGS"]), body,
                                 rng.choice(L["SIGNOFFS"]), rng.choice(L["NAMES"]))
    if ps:
        txt += "\n\n" + ps
    return txt


def render_feed(body, L, rng):
    mode = rng.random()
    sku = rng.randint(1000000, 9999999)
    if mode < 0.35:
        return ('<offer id="%d" available="true">\n  <price>%d</price>\n  '
                '<description><![CDATA[%s]]></description>\n</offer>' % (sku, rng.randint(3, 900) * 10, body))
    if mode < 0.55:
        return '%d;%d;"%s"' % (sku, rng.randint(3, 900) * 10, body.replace('"', "'"))
    return body


def render_web(body, L, rng):
    if rng.random() < 0.45:
        cls = rng.choice(["product-description", "seller-about", "desc", "card__text", "pdp-info"])
        return '<div class="%s">\n<p>%s</p>\n</div>' % (cls, body)
    return body


TOOLS = {
    "review": ("get_product_reviews", "text"),
    "feed": ("fetch_supplier_feed", "description"),
    "web": ("browse_page", "content"),
    "ticket": ("get_ticket", "message"),
    "email": ("read_inbox", "body"),
}
EXTRA_FIELDS = ["seller_note", "comment", "answer", "title", "meta", "tags", "notes"]


def render_tool(kind, body, L, rng, extra=None):
    name, field = TOOLS.get(kind, ("get_product_reviews", "text"))
    item = {}
    if kind == "review":
        item = {"review_id": rng.randint(10**7, 10**8), "rating": rng.randint(1, 5),
                "author": rng.choice(L["NAMES"])}
    elif kind == "ticket":
        item = {"ticket_id": "T-%d" % rng.randint(10000, 99999), "channel": rng.choice(["chat", "form", "app"])}
    elif kind == "feed":
        item = {"sku": str(rng.randint(10**6, 10**7)), "price": rng.randint(3, 900) * 10}
    elif kind == "email":
        item = {"from": "%s@mail.example.com" % rng.choice(["client", "buyer", "info", "noreply", "order"])}
    elif kind == "web":
        item = {"url": "https://%s.example.com/p/%d" % (rng.choice(["shop", "market", "store"]), rng.randint(100, 9999))}
    item[field] = body
    if extra is not None:
        item[rng.choice(EXTRA_FIELDS)] = extra
    obj = {"tool": name, "status": "ok", "result": [item] if kind == "review" else item}
    return json.dumps(obj, ensure_ascii=False, indent=None if rng.random() < 0.5 else 1)


# ---------------------------------------------------------------- row assembly

SNIPPET_SOURCES = {
    "hard-product-imperative": ("review", "feed", "web"),
    "hard-human-request": ("ticket",),
    "hard-social-engineering": ("ticket",),
    "hard-chatbot-complaint": ("review", "ticket"),
    "hard-scam-warning": ("review",),
    "hard-security-notice": ("web",),
}
# snippets that only make sense on their own (they describe one specific product or are staff memos)
SOLO_SNIPPETS = {"hard-product-copy": "feed", "hard-ai-product-mention": "review", "hard-staff-instruction": "web"}


def _mk(L, source, family, text, inj, payload):
    return {"split": "train", "source": source, "lang": L["LANG"], "family": family,
            "text": text, "injection": inj, "payload": payload}


def compose_host(L, rng, hosts, tails, pred=None):
    src, main = hosts.take(pred)
    tl = L.get("TAILS", {}).get(src)
    if tl and rng.random() < 0.5:
        t = tails[src].take()
        if t and t.rstrip(".!👍 )").lower()[:12] not in main.lower():
            main = main + " " + t
    return src, main


def place(src, main, piece, L, rng, pos=None):
    """Put piece into host text main for the given source and render the whole."""
    pos = pos or rng.choice(["start", "middle", "end", "end"])
    if src == "email":
        if pos == "end" and rng.random() < 0.5:
            return render_email(main, L, rng, ps=piece)
        return render_email(insert_at(main, piece, pos, rng, sep="\n\n" if "\n" in piece else " "), L, rng)
    sep = "\n" if ("\n" in piece or piece.startswith(("[//]", "[comment]", "<!---")) or rng.random() < 0.3) else " "
    body = insert_at(main, piece, pos, rng, sep=sep)
    if src == "feed":
        return render_feed(body, L, rng)
    if src == "web":
        return render_web(body, L, rng)
    return body


def render_plain(src, main, L, rng):
    if src == "email":
        return render_email(main, L, rng)
    if src == "feed":
        return render_feed(main, L, rng)
    if src == "web":
        return render_web(main, L, rng)
    return main


CARRIER_WEIGHTS = ([(c, 10) for c in PLAIN] + [(c, 5) for c in HIDDEN] +
                   [(c, 3) for c in ENCODED] + [(c, 5) for c in FAKE] + [("json-field", 5)])


def choose_carrier(rng, used, script, payload):
    opts = [(c, w) for c, w in CARRIER_WEIGHTS if c == "json-field" or carrier_ok(c, script, payload)]
    # weighted, but nudged towards carriers used less so far
    scored = [(c, w / (1.0 + used.get(c, 0))) for c, w in opts]
    tot = sum(w for _, w in scored)
    r = rng.random() * tot
    for c, w in scored:
        r -= w
        if r <= 0:
            return c
    return scored[-1][0]


def build_language(L, rng):
    total = L["TOTAL"]
    n_inj = round(total * INJ_SHARE)
    n_ben = total - n_inj
    n_hard = -(-n_ben * 66 // 100)
    n_plain = n_ben - n_hard

    host_items = [(s, t) for s, lst in L["HOSTS"].items() for t in lst]
    hosts = Picker(host_items, rng)
    tails = {s: Picker(lst, rng) for s, lst in L.get("TAILS", {}).items()}
    inj = Picker(L["INJ"], rng)
    snips = Picker(L["HARD_SNIPPETS"], rng)
    seen = set()
    rows = []
    used_carrier = {}

    def add(row):
        t = row["text"]
        n = len(t.encode("utf-8"))
        if t in seen or n < 40 or n > 3000:
            return False
        seen.add(t)
        rows.append(row)
        return True

    # ---- injections
    made = 0
    guard = 0
    while made < n_inj and guard < n_inj * 20:
        guard += 1
        fam, payload = inj.take()
        carrier = choose_carrier(rng, used_carrier, L["SCRIPT"], payload)
        if carrier == "json-field":
            src, main = compose_host(L, rng, hosts, tails, lambda h: h[0] in TOOLS)
            if rng.random() < 0.5:
                text = render_tool(src, main, L, rng, extra=payload)
            else:
                text = render_tool(src, insert_at(main, payload, rng.choice(["start", "middle", "end"]), rng), L, rng)
            row = _mk(L, "tool", fam, text, True, payload)
        else:
            piece = build_piece(carrier, payload, L, rng)
            family = CARRIER_FAMILY.get(carrier, fam)
            if carrier in HIDDEN[:4]:
                src, main = compose_host(L, rng, hosts, tails, lambda h: h[0] in HTML_SOURCES)
            elif rng.random() < STANDALONE_INJ:
                src = rng.choice(["ticket", "review", "email"])
                main = rng.choice(L["OPENERS"])
            else:
                src, main = compose_host(L, rng, hosts, tails)
            text = place(src, main, piece, L, rng, pos="end" if carrier == "ps" else None)
            out_src = src
            if src in TOOLS and src != "email" and rng.random() < TOOL_WRAP:
                text = render_tool(src, text, L, rng)
                out_src = "tool"
            row = _mk(L, out_src, family, text, True, payload)
        if add(row):
            made += 1
            used_carrier[carrier] = used_carrier.get(carrier, 0) + 1

    # ---- hard negatives: standalone texts (each at most twice, second time re-framed)
    hard_made = 0
    for src, fam, text in L["HARD_TEXTS"]:
        if hard_made >= n_hard:
            break
        if add(_mk(L, src, fam, text, False, "")):
            hard_made += 1
    n_gen = max(3, n_hard // 12)  # benign markup / encoded data
    gen_made = 0
    guard = 0
    while gen_made < n_gen and hard_made < n_hard and guard < 200:
        guard += 1
        src, main = compose_host(L, rng, hosts, tails, lambda h: h[0] in ("web", "review", "feed", "email"))
        kind = rng.random()
        if kind < 0.4:
            term = rng.choice(L["SEARCH"])
            link = "https://%s.example.com/search?q=%s&utm_source=%s&utm_medium=cpc&utm_campaign=%s" % (
                rng.choice(["market", "shop", "store"]), quote(term), rng.choice(["vk", "tg", "ig", "yt", "push"]),
                quote(term.split()[0].lower()))
            text = place(src if src != "email" else "review", main, link, L, rng, pos="end")
            fam = "hard-benign-encoded"
        elif kind < 0.7:
            blob = base64.b64encode(bytes([137, 80, 78, 71, 13, 10, 26, 10]) +
                                    bytes(rng.randint(0, 255) for _ in range(rng.randint(24, 60)))).decode()
            text = '<div class="review">\n<p>%s</p>\n<img src="data:image/png;base64,%s" alt="%s">\n</div>' % (
                main, blob, rng.choice(L["SEARCH"]))
            fam = "hard-benign-encoded"
        else:
            text = "<!-- %s -->\n<section class=\"pdp\">\n<p>%s</p>\n<span style=\"display:none\">sku-%d</span>\n</section>" % (
                rng.choice(L["DEV_COMMENTS"]), main, rng.randint(10000, 99999))
            fam = "hard-benign-markup"
        if add(_mk(L, "web" if src != "feed" else "feed", fam, text, False, "")):
            hard_made += 1
            gen_made += 1
    # second use of standalone hard texts, re-framed as tool results
    for src, fam, text in L["HARD_TEXTS"]:
        if hard_made >= n_hard or hard_made >= n_hard - len(L["HARD_SNIPPETS"]) * 2:
            break
        if src in TOOLS and rng.random() < 0.5:
            if add(_mk(L, "tool", fam, render_tool(src, text, L, rng), False, "")):
                hard_made += 1
    guard = 0
    while hard_made < n_hard and guard < n_hard * 20:
        guard += 1
        fam, snip = snips.take()
        if fam in SOLO_SNIPPETS:
            src = SOLO_SNIPPETS[fam]
            if add(_mk(L, src, fam, snip, False, "")) or add(_mk(L, "tool", fam, render_tool(src, snip, L, rng), False, "")):
                hard_made += 1
            continue
        ok = SNIPPET_SOURCES.get(fam, ("review", "ticket", "web"))
        src, main = compose_host(L, rng, hosts, tails, lambda h: h[0] in ok)
        text = place(src, main, snip, L, rng)
        out_src = src
        if src in TOOLS and src != "email" and rng.random() < TOOL_WRAP:
            text = render_tool(src, text, L, rng)
            out_src = "tool"
        if add(_mk(L, out_src, fam, text, False, "")):
            hard_made += 1

    # ---- plain benign
    ben = 0
    guard = 0
    while ben < n_plain and guard < n_plain * 30:
        guard += 1
        src, main = compose_host(L, rng, hosts, tails)
        text = render_plain(src, main, L, rng)
        out_src = src
        if src in TOOLS and src != "email" and rng.random() < TOOL_WRAP:
            text = render_tool(src, text, L, rng)
            out_src = "tool"
        if add(_mk(L, out_src, "benign", text, False, "")):
            ben += 1

    stats = {"hosts_max_use": hosts.max_use(), "inj_max_use": inj.max_use(),
             "snip_max_use": snips.max_use(), "inj": made, "hard": hard_made, "plain": ben}
    return rows, stats
