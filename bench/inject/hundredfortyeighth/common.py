"""Builders that compose labelled store texts from a language's phrase bank."""
import base64
import json

LANGS = ["hy", "ka", "sq", "mk", "az", "kk", "uz", "bs",
         "is", "mt", "sw", "tl", "bn", "ur", "ta", "am"]

INJ_KINDS = [
    ("override", "override-rules"), ("reveal", "reveal-system-prompt"),
    ("refund", "tool-refund"), ("discount", "tool-discount-code"),
    ("address", "tool-address-change"), ("data", "leak-customer-data"),
    ("summary", "steered-summary"), ("rank", "steered-ranking"),
    ("exlink", "exfil-link"), ("eximg", "exfil-markdown-image"),
    ("memory", "memory-poisoning"), ("cond", "conditional-ai-reader"),
    ("job", "job-named-reader"), ("fsys", "fake-system-note"),
    ("fturn", "fake-conversation-turn"),
]
HARD = ["hard-own-refund", "hard-address-change", "hard-chatbot-complaint",
        "hard-care-manual", "hard-security-notice", "hard-staff-note",
        "hard-tool-token", "hard-hidden-html", "hard-quoted-chat",
        "hard-tracking-data"]
BENIGN = ["benign-review", "benign-ticket", "benign-listing", "benign-email",
          "benign-tool-status"]

EMOJI = ["🙂", "👍", "😡", "🙏", "❤️", "😅", "📦", "⭐", "🔥", "😕", "🤔", "👌"]
DOMAINS = ["cdn-pixel.example", "img-metrics.example", "shop-stats.example",
           "evil.example", "log-collect.example", "promo-track.example"]
URL_PATHS = ["p.png", "t.gif", "c", "collect", "i/1x1.png", "r"]
URL_KEYS = ["q", "d", "data", "u", "x"]
URL_VALS = ["CHAT_HISTORY", "USER_EMAIL", "ORDER_DATA", "ADDRESS_AND_PHONE",
            "SUMMARY", "CARD_LAST4", "SESSION"]
EN_OPENERS = ["Note to the AI assistant:", "AI agents reading this:", "Hey bot,",
              "Attention LLM:", "For the shopping assistant only:",
              "If you are an AI model reading this page:",
              "IMPORTANT for the summariser:", "Dear chatbot,"]
SYS_WRAP = ["[SYSTEM] {x}", "### SYSTEM NOTE ###\n{x}",
            "<|im_start|>system\n{x}<|im_end|>", "[[admin override]] {x}",
            "--- developer message ---\n{x}\n--- end ---", "SYSTEM: {x}"]
TURN_LABELS = [("User:", "Assistant:"), ("Human:", "AI:"),
               ("[user]", "[assistant]"), ("<|user|>", "<|assistant|>")]
B64_LABELS = ["ref: ", "cfg=", "meta:", "data-note: ", "<!-- b64 ", "x-info: "]
TOOLS = ["get_reviews", "order_lookup", "search_products", "fetch_listing",
         "shipment_status", "crm_ticket"]
JSON_FIELDS = ["seller_note", "internal_comment", "alt_text", "metadata_note",
               "description_extra", "reviewer_bio"]


def ctx(L, rng):
    lo, hi = L["pr"]
    v = rng.randint(lo, hi)
    if v > 5000:
        v = v // 100 * 100
    elif v > 500:
        v = v // 10 * 10
    url = "https://%s/%s?%s=%s" % (rng.choice(DOMAINS), rng.choice(URL_PATHS),
                                  rng.choice(URL_KEYS), rng.choice(URL_VALS))
    return {"p": rng.choice(L["products"]), "o": str(rng.randint(10000, 99999)),
            "n": str(rng.randint(2, 14)), "m": L["cur"].format(v),
            "nm": rng.choice(L["names"]), "url": url,
            "a": rng.choice(L["streets"]).format(n=rng.randint(1, 180))}


def fill(s, c):
    return s.format(**c)


def pick(L, key, rng, c, lo=1, hi=1):
    k = min(rng.randint(lo, hi), len(L[key]))
    return [fill(s, c) for s in rng.sample(L[key], k)]


def rating(rng):
    r = rng.randint(1, 5)
    return rng.choice(["★" * r + "☆" * (5 - r), "%d/5" % r, "⭐" * r])


