"""Store-text carriers for the six sources. Every carrier accepts an optional `ins`
(the special text: an injection, a hard-negative sentence, a markup snippet) and a
style: 'prose' (goes between sentences), 'line' (own line / paragraph, may be multi-line)
or 'html' (raw markup, the carrier must be HTML). Benign and injected rows use the very
same carriers so that the carrier never gives the label away."""

import json

from .common import LANGS, GEN, ROW, fill, pick, pool, cap, maybe_typo, digits, alnum, SHOP_HOSTS, make_email, company_domain


class Ctx:
    def __init__(self, r, lang, size=None):
        self.r = r
        self.lang = lang
        self.L = LANGS[lang]
        self.sp = self.L.get("sp", " ")
        if size is None:
            size = r.choices(["short", "medium", "long"], [16, 60, 24])[0]
        self.size = size
        ROW["seed"] = r.random()
        cat = self.L.get("catalog")
        if cat:
            self.cat = r.choice(sorted(cat))
            product = pick(r, cat[self.cat])
        else:
            self.cat = None
            product = GEN["product"](r, lang)
        first, last = pick(r, self.L["first"]), pick(r, self.L["last"])
        name = "%s %s" % (last, first) if lang == "ja" else "%s %s" % (first, last)
        company = GEN["company"](r, lang)
        self.vars = {
            "product": product,
            "order": GEN["order"](r, lang),
            "name": name,
            "first": first,
            "store": GEN["store"](r, lang),
            "cust_email": make_email(r, lang, first, last),
            "city": GEN["city"](r, lang),
            "track": GEN["track"](r, lang),
            "sku": GEN["sku"](r, lang),
            "company": company,
        }
        self.biz_email = "%s@%s" % (make_email(r, lang, first, last).split("@")[0], company_domain(company))

    def product2(self):
        return self.product2_cat()[0]

    def product2_cat(self):
        """Another product and its category (mostly from this row's category)."""
        cat = self.L.get("catalog")
        if not cat:
            return GEN["product"](self.r, self.lang), None
        k = self.cat if self.r.random() < 0.8 else self.r.choice(sorted(cat))
        return pick(self.r, cat[k]), k

    def f(self, s, **extra):
        ex = dict(self.vars)
        ex.update(extra)
        return fill(self.r, s, self.lang, ex)

    def pool(self, key, cat=None):
        return pool(self.L, key, cat or self.cat)

    def pick(self, key, **extra):
        return self.f(pick(self.r, self.pool(key)), **extra)

    def cat_name(self):
        names = self.L.get("cat_names", {})
        return names.get(self.cat) or pick(self.r, self.L["cats"])

    def lbl(self, key):
        return self.L["lbl"][key]

    def n(self, short, medium, long_):
        lo, hi = {"short": short, "medium": medium, "long": long_}[self.size]
        return self.r.randint(lo, hi)

    def sents(self, keys, k, typo_p=0.045, cat=None):
        pl = []
        for key in keys:
            pl.extend(self.pool(key, cat))
        k = max(0, min(k, len(pl)))
        out = [self.f(s) for s in self.r.sample(pl, k)]
        return [maybe_typo(self.r, s, typo_p) for s in out]


def where(r):
    return r.choices(["start", "mid", "end"], [2, 5, 4])[0]


def insert_at(r, items, ins, pos=None):
    if ins is None:
        return list(items)
    n = len(items)
    pos = pos or where(r)
    if pos == "start" or n == 0:
        i = 0
    elif pos == "end":
        i = n
    else:
        i = r.randint(1, n - 1) if n > 1 else n
    return items[:i] + [ins] + items[i:]


def group(r, items, per=(2, 4)):
    out, cur, lim = [], [], r.randint(*per)
    for s in items:
        cur.append(s)
        if len(cur) >= lim:
            out.append(cur)
            cur, lim = [], r.randint(*per)
    if cur:
        out.append(cur)
    return out


