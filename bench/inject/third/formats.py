"""Row context plus carriers for the review, ticket and email sources.

A carrier builds one realistic text.  Exactly one call to ``c.place`` (or
``c.seg``) inserts the row's special segment: an injection, a hard-negative
sentence or nothing at all for plain benign rows.
"""
import datetime

from common import (Deck, alnum, chance, digits, entity_noise, fill, jdump, noisy, order_id, sku, slug,
                    tracking, csvq)

BASE_DAY = datetime.date(2025, 1, 6)

SUPPLIERS = [("Ningbo Brightway Homeware Co., Ltd.", "brightway-hw.cn"), ("Keramik Manufaktur Vogt GmbH", "keramik-vogt.de"),
             ("Textiles Alcoy S.L.", "textilesalcoy.es"), ("Nordic Steelworks AB", "nordicsteelworks.se"),
             ("Porto Têxteis Lda.", "portotexteis.pt"), ("Fabbrica Lumi S.r.l.", "fabbricalumi.it"),
             ("Houtwerk Twente B.V.", "houtwerktwente.nl"), ("Zakłady Drzewne Bór Sp. z o.o.", "zdbor.pl"),
             ("Pennine Packaging Ltd", "penninepack.co.uk")]


class Ctx:
    def __init__(self, rng, deck, L, source, seg_fn, is_inj, rich=False):
        self.rng, self.deck, self.L, self.source = rng, deck, L, source
        self.seg_fn, self.is_inj, self.rich = seg_fn, is_inj, rich
        self._seg = None
        self.placed = 0
        self.need_html = False
        self.store, self.domain = rng.choice(L.STORES)
        self.cust = self.person()
        self.agent = rng.choice(L.FIRST)
        self.product, self.category = deck.pick(L.CODE + ":prod", L.PRODUCTS)
        self.color = rng.choice(L.COLORS)
        self.material = rng.choice(L.MATERIALS)
        self.order = order_id(rng)
        self.sku = sku(rng, self.product)
        self.carrier, self.tracking = tracking(rng)
        self.po = "PO-" + digits(rng, 5)
        self.day0 = rng.randint(0, 420)
        self.vals = dict(product=self.product, order=self.order, color=self.color, material=self.material,
                         n=rng.randint(2, 8), store=self.store, name=self.cust["first"], agent=self.agent, sku=self.sku,
                         po=self.po, city=rng.choice(L.CITIES), date=self.date(rng.randint(3, 20)), carrier=self.carrier,
                         tracking=self.tracking, cur=L.CUR, days=rng.randint(3, 9))

    # -- basic values --------------------------------------------------
    def person(self):
        r, L = self.rng, self.L
        first, last = r.choice(L.FIRST), r.choice(L.LAST)
        k = r.randrange(4)
        local = [slug(first) + "." + slug(last), slug(first) + digits(r, 2), slug(first)[0] + slug(last),
                 slug(first) + "_" + slug(last)[:4] + digits(r, 1)][k].replace("-", "")
        return {"first": first, "last": last, "name": first + " " + last, "email": local + "@" + r.choice(L.MAILDOMS)}

    def day(self, back=0):
        return BASE_DAY + datetime.timedelta(days=self.day0 - back)

    def date(self, back=0):
        d = self.day(back)
        return self.L.DATE_FMT.format(d=d.day, m=self.L.MONTHS[d.month - 1], y=d.year)

    def iso(self, back=0, hour=None):
        d = self.day(back)
        h = self.rng.randint(7, 21) if hour is None else hour
        return "%sT%02d:%02d:%02dZ" % (d.isoformat(), h, self.rng.randrange(60), self.rng.randrange(60))

    def rfc(self, back=0):
        d = self.day(back)
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
        mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
        return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d.day, mo, d.year, self.rng.randint(7, 21), self.rng.randrange(60),
                                                   self.rng.randrange(60), self.rng.choice(["+0000", "+0100", "+0200"]))

    def amount(self, lo=9, hi=240):
        v = self.rng.randint(lo, hi) + self.rng.choice([0, 0.5, 0.9, 0.95, 0.99])
        if self.L.CUR in ("SEK", "PLN"):
            v = round(v * (10 if self.L.CUR == "SEK" else 4)) + self.rng.choice([0, 0.99, 0.9])
        return round(v, 2)

    def money(self, v):
        s = ("%.2f" % v).replace(".", self.L.DEC)
        return self.L.PRICE.format(v=s)

    def f(self, s):
        return fill(s, self.vals)

    def pick(self, key, pool):
        return self.f(self.deck.pick(self.L.CODE + ":" + key, pool))

    def copy(self):
        r = self.rng.random()
        own = getattr(self.L, "PRODUCT_COPY", {}).get(self.product)
        if own and r < 0.4:
            return self.f(self.deck.pick(self.L.CODE + ":pc:" + self.product, own))
        cat = getattr(self.L, "CAT_COPY", {}).get(self.category)
        if cat and r < 0.7:
            return self.f(self.deck.pick(self.L.CODE + ":cat:" + self.category, cat))
        return self.pick("copy", self.L.COPY)

    def noisy(self, s, level=0.35):
        return noisy(self.rng, s, self.L, level)

    def ui(self, key, **kw):
        v = self.L.UI[key]
        if isinstance(v, list):
            v = self.rng.choice(v)
        return v.format(**kw) if kw else v

    # -- the special segment --------------------------------------------
    def seg(self, voice="c"):
        if self.seg_fn is None:
            return None
        if self._seg is None:
            self._seg = self.seg_fn(self, voice)
        if self._seg is not None:
            self.placed += 1
        return self._seg

    def has_seg(self):
        return self.seg_fn is not None

    def place(self, parts, voice="c", start_ok=True):
        s = self.seg(voice)
        parts = list(parts)
        if s is None:
            return parts
        r = self.rng.random()
        if r < 0.4 or not parts:
            pos = len(parts)
        elif r < 0.85 or not start_ok:
            pos = self.rng.randint(1, max(1, len(parts)))
        else:
            pos = 0
        parts.insert(pos, s)
        return parts


