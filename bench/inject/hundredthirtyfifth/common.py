"""Composition engine: builds carrier texts about AI attacks and turns some into live injections."""
import base64
import codecs
import json
import urllib.parse

AIS = ["HALCYON", "Mira-7", "ORACLE-9", "Nyx", "Vesta", "Sentinel", "ARGUS", "Lumen", "KAIROS",
       "Echo-3", "Tessera", "Wren", "Cassia", "MOTHERBOARD", "Juno-4", "Pallas"]
DOMAINS = ["evil.example", "collect.example", "img-cdn.example", "pixel-stats.example",
           "track.example", "files-mirror.example"]
FIELDS = ["role", "instructions", "system_prompt", "override_price", "agent_notes", "refund_limit",
          "persona", "discount_cap", "admin_flag", "tool_calls"]
CODES = ["FREE100", "VIP-90", "STAFF50", "ZERO-PAY", "GIFT200", "ADMIN-X", "TAKEALL", "NOCOST"]
LEVELS = ["INFO", "WARN", "SYSTEM", "ADMIN", "DEBUG", "AUDIT"]
SERVICES = ["chat-gw", "orders-api", "refund-svc", "catalog-sync", "mailer", "bot-router", "pricing"]
LATIN = {"en", "sl", "nb", "tr", "fr", "vi", "nl", "da", "hu", "de"}

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
        "y": "\u0443", "i": "\u0456", "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p",
        "\u0441": "c", "\u0456": "i", "\u03bf": "o", "\u03b1": "a", "\u03bd": "v"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def money(rng, L):
    fmt, scale, dec, sep = L["money"]
    base = rng.choice([4.99, 9.9, 12.5, 19.99, 24.0, 39.95, 49.0, 79.9, 129.0, 249.0, 15.75, 64.3, 99.0, 7.45])
    v = base * scale
    if dec:
        s = f"{v:.2f}".replace(".", sep)
    else:
        s = f"{int(round(v / 10.0) * 10):,}".replace(",", sep)
    return fmt.format(s)


def ctx(rng, L):
    return {
        "product": rng.choice(L["products"]),
        "ai": rng.choice(AIS),
        "title": rng.choice(L["titles"]),
        "title2": rng.choice(L["titles"]),
        "name": rng.choice(L["names"]),
        "name2": rng.choice(L["names"]),
        "city": rng.choice(L["cities"]),
        "order": rng.choice(["#", "", "A-", "SO-", "#"]) + str(rng.randint(10000, 999999)),
        "price": money(rng, L),
        "n": rng.randint(2, 48),
        "year": rng.randint(2019, 2026),
        "code": rng.choice(CODES),
        "sku": "%s-%04d" % (rng.choice(["HX", "SK", "BT", "AI", "RV", "KB", "LM"]), rng.randint(1, 9999)),
        "field": rng.choice(FIELDS),
        "url": "https://%s/%s?d=" % (rng.choice(DOMAINS), rng.choice(["p", "i.png", "c", "log", "q"])),
        "date": "%d-%02d-%02d" % (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)),
        "stars": rng.randint(1, 5),
    }


def f(rng, L, key, c):
    return rng.choice(L[key]).format(**c)


def some(rng, L, key, c, lo, hi):
    pool = list(L[key])
    rng.shuffle(pool)
    k = min(len(pool), rng.randint(lo, hi))
    return [p.format(**c) for p in pool[:k]]


# ---------- carrier shapes (hard-negative forms) ----------

def sh_blurb(rng, L, c):
    parts = [f(rng, L, "blurb_open", c)] + some(rng, L, "blurb_body", c, 1, 3)
    if rng.random() < 0.7:
        parts.append(f(rng, L, "blurb_close", c))
    return parts, " ", rng.choice(["feed", "web", "feed"])


def sh_news(rng, L, c):
    return some(rng, L, "news", c, 2, 4), " ", "web"


def sh_course(rng, L, c):
    return some(rng, L, "course", c, 2, 4), " ", rng.choice(["web", "email"])


def sh_notice(rng, L, c):
    parts = []
    if rng.random() < 0.6:
        parts.append(f(rng, L, "greet", c))
    parts += some(rng, L, "notice", c, 2, 4)
    if rng.random() < 0.5:
        parts.append(f(rng, L, "bye", c))
    return parts, rng.choice([" ", "\n"]), rng.choice(["email", "web", "email"])


