"""Carriers: realistic store texts for the six sources, with an optional inserted segment.

A language pack (dict) supplies the vocabulary; see lang_de.py for the full key list.
Every carrier takes (L, seg, rng, size) where seg is None for plain benign rows, and
returns the finished text. Segments are inserted verbatim at the start, middle or end.
"""
import json

from .common import b64


def _date(L, rng):
    return L["datefmt"].format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.choice([2023, 2024, 2025]))


def _count(size, rng):
    return {"short": rng.randint(1, 2), "medium": rng.randint(2, 5), "long": rng.randint(6, 11)}[size]


def _sample(lst, k, rng):
    k = max(0, min(k, len(lst)))
    return rng.sample(lst, k)


def place(items, seg, rng, where=None):
    items = list(items)
    if seg is None:
        return items
    where = where or rng.choice(["start", "middle", "end", "end", "middle"])
    if where == "start" or not items:
        items.insert(0, seg)
    elif where == "end":
        items.append(seg)
    else:
        items.insert(rng.randint(1, max(1, len(items) - 1)) if len(items) > 1 else 1, seg)
    return items


def _join(L, parts):
    return L["sep"].join(p for p in parts if p)


def _order(rng):
    return "%d" % rng.randint(100000, 9999999)


# ---------------------------------------------------------------- review / Q&A
def review(L, seg, rng, size):
    v = rng.random()
    if size == "short" and seg is not None and v < 0.5:
        extra = rng.choice(L["review_pos"] + L["review_neg"])
        return rng.choice([seg, _join(L, [extra, seg]), _join(L, [seg, extra])])
    if v < 0.35 or (size == "short" and v < 0.6):
        return _star_review(L, seg, rng, size)
    if v < 0.6:
        return _qa(L, seg, rng, size)
    if v < 0.8:
        return _review_list(L, seg, rng, size)
    return _star_review(L, seg, rng, size, html=True)


def _review_body(L, n, k, rng):
    pool = L["review_pos"] if n >= 4 else L["review_neg"] if n <= 2 else L["review_pos"] + L["review_neg"]
    return _sample(pool, k, rng)


def _star_review(L, seg, rng, size, html=False):
    n = rng.choice([1, 2, 3, 4, 5, 5, 4, 5])
    name = rng.choice(L["names"])
    title = rng.choice(L["review_titles_pos"] if n >= 4 else L["review_titles_neg"])
    stars = L["stars_fmt"].format(n=n)
    body = place(_review_body(L, n, _count(size, rng), rng), seg, rng)
    style = rng.randint(0, 3)
    if html:
        inner = "\n".join("  <p>%s</p>" % b for b in body)
        return ('<div class="review" data-rating="%d">\n  <h4>%s</h4>\n  <span class="author">%s</span> '
                '<span class="badge">%s</span>\n%s\n</div>' % (n, title, name, L["verified"], inner))
    if style == 0:
        head = "%s%s %s" % ("\u2605" * n, "\u2606" * (5 - n), title)
        return head + "\n" + _join(L, body)
    if style == 1:
        head = "%s \u00b7 %s \u00b7 %s" % (name, stars, L["verified"])
        return head + "\n" + title + "\n" + _join(L, body)
    if style == 2:
        return "%s\n%s | %s\n%s: %s\n\n%s" % (title, stars, _date(L, rng), L["web"]["product"], rng.choice(L["products"]), "\n".join(body))
    return "%s (%s)\n%s" % (stars, name, _join(L, body))


def _qa(L, seg, rng, size):
    qa = _sample(L["qa"], {"short": 1, "medium": rng.randint(1, 3), "long": rng.randint(3, 6)}[size], rng)
    ql, al = L["qa_labels"]
    blocks = []
    target = rng.randrange(len(qa)) if seg is not None else -1
    for i, (q, a) in enumerate(qa):
        if i == target:
            mode = rng.randint(0, 3)
            if mode == 0:
                q = seg
            elif mode == 1:
                q = _join(L, [q, seg])
            elif mode == 2:
                a = _join(L, [a, seg])
            else:
                a = seg
        blocks.append("%s: %s\n%s: %s" % (ql, q, al, a))
    head = rng.choice(["", "%s \u2013 %s\n\n" % (rng.choice(L["products"]), L["qa_title"])])
    return head + "\n\n".join(blocks)


def _review_list(L, seg, rng, size):
    k = {"short": 1, "medium": rng.randint(2, 3), "long": rng.randint(4, 7)}[size]
    target = rng.randrange(k) if seg is not None else -1
    out = ["%s \u2013 %s" % (L["web"]["reviews"], rng.choice(L["products"]))]
    for i in range(k):
        n = rng.randint(1, 5)
        body = _review_body(L, n, rng.randint(1, 3), rng)
        if i == target:
            body = place(body, seg, rng)
        out.append("%s/5 \u2013 %s, %s\n%s" % (n, rng.choice(L["names"]), _date(L, rng), _join(L, body)))
    return "\n\n".join(out)


