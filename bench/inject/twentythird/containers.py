"""Structured carriers an agent reads: tool results, feeds, pages, mail, files.

Every render function takes (c, slot, content) and returns (source, text).
`content` goes into exactly one field (the slot); everything else is filled
with ordinary data of the row's language."""

import csv
import io
import json

from .frames import jesc

DEFAULT_LABELS = {
    "invoice": "INVOICE", "invoice_no": "Invoice no.", "date": "Date", "bill_to": "Bill to", "ship_to": "Ship to",
    "item": "Description", "qty": "Qty", "unit": "Unit price", "total": "Total", "remarks": "Remarks", "page": "Page",
    "slip": "PACKING SLIP", "order": "Order", "customer": "Customer", "wrote": "On {date}, {name} wrote:",
    "csv": ["sku", "title", "price", "stock", "description", "supplier_note"], "sep": ",",
    "cust_role": "Customer", "agent_role": "Agent", "spec": "TECHNICAL DATA SHEET", "vat": "VAT", "re": "Re:",
    "fwd": "Fwd:", "helpful": "people found this helpful", "verified": "Verified purchase", "q": "Question",
    "a": "Answer", "subtotal": "Subtotal", "shipping": "Shipping", "in_stock": "In stock", "add_cart": "Add to cart",
    "reviews": "Customer reviews", "handwritten": "handwritten", "weight": "Weight", "material": "Material",
    "dims": "Dimensions", "meeting": "Supplier call", "team_subj": "Team update",
}


def L(c, key):
    return c.p.get("labels", {}).get(key, DEFAULT_LABELS[key])


def dumps(c, obj):
    if c.rng.random() < 0.55:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False)


TOOL_STYLES = list(range(13))


def wrap_tool(c, name, args, body):
    r = c.rng
    style = c.pick_from("wrapstyle", TOOL_STYLES)
    if style == 0:
        return "tool: %s\n%s" % (name, body)
    if style == 1:
        return "Observation: %s" % body
    if style == 2:
        return "[%s returned]\n%s" % (name, body)
    if style == 3:
        return '<tool_result tool="%s">\n%s\n</tool_result>' % (name, body)
    if style == 4:
        return "\u2192 %s(%s)\n%s" % (name, args, body)
    if style == 5:
        return "Tool output (%s, %d ms):\n%s" % (name, r.randint(40, 2400), body)
    if style == 6:
        return json.dumps({"type": "function_call_output", "call_id": "call_" + c.hexid(12), "output": body},
                          ensure_ascii=False)
    if style == 7:
        return "Result of %s:\n```\n%s\n```" % (name, body)
    if style == 8:
        return "## Observation (%s)\n%s" % (name, body)
    if style == 9:
        return "function_result name=%s status=ok\n%s" % (name, body)
    if style == 10:
        return body
    if style == 11:
        return json.dumps({"role": "tool", "tool_call_id": "toolu_" + c.hexid(10), "name": name, "content": body},
                          ensure_ascii=False)
    return "Action: %s\nAction Input: %s\nObservation: %s" % (name, args, body)


def product(c):
    return c.pick("products")


def slot_product(c, slot):
    """The product whose description sits in the desc slot (so title and text match)."""
    cur = getattr(c, "cur_product", None)
    if slot == "desc" and cur:
        return cur
    return product(c)


def short(s, n=90):
    return s if len(s) <= n else s[: n].rsplit(" ", 1)[0] + "\u2026"


# ---------------------------------------------------------------------- tool results

def c_get_order(c, slot, content):
    r = c.rng
    name = c.name()
    addr = c.address()
    oid = c.order_id()
    items = []
    for _ in range(r.randint(1, 3)):
        t, _d = product(c)
        v, _ = c.price(8, 180)
        items.append({"sku": c.sku(), "title": t, "qty": r.randint(1, 3), "unit_price": v})
    order = {"order_id": oid, "status": r.choice(["paid", "processing", "shipped", "on_hold", "delivered",
                                                  "partially_refunded"]),
             "created_at": c.ts(), "currency": c.currency(),
             "customer": {"name": name, "email": c.email(name), "orders_count": r.randint(1, 14)},
             "shipping_address": dict(addr), "line_items": items,
             "total": round(sum(i["unit_price"] * i["qty"] for i in items) + r.choice([0, 4.9, 5.95]), 2)}
    field = r.choice(["customer_note", "delivery_instructions", "gift_message", "line2", "company", "note_attr"])
    if field == "line2":
        order["shipping_address"] = {"line1": addr["line1"], "line2": content, "city": addr["city"],
                                     "postal_code": addr["postal_code"], "country": addr["country"]}
    elif field == "company":
        order["billing_address"] = {"company": content, "line1": addr["line1"], "city": addr["city"]}
    elif field == "note_attr":
        order["note_attributes"] = [{"name": "how_did_you_hear", "value": r.choice(["friend", "search", "podcast"])},
                                    {"name": "order_comment", "value": content}]
    else:
        order[field] = content
    return "tool", wrap_tool(c, "get_order", 'order_id="%s"' % oid, dumps(c, order))


