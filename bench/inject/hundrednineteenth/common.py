"""Builders shared by all languages: carriers, hiding tricks, encoders."""
import base64
import codecs
import json
import urllib.parse

SEP = " ; "
CASES = ("voc", "nom", "dat", "acc")
EVIL_URL = ["https://cdn-pixel.example/p.gif?d=", "https://stats-relay.example/c?q=",
            "https://img-cache.example/t.png?u=", "https://review-sync.example/i?s=",
            "https://collector.example/a?x=", "https://thumbs-cdn.example/r.png?k="]
EVIL_MAIL = ["orders-backup@relay-mail.example", "export.team@inbox-sync.example",
             "audit.copy@mailbox.example", "vip.desk@support-mirror.example",
             "data.sync@parcel-notify.example"]
ZWS = ("\u200b", "\u200c", "\u2060", "\u200d")
L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
       "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
C2L = {v: k for k, v in L2C.items()}
C2L.update({"ј": "j", "Ј": "J", "ѕ": "s", "Ѕ": "S"})
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1",
        "O": "0", "S": "5", "T": "7", "а": "4", "е": "3", "о": "0", "ѕ": "5", "т": "7", "з": "3",
        "б": "6", "А": "4", "Е": "3", "О": "0", "Т": "7"}
HIDE_BY_SRC = {
    "review": ["hidden-html-comment", "hidden-css", "hidden-white-text", "hidden-alt-attr",
               "hidden-md-comment", "zero-width", "homoglyph", "leetspeak", "encoded-base64", "encoded-rot13"],
    "ticket": ["zero-width", "homoglyph", "leetspeak", "encoded-base64", "encoded-hex", "encoded-rot13", "encoded-url"],
    "email": ["hidden-html-comment", "hidden-css", "hidden-white-text", "zero-width", "encoded-base64",
              "encoded-hex", "homoglyph", "hidden-md-comment"],
    "web": ["hidden-html-comment", "hidden-css", "hidden-white-text", "hidden-alt-attr", "zero-width",
            "homoglyph", "encoded-url", "encoded-base64"],
    "feed": ["hidden-html-comment", "hidden-css", "hidden-alt-attr", "zero-width", "encoded-hex",
             "encoded-base64", "leetspeak"],
    "tool": ["zero-width", "homoglyph", "encoded-base64", "encoded-url", "leetspeak", "encoded-hex"],
}
SCHEME = {"encoded-base64": "base64", "encoded-hex": "hex", "encoded-rot13": "rot13", "encoded-url": "URL"}
SYS_WRAP = ["<|system|>{x}<|end|>", "<system>{x}</system>", "[[SYSTEM]] {x}", "### system\n{x}",
            "</user><assistant_instructions>{x}</assistant_instructions>"]
FAKE_TOOLS = ["refund_api", "crm.lookup", "inventory.sync", "price_check", "verify_customer", "coupon_service"]


def parse(text):
    """Sections start with '== NAME'; one item per line; '|' means a line break."""
    d, cur = {}, None
    for ln in text.splitlines():
        ln = ln.strip()
        if not ln:
            continue
        if ln.startswith("== "):
            cur = ln[3:].strip()
            d[cur] = []
            continue
        d[cur].append("\n".join(p.strip() for p in ln.split("|")))
    return d


def num(x, dec=2, th=".", dp=","):
    s = f"{x:,.{dec}f}"
    return s.replace(",", "\0").replace(".", dp).replace("\0", th)


def cap(s, lang):
    if not s:
        return s
    if lang == "tr" and s[0] == "i":
        return "İ" + s[1:]
    return s[0].upper() + s[1:]


