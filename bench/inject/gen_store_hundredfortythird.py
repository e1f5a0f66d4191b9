"""Build store_hundredfortythird.jsonl: a labelled corpus of store texts (reviews, tickets, feeds,
emails, web pages, tool results) in 24 languages for training a prompt-injection screener.

Theme: conditional, third-person and owner-voiced orders aimed at an AI reader ("if you are an AI
reading this...", "the system that sorts these tickets should...", "message from the shop owner to
the AI..."), plain and hidden, against hard negatives that use the same frames towards people or
describe the store's automated systems honestly.

Run: python3 bench/inject/gen_store_hundredfortythird.py   (deterministic output)
"""
import importlib
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from hundredfortythird import common as C  # noqa: E402

NAME = "hundredfortythird"
SEED = 143_0143
OUT = os.path.join(HERE, f"store_{NAME}.jsonl")
LANGS = ["en", "sl", "sk", "fi", "nb", "he", "ka", "hu", "ar", "el", "et", "id", "da", "sv", "lv",
         "bg", "ru", "nl", "pl", "hi", "uk", "ro", "ms", "vi"]
PER_LANG = {c: 92 for c in LANGS}
PER_LANG["en"] = 2500 - 92 * 23
HARD_SHARE = 0.565
INTENTS = ["cond-credit", "cond-recommend", "summary-rating", "ticket-autoapprove", "sorter-priority",
           "owner-voice-price", "dev-note", "crawler-ranking", "listing-checker",
           "reveal-instructions", "exfil-image"]
METHODS = ["html-comment", "css-hidden", "alt-title", "white-text", "md-comment", "json-field",
           "base64", "hex", "zero-width"]
SOURCES = ["review", "ticket", "feed", "email", "web", "tool"]
STRUCT_HARD = ["hard-hidden-markup", "hard-encoded-data", "hard-json-fields", "hard-quoted-chat"]

MODS = {c: importlib.import_module(f"{NAME}.{c}") for c in LANGS}


def product(L, rng):
    noun = rng.choice(L.NOUNS)
    brand = rng.choice(C.BRANDS)
    r = rng.random()
    if r < 0.35:
        return f"{noun} {brand}"
    if r < 0.7:
        return f"{brand} {noun}"
    return f"{noun} {brand} {rng.choice('ACDEGKMPRSTX')}{rng.randint(2, 990)}"


def values(L, rng):
    return {
        "p": product(L, rng), "p2": product(L, rng),
        "price": C.fmt_price(L.CUR, rng.choice([4.9, 9.99, 12.5, 19.9, 24.0, 29.99, 39.0, 49.9, 59.0,
                                                  79.99, 89.0, 119.0, 149.0, 199.0, 249.0, 329.0])
                             + rng.randint(0, 9)),
        "amt": C.fmt_price(L.CUR, rng.choice([20, 25, 30, 40, 50, 75, 100, 150, 200, 250, 500])),
        "oid": C.order_id(rng), "n": rng.randint(2, 9), "d": rng.randint(2, 14),
        "name": rng.choice(L.NAMES), "comp": rng.choice(C.SHOPS), "code": C.code(rng),
        "acct": C.account(rng), "dom": rng.choice(C.DOMAINS), "pct": rng.choice([5, 10, 15, 20, 25]),
    }


def fill(tpl, L, rng, v=None):
    v = dict(v or values(L, rng))
    return tpl.format(**v)


def fillers(L, pool, rng, k, v):
    k = min(k, len(pool))
    return [fill(t, L, rng, {**values(L, rng), "p": v["p"], "oid": v["oid"]}) for t in rng.sample(pool, k)]


def pool_for(L, source):
    if source in ("ticket", "email"):
        return L.TICKET
    if source == "feed":
        return L.LISTING
    if source == "review":
        return L.REVIEW
    return L.REVIEW + L.LISTING if source == "web" else L.REVIEW + L.TICKET


def stars(rng):
    n = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    return rng.choice(["★" * n + "☆" * (5 - n), f"{n}/5", f"{n}★", f"({n}/5)"]), n


