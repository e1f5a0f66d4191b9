"""Shared engine for the fiftyeighth corpus: language modules supply hand-written
pools, this module turns them into long store texts with an optional planted order."""
import base64
import unicodedata
import codecs
import json
import random
import re
import zlib
from urllib.parse import quote

BIZ = ("garden", "music", "books", "bike", "outdoor", "appliance")

FAM = {
    "sum": "summary-manipulation", "rank": "ranking-manipulation",
    "rate": "rating-manipulation", "refund": "tool-refund",
    "disc": "tool-discount", "price": "tool-price-change",
    "order": "tool-order-status", "cancel": "tool-order-cancel",
    "addr": "tool-address-change", "mail": "tool-send-email",
    "exfil": "data-exfiltration", "link": "link-injection",
    "leak": "prompt-leak", "rule": "rule-override", "persona": "persona-change",
    "mem": "memory-poisoning", "sys": "fake-system", "out": "output-manipulation",
    "cond": "conditional-ai",
}
HARD = {
    "imp": "hard-imperative-product", "care": "hard-care-instructions",
    "setup": "hard-setup-steps", "req": "hard-human-request",
    "staff": "hard-staff-instruction", "ai": "hard-ai-feature",
    "bot": "hard-chatbot-complaint", "sec": "hard-security-notice",
    "soc": "hard-social-engineering", "fwd": "hard-forget-previous",
}
# hard sentences that only make sense for one kind of shop (matched by keyword, any language)
HARD_TOPIC = {
    "outdoor": ["size chart", "Größentabelle", "guide des tailles", "tabla de tallas", "tabella taglie",
                "tabela de medidas", "maattabel", "tabeli rozmiarów", "storleksguiden", "kokotaulukko",
                "tabelul de mărimi", "πίνακα μεγεθών", "mérettáblázat", "таблицу размеров", "Beden tablosu",
                "サイズ表", "尺码表", "尺寸表", "사이즈표", "bảng size", "tabel ukuran", "carta saiz",
                "tent", "Zelt", "tente", "la tienda antes", "tältet", "テント", "帐篷", "텐트", "pegs"],
    "bike": ["handlebar", "Lenker", "guidon", "manillar", "manubrio", "guidão", "stuur", "kierownic",
             "styret", "ohjaustan", "ghidon", "kormány", "руле", "gidon", "车把", "핸들", "ghi đông",
             "setang", "chain", "Kette", "chaîne", "cadena", "catena", "corrente", "ketting", "łańcuch",
             "Zincir", "цепь", "チェーン", "链条", "체인", "first ride", "ersten Fahrt", "première sortie",
             "primera salida", "prima uscita", "pedals", "frame number", "Rahmennummer", "walk-assist",
             "bike computer", "e-bike", "range estimate", "eco manually"],
    "music": ["string", "capo", "piano", "tuner"],
    "books": ["chapters", "book out of", "record with"],
    "appliance": ["descale", "Entkalken", "détartrer", "descalcificar", "除石灰", "vacuum", "Saugroboter",
                  "robot cuiseur", "dishwasher", "hot cycle", "water tank", "drink prompts", "recipe assistant",
                  "AI wash", "delay start", "bin after", "robot mower", "Mähroboter", "tondeuse robot",
                  "cortacésped", "tagliaerba", "dehumidifier"],
    "garden": ["blade", "hose", "robot mower", "Mähroboter", "tondeuse robot", "cortacésped", "tagliaerba"],
}


def _kw(w):
    # keywords starting with a letter must start a word ("tent" is not in "assistente")
    return re.compile(("(?<![^\\W\\d_])" if w[0].isalpha() and ord(w[0]) < 0x3000 else "") + re.escape(w))


HARD_TOPIC_RE = {b: [_kw(w) for w in words] for b, words in HARD_TOPIC.items()}


def hard_fits(text, biz):
    hit = [b for b, pats in HARD_TOPIC_RE.items() if any(p.search(text) for p in pats)]
    return not hit or biz in hit


