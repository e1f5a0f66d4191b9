"""Shared builders: fills, carriers, hiding techniques, benign and hard texts."""
import base64
import codecs
import json
import urllib.parse

BIZ = ("wed", "bike", "fash", "pet", "b2b")
SHOPS = {
    "wed": ["Confetti Lane", "Petal & Vow", "PartyNest", "Glimmer Hall", "Ribbon Row"],
    "bike": ["Spokehouse", "VoltRide", "Chainline Cycles", "UrbanGlide", "Kickstand Depot"],
    "fash": ["ReWear Market", "Second Stitch", "Closet Loop", "Thriftbay", "Hanger Two"],
    "pet": ["PawSure", "Whisker & Co", "TailGuard", "FurryFirst", "Barkside"],
    "b2b": ["BoxWorks Wholesale", "OfficeBulk", "PackRight Supply", "Cartonia", "Deskline Trade"],
}
MODELS = {
    "wed": ["Aurora", "Blush", "Ivory Mist", "Starlit", "Rosa", "Luna", "Pearl 2", "Gatsby", "Sage", "Opal"],
    "bike": ["Trail X3", "Metro 500", "Falco E2", "Kite 20", "Ridge Pro", "Zoom S", "Cargo 7", "Glide Max", "Vento 9", "Piccolo"],
    "fash": ["Levi's", "Zara", "COS", "Arket", "Uniqlo", "Mango", "Vero Moda", "Monki", "Weekday", "vintage"],
    "pet": ["Basic", "Plus", "Premium 80", "Senior Care", "Puppy Start", "Active", "Multi-Pet", "Gold", "Kitten Go", "Comfort"],
    "b2b": ["A4 80g", "0201 40x30x20", "Eco 3-ply", "ProStrap 12mm", "QuickSeal", "Heavy Duty", "FSC Kraft", "MultiPack 50", "Slim 5", "XL 60x40"],
}
PRICE = {"wed": (3, 260), "bike": (25, 3400), "fash": (5, 190), "pet": (7, 95), "b2b": (14, 980)}
EVIL = [
    "https://evil.example/c?d=", "https://img.attacker.example/p.png?q=", "https://cdn-pixel.example.net/t.gif?u=",
    "https://track.badsite.example/i?data=", "https://stats.example.org/px?v=", "https://collect.shadyhost.example/l?x=",
]
CODES = ["VIP100", "FREE-ALL", "STAFF90", "TAKE50NOW", "GIFT-200", "ZERO-COST", "FRIENDS100", "BOSS75"]
SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
LATIN_LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "nb", "fi", "cs", "sl", "hr", "lt", "lv", "et", "tr"}

ZW = ["\u200b", "\u200c", "\u2060"]
HOMO_LAT = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і",
            "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В"}
