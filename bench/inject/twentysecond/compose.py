"""Row builder: turns the per-language pools into labelled rows.

Each language module provides carriers (reviews, tickets, emails,
listings), injection cores, full hard-negative texts and short
hard-negative sentences.  The builder places a core inside a carrier at a
sentence boundary (or in a hidden channel for web pages and feeds) and
renders the result in the shape a store would hand to its AI: plain review,
ticket form, email with headers, JSON/CSV/XML feed entry, HTML fragment or a
tool result.
"""

import base64
import codecs
import json
import re
import urllib.parse

SOURCES = ["review", "ticket", "email", "feed", "web", "tool"]

# which carrier kinds can be shown through which sources
KIND_SOURCES = {
    "R": [("review", 7), ("web", 2), ("tool", 1.5)],
    "T": [("ticket", 6), ("email", 2), ("tool", 1.5)],
    "E": [("email", 8), ("tool", 2)],
    "L": [("feed", 5), ("web", 3), ("tool", 2)],
}

_SPLIT = re.compile(r"((?<=[.!?…。]) +|\n+)")


class Picker:
    """Least-used-first picking so that every pool item is spread evenly."""

    def __init__(self, rng):
        self.rng = rng
        self.used = {}

    def pick(self, key, items, filt=None):
        idx = [i for i, it in enumerate(items) if filt is None or filt(it)]
        if not idx:
            raise ValueError("empty pool for %s" % key)
        low = min(self.used.get((key, i), 0) for i in idx)
        cand = [i for i in idx if self.used.get((key, i), 0) == low]
        i = self.rng.choice(cand)
        self.used[(key, i)] = low + 1
        return items[i]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def fill(rng, text, slots):
    def rep(m):
        return rng.choice(slots[m.group(1)])
    return re.sub(r"\{(\w+)\}", rep, text)


def units(text):
    parts = _SPLIT.split(text)
    sents = parts[0::2]
    seps = parts[1::2]
    return sents, seps


def _join(sents, seps):
    out = []
    for k, s in enumerate(sents):
        out.append(s)
        if k < len(sents) - 1:
            out.append(seps[k])
    return "".join(out)


def insert_many(rng, text, cores, para=False, pos=None):
    """Insert cores (in order) at distinct sentence boundaries of text."""
    sents, seps = units(text)
    n = len(sents)
    k = len(cores)
    mids = [c for c in range(1, n) if sents[c - 1].rstrip()[-1:] in ".!?…。)\"»" and len(sents[c - 1]) > 12]
    if k == 1:
        if pos is None:
            pos = weighted(rng, [("start", 2), ("mid", 5), ("end", 3)])
        if pos == "start":
            cuts = [0]
        elif pos == "end" or not mids:
            cuts = [n]
        else:
            cuts = [rng.choice(mids)]
    else:
        valid = [0] + mids + [n]
        cuts = sorted(rng.sample(valid, k)) if len(valid) >= k else [0] + [n] * (k - 1)
    nl = "\n" in text
    gap_edge = "\n\n" if (para or nl) else " "
    gap = "\n\n" if para else " "
    out = []
    prev = 0
    for c, core in zip(cuts, cores):
        if c > prev:
            out.append(_join(sents[prev:c], seps[prev:c - 1]))
        s = seps[c - 1] if 0 < c < n else None
        if out:
            out.append(s if s and "\n" in s else (gap_edge if c == n else gap))
        out.append(core)
        if c < n:
            out.append(s if s and "\n" in s else (gap_edge if c == 0 else gap))
        prev = c
    if prev < n:
        out.append(_join(sents[prev:], seps[prev:]))
    return "".join(out)


def insert_at(rng, text, core, pos=None, para=False):
    return insert_many(rng, text, [core], para=para, pos=pos)


def insert_split(rng, text, parts):
    return insert_many(rng, text, parts)


def encode(rng, core, lang_mod):
    kind = weighted(rng, [("base64", 5), ("url", 2), ("rot13", 2 if lang_mod.LANG == "en" else 0)])
    lead = rng.choice(lang_mod.ENC_LEADS[kind])
    if kind == "base64":
        blob = base64.b64encode(core.encode("utf-8")).decode("ascii")
    elif kind == "url":
        blob = urllib.parse.quote(core)
    else:
        blob = codecs.encode(core, "rot13")
    return lead + " " + blob, "encoded-" + kind


# ---------------------------------------------------------------- wrappers

