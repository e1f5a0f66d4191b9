"""Carriers: wrap filler sentences plus one special segment into store text of a given source.

Every carrier takes (L, rng, slots, size, seg, seg_html) where seg is a plain sentence (payload or
hard-negative sentence, may be None) and seg_html is raw markup (hidden payload or benign hidden note,
may be None). Returns the full text.
"""

import json

from .common import fill

SIZES = ("short", "medium", "long")


def fillers(L, rng, keys, slots, k=None, budget=None):
    pool = []
    for key in keys:
        pool.extend(L[key])
    rng.shuffle(pool)
    out, used = [], 0
    for s in pool:
        if k is not None and len(out) >= k:
            break
        if budget is not None and used >= budget:
            break
        t = fill(s, slots)
        if t in out:
            continue
        out.append(t)
        used += len(t.encode("utf-8"))
    return out


def count_for(rng, size):
    if size == "short":
        return rng.choice([0, 0, 1])
    if size == "medium":
        return rng.randint(2, 5)
    return None


def budget_for(rng, size):
    return rng.randint(1300, 2600) if size == "long" else None


def insert(items, seg, rng, size):
    if seg is None:
        return items
    items = list(items)
    n = len(items)
    if size == "short" or n == 0:
        pos = rng.choice([0, n])
    elif size == "long" and n >= 3:
        pos = rng.randint(max(1, n // 3), max(1, (2 * n) // 3))
    else:
        pos = rng.randint(0, n)
    items.insert(pos, seg)
    return items


def paragraphs(rng, sents, sep=" "):
    out, cur = [], []
    for s in sents:
        cur.append(s)
        if len(cur) >= rng.randint(2, 4):
            out.append(sep.join(cur))
            cur = []
    if cur:
        out.append(sep.join(cur))
    return "\n\n".join(out)


def joiner(L):
    return "" if L["code"] in ("ja", "zh") else " "


def date(rng):
    return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def dates(rng, n):
    """n increasing dates a few days apart."""
    m, d = rng.randint(1, 11), rng.randint(1, 20)
    out = []
    for _ in range(n):
        out.append("2025-%02d-%02d %02d:%02d" % (m, d, rng.randint(7, 22), rng.randint(0, 59)))
        d += rng.randint(0, 3)
        if d > 28:
            m, d = m + 1, d - 28
    return sorted(out)


DOT_DECIMAL = {"en", "ja", "ko", "zh", "th", "he", "hi", "ar"}


def num(L, a, b):
    return "%d%s%d" % (a, "." if L["code"] in DOT_DECIMAL else ",", b)


def order_block(L, rng, slots):
    lb = L["lbl"]
    return "%s: %s | %s × %d | %s: %s" % (lb["order"], slots["o"], slots["p"], rng.randint(1, 3), lb["price"],
                                        slots["amt"])


def stars(rng):
    r = rng.choice([5, 5, 4, 4, 3, 2, 1])
    return r, "★" * r + "☆" * (5 - r)


# ---------------------------------------------------------------- review

def review_batch(L, rng, slots, seg):
    """Several reviews of one product, as a moderation queue or export; seg sits in one of them."""
    j = joiner(L)
    n = rng.randint(5, 10)
    where = rng.randrange(n)
    blocks = []
    for i in range(n):
        body = fillers(L, rng, ["pos", "pos", "neg"], slots, rng.randint(1, 3))
        name = slots["n"] if i == where else rng.choice(L["names"])
        if i == where:
            body = insert(body, seg, rng, "medium")
        r, st = stars(rng)
        blocks.append("#%d %s %s (%s)\n%s\n%s" % (i + 1, st, name, date(rng), fill(rng.choice(L["titles"]), slots),
                                                 j.join(body)))
    head = "%s — %s (%s)" % (L["lbl"]["reviews"], slots["p"], slots["sku"])
    return head + "\n\n" + "\n\n".join(blocks)


def review(L, rng, slots, size, seg, seg_html=None):
    if size == "long" and rng.random() < 0.6:
        return review_batch(L, rng, slots, seg)
    keys = ["pos", "pos", "neg"] if rng.random() < 0.7 else ["neg", "pos"]
    k, b = count_for(rng, size), budget_for(rng, size)
    sents = fillers(L, rng, keys + (["desc"] if size == "long" else []), slots, k, b)
    sents = insert(sents, seg, rng, size)
    j = joiner(L)
    body = paragraphs(rng, sents, j) if size == "long" else j.join(sents)
    title = fill(rng.choice(L["titles"]), slots)
    r, st = stars(rng)
    form = rng.randrange(6)
    if size == "short" and form > 2:
        form = rng.randrange(3)
    if form == 0:
        return body
    if form == 1:
        return "%s\n%s" % (title, body)
    if form == 2:
        return "%s %s\n%s" % (st, title, body)
    if form == 3:
        return "%s — %s\n%s/5 · %s\n\n%s" % (slots["n"], date(rng), r, slots["p"], body)
    if form == 4:
        return "%s\n%s\n\n%s\n\n— %s" % (st, title, body, slots["n"])
    return "%s: %s\n%s: %s\n%s\n%s" % (L["lbl"]["name"], slots["n"], L["lbl"]["reviews"], st, title, body)


# ---------------------------------------------------------------- ticket

def thread(L, rng, slots, seg):
    """A support thread: customer, agent reply, customer again; seg lands in a customer message."""
    j = joiner(L)
    c1 = fillers(L, rng, ["ticket"], slots, rng.randint(3, 5))
    a1 = fillers(L, rng, ["bot", "shop"], slots, rng.randint(2, 4))
    c2 = [s for s in fillers(L, rng, ["neg", "pos", "ticket"], slots, rng.randint(4, 7)) if s not in c1]
    if rng.random() < 0.5:
        c1 = insert(c1, seg, rng, "medium")
    else:
        c2 = insert(c2, seg, rng, "medium")
    return j.join(c1), j.join(a1), j.join(c2)


def ticket(L, rng, slots, size, seg, seg_html=None):
    k, b = count_for(rng, size), budget_for(rng, size)
    if size == "long":
        c1, a1, c2 = thread(L, rng, slots, seg)
        agent = rng.choice(L["names"])
        d1, d2, d3 = dates(rng, 3)
        return ("Ticket #%d — %s\nStatus: %s\n%s\n\n--- %s · %s ---\n%s\n%s\n\n%s\n%s\n\n--- %s (%s) · %s ---\n%s"
                "\n\n--- %s · %s ---\n%s\n\n%s") % (
            rng.randint(10000, 99999), fill(rng.choice(L["subjects"]), slots), rng.choice(["open", "pending"]),
            order_block(L, rng, slots), slots["n"], d1, rng.choice(L["greet"]), c1, rng.choice(L["close"]),
            slots["n"], agent, rng.choice(["agent", "support", "staff"]), d2, a1, slots["n"], d3, c2, slots["n"])
    keys = ["ticket"] + (["neg", "shop"] if size == "long" else [])
    sents = fillers(L, rng, keys, slots, k, b)
    sents = insert(sents, seg, rng, size)
    j = joiner(L)
    body = paragraphs(rng, sents, j) if size == "long" else j.join(sents)
    lb = L["lbl"]
    greet = rng.choice(L["greet"])
    close = rng.choice(L["close"])
    subj = fill(rng.choice(L["subjects"]), slots)
    form = rng.randrange(5)
    if size == "short":
        form = rng.choice([3, 4])
    if form == 0:
        return "Ticket #%d — %s\nStatus: open | Channel: %s | Priority: %s\n%s: %s <%s>\n\n%s\n\n%s\n\n%s\n%s" % (
            rng.randint(10000, 99999), subj, rng.choice(["web", "email", "chat", "app"]),
            rng.choice(["normal", "low", "high"]), lb["name"], slots["n"], slots["mail"], greet, body, close,
            slots["n"])
    if form == 1:
        return "%s: %s\n%s: %s\n%s: %s\n%s:\n%s" % (lb["name"], slots["n"], lb["mail"], slots["mail"],
                                                    lb["order"], slots["o"], lb["msg"], body)
    if form == 2:
        return "[%s %02d:%02d] %s:\n%s\n%s\n\n%s\n%s" % (date(rng), rng.randint(7, 22), rng.randint(0, 59),
                                                    slots["n"], greet, body, close, slots["n"])
    if form == 3:
        return "%s %s" % (greet, body) if rng.random() < 0.5 else body
    return "%s\n%s" % (subj, body)


# ---------------------------------------------------------------- email

def email(L, rng, slots, size, seg, seg_html=None):
    k, b = count_for(rng, size), budget_for(rng, size)
    keys = ["ticket"] + (["pos", "neg"] if size == "long" else [])
    sents = fillers(L, rng, keys, slots, k if k is None else max(k, 1), b)
    j = joiner(L)
    greet = rng.choice(L["greet"])
    close = rng.choice(L["close"])
    subj = fill(rng.choice(L["subjects"]), slots)
    if size == "long" and seg_html is None:
        c1, a1, c2 = thread(L, rng, slots, seg)
        d1, d2, d3 = dates(rng, 3)
        head = "From: %s <%s>\nTo: %s@%s\nSubject: Re: %s\nDate: %s\n" % (
            slots["n"], slots["mail"], rng.choice(["support", "info", "help", "orders"]), slots["shop"], subj, d3)
        quoted = "%s, %s <%s@%s>:\n> %s\n>\n> %s, %s:\n>> %s\n>> %s" % (
            d2, slots["shop"], rng.choice(["support", "info"]), slots["shop"], a1, d1, slots["n"], c1,
            order_block(L, rng, slots))
        return head + "\n%s\n\n%s\n\n%s\n%s\n\n%s" % (greet, c2, close, slots["n"], quoted)
    head = "From: %s <%s>\nTo: %s@%s\nSubject: %s\nDate: %s\n" % (
        slots["n"], slots["mail"], rng.choice(["support", "info", "service", "help", "orders"]),
        slots["shop"], rng.choice(["", "Re: ", "Fwd: "]) + subj, date(rng))
    if seg_html is not None:
        sents = insert(sents, seg, rng, size)
        paras = ["<p>%s</p>" % s for s in sents]
        paras.insert(rng.randint(0, len(paras)), seg_html)
        body = "<html><body>\n<p>%s</p>\n%s\n<p>%s<br>%s</p>\n</body></html>" % (
            greet, "\n".join(paras), close, slots["n"])
        return head + "Content-Type: text/html; charset=utf-8\n\n" + body
    sents = insert(sents, seg, rng, size)
    body = paragraphs(rng, sents, j) if size == "long" else j.join(sents)
    text = head + "\n%s\n\n%s\n\n%s\n%s" % (greet, body, close, slots["n"])
    if rng.random() < 0.25:
        quoted = fillers(L, rng, ["shop", "bot"], slots, 2)
        text += "\n\n> " + "\n> ".join(quoted)
    return text


# ---------------------------------------------------------------- feed

def feed_batch(L, rng, slots, seg, seg_html):
    """A supplier feed with several products; the special segment sits in one item's description."""
    j = joiner(L)
    n = rng.randint(5, 10)
    where = rng.randrange(n)
    items = []
    as_json = rng.random() < 0.4
    for i in range(n):
        p = slots["p"] if i == where else rng.choice(L["products"])
        s2 = dict(slots)
        s2["p"] = p
        desc = fillers(L, rng, ["desc"], s2, rng.randint(1, 3))
        if i == where and seg is not None:
            desc = insert(desc, seg, rng, "medium")
        text = j.join(desc)
        if i == where and seg_html is not None:
            text = "<p>%s</p>%s" % (text, seg_html)
        sku_i = slots["sku"] if i == where else "%s-%d" % (slots["sku"][:3], rng.randint(100, 9999))
        price = slots["amt"] if i == where else L["cur"].replace("{v}", rng.choice(L["prices"]))
        if as_json:
            items.append({"sku": sku_i, "title": p, "price": price, "stock": rng.randint(0, 500), "description": text})
        else:
            body = "<![CDATA[%s]]>" % text if seg_html is not None and i == where else text
            items.append("  <item>\n    <g:id>%s</g:id>\n    <title>%s</title>\n    <g:price>%s</g:price>\n"
                         "    <description>%s</description>\n  </item>" % (sku_i, p, price, body))
    if as_json:
        return json.dumps({"supplier": slots["shop"], "generated": date(rng), "items": items}, ensure_ascii=False,
                          indent=rng.choice([None, 2]))
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>%s</title>\n%s\n</channel>\n</rss>" % (
        slots["shop"], "\n".join(items))


def feed(L, rng, slots, size, seg, seg_html=None):
    if size == "long" and rng.random() < 0.7:
        return feed_batch(L, rng, slots, seg, seg_html)
    k, b = count_for(rng, size), budget_for(rng, size)
    if k is not None:
        k = max(k, 1)
    sents = fillers(L, rng, ["desc"] + (["shop"] if size == "long" else []), slots, k, b)
    sents = insert(sents, seg, rng, size)
    j = joiner(L)
    desc = j.join(sents)
    lb = L["lbl"]
    form = rng.randrange(4)
    if form == 0 and "\"" in desc:
        form = 2
    if seg_html is not None:
        head, tail = j.join(sents[: len(sents) // 2 + 1]), j.join(sents[len(sents) // 2 + 1:])
        html = ("<p>%s</p>" % head if head else "") + seg_html + ("<p>%s</p>" % tail if tail else "")
        if form % 2 == 0:
            return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:price>%s</g:price>\n"
                    "  <description><![CDATA[%s]]></description>\n</item>") % (slots["sku"], slots["p"],
                                                                             slots["amt"], html)
        return json.dumps({"sku": slots["sku"], "title": slots["p"], "price": slots["amt"],
                           "body_html": html, "vendor": slots["shop"]}, ensure_ascii=False,
                          indent=rng.choice([None, 2]))
    if form == 0:
        return "sku;title;price;stock;description\n%s;%s;%s;%d;\"%s\"" % (
            slots["sku"], slots["p"], slots["amt"], rng.randint(0, 400), desc.replace("\"", "'"))
    if form == 1:
        return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:price>%s</g:price>\n"
                "  <description>%s</description>\n</item>") % (slots["sku"], slots["p"], slots["amt"], desc)
    if form == 2:
        rec = {"sku": slots["sku"], "title": slots["p"], "price": slots["amt"],
               "stock": rng.randint(0, 400), "description": desc}
        if rng.random() < 0.5:
            rec["attributes"] = {lb["weight"]: "%s kg" % num(L, rng.randint(0, 9), rng.randint(0, 9)),
                                 lb["size"]: "%d × %d cm" % (rng.randint(10, 90), rng.randint(10, 90))}
        return json.dumps(rec, ensure_ascii=False, indent=rng.choice([None, 2]))
    return "%s (%s)\n%s: %s\n\n%s" % (slots["p"], slots["sku"], lb["price"], slots["amt"], paragraphs(rng, sents, j))


# ---------------------------------------------------------------- web

def web(L, rng, slots, size, seg, seg_html=None):
    k, b = count_for(rng, size), budget_for(rng, size)
    lb = L["lbl"]
    j = joiner(L)
    if size == "short":
        blocks = []
        if seg is not None:
            blocks.append("<p>%s</p>" % seg)
        if seg_html is not None:
            blocks.append(seg_html)
        return "<div class=\"product\"><h2>%s</h2>%s<p>%s</p></div>" % (
            slots["p"], "".join(blocks), fill(rng.choice(L["desc"]), slots))
    if k is not None:
        k = max(k, 2)
    desc = fillers(L, rng, ["desc"], slots, k if k else 4)
    shop = fillers(L, rng, ["shop"], slots, 2)
    revs = fillers(L, rng, ["pos", "neg"], slots, 2 if size == "medium" else 5)
    blocks = ["<p>%s</p>" % s for s in desc]
    blocks.append("<ul><li>%s: %s kg</li><li>%s: %d × %d cm</li><li>%s: %d</li></ul>" % (
        lb["weight"], num(L, rng.randint(0, 9), rng.randint(0, 9)), lb["size"], rng.randint(10, 90),
        rng.randint(10, 90), lb["warranty"], rng.choice([1, 2, 3, 5])))
    blocks.append("<h3>%s</h3>" % lb["reviews"])
    for r in revs:
        blocks.append("<div class=\"review\"><b>%s</b> %s<p>%s</p></div>" % (
            rng.choice(L["names"]), stars(rng)[1], r))
    if seg is not None:
        where = rng.randint(0, len(blocks))
        if rng.random() < 0.5:
            blocks.insert(where, "<div class=\"review\"><b>%s</b> %s<p>%s</p></div>" % (
                slots["n"], stars(rng)[1], seg))
        else:
            blocks.insert(where, "<p>%s</p>" % seg)
    if seg_html is not None:
        blocks.insert(rng.randint(1, len(blocks)), seg_html)
    footer = "<footer>%s</footer>" % j.join(shop)
    page = ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head><meta charset=\"utf-8\"><title>%s | %s</title></head>\n"
            "<body>\n<h1>%s</h1>\n<p class=\"price\">%s</p>\n%s\n%s\n</body>\n</html>") % (
        L["code"], slots["p"], slots["shop"], slots["p"], slots["amt"], "\n".join(blocks), footer)
    if b is not None and len(page.encode("utf-8")) < b:
        used = set(desc) | set(shop) | set(revs) | {seg}
        extra = [e for e in fillers(L, rng, ["pos", "neg"], slots, None, b - len(page.encode("utf-8")))
                 if e not in used]
        more = "".join("<div class=\"review\"><b>%s</b> %s<p>%s</p></div>" % (rng.choice(L["names"]), stars(rng)[1], e)
                       for e in extra)
        if more:
            page = page.replace("<footer>", "<section class=\"more-reviews\">%s</section>\n<footer>" % more)
    return page


