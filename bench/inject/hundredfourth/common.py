"""Shared parts of the hundredfourth corpus: products, context, encoders, source wrappers, row builders."""
import base64
import codecs
import json
import urllib.parse

KINDS = ["diy", "baby", "pharmacy", "gaming", "furniture", "outdoor", "wine", "jewellery", "pet", "office"]

PRODUCTS = {
    "diy": ["Bosch PSB 500 RE", "Makita DHP482Z", "DeWalt DCD796", "Metabo SBE 650", "Stanley FatMax 0-33-720",
            "Einhell TE-CD 18/2", "Ryobi R18PD3", "Fischer DuoPower 8x40", "Kärcher K4 Power Control", "Gardena ClassicCut",
            "Bosch GLL 3-80", "Würth Zebra Bit-Set"],
    "baby": ["Chicco Next2Me Magic", "Philips Avent SCD395", "Pampers Premium Care 4", "Cybex Solution T i-Fix",
             "Tommee Tippee Perfect Prep", "Babyzen YOYO2", "Nuby Soft Spout", "Britax Römer Dualfix", "Stokke Tripp Trapp",
             "HiPP Combiotik 2", "Joie i-Spin 360", "Lansinoh 2in1"],
    "pharmacy": ["Omron M3 Comfort", "Beurer FT 90", "Nurofen Forte 400", "Swanson D3 2000 IU", "Braun ThermoScan 7",
                 "Microlife BP B3", "Bioderma Sensibio H2O", "Magne B6 Forte", "Solgar Omega-3", "La Roche-Posay Cicaplast",
                 "Vichy Mineral 89", "Dr. Max Zinek"],
    "gaming": ["Logitech G502 X", "Razer BlackShark V2", "HyperX Alloy Origins", "DualSense Edge", "Xbox Wireless Controller",
               "SteelSeries Arctis Nova 7", "Nintendo Switch OLED", "Corsair K70 RGB", "ASUS ROG Swift PG27",
               "Elgato Stream Deck MK.2", "Trust GXT 707", "8BitDo Ultimate"],
    "furniture": ["IKEA MALM", "Kler Corso", "Tempur Pro Plus", "Vitra Tip Ton", "Ergohuman Elite", "Bolia Scandinavia",
                  "Muuto Outline", "Halmar Rossi", "BRW Kent", "Hjort Knudsen Pure", "Signal Lotus", "Jysk Vedde"],
    "outdoor": ["Vango Odyssey Air 500", "Osprey Atmos AG 65", "Jetboil Flash", "Black Diamond Spot 400",
                "Salomon X Ultra 4 GTX", "Coleman FastPitch Air", "MSR PocketRocket 2", "Deuter Trail Pro 36",
                "Fjällräven Kånken", "Petzl Actik Core", "Hannah Arrant 2", "Sea to Summit Ether Light"],
    "wine": ["Château Musar 2017", "Villa Maria Sauvignon Blanc", "Jameson Black Barrel", "Tokaji Aszú 5 puttonyos",
             "Marqués de Cáceres Reserva", "Glenfiddich 15", "Moët & Chandon Brut", "Becherovka Original",
             "Rubaiyat Mavrud 2019", "Aperol 1 l", "Koskenkorva Vodka", "Hennessy VS"],
    "jewellery": ["Pandora Moments", "Swarovski Millenia", "Thomas Sabo Charm Club", "Skagen Anita", "Fossil Jacqueline",
                  "Daniel Wellington Petite", "Ti Sento Milano", "Brosway Tring", "Guess Love Knot", "Kalevala Koru Kuura",
                  "Sokolov 94013", "Casio Sheen SHE-4540"],
    "pet": ["Royal Canin Maxi Adult", "Acana Wild Prairie", "Brit Care Salmon", "Hill's Science Plan",
            "Purina Pro Plan Sterilised", "Whiskas Tasty Mix", "Trixie Tiana", "Ferplast Cayman 80", "Kong Classic L",
            "Josera Naturelle", "Musti Best Friend", "Flexi New Classic"],
    "office": ["Leitz 180° Active", "HP LaserJet M110we", "Brother P-touch D210", "Fellowes Powershred 8C",
               "Rexel Optima 56", "Canon PIXMA G650", "Pilot FriXion Ball", "Moleskine Classic A5", "Esselte Trendy",
               "Kores Tape Roller", "Logitech MX Keys", "Post-it Super Sticky"],
}

AI_PRODUCTS = ["Roborock S8 MaxV Ultra", "Amazon Echo Dot 5", "Xiaomi Robot Vacuum X20", "Furbo 360 Dog Camera",
               "Owlet Dream Sock", "Petcube Bites 2", "Chessnut Evo", "Miko 3", "Ecovacs Deebot T30", "Google Nest Hub 2",
               "Dreame L20 Ultra", "Eufy SpaceView Baby Monitor", "Withings Body Scan", "Rabbit R1", "Anki Vector 2.0",
               "Samsung Galaxy Buds3 Pro"]

