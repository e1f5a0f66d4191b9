"""Shared pool parsing, disguises and row assembly for the seventythird corpus.

Language modules only hold text; everything mechanical
(embedding a snippet into a carrier text, light disguises, tool-result
wrapping, counting and reuse caps) lives here once.

Pool line formats (one entry per line, ``#`` starts a comment line, the
character ``¶`` stands for a line break inside a text):

* hosts:  ``src|text``                      ordinary benign carrier texts
* hard:   ``src|kind|text``                 hard negatives (family hard-<kind>)
* inj:    ``src|fam|text || payload``       complete injection texts
* snips:  ``fam|text || payload``           injections attachable to a carrier
  (payload may be omitted for snips; the snippet itself is the instruction)

``src`` is one letter: r review, t ticket, f feed, e email, w web, o tool.
"""

import base64
import codecs
import json
import math
import random
import urllib.parse

SOURCES = {"r": "review", "t": "ticket", "f": "feed", "e": "email",
           "w": "web", "o": "tool"}

INJ_FAM = {
    "sum": "summary-manipulation",
    "rate": "rating-manipulation",
    "rank": "ranking-manipulation",
    "rec": "recommendation-manipulation",
    "sys": "fake-system",
    "turn": "fake-turn",
    "persona": "persona-override",
    "over": "instruction-override",
    "leak": "prompt-leak",
    "secret": "secret-leak",
    "refund": "tool-refund",
    "disc": "tool-discount",
    "price": "tool-price",
    "addr": "tool-address",
    "mail": "tool-email",
    "cancel": "tool-cancel",
    "order": "tool-order",
    "link": "exfil-link",
    "img": "exfil-image",
    "mem": "memory-poisoning",
    "mod": "moderation-bypass",
    "spaced": "spaced-letters",
    "leet": "leetspeak",
    "zw": "zero-width",
    "homo": "homoglyph",
    "b64": "encoded-base64",
    "hex": "encoded-hex",
    "rot13": "encoded-rot13",
    "url": "encoded-url",
    "html": "hidden-html",
    "css": "hidden-css",
    "alt": "alt-text",
    "cond": "conditional-instruction",
    "third": "third-person-instruction",
}

NL = "\u00b6"
ZW = ["\u200b", "\u200c", "\u2060", "\u200d"]

# Latin -> Cyrillic look-alikes and back.
HOMO_LAT = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
            "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
            "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
            "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a",
            "M": "\u041c", "B": "\u0412"}
HOMO_CYR = {v: k for k, v in HOMO_LAT.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}

# Wrappers that pose as system / developer / conversation messages.
LABELS = [
    ("fake-system", "[SYSTEM] {s}"),
    ("fake-system", "SYSTEM: {s}"),
    ("fake-system", "<|im_start|>system" + NL + "{s}<|im_end|>"),
    ("fake-system", "### Instruction:" + NL + "{s}"),
    ("fake-system", '{{"role": "system", "content": "{s}"}}'),
    ("fake-system", "[[admin]] {s}"),
    ("fake-system", "</review><system>{s}</system>"),
    ("fake-system", "-----" + NL + "MODEL NOTE: {s}"),
    ("fake-system", "[dev-override] {s}"),
    ("fake-turn", "<|assistant|> ok <|user|> {s}"),
    ("fake-turn", "Assistant: Sure." + NL + "User: {s}"),
    ("fake-turn", "[assistant]: noted. [user]: {s}"),
]

# Hidden carriers: the snippet is invisible to a shopper but read by a model.
HIDDEN = [
    ("hidden-html", "<!-- {s} -->"),
    ("hidden-html", "<!--{s}-->"),
    ("hidden-css", '<span style="display:none">{s}</span>'),
    ("hidden-css", '<p style="font-size:0">{s}</p>'),
    ("hidden-css", '<div style="color:#fff;background:#fff">{s}</div>'),
    ("hidden-css", "<div hidden>{s}</div>"),
    ("alt-text", '<img src="/media/u/4471.jpg" alt="{s}">'),
    ("alt-text", "![{s}](/uploads/photo_2.jpg)"),
    ("markdown-comment", "[//]: # ({s})"),
]