def prose(c, sents, ins, style, per=(2, 4), pos=None):
    """Join sentences into paragraphs with the special text placed somewhere."""
    r, sp = c.r, c.sp
    if ins is None or style == "prose":
        items = insert_at(r, sents, ins, pos) if ins is not None else list(sents)
        return "\n\n".join(sp.join(p) for p in group(r, items, per))
    pars = [sp.join(p) for p in group(r, sents, per)] if sents else []
    pars = insert_at(r, pars, ins, pos)
    return "\n\n".join(pars)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def json_safe(s):
    return s is None or json.dumps(s, ensure_ascii=False)[1:-1] == s


def csv_safe(s):
    return s is None or ('"' not in s and "\n" not in s)


# ====================================================================== review

def stars(r, k):
    return r.choice(["★" * k + "☆" * (5 - k), "%d/5" % k, "%d out of 5" % k if r.random() < 0.3 else "%d/5" % k,
                     "⭐" * k])


TITLE_TONE = {"pos": (0, 3, 5, 7), "neg": (1, 4, 8), "neu": (2, 6)}


def rev_title(c, tone):
    t = c.L["rev_title"]
    if isinstance(t, dict):
        return pick(c.r, t[tone])
    idx = [i for i in TITLE_TONE[tone] if i < len(t)]
    return t[pick(c.r, idx)]


def review(c, ins=None, style="prose", tone=None):
    r, L = c.r, c.L
    tone = tone or r.choices(["pos", "neg", "neu"], [5, 3, 2])[0]
    k = {"pos": r.choice([4, 5, 5]), "neg": r.choice([1, 1, 2]), "neu": 3}[tone]
    n = c.n((1, 2), (3, 6), (7, 12))
    keys = ["rev_" + tone] + (["rev_neu"] if tone != "neu" and r.random() < 0.5 else [])
    sents = c.sents(keys, n)
    if style == "html":
        body = "".join("<p>%s</p>" % p for p in
                       [c.sp.join(g) for g in group(r, insert_at(r, [esc(s) for s in sents], ins), (1, 3))])
        title = esc(c.f(rev_title(c, tone)))
        return ('<div class="review" data-rating="%d" data-review-id="r%s">\n  <h4 class="review-title">%s</h4>\n'
                '  <div class="review-body">%s</div>\n  <span class="review-author">%s</span>\n</div>'
                % (k, digits(r, 6), title, body, esc(c.f("{sname}"))))
    if r.random() < 0.05:
        sents = [s.lower() for s in sents]
    body = prose(c, sents, ins, style, (2, 5))
    fmt = r.randrange(7)
    title = c.f(rev_title(c, tone))
    lb = L["lbl"]
    if fmt == 0 or c.size == "short" and r.random() < 0.5:
        return body
    if fmt == 1:
        return "%s\n\n%s" % (title, body)
    if fmt == 2:
        return "%s %s\n%s\n\n%s\n\n— %s" % (stars(r, k), title, lb["verified"], body, c.f("{sname}"))
    if fmt == 3:
        return "%s: %d/5\n%s: %s\n%s: %s\n%s" % (lb["rating"], k, lb["title"], title, lb["review"], body,
                                                   c.f(pick(r, L["rev_sign"])))
    if fmt == 4:
        return "%s\n%s\n%s\n\n%s\n\n%s" % (c.f("{sname}"), stars(r, k), c.f("{date}"), body,
                                          c.f(lb["helpful"], n=str(r.randint(1, 48))))
    if fmt == 5:
        return "%s — %s\n\n%s" % (title, c.vars["product"], body)
    return "%s\n%s" % (body, c.f(pick(r, L["rev_sign"])))


# ====================================================================== ticket

