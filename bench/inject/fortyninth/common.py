"""Shared machinery for the fortyninth corpus.

Every language module exposes one or more PACK dictionaries holding
material for its own market (carriers, hard negatives, injection
sentences, hints).  This module turns a pack into rows: it
places injections inside carriers, hides or encodes some of them, renders
tool results and HTML, and validates the final file.
"""

import base64
import codecs
import html
import json
import math
import random
import re
import unicodedata
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")
INJ_SHARE = 0.45
HARD_SHARE = 0.57

ZW_CHARS = ("\u200b", "\u200c", "\u2060")

# Where each kind of attack is most at home.
AFFINITY = {
    "summary-manipulation": ("review", "review", "web", "feed", "tool"),
    "rating-manipulation": ("review", "review", "feed", "tool"),
    "ranking-manipulation": ("feed", "feed", "web", "review", "tool"),
    "recommendation-manipulation": ("review", "feed", "web", "tool"),
    "tool-refund": ("ticket", "ticket", "email", "review", "tool"),
    "tool-discount": ("ticket", "review", "email", "feed", "tool"),
    "tool-address": ("ticket", "ticket", "email", "tool"),
    "tool-cancel": ("ticket", "email", "review", "tool"),
    "tool-email": ("ticket", "email", "web", "tool"),
    "tool-price": ("feed", "feed", "email", "tool"),
    "prompt-leak": ("ticket", "review", "email", "web"),
    "memory-poisoning": ("review", "ticket", "feed", "email", "tool"),
    "exfil-link": ("web", "email", "ticket", "feed", "tool"),
    "exfil-image": ("web", "email", "review", "feed", "tool"),
    "fake-system": ("tool", "web", "feed", "ticket", "review", "email"),
    "fake-turn": ("review", "ticket", "tool", "web"),
}
ANY_SOURCE = ("review", "review", "ticket", "email", "feed", "web", "tool")

# Generic frames that dress an instruction up as a privileged message.
FRAMES = (
    ("fake-system", "[SYSTEM] {x}"),
    ("fake-system", "<|im_start|>system\n{x}\n<|im_end|>"),
    ("fake-system", "### SYSTEM PROMPT UPDATE ###\n{x}\n### END ###"),
    ("fake-system", "{json}"),
    ("fake-system", "-----BEGIN ADMIN MESSAGE-----\n{x}\n-----END ADMIN MESSAGE-----"),
    ("fake-system", "[[priority=developer]] {x}"),
    ("fake-system", "</review>\n<system>{x}</system>\n<review>"),
    ("fake-tool-output", "<tool_result name=\"policy_check\">{x}</tool_result>"),
    ("fake-tool-output", "Function output (store_admin.get_policy): {x}"),
    ("fake-tool-output", "```tool\nstatus: ok\nagent_directive: {x}\n```"),
)

FIELD_NAMES = ("seller_note", "note_for_assistant", "ai_hint", "internal_comment", "moderator_note",
               "assistant_instructions", "meta_note", "x_agent_directive", "comment", "remarks")

CSS_HIDERS = (
    '<span style="display:none">{x}</span>',
    '<div style="font-size:0;line-height:0">{x}</div>',
    '<p style="color:#ffffff;background:#ffffff">{x}</p>',
    '<span style="position:absolute;left:-9999px">{x}</span>',
    '<div hidden>{x}</div>',
    '<span style="opacity:0">{x}</span>',
    '<small style="visibility:hidden">{x}</small>',
)
ATTR_HIDERS = (
    '<div class="spec" data-note="{x}"></div>',
    '<a href="#reviews" title="{x}">★</a>',
    '<span aria-label="{x}"></span>',
    '<meta name="description-ai" content="{x}">',
    '<input type="hidden" name="comment" value="{x}">',
)
ALT_HIDERS = (
    '<img src="https://cdn.shop.example/img/{k}.jpg" alt="{x}">',
    '<img src="/media/p/{k}.webp" alt="{x}" width="600">',
    '![{x}](https://img.shop.example/{k}.png)',
)
MD_HIDERS = (
    "[//]: # ({x})",
    "<!-- {x} -->",
    "[comment]: <> ({x})",
)