# which hard-negative kinds read naturally in which source
HARD_BY_SRC = {
    "review": {"imp", "care", "setup", "ai", "bot"},
    "ticket": {"req", "fwd", "soc", "bot", "ai", "imp", "setup"},
    "email": {"req", "fwd", "soc", "bot", "ai", "imp"},
    "email-sup": {"sec", "staff", "ai", "imp"},
    "feed": {"imp", "care", "setup", "ai", "sec", "staff"},
    "web": {"imp", "care", "setup", "ai", "sec", "staff"},
    "tool": {"imp", "care", "setup", "ai", "bot", "req"},
}
# families that read oddly in a seller/supplier voice
CUSTOMER_ONLY = {"refund", "disc", "cancel", "addr"}
SELLER_ONLY = {"price", "rank"}

BRANDS = ["Norvik", "Altea", "Brisa", "Kestrel", "Tamarin", "Velox", "Oakhurst",
          "Lumo", "Fjellstad", "Maruko", "Cedrus", "Palomar", "Trenta", "Halvard"]
PRICE = {"garden": (9, 420), "music": (6, 1300), "books": (7, 95),
         "bike": (14, 2900), "outdoor": (9, 480), "appliance": (29, 950)}
TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt-BR": "com.br",
       "pt": "pt", "nl": "nl", "pl": "pl", "sv": "se", "fi": "fi", "ro": "ro",
       "el": "gr", "hu": "hu", "ru": "ru", "tr": "com.tr", "ja": "jp", "zh-CN": "cn",
       "zh-TW": "tw", "ko": "kr", "vi": "vn", "id": "co.id", "ms": "my", "fil": "ph"}

PH = re.compile(r"\{(p|o|n|d|c|m|nm)\}")
TINY_PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8"
            "AAAAASUVORK5CYII=")
BENIGN_COMMENTS = [
    "<!-- spec table start -->", "<!-- TODO: swap hero image after the spring shoot -->",
    "<!-- gallery: 4 images, lazy-loaded -->", "<!-- end of description block -->",
    "<!-- editors: keep this text in sync with the PDF manual -->",
    "<!-- price block rendered server-side, do not hardcode -->",
    "<!-- legacy tracking pixel removed -->", "<!-- review widget v3 -->",
    "<!-- system: template=product-detail layout=wide -->",
    "<!-- instructions section moved to the FAQ tab -->",
]


def lines(block):
    """One pool item per non-empty line of a triple-quoted block."""
    return [x.strip() for x in block.strip("\n").split("\n") if x.strip()]


def tag(s):
    """'+ text' / '- text' sentiment prefix -> (tag, text)."""
    if len(s) > 2 and s[1] == " " and s[0] in "+-":
        return s[0], s[2:]
    return "=", s


def ptag(s):
    """'@k1,k2 text' -> (set of product keys or None, text)."""
    if s.startswith("@"):
        head, _, rest = s.partition(" ")
        return set(head[1:].split(",")), rest
    return None, s


def kind(s):
    k, _, t = s.partition("|")
    return k, t


def nbytes(s):
    return len(s.encode("utf-8"))


class Picker:
    """Least-used choice, so every hand-written sentence is spread thinly."""

    def __init__(self, rng):
        self.rng = rng
        self.used = {}

    def pick(self, key, pool, ok=None, avoid=(), strict=False, cap=None):
        idx = [i for i in range(len(pool)) if (ok is None or ok(pool[i])) and pool[i] not in avoid
               and (cap is None or self.used.get((key, i), 0) < cap)]
        if not idx and strict:
            return None
        if not idx:
            idx = [i for i in range(len(pool)) if ok is None or ok(pool[i])]
        if not idx:
            idx = list(range(len(pool)))
        low = min(self.used.get((key, i), 0) for i in idx)
        cand = [i for i in idx if self.used.get((key, i), 0) == low]
        i = self.rng.choice(cand)
        self.used[(key, i)] = low + 1
        return pool[i]


