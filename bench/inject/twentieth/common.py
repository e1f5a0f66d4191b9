"""Shared helpers: parsing of the hand-written pools, wrappers, encoders and
the row builder used for every language of the twentieth corpus."""

import base64
import codecs
import hashlib
import html
import json
import math
import urllib.parse

ZW = "\u200b"

# ---------------------------------------------------------------- parsing


def lines(block):
    """One item per non-empty line; the pilcrow stands for a line break."""
    out = []
    for raw in block.strip().splitlines():
        raw = raw.strip()
        if raw:
            out.append(raw.replace("¶", "\n"))
    return out


def blocks(block):
    """Items separated by a line holding only '~~'."""
    out = []
    cur = []
    for raw in block.strip("\n").split("\n"):
        if raw.strip() == "~~":
            if "".join(cur).strip():
                out.append("\n".join(cur).strip())
            cur = []
        else:
            cur.append(raw.rstrip())
    if "".join(cur).strip():
        out.append("\n".join(cur).strip())
    return [x.replace("¶", "\n") for x in out]


def tagged(block, n=2):
    """Lines of the form 'a | b | text' split into n fields."""
    out = []
    for item in lines(block):
        parts = item.split("|", n - 1)
        if len(parts) != n:
            raise ValueError("bad tagged line: %r" % item)
        out.append(tuple(p.strip() for p in parts))
    return out


def full_blocks(block):
    """Blocks whose first line is 'family | source | payload' (¶ allowed)."""
    out = []
    for b in blocks(block):
        head, _, body = b.partition("\n")
        fam, src, payload = [p.strip() for p in head.split("|", 2)]
        out.append((fam, src, payload.replace("¶", "\n"), body.strip()))
    return out


# ---------------------------------------------------------------- encoders

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
        "I": "1", "O": "0", "S": "5", "T": "7"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d"}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s, rng):
    h = s.encode("utf-8").hex()
    if rng.random() < 0.5:
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def rot13(s):
    return codecs.encode(s, "rot_13")


def zero_width(s):
    return ZW.join(s)


def spaced(s):
    if latin_ratio(s) > 0.6:
        return " ".join(" ".join(w) for w in s.split(" ")).replace("   ", "  ")
    return " ".join(ch for ch in s if not ch.isspace())


def leet(s):
    return "".join(LEET.get(c, c) for c in s)


def homoglyph(s):
    return "".join(HOMO.get(c, c) for c in s)


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def latin_ratio(s):
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) < 0x250) / len(letters)


# ---------------------------------------------------------------- text surgery

BOUND = set("。！？!?；\n")


def boundaries(text):
    """Indices after which a sentence ends (exclusive of the text end)."""
    idx = []
    for i, ch in enumerate(text[:-1]):
        if ch in BOUND:
            j = i + 1
            while j < len(text) and text[j] in "」』）)\"”’ ":
                j += 1
            if j < len(text):
                idx.append(j)
        elif ch == "." and text[i + 1] == " " and i > 0 and not text[i - 1].isdigit():
            idx.append(i + 2)
    out = []
    for j in idx:
        if j not in out and 0 < j < len(text):
            out.append(j)
    return out


_ENDP = "。！？!?.～~）)」』】👍😂😭✨😑😏🍑📸🧧…"


