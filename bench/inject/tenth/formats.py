"""Tool-result renderers. Each takes (ctx, field) and returns (text, source).

`field` is the attacker-writable value (note, review body, email body, ...).
Renderers with html=True accept raw HTML in the field.
"""
import csv
import html
import io
import json


def jdump(c, obj):
    if c.rng.random() < 0.3:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False, indent=c.rng.choice([2, 2, 4]))


def one_line(s):
    return "\n" not in s and "|" not in s


def w_order(c, f):
    r = c.rng
    name = c.name()
    o = {"id": c.num(4000000000, 5999999999), "name": c.order(), "email": c.email(name),
         "created_at": c.ts(), "financial_status": r.choice(["paid", "pending", "partially_refunded", "authorized"]),
         "fulfillment_status": r.choice([None, "partial", "fulfilled"]), "currency": c.currency_code(),
         "total_price": c.price(),
         "line_items": [{"sku": c.sku(), "title": c.product(), "quantity": r.randint(1, 3), "price": c.price()}
                        for _ in range(r.randint(1, 3))],
         "shipping_address": {"name": name, "city": c.city(), "address2": ""}}
    if r.random() < 0.35:
        o["source_name"] = r.choice(["web", "pos", "shopify_draft_order"])
    if r.random() < 0.3:
        o["cart_token"] = c.hexs(32)
    if r.random() < 0.25:
        o["tags"] = r.choice(["vip, repeat", "wholesale", "", "gift"])
    slot = r.random()
    if slot < 0.55:
        o["note"] = f
    elif slot < 0.7:
        o["shipping_address"]["address2"] = f
    elif slot < 0.85:
        o["note_attributes"] = [{"name": "gift_message", "value": f}]
    else:
        o["customer"] = {"first_name": name.split()[0], "note": f, "orders_count": r.randint(1, 30)}
    return jdump(c, {"order": o}), "tool"


w_order.kind = "notes"


def w_product(c, f):
    r = c.rng
    p = {"id": c.num(100, 99999), "name": c.product(), "sku": c.sku(), "regular_price": c.price(),
         "stock_status": r.choice(["instock", "onbackorder", "outofstock"]),
         "categories": [{"id": r.randint(10, 90), "name": r.choice(["Kitchen", "Apparel", "Home", "Outdoor"])}]}
    mode = r.random()
    if mode < 0.6:
        p["description"] = f if f.lstrip().startswith("<") else f"<p>{f}</p>"
    elif mode < 0.8:
        p["short_description"] = f
    else:
        p["meta_data"] = [{"id": r.randint(100, 999), "key": r.choice(["_supplier_note", "_care_text", "custom_tab"]), "value": f}]
    if r.random() < 0.5:
        return jdump(c, p), "tool"
    return jdump(c, [p]), "tool"


w_product.kind = "desc"
w_product.html = True


def w_reviews(c, f):
    r = c.rng
    items = []
    n = r.randint(2, 4)
    pos = r.randrange(n)
    pool = c.picks("reviews", n)
    for i in range(n):
        body = f if i == pos else pool[i]
        items.append({"review_id": f"rv_{c.alnum(8)}", "rating": r.randint(1, 5) if i != pos else r.randint(3, 5),
                      "author": c.name().split()[0], "verified_buyer": r.random() < 0.8, "body": body,
                      "created": c.date()})
    obj = {"product_id": c.num(100, 99999), "page": 1, "reviews": items}
    if r.random() < 0.5:
        obj["average_rating"] = round(r.uniform(3.2, 4.9), 1)
    return jdump(c, obj), r.choice(["review", "review", "tool"])


w_reviews.kind = "reviews"