# ---------------------------------------------------------------- ticket
def ticket(L, seg, rng, size):
    lab = L["labels"]
    v = rng.random()
    body = place(_sample(L["ticket_body"], _count(size, rng), rng), seg, rng)
    if size == "short" and v < 0.3:
        return _join(L, [rng.choice(L["greet"])] + body)
    if v < 0.55:
        head = "%s #%d\n%s: %s\n%s: %s\n%s: %s\n\n" % (
            lab["ticket"], rng.randint(10000, 99999), lab["subj"], rng.choice(L["ticket_subj"]),
            lab["order"], _order(rng), lab["channel"], rng.choice(L["channels"]))
        joined = "\n".join(body) if rng.random() < 0.4 else _join(L, body)
        return head + rng.choice(L["greet"]) + "\n" + joined + "\n" + rng.choice(L["close"]) + "\n" + rng.choice(L["names"])
    if v < 0.8:
        who = lab["customer"]
        lines = []
        t = rng.randint(8, 20) * 60 + rng.randint(0, 59)
        for i, b in enumerate(body):
            t += rng.randint(0, 3)
            lines.append("[%02d:%02d] %s: %s" % (t // 60 % 24, t % 60, who, b))
        return "%s \u2013 %s\n%s" % (lab["chat_export"], _date(L, rng), "\n".join(lines))
    return "%s\n\n%s\n\n%s\n%s" % (rng.choice(L["ticket_subj"]), rng.choice(L["greet"]) + "\n" + "\n".join(body),
                                   rng.choice(L["close"]), rng.choice(L["names"]))


# ---------------------------------------------------------------- email
def email(L, seg, rng, size):
    lab = L["labels"]
    name, other = rng.sample(L["names"], 2)
    shop = rng.choice(L["shops"])
    k = _count(size, rng)
    body = _sample(L["ticket_body"] + L["email_extra"], k, rng)
    quoted = _sample(L["shop_replies"], 1 if size != "long" else rng.randint(2, 3), rng)
    in_quote = seg is not None and "\n" not in seg and rng.random() < 0.3
    if seg is not None and not in_quote:
        body = place(body, seg, rng)
    if in_quote:
        quoted = place(quoted, seg, rng)
    head = "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (
        lab["from_"], name, rng.choice(L["emails"]), lab["to"], "service@" + rng.choice(L["domains"]), lab["subj"],
        rng.choice(["", "Re: ", L["labels"]["re"]]) + rng.choice(L["ticket_subj"]),
        lab["date"], _date(L, rng))
    text = head + rng.choice(L["greet"]) + "\n\n" + "\n".join(body) + "\n\n" + rng.choice(L["close"]) + "\n" + name
    if size != "short" or in_quote:
        q = "\n".join("> " + line for line in "\n".join(quoted).split("\n"))
        text += "\n\n" + lab["wrote"].format(d=_date(L, rng), n=shop) + "\n" + q
    return text


# ---------------------------------------------------------------- feed
def feed(L, seg, rng, size):
    k = {"short": 1, "medium": rng.randint(2, 3), "long": rng.randint(4, 8)}[size]
    items = []
    target = rng.randrange(k) if seg is not None else -1
    field_choice = rng.choice(["description", "description", "bullet", "note"])
    for i in range(k):
        desc = _join(L, _sample(L["feed_desc"], rng.randint(1, 2), rng))
        it = {"sku": "%s-%05d" % (rng.choice(["SW", "AB", "KX", "TR", "MN", "PL"]), rng.randint(0, 99999)),
              "title": rng.choice(L["products"]), "brand": rng.choice(L["brands"]),
              "price": rng.choice(L["amounts"]), "stock": rng.randint(0, 400), "description": desc}
        if i == target:
            if field_choice == "description":
                it["description"] = _join(L, place([desc], seg, rng))
            elif field_choice == "bullet":
                it["bullet_points"] = place(_sample(L["feed_desc"], 2, rng), seg, rng)
            else:
                it["supplier_note"] = seg
        items.append(it)
    fmt = rng.choice(["json", "json", "csv", "xml"])
    if fmt == "json":
        doc = {"supplier": rng.choice(L["brands"]), "generated": _date(L, rng), "items": items}
        txt = json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2]))
        if seg is None or seg in txt:
            return txt
    if fmt == "csv" and (seg is None or ('"' not in seg and "\n" not in seg)):
        sep = L["csv_sep"]
        rows = [sep.join(["sku", "title", "brand", "price", "stock", "description"])]
        for it in items:
            d = it["description"]
            extra = [x for x in it.get("bullet_points", []) + [it.get("supplier_note", "")] if x]
            d = _join(L, [d] + extra)
            rows.append(sep.join([it["sku"], '"%s"' % it["title"], it["brand"], it["price"], str(it["stock"]), '"%s"' % d]))
        return "\n".join(rows)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<catalog>"]
    for it in items:
        out.append("  <item sku=\"%s\">" % it["sku"])
        out.append("    <title>%s</title>\n    <brand>%s</brand>\n    <price>%s</price>" % (it["title"], it["brand"], it["price"]))
        out.append("    <description><![CDATA[%s]]></description>" % it["description"])
        for b in it.get("bullet_points", []):
            out.append("    <bullet><![CDATA[%s]]></bullet>" % b)
        if it.get("supplier_note"):
            out.append("    <note><![CDATA[%s]]></note>" % it["supplier_note"])
        out.append("  </item>")
    out.append("</catalog>")
    return "\n".join(out)