class Ctx:
    def __init__(self, L, rng, pk, biz):
        self.L, self.rng, self.pk, self.biz = L, rng, pk, biz
        b = L["biz"][biz]
        pe = pk.pick(("p", biz), b["p"])
        self.pkey, _, self.p = pe.partition("=") if "=" in pe else (pe, "", pe)
        self.o = L.get("ordfmt", "{}").format(rng.randint(10 ** (L.get("ordlen", 6) - 1), 10 ** L.get("ordlen", 6) - 1))
        self.nm = pk.pick("names", L["names"])
        self.c = rng.choice(L["carriers"])
        lo, hi = PRICE[biz]
        self.m = money(L, rng.uniform(lo, hi))
        self.used = []

    def fill(self, s):
        r = self.rng
        vals = {"p": self.p, "o": self.o, "nm": self.nm, "c": self.c, "m": self.m}

        def sub(mo):
            k = mo.group(1)
            if k == "n":
                return str(r.randint(2, 9))
            if k == "d":
                return str(r.randint(2, 21))
            return vals[k]
        return PH.sub(sub, s)

    def take(self, pool_key, pool, ok=None, strict=False):
        cap = self.L.get("cap", 8) if strict else None
        s = self.pk.pick(pool_key, pool, ok, self.used, strict, cap)
        if s is not None:
            self.used.append(s)
        return s

    def prod_ok(self, s):
        keys, _ = ptag(tag(s)[1])
        return keys is None or self.pkey in keys

    def cust(self, mood):
        mok = {"pos": lambda s: tag(s)[0] in "+=", "neg": lambda s: tag(s)[0] in "-=",
               "mix": lambda s: True}[mood]
        pool = self.L["biz"][self.biz]["c"]
        if self.L.get("cg") and self.rng.random() < 0.15:
            got = self.take("cg", self.L["cg"], mok, True)
            if got is not None:
                return self.fill(tag(got)[1])
        got = self.take(("c", self.biz), pool, lambda s: mok(s) and self.prod_ok(s), True)
        if got is not None:
            return self.fill(ptag(tag(got)[1])[1])
        if self.L.get("cg"):
            got = self.take("cg", self.L["cg"], mok, True)
            if got is not None:
                return self.fill(tag(got)[1])
        return None

    def sell(self):
        got = self.take(("s", self.biz), self.L["biz"][self.biz]["s"], self.prod_ok, True)
        return None if got is None else self.fill(ptag(got)[1])

    def gens(self, key):
        got = self.take(key, self.L[key], None, True)
        return None if got is None else self.fill(tag(got)[1])

    def gen(self, key, mood=None):
        pool = self.L[key]
        ok = None
        if mood == "pos":
            ok = lambda s: tag(s)[0] in "+="
        elif mood == "neg":
            ok = lambda s: tag(s)[0] in "-="
        elif mood == "mix":
            ok = lambda s: tag(s)[0] == "="
        return self.fill(tag(self.take(key, pool, ok))[1])


def mailbox(ctx):
    raw = unicodedata.normalize("NFKD", ctx.nm.split()[0].lower())
    box = "".join(ch for ch in raw if ch.isascii() and ch.isalnum())
    return box if len(box) >= 2 else "customer{}".format(ctx.rng.randint(10, 999))


def money(L, v):
    mult = L.get("mult", 1)
    v = v * mult
    if mult >= 100:
        v = int(round(v, -2 if mult >= 1000 else -1))
        s = "{:,}".format(v).replace(",", L.get("thou", ","))
    else:
        s = "{:.2f}".format(round(v) - 0.01 if v > 20 else v).replace(".", L.get("dec", "."))
    return L.get("cur", "{}").format(s)


def where(rng):
    x = rng.random()
    return "start" if x < 0.25 else ("mid" if x < 0.7 else "end")


def insert(rng, units, extra, pos, lo=0, hi=None):
    hi = len(units) if hi is None else hi
    if pos == "start":
        i = lo + (1 if hi - lo > 2 and rng.random() < 0.4 else 0)
    elif pos == "end":
        i = hi - (1 if hi - lo > 2 and rng.random() < 0.4 else 0)
    else:
        i = rng.randint(lo + 1, max(lo + 1, hi - 1)) if hi - lo >= 2 else hi
    units.insert(i, extra)


def paras(L, rng, units, max_len=3):
    """Join sentences into paragraphs; block units (dict) stand alone."""
    out, cur = [], []
    size = rng.randint(2, max_len) if max_len > 1 else 1
    for u in units:
        if isinstance(u, dict):
            if cur:
                out.append(L["sep"].join(cur))
                cur = []
            out.append(u["b"])
            continue
        cur.append(u)
        if len(cur) >= size:
            out.append(L["sep"].join(cur))
            cur = []
            size = rng.randint(2, max_len) if max_len > 1 else 1
    if cur:
        out.append(L["sep"].join(cur))
    return out


def flat(L, units):
    parts = []
    for u in units:
        parts.append(u["b"] if isinstance(u, dict) else u)
    return L["sep"].join(parts)


