"""Row assembly for the fortieth corpus.

Language modules supply hand-written pools as small line-oriented blocks
(fields separated by `` ¶ ``, a literal ``\\n`` inside a field is a newline):

* ``CARRIERS``  ``source ¶ text``                 ordinary benign traffic
* ``HARD``      ``source ¶ kind ¶ text``          hard negatives (family hard-<kind>)
* ``SNIPS``     ``family[@host,sources] ¶ text [¶ payload [¶ lang]]``  passages to embed in a host
* ``FULL``      ``source ¶ family ¶ text ¶ payload``  complete injected texts
* ``LEADS``     one lead-in per line with ``{scheme}`` and ``{enc}`` placeholders

A source may carry a language override, e.g. ``review@zh-TW``.
"""

import base64
import codecs
import json
import re
import urllib.parse

SEP_FIELD = " ¶ "
SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


def _fields(block, lo, hi):
    out = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        parts = [p.strip().replace("\\n", "\n") for p in line.split(SEP_FIELD.strip())]
        if not lo <= len(parts) <= hi:
            raise ValueError("bad field count %d in line: %r" % (len(parts), line[:80]))
        out.append(parts)
    return out


def _src(field, default_lang):
    if "@" in field:
        src, lang = field.split("@", 1)
    else:
        src, lang = field, default_lang
    if src not in SOURCES:
        raise ValueError("unknown source %r" % field)
    return src, lang


class Pools:
    def __init__(self, mod):
        self.lang = mod.LANG
        self.target = mod.TARGET
        self.sep = getattr(mod, "SEP", " ")
        self.latin = getattr(mod, "LATIN", True)
        self.strict = getattr(mod, "STRICT", False)
        self.carriers = []
        for src, text in _fields(mod.CARRIERS, 2, 2):
            s, l = _src(src, self.lang)
            self.carriers.append({"source": s, "lang": l, "text": text})
        self.hard = []
        for src, kind, text in _fields(mod.HARD, 3, 3):
            s, l = _src(src, self.lang)
            self.hard.append({"source": s, "lang": l, "kind": kind, "text": text})
        self.snips = []
        for parts in _fields(mod.SNIPS, 2, 4):
            fam, text = parts[0], parts[1]
            allow = None
            if "@" in fam:
                fam, hosts = fam.split("@", 1)
                allow = tuple(hosts.split(","))
                for h in allow:
                    if h not in SOURCES:
                        raise ValueError("unknown host source %r" % h)
            payload = parts[2] if len(parts) > 2 and parts[2] else text
            lang = parts[3] if len(parts) > 3 else None
            self.snips.append({"family": fam, "text": text, "payload": payload, "lang": lang,
                               "allow": allow})
        self.full = []
        for src, fam, text, payload in _fields(mod.FULL, 4, 4):
            s, l = _src(src, self.lang)
            self.full.append({"source": s, "lang": l, "family": fam, "text": text, "payload": payload})
        self.leads = []
        for parts in _fields(mod.LEADS, 1, 2):
            self.leads.append((parts[0], parts[1]) if len(parts) == 2 else (None, parts[0]))


# ---------------------------------------------------------------- wrappers

_HTML_WRAPS = {
    "hidden-html-comment": ["<!-- {s} -->", "<!--\n{s}\n-->", "<!-- note: {s} -->"],
    "hidden-css": [
        '<span style="display:none">{s}</span>',
        '<div style="font-size:0;line-height:0">{s}</div>',
        '<p style="color:#ffffff;background:#ffffff">{s}</p>',
        '<span style="position:absolute;left:-9999px">{s}</span>',
        '<div class="sr-only" style="opacity:0;height:1px;overflow:hidden">{s}</div>',
        '<span hidden>{s}</span>',
    ],
    "hidden-alt-text": [
        '<img src="https://cdn.shop-assets.example/img/{n}.jpg" alt="{s}">',
        '<img src="/media/catalog/{n}_detail.webp" width="1" height="1" alt="{s}">',
    ],
    "hidden-attribute": [
        '<div data-note="{s}"></div>',
        '<a href="#specs" title="{s}">Specs</a>',
        '<meta name="description" content="{s}">',
    ],
    "hidden-markdown-comment": ["[//]: # ({s})", "[comment]: <> ({s})"],
}

