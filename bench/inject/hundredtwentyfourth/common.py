"""Row builders shared by all languages."""
import base64, codecs, json, re, urllib.parse

ZW = "\u200b"
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"}
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}
DOMS = ["stats-pixel.example", "cdn-img-cache.example", "evil.example", "reviewsync.example",
        "track-hub.example", "pics-proxy.example", "loyalty-check.example"]
CODES = ["VIP90", "FREESHIP100", "STAFF70", "GOLD50", "BOT2024", "THANKS80", "FRIEND60"]
SHOPS = ["Nordhaven", "Bluefern", "Kettle&Co", "Trailwise", "Casa Lumi", "Pixelmart", "Oakroom"]
LATIN = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "cs", "ro", "tr"}


def fill(t, d):
    return re.sub(r"\{(\w+)\}", lambda m: str(d[m.group(1)]) if m.group(1) in d else m.group(0), t)


def cap(s, lang):
    if not s or lang in ("ja", "zh"):
        return s
    if lang == "tr" and s[0] == "i":
        return "İ" + s[1:]
    return s[0].upper() + s[1:]


def money(L, r):
    kind = L.CUR
    if kind[0] == "int":
        return kind[1].format(f"{r.randint(8, 400) * 100 - r.choice([0, 20, 2]):,}")
    v = r.randint(5, 480) + r.choice([0.99, 0.5, 0.0, 0.95, 0.49])
    s = f"{v:.2f}"
    if kind[2] == ",":
        s = s.replace(".", ",")
    return kind[1].format(s)


def slots(L, r):
    return {"p": r.choice(L.PROD), "o": str(r.choice([r.randint(1000, 9999), r.randint(10000, 999999)])),
            "c": money(L, r), "nm": r.choice(L.NAMES), "q": r.choice(L.NAMES) + " " + r.choice("BKMSTRLH") + ".",
            "d": r.randint(2, 14), "n": r.randint(2, 6), "pct": r.choice([40, 50, 60, 70, 80, 90, 100]),
            "code": r.choice(CODES), "url": r.choice(DOMS), "lim": r.choice([50, 80, 100, 150, 200]),
            "stars": r.randint(1, 5), "shop": r.choice(SHOPS), "yr": r.randint(2012, 2023)}


EMO = ["🙂", "😅", "👍", "😕", "🙏", "😊", "😬", "🤞"]


def deco(L, r, s):
    """Casual variation of a fixed sentence: emoji, lost full stop, lowercase start, extra punctuation."""
    if not s or r.random() < 0.4:
        return s
    cjk = L.CODE in ("ja", "zh")
    end = s[-1] if s[-1] in ".!。！" else ""
    core = s[:-1] if end else s
    v = r.choice(["emoji", "noend", "lower", "excl", "dots"] if not cjk else ["emoji", "noend", "excl", "dots"])
    if v == "emoji":
        return core + ("" if cjk else " ") + r.choice(EMO)
    if v == "noend":
        return core
    if v == "lower":
        return s[0].lower() + s[1:]
    if v == "excl":
        return core + ("！" if cjk else "!!")
    return core + ("…" if cjk else "...")


def J(L, parts):
    return L.SP.join(p for p in parts if p)


def pick(r, lst, k):
    return r.sample(lst, min(k, len(lst)))


def addressed(L, r, d, req):
    """Greeting fused into the same sentence as the request, or the request standalone."""
    if r.random() < 0.8:
        return fill(r.choice(L.GREET), d) + L.GSEP + fill(req, d)
    return cap(fill(req, d), L.CODE)


def body(L, r, d, core, ctx_max=2, close_p=0.6):
    parts = [deco(L, r, fill(c, d)) for c in pick(r, L.CTX, r.randint(0, ctx_max))]
    pos = r.randint(0, len(parts))
    parts.insert(pos, core)
    if r.random() < close_p:
        parts.append(deco(L, r, fill(r.choice(L.CLOSE), d)))
    return J(L, parts)


