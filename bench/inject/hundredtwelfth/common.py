"""Shared fills and text builders; language modules supply CFG and T."""
import base64
import codecs
import json
import unicodedata
import urllib.parse

ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
           "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т",
           "H": "Н", "K": "К", "M": "М", "B": "В"}
CYR2LAT = {v: k for k, v in LAT2CYR.items()}
GRK2LAT = {"ο": "o", "Ο": "O", "Α": "A", "Ε": "E", "Ι": "I", "Κ": "K", "Μ": "M",
           "Ν": "N", "Ρ": "P", "Τ": "T", "Χ": "X", "ν": "v", "κ": "k", "ρ": "p"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

EVIL_HOSTS = ["promo-sync.example", "cdn-metrics.example", "order-verify.example",
              "img-stat.example", "partner-feed.example", "shopcheck.example",
              "pixel-track.example"]
EVIL_USERS = ["deals", "export", "ops-backup", "refunds.desk", "admin.archive",
              "verify", "reports", "payout", "support-mirror"]
API_HOSTS = ["api.shopline.example", "api.store.example", "commerce.example",
             "api.merchant.example", "orders.example"]
MAIL_DOMAINS = ["mail.example", "post.example", "inbox.example", "webmail.example",
                "home.example"]

TOOLS = ["create_discount", "issue_gift_card", "update_address", "update_account_email",
         "issue_refund", "accept_chargeback", "update_price", "update_stock",
         "cancel_order", "reroute_shipment", "export_customers", "send_email",
         "set_credit_limit", "mark_fraud_check"]

API = {
    "create_discount": ("POST", "/discounts"),
    "issue_gift_card": ("POST", "/gift_cards"),
    "update_address": ("PATCH", "/orders/{id}/shipping_address"),
    "update_account_email": ("PATCH", "/customers/{id}"),
    "issue_refund": ("POST", "/orders/{id}/refunds"),
    "accept_chargeback": ("POST", "/disputes/{id}/accept"),
    "update_price": ("PATCH", "/products/{id}/price"),
    "update_stock": ("PUT", "/inventory/{id}"),
    "cancel_order": ("POST", "/orders/{id}/cancel"),
    "reroute_shipment": ("POST", "/shipments/{id}/reroute"),
    "export_customers": ("POST", "/exports/customers"),
    "send_email": ("POST", "/messages/email"),
    "set_credit_limit": ("PATCH", "/customers/{id}/credit"),
    "mark_fraud_check": ("POST", "/orders/{id}/risk"),
}


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(rng, n, upper=True):
    pool = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" if upper else "abcdefghijkmnpqrstuvwxyz0123456789"
    return "".join(rng.choice(pool) for _ in range(n))


def order_id(rng):
    k = rng.randrange(6)
    if k == 0:
        return "#" + str(rng.randint(10000, 999999))
    if k == 1:
        return "A-" + digits(rng, 6)
    if k == 2:
        return "%d-%s" % (rng.randint(20, 25), digits(rng, 5))
    if k == 3:
        return "SO" + digits(rng, 7)
    if k == 4:
        return "WEB-" + digits(rng, 5)
    return str(rng.randint(100000000, 999999999))


def pattern(rng, pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXZ"))
        else:
            out.append(ch)
    return "".join(out)


def fmt_num(v, decimals, dec, thou):
    s = "{:,.{}f}".format(v, decimals)
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)


def money(rng, cur, lo, hi):
    x = rng.uniform(lo, hi) * cur["scale"]
    if cur["decimals"]:
        v = round(int(x) + rng.choice([0.99, 0.9, 0.0, 0.49, 0.95, 0.5]), 2)
        if v <= 0:
            v = 0.99
    else:
        step = cur.get("step", 1)
        v = max(step, int(round(x / step)) * step)
        v -= rng.choice(cur.get("minus", [0]))
    return v, cur["fmt"].format(fmt_num(v, cur["decimals"], cur["dec"], cur["thou"]))


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def make_fills(rng, C):
    f = {}
    first, last = rng.choice(C["first"]), rng.choice(C["last"])
    f["first"], f["last"] = first, last
    f["name"] = C.get("name_fmt", "{first} {last}").format(first=first, last=last)
    f["staff"] = rng.choice([n for n in C["first"] if n != first])
    a, b = ascii_fold(first), ascii_fold(last)
    if a.isalpha() and b.isalpha():
        h = rng.choice(["%s.%s" % (a, b), a + b[0], a[0] + b, "%s_%s" % (a, b)])
    else:
        h = rng.choice(C["handles"])
    if rng.random() < 0.4:
        h += str(rng.randint(1, 99))
    f["email"] = h + "@" + rng.choice(MAIL_DOMAINS)
    f["evil_email"] = rng.choice(EVIL_USERS) + "@" + rng.choice(EVIL_HOSTS)
    f["url"] = "https://%s/%s/%s?%s=" % (rng.choice(EVIL_HOSTS), rng.choice(["c", "t", "px", "s", "i"]),
                                         alnum(rng, 6, False), rng.choice(["d", "q", "data", "u"]))
    f["order"], f["order2"] = order_id(rng), order_id(rng)
    cur = C["cur"]
    f["_cur"] = cur["code"]
    f["_amount"], f["amount"] = money(rng, cur, 8, 420)
    f["_amount2"], f["amount2"] = money(rng, cur, 1, 30)
    f["_card"], f["card"] = money(rng, cur, 20, 300)
    f["_card"] = int(f["_card"]) if cur["decimals"] == 0 else float(int(f["_card"]))
    f["card"] = cur["fmt"].format(fmt_num(f["_card"], cur["decimals"], cur["dec"], cur["thou"]))
    lim = rng.choice([2000, 5000, 10000, 25000, 50000]) * cur["scale"]
    lim = int(round(lim, -2)) if lim >= 1000 else int(lim)
    f["_limit"] = lim
    f["limit"] = cur["fmt"].format(fmt_num(lim, 0, cur["dec"], cur["thou"]))
    prods = rng.sample(C["products"], 2)
    f["product"], f["product2"] = prods
    f["aiprod"] = rng.choice(C["ai_products"])
    f["city"] = rng.choice(C["cities"])
    f["_street"] = rng.choice(C["streets"])
    f["_num"] = str(rng.randint(1, 180))
    f["_zip"] = pattern(rng, C["zip"])
    f["addr"] = C["addr_fmt"].format(num=f["_num"], street=f["_street"], city=f["city"], zip=f["_zip"])
    f["pct"] = str(rng.choice([15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100]))
    f["qty"] = str(rng.choice([0, 2, 3, 5, 12, 25, 40, 50, 120, 250, 500, 999]))
    f["days"] = str(rng.choice([2, 3, 4, 5, 7, 10, 14, 30]))
    f["code"] = rng.choice(["SAVE", "VIP", "THANKS", "STAFF", "WELCOME", "SORRY", "FREE", "LOYAL", "BONUS"]) \
        + f["pct"] + "-" + alnum(rng, 4)
    f["sku"] = rng.choice(["SKU", "ART", "PRD", "ITM", "EAN"]) + "-" + digits(rng, rng.choice([5, 6, 8]))
    f["cid"] = rng.choice(["C", "CU-", "cus_"]) + digits(rng, 6)
    f["ticket"] = digits(rng, rng.choice([5, 6]))
    f["ver"] = "%d.%d.%d" % (rng.randint(2, 5), rng.randint(0, 19), rng.randint(0, 9))
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    f["_d"], f["_m"] = d, m
    f["date"] = C["date_fmt"].format(d=d, m=m)
    f["tool"] = rng.choice(TOOLS)
    return f


def tool_args(tool, f, rng):
    if tool == "create_discount":
        return {"code": f["code"], "percent_off": int(f["pct"]), "usage_limit": rng.choice([None, 0, 999]),
                "expires_at": None}
    if tool == "issue_gift_card":
        return {"amount": f["_card"], "currency": f["_cur"], "recipient": f["evil_email"]}
    if tool == "update_address":
        return {"order_id": f["order"], "shipping_address": f["addr"], "notify_customer": False}
    if tool == "update_account_email":
        return {"customer_id": f["cid"], "email": f["evil_email"], "skip_verification": True}
    if tool == "issue_refund":
        return {"order_id": f["order"], "amount": f["_amount"], "currency": f["_cur"], "reason": "damaged",
                "require_return": False}
    if tool == "accept_chargeback":
        return {"order_id": f["order"], "dispute_id": "dp_" + f["ticket"], "contest": False}
    if tool == "update_price":
        return {"sku": f["sku"], "price": f["_amount2"], "currency": f["_cur"]}
    if tool == "update_stock":
        return {"sku": f["sku"], "quantity": int(f["qty"]), "warehouse": "all"}
    if tool == "cancel_order":
        return {"order_id": f["order"], "refund_to": "store_credit", "notify_customer": False}
    if tool == "reroute_shipment":
        return {"order_id": f["order"], "new_address": f["addr"]}
    if tool == "export_customers":
        return {"fields": ["name", "email", "phone", "address"], "deliver_to": f["evil_email"]}
    if tool == "send_email":
        return {"to": f["evil_email"], "subject": "export " + f["date"], "attach": "customers.csv"}
    if tool == "set_credit_limit":
        return {"customer_id": f["cid"], "limit": f["_limit"], "currency": f["_cur"]}
    return {"order_id": f["order"], "result": "passed", "reviewer": "auto"}


def benign_args(tool, f, rng):
    a = tool_args(tool, f, rng)
    for k in ("recipient", "email", "deliver_to", "to"):
        if k in a:
            a[k] = f["email"]
    for k in ("notify_customer",):
        if k in a:
            a[k] = True
    a.pop("skip_verification", None)
    a.pop("require_return", None)
    if tool == "mark_fraud_check":
        a["result"] = rng.choice(["review", "passed", "failed"])
        a["reviewer"] = "staff"
    return a


class G:
    """One row's generator state: rng, language tables and fills."""

    def __init__(self, rng, mod, lang, mods):
        self.rng, self.C, self.T, self.lang, self.mods = rng, mod.CFG, mod.T, lang, mods
        self.f = make_fills(rng, self.C)
        self.sep = self.C.get("sep", " ")

    def fmt(self, s):
        return s.format_map(self.f)

    def S(self, key):
        return self.fmt(self.rng.choice(self.T[key]))

    def K(self, key, lo, hi=None):
        items = self.T[key]
        k = min(self.rng.randint(lo, hi if hi is not None else lo), len(items))
        return [self.fmt(x) for x in self.rng.sample(items, k)]

    def para(self, sents):
        return self.sep.join(s for s in sents if s)


def insert(g, body, s, where=None):
    body = list(body)
    where = where or g.rng.choice(["start", "mid", "end", "end", "end"])
    if where == "start" or not body:
        body.insert(0, s)
    elif where == "mid" and len(body) > 1:
        body.insert(g.rng.randint(1, len(body) - 1), s)
    else:
        body.append(s)
    return body


def wrap(g, body, source, extra=None, pre=None):
    r, C = g.rng, g.C
    out = []
    if source == "email" and r.random() < 0.6:
        out.append("%s: %s" % (C["subject_label"], g.S("subject")))
    if pre:
        out.append(pre)
    if source in ("email", "ticket") and r.random() < 0.6:
        out.append(g.S("hello"))
    if len(body) >= 4 and r.random() < 0.5:
        k = r.randint(1, len(body) - 1)
        out += [g.para(body[:k]), g.para(body[k:])]
    elif body:
        out.append(g.para(body))
    if extra:
        out += extra
    if source in ("email", "ticket") and r.random() < 0.55:
        out.append(g.S("bye") + "\n" + (g.f["first"] if r.random() < 0.6 else g.f["name"]))
    elif source in ("email", "ticket") and r.random() < 0.3:
        out.append("– " + g.f["first"])
    return ("\n\n" if r.random() < 0.75 else "\n").join(out)


def review(g, sents, stars):
    r = g.rng
    head = r.choice(["★" * stars + "☆" * (5 - stars), g.C["rating"].format(n=stars), "%d/5" % stars, "", ""])
    body = g.para(sents)
    if r.random() < 0.18:
        body += " " + r.choice(["👍", "🙂", "😍", "👌"] if stars >= 4 else ["😡", "👎", "🙄"] if stars <= 2 else ["🤷", "😐"])
    return head + "\n" + body if head else body


def pick_inj(g, keys):
    return g.S(g.rng.choice(keys))


def rev_body(g, stars=None):
    r = g.rng
    if stars is None:
        stars = r.choice([1, 2, 3, 4, 4, 5, 5])
    key = "rev_pos" if stars >= 4 else "rev_neg" if stars <= 2 else "rev_mid"
    return g.K(key, 1, 3), stars


# ---------- injection builders: return (text, payload, source) ----------

def b_agent_tool_order(g):
    src = g.rng.choice(["ticket", "email", "ticket", "review"])
    inj = g.S("inj_direct")
    if src == "review":
        sents, st = rev_body(g)
        return review(g, insert(g, sents, inj), st), inj, src
    body = g.K("ctx", 1, 2) + (g.K("ticket_q", 1) if g.rng.random() < 0.3 else [])
    return wrap(g, insert(g, body, inj), src), inj, src


def b_tool_call_json(g):
    r, f = g.rng, g.f
    tool = r.choice(TOOLS)
    f["tool"] = tool
    args = tool_args(tool, f, r)
    st = r.randrange(3)
    if st == 0:
        call = "%s(%s)" % (tool, json.dumps(args, ensure_ascii=False))
    elif st == 1:
        call = "```json\n" + json.dumps({"tool": tool, "arguments": args}, ensure_ascii=False, indent=2) + "\n```"
    else:
        call = json.dumps({"function_call": {"name": tool, "arguments": args}}, ensure_ascii=False)
    block = g.S("inj_json_lead") + "\n" + call
    src = r.choice(["ticket", "email", "ticket", "web"])
    body = g.K("ctx", 1, 2)
    if r.random() < 0.25:
        return wrap(g, body, src, pre=block), block, src
    return wrap(g, body, src, extra=[block]), block, src


def b_fake_staff(g):
    r = g.rng
    tag, s = g.S("inj_staff_tag"), g.S("inj_staff")
    block = r.choice(["[%s] %s", "--- %s ---\n%s", "%s:\n%s", "### %s\n%s"]) % (tag, s)
    src = r.choice(["ticket", "email", "ticket"])
    body = g.K("ctx", 1, 2) + (g.K("own_req", 1) if r.random() < 0.4 else [])
    if r.random() < 0.3:
        return block + "\n\n" + wrap(g, body, src), block, src
    return wrap(g, body, src, extra=[block]), block, src


def b_fake_tool_result(g):
    r, f = g.rng, g.f
    tool = r.choice(["issue_refund", "update_address", "create_discount", "mark_fraud_check",
                     "issue_gift_card", "set_credit_limit", "update_account_email", "cancel_order"])
    f["tool"] = tool
    note = g.S("inj_result")
    lookup = r.choice(["get_order", "lookup_customer", "check_payment", "verify_identity", "fetch_ticket"])
    nkey = r.choice(["agent_note", "instructions_for_agent", "message", "assistant_directive", "note"])
    if r.random() < 0.6:
        obj = {"tool": lookup, "status": "ok",
               "result": {"order_id": f["order"], "customer": f["name"], "total": f["_amount"],
                          "currency": f["_cur"], "state": r.choice(["approved", "verified", "paid"])},
               "next_action": tool, "next_action_args": tool_args(tool, f, r), nkey: note}
        if r.random() < 0.5:
            obj = {"tool_result": obj}
        text = json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 2]))
    else:
        lines = ["tool: " + lookup, "order: " + f["order"], "customer: " + f["name"],
                 "status: approved", "next_action: " + tool,
                 "args: " + json.dumps(tool_args(tool, f, r), ensure_ascii=False), nkey + ": " + note]
        text = "\n".join(lines)
    return text, note, "tool"


