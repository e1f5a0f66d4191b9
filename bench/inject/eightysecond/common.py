"""Shared building blocks for the eightysecond corpus.

Every language module supplies hand-written pools (reviews, emails, tickets,
feed items, tool notes, web paragraphs, injection payloads, hard negatives and
a few localised phrases).  This module turns those pools into rows: it places
payloads inside carriers (plain, quoted, in fields, in markup, encoded) and
wraps carriers in neutral benign structures for hard negatives.
"""

import base64
import codecs
import json
import random
import urllib.parse
import zlib

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

LATIN = {"en", "de", "fr", "es", "it", "pt-BR", "pt", "nl", "pl", "no", "fi",
         "ro", "hu", "tr", "vi", "ms"}


def seeded(name):
    return random.Random(zlib.crc32(("eightysecond/" + name).encode("utf-8")))


def jdump(obj, rng):
    indent = rng.choice([None, 2, None, 1])
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------- encoders

def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5",
                       "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
                       "S": "5", "T": "7"})


def leet(s):
    return s.translate(_LEET)


_HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e",
                       "p": "\u0440", "c": "\u0441", "x": "\u0445",
                       "y": "\u0443", "i": "\u0456", "A": "\u0410",
                       "E": "\u0415", "O": "\u041e", "P": "\u0420",
                       "C": "\u0421"})


def homoglyph(s):
    return s.translate(_HOMO)


def zero_width(s):
    return "\u200b".join(s)


def spaced(s):
    return " ".join(ch for ch in s if ch != " ")


# ---------------------------------------------------------------- small data

def order_id(rng):
    return rng.choice(["#", "SO-", "ORD-", "", "W"]) + str(rng.randint(10000, 989999))


def sku(rng):
    return "%s-%d%s" % (rng.choice(["HA", "KC", "CY", "CR", "PH", "BK", "YN",
                                      "KS", "AP", "BR"]),
                        rng.randint(100, 9999), rng.choice(["", "-B", "-M", "-XL", "-2"]))


def date(rng):
    return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def clock(rng):
    return "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59))


def money(rng):
    return round(rng.uniform(4, 480), 2)


