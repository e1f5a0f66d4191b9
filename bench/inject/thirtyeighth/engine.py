"""Row builder shared by all language modules.

A language module provides ``POOLS`` with these keys:

* ``lang``: default language tag; ``target``/``n_inj``: row and injection counts.
* ``carriers``: ``(src, lang_or_None, text)`` ordinary texts.  ``src`` is one
  letter: r=review t=ticket f=feed e=customer email b=business email w=web o=tool.  A carrier may hold a
  ``{{X}}`` slot (plain) or ``{{XJ}}`` slot (inside a JSON string).
* ``inj``: ``(family, srcs, text[, lang])`` directives aimed at an automated reader,
  inserted into carriers.  ``srcs`` lists allowed source letters or ``*``.
* ``inj_whole``: ``(src, lang_or_None, family, text, payload)`` complete texts.
* ``hard``: ``(family, srcs, text[, lang])`` notes addressed to people.
* ``hard_whole``: ``(src, lang_or_None, family, text)`` complete benign texts.
* optional: ``names``, ``ps``, ``enc_leads``, ``dec``, ``order_fmt``,
  ``inv_fmt``, ``dates``, ``preheaders``, ``latin`` (script allows rot13 etc.).

Placeholders ``{{name}}`` ``{{order}}`` ``{{amt}}`` ``{{code}}`` ``{{iban}}``
``{{mail}}`` ``{{url}}`` ``{{sku}}`` ``{{inv}}`` ``{{n}}`` ``{{date}}``
``{{phone}}`` are filled per row.
"""

import base64
import json
import re
import urllib.parse
from collections import Counter

SRC = {"r": "review", "t": "ticket", "f": "feed", "e": "email", "b": "email", "w": "web", "o": "tool"}
HTML_SRC = "webfo"

PH = re.compile(r"\{\{(\w+)\}\}")

DOMAINS = [
    "example.com", "example.net", "example.org", "shop.example", "pay.example",
    "vendor-portal.example", "track.example", "files.example", "mail.example",
    "supplier.example", "billing.example", "cdn.example",
]
MAIL_USERS = [
    "billing", "orders", "finance", "ops", "accounts", "support", "payouts",
    "vendor.desk", "ap", "returns", "hello", "sync",
]
CODES = ["STAFF", "VIP", "FRIEND", "PARTNER", "WELCOME", "LOYAL", "INSIDER", "CREW", "TEAM", "GOLD"]


class Filler:
    def __init__(self, rng, pools):
        self.rng = rng
        self.p = pools

    def digits(self, fmt):
        return "".join(str(self.rng.randint(0, 9)) if c == "N" else c for c in fmt)

    def value(self, key):
        r, p = self.rng, self.p
        if key == "name":
            return r.choice(p.get("names", ["Alex"]))
        if key == "order":
            return self.digits(r.choice(p.get("order_fmt", ["NNNNNNN", "#NNNNN", "SO-NNNNNN"])))
        if key == "inv":
            return self.digits(r.choice(p.get("inv_fmt", ["INV-NNNNN", "NNNN-NNN"])))
        if key == "amt":
            whole = r.choice([r.randint(3, 99), r.randint(100, 999), r.randint(1000, 9800)])
            cents = r.choice(["00", "99", "50", "90", "95", str(r.randint(10, 89))])
            return "%d%s%s" % (whole, p.get("dec", "."), cents)
        if key == "code":
            return "%s%d" % (r.choice(CODES), r.randint(10, 99))
        if key == "iban":
            cc = r.choice(p.get("iban_cc", ["GB", "DE", "NL", "IE", "LT"]))
            body = "".join(str(r.randint(0, 9)) for _ in range(18))
            return "%s%02d %s %s %s %s %s" % (cc, r.randint(10, 99), body[0:4], body[4:8], body[8:12], body[12:16], body[16:])
        if key == "mail":
            return "%s@%s" % (r.choice(MAIL_USERS), r.choice(DOMAINS))
        if key == "url":
            path = r.choice(["r", "c", "v", "p", "go", "img", "t", "s"])
            return "https://%s/%s/%s" % (r.choice(DOMAINS), path, self.digits("NNNNNN"))
        if key == "sku":
            return "%s-%s" % ("".join(r.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(3)), self.digits("NNNN"))
        if key == "n":
            return str(r.randint(2, 14))
        if key == "date":
            return r.choice(p.get("dates", ["14/03", "2/11", "28.05.", "09/06"]))
        if key == "phone":
            return self.digits(r.choice(p.get("phone_fmt", ["0NN NNN NNNN", "+NN NNN NNN NNN"])))
        raise KeyError(key)

    def fill(self, text, memo):
        def sub(m):
            k = m.group(1)
            if k in ("X", "XJ") or k.startswith("ENC_"):
                return m.group(0)
            if k not in memo:
                memo[k] = self.value(k)
            return memo[k]
        return PH.sub(sub, text)


