"""Shared composition engine for the eightyeighth corpus.

Each language module is pure data (pools of hand-written pieces); this module
turns one language's pools into labelled rows.  Pools are consumed through
shuffled round-robin cyclers so that every piece is used about equally often
and no piece appears in more than a handful of rows.
"""

import base64
import codecs
import json
import math
import random
import re
import urllib.parse

SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")

# Fallback value pools; a language module may override any of these.
DEFAULT_FILL = {
    "domain": ["shop.example", "store-example.test", "mail.example.net"],
    "baddomain": [
        "collect-data.example", "img-cdn-check.test", "verify-now.invalid",
        "stats-pixel.example.net", "promptlog.test", "cdn-assets.invalid",
        "secure-review.example.org", "track-pixel.test",
    ],
    "code": ["VIP90", "STAFF100", "FREEALL", "TAKE70", "ADMIN50", "GIFT999"],
}

HOMO_LAT = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
            "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
            "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
            "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a"}
HOMO_CYR = {v: k for k, v in HOMO_LAT.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}

HIDDEN_FAMILIES = ("hidden-html-comment", "hidden-css", "hidden-alt-text",
                   "hidden-attribute", "hidden-markdown-comment")
LEAD_FAMILIES = ("encoded-base64", "encoded-hex", "encoded-rot13", "encoded-url")
INLINE_FAMILIES = ("leetspeak", "homoglyph", "zero-width", "spaced-letters")


class Cycler:
    """Shuffled round-robin over a pool; reshuffles at each pass."""

    def __init__(self, items, rng):
        self.items = list(items)
        self.rng = rng
        self.queue = []

    def __len__(self):
        return len(self.items)

    def next(self):
        if not self.items:
            raise ValueError("empty pool")
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


class Filler:
    """Fills {slot} markers; values are picked once per row and reused."""

    def __init__(self, rng, pools):
        self.rng = rng
        self.pools = pools
        self.memo = {}

    def value(self, key):
        if key in ("inj", "inj_j"):
            return "{" + key + "}"
        if key in self.memo:
            return self.memo[key]
        m = re.fullmatch(r"n(\d)", key)
        if m:
            k = int(m.group(1))
            v = str(self.rng.randint(10 ** (k - 1), 10 ** k - 1))
        elif key == "name2":
            pool = [x for x in self.pools["name"] if x != self.value("name")]
            v = self.rng.choice(pool)
        elif key == "email":
            v = self.rng.choice(self.pools["mailbox"]) + "@" + self.value("baddomain")
        elif key in self.pools:
            v = self.rng.choice(self.pools[key])
        else:
            raise KeyError("unknown slot {%s}" % key)
        self.memo[key] = v
        return v

    def fill(self, text):
        for _ in range(4):
            new = SLOT.sub(lambda m: self.value(m.group(1)), text)
            if new == text:
                return new
            text = new
        return text


