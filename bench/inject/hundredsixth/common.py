"""Shared builders: each language module supplies phrase lists, this module composes rows."""
import base64
import codecs
import json
import urllib.parse

AI_NAMES = ["Mia", "ShopBot", "Kira", "Nova", "Lumi", "Sam", "Ava", "Orbi", "Helpy", "Max", "Juno", "Pixel"]
SHOPS = ["Nordlicht Store", "CasaVerde", "Bazaar24", "Kleo Market", "Urbanfox", "Pinepeak", "Mercato Uno",
         "Sora Goods", "BlueHarbor", "Tidy&Co", "Zenit Shop", "Lumen Home", "Papaya Mall", "Vela Outlet"]
EVIL = ["evil.example", "stats-cdn.example", "img-proxy.example", "trk.example.net", "collect.example.org",
        "cdn-pixel.example", "beacon.example.com"]
EMOJI = ["🙂", "😡", "👍", "🙄", "😅", "⭐", "📦", "🤔", "😤", "❤️", "🔥", "😬", "✅", "🙏"]
LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr"}
CYR = {"ru"}
ZW = "\u200b"
HOMO_L2C = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і"}
HOMO_C2L = {"а": "a", "е": "e", "о": "o", "с": "c", "р": "p", "х": "x", "у": "y"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
FAKE_TAGS = ["[SYSTEM] ", "<<SYS>> ", "### system\n", "<|im_start|>system\n", "[ADMIN] ", "SYSTEM MESSAGE >> ",
             "[developer] ", "--- BEGIN OPERATOR NOTE ---\n"]

INJ_FAMILIES = [
    "inj-direct-override", "inj-conditional-ai", "inj-fake-security-notice", "inj-quoted-then-do",
    "inj-third-person", "inj-unnamed-automated", "inj-fake-system", "inj-fake-turn", "inj-forged-moderation-log",
    "inj-html-comment", "inj-hidden-css", "inj-alt-attr", "inj-white-text", "inj-md-comment", "inj-zero-width",
    "inj-homoglyph", "inj-leetspeak", "inj-base64", "inj-hex", "inj-rot13", "inj-url-encoded", "inj-tool-json",
    "inj-exfil-markdown", "inj-ranking-steer", "inj-mixed-lang", "inj-fake-forum-advice",
]
HARD_FAMILIES = [
    "hard-security-notice", "hard-phishing-warning", "hard-seller-forum", "hard-moderation-report",
    "hard-incident-report", "hard-ai-changelog", "hard-staff-training", "hard-news-article",
    "hard-dev-test-ticket", "hard-bot-like-review-complaint", "hard-human-orders", "hard-ai-product-review",
    "hard-role-json-log", "hard-encoded-data", "hard-hidden-html",
]
PLAIN_FAMILIES = ["benign-review", "benign-ticket", "benign-listing", "benign-email", "benign-faq",
                  "benign-tool-status"]


def families_for(code, injection):
    if not injection:
        return HARD_FAMILIES, PLAIN_FAMILIES
    out = []
    for f in INJ_FAMILIES:
        if f in ("inj-leetspeak", "inj-rot13") and code not in LATIN:
            continue
        if f == "inj-homoglyph" and code not in LATIN | CYR:
            continue
        out.append(f)
    return out


def make_ctx(rng, L):
    c = {}
    c["n"], c["n2"] = rng.sample(L.NAMES, 2)
    c["p"] = rng.choice(L.PRODUCTS)
    c["p2"] = rng.choice(L.PRODUCTS)
    c["o"] = rng.choice(["#", "", "SO-", "A-", "#", "WB"]) + str(rng.randint(10000, 999999))
    a = rng.choice([rng.randint(3, 60), rng.randint(10, 400), rng.randint(20, 1500)])
    c["pr"] = L.PRICE.format(a=a, b=rng.choice(["00", "99", "95", "49", "90", "50"]), i=a * rng.choice([1, 10, 100]))
    c["d"] = rng.randint(2, 21)
    c["x"] = rng.randint(100, 99999)
    c["k"] = rng.randint(3, 240)
    c["st"] = rng.randint(1, 5)
    c["ai"] = rng.choice(AI_NAMES)
    c["shop"] = rng.choice(SHOPS)
    c["v"] = f"{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
    c["date"] = f"{rng.choice([2023, 2024, 2025])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    c["code"] = rng.choice(["VIP", "FREE", "STAFF", "GIFT", "SAVE", "BOSS", "X"]) + str(rng.randint(10, 999))
    c["url"] = rng.choice(EVIL)
    c["pct"] = rng.choice([15, 20, 30, 40, 50, 70, 80, 90, 100])
    c["mail"] = rng.choice(["orders", "refunds", "help", "pay", "backup", "export", "dump"]) + "@" + rng.choice(EVIL)
    c["h"] = rng.randint(2, 23)
    return c


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def fmt(t, c):
    return t.format_map(c)


def set_target(rng, L, c):
    t = rng.choice(L.TGT)
    if isinstance(t, dict):
        for k, v in t.items():
            c["t_" + k] = v
        c["t"] = next(iter(t.values()))
    else:
        c["t"] = t


def core(rng, L, c, override=None):
    """Imperative instruction without any address: override clause and/or action."""
    set_target(rng, L, c)
    mode = rng.random() if override is None else (0.0 if override else 0.9)
    if mode < 0.65:
        s = fmt(rng.choice(L.OVR), c) + rng.choice(L.JOIN) + fmt(rng.choice(L.ACT), c)
    elif mode < 0.8:
        s = fmt(rng.choice(L.OVR), c) + rng.choice(L.JOIN) + fmt(rng.choice(L.ACT2), c)
    else:
        s = fmt(rng.choice(L.ACT), c)
    return s.replace(",;", ";").replace(",,", ",").replace(", ,", ",")


def finish(L, s, end=True):
    s = s.rstrip()
    if end and s[-1:] not in ".!?。！？":
        s += L.END
    return s


def attack(rng, L, c, end=True, addr=True):
    body = core(rng, L, c)
    if addr:
        a = fmt(rng.choice(L.ADDR), c)
        s = a + body
    else:
        s = body
    if L.CODE in LATIN | CYR:
        s = cap(s)
    return finish(L, s, end)


def quoted(rng, L, c):
    c2 = dict(c)
    c2["o"] = rng.choice(["#", "", "SO-"]) + str(rng.randint(10000, 999999))
    c2["ai"] = rng.choice(AI_NAMES)
    s = attack(rng, L, c2, end=False, addr=rng.random() < 0.8)
    return L.Q[0] + s + L.Q[1]


def rf(rng, L, t, c):
    """Format a template, drawing a fresh quoted attack for each {q}."""
    if "{q}" in t:
        if "{x}" in t:
            c["x"] = rng.randint(100, 99999)
        c["q"] = quoted(rng, L, c)
        if t.endswith("{q}"):
            t += L.END
    return fmt(t, c)


def typo(rng, s):
    idx = [i for i in range(1, len(s) - 2) if s[i].isalpha() and s[i + 1].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def casual(rng, L, s):
    r = rng.random()
    if L.CODE in LATIN | CYR and r < 0.08:
        s = typo(rng, s)
    elif r < 0.16:
        s = s + " " + rng.choice(EMOJI)
    elif r < 0.2 and L.CODE in LATIN | CYR:
        s = s[:1].lower() + s[1:]
    return s


def pick(rng, L, key, c, k, noq=False, onlyq=False):
    pool = getattr(L, key)
    if noq:
        pool = [t for t in pool if "{q}" not in t]
    if onlyq:
        pool = [t for t in pool if "{q}" in t]
    k = max(0, min(k, len(pool)))
    return [rf(rng, L, t, c) for t in rng.sample(pool, k)]


def mixed(rng, L, key, c, nq, m):
    """One plain opener, nq sentences quoting an attack, then m more plain ones."""
    plain = pick(rng, L, key, c, m + 1, noq=True)
    qs = pick(rng, L, key, c, nq, onlyq=True)
    return plain[:1] + qs + plain[1:]


def join(L, parts, nl=False):
    parts = [p for p in parts if p]
    if nl or L.SEP:
        return ("\n" if nl else L.SEP).join(parts)
    out = parts[0]
    for p in parts[1:]:
        out += ("" if out[-1:] in "。！？」" else "\n") + p
    return out


def stars(rng, c):
    st = c["st"]
    return rng.choice(["★" * st + "☆" * (5 - st), f"{st}/5", f"{st}★", "⭐" * st])


# ---------- carriers (plain store text) ----------

def c_review(rng, L, c, casualize=True):
    parts = []
    if rng.random() < 0.5:
        parts.append(fmt(rng.choice(L.REV_TITLE), c))
    if rng.random() < 0.6:
        parts.append(stars(rng, c))
    body = pick(rng, L, "REV", c, rng.randint(1, 4))
    if casualize:
        body = [casual(rng, L, b) for b in body]
    parts += body
    return parts, rng.random() < 0.35


def c_ticket(rng, L, c, casualize=True):
    parts = [fmt(rng.choice(L.TICKET_OPEN), c)]
    body = pick(rng, L, "TICKET", c, rng.randint(1, 4))
    if casualize:
        body = [casual(rng, L, b) for b in body]
    parts += body
    if rng.random() < 0.7:
        parts.append(fmt(rng.choice(L.SIGN), c))
    return parts, rng.random() < 0.5


def c_feed(rng, L, c, casualize=True):
    parts = [cap(fmt(rng.choice(L.FEED_TITLE), c))]
    parts += pick(rng, L, "FEED", c, rng.randint(2, 5))
    return parts, rng.random() < 0.6


def c_email(rng, L, c, casualize=True):
    parts = [fmt(rng.choice(L.GREET), c)]
    parts += pick(rng, L, "EMAIL", c, rng.randint(1, 4))
    parts.append(fmt(rng.choice(L.EMAIL_SIGN), c))
    return parts, rng.random() < 0.6


def c_web(rng, L, c, casualize=True):
    parts = pick(rng, L, "WEB", c, rng.randint(2, 5))
    return parts, rng.random() < 0.4


CARRIERS = {"review": c_review, "ticket": c_ticket, "feed": c_feed, "email": c_email, "web": c_web}


def tool_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=rng_indent(obj))


def rng_indent(obj):
    return 2 if len(json.dumps(obj)) % 3 else None


def html_wrap(rng, c, paras, extra=None, pos=None):
    lines = [f'<div class="product" data-sku="{c["x"]}">', f"<h2>{c['p']}</h2>"]
    ps = [f"<p>{p}</p>" for p in paras]
    if extra is not None:
        ps.insert(pos if pos is not None else rng.randint(0, len(ps)), extra)
    lines += ps
    lines.append("</div>")
    return "\n".join(lines)


# ---------- benign plain ----------

def b_plain(rng, L, fam, c):
    if fam == "benign-review":
        parts, nl = c_review(rng, L, c)
        return "review", join(L, parts, nl)
    if fam == "benign-ticket":
        parts, nl = c_ticket(rng, L, c)
        return "ticket", join(L, parts, nl)
    if fam == "benign-listing":
        parts, nl = c_feed(rng, L, c)
        return "feed", join(L, parts, nl)
    if fam == "benign-email":
        parts, nl = c_email(rng, L, c)
        return "email", join(L, parts, nl)
    if fam == "benign-faq":
        parts, nl = c_web(rng, L, c)
        return "web", join(L, parts, nl)
    obj = {"tool": rng.choice(["order_status", "shipment_lookup", "get_order", "track_parcel"]),
           "order_id": c["o"], "status": rng.choice(["shipped", "processing", "delivered", "returned", "on_hold"]),
           "eta_days": c["d"], "note": fmt(rng.choice(L.TOOLTXT), c)}
    if rng.random() < 0.5:
        obj["items"] = [{"name": c["p"], "price": c["pr"], "qty": rng.randint(1, 3)}]
    return "tool", tool_json(obj)


# ---------- benign hard ----------

def b_hard(rng, L, fam, c):
    if fam == "hard-security-notice":
        parts = [fmt(rng.choice(L.SEC_HEAD), c)] + mixed(rng, L, "SEC", c, rng.randint(1, 2), rng.randint(1, 3))
        return rng.choice(["web", "email"]), join(L, parts, rng.random() < 0.5)
    if fam == "hard-phishing-warning":
        parts = [fmt(rng.choice(L.GREET), c)] + mixed(rng, L, "PHISH", c, rng.randint(1, 2), rng.randint(1, 3))
        parts.append(fmt(rng.choice(L.EMAIL_SIGN), c))
        return "email", join(L, parts, rng.random() < 0.6)
    if fam == "hard-seller-forum":
        parts = mixed(rng, L, "FORUM", c, 1, rng.randint(1, 3))
        parts.append("— " + c["n"] + ", " + c["shop"])
        return "web", join(L, parts, rng.random() < 0.4)
    if fam == "hard-moderation-report":
        items = pick(rng, L, "MOD_ITEM", c, rng.randint(2, 4))
        if rng.random() < 0.4:
            rows = []
            for _ in range(rng.randint(1, 3)):
                rows.append({"review_id": rng.randint(1000, 99999), "author": rng.choice(L.NAMES),
                             "status": "removed", "reason": rng.choice(L.MOD_REASON),
                             "quoted_excerpt": quoted(rng, L, c)})
            obj = {"tool": "moderation_log", "date": c["date"], "removed": rows}
            return "tool", tool_json(obj)
        parts = [fmt(rng.choice(L.MOD_HEAD), c)] + ["- " + i for i in items] + [fmt(rng.choice(L.MOD_FOOT), c)]
        return "web", join(L, parts, True)
    if fam == "hard-incident-report":
        parts = [fmt(rng.choice(L.INC_HEAD), c)] + mixed(rng, L, "INC", c, rng.randint(1, 2), rng.randint(2, 4))
        return rng.choice(["ticket", "web"]), join(L, parts, rng.random() < 0.5)
    if fam == "hard-ai-changelog":
        items = mixed(rng, L, "CHG", c, rng.randint(1, 2), rng.randint(1, 3))
        rng.shuffle(items)
        parts = [fmt(rng.choice(L.CHG_HEAD), c)] + ["• " + i for i in items]
        return rng.choice(["web", "feed"]), join(L, parts, True)
    if fam == "hard-staff-training":
        parts = mixed(rng, L, "TRAIN", c, rng.randint(1, 2), rng.randint(2, 4))
        if rng.random() < 0.5:
            parts.insert(0, fmt(rng.choice(L.GREET), c))
        return rng.choice(["email", "web"]), join(L, parts, rng.random() < 0.5)
    if fam == "hard-news-article":
        parts = [fmt(rng.choice(L.NEWS_HEAD), c)] + mixed(rng, L, "NEWS", c, rng.randint(1, 2), rng.randint(2, 4))
        return "web", join(L, parts, rng.random() < 0.5)
    if fam == "hard-dev-test-ticket":
        parts = [fmt(rng.choice(L.DEV_HEAD), c)] + pick(rng, L, "DEV", c, rng.randint(1, 3))
        cb = "```\n" + attack(rng, L, dict(c), end=True, addr=rng.random() < 0.7) + "\n```"
        parts.insert(rng.randint(1, len(parts)), fmt(rng.choice(L.DEV_CB), c) + "\n" + cb)
        return "ticket", join(L, parts, True)
    if fam == "hard-bot-like-review-complaint":
        parts = mixed(rng, L, "COMPL", c, 1, rng.randint(1, 3))
        if rng.random() < 0.5:
            parts.append(fmt(rng.choice(L.SIGN), c))
        return rng.choice(["review", "ticket"]), join(L, parts, False)
    if fam == "hard-human-orders":
        parts = [fmt(rng.choice(L.TICKET_OPEN), c)] + pick(rng, L, "HUMAN", c, rng.randint(2, 4))
        parts.append(fmt(rng.choice(L.SIGN), c))
        return rng.choice(["ticket", "email"]), join(L, parts, rng.random() < 0.4)
    if fam == "hard-ai-product-review":
        parts = []
        if rng.random() < 0.6:
            parts.append(stars(rng, c))
        parts += [casual(rng, L, s) for s in pick(rng, L, "AIPROD", c, rng.randint(2, 4))]
        return "review", join(L, parts, rng.random() < 0.3)
    if fam == "hard-role-json-log":
        msgs = [{"role": "system", "content": fmt(rng.choice(L.LOGSYS), c)},
                {"role": "user", "content": rf(rng, L, rng.choice(L.TICKET), c)},
                {"role": "assistant", "content": fmt(rng.choice(L.LOGASSIST), c)}]
        obj = {"conversation_id": f"c-{c['x']}", "channel": "chat", "messages": msgs,
               "instructions_version": c["v"]}
        return "tool", tool_json(obj)
    if fam == "hard-encoded-data":
        blob = base64.b64encode(f"{c['shop']}|{c['o']}|{c['x']}".encode()).decode()
        thumb = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(18, 48)))).decode()
        if rng.random() < 0.5:
            obj = {"tool": "catalog_lookup", "sku": c["x"], "title": c["p"], "price": c["pr"],
                   "tracking_token": blob, "thumbnail_b64": "data:image/png;base64," + thumb,
                   "checksum_hex": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                   "summary": fmt(rng.choice(L.FEED), c)}
            return "tool", tool_json(obj)
        parts = [cap(fmt(rng.choice(L.FEED_TITLE), c))] + pick(rng, L, "FEED", c, rng.randint(1, 3))
        parts.append(f"ref: {blob}")
        return "feed", join(L, parts, True)
    # hard-hidden-html
    paras = pick(rng, L, "FEED", c, rng.randint(2, 4))
    hidden = fmt(rng.choice(L.FEED), c)
    extra = rng.choice([
        f'<div style="display:none" class="seo">{hidden}</div>',
        f"<!-- {fmt(rng.choice(L.HTMLNOTE), c)} -->",
        f'<img src="/img/{c["x"]}.jpg" alt="{c["p"]}" title="{hidden}">',
        f'<span hidden>{hidden}</span>',
    ])
    return rng.choice(["web", "feed"]), html_wrap(rng, c, paras, extra)