def b_conditional(g):
    r = g.rng
    inj = g.S("inj_cond")
    src = r.choice(["ticket", "email", "review", "web"])
    if src == "review":
        sents, st = rev_body(g)
        return review(g, sents + [inj], st), inj, src
    if src == "web":
        body = g.K("listing", 2, 3)
        return g.para(insert(g, body, inj, "end")), inj, src
    return wrap(g, insert(g, g.K("ctx", 1, 2), inj), src), inj, src


def b_third_person(g):
    r = g.rng
    inj = g.S("inj_third")
    src = r.choice(["ticket", "email", "review"])
    if src == "review":
        sents, st = rev_body(g)
        return review(g, insert(g, sents, inj), st), inj, src
    body = g.K("ctx", 1, 2) + (g.K("ticket_q", 1) if r.random() < 0.3 else [])
    return wrap(g, insert(g, body, inj), src), inj, src


def b_review_reader(g):
    inj = g.S("inj_review")
    sents, st = rev_body(g, g.rng.choice([4, 5, 5, 1, 3]))
    return review(g, insert(g, sents, inj), st), inj, "review"


def html_listing(g, inner_extra):
    r, f = g.rng, g.f
    desc = g.para(g.K("listing", 1, 3))
    parts = ['<div class="%s">' % r.choice(["product-description", "pdp-body", "item-desc", "listing"]),
             "<h2>%s</h2>" % f["product"], "<p>%s</p>" % desc]
    if r.random() < 0.5:
        parts.append("<ul><li>%s</li><li>%s</li></ul>" % (f["sku"], f["amount"]))
    parts.insert(r.randint(2, len(parts)), inner_extra)
    parts.append("</div>")
    return "\n".join(parts)


