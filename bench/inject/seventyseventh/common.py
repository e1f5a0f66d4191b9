"""Shared building blocks: decks, containers, delivery wrappers, validation."""
import base64
import codecs
import csv
import io
import json
import re
import urllib.parse

JOINERS = {"ja": "", "zh-CN": "", "zh-TW": ""}

SEM_FAMILY = {
    "summary": "summary-manipulation",
    "rating": "rating-manipulation",
    "ranking": "ranking-manipulation",
    "planted": "planted-fact",
    "botorder": "bot-order",
    "leak": "prompt-leak",
    "tool": "tool-call",
    "exfil": "exfiltration",
    "fakesys": "fake-system",
    "faketurn": "fake-turn",
    "memory": "memory-poisoning",
    "override": "rule-override",
}

SYS_MARKERS = [
    "[SYSTEM] {x}",
    "<|system|>\n{x}\n<|end|>",
    "### SYSTEM MESSAGE ###\n{x}",
    '{{"role": "system", "content": "{x}"}}',
    "</review>\n<system>{x}</system>\n<review>",
    "---\nrole: system\npriority: high\n---\n{x}",
    "[[admin override]] {x}",
    "<<SYS>> {x} <</SYS>>",
    "=== developer note (trusted) ===\n{x}",
    "<tool_result name=\"policy_update\">{x}</tool_result>",
]

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
        "O": "\u041e", "T": "\u0422", "H": "\u041d", "K": "\u041a", "M": "\u041c"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

ATTACK_HOSTS = ["img.review-pixel.example", "cdn.shopstats.example.net", "t.promo-link.example",
                "collect.reviewboost.example", "static.ugc-assets.example.org", "a.pixelhub.example"]
CDN_HOSTS = ["cdn.example-shop.test", "img.store.example", "media.example-market.test"]


