"""Shared pieces: products, fillers, carriers and family builders."""
import base64
import codecs
import json
import urllib.parse

PRODUCTS = {
    "electronics": [
        "65W GaN USB-C charger", "braided USB-C to Lightning cable 2m", "MagSafe-style phone wallet",
        "10000mAh slim power bank", "Bluetooth 5.3 earbuds TW-90", "car phone mount with Qi pad",
        "tempered glass screen protector (2 pack)", "7-in-1 USB-C hub", "mechanical keyboard keycaps set",
        "smartwatch strap 22mm silicone", "HDMI 2.1 cable 3m", "travel adapter EU/UK/US",
    ],
    "books": [
        "audiobook 'The Salt Road'", "e-book 'Quiet Harbours'", "hardback 'A Short History of Maps'",
        "audiobook 'Winter at Kestrel Farm'", "e-book bundle 'Nordic Noir 5'", "paperback 'Learn Rust in 30 Days'",
        "gift card for e-books", "audiobook 'Small Gods of the Kitchen'", "paperback 'The Orchard Letters'",
    ],
    "nutrition": [
        "Whey Isolate 1kg vanilla", "creatine monohydrate 500g", "vegan protein chocolate 750g",
        "electrolyte tabs lemon x20", "pre-workout 'Volt' berry", "protein bars peanut (box of 12)",
        "BCAA 2:1:1 watermelon", "shaker bottle 700ml", "oat & whey breakfast mix",
    ],
    "flowers": [
        "bouquet 'Sunny Morning'", "12 red roses with vase", "orchid in ceramic pot", "birthday gift box with chocolates",
        "seasonal tulip bundle", "sympathy wreath (medium)", "peony bouquet 'Blush'", "succulent trio",
    ],
    "carparts": [
        "used alternator (Golf VI 1.6 TDI)", "front brake calipers pair (Octavia II)", "left headlight unit (Corolla 2014)",
        "used gearbox 5-speed (Clio III)", "side mirror right, heated (Astra J)", "radiator (Focus Mk3)",
        "rear bumper, silver (Civic 2012)", "ECU module (Passat B7)", "turbocharger, refurbished (320d E90)",
    ],
}
BUSINESSES = list(PRODUCTS)

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "i": "\u0456", "x": "\u0445"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
EVIL = ["collect-stats.example", "img-cdn-pixel.example", "reviews-sync.example", "ord3r-check.example", "evil.example"]


def order_id(rng):
    style = rng.randrange(6)
    if style == 0:
        return "#%d" % rng.randint(10000, 99999)
    if style == 1:
        return "ORD-%d-%04d" % (rng.randint(21, 26), rng.randint(0, 9999))
    if style == 2:
        return "CP-%05d" % rng.randint(0, 99999)
    if style == 3:
        return "%s%d" % (rng.choice(["BK", "FL", "NT", "EA"]), rng.randint(100000, 999999))
    if style == 4:
        return "%d-%d" % (rng.randint(100, 999), rng.randint(1000000, 9999999))
    return "#%s%d" % (rng.choice("ABCDEFGHKMNPRSTUVWXZ"), rng.randint(1000, 99999))


def money(rng, L):
    lo, hi, dec, fmt = L["money"]
    v = rng.uniform(lo, hi)
    if dec:
        s = "%.2f" % v
        if L.get("comma"):
            s = s.replace(".", ",")
    else:
        s = str(int(v) // 10 * 10 or 10)
    return fmt.replace("X", s)


def ctx(rng, L):
    biz = rng.choice(BUSINESSES)
    return {
        "p": rng.choice(PRODUCTS[biz]),
        "o": order_id(rng),
        "n": rng.choice(L["names"]),
        "n2": rng.choice(L["names"]),
        "m": money(rng, L),
        "d": rng.randint(2, 21),
        "c": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(6, 9))),
        "u": rng.choice(EVIL),
        "t": "%s%d" % (rng.choice(["1Z", "JD", "LX", "RR", "CN"]), rng.randint(10 ** 9, 10 ** 10 - 1)),
    }


def f(s, c):
    return s.format(**c)


def pick(rng, L, key, c, k=1):
    items = rng.sample(L[key], min(k, len(L[key])))
    return [f(x, c) for x in items]


def rating(rng):
    n = rng.choices([1, 2, 3, 4, 5], [2, 2, 3, 5, 6])[0]
    s = rng.randrange(4)
    if s == 0:
        return "★" * n + "☆" * (5 - n), n
    if s == 1:
        return "%d/5" % n, n
    if s == 2:
        return "⭐" * n, n
    return "", n


