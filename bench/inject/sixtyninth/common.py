"""Shared building blocks for the sixtyninth corpus.

Every language module supplies hand-written pools (carrier texts, hard
negatives, attack sentences, search snippets, standalone attack texts) and
calls :func:`build`, which turns them into labelled rows.  All randomness
comes from a ``random.Random`` seeded with a fixed string, so the output is
reproducible.
"""

import base64
import codecs
import html
import json
import random
import re
import urllib.parse

MARK = "{@}"

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")

ZW_CHARS = ("\u200b", "\u200c", "\u200d", "\u2060")

HOMO = {
    "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
    "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "E": "\u0415",
    "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d",
    "K": "\u041a", "M": "\u041c", "B": "\u0412",
}

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}


# ---------------------------------------------------------------- encodings

def enc_b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_hex(s):
    return s.encode("utf-8").hex()


def enc_rot13(s):
    return codecs.encode(s, "rot_13")


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def zero_width(s, rng):
    out = []
    for ch in s:
        out.append(ch)
        if not ch.isspace() and rng.random() < 0.75:
            out.append(rng.choice(ZW_CHARS))
    return "".join(out)


def spaced(s):
    if " " in s.strip():
        return "   ".join(" ".join(w) for w in s.split())
    return " ".join(ch for ch in s if not ch.isspace())


def leet(s, rng):
    return "".join(LEET[c] if c in LEET and rng.random() < 0.8 else c for c in s)


def homoglyph(s, rng):
    return "".join(HOMO[c] if c in HOMO and rng.random() < 0.6 else c for c in s)


ENC_NAMES = {"b64": "Base64", "hex": "hex", "rot13": "ROT13", "url": "URL encoding"}


def encode(mode, s):
    return {"b64": enc_b64, "hex": enc_hex, "rot13": enc_rot13, "url": enc_url}[mode](s)


# ---------------------------------------------------------------- wrappers

CSS_HIDE = (
    "display:none",
    "display: none !important",
    "visibility:hidden;height:0;overflow:hidden",
    "position:absolute;left:-9999px;top:-9999px",
    "color:#ffffff;background:#ffffff;font-size:1px",
    "font-size:0;line-height:0",
    "opacity:0;width:1px;height:1px;overflow:hidden",
    "clip:rect(0 0 0 0);position:absolute;height:1px;width:1px",
)

IMG_SRC = (
    "/static/img/spacer.gif", "/media/catalog/pixel.png", "/assets/blank_1x1.webp",
    "/wp-content/uploads/2024/03/divider.png", "/cdn/shop/files/badge-trust.svg",
    "/img/lazy-placeholder.jpg",
)

ATTR_NAMES = ("data-ai-note", "data-assistant", "data-llm-hint", "title", "aria-description",
              "data-instructions", "data-summary-hint", "content")

SYS_HEADERS = (
    "[SYSTEM] {a}",
    "<|im_start|>system\n{a}<|im_end|>",
    "### SYSTEM PROMPT UPDATE ###\n{a}\n### END UPDATE ###",
    "<system>{a}</system>",
    '{{"role": "system", "content": "{j}"}}',
    "SYSTEM OVERRIDE (priority: critical): {a}",
    "=== developer message ===\n{a}\n=== end developer message ===",
    "[[ADMIN INSTRUCTION]] {a}",
    "<<SYS>> {a} <</SYS>>",
    "-----BEGIN OPERATOR POLICY-----\n{a}\n-----END OPERATOR POLICY-----",
)

TURN_STYLES = (
    "User: {a}\nAssistant: {k}",
    "<|im_start|>user\n{a}<|im_end|>\n<|im_start|>assistant\n{k}",
    "[INST] {a} [/INST] {k}",
    "Human: {a}\n\nAssistant: {k}",
    "### Instruction:\n{a}\n\n### Response:\n{k}",
)

TOOL_STYLES = (
    "TOOL RESULT (store_policy_lookup): {a}",
    '<tool_response name="inventory_check">{a}</tool_response>',
    'function_call_output: {{"status": "ok", "note": "{j}"}}',
    "Observation: {a}",
    "[tool:pricing_api] response.message = {a}",
)

FIELD_NAMES = ("ai_instructions", "assistant_note", "llm_hint", "seller_note", "_comment",
               "agent_directive", "notes_for_bots", "x_summary_override")


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def fmt_of(text):
    t = text.lstrip()
    if t[:1] in "{[":
        return "json"
    if t.startswith("<?xml") or t.startswith("<rss") or t.startswith("<feed"):
        return "xml"
    return "raw"


