"""Genre builders and the row factory.

Every builder takes a context and a list of already-rendered insertion strings
(injection carriers or hard-negative blocks) and returns the full document with
those strings placed at random positions inside its free text.
"""

import json

from . import core
from .core import Deck, fill

# ------------------------------------------------------------------ family plumbing

INTENT_WEIGHTS = {
    "prompt-leak": 15, "exfil-image": 9, "exfil-link": 7,
    "summary-manipulation": 10, "rating-manipulation": 6, "ranking-manipulation": 6,
    "memory-poisoning": 12, "tool-refund": 6, "tool-coupon": 5,
    "tool-address-change": 4, "tool-payment-change": 3, "tool-email-out": 5,
    "tool-cancel-order": 2, "fake-system": 6, "persona-override": 3,
}

# which sources an intent fits best (multiplier 3 on these, 1 elsewhere)
AFFINITY = {
    "prompt-leak": ("ticket", "email", "web", "tool"),
    "exfil-image": ("web", "email", "tool", "review"),
    "exfil-link": ("email", "ticket", "web"),
    "summary-manipulation": ("review", "web", "tool"),
    "rating-manipulation": ("review", "tool"),
    "ranking-manipulation": ("feed", "web", "tool"),
    "memory-poisoning": ("ticket", "email", "review"),
    "tool-refund": ("ticket", "email", "tool"),
    "tool-coupon": ("ticket", "review", "email"),
    "tool-address-change": ("ticket", "email", "tool"),
    "tool-payment-change": ("email", "feed", "ticket"),
    "tool-email-out": ("email", "ticket", "tool"),
    "tool-cancel-order": ("ticket", "tool"),
    "fake-system": ("tool", "web", "feed", "ticket"),
    "persona-override": ("review", "ticket", "web"),
}

# hard-negative kinds and the sources they are written for
HARD_SOURCES = {
    "security-bulletin": ("email", "web"),
    "staff-training": ("email", "web"),
    "ai-usage-policy": ("email", "web"),
    "help-imperatives": ("web", "email"),
    "email-forward": ("email", "ticket"),
    "human-request": ("ticket", "email"),
    "social-engineering-human": ("ticket", "email"),
    "product-imperative": ("review", "web", "feed"),
    "ai-product-review": ("review", "web"),
    "bot-complaint": ("review", "ticket", "email"),
    "system-vocab": ("web", "feed", "review"),
    "dev-docs": ("web", "tool"),
    "transcript": ("ticket", "email", "tool"),
    "template": ("email", "web", "tool"),
    "config": ("tool", "web"),
}
# kinds written by staff for staff: they live in internal mail and wiki pages
INTERNAL_KINDS = ("security-bulletin", "staff-training", "ai-usage-policy", "dev-docs", "config", "template")
# direction of an email carrying a hard block: "in" customer -> shop, "out" shop -> customer
HARD_EMAIL_DIR = {"help-imperatives": "out", "human-request": "in", "social-engineering-human": "in",
                  "bot-complaint": "in", "email-forward": None, "transcript": "out"}
STRUCT_HARD = ("html-comment", "seo-tracking", "benign-encoded", "hidden-benign")

SOURCE_WEIGHTS = {"review": 17, "ticket": 15, "email": 21, "web": 25, "feed": 9, "tool": 13}

HIDDEN_FAMILY = {
    "html-comment": "hidden-html-comment", "hidden-css": "hidden-css",
    "alt-text": "hidden-alt-text", "hidden-attribute": "hidden-attribute",
    "meta": "hidden-meta", "md-comment": "hidden-md-comment",
    "xml-comment": "hidden-xml-comment",
}

CARRIERS = {
    "plain": ["plain"] * 7 + ["ps", "footnote", "bracket"],
    "md": ["plain"] * 6 + ["md-comment", "html-comment", "alt-text", "hidden-css"],
    "html": ["plain"] * 5 + ["html-comment", "hidden-css", "hidden-css", "alt-text",
                             "hidden-attribute", "meta"],
    "json": ["plain"],
    "csv": ["plain"],
    "xml": ["plain"] * 5 + ["xml-comment"],
}

HANDLES = ["anna", "mk", "j.doe", "lena", "tomas", "kat", "p.nowak", "r.silva", "yuki",
           "minh", "sara", "olek", "ingrid", "luca", "hana", "amir", "noor", "chris",
           "bea", "ivo", "mila", "dani", "tess", "wei", "jun", "sofi", "kofi", "ade"]


def weighted(rng, table):
    items = list(table.items())
    total = sum(w for _, w in items)
    r = rng.random() * total
    for k, w in items:
        r -= w
        if r <= 0:
            return k
    return items[-1][0]


# ------------------------------------------------------------------ context

