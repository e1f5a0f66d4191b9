"""Shared assembly helpers: slot filling, insertion points, least-used picking."""

import json
import re
from collections import Counter

SOURCES = ("review", "ticket", "feed", "email", "web", "tool")
SOURCE_WEIGHT = {"review": 30, "ticket": 18, "email": 15, "web": 14, "feed": 12, "tool": 11}
CJK_LANGS = {"ja", "zh-CN", "zh-TW"}

SLOT_RE = re.compile(r"\{([a-z_]+?)(\d?)\}")
SENT_END = re.compile(r"(?<=[.!?…)])[ ]+(?=\S)")
CJK_SENT_END = re.compile(r"(?<=[。！？!?])(?=[^\s。！？!?」』）)])")
HTML_RE = re.compile(r"<(p|div|section|li|span|html|body|article)\b")

DEFAULT_USERS = ["buyer", "shopper", "kunde", "client", "orders", "info", "hello", "sales", "contact"]
MAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "post.example"]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXZ"


def json_inner(text):
    return json.dumps(text, ensure_ascii=False)[1:-1]


def html_attr(text):
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


class Filler:
    """Fills {slot} placeholders; the same slot name gets the same value within one row."""

    def __init__(self, rng, slots, users=None):
        self.rng = rng
        self.slots = slots
        self.users = users or DEFAULT_USERS
        self.cache = {}

    def value(self, base):
        r = self.rng
        if base in self.slots:
            return r.choice(self.slots[base])
        if base == "order":
            return str(r.randint(100000, 99999999))
        if base == "n":
            return str(r.randint(2, 9))
        if base == "nn":
            return str(r.randint(11, 48))
        if base == "pct":
            return str(r.choice([10, 15, 20, 25, 30, 40, 50, 60, 70]))
        if base == "sku":
            return "".join(r.choice(LETTERS) for _ in range(r.randint(2, 3))) + "-" + str(r.randint(100, 9999))
        if base == "ticket":
            return str(r.randint(10000, 999999))
        if base == "day":
            return str(r.randint(1, 28))
        if base == "hh":
            return "%02d:%02d" % (r.randint(7, 20), r.choice([0, 10, 15, 30, 45, 50]))
        if base == "email":
            local = r.choice(self.users)
            if r.random() < 0.6:
                local += str(r.randint(2, 97))
            return local + "@" + r.choice(MAIL_DOMAINS)
        raise KeyError("unknown slot %r" % base)

    def fill(self, text):
        def sub(m):
            key = m.group(1) + m.group(2)
            if key not in self.cache:
                self.cache[key] = self.value(m.group(1))
            return self.cache[key]
        return SLOT_RE.sub(sub, text)


def insertion_points(text, cjk):
    """Positions where a sentence or line could start (auto mode)."""
    pts = {0, len(text)}
    rx = CJK_SENT_END if cjk else SENT_END
    for m in rx.finditer(text):
        pts.add(m.end())
    for m in re.finditer(r"\n", text):
        if m.end() < len(text) and text[m.end()] != "\n":
            pts.add(m.end())
    return sorted(pts)


def insert_at(text, pos, ins, cjk):
    sep = "" if cjk else " "
    multi = "\n" in text
    before, after = text[:pos], text[pos:]
    line_start = pos == 0 or before.endswith("\n")
    if line_start and after:
        return before + ins + ("\n" if multi else sep) + after
    if not after or after.startswith("\n"):
        if multi and not after:
            return before.rstrip(" ") + "\n" + ins
        return before.rstrip(" ") + sep + ins + after
    before = before.rstrip(" ")
    return before + sep + ins + sep + after


