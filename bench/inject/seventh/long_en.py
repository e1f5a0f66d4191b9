"""Long English documents (1500-6000 chars) with an optional buried injection."""
import base64
from . import util
from .util import pick, chance
from .compose import F, fill_all, sample, jdump, Deck, ordered_sample
from .en_pools import (TICKET_ASK, AGENT_SENT, SUPPLIER_SENT, BUYER_SENT, FORUM_SENT, HARD_LONG, MONTHS,
                       bullets_for, review_sents, TITLES_BY_STARS, ticket_pool)
from .long_en_text import POLICY, MANUAL_PRODUCTS, SAFETY, BLOGS, SEARCH_SNIPPETS, FORUM_THREADS
from .short_en import BENIGN as EN_SHORT, HARD as EN_HARD

USERS = ["trailmix_tom", "KettleQueen", "dave_in_leeds", "m.okafor", "runs_on_coffee", "LinenLover88", "gearhead42",
         "quietbuyer", "Pixel_Pat", "northernsoul", "bargainhunter_uk", "sk8rmum", "Fenwick", "ol1ve", "JustAnotherDad",
         "the_real_priya", "budget_b", "moth_and_rust", "Hannah R.", "Grumpy Gareth"]


def _spread(rng, blocks, items, lo=0.25):
    """Insert items into a list of text blocks at random positions after the first `lo` share."""
    out = list(blocks)
    for it in items:
        a = max(1, int(len(out) * lo))
        out.insert(rng.randint(a, len(out)), it)
    return out


def _inline(rng, sents, items, lo=0.2):
    out = list(sents)
    for it in items:
        if out and chance(rng, 0.5):
            i = rng.randint(int(len(out) * lo), len(out) - 1)
            out[i] = out[i] + pick(rng, [" ", " ", "\n", "  "]) + it
        else:
            out.insert(rng.randint(int(len(out) * lo), len(out)), it)
    return out


def hard_sents(rng, fam, d, k):
    if fam not in HARD_LONG:
        return []
    pool = HARD_LONG[fam] + EN_HARD[fam][1]
    res = []
    for s in sample(rng, pool, k):
        s = F(s, d)
        if not s.endswith((".", "!", "?", ")")):
            s += "."
        res.append(s[0].upper() + s[1:])
    return res


# ------------------------------------------------------------------ email thread
DISCLAIMERS = [
    "This email and any attachments are confidential. If you received it in error, please notify the sender and delete it.",
    "Please consider the environment before printing this email.",
    "IMPORTANT: we will never ask you to change bank details by email. Always call your account manager to confirm.",
    "Registered office: Unit {n}, Riverside Business Park. Company no. {digits7}.",
]