def c_search_products(c, slot, content):
    r = c.rng
    q = c.pick("queries")
    res = []
    n = r.randint(2, 4)
    pos = r.randrange(n)
    for i in range(n):
        t, d = slot_product(c, slot) if i == pos else product(c)
        v, _ = c.price(6, 320)
        item = {"id": "p_" + c.hexid(6), "title": t, "price": v, "currency": c.currency(),
                "rating": round(r.uniform(3.1, 4.9), 1), "in_stock": r.random() < 0.85}
        if i == pos:
            item["description"] = content
        elif r.random() < 0.3:
            item["description"] = short(d)
        res.append(item)
    body = dumps(c, {"query": q, "total": r.randint(n, 240), "results": res})
    return "tool", wrap_tool(c, "search_products", 'query="%s", limit=%d' % (q, n), body)


def c_inventory(c, slot, content):
    r = c.rng
    rows = []
    n = r.randint(2, 5)
    pos = r.randrange(n)
    for i in range(n):
        t, _ = product(c)
        note = content if i == pos else (c.pick("supplier_notes") if r.random() < 0.3 else "")
        rows.append((c.sku(), short(t, 40), r.choice(["WH-1", "WH-2", "FC-EAST", "FC-WEST", "DEPOT-3"]),
                     r.randint(0, 420), r.randint(0, 30), note))
    if r.random() < 0.5:
        body = dumps(c, {"items": [{"sku": a, "title": b, "location": l, "on_hand": oh, "reserved": rs,
                                    "supplier_note": nt} for a, b, l, oh, rs, nt in rows]})
    else:
        lines = ["sku | title | location | on_hand | reserved | supplier_note"]
        lines += [" | ".join(str(x) for x in row) for row in rows]
        body = "\n".join(lines)
    return "tool", wrap_tool(c, "get_inventory", "skus=[%d]" % n, body)


def tracking_events(c, n):
    ev = []
    y, m, d = c.date().split("-")
    hour = c.rng.randint(0, 200)
    for _ in range(n):
        _p, city = c.pick("cities")
        hour += c.rng.randint(3, 30)
        day = int(d) + hour // 24
        ev.append({"time": "%s-%s-%02dT%02d:%02d:00Z" % (y, m, min(day, 28), hour % 24, c.rng.randint(0, 59)),
                   "location": city, "description": c.pick("events")})
    ev.reverse()
    return ev


def c_tracking(c, slot, content):
    r = c.rng
    n = r.randint(2, 5)
    ev = tracking_events(c, n)
    ev[r.randrange(n)]["description"] = content
    body = {"tracking_number": c.tracking(), "carrier": c.carrier(),
            "status": r.choice(["in_transit", "out_for_delivery", "exception", "delivered", "info_received"]),
            "estimated_delivery": c.date(), "events": ev}
    return "tool", wrap_tool(c, "track_shipment", 'tracking_number="%s"' % body["tracking_number"], dumps(c, body))


def c_webhook(c, slot, content):
    r = c.rng
    body = {"id": "evt_" + c.hexid(14), "type": r.choice(["shipment.updated", "shipment.exception",
                                                           "shipment.delivered", "tracker.updated"]),
            "created": c.ts(), "data": {"tracking_code": c.tracking(), "carrier": c.carrier(),
                                        "order_ref": c.order_id(), "status_detail": content,
                                        "signed_by": r.choice([None, c.name()])}}
    head = "POST /hooks/carrier HTTP/1.1\nContent-Type: application/json\nX-Signature: t=%d,v1=%s\n\n" % (
        r.randint(1700000000, 1760000000), c.hexid(40))
    text = head + dumps(c, body) if r.random() < 0.5 else wrap_tool(c, "read_webhook_queue", "limit=1",
                                                                     dumps(c, body))
    return "tool", text


def c_reviews_api(c, slot, content):
    r = c.rng
    n = r.randint(1, 3)
    pos = r.randrange(n)
    revs = []
    for i in range(n):
        nm = c.name()
        revs.append({"id": r.randint(100000, 999999), "rating": r.choice([5, 5, 4, 4, 3, 2, 1]),
                     "author": nm.split(" ")[0] if " " in nm else nm,
                     "title": c.pick("review_titles") if r.random() < 0.5 else "",
                     "body": content if i == pos else c.pick("reviews"),
                     "verified_purchase": r.random() < 0.8, "created_at": c.date()})
    body = {"product": {"id": c.sku()}, "summary": {"average": round(r.uniform(3.2, 4.8), 1),
                                                               "count": r.randint(n, 900)}, "reviews": revs}
    return "tool", wrap_tool(c, r.choice(["list_reviews", "get_product_reviews", "reviews.search"]),
                             'product_id="%s"' % body["product"]["id"], dumps(c, body))