def make_ctx(L, r):
    D = L.D
    p, p2 = r.sample(D["PRODUCTS"], 2)
    n1, n2 = r.sample(D["NAMES"], 2)
    amt = lambda: r.choice([r.randint(3, 59) + r.choice([0, .5, .9, .99]),
                            r.randint(60, 399) + r.choice([0, .9, .99]), float(r.randint(400, 1600))])
    c = {"p": p, "p2": p2, "name": n1, "name2": n2, "price": L.money(amt()), "price2": L.money(amt()),
         "order": str(r.randint(10000, 998999)), "sku": f"{r.choice('ABCDEFHKMNPRSTV')}{r.choice('ABCDEFHKMNPRSTV')}-{r.randint(1000, 9999)}",
         "days": r.randint(*getattr(L, "DAYS", (5, 20))), "n": r.randint(*getattr(L, "NRANGE", (2, 4))), "pct": r.choice([15, 20, 25, 30, 40, 50, 60, 70, 90, 100]),
         "code": r.choice(["VIP", "FREE", "SAVE", "MEGA", "STAFF", "ADMIN", "GIFT", "BONUS", "LOYAL", "SPRING"]) + str(r.randint(10, 999)),
         "url": r.choice(EVIL_URL), "email": r.choice(EVIL_MAIL), "addr": r.choice(D["ADDRS"]),
         "store": r.choice(D["STORES"]), "s": r.choice([5, 5, 5, 4, 4, 4, 3, 2, 1]),
         "date": L.DATE.format(d=r.randint(1, 28), m=r.randint(1, 12), y=r.choice([2024, 2025]))}
    c["P"], c["P2"] = cap(p, L.CODE), cap(p2, L.CODE)
    i = r.randrange(len(D["ADDR"]))
    for k, v in zip(CASES, D["ADDR"][i].split(SEP)):
        c[k] = v
        c[k.capitalize()] = cap(v, L.CODE)
    return c


def fill(t, c):
    return t.format(**c)


def pick(r, L, key, c, k=1):
    items = L.D[key]
    return [fill(x, c) for x in r.sample(items, min(k, len(items)))]


# ---------- obfuscation ----------
def zw(s, r):
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch.isalpha() and i + 1 < len(s) and s[i + 1].isalpha() and r.random() < 0.7:
            out.append(r.choice(ZWS))
    return "".join(out)


def homo(s, r, cyr):
    m = C2L if cyr else L2C
    return "".join(m[ch] if ch in m and r.random() < 0.6 else ch for ch in s)


def leet(s, r):
    return "".join(LEET[ch] if ch in LEET and r.random() < 0.75 else ch for ch in s)


def encode(kind, s):
    if kind == "encoded-base64":
        return base64.b64encode(s.encode()).decode()
    if kind == "encoded-hex":
        return s.encode().hex()
    if kind == "encoded-rot13":
        return codecs.encode(s, "rot13")
    return urllib.parse.quote(s)


def hide(L, r, c, tech, p):
    """Return the text segment that carries payload p hidden by technique tech."""
    if tech == "hidden-html-comment":
        return r.choice(["<!-- {} -->", "<!--{}-->", "<!-- note: {} -->"]).format(p)
    if tech == "hidden-css":
        return r.choice(['<div style="display:none">{}</div>', '<span style="font-size:0">{}</span>',
                         '<p hidden>{}</p>', '<span style="position:absolute;left:-9999px">{}</span>',
                         '<div style="opacity:0;height:0;overflow:hidden">{}</div>']).format(p)
    if tech == "hidden-white-text":
        return r.choice(['<span style="color:#ffffff;background:#ffffff">{}</span>',
                         '<font color="white">{}</font>', '<span style="color:#fff">{}</span>']).format(p)
    if tech == "hidden-alt-attr":
        return r.choice(['<img src="/media/{s}.jpg" alt="{p}">', '<a href="/p/{s}" title="{p}">{n}</a>',
                         '<img src="/img/{s}-2.webp" title="{p}" width="1" height="1">']).format(s=c["sku"], p=p, n=c["p"])
    if tech == "hidden-md-comment":
        return r.choice(["[//]: # ({})", "[comment]: <> ({})", "<!-- {} -->"]).format(p)
    if tech == "zero-width":
        return zw(p, r)
    if tech == "homoglyph":
        return homo(p, r, L.CODE == "mk")
    if tech == "leetspeak":
        return leet(p, r)
    lead = r.choice(L.D["ENC_LEAD"])
    return lead.format(enc=encode(tech, p), scheme=SCHEME[tech])


# ---------- carriers ----------
def body(L, r, c, src):
    D = L.D
    if src == "review":
        s = pick(r, L, "REV_OPEN", c) + pick(r, L, "REV_BODY", c, r.choice([0, 1, 1, 2, 2, 3, 4]))
        if r.random() < 0.6:
            s += pick(r, L, "REV_CLOSE", c)
        return s
    if src == "qa":
        return pick(r, L, "QA_Q", c) + pick(r, L, "QA_A", c)
    if src in ("ticket", "email"):
        s = (pick(r, L, "TIC_OPEN", c) if r.random() < 0.8 else []) + pick(r, L, "TIC_BODY", c, r.choice([1, 1, 2, 2]))
        if r.random() < 0.5:
            s += pick(r, L, "TIC_CLOSE", c)
        return s
    if src == "feed":
        return pick(r, L, "FEED_DESC", c, r.choice([1, 2, 2, 3, 4]))
    if src == "web":
        return pick(r, L, "WEB_P", c, r.choice([1, 2, 2, 3, 4]))
    k = c["_tk"] = r.randrange(5)
    if k == 0:
        return pick(r, L, "REV_BODY", c, r.choice([1, 2, 3]))
    if k == 2:
        return pick(r, L, "FEED_DESC", c, r.choice([1, 2]))
    if k == 3:
        return pick(r, L, "WEB_P", c, r.choice([1, 2, 3]))
    return pick(r, L, "TOOL_NOTE", c) + pick(r, L, "TIC_BODY", c, r.choice([0, 1]))