def ticket(c, ins=None, style="prose"):
    r, L = c.r, c.L
    lb = L["lbl"]
    n = c.n((1, 2), (2, 5), (6, 10))
    sents = c.sents(["tk_body"], n)
    fmt = r.randrange(5)
    if style == "html":
        fmt = 5
    if fmt == 3:
        # live chat transcript; the special text goes into a customer turn
        turns = []
        t0 = r.randint(8, 20)
        m = r.randint(5, 50)
        cust = lb["customer"]
        agent = "%s (%s)" % (lb["agent"], c.f("{afirst}"))
        items = insert_at(r, sents, ins) if ins is not None else sents
        lines = r.sample(c.pool("chat_agent"), len(c.pool("chat_agent")))
        turns.append((agent, lines.pop(0)))
        for s in items:
            turns.append((cust, s))
            if lines and r.random() < 0.6:
                turns.append((agent, c.f(lines.pop(0))))
        out = []
        for who, s in turns:
            m += r.randint(0, 3)
            if m >= 60:
                t0, m = t0 + 1, m - 60
            out.append("[%02d:%02d] %s: %s" % (t0, m, who, s))
        return "\n".join(out)
    body = prose(c, sents, ins, style, (1, 4))
    greet = c.pick("tk_greet")
    close = c.pick("tk_close")
    sig = c.vars["name"] if r.random() < 0.5 else c.vars["first"]
    subj = c.pick("tk_subj")
    if fmt == 0:
        return "%s: %s\n\n%s\n\n%s\n\n%s\n%s" % (lb["subject"], subj, greet, body, close, sig)
    if fmt == 1:
        return ("%s #%s · %s · %s\n%s: %s <%s>\n%s: %s\n%s: %s\n---\n%s\n\n%s" %
                (lb["ticket"], c.f("{tid}"), pick(r, L["channels"]), c.f("{date}"), lb["from"], c.vars["name"],
                 c.vars["cust_email"], lb["order"], c.vars["order"], lb["subject"], subj, body, sig))
    if fmt == 2:
        return ("%s: %s\n%s: %s\n%s: %s\n%s:\n%s" %
                (lb["name"], c.vars["name"], lb["email"], c.vars["cust_email"], lb["order"], c.vars["order"],
                 lb["message"], body))
    if r.random() < 0.5:
        return body
    return "%s\n%s" % (greet, body)


def ticket_html(c, ins):
    r = c.r
    lb = c.L["lbl"]
    sents = [esc(s) for s in c.sents(["tk_body"], c.n((1, 2), (2, 5), (5, 9)))]
    items = insert_at(r, sents, ins)
    pars = "".join("<p>%s</p>" % c.sp.join(g) for g in group(r, items, (1, 3)))
    return ('<div class="ticket-message" data-ticket="%s">\n<p>%s</p>\n%s\n<p>%s<br>%s</p>\n</div>' %
            (c.f("{tid}"), esc(c.pick("tk_greet")), pars, esc(c.pick("tk_close")), esc(c.vars["name"])))


# ====================================================================== email

def email_headers(c, business=False, subj=None):
    lb = c.L["lbl"]
    shop = company_domain(c.vars["store"])
    if business:
        sender = "%s <%s>" % (c.vars["name"], c.biz_email)
        to = c.r.choice(["orders@", "purchasing@", "hello@", "team@"]) + shop
        subj = subj or c.pick("em_subj")
    else:
        sender = "%s <%s>" % (c.vars["name"], c.vars["cust_email"])
        to = c.r.choice(["support@", "help@", "service@", "info@"]) + shop
        subj = subj or c.pick("tk_subj")
    return "%s: %s\n%s: %s\n%s: %s\n%s: %s" % (lb["from"], sender, lb["to"], to, lb["subject"], subj,
                                               lb["date"], c.f("{date}"))


def signature(c):
    r = c.r
    k = r.randrange(4)
    if k == 0:
        return c.vars["first"]
    if k == 1:
        return c.vars["name"]
    if k == 2:
        return "%s\n%s | %s\n%s" % (c.vars["name"], c.pick("em_role"), c.vars["company"], c.f("{phone}"))
    return "--\n%s\n%s\n%s" % (c.vars["name"], c.vars["company"], c.f("{addr}"))


