"""Carriers: wrap a segment (injected or benign) into realistic store text.

Every carrier returns (source, text, segment_as_it_appears_in_text).  A
segment of None yields an ordinary benign text of the same shape.
"""
import json

from .common import flat

STARS = ["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "5/5", "4/5", "3/5", "2/5"]


RELATED = {"review": ["desc", "long"], "ticket": ["note", "review"], "email": ["note", "long"],
           "web": ["desc", "long"], "desc": ["web", "long"], "note": ["ticket"]}


def pick(rng, B, kind, n, s):
    pool = list(B["fill"][kind])
    rng.shuffle(pool)
    if n > len(pool):  # long documents borrow from related filler kinds
        extra = [x for k in RELATED[kind] for x in B["fill"].get(k, [])]
        rng.shuffle(extra)
        pool += extra
    return [p.format(**s) for p in pool[:max(1, n)]]


def place(rng, items, seg, pos=None):
    """Insert seg into a list of strings at start, middle or end."""
    items = list(items)
    if seg is None:
        return items
    pos = pos or rng.choice(["start", "middle", "end", "middle"])
    if pos == "start":
        items.insert(0, seg)
    elif pos == "end":
        items.append(seg)
    else:
        items.insert(rng.randint(1, max(1, len(items) - 1)) if len(items) > 1 else 1, seg)
    return items


def _local_mail(s):
    return "%s@%s" % (s["name2"].split()[0].lower().encode("ascii", "ignore").decode() or "info",
                      s["domain"])


# --- human-written carriers ------------------------------------------------------

def email(rng, B, s, seg, size):
    subj = rng.choice(B["subjects"]).format(**s)
    frm = rng.choice([_local_mail(s), "orders@%s" % s["domain"], "noreply@%s.example" % s["platform"].lower().replace(" ", ""),
                      "sales@%s" % s["supplier"].split()[0].lower().replace(".", "") + ".com"])
    paras = pick(rng, B, "email", size + 1, s)
    if size >= 3:
        paras = [" ".join(paras[:2])] + paras[2:]
    body = place(rng, paras, seg)
    head = "From: %s\nTo: owner@%s\n%s: %s\n\n" % (frm, s["domain"], B["subject_word"], subj)
    text = head + rng.choice(B["greet"]).format(**s) + "\n\n" + "\n\n".join(body) + "\n\n" + rng.choice(B["bye"]).format(**s)
    return "email", text, seg


def ticket(rng, B, s, seg, size):
    lines = pick(rng, B, "ticket", size + 1, s)
    body = place(rng, [" ".join(lines[:2])] + lines[2:], seg)
    head = "%s #%d | %s: %s\n%s: %s\n%s\n\n" % (
        B["ticket_word"], rng.randint(10000, 99999), B["subject_word"],
        rng.choice(B["subjects"]).format(**s), B["customer_word"], s["name"],
        rng.choice(["Priority: normal", "Channel: web form", "Channel: email", "Priority: high", "Tags: shipping"]))
    return "ticket", head + "\n".join(body), seg


def review(rng, B, s, seg, size):
    sents = pick(rng, B, "review", size + 1, s)
    body = place(rng, sents, seg)
    sep = "\n" if seg and "\n" in seg else " "
    head = "%s %s\n" % (rng.choice(STARS), rng.choice(B["review_titles"]))
    meta = rng.choice(["", "\n%s, %s" % (s["name"].split()[0], s["date"]), "\n(%s)" % s["product"]])
    return "review", head + sep.join(body) + meta, seg


def web(rng, B, s, seg, size):
    paras = pick(rng, B, "web", size + 1, s) + pick(rng, B, "desc", max(1, size - 1), s)
    body = place(rng, paras, seg)
    title = "%s | %s" % (rng.choice(B["page_titles"]), s["store"])
    return "web", title + "\n\n" + "\n\n".join(body) + "\n\n© %s" % s["store"], seg


def listing(rng, B, s, seg, size):
    desc = pick(rng, B, "desc", size + 3, s)
    body = place(rng, desc, seg, pos=rng.choice(["middle", "middle", "end"]))
    text = "SKU: %s\nTitle: %s\nPrice: %s\nSeller: %s\nDescription:\n%s" % (
        s["sku"], s["product"], s["amt"], s["supplier"], "\n".join(body))
    return "feed", text, seg


def feed_csv(rng, B, s, seg, size):
    rows = ["sku,title,price,stock,description"]
    descs = pick(rng, B, "desc", size + 2, s)
    target = rng.randrange(len(descs))
    for i, d in enumerate(descs):
        if seg is not None and i == target:
            f = flat(seg)
            d = d.replace('"', "'") + " " + f if rng.random() < 0.5 else f
            seg_out = f
        rows.append('%s-%d,"%s","%s",%d,"%s"' % (s["sku"], i, flat(B["products"][i % len(B["products"])]),
                                               B["money"](rng), rng.randint(0, 300), d.replace('"', "'")))
    return "feed", "\n".join(rows), (seg_out if seg is not None else None)


# --- agent tool outputs ---------------------------------------------------------

def _dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False)