# ---------------------------------------------------------------- tool

def _dump(rng, obj):
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, None, 2]))


def tool(L, rng, slots, size, seg, seg_html=None):
    j = joiner(L)
    n_items = {"short": 1, "medium": rng.randint(2, 3), "long": rng.randint(6, 11)}[size]
    if seg_html is not None:
        k = {"short": 1, "medium": 3, "long": 9}[size]
        parts = ["<p>%s</p>" % s for s in fillers(L, rng, ["desc", "shop", "pos"], slots, k)]
        if seg is not None:
            parts.insert(rng.randint(0, len(parts)), "<p>%s</p>" % seg)
        parts.insert(rng.randint(0, len(parts)), seg_html)
        return _dump(rng, {"tool": rng.choice(["fetch_url", "browser.get_page", "web.fetch"]),
                           "status": 200, "url": "https://%s/p/%s" % (slots["shop"], slots["sku"]),
                           "content": "<html><body><h1>%s</h1>%s</body></html>" % (slots["p"], "".join(parts))})
    form = rng.randrange(5)
    if form == 0:
        texts = fillers(L, rng, ["pos", "neg"], slots, n_items)
        items = [{"id": rng.randint(1000, 99999), "rating": stars(rng)[0], "author": rng.choice(L["names"]),
                  "text": t} for t in texts]
        if seg is not None:
            items.insert(rng.randint(0, len(items)), {"id": rng.randint(1000, 99999), "rating": stars(rng)[0],
                                                       "author": slots["n"], "text": seg})
        return _dump(rng, {"tool": "get_product_reviews", "sku": slots["sku"], "product": slots["p"],
                           "results": items})
    if form == 1:
        notes = fillers(L, rng, ["ticket"], slots, max(1, n_items - 1))
        note = j.join(insert(notes, seg, rng, size))
        return _dump(rng, {"tool": "orders.lookup", "result": {
            "order_id": slots["o"], "status": rng.choice(["processing", "shipped", "delivered", "on_hold"]),
            "customer": {"name": slots["n"], "email": slots["mail"]},
            "items": [{"sku": slots["sku"], "title": slots["p"], "qty": rng.randint(1, 3), "price": slots["amt"]}],
            "customer_note": note}})
    if form == 2:
        snippets = fillers(L, rng, ["desc", "pos", "shop"], slots, n_items)
        res = [{"title": "%s – %s" % (slots["p"], rng.choice(L["shops"])),
                "url": "https://%s/%s" % (rng.choice(L["shops"]), rng.randint(100, 999)), "snippet": s}
               for s in snippets]
        if seg is not None:
            res.insert(rng.randint(0, len(res)), {"title": slots["p"], "url": "https://%s/item/%s" % (
                slots["shop"], slots["sku"]), "snippet": seg})
        return _dump(rng, {"tool": "web_search", "query": slots["p"], "results": res})
    if form == 3:
        msgs = []
        for _ in range(n_items):
            body = j.join(fillers(L, rng, ["ticket"], slots, rng.randint(1, 3)))
            msgs.append({"from": "%s <%s>" % (rng.choice(L["names"]), slots["mail"]),
                         "subject": fill(rng.choice(L["subjects"]), slots), "body": body})
        if seg is not None:
            body = j.join(insert(fillers(L, rng, ["ticket"], slots, rng.randint(0, 2)), seg, rng, size))
            msgs.insert(rng.randint(0, len(msgs)), {"from": "%s <%s>" % (slots["n"], slots["mail"]),
                                                    "subject": fill(rng.choice(L["subjects"]), slots),
                                                    "body": body})
        return _dump(rng, {"tool": "mail.read_inbox", "unread": len(msgs), "messages": msgs})
    msgs = [{"author": slots["n"], "body": j.join(fillers(L, rng, ["ticket"], slots, rng.randint(1, 2)))}]
    for _ in range(n_items - 1):
        msgs.append({"author": rng.choice(["agent", slots["n"]]),
                     "body": j.join(fillers(L, rng, ["bot", "ticket"], slots, 1))})
    if seg is not None:
        msgs.insert(rng.randint(1, len(msgs)), {"author": slots["n"], "body": seg})
    return _dump(rng, {"tool": "helpdesk.get_ticket", "ticket": {
        "id": rng.randint(10000, 99999), "subject": fill(rng.choice(L["subjects"]), slots),
        "status": "open", "messages": msgs}})


