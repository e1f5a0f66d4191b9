"""Shared helpers: encoders, hiding wrappers and the per-language row builder."""

import base64
import codecs
import json
import random
import re
import urllib.parse

MARK = "§§"
SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
NOSPACE = ("ja", "zh-CN", "zh-TW")
HTMLISH = ("web", "email", "feed", "review")


# ---------------------------------------------------------------- encoders
def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlq(s):
    return urllib.parse.quote(s, safe="")


_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5",
                       "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
                       "S": "5", "T": "7"})


def leet(s):
    return s.translate(_LEET)


_HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e",
                       "p": "\u0440", "c": "\u0441", "x": "\u0445",
                       "y": "\u0443", "i": "\u0456", "A": "\u0410",
                       "E": "\u0415", "O": "\u041e", "P": "\u0420",
                       "C": "\u0421", "T": "\u0422", "H": "\u041d",
                       "K": "\u041a", "M": "\u041c", "B": "\u0412"})


def homoglyph(s):
    return s.translate(_HOMO)


def zw(s):
    """Zero-width space between the letters of every word."""
    return " ".join("\u200b".join(w) for w in s.split(" "))


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split(" "))


# ---------------------------------------------------------------- wrappers
# Each returns (snippet, payload) so that Lang.atk can take it directly.
def comment(s):
    return ("<!-- %s -->" % s, s)


_STYLES = (
    "display:none",
    "font-size:0",
    "color:#ffffff;background:#ffffff",
    "position:absolute;left:-9999px",
    "opacity:0;height:0;overflow:hidden",
    "visibility:hidden",
    "font-size:1px;color:transparent",
)


def hidden(s, n=0, tag="span"):
    return ('<%s style="%s">%s</%s>' % (tag, _STYLES[n % len(_STYLES)], s, tag), s)


def alt(s, img="https://cdn.example.com/img/p-1042.jpg"):
    return ('<img src="%s" alt="%s">' % (img, s), s)


def attr(s, name="data-note", tag="div", inner=""):
    return ('<%s %s="%s">%s</%s>' % (tag, name, s, inner, tag), s)


def mdc(s):
    return ("[//]: # (%s)" % s, s)


# ---------------------------------------------------------------- builder
_BLOCK_START = ("<", "[", "{", "#", "---", "P.S", "PS", "P.P.S", "//", "**",
                ">", "\u203b", "\u8ffd\u4f38", "==", "--", "Note", "NB", "|")


def _boundaries(text, nospace):
    pat = r"(?<=[\u3002\uff01\uff1f!?])\n*|\n+" if nospace else r"(?<=[.!?])\s+|\n+"
    pos = []
    for m in re.finditer(pat, text):
        a, b = m.start(), m.end()
        if 0 < a and b < len(text) - 1:
            pos.append((a, b))
    return pos


def insert(host, snippet, pos, lang, rng):
    nospace = lang in NOSPACE
    if MARK in host:
        if host.lstrip().startswith(("{", "[")):
            snippet = json.dumps(snippet, ensure_ascii=False)[1:-1]
        return host.replace(MARK, snippet, 1)
    block = "\n" in snippet or snippet.startswith(_BLOCK_START)
    if pos == "any":
        pos = rng.choice(("start", "mid", "mid", "end", "end"))
    if block:
        sep = "\n\n"
    else:
        sep = "" if nospace else " "
    if pos == "start":
        return snippet + sep + host
    if pos == "end":
        return host.rstrip() + sep + snippet
    cuts = _boundaries(host, nospace)
    if not cuts:
        return host.rstrip() + sep + snippet
    mid = len(host) // 2
    a, b = min(cuts, key=lambda ab: abs(ab[0] - mid))
    if nospace:
        if block or b > a:
            return host[:a] + "\n" + snippet + "\n" + host[b:]
        return host[:a] + snippet + host[b:]
    if block:
        return host[:a] + "\n\n" + snippet + "\n\n" + host[b:]
    return host[:a] + " " + snippet + " " + host[b:]


def strip_mark(text):
    return text.replace(" " + MARK, "").replace(MARK, "")