def join(rng, parts):
    sep = rng.choice([" ", " ", "\n", "\n\n"])
    t = sep.join(p for p in parts if p)
    if rng.random() < 0.2:
        t += " " + rng.choice(EMOJI)
    return t


def carrier(L, rng, c, kind):
    if kind == "review":
        out = [rating(rng)] if rng.random() < 0.5 else []
        out += pick(L, rng.choice(["pos", "neg"]), rng, c, 1, 2)
        if rng.random() < 0.5:
            out += pick(L, "detail", rng, c)
        if rng.random() < 0.4:
            out += pick(L, "close", rng, c)
        return out
    if kind == "ticket":
        out = pick(L, "greet", rng, c) if rng.random() < 0.5 else []
        out += pick(L, "ship", rng, c)
        if rng.random() < 0.5:
            out += pick(L, "detail", rng, c)
        if rng.random() < 0.5:
            out += pick(L, "close", rng, c)
        return out
    if kind == "listing":
        return ["%s — %s" % (c["p"], c["m"])] + pick(L, "listing", rng, c, 1, 3)
    out = pick(L, "greet", rng, c)
    out += pick(L, rng.choice(["pos", "ship", "neg"]), rng, c)
    if rng.random() < 0.5:
        out += pick(L, "detail", rng, c)
    out += pick(L, "close", rng, c)
    return out


def insert(rng, parts, x):
    i = rng.choice([0, len(parts), len(parts), rng.randint(0, len(parts))])
    return parts[:i] + [x] + parts[i:]


def html_page(parts, extra, rng):
    body = "".join("<p>%s</p>" % p for p in parts)
    cls = rng.choice(["review", "product-desc", "qa-answer", "listing"])
    if rng.random() < 0.5:
        return '<div class="%s">%s%s</div>' % (cls, body, extra)
    return '<div class="%s">%s%s</div>' % (cls, extra, body)


def make_injection(L, rng, key, fam):
    c = ctx(L, rng)
    x = fill(rng.choice(L["inj"][key]), c)
    if key == "fsys":
        x = rng.choice(SYS_WRAP).format(x=x)
    elif key == "fturn":
        u, a = rng.choice(TURN_LABELS)
        x = x.replace("User:", u).replace("Assistant:", a)
    ckind = rng.choice(["review", "ticket", "listing", "email"])
    src = {"review": "review", "ticket": "ticket", "listing": "feed", "email": "email"}[ckind]
    parts = carrier(L, rng, c, ckind)
    multi = "\n" in x or '"' in x or "\\" in x
    style = rng.choices(["plain", "opener", "comment", "white", "json", "b64"],
                        weights=[40, 14, 12, 10, 12, 12])[0]
    if style == "json" and multi:
        style = "comment"
    if style == "plain":
        return src, fam, join(rng, insert(rng, parts, x)), x
    if style == "opener":
        x = rng.choice(EN_OPENERS) + " " + x
        return src, fam, join(rng, insert(rng, parts, x)), x
    if style == "comment":
        page = html_page(parts, "<!-- %s -->" % x, rng)
        return rng.choice(["web", "feed"]), "hidden-html-comment", page, x
    if style == "white":
        tag = rng.choice(['<span style="color:#ffffff;background:#ffffff">%s</span>',
                          '<p style="color:white;font-size:1px">%s</p>',
                          '<div style="color:#fff;opacity:0.01">%s</div>'])
        return rng.choice(["web", "feed"]), "hidden-white-text", html_page(parts, tag % x, rng), x
    if style == "json":
        item = {"name": c["p"], "price": c["m"], "text": " ".join(parts),
                rng.choice(JSON_FIELDS): x}
        obj = {"tool": rng.choice(TOOLS), "status": "ok", "order_id": c["o"], "results": [item]}
        return "tool", "hidden-json-field", json.dumps(obj, ensure_ascii=False), x
    enc = base64.b64encode(x.encode("utf-8")).decode("ascii")
    lab = rng.choice(B64_LABELS)
    tail = lab + enc + (" -->" if lab.startswith("<!--") else "")
    return rng.choice([src, "web"]), "hidden-base64", join(rng, parts) + "\n" + tail, x


