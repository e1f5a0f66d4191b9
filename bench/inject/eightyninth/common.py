# -*- coding: utf-8 -*-
"""Shared machinery for the eightyninth corpus.

Every language module holds pools (base texts, injected orders,
human-directed fragments) in a small block format; this module parses them,
places sentences inside texts, wraps texts the way a store would receive them
(helpdesk/tool JSON, review widgets, HTML mail, supplier items), encodes or
hides injected orders, allocates rows and checks the result.
"""

import base64
import codecs
import hashlib
import html
import json
import random
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")
_LANG_TOKEN = re.compile(r"^[a-z]{2,3}(?:-(?:[A-Z]{2}|[0-9]{3}))?$")

# Words that name an AI system. Injected orders in this corpus never use them:
# they address whatever reads, summarises, routes or acts on the text.
AI_WORDS = {
    "en": r"\b(?:ai|a\.i\.|assistant|bot|chatbot|model|llm|gpt)\b",
    "de": r"\b(?:ki|assistent\w*|bot|chatbot|modell|sprachmodell)\b",
    "fr": r"\b(?:ia|assistant\w*|bot|chatbot|modèle)\b",
    "es": r"\b(?:ia|asistente\w*|bot|chatbot|modelo)\b",
    "it": r"\b(?:ia|assistente\w*|bot|chatbot|modello)\b",
    "pt": r"\b(?:ia|assistente\w*|bot|chatbot|modelo)\b",
    "nl": r"\b(?:ai|assistent\w*|bot|chatbot|model|taalmodel)\b",
    "pl": r"\b(?:ai|si|asystent\w*|bot\w*|chatbot\w*|model\w*)\b",
    "ru": r"(?:\bии\b|ассистент|\bбот|чат-бот|модел|нейросет)",
    "tr": r"(?:yapay zeka|asistan|\bbot\b|chatbot|\bmodel)",
    "ja": r"(?:(?<![A-Za-z])AI(?![A-Za-z])|アシスタント|ボット|チャットボット|モデル|人工知能)",
    "zh": r"(?:(?<![A-Za-z])AI(?![A-Za-z])|助手|助理|机器人|機器人|模型|人工智能|人工智慧)",
    "ko": r"(?:(?<![A-Za-z])AI(?![A-Za-z])|어시스턴트|챗봇|\b봇|모델|인공지능)",
}


# --------------------------------------------------------------------------
# pool parsing
# --------------------------------------------------------------------------

def parse(block, default_lang, with_source=False):
    """Parse a block of entries. Each entry starts with a header line
    ``%% [source] [lang] [kind]`` followed by its text (may span lines)."""
    items = []
    state = {"head": None, "lines": []}

    def flush():
        head = state["head"]
        if head is None:
            return
        text = "\n".join(state["lines"]).strip()
        toks = list(head)
        src = None
        if with_source:
            src = toks.pop(0)
            if src not in SOURCES:
                raise ValueError("bad source %r in %r" % (src, text[:60]))
        lang, kind = default_lang, None
        for t in toks:
            if _LANG_TOKEN.match(t):
                lang = t
            else:
                kind = t
        if not text:
            raise ValueError("empty entry under %r" % (head,))
        items.append({"source": src, "lang": lang, "kind": kind or "benign",
                      "text": text})

    for line in block.split("\n"):
        if line.startswith("%%"):
            flush()
            state["head"] = line[2:].split()
            state["lines"] = []
        elif state["head"] is not None:
            state["lines"].append(line)
    flush()
    return items


def base_lang(lang):
    return lang.split("-")[0]


def compatible(item_lang, row_lang):
    return item_lang == row_lang or item_lang == base_lang(row_lang)


def is_cjk(lang):
    return base_lang(lang) in ("ja", "zh")


def is_latin(lang):
    return base_lang(lang) not in ("ja", "zh", "ko", "ru")


# --------------------------------------------------------------------------
# placing a sentence inside a text
# --------------------------------------------------------------------------

_END_CJK = re.compile(r"[。！？!?]+[」』）)]*")
_END_LAT = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s)")


def boundaries(text, lang):
    pat = _END_CJK if is_cjk(lang) else _END_LAT
    out = set()
    for m in pat.finditer(text):
        if 0 < m.end() < len(text):
            out.add(m.end())
    for m in re.finditer(r"\n", text):
        if 0 < m.start() < len(text):
            out.add(m.start())
    return sorted(out)


