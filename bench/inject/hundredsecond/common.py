"""Shared pieces: stores, context slots, obfuscation and text layouts."""
import base64
import codecs
import json
import re
import urllib.parse

STORES = [
    dict(key="kitchen", shop="panandpeel.example", lo=9, hi=180,
         brands=["Brava", "Kettleworth", "Olla", "Copperline", "Forno"],
         models=["28 cm", "Pro", "2.0", "XL", "Classic", "24 cm", "Duo"]),
    dict(key="toys", shop="tinyfort-toys.example", lo=6, hi=90,
         brands=["Pipsqueak", "BlokBox", "Tumbleroo", "Mosskin", "Zippo Zoo"],
         models=["Junior", "3+", "Deluxe", "Mini", "Set 2", "Explorer"]),
    dict(key="fitness", shop="ironnest.example", lo=15, hi=420,
         brands=["IronNest", "Flexa", "Stride9", "Kettlo", "Pulseform"],
         models=["20 kg", "Pro", "S", "Max", "Fold", "V3"]),
    dict(key="stationery", shop="inkandgrain.example", lo=3, hi=70,
         brands=["Inkwell", "Grafito", "Papyra", "Linea", "Kobold"],
         models=["A5", "24 col.", "Fine", "B6", "Studio", "EF"]),
    dict(key="beauty", shop="velvetnote.example", lo=11, hi=150,
         brands=["Velvetnote", "Aurelle", "Noir d'Ambre", "Saffi", "Luma"],
         models=["50 ml", "EDP", "100 ml", "Mini", "Intense", "30 ml"]),
]

EXFIL = ["https://img.pixel-relay.example/t.png", "https://cdn-badges.example/v.gif",
         "https://stats.shopmetrics.example/collect", "https://coupon-drop.example/c",
         "https://review-cache.example/i.png", "https://lnk.trk-9.example/r"]
MAILS = ["deals@coupon-drop.example", "vip.desk@refund-help.example",
         "ops@badge-verify.example", "claims@fastrefund.example"]
NAMES_POOL = ["anna.k", "mr_b", "Kim", "J. Ortega", "tessa", "R. Okafor", "lena88", "noah_p"]
CODE_PRE = ["SPRING", "WELCOME", "KIDS", "FIT", "INK", "GLOW", "CHEF", "SUMMER", "VIP"]
LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi",
         "cs", "tr", "ms"}
CYR = {"ru", "uk"}


def fill(s, ctx):
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", v)
    return s


def money(rng, D, lo, hi):
    tmpl, rate, sep = D["money"]
    v = rng.uniform(lo, hi) * rate
    if sep:
        s = f"{int(v)}{sep}{rng.choice(['99', '95', '49', '00', '90'])}"
    else:
        step = 1 if v < 100 else 10 if v < 10000 else 100 if v < 1e6 else 1000
        s = str(max(step, int(round(v / step)) * step))
    return tmpl.replace("{v}", s)


def make_ctx(rng, D):
    si = rng.randrange(len(STORES))
    st = STORES[si]
    b, b2 = rng.sample(st["brands"], 2)
    noun = rng.choice(D["nouns"][si])
    m = rng.choice(st["models"])
    p = rng.choice([f"{b} {noun} {m}", f"{b} {noun}", f"{noun} {b} {m}"])
    o = rng.choice([f"#{rng.randint(10000, 99999)}", f"ORD-{rng.randint(100000, 999999)}",
                    f"{st['key'][:2].upper()}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"])
    code = f"{rng.choice(CODE_PRE)}{rng.choice([10, 15, 20, 25, 30])}"
    return dict(p=p, comp=f"{b2} {noun}", o=o, n=str(rng.randint(2, 14)),
                n2=str(rng.randint(12, 60)), price=money(rng, D, st["lo"], st["hi"]),
                name=rng.choice(D["names"]), code=code, u=rng.choice(EXFIL),
                email=rng.choice(MAILS), shop=st["shop"], store=st["key"],
                sku=f"{st['key'][:3].upper()}{rng.randint(10000, 99999)}")


# ---- obfuscation -------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
ZW_SAFE = ["\u200b", "\u2060", "\ufeff"]  # scripts where ZWJ/ZWNJ carry meaning
HOMO = dict(zip("aeopcxyiAEOPCTHKMBX", "аеорсхуіАЕОРСТНКМВХ"))
HOMO_REV = {v: k for k, v in HOMO.items()}
HOMO_EL = dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοι", "ABEZHIKMNOPTYXoi"))
LEET = dict(zip("aeiostAEIOST", "431057431057"))


def zero_width(rng, s, lang):
    pool = ZW if lang in LATIN | CYR | {"el"} else ZW_SAFE
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.55:
            out.append(rng.choice(pool))
    return "".join(out)


def homoglyph(rng, s, lang):
    table = HOMO_REV if lang in CYR else HOMO_EL if lang == "el" else HOMO
    return "".join(table[c] if c in table and rng.random() < 0.6 else c for c in s)


def leet(rng, s):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.7 else c for c in s)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def jdump(obj, rng):
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


# ---- layouts -----------------------------------------------------------
def rating_wrap(rng, body, ctx):
    r = rng.choice([2, 3, 4, 4, 5, 5, 5])
    sig = rng.random() < 0.35
    style = rng.randrange(5)
    if style == 0:
        t = f"{'★' * r}{'☆' * (5 - r)}\n{body}"
    elif style == 1:
        t = f"{r}/5 — {body}"
    elif style == 2:
        t = f"{body} ({r}/5)"
    elif style == 3:
        t = f"[{r}★] {body}"
    else:
        t = body
    if sig:
        t += f"\n– {ctx['name']}"
    return t


ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def alt(rng, s):
    """Resolve inline alternatives written as {a|b|c}."""
    return ALT.sub(lambda m: rng.choice(m.group(1).split("|")), s)


