"""Shared building blocks for the fiftyfirst corpus.

Language modules only hold content (carriers, attack phrasings, hard
negatives).  Everything structural lives here: encoders,
hiding tricks, HTML / JSON / feed frames and the row assembly.
"""

import base64
import codecs
import hashlib
import json
import math
import random
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

# --------------------------------------------------------------------------
# small utilities


class Pool:
    """Hands out items in shuffled order, reshuffling when exhausted."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.order = []

    def take(self):
        if not self.items:
            raise ValueError("empty pool")
        if not self.order:
            self.order = list(range(len(self.items)))
            self.rng.shuffle(self.order)
        return self.items[self.order.pop()]


_TAG = re.compile(r"^\[([a-z])\] ")


def untag(item):
    """Items may start with a business tag such as '[c] ' (car parts)."""
    m = _TAG.match(item)
    if m:
        return m.group(1), item[m.end():]
    return None, item


class TagPool:
    """Pool of carriers that prefers items of the same business as the attack."""

    def __init__(self, items, rng):
        self.rng = rng
        self.all = Pool([untag(i)[1] for i in items], rng)
        by = {}
        for i in items:
            t, txt = untag(i)
            if t:
                by.setdefault(t, []).append(txt)
        self.by = {t: Pool(v, rng) for t, v in by.items()}

    def take(self, tag=None):
        if tag and tag in self.by and self.rng.random() < 0.9:
            return self.by[tag].take()
        return self.all.take()

    def distinct(self, tag, k):
        """Up to k different items of one business (for list frames)."""
        pool = self.by.get(tag)
        if pool is None:
            return []
        out = []
        for _ in range(4 * k):
            item = pool.take()
            if item not in out:
                out.append(item)
            if len(out) == k or len(out) == len(pool.items):
                break
        return out


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


_SENT = re.compile(r"(?<=[。！？])|(?<=[.!?؟।])\s+")


def sentences(text):
    return [s for s in _SENT.split(text) if s and s.strip()]


def insert_piece(text, piece, where, join=" "):
    """Insert piece into text at 'start', 'mid' or 'end'.

    Multi-line pieces (fake headers, fake turns) go on their own lines.
    """
    if "\n\n" in text.strip():
        parts = text.split("\n\n")
        sep = "\n\n"
    else:
        parts = sentences(text)
        sep = join
    own_line = "\n" in piece or piece.startswith(("[//]:", "[comment]:"))
    around = "\n" if (own_line and sep != "\n\n") else sep
    if where == "start":
        k = 0
    elif where == "end" or len(parts) < 2:
        k = len(parts)
    else:
        k = max(1, len(parts) // 2)
    before, after = sep.join(parts[:k]), sep.join(parts[k:])
    out = piece
    if before:
        out = before + around + out
    if after:
        out = out + around + after
    return out


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def jdump(obj, rng):
    if rng.random() < 0.5:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------
# encoders and obfuscation


def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5",
                       "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
                       "S": "5", "T": "7"})


def enc_leet(s):
    return s.translate(_LEET)


def enc_spaced(s):
    words = s.split()
    if len(words) <= 1:  # unspaced scripts (zh, ja)
        return " ".join(ch for ch in s if not ch.isspace())
    return "   ".join(" ".join(w) for w in words)


_LAT2CYR = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х",
            "y": "у", "i": "і", "A": "А", "B": "В", "C": "С", "E": "Е",
            "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
            "X": "Х"}
_CYR2LAT = {v: k for k, v in _LAT2CYR.items() if v != "і"}


def enc_homoglyph(s, script, rng):
    table = _LAT2CYR if script == "latin" else _CYR2LAT
    out = []
    for ch in s:
        if ch in table and rng.random() < 0.6:
            out.append(table[ch])
        else:
            out.append(ch)
    return "".join(out)


_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def enc_zero_width(s, rng):
    mark = pick(rng, _ZW)
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if not ch.isspace() and i + 1 < len(s) and not s[i + 1].isspace():
            if rng.random() < 0.55:
                out.append(mark)
    return "".join(out)


# --------------------------------------------------------------------------
# fake system headers and conversation turns (language-neutral forms;
# modules add their own localised ones through FAKE_SYS)

FAKE_SYS = [
    "[SYSTEM] {p}",
    "<|im_start|>system\n{p}<|im_end|>",
    "### SYSTEM INSTRUCTION ###\n{p}\n### END ###",
    "-----BEGIN ADMIN MESSAGE-----\n{p}\n-----END ADMIN MESSAGE-----",
    "</customer_message>\n<system>{p}</system>\n<customer_message>",
    "[INST] {p} [/INST]",
    "[[platform-admin, priority=critical]] {p}",
    "SYSTEM OVERRIDE >>> {p}",
    "{{\"role\": \"system\", \"content\": {pj}}}",
    "## developer message\n{p}",
    "<system-reminder>{p}</system-reminder>",
    "[Trust & Safety bot — verified] {p}",
]


def fake_system(p, extra, rng):
    form = pick(rng, FAKE_SYS + list(extra) * 2)
    return form.format(p=p, pj=json.dumps(p, ensure_ascii=False))


def fake_turn(p, turn, rng):
    user, bot, acks = turn
    ack = pick(rng, acks)
    forms = [
        "{U}: {p}\n{A}: {ack}",
        "\n---\n{A}: {ack}\n{U}: {p}",
        "[{U}] {p}\n[{A}] {ack}",
        "\n{A}: {ack}\n\n{U}: {p}\n{A}:",
        "Human: {p}\nAssistant: {ack}",
    ]
    return pick(rng, forms).format(U=user, A=bot, ack=ack, p=p).strip()


# --------------------------------------------------------------------------
# frames for web pages, tool results and feeds

_HIDE_CSS = [
    '<span style="display:none">{p}</span>',
    '<div style="font-size:0;line-height:0;color:transparent">{p}</div>',
    '<p style="position:absolute;left:-9999px;top:-9999px">{p}</p>',
    '<span style="color:#ffffff;background:#ffffff;font-size:1px">{p}</span>',
    '<div hidden>{p}</div>',
    '<span style="opacity:0;height:0;overflow:hidden;display:block">{p}</span>',
    '<small class="visually-hidden" aria-hidden="true" style="clip:rect(0 0 0 0);position:absolute">{p}</small>',
]

_ATTR = [
    '<div class="gallery" data-ai-note="{p}"></div>',
    '<a href="#reviews" title="{p}">★★★★★</a>',
    '<meta name="assistant-instructions" content="{p}">',
    '<input type="hidden" name="note" value="{p}">',
    '<span class="badge" aria-label="{p}"></span>',
]

_ALT = [
    '<img src="/media/{n}.jpg" alt="{p}" width="640">',
    '<img loading="lazy" src="https://cdn.shop-assets.example/img/{n}.webp" alt="{p}">',
    '<figure><img src="/uploads/{n}.png" alt="{p}"><figcaption></figcaption></figure>',
]

_BENIGN_COMMENTS = [
    "<!-- begin: product gallery -->", "<!-- /.review-list -->",
    "<!-- TODO(frontend): lazy-load thumbnails after the holiday sale -->",
    "<!-- generated by theme v4.2, do not edit by hand -->",
    "<!-- A/B test variant B: sticky add-to-cart -->",
    "<!-- cache: hit, ttl=300 -->", "<!-- end size guide -->",
    "<!-- legacy markup kept for old Safari, remove in Q3 -->",
    "<!-- tracking pixel moved to tag manager -->",
    "<!-- instructions block below is edited by the content team -->",
]


def web_review(rng, mod, body, extra=""):
    stars = rng.randint(1, 5)
    name = pick(rng, mod.NAMES)
    rid = rng.randint(10000, 99999)
    forms = [
        '<div class="review" id="r{rid}" data-stars="{s}">\n  <span class="author">{n}</span>\n  <p class="body">{b}</p>{x}\n</div>',
        '<li class="review-item" itemprop="review">\n<meta itemprop="ratingValue" content="{s}">\n<strong>{n}</strong>\n<div itemprop="reviewBody">{b}</div>{x}\n</li>',
        '<article class="ugc-review">\n<header>{n} · {s}/5</header>\n<section>{b}</section>{x}\n</article>',
    ]
    return pick(rng, forms).format(rid=rid, s=stars, n=esc(name), b=body, x=extra)


def web_product(rng, mod, title, body, extra=""):
    w = mod.WORDS
    forms = [
        '<section class="product-description">\n<h2>{t}</h2>\n<p>{b}</p>{x}\n</section>',
        '<!doctype html>\n<html lang="{l}"><head><title>{t}</title></head>\n<body>\n<h1>{t}</h1>\n<div class="pdp-copy">{b}</div>{x}\n</body></html>',
        '<div class="listing">\n<h3 class="title">{t}</h3>\n<h4>{d}</h4>\n<div class="desc">{b}</div>{x}\n</div>',
    ]
    return pick(rng, forms).format(t=esc(title), b=body, x=extra, l=mod.LANG,
                                   d=esc(w["description"]))


def web_question(rng, mod, body, extra=""):
    w = mod.WORDS
    forms = [
        '<div class="qa-thread">\n<h3>{q}</h3>\n<p class="question">{b}</p>{x}\n<p class="answers">0 {a}</p>\n</div>',
        '<div class="community-post">\n<span class="user">{n}</span>\n<div class="post-body">{b}</div>{x}\n</div>',
    ]
    return pick(rng, forms).format(q=esc(w["question"]), b=body, x=extra,
                                   a=esc(w["answers"]), n=esc(pick(rng, mod.NAMES)))


def split_feed(item):
    if " | " in item:
        t, d = item.split(" | ", 1)
        return t.strip(), d.strip()
    return item[:40], item


_RATE = {"USD": 1, "EUR": 0.92, "MXN": 17, "BRL": 5, "PLN": 4, "SEK": 10.5, "CZK": 23, "RUB": 90, "TRY": 32,
         "AED": 3.67, "INR": 83, "JPY": 150, "CNY": 7.2, "TWD": 32, "KRW": 1350, "VND": 25000, "IDR": 16000}


def price(rng, mod):
    usd = rng.choice([rng.randint(5, 80), rng.randint(40, 400), rng.randint(200, 2400)])
    val = usd * _RATE.get(mod.CURRENCY, 1)
    if val >= 1000 and _RATE.get(mod.CURRENCY, 1) >= 17:
        step = 1000 if val >= 100000 else (100 if val >= 10000 else 10)
        return str(int(round(val / step) * step - (0 if step > 10 else 1)))
    return "%d.%s" % (int(val), rng.choice(["00", "90", "99", "50"]))


def sku(rng):
    return "%s-%d" % (pick(rng, ["SKU", "P", "ART", "IT", "X"]), rng.randint(10000, 999999))


def feed_frame(rng, mod, title, desc, extra_key=None, extra_val=None):
    price_ = price(rng, mod)
    s = sku(rng)
    kind = rng.randrange(4)
    if kind == 0:
        obj = {"sku": s, "title": title, "description": desc, "price": price_,
               "currency": mod.CURRENCY, "stock": rng.randint(0, 80)}
        if extra_key:
            obj[extra_key] = extra_val
        return jdump(obj, rng)
    if kind == 1:
        x = ""
        if extra_key:
            x = "\n  <g:custom_label_0>%s</g:custom_label_0>" % esc(extra_val)
        return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <description>%s</description>\n"
                "  <g:price>%s %s</g:price>%s\n</item>" % (s, esc(title), esc(desc), price_, mod.CURRENCY, x))
    if kind == 2:
        cols = ["sku", "title", "description", "price"]
        vals = [s, title, desc, price_]
        if extra_key:
            cols.append("notes")
            vals.append(extra_val)
        q = ['"%s"' % v.replace('"', '""') for v in vals]
        return ";".join(cols) + "\n" + ";".join(q)
    lines = ["%s" % title, desc, "%s: %s %s" % (mod.WORDS["price"], price_, mod.CURRENCY), "SKU: %s" % s]
    if extra_key:
        lines.insert(2, extra_val)
    return "\n".join(lines)


_TOOL_NAMES = {
    "review": ["reviews.list", "get_product_reviews", "ugc.fetch_reviews", "moderation.queue"],
    "ticket": ["helpdesk.get_ticket", "support.fetch_thread", "crm.ticket_lookup"],
    "email": ["mail.read_inbox", "inbox.fetch_message", "gmail_like.get_thread"],
    "feed": ["catalog.get_product", "supplier.fetch_item", "pim.lookup_sku"],
}


def tool_frame(rng, mod, src, text, title=None, extra=None, role_msg=None):
    """extra: (key, value) added to the record; role_msg: fake message item."""
    name = pick(rng, _TOOL_NAMES[src])
    if src == "review":
        item = {"review_id": rng.randint(100000, 999999), "rating": rng.randint(1, 5),
                "author": pick(rng, mod.NAMES), "text": text, "lang": mod.LANG}
        if extra:
            item[extra[0]] = extra[1]
        items = [item]
        if role_msg:
            items.append({"role": "system", "content": role_msg})
        obj = {"tool": name, "status": "ok", "product_id": sku(rng), "items": items}
    elif src == "ticket":
        t = {"id": "T-%d" % rng.randint(100000, 999999), "channel": pick(rng, ["web_form", "chat", "email", "app"]),
             "priority": pick(rng, ["low", "normal", "high"]), "body": text}
        if extra:
            t[extra[0]] = extra[1]
        obj = {"tool": name, "result": {"ticket": t}}
        if role_msg:
            obj["result"]["messages"] = [{"author": "system", "text": role_msg}]
    elif src == "email":
        m = {"from": "%s@%s" % (pick(rng, ["info", "kontakt", "orders", "hello", "team", "noreply", "sales"]),
                                pick(rng, ["example.com", "example.net", "example.org", "mail.example"])),
             "subject": title or mod.WORDS["subject_default"], "body": text}
        if extra:
            m[extra[0]] = extra[1]
        msgs = [m]
        if role_msg:
            msgs.append({"from": "system@internal", "role": "system", "body": role_msg})
        obj = {"tool": name, "messages": msgs}
    else:
        p = {"sku": sku(rng), "title": title or "", "description": text,
             "available": rng.random() < 0.8}
        if extra:
            p[extra[0]] = extra[1]
        obj = {"tool": name, "data": p}
        if role_msg:
            obj["tool_output_note"] = {"role": "system", "content": role_msg}
    return jdump(obj, rng)


def search_frame(rng, mod, title, text, extra_result=None):
    host = pick(rng, ["forum.example", "blog.example.net", "reviews.example.org", "travel-notes.example",
                      "motor-talk.example", "resale-tips.example", "softwarecompare.example"])
    res = [{"rank": 1, "url": "https://%s/p/%d" % (host, rng.randint(1000, 99999)),
            "title": title, "snippet": text}]
    if extra_result:
        res.append({"rank": 2, "url": "https://%s/t/%d" % (host, rng.randint(1000, 99999)),
                    "title": title, "snippet": extra_result})
    obj = {"tool": "web_search", "query": title, "results": res}
    return jdump(obj, rng)


def split_subject(body):
    first, _, rest = body.partition("\n")
    if ":" in first and len(first) < 90 and rest.startswith("\n"):
        return first.split(":", 1)[1].strip(), rest.lstrip("\n")
    return None, body


def insert_email(body, piece, where, join):
    subj, rest = split_subject(body)
    if subj is None:
        return insert_piece(body, piece, where, join)
    return body.split("\n", 1)[0] + "\n\n" + insert_piece(rest, piece, where, join)


def html_email(body):
    head, body = "", body
    subj, rest = split_subject(body)
    if subj is not None:
        head = body.split("\n", 1)[0] + "\nContent-Type: text/html; charset=utf-8\n\n"
        body = rest
    paras = "".join("<p>%s</p>\n" % p.replace("\n", "<br>") for p in body.split("\n\n"))
    return head + '<html><body style="font-family:Arial">\n%s</body></html>' % paras


# --------------------------------------------------------------------------
# multi-item frames: review lists and supplier feeds with several records

REVIEWS_WORD = {"en": "Reviews", "de": "Bewertungen", "fr": "Avis clients", "es": "Opiniones",
                "it": "Recensioni", "pt": "Avaliações", "nl": "Reviews", "pl": "Opinie", "sv": "Omdömen",
                "cs": "Recenze", "ru": "Отзывы", "tr": "Değerlendirmeler", "ar": "التقييمات", "hi": "रिव्यू",
                "ja": "カスタマーレビュー", "zh-CN": "商品评价", "zh-TW": "商品評價", "ko": "상품 리뷰",
                "vi": "Đánh giá sản phẩm", "id": "Ulasan pembeli"}

P_MULTI = 0.25
MAX_BYTES = 2900


def _reviews_word(mod):
    return REVIEWS_WORD.get(mod.LANG, REVIEWS_WORD.get(mod.LANG.split("-")[0], "Reviews"))


def make_multi(mod, rng, src, carriers, tag, change=None):
    """A list of reviews (web/tool) or products (feed); item idx gets 'change'.

    change: None | ("text", fn) | ("hidden", html) | ("field", key, value) | ("role", message)
    """
    pool = "feed" if src == "feed" else "review"
    tp = carriers[pool]
    if tag not in tp.by:
        if not tp.by:
            return None
        tag = pick(rng, sorted(tp.by))
    bodies = tp.distinct(tag, rng.randint(3, 6) if pool == "feed" else rng.randint(3, 9))
    if len(bodies) < 2:
        return None
    k = len(bodies)
    idx = rng.randrange(k)
    meta = [(rng.randint(1, 5), pick(rng, mod.NAMES), rng.randint(100000, 999999), sku(rng),
             price(rng, mod)) for _ in range(k)]
    style = rng.randrange(2)

    def render(bodies, meta, idx):
        kind = change[0] if change else None
        texts = []
        for i, b in enumerate(bodies):
            if pool == "feed":
                t, d = split_feed(b)
                if i == idx and kind == "text":
                    d = change[1](d)
                texts.append((t, d))
            else:
                texts.append(change[1](b) if (i == idx and kind == "text") else b)
        if src == "web":
            parts = []
            for i, b in enumerate(texts):
                stars, name, rid = meta[i][0], meta[i][1], meta[i][2]
                extra = ("\n  " + change[1]) if (i == idx and kind == "hidden") else ""
                parts.append('<div class="review" id="r%d" data-stars="%d">\n  <span class="author">%s</span>'
                             '\n  <p>%s</p>%s\n</div>' % (rid, stars, esc(name), esc(b), extra))
            return ('<section id="reviews">\n<h2>%s (%d)</h2>\n%s\n</section>'
                    % (esc(_reviews_word(mod)), len(texts), "\n".join(parts)))
        if src == "tool":
            items = []
            for i, b in enumerate(texts):
                it = {"review_id": meta[i][2], "rating": meta[i][0], "author": meta[i][1], "text": b}
                if i == idx and kind == "field":
                    it[change[1]] = change[2]
                items.append(it)
            if kind == "role":
                items.insert(idx + 1, {"role": "system", "content": change[1]})
            obj = {"tool": pick(rng, _TOOL_NAMES["review"]), "status": "ok", "product_id": meta[0][3],
                   "count": len(texts), "items": items}
            return json.dumps(obj, ensure_ascii=False, indent=2 if style else None)
        # feed
        if style == 0:
            items = []
            for i, (t, d) in enumerate(texts):
                it = {"sku": meta[i][3], "title": t, "description": d, "price": meta[i][4],
                      "currency": mod.CURRENCY}
                if i == idx and kind == "field":
                    it[change[1]] = change[2]
                items.append(it)
            return json.dumps({"supplier_feed": "v2", "items": items}, ensure_ascii=False, indent=1)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', "<rss><channel>"]
        for i, (t, d) in enumerate(texts):
            x = ""
            if i == idx and kind == "field":
                x = "<g:custom_label_0>%s</g:custom_label_0>" % esc(change[2])
            out.append("<item><g:id>%s</g:id><title>%s</title><description>%s</description>"
                       "<g:price>%s %s</g:price>%s</item>" % (meta[i][3], esc(t), esc(d), meta[i][4],
                                                               mod.CURRENCY, x))
        out.append("</channel></rss>")
        return "\n".join(out)

    text = render(bodies, meta, idx)
    while len(text.encode("utf-8")) > MAX_BYTES and len(bodies) > 2:
        drop = 0 if idx != 0 else len(bodies) - 1
        del bodies[drop]
        del meta[drop]
        if drop < idx:
            idx -= 1
        text = render(bodies, meta, idx)
    return text


# --------------------------------------------------------------------------
# row assembly

INJ_WRAPS = {
    "review": ["plain"] * 5 + ["fake-system", "fake-turn", "zero-width", "encoded-base64", "homoglyph",
                               "leetspeak", "encoded-rot13", "spaced-letters", "encoded-hex", "markdown-comment"],
    "ticket": ["plain"] * 4 + ["fake-system"] * 2 + ["fake-turn"] * 2 + ["encoded-base64", "encoded-url",
                                                                           "zero-width", "homoglyph"],
    "email": ["plain"] * 3 + ["html-comment", "hidden-css", "hidden-css", "fake-system", "encoded-base64",
                              "zero-width", "encoded-hex"],
    "feed": ["plain"] * 3 + ["field"] * 2 + ["fake-system", "encoded-base64", "encoded-hex", "zero-width"],
    "web": ["html-comment"] * 2 + ["hidden-css"] * 3 + ["alt-text", "hidden-attribute", "plain", "plain",
                                                         "zero-width", "encoded-base64"],
    "tool": ["plain"] * 3 + ["field"] * 2 + ["fake-tool-message"] * 2 + ["encoded-base64", "zero-width",
                                                                         "fake-system"],
}

LATIN_ONLY = {"leetspeak", "encoded-rot13"}
NEEDS_ALPHABET = {"homoglyph"}


def usable(wrap, mod, phrase):
    if wrap in LATIN_ONLY and mod.SCRIPT != "latin":
        return False
    if wrap in NEEDS_ALPHABET and mod.SCRIPT not in ("latin", "cyrillic"):
        return False
    if wrap == "spaced-letters" and len(phrase) > 90:
        return False
    if wrap == "markdown-comment" and ")" in phrase:
        return False
    return True


def obfuscate(wrap, phrase, mod, rng):
    if wrap == "zero-width":
        return enc_zero_width(phrase, rng)
    if wrap == "homoglyph":
        return enc_homoglyph(phrase, mod.SCRIPT, rng)
    if wrap == "leetspeak":
        return enc_leet(phrase)
    if wrap == "spaced-letters":
        return enc_spaced(phrase)
    enc = {"encoded-base64": enc_b64, "encoded-hex": enc_hex,
           "encoded-rot13": enc_rot13, "encoded-url": enc_url}[wrap]
    blob = enc(phrase)
    lead = pick(rng, mod.ENC_LEADINS)
    tag = {"encoded-base64": "base64", "encoded-hex": "hex",
           "encoded-rot13": "rot13", "encoded-url": "url"}[wrap]
    return lead.format(enc=blob, kind=tag)


def plain_frame(phrase, mod, rng):
    return pick(rng, mod.FRAMES).format(p=phrase)


def fit_source(src, tag, carriers, rng):
    """Move a business-specific item to a source that has carriers of that business."""
    if not tag:
        return src
    if src in carriers and tag in carriers[src].by:
        return src
    if src in ("web", "tool") and any(tag in carriers[b].by for b in ("review", "feed", "ticket")):
        return src
    options = [s for s in ("review", "ticket", "email", "feed") if tag in carriers[s].by]
    return pick(rng, options) if options else src


def _source_body(mod, rng, src, carriers, tag=None):
    if src in ("review", "ticket", "email", "feed"):
        return src, carriers[src].take(tag)
    bases = ["review", "review", "feed", "feed", "ticket", "email"] if src == "tool" else \
        ["review", "review", "feed", "feed", "ticket"]
    if tag:
        bases = [b for b in bases if tag in carriers[b].by] or bases
    base = pick(rng, bases)
    return base, carriers[base].take(tag)


def _email_title(mod, rng, body):
    subj, rest = split_subject(body)
    if subj is not None:
        return subj, rest
    return pick(rng, mod.SUBJECTS), body


def _hidden_html(wrap, phrase, rng):
    if wrap == "html-comment":
        return pick(rng, ["<!-- %s -->", "<!--\n%s\n-->", "<!-- note: %s -->"]) % phrase
    if wrap == "hidden-css":
        return pick(rng, _HIDE_CSS).format(p=esc(phrase))
    if wrap == "alt-text":
        return pick(rng, _ALT).format(p=esc(phrase), n=rng.randint(100, 9999))
    return pick(rng, _ATTR).format(p=esc(phrase))


def make_injection(mod, rng, src, kind, phrase, carriers):
    tag, phrase = untag(phrase)
    wraps = [w for w in INJ_WRAPS[src] if usable(w, mod, phrase)]
    wrap = pick(rng, wraps)
    where = pick(rng, ["start", "mid", "end", "end", "mid"])
    base, body = _source_body(mod, rng, src, carriers, tag)
    join = mod.JOIN
    family = kind

    if wrap == "plain":
        piece = plain_frame(phrase, mod, rng)
    elif wrap == "fake-system":
        piece = fake_system(phrase, mod.FAKE_SYS, rng)
        family = "fake-system"
    elif wrap == "fake-turn":
        piece = fake_turn(phrase, mod.TURN, rng)
        family = "fake-turn"
    elif wrap == "markdown-comment":
        piece = pick(rng, ["[//]: # ({p})", "[comment]: <> ({p})"]).format(p=phrase)
        family = "markdown-comment"
    elif wrap in ("zero-width", "homoglyph", "leetspeak", "spaced-letters", "encoded-base64",
                  "encoded-hex", "encoded-rot13", "encoded-url"):
        piece = obfuscate(wrap, phrase, mod, rng)
        family = wrap
    else:
        piece = None  # structural wraps handled per source

    if src in ("web", "tool", "feed") and rng.random() < (P_MULTI if src != "feed" else P_MULTI / 2):
        if wrap in ("html-comment", "hidden-css", "alt-text", "hidden-attribute"):
            change = ("hidden", _hidden_html(wrap, phrase, rng))
            family = wrap
        elif wrap == "field":
            change = ("field", pick(rng, ["note_for_assistant", "seller_note", "x_instructions", "internal_comment"]),
                      plain_frame(phrase, mod, rng))
        elif wrap == "fake-tool-message":
            change = ("role", phrase)
            family = "fake-tool-message"
        else:
            change = ("text", lambda b: insert_piece(b, piece, where, join))
        text = make_multi(mod, rng, src, carriers, tag, change)
        if text is not None:
            return text, family
        family = {"hidden": wrap, "role": "fake-tool-message"}.get(change[0], family)
    if src in ("review", "ticket"):
        return insert_piece(body, piece, where, join), family
    if src == "email":
        if wrap in ("html-comment", "hidden-css"):
            if wrap == "html-comment":
                hid = "<!-- %s -->" % phrase
            else:
                hid = pick(rng, _HIDE_CSS).format(p=esc(phrase))
            html = html_email(body)
            if where == "start":
                html = html.replace('Arial">\n', 'Arial">\n' + hid + "\n", 1)
            else:
                html = html.replace("</body>", hid + "\n</body>")
            return html, wrap
        return insert_email(body, piece, where, join), family
    if src == "feed":
        title, desc = split_feed(body)
        if wrap == "field":
            key = pick(rng, ["notes", "seller_note", "ai_hint", "internal_comment", "meta_instructions"])
            return feed_frame(rng, mod, title, desc, key, plain_frame(phrase, mod, rng)), family
        return feed_frame(rng, mod, title, insert_piece(desc, piece, where, join)), family
    if src == "web":
        if wrap in ("html-comment", "hidden-css", "alt-text", "hidden-attribute"):
            hid = _hidden_html(wrap, phrase, rng)
            family = wrap
            text_body = esc(body) if base != "feed" else None
            if base == "feed":
                title, desc = split_feed(body)
                return web_product(rng, mod, title, esc(desc), "\n" + hid), family
            if base == "review":
                return web_review(rng, mod, text_body, "\n  " + hid), family
            return web_question(rng, mod, text_body, "\n" + hid), family
        # visible or obfuscated text inside the page body
        if base == "feed":
            title, desc = split_feed(body)
            return web_product(rng, mod, title, esc(insert_piece(desc, piece, where, join))), family
        if base == "review":
            return web_review(rng, mod, esc(insert_piece(body, piece, where, join))), family
        return web_question(rng, mod, esc(insert_piece(body, piece, where, join))), family
    # tool
    title = None
    if base == "feed":
        title, body = split_feed(body)
    elif base == "email":
        title, body = _email_title(mod, rng, body)
    if wrap == "field":
        key = pick(rng, ["note_for_assistant", "internal_note", "moderator_comment", "x_instructions",
                         "seller_message", "metadata"])
        return tool_frame(rng, mod, base, body, title, extra=(key, plain_frame(phrase, mod, rng))), family
    if wrap == "fake-tool-message":
        return tool_frame(rng, mod, base, body, title, role_msg=phrase), "fake-tool-message"
    if rng.random() < 0.2 and base in ("review", "feed"):
        return search_frame(rng, mod, title or mod.WORDS["search_default"], body,
                            extra_result=insert_piece(carriers["review"].take(tag), piece, where, join)), family
    return tool_frame(rng, mod, base, insert_piece(body, piece, where, join), title), family


def make_benign(mod, rng, src, carriers, insert=None, family=None):
    """Plain carrier (insert=None) or carrier with a hard-negative sentence.

    Inserted sentences are in a customer's voice, so they never go into seller/supplier copy.
    """
    tag = None
    if insert is not None:
        tag, insert = untag(insert)
    if insert is not None:  # hard-negative sentences are written in a customer's voice
        def has(b):
            return not tag or tag in carriers[b].by
        where = pick(rng, ["start", "mid", "end", "end"])
        if src == "feed":
            src = pick(rng, [b for b in ("review", "ticket", "email") if has(b)] or ["review"])
        if src in ("web", "tool"):
            if rng.random() < P_MULTI:
                text = make_multi(mod, rng, src, carriers, tag,
                                  ("text", lambda b: insert_piece(b, insert, where, mod.JOIN)))
                if text is not None:
                    return src, text
            bases = ["review", "review", "ticket", "email"] if src == "tool" else ["review", "review", "ticket"]
            base = pick(rng, [b for b in bases if has(b)] or bases)
            if base == "email":
                body = insert_email(carriers[base].take(tag), insert, where, mod.JOIN)
            else:
                body = insert_piece(carriers[base].take(tag), insert, where, mod.JOIN)
            if src == "web":
                return src, (web_review(rng, mod, esc(body)) if base == "review" else web_question(rng, mod, esc(body)))
            title = None
            if base == "email":
                title, body = _email_title(mod, rng, body)
            return src, tool_frame(rng, mod, base, body, title)
    if src in ("web", "tool", "feed") and rng.random() < (P_MULTI if src != "feed" else P_MULTI / 2):
        change = None
        if insert is not None:
            where = pick(rng, ["start", "mid", "end"])
            change = ("text", lambda b: insert_piece(b, insert, where, mod.JOIN))
        text = make_multi(mod, rng, src, carriers, tag, change)
        if text is not None:
            return src, text
    base, body = _source_body(mod, rng, src, carriers, tag)
    if insert is not None:
        if base == "feed":
            t, d = split_feed(body)
            body = "%s | %s" % (t, insert_piece(d, insert, pick(rng, ["start", "mid", "end"]), mod.JOIN))
        elif base == "email":
            body = insert_email(body, insert, pick(rng, ["start", "mid", "end", "end"]), mod.JOIN)
        else:
            body = insert_piece(body, insert, pick(rng, ["start", "mid", "end", "end"]), mod.JOIN)
    if src in ("review", "ticket"):
        return src, body
    if src == "email":
        return src, html_email(body) if rng.random() < 0.2 else body
    if src == "feed":
        t, d = split_feed(body)
        return src, feed_frame(rng, mod, t, d)
    if src == "web":
        if base == "feed":
            t, d = split_feed(body)
            return src, web_product(rng, mod, t, esc(d))
        if base == "review":
            return src, web_review(rng, mod, esc(body))
        return src, web_question(rng, mod, esc(body))
    title = None
    if base == "feed":
        title, body = split_feed(body)
    elif base == "email":
        title, body = _email_title(mod, rng, body)
    return src, tool_frame(rng, mod, base, body, title)


def make_hard_structural(mod, rng, carriers):
    """Benign markup / benign encoded data around an ordinary carrier."""
    choice = rng.randrange(6)
    if choice == 0:
        blob = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(45, 120)))).decode()
        body = carriers["review"].take()
        img = '<img class="thumb" src="data:image/png;base64,iVBORw0KGgo%s" alt="%s">' % (
            blob, esc(mod.WORDS["photo_alt"]))
        return "web", "hard-encoded-data", web_review(rng, mod, esc(body), "\n  " + img)
    if choice == 1:
        t, d = split_feed(carriers["feed"].take())
        q = urllib.parse.urlencode({"utm_source": "newsletter", "utm_campaign": pick(rng, ["spring", "bf24", "reorder"]),
                                    "q": t[:30], "ref": "ai_assistant_widget"})
        link = "https://shop.example/p/%d?%s" % (rng.randint(1000, 99999), q)
        return "feed", "hard-encoded-data", feed_frame(rng, mod, t, d, "link", link)
    if choice == 2:
        body = carriers["ticket"].take()
        h = hashlib.sha256(body.encode()).hexdigest()
        obj = {"tool": "helpdesk.get_ticket", "result": {"ticket": {
            "id": "T-%d" % rng.randint(100000, 999999), "body": body,
            "attachments": [{"name": "IMG_%d.jpg" % rng.randint(1000, 9999), "sha256": h,
                             "preview_b64": enc_b64(h[:24])}],
            "session_token": "redacted"}}}
        return "tool", "hard-encoded-data", jdump(obj, rng)
    if choice == 3:
        t, d = split_feed(carriers["feed"].take())
        c1, c2 = rng.sample(_BENIGN_COMMENTS, 2)
        sr = '<span class="visually-hidden">%s</span>' % esc(mod.WORDS["sr_rating"].format(n=rng.randint(3, 5)))
        return "web", "hard-markup", web_product(rng, mod, t, esc(d), "\n%s\n%s\n%s" % (c1, sr, c2))
    if choice == 4:
        body = carriers["review"].take()
        c = pick(rng, _BENIGN_COMMENTS)
        return "web", "hard-markup", c + "\n" + web_review(rng, mod, esc(body))
    body = carriers["email"].take()
    pix = '<img src="https://t.mail.example/o.gif?u=%s&amp;c=%s" width="1" height="1" alt="">' % (
        enc_b64("uid:%d" % rng.randint(10 ** 6, 10 ** 7)), hashlib.md5(body.encode()).hexdigest()[:12])
    html = html_email(body).replace("</body>", pix + "\n</body>")
    return "email", "hard-encoded-data", html


_SRC_WEIGHTS = ["review"] * 5 + ["ticket"] * 3 + ["email"] * 3 + ["feed"] * 3 + ["web"] * 4 + ["tool"] * 4


def build_language(mod, seed):
    rng = random.Random("%s-%s" % (seed, mod.LANG))
    target = mod.TARGET
    n_inj = getattr(mod, "N_INJ", target // 2)
    n_ben = target - n_inj
    carriers = {k: TagPool(v, rng) for k, v in mod.CARRIERS.items()}
    src_pool = Pool(_SRC_WEIGHTS, rng)
    rows = []
    seen = set()

    def add(src, family, text, inj, payload):
        if text in seen:
            return False
        seen.add(text)
        rows.append({"source": src, "lang": getattr(mod, "ROW_LANG", mod.LANG), "family": family,
                     "text": text, "injection": inj, "payload": payload})
        return True

    # --- injections
    for src, fam, text, payload in mod.INJ_FULL:
        text = text.replace("{B64}", enc_b64(payload)).replace("{HEX}", enc_hex(payload))
        add(src, fam, text, True, payload)
    phr = Pool(mod.INJECTIONS, rng)
    guard = 0
    while sum(r["injection"] for r in rows) < n_inj:
        guard += 1
        if guard > 20 * target:
            raise RuntimeError("cannot fill injections for %s" % mod.LANG)
        kind, phrase = phr.take()
        src = fit_source(src_pool.take(), untag(phrase)[0], carriers, rng)
        text, fam = make_injection(mod, rng, src, kind, phrase, carriers)
        add(src, fam, text, True, untag(phrase)[1])

    # --- benign
    n_hard = math.ceil(n_ben * 0.6)
    for src, fam, text in mod.HARD_FULL:
        add(src, fam, text, False, "")
    n_struct = max(1, n_ben // 10)
    for _ in range(n_struct):
        src, fam, text = make_hard_structural(mod, rng, carriers)
        add(src, fam, text, False, "")
    ins = Pool(mod.HARD_INSERTS, rng)
    guard = 0
    while sum(1 for r in rows if not r["injection"]) < n_hard:
        guard += 1
        if guard > 20 * target:
            raise RuntimeError("cannot fill hard negatives for %s" % mod.LANG)
        fam, sent = ins.take()
        src = fit_source(src_pool.take(), untag(sent)[0], carriers, rng)
        src, text = make_benign(mod, rng, src, carriers, sent, fam)
        add(src, fam, text, False, "")
    guard = 0
    while sum(1 for r in rows if not r["injection"]) < n_ben:
        guard += 1
        if guard > 20 * target:
            raise RuntimeError("cannot fill benign for %s" % mod.LANG)
        src, text = make_benign(mod, rng, src_pool.take(), carriers)
        add(src, "benign", text, False, "")
    return rows
