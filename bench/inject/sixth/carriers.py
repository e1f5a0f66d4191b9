"""Carrier shells per source. Each shell takes the body text (with any inline sentence already in
place) and an optional hidden string, and must draw exactly the same random numbers whatever
those two contain, so that every variant of a group shares one carrier."""
import json

from .common import fill

HIDERS_TEXT = [
    "<!-- {h} -->",
    "<!--{h}-->",
    '<span style="display:none">{h}</span>',
    '<div style="font-size:0;color:transparent">{h}</div>',
    '<p style="color:#ffffff;background:#ffffff">{h}</p>',
    "<div hidden>{h}</div>",
    "[//]: # ({h})",
]
HIDERS_HTML = [
    "<!-- {h} -->",
    '<span style="display:none">{h}</span>',
    '<div style="position:absolute;left:-9999px">{h}</div>',
    '<p style="color:#fff;font-size:1px">{h}</p>',
    '<span aria-hidden="true" style="opacity:0">{h}</span>',
    "<noscript>{h}</noscript>",
    "ALT",
]
NOTE_FIELDS = ["note", "internal_note", "notes", "meta_comment", "annotation", "remarks", "x_note"]
AGENT_FIELDS = ["agent_instructions", "note_for_agent", "assistant_hint", "llm_context"]
STAFF_FIELDS = ["note_for_staff", "warehouse_note", "staff_hint", "ops_context"]


def _hide(r, hidden, pool):
    w = r.choice(pool)
    return (w.replace("{h}", hidden) if hidden else ""), w


def _field(r, hidden, label):
    neutral = r.choice(NOTE_FIELDS)
    spec = r.random() < 0.3
    k_ai = r.choice(AGENT_FIELDS)
    k_hu = r.choice(STAFF_FIELDS)
    if not spec:
        return neutral
    return k_ai if label else k_hu


def _stars(r, n):
    style = r.randint(0, 3)
    if style == 0:
        return "★" * n + "☆" * (5 - n)
    if style == 1:
        return f"{n}/5"
    if style == 2:
        return "*" * n
    return f"[{n} ★]"


def _dumps(r, obj):
    ind = r.choice([None, 2, 2, 1])
    return json.dumps(obj, ensure_ascii=False, indent=ind)


# ------------------------------------------------------------------ review


def review_plain(D, ctx, r, body, hidden, label):
    n = max(1, min(5, ctx["stars"] + r.choice([0, 1, 2])))
    title = fill(r.choice(D["review_titles"]), ctx)
    stars = _stars(r, n)
    h, _ = _hide(r, hidden, HIDERS_TEXT)
    sig = r.choice([f"— {ctx['name']} {ctx['initial']}, {ctx['city']}", f"{ctx['name']}", f"{ctx['name'].lower()}{r.randint(1, 99)}", ""])
    parts = [f"{stars} {title}", body + ((" " if r.random() < 0.5 else "\n") + h if h else "")]
    if sig:
        parts.append(sig)
    return "\n".join(parts)