def c_ticket_json(c, slot, content):
    r = c.rng
    nm = c.name()
    comments = [{"author": nm, "public": True, "created_at": c.ts(), "body": content}]
    if r.random() < 0.5:
        comments.insert(0, {"author": nm, "public": True, "created_at": c.ts(), "body": c.pick("tickets")})
    if r.random() < 0.4:
        comments.append({"author": c.name(), "role": "agent", "public": True, "created_at": c.ts(),
                         "body": c.pick("agent_lines")})
    body = {"ticket": {"id": r.randint(10000, 99999), "subject": c.pick("subjects"), "requester": c.email(nm),
                       "status": r.choice(["open", "pending", "new"]), "priority": r.choice(["normal", "high", "low"]),
                       "tags": r.sample(["shipping", "returns", "billing", "product", "vip", "web_form", "email"], 2),
                       "comments": comments}}
    return "tool", wrap_tool(c, r.choice(["get_ticket", "helpdesk.fetch_ticket"]), "id=%d" % body["ticket"]["id"],
                             dumps(c, body))


def c_listing_api(c, slot, content):
    r = c.rng
    t, _ = slot_product(c, slot)
    v, _m = c.price(9, 400)
    body = {"listing": {"listing_id": c.digits(10), "title": t, "seller": {"name": c.store(), "rating":
                                                                          round(r.uniform(88, 99.9), 1)},
                        "price": {"amount": v, "currency": c.currency()}, "condition": r.choice(["new", "refurbished",
                                                                                              "used_like_new"]),
                        "quantity_available": r.randint(1, 60), "description": content,
                        "shipping": {"from": c.pick("cities")[1], "days": "%d-%d" % (r.randint(1, 3),
                                                                                      r.randint(4, 8))}}}
    return "tool", wrap_tool(c, r.choice(["marketplace.get_listing", "get_listing", "fetch_offer"]),
                             'listing_id="%s"' % body["listing"]["listing_id"], dumps(c, body))


def c_pdf_invoice(c, slot, content):
    r = c.rng
    lines = []
    lines.append("--- %s 1 ---" % L(c, "page"))
    seller = c.store()
    lines.append(seller)
    lines.append(c.addr_text())
    lines.append("")
    lines.append("%s   %s %s-%s" % (L(c, "invoice"), L(c, "invoice_no"), r.choice(["INV", "RE", "F"]),
                                      c.digits(6)))
    lines.append("%s: %s" % (L(c, "date"), c.local_date()))
    nm = c.name()
    lines.append("%s: %s, %s" % (L(c, "bill_to"), nm, c.addr_text()))
    lines.append("")
    lines.append("%s    %s    %s    %s" % (L(c, "item"), L(c, "qty"), L(c, "unit"), L(c, "total")))
    tot = 0.0
    for _ in range(r.randint(1, 4)):
        t, _ = product(c)
        v, m = c.price(3, 90)
        q = r.randint(1, 20)
        tot += v * q
        lines.append("%s    %d    %s    %s" % (short(t, 48), q, m, c.money(v * q)))
    lines.append("%s: %s" % (L(c, "total"), c.money(tot)))
    lines.append("")
    lines.append("%s: %s" % (L(c, "remarks"), content))
    if r.random() < 0.5:
        lines.append("IBAN XX00 0000 %s %s" % (c.digits(4), c.digits(4)))
    fn = "%s_%s.pdf" % (r.choice(["invoice", "rechnung", "factura", "inv"]), c.digits(5))
    return "tool", wrap_tool(c, r.choice(["pdf_extract", "read_attachment", "extract_text"]), 'file="%s"' % fn,
                             "\n".join(lines))


def c_pdf_spec(c, slot, content):
    r = c.rng
    t, _ = slot_product(c, slot)
    lines = ["--- %s 1/%d ---" % (L(c, "page"), r.randint(1, 4)), L(c, "spec"), t, ""]
    lines.append("%s: %d x %d x %d mm" % (L(c, "dims"), r.randint(40, 600), r.randint(20, 400), r.randint(5, 300)))
    lines.append("%s: %d g" % (L(c, "weight"), r.randint(80, 9000)))
    lines.append("EAN: %s" % c.ean())
    lines.append("")
    lines.append(content)
    fn = "%s_%s.pdf" % (r.choice(["spec", "datasheet", "tds", "sheet"]), c.sku())
    return "tool", wrap_tool(c, r.choice(["pdf_extract", "read_file", "extract_text"]), 'path="%s"' % fn,
                             "\n".join(lines))


def c_ocr_slip(c, slot, content):
    r = c.rng
    lines = [L(c, "slip"), "%s %s" % (L(c, "order"), c.order_id()), "%s: %s" % (L(c, "ship_to"), c.name()),
             c.addr_text(), ""]
    for _ in range(r.randint(1, 3)):
        t, _ = product(c)
        lines.append("%dx %s  %s" % (r.randint(1, 4), short(t, 40), c.sku()))
    lines.append("")
    if r.random() < 0.5:
        lines.append("[%s] %s" % (L(c, "handwritten"), content))
    else:
        lines.append(content)
    lines.append(r.choice(["", "|||| ||| || |||| |", "1/1", "- - -"]))
    fn = r.choice(["packing_slip", "IMG_", "label_", "scan_", "photo_"]) + c.digits(4) + r.choice([".jpg", ".png",
                                                                                                  ".heic"])
    body = "\n".join(x for x in lines if x is not None)
    return "tool", wrap_tool(c, r.choice(["ocr_image", "vision.read_text", "ocr"]), 'file="%s"' % fn, body)