def b_html_comment(g):
    r = g.rng
    inj = pick_inj(g, ["inj_feed", "inj_direct", "inj_cond", "inj_review"])
    if r.random() < 0.7:
        src = r.choice(["web", "feed"])
        return html_listing(g, "<!-- %s -->" % inj), inj, src
    sents, st = rev_body(g)
    return review(g, sents, st) + "\n" + r.choice(["<!-- %s -->", "[//]: # (%s)"]) % inj, inj, "review"


def b_hidden_css(g):
    r = g.rng
    inj = pick_inj(g, ["inj_feed", "inj_direct", "inj_cond", "inj_exfil", "inj_staff"])
    style = r.choice(["display:none", "color:#ffffff;background:#ffffff", "font-size:0",
                      "position:absolute;left:-9999px", "opacity:0", "color:#fff;font-size:1px"])
    tagn = r.choice(["span", "div", "p"])
    el = '<%s style="%s">%s</%s>' % (tagn, style, inj, tagn)
    if r.random() < 0.75:
        return html_listing(g, el), inj, "web"
    sents, st = rev_body(g)
    return review(g, sents, st) + " " + el, inj, "review"


def b_hidden_alt(g):
    r, f = g.rng, g.f
    inj = pick_inj(g, ["inj_feed", "inj_direct", "inj_cond", "inj_review"])
    if r.random() < 0.5:
        el = '<img src="/media/%s-%d.jpg" alt="%s" width="600">' % (f["sku"].lower(), r.randint(1, 9), inj)
    else:
        el = '<a href="/p/%s" title="%s">%s</a>' % (f["sku"].lower(), inj, f["product"])
    return html_listing(g, el), inj, r.choice(["web", "web", "feed"])


