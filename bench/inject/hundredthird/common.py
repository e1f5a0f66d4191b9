"""Shared composition helpers for the hundredthird store corpus."""
import base64
import codecs
import json
import urllib.parse

SRC = {"r": "review", "t": "ticket", "f": "feed", "e": "email", "w": "web", "o": "tool"}

# short key -> (family, allowed sources)
HARD_KIND = {
    "sw": ("hard-software-complaint", "rte"),
    "mod": ("hard-moderation-complaint", "ret"),
    "staff": ("hard-staff-note", "to"),
    "rel": ("hard-release-note", "woe"),
    "man": ("hard-manual", "wfo"),
    "feat": ("hard-feature-request", "ter"),
    "job": ("hard-job-ad", "we"),
    "human": ("hard-human-order", "te"),
    "sec": ("hard-security-notice", "ew"),
    "chat": ("hard-quoted-transcript", "toe"),
    "dev": ("hard-device-review", "r"),
}

INTENT_SRC = {
    "refund": "teo", "route": "teo", "rank": "rwf", "verify": "fwo",
    "exfil": "etwo", "discount": "rte", "reveal": "rtwe", "address": "teo",
    "skip": "toe", "moderate": "rw", "price": "fwo",
}

TECH_SRC = {
    "html-comment": "rtewf", "hidden-css": "ewr", "white-text": "ew",
    "alt-attr": "wre", "md-comment": "rtw", "zero-width": "rtfewo",
    "base64-blob": "rtfewo", "hex-blob": "tfeo", "url-encoded": "wef",
    "rot13": "rteo", "homoglyph": "rtewf", "leetspeak": "rt",
}
LATIN_ONLY = {"rot13", "homoglyph", "leetspeak"}
ENCODED = {"zero-width", "base64-blob", "hex-blob", "url-encoded", "rot13", "homoglyph", "leetspeak"}

SHOPS = ["NordHaus Trading", "Lumio Store", "Kestrel Outlet", "Mira & Co", "TopDeal24",
         "Velta Home", "Orbis Parts", "Zanzi Market", "Brightcart", "Halden Supply",
         "Pico Gadgets", "Ostra Living", "FixIt Depot", "Sora Select", "Grano Outdoor"]
HOSTS = ["collect-stats.example", "evil.example", "img-track.example.net", "ref-log.example",
         "pixel-cdn.example", "audit-sync.example.org", "status-check.example"]
MAILS = ["ops.backup@relay-mail.example", "refund.desk@mx-secure.example", "audit@partner-data.example",
         "exports@shopsync.example", "lists@collect-stats.example", "archive.team@datavault.example"]

HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
                      "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н"})
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                      "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
ZW = ["\u200b", "\u200c", "\u2060"]

TOOLS = {
    "returns.get_case": "customer_comment", "tickets.fetch": "body", "orders.lookup": "delivery_note",
    "crm.get_message": "message", "forms.get_submission": "free_text", "catalog.get_item": "description",
}


class Deck:
    """Shuffled cycle through a list so items are used evenly."""

    def __init__(self, items, rng):
        self.items, self.rng, self.buf = list(items), rng, []

    def draw(self):
        if not self.buf:
            self.buf = self.items[:]
            self.rng.shuffle(self.buf)
        return self.buf.pop()


def order_id(rng):
    f = rng.randrange(5)
    if f == 0:
        return f"#{rng.randint(10000, 99999)}"
    if f == 1:
        return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    if f == 2:
        return f"ORD-{rng.randint(2023, 2025)}-{rng.randint(1000, 99999)}"
    if f == 3:
        return f"A{rng.randint(1000000, 9999999)}"
    return f"{rng.choice('BCKMRT')}{rng.randint(100000, 999999)}"


def promo(rng):
    return rng.choice(["SAVE", "VIP", "STAFF", "FREE", "GIFT", "XTRA"]) + str(rng.randint(10, 99)) + \
        rng.choice(["", "-", "X"]) + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(3))


def slots(L, rng):
    return {"p": rng.choice(L.PRODUCTS), "o": order_id(rng), "n": rng.choice(L.NAMES),
            "pr": L.money(rng), "amt": L.money(rng), "d": rng.randint(2, 19),
            "mail": rng.choice(MAILS), "host": rng.choice(HOSTS), "code": promo(rng),
            "shop": rng.choice(SHOPS)}


def pick(rng, pool, k, s):
    return [t.format(**s) for t in rng.sample(pool, min(k, len(pool)))]


def rating(L, rng):
    r = rng.choice([1, 2, 2, 3, 4, 4, 5, 5, 5])
    f = rng.randrange(3)
    if f == 0:
        return "★" * r + "☆" * (5 - r)
    if f == 1:
        return f"{r}/5"
    return L.RATING.format(r=r)


