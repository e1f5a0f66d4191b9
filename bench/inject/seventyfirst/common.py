"""Shared machinery for the seventyfirst corpus: pools, placement, wrappers, validation.

Language modules only hold text pools; everything that turns those pools into
rows lives here so that no helper is repeated per language.
"""

import base64
import json
import math
import re
import unicodedata
import urllib.parse

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
TAGS = {"r": "review", "t": "ticket", "f": "feed", "e": "email", "w": "web", "o": "tool"}
KEYS = ("id", "split", "source", "lang", "family", "text", "injection", "payload")

CAP_HOST = 6
CAP_SENT = 5
INJ_SHARE = 0.45
HARD_SHARE = 0.70  # share of benign rows that are hard negatives


def sources_of(tags):
    if tags == "*":
        return set(SOURCES)
    return {TAGS[c] for c in tags}


# --------------------------------------------------------------------------
# placeholders
# --------------------------------------------------------------------------

_DOMAINS = (
    "example.com", "example.net", "example.org", "shop-mail.example",
    "promo-hub.example", "img-cdn.example.net", "stats-collect.example.org",
)


def fill(text, rng, vals=None):
    """Replace {order} {code} {pct} {d} {n} {url} {mail} {sku} with fresh values.

    With a `vals` dict, a placeholder keeps one value across calls sharing it."""

    def rep(m):
        k = m.group(1)
        if vals is not None:
            if k not in vals:
                vals[k] = _value(k, rng)
            return vals[k]
        return _value(k, rng)

    return re.sub(r"\{(order|code|pct|d|n|url|mail|sku)\}", rep, text)


def _value(k, rng):
    if k == "order":
        return str(rng.randint(10 ** 6, 10 ** 9 - 1))
    if k == "code":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(6, 9)))
    if k == "pct":
        return str(rng.choice((20, 25, 30, 40, 50, 60, 70, 80, 90, 100)))
    if k == "d":
        return str(rng.randint(2, 9))
    if k == "n":
        return str(rng.randint(11, 980))
    if k == "sku":
        return "%s-%04d" % ("".join(rng.choice("ABCDEFGHKLMNPRSTX") for _ in range(3)), rng.randint(0, 9999))
    if k == "url":
        path = rng.choice(("p", "go", "r", "c", "track", "img"))
        return "https://%s.%s/%s/%d" % (
            rng.choice(("deals", "info", "help", "secure", "check", "x")),
            rng.choice(_DOMAINS), path, rng.randint(100, 99999))
    if k == "mail":
        return "%s%d@%s" % (rng.choice(("orders", "soporte", "help", "refunds", "seller", "info")),
                            rng.randint(1, 99), rng.choice(_DOMAINS))
    raise KeyError(k)


# --------------------------------------------------------------------------
# pools with usage caps
# --------------------------------------------------------------------------

class Pool:
    def __init__(self, items, cap, rng, name):
        self.items = list(items)
        self.used = [0] * len(self.items)
        self.cap = cap
        self.rng = rng
        self.name = name

    def has(self, ok):
        return any(self.used[i] < self.cap and ok(it) for i, it in enumerate(self.items))

    def take(self, ok=None):
        best = None
        cands = []
        for i, it in enumerate(self.items):
            if self.used[i] >= self.cap:
                continue
            if ok is not None and not ok(it):
                continue
            u = self.used[i]
            if best is None or u < best:
                best, cands = u, [i]
            elif u == best:
                cands.append(i)
        if not cands:
            raise RuntimeError("pool %s exhausted" % self.name)
        i = self.rng.choice(cands)
        self.used[i] += 1
        return self.items[i]


# --------------------------------------------------------------------------
# placement of an inserted sentence inside a host text
# --------------------------------------------------------------------------

_CUT_RE = re.compile(r"(?<=[.!?。！？!？؟।])\s+|(?<=[。！？])|\n+")


def _is_cjk(lang):
    return lang.startswith("ja") or lang.startswith("zh")


