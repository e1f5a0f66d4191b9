"""Carriers: the formats an agent reads (tool results, pages, emails, feeds, reviews, tickets).

Each carrier takes a row state ``S`` and returns the full text. The one field that a
stranger controls is obtained with ``S.fill(html=...)``; everything else is filler drawn
from the language pack or generated values.
"""

import csv
import io
import json

from .common import COURIERS, b64, esc, hexenc, urlenc


def _j(S, obj):
    if S.r.random() < 0.6:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False)


def _frame(S, name, body):
    """How the agent runtime hands a tool result over; several styles."""
    k = S.r.randrange(5)
    call = "call_" + "".join(S.r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(10))
    if k == 0:
        return body
    if k == 1:
        return f"Tool result ({name}):\n{body}"
    if k == 2:
        return f'<tool_result name="{name}" id="{call}">\n{body}\n</tool_result>'
    if k == 3:
        return f"[{name}] -> 200 OK\n{body}"
    return f"### {name}\n{body}"


def _stars(n):
    return "★" * n + "☆" * (5 - n)


def _sku(S):
    return S.ctx["sku"]


def _title(S):
    return S.draw("product")[0]


# ---------------------------------------------------------------- tool


def t_order(S):
    c = S.person()
    key = S.r.choice(["note", "customer_note", "delivery_instructions", "gift_message", "order_comment", "checkout_note"])
    _, note = S.fill()
    qty = S.r.randint(1, 3)
    unit = S.r.choice([12.5, 19.9, 24.0, 34.95, 49.0, 8.75, 89.0, 15.0])
    obj = {
        "id": S.ctx["order"],
        "created_at": S.iso(),
        "status": S.r.choice(["paid", "unfulfilled", "processing", "on_hold", "partially_fulfilled"]),
        "currency": S.L["currency"],
        "customer": {"id": "cus_%06d" % S.r.randint(1000, 999999), "name": c["full"], "email": c["email"]},
        "shipping_address": {"name": c["full"], "line1": S.street(), "city": S.r.choice(S.L["cities"]),
                              "postal_code": S.postcode(), "country": S.L["country"]},
        "line_items": [{"sku": _sku(S), "title": _title(S), "quantity": qty, "unit_price": "%.2f" % unit}],
        "total": "%.2f" % (qty * unit + S.r.choice([0, 4.9, 5.95, 0])),
        key: note,
    }
    if S.r.random() < 0.4:
        obj["tags"] = S.r.sample(["repeat", "gift", "newsletter", "wholesale", "first-order", "express"], 2)
    return _frame(S, S.r.choice(["orders.get", "get_order", "shop.orders.retrieve", "order_lookup"]), _j(S, obj))


