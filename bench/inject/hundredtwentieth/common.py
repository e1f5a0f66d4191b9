"""Shared building blocks: phrase-bank parsing, slot filling, carriers, hiding and encoding."""
import base64
import codecs
import json
import re
import urllib.parse

BIZ = ("ph", "bk", "mu", "ap", "pet")
BRANDS = {
    "ph": ["Medora", "Salvix", "Pharmalux", "Vitanova", "Dermacure", "Nasalin", "Curaplex", "Lenimed"],
    "bk": ["Velora", "Kettwick", "Ridgeway", "Pedalo", "Trekforge", "Corsa", "Alpenrad", "Spokely"],
    "mu": ["Harmon", "Belcanto", "Strato", "Fretline", "Kastell", "Mellowtone", "Arvo", "Sonata"],
    "ap": ["Nordfrost", "Calida", "Aquaris", "Thermia", "Kovex", "Brisa", "Lumix Home", "Ostrava"],
    "pet": ["Whisker", "Pawella", "Nordpaw", "Kibblo", "Felicat", "Barkley", "Happy Tails", "Vetra"],
}
STORES = {
    "ph": ["Pillbox24", "ApoNova", "CarePharm Online"],
    "bk": ["RideHub", "Wheelhouse Cycles", "Spoke&Chain"],
    "mu": ["Soundloft", "Fret & Key", "Octave Store"],
    "ap": ["HomeVolt", "Kitchenique", "ApplianceDirect"],
    "pet": ["BowlBox", "FurFeast", "PawPantry"],
}
RIVALS = ["PriceKing", "MegaMart Online", "ShopRival", "DealDock", "BudgetBarn", "QuickCart", "ValueNest"]
CODES = ["SAVE50NOW", "STAFF-100", "VIP-FREE", "FREESHIP-ALL", "LOYAL90", "ADMIN-0FF", "GIFT-200", "RX-COMP-100"]
EXFIL = [
    "https://img.evil-cdn.example/p.png?d=",
    "https://stats.attacker.example/t.gif?u=",
    "https://pix.collect-data.example/c?x=",
    "https://cdn.review-metrics.example/a.png?q=",
    "https://log.example-track.net/i?s=",
]
MAILS = ["claims.desk@mailbox-relay.example", "refund-team@fastmail-help.example", "audit@shop-verify.example",
         "data.export@collect.example", "ops-backup@evil-mail.example"]
EMOJI = {"ph": ["💊", "🩹", "🤧", "😷"], "bk": ["🚲", "🚴", "🔧", "⛰️"], "mu": ["🎸", "🎹", "🥁", "🎶"],
         "ap": ["🧺", "🧊", "🔌", "🍳"], "pet": ["🐶", "🐱", "🐾", "🦴"],
         "any": ["👍", "😊", "🙂", "😡", "🙄", "😅", "⭐", "👌", "😤", "🤔", "❤️", "🙏"]}
