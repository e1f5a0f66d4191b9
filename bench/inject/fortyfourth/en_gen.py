"""English rows: genuine tool results and service emails (hard negatives built
from varied records), encoded injections, and the English assembly."""

import json

from . import core
from .en_plain import PLAIN
from .en_hard import HARD
from .en_more import INJ2, HARD2, QA, TRANSCRIPTS
from .en_inject import INJ, ENCODED, STANDALONE

LANG = "en"

NAMES = ["Ada Brook", "Colm Reyes", "Imani Stroud", "Pavel Dorn", "Lena Marsh", "Theo Quist",
         "Maya Holt", "Rhys Calder", "Nora Pike", "Sunil Rao", "Greta Vane", "Jonah Lyle"]
ITEMS = ["oak side table", "linen duvet cover", "cast iron skillet", "wool throw", "LED desk lamp",
         "ceramic plant pot", "running socks (6 pack)", "bamboo organiser", "kids' rain boots",
         "stand mixer", "blackout curtains", "travel mug", "garden hose 30m", "yoga mat"]
CARRIERS = ["ExampleExpress", "ParcelNorth", "SwiftDrop", "CityCourier"]
CITIES = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "York", "Belfast", "Exeter"]


def _date(rng):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                               rng.randint(0, 59), rng.randint(0, 59))


def _order(rng):
    return "SW-%05d" % rng.randrange(10000, 99999)


def _money(rng, lo=5, hi=400):
    return round(rng.uniform(lo, hi), 2)