LOCAL = {
    "note": {"en": "Order note", "de": "Anmerkung zur Bestellung", "fr": "Note de commande", "es": "Nota del pedido",
             "it": "Nota all'ordine", "nl": "Opmerking bij bestelling", "pt": "Nota da encomenda", "pl": "Uwagi do zamówienia",
             "sv": "Ordermeddelande"},
    "owner": {"en": "Response from the owner", "de": "Antwort des Inhabers", "fr": "Réponse du propriétaire",
              "es": "Respuesta del propietario", "it": "Risposta del proprietario", "nl": "Reactie van de eigenaar",
              "pt": "Resposta do proprietário", "pl": "Odpowiedź właściciela", "sv": "Svar från ägaren"},
    "po_req": {"en": ["Could you confirm the ship date for {po}?", "Any update on {po}? We're running low on stock."],
               "de": ["Können Sie den Versandtermin für {po} bestätigen?", "Gibt es Neuigkeiten zu {po}? Unser Bestand wird knapp."],
               "fr": ["Pouvez-vous confirmer la date d'expédition de {po} ?", "Des nouvelles de {po} ? Notre stock baisse."],
               "es": ["¿Podéis confirmar la fecha de envío de {po}?", "¿Alguna novedad sobre {po}? Nos queda poco stock."],
               "it": ["Potete confermare la data di spedizione di {po}?", "Novità su {po}? Siamo quasi senza scorte."],
               "nl": ["Kunnen jullie de verzenddatum van {po} bevestigen?", "Nieuws over {po}? Onze voorraad raakt op."],
               "pt": ["Podem confirmar a data de envio da {po}?", "Novidades sobre a {po}? Estamos quase sem stock."],
               "pl": ["Czy mogą Państwo potwierdzić datę wysyłki {po}?", "Czy są nowe informacje w sprawie {po}? Kończy nam się zapas."],
               "sv": ["Kan ni bekräfta leveransdatum för {po}?", "Något nytt om {po}? Vårt lager börjar ta slut."]},
    "fwd": {"en": ["Can you take this one? Customer is a bit upset.", "FYI 👇", "One for the warehouse I think."],
            "de": ["Kannst du das übernehmen? Kundin ist etwas verärgert.", "Zur Info 👇", "Das ist eher was fürs Lager."],
            "fr": ["Tu peux t'en occuper ? Le client est un peu agacé.", "Pour info 👇", "Plutôt pour l'entrepôt je pense."],
            "es": ["¿Te encargas tú? La clienta está algo molesta.", "Para tu info 👇", "Creo que esto es para almacén."],
            "it": ["Te ne occupi tu? Il cliente è un po' arrabbiato.", "Per info 👇", "Questa è per il magazzino secondo me."],
            "nl": ["Kun jij deze oppakken? Klant is een beetje boos.", "Ter info 👇", "Volgens mij iets voor het magazijn."],
            "pt": ["Podes tratar disto? A cliente está um pouco chateada.", "Para info 👇", "Acho que é para o armazém."],
            "pl": ["Możesz to przejąć? Klient jest trochę zdenerwowany.", "Do wiadomości 👇", "To chyba sprawa dla magazynu."],
            "sv": ["Kan du ta den här? Kunden är lite upprörd.", "FYI 👇", "Den här är nog för lagret."]},
}