def compose(rng, carrier, ins, cjk, mode="any"):
    """Put `ins` into `carrier` (already slot-filled) at one of its insertion points.

    Explicit markers: '§' plain insertion point, '¤' insertion inside a JSON string.
    Without markers, sentence and line boundaries are used.
    """
    if ins is None:
        return re.sub("[§¤]", "", carrier)
    if "§" in carrier or "¤" in carrier:
        parts = re.split("([§¤])", carrier)
        idx = [i for i, p in enumerate(parts) if p in ("§", "¤")]
        k = rng.choice(idx)
        out = []
        for i, p in enumerate(parts):
            if i == k:
                before = "".join(out)
                after = "".join(x for x in parts[i + 1:] if x not in ("§", "¤"))
                if p == "¤":
                    if cjk:
                        glue = "。" if before and before[-1].isalnum() else ""
                    else:
                        glue = ". " if before and before[-1].isalnum() else " "
                    return before + glue + json_inner(ins) + after
                return insert_at(before + after, len(before), ins, cjk)
            if p not in ("§", "¤"):
                out.append(p)
        raise AssertionError("marker lost")
    pts = insertion_points(carrier, cjk)
    if mode != "any" and "\n" in carrier:
        if mode == "end":
            pts = [len(carrier)]
        else:
            first = carrier.index("\n")
            last = carrier.rstrip("\n").rindex("\n")
            inner = [p for p in pts if first < p <= last and p != len(carrier)]
            # keep out of the greeting line and the signature line
            inner = [p for p in inner if p > first + 1]
            pts = inner or pts
    return insert_at(carrier, rng.choice(pts), ins, cjk)


HIDERS = [
    ("hidden-html-comment", lambda s: "<!-- " + s + " -->"),
    ("hidden-css", lambda s: '<span style="display:none">' + s + "</span>"),
    ("hidden-css", lambda s: '<div style="font-size:0;line-height:0;color:transparent">' + s + "</div>"),
    ("hidden-attribute", lambda s: "<p hidden>" + s + "</p>"),
    ("hidden-alt-text", lambda s: '<img src="/media/detail-02.jpg" alt="' + html_attr(s) + '" width="1" height="1">'),
    ("hidden-attribute", lambda s: '<meta name="description" content="' + html_attr(s) + '">'),
]


def least_used(rng, keys, usage):
    low = min(usage[k] for k in keys)
    return rng.choice([k for k in keys if usage[k] == low])


def parse_sources(spec):
    if spec == "*":
        return list(SOURCES)
    out = spec.split()
    for s in out:
        assert s in SOURCES, spec
    return out