def escape_for(fmt, s):
    if fmt == "json":
        return jesc(s)
    if fmt == "xml":
        return html.escape(s, quote=False)
    return s


# ---------------------------------------------------------------- placement

SENT_RE = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s*(?=\S)")


def insert(text, snip, where, rng, sep_choices=("\n\n", "\n", " ")):
    """Insert ``snip`` into ``text`` at ``where`` (start/mid/end)."""
    fmt = fmt_of(text)
    if fmt != "raw" and MARK not in text:
        raise ValueError("structured carrier without insertion mark: %r" % text[:60])
    if MARK in text and (where == "mid" or fmt != "raw"):
        return text.replace(MARK, " " + escape_for(fmt, snip), 1)
    text = text.replace(MARK, "")
    sep = rng.choice(sep_choices)
    if where == "start":
        return snip + sep + text
    if where == "end":
        return text.rstrip() + sep + snip
    paras = text.split("\n\n")
    if len(paras) >= 3 or (len(paras) == 2 and rng.random() < 0.5):
        i = rng.randrange(1, len(paras))
        return "\n\n".join(paras[:i] + [snip] + paras[i:])
    lines = text.split("\n")
    if len(lines) >= 3:
        i = rng.randrange(1, len(lines))
        return "\n".join(lines[:i] + [snip] + lines[i:])
    cuts = [m.start() for m in SENT_RE.finditer(text) if 0 < m.start() < len(text) - 1]
    if cuts:
        c = rng.choice(cuts)
        left, right = text[:c].rstrip(), text[c:].lstrip()
        if " " not in sep_choices:
            glue = "\n"
        elif left[-1:] in "\u3002\uff01\uff1f":
            glue = ""
        else:
            glue = " "
        return left + glue + snip + glue + right
    return text.rstrip() + sep + snip


def strip_mark(text):
    return text.replace(" " + MARK, "").replace(MARK, "")


# ---------------------------------------------------------------- modes

MODE_WEIGHTS = {
    "web": (("plain", 24), ("html-comment", 9), ("hidden-css", 10), ("alt-text", 5),
            ("attribute", 5), ("md-comment", 3), ("fake-system", 8), ("fake-turn", 4),
            ("fake-tool", 3), ("b64", 5), ("hex", 2), ("rot13", 2), ("url", 2), ("zw", 4),
            ("spaced", 2), ("leet", 2), ("homoglyph", 3), ("json-field", 6)),
    "review": (("plain", 40), ("ps", 8), ("fake-system", 5), ("fake-turn", 3), ("b64", 4),
               ("rot13", 2), ("zw", 5), ("spaced", 3), ("leet", 3), ("homoglyph", 4),
               ("json-field", 6)),
    "email": (("plain", 30), ("ps", 10), ("html-comment", 8), ("hidden-css", 8),
              ("fake-system", 5), ("b64", 3), ("zw", 3), ("url", 2), ("json-field", 4)),
    "ticket": (("plain", 35), ("ps", 8), ("fake-system", 6), ("fake-tool", 4), ("b64", 3),
               ("zw", 3), ("homoglyph", 3), ("json-field", 5)),
    "feed": (("plain", 40), ("fake-system", 8), ("b64", 5), ("hex", 3), ("zw", 4),
             ("homoglyph", 4), ("fake-tool", 3)),
    "tool": (("plain", 35), ("fake-system", 10), ("fake-tool", 8), ("fake-turn", 5),
             ("b64", 4), ("url", 3), ("zw", 4)),
}

LATIN_ONLY = {"rot13", "leet", "homoglyph"}
NO_URL = {"rot13", "leet", "homoglyph", "spaced"}
MARKUP = {"html-comment", "hidden-css", "alt-text", "attribute", "md-comment"}

MODE_FAMILY = {
    "html-comment": "hidden-html-comment", "hidden-css": "hidden-css",
    "alt-text": "hidden-alt-text", "attribute": "hidden-attribute",
    "md-comment": "hidden-markdown-comment", "fake-system": "fake-system",
    "fake-turn": "fake-conversation", "fake-tool": "fake-tool-output",
    "b64": "encoded-base64", "hex": "encoded-hex", "rot13": "encoded-rot13",
    "url": "encoded-url", "zw": "zero-width", "spaced": "spaced-letters",
    "leet": "leetspeak", "homoglyph": "homoglyph",
}


