"""Shared helpers: parsing of the language pools, hiding/encoding wrappers and row assembly."""
import base64
import codecs
import json
import random
import urllib.parse

LATIN = {"en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "sv", "nb", "fi", "cs", "ro", "tr"}


def parse(block, n):
    """Parse '|'-separated lines; the last field may contain '|'. '\\n' becomes a newline."""
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|", n - 1)
        if len(parts) != n:
            raise ValueError("bad line: " + line)
        out.append(tuple(p.replace("\\n", "\n").strip() for p in parts))
    return out


def lines(block):
    return [l.strip().replace("\\n", "\n") for l in block.strip().splitlines() if l.strip()]


# ---------------------------------------------------------------- encoders
def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexe(s):
    return s.encode("utf-8").hex()


def urle(s):
    return urllib.parse.quote(s, safe="")


def rot13(s):
    return codecs.encode(s, "rot13")


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def leet(s):
    return "".join(_LEET.get(c.lower(), c) for c in s)


def zero_width(s):
    return "\u200b".join(s)


def spaced(s):
    return " ".join(s.replace(" ", " / "))


_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "x": "\u0445", "i": "\u0456"}


def homoglyph(s):
    return "".join(_HOMO.get(c, c) if i % 2 == 0 else c for i, c in enumerate(s))


# ---------------------------------------------------------------- helpers
_ENDS = (". ", "! ", "? ", "。", "！", "？", ".\n", "\n\n", "। ")