class Lang:
    """Collects hand-written pieces for one language and turns them into rows."""

    def __init__(self, code, seed):
        self.code = code
        self.rng = random.Random(seed)
        self.hosts = []
        self.attacks = []
        self.rows = []

    # topics: optional {name: (keyword, ...)} used to keep an attack about
    # bikes in a bike text rather than in a lipstick review
    topics = None

    def _topic(self, text):
        if not self.topics:
            return None
        low = text.lower()
        best, score = None, 0
        for name, words in self.topics.items():
            n = sum(low.count(w) for w in words)
            if n > score:
                best, score = name, n
        return best

    # benign pieces -------------------------------------------------
    def host(self, source, *texts, lang=None):
        for t in texts:
            self.hosts.append({"source": source, "text": t.strip("\n"),
                               "lang": lang or self.code})

    def hard(self, source, kind, text, lang=None):
        self.rows.append(self._row(source, lang, "hard-" + kind,
                                   text.strip("\n"), False, ""))

    def plain(self, source, text, lang=None):
        self.rows.append(self._row(source, lang, "benign", text.strip("\n"),
                                   False, ""))

    # injections ----------------------------------------------------
    def full(self, source, family, text, payload, lang=None):
        self.rows.append(self._row(source, lang, family, text.strip("\n"),
                                   True, payload))

    def atk(self, family, snippet, payload=None, pos="any", src=None, lang=None):
        if isinstance(snippet, tuple):
            snippet, p2 = snippet
            payload = payload or p2
        self.attacks.append({"family": family, "snippet": snippet,
                             "payload": payload or snippet, "pos": pos,
                             "src": src, "lang": lang or self.code})

    def enc(self, family, lead, instruction, pos="any", src=None, lang=None):
        fn = {"encoded-base64": b64, "encoded-hex": hexs,
              "encoded-rot13": rot13, "encoded-url": urlq,
              "leetspeak": leet, "homoglyph": homoglyph,
              "zero-width": zw, "spaced-letters": spaced}[family]
        self.atk(family, lead.format(fn(instruction)), instruction, pos, src, lang)

    # ---------------------------------------------------------------
    def _row(self, source, lang, family, text, inj, payload):
        assert source in SOURCES, source
        return {"source": source, "lang": lang or self.code, "family": family,
                "text": text, "injection": inj, "payload": payload}

    def finish(self, n_inj, n_ben):
        rng = self.rng
        hosts = list(self.hosts)
        rng.shuffle(hosts)
        ben_now = sum(1 for r in self.rows if not r["injection"])
        need_plain = n_ben - ben_now
        if need_plain < 0 or need_plain > len(hosts):
            raise SystemExit("%s: need %d plain hosts, have %d hosts (hard+plain=%d)"
                             % (self.code, need_plain, len(hosts), ben_now))
        uses = [0] * len(hosts)
        out = list(self.rows)
        for i in range(need_plain):
            h = hosts[i]
            out.append(self._row(h["source"], h["lang"], "benign",
                                 strip_mark(h["text"]), False, ""))
            uses[i] = 1
        full_now = sum(1 for r in self.rows if r["injection"])
        need_atk = n_inj - full_now
        attacks = list(self.attacks)
        rng.shuffle(attacks)
        if len(attacks) < need_atk:
            raise SystemExit("%s: need %d placed attacks, have %d"
                             % (self.code, need_atk, len(attacks)))
        if len(attacks) > need_atk:
            import sys
            print("note: %s has %d spare attacks" % (self.code, len(attacks) - need_atk),
                  file=sys.stderr)
            attacks = attacks[:need_atk]
        for a in attacks:
            cands = [i for i, h in enumerate(hosts)
                     if h["lang"] == a["lang"]
                     and (a["src"] is None or h["source"] in a["src"])]
            if not cands:
                raise SystemExit("%s: no host for %r" % (self.code, a["snippet"][:60]))
            topic = self._topic(a["snippet"] + " " + a["payload"])
            if topic:
                same = [i for i in cands if self._topic(hosts[i]["text"]) == topic
                        and uses[i] < 3]
                if same:
                    cands = same
            low = min(uses[i] for i in cands)
            pick = rng.choice([i for i in cands if uses[i] == low])
            uses[pick] += 1
            h = hosts[pick]
            text = insert(h["text"], a["snippet"], a["pos"], h["lang"], rng)
            out.append(self._row(h["source"], h["lang"], a["family"],
                                 strip_mark(text), True, a["payload"]))
        return out