def pick_mode(src, L, attack, rng, fmt):
    table = MODE_WEIGHTS[src]
    opts = []
    for m, w in table:
        if m in LATIN_ONLY and not L.LATIN:
            continue
        if m in NO_URL and ("http" in attack or "](" in attack):
            continue
        if m == "spaced" and len(attack) > 140:
            continue
        if fmt != "raw" and m in MARKUP | {"ps"}:
            continue
        opts.append((m, w))
    total = sum(w for _, w in opts)
    r = rng.uniform(0, total)
    for m, w in opts:
        r -= w
        if r <= 0:
            return m
    return opts[-1][0]


def render(mode, attack, L, rng):
    """Return the injected snippet for ``attack`` rendered with ``mode``."""
    if mode == "plain":
        return attack
    if mode == "ps":
        return rng.choice(L.PS) + " " + attack
    if mode == "html-comment":
        return "<!-- " + attack + " -->"
    if mode == "hidden-css":
        tag = rng.choice(("span", "div", "p"))
        return '<%s style="%s">%s</%s>' % (tag, rng.choice(CSS_HIDE), attack, tag)
    if mode == "alt-text":
        return '<img src="%s" alt="%s" width="1" height="1">' % (
            rng.choice(IMG_SRC), html.escape(attack))
    if mode == "attribute":
        name = rng.choice(ATTR_NAMES)
        if name == "content":
            return '<meta name="%s" content="%s">' % (
                rng.choice(("ai-agent-instructions", "llm-directive", "assistant-policy")),
                html.escape(attack))
        tag = rng.choice(("div", "span", "section"))
        return '<%s class="%s" %s="%s"></%s>' % (
            tag, rng.choice(("spec-row", "meta", "badge", "trust-box", "sr-only")), name,
            html.escape(attack), tag)
    if mode == "md-comment":
        if rng.random() < 0.5:
            return "[//]: # (" + attack.replace("(", "[").replace(")", "]") + ")"
        return "[comment]: <> (" + attack.replace("(", "[").replace(")", "]") + ")"
    if mode == "fake-system":
        styles = SYS_HEADERS + tuple(getattr(L, "SYS_HEADERS", ()))
        return rng.choice(styles).format(a=attack, j=jesc(attack))
    if mode == "fake-turn":
        return rng.choice(TURN_STYLES).format(a=attack, k=rng.choice(L.ACKS))
    if mode == "fake-tool":
        return rng.choice(TOOL_STYLES).format(a=attack, j=jesc(attack))
    if mode in ("b64", "hex", "rot13", "url"):
        blob = encode(mode, attack)
        if rng.random() < 0.25:
            return '<span data-cfg="%s"></span>' % blob if mode != "rot13" else blob
        lead = rng.choice(L.ENC_LEADS)
        return lead.format(enc=ENC_NAMES[mode], blob=blob)
    if mode == "zw":
        return zero_width(attack, rng)
    if mode == "spaced":
        return spaced(attack)
    if mode == "leet":
        return leet(attack, rng)
    if mode == "homoglyph":
        return homoglyph(attack, rng)
    raise ValueError(mode)


# ---------------------------------------------------------------- tool views

REVIEW_PATHS = ("reviews", "bewertungen", "avis", "opiniones", "r", "ugc/reviews")
PAGE_PATHS = ("p", "compare", "blog", "review", "forum/t", "guide", "item", "deals", "qa")


def url_for(L, rng):
    return "https://%s/%s/%s" % (rng.choice(L.DOMAINS), rng.choice(PAGE_PATHS),
                                 rng.randrange(1000, 99999))