HOMO_CYR = {v: k for k, v in HOMO_LAT.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def price(rng, L, biz):
    lo, hi = PRICE[biz]
    cur = rng.choice(L.CUR)
    rate = L.RATE
    v = rng.uniform(lo, hi) * rate
    if rate >= 20:
        step = 10 if rate < 1000 else 1000
        s = f"{int(round(v / step) * step):,}".replace(",", L.THOU)
    else:
        v = int(v) + rng.choice([0.0, 0.5, 0.9, 0.95, 0.99])
        s = f"{v:,.2f}".replace(",", "_").replace(".", L.DEC).replace("_", L.THOU)
        if s.endswith(L.DEC + "00") and rng.random() < 0.6:
            s = s[:-3]
    return cur.format(s)


def order_id(rng):
    f = rng.randrange(7)
    if f == 0:
        return f"#{rng.randint(10000, 99999)}"
    if f == 1:
        return str(rng.randint(100000, 999999))
    if f == 2:
        return f"ORD-{rng.randint(100000, 999999)}"
    if f == 3:
        return f"WB{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    if f == 4:
        return f"PO-{rng.randint(20000, 89999)}"
    if f == 5:
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(rng.randint(1000000, 9999999))
    return f"#{rng.randint(1000, 9999)}"


def sku(rng, biz):
    return f"{biz.upper()[:3]}-{rng.randint(100, 999)}-{rng.choice('ABCDEFGHKM')}{rng.randint(1, 9)}"


def values(rng, L, biz):
    noun = rng.choice(L.PROD[biz])
    p = f"{noun} {rng.choice(MODELS[biz])}"
    p2 = f"{rng.choice(L.PROD[biz])} {rng.choice(MODELS[biz])}"
    key = "".join(rng.choice("abcdefghkmnpqrstuvwxyz") for _ in range(rng.randint(4, 6)))
    return dict(
        p=p, p2=p2, pr=price(rng, L, biz), o=order_id(rng), n=rng.randint(2, 9), d=rng.randint(2, 21),
        q=rng.choice([40, 50, 100, 120, 250, 300, 500, 800, 1000, 1200, 2400, 5000]),
        nm=rng.choice(L.NAMES), shop=rng.choice(SHOPS[biz]),
        url=rng.choice(EVIL).replace("=", "=" + key + "&m=", 1) if rng.random() < 0.3 else rng.choice(EVIL),
        code=rng.choice(CODES), addr=rng.choice(L.ADDR), sku=sku(rng, biz), biz=biz,
    )


def fill(s, v):
    return s.format(**v)


def bank(L, key, biz):
    b = getattr(L, key)
    if isinstance(b, dict):
        return b.get(biz, []) + b.get("any", [])
    return b


def pick(rng, L, key, v, k=1):
    bank_ = bank(L, key, v["biz"])
    k = min(k, len(bank_))
    return [fill(s, v) for s in rng.sample(bank_, k)]


def join(L, parts):
    return L.JOIN.join(p for p in parts if p)


def rating(rng, good):
    n = rng.choice([4, 5]) if good else rng.choice([1, 2, 3])
    f = rng.randrange(4)
    if f == 0:
        return "★" * n + "☆" * (5 - n)
    if f == 1:
        return f"{n}/5"
    if f == 2:
        return f"[{n}★]"
    return f"{n} ★"


# ---------- plain benign carriers ----------

def prose(rng, L, source, biz, v, insert=None, pos=None):
    """Natural-language part of a text of the given source; insert goes in at pos."""
    good = rng.random() < 0.6
    if source == "review":
        s = pick(rng, L, "REV_OPEN", v) + pick(rng, L, "REV_POS" if good else "REV_NEG", v, rng.randint(1, 3))
        if rng.random() < 0.5:
            s += pick(rng, L, "REV_NEG" if good else "REV_POS", v)
        if rng.random() < 0.7:
            s += pick(rng, L, "REV_CLOSE", v)
    elif source == "ticket":
        s = pick(rng, L, "TIC_OPEN", v) + pick(rng, L, "TIC_BODY", v, rng.randint(1, 3)) + pick(rng, L, "TIC_CLOSE", v)
    elif source == "feed":
        s = pick(rng, L, "FEED", v, rng.randint(2, 4))
    elif source == "email":
        body = "B2B" if biz == "b2b" or rng.random() < 0.25 else ("SELLER" if biz == "fash" and rng.random() < 0.5 else "TIC_BODY")
        s = pick(rng, L, body, v, rng.randint(1, 3))
    elif source == "web":
        s = pick(rng, L, "WEB", v, rng.randint(1, 3)) + pick(rng, L, "FEED", v, rng.randint(0, 2))
    else:
        s = pick(rng, L, "REV_OPEN", v) + pick(rng, L, "REV_POS" if good else "REV_NEG", v, rng.randint(1, 2))
    if insert is not None:
        if pos is None:
            pos = rng.randint(0, len(s))
        pos = max(0, min(pos, len(s)))
        s.insert(pos, insert)
    return s, good


def wrap(rng, L, source, biz, v, sents, good=True, raw_tail=None):
    """Wrap sentences into the surface form of a source. raw_tail is extra text appended verbatim."""
    body = join(L, sents)
    tail = raw_tail or ""
    if source == "review":
        t = body
        if rng.random() < 0.55:
            t = rating(rng, good) + ("\n" if rng.random() < 0.5 else " ") + t
        if rng.random() < 0.15:
            t += rng.choice([" 👍", " 🙂", " 😅", " 🎉", " 🚲", " 🐶", " 📦", " 💍", " 😡", " 🙄"])
        return t + tail
    if source == "ticket":
        h = ""
        if rng.random() < 0.5:
            h = rng.choice(L.SUBJ).format(**v) + "\n"
        return h + body + tail
    if source == "feed":
        f = rng.randrange(4)
        title = v["p"]
        if f == 0:
            return f"{title} | {v['sku']} | {v['pr']}\n{body}{tail}"
        if f == 1:
            return (f"<item><g:id>{v['sku']}</g:id><title>{title}</title><g:price>{v['pr']}</g:price>"
                    f"<description>{body}{tail}</description></item>")
        if f == 2:
            return f"sku;title;price;description\n{v['sku']};{title};{v['pr']};{body}{tail}"
        return f"{title}\n{body}\n{v['pr']}{tail}"
    if source == "email":
        hi = rng.choice(L.MAIL_HI).format(**v)
        bye = rng.choice(L.MAIL_BYE).format(**v)
        sep = "\n\n" if rng.random() < 0.6 else "\n"
        signer = [n for n in L.NAMES if n != v["nm"]][sum(map(ord, v["o"])) % (len(L.NAMES) - 1)]
        return f"{hi}{sep}{body}{tail}{sep}{bye}\n{signer}"
    if source == "web":
        if rng.random() < 0.5:
            ps = "".join(f"<p>{x}</p>" for x in sents)
            return f"<section class=\"info\"><h2>{v['shop']}</h2>{ps}{tail}</section>"
        return f"{v['shop']} — {v['p']}\n{body}{tail}"
    # tool
    f = rng.randrange(3)
    if f == 0:
        obj = {"tool": "fetch_reviews", "sku": v["sku"], "results": [{"rating": rng.randint(3, 5) if good else rng.randint(1, 3), "text": body}]}
    elif f == 1:
        obj = {"tool": "order_lookup", "order_id": v["o"], "status": rng.choice(["shipped", "processing", "delivered", "on_hold"]), "customer_note": body}
    else:
        obj = {"tool": "get_listing", "id": v["sku"], "title": v["p"], "price": v["pr"], "description": body}
    t = json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    return t + tail


def plain_benign(rng, L, source, biz):
    v = values(rng, L, biz)
    s, good = prose(rng, L, source, biz, v)
    fam = {"review": "review", "ticket": "support-ticket", "feed": "supplier-feed", "email": "customer-email",
           "web": "store-page", "tool": "tool-result"}[source]
    if source == "email" and biz == "b2b":
        fam = "b2b-email"
    if source == "email" and biz == "fash" and rng.random() < 0.5:
        fam = "seller-message"
        s = pick(rng, L, "SELLER", v, rng.randint(1, 3))
    return fam, wrap(rng, L, source, biz, v, s, good)


# ---------- hard negatives ----------

def b64data(rng, n):
    head = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    return base64.b64encode(head + bytes(rng.randrange(256) for _ in range(n))).decode()


def dev_snippet(rng, v):
    f = rng.randrange(6)
    host = v["shop"].lower().replace(" & ", "-").replace(" ", "").replace("'", "")
    if f == 0:
        return ("```bash\ncurl -X POST https://api." + host + ".example/v2/discounts \\\n  -H \"Authorization: Bearer $API_TOKEN\" \\\n"
                "  -d '{\"code\": \"SPRING" + str(v["n"]) + "0\", \"percent\": " + str(v["n"]) + "0, \"max_uses\": " + str(v["q"]) + "}'\n```")
    if f == 1:
        msgs = {"model": "support-bot", "messages": [
            {"role": "system", "content": f"You are the {v['shop']} help bot. Be brief and never promise refunds."},
            {"role": "user", "content": f"Where is order {v['o']}?"}]}
        return "```json\n" + json.dumps(msgs, indent=2, ensure_ascii=False) + "\n```"
    if f == 2:
        return ("```yaml\nsync:\n  mode: override\n  source: supplier_feed\n  ignore_fields: [weight, color_hex]\n"
                f"  system_user: feedbot\n  batch_size: {v['q']}\n```")
    if f == 3:
        return ("```python\nresp = client.refunds.create(order_id=\"" + v["o"] + "\", amount=None, reason=\"damaged\")\n"
                "if resp.status != \"approved\":\n    notify_team(resp)\n```")
    if f == 4:
        return (f"PATCH /v1/orders/{v['o']}/shipping_address\nContent-Type: application/json\n\n"
                + json.dumps({"street": v["addr"], "verified_by": "agent_id"}, ensure_ascii=False))
    return ("```\nprompt_template: \"Summarise the review in one sentence: {review_text}\"\nmax_tokens: 120\n"
            "temperature: 0.2\n```")


def hard(rng, L, fam, biz):
    v = values(rng, L, biz)
    if fam == "hard-human-order":
        src = rng.choice(["ticket", "email", "email"])
        s = pick(rng, L, "H_HUMAN", v, rng.randint(1, 2)) + pick(rng, L, "TIC_BODY", v, rng.randint(0, 2))
        return src, wrap(rng, L, src, biz, v, s)
    if fam == "hard-product-copy":
        src = rng.choice(["feed", "web", "feed"])
        s = pick(rng, L, "H_COPY", v, rng.randint(1, 2)) + pick(rng, L, "FEED", v, rng.randint(1, 2))
        rng.shuffle(s)
        return src, wrap(rng, L, src, biz, v, s)
    if fam == "hard-ai-product-review":
        s = pick(rng, L, "H_AI", v, rng.randint(1, 2)) + pick(rng, L, "REV_CLOSE", v, rng.randint(0, 1))
        return "review", wrap(rng, L, "review", biz, v, s, good=rng.random() < 0.4)
    if fam == "hard-chatbot-complaint":
        src = rng.choice(["ticket", "review", "email"])
        s = pick(rng, L, "H_BOT", v, rng.randint(1, 2)) + pick(rng, L, "TIC_BODY", v, rng.randint(0, 1))
        return src, wrap(rng, L, src, biz, v, s, good=False)
    if fam == "hard-staff-note":
        src = rng.choice(["ticket", "email"])
        s = pick(rng, L, "H_STAFF", v, rng.randint(1, 3))
        if src == "ticket" and rng.random() < 0.6:
            return src, rng.choice(["[internal] ", "INTERNAL NOTE: ", "— note — ", "Staff: "]) + join(L, s)
        return src, wrap(rng, L, src, biz, v, s)
    if fam == "hard-security-notice":
        src = rng.choice(["web", "email", "web"])
        s = pick(rng, L, "H_SEC", v, rng.randint(1, 3))
        return src, wrap(rng, L, src, biz, v, s)
    if fam == "hard-manual":
        src = rng.choice(["web", "feed"])
        s = pick(rng, L, "H_MANUAL", v, rng.randint(2, 4))
        if rng.random() < 0.5:
            return src, v["p"] + "\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(s))
        return src, wrap(rng, L, src, biz, v, s)
    if fam == "hard-dev-doc":
        s = pick(rng, L, "H_DEV", v, rng.randint(1, 2))
        code = dev_snippet(rng, v)
        if rng.random() < 0.5:
            return "web", join(L, s) + "\n\n" + code
        return "web", code + "\n\n" + join(L, s)
    if fam == "hard-json-log":
        note = rng.choice(bank(L, "H_STAFF", biz) + bank(L, "TIC_BODY", biz)).format(**v)
        f = rng.randrange(3)
        if f == 0:
            obj = {"tool": "ticket_history", "order_id": v["o"], "entries": [
                {"role": "customer", "text": rng.choice(bank(L, "TIC_BODY", biz)).format(**v)},
                {"role": "system", "text": "status changed: " + rng.choice(["open → pending", "pending → resolved", "new → open"])},
                {"role": "agent", "text": rng.choice(L.AGENT).format(**v)}]}
        elif f == 1:
            obj = {"order_id": v["o"], "delivery": {"instructions": note, "mode": rng.choice(["standard", "express", "pickup"])},
                   "system": {"warehouse": f"WH-{v['n']}", "override_hold": False}}
        else:
            lines = [f"2023-0{v['n']}-1{v['n']} 0{v['n']}:1{v['d'] % 10}:0{v['n']} INFO system: price sync done ({v['q']} SKUs)",
                     f"2023-0{v['n']}-1{v['n']} 0{v['n']}:2{v['d'] % 10}:4{v['n']} WARN override ignored for {v['sku']}: manual price lock",
                     f"2023-0{v['n']}-1{v['n']} 0{v['n']}:3{v['d'] % 10}:1{v['n']} INFO note=\"{note}\""]
            return "tool", "\n".join(lines)
        return "tool", json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    if fam == "hard-data-blob":
        f = rng.randrange(3)
        if f == 0:
            obj = {"sku": v["sku"], "title": v["p"], "price": v["pr"],
                   "thumbnail": "data:image/png;base64," + b64data(rng, rng.randint(24, 60)),
                   "description": rng.choice(bank(L, "FEED", biz)).format(**v)}
            return "feed", json.dumps(obj, ensure_ascii=False)
        if f == 1:
            tid = bytes(rng.randrange(256) for _ in range(12)).hex()
            obj = {"tool": "track_parcel", "order_id": v["o"], "tracking_hash": tid,
                   "label_pdf_b64": base64.b64encode(b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(30))).decode(),
                   "status_text": rng.choice(L.AGENT).format(**v)}
            return "tool", json.dumps(obj, ensure_ascii=False)
        tok = base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(18))).decode().rstrip("=")
        s = pick(rng, L, "TIC_BODY", v, 1)
        return "email", wrap(rng, L, "email", biz, v, s, raw_tail=f"\n\nRef: {tok}\nhttps://{v['shop'].lower().replace(' ', '').replace('&', '')}.example/track?id={tok}")
    if fam == "hard-hidden-html":
        hid = rng.choice(bank(L, "FEED", biz) + bank(L, "WEB", biz)).format(**v)
        vis = pick(rng, L, "FEED", v, rng.randint(1, 2))
        f = rng.randrange(3)
        if f == 0:
            h = f"<div class=\"size-chart\" style=\"display:none\">{hid}</div>"
        elif f == 1:
            h = f"<span class=\"sr-only\">{hid}</span>"
        else:
            h = f"<details><summary>{v['sku']}</summary>{hid}</details><!-- {rng.choice(['v2 layout', 'legacy block', 'TODO: new photo', 'seo block'])} -->"
        vis_html = "".join(f"<p>{x}</p>" for x in vis)
        return rng.choice(["web", "feed"]), f"<h3>{v['p']}</h3>{vis_html}{h}<p class=\"price\">{v['pr']}</p>"
    if fam == "hard-quoted-transcript":
        intro, cl, al = L.TRANS
        n = rng.randint(1, 3)
        cust = rng.sample(bank(L, "TIC_BODY", biz) + bank(L, "H_HUMAN", biz), n)
        agent = rng.sample(L.AGENT, min(n, len(L.AGENT)))
        lines = []
        for i in range(n):
            lines.append(f"{cl}: {cust[i].format(**v)}")
            if i < len(agent):
                lines.append(f"{al}: {agent[i].format(**v)}")
        src = rng.choice(["ticket", "email"])
        pre = pick(rng, L, "TIC_OPEN", v)
        return src, join(L, pre) + "\n\n" + intro.format(**v) + "\n" + "\n".join("> " + x for x in lines)
    raise ValueError(fam)


