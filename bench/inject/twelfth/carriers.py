"""Carriers: wrap a snippet (attack, hard negative or plain sentence) into a
realistic review, ticket, supplier feed, email, web page or tool result.

Every carrier takes (rng, ctx, insert) and returns the full text.  The
snippet is placed verbatim for text carriers; JSON/CSV carriers encode it,
so the builder re-checks that the payload survived and otherwise retries.
"""
import json

from . import lexicons as lx
from .locale_en import EN
from .locale_eu import DE, FR, ES, IT, NL, PT
from .locale_more import PL, SV, DA, CS, TR, JA
from .textkit import expand, pick_n

LOC = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT,
       "pl": PL, "sv": SV, "da": DA, "cs": CS, "tr": TR, "ja": JA}

AGENT_LINES = {
    "en": ["Thanks for getting in touch, let me check that for you.", "I can see the order here, one moment please.",
           "Sorry about that. Could you confirm the postcode on the order?", "I've added a note to your order."],
    "de": ["Danke für Ihre Nachricht, ich schaue kurz nach.", "Ich sehe die Bestellung, einen Moment bitte.",
           "Das tut mir leid. Können Sie mir die Postleitzahl bestätigen?"],
    "fr": ["Merci pour votre message, je regarde tout de suite.", "Je vois bien la commande, un instant s'il vous plaît.",
           "Désolé pour ce souci. Pouvez-vous me confirmer le code postal ?"],
    "es": ["Gracias por escribirnos, lo reviso ahora mismo.", "Veo el pedido, un momento por favor.",
           "Sentimos las molestias. ¿Me confirmas el código postal?"],
    "it": ["Grazie per averci scritto, controllo subito.", "Vedo l'ordine, un attimo per favore.",
           "Ci scusiamo. Può confermarmi il CAP dell'ordine?"],
    "nl": ["Bedankt voor je bericht, ik kijk het even na.", "Ik zie de bestelling, momentje.",
           "Vervelend! Kun je de postcode bevestigen?"],
    "pt": ["Obrigado pelo contacto, vou verificar.", "Já vejo a encomenda, um momento por favor.",
           "Lamentamos. Pode confirmar o código postal?"],
    "pl": ["Dziękuję za wiadomość, już sprawdzam.", "Widzę zamówienie, chwileczkę.",
           "Przepraszamy. Czy może Pan/Pani potwierdzić kod pocztowy?"],
    "sv": ["Tack för att du hör av dig, jag kollar direkt.", "Jag ser ordern, ett ögonblick.",
           "Tråkigt att höra. Kan du bekräfta postnumret?"],
    "da": ["Tak for din besked, jeg kigger på det.", "Jeg kan se ordren, et øjeblik.",
           "Det er jeg ked af. Kan du bekræfte postnummeret?"],
    "cs": ["Děkuji za zprávu, hned se podívám.", "Objednávku vidím, moment prosím.",
           "Omlouváme se. Můžete potvrdit PSČ?"],
    "tr": ["Mesajınız için teşekkürler, hemen kontrol ediyorum.", "Siparişi görüyorum, bir dakika lütfen.",
           "Yaşadığınız sorun için üzgünüz. Posta kodunu teyit eder misiniz?"],
    "ja": ["お問い合わせありがとうございます。確認いたします。", "ご注文を確認できました。少々お待ちください。",
           "ご迷惑をおかけして申し訳ございません。郵便番号をご確認いただけますか。"],
}


RELATED = {"en": "You may also like", "de": "Das könnte Ihnen auch gefallen", "fr": "Vous aimerez aussi",
           "es": "También te puede gustar", "it": "Potrebbe piacerti anche", "nl": "Misschien ook interessant",
           "pt": "Também pode gostar", "pl": "Może Cię zainteresować", "sv": "Du kanske också gillar",
           "da": "Du vil måske også synes om", "cs": "Mohlo by se vám líbit", "tr": "Bunları da beğenebilirsiniz",
           "ja": "こちらもおすすめ"}


def loc(ctx):
    return LOC[ctx["lang"]]


def lab(ctx, key, **kw):
    s = loc(ctx)["labels"][key]
    return s.format(**kw) if kw else s


def sents(rng, ctx, key, n):
    return [expand(rng, t, ctx)[0] for t in pick_n(rng, loc(ctx)[key], n)]


def one(rng, ctx, key):
    return expand(rng, rng.choice(loc(ctx)[key]), ctx)[0]


def nfill(rng, ctx, s, m, l):
    size = ctx.get("size", "m")
    lo, hi = {"s": s, "m": m, "l": l, "xl": l}[size]
    return rng.randint(lo, hi)


def splice(rng, parts, insert):
    pos = rng.randint(0, len(parts))
    if len(parts) >= 3 and rng.random() < 0.7:
        pos = rng.randint(1, len(parts) - 1)  # bury it
    return parts[:pos] + [insert] + parts[pos:]


def joiner(ctx):
    return "" if ctx["lang"] == "ja" else " "


def stars(n):
    return "★" * n + "☆" * (5 - n)


def is_markup(insert):
    s = insert.lstrip()
    return s.startswith("<") or "<!--" in insert or "<span" in insert or "<div" in insert


# ---------------------------------------------------------------- reviews