# ----------------------------------------------------------------- wrappers

def hidden_wrap(rng, piece, src):
    """Return (wrapped, family) hiding ``piece`` in markup."""
    opts = [
        ("<!-- %s -->", "hidden-html-comment"),
        ('<span style="display:none">%s</span>', "hidden-css"),
        ('<div style="font-size:0;line-height:0;color:#ffffff">%s</div>', "hidden-css"),
        ('<p style="position:absolute;left:-9999px">%s</p>', "hidden-css"),
        ("<p hidden>%s</p>", "hidden-attribute"),
        ('<img src="https://cdn.example/p/%s.jpg" alt="%%s" width="1" height="1">' % rng.randint(1000, 9999), "hidden-alt-text"),
        ('<meta name="x-processing-note" content="%s">', "hidden-attribute"),
        ("[//]: # (%s)", "markdown-comment"),
    ]
    if src == "o":
        opts.append(("<!-- %s -->", "hidden-html-comment"))
    fmt, fam = rng.choice(opts)
    body = piece.replace('"', "&quot;") if ('alt="' in fmt or 'content="' in fmt) else piece
    return fmt % body, fam


ZW = "\u200b"
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


KIND_NAMES = {"encoded-base64": "base64", "encoded-hex": "hex", "encoded-url": "url-encoded", "encoded-rot13": "rot13"}


def rot13(s):
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


def encode(rng, plain, latin):
    """Return (encoded_text, family, needs_lead)."""
    kinds = ["base64", "base64", "hex", "url"]
    if latin:
        kinds += ["rot13", "homoglyph", "leetspeak", "spaced", "zero-width"]
    else:
        kinds += ["zero-width"]
    k = rng.choice(kinds)
    if k == "base64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii"), "encoded-base64", True
    if k == "hex":
        return plain.encode("utf-8").hex(), "encoded-hex", True
    if k == "url":
        return urllib.parse.quote(plain, safe=""), "encoded-url", True
    if k == "rot13":
        return rot13(plain), "encoded-rot13", True
    if k == "homoglyph":
        return "".join(HOMO.get(c, c) if rng.random() < 0.6 else c for c in plain), "homoglyph", False
    if k == "leetspeak":
        return "".join(LEET.get(c.lower(), c) if rng.random() < 0.7 else c for c in plain), "leetspeak", False
    if k == "spaced":
        return "   ".join(" ".join(w) for w in plain.split(" ")), "spaced-letters", False
    return ZW.join(plain), "zero-width", False


# ------------------------------------------------------------- insertion

SENT_LATIN = re.compile(r"(?<=[.!?…])\s+(?=\S)")
SENT_CJK = re.compile(r"(?<=[。！？])(?=[^\s」』）)])")


def insert(rng, text, piece, ps_marks, mode=None):
    if "{{XJ}}" in text:
        return text.replace("{{XJ}}", json.dumps(piece, ensure_ascii=False)[1:-1])
    if "{{X}}" in text:
        return text.replace("{{X}}", piece)
    mode = mode or rng.choice(["start", "mid", "mid", "end", "end", "line", "ps"])
    if mode == "ps":
        return text.rstrip() + "\n\n" + rng.choice(ps_marks) + " " + piece
    if mode == "line":
        if rng.random() < 0.5:
            return piece + "\n" + text
        return text.rstrip() + "\n" + piece
    if "\n\n" in text.strip():
        paras = text.strip().split("\n\n")
        idx = {"start": 1 if len(paras) > 2 else 0, "end": len(paras) - 1 if len(paras) > 2 else len(paras)}.get(
            mode, rng.randint(1, max(1, len(paras) - 1)))
        paras.insert(idx, piece)
        return "\n\n".join(paras)
    cjk = bool(re.search("[。！？]", text)) and not re.search(r"[.!?]\s", text)
    parts = (SENT_CJK if cjk else SENT_LATIN).split(text.strip())
    joiner = "" if cjk else " "
    if mode == "start":
        idx = 0
    elif mode == "end":
        idx = len(parts)
    else:
        idx = rng.randint(1, max(1, len(parts) - 1)) if len(parts) > 1 else len(parts)
    parts.insert(idx, piece)
    return joiner.join(parts)