def json_escape(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def attr_escape(s):
    return s.replace('"', "'").replace("\n", " ")


def is_latin(s):
    letters = [ch for ch in s if ch.isalpha()]
    if not letters:
        return False
    return sum(1 for ch in letters if ord(ch) < 0x250) / len(letters) > 0.9


def is_cyrillic(s):
    letters = [ch for ch in s if ch.isalpha()]
    return bool(letters) and sum(1 for ch in letters if 0x400 <= ord(ch) < 0x500) / len(letters) > 0.8


def encode(kind, text, rng):
    if kind == "encoded-base64":
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    if kind == "encoded-hex":
        return text.encode("utf-8").hex()
    if kind == "encoded-rot13":
        return codecs.encode(text, "rot13")
    if kind == "encoded-url":
        return urllib.parse.quote(text, safe="")
    if kind == "leetspeak":
        return "".join(LEET.get(ch, ch) for ch in text)
    if kind == "homoglyph":
        table = HOMO_CYR if is_cyrillic(text) else HOMO_LAT
        return "".join(table.get(ch, ch) if rng.random() < 0.7 else ch for ch in text)
    if kind == "zero-width":
        marks = ["\u200b", "\u200c", "\u200d", "\u2060"]
        out = []
        for ch in text:
            out.append(ch)
            if ch != " " and rng.random() < 0.6:
                out.append(rng.choice(marks))
        return "".join(out)
    if kind == "spaced-letters":
        return " ".join(ch if ch != " " else " " for ch in text).replace("   ", "  /  ")
    raise ValueError(kind)


def hide(kind, text, fill):
    if kind == "hidden-html-comment":
        return "<!-- " + text.replace("-->", "->") + " -->"
    if kind == "hidden-css":
        style = fill.rng.choice([
            "display:none", "font-size:0", "color:#ffffff;background:#ffffff",
            "position:absolute;left:-9999px", "opacity:0", "visibility:hidden",
        ])
        return '<span style="%s">%s</span>' % (style, text)
    if kind == "hidden-alt-text":
        return '<img src="https://%s/media/%s.jpg" alt="%s">' % (
            fill.value("domain"), fill.value("n6"), attr_escape(text))
    if kind == "hidden-attribute":
        attr = fill.rng.choice(["data-note", "data-ai-hint", "title", "aria-label", "data-meta"])
        return '<div class="rv-body" %s="%s"></div>' % (attr, attr_escape(text))
    if kind == "hidden-markdown-comment":
        return "\n[//]: # (" + text.replace(")", "]").replace("(", "[").replace("\n", " ") + ")\n"
    raise ValueError(kind)


def allowed_wrappers(payload, lang):
    fams = ["encoded-base64", "encoded-hex", "encoded-url", "zero-width"]
    if is_latin(payload):
        fams += ["encoded-rot13", "leetspeak", "homoglyph", "spaced-letters"]
    elif is_cyrillic(payload):
        fams += ["homoglyph", "spaced-letters"]
    elif lang in ("ja", "zh-CN", "zh-TW", "ko"):
        fams += ["spaced-letters"]
    return fams


def pick_wrapper(rng, ckind, is_json, payload, lang, has_comment=False):
    """Returns None or a wrapper family for an injection."""
    r = rng.random()
    if ckind == "act":
        return None
    if ckind == "frame":
        p_hidden, p_enc = 0.12, 0.10
    else:
        p_hidden, p_enc = 0.24, 0.28
    if is_json or has_comment:
        p_hidden = 0.0
    if r < p_hidden:
        return rng.choice(HIDDEN_FAMILIES)
    if r < p_hidden + p_enc:
        return rng.choice(allowed_wrappers(payload, lang))
    return None


def continue_case(body, inj):
    """Lower-cases the injection's first letter when it continues a sentence."""
    i = body.find("{inj")
    before = body[:i].rstrip(" ")
    if not before or len(inj) < 2:
        return inj
    prev = before[-1]
    if (prev == "," or prev.isalpha()) and inj[0].isupper() and inj[1].islower():
        return inj[0].lower() + inj[1:]
    return inj


def build_language(mod, seed):
    """Builds all rows of one language module."""
    rng = random.Random(seed)
    lang = mod.LANG
    target = mod.TARGET
    pools = dict(DEFAULT_FILL)
    pools.update(mod.FILL)
    pools.setdefault("mailbox", ["ops", "audit", "verify", "support-desk", "intake"])

    n_inj = round(target * getattr(mod, "INJ_SHARE", 0.40))
    n_ben = target - n_inj
    n_plain = round(n_ben * getattr(mod, "PLAIN_SHARE", 0.22))
    n_hard = n_ben - n_plain
    n_other = round(n_hard * getattr(mod, "OTHER_SHARE", 0.25))
    n_sec = n_hard - n_other

    attacks = [a if len(a) == 3 else (a[0], a[1], a[1]) for a in mod.ATTACKS]
    single = [a for a in attacks if "\n" not in a[1]]
    c_attack = Cycler(attacks, rng)
    c_quote = Cycler(single, rng)
    c_block = Cycler(attacks, rng)
    c_lure = Cycler(mod.LURES, rng)
    c_adv = Cycler(mod.ADVICE, rng)
    c_sign = Cycler(mod.SIGN, rng)
    c_lead = Cycler(mod.LEADS, rng)
    c_sec = Cycler(mod.SECURITY, rng)
    c_other = Cycler(mod.OTHER_HARD, rng)
    c_plain = Cycler(mod.PLAIN, rng)
    c_carrier = Cycler(mod.CARRIERS, rng)

    rows = []
    seen = set()

    def structural(f, text):
        """Replaces composition slots; values drawn fresh per occurrence."""
        def rep(m):
            key = m.group(1)
            base = key[:-2] if key.endswith("_j") else key
            if base == "quote":
                val = c_quote.next()[1]
            elif base == "block":
                val = c_block.next()[1]
            elif base == "lure":
                val = c_lure.next()
            elif base == "advice":
                val = c_adv.next()
            elif base == "sign":
                val = c_sign.next()
            else:
                return m.group(0)
            val = f.fill(val)
            return json_escape(val) if key.endswith("_j") else val
        return SLOT.sub(rep, text)

    def add(source, family, text, inj, payload):
        if text in seen:
            return False
        n = len(text.encode("utf-8"))
        if n < 40 or n > 3000:
            return False
        seen.add(text)
        rows.append({"split": "train", "source": source, "lang": lang,
                     "family": family, "text": text, "injection": inj,
                     "payload": payload})
        return True

    def benign_from(cycler, count, default_family):
        made, tries = 0, 0
        while made < count and tries < count * 30:
            tries += 1
            item = cycler.next()
            source, family, tmpl = item if len(item) == 3 else (item[0], default_family, item[1])
            f = Filler(rng, pools)
            text = f.fill(structural(f, tmpl)).strip()
            if add(source, family, text, False, ""):
                made += 1
        if made < count:
            raise RuntimeError("%s: only %d/%d %s rows" % (lang, made, count, default_family))

    benign_from(c_sec, n_sec, "hard-security-notice")
    benign_from(c_other, n_other, "hard-other")
    benign_from(c_plain, n_plain, "benign")

    made, tries = 0, 0
    while made < n_inj and tries < n_inj * 30:
        tries += 1
        source, ckind, tmpl = c_carrier.next()
        kind, atext, apayload = c_attack.next()
        f = Filler(rng, pools)
        atext = f.fill(atext)
        payload = f.fill(apayload)
        is_json = "{inj_j}" in tmpl
        wrap = pick_wrapper(rng, ckind, is_json, payload, lang, "<!--" in tmpl)
        family = "example-then-act" if ckind == "act" else kind
        if ckind == "act" and "\n" in atext:
            atext = atext.replace("\n", " ")
        inj = atext
        if wrap in HIDDEN_FAMILIES:
            if "\n" in atext and wrap in ("hidden-alt-text", "hidden-attribute", "hidden-markdown-comment"):
                wrap = "hidden-html-comment"
            inj = hide(wrap, atext, f)
            family = wrap
        elif wrap in LEAD_FAMILIES:
            label = {"encoded-base64": "base64", "encoded-hex": "hex",
                     "encoded-rot13": "ROT13", "encoded-url": "URL-encoding"}[wrap]
            lead = f.fill(c_lead.next()).replace("base64", label)
            inj = lead.replace("[[ENC]]", encode(wrap, payload, rng))
            family = wrap
        elif wrap in INLINE_FAMILIES:
            inj = encode(wrap, payload, rng)
            family = wrap
        body = f.fill(structural(f, tmpl))
        inj = continue_case(body, inj)
        text = body.replace("{inj_j}", json_escape(inj)).replace("{inj}", inj).strip()
        if add(source, family, text, True, payload):
            made += 1
    if made < n_inj:
        raise RuntimeError("%s: only %d/%d injections" % (lang, made, n_inj))
    return rows
