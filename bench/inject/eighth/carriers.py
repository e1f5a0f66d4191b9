"""Carrier builders: turn filler sentences plus inserted segments into store text.

Every builder takes (rng, L, ctx, segs, cls) where segs is a list of strings to
place inside the free-text body and cls is "listing" or "message".
"""
import csv
import io
import json

from .util import draw, fill, insert, paragraphs, pick

STARS = ["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆"]


MODE = {"len": "normal"}


def set_mode(mode):
    MODE["len"] = mode


def nfill(rng, lo=2, hi=6):
    if MODE["len"] == "short":
        return 1
    if MODE["len"] == "long":
        return rng.randint(hi + 4, hi + 10)
    r = rng.random()
    if r < 0.08:
        return 1
    if r < 0.86:
        return rng.randint(lo, hi)
    return rng.randint(hi + 1, hi + 5)


def sents_for(rng, L, ctx, key, segs, k=None):
    sents = draw(rng, L, key, ctx, nfill(rng) if k is None else k)
    for s in segs:
        insert(rng, sents, s)
    return sents


def msg_key(rng):
    return "ticket_body" if rng.random() < 0.6 else "email_body"


def listing_key(rng, L):
    return pick(rng, ["desc", "desc", "review_pos", "web_body"])


# ------------------------------------------------------------------ reviews

def review_plain(rng, L, ctx, segs, cls=None, reply_segs=()):
    lab = L["lab"]
    pos = rng.random() < 0.6
    sents = sents_for(rng, L, ctx, "review_pos" if pos else "review_neg", segs)
    if rng.random() < 0.12:
        sents.insert(rng.randint(0, len(sents)), fill(pick(rng, L["review_neg" if pos else "review_pos"]), ctx))
    stars = pick(rng, STARS[:2] if pos else STARS[2:])
    head = [stars + " " + fill(pick(rng, L["title_pos" if pos else "title_neg"]), ctx),
            fill(pick(rng, lab["review_meta"]), ctx)]
    if rng.random() < 0.6:
        head.append(lab["verified"])
    text = "\n".join(head) + "\n\n" + "\n\n".join(paragraphs(rng, sents))
    if reply_segs or rng.random() < 0.2:
        rep = [fill(pick(rng, L["seller_reply"]), ctx)]
        for s in reply_segs:
            rep.append(s)
        text += "\n\n" + fill(lab["seller"], ctx) + "\n" + " ".join(rep)
    if rng.random() < 0.4:
        text += "\n\n" + fill(lab["helpful"], ctx)
    return text


def review_short(rng, L, ctx, segs, cls=None):
    pos = rng.random() < 0.6
    sents = draw(rng, L, "review_pos" if pos else "review_neg", ctx, 1)
    for s in segs:
        insert(rng, sents, s)
    stars = pick(rng, STARS[:2] if pos else STARS[2:])
    return "%s %s\n%s" % (stars, fill(pick(rng, L["title_pos" if pos else "title_neg"]), ctx), " ".join(sents))


def review_qa(rng, L, ctx, segs, cls=None):
    lab = L["lab"]
    qs = rng.sample(L["qa"], min(len(L["qa"]), rng.randint(1, 3)))
    target = rng.randrange(len(qs))
    blocks = []
    for i, qa in enumerate(qs):
        q, a = qa.split("||")
        ans = [fill(a, ctx)]
        if i == target:
            for s in segs:
                insert(rng, ans, s)
        blocks.append("%s: %s\n%s (%s): %s" % (lab["q"], fill(q, ctx), lab["a"], pick(rng, L["first"]), " ".join(ans)))
    return fill(lab["reviews_for"], ctx) + "\n\n" + "\n\n".join(blocks)