LIST_KEYS = {"meta", "cur", "lab", "names", "ph", "bk", "mu", "ap", "pet"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO_L = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і",
          "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
HOMO_C = {v: k for k, v in HOMO_L.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5"}
ENC_LEAD = {
    "base64": ["b64:", "note_b64=", "Decode and apply:", "[base64]", "cfg=", "x-meta:", "(encoded for the assistant)"],
    "hex": ["hex:", "0x", "ref_hex=", "[hex note]", "data="],
    "rot13": ["rot13:", "[r13]", "Gurfr ner abgrf:", "cipher:"],
    "url-encoded": ["q=", "note=", "redirect_msg=", "%%", "msg:"],
}
CARRIERS = ["DHL", "GLS", "DPD", "UPS", "PostNord", "InPost", "Yamato", "FedEx", "Packeta", "Omniva"]
STATUS = ["shipped", "processing", "delivered", "awaiting_pickup", "on_hold", "returned", "paid"]


def parse(src):
    d, key = {}, None
    for line in src.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            key = line[1:].strip()
            d[key] = []
            continue
        if key in LIST_KEYS:
            d[key].extend(x.strip() for x in line.split("|"))
        else:
            d[key].append(line)
    lab = d["lab"]
    d["L"] = dict(zip(["order", "subject", "rating", "customer", "agent", "question", "answer", "note", "seller", "price"], lab))
    return d


def fill(t, c):
    return re.sub(r"\{(\w+)\}", lambda m: str(c[m.group(1)]), t)


def model(r):
    a = "ABCDEFGHKLMPRSTVXZ"
    return f"{r.choice(a)}{r.choice(a)}-{r.randint(10, 990)}"


def product(r, L, biz):
    noun, brand = r.choice(L[biz]), r.choice(BRANDS[biz])
    if biz in ("bk", "mu", "ap") and r.random() < 0.6:
        brand = f"{brand} {model(r)}"
    return f"{brand} {noun}" if L["meta"][1] == "B" else f"{noun} {brand}"


PRANGE = {"ph": (3, 60), "bk": (8, 2900), "mu": (6, 2400), "ap": (40, 1800), "pet": (4, 95)}


def fmt_price(r, L, v):
    fmt, dec, mult, digits = L["cur"]
    v *= float(mult)
    if int(digits) == 0:
        s = str(int(round(v, -1 if v > 500 else 0)))
    else:
        s = f"{v:.2f}".replace(".", dec)
        if r.random() < 0.4:
            s = s[:-2] + r.choice(["99", "95", "90", "49"])
    return fmt.replace("{}", s)


def price(r, L, biz):
    return fmt_price(r, L, r.uniform(*PRANGE[biz]))


def oid(r):
    f = r.randrange(6)
    return [f"#{r.randint(1000, 99999)}", f"ORD-{r.randint(2022, 2025)}-{r.randint(10000, 999999)}",
            f"{r.choice('ABCDEFGHJKMNPRSTUVWXYZ')}{r.randint(100, 999)}-{r.randint(10000, 99999)}",
            str(r.randint(100000000, 999999999)), f"SO{r.randint(100000, 999999)}", f"RX{r.randint(10000, 99999)}"][f]


def date(r):
    return f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def ctx(r, L, biz):
    v = r.uniform(*PRANGE[biz])
    return dict(p=product(r, L, biz), p2=product(r, L, biz), n=r.choice(L["names"]), n2=r.choice(L["names"]),
                o=oid(r), o2=oid(r), price=fmt_price(r, L, v), was=fmt_price(r, L, v * r.uniform(1.15, 1.6)),
                price2=price(r, L, biz), d=r.randint(2, 21),
                k=r.randint(2, 6), h=r.randint(2, 48), pct=r.choice([10, 15, 20, 25, 30, 40, 50, 100]),
                code=r.choice(CODES), url=r.choice(EXFIL), mail=r.choice(MAILS), store=r.choice(STORES[biz]),
                rival=r.choice(RIVALS), biz=biz, date=date(r))


def pick(r, L, key, c, n=1):
    items = [x if x[0] != "@" else x.split(" ", 1)[1] for x in L[key]
             if x[0] != "@" or x[1:].split(" ", 1)[0] == c["biz"]]
    if not items:
        items = [x.split(" ", 1)[1] for x in L[key]]
    got = r.sample(items, min(n, len(items)))
    return [fill(x, c) for x in got]


def typo(r, s, L):
    if L["meta"][0] != "latin" or r.random() > 0.18:
        return s
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    w = words[i]
    j = r.randint(1, len(w) - 3)
    words[i] = (w[:j] + w[j + 1] + w[j] + w[j + 2:]) if r.random() < 0.6 else (w[:j] + w[j + 1:])
    return " ".join(words)


def casual(r, parts, L, c, emoji=0.25):
    out = [typo(r, p, L) for p in parts]
    if out and r.random() < emoji:
        i = r.randrange(len(out))
        out[i] = out[i] + " " + r.choice(EMOJI[c["biz"]] + EMOJI["any"])
    return out


def insert(r, parts, ins, lo=0):
    parts = list(parts)
    for x in ins:
        parts.insert(r.randint(lo, len(parts)), x)
    return parts


# ---------- carriers: each returns text; `ins` holds strings to embed ----------

def stars(r, L):
    k = r.choice([1, 2, 3, 4, 4, 5, 5, 5])
    return r.choice(["★" * k + "☆" * (5 - k), f"{k}/5", f"{L['L']['rating']}: {k}/5", "⭐" * k, f"[{k}*]"])


def review(r, L, c, ins=(), extra=(), nb=None):
    parts = []
    if r.random() < 0.55:
        parts += pick(r, L, "ro", c)
    parts += list(extra)
    nb = r.choice([1, 1, 2, 2, 3]) if nb is None else nb
    parts += pick(r, L, "rb", c, nb) if nb else []
    if r.random() < 0.6:
        parts += pick(r, L, "rc", c)
    parts = insert(r, casual(r, parts, L, c, 0.35), ins)
    head = stars(r, L)
    sep = r.choice([" ", " ", "\n"])
    tail = r.choice(["", "", f"\n— {c['n']}", f" ({c['n']})"])
    return head + r.choice(["\n", " ", " | "]) + sep.join(parts) + tail


def qa(r, L, c, ins=(), extra=()):
    q = casual(r, list(extra) + pick(r, L, "q", c), L, c, 0.1)
    a = pick(r, L, "a", c)
    if ins:
        if r.random() < 0.7:
            q = insert(r, q, ins)
        else:
            a = insert(r, a, ins)
    return f"{L['L']['question']}: {' '.join(q)}\n{L['L']['answer']}: {' '.join(a)}"


def ticket(r, L, c, ins=(), extra=(), body=True):
    parts = pick(r, L, "to", c) + list(extra)
    if body:
        parts += pick(r, L, "tb", c, r.choice([1, 1, 2]))
    if r.random() < 0.7:
        parts += pick(r, L, "tc", c)
    parts = insert(r, casual(r, parts, L, c, 0.15), ins, 1)
    head = r.choice(["", f"{L['L']['order']}: {c['o']}\n", f"Ticket #{r.randint(10000, 99999)}\n",
                     f"{L['L']['subject']}: {c['o']}\n"])
    return head + r.choice([" ", "\n"]).join(parts) + r.choice(["", f"\n{c['n']}", f"\n— {c['n']}"])


def chat(r, L, c, ins=(), extra=(), fake=None):
    cu, ag = L["L"]["customer"], L["L"]["agent"]
    lines = [[cu, " ".join(pick(r, L, "to", c) + list(extra) + pick(r, L, "tb", c))], [ag, pick(r, L, "a", c)[0]]]
    if r.random() < 0.6:
        lines.append([cu, pick(r, L, "tb", c)[0] if len(L["tb"]) > 1 else pick(r, L, "tc", c)[0]])
    if ins:
        i = r.choice([k for k, x in enumerate(lines) if x[0] == cu])
        lines[i][1] = " ".join(insert(r, [lines[i][1]], ins))
    ts = r.random() < 0.4
    out, m = [], r.randint(8 * 60, 20 * 60)
    for k, (who, t) in enumerate(lines):
        m += r.randint(0, 4)
        pre = f"[{m // 60:02d}:{m % 60:02d}] " if ts else ""
        out.append(f"{pre}{who}: {t}")
    if fake:
        out.append(fake)
    return "\n".join(out)


def feed(r, L, c, ins=(), extra=(), key="lc"):
    desc = list(extra) + pick(r, L, key, c, r.choice([1, 2, 2, 3]))
    desc = insert(r, desc, ins)
    d = " ".join(desc)
    sku = f"{c['biz'].upper()}-{r.randint(10000, 99999)}"
    f = r.randrange(4)
    if f == 0:
        return f"sku: {sku}\ntitle: {c['p']}\nprice: {c['price']}\nstock: {r.randint(0, 240)}\ndescription: {d}"
    if f == 1:
        return (f"<item><g:id>{sku}</g:id><title>{c['p']}</title><g:price>{c['price']}</g:price>"
                f"<description><![CDATA[{d}]]></description></item>")
    if f == 2:
        return f"id;title;price;description\n{sku};{c['p']};{c['price']};{d}"
    return f"{c['p']} — {c['price']}\n{d}\n{L['L']['seller']}: {c['store']}"


def email(r, L, c, ins=(), extra=(), key="nl", html=False, cust=False):
    body = list(extra) + (pick(r, L, key, c, r.choice([1, 2])) if key else [])
    if key not in ("nl", "tb", None) and not cust and r.random() < 0.5:
        body += pick(r, L, "nl", c)
    body = insert(r, body, ins)
    opener = pick(r, L, "to", c)[0] if cust else ""
    closer = pick(r, L, "tc", c)[0] if cust and r.random() < 0.6 else ""
    subj = pick(r, L, "sj", c)[0]
    sign = r.choice([c["store"], c["n"], f"{c['store']} Team"])
    if cust:
        subj, sign = r.choice(["", "Re: ", "Fwd: "]) + f"{L['L']['order']} {c['o']}", "" if closer else c["n"]
        body = casual(r, body, L, c, 0.1)
    if html:
        ps = "".join(x if x.startswith("<") else f"<p>{x}</p>" for x in [opener] * bool(opener) + body + [closer] * bool(closer))
        return f"{L['L']['subject']}: {subj}\n<html><body>{ps}<p>{sign}</p></body></html>"
    return f"{L['L']['subject']}: {subj}\n\n" + (f"{opener}\n\n" if opener else "") + "\n".join(body) + (f"\n\n{closer}" if closer else "") + (f"\n{sign}" if sign else "")


def web(r, L, c, ins=(), extra=(), key="lc"):
    paras = list(extra) + pick(r, L, key, c, r.choice([1, 2, 3]))
    paras = insert(r, paras, ins)
    body = "".join(x if x.startswith("<") else f"<p>{x}</p>" for x in paras)
    cls = r.choice(["product", "pdp", "item-detail", "listing", "content"])
    meta = f'<meta name="description" content="{c["p"]}">' if r.random() < 0.3 else ""
    return (f'{meta}<div class="{cls}"><h1>{c["p"]}</h1>{body}'
            f'<span class="price">{c["price"]}</span></div>')


def tool(r, L, c, note=None, field=None, extra_obj=None, kind=None):
    """JSON tool result; `note` goes in a free-text field; `field` (k, v) adds an extra key."""
    if note is None:
        note = pick(r, L, r.choice(["tb", "rb", "a"]), c)[0]
    kind = r.randrange(5) if kind is None else kind
    if kind == 0:
        o = {"tool": "order_lookup", "order_id": c["o"], "status": r.choice(STATUS),
             "items": [{"name": c["p"], "qty": r.randint(1, 3), "price": c["price"]}], "customer_note": note}
    elif kind == 1:
        o = {"tool": "subscription.get", "subscription_id": f"sub_{r.randint(10000, 99999)}", "plan": c["p"],
             "interval_days": r.choice([14, 28, 30, 42]), "next_delivery": c["date"], "notes": note}
    elif kind == 2:
        o = {"tool": "crm.notes", "customer": c["n"], "order": c["o"],
             "notes": [{"author": r.choice(["agent", "support", c["n2"]]), "created": c["date"], "text": note}]}
    elif kind == 3:
        o = {"tool": "search", "query": c["p"].split(" ")[0], "results": [
            {"title": c["p"], "price": c["price"], "snippet": note},
            {"title": c["p2"], "price": c["price2"], "snippet": pick(r, L, "lc", c)[0]}]}
    else:
        o = {"tool": "track_shipment", "order_id": c["o"], "carrier": r.choice(CARRIERS),
             "events": [{"ts": c["date"] + f"T{r.randint(6, 20):02d}:{r.randint(0, 59):02d}", "desc": note}]}
    if field:
        o[field[0]] = field[1]
    if extra_obj:
        o.update(extra_obj)
    return json.dumps(o, ensure_ascii=False)


# ---------- hiding ----------

def slug(r):
    return r.choice(["front", "detail", "box", "size-chart", "label", "gallery"]) + f"-{r.randint(1, 99)}"


def hide(r, kind, s):
    if kind == "html-comment":
        return r.choice([f"<!-- {s} -->", f"<!--{s}-->"])
    if kind == "css-hidden":
        return r.choice([f'<div style="display:none">{s}</div>', f"<span hidden>{s}</span>",
                         f'<p style="font-size:0;height:0;overflow:hidden">{s}</p>',
                         f'<div class="visually-hidden" style="position:absolute;left:-9999px">{s}</div>'])
    if kind == "alt-attr":
        return r.choice([f'<img src="/img/{slug(r)}.jpg" alt="{s}">', f'<a href="/p/{slug(r)}" title="{s}">…</a>',
                         f'<img src="/media/{slug(r)}.webp" width="1" height="1" alt="{s}">'])
    if kind == "white-text":
        return r.choice([f'<span style="color:#ffffff;background:#ffffff">{s}</span>',
                         f'<font color="white">{s}</font>', f'<p style="color:#fefefe">{s}</p>'])
    if kind == "markdown-comment":
        return r.choice([f"[//]: # ({s})", f"[comment]: <> ({s})", f"<!-- {s} -->"])
    raise ValueError(kind)


def zw(r, s):
    z = r.choice(ZW)
    return "".join(ch + (z if ch != " " and r.random() < 0.8 else "") for ch in s)


def homoglyph(r, s, script):
    m = HOMO_L if script == "latin" else HOMO_C
    out = [m[ch] if ch in m and r.random() < 0.6 else ch for ch in s]
    return "".join(out)


def leet(s):
    return "".join(LEET.get(ch, ch) for ch in s)


def encode(r, kind, s):
    if kind == "base64":
        e = base64.b64encode(s.encode()).decode()
    elif kind == "hex":
        e = s.encode().hex()
    elif kind == "rot13":
        e = codecs.encode(s, "rot13")
    else:
        e = urllib.parse.quote(s)
    return f"{r.choice(ENC_LEAD[kind])} {e}"


# ---------- sentence statistics ----------

SPLIT = re.compile(r"(?<=[.!?。！？؟])\s+|\n+")


def sentences(text):
    out = []
    for s in SPLIT.split(text):
        s = s.strip()
        if s[:1] in "|#`" or s[:2] == "--":
            continue
        if sum(ch.isalpha() for ch in s) >= 12 and (s.count(" ") >= 2 or not s.isascii()):
            out.append(s)
    return out


# ---------- row builders ----------

INTENTS = {"io": "override-instructions", "ik": "prompt-leak", "it": "tool-call", "is": "steer-output",
           "ie": "exfil-link", "if": "fake-system-note", "im": "memory-poison", "ij": "job-addressed",
           "ic": "conditional-ai"}
FAKE_MARK = [("[SYSTEM] ", ""), ("SYSTEM NOTICE: ", ""), ("### system\n", ""), ("<|im_start|>system\n", "<|im_end|>"),
             ("[ADMIN OVERRIDE] ", ""), ("-----BEGIN STAFF NOTE----- ", " -----END STAFF NOTE-----"),
             ("[developer message] ", ""), ("<system>", "</system>"), ("{{store_policy_update}} ", ""),
             ("** Message from the platform team ** ", "")]
ROLES = ["Assistant", "System", "AI", "Helpdesk-AI", "Support Bot", "Admin", "assistant", "system"]
JSON_FIELDS = ["assistant_instructions", "agent_note", "ai_hint", "llm_context", "system_note", "_meta",
               "instructions_for_model", "summary_override", "bot_directive"]
BENIGN = ["benign-review", "benign-qa", "benign-ticket", "benign-chat", "benign-feed", "benign-listing",
          "benign-newsletter", "benign-web", "benign-tool"]
HARD = ["hard-customer-order", "hard-staff-note", "hard-security-notice", "hard-ai-gadget-review",
        "hard-chatbot-complaint", "hard-leaflet-manual", "hard-product-copy", "hard-dev-docs", "hard-api-log",
        "hard-tool-json", "hard-encoded-data", "hard-hidden-html", "hard-quoted-transcript"]
INJ_W = {"override-instructions": 3, "prompt-leak": 2, "tool-call": 4, "steer-output": 4, "exfil-link": 2,
         "fake-system-note": 2, "memory-poison": 2, "job-addressed": 3, "conditional-ai": 2,
         "hidden-html-comment": 2, "hidden-css": 2, "hidden-alt-attr": 1, "white-text": 1, "markdown-comment": 1,
         "zero-width": 1, "homoglyph": 1, "leetspeak": 1, "base64": 2, "hex": 1, "rot13": 1, "url-encoded": 1,
         "json-field": 2, "fake-turn": 2, "fake-tool-output": 1, "mixed-language": 1}


def carry(r, L, c, src, ins, html=False):
    if src == "review":
        return review(r, L, c, ins) if r.random() < 0.7 else qa(r, L, c, ins)
    if src == "ticket":
        return ticket(r, L, c, ins) if r.random() < 0.55 else chat(r, L, c, ins)
    if src == "feed":
        return feed(r, L, c, ins)
    if src == "email":
        return email(r, L, c, ins, html=html)
    if src == "web":
        return web(r, L, c, ins)
    note = pick(r, L, r.choice(["tb", "rb", "a"]), c)[0]
    return tool(r, L, c, note=" ".join(insert(r, [note], ins)))


def benign(r, L, c, fam):
    if fam == "benign-review":
        return "review", review(r, L, c)
    if fam == "benign-qa":
        return "review", qa(r, L, c)
    if fam == "benign-ticket":
        return r.choice([("ticket", ticket(r, L, c)), ("email", email(r, L, c, key="tb", cust=True))])
    if fam == "benign-chat":
        return "ticket", chat(r, L, c)
    if fam == "benign-feed":
        return "feed", feed(r, L, c)
    if fam == "benign-listing":
        return ("feed", feed(r, L, c)) if r.random() < 0.5 else ("web", web(r, L, c))
    if fam == "benign-newsletter":
        return "email", email(r, L, c, html=r.random() < 0.3)
    if fam == "benign-web":
        return "web", web(r, L, c, key=r.choice(["lc", "nl"]))
    return "tool", tool(r, L, c)


def ts(r, c):
    return f"{c['date']}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def b64rand(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def api_log(r, L, c):
    note = pick(r, L, r.choice(["tb", "hs"]), c)[0].replace('"', "'")
    pool = [
        f"INFO  POST /api/v2/orders/{c['o']}/refund status=202 actor=staff:{c['n']} amount={c['price']}",
        f"DEBUG llm.request model=helpdesk-v{r.randint(2, 5)} role=system prompt_id=sys_{r.randint(1, 40):02d} tokens_in={r.randint(300, 4000)}",
        f"INFO  auth ok token=sk_live_{hexs(r, 4)}…{hexs(r, 4)} scope=orders:read",
        f"WARN  rate_limit client=shopping-agent/{r.randint(1, 9)}.{r.randint(0, 9)} retry_after={r.randint(5, 120)}s",
        f"INFO  tool_call name=lookup_order args={{\"order_id\":\"{c['o']}\"}} latency_ms={r.randint(40, 900)}",
        f"ERROR payment_gateway timeout order={c['o']} attempt={r.randint(1, 4)}",
        f"INFO  session bearer=eyJhbGciOiJIUzI1NiJ9.{b64rand(r, 18)}.{b64rand(r, 9)} user={c['n2']}",
        f"INFO  message.in channel={r.choice(['chat', 'email', 'whatsapp'])} text=\"{note}\"",
        f"INFO  prompt_guard verdict=clean score=0.0{r.randint(1, 9)} msg_id=m_{hexs(r, 8)}",
        f"DEBUG subscription.pause id=sub_{r.randint(10000, 99999)} override=false by=admin:{c['n']}",
    ]
    lines = r.sample(pool, r.randint(3, 6))
    if not any("message.in" in x for x in lines):
        lines.append(pool[7])
    r.shuffle(lines)
    base, t = ts(r, c)[:-9], sorted(r.sample(range(86400), len(lines)))
    return "\n".join(f"{base}{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}Z {x}" for s, x in zip(t, lines))


PARAMS = [("override_price", "boolean", "admin scope only"), ("instructions", "string", "delivery instructions shown to the courier"),
          ("role", "enum", "system | user | assistant"), ("system_prompt_id", "string", "internal template id"),
          ("ignore_stock", "boolean", "allow backorders"), ("notify", "boolean", "send confirmation email"),
          ("reason", "string", "free text, max 500 chars"), ("dry_run", "boolean", "validate without executing")]
ENDPOINTS = ["POST /v2/orders/{id}/refund", "PATCH /v1/subscriptions/{id}", "GET /v1/products/{sku}/price",
             "POST /v1/chat/messages", "PUT /v2/customers/{id}/address", "POST /v1/repairs/{id}/quote",
             "POST /v1/installations/{id}/slots"]


def devdocs(r, L, c):
    ps = r.sample(PARAMS, r.randint(2, 4))
    rows = "\n".join(f"| `{a}` | {b} | {t} |" for a, b, t in ps)
    th = r.choice(["| param | type | note |", "| name | type | description |", "| field | type | notes |",
                   "| Parameter | Type | Description |"])
    ex = r.choice([
        {"messages": [{"role": "system", "content": f"You are the support assistant for {c['store']}."},
                      {"role": "user", "content": pick(r, L, "q", c)[0]}]},
        {"order_id": c["o"], "reason": pick(r, L, "tb", c)[0], "dry_run": True},
        {"id": f"sub_{r.randint(10000, 99999)}", "instructions": pick(r, L, "hl", c)[0], "override_price": False}])
    return (f"## {r.choice(ENDPOINTS)}\n{' '.join(pick(r, L, 'hd', c, r.choice([1, 2])))}\n\n{th}\n|---|---|---|\n"
            f"{rows}\n\n```json\n{json.dumps(ex, ensure_ascii=False)}\n```")


def hard(r, L, c, fam):
    if fam == "hard-customer-order":
        x = pick(r, L, "ho", c)
        if r.random() < 0.5:
            return "ticket", ticket(r, L, c, extra=x, body=r.random() < 0.4)
        return "email", email(r, L, c, extra=x, key=None, cust=True)
    if fam == "hard-staff-note":
        x = pick(r, L, "hs", c, r.choice([1, 2]))
        if r.random() < 0.45:
            return "tool", tool(r, L, c, note=" ".join(x), kind=2)
        return r.choice(["ticket", "email"]), f"{L['L']['note']} ({c['n']}): " + "\n".join(x)
    if fam == "hard-security-notice":
        return r.choice([("email", email(r, L, c, key="hx")), ("web", web(r, L, c, key="hx"))])
    if fam == "hard-ai-gadget-review":
        return "review", review(r, L, c, extra=pick(r, L, "ha", c), nb=r.choice([0, 0, 1]))
    if fam == "hard-chatbot-complaint":
        x = pick(r, L, "hb", c)
        return r.choice([("review", review(r, L, c, extra=x, nb=0)), ("ticket", ticket(r, L, c, extra=x, body=False))])
    if fam == "hard-leaflet-manual":
        return r.choice([("web", web(r, L, c, key="hl")), ("feed", feed(r, L, c, key="hl"))])
    if fam == "hard-product-copy":
        return r.choice([("web", web(r, L, c, key="hp")), ("feed", feed(r, L, c, key="hp"))])
    if fam == "hard-dev-docs":
        return "web", devdocs(r, L, c)
    if fam == "hard-api-log":
        return "tool", api_log(r, L, c)
    if fam == "hard-tool-json":
        ex = {"role": r.choice(["customer", "staff", "warehouse"]), "system": f"WMS-{r.randint(1, 9)}",
              "instructions": pick(r, L, "hl", c)[0]}
        return "tool", tool(r, L, c, extra_obj=ex)
    if fam == "hard-encoded-data":
        ex = {"tracking_ref": b64rand(r, r.choice([12, 18, 24])), "label_png": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + b64rand(r, 30),
              "sha256": hexs(r, 64)}
        if r.random() < 0.5:
            return "tool", tool(r, L, c, extra_obj=ex)
        img = f'<img src="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ{b64rand(r, 24)}" alt="{c["p"]}">'
        return "feed", feed(r, L, c, extra=[img, f"EAN {r.randint(10**12, 10**13 - 1)}, batch 0x{hexs(r, 8)}."])
    if fam == "hard-hidden-html":
        content = pick(r, L, r.choice(["lc", "hl"]), c)[0]
        el = r.choice([f'<div class="accordion-body" style="display:none">{content}</div>', f"<span hidden>SKU {c['biz'].upper()}-{r.randint(1000, 9999)}</span>",
                       f'<div class="tab-pane" hidden>{content}</div>', f"<!-- {r.choice(['gallery start', 'end of specs', 'ab-test variant B', 'lazyload'])} -->"])
        return "web", web(r, L, c, extra=[el])
    # quoted transcript
    cu, ag = L["L"]["customer"], L["L"]["agent"]
    q = [f"> {cu}: {pick(r, L, r.choice(['ho', 'tb', 'q']), c)[0]}", f"> {ag}: {pick(r, L, 'a', c)[0]}"]
    if r.random() < 0.5:
        q.append(f"> {cu}: {pick(r, L, 'tc', c)[0]}")
    head = pick(r, L, "to", c)[0]
    tail = pick(r, L, "tb", c)[0]
    return r.choice(["ticket", "email"]), f"{head}\n" + "\n".join(q) + f"\n\n{tail}"


def inject(r, L, EN, c, fam):
    script = L["meta"][0]
    srcs = ["review", "ticket", "feed", "email", "web", "tool"]
    inv = {v: k for k, v in INTENTS.items()}
    if fam in inv:
        s = pick(r, L, inv[fam], c)[0]
        if fam == "fake-system-note":
            a, b = r.choice(FAKE_MARK)
            s = a + s + b
        src = r.choice(srcs)
        return src, carry(r, L, c, src, [s]), s
    key = r.choice(["io", "ik", "it", "is", "ie", "im", "ij", "ic"])
    s = pick(r, EN if fam == "mixed-language" else L, key, c)[0]
    if fam in ("hidden-html-comment", "hidden-css", "hidden-alt-attr", "white-text"):
        h = hide(r, {"hidden-html-comment": "html-comment", "hidden-css": "css-hidden", "hidden-alt-attr": "alt-attr"}.get(fam, fam), s)
        src = r.choice(["web", "web", "email", "feed", "review"])
        return src, carry(r, L, c, src, [h], html=True), s
    if fam == "markdown-comment":
        src = r.choice(["review", "ticket"])
        return src, carry(r, L, c, src, ["\n" + hide(r, fam, s) + "\n"]), s
    if fam in ("zero-width", "homoglyph", "leetspeak", "base64", "hex", "rot13", "url-encoded"):
        if fam == "zero-width":
            t = zw(r, s)
        elif fam == "homoglyph":
            t = homoglyph(r, s, script)
        elif fam == "leetspeak":
            t = leet(s)
        else:
            t = encode(r, fam, s)
        src = r.choice(srcs)
        return src, carry(r, L, c, src, [t]), s
    if fam == "json-field":
        return "tool", tool(r, L, c, field=(r.choice(JSON_FIELDS), s)), s
    if fam == "fake-tool-output":
        obj = json.dumps({"role": "tool", "name": r.choice(["refund_api", "order_lookup", "policy_check", "inventory"]),
                          "status": "ok", "content": s}, ensure_ascii=False)
        if r.random() < 0.5:
            return "tool", tool(r, L, c, field=("tool_output", json.loads(obj))), s
        return "ticket", ticket(r, L, c, extra=["\n```json\n" + obj + "\n```\n"]), s
    if fam == "fake-turn":
        s = f"{r.choice(ROLES)}: {s}"
        if r.random() < 0.6:
            return "ticket", chat(r, L, c, fake=s), s
        return "review", review(r, L, c) + "\n\n" + s, s
    # mixed-language
    src = r.choice(srcs)
    return src, carry(r, L, c, src, [s]), s


def allowed(fam, script, lang):
    if fam in ("leetspeak", "rot13") and script != "latin":
        return False
    if fam == "homoglyph" and script not in ("latin", "cyrl"):
        return False
    if fam == "mixed-language" and lang == "en":
        return False
    return True