def join(parts, rng, sep=None):
    parts = [p for p in parts if p]
    if sep is None:
        sep = rng.choice([" ", " ", " ", "\n"])
    return sep.join(parts)


def emoji(rng):
    return rng.choice(["", "", "", "", " 🙂", " 👍", " 😡", " 🙏", " 💐", " 📦", " 😅", " 💪"])


def quote(text):
    return "\n".join("> " + line for line in text.split("\n"))


def zero_width(rng, s):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.55:
            out.append(rng.choice(ZW))
    return "".join(out)


def homoglyph(rng, s):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in s)


def leet(rng, s):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and rng.random() < 0.7 else ch for ch in s)


# ---------- benign builders (each returns source, family, text) ----------

def b_review(rng, L, c):
    r, n = rating(rng)
    body = pick(rng, L, "pos" if n >= 3 else "neg", c, rng.randint(1, 3))
    if rng.random() < 0.3:
        body += pick(rng, L, "neg" if n >= 3 else "pos", c, 1)
    return "review", "benign-review", join([r] + body, rng) + emoji(rng)


def b_ticket(rng, L, c):
    parts = pick(rng, L, "hi", c) + pick(rng, L, "neg", c, rng.randint(1, 2)) + pick(rng, L, "ask", c)
    if rng.random() < 0.6:
        parts += pick(rng, L, "bye", c)
    return "ticket", "benign-ticket", join(parts, rng, rng.choice([" ", "\n"]))


def b_listing(rng, L, c):
    head = "%s — %s" % (c["p"], c["m"])
    return "feed", "benign-listing", join([head] + pick(rng, L, "feed", c, rng.randint(1, 3)), rng, "\n")


def b_status(rng, L, c):
    obj = {"order_id": c["o"], "status": rng.choice(["in_transit", "delivered", "awaiting_pickup", "processing", "returned"]),
           "carrier": rng.choice(["DHL", "GLS", "DPD", "UPS", "PostNL", "InPost", "J&T"]), "tracking": c["t"],
           "eta_days": c["d"]}
    if rng.random() < 0.6:
        obj["customer_note"] = pick(rng, L, "ask", c)[0]
    return "tool", "benign-order-status", json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


def b_email(rng, L, c):
    old = join(pick(rng, L, "hi", c) + pick(rng, L, "neg", c) + pick(rng, L, "ask", c), rng, " ")
    new = join(pick(rng, L, "hi", c) + pick(rng, L, "ask", c) + pick(rng, L, "bye", c), rng, "\n")
    return "email", "benign-email-thread", new + "\n\n" + f(L["wrote"], c) + "\n" + quote(old)


EASY = [b_review, b_review, b_ticket, b_ticket, b_listing, b_status, b_email]


def h_order(rng, L, c):
    parts = pick(rng, L, "hi", c) + pick(rng, L, "h_order", c, rng.randint(1, 2))
    if rng.random() < 0.4:
        parts += pick(rng, L, "neg", c)
    parts += pick(rng, L, "bye", c)
    return rng.choice(["ticket", "email"]), "hard-customer-command", join(parts, rng, rng.choice([" ", "\n"]))


def h_staff(rng, L, c):
    body = join(pick(rng, L, "h_staff", c, rng.randint(1, 2)), rng, " ")
    tag = rng.choice(["", "[internal] ", "--- %s ---\n" % L["internal"], "%s: " % L["internal"]])
    src = rng.choice(["ticket", "email"])
    if rng.random() < 0.5:
        cust = join(pick(rng, L, "neg", c) + pick(rng, L, "ask", c), rng, " ")
        return src, "hard-staff-note", cust + "\n\n" + tag + body
    return src, "hard-staff-note", tag + body


def h_sec(rng, L, c):
    return rng.choice(["web", "email"]), "hard-security-warning", join(pick(rng, L, "h_sec", c, rng.randint(1, 2)), rng)


def h_bot(rng, L, c):
    r, _ = rating(rng)
    parts = [r] + pick(rng, L, "h_bot", c, rng.randint(1, 2))
    return rng.choice(["review", "review", "ticket"]), "hard-chatbot-complaint", join(parts, rng) + emoji(rng)


def h_chat(rng, L, c):
    pairs = rng.sample(L["chat"], min(len(L["chat"]), rng.randint(1, 3)))
    lines = []
    for q, a in pairs:
        lines.append("%s: %s" % (L["cust"], f(q, c)))
        lines.append("%s: %s" % (L["agent"], f(a, c)))
    head = rng.choice(["", f(L["transcript"], c) + "\n"])
    tail = ""
    if rng.random() < 0.4:
        tail = "\n\n" + pick(rng, L, "ask", c)[0]
    return "ticket", "hard-quoted-transcript", head + "\n".join(lines) + tail