DECOR = ["{}", "{}", "{}", "[{}]", "({})", "*** {} ***", "-- {}", ">> {}",
         "**{}**", "<{}>", "// {}", "# {}", "{{{}}}", "«{}»", "⚠ {}"]


def place(text, sent, lang, rng, where=None, para=None):
    """Insert ``sent`` at the start, middle or end of ``text``."""
    if where is None:
        where = rng.choice(["start", "mid", "mid", "end", "end", "end"])
    if para is None:
        para = "\n" in sent or rng.random() < 0.45
    cjk = is_cjk(lang)
    sep = "\n\n" if para else ("" if cjk else " ")
    if where == "mid":
        bs = boundaries(text, lang)
        if not bs:
            where = "end"
        else:
            b = rng.choice(bs)
            left, right = text[:b].rstrip(), text[b:].lstrip()
            gap = text[len(left):len(text) - len(right)]
            if "\n" in gap and not para:
                sep = "\n"
            return left + sep + sent + sep + right
    if where == "start":
        return sent + sep + text
    return text + sep + sent


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------

_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def sku(rng):
    return "%s%s-%d" % (rng.choice(_LET), rng.choice(_LET), rng.randint(100, 9899))


def hexid(rng, n=12):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def store_domain(rng):
    return rng.choice(["shop.example", "store.example.com", "boutique.example.org",
                       "market.example.net", "shop.example.test", "orders.example.com"])


# --------------------------------------------------------------------------
# containers: tool results, web markup, html mail
# --------------------------------------------------------------------------

def _dump(obj, rng):
    if rng.random() < 0.5:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=2)


def tool_wrap(src, body, rng, ctx, field=None):
    """Wrap ``body`` as the result of a store tool call. ``field`` is an
    optional (key, value) pair placed next to the body."""
    name = rng.choice(ctx["names"])
    handle = rng.choice(ctx["handles"])
    if src == "review":
        item = {"review_id": "rv_" + hexid(rng, 8), "author": name,
                "verified_purchase": rng.random() < 0.8,
                "helpful_votes": rng.randint(0, 40), "body": body}
        if field:
            item[field[0]] = field[1]
        obj = {"tool": rng.choice(["reviews.list", "get_product_reviews", "fetch_reviews"]),
               "product_id": sku(rng), "page": 1, "results": [item]}
    elif src == "ticket":
        t = {"ticket_id": rng.randint(10000, 999999),
             "status": rng.choice(["open", "open", "pending", "new"]),
             "priority": rng.choice(["normal", "normal", "low", "high"]),
             "channel": rng.choice(["email", "web_form", "chat", "marketplace"]),
             "requester": handle + "@example.net",
             "messages": [{"author": "customer", "body": body}]}
        if field:
            t[field[0]] = field[1]
        obj = {"tool": rng.choice(["helpdesk.get_ticket", "tickets.read", "get_ticket"]),
               "ticket": t}
    elif src == "email":
        m = {"message_id": "<%s@mail.example.net>" % hexid(rng, 16),
             "from": handle + "@example.org",
             "to": "support@" + store_domain(rng), "body": body}
        if field:
            m[field[0]] = field[1]
        obj = {"tool": rng.choice(["mailbox.fetch", "read_email", "inbox.get_message"]),
               "message": m}
    elif src == "feed":
        it = {"sku": sku(rng), "description": body,
              "price": round(rng.uniform(3, 400), 2), "stock": rng.randint(0, 900)}
        if field:
            it[field[0]] = field[1]
        obj = {"tool": rng.choice(["supplier_feed.pull", "catalog.import_preview", "get_listing"]),
               "supplier_id": "sup_%d" % rng.randint(100, 9999), "items": [it]}
    else:  # web page text
        obj = {"tool": rng.choice(["browser.fetch", "fetch_url", "web.get"]),
               "url": "https://%s/%s" % (store_domain(rng), hexid(rng, 6)),
               "status": 200, "content": body}
        if field:
            obj[field[0]] = field[1]
    return _dump(obj, rng)


def order_wrap(note_key, note, rng, ctx):
    obj = {"tool": rng.choice(["orders.lookup", "get_order", "order_status"]),
           "order_id": "%d" % rng.randint(100000, 9999999),
           "status": rng.choice(["processing", "paid", "awaiting_fulfillment", "on_hold"]),
           "items": rng.randint(1, 4),
           "ship_method": rng.choice(["standard", "express", "pickup_point", "locker"]),
           note_key: note}
    return _dump(obj, rng)


def paras_html(text):
    parts = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    return "".join("<p>%s</p>" % html.escape(p.strip(), quote=False) for p in parts)


