"""Shared machinery for the sixtyseventh corpus.

Language modules only hold text (carriers, injected instructions, hard
negatives, slot values and a few labels); everything that turns those pieces
into rows lives here: slot filling, alternation, placement of a snippet inside
a carrier, wrapping as review / ticket / email / feed / web page / tool result,
and the checks on the finished rows.
"""

import hashlib
import html
import json
import random
import re
import unicodedata

SOURCES = ("review", "ticket", "email", "feed", "web", "tool")
KIND_TO_SOURCE = {"review": "review", "ticket": "ticket", "email": "email",
                  "listing": "feed", "web": "web"}
KIND_WEIGHTS = {"review": 30, "ticket": 18, "email": 15, "listing": 13, "web": 13}
TOOL_SHARE = 0.13
INJECTION_SHARE = 0.45
HARD_SHARE_OF_BENIGN = 0.66
# hard negatives written in a customer's voice never go into supplier (b2b) mail
CUSTOMER_VOICE = ("hard-courier-note", "hard-gift-note", "hard-reply-preference", "hard-human-request",
                  "hard-human-social-engineering", "hard-chatbot-complaint", "hard-warehouse-note",
                  "hard-customer-summary")
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLOT_RE = re.compile(r"\{([a-z_]+)\}")
ALT_RE = re.compile(r"\[\[([^\[\]]+)\]\]")
END_MARKERS = ("P.S", "PS:", "PS ", "PS.", "P.P.S", "追伸", "附言", "另外", "추신", "P.S.")


def rng_for(name):
    digest = hashlib.sha256(("sixtyseventh/" + name).encode("utf-8")).hexdigest()
    return random.Random(int(digest[:16], 16))


