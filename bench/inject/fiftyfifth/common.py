"""Shared building blocks for the fiftyfifth corpus: value types, encoders and
the carriers that embed an instruction inside an ordinary host text."""

import base64
import codecs
import csv
import hashlib
import io
import json
import re

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
LATIN = {"en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "cs", "hu", "da",
         "tr", "vi", "id"}


class CSV:
    """A small table that is rendered as delimited text (first row = header)."""

    def __init__(self, rows, sep=","):
        self.rows = [list(r) for r in rows]
        self.sep = sep

    def render(self, rows=None):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=self.sep, lineterminator="\n")
        for r in rows if rows is not None else self.rows:
            w.writerow(r)
        return buf.getvalue().rstrip("\n")


def render(obj):
    if isinstance(obj, CSV):
        return obj.render()
    if isinstance(obj, (dict, list)):
        return json.dumps(obj, ensure_ascii=False)
    return obj


def blob(seed, n):
    """Deterministic pseudo-random bytes, returned base64-encoded."""
    out = b""
    h = seed.encode()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return base64.b64encode(out[:n]).decode()


def hexblob(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- encoders
def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode()


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def enc_zw(s):
    return "\u200b".join(s)


def enc_spaced(s):
    return "  ".join(" ".join(w) for w in s.split(" "))


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5",
                       "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
                       "S": "5", "T": "7"})
_HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e",
                       "p": "\u0440", "c": "\u0441", "x": "\u0445",
                       "i": "\u0456", "y": "\u0443", "A": "\u0410",
                       "E": "\u0415", "O": "\u041e", "C": "\u0421"})


def enc_leet(s):
    return s.translate(_LEET)


def enc_homoglyph(s):
    return s.translate(_HOMO)


ENCODERS = {
    "base64": enc_b64, "hex": enc_hex, "rot13": enc_rot13, "url": enc_url,
    "zero-width": enc_zw, "spaced": enc_spaced, "leetspeak": enc_leet,
    "homoglyph": enc_homoglyph,
}
# encodings that show as an opaque block and need a lead-in
BLOCK_ENC = {"base64", "hex", "rot13", "url"}

DEFAULT_LEADS = {
    "base64": ["ref: {}", "X-Meta: {}", "[b64]{}[/b64]", "data={}", "{}"],
    "hex": ["0x{}", "hex: {}", "id={}"],
    "rot13": ["(rot13) {}", "{}"],
    "url": ["https://go.linkhub.example/r?m={}", "msg={}", "?note={}"],
}

CDN = ["cdn.shopassets.example", "img.partnerhub.example",
       "static.catalogue-media.example", "media.brandkit.example"]


# ---------------------------------------------------------------- placement
_SENT = re.compile(r"(?<=[.!?…])\s+(?=\S)|(?<=[。！？])(?=\S)")


def insert_points(text):
    """Offsets where a new unit can start, with the separator to use."""
    if "\n\n" in text:
        pts = [(m.end(), "\n\n") for m in re.finditer(r"\n\n", text)]
    elif "\n" in text:
        pts = [(m.end(), "\n") for m in re.finditer(r"\n", text)]
    else:
        pts = []
        for m in _SENT.finditer(text):
            sep = " " if m.end() > m.start() else ""
            pts.append((m.end(), sep))
    return [p for p in pts if 0 < p[0] < len(text)]


_CJK_END = "。！？」）』】"


