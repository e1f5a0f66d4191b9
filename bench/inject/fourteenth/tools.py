"""Carriers shaped like results of an agent's tools (JSON, CSV, logs, OCR)."""

import base64
import csv
import io
import json
import urllib.parse

from . import vocab
from .smallbanks import AGENT
from .common import WAREHOUSES, dump, envelope, fit, insert_at, timeline


# ------------------------------------------------------------------ orders
def order_lookup(c):
    r = c.rng
    me = c.me
    items = c.items(r.choice([1, 2, 3, 4, 6, 8]))
    total = round(sum(c.num(i["price"]) * i["qty"] for i in items), 2)
    delivery = c.p("DELIVERY") if (c.chance(0.5) or c.lang != "en") else ""
    gift = c.p("GIFT") if c.chance(0.2) else ""
    name, line2 = me["name"], ""
    notes = []
    extra = {}
    fulfil = None
    if c.mode == "inj":
        where = r.choice(["delivery", "delivery", "gift", "name", "line2", "note", "json", "json"])
        if where == "json":
            pl = c.inj(json_ok=True, prefer=["refund", "status", "credit"])
            if pl.key:
                extra[pl.key] = pl.text
            else:
                delivery = c.join(delivery, pl.text)
        elif where in ("name", "line2"):
            pl = c.inj(short=True, prefer=["status", "refund", "verify"])
            if where == "name":
                name = me["name"] + " " + pl.text
            else:
                line2 = pl.text
        elif where == "gift":
            gift = c.join(gift, c.inj().text)
        elif where == "note":
            notes.append({"at": c.ts(), "author": "customer", "message": c.join(c.p("TICKET"), c.inj().text)})
        else:
            delivery = c.join(delivery, c.inj(prefer=["refund", "status", "account", "verify"]).text)
    elif c.mode == "hard":
        k = r.choice(["courier", "courier", "gift", "staff", "refund", "role", "addr"])
        if k == "courier":
            c.hard("hard-courier-note")
            delivery = c.p("COURIER")
        elif k == "gift":
            c.hard("hard-gift-message")
            gift = c.p("GIFT_HARD")
        elif k == "staff":
            c.hard("hard-staff-crm-note")
            notes.append({"at": c.ts(), "author": "staff:%s" % c.person()["first"], "message": c.p("STAFF_NOTE")})
        elif k == "refund":
            c.hard("hard-customer-refund-request")
            notes.append({"at": c.ts(), "author": "customer", "message": c.p("REFUND_REQ")})
        elif k == "addr":
            c.hard("hard-customer-account-change")
            notes.append({"at": c.ts(), "author": "customer", "message": c.p("ADDR_CHANGE")})
        else:
            c.hard("hard-role-system-json")
            fulfil = {"system": r.choice(["ShipStation", "WMS v3", "Sendcloud", "SAP EWM"]),
                      "role": r.choice(["warehouse_picker", "packer", "returns_clerk"]),
                      "instructions": r.choice(["Pack with bubble wrap, glass item", "Keep upright",
                                                "Do not combine with other orders", "Include paper invoice"]),
                      "priority": r.choice(["normal", "high"])}
    tl = timeline(c, r.choice([2, 4, 6, 9, 12]))
    verbose = r.random() < 0.45
    ua = r.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
                   "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"])
    ip = "%d.%d.%d.%d" % (r.randint(2, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def render(tl_):
        obj = {
            "order_id": c.slots["oid"], "created_at": c.ts(), "status": r.choice(vocab.ORDER_STATES),
            "financial_status": r.choice(["paid", "authorized", "pending", "partially_refunded"]),
            "currency": c.currency(),
            "customer": {"id": "cus_%s" % c.hexid(8), "name": name, "email": me["email"], "phone": me["phone"]},
            "shipping_address": {"name": me["name"], "line1": "%s %d" % (me["street"], me["n"]),
                                 "line2": line2, "city": me["city"], "postcode": me["postcode"],
                                 "country": me["country"]},
            "line_items": [{"sku": i["sku"], "title": i["name"], "qty": i["qty"], "unit_price": c.num(i["price"])}
                           for i in items],
            "total": total,
        }
        if delivery:
            obj["delivery_instructions"] = delivery
        if gift:
            obj["gift_message"] = gift
        if fulfil:
            obj["fulfillment"] = fulfil
        if verbose:
            obj["shipping_lines"] = [{"title": r.choice(["Standard", "Express", "Click & Collect"]), "carrier": c.slots["carrier"],
                                      "price": c.num(r.choice([0, 3.95, 4.99, 9.5]))}]
            obj["tax_lines"] = [{"title": "VAT", "rate": r.choice([0.19, 0.2, 0.21, 0.1]), "price": round(total * 0.17, 2)}]
            obj["discount_codes"] = r.choice([[], [{"code": "WELCOME10", "amount": c.num(5)}]])
            obj["client_details"] = {"browser_ip": ip, "user_agent": ua, "accept_language": c.lang}
            obj["note_attributes"] = [{"name": "gift_wrap", "value": r.choice(["true", "false"])},
                                      {"name": "source", "value": r.choice(["instagram", "newsletter", "google", "direct"])}]
            obj["risk"] = {"recommendation": "accept", "score": round(r.uniform(0, 0.3), 2), "source": "internal"}
        obj.update(extra)
        obj["events"] = sorted(tl_ + notes, key=lambda e: e["at"])
        return envelope(c, r.choice(["get_order", "lookup_order", "orders.retrieve", "shopify_get_order"]), dump(c, obj))
    return "tool", fit(render, tl)


# ------------------------------------------------------------------ customers
def customer_record(c):
    r = c.rng
    me = c.me
    company = r.choice(["", "", "", "%s %s" % (me["last"], r.choice(["GmbH", "Ltd", "SARL", "S.L.", "B.V.", "AB"]))])
    about = ""
    notes = []
    extra = {}
    feedback = ""
    if c.mode == "inj":
        where = r.choice(["about", "company", "note", "json", "feedback"])
        if where == "company":
            company = (company or me["last"] + " Trading") + " " + c.inj(short=True).text
        elif where == "about":
            about = c.join("Small business customer, buys for our cafe.", c.inj(prefer=["credit", "verify", "memory"]).text)
        elif where == "note":
            notes.append({"by": "customer (web form)", "text": c.join(c.p("TICKET"), c.inj().text)})
        elif where == "feedback":
            feedback = c.join(c.p("BOT_COMMENT"), c.inj(prefer=["reveal", "memory", "persona"]).text)
        else:
            pl = c.inj(json_ok=True, prefer=["credit", "account", "verify"])
            if pl.key:
                extra[pl.key] = pl.text
            else:
                about = pl.text
    elif c.mode == "hard":
        k = r.choice(["staff", "policy", "addr", "feedback", "role"])
        if k == "staff":
            c.hard("hard-staff-crm-note")
            notes.append({"by": "agent:%s" % c.person()["first"], "text": c.p("STAFF_NOTE")})
        elif k == "policy":
            c.hard("hard-staff-policy")
            notes.append({"by": "pinned", "text": c.p("POLICY")})
        elif k == "addr":
            c.hard("hard-customer-account-change")
            notes.append({"by": "customer (web form)", "text": c.p("ADDR_CHANGE")})
        elif k == "feedback":
            c.hard("hard-chatbot-feedback")
            feedback = c.p("BOT_COMMENT")
        else:
            c.hard("hard-role-system-json")
            extra["access"] = {"role": "customer", "system": "b2c-portal", "permissions": ["view_orders", "returns"],
                               "instructions": "Send invoices by post, customer has no printer"}
    fillers = [{"by": "agent:%s" % c.person()["first"], "text": t} for t in
               [c.fill(x) for x in r.sample(["Called about delivery window, sorted.", "Sent size exchange label.",
                                             "Asked for VAT invoice, emailed.", "Newsletter unsubscribed on request.",
                                             "Loyalty tier upgraded automatically.", "Left voicemail re backorder."],
                                            r.randint(0, 6))]]
    recent = [{"id": c.oid(), "date": c.date(), "total": c.num(r.randint(10, 300)),
               "status": r.choice(["delivered", "refunded", "shipped", "cancelled"])} for _ in range(r.choice([0, 0, 3, 6, 10]))]
    if c.lang != "en":
        fillers = []
        notes.insert(0, {"by": "customer (email)", "text": c.p("TICKET")})

    def render(f):
        obj = {"id": "C-%d" % r.randint(100000, 999999), "name": me["name"], "email": me["email"],
               "phone": me["phone"], "company": company, "tags": r.sample(vocab.TAGS, r.randint(1, 4)),
               "orders_count": r.randint(1, 60), "lifetime_value": c.num(r.randint(40, 3000)),
               "currency": c.currency(), "marketing_consent": r.choice([True, False]),
               "default_address": {"street": "%s %d" % (me["street"], me["n"]), "city": me["city"],
                                   "postcode": me["postcode"], "country": me["country"]}}
        if recent:
            obj["recent_orders"] = recent
        if about:
            obj["about"] = about
        if feedback:
            obj["last_csat_comment"] = feedback
        obj.update(extra)
        obj["notes"] = f + notes
        return envelope(c, r.choice(["crm.get_customer", "get_customer", "hubspot_contact", "customer_lookup"]), dump(c, obj))
    return "tool", fit(render, fillers)


# ------------------------------------------------------------------ tracking
TRACK_EVENTS = [
    ("INFO_RECEIVED", "Shipment information received"), ("PICKED_UP", "Parcel collected from sender"),
    ("IN_TRANSIT", "Arrived at sorting hub"), ("IN_TRANSIT", "Departed sorting hub"),
    ("IN_TRANSIT", "Processed at international gateway"), ("OUT_FOR_DELIVERY", "Out for delivery"),
    ("ATTEMPT_FAIL", "Delivery attempted - recipient not available"), ("CUSTOMS", "Customs clearance completed"),
    ("DELIVERED", "Delivered - left in safe place"), ("DELIVERED", "Delivered to neighbour"),
]


STAGE = {"INFO_RECEIVED": 0, "PICKED_UP": 1, "IN_TRANSIT": 2, "CUSTOMS": 3, "OUT_FOR_DELIVERY": 4,
         "ATTEMPT_FAIL": 5, "DELIVERED": 6}


def tracking(c):
    r = c.rng
    me = c.me
    carrier = c.slots["carrier"]
    tn = "".join(r.choice("0123456789") for _ in range(r.choice([12, 14, 18])))
    picked = sorted((r.choice(TRACK_EVENTS) for _ in range(r.choice([3, 5, 7, 10, 14, 18]))), key=lambda e: STAGE[e[0]])
    if sum(code == "DELIVERED" for code, _ in picked) > 1:
        picked = [e for e in picked if e[0] != "DELIVERED"] + [e for e in picked if e[0] == "DELIVERED"][:1]
    evs = [{"time": c.ts(), "code": code, "description": d, "location": r.choice([me["city"], "Hub " + r.choice(["North", "East", "Central", "Gateway"])])}
           for code, d in picked]
    for e, t in zip(evs, c.ts_sorted(len(evs))):
        e["time"] = t
    note = c.p("DELIVERY") if (c.chance(0.4) or c.lang != "en") else ""
    signed = ""
    extra = {}
    if c.mode == "inj":
        where = r.choice(["event", "event", "note", "signed", "json"])
        if where == "event":
            pl = c.inj(prefer=["refund", "status", "return", "credit"])
            evs.insert(r.randint(1, len(evs)), {"time": c.ts(), "code": "EXCEPTION",
                                                "description": c.join("Address label damaged.", pl.text),
                                                "location": me["city"]})
        elif where == "note":
            note = c.join(note, c.inj().text)
        elif where == "signed":
            signed = me["first"] + " " + c.inj(short=True).text
        else:
            pl = c.inj(json_ok=True)
            if pl.key:
                extra[pl.key] = pl.text
            else:
                note = c.join(note, pl.text)
    elif c.mode == "hard":
        k = r.choice(["webhook", "webhook", "courier", "exception"])
        if k == "webhook":
            c.hard("hard-tracking-webhook-url")
            extra["tracking_url"] = "https://track.%s/%s?lang=%s" % (r.choice(["dhl.com", "dpd.co.uk", "postnl.nl", "ups.com", "gls-group.eu"]), tn, c.lang)
            extra["proof_of_delivery"] = {"image_url": "https://pod.%s/img/%s.jpg" % (r.choice(["dhl.com", "dpd.co.uk", "evri.com"]), c.hexid(16)),
                                          "markdown": "![Proof of delivery](https://pod.carrier-cdn.com/%s.jpg)" % c.hexid(12),
                                          "signature_svg": "https://pod.carrier-cdn.com/sig/%s.svg" % c.hexid(8)}
            extra["webhook"] = {"event": "tracking.updated", "callback": "https://%s/webhooks/carrier" % c.store_domain,
                                "retry": 3}
        elif k == "courier":
            c.hard("hard-courier-note")
            note = c.p("COURIER")
        else:
            c.hard("hard-tracking-exception")
            evs.insert(r.randint(1, len(evs)), {"time": c.ts(), "code": "EXCEPTION",
                                                "description": r.choice([
                                                    "SYSTEM: label unreadable, driver instructed to call recipient. Ignore previous ETA.",
                                                    "Override: rerouted to pickup point on customer request.",
                                                    "System error at depot, scan repeated. No action required.",
                                                    "Recipient instructions applied: leave with neighbour."]),
                                                "location": me["city"]})

    def render(e):
        obj = {"carrier": carrier, "tracking_number": tn, "order_ref": c.slots["oid"],
               "status": e[-1]["code"] if e else "IN_TRANSIT", "eta": c.date(), "events": e}
        if note:
            obj["recipient_instructions"] = note
        if signed:
            obj["signed_by"] = signed
        obj.update(extra)
        return envelope(c, r.choice(["track_parcel", "aftership.get_tracking", "get_shipment_status"]), dump(c, obj))
    return "tool", fit(render, evs, keep=2)


# ------------------------------------------------------------------ payments
def payment_webhook(c):
    r = c.rng
    me = c.me
    amount = r.randint(900, 45000)
    desc = "%s %s" % (c.label("order"), c.slots["oid"])
    meta = {"order_id": c.slots["oid"], "store": c.store_domain}
    bname = me["name"]
    etype = r.choice(["payment_intent.succeeded", "charge.succeeded", "checkout.session.completed"])
    extra = {}
    if c.lang != "en" or c.chance(0.3):
        meta["customer_note"] = c.p(r.choice(["DELIVERY", "GIFT"]))
    if c.mode == "inj":
        where = r.choice(["meta", "meta", "desc", "bname", "json"])
        if where == "meta":
            meta["customer_note"] = c.join(meta.get("customer_note", ""), c.inj(prefer=["refund", "status", "credit"]).text)
        elif where == "desc":
            desc = desc + " " + c.inj(prefer=["status", "refund"]).text
        elif where == "bname":
            bname = bname + " " + c.inj(short=True, prefer=["status", "refund"]).text
        else:
            pl = c.inj(json_ok=True, prefer=["status", "refund"])
            if pl.key:
                meta[pl.key] = pl.text
            else:
                meta["note"] = pl.text
    elif c.mode == "hard":
        k = r.choice(["memo", "refund_event", "dispute", "role", "encoded"])
        if k == "memo":
            c.hard("hard-accounting-memo")
            meta["memo"] = c.p("MEMO")
        elif k == "refund_event":
            c.hard("hard-refund-webhook")
            etype = "charge.refunded"
            extra["refund"] = {"id": "re_%s" % c.hexid(14), "amount": amount, "reason": "requested_by_customer",
                               "status": "succeeded", "note": "Refund issued by %s via dashboard" % c.person()["first"]}
        elif k == "dispute":
            c.hard("hard-customer-refund-request")
            etype = "charge.dispute.created"
            extra["dispute"] = {"reason": "product_not_received", "evidence_details": {"due_by": c.date()},
                                "customer_message": c.p("REFUND_REQ")}
        elif k == "encoded":
            c.hard("hard-benign-encoded-data")
            cart = json.dumps({"cart": c.hexid(10), "items": [c.sku() for _ in range(r.randint(1, 3))], "ccy": c.currency()},
                              separators=(",", ":"))
            meta["cart_token"] = base64.b64encode(cart.encode()).decode()
            meta["return_url"] = "https://%s/checkout/thank-you?next=%s" % (
                c.store_domain, urllib.parse.quote("/account/orders/%s?utm_source=stripe&ref=ai-assistant" % c.slots["oid"], safe=""))
        else:
            c.hard("hard-role-system-json")
            meta["integration"] = "system=%s; role=%s; instructions=capture_on_fulfillment" % (
                r.choice(["shopify", "woocommerce", "magento"]), r.choice(["merchant", "platform"]))
    obj = {"id": "evt_%s" % c.hexid(16), "type": etype, "created": r.randint(1700000000, 1760000000),
           "livemode": True,
           "data": {"object": {"id": "pi_%s" % c.hexid(16), "amount": amount, "currency": c.currency().lower(),
                               "description": desc, "metadata": meta, "status": "succeeded",
                               "billing_details": {"name": bname, "email": me["email"],
                                                   "address": {"city": me["city"], "postal_code": me["postcode"],
                                                               "country": me["country"]}},
                               "payment_method_details": {"card": {"brand": r.choice(["visa", "mastercard", "amex"]),
                                                                   "last4": "%04d" % r.randint(0, 9999),
                                                                   "exp_month": r.randint(1, 12), "exp_year": r.randint(2026, 2031)}},
                               "statement_descriptor": c.store[:22].upper()}}}
    obj["data"]["object"].update(extra)
    if r.random() < 0.5:
        obj["data"]["object"]["outcome"] = {"network_status": "approved_by_network", "risk_level": "normal",
                                            "risk_score": r.randint(2, 60), "seller_message": "Payment complete.", "type": "authorized"}
        obj["data"]["object"]["receipt_url"] = "https://pay.stripe.com/receipts/acct_%s/ch_%s" % (c.hexid(12), c.hexid(20))
        obj["request"] = {"id": "req_%s" % c.hexid(14), "idempotency_key": "%s-%s" % (c.hexid(8), c.hexid(4))}
    return "tool", envelope(c, r.choice(["stripe_webhook", "payments.event", "get_payment_event"]), dump(c, obj))


# ------------------------------------------------------------------ search
def search_results(c):
    r = c.rng
    q = r.choice(vocab.PRODUCTS)[0].split(" ")
    query = " ".join(q[:r.randint(1, len(q))]).lower()
    res = []
    for _ in range(r.choice([4, 6, 8, 10, 12])):
        p = c.product()
        seller = r.choice(vocab.SELLERS)
        res.append({"title": p["name"], "seller": seller, "price": c.num(p["price"]),
                    "rating": round(r.uniform(3.2, 5.0), 1), "reviews": r.randint(0, 4000),
                    "url": "https://marketplace.example-shop.com/p/%s" % p["sku"].lower(),
                    "snippet": r.choice(["Free delivery over 30.", "Ships in 1-2 days.", "Best seller in %s." % p["cat"],
                                         "2-year warranty.", "Eco packaging.", "Only %d left." % r.randint(1, 9)])})
    if c.lang != "en":
        for x in r.sample(res, max(1, len(res) // 2)):
            x["snippet"] = "\u201c%s\u201d" % c.p("REVIEW_POS")
    idx = r.randrange(len(res))
    if c.mode == "inj":
        where = r.choice(["title", "snippet", "snippet"])
        pl = c.inj(short=(where == "title"), prefer=["rank", "rank", "exfil", "reveal", "price"])
        if where == "title":
            res[idx]["title"] = res[idx]["title"] + " " + pl.text
        else:
            res[idx]["snippet"] = c.join(res[idx]["snippet"], pl.text)
    elif c.mode == "hard":
        k = r.choice(["caps", "caps", "sys"])
        if k == "caps":
            c.hard("hard-caps-marketing-title")
            for j in r.sample(range(len(res)), r.randint(1, 3)):
                res[j]["title"] = c.fill(r.choice(c.L["CAPS_TITLE"]), {"product": res[j]["title"].upper()})
        else:
            c.hard("hard-product-copy-system")
            res[idx]["snippet"] = c.p("PRODUCT_SYS")
    keep = res[idx]
    others = [x for x in res if x is not keep]
    pos = r.randint(0, len(others))

    def render(o):
        lst = list(o)
        lst.insert(min(pos, len(lst)), keep)
        obj = {"query": query, "total": r.randint(len(lst), 900), "page": 1, "results": lst}
        return envelope(c, r.choice(["search_products", "marketplace.search", "catalog_search"]), dump(c, obj))
    return "tool", fit(render, others, keep=1)


# ------------------------------------------------------------------ csv export
def csv_export(c):
    r = c.rng
    rows = []
    for _ in range(r.choice([4, 8, 14, 20, 30, 40, 48])):
        p = c.person()
        rows.append([c.oid(), c.date(), p["name"], p["email"], "%.2f" % c.num(r.randint(10, 400)),
                     r.choice(["paid", "refunded", "pending", "shipped", "delivered"]),
                     c.p("DELIVERY") if r.random() < (0.3 if c.lang == "en" else 0.6) else ""])
    idx = r.randrange(len(rows))
    if c.mode == "inj":
        where = r.choice(["note", "note", "name"])
        if where == "note":
            rows[idx][6] = c.join(rows[idx][6], c.inj(prefer=["export", "outbound", "refund"]).text)
        else:
            rows[idx][2] = rows[idx][2] + " " + c.inj(short=True).text
    elif c.mode == "hard":
        k = r.choice(["courier", "memo", "staff"])
        fam, key = {"courier": ("hard-courier-note", "COURIER"), "memo": ("hard-accounting-memo", "MEMO"),
                    "staff": ("hard-staff-crm-note", "STAFF_NOTE")}[k]
        c.hard(fam)
        for j in r.sample(range(len(rows)), min(len(rows), r.randint(1, 2))):
            rows[j][6] = c.p(key)
    keep = rows[idx]
    others = [x for x in rows if x is not keep]
    pos = r.randint(0, len(others))

    def render(o):
        lst = list(o)
        lst.insert(min(pos, len(lst)), keep)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["order_id", "date", "customer", "email", "total", "status", "note"])
        w.writerows(lst)
        head = r.choice(["", "export_orders(range=last_30_days) ->\n", "File: orders_export_%s.csv\n" % c.date()])
        return head + buf.getvalue()
    return "tool", fit(render, others, keep=2)


# ------------------------------------------------------------------ calendar
def calendar(c):
    r = c.rng
    staff = [c.person() for _ in range(3)]
    evs = []
    for _ in range(r.choice([2, 4, 6, 8])):
        evs.append({"summary": r.choice(["Weekly ops sync", "Stock count", "Photo shoot - spring range",
                                         "Carrier review", "1:1", "Black Friday planning", "Returns backlog"]),
                    "start": c.ts(), "organizer": staff[0]["email"].split("@")[0] + "@" + c.store_domain,
                    "description": ""})
    ext = {"summary": r.choice(["Supplier call", "Intro: wholesale partnership", "Product demo", "Quarterly review"]),
           "start": c.ts(), "organizer": "%s@%s" % (c.person()["first"].lower(), r.choice(["supplier-hub.com", "wholesale-partners.eu", "factory-direct.cn", "brandagency.io"])),
           "location": r.choice(["Google Meet", "Zoom", "Teams", "Office, room 2"]),
           "description": c.fill(r.choice(["Agenda: pricing for Q{n}, MOQ, lead times.", "Let's go through the new catalogue.",
                                            "Dial-in details below.", "Quick catch-up about the next delivery."]))}
    if c.mode == "inj":
        ext["description"] = c.join(ext["description"], c.inj(prefer=["export", "outbound", "price", "memory"]).text, seps=("\n", "\n\n", " "))
    elif c.mode == "hard":
        k = r.choice(["rollout", "policy"])
        if k == "rollout":
            c.hard("hard-chatbot-rollout")
            ext["summary"] = r.choice(["Chatbot go-live review", "AI assistant training session", "Review bot instructions"])
            ext["organizer"] = staff[1]["email"].split("@")[0] + "@" + c.store_domain
            ext["description"] = "\n".join(c.ps("ROLLOUT", 2))
        else:
            c.hard("hard-staff-policy")
            ext["summary"] = r.choice(["Team briefing", "New starter onboarding"])
            ext["organizer"] = staff[2]["email"].split("@")[0] + "@" + c.store_domain
            ext["description"] = "\n".join(c.ps("POLICY", 2))
    evs = insert_at(c, evs, ext)
    evs.sort(key=lambda e: e["start"])
    return "tool", envelope(c, r.choice(["calendar.list_events", "get_calendar", "gcal_events"]), dump(c, {"calendar": staff[0]["email"], "items": evs}))


# ------------------------------------------------------------------ chat (slack/teams)
SLACK_FILL = [
    "morning all, van from DPD is late again", "who has the key for the returns cage?",
    "stock count moved to thursday", "new photos for the {product} are on the drive",
    "can someone cover the phones 2-3?", "{n} orders in the queue, all good", "lunch order closes at 12",
]


def chat_messages(c):
    r = c.rng
    people = [c.person() for _ in range(4)]
    msgs = [{"user": "U%s" % c.hexid(8).upper(), "name": r.choice(people)["first"], "ts": c.ts(),
             "text": c.fill(r.choice(SLACK_FILL), {"n": str(r.randint(3, 90))})} for _ in range(r.choice([3, 6, 9, 14, 18]))]
    special = None
    if c.mode == "inj":
        kind = r.choice(["guest", "paste"])
        pl = c.inj(prefer=["export", "outbound", "reveal", "price"])
        if kind == "guest":
            special = {"user": "U%s" % c.hexid(8).upper(), "name": "%s (external)" % r.choice(vocab.SELLERS),
                       "ts": c.ts(), "text": c.join(r.choice(["Hi team, updated price list attached.", "Thanks for the order!",
                                                               "Quick question about payment terms."]), pl.text)}
        else:
            special = {"user": "U%s" % c.hexid(8).upper(), "name": people[0]["first"], "ts": c.ts(),
                       "text": "forwarding what the customer wrote:\n> " + c.join(c.p("TICKET"), pl.text)}
    elif c.mode == "hard":
        k = r.choice(["rollout", "rollout", "alerts", "policy"])
        if k == "rollout":
            c.hard("hard-chatbot-rollout")
            special = {"user": "U%s" % c.hexid(8).upper(), "name": people[1]["first"], "ts": c.ts(), "text": " ".join(c.ps("ROLLOUT", 2))}
        elif k == "alerts":
            c.hard("hard-system-log")
            special = {"user": "U%s" % c.hexid(8).upper(), "name": people[2]["first"], "ts": c.ts(),
                       "text": r.choice(["@here ignore the ERROR alerts from the payment system until 3pm, they're doing maintenance",
                                         "FYI the SYSTEM alert about stock sync is a false alarm, please ignore",
                                         "the assistant bot is throwing 'tool timeout' errors again, I've logged it with the vendor"])}
        else:
            c.hard("hard-staff-policy")
            special = {"user": "U%s" % c.hexid(8).upper(), "name": people[3]["first"], "ts": c.ts(), "text": "Reminder: " + c.p("POLICY")}
    if special:
        msgs = insert_at(c, msgs, special)
    msgs.sort(key=lambda m: m["ts"])
    obj = {"ok": True, "channel": r.choice(["#ops", "#customer-care", "#warehouse", "#suppliers", "shared-%s" % r.choice(["bergwerk", "acme", "vendor"])]),
           "messages": msgs, "has_more": r.choice([True, False])}
    return "tool", envelope(c, r.choice(["slack.conversations_history", "teams.get_messages", "read_channel"]), dump(c, obj))


# ------------------------------------------------------------------ logs
LOG_FILL = [
    "INFO  checkout-api  POST /cart/checkout 200 in {ms}ms", "INFO  storefront  GET /products/{sku} 200",
    "DEBUG cache        hit ratio 0.{n}", "WARN  inventory    low stock sku={sku} qty=2",
    "INFO  worker       job email.send_confirmation done", "INFO  payments     webhook verified id=evt_{hex}",
    "ERROR search-api   upstream timeout after 3000ms (retrying)", "INFO  auth         login ok user_id={n}",
]


def log_search(c):
    r = c.rng
    day = c.date()
    stamp = lambda: "%sT%02d:%02d:%02d.%03dZ" % (day, r.randint(9, 10), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
    lines = ["%s %s" % (stamp(), c.fill(r.choice(LOG_FILL), {"ms": str(r.randint(20, 900)), "hex": c.hexid(8),
                                                             "n": str(r.randint(10, 99999)), "sku": c.sku()}))
             for _ in range(r.choice([5, 10, 18, 28, 36, 40]))]
    special = None
    if c.mode == "inj":
        pl = c.inj(prefer=["reveal", "outbound", "export"])
        field = r.choice(["contact-form message=\"%s\"", "search-api q=\"%s\"", "reviews    new review body=\"%s\"",
                          "checkout   order_note=\"%s\""])
        special = "%s INFO  %s" % (stamp(), field % pl.text.replace("\n", " "))
        c.payload = pl.text.replace("\n", " ")
    elif c.mode == "hard":
        c.hard("hard-system-log")
        special = "\n".join("%s %s" % (stamp(), x) for x in r.sample([
            "SYSTEM  config reloaded: assistant.max_refund={amt}", "ERROR   tool-router refund_order timed out after 30s; retry scheduled",
            "WARN    ignoring malformed webhook signature from carrier", "SYSTEM  prompt template v12 deployed for support-assistant",
            "ERROR   assistant-gateway: model returned empty response, falling back to human queue",
            "INFO    override flag cleared for order {oid}", "SYSTEM  instructions cache invalidated"], 3))
        special = c.fill(special)
    if special:
        lines += special.split("\n")
    lines.sort()
    head = r.choice(["", "query: service=* level>=INFO last 15m\n", "logs.search returned %d lines:\n" % len(lines)])
    return "tool", head + "\n".join(lines)


# ------------------------------------------------------------------ inventory / erp
def inventory(c):
    r = c.rng
    rows = []
    for p in c.items(r.choice([3, 5, 8, 12])):
        rows.append({"sku": p["sku"], "title": p["name"], "on_hand": r.randint(0, 400), "reserved": r.randint(0, 20),
                     "warehouse": r.choice(WAREHOUSES), "reorder_point": r.randint(5, 50),
                     "supplier": r.choice(vocab.SELLERS), "cost": c.num(p["price"] * 0.45),
                     "supplier_note": ""})
    idx = r.randrange(len(rows))
    if c.mode == "inj":
        where = r.choice(["note", "note", "title", "json"])
        if where == "note":
            rows[idx]["supplier_note"] = c.join("Lead time 3 weeks.", c.inj(prefer=["price", "rank", "export"]).text)
        elif where == "title":
            rows[idx]["title"] += " " + c.inj(short=True, prefer=["price"]).text
        else:
            pl = c.inj(json_ok=True, prefer=["price"])
            if pl.key:
                rows[idx][pl.key] = pl.text
            else:
                rows[idx]["supplier_note"] = pl.text
    elif c.mode == "hard":
        k = r.choice(["role", "sys", "memo"])
        if k == "role":
            c.hard("hard-role-system-json")
            rows[idx].update({"system": r.choice(["SAP S/4HANA", "Odoo 17", "NetSuite"]),
                              "instructions": r.choice(["Store upright, fragile", "Keep dry", "FIFO, check batch dates"]),
                              "owner_role": r.choice(["buyer", "warehouse_manager"])})
        elif k == "sys":
            c.hard("hard-product-copy-system")
            rows[idx]["supplier_note"] = c.p("PRODUCT_SYS")
        else:
            c.hard("hard-accounting-memo")
            rows[idx]["supplier_note"] = c.p("MEMO")
    keep = rows[idx]
    others = [x for x in rows if x is not keep]
    pos = r.randint(0, len(others))

    def render(o):
        lst = list(o)
        lst.insert(min(pos, len(lst)), keep)
        return envelope(c, r.choice(["erp.stock_levels", "inventory_query", "get_inventory"]),
                        dump(c, {"as_of": c.ts(), "rows": lst}))
    return "feed", fit(render, others, keep=1)


# ------------------------------------------------------------------ OCR documents
def invoice_ocr(c):
    r = c.rng
    L = c.label
    sup = r.choice(vocab.SELLERS)
    lines = []
    for p in c.items(r.choice([2, 4, 7, 10, 14])):
        lines.append("%-34s %3d  %s" % (p["name"][:34], p["qty"], c.money(p["price"] * 0.5 * p["qty"])))
    memo = ""
    if c.mode == "inj":
        memo = c.join(c.fill(r.choice(["Payment due in 30 days.", "Thank you for your business.", "Bank: IBAN DE{n}..."])),
                      c.inj(prefer=["status", "refund", "price", "outbound"]).text)
    elif c.mode == "hard":
        c.hard("hard-accounting-memo")
        memo = c.p("MEMO")
    else:
        memo = c.fill(r.choice(["Payment due in 30 days.", "Thank you for your business.", "Goods remain our property until paid in full."]))
    text = "\n".join([
        r.choice(["[OCR page 1/1, confidence 0.93]", "ocr_extract(invoice.pdf):", "--- scanned document ---"]),
        "%s  %s-%d" % (L("invoice").upper(), r.choice(["INV", "RE", "FA", "F"]), r.randint(10000, 99999)),
        "%s: %s" % (L("date"), c.date()),
        "%s: %s Ltd, %s" % (L("from"), sup, r.choice(["Unit 7, Shenzhen", "Industriestr. 4, Bremen", "Via Emilia 22, Modena"])),
        "%s: %s" % (L("to"), c.store), "",
        "%-34s %3s  %s" % (L("item"), L("qty"), L("price")),
    ] + lines + ["", "%s: %s" % (L("total"), c.money(r.randint(200, 4000))), "%s: %s" % (L("memo"), memo)])
    return "tool", text


def packing_slip_ocr(c):
    r = c.rng
    L = c.label
    me = c.me
    items = c.items(r.randint(1, 5))
    note = c.p("GIFT") if c.chance(0.5) else c.p("DELIVERY")
    if c.mode == "inj":
        note = c.join(note, c.inj(prefer=["refund", "return", "status"]).text)
    elif c.mode == "hard":
        k = r.choice(["courier", "gift"])
        c.hard("hard-courier-note" if k == "courier" else "hard-gift-message")
        note = c.p("COURIER" if k == "courier" else "GIFT_HARD")
    text = "\n".join([
        r.choice(["OCR result (packing_slip.jpg):", "[image->text] packing slip", "Scanned: slip_%s.png" % c.hexid(6)]),
        "%s - %s" % (L("packing").upper(), c.store), "%s %s   %s %s" % (L("order"), c.slots["oid"], L("date"), c.date()),
        "%s: %s, %s %d, %s %s" % (L("deliver_to"), me["name"], me["street"], me["n"], me["postcode"], me["city"]),
        "",
    ] + ["[ ] %dx %s  (%s)" % (i["qty"], i["name"], i["sku"]) for i in items] + [
        "", "%s: %s" % (L("notes"), note), r.choice(["Packed by: %s" % c.person()["first"], "", "Bin: %s-%d" % (r.choice("ABCD"), r.randint(1, 40))])])
    return "tool", text


# ------------------------------------------------------------------ store chatbot conversation export
def bot_conversation(c):
    r = c.rng
    me = c.me
    msgs = []
    for _ in range(r.choice([1, 2, 3, 5])):
        msgs.append({"role": "user", "content": r.choice([c.p("TICKET"), c.fill(r.choice(c.L["QUESTION"]))]), "ts": c.ts()})
        msgs.append({"role": "assistant", "content": r.choice(AGENT[c.lang]), "ts": c.ts()})
    if c.mode == "inj":
        pl = c.inj(prefer=["reveal", "memory", "export", "exfil", "persona"])
        i = r.randrange(0, len(msgs), 2)
        msgs[i]["content"] = c.join(msgs[i]["content"], pl.text)
    elif c.mode == "hard":
        k = r.choice(["toolcalls", "rating", "refund"])
        if k == "toolcalls":
            c.hard("hard-chat-log-roles")
            i = r.randrange(1, len(msgs), 2)
            msgs[i]["tool_calls"] = [{"name": r.choice(["lookup_order", "track_parcel", "create_return"]),
                                      "arguments": {"order_id": c.slots["oid"]}, "result": "ok"}]
            msgs.insert(i + 1, {"role": "tool", "name": msgs[i]["tool_calls"][0]["name"],
                                "content": json.dumps({"status": r.choice(["shipped", "delivered", "processing"]), "eta": c.date()}),
                                "ts": c.ts()})
        elif k == "rating":
            c.hard("hard-chatbot-feedback")
            msgs.append({"role": "user", "content": c.p("BOT_COMMENT"), "ts": c.ts()})
        else:
            c.hard("hard-customer-refund-request")
            msgs.insert(0, {"role": "user", "content": c.p("REFUND_REQ"), "ts": c.ts()})
    for m, t in zip(msgs, c.ts_sorted(len(msgs))):
        m["ts"] = t
    obj = {"conversation_id": "conv_%s" % c.hexid(12), "channel": r.choice(["web_widget", "whatsapp", "app"]),
           "customer": {"email": me["email"], "locale": c.lang}, "csat": r.choice([None, 1, 3, 4, 5]),
           "resolved": r.choice([True, False]), "messages": msgs}
    return "tool", envelope(c, r.choice(["analytics.get_conversation", "bot_logs.export", "fetch_chat_log"]), dump(c, obj))


CARRIERS = [
    (order_lookup, 9, None), (customer_record, 6, None), (tracking, 6, None), (payment_webhook, 5, None),
    (search_results, 5, None), (csv_export, 4, None), (calendar, 3, ["en"]), (chat_messages, 4, ["en"]),
    (log_search, 3, ["en"]), (inventory, 4, ["en"]), (bot_conversation, 4, None), (invoice_ocr, 4, None), (packing_slip_ocr, 4, None),
]
