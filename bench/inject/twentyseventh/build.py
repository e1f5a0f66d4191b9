"""Row planning and assembly for the twentyseventh corpus."""

import random
import re

from . import carriers as C
from .common import (ATTACK_HOSTS, ATTACK_MAIL_USERS, BRANDS, Deck, ascii_fold, b64, esc,
                     hexenc, homoglyph, leet, replace_vars, rot13, sentences, spaced, urlenc,
                     zero_width)

SOURCES = [("tool", 0.40), ("web", 0.20), ("email", 0.15), ("feed", 0.15), ("review", 0.05), ("ticket", 0.05)]

HTML_ONLY_MODES = ["hidden-css", "hidden-alt-text", "hidden-attribute"]
HIDDEN_CYCLE = ["hidden-html-comment", "hidden-css", "hidden-alt-text", "hidden-attribute",
                "hidden-css", "hidden-markdown-comment", "hidden-attribute", "hidden-html-comment",
                "hidden-css", "hidden-alt-text"]
ENC_LATIN = ["encoded-base64", "encoded-hex", "encoded-rot13", "leetspeak", "encoded-url",
             "homoglyph", "zero-width", "spaced-letters", "encoded-base64"]
ENC_CJK = ["encoded-base64", "encoded-hex", "encoded-url", "zero-width", "spaced-letters", "encoded-base64"]

NEUTRAL_LEADS = ["ai_note_{enc}={blob}", "x-agent-directive ({enc}): {blob}", "[{enc}] {blob}",
                 "ref: {blob}", "meta.instructions = \"{blob}\"", "{blob}"]
ENC_NAMES = {"encoded-base64": "base64", "encoded-hex": "hex", "encoded-rot13": "rot13",
             "encoded-url": "urlencoded"}


def apportion(n, weights):
    raw = [(name, n * w) for name, w in weights]
    base = {name: int(x) for name, x in raw}
    left = n - sum(base.values())
    order = sorted(raw, key=lambda t: (-(t[1] - int(t[1])), t[0]))
    for name, _ in order[:left]:
        base[name] += 1
    return base


def split_item(s):
    if " || " in s:
        t, x = s.split(" || ", 1)
        return t.strip(), x.strip()
    return None, s


def paragraphs_html(text):
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        out.append("<p>" + esc(para).replace("\n", "<br>") + "</p>")
    return "\n".join(out)


