"""Shared helpers: encoders, hiding wrappers and row assembly for one language."""

import base64
import json
import random
import re
import urllib.parse
import zlib

MARK = "\u00a7"  # insertion point inside structured carriers (JSON, CSV, XML)

HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441",
              "p": "\u0440", "x": "\u0445", "y": "\u0443", "i": "\u0456"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}

NEUTRAL_LEADS = {
    "base64": ["b64:", "data-note=", "ref#", "cfg:", "x-meta:"],
    "hex": ["0x", "hex:", "chk:"],
    "rot13": ["rot13:", "[r13]", "enc/r13 "],
    "url": ["q=", "note=", "u:"],
}


def is_latin(text):
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    return sum(1 for ch in letters if ch.isascii()) / len(letters) > 0.85


def rot13(text):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def leet(text):
    return "".join(LEET.get(ch.lower(), ch) for ch in text)


def homoglyph(text):
    return "".join(HOMOGLYPHS.get(ch, ch) if i % 2 == 0 else ch
                   for i, ch in enumerate(text))


def zero_width(text):
    return "\u200b".join(text[i:i + 2] for i in range(0, len(text), 2))


def spaced(text):
    if is_latin(text):
        return "   ".join(" ".join(word) for word in text.upper().split())
    return " ".join(text.replace(" ", ""))


def encode(kind, payload):
    if kind == "base64":
        return base64.b64encode(payload.encode("utf-8")).decode("ascii")
    if kind == "hex":
        return payload.encode("utf-8").hex()
    if kind == "rot13":
        return rot13(payload)
    if kind == "url":
        return urllib.parse.quote(payload, safe="")
    raise ValueError(kind)


def kind_of(text):
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        return "json"
    if MARK in text:
        return "marked"
    if "<" in text and ">" in text and re.search(r"</?[a-z]+[ >]", text):
        return "html"
    return "plain"


def units(text, sep):
    if "\n" in text.strip():
        return text.split("\n"), "\n"
    parts = [p for p in re.split(r"(?<=[.!?\u3002\uff01\uff1f])\s*", text) if p]
    return parts, sep