class Cycle:
    """Hands out items in shuffled rounds so every item is used about equally."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.buf = []

    def next(self, pred=None):
        for _ in range(3):
            for i, item in enumerate(self.buf):
                if pred is None or pred(item):
                    return self.buf.pop(i)
            fresh = list(self.items)
            self.rng.shuffle(fresh)
            self.buf.extend(fresh)
        raise ValueError("no item satisfies the filter")


# ---------------------------------------------------------------- slots

def _order(rng):
    style = rng.randrange(5)
    if style == 0:
        return "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999))
    if style == 1:
        return str(rng.randint(10000000, 99999999))
    if style == 2:
        return "A%d" % rng.randint(100000, 999999)
    if style == 3:
        return "%d-%05d" % (rng.choice((2023, 2024, 2025)), rng.randint(1, 99999))
    return "%s%d" % (rng.choice("KLMNRSTW"), rng.randint(1000000, 9999999))


def _sku(rng):
    letters = "ABCDEFGHKLMNPRSTUVWXZ"
    return "%s%s-%d" % (rng.choice(letters), rng.choice(letters), rng.randint(1000, 99999))


def _ticket(rng):
    return str(rng.randint(20000, 989999))


def _stars(rng):
    return str(rng.choice((1, 2, 3, 3, 4, 4, 4, 5, 5, 5)))


DEFAULT_SLOTS = {"order": _order, "sku": _sku, "ticket": _ticket, "rating": _stars}


def pick_alts(text, rng):
    while True:
        new = ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        if new == text:
            return new
        text = new


def fill(text, rng, slots, memo):
    text = pick_alts(text, rng)

    def rep(m):
        key = m.group(1)
        if key not in slots:
            return m.group(0)
        if key not in memo:
            val = slots[key]
            memo[key] = val(rng) if callable(val) else rng.choice(val)
        return memo[key]

    return SLOT_RE.sub(rep, text)


# ---------------------------------------------------------------- placement

def vary(sents, rng):
    sents = list(sents)
    if len(sents) >= 3 and rng.random() < 0.3:
        del sents[rng.randint(1, len(sents) - 1)]
    return sents


def place(n, rng, pos, kind):
    """Index at which the snippet goes among n carrier sentences."""
    if pos == "end":
        return n
    if pos == "start":
        return 0 if kind != "email" else min(1, n)
    low = 1 if kind == "email" else 0
    r = rng.random()
    if r < 0.2 and low == 0:
        return 0
    if r < 0.62 and n > 1:
        return rng.randint(1, n - 1)
    return n


def snippet_pos(snip):
    if len(snip) > 3 and snip[3]:
        return snip[3]
    if snip[2].startswith(END_MARKERS) or snip[2].startswith("@"):
        return "end"
    return None


# ---------------------------------------------------------------- wrapping

def join_body(pieces, idx, rng, joiner, kind):
    """Join sentences; the snippet at idx (or None) may sit on its own line."""
    if idx is None:
        if kind in ("email", "web") and len(pieces) > 2 and rng.random() < 0.3:
            cut = rng.randint(1, len(pieces) - 1)
            return joiner.join(pieces[:cut]) + "\n\n" + joiner.join(pieces[cut:])
        return joiner.join(pieces)
    left = joiner.join(pieces[:idx])
    mid = pieces[idx]
    right = joiner.join(pieces[idx + 1:])
    own_line = rng.random() < (0.45 if kind in ("email", "ticket", "web") else 0.2)
    if mid.startswith(END_MARKERS) or mid.startswith(("@", "Internal note", "Interne Notiz")):
        own_line = True
    sep = ("\n\n" if kind == "email" else "\n") if own_line else joiner
    return sep.join(p for p in (left, mid, right) if p)


HIDDEN = (
    ("hidden-comment", "<!-- %s -->"),
    ("hidden-css", '<span style="display:none">%s</span>'),
    ("hidden-css", '<p style="font-size:0;color:#fff;margin:0">%s</p>'),
    ("hidden-css", '<div class="sr-only" aria-hidden="true">%s</div>'),
    ("hidden-alt", '<img src="/media/%s.jpg" alt="%s">'),
)


def web_page(title, pieces, idx, rng, joiner, hide, sku):
    """Returns (text, hidden_family_or_None)."""
    style = rng.random()
    fam = None
    if style < 0.4 or (hide and style < 0.75):
        out = ["<h2>%s</h2>" % html.escape(title, quote=False)]
        for i, p in enumerate(pieces):
            if i == idx and hide:
                fam, pat = rng.choice(HIDDEN)
                if fam == "hidden-alt":
                    out.append(pat % (sku.lower(), html.escape(p)))
                else:
                    out.append(pat % html.escape(p, quote=False))
            elif p.startswith("<!--"):
                out.append(p)
            else:
                out.append("<p>%s</p>" % html.escape(p, quote=False))
        sep = "\n" if rng.random() < 0.7 else ""
        return sep.join(out), fam
    if style < 0.75:
        out = []
        for i, p in enumerate(pieces):
            if i == idx and hide:
                fam = "hidden-comment"
                out.append(rng.choice(("<!-- %s -->", "[//]: # (%s)")) % p)
            else:
                out.append(p)
        return "## %s\n\n%s" % (title, "\n\n".join(out)), fam
    body = join_body(pieces, idx, rng, joiner, "web")
    return "%s\n\n%s" % (title, body), None


def wrap_feed(title, body, rng, slots, memo, labels):
    sku = memo.setdefault("sku", _sku(rng))
    price = fill("{amount}", rng, slots, memo)
    style = rng.randrange(4)
    if style == 0:
        return ("<item>\n  <g:id>%s</g:id>\n  <title>%s</title>\n  <description>%s</description>\n"
                "  <g:price>%s</g:price>\n</item>" % (sku, html.escape(title, quote=False),
                                                      html.escape(body, quote=False), price))
    if style == 1:
        return json.dumps({"sku": sku, "title": title, "description": body, "price": price,
                           "stock": rng.randint(0, 400)}, ensure_ascii=False)
    if style == 2:
        flat = body.replace("\n", " ").replace('"', "'")
        return 'sku;title;description;price\n%s;"%s";"%s";%s' % (sku, title, flat, price)
    return "%s\n\n%s\n\n%s: %s" % (title, body, labels["price"], price)


def address_for(name, rng):
    """A plausible address for a Latin-script name, or None."""
    flat = unicodedata.normalize("NFKD", name.replace("ß", "ss").replace("ı", "i"))
    flat = "".join(c for c in flat if not unicodedata.combining(c)).lower()
    parts = re.findall(r"[a-z]+", flat)
    if len(parts) < 2 or len("".join(parts)) < len(name.replace(" ", "")) - 2:
        return None
    local = rng.choice(("%s.%s" % (parts[0], parts[-1]), "%s%s" % (parts[0][0], parts[-1]),
                        "%s.%s" % (parts[0][0], parts[-1])))
    return "%s@%s" % (local, rng.choice(("example.com", "mail.example", "example.net", "example.org")))


def wrap_email(subject, body, rng, slots, memo, mod, locale):
    greet = fill(rng.choice(mod.GREETINGS[locale]), rng, slots, memo)
    if not getattr(mod, "LOWER_AFTER_GREETING", False):
        body = body[:1].upper() + body[1:]
    close = fill(rng.choice(mod.CLOSINGS[locale]), rng, slots, memo)
    name = fill("{name}", rng, slots, memo)
    sender = address_for(name, rng) or fill("{email}", rng, slots, memo)
    lab = mod.LABELS
    style = rng.randrange(3)
    if style == 0:
        return "%s: %s\n\n%s\n\n%s\n\n%s\n%s" % (lab["subject"], subject, greet, body, close, name)
    if style == 1:
        return "%s: %s <%s>\n%s: %s\n\n%s\n%s\n\n%s\n%s" % (lab["from"], name, sender, lab["subject"],
                                                          subject, greet, body, close, name)
    return "%s\n\n%s\n\n%s\n%s" % (greet, body, close, name)


def wrap_ticket(subject, body, rng, slots, memo, mod):
    fmt = rng.choice(mod.TICKET_FORMATS)
    ticket = fill("{ticket}", rng, slots, memo)
    return fmt.replace("{ticket}", ticket).replace("{subject}", subject).replace("{body}", body)


def wrap_review(body, rng):
    r = rng.random()
    if r < 0.25:
        n = rng.choice((1, 2, 3, 4, 4, 5, 5))
        return "%s%s %s" % ("★" * n, "☆" * (5 - n), body)
    if r < 0.35:
        return "%d/5 – %s" % (rng.choice((1, 2, 3, 4, 5)), body)
    return body


def wrap_tool(kind, title, body, rng, slots, memo, locale):
    sku = memo.setdefault("sku", _sku(rng))
    name = fill("{name}", rng, slots, memo)
    indent = 2 if rng.random() < 0.4 else None
    if kind == "review":
        if rng.random() < 0.25:
            return "Tool output (reviews.list, %s, page 1):\n- [%d★] %s: %s" % (
                sku, rng.randint(1, 5), name, body.replace("\n", " "))
        obj = {"tool": rng.choice(("get_product_reviews", "reviews.search", "fetch_reviews")),
               "product_id": sku, "locale": locale,
               "reviews": [{"rating": rng.randint(1, 5), "author": name, "text": body}]}
    elif kind == "ticket":
        obj = {"tool": rng.choice(("helpdesk.get_ticket", "get_ticket", "zendesk_lookup")),
               "result": {"id": fill("{ticket}", rng, slots, memo), "subject": title,
                          "status": rng.choice(("open", "pending", "new")), "message": body}}
    elif kind == "email":
        obj = {"tool": rng.choice(("mail.read", "inbox.get_message", "read_email")),
               "result": {"from": fill("{email}", rng, slots, memo), "subject": title, "body": body}}
    elif kind == "listing":
        obj = {"tool": rng.choice(("supplier_feed.lookup", "catalog.get_item", "marketplace.listing")),
               "result": {"sku": sku, "title": title, "description": body,
                          "price": fill("{amount}", rng, slots, memo)}}
    else:
        obj = {"tool": rng.choice(("browser.fetch", "web_fetch", "page_reader")),
               "url": "https://%s/%s" % (fill("{shopdomain}", rng, slots, memo), sku.lower()),
               "status": 200, "content": "%s\n%s" % (title, body)}
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------- building

def kinds_of(spec):
    return KIND_WEIGHTS.keys() if spec == "*" else spec.split()


def choose_kind(allowed, rng):
    allowed = [k for k in KIND_WEIGHTS if k in allowed]
    total = sum(KIND_WEIGHTS[k] for k in allowed)
    r = rng.uniform(0, total)
    for k in allowed:
        r -= KIND_WEIGHTS[k]
        if r <= 0:
            return k
    return allowed[-1]


def carrier_parts(carrier, kind):
    """(title, sentences) for any carrier shape."""
    if kind == "review":
        return "", list(carrier)
    return carrier[0], list(carrier[1])


def make_row(mod, locale, kind, as_tool, carrier, snip, label, rng, slots):
    memo = {}
    title, sents = carrier_parts(carrier, kind)
    title = fill(title, rng, slots, memo)
    sents = [fill(s, rng, slots, memo) for s in vary(sents, rng)]
    joiner = mod.JOINER
    family, payload, idx = "benign", "", None
    if snip is not None:
        text = fill(snip[2], rng, slots, memo)
        text = mod.localise(locale, text)
        if snippet_pos(snip) == "solo":
            sents = []
            if len(snip) > 4:
                title = mod.localise(locale, fill(snip[4], rng, slots, memo))
        idx = place(len(sents), rng, snippet_pos(snip), kind)
        sents.insert(idx, text)
        family = snip[0]
        if label:
            payload = text
    sents = [mod.localise(locale, s) for s in sents]
    title = mod.localise(locale, title)
    source = "tool" if as_tool else KIND_TO_SOURCE[kind]
    if kind == "web" and not as_tool:
        hide = label and snip is not None and rng.random() < 0.3
        body, hidden_fam = web_page(title, sents, idx, rng, joiner, hide, memo.setdefault("sku", _sku(rng)))
        if hidden_fam:
            family = hidden_fam
    else:
        body = join_body(sents, idx, rng, joiner, kind)
        if as_tool:
            if kind == "email":
                if not getattr(mod, "LOWER_AFTER_GREETING", False):
                    body = body[:1].upper() + body[1:]
                body = "%s\n%s" % (fill(rng.choice(mod.GREETINGS[locale]), rng, slots, memo), body)
            body = wrap_tool(kind, title, body, rng, slots, memo, locale)
        elif kind == "review":
            body = wrap_review(body, rng)
        elif kind == "ticket":
            body = wrap_ticket(title, body, rng, slots, memo, mod)
        elif kind == "email":
            body = wrap_email(title, body, rng, slots, memo, mod, locale)
        elif kind == "listing":
            body = wrap_feed(title, body, rng, slots, memo, mod.LABELS)
    return {"source": source, "lang": locale, "family": family, "text": body,
            "injection": bool(label), "payload": payload}


def build(mod, seen):
    """Rows for every locale of a language module; seen holds texts already used."""
    rows = []
    for locale, total in mod.LOCALES:
        rng = rng_for(mod.__name__ + "/" + locale)
        slots = dict(DEFAULT_SLOTS)
        slots.update(mod.slots(locale))
        carriers = mod.CARRIERS[locale]
        pools = {k: Cycle(v, rng) for k, v in carriers.items() if v}
        inj = Cycle(mod.INJECTIONS, rng)
        hard = Cycle(mod.HARD, rng)
        n_inj = round(total * INJECTION_SHARE)
        n_hard = round((total - n_inj) * HARD_SHARE_OF_BENIGN)
        plan = [1] * n_inj + [2] * n_hard + [0] * (total - n_inj - n_hard)
        for what in plan:
            for _attempt in range(40):
                snip = None
                if what == 0:
                    kind = choose_kind(pools.keys(), rng)
                else:
                    snip = (inj if what == 1 else hard).next()
                    kind = choose_kind([k for k in kinds_of(snip[1]) if k in pools], rng)
                as_tool = rng.random() < TOOL_SHARE
                pred = None
                if snip is not None and snip[0] in CUSTOMER_VOICE:
                    pred = lambda c: not (len(c) > 2 and c[2] == "b2b")
                carrier = pools[kind].next(pred)
                row = make_row(mod, locale, kind, as_tool, carrier, snip, what == 1, rng, slots)
                if row["text"] not in seen and 40 <= len(row["text"].encode("utf-8")) <= 3000:
                    seen.add(row["text"])
                    rows.append(row)
                    break
            else:
                raise RuntimeError("could not make a unique row for %s" % locale)
    return rows


# ---------------------------------------------------------------- checks

def validate(rows, name, split):
    ids, texts = set(), set()
    for i, row in enumerate(rows, 1):
        assert tuple(row.keys()) == KEYS, row.keys()
        assert row["id"] == "%s-%05d" % (name, i), row["id"]
        assert row["id"] not in ids
        ids.add(row["id"])
        assert row["split"] == split
        assert row["source"] in SOURCES, row["source"]
        assert isinstance(row["injection"], bool)
        assert row["text"] not in texts, row["text"][:80]
        texts.add(row["text"])
        size = len(row["text"].encode("utf-8"))
        assert 40 <= size <= 3000, (row["id"], size)
        assert FAMILY_RE.match(row["family"]), row["family"]
        if row["injection"]:
            assert row["payload"].strip(), row["id"]
            assert row["family"] != "benign" and not row["family"].startswith("hard-"), row["id"]
        else:
            assert row["payload"] == "", row["id"]
            assert row["family"] == "benign" or row["family"].startswith("hard-"), row["id"]
        assert re.match(r"^[a-z]{2}(-[A-Z]{2})?$", row["lang"]), row["lang"]


SENT_SPLIT = re.compile(r"(?<=[.!?。！？])\s*|\n+")


def sentence_reuse(rows, top=5):
    counts = {}
    for row in rows:
        for s in SENT_SPLIT.split(row["text"]):
            s = s.strip()
            if len(s) >= 25:
                counts[s] = counts.get(s, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