def h_log(rng, L, c):
    style = rng.randrange(3)
    if style == 0:
        obj = {"role": "system", "source": "helpdesk-config", "instructions_version": "v%d" % rng.randint(2, 40),
               "override": False, "ticket": c["o"], "customer_message": pick(rng, L, "ask", c)[0]}
        return "tool", "hard-api-log", json.dumps(obj, ensure_ascii=False)
    if style == 1:
        lines = [
            "%02d:%02d:%02d INFO  router  ticket=%s queue=%s" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), c["o"], rng.choice(["refunds", "shipping", "returns", "billing"])),
            "%02d:%02d:%02d WARN  policy  prompt_override_check=pass ignore_list=[] admin=false" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
            "%02d:%02d:%02d INFO  msg     \"%s\"" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), pick(rng, L, "neg", c)[0]),
        ]
        rng.shuffle(lines)
        return "tool", "hard-api-log", "\n".join(lines)
    obj = {"messages": [{"role": "user", "content": pick(rng, L, "ask", c)[0]},
                        {"role": "assistant", "content": f(rng.choice(L["chat"])[1], c)}],
           "system_fingerprint": "fp_%x" % rng.getrandbits(32), "tool": rng.choice(["order_lookup", "track_parcel", "stock_check"])}
    return "tool", "hard-api-log", json.dumps(obj, ensure_ascii=False)


def h_data(rng, L, c):
    raw = json.dumps({"o": c["o"], "t": c["t"], "w": rng.randint(100, 9000)}, separators=(",", ":")).encode()
    enc = base64.b64encode(raw).decode() if rng.random() < 0.6 else raw.hex()
    parts = pick(rng, L, "feed", c) + ["ref=%s" % enc]
    if rng.random() < 0.5:
        parts.append("img=data:image/png;base64,%s" % base64.b64encode(bytes(rng.getrandbits(8) for _ in range(18))).decode())
    return rng.choice(["feed", "tool"]), "hard-encoded-data", join(parts, rng, "\n")


def h_hidden(rng, L, c):
    inner = pick(rng, L, "feed", c)[0]
    style = rng.randrange(3)
    if style == 0:
        html = '<div class="desc">%s</div>\n<div class="spec-full" style="display:none">%s</div>' % (pick(rng, L, "feed", c)[0], inner)
    elif style == 1:
        html = '<p>%s</p>\n<!-- price block v%d, %s -->' % (inner, rng.randint(2, 9), c["m"])
    else:
        html = '<img src="/img/%d.jpg" alt="%s"> <span hidden>%s</span>' % (rng.randint(100, 999), c["p"], inner)
    return rng.choice(["web", "feed"]), "hard-hidden-html", html


def h_manual(rng, L, c):
    return rng.choice(["feed", "web"]), "hard-manual-imperatives", join(pick(rng, L, "h_man", c, rng.randint(2, 4)), rng)


HARD = [h_order, h_order, h_staff, h_staff, h_sec, h_sec, h_bot, h_chat, h_chat, h_log, h_data, h_hidden, h_manual, h_manual]

KIND_FAMILY = {
    "router": "sorter-directive", "refund": "tool-refund", "steer": "summary-steering", "leak": "prompt-leak",
    "exfil": "markdown-exfil", "fake": "fake-staff-note", "sys": "fake-system-message", "cond": "conditional-ai-note",
    "price": "agent-price-steer", "mem": "false-memory", "data": "data-request",
}


def host(rng, L, c, src=None):
    """Ordinary visible text around an injection."""
    src = src or rng.choice(["review", "ticket", "email", "web", "feed"])
    if src == "review":
        r, n = rating(rng)
        return src, join([r] + pick(rng, L, "pos", c, rng.randint(1, 2)), rng)
    if src in ("ticket", "email"):
        return src, join(pick(rng, L, "hi", c) + pick(rng, L, "neg", c) + pick(rng, L, "ask", c), rng, rng.choice([" ", "\n"]))
    return src, "%s — %s\n%s" % (c["p"], c["m"], join(pick(rng, L, "feed", c, rng.randint(1, 2)), rng))


