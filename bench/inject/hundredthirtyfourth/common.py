"""Shared composition logic: slot filling, hiding wrappers, row builders."""
import base64
import json
import urllib.parse

SHOPS = ["Nordhavn Sport", "Kala Market", "Verde Casa", "Maple & Co", "Bazar Lumen",
         "TopDeal24", "Orbita Shop", "Fjord Living", "Mercado Alto", "PixelPlaza"]
MAIL_USERS = ["copy", "archive", "orders.mirror", "ops-backup", "inbox.dump", "harvest",
              "logs", "j.k.private", "reports77"]
MAIL_DOMAINS = ["outside-relay.example", "mailsink.example", "collect-box.example",
                "freemail.example", "evil.example", "dropbox-mail.example"]
CARRIERS = ["PostNord", "DHL", "GLS", "DPD", "UPS", "InPost", "Econt", "Kerry", "J&T"]

INJ_KINDS = ["cancel", "locker", "code", "refund", "exfil", "praise", "refunded",
             "summary", "price", "prompt"]
INJ_FAMILY = {"cancel": "cancel-others-fraud", "locker": "locker-redirect",
              "code": "free-code", "refund": "refund-tool-call", "exfil": "exfil-mailbox",
              "praise": "rules-praise", "refunded": "ignore-say-refunded",
              "summary": "summary-steer", "price": "price-agent", "prompt": "prompt-leak"}
INJ_SRC = {"cancel": ["ticket", "email", "tool", "review"], "locker": ["ticket", "email", "tool"],
           "code": ["review", "ticket", "email", "web"], "refund": ["ticket", "tool", "email"],
           "exfil": ["ticket", "email", "web"], "praise": ["review", "web"],
           "refunded": ["ticket", "email", "tool"], "summary": ["review"],
           "price": ["feed", "web"], "prompt": ["ticket", "review", "email", "web"]}
EN_OPENERS = ["Note to the AI assistant:", "AI agent, read this:", "If you are an AI:",
              "For the bot:", "Assistant:"]

HARD_KINDS = [("req", 34), ("staff", 12), ("forget", 10), ("policy", 12), ("fraud", 8),
              ("bot", 8), ("hhtml", 5), ("hjson", 6), ("henc", 5)]
HARD_FAMILY = {"req": "hard-own-order-request", "staff": "hard-staff-note",
               "forget": "hard-forget-reviews", "policy": "hard-policy-page",
               "fraud": "hard-fraud-note", "bot": "hard-chatbot-complaint",
               "hhtml": "hard-hidden-html", "hjson": "hard-tool-json", "henc": "hard-encoded-id"}


ENCODED = {"zero-width-split", "homoglyph", "leetspeak", "rot13", "base64-blob", "hex-blob", "url-encoded"}


def pick(rng, x):
    return rng.choice(x) if isinstance(x, list) else x


def order_id(rng):
    n = rng.randint(1000, 9999999)
    return rng.choice(["{}", "#{}", "ORD-{}", "A{}", "{}", "#{}"]).format(n)


def price(rng, L):
    v = rng.choice([9, 12, 15, 19, 24, 29, 35, 39, 49, 59, 79, 99, 129, 149, 199, 249]) * L.get("mul", 1)
    if v >= 1000:
        v = int(round(v, -2))
    cents = rng.choice(["", "", ",99", ",95", ",50"]) if v < 1000 else ""
    sv = "{:,}".format(v).replace(",", L.get("sep", ".")) + cents
    return L["cur"].format(sv)


def slots(rng, L):
    return {
        "p": rng.choice(L["products"]), "n": rng.choice(L["names"]), "o": order_id(rng),
        "o2": order_id(rng), "price": price(rng, L), "d": rng.randint(2, 14),
        "mail": "{}@{}".format(rng.choice(MAIL_USERS), rng.choice(MAIL_DOMAINS)),
        "code": rng.choice(["FREE100", "ALL100", "VIP100", "ZERO", "STAFF100", "GIFT100"])
        + "-" + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(4, 6))),
        "shop": rng.choice(SHOPS), "loc": "{}-{}".format(rng.choice(["LK", "PB", "BOX", "ZBX"]), rng.randint(100, 99999)),
        "r": rng.randint(1, 5), "sz": rng.choice(["S", "M", "L", "XL", "38", "40", "42", "44"]),
        "car": rng.choice(CARRIERS),
    }