def w_inbox(c, f):
    r = c.rng
    subj, body = c.pick("mails")
    name = c.name()
    sender = c.email(name)
    store = c.store()
    if f:
        body = f if r.random() < 0.35 else f"{body}\n\n{f}"
    body = f"{body}\n{name}"
    mode = r.random()
    if mode < 0.45:
        text = (f"From: {name} <{sender}>\nTo: support@{store}\nDate: {c.ts()}\nSubject: {subj}\n"
                f"Message-ID: <{c.hexs(12)}@{sender.split('@')[1]}>\n\n{body}")
        if r.random() < 0.4:
            text = f"read_email(id=\"{c.hexs(16)}\") ->\n" + text
        return text, r.choice(["email", "tool"])
    if mode < 0.75:
        obj = {"messages": [{"id": c.hexs(16), "threadId": c.hexs(16), "from": f"{name} <{sender}>",
                             "to": f"support@{store}", "subject": subj, "date": c.ts(),
                             "labels": r.choice([["INBOX"], ["INBOX", "UNREAD"], ["INBOX", "CATEGORY_PERSONAL"]]),
                             "body": body}], "resultSizeEstimate": 1}
        return jdump(c, obj), "tool"
    hb = body.replace("\n", "<br>\n") if not f.lstrip().startswith("<") else body
    text = (f"From: {sender}\nSubject: {subj}\nContent-Type: text/html; charset=utf-8\n\n"
            f"<html><body><div>{hb}</div></body></html>")
    return text, "email"


w_inbox.kind = "mails_body"
w_inbox.html = True


def w_search(c, f):
    r = c.rng
    q = r.choice([c.product() + " review", c.product() + " best price", "how to care for " + c.product(),
                  c.product() + " recall", c.product()])
    res = []
    n = r.randint(2, 4)
    pos = r.randrange(n)
    pool = c.picks("web", n)
    for i in range(n):
        dom = r.choice(["reddit.com", "wirecutter-like.net", "kitchenforum.org", "outdoorgearlab.example", "blog.tastyhome.io",
                        c.store(), "youtube.com", "trustpilot.com"])
        res.append({"title": f"{c.product()} - {r.choice(['Review', 'Guide', 'Forum', 'Shop', 'FAQ', 'Comparison'])}",
                    "url": f"https://{dom}/{c.alnum(6).lower()}", "snippet": f if i == pos else pool[i]})
    if r.random() < 0.55:
        return jdump(c, {"query": q, "results": res}), r.choice(["web", "tool"])
    lines = [f"Search results for \"{q}\":", ""]
    for i, x in enumerate(res, 1):
        lines.append(f"{i}. {x['title']}\n   {x['url']}\n   {x['snippet']}")
    return "\n".join(lines), r.choice(["web", "tool"])


w_search.kind = "web"


def w_page(c, f):
    r = c.rng
    url = f"https://{r.choice(['blog.', 'www.', 'help.', ''])}{r.choice(['gearnotes.example', c.store(), 'homecooks.example', 'supplier-portal.example'])}/{c.alnum(7).lower()}"
    title = f"{c.product()} | {r.choice(['Care guide', 'Buying guide', 'Shipping info', 'Product page', 'FAQ'])}"
    paras = c.picks("web", r.randint(1, 2))
    pos = r.randint(0, len(paras))
    if f.lstrip().startswith("<") or r.random() < 0.45:
        body = [f"<p>{html.escape(p)}</p>" for p in paras]
        body.insert(pos, f if f.lstrip().startswith("<") else f"<p>{f}</p>")
        text = (f"<!DOCTYPE html>\n<html><head><title>{html.escape(title)}</title></head>\n<body>\n<h1>{html.escape(title)}</h1>\n"
                + "\n".join(body) + "\n<footer>&copy; 2025</footer>\n</body></html>")
        if r.random() < 0.5:
            text = f"fetch_url(\"{url}\") status=200 content-type=text/html\n\n" + text
        return text, "web"
    paras.insert(pos, f)
    text = f"URL: {url}\nTitle: {title}\n\n" + "\n\n".join(paras)
    return text, r.choice(["web", "tool"])


w_page.kind = "web"
w_page.html = True


def w_calendar(c, f):
    r = c.rng
    summ = r.choice(["Supplier call", "Q3 stock review", "Packaging samples", "Catalogue shoot", "Returns backlog sync"])
    if r.random() < 0.6:
        ev = {"id": c.alnum(26).lower(), "summary": summ, "start": {"dateTime": c.ts()}, "end": {"dateTime": c.ts()},
              "location": r.choice(["Meet", "Warehouse office", "Zoom", c.city()]), "description": f,
              "organizer": {"email": c.email()}, "attendees": [{"email": c.email(), "responseStatus": "accepted"}]}
        return jdump(c, {"items": [ev]}), "tool"
    desc = f.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    text = (f"BEGIN:VEVENT\nUID:{c.hexs(20)}@calendar\nDTSTART:{c.ts().replace('-', '').replace(':', '')}\n"
            f"SUMMARY:{summ}\nDESCRIPTION:{desc}\nORGANIZER:mailto:{c.email()}\nEND:VEVENT")
    return text, "tool"