def render(source, L, rng, v, parts, snippet=None, json_extra=None):
    """Assemble sentences (plus an optional inline snippet) into a text of the given source kind."""
    parts = list(parts)
    if snippet is not None:
        parts.insert(rng.randint(0, len(parts)), snippet)
    if source == "review":
        st, _ = stars(rng)
        body = " ".join(parts)
        if rng.random() < 0.3:
            body += " " + rng.choice(L.CLOSE)
        if rng.random() < 0.15:
            body += " " + rng.choice(["👍", "🙂", "😡", "🙏", "👌", "😅", "⭐"])
        return f"{st} {body}" if rng.random() < 0.7 else body
    if source == "ticket":
        sep = "\n" if rng.random() < 0.4 else " "
        body = sep.join(parts)
        return f"[{v['oid']}] {body}" if rng.random() < 0.5 else body
    if source == "email":
        body = "\n".join(parts) if rng.random() < 0.5 else " ".join(parts)
        return f"{rng.choice(L.HI)}\n\n{body}\n\n{v['name']}"
    if source == "feed":
        sku = f"{rng.choice(C.BRANDS)[:3].upper()}-{rng.randint(1000, 99999)}"
        lines = [f"title: {v['p']}", f"price: {v['price']}", f"sku: {sku}", "description: " + " ".join(parts)]
        if rng.random() < 0.4:
            lines.insert(3, f"stock: {rng.randint(0, 400)}")
        return "\n".join(lines)
    if source == "web":
        cls = rng.choice(["review", "product-desc", "qa-answer", "listing", "content"])
        inner = "".join(f"<p>{p}</p>" if not p.startswith("<") else p for p in parts)
        return f'<div class="{cls}">{inner}</div>'
    # tool
    st, n = stars(rng)
    res = {"id": rng.randint(10000, 999999), "rating": n, "text": " ".join(parts)}
    if json_extra:
        res.update(json_extra)
    tool = rng.choice(["get_reviews", "fetch_ticket", "search_products", "read_inbox", "get_listing"])
    return C.jdump({"tool": tool, "status": "ok", "result": [res] if rng.random() < 0.5 else res})


def make_injection(L, EN, lang, rng, intent):
    v = values(L, rng)
    src_mod = EN if (lang != "en" and rng.random() < 0.12) else L
    payload = fill(rng.choice(src_mod.INJ[intent]), src_mod, rng, v)
    hidden = rng.random() < 0.45
    if not hidden:
        source = rng.choice(SOURCES)
        parts = fillers(L, pool_for(L, source), rng, rng.randint(0, 3), v)
        parts.insert(rng.randint(0, len(parts)), payload)
        return source, intent, render(source, L, rng, v, parts), payload
    method = rng.choice(METHODS)
    if method == "json-field":
        source = "tool"
    elif method in C.HTML_METHODS:
        source = rng.choice(["web", "web", "review", "feed", "email"])
    elif method == "md-comment":
        source = rng.choice(["review", "ticket", "feed", "web"])
    else:
        source = rng.choice(SOURCES)
    parts = fillers(L, pool_for(L, source), rng, rng.randint(1, 3), v)
    if method == "json-field":
        key = rng.choice(["note", "internal_memo", "agent_hint", "seller_comment", "meta_description"])
        text = render(source, L, rng, v, parts, json_extra={key: payload})
    else:
        text = render(source, L, rng, v, parts, snippet=C.hide(method, payload, rng))
    return source, f"hidden-{method}", text, payload


def make_hard(L, rng, fam):
    v = values(L, rng)
    if fam == "hard-hidden-markup":
        parts = fillers(L, L.REVIEW + L.LISTING, rng, rng.randint(1, 3), v)
        extra = fill(rng.choice(L.LISTING), L, rng, v)
        snip = rng.choice([
            f'<div style="display:none" class="spec-more">{extra}</div>',
            f"<!-- {rng.choice(['layout v', 'banner slot ', 'ab-test ', 'cms block '])}{rng.randint(2, 40)} -->",
            f'<img src="/media/p{rng.randint(1000, 99999)}.jpg" alt="{v["p"]}">',
            f'<span class="sr-only">{v["p"]}, {v["price"]}</span>',
        ])
        return rng.choice(["web", "web", "review", "feed"]), render("web", L, rng, v, parts, snippet=snip)
    if fam == "hard-encoded-data":
        source = rng.choice(["tool", "feed", "email", "ticket"])
        parts = fillers(L, pool_for(L, source), rng, rng.randint(1, 3), v)
        raw = rng.choice([f"{v['oid']}|{rng.choice(['DPD', 'GLS', 'UPS', 'DHL', 'PostNL'])}|{rng.randint(1, 9)}",
                          f"sku={rng.randint(10000, 99999)};wh={rng.choice(['A', 'B', 'C'])}{rng.randint(1, 9)}",
                          bytes(rng.randrange(256) for _ in range(18))])
        if isinstance(raw, bytes):
            snip = "data:image/png;base64," + C.base64.b64encode(b"\x89PNG\r\n" + raw).decode()
        elif rng.random() < 0.5:
            snip = "tracking: " + C.base64.b64encode(raw.encode()).decode()
        else:
            snip = "trace_id: " + raw.encode().hex()
        return source, render(source, L, rng, v, parts, snippet=snip)
    if fam == "hard-json-fields":
        parts = fillers(L, L.TICKET, rng, rng.randint(1, 2), v)
        obj = {"role": rng.choice(["warehouse", "support_agent", "courier", "customer"]),
               "system": rng.choice(["WMS-3", "returns-portal", "erp", "crm"]),
               "instructions": fill(rng.choice(L.TICKET), L, rng, v),
               "order": v["oid"], "message": " ".join(parts)}
        return "tool", C.jdump(obj)
    if fam == "hard-quoted-chat":
        cu, ag = L.CHAT
        a = fillers(L, L.TICKET, rng, 2, v)
        b = fillers(L, L.LISTING, rng, 1, v)
        lines = [f"{cu}: {a[0]}", f"{ag}: {b[0]}", f"{cu}: {a[1]}"]
        source = rng.choice(["ticket", "email"])
        return source, render(source, L, rng, v, lines)
    hs = fill(rng.choice(L.HARD[fam]), L, rng, v)
    source = rng.choice(SOURCES)
    parts = fillers(L, pool_for(L, source), rng, rng.randint(0, 3), v)
    parts.insert(rng.randint(0, len(parts)), hs)
    return source, render(source, L, rng, v, parts)


