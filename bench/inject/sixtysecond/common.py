"""Shared machinery for the back-office corpus: slot filling, wrappers
(email, ticket, tool result, CSV feed), injection carriers and row assembly.

Language modules only hold data (names, documents, payloads, labels); every
function lives here so that no helper is repeated per language.
"""

import base64
import codecs
import json
import math
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
AREAS = ("ap", "hr", "proc", "log", "fin", "it", "mkt", "legal")

# --------------------------------------------------------------------------
# slot filling
# --------------------------------------------------------------------------

_SLOT = re.compile(r"\{([a-z_]+[0-9]*)\}")

DEFAULT_PATTERNS = {
    "inv": ["INV-####", "INV-2024-#####", "####/24", "F-#######"],
    "po": ["PO-#####", "PO####", "45000#####"],
    "awb": ["1Z@@@###########", "JD0146########", "######## ###", "@@#########@@"],
    "ticket": ["######", "IT-####", "HD-#####"],
    "sku": ["@@-####", "SKU-#####", "@@@-###-@"],
    "iban": ["GB## @@@@ #### #### #### ##"],
    "phone": ["+44 20 #### ####"],
}

PERSON_FIELDS = ("first", "last", "name")


def pattern(rng, pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "@":
            out.append(chr(65 + rng.randrange(26)))
        else:
            out.append(ch)
    return "".join(out)


def _patterns(L, key):
    return getattr(L, key.upper(), None) or DEFAULT_PATTERNS[key]


def person(L, rng):
    return rng.choice(L.FIRST), rng.choice(L.LAST)


def full_name(L, first, last):
    order = getattr(L, "NAME_ORDER", "fl")
    sep = getattr(L, "NAME_SEP", " ")
    return (last + sep + first) if order == "lf" else (first + sep + last)


def money(L, rng):
    m = L.MONEY
    lo, hi = m.get("lo", 50), m.get("hi", 40000)
    dec = m.get("decimals", 2)
    # log-uniform so that small and large invoices both appear
    val = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    if dec:
        whole = int(val)
        cents = rng.randrange(100)
        if rng.random() < 0.3:
            cents = 0
    else:
        whole = int(val)
        if whole > 1000:
            whole = whole // 10 * 10
        cents = None
    digits = str(whole)
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    num = m.get("th", ",").join(groups)
    if cents is not None:
        num += m.get("dec", ".") + "%02d" % cents
    return m["fmt"].format(num)


def date(L, rng):
    y = rng.choice([2024, 2024, 2025])
    mth = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    fmt = getattr(L, "DATE", "{d:02d}/{m:02d}/{y}")
    months = getattr(L, "MONTHS", None)
    mon = months[mth - 1] if months else ""
    return fmt.format(d=day, m=mth, y=y, mon=mon)


def slug(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "vendor"


def make_filler(L, rng):
    people = {}
    cache = {}

    def get_person(tag):
        if tag not in people:
            people[tag] = person(L, rng)
        return people[tag]

    def value(key):
        if key in cache:
            return cache[key]
        m = re.match(r"([a-z_]+?)([0-9]*)$", key)
        base, num = m.group(1), m.group(2)
        tag = num or "0"
        if base.startswith("to_"):
            tag, base = "to", base[3:]
        elif base.startswith("me_"):
            tag, base = "me", base[3:]
        elif base == "me":
            tag, base = "me", "name"
        if base in PERSON_FIELDS:
            f, l = get_person(tag)
            v = {"first": f, "last": l, "name": full_name(L, f, l)}[base]
        elif base == "company":
            v = rng.choice(L.COMPANIES)
        elif base == "city":
            v = rng.choice(L.CITIES)
        elif base == "role":
            v = rng.choice(L.ROLES)
        elif base == "email":
            v = "%s@%s" % (rng.choice(L.MAIL_USERS), rng.choice(L.DOMAINS))
        elif base == "domain":
            v = rng.choice(L.DOMAINS)
        elif base == "amt":
            v = money(L, rng)
        elif base == "date":
            v = date(L, rng)
        elif base in ("inv", "po", "awb", "ticket", "sku", "iban", "phone"):
            v = pattern(rng, rng.choice(_patterns(L, base)))
        elif base == "qty":
            v = str(rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 20, 24, 36, 40, 48, 50, 60, 100, 120, 144, 200, 250, 500]))
        elif base == "days":
            v = str(rng.choice([3, 5, 7, 10, 14, 21, 30, 45, 60]))
        elif base == "pct":
            v = str(rng.choice([3, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50]))
        elif base == "hour":
            v = "%d:%02d" % (rng.randrange(8, 18), rng.choice([0, 15, 30, 45]))
        elif base == "num":
            v = str(rng.randrange(2, 98))
        elif base == "url":
            v = "https://%s/%s" % (rng.choice(L.DOMAINS), rng.choice(
                ["portal", "vendor", "docs/view", "s", "r", "share", "files", "secure/upload"]))
        else:
            raise KeyError("unknown slot %r" % key)
        cache[key] = v
        return v

    def fill(text):
        return _SLOT.sub(lambda mo: value(mo.group(1)), text)

    fill.value = value
    return fill


