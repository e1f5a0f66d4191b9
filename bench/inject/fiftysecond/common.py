"""Shared assembly code for the store_fiftysecond corpus.

Language modules only hold data. This module turns that data into
rows: it places instruction snippets inside natural carrier texts (plainly,
hidden in markup, or encoded), wraps some texts as agent tool results, adds
benign look-alike markup and encoded data, and checks the quotas.

Data conventions used by the language modules
---------------------------------------------
HOSTS       list of (source, text). Ordinary texts that are used on their own
            as benign rows and as carriers for injections. A text may contain
            one slot: {J|filler} (inside a JSON string), {C|filler} (inside a
            quoted CSV field), {M|filler} (inside XML/HTML text) or
            {X|filler} (raw). The benign version keeps the filler; a carrier
            version adds the snippet next to the filler.
INJ         list of (family, text) or (family, text, payload). Instruction
            snippets that are placed into a carrier.
INJ_FULL    list of (source, family, text, payload). Complete injection texts.
HARD        list of (kind, sources, text). Benign look-alike sentences placed
            into a carrier whose source is in `sources` (a string such as
            "review email").
HARD_FULL   list of (source, kind, text). Complete hard-negative texts.
ENC_LEADS   short lead-ins in the language, put before an encoded blob.
"""

import base64
import codecs
import hashlib
import json
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

LATIN = {"en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "da", "fi", "tr", "ms", "id"}
CYRILLIC = {"ru", "uk"}
NO_SPACE = {"ja", "zh-CN", "zh-TW"}

SLOT_RE = re.compile(r"\{([JCMX])\|([^{}]*)\}")

# --------------------------------------------------------------------------
# encodings


def enc_base64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_rot13(s):
    return codecs.encode(s, "rot13")


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                       "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})


def enc_leet(s):
    return s.translate(_LEET)


_TO_CYR = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
                         "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
                         "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
                         "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a"})
_TO_LAT = str.maketrans({"\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p",
                         "\u0441": "c", "\u0445": "x", "\u0443": "y", "\u0456": "i",
                         "\u0410": "A", "\u0415": "E", "\u041e": "O", "\u0420": "P",
                         "\u0421": "C", "\u0422": "T", "\u041d": "H", "\u041a": "K"})


def enc_homoglyph(s, lang):
    return s.translate(_TO_LAT if lang in CYRILLIC else _TO_CYR)


def enc_zero_width(s, rng):
    marks = ["\u200b", "\u200c", "\u200d", "\u2060"]
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch != " " and i % rng.choice((1, 2, 2, 3)) == 0:
            out.append(rng.choice(marks))
    return "".join(out)


def enc_spaced(s, lang):
    if lang in NO_SPACE or lang in {"th"}:
        return " ".join(ch for ch in s if not ch.isspace())
    words = s.split()
    return "   ".join(" ".join(w) for w in words)


ENC_BLOB = {"base64": enc_base64, "hex": enc_hex, "url": enc_url}

GENERIC_LEADS = ["", "", "ref:", "#", "data:", "~", "[meta]", "cfg=", "//"]


def allowed_encodings(lang):
    encs = ["base64", "base64", "hex", "url", "zero-width", "spaced"]
    if lang in LATIN:
        encs += ["rot13", "leetspeak", "homoglyph", "homoglyph"]
    elif lang in CYRILLIC:
        encs += ["homoglyph", "homoglyph"]
    return encs


def encode_snippet(snippet, enc, lang, leads, rng):
    """Return encoded text ready to be placed into a carrier."""
    if enc in ENC_BLOB:
        blob = ENC_BLOB[enc](snippet)
        lead = rng.choice(list(leads) + GENERIC_LEADS)
        return (lead + " " + blob).strip()
    if enc == "rot13":
        return enc_rot13(snippet)
    if enc == "leetspeak":
        return enc_leet(snippet)
    if enc == "homoglyph":
        return enc_homoglyph(snippet, lang)
    if enc == "zero-width":
        return enc_zero_width(snippet, rng)
    if enc == "spaced":
        return enc_spaced(snippet, lang)
    raise ValueError(enc)


# --------------------------------------------------------------------------
# hiding in markup


def _attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


HIDDEN_STYLES = [
    '<span style="display:none">{}</span>',
    '<div style="font-size:0;line-height:0;color:transparent">{}</div>',
    '<p style="position:absolute;left:-9999px;top:-9999px">{}</p>',
    '<span style="color:#ffffff;background:#ffffff;font-size:1px">{}</span>',
    '<div hidden>{}</div>',
    '<span class="visually-hidden" style="opacity:0;height:0;overflow:hidden">{}</span>',
    '<small style="visibility:hidden">{}</small>',
]