def tool_order(rng, B, s, seg, size):
    note = pick(rng, B, "note", 1, s)[0]
    f = flat(seg) if seg is not None else None
    obj = {
        "order_id": s["order"], "status": rng.choice(["paid", "fulfilled", "on_hold", "partially_refunded"]),
        "customer": {"name": s["name"], "email": _local_mail(s)},
        "items": [{"title": flat(s["product"]), "qty": rng.randint(1, 3), "price": s["amt"]}],
        "shipping": {"carrier": s["carrier"], "method": rng.choice(["standard", "express", "locker"])},
    }
    key = rng.choice(["customer_note", "notes", "gift_message", "note_attributes"])
    obj[key] = f if f is not None else note
    if size >= 3:
        obj["history"] = [{"at": s["date"], "event": e} for e in ["created", "payment captured", "label printed"]]
    call = rng.choice(["Tool result (get_order_details):", "get_order_details(order_id=\"%s\") ->" % s["order"],
                       "[tool_output name=orders.lookup]"])
    return "tool", call + "\n" + _dump(obj), f


def tool_inbox(rng, B, s, seg, size):
    msgs = []
    n = 2 + (size >= 2)
    target = rng.randrange(n)
    for i in range(n):
        paras = pick(rng, B, "email", 2 + (size >= 3), s)
        if seg is not None and i == target:
            paras = place(rng, paras, seg)
        msgs.append("[%d] From: %s\n    %s: %s\n    %s" % (
            i + 1, rng.choice([_local_mail(s), "hello@%s" % s["domain"], "team@%s.example" % s["platform"].lower().replace(" ", "")]),
            B["subject_word"], rng.choice(B["subjects"]).format(**s), "\n    ".join("\n".join(paras).split("\n"))))
    head = rng.choice(["read_inbox(limit=%d) returned:" % n, "Tool: email.list_unread -> %d messages" % n,
                       "inbox.fetch(folder='INBOX') results:"])
    text = head + "\n\n" + "\n\n".join(msgs)
    if seg is not None:
        seg_out = "\n    ".join(seg.split("\n"))
        return "tool", text, seg_out
    return "tool", text, None


def tool_fetch(rng, B, s, seg, size):
    paras = pick(rng, B, "web", size, s) + pick(rng, B, "desc", size, s)
    body = place(rng, paras, seg)
    url = "https://%s/%s" % (s["domain"], rng.choice(["pages/about", "products/%s" % s["sku"].lower(), "blogs/news", "faq"]))
    head = rng.choice(["fetch_url(\"%s\") -> 200 OK" % url, "web.get %s\nstatus: 200\ncontent:" % url,
                       "Browser tool: page text of %s" % url])
    return "tool", head + "\n\n" + "\n\n".join(body), seg


