"""Template expansion, light surface noise, encoders and obfuscators.

Template syntax
  {a|b|c}   pick one alternative (nesting allowed, innermost first)
  {a|}      optional text
  {=name}   look up a slot; a slot is a list of strings or a callable(rng)
Literal braces cannot appear in templates; text that needs them is built
in code instead.
"""
import base64
import codecs
import re

_INNER = re.compile(r"\{([^{}]*)\}")


def expand(template, rng, slots):
    text = template
    for _ in range(200):
        m = _INNER.search(text)
        if not m:
            break
        body = m.group(1)
        if body.startswith("="):
            src = slots[body[1:]]
            val = src(rng) if callable(src) else rng.choice(src)
        else:
            val = rng.choice(body.split("|"))
        text = text[: m.start()] + val + text[m.end():]
    return tidy(text)


def tidy(text):
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.])(?=\s|$)", r"\1", text)
    text = re.sub(r" *\n *", "\n", text)
    return text.strip()


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
    return s


def words(s):
    return len(s.split())


# --------------------------------------------------------------- noise
def _typo_word(w, rng):
    core = re.match(r"^([^\w]*)(\w+)([^\w]*)$", w)
    if not core or len(core.group(2)) < 5 or not core.group(2).isalpha():
        return None
    a, b, c = core.groups()
    kind = rng.random()
    i = rng.randrange(1, len(b) - 2)
    if kind < 0.5:
        b = b[:i] + b[i + 1] + b[i] + b[i + 2:]
    elif kind < 0.8:
        b = b[:i] + b[i + 1:]
    else:
        b = b[:i] + b[i] + b[i:]
    return a + b + c


def add_typo(s, rng):
    toks = s.split(" ")
    idx = list(range(len(toks)))
    rng.shuffle(idx)
    for i in idx:
        t = _typo_word(toks[i], rng)
        if t and t != toks[i]:
            toks[i] = t
            return " ".join(toks)
    return s


def shout_word(s, rng):
    toks = s.split(" ")
    cand = [i for i, t in enumerate(toks) if len(t) >= 4 and t.isalpha()]
    if not cand:
        return s
    i = rng.choice(cand)
    toks[i] = toks[i].upper()
    return " ".join(toks)


def roughen(parts, rng, rate=1.0):
    """parts: list of [text, frozen]; frozen parts are never altered.
    Returns the list with casing / typo / punctuation noise applied."""
    parts = [list(p) for p in parts]
    live = [i for i, p in enumerate(parts) if not p[1] and p[0]]
    if not live:
        return parts
    r = rng.random()
    if r < 0.10 * rate:
        for i in live:
            parts[i][0] = parts[i][0].lower()
    elif r < 0.125 * rate and sum(words(parts[i][0]) for i in live) < 25:
        for i in live:
            parts[i][0] = parts[i][0].upper()
    if rng.random() < 0.09 * rate:
        i = rng.choice(live)
        parts[i][0] = add_typo(parts[i][0], rng)
    if rng.random() < 0.06 * rate:
        i = rng.choice(live)
        parts[i][0] = shout_word(parts[i][0], rng)
    last = max(i for i, p in enumerate(parts) if p[0])
    if not parts[last][1]:
        t = parts[last][0]
        x = rng.random()
        if x < 0.14 * rate and t and t[-1] in ".!":
            parts[last][0] = t[:-1]
        elif x < 0.17 * rate and t.endswith("?"):
            parts[last][0] = t + "?"
    return parts


# ------------------------------------------------------------ encoders
def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def rot13(s):
    return codecs.encode(s, "rot_13")


def hexenc(s):
    return s.encode("utf-8").hex()


def hexspaced(s):
    return " ".join("%02x" % b for b in s.encode("utf-8"))


def urlenc(s):
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch.isalnum() and b < 128:
            out.append(ch)
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def reverse(s):
    return s[::-1]


def binary(s):
    return " ".join(format(b, "08b") for b in s.encode("utf-8"))


def caesar3(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 3) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 3) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


ENCODERS = {
    "base64": b64,
    "rot13": rot13,
    "hex": hexenc,
    "hex bytes": hexspaced,
    "URL encoding": urlenc,
    "reversed text": reverse,
    "binary": binary,
    "Caesar shift 3": caesar3,
}

# --------------------------------------------------------- obfuscators
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
HOMO = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
    "x": "\u0445", "i": "\u0456", "y": "\u0443", "s": "\u0455", "A": "\u0410",
    "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422",
    "H": "\u041d", "K": "\u041a", "M": "\u041c", "B": "\u0412",
}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def leet(s, rng):
    dens = rng.choice([0.6, 0.8, 1.0])
    return "".join(LEET[c.lower()] if c.lower() in LEET and rng.random() < dens else c for c in s)


def spaced(s, rng):
    sep = rng.choice([" ", " ", "-", ".", "_"])
    out = []
    for w in s.split(" "):
        out.append(sep.join(w))
    return ("   " if sep == " " else " ").join(out)


def homoglyph(s, rng):
    dens = rng.choice([0.4, 0.7, 1.0])
    return "".join(HOMO[c] if c in HOMO and rng.random() < dens else c for c in s)


def zerowidth(s, rng):
    z = rng.choice(ZW)
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.5:
            out.append(z)
    return "".join(out)


def alt_case(s, rng):
    up = rng.random() < 0.5
    out = []
    for ch in s:
        if ch.isalpha():
            out.append(ch.upper() if up else ch.lower())
            up = not up
        else:
            out.append(ch)
    return "".join(out)


def split_words(s, rng):
    out = []
    for w in s.split(" "):
        if len(w) >= 6 and w.isalpha() and rng.random() < 0.7:
            k = rng.randrange(2, len(w) - 2)
            out.append(w[:k] + rng.choice([" ", "-", "*", "/"]) + w[k:])
        else:
            out.append(w)
    return " ".join(out)


def vowel_stars(s, rng):
    return "".join("*" if c in "aeiou" and rng.random() < 0.6 else c for c in s)


OBFUSCATORS = {
    "leet": leet,
    "spaced": spaced,
    "homoglyph": homoglyph,
    "zerowidth": zerowidth,
    "altcase": alt_case,
    "split": split_words,
    "stars": vowel_stars,
}
