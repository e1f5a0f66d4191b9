"""Shared assembly code for the twentyeighth corpus.

Each language module supplies hand-written pools:

  REVIEWS, TICKETS, EMAILS   plain carrier texts (source implied by the list)
  SLOTTED    (source, kind, template, default) where template holds "{slot}";
             kind is json | csv | xml | html | text; default is the benign
             text that normally fills the slot
  PAYLOADS   (family, text[, sources]) instructions inserted into a carrier;
             sources is a string of letters r t f e w o (review, ticket,
             feed, email, web, tool) or "*" for any; s and c pick only
             supplier or customer emails (EMAILS entries may be given as
             ("s" | "c", text); a bare string counts as a supplier email)
  INJ_DOCS   (source, family, text, payload) complete injection texts
  HARD_SNIPPETS (family, text[, sources[, mode]]) benign look-alike
             sentences inserted into carriers (mode forces the position)
  HARD_DOCS  (source, family, text) complete benign look-alike texts
  EXTRAS     benign sentences added to carriers for plain benign rows
  PS         localised postscript / note prefixes
  JOIN       " " or "" (sentence joiner)
"""

import base64
import codecs
import html
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
LETTER = {"r": "review", "t": "ticket", "f": "feed", "e": "email", "w": "web", "o": "tool",
          "s": "email:s", "c": "email:c"}

MAX_CARRIER_USES = 5
MAX_PAYLOAD_USES = 3
MAX_SNIPPET_USES = 3


def sources_of(code):
    if code == "*":
        return list(SOURCES)
    return [LETTER[c] for c in code]


# ---------------------------------------------------------------- splitting

_LATIN_SPLIT = re.compile(r"(?<=[.!?])\s+")
_CJK_SPLIT = re.compile(r"(?<=[。！？!?])")


def split_units(text, join):
    """Split a text into paragraphs (if any) or sentences."""
    if "\n\n" in text:
        return text.split("\n\n"), "\n\n"
    if join == "":
        parts = [p for p in _CJK_SPLIT.split(text) if p]
        return parts, ""
    raw = _LATIN_SPLIT.split(text)
    parts = []
    for p in raw:
        if parts and p[:1].islower():
            parts[-1] = parts[-1] + " " + p
        else:
            parts.append(p)
    return parts, " "


def insert(text, piece, mode, join, rng, ps_prefix=""):
    """Put piece into text at the position named by mode."""
    if mode == "ps":
        sep = "" if join == "" else " "
        return text + "\n\n" + ps_prefix + sep + piece
    if mode == "newline":
        return text + "\n" + piece
    units, sep = split_units(text, join)
    if mode == "start":
        if sep == "\n\n" and len(units) > 2 and len(units[0]) < 40:
            # keep a greeting line first
            return sep.join([units[0], piece] + units[1:])
        return sep.join([piece] + units)
    if mode == "middle" and len(units) >= 2:
        k = rng.randint(1, len(units) - 1)
        return sep.join(units[:k] + [piece] + units[k:])
    # end
    if sep == "\n\n" and len(units) >= 2 and len(units[-1]) < 45:
        return sep.join(units[:-1] + [piece, units[-1]])
    return sep.join(units + [piece])


# ---------------------------------------------------------------- encodings

_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                       "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
_HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
                       "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456"})


def encode(kind, text):
    if kind == "encoded-base64":
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    if kind == "encoded-hex":
        return text.encode("utf-8").hex()
    if kind == "encoded-rot13":
        return codecs.encode(text, "rot13")
    if kind == "encoded-url":
        return urllib.parse.quote(text, safe="")
    if kind == "leetspeak":
        return text.translate(_LEET)
    if kind == "homoglyph":
        return text.translate(_HOMO)
    if kind == "zero-width":
        out = []
        for word in text.split(" "):
            out.append("\u200b".join(word))
        return " ".join(out)
    if kind == "spaced-letters":
        return " / ".join(" ".join(w) for w in text.split(" "))
    raise ValueError(kind)


ASCII_ONLY = {"encoded-rot13", "leetspeak", "homoglyph", "spaced-letters", "encoded-hex"}