def wrap_tool(src, text, L, rng, field=None):
    """Present ``text`` as the output of an agent tool.  ``field`` is an
    optional extra (name, value) pair placed next to the content."""
    url = url_for(L, rng)
    extra = {}
    if field:
        extra[rng.choice(FIELD_NAMES)] = field
    if src == "web":
        style = rng.randrange(4) if not field else rng.choice((0, 3))
        if style == 0:
            d = {"tool": "fetch_url", "url": url, "status": 200,
                 "content_type": "text/html; charset=utf-8"}
            d.update(extra)
            d["content"] = text
            return json.dumps(d, ensure_ascii=False, indent=rng.choice((None, 2)))
        if style == 1:
            return "[web.fetch] GET %s -> 200 OK (%d bytes)\n----\n%s" % (
                url, len(text.encode("utf-8")) + rng.randrange(3000, 40000), text)
        if style == 2:
            body = "\n".join("    " + ln for ln in text.split("\n"))
            return "result:\n  source: %s\n  extracted_text: |\n%s" % (url, body)
        d = {"scraper": "page-reader/2", "url": url,
             "fetched_at": "2025-0%d-%02dT%02d:%02d:11Z" % (
                 rng.randrange(1, 10), rng.randrange(1, 29), rng.randrange(24),
                 rng.randrange(60))}
        d.update(extra)
        d["text"] = text
        return json.dumps(d, ensure_ascii=False)
    if src == "review":
        item = {"review_id": "r%07d" % rng.randrange(10 ** 7),
                "verified_purchase": rng.random() < 0.8,
                "helpful_votes": rng.randrange(0, 60), "body": text}
        item.update(extra)
        d = {"endpoint": "/v2/products/%s/reviews" % rng.randrange(100000, 999999),
             "page": rng.randrange(1, 6), "items": [item]}
        return json.dumps(d, ensure_ascii=False, indent=rng.choice((None, 2)))
    if src == "email":
        d = {"tool": "mailbox.read", "message_id": "<%x@mail.example>" % rng.getrandbits(40),
             "folder": rng.choice(("INBOX", "Suppliers", "Newsletters"))}
        d.update(extra)
        d["body_text"] = text
        return json.dumps(d, ensure_ascii=False)
    if src == "ticket":
        d = {"tool": "helpdesk.get_ticket", "ticket": rng.randrange(10000, 99999),
             "status": rng.choice(("open", "pending", "new"))}
        d.update(extra)
        d["body"] = text
        return json.dumps(d, ensure_ascii=False, indent=rng.choice((None, 2)))
    raise ValueError(src)


SEARCH_ENGINES = ("web_search", "search_api", "serp.fetch", "websearch_v2", "search")


def _bigrams(s):
    s = s.lower()
    return {s[i:i + 2] for i in range(len(s) - 1) if not s[i:i + 2].isspace()}


def best_query(queries, results):
    """The query that shares most character bigrams with the result titles and snippets."""
    text = _bigrams(" ".join(t + " " + s for t, _u, s in results))
    return max(queries, key=lambda q: (len(_bigrams(q) & text), q))


def search_output(query, results, rng):
    style = rng.randrange(3)
    if style == 0:
        d = {"tool": rng.choice(SEARCH_ENGINES), "query": query,
             "results": [{"rank": i + 1, "title": t, "url": u, "snippet": s}
                         for i, (t, u, s) in enumerate(results)]}
        return json.dumps(d, ensure_ascii=False, indent=rng.choice((None, 2)))
    if style == 1:
        lines = ['Search results for "%s":' % query, ""]
        for i, (t, u, s) in enumerate(results):
            lines += ["%d. %s" % (i + 1, t), "   %s" % u, "   %s" % s, ""]
        return "\n".join(lines).rstrip()
    lines = ["## %s" % query, ""]
    for t, u, s in results:
        lines += ["- [%s](%s)  " % (t, u), "  %s" % s]
    return "\n".join(lines)


# ---------------------------------------------------------------- building

def mk(source, lang, family, text, inj, payload=""):
    assert source in SOURCES, source
    return {"source": source, "lang": lang, "family": family, "text": text,
            "injection": inj, "payload": payload}


def _attack_iter(attacks, rng):
    pool = list(attacks)
    while True:
        rng.shuffle(pool)
        for a in pool:
            yield a


def inject(src, text, fam, attack, L, rng):
    """Return (source, text, family) for one injected host."""
    fmt = fmt_of(text)
    mode = pick_mode(src, L, attack, rng, fmt)
    if mode == "json-field":
        body = strip_mark(text)
        return "tool", wrap_tool(src, body, L, rng, field=attack), fam
    snip = render(mode, attack, L, rng)
    if mode == "ps":
        where = "end"
    elif src == "feed" and MARK in text:
        where = "mid"
    elif mode in MARKUP:
        where = rng.choice(("start", "mid", "mid", "end", "end"))
    else:
        where = rng.choice(("start", "mid", "mid", "mid", "end", "end"))
    seps = ("\n\n", "\n") if mode.startswith("fake") or mode in ("b64", "hex", "url") \
        else ("\n\n", "\n", " ")
    out = insert(text, snip, where, rng, seps)
    family = MODE_FAMILY.get(mode, fam)
    wrap_p = {"web": 0.3, "review": 0.25, "email": 0.15, "ticket": 0.15}.get(src, 0)
    if fmt == "raw" and rng.random() < wrap_p:
        return "tool", wrap_tool(src, out, L, rng), family
    return src, out, family


