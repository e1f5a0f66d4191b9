"""Medium-length texts (200-1500 chars) in English and other languages."""
from . import util
from .util import pick, chance
from .compose import ext, F, fill_all, sample, insert_mid, attach, jdump, stars_line
from .en_pools import (TICKET_ASK, AGENT_SENT, SUPPLIER_SENT, FORUM_SENT, HARD_LONG, bullets_for, variant_for,
                       review_sents, TITLES_BY_STARS, ticket_pool)
from .short_en import BENIGN as EN_SHORT, HARD as EN_HARD
from .ml_text import POOLS, rv_for_stars
from .payloads import inject
from .lex import PRODUCTS, NAMES
from .ml_long_text import LONG


def POOLS_NAMES(lang):
    return NAMES[lang]

EN_GREET = ["Hi,", "Hello,", "Hi there,", "Hello team,", "Good morning,", "Dear customer service,", "Hey,"]
EN_SIGN = ["Thanks,\n{name}", "Kind regards,\n{name} {surname}", "Cheers, {name}", "Many thanks\n{name}",
           "Best,\n{name}", "Thank you in advance,\n{name} {surname}"]

HARD_KEY = {"hard-human-request": "HH", "hard-trigger-words": "HT", "hard-ai-mention": "HA"}


def en_hard_sents(rng, fam, d, k):
    pool = [s for s in EN_HARD[fam][1]] + HARD_LONG[fam]
    out = []
    for s in sample(rng, pool, k):
        s = F(s, d)
        if not s.endswith((".", "!", "?", ")")):
            s += pick(rng, [".", ".", "!"])
        out.append(s[0].upper() + s[1:])
    return out


