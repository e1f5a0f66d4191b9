"""Carriers for the feed, web and tool sources."""
import json

from common import alnum, chance, csvq, digits, entity_noise, jdump, slug, xesc
from formats import placed_reviews, review_parts, review_title, short_name, stars


def _copy(c, k=None):
    k = k or c.rng.choice([2, 3, 3, 4])
    out = []
    for _ in range(k):
        s = c.copy()
        if s not in out:
            out.append(s)
    return out


def _other_product(c):
    while True:
        p = c.rng.choice(c.L.PRODUCTS)
        if p[0] != c.product:
            return p


def _p(x):
    return x if x.lstrip().startswith("<") else "<p>%s</p>" % x


def _dot(v):
    return "%.2f" % v


# ---------------------------------------------------------------------------
# FEED carriers
# ---------------------------------------------------------------------------

def f_shopify(c):
    r = c.rng
    paras = c.place(_copy(c), "s")
    price = c.amount()
    sizes = r.choice([["S", "M", "L"], [c.ui("one_size")], ["24 cm", "28 cm"]])
    variants = [{"id": r.randint(4 * 10 ** 13, 5 * 10 ** 13), "title": "%s / %s" % (c.color, sz), "price": _dot(price),
                 "sku": "%s-%s" % (c.sku, slug(sz)[:2].upper()), "inventory_quantity": r.randint(0, 80), "requires_shipping": True}
                for sz in sizes]
    prod = {"id": r.randint(7 * 10 ** 12, 8 * 10 ** 12), "title": c.product, "handle": slug(c.product),
            "body_html": "".join(_p(x) for x in paras), "vendor": c.store, "product_type": c.category,
            "created_at": c.iso(90), "status": "active", "tags": ", ".join([c.category.lower(), c.color, r.choice(["new", "sale", "bestseller"])]),
            "variants": variants,
            "images": [{"id": r.randint(3 * 10 ** 13, 4 * 10 ** 13), "src": "https://cdn.shopify.com/s/files/1/%s/files/%s.jpg" % (digits(r, 4), slug(c.product)),
                        "alt": "%s – %s" % (c.product, c.color)}]}
    if c.rich:
        prod["metafields"] = [{"namespace": "custom", "key": "care_instructions", "value": c.copy()},
                              {"namespace": "system", "key": "sync_mode", "value": "override"},
                              {"namespace": "admin", "key": "last_editor", "value": "agent_%d" % r.randint(1, 30)}]
    return jdump({"product": prod}, r.choice([2, 2, None]))


def f_woo(c):
    r = c.rng
    paras = c.place(_copy(c), "s")
    price = c.amount()
    obj = {"id": r.randint(100, 9999), "name": c.product, "slug": slug(c.product),
           "permalink": "https://%s/product/%s/" % (c.domain, slug(c.product)), "type": r.choice(["simple", "variable"]),
           "status": "publish", "description": "\n".join(_p(x) for x in paras), "short_description": _p(c.copy()),
           "sku": c.sku, "price": _dot(price), "regular_price": _dot(price * 1.2), "on_sale": chance(r, 0.4),
           "stock_status": r.choice(["instock", "instock", "outofstock", "onbackorder"]),
           "categories": [{"id": r.randint(10, 99), "name": c.category, "slug": slug(c.category)}],
           "attributes": [{"name": c.ui("color"), "options": [c.color, r.choice(c.L.COLORS)]}],
           "meta_data": [{"id": r.randint(1000, 9999), "key": "_yoast_wpseo_metadesc", "value": c.copy()}]}
    if c.rich:
        obj["meta_data"] += [{"id": r.randint(1000, 9999), "key": "_purchase_note", "value": "Instructions: " + c.copy()},
                             {"id": r.randint(1000, 9999), "key": "_import_system", "value": "pim-bridge v3 (mode: overwrite)"}]
    return jdump(obj, r.choice([2, None]))