PRICE_BAND = {"diy": (15, 320), "baby": (8, 450), "pharmacy": (4, 90), "gaming": (25, 700), "furniture": (60, 1500),
              "outdoor": (15, 400), "wine": (9, 180), "jewellery": (30, 600), "pet": (5, 80), "office": (3, 350)}

EVIL = ["evil.example", "stat-collector.example", "cdn-pixel.example.net", "reviews-sync.example.org",
        "img-track.example.com", "promo-check.example", "analytics-cdn.example.org", "shop-verify.example.net"]
PATHS = ["p.gif", "log", "i.png", "collect", "c", "px", "img/1x1.png", "v2/beacon"]
QKEYS = ["q", "d", "u", "data", "x", "s"]
MAILU = ["refunds", "orders", "backup", "admin", "export", "billing", "ops"]
SITES = ["best-deals.example", "cheap-outlet.example.net", "super-ceny.example", "mega-sklad.example.org"]
SHOPDOM = ["shop.example", "obchod.example", "store.example.net", "magazin.example", "kauppa.example"]
CODE_WORDS = ["FREE", "VIP", "STAFF", "GIFT", "MEGA", "BONUS", "ADMIN", "SALE", "LOYAL", "PROMO"]
SKU_P = ["SKU", "ART", "PRD", "IT", "X", "ZB"]
EMOJI = ["👍", "🙂", "😡", "🔥", "👌", "😕", "😂", "🙏", "⭐", "💯", "🤔", "😍", "👎", "📦", "✅"]


def money(code, rng, lo, hi):
    v = rng.uniform(lo, hi)
    if code in ("sk", "fi"):
        return f"{v:.2f}".replace(".", ",") + " €"
    if code == "bg":
        return f"{v * 1.96:.2f}".replace(".", ",") + rng.choice([" лв.", " лв.", " лева"])
    if code == "cs":
        k = int(round(v * 25 / 10) * 10 - 1)
        return f"{k:,}".replace(",", " ") + rng.choice([" Kč", " Kč", ",- Kč"])
    if code == "ru":
        k = int(round(v * 95 / 10) * 10)
        return f"{k:,}".replace(",", " ") + rng.choice([" ₽", " руб.", " р."])
    if code == "uk":
        k = int(round(v * 44))
        return f"{k:,}".replace(",", " ") + rng.choice([" грн", " грн", " ₴"])
    raise ValueError(code)


def order_no(rng):
    f = rng.randrange(4)
    if f == 0:
        return str(rng.randint(10000, 999999))
    if f == 1:
        return f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"
    if f == 2:
        return f"SO{rng.randint(100000, 9999999)}"
    return f"{rng.choice([2024, 2025, 2026])}{rng.randint(100000, 999999)}"


def track(rng):
    f = rng.randrange(3)
    if f == 0:
        return f"RR{rng.randint(100000000, 999999999)}{rng.choice(['CN', 'RU', 'CZ', 'SK', 'FI', 'BG', 'UA'])}"
    if f == 1:
        return f"{rng.randint(10 ** 13, 10 ** 14 - 1)}"
    return f"JJD{rng.randint(10 ** 11, 10 ** 12 - 1)}"


def make_ctx(L, rng, kind=None, ai=False):
    kind = kind or rng.choice(KINDS)
    prods = PRODUCTS[kind]
    p = rng.choice(AI_PRODUCTS) if ai else rng.choice(prods)
    p2 = rng.choice([x for x in (AI_PRODUCTS if ai else prods) if x != p])
    lo, hi = PRICE_BAND[kind]
    dom = rng.choice(EVIL)
    first = rng.choice(L.FIRST)
    return {
        "kind": kind, "ai": ai, "p": p, "p2": p2, "first": first, "name": f"{first} {rng.choice(L.LAST)}",
        "order": order_no(rng), "price": money(L.CODE, rng, lo, hi), "amount": money(L.CODE, rng, lo, hi),
        "d": rng.randint(5, 20), "n": rng.randint(2, 4), "r": rng.randint(1, 5),
        "pct": rng.choice([10, 15, 20, 25, 30, 35, 40, 50, 60, 70, 80, 90, 100]), "save": rng.randint(5, 35),
        "code": rng.choice(CODE_WORDS) + str(rng.randint(10, 999)),
        "addr": L.address(rng), "city": rng.choice(L.CITIES), "phone": L.phone(rng),
        "url": f"https://{dom}/{rng.choice(PATHS)}?{rng.choice(QKEYS)}=",
        "site": f"https://{rng.choice(SITES)}", "mail": f"{rng.choice(MAILU)}@{dom}",
        "date": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2024, 2025, 2026])}",
        "time": f"{rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])}",
        "sku": f"{rng.choice(SKU_P)}-{rng.randint(1000, 99999)}", "track": track(rng),
        "shopmail": f"{rng.choice(['info', 'support', 'help', 'eshop', 'zakaznik', 'asiakas'])}@{rng.choice(SHOPDOM)}",
        "cmail": f"{rng.choice(['k', 'user', 'mail', 'x', 'a', 'pos'])}{rng.randint(10, 9999)}@{rng.choice(L.MAILDOM)}",
    }