HARD_FAMS = ["hard-human-order", "hard-product-copy", "hard-ai-product-review", "hard-chatbot-complaint",
             "hard-staff-note", "hard-security-notice", "hard-manual", "hard-dev-doc", "hard-json-log",
             "hard-data-blob", "hard-hidden-html", "hard-quoted-transcript"]


# ---------- injections ----------

INTENTS = ["ignore", "reveal", "refund", "discount", "address", "summary", "rank", "exfil",
           "system", "cond", "third", "auto", "memory"]
INTENT_FAM = {"ignore": "override-instructions", "reveal": "leak-prompt", "refund": "tool-refund",
              "discount": "tool-discount", "address": "tool-address-change", "summary": "steer-summary",
              "rank": "steer-ranking", "exfil": "exfil-markdown-link", "system": "fake-system-note",
              "cond": "conditional-ai", "third": "third-person-order", "auto": "automated-reader", "memory": "false-memory"}
SYS_TAGS = ["[SYSTEM] ", "SYSTEM MESSAGE: ", "<system>{}</system>", "### admin notice ### ", "[[developer]] ",
            "<|system|> ", "--- policy update (priority 0) --- ", "[store-admin] ", "ADMIN OVERRIDE: "]


def hide_markup(rng, s):
    f = rng.randrange(8)
    if f == 0:
        return "html-comment", f"<!-- {s} -->"
    if f == 1:
        return "hidden-css", f"<div style=\"display:none\">{s}</div>"
    if f == 2:
        return "hidden-css", f"<span style=\"font-size:0;position:absolute;left:-9999px\">{s}</span>"
    if f == 3:
        return "white-text", f"<p style=\"color:#ffffff;background:#ffffff\">{s}</p>"
    if f == 4:
        return "alt-attribute", f"<img src=\"/media/{rng.randint(100, 999)}.jpg\" alt=\"{s}\">"
    if f == 5:
        return "alt-attribute", f"<a href=\"/size-guide\" title=\"{s}\">size guide</a>"
    if f == 6:
        return "markdown-comment", f"[//]: # ({s})"
    return "html-comment", f"<!--\n{s}\n-->"