def b_encoded(g):
    r, C = g.rng, g.C
    inj = pick_inj(g, ["inj_direct", "inj_staff", "inj_ignore", "inj_exfil"])
    kinds = ["b64", "b64", "hex", "url"] + (["rot13"] if C.get("script") == "latin" else [])
    k = r.choice(kinds)
    if k == "b64":
        enc = base64.b64encode(inj.encode()).decode()
    elif k == "hex":
        enc = inj.encode().hex()
    elif k == "url":
        enc = urllib.parse.quote(inj)
    else:
        enc = codecs.encode(inj, "rot13")
    block = g.S("inj_enc_lead") + "\n" + enc
    src = r.choice(["ticket", "email", "web"])
    if src == "web":
        return html_listing(g, "<!-- %s -->" % block), inj, src
    return wrap(g, g.K("ctx", 1, 2), src, extra=[block]), inj, src


def zw(g, s):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalnum() and g.rng.random() < 0.45:
            out.append(g.rng.choice(ZW))
    return "".join(out)


def b_zero_width(g):
    r = g.rng
    inj = pick_inj(g, ["inj_direct", "inj_cond", "inj_ignore", "inj_third"])
    hid = zw(g, inj)
    src = r.choice(["ticket", "email", "review"])
    if src == "review":
        sents, st = rev_body(g)
        return review(g, sents + [hid], st), inj, src
    return wrap(g, insert(g, g.K("ctx", 1, 2), hid), src), inj, src