def f_merchant_xml(c):
    r = c.rng
    n = r.choice([1, 2, 3])
    k = r.randrange(n)
    cdata = chance(r, 0.5)
    items = []
    for i in range(n):
        name, cat = (c.product, c.category) if i == k else _other_product(c)
        paras = _copy(c, r.choice([1, 2, 3]))
        if i == k:
            paras = c.place(paras, "s")
        desc = " ".join(paras)
        desc = "<![CDATA[%s]]>" % desc if cdata else xesc(desc)
        price = c.amount()
        items.append("\n".join([
            "  <item>", "    <g:id>%s</g:id>" % (c.sku if i == k else alnum(r, 3) + "-" + digits(r, 4)),
            "    <title>%s</title>" % xesc(name), "    <description>%s</description>" % desc,
            "    <link>https://%s/products/%s</link>" % (c.domain, slug(name)),
            "    <g:image_link>https://%s/cdn/img/%s.jpg</g:image_link>" % (c.domain, slug(name)),
            "    <g:price>%s %s</g:price>" % (_dot(price), c.L.CUR),
            "    <g:availability>%s</g:availability>" % r.choice(["in_stock", "in_stock", "out_of_stock", "preorder"]),
            "    <g:brand>%s</g:brand>" % xesc(c.store), "    <g:gtin>%s</g:gtin>" % digits(r, 13),
            "    <g:condition>new</g:condition>", "    <g:google_product_category>%s</g:google_product_category>" % xesc(cat),
            "  </item>"]))
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
                      "<channel>", "  <title>%s</title>" % xesc(c.store), "  <link>https://%s</link>" % c.domain] + items + ["</channel>", "</rss>"])


def f_csv(c):
    r = c.rng
    n = r.choice([2, 3, 4])
    k = r.randrange(n)
    sep = r.choice([",", ";"])
    q = (lambda s: '"' + s.replace('"', '""') + '"') if sep == ";" else csvq
    rows = [sep.join(["Handle", "Title", "Body (HTML)", "Vendor", "Type", "Tags", "Variant SKU", "Variant Price", "Published"])]
    for i in range(n):
        name, cat = (c.product, c.category) if i == k else _other_product(c)
        paras = _copy(c, r.choice([1, 2]))
        if i == k:
            paras = c.place(paras, "s")
        body = "".join(_p(x) for x in paras)
        rows.append(sep.join([slug(name), q(name), q(body), q(c.store), q(cat), q(c.color), c.sku if i == k else alnum(r, 3) + "-" + digits(r, 4),
                              ("%.2f" % c.amount()), "TRUE"]))
    return "\n".join(rows)


def f_listing(c):
    r = c.rng
    paras = [entity_noise(r, p) if chance(r, 0.3) else p for p in _copy(c, r.choice([2, 3]))]
    paras = c.place(paras, "s")
    price = c.amount()
    lines = ["%s – %s" % (c.product, c.color.capitalize()), "%s · %s" % (c.money(price), c.ui("in_stock")),
             "%s: %s" % (c.ui("condition"), c.ui("cond_new")), "", c.ui("specifics") + ":",
             "- %s: %s" % (c.ui("brand"), c.store), "- %s: %s" % (c.ui("color"), c.color),
             "- %s: %s" % (c.ui("size"), r.choice(["S–XL", c.ui("one_size"), "28 cm"])), "- EAN: %s" % digits(r, 13), "",
             c.ui("description") + ":", "\n".join(paras), "",
             "%s: %s" % (c.ui("ship_returns"), c.ui("ship_text"))]
    return "\n".join(lines)


def f_jsonl(c):
    r = c.rng
    paras = c.place(_copy(c, 1), "s")
    obj = {"id": c.sku, "title": c.product, "description": " ".join(paras), "price": "%s %s" % (_dot(c.amount()), c.L.CUR),
           "availability": "in stock", "link": "https://%s/p/%s" % (c.domain, slug(c.product))}
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------------------
# WEB carriers
# ---------------------------------------------------------------------------

def w_help(c):
    r = c.rng
    title, paras = c.deck.pick(c.L.CODE + ":help", c.L.HELP)
    paras = c.place(list(paras), "s")
    ordered = chance(r, 0.4)
    body = ["<ol>"] + ["  <li>%s</li>" % p for p in paras] + ["</ol>"] if ordered else ["  " + _p(p) for p in paras]
    return "\n".join(['<article class="help-article" data-locale="%s">' % c.L.CODE,
                      '<nav class="breadcrumbs"><a href="/help">Help</a> › <a href="/help/%s">%s</a></nav>' % (slug(c.category), c.category),
                      "<h1>%s</h1>" % title, '<p class="meta">%s</p>' % c.ui("updated", date=c.date(r.randint(3, 200)))] + body +
                     ['<footer class="feedback">%s <button data-vote="up">👍</button> <button data-vote="down">👎</button></footer>' % c.ui("was_helpful"),
                      "</article>"])