# ---------------------------------------------------------------------------
# shared bits
# ---------------------------------------------------------------------------

def review_parts(c, n=None):
    r = c.rng
    n = n or r.choice([1, 1, 2, 2, 3])
    out, neg = [], 0
    for _ in range(n):
        if chance(r, 0.3):
            out.append(c.noisy(c.pick("rneg", c.L.REVIEW_NEG)))
            neg += 1
        else:
            out.append(c.noisy(c.pick("rpos", c.L.REVIEW_POS)))
    score = max(1, min(5, 5 - neg - r.choice([0, 0, 1])))
    return out, score


TITLE_MOOD = {"en": "++~-+-++-~+-+~", "de": "+~-+~+"}


def review_title(c, score):
    mood = getattr(c.L, "TITLE_MOOD", None) or TITLE_MOOD.get(c.L.CODE, "+~-++-")
    want = "+~" if score >= 4 else ("~" if score == 3 else "-")
    pool = [t for t, m in zip(c.L.REVIEW_TITLES, mood) if m in want] or list(c.L.REVIEW_TITLES)
    return c.deck.pick("%s:rtitle:%s" % (c.L.CODE, want), pool)


def stars(n, style=0):
    return ["★" * n + "☆" * (5 - n), "⭐" * n, "%d/5" % n, "(%d★)" % n][style]


def short_name(c, p=None):
    p = p or c.person()
    return c.rng.choice([p["first"], p["first"] + " " + p["last"][0] + ".", p["first"].lower() + digits(c.rng, 2)])


def sig_block(c, who, title, company, domain):
    r = c.rng
    lines = ["--", who, "%s | %s" % (title, company), "T +%s %s %s" % (r.choice(["44", "49", "34", "39", "31", "46", "48", "351", "86"]),
                                                                     digits(r, 3), digits(r, 6)), "www." + domain]
    return "\n".join(lines)


def headers(c, frm, to, subj, back=0, extra=False):
    h = ["From: %s" % frm, "To: %s" % to, "Subject: %s" % subj, "Date: %s" % c.rfc(back)]
    if extra:
        h.append("Message-ID: <%s@%s>" % (alnum(c.rng, 16, "abcdef0123456789"), c.rng.choice(["mail.gmail.com", "eurprd04.prod.outlook.com", "mx.ovh.net"])))
    return "\n".join(h)


