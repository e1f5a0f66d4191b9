"""Shared machinery for the fiftieth corpus.

Language modules only hold hand-written text (carriers, hard negatives,
injection phrasings, fake headers).  Everything that turns that text into
rows -- encoders, hidden-markup wrappers, feed / tool-result / HTML framing,
placement of the injected sentence and the row budget -- lives here.
"""
import base64
import codecs
import html
import json
import math
import random
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

PLAIN_FAMILY = {
    "override": "instruction-override",
    "action": "tool-action",
    "leak": "prompt-leak",
    "summary": "summary-manipulation",
    "ranking": "ranking-manipulation",
    "rating": "rating-manipulation",
    "memory": "memory-poisoning",
    "exfil": "exfiltration",
    "persona": "persona-switch",
}

# share of the injection rows per wrapping; "plain" keeps the category family
WRAPS = [
    ("plain", 50), ("fake-system", 7), ("fake-turn", 4),
    ("hidden-html-comment", 5), ("hidden-css", 5), ("hidden-alt-text", 3),
    ("hidden-attribute", 2.5), ("markdown-comment", 2), ("json-field", 3.5),
    ("encoded-base64", 4), ("encoded-hex", 1.5), ("encoded-rot13", 1.5),
    ("encoded-url", 1.5), ("leetspeak", 2), ("homoglyph", 2),
    ("zero-width", 2), ("spaced-letters", 2),
]
HTML_WRAPS = {"hidden-html-comment", "hidden-css", "hidden-alt-text", "hidden-attribute"}
LATIN_ONLY = {"encoded-rot13", "leetspeak"}

SRC_WEIGHTS = {
    "plain": {"review": 28, "ticket": 17, "email": 14, "feed": 12, "web": 12, "tool": 24},
    "fake-system": {"ticket": 25, "email": 22, "review": 15, "tool": 23, "web": 15},
    "fake-turn": {"ticket": 35, "review": 25, "email": 20, "tool": 20},
    "html": {"web": 35, "feed": 25, "email": 20, "review": 20},
    "markdown-comment": {"review": 40, "ticket": 30, "web": 30},
    "json-field": {"tool": 60, "feed": 40},
    "obf": {"review": 24, "ticket": 18, "email": 14, "web": 14, "feed": 10, "tool": 24},
}

SENT_RE = re.compile(r"(?<=[.!?…])[ ]+(?=\S)")


# ---------------------------------------------------------------- encoders
def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(rng, s):
    h = s.encode("utf-8").hex()
    if rng.random() < 0.5:
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7", "g": "9", "b": "8"}


def leet(rng, s):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.8 else c for c in s)


HOMO_LATIN = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у",
              "i": "і", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К",
              "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "s": "ѕ", "j": "ј"}
HOMO_GREEK = {"ο": "o", "Ο": "O", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H",
              "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ρ": "P", "Τ": "T", "Υ": "Y",
              "Χ": "X", "ν": "v", "κ": "k", "ρ": "p", "α": "a"}


def homoglyph(rng, s, greek=False):
    table = HOMO_GREEK if greek else HOMO_LATIN
    out = "".join(table[c] if c in table and rng.random() < 0.6 else c for c in s)
    if out == s:
        out = "".join(table.get(c, c) for c in s)
    return out


ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def zero_width(rng, s):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isalpha() and i + 1 < len(s) and s[i + 1].isalpha() and rng.random() < 0.7:
            out.append(rng.choice(ZW))
    return "".join(out)


def spaced(rng, s):
    sep = rng.choice(["   ", "  /  ", " | "])
    return sep.join(" ".join(w) for w in s.split())