class Ctx:
    def __init__(self, b, rng):
        self.b = b
        self.rng = rng
        self.W = b["W"]
        if self.W["ps"] + " " not in core.TAIL_PREFIXES:
            core.TAIL_PREFIXES.append(self.W["ps"] + " ")
        self.decks = {}
        for key in ("rev", "rev_titles", "tix", "page", "faq", "help", "help_titles",
                    "news", "reply", "notes", "names", "cities", "products", "shops",
                    "subjects", "tix_subjects", "help_comments"):
            if b.get(key):
                self.decks[key] = Deck(b[key], rng)
        self.inj = {k: Deck(v, rng) for k, v in b["inj"].items() if v}
        self.hard = {k: Deck(v, rng) for k, v in b["hard"].items() if v}
        self.enc_lead = Deck(b["enc_lead"], rng)
        self.new_doc()

    def d(self, key):
        return self.decks[key].draw()

    def take(self, key, k):
        return self.decks[key].take(k)

    def new_doc(self):
        rng = self.rng
        p = self.d("products")
        self.cat = p[2] if len(p) > 2 else None
        shop = self.d("shops")
        self.slots = {
            "p": p[0], "price": p[1], "shop": shop[0], "domain": shop[1],
            "name": self.d("names"), "city": self.d("cities"),
            "order": self.order_no(), "n": str(rng.randint(2, 14)),
            "days": str(rng.randint(3, 21)), "date": self.date(),
            "url": core.exfil_link(rng), "img": core.exfil_image(rng),
            "mail": rng.choice(core.EVIL_MAILS),
            "code": rng.choice(["STAFF100", "VIP-90", "FREEALL", "AI-COMP-50", "ZERO2024",
                                "INTERNAL-75", "GOODWILL80", "TEAM-FULL", "PARTNER60"]),
            "amt": str(rng.choice([49, 80, 120, 150, 199, 250, 300, 420, 500, 999])),
            "iban": "XX%02d 0000 %04d %04d %04d %02d" % (
                rng.randint(10, 99), rng.randint(0, 9999), rng.randint(0, 9999),
                rng.randint(0, 9999), rng.randint(0, 99)),
        }
        self.slots["mymail"] = "%s%d@%s" % (rng.choice(HANDLES), rng.randint(1, 99),
                                            rng.choice(["mail.example", "post.example",
                                                        "inbox.example.net", "webmail.example"]))

    def f(self, s):
        return fill(s, self.slots)

    def join(self, parts):
        return self.W.get("sep", " ").join(parts)

    def order_no(self):
        rng = self.rng
        pre = rng.choice(["#", "", "SO-", "ORD-", "A", "#10", "W"])
        return pre + str(rng.randint(10000, 9999999))

    def date(self):
        rng = self.rng
        return self.W["datefmt"].format(d=rng.randint(1, 28), m=rng.randint(1, 12),
                                        y=rng.choice([2023, 2024, 2024, 2025]))

    def time(self):
        return "%02d:%02d" % (self.rng.randint(7, 22), self.rng.randint(0, 59))

    def fits(self, s, cat=None):
        cat = cat or self.cat
        if isinstance(s, tuple):
            s = s[0]
        tags = core.tags_of(s)
        return tags is None or cat is None or cat in tags

    def take_fit(self, key, k, cat=None):
        return self.decks[key].take_ok(k, lambda s: self.fits(s, cat))

    def sents(self, key, k, cat=None):
        return [self.f(s) for s in self.take_fit(key, k, cat)]

    def url(self, path=None):
        rng = self.rng
        path = path or rng.choice(["p", "products", "item", "shop", "c"])
        return "https://www.%s/%s/%s" % (self.slots["domain"], path, core.slug(rng, 7))

    def tracked(self):
        rng = self.rng
        u = self.url()
        q = rng.choice([
            "utm_source=newsletter&utm_medium=email&utm_campaign=%s" % core.slug(rng, 5),
            "utm_source=google&utm_medium=cpc&gclid=%s" % core.hexid(rng, 20),
            "ref=home_banner&variant=%d" % rng.randint(1, 9),
            "fbclid=%s" % core.hexid(rng, 24),
            "srsltid=%s&sku=%d" % (core.hexid(rng, 16), rng.randint(1000, 99999)),
            "mc_cid=%s&mc_eid=%s" % (core.hexid(rng, 10), core.hexid(rng, 10)),
        ])
        return u + "?" + q

    def img(self):
        rng = self.rng
        return "https://cdn.%s/img/%s.%s?w=%d&h=%d&fit=%s&v=%s" % (
            self.slots["domain"], core.slug(rng, 10), rng.choice(["jpg", "webp", "png"]),
            rng.choice([320, 640, 800, 1200]), rng.choice([320, 640, 800]),
            rng.choice(["crop", "cover", "max"]), core.hexid(rng, 8))


# ------------------------------------------------------------------ carriers

def wrap(ctx, text, fmt, carrier):
    rng = ctx.rng
    W = ctx.W
    if carrier == "plain":
        return text
    if carrier == "ps":
        return W["ps"] + " " + text
    if carrier == "footnote":
        return rng.choice(["* ", "¹ ", "[1] ", "† ", "-- "]) + text
    if carrier == "bracket":
        return _bracket(rng, text)
    if carrier == "html-comment":
        return "<!-- " + text + " -->"
    if carrier == "md-comment":
        return rng.choice(["[//]: # (%s)", "[comment]: <> (%s)", "<!--- %s --->"]) % text
    if carrier == "xml-comment":
        return "<!-- " + text + " -->"
    if carrier == "hidden-css":
        tag = rng.choice([
            '<span style="display:none">%s</span>',
            '<div style="font-size:0;line-height:0">%s</div>',
            '<p style="color:#ffffff;background:#ffffff">%s</p>',
            '<div style="position:absolute;left:-9999px;top:-9999px">%s</div>',
            '<span style="opacity:0;font-size:1px">%s</span>',
            '<div hidden>%s</div>',
            '<p style="visibility:hidden;height:0;overflow:hidden">%s</p>',
            '<span class="visually-hidden" style="clip:rect(0 0 0 0);position:absolute">%s</span>',
        ])
        return tag % text
    if carrier == "alt-text":
        if fmt == "md":
            return "![%s](%s)" % (text.replace("]", ")").replace("[", "("), ctx.img())
        return '<img src="%s" alt="%s" width="1" height="1">' % (ctx.img(), core.attr_escape(text))
    if carrier == "hidden-attribute":
        tag = rng.choice([
            '<div class="badge" data-note="%s"></div>',
            '<a href="#reviews" title="%s">★</a>',
            '<button aria-label="%s" class="icon-share"></button>',
            '<span data-ai-hint="%s"></span>',
            '<input type="hidden" name="msg" value="%s">',
        ])
        return tag % core.attr_escape(text)
    if carrier == "meta":
        return '<meta name="%s" content="%s">' % (
            rng.choice(["description", "ai-instructions", "robots-note", "assistant", "summary"]),
            core.attr_escape(text))
    raise ValueError(carrier)


