"""Small shared helpers: random fillers, casing/typo variation, encoders, obfuscators."""
import base64
import binascii
import codecs
import urllib.parse

EMOJI = ["🙂", "😍", "👍", "🔥", "😡", "🙄", "😂", "💯", "⭐", "📦", "🤷", "😅", "❤️", "👌", "🤔", "😤", "🙏", "✨", "💀", "🥲"]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у", "s": "ѕ"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
FULLW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


def order_id(rng):
    style = rng.randrange(6)
    if style == 0:
        return "#%d" % rng.randint(1000, 99999)
    if style == 1:
        return "#SW-%d" % rng.randint(10000, 999999)
    if style == 2:
        return "%d" % rng.randint(100000, 9999999)
    if style == 3:
        return "ORD-%d-%04d" % (rng.randint(2023, 2025), rng.randint(1, 9999))
    if style == 4:
        return "#%d-%d" % (rng.randint(100, 999), rng.randint(1000, 9999))
    return "A%d" % rng.randint(10000, 99999)


def coupon(rng):
    stems = ["SAVE", "VIP", "STAFF", "FREE", "WELCOME", "GIFT", "BOT", "SUMMER", "XMAS", "LOYAL", "PARTNER", "HELLO"]
    return pick(rng, stems) + str(rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100]))


def sku(rng):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "%s%s-%d" % (pick(rng, letters), pick(rng, letters), rng.randint(100, 9999))


def money(rng, lo=5, hi=900, cur="€", en=False):
    v = rng.randint(lo, hi)
    cents = rng.choice([0, 0, 49, 90, 95, 99])
    if cur in ("$", "£") or en:
        return cur + ("%d.%02d" % (v, cents) if cents else str(v))
    if cur in ("¥", "円", "元"):
        return ("¥%d" % (v * 10)) if cur == "¥" else ("%d%s" % (v * (150 if cur == "円" else 7), cur))
    amount = ("%d,%02d" % (v, cents)) if cents else str(v)
    if cur in ("zł", "kr", "Kč", "Ft", "TL"):
        if cur in ("Kč", "Ft"):
            amount = str(v * (25 if cur == "Kč" else 400))
        return amount + " " + cur
    return amount + " " + cur


def iban(rng):
    cc = pick(rng, ["DE", "NL", "LT", "GB", "FR", "ES", "PL", "CY", "MT"])
    digits = "".join(str(rng.randrange(10)) for _ in range(rng.choice([16, 18, 20])))
    return "%s%02d %s" % (cc, rng.randint(10, 99), " ".join(digits[i:i + 4] for i in range(0, len(digits), 4)))


def tracking(rng):
    s = rng.randrange(4)
    if s == 0:
        return "1Z%03dX%02d%010d" % (rng.randint(100, 999), rng.randint(10, 99), rng.randint(0, 9999999999))
    if s == 1:
        return "JJD%015d" % rng.randint(0, 10 ** 15 - 1)
    if s == 2:
        return "%012d" % rng.randint(10 ** 11, 10 ** 12 - 1)
    return "LX%09dNL" % rng.randint(0, 10 ** 9 - 1)


def hexid(rng, n=8):
    return "".join(pick(rng, "0123456789abcdef") for _ in range(n))


def b64id(rng, n=24):
    raw = bytes(rng.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def date(rng, year=None):
    y = year or rng.choice([2023, 2024, 2024, 2025])
    return "%04d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))


def hhmm(rng):
    return "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59))


# ---------------------------------------------------------------- variation

CASUAL = [(" you ", " u "), (" your ", " ur "), ("please", "pls"), (" and ", " n "), (" are ", " r "),
          ("Please", "Pls"), (" because ", " bc "), (" for ", " 4 "), (" to ", " 2 "), ("thanks", "thx")]


def casual(rng, s, p=0.5):
    for a, b in CASUAL:
        if a in s and chance(rng, p):
            s = s.replace(a, b)
    return s


def typo(rng, s, n=1):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for _ in range(n):
        if not idx:
            break
        i = pick(rng, idx)
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def vary_case(rng, s):
    r = rng.random()
    if r < 0.18:
        return s.lower()
    if r < 0.24:
        return s.upper()
    if r < 0.34 and s and s[0].isalpha():
        return s[0].lower() + s[1:]
    return s


def strip_end(rng, s):
    if chance(rng, 0.35):
        return s.rstrip(".!")
    return s


def vary(rng, s, casual_p=0.25, typo_p=0.12):
    """Light surface variation for short strings (used on payloads before they are embedded)."""
    if chance(rng, casual_p):
        s = casual(rng, " " + s + " ").strip()
    if chance(rng, typo_p):
        s = typo(rng, s)
    s = vary_case(rng, s)
    return strip_end(rng, s)


def emo(rng, p=0.3):
    if chance(rng, p):
        return " " + pick(rng, EMOJI) * rng.choice([1, 1, 1, 2, 3])
    return ""


# ---------------------------------------------------------------- encoders

def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode()


def enc_hex(s, sep=""):
    h = binascii.hexlify(s.encode("utf-8")).decode()
    if sep:
        return sep.join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s, full=False):
    if full:
        return "".join("%%%02X" % b for b in s.encode("utf-8"))
    return urllib.parse.quote(s)


def encode_any(rng, s):
    """Return (scheme_name, encoded)."""
    k = rng.randrange(6)
    if k in (0, 1):
        return "base64", enc_b64(s)
    if k == 2:
        return "hex", enc_hex(s, sep=rng.choice(["", " ", ""]))
    if k == 3:
        return "rot13", enc_rot13(s)
    if k == 4:
        return "url", enc_url(s, full=chance(rng, 0.3))
    return "base64", enc_b64(s)


# ---------------------------------------------------------------- obfuscators

def leet(rng, s, p=0.8):
    return "".join(LEET[c.lower()] if c.lower() in LEET and chance(rng, p) else c for c in s)


def homoglyph(rng, s, p=0.6):
    out = []
    for c in s:
        if c in HOMO and chance(rng, p):
            out.append(HOMO[c])
        else:
            out.append(c)
    res = "".join(out)
    if res == s:
        for k, v in HOMO.items():
            if k in s:
                return s.replace(k, v, 1)
    return res


def zero_width(rng, s):
    z = pick(rng, ZW)
    mode = rng.randrange(2)
    if mode == 0:
        return z.join(s)
    out = []
    for w in s.split(" "):
        if len(w) > 3:
            cut = rng.randrange(1, len(w))
            w = w[:cut] + z + w[cut:]
        out.append(w)
    return " ".join(out)


def spaced(rng, s):
    sep = pick(rng, [" ", " ", ".", "-", "_", " · "])
    words = s.split(" ")
    gap = "   " if sep == " " else " "
    return gap.join(sep.join(w) for w in words)


def fullwidth(s):
    return "".join(FULLW.get(c, "\u3000" if c == " " else c) for c in s)


def reversed_text(s):
    return s[::-1]


def obfuscate_any(rng, s):
    """Return (method, obfuscated)."""
    k = rng.randrange(6)
    if k == 0:
        return "leet", leet(rng, s)
    if k == 1:
        return "homoglyph", homoglyph(rng, s)
    if k == 2:
        return "zero-width", zero_width(rng, s)
    if k == 3:
        return "spaced", spaced(rng, s)
    if k == 4:
        return "fullwidth", fullwidth(s)
    return "leet", leet(rng, s, p=0.5)