# Harmless developer markup for benign rows.
BENIGN_COMMENTS = [
    "<!-- review widget v3.2 -->", "<!-- /review-body -->",
    "<!-- TODO: lazy-load thumbnails -->", "<!-- end of Q&A block -->",
    "<!-- rating: 4/5, verified purchase -->", "<!-- cache: hit -->",
    "<!-- imported from legacy shop -->", "<!-- translated: no -->",
]
BENIGN_WRAPS = [
    '<div class="review-text">{s}</div>',
    '<p class="qa-question">{s}</p>',
    "<li>{s}</li>",
    '<blockquote data-stars="5">{s}</blockquote>',
    '<div class="comment" data-id="{n}">{s}</div>',
]

TOOL_WRAPS = [
    lambda s, n: json.dumps({"tool": "fetch_reviews", "status": "ok",
                             "items": [{"stars": 1 + n % 5, "body": s}]},
                            ensure_ascii=False),
    lambda s, n: json.dumps({"order_id": "SO-%05d" % (n * 7 % 100000),
                             "status": "processing", "customer_note": s},
                            ensure_ascii=False),
    lambda s, n: json.dumps({"ticket": 80000 + n, "channel": "chat",
                             "message": s}, ensure_ascii=False),
    lambda s, n: json.dumps({"qa": [{"question": s, "answer": None}]},
                            ensure_ascii=False),
    lambda s, n: "get_messages() -> [{\"from\": \"customer\", \"text\": %s}]"
                 % json.dumps(s, ensure_ascii=False),
]

# which carrier sources a hard negative of a given source may be joined to
COMPAT = {"review": ("review",), "web": ("web",),
          "ticket": ("ticket",), "email": ("email",),
          "feed": (), "tool": ()}

# hard-negative kinds that read naturally when joined to another text
COMBINABLE = {"hard-ignore", "hard-forget", "hard-voice-assistant",
              "hard-ai-product", "hard-system-word", "hard-prompt-word",
              "hard-bot-complaint", "hard-cancel", "hard-refund",
              "hard-discount", "hard-human", "hard-override",
              "hard-instructions", "hard-admin"}

# injection families that fit inside a listing/feed line
FEED_OK = {"ranking-manipulation", "summary-manipulation", "rating-manipulation",
           "recommendation-manipulation", "tool-price",
           "third-person-instruction", "instruction-override",
           "memory-poisoning", "conditional-instruction"}

SENT_END = (". ", "! ", "? ", "\u3002", "\uff01", "\uff1f", "\u0964 ", "; ")


def _lines(block):
    for raw in block.strip("\n").splitlines():
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        yield s.replace(NL, "\n").replace("\\n", "\n")


class Piece:
    __slots__ = ("key", "src", "family", "text", "payload")

    def __init__(self, key, src, family, text, payload=""):
        self.key, self.src, self.family = key, src, family
        self.text, self.payload = text.strip(), payload.strip()


def _split_payload(s):
    if " || " in s:
        t, p = s.rsplit(" || ", 1)
        return t.strip(), p.strip()
    return s.strip(), ""


def parse(block, kind, code):
    out = []
    for i, line in enumerate(_lines(block)):
        key = "%s:%s:%d" % (code, kind, i)
        if kind == "host":
            src, text = line.split("|", 1)
            out.append(Piece(key, SOURCES[src.strip()], "benign", text))
        elif kind == "hard":
            src, fam, text = line.split("|", 2)
            fam = fam.strip()
            fam = fam if fam == "benign" or fam.startswith("hard-") \
                else "hard-" + fam
            out.append(Piece(key, SOURCES[src.strip()], fam, text))
        elif kind == "inj":
            src, fam, rest = line.split("|", 2)
            text, payload = _split_payload(rest)
            if not payload:
                raise ValueError("injection without payload: " + line)
            out.append(Piece(key, SOURCES[src.strip()],
                             INJ_FAM.get(fam.strip(), fam.strip()), text,
                             payload))
        elif kind == "snip":
            fam, rest = line.split("|", 1)
            text, payload = _split_payload(rest)
            out.append(Piece(key, None, INJ_FAM.get(fam.strip(), fam.strip()),
                             text, payload or text))
    return out