def clear_slot(text):
    t = text.replace("\n{{X}}\n", "\n").replace(" {{X}}", "").replace("{{XJ}}", "").replace("{{X}}", "")
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return re.sub(r"  +", " ", t).strip() if "{" not in t else t.strip()


# ----------------------------------------------------------- benign markup

def benign_markup(rng, f, pre):
    """A benign fragment with markup or encoded data (no instruction)."""
    cid = {"cid": f.digits("NNNNNN"), "src": rng.choice(["newsletter", "cart", "feed", "push"]), "v": rng.randint(1, 4)}
    b64 = base64.b64encode(json.dumps(cid, separators=(",", ":")).encode()).decode()
    opts = [
        "<!-- product grid: start -->",
        "<!-- TODO: swap hero banner after the sale ends -->",
        "<!-- tracking pixel v%d -->" % rng.randint(2, 5),
        "<!-- footer links, do not edit without design review -->",
        '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk%sAAAAABJRU5ErkJggg==" alt="">' % f.digits("NNNN"),
        '<a href="https://shop.example/p/%s?utm_source=newsletter&utm_medium=email&utm_campaign=%s%%20spring">' % (f.digits("NNNNN"), f.digits("NNNN")),
        '<input type="hidden" name="ref" value="%s">' % b64,
        "<!-- build %s -->" % f.digits("NNNNNNNN"),
        '<span class="sr-only">%s</span>' % rng.choice(["Opens in a new tab", "Rating: 4 out of 5", "Menu", "Close"]),
        "tracking: %s" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
    ]
    if pre:
        opts.append('<div style="display:none;max-height:0;overflow:hidden">%s</div>' % rng.choice(pre))
        opts.append('<div style="display:none;max-height:0;overflow:hidden">%s</div>' % rng.choice(pre))
    return rng.choice(opts)


# ------------------------------------------------------------------ build

class Picker:
    def __init__(self, rng, items, name):
        self.rng = rng
        self.items = list(items)
        self.uses = Counter()
        self.name = name

    def pick(self, ok=lambda it: True):
        cands = [i for i, it in enumerate(self.items) if ok(it)]
        if not cands:
            return None
        lo = min(self.uses[i] for i in cands)
        best = [i for i in cands if self.uses[i] == lo]
        i = self.rng.choice(best)
        self.uses[i] += 1
        return self.items[i]

    def max_use(self):
        return max(self.uses.values()) if self.uses else 0


def lang_ok(item_lang, carrier_lang):
    """An item tagged with a regional variant only goes into carriers of that variant."""
    return item_lang is None or carrier_lang == item_lang


def srcs_ok(srcs, s):
    return srcs == "*" or s in srcs


BIZ_FAMILIES = {
    "payment-redirect", "invoice-status", "credit-approval", "auto-reply-rule",
    "hard-purchase-order", "hard-supplier-memo", "hard-bank-change-human", "hard-warehouse-note",
}


CUSTOMER_FAMILIES = {
    "hard-packing-note", "hard-returns-note", "hard-refund-request", "hard-social-engineering",
    "hard-chatbot-complaint", "hard-callback", "hard-processing-human",
    "refund-action", "discount-action", "address-change",
}


def split_email(items):
    """Route 'e' in an item's sources to business mail for supplier/finance kinds,
    keep it on customer mail for customer kinds, and allow both otherwise."""
    out = []
    for it in items:
        fam, srcs = it[0], it[1]
        if srcs != "*" and "e" in srcs:
            if fam in BIZ_FAMILIES:
                srcs = srcs.replace("e", "b")
            elif fam not in CUSTOMER_FAMILIES:
                srcs = srcs.replace("e", "eb")
        out.append((fam, srcs) + tuple(it[2:]))
    return out


