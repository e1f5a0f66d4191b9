"""Shared helpers: embedding an injected passage into a host text, wrappers for
tool results, reversible encodings and the per-language row assembler."""

import base64
import json
import re

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

PS = {
    "en": "P.S. ", "de": "PS: ", "fr": "PS : ", "es": "PD: ", "pt-BR": "PS: ",
    "it": "P.S. ", "pl": "PS. ", "nl": "PS: ", "ru": "P.S. ", "tr": "Not: ",
    "ja": "追伸：", "zh-CN": "另外：", "ko": "추신: ", "id": "NB: ", "vi": "P/S: ",
    "ar": "ملاحظة: ", "sv": "PS. ", "cs": "P.S. ", "el": "Υ.Γ. ", "hi": "पुनश्च: ",
}

UNSPACED = {"ja", "zh-CN", "zh-TW"}

HIDE_CSS = [
    "display:none",
    "font-size:0",
    "color:#ffffff;background:#ffffff",
    "opacity:0",
    "position:absolute;left:-9999px",
    "visibility:hidden",
    "height:0;overflow:hidden",
    "color:transparent;font-size:1px",
]

TOOL_NAMES = [
    "get_product_reviews", "fetch_listing", "read_ticket", "search_catalog",
    "get_supplier_feed", "browse_page", "lookup_order_notes", "get_questions",
]

_SENT_END = re.compile(r"(?<=[.!?。！？])[ \t]+|(?<=[。！？])(?=\S)")


def _boundaries(text):
    cuts = [m.start() for m in re.finditer(r"\n\n", text)]
    if cuts:
        return [("para", c) for c in cuts]
    return [("sent", m.start()) for m in _SENT_END.finditer(text) if 0 < m.start() < len(text) - 1]


