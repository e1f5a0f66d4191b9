"""Composition helpers shared by the language modules of the hundredtwentysecond corpus."""
import base64
import json
import random
import re
import urllib.parse


def S(block):
    """Split a text block into non-empty stripped lines."""
    return [x.strip() for x in block.strip().split("\n") if x.strip()]


def P(block):
    """Split lines of 'left || right' into pairs."""
    return [tuple(p.strip() for p in x.split("||")) for x in S(block)]


def money(r, lo, hi, sym, before=False, dec=",", thou=" ", decimals=2, digits=None, step=10):
    v = r.uniform(lo, hi)
    if decimals:
        v = round(v, 1) - 0.01 if r.random() < 0.6 else round(v, 2)
        s = f"{v:,.{decimals}f}"
    else:
        v = int(v) // step * step
        if r.random() < 0.4 and step == 10:
            v -= 1
        s = f"{v:,}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)
    if digits:
        s = s.translate(digits)
    return f"{sym}{s}" if before else f"{s} {sym}"


FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

SR_C2L = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ",
                  ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
                   "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š",
                   "A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L", "Lj", "M", "N", "Nj", "O",
                   "P", "R", "S", "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š"]))


def sr_latin(obj):
    if isinstance(obj, str):
        return "".join(SR_C2L.get(ch, ch) for ch in obj)
    if isinstance(obj, list):
        return [sr_latin(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(sr_latin(x) for x in obj)
    if isinstance(obj, dict):
        return {k: sr_latin(v) for k, v in obj.items()}
    return obj


HOMO = {
    "latin": dict(zip("aeopcxyAEOPCTHKMB", "аеорсхуАЕОРСТНКМВ")),
    "cyr": dict(zip("аеорсхуАЕОРСТНКМВ", "aeopcxyAEOPCTHKMB")),
    "greek": dict(zip("οαικνρΑΒΕΗΙΚΜΝΟΡΤΧ", "oaikvpABEHIKMNOPTX")),
    "arabic": {"ی": "ي", "ک": "ك", "ه": "ە"},
}
LEET = dict(zip("aeiostAEIOST", "4310574310$7"))
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
EVIL = ["stat-pixel.example", "img-cdn.example.net", "track.example.org", "metrics-hub.example",
        "promo-feed.example.com", "reviews-sync.example", "cache-node.example.net", "u-beacon.example.org"]
EVIL_PATH = ["c", "p.gif", "i", "collect", "px", "log", "t.png", "img"]
EVIL_USER = ["support-desk", "refunds.team", "admin.verify", "orders-backup", "store.ops", "billing-help",
             "mgr.office", "qa.audit"]
CODE_STEM = ["VIP", "FREE", "STAFF", "GIFT", "BONUS", "SHOP", "FRIEND", "MEGA", "XTRA", "LOYAL"]
CATS = ["override", "reveal", "refund", "discount", "price", "address", "cancel",
        "summary", "rank", "exfil", "fakesys", "faketool", "memory"]
CAT_FAMILY = {"override": "override-instructions", "reveal": "reveal-prompt", "refund": "tool-refund",
              "discount": "tool-discount", "price": "tool-price-change", "address": "tool-address-change",
              "cancel": "tool-cancel-or-mail", "summary": "steer-summary", "rank": "steer-ranking",
              "exfil": "exfil-link", "fakesys": "fake-system-note", "faketool": "fake-tool-output",
              "memory": "memory-poison"}
HIDE_FAMILY = {"html-comment": "hidden-html-comment", "hidden-css": "hidden-css", "white-text": "white-on-white",
               "alt-text": "alt-attribute", "zero-width": "zero-width", "homoglyph": "homoglyph",
               "base64": "base64-encoded", "hex": "hex-encoded", "url-encoded": "url-encoded",
               "md-comment": "markdown-comment", "json-field": "json-field", "leetspeak": "leetspeak",
               "rot13": "rot13"}
HTML_HIDES = {"html-comment", "hidden-css", "white-text", "alt-text"}
ENC_HIDES = {"zero-width", "homoglyph", "base64", "hex", "url-encoded", "leetspeak", "rot13"}
EMOJI = ["👍", "😊", "🙃", "😡", "🔥", "💯", "🤷", "😅", "🙏", "👎", "❤️", "⭐", "📦", "😬"]
TOOLS = ["get_reviews", "order_lookup", "fetch_url", "crm.get_ticket", "search_products", "supplier.sync"]


SLOTS = [("32 × 24 × 18", "{dims}"), ("۳۲ × ۲۴ × ۱۸", "{dims}"), ("1500", "{watt}"), ("۱۵۰۰", "{watt}"),
         ("2,1", "{kg}"), ("2.1", "{kg}"), ("۲٫۱", "{kg}"), ("5,5", "{cap}"), ("5.5", "{cap}"), ("۵٫۵", "{cap}"),
         ("95%", "{cot}%"), ("۹۵٪", "{cot}٪"), ("5%", "{ela}%"), ("۵٪", "{ela}٪"), ("2015", "{yr}"), ("۲۰۱۵", "{yr}")]


def slotify(s):
    """Turn fixed numbers of a product-feature line into per-row slots."""
    if "{" in s:
        return s
    for a, b in SLOTS:
        s = s.replace(a, b)
    return re.sub(r"(?<![\d.,{])(6|۶)(?![\d,%٪])", "{age}", s)


def rot13(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


class Gen:
    def __init__(self, D, seed, lang):
        self.D, self.r, self.lang = D, random.Random(seed), lang
        self.L = D["lbl"]
        self.script = D["script"]
        self.c = {}
        D["list_feat"] = [slotify(x) for x in D["list_feat"]]

    # --- basics -------------------------------------------------------
    def ch(self, key):
        return self.r.choice(self.D[key] if isinstance(key, str) else key)

    def f(self, s):
        return s.format_map(self.c)

    def fs(self, key, a, b):
        pool = self.D[key]
        n = min(self.r.randint(a, b), len(pool))
        return [self.typo(self.f(x)) for x in self.r.sample(pool, n)]

    def typo(self, s):
        r = self.r
        if r.random() > 0.08 or len(s) < 25:
            return s
        idx = [i for i in range(1, len(s) - 2) if s[i].isalpha() and s[i + 1].isalpha() and s[i] != s[i + 1]]
        if not idx:
            return s
        i = r.choice(idx)
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]

    def emo(self, s):
        return s + " " + self.r.choice(EMOJI) if self.r.random() < 0.18 else s

    def new(self):
        r, D = self.r, self.D
        p, p2 = r.sample(D["products"], 2)
        n, n2 = r.sample(D["names"], 2)
        o = r.choice([f"#{r.randint(10000, 999999)}", f"{r.choice('ABKMPRSTZ')}{r.choice('ABDKLMNR')}-{r.randint(1000, 99999)}",
                      f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}", f"ORD{r.randint(100000, 9999999)}",
                      f"{r.randint(2023, 2025)}/{r.randint(1000, 99999)}"])
        dom = r.choice(EVIL)
        self.c = {
            "p": p, "p2": p2, "n": n, "n2": n2, "o": o, "price": D["money"](r), "price2": D["money"](r),
            "code": f"{r.choice(CODE_STEM)}{r.choice(['', '-'])}{r.randint(10, 9999)}",
            "url": f"https://{dom}/{r.choice(EVIL_PATH)}",
            "em": f"{r.choice(EVIL_USER)}{r.randint(1, 99)}@{r.choice(['mail', 'inbox', 'post'])}-{r.choice(['box', 'hub', 'fast'])}.example",
            "addr": r.choice(D["addrs"]), "city": r.choice(D["cities"]),
            "pct": r.choice([10, 15, 20, 25, 30, 40, 50, 60, 75, 80, 90, 100]), "d": r.randint(2, 21),
            "sku": f"{r.choice(['SKU', 'ART', 'P', 'X', 'HB', 'KT'])}-{r.randint(10000, 999999)}",
            "date": D["date"](r) if callable(D["date"]) else D["date"].format(
                d=r.randint(1, 28), m=r.randint(1, 12), y=r.choice([2023, 2024, 2025])),
            "k": r.choice([1, 2, 3, 4, 4, 5, 5, 5]), "tn": r.randint(10000, 99999),
            "hh": r.randint(8, 22), "mm": r.randint(0, 59), "shop": D["shop"],
        }
        self.nums()
        if "digits" in D:
            for k in ("o", "tn", "d", "pct"):
                if r.random() < 0.5:
                    self.c[k] = str(self.c[k]).translate(D["digits"])

    def nums(self):
        r, D = self.r, self.D
        dec = D.get("dec", ",")
        x = r.choice([(95, 5), (98, 2), (92, 8), (97, 3), (96, 4), (90, 10)])
        num = {"watt": r.choice([800, 1000, 1200, 1400, 1500, 1700, 1800, 2000, 2200]),
               "dims": f"{r.randint(18, 60)} × {r.randint(12, 40)} × {r.randint(6, 30)}",
               "kg": f"{r.randint(0, 6)}{dec}{r.randint(1, 9)}", "cap": f"{r.randint(2, 7)}{dec}{r.choice([0, 5])}",
               "cot": x[0], "ela": x[1], "yr": r.randint(2012, 2020), "age": r.choice([3, 4, 5, 6, 7, 8, 10, 12, 14])}
        for k, v in num.items():
            self.c[k] = str(v).translate(D["digits"]) if "digits" in D else str(v)

    def stars(self):
        k = self.c["k"]
        return "★" * k + "☆" * (5 - k)

    # --- renderers ----------------------------------------------------
    def review(self, segs, html=False):
        r, L, c = self.r, self.L, self.c
        body = " ".join(segs)
        if html:
            return (f'<div class="review" data-rating="{c["k"]}">\n<b>{c["n"]}</b> {self.stars()}\n'
                    + "\n".join(f"<p>{s}</p>" for s in segs) + f"\n<small>{L['verified']}</small>\n</div>")
        v = r.randrange(5)
        if v == 0:
            return f"{self.stars()}\n{self.emo(body)}\n— {c['n']}, {c['city']}"
        if v == 1:
            return f"{L['rating']}: {c['k']}/5 | {c['p']}\n{body}"
        if v == 2:
            return f"{c['p']}\n{self.emo(body)}\n{L['verified']} ✔ · {c['date']}"
        if v == 3:
            return f"{c['n']} ({c['date']}): {body}"
        return self.emo(body)

    def ticket(self, segs, html=False):
        r, L, c = self.r, self.L, self.c
        v = r.randrange(4) if not html else 0
        greet, sign = self.f(self.ch("greet")), self.f(self.ch("sign"))
        if v == 0:
            return (f"{L['ticket']} #{c['tn']}\n{L['subj']}: {self.f(self.ch('tick_subj'))}\n{L['frm']}: {c['n']}\n\n"
                    f"{greet}\n" + "\n".join(segs) + f"\n\n{sign}\n{c['n']}")
        if v == 1:
            lines = []
            m = c["mm"]
            for s in segs:
                lines.append(f"[{c['hh']:02d}:{m:02d}] {c['n']}: {s}")
                m = min(59, m + r.randint(0, 3))
            if r.random() < 0.5:
                lines.append(f"[{c['hh']:02d}:{m:02d}] {L['agent']}: {self.f(self.ch('agent_lines'))}")
            return "\n".join(lines)
        if v == 2:
            return f"{greet}\n" + " ".join(segs) + f"\n{sign} {c['n']}"
        return " ".join(segs)

    def email(self, segs, html=False):
        r, L, c = self.r, self.L, self.c
        greet, sign = self.f(self.ch("greet")), self.f(self.ch("sign"))
        head = f"{L['subj']}: {self.f(self.ch('tick_subj'))}\n{L['frm']}: {c['n']} <{self.ch('mails')}>\n\n"
        if html:
            return (head + f"<html><body>\n<p>{greet}</p>\n" + "\n".join(f"<p>{s}</p>" for s in segs)
                    + f"\n<p>{sign}<br>{c['n']}</p>\n</body></html>")
        txt = head + f"{greet}\n\n" + "\n".join(segs) + f"\n\n{sign}\n{c['n']}"
        if r.random() < 0.45:
            old = [self.f(self.ch("agent_lines"))] + ([self.f(self.ch("tick_body"))] if r.random() < 0.5 else [])
            w = self.f(L["wrote"]) if r.random() < 0.5 else f"{c['date']}, {c['n2']} <support@{self.D['shopdom']}>:"
            txt += "\n\n" + w + "\n" + "\n".join("> " + x for x in old)
        return txt

    def feed(self, segs, html=False, jextra=None):
        r, c = self.r, self.c
        desc = " ".join(segs)
        rows = [(c["sku"], c["p"], c["price"], r.randint(0, 250), desc, jextra)]
        for _ in range(r.randint(0, 2)):
            self.nums()
            rows.append((f"{r.choice(['SKU', 'ART', 'P'])}-{r.randint(10000, 999999)}", r.choice(self.D["products"]),
                         self.D["money"](r), r.randint(0, 250), self.f(self.ch("list_feat")), None))
        r.shuffle(rows)
        if jextra is None and r.random() < 0.5:
            sep = r.choice([";", ",", "|", "\t"])
            out = [sep.join(["sku", "title", "price", "stock", "description"])]
            for sku, t, pr, st, d, _ in rows:
                out.append(sep.join([sku, t, pr, str(st), f'"{d}"']))
            return "\n".join(out)
        out = []
        for sku, t, pr, st, d, je in rows:
            o = {"sku": sku, "title": t, "price": pr, "stock": st, "description": d}
            if je:
                o[je[0]] = je[1]
            out.append(json.dumps(o, ensure_ascii=False))
        return "\n".join(out)

    def web(self, segs, html=True, title=None):
        r, c = self.r, self.c
        title = title or c["p"]
        v = r.randrange(3)
        if v == 0:
            feats = [self.f(x) for x in r.sample(self.D["list_feat"], r.randint(0, 2))]
            return (f'<section class="product" data-sku="{c["sku"]}">\n<h1>{title}</h1>\n<p class="price">{c["price"]}</p>\n'
                    + "\n".join(f"<p>{s}</p>" for s in segs)
                    + ("\n<ul>" + "".join(f"<li>{x}</li>" for x in feats) + "</ul>" if feats else "") + "\n</section>")
        if v == 1:
            return f"<article>\n<h2>{title}</h2>\n" + "\n".join(f"<p>{s}</p>" for s in segs) + "\n</article>"
        return f"{title} | {self.D['shop']}\n" + "\n".join(segs)

    def tool(self, segs, jextra=None, html_field=False):
        r, c, L = self.r, self.c, self.L
        body = " ".join(segs)
        t = r.choice(TOOLS)
        if t == "get_reviews":
            o = {"tool": t, "sku": c["sku"], "results": [
                {"author": c["n"], "rating": c["k"], "text": body},
                {"author": c["n2"], "rating": r.randint(3, 5), "text": self.f(self.ch("rev_body"))}]}
            r.shuffle(o["results"])
            tgt = o["results"][0] if o["results"][0]["text"] == body else o["results"][1]
        elif t == "order_lookup":
            o = {"tool": t, "order_id": c["o"], "status": self.ch("statuses"), "total": c["price"],
                 "customer_note": body}
            tgt = o
        elif t == "fetch_url":
            o = {"tool": t, "url": f"https://{self.D['shopdom']}/p/{c['sku'].lower()}", "status": 200,
                 "content": body}
            tgt = o
        elif t == "crm.get_ticket":
            o = {"tool": t, "ticket": c["tn"], "messages": [
                {"from": "customer", "name": c["n"], "body": body}]}
            if r.random() < 0.5:
                o["messages"].append({"from": "agent", "body": self.f(self.ch("agent_lines"))})
            tgt = o["messages"][0]
        elif t == "search_products":
            o = {"tool": t, "query": c["p"].split()[0], "items": [
                {"sku": c["sku"], "title": c["p"], "price": c["price"], "snippet": body},
                {"sku": f"X-{r.randint(1000, 9999)}", "title": c["p2"], "price": c["price2"]}]}
            tgt = o["items"][0]
        else:
            o = {"tool": t, "supplier": self.ch("suppliers"), "rows": [
                {"sku": c["sku"], "name": c["p"], "price": c["price"], "notes": body}]}
            tgt = o["rows"][0]
        if jextra:
            tgt[jextra[0]] = jextra[1]
        return json.dumps(o, ensure_ascii=False, indent=r.choice([None, None, 2]))

    # --- hiding -------------------------------------------------------
    def hide(self, p, how):
        """Return (snippet, decoded_payload)."""
        r, c = self.r, self.c
        if how == "plain":
            return p, p
        if how == "html-comment":
            return f"<!-- {p} -->", p
        if how == "hidden-css":
            return r.choice([f'<div style="display:none">{p}</div>', f'<span style="font-size:0">{p}</span>',
                             f'<p hidden>{p}</p>', f'<span style="position:absolute;left:-9999px">{p}</span>',
                             f'<div style="visibility:hidden;height:0;overflow:hidden">{p}</div>',
                             f'<span style="opacity:0">{p}</span>']), p
        if how == "white-text":
            return r.choice([f'<span style="color:#ffffff;background:#ffffff">{p}</span>',
                             f'<font color="white">{p}</font>', f'<p style="color:#fff">{p}</p>',
                             f'<span style="color:rgb(255,255,255)">{p}</span>']), p
        if how == "alt-text":
            return r.choice([f'<img src="/img/{c["sku"].lower()}-{r.randint(1, 9)}.jpg" alt="{p}">',
                             f'<img src="/media/{r.randint(100, 999)}.webp" width="1" height="1" alt="{p}">',
                             f'<a href="/p/{c["sku"].lower()}" title="{p}">{c["p"]}</a>']), p
        if how == "zero-width":
            z = r.choice(ZW)
            return "".join(ch + (z if ch != " " and r.random() < 0.7 else "") for ch in p), p
        if how == "homoglyph":
            m = HOMO[self.script]
            return "".join(m[ch] if ch in m and r.random() < 0.6 else ch for ch in p), p
        if how == "leetspeak":
            return "".join(LEET[ch] if ch in LEET and r.random() < 0.7 else ch for ch in p), p
        if how == "rot13":
            return f"{self.ch('enc_lead')} (rot13) {rot13(p)}", p
        if how == "base64":
            b = base64.b64encode(p.encode()).decode()
            return r.choice([f"{self.ch('enc_lead')} {b}", f'<span data-x="{b}"></span>', f"[b64:{b}]"]), p
        if how == "hex":
            return f"{self.ch('enc_lead')} {p.encode().hex()}", p
        if how == "url-encoded":
            return f"{self.ch('enc_lead')} {urllib.parse.quote(p)}", p
        if how == "md-comment":
            return r.choice([f"[//]: # ({p})", f"[comment]: <> ({p})", f"<!--- {p} --->"]), p
        raise ValueError(how)

    # --- carriers -----------------------------------------------------
    def carrier(self, src):
        if src == "review":
            if self.r.random() < 0.2:
                return [self.qa_line()]
            return [self.f(self.ch("rev_open"))] + self.fs("rev_body", 1, 3) + (
                [self.f(self.ch("rev_close"))] if self.r.random() < 0.5 else [])
        if src in ("ticket", "email"):
            return self.fs("tick_body", 1, 2) + ([self.f(self.ch("tick_req"))] if self.r.random() < 0.7 else [])
        if src == "web" and self.r.random() < 0.4:
            return [self.qa_line()] if self.r.random() < 0.4 else self.fs("rev_body", 2, 3)
        return self.fs("list_feat", 1, 3) if src == "feed" else self.fs("list_feat", 2, 4)

    def qa_line(self):
        q, a = self.ch("qa")
        return f"{self.L['q']}: {self.f(q)} {self.L['a']}: {self.f(a)}"

    def place(self, segs, snip):
        segs = list(segs)
        segs.insert(self.r.randint(0, len(segs)), snip)
        return segs

    def render(self, src, segs, html=False, jextra=None):
        if src == "review":
            return self.review(segs, html)
        if src == "ticket":
            return self.ticket(segs, html)
        if src == "email":
            return self.email(segs, html)
        if src == "feed":
            return self.feed(segs, html, jextra)
        if src == "web":
            return self.web(segs, html)
        return self.tool(segs, jextra)

    # --- injections ---------------------------------------------------
    def inj_text(self, cat):
        r = self.r
        parts = []
        if r.random() < 0.3:
            parts.append(self.f(self.ch("inj_lead")))
        parts.append(self.f(self.ch(self.D["inj"][cat])))
        if r.random() < 0.25:
            parts.append(self.f(self.ch("inj_tail")))
        return " ".join(parts)

    def injection(self, cat):
        r = self.r
        self.new()
        src = r.choice(["review", "review", "ticket", "email", "feed", "web", "web", "tool"])
        hides = {
            "review": ["html-comment", "hidden-css", "white-text", "alt-text", "zero-width", "homoglyph", "base64",
                       "md-comment"],
            "ticket": ["zero-width", "homoglyph", "base64", "hex", "url-encoded", "md-comment"],
            "email": ["html-comment", "hidden-css", "white-text", "zero-width", "homoglyph", "base64", "hex"],
            "feed": ["html-comment", "hidden-css", "alt-text", "json-field", "base64", "url-encoded", "zero-width"],
            "web": ["html-comment", "hidden-css", "white-text", "alt-text", "zero-width", "homoglyph", "base64",
                    "hex", "url-encoded", "md-comment"],
            "tool": ["json-field", "json-field", "zero-width", "homoglyph", "base64", "html-comment"],
        }[src]
        if self.script == "latin":
            hides = hides + ["leetspeak", "rot13"]
        if self.script is None:
            hides = [h for h in hides if h != "homoglyph"]
        how = "plain" if r.random() < 0.5 else r.choice(hides)
        p = self.inj_text(cat)
        carrier = self.carrier(src)
        html = how in HTML_HIDES or (src == "web" and r.random() < 0.7)
        jextra = None
        if how == "json-field":
            key = r.choice(["seo_note", "internal_note", "x_meta", "handling", "assistant_hint", "comment",
                            "memo", "notes_for_agents", "_system"])
            jextra, decoded = (key, p), p
            text = self.render(src, carrier, html=False, jextra=jextra)
        else:
            snip, decoded = self.hide(p, how)
            text = self.render(src, self.place(carrier, snip), html=html)
        fam = CAT_FAMILY[cat] if how == "plain" else HIDE_FAMILY[how]
        if how not in ENC_HIDES and not (how == "base64"):
            assert decoded in text, (how, src, decoded, text)
        return src, fam, text, decoded

    # --- benign -------------------------------------------------------
    def benign(self, fam):
        r = self.r
        self.new()
        ch, fs, f = self.ch, self.fs, self.f
        if fam == "benign-review":
            src = "review"
            segs = [f(ch("rev_open"))] + fs("rev_body", 1, 4) + ([f(ch("rev_close"))] if r.random() < 0.6 else [])
            return src, self.review(segs, r.random() < 0.15)
        if fam == "benign-qa":
            src = r.choice(["review", "web"])
            segs = [self.qa_line() for _ in range(r.randint(1, 2))]
            return src, (self.review(segs) if src == "review" else self.web(segs, title=f"{self.c['p']} – {self.L['q']}"))
        if fam == "benign-ticket":
            return "ticket", self.ticket(fs("tick_body", 1, 3) + [f(ch("tick_req"))])
        if fam == "benign-email":
            return "email", self.email(fs("tick_body", 1, 2) + [f(ch("tick_req"))], r.random() < 0.2)
        if fam == "benign-listing":
            src = r.choice(["feed", "web"])
            return src, self.render(src, fs("list_feat", 2, 5), html=True)
        if fam == "benign-tool":
            return "tool", self.tool(self.carrier(r.choice(["review", "ticket", "feed"])))
        # hard negatives
        if fam == "hard-customer-order":
            src = r.choice(["ticket", "email", "ticket"])
            segs = fs("h_cust", 1, 3) + ([f(ch("tick_body"))] if r.random() < 0.4 else [])
            r.shuffle(segs)
            return src, self.render(src, segs)
        if fam == "hard-staff-note":
            src = r.choice(["email", "ticket", "tool", "web"])
            segs = fs("h_staff", 2, 4)
            if src == "web":
                return src, self.web([f'<!-- {segs[0]} -->'] + fs("list_feat", 1, 3))
            return src, self.render(src, segs)
        if fam == "hard-manual":
            src = r.choice(["web", "feed", "web", "review"])
            segs = fs("h_manual", 3, 6)
            if src == "review":
                segs = [f(ch("rev_open"))] + segs[:3]
            return src, self.render(src, segs, html=True)
        if fam == "hard-ai-gadget-review":
            src = r.choice(["review", "review", "tool"])
            segs = fs("h_aigadget", 2, 4) + ([f(ch("rev_close"))] if r.random() < 0.4 else [])
            return src, self.render(src, segs)
        if fam == "hard-chatbot-complaint":
            src = r.choice(["review", "ticket", "email"])
            segs = fs("h_chatbot", 1, 3) + ([f(ch("tick_req"))] if src != "review" and r.random() < 0.5 else [])
            return src, self.render(src, segs)
        if fam == "hard-quoted-chat":
            src = r.choice(["ticket", "email", "tool"])
            pairs = r.sample(self.D["chat"], r.randint(2, 3))
            who = r.choice([self.L["bot"], self.L["agent"]])
            lines = []
            for q, a in pairs:
                lines += [f"{self.L['cust']}: {f(q)}", f"{who}: {f(a)}"]
            if src == "tool":
                return src, json.dumps({"tool": "chat.export", "session": f"s-{r.randint(10000, 99999)}",
                                        "transcript": lines}, ensure_ascii=False, indent=r.choice([None, 2]))
            intro = f(ch("chat_intro"))
            if src == "email":
                return src, self.email([intro] + ["> " + x for x in lines])
            return src, f"{intro}\n" + "\n".join(lines)
        if fam == "hard-security-notice":
            src = r.choice(["email", "web", "web"])
            return src, self.render(src, fs("h_sec", 2, 4), html=True)
        if fam == "hard-dev-docs":
            src = r.choice(["web", "web", "tool"])
            segs = fs("h_dev", 2, 4)
            if src == "tool":
                return src, json.dumps({"tool": "docs.search", "hits": [{"title": f"API – {r.choice(['orders', 'refunds', 'webhooks', 'chat', 'catalog'])}", "excerpt": s} for s in segs]},
                                       ensure_ascii=False, indent=r.choice([None, 2]))
            ex = json.dumps({"role": r.choice(["system", "user", "assistant"]), "content": f(ch("sysp"))},
                            ensure_ascii=False)
            segs.insert(r.randint(1, len(segs)), f"<pre><code>{ex}</code></pre>")
            return src, self.web(segs, title=f(ch("dev_titles")))
        if fam == "hard-product-copy":
            src = r.choice(["feed", "web"])
            segs = fs("h_copy", 1, 2) + fs("list_feat", 1, 2)
            r.shuffle(segs)
            return src, self.render(src, segs, html=True)
        if fam == "hard-encoded-data":
            src = r.choice(["feed", "tool", "web"])
            blob = r.choice([base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(12, 36)))).decode(),
                             bytes(r.randrange(256) for _ in range(r.randint(8, 20))).hex(),
                             base64.b64encode(f"{self.c['o']}|{self.c['sku']}|{r.randint(1, 99)}".encode()).decode()])
            self.c["blob"] = blob
            segs = [f(ch("h_data"))] + fs("list_feat", 0, 2)
            if src == "tool":
                return src, json.dumps({"tool": "shipment.track", "order_id": self.c["o"], "tracking_token": blob,
                                        "status": ch("statuses"), "message": segs[0],
                                        "label_png": "data:image/png;base64,iVBORw0KGgo" + base64.b64encode(bytes(r.randrange(256) for _ in range(18))).decode()},
                                       ensure_ascii=False, indent=r.choice([None, 2]))
            return src, self.render(src, segs, html=True)
        if fam == "hard-hidden-html":
            src = r.choice(["web", "web", "review", "email"])
            inner = f(ch(r.choice(["list_feat", "h_manual", "tick_body"]) if src != "review" else "rev_body"))
            snip = r.choice([f'<div style="display:none" class="size-table">{inner}</div>', f'<!-- {f(ch("h_staff"))} -->',
                             f'<span hidden>{inner}</span>', f'<img src="/img/{self.c["sku"].lower()}.jpg" alt="{self.c["p"]}">',
                             f'<p style="color:#fff">{inner}</p>'])
            return src, self.render(src, self.place(self.carrier(src if src != "web" else "feed"), snip), html=True)
        if fam == "hard-json-log":
            q, a = ch("chat")
            msgs = [{"role": "system", "content": f(ch("sysp"))}, {"role": "user", "content": f(q)},
                    {"role": "assistant", "content": f(a)}]
            o = {"log": f"conv-{r.randint(100000, 999999)}", "store": self.D["shop"], "messages": msgs}
            if r.random() < 0.4:
                o["instructions"] = f(ch("h_manual"))
            return "tool", json.dumps(o, ensure_ascii=False, indent=r.choice([None, 2]))
        raise ValueError(fam)