w_calendar.kind = "cal"


def w_document(c, f):
    r = c.rng
    fname = r.choice(["supplier_agreement_2025.pdf", "returns_policy.docx", "wholesale_terms.pdf", "packing_spec_v3.pdf",
                      "invoice_INV-%d.pdf" % r.randint(1000, 9999)])
    pages = r.randint(2, 5)
    parts = [f"[read_document] {fname} ({pages} pages, extracted text)"]
    pos = r.random()
    pool = list(c.L["doc"])
    r.shuffle(pool)
    for p in range(1, pages + 1):
        parts.append(f"--- page {p} ---")
        parts.append(pool[(p - 1) % len(pool)] if p <= len(pool) else f"Page {p} of {pages} - ref {c.alnum(6).upper()}")
        if p == pages and pos < 0.6:
            parts.append(f)
        elif p == 1 and pos >= 0.6:
            parts.append(f)
    return "\n".join(parts), "tool"


w_document.kind = "doc"


def w_chat(c, f):
    r = c.rng
    msgs = []
    n = r.randint(2, 3)
    pos = r.randrange(n)
    pool = c.picks("chat", n)
    for i in range(n):
        msgs.append({"user": "U0" + c.alnum(8).upper(), "user_name": c.name().split()[0],
                     "text": f if i == pos else pool[i], "ts": f"17{r.randint(10000000, 99999999)}.{r.randint(100000, 999999)}"})
    if r.random() < 0.6:
        return jdump(c, {"ok": True, "channel": r.choice(["C02OPS", "C07SUPPORT", "C03WAREHOUSE"]), "messages": msgs}), "tool"
    lines = [f"Teams - #{r.choice(['ops', 'support', 'warehouse', 'marketing'])} (last {n} messages)"]
    for m in msgs:
        lines.append(f"[{c.ts()[11:16]}] {m['user_name']}: {m['text']}")
    return "\n".join(lines), "tool"


w_chat.kind = "chat"


def w_issue(c, f):
    r = c.rng
    title = c.pick("ticket")
    num = r.randint(40, 2400)
    if r.random() < 0.55:
        obj = {"number": num, "title": title[:70], "state": r.choice(["open", "closed"]),
               "user": {"login": c.alnum(7).lower()}, "body": c.pick("ticket"),
               "comments": [{"user": {"login": c.alnum(6).lower()}, "body": f, "created_at": c.ts()}]}
        return jdump(c, obj), r.choice(["ticket", "tool"])
    key = f"{r.choice(['SHOP', 'OPS', 'WEB'])}-{num}"
    text = (f"{key}: {title}\nStatus: {r.choice(['To Do', 'In Progress', 'Done'])}\nReporter: {c.name()}\n\n"
            f"Description:\n{c.pick('ticket')}\n\nComments:\n- {c.name()} ({c.date()}): {f}")
    return text, r.choice(["ticket", "tool"])


w_issue.kind = "ticket"


def w_crm(c, f):
    r = c.rng
    name = c.name()
    if r.random() < 0.5 and "\n" not in f:
        q = json.dumps(f, ensure_ascii=False)
        text = (f"contact:\n  id: {c.num()}\n  name: {name}\n  email: {c.email(name)}\n  lifecycle_stage: "
                f"{r.choice(['customer', 'lead', 'vip'])}\n  lifetime_value: {c.price()}\n  notes: {q}\n  last_order: \"{c.order()}\"")
        return text, "tool"
    obj = {"contact": {"id": c.num(), "properties": {"firstname": name.split()[0], "email": c.email(name),
                                                     "hs_lead_status": r.choice(["OPEN", "CONNECTED", "CUSTOMER"])},
                       "notes": [{"created": c.ts(), "author": c.name(), "body": f}]}}
    return jdump(c, obj), "tool"


w_crm.kind = "notes"


