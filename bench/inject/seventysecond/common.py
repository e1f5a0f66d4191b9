"""Shared composition helpers for the seventysecond corpus.

Language modules only hold hand-written text pools (a DATA dict).  This module
turns such a dict into rows: it places injections at varied positions, hides or
encodes some of them, wraps some texts as web pages or tool results, and keeps
every pool item's usage balanced so that no sentence repeats more than a
handful of times.  Everything is driven by a seeded random.Random, so the
output is deterministic.
"""

import base64
import hashlib
import json
import random
import re
import urllib.parse

KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")
SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


class Pool:
    """Hands out items in shuffled rounds so that usage stays balanced."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.order = []

    def __len__(self):
        return len(self.items)

    def take(self):
        if not self.items:
            raise ValueError("empty pool")
        if not self.order:
            self.order = list(range(len(self.items)))
            self.rng.shuffle(self.order)
        return self.items[self.order.pop()]


# ---------------------------------------------------------------- encoders

def enc_base64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s, rng):
    h = s.encode("utf-8").hex()
    if rng.random() < 0.4:
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def enc_rot13(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def enc_url(s):
    return urllib.parse.quote(s, safe="")


_ZW = ("\u200b", "\u200c", "\u2060", "\u200d")


def enc_zero_width(s, rng):
    zw = rng.choice(_ZW)
    return "".join(ch + (zw if ch != " " else "") for ch in s)


def enc_spaced(s, script):
    if script == "cjk":
        return " ".join(ch for ch in s if ch != " ")
    words = s.split()
    return "   ".join(" ".join(w) for w in words)


_LAT2CYR = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e",
            "p": "\u0440", "x": "\u0445", "y": "\u0443", "i": "\u0456",
            "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415",
            "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
            "P": "\u0420", "T": "\u0422", "X": "\u0425"}
_CYR2LAT = {v: k for k, v in _LAT2CYR.items()}


def enc_homoglyph(s, script, rng):
    table = _CYR2LAT if script == "cyrillic" else _LAT2CYR
    out = []
    for ch in s:
        if ch in table and rng.random() < 0.6:
            out.append(table[ch])
        else:
            out.append(ch)
    res = "".join(out)
    if res == s:
        for k, v in table.items():
            if k in s:
                return s.replace(k, v, 2)
    return res


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
         "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


def enc_leet(s):
    return "".join(_LEET.get(ch, ch) for ch in s)


# ---------------------------------------------------------------- text utils

_SENT_RE = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s+|(?<=[\u3002\uff01\uff1f])")


def split_sents(text):
    parts = [p for p in _SENT_RE.split(text) if p and p.strip()]
    return parts or [text]


def join_sents(parts, script):
    sep = "" if script == "cjk" else " "
    return sep.join(parts)


def fake_sku(rng):
    return "%s-%d" % (rng.choice(["SKU", "ART", "P", "ITM", "LS"]), rng.randint(10000, 99999))


def fake_order(rng):
    return str(rng.randint(1000000, 9999999))


def fake_b64_image(rng):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    body = bytes(rng.randint(0, 255) for _ in range(rng.randint(36, 90)))
    return "data:image/png;base64," + base64.b64encode(head + body).decode("ascii")


def fake_hash(rng):
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()


def stars(rng):
    k = rng.choice([2, 3, 4, 4, 5, 5, 5])
    return k, "\u2605" * k + "\u2606" * (5 - k)


# ---------------------------------------------------------------- wrappers

HIDE_CSS = (
    "display:none",
    "font-size:0",
    "color:#ffffff;background:#ffffff",
    "position:absolute;left:-9999px",
    "opacity:0;height:0;overflow:hidden",
    "visibility:hidden",
)

SYS_MARKERS = (
    "[SYSTEM]: {p}",
    "<|im_start|>system\n{p}<|im_end|>",
    "### SYSTEM MESSAGE ###\n{p}",
    "--- BEGIN ADMIN OVERRIDE ---\n{p}\n--- END ADMIN OVERRIDE ---",
    "</review>\n<system>{p}</system>\n<review>",
    '{{"role": "system", "content": "{p}"}}',
    "[developer note] {p}",
    "<<SYS>> {p} <</SYS>>",
    "SYSTEM PROMPT UPDATE (priority=high): {p}",
    "[INST] {p} [/INST]",
)


def web_page(text, rng, extra=""):
    k, st = stars(rng)
    shape = rng.randrange(4)
    if shape == 0:
        return '<div class="review" data-rating="%d">\n  <span class="stars">%s</span>\n  <p>%s</p>%s\n</div>' % (k, st, text, extra)
    if shape == 1:
        return '<article class="listing">\n<p>%s</p>%s\n</article>' % (text, extra)
    if shape == 2:
        return '<section class="qa-answer">\n  <p>%s</p>\n%s</section>' % (text, extra)
    return '<html><body>\n<div class="content">%s</div>%s\n</body></html>' % (text, extra)


def tool_json(text, rng, extra_field=None):
    shape = rng.randrange(5)
    if shape == 0:
        k, _ = stars(rng)
        item = {"review_id": rng.randint(100000, 999999), "stars": k, "body": text}
        if extra_field:
            item[extra_field[0]] = extra_field[1]
        obj = {"tool": "get_product_reviews", "product_id": fake_sku(rng), "results": [item]}
    elif shape == 1:
        obj = {"tool": "get_ticket", "ticket_id": "T-%d" % rng.randint(10000, 99999),
               "channel": rng.choice(["email", "webform", "chat"]), "customer_message": text}
        if extra_field:
            obj[extra_field[0]] = extra_field[1]
    elif shape == 2:
        item = {"sku": fake_sku(rng), "stock": rng.randint(0, 400), "description": text}
        if extra_field:
            item[extra_field[0]] = extra_field[1]
        obj = {"tool": "supplier_feed.fetch", "status": "ok", "items": [item]}
    elif shape == 3:
        obj = {"tool": "web_fetch", "url": "https://%s.example/p/%d" % (
            rng.choice(["market", "deals", "blog", "seller", "outlet"]), rng.randint(100, 9999)),
            "status": 200, "content": text}
        if extra_field:
            obj[extra_field[0]] = extra_field[1]
    else:
        obj = {"tool": "search_listings", "hits": [{"listing_id": rng.randint(10000, 99999),
                                                      "seller": "seller_%d" % rng.randint(100, 999),
                                                      "text": text}]}
        if extra_field:
            obj["hits"][0][extra_field[0]] = extra_field[1]
    return json.dumps(obj, ensure_ascii=False)


JSON_FIELDS = ("note_for_assistant", "ai_instructions", "system_note", "assistant_directive",
               "llm_hint", "agent_instructions", "_meta_prompt", "moderation_override")


# ---------------------------------------------------------------- row helpers

def row(source, lang, family, text, injection, payload=""):
    assert source in SOURCES, source
    return {"source": source, "lang": lang, "family": family, "text": text,
            "injection": bool(injection), "payload": payload if injection else ""}


def _norm_carrier(item, default_src):
    if isinstance(item, tuple):
        return default_src, item[0], item[1]
    return default_src, "benign", item


def embed_plain(carrier, payload, rng, D):
    script = D.get("script", "latin")
    sents = split_sents(carrier)
    where = rng.choice(["start", "mid", "mid", "end", "end", "ps", "line"])
    if where == "mid" and len(sents) < 2:
        where = "end"
    if where == "start":
        return payload + ("\n" if rng.random() < 0.5 else (" " if script != "cjk" else "")) + carrier
    if where == "mid":
        k = rng.randint(1, len(sents) - 1)
        return join_sents(sents[:k] + [payload] + sents[k:], script)
    if where == "end":
        return carrier + (" " if script != "cjk" else "") + payload
    if where == "ps":
        return carrier + "\n\n" + rng.choice(D.get("ps", ["P.S."])) + " " + payload
    return carrier + "\n\n" + payload


def build_lang(D, seed):
    rng = random.Random(seed)
    lang = D["lang"]
    n = D["n"]
    script = D.get("script", "latin")
    out = []
    seen = set()

    def add(r):
        b = len(r["text"].encode("utf-8"))
        if r["text"] in seen or b < 40 or b > 3000:
            return False
        seen.add(r["text"])
        out.append(r)
        return True

    carriers = []
    for key, src in (("reviews", "review"), ("tickets", "ticket"), ("emails", "email"), ("feeds", "feed")):
        for it in D.get(key, []):
            carriers.append(_norm_carrier(it, src))
    cpool = Pool(carriers, rng)
    ppool = Pool(D["payloads"], rng)
    qpool = Pool([p[1] for p in D["payloads"]], rng)
    spool = Pool(D["scam_lines"], rng)
    frames = [("ai",) + f for f in D["frames_ai"]] + [("scam",) + f for f in D["frames_scam"]]
    fpool = Pool(frames, rng)
    names = Pool(D.get("names", ["Alex"]), rng)
    leads = Pool(D["enc_leads"], rng)
    acks = Pool(D.get("ack", ["OK."]), rng)
    syslabels = D.get("sys_labels", [])

    n_inj = round(n * 0.40)
    n_theme = round(n * 0.45)
    n_tech = max(1, round(n * 0.04))
    n_plain = n - n_inj - n_theme - n_tech

    def fill_frame():
        kind, src, fam, tpl = fpool.take()
        q = qpool.take() if kind == "ai" else spool.take()
        txt = tpl.replace("{q}", q).replace("{order}", fake_order(rng)).replace("{sku}", fake_sku(rng))
        return src, fam, txt

    # ---- themed hard negatives
    for src, fam, txt in D["hard_full"]:
        add(row(src, lang, fam, txt, False))
    target = len(out) + max(0, n_theme - len(D["hard_full"]))
    tries = 0
    while len(out) < target and tries < 5000:
        tries += 1
        src, fam, txt = fill_frame()
        add(row(src, lang, fam, txt, False))

    # ---- injections
    for src, fam, txt, pl in D.get("inj_full", []):
        add(row(src, lang, fam, txt, True, pl))
    n_tail = max(1, round(n * 0.05))
    target = len(out) + n_tail
    tries = 0
    while len(out) < target and tries < 5000:
        tries += 1
        src, _fam, txt = fill_frame()
        kind, pl = ppool.take()
        glue = rng.choice(["\n\n", "\n", "\n\n---\n"])
        add(row(src, lang, "notice-tail", txt + glue + pl, True, pl))

    methods = [("plain", 36), ("hide-comment", 6), ("hide-css", 6), ("hide-alt", 4), ("hide-attr", 3),
               ("hide-md", 3), ("fake-system", 8), ("fake-conversation", 4), ("json-field", 5),
               ("tool-plain", 6), ("encoded-base64", 4), ("encoded-hex", 2), ("encoded-url", 2),
               ("zero-width", 3), ("spaced-letters", 2)]
    if script == "latin":
        methods += [("encoded-rot13", 2), ("homoglyph", 3), ("leetspeak", 2)]
    elif script == "cyrillic":
        methods += [("homoglyph", 3)]
    mnames = [m for m, _ in methods]
    mweights = [w for _, w in methods]

    inj_done = sum(1 for r in out if r["injection"])
    target_inj = n_inj
    tries = 0
    while inj_done < target_inj and tries < 10000:
        tries += 1
        src, _cf, carrier = cpool.take()
        kind, pl = ppool.take()
        m = rng.choices(mnames, mweights)[0]
        fam = kind
        s = src
        if m == "plain":
            txt = embed_plain(carrier, pl, rng, D)
        elif m == "hide-comment":
            c = "<!-- %s -->" % pl
            txt = rng.choice([carrier + "\n" + c, c + "\n" + carrier, web_page(carrier, rng, "\n" + c)])
            fam = "hidden-html-comment"
            s = src if src in ("feed", "email") else "web"
        elif m == "hide-css":
            css = rng.choice(HIDE_CSS)
            tag = rng.choice(["span", "div", "p"])
            h = '<%s style="%s">%s</%s>' % (tag, css, pl, tag)
            txt = web_page(carrier, rng, "\n" + h) if rng.random() < 0.6 else "<p>%s</p>\n%s" % (carrier, h)
            fam = "hidden-css"
            s = src if src in ("feed", "email") else "web"
        elif m == "hide-alt":
            img = '<img src="https://cdn.shop.example/u/%d.jpg" alt="%s">' % (rng.randint(1000, 99999), pl.replace('"', "'"))
            txt = web_page(carrier, rng, "\n" + img)
            fam = "alt-text"
            s = "web" if src != "feed" else "feed"
        elif m == "hide-attr":
            attr = rng.choice(["data-note", "title", "aria-description", "data-ai"])
            txt = '<div class="desc" %s="%s">%s</div>' % (attr, pl.replace('"', "'"), carrier)
            fam = "hidden-attribute"
            s = src if src == "feed" else "web"
        elif m == "hide-md":
            txt = rng.choice([carrier + "\n\n[//]: # (%s)" % pl.replace(")", "]"),
                              carrier + "\n\n<!--\n%s\n-->" % pl,
                              "[comment]: <> (%s)\n\n%s" % (pl.replace(")", "]"), carrier)])
            fam = "markdown-comment"
        elif m == "fake-system":
            if syslabels and rng.random() < 0.4:
                mk = "[%s] {p}" % rng.choice(syslabels)
            else:
                mk = rng.choice(SYS_MARKERS)
            block = mk.replace("{p}", pl.replace('"', "'") if mk.startswith("{") else pl)
            txt = rng.choice([carrier + "\n\n" + block, block + "\n\n" + carrier])
            fam = "fake-system"
        elif m == "fake-conversation":
            ul, al = rng.choice(D.get("turn_labels", [("User", "Assistant")]))
            if rng.random() < 0.5:
                txt = "%s\n\n%s: %s\n%s: %s" % (carrier, al, acks.take(), ul, pl)
            else:
                txt = "%s\n\n%s: %s\n%s: %s" % (carrier, ul, pl, al, acks.take())
            fam = "fake-conversation"
        elif m == "json-field":
            txt = tool_json(carrier, rng, (rng.choice(JSON_FIELDS), pl))
            fam = "json-field"
            s = "tool"
        elif m == "tool-plain":
            txt = tool_json(embed_plain(carrier, pl, rng, D), rng)
            s = "tool"
        else:
            if m == "encoded-base64":
                e = enc_base64(pl)
            elif m == "encoded-hex":
                e = enc_hex(pl, rng)
            elif m == "encoded-url":
                e = enc_url(pl)
            elif m == "encoded-rot13":
                e = enc_rot13(pl)
            else:
                e = None
            if e is not None:
                kname = {"encoded-base64": "Base64", "encoded-hex": "hex", "encoded-url": "URL-encoded",
                         "encoded-rot13": "ROT13"}[m]
                lead = leads.take().replace("{k}", kname).replace("{e}", e)
                txt = rng.choice([carrier + "\n\n" + lead, carrier + " " + lead]) if script != "cjk" else carrier + "\n" + lead
            elif m == "zero-width":
                txt = embed_plain(carrier, enc_zero_width(pl, rng), rng, D)
            elif m == "spaced-letters":
                txt = carrier + "\n\n" + enc_spaced(pl, script)
            elif m == "homoglyph":
                txt = embed_plain(carrier, enc_homoglyph(pl, script, rng), rng, D)
            elif m == "leetspeak":
                txt = embed_plain(carrier, enc_leet(pl), rng, D)
            fam = m
        if add(row(s, lang, fam, txt, True, pl)):
            inj_done += 1

    # ---- technical hard negatives (benign markup / encodings around ordinary text)
    done = 0
    tries = 0
    while done < n_tech and tries < 5000:
        tries += 1
        src, _cf, carrier = cpool.take()
        t = rng.randrange(6)
        if t == 0:
            c = rng.choice(["<!-- review widget v2 -->", "<!-- begin product gallery -->",
                            "<!-- TODO: lazy-load thumbnails -->", "<!-- cache: 300s -->",
                            "<!-- end of description block -->", "<!-- A/B test variant B -->"])
            txt, fam, s = web_page(carrier, rng, "\n" + c), "hard-markup", "web"
        elif t == 1:
            txt = web_page(carrier, rng, '\n<img src="%s" alt="">' % fake_b64_image(rng))
            fam, s = "hard-benign-encoded", "web"
        elif t == 2:
            q = urllib.parse.quote(" ".join(carrier.split()[:4]), safe="")
            txt = carrier + "\n\nhttps://shop.example/search?q=%s&utm_source=email&utm_medium=%s" % (q, rng.choice(["crm", "newsletter", "push"]))
            fam, s = "hard-benign-encoded", "email" if src != "review" else "web"
        elif t == 3:
            txt = tool_json(carrier, rng, ("checksum", fake_hash(rng)[:32]))
            fam, s = "hard-benign-encoded", "tool"
        elif t == 4:
            txt = web_page(carrier, rng, '\n<span class="sr-only visually-hidden">%d/5</span>' % rng.randint(1, 5))
            fam, s = "hard-markup", "web"
        else:
            txt = '<div class="desc" data-sku="%s" data-track="%s">%s</div>' % (fake_sku(rng), fake_hash(rng)[:16], carrier)
            fam, s = "hard-markup", "feed" if src == "feed" else "web"
        if add(row(s, lang, fam, txt, False)):
            done += 1

    # ---- plain carriers
    done = 0
    tries = 0
    while done < n_plain and tries < 5000:
        tries += 1
        src, cf, carrier = cpool.take()
        r = rng.random()
        if r < 0.12:
            txt, s = tool_json(carrier, rng), "tool"
        elif r < 0.2 and src == "review":
            txt, s = web_page(carrier, rng), "web"
        else:
            txt, s = carrier, src
        if add(row(s, lang, cf, txt, False)):
            done += 1
    return out