def attr(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- small helpers
def cap(s):
    return s[:1].upper() + s[1:] if s else s


def rid(rng, n=6, alphabet="0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def fill_placeholders(rng, text):
    """Benign encoded-looking data for hand-written hard negatives."""
    if "{b64img}" in text:
        raw = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(rng.randrange(256) for _ in range(57))
        text = text.replace("{b64img}", base64.b64encode(raw).decode("ascii"))
    while "{hash}" in text:
        text = text.replace("{hash}", hexid(rng, 40), 1)
    while "{uuid}" in text:
        u = hexid(rng, 32)
        text = text.replace("{uuid}", "-".join([u[:8], u[8:12], u[12:16], u[16:20], u[20:]]), 1)
    while "{tok}" in text:
        raw = bytes(rng.randrange(256) for _ in range(24))
        text = text.replace("{tok}", base64.urlsafe_b64encode(raw).decode("ascii").rstrip("="), 1)
    return text


def quota(weights, total):
    s = sum(w for _, w in weights)
    raw = [(k, w * total / s) for k, w in weights]
    counts = {k: int(math.floor(v)) for k, v in raw}
    rest = total - sum(counts.values())
    for k, v in sorted(raw, key=lambda kv: -(kv[1] - math.floor(kv[1])))[:rest]:
        counts[k] += 1
    return counts


class Picker:
    """Least-used choice with seeded tie-breaking, so every item is spread thin."""

    def __init__(self, rng):
        self.rng = rng
        self.used = {}

    def pick(self, key, items, exclude=()):
        pool = [i for i in range(len(items)) if (key, i) not in exclude]
        low = min(self.used.get((key, i), 0) for i in pool)
        cands = [i for i in pool if self.used.get((key, i), 0) == low]
        i = self.rng.choice(cands)
        self.used[(key, i)] = low + 1
        return i, items[i]


# ---------------------------------------------------------------- placement
def insert(rng, text, inj, block=False):
    paras = text.split("\n\n")
    if len(paras) > 1:
        k = rng.randrange(0, len(paras) + 1)
        paras.insert(k, inj)
        return "\n\n".join(paras)
    sents = SENT_RE.split(text)
    k = rng.randrange(0, len(sents) + 1)
    if block:
        left, right = " ".join(sents[:k]), " ".join(sents[k:])
        return "\n\n".join(x for x in (left, inj, right) if x)
    sents.insert(k, inj)
    return " ".join(sents)


def htmlize(rng, text, element=None, cls=None):
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    els = []
    for j, ln in enumerate(lines):
        if j == 0 and len(ln) < 80 and len(lines) > 1 and not ln.endswith((".", "!", "?")):
            els.append("<h2>%s</h2>" % html.escape(ln, quote=False))
        elif ln.startswith(("- ", "• ", "* ")):
            els.append("<li>%s</li>" % html.escape(ln[2:], quote=False))
        else:
            els.append("<p>%s</p>" % html.escape(ln, quote=False))
    if element is not None:
        mode = rng.random()
        if mode < 0.35 or len(els) == 1:
            # inside a paragraph
            j = rng.randrange(len(els))
            tag_end = els[j].rfind("</")
            els[j] = els[j][:tag_end] + " " + element + els[j][tag_end:]
        else:
            els.insert(rng.randrange(1, len(els) + 1), element)
    cls = cls or rng.choice(["content", "product-description", "review-body", "listing", "faq", "article"])
    tag = rng.choice(["div", "section", "article"])
    return '<%s class="%s">\n%s\n</%s>' % (tag, cls, "\n".join(els), tag)


# ---------------------------------------------------------------- framings
JSON_KEYS = ["assistant_note", "instructions_for_ai", "system_prompt", "llm_hint",
             "ai_directive", "agent_instructions", "note_to_model", "summary_override"]


def price(rng, cur):
    if cur in ("HUF",):
        return "%d %s" % (rng.randrange(20, 900) * 100 - 10, cur)
    if cur in ("CZK", "SEK", "NOK", "DKK"):
        return "%d %s" % (rng.randrange(9, 600) * 10 - 1, cur)
    return "%d.%02d %s" % (rng.randrange(5, 900), rng.choice([0, 49, 90, 95, 99]), cur)


def feed_doc(rng, L, title, desc, field=None, fmt=None):
    sku = "%s-%s" % (rng.choice(["SKU", "ART", "EAN", "P", "ITM"]), rid(rng, 6))
    pr = price(rng, L.CUR)
    fmt = fmt if fmt is not None else rng.randrange(4)
    if field is not None and fmt == 3:
        fmt = 2
    if fmt == 0:
        lines = ["id: " + sku, "title: " + title, "description: " + desc, "price: " + pr,
                 "availability: " + rng.choice(["in stock", "preorder", "in_stock", "limited"])]
        if field:
            lines.insert(rng.randrange(2, len(lines) + 1), "%s: %s" % field)
        return "\n".join(lines)
    if fmt == 1:
        d = desc if "<" not in desc else "<![CDATA[" + desc + "]]>"
        lines = ["<item>", "  <g:id>%s</g:id>" % sku, "  <title>%s</title>" % html.escape(title, quote=False),
                 "  <description>%s</description>" % (d if d.startswith("<![") else html.escape(d, quote=False)),
                 "  <g:price>%s</g:price>" % pr, "</item>"]
        if field:
            lines.insert(rng.randrange(2, 5), "  <%s>%s</%s>" % (field[0], html.escape(field[1], quote=False), field[0]))
        return "\n".join(lines)
    if fmt == 2:
        obj = {"sku": sku, "title": title, "description": desc, "price": pr,
               "brand": rng.choice(L.BRANDS)}
        if field:
            obj[field[0]] = field[1]
        return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    return "sku\ttitle\tdescription\tprice\n%s\t%s\t%s\t%s" % (sku, title, desc.replace("\n", " "), pr)


def rand_date(rng):
    return "%d-%02d-%02d" % (rng.choice([2023, 2024, 2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29))


def tool_doc(rng, L, P, kind, text, rating=None, field=None):
    """Wrap text as an agent's tool result. kind: review, ticket, web, email, feed."""
    if kind == "review":
        items = [{"author": P.pick("names", L.NAMES)[1], "rating": rating or rng.randrange(3, 6),
                  "date": rand_date(rng), "text": text}]
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            _, (r, t) = P.pick("toolrev", L.REVIEWS)
            if t != text:
                items.append({"author": P.pick("names", L.NAMES)[1], "rating": r, "date": rand_date(rng), "text": t})
        rng.shuffle(items)
        obj = {"tool": rng.choice(["get_reviews", "reviews.search", "fetch_product_reviews"]),
               "product_id": rid(rng, 7), "result": {"count": len(items), "items": items}}
    elif kind == "ticket":
        obj = {"tool": rng.choice(["helpdesk.get_ticket", "get_ticket", "zendesk_fetch"]),
               "result": {"ticket_id": "T-" + rid(rng, 6), "status": rng.choice(["open", "new", "pending"]),
                          "customer": P.pick("names", L.NAMES)[1], "message": text}}
    elif kind == "email":
        obj = {"tool": rng.choice(["inbox.read", "mail.fetch_message"]),
               "result": {"from": "%s@%s" % (rng.choice(["info", "order", "kontakt", "sales", "noreply", "support"]),
                                              rng.choice(L.DOMAINS)),
                          "received": rand_date(rng), "body": text}}
    elif kind == "feed":
        obj = {"tool": "catalog.get_item", "result": {"sku": rid(rng, 8), "description": text}}
    else:
        obj = {"tool": rng.choice(["browse", "fetch_url", "web.get"]),
               "url": "https://%s/%s" % (rng.choice(L.DOMAINS), rng.choice(["p", "item", "faq", "blog", "a"]) + "/" + rid(rng, 5)),
               "status": 200, "text": text}
    if field:
        tgt = obj["result"] if "result" in obj else obj
        if isinstance(tgt, dict) and "items" in tgt and rng.random() < 0.5:
            tgt = rng.choice(tgt["items"])
        tgt[field[0]] = field[1]
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, None, 2]))