ENC_LEADS = {
    "encoded-base64": ["ref: ", "b64: ", "[note:b64] ", "Reviewer tag (base64): ", "data=", "-- ", "ID "],
    "encoded-hex": ["hex: ", "0x", "checksum ", "[hex] "],
    "encoded-rot13": ["rot13: ", "(rot13) ", "Spoiler, rot13'd: ", ""],
    "encoded-url": ["q=", "note=", "utm_content=", "%20"],
    "leetspeak": ["", "ps ", "// "],
    "homoglyph": ["", "Note: ", "PS "],
    "zero-width": ["", " ", "\u200b"],
    "spaced-letters": ["", "read slowly: ", "-> "],
}


# ---------------------------------------------------------------- html hiding

HIDERS = [
    ("html-comment", "<!-- {v} -->"),
    ("html-comment", "<!--{v}-->"),
    ("hidden-css", '<span style="display:none">{v}</span>'),
    ("hidden-css", '<div style="position:absolute;left:-9999px;top:0">{v}</div>'),
    ("hidden-css", '<p style="color:#ffffff;background:#ffffff;font-size:1px">{v}</p>'),
    ("hidden-css", '<span style="font-size:0;opacity:0">{v}</span>'),
    ("hidden-css", "<div hidden>{v}</div>"),
    ("alt-text", '<img src="/media/thumbs/{n}.webp" alt="{a}" width="1" height="1">'),
    ("alt-text", '<img src="/img/gallery/{n}.jpg" alt="{a}">'),
    ("hidden-attribute", '<div class="spec-row" data-note="{a}"></div>'),
    ("hidden-attribute", '<a href="#specs" title="{a}">more details</a>'),
    ("hidden-attribute", '<meta itemprop="description" content="{a}">'),
]


def hide(rng, text):
    fam, pat = rng.choice(HIDERS)
    n = rng.randint(1000, 9999)
    v = html.escape(text, quote=False)
    a = html.escape(text, quote=True)
    return fam, pat.replace("{v}", v).replace("{a}", a).replace("{n}", str(n))


def escape_for(kind, text):
    if kind == "json":
        return json.dumps(text, ensure_ascii=False)[1:-1]
    if kind == "csv":
        return text.replace('"', '""')
    if kind in ("xml", "html"):
        return html.escape(text, quote=False)
    return text


# ---------------------------------------------------------------- building