# --------------------------------------------------------------------------
# wrappers
# --------------------------------------------------------------------------

def signature(L, rng, area=None):
    titles = L.TITLES
    if isinstance(titles, dict):
        titles = titles.get(area) or titles["any"]
    if area == "cv":
        lines = ["{me}"]
        if rng.random() < 0.5:
            lines.append("{phone7}")
        return "\n".join(lines)
    lines = ["{me}", "{company}"]
    if rng.random() < 0.65:
        lines.insert(1, rng.choice(titles))
    r = rng.random()
    if r < 0.35:
        lines.append(getattr(L, "TEL", "Tel.") + " {phone9}")
    elif r < 0.6:
        lines.append("{me_email}")
    return "\n".join(lines)


def cap(text):
    """Capitalise a body that was written to follow a comma greeting."""
    if text and text[0].islower():
        return text[0].upper() + text[1:]
    return text


def wrap_email(L, rng, body, ps=None, footer=None, area=None, raw=False):
    parts = []
    if rng.random() < (0.5 if raw else 0.25):
        parts.append("From: {me} <{email9}>\nTo: {email8}\nDate: {date9}")
    if raw:
        parts.append(cap(body))
        if ps:
            parts.append(ps)
        if footer:
            parts.append(footer)
        return "\n\n".join(parts)
    g = rng.choice(L.GREET)
    if g:
        parts.append(g)
    if not g.rstrip().endswith((",", "，")):
        body = cap(body)
    parts.append(body)
    parts.append(rng.choice(L.CLOSE) + "\n" + signature(L, rng, area))
    if ps:
        parts.append(ps)
    if footer:
        parts.append(footer)
    elif rng.random() < 0.15 and getattr(L, "FOOTERS", None):
        parts.append(rng.choice(L.FOOTERS))
    return "\n\n".join(parts)


def wrap_ticket(L, rng, body):
    head = rng.choice(L.TICKET_HEAD)
    return head + "\n\n" + cap(body)


def tool_json(rng, kind, text, extra=None):
    text = cap(text)
    if kind == "mail":
        obj = {"tool": rng.choice(["mail.read", "inbox.get_message", "gmail.fetch"]),
               "status": "ok",
               "result": {"from": "{email9}", "received": "{date9}", "body": text}}
        target = obj["result"]
    elif kind == "ticket":
        obj = {"tool": rng.choice(["helpdesk.get_ticket", "tickets.read"]),
               "result": {"id": "{ticket9}", "requester": "{me}", "description": text}}
        target = obj["result"]
    elif kind == "ocr":
        obj = {"tool": "ocr.extract", "file": rng.choice(
            ["invoice_{inv9}.pdf", "scan_{num9}.pdf", "attachment_{num9}.pdf"]),
            "pages": rng.choice([1, 1, 2, 3]), "text": text}
        target = obj
    else:  # cv
        obj = {"tool": rng.choice(["ats.parse_resume", "recruiting.get_application"]),
               "result": {"candidate": "{me}", "position": "{role9}", "resume_text": text}}
        target = obj["result"]
    if extra:
        target.update(extra)
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