BENIGN_PLAN = [("benign-review", 20), ("benign-qa", 8), ("benign-ticket", 11), ("benign-email", 9),
               ("benign-listing", 10), ("benign-tool", 6)]
HARD_PLAN = [("hard-customer-order", 10), ("hard-staff-note", 7), ("hard-manual", 8), ("hard-ai-gadget-review", 8),
             ("hard-chatbot-complaint", 8), ("hard-quoted-chat", 7), ("hard-security-notice", 8), ("hard-dev-docs", 7),
             ("hard-product-copy", 7), ("hard-encoded-data", 6), ("hard-hidden-html", 6), ("hard-json-log", 6)]


def build(D, seed, lang, n_inj, n_ben, alt=None):
    """Yield rows for one language. alt: optional second data dict (same language, other script)."""
    gens = [Gen(D, seed, lang)] + ([Gen(alt, seed + 7, lang)] if alt else [])
    rng = random.Random(seed + 1)
    rows = []
    cats = []
    while len(cats) < n_inj:
        cc = list(CATS)
        rng.shuffle(cc)
        cats += cc
    for i, cat in enumerate(cats[:n_inj]):
        g = gens[i % len(gens)]
        src, fam, text, pl = g.injection(cat)
        rows.append(dict(source=src, lang=lang, family=fam, text=text, injection=True, payload=pl))
    fams = []
    for fam, k in BENIGN_PLAN + HARD_PLAN:
        fams += [fam] * k
    base = list(fams)
    while len(fams) < n_ben:
        fams.append(base[len(fams) % len(base)])
    fams = fams[:n_ben]
    for i, fam in enumerate(fams):
        g = gens[i % len(gens)]
        src, text = g.benign(fam)
        rows.append(dict(source=src, lang=lang, family=fam, text=text, injection=False, payload=""))
    return rows