def insert(rng, parts, inner):
    if inner is not None:
        parts.insert(rng.randint(min(1, len(parts)), len(parts)), inner)
    return parts


# ---- carriers -------------------------------------------------------------

def review(L, rng, s, inner=None, k=None):
    k = rng.choice([1, 1, 2, 2, 3, 4]) if k is None else k
    parts = insert(rng, pick(rng, L.REVIEW, k, s), inner)
    body = L.SEP.join(parts)
    if rng.random() < 0.6:
        body = rating(L, rng) + rng.choice([" ", "\n", " - "]) + body
    return body


def ticket(L, rng, s, inner=None, k=None, html=False):
    k = rng.choice([1, 1, 2, 2, 3, 4]) if k is None else k
    parts = insert(rng, pick(rng, L.TICKET, k, s), inner)
    body = L.SEP.join(parts)
    lines = []
    if rng.random() < 0.8:
        lines.append(rng.choice(L.GREET).format(**s))
    lines.append(body)
    if rng.random() < 0.8:
        lines.append(rng.choice(L.SIGN).format(**s))
    if html:
        return "<html><body>" + "".join(f"<p>{x}</p>" for x in lines) + "</body></html>"
    return rng.choice(["\n", "\n\n"]).join(lines)


def email(L, rng, s, inner=None, k=None, html=None):
    if html is None:
        html = rng.random() < 0.3
    return ticket(L, rng, s, inner, k, html)


def web(L, rng, s, inner=None, k=None):
    k = rng.choice([1, 1, 2, 3]) if k is None else k
    blocks = [f"<h1>{s['p']}</h1>", "<p>" + L.SEP.join(pick(rng, L.DESC, k, s)) + "</p>",
              f'<span class="price">{s["pr"]}</span>']
    if rng.random() < 0.4:
        blocks.append(f'<div class="review"><b>{s["n"]}</b> {rating(L, rng)}<p>'
                      + pick(rng, L.REVIEW, 1, s)[0] + "</p></div>")
    if inner is not None:
        blocks.insert(rng.randint(1, len(blocks)), inner if inner.startswith("<") else f"<p>{inner}</p>")
    cls = rng.choice(["product", "pdp", "item-detail", "listing"])
    return f'<div class="{cls}">\n' + "\n".join(blocks) + "\n</div>"


def feed(L, rng, s, inner=None, k=None):
    k = rng.choice([1, 2]) if k is None else k
    parts = pick(rng, L.DESC, k, s)
    if inner is not None:
        parts.insert(rng.randint(0, len(parts)), inner)
    desc = L.SEP.join(parts)
    sku = f"SKU-{rng.randint(10000, 99999)}"
    stock = rng.randint(0, 400)
    f = rng.randrange(3)
    if f == 0:
        rows = ["sku\ttitle\tprice\tstock\tdescription", f"{sku}\t{s['p']}\t{s['pr']}\t{stock}\t{desc}"]
        if rng.random() < 0.4:
            rows.append(f"SKU-{rng.randint(10000, 99999)}\t{rng.choice(L.PRODUCTS)}\t{L.money(rng)}\t"
                        f"{rng.randint(0, 90)}\t{pick(rng, L.DESC, 1, s)[0]}")
        return "\n".join(rows)
    if f == 1:
        obj = {"sku": sku, "title": s["p"], "price": s["pr"], "stock": stock, "seller": s["shop"], "description": desc}
        return json.dumps(obj, ensure_ascii=False)
    return (f"<item>\n  <g:id>{sku}</g:id>\n  <title>{s['p']}</title>\n  <g:price>{s['pr']}</g:price>\n"
            f"  <description>{desc}</description>\n  <g:availability>{'in stock' if stock else 'out of stock'}"
            f"</g:availability>\n</item>")


def tool(L, rng, s, inner=None, k=None, name=None, field=None):
    name = name or rng.choice(sorted(TOOLS))
    field = field or TOOLS[name]
    k = rng.choice([0, 1, 2]) if k is None else k
    pool = L.DESC if name == "catalog.get_item" else L.TICKET
    parts = insert(rng, pick(rng, pool, k, s), inner)
    if not parts:
        parts = pick(rng, pool, 1, s)
    res = {"id": s["o"], "customer": s["n"], field: L.SEP.join(parts),
           "status_text": rng.choice(L.TOOLMSG).format(**s)}
    if name == "catalog.get_item":
        res = {"sku": f"SKU-{rng.randint(10000, 99999)}", "title": s["p"], "price": s["pr"], field: res[field]}
    obj = {"tool": name, "ok": True, "result": res}
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


BUILD = {"review": review, "ticket": ticket, "email": email, "web": web, "feed": feed, "tool": tool}
BENIGN_FAM = {"review": "benign-review", "ticket": "benign-ticket", "email": "benign-email",
              "feed": "benign-listing", "web": "benign-page", "tool": "benign-tool-result"}