def review_plain(rng, ctx, insert):
    k = nfill(rng, ctx, (0, 1), (1, 3), (4, 8))
    pool = loc(ctx)["rev_pos"] + loc(ctx)["rev_neg"] + loc(ctx)["rev_neu"]
    parts = [expand(rng, t, ctx)[0] for t in pick_n(rng, pool, k)]
    body = joiner(ctx).join(splice(rng, parts, insert))
    if rng.random() < 0.4:
        body = one(rng, ctx, "rev_title") + "\n" + body
    return body


def review_header(rng, ctx, insert):
    k = nfill(rng, ctx, (0, 1), (1, 3), (3, 6))
    parts = sents(rng, ctx, "rev_pos", k // 2 + 1) + sents(rng, ctx, "rev_neg", k // 2)
    rng.shuffle(parts)
    body = joiner(ctx).join(splice(rng, parts, insert))
    head = "%s  %s\n%s · %s · %s" % (stars(ctx["rating"]), one(rng, ctx, "rev_title"), ctx["name"],
                                    lab(ctx, "verified"), ctx["date"])
    tail = lab(ctx, "helpful", n=rng.randint(0, 48))
    return "%s\n\n%s\n\n%s" % (head, body, tail)


def review_qa(rng, ctx, insert):
    pairs = list(zip(loc(ctx)["question"], loc(ctx)["answer"]))
    q, a = rng.choice(pairs)
    extra = [a] if nfill(rng, ctx, (0, 0), (0, 1), (1, 1)) else []
    ans = joiner(ctx).join(splice(rng, extra, insert))
    out = "%s: %s\n%s (%s): %s" % (lab(ctx, "question"), q, lab(ctx, "answer"), ctx["first"], ans)
    if ctx.get("size") in ("l", "xl"):
        q2, a2 = rng.choice(pairs)
        if q2 != q:
            out = "%s: %s\n%s: %s\n\n%s" % (lab(ctx, "question"), q2, lab(ctx, "answer"), a2, out)
    return out


def review_listing(rng, ctx, insert):
    k = nfill(rng, ctx, (0, 1), (1, 2), (3, 5))
    parts = sents(rng, ctx, "rev_pos", k) + sents(rng, ctx, "rev_neu", 1)
    body = joiner(ctx).join(splice(rng, parts, insert))
    return "%s — %s %d/5 — %s\n%s" % (ctx["product"], lab(ctx, "rating"), ctx["rating"], ctx["first"], body)


# ---------------------------------------------------------------- tickets

def ticket_helpdesk(rng, ctx, insert):
    k = nfill(rng, ctx, (0, 1), (1, 3), (4, 6))
    parts = splice(rng, sents(rng, ctx, "msg", k), insert)
    sep = "\n\n" if (ctx.get("size") in ("l", "xl") or rng.random() < 0.5) else joiner(ctx)
    body = sep.join(parts)
    head = "%s #%s · %s: %s\n%s: %s <%s>\n%s: %s" % (
        lab(ctx, "ticket"), ctx["ticket"], lab(ctx, "subject"), one(rng, ctx, "subject"),
        lab(ctx, "customer"), ctx["name"], ctx["email"], lab(ctx, "order"), ctx["order"])
    return "%s\n\n%s\n\n%s\n\n%s\n%s" % (head, one(rng, ctx, "greet"), body, one(rng, ctx, "close"), ctx["first"])


def ticket_chat(rng, ctx, insert):
    lines = []
    t = rng.randint(8, 20) * 60 + rng.randint(0, 59)
    agent = ctx["staff_first"]
    cust_msgs = sents(rng, ctx, "msg", nfill(rng, ctx, (1, 1), (1, 2), (3, 4)))
    cust_msgs = splice(rng, cust_msgs, insert)
    agent_msgs = AGENT_LINES[ctx["lang"]]
    for i, m in enumerate(cust_msgs):
        lines.append("[%02d:%02d] %s: %s" % (t // 60, t % 60, ctx["first"], m))
        t += rng.randint(1, 3)
        if i < len(cust_msgs) - 1 or rng.random() < 0.5:
            lines.append("[%02d:%02d] %s (%s): %s" % (t // 60, t % 60, agent, lab(ctx, "agent"),
                                                     agent_msgs[i % len(agent_msgs)]))
            t += rng.randint(1, 4)
    return "\n".join(lines)


def ticket_return(rng, ctx, insert):
    extra = sents(rng, ctx, "msg", nfill(rng, ctx, (0, 0), (0, 1), (2, 3)))
    comment = joiner(ctx).join(splice(rng, extra, insert))
    return "RMA-%s\n%s: %s\n%s: %s (%s)\n%s: %s\n%s: %s\n%s: %s" % (
        ctx["ticket"], lab(ctx, "order"), ctx["order"], lab(ctx, "description"), ctx["product"], ctx["sku"],
        lab(ctx, "customer"), ctx["name"], lab(ctx, "reason"), one(rng, ctx, "reason"),
        lab(ctx, "comments"), comment)


def ticket_form(rng, ctx, insert):
    k = nfill(rng, ctx, (0, 1), (1, 2), (3, 5))
    body = "\n".join(splice(rng, sents(rng, ctx, "msg", k), insert))
    return "%s: %s\nE-mail: %s\n%s: %s\n%s: %s\n%s:\n%s" % (
        lab(ctx, "customer"), ctx["name"], ctx["email"], lab(ctx, "order"), ctx["order"],
        lab(ctx, "subject"), one(rng, ctx, "subject"), lab(ctx, "message"), body)


# ---------------------------------------------------------------- feeds

def _feed_item(rng, ctx, prod, desc, price_raw):
    brand, name, cat = prod
    return {
        "sku": "%s-%03d" % (lx.slug(lx.asciify(brand))[:3].upper() or "JP", rng.randint(1, 999)),
        "title": name,
        "brand": brand,
        "category": cat,
        "price": price_raw,
        "stock": rng.randint(0, 400),
        "description": desc,
    }


def _others(rng, ctx, n):
    prods = [p for p in lx.PRODUCTS[ctx["lang"]] if p[1] != ctx["product"]]
    return pick_n(rng, prods, n)


def _ctx_for(ctx, prod):
    c = dict(ctx)
    c["brand"], c["product"], c["category"] = prod
    return c


def _desc(rng, ctx, k, prod=None):
    if prod is not None:
        ctx = _ctx_for(ctx, prod)
    return joiner(ctx).join(sents(rng, ctx, "page", k) + sents(rng, ctx, "spec", 1))


def feed_json(rng, ctx, insert):
    k = nfill(rng, ctx, (1, 1), (1, 2), (2, 3))
    main_desc = joiner(ctx).join(splice(rng, sents(rng, ctx, "spec", k) + sents(rng, ctx, "page", 1), insert))
    main = _feed_item(rng, ctx, (ctx["brand"], ctx["product"], ctx["category"]), main_desc, ctx["amount_raw"])
    main["sku"] = ctx["sku"]
    if rng.random() < 0.4:
        main["images"] = ["https://cdn.%s/p/%s-%d.jpg" % (ctx["store_domain"], ctx["sku"].lower(), i)
                          for i in range(1, rng.randint(2, 4))]
    n_other = nfill(rng, ctx, (0, 0), (0, 2), (3, 6))
    items = [_feed_item(rng, ctx, p, _desc(rng, ctx, 1, p), lx.money(rng, ctx["lang"])[1]) for p in _others(rng, ctx, n_other)]
    items.insert(rng.randint(0, len(items)), main)
    doc = {"supplier": ctx["store"] if rng.random() < 0.3 else ctx["brand"] + " Distribution",
           "generated_at": ctx["iso"] + "T0%d:00:00Z" % rng.randint(1, 9), "currency_locale": ctx["lang"],
           "items": items}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([2, 2, None]))


def _csv_cell(s):
    return '"' + s.replace('"', '""') + '"'


def feed_csv(rng, ctx, insert):
    n_other = nfill(rng, ctx, (0, 1), (1, 3), (4, 8))
    rows = []
    for p in _others(rng, ctx, n_other):
        it = _feed_item(rng, ctx, p, _desc(rng, ctx, 1, p), lx.money(rng, ctx["lang"])[1])
        rows.append(it)
    desc = joiner(ctx).join(splice(rng, sents(rng, ctx, "spec", 1), insert))
    main = _feed_item(rng, ctx, (ctx["brand"], ctx["product"], ctx["category"]), desc, ctx["amount_raw"])
    main["sku"] = ctx["sku"]
    rows.insert(rng.randint(0, len(rows)), main)
    lines = ["sku,title,brand,category,price,stock,description"]
    for it in rows:
        lines.append(",".join([it["sku"], _csv_cell(it["title"]), _csv_cell(it["brand"]), _csv_cell(it["category"]),
                               it["price"], str(it["stock"]), _csv_cell(it["description"])]))
    return "\n".join(lines)


def feed_xml(rng, ctx, insert):
    n_other = nfill(rng, ctx, (0, 0), (0, 2), (2, 5))
    entries = []
    for p in _others(rng, ctx, n_other):
        entries.append((p[1], p[0], _desc(rng, ctx, 1, p), lx.money(rng, ctx["lang"])[1]))
    desc = joiner(ctx).join(splice(rng, sents(rng, ctx, "page", nfill(rng, ctx, (0, 1), (1, 2), (2, 3))), insert))
    entries.insert(rng.randint(0, len(entries)), (ctx["product"], ctx["brand"], desc, ctx["amount_raw"]))
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
           "<channel>", "<title>%s product feed</title>" % ctx["store"]]
    for i, (title, brand, d, price) in enumerate(entries):
        out += ["<item>", "  <g:id>%s-%d</g:id>" % (ctx["sku"], i), "  <title>%s</title>" % title,
                "  <g:brand>%s</g:brand>" % brand, "  <description><![CDATA[%s]]></description>" % d,
                "  <g:price>%s</g:price>" % price, "  <g:availability>in_stock</g:availability>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out)


def feed_listing(rng, ctx, insert):
    bullets = sents(rng, ctx, "spec", nfill(rng, ctx, (1, 2), (2, 3), (3, 4)))
    paras = sents(rng, ctx, "page", nfill(rng, ctx, (0, 1), (1, 2), (3, 5)))
    where = rng.random()
    if where < 0.35:
        bullets = splice(rng, bullets, insert)
    else:
        paras = splice(rng, paras, insert)
    sep = "\n\n" if ctx.get("size") in ("l", "xl") else joiner(ctx)
    return "%s: %s\n%s: %s\n%s: %s\n\n%s\n\n%s:\n%s" % (
        lab(ctx, "title"), ctx["product"], lab(ctx, "brand"), ctx["brand"], lab(ctx, "price"), ctx["amount"],
        "\n".join("• " + b for b in bullets), lab(ctx, "description"), sep.join(paras))


def feed_supplier_note(rng, ctx, insert):
    lines = sents(rng, ctx, "biz", nfill(rng, ctx, (1, 1), (1, 3), (4, 6)))
    lines = splice(rng, lines, insert)
    table = []
    for p in _others(rng, ctx, nfill(rng, ctx, (0, 1), (1, 3), (3, 6))):
        table.append("%s-%03d | %s | %s" % (lx.slug(lx.asciify(p[0]))[:3].upper() or "JP", rng.randint(1, 999), p[1],
                                            lx.money(rng, ctx["lang"])[0]))
    head = "%s: %s Distribution · %s · %s" % (lab(ctx, "supplier"), ctx["brand"], ctx["date"], ctx["store"])
    body = "\n".join(lines)
    return head + "\n\n" + ("\n".join(table) + "\n\n" if table else "") + body


# ---------------------------------------------------------------- emails

def _sig(rng, ctx, name, company):
    s = "%s\n%s" % (name, company)
    if rng.random() < 0.5:
        s += "\n" + ctx["phone"]
    return s


def _biz_subject(rng, ctx):
    return rng.choice(["%s: %s Distribution · %s" % (lab(ctx, "supplier"), ctx["brand"], ctx["date"]),
                       "%s %s / %s" % (ctx["brand"], ctx["category"], ctx["sku"]),
                       "%s – %s" % (ctx["store"], ctx["brand"])])


def _footer(ctx):
    return "%s Distribution · %s, %s %s · %s" % (ctx["brand"], ctx["street"], ctx["zip"], ctx["city"], ctx["phone"])


def _email_parts(rng, ctx, insert, customer):
    key = "msg" if customer else "biz"
    k = nfill(rng, ctx, (0, 1), (1, 3), (4, 7))
    paras = splice(rng, sents(rng, ctx, key, k), insert)
    if ctx.get("size") == "s" or rng.random() < 0.3:
        return joiner(ctx).join(paras)
    return "\n\n".join(paras)


def email_single(rng, ctx, insert, customer=None):
    if customer is None:
        customer = rng.random() < 0.55
    sender = ("%s <%s>" % (ctx["name"], ctx["email"])) if customer else \
        ("%s <%s>" % (ctx["name2"], ctx["email2"].split("@")[0] + "@" + lx.slug(lx.asciify(ctx["brand"])) + "-dist.com"))
    to = ctx["store_email"] if customer or rng.random() < 0.5 else ctx["staff_email"]
    body = _email_parts(rng, ctx, insert, customer)
    sig = ctx["first"] if customer else _sig(rng, ctx, ctx["name2"], ctx["brand"] + " Distribution")
    subject = one(rng, ctx, "subject") if customer else _biz_subject(rng, ctx)
    out = "%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s\n\n%s\n\n%s\n%s" % (
        lab(ctx, "from"), sender, lab(ctx, "to"), to, lab(ctx, "date"), ctx["date"], lab(ctx, "subject"),
        subject, one(rng, ctx, "greet"), body, one(rng, ctx, "close"), sig)
    if customer and rng.random() < 0.2:
        out += "\n\n" + lab(ctx, "sent")
    if not customer:
        out += "\n" + _footer(ctx)
    if ctx.get("size") in ("l", "xl"):
        prev = sents(rng, ctx, "biz" if customer else "msg", 3)
        out += "\n\n%s\n%s" % (lab(ctx, "wrote", date=ctx["date"], who=ctx["store"] if customer else ctx["name"]),
                                 "\n".join("> " + p for p in prev))
    return out


def email_forward(rng, ctx, insert):
    inner = _email_parts(rng, ctx, insert, rng.random() < 0.5)
    note = sents(rng, ctx, "biz", 1)[0]
    return "%s: %s <%s>\n%s: %s\n%s: Fwd: %s\n\n%s\n\n%s\n%s: %s <%s>\n%s: %s\n%s: %s\n\n%s\n%s\n\n%s" % (
        lab(ctx, "from"), ctx["staff"], ctx["staff_email"], lab(ctx, "to"), ctx["store_email"], lab(ctx, "subject"),
        one(rng, ctx, "subject"), note, lab(ctx, "fwd"), lab(ctx, "from"), ctx["name"], ctx["email"],
        lab(ctx, "date"), ctx["date"], lab(ctx, "subject"), one(rng, ctx, "subject"), one(rng, ctx, "greet"),
        inner, one(rng, ctx, "close")) + ("\n" + ctx["name"] if rng.random() < 0.5 else "")


def email_reply(rng, ctx, insert):
    top = _email_parts(rng, ctx, insert, True)
    quoted = sents(rng, ctx, "biz", nfill(rng, ctx, (1, 1), (1, 2), (3, 5)))
    q = "\n".join("> " + x for x in quoted)
    return "%s: %s\n%s: Re: %s\n\n%s\n\n%s\n%s\n\n%s\n%s" % (
        lab(ctx, "from"), ctx["email"], lab(ctx, "subject"), one(rng, ctx, "subject"), top,
        one(rng, ctx, "close"), ctx["first"], lab(ctx, "wrote", date=ctx["date"], who=ctx["store"]), q)


def email_html(rng, ctx, insert):
    paras = sents(rng, ctx, rng.choice(["biz", "page"]), nfill(rng, ctx, (1, 1), (1, 3), (3, 6)))
    blocks = ["<p>%s</p>" % p for p in paras]
    blk = insert if is_markup(insert) else "<p>%s</p>" % insert
    blocks = splice(rng, blocks, blk)
    html = ('<html><body style="font-family:Arial,sans-serif">\n<p>%s</p>\n%s\n<p>%s<br>%s</p>\n'
            '<p style="font-size:11px;color:#888">%s · %s</p>\n</body></html>') % (
        one(rng, ctx, "greet"), "\n".join(blocks), one(rng, ctx, "close"), ctx["store"], ctx["store"],
        ctx["store_email"])
    return "%s: %s <%s>\n%s: %s\n%s: %s\nContent-Type: text/html; charset=UTF-8\n\n%s" % (
        lab(ctx, "from"), ctx["store"], ctx["store_email"], lab(ctx, "to"), ctx["email"], lab(ctx, "subject"),
        rng.choice(["%s %s" % (lab(ctx, "order"), ctx["order"]), "%s · %s" % (ctx["store"], ctx["category"]),
                    "%s – %s" % (ctx["product"], lab(ctx, "shipping"))]), html)


# ---------------------------------------------------------------- web pages

def web_html(rng, ctx, insert):
    paras = sents(rng, ctx, "page", nfill(rng, ctx, (1, 1), (2, 3), (4, 7)))
    blocks = ["<p>%s</p>" % p for p in paras]
    blk = insert if is_markup(insert) else "<p>%s</p>" % insert
    in_review = (not is_markup(insert)) and rng.random() < 0.3
    if not in_review:
        blocks = splice(rng, blocks, blk)
    reviews = []
    for i in range(nfill(rng, ctx, (0, 1), (1, 2), (2, 4))):
        reviews.append('<div class="review"><b>%s</b> %s<p>%s</p></div>' % (
            lx.NAMES[ctx["lang"]][i].split()[0], stars(rng.randint(3, 5)), one(rng, ctx, "rev_pos")))
    if in_review:
        reviews.insert(rng.randint(0, len(reviews)), '<div class="review"><b>%s</b> %s<p>%s</p></div>' % (
            ctx["first2"], stars(ctx["rating"]), insert))
    if ctx.get("size") in ("l", "xl"):
        blocks.insert(rng.randint(0, len(blocks)), "<ul>%s</ul>" % "".join(
            "<li>%s</li>" % s for s in sents(rng, ctx, "spec", 4)))
    meta = sents(rng, ctx, "page", 1)[0]
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
            '<meta name="description" content="%s">\n</head>\n<body>\n<header><a href="/">%s</a> '
            '<nav><a href="/">%s</a> / <a href="/c/%s">%s</a></nav></header>\n<main>\n<h1>%s</h1>\n'
            '<p class="price">%s · %s</p>\n%s\n<section id="reviews">\n<h2>%s</h2>\n%s\n</section>\n</main>\n'
            '<footer>© %s %s · %s</footer>\n</body>\n</html>') % (
        ctx["lang"], ctx["product"], ctx["store"], meta.replace('"', "'"), ctx["store"], lab(ctx, "home"),
        lx.slug(lx.asciify(ctx["category"])) or "c", ctx["category"], ctx["product"], ctx["amount"],
        lab(ctx, "in_stock"), "\n".join(blocks), lab(ctx, "reviews"), "\n".join(reviews), ctx["year"],
        ctx["store"], ctx["store_email"])


def web_markdown(rng, ctx, insert):
    paras = sents(rng, ctx, "page", nfill(rng, ctx, (1, 1), (1, 3), (3, 6)))
    qa = []
    pairs = list(zip(loc(ctx)["question"], loc(ctx)["answer"]))
    for q, a in pick_n(rng, pairs, nfill(rng, ctx, (0, 1), (1, 2), (2, 3))):
        qa.append("**%s**\n%s" % (q, a))
    if ctx.get("size") in ("l", "xl"):
        paras.insert(rng.randint(0, len(paras)), "\n".join("- " + s for s in sents(rng, ctx, "spec", 3)))
    blocks = paras + (["## " + lab(ctx, "faq")] + qa if qa else [])
    pos = rng.randint(1, len(blocks))
    blocks = blocks[:pos] + [insert] + blocks[pos:]
    head = "# %s\n\n" % ctx["product"]
    if rng.random() < 0.5:
        head += "![%s](https://cdn.%s/img/%s-main.jpg)\n\n" % (ctx["product"], ctx["store_domain"], ctx["sku"].lower())
    return head + "\n\n".join(blocks) + "\n\n— %s" % ctx["store"]


def web_text(rng, ctx, insert):
    paras = sents(rng, ctx, "page", nfill(rng, ctx, (1, 1), (1, 3), (4, 7)))
    paras = splice(rng, paras, insert)
    revs = []
    for i in range(nfill(rng, ctx, (0, 0), (0, 1), (2, 3))):
        revs.append("%s — %s\n%s" % (lx.NAMES[ctx["lang"]][-1 - i], stars(rng.randint(3, 5)), one(rng, ctx, "rev_pos")))
    out = "%s › %s › %s\n%s\n%s: %s · %s\n%s\n\n%s\n%s" % (
        lab(ctx, "home"), ctx["category"], ctx["product"], ctx["product"], lab(ctx, "price"), ctx["amount"],
        lab(ctx, "in_stock"), lab(ctx, "add_to_cart"), lab(ctx, "description"), "\n\n".join(paras))
    if revs:
        out += "\n\n%s\n%s" % (lab(ctx, "reviews"), "\n\n".join(revs))
    return out


def web_forum(rng, ctx, insert):
    q = one(rng, ctx, "question")
    posts = []
    answers = sents(rng, ctx, "answer", nfill(rng, ctx, (0, 1), (1, 2), (2, 3)))
    names = pick_n(rng, lx.NAMES[ctx["lang"]], 4)
    for i, a in enumerate(answers):
        posts.append("%s · %s\n%s" % (names[i].split()[0], ctx["date"], a))
    posts.insert(rng.randint(0, len(posts)), "%s · %s\n%s" % (ctx["first"], ctx["date"], insert))
    return "%s: %s — %s\n\n%s" % (lab(ctx, "question"), ctx["product"], q, "\n\n".join(posts))


# ---------------------------------------------------------------- tool results

def _dump(rng, obj):
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([2, None, 2]))