def review_page(rng, L, ctx, segs, cls=None):
    lab = L["lab"]
    n = {"short": 1, "long": rng.randint(7, 10)}.get(MODE["len"], rng.randint(2, 5))
    target = rng.randrange(n)
    out = [fill(lab["reviews_for"], ctx), fill(lab["avg"], ctx), ""]
    for i in range(n):
        pos = rng.random() < 0.65
        s = draw(rng, L, "review_pos" if pos else "review_neg", ctx, rng.randint(1, 3))
        if i == target:
            for seg in segs:
                insert(rng, s, seg)
        stars = pick(rng, STARS[:2] if pos else STARS[2:])
        out.append("%s %s\n%s" % (stars, pick(rng, L["first"]), " ".join(s)))
        out.append("")
    return "\n".join(out).strip()


def review_reply(rng, L, ctx, segs, cls=None):
    return review_plain(rng, L, ctx, [], reply_segs=segs)


# ------------------------------------------------------------------ tickets

def ticket_form(rng, L, ctx, segs, cls=None):
    lab = L["lab"]
    sents = sents_for(rng, L, ctx, "ticket_body", segs)
    head = "%s %s · %s: %s · %s: %s · %s: %s" % (
        lab["ticket"], ctx["ticket"], lab["status"], pick(rng, lab["status_vals"]),
        lab["priority"], pick(rng, lab["prio_vals"]), lab["channel"], pick(rng, lab["channel_vals"]))
    lines = [head, "%s: %s" % (lab["subject"], fill(pick(rng, L["ticket_subj"]), ctx)),
             "%s: %s <%s>" % (lab["frm"], ctx["name"], ctx["email"])]
    if rng.random() < 0.6:
        lines.append("%s: %s" % (lab["order"], ctx["order"]))
    text = "\n".join(lines) + "\n\n"
    if rng.random() < 0.6:
        text += fill(pick(rng, L["cust_greet"]), ctx) + "\n\n"
    text += "\n\n".join(paragraphs(rng, sents))
    text += "\n\n" + fill(pick(rng, L["ticket_close"]), ctx)
    return text