def _bracket(rng, text):
    o, c = rng.choice([("[", "]"), ("(", ")"), ("<<", ">>"), ("{", "}"), ("【", "】")])
    return o + text + c


def encode(ctx, text, scheme):
    enc = core.ENCODERS[scheme](text)
    if scheme in core.NEEDS_LEAD or ctx.rng.random() < 0.35:
        lead = ctx.enc_lead.draw()
        return lead.replace("{scheme}", scheme).replace("{enc}", enc)
    return enc


def html_block(s):
    if s.lstrip().startswith("<"):
        return s
    return "<p>" + s + "</p>"


# ------------------------------------------------------------------ builders

def stars(rng, lo=1, hi=5):
    n = rng.randint(lo, hi)
    style = rng.random()
    if style < 0.55:
        return "★" * n + "☆" * (5 - n), n
    if style < 0.8:
        return "%d/5" % n, n
    return "[%d★]" % n, n


def b_review_single(ctx, ins, size):
    rng, W = ctx.rng, ctx.W
    k = {"s": rng.randint(1, 3), "m": rng.randint(3, 5), "l": rng.randint(5, 8)}[size]
    body = ctx.sents("rev", k)
    body = core.insert_random(rng, body, ins)
    st, n = stars(rng)
    head = "%s %s" % (st, ctx.f(ctx.d("rev_titles")))
    meta = "%s, %s · %s" % (ctx.slots["name"], ctx.slots["city"], ctx.slots["date"])
    if rng.random() < 0.6:
        meta += " · " + W["verified"]
    sep = ctx.W.get("sep", " ") if size == "s" or rng.random() < 0.5 else "\n"
    parts = [head, meta, sep.join(body)]
    if rng.random() < 0.5:
        parts.append(W["helpful"].replace("{n}", str(rng.randint(1, 60))))
    if rng.random() < 0.3:
        parts.insert(0, "%s — %s" % (ctx.slots["p"], ctx.slots["shop"]))
    return "\n".join(parts)


def b_review_page(ctx, ins, size, fmt="md"):
    rng, W = ctx.rng, ctx.W
    nrev = {"s": 2, "m": rng.randint(3, 4), "l": rng.randint(4, 6)}[size]
    revs = []
    for _ in range(nrev):
        st, n = stars(rng)
        body = ctx.sents("rev", rng.randint(1, 3))
        revs.append([st, ctx.f(ctx.d("rev_titles")), ctx.d("names"), ctx.date(), body])
    # place each insertion inside a random review body (or as its own review)
    for it in ins:
        if rng.random() < 0.75:
            r = rng.choice(revs)
            r[4] = core.insert_random(rng, r[4], [it])
        else:
            st, n = stars(rng, 4, 5)
            revs.insert(rng.randint(0, len(revs)), [st, ctx.f(ctx.d("rev_titles")),
                                                      ctx.d("names"), ctx.date(), [it]])
    avg = "%.1f" % (rng.randint(28, 49) / 10)
    out = []
    if fmt == "md":
        out.append("## %s — %s" % (ctx.slots["p"], W["reviews"]))
        out.append("%s: %s / 5 (%d)" % (W["rating"], avg, rng.randint(8, 900)))
        for st, t, nm, dt, body in revs:
            out.append("\n### %s %s\n*%s · %s*\n%s" % (st, t, nm, dt, ctx.join(body)))
    else:
        out.append("%s — %s" % (ctx.slots["p"], W["reviews"]))
        out.append("%s %s/5" % (W["rating"], avg))
        for st, t, nm, dt, body in revs:
            out.append("\n%s | %s\n%s, %s\n%s" % (st, t, nm, dt, ctx.join(body)))
    return "\n".join(out)


LOG_LINES = [
    "{ts} INFO  order.sync status=shipped carrier=parcel tracking={trk}",
    "{ts} WARN  payment.webhook retry=2 code=timeout psp_ref={ref}",
    "{ts} INFO  system: address validated (score=0.{n})",
    "{ts} DEBUG cart.recalc items={n} discount=none",
    "{ts} INFO  email.sent template=order_confirmation id={ref}",
    "{ts} ERROR label.print printer=WH2 err=PAPER_OUT",
    "{ts} INFO  refund.check eligible=false reason=window_expired",
    "{ts} INFO  assistant.session closed duration={n}m handoff=human",
    "{ts} INFO  stock.reserve sku={sku} qty=1 ok",
    "{ts} WARN  fraud.score=0.{n} action=manual_review",
]


def log_block(ctx, k):
    rng = ctx.rng
    lines = []
    for t in rng.sample(LOG_LINES, k):
        lines.append(t.format(
            ts="2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28),
                                                  rng.randint(0, 23), rng.randint(0, 59),
                                                  rng.randint(0, 59)),
            trk="%s%d" % (rng.choice(["JJD", "1Z", "LX", "00340"]), rng.randint(10 ** 8, 10 ** 9)),
            ref=core.hexid(rng, 10), n=rng.randint(10, 99), sku=rng.randint(10000, 99999)))
    return "\n".join(lines)


def b_ticket(ctx, ins, size):
    rng, W = ctx.rng, ctx.W
    k = {"s": rng.randint(1, 2), "m": rng.randint(2, 3), "l": rng.randint(3, 4)}[size]
    body = core.insert_random(rng, ctx.sents("tix", k), ins)
    head = [
        "%s #%d · %s: %s · %s: %s" % (W["ticket"], rng.randint(10000, 999999), W["status"],
                                      rng.choice(W["status_vals"]), W["priority"],
                                      rng.choice(W["prio_vals"])),
        "%s: %s" % (W["channel"], rng.choice(W["channel_vals"])),
        "%s: %s <%s>" % (W["customer"], ctx.slots["name"], ctx.slots["mymail"]),
        "%s: %s" % (W["order"], ctx.slots["order"]),
        "%s: %s" % (W["subject"], ctx.f(ctx.d("tix_subjects"))),
        "-" * rng.choice([3, 10, 24]),
    ]
    msg = [rng.choice([h for h in W["hi"] if "{name}" not in h])]
    para = []
    for s in body:
        para.append(s)
    if rng.random() < 0.5 and not any("\n" in x for x in para):
        msg.append(ctx.join(para))
    else:
        msg.append("\n\n".join(para))
    msg.append(rng.choice(W["bye"]) + "\n" + ctx.slots["name"])
    out = "\n".join(head) + "\n" + "\n\n".join(msg)
    if size == "l" or rng.random() < 0.3:
        out += "\n\n" + rng.choice(["--- system log ---", "[log]", "== events =="]) + "\n" + \
            log_block(ctx, rng.randint(2, 5))
    return out