def csv_feed(L, rng, payload=None):
    c = L.CSV
    head = list(c["head"])
    n = rng.randrange(3, 7)
    hit = rng.randrange(n)
    rows = []
    sep = c.get("sep", ",")
    for i in range(n):
        note = rng.choice(c["notes"])
        if payload is not None and i == hit:
            note = payload
        note = '"' + note.replace('"', '""') + '"'
        amt = "{amt%d}" % (20 + i)
        if sep == "," and c.get("amt_quote", True):
            amt = '"' + amt + '"'
        dt = "{date%d}" % (20 + i)
        if sep == ",":
            dt = '"' + dt + '"'
        rows.append(sep.join(["{inv}" if (payload is not None and i == hit) else "{inv%d}" % (20 + i), dt, amt,
                              rng.choice(c["status"]), note]))
    text = sep.join(head) + "\n" + "\n".join(rows)
    if rng.random() < 0.7:
        text = rng.choice(c["intro"]) + "\n\n" + text
    return text


# --------------------------------------------------------------------------
# injection carriers
# --------------------------------------------------------------------------

HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "i": "\u0456", "y": "\u0443"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

HIDDEN_STYLES = [
    '<span style="display:none">{p}</span>',
    '<div style="color:#ffffff;font-size:1px;line-height:1px">{p}</div>',
    '<p style="font-size:0">{p}</p>',
    '<span style="opacity:0;position:absolute;left:-9999px">{p}</span>',
    '<font color="#FFFFFF" size="1">{p}</font>',
    '<div style="height:0;overflow:hidden">{p}</div>',
    '<span style="color:white;background:white">{p}</span>',
    '<td style="display:none;mso-hide:all">{p}</td>',
]
WHITE_STYLES = [
    '<p style="color:#FFFFFF;font-size:2px">{p}</p>',
    '<span style="color:rgb(255,255,255)">{p}</span>',
    '{p}',
    '\n\n\n{p}',
]
SYS_HEADERS = [
    "[SYSTEM]: {p}",
    "### SYSTEM MESSAGE\n{p}\n### END",
    "<|im_start|>system\n{p}<|im_end|>",
    "-----BEGIN AGENT DIRECTIVE-----\n{p}\n-----END AGENT DIRECTIVE-----",
    "SYSTEM OVERRIDE >> {p}",
    '{{"role": "system", "content": "{pj}"}}',
    "[developer message] {p}",
    "</user>\n<system>{p}</system>",
    "[[admin-instruction priority=high]] {p}",
    "Assistant-Policy-Update: {p}",
    "### Instruction (from workflow owner)\n{p}",
    "[tool_result: policy_engine] {p}",
]
ALT_FORMS = [
    '<img src="{u}/logo.png" alt="{pa}" width="1" height="1">',
    '<a href="{u}" title="{pa}">{u}</a>',
    '<img src="cid:sig_banner" alt="{pa}">',
    '<meta name="description" content="{pa}">',
    '<input type="hidden" name="note" value="{pa}">',
]
ENC_DEFAULT = ["ref: {enc}", "{enc}", "X-Ref-Token: {enc}", "[{kind}] {enc}"]
MD_COMMENTS = ["[//]: # ({p})", "<!--- {p} --->", "[comment]: <> ({p})"]

OBFUSCATING = {"hidden-css", "html-comment", "white-text", "fake-system", "alt-text",
               "markdown-comment", "encoded-base64", "encoded-hex", "encoded-url",
               "encoded-rot13", "zero-width", "homoglyph", "spaced-letters", "leetspeak"}


def zero_width(p, rng):
    zw = ["\u200b", "\u200c", "\u200d", "\u2060"]
    out = []
    for i, ch in enumerate(p):
        out.append(ch)
        if ch != " " and i % rng.choice([1, 2, 3]) == 0:
            out.append(rng.choice(zw))
    return "".join(out)