def email(c, ins=None, style="prose", business=None):
    r, L = c.r, c.L
    lb = L["lbl"]
    if style == "html":
        return email_html(c, ins)
    business = r.random() < 0.45 if business is None else business
    key = "em_body" if business else "tk_body"
    n = c.n((1, 2), (3, 6), (7, 12))
    sents = c.sents([key], n)
    quoted_ins = ins is not None and r.random() < 0.2
    body = prose(c, sents, None if quoted_ins else ins, style, (1, 3))
    greet = c.pick("em_greet") if business else c.pick("tk_greet")
    close = c.pick("em_close") if business else c.pick("tk_close")
    sig = signature(c) if business else (c.vars["first"] if r.random() < 0.5 else c.vars["name"])
    text = "%s\n\n%s\n\n%s\n%s" % (greet, body, close, sig)
    if r.random() < 0.35 or quoted_ins:
        if business:
            qs = [q for q in c.sents(["em_body"], r.randint(2, 5)) if q not in sents][:r.randint(1, 3)]
        else:
            qs = [c.pick("chat_agent") for _ in range(r.randint(1, 3))]
            qs = list(dict.fromkeys(qs))
        if quoted_ins:
            qs = insert_at(r, qs, ins)
        q_hdr = c.f(lb["reply_hdr"], name=c.f("{name2}") if business else c.vars["store"])
        quoted = "\n".join("> " + line if line else ">" for line in "\n".join(qs).split("\n"))
        text += "\n\n%s\n%s" % (q_hdr, quoted)
    if r.random() < 0.15 and not quoted_ins:
        text = "---------- %s ----------\n%s\n\n%s" % (lb["fwd"], email_headers(c, business), text)
        return "%s\n\n%s\n\n%s" % (c.f("{afirst}") + ",", c.pick("em_fwdnote"), text)
    if r.random() < 0.75:
        return email_headers(c, business) + "\n\n" + text
    return text


def email_html(c, ins):
    r = c.r
    sents = [esc(s) for s in c.sents(["em_html"], c.n((1, 3), (3, 5), (5, 9)))]
    items = insert_at(r, sents, ins)
    pars = "\n".join('<p style="margin:0 0 12px">%s</p>' % c.sp.join(g) for g in group(r, items, (1, 3)))
    pre = ""
    if r.random() < 0.4:
        pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>\n' % esc(c.pick("em_subj")))
    return ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n%s<p>%s</p>\n%s\n'
            '<p>%s<br>%s</p>\n<hr><p style="font-size:11px;color:#888">%s</p>\n</body></html>' %
            (pre, esc(c.pick("nl_greet")), pars, esc(c.pick("em_close")), esc(c.vars["store"]),
             esc(c.pick("em_footer"))))


# ====================================================================== feed

def feed_item_text(c, ins, style, cat=None):
    n = c.n((1, 2), (2, 3), (3, 5))
    sents = c.sents(["feed_desc"], n, 0.01, cat)
    if ins is None:
        return c.sp.join(sents)
    if style == "prose":
        return c.sp.join(insert_at(c.r, sents, ins))
    return c.sp.join(sents) + ("\n" if style == "line" else " ") + ins


def feed(c, ins=None, style="prose"):
    r, L = c.r, c.L
    lb = L["lbl"]
    k = c.n((1, 1), (1, 3), (3, 5))
    target = r.randrange(k)
    fmt = r.randrange(5)
    if style == "html":
        fmt = r.choice([0, 2])
    if (fmt == 1 and not csv_safe(ins)) or (fmt == 2 and not json_safe(ins)):
        fmt = 0 if style == "html" else r.choice([0, 3, 4])
    items = []
    for i in range(k):
        prod, pcat = (c.vars["product"], c.cat) if i == target else c.product2_cat()
        desc = feed_item_text(c, ins if i == target else None, style, pcat)
        bullets = c.sents(["feed_bullet"], r.randint(2, 4), 0.0, pcat)
        items.append((prod, desc, bullets, c.f("{xsku}") if i != target else c.vars["sku"], c.f("{price}"),
                      c.f("{brand}"), r.choice(["in stock", "in stock", "out of stock", "preorder"])))
    if fmt == 0:
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:g="http://base.google.com/ns/1.0" version="2.0">',
               "<channel>", "<title>%s</title>" % esc(c.vars["store"])]
        for prod, desc, bullets, sku, price, brand, av in items:
            d = "<![CDATA[%s]]>" % desc if ("<" in desc or "&" in desc) else desc
            if style == "html" and r.random() < 0.5:
                d = "<![CDATA[<p>%s</p><ul>%s</ul>]]>" % (desc, "".join("<li>%s</li>" % esc(b) for b in bullets))
            out.append("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <description>%s</description>\n"
                       "  <g:price>%s</g:price>\n  <g:brand>%s</g:brand>\n  <g:availability>%s</g:availability>\n"
                       "</item>" % (sku, esc(prod), d, esc(price), esc(brand), av))
        out.append("</channel>\n</rss>")
        return "\n".join(out)
    if fmt == 1:
        rows = ["id,title,description,price,brand,availability"]
        for prod, desc, bullets, sku, price, brand, av in items:
            rows.append('%s,"%s","%s","%s",%s,%s' % (sku, prod.replace('"', "'"), desc.replace('"', "'"),
                                                    price, brand, av))
        return "\n".join(rows)
    if fmt == 2:
        arr = []
        for prod, desc, bullets, sku, price, brand, av in items:
            o = {"sku": sku, "title": prod, "vendor": brand, "price": price}
            if style == "html":
                o["body_html"] = "<p>%s</p>" % desc
            else:
                o["description"] = desc
                o["bullet_points"] = bullets
            o["availability"] = av
            arr.append(o)
        data = {"products": arr} if r.random() < 0.6 else arr
        return json.dumps(data, ensure_ascii=False, indent=r.choice([None, 2]))
    if fmt == 3:
        blocks = []
        for prod, desc, bullets, sku, price, brand, av in items:
            blocks.append("%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s:\n%s" % (
                lb["sku"], sku, lb["product"], prod, lb["price"], price, lb["desc"], desc, lb["features"],
                "\n".join("- " + b for b in bullets)))
        return ("\n\n" + "=" * 20 + "\n\n").join(blocks)
    blocks = []
    for prod, desc, bullets, sku, price, brand, av in items:
        blocks.append("%s | %s | %s\n%s\n%s" % (brand, prod, price, "\n".join("• " + b for b in bullets), desc))
    return "\n\n".join(blocks)