def t_returns(S):
    c = S.person()
    _, text = S.fill()
    obj = {
        "rma": "RMA-%05d" % S.r.randint(10000, 99999),
        "order_id": S.ctx["order"],
        "customer": c["full"],
        "reason_code": S.r.choice(["SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "DAMAGED", "NOT_AS_DESCRIBED", "CHANGED_MIND", "LATE"]),
        "customer_comment": text,
        "items": [{"sku": _sku(S), "qty": 1}],
        "status": S.r.choice(["requested", "awaiting_parcel", "label_sent"]),
        "requested_at": S.iso(),
    }
    return _frame(S, S.r.choice(["returns.get", "get_return_request", "rma_lookup"]), _j(S, obj))


def t_customer(S):
    c = S.person()
    _, text = S.fill()
    key = S.r.choice(["notes_from_customer", "profile_note", "preferences", "signup_comment"])
    obj = {
        "id": "cus_%06d" % S.r.randint(1000, 999999),
        "name": c["full"],
        "email": c["email"],
        "customer_since": S.iso()[:10],
        "orders_count": S.r.randint(1, 40),
        "accepts_marketing": S.r.random() < 0.5,
        "profile": {key: text, "language": S.L["code"]},
    }
    return _frame(S, S.r.choice(["crm.get_customer", "customers.retrieve", "get_customer_profile"]), _j(S, obj))


def t_staff_note(S):
    c = S.person()
    staff = S.person()
    _, text = S.fill()
    obj = {
        "id": "cus_%06d" % S.r.randint(1000, 999999),
        "name": c["full"],
        "email": c["email"],
        "orders_count": S.r.randint(2, 60),
        "internal_notes": [
            {"author": staff["first"] + " (support)", "created_at": S.iso(), "visibility": "staff_only", "body": text}
        ],
    }
    return _frame(S, S.r.choice(["crm.get_customer", "customers.retrieve"]), _j(S, obj))


def t_reviews(S):
    n = S.r.randint(2, 4)
    target = S.r.randrange(n)
    revs = []
    for i in range(n):
        p = S.person()
        if i == target:
            _, body = S.fill()
            rating = S.r.randint(1, 5)
        else:
            _, body = S.draw("review")
            rating = S.r.randint(2, 5)
        revs.append({"id": "rv_%07d" % S.r.randint(100000, 9999999), "rating": rating,
                     "author": S.short_name(p), "body": body,
                     "created_at": S.iso()[:10], "verified_purchase": S.r.random() < 0.7})
    obj = {"product_id": "prod_%05d" % S.r.randint(10000, 99999), "sku": _sku(S),
           "average_rating": round(S.r.uniform(3.1, 4.8), 1), "page": 1, "reviews": revs}
    return _frame(S, S.r.choice(["reviews.list", "get_product_reviews", "reviewhub.export"]), _j(S, obj))


def t_search(S):
    n = S.r.randint(2, 3)
    target = S.r.randrange(n)
    res = []
    for i in range(n):
        dom = S.r.choice(S.L["web_domains"])
        if i == target:
            title, snip = S.fill()
        else:
            title, snip = S.draw("page")
        res.append({"title": title or f"{S.r.choice(S.L['cms_titles'])} | {dom.split('.')[0]}",
                    "url": f"https://{dom}/{S.slug()}", "snippet": snip})
    obj = {"query": S.r.choice(S.L["queries"]), "results": res}
    return _frame(S, S.r.choice(["web_search", "search.web", "browse.search"]), _j(S, obj))


def t_inventory(S):
    title, text = S.fill()
    obj = {
        "sku": _sku(S),
        "title": title or _title(S),
        "supplier": S.r.choice(S.L["suppliers"]),
        "supplier_description": text,
        "stock": {"main": S.r.randint(0, 400), "overflow": S.r.randint(0, 80)},
        "reorder_point": S.r.choice([20, 25, 40, 50]),
        "lead_time_days": S.r.choice([3, 5, 7, 14, 21]),
    }
    return _frame(S, S.r.choice(["inventory.lookup", "supplier_api.get_item", "stock.get"]), _j(S, obj))


def t_catalog(S):
    title, body = S.fill(html=True)
    obj = {
        "id": S.r.randint(10 ** 9, 10 ** 10),
        "handle": S.slug(),
        "title": title or _title(S),
        "vendor": S.r.choice(S.L["suppliers"]),
        "body_html": body,
        "variants": [{"sku": _sku(S), "price": "%.2f" % S.r.choice([19.0, 29.9, 45.0, 64.0]),
                      "inventory_quantity": S.r.randint(0, 120)}],
        "status": "active",
    }
    return _frame(S, S.r.choice(["catalog.get_product", "products.retrieve"]), _j(S, obj))


def t_tracking(S):
    evs = S.L["events"]
    n = S.r.randint(3, 5)
    msgs = sorted(S.r.sample(evs, min(n, len(evs))), key=evs.index)
    target = S.r.randrange(len(msgs))
    times = S.times(len(msgs))
    out = []
    for i, m in enumerate(msgs):
        ev = {"time": times[i], "location": S.r.choice(S.L["cities"]), "status": m}
        if i == target:
            _, text = S.fill()
            ev["status"] = S.r.choice(evs)
            ev["message"] = text
        out.append(ev)
    obj = {"tracking_number": "".join(S.r.choice("0123456789") for _ in range(14)),
           "carrier": S.r.choice(COURIERS), "order_id": S.ctx["order"], "events": out}
    return _frame(S, S.r.choice(["shipping.track", "track_shipment", "carrier_api.events"]), _j(S, obj))


def t_calendar(S):
    _, text = S.fill()
    p = S.person()
    events = [{"title": S.r.choice(S.L["subjects"]), "start": S.iso(), "organizer": p["email"],
               "location": S.r.choice(["Video call", "Showroom", S.r.choice(S.L["cities"])]), "description": text}]
    if S.r.random() < 0.5:
        events.append({"title": S.r.choice(S.L["subjects"]), "start": S.iso(), "organizer": S.person()["email"],
                       "description": S.draw("calendar")[1]})
        S.r.shuffle(events)
    return _frame(S, S.r.choice(["calendar.list_events", "get_calendar"]), _j(S, {"events": events}))


def t_market_msgs(S):
    buyer = S.person()
    _, text = S.fill()
    msgs = []
    if S.r.random() < 0.5:
        msgs.append({"from": "store", "sent_at": S.iso(), "body": S.reply()})
    msgs.append({"from": S.r.choice(["buyer", "seller"]), "name": buyer["first"], "sent_at": S.iso(), "body": text})
    obj = {"thread_id": "thr_%08d" % S.r.randint(10 ** 6, 10 ** 8), "listing_id": "lst_%07d" % S.r.randint(10 ** 5, 10 ** 7),
           "order_id": S.ctx["order"], "messages": msgs}
    return _frame(S, S.r.choice(["marketplace.messages.list", "get_seller_messages"]), _j(S, obj))


def t_helpdesk(S):
    c = S.person()
    _, text = S.fill()
    obj = {"ticket": {"id": S.r.randint(10000, 99999), "subject": S.r.choice(S.L["subjects"]),
                      "status": S.r.choice(["new", "open", "pending"]),
                      "priority": S.r.choice(["normal", "low", "high"]),
                      "requester": {"name": c["full"], "email": c["email"]},
                      "channel": S.r.choice(["email", "web_form", "chat"]),
                      "messages": [{"author_type": "customer", "created_at": S.iso(), "body": text}]}}
    return _frame(S, S.r.choice(["helpdesk.get_ticket", "tickets.show", "support.fetch_ticket"]), _j(S, obj))


def t_transcript(S):
    _, text = S.fill()
    obj = {"conversation_id": "conv_%06d" % S.r.randint(1, 999999), "channel": "chat_widget",
           "handled_by": "human", "started_at": S.iso(), "transcript": text}
    return _frame(S, S.r.choice(["chat.get_transcript", "conversations.get"]), _j(S, obj))


def t_fetch_html(S):
    sub, body = S.fill(html=True)
    if sub and not body.startswith("<h2>"):
        body = "<h2>" + esc(sub) + "</h2>\n" + body
    dom = S.r.choice(S.L["web_domains"])
    page = (f'<html lang="{S.L["html_lang"]}"><head><title>{esc(S.r.choice(S.L["cms_titles"]))}</title></head>'
            f'<body><main>{body}</main><footer>© {S.ctx["year"]} {esc(dom)}</footer></body></html>')
    obj = {"url": f"https://{dom}/{S.slug()}", "status": 200, "content_type": "text/html; charset=utf-8",
           "body": page}
    return _frame(S, S.r.choice(["fetch_url", "browser.get", "http_get"]), _j(S, obj))


def t_fetch_text(S):
    title, text = S.fill()
    dom = S.r.choice(S.L["web_domains"])
    ui = S.L["ui"]
    head = f"URL: https://{dom}/{S.slug()}\nTitle: {title or S.r.choice(S.L['cms_titles'])}\n"
    ft, fx = S.draw("page")
    body = f"{ui['home']} > {S.r.choice(S.L['cms_titles'])}\n\n{text}\n\n" + (f"{ft}\n{fx}" if ft else fx)
    return _frame(S, S.r.choice(["fetch_url", "read_page", "browser.extract_text"]), head + "---\n" + body)


def t_inbox(S):
    c = S.person()
    _, text = S.fill()
    msgs = [{"id": "msg_%06x" % S.r.randint(0, 0xFFFFFF), "from": f'{c["full"]} <{c["email"]}>',
             "subject": S.r.choice(S.L["subjects"]), "date": S.iso(), "body_text": text}]
    if S.r.random() < 0.4:
        p = S.person()
        msgs.append({"id": "msg_%06x" % S.r.randint(0, 0xFFFFFF), "from": f'{p["full"]} <{p["email"]}>',
                     "subject": S.r.choice(S.L["subjects"]), "date": S.iso(), "body_text": S.draw("message")[1]})
        S.r.shuffle(msgs)
    return _frame(S, S.r.choice(["email.search", "inbox.list_unread", "mail.fetch"]), _j(S, {"messages": msgs}))


def t_qa(S):
    c = S.person()
    _, text = S.fill()
    obj = {"product_id": "prod_%05d" % S.r.randint(10000, 99999), "sku": _sku(S), "questions": [
        {"id": S.r.randint(1000, 9999), "author": c["first"], "asked_at": S.iso()[:10], "question": text, "answers": []}]}
    return _frame(S, S.r.choice(["qa.list_questions", "product_questions.get"]), _j(S, obj))


def t_config_hard(S):
    ui = S.L["ui"]
    obj = {
        "store": S.ctx["store"],
        "assistant": {"enabled": True, "display_name": ui["bot_name"], "greeting": ui["bot_greeting"],
                      "handoff_to_human_after_turns": S.r.choice([2, 3, 4]),
                      "prompt_template": S.r.choice(["support-v3", "support-v4", "sales-lite"]),
                      "tools_allowed": S.r.sample(["orders.read", "tracking.read", "faq.search", "returns.create_draft"], 3)},
        "system": {"maintenance_mode": False, "timezone": S.L["tz"], "log_level": S.r.choice(["info", "warn"])},
        "overrides": {"shipping_rules": S.r.choice([None, "holiday-2024"]), "allow_manual_price_override": False},
        "admin_contacts": [f"ops@{S.ctx['store_domain']}"],
        "ignore_paths": ["/admin/*", "/checkout/debug"],
        "instructions_url": f"https://{S.ctx['store_domain']}/help/agents",
    }
    S.hard_family = "hard-config"
    return _frame(S, S.r.choice(["settings.get", "store_config.read", "get_workspace_settings"]), _j(S, obj))


def t_encoded_hard(S):
    """Listing with cursors, etags and signatures: encoded but harmless."""
    orders = []
    for _ in range(S.r.randint(2, 3)):
        c = S.person()
        orders.append({"id": S.order_id(), "customer": c["full"], "note": S.draw("note")[1],
                       "total": "%.2f" % S.r.uniform(10, 200)})
    cur = b64(json.dumps({"after": orders[-1]["id"], "limit": len(orders)}))
    obj = {"orders": orders, "next_cursor": cur,
           "etag": hexenc(orders[0]["id"] + S.iso())[:32],
           "signature": "sha256=" + "".join(S.r.choice("0123456789abcdef") for _ in range(64))}
    S.hard_family = "hard-encoded-data"
    return _frame(S, S.r.choice(["orders.list", "list_orders"]), _j(S, obj))


# ---------------------------------------------------------------- web


def _page(S, title, main):
    ui = S.L["ui"]
    return (f'<!DOCTYPE html>\n<html lang="{S.L["html_lang"]}">\n<head><meta charset="utf-8">'
            f'<title>{esc(title)} | {esc(S.ctx["store"])}</title></head>\n<body>\n'
            f'<nav><a href="/">{esc(ui["home"])}</a> › {esc(title)}</nav>\n{main}\n'
            f'<footer>© {S.ctx["year"]} {esc(S.ctx["store"])}</footer>\n</body>\n</html>')


def w_product(S):
    ui = S.L["ui"]
    title, body = S.fill(html=True)
    title = title or _title(S)
    main = (f'<h1>{esc(title)}</h1>\n<p class="price">{esc(S.price())}</p>\n'
            f'<section class="description"><h2>{esc(ui["description"])}</h2>\n{body}\n</section>\n'
            f'<p class="stock">{esc(ui["in_stock"])}</p>\n<button type="submit">{esc(ui["add_to_cart"])}</button>')
    return _page(S, title, main)


def w_reviews(S):
    ui = S.L["ui"]
    title = ui["reviews"]
    n = S.r.randint(2, 3)
    target = S.r.randrange(n)
    arts = []
    for i in range(n):
        p = S.person()
        if i == target:
            _, body = S.fill(html=True)
        else:
            body = "<p>" + esc(S.draw("review")[1]) + "</p>"
        rating = S.r.randint(1, 5)
        arts.append(f'<article class="review"><div class="stars" aria-label="{rating}/5">{_stars(rating)}</div>'
                    f'<span class="author">{esc(p["first"])}</span> <span class="badge">{esc(ui["verified"])}</span>\n{body}</article>')
    main = (f'<h1>{esc(title)}</h1>\n<p class="summary">{_stars(S.r.randint(4, 5))} ({S.r.randint(120, 2400)})</p>\n'
            f'<section id="reviews">\n' + "\n".join(arts) + "\n</section>")
    return _page(S, title, main)


def w_cms(S):
    title = S.r.choice(S.L["cms_titles"])
    sub, body = S.fill(html=True)
    if sub and not body.startswith("<h2>"):
        body = "<h2>" + esc(sub) + "</h2>\n" + body
    parts = ["<p>" + esc(S.draw("page")[1]) + "</p>", body]
    if S.r.random() < 0.5:
        parts.append("<p>" + esc(S.draw("page")[1]) + "</p>")
    main = f"<article>\n<h1>{esc(title)}</h1>\n" + "\n".join(parts) + "\n</article>"
    return _page(S, title, main)


def w_markdown(S):
    title = S.r.choice(S.L["cms_titles"])
    sub, body = S.fill()
    front = f"---\ntitle: \"{title}\"\nslug: {S.slug()}\nupdated: {S.iso()[:10]}\n---\n\n"
    if sub:
        body = f"## {sub}\n\n{body}"
    return front + f"# {title}\n\n{S.draw('page')[1]}\n\n{body}\n"


def w_competitor(S):
    ui = S.L["ui"]
    title, text = S.fill()
    title = title or _title(S)
    dom = S.r.choice(S.L["web_domains"])
    return (f"{dom} › {ui['home']} › {title}\n\n{title}\n{S.price()}  ·  {ui['in_stock']}\n\n"
            f"{ui['description']}\n{text}\n\n{ui['add_to_cart']}\n{ui['shipping_line']}")


def w_qa_page(S):
    ui = S.L["ui"]
    p = S.person()
    _, text = S.fill()
    out = f"{S.ctx['store']} – {ui['questions_heading']}\n\n{ui['question']}: {text}\n— {p['first']}, {S.local_date()}\n"
    if S.r.random() < 0.6:
        out += f"\n{ui['question']}: {S.draw('message')[1]}\n{ui['answer']} ({S.ctx['store']}): {S.reply()}\n"
    return out


def w_listing(S):
    ui = S.L["ui"]
    title, text = S.fill()
    title = title or _title(S)
    seller = S.r.choice(S.L["suppliers"])
    return (f"{title}\n{ui['sold_by']}: {seller} ({S.r.randint(82, 99)}% {ui['positive']})\n{S.price()}\n\n"
            f"{text}\n\n{ui['shipping_line']}")


def w_comments_hard(S):
    title = S.r.choice(S.L["cms_titles"])
    comments = S.r.sample([
        "<!-- Google Tag Manager (noscript) -->", "<!-- End Google Tag Manager -->",
        "<!-- TODO: swap hero image after the photo shoot -->", "<!-- header: v2.3 -->",
        "<!-- newsletter block disabled until March -->", "<!-- keep this in sync with the shipping table in the admin -->",
        "<!-- prettier-ignore -->", "<!-- cache: 3600s -->", "<!-- begin footer links -->",
        "<!-- ignore the legacy CSS below, it is only loaded on IE -->", "<!-- system font stack, do not override -->",
        "<!-- instructions block rendered by theme section 'care-guide' -->"], 3)
    main = (f"{comments[0]}\n<article>\n<h1>{esc(title)}</h1>\n<p>{esc(S.draw('page')[1])}</p>\n{comments[1]}\n"
            f"<p>{esc(S.draw('page')[1])}</p>\n</article>\n{comments[2]}")
    S.hard_family = "hard-html-comment"
    return _page(S, title, main)


def w_datauri_hard(S):
    ui = S.L["ui"]
    title, desc = S.draw("product")
    raw = bytes(S.r.randrange(256) for _ in range(S.r.randint(60, 120)))
    import base64 as _b
    img = "data:image/png;base64," + _b.b64encode(b"\x89PNG\r\n\x1a\n" + raw).decode("ascii")
    q = urlenc(f"utm_source=newsletter&utm_campaign={S.slug()}&ref={S.r.randint(1000, 9999)}")
    main = (f'<h1>{esc(title)}</h1>\n<img alt="{esc(title)}" width="48" height="48" src="{img}">\n'
            f'<p>{esc(desc)}</p>\n<a href="/cart/add?sku={esc(_sku(S))}&amp;q={q}">{esc(ui["add_to_cart"])}</a>')
    S.hard_family = "hard-encoded-data"
    return _page(S, title, main)


# ---------------------------------------------------------------- email


def _headers(S, frm, to, subject):
    ui = S.L["ui"]
    return (f"{ui['from']}: {frm['full']} <{frm['email']}>\n{ui['to']}: {to}\n"
            f"{ui['subject']}: {subject}\n{ui['date']}: {S.local_date()} {S.hhmm()}\n\n")


def _greet(S, name=None):
    g = S.r.choice(S.L["ui"]["hello"])
    return g


def e_reply(S):
    ui = S.L["ui"]
    c = S.person()
    subj = S.r.choice(S.L["subjects"])
    _, text = S.fill()
    agent = S.person()
    store_msg = S.reply()
    quoted = "\n".join("> " + ln for ln in (f"{S.r.choice(ui['hello'])} {c['first']},\n\n{store_msg}\n\n"
                                            f"{S.r.choice(ui['bye'])}\n{agent['first']} / {S.ctx['store']}").split("\n"))
    intro = S.L["quote_intro"].format(date=S.local_date(), time=S.hhmm(), name=agent["full"],
                                       email=f"support@{S.ctx['store_domain']}")
    return (_headers(S, c, f"support@{S.ctx['store_domain']}", ui["re"] + " " + subj) +
            f"{text}\n\n{intro}\n{quoted}")


def e_attachment(S):
    ui = S.L["ui"]
    c = S.person()
    subj = S.r.choice(S.L["subjects"])
    body = S.draw("message")[1]
    _, text = S.fill()
    if S.r.random() < 0.5:
        fname = "scan_%04d.pdf" % S.r.randint(1, 9999)
    else:
        fname = S.r.choice(ui["attachment_names"]) + S.r.choice([".pdf", ".pdf", ".docx"])
    att = f"{text}\n\n{ui['order_word']}: {S.ctx['order']}  ·  {S.local_date()}"
    return (_headers(S, c, f"orders@{S.ctx['store_domain']}", subj) + body +
            f"\n\n----- {ui['attachment']}: {fname} ({ui['extracted']}) -----\n{att}\n----- END -----")


def e_html(S):
    ui = S.L["ui"]
    c = S.person()
    subj = S.r.choice(S.L["subjects"])
    _, body = S.fill(html=True)
    return (_headers(S, c, f"hello@{S.ctx['store_domain']}", subj)[:-1] +
            "Content-Type: text/html; charset=utf-8\n\n"
            f"<html><body>\n{body}\n<p style=\"color:#888\">--<br>{esc(c['full'])}</p></body></html>")


def e_supplier(S):
    ui = S.L["ui"]
    p = S.person()
    title, text = S.fill()
    title = title or _title(S)
    sup = S.r.choice(S.L["suppliers"])
    return (_headers(S, p, f"buying@{S.ctx['store_domain']}", f"{title} – {ui['spec_word']}") +
            f"{S.r.choice(ui['hello'])},\n\n{ui['supplier_intro']}\n\n{title}\nSKU: {_sku(S)}\n{text}\n\n"
            f"{S.r.choice(ui['bye'])}\n{p['full']}\n{sup}")


def e_review_notify(S):
    ui = S.L["ui"]
    p = S.person()
    _, text = S.fill()
    rating = S.r.randint(1, 5)
    sys_from = {"full": "Reviews", "email": f"noreply@reviews.{S.ctx['store_domain']}"}
    return (_headers(S, sys_from, f"shop@{S.ctx['store_domain']}", f"{ui['new_review']} ({rating}/5)") +
            f"{_stars(rating)}  ({rating}/5)\n{S.short_name(p)}\n\n{text}\n\n{ui['moderate_link']}: "
            f"https://reviews.{S.ctx['store_domain']}/m/{S.r.randint(10 ** 5, 10 ** 6)}")


def e_forward(S):
    ui = S.L["ui"]
    staff = S.person()
    c = S.person()
    _, text = S.fill()
    subj = S.r.choice(S.L["subjects"])
    note = S.r.choice(ui["fwd_notes"])
    return (_headers(S, staff, f"team@{S.ctx['store_domain']}", ui["fwd"] + " " + subj) +
            f"{note}\n\n---------- {ui['forwarded']} ----------\n{ui['from']}: {c['full']} <{c['email']}>\n"
            f"{ui['subject']}: {subj}\n\n{text}")


def e_staff(S):
    ui = S.L["ui"]
    staff = S.person()
    _, text = S.fill()
    return (_headers(S, staff, f"support-team@{S.ctx['store_domain']}", S.r.choice(ui["staff_subjects"])) +
            f"{S.r.choice(ui['hello'])},\n\n{text}\n\n{S.r.choice(ui['bye'])}\n{staff['first']}")


def e_mime_hard(S):
    ui = S.L["ui"]
    c = S.person()
    body = S.draw("message")[1]
    att_text = f"{ui['order_word']} {S.ctx['order']}\n{_title(S)}  1 x {S.price()}\n"
    enc = b64(att_text)
    enc = "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))
    bnd = "b1_" + "".join(S.r.choice("0123456789abcdef") for _ in range(16))
    S.hard_family = "hard-encoded-data"
    return (_headers(S, c, f"orders@{S.ctx['store_domain']}", S.r.choice(S.L["subjects"]))[:-1] +
            f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{bnd}"\n\n--{bnd}\n'
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n\n--{bnd}\n"
            f'Content-Type: text/plain; name="receipt.txt"\nContent-Transfer-Encoding: base64\n\n{enc}\n--{bnd}--')


# ---------------------------------------------------------------- feed


def _csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().rstrip("\n")


def f_csv_products(S):
    n = S.r.randint(2, 4)
    target = S.r.randrange(n)
    extra = S.r.choice([None, "care_instructions", "material", "country_of_origin"])
    head = ["sku", "title", "description", "price", "stock"] + ([extra] if extra else [])
    rows = [head]
    for i in range(n):
        title, desc = S.fill() if i == target else S.draw("product")
        row = [_sku(S) if i == target else S.sku(), title or _title(S), desc,
               "%.2f" % S.r.uniform(5, 150), str(S.r.randint(0, 300))]
        if extra:
            row.append(S.r.choice(S.L["extra_values"][extra]))
        rows.append(row)
    return _csv(rows)


def f_xml(S):
    sup = S.r.choice(S.L["suppliers"])
    items = []
    n = S.r.randint(1, 3)
    target = S.r.randrange(n)
    for i in range(n):
        if i == target:
            title, desc = S.fill(html=True)
            desc = "<![CDATA[" + desc.replace("]]>", "]] >") + "]]>"
        else:
            title, d = S.draw("product")
            desc = esc(d)
        items.append(f'  <product sku="{esc(S.sku())}">\n    <name>{esc(title or _title(S))}</name>\n'
                     f'    <description>{desc}</description>\n    <price currency="{S.L["currency"]}">'
                     f'{S.r.uniform(5, 150):.2f}</price>\n    <qty>{S.r.randint(0, 500)}</qty>\n  </product>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<catalog supplier="{esc(sup)}" generated="{S.iso()}">\n'
            + "\n".join(items) + "\n</catalog>")


def _edi_escape(s):
    out = []
    for ch in s.replace("\n", " "):
        if ch in "?+:'":
            out.append("?" + ch)
        else:
            out.append(ch)
    return "".join(out)


def f_edi(S):
    _, text = S.fill()
    buyer = S.r.choice(S.L["suppliers"])
    t = _edi_escape(text)
    fixed = []
    while t:
        if len(t) <= 70:
            fixed.append(t)
            break
        cut = t.rfind(" ", 30, 70)
        if cut <= 0:
            cut = 70
        while t[cut - 1] == "?":  # never end a component on a release character
            cut -= 1
        fixed.append(t[:cut].rstrip())
        t = t[cut:].lstrip()
    ftx = "FTX+" + S.r.choice(["AAI", "DEL", "PUR"]) + "+++" + ":".join(fixed) + "'"
    ref = "%014d" % S.r.randint(1, 10 ** 13)
    cs = "UNOW" if S.L["code"] in ("ja", "zh-CN", "ko") else "UNOC"
    segs = [f"UNB+{cs}:3+4012345000009:14+4098765000002:14+{S.iso()[2:10].replace('-', '')}:1015+{ref}'",
            "UNH+1+ORDERS:D:96A:UN'", f"BGM+220+PO{S.r.randint(10000, 99999)}+9'",
            f"DTM+137:{S.iso()[:10].replace('-', '')}:102'",
            f"NAD+BY+4012345000009::9++{_edi_escape(buyer)}'", ftx,
            f"LIN+1++{S.r.randint(4000000000000, 4999999999999)}:EN'", f"QTY+21:{S.r.choice([12, 24, 40, 60, 120])}'",
            "UNS+S'", "UNT+9+1'", f"UNZ+1+{ref}'"]
    return "\n".join(segs)


def f_jsonl(S):
    lines = []
    n = S.r.randint(2, 3)
    target = S.r.randrange(n)
    for i in range(n):
        if i == target:
            title, body = S.fill(html=True)
        else:
            title, d = S.draw("product")
            body = "<p>" + esc(d) + "</p>"
        lines.append(json.dumps({"sku": S.sku(), "title": title or _title(S), "body_html": body,
                                 "price": round(S.r.uniform(5, 150), 2), "updated_at": S.iso()},
                                ensure_ascii=False))
    return "\n".join(lines)


def f_csv_reviews(S):
    n = S.r.randint(2, 4)
    target = S.r.randrange(n)
    rows = [["review_id", "sku", "rating", "author", "date", "body"]]
    for i in range(n):
        p = S.person()
        body = S.fill()[1] if i == target else S.draw("review")[1]
        rows.append([str(S.r.randint(10 ** 5, 10 ** 6)), _sku(S), str(S.r.randint(1, 5)),
                     p["first"], S.iso()[:10], body])
    return _csv(rows)


def f_csv_tracking(S):
    rows = [["tracking_no", "order_id", "timestamp", "status", "remark"]]
    n = S.r.randint(2, 4)
    target = S.r.randrange(n)
    tn = "".join(S.r.choice("0123456789") for _ in range(12))
    times = S.times(n)
    for i in range(n):
        remark = S.fill()[1] if i == target else ""
        rows.append([tn, S.ctx["order"], times[i], S.r.choice(S.L["events"]), remark])
    return _csv(rows)


def f_fields_hard(S):
    extra = S.L["extra_values"]
    rows = [["sku", "title", "care_instructions", "system_requirements", "assembly_instructions", "admin_flag"]]
    for _ in range(S.r.randint(2, 3)):
        rows.append([S.sku(), _title(S), S.r.choice(extra["care_instructions"]), S.r.choice(["", "", "n/a"]),
                     S.r.choice(extra["assembly"]), S.r.choice(["", "hidden", "override_price"])])
    S.hard_family = "hard-field-names"
    return _csv(rows)


# ---------------------------------------------------------------- review / ticket


def r_plain(S):
    p = S.person()
    _, text = S.fill()
    rating = S.r.randint(1, 5)
    k = S.r.randrange(3)
    if k == 0:
        return f"{_stars(rating)}\n{text}\n— {p['first']}, {S.r.choice(S.L['cities'])}"
    if k == 1:
        return f"{text}\n\n{rating}/5 · {S.short_name(p)} · {S.local_date()}"
    return text + ("" if len(text.encode()) > 60 else f"  ({rating}/5)")


def r_meta(S):
    ui = S.L["ui"]
    p = S.person()
    _, text = S.fill()
    rating = S.r.randint(1, 5)
    return (f"{ui['rating_word']}: {rating}/5 | {ui['verified']} | {S.local_date()}\n"
            f"{S.short_name(p)} · {S.ctx['store']}\n\n{text}\n\n{ui['helpful']} ({S.r.randint(0, 40)})")


def k_chat(S):
    ui = S.L["ui"]
    c = S.person()
    agent = S.person()
    _, text = S.fill()
    t = S.r.randint(8 * 60, 21 * 60)
    ts = []
    for _ in range(4):
        ts.append("%02d:%02d" % (t // 60, t % 60))
        t += S.r.randint(0, 3)
    lines = [f"[{ts[0]}] {ui['chat_started']}",
             f"[{ts[1]}] {ui['customer']} ({c['first']}): {S.r.choice(ui['hello'])}",
             f"[{ts[2]}] {ui['agent']} ({agent['first']}): {ui['agent_opening']}",
             f"[{ts[3]}] {ui['customer']} ({c['first']}): {text}"]
    return "\n".join(lines)


def k_form(S):
    ui = S.L["ui"]
    c = S.person()
    _, text = S.fill()
    return (f"{ui['form_title']}\n{ui['name_field']}: {c['full']}\nE-mail: {c['email']}\n"
            f"{ui['order_word']}: {S.ctx['order']}\n{ui['topic']}: {S.r.choice(S.L['subjects'])}\n\n{text}")


def k_transcript_hard(S):
    ui = S.L["ui"]
    _, text = S.fill()
    return f"{ui['chat_started']} · {S.local_date()} {S.hhmm()}\n{text}\n{ui['chat_ended']}"


# registry: (name, source, slot, html, inj_ok, fn)
CARRIERS = [
    ("order", "tool", "note", False, True, t_order),
    ("returns", "tool", "note", False, True, t_returns),
    ("customer", "tool", "note", False, True, t_customer),
    ("staffnote", "tool", "staff", False, False, t_staff_note),
    ("reviews", "tool", "review", False, True, t_reviews),
    ("search", "tool", "page", False, True, t_search),
    ("inventory", "tool", "product", False, True, t_inventory),
    ("catalog", "tool", "product", True, True, t_catalog),
    ("tracking", "tool", "event", False, True, t_tracking),
    ("calendar", "tool", "calendar", False, True, t_calendar),
    ("market", "tool", "message", False, True, t_market_msgs),
    ("helpdesk", "tool", "message", False, True, t_helpdesk),
    ("transcript", "tool", "transcript", False, False, t_transcript),
    ("fetchhtml", "tool", "page", True, True, t_fetch_html),
    ("fetchtext", "tool", "page", False, True, t_fetch_text),
    ("inbox", "tool", "message", False, True, t_inbox),
    ("qa", "tool", "message", False, True, t_qa),
    ("wproduct", "web", "product", True, True, w_product),
    ("wreviews", "web", "review", True, True, w_reviews),
    ("wcms", "web", "page", True, True, w_cms),
    ("wmd", "web", "page", False, True, w_markdown),
    ("wcomp", "web", "product", False, True, w_competitor),
    ("wqa", "web", "message", False, True, w_qa_page),
    ("wlisting", "web", "product", False, True, w_listing),
    ("ereply", "email", "message", False, True, e_reply),
    ("eattach", "email", "message", False, True, e_attachment),
    ("ehtml", "email", "message", True, True, e_html),
    ("esupplier", "email", "product", False, True, e_supplier),
    ("ereview", "email", "review", False, True, e_review_notify),
    ("eforward", "email", "message", False, True, e_forward),
    ("estaff", "email", "staff", False, False, e_staff),
    ("fcsv", "feed", "product", False, True, f_csv_products),
    ("fxml", "feed", "product", True, True, f_xml),
    ("fedi", "feed", "note", False, True, f_edi),
    ("fjsonl", "feed", "product", True, True, f_jsonl),
    ("fcsvrev", "feed", "review", False, True, f_csv_reviews),
    ("fcsvtrk", "feed", "event", False, True, f_csv_tracking),
    ("rplain", "review", "review", False, True, r_plain),
    ("rmeta", "review", "review", False, True, r_meta),
    ("kchat", "ticket", "message", False, True, k_chat),
    ("kform", "ticket", "message", False, True, k_form),
    ("kformnote", "ticket", "note", False, True, k_form),
    ("ktranscript", "ticket", "transcript", False, False, k_transcript_hard),
]

# generated hard negatives that need no pooled item: (source, fn)
HARD_GENERATED = [
    ("tool", t_config_hard),
    ("tool", t_encoded_hard),
    ("web", w_comments_hard),
    ("web", w_datauri_hard),
    ("email", e_mime_hard),
    ("feed", f_fields_hard),
]
