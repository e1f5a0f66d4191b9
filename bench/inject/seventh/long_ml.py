"""Long documents in German, French, Spanish, Italian, Dutch, Portuguese and Polish."""
import base64
from . import util
from .util import pick, chance
from .compose import F, fill_all, sample, jdump
from .ml_text import POOLS, rv_for_stars
from .ml_long_text import LONG, rv2_cats
from .lex import PRODUCTS, NAMES
from .payloads import inject, families_for
from .long_en import _events

LONG_LANGS = list(LONG.keys())
HARD_KEY = {"hard-human-request": "HH", "hard-trigger-words": "HT", "hard-ai-mention": "HA"}


def _ins(rng, lst, items, lo=0.25):
    out = list(lst)
    for it in items:
        out.insert(rng.randint(max(1, int(len(out) * lo)), len(out)), it)
    return out


def review_page(rng, lang, d, frags, extras, k=12):
    L, P = LONG[lang], POOLS[lang]
    ui = L["UI"]
    avg = round(rng.uniform(3.1, 4.8), 1)
    head = "%s – %s\n%s %s · %d %s" % (ui["reviews"], d["product"], str(avg).replace(".", ",") if lang != "en" else avg, ui["of5"],
                                     rng.randint(30, 1900), ui["ratings"])
    revs, stars, used = [], [], set()
    for _ in range(k):
        st = rng.choice([1, 2, 3, 4, 5, 5, 4, 5])
        allowed = rv_for_stars(lang, st, L["RV2"], product=d["product"], extra_cats=rv2_cats(lang))
        cand = [s for s in allowed if s not in used] or allowed
        body = rng.sample(cand, min(len(cand), rng.randint(1, 3)))
        used.update(body)
        revs.append(fill_all(body, d))
        stars.append(st)
    for e in extras:
        revs[rng.randrange(len(revs))].append(e)
    for fr in frags:
        j = rng.randint(len(revs) // 4, len(revs) - 1)
        revs[j].insert(rng.randint(0, len(revs[j])), fr)
    out = [head]
    for st, body in zip(stars, revs):
        out.append("%s\n%s · %s%s\n%s\n%s (%d)" % ("★" * st + "☆" * (5 - st), pick(rng, NAMES[lang]), util.date(rng),
                                                 (" · " + ui["verified"]) if chance(rng, 0.7) else "", " ".join(body), ui["helpful"], rng.randint(0, 40)))
    return "review", "\n\n".join(out)


class _Queue:
    """Draw sentences without repetition until the pool is used up, then reshuffle."""

    def __init__(self, rng, pool):
        self.rng, self.pool, self.q = rng, list(pool), []

    def take(self, n):
        out = []
        for _ in range(n):
            if not self.q:
                self.q = list(self.pool)
                self.rng.shuffle(self.q)
            out.append(self.q.pop())
        return out


def helpdesk(rng, lang, d, frags, extras, k=6):
    L, P = LONG[lang], POOLS[lang]
    head = "Ticket #%d · Status: %s · Channel: %s · Lang: %s\nRequester: %s %s <%s>" % (
        rng.randint(10000, 99999), pick(rng, ["Open", "Pending", "Solved"]), pick(rng, ["Email", "Chat", "Web form"]), lang,
        d["name"], d["surname"], d["email"])
    msgs = []
    tq, aq = _Queue(rng, P["TK"]), _Queue(rng, L["AG"])
    for i in range(k):
        if i % 2 == 0:
            body = fill_all(tq.take(rng.randint(2, 3)), d)
            if i == 0:
                body = [F(pick(rng, P["GR"]), d) + "\n"] + body
            msgs.append(["c", body])
        else:
            msgs.append(["a", fill_all(aq.take(rng.randint(2, 3)), d)])
    for e in extras:
        j = pick(rng, [i for i, m in enumerate(msgs) if m[0] == "c"])
        msgs[j][1].append(e)
    for fr in frags:
        cands = [i for i, m in enumerate(msgs) if m[0] == "c"]
        j = pick(rng, cands[1:] or cands)
        msgs[j][1].insert(rng.randint(1, len(msgs[j][1])), fr)
    agent = pick(rng, NAMES[lang])
    out = [head, "-" * 36]
    for i, (r, body) in enumerate(msgs):
        who = ("%s %s" % (d["name"], d["surname"])) if r == "c" else ("%s (Support)" % agent)
        out.append("[%s %02d:%02d] %s:\n%s" % (d["date"], 9 + i, rng.randint(0, 59), who, " ".join(body).replace("\n ", "\n")))
    return "ticket", "\n\n".join(out)


def email_thread(rng, lang, d, frags, extras, k=3):
    L, P = LONG[lang], POOLS[lang]
    sup = "%s %s" % (pick(rng, NAMES[lang]), d["surname"])
    buyer = "%s %s" % (d["name"], pick(rng, ["Weber", "Martin", "García", "Romano", "de Vries", "Costa", "Nowak"]))
    msgs = []
    sq, bq = _Queue(rng, L["SUP"]), _Queue(rng, L["BUY"])
    for i in range(k):
        if i % 2 == 0:
            msgs.append([True, fill_all(sq.take(rng.randint(3, 4)), d)])
        else:
            msgs.append([False, fill_all(bq.take(rng.randint(2, 3)), d)])
    y, mth, day = rng.choice([2024, 2025]), rng.randint(2, 12), rng.randint(15, 28)
    for e in extras:
        msgs[rng.randrange(len(msgs))][1].append(e)
    for fr in frags:
        j = 0 if "\n" in fr else rng.randrange(len(msgs))
        msgs[j][1].insert(rng.randint(1, len(msgs[j][1])), fr)
    out = []
    for i, (s, body) in enumerate(msgs):
        greet = F(pick(rng, P["GR"]), d)
        sig = F(pick(rng, P["SO"]), {"name": sup if s else buyer})
        txt = greet + "\n\n" + " ".join(body[:3]) + ("\n\n" + " ".join(body[3:]) if len(body) > 3 else "") + "\n\n" + sig
        if i > 0:
            txt = "%04d-%02d-%02d, %s %s:\n" % (y, mth, day - 2 * i, sup if s else buyer, L["UI"]["wrote"]) + "\n".join(("> " + x) if x else ">" for x in txt.split("\n"))
        out.append(txt)
    head = "From: %s <%s@%s-trade.eu>\nTo: %s\nSubject: %s%s\n\n" % (sup, sup.split()[0].lower(), d["surname"].lower(), d["email"],
                                                                   "RE: " * (k - 1), d["po"])
    return "email", head + "\n\n".join(out)


def policy(rng, lang, d, frags, extras, k=6):
    L = LONG[lang]
    secs = sample(rng, L["POL"], min(k, len(L["POL"])))
    blocks = []
    for t, ss in secs:
        blocks.append([t, fill_all(ss, d)])
    for it in list(extras) + list(frags):
        j = rng.randint(1, len(blocks) - 1)
        blocks[j][1].append(it)
    fmt = pick(rng, ["md", "html"])
    title = L["UI"]["policy"]
    if fmt == "md":
        txt = "# %s\n_%s: %s_\n\n" % (title, L["UI"]["updated"], d["date"]) + "\n\n".join("## %s\n%s" % (t, " ".join(b)) for t, b in blocks)
    else:
        txt = "<article>\n<h1>%s</h1>\n<p class=\"meta\">%s: %s</p>\n" % (title, L["UI"]["updated"], d["date"]) + \
              "\n".join("<h2>%s</h2>\n<p>%s</p>" % (t, " ".join(b)) for t, b in blocks) + "\n</article>"
    # policy pages in these pools are short; append FAQ-like review snippets to reach length
    faq = fill_all(sample(rng, POOLS[lang]["TK"], min(4, len(POOLS[lang]["TK"]))), d)
    ans = fill_all(sample(rng, L["AG"], min(4, len(L["AG"]))), d)
    txt += "\n\nFAQ\n" + "\n".join("Q: %s\nA: %s" % (q, a) for q, a in zip(faq, ans))
    return "web", txt


def json_order(rng, lang, d, frags, extras, k=8):
    items = [{"line": i + 1, "sku": util.sku(rng), "title": pick(rng, PRODUCTS[lang]), "qty": rng.randint(1, 3),
              "unit_price": round(rng.uniform(5, 120), 2), "status": pick(rng, ["fulfilled", "unfulfilled", "backorder"])} for i in range(k)]
    res = {"id": d["order"], "locale": lang, "currency": "EUR" if lang != "pl" else "PLN", "customer": {"name": "%s %s" % (d["name"], d["surname"]),
           "email": d["email"], "city": d["city"]}, "line_items": items,
           "customer_note": " ".join(fill_all(sample(rng, POOLS[lang]["TK"], 2), d)),
           "events": _events(rng, d["date"])}
    if extras:
        res["staff_notes"] = list(extras)
    for fr in frags:
        slot = rng.randrange(3)
        if slot == 0:
            res["gift_message"] = fr
        elif slot == 1:
            items[rng.randrange(len(items))]["personalisation"] = fr
        else:
            res["customer_note"] = res["customer_note"] + " " + fr
    return "tool", jdump({"tool": "orders.get", "ok": True, "result": res}, indent=pick(rng, [None, 2]))


def json_hard(rng, lang, d, frags, extras, k=6):
    P, L = POOLS[lang], LONG[lang]
    convo = []
    for i in range(k):
        if i % 2 == 0:
            convo.append({"role": "customer", "text": " ".join(fill_all(sample(rng, P["TK"] + P["HH"], 2), d))})
        else:
            convo.append({"role": "agent", "text": " ".join(fill_all(sample(rng, L["AG"], 2), d))})
    obj = {"tool": "helpdesk.export", "system": "helpdesk-%s" % lang, "locale": lang,
           "assistant": {"enabled": True, "handoff": "human"}, "macros": [{"name": "refund_ok", "instructions": F(pick(rng, L["AG"]), d)}],
           "custom_fields": {"override_sla": chance(rng, 0.3), "admin_notes": pick(rng, ["VIP", "B2B", "—"]), "prompt_shown": "?"},
           "conversation": convo}
    for e in extras:
        convo[rng.randrange(len(convo))]["text"] += " " + e
    return "tool", jdump(obj, indent=pick(rng, [None, 2]))


def scraped_html(rng, lang, d, frags, extras, k=8):
    P, L = POOLS[lang], LONG[lang]
    allowed = rv_for_stars(lang, 3, L["RV2"], product=d["product"], extra_cats=rv2_cats(lang))
    revs = fill_all(sample(rng, allowed, k), d)
    parts = ["<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | %s</title>" % (lang, d["product"], d["shop"]),
             "<!-- Matomo -->\n<script>var _paq=window._paq=window._paq||[];</script>\n<!-- End Matomo Code -->", "</head>\n<body>",
             "<h1>%s</h1>\n<p class=\"price\">%s</p>" % (d["product"], d["amt"]),
             "<div class=\"visually-hidden\">%s</div>" % pick(rng, ["Zum Inhalt springen", "Aller au contenu", "Ir al contenido", "Vai al contenuto", "Naar inhoud", "Ir para o conteúdo", "Przejdź do treści"]),
             "<div hidden data-sku=\"%s\" data-stock=\"%d\"></div>" % (d["sku"], rng.randint(0, 80)),
             "<section id=\"reviews\">\n" + "\n".join("<blockquote>%s</blockquote>" % r for r in revs) + "\n</section>",
             "<!-- TODO: %s -->" % pick(rng, ["bannière soldes", "Banner austauschen", "cambiar banner", "aggiornare banner", "banner vervangen"]),
             "<footer>© 2024 %s</footer>\n</body>\n</html>" % d["shop"]]
    body = parts[:3] + _ins(rng, parts[3:-1], ["<p>%s</p>" % e for e in extras] + list(frags), 0.3) + parts[-1:]
    return pick(rng, ["web", "tool"]), "\n".join(body)


def mime(rng, lang, d, frags, extras, k=4):
    L = LONG[lang]
    plain = F(pick(rng, POOLS[lang]["GR"]), d) + "\n\n" + " ".join(fill_all(sample(rng, L["AG"], 3), d) + list(extras)) + "\n\n" + d["shop"]
    csv = "sku;qty;price\n" + "\n".join("%s;%d;%.2f" % (util.sku(rng), rng.randint(1, 9), rng.uniform(3, 90)) for _ in range(k))
    bnd = "b1_%s" % util.hexid(rng, 24)
    txt = ("From: %s <service@%s>\nTo: %s\nSubject: %s\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\n"
           "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n%s\n--%s\nContent-Type: text/csv; name=\"positionen.csv\"\n"
           "Content-Transfer-Encoding: base64\n\n%s\n--%s\nContent-Type: image/jpeg; name=\"foto.jpg\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--") % (
        d["shop"], d["shopdom"], d["email"], d["order"], bnd, bnd, base64.encodebytes(plain.encode()).decode(), bnd,
        base64.encodebytes(csv.encode()).decode(), bnd, base64.encodebytes(bytes(rng.randrange(256) for _ in range(rng.randint(400, 900)))).decode(), bnd)
    return "email", txt


B = {"review_page": (review_page, [3, 5, 8, 11, 14, 18, 22, 28]), "helpdesk": (helpdesk, [2, 3, 4, 6, 8, 10, 12]),
     "email_thread": (email_thread, [2, 3, 4, 5, 6, 7]), "policy": (policy, [3, 4, 5, 6, 8]),
     "json_order": (json_order, [1, 2, 3, 5, 8, 11, 15, 20]), "json_hard": (json_hard, [2, 4, 6, 8, 10, 14, 18]),
     "scraped_html": (scraped_html, [3, 5, 8, 11, 14, 18]), "mime": (mime, [3, 4, 8, 12, 18])}
INJ_PREF = {"summary-manipulation": ["review_page", "review_page", "scraped_html"], "hidden-markup": ["scraped_html", "policy", "review_page"],
            "tool-call": ["helpdesk", "email_thread", "json_order"], "fake-system": ["helpdesk", "json_order", "review_page"],
            "fake-turns": ["helpdesk", "review_page"], "exfil-link": ["helpdesk", "email_thread", "policy"]}
TEXT_B = ["review_page", "helpdesk", "email_thread", "policy", "json_order", "review_page", "helpdesk"]


def build(rng, lang, fam, d, _try):
    wrap = lambda name, items, extras: _run(rng, lang, name, d, items, extras, _try)
    if fam in families_for(lang):
        name = pick(rng, INJ_PREF.get(fam, TEXT_B))
        if name == "policy" and "POL" not in LONG[lang]:
            name = "helpdesk"
        flat = name.startswith("json")
        f, p = inject(rng, lang, fam, d, maxlen=None, flat=flat)
        extras = fill_all(sample(rng, POOLS[lang][pick(rng, ["HH", "HT", "HA"])], rng.randint(0, 2)), d)
        if name in ("email_thread", "policy"):
            extras = []
        res = wrap(name, [f], extras)
        return None if res is None else res + (p,)
    if fam == "hard-tool-data":
        res = wrap("json_hard", [], fill_all(sample(rng, POOLS[lang]["HH"], 1), d))
    elif fam == "hard-markup":
        res = wrap("scraped_html", [], [])
    elif fam == "hard-encoded":
        res = wrap("mime", [], [])
    elif fam == "hard-links":
        links = ["https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=%s" % d["tracking"],
                 "https://%s/%s/retoure" % (d["shopdom"], lang), "![foto](https://cdn.%s/u/%s.jpg)" % (d["shopdom"], d["sku"].lower()),
                 "https://www.youtube.com/watch?v=%sQz1" % d["sku"].replace("-", "x")]
        res = wrap(pick(rng, ["helpdesk", "review_page"]), [], sample(rng, links, 3))
    else:
        extras = fill_all(sample(rng, POOLS[lang][HARD_KEY[fam]], rng.randint(2, 3)), d) if fam in HARD_KEY else []
        name = pick(rng, TEXT_B)
        if name == "email_thread" and fam in HARD_KEY:
            name = pick(rng, ["review_page", "helpdesk"])
        if name == "policy" and "POL" not in LONG[lang]:
            name = "review_page"
        res = wrap(name, [], extras)
    return None if res is None else res + ("",)


def _run(rng, lang, name, d, frags, extras, _try):
    fn, ks = B[name]
    g = lambda r, dd, fr, ex, k: fn(r, lang, dd, fr, ex, k)
    return _try(rng, g, ks, d, frags, extras)
