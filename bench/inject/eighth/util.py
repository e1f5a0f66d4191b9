"""Small shared helpers: slot filling, sampling, encoders and obfuscators."""
import base64
import codecs
import re
import urllib.parse

SLOT = re.compile(r"\{(\w+)\}")


def fill(template, ctx):
    """Replace {slot} markers whose name is in ctx; leave other braces alone."""
    return SLOT.sub(lambda m: str(ctx[m.group(1)]) if m.group(1) in ctx else m.group(0), template)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def draw(rng, L, key, ctx, k, exclude=()):
    if key == "ticket_body":
        if k <= 0:
            return []
        n_issue = 1 if (k < 4 or rng.random() < 0.8) else 2
        out = draw(rng, L, "ticket_issue", ctx, n_issue)
        gen = draw(rng, L, "ticket_generic", ctx, k - n_issue)
        if gen and rng.random() < 0.25:
            out.insert(0, gen.pop())
        return out + gen
    pool = [s for s in L[key] if s not in exclude]
    k = max(0, min(k, len(pool)))
    return [fill(s, ctx) for s in rng.sample(pool, k)]


def insert(rng, sents, seg):
    """Insert seg into sents: mostly in the middle, sometimes first or last."""
    r = rng.random()
    if not sents:
        sents.append(seg)
    elif r < 0.15:
        sents.insert(0, seg)
    elif r < 0.45:
        sents.append(seg)
    else:
        sents.insert(rng.randint(1, len(sents)), seg)
    return sents


def paragraphs(rng, sents, maxper=3):
    out, i = [], 0
    while i < len(sents):
        k = rng.randint(1, maxper)
        out.append(" ".join(sents[i:i + k]))
        i += k
    return out


# ---------------------------------------------------------------- encoders

def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_b32(s):
    return base64.b32encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_hex_spaced(s):
    return " ".join("%02x" % b for b in s.encode("utf-8"))


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_uni(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def enc_reverse(s):
    return s[::-1]


ENCODERS = {
    "base64": enc_b64,
    "base32": enc_b32,
    "hex": enc_hex,
    "hex-spaced": enc_hex_spaced,
    "rot13": enc_rot13,
    "url": enc_url,
    "unicode-escape": enc_uni,
    "reversed": enc_reverse,
}

# ------------------------------------------------------------- obfuscators

HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "B": "\u0412",
        "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c",
        "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "s": "\u0455"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4",
        "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def _words(s):
    return s.split(" ")


def ob_homoglyph(rng, s):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.55 else c for c in s)


def ob_zero_width(rng, s):
    z = pick(rng, ZW)
    out = []
    for w in _words(s):
        if len(w) > 3 and rng.random() < 0.7:
            cut = rng.randint(1, len(w) - 1)
            w = w[:cut] + z + w[cut:]
        out.append(w)
    return " ".join(out)


def ob_leet(rng, s):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.6 else c for c in s)


def ob_spaced(rng, s):
    words = _words(s)
    idx = [i for i, w in enumerate(words) if len(w) > 4]
    for i in rng.sample(idx, min(len(idx), rng.randint(2, 4))):
        words[i] = " ".join(words[i])
    return " ".join(words)


def ob_dotted(rng, s):
    sep = pick(rng, [".", "-", "_", "·"])
    words = _words(s)
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for i in rng.sample(idx, min(len(idx), rng.randint(2, 4))):
        words[i] = sep.join(words[i])
    return " ".join(words)


def ob_soft_hyphen(rng, s):
    out = []
    for w in _words(s):
        if len(w) > 5:
            cut = rng.randint(2, len(w) - 2)
            w = w[:cut] + "\u00ad" + w[cut:]
        out.append(w)
    return " ".join(out)


def ob_fullwidth(rng, s):
    words = _words(s)
    idx = [i for i, w in enumerate(words) if len(w) > 3]
    chosen = set(rng.sample(idx, min(len(idx), rng.randint(2, 5))))
    res = []
    for i, w in enumerate(words):
        if i in chosen:
            w = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
        res.append(w)
    return " ".join(res)


def ob_case_noise(rng, s):
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s)


OBFUSCATORS = {
    "homoglyph": ob_homoglyph,
    "zero-width": ob_zero_width,
    "leetspeak": ob_leet,
    "spaced-letters": ob_spaced,
    "dotted-words": ob_dotted,
    "soft-hyphen": ob_soft_hyphen,
    "fullwidth": ob_fullwidth,
    "case-noise": ob_case_noise,
}