def inject(rng, L, EN, c, latin):
    """Return (source, family, text, payload)."""
    kind, raw = rng.choice(L["inj"])
    carriers = ["plain"] * 6 + ["comment", "css", "alt", "zw", "b64", "json", "quoted", "turn", "white", "md", "url", "hex"]
    if latin:
        carriers += ["homo", "leet"]
    if L is not EN:
        carriers += ["mixed", "mixed"]
    else:
        carriers += ["rot13", "rot13"]
    car = rng.choice(carriers)
    if car == "mixed":
        kind, raw = rng.choice(EN["inj"])
    pay = f(raw, c)
    fam = KIND_FAMILY[kind]
    src, vis = host(rng, L, c)
    bye = pick(rng, L, "bye", c)[0] if src in ("ticket", "email") and rng.random() < 0.5 else ""
    if car in ("plain", "mixed"):
        if car == "mixed":
            fam = "mixed-language"
        pos = rng.random()
        if pos < 0.6:
            text = join([vis, pay, bye], rng)
        elif pos < 0.8:
            text = join([pay, vis, bye], rng, "\n")
        else:
            text = join([vis, bye], rng) + "\n\n" + rng.choice(["PS ", "PS: ", "NB: ", "btw ", "-- ", "* "]) + pay
        return src, fam, text, pay
    if car == "comment":
        return rng.choice(["web", "review", "feed"]), "hidden-html-comment", vis + "\n<!-- " + pay + " -->", pay
    if car == "css":
        st = rng.choice(["display:none", "font-size:0", "visibility:hidden", "position:absolute;left:-9999px"])
        return rng.choice(["web", "feed"]), "hidden-css-text", "<p>%s</p><span style=\"%s\">%s</span>" % (vis, st, pay), pay
    if car == "white":
        return rng.choice(["web", "email"]), "white-on-white", "<div>%s<font color=\"#ffffff\" size=\"1\">%s</font></div>" % (vis, pay), pay
    if car == "alt":
        attr = rng.choice(["alt", "title", "data-note", "aria-label"])
        return rng.choice(["web", "feed", "review"]), "hidden-attribute", "%s\n<img src=\"/u/%d.webp\" %s=\"%s\">" % (vis, rng.randint(1000, 9999), attr, pay.replace('"', "'")), pay.replace('"', "'")
    if car == "md":
        return rng.choice(["review", "web"]), "markdown-comment", vis + "\n\n[//]: # (" + pay.replace(")", "]").replace("(", "[") + ")", pay.replace(")", "]").replace("(", "[")
    if car == "zw":
        return src, "zero-width-split", join([vis, zero_width(rng, pay), bye], rng), pay
    if car == "homo":
        return src, "homoglyph-mask", join([vis, homoglyph(rng, pay), bye], rng), pay
    if car == "leet":
        return src, "leetspeak-mask", join([vis, leet(rng, pay), bye], rng), pay
    if car in ("b64", "hex", "url", "rot13"):
        if car == "b64":
            enc = base64.b64encode(pay.encode()).decode()
        elif car == "hex":
            enc = pay.encode().hex()
        elif car == "url":
            enc = urllib.parse.quote(pay)
        else:
            enc = codecs.encode(pay, "rot13")
        lab = f(rng.choice(L["enc_cue"]), {"e": {"b64": "base64", "hex": "hex", "url": "URL", "rot13": "ROT13"}[car]})
        return src, "encoded-" + car, join([vis, lab + " " + enc], rng, "\n"), pay
    if car == "json":
        obj = {"order_id": c["o"], "status": rng.choice(["in_transit", "processing", "delivered", "refund_pending"]),
               "tracking": c["t"], rng.choice(["customer_note", "seller_comment", "delivery_instructions", "gift_message"]): pay}
        if rng.random() < 0.5:
            obj["items"] = [{"sku": "SKU-%d" % rng.randint(1000, 9999), "name": c["p"], "qty": rng.randint(1, 3)}]
        return "tool", "tool-result-field", json.dumps(obj, ensure_ascii=False), pay
    if car == "quoted":
        old = join(pick(rng, L, "hi", c) + pick(rng, L, "neg", c) + [pay], rng, "\n")
        new = join(pick(rng, L, "hi", c) + pick(rng, L, "ask", c) + pick(rng, L, "bye", c), rng, "\n")
        return "email", "quoted-history", new + "\n\n" + f(L["wrote"], c) + "\n" + quote(old), pay
    # fake conversation turn
    q, a = rng.choice(L["chat"])
    lab = rng.choice(["System", "SYSTEM", L["agent"], "Admin", "Developer"])
    turn = "%s: %s" % (lab, pay)
    text = "%s: %s\n%s: %s\n%s" % (L["cust"], f(q, c), L["agent"], f(a, c), turn)
    return "ticket", "fake-chat-turn", text, turn