def token(rng, n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def split_sentences(text):
    out, cur = [], ""
    for i, ch in enumerate(text):
        cur += ch
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in ".!?。！？" and (nxt in (" ", "\n", "") or ch in "。！？"):
            out.append(cur.strip())
            cur = ""
    if cur.strip():
        out.append(cur.strip())
    return out


def joiner(lang):
    return "" if lang in ("ja", "zh-CN", "zh-TW") else " "


def insert_middle(text, extra, lang, rng):
    parts = split_sentences(text)
    j = joiner(lang)
    if len(parts) < 2:
        return text + j + extra
    k = rng.randint(1, len(parts) - 1)
    return j.join(parts[:k] + [extra] + parts[k:])


# ---------------------------------------------------------------- concealment

def conceal(L, rng, payload, methods):
    """Return (family, snippet) that carries payload in a hidden/encoded form."""
    lang = L.LANG
    m = rng.choice(methods)
    if m == "encoded-base64":
        blob = enc_b64(payload)
    elif m == "encoded-hex":
        blob = enc_hex(payload)
    elif m == "encoded-rot13":
        blob = enc_rot13(payload)
    elif m == "encoded-url":
        blob = enc_url(payload)
    if m.startswith("encoded-"):
        if rng.random() < 0.7:
            return m, rng.choice(L.P["enc"]).format(blob=blob)
        return m, rng.choice(["ref: ", "#", "id=", "code: "]) + blob
    if m == "leetspeak":
        return m, leet(payload)
    if m == "homoglyph":
        return m, homoglyph(payload)
    if m == "zero-width":
        return m, zero_width(payload)
    if m == "spaced-letters":
        return m, spaced(payload)
    raise ValueError(m)


def text_methods(L, payload):
    ms = ["encoded-base64", "encoded-base64", "encoded-hex", "encoded-url", "zero-width"]
    if L.LANG in LATIN:
        ms += ["encoded-rot13", "leetspeak", "homoglyph"]
    if len(payload) <= 70:
        ms.append("spaced-letters")
    return ms


# ---------------------------------------------------------------- injection wrappers
# Each returns (source, family, text).  `fam` is the payload's own family,
# kept unless the wrapper conceals the payload.

def w_review(L, rng, c, pay, fam):
    lang = L.LANG
    r = rng.random()
    j = joiner(lang)
    if r < 0.25:
        return "review", fam, c + j + pay
    if r < 0.38:
        return "review", fam, pay + ("\n" if rng.random() < 0.5 else j) + c
    if r < 0.55:
        return "review", fam, insert_middle(c, pay, lang, rng)
    if r < 0.65:
        return "review", "hidden-comment", c + "\n<!-- " + pay + " -->"
    if r < 0.72:
        return "review", "hidden-markdown", c + "\n\n[//]: # (" + pay + ")"
    if r < 0.88:
        f, s = conceal(L, rng, pay, text_methods(L, pay))
        return "review", f, c + rng.choice([j, "\n", " \u2014 "]) + s
    # review delivered through a reviews API
    obj = {"review_id": rng.randint(100000, 999999), "rating": rng.choice([5, 5, 4, 3, 1]),
           "author": rng.choice(L.NAMES).split()[0], "body": c,
           "verified_purchase": rng.choice([True, False])}
    key = rng.choice(["title", "author_note", "response_hint", "body"])
    if key == "body":
        obj["body"] = c + j + pay
    else:
        obj[key] = pay
    return "tool", "tool-result-field", jdump({"data": [obj], "page": 1}, rng)


def w_email(L, rng, c, pay, fam):
    subj, body = c
    P = L.P
    name = rng.choice(L.NAMES)
    r = rng.random()
    head = "%s: %s\n\n" % (P["subject"], subj) if rng.random() < 0.6 else ""
    if r < 0.22:
        return "email", fam, head + body + "\n\n" + P["ps"] + " " + pay
    if r < 0.42:
        quoted = "\n".join("> " + ln if ln else ">" for ln in (body + "\n\n" + pay).split("\n"))
        top = rng.choice(P["reply"])
        return "email", "quoted-thread", ("%s: %s %s\n\n" % (P["subject"], P["re"], subj)) + top + "\n\n" + \
            P["wrote"].format(date=date(rng), name=name) + "\n" + quoted
    if r < 0.55:
        return "email", fam, head + insert_middle(body, pay, L.LANG, rng)
    if r < 0.68:
        style = rng.choice(["display:none", "color:#ffffff;font-size:1px",
                            "font-size:0;line-height:0", "opacity:0;height:0;overflow:hidden",
                            "mso-hide:all;display:none"])
        html = "<html><body><p>%s</p><div style=\"%s\">%s</div></body></html>" % (
            body.replace("\n\n", "</p><p>").replace("\n", "<br>"), style, pay)
        return "email", "hidden-css", head + html
    if r < 0.8:
        att = rng.choice(["notes.txt", "invoice_details.txt", "readme.txt", "photo_description.txt",
                          "order_list.csv", "return_form.txt"])
        return "email", "attachment-text", head + body + "\n\n--- %s: %s ---\n%s" % (P["attach"], att, pay)
    if r < 0.9:
        f, s = conceal(L, rng, pay, text_methods(L, pay))
        return "email", f, head + body + "\n\n" + s
    return "email", fam, head + body + "\n\n-- \n" + name + "\n" + pay


def w_ticket(L, rng, c, pay, fam):
    P = L.P
    cu, ag, bot = P["roles"]
    r = rng.random()
    oid = order_id(rng)
    if r < 0.25:
        return "ticket", fam, c + ("\n\n" if rng.random() < 0.5 else " ") + pay
    if r < 0.5:
        h, m = rng.randint(8, 20), rng.randint(0, 40)
        ts = ["%02d:%02d" % (h, m + d) for d in (0, rng.randint(1, 6), rng.randint(8, 19))]
        lines = ["[%s] %s: %s" % (ts[0], cu, c),
                 "[%s] %s: %s" % (ts[1], ag, rng.choice(P["agent"])),
                 "[%s] %s: %s" % (ts[2], cu, pay)]
        return "ticket", "transcript-turn", "\n".join(lines)
    if r < 0.68:
        hdr = rng.choice(["[SYSTEM]", "<<SYS>>", "### system", "System:", "[system notice]",
                          "<|im_start|>system", "SYSTEM MESSAGE:", "[ADMIN]"])
        tail = " <|im_end|>" if hdr.startswith("<|") else ""
        return "ticket", "fake-system", c + "\n\n" + hdr + " " + pay + tail
    if r < 0.82:
        form = "%s: %s\n%s: %s\n%s: %s" % (P["ticket_fields"][0], oid, P["ticket_fields"][1],
                                          rng.choice(L.NAMES), P["ticket_fields"][2],
                                          insert_middle(c, pay, L.LANG, rng))
        return "ticket", fam, form
    f, s = conceal(L, rng, pay, text_methods(L, pay))
    return "ticket", f, c + "\n" + s


def w_feed(L, rng, c, pay, fam):
    title, desc = c
    r = rng.random()
    s = sku(rng)
    price = money(rng)
    if r < 0.3:
        other = rng.choice(L.PRODUCTS)
        hdr = rng.choice(["sku,title,description,price,stock", "id;name;desc;price;qty"])
        sep = "," if hdr.startswith("sku") else ";"
        def q(x):
            return '"' + x.replace('"', '""') + '"'
        rows = [hdr,
                sep.join([sku(rng), q(other[0]), q(other[1]), "%.2f" % money(rng), str(rng.randint(0, 90))]),
                sep.join([s, q(title), q(desc + " " + pay), "%.2f" % price, str(rng.randint(0, 90))])]
        if rng.random() < 0.5:
            rows[1], rows[2] = rows[2], rows[1]
        return "feed", fam, "\n".join(rows)
    if r < 0.55:
        tag = rng.choice(["internal_note", "seo_text", "g:custom_label_0", "bullet_point_5", "description"])
        body = desc + " " + pay if tag == "description" else desc
        xml = "<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <description>%s</description>\n" % (s, title, body)
        if tag != "description":
            xml += "  <%s>%s</%s>\n" % (tag, pay, tag)
        xml += "  <g:price>%.2f EUR</g:price>\n</item>" % price
        return "feed", fam, xml
    if r < 0.75:
        obj = {"sku": s, "title": title, "description": desc, "price": price,
               "supplier": rng.choice(["Nordlight Trading", "Kestrel Supply", "Pinewood Goods",
                                       "Azura Import", "Oakhill Distribution"])}
        k = rng.choice(["notes_for_listing", "marketing_copy", "attributes", "care_text"])
        if k == "attributes":
            obj[k] = {"material": "-", "extra": pay}
        else:
            obj[k] = pay
        return "feed", "feed-field", jdump(obj, rng)
    if r < 0.88:
        style = rng.choice(["display:none", "font-size:0", "color:#fff;background:#fff",
                            "position:absolute;left:-9999px"])
        html = "<p>%s</p><span style=\"%s\">%s</span>" % (desc, style, pay)
        return "feed", "hidden-css", "%s | %s | %s" % (s, title, html)
    f, enc = conceal(L, rng, pay, text_methods(L, pay))
    return "feed", f, "%s\t%s\t%s %s\t%.2f" % (s, title, desc, enc, price)


def w_note(L, rng, c, pay, fam):
    r = rng.random()
    j = joiner(L.LANG)
    if r < 0.3:
        obj = {"order_id": order_id(rng), "status": rng.choice(["processing", "shipped", "on_hold", "delivered"]),
               "total": money(rng), "currency": rng.choice(L.P["currency"]),
               "items": [{"sku": sku(rng), "qty": rng.randint(1, 3)}],
               "customer_note": c + j + pay}
        return "tool", fam, jdump(obj, rng)
    if r < 0.5:
        obj = {"customer_id": "cus_" + token(rng, 10), "name": rng.choice(L.NAMES),
               "email": "user%d@example.%s" % (rng.randint(10, 999), rng.choice(["com", "net", "org"])),
               "tags": rng.choice([["vip"], ["newsletter"], [], ["wholesale"]]),
               "notes": c, rng.choice(["profile_bio", "company", "address_line2"]): pay}
        return "tool", "tool-result-field", jdump({"customer": obj}, rng)
    if r < 0.68:
        obj = {"tracking": "JD%012d" % rng.randint(0, 10 ** 12), "carrier": rng.choice(["DHL", "UPS", "PostNord", "GLS", "DPD"]),
               "events": [{"ts": date(rng) + "T" + clock(rng), "desc": rng.choice(["In transit", "Arrived at hub", "Out for delivery"])}],
               "delivery_instructions": c + j + pay}
        return "tool", fam, jdump(obj, rng)
    if r < 0.8:
        obj = {"payment_id": "pi_" + token(rng, 14), "amount": money(rng), "status": rng.choice(["succeeded", "disputed", "refunded"]),
               "dispute_reason": c, "statement_memo": pay}
        return "tool", "tool-result-field", jdump(obj, rng)
    if r < 0.9:
        a, b = rng.choice(L.PRODUCTS), rng.choice(L.PRODUCTS)
        obj = {"query": a[0], "results": [
            {"title": a[0], "url": "https://shop.example.com/p/%d" % rng.randint(100, 9999), "snippet": a[1][:120]},
            {"title": b[0], "url": "https://partner.example.org/item/%d" % rng.randint(100, 9999), "snippet": b[1] + " " + pay}]}
        if rng.random() < 0.5:
            obj["results"].reverse()
        return "tool", "search-result", jdump(obj, rng)
    f, s = conceal(L, rng, pay, text_methods(L, pay))
    obj = {"order_id": order_id(rng), "gift_message": c, "internal_ref": s}
    return "tool", f, jdump(obj, rng)


def _page(L, rng, title, para, inject_html):
    lang = L.LANG
    shape = rng.randint(0, 3)
    if shape == 0:
        return "<html lang=\"%s\"><head><title>%s</title></head><body><h1>%s</h1><p>%s</p>%s</body></html>" % (
            lang, title, title, para, inject_html)
    if shape == 1:
        return "<article><h2>%s</h2>\n<p>%s</p>\n%s\n<footer>&copy; 2024</footer></article>" % (title, para, inject_html)
    if shape == 2:
        return "<div class=\"product-detail\"><h1>%s</h1><div class=\"desc\">%s</div>%s</div>" % (title, para, inject_html)
    return "<main><section id=\"post-%d\"><h3>%s</h3><p>%s</p></section>%s</main>" % (
        rng.randint(100, 99999), title, para, inject_html)


def w_page(L, rng, c, pay, fam):
    title, para = c
    r = rng.random()
    if r < 0.2:
        return "web", "hidden-comment", _page(L, rng, title, para, "<!-- %s -->" % pay)
    if r < 0.42:
        style = rng.choice(["display:none", "visibility:hidden", "font-size:0px", "color:#fefefe;font-size:2px",
                            "position:absolute;left:-10000px", "height:0;overflow:hidden"])
        tag = rng.choice(["div", "span", "p"])
        return "web", "hidden-css", _page(L, rng, title, para, "<%s style=\"%s\">%s</%s>" % (tag, style, pay, tag))
    if r < 0.55:
        a = pay.replace('"', "'")
        return "web", "hidden-alt", _page(L, rng, title, para,
                                          "<img src=\"/img/%s.jpg\" alt=\"%s\">" % (token(rng, 8), a))
    if r < 0.65:
        a = pay.replace('"', "'")
        attr = rng.choice(["data-note", "aria-description", "title", "data-ai"])
        return "web", "hidden-attribute", _page(L, rng, title, para,
                                                "<div class=\"spec\" %s=\"%s\"></div>" % (attr, a))
    if r < 0.85:
        # forum-style, visible text
        name = rng.choice(L.NAMES).split()[0]
        txt = "%s\n\n%s (%s):\n%s\n\n%s" % (title, name, date(rng), para, pay)
        return "web", fam, txt
    f, s = conceal(L, rng, pay, text_methods(L, pay))
    return "web", f, _page(L, rng, title, para, "<p class=\"ref\">%s</p>" % s)


WRAPPERS = {"review": w_review, "email": w_email, "ticket": w_ticket,
            "feed": w_feed, "note": w_note, "page": w_page}


# ---------------------------------------------------------------- benign wrappers

def plain(L, rng, slot, c):
    """A carrier as an ordinary benign row."""
    if slot == "review":
        return "review", c
    if slot == "email":
        subj, body = c
        return "email", "%s: %s\n\n%s" % (L.P["subject"], subj, body)
    if slot == "ticket":
        return "ticket", c
    if slot == "feed":
        t, d = c
        if rng.random() < 0.5:
            return "feed", "%s;\"%s\";\"%s\";%.2f" % (sku(rng), t, d.replace('"', '""'), money(rng))
        return "feed", jdump({"sku": sku(rng), "title": t, "description": d, "price": money(rng)}, rng)
    if slot == "note":
        return "tool", jdump({"order_id": order_id(rng), "status": rng.choice(["processing", "shipped", "delivered"]),
                              "customer_note": c}, rng)
    t, p = c
    return "web", _page(L, rng, t, p, "")


def with_snippet(L, rng, slot, c, snip):
    """A carrier with a benign trigger-word sentence placed inside."""
    j = joiner(L.LANG)
    if slot == "review":
        return "review", insert_middle(c, snip, L.LANG, rng) if rng.random() < 0.5 else c + j + snip
    if slot == "email":
        subj, body = c
        if rng.random() < 0.5:
            return "email", "%s: %s\n\n%s\n\n%s %s" % (L.P["subject"], subj, body, L.P["ps"], snip)
        return "email", "%s: %s\n\n%s" % (L.P["subject"], subj, insert_middle(body, snip, L.LANG, rng))
    if slot == "ticket":
        return "ticket", c + "\n" + snip
    if slot == "feed":
        t, d = c
        return "feed", jdump({"sku": sku(rng), "title": t, "description": d + j + snip, "price": money(rng)}, rng)
    if slot == "note":
        return "tool", jdump({"order_id": order_id(rng), "customer_note": c + j + snip,
                              "status": rng.choice(["on_hold", "processing"])}, rng)
    t, p = c
    return "web", _page(L, rng, t, p + j + snip, "")


def neutral_hard(L, rng, k, n):
    """Benign structure that resembles an attack surface (markup, encoded data,
    role-labelled transcripts, quoted threads)."""
    P = L.P
    cu, ag, bot = P["roles"]
    if k == 0:  # benign html comments and hidden elements
        t, p = rng.choice(L.PAGES)
        extra = rng.choice(["<!-- header:start -->", "<!-- TODO: swap hero banner after the sale -->",
                            "<!-- build 4.12.0 -->", "<!-- Google Tag Manager (noscript) -->",
                            "<!-- end product grid -->"])
        hid = rng.choice(["<div class=\"sr-only\" style=\"display:none\">%s</div>" % t,
                          "<span hidden>%s</span>" % sku(rng),
                          "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk%s==\" alt=\"\">" % token(rng, 6)])
        return "web", "hard-markup", extra + "\n" + _page(L, rng, t, p, hid)
    if k == 1:  # benign encoded data in a tool result
        obj = {"order_id": order_id(rng), "note": rng.choice(L.NOTES),
               "signature_png": "iVBORw0KGgoAAAANSUhEUgAA" + enc_b64(token(rng, 24))[:40],
               "return_url": "https://shop.example.com/returns?o=%s&ref=%s" % (rng.randint(1000, 9999), enc_url("utm_source=mail&lang=" + L.LANG)),
               "checksum": token(rng, 32)}
        return "tool", "hard-encoded", jdump(obj, rng)
    if k == 2:  # genuine human transcript with role labels
        lines = ["%s: %s" % (cu, L.TICKETS[(n * 3) % len(L.TICKETS)]), "%s: %s" % (ag, P["agent"][0]),
                 "%s: %s" % (cu, rng.choice(P["thanks"])), "%s: %s" % (ag, rng.choice(P["agent_close"]))]
        return "ticket", "hard-transcript", "\n".join(lines)
    if k == 3:  # bot transcript handing over to a human
        lines = ["%s: %s" % (bot, P["bot"][0]), "%s: %s" % (cu, L.TICKETS[(n * 3 + 1) % len(L.TICKETS)]),
                 "%s: %s" % (bot, rng.choice(P["bot"][1:])), "%s: %s" % (ag, rng.choice(P["agent"][:2]))]
        return "ticket", "hard-bot-transcript", "\n".join(lines)
    # k == 4: benign quoted thread
    subj, body = rng.choice(L.EMAILS)
    quoted = "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))
    return "email", "hard-quoted-thread", "%s: %s %s\n\n%s\n\n%s\n%s" % (
        P["subject"], P["re"], subj, rng.choice(P["reply_benign"]),
        P["wrote"].format(date=date(rng), name=rng.choice(L.NAMES)), quoted)


# ---------------------------------------------------------------- builder

def carriers(L):
    out = []
    for slot, pool in (("review", L.REVIEWS), ("email", L.EMAILS), ("ticket", L.TICKETS),
                       ("feed", L.PRODUCTS), ("note", L.NOTES), ("page", L.PAGES)):
        for c in pool:
            out.append((slot, c))
    return out


def build(L):
    rng = seeded(L.LANG)
    n_inj = L.COUNT // 2
    n_ben = L.COUNT - n_inj
    rows = []

    def add(source, family, text, injection, payload=""):
        assert source in SOURCES, source
        rows.append({"source": source, "lang": L.LANG, "family": family, "text": text,
                     "injection": injection, "payload": payload})

    # ---- injections
    for src, fam, text, pay in L.INJ_FULL:
        add(src, fam, text, True, pay)
    need = n_inj - len(L.INJ_FULL)
    if need < 0:
        raise SystemExit("%s: too many full injections" % L.LANG)
    car = carriers(L)
    inj_car = car[:]
    rng.shuffle(inj_car)
    pays = list(L.PAYLOADS)
    rng.shuffle(pays)
    used = set()
    ci = 0
    for i in range(need):
        fam, pay = pays[i % len(pays)]
        while (i % len(pays), ci % len(inj_car)) in used:
            ci += 1
        used.add((i % len(pays), ci % len(inj_car)))
        slot, c = inj_car[ci % len(inj_car)]
        ci += 1
        src, f, text = WRAPPERS[slot](L, rng, c, pay, fam)
        add(src, f, text, True, pay)

    # ---- benign
    ben = []
    for src, kind, text in L.HARD_FULL:
        ben.append((src, kind, text))
    ben_car = car[:]
    rng.shuffle(ben_car)
    pos = 0
    # trigger-word sentences go into customer-written carriers only
    authored = [sc for sc in ben_car if sc[0] in ("review", "email", "ticket")]
    for n, (kind, snip) in enumerate(L.HARD_SNIPPETS):
        slot, c = authored[(n * 2 + 1) % len(authored)]
        src, text = with_snippet(L, rng, slot, c, snip)
        ben.append((src, kind, text))
    for k in range(L.NEUTRAL):
        src, fam, text = neutral_hard(L, rng, k % 5, k // 5)
        ben.append((src, fam, text))
    if len(ben) > n_ben:
        raise SystemExit("%s: %d hard rows > %d benign" % (L.LANG, len(ben), n_ben))
    while len(ben) < n_ben:
        if pos >= 2 * len(ben_car):
            raise SystemExit("%s: not enough carriers" % L.LANG)
        slot, c = ben_car[pos % len(ben_car)]
        pos += 1
        src, text = plain(L, rng, slot, c)
        ben.append((src, "benign", text))
    for src, kind, text in ben:
        add(src, kind, text, False)
    return rows