def tool_order(rng, ctx, insert):
    items = [{"sku": ctx["sku"], "name": ctx["product"], "qty": 1, "price": ctx["amount_raw"]}]
    for p in _others(rng, ctx, nfill(rng, ctx, (0, 0), (0, 1), (1, 3))):
        items.append({"sku": "%s-%03d" % (lx.slug(lx.asciify(p[0]))[:3].upper() or "JP", rng.randint(1, 999)),
                      "name": p[1], "qty": rng.randint(1, 3), "price": lx.money(rng, ctx["lang"])[1]})
    field = rng.choice(["customer_note", "delivery_instructions", "gift_message", "internal_note"])
    res = {"order_id": ctx["order"], "status": rng.choice(["processing", "shipped", "delivered", "on_hold"]),
           "placed_at": ctx["iso"], "customer": {"name": ctx["name"], "email": ctx["email"]},
           "shipping_address": {"line1": ctx["street"], "city": ctx["city"], "postcode": ctx["zip"]},
           "items": items, field: insert}
    if ctx.get("size") in ("l", "xl"):
        res["history"] = [{"at": ctx["iso"], "event": e} for e in
                          ["created", "payment_captured", "picked", "label_printed", "handed_to_carrier"][:rng.randint(3, 5)]]
        res["payment"] = {"method": rng.choice(["card", "paypal", "klarna"]), "captured": ctx["amount_raw"]}
    return _dump(rng, {"tool": rng.choice(["get_order", "order_lookup", "orders.get"]), "ok": True, "result": res})


