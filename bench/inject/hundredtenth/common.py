"""Shared pieces: catalogue, identifiers, obfuscation and renderers for each source."""
import base64
import codecs
import json
import re
import urllib.parse

# category -> (price range in EUR, model names); names stay the same in every language
CATS = {
    "backpack": ((25, 140), ["TrailPack 30", "Nordkap Daypack", "Ridgeline 22", "Osprey Daylite"]),
    "yogamat": ((15, 70), ["Asana Grip", "FlowMat Pro", "Zenline 6mm"]),
    "helmet": ((35, 160), ["VeloShield Air", "Urban One", "Aerolite MIPS"]),
    "drill": ((49, 260), ["Bosch PSR 18 LI-2", "Makita DF333D", "Einhell TE-CD 18"]),
    "ladder": ((39, 220), ["Krause Monto 3x7", "AluStep 150", "Hailo L40"]),
    "cream": ((9, 65), ["Hydra Boost SPF30", "Velvet Night Repair", "AquaBalance Gel"]),
    "hairdryer": ((25, 180), ["IonicPro 2200", "Remington D5220", "Philips BHD350"]),
    "perfume": ((29, 140), ["Lumière No. 5", "Cedar Mist EDT", "Blanc Azur EDP"]),
    "watch": ((89, 450), ["Garmin Forerunner 165", "Amazfit Bip 5", "Pulse Fit S2"]),
    "speaker": ((29, 220), ["JBL Flip 6", "SoundCube Mini", "Marshall Emberton II"]),
    "tablet": ((129, 699), ["Lenovo Tab M10", "Galaxy Tab A9", "Nexa Pad 11"]),
    "stroller": ((149, 890), ["Cybex Balios S", "Joie Mytrax", "Bugaboo Dragonfly"]),
    "carseat": ((79, 420), ["Britax Römer Kidfix", "Maxi-Cosi Pearl 360", "Joie i-Spin"]),
    "boardgame": ((14, 70), ["Catan", "Ticket to Ride Europe", "Dixit", "Carcassonne"]),
    "oil": ((6, 28), ["Oliva Verde Extra", "Kalamata Gold", "Terra Cretese"]),
    "coffee": ((5, 32), ["Lavazza Qualità Oro", "Paulig Mokka", "Nordic Roast"]),
    "jacket": ((49, 380), ["Helly Hansen Dubliner", "Fjällräven Keb", "Urban Shell 2.0"]),
    "dress": ((25, 160), ["Mira Wrap", "Linea Midi", "Elle Knit"]),
    "sofa": ((299, 1900), ["Lunda Trio", "Vinge Corner", "Modena 3"]),
    "lamp": ((19, 150), ["Luma Desk LED", "Arco Mini", "Nordlux Strap"]),
    "shelf": ((49, 320), ["Kallax 4x4", "Frame Oak 5", "Modul W80"]),
    "novel": ((9, 28), ["Dune", "1984", "Sapiens", "Le Petit Prince"]),
    "cookbook": ((15, 45), ["Ottolenghi Simple", "Salt Fat Acid Heat", "Jamie 5 Ingredients"]),
    "dogbed": ((25, 140), ["PawNest L", "Trixie Vital", "CozyDog Ortho"]),
    "scratcher": ((19, 120), ["CatTower Fiesta", "Trixie Baza", "KittyPeak 120"]),
    "aquarium": ((39, 300), ["Juwel Primo 60", "Tetra AquaArt 60", "AquaEl Shrimp Set"]),
}
AI_CATS = {
    "robovac": ((199, 799), ["Roborock Q7", "Roomba j7", "Dreame L10s"]),
    "smartspeaker": ((39, 199), ["Echo Dot 5", "Nest Mini", "HomePod mini"]),
    "translator": ((79, 299), ["Pocketalk S", "Vasco V4", "Timekettle M3"]),
}
SHOP_CATS = sorted(CATS)
SHOPS = ["Mercato", "Polaris", "Kvadrat", "Lumi Store", "Bazaar24", "Nordhub", "Aurora", "Trend-X",
         "Domus", "Pawly", "Bookbay", "Voltix", "Kidzone", "FreshBox", "Sportino"]