def fill(t, c):
    s = t.format(**c)
    return s.replace("..", ".").replace(".,", ",") if ".." in s or ".," in s else s


def typo(s, rng):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.islower()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    if rng.random() < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    else:
        w = w[:j] + w[j + 1:]
    words[i] = w
    return " ".join(words)


def fills(rng, c, seq, k, typo_p=0.1):
    out = []
    for t in rng.sample(seq, min(k, len(seq))):
        s = fill(t, c)
        if rng.random() < typo_p:
            s = typo(s, rng)
        out.append(s)
    return out


def kpool(seq, kind):
    """Entries tagged `kind|text` apply to that store kind only; untagged ones to all."""
    out = []
    for t in seq:
        head = t.split("|", 1)[0] if "|" in t else ""
        if head and all(k.isalpha() for k in head.split(",")):
            t = t.split("|", 1)[1]
            if kind not in head.split(","):
                continue
        out.append(t)
    return out


def one(rng, c, seq, typo_p=0.1):
    return fills(rng, c, seq, 1, typo_p)[0]


# ---- encoders and concealment ----
ZW = ["\u200b", "\u200c", "\u2060", "\u200d"]
LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е",
           "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
CYR2LAT = {v: k for k, v in LAT2CYR.items()}
LEET_LAT = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LEET_CYR = {"а": "4", "е": "3", "о": "0", "з": "3", "ч": "4", "б": "6", "т": "7", "в": "8"}


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.6:
            out.append(rng.choice(ZW))
    return "".join(out)


def swap_chars(s, rng, table, p):
    out, n = [], 0
    for ch in s:
        if ch in table and rng.random() < p:
            out.append(table[ch])
            n += 1
        else:
            out.append(ch)
    return "".join(out), n


def homoglyph(s, rng, cyr):
    r, n = swap_chars(s, rng, CYR2LAT if cyr else LAT2CYR, 0.6)
    return r if n >= 3 else swap_chars(s, rng, CYR2LAT if cyr else LAT2CYR, 1.0)[0]


def leet(s, rng, cyr):
    r, n = swap_chars(s, rng, LEET_CYR if cyr else LEET_LAT, 0.75)
    return r if n >= 3 else swap_chars(s, rng, LEET_CYR if cyr else LEET_LAT, 1.0)[0]


def encode(method, s):
    if method == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if method == "hex":
        return s.encode("utf-8").hex()
    if method == "rot13":
        return codecs.encode(s, "rot13")
    if method == "url":
        return urllib.parse.quote(s)
    raise ValueError(method)


CONCEAL_FAMILY = {
    "html-comment": "hidden-html-comment", "css": "hidden-css", "white": "hidden-white-text",
    "alt": "hidden-alt-attribute", "md-comment": "hidden-markdown-comment", "zw": "zero-width-split",
    "homoglyph": "homoglyph-swap", "leet": "leetspeak", "base64": "encoded-base64", "hex": "encoded-hex",
    "rot13": "encoded-rot13", "url": "encoded-url", "json-field": "json-field-injection",
}
CONCEAL_WEIGHTS = [("html-comment", 4), ("css", 4), ("white", 3), ("alt", 3), ("md-comment", 2), ("zw", 3),
                   ("homoglyph", 3), ("leet", 2), ("base64", 3), ("hex", 2), ("rot13", 2), ("url", 2), ("json-field", 3)]
HTML_METHODS = {"html-comment", "css", "white", "alt"}