def review_doc(rng, L, P, stars, text):
    r = rng.random()
    if r < 0.6:
        return text
    if r < 0.8:
        return "★" * stars + "☆" * (5 - stars) + " " + text
    return "%s (%d/5)\n%s" % (P.pick("names", L.NAMES)[1], stars, text)


def ticket_header(rng):
    return "Ticket #%s | channel: %s | priority: %s\n" % (
        rid(rng, 6), rng.choice(["web form", "email", "chat", "app"]), rng.choice(["normal", "low", "high"]))


def email_header(rng, L, P):
    name = P.pick("names", L.NAMES)[1]
    user = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum()) or "kunde"
    return "From: %s <%s@%s>\nDate: %s\n\n" % (name, user, rng.choice(L.DOMAINS), rand_date(rng))


# ---------------------------------------------------------------- injections
def wrap(rng, L, fam, p):
    greek = L.LANG == "el"
    if fam in ("plain", "json-field"):
        return p
    if fam == "fake-system":
        return rng.choice(L.SYS).replace("{p}", p)
    if fam == "fake-turn":
        return rng.choice(L.TURN).replace("{p}", p)
    if fam == "hidden-html-comment":
        return rng.choice(["<!-- %s -->", "<!--%s-->", "<!--\n%s\n-->"]) % p
    if fam == "hidden-css":
        return rng.choice([
            '<span style="display:none">%s</span>',
            '<div style="font-size:0;line-height:0;height:0;overflow:hidden">%s</div>',
            '<p style="color:#ffffff;background:#ffffff;font-size:1px">%s</p>',
            '<span style="position:absolute;left:-9999px">%s</span>',
            '<div class="sr-only" style="opacity:0">%s</div>',
            '<span style="visibility:hidden">%s</span>',
        ]) % html.escape(p, quote=False)
    if fam == "hidden-alt-text":
        return '<img src="https://cdn.%s/img/%s.jpg" alt="%s">' % (rng.choice(L.DOMAINS), hexid(rng, 10), attr(p))
    if fam == "hidden-attribute":
        return rng.choice([
            '<span class="info" title="%s">ⓘ</span>',
            '<div class="spec-table" data-ai-note="%s"></div>',
            '<a href="#specs" data-instructions="%s">▸</a>',
            '<meta name="assistant-instructions" content="%s">',
        ]) % attr(p)
    if fam == "markdown-comment":
        return rng.choice(["[//]: # (%s)", "[comment]: <> (%s)", "<!--- %s --->"]) % p
    if fam.startswith("encoded-"):
        if fam == "encoded-base64":
            e = b64(p)
            neutral = ["%s", "b64:%s", "[data:%s]", "ref=%s"]
        elif fam == "encoded-hex":
            e = hexs(rng, p)
            neutral = ["%s", "hex: %s", "0x%s"]
        elif fam == "encoded-rot13":
            e = rot13(p)
            neutral = ["rot13: %s", "(rot13) %s", "[ROT13] %s"]
        else:
            e = urlenc(p)
            neutral = ["%s", "q=%s", "https://%s/r?m=%%s" % rng.choice(L.DOMAINS)]
        if rng.random() < 0.72:
            return rng.choice(L.ENC_LEAD).replace("{e}", e)
        return rng.choice(neutral) % e
    if fam == "leetspeak":
        return leet(rng, p)
    if fam == "homoglyph":
        return homoglyph(rng, p, greek)
    if fam == "zero-width":
        return zero_width(rng, p)
    if fam == "spaced-letters":
        return spaced(rng, p)
    raise ValueError(fam)