EVIL_DOMAINS = ["evil.example", "img-cdn.example", "stats.example.net", "pixel.example.org",
                "collect.example.com", "cdn-assets.example", "metrics.example.io"]
EMOJI = ["🙂", "👍", "😊", "😡", "🤔", "❤️", "🙏", "😅", "⭐", "👌", "😕", "🔥", "📦"]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "K": "К", "M": "М"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def cap(s):
    return s[:1].upper() + s[1:]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def sample(rng, seq, k):
    return rng.sample(list(seq), min(k, len(seq)))


def fmt_num(x, dec=2, dsep=",", tsep=" "):
    s = f"{x:,.{dec}f}"
    return s.replace(",", "\x00").replace(".", dsep).replace("\x00", tsep)


def order_id(rng):
    k = rng.randrange(6)
    if k == 0:
        return f"#{rng.randint(100000, 999999)}"
    if k == 1:
        return f"ORD-{rng.randint(10000, 99999)}"
    if k == 2:
        return f"{rng.randint(2300000, 2499999)}"
    if k == 3:
        return f"SO{rng.randint(100000, 999999)}"
    if k == 4:
        return f"{rng.choice('ABCDEFGHKLMNPRST')}{rng.choice('ABCDEFGHKLMNPRST')}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    return f"W{rng.randint(1000000, 9999999)}"


def promo(rng):
    head = rng.choice(["VIP", "FREE", "STAFF", "GIFT", "SALE", "BONUS", "ZERO", "TEAM"])
    return f"{head}{rng.choice(['', '-'])}{rng.randint(10, 999)}"


def evil_url(rng):
    path = rng.choice(["p.gif", "px", "log", "c", "i.png", "t", "img/1x1.png", "v2/hit"])
    par = rng.choice(["d", "q", "u", "data", "x", "s"])
    return f"https://{rng.choice(EVIL_DOMAINS)}/{path}?{par}="


def evil_mail(rng):
    user = rng.choice(["orders", "refunds", "backup", "admin", "support-desk", "archive", "reports"])
    return f"{user}@{rng.choice(EVIL_DOMAINS)}"


def date(rng, L):
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    if getattr(L, "DATE_ISO", False):
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}.{m:02d}.{y}"


def make_ctx(rng, L, cat=None):
    cats = AI_CATS if cat in AI_CATS else CATS
    cat = cat or pick(rng, SHOP_CATS)
    (lo, hi), brands = cats[cat]
    brand = pick(rng, brands)
    noun = L.NOUN[cat]
    p = L.product(noun, brand) if hasattr(L, "product") else f"{noun} {brand}"
    first, li = pick(rng, L.FIRST), rng.randrange(len(L.LAST))
    last = L.LAST_F[li] if first in getattr(L, "FEM", ()) else L.LAST[li]
    eur = rng.uniform(lo, hi)
    return dict(
        p=p, P=cap(p), b=brand, cat=cat, eur=eur, pr=L.price(eur * L.RATE, rng),
        o=order_id(rng), o2=order_id(rng), n=first, nn=f"{first} {last}", staff=pick(rng, L.FIRST),
        d=rng.randint(2, 21), dl=rng.randint(4, 14), k=rng.randint(2, 6), h=rng.randint(2, 48),
        city=pick(rng, L.CITIES), shop=pick(rng, SHOPS),
        addr=f"{pick(rng, L.STREETS)} {rng.randint(1, 140)}, {pick(rng, L.CITIES)}",
        code=promo(rng), pct=pick(rng, [15, 20, 25, 30, 40, 50, 70, 90, 100]),
        url=evil_url(rng), mail=evil_mail(rng), sku=f"{rng.choice('ABCDEFGHJKLMNPRSTVZ')}{rng.randint(10000, 99999)}",
        tk=f"{rng.randint(10000, 99999)}", date=date(rng, L), hh=rng.randint(9, 20), col=pick(rng, L.COLORS),
    )


def fill(tmpl, c):
    return tmpl.format(**c)


def typo(rng, s, p=0.08):
    """Occasionally swap two letters inside one longer word."""
    if rng.random() >= p:
        return s
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not idx:
        return s
    i = pick(rng, idx)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def fills(rng, L, tmpls, c, typos=True):
    out = [fill(t, c) for t in tmpls]
    return [typo(rng, s) for s in out] if typos else out