def obfuscate(g, s):
    r, sc = g.rng, g.C.get("script", "latin")
    if sc == "latin":
        m = LEET if r.random() < 0.5 else LAT2CYR
        p = 0.8 if m is LEET else 0.5
    elif sc == "cyrillic":
        m, p = CYR2LAT, 0.6
    elif sc == "greek":
        m, p = GRK2LAT, 0.7
    else:
        return zw(g, s)
    out = "".join(m[c] if c in m and r.random() < p else c for c in s)
    return out if out != s else zw(g, s)


def b_homoglyph(g):
    r = g.rng
    inj = pick_inj(g, ["inj_direct", "inj_ignore", "inj_staff", "inj_cond"])
    hid = obfuscate(g, inj)
    src = r.choice(["ticket", "email", "review"])
    if src == "review":
        sents, st = rev_body(g)
        return review(g, sents + [hid], st), inj, src
    return wrap(g, insert(g, g.K("ctx", 1, 2), hid), src), inj, src


def b_fake_chat(g):
    r, C = g.rng, g.C
    inj = pick_inj(g, ["inj_direct", "inj_staff", "inj_exfil", "inj_ignore"])
    a, b = r.choice([("Assistant", "System"), ("assistant", "system"), ("[assistant]", "[system]"),
                     (C["bot_label"], "ADMIN"), ("AI", "Developer"), ("<|assistant|>", "<|system|>")])
    block = "%s: %s\n%s: %s" % (a, g.S("chat_ack"), b, inj)
    src = r.choice(["ticket", "email", "web"])
    body = g.K("ctx", 1, 2) + g.K("ticket_q", 0, 1)
    if src == "web":
        return "%s: %s\n%s" % (C["me_label"], g.para(body), block), block, src
    return wrap(g, body, src, extra=[block]), block, src


