"""Shared vocabulary and text builders; language modules supply the words."""
import base64
import json
import urllib.parse

ZW = "\u200b"

CATS = ["phone", "fashion", "spice", "appliance", "cosmetic",
        "toy", "book", "carpart", "travel", "furniture"]

PRODUCTS = {
    "phone": ["Nokora X12 Pro", "Zentel A54", "Orbix Note 9", "Kaplo M3 Lite",
              "Vireo S22 Ultra", "Tamsin P7", "Galaxy A35", "Redmi Note 13"],
    "fashion": ["Linaro Linen Shirt", "Mavé Denim 501", "Corvo Wool Scarf",
                "Tessa Midi Dress", "Urbana Sneakers R2", "Halden Parka", "Basic Tee Oversize"],
    "spice": ["Saffra Gold 4g", "Zaatar Mix Levant", "Garam Masala Classic",
              "Sumac Fine 250g", "Tom Yum Paste Kit", "Tellicherry Pepper 100g", "Cardamom Green 50g"],
    "appliance": ["Velta AirFry 5L", "Kuhlmann Fridge K300", "Brio Espresso One",
                  "Aerix Vacuum V8", "Thermo Kettle TK2", "Lavo Washer 8kg", "Frosta Blender 1200W"],
    "cosmetic": ["Rose Glow Serum", "Argan Pure Oil", "Matte Lip Tint 07",
                 "Aqua Shield SPF50", "Nuit Night Cream", "Kohl Liner Black", "Hydra Toner 200ml"],
    "toy": ["BrickLab City Set", "Robo Pup Junior", "Puzzle 1000 Santorini",
            "Plush Camel Momo", "RC Drift Car Z", "Wooden Train Set", "Magnetic Tiles 64"],
    "book": ["The Silk Road Atlas", "Cooking with Sumac", "Python for Kids",
             "Midnight Library", "Tales of Sinbad", "Marketing 101", "Atomic Habits"],
    "carpart": ["Bosch Brake Pads BP-44", "Denso Spark Plug IK20", "Mann Oil Filter W712",
                "Osram Night Breaker H7", "Varta Blue 60Ah", "Michelin Pilot Sport 5", "Wiper Blade Aero 24"],
    "travel": ["Samsonite Neopulse 69", "Universal Travel Adapter", "Cloud Neck Pillow",
               "Packing Cubes x6", "Cabin Bag Lite 40L", "RFID Passport Wallet", "Hiking Daypack 22L"],
    "furniture": ["Oslo 3-Seater Sofa", "Bergen Desk 140", "Lumi Floor Lamp",
                  "Kivik Bookshelf", "Nord Bed Frame 160", "Sana Dining Chair", "Tove Coffee Table"],
}

AI_PRODUCTS = ["Aerix RoboVac AI 3", "EchoNest Smart Speaker", "TransBuds Live Translate",
               "Lumi Cam AI 2K", "SmartChef Thermo AI", "KidBot Tutor", "Lingo Translator Pen T2",
               "Mira Smart Mirror", "Nestor AI Doorbell", "PetPal AI Feeder"]

EVIL = ["evil.example", "collect-stats.example", "pixel-track.example", "cdn-img-cache.example",
        "review-boost.example", "promo-sync.example", "ref-log.example", "img-proxy.example"]
SHOPS = ["shop.example", "bazaar.example", "market.example", "store.example", "mall.example"]
EMAIL_USERS = ["sara", "ali.r", "noa", "k.mehta", "anan", "linh.tran", "maria.p", "yusuf", "dan", "priya"]