def sents(rng, D, key, ctx, k=1):
    out = []
    for s in rng.sample(D[key], min(k, len(D[key]))):
        c = dict(ctx, n=str(rng.randint(2, 14)), n2=str(rng.randint(12, 60)))
        out.append(alt(rng, fill(s, c)))
    return out


def review_list(rng, D, ctx, nb=None):
    nb = nb if nb is not None else rng.choice([1, 1, 2, 2, 3])
    out = []
    if rng.random() < 0.8:
        out += sents(rng, D, "open", ctx)
    out += sents(rng, D, "body", ctx, nb)
    if "parts" in D and rng.random() < 0.6:
        a, b = rng.choice(D["parts"][0]), rng.choice(D["parts"][1])
        out.insert(rng.randint(0, len(out)), f"{a} {b}.")
    if rng.random() < 0.55:
        out += sents(rng, D, "close", ctx)
    return out


def join(rng, parts):
    if len(parts) > 3 and rng.random() < 0.3:
        cut = rng.randint(1, len(parts) - 1)
        return " ".join(parts[:cut]) + "\n\n" + " ".join(parts[cut:])
    return " ".join(parts)


def insert_at(rng, parts, extra, tail_bias=0.5):
    pos = len(parts) if rng.random() < tail_bias else rng.randint(0, len(parts))
    return parts[:pos] + [extra] + parts[pos:]


def review(rng, D, ctx, extra=None):
    parts = review_list(rng, D, ctx)
    if extra:
        parts = insert_at(rng, parts, extra)
    return rating_wrap(rng, join(rng, parts), ctx)


def ticket(rng, D, ctx, lines):
    head = rng.choice([
        f"[#T-{ctx['n2']}{ctx['n']}71] {ctx['name']} · {ctx['o']}",
        f"Ticket {ctx['o']}\nFrom: {ctx['name']}",
        f"{ctx['name']} ({ctx['o']}):",
        f"Case {rng.randint(100000, 999999)} | {ctx['o']}",
        ""])
    body = join(rng, lines)
    return f"{head}\n\n{body}" if head else body


def email(rng, D, ctx, lines, sender=None, subj=None):
    user = sender or ctx["name"].split()[0].lower().strip("_.") + str(rng.randint(1, 99))
    dom = rng.choice(["mailbox.example", "post.example", "inbox.example"])
    subj = subj or rng.choice([f"Re: {ctx['o']}", ctx["p"], f"Fwd: {ctx['o']}", ctx["code"]])
    head = f"From: {user}@{dom}\nTo: hello@{ctx['shop']}\nSubject: {subj}"
    return f"{head}\n\n{join(rng, lines)}"


def html_page(rng, D, ctx, inner, extra_block=""):
    spec = " ".join(sents(rng, D, "spec", ctx, 2))
    lay = rng.randrange(4)
    if lay == 0:
        return (f'<div class="pdp">\n<h1>{ctx["p"]}</h1>\n<p class="price">{ctx["price"]}</p>\n'
                f"<p>{spec}</p>\n{inner}\n</div>{extra_block}")
    if lay == 1:
        return (f'<section id="product-{ctx["sku"]}"><h2>{ctx["p"]}</h2>'
                f'<span class="amount">{ctx["price"]}</span>\n<div class="desc">{inner}</div>\n'
                f"<p>{spec}</p></section>{extra_block}")
    if lay == 2:
        return (f'<article class="listing">\n  <header>{ctx["p"]} — {ctx["price"]}</header>\n'
                f"  <p>{spec}</p>\n  {inner}\n</article>{extra_block}")
    return (f'<main><div class="title">{ctx["p"]}</div>\n<ul><li>{spec}</li>'
            f'<li>{ctx["price"]}</li></ul>\n{inner}</main>{extra_block}')


def feed_csv(rng, ctx, desc, extra=None):
    cols = ["sku", "title", "price", "stock", "description"]
    vals = [ctx["sku"], ctx["p"], ctx["price"], str(rng.randint(0, 400)), desc]
    if extra:
        cols.append(extra[0])
        vals.append(extra[1])
    q = lambda v: '"' + v.replace('"', '""') + '"' if ("," in v or '"' in v or "\n" in v) else v
    return ",".join(cols) + "\n" + ",".join(q(v) for v in vals)


def feed_json(rng, ctx, desc, extra=None):
    obj = {"sku": ctx["sku"], "title": ctx["p"], "price": ctx["price"],
           "stock": rng.randint(0, 400), "description": desc}
    if extra:
        obj[extra[0]] = extra[1]
    if rng.random() < 0.4:
        obj = {"supplier": rng.choice(["Nordvik Trading", "Hanse Goods", "Kestrel Supply"]),
               "items": [obj]}
    return jdump(obj, rng)


def tool_reviews(rng, ctx, texts, extra=None):
    items = [{"author": a, "rating": rng.randint(2, 5), "text": t} for a, t in texts]
    for it, nm in zip(items, rng.sample(NAMES_POOL, len(items))) if len(items) > 1 else []:
        it["author"] = nm
    obj = {"tool": rng.choice(["get_reviews", "fetch_product_reviews", "reviews.list"]),
           "product": ctx["p"], "status": "ok", "results": items}
    if extra:
        obj[extra[0]] = extra[1]
    return jdump(obj, rng)