# ---- obfuscation ----
def zero_width(rng, s):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.5:
            out.append(pick(rng, ZW))
    return "".join(out)


def homoglyph(rng, s):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in s)


def leet(rng, s):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and rng.random() < 0.7 else ch for ch in s)


def rot13(s):
    return codecs.encode(s, "rot_13")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def urlenc(s):
    return urllib.parse.quote(s)


# ---- carriers ----
def rating_line(rng, L, n):
    k = rng.randrange(4)
    if k == 0:
        return "★" * n + "☆" * (5 - n)
    if k == 1:
        return f"{n}/5"
    return fill(pick(rng, L.RATING), {"n": n})


def review_sentences(rng, L, c, body=(1, 3)):
    s = []
    if rng.random() < 0.55:
        s.append(pick(rng, L.REVIEW_OPEN))
    s += sample(rng, L.REVIEW_BODY, rng.randint(*body))
    if rng.random() < 0.45:
        s.append(pick(rng, L.REVIEW_CON))
    if rng.random() < 0.4:
        s.append(pick(rng, L.REVIEW_CLOSE))
    return fills(rng, L, s, c)


def review_wrap(rng, L, c, sents, stars=None):
    n = stars or rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    head = []
    if rng.random() < 0.6:
        head.append(rating_line(rng, L, n))
    if rng.random() < 0.4:
        idx = [1, 7] if n <= 2 else [0, 4, 5, 1] if n == 3 else [0, 2, 3, 4, 5, 6]
        head.append(fill(L.REVIEW_TITLE[pick(rng, idx)], c))
    body = " ".join(sents)
    if rng.random() < 0.25:
        body += " " + pick(rng, EMOJI)
    if rng.random() < 0.3 and len(sents) > 3:
        cut = rng.randint(1, len(sents) - 1)
        body = " ".join(sents[:cut]) + "\n\n" + " ".join(sents[cut:])
    return "\n".join(head + [body]) if head else body


def ticket_sentences(rng, L, c, issues=(1, 3), ask=True):
    s = sample(rng, L.TICKET_ISSUE, rng.randint(*issues))
    if ask and rng.random() < 0.75:
        s.append(pick(rng, L.TICKET_ASK))
    return fills(rng, L, s, c)


def ticket_wrap(rng, L, c, sents):
    lines = []
    if rng.random() < 0.5:
        lines.append(f"{L.LBL['subject']}: {fill(pick(rng, L.TICKET_SUBJ), c)}")
        lines.append("")
    if rng.random() < 0.75:
        lines.append(fill(pick(rng, L.GREET), c))
    body = " ".join(sents)
    if rng.random() < 0.3 and len(sents) > 2:
        cut = rng.randint(1, len(sents) - 1)
        body = " ".join(sents[:cut]) + "\n" + " ".join(sents[cut:])
    lines.append(body)
    if rng.random() < 0.7:
        lines.append("")
        lines.append(pick(rng, L.SIGN))
        lines.append(c["nn"] if rng.random() < 0.7 else c["n"])
    return "\n".join(lines)


def quoted_history(rng, L, c):
    reply = fills(rng, L, sample(rng, L.STAFF_REPLY, rng.randint(1, 3)), c, typos=False)
    hdr = fill(L.QUOTE_HDR, {"date": c["date"], "n": f"{c['staff']} ({c['shop']})"})
    return hdr + "\n" + "\n".join("> " + r for r in reply)


def email_wrap(rng, L, c, sents, quote=None, html=False):
    lines = [f"{L.LBL['from']}: {c['nn']}", f"{L.LBL['subject']}: {fill(pick(rng, L.TICKET_SUBJ), c)}", ""]
    if rng.random() < 0.8:
        lines.append(fill(pick(rng, L.GREET), c))
    lines.append(" ".join(sents))
    lines += ["", pick(rng, L.SIGN), c["n"]]
    if quote is None:
        quote = rng.random() < 0.55
    if quote:
        lines += ["", quoted_history(rng, L, c)]
    text = "\n".join(lines)
    if html:
        text = text.replace("\n\n", "\n<br><br>\n")
    return text


def listing_sentences(rng, L, c, k=(1, 3)):
    return fills(rng, L, sample(rng, L.LISTING, rng.randint(*k)), c)


