"""Shared machinery for the seventieth corpus.

Language modules only hold data (market details, record layouts, hand-written
notes and planted instructions); everything that turns that data into rows
lives here: pools that spread usage evenly, record filling, hiding in markup,
encodings, benign encoded blobs and the per-language row builder.
"""
import base64
import codecs
import datetime
import json
import math
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

# hard-negative families whose text is written by an outsider (goes in $c)
HARD_WHO = {
    "hard-customer-request": "cust",
    "hard-social-engineering": "cust",
    "hard-bot-complaint": "cust",
    "hard-product-imperative": "rev",
    "hard-ai-product-review": "rev",
    "hard-courier-note": "cour",
    "hard-supplier-note": "supp",
    "hard-seller-message": "sell",
}

# injection families that fit each kind of outsider field without a @who tag;
# customer-written fields ("cust") take every family
REVIEW_FAMILIES = {
    "summary-manipulation", "ranking-manipulation", "rating-manipulation",
    "memory-poisoning", "persona-change", "prompt-leak", "exfil-link",
    "exfil-image", "fake-system",
}
WHO_FAMILIES = {
    "rev": REVIEW_FAMILIES,
    "sell": {"prompt-leak", "credential-leak", "exfil-email", "exfil-link", "persona-change"},
    "supp": {"prompt-leak", "credential-leak", "exfil-email"},
    "cour": {"fake-tool-result"},
}
# untagged summary/rating items that talk about reviews belong in review fields
REVIEW_WORDS = re.compile(
    r"review|Bewertung|avis|opini|recensi|avalia|recenz|отзыв|değerlendirme|تقييم|ביקורת|रिव्यू|"
    r"レビュー|评价|評價|리뷰|đánh giá|ulasan|รีวิว", re.I)


def default_who(item):
    if item.who:
        return item.who
    if item.family == "rating-manipulation":
        return "rev"
    if item.family == "summary-manipulation" and REVIEW_WORDS.search(item.payload):
        return "rev"
    return None


class Item:
    __slots__ = ("family", "who", "text", "payload")

    def __init__(self, family, who, text, payload):
        self.family, self.who, self.text, self.payload = family, who, text, payload


def lines(block):
    """Non-empty, non-comment lines of a block; a literal \\n becomes a newline."""
    out = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        out.append(line.replace("\\n", "\n"))
    return out


def parse(block):
    """Lines of the form `family[@who] text [⟫ payload]`."""
    res = []
    for line in lines(block):
        fam, rest = line.split(None, 1)
        who = None
        if "@" in fam:
            fam, who = fam.split("@", 1)
        if " ⟫ " in rest:
            text, payload = rest.split(" ⟫ ", 1)
        else:
            text = payload = rest
        res.append(Item(fam, who, text.strip(), payload.strip()))
    return res


class Deck:
    """Draws items in shuffled rounds so every item is used about equally."""

    def __init__(self, seq, rng):
        self.seq = list(seq)
        self.rng = rng
        self.q = []

    def __len__(self):
        return len(self.seq)

    def take(self):
        if not self.q:
            self.q = self.seq[:]
            self.rng.shuffle(self.q)
        return self.q.pop()


# ---------------------------------------------------------------- values

def money(lo, hi, pre="", post="", dec=".", thou=",", decimals=2, step=None):
    def f(rng):
        v = rng.uniform(lo, hi)
        if step:
            v = round(v / step) * step
        s = f"{v:,.{decimals}f}"
        s = s.replace(",", "\0").replace(".", dec).replace("\0", thou)
        return f"{pre}{s}{post}"
    return f


def pattern(p, rng):
    out = []
    for ch in p:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "^":
            out.append(chr(rng.randint(65, 90)))
        elif ch == "~":
            out.append("0123456789abcdef"[rng.randint(0, 15)])
        else:
            out.append(ch)
    return "".join(out)


BASE_DATE = datetime.datetime(2024, 2, 5, 8, 0, 0)
PH = re.compile(r"\$(\$|[a-z_0-9]+)")