def _cuts(text, lang):
    if lang.startswith("th"):
        # Thai separates sentences with spaces; only cut between two Thai letters
        pos = [m.start() for m in re.finditer(r"(?<=[\u0e01-\u0e4f]) +(?=[\u0e01-\u0e4f])|\n+", text)]
    else:
        pos = [m.start() for m in _CUT_RE.finditer(text)]
    n = len(text)
    return [p for p in pos if 0.15 * n < p < 0.85 * n]


def _sep(lang, rng):
    if _is_cjk(lang):
        return rng.choice(("", "", "\n", "\n\n"))
    if lang.startswith("th"):
        return rng.choice((" ", " ", "\n"))
    return rng.choice((" ", " ", " ", "\n", "\n\n"))


_CJK_STOPS = "。！？!?）」』】…~～"


def _cjk_glue(before, sep):
    """In Chinese/Japanese text nothing separates sentences, but a line that ends
    without a full stop (a signature, a heading) still needs a line break."""
    if sep or not before or before[-1] in _CJK_STOPS:
        return sep
    return "\n"


def place(host, ins, mode, spec, rng):
    """Insert `ins` into text `host`. mode: start|end|middle|ps|paren."""
    lang = spec["lang"]
    host = host.strip()
    if _is_cjk(lang) and mode in ("end", "middle"):
        if mode == "end":
            return host + _cjk_glue(host, _sep(lang, rng)) + ins
        cuts = _cuts(host, lang)
        if cuts:
            p = rng.choice(cuts)
            a, b = host[:p].rstrip(), host[p:].lstrip()
            s = _sep(lang, rng)
            return a + _cjk_glue(a, s) + ins + _cjk_glue(ins, s) + b
        return host + _cjk_glue(host, _sep(lang, rng)) + ins
    if mode == "middle":
        cuts = _cuts(host, lang)
        if not cuts:
            mode = "end"
        else:
            p = rng.choice(cuts)
            s = _sep(lang, rng)
            if not s and not _is_cjk(lang):
                s = " "
            return host[:p].rstrip() + s + ins + s + host[p:].lstrip()
    if mode == "start":
        return ins + (_sep(lang, rng) or ("" if _is_cjk(lang) else " ")) + host
    if mode == "ps":
        label = rng.choice(spec["ps"])
        return host + "\n\n" + label + ("" if label[-1] in "：※" else " ") + ins
    if mode == "paren":
        o, c = ("（", "）") if _is_cjk(lang) else ("(", ")")
        return host + ("" if _is_cjk(lang) else " ") + o + ins + c
    return host + (_sep(lang, rng) or ("" if _is_cjk(lang) else " ")) + ins


def render_tool(host, ins, rng, spec, where):
    """Tool hosts are dicts; '_slot' names the field that receives the insertion.

    where: None (no insertion) | 'slot-end' | 'slot-start' | 'extra'"""
    d = {k: v for k, v in host.items() if k != "_slot"}
    slot = host["_slot"]
    if ins is not None:
        if where == "extra":
            key = rng.choice(spec["tool_keys"])
            d = _set_path(d, key, ins)
        else:
            cur = _get_path(d, slot)
            sep = "" if _is_cjk(spec["lang"]) else " "
            new = (cur + sep + ins) if where == "slot-end" else (ins + sep + cur)
            d = _set_path(d, slot, new)
    return json.dumps(d, ensure_ascii=False, indent=rng.choice((None, None, 2)))


def _get_path(d, path):
    cur = d
    for p in path.split("."):
        cur = cur[int(p)] if isinstance(cur, list) else cur[p]
    return cur


def _set_path(d, path, value):
    d = json.loads(json.dumps(d))
    parts = path.split(".")
    cur = d
    for p in parts[:-1]:
        cur = cur[int(p)] if isinstance(cur, list) else cur[p]
    last = parts[-1]
    if isinstance(cur, list):
        cur[int(last)] = value
    else:
        cur[last] = value
    return d


# --------------------------------------------------------------------------
# hiding and encoding wrappers (language independent)
# --------------------------------------------------------------------------