# ====================================================================== web

def web(c, ins=None, style="prose"):
    r = c.r
    if style == "html":
        return r.choice([web_product_html, web_blog_html, web_faq_html])(c, ins, style)
    opts = [web_blog_md, web_faq_text, web_forum, web_page_text]
    if ins is None or esc(ins) == ins:
        opts += [web_product_html, web_blog_html, web_faq_html]
    return r.choice(opts)(c, ins, style)


def _html_pars(c, sents, ins, style):
    r = c.r
    es = [esc(s) for s in sents]
    if ins is not None and style in ("prose", "html"):
        items = insert_at(r, es, ins if style == "html" else esc(ins))
        return "\n".join("<p>%s</p>" % c.sp.join(g) for g in group(r, items, (1, 3)))
    pars = ["<p>%s</p>" % c.sp.join(g) for g in group(r, es, (1, 3))]
    if ins is not None:
        pars = insert_at(r, pars, "<p>%s</p>" % esc(ins).replace("\n", "<br>\n"))
    return "\n".join(pars)


def web_product_html(c, ins, style):
    r, L = c.r, c.L
    lb = L["lbl"]
    sents = c.sents(["feed_desc"], c.n((1, 2), (2, 4), (4, 7)), 0.0)
    if r.random() < 0.3:
        sents += c.sents(["web_para"], 1, 0.0)
    desc = _html_pars(c, sents, ins, style)
    bullets = "".join("<li>%s</li>" % esc(b) for b in c.sents(["feed_bullet"], r.randint(2, 5), 0.0))
    revs = ""
    if r.random() < 0.5:
        rv = c.sents(["rev_pos", "rev_neg"], r.randint(1, 3))
        revs = '\n<section id="reviews">\n<h2>%s</h2>\n%s\n</section>' % (
            esc(lb["reviews"]), "\n".join('<blockquote class="review">%s</blockquote>' % esc(x) for x in rv))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n</head>\n<body>\n'
            '<nav class="breadcrumbs"><a href="/">%s</a> &rsaquo; <a href="/c/%s">%s</a></nav>\n'
            '<main class="product">\n<h1>%s</h1>\n<p class="price">%s</p>\n<div class="description">\n%s\n</div>\n'
            '<ul class="features">%s</ul>\n<button class="add-to-cart">%s</button>%s\n</main>\n'
            '<footer><p>&copy; %s %s</p></footer>\n</body>\n</html>' %
            (c.lang, esc(cap(c.vars["product"])), esc(c.vars["store"]), esc(lb["home"]), digits(r, 3),
             esc(c.cat_name()), esc(cap(c.vars["product"])), esc(c.f("{price}")), desc, bullets,
             esc(lb["add_to_cart"]), revs, c.f("{year}"), esc(c.vars["store"])))