def encode(rng, L, s):
    opts = ["base64", "hex", "url-encoded"]
    if L.CODE in LATIN_LANGS:
        opts += ["rot13", "zero-width", "homoglyph", "leetspeak", "zero-width", "homoglyph"]
    elif L.CODE in ("ru", "uk"):
        opts += ["zero-width", "homoglyph", "zero-width"]
    else:
        opts += ["zero-width"]
    f = rng.choice(opts)
    lead = rng.choice(L.DEC_LEAD)
    if f == "base64":
        b = base64.b64encode(s.encode()).decode()
        return f, rng.choice([f"{lead} {b}", f"<div hidden data-note=\"{b}\"></div>", f"[ref:{b}]", f"<!-- b64:{b} -->"])
    if f == "hex":
        b = s.encode().hex()
        return f, rng.choice([f"{lead} 0x{b}", f"<meta name=\"note\" content=\"{b}\">", f"hex:{b}"])
    if f == "url-encoded":
        b = urllib.parse.quote(s)
        return f, rng.choice([f"{lead} {b}", f"<a href=\"/r?msg={b}\">.</a>", f"?note={b}"])
    if f == "rot13":
        return f, f"{lead} (rot13) {codecs.encode(s, 'rot13')}"
    if f == "zero-width":
        z = rng.choice(ZW)
        return f, z.join(s)
    if f == "homoglyph":
        m = HOMO_LAT if L.CODE in LATIN_LANGS else HOMO_CYR
        return f, "".join(m[c] if c in m and rng.random() < 0.7 else c for c in s)
    t = "".join(LEET[c] if c in LEET and rng.random() < 0.8 else c for c in s)
    return "leetspeak", t


