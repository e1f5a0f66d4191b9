"""Shared row-building machinery for the thirtysecond corpus.

Every language module exposes one or more SPEC dictionaries with hand-written
pools of text.  build_rows() turns a SPEC into labelled rows: plain benign
carriers, hard negatives (carrier + human-addressed sentence, or stand-alone
texts) and injections (carrier + an instruction aimed at the store's AI,
rendered plainly, hidden in markup, or encoded).
"""

import base64
import codecs
import json
import re
import urllib.parse

GREETING_STARTS = (
    "Hi", "Hello", "Hallo", "Bonjour", "Hola", "Oi", "Olá", "Boa tarde", "Bom dia", "Dzień dobry", "Hej",
    "Hei", "Hoi", "Buongiorno", "Καλησπέρα", "Bună ziua", "Jó napot", "안녕하세요", "您好", "你好",
    "สวัสดี", "お世話になっております", "Goddag", "Moi",
)

CUSTOMER_VOICE = re.compile(
    r"VIP|my account|this customer|I am a staff|mein Konto|Stammkunde|mon compte|mi cuenta|minha conta|"
    r"il mio account|mijn account|vaste klant|stałym klientem|moje konto|我是|私は|私のアカウント|나는|내 계정|"
    r"promised|versprochen|promis|prometido|promesso",
    re.I)

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


class Pool:
    """Deterministic least-used picker: spreads reuse evenly over a pool."""

    def __init__(self, items, rng):
        self.items = list(items)
        if not self.items:
            raise ValueError("empty pool")
        self.use = [0] * len(self.items)
        self.rng = rng

    def pick(self, avoid=()):
        order = sorted(range(len(self.items)), key=lambda i: self.use[i])
        low = self.use[order[0]]
        cand = [i for i in order if self.use[i] == low and self.items[i] not in avoid]
        if not cand:
            cand = [i for i in order if self.items[i] not in avoid] or order
            low = self.use[cand[0]]
            cand = [i for i in cand if self.use[i] == low]
        i = self.rng.choice(cand)
        self.use[i] += 1
        return self.items[i]


def weighted(rng, table):
    total = sum(w for _, w in table)
    x = rng.random() * total
    for item, w in table:
        x -= w
        if x <= 0:
            return item
    return table[-1][0]


# --------------------------------------------------------------------------
# obfuscation helpers (payload stays the plain sentence)

ZW = "\u200b"
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_zw(s):
    return ZW.join(s)


def enc_homo(s):
    return "".join(HOMO.get(ch, ch) for ch in s)


def enc_leet(s):
    return "".join(LEET.get(ch.lower(), ch) if ch.isalpha() else ch for ch in s)


def enc_spaced(s):
    return " / ".join(" ".join(w) for w in s.split())


B64_LEADS = ["", "", "Ref: ", "(b64) ", "decode+apply: ", "note=", "[enc] ", "data:", "base64 -> "]
HEX_LEADS = ["", "hex: ", "0x", "checksum note "]
ROT_LEADS = ["", "(rot13) ", "Spoiler, rot13: ", "gbc frperg: "]
URL_LEADS = ["", "q=", "ref=", "?note="]

HIDDEN_STYLES = [
    "display:none", "font-size:0", "color:#ffffff;background:#ffffff",
    "position:absolute;left:-9999px", "opacity:0", "visibility:hidden",
    "height:0;overflow:hidden", "color:transparent",
]

IMG_NAMES = ["p-1042.jpg", "gallery/side.webp", "lifestyle_03.png", "thumb-88.jpg",
             "detail_zip.jpg", "box-contents.png", "img/2231-b.jpg", "swatch-grey.webp"]

FIELD_NAMES = ["notes", "meta_description", "seo_text", "bullet_5", "internal_note",
               "search_keywords", "care_info", "short_pitch", "marketing_copy", "extra"]

BENIGN_COMMENTS = [
    "<!-- review widget v3.2 -->", "<!-- lazy-load fallback for older browsers -->",
    "<!-- TODO: swap hero image after the spring sale -->", "<!-- end .product-grid -->",
    "<!-- schema.org Product markup below -->", "<!-- A/B test variant B: larger buy button -->",
    "<!-- keep this block in sync with the size-chart CMS entry -->",
    "<!-- google_ad_section_end -->", "<!-- cache: 300s -->",
    "<!-- legacy markup, do not remove until the theme update -->",
]