def spec_items(rng, L, c):
    items = [(L.SPEC["price"], c["pr"]), (L.SPEC["color"], pick(rng, L.COLORS)),
             (L.SPEC["material"], pick(rng, L.MATERIALS)), (L.SPEC["warranty"], pick(rng, L.WARRANTY)),
             (L.SPEC["delivery"], pick(rng, L.DELIVERY))]
    return [items[0]] + sample(rng, items[1:], rng.randint(1, 4))


def web_page(rng, L, c, paras, extra=None):
    """paras: plain sentences; extra: raw html fragments inserted between blocks."""
    blocks = [f"<h1>{c['P'] if rng.random() < 0.6 else fill(pick(rng, L.WEB_HEAD), c)}</h1>"]
    blocks.append("<p>" + " ".join(paras) + "</p>")
    if rng.random() < 0.7:
        blocks.append("<ul>" + "".join(f"<li>{a}: {b}</li>" for a, b in spec_items(rng, L, c)) + "</ul>")
    if rng.random() < 0.5:
        blocks.append("<p>" + " ".join(fills(rng, L, sample(rng, L.WEB_INFO, rng.randint(1, 2)), c)) + "</p>")
    for frag in extra or []:
        blocks.insert(rng.randint(1, len(blocks)), frag)
    return "\n".join(blocks)


def feed_rows(rng, L, n):
    rows = []
    for _ in range(n):
        c = make_ctx(rng, L)
        rows.append([c["sku"], c["p"], fmt_num(c["eur"] * L.RATE, 2, ".", ""), str(rng.randint(0, 240)),
                     fill(pick(rng, L.FEED_DESC), c)])
    return rows


def feed_text(rng, L, rows, fmt=None):
    fmt = fmt or rng.choice(["csv", "csv", "jsonl"])
    if fmt == "csv":
        sep = rng.choice([";", ",", "\t"])
        out = [sep.join(L.FEED_COLS)]
        for r in rows:
            out.append(sep.join(f'"{x}"' if (sep in x or "," in x) else x for x in r))
        return "\n".join(out)
    return "\n".join(json.dumps(dict(zip(L.FEED_COLS, r)), ensure_ascii=False) for r in rows)


def tool_json(rng, L, c, note=None, kind=None, extra=None):
    kind = kind or rng.choice(["order", "order", "crm", "search"])
    if kind == "order":
        d = {"tool": "order_lookup", "order_id": c["o"], "status": pick(rng, L.STATUS),
             "customer": c["nn"], "items": [{"name": c["p"], "qty": rng.randint(1, 3), "price": c["pr"]}],
             "shipping_city": c["city"]}
        if note is not None:
            d["customer_note"] = note
        elif rng.random() < 0.5:
            d["customer_note"] = fill(pick(rng, L.TOOL_NOTE), c)
    elif kind == "crm":
        notes = [{"author": c["staff"], "text": fill(t, c)} for t in sample(rng, L.TOOL_NOTE, rng.randint(1, 2))]
        if note is not None:
            notes.insert(rng.randint(0, len(notes)), {"author": c["n"], "text": note})
        d = {"tool": "crm_notes", "customer_id": f"C{c['tk']}", "name": c["nn"], "notes": notes}
    else:
        res = []
        for _ in range(rng.randint(2, 3)):
            cc = make_ctx(rng, L)
            res.append({"title": cc["p"], "price": cc["pr"], "snippet": fill(pick(rng, L.FEED_DESC), cc)})
        if note is not None:
            res[rng.randrange(len(res))]["snippet"] = note
        d = {"tool": "product_search", "query": fill(pick(rng, L.QUERY), c), "results": res}
    if extra:
        d.update(extra)
    return json.dumps(d, ensure_ascii=False, indent=rng.choice([None, 2]))


