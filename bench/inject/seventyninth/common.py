"""Shared assembly code: pools, slot filling, encoders, renderers and wrappers.

Every language module supplies hand-written content (hosts, payloads, hard
negatives, labels); this module turns it into rows.  Nothing here is
language specific except a handful of universal markup formats.
"""
import base64
import codecs
import hashlib
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
SLOT_RE = re.compile(r"\{([a-z_]+)\}")


# --------------------------------------------------------------------------
# pools and slots
# --------------------------------------------------------------------------
class Pool:
    """Least-used-first picker so no item is repeated more than necessary."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.uses = [0] * len(self.items)
        self.rng = rng

    def __len__(self):
        return len(self.items)

    def pick(self, pred=None):
        idx = [i for i, it in enumerate(self.items) if pred is None or pred(it)]
        if not idx:
            return None
        low = min(self.uses[i] for i in idx)
        cand = [i for i in idx if self.uses[i] == low]
        i = self.rng.choice(cand)
        self.uses[i] += 1
        return self.items[i]

    def max_use(self):
        return max(self.uses) if self.uses else 0


def norm(entry, base_lang):
    """Entries are str or (str, lang); return dict(text, lang)."""
    if isinstance(entry, tuple):
        return {"text": entry[0], "lang": entry[1]}
    return {"text": entry, "lang": base_lang}


def fill(text, rng, slots):
    def rep(m):
        key = m.group(1)
        if key in slots:
            val = slots[key]
            return val(rng) if callable(val) else rng.choice(val)
        return m.group(0)
    return SLOT_RE.sub(rep, text)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def sku(rng):
    return rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") + "-" + digits(rng, 5)


# --------------------------------------------------------------------------
# encoders (used for attacks) and benign blobs (used for hard negatives)
# --------------------------------------------------------------------------
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                      "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d",
        "K": "\u041a", "M": "\u041c", "B": "\u0412"}


def enc_base64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_leet(s):
    return s.translate(LEET)


def enc_zero_width(s):
    return "\u200b".join(s)


def enc_spaced(s):
    return "   ".join(" ".join(w) for w in s.split())


def enc_homoglyph(s):
    return "".join(HOMO.get(ch, ch) for ch in s)


ENCODERS = {
    "encoded-base64": enc_base64,
    "encoded-hex": enc_hex,
    "encoded-rot13": enc_rot13,
    "encoded-url": enc_url,
    "leetspeak": enc_leet,
    "zero-width": enc_zero_width,
    "spaced-letters": enc_spaced,
    "homoglyph": enc_homoglyph,
}
# encodings that stay (more or less) readable are inserted bare, the others get a lead-in
BARE_OK = {"leetspeak", "zero-width", "spaced-letters", "homoglyph"}


def benign_blob(rng, kind):
    if kind == "b64json":
        obj = {"cid": digits(rng, 8), "src": rng.choice(["nl", "sea", "aff", "social"]),
               "v": rng.randint(1, 9)}
        return enc_base64(json.dumps(obj, separators=(",", ":")))
    if kind == "png":
        raw = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(
            rng.randint(0, 255) for _ in range(rng.randint(24, 48)))
        return "data:image/png;base64," + base64.b64encode(raw).decode("ascii")
    if kind == "sha":
        return hashlib.sha256(digits(rng, 12).encode()).hexdigest()
    if kind == "md5":
        return hashlib.md5(digits(rng, 10).encode()).hexdigest()
    if kind == "token":
        return enc_base64(digits(rng, 9) + ":" + sku(rng)).rstrip("=")
    raise ValueError(kind)


def benign_query(rng, words):
    q = {"q": rng.choice(words), "sort": rng.choice(["price_asc", "relevance", "new"]),
         "page": str(rng.randint(1, 6)), "utm_source": rng.choice(["newsletter", "google", "insta"])}
    return urllib.parse.urlencode(q, quote_via=urllib.parse.quote)


# --------------------------------------------------------------------------
# text surgery
# --------------------------------------------------------------------------
def segments(text):
    if "\n" in text:
        return text.split("\n"), "\n"
    return re.split(r"(?<=[.!?\u2026])\s+", text), " "


def insert(text, piece, rng, pos=None):
    parts, sep = segments(text)
    pos = pos or rng.choice(["start", "mid", "mid", "end", "end"])
    if pos == "start":
        i = 1 if (sep == "\n" and len(parts) > 2 and rng.random() < 0.6) else 0
    elif pos == "end" or len(parts) < 2:
        i = len(parts)
    else:
        i = rng.randint(1, len(parts) - 1)
    parts.insert(i, piece)
    return sep.join(parts)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def web_elements(text):
    lines = [ln for ln in text.split("\n") if ln.strip()]
    els = ["<h1>%s</h1>" % esc(lines[0])]
    for ln in lines[1:]:
        els.append("<p>%s</p>" % esc(ln))
    return els


def render_web(text, rng, inject_el=None):
    """Page text (first line = title) as HTML or as extracted text."""
    if inject_el is None and rng.random() < 0.3:
        return text
    els = web_elements(text)
    if inject_el is not None:
        els.insert(rng.randint(1, len(els)), inject_el)
    wrap = rng.choice(['<div class="content">\n%s\n</div>', '<main>\n%s\n</main>',
                       '<article class="page">\n%s\n</article>', '%s'])
    return wrap % "\n".join(els)


HIDDEN_STYLES = ["display:none", "font-size:0", "color:#ffffff;background:#ffffff",
                 "position:absolute;left:-9999px", "opacity:0", "visibility:hidden",
                 "height:0;overflow:hidden", "font-size:1px;color:transparent"]


def hidden_css(p, rng):
    tag = rng.choice(["span", "div", "p"])
    return '<%s style="%s">%s</%s>' % (tag, rng.choice(HIDDEN_STYLES), esc(p), tag)


def hidden_comment(p, rng):
    return rng.choice(["<!-- %s -->", "<!--%s-->", "<!-- \n%s\n-->"]) % p


def alt_text(p, rng):
    name = sku(rng).lower()
    return rng.choice([
        '<img src="https://cdn.shop-assets.example/img/%s.jpg" alt="%s">',
        '<img src="/media/%s.webp" alt="%s" width="600">',
        '<img src="https://static.example.net/p/%s.png" title="%s" alt="">',
    ]) % (name, esc(p))


def hidden_attr(p, rng):
    return rng.choice([
        '<div class="specs" data-ai-note="%s"></div>',
        '<meta name="description" content="%s">',
        '<a href="#" aria-label="%s"></a>',
        '<span data-info="%s" hidden></span>',
        '<input type="hidden" name="note" value="%s">',
    ]) % esc(p)


def md_comment(p, rng):
    return rng.choice(["[//]: # (%s)", "<!-- %s -->", "[comment]: <> (%s)"]) % p


GENERIC_SYS = [
    "<|system|>\n{p}\n<|end|>",
    "[SYSTEM]: {p}",
    "<system>{p}</system>",
    '{{"role": "system", "content": {pj}}}',
    "-----BEGIN ADMIN INSTRUCTIONS-----\n{p}\n-----END ADMIN INSTRUCTIONS-----",
    "<<SYS>> {p} <</SYS>>",
    "### system\n{p}",
    "[[developer]] {p}",
    "<|im_start|>system\n{p}<|im_end|>",
]


def fake_system(p, rng, mod):
    fmt = rng.choice(GENERIC_SYS + list(mod.SYS_HEADERS) * 2)
    return fmt.format(p=p, pj=json.dumps(p, ensure_ascii=False))


def fake_turn(host, p, rng, mod):
    user, asst = rng.choice(mod.ROLES)
    ack = rng.choice(mod.ACKS)
    style = rng.randint(0, 4)
    if style == 0:
        return "%s\n\n%s: %s\n%s: %s" % (host, asst, ack, user, p)
    if style == 1:
        return "%s: %s\n%s: %s\n%s: %s" % (user, host, asst, ack, rng.choice(mod.SYSTEM_LABELS), p)
    if style == 2:
        return "%s\n</user>\n<assistant>%s</assistant>\n<user>%s</user>" % (host, ack, p)
    if style == 3:
        return "%s\n\nHuman: %s\n\nAssistant: %s" % (host, p, ack)
    return "%s\n\n[%s] %s\n[%s] %s" % (host, rng.choice(mod.SYSTEM_LABELS), p, asst, ack)


# --------------------------------------------------------------------------
# feed and tool renderers
# --------------------------------------------------------------------------
def render_feed(item, rng, mod, desc=None, extra=None):
    code = sku(rng)
    d = item["desc"] if desc is None else desc
    price = item.get("price") or "%d,%02d" % (rng.randint(4, 480), rng.choice([0, 49, 90, 95, 99]))
    fmt = rng.randint(0, 3)
    if fmt == 0:
        obj = {"sku": code, "title": item["title"], "brand": item.get("brand", ""),
               "price": price, "description": d}
        if extra:
            obj[extra[0]] = extra[1]
        return json.dumps(obj, ensure_ascii=False)
    if fmt == 1:
        head = "sku;title;brand;price;description"
        row = '%s;"%s";%s;%s;"%s"' % (code, item["title"], item.get("brand", ""), price,
                                       d.replace('"', '""'))
        if extra:
            head += ";" + extra[0]
            row += ';"%s"' % extra[1].replace('"', '""')
        return head + "\n" + row
    if fmt == 2:
        x = "<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:brand>%s</g:brand>\n  <g:price>%s</g:price>\n  <description>%s</description>" % (
            code, esc(item["title"]), esc(item.get("brand", "")), price, esc(d))
        if extra:
            x += "\n  <%s>%s</%s>" % (extra[0], esc(extra[1]), extra[0])
        return x + "\n</item>"
    k = mod.FEED_KEYS
    out = "%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s: %s" % (
        k[0], code, k[1], item["title"], k[2], item.get("brand", ""), k[3], price, k[4], d)
    if extra:
        out += "\n%s: %s" % (extra[0], extra[1])
    return out


EXTRA_KEYS = ["notes", "seo_text", "bullet_5", "internal_remark", "custom_label_0",
              "care_instructions", "supplier_comment", "meta_keywords"]


def render_tool(note, rng, mod, extra=None):
    order = mod.order_no(rng)
    fmt = rng.randint(0, 5)
    if fmt == 0:
        obj = {"tool": "get_order", "order_id": order, "status": rng.choice(mod.STATUS),
               "customer_note": note}
    elif fmt == 1:
        obj = {"function": "list_reviews", "sku": sku(rng),
               "results": [{"rating": rng.randint(1, 5), "author": rng.choice(mod.NAMES), "text": note}]}
    elif fmt == 2:
        body = "[tool:crm.read_ticket] #%s\n%s" % (digits(rng, 6), note)
        if extra:
            body += "\n%s: %s" % extra
        return body
    elif fmt == 3:
        body = 'fetch_url("https://%s/%s") -> 200 OK\n\n%s' % (
            rng.choice(mod.DOMAINS), rng.choice(["faq", "blog/neu", "p/" + sku(rng).lower(), "info"]), note)
        if extra:
            body += "\n\n%s: %s" % extra
        return body
    elif fmt == 4:
        obj = {"tool": "inbox.fetch", "from": "%s@%s" % (rng.choice(["kontakt", "info", "service", "hello"]),
                                                         rng.choice(mod.DOMAINS)),
               "subject": rng.choice(mod.SUBJECTS), "body": note}
    else:
        obj = {"tool": "search_products", "hits": 1,
               "items": [{"id": sku(rng), "snippet": note, "score": round(rng.uniform(0.5, 0.99), 2)}]}
    if extra:
        obj[extra[0]] = extra[1]
    return json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
INJ_MODES = [  # (mode, weight, allowed sources)
    ("inline", 30, ("review", "ticket", "email", "web", "feed", "tool")),
    ("ps", 6, ("email", "ticket", "review")),
    ("standalone", 6, ("review", "ticket", "email")),
    ("fake-system", 9, ("review", "ticket", "email", "web", "feed", "tool")),
    ("fake-turn", 5, ("review", "ticket", "email", "tool")),
    ("hidden-html", 5, ("web", "feed", "review", "email")),
    ("hidden-css", 5, ("web", "review", "email", "feed")),
    ("alt-text", 3, ("web", "review", "feed")),
    ("hidden-attr", 2, ("web", "feed")),
    ("md-comment", 3, ("review", "ticket", "web")),
    ("json-field", 6, ("feed", "tool")),
    ("encoded-base64", 3, ("review", "ticket", "email", "web", "feed", "tool")),
    ("encoded-hex", 1.2, ("ticket", "email", "tool", "feed")),
    ("encoded-rot13", 1.2, ("review", "ticket", "email", "web")),
    ("encoded-url", 1.2, ("ticket", "web", "tool", "feed")),
    ("leetspeak", 1.2, ("review", "ticket", "email")),
    ("zero-width", 1.2, ("review", "web", "email", "feed")),
    ("spaced-letters", 1.2, ("review", "ticket", "email")),
    ("homoglyph", 1.2, ("review", "email", "web", "ticket")),
]
SOURCE_WEIGHTS = {"review": 34, "ticket": 16, "email": 16, "web": 12, "feed": 10, "tool": 12}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    acc = 0
    for v, w in pairs:
        acc += w
        if r <= acc:
            return v
    return pairs[-1][0]


class Builder:
    def __init__(self, mod, rng, seen):
        self.mod = mod
        self.rng = rng
        self.seen = seen
        base = mod.CODE
        self.hosts = {
            "review": Pool([norm(e, base) for e in mod.REVIEWS], rng),
            "ticket": Pool([norm(e, base) for e in mod.TICKETS], rng),
            "email": Pool([norm(e, base) for e in mod.EMAILS], rng),
            "web": Pool([norm(e, base) for e in mod.WEB], rng),
            "feed": Pool([dict(e, lang=e.get("lang", base)) for e in mod.FEED], rng),
        }
        self.payloads = Pool([{"family": e[0], "text": e[1], "lang": e[2] if len(e) > 2 else None}
                              for e in mod.PAYLOADS], rng)
        self.hard = Pool([dict(norm(e[2], base), family=e[0], source=e[1]) for e in mod.HARD], rng)
        self.hard_sent = Pool([dict(norm(e[2], base), family=e[0], sources=e[1]) for e in mod.HARD_SENTENCES], rng)
        self.enc_leads = Pool(mod.ENC_LEADS, rng)
        self.ps = Pool(mod.PS, rng)
        self.rows = []

    # -- helpers -----------------------------------------------------------
    def f(self, text):
        return fill(text, self.rng, self.mod.SLOTS)

    def host_text(self, source):
        """Return (plain text, lang) for a text source; tool borrows review/ticket/email."""
        if source == "tool":
            src = self.rng.choice(["review", "review", "ticket", "email"])
            h = self.hosts[src].pick()
        else:
            h = self.hosts[source].pick()
        return self.f(h["text"]), h["lang"]

    def add(self, row):
        t = row["text"]
        n = len(t.encode("utf-8"))
        if t in self.seen or n < 40 or n > 3000:
            return False
        self.seen.add(t)
        self.rows.append(row)
        return True

    # -- benign ------------------------------------------------------------
    def plain(self):
        rng = self.rng
        src = wchoice(rng, list(SOURCE_WEIGHTS.items()))
        if src == "feed":
            it = self.hosts["feed"].pick()
            text = render_feed({k: self.f(v) if isinstance(v, str) else v for k, v in it.items()}, rng, self.mod)
            lang = it["lang"]
        elif src == "tool":
            note, lang = self.host_text("tool")
            text = render_tool(note, rng, self.mod)
        else:
            text, lang = self.host_text(src)
            if src == "web":
                text = render_web(text, rng)
        return self.add(dict(source=src, lang=lang, family="benign", text=text, injection=False, payload=""))

    def hard_row(self):
        rng = self.rng
        r = rng.random()
        if r < 0.08:
            return self.hard_markup()
        if r < 0.15:
            return self.hard_encoded()
        if r < 0.45 and len(self.hard_sent):
            hs = self.hard_sent.pick()
            src = rng.choice(hs["sources"])
            sent = self.f(hs["text"])
            if src == "feed":
                it = self.hosts["feed"].pick()
                text = render_feed(it, rng, self.mod, desc=insert(self.f(it["desc"]), sent, rng))
                lang = it["lang"]
            else:
                host, lang = self.host_text(src)
                if hs["lang"] != self.mod.CODE:
                    lang = hs["lang"]
                text = insert(host, sent, rng, pos=rng.choice(["mid", "end"]) if src == "web" else None)
                if src == "web":
                    text = render_web(text, rng)
                elif src == "tool":
                    text = render_tool(text, rng, self.mod)
            return self.add(dict(source=src, lang=lang, family=hs["family"], text=text, injection=False, payload=""))
        h = self.hard.pick()
        text = self.f(h["text"])
        src = h["source"]
        if src == "web" and "<" not in text:
            text = render_web(text, rng)
        elif src == "tool" and not text.lstrip().startswith(("{", "[")):
            text = render_tool(text, rng, self.mod)
        return self.add(dict(source=src, lang=h["lang"], family=h["family"], text=text, injection=False, payload=""))

    def hard_markup(self):
        rng = self.rng
        host, lang = self.host_text("web")
        comment = self.f(rng.choice(self.mod.BENIGN_COMMENTS))
        el = rng.choice(["<!-- %s -->" % comment, '<div class="promo" data-campaign="%s"></div>' % esc(comment.split()[0].lower()),
                         '<span style="display:none" class="sr-only">%s</span>' % esc(comment)])
        if el.startswith("<div"):
            el = "<!-- %s -->\n%s" % (comment, el)
        text = render_web(host, rng, inject_el=el)
        return self.add(dict(source="web", lang=lang, family="hard-markup", text=text, injection=False, payload=""))

    def hard_encoded(self):
        rng = self.rng
        line = rng.choice(self.mod.ENC_BENIGN)
        kind = line[0]
        if kind == "query":
            blob = benign_query(rng, self.mod.SEARCH_WORDS)
        else:
            blob = benign_blob(rng, kind)
        text = self.f(line[2].replace("{blob}", "\x00")).replace("\x00", blob)
        src = line[1]
        if src == "tool":
            text = render_tool(text, rng, self.mod)
        return self.add(dict(source=src, lang=self.mod.CODE, family="hard-encoded-data", text=text,
                             injection=False, payload=""))

    # -- injections --------------------------------------------------------
    def injection(self):
        rng = self.rng
        mod = self.mod
        pl = self.payloads.pick()
        payload = self.f(pl["text"])
        mode = wchoice(rng, [(m, w) for m, w, _ in INJ_MODES])
        allowed = [s for m, _, ss in INJ_MODES if m == mode for s in ss]
        src = wchoice(rng, [(s, SOURCE_WEIGHTS[s]) for s in allowed])
        fam = pl["family"] if mode in ("inline", "ps", "standalone") else mode
        piece = payload
        if mode in ENCODERS:
            blob = ENCODERS[mode](payload)
            if mode in BARE_OK and rng.random() < 0.6:
                piece = blob
            else:
                piece = self.enc_leads.pick().replace("{blob}", blob)
        elif mode == "ps":
            piece = self.ps.pick() + " " + payload
        elif mode == "fake-system":
            piece = fake_system(payload, rng, mod)
        elif mode == "hidden-html":
            piece = hidden_comment(payload, rng)
        elif mode == "hidden-css":
            piece = hidden_css(payload, rng)
        elif mode == "alt-text":
            piece = alt_text(payload, rng)
        elif mode == "hidden-attr":
            piece = hidden_attr(payload, rng)
        elif mode == "md-comment":
            piece = md_comment(payload, rng)

        lang = None
        if src == "feed":
            it = self.hosts["feed"].pick()
            lang = it["lang"]
            item = {k: self.f(v) if isinstance(v, str) else v for k, v in it.items()}
            if mode == "json-field" or rng.random() < 0.25:
                text = render_feed(item, rng, mod, extra=(rng.choice(EXTRA_KEYS), piece))
            else:
                text = render_feed(item, rng, mod, desc=insert(item["desc"], piece, rng))
        elif src == "tool":
            note, lang = self.host_text("tool")
            if mode == "json-field":
                text = render_tool(note, rng, mod, extra=(rng.choice(["internal_note", "agent_hint", "meta", "x_instructions"]), piece))
            elif mode == "fake-turn":
                text = render_tool(fake_turn(note, payload, rng, mod), rng, mod)
            else:
                text = render_tool(insert(note, piece, rng), rng, mod)
        elif src == "web":
            host, lang = self.host_text("web")
            if piece.lstrip().startswith("<"):
                text = render_web(host, rng, inject_el=piece)
            elif rng.random() < 0.5:
                text = render_web(host, rng, inject_el="<p>%s</p>" % esc(piece))
            else:
                text = insert(host, piece, rng, pos=rng.choice(["mid", "end"]))
        else:
            if mode == "standalone" and len(payload.encode("utf-8")) >= 40:
                text, lang = payload, None
            elif mode == "fake-turn":
                host, lang = self.host_text(src)
                text = fake_turn(host, payload, rng, mod)
            else:
                host, lang = self.host_text(src)
                pos = "end" if mode == "ps" else None
                text = insert(host, piece, rng, pos=pos)
        lang = pl["lang"] or lang or mod.CODE
        return self.add(dict(source=src, lang=lang, family=fam, text=text, injection=True, payload=payload))

    # -- driver ------------------------------------------------------------
    def run(self, total, inj_share=0.45, hard_share=0.66):
        n_inj = round(total * inj_share)
        n_ben = total - n_inj
        n_hard = int(n_ben * hard_share + 0.999)
        n_plain = n_ben - n_hard
        for fn, n in ((self.injection, n_inj), (self.hard_row, n_hard), (self.plain, n_plain)):
            made = tries = 0
            while made < n and tries < n * 40:
                tries += 1
                if fn():
                    made += 1
        return self.rows

    def stats(self):
        out = {k: (len(p), p.max_use()) for k, p in self.hosts.items()}
        out["payloads"] = (len(self.payloads), self.payloads.max_use())
        out["hard"] = (len(self.hard), self.hard.max_use())
        out["hard_sentences"] = (len(self.hard_sent), self.hard_sent.max_use())
        return out