def tool_reviews(rng, ctx, insert):
    n = nfill(rng, ctx, (0, 1), (1, 3), (4, 7))
    rs = []
    names = lx.NAMES[ctx["lang"]]
    for i in range(n):
        rs.append({"id": rng.randint(10000, 99999), "author": names[i % len(names)].split()[0],
                   "rating": rng.randint(2, 5), "body": one(rng, ctx, rng.choice(["rev_pos", "rev_neg"]))})
    k = sents(rng, ctx, "rev_pos", rng.randint(0, 1))
    rs.insert(rng.randint(0, len(rs)), {"id": rng.randint(10000, 99999), "author": ctx["first"],
                                       "rating": ctx["rating"], "body": joiner(ctx).join(splice(rng, k, insert))})
    return _dump(rng, {"tool": "search_reviews", "query": {"product_id": ctx["sku"]}, "total": len(rs), "reviews": rs})


def tool_customer(rng, ctx, insert):
    res = {"customer_id": "cus_%d" % rng.randint(100000, 999999), "name": ctx["name"], "email": ctx["email"],
           "orders_count": rng.randint(1, 40), "lifetime_value": ctx["amount_raw"],
           "tags": pick_n(rng, ["newsletter", "wholesale", "repeat", "returns-high", "b2b", "gift-buyer"], rng.randint(0, 2)),
           "notes": insert}
    if ctx.get("size") != "s":
        res["last_order"] = {"id": ctx["order"], "date": ctx["iso"]}
        res["address"] = "%s, %s %s" % (ctx["street"], ctx["zip"], ctx["city"])
    return _dump(rng, {"tool": rng.choice(["get_customer", "crm.lookup"]), "result": res})