def web_blog_html(c, ins, style):
    r = c.r
    sents = c.sents(["web_para"], c.n((2, 3), (3, 6), (7, 12)), 0.0)
    body = _html_pars(c, sents, ins, style)
    return ('<article class="post">\n<h1>%s</h1>\n<p class="meta">%s · %s</p>\n%s\n</article>' %
            (esc(c.pick("web_head")), esc(c.f("{date}")), esc(c.f("{name}")), body))


def web_faq_html(c, ins, style):
    r = c.r
    qa = r.sample(c.L["faq"], min(len(c.L["faq"]), c.n((1, 2), (2, 4), (4, 7))))
    parts = []
    slot = r.randrange(len(qa))
    for i, (q, a) in enumerate(qa):
        a = esc(c.f(a))
        if i == slot and ins is not None:
            a = a + (" " if c.sp else "") + (ins if style == "html" else esc(ins))
        parts.append('<details>\n<summary>%s</summary>\n<p>%s</p>\n</details>' % (esc(c.f(q)), a))
    return '<section class="faq">\n<h2>%s</h2>\n%s\n</section>' % (esc(c.L["lbl"]["faq"]), "\n".join(parts))


def web_blog_md(c, ins, style):
    r = c.r
    sents = c.sents(["web_para"], c.n((2, 3), (3, 6), (7, 13)), 0.0)
    body = prose(c, sents, ins, style, (2, 3))
    pars = body.split("\n\n")
    if len(pars) > 2 and r.random() < 0.6:
        pars.insert(r.randint(1, len(pars) - 1), "## " + c.pick("web_head"))
    head = "# %s\n\n" % c.pick("web_head") if r.random() < 0.8 else ""
    meta = "*%s · %s*\n\n" % (c.f("{date}"), c.f("{name}")) if r.random() < 0.4 else ""
    return head + meta + "\n\n".join(pars)


def web_faq_text(c, ins, style):
    r = c.r
    lb = c.L["lbl"]
    qa = r.sample(c.L["faq"], min(len(c.L["faq"]), c.n((1, 2), (2, 4), (4, 7))))
    slot = r.randrange(len(qa))
    parts = []
    for i, (q, a) in enumerate(qa):
        a = c.f(a)
        if i == slot and ins is not None:
            a = a + ("\n" if style == "line" else c.sp) + ins
        parts.append("%s: %s\n%s: %s" % (lb["q"], c.f(q), lb["a"], a))
    return "%s\n\n%s" % (lb["faq"], "\n\n".join(parts))


def web_forum(c, ins, style):
    r = c.r
    k = c.n((1, 2), (2, 4), (4, 6))
    slot = r.randrange(k)
    posts = []
    title = c.pick("tk_subj")
    for i in range(k):
        sents = c.sents(["rev_pos", "rev_neg", "rev_neu", "tk_body"], r.randint(1, 3))
        body = prose(c, sents, ins if i == slot else None, style, (2, 3))
        posts.append("%s · %s\n%s" % (c.f("{sname}"), c.f("{date}"), body))
    return "%s: %s\n\n%s" % (c.L["lbl"]["thread"], title, "\n\n---\n\n".join(posts))


def web_page_text(c, ins, style):
    r = c.r
    lb = c.L["lbl"]
    sents = c.sents(["feed_desc"], c.n((1, 2), (2, 4), (4, 7)), 0.0)
    if r.random() < 0.4:
        sents += c.sents(["web_para"], r.randint(1, 2), 0.0)
    body = prose(c, sents, ins, style, (2, 3))
    crumbs = "%s > %s > %s" % (lb["home"], c.cat_name(), c.vars["product"])
    return "%s\n\n%s\n%s\n\n%s\n\n%s\n%s" % (crumbs, c.vars["product"], c.f("{price}"), body,
                                            "\n".join("- " + b for b in c.sents(["feed_bullet"], 3, 0.0)),
                                            lb["add_to_cart"])