def fill_to(ctx, units, target, fn, limit=14):
    n = 0
    while nbytes(" ".join(u if isinstance(u, str) else u["b"] for u in units)) < target and n < limit:
        x = fn()
        if x is None:
            break
        units.append(x)
        n += 1


def stars(rng, mood):
    k = {"pos": rng.choice([4, 5, 5]), "neg": rng.choice([1, 2, 2, 3]), "mix": rng.choice([3, 3, 4])}[mood]
    return k


# ---------------------------------------------------------------- composers
def review(ctx, extras, target, mood=None):
    L, r = ctx.L, ctx.rng
    mood = mood or r.choice(["pos", "pos", "neg", "neg", "mix"])
    units = []
    if r.random() < 0.45:
        units.append(ctx.gen("open", mood))
    fill_to(ctx, units, max(60, target - 80), lambda: ctx.cust(mood), 9)
    if len(units) < 2 and L.get("cg"):
        x = ctx.take("cg", L["cg"], None, True)
        if x:
            units.append(ctx.fill(tag(x)[1]))
    if r.random() < 0.4:
        units.append(ctx.gen("close", mood))
    for e in extras:
        insert(r, units, e, where(r))
    k = stars(r, mood)
    style = r.random()
    if nbytes(flat(L, units)) > 650 and r.random() < 0.6:
        body = "\n\n".join(paras(L, r, units, 4))
    else:
        body = "\n".join(paras(L, r, units, 40)) if any(isinstance(u, dict) for u in units) else flat(L, units)
    if style < 0.3:
        body = "★" * k + "☆" * (5 - k) + "\n" + body
    elif style < 0.45:
        body = "{}/5 – {}".format(k, ctx.p) + "\n" + body if L.get("latin", True) else "{}/5\n{}".format(k, body)
    return body, k


def sign(ctx):
    s = ctx.gen("sign")
    return s.replace("{nm}", ctx.nm) if "{nm}" in s else s + "\n" + ctx.nm


def ticket(ctx, extras, target):
    L, r = ctx.L, ctx.rng
    F = L["fields"]
    units = []
    fill_to(ctx, units, max(80, target - 160), lambda: ctx.cust("neg" if r.random() < 0.75 else "mix"), 8)
    asked = False
    if r.random() < 0.7:
        units.append(ctx.gen("ask"))
        asked = True
    for e in extras:
        insert(r, units, e, where(r))
    blocks = []
    if r.random() < 0.55:
        blocks.append("{}: {}".format(F["order"], ctx.o))
    if r.random() < 0.85:
        blocks.append(ctx.gen("greet"))
    blocks += paras(L, r, units, 3)
    blocks.append(sign(ctx))
    return "\n\n".join(blocks), asked