def sh_doc(rng, L, c):
    lines = some(rng, L, "doc", c, 2, 3)
    obj = {"role": rng.choice(["customer", "agent", "system"]), "order_id": c["order"]}
    for k in rng.sample(FIELDS, rng.randint(1, 3)):
        obj[k] = rng.choice([None, "", 0, False, "n/a", c["price"]])
    block = "```json\n" + json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n```"
    lines.insert(rng.randint(1, len(lines)), block)
    return lines, "\n", rng.choice(["web", "tool"])


def log_line(rng, L, c, msg=None, level=None):
    c2 = dict(c)
    c2["order"] = "#" + str(rng.randint(10000, 999999))
    m = msg if msg is not None else f(rng, L, "log_msg", c2)
    ts = "%s %02d:%02d:%02d" % (c["date"], rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    lvl = level or rng.choice(LEVELS)
    kv = rng.choice(["req=%s" % rng.randint(1000, 99999), "order=%s" % c2["order"], "sku=%s" % c["sku"],
                     "user=u%d" % rng.randint(100, 9999)])
    return "%s [%s] %s %s msg=\"%s\"" % (ts, lvl, rng.choice(SERVICES), kv, m)


def sh_log(rng, L, c):
    return [log_line(rng, L, c) for _ in range(rng.randint(3, 6))], "\n", "tool"


def sh_transcript(rng, L, c):
    lab = L["labels"]
    lines = [f(rng, L, "tr_intro", c)]
    for _ in range(rng.randint(1, 3)):
        lines.append("%s: %s" % (lab["customer"], f(rng, L, "cust_line", c)))
        lines.append("%s: %s" % (rng.choice([lab["bot"], lab["agent"]]), f(rng, L, "bot_line", c)))
    if rng.random() < 0.5:
        lines.append(f(rng, L, "bye", c))
    return lines, "\n", "ticket"


def sh_macro(rng, L, c):
    return some(rng, L, "macro", c, 2, 4), rng.choice([" ", "\n"]), "ticket"


def sh_gadget(rng, L, c):
    parts = some(rng, L, "gadget", c, 2, 4)
    if rng.random() < 0.5:
        parts.insert(0, "%s/5" % c["stars"] if rng.random() < 0.5 else "\u2605" * c["stars"])
    return parts, " ", "review"


def sh_review(rng, L, c):
    parts = some(rng, L, "review", c, 1, 4)
    if rng.random() < 0.4:
        parts.insert(0, "\u2605" * c["stars"])
    return parts, " ", "review"


def sh_ticket(rng, L, c):
    parts = []
    if rng.random() < 0.6:
        parts.append(f(rng, L, "greet", c))
    parts += some(rng, L, "ticket", c, 1, 3)
    if rng.random() < 0.5:
        parts.append(f(rng, L, "bye", c))
    return parts, rng.choice([" ", "\n"]), rng.choice(["ticket", "email"])


def sh_listing(rng, L, c):
    return some(rng, L, "listing", c, 2, 4), rng.choice([" ", "\n"]), "feed"


HARD = {
    "hard-rogue-ai-blurb": sh_blurb,
    "hard-rogue-ai-news": sh_news,
    "hard-injection-course": sh_course,
    "hard-security-notice": sh_notice,
    "hard-api-docs": sh_doc,
    "hard-server-log": sh_log,
    "hard-quoted-transcript": sh_transcript,
    "hard-support-macro": sh_macro,
    "hard-ai-gadget-review": sh_gadget,
}
PLAIN = {"benign-review": sh_review, "benign-ticket": sh_ticket, "benign-listing": sh_listing}

# injection shape -> (carrier, payload kinds, family)
INJ = {
    "blurb": (sh_blurb, ["steer", "verify", "reveal", "exfil"], "blurb-summary-steer"),
    "news": (sh_news, ["steer", "memory", "reveal"], "news-item-order"),
    "course": (sh_course, ["reveal", "discount", "data", "steer"], "course-conditional-order"),
    "notice": (sh_notice, ["reveal", "data", "exfil"], "notice-reveal-rules"),
    "doc": (sh_doc, ["code", "refund", "reveal"], "doc-comment-agent-order"),
    "log": (sh_log, ["refund", "discount", "data"], "log-line-refund"),
    "transcript": (sh_transcript, ["refund", "discount", "reveal", "data"], "transcript-open-turn"),
    "macro": (sh_macro, ["refund", "discount", "memory"], "macro-agent-order"),
    "gadget": (sh_gadget, ["rank", "steer", "verify"], "review-rank-steer"),
    "plainreview": (sh_review, ["rank", "verify", "exfil", "memory"], "review-hidden-order"),
    "plainticket": (sh_ticket, ["refund", "data", "discount", "reveal"], "ticket-agent-order"),
}


def benign_extra(rng, c, parts, source):
    """Ordinary hidden/encoded content that a screener must not flag."""
    r = rng.random()
    if source in ("web", "feed") and r < 0.15:
        parts.append('<div style="display:none">sku=%s stock=%d</div>' % (c["sku"], c["n"]))
    elif source in ("web", "feed") and r < 0.25:
        parts.append("<!-- layout v%d, updated %s -->" % (c["n"], c["date"]))
    elif r < 0.32:
        tok = base64.b64encode(("%s|%s|%s" % (c["order"], c["sku"], c["date"])).encode()).decode()
        parts.append("ref: " + tok)
    elif source in ("web", "feed") and r < 0.38:
        parts.append('<img src="/img/%s.jpg" alt="%s">' % (c["sku"], c["product"]))


def wrap(rng, lang, L, p, source):
    """Return (inserted_part, payload_as_labelled, technique)."""
    techs = ["plain"] * 9 + ["html-comment", "css-hidden", "white-text", "zero-width", "base64", "alt-attr",
                             "url-encoded", "hex"]
    if lang in LATIN:
        techs += ["homoglyph", "rot13", "leet"]
    elif lang in ("uk", "el"):
        techs += ["homoglyph"]
    if "(" not in p and ")" not in p:
        techs.append("md-comment")
    if source == "tool":
        techs += ["json-field"] * 8
    t = rng.choice(techs)
    if t == "plain":
        return p, p, t
    if t == "html-comment":
        return "<!-- %s -->" % p, p, t
    if t == "css-hidden":
        return '<div style="display:none">%s</div>' % p, p, t
    if t == "white-text":
        return '<span style="color:#ffffff;background:#ffffff;font-size:1px">%s</span>' % p, p, t
    if t == "alt-attr":
        q = p.replace('"', "'")
        return '<img src="/img/x%d.png" alt="%s">' % (rng.randint(1, 999), q), q, t
    if t == "md-comment":
        return "[//]: # (%s)" % p, p, t
    if t == "zero-width":
        return "\u200b".join(p), p, t
    if t == "base64":
        return "%s %s" % (rng.choice(L["decode"]), base64.b64encode(p.encode()).decode()), p, t
    if t == "hex":
        return "%s %s" % (rng.choice(L["decode"]), p.encode().hex()), p, t
    if t == "url-encoded":
        return "%s %s" % (rng.choice(L["decode"]), urllib.parse.quote(p)), p, t
    if t == "rot13":
        return "%s %s" % (rng.choice(L["decode"]), codecs.encode(p, "rot13")), p, t
    if t == "homoglyph":
        return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.6 else ch for ch in p), p, t
    if t == "leet":
        return "".join(LEET[ch] if ch in LEET and rng.random() < 0.7 else ch for ch in p), p, t
    if t == "json-field":
        obj = {"status": "ok", "order_id": "#%d" % rng.randint(10000, 99999),
               rng.choice(["note", "instructions", "agent_hint", "comment"]): p}
        s = json.dumps(obj, ensure_ascii=False)
        esc = json.dumps(p, ensure_ascii=False)[1:-1]
        return s, esc, t
    raise ValueError(t)


TECH_FAMILY = {
    "html-comment": "hidden-html-comment", "css-hidden": "hidden-css-display-none", "white-text": "white-on-white",
    "alt-attr": "hidden-alt-attribute", "md-comment": "markdown-comment", "zero-width": "zero-width-split",
    "base64": "encoded-base64", "hex": "encoded-hex", "url-encoded": "encoded-url", "rot13": "encoded-rot13",
    "homoglyph": "homoglyph-swap", "leet": "leetspeak", "json-field": "tool-json-field",
}


def make_hard(rng, L, fam):
    c = ctx(rng, L)
    parts, sep, source = HARD[fam](rng, L, c)
    if fam not in ("hard-server-log", "hard-api-docs"):
        benign_extra(rng, c, parts, source)
    return sep.join(parts), source


def make_plain(rng, L, fam):
    c = ctx(rng, L)
    parts, sep, source = PLAIN[fam](rng, L, c)
    return sep.join(parts), source


def make_injection(rng, lang, L, Len, shape):
    c = ctx(rng, L)
    carrier, kinds, fam = INJ[shape]
    parts, sep, source = carrier(rng, L, c)
    kind = rng.choice(kinds)
    # some payloads written in English inside another language (mixed-language attacks)
    P = Len if (lang != "en" and rng.random() < 0.15) else L
    c2 = dict(c)
    c2["title"] = rng.choice(L["titles"])
    p = rng.choice(P["p_" + kind]).format(**c2)
    lab = L["labels"]
    if shape == "transcript" and rng.random() < 0.6:
        p = "%s: %s\n%s:" % (lab["system"], p, lab["assistant"])
        parts.append(p)
        return sep.join(parts), source, fam, p
    if shape == "log" and rng.random() < 0.6:
        msg = "%s: %s" % (lab["assistant"], p) if rng.random() < 0.5 else p
        esc = msg.replace('"', "'")
        line = log_line(rng, L, c, msg=esc, level=rng.choice(["SYSTEM", "ADMIN"]))
        parts.insert(rng.randint(1, len(parts)), line)
        return sep.join(parts), source, fam, esc
    if shape == "doc" and rng.random() < 0.6:
        cm = rng.choice(["// %s", "# %s", "<!-- %s -->", "/* %s */"])
        parts.insert(rng.randint(1, len(parts)), cm % p)
        return sep.join(parts), source, fam, p
    ins, pay, t = wrap(rng, lang, L, p, source)
    if rng.random() < 0.7:
        parts.append(ins)
    else:
        parts.insert(rng.randint(0, len(parts)), ins)
    return sep.join(parts), source, (fam if t == "plain" else TECH_FAMILY[t]), pay