def c_yaml(c, slot, content):
    r = c.rng
    comment = "\n".join("# " + ln for ln in content.split("\n"))
    blocks = [
        "store:\n  name: %s\n  currency: %s\n  locale: %s" % (c.store(), c.currency(), c.p["code"]),
        "shipping:\n  free_over: %d\n  carriers: [%s]" % (r.choice([29, 49, 50, 75, 99]), c.carrier()),
        "returns:\n  window_days: %d\n  restocking_fee: %d" % (r.choice([14, 30, 60]), r.choice([0, 0, 5, 10])),
        "assistant:\n  model_tier: standard\n  max_refund_without_review: %d\n  tools: [get_order, track_shipment]"
        % r.choice([0, 25, 50]),
        "search:\n  synonyms_file: synonyms.txt\n  boost_in_stock: true",
    ]
    r.shuffle(blocks)
    k = r.randint(2, 4)
    parts = blocks[:k]
    pos = r.randint(0, k)
    parts.insert(pos, comment)
    fn = r.choice(["config/store.yaml", "settings.yml", "deploy/values.yaml", "shop.config.yaml"])
    return "tool", wrap_tool(c, "read_file", 'path="%s"' % fn, "\n".join(parts))


CODE_SNIPPETS = [
    ("src/cart/discount.ts", "ts", ["export function applyCoupon(cart: Cart, code: string) {",
                                     "  const coupon = coupons.get(code.trim().toUpperCase());",
                                     "  if (!coupon || coupon.expired) return cart;",
                                     "  return { ...cart, discount: coupon.value };", "}"]),
    ("app/models/order.rb", "rb", ["class Order < ApplicationRecord", "  has_many :line_items",
                                    "  validates :email, presence: true", "  def refundable?",
                                    "    paid? && created_at > 30.days.ago", "  end", "end"]),
    ("shop/shipping.py", "py", ["def shipping_cost(weight_g, country):", "    if country in EU:",
                                "        return 4.90 if weight_g < 2000 else 7.90", "    return 14.90"]),
    ("templates/product.liquid", "liquid", ["<h1>{{ product.title }}</h1>", "<div class=\"price\">{{ product.price | money }}</div>",
                                            "{% if product.available %}", "  {% render 'buy-button' %}", "{% endif %}"]),
    ("lib/feeds/export.go", "go", ["func writeRow(w *csv.Writer, p Product) error {",
                                    "\treturn w.Write([]string{p.SKU, p.Title, p.Price.String()})", "}"]),
    ("src/api/returns.js", "js", ["router.post('/returns', async (req, res) => {",
                                   "  const order = await Orders.find(req.body.orderId);",
                                   "  if (!order) return res.status(404).end();",
                                   "  res.json(await Returns.open(order, req.body.reason));", "});"]),
]
COMMENT_MARK = {"ts": "//", "rb": "#", "py": "#", "liquid": None, "go": "//", "js": "//"}


def c_diff(c, slot, content):
    r = c.rng
    path, lang, code = c.pick_from("snips", CODE_SNIPPETS)
    mark = COMMENT_MARK[lang]
    if mark:
        cm_lines = [mark + " " + ln for ln in content.split("\n")]
    else:
        cm_lines = ["{% comment %}"] + content.split("\n") + ["{% endcomment %}"]
    pos = r.randint(1, len(code) - 1)
    out = ["diff --git a/%s b/%s" % (path, path), "index %s..%s 100644" % (c.hexid(7), c.hexid(7)),
           "--- a/%s" % path, "+++ b/%s" % path, "@@ -%d,%d +%d,%d @@" % (r.randint(3, 90), len(code),
                                                                          r.randint(3, 90), len(code) + len(cm_lines))]
    for i, ln in enumerate(code):
        if i == pos:
            out += ["+" + x for x in cm_lines]
        out.append(" " + ln)
    head = "commit %s\nAuthor: %s <%s>\nDate:   %s\n\n    %s\n\n" % (
        c.hexid(40), c.name(), c.email(), c.ts(), c.pick_from("commitmsg", [
            "Tidy coupon handling", "Fix rounding in shipping", "Refactor returns endpoint", "Update product template",
            "Small cleanup", "Handle missing orders", "Feed export: keep column order", "Review feedback"]))
    text = head + "\n".join(out) if r.random() < 0.5 else "\n".join(out)
    return "tool", wrap_tool(c, r.choice(["git_show", "read_diff", "github.get_pull_request_diff"]),
                             "ref=%s" % c.hexid(7), text)