def _rand_order(rng):
    return str(rng.randint(100000, 999999))


_EXTRA_USED = {}


def _extra_review(rng, L, avoid):
    """Another customer's review for list-shaped pages, spreading reuse evenly."""
    cand = [x for x in rng.sample(L.REVIEWS, 10) if x.split("|", 1)[1] != avoid]
    cand.sort(key=lambda x: _EXTRA_USED.get(x, 0))
    x = cand[0]
    _EXTRA_USED[x] = _EXTRA_USED.get(x, 0) + 1
    r, t = x.split("|", 1)
    return int(r), t


def wrap_review(rng, L, rating, text):
    style = weighted(rng, [("plain", 6), ("stars", 3), ("verified", 2), ("field", 2)])
    if style == "plain":
        return text
    if style == "stars":
        return "★" * rating + "☆" * (5 - rating) + "\n" + text
    if style == "verified":
        if rng.random() < 0.5:
            return L.LABELS["verified"] + "\n" + text
        return L.LABELS["verified"] + " · " + rng.choice(L.SLOTS["shop"]) + "\n" + text
    return "%s: %d/5\n%s: %s" % (L.LABELS["rating"], rating, L.LABELS["review"], text)


def wrap_ticket(rng, L, subj, body):
    Lb = L.LABELS
    style = weighted(rng, [("subject", 4), ("form", 3), ("chat", 2)])
    order = _rand_order(rng)
    if style == "subject":
        return "%s: %s\n%s: #%s\n\n%s" % (Lb["subject"], subj, Lb["order"], order, body)
    if style == "form":
        name = rng.choice(L.SLOTS["name"])
        mail = name.split()[0].lower() + "." + name.split()[-1].lower()[:1] + "@" + rng.choice(L.MAILHOSTS)
        return "[%s]\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n%s:\n%s" % (
            Lb["contact_form"], Lb["name"], name, Lb["email"], mail, Lb["order_no"], order,
            Lb["subject"], subj, Lb["message"], body)
    return "%s #%d · %s\n%s" % (Lb["ticket"], rng.randint(20000, 89999), Lb["chat"], body)


