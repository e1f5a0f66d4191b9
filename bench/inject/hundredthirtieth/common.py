"""Shared pieces: slot filling, carriers, hiding and encoding tricks."""
import base64
import codecs
import json
import re
import urllib.parse

SEED = 130_0130

SHOPS = {
    "pet": "Whisker & Wag",
    "elec": "FixByte",
    "fashion": "ReWear Market",
    "grocery": "CrateFresh",
    "toy": "Little Acorn",
}
BRANDS = {
    "pet": ["Kibblo", "PawFlex", "Nibbly", "FurBrite", "Tailwise", "Barkley"],
    "elec": ["Voltix", "Nexa", "Ohmly", "Pixon", "Kaden", "Luma"],
    "fashion": ["Marlowe", "Atelier Noor", "Osk", "Verdant", "Holt & Finch", "Sable"],
    "grocery": ["Fieldmark", "Oat & Ember", "Brinebay", "Sunpatch", "Greenrow"],
    "toy": ["Tumbletot", "Blokka", "Hushaby", "Moppet", "Kitebird", "Pebble"],
}
EXFIL_HOSTS = ["pix-cdn.example", "stats-beacon.example", "img.review-helper.example",
               "cdn.trackly.example", "a.petpix.example", "t.fastsubs.example"]
LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "sk",
         "sl", "hu", "ro", "tr", "id", "vi", "lt"}


def lines(s):
    return [x.strip() for x in s.strip().split("\n") if x.strip()]


def table(n, s):
    out = []
    for x in lines(s):
        parts = x.split("|", n - 1)
        out.append(tuple(p.strip() for p in parts))
    return out


_SLOT = re.compile(r"\{(\w+)\}")


def fits(s, biz):
    if not s.startswith("@"):
        return True
    return biz in s[1:s.index(" ")].split(",")


def choose(rng, bank, ctx):
    return fill(rng.choice([s for s in bank if fits(s, ctx["biz"])] or bank), ctx)


def fill(t, ctx):
    if t.startswith("@"):
        t = t[t.index(" ") + 1:]
    return _SLOT.sub(lambda m: str(ctx[m.group(1)]) if m.group(1) in ctx else m.group(0), t).replace("\\n", "\n")


def money(L, rng):
    v = rng.choice([4.99, 7.5, 12.9, 19.99, 24.5, 39, 59.9, 89, 129, 249, 14.2, 9.49, 34.99, 179, 64.5])
    v = v * L.get("rate", 1)
    if v >= 100:
        s = f"{round(v):,}".replace(",", L.get("thou", ","))
    else:
        s = f"{v:.2f}"
        if L.get("comma"):
            s = s.replace(".", ",")
    return L["cur"].replace("{v}", s)


