"""Channel wrappers: turn a list of sentences (plus an optional injected snippet) into the text a store would see."""
import json
import re
import unicodedata

from .common import insert_at, join_sentences, casualise, token

STARS = ["\u2605\u2605\u2605\u2605\u2605", "\u2605\u2605\u2605\u2605\u2606", "\u2605\u2605\u2605\u2606\u2606", "\u2605\u2605\u2606\u2606\u2606", "\u2605\u2606\u2606\u2606\u2606", "5/5", "4 stars", "Rating: 3", "2/5"]
TITLES = ["Does the job", "Love it!!", "Not what I expected", "Great value", "Meh", "Would buy again", "Returned it",
          "Solid buy", "Disappointed", "Better than expected", "Good but pricey", "Gift for mum", "Fast shipping",
          "Five stars", "Okay for the price", "Beware", "Top notch", "Nice", "Mixed feelings", "Works as described"]
AGENT_NAMES = ["Mia", "Jordan", "Priyanka", "Sam", "Tomasz", "Leah", "Ravi", "Chloe", "Dylan", "Ama", "Hannah", "Luis"]
AGENT_LINES = [
    "Thanks for waiting, I've found order {o} on our system.",
    "I've asked {c} to open an investigation, they usually reply within {d} working days.",
    "That's on me, sorry - I've corrected the address on the order now.",
    "Good news, the replacement went out this morning with {c}.",
    "I've refunded the delivery charge, you'll see {a2} back on your card.",
    "Can you check your spam folder? The label was sent at about 10 this morning.",
    "The warehouse in {t} has confirmed it's been packed.",
    "I'll keep this ticket open until you confirm it's arrived.",
    "I've put a note on your account so whoever picks this up next has the background.",
    "Unfortunately that item is past the return window, but I can offer a repair.",
    "I can see two payments but one is only a hold, it'll drop off on its own.",
    "Let me transfer you to our returns team, they can sort the label.",
    "It looks like the courier tried on {w} and left a card.",
    "Thanks for the photos, that's definitely transit damage.",
    "Sorry, we don't ship to PO boxes with that service, but standard post works.",
    "I've requested a call back from my supervisor for this afternoon.",
    "The code you used was for full-price items only, that's why it didn't apply.",
    "Right, I've cancelled the order, you won't be charged.",
    "Thanks for reaching out! Could you confirm the order number for me?",
    "Let me have a look at that for you, one moment please.",
    "I'm sorry about that. I've raised it with the warehouse team.",
    "I can see the parcel is with the courier, it should move in the next 24 hours.",
    "I've sent a prepaid return label to your email.",
    "Is there anything else I can help with today?",
    "I've added a note to your order so the team sees it.",
    "Apologies for the wait, we're a bit busy today.",
    "Could you send a photo of the damage so I can log it?",
    "I've checked with my supervisor and we can do an exchange.",
    "Your refund has been requested, it normally takes 3-5 working days to show.",
    "I'll escalate this and someone will email you by tomorrow.",
]
SUBJECTS = ["Re: your order", "Order enquiry", "Problem with my delivery", "Return request", "Question about an item",
            "Missing parcel", "Damaged item", "Invoice request", "Wholesale enquiry", "Fwd: delivery update",
            "Re: Re: refund", "Quick question", "Complaint", "Change of address", "Following up"]
SUPPLIERS = ["Northgate Wholesale", "Kestrel Trading", "Bluewater Imports", "Harbourline Distribution", "Cobalt Supply Co",
             "Ironbark Merchants", "Pinecrest Sourcing", "Redfern Goods Ltd", "Summit Lane Traders", "Orchard Row Supply"]
BRANDS = ["Veltra", "Homecraft", "Nordvik", "Trailmark", "Luma", "Brisa", "Oakhaven", "Zentro", "Kiwa", "Polaris Home"]
COLOURS = ["Navy", "Charcoal", "Sage", "Oat", "Black", "Red", "Teal", "Sand", "Olive", "White"]
SIZES = ["S", "M", "L", "XL", "One size", "30 oz", "5 L", "Queen", "UK 8", "Size 10"]
TOOLS = ["get_order_details", "fetch_product_reviews", "search_catalog", "get_ticket", "lookup_shipment", "fetch_url",
         "get_supplier_feed", "list_marketplace_offers"]


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "", s.replace("&", "and"))