def _value(key, M, rng, cache):
    if key in cache:
        return cache[key]
    if key == "date":
        d = BASE_DATE + datetime.timedelta(days=rng.randint(0, 420))
        v = d.strftime(M.get("datefmt", "%Y-%m-%d"))
    elif key == "iso":
        d = BASE_DATE + datetime.timedelta(seconds=rng.randint(0, 420 * 86400))
        v = d.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif key == "epoch":
        v = str(1707120000 + rng.randint(0, 420 * 86400))
    elif key == "time":
        v = f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
    elif key == "qty":
        v = str(rng.choice([1, 1, 1, 2, 2, 3, 4, 6]))
    elif key == "n":
        v = str(rng.randint(2, 97))
    elif key == "score":
        v = str(rng.randint(3, 96))
    elif key == "cents":
        v = str(rng.randint(899, 48999))
    elif key == "uid":
        v = pattern("~" * 16, rng)
    elif key == "hex8":
        v = pattern("~" * 8, rng)
    elif key == "email":
        name = cache.get("name") or ""
        parts = re.findall(r"[a-z]+", name.lower())
        dom = rng.choice(["example.com", "example.net", "example.org", "mail.example"])
        if parts and name.isascii():
            v = f"{parts[0]}.{parts[-1]}@{dom}" if len(parts) > 1 else f"{parts[0]}{rng.randint(1, 99)}@{dom}"
        else:
            v = f"user{rng.randint(1000, 9999)}@{dom}"
    elif key == "price" and "price" in M:
        v = M["price"](rng)
    else:
        src = M[key]
        if callable(src):
            v = src(rng)
        else:
            if isinstance(src, (list, tuple)):
                src = rng.choice(src)
            v = pattern(src, rng) if ("#" in src or "^" in src or "~" in src) else src
    cache[key] = v
    return v


def _escape(v, mode):
    if mode == "json":
        return json.dumps(v, ensure_ascii=False)[1:-1]
    if mode == "csv":
        return v.replace('"', '""')
    return v


def fill(tpl, mode, M, rng, c, s):
    keep = []
    for ln in tpl.split("\n"):
        if ln.startswith("!"):  # data row: keep it, an absent note becomes empty
            keep.append(ln[1:])
            continue
        if c is None and re.search(r"\$c\b", ln):
            continue
        if s is None and re.search(r"\$s\b", ln):
            continue
        keep.append(ln)
    if mode == "json":  # a dropped last key must not leave a trailing comma
        keep = re.sub(r",(\s*\n\s*[}\]])", r"\1", "\n".join(keep)).split("\n")
    cache = {}
    # resolve name first so that $email can follow it
    if "$name" in tpl:
        _value("name", M, rng, cache)

    def rep(m):
        k = m.group(1)
        if k == "$":
            return "$"
        if k == "c":
            return _escape(c or "", mode)
        if k == "s":
            return _escape(s or "", mode)
        return _escape(_value(k, M, rng, cache), mode)

    return PH.sub(rep, "\n".join(keep))


# ---------------------------------------------------------------- script helpers

def script_of(text):
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "latin"
    cyr = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in letters if ord(ch) < 0x250)
    if cyr > len(letters) / 2:
        return "cyrillic"
    if lat > len(letters) * 0.8:
        return "latin"
    return "other"


CJK_LANGS = {"ja", "zh-CN", "zh-TW", "ko", "th"}


def join_pieces(pieces, rng, M):
    seps = M.get("joiners") or [" ", " ", "\n", "\n\n", " "]
    out = pieces[0]
    for p in pieces[1:]:
        out += rng.choice(seps) + p
    return out


SENT = re.compile(r"(?<=[.!?。！？])\s*")


ABBREV = re.compile(r"(?:^|[\s(/-])[^\W\d_]{1,4}\.$|\d\.$")


def split_sentences(text):
    """Sentence pieces; a piece ending in a short abbreviation ("Nr.", "ul.") stays joined."""
    parts = [p for p in SENT.split(text) if p.strip()]
    merged = []
    for p in parts:
        if merged and ABBREV.search(merged[-1].rstrip()):
            merged[-1] = merged[-1].rstrip() + " " + p
        else:
            merged.append(p)
    return merged if merged else [text]


# ---------------------------------------------------------------- hiding

def _attr(p):
    return p.replace("&", "&amp;").replace('"', "&quot;").replace("\n", " ")