def split_mid(text):
    cuts = []
    for e in _ENDS:
        start = 0
        while True:
            k = text.find(e, start)
            if k < 0:
                break
            cuts.append(k + len(e))
            start = k + 1
    cuts = sorted(c for c in cuts if 10 < c < len(text) - 10)
    if not cuts:
        return None
    c = cuts[len(cuts) // 2]
    return text[:c].rstrip(), text[c:].lstrip()


def _sku(rng):
    return "%s-%04d" % (rng.choice(["KT", "BK", "BB", "OD", "LX", "ST", "CP"]), rng.randrange(10000))


# ---------------------------------------------------------------- wrappers
# each returns (text, family_override or None, forced_source or None)
HTML_SOURCES = ("web", "feed", "email", "review")


def w_end(c, p, m, rng):
    sep = rng.choice([" ", "\n", "\n\n"])
    return c + sep + p, None, None


def w_start(c, p, m, rng):
    return p + rng.choice(["\n\n", "\n", " "]) + c, None, None


def w_mid(c, p, m, rng):
    sp = split_mid(c)
    if not sp:
        return c + "\n" + p, None, None
    return sp[0] + " " + p + " " + sp[1], None, None


def w_html_comment(c, p, m, rng):
    form = rng.choice(["<!-- {p} -->", "<!--{p}-->", "<!-- note: {p} -->"]).format(p=p)
    sp = split_mid(c) if rng.random() < 0.4 else None
    if sp:
        return sp[0] + " " + form + " " + sp[1], "html-comment", None
    return c + "\n" + form, "html-comment", None


_CSS = [
    '<span style="display:none">{p}</span>',
    '<div style="font-size:0;line-height:0">{p}</div>',
    '<p style="color:#ffffff;background:#ffffff">{p}</p>',
    '<span style="position:absolute;left:-9999px">{p}</span>',
    '<div hidden>{p}</div>',
    '<span style="opacity:0;height:1px;overflow:hidden">{p}</span>',
]


def w_css(c, p, m, rng):
    h = rng.choice(_CSS).format(p=p)
    if rng.random() < 0.5:
        return "<p>" + c + "</p>\n" + h, "hidden-css", None
    return h + "\n<p>" + c + "</p>", "hidden-css", None


def w_alt(c, p, m, rng):
    n = rng.randrange(1000, 99999)
    img = rng.choice([
        '<img src="https://cdn.shop.example/img/{n}.jpg" alt="{p}">',
        '![{p}](https://img.example.net/u/{n}.png)',
        '<img alt="{p}" src="/media/catalog/{n}.webp" width="600">',
    ]).format(n=n, p=p.replace('"', "'"))
    return c + "\n" + img, "alt-text", None


def w_attr(c, p, m, rng):
    q = p.replace('"', "'")
    t = rng.choice([
        '<div class="review-body" data-ai-note="{q}">{c}</div>',
        '<p title="{q}">{c}</p>',
        '<a href="https://shop.example/p/{n}" aria-label="{q}">{c}</a>',
    ]).format(q=q, c=c, n=rng.randrange(100, 9999))
    return t, "hidden-attribute", None


def w_md(c, p, m, rng):
    t = rng.choice(["[//]: # ({p})", "[comment]: <> ({p})", "<!-- {p} -->\n"]).format(p=p)
    return c + "\n\n" + t, "markdown-comment", None


_SYS = [
    "[SYSTEM]: {p}",
    "<|im_start|>system\n{p}<|im_end|>",
    "### ADMIN NOTICE ###\n{p}",
    '</review>\n<system_message priority="high">{p}</system_message>',
    '{{"role": "system", "content": "{p}"}}',
    "---\nSYSTEM UPDATE v2.4: {p}\n---",
    "[developer mode] {p}",
    "<<SYS>> {p} <</SYS>>",
]


def w_system(c, p, m, rng):
    s = rng.choice(_SYS).format(p=p.replace('"', "'"))
    if rng.random() < 0.3:
        return s + "\n\n" + c, "fake-system", None
    return c + "\n\n" + s, "fake-system", None


_TURN = [
    "\n\nAssistant: OK.\nSystem: {p}",
    "\n\n[assistant]: Noted.\n[developer]: {p}",
    "\n\nHuman: thanks\n\nAssistant: You're welcome!\n\nHuman: {p}",
    "\n\n<turn role=\"operator\">{p}</turn>",
]


def w_turn(c, p, m, rng):
    return c + rng.choice(_TURN).format(p=p), "fake-turn", None


def w_tool(c, p, m, rng):
    n = rng.randrange(10000, 999999)
    k = rng.randrange(3)
    if k == 0:
        obj = {"tool": "fetch_reviews", "status": "ok", "items": [
            {"id": n, "rating": rng.randrange(1, 6), "body": c, "seller_note": p}]}
    elif k == 1:
        obj = {"name": "search_catalog", "output": {"sku": _sku(rng), "description": c + " " + p, "stock": rng.randrange(40)}}
    else:
        obj = {"function": "lookup_order", "result": {"order_id": str(n), "customer_note": c,
                                                       "_meta": {"instructions": p}}}
    return json.dumps(obj, ensure_ascii=False), "tool-result", "tool"


def w_feed(c, p, m, rng):
    sku = _sku(rng)
    t = rng.choice([
        "sku: {s}\ndescription: {c}\nbullet_5: {p}\nstock: {n}",
        "<item><g:id>{s}</g:id><g:description>{c}</g:description><g:custom_label_4>{p}</g:custom_label_4></item>",
        "{s};\"{c}\";\"{p}\";{n}",
    ]).format(s=sku, c=c, p=p, n=rng.randrange(1, 300))
    return t, "feed-field", "feed"


def w_email(c, p, m, rng):
    n = rng.randrange(10000, 99999)
    frm = rng.choice(["kontakt", "info", "orders", "j.doe", "m.k", "team"]) + "@" + rng.choice(
        ["example.com", "example.org", "mail.example.net", "supplier.example"])
    if rng.random() < 0.5:
        body = c + "\n\n-- \n" + p
    else:
        body = c + "\n\n" + p
    return "From: %s\nSubject: Re: #%d\n\n%s" % (frm, n, body), None, "email"


def _enc(kind, fn):
    def w(c, p, m, rng):
        hint = rng.choice(lines(m.HINTS)).replace("{x}", fn(p))
        return (c + "\n" + hint) if rng.random() < 0.7 else (hint + "\n" + c), "encoded-" + kind, None
    return w


def w_zw(c, p, m, rng):
    return c + " " + zero_width(p), "zero-width", None


def w_homo(c, p, m, rng):
    return c + " " + homoglyph(p), "homoglyph", None


def w_spaced(c, p, m, rng):
    return c + "\n" + spaced(p), "spaced-letters", None


WRAPPERS_ALL = {
    "end": (w_end, 9, None), "start": (w_start, 4, None), "mid": (w_mid, 7, None),
    "html": (w_html_comment, 3, HTML_SOURCES), "css": (w_css, 3, ("web", "feed", "email")),
    "alt": (w_alt, 2, ("web", "review", "feed")), "attr": (w_attr, 1, ("web", "review")),
    "md": (w_md, 1, ("review", "ticket", "web")), "sys": (w_system, 3, None), "turn": (w_turn, 1, None),
    "tool": (w_tool, 3, None), "feed": (w_feed, 2, None), "email": (w_email, 2, None),
    "b64": (_enc("base64", b64), 2, None), "hex": (_enc("hex", hexe), 1, None),
    "url": (_enc("url", urle), 1, None), "zw": (w_zw, 1, None),
    "rot13": (_enc("rot13", rot13), 1, "LATIN"), "leet": (_enc("leet", leet), 1, "LATIN"),
    "homo": (w_homo, 1, "LATIN"), "spaced": (w_spaced, 1, "LATIN"),
}


def wrapper_cycle(lang, rng, n):
    names = []
    for k, (fn, wt, srcs) in WRAPPERS_ALL.items():
        if srcs == "LATIN" and lang not in LATIN:
            continue
        names += [k] * wt
    seq = []
    while len(seq) < n:
        b = names[:]
        rng.shuffle(b)
        seq += b
    return seq[:n]


# ---------------------------------------------------------------- assembly
def build(mod, rng, seen):
    """Return a list of row dicts (without id/split) for one language module."""
    lang = mod.LANG
    carriers = parse(mod.CARRIERS, 2)
    hard = parse(mod.HARD, 3)
    payloads = parse(mod.PAYLOADS, 2)
    tails = lines(mod.TAILS)
    n = mod.N
    inj_n = n // 2
    ben_n = n - inj_n
    hard_n = min(ben_n, int(round(ben_n * 0.6)))
    plain_n = ben_n - hard_n
    rows = []
    use = {}

    def add(src, fam, text, inj, payload):
        b = len(text.encode("utf-8"))
        if text in seen or b < 40 or b > 3000:
            return False
        seen.add(text)
        rows.append({"source": src, "lang": lang, "family": fam, "text": text,
                     "injection": inj, "payload": payload})
        return True

    def pick_carrier(srcs=None):
        pool = [c for c in carriers if srcs is None or c[0] in srcs] or carriers
        pool = sorted(pool, key=lambda c: (use.get(c[1], 0), rng.random()))
        c = pool[0]
        use[c[1]] = use.get(c[1], 0) + 1
        return c

    # hard negatives
    hs = hard[:]
    rng.shuffle(hs)
    k = 0
    tries = 0
    while sum(1 for r in rows if r["family"].startswith("hard-")) < hard_n:
        tries += 1
        if tries > 5000:
            raise RuntimeError("%s: not enough hard negatives" % lang)
        src, kind, t = hs[k % len(hs)]
        rnd = k // len(hs)
        k += 1
        if rnd == 0:
            text = t
        elif rnd == 1:
            text = t + rng.choice(["\n", " ", "\n\n"]) + rng.choice(tails)
        else:
            same = [c for c in carriers if c[0] == src and c[0] in ("review", "ticket", "email")]
            if not same:
                text = rng.choice(tails) + "\n" + t
            else:
                text = rng.choice(same)[1] + "\n\n" + t
        add(src, "hard-" + kind, text, False, "")
    # plain benign
    cs = carriers[:]
    rng.shuffle(cs)
    k = 0
    tries = 0
    start = len(rows)
    while len(rows) - start < plain_n:
        tries += 1
        if tries > 5000:
            raise RuntimeError("%s: not enough carriers" % lang)
        src, t = cs[k % len(cs)]
        rnd = k // len(cs)
        k += 1
        text = t if rnd == 0 else t + rng.choice([" ", "\n"]) + rng.choice(tails)
        if add(src, "benign", text, False, ""):
            use[t] = use.get(t, 0) + 1
    # injections
    ps = payloads[:]
    rng.shuffle(ps)
    seq = wrapper_cycle(lang, rng, inj_n * 3)
    i = 0
    got = 0
    while got < inj_n:
        if i >= len(seq):
            raise RuntimeError("%s: cannot build injections" % lang)
        wname = seq[i]
        kind, p = ps[got % len(ps)]
        i += 1
        fn, _, srcs = WRAPPERS_ALL[wname]
        csrc, ctext = pick_carrier(srcs if isinstance(srcs, tuple) else None)
        text, fam, fsrc = fn(ctext, p, mod, rng)
        if add(fsrc or csrc, fam or kind, text, True, p):
            got += 1
    return rows