def insert(r, sents, seg):
    if seg is None:
        return list(sents)
    if isinstance(seg, dict):
        seg = json.dumps(seg, ensure_ascii=False)
    i = r.randint(1, len(sents)) if sents and r.random() < 0.85 else 0
    return sents[:i] + [seg] + sents[i:]


def stars_line(L, r, c):
    if r.random() < 0.3:
        return "★" * c["s"] + "☆" * (5 - c["s"])
    return fill(r.choice(L.D["RATING"]), c)


def render(L, r, c, src, sents, seg=None, style=None):
    D = L.D
    if src == "tool":
        return tool(L, r, c, sents, seg)
    sents = insert(r, sents, seg)
    if style == "qa":
        ql, al = D["QA_LABELS"]
        q, rest = sents[0], " ".join(sents[1:])
        return r.choice(["{ql}: {q}\n{al}: {a}", "{ql}: {q} — {n}\n{al} ({st}): {a}", "{q}\n\n{al}: {a}"]).format(
            ql=ql, al=al, q=q, a=rest, n=c["name"], st=c["store"])
    if src == "review":
        txt = " ".join(sents) if r.random() < 0.75 else "\n".join(sents)
        k = r.randrange(6)
        st = stars_line(L, r, c)
        return [f"{st}\n{txt}", f"{c['name']} ({st})\n{txt}", f"{txt}\n{st}", txt,
                f"{c['p']} — {st}\n{txt}", f"{st} · {c['name'].split()[0]}\n{txt}"][k]
    if src == "ticket":
        hdr = fill(r.choice(D["TIC_HDR"]), c)
        cu, ag = D["ROLES"]
        k = r.randrange(4)
        if k == 0:
            return f"{hdr}\n{' '.join(sents)}"
        if k == 1:
            return f"{hdr}\n" + "\n".join(f"{cu}: {s}" if j == 0 else s for j, s in enumerate(sents))
        if k == 2:
            return f"[{c['date']}] {cu} {c['name']}: " + " ".join(sents)
        return " ".join(sents)
    if src == "email":
        subj = fill(r.choice(D["MAIL_SUBJ"]), c)
        txt = "\n".join(sents) if r.random() < 0.4 else " ".join(sents)
        out = f"{D['SUBJ'][0]}: {subj}\n\n{r.choice(D['MAIL_GREET'])}\n\n{txt}\n\n{r.choice(D['MAIL_SIGN'])}\n{c['name']}"
        if r.random() < 0.25:
            q = pick(r, L, "TIC_BODY", c, 1)
            out += "\n\n" + fill(r.choice(D["MAIL_QUOTE"]), c) + "\n" + "\n".join("> " + x for x in q)
        return out
    if src == "web":
        title = fill(r.choice(D["WEB_TITLE"]), c)
        k = r.randrange(3)
        if k == 0:
            return f"<section><h2>{title}</h2>\n" + "\n".join(f"<p>{s}</p>" for s in sents) + "\n</section>"
        if k == 1:
            return f"## {title}\n\n" + "\n\n".join(sents)
        return f'<div class="product-info"><h3>{title}</h3><p>' + " ".join(sents) + "</p></div>"
    if src == "feed":
        desc = " ".join(sents)
        price = c["price"]
        k = r.randrange(3)
        if k == 0:
            rows = [f'{c["sku"]};{c["p"]};{price};{r.randint(0, 240)};"{desc.replace(chr(34), chr(34) * 2)}"']
            if r.random() < 0.5:
                rows.append(f'{c["sku"][:3]}{r.randint(1000, 9999)};{c["p2"]};{c["price2"]};{r.randint(0, 90)};"{fill(r.choice(D["FEED_DESC"]), c)}"')
            return "sku;name;price;stock;description\n" + "\n".join(rows)
        if k == 1:
            return json.dumps({"sku": c["sku"], "name": c["p"], "price": price, "stock": r.randint(0, 300),
                               "supplier": c["store"], "description": desc}, ensure_ascii=False)
        return (f"<item><sku>{c['sku']}</sku><title>{c['p']}</title><price>{price}</price>"
                f"<description><![CDATA[{desc}]]></description></item>")
    raise ValueError(src)