def ctx_for(L, rng, biz):
    p = rng.choice(BRANDS[biz]) + " " + rng.choice(L["prod"][biz])
    return {
        "biz": biz, "p": p, "shop": SHOPS[biz], "name": rng.choice(L["names"]),
        "name2": rng.choice(L["names"]), "price": money(L, rng),
        "order": rng.choice(["#", "", "ORD-", "A"]) + str(rng.randint(10000, 989999)),
        "n": rng.randint(2, 14), "ret": rng.choice([14, 30, 30, 60, 100]), "days": rng.randint(2, 21), "pct": rng.choice([10, 15, 20, 25, 30, 40, 50, 100]),
        "sku": f"{biz[:2].upper()}-{rng.randint(100, 9999)}-{rng.choice('ABCDEFGHKMNPR')}",
        "track": "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(12)),
        "code": rng.choice(["SAVE", "VIP", "FREE", "STAFF", "GIFT", "TAKE"]) + str(rng.randint(10, 99)),
        "host": rng.choice(EXFIL_HOSTS), "hour": rng.randint(8, 20),
        "mail": rng.choice(["help", "returns", "orders-desk", "refunds", "care"]) + "@" + rng.choice(["mailbox", "inbox-fast", "quickmail", "supportmail"]) + ".example",
        "stars": rng.choice(["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "4/5", "3/5", "2/5", "1/5", "4.5/5", ""]),
    }


def pick(rng, bank, k):
    k = min(k, len(bank))
    return rng.sample(bank, k)


def para(rng, L, ctx, parts):
    out = []
    for key, lo, hi in parts:
        bank = L.get(key) or []
        if not bank:
            continue
        k = rng.randint(lo, hi)
        bank = [s for s in bank if fits(s, ctx["biz"])]
        for s in pick(rng, bank, k):
            c = dict(ctx, n=rng.randint(2, 14))  # fresh small number per sentence
            if key in ("news", "list_desc") and out:
                c["price"] = money(L, rng)
            out.append(fill(s, c))
    return out


def join(rng, sents, lang):
    sep = "" if lang in ("ja", "zh", "zh-TW") else " "
    if len(sents) > 3 and rng.random() < 0.35:
        cut = rng.randint(1, len(sents) - 1)
        return sep.join(sents[:cut]) + "\n\n" + sep.join(sents[cut:])
    return sep.join(sents)


# ---------- carriers: (source, list_of_sentences or full text) ----------

def carrier(rng, L, lang, biz, ctx, source=None):
    source = source or rng.choice(["review", "review", "ticket", "ticket", "feed", "email", "web", "tool"])
    if source == "review":
        s = para(rng, L, ctx, [("rev_open", 1, 1), ("rev_body", 1, 3), ("rev_close", 0, 1)])
        head = ctx["stars"] + " " if ctx["stars"] and rng.random() < 0.6 else ""
        return source, head, s, ""
    if source == "ticket":
        s = para(rng, L, ctx, [("tick_open", 1, 1), ("tick_body", 1, 3), ("tick_close", 0, 1)])
        head = rng.choice(["", "", f"[{ctx['order']}] ", f"Re: {ctx['order']} - "])
        return source, head, s, ""
    if source == "feed":
        s = para(rng, L, ctx, [("list_desc", 2, 4)])
        head = rng.choice([f"SKU {ctx['sku']} | {ctx['p']} | {ctx['price']}\n",
                           f"{ctx['p']} - {ctx['price']}\n", f"title: {ctx['p']}\nprice: {ctx['price']}\ndescription: "])
        return source, head, s, ""
    if source == "email":
        s = para(rng, L, ctx, [("greet", 1, 1), ("news", 1, 3), ("bye", 1, 1)])
        head = rng.choice(["", "", f"Subject: {ctx['shop']} \u2013 {ctx['p']}\n\n", f"From: {ctx['shop']} <news{ctx['n']}@{ctx['shop'].split()[0].lower()}.example>\n",
                           f"Subject: {ctx['price']} | {ctx['p']}\n\n"])
        return source, head, s, ""
    if source == "web":
        s = para(rng, L, ctx, [("list_desc", 2, 4)])
        head = f"<h1>{ctx['p']}</h1>\n<p class=\"price\">{ctx['price']}</p>\n<p>"
        return source, head, s, "</p>"
    s = para(rng, L, ctx, [("note", 1, 2)])
    return "tool", "", s, ""


def tool_json(rng, ctx, field_text, extra_field=None, lang="en"):
    kind = rng.choice(["order", "repair", "crm", "search", "slot", "refund"])
    if kind == "order":
        d = {"order_id": ctx["order"], "status": rng.choice(["shipped", "processing", "delivered", "on_hold"]),
             "items": [{"sku": ctx["sku"], "name": ctx["p"], "qty": rng.randint(1, 3), "price": ctx["price"]}],
             "customer_note": field_text}
    elif kind == "repair":
        d = {"ticket": f"RP-{rng.randint(1000, 99999)}", "device": ctx["p"],
             "stage": rng.choice(["diagnosis", "awaiting_parts", "repairing", "ready_for_pickup"]),
             "technician_notes": field_text, "eta_days": ctx["days"]}
    elif kind == "crm":
        d = {"contact": ctx["name"], "segment": rng.choice(["loyal", "new", "at_risk", "vip"]),
             "last_order": ctx["order"], "notes": [field_text]}
    elif kind == "search":
        d = {"query": ctx["p"].split(" ", 1)[-1], "results": [
            {"title": ctx["p"], "price": ctx["price"], "rating": round(rng.uniform(3.1, 4.9), 1), "snippet": field_text},
            {"title": rng.choice(BRANDS["toy"] + BRANDS["pet"]) + " " + str(rng.randint(2, 90)), "price": ctx["price"], "rating": round(rng.uniform(3.1, 4.9), 1)}]}
    elif kind == "slot":
        d = {"delivery_slot": f"{ctx['hour']}:00-{ctx['hour'] + 2}:00", "order": ctx["order"],
             "substitutions": [{"wanted": ctx["p"], "given": rng.choice(BRANDS["grocery"]) + " alt", "reason": field_text}]}
    else:
        d = {"refund_id": f"RF{rng.randint(100000, 999999)}", "order": ctx["order"], "amount": ctx["price"],
             "state": rng.choice(["pending", "approved", "rejected"]), "memo": field_text}
    if extra_field:
        d[extra_field[0]] = extra_field[1]
    return json.dumps(d, ensure_ascii=False, indent=rng.choice([None, 2]))


# ---------- encodings and hiding ----------

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456", "y": "\u0443"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def zero_width(rng, s):
    return "".join(ch + (rng.choice(ZW) if ch.isalpha() and rng.random() < 0.7 else "") for ch in s)


def homoglyph(rng, s):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in s)


def leet(rng, s):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and rng.random() < 0.75 else ch for ch in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexe(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def sentence_split(text):
    parts = re.split(r"(?<=[.!?\u3002\uff01\uff1f])\s+|\n+|(?<=[\u3002\uff01\uff1f])", text)
    return [p.strip() for p in parts if p and p.strip()]