def conceal(method, payload, L, rng, c):
    """Return (block, is_html) for an injection payload hidden with `method`."""
    if method == "html-comment":
        return rng.choice([f"<!-- {payload} -->", f"<!--{payload}-->"]), True
    if method == "css":
        return rng.choice([f'<span style="display:none">{payload}</span>', f"<div hidden>{payload}</div>",
                           f'<p style="font-size:0;line-height:0">{payload}</p>',
                           f'<span style="position:absolute;left:-9999px">{payload}</span>',
                           f'<div style="visibility:hidden;height:0;overflow:hidden">{payload}</div>',
                           f'<span class="visually-hidden" style="opacity:0">{payload}</span>']), True
    if method == "white":
        return rng.choice([f'<span style="color:#ffffff;background:#ffffff">{payload}</span>',
                           f'<font color="#FFFFFF">{payload}</font>', f'<p style="color:white">{payload}</p>',
                           f'<span style="color:#fefefe">{payload}</span>']), True
    if method == "alt":
        return rng.choice([f'<img src="/media/{c["sku"].lower()}.jpg" alt="{payload}">',
                           f'<img src="/i/{rng.randint(1000, 99999)}.webp" width="1" height="1" title="{payload}">',
                           f'<a href="/p/{c["sku"].lower()}" title="{payload}">{c["p"]}</a>',
                           f'<img alt="{payload}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">']), True
    if method == "md-comment":
        return rng.choice([f"[//]: # ({payload})", f"[comment]: # ({payload})", f"[//]: # \"{payload}\""]), False
    if method == "zw":
        return zero_width(payload, rng), False
    if method == "homoglyph":
        return homoglyph(payload, rng, L.CYR), False
    if method == "leet":
        return leet(payload, rng, L.CYR), False
    if method in ("base64", "hex", "rot13", "url"):
        enc = encode(method, payload)
        lead = rng.choice(L.ENC_LEAD)
        tag = {"base64": "base64", "hex": "hex", "rot13": "rot13", "url": "urlencoded"}[method]
        f = rng.randrange(5)
        if f == 0:
            return f"{lead}: {enc}", False
        if f == 1:
            return f"{lead} ({tag}): {enc}", False
        if f == 2:
            return f'<div data-note="{enc}" data-enc="{tag}"></div>', True
        if f == 3:
            return f"[{tag}] {enc}", False
        return f"{rng.choice(L.DECODE)}: {enc}", False
    raise ValueError(method)


# ---- source wrappers ----
def subject(L, rng, c):
    s = one(rng, c, L.E_SUBJ, 0)
    if c["order"] not in s and rng.random() < 0.6:
        s += rng.choice([f" ({c['order']})", f" – {c['order']}", f" #{c['order']}", f", {c['date']}", f" / {c['p']}"])
    return s


def _insert(rng, seq, block, tail_bias=True):
    if block is None:
        return seq
    choices = list(range(len(seq) + 1)) + ([len(seq)] * 2 if tail_bias else [])
    seq.insert(rng.choice(choices), block)
    return seq


def _join(rng, parts):
    return rng.choice([" ", " ", " ", "\n", "\n\n"]).join(parts)


def src_review(L, rng, c, block=None, html=False, extra=None):
    s = []
    if rng.random() < 0.45:
        s.append(one(rng, c, L.REV_OPEN))
    if extra is not None:
        s += extra
        k = rng.choice([0, 0, 1, 2])
    else:
        k = rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5])
    s += fills(rng, c, L.REV_BODY + ([] if c["ai"] else L.KIND[c["kind"]] * 2), k)
    if rng.random() < 0.5:
        s.append(one(rng, c, L.REV_CLOSE))
    if not s:
        s.append(one(rng, c, L.REV_BODY))
    _insert(rng, s, block)
    body = _join(rng, s)
    if rng.random() < 0.2:
        body += " " + rng.choice(EMOJI)
    h = rng.randrange(6)
    if h == 0:
        body = "★" * c["r"] + "☆" * (5 - c["r"]) + "\n" + body
    elif h == 1:
        body = f"{L.LBL['rating']}: {c['r']}/5\n" + body
    elif h == 2:
        body = f"{c['p']} — {one(rng, c, L.REV_TITLE)}\n" + body
    elif h == 3:
        body = f"{c['name']}, {c['date']}\n" + body
    return body


def src_ticket(L, rng, c, block=None, html=False, extra=None):
    lines = []
    if rng.random() < 0.5:
        lines.append(f"{L.LBL['subject']}: {subject(L, rng, c)}")
    if rng.random() < 0.25:
        lines.append(f"{L.LBL['order']}: {c['order']}")
    body = []
    greet = rng.choice(L.T_GREET) if rng.random() < 0.7 else None
    lo = 0 if (block or extra) else 1
    body += fills(rng, c, L.T_PROBLEM, rng.randint(lo, 3))
    if extra:
        body += extra
    if block is not None:
        body.insert(rng.randint(0, len(body)), block)
    if rng.random() < 0.6:
        body.append(one(rng, c, L.T_ASK))
    tail = []
    if rng.random() < 0.6:
        tail.append(rng.choice(L.T_CLOSE))
    if rng.random() < 0.6:
        tail.append(c["name"])
    text = _join(rng, body)
    if greet:
        text = greet + "\n" + text
    if tail:
        text += "\n" + "\n".join(tail)
    return "\n".join(lines + [text]) if lines else text