def hide(ins, rng):
    """Return (wrapped, family)."""
    k = rng.randrange(7)
    esc = ins.replace('"', "&quot;")
    if k == 0:
        return "<!-- %s -->" % ins, "hidden-html-comment"
    if k == 1:
        return '<span style="display:none">%s</span>' % ins, "hidden-css"
    if k == 2:
        return '<div style="font-size:0;color:transparent;height:0;overflow:hidden">%s</div>' % ins, "hidden-css"
    if k == 3:
        return '<p style="color:#ffffff;background:#ffffff">%s</p>' % ins, "hidden-css"
    if k == 4:
        return '<img src="/media/gal/%d.webp" alt="%s">' % (rng.randint(100, 9999), esc), "hidden-alt-text"
    if k == 5:
        return "[//]: # (%s)" % ins.replace(")", "]").replace("(", "["), "hidden-markdown-comment"
    return '<div class="spec-row" data-note="%s"></div>' % esc, "hidden-attribute"


def encode(ins, rng, spec):
    """Return (carrier_text, family)."""
    lead = rng.choice(spec["enc_leads"])
    k = rng.randrange(4)
    if k == 0:
        b = base64.b64encode(ins.encode("utf-8")).decode("ascii")
        return "%s %s" % (lead, b), "encoded-base64"
    if k == 1:
        q = urllib.parse.quote(ins, safe="")
        return "%s https://%s/r?ref=%s" % (lead, rng.choice(_DOMAINS), q), "encoded-url"
    if k == 2:
        zw = "\u200b"
        return zw.join(ins), "encoded-zero-width"
    words = []
    for word in ins.split():
        clusters = []
        for ch in word:
            if clusters and unicodedata.category(ch) in ("Mn", "Mc"):
                clusters[-1] += ch  # keep vowel signs and tone marks on their letter
            else:
                clusters.append(ch)
        words.append(" ".join(clusters))
    return "   ".join(words), "encoded-spaced-letters"


_BENIGN_HTML = (
    "<!-- product-card v3, do not remove: used by the theme -->",
    "<!-- TODO: swap banner after the sale ends -->",
    '<span style="display:none">SKU {sku}</span>',
    '<div class="visually-hidden">{sku}</div>',
    "<!-- begin reviews widget -->",
    '<meta name="robots" content="index,follow">',
    '<img src="/media/gal/{n}.webp" alt="{sku}">',
    "<!-- cache: {code} -->",
    '<p hidden>stock-sync {code}</p>',
    "<!-- legacy layout, keep for the old app -->",
)


def benign_markup(rng):
    return fill(rng.choice(_BENIGN_HTML), rng), "hard-benign-markup"


def benign_encoded(rng):
    k = rng.randrange(5)
    if k == 0:
        payload = json.dumps({"sku": fill("{sku}", rng), "qty": rng.randint(1, 4), "wh": rng.choice(("MAD2", "WAW1", "IST3", "NRT5"))})
        return "ref: " + base64.b64encode(payload.encode()).decode(), "hard-benign-encoded"
    if k == 1:
        return "track: %032x" % rng.getrandbits(128), "hard-benign-encoded"
    if k == 2:
        q = urllib.parse.urlencode({"utm_source": "newsletter", "utm_campaign": fill("promo{n}", rng), "q": fill("{sku}", rng)})
        return "https://www.example-shop.net/list?" + q, "hard-benign-encoded"
    if k == 3:
        blob = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(rng.randint(24, 48)))).decode()
        return '<img src="data:image/png;base64,%s">' % blob, "hard-benign-encoded"
    return "sha256: %064x" % rng.getrandbits(256), "hard-benign-encoded"


# --------------------------------------------------------------------------
# building one language spec
# --------------------------------------------------------------------------

def _host_items(spec):
    """(source, host, biz) triples; `email_biz` hosts are emails written by a business
    (suppliers, notices) rather than by a customer."""
    out = []
    for key, lst in spec["hosts"].items():
        src, biz = ("email", True) if key == "email_biz" else (key, False)
        assert src in SOURCES, src
        for h in lst:
            out.append((src, h, biz))
    return out


