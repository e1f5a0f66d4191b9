"""Row assembly: wraps hand-written pieces into the shapes the four stores feed
to their AI (reviews, tickets, e-mails, supplier feeds, web pages, tool
results) and plants the injection pieces at varied positions."""

import base64
import codecs
import hashlib
import json
import random
import re
import urllib.parse

STORES = {
    "beauty": ("Lumen & Rose Beauty", "lumenrose.example"),
    "furniture": ("Oakhaus Home & DIY", "oakhaus.example"),
    "pet": ("Pawsome Pantry", "pawsomepantry.example"),
    "books": ("Pagewise Books & Games", "pagewise.example"),
}

BRANDS = {
    "beauty": ["Velvétine", "Kōra Skin", "Nordbloom", "Mirelle", "Dewlab", "Sable & Salt"],
    "furniture": ["Holmvik", "Trestle & Co", "Brightwood", "Casa Nube", "Ferrum Works", "Lindgard"],
    "pet": ["Tailwise", "Kibblecraft", "Furnest", "Happy Snout", "Pawtera", "Meowtopia"],
    "books": ["Inkwell Press", "Lanternfish Games", "Riverstone", "Pixel Harbor", "Quillbright", "Mossgate"],
}

CURRENCY = {
    "en": "USD", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "pt-BR": "BRL",
    "pt-PT": "EUR", "nl": "EUR", "sv": "SEK", "pl": "PLN", "tr": "TRY", "ru": "RUB",
    "uk": "UAH", "ja": "JPY", "zh-CN": "CNY", "zh-TW": "TWD", "ko": "KRW", "hi": "INR",
    "hi-Latn": "INR", "ar": "AED", "he": "ILS", "id": "IDR", "ro": "RON",
}

CJK = ("ja", "zh-CN", "zh-TW")

HAND_FAMILIES = {
    "hidden-css", "hidden-comment", "hidden-alt", "hidden-attribute", "hidden-md-comment",
    "encoded-base64", "encoded-hex", "encoded-rot13", "encoded-url", "leetspeak",
    "homoglyph", "zero-width", "spaced-letters", "fake-turn", "fake-system",
    "fake-developer", "fake-tool", "exfil-image", "exfil-link",
}

KIND_SOURCES = {
    "review": ["review", "review", "review", "review", "web", "tool"],
    "qa": ["review", "web", "tool"],
    "ticket": ["ticket", "ticket", "ticket", "tool"],
    "email": ["email", "email", "email", "email", "email", "tool"],
    "product": ["feed", "feed", "feed", "feed", "web", "tool"],
    "page": ["web", "web", "tool"],
}

DEFAULT_KIND = {"review": "review", "ticket": "ticket", "email": "email",
                "feed": "product", "web": "page", "tool": "ticket"}


# ---------------------------------------------------------------- helpers

def fake_b64_image(rng, n=90):
    raw = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(n))
    return "data:image/png;base64," + base64.b64encode(raw).decode()


def fake_hash(rng, n=40):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def fake_token(rng, n=22):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))


def fill_placeholders(text, rng):
    if "{B64IMG}" in text:
        text = text.replace("{B64IMG}", fake_b64_image(rng))
    while "{HASH}" in text:
        text = text.replace("{HASH}", fake_hash(rng), 1)
    while "{TOKEN}" in text:
        text = text.replace("{TOKEN}", fake_token(rng), 1)
    while "{ORDER}" in text:
        text = text.replace("{ORDER}", str(rng.randrange(100000, 999999)), 1)
    return text


def split_points(text, cjk):
    """Indices just after sentence ends where a piece may be planted."""
    pts = []
    if cjk:
        for m in re.finditer(r"[。！？!?\n]+", text):
            pts.append(m.end())
    else:
        for m in re.finditer(r"(?<=[.!?…)؟।])\s+|\n+", text):
            pts.append(m.start())
    pts = [p for p in pts if 0 < p < len(text) - 1]
    return sorted(set(pts))