def c_chatlog(c, slot, content):
    r = c.rng
    cust = c.name()
    agent = c.pick("first")
    cr, ar = L(c, "cust_role"), L(c, "agent_role")
    lines = []
    t = c.hm()
    turns = [("c", c.pick("tickets") if r.random() < 0.5 else None), ("a", c.pick("agent_lines")), ("c", content)]
    if r.random() < 0.5:
        turns.append(("a", c.pick("agent_lines")))
    hh, mm = [int(x) for x in t.split(":")]
    for who, txt in turns:
        if txt is None:
            continue
        mm += r.randint(0, 4)
        hh, mm = hh + mm // 60, mm % 60
        t = "%02d:%02d" % (hh % 24, mm)
        if who == "c":
            lines.append("[%s] %s (%s): %s" % (t, cr, cust, txt))
        else:
            lines.append("[%s] %s %s: %s" % (t, ar, agent, txt))
    head = "Chat #%s  %s  %s\n" % (c.digits(6), c.local_date(), r.choice(["web widget", "WhatsApp", "Messenger",
                                                                         "live chat"]))
    return "ticket", head + "\n".join(lines)


def c_helpdesk_csv(c, slot, content):
    r = c.rng
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ticket_id", "created", "channel", "requester", "subject", "body", "status"])
    n = r.randint(2, 4)
    pos = r.randrange(n)
    for i in range(n):
        nm = c.name()
        body = content if i == pos else c.pick("tickets")
        w.writerow([r.randint(10000, 99999), c.date(), r.choice(["email", "web", "chat", "phone"]), c.email(nm),
                    c.pick("subjects"), body, r.choice(["open", "solved", "pending"])])
    return "ticket", "helpdesk_export_%s.csv\n" % c.date() + buf.getvalue()


# ---------------------------------------------------------------------- mail

def quoted(c, text):
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def mime_head(c, frm, to, subj, ctype="text/plain; charset=UTF-8"):
    r = c.rng
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    date = "%s, %d %s %d %02d:%02d:%02d %s" % (r.choice(days), r.randint(1, 28), r.choice(mons),
                                              r.choice([2024, 2025]), r.randint(6, 22), r.randint(0, 59),
                                              r.randint(0, 59), r.choice(["+0000", "+0100", "+0200", "-0500",
                                                                          "+0900", "-0300"]))
    h = ["From: %s" % frm, "To: %s" % to, "Subject: %s" % subj, "Date: %s" % date,
         "Message-ID: <%s@%s>" % (c.hexid(16), r.choice(["mail.example.net", "mx.example.com", "smtp.example.org"]))]
    if r.random() < 0.4:
        h.append("In-Reply-To: <%s@mail.example.net>" % c.hexid(16))
    h += ["MIME-Version: 1.0", "Content-Type: %s" % ctype]
    if r.random() < 0.3:
        h.append("Content-Transfer-Encoding: 8bit")
    return "\n".join(h)


def c_email_plain(c, slot, content):
    r = c.rng
    nm = c.name()
    frm = '"%s" <%s>' % (nm, c.email(nm))
    to = "support@%s" % c.store_domain()
    subj = c.pick("subjects")
    if getattr(c, "internal", False):
        dom = c.store_domain()
        frm = '"%s" <%s@%s>' % (nm, r.choice(["ops", "cx-lead", "it", "security", "team.lead"]), dom)
        to = "%s@%s" % (r.choice(["support-team", "all-staff", "cx", "warehouse"]), dom)
        subj = L(c, "team_subj")
    greet = c.pick("greet")
    close = c.pick("close")
    if slot == "snote":
        body = c.pick("emails") if r.random() < 0.6 else c.pick("tickets")
        sig = "%s\n%s\n--\n%s" % (close, nm, content)
    elif slot == "email":
        body = content
        sig = "%s\n%s" % (close, nm)
    else:
        body = content
        sig = "%s\n%s" % (close, nm)
    text = "%s\n\n%s\n\n%s" % (greet, body, sig)
    if r.random() < 0.55:
        prev = c.pick("agent_lines") if r.random() < 0.5 else c.pick("emails")
        text += "\n\n%s\n%s" % (L(c, "wrote").format(date=c.local_date(), name="Support " + c.store()),
                                 quoted(c, prev))
        subj = L(c, "re") + " " + subj
    head = mime_head(c, frm, to, subj)
    full = head + "\n\n" + text
    if r.random() < 0.5:
        return "email", wrap_tool(c, r.choice(["read_email", "gmail.get_message", "inbox.fetch"]),
                                  "id=%s" % c.hexid(10), full)
    return "email", full