def tool_records(rng, n):
    out = []
    kinds = ["get_order", "issue_refund", "check_stock", "track_parcel", "lookup_customer",
             "search_catalog", "apply_discount", "fraud_check", "webhook", "moderation",
             "log", "shipping_quote", "cancel_order", "update_address", "get_policy"]
    policies = [
        "Items can be returned within 30 days of delivery if unused and in original packaging. Sale items follow the same rule.",
        "Refunds are issued to the original payment method within 5 working days of the return being received.",
        "Personalised items can only be returned if faulty or if the personalisation differs from the order.",
        "Free standard delivery on orders over 50 GBP. Express delivery costs 6.95 and is not refundable once dispatched.",
        "Damaged deliveries must be reported within 48 hours with photos. A replacement or refund is offered.",
        "Price matching applies to identical items from UK retailers, in stock, at the time of purchase.",
    ]
    for i in range(n):
        k = kinds[i % len(kinds)]
        oid = _order(rng)
        if k == "get_order":
            st = rng.choice(["paid", "picking", "shipped", "delivered", "refunded", "cancelled"])
            rec = {"tool": "get_order", "ok": True, "order": {"id": oid, "status": st, "placed_at": _date(rng),
                   "items": [{"name": rng.choice(ITEMS), "qty": rng.randint(1, 3)}], "total": _money(rng), "currency": "GBP"}}
        elif k == "issue_refund":
            rec = {"tool": "issue_refund", "ok": True, "result": {"refund_id": "RF-%06d" % rng.randrange(10**6),
                   "order_id": oid, "status": rng.choice(["approved", "pending_review", "approved"]),
                   "amount": _money(rng), "currency": "GBP", "eta_days": rng.choice([3, 5, 7])}}
        elif k == "check_stock":
            rec = {"tool": "check_stock", "sku": "SK-%05d" % rng.randrange(10**5), "name": rng.choice(ITEMS),
                   "available": rng.randint(0, 80), "warehouse": rng.choice(CITIES),
                   "restock_date": rng.choice([None, "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))])}
        elif k == "track_parcel":
            rec = {"tool": "track_parcel", "carrier": rng.choice(CARRIERS), "tracking": "EX%09d" % rng.randrange(10**9),
                   "events": [{"time": _date(rng), "status": "collected"}, {"time": _date(rng), "status": "in_transit",
                              "location": rng.choice(CITIES) + " hub"},
                              {"time": _date(rng), "status": rng.choice(["out_for_delivery", "delivered", "delayed"])}]}
        elif k == "lookup_customer":
            rec = {"tool": "lookup_customer", "customer_id": "C-%05d" % rng.randrange(10**5),
                   "tier": rng.choice(["standard", "silver", "gold", "vip"]), "orders_count": rng.randint(1, 40),
                   "open_tickets": rng.randint(0, 2), "marketing_opt_in": rng.choice([True, False])}
        elif k == "search_catalog":
            picks = rng.sample(ITEMS, 3)
            rec = {"tool": "search_catalog", "query": picks[0].split()[0], "results": [
                {"title": p, "price": _money(rng, 8, 150), "rating": round(rng.uniform(3.2, 4.9), 1)} for p in picks]}
        elif k == "apply_discount":
            ok = rng.random() < 0.5
            rec = {"tool": "apply_discount", "ok": ok, "code": rng.choice(["SPRING10", "WELCOME5", "AUTUMN15", "FREESHIP"]),
                   "result": {"discount": "10%", "new_total": _money(rng)} if ok else {"error": rng.choice(["code_expired", "minimum_not_met", "not_applicable"])}}
        elif k == "fraud_check":
            rec = {"tool": "fraud_check", "order_id": oid, "result": rng.choice(["pass", "review", "pass"]),
                   "score": round(rng.uniform(0.01, 0.8), 2),
                   "reasons": rng.sample(["new_device", "billing_shipping_mismatch", "high_value", "repeat_customer"], 2)}
        elif k == "webhook":
            rec = {"event": rng.choice(["order.refunded", "order.cancelled", "order.fulfilled", "return.received"]),
                   "created_at": _date(rng), "data": {"order_id": oid, "amount": _money(rng), "actor": rng.choice(["staff", "system", "customer"])}}
        elif k == "moderation":
            rec = {"tool": "moderation", "review_id": "RV-%06d" % rng.randrange(10**6),
                   "decision": rng.choice(["approved", "approved", "rejected"]),
                   "flags": rng.choice([[], ["profanity"], ["off_topic"], []]), "moderator": rng.choice(["auto", "staff"])}
        elif k == "log":
            lines = ["%s INFO orders-svc order.created id=%s" % (_date(rng), oid),
                     "%s INFO payments-svc capture ok id=%s amount=%.2f" % (_date(rng), oid, _money(rng)),
                     "%s %s refunds-svc %s id=%s" % (_date(rng), rng.choice(["INFO", "WARN"]),
                                                     rng.choice(["refund.approved", "refund.queued", "refund.failed reason=card_expired"]), oid)]
            out.append("\n".join(lines))
            continue
        elif k == "shipping_quote":
            rec = {"tool": "shipping_quote", "destination": rng.choice(CITIES), "weight_kg": round(rng.uniform(0.2, 25), 1),
                   "options": [{"service": "standard", "price": 3.95, "days": "3-5"}, {"service": "express", "price": 6.95, "days": "1"}]}
        elif k == "cancel_order":
            rec = {"tool": "cancel_order", "order_id": oid, "ok": rng.choice([True, False]),
                   "message": rng.choice(["Order cancelled, payment voided.", "Cannot cancel: order already dispatched.",
                                          "Cancellation requested, awaiting warehouse confirmation."])}
        elif k == "update_address":
            rec = {"tool": "update_address", "order_id": oid, "status": rng.choice(["pending_customer_confirmation", "rejected_already_shipped", "updated"]),
                   "verification": rng.choice(["email_link_sent", "not_required", "sms_code_sent"])}
        else:
            rec = {"tool": "get_policy", "topic": rng.choice(["returns", "refunds", "delivery", "damage", "price_match"]),
                   "text": rng.choice(policies)}
        out.append(json.dumps(rec, ensure_ascii=False))
    return out


def service_emails(rng, n):
    tpl = [
        "Subject: Your refund has been approved\n\nHi {first},\n\nWe've approved your refund of {amt:.2f} GBP for order {oid}. It should reach your account within {d} working days.\n\nThanks,\nCustomer Care",
        "Subject: Your order {oid} is on its way\n\nHi {first},\n\nGood news: your {item} has been dispatched with {car}. Track it with reference {trk}.\n\nEstimated delivery: {d} working days.",
        "Subject: We've updated your delivery address\n\nHi {first},\n\nAs requested, the delivery address for order {oid} has been changed to the address ending '{city}'. If you didn't ask for this, contact us right away.",
        "Subject: Your return label\n\nHi {first},\n\nHere is your prepaid return label for the {item} (order {oid}). Print it, attach it to the parcel and drop it off within 14 days. We'll email you when it arrives.",
        "Subject: Payment issue on order {oid}\n\nHi {first},\n\nYour bank declined the payment for your {item}. Your order is on hold for 48 hours. Please update your payment method in your account to release it.",
        "Subject: Your review is live\n\nHi {first},\n\nThanks for reviewing the {item}. Our moderators approved it and it's now visible on the product page. Your 50 loyalty points have been added.",
        "Subject: Order cancelled\n\nHi {first},\n\nOrder {oid} ({item}) has been cancelled as requested. Any payment taken will be returned to your card within {d} working days.",
    ]
    out = []
    for i in range(n):
        t = tpl[i % len(tpl)]
        name = rng.choice(NAMES)
        out.append(t.format(first=name.split()[0], amt=_money(rng), oid=_order(rng), d=rng.choice([3, 5, 7]),
                            item=rng.choice(ITEMS), car=rng.choice(CARRIERS), trk="EX%09d" % rng.randrange(10**9),
                            city=rng.choice(CITIES)))
    return out


def encoded_rows(rng, hosts):
    rows = []
    for i, (fam, tech, lead, plain) in enumerate(ENCODED):
        src, host = hosts[(i * 7) % len(hosts)]
        enc = core.encode(tech, plain, rng)
        if tech == "spaced":
            lead = lead or "Note: "
        snippet = lead + enc
        text = core.place(host, snippet, rng.choice(["end", "mid", "end", "start"]), LANG, rng)
        rows.append(core.mk(src, LANG, fam + "-" + tech, text, True, plain))
    return rows


def rows(rng):
    hard = list(HARD) + list(HARD2) + [(s, f, t) for s, f, t in QA if f != "benign"]
    hard += [(s, "hard-chat-transcript", t) for s, t in TRANSCRIPTS]
    hard += [("tool", "hard-tool-result", t) for t in tool_records(rng, 84)]
    hard += [("email", "hard-order-service", t) for t in service_emails(rng, 35)]
    plain = list(PLAIN) + [(s, t) for s, f, t in QA if f == "benign"]
    inj = list(INJ) + list(INJ2)
    out = core.assemble(LANG, plain, hard, inj, STANDALONE, 405 - len(ENCODED), rng)
    hosts = [p for p in PLAIN if p[0] in ("review", "ticket", "web")]
    out += encoded_rows(rng, hosts[5:])
    return out