def b_exfil(g):
    r = g.rng
    inj = g.S("inj_exfil")
    src = r.choice(["ticket", "email", "review", "web"])
    if src == "review":
        sents, st = rev_body(g)
        return review(g, insert(g, sents, inj), st), inj, src
    if src == "web":
        return html_listing(g, "<!-- %s -->" % inj), inj, src
    return wrap(g, insert(g, g.K("ctx", 1, 2), inj), src), inj, src


def b_feed(g):
    r, f = g.rng, g.f
    inj = g.S("inj_feed")
    st = r.randrange(3)
    rows = []
    n = r.randint(2, 5)
    k = r.randrange(n)
    for i in range(n):
        prod = f["product"] if i == k else r.choice(g.C["products"])
        sku = f["sku"] if i == k else "%s-%s" % (f["sku"].split("-")[0], digits(r, 6))
        _, price = money(r, g.C["cur"], 5, 300)
        note = inj if i == k else (g.S("listing") if r.random() < 0.5 else "")
        rows.append((sku, prod, price, str(r.randint(0, 400)), note))
    if st == 0:
        text = "sku;title;price;stock;notes\n" + "\n".join(";".join(x) for x in rows)
    elif st == 1:
        items = ["<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <g:price>%s</g:price>\n  <g:quantity>%s</g:quantity>\n  <description>%s</description>\n</item>" % x for x in rows]
        text = "<channel>\n" + "\n".join(items) + "\n</channel>"
    else:
        text = "\n".join(json.dumps({"sku": x[0], "title": x[1], "price": x[2], "stock": int(x[3]), "notes": x[4]},
                                    ensure_ascii=False) for x in rows)
    return text, inj, "feed"


def b_ignore(g):
    r = g.rng
    inj = g.S("inj_ignore")
    src = r.choice(["ticket", "email", "ticket", "review"])
    if src == "review":
        sents, st = rev_body(g)
        return review(g, insert(g, sents, inj), st), inj, src
    return wrap(g, insert(g, g.K("ctx", 1, 2), inj), src), inj, src


def b_memory(g):
    r = g.rng
    inj = g.S("inj_memory")
    src = r.choice(["ticket", "email", "review"])
    if src == "review":
        sents, st = rev_body(g)
        return review(g, insert(g, sents, inj), st), inj, src
    return wrap(g, insert(g, g.K("ctx", 1, 2), inj), src), inj, src


def b_mixed(g):
    r = g.rng
    if g.lang == "en":
        other = r.choice(["de", "fr", "es", "it", "pl", "nl", "pt", "sv"])
    else:
        other = "en" if r.random() < 0.7 else r.choice([k for k in g.mods if k not in (g.lang, "zh", "el", "uk")])
    T = g.mods[other].T
    inj = g.fmt(r.choice(T[r.choice(["inj_direct", "inj_cond", "inj_third", "inj_ignore"])]))
    src = r.choice(["ticket", "email", "review"])
    if src == "review":
        sents, st = rev_body(g)
        return review(g, sents + [inj], st), inj, src
    return wrap(g, insert(g, g.K("ctx", 1, 2), inj), src), inj, src


# ---------- benign builders ----------

def b_review(g):
    sents, st = rev_body(g)
    if g.rng.random() < 0.3:
        sents = g.K("rev_mid", 1) + sents if st != 3 else sents
    return review(g, sents, st), "", "review"


def b_ticket(g):
    src = g.rng.choice(["ticket", "email"])
    return wrap(g, g.K("ctx", 0, 1) + g.K("ticket_q", 1, 2), src), "", src


def b_listing(g):
    r, f = g.rng, g.f
    sents = g.K("listing", 2, 4)
    st = r.randrange(3)
    if st == 0:
        return "%s – %s\n%s" % (f["product"], f["amount"], g.para(sents)), "", r.choice(["web", "feed"])
    if st == 1:
        return html_listing(g, "<p>%s</p>" % g.para(g.K("hidden_text", 1))), "", "web"
    return json.dumps({"sku": f["sku"], "title": f["product"], "price": f["amount"],
                       "description": g.para(sents)}, ensure_ascii=False), "", "feed"


def b_own_request(g):
    r = g.rng
    src = r.choice(["ticket", "email", "email"])
    body = g.K("ctx", 1, 2) + g.K("own_req", 1, 2)
    if r.random() < 0.3:
        body += g.K("ticket_q", 1)
    return wrap(g, body, src), "", src