def insert_plain(carrier, snippet, where, sep):
    snippet = snippet.strip()
    if "\n" in carrier.strip() and where == "start":
        where = "mid"
    parts, joiner = units(carrier, sep)
    if where == "start" or len(parts) < 2:
        if where == "end":
            return carrier.rstrip() + joiner + snippet
        return snippet + joiner + carrier
    if where == "end":
        return carrier.rstrip() + joiner + snippet
    k = max(1, len(parts) // 2)
    return joiner.join(parts[:k] + [snippet] + parts[k:])


def insert_marked(carrier, snippet):
    if kind_of(carrier) == "json":
        snippet = json.dumps(snippet, ensure_ascii=False)[1:-1]
    else:
        snippet = snippet.replace('"', "'")
    head, tail = carrier.split(MARK, 1)
    space = " " if head and not head.endswith((" ", '"', ">", "\n")) else ""
    return head + space + snippet + tail


def clean(carrier):
    return carrier.replace(" " + MARK, "").replace(MARK, "")


def insert_html(carrier, block):
    lines = carrier.split("\n")
    k = max(1, len(lines) // 2)
    return "\n".join(lines[:k] + [block] + lines[k:])


HTML_WRAPS = [
    ("hidden-html-comment", lambda s: "<!-- " + s + " -->"),
    ("hidden-css", lambda s: '<div style="display:none">' + s + "</div>"),
    ("hidden-css", lambda s: '<span style="font-size:0;color:#ffffff">' + s + "</span>"),
    ("hidden-css", lambda s: '<p style="position:absolute;left:-9999px" aria-hidden="true">' + s + "</p>"),
    ("hidden-alt", lambda s: '<img src="/media/spacer.gif" width="1" height="1" alt="' + s.replace('"', "'") + '">'),
    ("hidden-attribute", lambda s: '<span data-ai-note="' + s.replace('"', "'") + '"></span>'),
    ("hidden-markdown-comment", lambda s: "[//]: # (" + s.replace("(", "[").replace(")", "]") + ")"),
]


def seed_for(lang):
    return zlib.crc32(("eightyfirst/" + lang).encode("utf-8"))


def build(mod):
    """Return benign and injection rows (dicts without id/split) for one language module."""
    rng = random.Random(seed_for(mod.LANG))
    sep = getattr(mod, "SEP", " ")
    ps = getattr(mod, "PS", ["P.S."])
    leads = getattr(mod, "ENC_LEADS", [])
    n_inj = mod.N // 2
    n_ben = mod.N - n_inj
    carriers = list(mod.CARRIERS)
    rows = []
    seen = set()

    def add(source, family, text, injection, payload):
        if text in seen:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": mod.LANG, "family": family,
                     "text": text, "injection": injection, "payload": payload})
        return True

    # benign: hand-written hard negatives, plain carriers, then carriers with a hard sentence
    for src, fam, text in mod.HARD:
        add(src, fam, text, False, "")
    pure_room = n_ben - len(mod.HARD)
    n_comp = max(0, pure_room - len(carriers))
    n_comp = max(n_comp, min(len(mod.BITS) * 3, pure_room // 2))
    n_pure = pure_room - n_comp
    order = list(range(len(carriers)))
    rng.shuffle(order)
    for i in order[:n_pure]:
        add(carriers[i][0], "benign", clean(carriers[i][1]), False, "")
    plain = [i for i in order[n_pure:] + order[:n_pure] if kind_of(carriers[i][1]) == "plain"]
    k = 0
    tries = 0
    while sum(1 for r in rows if not r["injection"]) < n_ben:
        src, ctext = carriers[plain[k % len(plain)]]
        fam, bit = mod.BITS[(k + k // len(plain)) % len(mod.BITS)]
        k += 1
        tries += 1
        if tries > 5000:
            raise RuntimeError("cannot fill benign rows for " + mod.LANG)
        kind = kind_of(ctext)
        if kind in ("json", "marked"):
            text = insert_marked(ctext, bit)
        elif kind == "html":
            text = insert_html(ctext, "<p>" + bit + "</p>")
        else:
            text = insert_plain(ctext, bit, rng.choice(["start", "mid", "end", "end"]), sep)
        add(src, fam, text, False, "")

    # injections: standalone attack texts, then attacks planted into carriers
    for item in mod.FULL:
        src, fam, text, payload = item
        add(src, fam, text, True, payload)
    attacks = list(mod.ATTACKS)
    aorder = list(range(len(attacks)))
    rng.shuffle(aorder)
    k = 0
    tries = 0
    while sum(1 for r in rows if r["injection"]) < n_inj:
        tries += 1
        if tries > 5000:
            raise RuntimeError("cannot fill injection rows for " + mod.LANG)
        src, ctext = carriers[order[k % len(carriers)]]
        att = attacks[aorder[k % len(attacks)]]
        fam, snippet = att[0], att[1]
        payload = att[2] if len(att) > 2 else snippet
        k += 1
        kind = kind_of(ctext)
        roll = rng.random()
        family = fam
        planted = snippet
        if roll < 0.14 and not fam.startswith("exfil"):
            enc = rng.choice(["base64", "base64", "hex", "url"] + (["rot13"] if is_latin(payload) else []))
            lead = rng.choice(leads + NEUTRAL_LEADS[enc]) if leads else rng.choice(NEUTRAL_LEADS[enc])
            planted = lead + " " + encode(enc, payload)
            family = "encoded-" + enc
        elif roll < 0.19 and len(payload) < 160 and not fam.startswith("exfil"):
            choice = rng.choice(["zw", "homo", "leet", "spaced"] if is_latin(payload) else ["zw", "spaced"])
            if choice == "zw":
                planted, family = zero_width(snippet), "obfuscated-zero-width"
            elif choice == "homo":
                planted, family = homoglyph(snippet), "obfuscated-homoglyph"
            elif choice == "leet":
                planted, family = leet(snippet), "obfuscated-leetspeak"
            else:
                planted, family = spaced(payload), "obfuscated-spaced"
        if kind in ("json", "marked"):
            text = insert_marked(ctext, planted)
        elif kind == "html":
            if family == fam and rng.random() < 0.8:
                wfam, wrap = rng.choice(HTML_WRAPS)
                planted, family = wrap(planted), wfam
            elif family == fam:
                planted = "<p>" + planted + "</p>"
            text = clean(insert_html(ctext, planted))
        else:
            style = rng.random()
            if style < 0.45:
                text = insert_plain(ctext, planted, rng.choice(["start", "mid", "mid", "end"]), sep)
            elif style < 0.65:
                text = ctext.rstrip() + "\n\n" + rng.choice(ps) + " " + planted
            elif style < 0.8 and "\n" not in planted:
                text = ctext.rstrip() + sep + "(" + planted + ")"
            else:
                text = ctext.rstrip() + "\n\n" + planted
        add(src, family, text, True, payload)
    return rows