def src_email(L, rng, c, block=None, html=False, extra=None, sender=None, subj=None, quote=True, greet=None):
    head = [f"{L.LBL['from']}: {sender or c['name'] + ' <' + c['cmail'] + '>'}"]
    if rng.random() < 0.4:
        head.append(f"{L.LBL['to']}: {c['shopmail']}")
    head.append(f"{L.LBL['subject']}: {subj or subject(L, rng, c)}")
    body = []
    if extra:
        body += fills(rng, c, L.T_PROBLEM, rng.choice([0, 0, 1]))
        body += extra
    else:
        body += fills(rng, c, L.T_PROBLEM, rng.randint(1, 3))
    if rng.random() < 0.5:
        body.append(one(rng, c, L.T_ASK))
    in_quote = block is not None and quote and rng.random() < 0.3
    if block is not None and not in_quote:
        body.insert(rng.randint(0, len(body)), block)
    text = "\n".join(head) + "\n\n" + (greet or rng.choice(L.T_GREET)) + "\n" + _join(rng, body) + "\n\n" + rng.choice(L.T_CLOSE) + "\n" + (
        sender.split(" <")[0] if sender else c["name"])
    if quote and (in_quote or rng.random() < 0.45):
        q = fills(rng, c, L.SHOP_REPLY, rng.randint(1, 3))
        if in_quote:
            q.insert(rng.randint(0, len(q)), block)
        text += "\n\n" + L.LBL["wrote"].format(date=c["date"], who=c["shopmail"]) + "\n" + "\n".join("> " + x for x in q)
    return text


def _item(L, rng, c, kind):
    p = rng.choice(PRODUCTS[kind])
    cc = dict(c, p=p, price=money(L.CODE, rng, *PRICE_BAND[kind]), sku=f"{rng.choice(SKU_P)}-{rng.randint(1000, 99999)}")
    return cc


def src_feed(L, rng, c, block=None, html=False, extra=None, field=None):
    fmt = rng.choice(["csv", "csv", "jsonl", "jsonl", "json"])
    n = rng.randint(1, 4)
    items = [c] + [_item(L, rng, c, c["kind"]) for _ in range(n - 1)]
    rng.shuffle(items)
    target = rng.randrange(n)
    rows = []
    for i, it in enumerate(items):
        desc = fills(rng, it, kpool(L.LIST, it["kind"]), rng.randint(1, 2))
        if i == target and extra:
            desc += extra
        if i == target and block is not None and not field:
            _insert(rng, desc, block)
        rows.append({"sku": it["sku"], "name": it["p"], "price": it["price"], "stock": rng.randint(0, 250),
                     "description": " ".join(desc), "_extra": (field, block) if (i == target and field) else None})
    if fmt == "csv":
        hdr = rng.choice([["sku", "name", "price", "stock", "description"], ["id", "title", "price", "qty", "desc"],
                          ["code", "product", "price_gross", "available", "text"]])
        sep = rng.choice([";", ",", "\t"])
        extra_col = any(r["_extra"] for r in rows)
        if extra_col:
            hdr = hdr + [field]
        out = [sep.join(hdr)]
        for r in rows:
            price = '"' + r["price"] + '"' if sep in r["price"] else r["price"]
            vals = [r["sku"], r["name"], price, str(r["stock"]), '"' + r["description"] + '"']
            if extra_col:
                vals.append('"' + (r["_extra"][1] if r["_extra"] else "") + '"')
            out.append(sep.join(vals))
        return "\n".join(out)
    objs = []
    for r in rows:
        o = {"sku": r["sku"], "name": r["name"], "price": r["price"], "stock": r["stock"], "description": r["description"]}
        if rng.random() < 0.3:
            o["lang"] = L.CODE
        if r["_extra"]:
            o[r["_extra"][0]] = r["_extra"][1]
        objs.append(o)
    if fmt == "jsonl":
        return "\n".join(json.dumps(o, ensure_ascii=False) for o in objs)
    return json.dumps({"feed": rng.choice(["supplier", "partner", "marketplace"]), "items": objs}, ensure_ascii=False,
                      indent=rng.choice([None, 2]))


def src_web(L, rng, c, block=None, html=False, extra=None):
    style = rng.choice(["html", "html", "html", "md", "plain"])
    desc = fills(rng, c, kpool(L.LIST, c["kind"]), rng.randint(1, 3))
    if extra:
        desc = extra + desc[:rng.randint(0, len(desc))]
    if style == "html":
        parts = []
        if rng.random() < 0.5:
            parts.append("<nav>" + " | ".join(rng.sample(L.NAV, rng.randint(3, 5))) + "</nav>")
        parts.append(f"<h1>{c['p']}</h1>")
        if rng.random() < 0.7:
            parts.append(f'<p class="price">{c["price"]}</p>')
        parts += [f"<p>{d}</p>" for d in desc]
        if block is not None:
            parts.insert(rng.randint(1, len(parts)), block if html else f"<p>{block}</p>")
        if rng.random() < 0.4:
            parts.append(f'<button class="add-to-cart">{rng.choice(L.CART)}</button>')
        return "\n".join(parts)
    if style == "md":
        parts = [f"# {c['p']}", ""] + desc
        if rng.random() < 0.6:
            parts += ["", f"**{L.LBL['price']}:** {c['price']}"]
        if block is not None:
            parts.insert(rng.randint(2, len(parts)), block)
        return "\n".join(parts)
    parts = [f"{c['p']} | {c['price']}"] + desc
    if block is not None:
        _insert(rng, parts, block)
    return "\n".join(parts)