def web_wrap(src, body_html, rng, ctx, hidden_before="", hidden_after="", attr=""):
    name = html.escape(rng.choice(ctx["names"]), quote=False)
    if src == "review":
        return ('<div class="review-card" data-review="%s"%s>%s<span class="review-author">%s</span>'
                '<div class="review-body">%s</div>%s</div>'
                % (hexid(rng, 6), attr, hidden_before, name, body_html, hidden_after))
    if src == "feed":
        return ('<section class="product" data-sku="%s"%s><h2 class="sku">%s</h2>%s'
                '<div class="description" itemprop="description">%s</div>%s</section>'
                % (sku(rng), attr, sku(rng), hidden_before, body_html, hidden_after))
    return ('<main><article class="page"%s>%s%s%s</article></main>'
            % (attr, hidden_before, body_html, hidden_after))


def mail_html(body_html, rng, pre=""):
    return ('<html><body>%s<div style="font-family:Arial,sans-serif;font-size:14px">%s</div>'
            '</body></html>' % (pre, body_html))


# --------------------------------------------------------------------------
# encodings
# --------------------------------------------------------------------------

_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
         "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т",
         "H": "Н", "K": "К", "M": "М", "B": "В"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def encode(kind, s, rng):
    if kind == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if kind == "hex":
        return s.encode("utf-8").hex()
    if kind == "url":
        return urllib.parse.quote(s, safe="")
    if kind == "rot13":
        return codecs.encode(s, "rot13")
    if kind == "leet":
        return "".join(_LEET.get(ch, ch) if rng.random() < 0.8 else ch for ch in s)
    if kind == "zero-width":
        return "\u200b".join(s)
    if kind == "homoglyph":
        return "".join(_HOMO.get(ch, ch) for ch in s)
    if kind == "spaced":
        return "  ".join(" ".join(w) for w in s.split(" "))
    raise ValueError(kind)


def encoders_for(lang, payload):
    ks = ["base64", "base64", "url", "zero-width"]
    if len(payload.encode("utf-8")) <= 160:
        ks.append("hex")
    if is_latin(lang):
        ks += ["rot13", "leet", "homoglyph"]
    if len(payload) <= 70:
        ks.append("spaced")
    return ks


# --------------------------------------------------------------------------
# benign technical noise (hard negatives: markup and encoded data)
# --------------------------------------------------------------------------

_GIF = "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def fake_png_b64(rng):
    raw = b"\x89PNG\r\n\x1a\n" + bytes(rng.randint(0, 255) for _ in range(rng.randint(30, 60)))
    return base64.b64encode(raw).decode("ascii")


def tracking_url(rng, text):
    words = re.findall(r"\w+", text)[:rng.randint(2, 4)]
    q = urllib.parse.quote(" ".join(words))
    return ("https://%s/search?q=%s&utm_source=%s&utm_medium=email&utm_campaign=%s"
            % (store_domain(rng), q, rng.choice(["newsletter", "crm", "review_request"]),
               urllib.parse.quote(rng.choice(["spring sale", "reorder 30d", "vip week", "back in stock"]))))


def digest(rng):
    return hashlib.sha256(hexid(rng, 20).encode()).hexdigest()


# --------------------------------------------------------------------------
# rendering rows
# --------------------------------------------------------------------------

TOOL_FIELDS_INJ = ["next_action", "processing_note", "note", "workflow", "remarks",
                   "seller_note", "instructions", "comment", "resolution_hint"]
ORDER_NOTE_KEYS = ["customer_note", "delivery_instructions", "gift_message", "order_comment"]