AI_WORDS = ("AI", "KI", "MI", "bot", "Bot", "model", "agent", "tekoäly", "kielimal", "μοντέλο",
            "πράκτορα", "ügynök", "ψηφιακέ", "asszisztens", "de limbaj")


def ai_addresses(L):
    return [a for a in L.ADDR if any(w in a for w in AI_WORDS)]


def make_payload(rng, L, phrase, cat):
    """'*' marks an imperative that takes an address in front of it.

    Bare imperatives are only kept where the task itself names the AI's work
    (its prompt, its summary, its answer); requests for actions or standing
    rules always say who they are for, so a human clerk can't be the reader.
    """
    if phrase.startswith("*"):
        body = phrase[1:]
        if cat in ("action", "memory") or rng.random() < 0.62:
            pool = ai_addresses(L) if cat in ("action", "memory") else L.ADDR
            a = rng.choice(pool)
            return a + " " + (cap(body) if a.endswith(("!", ".")) else body)
        return cap(body)
    return phrase


def compose(rng, L, P, source, inj=None, fam="plain", field=None):
    """Build one text of `source`; put `inj` inside it (or `field` as a JSON/feed field)."""
    block = fam in ("fake-system", "fake-turn")
    htmlish = fam in HTML_WRAPS
    if source == "review":
        _, (stars, t) = P.pick("review", L.REVIEWS)
        if inj:
            t = insert(rng, t, inj, block)
        return review_doc(rng, L, P, stars, t)
    if source == "ticket":
        _, t = P.pick("ticket", L.TICKETS)
        t = insert(rng, t, inj, block) if inj else t
        return (ticket_header(rng) + t) if rng.random() < 0.25 else t
    if source == "email":
        _, t = P.pick("email", L.EMAILS)
        head = email_header(rng, L, P) if rng.random() < 0.25 else ""
        if not inj:
            return head + t
        if rng.random() < 0.3 and not block:
            return head + t + "\n\n" + (L.PS + " " if not htmlish else "") + inj
        return head + insert(rng, t, inj, True)
    if source == "feed":
        _, (title, desc) = P.pick("feed", L.FEED)
        if inj:
            desc = insert(rng, desc, inj, False)
        return feed_doc(rng, L, title, desc, field=field)
    if source == "web":
        _, t = P.pick("web", L.WEB)
        if htmlish or (not inj and rng.random() < 0.4) or (inj and not block and rng.random() < 0.3):
            if inj and not htmlish:
                return htmlize(rng, t, "<p>%s</p>" % html.escape(inj, quote=False))
            return htmlize(rng, t, inj)
        if inj:
            lines = t.split("\n")
            k = rng.randrange(1, len(lines) + 1)
            lines.insert(k, ("\n" + inj + "\n") if block else inj)
            return "\n".join(lines)
        return t
    # tool
    kind = rng.choices(["review", "ticket", "web", "email"], [45, 25, 18, 12])[0]
    rating = None
    if kind == "review":
        _, (rating, t) = P.pick("review", L.REVIEWS)
    elif kind == "ticket":
        _, t = P.pick("ticket", L.TICKETS)
    elif kind == "email":
        _, t = P.pick("email", L.EMAILS)
    else:
        _, t = P.pick("web", L.WEB)
    if inj:
        t = insert(rng, t, inj, block)
    return tool_doc(rng, L, P, kind, t, rating=rating, field=field)