def _inline(parts, inj, rng, where=None):
    if inj is None:
        return parts
    return insert_at(parts, inj["text"], rng, where or inj.get("where"))


def review_body(ctx, rng, k_general=None):
    name, specific = ctx.product()
    r = ctx.region
    k = rng.choice([1, 1, 2, 2, 3]) if k_general is None else k_general
    parts = [ctx.fill(s) for s in r.decks["reviews"].take(k)]
    extra = rng.sample(specific, rng.choice([1, 1, 2]))
    for s in extra:
        parts.insert(rng.randint(0, len(parts)), s)
    return parts


def review(ctx, rng, body, inj=None):
    parts = _inline(body, inj, rng)
    text = join_sentences(parts)
    text = casualise(text, rng, ctx.region.casual) if inj is None or rng.random() < 0.5 else text
    head = []
    if rng.random() < 0.6:
        head.append(rng.choice(STARS) + " " + rng.choice(TITLES))
    if rng.random() < 0.3:
        head.append("Verified Purchase | Colour: %s | Size: %s" % (rng.choice(COLOURS), rng.choice(SIZES)))
    if rng.random() < 0.25:
        head.append("Reviewed in %s by %s" % (ctx.value("t"), ctx.value("n")))
    return "review", "\n".join(head + [text])


def qa(ctx, rng, body, inj=None):
    q = ctx.fill(ctx.region.decks["qa"].draw())
    parts = list(body)
    if inj is not None and rng.random() < 0.35:
        q = q + " " + inj["text"]
        ans = join_sentences(parts)
    else:
        ans = join_sentences(_inline(parts, inj, rng))
    who = rng.choice(["Answer from the seller", "Answered by %s" % ctx.value("n"), "A:", "Seller response:", "%s (verified owner) says:" % ctx.value("n")])
    qlabel = rng.choice(["Q:", "Question:", "Customer question:"])
    return rng.choice(["review", "web"]), "%s %s\n%s %s" % (qlabel, q, who, ans)


def ticket(ctx, rng, body, inj=None):
    r = ctx.region
    parts = _inline(body, inj, rng)
    msg = join_sentences(parts)
    if rng.random() < 0.5:
        lines = ["Subject: " + rng.choice(SUBJECTS), "Order: " + ctx.value("o"), "",
                 ctx.fill(r.decks["greetings"].draw()), msg, "", ctx.fill(r.decks["signoffs"].draw())]
    else:
        lines = ["Name: %s %s" % (ctx.value("n"), ctx.value("sur")),
                 "Category: " + rng.choice(["Delivery", "Returns", "Billing", "Product question", "Other", "Account"]),
                 "Order number: " + ctx.value("o"), "Message:", msg]
    return "ticket", "\n".join(lines)


def chat(ctx, rng, body, inj=None, agent_lines=None):
    r = ctx.region
    agent = rng.choice(AGENT_NAMES)
    cust = rng.choice(["Customer", ctx.value("n"), "Visitor", "You"])
    alab = rng.choice(["Agent (%s)" % agent, agent, "%s - Support" % agent, "Support"])
    pool = list(agent_lines or AGENT_LINES)
    rng.shuffle(pool)
    cust_lines = [ctx.fill(x) for x in r.decks["chat"].take(rng.choice([2, 3]))] + list(body)
    if inj is not None:
        idx = rng.randint(0, len(cust_lines))
        cust_lines.insert(idx, inj["text"])
    lines = []
    stamp = rng.random() < 0.4
    h, m = rng.randint(8, 20), rng.randint(0, 50)
    for i, c in enumerate(cust_lines):
        pre = "[%02d:%02d] " % (h, m + i) if stamp else ""
        lines.append("%s%s: %s" % (pre, cust, c))
        if pool and rng.random() < 0.6:
            lines.append("%s%s: %s" % (pre, alab, ctx.fill(pool.pop())))
    return "ticket", "\n".join(lines)