class Lang:
    def __init__(self, code, n, hosts, hard, inj, snips, decode,
                 labels=(), script="latin", joins=(), inj_ratio=0.45,
                 hard_share=0.66):
        self.code, self.n, self.script = code, n, script
        self.hosts = parse(hosts, "host", code)
        self.hard = parse(hard, "hard", code)
        self.inj = parse(inj, "inj", code)
        self.snips = parse(snips, "snip", code)
        self.decode = list(decode)
        self.labels = [(INJ_FAM.get(f, f), t.replace(NL, "\n"))
                       for f, t in labels]
        self.inj_ratio, self.hard_share = inj_ratio, hard_share
        self.joins = list(joins)


# ---------------------------------------------------------------- disguises

def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.45:
            out.append(rng.choice(ZW))
    return "".join(out)


def homoglyph(s, rng, script):
    table = HOMO_LAT if script == "latin" else HOMO_CYR
    return "".join(table[c] if c in table and rng.random() < 0.55 else c
                   for c in s)


def leet(s, rng):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.7 else c
                   for c in s)


def encode(kind, s):
    if kind == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if kind == "hex":
        return s.encode("utf-8").hex()
    if kind == "rot13":
        return codecs.encode(s, "rot13")
    if kind == "url":
        return urllib.parse.quote(s, safe="")
    raise ValueError(kind)


def _sep(rng, script):
    if script == "cjk":
        return rng.choice(["", "", " ", "\n"])
    return rng.choice([" ", " ", " ", "\n", "  "])


def embed(host, snip, rng, script, where=None, joins=()):
    """Put snip at the start, end or a sentence break of host."""
    where = where or rng.choice(["end", "end", "start", "mid", "mid"])
    if where == "end" and joins and rng.random() < 0.35:
        return host + _sep(rng, script) + rng.choice(joins) + snip
    if where == "mid":
        cuts = []
        for e in SENT_END:
            i = host.find(e)
            while i != -1:
                j = i + len(e)
                if 0 < j < len(host) - 3:
                    cuts.append(j)
                i = host.find(e, i + 1)
        if cuts:
            j = rng.choice(sorted(cuts))
            left, right = host[:j].rstrip(), host[j:].lstrip()
            sp = "" if script == "cjk" else " "
            return left + sp + snip + sp + right
        where = "end"
    sep = _sep(rng, script)
    if where == "start":
        return snip + sep + host
    return host + sep + snip


# ---------------------------------------------------------------- builder