# ---------------------------------------------------------------- web
def web(L, seg, rng, size):
    w = L["web"]
    product = rng.choice(L["products"])
    paras = _sample(L["web_paras"], _count(size, rng), rng)
    specs = _sample(L["specs"], rng.randint(2, 5), rng)
    v = rng.random()
    if v < 0.55:
        paras = place(paras, seg, rng) if rng.random() < 0.75 else paras
        tail = [] if seg is None or seg in paras else [seg]
        ptxt = "\n".join("    <p>%s</p>" % p for p in paras)
        stxt = "\n".join("      <li><b>%s:</b> %s</li>" % kv for kv in specs)
        rev = ""
        if size == "long":
            r = _sample(L["review_pos"] + L["review_neg"], 3, rng)
            rev = '\n  <section id="reviews">\n    <h2>%s</h2>\n%s\n  </section>' % (
                w["reviews"], "\n".join('    <blockquote>%s</blockquote>' % x for x in r))
        tl = ("\n  " + tail[0]) if tail else ""
        return ('<!DOCTYPE html>\n<html lang="%s">\n<head><title>%s | %s</title></head>\n<body>\n  <h1>%s</h1>\n'
                '  <div class="price">%s</div>\n  <button>%s</button>\n  <section id="desc">\n    <h2>%s</h2>\n%s\n  </section>\n'
                '  <section id="specs">\n    <h2>%s</h2>\n    <ul>\n%s\n    </ul>\n  </section>%s%s\n</body>\n</html>') % (
            L["code"], product, rng.choice(L["shops"]), product, rng.choice(L["amounts"]), w["cart"], w["desc"], ptxt,
            w["specs"], stxt, rev, tl)
    if v < 0.8:
        paras = place(paras, seg, rng)
        return "# %s\n\n**%s:** %s\n\n## %s\n\n%s\n\n## %s\n\n%s" % (
            product, w["price"], rng.choice(L["amounts"]), w["desc"], "\n\n".join(paras), w["specs"],
            "\n".join("- %s: %s" % kv for kv in specs))
    paras = place(paras, seg, rng)
    return "%s\n%s\n%s\n\n%s" % (product, rng.choice(L["amounts"]), w["cart"], "\n".join(paras))


# ---------------------------------------------------------------- tool results
def tool(L, seg, rng, size):
    v = rng.random()
    name = rng.choice(L["names"])
    if v < 0.4:
        note = rng.choice(L["notes"])
        res = {"order_id": _order(rng), "customer": name, "status": rng.choice(L["statuses"]),
               "total": rng.choice(L["amounts"]), "carrier": rng.choice(L["carriers"]),
               "items": [rng.choice(L["products"]) for _ in range(rng.randint(1, 3))],
               "customer_note": note}
        if seg is not None:
            key = rng.choice(["customer_note", "gift_message", "delivery_instructions"])
            res[key] = _join(L, place([note] if key == "customer_note" else [], seg, rng))
        txt = json.dumps({"tool": "get_order", "ok": True, "result": res}, ensure_ascii=False,
                         indent=rng.choice([None, 2]))
        if seg is None or seg in txt:
            return txt
    if v < 0.7:
        k = {"short": 1, "medium": rng.randint(2, 4), "long": rng.randint(5, 9)}[size]
        target = rng.randrange(k) if seg is not None else -1
        lines = ["Observation (search_reviews, product=%s, lang=%s):" % (rng.choice(L["products"]), L["code"])]
        for i in range(k):
            n = rng.randint(1, 5)
            body = _review_body(L, n, rng.randint(1, 2), rng)
            if i == target:
                body = place(body, seg, rng)
            lines.append("%d. [%d\u2605] %s: %s" % (i + 1, n, rng.choice(L["names"]), _join(L, body)))
        return "\n".join(lines)
    k = {"short": 1, "medium": rng.randint(2, 3), "long": rng.randint(4, 7)}[size]
    docs = _sample(L["web_paras"] + L["feed_desc"], k, rng)
    docs = place(docs, seg, rng)
    out = ["fetch_page(url=\"https://%s/%s\") -> 200 OK" % (rng.choice(L["domains"]), rng.choice(["p/", "produkt/", "item/", "products/"]) + str(rng.randint(1000, 99999))), "---"]
    out.extend(docs)
    return "\n".join(out)


CARRIERS = {"review": review, "ticket": ticket, "email": email, "feed": feed, "web": web, "tool": tool}


def benign_encoded_segment(L, rng):
    s = rng.choice(L["benign_enc"])
    return fill_lead(rng.choice(L["benign_enc_lead"]), b64(s) if rng.random() < 0.7 else s.encode("utf-8").hex())


def fill_lead(t, blob):
    return t.replace("{blob}", blob)
