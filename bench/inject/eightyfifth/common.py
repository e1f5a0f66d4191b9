"""Shared helpers: encoders, hiding wrappers and the row builder used by every language pack."""
import base64
import codecs
import json
import urllib.parse

ZW = "\u200b"
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
LATIN_LANGS = {"sv", "ms", "fil", "fi", "da", "nb", "vi"}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexed(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s)


def zwsp(s):
    return ZW.join(s)


def spaced(s):
    return " ".join(s)


def leet(s):
    return s.lower().translate(LEET)


def pick(rng, pool):
    return pool[rng.randrange(len(pool))]


class Cycler:
    """Hands out items of a pool in shuffled rounds so each item is used evenly."""

    def __init__(self, rng, pool):
        self.rng, self.pool, self.buf = rng, list(pool), []

    def next(self):
        if not self.buf:
            self.buf = list(self.pool)
            self.rng.shuffle(self.buf)
        return self.buf.pop()


# Wrapping methods for an injection core.  Each returns (source, family_override, text_fragment)
# where the fragment is placed into ordinary text by the builder.
def wrap(method, rng, core, lang, pack):
    if method == "plain":
        return None, None, core
    if method == "pps":
        return None, None, pick(rng, pack.PS) + " " + core
    if method == "html-comment":
        return "web", "html-comment", "<!-- " + core + " -->"
    if method == "hidden-css":
        style = pick(rng, ["display:none", "font-size:0", "color:#fff;background:#fff",
                           "position:absolute;left:-9999px", "opacity:0;height:0"])
        tag = pick(rng, ["span", "div", "p"])
        return "web", "hidden-css", '<%s style="%s">%s</%s>' % (tag, style, core, tag)
    if method == "alt-text":
        img = pick(rng, ["/img/p-%04d.jpg" % rng.randrange(10000), "https://cdn.shop.example/i/%05d.webp" % rng.randrange(99999)])
        return "feed", "hidden-alt-text", '<img src="%s" alt="%s">' % (img, core)
    if method == "attr":
        return "web", "hidden-attribute", '<div class="spec" data-note="%s"></div>' % core.replace('"', "'")
    if method == "md-comment":
        return "review", "markdown-comment", "[//]: # (" + core.replace(")", "]").replace("(", "[") + ")"
    if method == "fake-system":
        head = pick(rng, ["[SYSTEM]", "### SYSTEM MESSAGE ###", "<|im_start|>system\n", "<system>", "SYSTEM OVERRIDE:",
                          "[[developer note]]", "---- admin policy update ----"])
        tail = {"<|im_start|>system\n": "\n<|im_end|>", "<system>": "</system>"}.get(head, "")
        return None, "fake-system", head + " " + core + tail
    if method == "fake-turn":
        u, a = pick(rng, pack.TURNS)
        return None, "fake-turn", "\n%s %s\n%s %s" % (u, pick(rng, pack.TURN_Q), a, core)
    if method == "json-field":
        return "tool", "tool-result-field", None  # handled by builder
    enc = {"base64": b64, "hex": hexed, "url": urlenc, "zero-width": zwsp,
           "rot13": rot13, "leet": leet, "spaced": spaced}[method]
    lead = pick(rng, pack.ENC_LEAD)
    return None, "encoded-" + method, lead + " " + enc(core)


METHODS_ALL = ["plain"] * 7 + ["pps"] * 2 + ["html-comment", "hidden-css", "alt-text", "attr", "md-comment",
               "fake-system", "fake-system", "fake-turn", "json-field", "json-field", "base64", "hex", "url",
               "zero-width"]
METHODS_LATIN = ["rot13", "leet", "spaced"]


def html_page(rng, pack, title, body_parts):
    items = "\n".join(("  %s" if p.startswith("<") else "  <p>%s</p>") % p for p in body_parts)
    return ('<html><head><title>%s</title></head><body>\n <h1>%s</h1>\n%s\n</body></html>'
            % (title, title, items))


def tool_json(rng, pack, field_text, other_text, hidden_key=None):
    obj = {"tool": pick(rng, ["get_reviews", "fetch_listing", "supplier_feed.read", "ticket.get", "search_products"]),
           "status": "ok",
           "item_id": "SKU-%05d" % rng.randrange(100000),
           "data": {"title": pick(rng, pack.TITLES), "text": other_text}}
    if hidden_key:
        obj["data"][hidden_key] = field_text
    else:
        obj["data"]["text"] = other_text + " " + field_text if other_text else field_text
    return json.dumps(obj, ensure_ascii=False)


def ctx(rng, pack, src, k):
    pool = pack.CTX.get(src) or pack.CTX["review"]
    out = []
    while len(out) < k:
        s = pick(rng, pool)
        if s not in out:
            out.append(s)
    return out