def email(ctx, extras, target, supplier=False):
    L, r = ctx.L, ctx.rng
    F = L["fields"]
    units = []
    asked = False
    if supplier:
        fill_to(ctx, units, max(120, target - 180),
                lambda: (ctx.gens("sup") if r.random() < 0.6 else None) or ctx.sell(), 10)
    else:
        fill_to(ctx, units, max(120, target - 180), lambda: ctx.cust(r.choice(["neg", "mix", "pos"])), 10)
        if r.random() < 0.6:
            units.insert(r.randint(len(units) // 2, len(units)), ctx.gen("ask"))
            asked = True
    for e in extras:
        insert(r, units, e, where(r))
    subj = ctx.fill(ctx.take("subj", L["subj"], lambda x: x.startswith("~") == supplier) or ctx.gen("subj"))
    head = "{}: {}".format(F["subject"], subj.lstrip("~"))
    if r.random() < 0.35:
        dom = "example." + TLD.get(L["code"], "com")
        head = "{}: {}@{}\n".format(F["from"], mailbox(ctx), dom) + head
    blocks = [head, ctx.gen("greet")] + paras(L, r, units, 3) + [sign(ctx)]
    return "\n\n".join(blocks), asked


def listing_units(ctx, target, extras):
    units = []
    fill_to(ctx, units, target, ctx.sell, 10)
    for e in extras:
        insert(ctx.rng, units, e, where(ctx.rng))
    return units


def pick_specs(ctx, lo, hi):
    spec = [x for x in ctx.L["biz"][ctx.biz].get("spec") or [] if ctx.prod_ok(x)]
    return [ctx.fill(ptag(x)[1]) for x in ctx.rng.sample(spec, min(len(spec), ctx.rng.randint(lo, hi)))]


def feed(ctx, extras, target, html=False):
    L, r = ctx.L, ctx.rng
    F = L["fields"]
    brand = r.choice(BRANDS)
    title = "{} {}".format(brand, ctx.p) if r.random() < 0.5 else "{} – {}".format(ctx.p[:1].upper() + ctx.p[1:], brand)
    sku = "{}-{}{}".format(ctx.biz[:3].upper(), r.randint(1000, 99999), r.choice("ABCDEFGHK"))
    specs = pick_specs(ctx, 2, 5)
    units = listing_units(ctx, max(110, target - 260 - nbytes(" ".join(specs))), extras)
    stock = str(r.randint(0, 240))
    fmt = "html" if html else r.choice(["kv", "kv", "json", "html", "tsv"])
    if fmt == "kv":
        desc = "\n".join(paras(L, r, units, 3))
        lines = ["{}: {}".format(F["title"], title), "{}: {}".format(F["sku"], sku),
                 "{}: {}".format(F["price"], ctx.m), "{}: {}".format(F["stock"], stock),
                 "{}: {}".format(F["ship"], ctx.c)] + specs + ["{}: {}".format(F["desc"], desc)]
        return "\n".join(lines)
    if fmt == "json":
        d = {"sku": sku, "title": title, "brand": brand, "price": ctx.m, "stock": int(stock),
             "shipping": ctx.c, "specs": specs, "description": flat(L, units)}
        return json.dumps(d, ensure_ascii=False)
    if fmt == "tsv":
        return "sku\ttitle\tprice\tstock\tspecs\tdescription\n{}\t{}\t{}\t{}\t{}\t{}".format(
            sku, title, ctx.m, stock, " | ".join(specs), flat(L, units).replace("\n", " "))
    lis = ["{}: {}".format(F["sku"], sku), "{}: {}".format(F["price"], ctx.m),
           "{}: {}".format(F["ship"], ctx.c)] + specs
    return html_page(ctx, "<h1>{}</h1>".format(title), units,
                     "<ul>" + "".join("<li>{}</li>".format(x) for x in lis) + "</ul>")


def html_page(ctx, head, units, tail=""):
    r = ctx.rng
    out = [head]
    cur = []
    for u in units:
        if isinstance(u, dict):
            if cur:
                out.append("<p>{}</p>".format(ctx.L["sep"].join(cur)))
                cur = []
            out.append(u["b"])
        else:
            cur.append(u)
            if len(cur) >= r.randint(2, 3):
                out.append("<p>{}</p>".format(ctx.L["sep"].join(cur)))
                cur = []
    if cur:
        out.append("<p>{}</p>".format(ctx.L["sep"].join(cur)))
    if tail:
        out.append(tail)
    return "\n".join(out)


def web(ctx, extras, target, html=False, comments_extra=()):
    L, r = ctx.L, ctx.rng
    F = L["fields"]
    title = ctx.fill(ctx.gen("webt"))
    specs = pick_specs(ctx, 3, 5) if r.random() < 0.4 else []
    units = listing_units(ctx, max(150, target - 320 - nbytes(" ".join(specs))), extras)
    fmt = "html" if html else r.choice(["plain", "plain", "md", "html"])
    com = []
    if r.random() < 0.4 or comments_extra:
        cu = [x for x in (ctx.cust(r.choice(["pos", "neg"])) for _ in range(r.randint(1, 2))) if x]
        for e in comments_extra:
            insert(r, cu, e, where(r))
        if cu:
            com = ["{} — {}".format(ctx.pk.pick("names", L["names"]), flat(L, cu))]
    if fmt == "html":
        tail = "<ul>" + "".join("<li>{}</li>".format(x) for x in specs) + "</ul>" if specs else ""
        if com:
            tail += "<section class=\"comments\"><h3>{}</h3><p>{}</p></section>".format(F["comments"], com[0])
        return html_page(ctx, "<h1>{}</h1>".format(title), units, tail)
    hdr = ("# " + title) if fmt == "md" else title + "\n" + "=" * min(30, len(title))
    body = "\n\n".join(paras(L, r, units, 3))
    txt = hdr + "\n\n" + body
    if specs:
        txt += "\n\n" + "\n".join(("- " if fmt == "md" else "• ") + x for x in specs)
    if com:
        txt += "\n\n{}\n{}".format(F["comments"], com[0])
    return txt


def tool(ctx, extras, target, field=None):
    L, r = ctx.L, ctx.rng
    kindt = r.choice(["reviews", "reviews", "order", "page", "inbox"])
    if kindt == "reviews":
        items = []
        cnt = r.randint(1, 3)
        hit = r.randrange(cnt)
        for i in range(cnt):
            t, k = review(ctx, extras if i == hit else [], max(120, target // cnt))
            items.append({"review_id": r.randint(10000, 999999), "rating": k, "text": t})
        d = {"tool": "get_product_reviews", "product": ctx.p, "results": items}
    elif kindt == "order":
        t, _ = ticket(ctx, extras, target)
        d = {"tool": "lookup_order", "order_id": ctx.o,
             "status": r.choice(["shipped", "processing", "delivered", "return_requested"]),
             "carrier": ctx.c, "total": ctx.m, "customer_note": t}
    elif kindt == "page":
        t = web(ctx, extras, target)
        d = {"tool": "fetch_url", "status": 200,
             "url": "https://shop.example.{}/{}/{}".format(TLD.get(L["code"], "com"), ctx.biz, r.randint(100, 9999)),
             "content": t}
    else:
        t, _ = email(ctx, extras, target)
        d = {"tool": "read_inbox", "unread": r.randint(1, 9), "messages": [
            {"from": "{}@example.{}".format(mailbox(ctx), TLD.get(L["code"], "com")), "body": t}]}
    if field:
        d[field[0]] = field[1]
    return json.dumps(d, ensure_ascii=False, indent=2 if r.random() < 0.3 else None)


def transcript(ctx, target):
    L, r = ctx.L, ctx.rng
    cu, ag = L["roles"]
    lines = []
    n = r.randint(2, 3)
    for i in range(n):
        a = ctx.cust("neg") if i == 0 else (ctx.gen("ask") if i == 1 else ctx.cust("mix"))
        a = a or ctx.gen("ask")
        lines.append("{}: {}".format(cu, a))
        lines.append("{}: {}".format(ag, ctx.gen("staff")))
    if r.random() < 0.5:
        h, mi = r.randint(8, 19), r.randint(0, 59)
        lines = ["[{:02d}:{:02d}] {}".format(h, (mi + 2 * i) % 60, x) for i, x in enumerate(lines)]
    return "\n".join(lines)


# ---------------------------------------------------------------- obfuscation
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def encode(L, rng, payload, method):
    raw = payload.encode("utf-8")
    if method == "base64":
        x = base64.b64encode(raw).decode()
    elif method == "hex":
        x = raw.hex()
    elif method == "url":
        x = quote(payload, safe="")
    elif method == "rot13":
        x = codecs.encode(payload, "rot13")
    else:
        raise ValueError(method)
    lead = tag(rng.choice(L["enc"]))[1]
    return lead.replace("{x}", x)


def obfuscate(rng, payload, method):
    if method == "spaced":
        return " ".join(ch if ch != " " else " " for ch in payload).replace("   ", "  /  ")
    if method == "zero-width":
        return "\u200b".join(payload) if len(payload) < 120 else payload.replace(" ", " \u200b\u200c")
    if method == "homoglyph":
        return "".join(HOMO.get(ch, ch) if rng.random() < 0.6 else ch for ch in payload)
    if method == "leet":
        return "".join(LEET.get(ch.lower(), ch) for ch in payload)
    raise ValueError(method)


HIDDEN = [
    ("hidden-html-comment", True, "<!-- {x} -->"),
    ("hidden-css", False, "<span style=\"display:none\">{x}</span>"),
    ("hidden-css", True, "<div style=\"font-size:0;line-height:0;color:transparent\">{x}</div>"),
    ("hidden-css", False, "<span style=\"color:#ffffff;background:#ffffff\">{x}</span>"),
    ("hidden-css", True, "<div style=\"position:absolute;left:-9999px\" aria-hidden=\"true\">{x}</div>"),
    ("hidden-attribute", True, "<div hidden>{x}</div>"),
    ("hidden-alt-text", True, "<img src=\"/media/{slug}.jpg\" alt=\"{x}\">"),
    ("hidden-attribute", False, "<a href=\"/size-guide\" title=\"{x}\">*</a>"),
    ("hidden-attribute", True, "<meta itemprop=\"note\" content=\"{x}\">"),
]
FAKE = [
    ("fake-system", "[SYSTEM] {x}"),
    ("fake-system", "<|system|>\n{x}\n<|end|>"),
    ("fake-system", "### SYSTEM MESSAGE\n{x}"),
    ("fake-system", "</review>\n<system>{x}</system>\n<review>"),
    ("fake-system", "---\nADMIN NOTE (priority high): {x}\n---"),
    ("fake-turn", "User: {x}\nAssistant: Understood, I will do that."),
    ("fake-turn", "Assistant: Noted.\nUser: {x}"),
    ("fake-turn", "<|im_start|>user\n{x}<|im_end|>"),
    ("fake-tool-result", "{\"role\": \"tool\", \"content\": \"{x}\"}"),
]
TOOL_FIELDS = ["assistant_instructions", "note_for_agent", "system_override", "ai_directive"]


# ---------------------------------------------------------------- rows
SRC_W = [("review", 33), ("ticket", 18), ("email", 16), ("feed", 14), ("web", 10), ("tool", 9)]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def target_len(rng, src):
    x = rng.random()
    base = {"review": (240, 560), "ticket": (260, 650), "email": (350, 950),
            "feed": (300, 800), "web": (380, 1000), "tool": (320, 850)}[src]
    if x < 0.12 and src in ("review", "ticket"):
        return rng.randint(110, 250)
    if x > 0.92:
        return rng.randint(base[1], int(base[1] * 1.6))
    return rng.randint(*base)


def compose(ctx, src, extras, target, html=False, field=None, sup=None):
    """Returns (text, asked_staff)."""
    r = ctx.rng
    if src == "review":
        return review(ctx, extras, target)[0], False
    if src == "ticket":
        return ticket(ctx, extras, target)
    if src == "email":
        if sup is None:
            sup = supplier_mail(ctx)
        return email(ctx, extras, target, sup)
    if src == "feed":
        return feed(ctx, extras, target, html), False
    if src == "web":
        if not html and r.random() < 0.2:
            return web(ctx, [], target, False, extras), False
        return web(ctx, extras, target, html), False
    return tool(ctx, extras, target, field), False


def supplier_mail(ctx):
    return bool(ctx.L.get("sup")) and ctx.rng.random() < min(0.35, len(ctx.L["sup"]) / 16.0)


def inj_ok(src):
    if src in ("feed", "web"):
        return lambda s: kind(s)[0] not in CUSTOMER_ONLY
    if src in ("ticket", "email"):
        return lambda s: kind(s)[0] not in SELLER_ONLY
    return None


def block(s):
    return {"b": s}


def make_rows(L, seed):
    rng = random.Random(seed)
    pk = Picker(rng)
    n = L["n"]
    ninj = round(n * L.get("inj_ratio", 0.45))
    labels = [True] * ninj + [False] * (n - ninj)
    rng.shuffle(labels)
    rows, seen = [], set()
    latin = L.get("latin", True)
    for lab in labels:
        for attempt in range(30):
            row = one_row(L, rng, pk, lab, latin)
            if row and row["text"] not in seen and 40 <= nbytes(row["text"]) <= 3000:
                seen.add(row["text"])
                rows.append(row)
                break
        else:
            raise RuntimeError("could not make a unique row for " + L["code"])
    return rows, pk


def one_row(L, rng, pk, lab, latin):
    src = wchoice(rng, L.get("src_w", SRC_W))
    biz = rng.choice(sorted(L["biz"]))
    ctx = Ctx(L, rng, pk, biz)
    target = target_len(rng, src)
    if lab:
        mode = wchoice(rng, [("plain", 70), ("short", 9), ("hidden", 8), ("encoded", 8), ("fake", 5)])
        if mode == "hidden":
            src = rng.choice(["web", "feed", "web", "review"])
        ok = inj_ok(src)
        k, sent = kind(pk.pick("inj", L["inj"], ok))
        payload = ctx.fill(sent)
        fam = FAM[k]
        if mode == "short":
            text = payload
            if nbytes(text) < 40 or rng.random() < 0.35:
                lead = ctx.gen("open") if src == "review" else ctx.gen("greet")
                text = lead + ("\n" if rng.random() < 0.5 else L["sep"]) + payload
            return dict(source=src if src != "tool" else "review", family=fam, text=text, injection=True, payload=payload)
        if mode == "plain":
            text, _ = compose(ctx, src, [payload], target)
            return dict(source=src, family=fam, text=text, injection=True, payload=payload)
        if mode == "hidden":
            if src == "review":
                text, _ = compose(ctx, src, [block("[//]: # ({})".format(payload))], target)
                return dict(source=src, family="hidden-markdown-comment", text=text, injection=True, payload=payload)
            fam2, is_block, tpl = rng.choice(HIDDEN)
            x = payload.replace('"', "'") if "=\"{x}\"" in tpl else payload
            h = tpl.replace("{slug}", "{}-{}".format(biz, rng.randint(1, 40))).replace("{x}", x)
            text, _ = compose(ctx, src, [block(h) if is_block else h], target, html=True)
            return dict(source=src, family=fam2, text=text, injection=True, payload=payload)
        if mode == "encoded":
            methods = ["base64", "base64", "hex", "url", "zero-width"]
            if latin:
                methods += ["rot13", "spaced", "homoglyph"]
            if L["code"] == "en":
                methods += ["leet"]
            me = rng.choice(methods)
            if me in ("base64", "hex", "url", "rot13"):
                planted = encode(L, rng, payload, me)
                fam2 = "encoded-" + me
            else:
                planted = obfuscate(rng, payload, me)
                fam2 = "obfuscated-" + me
            text, _ = compose(ctx, src, [planted], target)
            return dict(source=src, family=fam2, text=text, injection=True, payload=payload)
        # fake formatting
        if src == "tool" and rng.random() < 0.6:
            text, _ = compose(ctx, src, [], target, field=(rng.choice(TOOL_FIELDS), payload))
            return dict(source=src, family="tool-field", text=text, injection=True, payload=payload)
        if src in ("feed", "web"):
            src = rng.choice(["review", "ticket", "email"])
        fam2, tpl = rng.choice(FAKE)
        text, _ = compose(ctx, src, [block(tpl.replace("{x}", payload))], target)
        return dict(source=src, family=fam2, text=text, injection=True, payload=payload)
    # benign
    mode = wchoice(rng, [("plain", 33), ("hard", 52), ("struct", 15)])
    if mode == "struct":
        st = rng.choice(["transcript", "transcript", "html", "encoded"])
        if st == "transcript":
            t = transcript(ctx, target)
            if rng.random() < 0.35:
                d = {"tool": "get_chat_history", "ticket": ctx.o, "messages": t.split("\n")}
                return dict(source="tool", family="hard-transcript", text=json.dumps(d, ensure_ascii=False), injection=False, payload="")
            return dict(source="ticket", family="hard-transcript", text=t, injection=False, payload="")
        if st == "html":
            src = rng.choice(["web", "feed"])
            extras = [block(c) for c in rng.sample(BENIGN_COMMENTS, rng.randint(1, 2))]
            text, _ = compose(ctx, src, extras, target, html=True)
            return dict(source=src, family="hard-html-comment", text=text, injection=False, payload="")
        src = rng.choice(["web", "feed", "email"])
        if src == "email":
            tok = base64.urlsafe_b64encode(("cmp=%s;uid=%d" % (biz, rng.randint(1000, 99999))).encode()).decode().rstrip("=")
            link = "https://shop.example.{}/{}?utm_source=newsletter&utm_medium=email&ref={}".format(TLD.get(L["code"], "com"), biz, tok)
            text, _ = compose(ctx, src, [link], target)
        else:
            img = block("<img src=\"data:image/png;base64,{}\" width=\"1\" height=\"1\" alt=\"\">".format(TINY_PNG))
            text, _ = compose(ctx, src, [img], target, html=True)
        return dict(source=src, family="hard-encoded-data", text=text, injection=False, payload="")
    extras, fam = [], "benign"
    sup = supplier_mail(ctx) if src == "email" else None
    if mode == "hard":
        allowed = HARD_BY_SRC["email-sup" if sup else src]
        for _ in range(1 if rng.random() < 0.7 else 2):
            got = ctx.pk.pick("hard", L["hard"], lambda x: kind(x)[0] in allowed and hard_fits(x, biz),
                              ctx.used, True, 6)
            if got is None:
                break
            ctx.used.append(got)
            hk, hs = kind(got)
            extras.append(ctx.fill(hs))
            if fam == "benign":
                fam = HARD[hk]
    text, asked = compose(ctx, src, extras, target, sup=sup)
    if fam == "benign" and asked:
        fam = HARD["req"]
    return dict(source=src, family=fam, text=text, injection=False, payload="")