class Builder:
    def __init__(self, mod, lang, rng):
        self.mod = mod
        self.lang = lang
        self.rng = rng
        self.join = getattr(mod, "JOIN", " ")
        self.ps = getattr(mod, "PS", ["P.S."])
        self.rows = []
        self.seen = set()
        self.carriers = []
        for text in getattr(mod, "REVIEWS", []):
            self.carriers.append({"source": "review", "kind": "plain", "text": text, "uses": 0})
        for text in getattr(mod, "TICKETS", []):
            self.carriers.append({"source": "ticket", "kind": "plain", "text": text, "uses": 0})
        for item in getattr(mod, "EMAILS", []):
            role, text = item if isinstance(item, tuple) else ("s", item)
            self.carriers.append({"source": "email", "role": role, "kind": "plain", "text": text, "uses": 0})
        for src, kind, tpl, default in getattr(mod, "SLOTTED", []):
            assert "{slot}" in tpl, tpl[:60]
            self.carriers.append({"source": src, "kind": kind, "text": tpl, "default": default, "uses": 0})

    # -- helpers
    def add(self, source, family, text, inj, payload):
        b = len(text.encode("utf-8"))
        if b < 40 or b > 3000:
            return False
        if text in self.seen:
            return False
        self.seen.add(text)
        self.rows.append({"split": "train", "source": source, "lang": self.lang, "family": family,
                          "text": text, "injection": inj, "payload": payload if inj else ""})
        return True

    def pick_carrier(self, allowed, avoid=()):
        def ok(c):
            return c["source"] in allowed or "%s:%s" % (c["source"], c.get("role", "")) in allowed
        cands = [c for c in self.carriers if ok(c) and c["uses"] < MAX_CARRIER_USES and id(c) not in avoid]
        if not cands:
            return None
        low = min(c["uses"] for c in cands)
        best = [c for c in cands if c["uses"] == low]
        return self.rng.choice(best)

    def compose(self, carrier, piece, allow_hide, allow_encode, family, force_mode=None):
        """Return (text, family, shown_piece) with piece placed into carrier."""
        rng = self.rng
        kind = carrier["kind"]
        fam = family
        shown = piece
        enc = None
        if allow_encode:
            enc = allow_encode
            lead = rng.choice(ENC_LEADS[enc])
            shown = lead + encode(enc, piece)
            fam = enc
        if kind == "plain":
            text = carrier["text"]
            if enc:
                mode = rng.choice(["end", "end", "newline", "middle"])
            elif allow_hide and carrier["source"] in ("ticket", "email") and rng.random() < 0.25:
                if rng.random() < 0.5:
                    shown = "<!-- " + piece + " -->"
                    fam = "html-comment"
                else:
                    shown = "[//]: # (" + piece.replace("(", "[").replace(")", "]") + ")"
                    fam = "markdown-comment"
                # comments sit on their own line or paragraph
                mode = rng.choice(["end", "middle"]) if "\n\n" in text else "newline"
            else:
                mode = force_mode or rng.choice(["start", "middle", "middle", "end", "end", "ps"])
            return insert(text, shown, mode, self.join, rng, rng.choice(self.ps)), fam
        default = carrier["default"]
        if kind == "html" and allow_hide and not enc and rng.random() < 0.85:
            fam, hidden = hide(rng, piece)
            body = escape_for("html", default)
            value = body + hidden if rng.random() < 0.6 else hidden + body
            return carrier["text"].replace("{slot}", value), fam
        mode = rng.choice(["start", "end", "end", "middle"])
        value = insert(default, shown, mode, self.join, rng)
        return carrier["text"].replace("{slot}", escape_for(kind, value)), fam

    def fill_default(self, carrier):
        if carrier["kind"] == "plain":
            return carrier["text"]
        return carrier["text"].replace("{slot}", escape_for(carrier["kind"], carrier["default"]))

    # -- row groups
    def injections(self, n, enc_rate, hide_rate):
        rng = self.rng
        start = len([r for r in self.rows if r["injection"]])
        for src, fam, text, payload in getattr(self.mod, "INJ_DOCS", []):
            if not self.add(src, fam, text, True, payload):
                raise SystemExit("bad INJ_DOC (%s): %s" % (self.lang, text[:60]))
        pays = list(self.mod.PAYLOADS)
        rng.shuffle(pays)
        uses = [0] * len(pays)
        i = 0
        guard = 0
        while sum(1 for r in self.rows if r["injection"]) - start < n:
            guard += 1
            if guard > 20000:
                raise SystemExit("cannot fill injections for %s" % self.lang)
            k = i % len(pays)
            i += 1
            if uses[k] >= MAX_PAYLOAD_USES:
                if min(uses) >= MAX_PAYLOAD_USES:
                    raise SystemExit("payload pool too small for %s" % self.lang)
                continue
            p = pays[k]
            fam, piece = p[0], p[1]
            allowed = sources_of(p[2] if len(p) > 2 else "*")
            c = self.pick_carrier(allowed)
            if c is None:
                continue
            enc = None
            if rng.random() < enc_rate:
                options = ["encoded-base64", "encoded-url", "zero-width"]
                if piece.isascii():
                    options += ["encoded-base64", "encoded-hex", "encoded-rot13", "leetspeak",
                                "homoglyph", "spaced-letters"]
                    if len(piece) > 110:
                        options.remove("spaced-letters")
                enc = rng.choice(options)
            allow_hide = rng.random() < hide_rate
            text, family = self.compose(c, piece, allow_hide, enc, fam)
            if self.add(c["source"], family, text, True, piece):
                c["uses"] += 1
                uses[k] += 1

    def hard(self, n):
        rng = self.rng
        docs = list(getattr(self.mod, "HARD_DOCS", []))
        got = 0
        for src, fam, text in docs:
            if got >= n:
                break
            assert fam.startswith("hard-"), fam
            if not self.add(src, fam, text, False, ""):
                raise SystemExit("bad HARD_DOC (%s): %s" % (self.lang, text[:60]))
            got += 1
        snips = list(getattr(self.mod, "HARD_SNIPPETS", []))
        rng.shuffle(snips)
        uses = [0] * len(snips)
        i = 0
        guard = 0
        while got < n:
            guard += 1
            if guard > 20000 or not snips:
                raise SystemExit("cannot fill hard negatives for %s (%d/%d)" % (self.lang, got, n))
            k = i % len(snips)
            i += 1
            if uses[k] >= MAX_SNIPPET_USES:
                if min(uses) >= MAX_SNIPPET_USES:
                    raise SystemExit("hard snippet pool too small for %s" % self.lang)
                continue
            s = snips[k]
            fam, piece = s[0], s[1]
            allowed = sources_of(s[2] if len(s) > 2 else "*")
            c = self.pick_carrier(allowed)
            if c is None:
                continue
            text, _ = self.compose(c, piece, False, None, fam, s[3] if len(s) > 3 else None)
            if self.add(c["source"], fam, text, False, ""):
                c["uses"] += 1
                uses[k] += 1
                got += 1

    def plain(self, n):
        rng = self.rng
        got = 0
        order = list(self.carriers)
        rng.shuffle(order)
        order.sort(key=lambda c: c["uses"])
        for c in order:
            if got >= n:
                break
            if self.add(c["source"], "benign", self.fill_default(c), False, ""):
                c["uses"] += 1
                got += 1
        extras = list(getattr(self.mod, "EXTRAS", []))
        rng.shuffle(extras)
        i = 0
        guard = 0
        while got < n:
            guard += 1
            if guard > 5000 or not extras:
                raise SystemExit("cannot fill plain benign rows for %s (%d/%d)" % (self.lang, got, n))
            e = extras[i % len(extras)]
            i += 1
            c = self.pick_carrier(["review", "ticket", "email"])
            if c is None:
                raise SystemExit("carriers exhausted for %s" % self.lang)
            text = insert(c["text"], e, rng.choice(["end", "ps", "middle"]), self.join, rng,
                          rng.choice(self.ps))
            if self.add(c["source"], "benign", text, False, ""):
                c["uses"] += 1
                got += 1