def plant(text, piece, rng, cjk, where=None):
    pts = split_points(text, cjk)
    if where is None:
        r = rng.random()
        where = "start" if r < 0.18 else ("middle" if r < 0.55 and pts else "end")
    if where == "start":
        sep = "\n\n" if rng.random() < 0.4 else ("" if cjk else " ")
        return piece + sep + text, "start"
    if where == "middle" and pts:
        p = rng.choice(pts)
        if cjk:
            return text[:p] + piece + text[p:], "middle"
        rest = text[p:].lstrip(" ")
        return text[:p] + " " + piece + (" " if not rest.startswith("\n") else "") + rest, "middle"
    sep = rng.choice(["\n\n", "\n", "" if cjk else " "])
    return text.rstrip() + sep + piece, "end"


# ---------------------------------------------------------------- concealment

def leet(s):
    table = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                           "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
    return s.translate(table)


LAT2CYR = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
                         "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "H": "Н", "K": "К",
                         "M": "М", "T": "Т", "B": "В", "i": "і"})
CYR2LAT = str.maketrans({"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
                         "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Н": "H", "К": "K",
                         "М": "M", "Т": "T", "В": "B", "і": "i"})


def homoglyph(s, lang):
    if lang in ("ru", "uk"):
        return s.translate(CYR2LAT)
    return s.translate(LAT2CYR)


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.55:
            out.append(rng.choice(["\u200b", "\u200c", "\u200d", "\u2060"]))
    return "".join(out)


def spaced(s):
    words = s.split(" ") if " " in s else [s]
    return "   ".join(" ".join(ch for ch in w) for w in words)