def hide(p, rng):
    kind = rng.choice(["html-comment", "html-comment", "css", "css", "attribute",
                       "alt-text", "markdown-comment"])
    n = rng.randint(1000, 9999)
    flat = p.replace("\n", " ")
    if kind == "html-comment":
        t = rng.choice(["<!-- {} -->", "<!--{}-->", "<!-- note: {} -->", "<!--\n{}\n-->"])
        return t.format(flat), "hidden-html-comment"
    if kind == "css":
        t = rng.choice([
            '<span style="display:none">{}</span>',
            '<div style="font-size:0;line-height:0;color:transparent">{}</div>',
            '<p style="color:#ffffff;background:#ffffff;font-size:1px">{}</p>',
            '<span style="position:absolute;left:-9999px;opacity:0">{}</span>',
            '<div hidden>{}</div>',
            '<span style="visibility:hidden;height:0;overflow:hidden;display:block">{}</span>',
        ])
        return t.format(flat), "hidden-css"
    if kind == "attribute":
        t = rng.choice([
            '<img src="https://cdn.example.com/u/{n}.jpg" width="1" height="1" data-note="{p}">',
            '<div class="sig" data-processing="{p}"></div>',
            '<a href="https://shop.example.com/orders" title="{p}">my orders</a>',
            '<meta name="handling" content="{p}">',
            '<span aria-label="{p}"></span>',
        ])
        return t.format(n=n, p=_attr(flat)), "hidden-attribute"
    if kind == "alt-text":
        t = rng.choice([
            '<img src="https://cdn.example.com/photos/{n}.png" alt="{p}">',
            "![{p}](https://img.example.net/{n}.jpg)",
        ])
        return t.format(n=n, p=_attr(flat).replace("]", ")")), "hidden-alt-text"
    t = rng.choice(['[//]: # "{}"', "[comment]: <> ({})", "<!--- {} --->"])
    return t.format(flat.replace('"', "'").replace("(", "[").replace(")", "]")), "hidden-markdown-comment"


# ---------------------------------------------------------------- encodings

ZW = ["\u200b", "\u200c", "\u2060", "\u200d"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}
LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
           "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
CYR2LAT = {v: k for k, v in LAT2CYR.items() if v not in ("і",)}

GENERIC_LEADS = ["ref:", "data=", "note_b64:", "x-meta:", "token", "[enc]", "memo:"]


def encode(p, rng, M):
    sc = script_of(p)
    kinds = ["base64", "base64", "hex", "url", "zero-width", "spaced"]
    if sc == "latin":
        kinds += ["rot13", "leetspeak", "homoglyph", "base64"]
    elif sc == "cyrillic":
        kinds += ["homoglyph"]
    kind = rng.choice(kinds)
    leads = M.get("enc_leads", []) + GENERIC_LEADS
    lead = rng.choice(leads)
    raw = p.replace("\n", " ")
    if kind == "base64":
        return f"{lead} {base64.b64encode(raw.encode()).decode()}", "encoded-base64"
    if kind == "hex":
        return f"{lead} {raw.encode().hex()}", "encoded-hex"
    if kind == "url":
        return f"{lead} {urllib.parse.quote(raw)}", "encoded-url"
    if kind == "rot13":
        return f"{lead} {codecs.encode(raw, 'rot13')}", "encoded-rot13"
    if kind == "zero-width":
        z = rng.choice(ZW)
        return z.join(raw), "encoded-zero-width"
    if kind == "spaced":
        if sc == "latin" or sc == "cyrillic":
            sep = rng.choice([" ", ".", "-"])
            return "  ".join(sep.join(w) for w in raw.split()), "encoded-spaced"
        return " ".join(ch for ch in raw if ch != " "), "encoded-spaced"
    if kind == "leetspeak":
        return "".join(LEET.get(ch, ch) if rng.random() < 0.75 else ch for ch in raw), "encoded-leetspeak"
    table = LAT2CYR if sc == "latin" else CYR2LAT
    return "".join(table.get(ch, ch) if rng.random() < 0.6 else ch for ch in raw), "encoded-homoglyph"


# ---------------------------------------------------------------- benign look-alikes