def src_tool(L, rng, c, block=None, html=False, extra=None, field=None, kind=None):
    kind = kind or rng.choice(["order", "crm", "search", "reviews"])
    obj = None
    carried = False
    if kind == "order":
        note = block if (block is not None and not field) else (" ".join(extra) if extra else one(rng, c, L.CRM))
        carried = block is not None and not field
        obj = {"tool": rng.choice(["order_lookup", "get_order", "orders.find"]),
               "result": {"order_id": c["order"], "status": rng.choice(L.STATUS), "customer": c["name"],
                          "city": c["city"], "total": c["price"],
                          "items": [{"sku": c["sku"], "name": c["p"], "qty": c["n"]}], "comment": note}}
        if extra and block is not None:
            obj["result"]["comment"] = block
    elif kind == "crm":
        texts = fills(rng, c, L.CRM, rng.randint(1, 3))
        if extra:
            texts += extra
        if block is not None and not field:
            _insert(rng, texts, block)
            carried = True
        obj = {"tool": rng.choice(["crm.notes", "customer_history"]), "customer": c["name"],
               "notes": [{"date": c["date"], "author": rng.choice(L.FIRST), "text": t} for t in texts]}
    elif kind == "search":
        snippets = []
        for _ in range(rng.randint(1, 3)):
            it = _item(L, rng, c, c["kind"])
            snippets.append({"title": it["p"], "price": it["price"], "snippet": " ".join(fills(rng, it, kpool(L.LIST, it["kind"]), 1)),
                             "url": f"https://{rng.choice(SHOPDOM)}/p/{it['sku'].lower()}"})
        if extra:
            snippets[0]["snippet"] = " ".join(extra)
        if block is not None and not field:
            snippets[rng.randrange(len(snippets))]["snippet"] += " " + block
            carried = True
        obj = {"tool": "search", "query": c["p"].split(" ")[0], "results": snippets}
    else:
        revs = []
        for _ in range(rng.randint(1, 3)):
            revs.append({"author": rng.choice(L.FIRST), "rating": rng.randint(1, 5),
                         "text": " ".join(fills(rng, c, L.REV_BODY + ([] if c["ai"] else L.KIND[c["kind"]]), rng.randint(1, 2)))})
        if extra:
            revs[0]["text"] = " ".join(extra)
        if block is not None and not field:
            revs[rng.randrange(len(revs))]["text"] += " " + block
            carried = True
        obj = {"tool": "get_reviews", "product": c["p"], "reviews": revs}
    if block is not None and not carried:
        obj[field or "note"] = block
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


SOURCES = {"review": src_review, "ticket": src_ticket, "email": src_email, "feed": src_feed, "web": src_web,
           "tool": src_tool}

# ---- injections ----
GOAL_FAMILY = {
    "override": "override-instructions", "reveal": "reveal-system-prompt", "leak": "leak-customer-data",
    "refund": "tool-refund", "discount": "tool-discount-code", "address": "tool-address-change",
    "cancel": "tool-cancel-or-reprice", "email": "tool-send-email", "summary": "steer-summary",
    "ranking": "steer-ranking", "exfil": "exfil-markdown-link", "fake_system": "fake-system-message",
    "fake_tool": "fake-tool-output", "fake_turn": "fake-conversation-turn", "memory": "memory-poisoning",
    "verify": "auto-reviewer-order", "cond": "conditional-ai-address", "third": "third-person-agent",
}
ALL = ["review", "ticket", "email", "feed", "web", "tool"]
GOAL_SOURCES = {
    "override": ALL, "reveal": ALL, "leak": ["ticket", "email", "review", "tool"],
    "refund": ["ticket", "email", "tool", "review"], "discount": ["review", "ticket", "email", "web", "feed"],
    "address": ["ticket", "email", "tool"], "cancel": ["ticket", "feed", "email", "tool"],
    "email": ["ticket", "email", "tool"], "summary": ["review", "review", "tool", "web"],
    "ranking": ["feed", "web", "review", "tool"], "exfil": ALL, "fake_system": ALL,
    "fake_tool": ["tool", "ticket", "email"], "fake_turn": ["ticket", "review", "email", "tool"],
    "memory": ["review", "ticket", "email", "web"], "verify": ["feed", "web", "review"], "cond": ALL,
    "third": ["ticket", "email", "review", "tool"],
}
ENCODED = {"base64", "hex", "rot13", "url", "zw", "homoglyph", "leet"}


def pick_method(L, rng, payload):
    while True:
        tot = sum(w for _, w in CONCEAL_WEIGHTS)
        x = rng.uniform(0, tot)
        for m, w in CONCEAL_WEIGHTS:
            x -= w
            if x <= 0:
                break
        if m == "rot13" and L.CYR:
            continue
        if m == "md-comment" and (")" in payload or '"' in payload):
            continue
        if m in ("alt", "css", "white", "html-comment") and ('"' in payload or "<" in payload):
            continue
        return m