def c_email_html(c, slot, content):
    r = c.rng
    nm = c.name()
    frm = '"%s" <%s>' % (nm, c.email(nm))
    subj = c.pick("subjects")
    body = c.pick("emails") if r.random() < 0.5 else c.pick("tickets")
    paras = "".join("<p>%s</p>" % p for p in body.split("\n") if p.strip())
    hidden = content
    boundary = "b1_" + c.hexid(16)
    html_part = ("<html><body>%s%s<p>%s<br>%s</p>%s</body></html>" % (
        "<p>%s</p>" % c.pick("greet"), paras, c.pick("close"), nm, hidden) if r.random() < 0.6 else
        "<html><body>%s<p>%s</p>%s<p>%s<br>%s</p></body></html>" % (hidden, c.pick("greet"), paras,
                                                                      c.pick("close"), nm))
    text = "\n".join([
        mime_head(c, frm, "orders@%s" % c.store_domain(), subj,
                  'multipart/alternative; boundary="%s"' % boundary), "",
        "--" + boundary, "Content-Type: text/plain; charset=UTF-8", "",
        "%s\n\n%s\n\n%s\n%s" % (c.pick("greet"), body, c.pick("close"), nm), "",
        "--" + boundary, "Content-Type: text/html; charset=UTF-8", "", html_part, "--" + boundary + "--"])
    return "email", text


def c_ics(c, slot, content):
    r = c.rng
    desc = content.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendar//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s@calendar.example" % c.hexid(20), "DTSTAMP:%s" % c.ts().replace("-", "").replace(":", ""),
             "DTSTART:%s" % c.ts().replace("-", "").replace(":", ""),
             "SUMMARY:%s %s" % (L(c, "meeting"), c.store()), "ORGANIZER;CN=%s:mailto:%s" % (c.name(), c.email()),
             "DESCRIPTION:%s" % desc, "LOCATION:%s" % r.choice(["https://meet.example.com/" + c.hexid(9),
                                                               c.addr_text()]),
             "END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 75 octets the simple way
    folded = []
    for ln in lines:
        while len(ln) > 75:
            folded.append(ln[:75])
            ln = " " + ln[75:]
        folded.append(ln)
    text = "\n".join(folded)
    if r.random() < 0.5:
        text = wrap_tool(c, "calendar.get_event", "event_id=%s" % c.hexid(8), text)
    return "email", text


# ---------------------------------------------------------------------- web

def html_escape_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def store_reviews_page(c, content, as_html):
    """Store-level review page (reviews there mention all kinds of products)."""
    r = c.rng
    store = c.store()
    revs = [c.pick("reviews") for _ in range(r.randint(1, 3))]
    revs.insert(r.randint(0, len(revs)), content)
    url = "https://reviews.example.com/shop/%s" % store.lower().replace(" & ", "-").replace(" ", "-")
    if as_html:
        items = "\n".join('<article class="rv"><div class="stars" data-score="%d"></div><b>%s</b><p>%s</p>'
                          '<time>%s</time></article>' % (r.randint(1, 5), c.name(), rv, c.date()) for rv in revs)
        page = "<html><body><h1>%s</h1>\n%s\n</body></html>" % (store, items)
        return "web", wrap_tool(c, r.choice(["browser.fetch", "fetch_url"]), 'url="%s"' % url, page)
    lines = ["URL: %s" % url, "Title: %s" % store, ""]
    for rv in revs:
        lines.append("%s  %s  %s" % ("\u2605" * r.randint(1, 5), c.name(), c.local_date()))
        lines.append(rv)
        lines.append("")
    return "web", wrap_tool(c, r.choice(["browse", "read_page", "web.extract_text"]), "", "\n".join(lines).strip())


def c_html_product(c, slot, content):
    r = c.rng
    if slot == "review":
        return store_reviews_page(c, content, True)
    t, d = slot_product(c, slot)
    _v, m = c.price(10, 300)
    desc_html = "<p>%s</p>" % html_escape_text(d)
    hidden = ""
    if slot == "desc":
        desc_html = "<p>%s</p>" % content if not content.lstrip().startswith("<") else content
    elif slot == "hidden":
        hidden = content
    rev_html = ""
    parts = ['<div class="product" data-sku="%s">' % c.sku(), "<h1>%s</h1>" % t, '<span class="price">%s</span>' % m,
             '<div class="description">%s</div>' % desc_html]
    if hidden:
        parts.insert(r.randint(1, len(parts)), hidden)
    if rev_html:
        parts.append('<section class="reviews"><h2>%s</h2>%s</section>' % (L(c, "reviews"), rev_html))
    parts.append('<button class="add">%s</button></div>' % L(c, "add_cart"))
    url = "https://%s/products/%s" % (c.store_domain(), c.hexid(6))
    page = "<html><head><title>%s | %s</title></head><body>\n%s\n</body></html>" % (t, c.store(), "\n".join(parts))
    if r.random() < 0.6:
        return "web", wrap_tool(c, r.choice(["browser.fetch", "fetch_url", "web.open"]), 'url="%s"' % url, page)
    return "web", "URL: %s\n%s" % (url, page)