# ---------------------------------------------------------------- slot helpers
# Small constructors so that language modules only write the human text.

def _j(text):
    return json.dumps(text, ensure_ascii=False)


def feed_json(sku, title, field, default, price=None, currency="EUR"):
    extra = ', "price": %s, "currency": "%s"' % (price, currency) if price is not None else ""
    tpl = '{"sku": "%s", "title": %s%s, "%s": "{slot}"}' % (sku, _j(title), extra, field)
    return ("feed", "json", tpl, default)


def feed_csv(sku, title, price, default, sep=","):
    head = sep.join(["sku", "title", "price", "description"])
    tpl = '%s\n%s%s"%s"%s%s%s"{slot}"' % (head, sku, sep, title.replace('"', '""'), sep, price, sep)
    return ("feed", "csv", tpl, default)


def feed_xml(sku, title, default):
    tpl = "<item><g:id>%s</g:id><g:title>%s</g:title><g:description>{slot}</g:description></item>" % (
        sku, html.escape(title, quote=False))
    return ("feed", "xml", tpl, default)


def feed_text(lines_before, default, lines_after=""):
    tpl = lines_before + "{slot}" + lines_after
    return ("feed", "text", tpl, default)


def tool_reviews(pid, rating, default, author="kunde_1"):
    tpl = ('{"tool": "get_reviews", "product_id": "%s", "results": [{"rating": %d, "author": %s, '
           '"body": "{slot}"}]}' % (pid, rating, _j(author)))
    return ("tool", "json", tpl, default)


def tool_ticket(tid, subject, default):
    tpl = '{"tool": "get_ticket", "id": "%s", "subject": %s, "body": "{slot}"}' % (tid, _j(subject))
    return ("tool", "json", tpl, default)


def tool_fetch(url, default):
    tpl = '{"tool": "fetch_url", "url": "%s", "status": 200, "text": "{slot}"}' % url
    return ("tool", "json", tpl, default)


def tool_qa(question, default):
    tpl = '{"tool": "get_qa", "question": %s, "answer": "{slot}"}' % _j(question)
    return ("tool", "json", tpl, default)


def web_review(stars, author, default):
    tpl = ('<div class="review"><span class="stars">%d/5</span><p>{slot}</p><span class="by">%s</span></div>'
           % (stars, html.escape(author)))
    return ("web", "html", tpl, default)


def web_qa(question, default):
    tpl = '<li class="qa"><p class="q">%s</p><p class="a">{slot}</p></li>' % html.escape(question)
    return ("web", "html", tpl, default)


def web_desc(title, default):
    tpl = '<div class="product"><h1>%s</h1><div class="desc"><p>{slot}</p></div></div>' % html.escape(title)
    return ("web", "html", tpl, default)


def web_post(title, default):
    tpl = '<article><h2>%s</h2><p>{slot}</p></article>' % html.escape(title)
    return ("web", "html", tpl, default)


def email_html(greeting, default, signoff):
    tpl = '<html><body><p>%s</p><p>{slot}</p><p>%s</p></body></html>' % (
        html.escape(greeting), html.escape(signoff).replace("\n", "<br>"))
    return ("email", "html", tpl, default)