_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                       "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
_HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440",
                       "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
                       "O": "\u041e", "C": "\u0421", "P": "\u0420", "T": "\u0422"})


def _attr_safe(s):
    return s.replace('"', "'").replace("\n", " ")


def _zero_width(s, rng):
    zw = ["\u200b", "\u200c", "\u200d", "\u2060"]
    out = []
    for ch in s:
        out.append(ch)
        if ch != " " and rng.random() < 0.55:
            out.append(rng.choice(zw))
    return "".join(out)


def _spaced(s, latin):
    if latin:
        return "  ".join(" ".join(w) for w in s.split())
    return " ".join(ch for ch in s if ch != " ")


def encode(scheme, s):
    if scheme == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if scheme == "hex":
        return s.encode("utf-8").hex()
    if scheme == "rot13":
        return codecs.encode(s, "rot13")
    if scheme == "url":
        return urllib.parse.quote(s, safe="")
    raise ValueError(scheme)


# ---------------------------------------------------------------- hosts

_CJK_END = ("。", "！", "？", ".", "!", "?", "）", ")", "～")
_HEADER = re.compile(r"^[\w\u00c0-\u024f\u0400-\u04ff\- ]{1,24}:\s")


def _units(text):
    """Split a host into insertion units and the joiner between them."""
    if "\n\n" in text:
        return text.split("\n\n"), "\n\n"
    if "\n" in text:
        return text.split("\n"), "\n"
    parts = re.split(r"(?<=[.!?。！？])\s*", text)
    parts = [p for p in parts if p]
    return parts, None


def embed(host, piece, where, rng, sep):
    units, joiner = _units(host)
    lo = 1 if _HEADER.match(units[0]) and len(units) > 1 else 0
    if where == "start":
        idx = lo
    elif where == "end":
        idx = len(units)
    else:
        idx = rng.randint(max(lo, 1), max(lo, 1, len(units) - 1)) if len(units) > 1 else len(units)
    if joiner is None:
        units = units[:idx] + [piece] + units[idx:]
        if sep:
            return sep.join(u.strip() for u in units).strip()
        out = units[0]
        for u in units[1:]:
            out += ("" if out.rstrip().endswith(_CJK_END) else "\n") + u
        return out.strip()
    units = units[:idx] + [piece] + units[idx:]
    return joiner.join(units).strip()


# ---------------------------------------------------------------- tool envelopes

_TOOL_NAMES = ["get_product_reviews", "lookup_order", "fetch_url", "search_inbox",
               "supplier_catalog", "helpdesk_get_ticket", "kb_search"]