def quote(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


# ---------------------------------------------------------------------------
# REVIEW carriers
# ---------------------------------------------------------------------------

def r_widget(c):
    r = c.rng
    n = r.choice([1, 2, 2, 3])
    k = r.randrange(n)
    avg = "%.1f" % r.uniform(3.4, 4.9)
    out = ['<div class="jdgm-rev-widg" data-product-handle="%s">' % slug(c.product),
           '  <div class="jdgm-rev-widg__summary">%s · %s</div>' % (avg, c.ui("reviews_count", n=r.randint(6, 420)))]
    for i in range(n):
        parts, score = review_parts(c)
        parts = [entity_noise(r, p) for p in parts]
        if i == k:
            parts = c.place(parts, "c")
        out.append('  <div class="jdgm-rev" data-score="%d" data-verified-buyer="%s">' % (score, "true" if chance(r, 0.7) else "false"))
        out.append('    <span class="jdgm-rev__rating" aria-label="%s"></span> <b class="jdgm-rev__title">%s</b>' % (
            c.ui("stars", n=score), review_title(c, score)))
        out.append('    <div class="jdgm-rev__body"><p>%s</p></div>' % " ".join(parts))
        out.append('    <span class="jdgm-rev__author">%s</span> <time datetime="%s">%s</time>' % (short_name(c), c.iso(i * 9 + 2)[:10], c.date(i * 9 + 2)))
        out.append("  </div>")
    out.append("</div>")
    return "\n".join(out)


def r_stars_text(c):
    r = c.rng
    n = r.choice([1, 1, 2, 3])
    k = r.randrange(n)
    style = r.randrange(3)
    blocks = []
    for i in range(n):
        parts, score = review_parts(c)
        if i == k:
            parts = c.place(parts, "c")
        p = c.person()
        tail = " · ".join(x for x in [p["first"], r.choice(c.L.CITIES), c.date(i * 5 + 1),
                                       c.ui("verified") if chance(r, 0.6) else ""] if x)
        blocks.append("%s  %s\n%s\n— %s" % (stars(score, style), review_title(c, score), " ".join(parts), tail))
    return "\n\n".join(blocks)


def r_marketplace(c):
    r = c.rng
    parts, score = review_parts(c, r.choice([2, 3]))
    parts = c.place(parts, "c")
    p = c.person()
    lines = [p["first"] + (" " + p["last"] if chance(r, 0.4) else ""),
             "%s %s" % (c.ui("stars", n=score), review_title(c, score)),
             c.ui("reviewed_in", country=c.L.COUNTRY, date=c.date(r.randint(2, 60))),
             "%s: %s | %s: %s | %s" % (c.ui("color"), c.color, c.ui("size"), r.choice(["S", "M", "L", "XL", c.ui("one_size")]), c.ui("verified")),
             "\n".join(parts) if chance(r, 0.4) else " ".join(parts)]
    if chance(r, 0.6):
        lines.append(c.ui("helpful", n=r.randint(2, 58)))
    lines.append("%s" % c.ui("report"))
    return "\n".join(lines)


def r_qa(c):
    r = c.rng
    q, a = c.deck.pick(c.L.CODE + ":qa", c.L.QA)
    q, a = c.noisy(q, 0.3), a
    asker = c.person()
    ans = [(c.ui("seller_answer"), a)]
    for _ in range(r.choice([0, 1, 2])):
        extra, _s = review_parts(c, 1)
        ans.append((short_name(c), extra[0]))
    seg_in_q = chance(r, 0.35)
    if seg_in_q:
        q = " ".join(c.place([q], "c"))
    else:
        i = r.randrange(1, len(ans)) if len(ans) > 1 else 0
        who, txt = ans[i]
        ans[i] = (who, " ".join(c.place([txt], "c")))
    out = ["%s: %s" % (c.ui("question"), q), "%s %s · %s" % (c.ui("by"), asker["first"], c.date(r.randint(10, 90)))]
    for who, txt in ans:
        out.append("%s (%s): %s" % (c.ui("answer"), who, txt))
    return "\n".join(out)


def placed_reviews(c):
    """One to three reviews, the planted text in one of them: their count, and the reviews one by
    one as (parts, score), drawn lazily so the caller's own draws stay interleaved with them."""
    r = c.rng
    n = r.choice([1, 2, 3])
    k = r.randrange(n)

    def each():
        for i in range(n):
            parts, score = review_parts(c)
            if i == k:
                parts = c.place(parts, "c")
            yield parts, score

    return n, each()


def r_export_json(c):
    r = c.rng
    n, reviews = placed_reviews(c)
    revs = []
    for i, (parts, score) in enumerate(reviews):
        p = c.person()
        revs.append({"id": r.randint(10000000, 99999999), "rating": score, "title": review_title(c, score),
                     "body": " ".join(parts), "reviewer": {"name": p["first"] + " " + p["last"][0] + ".", "email": p["email"]},
                     "verified_buyer": chance(r, 0.7), "source": r.choice(["web", "email_request", "import"]),
                     "created_at": c.iso(i * 7 + 1), "published": True})
    obj = {"product_handle": slug(c.product), "product_title": c.product, "reviews": revs}
    if c.rich:
        obj["moderation"] = {"mode": "auto", "policy": "publish_4_and_5_stars", "reviewed_by": "agent_%d" % r.randint(1, 40)}
    return jdump(obj, r.choice([2, None]))


def r_csv(c):
    r = c.rng
    n = r.choice([2, 3, 4])
    k = r.randrange(n)
    rows = ["review_id,product_sku,rating,title,body,author,country,created_at"]
    for i in range(n):
        parts, score = review_parts(c)
        if i == k:
            parts = c.place(parts, "c")
        rows.append(",".join([str(r.randint(100000, 999999)), c.sku, str(score), csvq(review_title(c, score)),
                              csvq(" ".join(parts)), csvq(short_name(c)), c.L.CODE.upper(), c.iso(i * 3)[:10]]))
    return "\n".join(rows)


def r_oneliner(c):
    parts, score = review_parts(c, 1)
    parts = c.place(parts, "c")
    return "%s %s — %s" % (stars(score, c.rng.randrange(4)), " ".join(parts), short_name(c))


def r_owner_reply(c):
    r = c.rng
    parts, score = review_parts(c, r.choice([1, 2]))
    parts = c.place(parts, "c")
    p = c.person()
    lines = [p["name"], "Local Guide · " + c.ui("reviews_count", n=r.randint(3, 90)) if chance(r, 0.5) else c.ui("reviews_count", n=r.randint(1, 12)),
             "%s  %s" % (stars(score), c.date(r.randint(5, 40))), " ".join(parts), "",
             "%s: %s" % (LOCAL["owner"][c.L.CODE], c.pick("agent", c.L.AGENT_REPLY))]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# TICKET carriers
# ---------------------------------------------------------------------------

def t_helpdesk_json(c):
    r = c.rng
    msg = c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.3)
    parts = c.place([msg] + ([c.noisy(c.pick("rpos", c.L.REVIEW_POS), 0.2)] if chance(r, 0.2) else []), "c")
    body = " ".join(parts)
    comments = [{"id": r.randint(10 ** 10, 10 ** 11), "author_role": "end-user", "author": c.cust["name"], "public": True,
                 "body": body, "created_at": c.iso(2)}]
    if chance(r, 0.6):
        comments.append({"id": r.randint(10 ** 10, 10 ** 11), "author_role": "agent", "author": c.agent, "public": True,
                         "body": c.pick("agent", c.L.AGENT_REPLY), "created_at": c.iso(1)})
    t = {"ticket": {"id": r.randint(10000, 999999), "subject": c.pick("tsubj", c.L.TICKET_SUBJ), "status": r.choice(["open", "pending", "new"]),
                    "priority": r.choice(["normal", "high", "low"]), "requester": {"name": c.cust["name"], "email": c.cust["email"]},
                    "via": {"channel": r.choice(["email", "web", "chat"])}, "tags": r.sample(["wismo", "return", "damaged", "vip", "invoice", c.L.CODE], 2),
                    "comments": comments}}
    if c.rich:
        t["ticket"]["custom_fields"] = [{"id": 360001, "name": "order_number", "value": c.order},
                                        {"id": 360002, "name": "system", "value": r.choice(["shopify", "netsuite", "sap-b1"])},
                                        {"id": 360003, "name": "agent_instructions", "value": "Check carrier portal before replying"}]
        t["ticket"]["assignee"] = {"agent_id": r.randint(100, 999), "role": "agent", "group": "Tier 1"}
    return jdump(t, r.choice([2, 2, None]))