def email(ctx, rng, body, inj=None, html=False):
    r = ctx.region
    parts = _inline(body, inj, rng)
    sender = "%s.%s@example.%s" % (slug(ctx.value("n")), slug(ctx.value("sur")), rng.choice(["com", "net", "org"]))
    head = ["From: %s %s <%s>" % (ctx.value("n"), ctx.value("sur"), sender), "To: support@%s.example" % slug(ctx.value("s")),
            "Subject: " + rng.choice(SUBJECTS)]
    greet = ctx.fill(r.decks["greetings"].draw())
    sign = ctx.fill(r.decks["signoffs"].draw())
    if html:
        paras = "".join("<p>%s</p>" % p for p in parts)
        bodytxt = "<html><body><p>%s</p>%s<p>%s</p></body></html>" % (greet, paras, sign.replace("\n", "<br>"))
        return "email", "\n".join(head + ["Content-Type: text/html", "", bodytxt])
    text = "\n".join(head + ["", greet, "", "\n\n".join(_paragraphs(parts, rng)), "", sign])
    if rng.random() < 0.3:
        quoted = ctx.fill(rng.choice(AGENT_LINES))
        text += "\n\nOn %s, %s Support wrote:\n> %s\n> Kind regards, %s" % (ctx.value("w"), ctx.value("s"), quoted, rng.choice(AGENT_NAMES))
    return "email", text


def _paragraphs(parts, rng):
    out, cur = [], []
    for p in parts:
        cur.append(p)
        if len(cur) >= 2 and rng.random() < 0.5:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def listing(ctx, rng, body, inj=None, html=False):
    r = ctx.region
    title = ctx.fill(r.decks["listings"].draw())
    parts = _inline(body, inj, rng)
    price = ctx.value("a")
    if html:
        desc = "".join("<p>%s</p>" % p for p in parts)
        return "web", "<div class=\"listing\"><h2>%s</h2><span class=\"price\">%s</span><div class=\"desc\">%s</div><small>Seller: %s | Location: %s</small></div>" % (title, price, desc, ctx.value("s"), ctx.value("t"))
    lines = [title, "Price: " + price, "Condition: " + rng.choice(["New", "Used - like new", "Used - good", "Refurbished", "Open box"]),
             "Location: " + ctx.value("t"), "", join_sentences(parts)]
    return "web", "\n".join(lines)


def _feed_items(ctx, rng, n):
    items = []
    for _ in range(n):
        name, spec = ctx.region.decks["products"].draw()
        items.append({"sku": "%s-%d" % (rng.choice(["SKU", "ITM", "ART"]), rng.randint(10000, 99999)), "title": "%s %s" % (rng.choice(BRANDS), name),
                      "brand": rng.choice(BRANDS), "price": ctx.region.money(rng.choice([9, 14, 19, 24, 39, 49, 79, 129]) + 0.99),
                      "stock": str(rng.randint(0, 400)), "description": rng.choice(spec)})
    return items


def feed(ctx, rng, body, inj=None, fmt=None, html_ok=False):
    fmt = fmt or rng.choice(["csv", "xml", "json"])
    items = _feed_items(ctx, rng, rng.choice([2, 3, 4]))
    target = rng.randrange(len(items))
    desc = join_sentences(_inline(body, inj, rng))
    for i, it in enumerate(items):
        if i != target:
            it["description"] = copy_sentence(ctx, rng) + (" " + copy_sentence(ctx, rng) if rng.random() < 0.3 else "")
    items[target]["description"] = desc
    items[target]["title"] = "%s %s" % (rng.choice(BRANDS), ctx.product()[0])
    sup = rng.choice(SUPPLIERS)
    if fmt == "csv":
        cols = ["sku", "title", "brand", "price", "stock", "description"]
        lines = ["# supplier: %s" % sup, ",".join(cols)]
        for it in items:
            lines.append(",".join('"%s"' % it[c].replace('"', '""') if c in ("title", "description") else it[c] for c in cols))
        return "feed", "\n".join(lines)
    if fmt == "xml":
        out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<catalog supplier=\"%s\">" % sup]
        for it in items:
            d = it["description"]
            d = "<![CDATA[%s]]>" % d if (html_ok or "<" in d or "&" in d) else d
            out.append("  <item sku=\"%s\">\n    <title>%s</title>\n    <price>%s</price>\n    <stock>%s</stock>\n    <description>%s</description>\n  </item>" % (it["sku"], it["title"].replace("&", "&amp;"), it["price"], it["stock"], d))
        out.append("</catalog>")
        return "feed", "\n".join(out)
    return "feed", json.dumps({"supplier": sup, "generated": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), "items": items}, ensure_ascii=False, indent=1)