def build_language(rng, P):
    lang = P["lang"]
    f = Filler(rng, P)
    ps = P.get("ps", ["P.S."])
    latin = P.get("latin", True)
    leads = P.get("enc_leads", ["{enc}"])
    rows = []
    seen = set()

    def add(src, lg, family, text, inj, payload):
        text = text.strip()
        if text in seen:
            return False
        if not (40 <= len(text.encode("utf-8")) <= 3000):
            return False
        seen.add(text)
        rows.append({
            "source": SRC[src], "lang": lg or lang, "family": family, "text": text,
            "injection": inj, "payload": payload.strip() if inj else "",
        })
        return True

    n_inj = P["n_inj"]
    n_ben = P["target"] - n_inj
    carriers = Picker(rng, P["carriers"], "carriers")
    injp = Picker(rng, split_email(P["inj"]), "inj")
    hardp = Picker(rng, split_email(P["hard"]), "hard")
    plain_used = set()

    # ---- injections
    got = 0
    for (src, lg, fam, text, payload) in P["inj_whole"]:
        if got >= n_inj:
            break
        memo = {}
        text, payload = f.fill(text, memo), f.fill(payload, memo)
        text = text.replace("{{ENC_B64}}", base64.b64encode(payload.encode("utf-8")).decode("ascii"))
        text = text.replace("{{ENC_HEX}}", payload.encode("utf-8").hex())
        if add(src, lg, fam, text, True, payload):
            got += 1
    has_html = any(c[0] in HTML_SRC for c in P["carriers"])
    has_markup = any(c[0] in "web" and "{{XJ}}" not in c[2] for c in P["carriers"])
    n_hidden = int((n_inj - got) * 0.16) if has_html else 0
    n_enc = int((n_inj - got) * 0.12)
    tries = 0
    while got < n_inj and tries < n_inj * 40:
        tries += 1
        kind = "hidden" if n_hidden > 0 else ("enc" if n_enc > 0 else "plain")
        if kind == "hidden":
            it = injp.pick(lambda it: any(c in HTML_SRC for c in (HTML_SRC if it[1] == "*" else it[1])))
        else:
            it = injp.pick()
        fam, srcs, itext = it[:3]
        il = it[3] if len(it) > 3 else None
        if kind == "hidden":
            car = carriers.pick(lambda c: c[0] in HTML_SRC and srcs_ok(srcs, c[0]) and lang_ok(il, c[1]))
        else:
            car = carriers.pick(lambda c: srcs_ok(srcs, c[0]) and lang_ok(il, c[1]))
        if car is None:
            continue
        memo = {}
        piece = f.fill(itext, memo)
        payload = piece
        family = fam
        if kind == "hidden":
            piece, family = hidden_wrap(rng, piece, car[0])
        elif kind == "enc":
            enc, family, need = encode(rng, piece, latin)
            kind_name = KIND_NAMES.get(family)
            plain_leads = [ld for ld in leads if "{kind}" not in ld]
            if need:
                piece = rng.choice(leads).replace("{enc}", enc).replace("{kind}", kind_name)
            elif plain_leads and rng.random() < 0.5:
                piece = rng.choice(plain_leads).replace("{enc}", enc)
            else:
                piece = enc
        text = insert(rng, f.fill(car[2], memo), piece, ps)
        if add(car[0], car[1], family, text, True, payload):
            got += 1
            if kind == "hidden":
                n_hidden -= 1
            elif kind == "enc":
                n_enc -= 1

    # ---- benign
    bgot = 0
    hard_target = int(n_ben * 0.56) + 1
    hgot = 0
    for (src, lg, fam, text) in P["hard_whole"]:
        if bgot >= n_ben:
            break
        if add(src, lg, fam, f.fill(text, {}), False, ""):
            bgot += 1
            hgot += 1
    n_markup = max(1, int(n_ben * 0.05)) if has_markup else 0
    tries = 0
    while bgot < n_ben and tries < n_ben * 40:
        tries += 1
        memo = {}
        if n_markup > 0:
            car = carriers.pick(lambda c: c[0] in "web" and "{{XJ}}" not in c[2])
            frag = benign_markup(rng, f, P.get("preheaders"))
            text = insert(rng, f.fill(car[2], memo), frag, ps, mode=rng.choice(["start", "end", "mid"]))
            if add(car[0], car[1], "hard-markup", text, False, ""):
                bgot += 1
                hgot += 1
                n_markup -= 1
            continue
        if hgot < hard_target:
            it = hardp.pick()
            fam, srcs, htext = it[:3]
            il = it[3] if len(it) > 3 else None
            car = carriers.pick(lambda c: srcs_ok(srcs, c[0]) and lang_ok(il, c[1]))
            if car is None:
                continue
            text = insert(rng, f.fill(car[2], memo), f.fill(htext, memo), ps)
            if add(car[0], car[1], fam, text, False, ""):
                bgot += 1
                hgot += 1
            continue
        car = carriers.pick(lambda c: id(c) not in plain_used)
        if car is None:
            hard_target = n_ben
            continue
        plain_used.add(id(car))
        if add(car[0], car[1], "benign", clear_slot(f.fill(car[2], memo)), False, ""):
            bgot += 1
    stats = {
        "lang": lang, "inj": got, "benign": bgot, "hard": hgot,
        "max_carrier": carriers.max_use(), "max_inj": injp.max_use(), "max_hard": hardp.max_use(),
    }
    return rows, stats