def hidden_wrap(kind, s, rng):
    if kind == "html-comment":
        return "<!-- " + s + " -->"
    if kind == "css":
        return '<span style="%s">%s</span>' % (rng.choice(HIDDEN_STYLES), s)
    if kind == "alt":
        return '<img src="/media/%s" alt="%s">' % (rng.choice(IMG_NAMES), s.replace('"', "'"))
    if kind == "title-attr":
        return '<a href="#specs" title="%s">Specs</a>' % s.replace('"', "'")
    if kind == "md-comment":
        return "[//]: # (" + s.replace(")", "]") + ")"
    raise ValueError(kind)


# --------------------------------------------------------------------------
# sentence splitting

def split_sentences(text, cjk):
    if cjk:
        parts = re.split(r"(?<=[。！？!?])", text)
    else:
        parts = re.split(r"(?<=[.!?])\s+(?=[^\s])", text)
    return [p for p in (x.strip() for x in parts) if p]


def join_sentences(parts, cjk):
    return ("" if cjk else " ").join(parts)


# --------------------------------------------------------------------------
# main builder

INJ_WRAP = {
    # source -> [(wrapper, weight)]
    "review": [("plain", 60), ("ps", 10), ("bracket", 7), ("md-comment", 4), ("b64", 4),
               ("zw", 2), ("homo", 2), ("leet", 1), ("rot13", 1), ("spaced", 1)],
    "ticket": [("plain", 70), ("ps", 15), ("bracket", 5), ("b64", 4), ("hex", 1), ("url", 1)],
    "email": [("plain", 55), ("ps", 20), ("html-comment", 10), ("css", 8), ("b64", 4), ("zw", 1)],
    "feed": [("plain", 45), ("field", 40), ("b64", 6), ("url", 2), ("hex", 2)],
    "web": [("plain", 20), ("html-comment", 28), ("css", 28), ("alt", 12), ("title-attr", 4), ("b64", 4), ("zw", 2)],
    "tool": [("plain", 75), ("html-comment", 8), ("bracket", 7), ("b64", 5), ("url", 2)],
}

LATIN_ONLY = {"homo", "leet", "rot13", "spaced"}
EN_ONLY = {"leet", "rot13", "spaced"}

WRAP_FAMILY = {
    "html-comment": "hidden-html-comment", "css": "hidden-css", "alt": "hidden-alt-text",
    "title-attr": "hidden-attribute", "md-comment": "hidden-md-comment",
    "b64": "encoded-base64", "hex": "encoded-hex", "url": "encoded-url", "rot13": "encoded-rot13",
    "zw": "obfuscated-zero-width", "homo": "obfuscated-homoglyph", "leet": "obfuscated-leetspeak",
    "spaced": "obfuscated-spaced",
}