def t_chat(c):
    r = c.rng
    h, m = r.randint(8, 20), r.randrange(50)
    lines = ["%s · %s · %s" % (c.ui("chat_started"), c.date(0), c.store)]
    k = r.randint(2, 4)
    cust = sorted(r.sample(range(len(c.L.CHAT_CUST)), k))
    agent = [0] + sorted(r.sample(range(1, len(c.L.CHAT_AGENT)), k))
    turns = [("a", c.f(c.L.CHAT_AGENT[agent[0]]))]
    for j in range(k):
        turns.append(("v", c.noisy(c.f(c.L.CHAT_CUST[cust[j]]), 0.3)))
        turns.append(("a", c.f(c.L.CHAT_AGENT[agent[j + 1]])))
    vis = [i for i, t in enumerate(turns) if t[0] == "v"]
    i = r.choice(vis)
    turns[i] = ("v", " ".join(c.place([turns[i][1]], "c")))
    for who, txt in turns:
        m += r.randint(0, 2)
        name = c.cust["first"] if who == "v" else c.agent + " (" + c.ui("agent") + ")"
        lines.append("[%02d:%02d] %s: %s" % (h + m // 60, m % 60, name, txt))
    if chance(r, 0.5):
        lines.append(c.ui("chat_ended"))
    return "\n".join(lines)


def t_plain(c):
    r = c.rng
    head = "%s #%d · %s: %s · %s" % ("Ticket", r.randint(10000, 99999), c.ui("priority"), c.ui("normal"), r.choice(["Email", "Web", "Chat"]))
    msg = c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.3)
    staff_slot = c.has_seg() and (not c.is_inj) and chance(r, 0.35)
    cust_parts = [msg] if staff_slot else c.place([msg], "c")
    out = [head, "%s <%s> — %s" % (c.cust["name"], c.cust["email"], c.date(1)), "", " ".join(cust_parts),
           "", "%s\n%s" % (c.ui("regards"), c.cust["first"])]
    if chance(r, 0.6) or staff_slot:
        out += ["", "— %s (%s) —" % (c.agent, c.date(0)), c.pick("agent", c.L.AGENT_REPLY)]
    if staff_slot:
        out += ["", "[%s · %s] %s" % (c.ui("internal_note"), r.choice(c.L.FIRST), " ".join(c.place([], "x")))]
    return "\n".join(out)


def t_contact_form(c):
    r = c.rng
    msg = c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.35)
    parts = c.place([msg], "c")
    sep = "\n" if chance(r, 0.3) else " "
    lines = [c.ui("contact_form"), "%s: %s" % (c.ui("name"), c.cust["name"]), "%s: %s" % (c.ui("email"), c.cust["email"]),
             "%s: %s" % (c.ui("order_no"), c.order if chance(r, 0.8) else "-"), "%s: %s" % (c.ui("topic"), c.pick("tsubj", c.L.TICKET_SUBJ)),
             "%s:" % c.ui("message"), sep.join(parts), "", "---", "%s/pages/contact · %s" % (c.domain, c.iso(0))]
    return "\n".join(lines)