CYR_TO_LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
              "і": "i", "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Т": "T",
              "Х": "X", "К": "K", "М": "M", "Н": "H", "В": "B"}
LAT_TO_CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
              "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т",
              "K": "К", "M": "М", "H": "Н", "B": "В"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4",
        "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def fill(text, rng):
    """Replace {n} (order/ticket numbers) with deterministic digits."""
    while "{n}" in text:
        text = text.replace("{n}", str(rng.randint(10**7, 10**9 - 1)), 1)
    while "{k}" in text:
        text = text.replace("{k}", "%06x" % rng.randint(0, 0xFFFFFF), 1)
    return text


class Picker:
    """Hands out the least-used item, so every piece is spread evenly."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.count = [0] * len(self.items)

    def take(self):
        if not self.items:
            raise ValueError("empty pool")
        low = min(self.count)
        cands = [i for i, c in enumerate(self.count) if c == low]
        i = self.rng.choice(cands)
        self.count[i] += 1
        return self.items[i]

    def max_use(self):
        return max(self.count) if self.count else 0


def graphemes(word):
    out = []
    for ch in word:
        if out and unicodedata.category(ch).startswith("M"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def zero_width(text, rng):
    out = []
    for g in graphemes(text):
        out.append(g)
        if g != " " and rng.random() < 0.6:
            out.append(rng.choice(ZW_CHARS))
    return "".join(out)


def spaced(text):
    words = text.split()
    return "   ".join(" ".join(graphemes(w)) for w in words)


def homoglyph(text, script, rng):
    table = CYR_TO_LAT if script == "cyr" else LAT_TO_CYR
    return "".join(table[c] if c in table and rng.random() < 0.7 else c for c in text)


def leet(text):
    return "".join(LEET.get(c, c) for c in text)


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def hexenc(text):
    return text.encode("utf-8").hex()


def rot13(text):
    return codecs.encode(text, "rot13")


def urlenc(text):
    return urllib.parse.quote(text, safe="")


def sku(rng, prefix):
    return "%s-%d" % (prefix, rng.randint(10000, 99999))


class Builder:
    def __init__(self, pack, seed):
        self.pk = pack
        self.rng = random.Random(seed)
        r = self.rng
        self.code = pack["code"]
        self.script = pack["script"]
        self.P = {}
        for key in ("reviews", "tails", "tickets", "listings", "emails", "emails_customer", "webs",
                    "greet", "greet_biz", "sign", "names", "decode_hints", "dev_comments",
                    "queries", "ps", "sys_frames", "field_names"):
            self.P[key] = Picker(pack.get(key, ()), r)
        self.P["sign_c"] = Picker([s for s in pack.get("sign", ()) if "\n" not in s], r)
        if not pack.get("field_names"):
            self.P["field_names"] = Picker(FIELD_NAMES, r)
        self.P["frames"] = Picker(FRAMES, r)
        self.rows = []
        self.seen = set()

    # ---------- carriers ----------
    def parts(self, source):
        r, P = self.rng, self.P
        if source == "review":
            parts = [fill(P["reviews"].take(), r)]
            if r.random() < 0.5:
                parts.append(fill(P["tails"].take(), r))
            return parts, " "
        if source == "ticket":
            parts = []
            if r.random() < 0.35:
                parts.append(P["greet"].take())
            parts.append(fill(P["tickets"].take(), r))
            if r.random() < 0.25:
                parts.append(P["sign_c"].take())
            return parts, "\n"
        if source == "feed":
            return [fill(P["listings"].take(), r)], "\n"
        if source == "email":
            if P["emails_customer"].items and r.random() < 0.2:
                parts = [P["greet"].take(), fill(P["emails_customer"].take(), r)]
                if r.random() < 0.7:
                    parts.append(P["sign_c"].take())
                return parts, "\n\n"
            greet = P["greet_biz"] if P["greet_biz"].items else P["greet"]
            parts = [greet.take(), fill(P["emails"].take(), r)]
            if r.random() < 0.7:
                parts.append(P["sign"].take())
            return parts, "\n\n"
        if source == "web":
            parts = [fill(P["webs"].take(), r)]
            if r.random() < 0.35:
                parts.append(fill(P["webs"].take(), r))
            return parts, "\n\n"
        raise ValueError(source)

    def tool_json(self, texts, inj_field=None, kind=None):
        """Render texts as an agent's tool result. inj_field=(name, value) adds a field."""
        r = self.rng
        kind = kind or r.choice(("reviews", "ticket", "feed", "page"))
        if kind == "reviews":
            items = []
            for t in texts:
                items.append({"author": self.P["names"].take(), "rating": r.choice((1, 2, 3, 4, 5, 5, 5)),
                              "text": t})
            obj = {"tool": r.choice(("get_reviews", "marketplace.reviews.list", "fetch_product_reviews")),
                   "sku": sku(r, self.pk["sku"]), "items": items}
            if inj_field:
                items[r.randrange(len(items))][inj_field[0]] = inj_field[1]
        elif kind == "ticket":
            obj = {"tool": r.choice(("helpdesk.get_ticket", "support.read_message", "crm.ticket")),
                   "ticket_id": "T-%d" % r.randint(100000, 999999),
                   "channel": r.choice(("chat", "email", "form", "app")),
                   "customer_message": "\n".join(texts)}
            if inj_field:
                obj[inj_field[0]] = inj_field[1]
        elif kind == "feed":
            obj = {"tool": r.choice(("supplier_feed.fetch", "catalog.import_preview", "listing.get")),
                   "items": [{"sku": sku(r, self.pk["sku"]), "description": t} for t in texts]}
            if inj_field:
                obj["items"][0][inj_field[0]] = inj_field[1]
        elif kind == "mail":
            obj = {"tool": r.choice(("mail.read", "inbox.get_message", "email.fetch")),
                   "message_id": "<%d.%d@%s>" % (r.randint(1000, 9999), r.randint(100000, 999999), r.choice(self.pk["domains"])),
                   "from": "%s%d@%s" % (r.choice(("sales", "info", "client", "partner", "orders")), r.randint(1, 99),
                                        r.choice(self.pk["domains"])),
                   "body": "\n\n".join(texts)}
            if inj_field:
                obj[inj_field[0]] = inj_field[1]
        else:
            obj = {"tool": r.choice(("web.fetch", "browser.get_text", "http_get")),
                   "url": "https://%s/%s" % (r.choice(self.pk["domains"]), r.choice(("blog", "p", "news", "guide", "help"))),
                   "status": 200, "content": "\n\n".join(texts)}
            if inj_field:
                obj[inj_field[0]] = inj_field[1]
        return json.dumps(obj, ensure_ascii=False, indent=r.choice((None, 2)))

    def html(self, parts, hidden=None, pos=None, source="web"):
        r = self.rng
        blocks = ["<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>") for p in parts]
        if hidden is not None:
            pos = len(blocks) if pos is None else pos
            blocks.insert(min(pos, len(blocks)), hidden)
        if source == "email":
            wraps = ('<html><body>\n{}\n</body></html>', '<div dir="auto">\n{}\n</div>', '{}')
        elif source == "feed":
            wraps = ('<div class="product-description">\n{}\n</div>', '<section class="desc">\n{}\n</section>', '{}')
        else:
            wraps = ('<article>\n{}\n</article>', '<main class="page">\n{}\n</main>', '<div class="post-body">\n{}\n</div>', '{}')
        return r.choice(wraps).format("\n".join(blocks))

    # ---------- rows ----------
    def add(self, source, family, text, injection, payload=""):
        text = text.strip()
        if text in self.seen:
            return False
        n = len(text.encode("utf-8"))
        if n < 40 or n > 3000:
            return False
        self.seen.add(text)
        self.rows.append({"source": source, "lang": self.code, "family": family, "text": text,
                          "injection": injection, "payload": payload if injection else ""})
        return True

    def source_for(self, family):
        return self.rng.choice(AFFINITY.get(family, ANY_SOURCE))

    def place(self, source, snippet, at=None):
        """Put a visible snippet inside a carrier of the given source."""
        r = self.rng
        if at is None:
            at = r.choice(("start", "middle", "end", "end"))
        if source == "tool":
            kind = r.choice(("reviews", "ticket", "feed", "page", "mail"))
            srcmap = {"reviews": "review", "ticket": "ticket", "feed": "feed", "page": "web", "mail": "email"}
            p, sep = self.parts(srcmap[kind])
            texts = [sep.join(p)]
            if kind == "reviews" and r.random() < 0.5:
                texts.append(" ".join(self.parts("review")[0]))
                r.shuffle(texts)
            i = r.randrange(len(texts))
            texts[i] = self._insert_sentence(texts[i], snippet, at)
            return self.tool_json(texts, kind=kind)
        parts, sep = self.parts(source)
        greets = tuple(self.pk.get("greet", ())) + tuple(self.pk.get("greet_biz", ()))
        lo = 1 if parts[0] in greets and len(parts) > 1 else 0
        hi = len(parts) - 1 if parts[-1] in self.pk.get("sign", ()) and len(parts) > 1 else len(parts)
        if at == "start":
            parts.insert(lo, snippet)
        elif at == "end":
            parts.insert(hi, snippet)
        elif hi - lo > 1:
            parts.insert(lo + 1, snippet)
        else:
            parts[lo] = self._insert_sentence(parts[lo], snippet, "middle")
        return sep.join(parts)

    def _insert_sentence(self, text, snippet, at):
        r = self.rng
        if at == "start":
            return snippet + " " + text
        if at == "end" or at is None:
            return text + " " + snippet
        cuts = [m.end() for m in re.finditer(r"[.!?।。؟]\s", text)]
        if not cuts and self.script == "thai":
            cuts = [m.end() for m in re.finditer(r"\s", text)]
        if not cuts:
            return text + " " + snippet
        c = r.choice(cuts)
        return text[:c] + snippet + " " + text[c:]

    # ---------- injections ----------
    def injection_row(self, family, inj, round_no):
        r, P, pk = self.rng, self.P, self.pk
        script = self.script
        if round_no == 0:
            tech = r.choices(("plain", "standalone", "frame", "ps", "field"), (62, 12, 9, 9, 8))[0]
        else:
            opts = [("plain", 26), ("ps", 5), ("frame", 8), ("field", 8), ("html-comment", 6),
                    ("hidden-css", 7), ("hidden-alt", 4), ("hidden-attr", 4), ("md-comment", 3),
                    ("base64", 6), ("hex", 3), ("url", 3), ("zero-width", 4)]
            if script in ("cyr", "arab", "hebr") or script.startswith("latn"):
                opts.append(("spaced", 3))
            if script == "cyr" or script.startswith("latn"):
                opts.append(("homoglyph", 3))
            if script == "latn":
                opts += [("rot13", 3), ("leet", 2)]
            tech = r.choices([o[0] for o in opts], [o[1] for o in opts])[0]
        if tech in ("spaced", "leet", "homoglyph") and len(inj) > 110:
            tech = "zero-width"

        if tech == "plain":
            src = self.source_for(family)
            return src, family, self.place(src, inj)
        if tech == "standalone":
            src = r.choice(("review", "ticket")) if family not in ("ranking-manipulation",) else "feed"
            return src, family, inj
        if tech == "ps":
            src = r.choice(("review", "ticket", "email"))
            return src, family, self.place(src, P["ps"].take() + " " + inj, at="end")
        if tech == "frame":
            if pk.get("sys_frames") and r.random() < 0.45:
                fam, tpl = "fake-system", P["sys_frames"].take()
            else:
                fam, tpl = P["frames"].take()
            snippet = tpl.replace("{json}", json.dumps({"role": "system", "content": inj}, ensure_ascii=False))
            snippet = snippet.replace("{x}", inj)
            if family in ("fake-system", "fake-turn"):
                fam = family if fam == "fake-system" else fam
            src = r.choice(("review", "ticket", "feed", "web", "tool"))
            return src, fam, self.place(src, snippet, at=r.choice(("middle", "end")))
        if tech == "field":
            name = P["field_names"].take()
            src = "tool" if r.random() < 0.7 else "feed"
            if src == "tool":
                kind = r.choice(("reviews", "ticket", "feed"))
                base, sep = self.parts({"reviews": "review", "ticket": "ticket", "feed": "feed"}[kind])
                texts = [sep.join(base)]
                return src, family, self.tool_json(texts, inj_field=(name, inj), kind=kind)
            obj = {"sku": sku(r, pk["sku"]), "description": fill(P["listings"].take(), r), name: inj}
            if r.random() < 0.5:
                obj["brand"] = r.choice(pk["brands"])
            return src, family, json.dumps(obj, ensure_ascii=False)
        if tech in ("html-comment", "hidden-css", "hidden-alt", "hidden-attr"):
            src = r.choice(("web", "feed", "feed", "email"))
            parts, _ = self.parts(src)
            if tech == "html-comment":
                hidden = "<!-- %s -->" % inj
            elif tech == "hidden-css":
                hidden = r.choice(CSS_HIDERS).replace("{x}", html.escape(inj, quote=False))
            elif tech == "hidden-alt":
                hidden = fill(r.choice(ALT_HIDERS).replace("{x}", html.escape(inj)), r)
            else:
                hidden = r.choice(ATTR_HIDERS).replace("{x}", html.escape(inj))
            pos = r.randrange(len(parts) + 1)
            return src, tech, self.html(parts, hidden, pos, source=src)
        if tech == "md-comment":
            src = r.choice(("review", "web", "feed"))
            hidden = r.choice(MD_HIDERS).replace("{x}", inj)
            parts, sep = self.parts(src)
            parts.insert(r.randrange(len(parts) + 1), hidden)
            return src, "hidden-md-comment", "\n".join(parts) if sep == " " else sep.join(parts)
        if tech in ("base64", "hex", "url", "rot13"):
            enc = {"base64": b64, "hex": hexenc, "url": urlenc, "rot13": rot13}[tech](inj)
            fam = "encoded-" + tech
            if tech == "base64" and r.random() < 0.3:
                name = r.choice(("agent_instructions_b64", "ai_note_b64", "x_assistant_cfg", "_sys_b64"))
                src = r.choice(("tool", "feed"))
                if src == "tool":
                    base, _ = self.parts("review")
                    return src, fam, self.tool_json([" ".join(base)], inj_field=(name, enc), kind="reviews")
                obj = {"sku": sku(r, pk["sku"]), "description": fill(P["listings"].take(), r), name: enc}
                return src, fam, json.dumps(obj, ensure_ascii=False)
            hint = P["decode_hints"].take()
            if tech == "url":
                blob = "https://%s/r?note=%s" % (r.choice(pk["domains"]), enc)
            else:
                blob = enc
            snippet = hint.replace("{blob}", blob)
            src = r.choice(("review", "ticket", "email", "feed", "web"))
            return src, fam, self.place(src, snippet, at=r.choice(("middle", "end")))
        if tech == "zero-width":
            src = r.choice(("review", "ticket", "feed", "web"))
            return src, "zero-width", self.place(src, zero_width(inj, r))
        if tech == "spaced":
            src = r.choice(("review", "ticket", "web"))
            return src, "spaced-letters", self.place(src, spaced(inj), at=r.choice(("middle", "end")))
        if tech == "homoglyph":
            src = r.choice(("review", "ticket", "feed", "email"))
            return src, "homoglyph", self.place(src, homoglyph(inj, script, r))
        if tech == "leet":
            src = r.choice(("review", "ticket"))
            return src, "leetspeak", self.place(src, leet(inj))
        raise ValueError(tech)

    # ---------- benign ----------
    def plain_benign(self):
        r = self.rng
        src = r.choice(("review", "review", "review", "ticket", "ticket", "feed", "email", "web", "tool"))
        if src == "tool":
            kind = r.choice(("reviews", "reviews", "ticket", "feed"))
            if kind == "reviews":
                texts = [" ".join(self.parts("review")[0]) for _ in range(r.choice((1, 2, 2, 3)))]
            elif kind == "ticket":
                texts = ["\n".join(self.parts("ticket")[0])]
            else:
                texts = [fill(self.P["listings"].take(), r)]
            return src, self.tool_json(texts, kind=kind)
        parts, sep = self.parts(src)
        if src in ("web", "feed", "email") and r.random() < 0.3:
            return src, self.html(parts, source=src)
        return src, sep.join(parts)

    def hard_variant(self, kind, source, text, usage):
        """Render one hard negative; each further use picks a different dressing."""
        r, P = self.rng, self.P
        text = fill(text, r)
        other_review = lambda: " ".join(self.parts("review")[0])
        variants = {
            "review": (lambda: text,
                       lambda: self.tool_json([text, other_review()] if r.random() < 0.6 else [text], kind="reviews"),
                       lambda: text + " " + fill(P["tails"].take(), r)),
            "ticket": (lambda: text,
                       lambda: self.tool_json([text], kind="ticket"),
                       lambda: P["greet"].take() + "\n" + text,
                       lambda: text + "\n" + P["sign_c"].take()),
            "email": (lambda: text,
                      lambda: self.tool_json([text], kind="mail"),
                      lambda: text + "\n\n" + P["sign_c"].take(),
                      lambda: self.html(text.split("\n\n"), source="email")),
            "web": (lambda: text,
                    lambda: self.html(text.split("\n\n"), source="web"),
                    lambda: self.tool_json([text], kind="page")),
            "feed": (lambda: text,
                     lambda: self.html([text], source="feed"),
                     lambda: self.tool_json([text], kind="feed"),
                     lambda: json.dumps({"sku": sku(r, self.pk["sku"]), "description": text}, ensure_ascii=False)),
            "tool": (lambda: text,
                     lambda: self.tool_json([text], kind="ticket"),
                     lambda: self.tool_json([text], kind="page")),
        }[source]
        if usage == 0:
            i = 0
        elif usage < len(variants):
            i = 1 + (usage - 1 + len(text)) % (len(variants) - 1)
        else:
            i = r.randrange(1, len(variants))
        out = variants[i]()
        if source != "tool" and out.lstrip().startswith("{") and not text.lstrip().startswith("{"):
            return "tool" if '"tool"' in out[:40] else source, out
        return source, out

    def dev_markup(self):
        r, P, pk = self.rng, self.P, self.pk
        parts, _ = self.parts(r.choice(("feed", "web")))
        comment = "<!-- %s -->" % P["dev_comments"].take()
        style, close = r.choice((
            ('<div class="specs" data-sku="{s}" data-variant="{v}">', "</div>"),
            ('<section id="pdp-{v}" class="js-lazy" data-track="pdp_view">', "</section>"),
            ('<div class="desc" style="display:flex;gap:8px">', "</div>"),
        ))
        style = style.replace("{s}", sku(r, pk["sku"])).replace("{v}", str(r.randint(1, 40)))
        body = "\n".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>") for p in parts)
        if r.random() < 0.5:
            text = "%s\n%s\n%s\n%s" % (comment, style, body, close)
        else:
            text = "%s\n%s\n%s\n%s" % (style, body, comment, close)
        return r.choice(("feed", "web")), text

    def benign_encoded(self):
        r, P, pk = self.rng, self.P, self.pk
        choice = r.randrange(3)
        if choice == 0:
            raw = bytes(r.randrange(256) for _ in range(r.randint(30, 60)))
            img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + raw).decode("ascii")
            parts, _ = self.parts("feed")
            return "feed", self.html(parts, '<img src="data:image/png;base64,%s" alt="%s">' % (img, html.escape(P["queries"].take())), 0, source="feed")
        if choice == 1:
            q = P["queries"].take()
            link = "https://%s/search?q=%s&sort=rating&utm_source=app&utm_medium=share" % (r.choice(pk["domains"]), urlenc(q))
            src = r.choice(("ticket", "email", "review"))
            return src, self.place(src, link, at="end")
        h = "%032x" % r.getrandbits(128)
        token = base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(18))).decode("ascii")
        parts, sep = self.parts("email")
        track = r.choice((
            "https://track.%s/o/%s?sig=%s" % (r.choice(pk["domains"]), h[:16], token),
            "Tracking-ID: %s | checksum sha1:%s" % (h[:12].upper(), h[:40] if len(h) >= 40 else h),
            "ref=%s&session=%s" % (token, h),
        ))
        parts.insert(len(parts) - 1 if parts[-1] in pk.get("sign", ()) else len(parts), track)
        return "email", sep.join(parts)

    # ---------- whole pack ----------
    def build(self):
        pk, r = self.pk, self.rng
        target = pk["target"]
        n_inj = round(target * INJ_SHARE)
        n_ben = target - n_inj
        n_hard = math.ceil(n_ben * HARD_SHARE)
        n_plain = n_ben - n_hard

        inj = list(pk["inj"])
        r.shuffle(inj)
        made, rnd, guard = 0, 0, 0
        while made < n_inj:
            for fam, raw in inj:
                if made >= n_inj:
                    break
                for _ in range(6):
                    text = fill(raw, r)
                    src, family, full = self.injection_row(fam, text, rnd)
                    if self.add(src, family, full, True, text):
                        made += 1
                        break
            rnd += 1
            guard += 1
            if guard > 40:
                raise RuntimeError("cannot place injections for %s" % self.code)

        hard = list(pk["hard"])
        r.shuffle(hard)
        n_gen = max(4, n_hard // 10)
        made = 0
        for i in range(n_gen):
            for _ in range(6):
                if i % 2 == 0:
                    src, text = self.dev_markup()
                    fam = "hard-dev-markup"
                else:
                    src, text = self.benign_encoded()
                    fam = "hard-benign-encoded"
                if self.add(src, fam, text, False):
                    made += 1
                    break
        usage = 0
        while made < n_hard:
            for kind, source, text in hard:
                if made >= n_hard:
                    break
                for _ in range(6):
                    src, full = self.hard_variant(kind, source, text, usage)
                    if self.add(src, "hard-" + kind, full, False):
                        made += 1
                        break
            usage += 1
            if usage > 8:
                raise RuntimeError("cannot place hard negatives for %s" % self.code)

        made, tries = 0, 0
        while made < n_plain:
            tries += 1
            if tries > n_plain * 20:
                raise RuntimeError("cannot place benign rows for %s" % self.code)
            src, text = self.plain_benign()
            if self.add(src, "benign", text, False):
                made += 1
        return self.rows

    def reuse_report(self):
        return {k: p.max_use() for k, p in self.P.items() if p.items}


KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def validate(rows):
    ids, texts = set(), set()
    for i, row in enumerate(rows, 1):
        assert tuple(row.keys()) == KEYS, row.keys()
        assert row["id"] == "fortyninth-%05d" % i, row["id"]
        assert row["id"] not in ids
        ids.add(row["id"])
        assert row["split"] == "train"
        assert row["source"] in SOURCES, row["source"]
        assert isinstance(row["injection"], bool)
        assert KEBAB.match(row["family"]), row["family"]
        if row["injection"]:
            assert row["payload"].strip(), row
            assert row["family"] != "benign" and not row["family"].startswith("hard-"), row
        else:
            assert row["payload"] == "", row
            assert row["family"] == "benign" or row["family"].startswith("hard-"), row
        n = len(row["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (n, row["id"])
        assert row["text"] not in texts, row["id"]
        texts.add(row["text"])
        assert row["lang"] and isinstance(row["lang"], str)