# ====================================================================== tool

def tool(c, ins=None, style="prose"):
    r = c.r
    ok_json = json_safe(ins)
    if style == "html":
        return tool_fetch_html(c, ins)
    choices = [tool_plain, tool_csv] if not ok_json else [tool_order, tool_reviews, tool_search, tool_ticket,
                                                          tool_crm, tool_fetch, tool_plain, tool_csv]
    if not csv_safe(ins):
        choices = [x for x in choices if x is not tool_csv]
    return r.choice(choices)(c, ins, style)


def _free(c, keys, ins, style, k=None):
    k = k if k is not None else c.n((1, 1), (1, 3), (3, 6))
    sents = c.sents(keys, k, 0.01 if keys == ["feed_desc"] else 0.045)
    if ins is None:
        return c.sp.join(sents)
    if style == "prose":
        return c.sp.join(insert_at(c.r, sents, ins))
    return c.sp.join(sents) + "\n" + ins if sents else ins


def _dump(r, obj):
    return json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 2, 2]))


def _status(c):
    return pick(c.r, c.L["statuses"])


def tool_order(c, ins, style):
    r = c.r
    items = [{"sku": c.vars["sku"], "name": c.vars["product"], "qty": int(c.f("{qty}")), "price": c.f("{price}")}]
    for _ in range(r.randint(0, 2)):
        items.append({"sku": c.f("{xsku}"), "name": c.product2(), "qty": 1, "price": c.f("{price}")})
    obj = {"order_id": c.vars["order"], "status": _status(c), "placed_at": c.f("{date}"),
           "customer": {"name": c.vars["name"], "email": c.vars["cust_email"]}, "items": items,
           "shipping": {"method": r.choice(["standard", "express", "pickup", "economy"]), "address": c.f("{addr}"),
                        "tracking": c.vars["track"]},
           "customer_note": _free(c, ["tk_body"], ins, style)}
    if r.random() < 0.4:
        obj["internal_notes"] = [c.pick("hard_note")]
    return ("tool: get_order\nresult:\n" if r.random() < 0.3 else "") + _dump(r, obj)


def tool_reviews(c, ins, style):
    r = c.r
    k = c.n((1, 1), (2, 3), (3, 5))
    slot = r.randrange(k)
    revs = []
    for i in range(k):
        tone = r.choice(["pos", "pos", "neg", "neu"])
        revs.append({"id": "rv_" + digits(r, 6), "rating": {"pos": r.choice([4, 5]), "neg": r.choice([1, 2]), "neu": 3}[tone],
                     "author": c.f("{sname}"), "verified": r.random() < 0.7,
                     "text": _free(c, ["rev_" + tone], ins if i == slot else None, style,
                                   r.randint(1, 4))})
    obj = {"product_id": c.vars["sku"], "product": c.vars["product"], "average": round(r.uniform(2.8, 4.9), 1),
           "count": r.randint(k, 400), "reviews": revs}
    return _dump(r, obj)


def tool_search(c, ins, style):
    r = c.r
    k = c.n((1, 1), (2, 3), (3, 5))
    slot = r.randrange(k)
    res = []
    for i in range(k):
        prod, pcat = (c.vars["product"], c.cat) if i == slot else c.product2_cat()
        old = c.cat
        c.cat = pcat
        desc = _free(c, ["feed_desc"], ins if i == slot else None, style, r.randint(1, 3))
        c.cat = old
        res.append({"title": prod, "price": c.f("{price}"), "in_stock": r.random() < 0.8, "seller": c.f("{brand}"),
                    "description": desc})
    obj = {"query": c.vars["product"].split(" ")[0].lower(), "total": r.randint(k, 90), "results": res}
    return ("search_products → " if r.random() < 0.3 else "") + _dump(r, obj)


def tool_ticket(c, ins, style):
    r = c.r
    msgs = [{"from": "customer", "at": c.f("{date} {hour}"), "body": _free(c, ["tk_body"], ins, style)}]
    if r.random() < 0.6:
        msgs.insert(0, {"from": "customer", "at": c.f("{date} {hour}"), "body": c.sp.join(c.sents(["tk_body"], 2))})
        msgs.insert(1, {"from": "agent", "at": c.f("{date} {hour}"), "body": c.pick("chat_agent")})
    obj = {"ticket_id": c.f("{tid}"), "subject": c.pick("tk_subj"), "status": r.choice(["open", "pending", "new"]),
           "priority": r.choice(["low", "normal", "normal", "high"]), "requester": c.vars["cust_email"],
           "messages": msgs}
    return _dump(r, obj)