def hide(snippet, how, rng, ident):
    if how == "hidden-html-comment":
        return "<!-- " + snippet.replace("--", "- -") + " -->"
    if how == "hidden-css":
        return rng.choice(HIDDEN_STYLES).format(snippet)
    if how == "hidden-alt-text":
        return '<img src="/media/catalog/{}.jpg" alt="{}" width="640">'.format(ident, _attr(snippet))
    if how == "hidden-attribute":
        attr = rng.choice(["data-note", "data-ai-hint", "title", "aria-description", "data-meta"])
        tag = rng.choice(["div", "span", "section", "a"])
        if tag == "a":
            return '<a href="#specs" {}="{}">&nbsp;</a>'.format(attr, _attr(snippet))
        return '<{0} class="pd-extra" {1}="{2}"></{0}>'.format(tag, attr, _attr(snippet))
    if how == "hidden-markdown-comment":
        return "[//]: # (" + snippet.replace("(", "[").replace(")", "]") + ")"
    raise ValueError(how)


# --------------------------------------------------------------------------
# slots and insertion


def _escape(kind, s):
    if kind == "J":
        return json.dumps(s, ensure_ascii=False)[1:-1]
    if kind == "C":
        return s.replace('"', '""').replace("\n", " ")
    if kind == "M":
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s


def has_slot(text):
    return SLOT_RE.search(text) is not None


def benign_version(text):
    return SLOT_RE.sub(lambda m: _escape(m.group(1), m.group(2)), text)


def fill_slot(text, snippet, rng, raw_markup=False):
    def rep(m):
        kind, filler = m.group(1), m.group(2)
        if kind == "M" and raw_markup:
            ins = snippet
            fill = _escape("M", filler)
        else:
            ins = _escape(kind, snippet)
            fill = _escape(kind, filler)
        if not filler:
            return ins
        return (fill + " " + ins) if rng.random() < 0.7 else (ins + " " + fill)
    return SLOT_RE.sub(rep, text, count=1)


_SENT_SPACE = re.compile(r"(?<=[.!?…])\s+(?=\S)")
_SENT_CJK = re.compile(r"(?<=[。！？!?])")


def insert_into(text, snippet, lang, rng, position=None):
    """Insert snippet at start, middle or end of text (line or sentence level)."""
    if position is None:
        position = rng.choice(["start", "middle", "middle", "end", "end"])
    if "\n" in text:
        lines = text.split("\n")
        if position == "start":
            idx = 0
        elif position == "end":
            idx = len(lines)
        else:
            idx = rng.randint(1, max(1, len(lines) - 1))
        # keep quoted blocks and signatures intact where possible
        new = lines[:idx] + [snippet] + lines[idx:]
        return "\n".join(new)
    if lang in NO_SPACE:
        parts = [p for p in _SENT_CJK.split(text) if p]
        joiner = ""
    else:
        parts = _SENT_SPACE.split(text)
        joiner = " "
    if position == "start" or len(parts) == 1 and position == "middle":
        idx = 0 if position == "start" else 1
    elif position == "end":
        idx = len(parts)
    else:
        idx = rng.randint(1, len(parts) - 1) if len(parts) > 1 else 1
    sep_l = joiner if idx > 0 else ""
    sep_r = joiner if idx < len(parts) else ""
    left = joiner.join(parts[:idx])
    right = joiner.join(parts[idx:])
    if rng.random() < 0.25 and idx not in (0, len(parts)):
        return left + "\n\n" + snippet + "\n\n" + right
    return left + sep_l + snippet + sep_r + right


def is_markup(source, text):
    return source in ("web", "feed") and ("<" in text and ">" in text)


# --------------------------------------------------------------------------
# tool-result wrapping

TOOL_WRAPS = {
    "review": [("reviews.list", "body"), ("product_reviews.export", "review_text"), ("ugc.fetch", "content")],
    "ticket": [("helpdesk.get_ticket", "description"), ("zendesk_like.ticket_view", "body"), ("support.inbox_item", "message")],
    "email": [("mail.read_message", "body"), ("inbox.fetch", "text"), ("gmail_like.get", "snippet_full")],
    "feed": [("catalog.import_preview", "raw"), ("feed.fetch", "payload")],
    "web": [("browser.fetch", "content"), ("web_fetch", "html"), ("search.open_result", "page_text")],
}


def wrap_tool(source, text, rng, ident):
    name, field = rng.choice(TOOL_WRAPS[source])
    obj = {"tool": name, "status": "ok", "id": ident}
    if source == "web":
        obj["url"] = "https://{}.example/{}".format(rng.choice(["rivalshop", "compare-hub", "deals-index", "forum.gadgetfans", "blog.cookhouse"]), ident)
    obj[field] = text
    if rng.random() < 0.5:
        obj["truncated"] = False
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