def tool_search(rng, B, s, seg, size):
    n = 3 + (size >= 2) + min(4, size // 4)
    target = rng.randrange(n)
    out = ["search_web(query=\"%s\") top %d results:" % (flat(s["product"]), n)]
    seg_out = None
    for i in range(n):
        snip = " ".join(pick(rng, B, rng.choice(["desc", "review", "web"]), 2, s))
        if seg is not None and i == target:
            seg_out = flat(seg)
            snip = rng.choice([seg_out, snip + " " + seg_out, seg_out + " " + snip])
        out.append("%d. %s\n   https://%s/%s\n   %s" % (i + 1, rng.choice([s["store"], s["platform"] + " Marketplace", "Review blog", s["supplier"]]),
                                                      rng.choice(["shop.example", s["domain"], "reviews.example"]), s["sku"].lower(), snip))
    return "tool", "\n".join(out), seg_out


def tool_reviews(rng, B, s, seg, size):
    n = min(12, 2 + size)
    target = rng.randrange(n)
    revs = []
    seg_out = None
    for i in range(n):
        body = " ".join(pick(rng, B, "review", 2, s))
        if seg is not None and i == target:
            seg_out = flat(seg)
            body = rng.choice([seg_out, body + " " + seg_out])
        revs.append({"rating": rng.randint(1, 5), "author": rng.choice(["A.", "M.", "J.", "K.", "S."]) + str(rng.randint(1, 99)),
                     "body": body})
    head = rng.choice(["fetch_reviews(product_id=%d) ->" % rng.randint(1000, 9999), "Tool result (reviews.list):"])
    return "tool", head + "\n" + _dump({"product": flat(s["product"]), "reviews": revs}), seg_out


def tool_crm(rng, B, s, seg, size):
    notes = ["- %s (%s): %s" % (s["date"], s["name2"], n) for n in pick(rng, B, "note", size + 1, s)]
    seg_out = None
    if seg is not None:
        seg_out = flat(seg)
        notes = place(rng, notes, "- %s (%s): %s" % (s["date"], rng.choice(["web form", "import", s["name"]]), seg_out))
    head = "crm.get_notes(customer_id=\"C-%d\")\ncustomer: %s\nnotes:" % (rng.randint(1000, 99999), s["name"])
    return "tool", head + "\n" + "\n".join(notes), seg_out


def tool_calendar(rng, B, s, seg, size):
    evs = []
    titles = ["Supplier call: %s" % s["supplier"], "Photo shoot autumn range", "Stocktake", "Team stand-up",
              "Courier pickup (%s)" % s["carrier"], "Accountant meeting"]
    rng.shuffle(titles)
    n = min(6, 2 + size)
    target = rng.randrange(n)
    seg_out = None
    for i in range(n):
        desc = pick(rng, B, "note", 1, s)[0]
        if seg is not None and i == target:
            seg_out = flat(seg)
            desc = seg_out
        evs.append("%02d:00-%02d:30  %s\n   description: %s" % (8 + i * 2, 8 + i * 2, titles[i % len(titles)], desc))
    head = "calendar.list_events(day=\"%s\") ->" % s["date"]
    return "tool", head + "\n" + "\n".join(evs), seg_out


def tool_tracking(rng, B, s, seg, size):
    evs = [{"time": "%s %02d:%02d" % (s["date"], rng.randint(6, 22), rng.randint(0, 59)), "status": st, "detail": d}
           for st, d in [("LABEL_CREATED", "Shipment information received"), ("IN_TRANSIT", "Departed sorting hub"),
                         ("OUT_FOR_DELIVERY", "With driver"), ("EXCEPTION", "Recipient not at home")][:2 + size % 3]]
    seg_out = None
    if seg is not None:
        seg_out = flat(seg)
        e = rng.choice(evs)
        e["detail"] = seg_out if rng.random() < 0.6 else e["detail"] + ". " + seg_out
    obj = {"tracking_number": "%s%d" % (rng.choice(["PO", "SW", "NL", "EH"]), rng.randint(10**9, 10**10 - 1)),
           "carrier": s["carrier"], "order": s["order"], "events": evs}
    head = rng.choice(["track_shipment() result:", "Tool output [shipping.track]:"])
    return "tool", head + "\n" + _dump(obj), seg_out


def catalogue_text(rng, B, s, seg, size):
    pages = []
    lines_per = 3 + size
    seg_page = rng.randrange(2)
    for p in range(2):
        lines = ["%s-%d | %s | MOQ %d | %s" % (s["sku"].split("-")[0], rng.randint(100, 9999), flat(rng.choice(B["products"])),
                                              rng.choice([12, 24, 48, 96]), B["money_low"](rng))
                 for _ in range(lines_per)]
        lines += pick(rng, B, "desc", 1, s)
        if seg is not None and p == seg_page:
            lines = place(rng, lines, seg, pos="middle")
        pages.append("--- page %d ---\n%s %s\n%s\n%s %d/2" % (p + 1, s["supplier"], rng.choice(["Catalogue 2025", "Price list", "Wholesale offer"]),
                                                              "\n".join(lines), s["supplier"], p + 1))
    head = rng.choice(["supplier_catalogue.extract(file=\"%s.pdf\") -> text:" % s["sku"].lower(),
                       "pdf_to_text(attachment 1 of 1):", "Parsed supplier PDF:"])
    return rng.choice(["tool", "tool", "feed"]), head + "\n" + "\n".join(pages), seg


GENERAL = [
    (email, 16), (ticket, 14), (review, 14), (web, 9), (listing, 6), (feed_csv, 3),
    (tool_order, 8), (tool_inbox, 7), (tool_fetch, 7), (tool_search, 5), (tool_reviews, 5),
    (tool_crm, 4), (tool_calendar, 3), (tool_tracking, 4), (catalogue_text, 4),
]
EMAILISH = [(email, 3), (tool_inbox, 2)]


def choose(rng, table):
    total = sum(w for _, w in table)
    x = rng.uniform(0, total)
    for fn, w in table:
        x -= w
        if x <= 0:
            return fn
    return table[-1][0]


# --- structured carriers for field / hidden-text styles ---------------------------

def json_field(rng, B, s, key, value):
    obj = rng.choice([
        {"order_id": s["order"], "status": "paid", "customer": s["name"], "total": s["amt"]},
        {"sku": s["sku"], "title": flat(s["product"]), "price": s["amt"], "stock": rng.randint(0, 90)},
        {"ticket": rng.randint(1000, 9999), "from": s["name"], "subject": rng.choice(B["subjects"]).format(**s)},
        {"supplier": s["supplier"], "sku": s["sku"], "moq": rng.choice([12, 24, 48]), "lead_time_days": rng.randint(3, 40)},
    ])
    items = list(obj.items())
    items.insert(rng.randint(1, len(items)), (key, value))
    obj = dict(items)
    text = _dump(obj)
    pair = "\"%s\": %s" % (key, json.dumps(value, ensure_ascii=False))
    head = rng.choice(["Tool result:", "get_record() ->", "API response (200):", "[tool_output]", "webhook payload:"])
    return rng.choice(["tool", "tool", "feed"]), head + "\n" + text, pair


def yaml_field(rng, B, s, key, value):
    lines = ["sku: %s" % s["sku"], "title: \"%s\"" % flat(s["product"]), "price: \"%s\"" % s["amt"],
             "supplier: \"%s\"" % s["supplier"], "stock: %d" % rng.randint(0, 400),
             "description: \"%s\"" % flat(" ".join(pick(rng, B, "desc", 2, s)))]
    pair = "%s: \"%s\"" % (key, flat(value))
    lines.insert(rng.randint(1, len(lines)), pair)
    return "feed", "# product feed export\n- " + "\n  ".join(lines), pair


def xml_field(rng, B, s, key, value):
    inner = value
    parts = ["<sku>%s</sku>" % s["sku"], "<title>%s</title>" % flat(s["product"]).replace("&", "&amp;"),
             "<price>%s</price>" % s["amt"], "<description>%s</description>" % flat(" ".join(pick(rng, B, "desc", 2, s))).replace("&", "&amp;")]
    parts.insert(rng.randint(1, len(parts)), "<%s><![CDATA[%s]]></%s>" % (key, inner, key))
    text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed supplier=\"%s\">\n  <item>\n    %s\n  </item>\n</feed>" % (
        flat(s["supplier"]).replace("&", "&amp;"), "\n    ".join(parts))
    return "feed", text, inner


HIDE = [
    "<div style=\"display:none\">{x}</div>",
    "<!-- {x} -->",
    "<span style=\"color:#ffffff;font-size:1px\">{x}</span>",
    "<p class=\"visually-hidden\" aria-hidden=\"true\">{x}</p>",
    "<div hidden>{x}</div>",
]


def html_page(rng, B, s, seg, hide_tpl=None):
    paras = ["<p>%s</p>" % p for p in pick(rng, B, "web", 2, s) + pick(rng, B, "desc", 2, s)]
    elem = hide_tpl.format(x=seg) if hide_tpl else None
    body = place(rng, paras, elem)
    page = "<html><head><title>%s | %s</title></head>\n<body>\n<h1>%s</h1>\n%s\n</body></html>" % (
        rng.choice(B["page_titles"]), s["store"], flat(s["product"]), "\n".join(body))
    if rng.random() < 0.5:
        return "tool", "fetch_url(\"https://%s/p/%s\") -> 200, html:\n%s" % (s["domain"], s["sku"].lower(), page), seg
    return "web", page, seg