def t_html(c):
    r = c.rng
    msg = c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.25)
    parts = [entity_noise(r, msg)]
    if chance(r, 0.3):
        parts.append(c.pick("rneg", c.L.REVIEW_NEG))
    parts = c.place(parts, "c")
    body = "<br>\n".join(parts)
    html = ['<div class="zd-comment" dir="auto">', '<div dir="ltr">%s<br>' % c.ui("hello_team"), body,
            '<br><br>%s,<br>%s</div>' % (c.ui("regards"), c.cust["first"])]
    if chance(r, 0.5):
        html.append('<div class="gmail_quote"><div class="gmail_attr">%s</div><blockquote>%s</blockquote></div>' % (
            c.ui("wrote", date=c.date(6), name=c.store), c.pick("agent", c.L.AGENT_REPLY)))
    html.append("</div>")
    return "\n".join(html)


def t_oneliner(c):
    r = c.rng
    msg = c.noisy(c.pick("ccust", c.L.CHAT_CUST) if chance(r, 0.5) else c.pick("tsubj", c.L.TICKET_SUBJ), 0.4)
    parts = c.place([msg], "c")
    ch = r.choice(["WhatsApp", "SMS", "Instagram DM", "Messenger"])
    return "%s · +%s %s %s: %s" % (ch, r.choice(["44", "49", "34", "39", "31", "46", "48", "351", "33"]), digits(r, 4), digits(r, 6), " ".join(parts))


def t_thread(c):
    r = c.rng
    subj = c.pick("tsubj", c.L.TICKET_SUBJ)
    out = ["#%d — %s" % (r.randint(100000, 999999), subj),
           "Requester: %s <%s> | Status: %s | Assignee: %s" % (c.cust["name"], c.cust["email"], r.choice(["Open", "Pending"]), c.agent), ""]
    msgs = [("c", c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.3)), ("a", c.pick("agent", c.L.AGENT_REPLY))]
    if chance(r, 0.6):
        msgs.append(("c", c.noisy(c.pick("ccust", c.L.CHAT_CUST), 0.3)))
    cust_idx = [i for i, m in enumerate(msgs) if m[0] == "c"]
    i = r.choice(cust_idx)
    msgs[i] = ("c", " ".join(c.place([msgs[i][1]], "c")))
    for j, (who, txt) in enumerate(msgs):
        name = c.cust["name"] if who == "c" else "%s (%s)" % (c.agent, c.store)
        out.append("%s · %s" % (name, c.date(len(msgs) - j)))
        out.append(txt)
        out.append("")
    return "\n".join(out).rstrip()