# ---------------------------------------------------------------- row budget
def build(L, seed):
    rng = random.Random(seed)
    P = Picker(rng)
    n = L.N
    n_inj = round(n * 0.45)
    n_ben = n - n_inj
    n_hard = math.ceil(n_ben * 0.56)
    n_plain = n_ben - n_hard
    rows, seen = [], set()

    def add(text, source, family, inj, payload=""):
        if text in seen or not (40 <= len(text.encode("utf-8")) <= 3000):
            return False
        seen.add(text)
        rows.append({"source": source, "lang": L.LANG, "family": family, "text": text,
                     "injection": inj, "payload": payload})
        return True

    # injections ----------------------------------------------------------
    wraps = [(k, w) for k, w in WRAPS if not (L.LANG == "el" and k in LATIN_ONLY)]
    plan = []
    for k, c in quota(wraps, n_inj).items():
        plan += [k] * c
    rng.shuffle(plan)
    phrases = [(cat, ph) for cat in sorted(L.INJ) for ph in L.INJ[cat]]
    for fam in plan:
        for _attempt in range(40):
            _, (cat, ph) = P.pick("phrase", phrases)
            payload = make_payload(rng, L, ph, cat)
            key = "html" if fam in HTML_WRAPS else ("obf" if fam.startswith("encoded-") or fam in
                                                     ("leetspeak", "homoglyph", "zero-width", "spaced-letters") else fam)
            w = SRC_WEIGHTS[key]
            source = rng.choices(list(w), list(w.values()))[0]
            family = PLAIN_FAMILY[cat] if fam == "plain" else fam
            if fam == "json-field":
                field = (rng.choice(JSON_KEYS), payload)
                text = compose(rng, L, P, source, None, fam, field=field)
            else:
                text = compose(rng, L, P, source, wrap(rng, L, fam, payload), fam)
            if add(text, source, family, True, payload):
                break
        else:
            raise RuntimeError("could not place injection for %s" % L.LANG)

    # hard negatives -------------------------------------------------------
    variants = []
    for v in range(3):
        order = list(range(len(L.HARD)))
        rng.shuffle(order)
        variants += [(v, i) for i in order]
    made = 0
    for v, i in variants:
        if made >= n_hard:
            break
        kind, source, text = L.HARD[i]
        text = fill_placeholders(rng, text)
        fam = "hard-" + kind
        if source == "feed":
            title, _, desc = text.partition(" || ")
            out, src = feed_doc(rng, L, title, desc, fmt=[0, 2, 1][v]), "feed"
        elif v == 0:
            out, src = text, source
        elif (v == 1) == (source in ("review", "web")):
            # the same words in the store's own framing: rating line or page markup
            if source == "review":
                out, src = ("★" * (1 + i % 5) + "☆" * (4 - i % 5) + " " + text if rng.random() < 0.5 else
                            "%s (%d/5)\n%s" % (P.pick("names", L.NAMES)[1], 1 + i % 5, text)), "review"
            elif source == "web":
                out, src = htmlize(rng, text), "web"
            elif source == "ticket":
                out, src = ticket_header(rng) + text, "ticket"
            else:
                out, src = email_header(rng, L, P) + text, "email"
        else:
            out, src = tool_doc(rng, L, P, source if source in ("review", "ticket", "email", "web") else "web", text,
                                rating=rng.randrange(1, 6)), "tool"
        if add(out, src, fam, False):
            made += 1
    if made < n_hard:
        raise RuntimeError("%s: only %d/%d hard negatives" % (L.LANG, made, n_hard))

    # plain benign -----------------------------------------------------------
    w = {"review": 32, "ticket": 15, "email": 11, "feed": 13, "web": 11, "tool": 24}
    made = 0
    tries = 0
    while made < n_plain:
        tries += 1
        if tries > 5000:
            raise RuntimeError("%s: plain benign exhausted" % L.LANG)
        source = rng.choices(list(w), list(w.values()))[0]
        if add(compose(rng, L, P, source), source, "benign", False):
            made += 1
    return rows