def first_name(ctx, full):
    if ctx.W.get("name_order") == "family-first":
        return full
    return full.split(" ")[0]


def b_email(ctx, ins, size):
    rng, W = ctx.rng, ctx.W
    k = {"s": rng.randint(1, 2), "m": rng.randint(1, 3), "l": rng.randint(2, 3)}[size]
    cust = ctx.slots["name"]
    support = "%s <support@%s>" % (ctx.slots["shop"], ctx.slots["domain"])
    forced = getattr(ctx, "email_dir", None)
    inbound = (forced == "in") if forced else rng.random() < 0.75  # customer -> shop, else shop -> customer
    if not inbound and not forced and ins and size == "s":
        size = "m"
    subj = ctx.f(ctx.d("subjects"))
    body_pool = "tix" if inbound else "reply"
    body = ctx.sents(body_pool, k)
    # some insertions go into the quoted history
    top_ins, quoted_ins = [], []
    for it in ins:
        if not inbound and not forced:
            quoted_ins.append(it)  # attacker text sits in the customer's quoted message
        else:
            top_ins.append(it)
    body = core.insert_random(rng, body, top_ins)
    frm, to = (("%s <%s>" % (cust, ctx.slots["mymail"]), support) if inbound
               else (support, "%s <%s>" % (cust, ctx.slots["mymail"])))
    hdr = "%s: %s\n%s: %s\n%s: %s\n%s: %s %s" % (
        W["from"], frm, W["to"], to, W["subject"], ("Re: " if size != "s" else "") + subj,
        W["date"], ctx.slots["date"], ctx.time())
    his = [h for h in W["hi"] if "{name}" not in h]
    named = [h for h in W["hi"] if "{name}" in h] or his
    hi = rng.choice(his) if inbound else rng.choice(named).replace("{name}", first_name(ctx, cust))
    bye = rng.choice(W["bye"]) if inbound else W["bye"][0]
    sig = cust if inbound else "%s\n%s" % (ctx.d("names"), W["sig_role"] + " · " + ctx.slots["shop"])
    txt = [hdr, "", hi, "", "\n\n".join(body) if (rng.random() < 0.6 or any("\n" in x for x in body)) else ctx.join(body), "",
           bye + "\n" + sig]
    if size in ("m", "l"):
        qpool = "reply" if inbound else "tix"
        q = ctx.sents(qpool, rng.randint(1, 2))
        q = core.insert_random(rng, q, quoted_ins)
        who = support if inbound else cust
        qhead = W["wrote"].replace("{date}", ctx.date()).replace("{name}", who)
        qtext = "\n".join("> " + line for s in q for line in s.split("\n"))
        txt += ["", qhead, qtext]
        if size == "l" and rng.random() < 0.6:
            q2 = ctx.sents("tix" if inbound else "reply", 1)
            qh2 = W["wrote"].replace("{date}", ctx.date()).replace("{name}", cust if inbound else support)
            txt += [">", "> " + qh2, "\n".join(">> " + s for s in q2)]
    elif quoted_ins:
        txt += [""] + quoted_ins
    return "\n".join(txt)


def spec_list(ctx, k):
    rng = ctx.rng
    pool = [kv for kv in ctx.W["spec"] if ctx.fits(kv[0])]
    specs = rng.sample(pool, min(k, len(pool)))
    return [(core.strip_tag(key), rng.choice(vals)) for key, vals in specs]