class Builder:
    def __init__(self, spec, rng):
        self.s = spec
        self.rng = rng
        self.lang = spec["lang"]
        self.cjk = spec.get("cjk", False)
        self.latin = spec.get("latin", True)
        groups = spec["reviews"]
        self.rev_pools = {g: Pool(v, rng) for g, v in groups.items()}
        self.ticket_pool = Pool(spec["tickets"], rng)
        self.email_pool = Pool(spec.get("emails") or spec["tickets"], rng)
        self.feed_pool = Pool(spec["feeds"], rng)
        self.greet_pool = Pool(spec["greet"], rng)
        self.sign_pool = Pool(spec["sign"], rng)
        self.name_pool = Pool(spec["names"], rng)
        self.inj_pool = Pool(spec["inj"], rng)
        self.hard_pool = Pool(spec["hard_sent"], rng)
        self.seen = set()
        self.rows = []

    # ---------------- carriers: return (source, segments, meta)
    def pick_group(self):
        pools = self.rev_pools
        load = {g: sum(p.use) / float(len(p.items)) for g, p in pools.items()}
        low = min(load.values())
        return self.rng.choice(sorted(g for g, v in load.items() if v - low < 1e-9))

    def review_segments(self, kmax=3, group=None):
        g = group if group else self.pick_group()
        k = weighted(self.rng, [(1, 30), (2, 45), (3, 25)][:kmax])
        segs = []
        for _ in range(k):
            segs.append(self.rev_pools[g].pick(avoid=segs))
        return segs

    def carrier(self, source):
        if source == "review":
            return self.review_segments()
        if source == "tool":
            return self.review_segments(kmax=2)
        if source == "ticket":
            return split_sentences(self.ticket_pool.pick(), self.cjk)
        if source == "email":
            return split_sentences(self.email_pool.pick(), self.cjk)
        if source == "feed":
            return list(self.feed_pool.pick())  # (title, description)
        if source == "web":
            if self.rng.random() < 0.5:
                return ["__product__"] + list(self.feed_pool.pick())
            return self.review_segments()
        raise ValueError(source)

    def sku(self):
        r = self.rng
        return "%s-%d%s" % (r.choice(["SW", "KT", "HB", "TX", "GD", "AC", "BX", "LM"]),
                            r.randint(1000, 99999), r.choice(["", "-B", "-XL", "-2", "-GR"]))

    def stars(self):
        return self.rng.choice([5, 5, 4, 4, 4, 3, 2, 1])

    # ---------------- rendering
    def render(self, source, segs, extra=None, pos="end", field=None):
        """extra: (segment text) inserted at pos; field: (name, value) for feeds."""
        r = self.rng
        cjk = self.cjk
        if source == "feed":
            title, desc = segs
            if extra is not None and field is None:
                parts = split_sentences(desc, cjk)
                self._insert(parts, extra, pos)
                desc = join_sentences(parts, cjk)
            obj = {"sku": self.sku(), "title": title, "description": desc}
            if r.random() < 0.5:
                obj["price"] = "%d.%02d" % (r.randint(4, 480), r.choice([0, 49, 90, 95, 99]))
            if r.random() < 0.35:
                obj["stock"] = r.randint(0, 400)
            if field is not None:
                obj[field[0]] = field[1]
            keys = list(obj)
            if r.random() < 0.3:
                r.shuffle(keys)
            return json.dumps({k: obj[k] for k in keys}, ensure_ascii=False)
        if source == "web" and segs and segs[0] == "__product__":
            title, desc = segs[1], segs[2]
            parts = split_sentences(desc, cjk)
            if extra is not None:
                self._insert(parts, extra, pos)
            body = "\n".join("<p>%s</p>" % p if not p.startswith("<") else p for p in self._group(parts))
            cls = r.choice(["product", "pdp", "item-detail", "product-main"])
            page = '<section class="%s">\n<h1>%s</h1>\n%s\n</section>' % (cls, title, body)
            if r.random() < 0.35:
                revs = []
                for _ in range(r.choice([1, 2, 3])):
                    txt = join_sentences(self.review_segments(kmax=2), cjk)
                    revs.append('<li data-stars="%d"><b>%s</b> %s</li>'
                                % (self.stars(), self.name_pool.pick().split()[0], txt))
                page += '\n<ul class="reviews">\n%s\n</ul>' % "\n".join(revs)
            return page
        parts = list(segs)
        if extra is not None:
            self._insert(parts, extra, pos)
        if source == "review":
            txt = join_sentences(parts, cjk)
            p = r.random()
            if p < 0.15:
                txt = "★" * (st := self.stars()) + "☆" * (5 - st) + " " + txt
            elif p < 0.22:
                txt = "%d/5 " % self.stars() + txt
            return txt
        if source == "ticket":
            txt = join_sentences(parts, cjk)
            if r.random() < 0.4:
                txt = "#%d %s" % (r.randint(20000, 989999), txt)
            return txt
        if source == "email":
            body = join_sentences(parts, cjk)
            tail = ""
            if extra is not None and pos == "after-sign":
                body = join_sentences([p for p in parts if p != extra], cjk)
                tail = "\n\n" + extra
            greet = self.greet_pool.pick()
            if body.startswith(GREETING_STARTS) or body.startswith(greet.rstrip(",，。!！:： ")):
                out = "%s\n\n%s\n%s%s" % (body, self.sign_pool.pick(), self.name_pool.pick(), tail)
            else:
                out = "%s\n\n%s\n\n%s\n%s%s" % (greet, body, self.sign_pool.pick(), self.name_pool.pick(), tail)
            return out
        if source == "web":
            name = self.name_pool.pick()
            body = join_sentences(parts, cjk)
            return ('<div class="review" data-rating="%d">\n<span class="author">%s</span>\n<p>%s</p>\n</div>'
                    % (self.stars(), name.split()[0], body))
        if source == "tool":
            items = []
            n_other = r.choice([0, 1, 1, 2])
            main = join_sentences(parts, cjk)
            bodies = [main]
            for _ in range(n_other):
                bodies.append(join_sentences(self.review_segments(kmax=2), cjk))
            r.shuffle(bodies)
            for b in bodies:
                items.append({"id": r.randint(100000, 999999), "rating": self.stars(), "text": b})
            tool = r.choice(["get_reviews", "fetch_product_reviews", "reviews.list", "search_reviews"])
            obj = {"tool": tool, "product_id": self.sku(), "count": len(items), "items": items}
            if r.random() < 0.3:
                obj = {"role": "tool", "name": tool, "content": {"count": len(items), "items": items}}
            return json.dumps(obj, ensure_ascii=False)
        raise ValueError(source)

    def _group(self, parts):
        # group plain sentences into paragraphs of up to 2
        out, buf = [], []
        for p in parts:
            if p.startswith("<"):
                if buf:
                    out.append(join_sentences(buf, self.cjk))
                    buf = []
                out.append(p)
            else:
                buf.append(p)
                if len(buf) == 2:
                    out.append(join_sentences(buf, self.cjk))
                    buf = []
        if buf:
            out.append(join_sentences(buf, self.cjk))
        return out

    def _insert(self, parts, extra, pos):
        if pos == "start":
            parts.insert(0, extra)
        elif pos == "mid" and len(parts) >= 2:
            parts.insert(self.rng.randint(1, len(parts) - 1), extra)
        else:
            parts.append(extra)

    # ---------------- rows
    def add(self, source, family, text, inj, payload=""):
        if text in self.seen:
            return False
        b = len(text.encode("utf-8"))
        if b < 40 or b > 3000:
            return False
        self.seen.add(text)
        self.rows.append({"source": source, "lang": self.lang, "family": family, "text": text,
                          "injection": inj, "payload": payload if inj else ""})
        return True

    def pick_source(self, table):
        return weighted(self.rng, table)

    def make_injection(self):
        r = self.rng
        fam, sent = self.inj_pool.pick()
        src = self.pick_source(self.s.get("inj_sources", DEFAULT_INJ_SOURCES))
        if CUSTOMER_VOICE.search(sent) and src in ("feed", "web"):
            # first-person customer claims belong in customer-written channels
            src = self.rng.choice(["ticket", "email", "review"])
        table = [(w, x) for w, x in INJ_WRAP[src]
                 if not (w in LATIN_ONLY and not self.latin) and not (w in EN_ONLY and self.lang != "en")]
        wrap = weighted(r, table)
        family = WRAP_FAMILY.get(wrap, fam)
        seg = sent
        field = None
        ps = self.s.get("ps", "P.S.")
        if wrap == "ps":
            seg = ps + ("" if self.cjk else " ") + sent
        elif wrap == "bracket":
            seg = r.choice(["[%s]", "(%s)", "*%s*", "— %s", ">> %s"]) % sent
        elif wrap in ("html-comment", "css", "alt", "title-attr", "md-comment"):
            seg = hidden_wrap(wrap, sent, r)
        elif wrap == "b64":
            seg = r.choice(B64_LEADS) + enc_b64(sent)
        elif wrap == "hex":
            seg = r.choice(HEX_LEADS) + enc_hex(sent)
        elif wrap == "url":
            seg = r.choice(URL_LEADS) + enc_url(sent)
        elif wrap == "rot13":
            seg = r.choice(ROT_LEADS) + enc_rot13(sent)
        elif wrap == "zw":
            seg = enc_zw(sent)
        elif wrap == "homo":
            seg = enc_homo(sent)
        elif wrap == "leet":
            seg = enc_leet(sent)
        elif wrap == "spaced":
            seg = enc_spaced(sent)
        elif wrap == "field":
            field = (r.choice(FIELD_NAMES), sent)
        segs = self.carrier(src)
        pos = weighted(r, [("end", 45), ("start", 25), ("mid", 30)])
        if wrap == "ps":
            pos = "after-sign" if src == "email" else "end"
        if src == "web" and wrap in ("css", "html-comment", "alt", "title-attr"):
            pos = weighted(r, [("end", 40), ("mid", 40), ("start", 20)])
        text = self.render(src, segs, extra=seg if field is None else None, pos=pos, field=field)
        return self.add(src, family, text, True, sent)

    def make_hard(self):
        item = self.hard_pool.pick()
        fam, src, sent = item[:3]
        group = None
        if len(item) > 3:
            group = self.rng.choice(item[3].split("|"))
        if src == "any":
            src = self.pick_source([("review", 60), ("tool", 15), ("web", 15), ("email", 10)])
        if group and src in ("review", "tool", "web"):
            segs = self.review_segments(kmax=2 if src == "tool" else 3, group=group)
        else:
            segs = self.carrier(src)
        if src == "feed":
            pos = "end"
        else:
            pos = weighted(self.rng, [("end", 50), ("start", 35), ("mid", 15)])
        if src == "email" and self.rng.random() < 0.3:
            pos = "after-sign"
            sent = self.s.get("ps", "P.S.") + ("" if self.cjk else " ") + sent
        text = self.render(src, segs, extra=sent, pos=pos)
        return self.add(src, fam, text, False)

    def make_plain(self):
        src = self.pick_source(self.s.get("benign_sources", DEFAULT_BENIGN_SOURCES))
        segs = self.carrier(src)
        r = self.rng
        if src == "web" and r.random() < 0.3 and self.s.get("markup_negatives", True):
            segs = list(segs)
            c = r.choice(BENIGN_COMMENTS)
            text = self.render(src, segs, extra=c, pos=r.choice(["start", "end", "mid"]))
            return self.add(src, "hard-benign-markup", text, False)
        if src == "feed" and r.random() < 0.3:
            blob = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(24, 60)))).decode()
            key = r.choice(["thumbnail", "image_inline", "swatch_png", "icon"])
            text = self.render(src, segs, field=(key, "data:image/png;base64," + blob))
            return self.add(src, "hard-benign-encoded", text, False)
        text = self.render(src, segs)
        return self.add(src, "benign", text, False)

    def build(self):
        s = self.s
        n, n_inj = s["n"], s["n_inj"]
        n_ben = n - n_inj
        hard_target = s.get("hard_target", int(n_ben * 0.58 + 0.999))
        # stand-alone texts first
        inj_rows = 0
        for fam, src, text, payload in s.get("inj_full", []):
            if inj_rows >= n_inj:
                break
            if self.add(src, fam, text, True, payload):
                inj_rows += 1
        hard_rows = 0
        for fam, src, text in s.get("hard_full", []):
            if hard_rows >= n_ben:
                break
            if self.add(src, fam, text, False):
                hard_rows += 1
        tries = 0
        while inj_rows < n_inj:
            tries += 1
            if tries > 20000:
                raise RuntimeError("cannot fill injections for " + self.lang)
            if self.make_injection():
                inj_rows += 1
        plain_target = n_ben - max(hard_target, hard_rows)
        ben_plain = 0
        tries = 0
        # plain benign rows (markup/encoded negatives count as hard)
        while ben_plain + hard_rows < n_ben:
            tries += 1
            if tries > 20000:
                raise RuntimeError("cannot fill benign for " + self.lang)
            if hard_rows < hard_target:
                if self.make_hard():
                    hard_rows += 1
                continue
            if ben_plain < plain_target and self.make_plain():
                fam = self.rows[-1]["family"]
                if fam == "benign":
                    ben_plain += 1
                else:
                    hard_rows += 1
            elif ben_plain >= plain_target:
                if self.make_hard():
                    hard_rows += 1
        return self.rows


DEFAULT_INJ_SOURCES = [("review", 40), ("ticket", 10), ("email", 12), ("feed", 13), ("web", 13), ("tool", 12)]
DEFAULT_BENIGN_SOURCES = [("review", 45), ("ticket", 14), ("email", 12), ("feed", 11), ("web", 10), ("tool", 8)]


def build_rows(spec, rng):
    return Builder(spec, rng).build()