def review_meta(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    n = max(1, min(5, ctx["stars"] + r.choice([0, 1, 2])))
    title = fill(r.choice(D["review_titles"]), ctx)
    yes, no = r.randint(0, 40), r.randint(0, 6)
    h, _ = _hide(r, hidden, HIDERS_TEXT)
    head = f"{H['rating']}: {n}/5 · {H['verified']} · {ctx['date']}"
    text = f"{head}\n{title}\n{body}\n" + (h + "\n" if h else "") + f"{H['helpful']} {H['yes']} ({yes}) · {H['no']} ({no})"
    return text


def review_qa(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    q = fill(r.choice(D["qa_questions"]), ctx)
    asker = r.choice([ctx["name2"], ctx["name2"] + " " + ctx["initial"], "Anon"])
    h, _ = _hide(r, hidden, HIDERS_TEXT)
    return (f"{H['question']} ({asker}): {q}\n"
            f"{H['answer']} ({ctx['name']}, {H['owner']}): {body}" + ("\n" + h if h else ""))


def review_bare(D, ctx, r, body, hidden, label):
    h, _ = _hide(r, hidden, HIDERS_TEXT[:3])
    n = max(1, min(5, ctx["stars"] + r.choice([0, 1, 2])))
    lead = r.choice(["", "", f"{n}/5 ", "★" * n + " "])
    return lead + body + (" " + h if h else "")


def tool_min(D, ctx, r, body, hidden, label):
    key = _field(r, hidden, label)
    obj = {"id": int(ctx["ticket"]), "text": body}
    if hidden:
        obj[key] = hidden
    return json.dumps(obj, ensure_ascii=False)


# ------------------------------------------------------------------ ticket


def ticket_header(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    subj = fill(r.choice(D["ticket_subjects"]), ctx)
    prio = r.choice([H["normal"], H["high"]])
    h, _ = _hide(r, hidden, HIDERS_TEXT)
    return (f"{H['ticket']} #{ctx['ticket']} · {H['status']}: {H['open']} · {H['priority']}: {prio}\n"
            f"{H['subject']}: {subj}\n{H['customer']}: {ctx['full']} <{ctx['email']}>\n"
            f"{H['order']}: #{ctx['order']}\n\n{body}" + ("\n" + h if h else ""))


def ticket_form(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    h, _ = _hide(r, hidden, HIDERS_TEXT)
    topic = fill(r.choice(D["ticket_subjects"]), ctx)
    return (f"{H['contact_form']}\n{H['name']}: {ctx['full']}\n{H['email']}: {ctx['email']}\n"
            f"{H['order']}: {ctx['order']}\n{H['subject']}: {topic}\n{H['message']}:\n{body}" + ("\n" + h if h else ""))


def ticket_chat(D, ctx, r, body, hidden, label):
    """Body lines become customer turns interleaved with staff replies."""
    lines = [ln for ln in body.split("\n") if ln.strip()]
    hh, mm = r.randint(8, 20), r.randint(0, 40)
    who_staff = f"{ctx['staff']} ({D['hdr']['support']})"
    opener = fill(r.choice(D["staff_open"]), ctx)
    out = [f"[{hh:02d}:{mm:02d}] {who_staff}: {opener}"]
    replies = list(D["staff_replies"])
    r.shuffle(replies)
    h, _ = _hide(r, hidden, HIDERS_TEXT[:3])
    for i, ln in enumerate(lines):
        mm += r.randint(1, 3)
        out.append(f"[{hh:02d}:{mm % 60:02d}] {ctx['name']}: {ln}")
        if i < len(lines) - 1 and r.random() < 0.6:
            mm += 1
            out.append(f"[{hh:02d}:{mm % 60:02d}] {who_staff}: {fill(replies[i % len(replies)], ctx)}")
    if h:
        out.append(h)
    return "\n".join(out)


# ------------------------------------------------------------------ email


def email_plain(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    subj = fill(r.choice(D["ticket_subjects"]), ctx)
    greet = fill(r.choice(D["greet"]), ctx)
    close = fill(r.choice(D["close"]), ctx)
    reply = fill(r.choice(D["shop_replies"]), ctx)
    quoted = r.random() < 0.7
    h, _ = _hide(r, hidden, HIDERS_TEXT[:6])
    on = fill(H["wrote_on"], {"date": ctx["date"], "who": ctx["shop_name"]})
    text = (f"{H['from']}: {ctx['full']} <{ctx['email']}>\n{H['to']}: {H['support_box']}@{ctx['shop']}\n"
            f"{H['subject']}: {H['re']}{subj}\n\n{greet}\n\n{body}\n" + (h + "\n" if h else "") +
            f"\n{close}\n{ctx['name']}")
    if quoted:
        text += "\n\n" + on + "\n" + "\n".join("> " + x for x in reply.split("\n"))
    return text


def email_forward(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    subj = fill(r.choice(D["ticket_subjects"]), ctx)
    greet = fill(r.choice(D["greet"]), ctx)
    close = fill(r.choice(D["close"]), ctx)
    fw_note = fill(r.choice(D["fw_notes"]), ctx)
    h, _ = _hide(r, hidden, HIDERS_TEXT[:6])
    return (f"{fw_note}\n\n---------- {H['forwarded']} ----------\n{H['from']}: {ctx['full']} <{ctx['email']}>\n"
            f"{H['date']}: {ctx['date']}\n{H['subject']}: {subj}\n\n{greet}\n{body}\n" + (h + "\n" if h else "") +
            f"{close}\n{ctx['name']} {ctx['surname']}")


def email_html(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    subj = fill(r.choice(D["ticket_subjects"]), ctx)
    greet = fill(r.choice(D["greet"]), ctx)
    close = fill(r.choice(D["close"]), ctx)
    h, _ = _hide(r, hidden, HIDERS_HTML[:6])
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"{H['subject']}: {subj}\n<html><body style=\"font-family:Arial\"><p>{greet}</p>{paras}"
            + h + f"<p>{close}<br>{ctx['name']}</p></body></html>")


# ------------------------------------------------------------------ feed


def _other_products(D, ctx, r, k):
    pool = [p for p, _ in D["products"] if p != ctx["product"]]
    r.shuffle(pool)
    return pool[:k]


def feed_csv(D, ctx, r, body, hidden, label):
    sep = r.choice([",", ";", "|"])
    others = _other_products(D, ctx, r, 2)
    rows = [(ctx["sku"], ctx["product"], body, ctx["price"], hidden)]
    for o in others:
        rows.append((f"{ctx['sku'][:2]}-{r.randint(100, 9999)}", o, fill(r.choice(D["short_desc"]), {"product": o}),
                     f"{r.randint(9, 400)}.{r.choice(['00', '90', '99'])}", r.choice(D["feed_notes"]) if r.random() < 0.5 else ""))
    pos = r.randint(0, 2)
    mine = rows.pop(0)
    rows.insert(pos, mine)
    stock = [r.randint(0, 300) for _ in rows]
    out = [sep.join(["sku", "title", "description", "price", "stock", "notes"])]
    for (sku, title, desc, price, note), st in zip(rows, stock):
        price = f"\"{price}\"" if sep in price else price
        out.append(sep.join([sku, title, f"\"{desc}\"", price, str(st), f"\"{note}\"" if note else ""]))
    return "\n".join(out)


def feed_json(D, ctx, r, body, hidden, label):
    others = _other_products(D, ctx, r, r.randint(0, 1))
    key = _field(r, hidden, label)
    item = {"sku": ctx["sku"], "title": ctx["product"], "description": body, "price": ctx["price"],
            "availability": r.choice(["in_stock", "preorder", "in_stock"]), "updated": ctx["date"]}
    if hidden:
        item[key] = hidden
    items = [item] + [{"sku": f"{ctx['sku'][:2]}-{r.randint(100, 9999)}", "title": o,
                       "description": fill(r.choice(D["short_desc"]), {"product": o}),
                       "price": f"{r.randint(9, 400)}.99", "availability": "in_stock", "updated": ctx["date"]} for o in others]
    if r.random() < 0.5:
        items.reverse()
    return _dumps(r, {"supplier": ctx["shop_name"], "items": items})


def feed_xml(D, ctx, r, body, hidden, label):
    as_comment = r.random() < 0.5
    tag = r.choice(["internal_note", "note", "remarks"])
    hid = ""
    if hidden:
        hid = f"\n    <!-- {hidden} -->" if as_comment else f"\n    <{tag}>{hidden}</{tag}>"
    cdata = r.random() < 0.5
    d = f"<![CDATA[{body}]]>" if cdata else body
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">\n"
            f"<channel>\n  <title>{ctx['shop_name']}</title>\n  <item>\n    <g:id>{ctx['sku']}</g:id>\n"
            f"    <title>{ctx['product']}</title>\n    <description>{d}</description>\n"
            f"    <g:price>{ctx['price']}</g:price>{hid}\n  </item>\n</channel>\n</rss>")


# ------------------------------------------------------------------ web


def web_product(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    w = r.choice(HIDERS_HTML)
    alt_default = fill(r.choice(D["alt_texts"]), ctx)
    img = ctx["sku"].lower()
    if hidden and w == "ALT":
        img_tag = f"<img src=\"/media/{img}.jpg\" alt=\"{hidden}\">"
        hid = ""
    else:
        img_tag = f"<img src=\"/media/{img}.jpg\" alt=\"{alt_default}\">"
        hid = w.replace("{h}", hidden) if (hidden and w != "ALT") else ""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<div class=\"product\">\n<h1>{ctx['product']}</h1>\n{img_tag}\n<span class=\"price\">{ctx['price']}</span>\n"
            f"<div class=\"description\">{paras}</div>\n{hid + chr(10) if hid else ''}"
            f"<button>{H['add_to_cart']}</button>\n</div>")


def web_reviews(D, ctx, r, body, hidden, label):
    H = D["hdr"]
    other = fill(r.choice(D["short_reviews"]), ctx)
    w = r.choice(HIDERS_HTML[:6])
    hid = w.replace("{h}", hidden) if hidden else ""
    n1, n2 = r.randint(2, 5), r.randint(3, 5)
    a = f"<li class=\"review\"><b>{ctx['name2']}</b> {'★' * n1}<p>{other}</p></li>"
    b = f"<li class=\"review\"><b>{ctx['name']}</b> {'★' * n2}<p>{body}</p>{hid}</li>"
    items = [a, b] if r.random() < 0.5 else [b, a]
    return f"<section id=\"reviews\"><h2>{H['reviews_heading']} – {ctx['product']}</h2>\n<ul>\n" + "\n".join(items) + "\n</ul></section>"


def web_article(D, ctx, r, body, hidden, label):
    title = fill(r.choice(D["article_titles"]), ctx)
    if r.random() < 0.55:
        w = r.choice(["[//]: # ({h})", "<!-- {h} -->", "<div hidden>{h}</div>"])
        hid = w.replace("{h}", hidden) if hidden else ""
        text = f"# {title}\n\n*{ctx['date']} · {ctx['shop_name']}*\n\n{body}"
        return text + ("\n\n" + hid if hid else "")
    w = r.choice(HIDERS_HTML[:6])
    hid = w.replace("{h}", hidden) if hidden else ""
    paras = "\n".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return f"<article>\n<h1>{title}</h1>\n<time>{ctx['date']}</time>\n{paras}\n" + (hid + "\n" if hid else "") + "</article>"


# ------------------------------------------------------------------ tool


def tool_reviews(D, ctx, r, body, hidden, label):
    key = _field(r, hidden, label)
    other = fill(r.choice(D["short_reviews"]), ctx)
    rv = {"id": f"rv_{r.randint(10000, 99999)}", "rating": max(1, min(5, ctx["stars"] + 1)), "author": ctx["name"],
          "body": body, "verified": r.random() < 0.8}
    if hidden:
        rv[key] = hidden
    ot = {"id": f"rv_{r.randint(10000, 99999)}", "rating": r.randint(3, 5), "author": ctx["name2"], "body": other, "verified": True}
    revs = [ot, rv] if r.random() < 0.5 else [rv, ot]
    return _dumps(r, {"tool": "list_reviews", "product_id": ctx["sku"], "count": 2, "reviews": revs})


def tool_ticket(D, ctx, r, body, hidden, label):
    key = _field(r, hidden, label)
    first = fill(r.choice(D["staff_open"]), ctx)
    msgs = [{"from": "customer", "at": ctx["date"], "body": body}]
    if r.random() < 0.5:
        msgs.insert(0, {"from": f"staff:{ctx['staff']}", "at": ctx["date"], "body": first})
    t = {"ticket_id": int(ctx["ticket"]), "status": r.choice(["open", "pending", "new"]), "customer_email": ctx["email"],
         "order_id": ctx["order"], "messages": msgs}
    if hidden:
        t[key] = hidden
    return _dumps(r, {"tool": "get_ticket", "result": t})


def tool_order(D, ctx, r, body, hidden, label):
    key = _field(r, hidden, label)
    o = {"order_id": ctx["order"], "status": r.choice(["processing", "on_hold", "shipped", "delivered"]),
         "total": ctx["amount_num"], "items": [{"sku": ctx["sku"], "name": ctx["product"], "qty": r.randint(1, 2)}],
         "customer_note": body}
    if hidden:
        o[key] = hidden
    return _dumps(r, {"tool": "get_order", "ok": True, "data": o})


def tool_search(D, ctx, r, body, hidden, label):
    others = _other_products(D, ctx, r, 2)
    res = [{"title": o, "url": f"https://{ctx['shop']}/p/{r.randint(1000, 9999)}",
            "snippet": fill(r.choice(D["short_desc"]), {"product": o})} for o in others]
    mine = {"title": ctx["product"], "url": f"https://{ctx['shop']}/p/{ctx['sku'].lower()}", "snippet": body}
    key = _field(r, hidden, label)
    if hidden:
        mine[key] = hidden
    res.insert(r.randint(0, 2), mine)
    return _dumps(r, {"tool": "search_products", "query": ctx["product"].split()[0].lower(), "results": res})


def tool_fetch(D, ctx, r, body, hidden, label):
    w = r.choice(HIDERS_HTML[:6])
    hid = w.replace("{h}", hidden) if hidden else ""
    html = f"<main><h1>{ctx['product']}</h1><p>{body}</p>{hid}</main>"
    as_json = r.random() < 0.6
    url = f"https://{ctx['shop']}/{r.choice(['p', 'products', 'blog', 'help'])}/{ctx['sku'].lower()}"
    if as_json:
        return _dumps(r, {"tool": "fetch_url", "url": url, "status": 200, "content_type": "text/html", "content": html})
    return f"Tool result: fetch_url\nURL: {url}\nStatus: 200\n---\n{html}"


def tool_email(D, ctx, r, body, hidden, label):
    key = _field(r, hidden, label)
    subj = fill(r.choice(D["ticket_subjects"]), ctx)
    m = {"id": f"msg_{r.randint(100000, 999999)}", "from": ctx["email"], "subject": subj, "received": ctx["date"],
         "text": body, "labels": r.choice([["inbox"], ["inbox", "support"], ["support", "unread"]])}
    if hidden:
        m[key] = hidden
    return _dumps(r, {"tool": "read_inbox", "messages": [m]})


def tool_plain(D, ctx, r, body, hidden, label):
    h, _ = _hide(r, hidden, HIDERS_TEXT[:3])
    name = r.choice(["get_ticket", "read_message", "fetch_review", "get_customer_note"])
    return f"[tool:{name}] id={ctx['ticket']} status=ok\n---\n{body}" + ("\n" + h if h else "") + "\n---"


# body kind -> source -> shells
SHELLS = {
    "review": {"review": [review_plain, review_meta, review_qa, review_bare], "web": [web_reviews], "tool": [tool_reviews, tool_plain, tool_min]},
    "msg": {"ticket": [ticket_header, ticket_form], "email": [email_plain, email_forward, email_html],
            "tool": [tool_ticket, tool_order, tool_email, tool_plain]},
    "chat": {"ticket": [ticket_chat], "tool": [tool_ticket, tool_min]},
    "product": {"feed": [feed_csv, feed_json, feed_xml], "web": [web_product, web_article], "tool": [tool_search, tool_fetch]},
    "internal": {"email": [email_plain, email_forward, email_html], "tool": [tool_email, tool_plain]},
    "aireview": {"review": [review_plain, review_meta, review_qa], "web": [web_reviews], "tool": [tool_reviews]},
    "aimsg": {"ticket": [ticket_header, ticket_form], "email": [email_plain, email_forward, email_html], "tool": [tool_ticket, tool_email]},
    "aiweb": {"web": [web_article], "email": [email_forward], "tool": [tool_fetch, tool_plain]},
}