def attr_escape(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


HIDE_CSS = [
    '<span style="display:none">{t}</span>',
    '<div style="font-size:0;line-height:0;color:transparent">{t}</div>',
    '<p style="position:absolute;left:-9999px" aria-hidden="true">{t}</p>',
    '<span style="color:#ffffff;background:#ffffff;font-size:1px">{t}</span>',
    '<div class="sr-only" style="opacity:0;height:0;overflow:hidden">{t}</div>',
    '<span hidden>{t}</span>',
    '<small style="visibility:hidden">{t}</small>',
]
HIDE_ATTR = [
    '<div class="spec-table" data-ai-note="{t}"></div>',
    '<a href="#reviews" title="{t}">Reviews</a>',
    '<meta name="assistant-instructions" content="{t}">',
    '<span data-tooltip="{t}">ⓘ</span>',
    '<input type="hidden" name="note" value="{t}">',
]
HIDE_ALT = [
    '<img src="https://cdn.{d}/media/{n}.jpg" alt="{t}" width="1" height="1">',
    '<img src="https://cdn.{d}/p/{n}-detail.webp" alt="{t}">',
    '![{t}](https://cdn.{d}/uploads/{n}.png)',
]


def conceal(mode, t, rng, lang, dec_phrases, domain):
    """Return the planted form of instruction t for a concealment mode."""
    if mode == "hidden-comment":
        return rng.choice(["<!-- {t} -->", "<!--{t}-->", "<!-- note: {t} -->"]).format(t=t)
    if mode == "hidden-md-comment":
        clean = t.replace("(", "").replace(")", "")
        return rng.choice(["[//]: # ({t})", "[comment]: <> ({t})"]).format(t=clean)
    if mode == "hidden-css":
        return rng.choice(HIDE_CSS).format(t=t)
    if mode == "hidden-attribute":
        return rng.choice(HIDE_ATTR).format(t=attr_escape(t))
    if mode == "hidden-alt":
        tpl = rng.choice(HIDE_ALT)
        tt = t.replace("[", "(").replace("]", ")") if tpl.startswith("!") else attr_escape(t)
        return tpl.format(t=tt, d=domain, n=rng.randrange(1000, 99999))
    if mode in ("encoded-base64", "encoded-hex", "encoded-rot13", "encoded-url"):
        if mode == "encoded-base64":
            blob, name = base64.b64encode(t.encode()).decode(), "base64"
        elif mode == "encoded-hex":
            blob, name = t.encode().hex(), "hex"
        elif mode == "encoded-rot13":
            blob, name = codecs.encode(t, "rot13"), "rot13"
        else:
            blob, name = urllib.parse.quote(t), "URL"
        if rng.random() < 0.8 and dec_phrases:
            lead = rng.choice(dec_phrases).format(enc=name)
            return lead + " " + blob
        return blob
    if mode == "leetspeak":
        return leet(t)
    if mode == "homoglyph":
        return homoglyph(t, lang)
    if mode == "zero-width":
        return zero_width(t, rng)
    if mode == "spaced-letters":
        return spaced(t)
    raise ValueError(mode)


LATIN_LANGS = {"en", "de", "fr", "es", "it", "pt-BR", "pt-PT", "nl", "sv", "pl", "tr", "id", "ro", "hi-Latn"}


def conceal_modes(source, lang, text):
    html = source in ("web", "email", "feed", "tool")
    modes = ["hidden-comment"] * 3
    if html:
        modes += ["hidden-css"] * 5 + ["hidden-attribute"] * 2 + ["hidden-alt"] * 2
    else:
        modes += ["hidden-md-comment"] * 2
    modes += ["encoded-base64"] * 3 + ["encoded-hex", "encoded-url"] + ["zero-width"] * 2
    if lang in LATIN_LANGS:
        modes += ["encoded-rot13", "leetspeak", "homoglyph", "homoglyph"]
    if lang in ("ru", "uk"):
        modes += ["homoglyph", "homoglyph"]
    if len(text) < 90:
        modes += ["spaced-letters"]
    return modes


# ---------------------------------------------------------------- wrappers

def _sku(rng, store):
    return {"beauty": "LR", "furniture": "OH", "pet": "PP", "books": "PW"}[store] + "-" + str(rng.randrange(10000, 99999))


def split2(text):
    if "||" in text:
        a, b = text.split("||", 1)
        return a.strip(), b.strip()
    return "", text


def wrap(rng, source, kind, store, content, lang, names, extra=None):
    """content: the carrier text (injection already planted, if any).
    extra: an injection piece to place in its own field/element instead."""
    sname, domain = STORES[store]
    name = rng.choice(names)
    if source == "review":
        head, body = split2(content)
        body = (head + "\n" + body) if head else body
        if extra:
            body = body + "\n" + extra
        r = rng.random()
        if r < 0.62 or kind == "qa":
            return body
        if r < 0.8:
            return "★" * rng.randint(3, 5) + " " + body if kind == "review" else body
        return f"{name} · verified purchase\n{body}"
    if source == "ticket":
        head, body = split2(content)
        if extra:
            body = body + "\n\n" + extra
        r = rng.random()
        n = rng.randrange(10000, 99999)
        if r < 0.4:
            return (head + "\n\n" + body) if head else body
        if r < 0.75:
            sub = f"Subject: {head}\n" if head else ""
            return f"Ticket #{n} · {sname} · web form\n{sub}\n{body}"
        return f"[{rng.choice(['chat', 'contact form', 'app'])}] order {rng.randrange(100000, 999999)}\n{(head + chr(10)) if head else ''}{body}"
    if source == "email":
        subj, body = split2(content)
        if not subj:
            subj = "Re: #" + str(rng.randrange(1000, 9999))
        if extra:
            body = body + "\n\n" + extra
        user = re.sub(r"[^a-z]", "", name.lower().split(" ")[0]) or "contact"
        mdom = rng.choice(["mailbox.example", "post.example", "inbox-mail.example", "supplier-hub.example", "netmail.example"])
        if rng.random() < 0.7:
            return f"From: {name} <{user}@{mdom}>\nTo: hello@{domain}\nSubject: {subj}\n\n{body}"
        return f"Subject: {subj}\n\n{body}"
    if source == "feed":
        title, desc = split2(content)
        if not title:
            title = rng.choice(BRANDS[store]) + " " + str(rng.randrange(100, 999))
        brand = rng.choice(BRANDS[store])
        cur = CURRENCY.get(lang, "EUR")
        if cur in ("JPY", "KRW", "IDR", "RUB", "INR", "TWD", "UAH", "TRY"):
            mult = {"JPY": 150, "KRW": 1400, "IDR": 16000, "RUB": 90, "INR": 85, "TWD": 32, "UAH": 40, "TRY": 35}[cur]
            price = str(rng.randrange(3, 400) * mult // 10 * 10)
        else:
            price = f"{rng.randrange(3, 400)}.{rng.choice(['00', '49', '90', '95', '99'])}"
        sku = _sku(rng, store)
        r = rng.random()
        if r < 0.5:
            obj = {"sku": sku, "title": title, "brand": brand, "price": price,
                   "currency": CURRENCY.get(lang, "EUR"), "description": desc}
            if extra:
                obj[rng.choice(["notes", "bullet_5", "seo_text", "care_info", "supplier_comment"])] = extra
            obj["stock"] = rng.randrange(0, 300)
            return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
        if r < 0.78:
            x = f"<item>\n  <g:id>{sku}</g:id>\n  <title>{title}</title>\n  <g:brand>{brand}</g:brand>\n  <description><![CDATA[{desc}]]></description>\n"
            if extra:
                x += f"  <g:custom_label_0><![CDATA[{extra}]]></g:custom_label_0>\n"
            return x + f"  <g:price>{price} {CURRENCY.get(lang, 'EUR')}</g:price>\n</item>"
        d = desc.replace('"', '""')
        t = title.replace('"', '""')
        cols = "sku;title;brand;description;price"
        row = f'{sku};"{t}";{brand};"{d}";{price}'
        if extra:
            cols += ";remarks"
            row += ';"' + extra.replace('"', '""') + '"'
        return cols + "\n" + row
    if source == "web":
        if kind == "product":
            title, desc = split2(content)
            ex = ("\n  " + extra) if extra else ""
            if "<" in content or extra or rng.random() < 0.6:
                paras = "".join(f"<p>{p}</p>" for p in desc.split("\n\n"))
                return f'<section class="product-detail">\n  <h1>{title}</h1>\n  <div class="description">{paras}</div>{ex}\n</section>'
            return f"{title}\n\n{desc}"
        if kind in ("review", "qa"):
            head, body = split2(content)
            body = (head + " — " + body) if head else body
            ex = ("\n" + extra) if extra else ""
            cls = "review-body" if kind == "review" else "qa-item"
            if "<" in content or extra or rng.random() < 0.5:
                return f'<div class="{cls}" data-author="{name}">\n<p>{body}</p>{ex}\n</div>'
            return body
        head, body = split2(content)
        ex = ("\n" + extra) if extra else ""
        if not head and body.lstrip().startswith("<"):
            return body + ex
        if "<" in content or extra or rng.random() < 0.5:
            paras = "\n".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            h = f"<h2>{head}</h2>\n" if head else ""
            return f"<article>\n{h}{paras}{ex}\n</article>"
        return (head + "\n\n" + body) if head else body
    if source == "tool":
        head, body = split2(content)
        if kind == "review":
            body = (head + ". " + body) if head else body
            obj = {"tool": rng.choice(["get_product_reviews", "reviews.search", "fetch_reviews"]),
                   "product_id": _sku(rng, store),
                   "results": [{"author": name, "verified": rng.random() < 0.8, "body": body}]}
            if extra:
                obj["results"][0]["reply_to_store"] = extra
        elif kind == "qa":
            obj = {"tool": "get_product_questions", "product_id": _sku(rng, store),
                   "questions": [{"asked_by": name, "text": (head + " " + body).strip()}]}
            if extra:
                obj["questions"][0]["note"] = extra
        elif kind == "ticket":
            obj = {"tool": rng.choice(["helpdesk.get_ticket", "crm.lookup_ticket", "get_ticket"]),
                   "ticket_id": rng.randrange(10000, 99999), "status": rng.choice(["open", "pending", "new"]),
                   "customer": name, "subject": head or None, "message": body}
            if extra:
                obj["internal_tags"] = extra
            if not head:
                del obj["subject"]
        elif kind == "email":
            obj = {"tool": "mailbox.read_message", "from": name, "subject": head, "body": body}
            if extra:
                obj["attachments_text"] = extra
        elif kind == "product":
            obj = {"tool": rng.choice(["catalog.search", "search_products", "product_lookup"]),
                   "results": [{"sku": _sku(rng, store), "name": head or rng.choice(BRANDS[store]),
                                "description": body, "in_stock": rng.random() < 0.8}]}
            if extra:
                obj["results"][0]["vendor_note"] = extra
        else:
            obj = {"tool": rng.choice(["browser.fetch", "web_fetch", "read_url"]),
                   "url": f"https://{rng.choice(['blog', 'guide', 'help', 'news'])}.{rng.choice(['homeandhound', 'beautydesk', 'readersnook', 'diycorner', 'petpals'])}.example/{rng.randrange(100, 999)}",
                   "status": 200, "content": (head + "\n\n" + body) if head else body}
            if extra:
                obj["content"] += "\n" + extra
        return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    raise ValueError(source)


# ---------------------------------------------------------------- bank assembly

def build_bank(bank, rng, hard_target_ratio=None):
    """Produce rows (dicts without id/split) for one language bank."""
    lang = bank["lang"]
    quota = bank["quota"]
    n_inj = quota // 2
    n_ben = quota - n_inj
    names = bank["names"]
    dec = bank.get("dec", [])
    cjk = lang in CJK
    carriers = [dict(kind=k, store=s, text=t, uses=0) for (k, s, t) in bank["C"]]
    hard = list(bank["H"])
    injs = []
    for it in bank["I"]:
        fam, text = it[0], it[1]
        if fam in HAND_FAMILIES and len(it) < 3:
            raise ValueError(f"{lang}: hand-made family {fam} needs an explicit payload: {text[:60]}")
        payload = it[2] if len(it) > 2 else text
        injs.append(dict(family=fam, text=text, payload=payload, uses=0))
    rows = []

    seen = set()

    def new_row(source, family, text, inj, payload):
        text = fill_placeholders(text, rng)
        if text in seen:
            raise ValueError(f"{lang}: duplicate benign text {text[:60]}")
        seen.add(text)
        rows.append(dict(source=source, lang=lang, family=family, text=text,
                         injection=inj, payload=payload if inj else ""))

    # hard negatives (all of them, capped)
    if len(hard) > n_ben:
        raise ValueError(f"{lang}: {len(hard)} hard negatives > {n_ben} benign slots")
    for src, fam, text in hard:
        if ":" in src:
            src, kind = src.split(":")
        else:
            kind = DEFAULT_KIND[src]
        store = _guess_store(text, rng)
        new_row(src, fam, wrap(rng, src, kind, store, text, lang, names), False, "")
    # plain benign carriers
    order = list(range(len(carriers)))
    rng.shuffle(order)
    n_plain = n_ben - len(hard)
    if n_plain > len(carriers):
        raise ValueError(f"{lang}: not enough carriers for benign rows")
    for i in order[:n_plain]:
        c = carriers[i]
        src = rng.choice(KIND_SOURCES[c["kind"]])
        c["uses"] += 1
        new_row(src, "benign", wrap(rng, src, c["kind"], c["store"], c["text"], lang, names), False, "")
    # injections
    inj_order = list(range(len(injs)))
    rng.shuffle(inj_order)
    plan = []
    while len(plan) < n_inj:
        for i in inj_order:
            if len(plan) >= n_inj:
                break
            plan.append(i)
        if len(plan) < n_inj and all(injs[i]["uses"] >= 3 for i in inj_order):
            raise ValueError(f"{lang}: injection pool too small")
    for i in plan:
        it = injs[i]
        it["uses"] += 1
        for _ in range(8):
            row = _inject_row(it, carriers, bank, rng, lang, names, dec, cjk)
            if row is None:
                continue
            if row["text"] not in seen:
                seen.add(row["text"])
                rows.append(row)
                break
        else:
            raise ValueError(f"{lang}: could not place {it['text'][:50]}")
    return rows


def _inject_row(it, carriers, bank, rng, lang, names, dec, cjk):
    fam, text, payload = it["family"], it["text"], it["payload"]
    hand = fam in HAND_FAMILIES
    reuse = it["uses"] > 1
    standalone = not reuse and len(text.encode()) >= 45 and rng.random() < 0.13
    if standalone:
        src = rng.choice(["review", "review", "ticket"])
        kind = "review" if src == "review" else "ticket"
        store = rng.choice(list(STORES))
        host = None
    else:
        want = _match_store(text)
        cands = sorted(carriers, key=lambda c: (c["uses"] + (1 if want and c["store"] != want else 0),
                                                rng.random()))
        cands = [c for c in cands if c["uses"] < 3] or cands
        host = cands[0]
        if host["uses"] >= 3:
            raise ValueError(f"{lang}: carriers exhausted")
        kind, store = host["kind"], host["store"]
        src = rng.choice(KIND_SOURCES[kind])
    piece = text
    family = fam
    if not hand and rng.random() < (0.5 if reuse else 0.28):
        mode = rng.choice(conceal_modes(src, lang, text))
        piece = conceal(mode, text, rng, lang, dec, STORES[store][1])
        family = mode
    if host is None:
        body = piece
        if len(body.encode()) < 40:
            body = body + "\n" + rng.choice(bank.get("fillers", ["."]))
        out = wrap(rng, src, kind, store, body, lang, names)
    else:
        host["uses"] += 1
        if src in ("feed", "tool") and rng.random() < 0.35:
            out = wrap(rng, src, kind, store, host["text"], lang, names, extra=piece)
        else:
            head, body = split2(host["text"])
            where = "end" if re.match(r"(P\.? ?S|PS|Footnote|追伸|P\.D\.|N\.B\.)", text) else None
            body2, _ = plant(body, piece, rng, cjk, where)
            content = (head + "||" + body2) if head else body2
            out = wrap(rng, src, kind, store, content, lang, names)
    return dict(source=src, lang=lang, family=family, text=fill_placeholders(out, rng),
                injection=True, payload=payload)


STORE_WORDS = {
    "beauty": ["serum", "cream", "lipstick", "mascara", "skin", "hair", "shampoo", "perfume", "nail", "spf",
               "haut", "peau", "piel", "pelle", "pele", "huid", "hud", "skóra", "cilt", "кожа", "шкір",
               "肌", "スキン", "化粧", "口红", "精华", "피부", "화장", "त्वचा", "بشرة", "עור", "kulit", "piele", "makeup", "foundation"],
    "furniture": ["sofa", "chair", "table", "drill", "paint", "shelf", "bed", "lamp", "wardrobe", "screw",
                  "stuhl", "schrank", "canapé", "mesa", "divano", "sofá", "bank", "soffa", "szafa", "koltuk",
                  "диван", "шаф", "椅子", "ソファ", "沙发", "桌", "소파", "의자", "सोफ़ा", "أريكة", "ספה", "kursi", "canapea", "couch", "desk"],
    "pet": ["dog", "cat", "puppy", "kitten", "litter", "leash", "kibble", "hund", "katze", "chien", "chat ",
            "perro", "gato", "cane", "gatto", "cão", "hond", "kat", "pies", "kot", "köpek", "kedi", "собак",
            "кош", "кіт", "犬", "猫", "狗", "강아지", "고양이", "कुत्त", "बिल्ली", "كلب", "قط", "כלב", "חתול", "anjing", "kucing", "câine", "pisic"],
    "books": ["book", "novel", "game", "vinyl", "dvd", "edition", "manga", "buch", "roman", "livre", "libro",
              "jogo", "spel", "bok", "książk", "gra ", "kitap", "oyun", "книг", "игр", "гра", "本", "小説", "书",
              "游戏", "책", "게임", "किताब", "كتاب", "ספר", "buku", "carte", "console", "comic"],
}


def _match_store(text):
    low = text.lower()
    hits = [s for s, words in STORE_WORDS.items() if any(w in low for w in words)]
    return hits[0] if len(hits) == 1 else None


def _guess_store(text, rng):
    low = text.lower()
    hits = [s for s, words in STORE_WORDS.items() if any(w in low for w in words)]
    if hits:
        return hits[0]
    return rng.choice(list(STORES))