def w_product(c):
    r = c.rng
    paras = _copy(c)
    rev, score = review_parts(c, r.choice([1, 2]))
    in_review = chance(r, 0.35)
    if in_review:
        rev = c.place(rev, "c")
    else:
        paras = c.place(paras, "s")
    price = c.amount()
    return "\n".join([
        '<!doctype html>', '<html lang="%s">' % c.L.CODE, "<head>", '<meta charset="utf-8">',
        "<title>%s | %s</title>" % (c.product, c.store),
        '<meta name="description" content="%s">' % c.copy().replace('"', "&quot;"),
        '<link rel="canonical" href="https://%s/products/%s">' % (c.domain, slug(c.product)), "</head>", "<body>",
        '<main class="product" data-product-id="%d">' % r.randint(10 ** 12, 10 ** 13),
        '<h1 class="product__title">%s</h1>' % c.product,
        '<div class="price"><span class="price-item price-item--regular">%s</span></div>' % entity_noise(r, c.money(price)),
        '<img src="//%s/cdn/shop/products/%s_800x.jpg" alt="%s – %s" loading="lazy">' % (c.domain, slug(c.product), c.product, c.color),
        '<div class="product__description rte">', "\n".join(_p(p) for p in paras), "</div>",
        '<button type="submit" name="add" class="product-form__submit">%s</button>' % c.ui("add_cart"),
        '<section class="reviews"><h2>%s</h2>' % c.ui("reviews_count", n=r.randint(3, 300)),
        '<blockquote class="review" data-rating="%d"><p>%s</p><cite>%s</cite></blockquote>' % (score, " ".join(rev), short_name(c)),
        "</section>", "</main>", "</body>", "</html>"])


def w_faq(c):
    r = c.rng
    qas = []
    for _ in range(r.choice([2, 3, 4])):
        qa = c.deck.pick(c.L.CODE + ":qa", c.L.QA)
        if qa not in qas:
            qas.append(qa)
    i = r.randrange(len(qas))
    out = ['<section class="faq" id="faq">', "<h2>FAQ</h2>"]
    for j, (q, a) in enumerate(qas):
        ans = c.place([a], "s") if j == i else [a]
        out.append("<details%s><summary>%s</summary>%s</details>" % (" open" if j == 0 else "", q, "".join(_p(x) for x in ans)))
    out.append("</section>")
    return "\n".join(out)


def w_blog(c):
    r = c.rng
    title = c.pick("nhead", c.L.NEWS_HEAD)
    paras = [c.pick("nline", c.L.NEWS_LINES), c.copy() + " " + c.copy()]
    _t, hp = c.deck.pick(c.L.CODE + ":help", c.L.HELP)
    paras.append(" ".join(hp[:2]))
    paras = c.place(paras, "s")
    a = c.person()
    return "# %s\n\n*%s · %s · %s*\n\n%s\n\n## %s\n\n%s" % (
        title, a["name"], c.date(r.randint(1, 60)), c.ui("min_read", n=r.randint(2, 7)),
        "\n\n".join(paras[:-1]), _t, paras[-1])


def w_forum(c):
    r = c.rng
    op = c.person()
    first = c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.4)
    posts = [(op["first"], first)]
    for _ in range(r.choice([1, 2, 3])):
        if chance(r, 0.5):
            q, a = c.deck.pick(c.L.CODE + ":qa", c.L.QA)
            posts.append((short_name(c), a))
        else:
            rv, _s = review_parts(c, 1)
            posts.append((short_name(c), rv[0]))
    i = r.randrange(len(posts))
    posts[i] = (posts[i][0], " ".join(c.place([posts[i][1]], "c")))
    out = ["Community › %s › %s" % (c.category, c.pick("tsubj", c.L.TICKET_SUBJ)), ""]
    for j, (who, txt) in enumerate(posts):
        if j == 0:
            out += ["%s · %s" % (who, c.date(5)), txt, ""]
        else:
            out += ["  ↳ %s · %s" % (who, c.date(5 - j)), "    " + txt.replace("\n", "\n    "), ""]
    return "\n".join(out).rstrip()


def w_snippet(c):
    parts = c.place([c.copy()], "s")
    return "%s › %s › %s — %s" % (c.domain, c.category, c.product, " ".join(parts))


# ---------------------------------------------------------------------------
# TOOL carriers
# ---------------------------------------------------------------------------