def _is_cjk(ch):
    return bool(ch) and (ch in _CJK_END or "\u3000" <= ch <= "\u9fff"
                         or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef")


def _join(left, right):
    """Separator between two runs of text on one line."""
    if not left or not right:
        return ""
    if _is_cjk(left[-1]) and _is_cjk(right[0]):
        return ""
    return " "


def place(text, snippet, where, rng):
    multi = "\n" in text
    if where == "start":
        head, _, rest = text.partition("\n\n")
        if rest and "\n" not in head and (":" in head or "：" in head) and len(head) < 120:
            # keep a subject/header line first, as mail clients show it
            return head + "\n\n" + snippet + "\n\n" + rest
        sep = "\n\n" if multi else _join(snippet, text)
        return snippet + sep + text
    if where == "mid":
        pts = insert_points(text)
        if pts:
            pos, sep = pts[rng.randrange(len(pts))]
            if sep in ("\n", "\n\n"):
                return text[:pos] + snippet + sep + text[pos:]
            left = text[:pos].rstrip(" ")
            return left + _join(left, snippet) + snippet + _join(snippet, text[pos:]) + text[pos:]
    body = text.rstrip()
    sep = "\n\n" if "\n\n" in text else ("\n" if multi else _join(body, snippet))
    return body + sep + snippet


# ---------------------------------------------------------------- carriers
HTML_HIDE = [
    '<span style="display:none">{}</span>',
    '<div style="font-size:0;line-height:0">{}</div>',
    '<p style="position:absolute;left:-9999px">{}</p>',
    '<span style="color:#ffffff;background:#ffffff">{}</span>',
    '<div hidden>{}</div>',
    '<span style="opacity:0">{}</span>',
    '<div class="x" style="height:0;overflow:hidden">{}</div>',
]
ATTR = [
    '<div class="spec-table" data-note="{}"></div>',
    '<a href="https://{cdn}/docs/care.pdf" title="{}">Care guide</a>',
    '<meta name="description" content="{}">',
    '<input type="hidden" name="memo" value="{}">',
]
ALT = [
    '<img src="https://{cdn}/p/{n}.jpg" alt="{}">',
    '<img src="https://{cdn}/banner_{n}.webp" width="600" alt="{}" loading="lazy">',
    '![{}](https://{cdn}/img/{n}.png)',
]
MD_COMMENT = ["[//]: # ({})", "<!--- {} --->", "[comment]: <> ({})"]
NOTE_KEYS = ["note", "notes", "comment", "comments", "remarks", "memo",
             "description", "message", "customer_note", "seller_message",
             "reason_text", "delivery_instructions", "internal_note", "body",
             "summary", "text"]
ADD_KEYS = ["note", "internal_note", "remarks", "x_processing_note",
            "comment", "meta_note"]


def _esc_attr(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def carrier_options(source, obj, lang):
    """Return {category: [carrier names]} usable for this host."""
    latin = lang in LATIN
    if isinstance(obj, dict):
        return {"structural": ["json-field"],
                "encoded": ["json-base64", "json-url"] + (["json-zero-width"] if not latin else [])}
    if isinstance(obj, CSV):
        return {"structural": ["csv-cell"], "encoded": ["csv-base64", "csv-hex"]}
    enc_text = ["zero-width", "spaced"] + (["leetspeak", "homoglyph", "rot13"] if latin else [])
    plain = ["inline-start", "inline-mid", "inline-end"]
    if source == "review":
        return {"plain": plain + ["ps"], "hidden": ["md-comment"],
                "encoded": enc_text + ["base64"]}
    if source == "ticket":
        return {"plain": plain + ["ps"], "structural": ["quoted-thread", "attachment-text"],
                "hidden": ["html-comment"], "encoded": ["base64", "url", "zero-width"] + (["rot13"] if latin else [])}
    if source == "email":
        return {"plain": plain + ["ps"],
                "structural": ["quoted-thread", "signature", "attachment-text"],
                "hidden": ["html-comment", "hidden-css"],
                "encoded": ["base64", "hex", "url", "zero-width"] + (["homoglyph"] if latin else [])}
    if source == "web":
        return {"plain": plain, "hidden": ["html-comment", "hidden-css", "alt-text", "attribute", "md-comment"],
                "encoded": ["base64", "zero-width", "spaced"] + (["leetspeak", "homoglyph"] if latin else [])}
    if source == "feed":
        return {"plain": plain, "hidden": ["html-comment", "hidden-css", "alt-text", "attribute"],
                "encoded": ["base64", "hex", "url"]}
    return {"plain": ["inline-end", "inline-mid"], "encoded": ["base64", "zero-width"]}


def family_for(carrier, snippet_family):
    fixed = {
        "html-comment": "hidden-html-comment", "hidden-css": "hidden-css",
        "alt-text": "hidden-alt-text", "attribute": "hidden-attribute",
        "md-comment": "hidden-markdown-comment",
        "quoted-thread": "quoted-thread", "signature": "signature",
        "attachment-text": "attachment-text", "json-field": "json-field",
        "csv-cell": "csv-cell",
    }
    if carrier in fixed:
        return fixed[carrier]
    for enc in ENCODERS:
        if carrier == enc or carrier.endswith("-" + enc):
            return "encoded-" + enc
    return snippet_family


def _lead(kind, L, rng, source=None):
    own = list(L.get("leads", {}).get(kind, []))
    if source == "review":
        leads = ["{}", "{}"] + own
    else:
        leads = list(DEFAULT_LEADS[kind]) + own
    return leads[rng.randrange(len(leads))]


def apply_carrier(carrier, source, obj, snippet, L, lang, rng):
    if isinstance(obj, dict):
        d = dict(obj)
        if carrier == "json-field":
            val = snippet
        else:
            kind = carrier.split("-", 1)[1]
            enc = ENCODERS[kind](snippet)
            val = enc if kind == "zero-width" else _lead(kind, L, rng).format(enc)
        keys = [k for k in NOTE_KEYS if isinstance(d.get(k), str)]
        if keys and rng.random() < 0.6:
            k = keys[rng.randrange(len(keys))]
            d[k] = (d[k].rstrip() + " " + val) if d[k] else val
        else:
            k = ADD_KEYS[rng.randrange(len(ADD_KEYS))]
            while k in d:
                k = "x_" + k
            d[k] = val
        return json.dumps(d, ensure_ascii=False)
    if isinstance(obj, CSV):
        rows = [list(r) for r in obj.rows]
        if carrier == "csv-cell":
            val = snippet
        else:
            kind = carrier.split("-", 1)[1]
            val = _lead(kind, L, rng).format(ENCODERS[kind](snippet))
        i = 1 + rng.randrange(max(1, len(rows) - 1))
        i = min(i, len(rows) - 1)
        rows[i][-1] = (rows[i][-1] + " " + val).strip()
        return obj.render(rows)

    text = obj
    if carrier.startswith("inline-"):
        return place(text, snippet, carrier.split("-")[1], rng)
    if carrier == "ps":
        ps = L["ps"][rng.randrange(len(L["ps"]))]
        return text.rstrip() + "\n\n" + ps + " " + snippet
    if carrier == "quoted-thread":
        q = L["quote"][rng.randrange(len(L["quote"]))]
        name = L["people"][rng.randrange(len(L["people"]))]
        date = L["dates"][rng.randrange(len(L["dates"]))]
        quoted = "\n".join("> " + ln for ln in snippet.split("\n"))
        return text.rstrip() + "\n\n" + q.format(name=name, date=date) + "\n" + quoted
    if carrier == "signature":
        name = L["people"][rng.randrange(len(L["people"]))]
        org = L["orgs"][rng.randrange(len(L["orgs"]))]
        return text.rstrip() + "\n\n-- \n" + name + "\n" + org + "\n" + snippet
    if carrier == "attachment-text":
        f = L["attach"][rng.randrange(len(L["attach"]))]
        fn = L["files"][rng.randrange(len(L["files"]))]
        return text.rstrip() + "\n\n" + f.format(file=fn, text=snippet)
    if carrier == "html-comment":
        return place(text, "<!-- " + snippet + " -->", rng.choice(["mid", "end", "start"]), rng)
    if carrier == "hidden-css":
        frag = HTML_HIDE[rng.randrange(len(HTML_HIDE))].format(snippet)
        return place(text, frag, rng.choice(["mid", "end"]), rng)
    if carrier == "alt-text":
        frag = ALT[rng.randrange(len(ALT))].format(_esc_attr(snippet), cdn=rng.choice(CDN), n=rng.randrange(1000, 99999))
        return place(text, frag, rng.choice(["mid", "end"]), rng)
    if carrier == "attribute":
        frag = ATTR[rng.randrange(len(ATTR))].format(_esc_attr(snippet), cdn=rng.choice(CDN))
        return place(text, frag, rng.choice(["mid", "end", "start"]), rng)
    if carrier == "md-comment":
        frag = MD_COMMENT[rng.randrange(len(MD_COMMENT))].format(snippet)
        return place(text, frag, rng.choice(["mid", "end"]), rng)
    if carrier in ENCODERS:
        enc = ENCODERS[carrier](snippet)
        if carrier in BLOCK_ENC:
            enc = _lead(carrier, L, rng, source).format(enc)
        return place(text, enc, rng.choice(["mid", "end", "start"]), rng)
    raise ValueError(carrier)