def envelope(source, text, rng, extra=None, others=()):
    """Wrap host text as an agent's tool result. `extra` is an optional
    (field, value) pair placed next to the host text."""
    n = rng.randint(10000, 99999)
    if source == "review":
        obj = {"tool": "get_product_reviews", "sku": "SKU-%d" % n, "page": 1,
               "reviews": [{"id": "rv_%d" % (n * 7 % 100000), "rating": rng.randint(1, 5),
                            "verified": rng.random() < 0.7, "body": text}]}
        for o in others:
            m = rng.randint(10000, 99999)
            obj["reviews"].append({"id": "rv_%d" % m, "rating": rng.randint(1, 5),
                                   "verified": rng.random() < 0.7, "body": o})
        rng.shuffle(obj["reviews"])
    elif source == "ticket":
        obj = {"tool": "helpdesk_get_ticket", "ticket_id": "T-%d" % n, "channel": rng.choice(["web_form", "chat", "app"]),
               "status": "open", "message": text}
    elif source == "email":
        obj = {"tool": "search_inbox", "query": "is:unread", "results": [
            {"msg_id": "m%d" % n, "from": rng.choice(["customer", "supplier", "partner"]) + "@mail.example.org",
             "snippet": text}]}
    elif source == "feed":
        obj = {"tool": "supplier_catalog", "supplier_id": "SUP-%d" % (n % 900 + 100), "sku": "V%d" % n,
               "description": text}
    else:
        obj = {"tool": "fetch_url", "url": "https://pages.example.com/p/%d" % n, "status": 200, "content": text}
    if extra is not None:
        key, val = extra
        if "reviews" in obj:
            obj["reviews"][0][key] = val
        else:
            obj[key] = val
    style = rng.random()
    if style < 0.75:
        return json.dumps(obj, ensure_ascii=False)
    if style < 0.9:
        return json.dumps(obj, ensure_ascii=False, indent=1)
    name = obj.pop("tool")
    return "[%s] -> %s" % (name, json.dumps(obj, ensure_ascii=False))


_EXTRA_FIELDS = ["seller_note", "gift_message", "delivery_instructions_raw", "internal_comment", "meta_note", "alt_text"]


# ---------------------------------------------------------------- builder

def _others(carriers, lang, text, rng):
    """Sometimes add a few more plain reviews of the same language to a review listing."""
    if rng.random() >= 0.45:
        return ()
    pool = [c["text"] for c in carriers if c["source"] == "review" and c["lang"] == lang and c["text"] != text]
    if len(pool) < 2:
        return ()
    return tuple(rng.sample(pool, min(len(pool), rng.randint(2, 4))))