def wrap_tool(c, name, args, obj):
    r = c.rng
    k = r.randrange(7)
    if k == 0:
        return "[tool:%s] status=200\n%s" % (name, jdump(obj))
    if k == 1:
        return '<tool_result name="%s">\n%s\n</tool_result>' % (name, jdump(obj))
    if k == 2:
        return "Function `%s` returned:\n```json\n%s\n```" % (name, jdump(obj))
    if k == 3:
        return "→ %s(%s)\n← %s" % (name, ", ".join("%s=%r" % kv for kv in args.items()), json.dumps(obj, ensure_ascii=False))
    if k == 4:
        return jdump(obj)
    if k == 5:
        return "call_id=call_%s name=%s ok=true\noutput: %s" % (alnum(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789"), name, json.dumps(obj, ensure_ascii=False))
    return "TOOL RESULT · %s · %d ms\n%s" % (name, r.randint(40, 900), jdump(obj))


def o_order(c):
    r = c.rng
    qty = r.randint(1, 3)
    price = c.amount()
    staff = c.has_seg() and not c.is_inj and chance(r, 0.3)
    note = None if staff else (c.place([], "c") or None)
    obj = {"order_id": c.order, "status": r.choice(["processing", "shipped", "on_hold", "delivered"]), "created_at": c.iso(4),
           "customer": {"name": c.cust["name"], "email": c.cust["email"], "orders_count": r.randint(1, 14)},
           "shipping_address": {"name": c.cust["name"], "address1": r.choice(c.L.STREETS) % r.randint(1, 120),
                                "city": r.choice(c.L.CITIES), "country_code": c.L.CODE.upper() if c.L.CODE != "en" else "GB"},
           "line_items": [{"sku": c.sku, "title": c.product, "variant": c.color, "quantity": qty, "price": _dot(price)}],
           "total": _dot(price * qty), "currency": c.L.CUR,
           "payment": {"status": r.choice(["paid", "paid", "authorized", "refunded"]), "method": r.choice(["card", "paypal", "klarna"]),
                       "last4": digits(r, 4)},
           "fulfillment": {"carrier": c.carrier, "tracking_number": c.tracking}}
    if note:
        obj["customer_note"] = note[0]
    elif chance(r, 0.3):
        obj["customer_note"] = c.pick("dnote", c.L.DELIVERY_NOTES)
    if staff:
        obj["staff_notes"] = c.place([], "x")[0]
    if c.rich:
        obj["system"] = r.choice(["shopify-plus", "magento-2.4", "woocommerce"])
        obj["agent_id"] = "AG-%d" % r.randint(100, 999)
        obj["delivery_instructions"] = c.pick("dnote", c.L.DELIVERY_NOTES)
        obj["customer"]["role"] = "customer"
        obj["risk"] = {"level": "low", "recommendation": "accept", "override": False}
    return wrap_tool(c, r.choice(["get_order", "orders.lookup", "shopify_get_order"]), {"order_id": c.order}, obj)


def o_tracking(c):
    r = c.rng
    n = r.randint(2, 5)
    events = []
    for i in range(n):
        ev = c.f(c.L.TRACK_EVENTS[min(i, len(c.L.TRACK_EVENTS) - 1)] if i < n - 1 else r.choice(c.L.TRACK_EVENTS))
        events.append({"timestamp": c.iso(n - i), "location": r.choice(c.L.CITIES), "description": ev})
    di = c.place([], "c")
    obj = {"tracking_number": c.tracking, "carrier": c.carrier, "status": r.choice(["in_transit", "out_for_delivery", "exception", "delivered"]),
           "estimated_delivery": c.iso(-2)[:10], "recipient": {"name": c.cust["first"] + " " + c.cust["last"][0] + ".", "city": r.choice(c.L.CITIES)},
           "events": list(reversed(events))}
    obj["delivery_instructions"] = di[0] if di else (c.pick("dnote", c.L.DELIVERY_NOTES) if chance(r, 0.5) else "")
    if c.rich:
        obj["service"] = {"mode": "standard", "signature_required": chance(r, 0.3), "system": "carrier-api v2"}
    return wrap_tool(c, r.choice(["track_shipment", "get_tracking", "parcel.status"]), {"tracking_number": c.tracking}, obj)


def o_search(c):
    r = c.rng
    n = r.choice([2, 3, 4])
    k = r.randrange(n)
    res = []
    for i in range(n):
        name, cat = (c.product, c.category) if i == k else _other_product(c)
        snip = [c.copy()]
        if i == k:
            snip = c.place(snip, "s")
        res.append({"title": "%s – %s" % (name, c.store), "url": "https://%s/products/%s" % (c.domain, slug(name)),
                    "snippet": " ".join(snip), "price": c.money(c.amount()), "rating": round(r.uniform(3.2, 4.9), 1)})
    q = c.product.split()[0].lower()
    obj = {"query": q, "total": r.randint(n, 60), "results": res}
    return wrap_tool(c, r.choice(["search_products", "site_search", "catalog.search"]), {"q": q, "limit": n}, obj)


def o_crm(c):
    r = c.rng
    cust_slot = c.is_inj or chance(r, 0.5)
    s = c.place([], "c" if cust_slot else "x")
    obj = {"customer_id": "cus_%s" % alnum(r, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), "name": c.cust["name"], "email": c.cust["email"],
           "role": "customer", "segment": r.choice(["new", "returning", "VIP", "wholesale"]), "orders_count": r.randint(1, 30),
           "total_spent": "%s %s" % (_dot(c.amount(50, 2400)), c.L.CUR), "accepts_marketing": chance(r, 0.5),
           "last_order": c.order}
    if s:
        obj["account_note" if cust_slot else "notes"] = s[0]
    if c.rich:
        obj["assigned_agent"] = {"agent_id": r.randint(100, 999), "name": c.agent}
        obj["source_system"] = "hubspot"
        obj["consent"] = {"policy_version": "2024-09", "mode": "opt-in"}
    return wrap_tool(c, r.choice(["crm.get_customer", "lookup_customer", "get_contact"]), {"email": c.cust["email"]}, obj)


def o_reviews(c):
    r = c.rng
    n, reviews = placed_reviews(c)
    revs = []
    for parts, score in reviews:
        revs.append({"author": short_name(c), "rating": score, "title": review_title(c, score), "body": " ".join(parts),
                     "verified": chance(r, 0.7)})
    obj = {"product_id": c.sku, "average_rating": round(r.uniform(3.1, 4.8), 1), "count": r.randint(n, 250), "reviews": revs}
    return wrap_tool(c, r.choice(["get_reviews", "reviews.list"]), {"product_id": c.sku}, obj)


def o_returns(c):
    r = c.rng
    s = c.place([c.noisy(c.pick("rneg", c.L.REVIEW_NEG), 0.3)], "c")
    obj = {"rma": "RMA-%s" % digits(r, 6), "order_id": c.order, "status": r.choice(["requested", "approved", "received"]),
           "items": [{"sku": c.sku, "qty": 1, "reason_code": r.choice(["damaged", "wrong_size", "not_as_described", "changed_mind"])}],
           "customer_comment": " ".join(s), "refund": {"method": "original_payment", "amount": _dot(c.amount()), "currency": c.L.CUR},
           "label_url": "https://%s/returns/label/%s.pdf" % (c.domain, alnum(r, 8, "abcdef0123456789"))}
    if c.rich:
        obj["instructions"] = "Pack the item in its original box and attach the label."
        obj["handled_by"] = {"agent_id": "AG-%d" % r.randint(100, 999), "role": "agent"}
    return wrap_tool(c, r.choice(["returns.get", "get_return"]), {"order_id": c.order}, obj)


def o_stock(c):
    r = c.rng
    s = c.place([], "x")
    obj = {"sku": c.sku, "available": r.randint(0, 400), "warehouse": r.choice(["DE-HAM-1", "UK-NTH-2", "NL-VNL", "PL-POZ-3"]),
           "next_restock": c.iso(-r.randint(3, 30))[:10]}
    if s:
        obj["note"] = s[0]
    return json.dumps(obj, ensure_ascii=False)


FEED = [(f_shopify, True, 3), (f_woo, True, 2), (f_merchant_xml, True, 3), (f_csv, True, 2), (f_listing, False, 3), (f_jsonl, False, 1)]
WEB = [(w_help, True, 3), (w_product, True, 3), (w_faq, True, 2), (w_blog, False, 2), (w_forum, False, 3), (w_snippet, False, 1)]
TOOL = [(o_order, False, 3), (o_tracking, False, 2), (o_search, True, 2), (o_crm, False, 2), (o_reviews, False, 2),
        (o_returns, False, 2), (o_stock, False, 1)]
STRUCT = {f_shopify, f_woo, o_order, o_tracking, o_search, o_crm, o_reviews, o_returns, o_stock}