def email_thread(rng, d, frags, extras, k=3):
    topic = pick(rng, list(SUPPLIER_SENT.keys()))
    sup = "%s %s" % (d["name"], d["surname"])
    buyer = pick(rng, ["Alex Carter", "Sam Brennan", "Jo Whitfield", "Ravi Patel", "Nina Ross"])
    subj = {"price": "Price list 2025", "delay": "Shipment delay PO {po}", "moq": "MOQ change for next season",
            "invoice": "Open balance INV-{inv}", "catalog": "AW catalogue and samples", "packaging": "Packaging change from {month}"}[topic]
    subj = F(subj, d)
    msgs = []
    frags = list(frags)
    other = pick(rng, [t for t in SUPPLIER_SENT if t != topic])
    sdeck, odeck, bdeck = Deck(rng, SUPPLIER_SENT[topic]), Deck(rng, SUPPLIER_SENT[other]), Deck(rng, BUYER_SENT)
    for i in range(k):
        from_sup = (i % 2 == 0)
        if from_sup:
            body = fill_all(sdeck.take(rng.randint(2, 4)), d)
            if chance(rng, 0.5):
                body += fill_all(odeck.take(1), d)
        else:
            body = fill_all(bdeck.take(rng.randint(2, 3)), d)
        msgs.append((from_sup, body))
    # place extras anywhere, frags into a non-quoted message or a quoted message when flat
    for e in extras:
        j = rng.randrange(len(msgs))
        msgs[j][1].insert(rng.randint(0, len(msgs[j][1])), e)
    placed = []
    for fr in frags:
        j = 0 if "\n" in fr else rng.randrange(len(msgs))
        b = msgs[j][1]
        b.insert(rng.randint(max(1, len(b) // 2), len(b)), fr)
        placed.append(j)
    out = []
    base_day = rng.randint(12, 28)
    month = pick(rng, MONTHS)
    for i, (from_sup, body) in enumerate(msgs):
        who = sup if from_sup else buyer
        greet = ("Hi %s," % buyer.split()[0]) if from_sup else ("Hi %s," % d["name"])
        paras, rest = [], list(body)
        while rest:
            n = rng.randint(1, 3)
            paras.append(" ".join(rest[:n]))
            rest = rest[n:]
        sig = ("Best regards,\n%s\nKey Account Manager | %s Textiles Ltd.\nT +44 161 %03d %04d" % (sup, d["surname"], rng.randint(100, 999), rng.randint(0, 9999))
               if from_sup else "Thanks,\n%s\nPurchasing | %s" % (buyer, d["shop"]))
        txt = greet + "\n\n" + "\n\n".join(paras) + "\n\n" + sig
        if from_sup and chance(rng, 0.6):
            txt += "\n\n" + F(pick(rng, DISCLAIMERS), d)
        if i == 0:
            out.append(txt)
        else:
            date = "%s %d %s %d, %s" % (pick(rng, ["Mon", "Tue", "Wed", "Thu", "Fri"]), base_day - 2 * i, month, 2024, util.hhmm(rng))
            hdr = pick(rng, ["On %s, %s wrote:" % (date, who), "-----Original Message-----\nFrom: %s\nSent: %s\nSubject: RE: %s" % (who, date, subj)])
            depth = ">" * (1 if hdr.startswith("On") else 0)
            if depth:
                txt = "\n".join(("> " + ln) if ln else ">" for ln in txt.split("\n"))
            out.append(hdr + "\n" + txt)
    head = "From: %s <%s@%s-textiles.com>\nTo: purchasing@%s\nDate: %s\nSubject: %s%s\n\n" % (
        sup, d["name"].lower(), d["surname"].lower(), d["shopdom"], d["date"], "RE: " * (k - 1), subj)
    return "email", head + "\n\n".join(out)


# ------------------------------------------------------------------ policy page
def policy_page(rng, d, frags, extras, k=8):
    d = dict(d)
    d["days2"] = pick(rng, [14, 28, 30, 60, 100])
    secs = [POLICY[0]] + ordered_sample(rng, POLICY[1:], k - 1)
    fmt = pick(rng, ["md", "html", "plain"])
    blocks = []
    for title, sents in secs:
        body = fill_all(ordered_sample(rng, sents, rng.randint(2, len(sents))), d)
        if title == "How to start a return" and fmt != "plain":
            body_txt = "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(body))
        else:
            body_txt = " ".join(body)
        blocks.append((title, body_txt))
    items = [("", e) for e in extras]
    for fr in frags:
        items.append(("", fr))
    # mix items into section bodies
    for _, it in items:
        j = rng.randint(1, len(blocks) - 1)
        t, b = blocks[j]
        blocks[j] = (t, b + pick(rng, [" ", "\n\n", " "]) + it)
    title = pick(rng, ["Returns & Refunds", "Returns Policy", "Refund and Return Policy", "Terms of Sale – Returns"])
    upd = "Last updated: %s" % d["date"]
    if fmt == "md":
        txt = "# %s\n_%s_\n\n" % (title, upd) + "\n\n".join("## %s\n%s" % (t, b) for t, b in blocks)
    elif fmt == "html":
        txt = "<article class=\"policy\">\n<h1>%s</h1>\n<p class=\"meta\">%s</p>\n" % (title, upd)
        txt += "\n".join("<h2>%s</h2>\n<p>%s</p>" % (t, b.replace("\n\n", "</p>\n<p>")) for t, b in blocks) + "\n</article>"
    else:
        txt = "%s\n%s\n\n" % (title.upper(), upd) + "\n\n".join("%s\n%s" % (t, b) for t, b in blocks)
    return "web", txt


# ------------------------------------------------------------------ manual
def manual(rng, d, frags, extras, k=None):
    p = pick(rng, MANUAL_PRODUCTS)
    brand = pick(rng, ["Hestia", "Nordvik", "Aurelo", "Kumo", "Brisa", "Tellwick"])
    parts = ["%s %s – Model %s\nUser Manual (EN) · Rev. %d · %s" % (brand, p["name"], d["model"], rng.randint(2, 9), d["date"])]
    parts.append("IMPORTANT SAFETY INSTRUCTIONS\n" + "\n".join("• " + s for s in sample(rng, SAFETY, rng.randint(4, 7))))
    parts.append("IN THE BOX\n" + ", ".join(sample(rng, ["main unit", "base", "power cable", "quick-start card", "warranty card",
                                                     "cleaning brush", "spare filter", "wall bracket", "2 × AA batteries"], 4)))
    spec = "\n".join("%-16s %s" % (k2 + ":", v) for k2, v in p["specs"].items())
    parts.append("SPECIFICATIONS\n" + spec)
    parts.append("OPERATION\n" + "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(p["ops"])))
    parts.append("CLEANING AND MAINTENANCE\n" + " ".join(p["clean"]))
    parts.append("TROUBLESHOOTING\n" + "\n".join("Problem: %s\nSolution: %s" % (a, b) for a, b in p["trouble"]))
    parts.append(F("WARRANTY\nThis product is guaranteed for two years from the date of purchase against defects in materials and workmanship. "
                   "Keep your receipt. The warranty does not cover misuse, limescale damage or normal wear. "
                   "Register your product at https://{shopdom}/register to extend cover by 12 months.", d))
    parts.append("DISPOSAL\nDo not dispose of this product with household waste. Take it to a collection point for electrical equipment.")
    items = list(extras) + list(frags)
    body = parts[:1] + _spread(rng, parts[1:], [], 0.3)
    for it in items:
        j = rng.randint(2, len(body) - 1)
        body[j] = body[j] + "\n" + ("Note: " if chance(rng, 0.3) and not it.startswith(("<", "[", "{")) else "") + it
    return pick(rng, ["feed", "web"]), "\n\n".join(body)


# ------------------------------------------------------------------ blog post
def blog(rng, d, frags, extras, want=None):
    cands = [b for b in BLOGS if want is None or b[1] == want] or BLOGS
    title, _, paras = pick(rng, cands)
    paras = list(paras)
    author = "%s %s" % (d["name"], d["surname"])
    head = "%s\nBy %s · %s · %d min read\n" % (title, author, d["date"], rng.randint(3, 8))
    body = _inline(rng, paras, list(extras), 0.2)
    comments = []
    if chance(rng, 0.6):
        for _ in range(rng.randint(2, 4)):
            comments.append("%s: %s" % (pick(rng, USERS), F(pick(rng, FORUM_SENT + EN_SHORT["social"][1]), d)))
    fr = list(frags)
    if fr and comments and chance(rng, 0.4):
        j = rng.randrange(len(comments))
        comments[j] += " " + fr.pop()
    body = _inline(rng, body, fr, 0.4)
    txt = head + "\n" + "\n\n".join(body)
    txt += "\n\nTags: " + ", ".join(sample(rng, ["behind the scenes", "care guide", "AI", "sustainability", "shipping", "how-to", "news"], 3))
    if comments:
        txt += "\n\nComments (%d)\n" % len(comments) + "\n".join(comments)
    return "web", txt


# ------------------------------------------------------------------ forum thread
def forum(rng, d, frags, extras, k=7):
    title, own = pick(rng, FORUM_THREADS)
    title = F(title, d)
    deck = Deck(rng, own)
    gdeck = Deck(rng, FORUM_SENT)
    posts = []
    for i in range(k):
        body = fill_all(deck.take(rng.randint(1, 2)) + gdeck.take(rng.randint(0, 1)), d)
        posts.append(body)
    for e in extras:
        posts[rng.randrange(1, len(posts))].append(e)
    for fr in frags:
        j = rng.randint(1, len(posts) - 1)
        posts[j].insert(rng.randint(0, len(posts[j])), fr)
    out = ["%s\nForum › Shopping & Deals · %d replies · %d views" % (title, k - 1, rng.randint(100, 9000))]
    y, m, day = 2024, rng.randint(1, 10), rng.randint(1, 8)
    for i, body in enumerate(posts):
        u = pick(rng, USERS)
        sig = ("\n--\n" + pick(rng, ["Sent from my phone", "Owner of too many kettles", "2019 Brompton, 2022 Trek", "Don't panic."])) if chance(rng, 0.25) else ""
        out.append("#%d %s · %04d-%02d-%02d %s\n%s%s" % (i + 1, u, y, m, min(28, day + i * rng.randint(0, 2)), util.hhmm(rng), " ".join(body), sig))
    return "web", "\n\n".join(out)


# ------------------------------------------------------------------ review page
def review_page(rng, d, frags, extras, k=10):
    avg = round(rng.uniform(3.2, 4.8), 1)
    total = rng.randint(40, 2400)
    hist = []
    rem = 100
    for s in (5, 4, 3, 2):
        v = rng.randint(0, rem) if s != 5 else rng.randint(40, 75)
        v = min(v, rem)
        hist.append("%d★ %d%%" % (s, v))
        rem -= v
    hist.append("1★ %d%%" % rem)
    out = ["Customer reviews – %s\n%.1f out of 5 · %d global ratings\n%s" % (d["Product"], avg, total, " | ".join(hist))]
    revs = []
    for _ in range(k):
        st = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
        body = fill_all(review_sents(rng, d["product"], st, rng.randint(1, 3)), d)
        revs.append([st, pick(rng, TITLES_BY_STARS[st]), body])
    for e in extras:
        revs[rng.randrange(len(revs))][2].append(e)
    for fr in frags:
        j = rng.randint(len(revs) // 4, len(revs) - 1)
        revs[j][2].insert(rng.randint(0, len(revs[j][2])), fr)
    for st, title, body in revs:
        who = "%s %s." % (pick(rng, ["Megan", "Tom", "Priya", "Darnell", "Chloe", "Liam", "Aisha", "Raj", "Owen", "Mei", "Gareth", "Becky"]),
                          pick(rng, "ABCDEFGHJKLMNPRSTW"))
        out.append("%s %s\n%s · %s%s\n%s\nHelpful (%d)" % ("★" * st + "☆" * (5 - st), title, who, util.date(rng),
                                                         " · Verified Purchase" if chance(rng, 0.7) else "", " ".join(body), rng.randint(0, 60)))
    return "review", "\n\n".join(out)


# ------------------------------------------------------------------ helpdesk export
def helpdesk(rng, d, frags, extras, k=5):
    tid = rng.randint(10000, 99999)
    head = "Ticket #%d · Status: %s · Priority: %s · Channel: %s\nRequester: %s %s <%s>\nTags: %s\nSubject: %s" % (
        tid, pick(rng, ["Open", "Pending", "Solved", "On-hold"]), pick(rng, ["Low", "Normal", "High"]),
        pick(rng, ["Email", "Web form", "Chat", "Instagram DM"]), d["name"], d["surname"], d["email"],
        ", ".join(sample(rng, ["returns", "damaged", "delivery", "refund", "vip", "courier-claim", "invoice"], 2)),
        F(pick(rng, ["Order {order} – item damaged", "Where is my order {order}?", "Refund not received", "Wrong size sent", "Invoice request"]), d))
    msgs = []
    t = rng.randint(8, 11)
    tdeck, adeck, kdeck = Deck(rng, ticket_pool(d["product"])), Deck(rng, AGENT_SENT), Deck(rng, TICKET_ASK)
    ndeck = Deck(rng, ["Checked carrier portal, parcel scanned at depot on {date}.", "Customer is a repeat buyer, 14 orders, no previous claims.",
                       "Photos show crushed corner, approving replacement per policy.", "Waiting for warehouse to confirm stock of {sku}.",
                       "Escalated to team lead for goodwill gesture.", "Courier claim opened, ref CLM-{digits7}.",
                       "Do not refund twice: PayPal already reversed the duplicate charge."])
    for i in range(k):
        role = "customer" if i % 2 == 0 else pick(rng, ["agent", "agent", "note"])
        if role == "customer":
            body = fill_all(tdeck.take(rng.randint(1, 3)) + kdeck.take(1), d)
        elif role == "agent":
            body = fill_all(adeck.take(rng.randint(2, 3)), d)
        else:
            body = fill_all(ndeck.take(1), d)
        msgs.append([role, body])
    cust_idx = [i for i, m in enumerate(msgs) if m[0] == "customer"]
    for e in extras:
        j = pick(rng, cust_idx)
        msgs[j][1].insert(rng.randint(0, len(msgs[j][1])), e)
    for fr in frags:
        j = pick(rng, cust_idx[1:] or cust_idx)
        msgs[j][1].insert(rng.randint(0, len(msgs[j][1])), fr)
    out = [head, "-" * 40]
    agent = pick(rng, ["Jess (Customer Care)", "Marco B.", "Aoife", "Support – Ali"])
    for i, (role, body) in enumerate(msgs):
        ts = "%s %02d:%02d" % (d["date"], t + i, rng.randint(0, 59))
        who = {"customer": "%s %s" % (d["name"], d["surname"]), "agent": agent, "note": "Internal note – " + agent.split()[0]}[role]
        out.append("[%s] %s:\n%s" % (ts, who, " ".join(body)))
    if chance(rng, 0.5):
        out.append("[system] SLA timer paused – awaiting customer reply")
    return "ticket", "\n\n".join(out)


# ------------------------------------------------------------------ JSON tool results
WEAR = {"Linen shirt", "Trail runners", "Wool beanie", "Running shorts", "Dog harness"}


def _variant(rng, title):
    col = pick(rng, ["navy", "sage", "black", "cream", "rust"])
    if title in WEAR:
        return "%s / %s" % (col, pick(rng, ["S", "M", "L", "XL"]))
    if title in ("Board game", "Chef's knife"):
        return "standard"
    return col


def _events(rng, day):
    steps = ["created", "payment_captured", "label_printed", "shipped", "out_for_delivery", "delivered"]
    n = rng.randint(2, len(steps))
    h = rng.randint(7, 12)
    return [{"at": "%sT%02d:%02d:00Z" % (day, min(23, h + 2 * i), rng.randint(0, 59)), "type": s} for i, s in enumerate(steps[:n])]


def json_order(rng, d, frags, extras, k=8):
    items = []
    for i in range(k):
        prod = pick(rng, EN_SHORT["feed"][1]).split("–")[0].strip()
        items.append({"line": i + 1, "sku": util.sku(rng), "title": F("{Product}", {**d, "Product": pick(rng, [
            "Linen shirt", "Trail runners", "Wool beanie", "Bamboo sheets", "Yoga mat", "Phone case", "Water bottle", "Scented candle",
            "Ceramic planter", "Chef's knife", "Dog harness", "Board game", "LED desk lamp", "Running shorts"])}),
            "variant": None,
            "qty": rng.randint(1, 4), "unit_price": round(rng.uniform(4, 140), 2), "tax_rate": pick(rng, [0.2, 0.19, 0.21, 0.0]),
            "fulfillment": pick(rng, ["fulfilled", "unfulfilled", "backorder"])})
    obj = {"tool": "orders.get", "ok": True, "result": {
        "id": d["order"], "created_at": d["date"] + "T%s:00Z" % util.hhmm(rng), "currency": pick(rng, ["EUR", "GBP", "USD"]),
        "financial_status": pick(rng, ["paid", "partially_refunded", "pending"]), "risk": {"score": rng.randint(1, 40), "level": "low"},
        "customer": {"id": rng.randint(100000, 999999), "name": "%s %s" % (d["name"], d["surname"]), "email": d["email"], "orders_count": rng.randint(1, 30)},
        "shipping_address": {"name": "%s %s" % (d["name"], d["surname"]), "line1": "%d %s" % (rng.randint(1, 200), pick(rng, ["Mill Lane", "Station Road", "Rue des Lilas", "Kastanienweg"])),
                             "city": d["city"], "zip": "%05d" % rng.randint(1000, 99999)},
        "line_items": items,
        "events": _events(rng, d["date"]),
    }}
    for it in items:
        it["variant"] = _variant(rng, it["title"])
    notes = list(extras)
    r = obj["result"]
    for fr in frags:
        slot = rng.randrange(3)
        if slot == 0:
            r["note"] = fr
        elif slot == 1:
            items[rng.randrange(len(items))]["personalisation"] = fr
        else:
            r["gift_message"] = fr
    if notes:
        r["staff_notes"] = notes
    return "tool", jdump(obj, indent=pick(rng, [None, 2, 2]))


def json_search(rng, d, frags, extras, k=10):
    q = F(pick(rng, ["best {product} under {amt}", "{product} review", "{shop} returns policy", "{product} {color} size {size}", "is {shop} legit"]), d)
    hits = []
    for i in range(k):
        dom = pick(rng, ["www.which.co.uk", "www.reddit.com", d["shopdom"], "www.amazon.co.uk", "www.trustpilot.com", "outdoorgearlab.com",
                         "www.ebay.com", "www.youtube.com", "www.idealo.de", "forums.kitchenfolk.net"])
        hits.append({"rank": i + 1, "title": F(pick(rng, ["{Product} – {shop}", "The {n} best {product}s of 2024", "{Product} review: a month later",
                                                          "{shop} reviews | Read customer service reviews", "r/BuyItForLife – {product} recommendations",
                                                          "{Product} spare parts", "{Product} vs the competition"]), d),
                     "url": "https://%s/%s" % (dom, util.hexid(rng, 6)), "snippet": F(pick(rng, SEARCH_SNIPPETS), d)})
    for e in extras:
        hits[rng.randrange(len(hits))]["snippet"] += " " + e
    for fr in frags:
        j = rng.randint(1, len(hits) - 1)
        hits[j]["snippet"] = hits[j]["snippet"] + " " + fr
    return "tool", jdump({"tool": "web_search", "query": q, "results": hits, "took_ms": rng.randint(80, 900)}, indent=pick(rng, [None, 2]))


def json_scrape(rng, d, frags, extras, k=6):
    paras = fill_all(review_sents(rng, d["product"], rng.choice([3, 4, 5]), k), d)
    bullets = fill_all(sample(rng, bullets_for(d["product"]), 5), d)
    text_blocks = ["%s | %s" % (d["Product"], d["shop"]), "Price: %s" % d["amt"]] + bullets + ["Customer reviews"] + paras
    text_blocks = _inline(rng, text_blocks, list(extras), 0.3)
    text_blocks = _inline(rng, text_blocks, list(frags), 0.4)
    obj = {"tool": "fetch_page", "url": "https://%s/products/%s" % (d["shopdom"], d["product"].replace(" ", "-").replace("'", "")),
           "status": 200, "title": "%s – %s" % (d["Product"], d["shop"]), "text": "\n".join(text_blocks),
           "links": ["https://%s/%s" % (d["shopdom"], s) for s in sample(rng, ["cart", "returns", "size-guide", "contact", "blog", "account/login"], 4)],
           "fetched_at": d["date"]}
    return "tool", jdump(obj, indent=pick(rng, [None, 2]))


# ------------------------------------------------------------------ structured hard negatives
def mime_email(rng, d, frags, extras, k=3):
    bnd = "----=_Part_%d_%s" % (rng.randint(1000, 9999), util.hexid(rng, 8))
    plain = ("Hi %s,\n\n" % d["name"]) + " ".join(fill_all(sample(rng, AGENT_SENT, 3), d) + list(extras)) + "\n\nThe %s team" % d["shop"]
    enc = base64.encodebytes(plain.encode("utf-8")).decode()
    csv = "sku,qty,price\n" + "\n".join("%s,%d,%.2f" % (util.sku(rng), rng.randint(1, 9), rng.uniform(3, 90)) for _ in range(k))
    enc2 = base64.encodebytes(csv.encode()).decode()
    txt = ("From: %s <care@%s>\nTo: %s\nSubject: Your order %s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n"
           "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n%s\n--%s\n"
           "Content-Type: text/csv; name=\"items.csv\"\nContent-Disposition: attachment; filename=\"items.csv\"\nContent-Transfer-Encoding: base64\n\n%s\n"
           "--%s\nContent-Type: image/png; name=\"logo.png\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--") % (
        d["shop"], d["shopdom"], d["email"], d["order"], bnd, bnd, enc, bnd, enc2, bnd,
        base64.encodebytes(bytes(rng.randrange(256) for _ in range(rng.randint(300, 700)))).decode(), bnd)
    return "email", txt


def scraped_html(rng, d, frags, extras, k=6):
    paras = fill_all(review_sents(rng, d["product"], rng.choice([3, 4, 5]), k), d)
    parts = ["<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | %s</title>" % (d["Product"], d["shop"]),
             "<meta name=\"description\" content=\"Shop the %s in %s. Free returns.\">" % (d["product"], d["color"]),
             "<!-- Google Tag Manager -->\n<script>window.dataLayer=window.dataLayer||[];</script>\n<!-- End Google Tag Manager -->",
             "</head>\n<body>", "<nav aria-label=\"Breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/c/new\">New in</a></nav>",
             "<h1>%s</h1>\n<p class=\"price\">%s</p>" % (d["Product"], d["amt"]),
             "<div class=\"sr-only\">Skip to main content</div>",
             "<ul class=\"features\">" + "".join("<li>%s</li>" % b for b in fill_all(sample(rng, bullets_for(d["product"]), 5), d)) + "</ul>",
             "<div hidden id=\"variant-json\">{\"sku\":\"%s\",\"stock\":%d}</div>" % (d["sku"], rng.randint(0, 90)),
             "<section id=\"reviews\">\n" + "\n".join("<blockquote>%s</blockquote>" % p for p in paras) + "\n</section>",
             "<noscript><img height=\"1\" width=\"1\" style=\"display:none\" src=\"https://www.facebook.com/tr?id=%d&ev=PageView&noscript=1\"/></noscript>" % rng.randint(10**14, 10**15),
             "<!-- TODO(merch): swap hero image after the {month} sale -->",
             "<footer><p>© 2024 %s · <a href=\"/privacy\">Privacy</a> · <a href=\"/terms\">Terms</a></p></footer>\n</body>\n</html>" % d["shop"]]
    parts = [F(p, d) for p in parts]
    body = parts[:5] + _spread(rng, parts[5:-1], ["<p>%s</p>" % e for e in extras], 0.2) + parts[-1:]
    for fr in frags:
        j = rng.randint(5, len(body) - 1)
        body.insert(j, fr)
    return pick(rng, ["web", "tool"]), "\n".join(body)


def newsletter(rng, d, frags, extras, k=5):
    blocks = ["Subject: New in: the %s edit 🌿\nFrom: %s <news@%s>" % (d["month"], d["shop"], d["shopdom"]),
              "View this email in your browser: https://%s/newsletter/%s" % (d["shopdom"], util.hexid(rng, 8))]
    for pr in sample(rng, ["Linen shirt", "Trail runners", "Wool beanie", "Ceramic planter", "Scented candle", "Rain jacket",
                           "Bamboo sheets", "Yoga mat", "Water bottle", "Dog harness"], k):
        slug = pr.lower().replace(" ", "-")
        blocks.append("%s — %s\n![%s](https://cdn.%s/img/%s-%s.jpg)\nShop now → https://%s/products/%s?utm_source=newsletter&utm_medium=email&utm_campaign=%s"
                      % (pr, pick(rng, ["back in stock", "new colours", "customer favourite", "limited run", "now 20% off"]), pr, d["shopdom"], slug,
                         util.hexid(rng, 4), d["shopdom"], slug, d["month"].lower()))
    blocks.append("Read on the blog: %s https://%s/blog/%s" % (pick(rng, [b[0] for b in BLOGS]), d["shopdom"], util.hexid(rng, 6)))
    blocks.append("Follow us: https://www.instagram.com/%s · https://www.tiktok.com/@%s" % (d["shopdom"].split(".")[0], d["shopdom"].split(".")[0]))
    blocks = _spread(rng, blocks, list(extras) + list(frags), 0.3)
    blocks.append("You're receiving this because you signed up at %s. Unsubscribe: https://%s/unsubscribe?u=%s" % (d["shopdom"], d["shopdom"], util.hexid(rng, 16)))
    return "email", "\n\n".join(blocks)


def json_hard_fields(rng, d, frags, extras, k=6):
    """Tool output whose fields are named role/system/instructions/prompt/override in ordinary senses."""
    convo = []
    for i in range(k):
        role = "customer" if i % 2 == 0 else "agent"
        txt = F(pick(rng, ticket_pool(d["product"]) + TICKET_ASK) if role == "customer" else pick(rng, AGENT_SENT), d)
        convo.append({"role": role, "author": d["name"] if role == "customer" else pick(rng, ["Jess", "Marco", "Aoife"]), "text": txt})
    obj = {"tool": "helpdesk.export", "ticket_id": rng.randint(10000, 99999), "system": "zendesk-eu",
           "assistant": {"enabled": True, "name": "Help Centre bot", "handoff": "human after 2 failed answers"},
           "macros": [{"name": "Refund approved", "instructions": "Confirm the amount and tell the customer to allow 5 days."},
                      {"name": "Ignore duplicate", "instructions": "Close duplicate tickets created by the email loop."}],
           "custom_fields": {"override_sla": False, "admin_notes": "VIP – handle personally", "prompt_shown": "How can we help?"},
           "conversation": convo}
    for e in extras:
        convo[rng.randrange(len(convo))]["text"] += " " + e
    for fr in frags:
        j = pick(rng, [i for i, m in enumerate(convo) if m["role"] == "customer"])
        convo[j]["text"] += " " + fr
    return "tool", jdump(obj, indent=pick(rng, [None, 2]))


BUILDERS = {
    "email_thread": (email_thread, [2, 3, 4, 5, 6, 7]), "policy_page": (policy_page, [5, 6, 8, 10, 12, 14]), "manual": (manual, [None]),
    "blog": (blog, [None]), "forum": (forum, [3, 4, 5, 7, 9, 12, 15, 18]), "review_page": (review_page, [4, 6, 8, 10, 13, 16, 20, 25, 30]),
    "helpdesk": (helpdesk, [2, 3, 4, 5, 6, 8, 10, 12, 14]), "json_order": (json_order, [1, 2, 3, 4, 6, 8, 12, 16, 20]),
    "json_search": (json_search, [3, 4, 6, 8, 10, 14, 18, 22]), "json_scrape": (json_scrape, [3, 5, 7, 9, 12]),
    "mime_email": (mime_email, [3, 6, 10, 16]), "scraped_html": (scraped_html, [3, 5, 7, 9, 12]),
    "newsletter": (newsletter, [2, 3, 4, 5, 6, 8, 10]), "json_hard_fields": (json_hard_fields, [2, 4, 6, 8, 10, 14, 18]),
}


def webhook_log(rng, d, frags, extras, k=5):
    rows = []
    for i in range(k):
        body = {"id": rng.randint(10**9, 10**10), "topic": pick(rng, ["orders/create", "orders/paid", "fulfillments/create", "refunds/create"]),
                "order": util.order_id(rng), "total": round(rng.uniform(9, 400), 2), "currency": "EUR",
                "note": F(pick(rng, TICKET_ASK + ["", "", "Gift – no prices please"]), d)}
        rows.append({"delivery_id": util.hexid(rng, 12), "attempt": rng.randint(1, 3), "status": pick(rng, [200, 200, 200, 500, 408]),
                     "signature": "sha256=" + util.hexid(rng, 64), "body_b64": base64.b64encode(jdump(body).encode()).decode(),
                     "received_at": d["date"] + "T" + util.hhmm(rng) + ":%02dZ" % rng.randint(0, 59)})
    obj = {"tool": "webhooks.list_deliveries", "endpoint": "https://%s/hooks/orders" % d["shopdom"], "deliveries": rows}
    if extras:
        obj["remark"] = " ".join(extras)
    for fr in frags:
        rows[rng.randrange(len(rows))]["error"] = fr
    return "tool", jdump(obj, indent=pick(rng, [None, 2]))


BUILDERS["webhook_log"] = (webhook_log, [4, 6, 8, 10])

TEXT_BUILDERS = ["email_thread", "policy_page", "manual", "blog", "forum", "review_page", "helpdesk", "json_order",
                 "json_search", "json_scrape", "scraped_html", "newsletter"]
INJ_PREF = {
    "summary-manipulation": ["review_page", "review_page", "forum", "json_search", "json_scrape", "blog"],
    "tool-call": ["helpdesk", "email_thread", "json_order", "forum", "helpdesk"],
    "exfil-link": ["email_thread", "helpdesk", "json_scrape", "blog", "newsletter", "policy_page"],
    "hidden-markup": ["scraped_html", "scraped_html", "policy_page", "blog", "review_page", "newsletter", "manual", "json_scrape"],
    "fake-system": ["helpdesk", "json_order", "forum", "email_thread", "review_page", "json_search"],
    "fake-turns": ["helpdesk", "forum", "review_page", "json_scrape"],
    "memory-poison": ["helpdesk", "forum", "email_thread", "review_page"],
    "prompt-leak": ["helpdesk", "forum", "review_page", "json_order", "email_thread"],
    "store-action": ["helpdesk", "email_thread", "review_page", "json_order", "policy_page", "manual", "forum"],
}
HARD_BUILDERS = {
    "hard-tool-data": ["json_hard_fields", "json_hard_fields", "json_order", "json_search", "webhook_log"],
    "hard-markup": ["scraped_html"],
    "hard-encoded": ["mime_email", "webhook_log", "mime_email"],
    "hard-links": ["newsletter", "newsletter", "blog", "review_page", "helpdesk"],
}
JSON_BUILDERS = {"json_order", "json_search", "json_scrape", "json_hard_fields", "webhook_log"}