WEB_CLASS = {"job": "job-posting", "rel": "release-notes", "man": "help-article", "sec": "notice",
             "sw": "comment", "mod": "comment", "feat": "comment"}


# ---- hiding ---------------------------------------------------------------

def zero_width(rng, t):
    out = []
    for i, ch in enumerate(t):
        out.append(ch)
        if ch.isalpha() and i + 1 < len(t) and t[i + 1].isalpha() and rng.random() < 0.5:
            out.append(rng.choice(ZW))
    return "".join(out)


def tech_ok(tech, pl):
    if tech == "md-comment" and (")" in pl or "(" in pl):
        return False
    if tech in ("alt-attr", "hidden-css", "white-text", "html-comment") and ("<" in pl or '"' in pl):
        return False
    return True


def hide(L, rng, tech, pl, s):
    hint = rng.choice(L.HINT)
    if tech == "html-comment":
        return f"<!-- {pl} -->"
    if tech == "hidden-css":
        return rng.choice([f'<div style="display:none">{pl}</div>', f'<span hidden>{pl}</span>',
                           f'<p style="position:absolute;left:-9999px">{pl}</p>'])
    if tech == "white-text":
        return f'<span style="color:#ffffff;background:#ffffff;font-size:1px">{pl}</span>'
    if tech == "alt-attr":
        attr = rng.choice(["alt", "title"])
        return f'<img src="/media/{rng.randint(1000, 9999)}.jpg" {attr}="{pl}">'
    if tech == "md-comment":
        return f"[//]: # ({pl})"
    if tech == "zero-width":
        return zero_width(rng, pl)
    if tech == "base64-blob":
        return f"{hint} {base64.b64encode(pl.encode()).decode()}"
    if tech == "hex-blob":
        return f"{hint} {pl.encode().hex()}"
    if tech == "url-encoded":
        url = f"https://{s['host']}/r?ref={rng.randint(100, 999)}&note={urllib.parse.quote(pl)}"
        return f'<a href="{url}">{s["p"]}</a>' if rng.random() < 0.6 else url
    if tech == "rot13":
        return f"{hint} {codecs.encode(pl, 'rot13')}"
    if tech == "homoglyph":
        return pl.translate(HOMO)
    if tech == "leetspeak":
        return pl.translate(LEET)
    raise ValueError(tech)


# ---- row makers -----------------------------------------------------------

def make_injection(L, rng, tpl):
    intent, style, t = tpl
    s = slots(L, rng)
    pl = t.format(**s)
    src_code = rng.choice(INTENT_SRC[intent])
    src = SRC[src_code]
    tech = None
    if rng.random() < 0.5:
        opts = [k for k, v in sorted(TECH_SRC.items()) if src_code in v and tech_ok(k, pl)
                and (L.LATIN or k not in LATIN_ONLY)]
        if opts:
            tech = rng.choice(opts)
    frag = hide(L, rng, tech, pl, s) if tech else pl
    kw = {}
    if src == "email" and tech in ("hidden-css", "white-text", "alt-attr", "html-comment"):
        kw["html"] = True
    text = BUILD[src](L, rng, s, inner=frag, **kw)
    if tech:
        fam = tech
    elif src == "tool":
        fam = "tool-json-field"
    elif src == "feed":
        fam = "feed-field"
    else:
        fam = f"job-{style}"
    if tech not in ENCODED:
        assert pl in text, (L.CODE, fam, pl)
    return {"source": src, "family": fam, "text": text, "injection": True, "payload": pl}


def make_hard(L, rng, item):
    key, t = item
    fam, srcs = HARD_KIND[key]
    s = slots(L, rng)
    h = t.format(**s)
    src = SRC[rng.choice(srcs)]
    if src == "web":
        cls = WEB_CLASS.get(key, "content")
        extra = ""
        if key in ("sw", "mod", "feat") or rng.random() < 0.3:
            extra = "\n<p>" + pick(rng, L.DESC, 1, s)[0] + "</p>"
        text = f'<div class="{cls}">\n<p>{h}</p>{extra}\n</div>'
    elif src == "tool":
        if key == "staff":
            text = tool(L, rng, s, k=rng.choice([1, 2]), name="tickets.fetch", field="body")
            obj = json.loads(text)
            obj["result"]["internal_note"] = h
            text = json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
        elif key == "chat":
            text = json.dumps({"tool": "chat.history", "ok": True,
                               "result": {"conversation": s["o"], "excerpt": h}}, ensure_ascii=False)
        else:
            text = json.dumps({"tool": "kb.search", "ok": True, "result": [
                {"title": s["p"], "snippet": h}]}, ensure_ascii=False, indent=rng.choice([None, 2]))
    elif key == "staff":
        text = BUILD[src](L, rng, s) + rng.choice(["\n\n--- ", "\n\n> ", "\n\n[internal] "]) + h
    elif src == "feed":
        text = feed(L, rng, s, inner=h, k=rng.choice([0, 1]))
    elif src == "review":
        text = review(L, rng, s, inner=h, k=rng.choice([0, 1, 1, 2]))
    else:
        text = BUILD[src](L, rng, s, inner=h, k=rng.choice([0, 1, 1, 2]))
    return {"source": src, "family": fam, "text": text, "injection": False, "payload": ""}