def fits(tags, item):
    """Can a sentence tagged `tags` go into host `item`?

    Customer emails take sentences tagged e; business emails take those that fit a
    feed or a web page (f, w), since they speak in the same voice."""
    src, _h, biz = item
    if tags == "*":
        return True
    if src == "email" and biz:
        return "f" in tags or "w" in tags
    return src in sources_of(tags)


def _row(spec, source, family, text, inj, payload=""):
    return {"source": source, "lang": spec["lang"], "family": family, "text": text,
            "injection": inj, "payload": payload if inj else ""}


_STAFF_FAMILIES = ("hard-internal-note", "hard-colleague-note", "hard-warehouse-note")


def _host_text(src, host, ins, rng, spec, mode=None, family=None):
    """Render a host with an optional inserted string."""
    if src == "tool":
        if ins is None:
            return render_tool(host, None, rng, spec, None)
        if family in _STAFF_FAMILIES:
            where = "extra"  # staff notes get their own field, not the customer's
        else:
            where = rng.choice(("slot-end", "slot-end", "slot-start", "extra"))
        return render_tool(host, ins, rng, spec, where)
    if ins is None:
        return host.strip()
    if mode is None:
        if src in ("review", "ticket"):
            mode = rng.choice(("end", "end", "end", "middle", "middle", "start", "ps", "paren"))
        else:
            mode = rng.choice(("end", "end", "middle", "middle", "ps"))
    elif mode == "start" and src in ("email", "feed"):
        mode = "middle"
    return place(host, ins, mode, spec, rng)