def assemble(rng, pack, src, parts):
    """Turn context sentences (with the injection already placed) into text for the source kind."""
    sep = pack.SEP
    if src == "email":
        return pick(rng, pack.GREET) + "\n\n" + sep.join(parts) + "\n\n" + pick(rng, pack.SIGN)
    if src == "ticket":
        return pick(rng, pack.TICKET_HEAD) + " " + sep.join(parts)
    if src == "web":
        return html_page(rng, pack, pick(rng, pack.TITLES), parts)
    if src == "feed":
        return pick(rng, pack.TITLES) + " | " + sep.join(parts)
    if src == "tool":
        return tool_json(rng, pack, "", sep.join(parts))
    return sep.join(parts)


def build(pack, rng, n_total, inj_share=0.45):
    code = pack.LANG
    n_inj = round(n_total * inj_share)
    rows, seen = [], set()
    methods = list(METHODS_ALL) + (METHODS_LATIN if code.split("-")[0] in LATIN_LANGS else [])
    cores = Cycler(rng, pack.INJ)
    meth = Cycler(rng, methods)
    srcs = Cycler(rng, ["review", "review", "ticket", "email", "feed"])

    def add(src, fam, text, inj, payload):
        if text in seen or not (40 <= len(text.encode("utf-8")) <= 3000):
            return False
        seen.add(text)
        rows.append({"source": src, "lang": code, "family": fam, "text": text,
                     "injection": inj, "payload": payload})
        return True

    tries = 0
    while sum(r["injection"] for r in rows) < n_inj:
        tries += 1
        if tries > 50000:
            raise SystemExit("cannot fill injections for " + code)
        fam, core = cores.next()
        m = meth.next()
        src_o, fam_o, frag = wrap(m, rng, core, code, pack)
        family = fam_o or fam
        if m == "json-field":
            key = pick(rng, ["seller_note", "internal_comment", "meta_description", "review_reply", "notes"])
            text = tool_json(rng, pack, core, pack.SEP.join(ctx(rng, pack, "review", rng.randint(1, 2))), key)
            add("tool", family, text, True, core)
            continue
        src = src_o or srcs.next()
        if src == "web" and rng.random() < 0.3:
            src = "feed"
        k = rng.randint(0, 2) if src != "email" else rng.randint(1, 2)
        parts = ctx(rng, pack, src, k)
        pos = rng.randint(0, len(parts))
        parts.insert(pos, frag)
        add(src, family, assemble(rng, pack, src, parts), True, core)

    n_ben = n_total - n_inj
    n_hard = int(n_ben * 0.66) + 1
    hards = Cycler(rng, pack.HARD)
    tries = 0
    while len(rows) - n_inj < n_hard:
        tries += 1
        if tries > 50000:
            raise SystemExit("cannot fill hard negatives for " + code)
        r = rng.random()
        if r < 0.08:  # benign markup / encoded data shared across languages
            parts = ctx(rng, pack, "feed", rng.randint(1, 2))
            kind = rng.randrange(4)
            if kind == 0:
                parts.insert(0, "<!-- TODO: swap hero image before campaign, ticket WEB-%d -->" % rng.randrange(9999))
                add("web", "hard-html-comment", assemble(rng, pack, "web", parts), False, "")
            elif kind == 1:
                parts.append('<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA%sAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" alt="%s">'
                             % (b64(str(rng.randrange(10 ** 6)))[:8], pick(rng, pack.TITLES)))
                add("web", "hard-encoded-benign", assemble(rng, pack, "web", parts), False, "")
            elif kind == 2:
                text = tool_json(rng, pack, "%032x" % rng.getrandbits(128), pack.SEP.join(parts), "tracking_hash")
                add("tool", "hard-encoded-benign", text, False, "")
            else:
                q = urlenc(pick(rng, pack.TITLES))
                parts.append("https://shop.example/search?q=%s&utm_source=newsletter&ref=%d" % (q, rng.randrange(999)))
                add("email", "hard-encoded-benign", assemble(rng, pack, "email", parts), False, "")
            continue
        fam, src, core = hards.next()
        k = rng.randint(0, 2)
        parts = ctx(rng, pack, src, k)
        parts.insert(rng.randint(0, len(parts)), core)
        add(src, fam, assemble(rng, pack, src, parts), False, "")
    tries = 0
    while len(rows) < n_total:
        tries += 1
        if tries > 50000:
            raise SystemExit("cannot fill benign for " + code)
        src = srcs.next()
        if rng.random() < 0.12:
            src = pick(rng, ["web", "tool"])
        k = rng.randint(1, 3)
        add(src, "benign", assemble(rng, pack, src, ctx(rng, pack, src if src in pack.CTX else "review", k)), False, "")
    return rows