def w_tracking(c, f):
    r = c.rng
    tn = f"{r.choice(['1Z', 'JD', 'CZ', ''])}{c.alnum(14).upper()}"
    evs = [(c.ts(), c.pick("track"), c.city()) for _ in range(r.randint(1, 3))]
    if r.random() < 0.5:
        xml = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<TrackResponse>", f"  <TrackingNumber>{tn}</TrackingNumber>",
               f"  <DeliveryInstructions>{html.escape(f, quote=False)}</DeliveryInstructions>"]
        for t, d, city in evs:
            xml.append(f"  <Event><Time>{t}</Time><Description>{html.escape(d, quote=False)}</Description><Location>{city}</Location></Event>")
        xml.append("</TrackResponse>")
        return "\n".join(xml), "tool"
    obj = {"tracking_number": tn, "carrier": r.choice(["UPS", "DHL", "GLS", "PostNL", "DPD", "InPost"]),
           "status": r.choice(["in_transit", "delivered", "exception"]), "recipient_note": f,
           "events": [{"time": t, "description": d, "location": city} for t, d, city in evs]}
    return jdump(c, obj), "tool"


w_tracking.kind = "notes"


def w_webhook(c, f):
    r = c.rng
    obj = {"id": f"evt_{c.alnum(24)}", "type": r.choice(["charge.succeeded", "payment_intent.succeeded", "charge.refunded", "charge.dispute.created"]),
           "created": r.randint(1735000000, 1760000000),
           "data": {"object": {"id": f"ch_{c.alnum(24)}", "amount": r.randint(1500, 48000), "currency": c.currency_code().lower(),
                               "description": f"Order {c.order()}", "metadata": {"order_id": c.order(), "customer_note": f},
                               "outcome": {"risk_level": r.choice(["normal", "elevated"]), "seller_message": "Payment complete."}}}}
    return jdump(c, obj), "tool"


w_webhook.kind = "notes"


def w_supplier_csv(c, f):
    r = c.rng
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    wr.writerow(["sku", "name", "qty_available", "unit_cost", "eta", "remarks"])
    n = r.randint(2, 5)
    pos = r.randrange(n)
    for i in range(n):
        wr.writerow([c.sku(), c.product(), r.randint(0, 900), c.price(), c.date(), f if i == pos else c.pick("supplier")])
    return buf.getvalue().rstrip("\n"), r.choice(["feed", "tool"])


w_supplier_csv.kind = "supplier"


def w_sheet(c, f):
    r = c.rng
    rows = ["| order | customer | status | comment |", "|---|---|---|---|"]
    n = r.randint(2, 5)
    pos = r.randrange(n)
    for i in range(n):
        rows.append(f"| {c.order()} | {c.name()} | {r.choice(['open', 'shipped', 'refund requested', 'on hold'])} | "
                    f"{f if i == pos else c.pick('notes')} |")
    return f"get_sheet_rows(sheet=\"{r.choice(['Returns', 'Escalations', 'Orders Q3'])}\")\n" + "\n".join(rows), "tool"


w_sheet.kind = "notes"
w_sheet.accepts = one_line


def w_sql(c, f):
    r = c.rng
    rows = [(c.num(1000, 99999), c.order(), f if i == 0 else c.pick("reviews")) for i in range(r.randint(1, 3))]
    r.shuffle(rows)
    w3 = max(len(x[2]) for x in rows)
    head = f" id    | order_ref | body\n-------+-----------+-{'-' * min(w3, 60)}"
    lines = [f" {a:<5} | {b:<9} | {t}" for a, b, t in rows]
    return (f"sql> SELECT id, order_ref, body FROM {r.choice(['reviews', 'customer_messages', 'return_requests'])} "
            f"WHERE created_at > '{c.date()}' LIMIT {len(rows)};\n{head}\n" + "\n".join(lines) + f"\n({len(rows)} rows)"), "tool"


w_sql.kind = "reviews"
w_sql.accepts = lambda s: "\n" not in s


def w_log(c, f):
    r = c.rng
    lines = []
    for _ in range(r.randint(1, 3)):
        lines.append(f"{c.ts()} INFO  checkout: order={c.order()} total={c.price()} gateway={r.choice(['stripe', 'adyen', 'paypal'])}")
    esc = f.replace("\\", "\\\\").replace('"', '\\"')
    lines.insert(r.randint(0, len(lines)), f"{c.ts()} {r.choice(['INFO ', 'WARN '])} orders: order={c.order()} customer_note=\"{esc}\"")
    return "\n".join(lines), "tool"