def build_spec(spec, rng, seen):
    n = spec["n"]
    n_inj = round(n * INJ_SHARE)
    n_ben = n - n_inj
    n_hard = math.ceil(n_ben * HARD_SHARE)
    n_plain = n_ben - n_hard
    rows = []

    def add(r):
        if r["text"] in seen:
            return False
        seen.add(r["text"])
        rows.append(r)
        return True

    hosts = Pool(_host_items(spec), CAP_HOST, rng, spec["lang"] + ":hosts")
    inj = Pool(spec["inj"], CAP_SENT, rng, spec["lang"] + ":inj")
    hard = Pool(spec["hard"], CAP_SENT, rng, spec["lang"] + ":hard")

    # 1. self-contained rows
    got_inj = got_hard = 0
    for src, fam, text, payload in spec.get("inj_full", ()):
        vals = {}
        t = fill(text, rng, vals)
        p = fill(payload, rng, vals)
        if add(_row(spec, src, fam, t, True, p)):
            got_inj += 1
    for src, fam, text in spec.get("hard_full", ()):
        if add(_row(spec, src, fam, fill(text, rng), False)):
            got_hard += 1

    # 2. plain hosts (each host at most once plain)
    plain_pool = Pool(_host_items(spec), 1, rng, spec["lang"] + ":plain")
    got_plain = 0
    guard = 0
    while got_plain < n_plain:
        guard += 1
        if guard > 10 * n:
            raise RuntimeError("cannot place plain rows for " + spec["lang"])
        src, h, biz = plain_pool.take()
        # mark usage in the main pool too
        idx = hosts.items.index((src, h, biz))
        hosts.used[idx] += 1
        text = _host_text(src, h, None, rng, spec)
        if add(_row(spec, src, "benign", fill(text, rng), False)):
            got_plain += 1

    # 3. wrapped benign markup / encoded data (a few per spec)
    n_mark = max(1, round(n_hard * 0.07))
    k = 0
    guard = 0
    while k < n_mark and got_hard < n_hard:
        guard += 1
        if guard > 50:
            break
        src, h, _b = hosts.take(lambda it: it[0] in ("web", "feed", "review", "email"))
        snippet, fam = (benign_markup(rng) if rng.random() < 0.5 else benign_encoded(rng))
        text = _host_text(src, h, snippet, rng, spec, rng.choice(("end", "start", "middle")))
        if add(_row(spec, src, fam, fill(text, rng), False)):
            got_hard += 1
            k += 1

    # 4. hard negatives with inserted sentences
    guard = 0
    while got_hard < n_hard:
        guard += 1
        if guard > 20 * n:
            raise RuntimeError("cannot place hard rows for " + spec["lang"])
        fam, tags, sent = hard.take(lambda it: hosts.has(lambda h: fits(it[1], h)))
        src, h, _b = hosts.take(lambda it: fits(tags, it))
        s = fill(sent, rng)
        text = _host_text(src, h, s, rng, spec, family=fam)
        if add(_row(spec, src, fam, fill(text, rng), False)):
            got_hard += 1

    # 5. hidden / encoded injections
    n_wrap = max(1, round(n_inj * 0.09))
    k = 0
    guard = 0
    while k < n_wrap and got_inj < n_inj:
        guard += 1
        if guard > 50:
            break
        fam0, tags, sent = inj.take(lambda it: it[1] == "*" or any(c in it[1] for c in "rwfe"))
        s = fill(sent, rng)
        if k % 2 == 0:
            w, fam = hide(s, rng)
            src, h, _b = hosts.take(lambda it: it[0] in ("web", "feed", "review", "email") and fits(tags, it))
        else:
            w, fam = encode(s, rng, spec)
            src, h, _b = hosts.take(lambda it: it[0] != "tool" and fits(tags, it))
        text = fill(_host_text(src, h, w, rng, spec, rng.choice(("end", "middle", "start"))), rng)
        if add(_row(spec, src, fam, text, True, s)):
            got_inj += 1
            k += 1

    # 6. plain-language injections
    guard = 0
    while got_inj < n_inj:
        guard += 1
        if guard > 20 * n:
            raise RuntimeError("cannot place injection rows for " + spec["lang"])
        fam, tags, sent = inj.take(lambda it: hosts.has(lambda h: fits(it[1], h)))
        src, h, _b = hosts.take(lambda it: fits(tags, it))
        s = fill(sent, rng)
        text = fill(_host_text(src, h, s, rng, spec), rng)
        if add(_row(spec, src, fam, text, True, s)):
            got_inj += 1

    return rows


# --------------------------------------------------------------------------
# validation and reporting
# --------------------------------------------------------------------------

_FAM_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def validate(rows):
    ids, texts = set(), set()
    for r in rows:
        assert tuple(r.keys()) == KEYS, r.keys()
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["text"][:80]
        texts.add(r["text"])
        b = len(r["text"].encode("utf-8"))
        assert 40 <= b <= 3000, (r["id"], b, r["text"][:60])
        assert r["split"] == "train"
        assert r["source"] in SOURCES, r["source"]
        assert isinstance(r["injection"], bool)
        assert _FAM_RE.match(r["family"]), r["family"]
        if r["injection"]:
            assert r["payload"].strip(), r["id"]
            assert not r["family"].startswith("hard-") and r["family"] != "benign", r["id"]
        else:
            assert r["payload"] == "", r["id"]
            assert r["family"] == "benign" or r["family"].startswith("hard-"), (r["id"], r["family"])


def report(rows):
    from collections import Counter

    def show(title, c):
        print(title)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-28s %5d" % (k, v))

    show("language:", Counter(r["lang"] for r in rows))
    show("language (primary):", Counter(r["lang"].split("-")[0] for r in rows))
    show("source:", Counter(r["source"] for r in rows))
    show("family:", Counter(r["family"] for r in rows))
    show("label:", Counter("injection" if r["injection"] else "benign" for r in rows))
    hard = sum(1 for r in rows if r["family"].startswith("hard-"))
    ben = sum(1 for r in rows if not r["injection"])
    print("hard negatives: %d of %d benign (%.0f%%)" % (hard, ben, 100.0 * hard / max(ben, 1)))
    print("total rows: %d" % len(rows))