def web(ctx, rng, body, inj=None):
    name, spec = ctx.product()
    brand = rng.choice(BRANDS)
    parts = _inline(body, inj, rng)
    desc = "\n".join("  <p>%s</p>" % p for p in parts)
    crumbs = rng.choice(["Home &gt; Kitchen", "Home &gt; Outdoors", "Home &gt; Clothing", "Shop &gt; New in", "Home &gt; Deals"])
    return "web", ("<nav class=\"crumbs\">%s</nav>\n<h1>%s %s</h1>\n<div class=\"price\">%s</div>\n<div class=\"description\">\n%s\n</div>\n"
                   "<ul class=\"specs\"><li>Colour: %s</li><li>Size: %s</li></ul>") % (crumbs, brand, name, ctx.value("a"), desc, rng.choice(COLOURS), rng.choice(SIZES))


def tool(ctx, rng, body, inj=None, kind=None):
    kind = kind or rng.choice(TOOLS)
    text = join_sentences(_inline(body, inj, rng))
    name, _ = ctx.product()
    if kind == "get_order_details":
        res = {"order_id": ctx.value("o"), "status": rng.choice(["processing", "shipped", "delivered", "return_requested"]),
               "items": [{"name": name, "qty": rng.randint(1, 3), "price": ctx.value("a")}], "customer_note": text,
               "carrier": ctx.value("c")}
    elif kind == "fetch_product_reviews":
        res = {"product": name, "reviews": [{"rating": rng.randint(1, 5), "author": ctx.value("n"), "body": text},
                                            {"rating": rng.randint(3, 5), "author": ctx.value("n2"), "body": rng.choice(ctx.product()[1])}]}
    elif kind == "search_catalog":
        res = {"query": name, "results": [{"sku": ctx.value("sku"), "title": name, "seller": ctx.value("s"), "price": ctx.value("a"), "snippet": text}]}
    elif kind == "get_ticket":
        res = {"ticket": ctx.value("tk"), "channel": rng.choice(["email", "web_form", "chat"]), "subject": rng.choice(SUBJECTS), "body": text, "priority": rng.choice(["low", "normal", "high"])}
    elif kind == "lookup_shipment":
        res = {"tracking": "%s%d" % (rng.choice(["TRK", "CP", "RM", "AP"]), rng.randint(10 ** 9, 10 ** 10 - 1)), "carrier": ctx.value("c"),
               "events": [{"ts": "%02d:%02d" % (rng.randint(6, 20), rng.randint(0, 59)), "desc": "In transit - %s" % ctx.value("t")}], "recipient_note": text}
    elif kind == "fetch_url":
        res = {"url": "https://%s.example/%s" % (ctx.value("s").lower().replace(" ", "-").replace("&", "and").replace(".", "").replace("'", ""), name.replace(" ", "-")), "status": 200, "content": text}
    elif kind == "get_supplier_feed":
        res = {"supplier": rng.choice(SUPPLIERS), "row": {"sku": ctx.value("sku"), "title": name, "notes": text}}
    else:
        res = {"offers": [{"seller": ctx.value("s"), "price": ctx.value("a"), "condition": "new", "seller_description": text},
                          {"seller": ctx.value("rival"), "price": ctx.value("a2"), "condition": "used"}]}
    return "tool", json.dumps({"tool": kind, "call_id": "call_" + token(rng, 10), "result": res}, ensure_ascii=False)


TEXT_CARRIERS = ["review", "review", "review", "qa", "ticket", "ticket", "chat", "email", "email", "listing", "feed", "web", "tool", "tool", "tool"]
TOOL_KIND = {"tool_reviews": "fetch_product_reviews", "tool_order": "get_order_details", "tool_search": "search_catalog",
             "tool_ticket": "get_ticket", "tool_ship": "lookup_shipment", "tool_fetch": "fetch_url",
             "tool_supplier": "get_supplier_feed", "tool_offers": "list_marketplace_offers"}