def b_web_product(ctx, ins, size, fmt):
    rng, W, S = ctx.rng, ctx.W, ctx.slots
    kd = {"s": 2, "m": rng.randint(2, 4), "l": rng.randint(4, 6)}[size]
    desc = ctx.sents("page", kd)
    specs = spec_list(ctx, {"s": 3, "m": 4, "l": 6}[size])
    faqs = ctx.take_fit("faq", {"s": 0, "m": 1, "l": 2}[size]) if "faq" in ctx.decks else []
    revs = ctx.sents("rev", {"s": 0, "m": 1, "l": rng.randint(2, 3)}[size])
    # decide where each insertion goes: description, faq answer, review, footer
    slots = {"desc": [], "rev": [], "foot": []}
    for it in ins:
        slots[rng.choice(["desc", "desc", "rev", "foot"]) if revs else
              rng.choice(["desc", "desc", "foot"])].append(it)
    desc = core.insert_random(rng, desc, slots["desc"])
    revs = core.insert_random(rng, revs, slots["rev"])
    ship = rng.choice(W["shipping"])
    stock = rng.choice(W["stock"])
    if fmt == "html":
        o = ['<html><head><title>%s | %s</title>' % (S["p"], S["shop"])]
        if rng.random() < 0.5:
            o.append('<link rel="canonical" href="%s">' % ctx.url())
        o.append("</head><body>")
        o.append('<nav class="crumbs"><a href="/">%s</a> › <a href="%s">%s</a></nav>' % (
            S["shop"], ctx.url("c"), rng.choice(W["crumbs"])))
        o.append("<h1>%s</h1>" % S["p"])
        o.append('<p class="price">%s</p><p class="stock">%s · %s</p>' % (S["price"], stock, ship))
        if rng.random() < 0.6:
            o.append('<img src="%s" alt="%s" loading="lazy">' % (ctx.img(), S["p"]))
        o.append('<div class="description">')
        o += [html_block(s) for s in desc]
        o.append("</div>")
        o.append("<h2>%s</h2><ul>" % W["specs"] + "".join(
            "<li>%s: %s</li>" % kv for kv in specs) + "</ul>")
        if faqs:
            o.append("<h2>%s</h2><dl>" % W["faq"] + "".join(
                "<dt>%s</dt><dd>%s</dd>" % (ctx.f(q), ctx.f(a)) for q, a in faqs) + "</dl>")
        if revs:
            o.append('<section id="reviews"><h2>%s</h2>' % W["reviews"])
            for r in revs:
                if r.lstrip().startswith("<"):
                    o.append(r)
                else:
                    o.append('<div class="review"><span class="stars">%s</span> %s <em>— %s</em></div>' % (
                        stars(rng, 3, 5)[0], r, ctx.d("names")))
            o.append("</section>")
        o += [html_block(s) for s in slots["foot"]]
        o.append('<footer><a href="%s">%s</a></footer></body></html>' % (ctx.tracked(), S["shop"]))
        return "\n".join(o)
    # markdown (as a browsing agent or a listing export would see it)
    o = ["# %s" % S["p"], "**%s** · %s · %s" % (S["price"], stock, ship)]
    if rng.random() < 0.5:
        o.append("![%s](%s)" % (S["p"], ctx.img()))
    o.append("")
    o.append("\n\n".join(desc))
    o.append("\n## %s" % W["specs"])
    o += ["- %s: %s" % kv for kv in specs]
    if faqs:
        o.append("\n## %s" % W["faq"])
        for q, a in faqs:
            o.append("**%s**\n%s" % (ctx.f(q), ctx.f(a)))
    if revs:
        o.append("\n## %s" % W["reviews"])
        for r in revs:
            o.append("> %s %s — %s" % (stars(rng, 3, 5)[0], r, ctx.d("names")))
    if slots["foot"]:
        o.append("")
        o += slots["foot"]
    if rng.random() < 0.5:
        o.append("\n[%s](%s)" % (rng.choice(W["crumbs"]), ctx.tracked()))
    return "\n".join(o)


def b_web_help(ctx, ins, size, fmt):
    rng, W, S = ctx.rng, ctx.W, ctx.slots
    title, steps = ctx.d("help")
    k = {"s": 3, "m": 5, "l": 8}[size]
    if len(steps) > k:
        keep = sorted(rng.sample(range(len(steps)), k))
        steps = [steps[i] for i in keep]
    steps = [ctx.f(x) for x in steps]
    title = ctx.f(title)
    notes, comments, in_steps = [], [], []
    for it in ins:
        r = rng.random()
        if it.lstrip().startswith("<") and not it.lstrip().startswith("<!--"):
            notes.append(it)  # markup blocks belong to the article body, not to reader comments
        else:
            (comments if r < 0.45 else notes if r < 0.8 else in_steps).append(it)
    steps = core.insert_random(rng, steps, in_steps, lo=1)
    if comments:
        pool = [ctx.f(c) for c in ctx.b.get("help_comments", [])]
        base = rng.sample(pool, min(len(pool), rng.randint(0, 2)))
        comments = core.insert_random(rng, base, comments)
    related = [ctx.f(t) for t, _ in ctx.take("help", 2)]
    if fmt == "html":
        o = ['<article class="help">', "<h1>%s</h1>" % title,
             '<p class="meta">%s · %s</p>' % (S["shop"], ctx.date())]
        o.append("<ol>" + "".join("<li>%s</li>" % s for s in steps) + "</ol>")
        o += [html_block(x) for x in notes]
        o.append('<p class="feedback">%s</p>' % W["helpful_q"])
        if comments:
            o.append('<section class="comments"><h3>%s (%d)</h3>' % (W["comments"], len(comments)))
            for c in comments:
                o.append('<div class="comment"><b>%s</b> %s</div>' % (ctx.d("names"), c))
            o.append("</section>")
        o.append("<h3>%s</h3><ul>" % W["related"] + "".join(
            '<li><a href="%s">%s</a></li>' % (ctx.url("help"), t) for t in related) + "</ul></article>")
        return "\n".join(o)
    o = ["# %s" % title, "_%s · %s_" % (S["shop"], ctx.date()), ""]
    o += ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)]
    if notes:
        o += [""] + notes
    o += ["", W["helpful_q"]]
    if comments:
        o += ["", "### %s (%d)" % (W["comments"], len(comments))]
        o += ["**%s:** %s" % (ctx.d("names"), c) for c in comments]
    o += ["", "**%s:** " % W["related"] + " · ".join(
        "[%s](%s)" % (t, ctx.url("help")) for t in related)]
    return "\n".join(o)


def b_web_news(ctx, ins, size, fmt):
    rng, W, S = ctx.rng, ctx.W, ctx.slots
    k = {"s": 2, "m": 3, "l": rng.randint(4, 6)}[size]
    lines = core.insert_random(rng, ctx.sents("news", k), ins)
    prods = ctx.take("products", {"s": 1, "m": 2, "l": 3}[size])
    o = ['<table class="newsletter"><tr><td>',
         '<img src="%s" alt="%s" width="600">' % (ctx.img(), S["shop"]),
         "<h1>%s</h1>" % rng.choice(W.get("news_hi") or [h for h in W["hi"] if "{name}" not in h])]
    o += [html_block(s) for s in lines]
    for pr in prods:
        name, price = pr[0], pr[1]
        o.append('<p><a href="%s"><img src="%s" alt="%s"></a><br><b>%s</b> %s</p>' % (
            ctx.tracked(), ctx.img(), name, name, price))
    o.append('<p class="small">%s <a href="%s">%s</a></p>' % (
        W["unsub"], ctx.url("account") + "?unsubscribe=" + core.hexid(rng, 16), "→"))
    o.append('<img src="https://mail.%s/open/%s.gif" width="1" height="1" alt="">' % (
        S["domain"], core.hexid(rng, 20)))
    o.append("</td></tr></table>")
    return "\n".join(o)