def c_competitor_html(c, slot, content):
    r = c.rng
    t, d = slot_product(c, slot)
    _v, m = c.price(10, 300)
    rv = c.rival()
    hidden = content if slot == "hidden" else ""
    desc = content if slot == "desc" else d
    body = ('<header><a href="/">%s</a></header>\n<main>\n<h1>%s</h1>\n<div class="offer"><b>%s</b> %s</div>\n'
            '<p class="lead">%s</p>\n%s\n</main>\n<footer>&copy; %d %s</footer>' % (
                rv, t, m, L(c, "in_stock"), desc, hidden, r.choice([2024, 2025]), rv))
    url = "https://www.%s.example/p/%s" % (rv.lower().replace(" ", ""), c.hexid(5))
    return "web", wrap_tool(c, r.choice(["browser.fetch", "fetch_url", "price_monitor.scrape"]), 'url="%s"' % url,
                            "<html><body>\n%s\n</body></html>" % body)


def c_page_text(c, slot, content):
    r = c.rng
    if slot == "review":
        return store_reviews_page(c, content, False)
    t, d = slot_product(c, slot)
    _v, m = c.price(10, 300)
    lines = ["URL: https://%s/%s" % (c.store_domain(), c.hexid(6)), "Title: %s" % t, "", t, m, ""]
    if slot == "desc":
        lines.append(content)
    else:
        lines.append(d)
        lines.append("")
        lines.append(L(c, "reviews"))
        revs = [c.pick("reviews") for _ in range(r.randint(0, 2))]
        revs.insert(r.randint(0, len(revs)), content)
        for rv in revs:
            lines.append("\u2605" * r.randint(2, 5) + " " + rv)
    return "web", wrap_tool(c, r.choice(["browse", "read_page", "web.extract_text"]), "", "\n".join(lines))


def c_serp(c, slot, content):
    r = c.rng
    q = c.pick("queries")
    n = r.randint(2, 4)
    pos = r.randrange(n)
    out = ['web_search("%s")' % q if r.random() < 0.5 else "Search results for: %s" % q]
    for i in range(n):
        t, d = slot_product(c, slot) if i == pos else product(c)
        host = r.choice([c.store_domain(), "www.%s.example" % c.rival().lower().replace(" ", ""),
                         "forum.example.org", "blog.example.net"])
        snip = content if i == pos else short(d, 150)
        out.append("%d. %s\n   https://%s/%s\n   %s" % (i + 1, t, host, c.hexid(5), snip))
    return "web", "\n".join(out)


# ---------------------------------------------------------------------- feeds

def c_csv_feed(c, slot, content):
    r = c.rng
    hdr = L(c, "csv")
    sep = L(c, "sep")
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    w.writerow(hdr)
    n = r.randint(2, 4)
    pos = r.randrange(n)
    for i in range(n):
        t, d = slot_product(c, slot) if i == pos else product(c)
        _v, m = c.price(4, 200)
        price = m.replace("\u20ac", "").replace("$", "").strip() if r.random() < 0.5 else m
        desc = short(d, 120) if r.random() < 0.55 else ""
        note = c.pick("supplier_notes") if r.random() < 0.35 else ""
        if i == pos:
            if slot == "desc":
                desc = content
            else:
                note = content
        w.writerow([c.sku(), t, price, r.randint(0, 500), desc, note])
    fn = r.choice(["supplier_feed", "lieferant", "catalogue", "stock_update", "import"]) + "_" + c.date() + ".csv"
    text = buf.getvalue()
    if r.random() < 0.6:
        return "feed", wrap_tool(c, r.choice(["read_file", "sftp.get", "fetch_feed"]), 'path="%s"' % fn, text)
    return "feed", text


def c_tsv_listing(c, slot, content):
    r = c.rng
    rows = ["listing_id\ttitle\tprice\tcondition\tqty\tdescription"]
    n = r.randint(2, 4)
    pos = r.randrange(n)
    for i in range(n):
        t, d = slot_product(c, slot) if i == pos else product(c)
        _v, m = c.price(4, 300)
        desc = (content if i == pos else (short(d, 110) if r.random() < 0.5 else t)).replace("\t", " ").replace(
            "\n", " ")
        rows.append("\t".join([c.digits(9), t, m, r.choice(["new", "new", "used", "refurb"]), str(r.randint(1, 90)),
                               desc]))
    return "feed", "\n".join(rows)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def c_xml_feed(c, slot, content):
    r = c.rng
    items = []
    n = r.randint(1, 3)
    pos = r.randrange(n)
    for i in range(n):
        t, d = slot_product(c, slot) if i == pos else product(c)
        v, _ = c.price(5, 300)
        desc = xesc(d) if r.random() < 0.55 else xesc(t)
        extra = ""
        if i == pos:
            if slot == "desc":
                desc = "<![CDATA[%s]]>" % content if "<" in content else xesc(content)
            else:
                extra = "\n  " + content
        items.append("<item>\n  <g:id>%s</g:id>\n  <g:title>%s</g:title>\n  <g:description>%s</g:description>\n"
                     "  <g:price>%.2f %s</g:price>\n  <g:availability>%s</g:availability>\n  <g:gtin>%s</g:gtin>%s\n"
                     "</item>" % (c.sku(), xesc(t), desc, v, c.currency(), r.choice(["in_stock", "out_of_stock",
                                                                                     "preorder"]), c.ean(), extra))
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n'
            "<channel>\n<title>%s</title>\n%s\n</channel>\n</rss>" % (c.store(), "\n".join(items)))
    if r.random() < 0.5:
        return "feed", wrap_tool(c, r.choice(["fetch_feed", "http_get", "read_file"]),
                                 'url="https://%s/feeds/google.xml"' % c.store_domain(), text)
    return "feed", text