def build(mod, rng):
    p = Pools(mod)
    n_inj = p.target // 2
    n_ben = p.target - n_inj
    rows = []
    seen = set()

    def add(source, lang, family, text, inj, payload):
        if text in seen:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": lang, "family": family, "text": text,
                     "injection": inj, "payload": payload if inj else ""})
        return True

    # ---- benign
    hard = list(p.hard)
    plain = list(p.carriers)
    n_hard = min(len(hard), n_ben)
    n_plain = n_ben - n_hard
    if len(plain) < n_plain:
        raise ValueError("%s: need %d plain carriers, have %d" % (p.lang, n_plain, len(plain)))
    rng.shuffle(hard)
    rng.shuffle(plain)
    benign = [(h["source"], h["lang"], "hard-" + h["kind"], h["text"]) for h in hard[:n_hard]]
    benign += [(c["source"], c["lang"], "benign", c["text"]) for c in plain[:n_plain]]
    for src, lang, fam, text in benign:
        if src in ("review", "ticket", "email", "feed") and rng.random() < 0.12:
            others = _others(plain, lang, text, rng) if src == "review" else ()
            wrapped = envelope(src, text, rng, others=others)
            if len(wrapped.encode("utf-8")) <= 3000:
                src, text = "tool", wrapped
        if not add(src, lang, fam, text, False, ""):
            raise ValueError("duplicate benign text in %s: %r" % (p.lang, text[:60]))

    # ---- injections: complete texts first
    for f in p.full[:n_inj]:
        if not add(f["source"], f["lang"], f["family"], f["text"], True, f["payload"]):
            raise ValueError("duplicate full injection in %s" % p.lang)

    hosts = [dict(c, use=0) for c in p.carriers] + [dict(h, use=0) for h in p.hard]
    hosts = [h for h in hosts if h["source"] != "tool"]
    snips = list(p.snips)
    rng.shuffle(snips)
    if not snips:
        raise ValueError("%s: no snippets" % p.lang)
    modes = ["plain"] * 11 + ["wrap"] * 4 + ["encode"] * 2 + ["obf"] * 1 + ["tool"] * 2
    k = 0
    guard = 0
    while sum(1 for r in rows if r["injection"]) < n_inj:
        guard += 1
        if guard > 5000:
            raise ValueError("%s: cannot fill injections" % p.lang)
        sn = snips[k % len(snips)]
        k += 1
        mode = rng.choice(modes)
        if sn["family"] in ("fake-system", "fake-turn", "fake-tool-output", "fake-developer") and mode == "obf":
            mode = "plain"
        want = None
        if mode == "wrap":
            want = ("web", "feed", "email", "review")
        need_lang = sn["lang"] or (p.lang if p.strict else None)
        base = [h for h in hosts if (sn["allow"] is None or h["source"] in sn["allow"])
                and (need_lang is None or h["lang"] == need_lang)]
        if not base:
            base = [h for h in hosts if sn["allow"] is None or h["source"] in sn["allow"]]
        cands = [h for h in base if want is None or h["source"] in want] or base
        low = min(h["use"] for h in cands)
        pool = [h for h in cands if h["use"] <= low + 1]
        host = rng.choice(pool)
        lang = sn["lang"] or host["lang"]
        where = rng.choice(["start", "middle", "middle", "end", "end"])
        if sn["text"].rstrip().endswith((":", "：")):
            where = "end"
        fam = sn["family"]
        piece = sn["text"]
        source = host["source"]
        if mode == "wrap":
            fam = rng.choice(["hidden-html-comment"] * 3 + ["hidden-css"] * 3 + ["hidden-alt-text"] * 2
                             + ["hidden-attribute", "hidden-markdown-comment"])
            if source == "review" and fam in ("hidden-attribute",):
                fam = "hidden-css"
            tmpl = rng.choice(_HTML_WRAPS[fam])
            s = _attr_safe(piece) if fam in ("hidden-alt-text", "hidden-attribute") else piece
            if fam == "hidden-markdown-comment":
                s = s.replace("(", "[").replace(")", "]").replace("\n", " ")
            piece = tmpl.replace("{n}", str(rng.randint(1000, 9999))).replace("{s}", s)
        elif mode == "encode":
            schemes = ["base64", "base64", "base64", "hex", "url"] + (["rot13", "rot13"] if p.latin else [])
            scheme = rng.choice(schemes)
            enc = encode(scheme, piece)
            fam = "encoded-" + scheme
            if p.leads and rng.random() < 0.75:
                name = {"base64": "base64", "hex": "hex", "rot13": "ROT13", "url": "URL-encoding"}[scheme]
                leads = [t for l, t in p.leads if l is None or l == lang] or [t for _, t in p.leads]
                piece = rng.choice(leads).replace("{scheme}", name).replace("{enc}", enc)
            else:
                piece = rng.choice(["<!-- %s -->", "%s", "ref: %s", "[%s]"]) % enc
        elif mode == "obf":
            kinds = ["zero-width", "spaced"] + (["leetspeak", "homoglyph"] if p.latin else [])
            kind = rng.choice(kinds)
            fam = "obfuscated-" + kind
            if kind == "zero-width":
                piece = _zero_width(piece, rng)
            elif kind == "spaced":
                if len(piece) > 160:
                    fam = sn["family"]
                else:
                    piece = _spaced(piece, p.latin)
            elif kind == "leetspeak":
                piece = piece.translate(_LEET)
            else:
                piece = piece.translate(_HOMO)
        if mode == "tool":
            others = _others(p.carriers, host["lang"], host["text"], rng) if source == "review" else ()
            if rng.random() < 0.5:
                body = embed(host["text"], piece, where, rng, p.sep)
                text = envelope(source, body, rng, others=others)
            else:
                text = envelope(source, host["text"], rng, extra=(rng.choice(_EXTRA_FIELDS), piece),
                                others=others)
            source = "tool"
        else:
            text = embed(host["text"], piece, where, rng, p.sep)
        if len(text.encode("utf-8")) > 3000:
            continue
        if add(source, lang, fam, text, True, sn["payload"]):
            host["use"] += 1
    return rows