def benign_blob(rng, carrier):
    kind = rng.choice(["png", "sig", "mime", "url", "jwt", "pixel", "hash"])
    if kind == "png":
        data = b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(rng.randint(48, 150)))
        return "Attachment: photo_" + str(rng.randint(1, 9)) + ".png data:image/png;base64," + base64.b64encode(data).decode()
    if kind == "sig":
        return f"X-Signature: t={1707120000 + rng.randint(0, 10**7)},v1={pattern('~' * 64, rng)}"
    if kind == "mime":
        return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + base64.b64encode(carrier.encode()).decode()
    if kind == "url":
        return ("Link: https://shop.example.com/feedback?o=" + str(rng.randint(10000, 99999))
                + "&src=returns&msg=" + urllib.parse.quote(carrier[:300]))
    if kind == "jwt":
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = base64.urlsafe_b64encode(json.dumps({"sub": str(rng.randint(10**5, 10**6)), "scope": "returns:read", "exp": 1735689600 + rng.randint(0, 10**6)}).encode()).decode().rstrip("=")
        return f"Session: {head}.{body}.{pattern('~' * 43, rng)}"
    if kind == "pixel":
        return (f'<img src="https://t.example.net/o.gif?cid={pattern("~" * 12, rng)}&e=open&h={pattern("~" * 32, rng)}" width="1" height="1" alt="">')
    return f"checksum md5={pattern('~' * 32, rng)} sha1={pattern('~' * 40, rng)}"


BENIGN_COMMENTS = [
    "<!-- template: returns_v3 -->", "<!-- begin signature -->", "<!-- TODO: move styles to theme -->",
    "<!-- tracking pixel -->", "<!-- imported from web form -->", "<!-- end header -->",
    "<!--[if mso]><table><tr><td><![endif]-->", "<!-- sanitized by mailer -->",
]


def markup(text, hidden_text, rng):
    c1, c2 = rng.sample(BENIGN_COMMENTS, 2)
    t = rng.choice([
        '<div class="note">{c1}\n<p>{t}</p>\n<span style="display:none;font-size:0">{h}</span>{c2}\n</div>',
        '{c1}\n<table><tr><td style="padding:8px">{t}</td></tr></table>\n<div style="display:none;max-height:0;overflow:hidden">{h}</div>',
        '<p>{t}</p>\n{c2}\n<img src="https://cdn.example.com/img/sig.png" alt="{ha}" width="120">',
        '<div data-source="webform" data-lang="auto">{c1}<p>{t}</p></div>\n<p style="color:#999;font-size:11px">{h}</p>',
    ])
    return t.format(c1=c1, c2=c2, t=text, h=hidden_text, ha=_attr(hidden_text)[:120])


# ---------------------------------------------------------------- builder