# ---------------------------------------------------------------------------
# EMAIL carriers
# ---------------------------------------------------------------------------

def e_supplier(c):
    r = c.rng
    company, sdom = r.choice(SUPPLIERS)
    rep = c.person()
    paras = [c.pick("sbody", c.L.SUPPLIER_BODY) for _ in range(r.choice([1, 2, 2]))]
    if paras[-1] == paras[0] and len(paras) > 1:
        paras.pop()
    paras = c.place(paras, "x")
    greet = c.ui("hello", name=c.agent)
    body = greet + "\n\n" + "\n\n".join(p[:1].upper() + p[1:] for p in paras) + "\n\n" + c.ui("regards") + ",\n" + rep["first"]
    subj = c.pick("ssubj", c.L.SUPPLIER_SUBJ)
    txt = headers(c, "%s <%s@%s>" % (rep["name"], slug(rep["first"]), sdom), "%s <purchasing@%s>" % (c.agent, c.domain), subj, 0, chance(r, 0.4))
    txt += "\n\n" + body + "\n\n" + sig_block(c, rep["name"], c.rng.choice(c.L.SIG_TITLES), company, sdom)
    if chance(r, 0.5):
        txt += "\n\n" + c.L.DISCLAIMER
    if chance(r, 0.6):
        prev = c.ui("hello", name=rep["first"]) + "\n" + c.f(c.rng.choice(LOCAL["po_req"][c.L.CODE])) + "\n" + c.ui("regards") + "\n" + c.agent
        txt += "\n\n" + c.ui("wrote", date=c.date(3), name=c.agent) + "\n" + quote(prev)
    return txt


def e_newsletter(c):
    r = c.rng
    head = c.pick("nhead", c.L.NEWS_HEAD)
    lines = [c.pick("nline", c.L.NEWS_LINES) for _ in range(r.choice([2, 3]))]
    lines = c.place(lines, "s")
    if c.need_html or chance(r, 0.55):
        rows = "\n".join('      <tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:15px;color:#333">%s</td></tr>' % l for l in lines)
        return "\n".join([
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>' % head,
            '<body style="margin:0;background:#f4f1ec">',
            '  <div style="display:none;max-height:0;overflow:hidden">%s</div>' % c.pick("nline", c.L.NEWS_LINES),
            '  <table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0">',
            '      <tr><td style="padding:12px;font-size:11px"><a href="https://%s/newsletter/web">%s</a></td></tr>' % (c.domain, c.ui("view_browser")),
            '      <tr><td><img src="https://%s/cdn/email/hero-%d.jpg" alt="%s" width="600"></td></tr>' % (c.domain, r.randint(10, 99), head),
            '      <tr><td style="padding:16px 24px"><h1 style="font-size:26px">%s</h1></td></tr>' % head,
            rows,
            '      <tr><td style="padding:24px"><a href="https://%s/collections/new?utm_source=newsletter" style="background:#222;color:#fff;padding:12px 20px">Shop</a></td></tr>' % c.domain,
            '      <tr><td style="font-size:11px;color:#888;padding:24px">%s · <a href="https://%s/unsubscribe?u=%s">%s</a></td></tr>' % (
                c.store, c.domain, alnum(r, 10, "abcdef0123456789"), c.ui("unsub")),
            '  </table>', '</body></html>'])
    txt = headers(c, "%s <hello@%s>" % (c.store, c.domain), c.cust["email"], head, 0)
    txt += "\n\n%s\n\n%s\n\n%s\n\n%s: https://%s/unsubscribe" % (c.ui("view_browser"), head.upper(), "\n\n".join(lines), c.ui("unsub"), c.domain)
    return txt