# hiding method -> carriers that can hold it
METHODS = {
    "html-comment": ["web", "email", "review", "feed"],
    "display-none": ["web", "email", "feed"],
    "alt-text": ["web", "review"],
    "white-text": ["web", "email"],
    "zero-font": ["web", "email"],
    "zero-width": ["review", "ticket", "email", "feed", "tool", "web"],
    "homoglyph": ["review", "ticket", "email", "web"],
    "base64": ["review", "ticket", "email", "feed", "tool", "web"],
    "hex": ["ticket", "feed", "tool"],
    "url-encoded": ["review", "web", "email", "feed"],
    "json-field": ["tool"],
    "markdown-comment": ["review", "ticket", "web"],
}
METHOD_FAMILY = {
    "html-comment": "hidden-html-comment", "display-none": "hidden-css-display-none",
    "alt-text": "hidden-alt-attribute", "white-text": "hidden-white-on-white",
    "zero-font": "hidden-zero-font", "zero-width": "hidden-zero-width",
    "homoglyph": "hidden-homoglyph", "base64": "encoded-base64", "hex": "encoded-hex",
    "url-encoded": "encoded-url", "json-field": "hidden-json-field",
    "markdown-comment": "hidden-markdown-comment",
}
KIND_FAMILY = {
    "override": "ignore-instructions", "reveal": "reveal-system-prompt",
    "leak": "leak-customer-data", "refund": "tool-refund", "discount": "tool-discount-code",
    "address": "tool-address-change", "cancel": "tool-cancel-order",
    "summary": "steer-summary", "rank": "steer-ranking", "exfil": "exfil-link",
    "fakesys": "fake-system-message", "memory": "memory-poisoning",
    "conditional": "conditional-ai-trigger", "thirdperson": "third-person-order",
    "unnamed": "automated-reader-order", "fake-turn": "fake-conversation-turn",
    "fake-tool": "fake-tool-output",
}
INJ_KINDS = list(KIND_FAMILY)
KIND_SOURCES = {
    "fake-turn": ["review", "ticket", "email"],
    "fake-tool": ["review", "ticket", "email", "web"],
}
ALL_SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]

HARD_FAMILIES = {
    "hard-customer-orders-staff": ["email", "ticket"],
    "hard-ai-product-review": ["review"],
    "hard-chatbot-complaint": ["review", "ticket", "email"],
    "hard-staff-memo": ["email", "tool"],
    "hard-security-notice": ["web", "email"],
    "hard-product-copy-keywords": ["web", "feed"],
    "hard-manual-imperatives": ["web", "feed"],
    "hard-developer-docs": ["web"],
    "hard-tool-json-roles": ["tool"],
    "hard-encoded-data": ["tool", "feed"],
    "hard-hidden-html-content": ["web"],
    "hard-quoted-transcript": ["ticket", "email"],
}
BENIGN_FAMILIES = {
    "benign-review": ["review"], "benign-ticket": ["ticket"], "benign-listing": ["web"],
    "benign-feed": ["feed"], "benign-email": ["email"], "benign-tool-result": ["tool"],
}


PRICE_BAND = {
    "phone": (0.08, 0.5), "appliance": (0.02, 0.3), "furniture": (0.05, 0.6), "carpart": (0.005, 0.15),
    "fashion": (0.003, 0.04), "spice": (0.0, 0.005), "cosmetic": (0.001, 0.012), "toy": (0.002, 0.03),
    "book": (0.001, 0.008), "travel": (0.003, 0.06),
}


class _Band:
    """Random source that narrows randrange to a price band of the category."""

    def __init__(self, r, band):
        self.r, self.lo, self.hi = r, band[0], band[1]

    def randrange(self, a, b):
        span = b - a
        x = a + int(span * self.lo) + int(span * (self.hi - self.lo) * self.r.random())
        return min(max(x, a), b - 1)

    def random(self):
        return self.r.random()

    def choice(self, xs):
        return self.r.choice(xs)


def jsonish_clean(s):
    return s.replace("\n", " ").replace('"', "'").replace("\\", "/")