def build(mod, rng):
    """Return the rows of one language module (dicts without id/split)."""
    M = mod.M
    n = mod.COUNT
    n_inj = round(n * getattr(mod, "INJ_SHARE", 0.45))
    n_ben = n - n_inj
    n_hard = math.ceil(n_ben * 0.7)
    n_plain = n_ben - n_hard

    frames = [(src, who, mode, tpl.strip("\n")) for (src, who, mode, tpl) in mod.FRAMES]
    whos = sorted({f[1] for f in frames})
    fdeck = {w: Deck([f for f in frames if f[1] == w and "$c" in f[3]], rng) for w in whos}
    fdeck_s = Deck([f for f in frames if re.search(r"\$s\b", f[3]) and f[1] in ("cust", "cour")], rng)
    carriers = {w: Deck(v, rng) for w, v in mod.CARRIERS.items()}
    hard = parse(mod.HARD)
    inj = parse(mod.INJ)
    staff = Deck([h for h in hard if h.family not in HARD_WHO], rng)
    hdeck = Deck(hard, rng)
    ideck = Deck(inj, rng)

    def carrier(who):
        d = carriers.get(who) or carriers["cust"]
        return d.take()

    def frame_for(who):
        d = fdeck.get(who)
        if not d or not len(d):
            d = fdeck["cust"]
        return d.take()

    rows = []

    def emit(frame, c, s, family, injection, payload):
        src, who, mode, tpl = frame
        text = fill(tpl, mode, M, rng, c, s).strip()
        size = len(text.encode("utf-8"))
        if size < 40 or size > 3000:
            return False
        if mode == "json":
            json.loads(text)
        rows.append({"source": src, "lang": mod.LANG, "family": family,
                     "text": text, "injection": injection, "payload": payload})
        return True

    # ---- injections
    n_inline = round(n_inj * 0.60)
    n_alone = round(n_inj * 0.10)
    n_hidden = round(n_inj * 0.15)
    forms = ["inline"] * n_inline + ["alone"] * n_alone + ["hidden"] * n_hidden
    forms += ["encoded"] * (n_inj - len(forms))
    rng.shuffle(forms)
    for form in forms:
        for _attempt in range(20):
            item = ideck.take()
            tagged = default_who(item)
            if tagged:
                who = tagged if tagged in whos else "cust"
            else:
                opts = ["cust", "cust", "cust"] + [w for w in whos if item.family in WHO_FAMILIES.get(w, ())]
                who = rng.choice(opts)
            fr = frame_for(who)
            if form == "inline" or form == "alone":
                piece, family = item.text, item.family
            elif form == "hidden":
                piece, family = hide(item.payload, rng)
            else:
                piece, family = encode(item.payload, rng, M)
            if form == "alone":
                c = piece
            else:
                base = carrier(who)
                pos = rng.choice(["start", "end", "end", "middle"])
                sents = split_sentences(base)
                if pos == "middle" and len(sents) < 2:
                    sents = sents + split_sentences(carrier(who))
                if pos == "start":
                    c = join_pieces([piece, base], rng, M)
                elif pos == "end":
                    if (form == "inline" and M.get("ps") and rng.random() < 0.25
                            and piece[0].isalpha() and "\n" not in piece):
                        piece = rng.choice(M["ps"]) + " " + piece
                    c = join_pieces([base, piece], rng, M)
                else:
                    k = rng.randint(1, len(sents) - 1)
                    sp = "" if mod.LANG in CJK_LANGS and mod.LANG != "th" else " "
                    c = join_pieces([sp.join(sents[:k]), piece, sp.join(sents[k:])], rng, M)
            s = staff.take().text if who == "cust" and re.search(r"\$s\b", fr[3]) and rng.random() < 0.2 else None
            if emit(fr, c, s, family, True, item.payload):
                break
        else:
            raise RuntimeError(f"{mod.LANG}: could not place injection")

    # ---- hard negatives
    n_enc = round(n_hard * 0.08)
    n_mark = round(n_hard * 0.06)
    kinds = ["enc"] * n_enc + ["mark"] * n_mark + ["pool"] * (n_hard - n_enc - n_mark)
    rng.shuffle(kinds)
    text_frames = [f for f in frames if f[2] == "text" and "$c" in f[3]]
    for kind in kinds:
        for _attempt in range(20):
            if kind == "enc":
                fr = rng.choice(text_frames)
                base = carrier(fr[1])
                s = staff.take().text if fr[1] in ("cust", "cour") and rng.random() < 0.4 else None
                if emit(fr, base, s, "hard-encoded-data", False, ""):
                    row = rows[-1]
                    row["text"] = row["text"] + "\n" + benign_blob(rng, base)
                    if len(row["text"].encode()) > 3000:
                        rows.pop()
                        continue
                    break
                continue
            if kind == "mark":
                who = rng.choice(whos)
                fr = frame_for(who)
                c = markup(carrier(who), carrier(who), rng)
                if emit(fr, c, None, "hard-markup", False, ""):
                    break
                continue
            item = hdeck.take()
            if item.family in HARD_WHO or item.who:
                who = item.who or HARD_WHO[item.family]
                if who not in whos:
                    who = "cust"
                fr = frame_for(who)
                s = (staff.take().text if fr[1] in ("cust", "cour") and re.search(r"\$s\b", fr[3])
                     and rng.random() < 0.25 else None)
                ok = emit(fr, item.text, s, item.family, False, "")
            else:
                fr = fdeck_s.take()
                c = carrier(fr[1]) if "$c" in fr[3] and rng.random() < 0.55 else None
                ok = emit(fr, c, item.text, item.family, False, "")
            if ok:
                break
        else:
            raise RuntimeError(f"{mod.LANG}: could not place hard negative")

    # ---- plain benign
    for _ in range(n_plain):
        for _attempt in range(20):
            who = rng.choice(whos)
            fr = frame_for(who)
            c = carrier(who)
            if rng.random() < 0.2:
                c = join_pieces([c, carrier(who)], rng, M)
            if emit(fr, c, None, "benign", False, ""):
                break
        else:
            raise RuntimeError(f"{mod.LANG}: could not place benign row")
    return rows