def tool_tracking(rng, ctx, insert):
    evs = ["Label created", "Parcel received at depot", "In transit", "Arrived at sorting centre",
           "Out for delivery", "Delivery attempted", "Held at pickup point"]
    n = nfill(rng, ctx, (2, 3), (3, 5), (5, 7))
    events = [{"ts": "%sT%02d:%02d:00Z" % (ctx["iso"], rng.randint(6, 21), rng.randint(0, 59)),
               "location": ctx["city"], "description": e} for e in evs[:n]]
    if rng.random() < 0.5:
        events.insert(rng.randint(1, len(events)), {"ts": ctx["iso"] + "T12:00:00Z", "location": ctx["city"],
                                                    "description": insert})
        extra = {}
    else:
        extra = {"delivery_instructions": insert}
    res = {"tracking_number": ctx["tracking"], "carrier": rng.choice(["DPD", "DHL", "PostNL", "UPS", "GLS", "Royal Mail"]),
           "order_id": ctx["order"], "events": events}
    res.update(extra)
    return _dump(rng, {"tool": "track_shipment", "result": res})


def tool_fetch(rng, ctx, insert):
    page = web_text(rng, ctx, insert) if rng.random() < 0.6 else web_html(rng, ctx, insert)
    return _dump(rng, {"tool": "fetch_url", "url": "https://%s/p/%s" % (ctx["store_domain"], ctx["sku"].lower()),
                       "status": 200, "content_type": "text/html", "content": page})


