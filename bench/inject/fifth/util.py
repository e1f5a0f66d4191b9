"""Slot filling, light noise, encoders, obfuscators and escapes."""

import base64
import binascii
import codecs
import html
import json
import re
import urllib.parse

from . import lex

SLOT_RE = re.compile(r"\{([a-z]+)(\d?)\}")

NON_LATIN = {"ru", "zh", "ko", "el"}


class Filler:
    """Fills {slot} markers; the same slot name gives the same value within one row."""

    def __init__(self, rng, lang, pack):
        self.rng = rng
        self.lang = lang
        self.pack = pack
        self.memo = {}
        self.cur = rng.choice(["$", "£", "€", "$", "£"])

    FRESH = ("n", "big")

    def __call__(self, text):
        return SLOT_RE.sub(lambda m: self.get(m.group(1) + m.group(2)), text)

    def get(self, key):
        if key in self.FRESH:
            return self.make(key)
        if key not in self.memo:
            base = key.rstrip("0123456789")
            val = self.make(base)
            # a numbered slot must differ from the bare one when possible
            for _ in range(6):
                if key == base or val != self.memo.get(base):
                    break
                val = self.make(base)
            self.memo[key] = val
        return self.memo[key]

    def make(self, base):
        r = self.rng
        p = self.pack
        if base == "first":
            return r.choice(p["first"])
        if base == "last":
            return r.choice(p["last"])
        if base == "name":
            if self.lang in ("zh",):
                return r.choice(p["last"]) + r.choice(p["first"])
            if self.lang == "ko":
                return r.choice(p["last"]) + r.choice(p["first"])
            return f"{r.choice(p['first'])} {r.choice(p['last'])}"
        if base == "product":
            return r.choice(p["products"])
        if base == "city":
            return r.choice(p["cities"])
        if base == "street":
            return r.choice(p.get("streets", ["Main Street {n}"])).replace("{n}", str(r.randint(1, 140)))
        if base == "order":
            k = r.random()
            if k < 0.35:
                return f"#{r.randint(10000, 999999)}"
            if k < 0.55:
                return f"SO-{r.randint(100000, 999999)}"
            if k < 0.7:
                return f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
            if k < 0.85:
                return f"W{r.randint(1000000, 9999999)}"
            return str(r.randint(200000, 9999999))
        if base in ("amount", "price"):
            return lex.money(r, self.lang, self.cur)
        if base == "code":
            return f"{r.choice(lex.COUPON_HEADS)}{r.choice(['', '-', ''])}{r.choice([10, 15, 20, 25, 30, 40, 50, 70, 100, 2024, 24, 99])}"
        if base == "email":
            user = f"{r.choice(lex.LATIN_FIRST)}{r.choice(['.', '_', ''])}{r.choice(lex.LATIN_LAST)}{r.choice(['', '', str(r.randint(1, 99))])}"
            return f"{user}@{r.choice(lex.EMAIL_DOMAINS)}"
        if base == "evilmail":
            return f"{r.choice(lex.ATTACKER_MAILS)}@{r.choice(lex.EVIL_HOSTS)}"
        if base == "phone":
            return f"+{r.choice([44, 49, 33, 34, 39, 31, 48, 46, 47])} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if base == "sku":
            return r.choice([
                f"SKU-{r.randint(10000, 99999)}",
                f"{r.choice('ABCDHKMRTX')}{r.choice('ABCDHKMRTX')}-{r.randint(100, 999)}-{r.choice(['BLK', 'WHT', 'GRN', 'NAV', 'S', 'M', 'L'])}",
                f"{r.randint(1000000, 9999999)}",
            ])
        if base == "date":
            d, m = r.randint(1, 28), r.randint(1, 12)
            if self.lang == "en":
                return r.choice([f"{d}/{m}", f"{m}/{d}", f"the {d}th" if d not in (1, 2, 3, 21, 22, 23) else f"the {d}", f"2024-{m:02d}-{d:02d}"])
            if self.lang in ("zh",):
                return f"{m}月{d}日"
            if self.lang == "ko":
                return f"{m}월 {d}일"
            return r.choice([f"{d}.{m}.", f"{d:02d}/{m:02d}", f"2024-{m:02d}-{d:02d}", f"{d}.{m}.2024"])
        if base == "days":
            return str(r.choice([14, 14, 30, 30, 28, 60, 100]))
        if base == "n":
            return str(r.randint(2, 12) if r.random() < 0.7 else r.randint(13, 60))
        if base == "big":
            return str(r.randint(1000, 99999))
        if base == "pct":
            return str(r.choice([10, 15, 20, 25, 30, 40, 50, 60, 80, 100]))
        if base == "size":
            return r.choice(lex.SIZES)
        if base == "time":
            return f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"
        if base == "store":
            return r.choice(lex.STORES)
        if base == "shophost":
            s = self.get("store")
            low = s.lower().replace("&", "and")
            for a, b in (("ø", "o"), ("é", "e"), ("å", "a"), ("æ", "ae"), ("ö", "o"), ("ü", "u")):
                low = low.replace(a, b)
            slug = re.sub(r"[^a-z]", "", low)
            return r.choice([f"{slug}.com", f"www.{slug}.shop", f"{slug}.eu", f"shop.{slug}.com"])
        if base == "host":
            return r.choice(lex.EVIL_HOSTS)
        if base == "brand":
            return r.choice(lex.BRANDS)
        if base == "model":
            return r.choice(lex.MODELS)
        if base == "courier":
            return r.choice(lex.COURIERS.get(self.lang, lex.COURIERS["en"]))
        if base == "track":
            return r.choice([
                f"JD{r.randint(10**15, 10**16 - 1)}",
                f"1Z{r.randint(10**13, 10**14 - 1)}",
                f"{r.randint(10**11, 10**12 - 1)}",
                f"RR{r.randint(10**8, 10**9 - 1)}GB",
                f"3S{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{r.randint(10**7, 10**8 - 1)}",
            ])
        if base == "ip":
            return f"{r.choice([10, 172, 192, 81, 62, 94])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if base == "uuid":
            return rand_uuid(r)
        if base == "hash":
            return rand_hex(r, 40)
        if base == "iban":
            return f"{r.choice(['GB', 'DE', 'NL', 'LT', 'EE'])}{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}"
        if base == "user":
            return r.choice(["mia", "jdog", "kat", "bobbyb", "linnea", "shopgirl", "tomek", "grumpycat", "lu", "deebee", "rainyday", "pieter", "nonna", "zed"]) + r.choice(["", "_", "."]) + str(r.randint(1, 999))
        raise KeyError(f"unknown slot {base}")


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_uuid(rng):
    h = rand_hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def rand_b64(rng, nbytes, head=b""):
    data = head + bytes(rng.randrange(256) for _ in range(nbytes))
    return base64.b64encode(data).decode()