# --------------------------------------------------------------------------
# benign look-alikes generated from carriers

_PNG_HEAD = bytes.fromhex("89504e470d0a1a0a0000000d49484452")


def fake_png_b64(seed):
    body = hashlib.sha256(seed.encode()).digest() + hashlib.md5(seed.encode()).digest()
    return base64.b64encode(_PNG_HEAD + body).decode()


BENIGN_COMMENTS = [
    "<!-- /.product-gallery -->",
    "<!-- begin: size & spec table -->",
    "<!-- TODO(web): swap hero image after the spring shoot -->",
    "<!-- tracking pixel v3, do not remove -->",
    "<!-- build 2024.11.3 / theme dawn-custom -->",
    "<!-- lazyload placeholder -->",
    "<!-- ignore: legacy markup kept for old app versions -->",
    "<!-- system banner slot (empty) -->",
    "<!-- prompt: newsletter modal disabled on PDP -->",
    "<!-- override grid gap for mobile, see ticket WEB-412 -->",
]


def generated_hard(lang, hosts, host_use, rng, count):
    """Benign rows with encoded data, tracking links or developer comments."""
    out = []
    web = [i for i, h in enumerate(hosts) if h[0] in ("web", "feed") and not has_slot(h[1])]
    mail = [i for i, h in enumerate(hosts) if h[0] in ("email", "ticket") and not has_slot(h[1])]
    for k in range(count):
        kind = k % 3
        pool = web if (kind in (0, 1) and web) else mail
        if not pool:
            pool = web
        if not pool:
            break
        i = min(pool, key=lambda j: (host_use[j], rng.random()))
        host_use[i] += 1
        src, text = hosts[i]
        if pool is web and kind == 0:
            extra = '<img src="data:image/png;base64,{}" width="1" height="1">'.format(fake_png_b64("{}-{}".format(lang, k)))
            fam = "hard-encoded-data"
        elif pool is web:
            extra = rng.choice(BENIGN_COMMENTS)
            fam = "hard-html-comment"
        else:
            h = hashlib.sha1("{}{}".format(lang, k).encode()).hexdigest()
            q = urllib.parse.urlencode({"utm_source": "crm", "utm_campaign": "order update", "ref": h[:16]})
            extra = rng.choice([
                "https://track.parcel-hub.example/t?{}".format(q),
                "Ref: {}".format(h),
                "https://shop.example/account/orders?{}".format(q),
            ])
            fam = "hard-encoded-data"
        pos = "end" if pool is mail else rng.choice(["start", "middle", "end"])
        out.append((src, fam, insert_into(text, extra, lang, rng, pos)))
    return out


# --------------------------------------------------------------------------
# assembly


def _norm_inj(item):
    if len(item) == 3:
        return item
    fam, text = item
    return fam, text, text