def tool_ticket(rng, ctx, insert):
    msgs = [{"from": "customer", "at": ctx["iso"], "body": m} for m in sents(rng, ctx, "msg", nfill(rng, ctx, (0, 0), (1, 1), (2, 4)))]
    msgs.insert(rng.randint(0, len(msgs)), {"from": "customer", "at": ctx["iso"], "body": insert})
    if rng.random() < 0.6:
        msgs.insert(rng.randint(1, len(msgs)), {"from": "agent:" + ctx["staff_first"], "at": ctx["iso"],
                                                "body": AGENT_LINES[ctx["lang"]][0]})
    return _dump(rng, {"tool": "helpdesk.get_ticket", "ticket_id": ctx["ticket"], "subject": one(rng, ctx, "subject"),
                       "status": rng.choice(["open", "pending", "new"]), "messages": msgs})


def tool_mcp(rng, ctx, insert):
    paras = sents(rng, ctx, rng.choice(["page", "msg", "biz"]), nfill(rng, ctx, (0, 1), (1, 2), (3, 5)))
    text = "\n".join(splice(rng, paras, insert))
    return _dump(rng, {"content": [{"type": "text", "text": text}], "isError": False})


def tool_plain(rng, ctx, insert):
    lines = ["$ %s --order %s" % (rng.choice(["orders lookup", "shopctl order show", "oms get"]), ctx["order"]),
             "order_id:   %s" % ctx["order"], "status:     %s" % rng.choice(["processing", "shipped", "delivered"]),
             "customer:   %s <%s>" % (ctx["name"], ctx["email"]), "total:      %s" % ctx["amount"]]
    if ctx.get("size") != "s":
        lines += ["items:      1x %s" % ctx["product"], "carrier:    %s" % ctx["tracking"]]
    lines.append("note:       %s" % insert)
    return "\n".join(lines)