def _tool_field_benign(rng):
    return rng.choice([
        ("next_action", rng.choice(["await_customer_reply", "ship", "none", "escalate_tier2",
                                    "request_photos", "wait_for_carrier_scan"])),
        ("workflow", rng.choice(["returns_v2", "standard", "wholesale"])),
        ("sla_due", "2024-%02d-%02dT%02d:00:00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 20))),
        ("etag", digest(rng)[:32]),
        ("thumbnail", "data:image/png;base64," + fake_png_b64(rng)),
        ("tracking_hash", digest(rng)),
    ])


def render_benign(base, frag, rng, ctx):
    """Return (source, family, text) for a benign row."""
    src, lang, text = base["source"], base["lang"], base["text"]
    family = base["kind"]
    if frag is not None:
        family = frag["kind"]
    r = rng.random()
    # a human-directed note can travel in an order record on its own
    if (frag is not None and r < 0.08 and len(frag["text"].encode("utf-8")) >= 30
            and fits(frag["kind"], FRAG_SOURCES, "ticket")):
        key = rng.choice(ORDER_NOTE_KEYS)
        return "tool", family, order_wrap(key, frag["text"], rng, ctx)
    body = text
    if frag is not None and frag["kind"] in STAFF_FRAGS:
        body = text + "\n\n" + frag["text"]
    elif frag is not None:
        body = place(text, rng.choice(DECOR[:9]).format(frag["text"]) if rng.random() < 0.25
                     else frag["text"], lang, rng)
    noise = rng.random()
    if src in ("review", "feed", "web") and rng.random() < 0.22:
        before = after = attr = ""
        if noise < 0.5:
            choice = rng.randrange(5)
            if choice == 0:
                after = "<!-- /.review-body rendered %s -->" % hexid(rng, 7)
            elif choice == 1:
                before = '<span class="visually-hidden" style="display:none">%d/5</span>' % rng.randint(1, 5)
            elif choice == 2:
                before = '<img src="data:image/gif;base64,%s" width="1" height="1" alt="">' % _GIF
            elif choice == 3:
                attr = ' data-sig="%s"' % base64.b64encode(hexid(rng, 18).encode()).decode()
            else:
                after = '<!-- lazy-load: photos %d, cdn=%s -->' % (rng.randint(1, 6), store_domain(rng))
            if frag is None:
                family = "hard-markup" if choice in (0, 1, 4) else "hard-encoded-data"
        return "web", family, web_wrap(src, paras_html(body), rng, ctx, before, after, attr)
    if src in ("review", "ticket", "email", "feed", "web") and rng.random() < 0.17:
        field = None
        if noise < 0.5:
            field = _tool_field_benign(rng)
            if frag is None:
                family = ("hard-encoded-data" if field[0] in ("thumbnail", "tracking_hash", "etag")
                          else "hard-tool-field")
        return "tool", family, tool_wrap(src, body, rng, ctx, field)
    if src == "email" and rng.random() < 0.2:
        pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>'
               % html.escape(re.split(r"(?<=[.!?。！？])", text)[0][:90], quote=False))
        if frag is None:
            family = "hard-markup"
        return "email", family, mail_html(paras_html(body), rng, pre)
    if noise < 0.12:
        extra = rng.choice([tracking_url(rng, text),
                            "ref " + digest(rng)[:24],
                            "https://%s/c?d=%s" % (store_domain(rng), base64.urlsafe_b64encode(
                                json.dumps({"sku": sku(rng), "qty": rng.randint(1, 3)}).encode()).decode())])
        if frag is None:
            family = "hard-encoded-data"
        return src, family, body + ("\n\n" if rng.random() < 0.5 else "\n") + extra
    return src, family, body


def render_injection(base, inj, rng, ctx, hints):
    """Return (source, family, text, payload) for an injected row."""
    src, lang, text = base["source"], base["lang"], base["text"]
    payload = inj["text"]
    family = inj["kind"]
    shown = payload
    if rng.random() < 0.14:
        enc = rng.choice(encoders_for(lang, payload))
        coded = encode(enc, payload, rng)
        if enc in hints and hints[enc]:
            shown = rng.choice(hints[enc]).format(coded)
        else:
            shown = coded
        family = "encoded-" + enc
    elif rng.random() < 0.22:
        shown = rng.choice(DECOR).format(payload)
    r = rng.random()
    if (r < 0.06 and len(payload.encode("utf-8")) >= 30 and not family.startswith("encoded")
            and fits(inj["kind"], INJ_SOURCES, "ticket")):
        key = rng.choice(ORDER_NOTE_KEYS)
        return "tool", family, order_wrap(key, payload, rng, ctx), payload
    if src in ("review", "feed", "web") and rng.random() < 0.26:
        mode = rng.randrange(7)
        esc = html.escape(shown, quote=False)
        attr_esc = html.escape(shown, quote=True)
        before = after = attr = ""
        body = text
        if mode == 0:
            after = "<!-- %s -->" % shown
            fam = "hidden-html-comment"
        elif mode == 1:
            before = '<span style="display:none">%s</span>' % esc
            fam = "hidden-css"
        elif mode == 2:
            after = '<p style="color:#ffffff;font-size:1px;line-height:0">%s</p>' % esc
            fam = "hidden-css"
        elif mode == 3:
            before = '<img src="https://cdn.example.net/u/%s.jpg" alt="%s">' % (hexid(rng, 8), attr_esc)
            fam = "hidden-alt-text"
        elif mode == 4:
            attr = ' data-note="%s"' % attr_esc
            fam = "hidden-attribute"
        else:
            body = place(text, shown, lang, rng)
            fam = family
        if family.startswith("encoded"):
            fam = family
        return "web", fam, web_wrap(src, paras_html(body), rng, ctx, before, after, attr), payload
    if src in ("review", "ticket", "email", "feed", "web") and rng.random() < 0.2:
        if rng.random() < 0.5:
            key = rng.choice(TOOL_FIELDS_INJ)
            return "tool", family, tool_wrap(src, text, rng, ctx, (key, shown)), payload
        return "tool", family, tool_wrap(src, place(text, shown, lang, rng), rng, ctx), payload
    if src == "email" and rng.random() < 0.3:
        pre = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">%s</div>'
               % html.escape(shown, quote=False))
        fam = family if family.startswith("encoded") else "hidden-css"
        if rng.random() < 0.5:
            return "email", fam, mail_html(paras_html(text), rng, pre), payload
        return "email", family, mail_html(paras_html(place(text, shown, lang, rng)), rng), payload
    return src, family, place(text, shown, lang, rng), payload