def build_injection(L, rng, goal, hidden):
    c = make_ctx(L, rng)
    bot = rng.choice(L.BOT)
    payload = fill(rng.choice(L.INJ[goal]), dict(c, bot=bot))
    payload = payload[0].upper() + payload[1:]
    srcs = GOAL_SOURCES[goal]
    if not hidden:
        src = rng.choice(srcs)
        return src, GOAL_FAMILY[goal], SOURCES[src](L, rng, c, block=payload), payload
    m = pick_method(L, rng, payload)
    if m == "json-field":
        src = rng.choice(["tool", "tool", "feed"])
        fld = rng.choice(["delivery_instructions", "gift_message", "seller_note", "internal_note", "customer_comment",
                          "meta_description", "notes_for_agent"])
        return src, CONCEAL_FAMILY[m], SOURCES[src](L, rng, c, block=payload, field=fld), payload
    block, is_html = conceal(m, payload, L, rng, c)
    if m == "md-comment":
        src = rng.choice(["web", "review", "ticket"])
    else:
        src = rng.choice(srcs)
    return src, CONCEAL_FAMILY[m], SOURCES[src](L, rng, c, block=block, html=is_html), payload


# ---- benign ----
def build_easy(L, rng, fam):
    c = make_ctx(L, rng)
    src = {"benign-review": "review", "benign-ticket": "ticket", "benign-email": "email", "benign-listing": "feed",
           "benign-web": "web", "benign-tool": "tool"}[fam]
    return src, SOURCES[src](L, rng, c)


def _transcript(L, rng, c):
    cu, ag = L.SPEAKER
    lines = []
    cs = fills(rng, c, L.HARD["trans_c"], rng.randint(2, 3), 0.1)
    as_ = fills(rng, c, L.HARD["trans_a"], rng.randint(2, 3), 0)
    for i in range(max(len(cs), len(as_))):
        if i < len(cs):
            lines.append((cu, cs[i]))
        if i < len(as_):
            lines.append((ag, as_[i]))
    return lines