HTML_CARRIERS = ["web", "web", "listing_html", "email_html", "feed_xml", "tool_fetch"]


def wrap(name, ctx, rng, body, inj=None):
    if name == "review":
        return review(ctx, rng, body, inj)
    if name == "qa":
        return qa(ctx, rng, body, inj)
    if name == "ticket":
        return ticket(ctx, rng, body, inj)
    if name == "chat":
        return chat(ctx, rng, body, inj)
    if name == "email":
        return email(ctx, rng, body, inj)
    if name == "email_html":
        return email(ctx, rng, body, inj, html=True)
    if name == "listing":
        return listing(ctx, rng, body, inj)
    if name == "listing_html":
        return listing(ctx, rng, body, inj, html=True)
    if name == "feed":
        return feed(ctx, rng, body, inj)
    if name == "feed_xml":
        return feed(ctx, rng, body, inj, fmt="xml", html_ok=True)
    if name == "web":
        return web(ctx, rng, body, inj)
    if name in TOOL_KIND:
        return tool(ctx, rng, body, inj, kind=TOOL_KIND[name])
    raise KeyError(name)


def copy_body(ctx, rng):
    name, spec = ctx.product()
    parts = []
    for _ in range(rng.choice([1, 2, 2, 3])):
        x = copy_sentence(ctx, rng)
        if x not in parts:
            parts.append(x)
    if rng.random() < 0.4:
        parts.insert(0, "%s %s." % (rng.choice(["Meet the", "Introducing the", "The classic", "Our new", "Everyday"]), name))
    return parts


def base_body(name, ctx, rng):
    """Ordinary sentences suited to a carrier, drawn from the region's pools."""
    r = ctx.region
    if name in ("review", "qa", "tool_reviews", "tool"):
        return review_body(ctx, rng)
    if name in ("web", "tool_fetch"):
        parts = copy_body(ctx, rng)
        if rng.random() < 0.6:
            rv = review_body(ctx, rng, k_general=rng.choice([0, 1]))
            parts += ["Customer reviews:"] + ['"%s"' % x for x in rv[:2]]
        return parts
    if name in ("feed", "feed_xml", "tool_search", "tool_supplier", "tool_offers"):
        return copy_body(ctx, rng)
    if name in ("ticket", "chat", "tool_ticket"):
        if rng.random() < 0.2:
            return [ctx.fill(rng.choice(GENERIC_MAIL))]
        return [ctx.fill(r.decks["tickets"].draw())] + ([ctx.fill(rng.choice(GENERIC_MAIL))] if rng.random() < 0.15 else [])
    if name in ("tool_order", "tool_ship"):
        parts = [ctx.fill(r.decks["courier_notes"].draw())] if rng.random() < 0.3 else []
        return parts + [ctx.fill(r.decks["chat"].draw()).capitalize()]
    if name in ("email", "email_html"):
        k = rng.choice([1, 1, 2])
        parts = [ctx.fill(x) for x in r.decks["emails"].take(k)]
        parts += [ctx.fill(x) for x in rng.sample(GENERIC_MAIL, rng.choice([0, 0, 1, 1, 2]))]
        rng.shuffle(parts)
        return parts + ([ctx.fill(r.decks["tickets"].draw())] if rng.random() < 0.3 else [])
    if name in ("listing", "listing_html"):
        name_, spec = ctx.product()
        return [rng.choice(spec)] + ([ctx.fill(r.decks["reviews"].draw())] if rng.random() < 0.3 else [])
    raise KeyError(name)