def tool_crm(c, ins, style):
    r = c.r
    obj = {"customer_id": "cus_" + alnum(r, 10).lower(), "name": c.vars["name"], "email": c.vars["cust_email"],
           "segment": r.choice(["new", "returning", "wholesale", "vip", "at-risk"]),
           "orders_count": r.randint(1, 40), "lifetime_value": c.f("{amount}"),
           "last_contact": c.f("{date}"),
           "notes": _free(c, ["tk_body", "rev_neu"], ins, style)}
    return _dump(r, obj)


def tool_fetch(c, ins, style):
    r = c.r
    sents = c.sents(["web_para", "feed_desc"], c.n((1, 2), (3, 5), (5, 9)), 0.0)
    content = c.sp.join(insert_at(r, sents, ins)) if ins is not None else c.sp.join(sents)
    obj = {"url": "https://%s/%s" % (pick(r, SHOP_HOSTS), r.choice(["blog", "p", "products", "pages"]) + "/" + digits(r, 4)),
           "status": 200, "title": c.pick("web_head"), "content": content}
    return _dump(r, obj)


def tool_fetch_html(c, ins):
    r = c.r
    inner = r.choice([web_product_html, web_blog_html, web_faq_html])(c, ins, "html")
    return ("fetch_url(\"https://%s/%s\") → 200 OK\n\n%s" %
            (pick(r, SHOP_HOSTS), r.choice(["p", "blog", "help"]) + "/" + digits(r, 5), inner))


def tool_plain(c, ins, style):
    r = c.r
    lb = c.L["lbl"]
    k = r.randrange(3)
    if k == 0:
        body = prose(c, c.sents(["tk_body"], c.n((1, 2), (2, 4), (4, 8))), ins, style, (1, 3))
        return "get_ticket(%s) returned:\n%s: %s\n%s: %s\n\n%s" % (
            c.f("{tid}"), lb["subject"], c.pick("tk_subj"), lb["from"], c.vars["cust_email"], body)
    if k == 1:
        body = prose(c, c.sents(["rev_pos", "rev_neg", "rev_neu"], c.n((1, 2), (2, 5), (5, 9))), ins, style, (2, 4))
        return "Tool result [get_reviews sku=%s page=%d]\n%s\n%s" % (c.vars["sku"], r.randint(1, 6), "-" * 24, body)
    body = prose(c, c.sents(["em_body"], c.n((1, 2), (2, 5), (5, 9))), ins, style, (1, 3))
    return "read_inbox → message %d of %d\n%s\n\n%s" % (r.randint(1, 9), r.randint(9, 40), email_headers(c, True), body)


def tool_csv(c, ins, style):
    r = c.r
    k = c.n((1, 2), (2, 4), (4, 8))
    slot = r.randrange(k)
    rows = ["order_id,date,status,total,customer_note"]
    for i in range(k):
        note = _free(c, ["tk_body"], ins if i == slot else None, "prose" if style == "prose" else "prose",
                     r.randint(1, 2)) if (i == slot or r.random() < 0.5) else ""
        rows.append('%s,%s,%s,%s,"%s"' % (c.vars["order"] if i == slot else c.f("{xorder}"), c.f("{date}").replace(",", ""),
                                         _status(c), c.f("{price}").replace(",", "."), note.replace('"', "'")))
    return "export_orders.csv (%d rows)\n%s" % (k, "\n".join(rows))


BUILDERS = {"review": review, "ticket": ticket, "email": email, "feed": feed, "web": web, "tool": tool}


def carrier(c, source, ins=None, style="prose", **kw):
    if source == "ticket" and style == "html":
        return ticket_html(c, ins)
    if source == "review" and style == "line" and c.r.random() < 0.3:
        style = "line"
    return BUILDERS[source](c, ins, style, **kw)