# --------------------------------------------------------------------------
# allocation
# --------------------------------------------------------------------------

# Where each kind of sentence plausibly turns up. Kinds not listed fit anywhere.
_PEOPLE = ("ticket", "email")
FRAG_SOURCES = {
    "hard-courier-note": _PEOPLE, "hard-gift-note": _PEOPLE, "hard-engraving": _PEOPLE,
    "hard-florist-note": _PEOPLE, "hard-address-change": _PEOPLE,
    "hard-reply-address": _PEOPLE, "hard-cancel-request": _PEOPLE,
    "hard-refund-request": ("ticket", "email", "review"),
    "hard-chargeback-threat": _PEOPLE, "hard-store-credit-request": _PEOPLE,
    "hard-discount-request": _PEOPLE, "hard-escalation": _PEOPLE,
    "hard-correction": _PEOPLE, "hard-social-engineering": _PEOPLE,
    "hard-internal-note": ("ticket",), "hard-staff-approval": ("ticket",),
    "hard-warehouse-note": _PEOPLE,
    "hard-product-imperative": ("review", "ticket", "email"),
    "hard-customer-summary": ("review",), "hard-ai-product-review": ("review",),
    "hard-staff-thanks": ("review", "ticket", "email"),
    "hard-chatbot-complaint": ("review", "ticket", "email"),
    "hard-security-notice": ("review", "ticket", "email"),
    "hard-assembly-steps": ("review", "feed", "web"), "hard-care-steps": ("review", "feed", "web"),
    "hard-system-mention": ("review", "feed"), "hard-admin-mention": ("review",),
    "hard-prompt-mention": ("review", "feed"), "hard-instruction-mention": ("review", "feed"),
    "hard-override-mention": ("review", "feed"),
}
INJ_SOURCES = {
    "summary-manipulation": ("review", "feed", "web"),
    "review-moderation": ("review", "web"),
    "ranking-steering": ("review", "feed", "web", "email"),
    "price-change": ("feed", "email", "web"),
    "status-change": ("ticket", "email", "review"),
    "routing": ("ticket", "email"),
    "order-cancel": ("ticket", "email", "feed"),
    "store-credit": ("ticket", "email", "review"),
    "address-change": ("ticket", "email", "review"),
    "fake-turn": ("ticket", "email", "review"),
}


STAFF_KINDS = ("hard-internal-note", "hard-staff-approval", "hard-staff-policy",
               "hard-warehouse-note", "hard-faq")
BUSINESS_KINDS = ("hard-chat-transcript", "hard-supplier-note", "hard-product-copy",
                  "hard-care-steps", "hard-assembly-steps", "hard-gift-recipient")
STAFF_FRAGS = ("hard-internal-note", "hard-staff-approval", "hard-warehouse-note")


def voice(base):
    """Who wrote a base text: 'staff' (store-internal or store-published notices),
    'business' (shop copy, suppliers, B2B mail) or 'customer'."""
    k, s = base["kind"], base["source"]
    if k in STAFF_KINDS or (k == "hard-security-notice" and s in ("email", "web")):
        return "staff"
    if s in ("feed", "web") or k in BUSINESS_KINDS or (s == "email" and k == "benign"):
        return "business"
    return "customer"