GENERIC_MAIL = [
    "I placed order {o} on {w} and haven't had a dispatch email yet.",
    "The tracking link in your email goes to a page that says 'not found'.",
    "My {p} arrived but the box was clearly opened and re-taped.",
    "I've attached a screenshot of the payment confirmation.",
    "Could you tell me roughly when the {p} will be back in stock?",
    "I'm happy to keep the item if you can knock a bit off, otherwise I'll return it.",
    "The {c} driver says the address doesn't exist, but I've lived here {d} years.",
    "I need the order to arrive by the {d}th, it's a birthday present.",
    "My account shows two orders but I only placed one.",
    "The instructions leaflet was missing from the box, is there a PDF?",
    "Could you resend the confirmation email, I think I deleted it.",
    "I'd rather have store credit than a refund if that's quicker.",
    "Both items were meant to come together but only one arrived.",
    "We'd like to order {d}0 units for a staff gift, is there a business rate?",
    "The colour I received doesn't match the photo at all.",
    "Can you confirm you received my return? I dropped it at the {c} counter on {w}.",
    "I'm going to be away from the {d}th, can the delivery wait until I'm back?",
    "Your courier left a card saying 'too big for letterbox' for a tiny parcel.",
    "It's the second time this has happened with an order from you.",
    "Do you have a physical shop in {t} where I could exchange it?",
    "I didn't receive the free gift that was advertised with the order.",
    "I can't log in to my account to start a return, the reset email never arrives.",
    "The price dropped by {a2} the day after I ordered, could you refund the difference?",
    "Is it possible to split the order and send the in-stock item now?",
    "The parcel came with a customs form that said the contents were 'samples'.",
    "I was told on the phone the replacement would arrive in {d} days, that was two weeks ago.",
    "My {p} has a manufacturing fault, the seam split on first use.",
    "We're reviewing suppliers for next quarter and your range came up.",
    "Please can you confirm which courier you'll use, some don't deliver to our road.",
    "I'd like to leave feedback for the packer, everything was perfect.",
    "I've moved house since ordering, the new postcode is {pc}.",
    "Just checking you got my earlier message about order {o}.",
    "I'm disabled and can't get to a drop-off point, can you arrange a collection?",
    "My bank flagged the payment as suspicious, could you try again?",
    "Is the sale price still valid if I order tomorrow?",
    "The invoice shows the wrong company name, it should be {s}.",
]

FEATURES = [
    ("Double-stitched seams", ["hold up to years of washing", "stop fraying at the stress points"]),
    ("A powder-coated steel frame", ["stands up to rain and rust", "takes knocks without denting"]),
    ("The soft-touch handle", ["stays comfortable even when it's full", "doesn't get hot in use"]),
    ("A removable, washable cover", ["makes cleaning a two-minute job", "keeps it fresh between seasons"]),
    ("The quick-release buckle", ["lets you get it on and off one-handed", "opens even with cold fingers"]),
    ("Reinforced corners", ["cope with bumps and drops", "protect it in transit and on the shelf"]),
    ("A non-slip base", ["stops it sliding around the bench", "keeps it steady on tiles and timber"]),
    ("The fold-flat design", ["saves space when it's not in use", "fits neatly in a cupboard or car boot"]),
    ("Tool-free assembly", ["cuts set-up time to a few minutes", "means no hunting for an Allen key"]),
    ("An auto shut-off timer", ["gives you peace of mind if you nod off", "saves power when you forget it's on"]),
    ("The low-noise motor", ["keeps the noise down at night", "won't wake the baby in the next room"]),
    ("A BPA-free inner", ["keeps drinks tasting clean", "won't hold on to coffee smells"]),
    ("The extra-long cable", ["reaches the bedside without an extension lead", "gives you more options for placement"]),
    ("Breathable mesh panels", ["keep you cool on long walks", "let damp gear dry out faster"]),
    ("A water-resistant coating", ["handles showers without fuss", "lets you wipe spills straight off"]),
    ("A dishwasher-safe lid", ["saves scrubbing after every use", "comes out spotless on a normal cycle"]),
    ("A UV-stable fabric", ["won't fade after a summer outdoors", "keeps its colour in full sun"]),
    ("An adjustable strap", ["lets you tweak the fit in seconds", "suits kids and adults alike"]),
    ("A weighted base", ["stops it tipping over when bumped", "keeps it upright in a breeze"]),
    ("The LED indicator", ["shows at a glance when it's charged", "tells you when it's ready to use"]),
    ("A wide-mouth opening", ["takes ice cubes easily", "makes it simple to clean by hand"]),
    ("Sealed bearings", ["keep grit out for smoother running", "need no regular oiling"]),
]
GENERIC_BENEFITS = ["is a nice touch at this price", "sets it apart from cheaper versions", "is something customers keep mentioning in reviews"]
NUM_COPY = [
    "Packed dimensions {x} x {y} x {z} cm, gross weight {kg} kg.", "Carton of {n}, individually boxed, barcode on each unit.",
    "Lead time {d}-{d2} days from order confirmation.", "MOQ {n2} units, mixed colours allowed per carton.",
    "Tested for {k},000 cycles in our lab.", "Replacement parts available for {y2} years after purchase.", "Warranty: {y2} years, parts and labour.",
    "Holds up to {kg2} kg.", "Capacity {l} litres.", "Stock updates every {h} hours from the warehouse.", "Pallet quantity {p2} units.",
    "Dispatched within {h2} working day(s) via {c}.", "Free returns within {r} days if it isn't right for you.",
]


