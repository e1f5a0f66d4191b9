"""Shared helpers: value pools, price formatting, hiding and encoding."""
import base64
import json
import re

BRANDS = ["Kavo", "Lumio", "Brisa", "Nordel", "Tavi", "Orrin", "Pelko", "Zenta", "Molvi", "Qadra",
          "Velto", "Arvik", "Sunna", "Dorel", "Ikaro", "Fjelm", "Rovan", "Calyx", "Miro", "Ostra"]
SHOPS = ["ShopNova", "MegaKauppa", "BestBuyHub", "TopDeal24", "Markt-X", "PriceKing", "CityStore",
         "eBazar", "QuickMart", "UltraShop", "DealPoint", "Stockly"]
DOMAINS = ["stats-collector.example", "img-cdn-check.example", "pixel.track-it.example",
           "cdn.review-metrics.example", "log.shopsync.example", "a.imgproxy.example"]
ZW = "\u200b"


def fmt_price(cur, x):
    sym, pos, dec, scale = cur
    v = x * scale
    if scale >= 50:
        s = f"{int(round(v, -1)):,}".replace(",", " " if dec == "," else ",")
        if sym in ("₫", "Rp", "Ft"):
            s = s.replace(",", ".").replace(" ", ".")
    else:
        s = f"{v:.2f}"
        if dec == ",":
            s = s.replace(".", ",")
    return f"{sym}{s}" if pos == "before" else f"{s} {sym}"


def order_id(rng):
    k = rng.randrange(6)
    if k == 0:
        return str(rng.randint(10000, 999999))
    if k == 1:
        return f"#{rng.randint(1000, 99999)}"
    if k == 2:
        return f"SO-{rng.randint(100000, 999999)}"
    if k == 3:
        return f"{rng.choice('ABCDEFGHKLMNPRSTUVWZ')}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if k == 4:
        return f"ORD{rng.randint(2023, 2025)}{rng.randint(10000, 99999)}"
    return f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"


def code(rng):
    a = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.randint(3, 6)))
    return f"{a}{rng.randint(10, 99)}" if rng.random() < 0.6 else f"{a}-{rng.randint(100, 999)}"


def account(rng):
    return rng.choice(["ACC-", "U", "CUST", "id:", "K-"]) + str(rng.randint(100000, 9999999))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hide(method, payload, rng):
    """Return a snippet that carries payload in a concealed form."""
    if method == "html-comment":
        return f"<!-- {payload} -->"
    if method == "css-hidden":
        tag = rng.choice(["span", "div", "p"])
        st = rng.choice(["display:none", "display: none;", "visibility:hidden;height:0", "position:absolute;left:-9999px"])
        return f'<{tag} style="{st}">{payload}</{tag}>'
    if method == "alt-title":
        attr = rng.choice(["alt", "title", "alt", "aria-label"])
        img = f"/media/p{rng.randint(1000, 99999)}.{rng.choice(['jpg', 'png', 'webp'])}"
        return f'<img src="{img}" {attr}="{payload}">'
    if method == "white-text":
        st = rng.choice(["color:#ffffff;background:#ffffff", "color:white;font-size:1px",
                         "color:#fefefe;background-color:#fefefe;font-size:2px"])
        return f'<span style="{st}">{payload}</span>'
    if method == "md-comment":
        return rng.choice([f"[//]: # ({payload})", f"<!--- {payload} --->", f"[comment]: <> ({payload})"])
    if method == "base64":
        enc = base64.b64encode(payload.encode("utf-8")).decode("ascii")
        return rng.choice([f"ref: {enc}", f"[b64]{enc}[/b64]", f"meta={enc}", f"base64: {enc}"])
    if method == "hex":
        enc = payload.encode("utf-8").hex()
        return rng.choice([f"hex:{enc}", f"0x{enc}", f'<span data-h="{enc}"></span>'])
    if method == "zero-width":
        words = payload.split(" ")
        out = []
        for w in words:
            if len(w) > 3 and w.isalpha() and rng.random() < 0.6:
                w = ZW.join(w)
            out.append(w)
        if ZW not in "".join(out):
            i = max(range(len(out)), key=lambda j: len(out[j]))
            out[i] = ZW.join(out[i])
        return " ".join(out)
    raise ValueError(method)


HTML_METHODS = {"html-comment", "css-hidden", "alt-title", "white-text"}
ENCODED_METHODS = {"base64", "hex", "zero-width"}

_SPLIT = re.compile(r"(?<=[.!?。؟।])\s+|\n+")


def sentences(text):
    out = []
    for s in _SPLIT.split(text):
        s = s.strip()
        if len(s) > 3:
            out.append(s)
    return out


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False)