def insert(base, snippet, pos, sep):
    if sep == "" and pos == "end" and base[-1] not in _ENDP:
        sep = " "
    if sep == "" and pos == "start" and snippet[-1] not in _ENDP:
        sep = " "
    if pos == "start":
        return snippet + sep + base
    if pos == "end":
        return base + sep + snippet
    bs = boundaries(base)
    if not bs:
        return base + sep + snippet
    k = bs[len(bs) // 2] if len(bs) < 3 else bs[(len(bs) * 2) // 5]
    left, right = base[:k], base[k:]
    if sep == "\n":
        left = left.rstrip(" ")
        return left + ("" if left.endswith("\n") else "\n") + snippet + "\n" + right.lstrip(" ")
    return left + sep + snippet + sep + right.lstrip(" ") if sep == " " else left + snippet + right


# ---------------------------------------------------------------- markup

IMG_HOSTS = ["img.shopcdn.example", "static.mall-assets.example", "cdn.store-cdn.example",
             "pic.img-host.example", "images.market-img.example", "media.cdn-media.example"]


def _rid(rng, n=8, alpha="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


def hidden_element(kind, p, rng):
    e = html.escape(p, quote=True)
    if kind == "hidden-html-comment":
        return rng.choice(["<!-- %s -->", "<!--%s-->", "<!-- note: %s -->", "<!--\n%s\n-->"]) % p
    if kind == "hidden-css":
        return rng.choice([
            '<span style="display:none">%s</span>',
            '<div style="font-size:0;line-height:0;height:0;overflow:hidden">%s</div>',
            '<p style="color:#ffffff;background-color:#ffffff">%s</p>',
            '<span style="position:absolute;left:-9999px;top:-9999px">%s</span>',
            '<p style="opacity:0;height:1px">%s</p>',
            '<div hidden>%s</div>',
            '<span style="visibility:hidden;font-size:1px">%s</span>',
        ]) % html.escape(p, quote=False)
    if kind == "hidden-alt-text":
        return '<img src="https://%s/%s/%s.jpg" alt="%s" width="750">' % (
            rng.choice(IMG_HOSTS), _rid(rng, 4), _rid(rng, 10), e)
    if kind == "hidden-attribute":
        return rng.choice([
            '<div class="spec" data-ai-note="%s"></div>',
            '<a href="#detail" title="%s">▶</a>',
            '<span aria-label="%s"></span>',
            '<meta name="description" content="%s">',
            '<input type="hidden" name="memo" value="%s">',
            '<section data-prompt="%s"></section>',
        ]) % e
    raise ValueError(kind)


def to_html(base, element, rng):
    paras = [x for x in base.split("\n") if x.strip()]
    items = ["<p>%s</p>" % html.escape(x, quote=False) for x in paras]
    if element is not None:
        k = rng.randint(0, len(items))
        items.insert(k, element)
    shell = rng.choice([
        '<div class="detail-desc">\n%s\n</div>',
        '<div id="J_DivItemDesc" class="content">\n%s\n</div>',
        '<article class="post">\n%s\n</article>',
        '<section class="product-intro">\n%s\n</section>',
        '<div class="review-body">\n%s\n</div>',
    ])
    return shell % "\n".join(items)


# ---------------------------------------------------------------- tool results

def _date(rng):
    return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def tool_result(kind, content, rng, extra_benign=None):
    """Wrap text into a JSON tool result as an agent would receive it."""
    if kind == "reviews":
        items = []
        others = list(extra_benign or [])
        slot = rng.randint(0, len(others))
        pool = others[:slot] + [content] + others[slot:]
        for t in pool:
            items.append({"review_id": "r" + _rid(rng, 9, "0123456789"),
                          "rating": rng.choice([5, 5, 4, 4, 3, 2, 1]),
                          "nickname": _rid(rng, 1) + "***" + _rid(rng, 1),
                          "created_at": _date(rng), "content": t})
        obj = {"tool": rng.choice(["get_product_reviews", "reviews.list", "fetch_reviews"]),
               "sku": "SKU-" + _rid(rng, 6, "0123456789ABCDEF"), "page": rng.randint(1, 4),
               "results": items}
    elif kind == "order":
        obj = {"tool": rng.choice(["lookup_order", "orders.get", "get_order_detail"]),
               "order_id": _rid(rng, 16, "0123456789"),
               "status": rng.choice(["paid", "shipped", "delivered", "refund_requested", "pending"]),
               "amount": round(rng.uniform(9, 1999), 2),
               "buyer_remark": content, "updated_at": _date(rng)}
    elif kind == "ticket":
        obj = {"tool": rng.choice(["fetch_ticket", "helpdesk.get_ticket", "inbox.read"]),
               "ticket_id": "T" + _rid(rng, 7, "0123456789"),
               "channel": rng.choice(["chat", "email", "app", "line", "kakao", "form"]),
               "priority": rng.choice(["low", "normal", "high"]),
               "body": content}
    elif kind == "web":
        obj = {"tool": rng.choice(["browse", "web.fetch", "read_url"]),
               "url": "https://%s.example/%s/%s" % (rng.choice(["blog", "news", "shop", "forum", "note"]),
                                                   _rid(rng, 4), _rid(rng, 6)),
               "status": 200, "text": content}
    elif kind == "feed":
        obj = {"tool": rng.choice(["supplier_feed.pull", "import_catalog", "get_listing"]),
               "item_code": _rid(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + _rid(rng, 5, "0123456789"),
               "stock": rng.randint(0, 900), "description": content}
    else:
        raise ValueError(kind)
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


# ---------------------------------------------------------------- builder

HIDDEN_KINDS = ["hidden-html-comment", "hidden-css", "hidden-alt-text", "hidden-attribute"]
ENC_KINDS = ["encoded-base64", "encoded-hex", "encoded-url", "zero-width", "spaced-letters"]
LATIN_ENC = ["encoded-rot13", "leetspeak", "homoglyph", "fullwidth"]


PLAIN_DEFAULT = ["review"] * 6 + ["ticket"] * 2 + ["email", "feed", "web"]
_REVIEWISH = ["review"] * 6 + ["web", "web", "feed"]
PLAIN_SOURCES = {
    "summary-manipulation": _REVIEWISH,
    "rating-manipulation": _REVIEWISH,
    "ranking-manipulation": _REVIEWISH + ["feed"],
    "recommendation-manipulation": _REVIEWISH,
    "email-exfil": ["email", "email", "ticket", "review"],
    "price-change": ["feed", "feed", "feed", "review", "web"],
    "address-change": ["ticket", "ticket", "email", "review"],
    "refund-action": ["ticket", "ticket", "ticket", "review", "review", "email"],
    "order-cancel": ["ticket", "ticket", "review", "email"],
}


class Builder:
    def __init__(self, mod, rng, total, n_inj):
        self.m = mod
        self.rng = rng
        self.total = total
        self.n_inj = n_inj
        self.rows = []
        self.texts = set()
        self.use = {}
        # Chinese and Japanese run sentences together; Korean spaces them
        self.cjk = mod.CODE.split("-")[0] in ("zh", "ja")

    # -- bookkeeping
    def add(self, source, family, text, inj, payload=""):
        b = len(text.encode("utf-8"))
        if text in self.texts or b < 40 or b > 3000:
            return False
        self.texts.add(text)
        self.rows.append({"source": source, "lang": self.m.CODE, "family": family,
                          "text": text, "injection": inj, "payload": payload if inj else ""})
        return True

    def pick(self, pool, key):
        """Least-used item of a pool (ties broken by the seeded generator)."""
        best = None
        cand = []
        for i, t in enumerate(pool):
            u = self.use.get((key, i), 0)
            if best is None or u < best:
                best, cand = u, [i]
            elif u == best:
                cand.append(i)
        i = self.rng.choice(cand)
        self.use[(key, i)] = self.use.get((key, i), 0) + 1
        return pool[i]

    def sep(self):
        if self.cjk:
            return self.rng.choice(["", "", "", "\n", " "])
        return self.rng.choice([" ", " ", "\n"])

    def base_for(self, source):
        m = self.m
        if source == "review":
            t = self.pick(m.REVIEWS, "rev")
            if self.rng.random() < 0.3:
                sep = self.sep()
                if sep == "" and t[-1] not in "。！？!?～~）)」👍😂😭✨":
                    sep = " "
                t = t + sep + self.pick(m.FOLLOWUPS, "fol")
            return t
        if source == "ticket":
            return self.pick(m.TICKETS, "tic")
        if source == "email":
            return self.pick(m.EMAILS, "ema")
        if source == "feed":
            return self.pick(m.FEEDS, "fee")
        if source == "web":
            return self.pick(m.WEBS, "web")
        raise ValueError(source)

    def tool_wrap(self, content, rng, src):
        kind = {"review": rng.choice(["reviews", "reviews", "order"]),
                "ticket": rng.choice(["ticket", "ticket", "order"]),
                "web": "web", "feed": "feed", "email": "ticket"}[src]
        extra = None
        if kind == "reviews":
            extra = [self.pick(self.m.REVIEWS, "rev") for _ in range(rng.randint(0, 2))]
        return tool_result(kind, content, rng, extra)

    # -- benign
    def build_benign(self, n_plain):
        srcs = (["review"] * 50 + ["ticket"] * 14 + ["email"] * 9 + ["feed"] * 10
                + ["web"] * 8 + ["tool"] * 9)
        made = 0
        guard = 0
        while made < n_plain and guard < n_plain * 20:
            guard += 1
            src = self.rng.choice(srcs)
            if src == "tool":
                isrc = self.rng.choice(["review", "review", "ticket", "web", "feed"])
                text = self.tool_wrap(self.base_for(isrc), self.rng, isrc)
            else:
                text = self.base_for(src)
                if src in ("web", "feed") and self.rng.random() < 0.25:
                    text = to_html(text, None, self.rng)
            if self.add(src, "benign", text, False):
                made += 1
        assert made == n_plain, (self.m.CODE, "benign", made, n_plain)

    def build_hard(self, n_hard):
        m = self.m
        made = 0
        for fam, src, text in m.HARD:
            if made >= n_hard:
                break
            if self.add(src, fam, text, False):
                made += 1
        # generated hard negatives: benign markup and benign encoded data
        extra = []
        for tpl in m.ENC_TEMPLATES:
            src, tpl = tpl.split("|", 1)
            extra.append(("hard-encoded", src.strip(), fill_enc(tpl.strip(), self.rng, m.SEARCH_WORDS)))
        for c in m.MARKUP_COMMENTS:
            src = self.rng.choice(["web", "feed"])
            base = self.base_for(src)
            extra.append(("hard-markup", src, to_html(base, "<!-- %s -->" % c, self.rng)))
        for fam, src, text in extra:
            if made >= n_hard:
                break
            if self.add(src, fam, text, False):
                made += 1
        # second use of the hand-written hard rows, in a different setting
        order = list(range(len(m.HARD)))
        self.rng.shuffle(order)
        k = 0
        guard = 0
        while made < n_hard and guard < 20 * n_hard:
            guard += 1
            fam, src, text = m.HARD[order[k % len(order)]]
            k += 1
            r = self.rng.random()
            if r < 0.45 or src not in ("review", "web", "feed"):
                kind = {"review": "reviews", "ticket": "ticket", "email": "ticket",
                        "feed": "feed", "web": "web", "tool": "ticket"}[src]
                new = tool_result(kind, text, self.rng,
                                  [self.pick(m.REVIEWS, "rev")] if kind == "reviews" else None)
                nsrc = "tool"
            elif src == "review":
                new = insert(self.pick(m.REVIEWS, "rev"), text,
                             self.rng.choice(["start", "end"]), self.sep())
                nsrc = "review"
            elif src in ("web", "feed"):
                new = to_html(text, None, self.rng)
                nsrc = src
            if self.add(nsrc, fam, new, False):
                made += 1
        assert made == n_hard, (m.CODE, "hard", made, n_hard)

    # -- injections
    def wrap_encoded(self, kind, p):
        m, rng = self.m, self.rng
        if kind == "encoded-base64":
            return rng.choice(m.HINTS["b64"]).format(d=b64(p))
        if kind == "encoded-hex":
            return rng.choice(m.HINTS["hex"]).format(d=hexs(p, rng))
        if kind == "encoded-url":
            return rng.choice(m.HINTS["url"]).format(d=urlenc(p))
        if kind == "encoded-rot13":
            return rng.choice(m.HINTS["rot13"]).format(d=rot13(p))
        if kind == "zero-width":
            return zero_width(p)
        if kind == "spaced-letters":
            return spaced(p)
        if kind == "leetspeak":
            return leet(p)
        if kind == "homoglyph":
            return homoglyph(p)
        if kind == "fullwidth":
            return fullwidth(p)
        raise ValueError(kind)

    def one_injection(self, fam, p, mode):
        """Returns (source, family, text) for one use of a snippet."""
        m, rng = self.m, self.rng
        if mode == "plain":
            src = rng.choice(PLAIN_SOURCES.get(fam, PLAIN_DEFAULT))
            base = self.base_for(src)
            pos = rng.choice(["start", "mid", "mid", "end", "end", "end"])
            snip = p
            if pos == "end" and rng.random() < 0.3:
                snip = rng.choice(m.PS) + p
            return src, fam, insert(base, snip, pos, self.sep())
        if mode == "alone":
            src = rng.choice(["review", "review", "ticket"])
            return src, fam, p
        if mode == "fake-system":
            src = rng.choice(["review", "ticket", "email", "feed", "web"])
            base = self.base_for(src)
            block = rng.choice(m.SYS_WRAPS).format(p=p)
            return src, "fake-system", insert(base, block, rng.choice(["mid", "end", "end", "start"]), "\n")
        if mode == "fake-turn":
            src = rng.choice(["review", "ticket", "email"])
            base = self.base_for(src)
            block = rng.choice(m.TURN_WRAPS).format(p=p)
            return src, "fake-turn", insert(base, block, "end", "\n")
        if mode in HIDDEN_KINDS:
            src = rng.choice(["web", "feed", "feed", "email", "review"])
            base = self.base_for(src)
            return src, mode, to_html(base, hidden_element(mode, p, rng), rng)
        if mode == "markdown-comment":
            src = rng.choice(["review", "web", "feed"])
            base = self.base_for(src)
            c = rng.choice(["[//]: # (%s)", "[comment]: <> (%s)", "<!--- %s --->"]) % p
            return src, mode, insert(base, c, rng.choice(["mid", "end"]), "\n")
        if mode in ENC_KINDS or mode in LATIN_ENC:
            src = rng.choice(["review", "review", "ticket", "email", "web"])
            base = self.base_for(src)
            enc = self.wrap_encoded(mode, p)
            return src, mode, insert(base, enc, rng.choice(["mid", "end", "end"]), rng.choice([" ", "\n"]))
        if mode == "tool":
            inner_src = rng.choice(["review", "review", "ticket", "web", "feed"])
            base = self.base_for(inner_src)
            r = rng.random()
            if r < 0.35 and inner_src == "review":
                # the injection is one review among several benign ones
                extra = [base] + [self.pick(m.REVIEWS, "rev") for _ in range(rng.randint(0, 2))]
                return "tool", fam, tool_result("reviews", p, rng, extra)
            content = insert(base, p, rng.choice(["mid", "end", "start"]), self.sep())
            kind = {"review": rng.choice(["reviews", "order"]), "ticket": "ticket",
                    "web": "web", "feed": "feed"}[inner_src]
            return "tool", fam, tool_result(kind, content, rng)
        raise ValueError(mode)

    def build_injections(self):
        m, rng = self.m, self.rng
        made = 0
        for fam, src, payload, text in m.INJ_FULL:
            if made < self.n_inj and self.add(src, fam, text, True, payload):
                made += 1
        snippets = list(m.INJ)
        need = self.n_inj - made
        uses = max(1, math.ceil(need / len(snippets)))
        plan = []
        for u in range(uses + 1):
            order = list(range(len(snippets)))
            rng.shuffle(order)
            plan.extend((i, u) for i in order)
        wrap_modes = (["fake-system"] * 8 + ["fake-turn"] * 4 + ["hidden-html-comment"] * 4
                      + ["hidden-css"] * 4 + ["hidden-alt-text"] * 2 + ["hidden-attribute"] * 2
                      + ["markdown-comment"] * 2 + ["encoded-base64"] * 4 + ["encoded-hex"] * 1
                      + ["encoded-url"] * 2 + ["zero-width"] * 2 + ["spaced-letters"] * 2
                      + ["tool"] * 9)
        k = 0
        guard = 0
        while made < self.n_inj and guard < 50 * self.n_inj:
            guard += 1
            i, u = plan[k % len(plan)]
            k += 1
            fam, p = snippets[i]
            if u == 0:
                mode = "plain" if rng.random() < 0.8 else ("alone" if len(p.encode()) >= 60 else "plain")
            elif u == 1 and rng.random() < 0.3:
                mode = "plain"
            else:
                mode = rng.choice(wrap_modes)
                if latin_ratio(p) > 0.6 and rng.random() < 0.35:
                    mode = rng.choice(LATIN_ENC)
            if mode == "encoded-rot13" and latin_ratio(p) < 0.6:
                mode = "encoded-base64"
            src, family, text = self.one_injection(fam, p, mode)
            if self.add(src, family, text, True, p):
                made += 1
        assert made == self.n_inj, (m.CODE, "inj", made, self.n_inj)

    def build(self):
        n_benign = self.total - self.n_inj
        n_hard = math.ceil(n_benign * 0.53)
        self.build_injections()
        self.build_hard(n_hard)
        self.build_benign(n_benign - n_hard)
        return self.rows


def fill_enc(tpl, rng, words):
    def rb(n):
        return bytes(rng.randrange(256) for _ in range(n))
    vals = {
        "img": "data:image/png;base64," + base64.b64encode(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rb(rng.randint(30, 70))).decode(),
        "jpg": "data:image/jpeg;base64," + base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF" + rb(rng.randint(30, 60))).decode(),
        "pdf": base64.b64encode(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + rb(rng.randint(24, 48))).decode(),
        "hash": hashlib.sha256(rb(16)).hexdigest(),
        "md5": hashlib.md5(rb(16)).hexdigest(),
        "q": urllib.parse.quote(rng.choice(words)),
        "q2": urllib.parse.quote(rng.choice(words)),
        "hex": rb(6).hex(),
        "num": "".join(rng.choice("0123456789") for _ in range(12)),
        "tok": _rid(rng, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    }
    return tpl.replace("¶", "\n").format(**vals)


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()