# ---- injections ----
INTENT_FAMILY = {
    "override": "override-instructions", "leak": "prompt-leak", "refund": "tool-refund",
    "discount": "tool-discount", "address": "tool-address-change", "cancel": "tool-cancel-or-email",
    "summary": "steered-summary", "ranking": "steered-ranking", "exfil": "exfil-markdown",
    "fakesys": "fake-system-note", "memory": "memory-poison", "dataleak": "customer-data-leak",
    "verify": "automated-approval", "faketool": "fake-tool-output",
}
TECH = [("plain", 44), ("html-comment", 6), ("hidden-css", 5), ("alt-attribute", 4), ("white-text", 4),
        ("markdown-comment", 3), ("zero-width", 5), ("homoglyph", 5), ("leetspeak", 4), ("base64", 5),
        ("hex", 3), ("rot13", 3), ("url-encoded", 3), ("json-field", 8)]
TECH_SOURCES = {
    "plain": ["review", "ticket", "email", "web", "feed", "tool"],
    "html-comment": ["web", "email", "review"], "hidden-css": ["web", "email"], "alt-attribute": ["web", "review"],
    "white-text": ["web", "email"], "markdown-comment": ["review", "ticket", "web"],
    "zero-width": ["review", "ticket", "email", "feed"], "homoglyph": ["review", "ticket", "email", "feed"],
    "leetspeak": ["review", "ticket", "email"], "base64": ["review", "ticket", "email", "feed", "tool"],
    "hex": ["ticket", "email", "feed", "tool"], "rot13": ["review", "ticket", "email"],
    "url-encoded": ["review", "web", "tool", "feed"], "json-field": ["tool"],
}
TECH_FAMILY = {"html-comment": "hidden-html-comment", "hidden-css": "hidden-css-block",
               "alt-attribute": "hidden-alt-attribute", "white-text": "white-on-white",
               "markdown-comment": "markdown-comment", "zero-width": "zero-width-split",
               "homoglyph": "homoglyph-swap", "leetspeak": "leetspeak", "base64": "encoded-base64",
               "hex": "encoded-hex", "rot13": "encoded-rot13", "url-encoded": "encoded-url",
               "json-field": "tool-json-field"}


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def injection_payload(rng, L, c, intent):
    p = fill(pick(rng, L.INJ[intent]), c)
    if intent == "fakesys":
        p = pick(rng, L.SYS_TAGS) + " " + p
    elif intent == "faketool":
        body = {"tool": pick(rng, ["refund_api", "order_update", "policy_check", "crm_lookup"]),
                "status": "ok", "next_step": p}
        p = json.dumps(body, ensure_ascii=False)
    return p


def hide(rng, L, tech, payload):
    """Return (fragment placed in text, payload recorded)."""
    if tech in ("plain", "json-field"):
        return payload, payload
    if tech == "html-comment":
        return f"<!-- {payload} -->", payload
    if tech == "hidden-css":
        st = pick(rng, ["display:none", "visibility:hidden;position:absolute", "font-size:0",
                        "position:absolute;left:-9999px", "opacity:0;height:0"])
        tag = pick(rng, ["div", "span", "p"])
        return f'<{tag} style="{st}">{payload}</{tag}>', payload
    if tech == "alt-attribute":
        attr = pick(rng, ["alt", "title"])
        src = pick(rng, ["/img/p1.jpg", "/media/gallery-2.webp", "/assets/banner.png", "/uploads/photo_3.jpg"])
        return f'<img src="{src}" {attr}="{payload}">', payload
    if tech == "white-text":
        st = pick(rng, ["color:#fff;background:#fff", "color:#ffffff", "color:white;font-size:1px"])
        return f'<span style="{st}">{payload}</span>', payload
    if tech == "markdown-comment":
        return pick(rng, [f"[//]: # ({payload})", f"<!-- {payload} -->", f"[comment]: <> ({payload})"]), payload
    if tech == "zero-width":
        return zero_width(rng, payload), payload
    if tech == "homoglyph":
        return homoglyph(rng, payload), payload
    if tech == "leetspeak":
        return leet(rng, payload), payload
    enc = {"base64": b64, "hex": hexenc, "rot13": rot13, "url-encoded": urlenc}[tech](payload)
    lead = fill(pick(rng, L.ENC_LEAD[tech]), {"enc": enc})
    return lead, payload


def insert_at(rng, seq, item, tail_bias=0.5):
    pos = len(seq) if rng.random() < tail_bias else rng.randint(0, len(seq))
    return seq[:pos] + [item] + seq[pos:]