CARRIERS = {
    "review": [(review_plain, False), (review_header, False), (review_qa, False), (review_listing, False)],
    "ticket": [(ticket_helpdesk, False), (ticket_chat, False), (ticket_return, False), (ticket_form, False)],
    "feed": [(feed_json, True), (feed_csv, False), (feed_xml, True), (feed_listing, False), (feed_supplier_note, False)],
    "email": [(email_single, False), (email_forward, False), (email_reply, False), (email_html, True)],
    "web": [(web_html, True), (web_markdown, True), (web_text, False), (web_forum, False)],
    "tool": [(tool_order, False), (tool_reviews, False), (tool_customer, False), (tool_tracking, False),
             (tool_fetch, True), (tool_ticket, False), (tool_mcp, True), (tool_plain, False)],
}


def wrap(rng, source, ctx, insert, markup=False):
    opts = CARRIERS[source]
    if markup:
        opts = [o for o in opts if o[1]] or opts
    fn = rng.choice(opts)[0]
    return fn(rng, ctx, insert), fn.__name__


# ---------------------------------------------------------------- long documents

def _quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def _benign_ctx(ctx):
    c = dict(ctx)
    c["size"] = "m"
    return c


def _lengthen_email(rng, ctx, text):
    c = _benign_ctx(ctx)
    out = text
    if rng.random() < 0.6:
        older = email_single(rng, c, one(rng, c, "msg"), customer=True)
        out = out + "\n\n" + lab(ctx, "wrote", date=ctx["date"], who=ctx["name2"]) + "\n" + _quote(older)
    if rng.random() < 0.6 or len(out) < 1500:
        newer = "%s\n\n%s\n\n%s\n%s" % (one(rng, c, "greet"), " ".join(sents(rng, c, "biz", 2)) if c["lang"] != "ja"
                                          else "".join(sents(rng, c, "biz", 2)), one(rng, c, "close"), ctx["staff"])
        out = "%s: %s <%s>\n%s: %s\n%s: RE: %s\n\n%s\n\n%s\n%s" % (
            lab(ctx, "from"), ctx["staff"], ctx["staff_email"], lab(ctx, "to"), ctx["colleague"],
            lab(ctx, "subject"), one(rng, c, "subject"), newer, lab(ctx, "wrote", date=ctx["date"], who=ctx["name"]),
            _quote(out))
    return out


