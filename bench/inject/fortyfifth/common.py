"""Parsing helpers and text transforms shared by the language modules."""
import base64
import codecs
import json
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")


def _lines(block):
    for raw in block.split("\n"):
        line = raw.strip()
        if not line:
            continue
        yield line.replace("\\n", "\n")


def parse_inj(block):
    """'@@family src,src' headers, then one attack per line ('text ||| payload')."""
    out, family, srcs = [], None, ("review", "ticket")
    for line in _lines(block):
        if line.startswith("@@"):
            parts = line[2:].split()
            family = parts[0]
            srcs = tuple(parts[1].split(",")) if len(parts) > 1 else ("review", "ticket", "web")
            continue
        if " ||| " in line:
            text, payload = line.split(" ||| ", 1)
        else:
            text, payload = line, line
        out.append({"family": family, "text": text, "payload": payload, "srcs": srcs})
    return out


def parse_ben(block):
    """'@@source' headers, then one benign text per line."""
    out, src = [], "review"
    for line in _lines(block):
        if line.startswith("@@"):
            src = line[2:].split()[0]
            continue
        out.append({"source": src, "text": line})
    return out


def parse_hard(block):
    """'@@hard-kind source' headers, then one hard negative per line."""
    out, family, src = [], "hard", "review"
    for line in _lines(block):
        if line.startswith("@@"):
            parts = line[2:].split()
            family, src = parts[0], parts[1]
            continue
        out.append({"family": family, "source": src, "text": line})
    return out


def parse_plain(block):
    return [line for line in _lines(block) if not line.startswith("@@")]


LATIN_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
              "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
              "O": "\u041e", "C": "\u0421", "T": "\u0422", "B": "\u0412"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
        "I": "1", "O": "0", "S": "5", "T": "7"}


def is_latin(text):
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    return sum(1 for ch in letters if ord(ch) < 0x250) / len(letters) > 0.9


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexenc(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def homoglyph(s, rng):
    return "".join(LATIN_HOMO[ch] if ch in LATIN_HOMO and rng.random() < 0.6 else ch for ch in s)


def leet(s, rng):
    return "".join(LEET[ch] if ch in LEET and rng.random() < 0.75 else ch for ch in s)


def spaced(s):
    words = s.split(" ")
    if len(words) == 1:
        return " ".join(s)
    return "   ".join(" ".join(w) for w in words)


def zero_width(s, rng):
    marks = ("\u200b", "\u200c", "\u200d", "\u2060")
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch != " " and i % 3 == 1 and rng.random() < 0.7:
            out.append(marks[rng.randrange(len(marks))])
    return "".join(out)


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