def build_language(mod, rng, total, seen):
    """Build `total` rows for one language module. Returns list of row dicts without ids."""
    lang = mod.LANG
    cjk = lang in CJK_LANGS
    carriers = {}
    for src, items in mod.CARRIERS.items():
        carriers[src] = []
        for item in items:
            if len(item) > 2 and item[1] == "|" and item[0] in "RTWISB":
                carriers[src].append((item[0], item[2:]))
            else:
                carriers[src].append(("", item))
    inj = [(f, parse_sources(s), t) for f, s, t in mod.INJ]
    hard = [(f, parse_sources(s), t) for f, s, t in mod.HARD]
    docs = list(mod.HARD_DOCS)
    users = getattr(mod, "USERS", None)
    n_inj = round(total * 0.45)
    n_hard = round(total * 0.30)
    n_ben = total - n_inj - n_hard
    usage = Counter()
    rows = []

    def new_filler():
        return Filler(rng, mod.SLOTS, users)

    staff_only = {"hard-editorial-guide", "hard-style-guide", "hard-sop"}
    business_only = {"hard-b2b-expectation"}
    customer_only = {"hard-customer-request", "hard-social-engineering-human", "hard-chatbot-complaint"}

    def kinds_for(src, srcs, injection, family=""):
        """Which tagged carriers of `src` fit an item whose sources are `srcs`."""
        if src == "email":
            if injection:
                return {"I", "B", ""}
            if family in staff_only:
                return {"S", ""}
            if family in business_only:
                return {"B", ""}
            if family in customer_only:
                return {"I", ""}
            return None
        if src == "tool":
            kinds = {""}
            if "review" in srcs:
                kinds.add("R")
            if "ticket" in srcs or "email" in srcs or srcs == ["tool"]:
                kinds.add("T")
            if "web" in srcs or "feed" in srcs:
                kinds.add("W")
            return kinds
        return None

    def eligible(src, kinds):
        return [(src, i) for i, (k, _) in enumerate(carriers.get(src, [])) if kinds is None or k in kinds]

    def pick_carrier(src, kinds=None):
        keys = eligible(src, kinds)
        k = least_used(rng, keys, usage)
        return k, carriers[src][k[1]][1]

    def pick_source(allowed, injection=None, family=""):
        if injection is not None:
            allowed = [s for s in allowed if eligible(s, kinds_for(s, allowed, injection, family))]
        allowed = [s for s in allowed if carriers.get(s)]
        weights = [SOURCE_WEIGHT[s] for s in allowed]
        return rng.choices(allowed, weights=weights)[0]

    def add(row, keys):
        # usage grows even on a rejected draw, so exhausted items stop being picked
        for k in keys:
            usage[k] += 1
        if row["text"] in seen:
            return False
        n = len(row["text"].encode("utf-8"))
        if n < 40 or n > 3000:
            return False
        seen.add(row["text"])
        rows.append(row)
        return True

    # injections
    made, tries = 0, 0
    while made < n_inj:
        tries += 1
        assert tries < n_inj * 50, (lang, "injection pool too small")
        ik = least_used(rng, [("inj", i) for i in range(len(inj))], usage)
        fam, srcs, tmpl = inj[ik[1]]
        src = pick_source(srcs, True)
        ck, carrier = pick_carrier(src, kinds_for(src, srcs, True))
        f = new_filler()
        payload = f.fill(tmpl)
        body = f.fill(carrier)
        shown, family = payload, fam
        if src == "web" and HTML_RE.search(body) and "§" in body and rng.random() < 0.4:
            family, hide = rng.choice(HIDERS)
            shown = hide(payload)
        text = compose(rng, body, shown, cjk)
        if add(dict(source=src, lang=lang, family=family, text=text, injection=True, payload=payload), [ik, ck]):
            made += 1

    # hard negatives: inserted sentences and standalone documents
    made, tries = 0, 0
    n_docs = round(n_hard * len(docs) / float(len(docs) + len(hard))) if docs else 0
    while made < n_hard:
        tries += 1
        assert tries < n_hard * 50, (lang, "hard pool too small")
        f = new_filler()
        if made < n_docs:
            dk = least_used(rng, [("doc", i) for i in range(len(docs))], usage)
            fam, src, tmpl = docs[dk[1]]
            row = dict(source=src, lang=lang, family=fam, text=f.fill(tmpl).replace("§", ""), injection=False, payload="")
            keys = [dk]
        else:
            hk = least_used(rng, [("hard", i) for i in range(len(hard))], usage)
            fam, srcs, tmpl = hard[hk[1]]
            src = pick_source(srcs, False, fam)
            ck, carrier = pick_carrier(src, kinds_for(src, srcs, False, fam))
            mode = "end" if fam == "hard-processing-note" else "inner"
            text = compose(rng, f.fill(carrier), f.fill(tmpl), cjk, mode)
            row = dict(source=src, lang=lang, family=fam, text=text, injection=False, payload="")
            keys = [hk, ck]
        if add(row, keys):
            made += 1

    # plain benign carriers
    made, tries = 0, 0
    while made < n_ben:
        tries += 1
        assert tries < n_ben * 50, (lang, "benign pool too small")
        src = pick_source(list(SOURCES))
        ck, carrier = pick_carrier(src)
        text = compose(rng, new_filler().fill(carrier), None, cjk)
        if add(dict(source=src, lang=lang, family="benign", text=text, injection=False, payload=""), [ck]):
            made += 1
    return rows