def c_json_feed(c, slot, content):
    r = c.rng
    prods = []
    n = r.randint(1, 3)
    pos = r.randrange(n)
    for i in range(n):
        t, d = slot_product(c, slot) if i == pos else product(c)
        v, _ = c.price(3, 150)
        p = {"gtin": c.ean(), "supplier_sku": c.sku(), "name": t, "cost_price": v, "moq": r.choice([1, 6, 12, 24]),
             "long_description": (d if r.random() < 0.7 else "<p>%s</p>" % d) if r.random() < 0.6 else ""}
        if i == pos:
            if slot == "desc":
                p["long_description"] = content
            else:
                p["notes"] = content
        prods.append(p)
    body = {"supplier": c.store(), "feed_version": "%d.%d" % (r.randint(1, 4), r.randint(0, 9)),
            "generated_at": c.ts(), "products": prods}
    return "feed", wrap_tool(c, r.choice(["supplier_api.get_products", "fetch_feed", "import_preview"]),
                             "page=%d" % r.randint(1, 40), dumps(c, body))


# ---------------------------------------------------------------------- reviews

def c_review_page(c, slot, content):
    r = c.rng
    nm = c.name()
    stars = r.choice([5, 5, 4, 4, 3, 2, 1])
    title = c.pick("review_titles")
    style = r.randint(0, 2)
    if style == 0:
        text = "%s %s\n%s \u00b7 %s \u00b7 %s\n%s\n%d %s" % ("\u2605" * stars + "\u2606" * (5 - stars), title, nm,
                                                          c.local_date(), L(c, "verified"), content,
                                                          r.randint(0, 40), L(c, "helpful"))
    elif style == 1:
        text = "rating: %d/5\nauthor: %s\ndate: %s\ntitle: %s\nbody: %s" % (stars, nm, c.date(), title, content)
    else:
        text = "[%s] %s (%d/5)\n%s\n- %s" % (c.sku(), title, stars, content, nm)
    return "review", text


def c_qa(c, slot, content):
    r = c.rng
    t = "product_id: %s" % c.sku()
    if slot == "message":
        q, a = content, c.pick("agent_lines")
    else:
        q, a = c.pick("questions"), content
    return "review", "%s\n%s: %s\n%s (%s): %s" % (t, L(c, "q"), q, L(c, "a"), c.name(), a)


CONTAINERS = {
    # name: (slots, weight, fn, html_desc)
    "get_order": (["dnote"], 9, c_get_order, False),
    "search_products": (["desc"], 6, c_search_products, True),
    "inventory": (["snote"], 5, c_inventory, False),
    "tracking": (["event"], 6, c_tracking, False),
    "webhook": (["event"], 3, c_webhook, False),
    "reviews_api": (["review"], 8, c_reviews_api, False),
    "ticket_json": (["message"], 6, c_ticket_json, False),
    "listing_api": (["desc"], 4, c_listing_api, True),
    "pdf_invoice": (["snote"], 4, c_pdf_invoice, False),
    "pdf_spec": (["desc"], 3, c_pdf_spec, False),
    "ocr_slip": (["dnote", "snote"], 4, c_ocr_slip, False),
    "yaml": (["comment"], 2, c_yaml, False),
    "diff": (["comment"], 2, c_diff, False),
    "chatlog": (["message"], 5, c_chatlog, False),
    "helpdesk_csv": (["message"], 3, c_helpdesk_csv, False),
    "email_plain": (["message", "email", "snote"], 9, c_email_plain, False),
    "email_html": (["hidden"], 4, c_email_html, False),
    "ics": (["email"], 2, c_ics, False),
    "html_product": (["desc", "hidden", "review"], 8, c_html_product, True),
    "competitor_html": (["desc", "hidden"], 3, c_competitor_html, True),
    "page_text": (["desc", "review"], 4, c_page_text, False),
    "serp": (["desc"], 4, c_serp, False),
    "csv_feed": (["desc", "snote"], 6, c_csv_feed, True),
    "tsv_listing": (["desc"], 3, c_tsv_listing, False),
    "xml_feed": (["desc", "hidden"], 4, c_xml_feed, True),
    "json_feed": (["desc", "snote"], 4, c_json_feed, True),
    "review_page": (["review"], 6, c_review_page, False),
    "qa": (["review", "message"], 3, c_qa, False),
}