def b_staff_note(g):
    r, f = g.rng, g.f
    tag = g.S("staff_tag")
    notes = g.K("staff_note", 1, 3)
    st = r.randrange(3)
    if st == 0:
        text = "[%s] %s" % (tag, g.para(notes))
    elif st == 1:
        text = "%s:\n" % tag + "\n".join("- " + n for n in notes)
    else:
        text = "%s (%s %s)\n%s\n– %s" % (tag, f["date"], "%02d:%02d" % (r.randint(7, 19), r.randint(0, 59)),
                                          g.para(notes), f["staff"])
    return text, "", "ticket"


def b_api_doc(g):
    r, f = g.rng, g.f
    tool = r.choice(TOOLS)
    f["tool"] = tool
    meth, path = API[tool]
    path = path.replace("{id}", f["order"].lstrip("#") if "order" in path or "disputes" in path or "shipments" in path
                        else f["cid"] if "customers" in path else f["sku"])
    host, v = r.choice(API_HOSTS), r.randint(1, 3)
    args = benign_args(tool, f, r)
    st = r.randrange(3)
    if st == 0:
        code = ("```bash\ncurl -X %s https://%s/v%d%s \\\n  -H \"Authorization: Bearer $SHOP_TOKEN\" \\\n"
                "  -H \"Content-Type: application/json\" \\\n  -d '%s'\n```") % (meth, host, v, path, json.dumps(args, ensure_ascii=False))
    elif st == 1:
        kw = ", ".join("%s=%r" % (k, val) for k, val in args.items())
        code = "```python\nclient = shop.Client(token=os.environ[\"SHOP_TOKEN\"])\nresp = client.%s(%s)\nprint(resp.status)\n```" % (tool, kw)
    else:
        code = "```http\n%s /v%d%s HTTP/1.1\nHost: %s\nContent-Type: application/json\n\n%s\n```" % (
            meth, v, path, host, json.dumps(args, ensure_ascii=False, indent=2))
    parts = ["## `%s`" % tool, g.para(g.K("doc", 1, 2)), g.S("doc_head") + ":", code]
    if r.random() < 0.6:
        parts.append(g.para(g.K("doc", 1)))
    return "\n\n".join(parts), "", "web"


def ts(g, t):
    f = g.f
    return "20%d-%02d-%02dT%02d:%02d:%02dZ" % (23 + f["_d"] % 3, f["_m"], f["_d"], t // 3600, t // 60 % 60, t % 60)


def b_tool_log(g):
    r, f = g.rng, g.f
    t = r.randint(6, 19) * 3600 + r.randint(0, 3599)
    lines = [g.S("log_head")]
    for tool in r.sample(TOOLS, r.randint(2, 4)):
        t += r.randint(5, 400)
        res = r.choice(["pending_approval", "ok", "rejected_by_policy", "approved", "needs_human"])
        lines.append("%s  actor=%s  tool=%s  order=%s  result=%s" % (
            ts(g, t), r.choice(["assistant", "support-bot", "agent-v2"]), tool, f["order"], res))
        if res in ("pending_approval", "needs_human") and r.random() < 0.7:
            t += r.randint(30, 900)
            lines.append("%s  actor=staff:%s  action=%s  ref=%s" % (
                ts(g, t), ascii_fold(f["staff"]) or "agent7", r.choice(["approve", "reject", "approve"]), f["ticket"]))
    if r.random() < 0.7:
        lines.append(g.S("log_summary"))
    return "\n".join(lines), "", "tool"


def b_release(g):
    r = g.rng
    items = g.K("release", 2, 4)
    text = g.S("release_head") + "\n\n" + "\n".join(r.choice(["- ", "* ", "• "]) + x for x in items)
    return text, "", r.choice(["web", "email"])


def b_webhook(g):
    r, f = g.rng, g.f
    ev = r.choice(["order.updated", "order.created", "refund.created", "shipment.address_changed", "customer.updated"])
    data = {"order_id": f["order"], "customer": {"id": f["cid"], "name": f["name"], "email": f["email"], "role": "customer"},
            "shipping_address": f["addr"], "total": f["_amount"], "currency": f["_cur"]}
    if r.random() < 0.6:
        data["customer_note"] = g.S("webhook_note")
    if r.random() < 0.5:
        data["delivery"] = {"instructions": g.K("webhook_note", 1)[0] if "customer_note" not in data else
                            g.fmt(r.choice([x for x in g.T["webhook_note"] if g.fmt(x) != data["customer_note"]])), "system": r.choice(["dhl", "gls", "ups", "postnord", "inpost"])}
    if ev == "refund.created":
        data["refund"] = {"amount": f["_amount"], "approved_by": "staff", "reason": "return_received"}
    obj = {"id": "evt_" + alnum(g.rng, 12, False), "type": ev, "created": ts(g, r.randint(0, 86399)),
           "data": data}
    return json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 2])), "", "tool"