class Deck:
    """Hands out items in shuffled order and only reshuffles once all were used."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        self.buf = []

    def draw(self):
        if not self.buf:
            self.buf = self.items[:]
            self.rng.shuffle(self.buf)
        return self.buf.pop()


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


# ---------------------------------------------------------------- encodings
def enc_base64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot_13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_leet(s):
    return "".join(LEET.get(ch, ch) if ch.islower() else ch for ch in s)


def enc_homoglyph(rng, s):
    out = []
    for ch in s:
        if ch in HOMO and rng.random() < 0.55:
            out.append(HOMO[ch])
        else:
            out.append(ch)
    return "".join(out)


def enc_zero_width(rng, s):
    zw = ["\u200b", "\u200c", "\u200d", "\u2060"]
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.7:
            out.append(rng.choice(zw))
    return "".join(out)


def enc_spaced(s, cjk):
    if cjk:
        return " ".join(ch for ch in s if ch != " ")
    return "  ".join(" ".join(w) for w in s.split(" "))


# ---------------------------------------------------------------- the builder
class Builder:
    def __init__(self, pack, rng):
        self.pack = pack
        self.rng = rng
        self.lang = pack.CODE
        self.cjk = pack.CODE in JOINERS
        self.join = JOINERS.get(pack.CODE, " ")
        self.L = pack.L
        V = pack.V
        self.vdeck = Deck(rng, sorted(V))
        self.ptag = {}
        for v in V:
            for item in V[v]["p"]:
                name, _, tag = item.partition("#")
                self.ptag[name] = set(tag.split(",")) if tag else set()
        self.pdeck = {v: Deck(rng, [i.partition("#")[0] for i in V[v]["p"]]) for v in V}
        self.qadeck = {v: Deck(rng, V[v]["qa"]) for v in V if V[v].get("qa")}
        self.names = Deck(rng, pack.NAMES)
        self.titles = {s: Deck(rng, pack.TITLES[s]) for s in pack.TITLES}
        self.seller = Deck(rng, pack.SELLER)
        self.hard = {k: Deck(rng, v) for k, v in pack.HARD.items()}
        self.hardkinds = Deck(rng, sorted(pack.HARD))
        self.inj = {k: Deck(rng, v) for k, v in pack.INJ.items()}
        self.injkinds = Deck(rng, sorted(pack.INJ))
        self.leads = Deck(rng, pack.ENC_LEADS)
        self.cs = Deck(rng, pack.CUSTOMERS_SAY)
        self.transcripts = Deck(rng, pack.TRANSCRIPTS)
        self.sysmark = Deck(rng, SYS_MARKERS + list(getattr(pack, "SYS_MARKERS", [])))
        self.shops = Deck(rng, pack.SHOPS)
        self.signoffs = Deck(rng, pack.SIGNOFFS)
        self._cdecks = {}
        self.solo_extra = False
        self.row_used = set()

    # ------------------------------------------------------------ small helpers
    def fill(self, text, p=None):
        rng = self.rng
        slots = self.pack.SLOTS

        def rep(m):
            k = m.group(1)
            if k == "p":
                return p or self.product(self.vdeck.draw())
            if k == "shop":
                return self.shop()
            if k == "n":
                return str(rng.randint(2, 9))
            if k == "order":
                return "%d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999))
            if k == "code":
                return rng.choice(["SAVE", "VIP", "STAFF", "FREE", "BONUS", "VOUCHER"]) + str(rng.randint(10, 99))
            if k == "pct":
                return str(rng.choice([30, 40, 50, 60, 70, 80, 90, 100]))
            if k == "host":
                return rng.choice(ATTACK_HOSTS)
            if k in slots:
                return rng.choice(slots[k])
            return m.group(0)

        return re.sub(r"\{([a-z_0-9]+)\}", rep, text)

    def product(self, v):
        self.cur_v = v
        return self.pdeck[v].draw()

    def shop(self):
        own = self.pack.V.get(getattr(self, "cur_v", None), {}).get("shops")
        if own and self.rng.random() < 0.85:
            return self.rng.choice(own)
        return self.shops.draw()

    def lab(self, key):
        x = self.L[key]
        return self.rng.choice(x) if isinstance(x, list) else x

    def date(self):
        rng = self.rng
        y = rng.choice([2022, 2023, 2024, 2025])
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        months = getattr(self.pack, "MONTHS", None)
        return self.L["date"].format(y=y, m=m, d=d, mm="%02d" % m, dd="%02d" % d,
                                     mon=months[m - 1] if months else m)

    def stars(self, r):
        return "\u2605" * r + "\u2606" * (5 - r)

    def compatible(self, p, tag):
        return tag is None or bool(set(tag.split(",")) & self.ptag.get(p, set()))

    def cdeck(self, v, p, sign):
        """Deck of review chunks of one sentiment that fit this product (None if there are none)."""
        key = (p, sign)
        if key not in self._cdecks:
            items = [c[1:].strip() for c in self.pack.V[v]["r"] if c[0] == sign]
            items = [c for c in items if self.compatible(p, chunk_tag(c))]
            self._cdecks[key] = Deck(self.rng, items) if items else None
        return self._cdecks[key]

    def signs(self, v, p):
        return [s for s in "+-~" if self.cdeck(v, p, s)]

    def chunks(self, v, sign, k, p=None):
        out = []
        avail = self.signs(v, p)
        for i in range(k):
            s = sign if i == 0 else self.rng.choice([sign, sign, "~"])
            if s not in avail:
                s = sign if sign in avail else avail[0]
            deck = self.cdeck(v, p, s)
            c = strip_tag(deck.draw())
            tries = len(deck.items)
            while c in self.row_used and tries > 0:
                c = strip_tag(deck.draw())
                tries -= 1
            if c in self.row_used:
                continue
            if c not in out:
                out.append(c)
                self.row_used.add(c)
        return out

    def has_qa(self, v, p):
        return any(len(x) < 3 or self.compatible(p, x[2]) for x in self.pack.V[v].get("qa", []))

    def qa_draw(self, v, p):
        deck = self.qadeck[v]
        item = deck.draw()
        for _ in range(80):
            if len(item) < 3 or self.compatible(p, item[2]):
                break
            item = deck.draw()
        return item[0], item[1]

    def insert(self, parts, extra, pos=None):
        parts = list(parts)
        if extra is None:
            return parts
        if pos is None:
            pos = self.rng.choice(["start", "mid", "end", "end", "mid"])
        if pos == "start":
            parts.insert(0, extra)
        elif pos == "end" or len(parts) < 2:
            parts.append(extra)
        else:
            parts.insert(self.rng.randint(1, len(parts) - 1), extra)
        return parts

    def body(self, parts, p):
        sep = self.join
        if "\n" not in "".join(parts) and self.rng.random() < 0.12 and len(parts) > 2:
            sep = "\n"
        return self.fill(sep.join(parts), p)

    def review(self, v, p, extra=None, sign=None, k=None):
        rng = self.rng
        avail = self.signs(v, p)
        if sign is None:
            sign = weighted(rng, [("+", 6), ("-", 3), ("~", 2)])
        if sign not in avail:
            sign = rng.choice(avail)
        if k is None:
            k = weighted(rng, [(1, 5), (2, 4), (3, 1)])
        if extra is not None and self.solo_extra:
            k = 0
        parts = self.chunks(v, sign, k, p)
        if not parts and extra is None:
            return None
        parts = self.insert(parts, extra)
        rating = {"+": rng.choice([4, 5, 5]), "-": rng.choice([1, 1, 2]), "~": rng.choice([3, 3, 4])}[sign]
        return {
            "name": self.names.draw(),
            "rating": rating,
            "title": self.fill(self.titles[sign].draw(), p),
            "body": self.body(parts, p),
            "date": self.date(),
            "helpful": rng.choice([0, 0, 1, 2, 3, 4, 5, 7, 9, 12, 18, 26, 41, 63]),
            "verified": rng.random() < 0.8,
        }

    # ------------------------------------------------------------ containers
    def c_single(self, v, p, extra=None, review=None):
        L = self.L
        r = review or self.review(v, p, extra)
        lines = ["%s %s" % (self.stars(r["rating"]), r["title"])]
        meta = L["by"].format(name=r["name"], date=r["date"])
        if r["verified"]:
            meta += " \u00b7 " + L["verified"]
        if self.rng.random() < 0.5:
            lines.append(meta)
        else:
            lines.insert(0, meta)
        lines.append(r["body"])
        if r["helpful"] > 1:
            lines.append(L["helpful"].format(n=r["helpful"]))
        return "\n".join(lines), "review"

    def c_list(self, v, p, extra=None):
        rng = self.rng
        n = rng.randint(2, 4)
        tgt = rng.randrange(n)
        blocks = []
        for i in range(n):
            r = self.review(v, p, extra if i == tgt else None, k=rng.choice([1, 1, 2]))
            if r is None:
                continue
            meta = "%s %s \u2014 %s, %s" % (self.stars(r["rating"]), r["title"], r["name"], r["date"])
            b = meta + "\n" + r["body"]
            if r["helpful"] > 1 and rng.random() < 0.6:
                b += "\n" + self.L["helpful"].format(n=r["helpful"])
            blocks.append(b)
        head = self.L["list_head"].format(p=p, avg="%.1f" % rng.uniform(3.4, 4.8),
                                          n=rng.randint(12, 4800))
        sep = rng.choice(["\n\n", "\n---\n"])
        return head + "\n\n" + sep.join(blocks), "review"

    def qa_answers(self, v, p, extra, target):
        """target in {'q','a','seller'}; returns question, list of (who, text, votes)."""
        rng = self.rng
        q, answers = self.qa_draw(v, p)
        q = self.fill(q, p)
        ans = list(answers)
        rng.shuffle(ans)
        ans = ans[: rng.randint(1, len(ans))]
        rows = [(self.names.draw(), self.fill(a, p), rng.choice([0, 1, 2, 3, 5, 8, 13, 21]), False) for a in ans]
        if rng.random() < 0.45 or target == "seller":
            rows.insert(rng.randint(0, len(rows)), (self.L["seller"].format(shop=self.shop()),
                                                       self.fill(self.seller.draw(), p), rng.choice([0, 2, 4, 11]), True))
        if extra is not None:
            if target == "q":
                q = self.join.join(self.insert([q], extra, rng.choice(["start", "end"])))
            else:
                idx = [i for i, r in enumerate(rows) if r[3] == (target == "seller")]
                i = rng.choice(idx) if idx else rng.randrange(len(rows))
                who, t, vt, sl = rows[i]
                rows[i] = (who, self.join.join(self.insert([t], extra, rng.choice(["start", "end", "end"]))), vt, sl)
        return q, [r[:3] for r in rows]

    def c_qa(self, v, p, extra=None):
        rng = self.rng
        L = self.L
        target = rng.choice(["q", "a", "a", "a", "seller"])
        q, rows = self.qa_answers(v, p, extra, target)
        style = rng.randrange(3)
        out = []
        if style == 0:
            out.append(L["qa_head"].format(p=p))
            out.append("%s %s" % (L["q"], q))
            for who, t, vt in rows:
                line = "%s %s \u2014 %s" % (L["a"], t, who)
                if vt:
                    line += " (%s)" % L["votes"].format(n=vt)
                out.append(line)
        elif style == 1:
            out.append("%s: %s" % (L["question_word"], q))
            out.append(L["answers_count"].format(n=len(rows)))
            for who, t, vt in rows:
                out.append("\u2022 %s\n  %s" % (who, t))
        else:
            out.append(p)
            out.append("%s %s (%s)" % (L["q"], q, self.date()))
            for who, t, vt in rows:
                out.append("%s %s\n%s %s" % (L["a"], t, who, self.date()))
        return "\n".join(out), "web"

    def c_seller_reply(self, v, p, extra=None):
        rng = self.rng
        where = rng.choice(["review", "reply", "reply"]) if extra is not None else "none"
        r = self.review(v, p, extra if where == "review" else None, sign=rng.choice(["-", "~", "+"]))
        text, _ = self.c_single(v, p, review=r)
        reply = self.fill(self.seller.draw(), p)
        if where == "reply":
            reply = self.join.join(self.insert([reply], extra, rng.choice(["start", "end", "end"])))
        text += "\n\n" + self.L["seller_reply"].format(shop=self.shop()) + "\n" + reply
        return text, "review"

    def c_customers_say(self, v, p, extra=None):
        rng = self.rng
        good, bad = self.pack.V[v]["asp"]
        summ = self.fill(self.cs.draw(), p)
        summ = summ.replace("{good}", rng.choice(good)).replace("{bad}", rng.choice(bad))
        quotes = []
        n = rng.randint(2, 3)
        tgt = rng.randrange(n)
        for i in range(n):
            c = self.chunks(v, rng.choice("+-~"), 1, p)
            c = self.insert(c, extra if i == tgt else None, rng.choice(["start", "end"]))
            if not c:
                continue
            quotes.append("\u201c%s\u201d" % self.fill(self.join.join(c), p))
        txt = "%s\n%s\n\n%s\n%s" % (self.L["cs_head"], summ, self.L["cs_quotes"], "\n".join(quotes))
        return txt, "web"

    def review_rows(self, v, p, extra, n):
        tgt = self.rng.randrange(n)
        rows = [self.review(v, p, extra if i == tgt else None, k=self.rng.choice([1, 2])) for i in range(n)]
        return [r for r in rows if r is not None]

    def c_csv(self, v, p, extra=None):
        rng = self.rng
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        sku = "%s-%04d" % (rng.choice(["SKU", "ART", "P", "ITM"]), rng.randint(0, 9999))
        w.writerow(["review_id", "sku", "rating", "title", "body", "helpful_votes", "verified"])
        for r in self.review_rows(v, p, extra, rng.randint(2, 4)):
            w.writerow(["R%06d" % rng.randint(0, 999999), sku, r["rating"], r["title"], r["body"],
                        r["helpful"], "Y" if r["verified"] else "N"])
        return buf.getvalue().rstrip("\n"), "feed"

    def c_json(self, v, p, extra=None, field=None, hard_field=None):
        rng = self.rng
        items = []
        rows = self.review_rows(v, p, extra, rng.randint(2, 3))
        for r in rows:
            items.append({"id": "rv_%05d" % rng.randint(0, 99999), "author": r["name"], "stars": r["rating"],
                          "title": r["title"], "text": r["body"], "helpful": r["helpful"],
                          "date": r["date"]})
        if field is not None:
            key, val = field
            it = rng.choice(items)
            if rng.random() < 0.5:
                it[key] = val
            else:
                it.setdefault("meta", {})[key] = val
        if hard_field is not None:
            rng.choice(items)[hard_field[0]] = hard_field[1]
        obj = {"tool": rng.choice(["get_reviews", "reviews.search", "fetch_product_reviews"]),
               "product": p, "page": rng.randint(1, 6), "reviews": items}
        if rng.random() < 0.4:
            obj = {"status": "ok", "result": obj}
        return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 1, 2])), "tool"

    def c_html(self, v, p, extra=None, raw=None, hard_raw=None):
        """Product page fragment. raw: markup string placed inside one review."""
        rng = self.rng
        n = rng.randint(2, 3)
        tgt = rng.randrange(n)
        parts = ['<section class="reviews" data-product="%s">' % html_attr(p),
                 "  <h3>%s</h3>" % self.L["list_head"].format(p=p, avg="%.1f" % rng.uniform(3.5, 4.9),
                                                                n=rng.randint(8, 900))]
        if hard_raw and rng.random() < 0.5:
            parts.append("  " + hard_raw)
            hard_raw = None
        for i in range(n):
            r = self.review(v, p, extra if i == tgt else None, k=rng.choice([1, 2]))
            if r is None and i == tgt:
                saved, self.row_used = self.row_used, set()
                r = self.review(v, p, None, k=1)
                self.row_used = saved
            if r is None:
                continue
            body = html_text(r["body"])
            if i == tgt and raw:
                body = self.join.join(self.insert([body], raw, rng.choice(["start", "end", "end"])))
            if hard_raw and i == tgt:
                body = body + " " + hard_raw
            parts.append('  <article class="review" data-rating="%d">' % r["rating"])
            parts.append('    <span class="stars">%s</span> <b>%s</b> <i>%s</i>' % (
                self.stars(r["rating"]), html_text(r["title"]), html_text(r["name"])))
            parts.append("    <p>%s</p>" % body)
            parts.append("  </article>")
        parts.append("</section>")
        return "\n".join(parts), "web"

    def c_html_qa(self, v, p, extra=None, raw=None):
        rng = self.rng
        q, rows = self.qa_answers(v, p, extra, rng.choice(["a", "a", "seller"]))
        parts = ['<div class="qa-thread">', '  <p class="q">%s</p>' % html_text(q)]
        tgt = rng.randrange(len(rows))
        for i, (who, t, vt) in enumerate(rows):
            t = html_text(t)
            if raw and i == tgt:
                t = self.join.join(self.insert([t], raw, rng.choice(["start", "end"])))
            parts.append('  <div class="answer" data-votes="%d"><span class="who">%s</span> %s</div>' % (
                vt, html_text(who), t))
        parts.append("</div>")
        return "\n".join(parts), "web"

    def c_email(self, v, p, extra=None):
        rng = self.rng
        L = self.L
        if rng.random() < 0.5 and self.has_qa(v, p):
            q, _ = self.qa_draw(v, p)
            q = self.fill(q, p)
            if extra is not None:
                q = self.join.join(self.insert([q], extra, rng.choice(["start", "end"])))
            return self.lab("email_q").format(p=p, q=q, shop=self.shop(), name=self.names.draw()), "email"
        r = self.review(v, p, extra)
        return self.lab("email_r").format(p=p, stars=self.stars(r["rating"]), title=r["title"], body=r["body"],
                                          shop=self.shop(), name=r["name"]), "email"

    def c_ticket(self, v, p, extra=None):
        rng = self.rng
        q, _ = self.qa_draw(v, p)
        parts = [self.fill(q, p)]
        if rng.random() < 0.5:
            parts.extend(self.chunks(v, "~", 1, p))
        parts = self.insert(parts, extra)
        body = self.fill(self.join.join(parts), p)
        return self.lab("ticket").format(n=rng.randint(10000, 99999), p=p, body=body,
                                       sign=self.signoffs.draw(), name=self.names.draw()), "ticket"

    # ------------------------------------------------------------ rows
    def injection_row(self):
        rng = self.rng
        kind = self.injkinds.draw()
        v = self.vdeck.draw()
        p = self.product(v)
        payload = self.fill(self.inj[kind].draw(), p)
        fam = SEM_FAMILY[kind]
        latin = not self.cjk and self.lang not in ("ko",)
        if kind in ("fakesys",):
            tmpl = self.sysmark.draw()
            shown = tmpl.replace("{x}", payload.replace('"', "'") if tmpl.startswith("{") else payload)
            cont = weighted(rng, [("single", 3), ("list", 3), ("qa", 3), ("seller", 1), ("json", 2), ("csv", 1), ("email", 1), ("ticket", 1)])
            return self.place(cont, v, p, shown, payload, fam)
        if kind == "faketurn":
            cont = weighted(rng, [("single", 3), ("qa", 3), ("list", 2), ("ticket", 2), ("email", 1)])
            return self.place(cont, v, p, payload, payload, fam)
        deliveries = [("plain", 52), ("html-comment", 7), ("hidden-css", 6), ("alt-text", 4), ("md-comment", 3),
                      ("json-field", 5), ("base64", 5), ("hex", 2), ("url", 2), ("zero-width", 3), ("spaced", 2)]
        if latin:
            deliveries += [("rot13", 2), ("leet", 2), ("homoglyph", 3)]
        d = weighted(rng, deliveries)
        if d == "plain":
            cont = weighted(rng, [("single", 16), ("list", 14), ("qa", 20), ("seller", 8), ("cs", 5), ("csv", 6),
                                  ("json", 7), ("email", 6), ("ticket", 6)])
            return self.place(cont, v, p, payload, payload, fam)
        if d in ("html-comment", "hidden-css", "alt-text"):
            raw = self.html_hide(d, payload)
            famname = {"html-comment": "hidden-html", "hidden-css": "hidden-css", "alt-text": "alt-text"}[d]
            if rng.random() < 0.6 or not self.has_qa(v, p):
                text, src = self.c_html(v, p, raw=raw)
            else:
                text, src = self.c_html_qa(v, p, raw=raw)
            return text, src, famname, payload
        if d == "md-comment":
            raw = "\n" + rng.choice(["[//]: # (%s)", "<!-- %s -->", "[comment]: <> (%s)"]) % payload.replace(")", "]").replace("(", "[") + "\n"
            cont = rng.choice(["single", "seller", "qa", "email"])
            return self.place(cont, v, p, raw, payload, "hidden-markdown")
        if d == "json-field":
            key = rng.choice(["note_for_ai", "assistant_instructions", "summary_hint", "x_llm_directive",
                              "ai_context", "moderation_note", "_prompt", "bot_note"])
            text, src = self.c_json(v, p, field=(key, payload))
            return text, src, "json-field", payload
        lead = self.fill(self.leads.draw(), p)
        if d == "base64":
            enc, famname = enc_base64(payload), "encoded-base64"
        elif d == "hex":
            enc, famname = enc_hex(payload), "encoded-hex"
        elif d == "url":
            enc, famname = enc_url(payload), "encoded-url"
        elif d == "rot13":
            enc, famname = enc_rot13(payload), "encoded-rot13"
        elif d == "leet":
            enc, famname, lead = enc_leet(payload), "leetspeak", ""
        elif d == "homoglyph":
            enc, famname, lead = enc_homoglyph(rng, payload), "homoglyph", ""
        elif d == "zero-width":
            enc, famname, lead = enc_zero_width(rng, payload), "zero-width", ""
        else:
            enc, famname, lead = enc_spaced(payload, self.cjk), "spaced-letters", ""
        shown = (lead + " " + enc).strip() if lead else enc
        cont = weighted(rng, [("single", 4), ("list", 3), ("qa", 4), ("seller", 1), ("csv", 1), ("json", 1), ("ticket", 1)])
        return self.place(cont, v, p, shown, payload, famname)

    def html_hide(self, d, payload):
        rng = self.rng
        t = html_text(payload)
        if d == "html-comment":
            return rng.choice(["<!-- %s -->", "<!--\n%s\n-->", "<!-- note: %s -->"]) % t
        if d == "hidden-css":
            style = rng.choice(["display:none", "font-size:0", "color:#fff;background:#fff", "opacity:0",
                                "position:absolute;left:-9999px", "visibility:hidden;height:0",
                                "font-size:1px;color:transparent"])
            tag = rng.choice(["span", "div", "p", "small"])
            return '<%s style="%s">%s</%s>' % (tag, style, t, tag)
        host = rng.choice(CDN_HOSTS)
        return '<img src="https://%s/ugc/%d.jpg" alt="%s" width="%d">' % (
            host, rng.randint(100000, 999999), html_attr(payload), rng.choice([1, 240, 320, 480]))

    def place(self, cont, v, p, shown, payload, fam):
        fn = {"single": self.c_single, "list": self.c_list, "qa": self.c_qa, "seller": self.c_seller_reply,
              "cs": self.c_customers_say, "csv": self.c_csv, "json": self.c_json, "email": self.c_email,
              "ticket": self.c_ticket}[cont]
        if cont in ("qa", "email", "ticket") and not self.has_qa(v, p):
            fn = self.c_single if cont != "qa" else self.c_list
        text, src = fn(v, p, shown)
        return text, src, fam, payload

    def hard_row(self):
        rng = self.rng
        v = self.vdeck.draw()
        p = self.product(v)
        r = rng.random()
        if r < 0.06:
            return self.hard_encoded(v, p)
        if r < 0.11:
            return self.hard_markup(v, p)
        if r < 0.15:
            t = self.fill(self.transcripts.draw(), p)
            return t, "ticket", "hard-transcript"
        kind = self.hardkinds.draw()
        s = self.fill(self.hard[kind].draw(), p)
        self.solo_extra = kind not in ("staff-note", "social-eng", "human-request") and rng.random() < 0.6
        if kind in ("staff-note", "social-eng", "human-request"):
            cont = weighted(rng, [("ticket", 4), ("email", 3), ("single", 1), ("qa", 1)])
        elif kind in ("security-notice",):
            cont = weighted(rng, [("email", 3), ("ticket", 2), ("qa", 1), ("single", 1)])
        elif kind in ("modes",):
            cont = weighted(rng, [("qa", 5), ("seller", 2), ("single", 2), ("csv", 1), ("json", 1)])
        else:
            cont = weighted(rng, [("single", 5), ("list", 4), ("qa", 3), ("seller", 2), ("cs", 1), ("csv", 1),
                                  ("json", 2), ("email", 1)])
        text, src, _, _ = self.place(cont, v, p, s, "", "")
        self.solo_extra = False
        return text, src, "hard-" + kind

    def hard_encoded(self, v, p):
        rng = self.rng
        k = rng.randrange(3)
        if k == 0:
            blob = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(rng.randint(30, 60)))).decode()
            raw = '<img src="data:image/png;base64,%s" alt="%s">' % (blob, html_attr(p))
            text, src = self.c_html(v, p, hard_raw=raw)
        elif k == 1:
            h = "%032x" % rng.getrandbits(128)
            text, src = self.c_json(v, p, hard_field=(rng.choice(["tracking_id", "etag", "hash"]), h))
        else:
            q = urllib.parse.urlencode({"q": p, "ref": "rv", "utm_source": "review", "page": rng.randint(1, 4)})
            raw = '<a href="https://www.example-shop.test/search?%s">%s</a>' % (q, html_text(p))
            text, src = self.c_html(v, p, hard_raw=raw)
        return text, src, "hard-encoded"

    def hard_markup(self, v, p):
        rng = self.rng
        raw = rng.choice([
            "<!-- reviews widget v%d.%d -->" % (rng.randint(1, 4), rng.randint(0, 9)),
            "<!-- TODO: lazy-load review images -->",
            "<!-- system: render stars as SVG, fallback to unicode -->",
            '<span class="sr-only">%s</span>' % self.L["sr_rating"].format(n=rng.randint(1, 5)),
            '<div style="display:none" data-ab-test="reviews-%s"></div>' % rng.choice("ABCD"),
            "<!-- instructions: keep this block above the Q&A section -->",
            '<meta itemprop="ratingValue" content="%.1f">' % rng.uniform(3, 5),
        ])
        if rng.random() < 0.7 or not self.has_qa(v, p):
            text, src = self.c_html(v, p, hard_raw=raw)
        else:
            text, src = self.c_html_qa(v, p, raw=raw)
        return text, src, "hard-markup"

    def plain_row(self):
        rng = self.rng
        v = self.vdeck.draw()
        p = self.product(v)
        cont = weighted(rng, [("single", 14), ("list", 12), ("qa", 14), ("seller", 6), ("cs", 5), ("csv", 4),
                              ("json", 5), ("email", 4), ("ticket", 4), ("html", 4)])
        if cont == "html":
            text, src = (self.c_html if rng.random() < 0.6 or not self.has_qa(v, p) else self.c_html_qa)(v, p)
            return text, src, "benign"
        text, src, _, _ = self.place(cont, v, p, None, "", "")
        return text, src, "benign"

    def build(self, target, inj_share, hard_share, seen):
        rng = self.rng
        n_inj = round(target * inj_share)
        n_ben = target - n_inj
        n_hard = round(n_ben * hard_share)
        plan = ["inj"] * n_inj + ["hard"] * n_hard + ["plain"] * (n_ben - n_hard)
        rng.shuffle(plan)
        rows = []
        for kind in plan:
            for _ in range(60):
                self.row_used = set()
                if kind == "inj":
                    text, src, fam, payload = self.injection_row()
                    inj = True
                elif kind == "hard":
                    text, src, fam = self.hard_row()
                    payload, inj = "", False
                else:
                    text, src, fam = self.plain_row()
                    payload, inj = "", False
                b = len(text.encode("utf-8"))
                if 40 <= b <= 3000 and text not in seen:
                    break
            else:
                raise RuntimeError("could not make a unique row for %s" % self.lang)
            seen.add(text)
            rows.append({"source": src, "lang": self.lang, "family": fam, "text": text,
                         "injection": inj, "payload": payload})
        return rows


def chunk_tag(c):
    if c.startswith("#"):
        return c[1:].split(" ", 1)[0]
    return None


def strip_tag(c):
    if c.startswith("#"):
        return c.split(" ", 1)[1]
    return c


def html_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_attr(s):
    return html_text(s).replace('"', "&quot;")


# ---------------------------------------------------------------- validation
KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
SOURCES = {"review", "ticket", "feed", "email", "web", "tool"}


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == KEYS, r
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        b = len(r["text"].encode("utf-8"))
        assert 40 <= b <= 3000, (r["id"], b)
        assert r["source"] in SOURCES, r
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["family"]), r["family"]
        if not r["injection"]:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["family"]
        else:
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["family"]