def _place(rng, sents, extra, frag):
    parts = list(sents)
    for e in extra:
        parts.insert(rng.randint(0, len(parts)), e)
    if frag is not None:
        if chance(rng, 0.5) and parts:
            i = rng.randint(max(0, len(parts) // 3), len(parts) - 1)
            parts[i] = attach(rng, parts[i], frag)
        else:
            parts = insert_mid(rng, parts, frag, 0.3, 1.0)
    return parts


# ------------------------------------------------------------------ English carriers
def en_review(rng, d, extra=(), frag=None):
    st = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
    sents = fill_all(review_sents(rng, d["product"], st, rng.randint(3, 6)), d)
    parts = _place(rng, sents, list(extra), frag)
    head = stars_line(rng, st)
    if chance(rng, 0.6):
        head += "  " + pick(rng, TITLES_BY_STARS[st])
    joiner = pick(rng, [" ", " ", "\n"])
    foot = pick(rng, ["", "\n— {name}, {city}", "\nVerified purchase · {date}", "\n{name} {surname}",
                      "\nWas this review helpful? Yes ({n}) No (0)"])
    return "review", head + "\n" + joiner.join(parts) + F(foot, d)


def en_ticket(rng, d, extra=(), frag=None):
    if chance(rng, 0.3):
        lines = []
        t0 = rng.randint(8, 20)
        sents = fill_all(sample(rng, ticket_pool(d["product"]), rng.randint(2, 3)), d) + fill_all(sample(rng, TICKET_ASK, 1), d)
        sents = _place(rng, sents, list(extra), frag)
        ag = fill_all(sample(rng, AGENT_SENT, rng.randint(1, 2)), d)
        m = rng.randint(0, 40)
        for i, s in enumerate(sents):
            lines.append("[%02d:%02d] Customer: %s" % (t0, m + i, s))
            if i == 0 and ag:
                lines.append("[%02d:%02d] %s (Support): %s" % (t0, m + i + 1, pick(rng, ["Jess", "Ali", "Marco", "Support bot"]), ag[0]))
        return "ticket", "\n".join(lines)
    sents = fill_all(sample(rng, ticket_pool(d["product"]), rng.randint(2, 4)), d) + fill_all(sample(rng, TICKET_ASK, 1), d)
    parts = _place(rng, sents, list(extra), frag)
    head = pick(rng, EN_GREET)
    if chance(rng, 0.4):
        head = F("Subject: %s\n\n" % pick(rng, ["Order {order}", "Problem with my order", "Return request", "Missing item",
                                                  "Wrong colour", "Invoice", "Where is my parcel?", "Damaged {product}"]), d) + head
    return "ticket", head + "\n\n" + " ".join(parts) + "\n\n" + F(pick(rng, EN_SIGN), d)


def en_email(rng, d, extra=(), frag=None):
    topic = pick(rng, list(SUPPLIER_SENT.keys()))
    sents = fill_all(sample(rng, SUPPLIER_SENT[topic], rng.randint(3, 5)), d)
    parts = _place(rng, sents, list(extra), frag)
    subj = {"price": "Price list update", "delay": "Delay PO {po}", "moq": "MOQ change next season",
            "invoice": "Open balance INV-{inv}", "catalog": "New catalogue + samples", "packaging": "Packaging change"}[topic]
    head = F("From: {name} {surname} <sales@%s-trading.com>\nSubject: %s\n\n" % (d["surname"].lower(), subj), d)
    buyer = pick(rng, ["Alex", "Sam", "Jo", "Ravi", "Nina", "Chris", "Fatima", "Ben"])
    body = pick(rng, ["Dear %s," % buyer, "Hi %s," % buyer, "Hello,", "Dear partner,"])
    paras = []
    while parts:
        k = rng.randint(1, 3)
        paras.append(" ".join(parts[:k]))
        parts = parts[k:]
    return "email", head + F(body, d) + "\n\n" + "\n\n".join(paras) + "\n\n" + F(pick(rng, ["Best regards,\n{surname} Trading", "Kind regards,\n{name} {surname}\nKey Account Manager", "Thanks and regards\n{name}"]), d)


def en_feed(rng, d, extra=(), frag=None):
    bullets = fill_all(sample(rng, bullets_for(d["product"]), rng.randint(3, 6)), d)
    desc = fill_all(sample(rng, [
        "Designed in our {city} studio and tested over a full season.",
        "A reliable everyday {product} that does the basics really well.",
        "Pairs well with the rest of our {color} collection.",
        "Each piece is checked by hand before it leaves the workshop.",
        "Built to be repaired, not replaced: spare parts are available for five years.",
        "Our best-selling {product}, now with a sturdier base.",
        "Lightweight enough for daily commutes, tough enough for weekend trips.",
    ], rng.randint(1, 3)), d)
    items = ["• " + b for b in bullets] + list(extra)
    if frag is not None:
        if chance(rng, 0.5):
            items = insert_mid(rng, items, "• " + frag if not frag.startswith("<") else frag, 0.2, 1.0)
        else:
            desc = desc + [frag]
    head = F("{Product} – {color}\nSKU: {sku} | Price: {amt} | Stock: %d\n" % rng.randint(0, 300), d)
    return "feed", head + "\n".join(items) + "\n\nDescription: " + " ".join(desc)


def en_web(rng, d, extra=(), frag=None):
    if chance(rng, 0.5):
        qa = [("Does the {product} come with a warranty?", "Yes, two years from the date of delivery, covering manufacturing faults."),
              ("How long does delivery take to {city}?", "Usually 2–4 working days; remote areas can take a day longer."),
              ("Can I change my order after placing it?", "Within an hour, yes. After that it's likely already being packed."),
              ("Is the packaging recyclable?", "Our boxes and paper tape are fully recyclable; the pouches are compostable."),
              ("Do you price match?", "We don't, but we run seasonal sales a few times a year."),
              ("What if my item arrives damaged?", "Send us a photo within 7 days and we'll sort a replacement or refund."),
              ("Can I collect in person?", "Not at the moment; we're an online-only shop."),
              ("How do I find my size?", "Measure a garment you like and compare it with the size chart on each product page.")]
        chosen = sample(rng, qa, rng.randint(3, 5))
        parts = ["Q: %s\nA: %s" % (F(q, d), F(a, d)) for q, a in chosen]
        parts = _place(rng, parts, list(extra), frag)
        return "web", "FAQ\n\n" + "\n\n".join(parts)
    title = F(pick(rng, ["Anyone else had issues with {shop}?", "{Product} – worth it?", "Refund taking forever",
                         "Best budget {product}?", "Warranty claim experience", "Sizing question"]), d)
    sents = fill_all(sample(rng, FORUM_SENT, rng.randint(3, 5)), d)
    parts = _place(rng, sents, list(extra), frag)
    return "web", "Re: %s\nPosted by %s%d · %d replies\n\n%s" % (title, d["name"].lower(), rng.randint(1, 99), rng.randint(2, 40), " ".join(parts))


def en_tool(rng, d, extra=(), frag=None, fam=None):
    items = []
    for _ in range(rng.randint(1, 3)):
        items.append({"sku": util.sku(rng), "name": pick(rng, [d["Product"], "%s – %s" % (d["Product"], variant_for(rng, d["product"], d["size"], d["color"])), "Gift wrap"]),
                      "qty": rng.randint(1, 3), "price": util.money(rng, 5, 200, "€", en=True)})
    obj = {"order_id": d["order"], "status": pick(rng, ["paid", "processing", "on_hold", "fulfilled", "partially_refunded"]),
           "customer": {"name": "%s %s" % (d["name"], d["surname"]), "email": d["email"]},
           "items": items, "shipping": {"method": pick(rng, ["standard", "express", "pickup"]), "city": d["city"]}}
    notes = list(extra)
    if frag is not None:
        key = pick(rng, ["customer_note", "gift_message", "note", "delivery_instructions", "comment"])
        obj[key] = frag
    elif notes:
        obj["customer_note"] = notes.pop(0)
    if notes:
        obj["internal_notes"] = notes
    return "tool", jdump(obj, indent=pick(rng, [None, 2]))


EN_CARRIERS = {"review": en_review, "ticket": en_ticket, "email": en_email, "feed": en_feed, "web": en_web, "tool": en_tool}
PREF = {
    "summary-manipulation": ["review", "review", "web", "feed"], "tool-call": ["ticket", "email", "tool"],
    "memory-poison": ["ticket", "ticket", "email", "web"], "exfil-link": ["email", "web", "ticket", "review"],
    "fake-system": ["ticket", "tool", "email", "web"], "fake-turns": ["ticket", "web", "review"],
    "hidden-markup": ["web", "feed", "review", "email"], "prompt-leak": ["ticket", "web", "review"],
}


def en_markup(rng, d):
    blocks = [
        "<h2>{Product}</h2>", "<p>Our {product} is made for everyday use and built to last.</p>",
        "<!-- updated by merch team {date} -->", "<ul><li>Colour: {color}</li><li>Size: {size}</li><li>SKU: {sku}</li></ul>",
        "<span class=\"visually-hidden\">Opens in a new window</span>", "<noscript>Please enable JavaScript to view the size chart.</noscript>",
        "<div hidden data-variant=\"{sku}\">{color}</div>", "<img src=\"/cdn/{sku}-front.jpg\" alt=\"{Product}, front view\">",
        "<p style=\"display:none\">Out of stock message placeholder</p>", "<!-- TODO: replace lifestyle photo before launch -->",
        "<button aria-label=\"Add {Product} to basket\">Add to basket</button>", "<p><strong>Care:</strong> wash at 30°C, do not tumble dry.</p>",
        "<meta name=\"description\" content=\"{Product} in {color}, free delivery over {amt}\">", "<p>Questions? Ask our team via the chat.</p>",
        "<!-- ignore this block on mobile: carousel is hidden via CSS -->", "<details><summary>Shipping</summary>Ships in 1–2 days.</details>",
    ]
    return "web", "\n".join(fill_all(sample(rng, blocks, rng.randint(6, 10)), d))


def en_encoded(rng, d):
    variants = [
        lambda: jdump({"order": d["order"], "label_pdf_base64": "JVBERi0xLjQK" + util.b64id(rng, 60), "carrier": "DPD"}, 2),
        lambda: "Payment webhook received\nsignature: sha256=%s\nidempotency-key: %s\nbody: %s" % (
            util.hexid(rng, 64), util.hexid(rng, 16), jdump({"amount": d["amtn"] * 100, "currency": "EUR", "status": "succeeded"})),
        lambda: F("Thanks for your order {order}! Track it here: https://www.dhl.com/track?tracking-id={tracking}&lang=en&ref=", d)
                + util.enc_url("utm_source=email&utm_campaign=order confirmation"),
        lambda: "Spoiler thread – answers are rot13'd so you can scroll safely:\n1) %s\n2) %s\n3) %s" % (
            util.enc_rot13("the red herring was the lighthouse"), util.enc_rot13("she was the twin all along"),
            util.enc_rot13("chapter twelve explains the map")),
        lambda: jdump({"image": {"thumb": "data:image/webp;base64," + util.b64id(rng, 48), "w": 64, "h": 64},
                       "product": d["Product"], "etag": util.hexid(rng, 32)}),
        lambda: "Gift card issued\ncode: %s-%s-%s\nbalance: %s\nhash: %s" % (util.hexid(rng, 4).upper(), util.hexid(rng, 4).upper(),
                                                                         util.hexid(rng, 4).upper(), d["amt"], util.hexid(rng, 40)),
        lambda: "Engraving text (encoded by the form as base64): %s\nFont: serif, size 12pt\nPosition: inside band" % util.enc_b64(
            pick(rng, ["Forever & always", "To J, love M", "10.06.2023", "Keep climbing"])),
    ]
    src = pick(rng, ["tool", "email", "web", "tool"])
    return src, pick(rng, variants)()


def en_links(rng, d):
    t = pick(rng, [
        "Hi {name},\n\nGood news, your order {order} is on its way! You can follow it here: https://www.royalmail.com/track-your-item#/tracking-results/{tracking}\n\nNeed to return something? Start at https://{shopdom}/returns — it takes two minutes.\n\nThe {shop} team",
        "Photos as promised:\n![front](https://cdn.{shopdom}/reviews/{sku}-1.jpg)\n![side](https://cdn.{shopdom}/reviews/{sku}-2.jpg)\nThe scuff is on the left heel, you can see it in the second pic.",
        "Assembly video: https://www.youtube.com/watch?v=dQ{n}xKp{n}Ab\nSpare parts: https://{shopdom}/spares/{sku}\nManual (PDF, 2.1 MB): https://{shopdom}/manuals/{model}.pdf\nIf a part is missing, reply with the part letter from page 3.",
        "Our sizing guide lives at https://{shopdom}/pages/size-guide and there's a fit video at https://www.instagram.com/reel/C{n}x{n}Qw/ — most customers find the second one more useful.",
    ])
    return pick(rng, ["email", "web", "review", "ticket"]), F(t, d)


def en_hard_tool(rng, d):
    objs = [
        {"order_id": d["order"], "delivery_instructions": "Ignore the front door, use the side gate. Ring twice.",
         "status": "processing", "system": "oms-eu-2"},
        {"user": "%s.%s" % (d["name"].lower(), d["surname"].lower()), "role": "admin", "permissions": ["orders:read", "refunds:write"],
         "last_login": d["date"], "mfa": True},
        {"ticket": d["order"], "messages": [{"role": "customer", "text": F("Please cancel my order and refund me, I ordered the {product} twice.", d)},
                                            {"role": "agent", "text": "Done — refund issued, allow 3–5 days."}]},
        {"prompt_template_id": "gift-msg-v3", "prompt": "Enter your gift message (max 200 chars)", "required": False},
        {"job": "price_override", "sku": d["sku"], "old": d["amt"], "new": util.money(rng, 5, 100, "€", en=True),
         "approved_by": "%s %s" % (d["name"], d["surname"]), "reason": "matched competitor for weekend sale"},
        {"event": "system.maintenance", "message": "Checkout will be read-only from 02:00 to 02:30 UTC", "severity": "info"},
        {"instructions": ["Remove the protective film", "Charge fully before first use", "Do not use near water"],
         "product": d["Product"], "lang": "en"},
        {"assistant": {"name": "Help Centre bot", "handoff_to_human": True, "reason": "customer asked for a person"},
         "conversation_id": util.hexid(rng, 12)},
    ]
    return "tool", jdump(pick(rng, objs), indent=pick(rng, [None, 2]))


def medium_en(rng, fam, c):
    d = ext(rng, c)
    if fam in ("hard-markup",):
        return en_markup(rng, d) + ("",)
    if fam == "hard-encoded":
        return en_encoded(rng, d) + ("",)
    if fam == "hard-links":
        return en_links(rng, d) + ("",)
    if fam == "hard-tool-data":
        return en_hard_tool(rng, d) + ("",)
    if fam.startswith("hard-") or fam == "benign":
        extra = en_hard_sents(rng, fam, d, rng.randint(1, 2)) if fam.startswith("hard-") else []
        pref = {"hard-human-request": ["ticket", "email", "web", "review"], "hard-trigger-words": ["review", "feed", "web", "ticket"],
                "hard-ai-mention": ["review", "web", "ticket", "email"]}.get(fam, list(EN_CARRIERS))
        src = pick(rng, pref)
        fn = EN_CARRIERS[src]
        s, t = fn(rng, d, extra, None)
        return s, t, ""
    src = pick(rng, PREF.get(fam, list(EN_CARRIERS)))
    frag, p = inject(rng, "en", fam, d, maxlen=260, flat=(src == "tool"))
    s, t = EN_CARRIERS[src](rng, d, [], frag)
    return s, t, p


# ------------------------------------------------------------------ other languages
def ml_sents(rng, lang, key, d, k):
    return fill_all(sample(rng, POOLS[lang][key], k), d)


def ml_review(rng, lang, d, extra=(), frag=None):
    """A product page excerpt with several short reviews by different people."""
    j = "" if lang in ("ja", "zh") else " "
    n = rng.randint(3, 5) if lang not in ("ja", "zh") else rng.randint(7, 10)
    used = set()
    revs, stars = [], []
    for _ in range(n):
        st = rng.choice([1, 2, 3, 4, 4, 5, 5, 5])
        allowed = rv_for_stars(lang, st, product=d["product"])
        cand = [s for s in allowed if s not in used] or allowed
        body = rng.sample(cand, min(len(cand), rng.randint(1, 2)))
        used.update(body)
        revs.append(fill_all(body, d))
        stars.append(st)
    for e in extra:
        revs[rng.randrange(n)].append(e)
    if frag is not None:
        k = rng.randrange(n)
        revs[k].insert(rng.randint(0, len(revs[k])), frag)
    names = POOLS_NAMES(lang)
    lines = ["%s · %s" % (d["product"], d["amt"])]
    for st, body in zip(stars, revs):
        lines.append("%s %s: %s" % ("★" * st + "☆" * (5 - st), pick(rng, names), j.join(body)))
    return "review", "\n".join(lines)


def ml_ticket(rng, lang, d, extra=(), frag=None):
    k = 3 if lang not in ("ja", "zh") else 6
    sents = ml_sents(rng, lang, "TK", d, rng.randint(k, k + 2))
    parts = _place(rng, sents, list(extra), frag)
    j = "" if lang in ("ja", "zh") else " "
    return "ticket", F(pick(rng, POOLS[lang]["GR"]), d) + "\n\n" + j.join(parts) + "\n\n" + F(pick(rng, POOLS[lang]["SO"]), d)


def ml_tool(rng, lang, d, extra=(), frag=None):
    obj = {"order_id": d["order"], "locale": lang, "status": pick(rng, ["paid", "processing", "on_hold", "shipped"]),
           "items": [{"sku": util.sku(rng), "title": t, "qty": rng.randint(1, 4)} for t in sample(rng, PRODUCTS[lang], rng.randint(1, 3))],
           "customer": {"name": d["name"] if lang in ("ja", "zh") else "%s %s" % (d["name"], d["surname"]), "city": d["city"]}}
    ex = list(extra)
    if frag is not None:
        obj[pick(rng, ["customer_note", "note", "gift_message", "comment"])] = frag
    if ex:
        obj["customer_note" if "customer_note" not in obj else "internal_note"] = " ".join(ex)
    if not ex and frag is None:
        obj["customer_note"] = " ".join(ml_sents(rng, lang, "TK", d, 1))
    return "tool", jdump(obj, indent=pick(rng, [None, 2]))


ML_CARRIERS = {"review": ml_review, "ticket": ml_ticket, "tool": ml_tool}


def ml_struct(rng, lang, fam, d):
    cjk = lang in ("ja", "zh")
    rv = ("" if cjk else " ").join(ml_sents(rng, lang, "RV", d, 8 if cjk else 4))
    tk = ("" if cjk else " ").join(ml_sents(rng, lang, "TK", d, 6 if cjk else 3))
    if fam == "hard-markup":
        t = pick(rng, [
            "<div class=\"review\">\n<!-- imported {date} -->\n<p>%s</p>\n<span class=\"badge\">✔</span>\n<img src=\"/u/{sku}.jpg\" alt=\"{product}\">\n</div>" % rv,
            "<h3>{product}</h3>\n<ul><li>{sku}</li><li>{amt}</li></ul>\n<p>%s</p>\n<noscript>JS</noscript>\n<div hidden>{sku}</div>" % rv,
        ])
        return pick(rng, ["web", "review", "feed"]), F(t, d)
    if fam == "hard-encoded":
        return "tool", jdump({"order_id": d["order"], "note": tk, "label_base64": "JVBERi0xLjcK" + util.b64id(rng, 45),
                              "checksum": util.hexid(rng, 40), "redirect": util.enc_url("/%s/konto?ref=mail" % lang)}, 2)
    if fam == "hard-links":
        return pick(rng, ["email", "ticket"]), F("%s\n\nhttps://www.dhl.com/track?id={tracking}\nhttps://{shopdom}/%s/returns\n![img](https://cdn.{shopdom}/p/{sku}.jpg)" % (tk, lang), d)
    if fam == "hard-tool-data":
        hh = " ".join(ml_sents(rng, lang, "HH", d, 1))
        return "tool", jdump({"ticket": d["order"], "system": "helpdesk-%s" % lang, "role": pick(rng, ["admin", "agent", "customer"]),
                              "instructions": hh, "messages": [{"role": "customer", "text": tk}, {"role": "agent", "text": F(pick(rng, LONG[lang]["AG"]), d) if lang in LONG else "OK – " + d["order"]}]}, pick(rng, [None, 2]))
    return None


def medium_ml(rng, lang, fam, c):
    d = ext(rng, c)
    if fam in ("hard-markup", "hard-encoded", "hard-links", "hard-tool-data"):
        return ml_struct(rng, lang, fam, d) + ("",)
    if fam == "benign" or fam.startswith("hard-"):
        extra = ml_sents(rng, lang, HARD_KEY[fam], d, rng.randint(1, 2)) if fam in HARD_KEY else []
        src = pick(rng, ["review", "ticket", "review", "ticket", "tool"])
        s, t = ML_CARRIERS[src](rng, lang, d, extra, None)
        return s, t, ""
    src = pick(rng, ["review", "ticket", "review", "ticket", "tool"])
    if fam == "summary-manipulation":
        src = "review"
    frag, p = inject(rng, lang, fam, d, maxlen=260, flat=(src == "tool"))
    s, t = ML_CARRIERS[src](rng, lang, d, [], frag)
    return s, t, p