def copy_sentence(ctx, rng):
    roll = rng.random()
    if roll < 0.35:
        f, bs = rng.choice(FEATURES)
        b = rng.choice(bs) if rng.random() < 0.85 else rng.choice(GENERIC_BENEFITS)
        if f.startswith(("A ", "An ", "The ")) and not f.endswith("s") and b.split()[0] in ("hold", "stop", "cope", "protect", "keep", "let", "need"):
            b = b.split()[0] + "s " + " ".join(b.split()[1:])
        return "%s %s." % (f, b)
    if roll < 0.9:
        t = rng.choice(NUM_COPY)
        nums = {"x": rng.randint(12, 90), "y": rng.randint(10, 60), "z": rng.randint(4, 40), "kg": round(rng.uniform(0.3, 9.5), 1),
                "n": rng.choice([4, 6, 8, 10, 12, 20, 24]), "d": rng.randint(3, 12), "d2": rng.randint(14, 30), "n2": rng.choice([12, 24, 36, 48, 50, 100, 200]),
                "k": rng.choice([5, 10, 20, 25, 50]), "y2": rng.choice([2, 3, 5, 7, 10]), "kg2": rng.choice([80, 100, 120, 150, 200]),
                "l": rng.choice([0.5, 0.75, 1.2, 1.7, 3.5, 5, 20, 35]), "h": rng.choice([1, 2, 4, 6, 12]), "p2": rng.choice([48, 60, 96, 120, 144]),
                "w2": rng.choice([600, 800, 1200, 1500, 2000, 2200]), "v": rng.choice([110, 120, 220, 230, 240]), "h2": rng.choice([1, 2, 3]), "r": rng.choice([14, 28, 30, 60])}
        for k, v in nums.items():
            t = t.replace("{%s}" % k, str(v))
        return ctx.fill(t)
    return ctx.fill(rng.choice(COPY))


COPY = [
    "Our {p} is built for everyday use and backed by a 12-month warranty.",
    "Designed in-house and tested by our team before it goes on sale.",
    "Lightweight, easy to clean and made to last.",
    "Ships in recyclable packaging with no single-use plastic.",
    "Available in five colours; see the swatches for the exact shade.",
    "Please check the measurements before ordering, as sizes vary by batch.",
    "A customer favourite, now back in stock for the season.",
    "Pairs nicely with the rest of the range, sold separately.",
    "Made from recycled materials where possible.",
    "Limited stock at this price, while supplies last.",
    "Certified to local safety standards.",
    "Compact enough for small spaces, sturdy enough for daily use.",
    "Not suitable for children under 3 years.",
    "Colour may vary slightly from the photos due to screen settings.",
    "Wipe clean with a damp cloth, do not use abrasive cleaners.",
    "Bulk pricing available for orders of 10 units or more.",
    "Retail-ready packaging with hang tab.",
    "New season stock, supersedes last year's model.",
    "Country of origin printed on the outer carton.",
    "Supplied with user guide and warranty card.",
    "Our best-selling {p}, reviewed by hundreds of happy customers.",
    "Perfect as a gift or a treat for yourself.",
    "Handmade in small batches, so each one is slightly different.",
    "Price includes tax; shipping calculated at checkout.",
    "Discontinued colourway, final units.",
]