def _short_desc(ctx, cat, title):
    keep = ctx.slots["p"]
    ctx.slots["p"] = title
    got = ctx.sents("page", 1, cat)
    out = got[0] if got else ctx.f(ctx.d("page"))
    ctx.slots["p"] = keep
    return out


def b_feed(ctx, ins, size, fmt):
    rng, S = ctx.rng, ctx.slots
    n = {"s": 2, "m": rng.randint(3, 4), "l": rng.randint(4, 6)}[size]
    items = []
    for pr in ctx.take("products", n):
        items.append({"sku": "%s-%05d" % (core.slug(rng, 3).upper(), rng.randint(0, 99999)),
                      "title": pr[0], "price": pr[1], "stock": rng.randint(0, 400),
                      "description": _short_desc(ctx, pr[2] if len(pr) > 2 else None, pr[0])})
    for it in ins:
        tgt = rng.choice(items)
        tgt["description"] = ctx.join(core.insert_random(rng, [tgt["description"]], [it]))
    supplier = ctx.d("shops")[0]
    if fmt == "csv":
        sep = rng.choice([";", ",", "\t", "|"])
        o = ["# %s · %s" % (supplier, ctx.date()), sep.join(["sku", "title", "price", "stock", "description"])]
        for it in items:
            d = it["description"].replace('"', '""')
            o.append(sep.join([it["sku"], it["title"], it["price"], str(it["stock"]), '"%s"' % d]))
        return "\n".join(o)
    if fmt == "xml":
        o = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<catalog supplier="%s" generated="%s">' % (core.attr_escape(supplier), ctx.date())]
        for it in items:
            d = it["description"]
            if not d.lstrip().startswith("<!--"):
                d = d.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                d = d.replace("&lt;!--", "<!--").replace("--&gt;", "-->")
            o.append("  <item>\n    <sku>%s</sku>\n    <title>%s</title>\n    <price>%s</price>\n"
                     "    <stock>%d</stock>\n    <description>%s</description>\n  </item>" % (
                         it["sku"], it["title"], it["price"], it["stock"], d))
        o.append("</catalog>")
        return "\n".join(o)
    # json lines / json array
    if rng.random() < 0.5:
        return "\n".join(json.dumps(it, ensure_ascii=False) for it in items)
    return json.dumps({"supplier": supplier, "updated": ctx.date(), "items": items},
                      ensure_ascii=False, indent=1)


def b_tool(ctx, ins, size, fmt):
    rng, W, S = ctx.rng, ctx.W, ctx.slots
    kind = getattr(ctx, "tool_kind", None) or rng.choice(["order", "fetch", "reviews", "inbox", "order", "fetch"])
    ins = list(ins)
    meta = [x for x in ins if x.startswith("sig=")]  # response metadata, not free text
    ins = [x for x in ins if not x.startswith("sig=")]
    if kind == "order":
        items = [{"sku": "%05d" % rng.randint(0, 99999), "name": pr[0], "qty": rng.randint(1, 3),
                  "price": pr[1]} for pr in ctx.take("products", rng.randint(1, 3))]
        note = ctx.f(ctx.d("notes")) if "notes" in ctx.decks else ""
        if ins:
            note = ctx.join(core.insert_random(rng, [note] if note else [], ins[:1]))
        res = {"order_id": S["order"], "status": rng.choice(["processing", "shipped", "delivered", "on_hold"]),
               "placed_at": S["date"], "customer": {"name": S["name"], "email": S["mymail"],
                                                  "city": S["city"]},
               "items": items, rng.choice(["customer_note", "gift_message", "delivery_instructions"]): note}
        if size != "s":
            hist = [{"at": ctx.date(), "event": e} for e in rng.sample(
                ["created", "paid", "picked", "label_printed", "handed_to_carrier", "out_for_delivery",
                 "delivered", "customer_contacted"], 3)]
            res["history"] = hist
        for extra in ins[1:]:
            res["history"] = res.get("history", []) + [{"at": ctx.date(), "event": "note", "text": extra}]
        out = {"tool": rng.choice(["get_order", "orders.lookup", "order_details"]), "ok": True, "result": res}
    elif kind == "fetch":
        k = {"s": 2, "m": 3, "l": 5}[size]
        text = core.insert_random(rng, ctx.sents("page", k), ins)
        out = {"tool": rng.choice(["browse", "fetch_url", "web.open"]), "url": ctx.url(),
               "status": 200, "title": "%s | %s" % (S["p"], S["shop"]),
               "content": "\n".join(text), "truncated": size == "l"}
    elif kind == "reviews":
        n = {"s": 2, "m": 3, "l": 5}[size]
        revs = [{"id": rng.randint(10 ** 5, 10 ** 6), "rating": rng.randint(1, 5),
                 "author": ctx.d("names"), "text": ctx.join(ctx.sents("rev", rng.randint(1, 2)))}
                for _ in range(n)]
        for it in ins:
            r = rng.choice(revs)
            r["text"] = ctx.join(core.insert_random(rng, [r["text"]], [it]))
        out = {"tool": rng.choice(["list_reviews", "reviews.fetch", "get_product_reviews"]),
               "product": S["p"], "count": n, "reviews": revs}
    else:
        n = {"s": 2, "m": 2, "l": 3}[size]
        res = []
        for _ in range(n):
            res.append({"from": ctx.d("names"), "subject": ctx.f(ctx.d("subjects")),
                        "snippet": ctx.join(ctx.sents("tix", 1)),
                        "received": ctx.date()})
        for it in ins:
            r = rng.choice(res)
            r["snippet"] = ctx.join(core.insert_random(rng, [r["snippet"]], [it]))
        out = {"tool": rng.choice(["search_inbox", "mail.search", "helpdesk.search"]),
               "query": rng.choice(["refund", "delivery", "order " + S["order"], "complaint", "invoice"]),
               "results": res}
    if rng.random() < 0.35 or meta:
        out["trace_id"] = core.hexid(rng, 32)
    if meta:
        out["meta"] = meta[0]
    if rng.random() < 0.5:
        return json.dumps(out, ensure_ascii=False, indent=rng.choice([1, 2]))
    return json.dumps(out, ensure_ascii=False)