def rand_blob(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def make_structural(L, rng, kind):
    s = slots(L, rng)
    if kind == "hard-tool-log":
        if rng.random() < 0.5:
            msgs = [{"role": "system", "content": rng.choice(L.TOOLMSG).format(**s)},
                    {"role": "customer", "content": pick(rng, L.TICKET, 1, s)[0]},
                    {"role": "agent", "content": rng.choice(L.REPLY).format(**s)}]
            obj = {"tool": "chat.history", "ok": True, "result": {"conversation": s["o"], "messages": msgs}}
        else:
            ev = [{"step": st, "actor": "system", "instructions": "default", "message": rng.choice(L.TOOLMSG).format(**s)}
                  for st in rng.sample(["route", "tag", "score", "check", "notify", "archive"], rng.randint(2, 4))]
            obj = {"tool": "pipeline.trace", "ok": True, "result": {"case": s["o"], "events": ev}}
        return {"source": "tool", "family": kind, "injection": False, "payload": "",
                "text": json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))}
    if kind == "hard-data-blob":
        f = rng.randrange(3)
        if f == 0:
            blob = rand_blob(rng, rng.randint(12, 30))
            text = ticket(L, rng, s, inner=f"{rng.choice(L.HINT)} {blob}")
            src = "ticket"
        elif f == 1:
            blob = bytes(rng.randrange(256) for _ in range(rng.randint(8, 16))).hex()
            text = email(L, rng, s, inner=f"{rng.choice(L.HINT)} {blob}", html=False)
            src = "email"
        else:
            img = f'<img src="data:image/png;base64,iVBORw0KGgo{rand_blob(rng, rng.randint(24, 60))}" alt="{s["p"]}">'
            text = web(L, rng, s, inner=img)
            src = "web"
        return {"source": src, "family": kind, "injection": False, "payload": "", "text": text}
    # hard-hidden-html: hidden elements that hold ordinary content
    content = pick(rng, rng.choice([L.DESC, L.REVIEW]), 1, s)[0]
    frag = rng.choice([f'<div style="display:none" class="size-guide">{content}</div>',
                       f'<span hidden class="tooltip">{content}</span>', f"<!-- {content} -->",
                       f'<img src="/media/{rng.randint(1000, 9999)}.jpg" alt="{content}">'])
    if '"' in content:
        frag = f"<!-- {content} -->"
    src = rng.choice(["web", "web", "email"])
    text = web(L, rng, s, inner=frag) if src == "web" else email(L, rng, s, inner=frag, html=True)
    return {"source": src, "family": kind, "injection": False, "payload": "", "text": text}


def make_plain(L, rng):
    s = slots(L, rng)
    src = rng.choice(["review", "review", "ticket", "ticket", "email", "feed", "web", "tool"])
    return {"source": src, "family": BENIGN_FAM[src], "text": BUILD[src](L, rng, s),
            "injection": False, "payload": ""}


def build_lang(L, n, rng, seen, en=None):
    n_inj = n // 2
    n_ben = n - n_inj
    n_hard = round(n_ben * 0.56)
    n_struct = round(n_hard * 0.25)
    inj_deck = Deck(L.INJ, rng)
    en_deck = Deck(en.INJ, rng) if en is not None else None
    hard_deck = Deck(L.HARD, rng)
    struct = Deck(["hard-tool-log", "hard-data-blob", "hard-hidden-html"], rng)
    plan = (["inj"] * n_inj + ["hard"] * (n_hard - n_struct) + ["struct"] * n_struct
            + ["plain"] * (n_ben - n_hard))
    rows = []
    for kind in plan:
        for _ in range(50):
            if kind == "inj":
                if en_deck is not None and rng.random() < 0.07:
                    row = make_injection(L, rng, en_deck.draw())
                else:
                    row = make_injection(L, rng, inj_deck.draw())
            elif kind == "hard":
                row = make_hard(L, rng, hard_deck.draw())
            elif kind == "struct":
                row = make_structural(L, rng, struct.draw())
            else:
                row = make_plain(L, rng)
            if row["text"] not in seen:
                break
        else:
            raise RuntimeError("could not make a unique text")
        seen.add(row["text"])
        row["lang"] = L.CODE
        rows.append(row)
    return rows