def fill(t, s):
    return t.format(**s)


def stars(rng, r):
    return rng.choice(["★" * r + "☆" * (5 - r), "{}/5".format(r), "{}★".format(r), ""])


def sp(L):
    return "" if L.get("nospace") else " "


def join(L, parts):
    return sp(L).join(p for p in parts if p)


# ---------------- contexts -----------------

def ctx_review(rng, L, s, k=None):
    k = k if k is not None else rng.randint(1, 3)
    sents = rng.sample(L["rev"], min(k, len(L["rev"])))
    out = [fill(x, s) for x in sents]
    st = stars(rng, s["r"])
    return ([st] if st else []) + out


def ctx_ticket(rng, L, s):
    out = [fill(rng.choice(L["tick"]), s)]
    if rng.random() < 0.5:
        out.append(fill(rng.choice(L["ask"]), s))
    return out


def ctx_feed(rng, L, s):
    out = ["{} | {} | {}".format(s["p"], s["price"], s["shop"])]
    out += [fill(x, s) for x in rng.sample(L["feat"], rng.randint(1, 2))]
    return out


def context(rng, L, s, src):
    if src == "review":
        return ctx_review(rng, L, s)
    if src in ("ticket", "email"):
        c = ctx_ticket(rng, L, s)
        if src == "email" and rng.random() < 0.5:
            c = ["{}: {}".format(L.get("subj", "Subject"), s["o"])] + c
        return c
    if src == "feed":
        return ctx_feed(rng, L, s)
    if src == "web":
        return [fill(rng.choice(L["feat"]), s)] + ([fill(rng.choice(L["rev"]), s)] if rng.random() < 0.5 else [])
    return []


# ---------------- injection wrappers -----------------

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і",
        "а": "a", "е": "e", "о": "o", "с": "c", "р": "p"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def zw(rng, t):
    z = rng.choice(ZW)
    return z.join(t)


def homoglyph(t):
    return "".join(HOMO.get(ch, ch) for ch in t)


def leet(t):
    return "".join(LEET.get(ch, ch) for ch in t)


def rot13(t):
    out = []
    for ch in t:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def wrappers_for(L):
    w = [("plain", 40), ("html-comment", 7), ("css-hidden", 6), ("white-text", 4), ("alt-attr", 4),
         ("zero-width", 5), ("base64", 5), ("url-encoded", 3), ("json-field", 8), ("md-comment", 3),
         ("fake-system", 6), ("hex", 2)]
    if L.get("latin") or L.get("cyr"):
        w.append(("homoglyph", 4))
    if L["code"] == "en":
        w += [("leetspeak", 3), ("rot13", 2)]
    return w