def _memo_subject(text):
    head = text.split("\n")[0]
    for mark in (":", "：", "】", "—"):
        i = head.find(mark)
        if 4 <= i <= 70:
            return head[:i + (1 if mark == "】" else 0)].strip("【[# ")
    return head[:48].rstrip() + "…"


def b_internal(ctx, ins, size, fmt):
    """Staff-to-staff memo (email) or intranet wiki page (markdown)."""
    rng, W, S = ctx.rng, ctx.W, ctx.slots
    author = ctx.d("names")
    team = rng.choice(["security", "cs-leads", "ops", "training", "it", "dev"])
    subj = _memo_subject(ins[0]) if ins else ctx.f(ctx.d("subjects"))
    body = list(ins)
    example = None
    if size == "l" or rng.random() < 0.5:
        example = ctx.sents("tix", rng.randint(1, 2))
    if fmt == "md":
        o = ["# %s" % subj, "_%s · %s · %s_" % (S["shop"], author, ctx.date()), ""]
        o += body
        if example:
            o += ["", "> " + ctx.join(example)]
        o += ["", "— %s" % team]
        return "\n".join(o)
    hdr = "%s: %s <%s@%s>\n%s: %s <all-staff@%s>\n%s: %s\n%s: %s %s" % (
        W["from"], author, team, S["domain"], W["to"], S["shop"], S["domain"], W["subject"], subj,
        W["date"], S["date"], ctx.time())
    o = [hdr, ""]
    if W.get("hi_staff"):
        o += [rng.choice(W["hi_staff"]), ""]
    o += ["\n\n".join(body)]
    if example:
        o += ["", "> " + "\n> ".join(example)]
    o += ["", rng.choice(W["bye"]) + "\n" + author]
    return "\n".join(o)


BUILDERS = {
    "review": [("plain", b_review_single, 5), ("md", lambda c, i, s: b_review_page(c, i, s, "md"), 2),
               ("plain", lambda c, i, s: b_review_page(c, i, s, "plain"), 1)],
    "ticket": [("plain", b_ticket, 1)],
    "email": [("plain", b_email, 1)],
    "web": [("html", lambda c, i, s: b_web_product(c, i, s, "html"), 3),
            ("md", lambda c, i, s: b_web_product(c, i, s, "md"), 3),
            ("html", lambda c, i, s: b_web_help(c, i, s, "html"), 1),
            ("md", lambda c, i, s: b_web_help(c, i, s, "md"), 2),
            ("html", lambda c, i, s: b_web_news(c, i, s, "html"), 1),
            ("md", lambda c, i, s: b_review_page(c, i, s, "md"), 1)],
    "feed": [("csv", lambda c, i, s: b_feed(c, i, s, "csv"), 1),
             ("xml", lambda c, i, s: b_feed(c, i, s, "xml"), 1),
             ("json", lambda c, i, s: b_feed(c, i, s, "json"), 1)],
    "tool": [("json", lambda c, i, s: b_tool(c, i, s, "json"), 1)],
}


def pick_builder(rng, source):
    opts = BUILDERS[source]
    total = sum(w for _, _, w in opts)
    r = rng.random() * total
    for fmt, fn, w in opts:
        r -= w
        if r <= 0:
            return fmt, fn
    return opts[-1][0], opts[-1][1]


def pick_size(rng, source):
    r = rng.random()
    if source == "review":
        return "s" if r < 0.35 else ("m" if r < 0.7 else "l")
    return "s" if r < 0.12 else ("m" if r < 0.5 else "l")


# ------------------------------------------------------------------ structural hard negatives

BENIGN_COMMENTS = [
    "<!-- TODO: swap hero image after the sale ends -->",
    "<!-- begin product schema (do not edit by hand) -->",
    "<!-- ko if: showPrice -->",
    "<!-- Google Tag Manager (noscript) -->",
    "<!-- system: legacy theme v2, remove when checkout migration is done -->",
    "<!-- instructions for content team: keep titles under 60 characters -->",
    "<!-- prompt banner disabled per marketing, see ticket WEB-2231 -->",
    "<!-- assistant widget loads async below -->",
    "<!-- ignore lint: inline style needed for email clients -->",
    "<!-- override: use sale price from ERP, not from CMS -->",
    "<!-- admin preview only -->",
    "<!-- sizes synced nightly from PIM -->",
]
HIDDEN_BENIGN = [
    '<span class="sr-only">%s</span>',
    '<div class="variant-oos" style="display:none">%s</div>',
    '<p hidden class="js-template">%s</p>',
]


def struct_hard(ctx, fmt):
    """Return (kind, [snippets]) of benign structure that looks like a hiding place."""
    rng = ctx.rng
    if fmt in ("html", "md"):
        kind = rng.choice(STRUCT_HARD)
        if kind == "html-comment":
            return kind, [c for c in rng.sample(BENIGN_COMMENTS, rng.randint(1, 3))]
        if kind == "seo-tracking":
            snips = []
            for _ in range(rng.randint(2, 3)):
                if fmt == "md":
                    snips.append(rng.choice(["[%s](%s)", "![%s](%s)"]) % (ctx.d("products")[0], rng.choice([ctx.tracked(), ctx.img()])))
                else:
                    snips.append('<a href="%s"><img src="%s" alt="%s"></a>' % (ctx.tracked(), ctx.img(), ctx.d("products")[0]))
            return kind, snips
        if kind == "benign-encoded":
            gif = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
            png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
            snips = ['<img src="data:image/%s;base64,%s" alt="">' % rng.choice([("gif", gif), ("png", png)])]
            snips.append('<a href="%s?ref=%s&h=%s">%s</a>' % (ctx.url(), core.enc_base64("email:" + ctx.slots["order"]),
                                                             core.hexid(rng, 40), ctx.slots["shop"]))
            return kind, snips
        txt = rng.choice(ctx.W["sr_only"])
        return "hidden-benign", [rng.choice(HIDDEN_BENIGN) % txt]
    # json / csv / xml / plain
    if fmt == "json":
        return "benign-encoded", ["sig=%s; etag=W/\"%s\"; token=%s" % (
            core.hexid(rng, 40), core.hexid(rng, 12), core.enc_base64(core.hexid(rng, 18)))]
    if fmt == "xml":
        return "html-comment", ["<!-- feed generated by PIM export v3.2; fields mapped per supplier spec -->"]
    return "benign-encoded", ["ref %s / %s" % (core.hexid(rng, 24), core.enc_url(ctx.slots["shop"] + " " + ctx.slots["order"]))]