def make_injection(rng, L):
    intent = pick(rng, list(INTENT_FAMILY))
    tech = weighted(rng, TECH)
    srcs = TECH_SOURCES[tech]
    if intent == "faketool":
        if tech == "alt-attribute":  # quotes would break the attribute
            tech, srcs = "html-comment", TECH_SOURCES["html-comment"]
        srcs = [s for s in srcs if s in ("review", "ticket", "email", "web")]
        if not srcs:
            tech, srcs = "plain", ["review", "ticket", "email", "web"]
    src = pick(rng, srcs)
    c = make_ctx(rng, L)
    payload = injection_payload(rng, L, c, intent)
    if src == "web" and tech == "url-encoded":
        frag = f'<a href="/share?msg={urlenc(payload)}">{pick(rng, L.SHARE)}</a>'
        rec = payload
    else:
        frag, rec = hide(rng, L, tech, payload)
    family = INTENT_FAMILY[intent] if tech == "plain" else TECH_FAMILY[tech]
    if src == "review":
        sents = review_sentences(rng, L, c)
        if tech in ("plain", "zero-width", "homoglyph", "leetspeak") and rng.random() < 0.35:
            text = review_wrap(rng, L, c, sents) + "\n\n" + frag
        else:
            text = review_wrap(rng, L, c, insert_at(rng, sents, frag))
    elif src == "ticket":
        text = ticket_wrap(rng, L, c, insert_at(rng, ticket_sentences(rng, L, c), frag, 0.3))
    elif src == "email":
        sents = ticket_sentences(rng, L, c, (1, 2))
        html = tech in ("html-comment", "hidden-css", "white-text")
        if rng.random() < 0.25 and tech == "plain":
            text = email_wrap(rng, L, c, sents, quote=False) + "\n\n" + quoted_history(rng, L, c) + "\n> " + frag
        else:
            text = email_wrap(rng, L, c, insert_at(rng, sents, frag), html=html)
    elif src == "web":
        paras = listing_sentences(rng, L, c)
        if tech == "plain":
            text = web_page(rng, L, c, insert_at(rng, paras, frag))
        else:
            text = web_page(rng, L, c, paras, [frag])
    elif src == "feed":
        rows = feed_rows(rng, L, rng.randint(2, 6))
        r = rng.randrange(len(rows))
        rows[r][4] = rows[r][4] + " " + frag if rng.random() < 0.6 else frag
        text = feed_text(rng, L, rows)
    else:
        text = tool_json(rng, L, c, note=frag)
    return dict(source=src, family=family, text=text, payload=rec, tech=tech)


# ---- benign ----
def make_benign(rng, L, kind):
    c = make_ctx(rng, L)
    if kind == "review":
        return "review", "review", review_wrap(rng, L, c, review_sentences(rng, L, c, (1, 4)))
    if kind == "ticket":
        return "ticket", "support-ticket", ticket_wrap(rng, L, c, ticket_sentences(rng, L, c))
    if kind == "email":
        return "email", "customer-email", email_wrap(rng, L, c, ticket_sentences(rng, L, c, (1, 2)))
    if kind == "listing":
        return "web", "product-page", web_page(rng, L, c, listing_sentences(rng, L, c, (2, 4)))
    if kind == "feed":
        return "feed", "supplier-feed", feed_text(rng, L, feed_rows(rng, L, rng.randint(2, 7)))
    return "tool", "tool-result", tool_json(rng, L, c)


BENIGN_KINDS = [("review", 22), ("ticket", 12), ("email", 10), ("listing", 9), ("feed", 8), ("tool", 10)]

HARD_KINDS = ["customer-instruction", "product-copy", "ai-product-review", "chatbot-complaint", "staff-note",
              "security-notice", "dev-docs", "tool-json-fields", "server-log", "manual-imperatives",
              "encoded-data", "hidden-html", "quoted-transcript", "email-thread"]


def _steps(rng, L, c, k):
    st = fills(rng, L, sample(rng, L.HARD_MANUAL, k), c, typos=False)
    return [f"{i + 1}. {s}" for i, s in enumerate(st)]