# ---------------------------------------------------------------- noise

KEYBOARD_NEAR = {
    "a": "sq", "s": "ad", "e": "wr", "r": "et", "t": "ry", "o": "ip", "i": "uo",
    "n": "bm", "m": "n", "l": "k", "d": "sf", "h": "gj", "u": "yi", "c": "xv",
}


def typo(text, rng):
    """Introduce one small typing slip into a Latin-script string."""
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{5,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 2)
    k = rng.random()
    if k < 0.35:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k < 0.6:
        w2 = w[:i] + w[i + 1:]
    elif k < 0.8:
        w2 = w[:i] + w[i] + w[i:]
    else:
        c = w[i].lower()
        w2 = w[:i] + rng.choice(KEYBOARD_NEAR.get(c, c)) + w[i + 1:]
    return text[:m.start()] + w2 + text[m.end():]


EMOJI = ["🙂", "😅", "👍", "🙏", "😡", "😂", "❤️", "🤷", "😬", "✨", "📦", "👌", "😕", "🔥"]


def roughen(text, rng, lang, level=0.25):
    """Casual writing: lowercase, missing final stop, typo, emoji, doubled marks."""
    if not text:
        return text
    if lang not in NON_LATIN and rng.random() < level * 0.3:
        text = typo(text, rng)
    k = rng.random()
    if k < level * 0.35 and lang not in ("zh", "ko"):
        text = text[0].lower() + text[1:]
    elif k < level * 0.6 and text[-1:] in ".。":
        text = text[:-1]
    if rng.random() < level * 0.25:
        text = text.rstrip(".") + rng.choice(["!!", "!", "...", " " + rng.choice(EMOJI), " lol" if lang == "en" else "!"])
    return text


# ---------------------------------------------------------------- encoders


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode()


def hexenc(s, sep=""):
    h = binascii.hexlify(s.encode("utf-8")).decode()
    if sep:
        return sep.join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s, full=False):
    if full:
        return "".join(f"%{b:02X}" for b in s.encode("utf-8"))
    return urllib.parse.quote(s, safe="")


def uniesc(s):
    return "".join(f"\\u{ord(c):04x}" for c in s)


# ---------------------------------------------------------------- obfuscators

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def leet(s, rng, rate=0.8):
    return "".join(LEET[c.lower()] if c.lower() in LEET and rng.random() < rate else c for c in s)


def homoglyph(s, rng, rate=0.6):
    return "".join(HOMO[c] if c in HOMO and rng.random() < rate else c for c in s)


def zero_width(s, rng):
    z = rng.choice(ZW)
    out = []
    for c in s:
        out.append(c)
        if c != " " and rng.random() < 0.7:
            out.append(z)
    return "".join(out)


def split_words(s, rng, sep=" "):
    """Split the letters of a few longer words with sep ("r e f u n d", "r.e.f.u.n.d")."""
    words = s.split(" ")
    idx = [i for i, w in enumerate(words)
           if len(re.sub(r"\W", "", w)) >= 5 and not re.search(r"[@/\d{}]", w)]
    rng.shuffle(idx)
    chosen = set(idx[: max(1, min(len(idx), rng.randint(2, 4)))])
    for i in chosen:
        w = words[i]
        core = re.match(r"^(\W*)(.*?)(\W*)$", w)
        words[i] = core.group(1) + sep.join(core.group(2)) + core.group(3)
    return " ".join(words)


def alt_case(s):
    out, up = [], False
    for c in s:
        if c.isalpha():
            out.append(c.upper() if up else c.lower())
            up = not up
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- escapes


def esc_none(s):
    return s


def esc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_html_text(s):
    return html.escape(s, quote=False)


def esc_html_attr(s):
    return html.escape(s, quote=True)


def esc_csv(s):
    return s.replace('"', '""')


def esc_xml(s):
    return html.escape(s, quote=False)