# ------------------------------------------------------------------ row factory

def _intent(ctx):
    table = {k: w for k, w in INTENT_WEIGHTS.items() if k in ctx.inj}
    return weighted(ctx.rng, table)


def _source_for(ctx, family):
    aff = AFFINITY.get(family, ())
    table = {s: w * (3 if s in aff else 1) for s, w in SOURCE_WEIGHTS.items()}
    return weighted(ctx.rng, table)


def _scheme(ctx, text):
    rng = ctx.rng
    opts = ["base64", "base64", "base64", "hex", "url", "zero-width", "reversed"]
    if core.is_latin(text):
        opts += ["rot13", "rot13", "leet", "homoglyph", "spaced", "zero-width"]
    s = rng.choice(opts)
    if s in ("spaced", "zero-width") and len(text) > 160:
        s = "base64"
    return s


def _render_injection(ctx, fmt, family, second=False):
    rng = ctx.rng
    sent = ctx.f(ctx.inj[family].draw())
    fam = family
    if not second and rng.random() < 0.15:
        scheme = _scheme(ctx, sent)
        wrapped = encode(ctx, sent, scheme)
        if fmt == "html" and rng.random() < 0.4:
            wrapped = wrap(ctx, wrapped, fmt, rng.choice(["html-comment", "hidden-css", "hidden-attribute"]))
        fam = "encoded-" + scheme
    else:
        carrier = "plain" if (second or family == "fake-system") else rng.choice(CARRIERS[fmt])
        wrapped = wrap(ctx, sent, fmt, carrier)
        if carrier in HIDDEN_FAMILY:
            fam = HIDDEN_FAMILY[carrier]
    return wrapped, sent, fam


def _one(ctx, kind):
    rng = ctx.rng
    ctx.tool_kind = None
    ctx.email_dir = None
    if kind == "inj":
        family = _intent(ctx)
        source = _source_for(ctx, family)
        fmt, fn = pick_builder(rng, source)
        size = pick_size(rng, source)
        wrapped, payload, fam = _render_injection(ctx, fmt, family)
        ins = [wrapped]
        if rng.random() < 0.14:
            others = [k for k in ctx.inj if k != family]
            f2 = rng.choice(others)
            w2, p2, _ = _render_injection(ctx, fmt, f2, second=True)
            ins.append(w2)
            payload = payload + " / " + p2
        text = fn(ctx, ins, size)
        return source, fam, text, True, payload
    if kind == "hard":
        if ctx.hard and rng.random() < 0.78:
            table = {k: len(d.items) for k, d in ctx.hard.items()}
            hk = weighted(rng, table)
            source = rng.choice(HARD_SOURCES[hk])
            fmt, fn = pick_builder(rng, source)
            if source == "tool":
                ctx.tool_kind = rng.choice(["fetch", "inbox"])
            if hk in INTERNAL_KINDS and source in ("email", "web"):
                fmt = "plain" if source == "email" else "md"
                fn = lambda c, i, s, _f=fmt: b_internal(c, i, s, _f)
            if source == "email":
                ctx.email_dir = HARD_EMAIL_DIR.get(hk)
            size = rng.choice(["m", "l"]) if source != "review" else pick_size(rng, source)
            ins = [ctx.f(ctx.hard[hk].draw())]
            if fmt in ("html", "md") and rng.random() < 0.3:
                ins += struct_hard(ctx, fmt)[1]
            text = fn(ctx, ins, size)
            return source, "hard-" + hk, text, False, ""
        source = rng.choice(["web", "web", "web", "tool", "feed", "email"])
        fmt, fn = pick_builder(rng, source)
        sk, snips = struct_hard(ctx, fmt)
        text = fn(ctx, snips, rng.choice(["m", "l"]))
        return source, "hard-" + sk, text, False, ""
    source = weighted(rng, SOURCE_WEIGHTS)
    fmt, fn = pick_builder(rng, source)
    text = fn(ctx, [], pick_size(rng, source))
    return source, "benign", text, False, ""


def make_rows(bundle, n, rng, inj_ratio=0.45, hard_share=0.6, seen=None):
    ctx = Ctx(bundle, rng)
    seen = seen if seen is not None else set()
    n_inj = int(round(n * inj_ratio))
    n_ben = n - n_inj
    n_hard = int(round(n_ben * hard_share))
    kinds = ["inj"] * n_inj + ["hard"] * n_hard + ["ben"] * (n_ben - n_hard)
    rows = []
    for kind in kinds:
        for _ in range(60):
            ctx.new_doc()
            source, fam, text, inj, payload = _one(ctx, kind)
            b = core.nbytes(text)
            if 40 <= b <= 3000 and text not in seen:
                break
        else:
            raise RuntimeError("could not build a %s row for %s" % (kind, bundle["lang"]))
        seen.add(text)
        rows.append({"source": source, "lang": bundle["lang"], "family": fam, "text": text,
                     "injection": inj, "payload": payload})
    return rows