def _slug(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("à", "a"),
                 ("ç", "c"), ("ñ", "n"), ("í", "i"), ("ó", "o"), ("á", "a"), ("ú", "u"), ("ë", "e"), ("ï", "i")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "info"


def _sender(rng, L, body):
    tail = [x.strip() for x in body.strip().split("\n")[-3:] if x.strip()]
    for line in tail:
        for name in L.SLOTS["name"]:
            first = name.split()[0]
            if line == first or line.startswith(name) or line.startswith(first + " ") or line == name:
                return name, None
    for line in tail:
        for name in L.SLOTS["name"]:
            if name.split()[0] in line.split():
                return name, None
    if tail and len(tail[-1]) < 60 and not tail[-1].endswith((".", "?", "!")):
        org = tail[-1].split(",")[-1].strip()
        return org, "info@%s.example" % _slug(org)[:30]
    return rng.choice(L.SLOTS["name"]), None


def wrap_email(rng, L, subj, body, sender=None):
    Lb = L.LABELS
    name, addr = _sender(rng, L, body) if sender is None else (sender, None)
    if L.LABELS["forwarded"] in body:
        name = rng.choice(L.SLOTS["name"])
        addr = "%s@%s" % (_slug(name.split()[0]), rng.choice(L.STORE_INBOXES).split("@", 1)[1])
    first, last = name.split()[0], name.split()[-1]
    if addr is None:
        addr = "%s.%s@%s" % (_slug(first), _slug(last), rng.choice(L.MAILHOSTS))
    to = rng.choice(L.STORE_INBOXES)
    return "%s: %s <%s>\n%s: %s\n%s: %s\n\n%s" % (Lb["from"], name, addr, Lb["to"], to, Lb["subject"], subj, body)


def wrap_feed(rng, L, title, desc, hidden=None, benign_extra=False):
    style = weighted(rng, [("json", 5), ("csv", 2), ("xml", 3)])
    sku = "%s-%04d" % (rng.choice(["KT", "HB", "TX", "GD", "SP", "BT", "HM", "PL"]), rng.randint(1, 9999))
    price = "%d.%02d" % (rng.randint(7, 160), rng.choice([0, 49, 90, 95, 99]))
    cur = L.CURRENCY
    if style == "json":
        obj = {"sku": sku, "title": title, "price": price, "currency": cur, "stock": rng.randint(0, 400),
               "description": desc}
        if hidden is not None:
            obj[rng.choice(["meta_notes", "seo_text", "internal_comment", "attributes_extra"])] = hidden
        if benign_extra:
            obj["image_hash"] = "%032x" % rng.getrandbits(128)
            obj["tracking_url"] = "https://cdn.shopfeed.example/i?sku=%s&ref=%s" % (
                sku, urllib.parse.quote("feed/%s&lang=%s" % (rng.choice(["spring", "q3", "promo"]), L.LANG)))
        return json.dumps(obj, ensure_ascii=False)
    if style == "csv":
        d = desc.replace('"', '""')
        extra = ""
        head = "sku;title;price;currency;description"
        if hidden is not None:
            head += ";notes"
            extra = ';"%s"' % hidden.replace('"', '""')
        if benign_extra:
            head += ";checksum"
            extra += ";%040x" % rng.getrandbits(160)
        return '%s\n%s;"%s";%s;%s;"%s"%s' % (head, sku, title.replace('"', '""'), price, cur, d, extra)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = ["<item>", "  <g:id>%s</g:id>" % sku, "  <title>%s</title>" % esc(title),
             "  <g:price>%s %s</g:price>" % (price, cur), "  <description>%s</description>" % esc(desc)]
    if hidden is not None:
        lines.insert(3, "  <!-- %s -->" % hidden)
    if benign_extra:
        lines.insert(2, "  <!-- generated by feed export v%d.%d -->" % (rng.randint(2, 6), rng.randint(0, 20)))
    lines.append("</item>")
    return "\n".join(lines)


def _hidden_html(rng, core):
    kind = weighted(rng, [("comment", 4), ("css", 4), ("alt", 2), ("attr", 2)])
    if kind == "comment":
        return "<!-- %s -->" % core, "hidden-html-comment"
    if kind == "css":
        style = rng.choice(["display:none", "font-size:0", "color:#ffffff;background:#ffffff;font-size:1px",
                            "position:absolute;left:-9999px", "opacity:0;height:0;overflow:hidden"])
        return '<span style="%s">%s</span>' % (style, core), "hidden-css"
    if kind == "alt":
        return '<img src="/media/p/%d.jpg" alt="%s" width="480">' % (rng.randint(1000, 99999), core.replace('"', "'")), "hidden-alt-text"
    return '<div class="meta" data-ai-note="%s"></div>' % core.replace('"', "'"), "hidden-attribute"


def _benign_markup(rng):
    return rng.choice([
        "<!-- product grid start -->", "<!-- TODO: swap hero image after sale -->",
        "<!-- reviews widget v3 -->", '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" alt="">',
        '<span style="display:none" class="sku">%d</span>' % rng.randint(10000, 99999),
        "<!-- end of description block -->", '<meta name="robots" content="index,follow">',
        '<link rel="preload" href="/static/fonts/inter.woff2" as="font">',
    ])


def wrap_web(rng, L, kind, a, b, hidden=None, benign_extra=False):
    """kind R: a=rating, b=text; kind L: a=title, b=desc."""
    bits = []
    if benign_extra:
        bits.append(_benign_markup(rng))
    if kind == "L":
        body = ['<div class="product">', "  <h1>%s</h1>" % a, '  <div class="description">', "    <p>%s</p>" % b]
        if hidden:
            body.insert(rng.randint(2, 4), "    " + hidden)
        body += ["  </div>", "</div>"]
    elif kind == "R":
        body = ['<article class="review" data-rating="%d">' % a,
                '  <span class="author">%s</span>' % rng.choice(L.SLOTS["name"]).split()[0],
                "  <p>%s</p>" % b]
        if hidden:
            body.insert(rng.randint(1, 3), "  " + hidden)
        body.append("</article>")
        if rng.random() < 0.35:
            # a review list: the row's review sits among other customers' reviews
            others = []
            for _ in range(rng.randint(1, 2)):
                r2, t2 = _extra_review(rng, L, b)
                others += ['<article class="review" data-rating="%s">' % r2,
                           '  <span class="author">%s</span>' % rng.choice(L.SLOTS["name"]).split()[0],
                           "  <p>%s</p>" % t2, "</article>"]
            body = ['<section id="reviews">'] + (others + body if rng.random() < 0.5 else body + others) + ["</section>"]
    else:
        body = ['<div class="message">', "  <p>%s</p>" % b.replace("\n", "<br>")]
        if hidden:
            body.insert(1, "  " + hidden)
        body.append("</div>")
    if bits and rng.random() < 0.5:
        return "\n".join(bits + body)
    return "\n".join(body + bits)


def wrap_tool(rng, L, kind, a, b, hidden=None, benign_extra=False):
    if kind == "R":
        revs = [{"author": rng.choice(L.SLOTS["name"]).split()[0], "rating": a, "body": b}]
        if rng.random() < 0.4:
            r2, t2 = _extra_review(rng, L, b)
            revs.insert(rng.randint(0, 1), {"author": rng.choice(L.SLOTS["name"]).split()[0], "rating": r2, "body": t2})
        obj = {"tool": "reviews.fetch", "product_id": rng.randint(10000, 99999), "locale": L.LANG, "reviews": revs}
    elif kind == "T":
        obj = {"tool": "orders.get", "order_id": _rand_order(rng), "status": rng.choice(
            ["shipped", "processing", "delivered", "returned_pending"]), "subject": a, "customer_note": b}
    elif kind == "E":
        obj = {"tool": "inbox.read", "message_id": "m-%08x" % rng.getrandbits(32), "subject": a, "body": b}
    else:
        obj = {"tool": "catalog.lookup", "result": {"title": a, "description": b, "supplier_id": rng.randint(100, 999)}}
    if hidden is not None:
        tgt = obj["result"] if "result" in obj else obj
        tgt[rng.choice(["notes", "metadata_note", "extra", "remarks"])] = hidden
    if benign_extra:
        obj["trace_id"] = "%032x" % rng.getrandbits(128)
        obj["next_page"] = "cursor=" + base64.b64encode(("page:%d" % rng.randint(2, 9)).encode()).decode()
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- builder

def _carrier(pick, L, kind, match=None):
    """Pick a carrier of the given kind; match is an optional regex the carrier must contain."""
    pool = {"R": L.REVIEWS, "T": L.TICKETS, "E": L.EMAILS, "L": L.LISTINGS}[kind]
    filt = None
    if match:
        rx = re.compile(match, re.I)
        if any(rx.search(x) for x in pool):
            filt = rx.search
    item = pick.pick((kind, L.LANG), pool, filt)
    if kind == "R":
        r, t = item.split("|", 1)
        return int(r), t
    a, b = item.split("§", 1)
    return a, b


def _kind_with_match(rng, L, ctx, match):
    """Choose a carrier kind for ctx, preferring kinds that have a carrier matching the regex."""
    if not match:
        return _kind_for_ctx(rng, ctx)
    rx = re.compile(match, re.I)
    kinds = ["R", "T", "E", "L"] if ctx == "A" else list(ctx)
    ok = [k for k in kinds if any(rx.search(x) for x in {"R": L.REVIEWS, "T": L.TICKETS, "E": L.EMAILS, "L": L.LISTINGS}[k])]
    return rng.choice(ok) if ok else _kind_for_ctx(rng, ctx)


def _render(rng, L, source, kind, a, b, hidden=None, benign_extra=False):
    if source == "review":
        return wrap_review(rng, L, a, b)
    if source == "ticket":
        return wrap_ticket(rng, L, a, b)
    if source == "email":
        return wrap_email(rng, L, a, b)
    if source == "feed":
        return wrap_feed(rng, L, a, b, hidden, benign_extra)
    if source == "web":
        return wrap_web(rng, L, kind, a, b, hidden, benign_extra)
    return wrap_tool(rng, L, kind, a, b, hidden, benign_extra)


def _kind_for_ctx(rng, ctx):
    if ctx == "A":
        return weighted(rng, [("R", 4), ("T", 3), ("E", 2), ("L", 2)])
    if len(ctx) > 1:
        return rng.choice(list(ctx))
    return ctx


def build_language(L, n_rows, n_inj, rng):
    pick = Picker(rng)
    _EXTRA_USED.clear()
    rows = []
    n_benign = n_rows - n_inj
    n_hard = int(round(n_benign * 0.58))
    plan = ["inj"] * n_inj + ["hard"] * n_hard + ["plain"] * (n_benign - n_hard)
    rng.shuffle(plan)
    seen = set()
    for what in plan:
        for _attempt in range(30):
            row = _one(rng, pick, L, what)
            if row["text"] not in seen and 40 <= len(row["text"].encode("utf-8")) <= 3000:
                seen.add(row["text"])
                rows.append(row)
                break
        else:
            raise RuntimeError("could not build unique row for %s/%s" % (L.LANG, what))
    return rows


def _one(rng, pick, L, what):
    if what == "inj":
        ent = pick.pick(("inj", L.LANG), L.INJ)
        fam, ctx, raw = ent[:3]
        match = ent[3] if len(ent) > 3 else None
        core = fill(rng, raw, L.SLOTS)
        parts = [p.strip() for p in core.split("||")]
        for j in range(len(parts) - 1):
            # each fragment becomes a sentence of its own so it can sit anywhere in the carrier
            if parts[j].endswith(","):
                parts[j] = parts[j][:-1] + "."
                parts[j + 1] = parts[j + 1][:1].upper() + parts[j + 1][1:]
        payload = " ".join(parts)
        kind = _kind_with_match(rng, L, ctx, match)
        source = weighted(rng, KIND_SOURCES[kind])
        a, b = _carrier(pick, L, kind, match)
        hidden = None
        family = fam
        if len(parts) > 1:
            b = insert_split(rng, b, parts)
        else:
            ch = rng.random()
            if source == "web" and ch < 0.35 and "\n" not in core:
                hidden, family = _hidden_html(rng, core)
            elif source in ("feed", "tool") and ch < 0.2 and "\n" not in core:
                hidden = core
                family = "hidden-field"
            elif ch > 0.965 and "\n" not in core:
                enc, family = encode(rng, core, L)
                b = insert_at(rng, b, enc, pos=rng.choice(["mid", "end"]))
            else:
                para = "\n" in core or (kind in "TE" and rng.random() < 0.35)
                b = insert_at(rng, b, core, para=para)
        text = _render(rng, L, source, kind, a, b, hidden, benign_extra=rng.random() < 0.2)
        return {"source": source, "family": family, "text": text, "injection": True, "payload": payload}

    if what == "hard":
        mode = rng.random()
        if mode < 0.62:
            fam, ctx, raw = pick.pick(("hard", L.LANG), L.HARD)
            txt = fill(rng, raw, L.SLOTS)
            kind = ctx
            if kind == "R":
                if "|" in txt[:2]:
                    r, b = txt.split("|", 1)
                    a = int(r)
                else:
                    a, b = rng.choice([3, 4, 4, 5, 5, 2, 1]), txt
            else:
                a, b = txt.split("§", 1)
            source = weighted(rng, KIND_SOURCES[kind])
            text = _render(rng, L, source, kind, a, b, benign_extra=rng.random() < 0.15)
            return {"source": source, "family": fam, "text": text, "injection": False, "payload": ""}
        if mode < 0.9:
            ent = pick.pick(("hins", L.LANG), L.HARD_INSERT)
            fam, ctx, raw = ent[:3]
            match = ent[3] if len(ent) > 3 else None
            core = fill(rng, raw, L.SLOTS)
            kind = _kind_with_match(rng, L, ctx, match)
            source = weighted(rng, KIND_SOURCES[kind])
            a, b = _carrier(pick, L, kind, match)
            if kind == "E" and fam in ("hard-staff-policy", "hard-security-notice", "hard-tech"):
                # a colleague's note on top of a forwarded message
                b = core + "\n\n" + L.LABELS["forwarded"] + "\n" + b
                a = L.LABELS["fwd"] + " " + a
            else:
                b = insert_at(rng, b, core, para=(kind in "TE" and rng.random() < 0.3))
            text = _render(rng, L, source, kind, a, b, benign_extra=rng.random() < 0.15)
            return {"source": source, "family": fam, "text": text, "injection": False, "payload": ""}
        # markup / encoded-data hard negatives: ordinary content in a technical wrapper
        kind = rng.choice(["R", "L", "L", "T"])
        source = {"R": rng.choice(["web", "tool"]), "L": rng.choice(["web", "feed", "tool"]), "T": "tool"}[kind]
        a, b = _carrier(pick, L, kind)
        text = _render(rng, L, source, kind, a, b, benign_extra=True)
        fam = "hard-markup" if source == "web" else "hard-encoded-data"
        return {"source": source, "family": fam, "text": text, "injection": False, "payload": ""}

    kind = weighted(rng, [("R", 5), ("T", 3), ("E", 2), ("L", 2)])
    source = weighted(rng, KIND_SOURCES[kind])
    a, b = _carrier(pick, L, kind)
    text = _render(rng, L, source, kind, a, b, benign_extra=rng.random() < 0.1)
    return {"source": source, "family": "benign", "text": text, "injection": False, "payload": ""}