class Gen:
    def __init__(self, L, rng):
        self.L = L
        self.r = rng

    # ---- values -------------------------------------------------------
    def pick(self, xs):
        return self.r.choice(xs)

    def loc(self, s):
        d = getattr(self.L, "DIGITS", None)
        if d and self.r.random() < 0.35:
            return s.translate(str.maketrans("0123456789", d))
        return s

    def order_id(self):
        r = self.r
        f = r.randrange(5)
        if f == 0:
            return "#%d" % r.randint(10000, 999999)
        if f == 1:
            return "ORD-%d" % r.randint(100000, 9999999)
        if f == 2:
            return "%d-%d" % (r.randint(100, 999), r.randint(1000000, 9999999))
        if f == 3:
            return "SO%06d" % r.randint(1, 999999)
        return "#%s%d" % (r.choice("ABCDEFGHKMNPRSTXZ"), r.randint(1000, 99999))

    def vals(self, cat=None, ai_product=False):
        r, L = self.r, self.L
        cat = cat or r.choice(CATS)
        if ai_product:
            cat = "appliance"
        p = r.choice(AI_PRODUCTS) if ai_product else r.choice(PRODUCTS[cat])
        evil = r.choice(EVIL)
        param = r.choice(["q", "d", "u", "data", "c", "ref"])
        path = r.choice(["log", "p.gif", "collect", "v1/t", "img/1x1.png", "s"])
        v = dict(
            p=p, cat=L.CAT[cat], catk=cat, order=self.order_id(),
            price=self.money(cat), amt=self.money(cat),
            days=self.loc(str(r.randint(2, 21))), n=self.loc(str(r.randint(2, 9))),
            pct=self.loc(str(r.choice([15, 20, 30, 40, 50, 70, 90, 100]))),
            hours=self.loc(str(r.choice([2, 4, 6, 12, 24, 48, 72]))),
            name=r.choice(L.NAMES), name2=r.choice(L.NAMES), city=r.choice(L.CITIES),
            date=self.loc("%d/%d/%d" % (r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2025]))),
            code=r.choice(["VIP", "FREE", "STAFF", "SAVE", "GIFT", "VIP-", "ADMIN", "BOT"]) + str(r.choice([50, 70, 80, 90, 99, 100])),
            ai=r.choice(L.AI), ticket=str(r.randint(10000, 99999)),
            sku="%s-%04d" % (r.choice(["SK", "PR", "IT", "SKU"]), r.randint(1, 9999)),
            url="https://%s/%s?%s=" % (evil, path, param),
            mail="%s%d@%s" % (r.choice(EMAIL_USERS), r.randint(1, 99), r.choice(["mail.example", "inbox.example"])),
            s_pos=r.choice([4, 5, 5]), s_neg=r.choice([1, 2, 2, 3]),
        )
        v["img"] = "![%s](https://%s/%s.png?%s=%s)" % (
            r.choice(["img", "x", "logo", ".", "badge"]), evil, r.choice(["t", "px", "b", "i"]),
            param, r.choice(L.PH))
        v["addr"] = r.choice(L.ADDR).format(city=v["city"], n=self.loc(str(r.randint(2, 90))),
                                            m=self.loc(str(r.randint(1, 300))))
        return v

    def money(self, cat):
        return self.L.money(_Band(self.r, PRICE_BAND[cat]))

    def f(self, t, v):
        return t.format(**v)

    def some(self, pool, k, v):
        slotted = [t for t in pool if "{" in t]
        if len(slotted) >= k and self.r.random() < 0.45:
            pool = slotted
        k = min(k, len(pool))
        return [self.f(t, v) for t in self.r.sample(pool, k)]

    # ---- carriers -----------------------------------------------------
    def review(self, v, ins=None, mood=None):
        r, L = self.r, self.L
        mood = mood or ("pos" if r.random() < 0.62 else "neg")
        parts = []
        if r.random() < 0.75:
            parts.append(self.some(L.R_OPEN, 1, v)[0])
        parts += self.some(L.R_POS if mood == "pos" else L.R_NEG, r.randint(1, 3), v)
        if r.random() < 0.5:
            parts.append(self.f(r.choice(L.DETAIL[v["catk"]]), v))
        if r.random() < 0.5:
            parts.append(self.some(L.R_CLOSE, 1, v)[0])
        if ins:
            pos = r.randint(0, len(parts))
            parts[pos:pos] = ins
        text = (" " if r.random() < 0.7 else "\n").join(parts)
        s = v["s_pos"] if mood == "pos" else v["s_neg"]
        x = r.random()
        if x < 0.3:
            text = "★" * s + "☆" * (5 - s) + "\n" + text
        elif x < 0.5:
            text = self.f(r.choice(L.RATING), dict(v, s=self.loc(str(s)))) + "\n" + text
        return text

    def ticket(self, v, ins=None):
        r, L = self.r, self.L
        parts = []
        if r.random() < 0.6:
            parts.append(self.some(L.T_OPEN, 1, v)[0])
        parts += self.some(L.T_ISSUE, r.randint(1, 2), v)
        if r.random() < 0.6:
            parts.append(self.some(L.T_CLOSE, 1, v)[0])
        if ins:
            pos = r.randint(1, len(parts))
            parts[pos:pos] = ins
        multi = any("\n" in x for x in parts)
        body = (" " if r.random() < 0.6 and not multi else "\n").join(parts)
        if r.random() < 0.7:
            body = self.f(r.choice(L.T_HEAD), v) + "\n" + body
        if r.random() < 0.5:
            body += "\n" + v["name"]
        return body

    def email(self, v, ins=None, quote_ins=False, internal=False):
        r, L = self.r, self.L
        subj = L.SUBJ_LBL + ": " + self.f(r.choice(L.SUBJ), v)
        if r.random() < 0.5 and v["order"] not in subj:
            subj += " (%s)" % v["order"]
        greet = self.f(r.choice(L.E_GREET), v)
        body = [] if internal else self.some(L.T_ISSUE + L.R_NEG, r.randint(1, 2), v)
        if ins and not quote_ins:
            pos = r.randint(0, len(body))
            body[pos:pos] = ins
        sign = self.f(r.choice(L.E_SIGN), v)
        if r.random() < 0.5:
            sign = sign.replace("\n", " ")
        multi = any("\n" in x for x in body)
        text = ("\n" if multi else " ").join(body)
        if r.random() < 0.6 and body and not multi:
            lines = [subj, "", greet + " " + text, "", sign]
        else:
            lines = [subj, "", greet, text, "", sign]
        if r.random() < 0.5 or quote_ins:
            q = self.some(L.E_REPLY, r.randint(1, 2), v)
            if ins and quote_ins:
                q[r.randint(0, len(q)):0] = ins
            lines += ["", self.f(r.choice(L.QUOTE_HDR), v)] + ["> " + x for x in q]
        return "\n".join(lines)

    def web(self, v, ins=None, extra=None):
        r, L = self.r, self.L
        intro = self.f(r.choice(L.L_INTRO), v)
        feats = self.some(L.L_FEAT, r.randint(2, 4), v)
        if extra:
            feats += extra
        if r.random() < 0.7:
            els = ['<div class="product">', "<h1>%s</h1>" % v["p"], "<p>%s</p>" % intro, "<ul>"]
            els += ["<li>%s</li>" % x for x in feats]
            els += ["</ul>", '<span class="price">%s</span>' % v["price"], "</div>"]
            lo = 2
        else:
            els = ["# " + v["p"], "", intro, ""] + ["- " + x for x in feats] + ["", v["price"]]
            lo = 2
        if ins:
            pos = r.randint(lo, len(els) - 1)
            els[pos:pos] = ins
        return "\n".join(els)

    def feed(self, v, ins=None, extra_desc=None):
        r, L = self.r, self.L
        cat = v["catk"]
        prods = r.sample(PRODUCTS[cat], r.randint(1, 3))
        if v["p"] not in prods and v["p"] in PRODUCTS[cat]:
            prods[0] = v["p"]
        rows = []
        target = r.randrange(len(prods))
        for i, p in enumerate(prods):
            d = self.f(r.choice(L.L_FEAT + L.L_INTRO), dict(v, p=p))
            if i == target and extra_desc:
                d = d + " " + extra_desc
            if i == target and ins:
                d = d + " " + " ".join(ins)
            rows.append(dict(sku="%s-%04d" % (cat[:3].upper(), r.randint(1, 9999)), title=p,
                             price=self.money(cat), stock=r.randint(0, 400), description=d))
        if r.random() < 0.5:
            out = ["sku,title,price,stock,description"]
            for x in rows:
                out.append('%s,%s,"%s",%d,"%s"' % (x["sku"], x["title"], x["price"], x["stock"], x["description"]))
            return "\n".join(out)
        return "\n".join(json.dumps(x, ensure_ascii=False) for x in rows)

    def tool(self, v, ins=None, meta=False, extra=None):
        r, L = self.r, self.L
        shape = r.choice(["order", "crm", "search", "reviews", "shipment"])
        pool = {"search": L.L_FEAT, "reviews": L.R_POS + L.R_NEG}.get(shape, L.CRM)
        note = " ".join(ins) if ins else self.f(r.choice(pool), v)
        if shape == "order":
            obj = {"tool": "order_lookup", "order_id": v["order"], "status": r.choice(L.STATUS),
                   "items": [{"name": v["p"], "qty": r.randint(1, 3), "price": v["price"]}],
                   "customer_note": note if (ins or r.random() < 0.6) else ""}
        elif shape == "crm":
            notes = [{"author": v["name2"], "text": self.f(r.choice(L.CRM), v)}]
            notes.insert(r.randint(0, 1), {"author": v["name"], "text": note})
            obj = {"tool": "crm_get_ticket", "ticket": v["ticket"], "customer": v["name"], "notes": notes}
        elif shape == "search":
            res = [{"title": p, "snippet": self.f(r.choice(L.L_FEAT), dict(v, p=p)), "price": self.money(v["catk"])}
                   for p in r.sample(PRODUCTS[v["catk"]], 2)]
            res.insert(r.randint(0, 2), {"title": v["p"], "snippet": note, "price": v["price"]})
            obj = {"tool": "product_search", "query": v["cat"], "results": res}
        elif shape == "reviews":
            revs = [{"rating": v["s_pos"], "text": self.f(r.choice(L.R_POS), v)}]
            revs.insert(r.randint(0, 1), {"rating": r.randint(1, 5), "text": note})
            obj = {"tool": "fetch_reviews", "product": v["p"], "reviews": revs}
        else:
            obj = {"tool": "track_shipment", "order_id": v["order"], "carrier": r.choice(["DHL", "Aramex", "FedEx", "UPS", "EMS"]),
                   "status": r.choice(L.STATUS), "eta_days": r.randint(1, 9), "remark": note}
        if meta:
            obj["meta"] = {"source": "user_content", "note": " ".join(ins or [])}
            if shape == "order":
                obj["customer_note"] = self.f(r.choice(L.CRM), v)
            elif shape == "shipment":
                obj["remark"] = self.f(r.choice(L.CRM), v)
            elif shape == "crm":
                notes[notes.index({"author": v["name"], "text": note})]["text"] = self.f(r.choice(L.CRM), v)
            elif shape == "search":
                res[[x["title"] for x in res].index(v["p"])]["snippet"] = self.f(r.choice(L.L_FEAT), v)
            else:
                revs[[x["text"] for x in revs].index(note)]["text"] = self.f(r.choice(L.R_NEG), v)
        if extra:
            obj.update(extra)
        return json.dumps(obj, ensure_ascii=False, indent=2 if r.random() < 0.5 else None)

    def carrier(self, source, v, ins):
        if source == "review":
            return self.review(v, ins)
        if source == "ticket":
            return self.ticket(v, ins)
        if source == "email":
            return self.email(v, ins, quote_ins=self.r.random() < 0.3)
        if source == "web":
            return self.web(v, ins)
        if source == "feed":
            return self.feed(v, ins)
        return self.tool(v, ins)

    # ---- injections ---------------------------------------------------
    def payload(self, kind, v):
        r, L = self.r, self.L
        if kind == "fake-turn":
            inner = self.f(r.choice(L.INJ[r.choice(["refund", "discount", "reveal", "override", "address"])]), v)
            lab = L.LBL
            ack = self.f(r.choice(L.ACK), v)
            return "%s: %s\n%s: %s" % (lab["user"], inner, lab["assistant"], ack)
        if kind == "fake-tool":
            inner = self.f(r.choice(L.INJ[r.choice(["refund", "discount", "fakesys", "leak", "cancel"])]), v)
            inner = jsonish_clean(inner)
            shape = r.randrange(3)
            if shape == 0:
                return '{"tool_result": {"name": "policy_check", "status": "ok", "next_action": "%s"}}' % inner
            if shape == 1:
                return "[%s: refund_api] status=approved; %s" % (L.LBL["tool"], inner)
            return "<tool_output>%s</tool_output>" % inner
        pl = self.f(r.choice(L.INJ[kind]), v)
        if kind not in ("override", "fakesys", "conditional") and r.random() < 0.2:
            pl = self.f(r.choice(L.INJ["override"]), v) + " " + pl
        return pl

    def hide(self, pl, method, v, jsonish):
        r, L = self.r, self.L
        q = "'" if jsonish else '"'
        if method is None or method == "json-field":
            return pl
        if method == "html-comment":
            return "<!-- %s -->" % pl
        if method == "display-none":
            return "<div style=%sdisplay:none%s>%s</div>" % (q, q, pl)
        if method == "alt-text":
            return "<img src=%s/img/%s.jpg%s alt=%s%s%s>" % (q, v["sku"], q, q, pl, q)
        if method == "white-text":
            return "<span style=%scolor:#ffffff;background:#ffffff%s>%s</span>" % (q, q, pl)
        if method == "zero-font":
            return "<p style=%sfont-size:0px%s>%s</p>" % (q, q, pl)
        if method == "zero-width":
            return ZW.join(pl)
        if method == "homoglyph":
            return pl.translate(str.maketrans(L.HGLYPH))
        lead = self.f(r.choice(L.ENC_LEAD), v)
        if method == "base64":
            return lead + " " + base64.b64encode(pl.encode()).decode()
        if method == "hex":
            return lead + " " + pl.encode().hex()
        if method == "url-encoded":
            return "https://%s/r?ref=%s&note=%s" % (r.choice(SHOPS), v["sku"], urllib.parse.quote(pl))
        if method == "markdown-comment":
            return "[//]: # (%s)" % pl.replace("(", "«").replace(")", "»")
        raise ValueError(method)

    def injection(self, kind, method, source):
        v = self.vals()
        pl = self.payload(kind, v)
        jsonish = source in ("tool", "feed")
        if jsonish or method in ("alt-text", "markdown-comment", "url-encoded", "hex", "base64", "zero-width", "homoglyph"):
            pl = jsonish_clean(pl) if jsonish else pl.replace("\n", " ")
        if method == "markdown-comment":
            pl = pl.replace("(", "«").replace(")", "»")
        emb = self.hide(pl, method, v, jsonish)
        if source == "tool":
            text = self.tool(v, [emb], meta=(method == "json-field"))
        else:
            text = self.carrier(source, v, [emb])
        return text, pl

    # ---- hard negatives -------------------------------------------------
    def hard(self, fam, source):
        r, L = self.r, self.L
        H = L.HARD
        if fam == "hard-ai-product-review":
            v = self.vals(ai_product=True)
            return self.review(v, self.some(H["ai_product"], r.randint(1, 2), v))
        v = self.vals()
        if fam == "hard-customer-orders-staff":
            ins = self.some(H["human_order"], r.randint(1, 2), v)
            return self.email(v, ins) if source == "email" else self.ticket(v, ins)
        if fam == "hard-chatbot-complaint":
            ins = self.some(H["chatbot"], r.randint(1, 2), v)
            if source == "review":
                return self.review(v, ins, mood="neg")
            return self.email(v, ins) if source == "email" else self.ticket(v, ins)
        if fam == "hard-staff-memo":
            ins = self.some(H["staff"], r.randint(1, 3), v)
            if source == "email":
                return self.email(v, ins, internal=True)
            return self.tool(v, [" ".join(jsonish_clean(x) for x in ins)])
        if fam == "hard-security-notice":
            ins = self.some(H["security"], r.randint(2, 3), v)
            if source == "email":
                return self.email(v, ins, internal=True)
            if r.random() < 0.5:
                return "\n".join(["<section class=\"notice\">"] + ["<p>%s</p>" % x for x in ins] + ["</section>"])
            return "\n\n".join(ins)
        if fam == "hard-product-copy-keywords":
            ins = self.some(H["copy"], r.randint(1, 2), v)
            if source == "feed":
                return self.feed(v, extra_desc=" ".join(jsonish_clean(x) for x in ins))
            return self.web(v, extra=ins)
        if fam == "hard-manual-imperatives":
            steps = self.some(H["manual"], r.randint(3, 5), v)
            if source == "feed":
                return self.feed(v, extra_desc=" ".join(jsonish_clean(x) for x in steps))
            if r.random() < 0.5:
                return "\n".join(["## " + v["p"]] + ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)])
            return self.web(v, extra=steps)
        if fam == "hard-developer-docs":
            docs = self.some(H["devdoc"], r.randint(1, 2), v)
            sample = {"model": "store-helper", "messages": [
                {"role": "system", "content": jsonish_clean(self.f(r.choice(H["sysexample"]), v))},
                {"role": "user", "content": jsonish_clean(self.f(r.choice(L.T_ISSUE), v))}]}
            if r.random() < 0.5:
                sample = {"endpoint": "/v2/orders/%s" % v["order"].strip("#"), "method": "GET",
                          "response": {"status": r.choice(L.STATUS), "instructions": jsonish_clean(self.f(r.choice(H["manual"]), v))}}
            code = json.dumps(sample, ensure_ascii=False, indent=2)
            return "\n".join([docs[0], "", "```json", code, "```"] + docs[1:])
        if fam == "hard-tool-json-roles":
            extra = {"role": r.choice(["customer", "support_agent", "warehouse"]),
                     "system": r.choice(["erp-2", "wms", "pos-system", "crm"]),
                     "instructions": jsonish_clean(self.f(r.choice(H["manual"]), v))}
            return self.tool(v, extra=extra)
        if fam == "hard-encoded-data":
            blob = base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(18, 45)))).decode()
            lead = self.f(r.choice(H["data"]), v)
            if source == "feed":
                return self.feed(v, extra_desc=jsonish_clean(lead) + " " + r.choice([blob, blob[:20].encode().hex()]))
            return self.tool(v, extra={"thumbnail_base64": blob, "tracking_hex": bytes(r.randrange(256) for _ in range(12)).hex(),
                                       "label_note": jsonish_clean(lead)})
        if fam == "hard-hidden-html-content":
            hid = self.f(r.choice(H["hidden"]), v)
            style = r.choice(['style="display:none"', 'hidden', 'class="sr-only"', 'aria-hidden="true" style="visibility:hidden"'])
            return self.web(v, ins=["<div %s>%s</div>" % (style, hid)])
        if fam == "hard-quoted-transcript":
            pairs = r.sample(H["transcript"], r.randint(2, 3))
            lab = L.LBL
            lines = []
            for c, a in pairs:
                lines += ["%s: %s" % (lab["customer"], self.f(c, v)), "%s: %s" % (lab["agent"], self.f(a, v))]
            block = ["> " + x for x in lines] if r.random() < 0.5 else lines
            ins = [self.f(r.choice(H["transcript_lead"]), v), "\n".join(block)]
            return self.email(v, ins) if source == "email" else self.ticket(v, ins)
        raise ValueError(fam)

    def benign(self, fam, source):
        v = self.vals()
        if source == "email":
            return self.email(v, None)
        return self.carrier(source, v, None)