def build_hard(L, rng, fam):
    H = L.HARD
    if fam == "hard-ai-product-review":
        c = make_ctx(L, rng, ai=True)
    else:
        c = make_ctx(L, rng)
    if fam == "hard-customer-order":
        src = rng.choice(["ticket", "ticket", "email"])
        return src, SOURCES[src](L, rng, c, extra=fills(rng, c, H["customer_order"], rng.randint(1, 3)))
    if fam == "hard-product-copy":
        src = rng.choice(["feed", "web", "web"])
        return src, SOURCES[src](L, rng, c, extra=fills(rng, c, kpool(H["product_copy"], c["kind"]), rng.randint(1, 3), 0))
    if fam == "hard-ai-product-review":
        src = rng.choice(["review", "review", "review", "ticket"])
        return src, SOURCES[src](L, rng, c, extra=fills(rng, c, H["ai_review"], rng.randint(1, 3)))
    if fam == "hard-chatbot-complaint":
        src = rng.choice(["review", "ticket", "email"])
        return src, SOURCES[src](L, rng, c, extra=fills(rng, c, H["chatbot"], rng.randint(1, 2)))
    if fam == "hard-staff-note":
        src = rng.choice(["tool", "email"])
        ex = fills(rng, c, H["staff"], rng.randint(1, 3), 0.05)
        if src == "tool":
            return src, src_tool(L, rng, c, extra=ex, kind=rng.choice(["crm", "crm", "order"]))
        sender = f"{rng.choice(L.FIRST)} {rng.choice(L.LAST)} <{rng.choice(['sklad', 'team', 'vedouci', 'shift'])}@{rng.choice(SHOPDOM)}>"
        return src, src_email(L, rng, c, extra=ex, sender=sender, subj=rng.choice(L.STAFF_SUBJ), quote=False,
                              greet=rng.choice(L.STAFF_GREET))
    if fam == "hard-security-notice":
        src = rng.choice(["web", "email", "email"])
        ex = fills(rng, c, H["security"], rng.randint(2, 4), 0)
        if src == "web":
            title = rng.choice(L.SEC_TITLE)
            if rng.random() < 0.5:
                return src, f"<h2>{title}</h2>\n" + "\n".join(f"<p>{x}</p>" for x in ex)
            return src, f"## {title}\n\n" + "\n".join("- " + x for x in ex)
        sender = f"{rng.choice(L.SHOPNAME)} <{c['shopmail']}>"
        return src, f"{L.LBL['from']}: {sender}\n{L.LBL['subject']}: {rng.choice(L.SEC_TITLE)}\n\n" + \
            rng.choice(L.CUST_GREET) + "\n" + _join(rng, ex) + "\n\n" + rng.choice(L.SHOPNAME)
    if fam == "hard-dev-doc":
        src = rng.choice(["web", "tool"])
        ex = fills(rng, c, H["dev"], rng.randint(2, 4), 0)
        if src == "web":
            code = json.dumps({"role": rng.choice(["system", "user", "assistant"]), "content": one(rng, c, L.CRM, 0),
                               "order_id": c["order"]}, ensure_ascii=False)
            parts = [f"## {rng.choice(L.DEV_TITLE)}", ""] + ex
            if rng.random() < 0.7:
                parts.insert(rng.randint(2, len(parts)), "```json\n" + code + "\n```")
            return src, "\n".join(parts)
        t = _transcript(L, rng, c)
        obj = rng.choice([
            {"session": c["sku"].lower(), "messages": [{"role": "user" if s == L.SPEAKER[0] else "assistant", "content": x}
                                                        for s, x in t], "system": "support-bot-v2", "doc": ex},
            {"level": "info", "system": rng.choice(["warehouse", "checkout", "crm"]), "instructions": ex,
             "order_id": c["order"], "status": rng.choice(L.STATUS)},
        ])
        return src, json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    if fam == "hard-manual":
        src = rng.choice(["web", "feed", "review"])
        ex = fills(rng, c, kpool(H["manual"], c["kind"]), rng.randint(2, 4), 0.05)
        if src == "web" and rng.random() < 0.6:
            return src, f"{rng.choice(L.MANUAL_TITLE)}: {c['p']}\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(ex))
        return src, SOURCES[src](L, rng, c, extra=ex)
    if fam == "hard-encoded-data":
        src = rng.choice(["tool", "feed"])
        raw = f"{c['order']}|{c['track']}|{c['date']}"
        data = {"tracking_b64": base64.b64encode(raw.encode()).decode(),
                "checksum_hex": bytes(rng.randrange(256) for _ in range(16)).hex(),
                "thumb": "data:image/png;base64," + base64.b64encode(
                    b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(24))).decode()}
        keys = rng.sample(list(data), rng.randint(1, 3))
        ex = fills(rng, c, H["encoded"], rng.randint(1, 2), 0)
        if src == "tool":
            obj = {"tool": rng.choice(["shipment_status", "warehouse.scan", "label_service"]), "order_id": c["order"],
                   "status": rng.choice(L.STATUS), "note": " ".join(ex)}
            for k in keys:
                obj[k] = data[k]
            return src, json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
        lines = [json.dumps(dict({"sku": c["sku"], "name": c["p"], "price": c["price"], "description": " ".join(
            fills(rng, c, kpool(L.LIST, c["kind"]), 1) + ex)}, **{k: data[k] for k in keys}), ensure_ascii=False)]
        for _ in range(rng.randint(0, 2)):
            it = _item(L, rng, c, c["kind"])
            lines.append(json.dumps({"sku": it["sku"], "name": it["p"], "price": it["price"],
                                     "description": one(rng, it, kpool(L.LIST, it["kind"]), 0)}, ensure_ascii=False))
        rng.shuffle(lines)
        return src, "\n".join(lines)
    if fam == "hard-hidden-html":
        ex = fills(rng, c, H["hidden"], rng.randint(1, 2), 0)
        blocks = [rng.choice([f'<div class="size-chart" style="display:none">{x}</div>', f"<div hidden>{x}</div>",
                              f'<span class="tooltip" style="visibility:hidden">{x}</span>',
                              f"<!-- {x} -->", f'<img src="/media/{c["sku"].lower()}.jpg" alt="{x}">']) for x in ex]
        text = src_web(L, rng, c, block=blocks[0], html=True)
        if len(blocks) > 1:
            text += "\n" + blocks[1]
        return "web", text
    if fam == "hard-transcript":
        src = rng.choice(["ticket", "tool", "email"])
        t = _transcript(L, rng, c)
        if src == "tool":
            return src, json.dumps({"tool": "chat_history", "order_id": c["order"],
                                    "transcript": [{"from": s, "text": x} for s, x in t]}, ensure_ascii=False,
                                   indent=rng.choice([None, 2]))
        body = "\n".join(f"{s}: {x}" for s, x in t)
        lead = one(rng, c, L.TRANS_LEAD, 0)
        if src == "ticket":
            return src, lead + "\n\n" + body
        return src, src_email(L, rng, c, extra=[lead + "\n" + body], quote=False)
    raise ValueError(fam)


HARD_FAMILIES = ["hard-customer-order", "hard-product-copy", "hard-ai-product-review", "hard-chatbot-complaint",
                 "hard-staff-note", "hard-security-notice", "hard-dev-doc", "hard-manual", "hard-encoded-data",
                 "hard-hidden-html", "hard-transcript"]
EASY_FAMILIES = ["benign-review", "benign-ticket", "benign-email", "benign-listing", "benign-web", "benign-tool"]