def place(host, snip, where, lang, rng):
    """Put snip into host at the start, the end, or a sentence/paragraph break."""
    sep = "" if lang in UNSPACED else " "
    if where == "start":
        return snip + ("\n\n" if "\n" in snip or rng.random() < 0.5 else sep) + host
    if where == "end":
        joiner = "\n\n" if ("\n" in snip or rng.random() < 0.45) else sep
        return host.rstrip() + joiner + snip
    if where == "ps":
        return host.rstrip() + "\n\n" + PS.get(lang, "P.S. ") + snip
    if where == "mid":
        cuts = _boundaries(host)
        if not cuts:
            return place(host, snip, "end", lang, rng)
        kind, pos = cuts[len(cuts) // 2] if len(cuts) < 3 else cuts[rng.randrange(1, len(cuts))]
        if kind == "para":
            return host[:pos] + "\n\n" + snip + host[pos:]
        if "\n" in snip:
            return host[:pos] + "\n\n" + snip + "\n\n" + host[pos:].lstrip()
        return host[:pos] + sep + snip + sep + host[pos:].lstrip()
    raise ValueError(where)


def hide(host, snip, tech, rng):
    """Hide snip inside markup appended to (or inside) the host."""
    if tech == "html-comment":
        block = "<!-- " + snip.replace("-->", "") + " -->"
    elif tech == "hidden-css":
        block = '<span style="%s">%s</span>' % (rng.choice(HIDE_CSS), snip)
    elif tech == "alt-text":
        n = rng.randrange(1000, 9999)
        block = '<img src="https://cdn.shop-example.test/ugc/IMG_%d.jpg" alt="%s">' % (
            n, snip.replace('"', "&quot;").replace("\n", " "))
    elif tech == "data-attr":
        block = '<div class="review-meta" data-note="%s"></div>' % snip.replace('"', "&quot;").replace("\n", " ")
    elif tech == "md-comment":
        block = "[//]: # (" + snip.replace(")", "").replace("\n", " ") + ")"
    else:
        raise ValueError(tech)
    if rng.random() < 0.35:
        cuts = _boundaries(host)
        if cuts:
            pos = cuts[rng.randrange(len(cuts))][1]
            return host[:pos] + "\n" + block + "\n" + host[pos:].lstrip()
    if rng.random() < 0.2:
        return block + "\n" + host
    return host.rstrip() + "\n" + block


def as_tool(text, lang, rng, extra=None):
    """Wrap a stranger-written text as an agent tool result (JSON)."""
    name = rng.choice(TOOL_NAMES)
    body = {"author": "customer", "rating": rng.choice([1, 2, 3, 4, 5]), "lang": lang, "text": text}
    if extra:
        body.update(extra)
    if name in ("browse_page", "fetch_listing"):
        out = {"tool": name, "status": 200, "url": "https://www.shop-example.test/p/%d" % rng.randrange(10000, 99999),
               "content": text}
    elif name == "get_supplier_feed":
        out = {"tool": name, "supplier_id": "SUP-%04d" % rng.randrange(10000),
               "items": [{"sku": "SK-%05d" % rng.randrange(100000), "description": text}]}
    elif name == "read_ticket":
        out = {"tool": name, "ticket": "T-%06d" % rng.randrange(1000000), "channel": rng.choice(["email", "chat", "form"]),
               "body": text}
    else:
        out = {"tool": name, "ok": True, "results": [body]}
    return json.dumps(out, ensure_ascii=False)


# ---------------------------------------------------------------- encodings

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def encode(tech, s, rng):
    if tech == "base64":
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    if tech == "hex":
        return s.encode("utf-8").hex()
    if tech == "rot13":
        out = []
        for ch in s:
            if "a" <= ch <= "z":
                out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
            elif "A" <= ch <= "Z":
                out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
            else:
                out.append(ch)
        return "".join(out)
    if tech == "urlenc":
        return "".join("%%%02X" % b for b in s.encode("utf-8"))
    if tech == "zero-width":
        out = []
        for i, ch in enumerate(s):
            out.append(ch)
            if ch.isalpha() and i % 3 == 1:
                out.append(rng.choice(["\u200b", "\u200c", "\u200d", "\u2060"]))
        return "".join(out)
    if tech == "spaced":
        return " ".join("/" if ch == " " else ch for ch in s)
    if tech == "homoglyph":
        return "".join(HOMO.get(ch, ch) if rng.random() < 0.7 else ch for ch in s)
    if tech == "leet":
        return "".join(LEET.get(ch.lower(), ch) for ch in s)
    raise ValueError(tech)


# ---------------------------------------------------------------- assembly

VISIBLE = {
    "review": ["end", "end", "mid", "start", "ps"],
    "ticket": ["end", "mid", "start", "ps", "end"],
    "email": ["end", "mid", "ps", "start"],
    "web": ["end", "mid", "start"],
    "feed": ["end", "mid", "start"],
    "tool": ["end", "mid"],
}
HIDDEN = {
    "review": [],
    "ticket": [],
    "email": ["html-comment", "hidden-css"],
    "web": ["html-comment", "hidden-css", "alt-text", "md-comment", "data-attr"],
    "feed": ["html-comment", "hidden-css", "data-attr"],
    "tool": [],
}


def mk(source, lang, family, text, injection, payload=""):
    assert source in SOURCES, source
    return {"source": source, "lang": lang, "family": family, "text": text,
            "injection": bool(injection), "payload": payload.strip() if injection else ""}


def assemble(lang, plain, hard, inj, standalone, n_inj, rng, p_hidden=0.2, p_tool=0.12, p_bare=0.1):
    """Build rows for one language.

    plain: [(source, text)] ordinary benign texts (also used as hosts)
    hard: [(source, family, text)] hard negatives (some also used as hosts)
    inj: [(family, snippet[, payload])] passages to embed
    standalone: [(source, family, text, payload)] complete injected texts
    n_inj: total injection rows wanted for this language
    """
    rows = []
    for i, (src, text) in enumerate(plain):
        if src == "review" and rng.random() < p_tool:
            rows.append(mk("tool", lang, "benign", as_tool(text, lang, rng), False))
        else:
            rows.append(mk(src, lang, "benign", text, False))
    for src, fam, text in hard:
        rows.append(mk(src, lang, fam, text, False))
    for src, fam, text, payload in standalone:
        rows.append(mk(src, lang, fam, text, True, payload))

    hosts = [(s, t) for s, t in plain] + [(s, t) for s, f, t in hard if s in ("review", "ticket", "email", "web")]
    uses = {i: 0 for i in range(len(hosts))}
    need = n_inj - len(standalone)
    specs = []
    k = 0
    order = list(range(len(inj)))
    while len(specs) < need:
        if k % len(order) == 0:
            rng.shuffle(order)
        specs.append(inj[order[k % len(order)]])
        k += 1
    bare_used = set()
    for spec in specs:
        fam, snip = spec[0], spec[1]
        payload = spec[2] if len(spec) > 2 else snip
        if rng.random() < p_bare and len(snip.encode("utf-8")) >= 40 and snip not in bare_used:
            bare_used.add(snip)
            rows.append(mk(rng.choice(["ticket", "ticket", "review", "email"]), lang, fam, snip, True, payload))
            continue
        low = min(uses.values())
        cand = [i for i, u in uses.items() if u == low]
        hi = rng.choice(cand)
        uses[hi] += 1
        src, host = hosts[hi]
        hid = HIDDEN[src]
        if hid and rng.random() < p_hidden * 2.2:
            tech = rng.choice(hid)
            text = hide(host, snip, tech, rng)
            family = fam + "-" + tech
        else:
            text = place(host, snip, rng.choice(VISIBLE[src]), lang, rng)
            family = fam
        if src == "review" and rng.random() < p_tool:
            text, src = as_tool(text, lang, rng), "tool"
        rows.append(mk(src, lang, family, text, True, payload))
    return rows