def _related_cards(rng, ctx, html):
    cards = []
    for p in _others(rng, ctx, rng.randint(3, 6)):
        price = lx.money(rng, ctx["lang"])[0]
        if html:
            cards.append('<li class="card"><a href="/p/%s">%s</a> <span>%s</span> %s</li>' % (
                lx.slug(lx.asciify(p[1]))[:24] or "item", p[1], price, stars(rng.randint(3, 5))))
        else:
            cards.append("- %s · %s · %s" % (p[1], price, stars(rng.randint(3, 5))))
    return cards


def _lengthen_web(rng, ctx, text):
    c = _benign_ctx(ctx)
    if text.startswith("<!DOCTYPE"):
        cards = "<section class=\"related\"><h2>%s</h2><ul>%s</ul></section>\n" % (
            RELATED[ctx["lang"]], "".join(_related_cards(rng, ctx, True)))
        ship = "<section id=\"shipping\"><h2>%s</h2>%s</section>\n" % (
            lab(ctx, "shipping"), "".join("<p>%s</p>" % s for s in sents(rng, c, "page", 3)))
        faq = "<section id=\"faq\"><h2>%s</h2>%s</section>\n" % (
            lab(ctx, "faq"), "".join("<details><summary>%s</summary><p>%s</p></details>" % qa
                                     for qa in pick_n(rng, list(zip(loc(c)["question"], loc(c)["answer"])), 3)))
        extra = [cards, ship, faq]
        rng.shuffle(extra)
        return text.replace("</main>", "".join(extra) + "</main>", 1)
    nav = "%s | %s | %s | %s" % (ctx["store"], lab(ctx, "home"), ctx["category"], lab(ctx, "shipping"))
    tail = "\n\n%s\n%s\n\n%s\n%s" % (lab(ctx, "shipping"), "\n".join(sents(rng, c, "page", 3)),
                                        RELATED[ctx["lang"]], "\n".join(_related_cards(rng, ctx, False)))
    return nav + "\n\n" + text + tail


def _lengthen_tool(rng, ctx, text):
    c = _benign_ctx(ctx)
    try:
        main = json.loads(text)
    except ValueError:
        main = text
    steps = []
    for fn in pick_n(rng, [tool_order, tool_customer, tool_tracking, tool_reviews], rng.randint(1, 3)):
        steps.append({"tool": fn.__name__.replace("tool_", ""), "output": json.loads(fn(rng, c, one(rng, c, "note")))})
    steps.insert(rng.randint(0, len(steps)), {"tool": "lookup", "output": main})
    for i, s in enumerate(steps):
        s["step"] = i + 1
    return json.dumps({"run_id": "run_%d" % rng.randint(10 ** 6, 10 ** 7), "steps": steps}, ensure_ascii=False, indent=2)


def _lengthen_feed(rng, ctx, text):
    c = _benign_ctx(ctx)
    if text.startswith("{"):
        doc = json.loads(text)
        for p in _others(rng, ctx, rng.randint(3, 7)):
            doc["items"].insert(rng.randint(0, len(doc["items"])),
                                _feed_item(rng, c, p, _desc(rng, c, 2, p), lx.money(rng, ctx["lang"])[1]))
        return json.dumps(doc, ensure_ascii=False, indent=2)
    if text.startswith("sku,"):
        lines = text.split("\n")
        for p in _others(rng, ctx, rng.randint(4, 8)):
            it = _feed_item(rng, c, p, _desc(rng, c, 2, p), lx.money(rng, ctx["lang"])[1])
            lines.insert(rng.randint(1, len(lines)), ",".join([it["sku"], _csv_cell(it["title"]), _csv_cell(it["brand"]),
                                                             _csv_cell(it["category"]), it["price"], str(it["stock"]),
                                                             _csv_cell(it["description"])]))
        return "\n".join(lines)
    if text.startswith("<?xml"):
        items = []
        for i, p in enumerate(_others(rng, ctx, rng.randint(3, 6))):
            items.append("<item>\n  <g:id>%s-x%d</g:id>\n  <title>%s</title>\n  <g:brand>%s</g:brand>\n"
                         "  <description><![CDATA[%s]]></description>\n  <g:price>%s</g:price>\n</item>" % (
                             ctx["sku"], i, p[1], p[0], _desc(rng, c, 2, p), lx.money(rng, ctx["lang"])[1]))
        head, sep, rest = text.partition("<item>")
        return head + "\n".join(items) + "\n" + sep + rest
    rows = ["%s | %s | %s" % (p[0], p[1], lx.money(rng, ctx["lang"])[0]) for p in _others(rng, ctx, rng.randint(5, 9))]
    return text + "\n\n" + "\n".join(rows) + "\n\n" + "\n".join(sents(rng, c, "biz", 3))


def lengthen(rng, source, ctx, text, cap=4200):
    fn = {"email": _lengthen_email, "web": _lengthen_web, "tool": _lengthen_tool, "feed": _lengthen_feed}.get(source)
    if not fn:
        return text
    out = fn(rng, ctx, text)
    return out if len(out) <= cap else text