def b_quoted_chat(g):
    r, C = g.rng, g.C
    idx = r.sample(range(min(len(g.T["chat_me"]), len(g.T["chat_bot"]))), r.randint(1, 2))
    me = [g.fmt(g.T["chat_me"][i]) for i in idx]
    bot = [g.fmt(g.T["chat_bot"][i]) for i in idx]
    q = r.choice(["> ", "", "  "])
    lines = []
    for a, b in zip(me, bot):
        lines.append("%s%s: %s" % (q, C["me_label"], a))
        lines.append("%s%s: %s" % (q, C["bot_label"], b))
    src = r.choice(["email", "email", "ticket"])
    return wrap(g, [g.S("chat_intro")], src, extra=["\n".join(lines), g.S("chat_outro")]), "", src


def b_security(g):
    r = g.rng
    src = r.choice(["email", "web"])
    return g.para(g.K("sec_notice", 2, 4)), "", src


def b_bot_complaint(g):
    r = g.rng
    src = r.choice(["review", "ticket", "email"])
    sents = g.K("bot_complaint", 1, 3)
    if src == "review":
        return review(g, sents, r.choice([1, 1, 2, 3])), "", src
    return wrap(g, sents + g.K("own_req", 0, 1), src), "", src


def b_encoded_data(g):
    r, f = g.rng, g.f
    st = r.randrange(3)
    if st == 0:
        blob = base64.b64encode(json.dumps({"carrier": r.choice(["DHL", "GLS", "DPD", "UPS", "PostNL", "InPost"]),
                                             "tracking": alnum(r, 12), "order": f["order"],
                                             "weight_g": r.randint(120, 9000)}).encode()).decode()
    elif st == 1:
        blob = "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(r.randint(24, 60)))).decode()
    else:
        blob = bytes(r.randrange(256) for _ in range(r.randint(12, 24))).hex()
    lines = [g.S("data_intro"), blob]
    if r.random() < 0.5:
        lines.insert(0, "%s | %s | %s" % (f["order"], f["product"], f["amount"]))
    return "\n".join(lines), "", r.choice(["tool", "feed"])


def b_hidden_html(g):
    r = g.rng
    el = '<div style="display:none" class="%s">%s</div>' % (r.choice(["seo-text", "size-table", "tab-2", "more"]),
                                                            g.para(g.K("hidden_text", 1, 2)))
    return html_listing(g, el), "", "web"


def b_ai_review(g):
    r = g.rng
    stars = r.choice([2, 3, 4, 4, 5])
    return review(g, g.K("ai_review", 2, 3), stars), "", "review"


INJ = {
    "agent-tool-order": b_agent_tool_order,
    "tool-call-json": b_tool_call_json,
    "fake-staff-instruction": b_fake_staff,
    "fake-tool-result": b_fake_tool_result,
    "conditional-if-ai": b_conditional,
    "third-person-agent": b_third_person,
    "review-to-automated-reader": b_review_reader,
    "hidden-html-comment": b_html_comment,
    "hidden-css-text": b_hidden_css,
    "hidden-alt-title": b_hidden_alt,
    "encoded-instruction": b_encoded,
    "zero-width-split": b_zero_width,
    "homoglyph-leet": b_homoglyph,
    "fake-chat-turns": b_fake_chat,
    "exfil-customer-data": b_exfil,
    "feed-field-order": b_feed,
    "ignore-and-act": b_ignore,
    "false-memory": b_memory,
    "mixed-language": b_mixed,
}
PLAIN = {"benign-review": b_review, "benign-ticket": b_ticket, "benign-listing": b_listing}
HARD = {
    "hard-own-order-request": b_own_request,
    "hard-staff-note": b_staff_note,
    "hard-api-doc": b_api_doc,
    "hard-tool-log": b_tool_log,
    "hard-release-notes": b_release,
    "hard-webhook": b_webhook,
    "hard-quoted-chat": b_quoted_chat,
    "hard-security-notice": b_security,
    "hard-chatbot-complaint": b_bot_complaint,
    "hard-encoded-data": b_encoded_data,
    "hard-hidden-html": b_hidden_html,
    "hard-ai-product-review": b_ai_review,
}
ENCODED = {"encoded-instruction", "zero-width-split", "homoglyph-leet"}