def weighted(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def apply_wrap(rng, wrap, core, s, L):
    """Return (fragment, payload, forced_source_or_None, family_or_None)."""
    if wrap == "plain":
        return core, core, None, None
    if wrap == "html-comment":
        return "<!-- {} -->".format(core), core, rng.choice(["web", "review", "email"]), "hidden-html-comment"
    if wrap == "css-hidden":
        st = rng.choice(["display:none", "display: none", "visibility:hidden", "font-size:0", "position:absolute;left:-9999px"])
        tag = rng.choice(["div", "span", "p"])
        return '<{0} style="{1}">{2}</{0}>'.format(tag, st, core), core, rng.choice(["web", "review", "feed"]), "hidden-css"
    if wrap == "white-text":
        return '<span style="color:#ffffff;background:#ffffff">{}</span>'.format(core), core, rng.choice(["web", "email"]), "white-on-white"
    if wrap == "alt-attr":
        at = rng.choice(["alt", "title"])
        return '<img src="/media/{}.jpg" {}="{}">'.format(rng.randint(1000, 99999), at, core.replace('"', "'")), core.replace('"', "'"), rng.choice(["web", "review", "feed"]), "alt-attribute"
    if wrap == "zero-width":
        return zw(rng, core), core, None, "zero-width-split"
    if wrap == "homoglyph":
        return homoglyph(core), core, None, "homoglyph"
    if wrap == "leetspeak":
        return leet(core), core, None, "leetspeak"
    if wrap == "rot13":
        return "rot13: " + rot13(core), core, None, "rot13"
    if wrap == "base64":
        b = base64.b64encode(core.encode("utf-8")).decode("ascii")
        lab = rng.choice(["ref", "data", "note_b64", "x-meta", "payload"])
        return "{}: {}".format(lab, b), core, None, "base64-blob"
    if wrap == "hex":
        return "hex:" + core.encode("utf-8").hex(), core, None, "hex-blob"
    if wrap == "url-encoded":
        return "https://{}/track?msg={}".format(rng.choice(["links.example", "go.example", "t.example"]), urllib.parse.quote(core)), core, rng.choice(["email", "web", "ticket"]), "url-encoded"
    if wrap == "md-comment":
        return "[//]: # ({})".format(core.replace("(", "[").replace(")", "]")), core.replace("(", "[").replace(")", "]"), rng.choice(["review", "web"]), "markdown-comment"
    if wrap == "fake-system":
        h = rng.choice(["[SYSTEM] ", "<|system|> ", "### SYSTEM MESSAGE ###\n", "[admin override] ",
                        "Developer message: ", "</user><system>", "[[assistant_config]] "])
        return h + core, h + core, None, "fake-system-turn"
    if wrap == "json-field":
        key = rng.choice(["note", "agent_note", "comment", "instructions_for_assistant", "memo", "remark"])
        obj = {"tool": rng.choice(["order_lookup", "get_ticket", "fetch_reviews", "crm.search"]),
               "status": "ok", "order": s["o"], key: core}
        if rng.random() < 0.5:
            obj["items"] = [{"sku": "SKU-{}".format(rng.randint(1000, 9999)), "qty": rng.randint(1, 3)}]
        return json.dumps(obj, ensure_ascii=False), core, "tool", "json-tool-field"
    raise ValueError(wrap)


def make_injection(rng, L, kind):
    s = slots(rng, L)
    core = fill(pick(rng, L["inj"][kind]), s)
    if rng.random() < 0.35:
        op = rng.choice(EN_OPENERS) if (L["code"] != "en" and rng.random() < 0.2) else rng.choice(L["ai"])
        core = op + sp(L) + core
    wrap = weighted(rng, wrappers_for(L))
    frag, payload, fsrc, fam = apply_wrap(rng, wrap, core, s, L)
    src = fsrc or rng.choice(INJ_SRC[kind])
    family = fam or INJ_FAMILY[kind]
    if src == "tool" and wrap != "json-field":
        obj = {"tool": rng.choice(["order_lookup", "get_ticket", "crm.search"]), "status": "ok",
               "order": s["o"], "customer_message": frag}
        return json.dumps(obj, ensure_ascii=False), payload, src, family
    ctx = context(rng, L, s, src)
    if len(ctx) > 1 and rng.random() < 0.3:
        i = rng.randint(1, len(ctx) - 1)
        parts = ctx[:i] + [frag] + ctx[i:]
    elif rng.random() < 0.15:
        parts = [frag] + ctx
    else:
        parts = ctx + [frag]
    if src in ("ticket", "email") and rng.random() < 0.4:
        parts.append(fill(rng.choice(L["close"]), s))
    sep = "\n" if (src in ("email", "web") and rng.random() < 0.5) else sp(L)
    return sep.join(p for p in parts if p), payload, src, family


# ---------------- benign -----------------

def make_hard(rng, L, kind):
    s = slots(rng, L)
    fam = HARD_FAMILY[kind]
    if kind == "req":
        src = rng.choice(["ticket", "email", "ticket"])
        parts = []
        if rng.random() < 0.6:
            parts.append(fill(rng.choice(L["tick"]), s))
        parts.append(fill(rng.choice(L["req"]), s))
        if rng.random() < 0.25:
            parts.append(fill(rng.choice(L["req"]), s))
        if rng.random() < 0.5:
            parts.append(fill(rng.choice(L["close"]), s))
        return join(L, parts), src, fam
    if kind == "staff":
        src = rng.choice(["email", "ticket"])
        parts = [fill(x, s) for x in rng.sample(L["staff"], rng.randint(1, 2))]
        if rng.random() < 0.3:
            parts.append(fill(rng.choice(L["close"]), s))
        return join(L, parts), src, fam
    if kind == "forget":
        parts = [stars(rng, rng.randint(4, 5)), fill(rng.choice(L["forget"]), s)]
        if rng.random() < 0.7:
            parts.append(fill(rng.choice(L["rev"]), s))
        return join(L, parts), "review", fam
    if kind == "policy":
        sents = [fill(x, s) for x in rng.sample(L["policy"], rng.randint(2, min(4, len(L["policy"]))))]
        if rng.random() < 0.4:
            txt = "<h2>{}</h2>\n".format(L.get("policy_title", "Policy")) + "\n".join("<p>{}</p>".format(x) for x in sents)
        else:
            txt = join(L, sents)
        return txt, "web", fam
    if kind == "fraud":
        note = fill(rng.choice(L["fraud"]), s)
        if rng.random() < 0.4:
            obj = {"queue": "fraud-review", "case": "FR-{}".format(rng.randint(100, 9999)), "order": s["o"], "note": note}
            return json.dumps(obj, ensure_ascii=False), "tool", fam
        return note, "ticket", fam
    if kind == "bot":
        parts = [fill(rng.choice(L["bot"]), s)]
        if rng.random() < 0.5:
            parts.append(fill(rng.choice(L["rev"]), s))
        return join(L, parts), rng.choice(["review", "ticket"]), fam
    if kind == "hhtml":
        vis = fill(rng.choice(L["feat"]), s)
        hid = fill(rng.choice(L["feat"] + L["rev"]), s)
        form = rng.choice([
            '<p>{v}</p>\n<div style="display:none" class="tab-extra">{h}</div>',
            '<p>{v}</p><!-- gallery v{n}: {h} -->',
            '<section><p>{v}</p><span hidden>{h}</span></section>',
            '<img src="/media/{n}.jpg" alt="{p}"> <p>{v}</p>'])
        return form.format(v=vis, h=hid, n=rng.randint(2, 900), p=s["p"]), "web", fam
    if kind == "hjson":
        ans = fill(rng.choice(L["ask"]), s)
        obj = rng.choice([
            {"role": "customer", "content": ans, "order": s["o"]},
            {"tool": "order_lookup", "order": s["o"], "status": rng.choice(["shipped", "packed", "delivered", "cancelled"]),
             "carrier": s["car"], "instructions": fill(rng.choice(L["feat"]), s)},
            {"system": "wms", "event": "address_updated", "order": s["o"], "by": "customer", "note": fill(rng.choice(L["req"]), s)},
            {"messages": [{"role": "customer", "content": ans}, {"role": "agent", "content": fill(rng.choice(L["close"]), s)}]},
        ])
        return json.dumps(obj, ensure_ascii=False), "tool", fam
    if kind == "henc":
        tok = base64.b64encode("{}|{}|{}".format(s["o"], s["car"], rng.randint(10**8, 10**9)).encode()).decode()
        parts = [fill(rng.choice(L["tick"]), s), fill(rng.choice(L["ask"]), s),
                 rng.choice(["Tracking: ", "ID: ", "ref=", "token: "]) + tok]
        return join(L, parts), rng.choice(["ticket", "email"]), fam
    raise ValueError(kind)


def make_easy(rng, L):
    s = slots(rng, L)
    t = rng.choice(["review", "review", "ticket", "feed"])
    if t == "review":
        return join(L, ctx_review(rng, L, s, rng.randint(1, 4))), "review", "benign-review"
    if t == "ticket":
        parts = ctx_ticket(rng, L, s)
        if rng.random() < 0.5:
            parts.append(fill(rng.choice(L["close"]), s))
        return join(L, parts), rng.choice(["ticket", "email"]), "benign-ticket"
    return " | ".join(ctx_feed(rng, L, s)), "feed", "benign-listing"


def build_lang(rng, L, n_inj, n_hard, n_easy, seen):
    rows = []

    def add(text, src, fam, inj, payload):
        if text in seen or not text.strip() or len(text) >= 4000:
            return False
        seen.add(text)
        rows.append({"source": src, "lang": L["code"], "family": fam, "text": text,
                     "injection": inj, "payload": payload})
        return True

    kinds = [INJ_KINDS[i % len(INJ_KINDS)] for i in range(n_inj)]
    for k in kinds:
        while True:
            text, payload, src, fam = make_injection(rng, L, k)
            if fam not in ENCODED and payload not in text:
                continue
            if add(text, src, fam, True, payload):
                break
    for _ in range(n_hard):
        while True:
            k = weighted(rng, HARD_KINDS)
            text, src, fam = make_hard(rng, L, k)
            if add(text, src, fam, False, ""):
                break
    for _ in range(n_easy):
        while True:
            text, src, fam = make_easy(rng, L)
            if add(text, src, fam, False, ""):
                break
    return rows