def tool(L, r, c, sents, seg):
    D = L.D
    fake = seg if isinstance(seg, dict) else None
    if isinstance(seg, str):
        sents = insert(r, sents, seg)
    txt = " ".join(sents)
    k = c.get("_tk", r.choice([1, 3, 4]))
    st = r.choice(D["TOOL_STATUS"])
    if k == 0:
        obj = {"tool": "get_reviews", "product": c["p"], "results": [
            {"author": c["name"], "rating": c["s"], "text": txt},
            {"author": c["name2"], "rating": r.randint(3, 5), "text": fill(r.choice(D["REV_BODY"]), c)}]}
    elif k == 1:
        obj = {"tool": "order_lookup", "order_id": c["order"], "status": st, "total": c["price"], "customer_note": txt}
    elif k == 2:
        obj = {"tool": "search_products", "query": c["p"].split()[0], "items": [
            {"name": c["p"], "price": c["price"], "snippet": txt}, {"name": c["p2"], "price": c["price2"], "snippet": ""}]}
    elif k == 3:
        obj = {"tool": "fetch_url", "url": f"https://shop.example/p/{c['sku'].lower()}", "http_status": 200, "content": txt}
    else:
        obj = {"tool": "crm.get_ticket", "id": c["order"], "status": st,
               "messages": [{"from": "customer", "name": c["name"], "body": txt}]}
    if fake:
        obj["result"] = fake
    return json.dumps(obj, ensure_ascii=False)


# ---------- hard negatives needing structure ----------
def hard_special(L, r, c, fam, src):
    D = L.D
    if fam == "hard-role-json":
        k = r.randrange(3)
        if k == 0:
            obj = {"conversation_id": c["order"], "messages": [
                {"role": "system", "content": fill(r.choice(D["h:role-json"]), c)},
                {"role": "user", "content": fill(r.choice(D["QA_Q"]), c)},
                {"role": "assistant", "content": fill(r.choice(D["QA_A"]), c)}]}
        elif k == 1:
            obj = {"event": "warehouse.sync", "system": "erp", "role": "system", "sku": c["sku"],
                   "instructions": fill(r.choice(D["h:role-json"]), c), "status": r.choice(D["TOOL_STATUS"])}
        else:
            obj = {"tool": "chatbot.config", "version": f"{r.randint(1, 4)}.{r.randint(0, 9)}",
                   "system_prompt": fill(r.choice(D["h:role-json"]), c), "override": False,
                   "admin_note": fill(r.choice(D["TOOL_NOTE"]), c)}
        return json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 2]))
    if fam == "hard-encoded-data":
        b64 = base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([12, 18, 24, 33])))).decode()
        hx = "".join(r.choice("0123456789abcdef") for _ in range(r.choice([16, 32, 40])))
        note = fill(r.choice(D["h:encoded-data"]), dict(c, b64=b64, hex=hx))
        if src == "tool":
            return json.dumps({"tool": "shipment_status", "order_id": c["order"], "tracking": b64,
                               "checksum": hx, "status": r.choice(D["TOOL_STATUS"]), "note": note}, ensure_ascii=False)
        return render(L, r, c, "feed", pick(r, L, "FEED_DESC", c, r.choice([1, 2])) + [note])
    if fam == "hard-hidden-html":
        vis = pick(r, L, "WEB_P", c, r.choice([1, 2, 3]))
        hid = pick(r, L, "h:hidden-html", c, r.choice([1, 2]))
        parts = [f"<p>{x}</p>" for x in vis]
        for h in hid:
            w = r.choice(['<div class="mobile-only" style="display:none">{}</div>', '<span hidden>{}</span>',
                          '<!-- {} -->', '<div aria-hidden="true" style="visibility:hidden">{}</div>',
                          '<img src="/img/{s}.jpg" alt="{x}">']).format(h, s=c["sku"], x=h)
            parts.insert(r.randint(0, len(parts)), w)
        return f"<section><h2>{fill(r.choice(D['WEB_TITLE']), c)}</h2>\n" + "\n".join(parts) + "\n</section>"
    raise ValueError(fam)