def nbytes(s):
    return len(s.encode("utf-8"))


def build(L):
    rng = random.Random("sixtyninth/" + L.LANG + "/" + str(L.N))
    lang = L.LANG
    n_inj = L.N // 2
    n_ben = L.N - n_inj
    rows = []
    seen = set()

    def add(r):
        if r["text"] in seen:
            return False
        if not 40 <= nbytes(r["text"]) <= 3000:
            return False
        seen.add(r["text"])
        rows.append(r)
        return True

    # hard negatives, some of the web ones seen through a fetch tool
    for src, fam, text in L.HARD:
        text = strip_mark(text)
        if src in ("web", "review") and fmt_of(text) == "raw" and rng.random() < 0.2:
            text, src = wrap_tool(src, text, L, rng), "tool"
        if not add(mk(src, lang, fam, text, False)):
            raise ValueError("bad hard negative %s: %r" % (lang, text[:60]))

    # search result pages: each snippet appears in one clean and one attacked page
    snips = list(L.SNIPPETS)
    rng.shuffle(snips)
    g = len(snips) // 3
    queries = list(L.QUERIES)
    for i in range(g):
        res = snips[3 * i:3 * i + 3]
        add(mk("tool", lang, "benign", search_output(best_query(queries, res), res, rng),
               False))
    snips2 = list(L.SNIPPETS)
    rng.shuffle(snips2)
    attacks = _attack_iter(L.ATTACKS, rng)
    search_inj = 0
    for i in range(g):
        res = [list(x) for x in snips2[3 * i:3 * i + 3]]
        fam, attack = next(attacks)
        k = rng.randrange(3)
        mode = rng.choice(("plain", "plain", "plain", "fake-system", "zw", "b64")
                          + (("homoglyph",) if L.LATIN and "http" not in attack else ()))
        snip = render(mode, attack, L, rng)
        res[k][2] = res[k][2] + " " + snip if rng.random() < 0.7 else snip
        text = search_output(best_query(queries, res), [tuple(x) for x in res], rng)
        if add(mk("tool", lang, MODE_FAMILY.get(mode, fam), text, True, attack)):
            search_inj += 1

    # clean carriers
    carriers = list(L.CARRIERS)
    rng.shuffle(carriers)
    need_b = n_ben - sum(1 for r in rows if not r["injection"])
    if need_b > len(carriers):
        raise ValueError("%s: need %d clean carriers, have %d" % (lang, need_b, len(carriers)))
    for src, text in carriers[:need_b]:
        text = strip_mark(text)
        if src in ("web", "review", "email", "ticket") and fmt_of(text) == "raw" \
                and rng.random() < 0.22:
            text, src = wrap_tool(src, text, L, rng), "tool"
        if not add(mk(src, lang, "benign", text, False)):
            raise ValueError("bad carrier %s: %r" % (lang, text[:60]))

    # standalone attack texts
    for src, fam, text, payload in L.STANDALONE:
        if not add(mk(src, lang, fam, text, True, payload)):
            raise ValueError("bad standalone %s: %r" % (lang, text[:60]))

    # attacked hosts
    hard_hosts = [(s, t) for s, _f, t in L.HARD if fmt_of(t) == "raw" or MARK in t]
    rng.shuffle(hard_hosts)
    second = list(L.CARRIERS)
    rng.shuffle(second)
    hosts = carriers + hard_hosts + second
    need_i = n_inj - sum(1 for r in rows if r["injection"])
    if need_i > len(hosts):
        raise ValueError("%s: need %d hosts, have %d" % (lang, need_i, len(hosts)))
    hi = 0
    made = 0
    while made < need_i:
        if hi >= len(hosts):
            raise ValueError("%s: ran out of hosts" % lang)
        src, text = hosts[hi]
        hi += 1
        for _try in range(12):
            fam, attack = next(attacks)
            s2, t2, f2 = inject(src, text, fam, attack, L, rng)
            if add(mk(s2, lang, f2, t2, True, attack)):
                made += 1
                break
    return rows