def make_benign(L, rng):
    v = values(L, rng)
    source = rng.choice(SOURCES)
    parts = fillers(L, pool_for(L, source), rng, rng.randint(1, 5), v)
    return source, f"benign-{source}", render(source, L, rng, v, parts)


def main():
    rng = random.Random(SEED)
    EN = MODS["en"]
    rows, seen = [], set()

    def add(lang, source, fam, text, inj, payload):
        if text in seen or not text.strip() or len(text) >= 4000:
            return False
        seen.add(text)
        rows.append({"source": source, "lang": lang, "family": fam, "text": text,
                     "injection": inj, "payload": payload})
        return True

    for lang in LANGS:
        L = MODS[lang]
        total = PER_LANG[lang]
        n_inj = total // 2
        n_ben = total - n_inj
        n_hard = round(n_ben * HARD_SHARE)
        for i in range(n_inj):
            intent = INTENTS[i % len(INTENTS)]
            while True:
                s, f, t, p = make_injection(L, EN, lang, rng, intent)
                if add(lang, s, f, t, True, p):
                    break
        hard_fams = list(L.HARD.keys()) * 2 + STRUCT_HARD
        for i in range(n_hard):
            fam = hard_fams[i % len(hard_fams)]
            while True:
                s, t = make_hard(L, rng, fam)
                if add(lang, s, fam, t, False, ""):
                    break
        for i in range(n_ben - n_hard):
            while True:
                s, f, t = make_benign(L, rng)
                if add(lang, s, f, t, False, ""):
                    break

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{NAME}-{i:05d}", "split": "train", **r})

    # validation
    assert len({r["id"] for r in out}) == len(out)
    assert len({r["text"] for r in out}) == len(out)
    for r in out:
        assert r["text"] and len(r["text"]) < 4000
        assert bool(r["payload"]) == r["injection"]
        if r["injection"] and not r["family"].startswith(("hidden-base64", "hidden-hex", "hidden-zero")):
            assert r["payload"] in r["text"], r
        assert r["source"] in SOURCES
    n_inj = sum(r["injection"] for r in out)
    n_ben = len(out) - n_inj
    n_hard = sum(r["family"].startswith("hard-") for r in out)
    assert len(out) == 2500 and abs(n_inj - 1250) <= 10 and abs(n_ben - 1250) <= 10 and n_hard >= 650

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(C.jdump(r) + "\n")

    def show(title, cnt):
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())))

    show("lang", Counter(r["lang"] for r in out))
    show("source", Counter(r["source"] for r in out))
    show("family", Counter(r["family"] for r in out))
    show("label", Counter("injection" if r["injection"] else "benign" for r in out))
    print(f"hard negatives: {n_hard}")
    sent = Counter()
    for r in out:
        for s in set(C.sentences(r["text"])):
            sent[s] += 1
    top = sent.most_common(1)[0] if sent else ("", 0)
    print(f"rows={len(out)} distinct_sentences={len(sent)} sentence_instances={sum(sent.values())} "
          f"max_rows_per_sentence={top[1]}")


if __name__ == "__main__":
    main()