def homoglyph(p, rng):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.55 else c for c in p)


def leet(p):
    return "".join(LEET.get(c.lower(), c) for c in p)


def spaced(p):
    return " ".join(p)


def apply_carrier(L, rng, carrier, p):
    """Return (snippet, placement). placement is 'body', 'ps', 'footer',
    'quote', 'attach', 'field', 'csv'."""
    if carrier == "plain":
        return p, "body"
    if carrier == "ps":
        return rng.choice(L.PS) + " " + p, "ps"
    if carrier == "sig-footer":
        return p, "footer"
    if carrier == "quoted-reply":
        intro = rng.choice(L.QUOTE_INTRO)
        return intro + "\n" + "\n".join("> " + ln for ln in p.split("\n")), "quote"
    if carrier == "attachment":
        return rng.choice(L.ATTACH) + "\n" + p, "attach"
    if carrier == "json-field":
        return p, "field"
    if carrier == "csv-cell":
        return p, "csv"
    if carrier == "html-comment":
        return "<!-- " + p + " -->", rng.choice(["body", "footer"])
    if carrier == "hidden-css":
        return rng.choice(HIDDEN_STYLES).format(p=p), rng.choice(["body", "footer", "body"])
    if carrier == "white-text":
        return rng.choice(WHITE_STYLES).format(p=p), "end"
    if carrier == "fake-system":
        h = rng.choice(SYS_HEADERS + getattr(L, "SYS_HEADERS", []))
        return h.format(p=p, pj=p.replace('"', "'")), rng.choice(["body", "footer", "start"])
    if carrier == "alt-text":
        return rng.choice(ALT_FORMS).format(pa=p.replace('"', "'"), u="{url9}"), rng.choice(["body", "footer"])
    if carrier == "markdown-comment":
        return rng.choice(MD_COMMENTS).format(p=p.replace(")", "]").replace("(", "[")), rng.choice(["body", "end"])
    lead = rng.choice(ENC_DEFAULT + list(getattr(L, "ENC_LEADS", [])))
    if carrier == "encoded-base64":
        enc = base64.b64encode(p.encode("utf-8")).decode("ascii")
    elif carrier == "encoded-hex":
        enc = p.encode("utf-8").hex()
    elif carrier == "encoded-url":
        enc = urllib.parse.quote(p, safe="")
    elif carrier == "encoded-rot13":
        enc = codecs.encode(p, "rot13")
    elif carrier == "zero-width":
        return zero_width(p, rng), "body"
    elif carrier == "homoglyph":
        return homoglyph(p, rng), "body"
    elif carrier == "leetspeak":
        return leet(p), "body"
    elif carrier == "spaced-letters":
        return spaced(p), rng.choice(["body", "footer"])
    else:
        raise ValueError(carrier)
    return lead.format(enc=enc, kind=carrier.split("-")[1]), rng.choice(["body", "footer", "ps"])


def carriers_for(L, kind):
    """Weighted carrier list for a host kind."""
    base = ["plain"] * 13 + ["html-comment"] * 2 + ["hidden-css"] * 2 + ["fake-system"] * 3 + \
        ["encoded-base64"] * 2 + ["zero-width", "alt-text", "encoded-url", "encoded-hex"]
    if kind in ("email", "ticket", "tool", "ocr", "cv"):
        base += ["ps"] * 3 + ["sig-footer"] * 2 + ["quoted-reply"] * 2
    if kind in ("email", "ocr"):
        base += ["attachment"] * 2
    if kind == "tool":
        base += ["json-field"] * 4
    if kind == "cv":
        base += ["white-text"] * 12 + ["attachment"]
    if kind == "web":
        base += ["markdown-comment"] * 2 + ["alt-text"] * 2 + ["hidden-css"] * 2
    if kind == "feed":
        base = ["csv-cell"] * 8 + ["plain"] * 2 + ["encoded-base64", "zero-width", "fake-system"]
    script = getattr(L, "SCRIPT", "latin")
    if script == "latin":
        base += ["homoglyph", "spaced-letters"] if L.CODE == "en" else ["homoglyph"]
    if L.CODE == "en":
        base += ["encoded-rot13", "leetspeak"]
    return base