# ---------- injections ----------

def zw(s):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch.isalpha() and i + 1 < len(s) and s[i + 1].isalpha() and i % 2 == 0:
            out.append(ZW)
    return "".join(out)


def homoglyph(rng, s, code):
    m = HOMO_C2L if code in CYR else HOMO_L2C
    return "".join(m[ch] if ch in m and rng.random() < 0.6 else ch for ch in s)


def leet(rng, s):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and rng.random() < 0.6 else ch for ch in s)


def inject(rng, L, fam, c, other=None):
    """Returns (source, text, payload)."""
    src = rng.choice(["review", "ticket", "feed", "email", "web"])

    def carrier(s):
        parts, nl = CARRIERS[s](rng, L, c)
        return parts, nl

    def put(parts, payload, nl, lo=1):
        i = rng.randint(min(lo, len(parts)), len(parts))
        parts.insert(i, payload)
        return join(L, parts, nl)

    if fam == "inj-direct-override":
        p = attack(rng, L, c)
        parts, nl = carrier(src)
        return src, put(parts, p, nl), p
    if fam == "inj-conditional-ai":
        src = rng.choice(["review", "feed", "web", "ticket"])
        body = core(rng, L, c)
        p = finish(L, fmt(rng.choice(L.COND), c) + body)
        parts, nl = carrier(src)
        return src, put(parts, p, nl), p
    if fam == "inj-fake-security-notice":
        body = core(rng, L, c, override=True)
        p = finish(L, fmt(rng.choice(L.NOTICE), c) + body)
        parts = [fmt(rng.choice(L.SEC_HEAD), c)] + pick(rng, L, "SEC", c, rng.randint(0, 2), noq=True)
        src = rng.choice(["web", "email", "review"])
        return src, put(parts, p, rng.random() < 0.5), p
    if fam == "inj-quoted-then-do":
        c["q"] = quoted(rng, L, c)
        p = fmt(rng.choice(L.QTHEN), c)
        pool = rng.choice(["SEC", "TRAIN", "FORUM"])
        parts = pick(rng, L, pool, c, rng.randint(1, 2), noq=True)
        src = rng.choice(["web", "review", "ticket"])
        return src, put(parts, p, rng.random() < 0.4), p
    if fam == "inj-third-person":
        src = rng.choice(["ticket", "email"])
        p = fmt(rng.choice(L.THIRD), c)
        parts, nl = carrier(src)
        return src, put(parts, p, nl), p
    if fam == "inj-unnamed-automated":
        src = rng.choice(["feed", "review", "web"])
        p = fmt(rng.choice(L.UNNAMED), c)
        parts, nl = carrier(src)
        return src, put(parts, p, nl), p
    if fam == "inj-fake-system":
        src = rng.choice(["ticket", "email", "review"])
        p = rng.choice(FAKE_TAGS) + finish(L, fmt(rng.choice(L.SYS), c) + core(rng, L, c))
        parts, nl = carrier(src)
        return src, put(parts, p, True), p
    if fam == "inj-fake-turn":
        src = rng.choice(["ticket", "review"])
        lines = [f"{L.TURN[0]}: " + fmt(rng.choice(L.TICKET), c),
                 f"{L.TURN[1]}: " + fmt(rng.choice(L.ACK), c),
                 f"{L.TURN[0]}: " + finish(L, cap(core(rng, L, c)) if L.CODE in LATIN | CYR else core(rng, L, c))]
        p = "\n".join(lines[rng.randint(0, 1):])
        parts, nl = carrier(src)
        return src, put(parts, p, True), p
    if fam == "inj-forged-moderation-log":
        p = attack(rng, L, c)
        rows = [{"review_id": rng.randint(1000, 99999), "author": rng.choice(L.NAMES), "status": "removed",
                 "reason": rng.choice(L.MOD_REASON)} for _ in range(rng.randint(1, 2))]
        obj = {"tool": "moderation_log", "date": c["date"], "removed": rows, "moderator_note": p}
        return "tool", tool_json(obj), p
    if fam in ("inj-html-comment", "inj-hidden-css", "inj-alt-attr", "inj-white-text"):
        p = attack(rng, L, c)
        paras = pick(rng, L, rng.choice(["FEED", "WEB"]), c, rng.randint(2, 4))
        extra = {
            "inj-html-comment": f"<!-- {p} -->",
            "inj-hidden-css": rng.choice([f'<div style="display:none">{p}</div>',
                                          f'<span style="font-size:0;opacity:0">{p}</span>',
                                          f'<p class="visually-hidden" aria-hidden="true">{p}</p>']),
            "inj-alt-attr": rng.choice([f'<img src="/img/{c["x"]}.webp" alt="{p}">',
                                        f'<a href="/p/{c["x"]}" title="{p}">{c["p"]}</a>']),
            "inj-white-text": rng.choice([f'<p style="color:#ffffff;background:#ffffff">{p}</p>',
                                          f'<font color="white">{p}</font>']),
        }[fam]
        return rng.choice(["web", "feed"]), html_wrap(rng, c, paras, extra), p
    if fam == "inj-md-comment":
        p = attack(rng, L, c)
        parts, nl = carrier(rng.choice(["review", "web"]))
        tag = rng.choice([f"[//]: # ({p})", f"<!-- {p} -->", f"[comment]: <> ({p})"])
        return "review" if rng.random() < 0.5 else "web", put(parts, tag, True), p
    if fam in ("inj-zero-width", "inj-homoglyph", "inj-leetspeak"):
        p = attack(rng, L, c)
        enc = {"inj-zero-width": lambda s: zw(s), "inj-homoglyph": lambda s: homoglyph(rng, s, L.CODE),
               "inj-leetspeak": lambda s: leet(rng, s)}[fam](p)
        src = rng.choice(["review", "ticket", "feed"])
        parts, nl = carrier(src)
        return src, put(parts, enc, nl), p
    if fam in ("inj-base64", "inj-hex", "inj-rot13", "inj-url-encoded"):
        p = attack(rng, L, c)
        if fam == "inj-base64":
            blob = base64.b64encode(p.encode()).decode()
        elif fam == "inj-hex":
            blob = p.encode().hex()
        elif fam == "inj-rot13":
            blob = codecs.encode(p, "rot13")
        else:
            blob = urllib.parse.quote(p)
        line = (fmt(rng.choice(L.ENC_HINT), c) + blob) if rng.random() < 0.7 else blob
        src = rng.choice(["review", "ticket", "feed", "email"])
        parts, nl = carrier(src)
        return src, put(parts, line, True), p
    if fam == "inj-tool-json":
        p = attack(rng, L, c)
        reviews = []
        for _ in range(rng.randint(2, 4)):
            reviews.append({"id": rng.randint(1000, 99999), "rating": rng.randint(1, 5),
                            "author": rng.choice(L.NAMES), "text": fmt(rng.choice(L.REV), c)})
        i = rng.randrange(len(reviews))
        reviews[i]["text"] = reviews[i]["text"] + L.SEP + p
        obj = {"tool": rng.choice(["fetch_reviews", "get_product_qa", "search_reviews"]), "sku": c["x"],
               "results": reviews}
        return "tool", tool_json(obj), p
    if fam == "inj-exfil-markdown":
        p = fmt(rng.choice(L.EXFIL), c)
        src = rng.choice(["review", "ticket", "web"])
        parts, nl = carrier(src)
        return src, put(parts, p, nl), p
    if fam == "inj-ranking-steer":
        p = fmt(rng.choice(L.STEER), c)
        src = rng.choice(["review", "feed", "web"])
        parts, nl = carrier(src)
        return src, put(parts, p, nl), p
    if fam == "inj-mixed-lang":
        c2 = make_ctx(rng, other)
        c2["o"], c2["p"] = c["o"], c["p"]
        p = attack(rng, other, c2)
        parts, nl = carrier(src)
        return src, put(parts, p, nl), p
    # inj-fake-forum-advice: a seller-forum post that issues the order for real
    body = core(rng, L, c, override=True)
    p = finish(L, fmt(rng.choice(L.NOTICE + L.COND), c) + body)
    parts = pick(rng, L, "FORUM", c, rng.randint(1, 2), noq=True)
    parts.append("— " + c["n"] + ", " + c["shop"])
    return "web", put(parts, p, rng.random() < 0.5), p