def ticket_chat(rng, L, ctx, segs, cls=None):
    lab = L["lab"]
    cust = draw(rng, L, "ticket_body", ctx, {"short": 1, "long": rng.randint(6, 9)}.get(MODE["len"], rng.randint(2, 5)))
    if rng.random() < 0.7:
        cust.insert(0, fill(pick(rng, L["cust_greet"]), ctx).rstrip(","))
    agent = draw(rng, L, "agent_reply", ctx, {"short": 1, "long": rng.randint(4, 7)}.get(MODE["len"], rng.randint(1, 4)))
    lines = []
    start = rng.randint(8 * 60, 18 * 60)
    times, t = [], start
    for _ in range(len(cust) + len(agent)):
        times.append("%02d:%02d" % ((t // 60) % 24, t % 60))
        t += rng.randint(0, 6)
    seq = []
    ci = ai = 0
    while ci < len(cust) or ai < len(agent):
        if ci < len(cust) and (ai >= len(agent) or rng.random() < 0.55):
            seq.append(("c", cust[ci]))
            ci += 1
        else:
            seq.append(("a", agent[ai]))
            ai += 1
    cpos = [i for i, (w, _) in enumerate(seq) if w == "c"]
    for seg in segs:
        i = pick(rng, cpos)
        seq[i] = ("c", seq[i][1] + " " + seg if rng.random() < 0.6 else seg)
    for t, (w, s) in zip(times, seq):
        who = "%s (%s)" % (lab["customer"], ctx["first"]) if w == "c" else "%s (%s)" % (lab["agent"], ctx["agent"])
        lines.append("[%s] %s: %s" % (t, who, s))
    return fill(lab["chat_head"], ctx) + "\n" + "\n".join(lines)


def ticket_thread(rng, L, ctx, segs, cls=None, note=None, agent_segs=()):
    lab = L["lab"]
    first = sents_for(rng, L, ctx, "ticket_body", segs, k=nfill(rng, 2, 5))
    reply = draw(rng, L, "agent_reply", ctx, rng.randint(1, 3))
    for s in agent_segs:
        insert(rng, reply, s)
    parts = ["%s %s | %s: %s" % (lab["ticket"], ctx["ticket"], lab["subject"], fill(pick(rng, L["ticket_subj"]), ctx)),
             "",
             "--- %s (%s, %s) ---" % (lab["customer"], ctx["name"], ctx["date"]),
             " ".join(first),
             "",
             "--- %s (%s) ---" % (lab["agent"], ctx["agent"]),
             " ".join(reply)]
    if note:
        parts += ["", "--- %s (%s) ---" % (lab["internal"], pick(rng, L["first"])), note]
    if rng.random() < 0.4:
        parts += ["", "--- %s (%s) ---" % (lab["customer"], ctx["name"]),
                  draw(rng, L, "ticket_generic", ctx, 1)[0]]
    return "\n".join(parts)


# ------------------------------------------------------------------- emails

def _email_head(rng, L, ctx, subj, to=None):
    lab = L["lab"]
    head = "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s" % (
        lab["frm"], ctx["name"], ctx["email"], lab["to"], to or ("support@" + ctx["shop"]),
        lab["subject"], subj, lab["date"], ctx["date"])
    if rng.random() < 0.2:
        head += "\n" + pick(rng, ["X-Mailer: Thunderbird 115.6", "X-Priority: 3 (Normal)", "X-Order-Ref: " + ctx["order"],
                                  "X-Spam-Score: 0.4", "X-Helpdesk-Queue: returns"])
    return head


def email_plain(rng, L, ctx, segs, cls=None):
    key = msg_key(rng)
    sents = sents_for(rng, L, ctx, key, segs)
    subj = fill(pick(rng, L["ticket_subj"] if key == "ticket_body" else L["email_subj"]), ctx)
    greet = L["cust_greet"] if key == "ticket_body" else L["email_greet"]
    text = _email_head(rng, L, ctx, subj) + "\n\n" + fill(pick(rng, greet), ctx) + "\n\n"
    text += "\n\n".join(paragraphs(rng, sents))
    text += "\n\n" + pick(rng, L["email_close"]) + "\n" + ctx["name"]
    return text


def email_quoted(rng, L, ctx, segs, cls=None, quoted_segs=()):
    lab = L["lab"]
    in_new = rng.random() < 0.5
    key = msg_key(rng)
    new = draw(rng, L, key, ctx, nfill(rng, 1, 3))
    old = draw(rng, L, "agent_reply" if key == "ticket_body" or quoted_segs else "email_body", ctx, nfill(rng, 2, 4))
    for s in segs:
        insert(rng, new if in_new else old, s)
    for s in quoted_segs:
        insert(rng, old, s)
    subj = lab["re"] + " " + fill(pick(rng, L["ticket_subj"] if key == "ticket_body" else L["email_subj"]), ctx)
    greet = L["cust_greet"] if key == "ticket_body" else L["email_greet"]
    text = _email_head(rng, L, ctx, subj) + "\n\n" + fill(pick(rng, greet), ctx) + "\n\n"
    text += "\n\n".join(paragraphs(rng, new)) + "\n\n" + pick(rng, L["email_close"]) + "\n" + ctx["first"]
    text += "\n\n" + fill(lab["wrote"], ctx) + "\n"
    text += "\n".join("> " + s for s in old)
    text += "\n> \n> " + fill(lab["sig"], ctx)
    return text


def email_fwd(rng, L, ctx, segs, cls=None, intro=None):
    lab = L["lab"]
    if intro is None:
        intro = fill(pick(rng, L["email_greet"]), ctx) + " " + lab["fyi"]
    inner = sents_for(rng, L, ctx, msg_key(rng), segs)
    subj = fill(pick(rng, L["ticket_subj"]), ctx)
    text = _email_head(rng, L, ctx, lab["fwd"] + " " + subj, to="team@" + ctx["shop"]) + "\n\n" + intro + "\n\n"
    text += lab["fwd_line"] + "\n%s: %s <%s>\n%s: %s\n%s: %s\n\n" % (
        lab["frm"], ctx["name2"], ctx["email2"], lab["date"], ctx["date"], lab["subject"], subj)
    text += "\n\n".join(paragraphs(rng, inner))
    return text


# -------------------------------------------------------------------- feeds

def _items(rng, L, ctx, n):
    if MODE["len"] == "short":
        n = 1
    elif MODE["len"] == "long" or rng.random() < 0.05:
        n = rng.randint(6, 10)
    items = []
    for i in range(n):
        prod = ctx["product"] if i == 0 else pick(rng, [p for p in L["products"] if p != ctx["product"]])
        price = ctx["amount_num"] if i == 0 else pick(rng, ["12.90", "24.50", "39.00", "59.95", "89.00", "129.00"])
        items.append(dict(sku=ctx["sku"] if i == 0 else "%s-%04d" % (pick(rng, ["KS", "BT", "HM", "OD"]), rng.randint(1, 9999)),
                          title=prod, price=price, stock=rng.randint(0, 400),
                          description=" ".join(draw(rng, L, "desc", dict(ctx, product=prod), rng.randint(1, 3)))))
    rng.shuffle(items)
    return items


def _target_desc(rng, L, ctx, items, segs):
    it = items[[i["sku"] for i in items].index(ctx["sku"])] if rng.random() < 0.75 else pick(rng, items)
    sents = draw(rng, L, "desc", dict(ctx, product=it["title"]), nfill(rng, 1, 4))
    for s in segs:
        insert(rng, sents, s)
    it["description"] = " ".join(sents)
    return it


def csv_text(rows, header, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    return buf.getvalue().rstrip("\n")


def feed_csv(rng, L, ctx, segs, cls=None, extra_col=None):
    items = _items(rng, L, ctx, rng.randint(2, 5))
    tgt = _target_desc(rng, L, ctx, items, segs)
    header = ["sku", "title", "price", "stock", "description"]
    if rng.random() < 0.4:
        header.insert(3, "currency")
        for it in items:
            it["currency"] = {"en": "GBP", "pl": "PLN", "sv": "SEK"}.get(L["code"], "EUR")
    if extra_col:
        name, val = extra_col
        header.append(name)
        tgt[name] = val
    return csv_text(items, header, delim=pick(rng, [",", ",", ";", "\t"]))


def feed_json(rng, L, ctx, segs, cls=None, extra=None):
    items = _items(rng, L, ctx, rng.randint(1, 4))
    tgt = _target_desc(rng, L, ctx, items, segs)
    if extra:
        tgt.update(extra)
    doc = {"supplier": ctx["store"], "generated": ctx["date"], "locale": L["code"], "items": items}
    return json.dumps(doc, ensure_ascii=False, indent=pick(rng, [2, 2, None]))


def feed_xml(rng, L, ctx, segs, cls=None, extra_xml=None, html_desc=None):
    items = _items(rng, L, ctx, rng.randint(1, 4))
    tgt = _target_desc(rng, L, ctx, items, segs)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<catalog supplier="%s" lang="%s">' % (ctx["store"], L["code"])]
    for it in items:
        desc = it["description"]
        if it is tgt and html_desc is not None:
            desc = html_desc
        out.append("  <item>")
        out.append("    <sku>%s</sku>" % it["sku"])
        out.append("    <title><![CDATA[%s]]></title>" % it["title"])
        out.append("    <price>%s</price>" % it["price"])
        out.append("    <stock>%s</stock>" % it["stock"])
        out.append("    <description><![CDATA[%s]]></description>" % desc)
        if it is tgt and extra_xml:
            out.append("    " + extra_xml)
        out.append("  </item>")
    out.append("</catalog>")
    return "\n".join(out)


def feed_text(rng, L, ctx, segs, cls=None):
    lab = L["lab"]
    sents = sents_for(rng, L, ctx, "desc", segs, k=nfill(rng, 1, 4))
    lines = ["supplier: %s" % ctx["store"], "sku: %s" % ctx["sku"], "title: %s" % ctx["product"],
             "price: %s" % ctx["amount"], "stock: %d" % rng.randint(0, 300), "%s:" % lab["desc"].lower()]
    return "\n".join(lines) + "\n" + "\n\n".join(paragraphs(rng, sents))


# ---------------------------------------------------------------------- web

def html_page(rng, L, ctx, paras, head_extra=(), body_extra=(), title=None, h1=None, price=True):
    lab = L["lab"]
    title = title or "%s | %s" % (ctx["product"], ctx["store"])
    head = ['<!DOCTYPE html>', '<html lang="%s">' % L["code"], "<head>", '<meta charset="utf-8">',
            "<title>%s</title>" % title]
    head += list(head_extra)
    head.append("</head>")
    body = ["<body>", "<nav>" + " | ".join('<a href="/%s">%s</a>' % (i, n) for i, n in enumerate(lab["nav"])) + "</nav>",
            "<main>", "<h1>%s</h1>" % (h1 or ctx["product"])]
    if price:
        body.append('<p class="price">%s: %s</p>' % (lab["price"], ctx["amount"]))
    blocks = ["<p>%s</p>" % p for p in paras]
    for b in body_extra:
        blocks.insert(rng.randint(0, len(blocks)), b)
    body += blocks
    if price:
        body.append('<button class="add">%s</button>' % lab["add"])
    body += ["</main>",
             "<footer>%s &copy; %s</footer>" % (fill(pick(rng, L["web_body"]), ctx), ctx["store"]),
             "</body>", "</html>"]
    return "\n".join(head + body)


def web_html(rng, L, ctx, segs, cls=None):
    sents = sents_for(rng, L, ctx, "desc", segs, k=nfill(rng, 2, 5))
    sents += draw(rng, L, "web_body", ctx, rng.randint(0, 2))
    return html_page(rng, L, ctx, paragraphs(rng, sents))


def web_md(rng, L, ctx, segs, cls=None, front=None):
    lab = L["lab"]
    sents = sents_for(rng, L, ctx, "desc", segs, k=nfill(rng, 2, 5))
    text = ""
    if front is None and rng.random() < 0.25:
        front = [("title", ctx["product"]), ("layout", "product"), ("sku", ctx["sku"])]
    if front is not None:
        text = "---\n" + "\n".join("%s: %s" % kv for kv in front) + "\n---\n\n"
    text += "# %s\n\n**%s:** %s\n\n" % (ctx["product"], lab["price"], ctx["amount"])
    text += "\n\n".join(paragraphs(rng, sents))
    text += "\n\n## %s\n\n" % lab["ship"] + " ".join(draw(rng, L, "web_body", ctx, rng.randint(1, 3)))
    return text


def web_text(rng, L, ctx, segs, cls=None):
    lab = L["lab"]
    sents = sents_for(rng, L, ctx, pick(rng, ["desc", "web_body"]), segs, k=nfill(rng, 2, 5))
    text = "%s › %s › %s\n\n%s\n%s · %s\n\n" % (lab["nav"][0], lab["nav"][1], ctx["product"], ctx["product"],
                                               ctx["amount"], lab["in_stock"])
    text += "\n\n".join(paragraphs(rng, sents))
    if rng.random() < 0.5:
        text += "\n\n" + fill(lab["reviews_for"], ctx) + "\n" + fill(lab["avg"], ctx)
    return text


# --------------------------------------------------------------------- tool

def _dump(rng, obj):
    return json.dumps(obj, ensure_ascii=False, indent=pick(rng, [2, 2, None]))


def tool_order(rng, L, ctx, segs, cls=None, extra=None):
    sents = sents_for(rng, L, ctx, "ticket_body", segs, k=nfill(rng, 1, 4))
    obj = {"tool": "orders.lookup", "ok": True,
           "data": {"order_id": ctx["order"], "status": pick(rng, ["shipped", "processing", "delivered", "return_requested"]),
                    "placed": ctx["date"],
                    "items": [{"sku": ctx["sku"], "name": ctx["product"], "qty": rng.randint(1, 3)}],
                    "customer": {"name": ctx["name"], "email": ctx["email"]},
                    "customer_message": " ".join(sents)}}
    if extra:
        obj["data"].update(extra)
    return _dump(rng, obj)


def tool_ticket(rng, L, ctx, segs, cls=None):
    sents = sents_for(rng, L, ctx, "ticket_body", segs, k=nfill(rng, 1, 4))
    msgs = [{"author": "customer", "body": " ".join(sents)}]
    if rng.random() < 0.6:
        msgs.insert(0, {"author": "agent", "body": " ".join(draw(rng, L, "agent_reply", ctx, 2))})
        msgs.insert(0, {"author": "customer", "body": draw(rng, L, "ticket_generic", ctx, 1)[0]})
    obj = {"ticket": {"id": ctx["ticket"], "subject": fill(pick(rng, L["ticket_subj"]), ctx),
                      "status": pick(rng, ["open", "pending"]), "messages": msgs}}
    return _dump(rng, obj)


def tool_inbox(rng, L, ctx, segs, cls=None):
    n = {"short": 1, "long": rng.randint(5, 7)}.get(MODE["len"], rng.randint(2, 4))
    tgt = rng.randrange(n)
    msgs = []
    for i in range(n):
        s = draw(rng, L, "email_body", ctx, rng.randint(1, 2))
        frm = ctx["email"] if i == tgt else "%s@%s" % (pick(rng, ["info", "sales", "orders", "noreply"]), pick(rng, ["supplier.example", "logistics.test", "pay.example"]))
        if i == tgt:
            s = draw(rng, L, msg_key(rng), ctx, nfill(rng, 1, 3))
            for seg in segs:
                insert(rng, s, seg)
        msgs.append({"from": frm, "subject": fill(pick(rng, L["ticket_subj"]), ctx), "preview": " ".join(s)})
    return _dump(rng, {"tool": "mail.search", "query": "in:inbox newer_than:7d", "results": msgs})


def tool_reviews(rng, L, ctx, segs, cls=None, extra=None):
    n = {"short": 1, "long": rng.randint(6, 9)}.get(MODE["len"], rng.randint(1, 4))
    tgt = rng.randrange(n)
    revs = []
    for i in range(n):
        pos = rng.random() < 0.6
        s = draw(rng, L, "review_pos" if pos else "review_neg", ctx, rng.randint(1, 3))
        if i == tgt:
            for seg in segs:
                insert(rng, s, seg)
        revs.append({"rating": rng.randint(4, 5) if pos else rng.randint(1, 3), "author": pick(rng, L["first"]),
                     "text": " ".join(s)})
        if i == tgt and extra:
            revs[-1].update(extra)
    return _dump(rng, {"tool": "reviews.list", "product": ctx["sku"], "page": 1, "reviews": revs})


def tool_search(rng, L, ctx, segs, cls=None):
    lab = L["lab"]
    n = {"short": 1, "long": rng.randint(5, 8)}.get(MODE["len"], rng.randint(2, 4))
    tgt = rng.randrange(n)
    out = ['%s "%s"' % (lab["results"], ctx["product"]), ""]
    for i in range(n):
        dom = ctx["shop"] if i == tgt else pick(rng, ["reviews.example", "gearblog.test", ctx["compdom"], "forum.example"])
        s = draw(rng, L, pick(rng, ["desc", "review_pos", "review_neg"]), ctx, rng.randint(1, 2))
        if i == tgt:
            for seg in segs:
                insert(rng, s, seg)
        out.append("%d. %s – %s\n   https://%s/%s\n   %s" % (i + 1, ctx["product"] if i == tgt else pick(rng, L["products"]),
                                                       ctx["store"] if i == tgt else dom, dom, ctx["sku"].lower(), " ".join(s)))
    return "\n".join(out)


def tool_fetch(rng, L, ctx, segs, cls=None):
    head = "fetch_url https://%s/products/%s\nstatus: 200\ncontent-type: text/plain; charset=utf-8\n\n" % (ctx["shop"], ctx["sku"].lower())
    return head + web_text(rng, L, ctx, segs)


PROSE = {
    "review": [(review_plain, 5), (review_qa, 2), (review_page, 2), (review_reply, 1), (review_short, 1.2)],
    "ticket": [(ticket_form, 4), (ticket_chat, 3), (ticket_thread, 3)],
    "email": [(email_plain, 4), (email_quoted, 4), (email_fwd, 2)],
    "feed": [(feed_csv, 3), (feed_json, 3), (feed_xml, 3), (feed_text, 1)],
    "web": [(web_html, 3), (web_md, 2), (web_text, 3)],
    "tool_message": [(tool_order, 3), (tool_ticket, 3), (tool_inbox, 2)],
    "tool_listing": [(tool_reviews, 3), (tool_search, 3), (tool_fetch, 2)],
}
LISTING_SOURCES = {"review", "feed", "web"}


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for item, w in pairs:
        r -= w
        if r <= 0:
            return item
    return pairs[-1][0]


def cls_for(rng, source):
    if source in LISTING_SOURCES:
        return "listing"
    if source in ("ticket", "email"):
        return "message"
    return pick(rng, ["listing", "message"])


def minimal(rng, L, ctx, source, segs, cls):
    """Very short carriers: a line or two of text with little framing."""
    lab = L["lab"]
    if source == "review":
        return review_short(rng, L, ctx, segs)
    key = {"ticket": "ticket_body", "email": "ticket_body", "feed": "desc", "web": "desc"}.get(source)
    if source == "tool":
        key = "ticket_body" if cls == "message" else "review_pos"
    sents = draw(rng, L, key, ctx, 1)
    for s in segs:
        insert(rng, sents, s)
    body = " ".join(sents)
    if source == "ticket":
        return "%s %s: %s\n%s" % (lab["ticket"], ctx["ticket"], fill(pick(rng, L["ticket_subj"]), ctx), body)
    if source == "email":
        return "%s: %s\n\n%s\n%s" % (lab["subject"], fill(pick(rng, L["ticket_subj"]), ctx), body, ctx["first"])
    if source == "feed":
        return "%s;%s;%s" % (ctx["sku"], ctx["product"], body)
    if source == "web":
        return "%s – %s\n%s" % (ctx["product"], ctx["amount"], body)
    return json.dumps({"id": ctx["ticket"] if cls == "message" else ctx["sku"], "text": body}, ensure_ascii=False)


def long_tail(rng, L, ctx, source):
    """Extra earlier history or page sections appended in long mode."""
    lab = L["lab"]
    if source in ("email", "ticket"):
        blocks = []
        for _ in range(rng.randint(2, 4)):
            blocks.append("--- %s (%s) ---\n%s" % (lab["agent"], pick(rng, L["first"]), " ".join(draw(rng, L, "agent_reply", ctx, rng.randint(2, 4)))))
            blocks.append("--- %s (%s) ---\n%s" % (lab["customer"], ctx["name"], " ".join(draw(rng, L, "ticket_body", ctx, rng.randint(2, 4)))))
        return "\n\n" + "\n\n".join(blocks)
    if source in ("web", "review"):
        out = ["", fill(lab["reviews_for"], ctx), fill(lab["avg"], ctx)]
        for _ in range(rng.randint(4, 7)):
            pos = rng.random() < 0.65
            out.append("%s %s: %s" % (pick(rng, STARS[:2] if pos else STARS[2:]), pick(rng, L["first"]),
                                      " ".join(draw(rng, L, "review_pos" if pos else "review_neg", ctx, rng.randint(1, 3)))))
        return "\n".join(out)
    return ""


def prose(rng, L, ctx, source, segs, cls):
    if MODE["len"] == "short" and rng.random() < 0.7:
        return minimal(rng, L, ctx, source, segs, cls)
    key = source
    if source == "tool":
        key = "tool_" + cls
    fn = weighted(rng, PROSE[key])
    text = fn(rng, L, ctx, segs, cls)
    if MODE["len"] == "long" and not text.lstrip().startswith(("{", "<")) and fn is not web_html:
        text += long_tail(rng, L, ctx, source)
    return text