def build(mod, lang, n_inj, n_ben, min_hard, rng, host_cap=4, snip_cap=3, tool_rate=0.1):
    """Build rows for one language module. Returns list of dicts (no id)."""
    rows = []
    seen = set()
    hosts = list(mod.HOSTS)
    host_use = {i: 0 for i in range(len(hosts))}
    leads = getattr(mod, "ENC_LEADS", [])

    def add(source, family, text, inj, payload):
        if text in seen:
            return False
        if not (40 <= len(text.encode("utf-8")) <= 3000):
            return False
        seen.add(text)
        rows.append({"source": source, "lang": lang, "family": family,
                     "text": text, "injection": inj, "payload": payload if inj else ""})
        return True

    def maybe_tool(source, text, ident):
        if source != "tool" and source in TOOL_WRAPS and rng.random() < tool_rate:
            return "tool", wrap_tool(source, text, rng, ident)
        return source, text

    # ---------------- benign
    hard = []
    for src, kind, text in mod.HARD_FULL:
        hard.append((src, kind if kind.startswith("hard-") else "hard-" + kind, text))
    for kind, srcs, text in getattr(mod, "HARD", []):
        cands = [i for i, h in enumerate(hosts) if h[0] in srcs.split() and not has_slot(h[1])]
        rng.shuffle(cands)
        cands.sort(key=lambda i: host_use[i])
        if not cands:
            raise ValueError("no carrier for hard snippet in {}: {}".format(lang, text[:40]))
        i = cands[0]
        host_use[i] += 1
        hard.append((hosts[i][0], kind if kind.startswith("hard-") else "hard-" + kind,
                     insert_into(hosts[i][1], text, lang, rng, rng.choice(["middle", "end", "end"]))))
    n_gen = max(1, min(getattr(mod, "GEN_HARD", n_ben // 12), n_ben // 6))
    hard += generated_hard(lang, hosts, host_use, rng, n_gen)
    rng.shuffle(hard)
    ben_added = 0
    hard_added = 0
    for k, (src, fam, text) in enumerate(hard):
        if ben_added >= n_ben:
            break
        src2, text2 = maybe_tool(src, text, "h{}{}".format(lang, k))
        if add(src2, fam, text2, False, ""):
            ben_added += 1
            hard_added += 1
    order = list(range(len(hosts)))
    rng.shuffle(order)
    for k in order:
        if ben_added >= n_ben:
            break
        src, text = hosts[k]
        src2, text2 = maybe_tool(src, benign_version(text), "b{}{}".format(lang, k))
        if add(src2, "benign", text2, False, ""):
            ben_added += 1
            host_use[k] += 1
    if ben_added < n_ben:
        raise ValueError("{}: only {} benign rows for {}".format(lang, ben_added, n_ben))
    if hard_added < min_hard:
        raise ValueError("{}: only {} hard negatives (need {})".format(lang, hard_added, min_hard))

    # ---------------- injections
    inj_added = 0
    for k, (src, fam, text, payload) in enumerate(mod.INJ_FULL):
        if inj_added >= n_inj:
            break
        src2, text2 = maybe_tool(src, text, "i{}{}".format(lang, k))
        if add(src2, fam, text2, True, payload):
            inj_added += 1
        else:
            raise ValueError("{}: rejected INJ_FULL #{} ({} bytes)".format(lang, k, len(text.encode())))
    snippets = [_norm_inj(s) for s in mod.INJ]
    snip_use = [0] * len(snippets)
    encs = allowed_encodings(lang)
    guard = 0
    while inj_added < n_inj:
        guard += 1
        if guard > 20000:
            raise ValueError("{}: could not reach {} injections (have {})".format(lang, n_inj, inj_added))
        cands = [j for j in range(len(snippets)) if snip_use[j] < snip_cap]
        if not cands:
            raise ValueError("{}: snippets exhausted at {} of {} injections".format(lang, inj_added, n_inj))
        low = min(snip_use[j] for j in cands)
        j = rng.choice([j for j in cands if snip_use[j] == low])
        fam, snip, payload = snippets[j]
        hcands = [i for i in range(len(hosts)) if host_use[i] < host_cap]
        if not hcands:
            raise ValueError("{}: carriers exhausted".format(lang))
        lowh = min(host_use[i] for i in hcands)
        i = rng.choice([i for i in hcands if host_use[i] <= lowh + 1])
        src, host = hosts[i]
        markup = is_markup(src, host)
        r = rng.random()
        family = fam
        placed = snip
        raw_markup = False
        mode = "plain"
        if markup:
            if r < 0.45:
                mode = "hide"
            elif r >= 0.75:
                mode = "enc"
        else:
            if 0.68 <= r < 0.76 and src in ("review", "ticket"):
                mode = "md"
            elif r >= 0.76:
                mode = "enc"
        if mode == "hide":
            how = rng.choice(["hidden-html-comment", "hidden-css", "hidden-css", "hidden-alt-text", "hidden-attribute"])
            placed = hide(snip, how, rng, "{}-{}".format(lang, guard))
            family = how
            raw_markup = True
        elif mode == "md":
            placed = hide(snip, "hidden-markdown-comment", rng, "")
            family = "hidden-markdown-comment"
        elif mode == "enc":
            enc = rng.choice(encs)
            placed = encode_snippet(snip, enc, lang, leads, rng)
            family = "encoded-" + enc
            if markup and enc in ENC_BLOB and rng.random() < 0.5:
                placed = hide(placed, "hidden-html-comment", rng, "")
                raw_markup = True
        if has_slot(host):
            text = fill_slot(host, placed, rng, raw_markup=raw_markup)
        elif mode == "md":
            text = (host + "\n\n" + placed) if rng.random() < 0.6 else (placed + "\n\n" + host)
        else:
            text = insert_into(host, placed, lang, rng)
        src2, text2 = maybe_tool(src, text, "c{}{}".format(lang, guard))
        if add(src2, family, text2, True, payload):
            inj_added += 1
            snip_use[j] += 1
            host_use[i] += 1
    return rows


# --------------------------------------------------------------------------
# validation

KEYS = ["id", "split", "source", "lang", "family", "text", "injection", "payload"]
FAMILY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def validate(rows):
    ids = set()
    texts = set()
    for r in rows:
        assert list(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        n = len(r["text"].encode("utf-8"))
        assert 40 <= n <= 3000, (r["id"], n)
        assert r["source"] in SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert bool(r["payload"]) == r["injection"], r["id"]
        assert FAMILY_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["family"] != "benign" and not r["family"].startswith("hard-"), r["id"]
        else:
            assert r["family"] == "benign" or r["family"].startswith("hard-"), r["id"]