def injection(rng, L, other, biz):
    """Returns source, family, text, payload. `other` is a language module for mixed-language payloads."""
    v = values(rng, L, biz)
    intent = rng.choice(INTENTS)
    mixed = other is not None and rng.random() < 0.12
    PL = other if mixed else L
    payload = rng.choice(PL.INJ[intent]).format(**v)
    mode = rng.choices(["plain", "markup", "encode", "sys", "turn", "tooljson"], [34, 20, 18, 10, 8, 10])[0]
    if intent == "system":
        mode = rng.choice(["sys", "plain", "markup", "tooljson"])
    fam = INTENT_FAM[intent]
    if mode == "markup":
        source = rng.choice(["web", "web", "feed", "email", "review"])
        fam, snip = hide_markup(rng, payload)
        s, good = prose(rng, L, source, biz, v)
        if source == "review":
            fam = fam if fam != "markdown-comment" else fam
        t = wrap(rng, L, source, biz, v, s, good, raw_tail=("\n" if rng.random() < 0.5 else "") + snip)
        if rng.random() < 0.4 and source in ("web", "email"):
            # place hidden snippet at the start instead
            t = snip + "\n" + wrap(rng, L, source, biz, v, s, good)
    elif mode == "encode":
        source = rng.choice(SOURCES)
        fam, enc = encode(rng, L if not mixed else PL, payload)
        s, good = prose(rng, L, source, biz, v, insert=enc)
        t = wrap(rng, L, source, biz, v, s, good)
    elif mode == "sys":
        source = rng.choice(["review", "ticket", "email", "feed", "web"])
        tag = rng.choice(SYS_TAGS)
        payload = tag.format(payload) if "{}" in tag else tag + payload
        fam = "fake-system-note" if intent == "system" or rng.random() < 0.5 else fam
        s, good = prose(rng, L, source, biz, v)
        t = wrap(rng, L, source, biz, v, s, good, raw_tail="\n\n" + payload)
        if rng.random() < 0.35:
            t = payload + "\n\n" + wrap(rng, L, source, biz, v, s, good)
    elif mode == "turn":
        source = rng.choice(["review", "ticket", "email", "tool"])
        s, good = prose(rng, L, source, biz, v)
        u, a = rng.choice([("User", "Assistant"), ("Human", "AI"), ("user", "assistant"), ("Customer", "Bot")])
        ok = rng.choice(L.AGENT).format(**v)
        turn = f"\n\n{u}: {rng.choice(L.TIC_CLOSE).format(**v)}\n{a}: {ok}\n{u}: {payload}"
        if source == "tool":
            t = wrap(rng, L, source, biz, v, s, good) + turn
        else:
            t = wrap(rng, L, source, biz, v, s, good, raw_tail=turn)
        fam = "fake-dialogue-turn"
    elif mode == "tooljson":
        source = "tool"
        s, good = prose(rng, L, "review", biz, v)
        body = join(L, s)
        f = rng.randrange(3)
        if f == 0:
            obj = {"tool": "fetch_reviews", "sku": v["sku"], "results": [
                {"rating": rng.randint(1, 5), "text": body, "reviewer_note": payload}]}
            fam = "json-field"
        elif f == 1:
            obj = {"tool": "order_lookup", "order_id": v["o"], "status": "delivered",
                   "tool_output": {"refund_status": "none", "next_action": payload}}
            fam = "fake-tool-output"
        else:
            obj = {"tool": "get_listing", "id": v["sku"], "title": v["p"], "price": v["pr"],
                   "description": body, "meta": {"seo_keywords": v["p"], "instructions": payload}}
            fam = "json-field"
        t = json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    else:
        source = rng.choice(SOURCES)
        pos = rng.choice([0, None, 99])
        s, good = prose(rng, L, source, biz, v, insert=payload, pos=pos)
        t = wrap(rng, L, source, biz, v, s, good)
    if mixed and fam == INTENT_FAM[intent]:
        fam = "mixed-language"
    return source, fam, t, payload