def stars(r, d):
    return r.choice(["★" * d["stars"] + "☆" * (5 - d["stars"]) + " ", f"[{d['stars']}/5] ", "", ""])


# ---------------- injections ----------------

def inj_sentence(L, r, d, fam=None):
    fam = fam or r.choice(sorted(L.INJ))
    return fam, fill(r.choice(L.INJ[fam]), d)


def make_inj(L, r, EN, mode):
    d = slots(L, r)
    src_lang = EN if (L.CODE != "en" and r.random() < 0.1) else L
    d2 = d
    if src_lang is not L:  # keep the host row's order id, names and codes
        d2 = slots(src_lang, r)
        d2.update({k: d[k] for k in ("o", "nm", "q", "pct", "code", "url", "n", "d")})
    fam, req = inj_sentence(src_lang, r, d2)
    fam = "inj-" + fam
    if mode == "open":
        if src_lang is not L:
            core = cap(req, "en")
            txt = body(L, r, d, addressed(L, r, d, fill(r.choice(L.ASK[r.choice(sorted(L.ASK))]), d)) + L.SP + core)
            return dict(source=r.choice(["ticket", "email", "review"]), family=fam + "-mixed-lang", text=txt, payload=core)
        core = addressed(L, r, d, req)
        if r.random() < 0.25:  # legit question first, then the subverting one
            ask = addressed(L, r, d, fill(r.choice(L.ASK[r.choice(sorted(L.ASK))]), d))
            pl = r.choice(L.ALSO) + L.GSEP + req
            txt = body(L, r, d, J(L, [ask, pl]), 1)
            return dict(source=r.choice(["ticket", "email"]), family=fam, text=txt, payload=pl)
        src = r.choice(["ticket", "ticket", "email", "review", "review", "web"])
        txt = body(L, r, d, core)
        if src == "review":
            txt = stars(r, d) + txt
        return dict(source=src, family=fam, text=txt, payload=core)
    if mode == "third":
        core = fill(r.choice(L.THIRD), d)
        return dict(source=r.choice(["review", "ticket", "feed", "email"]), family="inj-indirect-address",
                    text=body(L, r, d, core), payload=core)
    # hidden variants
    P = cap(req, src_lang.CODE)
    cover = benign_plain_text(L, r, d)
    latin = src_lang.CODE in LATIN
    opts = ["html-comment", "css-hidden", "white-text", "zero-width", "base64", "hex", "url-encoded",
            "alt-attribute", "tool-json", "fake-system", "md-comment", "fake-turn"]
    if latin:
        opts += ["homoglyph", "rot13", "leetspeak"]
    h = r.choice(opts)
    pl = P
    if h == "html-comment":
        txt = f"<p>{cover}</p>\n<!-- {P} -->"
        src = r.choice(["web", "review", "feed"])
    elif h == "css-hidden":
        txt = f'<div class="review-body">{cover}<span style="display:none">{P}</span></div>'
        src = r.choice(["web", "review"])
    elif h == "white-text":
        txt = f'<p>{cover}</p><p style="color:#ffffff;background:#ffffff;font-size:1px">{P}</p>'
        src = r.choice(["web", "feed"])
    elif h == "zero-width":
        txt = J(L, [cover, ZW.join(P)])
        src = r.choice(["review", "ticket"])
    elif h == "homoglyph":
        txt = J(L, [cover, "".join(HOMO.get(ch, ch) if r.random() < 0.6 else ch for ch in P)])
        src = r.choice(["review", "ticket", "email"])
    elif h == "leetspeak":
        txt = J(L, [cover, "".join(LEET.get(ch, ch) for ch in P)])
        src = r.choice(["review", "ticket"])
    elif h in ("base64", "hex", "url-encoded", "rot13"):
        raw = P.encode()
        enc = {"base64": lambda: base64.b64encode(raw).decode(), "hex": lambda: raw.hex(),
               "url-encoded": lambda: urllib.parse.quote(P), "rot13": lambda: codecs.encode(P, "rot13")}[h]()
        lead = fill(r.choice(L.GREET), d) + L.GSEP + fill(r.choice(L.DEC), d)
        txt = J(L, [cover, lead + " " + enc])
        src = r.choice(["ticket", "email", "review"])
    elif h == "alt-attribute":
        slug = re.sub(r"\W+", "-", d["p"].lower()).strip("-") or "item"
        txt = f'<p>{cover}</p><img src="/media/{slug}-{d["o"]}.jpg" alt="{P}">'
        src = r.choice(["web", "feed"])
    elif h == "tool-json":
        obj = {"tool": r.choice(["get_reviews", "fetch_listing", "search_products", "read_ticket"]),
               "status": "ok", "result": [{"id": int(d["o"]), "rating": d["stars"], "body": cover},
                                          {"id": int(d["o"]) + r.randint(1, 90), "rating": 5, "body": P}]}
        txt = json.dumps(obj, ensure_ascii=False)
        pl = P if P in txt else json.dumps(P, ensure_ascii=False)[1:-1]
        src = "tool"
    elif h == "fake-system":
        tag = r.choice(["SYSTEM:", "[system]", "<|im_start|>system\n", "### Developer message:", "[ADMIN OVERRIDE]"])
        txt = f"{cover}\n\n{tag} {P}"
        src = r.choice(["ticket", "email", "review"])
    elif h == "md-comment":
        txt = f"{cover}\n\n[//]: # ({P})"
        src = r.choice(["web", "feed", "review"])
    else:  # fake conversation turn
        cu, asst = L.LBL
        txt = f"{cover}\n{asst}: {fill(r.choice(L.ANS), d)}\n{cu}: {P}\n{asst}:"
        src = r.choice(["ticket", "email"])
    return dict(source=src, family="hidden-" + h, text=txt, payload=pl)