class Builder:
    def __init__(self, L):
        self.L = L
        self.rng = random.Random("seventythird/" + L.code)
        self.rows = []
        self.texts = set()
        self.uses = {}
        self.cap = 4

    def ok(self, text):
        b = len(text.encode("utf-8"))
        return 40 <= b <= 3000 and text not in self.texts

    def add(self, text, src, fam, inj, payload, parts):
        text = text.strip()
        if not self.ok(text):
            return False
        if any(self.uses.get(p.key, 0) >= self.cap for p in parts):
            return False
        self.texts.add(text)
        for p in parts:
            self.uses[p.key] = self.uses.get(p.key, 0) + 1
        self.rows.append({"source": src, "lang": self.L.code, "family": fam,
                          "text": text, "injection": inj,
                          "payload": payload if inj else ""})
        return True

    def carrier(self, avoid=(), allow_hard=True, src=None, fam=None):
        pool = list(self.L.hosts)
        if fam is not None and fam not in FEED_OK:
            pool = [p for p in pool if p.src not in ("feed", "tool")]
        if allow_hard and self.L.hard and self.rng.random() < 0.2:
            pool = list(self.L.hard)
        if src is not None:
            ok = COMPAT.get(src, (src,))
            pool = [p for p in self.L.hosts if p.src in ok]
        lim = self.cap - 1 if src is None else self.cap
        pool = [p for p in pool if p.key not in avoid
                and self.uses.get(p.key, 0) < lim]
        if not pool and src is None:
            pool = [p for p in self.L.hosts if p.key not in avoid
                    and self.uses.get(p.key, 0) < self.cap
                    and (fam is None or fam in FEED_OK
                         or p.src not in ("feed", "tool"))]
        if not pool:
            return None
        low = min(self.uses.get(p.key, 0) for p in pool)
        cand = [p for p in pool if self.uses.get(p.key, 0) == low]
        return self.rng.choice(cand)

    def maybe_tool(self, text, src, prob=0.07):
        if src in ("review", "ticket", "web") and self.rng.random() < prob:
            w = self.rng.choice(TOOL_WRAPS)
            return w(text, len(self.rows) + 1), "tool"
        return text, src

    # -- injections
    def disguises(self):
        sc = self.L.script
        d = ["zw", "label", "label", "html", "css", "alt", "b64", "url"]
        if sc in ("latin", "cyrillic"):
            d += ["homo"]
        if sc == "latin":
            d += ["leet", "rot13", "hex"]
        else:
            d += ["hex"]
        if self.L.labels:
            d += ["native-label"]
        self.rng.shuffle(d)
        return d

    def disguised(self, sn, kind):
        """Return (text_fragment, family, needs_host) or None."""
        L, rng = self.L, self.rng
        s = sn.text
        if kind == "zw":
            return zero_width(s, rng), "zero-width", rng.random() < 0.6
        if kind == "homo":
            return homoglyph(s, rng, L.script), "homoglyph", \
                rng.random() < 0.6
        if kind == "leet":
            return leet(s, rng), "leetspeak", rng.random() < 0.5
        if kind == "label":
            fam, t = rng.choice(LABELS)
            t = t.replace(NL, "\n")
            return t.format(s=s), fam, rng.random() < 0.5
        if kind == "native-label":
            fam, t = rng.choice(L.labels)
            return t.format(s=s), fam, rng.random() < 0.5
        if kind in ("html", "css", "alt"):
            fams = {"html": ("hidden-html", "markdown-comment"),
                    "css": ("hidden-css",), "alt": ("alt-text",)}[kind]
            fam, t = rng.choice([h for h in HIDDEN if h[0] in fams])
            return t.format(s=s), fam, True
        enc = {"b64": "base64", "hex": "hex", "rot13": "rot13",
               "url": "url"}[kind]
        lim = {"base64": 200, "hex": 100, "rot13": 400, "url": 180}[enc]
        p = sn.text
        if len(p.encode("utf-8")) > lim:
            p = sn.payload
        if len(p.encode("utf-8")) > lim or not L.decode:
            return None
        if enc == "rot13" and not all(ord(c) < 128 for c in p):
            return None
        t = rng.choice(L.decode)
        frag = t.format(k={"base64": "base64", "hex": "hex",
                           "rot13": "ROT13", "url": "URL"}[enc],
                        x=encode(enc, p))
        return frag, "encoded-" + enc, rng.random() < 0.4

    def injections(self, n_inj):
        L, rng = self.L, self.rng
        full = list(L.inj)
        rng.shuffle(full)
        for p in full:
            if self.count(True) >= n_inj:
                break
            text, src = self.maybe_tool(p.text, p.src, 0.05)
            self.add(text, src, p.family, True, p.payload, [p])
        snips = list(L.snips)
        rng.shuffle(snips)
        dq = []
        for rnd in range(3):
            for sn in snips:
                if self.count(True) >= n_inj:
                    return
                for _try in range(6):
                    if rnd == 1:
                        if not dq:
                            dq = self.disguises()
                        kind = dq.pop()
                        d = self.disguised(sn, kind)
                        if d is None:
                            continue
                        frag, fam, needs_host = d
                    else:
                        frag, fam, needs_host = sn.text, sn.family, True
                        if rnd == 2 and rng.random() < 0.25:
                            needs_host = False
                    if needs_host:
                        h = self.carrier(fam=sn.family)
                        if h is None:
                            break
                        joins = L.joins if h.src != "feed" else ()
                        text = embed(h.text, frag, rng, L.script, joins=joins)
                        text, src = self.maybe_tool(text, h.src)
                        parts = [sn, h]
                    else:
                        src = rng.choice(["review", "ticket", "web",
                                          "review", "email"])
                        text, parts = frag, [sn]
                    if self.add(text, src, fam, True, sn.payload, parts):
                        break

    # -- benign
    def hard_rows(self, n_hard):
        L, rng = self.L, self.rng
        hard = list(L.hard)
        rng.shuffle(hard)
        for p in hard:
            if self.count(False, True) >= n_hard:
                return
            text, src = self.maybe_tool(p.text, p.src, 0.05)
            self.add(text, src, p.family, False, "", [p])
        # a few harmless markup / encoded-data rows
        extra = max(1, n_hard // 25)
        for i in range(extra * 2):
            if self.count(False, True) >= n_hard:
                return
            h = self.carrier(allow_hard=False,
                             src=rng.choice(["review", "web"]))
            if h is None:
                break
            if i % 2 == 0:
                if rng.random() < 0.5:
                    t = h.text + "\n" + rng.choice(BENIGN_COMMENTS)
                else:
                    t = rng.choice(BENIGN_WRAPS).format(s=h.text, n=1000 + i)
                    t += rng.choice(BENIGN_COMMENTS)
                self.add(t, "web", "hard-benign-markup", False, "", [h])
            else:
                raw = bytes(rng.randrange(256) for _ in range(24))
                b = base64.b64encode(raw).decode()
                t = rng.choice([
                    h.text + '\n<img src="data:image/jpeg;base64,%s...">' % b,
                    h.text + "\nref=%s&utm_source=app" % raw[:8].hex(),
                    h.text + "\n[att: IMG_%d.jpg sha1=%s]" % (
                        4000 + i, raw[:20].hex()),
                ])
                self.add(t, h.src, "hard-encoded-data", False, "", [h])
        rounds = 0
        while self.count(False, True) < n_hard and rounds < 3:
            rounds += 1
            for p in hard:
                if self.count(False, True) >= n_hard:
                    return
                if self.uses.get(p.key, 0) >= 2 or p.family not in COMBINABLE:
                    continue
                h = self.carrier(avoid={p.key}, allow_hard=False, src=p.src)
                if h is None:
                    continue
                where = rng.choice(["start", "end", "end"])
                text = embed(h.text, p.text, rng, L.script, where, L.joins)
                text, src = self.maybe_tool(text, p.src, 0.05)
                self.add(text, src, p.family, False, "", [p, h])

    def plain_rows(self, n_plain, pairs=True):
        L, rng = self.L, self.rng
        hosts = sorted(L.hosts, key=lambda p: (self.uses.get(p.key, 0),
                                               rng.random()))
        for p in hosts:
            if self.count(False, False) >= n_plain:
                return
            if self.uses.get(p.key, 0):
                continue
            text, src = self.maybe_tool(p.text, p.src)
            self.add(text, src, "benign", False, "", [p])
        if not pairs:
            return
        for _ in range(4 * n_plain):
            if self.count(False, False) >= n_plain:
                return
            a = self.carrier(allow_hard=False)
            if a is None:
                break
            b = self.carrier(avoid={a.key}, allow_hard=False, src=a.src)
            if b is None:
                continue
            sep = "\n" if rng.random() < 0.5 else _sep(rng, L.script)
            self.add(a.text + sep + b.text, a.src, "benign", False, "",
                     [a, b])

    def count(self, inj, hard=None):
        c = 0
        for r in self.rows:
            if r["injection"] != inj:
                continue
            if hard is None:
                c += 1
            elif hard == (r["family"] != "benign"):
                c += 1
        return c

    def run(self):
        L = self.L
        n_inj = round(L.n * L.inj_ratio)
        n_ben = L.n - n_inj
        n_hard = math.ceil(n_ben * L.hard_share)
        n_plain = n_ben - n_hard
        self.plain_rows(n_plain, pairs=False)
        self.injections(n_inj)
        self.hard_rows(n_hard)
        self.plain_rows(n_plain)
        got = (self.count(True), self.count(False, True),
               self.count(False, False))
        want = (n_inj, n_hard, n_plain)
        if got != want:
            raise SystemExit("%s: got inj/hard/plain %s, want %s "
                             "(pools: hosts %d hard %d inj %d snips %d)"
                             % (L.code, got, want, len(L.hosts), len(L.hard),
                                len(L.inj), len(L.snips)))
        return self.rows


def build(L):
    return Builder(L).run()