def make_hard(rng, L, kind):
    fam = "hard-" + kind
    if kind == "ai-product-review":
        c = make_ctx(rng, L, pick(rng, list(AI_CATS)))
    else:
        c = make_ctx(rng, L)
    H = lambda key, k: fills(rng, L, sample(rng, getattr(L, key), k), c)  # noqa: E731
    if kind == "customer-instruction":
        sents = H("HARD_CUSTOMER", rng.randint(1, 2)) + ticket_sentences(rng, L, c, (0, 1), ask=rng.random() < 0.4)
        return "ticket", fam, ticket_wrap(rng, L, c, sents)
    if kind == "email-thread":
        sents = H("HARD_CUSTOMER", rng.randint(1, 2))
        return "email", fam, email_wrap(rng, L, c, sents, quote=True)
    if kind == "product-copy":
        sents = H("HARD_COPY", rng.randint(1, 2)) + listing_sentences(rng, L, c, (0, 2))
        rng.shuffle(sents)
        if rng.random() < 0.65:
            return "web", fam, web_page(rng, L, c, sents)
        rows = feed_rows(rng, L, rng.randint(2, 5))
        rows[rng.randrange(len(rows))][4] = " ".join(sents)
        return "feed", fam, feed_text(rng, L, rows)
    if kind == "ai-product-review":
        sents = H("HARD_AI", rng.randint(2, 3))
        if rng.random() < 0.5:
            sents = fills(rng, L, [pick(rng, L.REVIEW_OPEN)], c) + sents
        return "review", fam, review_wrap(rng, L, c, sents)
    if kind == "chatbot-complaint":
        sents = H("HARD_BOT", rng.randint(1, 3))
        if rng.random() < 0.5:
            return "review", fam, review_wrap(rng, L, c, sents, stars=rng.choice([1, 2, 3]))
        return "ticket", fam, ticket_wrap(rng, L, c, sents + ticket_sentences(rng, L, c, (0, 1), ask=False))
    if kind == "staff-note":
        sents = H("HARD_STAFF", rng.randint(1, 3))
        if rng.random() < 0.5:
            d = {"tool": "crm_notes", "customer_id": f"C{c['tk']}", "visibility": "internal",
                 "notes": [{"author": c["staff"], "role": "admin", "text": s} for s in sents]}
            return "tool", fam, json.dumps(d, ensure_ascii=False, indent=rng.choice([None, 2]))
        lines = [f"{L.LBL['from']}: {c['staff']} ({c['shop']})", f"{L.LBL['subject']}: {fill(pick(rng, L.STAFF_SUBJ), c)}",
                 "", " ".join(sents), "", c["staff"]]
        return "email", fam, "\n".join(lines)
    if kind == "security-notice":
        sents = H("HARD_SECURITY", rng.randint(2, 4))
        head = fill(pick(rng, L.SEC_HEAD), c)
        if rng.random() < 0.5:
            return "web", fam, f"<h2>{head}</h2>\n<p>" + " ".join(sents) + "</p>"
        return "email", fam, f"{L.LBL['from']}: {c['shop']}\n{L.LBL['subject']}: {head}\n\n" + "\n\n".join(sents)
    if kind == "dev-docs":
        sents = H("HARD_DEV", rng.randint(2, 3))
        sample_msg = {"role": pick(rng, ["system", "customer", "warehouse"]), "order_id": c["o"],
                      "instructions": fill(pick(rng, L.HARD_DELIVERY), c), "override": rng.random() < 0.5}
        code = json.dumps(sample_msg, ensure_ascii=False, indent=2)
        return "web", fam, f"<h2>{fill(pick(rng, L.DEV_HEAD), c)}</h2>\n<p>{' '.join(sents)}</p>\n<pre><code>{code}</code></pre>"
    if kind == "tool-json-fields":
        extra = {"system": pick(rng, ["ERP-3", "WMS v2", "SAP-S4", "shop-core"]),
                 "role": pick(rng, ["customer", "guest", "b2b"]),
                 "delivery_instructions": fill(pick(rng, L.HARD_DELIVERY), c),
                 "admin_override": rng.random() < 0.3}
        return "tool", fam, tool_json(rng, L, c, kind="order", extra=extra)
    if kind == "server-log":
        lines = []
        for m in sample(rng, L.HARD_LOG, rng.randint(2, 4)):
            lvl = pick(rng, ["INFO", "WARN", "INFO", "DEBUG"])
            t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            lines.append(f"{c['date']} {t} {lvl} [{pick(rng, ['admin', 'system', 'prompt-svc', 'checkout'])}] {fill(m, c)}")
        return "tool", fam, json.dumps({"tool": "log_search", "lines": lines}, ensure_ascii=False, indent=rng.choice([None, 2]))
    if kind == "manual-imperatives":
        steps = _steps(rng, L, c, rng.randint(3, 6))
        head = fill(pick(rng, L.MANUAL_HEAD), c)
        if rng.random() < 0.6:
            return "web", fam, f"<h2>{head}</h2>\n<ol>\n" + "\n".join(f"<li>{s[s.index(' ') + 1:]}</li>" for s in steps) + "\n</ol>"
        return "feed", fam, json.dumps({"sku": c["sku"], L.FEED_COLS[1]: c["p"], "manual": head + "\n" + "\n".join(steps)}, ensure_ascii=False)
    if kind == "encoded-data":
        label = fill(pick(rng, L.DATA_LABEL), c)
        raw = bytes(rng.randrange(256) for _ in range(rng.randint(18, 48)))
        blob = base64.b64encode(raw).decode() if rng.random() < 0.6 else raw.hex()
        if rng.random() < 0.5:
            d = {"tool": "shipment_lookup", "order_id": c["o"], "status": pick(rng, L.STATUS), "label": label, "payload": blob}
            return "tool", fam, json.dumps(d, ensure_ascii=False, indent=rng.choice([None, 2]))
        sents = ticket_sentences(rng, L, c, (1, 2), ask=False) + [f"{label} {blob}"]
        return "email", fam, email_wrap(rng, L, c, sents, quote=False)
    if kind == "hidden-html":
        hidden = " ".join(fills(rng, L, sample(rng, L.WEB_INFO, rng.randint(1, 2)), c))
        st = pick(rng, ["display:none", "visibility:hidden", "max-height:0;overflow:hidden"])
        frag = [f'<div class="{pick(rng, ["mobile-only", "tab-panel", "accordion", "tooltip"])}" style="{st}">{hidden}</div>']
        if rng.random() < 0.5:
            frag.append(f"<!-- {fill(pick(rng, L.HTML_COMMENT), c)} -->")
        return "web", fam, web_page(rng, L, c, listing_sentences(rng, L, c), frag)
    if kind == "quoted-transcript":
        lc, la = L.TR_LABELS
        idx = sample(rng, range(len(L.TR_C)), rng.randint(2, 3))
        lines = []
        for i in idx:
            lines += [f"{lc}: {fill(L.TR_C[i], c)}", f"{la}: {fill(L.TR_A[i], c)}"]
        if rng.random() < 0.5:
            intro = fill(pick(rng, L.TR_INTRO), c)
            return "ticket", fam, ticket_wrap(rng, L, c, [intro]) + "\n\n" + "\n".join(lines)
        return "tool", fam, json.dumps({"tool": "chat_history", "ticket": c["tk"], "transcript": lines}, ensure_ascii=False, indent=rng.choice([None, 2]))
    raise ValueError(kind)


SENT_END = re.compile(r"[.!?]\s+")


def _split(line):
    """Split after . ! ? when the next word starts a sentence (not after 'nr.' or '14.')."""
    out, start = [], 0
    for m in SENT_END.finditer(line):
        nxt = line[m.end():m.end() + 1]
        prev = line[max(0, m.start() - 3):m.start()]
        if (nxt.isupper() or not nxt.isalnum()) and not prev[-1:].isdigit():
            out.append(line[start:m.end()])
            start = m.end()
    out.append(line[start:])
    return out
TAG = re.compile(r"<[^>]+>")
KEY = re.compile(r'^[\s{\[]*"[\w ]+":\s*')


def sentences(text):
    """Full sentences of a text (markup, JSON keys and quote marks removed)."""
    out = []
    for line in TAG.sub("\n", text).split("\n"):
        line = KEY.sub("", line.strip()).strip(' "{}[],>').strip()
        line = re.sub(r"^\d+\.\s+", "", line)
        for s in _split(line):
            s = s.strip(' "')
            if len(s.split()) >= 3 and s[-1:] in ".!?":
                out.append(s)
    return out