def frag_fits(frag, base):
    if not compatible(frag["lang"], base["lang"]):
        return False
    if not fits(frag["kind"], FRAG_SOURCES, base["source"]):
        return False
    v = voice(base)
    if frag["kind"] in ("hard-assembly-steps", "hard-care-steps"):
        return v != "staff"
    if frag["kind"] in STAFF_FRAGS:
        return v == "customer" and base["source"] == "ticket"
    return v == "customer"


def fits(kind, table, source):
    allowed = table.get(kind)
    return allowed is None or source in allowed


def _least_used(cands, use, rng):
    low = min(use[i] for i in cands)
    pool = [i for i in cands if use[i] == low]
    return rng.choice(pool)


def nbytes(s):
    return len(s.encode("utf-8"))


def build(mod):
    """Build the rows of one language module (dicts without id/split)."""
    rng = random.Random("eightyninth:" + mod.NAME)
    bases, injs, frags = mod.BASES, mod.INJ, mod.FRAG
    ctx = {"names": mod.NAMES, "handles": mod.HANDLES}
    hints = getattr(mod, "HINTS", {})
    n = mod.TARGET
    n_inj = int(round(n * 0.45))
    n_ben = n - n_inj
    ub, ui, uf = [0] * len(bases), [0] * len(injs), [0] * len(frags)
    rows, seen = [], set()

    def ok(text):
        return text not in seen and 40 <= nbytes(text) <= 3000

    def add(src, lang, fam, text, inj, payload):
        seen.add(text)
        rows.append({"source": src, "lang": lang, "family": fam, "text": text,
                     "injection": inj, "payload": payload})

    hard = [i for i, b in enumerate(bases) if b["kind"].startswith("hard-")]
    plain = [i for i, b in enumerate(bases) if not b["kind"].startswith("hard-")]
    p_alone = min(len(plain), int(0.27 * n_ben))
    alone = hard[:n_ben] + rng.sample(plain, p_alone)
    alone = alone[:n_ben]
    for i in alone:
        for _ in range(40):
            src, fam, text = render_benign(bases[i], None, rng, ctx)
            if ok(text):
                break
        else:
            raise RuntimeError("cannot render base %r" % bases[i]["text"][:50])
        ub[i] += 1
        add(src, bases[i]["lang"], fam, text, False, "")

    ben_count = len(alone)
    while ben_count < n_ben:
        for _ in range(60):
            fi = _least_used(range(len(frags)), uf, rng)
            cb = [k for k in range(len(bases)) if frag_fits(frags[fi], bases[k])]
            if not cb:
                raise RuntimeError("no base fits fragment %r" % frags[fi]["text"])
            bi = _least_used(cb, ub, rng)
            lang = bases[bi]["lang"]
            src, fam, text = render_benign(bases[bi], frags[fi], rng, ctx)
            if ok(text):
                break
        else:
            raise RuntimeError("cannot render benign row")
        ub[bi] += 1
        uf[fi] += 1
        add(src, lang, fam, text, False, "")
        ben_count += 1

    for _ in range(n_inj):
        for _ in range(60):
            ii = _least_used(range(len(injs)), ui, rng)
            carriers = [k for k in range(len(bases)) if voice(bases[k]) != "staff"
                        and compatible(injs[ii]["lang"], bases[k]["lang"])]
            cb = [k for k in carriers if fits(injs[ii]["kind"], INJ_SOURCES, bases[k]["source"])]
            if not cb:
                cb = carriers
            bi = _least_used(cb, ub, rng)
            src, fam, text, payload = render_injection(bases[bi], injs[ii], rng, ctx, hints)
            if ok(text):
                break
        else:
            raise RuntimeError("cannot render injection row")
        ub[bi] += 1
        ui[ii] += 1
        add(src, bases[bi]["lang"], fam, text, True, payload)
    return rows


def check_pools(mod):
    """Sanity checks on a module's pools."""
    pat = re.compile(AI_WORDS[base_lang(mod.NAME.replace("_", "-"))], re.I)
    for it in mod.INJ:
        if pat.search(it["text"]):
            raise ValueError("injected order names an AI system: %r" % it["text"])
    for b in mod.BASES:
        if nbytes(b["text"]) < 40:
            raise ValueError("base too short: %r" % b["text"])
    texts = [x["text"] for x in mod.BASES + mod.INJ + mod.FRAG]
    if len(texts) != len(set(texts)):
        dup = [t for t in texts if texts.count(t) > 1][0]
        raise ValueError("duplicate pool entry: %r" % dup[:80])