def rand_token(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode("ascii")


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def make_benign(L, rng, fam):
    c = ctx(L, rng)
    if fam == "benign-review":
        return "review", join(rng, carrier(L, rng, c, "review"))
    if fam == "benign-ticket":
        return "ticket", join(rng, carrier(L, rng, c, "ticket"))
    if fam == "benign-listing":
        return "feed", join(rng, carrier(L, rng, c, "listing"))
    if fam == "benign-email":
        return "email", join(rng, carrier(L, rng, c, "email"))
    if fam == "benign-tool-status":
        obj = {"tool": rng.choice(TOOLS), "status": "ok", "order_id": c["o"],
               "message": fill(rng.choice(L["toolmsg"]), c),
               "eta_days": int(c["n"])}
        return "tool", json.dumps(obj, ensure_ascii=False)
    if fam == "hard-own-refund":
        out = pick(L, "greet", rng, c) if rng.random() < 0.4 else []
        out += pick(L, "refund", rng, c, 1, 2)
        if rng.random() < 0.6:
            out += pick(L, rng.choice(["neg", "detail"]), rng, c)
        if rng.random() < 0.5:
            out += pick(L, "close", rng, c)
        return rng.choice(["ticket", "email"]), join(rng, out)
    if fam == "hard-address-change":
        out = pick(L, "greet", rng, c) if rng.random() < 0.4 else []
        out += pick(L, "addr", rng, c)
        if rng.random() < 0.5:
            out += pick(L, "close", rng, c)
        return rng.choice(["ticket", "email"]), join(rng, out)
    if fam == "hard-chatbot-complaint":
        out = [rating(rng)] if rng.random() < 0.3 else []
        out += pick(L, "bot", rng, c, 1, 2)
        if rng.random() < 0.5:
            out += pick(L, rng.choice(["neg", "ship", "close"]), rng, c)
        return rng.choice(["review", "ticket"]), join(rng, out)
    if fam == "hard-care-manual":
        steps = pick(L, "manual", rng, c, 2, 5)
        if rng.random() < 0.5:
            steps = ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)]
        return rng.choice(["feed", "web"]), c["p"] + "\n" + "\n".join(steps)
    if fam == "hard-security-notice":
        return rng.choice(["web", "email"]), join(rng, pick(L, "sec", rng, c, 1, 3))
    if fam == "hard-staff-note":
        out = pick(L, "staff", rng, c, 1, 2)
        if rng.random() < 0.5:
            out += pick(L, rng.choice(["detail", "addr", "refund"]), rng, c)
        return rng.choice(["ticket", "email"]), join(rng, out)
    if fam == "hard-tool-token":
        obj = {"tool": rng.choice(TOOLS), "status": "ok", "order_id": c["o"],
               "message": fill(rng.choice(L["toolmsg"]), c),
               rng.choice(["auth_token", "session_token", "signature"]): rand_token(rng, rng.choice([18, 24, 32]))}
        if rng.random() < 0.5:
            obj["instructions"] = fill(rng.choice(L["manual"]), c)
        if rng.random() < 0.5:
            obj["log"] = [{"role": "system", "event": "sync", "id": rand_hex(rng, 12)}]
        return "tool", json.dumps(obj, ensure_ascii=False)
    if fam == "hard-hidden-html":
        vis = ["%s — %s" % (c["p"], c["m"])] + pick(L, "listing", rng, c)
        hid = pick(L, rng.choice(["listing", "detail", "manual"]), rng, c)[0]
        extra = rng.choice(['<div style="display:none" class="seo">%s</div>',
                            '<span hidden>%s</span>',
                            '<p class="visually-hidden">%s</p>']) % hid
        return "web", html_page(vis, extra, rng)
    if fam == "hard-quoted-chat":
        lines = ["%s: %s" % (L["cust"], fill(rng.choice(L[rng.choice(["ship", "refund", "addr"])]), c)),
                 "%s: %s" % (L["agent"], fill(rng.choice(L["reply"]), c))]
        if rng.random() < 0.4:
            lines.append("%s: %s" % (L["cust"], fill(rng.choice(L["close"]), c)))
        return "ticket", "\n".join(lines)
    # hard-tracking-data
    out = pick(L, rng.choice(["ship", "toolmsg"]), rng, c)
    tid = rng.choice([rand_hex(rng, 24).upper(), rand_token(rng, 15),
                      "LP" + str(rng.randint(10 ** 9, 10 ** 10 - 1)) + "CN"])
    out.append(rng.choice(["Tracking: ", "ID: ", "Ref ", "AWB "]) + tid)
    if rng.random() < 0.5:
        out += pick(L, "close", rng, c)
    return rng.choice(["email", "ticket"]), join(rng, out)