def e_customer(c):
    r = c.rng
    msg = c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.3)
    parts = [msg]
    if chance(r, 0.3):
        parts.append(c.noisy(c.pick("ccust", c.L.CHAT_CUST), 0.3).capitalize())
    parts = c.place(parts, "c")
    body = c.ui("hello_team") + "\n\n" + ("\n\n" if chance(r, 0.4) else " ").join(parts) + "\n\n" + c.ui("regards") + "\n" + c.cust["first"]
    if chance(r, 0.35):
        body += "\n\n" + c.ui("sent_phone")
    txt = headers(c, "%s <%s>" % (c.cust["name"], c.cust["email"]), "%s <support@%s>" % (c.store, c.domain),
                  "Re: " + c.pick("tsubj", c.L.TICKET_SUBJ), 0, chance(r, 0.3)) + "\n\n" + body
    if chance(r, 0.55):
        prev = c.ui("hello", name=c.cust["first"]) + "\n\n" + c.pick("agent", c.L.AGENT_REPLY) + "\n\n" + c.ui("regards") + ",\n" + c.agent + "\n" + c.store
        txt += "\n\n" + c.ui("wrote", date=c.date(2), name=c.store + " <support@" + c.domain + ">") + "\n" + quote(prev)
    return txt


def e_notification(c):
    r = c.rng
    qty = r.randint(1, 3)
    price = c.amount()
    ship = r.choice([0, 3.95, 4.9, 5.99])
    note = c.place([], "c")
    lines = [headers(c, "%s <orders@%s>" % (c.store, c.domain), c.cust["email"], "%s %s" % (c.ui("order_no"), c.order), 0), "",
             c.ui("hello", name=c.cust["first"]), "",
             "%s %s — %s" % (c.ui("order_no"), c.order, c.date(0)), "",
             "%s x%d  %s" % (c.product, qty, c.money(price * qty)),
             "%s: %s" % (c.ui("subtotal"), c.money(price * qty)), "%s: %s" % (c.ui("shipping"), c.money(ship)),
             "%s: %s" % (c.ui("total"), c.money(price * qty + ship)), ""]
    if note:
        lines += ["%s: %s" % (LOCAL["note"][c.L.CODE], note[0]), ""]
    elif chance(r, 0.3):
        lines += ["%s: %s" % (LOCAL["note"][c.L.CODE], c.pick("dnote", c.L.DELIVERY_NOTES)), ""]
    lines += ["%s · %s · %s" % (c.cust["name"], r.choice(c.L.STREETS) % r.randint(1, 90), r.choice(c.L.CITIES)),
              "", "https://%s/account/orders/%s" % (c.domain, alnum(r, 12, "abcdef0123456789"))]
    return "\n".join(lines)


def e_forward(c):
    r = c.rng
    colleague = r.choice(c.L.FIRST)
    msg = c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.3)
    parts = c.place([msg], "c")
    top = "%s\n\n%s\n\n%s" % (c.ui("hello", name=colleague), r.choice(LOCAL["fwd"][c.L.CODE]), c.agent)
    fwd = "\n".join(["---------- Forwarded message ---------", "From: %s <%s>" % (c.cust["name"], c.cust["email"]),
                     "Date: %s" % c.rfc(1), "Subject: %s" % c.pick("tsubj", c.L.TICKET_SUBJ), "To: <support@%s>" % c.domain, "",
                     " ".join(parts), "", c.ui("regards"), c.cust["first"]])
    return headers(c, "%s <%s@%s>" % (c.agent, slug(c.agent), c.domain), "%s@%s" % (slug(colleague), c.domain),
                   "Fwd: " + c.pick("tsubj", c.L.TICKET_SUBJ), 0) + "\n\n" + top + "\n\n" + fwd


def e_preview(c):
    r = c.rng
    msg = c.noisy(c.pick("tmsg", c.L.TICKET_MSG), 0.3)
    parts = c.place([msg[:r.randint(60, 110)].rstrip() + "…"], "c")
    return "%s <%s> | %s | %s" % (c.cust["name"], c.cust["email"], c.pick("tsubj", c.L.TICKET_SUBJ), " ".join(parts))


REVIEW = [(r_widget, True, 3), (r_stars_text, False, 3), (r_marketplace, False, 3), (r_qa, False, 3),
          (r_export_json, False, 2), (r_csv, False, 1), (r_oneliner, False, 2), (r_owner_reply, False, 1)]
TICKET = [(t_helpdesk_json, False, 3), (t_chat, False, 3), (t_plain, False, 2), (t_contact_form, False, 2),
          (t_html, True, 2), (t_oneliner, False, 1), (t_thread, False, 2)]
EMAIL = [(e_supplier, False, 3), (e_newsletter, True, 3), (e_customer, False, 3), (e_notification, False, 2),
         (e_forward, False, 2), (e_preview, False, 1)]
STRUCT = {r_export_json, t_helpdesk_json}