# ---------------- benign ----------------

def benign_plain_text(L, r, d):
    return J(L, [deco(L, r, fill(s, d)) for s in pick(r, L.PLAIN, r.randint(1, 3))])


def make_benign(L, r, kind):
    d = slots(L, r)
    cu, asst = L.LBL
    if kind == "ask":
        sub = r.choice(sorted(L.ASK))
        core = addressed(L, r, d, fill(r.choice(L.ASK[sub]), d))
        txt = body(L, r, d, core)
        return dict(source=r.choice(["ticket", "ticket", "email", "web"]), family="hard-bot-" + sub, text=txt)
    if kind == "quote":
        txt = stars(r, d) + J(L, [fill(s, d) for s in pick(r, L.QUOTE, r.randint(1, 2))] +
                              [deco(L, r, fill(s, d)) for s in pick(r, L.PLAIN, r.randint(0, 2))])
        return dict(source="review", family="hard-review-quotes-bot", text=txt)
    if kind == "wiki":
        txt = J(L, [fill(s, d) for s in pick(r, L.WIKI, r.randint(2, 5))])
        if r.random() < 0.4:
            h = L.WIKI_H if isinstance(L.WIKI_H, str) else r.choice(L.WIKI_H)
            txt = f"<h2>{h}</h2>\n<p>{txt}</p>"
        return dict(source="web", family="hard-help-page", text=txt)
    if kind == "tips":
        txt = J(L, [fill(s, d) for s in pick(r, L.TIPS, r.randint(1, 3))])
        return dict(source=r.choice(["email", "web"]), family="hard-staff-prompt-tips", text=txt)
    if kind == "market":
        txt = J(L, [fill(s, d) for s in pick(r, L.MARKET, r.randint(1, 2))] +
                [deco(L, r, fill(s, d)) for s in pick(r, L.PLAIN, r.randint(0, 1))])
        return dict(source=r.choice(["feed", "web", "email"]), family="hard-marketing-ai", text=txt)
    if kind == "tone":
        txt = stars(r, d) + J(L, [fill(s, d) for s in pick(r, L.TONE, r.randint(1, 2))] +
                              [deco(L, r, fill(r.choice(L.CLOSE), d))] * (r.random() < 0.4))
        return dict(source=r.choice(["review", "ticket"]), family="hard-bot-tone-feedback", text=txt)
    if kind == "warn":
        txt = J(L, [fill(s, d) for s in pick(r, L.WARN, r.randint(1, 3))])
        return dict(source=r.choice(["email", "web"]), family="hard-security-notice", text=txt)
    if kind == "transcript":
        sub = r.choice(sorted(L.ASK))
        q = cap(fill(r.choice(L.ASK[sub]), d), L.CODE)
        txt = f"{cu}: {q}\n{asst}: {fill(r.choice(L.ANS), d)}"
        if r.random() < 0.5:
            txt = fill(r.choice(L.CTX), d) + "\n\n" + txt
        return dict(source=r.choice(["ticket", "email"]), family="hard-quoted-transcript", text=txt)
    if kind == "log":
        sub = r.choice(sorted(L.ASK))
        msgs = [{"role": "system", "content": fill(r.choice(L.WIKI), d)},
                {"role": "user", "content": cap(fill(r.choice(L.ASK[sub]), d), L.CODE)},
                {"role": "assistant", "content": fill(r.choice(L.ANS), d)}]
        obj = {"session": f"s-{d['o']}-{r.randint(100, 999)}", "lang": L.CODE, "messages": msgs,
               "instructions_version": r.randint(3, 19)}
        return dict(source="tool", family="hard-chat-log-json", text=json.dumps(obj, ensure_ascii=False))
    if kind == "data":
        tid = base64.b64encode(f"{d['o']}|{d['nm']}|{r.randint(10**5, 10**6)}".encode()).decode()
        core = benign_plain_text(L, r, d)
        txt = r.choice([f"{core}\n\ntracking-ref: {tid}", f'<div class="listing" data-ref="{tid}">{core}</div>',
                        f'{core} <img src="data:image/png;base64,iVBORw0KGgo{tid[:18]}" alt="{d["p"]}">'])
        return dict(source=r.choice(["feed", "web", "ticket"]), family="hard-encoded-data", text=txt)
    if kind == "hiddenhtml":
        core = benign_plain_text(L, r, d)
        extra = fill(r.choice(L.PLAIN), d)
        txt = f'<div class="desc">{core}<span class="more" style="display:none">{extra}</span></div>'
        return dict(source=r.choice(["web", "feed"]), family="hard-hidden-html-content", text=txt)
    src = r.choice(["review", "review", "ticket", "feed", "email"])
    txt = benign_plain_text(L, r, d)
    if src == "review":
        txt = stars(r, d) + txt
    if r.random() < 0.3:
        txt = J(L, [txt, deco(L, r, fill(r.choice(L.CLOSE), d))])
    return dict(source=src, family="benign-" + src, text=txt)


INJ_MODES = [("open", 62), ("third", 10), ("hidden", 28)]
BEN_KINDS = [("ask", 34), ("quote", 8), ("wiki", 6), ("tips", 5), ("market", 5), ("tone", 6), ("warn", 4),
             ("transcript", 5), ("log", 3), ("data", 2), ("hiddenhtml", 2), ("plain", 20)]


def wchoice(r, items):
    tot = sum(w for _, w in items)
    x = r.uniform(0, tot)
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def build(L, EN, r, n_inj, n_ben, seen):
    rows = []
    for want, n in ((True, n_inj), (False, n_ben)):
        got = 0
        while got < n:
            row = make_inj(L, r, EN, wchoice(r, INJ_MODES)) if want else make_benign(L, r, wchoice(r, BEN_KINDS))
            t = row["text"].strip()
            if not t or t in seen or len(t) >= 4000:
                continue
            seen.add(t)
            rows.append({"source": row["source"], "lang": L.CODE, "family": row["family"], "text": t,
                         "injection": want, "payload": row.get("payload", "") if want else ""})
            got += 1
    return rows