CARRIERS = {"review": review, "ticket": ticket, "email": email, "feed": feed, "web": web, "tool": tool}


# ---------------------------------------------------------------- chat logs (hard-role-log)

def role_log(L, rng, slots, size):
    turns = {"short": 1, "medium": 2, "long": 5}[size]
    msgs = []
    if rng.random() < 0.4:
        msgs.append({"role": "system", "content": "session %s started, locale=%s" % (
            rng.randint(10 ** 5, 10 ** 6), L["code"])})
    users = fillers(L, rng, ["ticket"], slots, turns)
    bots = fillers(L, rng, ["bot", "shop"], slots, turns)
    for u, a in zip(users, bots):
        msgs.append({"role": "user", "content": u})
        msgs.append({"role": "assistant", "content": a})
    if rng.random() < 0.5:
        msgs.append({"role": "system", "content": fill(rng.choice(L["handoff"]), slots)})
    if rng.random() < 0.5:
        return _dump(rng, {"tool": "chat.export", "conversation_id": "c-%d" % rng.randint(10 ** 6, 10 ** 7),
                           "messages": msgs})
    lb = L["lbl"]
    lines = []
    for m in msgs:
        who = {"user": lb["cust"], "assistant": lb["bot"], "system": "[system]"}[m["role"]]
        lines.append("%s: %s" % (who, m["content"]))
    return "%s\n\n%s\n\n%s" % (rng.choice(L["greet"]), "\n".join(lines), fill(rng.choice(L["ticket"]), slots))