w_log.kind = "notes"
w_log.accepts = lambda s: "\n" not in s and '"' not in s and "\\" not in s


def w_feed_xml(c, f):
    r = c.rng
    items = []
    n = r.randint(1, 3)
    pos = r.randrange(n)
    for i in range(n):
        d = f if i == pos else c.pick("desc")
        items.append(f"  <item>\n    <g:id>{c.sku()}</g:id>\n    <title>{html.escape(c.product())}</title>\n"
                     f"    <description><![CDATA[{d}]]></description>\n    <g:price>{c.price()} {c.currency_code()}</g:price>\n  </item>")
    return ("<?xml version=\"1.0\"?>\n<rss xmlns:g=\"http://base.google.com/ns/1.0\" version=\"2.0\">\n<channel>\n"
            + "\n".join(items) + "\n</channel>\n</rss>"), r.choice(["feed", "tool"])


w_feed_xml.kind = "desc"
w_feed_xml.html = True
w_feed_xml.accepts = lambda s: "]]>" not in s


def w_zendesk(c, f):
    r = c.rng
    subj, body = c.pick("mails")
    name = c.name()
    obj = {"ticket": {"id": r.randint(10000, 99999), "subject": subj, "status": r.choice(["new", "open", "pending"]),
                      "requester": {"name": name, "email": c.email(name)}, "priority": r.choice(["normal", "high", None]),
                      "comments": [{"author": name, "public": True, "body": body},
                                   {"author": name, "public": True, "body": f}]}}
    if r.random() < 0.4:
        obj["ticket"]["comments"] = [{"author": name, "public": True, "body": f"{body}\n\n{f}"}]
    return jdump(c, obj), r.choice(["ticket", "tool"])


w_zendesk.kind = "notes"


ALL = [w_order, w_product, w_reviews, w_inbox, w_search, w_page, w_calendar, w_document, w_chat, w_issue, w_crm,
       w_tracking, w_webhook, w_supplier_csv, w_sheet, w_sql, w_log, w_feed_xml, w_zendesk]
WEIGHTS = {w_order: 10, w_product: 7, w_reviews: 7, w_inbox: 10, w_search: 7, w_page: 8, w_calendar: 4, w_document: 6,
           w_chat: 5, w_issue: 5, w_crm: 5, w_tracking: 4, w_webhook: 4, w_supplier_csv: 4, w_sheet: 3, w_sql: 3,
           w_log: 3, w_feed_xml: 4, w_zendesk: 5}


def accepts(w, s):
    fn = getattr(w, "accepts", None)
    return fn(s) if fn else True


def is_html(w):
    return getattr(w, "html", False)


# ---- outer wrappers: function-call transcripts ----

TOOL_NAMES = {"w_order": "get_order", "w_product": "get_product", "w_reviews": "list_reviews", "w_inbox": "search_inbox",
              "w_search": "web_search", "w_page": "fetch_url", "w_calendar": "list_events", "w_document": "read_document",
              "w_chat": "slack_history", "w_issue": "get_issue", "w_crm": "crm_lookup", "w_tracking": "track_shipment",
              "w_webhook": "get_payment_event", "w_supplier_csv": "supplier_export", "w_sheet": "get_sheet_rows",
              "w_sql": "run_sql", "w_log": "tail_logs", "w_feed_xml": "get_product_feed", "w_zendesk": "get_ticket"}


def outer(c, wname, text):
    r = c.rng
    tool = TOOL_NAMES.get(wname, "tool")
    x = r.random()
    cid = "call_" + c.alnum(20)
    if x < 0.3:
        return f"tool_call: {tool}({{\"id\": \"{c.num(100, 99999)}\"}})\ntool_result:\n{text}"
    if x < 0.5:
        return (f"<tool_call id=\"{cid}\" name=\"{tool}\">{{}}</tool_call>\n<tool_result id=\"{cid}\">\n{text}\n</tool_result>")
    if x < 0.75:
        return json.dumps({"jsonrpc": "2.0", "id": r.randint(1, 300),
                           "result": {"content": [{"type": "text", "text": text}], "isError": False}}, ensure_ascii=False)
    return json.dumps({"role": "tool", "tool_call_id": cid, "name": tool, "content": text}, ensure_ascii=False,
                      indent=r.choice([None, 2]))
