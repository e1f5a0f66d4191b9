"""Shared machinery for the fiftythird corpus: pools, carriers, frames, assembly."""

import base64
import codecs
import json
import random
import re
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


class Cycler:
    """Hands out items of a pool in shuffled rounds so usage stays even."""

    def __init__(self, items, rng):
        self.items = list(items)
        if not self.items:
            raise ValueError("empty pool")
        self.rng = rng
        self.queue = []

    def take(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


class Filler:
    """Fills {slot} placeholders from a language's slot lists."""

    STICKY = ("store", "bot")

    def __init__(self, slots, rng, post=None):
        self.rng = rng
        self.post = post
        self.cyc = {k: Cycler(v, rng) for k, v in sorted(slots.items())}
        self.chosen = {}

    def reset(self):
        """Start a new row: the store and its bot stay the same within one row."""
        self.chosen = {}

    def _value(self, key):
        if key in self.STICKY:
            if key not in self.chosen:
                self.chosen[key] = self.cyc[key].take()
            return self.chosen[key]
        return self.cyc[key].take()

    def __call__(self, text):
        out = text
        guard = 0
        while "{" in out and guard < 12:
            guard += 1
            changed = False
            for key, cyc in self.cyc.items():
                tag = "{" + key + "}"
                while tag in out:
                    out = out.replace(tag, self._value(key), 1)
                    changed = True
            if not changed:
                break
        return self.post(out) if self.post else out


# ---------------------------------------------------------------- carriers

CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "i": "\u0456", "y": "\u0443", "A": "\u0410", "E": "\u0415",
       "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def enc_base64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_leet(s, rng):
    return "".join(LEET.get(ch.lower(), ch) if rng.random() < 0.8 else ch for ch in s)


def enc_homoglyph(s, rng):
    return "".join(CYR[ch] if ch in CYR and rng.random() < 0.7 else ch for ch in s)


def enc_zero_width(s, rng):
    zw = rng.choice(["\u200b", "\u200c", "\u200d", "\u2060"])
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and rng.random() < 0.75:
            out.append(zw.join(w))
        else:
            out.append(w)
    return " ".join(out)


def enc_spaced(s, rng):
    sep = rng.choice([" ", ".", " ", "-"])
    gap = {" ": "   ", ".": " / ", "-": "  "}[sep]
    return gap.join(sep.join(w) for w in s.split(" ") if w)


def is_latin(s):
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return False
    return sum(1 for c in letters if ord(c) < 0x250) / len(letters) > 0.8


HIDE_STYLES = [
    'display:none', 'font-size:0', 'color:#ffffff;background:#ffffff',
    'position:absolute;left:-9999px', 'opacity:0;height:0;overflow:hidden',
    'visibility:hidden', 'font-size:1px;color:transparent',
]
IMG_NAMES = ["IMG_2231.jpg", "haul_03.png", "unboxing-1.webp", "fitcheck.jpeg", "PXL_20240611_0921.jpg",
             "story-frame-4.jpg", "before_after.png", "shelfie.jpg", "desk-setup.webp", "swatch.jpg",
             "DSC08812.JPG", "reel-cover.png", "mirror-selfie.jpg", "flatlay_v2.jpg", "img-7781.heic.jpg"]
ATTRS = ["data-note", "data-ai", "title", "data-caption", "aria-description", "data-meta", "data-assistant"]


def hide(kind, line, rng):
    """Wrap a line in a hidden HTML/markdown carrier."""
    if kind == "hidden-html-comment":
        return rng.choice(["<!-- {} -->", "<!--{}-->", "<!-- \n{}\n-->"]).format(line)
    if kind == "hidden-css":
        tag = rng.choice(["span", "div", "p"])
        return '<{0} style="{1}">{2}</{0}>'.format(tag, rng.choice(HIDE_STYLES), line)
    if kind == "alt-text":
        return '<img src="/uploads/ugc/{}" alt="{}">'.format(rng.choice(IMG_NAMES), line.replace('"', "'"))
    if kind == "hidden-attribute":
        attr = rng.choice(ATTRS)
        tag = rng.choice(["<div {}=\"{}\"></div>", "<a href=\"#reviews\" {}=\"{}\">&nbsp;</a>",
                          "<span {}=\"{}\"></span>"])
        return tag.format(attr, line.replace('"', "'"))
    if kind == "markdown-comment":
        return rng.choice(["[//]: # ({})", "[comment]: <> ({})", "[//]: # \"{}\""]).format(
            line.replace("(", "[").replace(")", "]") if "(" in line else line)
    raise ValueError(kind)


HIDDEN_KINDS = ["hidden-html-comment", "hidden-css", "alt-text", "hidden-attribute", "markdown-comment"]
ENC_LATIN = ["encoded-base64", "encoded-hex", "encoded-rot13", "encoded-url", "leetspeak",
             "homoglyph", "zero-width", "spaced-letters"]
ENC_OTHER = ["encoded-base64", "encoded-hex", "encoded-url", "zero-width", "spaced-letters"]


def encode(kind, line, rng):
    if kind == "encoded-base64":
        return enc_base64(line)
    if kind == "encoded-hex":
        return enc_hex(line)
    if kind == "encoded-rot13":
        return enc_rot13(line)
    if kind == "encoded-url":
        return enc_url(line)
    if kind == "leetspeak":
        return enc_leet(line, rng)
    if kind == "homoglyph":
        return enc_homoglyph(line, rng)
    if kind == "zero-width":
        return enc_zero_width(line, rng)
    if kind == "spaced-letters":
        return enc_spaced(line, rng)
    raise ValueError(kind)


# ---------------------------------------------------------------- frames

def stars(n, rng):
    style = rng.randrange(3)
    if style == 0:
        return "\u2605" * n + "\u2606" * (5 - n)
    if style == 1:
        return "{}/5".format(n)
    return "\u2b50" * n


def join_sents(parts, rng):
    if any("\n" in p for p in parts):
        sep = rng.choice(["\n", "\n\n"])
    else:
        sep = rng.choice([" ", " ", " ", "\n", "\n\n"])
    return sep.join(p for p in parts if p)


def html_join(parts, rng):
    out = []
    for p in parts:
        if p.startswith("<"):
            out.append(p)
        else:
            out.append("<p>{}</p>".format(p))
    return rng.choice(["\n", ""]).join(out)


class Lang:
    """Per-language content holder; a language module builds one of these."""

    def __init__(self, code, slots, ctx, inj, hard, labels, seed,
                 enc_leadins, fix=None):
        self.code = code
        self.rng = random.Random(seed)
        self.fill = Filler(slots, self.rng, post=fix)
        self.ctx = {k: Cycler(v, self.rng) for k, v in sorted(ctx.items())}
        self.inj = inj
        self.hard = hard
        self.L = labels
        self.enc_leadins = Cycler(enc_leadins, self.rng)
        self.lab = {k: Cycler(v, self.rng) for k, v in sorted(labels.items()) if isinstance(v, list)}

    def lab_take(self, key):
        return self.fill(self.lab[key].take())

    def ctx_take(self, channel, k):
        out = []
        for _ in range(k):
            pool = channel if channel in self.ctx and self.rng.random() < 0.7 else "any"
            s = self.fill(self.ctx[pool].take())
            if s not in out:
                out.append(s)
        return out


CHANNEL_SOURCE = {
    "comment": ["web"], "live": ["web", "web", "tool"], "post": ["web"], "appreview": ["review"],
    "forum": ["web"], "email": ["email"], "survey": ["feed", "ticket"], "caption": ["review", "web"],
    "review": ["review"], "tool": ["tool"], "referral": ["web"],
}
CHANNELS = list(CHANNEL_SOURCE)
LONG = {"email", "forum", "post"}
HTML_OK = {"comment", "post", "forum", "email", "caption", "referral", "review"}


def insert_at(parts, core, rng, pos=None):
    parts = list(parts)
    if pos is None:
        pos = rng.randrange(len(parts) + 1)
    parts.insert(pos, core)
    return parts


def render(lg, channel, parts, core_idx=None, html=False):
    """Render a list of sentence parts in a channel frame. Returns (source, text)."""
    rng = lg.rng
    L = lg.L
    src = rng.choice(CHANNEL_SOURCE[channel])
    body = html_join(parts, rng) if html else join_sents(parts, rng)
    if channel == "comment":
        style = rng.randrange(5)
        if style == 0:
            text = body
        elif style == 1:
            text = "{} \u00b7 {}\n{}".format(lg.fill("{user}"), lg.lab_take("ago"), body)
        elif style == 2:
            text = "[{}] {}: {}".format(lg.lab_take("platform"), lg.fill("{user}"), body)
        elif style == 3:
            text = "{}\n\n{}".format(lg.lab_take("comment_head"), body)
        else:
            text = body + " " + lg.fill("{emoji}")
        return src, text
    if channel == "live":
        n = rng.randint(2, 5)
        # live chat: each part is a chat message from a viewer; add chatter
        chatter = [lg.fill(lg.ctx["live"].take()) for _ in range(n)]
        msgs = list(chatter)
        for p in parts:
            msgs.insert(rng.randrange(len(msgs) + 1), p)
        mm = rng.randint(0, 50)
        ss = rng.randint(0, 59)
        if src == "tool":
            rows = []
            for m in msgs:
                ss += rng.randint(3, 40)
                mm += ss // 60
                ss %= 60
                rows.append({"t": "00:{:02d}:{:02d}".format(mm, ss), "user": lg.fill("{user}").lstrip("@"), "msg": m})
            obj = {"tool": lg.L["live_tool"], "stream": lg.lab_take("stream_title"), "messages": rows}
            return src, json.dumps(obj, ensure_ascii=False)
        out = [lg.lab_take("stream_title")]
        for m in msgs:
            ss += rng.randint(3, 40)
            mm += ss // 60
            ss %= 60
            out.append("[{:02d}:{:02d}] {}: {}".format(mm, ss, lg.fill("{user}").lstrip("@"), m))
        return src, "\n".join(out)
    if channel == "post":
        tags = lg.lab_take("hashtags")
        link = lg.fill("{shortlink}") if rng.random() < 0.6 else ""
        disc = lg.lab_take("ad_tag") if rng.random() < 0.5 else ""
        tail = " ".join(x for x in [link, disc] if x)
        text = body + ("\n\n" + tail if tail else "") + "\n" + tags
        return src, text
    if channel == "referral":
        text = body + "\n" + lg.fill("{reflink}")
        return src, text
    if channel == "appreview":
        n = rng.choice([1, 2, 2, 3, 4, 5, 5])
        title = lg.lab_take("app_title")
        meta = lg.lab_take("app_meta")
        text = "{} {}\n{}\n{}".format(stars(n, rng), title, body, meta)
        return src, text
    if channel == "forum":
        title = lg.lab_take("forum_title")
        if rng.random() < 0.5:
            text = "{}\n\n{} {}\n{}".format(title, lg.fill("{user}").lstrip("@"), lg.L["wrote"], body)
        else:
            reply = lg.fill(lg.ctx["forum"].take())
            text = "{}\n\n{}: {}\n\n{} {}: {}".format(
                title, lg.fill("{user}").lstrip("@"), reply, lg.L["reply"], lg.fill("{user}").lstrip("@"), body)
        return src, text
    if channel == "email":
        subj = lg.lab_take("email_subject")
        greet = lg.lab_take("greet")
        sign = lg.lab_take("signoff")
        name = lg.fill("{name}")
        text = "{}: {}\n\n{}\n\n{}\n\n{}\n{}".format(lg.L["subject"], subj, greet, body, sign, name)
        if rng.random() < 0.4:
            text += "\n\n> " + lg.lab_take("newsletter_quote")
        return src, text
    if channel == "survey":
        q = lg.lab_take("survey_q")
        if rng.random() < 0.5:
            text = "{}\n{}".format(q, body)
        else:
            text = "{} #{} | NPS {} | {}\n{}".format(lg.L["response"], rng.randint(1000, 99999), rng.randint(0, 10), q, body)
        return src, text
    if channel == "caption":
        if rng.random() < 0.5:
            text = "{}\n{}".format(body, lg.fill("{hashtag}"))
        else:
            text = "{}: {}\n{}: {}".format(lg.L["caption"], body, lg.L["photo"], lg.fill("{photo}"))
        return src, text
    if channel == "review":
        if rng.random() < 0.5:
            return src, body
        return src, "{} {}\n{}".format(stars(rng.choice([1, 2, 3, 4, 5, 5, 5]), rng), lg.lab_take("review_title"), body)
    if channel == "tool":
        obj = {
            "source": lg.lab_take("tool_source"),
            "platform": lg.lab_take("platform"),
            "author": lg.fill("{user}"),
            "likes": rng.randint(0, 900),
            "text": body,
        }
        return src, json.dumps(obj, ensure_ascii=False)
    raise ValueError(channel)


def tool_field_injection(lg, line):
    """Tool result where the instruction sits in a secondary field."""
    rng = lg.rng
    body = " ".join(lg.ctx_take("comment", rng.randint(1, 2)))
    field = rng.choice(["author_bio", "display_name", "media_alt", "location", "pinned_note", "link_title"])
    obj = {
        "source": lg.lab_take("tool_source"),
        "platform": lg.lab_take("platform"),
        "author": lg.fill("{user}"),
        "text": body,
        field: line,
        "likes": rng.randint(0, 500),
    }
    return "tool", json.dumps(obj, ensure_ascii=False)


def pick_channel(rng, hint):
    if hint:
        return rng.choice(hint.split())
    return rng.choice(CHANNELS)


def norm_item(item):
    """Items are (family, text) or (family, text, channel-hint)."""
    if len(item) == 2:
        return item[0], item[1], ""
    return item[0], item[1], item[2]


def make_injection(lg, item, carrier):
    rng = lg.rng
    lg.fill.reset()
    fam, raw, hint = norm_item(item)
    line = lg.fill(raw)
    payload = line
    channel = pick_channel(rng, hint)
    if carrier == "plain":
        family = fam
        core = line
    elif carrier == "json-field":
        src, text = tool_field_injection(lg, line)
        return dict(source=src, family="tool-field", text=text, payload=payload)
    elif carrier in HIDDEN_KINDS:
        family = carrier
        if channel in ("live", "appreview", "tool"):
            ok = [c for c in hint.split() if c in HTML_OK or c == "survey"]
            channel = rng.choice(ok or ["post", "forum", "caption", "comment", "email"])
        core = hide(carrier, line, rng)
    else:
        family = carrier
        enc = encode(carrier, line, rng)
        lead = lg.enc_leadins.take()
        if carrier in ("leetspeak", "homoglyph", "zero-width", "spaced-letters"):
            core = enc if rng.random() < 0.6 else lead + " " + enc
        else:
            core = lead + " " + enc
    if channel in ("live", "caption"):
        k = rng.choice([0, 1])
    elif channel in LONG:
        k = rng.choice([1, 2, 3, 4])
    else:
        k = rng.choice([0, 1, 1, 1, 2, 2])
    parts = lg.ctx_take(channel, k)
    parts = insert_at(parts, core, rng)
    src, text = render(lg, channel, parts, html=(carrier in HIDDEN_KINDS and carrier != "markdown-comment" and rng.random() < 0.6))
    return dict(source=src, family=family, text=text, payload=payload)


def make_hard(lg, item):
    rng = lg.rng
    lg.fill.reset()
    fam, raw, hint = norm_item(item)
    line = lg.fill(raw)
    channel = pick_channel(rng, hint)
    if channel == "live":
        k = rng.choice([0, 1])
    elif channel in LONG:
        k = rng.choice([0, 1, 2, 3])
    else:
        k = rng.choice([0, 0, 1, 1, 2])
    parts = insert_at(lg.ctx_take(channel, k), line, rng)
    src, text = render(lg, channel, parts, html=("<" in line and channel in HTML_OK and rng.random() < 0.5))
    return dict(source=src, family=fam, text=text, payload="")


def make_benign(lg):
    rng = lg.rng
    lg.fill.reset()
    channel = rng.choice(CHANNELS)
    if channel in ("live", "caption"):
        k = rng.choice([1, 1, 2])
    elif channel in LONG:
        k = rng.choice([1, 2, 3, 4, 5])
    else:
        k = rng.choice([1, 2, 2, 3])
    parts = lg.ctx_take(channel, k)
    src, text = render(lg, channel, parts)
    return dict(source=src, family="benign", text=text, payload="")


def build(lg, n_total, inj_frac=0.45, hard_frac=0.62, carrier_mix=None):
    """Build n_total rows for one language (without ids)."""
    rng = lg.rng
    n_inj = round(n_total * inj_frac)
    n_ben = n_total - n_inj
    n_hard = round(n_ben * hard_frac)
    n_plain = n_ben - n_hard
    latin = is_latin(" ".join(x[1] for x in lg.inj[:20]))
    enc_kinds = ENC_LATIN if latin else ENC_OTHER
    if carrier_mix is None:
        carrier_mix = [("plain", 58), ("hidden", 17), ("enc", 17), ("json-field", 8)]
    bag = []
    for name, w in carrier_mix:
        bag += [name] * w
    hid_c = Cycler(HIDDEN_KINDS, rng)
    enc_c = Cycler(enc_kinds, rng)
    bag_c = Cycler(bag, rng)
    inj_c = Cycler(lg.inj, rng)
    hard_c = Cycler(lg.hard, rng)
    seen = set()
    rows = []

    def add(row, injection):
        if row["text"] in seen:
            return False
        b = len(row["text"].encode("utf-8"))
        if b < 40 or b > 3000:
            return False
        seen.add(row["text"])
        row["injection"] = injection
        rows.append(row)
        return True

    made = 0
    tries = 0
    while made < n_inj and tries < n_inj * 20:
        tries += 1
        c = bag_c.take()
        if c == "hidden":
            c = hid_c.take()
        elif c == "enc":
            c = enc_c.take()
        if add(make_injection(lg, inj_c.take(), c), True):
            made += 1
    made = 0
    tries = 0
    while made < n_hard and tries < n_hard * 20:
        tries += 1
        if add(make_hard(lg, hard_c.take()), False):
            made += 1
    made = 0
    tries = 0
    while made < n_plain and tries < n_plain * 20:
        tries += 1
        if add(make_benign(lg), False):
            made += 1
    for r in rows:
        r["lang"] = lg.code
    return rows


def contractor(pairs):
    """Build a text fixer that applies article contractions (e.g. 'de el' -> 'del')."""
    compiled = [(re.compile(r"\b" + a + r"\b"), b) for a, b in pairs]

    def fix(text):
        for pat, rep in compiled:
            text = pat.sub(rep, text)
        return text
    return fix