class RowState:
    def __init__(self, L, r, pools, ctx, slot, kind, content=None, inj=None, mode=None):
        self.L = L
        self.r = r
        self.pools = pools
        self.ctx = ctx
        self.slot = slot
        self.kind = kind
        self.content = content
        self.inj = inj
        self.mode = mode
        self.payload = ""
        self.filled = 0
        self.hard_family = None

    # ---- small fakes
    def person(self):
        L, r = self.L, self.r
        first = r.choice(L["first"])
        last = r.choice(L["last"])
        if L.get("east_names"):
            full = last + L.get("name_sep", "") + first
            user = r.choice(L["handles"]) + str(r.randint(1, 99))
        else:
            full = first + " " + last
            user = r.choice([ascii_fold(first) + "." + ascii_fold(last), ascii_fold(first)[0] + ascii_fold(last),
                             ascii_fold(first) + str(r.randint(1, 99)), ascii_fold(last) + "." + ascii_fold(first)[0]])
        return {"first": first, "last": last, "full": full, "email": user + "@" + r.choice(L["mail_domains"])}

    def short_name(self, p):
        code = self.L["code"]
        if code in ("zh-CN", "ko"):
            return p["last"] + "**"
        if code == "ja":
            return p["first"]
        return p["first"] + " " + p["last"][:1] + "."

    def _dt(self):
        r = self.r
        return (r.choice([2024, 2024, 2025]), r.randint(1, 12), r.randint(1, 28), r.randint(7, 22), r.randint(0, 59))

    def iso(self):
        y, m, d, hh, mm = self._dt()
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, hh, mm, self.r.randint(0, 59))

    def times(self, n):
        """n increasing ISO timestamps a few hours apart."""
        y, m, d, hh, mm = self._dt()
        out = []
        t = hh * 60 + mm
        for _ in range(n):
            t += self.r.randint(40, 600)
            dd, rest = divmod(t, 24 * 60)
            out.append("%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, min(d + dd, 28), rest // 60, rest % 60, self.r.randint(0, 59)))
        return out

    def local_date(self):
        y, m, d, _, _ = self._dt()
        return self.L["fmt_date"](y, m, d)

    def hhmm(self):
        return "%02d:%02d" % (self.r.randint(7, 22), self.r.randint(0, 59))

    def street(self):
        return self.L["street"](self.r)

    def postcode(self):
        return self.L["postcode"](self.r)

    def slug(self):
        words = ["item", "p", "products", "blog", "help", "faq", "c", "shop", "dp", "listing", "pages"]
        return self.r.choice(words) + "/" + "".join(self.r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(self.r.randint(5, 9)))

    def sku(self):
        r = self.r
        return "%s-%d%s" % ("".join(r.choice("ABCDEFGHKLMNPRSTVW") for _ in range(r.randint(2, 3))),
                            r.randint(100, 9999), r.choice(["", "-S", "-M", "-L", "-BL", "-GR", "-01", "-02", "-XL"]))

    def order_id(self):
        return make_order(self.r)

    def price(self):
        return self.L["price"](self.r, self.r.choice([9.9, 14.5, 19.0, 24.9, 29.0, 39.95, 49.0, 59.9, 79.0, 119.0, 149.0]))

    # ---- content
    def draw(self, slot):
        if slot == "event":
            if self.r.random() < 0.5:
                return None, self.pools["event"].draw()
            slot = "note"
        return split_item(self.pools[slot].draw())

    def reply(self):
        if "reply" in self.pools:
            return self.pools["reply"].draw()
        return self.pools["page"].draw().split(" || ")[-1]

    def fill(self, html=False):
        self.filled += 1
        if self.kind == "benign":
            title, text = self.content
            if html and title and self.slot == "page":
                return title, "<h2>" + esc(title) + "</h2>\n" + paragraphs_html(text)
            return title, (paragraphs_html(text) if html else text)
        base_title, base = self.draw(self.slot)
        return base_title, self._inject(base, html)

    # ---- injection assembly
    def _piece(self):
        L, r, mode = self.L, self.r, self.mode
        if mode.startswith("encoded-") or mode in ("leetspeak", "homoglyph", "zero-width", "spaced-letters"):
            p = self.inj
            self.payload = p
            if mode in ENC_NAMES:
                fn = {"encoded-base64": b64, "encoded-hex": hexenc, "encoded-rot13": rot13, "encoded-url": urlenc}[mode]
                blob = fn(p)
                leads = L["ENC_LEADS"] if r.random() < 0.7 else NEUTRAL_LEADS
                lead = r.choice(leads)
                return lead.replace("{enc}", ENC_NAMES[mode]).replace("{blob}", blob)
            fn = {"leetspeak": leet, "homoglyph": homoglyph, "zero-width": zero_width, "spaced-letters": spaced}[mode]
            return fn(p)
        self.payload = self.inj
        return self.inj

    def _hidden_html(self, p):
        r = self.r
        e = esc(p.replace("\n", " "))
        mode = self.mode
        if mode == "hidden-html-comment":
            self.payload = p.replace("--", "—")
            return "<!-- " + self.payload + " -->"
        self.payload = p.replace("\n", " ") if mode != "hidden-css" else p
        if mode == "hidden-css":
            e2 = esc(p).replace("\n", "<br>")
            return r.choice([
                f'<span style="display:none">{e2}</span>',
                f'<div style="position:absolute;left:-9999px" aria-hidden="true">{e2}</div>',
                f'<p style="color:#ffffff;background:#ffffff;font-size:1px">{e2}</p>',
                f'<div style="opacity:0;height:0;overflow:hidden">{e2}</div>',
                f'<span style="font-size:0;line-height:0">{e2}</span>',
                f'<p class="note" style="visibility:hidden">{e2}</p>',
            ])
        if mode == "hidden-alt-text":
            return r.choice([
                f'<img src="/media/{self.slug().replace("/", "-")}.jpg" alt="{e}" width="640">',
                f'<figure><img src="https://cdn.{self.ctx["store_domain"]}/i/{r.randint(1000, 9999)}.webp" alt="{e}"></figure>',
                f'<img alt="{e}" src="/img/spacer.gif" width="1" height="1">',
            ])
        # hidden-attribute
        return r.choice([
            f'<div data-ai-note="{e}"></div>',
            f'<a href="/pages/size-guide" title="{e}">ⓘ</a>',
            f'<span aria-label="{e}"></span>',
            f'<meta name="agent-instructions" content="{e}">',
            f'<input type="hidden" name="note" value="{e}">',
            f'<div hidden>{esc(p)}</div>',
            f'<section data-llm="{e}" class="spacer"></section>',
        ])

    def _hidden_text(self, p):
        if self.mode == "hidden-markdown-comment":
            q = p.replace("(", "[").replace(")", "]").replace("\n", " ")
            self.payload = q
            return self.r.choice(["[//]: # (" + q + ")", "[comment]: <> (" + q + ")", "[//]: # (" + q + ")"])
        self.payload = p.replace("--", "—")
        return "<!-- " + self.payload + " -->"

    def _inject(self, base, html):
        r, L = self.r, self.L
        hidden = self.mode.startswith("hidden-")
        if hidden:
            if html and self.mode != "hidden-markdown-comment":
                piece = self._hidden_html(self.inj)
            else:
                piece = self._hidden_text(self.inj)
        else:
            piece = self._piece()
        slot = self.slot
        alone = (not hidden) and r.random() < 0.1 and slot in ("note", "review", "message", "event")
        if alone:
            return ("<p>" + esc(piece).replace("\n", "<br>") + "</p>") if html else piece
        pos = r.choices(["end", "start", "middle"], weights=[5, 2, 3])[0]
        sents = sentences(base)
        if pos == "middle" and len(sents) < 2:
            pos = "end"
        if html:
            frag = piece if hidden else "<p>" + esc(piece).replace("\n", "<br>") + "</p>"
            if pos == "middle":
                k = r.randint(1, len(sents) - 1)
                js = "" if L.get("no_space") else " "
                a = js.join(sents[:k])
                b = js.join(sents[k:])
                return paragraphs_html(a) + "\n" + frag + "\n" + paragraphs_html(b)
            if pos == "start":
                return frag + "\n" + paragraphs_html(base)
            return paragraphs_html(base) + "\n" + frag
        js = "" if L.get("no_space") else " "
        if slot == "message":
            seps = ["\n\n", "\n\n", "\n\n" + L["ps"] + " ", "\n"]
        elif slot in ("product", "page"):
            seps = ["\n\n", "\n", js or "\n", "\n• "]
        elif slot == "event":
            seps = [" – ", " | ", ". " if js else "。", " / "]
        else:
            seps = [js, js, "\n", " — ", "\n\n"]
        if hidden:
            seps = ["\n", "\n\n", " "]
        if self.mode != "plain" and not js:
            seps = ["\n", "\n\n"]
        sep = r.choice(seps)
        if pos == "middle":
            k = r.randint(1, len(sents) - 1)
            inner = "\n" if ("\n" in sep or (self.mode != "plain" and not js)) else js
            return js.join(sents[:k]) + inner + piece + inner + js.join(sents[k:])
        if pos == "start":
            if sep.startswith("\n\n" + L["ps"]) or sep == "\n• ":
                sep = "\n\n"
            return piece + (sep or js) + base
        return base + sep + piece


def make_order(r):
    k = r.randrange(5)
    if k == 0:
        return "#%d" % r.randint(1001, 99999)
    if k == 1:
        return "SW-%05d" % r.randint(1, 99999)
    if k == 2:
        return "ORD-%d-%05d" % (r.choice([2024, 2025]), r.randint(1, 99999))
    if k == 3:
        return str(r.randint(10 ** 9, 10 ** 10 - 1))
    return "%d-%07d" % (r.randint(100, 999), r.randint(0, 9999999))


def make_ctx(L, r):
    si = r.randrange(len(L["stores"]))
    store = L["stores"][si]
    slug = L["store_slugs"][si] if L.get("store_slugs") else ascii_fold(store)[:18]
    host = r.choice(ATTACK_HOSTS)
    code = r.choice(["STAFF", "VIP", "LOYAL", "PARTNER", "FRIENDS", "GOLD", "BULK", "TEAM", "INSIDER"]) + \
        str(r.randint(10, 99)) + r.choice(["", "-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))])
    st = RowState(L, r, None, {}, None, None)
    return {
        "order": make_order(r),
        "sku": st.sku(),
        "code": code,
        "email": r.choice(ATTACK_MAIL_USERS) + "@" + r.choice(ATTACK_HOSTS),
        "host": host,
        "url": "https://" + host + "/" + r.choice(["v", "r", "c", "go", "t", "s", "check", "verify"]),
        "amount": L["price"](r, r.choice([25.0, 49.9, 80.0, 120.0, 199.0, 249.0, 310.0, 450.0])),
        "brand": r.choice(BRANDS),
        "store": store,
        "store_domain": slug + ".example",
        "year": str(r.choice([2024, 2025])),
    }


def carriers_for(source, slot=None, html=None, inj=True):
    out = []
    for name, src, sl, is_html, inj_ok, fn in C.CARRIERS:
        if src != source:
            continue
        if inj and not inj_ok:
            continue
        if slot is not None and sl != slot:
            continue
        if html is not None and is_html != html:
            continue
        out.append((name, sl, is_html, fn))
    return out


def slot_sources(slot):
    return [s for s, _ in SOURCES if carriers_for(s, slot=slot, inj=False)]


def build_language(L, n_inj, n_ben, n_hard, seed):
    r = random.Random(seed)
    pools = {
        "review": Deck(L["REVIEWS"], r),
        "note": Deck(L["NOTES"], r),
        "message": Deck(L["MESSAGES"], r),
        "product": Deck(L["PRODUCTS"], r),
        "page": Deck(L["PAGES"], r),
        "event": Deck(L["events"], r),
    }
    if L.get("CAL"):
        pools["calendar"] = Deck(L["CAL"], r)
    if L.get("REPLIES"):
        pools["reply"] = Deck(L["REPLIES"], r)
    latin = not L.get("nonlatin")
    specs = []

    # ---------------- injections
    q = apportion(n_inj, SOURCES)
    srcs = [s for s, _ in SOURCES for _ in range(q[s])]
    r.shuffle(srcs)
    n_hidden = round(n_inj * 0.17)
    n_enc = round(n_inj * 0.13)
    modes = [None] * n_inj
    hid_deck = Deck(HIDDEN_CYCLE, r)
    enc_deck = Deck(ENC_LATIN if latin else ENC_CJK, r)
    pref = {"web": 0, "feed": 1, "email": 2, "tool": 3, "review": 9, "ticket": 9}
    for _ in range(n_hidden):
        m = hid_deck.draw()
        free = [i for i in range(n_inj) if modes[i] is None]
        if m in HTML_ONLY_MODES:
            free = [i for i in free if pref[srcs[i]] < 9]
            best = min(pref[srcs[i]] for i in free)
            cand = [i for i in free if pref[srcs[i]] == best or r.random() < 0.35]
        else:
            cand = free
        modes[r.choice(cand)] = m
    for _ in range(n_enc):
        free = [i for i in range(n_inj) if modes[i] is None]
        modes[r.choice(free)] = enc_deck.draw()
    modes = [m or "plain" for m in modes]

    inj_deck = Deck(L["INJ"], r)
    enc_items = Deck(L["ENC"], r)
    def usable(lst):
        return [c for c in lst if c[1] != "calendar" or "calendar" in pools]

    src_decks = {s: Deck(usable(carriers_for(s)), r) for s, _ in SOURCES}
    html_decks = {s: Deck(usable(carriers_for(s, html=True)), r) for s, _ in SOURCES if carriers_for(s, html=True)}
    for src, mode in zip(srcs, modes):
        if mode in HTML_ONLY_MODES:
            car = html_decks[src].draw()
        elif mode == "hidden-html-comment" and src in html_decks and r.random() < 0.6:
            car = html_decks[src].draw()
        else:
            car = src_decks[src].draw()
        if mode == "plain" or mode.startswith("hidden-"):
            fam, text = inj_deck.draw()
            family = fam if mode == "plain" else mode
        else:
            text = enc_items.draw()
            family = mode
        specs.append({"label": True, "source": src, "carrier": car, "mode": mode, "family": family, "inj": text})

    # ---------------- benign
    qb = apportion(n_ben, SOURCES)
    remaining = dict(qb)
    hard_specs = []
    gen = C.HARD_GENERATED
    n_items = len(L["HARD"])
    n_gen = max(3, n_hard - 2 * n_items) if n_hard > n_items else 3
    if L["code"] == "en":
        n_gen = max(n_gen, round(n_hard * 0.2))
    gen_deck = Deck(gen, r)
    tries = 0
    while len(hard_specs) < n_gen and tries < 200:
        tries += 1
        src, fn = gen_deck.draw()
        if remaining[src] > 0:
            remaining[src] -= 1
            hard_specs.append({"label": False, "source": src, "gen": fn})
    items = list(L["HARD"])
    r.shuffle(items)
    rounds = [items, items[:]]
    r.shuffle(rounds[1])
    for rnd in rounds:
        order = sorted(rnd, key=lambda it: len(slot_sources(it[1])))
        for kind, slot, text in order:
            if len(hard_specs) >= n_hard:
                break
            cands = [s for s in slot_sources(slot) if remaining[s] > 0]
            if not cands:
                continue
            src = max(cands, key=lambda s: (remaining[s] / max(qb[s], 1), r.random()))
            remaining[src] -= 1
            hard_specs.append({"label": False, "source": src, "slot": slot, "family": "hard-" + kind,
                               "content": split_item(text)})
    specs.extend(hard_specs)
    for src, n in remaining.items():
        for _ in range(n):
            specs.append({"label": False, "source": src, "family": "benign"})

    # ---------------- render
    rows = []
    seen = set()
    for sp in specs:
        for attempt in range(30):
            ctx = make_ctx(L, r)
            if sp["label"]:
                name, slot, is_html, fn = sp["carrier"] if attempt < 10 else \
                    (html_decks[sp["source"]].draw() if sp["mode"] in HTML_ONLY_MODES else src_decks[sp["source"]].draw())
                inj = replace_vars(sp["inj"], ctx)
                S = RowState(L, r, pools, ctx, slot, "inj", inj=inj, mode=sp["mode"])
                text = fn(S)
                family = sp["family"]
                payload = S.payload
            elif "gen" in sp:
                S = RowState(L, r, pools, ctx, None, "benign")
                text = sp["gen"](S)
                family = S.hard_family
                payload = ""
            elif "content" in sp:
                opts = carriers_for(sp["source"], slot=sp["slot"], inj=False)
                name, slot, is_html, fn = r.choice(opts)
                S = RowState(L, r, pools, ctx, slot, "benign", content=sp["content"])
                text = fn(S)
                family = sp["family"]
                payload = ""
            else:
                name, slot, is_html, fn = src_decks[sp["source"]].draw()
                S = RowState(L, r, pools, ctx, slot, "benign", content=S_draw(pools, slot, r))
                text = fn(S)
                family = "benign"
                payload = ""
            n = len(text.encode("utf-8"))
            if S.kind != "benign" and S.filled != 1:
                raise RuntimeError("carrier did not fill exactly once")
            if sp["label"] and not payload:
                raise RuntimeError("missing payload")
            if 40 <= n <= 3000 and text not in seen:
                break
        else:
            raise RuntimeError("could not render row for %s" % L["code"])
        seen.add(text)
        rows.append({"source": sp["source"], "lang": L["code"], "family": family, "text": text,
                     "injection": sp["label"], "payload": payload if sp["label"] else ""})
    return rows


def S_draw(pools, slot, r):
    if slot == "event":
        if r.random() < 0.5:
            return None, pools["event"].draw()
        slot = "note"
    return split_item(pools[slot].draw())