# --------------------------------------------------------------------------
# insertion helpers
# --------------------------------------------------------------------------

def insert_body(rng, body, snippet, where=None):
    paras = body.split("\n\n")
    if where is None:
        where = rng.choice(["start", "mid", "mid", "end", "end", "inline"])
    if where == "mid" and len(paras) < 2:
        where = "inline"
    if where == "start":
        return snippet + "\n\n" + body
    if where == "end":
        return body + "\n\n" + snippet
    if where == "inline":
        i = rng.randrange(len(paras))
        cjk = any(ord(c) > 0x2e80 for c in paras[i][-2:])
        paras[i] = paras[i].rstrip() + ("" if cjk else " ") + snippet
        return "\n\n".join(paras)
    i = rng.randrange(1, len(paras))
    paras.insert(i, snippet)
    return "\n\n".join(paras)


class Deck:
    """Cycle through a pool in shuffled order so usage stays even."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.queue = []

    def draw(self, pred=None):
        for _ in range(3):
            if not self.queue:
                self.queue = list(self.items)
                self.rng.shuffle(self.queue)
            for i, it in enumerate(self.queue):
                if pred is None or pred(it):
                    return self.queue.pop(i)
            self.queue = []
        cands = [it for it in self.items if pred is None or pred(it)]
        return self.rng.choice(cands)

    def __len__(self):
        return len(self.items)


# --------------------------------------------------------------------------
# document rendering
# --------------------------------------------------------------------------

def pick_form(rng, src):
    """Decide final format for a document source."""
    if src == "email":
        return rng.choices(["email", "tool-mail", "tool-ocr"], [70, 20, 10])[0]
    if src == "notice":
        return rng.choices(["notice", "tool-mail"], [75, 25])[0]
    if src == "ticket":
        return rng.choices(["ticket", "tool-ticket"], [78, 22])[0]
    if src == "cv":
        return rng.choices(["tool-cv", "email-cv"], [55, 45])[0]
    return src


FORM_SOURCE = {"notice": "email", "email": "email", "tool-mail": "tool", "tool-ocr": "tool", "ticket": "ticket",
               "tool-ticket": "tool", "tool-cv": "tool", "email-cv": "email", "feed": "feed",
               "web": "web", "review": "review", "tool": "tool", "csv": "feed"}


def render(L, rng, doc, inj=None, carrier=None):
    """doc: (area, src, family, template). inj: filled payload or None.
    Returns (text_template_filled, source)."""
    area, src, fam, tmpl = doc
    fill = make_filler(L, rng)
    form = pick_form(rng, src)
    body = fill(tmpl)
    payload = fill(inj) if inj else None
    snippet, place = (None, None)
    if payload is not None:
        kind = {"notice": "email", "email": "email", "tool-mail": "tool", "tool-ocr": "ocr", "ticket": "ticket",
                "tool-ticket": "tool", "tool-cv": "cv", "email-cv": "cv", "feed": "feed",
                "web": "web", "review": "review", "tool": "tool", "csv": "feed"}[form]
        if carrier is None:
            carrier = rng.choice(carriers_for(L, kind))
        if carrier in ("spaced-letters", "leetspeak") and len(payload) > 120:
            carrier = "zero-width"
        if carrier in ("ps", "sig-footer", "quoted-reply") and form in ("web", "feed", "review", "csv"):
            carrier = "plain"
        if carrier == "json-field" and not form.startswith("tool"):
            carrier = "plain"
        if carrier == "csv-cell" and form != "csv":
            carrier = "plain"
        if carrier == "attachment" and form not in ("email", "tool-mail", "tool-ocr", "email-cv", "tool-cv"):
            carrier = "plain"
        snippet, place = apply_carrier(L, rng, carrier, payload)
        snippet = fill(snippet)

    extra = None
    ps = footer = None
    if snippet is not None:
        if place == "start":
            body = snippet + "\n\n" + body
        elif place in ("body",):
            body = insert_body(rng, body, snippet)
        elif place == "end":
            body = body + "\n\n" + snippet
        elif place == "quote":
            body = body + "\n\n" + snippet
        elif place == "attach":
            body = body + "\n\n" + snippet
        elif place == "ps":
            if form in ("email", "email-cv", "notice"):
                ps = snippet
            else:
                body = body + "\n\n" + snippet
        elif place == "footer":
            if form in ("email", "email-cv", "notice"):
                footer = snippet
            else:
                body = body + "\n\n" + snippet
        elif place == "field":
            extra = {rng.choice(["internal_note", "memo", "vendor_remarks", "x_comment",
                                 "notes", "approval_hint", "processing_note"]): snippet}
        elif place == "csv":
            pass

    if form == "email" and fam == "hard-workflow-notice":
        form = "notice"
    if form == "notice":
        text = wrap_email(L, rng, body, ps=ps, footer=footer, raw=True)
    elif form == "email":
        text = wrap_email(L, rng, body, ps=ps, footer=footer, area=area)
    elif form == "email-cv":
        text = wrap_email(L, rng, rng.choice(L.CV_COVER) + "\n\n" + rng.choice(getattr(L, "CV_ATTACH", L.ATTACH)) + "\n" + body,
                          ps=ps, footer=footer, area="cv")
    elif form == "tool-mail":
        text = tool_json(rng, "mail", body, extra)
    elif form == "tool-ocr":
        text = tool_json(rng, "ocr", body, extra)
    elif form == "tool-cv":
        text = tool_json(rng, "cv", body, extra)
    elif form == "ticket":
        text = wrap_ticket(L, rng, body)
    elif form == "tool-ticket":
        text = tool_json(rng, "ticket", body, extra)
    elif form == "csv":
        text = csv_feed(L, rng, payload=snippet if place == "csv" else None)
        if snippet is not None and place != "csv":
            text = insert_body(rng, text, snippet, rng.choice(["start", "end"]))
    else:
        text = body
        if extra:
            text = body + "\n\n" + list(extra.values())[0]
    text = fill(text)
    return text, FORM_SOURCE[form], carrier, payload


# --------------------------------------------------------------------------
# benign decorations that look like attack carriers (hard negatives)
# --------------------------------------------------------------------------

BENIGN_HTML = [
    "<!-- footer v3.2 | generated by mailer -->",
    "<!--[if mso]><table><tr><td><![endif]-->",
    "<!-- tracking pixel removed by gateway -->",
    '<span style="display:none">&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</span>',
    '<div style="display:none;max-height:0">{inv9} {date9}</div>',
    "<!-- signature block start -->",
    '<img src="https://{domain9}/px.gif?id={num9}{num8}a7f" width="1" height="1" alt="">',
    "<!-- template: invoice_reminder_v2 -->",
]


def benign_blob(rng):
    raw = bytes(rng.randrange(256) for _ in range(rng.randrange(36, 90)))
    kind = rng.randrange(5)
    if kind == 0:
        b = base64.b64encode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + raw).decode()
        return "Content-Type: application/pdf; name=\"{inv9}.pdf\"\nContent-Transfer-Encoding: base64\n\n" + b
    if kind == 1:
        return "X-Message-Hash: sha256=" + raw[:32].hex()
    if kind == 2:
        q = urllib.parse.urlencode({"utm_source": "newsletter", "utm_medium": "email",
                                    "ref": raw[:6].hex(), "q": "invoice status %d" % rng.randrange(1000, 9999)})
        return "https://{domain9}/track?" + q
    if kind == 3:
        b = base64.b64encode(b"\x89PNG\r\n\x1a\n" + raw).decode()
        return '<img src="data:image/png;base64,' + b + '" alt="logo">'
    return "DKIM-Signature: v=1; a=rsa-sha256; d={domain9}; b=" + base64.b64encode(raw).decode()


def decorate_benign(L, rng, doc):
    area, src, fam, tmpl = doc
    fill = make_filler(L, rng)
    form = pick_form(rng, src)
    if src == "cv":
        form = "email-cv"
    elif form.startswith("tool") or form == "csv":
        form = "email" if src != "ticket" else "ticket"
    body = fill(tmpl)
    if rng.random() < 0.5:
        deco = rng.choice(BENIGN_HTML)
        family = "hard-html-markup"
        body = insert_body(rng, body, deco, rng.choice(["start", "end", "mid"]))
    else:
        deco = benign_blob(rng)
        family = "hard-encoded-data"
        body = body + "\n\n" + deco
    if form == "email-cv":
        text = wrap_email(L, rng, rng.choice(L.CV_COVER) + "\n\n" + rng.choice(getattr(L, "CV_ATTACH", L.ATTACH)) + "\n" + body, area="cv")
        source = "email"
    elif form == "email":
        text = wrap_email(L, rng, body, area=area, raw=(fam == "hard-workflow-notice"))
        source = "email"
    elif form == "notice":
        text = wrap_email(L, rng, body, raw=True)
        source = "email"
    elif form == "ticket":
        text = wrap_ticket(L, rng, body)
        source = "ticket"
    else:
        text, source = body, FORM_SOURCE.get(form, src)
    return fill(text), source, family


# --------------------------------------------------------------------------
# per-language build
# --------------------------------------------------------------------------

def check_module(L):
    for a, s, f, t in L.DOCS:
        assert a in AREAS, (L.CODE, a)
        assert s in ("email", "notice", "ticket", "cv", "feed", "web", "review", "tool", "csv"), (L.CODE, s)
    for a, f, t in L.INJ:
        assert a in AREAS + ("any",), (L.CODE, a)


def build_language(L, rng, seen):
    check_module(L)
    n = L.ROWS
    n_inj = int(round(n * 0.45))
    n_ben = n - n_inj
    n_hard = int(math.ceil(n_ben * 0.64))
    plain_docs = [d for d in L.DOCS if not d[2].startswith("hard")]
    hard_docs = [d for d in L.DOCS if d[2].startswith("hard")]
    feed_doc = ("ap", "csv", "benign", "")
    plain_deck = Deck(plain_docs, rng)
    hard_deck = Deck(hard_docs, rng)
    host_deck = Deck(L.DOCS + [feed_doc] * max(1, len(L.DOCS) // 12), rng)
    inj_deck = Deck(L.INJ, rng)
    rows = []

    def add(text, source, family, inj, payload):
        if text in seen:
            return False
        b = len(text.encode("utf-8"))
        if b < 40 or b > 3000:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": L.LANG, "family": family, "text": text,
                     "injection": inj, "payload": payload or ""})
        return True

    # hard negatives: mostly module hard docs, some decorated plain docs
    n_deco = int(round(n_hard * 0.15))
    made = 0
    guard = 0
    while made < n_hard - n_deco and guard < 5000:
        guard += 1
        d = hard_deck.draw()
        text, source, _, _ = render(L, rng, d)
        if add(text, source, d[2], False, ""):
            made += 1
    while made < n_hard and guard < 10000:
        guard += 1
        d = plain_deck.draw()
        text, source, fam = decorate_benign(L, rng, d)
        if add(text, source, fam, False, ""):
            made += 1
    made = 0
    n_feed = max(1, (n_ben - n_hard) // 12)
    while made < n_ben - n_hard and guard < 15000:
        guard += 1
        d = feed_doc if made < n_feed else plain_deck.draw()
        text, source, _, _ = render(L, rng, d)
        if add(text, source, "benign", False, ""):
            made += 1
    made = 0
    while made < n_inj and guard < 30000:
        guard += 1
        d = host_deck.draw()
        area = d[0]
        inj = inj_deck.draw(lambda it: it[0] in (area, "any"))
        text, source, carrier, payload = render(L, rng, d, inj=inj[2])
        family = carrier if carrier in OBFUSCATING else inj[1]
        if add(text, source, family, True, payload):
            made += 1
    return rows
